package org.koinagora.invoicing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.invoicing.mydata.MyDataCredentials;
import org.koinagora.organisations.EnterpriseAccess;
import org.koinagora.shared.InvalidInputException;

/** An enterprise's invoicing settings: set by those who act for it, read when documents go out. */
@ApplicationScoped
public class InvoicingSettingsService {

  @PersistenceContext private EntityManager em;
  @Inject private EnterpriseAccess access;
  @Inject private SecretBox secrets;

  /** What it set, or the defaults (platform documents, normal VAT). */
  public InvoicingSettings of(long enterpriseId) {
    InvoicingSettings found = em.find(InvoicingSettings.class, enterpriseId);
    return found == null ? InvoicingSettings.defaults(enterpriseId) : found;
  }

  public InvoicingSettings of(SignedInUser user, long enterpriseId) {
    access.on(user, enterpriseId);
    return of(enterpriseId);
  }

  /**
   * Sets them; for myDATA the AADE user id is required and the subscription key too the first time
   * (an empty key keeps the one stored).
   */
  @Transactional
  public InvoicingSettings set(
      SignedInUser user,
      long enterpriseId,
      VatRegime regime,
      Channel channel,
      String myDataUser,
      String myDataKey) {
    var acting = access.on(user, enterpriseId);
    if (regime == null) {
      throw new InvalidInputException("vatRegime", "invoicing.regime.required");
    }
    if (channel == null) {
      throw new InvalidInputException("channel", "invoicing.channel.required");
    }
    InvoicingSettings settings = em.find(InvoicingSettings.class, enterpriseId);
    boolean keyGiven = myDataKey != null && !myDataKey.isBlank();
    if (channel == Channel.MYDATA) {
      if (myDataUser == null || !myDataUser.strip().matches("[\\p{Alnum}._@-]{3,100}")) {
        throw new InvalidInputException("myDataUser", "invoicing.mydata_user.invalid");
      }
      if (!keyGiven && (settings == null || !settings.hasMyDataKey())) {
        throw new InvalidInputException("myDataKey", "invoicing.mydata_key.required");
      }
      if (keyGiven && !myDataKey.strip().matches("[\\p{Alnum}]{16,100}")) {
        throw new InvalidInputException("myDataKey", "invoicing.mydata_key.invalid");
      }
    }
    if (settings == null) {
      settings = new InvoicingSettings(enterpriseId);
      em.persist(settings);
    }
    settings.set(
        regime,
        channel,
        myDataUser == null ? null : myDataUser.strip(),
        channel == Channel.MYDATA && keyGiven
            ? secrets.seal(myDataKey.strip(), enterpriseId)
            : null,
        Instant.now());
    access.record(acting, "enterprise.invoicing_set", channel.name());
    return settings;
  }

  /** The credentials to send its documents to myDATA with. */
  MyDataCredentials credentials(InvoicingSettings settings) {
    return new MyDataCredentials(
        settings.getMyDataUser(),
        secrets.open(settings.getMyDataKey(), settings.getEnterpriseId()));
  }
}
