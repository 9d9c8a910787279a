package org.koinagora.fairs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Archives;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Mailbox;
import org.koinagora.testsupport.Member;
import org.koinagora.testsupport.Organiser;
import org.koinagora.testsupport.QrScanner;

/** What only the organiser does: the published lottery, calling a fair off, and editing stands. */
class FairOrganiserIT extends DeployedWarIT {

  @Test
  void theLotteryGivesEachContestedStandToOneApplicationAndAnyoneCanRedoIt() throws Exception {
    Organiser organiser = Organiser.of(base, "draw");
    long fairId = TestFairs.published(organiser, "APPLICATION", 1, 3, "20.00");
    List<Long> stands = TestFairs.standIds(base, fairId);
    List<Member> applicants = new ArrayList<>();
    List<Long> applications = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Member applicant = Member.of(base, "draw" + i, true);
      long stand = i < 4 ? stands.get(0) : stands.get(1);
      var applied =
          applicant
              .client()
              .postJson(
                  "/api/v1/fairs/" + fairId + "/bookings",
                  "{\"standId\":" + stand + "}",
                  applicant.token());
      assertEquals("PENDING_APPROVAL", Client.json(applied).getString("status"), applied.body());
      applicants.add(applicant);
      applications.add(Client.json(applied).getJsonNumber("id").longValue());
    }
    String lottery = "/api/v1/organiser/fairs/" + fairId + "/lottery";
    assertEquals(
        409,
        organiser.client().postJson(lottery, "{}", organiser.token()).statusCode(),
        "not while applications are taken");
    closeBookingWindow(organiser, fairId);
    Organiser other = Organiser.of(base, "draw-other");
    assertEquals(403, other.client().postJson(lottery, "{}", other.token()).statusCode());

    var drawn = organiser.client().postJson(lottery, "{}", organiser.token());
    assertEquals(200, drawn.statusCode(), drawn.body());
    assertEquals(
        409,
        organiser.client().postJson(lottery, "{}", organiser.token()).statusCode(),
        "drawn once");

