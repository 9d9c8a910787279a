package org.koinagora.fairs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.Database;
import org.koinagora.testsupport.DeployedWarIT;
import org.koinagora.testsupport.Mailbox;
import org.koinagora.testsupport.Member;
import org.koinagora.testsupport.Organiser;
import org.koinagora.testsupport.Race;

/** Consortium stands: a booker shares its stand with up to two enterprises, who accept. */
class ConsortiumStandsIT extends DeployedWarIT {

  @Test
  void aBookerSharesItsStandWithTwoAtMostEachCountedAndOwingItsShare() throws Exception {
    Organiser organiser = Organiser.of(base, "consortium");
    long fairId = TestFairs.published(organiser, "INSTANT", 1, 3, "30.00");
    List<Long> stands = TestFairs.standIds(base, fairId);
    Member booker = Member.of(base, "consortium-booker", true);
    Member first = Member.of(base, "consortium-first", true);
    Member second = Member.of(base, "consortium-second", true);
    Member third = Member.of(base, "consortium-third", true);
    Member alreadyThere = Member.of(base, "consortium-there", true);

    var booked =
        booker
            .client()
            .postJson(
                "/api/v1/fairs/" + fairId + "/bookings",
                "{\"standId\":" + stands.get(0) + "}",
                booker.token());
    assertEquals(201, booked.statusCode(), booked.body());
    long bookingId = Client.json(booked).getJsonNumber("id").longValue();
    assertEquals(
        201,
        alreadyThere
            .client()
            .postJson(
                "/api/v1/fairs/" + fairId + "/bookings",
                "{\"standId\":" + stands.get(1) + "}",
                alreadyThere.token())
            .statusCode());

    var even = invite(booker, bookingId, first.enterpriseId(), null);
    assertEquals(201, even.statusCode(), even.body());
    assertEquals("15.00", Client.json(even).getJsonObject("share").getString("amount"));
    assertEquals("INVITED", Client.json(even).getString("status"));
    long firstInvitation = Client.json(even).getJsonNumber("id").longValue();
    assertEquals(409, invite(booker, bookingId, first.enterpriseId(), null).statusCode());
    assertEquals(
        "enterpriseId",
        Client.json(invite(booker, bookingId, booker.enterpriseId(), null)).getString("field"),
        "not with itself");
    assertEquals(
        "share",
        Client.json(invite(booker, bookingId, second.enterpriseId(), "31")).getString("field"),
        "at most the stand's price");
    assertEquals(
        403,
        invite(third, bookingId, second.enterpriseId(), null).statusCode(),
        "only the booker's members invite");
    var custom = invite(booker, bookingId, second.enterpriseId(), "10");
    assertEquals(201, custom.statusCode(), custom.body());
    long secondInvitation = Client.json(custom).getJsonNumber("id").longValue();
    var full = invite(booker, bookingId, third.enterpriseId(), null);
    assertEquals(409, full.statusCode(), "two others at most: " + full.body());
    assertTrue(
        Mailbox.withSubject(first.email(), "Πρόσκληση κοινού περιπτέρου").size() == 1,
        "the invited enterprise's members are told by mail");

    var waiting = first.client().getJson("/api/v1/co-exhibitor-invitations", first.token());
    assertEquals(1, Client.parse(waiting.body()).asJsonArray().size(), waiting.body());
    List<Integer> answers =
        Race.statuses(
            2,
            () ->
                first
                    .client()
                    .postJson(
                        "/api/v1/co-exhibitor-invitations/" + firstInvitation + "/accept",
                        "{}",
                        first.token()));
    assertEquals(List.of(200, 409), answers.stream().sorted().toList(), "accepted once");
    assertEquals(1, standsOf(fairId, first.enterpriseId()), "counted under its own limit");
    var booking =
        Client.parse(booker.client().getJson("/api/v1/me/bookings", booker.token()).body())
            .asJsonArray()
            .getJsonObject(0);
    assertEquals(
        "15.00",
        booking.getJsonObject("fee").getString("amount"),
        "the booker owes what is left of the fee");
    var sharing =
        Client.parse(
                booker
                    .client()
                    .getJson("/api/v1/bookings/" + bookingId + "/co-exhibitors", booker.token())
                    .body())
            .asJsonArray();
    assertEquals("ACCEPTED", sharing.getJsonObject(0).getString("status"));
    assertEquals("15.00", sharing.getJsonObject(0).getJsonObject("fee").getString("amount"));
    assertTrue(sharing.getJsonObject(0).getBoolean("feeDue"));

    assertEquals(
        200,
        second
            .client()
            .postJson(
                "/api/v1/co-exhibitor-invitations/" + secondInvitation + "/decline",
                "{}",
                second.token())
            .statusCode());
    var lateInvite = invite(booker, bookingId, alreadyThere.enterpriseId(), null);
    assertEquals(201, lateInvite.statusCode(), "a declined place is free again");
    long lateInvitation = Client.json(lateInvite).getJsonNumber("id").longValue();
    var overLimit =
        alreadyThere
            .client()
            .postJson(
                "/api/v1/co-exhibitor-invitations/" + lateInvitation + "/accept",
                "{}",
                alreadyThere.token());
    assertEquals(409, overLimit.statusCode(), "its own stand is its limit of 1");
    assertEquals(
        "INVITED",
        Database.value("SELECT status FROM stand_co_exhibitor WHERE id = ?", lateInvitation));

    assertEquals(
        200, booker.client().delete("/api/v1/bookings/" + bookingId, booker.token()).statusCode());
    assertEquals(
        "WITHDRAWN",
        Database.value("SELECT status FROM stand_co_exhibitor WHERE id = ?", firstInvitation),
        "co-exhibitors leave with the booking");
    assertEquals(0, standsOf(fairId, first.enterpriseId()), "and their places are free");
    assertEquals(
        "WITHDRAWN",
        Database.value("SELECT status FROM stand_co_exhibitor WHERE id = ?", lateInvitation));
  }

