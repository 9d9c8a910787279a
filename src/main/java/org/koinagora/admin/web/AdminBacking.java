package org.koinagora.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.Role;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseService;
import org.koinagora.search.SearchService;
import org.koinagora.shared.web.FormErrors;

/** /admin: enterprises waiting for verification, and the search index. */
@Named
@RequestScoped
public class AdminBacking {

  @Inject private EnterpriseService enterprises;
  @Inject private CurrentUser currentUser;
  @Inject private FormErrors formErrors;
  @Inject private SearchService search;

  private final Map<Long, String> reasons = new HashMap<>();
  private List<Enterprise> pending;

  public List<Enterprise> getPending() {
    if (pending == null) {
      pending = enterprises.pending();
    }
    return pending;
  }

  public void verify(long enterpriseId) {
    enterprises.verify(currentUser.require(Role.ADMIN), enterpriseId);
    pending = null;
    formErrors.info("admin.verified");
  }

  public void reject(long enterpriseId) {
    try {
      enterprises.reject(currentUser.require(Role.ADMIN), enterpriseId, reasons.get(enterpriseId));
      pending = null;
      formErrors.info("admin.rejected");
    } catch (ConstraintViolationException e) {
      int row = getPending().stream().map(Enterprise::getId).toList().indexOf(enterpriseId);
      formErrors.messageFor("pending:" + row + ":decide:reason", "enterprise.reason.required");
    }
  }

  public void rebuildSearchIndex() {
    currentUser.require(Role.ADMIN);
    formErrors.info("admin.search_rebuilt", search.rebuild());
  }

  public int getSearchIndexSize() {
    return search.size();
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }
}
