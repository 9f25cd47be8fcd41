package io.baton.bench.app;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * The measured endpoint. Per request: one JDBC query, one hop to the worker pool that calls the
 * downstream endpoint over HTTP, one Kafka record published. The request waits for the query and
 * the downstream call, never for Kafka.
 */
final class WorkServlet extends HttpServlet {

  private final DataSource database;
  private final ExecutorService workers;
  private final HttpClient httpClient;
  private final String downstream;
  private final Events events;

  WorkServlet(DataSource database, ExecutorService workers, HttpClient httpClient, String downstream, Events events) {
    this.database = database;
    this.workers = workers;
    this.httpClient = httpClient;
    this.downstream = downstream;
    this.events = events;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
    int id = ThreadLocalRandom.current().nextInt(1, Database.ITEMS + 1);
    try {
      String item = Database.item(database, id);
      Future<String> stock = workers.submit(() -> stock(id));
      String body = item + " stock=" + stock.get();
      events.publish(Integer.toString(id), body);
      response.setContentType("text/plain");
      response.getWriter().write(body);
    } catch (SQLException | ExecutionException e) {
      throw new ServletException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServletException(e);
    }
  }

  private String stock(int id) throws IOException, InterruptedException {
    HttpRequest call = HttpRequest.newBuilder(URI.create(downstream + "?id=" + id)).build();
    HttpResponse<String> answer = httpClient.send(call, HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IOException("downstream answered " + answer.statusCode());
    }
    return answer.body();
  }
}
