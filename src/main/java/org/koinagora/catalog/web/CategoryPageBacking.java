package org.koinagora.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.koinagora.catalog.Catalog;
import org.koinagora.catalog.Categories;
import org.koinagora.catalog.Category;
import org.koinagora.catalog.Listing;
import org.koinagora.shared.web.Pages;

/** /categories/{path}: the listings of a category and its sub-categories, a page at a time. */
@Named
@RequestScoped
public class CategoryPageBacking {

  static final int PAGE_SIZE = 24;

  @Inject private Categories categories;
  @Inject private Catalog catalog;

  private String path;
  private int page = 1;
  private Category category;
  private List<Listing> listings;
  private long total;

  public void load() {
    category = categories.byPath(path).orElse(null);
    if (category == null || page < 1) {
      Pages.sendError(404);
      return;
    }
    List<Long> ids = categories.idsWithin(category);
    total = catalog.countInCategories(ids);
    listings = catalog.inCategories(ids, (page - 1) * PAGE_SIZE, PAGE_SIZE);
  }

  public String getName() {
    return category.name(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public List<Category> getChildren() {
    return categories.childrenOf(category);
  }

  public int getPages() {
    return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public boolean isHasPrevious() {
    return page > 1;
  }

  public boolean isHasNext() {
    return page < getPages();
  }

  public Category getCategory() {
    return category;
  }

  public List<Listing> getListings() {
    return listings;
  }

  public long getTotal() {
    return total;
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
