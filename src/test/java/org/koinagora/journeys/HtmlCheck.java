package org.koinagora.journeys;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nu.validator.client.EmbeddedValidator;
import org.openqa.selenium.WebDriver;

/**
 * The W3C Nu HTML Checker, in process, on what the server sent for the page the browser shows
 * (fetched again with the browser's cookies: the checker reads bytes, such as where the charset is
 * declared, that the browser's DOM no longer has). Its errors count; its warnings do not.
 */
final class HtmlCheck {

  private final EmbeddedValidator validator = new EmbeddedValidator();
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
  private int checked;

  HtmlCheck() {
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
  }

  /**
   * The checker's errors for the document at the browser's URL, each with its line and an extract.
   */
  List<String> errors(WebDriver driver) {
    try {
      String cookies =
          driver.manage().getCookies().stream()
              .map(c -> c.getName() + "=" + c.getValue())
              .collect(Collectors.joining("; "));
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(driver.getCurrentUrl()));
      if (!cookies.isEmpty()) {
        request.header("Cookie", cookies);
      }
      byte[] page = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()).body();
      JsonObject report =
          Json.createReader(new StringReader(validator.validate(new ByteArrayInputStream(page))))
              .readObject();
      checked++;
      List<String> errors = new ArrayList<>();
      for (JsonObject message : report.getJsonArray("messages").getValuesAs(JsonObject.class)) {
        if ("error".equals(message.getString("type", ""))
            || "fatal".equals(message.getString("subType", ""))) {
          errors.add(
              "line "
                  + message.getInt("lastLine", 0)
                  + ": "
                  + message.getString("message", "")
                  + " «"
                  + message.getString("extract", "").strip().replaceAll("\\s+", " ")
                  + "»");
        }
      }
      return errors;
    } catch (Exception e) {
      return List.of("the HTML checker could not check it: " + e);
    }
  }

  /** Documents checked. */
  int checked() {
    return checked;
  }
}
