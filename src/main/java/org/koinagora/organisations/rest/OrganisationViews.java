package org.koinagora.organisations.rest;

import java.util.List;
import java.util.Locale;
import org.koinagora.organisations.Organisation;
import org.koinagora.organisations.PartnershipMember;
import org.koinagora.organisations.Partnerships;

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

  /** An invitation into a partnership, as its partnership's staff and its invitee see it. */
  public record Membership(
      long id, Ref partnership, String kind, long memberId, String memberName, String status) {}

  /** An organisation named. */
  public record Ref(long id, String name) {}

  static Item item(Organisation o, int members, Locale locale) {
    return new Item(
        o.getId(), o.getKind().name(), o.name(locale), o.getRegion().name(), members, url(o));
  }

  static Membership membership(PartnershipMember m, String memberName, Locale locale) {
    return new Membership(
        m.getId(),
        new Ref(m.getPartnership().getId(), m.getPartnership().name(locale)),
        m.getKind().name(),
        m.getMemberId(),
        memberName,
        m.getStatus().name());
  }

  static Detail detail(Organisation o, List<Partnerships.Member> members, Locale locale) {
    return new Detail(
        o.getId(),
        o.getKind().name(),
        o.name(locale),
        o.getRegion().name(),
        o.description(locale),
        o.getOffers().stream().sorted().map(Enum::name).toList(),
        members.stream().map(m -> new Member(m.kind().name(), m.id(), m.name())).toList(),
        url(o));
  }

  private static String url(Organisation o) {
    return "/organisations/" + o.getId();
  }
}
