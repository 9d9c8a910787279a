package org.koinagora.accounts.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.koinagora.shared.web.CartCount;

/**
 * Signs out. POST only; with the SameSite=Lax session cookie another site cannot sign a user out.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    request.logout();
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    CartCount.write(request, response, 0); // the signed-in cart is not this browser's any more
    response.sendRedirect(request.getContextPath() + "/");
  }
}