  @Test
  void theOrganiserRecordsEachPartAndEveryListNamesEveryoneSharingTheStand() throws Exception {
    Organiser organiser = Organiser.of(base, "parts");
    Organiser outsider = Organiser.of(base, "parts-outsider");
    long fairId = TestFairs.published(organiser, "INSTANT", 1, 2, "20.00");
    Member booker = Member.of(base, "parts-booker", true);
    Member sharer = Member.of(base, "parts-sharer", true);
    long bookingId = TestFairs.book(booker, fairId, TestFairs.standIds(base, fairId).get(0));
    long part =
        Client.json(invite(booker, bookingId, sharer.enterpriseId(), null))
            .getJsonNumber("id")
            .longValue();
    assertEquals(
        200,
        sharer
            .client()
            .postJson("/api/v1/co-exhibitor-invitations/" + part + "/accept", "{}", sharer.token())
            .statusCode());
    assertEquals(
        200, organiserPost(organiser, "bookings/" + bookingId + "/paid", "{}").statusCode());

    String pass = "/api/v1/bookings/" + bookingId + "/pass.pdf";
    assertEquals(
        409,
        sharer.client().getBytes(pass, "Authorization", "Bearer " + sharer.token()).statusCode(),
        "no pass while its part is due");
    assertEquals(
        403, organiserPost(outsider, "co-exhibitors/" + part + "/paid", "{}").statusCode());
    var tooHigh =
        organiserPost(
            organiser, "co-exhibitors/" + part + "/fee", "{\"fee\":\"11\",\"reason\":\"x\"}");
    assertEquals(400, tooHigh.statusCode(), tooHigh.body());
    assertEquals("fee", Client.json(tooHigh).getString("field"));
    var lowered =
        organiserPost(
            organiser,
            "co-exhibitors/" + part + "/fee",
            "{\"fee\":\"4\",\"reason\":\"Νέα επιχείρηση\"}");
    assertEquals(200, lowered.statusCode(), lowered.body());
    assertEquals("4.00", Client.json(lowered).getJsonObject("fee").getString("amount"));
    assertEquals(
        "10.00",
        Database.value("SELECT fee FROM stand_booking WHERE id = ?", bookingId).toString(),
        "the booker's part is its own");
    var paid = organiserPost(organiser, "co-exhibitors/" + part + "/paid", "{}");
    assertEquals(200, paid.statusCode(), paid.body());
    assertEquals(false, Client.json(paid).getBoolean("feeDue"));
    assertEquals(
        409, organiserPost(organiser, "co-exhibitors/" + part + "/paid", "{}").statusCode());

    var pdf = sharer.client().getBytes(pass, "Authorization", "Bearer " + sharer.token());
    assertEquals(200, pdf.statusCode(), "its pass once its part is settled");
    String passText = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
    assertTrue(
        passText.contains("Επιχείρηση parts-booker")
            && passText.contains("Επιχείρηση parts-sharer"),
        passText);

    var exhibitors =
        Client.json(new Client(base).getJson("/api/v1/fairs/" + fairId + "/exhibitors", null));
    assertEquals(2, exhibitors.getInt("total"), exhibitors.toString());
    assertEquals(
        List.of("A1", "A1"),
        exhibitors.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(item -> item.getString("stand"))
            .toList());
    String csv =
        organiser
            .client()
            .get(
                "/api/v1/organiser/fairs/" + fairId + "/exhibitors.csv",
                "Authorization",
                "Bearer " + organiser.token())
            .body();
    assertTrue(
        csv.lines()
            .anyMatch(
                line ->
                    line.startsWith("A1;Επιχείρηση parts-sharer")
                        && line.contains("Συνεκθέτης")
                        && line.contains("Νέα επιχείρηση")),
        csv);
    var list =
        organiser
            .client()
            .getBytes(
                "/api/v1/organiser/fairs/" + fairId + "/exhibitors.pdf",
                "Authorization",
                "Bearer " + organiser.token());
    assertTrue(
        new PdfTextExtractor(new PdfReader(list.body()))
            .getTextFromPage(1)
            .contains("Επιχείρηση parts-sharer"));
    var organisersView =
        Client.parse(
                organiser
                    .client()
                    .getJson("/api/v1/organiser/fairs/" + fairId + "/bookings", organiser.token())
                    .body())
            .asJsonArray()
            .getJsonObject(0);
    assertEquals(
        "ACCEPTED",
        organisersView.getJsonArray("coExhibitors").getJsonObject(0).getString("status"));
    String page = new Client(base).get("/fairs/" + fairId + "?lang=el").body();
    assertTrue(
        page.contains("εκθέτες: Επιχείρηση parts-booker, Επιχείρηση parts-sharer"),
        "the plan names both");
  }

  private static HttpResponse<String> organiserPost(Organiser organiser, String path, String json) {
    return organiser.client().postJson("/api/v1/organiser/" + path, json, organiser.token());
  }

  private HttpResponse<String> invite(
      Member member, long bookingId, long enterpriseId, String share) {
    return member
        .client()
        .postJson(
            "/api/v1/bookings/" + bookingId + "/co-exhibitors",
            "{\"enterpriseId\":"
                + enterpriseId
                + (share == null ? "" : ",\"share\":" + share)
                + "}",
            member.token());
  }

  private static int standsOf(long fairId, long enterpriseId) throws Exception {
    return ((Number)
            Database.value(
                "SELECT COALESCE(SUM(stands), 0) FROM fair_enterprise_stands WHERE fair_id = ? AND"
                    + " enterprise_id = ?",
                fairId,
                enterpriseId))
        .intValue();
  }
}
