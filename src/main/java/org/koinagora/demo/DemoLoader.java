package org.koinagora.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.koinagora.accounts.PasswordHasher;
import org.koinagora.accounts.Role;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.accounts.UserAccount;
import org.koinagora.calls.Calls;
import org.koinagora.calls.EligibilityService;
import org.koinagora.calls.Offers;
import org.koinagora.catalog.ListingDraft;
import org.koinagora.catalog.ListingKind;
import org.koinagora.catalog.ListingService;
import org.koinagora.catalog.ListingStatus;
import org.koinagora.catalog.Tag;
import org.koinagora.catalog.Unit;
import org.koinagora.checkout.OrderService;
import org.koinagora.checkout.SalesService;
import org.koinagora.delivery.DeliveryService;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseProfile;
import org.koinagora.enterprises.LegalForm;
import org.koinagora.enterprises.Region;
import org.koinagora.enterprises.SellerIdentity;
import org.koinagora.fairs.BookingService;
import org.koinagora.fairs.Consortia;
import org.koinagora.organisations.Offer;
import org.koinagora.organisations.Organisation;
import org.koinagora.organisations.OrganisationKind;
import org.koinagora.quotes.QuoteDesk;
import org.koinagora.services.AvailabilityService;
import org.koinagora.shared.BilingualText;
import org.koinagora.shared.i18n.Language;

/**
 * Loads the demo accounts, enterprises, municipalities and listings of DESIGN.md into a platform
 * that has no enterprise yet, in one transaction.
 */
@Stateless
public class DemoLoader {

  private static final Logger LOG = Logger.getLogger(DemoLoader.class.getName());
  private static final Locale GREEK = Locale.forLanguageTag("el");

  @PersistenceContext private EntityManager em;
  @Inject private ListingService listings;
  @Inject private OrderService orders;
  @Inject private SalesService sales;
  @Inject private BookingService bookings;
  @Inject private Consortia consortia;
  @Inject private AvailabilityService availability;
  @Inject private QuoteDesk quotes;
  @Inject private Calls calls;
  @Inject private Offers offers;
  @Inject private EligibilityService eligibility;
  @Inject private DeliveryService delivery;

  /** One hash shared by all demo accounts: they share the password, and start-up stays quick. */
  private String passwordHash;

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void loadIntoEmptyPlatform() {
    if (!platformIsEmpty()) {
      return;
    }
    passwordHash = new PasswordHasher().hash(DemoData.PASSWORD);
    JsonObject data = read();
    JsonObject admin = data.getJsonObject("admin");
    account(admin.getString("email"), admin.getString("name")).makeAdmin();
    List<UserAccount> buyers =
        data.getJsonArray("buyers").getValuesAs(JsonObject.class).stream()
            .map(b -> account(b.getString("email"), b.getString("name")))
            .toList();
    List<Organisation> organisations = new ArrayList<>();
    for (JsonObject o : data.getJsonArray("organisations").getValuesAs(JsonObject.class)) {
      var organisation = organisation(o);
      em.persist(organisation);
      if (o.containsKey("staff")) {
        organisation.addStaff(account(o.getString("staff"), o.getString("staffName")).getId());
      }
      organisations.add(organisation);
    }
    Map<String, SignedInUser> members = new HashMap<>();
    for (JsonObject e : data.getJsonArray("enterprises").getValuesAs(JsonObject.class)) {
      UserAccount member = account(e.getString("member"), e.getString("memberName"));
      var enterprise = new Enterprise(profile(e), member.getId());
      if ("VERIFIED".equals(e.getString("status"))) {
        enterprise.verify();
      }
      em.persist(enterprise);
      members.put(
          member.getEmail(),
          new SignedInUser(
              member.getId(), member.getEmail(), member.getName(), Set.of(Role.ENTERPRISE)));
    }
    em.flush();
    loadListings(members);
    DemoFairs.load(em, organisations);
    DemoPartnership.load(em, organisations);
    DemoDelegation.load(
        em, data.getJsonArray("organisations").getValuesAs(JsonObject.class), organisations);
    DemoAdvice.load(em, organisations, buyers.get(0));
    UserAccount buyer = buyers.get(0);
    DemoOrders.load(
        em,
        orders,
        sales,
        new SignedInUser(buyer.getId(), buyer.getEmail(), buyer.getName(), Set.of(Role.BUYER)),
        members);
    DemoConsortium.load(em, bookings, consortia, members);
    DemoServices.load(em, listings, availability, members);
    DemoQuotes.load(
        listings,
        quotes,
        new SignedInUser(buyer.getId(), buyer.getEmail(), buyer.getName(), Set.of(Role.BUYER)),
        members);
    DemoCalls.load(em, calls, offers, eligibility, organisations, members);
    DemoDelivery.load(em, delivery, members);
    LOG.info("Loaded the demo data (password of every demo account: " + DemoData.PASSWORD + ")");
  }

