package org.koinagora.enterprises;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.catalog.images.ImageStore;
import org.koinagora.organisations.EnterpriseAccess;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.TableArchive;
import org.koinagora.shared.TableArchive.Table;

/**
 * Everything an enterprise keeps on Koinagora, as one zip its members download to leave or to keep
 * their own books: the profile, listings with their pictures, orders and their lines with the
 * buyers' contacts the enterprise needs to fulfil them (name, delivery address, phone, email, the
 * invoice details a buyer gave), bookings of its time slots and stands, and its requests for a
 * quote with their threads, quotes and documents. Tables as CSV (UTF-8, ";", the platform's column
 * names) and JSON; {@code manifest.json} counts the rows of each.
 */
@ApplicationScoped
public class EnterpriseArchive {

  private static final String ITS_LISTINGS = "SELECT id FROM listing WHERE enterprise_id = ?1";
  private static final String ITS_PARTS = "SELECT id FROM order_part WHERE enterprise_id = ?1";
  private static final String ITS_THREADS = "SELECT id FROM quote_thread WHERE enterprise_id = ?1";

  static final Table PROFILE =
      new Table(
          "profile",
          "id name legal_form sse_registry_number vat_number region municipality description_el"
              + " description_en impact_el impact_en contact_email contact_phone website status"
              + " status_reason created_at verified_at iban",
          "FROM enterprise WHERE id = ?1");

  static final List<Table> TABLES =
      List.of(
          new Table(
              "listings",
              "id=l.id kind=l.kind title_el=l.title_el title_en=l.title_en"
                  + " description_el=l.description_el description_en=l.description_en"
                  + " price=l.price vat_rate=l.vat_rate unit=l.unit stock=l.stock category=c.path"
                  + " tags=lt.tags status=l.status featured=l.featured"
                  + " service_booking=l.service_booking weight_grams=l.weight_grams"
                  + " created_at=l.created_at"
                  + " updated_at=l.updated_at",
              "FROM listing l LEFT JOIN category c ON c.id = l.category_id LEFT JOIN (SELECT"
                  + " listing_id, GROUP_CONCAT(tag ORDER BY tag SEPARATOR ',') AS tags FROM"
                  + " listing_tag GROUP BY listing_id) lt ON lt.listing_id = l.id WHERE"
                  + " l.enterprise_id = ?1 ORDER BY l.id"),
          new Table(
              "pictures",
              "id listing_id position storage_key width height alt_el created_at",
              "FROM listing_image WHERE listing_id IN (" + ITS_LISTINGS + ") ORDER BY id"),
          new Table(
              "orders",
              "part_id=p.id reference=o.reference ordered_at=o.created_at order_status=o.status"
                  + " part_status=p.status fulfilment=p.fulfilment fair_id=p.fair_id"
                  + " subtotal=p.subtotal payment_method=o.payment_method paid_at=o.paid_at"
                  + " buyer_name=o.buyer_name email=o.email phone=o.phone"
                  + " delivery_street=o.delivery_street delivery_postcode=o.delivery_postcode"
                  + " delivery_city=o.delivery_city buyer_afm=o.buyer_afm buyer_doy=o.buyer_doy"
                  + " buyer_reference=o.buyer_reference",
              "FROM order_part p JOIN customer_order o ON o.id = p.order_id WHERE p.enterprise_id"
                  + " = ?1 ORDER BY p.id"),
          new Table(
              "delivery_terms",
              "free_above minimum_order updated_at",
              "FROM delivery_terms WHERE enterprise_id = ?1"),
          new Table(
              "delivery_rates",
              "zone up_to_grams amount",
              "FROM delivery_rate WHERE enterprise_id = ?1 ORDER BY zone, up_to_grams"),
          new Table(
              "order_lines",
              "id part_id listing_id title unit_price vat_rate quantity measure unit slot_id"
                  + " delivery",
              "FROM order_line WHERE part_id IN (" + ITS_PARTS + ") ORDER BY id"),
          new Table(
              "slot_bookings",
              "line_id=ol.id part_id=ol.part_id reference=o.reference listing_id=s.listing_id"
                  + " title=ol.title starts_at=s.starts_at ends_at=s.ends_at quantity=ol.quantity"
                  + " part_status=p.status buyer_name=o.buyer_name email=o.email phone=o.phone",
              "FROM order_line ol JOIN service_slot s ON s.id = ol.slot_id JOIN order_part p ON"
                  + " p.id = ol.part_id JOIN customer_order o ON o.id = p.order_id WHERE"
                  + " p.enterprise_id = ?1 ORDER BY s.starts_at, ol.id"),
          new Table(
              "service_slots",
              "id listing_id starts_at ends_at capacity taken",
              "FROM service_slot WHERE listing_id IN (" + ITS_LISTINGS + ") ORDER BY starts_at"),
          new Table(
              "stand_bookings",
              "id fair_id stand_id category_id status note fee fee_reason reason checked_in_at"
                  + " paid_by_card created_at",
              "FROM stand_booking WHERE enterprise_id = ?1 ORDER BY id"),
          new Table(
              "quote_requests",
              "id=r.id thread_id=t.id reference=r.reference buyer_kind=r.buyer_kind"
                  + " buyer_name=r.buyer_name email=r.email afm=r.afm doy=r.doy address=r.address"
                  + " buyer_reference=r.buyer_reference description=r.description place=r.place"
                  + " period=r.period amount=r.amount budget=r.budget listing_id=r.listing_id"
                  + " language=r.language created_at=r.created_at"
                  + " last_message_at=t.last_message_at",
              "FROM quote_thread t JOIN quote_request r ON r.id = t.request_id WHERE"
                  + " t.enterprise_id = ?1 ORDER BY r.id"),
          new Table(
              "quote_messages",
              "id thread_id author_kind author_name body created_at",
              "FROM quote_message WHERE thread_id IN (" + ITS_THREADS + ") ORDER BY id"),
          new Table(
              "quotes",
              "id thread_id status valid_until note total vat_total order_id decline_reason"
                  + " created_at decided_at",
              "FROM quote WHERE thread_id IN (" + ITS_THREADS + ") ORDER BY id"),
          new Table(
              "quote_lines",
              "id quote_id position description quantity unit unit_price vat_rate",
              "FROM quote_line WHERE quote_id IN (SELECT id FROM quote WHERE thread_id IN ("
                  + ITS_THREADS
                  + ")) ORDER BY quote_id, position"),
          new Table(
              "quote_documents",
              "id request_id thread_id author_kind file_name content_type size_bytes created_at",
              "FROM quote_attachment WHERE thread_id IN ("
                  + ITS_THREADS
                  + ") OR request_id IN (SELECT request_id FROM quote_thread WHERE enterprise_id ="
                  + " ?1) ORDER BY id"));

