package io.baton.bench.app;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The "other service" /work calls: answers a stock level derived from the id. */
final class DownstreamServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String id = request.getParameter("id");
    int stock = id == null ? 0 : Math.floorMod(id.hashCode() * 31, 50);
    response.setContentType("text/plain");
    response.getWriter().write(Integer.toString(stock));
  }
}
