package org.koinagora.fairs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
