package org.koinagora.invoicing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An enterprise's invoicing: its VAT regime, who issues its documents and, for myDATA, its AADE
 * user id and subscription key (the key encrypted with {@link SecretBox}).
 */
@Entity
@Table(name = "invoicing_settings")
public class InvoicingSettings {

  @Id
  @Column(name = "enterprise_id")
  private Long enterpriseId;

  @Enumerated(EnumType.STRING)
  @Column(name = "vat_regime", nullable = false, length = 16)
  private VatRegime vatRegime = VatRegime.NORMAL;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Channel channel = Channel.PLATFORM;

  @Column(name = "mydata_user", length = 100)
  private String myDataUser;

  @Column(name = "mydata_key")
  private byte[] myDataKey;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private int version;

  protected InvoicingSettings() {}

  InvoicingSettings(long enterpriseId) {
    this.enterpriseId = enterpriseId;
  }

  /** The settings of an enterprise that set none: platform documents, normal VAT. */
  static InvoicingSettings defaults(long enterpriseId) {
    return new InvoicingSettings(enterpriseId);
  }

  void set(VatRegime regime, Channel channel, String user, byte[] encryptedKey, Instant now) {
    this.vatRegime = regime;
    this.channel = channel;
    if (channel == Channel.MYDATA) {
      this.myDataUser = user;
      if (encryptedKey != null) {
        this.myDataKey = encryptedKey;
      }
    }
    this.updatedAt = now;
  }

  public boolean hasMyDataKey() {
    return myDataKey != null;
  }

  public long getEnterpriseId() {
    return enterpriseId;
  }

  public VatRegime getVatRegime() {
    return vatRegime;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getMyDataUser() {
    return myDataUser;
  }

  byte[] getMyDataKey() {
    return myDataKey;
  }
}
