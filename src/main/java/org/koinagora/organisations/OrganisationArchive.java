package org.koinagora.organisations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipOutputStream;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.TableArchive;
import org.koinagora.shared.TableArchive.Table;

/**
 * An organisation's fairs, as one zip its staff download: the organisation, its fairs (organised or
 * co-organised), their stands, quotas, the bookings with each exhibitor's contact (the enterprise's
 * public contact, what an organiser needs to run the fair), stand sharing, waiting lists and
 * lotteries. Tables as CSV and JSON (see {@link TableArchive}); {@code manifest.json} counts them.
 */
@ApplicationScoped
public class OrganisationArchive {

  private static final String ITS_FAIRS =
      "SELECT id FROM fair WHERE organiser_id = ?1 UNION SELECT fair_id FROM fair_co_organiser"
          + " WHERE organisation_id = ?1";

  static final Table PROFILE =
      new Table(
          "organisation",
          "id kind name_el name_en region description_el description_en contact_email"
              + " contact_phone website created_at",
          "FROM organisation WHERE id = ?1");

  static final List<Table> TABLES =
      List.of(
          new Table(
              "fairs",
              "id organiser_id scope title_el title_en description_el description_en theme venue"
                  + " address latitude longitude starts_at ends_at opening_hours booking_opens_at"
                  + " booking_closes_at booking_mode max_stands_per_enterprise"
                  + " cancellation_deadline eligible_legal_forms eligible_regions status"
                  + " cancel_reason created_at updated_at",
              "FROM fair WHERE id IN (" + ITS_FAIRS + ") ORDER BY id"),
          new Table(
              "co_organisers",
              "fair_id organisation_id",
              "FROM fair_co_organiser WHERE fair_id IN (" + ITS_FAIRS + ") ORDER BY fair_id"),
          new Table(
              "stands",
              "id fair_id code x y width depth price features",
              "FROM stand WHERE fair_id IN (" + ITS_FAIRS + ") ORDER BY fair_id, code"),
          new Table(
              "category_quotas",
              "fair_id category_id stands quota",
              "FROM fair_category_stands WHERE fair_id IN (" + ITS_FAIRS + ")"),
          new Table(
              "stand_bookings",
              "id=b.id fair_id=b.fair_id stand_code=s.code enterprise_id=b.enterprise_id"
                  + " enterprise=e.name vat_number=e.vat_number contact_email=e.contact_email"
                  + " contact_phone=e.contact_phone category_id=b.category_id status=b.status"
                  + " note=b.note fee=b.fee fee_reason=b.fee_reason reason=b.reason"
                  + " paid_by_card=b.paid_by_card checked_in_at=b.checked_in_at"
                  + " created_at=b.created_at",
              "FROM stand_booking b JOIN enterprise e ON e.id = b.enterprise_id LEFT JOIN stand s"
                  + " ON s.id = b.stand_id WHERE b.fair_id IN ("
                  + ITS_FAIRS
                  + ") ORDER BY b.id"),
          new Table(
              "co_exhibitors",
              "id=x.id booking_id=x.booking_id enterprise_id=x.enterprise_id enterprise=e.name"
                  + " status=x.status share=x.share fee=x.fee paid_at=x.paid_at",
              "FROM stand_co_exhibitor x JOIN enterprise e ON e.id = x.enterprise_id WHERE"
                  + " x.booking_id IN (SELECT id FROM stand_booking WHERE fair_id IN ("
                  + ITS_FAIRS
                  + ")) ORDER BY x.id"),
          new Table(
              "waitlist",
              "id=w.id fair_id=w.fair_id enterprise_id=w.enterprise_id enterprise=e.name"
                  + " category_id=w.category_id status=w.status booking_id=w.booking_id"
                  + " created_at=w.created_at",
              "FROM fair_waitlist w JOIN enterprise e ON e.id = w.enterprise_id WHERE w.fair_id"
                  + " IN ("
                  + ITS_FAIRS
                  + ") ORDER BY w.id"),
          new Table(
              "lotteries",
              "fair_id seed drawn_at",
              "FROM fair_lottery WHERE fair_id IN (" + ITS_FAIRS + ")"),
          new Table(
              "lottery_tickets",
              "id fair_id draw_rank booking_id ticket won",
              "FROM fair_lottery_ticket WHERE fair_id IN (" + ITS_FAIRS + ") ORDER BY id"));

  @PersistenceContext private EntityManager em;

  /** The archive of the organisation's fairs for one of its staff (403 for anyone else). */
  public byte[] of(SignedInUser staff, long organisationId) {
    Organisation organisation = em.find(Organisation.class, organisationId);
    if (organisation == null) {
      throw new NotFoundException();
    }
    if (!organisation.hasStaff(staff.id())) {
      throw new AccessDeniedException();
    }
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      var profile = TableArchive.rows(em, PROFILE, organisationId);
      TableArchive.put(zip, "organisation.json", TableArchive.json(profile.get(0)).toString());
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (Table table : TABLES) {
        var rows = TableArchive.rows(em, table, organisationId);
        counts.put(table.file(), rows.size());
        TableArchive.write(zip, table, rows);
      }
      TableArchive.put(
          zip,
          "manifest.json",
          TableArchive.manifest(
              "organisation",
              organisationId,
              String.valueOf(profile.get(0).get("name_el")),
              counts));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
