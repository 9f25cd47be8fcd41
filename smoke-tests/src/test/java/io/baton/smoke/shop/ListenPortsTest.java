package io.baton.smoke.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class ListenPortsTest {

  @Test
  void aChosenPortLiesBelowTheEphemeralRangeAndCanBeBound() throws Exception {
    int port = ListenPorts.unused();
    assertTrue(port >= ListenPorts.LOWEST && port < ListenPorts.BELOW_EPHEMERAL, "port " + port);
    try (ServerSocket server = new ServerSocket()) {
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      assertTrue(server.isBound());
    }
  }

  @Test
  void aPortSomeoneListensOnIsNeverChosen() throws Exception {
    // a port next to one handed out, so that only the probe, not the memory of handed-out ports, can refuse it
    int held = ListenPorts.unused() + 1;
    try (ServerSocket holder = new ServerSocket()) {
      holder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), held));
      assertThrows(IOException.class, () -> ListenPorts.unused(held, held + 1));
    }
  }

  @Test
  void noPortIsHandedOutTwice() throws Exception {
    int port = ListenPorts.unused() + 1;
    assertEquals(port, ListenPorts.unused(port, port + 1));
    // nobody listens on it, yet a second service of the same JVM must not get it
    assertThrows(IOException.class, () -> ListenPorts.unused(port, port + 1));
  }
}
