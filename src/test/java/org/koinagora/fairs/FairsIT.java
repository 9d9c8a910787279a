package org.koinagora.fairs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Listings;
import org.koinagora.testsupport.Mailbox;
import org.koinagora.testsupport.Member;
import org.koinagora.testsupport.Organiser;
import org.koinagora.testsupport.Race;

/**
 * Fairs through the API: organisers publish, enterprises book, and no stand is ever booked twice.
 */
class FairsIT extends DeployedWarIT {

  private String fair(String mode, int maxStands) {
    return TestFairs.json(mode, maxStands);
  }

  private long publishedFair(
      Organiser organiser, String mode, int maxStands, int stands, String price) {
    return TestFairs.published(organiser, mode, maxStands, stands, price);
  }

  private List<Long> standIds(long fairId) {
    return TestFairs.standIds(base, fairId);
  }

  @Test
  void twoHundredConcurrentBookingsEndWithOneBookingPerStandAndNoEnterpriseAboveItsLimit()
      throws Exception {
    Organiser organiser = Organiser.of(base, "rush");
    long fairId = publishedFair(organiser, "INSTANT", 2, 20, "10.00");
    List<Long> stands = standIds(fairId);
    assertEquals(20, stands.size());
    List<Member> enterprises = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      enterprises.add(Member.of(base, "rush" + i, true));
    }

