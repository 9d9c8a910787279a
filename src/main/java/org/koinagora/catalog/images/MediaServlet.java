package org.koinagora.catalog.images;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;

/** Serves stored pictures with a year-long, immutable cache lifetime. */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

  @Inject private ImageStore store;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String name = request.getPathInfo() == null ? null : request.getPathInfo().substring(1);
    var file = store.file(name);
    if (file.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("image/jpeg");
    response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    response.setContentLengthLong(Files.size(file.get()));
    Files.copy(file.get(), response.getOutputStream());
  }
}