    JsonObject published =
        Client.json(new Client(base).get("/api/v1/fairs/" + fairId + "/lottery"));
    String seed = published.getString("seed");
    assertTrue(seed.matches("[0-9a-f]{64}"), seed);
    var tickets = published.getJsonArray("tickets");
    assertEquals(5, tickets.size());
    String previous = "";
    for (int i = 0; i < tickets.size(); i++) {
      JsonObject ticket = tickets.getJsonObject(i);
      assertEquals(i + 1, ticket.getInt("rank"));
      String recomputed = sha256(seed + ":" + ticket.getJsonNumber("application").longValue());
      assertEquals(
          recomputed, ticket.getString("ticket"), "anyone can recompute the ticket from the seed");
      assertTrue(recomputed.compareTo(previous) > 0, "drawn in ascending ticket order");
      previous = recomputed;
    }
    long winnerOfA1 =
        tickets.stream()
            .map(JsonObject.class::cast)
            .filter(t -> t.getString("stand").equals("A1"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("application")
            .longValue();
    for (int i = 0; i < 5; i++) {
      long application = applications.get(i);
      String status =
          (String) Database.value("SELECT status FROM stand_booking WHERE id = ?", application);
      boolean shouldWin = i == 4 || application == winnerOfA1;
      assertEquals(shouldWin ? "AWAITING_PAYMENT" : "REJECTED", status, "application " + i);
      boolean marked =
          tickets.stream()
              .map(JsonObject.class::cast)
              .anyMatch(
                  t ->
                      t.getJsonNumber("application").longValue() == application
                          && t.getBoolean("won"));
      assertEquals(shouldWin, marked);
    }
    Instant payBy =
        ((Timestamp)
                Database.value(
                    "SELECT hold_expires_at FROM stand_booking WHERE id = ?", winnerOfA1))
            .toInstant();
    assertTrue(
        payBy.isAfter(Instant.now().plus(Duration.ofDays(13))),
        "an approved exhibitor has days, not minutes, to pay");

    // the stand nobody applied for goes to the best-drawn of those who lost, by mail
    long firstLoser =
        tickets.stream()
            .map(JsonObject.class::cast)
            .filter(t -> !t.getBoolean("won"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("application")
            .longValue();
    Member offered = applicants.get(applications.indexOf(firstLoser));
    assertTrue(Mailbox.subject(Mailbox.to(offered.email(), 2).get(1)).contains("A3"));
    assertEquals(
        "AWAITING_PAYMENT",
        Database.value(
            "SELECT b.status FROM stand_booking b JOIN stand s ON s.id = b.stand_id WHERE s.fair_id"
                + " = ? AND s.code = 'A3' AND b.enterprise_id = ?",
            fairId,
            offered.enterpriseId()));
    assertTrue(
        Database.value("SELECT reason FROM stand_booking WHERE id = ?", firstLoser)
            .toString()
            .contains("Κλήρωση"));

    String page = new Client(base).get("/fairs/" + fairId).body();
    assertTrue(page.contains(seed), "the fair page publishes the seed");
    assertTrue(
        page.contains(published.getJsonArray("tickets").getJsonObject(0).getString("ticket")),
        "and the ranked tickets");
  }

  @Test
  void cancellingAFairRefundsWhatWasPaidCancelsTheRestAndTellsEveryExhibitor() throws Exception {
    Organiser organiser = Organiser.of(base, "storm");
    long fairId = TestFairs.published(organiser, "INSTANT", 1, 4, "30.00");
    List<Long> stands = TestFairs.standIds(base, fairId);
    Member paid = Member.of(base, "storm-paid", true);
    Member unpaid = Member.of(base, "storm-unpaid", true);
    Member leaving = Member.of(base, "storm-leaving", true);
    long paidBooking = TestFairs.book(paid, fairId, stands.get(0));
    long unpaidBooking = TestFairs.book(unpaid, fairId, stands.get(1));
    long leavingBooking = TestFairs.book(leaving, fairId, stands.get(2));
    assertEquals(
        200,
        organiser
            .client()
            .postJson(
                "/api/v1/organiser/bookings/" + paidBooking + "/paid", "{}", organiser.token())
            .statusCode());
    assertEquals(
        200,
        organiser
            .client()
            .postJson(
                "/api/v1/organiser/bookings/" + leavingBooking + "/paid", "{}", organiser.token())
            .statusCode());

    var ownCancel = leaving.client().delete("/api/v1/bookings/" + leavingBooking, leaving.token());
    assertEquals(
        "REFUNDED",
        Client.json(ownCancel).getString("status"),
        "a paid booking cancelled before the deadline is refunded in full");

    String cancel = "/api/v1/organiser/fairs/" + fairId + "/cancel";
    Organiser other = Organiser.of(base, "storm-other");
    assertEquals(
        403, other.client().postJson(cancel, "{\"reason\":\"x\"}", other.token()).statusCode());
    var noReason = organiser.client().postJson(cancel, "{\"reason\":\" \"}", organiser.token());
    assertEquals(400, noReason.statusCode());
    assertEquals("reason", Client.json(noReason).getString("field"), noReason.body());

    var cancelled =
        organiser
            .client()
            .postJson(
                cancel, "{\"reason\":\"Πρόγνωση για θυελλώδεις ανέμους\"}", organiser.token());
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    assertEquals("CANCELLED", Client.json(cancelled).getString("status"));
    assertEquals(
        "REFUNDED", Database.value("SELECT status FROM stand_booking WHERE id = ?", paidBooking));
    assertEquals(
        "CANCELLED",
        Database.value("SELECT status FROM stand_booking WHERE id = ?", unpaidBooking));

    String refundMail = Mailbox.body(Mailbox.to(paid.email(), 2).get(1));
    assertTrue(refundMail.contains("θυελλώδεις") && refundMail.contains("30,00"), refundMail);
    String unpaidMail = Mailbox.body(Mailbox.to(unpaid.email(), 2).get(1));
    assertTrue(unpaidMail.contains("θυελλώδεις") && !unpaidMail.contains("30,00"), unpaidMail);

    Member late = Member.of(base, "storm-late", true);
    assertEquals(
        409,
        late.client()
            .postJson(
                "/api/v1/fairs/" + fairId + "/bookings",
                "{\"standId\":" + stands.get(3) + "}",
                late.token())
            .statusCode());
    assertTrue(
        new Client(base).get("/fairs/" + fairId).body().contains("θυελλώδεις"),
        "the fair page says it was called off, and why");
    assertTrue(
        new Client(base)
            .get("/api/v1/fairs/" + fairId + ".ics")
            .body()
            .contains("STATUS:CANCELLED"),
        "calendars learn it too");
    assertEquals(
        409,
        organiser
            .client()
            .postJson(cancel, "{\"reason\":\"again\"}", organiser.token())
            .statusCode());
  }

  @Test
  void aStandIsMovedResizedOrDeletedOnlyWhileNobodyHasItAndNeverOntoAnother() throws Exception {
    Organiser organiser = Organiser.of(base, "layout");
    long fairId = TestFairs.published(organiser, "INSTANT", 1, 3, "0");
    List<Long> stands = TestFairs.standIds(base, fairId);
    Member exhibitor = Member.of(base, "layout-exhibitor", true);
    TestFairs.book(exhibitor, fairId, stands.get(0));
    String standA1 = "/api/v1/organiser/stands/" + stands.get(0);
    String standA2 = "/api/v1/organiser/stands/" + stands.get(1);
    String standA3 = "/api/v1/organiser/stands/" + stands.get(2);
    String moved =
        "{\"x\":10,\"y\":5,\"width\":4,\"depth\":2,\"price\":\"12.50\",\"features\":[\"WATER\",\"CORNER\"]}";

    assertEquals(
        409,
        organiser.client().putJson(standA1, moved, organiser.token()).statusCode(),
        "a booked stand stays as booked");
    assertEquals(409, organiser.client().delete(standA1, organiser.token()).statusCode());
    assertEquals(403, exhibitor.client().putJson(standA2, moved, exhibitor.token()).statusCode());

    var changed = organiser.client().putJson(standA2, moved, organiser.token());
    assertEquals(200, changed.statusCode(), changed.body());
    JsonObject a2 =
        Client.json(new Client(base).get("/api/v1/fairs/" + fairId)).getJsonArray("stands").stream()
            .map(JsonObject.class::cast)
            .filter(stand -> stand.getString("code").equals("A2"))
            .findFirst()
            .orElseThrow();
    assertEquals(10, a2.getInt("x"));
    assertEquals(5, a2.getInt("y"));
    assertEquals(4, a2.getInt("width"));
    assertEquals(2, a2.getInt("depth"));
    assertEquals("12.50", a2.getJsonObject("price").getString("amount"));
    assertEquals("[\"corner\",\"water\"]", a2.getJsonArray("features").toString());

    var onTop =
        organiser
            .client()
            .putJson(standA3, moved.replace("\"x\":10", "\"x\":11"), organiser.token());
    assertEquals(409, onTop.statusCode());
    assertTrue(Client.json(onTop).getString("message").contains("A2"), onTop.body());
    var outside =
        organiser
            .client()
            .putJson(standA3, moved.replace("\"x\":10", "\"x\":58"), organiser.token());
    assertEquals(400, outside.statusCode());
    assertEquals(204, organiser.client().delete(standA3, organiser.token()).statusCode());
    assertEquals(2, TestFairs.standIds(base, fairId).size());
  }

  @Test
  void anExhibitorPrintsItsPassWhoseQrCodeOpensItsShopAndTheOrganiserPrintsTheList()
      throws Exception {
    Organiser organiser = Organiser.of(base, "print");
    long fairId = TestFairs.published(organiser, "INSTANT", 1, 2, "0");
    Member exhibitor = Member.of(base, "print-exhibitor", true);
    Member stranger = Member.of(base, "print-stranger", true);
    long booking = TestFairs.book(exhibitor, fairId, TestFairs.standIds(base, fairId).get(0));
    String pass = "/api/v1/bookings/" + booking + "/pass.pdf";

    var pdf = exhibitor.client().getBytes(pass, "Authorization", "Bearer " + exhibitor.token());
    assertEquals(200, pdf.statusCode());
    assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
    var reader = new PdfReader(pdf.body());
    String text = new PdfTextExtractor(reader).getTextFromPage(1);
    assertTrue(
        text.contains("Επιχείρηση print-exhibitor")
            && text.contains("A1")
            && text.contains("Κάρτα εκθέτη"),
        text);
    String scanned;
    try (var document = Loader.loadPDF(pdf.body())) {
      scanned = QrScanner.scan(new PDFRenderer(document).renderImageWithDPI(0, 150));
    }
    assertEquals(
        "http://koinagora.test/fairs/" + fairId + "/stands/A1",
        scanned,
        "the pass's QR code opens the stand's page");
    assertEquals(
        403,
        stranger
            .client()
            .getBytes(pass, "Authorization", "Bearer " + stranger.token())
            .statusCode());
    assertEquals(
        200,
        organiser
            .client()
            .getBytes(pass, "Authorization", "Bearer " + organiser.token())
            .statusCode());

    var svg = new Client(base).get("/api/v1/fairs/" + fairId + "/stands/A1/qr.svg");
    assertEquals(200, svg.statusCode());
    assertTrue(svg.body().startsWith("<svg") && svg.body().contains("role=\"img\""), svg.body());
    assertEquals(
        404, new Client(base).get("/api/v1/fairs/" + fairId + "/stands/Z9/qr.svg").statusCode());

    var list =
        organiser
            .client()
            .getBytes(
                "/api/v1/organiser/fairs/" + fairId + "/exhibitors.pdf",
                "Authorization",
                "Bearer " + organiser.token());
    assertEquals(200, list.statusCode());
    String listText = new PdfTextExtractor(new PdfReader(list.body())).getTextFromPage(1);
    assertTrue(
        listText.contains("Κατάλογος εκθετών")
            && listText.contains("Επιχείρηση print-exhibitor")
            && listText.contains("Εκθέτες: 1"),
        listText);
    assertEquals(
        403,
        exhibitor
            .client()
            .getBytes(
                "/api/v1/organiser/fairs/" + fairId + "/exhibitors.pdf",
                "Authorization",
                "Bearer " + exhibitor.token())
            .statusCode());
  }

  private static void closeBookingWindow(Organiser organiser, long fairId) {
    String closed = TestFairs.json("APPLICATION", 1, Instant.now().minus(1, ChronoUnit.MINUTES));
    var updated =
        organiser.client().putJson("/api/v1/organiser/fairs/" + fairId, closed, organiser.token());
    assertEquals(200, updated.statusCode(), updated.body());
    assertFalse(updated.body().isEmpty());
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII)));
  }

