package org.koinagora.enterprises.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseDirectory;

/** /search?q=: finds verified enterprises (products join when the catalog lands). */
@Named
@RequestScoped
public class SearchBacking {

  @Inject private EnterpriseDirectory directory;

  private String query;
  private List<Enterprise> results;

  public List<Enterprise> getResults() {
    if (results == null) {
      results = directory.search(query);
    }
    return results;
  }

  public String getQuery() {
    return query == null ? "" : query;
  }

  public void setQuery(String query) {
    this.query = query;
  }
}
