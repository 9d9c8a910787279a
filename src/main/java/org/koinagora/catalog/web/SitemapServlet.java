package org.koinagora.catalog.web;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.koinagora.catalog.Categories;
import org.koinagora.shared.Links;

/** /sitemap.xml: the public pages (home, enterprises, categories, products) for search engines. */
@WebServlet("/sitemap.xml")
public class SitemapServlet extends HttpServlet {

  @Inject private Links links;
  @Inject private Categories categories;
  @PersistenceContext private EntityManager em;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/xml;charset=UTF-8");
    response.setHeader("Cache-Control", "public, max-age=3600");
    PrintWriter out = response.getWriter();
    out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    out.println("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    url(out, "/");
    url(out, "/enterprises");
    categories.all().forEach(category -> url(out, "/categories/" + category.getPath()));
    ids("SELECT e.id FROM Enterprise e WHERE e.status ="
            + " org.koinagora.enterprises.EnterpriseStatus.VERIFIED")
        .forEach(id -> url(out, "/enterprises/" + id));
    ids("SELECT l.id FROM Listing l WHERE l.status = org.koinagora.catalog.ListingStatus.ACTIVE"
            + " AND l.enterprise.status = org.koinagora.enterprises.EnterpriseStatus.VERIFIED")
        .forEach(id -> url(out, "/products/" + id));
    out.println("</urlset>");
  }

  private List<Long> ids(String jpql) {
    return em.createQuery(jpql, Long.class).getResultList();
  }

  private void url(PrintWriter out, String path) {
    out.println("  <url><loc>" + links.to(path) + "</loc></url>");
  }
}
