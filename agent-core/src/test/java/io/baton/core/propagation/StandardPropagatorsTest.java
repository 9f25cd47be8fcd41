package io.baton.core.propagation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.baggage.propagation.W3CBaggagePropagator;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandardPropagatorsTest {

  private static final String TRACEPARENT_1 =
      "00-12345678901234567890123456789011-1234567890123456-01";
  private static final String TRACEPARENT_2 =
      "00-12345678901234567890123456789012-1234567890123456-01";

  /** Stands for b3, jaeger and the like: a propagator the swap must not touch. */
  private static final TextMapPropagator OTHER = new OtherPropagator();

  /** True when the propagator voids a repeated traceparent, as only ours does. */
  private static boolean rejectsRepeatedTraceparent(TextMapPropagator propagator) {
    Headers headers = Headers.of("traceparent", TRACEPARENT_1, "traceparent", TRACEPARENT_2);
    Context context = propagator.extract(Context.root(), headers, Headers.GETTER);
    return !Span.fromContext(context).getSpanContext().isValid();
  }

  /**
   * True when the propagator refuses to send a baggage key that is not a token, as only ours does.
   */
  private static boolean sendsOnlyTokenKeys(TextMapPropagator propagator) {
    Headers headers = new Headers();
    Baggage baggage = Baggage.builder().put("bad key", "1").put("ok", "2").build();
    propagator.inject(Context.root().with(baggage), headers, Headers.SETTER);
    return "ok=2".equals(headers.value("baggage"));
  }

  @Test
  void stockTraceContextPropagatorIsReplacedByOurs() {
    assertSame(
        StandardPropagators.traceContext(),
        StandardPropagators.replaceStock(W3CTraceContextPropagator.getInstance()));
  }

  @Test
  void stockBaggagePropagatorIsReplacedByOurs() {
    assertSame(
        StandardPropagators.baggage(),
        StandardPropagators.replaceStock(W3CBaggagePropagator.getInstance()));
  }

  @Test
  void ourPropagatorsAreReturnedAsTheyAre() {
    assertSame(
        StandardPropagators.traceContext(),
        StandardPropagators.replaceStock(StandardPropagators.traceContext()));
    assertSame(
        StandardPropagators.baggage(),
        StandardPropagators.replaceStock(StandardPropagators.baggage()));
  }

  @Test
  void otherPropagatorsAreReturnedAsTheyAre() {
    assertSame(OTHER, StandardPropagators.replaceStock(OTHER));
    assertSame(
        TextMapPropagator.noop(), StandardPropagators.replaceStock(TextMapPropagator.noop()));
  }

  @Test
  void nullBecomesTheNoopPropagator() {
    assertSame(TextMapPropagator.noop(), StandardPropagators.replaceStock(null));
  }

  @Test
  void stockPropagatorsInsideACompositeAreReplacedInPlace() {
    TextMapPropagator stock =
        TextMapPropagator.composite(
            W3CTraceContextPropagator.getInstance(), OTHER, W3CBaggagePropagator.getInstance());
    assertFalse(rejectsRepeatedTraceparent(stock));

    TextMapPropagator replaced = StandardPropagators.replaceStock(stock);

    assertEquals(
        Arrays.asList("traceparent", "tracestate", "x-other", "baggage"),
        new ArrayList<>(replaced.fields()));
    assertTrue(rejectsRepeatedTraceparent(replaced));
    assertTrue(sendsOnlyTokenKeys(replaced));
    assertTrue(OtherPropagator.ranIn(replaced));
  }

  @Test
  void stockPropagatorsInsideNestedCompositesAreReplaced() {
    TextMapPropagator nested =
        TextMapPropagator.composite(
            OTHER,
            TextMapPropagator.composite(
                W3CTraceContextPropagator.getInstance(), W3CBaggagePropagator.getInstance()));
    TextMapPropagator replaced = StandardPropagators.replaceStock(nested);
    assertTrue(rejectsRepeatedTraceparent(replaced));
    assertTrue(sendsOnlyTokenKeys(replaced));
    assertTrue(OtherPropagator.ranIn(replaced));
  }

  @Test
  void compositeWithoutStockPropagatorsIsReturnedAsItIs() {
    TextMapPropagator composite =
        TextMapPropagator.composite(OTHER, StandardPropagators.traceContext());
    assertSame(composite, StandardPropagators.replaceStock(composite));
  }

  @Test
  void compositeHoldingBothStockAndOursKeepsOursOnce() {
    TextMapPropagator composite =
        TextMapPropagator.composite(
            W3CTraceContextPropagator.getInstance(), StandardPropagators.traceContext());
    assertSame(StandardPropagators.traceContext(), StandardPropagators.replaceStock(composite));
  }

  @Test
  void worksAsAutoconfigurePropagatorCustomizer() {
    Map<String, String> config = new HashMap<>();
    config.put("otel.propagators", "tracecontext,baggage");
    config.put("otel.traces.exporter", "none");
    config.put("otel.metrics.exporter", "none");
    config.put("otel.logs.exporter", "none");
    OpenTelemetrySdk sdk =
        AutoConfiguredOpenTelemetrySdk.builder()
            .addPropertiesSupplier(() -> config)
            .addPropagatorCustomizer(
                (propagator, properties) -> StandardPropagators.replaceStock(propagator))
            .build()
            .getOpenTelemetrySdk();
    try {
      TextMapPropagator configured = sdk.getPropagators().getTextMapPropagator();
      assertTrue(rejectsRepeatedTraceparent(configured));
      assertTrue(sendsOnlyTokenKeys(configured));
    } finally {
      sdk.close();
    }
  }

  private static final class OtherPropagator implements TextMapPropagator {
    private static final ContextKey<String> SEEN = ContextKey.named("other-propagator");

    static boolean ranIn(TextMapPropagator propagator) {
      Map<String, String> carrier = Collections.singletonMap("x-other", "seen");
      TextMapGetter<Map<String, String>> getter =
          new TextMapGetter<Map<String, String>>() {
            @Override
            public Iterable<String> keys(Map<String, String> c) {
              return c.keySet();
            }

            @Override
            public String get(Map<String, String> c, String key) {
              return c == null ? null : c.get(key);
            }
          };
      Context context = propagator.extract(Context.root(), carrier, getter);
      return "seen".equals(context.get(SEEN));
    }

    @Override
    public Collection<String> fields() {
      return Collections.singletonList("x-other");
    }

    @Override
    public <C> void inject(Context context, C carrier, TextMapSetter<C> setter) {}

    @Override
    public <C> Context extract(Context context, C carrier, TextMapGetter<C> getter) {
      String value = getter.get(carrier, "x-other");
      return value == null ? context : context.with(SEEN, value);
    }
  }
}
