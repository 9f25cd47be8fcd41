package io.baton.smoke.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    int held = ListenPorts.unused();
    int other = held + 1;
    try (ServerSocket holder = new ServerSocket()) {
      holder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), held));
      for (int i = 0; i < 50; i++) {
        // of the two ports drawn from, only the one nobody holds may come back
        assertEquals(other, ListenPorts.unused(held, other + 1));
      }
    }
  }
}
