package io.baton.smoke.apps.shop;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code POST /payments?order=<id>&amount=<cents>[&decline=true]}: charges the order, or fails with
 * 503 when asked to, as a payment provider's outage would. Args: port.
 */
public final class PaymentApp {

  private PaymentApp() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    JettyServer.start(port, "/payments", new HttpServlet() {
      @Override
      protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Seen.print("payment", request.getHeader("traceparent"), request.getHeader("baggage"));
        request.getInputStream().readAllBytes();
        if (Boolean.parseBoolean(request.getParameter("decline"))) {
          response.setStatus(503);
          response.getWriter().print("payment provider unavailable");
          return;
        }
        response.setStatus(200);
        response.getWriter().print("charged " + request.getParameter("order"));
      }
    });
    System.out.println("READY payment " + port);
  }
}
