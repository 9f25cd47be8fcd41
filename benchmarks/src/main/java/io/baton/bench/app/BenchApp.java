package io.baton.bench.app;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;

/**
 * The app the benchmark measures, run in its own JVM by the runner: an embedded Tomcat whose
 * {@code /work} endpoint queries H2, hands an outbound HttpClient call to a thread pool and
 * produces a Kafka record that a consumer thread of the same app processes. Nothing in it knows
 * about agents: it is what a user would run. Prints {@code READY port=<port>} once it serves.
 *
 * <p>System properties: {@code bench.port}, {@code bench.kafka} (bootstrap servers),
 * {@code bench.topic}, {@code bench.tomcat.dir} (Tomcat's base directory; a temporary one if unset).
 */
public final class BenchApp {

  private BenchApp() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.getInteger("bench.port", 8080);
    String bootstrapServers = System.getProperty("bench.kafka", "localhost:9092");
    String topic = System.getProperty("bench.topic", "bench-events");

    DataSource database = Database.start();
    ExecutorService workers = workerPool(4);
    HttpClient httpClient = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
    Events events = Events.start(bootstrapServers, topic);

    Tomcat tomcat = new Tomcat();
    String baseDir = System.getProperty("bench.tomcat.dir");
    tomcat.setBaseDir(baseDir != null ? baseDir : Files.createTempDirectory("bench-tomcat").toString());
    tomcat.setPort(port);
    tomcat.getConnector();
    Context context = tomcat.addContext("", null);
    String downstream = "http://127.0.0.1:" + port + "/downstream";
    add(context, "/work", new WorkServlet(database, workers, httpClient, downstream, events));
    add(context, "/downstream", new DownstreamServlet());
    add(context, "/stats", new StatsServlet(events));
    tomcat.start();

    Runtime.getRuntime().addShutdownHook(new Thread(events::close, "events-close"));
    System.out.println("READY port=" + port);
    tomcat.getServer().await();
  }

  private static void add(Context context, String path, jakarta.servlet.Servlet servlet) {
    String name = path.substring(1);
    Tomcat.addServlet(context, name, servlet);
    context.addServletMappingDecoded(path, name);
  }

  private static ExecutorService workerPool(int threads) {
    AtomicInteger count = new AtomicInteger();
    return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
      Thread thread = new Thread(task, "worker-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }
}
