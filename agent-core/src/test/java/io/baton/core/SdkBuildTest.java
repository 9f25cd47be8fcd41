package io.baton.core;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SdkBuildTest {

  private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();

  @Test
  void anSdkSlowerThanTheWaitIsHandedOverWhenReady() throws Exception {
    CountDownLatch hostNameResolved = new CountDownLatch(1);
    AgentStarter.SdkBuild build = new AgentStarter.SdkBuild(() -> {
      awaitQuietly(hostNameResolved);
      return sdk;
    });
    Thread builder = new Thread(build);
    builder.start();

    assertNull(build.await(0), "not built yet: the installer stops waiting");
    AtomicReference<OpenTelemetrySdk> received = new AtomicReference<>();
    build.whenBuilt(received::set);
    hostNameResolved.countDown();
    builder.join(TimeUnit.SECONDS.toMillis(10));

    assertSame(sdk, received.get(), "handed over by the building thread");
  }

  @Test
  void anSdkBuiltBeforeTheHandOverIsGivenAtOnce() throws Exception {
    AgentStarter.SdkBuild build = new AgentStarter.SdkBuild(() -> sdk);
    build.run();

    AtomicReference<OpenTelemetrySdk> received = new AtomicReference<>();
    build.whenBuilt(received::set);

    assertSame(sdk, received.get());
    assertSame(sdk, build.await(0));
  }

  @Test
  void aFailedBuildIsReportedByTheWait() {
    AgentStarter.SdkBuild build = new AgentStarter.SdkBuild(() -> {
      throw new IllegalArgumentException("bad exporter");
    });
    build.run();

    assertThrows(IllegalStateException.class, () -> build.await(1));
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
