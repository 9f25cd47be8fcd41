package io.baton.instrumentation.otelapi.context;

import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import io.opentelemetry.context.ImplicitContextKeyed;

/**
 * The application API's span and baggage keys. They are package-private constants there; rather
 * than reflection (which a module path forbids), a probe context records the key that
 * {@code storeInContext} uses, which is how every 1.x version stores spans and baggage.
 */
final class ContextKeys {

  static final ContextKey<?> SPAN = keyOf(Span.getInvalid());
  static final ContextKey<?> BAGGAGE = keyOf(Baggage.empty());

  private ContextKeys() {}

  private static ContextKey<?> keyOf(ImplicitContextKeyed value) {
    KeyProbe probe = new KeyProbe();
    value.storeInContext(probe);
    return probe.key;
  }

  private static final class KeyProbe implements Context {
    ContextKey<?> key;

    @Override
    public <V> V get(ContextKey<V> key) {
      return null;
    }

    @Override
    public <V> Context with(ContextKey<V> key, V value) {
      this.key = key;
      return this;
    }
  }
}
