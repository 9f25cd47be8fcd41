package io.baton.bench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortsTest {

  @Test
  void aFreePortLiesBelowTheEphemeralRangeAndCanBeBound() throws Exception {
    int port = Ports.free();
    assertTrue(port >= Ports.LOWEST && port < Ports.BELOW_EPHEMERAL, "port " + port);
    try (ServerSocket server = new ServerSocket()) {
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      assertTrue(server.isBound());
    }
  }

  @Test
  void aPortSomeoneListensOnIsNeverChosen() throws Exception {
    // a port next to one handed out, so that only the probe, not the memory of handed-out ports, can refuse it
    int held = Ports.free() + 1;
    try (ServerSocket holder = new ServerSocket()) {
      holder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), held));
      assertThrows(IOException.class, () -> Ports.free(held, held + 1));
    }
  }

  @Test
  void theBrokersTwoPortsDiffer() throws Exception {
    int port = Ports.free() + 1;
    assertEquals(port, Ports.free(port, port + 1));
    // nobody listens on it, yet the broker's second port must not be the first
    assertThrows(IOException.class, () -> Ports.free(port, port + 1));
  }
}
