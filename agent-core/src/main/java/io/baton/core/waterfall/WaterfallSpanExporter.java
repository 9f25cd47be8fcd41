package io.baton.core.waterfall;

import io.baton.core.log.AgentLog;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code otel.traces.exporter=waterfall}: holds each trace's spans until the span that began this
 * process's part of it (its local root) ends, then draws that part on stderr. A process sees only
 * its own spans; a collector sees the whole trace.
 */
public final class WaterfallSpanExporter implements SpanExporter {

  static final String REMOTE_PARENT_NOTE = "continues a trace from another process";
  static final String INCOMPLETE_NOTE = "incomplete: its first span had not ended at shutdown";

  private final TraceBuffer buffer;
  private final WaterfallRenderer renderer;
  private final Consumer<String> out;
  private boolean shutDown;

  WaterfallSpanExporter(TraceBuffer buffer, WaterfallRenderer renderer, Consumer<String> out) {
    this.buffer = buffer;
    this.renderer = renderer;
    this.out = out;
  }

  static WaterfallSpanExporter toStderr(TraceBuffer buffer, WaterfallRenderer renderer) {
    // System.err looked up per trace: an application may replace it after we start
    return new WaterfallSpanExporter(buffer, renderer, text -> {
      System.err.print(text);
      System.err.flush();
    });
  }

  @Override
  public synchronized CompletableResultCode export(Collection<SpanData> spans) {
    if (shutDown) {
      return CompletableResultCode.ofFailure();
    }
    try {
      List<SpanData> localRoots = new ArrayList<>();
      // the whole batch first: a root may precede its children within one batch
      for (SpanData span : spans) {
        buffer.add(SpanDataConversion.toWaterfall(span));
        if (SpanDataConversion.isLocalRoot(span)) {
          localRoots.add(span);
        }
      }
      StringBuilder text = new StringBuilder();
      for (SpanData root : localRoots) {
        List<WaterfallSpan> part = buffer.takeSubtree(root.getTraceId(), root.getSpanId());
        if (!part.isEmpty()) {
          // a blank line first: the drawing usually lands between the application's own log lines
          text.append('\n').append(renderer.render(part, SpanDataConversion.hasRemoteParent(root) ? REMOTE_PARENT_NOTE : null));
        }
      }
      if (text.length() > 0) {
        out.accept(text.toString());
      }
    } catch (RuntimeException e) {
      AgentLog.debug("waterfall exporter: " + e);
    }
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public CompletableResultCode flush() {
    return CompletableResultCode.ofSuccess();
  }

  /** Draws what never saw its local root end (a request still running at exit), marked incomplete. */
  @Override
  public synchronized CompletableResultCode shutdown() {
    if (shutDown) {
      return CompletableResultCode.ofSuccess();
    }
    shutDown = true;
    StringBuilder text = new StringBuilder();
    for (List<WaterfallSpan> trace : buffer.drain()) {
      text.append('\n').append(renderer.render(trace, INCOMPLETE_NOTE));
    }
    if (text.length() > 0) {
      out.accept(text.toString());
    }
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public String toString() {
    return "WaterfallSpanExporter";
  }
}
