package io.baton.smoke.apps.manualspans;

import io.opentelemetry.api.trace.Span;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /orders/<id>?items=<n>}: the request whose SERVER span (the agent's servlet
 * instrumentation) the application's manual spans join. Only overrides {@code doGet}, like most
 * application servlets.
 */
final class OrdersServlet extends HttpServlet {

  private final ManualSpansApp app;

  OrdersServlet(ManualSpansApp app) {
    this.app = app;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    // the agent's SERVER span is what the application sees as current
    System.out.println("CURRENT " + Span.current().getSpanContext().getSpanId());
    String orderId = request.getPathInfo().substring(1);
    int items = Integer.parseInt(request.getParameter("items"));
    Map<String, String> headers = app.handleRequest(orderId, items);
    System.out.println("HEADERS " + headers);
    try {
      System.out.println("RESERVED " + app.reserveLater(orderId).get(10, TimeUnit.SECONDS));
    } catch (Exception e) {
      response.sendError(500, String.valueOf(e));
      return;
    }
    response.setContentType("text/plain");
    response.getWriter().print("ordered " + orderId);
  }
}
