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
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Mailbox;
import org.koinagora.testsupport.Member;
import org.koinagora.testsupport.Organiser;

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
