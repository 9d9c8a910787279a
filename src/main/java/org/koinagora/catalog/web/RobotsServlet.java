package org.koinagora.catalog.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.koinagora.shared.Links;

/** /robots.txt: everything public may be indexed; private areas may not. */
@WebServlet("/robots.txt")
public class RobotsServlet extends HttpServlet {

  @Inject private Links links;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    response
        .getWriter()
        .print(
            String.join(
                "\n",
                "User-agent: *",
                "Disallow: /account",
                "Disallow: /dashboard/",
                "Disallow: /admin",
                "Disallow: /api/v1/me",
                "Disallow: /login",
                "Disallow: /register",
                "Allow: /",
                "Sitemap: " + links.to("/sitemap.xml"),
                ""));
  }
}
