package io.baton.core.propagation;

import io.baton.core.log.AgentLog;
import io.opentelemetry.api.baggage.propagation.W3CBaggagePropagator;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.lang.reflect.Field;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Baton's W3C Trace Context (levels 1 and 2) and W3C Baggage propagators, and the swap that puts
 * them in place of the OpenTelemetry stock ones.
 *
 * <p>Why replace the stock propagators: {@code W3CTraceContextPropagator} reads only the first
 * value of each header, so a repeated {@code traceparent} (which must void the parent) goes
 * unnoticed and further {@code tracestate} values (which must be combined) are lost; it rejects a
 * traceparent with surrounding whitespace, restarting traces HTTP would have kept; and it passes on
 * reserved trace-flag bits, which senders must leave zero. {@code W3CBaggagePropagator} sends keys
 * that are not RFC 7230 tokens and metadata that is not a property list, producing members
 * receivers have to reject, and drops a {@code %} that does not start an escape. Ours follow every
 * MUST of both specs and never throw on hostile input.
 *
 * <p>The best place for the swap is autoconfigure's per-propagator hook, which sees each entry of
 * {@code otel.propagators} before they are combined:
 *
 * <pre>{@code
 * builder.addPropagatorCustomizer(
 *     (propagator, config) -> StandardPropagators.replaceStock(propagator));
 * }</pre>
 *
 * A propagator that is already combined is opened up reflectively; should that ever fail, it is
 * returned unchanged with a warning, so tracing keeps working on the stock propagators.
 */
public final class StandardPropagators {

  private StandardPropagators() {}

  /** W3C Trace Context: {@code traceparent} and {@code tracestate}. */
  public static TextMapPropagator traceContext() {
    return W3cTraceContextPropagator.getInstance();
  }

  /** W3C Baggage: {@code baggage}. */
  public static TextMapPropagator baggage() {
    return W3cBaggagePropagator.getInstance();
  }

  /**
   * Returns {@code configured} with the stock W3C trace-context and baggage propagators replaced by
   * ours, at any depth of composition and in the same order; every other propagator (b3, jaeger,
   * ...) is kept as it is. Returns {@code configured} itself when it holds no stock W3C propagator.
   */
  public static TextMapPropagator replaceStock(TextMapPropagator configured) {
    if (configured == null) {
      return TextMapPropagator.noop();
    }
    if (configured instanceof W3CTraceContextPropagator) {
      return traceContext();
    }
    if (configured instanceof W3CBaggagePropagator) {
      return baggage();
    }
    if (!Composites.isComposite(configured)) {
      return configured;
    }
    TextMapPropagator[] parts = Composites.parts(configured);
    if (parts == null) {
      AgentLog.warn(
          "cannot look inside " + configured + "; keeping the stock W3C propagators in it");
      return configured;
    }
    // A set, like autoconfigure's, so that a stock and a Baton propagator do not both end up in.
    Set<TextMapPropagator> replaced = new LinkedHashSet<>();
    boolean changed = false;
    for (TextMapPropagator part : parts) {
      TextMapPropagator swapped = replaceStock(part);
      changed |= swapped != part;
      replaced.add(swapped);
    }
    return changed ? TextMapPropagator.composite(replaced) : configured;
  }

  /**
   * Access to the members of {@code TextMapPropagator.composite(...)}, whose class is not public.
   * The class is found by building a composite rather than by name, and its member array by type,
   * so neither shading nor a field rename defeats the lookup.
   */
  private static final class Composites {
    private static final Class<?> COMPOSITE_CLASS =
        TextMapPropagator.composite(
                W3cTraceContextPropagator.getInstance(), W3cBaggagePropagator.getInstance())
            .getClass();
    private static final Field PARTS = partsField();

    static boolean isComposite(TextMapPropagator propagator) {
      return propagator.getClass() == COMPOSITE_CLASS;
    }

    static TextMapPropagator[] parts(TextMapPropagator composite) {
      if (PARTS == null) {
        return null;
      }
      try {
        return (TextMapPropagator[]) PARTS.get(composite);
      } catch (IllegalAccessException | RuntimeException e) {
        return null;
      }
    }

    private static Field partsField() {
      try {
        for (Field field : COMPOSITE_CLASS.getDeclaredFields()) {
          if (field.getType() == TextMapPropagator[].class) {
            field.setAccessible(true);
            return field;
          }
        }
      } catch (RuntimeException inaccessible) {
        // e.g. InaccessibleObjectException if the OpenTelemetry jar ever lands in a named module
      }
      return null;
    }
  }
}
