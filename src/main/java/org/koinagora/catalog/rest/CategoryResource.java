package org.koinagora.catalog.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.koinagora.catalog.Categories;
import org.koinagora.catalog.Category;
import org.koinagora.shared.i18n.Language;

/** The category tree; a category is named by its slug path, e.g. {@code food/honey}. */
@Path("categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CategoryResource {

  @Inject private Categories categories;
  @Context private HttpServletRequest request;

  /** A node: slug path, name in the caller's language, Greek and English names, children. */
  public record Node(String slug, String name, String nameEl, String nameEn, List<Node> children) {}

  @GET
  public List<Node> tree() {
    Locale locale = Language.of(request).locale();
    return categories.roots().stream().map(root -> node(root, locale)).toList();
  }

  private Node node(Category category, Locale locale) {
    return new Node(
        category.getPath(),
        category.name(locale),
        category.getName().el(),
        category.getName().en(),
        categories.childrenOf(category).stream().map(child -> node(child, locale)).toList());
  }
}
