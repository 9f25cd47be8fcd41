package io.baton.instrumentation.javahttpclient;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/** A real HTTP/2 server (Jetty 12) speaking cleartext HTTP/2, reached through the h2c upgrade. */
final class H2cServer implements AutoCloseable {

  record Received(String protocol, String traceparent) {}

  private final Server server = new Server();
  private final ServerConnector connector;
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

  H2cServer() throws Exception {
    HttpConfiguration config = new HttpConfiguration();
    connector =
        new ServerConnector(server, new HttpConnectionFactory(config), new HTTP2CServerConnectionFactory(config));
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(
        new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback) {
            received.add(
                new Received(
                    request.getConnectionMetaData().getHttpVersion().asString(),
                    request.getHeaders().get("traceparent")));
            response.setStatus(200);
            response.write(true, ByteBuffer.wrap("h2".getBytes(StandardCharsets.UTF_8)), callback);
            return true;
          }
        });
    server.start();
  }

  String url(String path) {
    return "http://localhost:" + connector.getLocalPort() + path;
  }

  int port() {
    return connector.getLocalPort();
  }

  Received takeRequest() throws InterruptedException {
    Received request = received.poll(10, TimeUnit.SECONDS);
    if (request == null) {
      throw new AssertionError("the HTTP/2 server received no request");
    }
    return request;
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
