package org.koinagora.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Buyer;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Mailbox;
import org.koinagora.testsupport.Member;
import org.koinagora.testsupport.Race;

/**
 * Services booked by time slot: an enterprise sets when; buyers see the free slots in Athens time
 * and book places, which are held like stock — never more than the slot's capacity, whatever the
 * concurrency — and given back when the order ends or the enterprise calls the booking off.
 */
class SlotsIT extends DeployedWarIT {

  private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

  /** Every day 10:00–14:00, sessions of an hour. */
  private static final String EVERY_DAY =
      """
      {"durationMinutes":60,"capacity":%d,"pricePer":"PERSON","noticeHours":24,"horizonWeeks":8,
       "rules":[{"weekday":1,"from":"10:00","to":"14:00"},{"weekday":2,"from":"10:00","to":"14:00"},
                {"weekday":3,"from":"10:00","to":"14:00"},{"weekday":4,"from":"10:00","to":"14:00"},
                {"weekday":5,"from":"10:00","to":"14:00"},{"weekday":6,"from":"10:00","to":"14:00"},
                {"weekday":7,"from":"10:00","to":"14:00"}],
       "exceptions":[{"date":"%s","closed":true}]}
      """;

  private long service(Member seller, String title) {
    var created =
        seller
            .client()
            .postJson(
                "/api/v1/me/listings",
                """
                {"kind":"SERVICE","title":{"el":"%s","en":"%s"},"description":{"el":"Εργαστήρι.","en":"A workshop."},
                 "price":"25.00","vatRate":24,"unit":"PIECE","stock":null,"category":"services/training","tags":[],"status":"ACTIVE"}
                """
                    .formatted(title, title),
                seller.token());
    assertEquals(201, created.statusCode(), created.body());
    return Client.json(created).getJsonNumber("id").longValue();
  }

  private long bookable(Member seller, String title, int capacity) {
    long id = service(seller, title);
    var set =
        seller
            .client()
            .putJson(
                "/api/v1/me/listings/" + id + "/availability",
                EVERY_DAY.formatted(capacity, closedDay()),
                seller.token());
    assertEquals(200, set.statusCode(), set.body());
    return id;
  }

  /** A day closed by exception: a week from today. */
  private static LocalDate closedDay() {
    return LocalDate.now(ATHENS).plusDays(7);
  }

