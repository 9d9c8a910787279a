package org.koinagora.fairs.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.koinagora.fairs.FairDirectory;

/**
 * {@code /fairs/{id}/stands/{code}}, the address on a stand's QR code: opens the shop page of the
 * enterprise exhibiting there, or the fair's page when the stand has no confirmed exhibitor.
 */
@WebServlet("/stand-link")
public class StandLinkServlet extends HttpServlet {

  /** The part after /fairs/, as {@code PrettyUrlFilter} forwards it. */
  private static final Pattern STAND = Pattern.compile("^(\\d{1,18})/stands/([A-Z]{1,3}\\d{1,4})$");

  @Inject private FairDirectory directory;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getParameter("path");
    Matcher matcher = STAND.matcher(path == null ? "" : path);
    if (!matcher.matches()) {
      response.sendError(404);
      return;
    }
    long fairId = Long.parseLong(matcher.group(1));
    if (directory.publicFair(fairId).isEmpty()) {
      response.sendError(404);
      return;
    }
    String target =
        directory
            .exhibitorAt(fairId, matcher.group(2))
            .map(booking -> "/enterprises/" + booking.getEnterprise().getId())
            .orElse("/fairs/" + fairId);
    response.sendRedirect(request.getContextPath() + target);
  }
}
