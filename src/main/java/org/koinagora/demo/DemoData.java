package org.koinagora.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koinagora.accounts.PasswordHasher;
import org.koinagora.accounts.UserAccount;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseProfile;
import org.koinagora.enterprises.LegalForm;
import org.koinagora.enterprises.Region;
import org.koinagora.municipalities.Municipality;

/**
 * Loads the demo accounts, enterprises and municipalities of DESIGN.md on the first start of an
 * empty database, when {@code koinagora.demo-data} is true (the embedded launcher sets it).
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
public class DemoData {

  public static final String PASSWORD = "demo-password";
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  private static final Locale GREEK = Locale.forLanguageTag("el");

  @PersistenceContext private EntityManager em;

  @Inject
  @ConfigProperty(name = "koinagora.demo-data", defaultValue = "false")
  boolean enabled;

  /** One hash shared by all demo accounts: they share the password, and start-up stays quick. */
  private String passwordHash;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  void loadOnFirstStart() {
    if (!enabled || !databaseIsEmpty()) {
      return;
    }
    passwordHash = new PasswordHasher().hash(PASSWORD);
    JsonObject data = read();
    JsonObject admin = data.getJsonObject("admin");
    account(admin.getString("email"), admin.getString("name")).makeAdmin();
    data.getJsonArray("buyers").getValuesAs(JsonObject.class)
        .forEach(b -> account(b.getString("email"), b.getString("name")));
    for (JsonObject m : data.getJsonArray("municipalities").getValuesAs(JsonObject.class)) {
      var municipality = new Municipality(m.getString("name"), Region.valueOf(m.getString("region")));
      municipality.addStaff(account(m.getString("staff"), m.getString("staffName")).getId());
      em.persist(municipality);
    }
    for (JsonObject e : data.getJsonArray("enterprises").getValuesAs(JsonObject.class)) {
      UserAccount member = account(e.getString("member"), e.getString("memberName"));
      var enterprise = new Enterprise(profile(e), member.getId());
      if ("VERIFIED".equals(e.getString("status"))) {
        enterprise.verify();
      }
      em.persist(enterprise);
    }
    LOG.info("Loaded the demo data (password of every demo account: " + PASSWORD + ")");
  }

  private boolean databaseIsEmpty() {
    Number users = (Number) em.createNativeQuery("SELECT COUNT(*) FROM user_account").getSingleResult();
    return users.longValue() == 0;
  }

  private UserAccount account(String email, String name) {
    var account = new UserAccount(email, name, passwordHash, GREEK);
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
        e.getString("website"));
  }

  private static JsonObject read() {
    try (InputStream in = DemoData.class.getResourceAsStream("/org/koinagora/demo/demo-data.json");
        var reader = Json.createReader(in)) {
      return reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
