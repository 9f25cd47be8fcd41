package io.baton.bench.runner;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports the runner chooses and a child process (the app, the Kafka broker) binds seconds later. A
 * port from {@code bind(0)} lies in the kernel's ephemeral range (32768 and up by Linux's
 * default), where any outgoing connection on the machine can take it in between: a CI run of the
 * smoke tests lost a service to "Address already in use" that way. Below that range only explicit
 * binds compete. The broker draws two ports before binding either, so a port is handed out once.
 * The smoke tests' {@code ListenPorts} follows the same rule; the benchmark shares no module with them.
 */
final class Ports {

  static final int LOWEST = 20_000;
  static final int BELOW_EPHEMERAL = 32_768;
  private static final int ATTEMPTS = 100;
  private static final Set<Integer> HANDED_OUT = new HashSet<>();

  private Ports() {}

  static int free() throws IOException {
    return free(LOWEST, BELOW_EPHEMERAL);
  }

  /** A port in [{@code from}, {@code to}) that nobody listens on now and the runner never handed out. */
  static synchronized int free(int from, int to) throws IOException {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      int port = ThreadLocalRandom.current().nextInt(from, to);
      try (ServerSocket probe = new ServerSocket()) {
        probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      } catch (BindException taken) {
        continue;
      }
      if (HANDED_OUT.add(port)) {
        return port;
      }
    }
    throw new IOException("no free port in [" + from + ", " + to + ") after " + ATTEMPTS + " draws");
  }
}
