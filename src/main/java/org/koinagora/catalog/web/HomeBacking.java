package org.koinagora.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.koinagora.catalog.Catalog;
import org.koinagora.catalog.Categories;
import org.koinagora.catalog.Category;
import org.koinagora.catalog.Listing;

/** /: new and featured listings and the categories. */
@Named
@RequestScoped
public class HomeBacking {

  private static final int NEWEST = 8;
  private static final int FEATURED = 4;

  @Inject private Catalog catalog;
  @Inject private Categories categories;

  private List<Listing> newest;
  private List<Listing> featured;
  private List<Listing> services;

  /** The services row: ones booked by time or quoted. */
  public List<Listing> getServices() {
    if (services == null) {
      services = catalog.bookableServices(FEATURED);
    }
    return services;
  }

  public List<Listing> getNewest() {
    if (newest == null) {
      newest = catalog.newest(NEWEST);
    }
    return newest;
  }

  public List<Listing> getFeatured() {
    if (featured == null) {
      featured = catalog.featured(FEATURED);
    }
    return featured;
  }

  public List<Category> getCategories() {
    return categories.roots();
  }
}
