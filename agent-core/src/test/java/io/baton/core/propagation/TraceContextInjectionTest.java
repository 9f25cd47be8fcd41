package io.baton.core.propagation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.TraceStateBuilder;
import io.opentelemetry.context.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

class TraceContextInjectionTest {

  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String SPAN_ID = "00f067aa0ba902b7";

  private static Headers inject(SpanContext spanContext) {
    return inject(Context.root().with(Span.wrap(spanContext)));
  }

  private static Headers inject(Context context) {
    Headers headers = new Headers();
    W3cTraceContextPropagator.getInstance().inject(context, headers, Headers.SETTER);
    return headers;
  }

  private static SpanContext spanContext(TraceFlags flags, TraceState state) {
    return SpanContext.create(TRACE_ID, SPAN_ID, flags, state);
  }

  @Test
  void validSpanContextIsWrittenAsVersion00Traceparent() {
    Headers headers = inject(spanContext(TraceFlags.getSampled(), TraceState.getDefault()));
    assertEquals("00-" + TRACE_ID + "-" + SPAN_ID + "-01", headers.value("traceparent"));
  }

  @Test
  void unsampledSpanContextIsWrittenWithFlags00() {
    Headers headers = inject(spanContext(TraceFlags.getDefault(), TraceState.getDefault()));
    assertEquals("00-" + TRACE_ID + "-" + SPAN_ID + "-00", headers.value("traceparent"));
  }

  @Test
  void emptyTraceStateWritesNoTracestateHeader() {
    Headers headers = inject(spanContext(TraceFlags.getSampled(), TraceState.getDefault()));
    assertNull(headers.value("tracestate"));
  }

  @Test
  void invalidSpanContextWritesNothing() {
    assertTrue(inject(SpanContext.getInvalid()).isEmpty());
  }

  @Test
  void contextWithoutSpanWritesNothing() {
    assertTrue(inject(Context.root()).isEmpty());
  }

  @Test
  void reservedFlagBitsAreNeverSent() {
    Headers headers =
        inject(spanContext(TraceFlags.fromByte((byte) 0xff), TraceState.getDefault()));
    assertTrue(headers.value("traceparent").endsWith("-03"));
  }

  @Test
  void randomTraceIdFlagIsSent() {
    TraceFlags random = TraceFlags.builder().setRandomTraceId(true).build();
    Headers headers = inject(spanContext(random, TraceState.getDefault()));
    assertTrue(headers.value("traceparent").endsWith("-02"));
  }

  @Test
  void traceStateIsWrittenAsOneHeaderInItsOrder() {
    TraceState state = TraceState.builder().put("congo", "t61rcWkgMzE").put("rojo", "00f0").build();
    Headers headers = inject(spanContext(TraceFlags.getSampled(), state));
    assertEquals("rojo=00f0,congo=t61rcWkgMzE", headers.value("tracestate"));
  }

  @Test
  void higherVersionReceivedIsSentOnAsVersion00() {
    Headers received =
        Headers.of("traceparent", "cc-" + TRACE_ID + "-" + SPAN_ID + "-01-future-field");
    Context context =
        W3cTraceContextPropagator.getInstance().extract(Context.root(), received, Headers.GETTER);
    assertEquals("00-" + TRACE_ID + "-" + SPAN_ID + "-01", inject(context).value("traceparent"));
  }

  @Test
  void combinedTracestateHeadersAreForwardedAsOneUnchanged() {
    Headers received =
        Headers.of(
            "traceparent", "00-" + TRACE_ID + "-" + SPAN_ID + "-01",
            "tracestate", "foo=1, bar=2",
            "tracestate", "baz= 3");
    Context context =
        W3cTraceContextPropagator.getInstance().extract(Context.root(), received, Headers.GETTER);
    assertEquals("foo=1,bar=2,baz= 3", inject(context).value("tracestate"));
  }

  @Test
  void malformedEntriesOfAForeignTraceStateAreNotSent() {
    TraceState state = new ListTraceState("ok", "1", "Bad", "2", "also-ok", "3", "bad", "x,y");
    Headers headers = inject(spanContext(TraceFlags.getSampled(), state));
    assertEquals("ok=1,also-ok=3", headers.value("tracestate"));
  }

  @Test
  void traceStateWithNothingSendableWritesNoTracestateHeader() {
    TraceState state = new ListTraceState("Bad", "1");
    assertNull(inject(spanContext(TraceFlags.getSampled(), state)).value("tracestate"));
  }

  @Test
  void moreThan32EntriesAreTruncatedLongOnesFirst() {
    List<String> keysAndValues = new ArrayList<>();
    for (int i = 1; i <= 33; i++) {
      keysAndValues.add("k" + i);
      keysAndValues.add(i == 5 ? repeat('v', 200) : "v" + i);
    }
    Headers headers =
        inject(spanContext(TraceFlags.getSampled(), new ListTraceState(keysAndValues)));
    List<String> sent = Arrays.asList(headers.value("tracestate").split(","));
    assertEquals(32, sent.size());
    assertTrue(sent.stream().noneMatch(m -> m.startsWith("k5=")), "the long entry goes first");
    assertEquals("k33=v33", sent.get(31));
  }

  @Test
  void moreThan32ShortEntriesAreTruncatedFromTheRight() {
    List<String> keysAndValues = new ArrayList<>();
    for (int i = 1; i <= 34; i++) {
      keysAndValues.add("k" + i);
      keysAndValues.add("v" + i);
    }
    Headers headers =
        inject(spanContext(TraceFlags.getSampled(), new ListTraceState(keysAndValues)));
    List<String> sent = Arrays.asList(headers.value("tracestate").split(","));
    assertEquals(32, sent.size());
    assertEquals("k1=v1", sent.get(0));
    assertEquals("k32=v32", sent.get(31));
  }

  @Test
  void fieldsAreTraceparentAndTracestate() {
    assertEquals(
        Arrays.asList("traceparent", "tracestate"),
        new ArrayList<>(W3cTraceContextPropagator.getInstance().fields()));
  }

  private static String repeat(char c, int times) {
    return String.join("", Collections.nCopies(times, String.valueOf(c)));
  }

  /** A TraceState not built by OpenTelemetry: no validation, no size limit. */
  private static final class ListTraceState implements TraceState {
    private final List<String> keysAndValues;

    ListTraceState(String... keysAndValues) {
      this(Arrays.asList(keysAndValues));
    }

    ListTraceState(List<String> keysAndValues) {
      this.keysAndValues = keysAndValues;
    }

    @Override
    public String get(String key) {
      return asMap().get(key);
    }

    @Override
    public int size() {
      return keysAndValues.size() / 2;
    }

    @Override
    public boolean isEmpty() {
      return keysAndValues.isEmpty();
    }

    @Override
    public void forEach(BiConsumer<String, String> consumer) {
      for (int i = 0; i < keysAndValues.size(); i += 2) {
        consumer.accept(keysAndValues.get(i), keysAndValues.get(i + 1));
      }
    }

    @Override
    public Map<String, String> asMap() {
      Map<String, String> map = new LinkedHashMap<>();
      forEach(map::put);
      return map;
    }

    @Override
    public TraceStateBuilder toBuilder() {
      throw new UnsupportedOperationException();
    }
  }
}
