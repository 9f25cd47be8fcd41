package io.baton.instrumentation.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/** One real PostgreSQL server (zonky's embedded binaries) for the whole test JVM. */
final class PostgresServer {

  private static EmbeddedPostgres server;

  private PostgresServer() {}

  static synchronized EmbeddedPostgres get() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (IOException ignored) {
          // the JVM is going away anyway
        }
      }));
    }
    return server;
  }

  static String url() {
    return "jdbc:postgresql://localhost:" + get().getPort() + "/postgres";
  }
}
