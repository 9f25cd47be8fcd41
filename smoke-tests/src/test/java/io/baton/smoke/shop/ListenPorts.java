package io.baton.smoke.shop;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports chosen here and bound later by a child process (a shop service, the Kafka broker). A port
 * from {@code bind(0)} lies in the kernel's ephemeral range, where any outgoing connection on the
 * machine may take it before the child binds it: a CI run lost a service to "Address already in
 * use" that way. Below that range (Linux's default starts at 32768) only explicit binds compete.
 * A port is handed out once per JVM: the probe is closed before the next draw, so without that
 * two services of one shop could draw the same port.
 */
final class ListenPorts {

  static final int LOWEST = 20_000;
  static final int BELOW_EPHEMERAL = 32_768;
  private static final int ATTEMPTS = 100;
  private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

  private ListenPorts() {}

  static int unused() throws IOException {
    return unused(LOWEST, BELOW_EPHEMERAL);
  }

  /** A port in [{@code from}, {@code to}) that nobody listens on now and this JVM never handed out. */
  static int unused(int from, int to) throws IOException {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      int port = ThreadLocalRandom.current().nextInt(from, to);
      try (ServerSocket probe = new ServerSocket()) {
        probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      } catch (BindException taken) {
        continue; // someone listens there: draw again
      }
      if (HANDED_OUT.add(port)) {
        return port;
      }
    }
    throw new IOException("no unused port in [" + from + ", " + to + ") after " + ATTEMPTS + " draws");
  }
}