  /**
   * An organisation leaves with its fairs: the archive holds each table as CSV and JSON, the fair,
   * its stands and the booking with the exhibitor's contact; their dashboard links to it, and only
   * its staff get it.
   */
  @Test
  void anOrganisationDownloadsTheArchiveOfItsFairsAndItReadsBack() throws Exception {
    Organiser organiser = Organiser.of(base, "archive");
    long fairId = TestFairs.published(organiser, "INSTANT", 1, 3, "15.00");
    List<Long> stands = TestFairs.standIds(base, fairId);
    Member exhibitor = Member.of(base, "archive-exhibitor", true);
    TestFairs.book(exhibitor, fairId, stands.get(0));

    String path = "/api/v1/me/export?organisation=" + organiser.municipalityId();
    var response =
        organiser.client().getBytes(path, "Authorization", "Bearer " + organiser.token());
    assertEquals(200, response.statusCode());
    var entries = Archives.entries(response.body());
    var fairs = Archives.table(entries, "fairs");
    assertEquals(2, fairs.size(), "the one fair: " + fairs);
    assertEquals(String.valueOf(fairId), fairs.get(1).get(fairs.get(0).indexOf("id")));
    assertEquals(4, Archives.table(entries, "stands").size(), "its three stands");
    var bookings = Archives.table(entries, "stand_bookings");
    assertEquals(2, bookings.size(), "the booking: " + bookings);
    assertEquals(
        String.valueOf(exhibitor.enterpriseId()),
        bookings.get(1).get(bookings.get(0).indexOf("enterprise_id")));
    for (String table :
        List.of("co_organisers", "category_quotas", "co_exhibitors", "waitlist", "lotteries")) {
      Archives.table(entries, table);
    }
    Archives.table(entries, "lottery_tickets");
    var manifest = Client.parse(Archives.text(entries.get("manifest.json"))).asJsonObject();
    assertEquals(1, manifest.getJsonObject("rows").getInt("fairs"));

    String dashboard = organiser.client().browse("/dashboard/municipality").body();
    assertTrue(
        dashboard.contains(path + "\" download=\"koinagora-organisation-")
            && dashboard.contains("Λήψη όλων των δεδομένων των εκθέσεών μας (zip)"),
        "the staff's dashboard links to it: " + dashboard);
    var signedIn = organiser.client().getBytes(path);
    assertEquals(200, signedIn.statusCode(), "the link downloads in the staff's session");
    assertTrue(Archives.entries(signedIn.body()).containsKey("fairs.csv"));

    var stranger =
        exhibitor.client().getBytes(path, "Authorization", "Bearer " + exhibitor.token());
    assertEquals(403, stranger.statusCode(), "only the organisation's staff");
  }
}
