package io.baton.core.sdk;

import io.baton.core.log.AgentLog;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;

/** With {@code otel.javaagent.debug=true}: one line per span start and end. */
final class DebugSpanLogger implements SpanProcessor {

  @Override
  public void onStart(Context parentContext, ReadWriteSpan span) {
    AgentLog.debug("span started " + describe(span));
  }

  @Override
  public boolean isStartRequired() {
    return true;
  }

  @Override
  public void onEnd(ReadableSpan span) {
    AgentLog.debug("span ended " + describe(span) + " " + (span.getLatencyNanos() / 1000) + "us");
  }

  @Override
  public boolean isEndRequired() {
    return true;
  }

  private static String describe(ReadableSpan span) {
    return "'" + span.getName() + "' " + span.getKind() + " trace=" + span.getSpanContext().getTraceId()
        + " span=" + span.getSpanContext().getSpanId() + " parent=" + span.getParentSpanContext().getSpanId();
  }
}