  /** An organisation of the demo with its profile; staff are added by the caller. */
  static Organisation organisation(JsonObject o) {
    var organisation =
        new Organisation(
            OrganisationKind.valueOf(o.getString("kind")),
            BilingualText.of(o.getString("name"), o.getString("nameEn", null)),
            Region.valueOf(o.getString("region")));
    Set<Offer> offers = EnumSet.noneOf(Offer.class);
    o.getJsonArray("offers")
        .getValuesAs(JsonString.class)
        .forEach(offer -> offers.add(Offer.valueOf(offer.getString())));
    organisation.describe(
        BilingualText.of(o.getString("descriptionEl"), o.getString("descriptionEn", null)),
        offers,
        o.getString("email", null),
        o.getString("phone", null),
        o.getString("website", null));
    return organisation;
  }

  /** Five listings per verified enterprise, each with a drawn picture; some featured. */
  private void loadListings(Map<String, SignedInUser> members) {
    JsonArray all = readArray("/org/koinagora/demo/demo-listings.json");
    long seed = 1;
    for (JsonObject group : all.getValuesAs(JsonObject.class)) {
      SignedInUser member = members.get(group.getString("enterprise"));
      boolean first = true;
      for (JsonArray item : group.getJsonArray("items").getValuesAs(JsonArray.class)) {
        Set<Tag> tags = EnumSet.noneOf(Tag.class);
        item.getJsonArray(9)
            .getValuesAs(JsonString.class)
            .forEach(tag -> tags.add(Tag.fromSlug(tag.getString()).orElseThrow()));
        var kind =
            item.getString(8).startsWith("services/") ? ListingKind.SERVICE : ListingKind.PRODUCT;
        // the organic tag needs a certificate (EU 2018/848): a made-up one from a Greek control
        // body
        boolean organic = tags.contains(Tag.ORGANIC);
        var draft =
            new ListingDraft(
                kind,
                item.getString(0),
                item.getString(1),
                item.getString(2),
                item.getString(3),
                new BigDecimal(item.getString(4)),
                item.getInt(5),
                Unit.valueOf(item.getString(6)),
                item.isNull(7) ? null : item.getInt(7),
                item.getString(8),
                tags,
                ListingStatus.ACTIVE,
                organic ? "GR-BIO-03" : null,
                organic ? "ΒΙΟ-" + (2024000 + seed) : null,
                // a product's shipping weight in grams, packaging included
                item.size() > 10 && !item.isNull(10) ? item.getInt(10) : null);
        var listing = listings.create(member, null, draft);
        listings.addImage(member, listing.getId(), DemoPictures.draw(item.getString(8), seed++));
        if (first && seed % 3 == 0) {
          em.createNativeQuery("UPDATE listing SET featured = TRUE WHERE id = ?1")
              .setParameter(1, listing.getId())
              .executeUpdate();
        }
        first = false;
      }
    }
  }

  /** No enterprise yet: an administrator made from the configuration may already be there. */
  private boolean platformIsEmpty() {
    Number enterprises =
        (Number) em.createNativeQuery("SELECT COUNT(*) FROM enterprise").getSingleResult();
    return enterprises.longValue() == 0;
  }

  private UserAccount account(String email, String name) {
    var account = new UserAccount(email, name, passwordHash, GREEK);
    account.confirmEmail(); // demo people sign in at once
    em.persist(account);
    em.flush();
    return account;
  }

  private static EnterpriseProfile profile(JsonObject e) {
    return new EnterpriseProfile(
        e.getString("name"),
        LegalForm.valueOf(e.getString("legalForm")),
        e.getString("registry"),
        e.getString("vat"),
        Region.valueOf(e.getString("region")),
        e.getString("municipality"),
        e.getString("descriptionEl"),
        e.getString("descriptionEn"),
        e.getString("impactEl"),
        e.getString("impactEn"),
        e.getString("email"),
        e.getString("phone"),
        e.getString("website"),
        demoIban(e.getString("vat")),
        e.getString("legalName", null),
        e.getString("gemi"),
        e.getString("street"),
        e.getString("postcode"),
        e.getString("city"),
        SellerIdentity.returnsTemplate(Language.EL.locale()),
        SellerIdentity.returnsTemplate(Language.EN.locale()),
        SellerIdentity.termsTemplate(Language.EL.locale()),
        SellerIdentity.termsTemplate(Language.EN.locale()));
  }

  /** A made-up Greek IBAN with correct check digits, so bank-transfer orders show where to pay. */
  static String demoIban(String vat) {
    String bban = "0110125" + "00000000" + vat.substring(1);
    String digits = new StringBuilder(bban).append("1627").append("00").toString(); // G=16, R=27
    int check = 98 - new BigInteger(digits).mod(BigInteger.valueOf(97)).intValue();
    return "GR" + String.format("%02d", check) + bban;
  }

  static JsonObject read() {
    return (JsonObject) readJson("/org/koinagora/demo/demo-data.json");
  }

  private static JsonArray readArray(String resource) {
    return (JsonArray) readJson(resource);
  }

  private static JsonStructure readJson(String resource) {
    try (InputStream in = DemoData.class.getResourceAsStream(resource);
        var reader = Json.createReader(in)) {
      return reader.read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
