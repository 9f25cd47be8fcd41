package io.baton.core.sdk;

import io.baton.core.log.AgentLog;
import io.opentelemetry.api.impl.InstrumentationUtil;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts sampled spans that ended, reached the exporter, and were accepted or refused by the
 * collector. The difference is what the bounded batch queue dropped under pressure or at exit:
 * losing spans is acceptable, losing them silently is not.
 */
final class SpanAccounting {

  private final AtomicLong ended = new AtomicLong();
  private final AtomicLong exported = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  /** Handed to the exporter, no answer yet: a dead collector keeps batches here while it retries. */
  private final AtomicLong inFlight = new AtomicLong();
  /** True while exports keep failing: one warning per outage, not one per batch. */
  private final AtomicBoolean failing = new AtomicBoolean();

  /**
   * Counts the spans that reach {@code exporting}, a processor that feeds an exporter. It wraps
   * that processor rather than sitting beside it: a second processor would make the SDK fan every
   * span out through a list, one iterator per span ended.
   */
  SpanProcessor countEnded(SpanProcessor exporting) {
    return new SpanProcessor() {
      @Override
      public void onStart(Context parentContext, ReadWriteSpan span) {
        exporting.onStart(parentContext, span);
      }

      @Override
      public boolean isStartRequired() {
        return exporting.isStartRequired();
      }

      @Override
      public void onEnd(ReadableSpan span) {
        if (span.getSpanContext().isSampled()) {
          ended.incrementAndGet();
        }
        exporting.onEnd(span);
      }

      @Override
      public boolean isEndRequired() {
        return true;
      }

      @Override
      public CompletableResultCode shutdown() {
        return exporting.shutdown();
      }

      @Override
      public CompletableResultCode forceFlush() {
        return exporting.forceFlush();
      }

      @Override
      public String toString() {
        return exporting.toString();
      }
    };
  }

  SpanExporter wrap(SpanExporter exporter) {
    return new SpanExporter() {
      @Override
      public CompletableResultCode export(Collection<SpanData> spans) {
        int count = spans.size();
        inFlight.addAndGet(count);
        // whatever transport the exporter uses, its calls are the agent's: never trace them
        CompletableResultCode[] started = new CompletableResultCode[1];
        InstrumentationUtil.suppressInstrumentation(() -> started[0] = exporter.export(spans));
        CompletableResultCode result = started[0];
        result.whenComplete(
            () -> {
              inFlight.addAndGet(-count);
              if (result.isSuccess()) {
                exported.addAndGet(count);
                if (failing.compareAndSet(true, false)) {
                  AgentLog.info("span export works again");
                }
              } else {
                failed.addAndGet(count);
                if (failing.compareAndSet(false, true)) {
                  Throwable why = result.getFailureThrowable();
                  AgentLog.warn("cannot export spans to the collector" + (why == null ? "" : " (" + why + ")")
                      + "; spans are dropped until it answers, totals at exit");
                }
              }
            });
        return result;
      }

      @Override
      public CompletableResultCode flush() {
        return exporter.flush();
      }

      @Override
      public CompletableResultCode shutdown() {
        return exporter.shutdown();
      }

      @Override
      public String toString() {
        return exporter.toString();
      }
    };
  }

  long ended() {
    return ended.get();
  }

  long exported() {
    return exported.get();
  }

  long failed() {
    return failed.get();
  }

  long dropped() {
    return Math.max(0, ended.get() - exported.get() - failed.get() - inFlight.get());
  }

  /** Null when nothing was lost. */
  String lossSummary() {
    long dropped = dropped();
    long failed = this.failed.get();
    long unanswered = inFlight.get();
    if (dropped == 0 && failed == 0 && unanswered == 0) {
      return null;
    }
    return "spans lost: " + failed + " refused by the collector, " + unanswered
        + " sent but unanswered at exit (collector unreachable or slow), " + dropped
        + " dropped by the full export queue or at exit (" + exported.get() + " of " + ended.get() + " exported)";
  }
}
