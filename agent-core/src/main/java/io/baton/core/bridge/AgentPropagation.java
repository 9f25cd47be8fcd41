package io.baton.core.bridge;

import io.baton.core.api.Tracing;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.Collection;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The agent's configured propagators (our W3C trace context and baggage by default) for the
 * application's API, so that headers the application writes or reads itself match the agent's.
 */
public final class AgentPropagation {

  private AgentPropagation() {}

  public static Collection<String> fields() {
    return Tracing.propagator().fields();
  }

  public static void inject(Object context, BiConsumer<String, String> setter) {
    Tracing.propagator().inject((Context) context, setter, BiConsumer::accept);
  }

  /** Returns {@code context} plus whatever the headers carry. */
  public static Object extract(Object context, Iterable<String> keys, Function<String, String> getter) {
    return Tracing.propagator().extract((Context) context, getter, new FunctionGetter(keys));
  }

  private static final class FunctionGetter implements TextMapGetter<Function<String, String>> {
    private final Iterable<String> keys;

    FunctionGetter(Iterable<String> keys) {
      this.keys = keys;
    }

    @Override
    public Iterable<String> keys(Function<String, String> carrier) {
      return keys;
    }

    @Override
    public String get(Function<String, String> carrier, String key) {
      return carrier == null ? null : carrier.apply(key);
    }
  }
}
