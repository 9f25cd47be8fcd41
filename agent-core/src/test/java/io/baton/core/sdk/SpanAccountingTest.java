package io.baton.core.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SpanAccountingTest {

  /**
   * An exporter that accepts or refuses everything, like a healthy or a broken collector, and
   * answers only once {@code open} is counted down: while it holds a batch, the queue behind it
   * fills up whatever the threads' timing.
   */
  private static SpanExporter collector(boolean accepts, CountDownLatch open) {
    return new SpanExporter() {
      @Override
      public CompletableResultCode export(Collection<SpanData> spans) {
        try {
          open.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return accepts ? CompletableResultCode.ofSuccess() : CompletableResultCode.ofFailure();
      }

      @Override
      public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
      }

      @Override
      public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
      }
    };
  }

  /** Ends {@code count} spans, then opens the collector and shuts the provider down. */
  private static void endSpans(
      SpanAccounting accounting, boolean collectorAccepts, int count, int queueSize, CountDownLatch collectorOpen) {
    SpanExporter exporter = collector(collectorAccepts, collectorOpen);
    SdkTracerProvider provider = SdkTracerProvider.builder()
        .addSpanProcessor(accounting.countEnded(BatchSpanProcessor.builder(accounting.wrap(exporter))
            .setMaxQueueSize(queueSize).setMaxExportBatchSize(Math.min(queueSize, 512))
            .setScheduleDelay(1, TimeUnit.HOURS).build()))
        .build();
    Tracer tracer = provider.get("test");
    for (int i = 0; i < count; i++) {
      tracer.spanBuilder("s" + i).startSpan().end();
    }
    collectorOpen.countDown();
    provider.shutdown().join(10, TimeUnit.SECONDS);
  }

  @Test
  void nothingLostWhenTheCollectorAcceptsEverything() {
    SpanAccounting accounting = new SpanAccounting();
    endSpans(accounting, true, 100, 2048, new CountDownLatch(0));

    assertEquals(100, accounting.exported());
    assertNull(accounting.lossSummary());
  }

  @Test
  void refusedBatchesAreCountedAsFailed() {
    SpanAccounting accounting = new SpanAccounting();
    endSpans(accounting, false, 30, 2048, new CountDownLatch(0));

    assertEquals(30, accounting.failed());
    assertTrue(accounting.lossSummary().contains("30 refused"));
  }

  @Test
  void spansTheFullQueueDroppedAreCounted() {
    SpanAccounting accounting = new SpanAccounting();
    CountDownLatch collectorOpen = new CountDownLatch(1);
    endSpans(accounting, true, 500, 16, collectorOpen);

    assertEquals(500, accounting.ended());
    assertTrue(accounting.dropped() > 0, "a 16-slot queue behind a held export cannot take 500 spans");
    assertEquals(500, accounting.exported() + accounting.dropped());
  }
}
