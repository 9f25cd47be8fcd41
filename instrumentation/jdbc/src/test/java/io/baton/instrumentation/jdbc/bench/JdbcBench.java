package io.baton.instrumentation.jdbc.bench;

import io.baton.core.testing.TestAgent;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * ns and bytes per {@code executeQuery} on H2 in memory, with and without the agent, each in its
 * own JVM so that the plain run never sees a transformed class. Run without arguments to get both:
 *
 * <pre>java -cp &lt;test class path&gt; io.baton.instrumentation.jdbc.bench.JdbcBench</pre>
 *
 * Not a test: timings depend on the machine (and on its other load), so nothing is asserted.
 */
public final class JdbcBench {

  private static final int WARMUP = 100_000;
  private static final int MEASURED = 200_000;
  private static final int ROUNDS = 5;

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      for (String mode : new String[] {"plain", "agent"}) {
        List<String> command = new ArrayList<>(List.of(
            ProcessHandle.current().info().command().orElse("java"),
            "-Djdk.attach.allowAttachSelf=true", "-Xmx512m",
            "-cp", System.getProperty("java.class.path"), JdbcBench.class.getName(), mode));
        new ProcessBuilder(command).inheritIO().start().waitFor();
      }
      return;
    }
    boolean agent = args[0].equals("agent");
    if (agent) {
      TestAgent.install();
    }
    try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1")) {
      try (Statement setup = connection.createStatement()) {
        setup.execute("CREATE TABLE item (id INT PRIMARY KEY, name VARCHAR(50))");
        setup.execute("INSERT INTO item VALUES (1, 'apple')");
      }
      run("Statement.executeQuery(literal SQL)", agent, () -> {
        try (Statement statement = connection.createStatement();
            ResultSet rows = statement.executeQuery("SELECT name FROM item WHERE id = 1")) {
          rows.next();
        }
      });
      try (PreparedStatement prepared = connection.prepareStatement("SELECT name FROM item WHERE id = ?")) {
        run("PreparedStatement.executeQuery()", agent, () -> {
          prepared.setInt(1, 1);
          try (ResultSet rows = prepared.executeQuery()) {
            rows.next();
          }
        });
      }
    }
  }

  interface Op {
    void run() throws Exception;
  }

  private static void run(String name, boolean agent, Op op) throws Exception {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    for (int i = 0; i < WARMUP; i++) {
      op.run();
      if (agent && i % 10_000 == 0) {
        TestAgent.reset();
      }
    }
    double bestNs = Double.MAX_VALUE;
    double bytes = 0;
    for (int round = 0; round < ROUNDS; round++) {
      if (agent) {
        TestAgent.reset(); // the in-memory exporter keeps every span: drop them between rounds
      }
      long allocatedBefore = threads.getThreadAllocatedBytes(thread);
      long start = System.nanoTime();
      for (int i = 0; i < MEASURED; i++) {
        op.run();
        if (agent && (i & 8191) == 0) {
          TestAgent.reset(); // keep the in-memory exporter small: retained spans would cost GC time
        }
      }
      long elapsed = System.nanoTime() - start;
      bytes = (threads.getThreadAllocatedBytes(thread) - allocatedBefore) / (double) MEASURED;
      bestNs = Math.min(bestNs, elapsed / (double) MEASURED);
    }
    System.out.printf("%-6s %-40s %8.0f ns/op %8.0f bytes/op%n", agent ? "agent" : "plain", name, bestNs, bytes);
  }
}