    ExecutorService pool = Executors.newFixedThreadPool(50);
    List<Future<HttpResponse<String>>> attempts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      Member member = enterprises.get(i % 20);
      long stand = stands.get((i * 7) % 20);
      Callable<HttpResponse<String>> book =
          () ->
              member
                  .client()
                  .postJson(
                      "/api/v1/fairs/" + fairId + "/bookings",
                      "{\"standId\":" + stand + "}",
                      member.token());
      attempts.add(pool.submit(book));
    }
    int created = 0;
    int refused = 0;
    for (var attempt : attempts) {
      var response = attempt.get();
      if (response.statusCode() == 201) {
        created++;
      } else {
        assertEquals(409, response.statusCode(), response.body());
        assertEquals("conflict", Client.json(response).getString("error"));
        refused++;
      }
    }
    pool.shutdown();
    assertEquals(20, created, "every stand booked once");
    assertEquals(180, refused, "every other attempt told 409");
    assertEquals(
        20L,
        ((Number)
                Database.value(
                    "SELECT COUNT(*) FROM stand_booking WHERE fair_id = ? AND status IN"
                        + " ('AWAITING_PAYMENT','CONFIRMED')",
                    fairId))
            .longValue());
    assertEquals(
        20L,
        ((Number)
                Database.value(
                    "SELECT COUNT(DISTINCT stand_id) FROM stand_booking WHERE fair_id = ? AND"
                        + " status IN ('AWAITING_PAYMENT','CONFIRMED')",
                    fairId))
            .longValue());
    assertEquals(
        0L,
        ((Number)
                Database.value(
                    "SELECT COUNT(*) FROM (SELECT enterprise_id FROM stand_booking WHERE fair_id ="
                        + " ? AND status IN ('AWAITING_PAYMENT','CONFIRMED') GROUP BY enterprise_id"
                        + " HAVING COUNT(*) > 2) over_limit",
                    fairId))
            .longValue());
    assertEquals(
        0L,
        ((Number)
                Database.value(
                    "SELECT COUNT(*) FROM fair_enterprise_stands c WHERE c.fair_id = ? AND"
                        + " c.stands <> (SELECT COUNT(*) FROM stand_booking b WHERE b.fair_id ="
                        + " c.fair_id AND b.enterprise_id = c.enterprise_id AND b.status IN"
                        + " ('PENDING_APPROVAL','AWAITING_PAYMENT','CONFIRMED'))",
                    fairId))
            .longValue(),
        "every enterprise's counter row equals its bookings");
    assertEquals(
        20L,
        ((Number)
                Database.value(
                    "SELECT SUM(stands) FROM fair_enterprise_stands WHERE fair_id = ?", fairId))
            .longValue());
    var detail = Client.json(new Client(base).get("/api/v1/fairs/" + fairId));
    assertTrue(
        detail.getJsonArray("stands").stream()
            .noneMatch(stand -> stand.asJsonObject().getBoolean("available")));
  }

  @Test
  void aBookingHoldsTheStandUntilPaidOrCancelledAndAnUnpaidHoldRunsOut() throws Exception {
    Organiser organiser = Organiser.of(base, "hold");
    long fairId = publishedFair(organiser, "INSTANT", 1, 2, "20.00");
    long stand = standIds(fairId).get(0);
    Member first = Member.of(base, "first", true);
    Member second = Member.of(base, "second", true);

    var booked =
        first
            .client()
            .postJson(
                "/api/v1/fairs/" + fairId + "/bookings",
                "{\"standId\":" + stand + "}",
                first.token());
    assertEquals(201, booked.statusCode(), booked.body());
    JsonObject booking = Client.json(booked);
    assertEquals("AWAITING_PAYMENT", booking.getString("status"));
    assertEquals("20.00", booking.getJsonObject("fee").getString("amount"));
    assertFalse(booking.isNull("holdExpiresAt"));
    long bookingId = booking.getJsonNumber("id").longValue();

    var taken =
        second
            .client()
            .postJson(
                "/api/v1/fairs/" + fairId + "/bookings",
                "{\"standId\":" + stand + "}",
                second.token());
    assertEquals(409, taken.statusCode());
    assertEquals(
        403,
        second.client().delete("/api/v1/bookings/" + bookingId, second.token()).statusCode(),
        "not their booking");

    Database.update(
        "UPDATE stand_booking SET hold_expires_at = NOW(6) - INTERVAL 1 MINUTE WHERE id = ?",
        bookingId);
    var afterExpiry =
        second
            .client()
            .postJson(
                "/api/v1/fairs/" + fairId + "/bookings",
                "{\"standId\":" + stand + "}",
                second.token());
    assertEquals(
        201,
        afterExpiry.statusCode(),
        "an unpaid hold that ran out frees the stand: " + afterExpiry.body());
    assertEquals(
        "EXPIRED", Database.value("SELECT status FROM stand_booking WHERE id = ?", bookingId));
    var againAfterExpiry =
        first
            .client()
            .postJson(
                "/api/v1/fairs/" + fairId + "/bookings",
                "{\"standId\":" + standIds(fairId).get(1) + "}",
                first.token());
    assertEquals(
        201,
        againAfterExpiry.statusCode(),
        "the hold that ran out gave back its place under the limit of 1: "
            + againAfterExpiry.body());

    long secondBooking = Client.json(afterExpiry).getJsonNumber("id").longValue();
    var tooHigh =
        organiser
            .client()
            .postJson(
                "/api/v1/organiser/bookings/" + secondBooking + "/fee",
                "{\"fee\":30,\"reason\":\"x\"}",
                organiser.token());
    assertEquals(
        "fee", Client.json(tooHigh).getString("field"), "social pricing only lowers a fee");
    var reduced =
        organiser
            .client()
            .postJson(
                "/api/v1/organiser/bookings/" + secondBooking + "/fee",
                "{\"fee\":5,\"reason\":\"Κοιν.Σ.Επ. ένταξης: μειωμένο τέλος\"}",
                organiser.token());
    assertEquals(
        "5.00", Client.json(reduced).getJsonObject("fee").getString("amount"), reduced.body());
    assertEquals("Κοιν.Σ.Επ. ένταξης: μειωμένο τέλος", Client.json(reduced).getString("feeReason"));
    assertEquals(
        403,
        second
            .client()
            .postJson(
                "/api/v1/organiser/bookings/" + secondBooking + "/fee",
                "{\"fee\":0,\"reason\":\"x\"}",
                second.token())
            .statusCode());
    var paid =
        organiser
            .client()
            .postJson(
                "/api/v1/organiser/bookings/" + secondBooking + "/paid", "{}", organiser.token());
    assertEquals("CONFIRMED", Client.json(paid).getString("status"), paid.body());
    var exhibitors = Client.json(new Client(base).get("/api/v1/fairs/" + fairId + "/exhibitors"));
    assertEquals(1, exhibitors.getInt("total"));
    assertEquals(
        second.enterpriseId(),
        exhibitors
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonObject("enterprise")
            .getJsonNumber("id")
            .longValue());

    var cancelled = second.client().delete("/api/v1/bookings/" + secondBooking, second.token());
    assertEquals(
        "REFUNDED",
        Client.json(cancelled).getString("status"),
        "the 5 € paid come back when cancelled in time");
    assertTrue(
        Client.json(new Client(base).get("/api/v1/fairs/" + fairId))
            .getJsonArray("stands")
            .getJsonObject(0)
            .getBoolean("available"));
    var mine =
        Client.parse(second.client().getJson("/api/v1/me/bookings", second.token()).body())
            .asJsonArray();
    assertEquals(1, mine.size());
    assertEquals(
        0,
        ((Number)
                Database.value(
                    "SELECT stands FROM fair_enterprise_stands WHERE fair_id = ? AND enterprise_id"
                        + " = ?",
                    fairId,
                    second.enterpriseId()))
            .intValue(),
        "a cancelled booking gives back its place");
  }

  @Test
  void fortyConcurrentBookingsIntoACategoryQuotaOfFourTakeExactlyFour() throws Exception {
    Organiser organiser = Organiser.of(base, "quota-rush");
    long fairId =
        TestFairs.published(
            organiser,
            TestFairs.json("INSTANT", 1).replace("\"planDepth\":20", "\"planDepth\":40"),
            20,
            "0.00");
    var secondRow =
        organiser
            .client()
            .postJson(
                "/api/v1/organiser/fairs/" + fairId + "/stands",
                "{\"prefix\":\"B\",\"count\":20,\"x\":0,\"y\":10,\"width\":3,\"depth\":3,"
                    + "\"price\":\"0\",\"features\":[]}",
                organiser.token());
    assertEquals(200, secondRow.statusCode(), secondRow.body());
    long honey = categoryId("food/honey");
    var set = setQuotas(organiser, fairId, "[{\"categoryId\":" + honey + ",\"max\":4}]");
    assertEquals(200, set.statusCode(), set.body());
    List<Long> stands = standIds(fairId);
    List<Member> beekeepers = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Member beekeeper = Member.of(base, "beekeeper" + i, true);
      Listings.product(beekeeper, "Μέλι " + i, "8.00", null);
      beekeepers.add(beekeeper);
    }
    AtomicInteger next = new AtomicInteger();
    List<Integer> statuses =
        Race.statuses(
            40,
            () -> {
              int i = next.getAndIncrement();
              Member beekeeper = beekeepers.get(i);
              // a fresh connection: the member's own has been idle while the others were made,
              // long enough for the server to close it
              return new Client(base)
                  .postJson(
                      "/api/v1/fairs/" + fairId + "/bookings",
                      "{\"standId\":" + stands.get(i) + ",\"categoryId\":" + honey + "}",
                      beekeeper.token());
            });
    assertEquals(4, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
    assertEquals(
        36, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
    assertEquals(
        4L,
        ((Number)
                Database.value(
                    "SELECT COUNT(*) FROM stand_booking WHERE fair_id = ? AND category_id = ? AND"
                        + " status IN ('PENDING_APPROVAL','AWAITING_PAYMENT','CONFIRMED')",
                    fairId,
                    honey))
            .longValue());
    JsonObject quota =
        Client.json(new Client(base).get("/api/v1/fairs/" + fairId))
            .getJsonArray("categoryQuotas")
            .getJsonObject(0);
    assertEquals(honey, quota.getJsonNumber("categoryId").longValue());
    assertEquals(4, quota.getInt("booked"));
    assertEquals(0, quota.getInt("left"));
    var refused =
        beekeepers
            .get(39)
            .client()
            .english()
            .postJson(
                "/api/v1/fairs/" + fairId + "/bookings",
                "{\"standId\":" + stands.get(39) + ",\"categoryId\":" + honey + "}",
                beekeepers.get(39).token());
    assertEquals(409, refused.statusCode(), refused.body());
    assertEquals("categoryId", Client.json(refused).getString("field"));
    assertTrue(Client.json(refused).getString("message").contains("Honey"), refused.body());
  }

  @Test
  void aBookingNamesOneOfItsOwnCategoriesAndAFreedPlaceUnderAQuotaIsBookedAgain() throws Exception {
    Organiser organiser = Organiser.of(base, "quota-rules");
    long fairId = publishedFair(organiser, "INSTANT", 2, 4, "0.00");
    long honey = categoryId("food/honey");
    long food = categoryId("food");
    Member stranger = Member.of(base, "quota-stranger", true);
    assertEquals(
        403,
        setQuotas(stranger.client(), stranger.token(), fairId, "[]").statusCode(),
        "only the fair's organisers set its quotas");
    var tooMany = setQuotas(organiser, fairId, "[{\"categoryId\":" + food + ",\"max\":0}]");
    assertEquals(400, tooMany.statusCode(), tooMany.body());
    assertEquals("max", Client.json(tooMany).getString("field"));
    var unknown = setQuotas(organiser, fairId, "[{\"categoryId\":999999,\"max\":2}]");
    assertEquals("categoryId", Client.json(unknown).getString("field"), unknown.body());
    // the parent's quota counts its sub-categories: one food stand in all
    assertEquals(
        200,
        setQuotas(organiser, fairId, "[{\"categoryId\":" + food + ",\"max\":1}]").statusCode());

    Member first = Member.of(base, "quota-first", true);
    Listings.product(first, "Θυμαρίσιο", "9.00", null);
    Member second = Member.of(base, "quota-second", true);
    Listings.product(second, "Ανθόμελο", "7.00", null);
    List<Long> stands = standIds(fairId);
    var unnamed = book(first, fairId, "{\"standId\":" + stands.get(0) + "}");
    assertEquals(400, unnamed.statusCode(), unnamed.body());
    assertEquals("categoryId", Client.json(unnamed).getString("field"), "a quota needs a category");
    var notTheirs =
        book(
            first,
            fairId,
            "{\"standId\":" + stands.get(0) + ",\"categoryId\":" + categoryId("crafts") + "}");
    assertEquals(400, notTheirs.statusCode(), notTheirs.body());
    assertEquals("categoryId", Client.json(notTheirs).getString("field"));

    var booked =
        book(first, fairId, "{\"standId\":" + stands.get(0) + ",\"categoryId\":" + honey + "}");
    assertEquals(201, booked.statusCode(), booked.body());
    assertEquals(
        honey,
        Client.json(booked).getJsonObject("category").getJsonNumber("id").longValue(),
        "the booking says what it exhibits");
    var full =
        book(second, fairId, "{\"standId\":" + stands.get(1) + ",\"categoryId\":" + honey + "}");
    assertEquals(409, full.statusCode(), "honey counts under food, whose 1 place is taken");
    assertEquals(
        0,
        ((Number)
                Database.value(
                    "SELECT COALESCE(SUM(stands), 0) FROM fair_enterprise_stands WHERE fair_id = ?"
                        + " AND enterprise_id = ?",
                    fairId,
                    second.enterpriseId()))
            .intValue(),
        "a booking refused by a quota takes no place under the enterprise's limit");

    long bookingId = Client.json(booked).getJsonNumber("id").longValue();
    assertEquals(
        200, first.client().delete("/api/v1/bookings/" + bookingId, first.token()).statusCode());
    var freed =
        book(second, fairId, "{\"standId\":" + stands.get(1) + ",\"categoryId\":" + honey + "}");
    assertEquals(201, freed.statusCode(), "the cancelled booking freed the place: " + freed.body());

    assertEquals(
        200, setQuotas(organiser, fairId, "[]").statusCode(), "an empty list ends the quotas");
    var noQuota = book(first, fairId, "{\"standId\":" + stands.get(2) + "}");
    assertEquals(
        201, noQuota.statusCode(), "without quotas a category is optional: " + noQuota.body());
    assertTrue(
        Client.json(new Client(base).get("/api/v1/fairs/" + fairId))
            .getJsonArray("categoryQuotas")
            .isEmpty());
  }

  private static long categoryId(String path) throws Exception {
    return ((Number) Database.value("SELECT id FROM category WHERE path = ?", path)).longValue();
  }

  private static HttpResponse<String> setQuotas(Organiser organiser, long fairId, String quotas) {
    return setQuotas(organiser.client(), organiser.token(), fairId, quotas);
  }

  private static HttpResponse<String> setQuotas(
      Client client, String token, long fairId, String quotas) {
    return client.putJson(
        "/api/v1/organiser/fairs/" + fairId + "/category-quotas",
        "{\"quotas\":" + quotas + "}",
        token);
  }

  private static HttpResponse<String> book(Member member, long fairId, String body) {
    return member.client().postJson("/api/v1/fairs/" + fairId + "/bookings", body, member.token());
  }

  @Test
  void applicationsWaitForTheOrganiserAndOnlyTheOrganiserDecides() throws Exception {
    Organiser organiser = Organiser.of(base, "apply");
    Organiser other = Organiser.of(base, "other");
    long fairId = publishedFair(organiser, "APPLICATION", 1, 3, "0");
    long stand = standIds(fairId).get(1);
    Member applicant = Member.of(base, "applicant", true);
    Member pending = Member.of(base, "unverified", false);

    assertEquals(
        403,
        pending
            .client()
            .postJson(
                "/api/v1/fairs/" + fairId + "/bookings",
                "{\"standId\":" + stand + "}",
                pending.token())
            .statusCode(),
        "only verified enterprises book");
    var applied =
        applicant
            .client()
            .postJson(
                "/api/v1/fairs/" + fairId + "/bookings",
                "{\"standId\":" + stand + ",\"note\":\"Τυροκομικά από την Ήπειρο\"}",
                applicant.token());
    assertEquals("PENDING_APPROVAL", Client.json(applied).getString("status"), applied.body());
    long id = Client.json(applied).getJsonNumber("id").longValue();

    assertEquals(
        403,
        other
            .client()
            .postJson("/api/v1/organiser/bookings/" + id + "/approve", "{}", other.token())
            .statusCode());
    assertEquals(
        403,
        other
            .client()
            .postJson("/api/v1/organiser/fairs/" + fairId + "/publish", "{}", other.token())
            .statusCode());
    assertEquals(
        403,
        applicant
            .client()
            .postJson("/api/v1/organiser/fairs", fair("INSTANT", 1), applicant.token())
            .statusCode());
    var approved =
        organiser
            .client()
            .postJson("/api/v1/organiser/bookings/" + id + "/approve", "{}", organiser.token());
    assertEquals(
        "CONFIRMED",
        Client.json(approved).getString("status"),
        "a free stand is confirmed on approval");
  }

  @Test
  void aConfirmedExhibitorIsExportedCheckedInAndFoundFromItsStandCode() throws Exception {
    Organiser organiser = Organiser.of(base, "gate");
    long fairId = publishedFair(organiser, "INSTANT", 1, 3, "0");
    long stand = standIds(fairId).get(2);
    Member exhibitor = Member.of(base, "gate-exhibitor", true);
    var booked =
        exhibitor
            .client()
            .postJson(
                "/api/v1/fairs/" + fairId + "/bookings",
                "{\"standId\":" + stand + "}",
                exhibitor.token());
    assertEquals(
        "CONFIRMED", Client.json(booked).getString("status"), "a free stand is confirmed at once");
    long bookingId = Client.json(booked).getJsonNumber("id").longValue();

    var csv =
        organiser
            .client()
            .get(
                "/api/v1/organiser/fairs/" + fairId + "/exhibitors.csv",
                "Authorization",
                "Bearer " + organiser.token());
    assertEquals(200, csv.statusCode());
    assertTrue(
        csv.body().startsWith("\uFEFFπερίπτερο;επιχείρηση;"),
        "UTF-8 with BOM, ';' separated, in the reader's language");
    assertTrue(csv.body().contains("A3;Επιχείρηση gate-exhibitor;"), csv.body());
    assertTrue(
        csv.body().contains(";επιβεβαιωμένη;0,00;"),
        "the status named, the fee as a Greek spreadsheet reads it: " + csv.body());
    assertEquals(
        403,
        exhibitor
            .client()
            .get(
                "/api/v1/organiser/fairs/" + fairId + "/exhibitors.csv",
                "Authorization",
                "Bearer " + exhibitor.token())
            .statusCode());

    var gate = organiser.client().get("/dashboard/check-in?fair=" + fairId);
    assertEquals(200, gate.statusCode());
    assertTrue(
        gate.body().contains("Επιχείρηση gate-exhibitor") && gate.body().contains("Άφιξη στο A3"),
        "the gate page lists who is expected");
    assertEquals(
        403,
        exhibitor.client().get("/dashboard/check-in?fair=" + fairId).statusCode(),
        "only the organiser's staff");
    var checkedIn =
        organiser
            .client()
            .postJson(
                "/api/v1/organiser/bookings/" + bookingId + "/check-in", "{}", organiser.token());
    assertEquals(200, checkedIn.statusCode(), checkedIn.body());
    assertTrue(
        organiser.client().get("/dashboard/check-in?fair=" + fairId).body().contains("✓"),
        "and who has arrived");
    assertTrue(
        Database.value("SELECT checked_in_at FROM stand_booking WHERE id = ?", bookingId) != null);

    var qr = new Client(base).get("/fairs/" + fairId + "/stands/A3");
    assertEquals(302, qr.statusCode());
    assertTrue(
        qr.headers()
            .firstValue("Location")
            .orElse("")
            .endsWith("/enterprises/" + exhibitor.enterpriseId()),
        "the stand's QR code opens the shop");
    assertTrue(
        new Client(base)
            .get("/fairs/" + fairId + "/stands/A1")
            .headers()
            .firstValue("Location")
            .orElse("")
            .endsWith("/fairs/" + fairId),
        "an empty stand leads to the fair");

    assertTrue(
        new Client(base)
            .get("/fairs?theme=SSE_PRODUCTS")
            .body()
            .contains("Αγορά Κοινωνικής Οικονομίας"));
    assertFalse(
        new Client(base).get("/fairs?theme=CRAFTS").body().contains("Αγορά Κοινωνικής Οικονομίας"),
        "the theme filter");
  }

  @Test
  void aFairForSomeRegionsAdmitsOnlyTheirEnterprises() throws Exception {
    Organiser organiser = Organiser.of(base, "north");
    var created =
        organiser
            .client()
            .postJson(
                "/api/v1/organiser/fairs",
                fair("INSTANT", 1)
                    .replace(
                        "\"planDepth\":20}",
                        "\"planDepth\":20,\"eligibleRegions\":[\"EPIRUS\",\"THESSALY\"]}"),
                organiser.token());
    long fairId = Client.json(created).getJsonNumber("id").longValue();
    organiser
        .client()
        .postJson(
            "/api/v1/organiser/fairs/" + fairId + "/stands",
            "{\"prefix\":\"A\",\"count\":2,\"x\":0,\"y\":0,\"width\":3,\"depth\":3,\"price\":\"0\"}",
            organiser.token());
    organiser
        .client()
        .postJson("/api/v1/organiser/fairs/" + fairId + "/publish", "{}", organiser.token());
    var detail = Client.json(new Client(base).get("/api/v1/fairs/" + fairId));
    assertEquals("[\"EPIRUS\",\"THESSALY\"]", detail.getJsonArray("eligibleRegions").toString());

    Member cretan = Member.of(base, "cretan", true);
    var refused =
        cretan
            .client()
            .postJson(
                "/api/v1/fairs/" + fairId + "/bookings",
                "{\"standId\":" + standIds(fairId).get(0) + "}",
                cretan.token());
    assertEquals(
        403, refused.statusCode(), "an enterprise from Crete at a fair for Epirus and Thessaly");
    assertTrue(Client.json(refused).getString("message").contains("περιφέρειες"), refused.body());
    assertTrue(
        new Client(base).get("/fairs/" + fairId).body().contains("Ήπειρος"),
        "the fair page says who may take part");
  }

  @Test
  void whenAStandFreesUpTheFirstOnTheWaitlistIsOfferedItByMail() throws Exception {
    Organiser organiser = Organiser.of(base, "queue");
    long fairId = publishedFair(organiser, "INSTANT", 1, 1, "0");
    long stand = standIds(fairId).get(0);
    Member holder = Member.of(base, "holder", true);
    Member first = Member.of(base, "first-in-line", true);
    Member second = Member.of(base, "second-in-line", true);
    String bookings = "/api/v1/fairs/" + fairId + "/bookings";
    String waitlist = "/api/v1/fairs/" + fairId + "/waitlist";

    assertEquals(
        409,
        first.client().postJson(waitlist, "{}", first.token()).statusCode(),
        "no waiting while a stand is free");
    long held =
        Client.json(
                holder.client().postJson(bookings, "{\"standId\":" + stand + "}", holder.token()))
            .getJsonNumber("id")
            .longValue();
    var joined = first.client().postJson(waitlist, "{}", first.token());
    assertEquals(201, joined.statusCode(), joined.body());
    assertEquals(1, Client.json(joined).getInt("position"));
    assertTrue(
        new Client(base)
            .get("/fairs/" + fairId)
            .body()
            .contains("/dashboard/join-waitlist?fair=" + fairId),
        "a full fair points to its waitlist");
    var page =
        second.client().submit("/dashboard/join-waitlist?fair=" + fairId, "form", Map.of(), "join");
    assertTrue(
        page.body().contains("Είστε 2οι στη σειρά"), "joining from the page: " + page.body());
    assertEquals(
        409, first.client().postJson(waitlist, "{}", first.token()).statusCode(), "once in line");

    assertEquals(
        200, holder.client().delete("/api/v1/bookings/" + held, holder.token()).statusCode());
    var offer = Mailbox.to(first.email(), 2).get(1);
    assertTrue(Mailbox.subject(offer).contains("A1"), Mailbox.subject(offer));
    assertEquals(
        409,
        second
            .client()
            .postJson(bookings, "{\"standId\":" + stand + "}", second.token())
            .statusCode(),
        "held for the first in line");
    var mine =
        Client.parse(first.client().getJson("/api/v1/me/bookings", first.token()).body())
            .asJsonArray()
            .getJsonObject(0);
    assertEquals("AWAITING_PAYMENT", mine.getString("status"));
    var accepted =
        first
            .client()
            .postJson(
                "/api/v1/bookings/" + mine.getJsonNumber("id").longValue() + "/accept",
                "{}",
                first.token());
    assertEquals("CONFIRMED", Client.json(accepted).getString("status"), accepted.body());
  }

  @Test
  void badFairsAreRefusedNamingTheField() throws Exception {
    Organiser organiser = Organiser.of(base, "bad");
    var noTitle =
        organiser
            .client()
            .postJson(
                "/api/v1/organiser/fairs",
                fair("INSTANT", 1).replace("\"Αγορά Κοινωνικής Οικονομίας\"", "\"\""),
                organiser.token());
    assertEquals(400, noTitle.statusCode());
    assertEquals("titleEl", Client.json(noTitle).getString("field"));
    var tooMany =
        organiser
            .client()
            .postJson("/api/v1/organiser/fairs", fair("INSTANT", 99), organiser.token());
    assertEquals("maxStandsPerEnterprise", Client.json(tooMany).getString("field"));
    long fairId =
        Client.json(
                organiser
                    .client()
                    .postJson("/api/v1/organiser/fairs", fair("INSTANT", 1), organiser.token()))
            .getJsonNumber("id")
            .longValue();
    var outside =
        organiser
            .client()
            .postJson(
                "/api/v1/organiser/fairs/" + fairId + "/stands",
                "{\"prefix\":\"B\",\"count\":30,\"x\":0,\"y\":0,\"width\":3,\"depth\":3,\"price\":\"5\"}",
                organiser.token());
    assertEquals(400, outside.statusCode(), outside.body());
    assertEquals(
        409,
        organiser
            .client()
            .postJson("/api/v1/organiser/fairs/" + fairId + "/publish", "{}", organiser.token())
            .statusCode(),
        "no stands, no publishing");
    assertEquals(
        404, new Client(base).get("/api/v1/fairs/" + fairId).statusCode(), "a draft is not public");
  }

  @Test
  void theCalendarFeedsFollowRfc5545() throws Exception {
    Organiser organiser = Organiser.of(base, "ics");
    long fairId = publishedFair(organiser, "INSTANT", 1, 1, "0");
    var one = new Client(base).get("/api/v1/fairs/" + fairId + ".ics");
    assertEquals(200, one.statusCode());
    assertTrue(one.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
    String ics = one.body();
    assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    for (String line : ics.split("\r\n")) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded: " + line);
    }
    String unfolded = ics.replace("\r\n ", "");
    assertTrue(unfolded.contains("UID:fair-" + fairId + "@koinagora.test"));
    assertTrue(unfolded.contains("DTSTART;TZID=Europe/Athens:"));
    assertTrue(unfolded.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Athens"));
    assertTrue(unfolded.contains("LOCATION:Πλατεία Συντάγματος\\, Αθήνα"), "commas escaped");
    assertTrue(unfolded.contains("GEO:37.975500;23.734800"));
    assertTrue(
        new Client(base)
            .get("/api/v1/fairs.ics")
            .body()
            .replace("\r\n ", "")
            .contains("UID:fair-" + fairId + "@"));
    IcsParsing.assertParses(ics, fairId);
  }
}
