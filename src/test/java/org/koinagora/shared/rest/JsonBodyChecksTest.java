package org.koinagora.shared.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koinagora.shared.InvalidInputException;

class JsonBodyChecksTest {

  record Line(Long listingId, Integer quantity) {}

  record Order(List<Line> lines, Map<Long, Line> byId, int count, BigDecimal fee) {}

  @Test
  void aNumberThatWouldWrapOrLoseItsFractionNamesItsField() {
    assertEquals("quantity", refused("{\"lines\":[{\"listingId\":1,\"quantity\":4294967298}]}"));
    assertEquals("quantity", refused("{\"lines\":[{\"listingId\":1,\"quantity\":1.5}]}"));
    assertEquals("count", refused("{\"count\":2147483648}"));
    assertEquals("listingId", refused("{\"byId\":{\"7\":{\"listingId\":99999999999999999999}}}"));
  }

  @Test
  void wholeNumbersInRangeAndFractionsWhereTheyBelongPass() {
    assertDoesNotThrow(
        () -> check("{\"lines\":[{\"listingId\":1,\"quantity\":2.0}],\"count\":-3,\"fee\":12.5}"));
    assertDoesNotThrow(
        () -> check("{\"lines\":null,\"count\":\"x\"}"), "other mistakes are JSON-B's to report");
  }

  @Test
  void controlCharactersInAnyTextNameTheirField() {
    var refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                JsonBodyChecks.checkTexts(
                    Json.createReader(new StringReader("{\"title\":{\"el\":\"Μέλι\\u0000\"}}"))
                        .readValue(),
                    null));
    assertEquals("el", refused.field());
    assertDoesNotThrow(
        () ->
            JsonBodyChecks.checkTexts(
                Json.createReader(new StringReader("{\"d\":\"a\\nb\\tc\"}")).readValue(), null));
  }

  @Test
  void aNumberTooLongToReadIsRefusedNotAnError() {
    assertThrows(
        InvalidInputException.class,
        () -> JsonBodyChecks.checkBody("{\"fee\":1e9999999999}", Order.class));
    assertEquals("count", refused("{\"count\":1" + "0".repeat(900) + "}"));
    assertThrows(
        InvalidInputException.class,
        () -> JsonBodyChecks.checkBody("{\"count\":1" + "0".repeat(100000) + "}", Order.class));
  }

  private static String refused(String json) {
    return assertThrows(InvalidInputException.class, () -> check(json)).field();
  }

  private static void check(String json) {
    JsonValue value = Json.createReader(new StringReader(json)).readValue();
    JsonBodyChecks.check(value, Order.class, null);
  }
}
