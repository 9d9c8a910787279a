package org.koinagora.fairs.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.Locale;
import org.koinagora.fairs.Fair;
import org.koinagora.fairs.FairStatus;
import org.koinagora.shared.web.InlineJson;

/** schema.org Event JSON-LD for a fair page. */
final class EventJsonLd {

  private EventJsonLd() {}

  static String of(Fair fair, Locale locale, String baseUrl) {
    var place =
        Json.createObjectBuilder()
            .add("@type", "Place")
            .add("name", fair.getVenue())
            .add("address", fair.getAddress());
    if (fair.getLatitude() != null && fair.getLongitude() != null) {
      place.add(
          "geo",
          Json.createObjectBuilder()
              .add("@type", "GeoCoordinates")
              .add("latitude", fair.getLatitude())
              .add("longitude", fair.getLongitude()));
    }
    return InlineJson.of(
        Json.createObjectBuilder()
            .add("@context", "https://schema.org")
            .add("@type", "Event")
            .add("name", fair.title(locale))
            .add("description", fair.description(locale))
            .add("startDate", fair.getStartsAt().toString())
            .add("endDate", fair.getEndsAt().toString())
            .add(
                "eventStatus",
                fair.getStatus() == FairStatus.CANCELLED
                    ? "https://schema.org/EventCancelled"
                    : "https://schema.org/EventScheduled")
            .add("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode")
            .add("location", place)
            .add("organizer", organizers(fair, locale))
            .add("url", baseUrl + "/fairs/" + fair.getId())
            .build());
  }

  private static JsonArrayBuilder organizers(Fair fair, Locale locale) {
    var organizers = Json.createArrayBuilder();
    fair.organisers()
        .forEach(
            organisation ->
                organizers.add(
                    Json.createObjectBuilder()
                        .add(
                            "@type",
                            organisation.getKind().isPublicBody()
                                ? "GovernmentOrganization"
                                : "Organization")
                        .add("name", organisation.name(locale))));
    return organizers;
  }
}
