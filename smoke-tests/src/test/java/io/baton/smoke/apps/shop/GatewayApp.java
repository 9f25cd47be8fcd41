package io.baton.smoke.apps.shop;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/**
 * The shop's front door on Tomcat 9 (javax.servlet): {@code POST /api/orders?<query>} forwards the
 * order to the orders service with java.net.http.HttpClient and answers with its status and body.
 * Args: port, orders base URL.
 */
public final class GatewayApp {

  private GatewayApp() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    String ordersUrl = args[1];
    HttpClient http = HttpClient.newHttpClient();

    Tomcat tomcat = new Tomcat();
    File baseDir = Files.createTempDirectory("shop-gateway").toFile();
    baseDir.deleteOnExit();
    tomcat.setBaseDir(baseDir.getPath());
    Connector connector = new Connector();
    connector.setPort(port);
    connector.setProperty("address", "127.0.0.1");
    tomcat.setConnector(connector);
    Context context = tomcat.addContext("", baseDir.getPath());
    Tomcat.addServlet(context, "orders", new HttpServlet() {
      @Override
      protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Seen.print("gateway", request.getHeader("traceparent"), request.getHeader("baggage"));
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        HttpRequest forward = HttpRequest.newBuilder(URI.create(ordersUrl + "/orders" + query))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
        try {
          HttpResponse<String> answer = http.send(forward, HttpResponse.BodyHandlers.ofString());
          response.setStatus(answer.statusCode());
          response.getWriter().print(answer.body());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          response.sendError(503);
        }
      }
    });
    context.addServletMappingDecoded("/api/orders", "orders");
    tomcat.start();
    System.out.println("READY gateway " + port);
  }
}
