package org.koinagora.calls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.LegalForm;
import org.koinagora.organisations.EnterpriseAccess;
import org.koinagora.shared.InvalidInputException;

/** An enterprise's facts for reserved contracts: read by anyone, written by its members. */
@ApplicationScoped
public class EligibilityService {

  @PersistenceContext private EntityManager em;
  @Inject private EnterpriseAccess access;

  public EligibilityFacts of(long enterpriseId) {
    EnterpriseEligibility row = em.find(EnterpriseEligibility.class, enterpriseId);
    return row == null ? EligibilityFacts.NONE : row.facts();
  }

  @Transactional
  public EligibilityFacts declare(
      SignedInUser user, long enterpriseId, @Valid EligibilityFacts facts) {
    var acting = access.on(user, enterpriseId);
    Enterprise enterprise = acting.enterprise();
    if (facts.koinsepKind() != null && enterprise.getLegalForm() != LegalForm.KOINSEP) {
      throw new InvalidInputException("koinsepKind", "eligibility.koinsepKind.not_koinsep");
    }
    if (facts.disadvantagedShare() != null && facts.declaredOn() == null) {
      throw new InvalidInputException("declaredOn", "eligibility.declaredOn.required");
    }
    if (facts.disadvantagedShare() == null && facts.declaredOn() != null) {
      throw new InvalidInputException(
          "disadvantagedShare", "eligibility.disadvantagedShare.required");
    }
    EnterpriseEligibility row = em.find(EnterpriseEligibility.class, enterpriseId);
    if (row == null) {
      row = new EnterpriseEligibility(enterpriseId);
      row.declare(facts);
      em.persist(row);
    } else {
      row.declare(facts);
    }
    access.record(acting, "enterprise.eligibility_declared", enterprise.getName());
    return row.facts();
  }
}
