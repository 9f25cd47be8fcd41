package io.baton.smoke.apps.shop;

import jakarta.servlet.http.HttpServlet;
import java.net.InetSocketAddress;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;

/** Embedded Jetty 12 (ee10, jakarta.servlet 6) on loopback with one servlet. */
final class JettyServer {

  private JettyServer() {}

  static Server start(int port, String mapping, HttpServlet servlet) throws Exception {
    Server server = new Server(new InetSocketAddress("127.0.0.1", port));
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.addServlet(new ServletHolder(servlet), mapping);
    server.setHandler(context);
    server.start();
    return server;
  }
}
