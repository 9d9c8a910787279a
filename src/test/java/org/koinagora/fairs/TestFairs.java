package org.koinagora.fairs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.koinagora.testsupport.Client;
import org.koinagora.testsupport.Member;
import org.koinagora.testsupport.Organiser;

/** Fairs made through the organiser API for a test: each test its own. */
public final class TestFairs {

  private TestFairs() {}

  public static String json(String mode, int maxStands) {
    return json(mode, maxStands, Instant.now().plus(20, ChronoUnit.DAYS));
  }

  /** A fair a month ahead whose booking window opened an hour ago and closes at the given time. */
  public static String json(String mode, int maxStands, Instant bookingCloses) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    return """
    {"titleEl":"Αγορά Κοινωνικής Οικονομίας","titleEn":"Social economy market",
     "descriptionEl":"Προϊόντα συνεταιρισμών, κάθε Σάββατο.","descriptionEn":"Cooperative products, every Saturday.",
     "theme":"SSE_PRODUCTS","venue":"Πλατεία Συντάγματος","address":"Πλατεία Συντάγματος, Αθήνα",
     "latitude":37.9755,"longitude":23.7348,"startsAt":"%s","endsAt":"%s","openingHours":"10:00–20:00",
     "bookingOpensAt":"%s","bookingClosesAt":"%s","bookingMode":"%s","maxStandsPerEnterprise":%d,
     "cancellationDeadline":"%s","holdMinutes":15,"planWidth":60,"planDepth":20}
    """
        .formatted(
            now.plus(30, ChronoUnit.DAYS),
            now.plus(31, ChronoUnit.DAYS),
            now.minus(1, ChronoUnit.HOURS),
            bookingCloses.truncatedTo(ChronoUnit.SECONDS),
            mode,
            maxStands,
            now.plus(25, ChronoUnit.DAYS));
  }

  public static long published(
      Organiser organiser, String mode, int maxStands, int stands, String price) {
    return published(organiser, json(mode, maxStands), stands, price);
  }

  /** The fair of this JSON, with a row of stands at this price, published. */
  public static long published(Organiser organiser, String fairJson, int stands, String price) {
    var created =
        organiser.client().postJson("/api/v1/organiser/fairs", fairJson, organiser.token());
    assertEquals(201, created.statusCode(), created.body());
    long id = Client.json(created).getJsonNumber("id").longValue();
    var row =
        organiser
            .client()
            .postJson(
                "/api/v1/organiser/fairs/" + id + "/stands",
                "{\"prefix\":\"A\",\"count\":"
                    + stands
                    + ",\"x\":0,\"y\":0,\"width\":3,\"depth\":3,\"price\":\""
                    + price
                    + "\",\"features\":[\"ELECTRICITY\"]}",
                organiser.token());
    assertEquals(200, row.statusCode(), row.body());
    var published =
        organiser
            .client()
            .postJson("/api/v1/organiser/fairs/" + id + "/publish", "{}", organiser.token());
    assertEquals(200, published.statusCode(), published.body());
    return id;
  }

  public static List<Long> standIds(URI base, long fairId) {
    List<Long> ids = new ArrayList<>();
    Client.json(new Client(base).get("/api/v1/fairs/" + fairId))
        .getJsonArray("stands")
        .forEach(stand -> ids.add(stand.asJsonObject().getJsonNumber("id").longValue()));
    return ids;
  }

  /** A stand booked by the member's enterprise (201 asserted): the booking's id. */
  public static long book(Member member, long fairId, long standId) {
    var booked =
        member
            .client()
            .postJson(
                "/api/v1/fairs/" + fairId + "/bookings",
                "{\"standId\":" + standId + "}",
                member.token());
    assertEquals(201, booked.statusCode(), booked.body());
    return Client.json(booked).getJsonNumber("id").longValue();
  }
}