  @PersistenceContext private EntityManager em;
  @Inject private EnterpriseAccess access;
  @Inject private ImageStore images;

  /** The archive of the enterprise for one of its members (403 for anyone else). */
  public byte[] of(SignedInUser member, long enterpriseId) {
    if (access.on(member, enterpriseId).delegated()) {
      throw new AccessDeniedException();
    }
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      List<Map<String, Object>> profile = TableArchive.rows(em, PROFILE, enterpriseId);
      TableArchive.put(zip, "profile.json", TableArchive.json(profile.get(0)).toString());
      for (Table table : TABLES) {
        List<Map<String, Object>> rows = TableArchive.rows(em, table, enterpriseId);
        counts.put(table.file(), rows.size());
        TableArchive.write(zip, table, rows);
        if (table.file().equals("pictures")) {
          pictures(zip, rows);
        }
        if (table.file().equals("quote_documents")) {
          documents(zip, rows);
        }
      }
      TableArchive.put(
          zip,
          "manifest.json",
          TableArchive.manifest(
              "enterprise", enterpriseId, String.valueOf(profile.get(0).get("name")), counts));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private void pictures(ZipOutputStream zip, List<Map<String, Object>> rows) throws IOException {
    for (var row : rows) {
      String name = row.get("storage_key") + "-display.jpg";
      var file = images.file(name);
      if (file.isPresent()) {
        zip.putNextEntry(new ZipEntry("pictures/" + name));
        Files.copy(file.get(), zip);
        zip.closeEntry();
      }
    }
  }

  private void documents(ZipOutputStream zip, List<Map<String, Object>> rows) throws IOException {
    for (var row : rows) {
      Object content =
          em.createNativeQuery("SELECT content FROM quote_attachment WHERE id = ?1")
              .setParameter(1, row.get("id"))
              .getSingleResult();
      if (content instanceof byte[] data) {
        String safe = String.valueOf(row.get("file_name")).replaceAll("[^\\p{L}\\p{N}._-]", "_");
        zip.putNextEntry(new ZipEntry("documents/" + row.get("id") + "-" + safe));
        zip.write(data);
        zip.closeEntry();
      }
    }
  }
}
