package org.koinagora.calls;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What reserved contracts ask of an enterprise beyond its legal form: its kind of Κοιν.Σ.Επ., its
 * ΓΕΜΚΟ number and its dated declaration of the share of disadvantaged workers.
 */
@Entity
@Table(name = "enterprise_eligibility")
public class EnterpriseEligibility {

  public static final int GEMKO_MAX = 40;

  @Id
  @Column(name = "enterprise_id")
  private Long enterpriseId;

  @Enumerated(EnumType.STRING)
  @Column(name = "koinsep_kind", length = 24)
  private KoinsepKind koinsepKind;

  @Column(name = "gemko_number", length = GEMKO_MAX)
  private String gemkoNumber;

  @Column(name = "disadvantaged_share", precision = 5, scale = 2)
  private BigDecimal disadvantagedShare;

  @Column(name = "declared_on")
  private LocalDate declaredOn;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private int version;

  protected EnterpriseEligibility() {}

  public EnterpriseEligibility(long enterpriseId) {
    this.enterpriseId = enterpriseId;
    this.updatedAt = Instant.now();
  }

  /** Replaces every fact; a share comes with the date it was declared on, or neither is kept. */
  public void declare(EligibilityFacts facts) {
    this.koinsepKind = facts.koinsepKind();
    this.gemkoNumber =
        facts.gemkoNumber() == null || facts.gemkoNumber().isBlank()
            ? null
            : facts.gemkoNumber().strip();
    this.disadvantagedShare = facts.disadvantagedShare();
    this.declaredOn = facts.disadvantagedShare() == null ? null : facts.declaredOn();
    this.updatedAt = Instant.now();
  }

  public EligibilityFacts facts() {
    return new EligibilityFacts(koinsepKind, gemkoNumber, disadvantagedShare, declaredOn);
  }

  public Long getEnterpriseId() {
    return enterpriseId;
  }
}
