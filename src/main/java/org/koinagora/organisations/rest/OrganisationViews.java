package org.koinagora.organisations.rest;

import java.util.List;
import java.util.Locale;
import org.koinagora.organisations.Organisation;

/** Organisations as the open-data API shows them. */
public final class OrganisationViews {

  private OrganisationViews() {}

  /** {@code {"total","items"}} as in DESIGN.md. */
  public record OrganisationList(int total, List<Item> items) {}

  /** One organisation in a list; {@code members} counts a partnership's members. */
  public record Item(long id, String kind, String name, String region, int members, String url) {}

  /** A partnership's member: an organisation or an enterprise. */
  public record Member(String kind, long id, String name) {}

  /** One organisation's profile. */
  public record Detail(
      long id,
      String kind,
      String name,
      String region,
      String description,
      List<String> offers,
      List<Member> members,
      String url) {}

  static Item item(Organisation o, Locale locale) {
    return new Item(o.getId(), o.getKind().name(), o.name(locale), o.getRegion().name(), 0, url(o));
  }

  static Detail detail(Organisation o, Locale locale) {
    return new Detail(
        o.getId(),
        o.getKind().name(),
        o.name(locale),
        o.getRegion().name(),
        o.description(locale),
        o.getOffers().stream().sorted().map(Enum::name).toList(),
        List.of(),
        url(o));
  }

  private static String url(Organisation o) {
    return "/organisations/" + o.getId();
  }
}
