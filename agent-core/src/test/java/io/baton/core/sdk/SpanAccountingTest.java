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

  /** An exporter that accepts or refuses everything, like a healthy or a broken collector. */
  private static SpanExporter collector(boolean accepts) {
    return new SpanExporter() {
      @Override
      public CompletableResultCode export(Collection<SpanData> spans) {
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

  /**
   * A healthy collector that answers only once {@code open} is counted down: while it holds the
   * first batch, the queue behind it fills up whatever the threads' timing.
   */
  private static SpanExporter slowCollector(CountDownLatch open) {
    return new SpanExporter() {
      @Override
      public CompletableResultCode export(Collection<SpanData> spans) {
        try {
          open.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return CompletableResultCode.ofSuccess();
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

  private static void endSpans(SpanAccounting accounting, SpanExporter exporter, int count, int queueSize) {
    endSpans(accounting, exporter, count, queueSize, new CountDownLatch(0));
  }

  private static void endSpans(
      SpanAccounting accounting, SpanExporter exporter, int count, int queueSize, CountDownLatch collectorOpen) {
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
    endSpans(accounting, collector(true), 100, 2048);

    assertEquals(100, accounting.exported());
    assertNull(accounting.lossSummary());
  }

  @Test
  void refusedBatchesAreCountedAsFailed() {
    SpanAccounting accounting = new SpanAccounting();
    endSpans(accounting, collector(false), 30, 2048);

    assertEquals(30, accounting.failed());
    assertTrue(accounting.lossSummary().contains("30 refused"));
  }

  @Test
  void spansTheFullQueueDroppedAreCounted() {
    SpanAccounting accounting = new SpanAccounting();
    CountDownLatch collectorOpen = new CountDownLatch(1);
    endSpans(accounting, slowCollector(collectorOpen), 500, 16, collectorOpen);

    assertEquals(500, accounting.ended());
    assertTrue(accounting.dropped() > 0, "a 16-slot queue behind a held export cannot take 500 spans");
    assertEquals(500, accounting.exported() + accounting.dropped());
  }
}
