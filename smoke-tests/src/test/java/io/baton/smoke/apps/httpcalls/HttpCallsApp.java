package io.baton.smoke.apps.httpcalls;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Makes a few outbound calls with java.net.http.HttpClient to a server of its own: the smallest
 * app that gives the agent spans to export, for configuration and safety tests. Prints each
 * status code, then {@code DONE}; with {@code stay} it keeps running afterwards, like a server.
 * Its server prints the {@code traceparent} each call arrived with ({@code TRACEPARENT none} if none),
 * and its {@code b3} header if it has one.
 */
public final class HttpCallsApp {

  private HttpCallsApp() {}

  public static void main(String[] args) throws Exception {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      String traceparent = exchange.getRequestHeaders().getFirst("traceparent");
      System.out.println("TRACEPARENT " + (traceparent == null ? "none" : traceparent));
      String b3 = exchange.getRequestHeaders().getFirst("b3");
      if (b3 != null) {
        System.out.println("B3 " + b3);
      }
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.start();
    HttpClient client = HttpClient.newHttpClient();
    URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ping");
    for (int i = 0; i < calls; i++) {
      HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
      System.out.println("STATUS " + response.statusCode());
    }
    server.stop(0);
    System.out.println("DONE");
    if (args.length > 1 && args[1].equals("stay")) {
      Thread.sleep(Long.MAX_VALUE);
    }
  }
}
