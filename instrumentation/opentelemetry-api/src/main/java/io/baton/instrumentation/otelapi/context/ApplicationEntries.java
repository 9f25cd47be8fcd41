package io.baton.instrumentation.otelapi.context;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import java.util.Arrays;

/**
 * What an application context holds beyond span and baggage, immutable, carried as one value
 * inside the agent's context: the application's own keys, a context of another implementation
 * it was converted from (asked for keys not set here), and the application span object last
 * stored, so that reading the span back returns that same object.
 */
final class ApplicationEntries {

  static final ApplicationEntries EMPTY = new ApplicationEntries(new Object[0], null, null, null);

  private final Object[] keysAndValues;
  private final Context fallback;
  private final Span applicationSpan;
  private final Object agentSpan;

  private ApplicationEntries(Object[] keysAndValues, Context fallback, Span applicationSpan, Object agentSpan) {
    this.keysAndValues = keysAndValues;
    this.fallback = fallback;
    this.applicationSpan = applicationSpan;
    this.agentSpan = agentSpan;
  }

  static ApplicationEntries fallingBackTo(Context foreign) {
    return new ApplicationEntries(new Object[0], foreign, null, null);
  }

  @SuppressWarnings("unchecked")
  <V> V get(ContextKey<V> key) {
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i] == key) {
        return (V) keysAndValues[i + 1];
      }
    }
    return fallback == null ? null : fallback.get(key);
  }

  ApplicationEntries with(ContextKey<?> key, Object value) {
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i] == key) {
        Object[] copy = keysAndValues.clone();
        copy[i + 1] = value;
        return new ApplicationEntries(copy, fallback, applicationSpan, agentSpan);
      }
    }
    Object[] grown = Arrays.copyOf(keysAndValues, keysAndValues.length + 2);
    grown[keysAndValues.length] = key;
    grown[keysAndValues.length + 1] = value;
    return new ApplicationEntries(grown, fallback, applicationSpan, agentSpan);
  }

  ApplicationEntries rememberingSpan(Span span, Object agentSpanOfIt) {
    return new ApplicationEntries(keysAndValues, fallback, span, agentSpanOfIt);
  }

  /** The application's own span object if it is the one that became this agent span, else null. */
  Span applicationSpanFor(Object currentAgentSpan) {
    return currentAgentSpan == agentSpan ? applicationSpan : null;
  }
}
