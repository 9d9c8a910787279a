package org.koinagora.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class InlineJsonTest {

  @Test
  void nothingTypedCanEndOrOpenAnElementAndTheJsonReadsTheSame() {
    String typed = "Μέλι <!--<script> </script> & \"τα άλλα\"";
    String inline = InlineJson.of(Json.createObjectBuilder().add("name", typed).build());
    assertFalse(inline.contains("<") || inline.contains(">") || inline.contains("&"), inline);
    assertEquals(typed, Json.createReader(new StringReader(inline)).readObject().getString("name"));
  }
}
