package io.baton.core.propagation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HostileInputTest {

  private static final String TRACEPARENT =
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
  private static final int ONE_MB = 1 << 20;
  private static final Duration LINEAR_TIME = Duration.ofSeconds(5);

  private static final TextMapPropagator TRACE = W3cTraceContextPropagator.getInstance();
  private static final TextMapPropagator BAGGAGE = W3cBaggagePropagator.getInstance();

  private static Context extractBoth(Headers headers) {
    Context context = TRACE.extract(Context.root(), headers, Headers.GETTER);
    return BAGGAGE.extract(context, headers, Headers.GETTER);
  }

  private static String repeat(String s, int totalLength) {
    StringBuilder out = new StringBuilder(totalLength + s.length());
    while (out.length() < totalLength) {
      out.append(s);
    }
    return out.toString();
  }

  @Test
  void nullCarrierReadsAsNoHeaders() {
    Context context = Context.root();
    assertSame(context, TRACE.extract(context, null, Headers.GETTER));
    assertSame(context, BAGGAGE.extract(context, null, Headers.GETTER));
  }

  @Test
  void nullGetterLeavesTheContextUntouched() {
    Context context = Context.root();
    assertSame(context, TRACE.extract(context, Headers.of(), null));
    assertSame(context, BAGGAGE.extract(context, Headers.of(), null));
  }

  @Test
  void nullContextExtractsOntoTheRootContext() {
    Headers headers = Headers.of("traceparent", TRACEPARENT, "baggage", "k=v");
    assertTrue(
        Span.fromContext(TRACE.extract(null, headers, Headers.GETTER)).getSpanContext().isValid());
    assertEquals(
        "v",
        Baggage.fromContext(BAGGAGE.extract(null, headers, Headers.GETTER)).getEntryValue("k"));
  }

  @Test
  void nullContextOrSetterInjectsNothing() {
    Headers headers = new Headers();
    assertDoesNotThrow(() -> TRACE.inject(null, headers, Headers.SETTER));
    assertDoesNotThrow(() -> BAGGAGE.inject(null, headers, Headers.SETTER));
    assertDoesNotThrow(() -> TRACE.inject(sampledContext(), headers, null));
    assertDoesNotThrow(() -> BAGGAGE.inject(sampledContext(), headers, null));
    assertTrue(headers.isEmpty());
  }

  @Test
  void nullHeaderValuesAreSkipped() {
    TextMapGetter<Object> getter =
        new TextMapGetter<Object>() {
          @Override
          public Iterable<String> keys(Object carrier) {
            return Collections.emptyList();
          }

          @Override
          public String get(Object carrier, String key) {
            return null;
          }

          @Override
          public Iterator<String> getAll(Object carrier, String key) {
            String value = key.equals("traceparent") ? TRACEPARENT : "k=v";
            return Arrays.asList(null, value, null).iterator();
          }
        };
    Context context = BAGGAGE.extract(TRACE.extract(Context.root(), "c", getter), "c", getter);
    assertTrue(Span.fromContext(context).getSpanContext().isValid());
    assertEquals("v", Baggage.fromContext(context).getEntryValue("k"));
  }

  @Test
  void getAllReturningNullReadsAsNoHeader() {
    TextMapGetter<Object> getter =
        new TextMapGetter<Object>() {
          @Override
          public Iterable<String> keys(Object carrier) {
            return Collections.emptyList();
          }

          @Override
          public String get(Object carrier, String key) {
            return TRACEPARENT;
          }

          @Override
          public Iterator<String> getAll(Object carrier, String key) {
            return null;
          }
        };
    Context context = Context.root();
    assertSame(context, TRACE.extract(context, "c", getter));
    assertSame(context, BAGGAGE.extract(context, "c", getter));
  }

  @Test
  void throwingGetterLeavesTheContextUntouched() {
    TextMapGetter<Object> getter =
        new TextMapGetter<Object>() {
          @Override
          public Iterable<String> keys(Object carrier) {
            throw new IllegalStateException();
          }

          @Override
          public String get(Object carrier, String key) {
            throw new IllegalStateException("carrier closed");
          }
        };
    Context context = Context.root();
    assertSame(context, TRACE.extract(context, "c", getter));
    assertSame(context, BAGGAGE.extract(context, "c", getter));
  }

  @Test
  void throwingSetterDoesNotReachTheCaller() {
    TextMapSetter<Object> setter =
        (carrier, key, value) -> {
          throw new IllegalStateException("response committed");
        };
    Context context = sampledContext().with(Baggage.builder().put("k", "v").build());
    assertDoesNotThrow(() -> TRACE.inject(context, "c", setter));
    assertDoesNotThrow(() -> BAGGAGE.inject(context, "c", setter));
  }

  @Test
  void oneMegabyteTraceparentIsRejectedQuickly() {
    String huge = "cc-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-" + repeat("x", ONE_MB);
    String hugeWithComma = huge + "," + TRACEPARENT;
    assertTimeoutPreemptively(
        LINEAR_TIME,
        () -> {
          assertTrue(span(Headers.of("traceparent", huge)).isValid());
          assertFalse(span(Headers.of("traceparent", hugeWithComma)).isValid());
          assertFalse(span(Headers.of("traceparent", repeat("0", ONE_MB))).isValid());
        });
  }

  @Test
  void oneMegabyteTracestateIsHandledInLinearTime() {
    String[] hostile = {
      repeat(",", ONE_MB),
      repeat(" \t", ONE_MB),
      repeat("a", ONE_MB),
      "a=" + repeat("b", ONE_MB),
      repeat("a=1,", ONE_MB),
      repeat("@", ONE_MB) + "=1",
      "a=1," + repeat(" , ", ONE_MB) + "b=2",
    };
    assertTimeoutPreemptively(
        LINEAR_TIME,
        () -> {
          for (String tracestate : hostile) {
            TraceState state =
                span(Headers.of("traceparent", TRACEPARENT, "tracestate", tracestate))
                    .getTraceState();
            assertTrue(state.size() <= 2);
          }
        });
  }

  @Test
  void oneMegabyteBaggageIsHandledInLinearTime() {
    String[] hostile = {
      repeat(",", ONE_MB),
      repeat("a", ONE_MB),
      repeat("a,", ONE_MB),
      repeat("k=v,", ONE_MB),
      "k=v" + repeat(";p", ONE_MB),
      "k=" + repeat("=", ONE_MB),
      repeat("bad member,", ONE_MB) + "k=v",
      repeat("%", ONE_MB),
      "k=" + repeat("%e2%82%ac", ONE_MB),
    };
    assertTimeoutPreemptively(
        LINEAR_TIME,
        () -> {
          for (String header : hostile) {
            Baggage baggage =
                Baggage.fromContext(
                    BAGGAGE.extract(Context.root(), Headers.of("baggage", header), Headers.GETTER));
            assertTrue(baggage.size() <= BaggageCodec.MAX_MEMBERS);
          }
        });
  }

  @Test
  void randomGarbageNeverThrows() {
    Random random = new Random(42);
    char[] alphabet = "0123456789abcdefABCDEF-=,;% \t@\"\\\u00e9\u0000\ud800".toCharArray();
    for (int i = 0; i < 20_000; i++) {
      Headers headers = new Headers();
      for (String name : Arrays.asList("traceparent", "tracestate", "baggage")) {
        int values = random.nextInt(3);
        for (int v = 0; v < values; v++) {
          char[] text = new char[random.nextInt(80)];
          for (int c = 0; c < text.length; c++) {
            text[c] = alphabet[random.nextInt(alphabet.length)];
          }
          headers.add(name, new String(text));
        }
      }
      Context context = assertDoesNotThrow(() -> extractBoth(headers));
      Headers out = new Headers();
      assertDoesNotThrow(() -> TRACE.inject(context, out, Headers.SETTER));
      assertDoesNotThrow(() -> BAGGAGE.inject(context, out, Headers.SETTER));
    }
  }

  @Test
  void loneSurrogatesInBaggageValuesAreStillSentAsValidHeader() {
    Baggage baggage = Baggage.builder().put("k", "a\ud800b").build();
    Headers out = new Headers();
    BAGGAGE.inject(Context.root().with(baggage), out, Headers.SETTER);
    assertEquals("k=a?b", out.value("baggage"));
  }

  private static SpanContext span(Headers headers) {
    return Span.fromContext(TRACE.extract(Context.root(), headers, Headers.GETTER))
        .getSpanContext();
  }

  private static Context sampledContext() {
    return Context.root()
        .with(
            Span.wrap(
                SpanContext.create(
                    "4bf92f3577b34da6a3ce929d0e0e4736",
                    "00f067aa0ba902b7",
                    TraceFlags.getSampled(),
                    TraceState.getDefault())));
  }
}