  /** The start of a session {@code days} from today at that hour, as /slots writes it. */
  private static String at(int days, int hour) {
    return LocalDate.now(ATHENS)
        .plusDays(days)
        .atTime(LocalTime.of(hour, 0))
        .atZone(ATHENS)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private static String order(long listingId, int people, String start) {
    return """
    {"lines":[{"listingId":%d,"quantity":%d,"slot":{"start":"%s"}}],"payment":"MANUAL"}
    """
        .formatted(listingId, people, start);
  }

  private JsonArray slots(long listingId, String query) {
    var answer = new Client(base).get("/api/v1/products/" + listingId + "/slots" + query);
    assertEquals(200, answer.statusCode(), answer.body());
    return Client.parse(answer.body()).asJsonArray();
  }

  private JsonObject slotAt(long listingId, String start) {
    String day = start.substring(0, 10);
    return slots(listingId, "?from=" + day + "&to=" + day).getValuesAs(JsonObject.class).stream()
        .filter(slot -> slot.getString("start").equals(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no slot at " + start));
  }

  @Test
  void buyersSeeEachDaysSessionsInAthensTimeExceptOnAClosedDay() {
    Member seller = Member.of(base, "slots-view", true);
    long workshop = bookable(seller, "Εργαστήρι υφαντικής", 5);
    String day = LocalDate.now(ATHENS).plusDays(3).toString();

    JsonArray sessions = slots(workshop, "?from=" + day + "&to=" + day);

    assertEquals(4, sessions.size(), sessions.toString());
    JsonObject first = sessions.getJsonObject(0);
    assertEquals(at(3, 10), first.getString("start"));
    assertEquals(at(3, 11), first.getString("end"));
    assertTrue(first.isNull("id"), "not stored before anyone booked it");
    assertEquals(5, first.getInt("capacity"));
    assertEquals(5, first.getInt("available"));
    assertEquals(at(3, 13), sessions.getJsonObject(3).getString("start"));
    String closed = closedDay().toString();
    assertEquals(0, slots(workshop, "?from=" + closed + "&to=" + closed).size());
    assertEquals(
        0,
        slots(workshop, "?from=" + LocalDate.now(ATHENS)).stream()
            .filter(
                slot ->
                    slot.asJsonObject()
                        .getString("start")
                        .startsWith(LocalDate.now(ATHENS).toString()))
            .count(),
        "today is within the 24 hours' notice");
    int all = slots(workshop, "").size();
    assertTrue(all > 150 && all <= 8 * 7 * 4, "the default range is now to the horizon: " + all);
  }

  @Test
  void anAvailabilityThatCannotBeReadNamesItsField() {
    Member seller = Member.of(base, "slots-wrong", true);
    long id = service(seller, "Ξενάγηση");
    assertField(
        seller
            .client()
            .putJson(
                "/api/v1/me/listings/" + id + "/availability",
                "{\"durationMinutes\":60,\"capacity\":0}",
                seller.token()),
        400,
        "capacity");
    assertField(
        seller
            .client()
            .putJson(
                "/api/v1/me/listings/" + id + "/availability",
                "{\"durationMinutes\":90,\"capacity\":3,\"rules\":[{\"weekday\":2,\"from\":\"10:00\",\"to\":\"11:00\"}]}",
                seller.token()),
        400,
        "rules[0].to");
    assertField(
        seller
            .client()
            .putJson(
                "/api/v1/me/listings/" + id + "/availability",
                "{\"durationMinutes\":60,\"capacity\":3,\"rules\":[{\"weekday\":2,\"from\":\"25:00\",\"to\":\"11:00\"}]}",
                seller.token()),
        400,
        "rules[0].from");
    assertField(
        seller
            .client()
            .putJson(
                "/api/v1/me/listings/" + id + "/availability",
                "{\"durationMinutes\":60,\"capacity\":3,\"rules\":[{\"weekday\":8,\"from\":\"10:00\",\"to\":\"11:00\"}]}",
                seller.token()),
        400,
        "rules[0].weekday");
    Member other = Member.of(base, "slots-other", true);
    var foreign =
        other
            .client()
            .putJson(
                "/api/v1/me/listings/" + id + "/availability",
                EVERY_DAY.formatted(3, closedDay()),
                other.token());
    assertEquals(403, foreign.statusCode(), foreign.body());
    long product = org.koinagora.testsupport.Listings.product(seller, "Μέλι", "8.00", 5);
    assertField(
        seller
            .client()
            .putJson(
                "/api/v1/me/listings/" + product + "/availability",
                EVERY_DAY.formatted(3, closedDay()),
                seller.token()),
        400,
        "kind");
  }

  @Test
  void aBookedSessionHoldsItsPlacesAndTheOrderSaysWhen() throws Exception {
    Member seller = Member.of(base, "slots-book", true);
    long workshop = bookable(seller, "Μαγειρική", 5);
    Buyer buyer = Buyer.of(base, "slots-booker");
    String start = at(4, 11);

    var placed =
        buyer.client().postJson("/api/v1/orders", order(workshop, 2, start), buyer.token());

    assertEquals(201, placed.statusCode(), placed.body());
    JsonObject part = Client.json(placed).getJsonArray("parts").getJsonObject(0);
    assertEquals("SERVICE", part.getString("fulfilment"), "no delivery for a service");
    JsonObject line = part.getJsonArray("lines").getJsonObject(0);
    assertEquals(start, line.getJsonObject("slot").getString("start"));
    assertEquals(at(4, 12), line.getJsonObject("slot").getString("end"));
    assertEquals("50.00", Client.json(placed).getJsonObject("total").getString("amount"));
    JsonObject slot = slotAt(workshop, start);
    assertEquals(3, slot.getInt("available"));
    assertEquals(
        line.getJsonObject("slot").getJsonNumber("id").longValue(),
        slot.getJsonNumber("id").longValue());

    MimeMessage mail = Mailbox.withSubject(buyer.email(), "Η παραγγελία σας").get(0);
    assertTrue(
        mail.getContent() instanceof Multipart, "the confirmation carries the calendar entry");
    Multipart parts = (Multipart) mail.getContent();
    String ics =
        new String(parts.getBodyPart(1).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(
        ics.contains("BEGIN:VEVENT")
            && ics.contains(
                "DTSTART;TZID=Europe/Athens:"
                    + start.substring(0, 10).replace("-", "")
                    + "T110000"),
        ics);
    assertTrue(Mailbox.body(mail).contains("14"), "the mail states the cancellation policy");
  }

  @Test
  void aTimeTheCalendarDoesNotOfferIsRefusedNamingTheLine() {
    Member seller = Member.of(base, "slots-refuse", true);
    long workshop = bookable(seller, "Επισκευή ποδηλάτου", 2);
    Buyer buyer = Buyer.of(base, "slots-refused");
    for (String wrong :
        List.of(
            at(4, 10).replace("T10:00", "T10:30"),
            at(-1, 10),
            at(0, 13),
            at(80, 10),
            at(7, 10),
            "tomorrow at ten")) {
      assertField(
          buyer.client().postJson("/api/v1/orders", order(workshop, 1, wrong), buyer.token()),
          400,
          "lines[0].slot.start");
    }
    var withoutSlot =
        buyer
            .client()
            .postJson(
                "/api/v1/orders",
                "{\"lines\":[{\"listingId\":"
                    + workshop
                    + ",\"quantity\":1}],\"payment\":\"MANUAL\"}",
                buyer.token());
    assertField(withoutSlot, 400, "lines[0].slot.start");
    assertField(
        buyer.client().postJson("/api/v1/orders", order(workshop, 3, at(4, 10)), buyer.token()),
        409,
        "lines[0].slot.start");
  }

  @Test
  void sixtyBuyersRacingForFivePlacesGetExactlyFive() throws Exception {
    Member seller = Member.of(base, "slots-race", true);
    long workshop = bookable(seller, "Ξενάγηση στην πόλη", 5);
    Buyer buyer = Buyer.of(base, "slots-racer");
    String start = at(5, 12);

    List<Integer> statuses =
        Race.statuses(
            60,
            () ->
                buyer
                    .client()
                    .postJson("/api/v1/orders", order(workshop, 1, start), buyer.token()));

    assertEquals(5, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
    assertEquals(
        55, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
    assertEquals(0, slotAt(workshop, start).getInt("available"));
    assertEquals(
        5,
        ((Number)
                Database.value(
                    "SELECT SUM(l.quantity) FROM order_line l JOIN service_slot s ON s.id ="
                        + " l.slot_id WHERE s.listing_id = ?",
                    workshop))
            .intValue());
  }

  @Test
  void theBuyerCallsABookingOffUntilTheNoticeAndGetsThePlacesBack() throws Exception {
    Member seller = Member.of(base, "slots-cancel", true);
    long workshop = bookable(seller, "Εργαστήρι κεραμικής", 4);
    Buyer buyer = Buyer.of(base, "slots-canceller");
    String start = at(6, 10);
    long first =
        Client.json(
                buyer.client().postJson("/api/v1/orders", order(workshop, 3, start), buyer.token()))
            .getJsonNumber("id")
            .longValue();
    assertEquals(1, slotAt(workshop, start).getInt("available"));

    var cancelled =
        buyer.client().postJson("/api/v1/orders/" + first + "/cancel", "{}", buyer.token());

    assertEquals(200, cancelled.statusCode(), cancelled.body());
    assertEquals(4, slotAt(workshop, start).getInt("available"));

    long second =
        Client.json(
                buyer.client().postJson("/api/v1/orders", order(workshop, 1, start), buyer.token()))
            .getJsonNumber("id")
            .longValue();
    Database.update(
        "UPDATE order_line l JOIN order_part p ON p.id = l.part_id SET l.cancellable_until ="
            + " NOW(6) - INTERVAL 1 MINUTE WHERE p.order_id = ?",
        second);
    var tooLate =
        buyer.client().postJson("/api/v1/orders/" + second + "/cancel", "{}", buyer.token());
    assertEquals(409, tooLate.statusCode(), tooLate.body());
    assertEquals(3, slotAt(workshop, start).getInt("available"));
  }

  @Test
  void anUnpaidBookingThatRunsOutGivesItsPlacesBack() throws Exception {
    Member seller = Member.of(base, "slots-expiry", true);
    long workshop = bookable(seller, "Εργαστήρι σαπουνιού", 3);
    Buyer buyer = Buyer.of(base, "slots-forgetful");
    String start = at(10, 11);
    long order =
        Client.json(
                buyer.client().postJson("/api/v1/orders", order(workshop, 3, start), buyer.token()))
            .getJsonNumber("id")
            .longValue();
    assertEquals(0, slotAt(workshop, start).getInt("available"));

    Database.update(
        "UPDATE customer_order SET expires_at = NOW(6) - INTERVAL 1 MINUTE WHERE id = ?", order);

    int available = 0;
    for (int waited = 0; waited < 45 && available == 0; waited++) {
      Thread.sleep(1000);
      available = slotAt(workshop, start).getInt("available");
    }
    assertEquals(3, available, "the expiry job (every 30 s) gave the places back");
  }

  @Test
  void theEnterpriseCallsABookingOffRefundingAllAndMailingTheBuyer() throws Exception {
    Member seller = Member.of(base, "slots-seller-cancel", true);
    long workshop = bookable(seller, "Μάθημα ραπτικής", 3);
    Buyer buyer = Buyer.of(base, "slots-let-down");
    String start = at(9, 13);
    JsonObject order =
        Client.json(
            buyer.client().postJson("/api/v1/orders", order(workshop, 2, start), buyer.token()));
    long part = order.getJsonArray("parts").getJsonObject(0).getJsonNumber("id").longValue();
    var paid = seller.client().postJson("/api/v1/me/sales/" + part + "/paid", "{}", seller.token());
    assertEquals(200, paid.statusCode(), paid.body());

    var stranger = Member.of(base, "slots-stranger", true);
    assertEquals(
        403,
        stranger
            .client()
            .postJson("/api/v1/me/sales/" + part + "/cancelled", "{}", stranger.token())
            .statusCode());
    var cancelled =
        seller.client().postJson("/api/v1/me/sales/" + part + "/cancelled", "{}", seller.token());

    assertEquals(200, cancelled.statusCode(), cancelled.body());
    assertEquals("REFUNDED", Client.json(cancelled).getJsonObject("part").getString("status"));
    assertEquals(3, slotAt(workshop, start).getInt("available"));
    String body = Mailbox.body(Mailbox.withSubject(buyer.email(), "Η κράτησή σας").get(0));
    assertTrue(body.contains("Μάθημα ραπτικής") && body.contains("50,00"), body);
  }

  @Test
  void searchFindsServicesBookedByTimeAsAFacetWithTheirNextFreeTime() throws Exception {
    Member seller = Member.of(base, "slots-search", true);
    String title = "Ξενάγηση στα ψηφιδωτά " + System.nanoTime();
    long tour = bookable(seller, title, 8);
    JsonObject found = null;
    for (int attempt = 0; attempt < 50 && found == null; attempt++) {
      var answer = new Client(base).get("/api/v1/products?booking=SLOTS&size=100");
      assertEquals(200, answer.statusCode(), answer.body());
      found =
          Client.json(answer).getJsonArray("items").getValuesAs(JsonObject.class).stream()
              .filter(item -> item.getJsonNumber("id").longValue() == tour)
              .findFirst()
              .orElse(null);
      if (found == null) {
        Thread.sleep(100);
      }
    }
    assertTrue(found != null, "the bookable service is found by its booking kind");
    var all =
        Client.json(
            new Client(base)
                .get(
                    "/api/v1/products?q="
                        + java.net.URLEncoder.encode(title, StandardCharsets.UTF_8)));
    assertTrue(
        all.getJsonObject("facets").getJsonObject("booking").getInt("SLOTS") >= 1, all.toString());
    String page =
        new Client(base)
            .get("/search?q=" + java.net.URLEncoder.encode(title, StandardCharsets.UTF_8))
            .body();
    assertTrue(page.contains("Επόμενη ελεύθερη ώρα"), "results show the next free time");
    assertField(new Client(base).get("/api/v1/products?booking=NONE"), 400, "booking");
  }

  private static void assertField(HttpResponse<String> answer, int status, String field) {
    assertEquals(status, answer.statusCode(), answer.body());
    JsonObject error = Client.json(answer);
    assertEquals(field, error.getString("field", null), answer.body());
    assertFalse(error.getString("message", "").isBlank(), answer.body());
  }
}
