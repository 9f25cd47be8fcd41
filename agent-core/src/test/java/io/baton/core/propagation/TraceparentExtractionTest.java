package io.baton.core.propagation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import org.junit.jupiter.api.Test;

class TraceparentExtractionTest {

  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String SPAN_ID = "00f067aa0ba902b7";
  private static final String VALID = "00-" + TRACE_ID + "-" + SPAN_ID + "-01";

  private static SpanContext extract(Headers headers) {
    Context context =
        W3cTraceContextPropagator.getInstance().extract(Context.root(), headers, Headers.GETTER);
    return Span.fromContext(context).getSpanContext();
  }

  private static SpanContext extract(String traceparent) {
    return extract(Headers.of("traceparent", traceparent));
  }

  private static void assertStartsNewTrace(String traceparent) {
    assertFalse(extract(traceparent).isValid(), () -> "accepted: '" + traceparent + "'");
  }

  @Test
  void validTraceparentBecomesTheRemoteParent() {
    SpanContext parent = extract(VALID);
    assertTrue(parent.isValid());
    assertTrue(parent.isRemote());
    assertEquals(TRACE_ID, parent.getTraceId());
    assertEquals(SPAN_ID, parent.getSpanId());
    assertTrue(parent.isSampled());
  }

  @Test
  void flagsZeroMeansNotSampled() {
    SpanContext parent = extract("00-" + TRACE_ID + "-" + SPAN_ID + "-00");
    assertTrue(parent.isValid());
    assertFalse(parent.isSampled());
  }

  @Test
  void randomTraceIdFlagOfLevelTwoIsCarried() {
    SpanContext parent = extract("00-" + TRACE_ID + "-" + SPAN_ID + "-02");
    assertTrue(parent.getTraceFlags().isTraceIdRandom());
    assertFalse(parent.isSampled());
  }

  @Test
  void reservedFlagBitsAreDroppedButSampledAndRandomKept() {
    SpanContext parent = extract("00-" + TRACE_ID + "-" + SPAN_ID + "-ff");
    assertTrue(parent.isValid());
    assertEquals("03", parent.getTraceFlags().asHex());
  }

  @Test
  void reservedFlagBitsAloneLeaveTheTraceUnsampled() {
    SpanContext parent = extract("00-" + TRACE_ID + "-" + SPAN_ID + "-08");
    assertTrue(parent.isValid());
    assertEquals("00", parent.getTraceFlags().asHex());
  }

  @Test
  void missingTraceparentLeavesTheContextUntouched() {
    Context context = Context.root();
    assertSame(
        context,
        W3cTraceContextPropagator.getInstance().extract(context, Headers.of(), Headers.GETTER));
  }

  @Test
  void invalidTraceparentLeavesTheContextUntouched() {
    Context context = Context.root();
    Headers headers = Headers.of("traceparent", "00-garbage");
    assertSame(
        context, W3cTraceContextPropagator.getInstance().extract(context, headers, Headers.GETTER));
  }

  @Test
  void emptyTraceparentStartsNewTrace() {
    assertStartsNewTrace("");
  }

  @Test
  void uppercaseHexInTraceIdStartsNewTrace() {
    assertStartsNewTrace("00-" + TRACE_ID.toUpperCase() + "-" + SPAN_ID + "-01");
  }

  @Test
  void uppercaseHexInParentIdStartsNewTrace() {
    assertStartsNewTrace("00-" + TRACE_ID + "-00F067AA0BA902B7-01");
  }

  @Test
  void uppercaseHexInVersionStartsNewTrace() {
    assertStartsNewTrace("0A-" + TRACE_ID + "-" + SPAN_ID + "-01");
  }

  @Test
  void uppercaseHexInFlagsStartsNewTrace() {
    assertStartsNewTrace("00-" + TRACE_ID + "-" + SPAN_ID + "-0A");
  }

  @Test
  void versionFfIsForbidden() {
    assertStartsNewTrace("ff-" + TRACE_ID + "-" + SPAN_ID + "-01");
  }

  @Test
  void nonHexVersionStartsNewTrace() {
    assertStartsNewTrace(".0-" + TRACE_ID + "-" + SPAN_ID + "-01");
    assertStartsNewTrace("0.-" + TRACE_ID + "-" + SPAN_ID + "-01");
  }

  @Test
  void versionLongerThanTwoDigitsStartsNewTrace() {
    assertStartsNewTrace("000-" + TRACE_ID + "-" + SPAN_ID + "-01");
  }

  @Test
  void versionShorterThanTwoDigitsStartsNewTrace() {
    assertStartsNewTrace("0-" + TRACE_ID + "-" + SPAN_ID + "-01");
  }

  @Test
  void allZeroTraceIdStartsNewTrace() {
    assertStartsNewTrace("00-00000000000000000000000000000000-" + SPAN_ID + "-01");
  }

  @Test
  void allZeroParentIdStartsNewTrace() {
    assertStartsNewTrace("00-" + TRACE_ID + "-0000000000000000-01");
  }

  @Test
  void nonHexTraceIdStartsNewTrace() {
    assertStartsNewTrace("00-" + TRACE_ID.substring(0, 31) + "g-" + SPAN_ID + "-01");
  }

  @Test
  void nonHexParentIdStartsNewTrace() {
    assertStartsNewTrace("00-" + TRACE_ID + "-" + SPAN_ID.substring(0, 15) + ".-01");
  }

  @Test
  void nonHexFlagsStartNewTrace() {
    assertStartsNewTrace("00-" + TRACE_ID + "-" + SPAN_ID + "-.0");
  }

  @Test
  void traceIdTooShortStartsNewTrace() {
    assertStartsNewTrace("00-" + TRACE_ID.substring(1) + "-" + SPAN_ID + "-01");
  }

  @Test
  void traceIdTooLongStartsNewTrace() {
    assertStartsNewTrace("00-" + TRACE_ID + "a-" + SPAN_ID + "-01");
  }

  @Test
  void parentIdTooShortStartsNewTrace() {
    assertStartsNewTrace("00-" + TRACE_ID + "-" + SPAN_ID.substring(1) + "-01");
  }

  @Test
  void parentIdTooLongStartsNewTrace() {
    assertStartsNewTrace("00-" + TRACE_ID + "-" + SPAN_ID + "a-01");
  }

  @Test
  void flagsTooShortStartNewTrace() {
    assertStartsNewTrace("00-" + TRACE_ID + "-" + SPAN_ID + "-1");
  }

  @Test
  void flagsTooLongStartNewTrace() {
    assertStartsNewTrace("00-" + TRACE_ID + "-" + SPAN_ID + "-001");
  }

  @Test
  void wrongDelimiterStartsNewTrace() {
    assertStartsNewTrace("00_" + TRACE_ID + "-" + SPAN_ID + "-01");
    assertStartsNewTrace("00-" + TRACE_ID + "_" + SPAN_ID + "-01");
    assertStartsNewTrace("00-" + TRACE_ID + "-" + SPAN_ID + "_01");
  }

  @Test
  void version00MustBeExactly55CharactersSoExtraFieldsAreInvalid() {
    assertStartsNewTrace(VALID + "-what-the-future-will-be-like");
    assertStartsNewTrace(VALID + ".");
  }

  @Test
  void surroundingSpacesAndTabsAreTolerated() {
    assertTrue(extract(" " + VALID).isValid());
    assertTrue(extract(VALID + " ").isValid());
    assertTrue(extract("\t " + VALID + " \t").isValid());
  }

  @Test
  void higherVersionWithFourFieldsIsParsedAsVersion00() {
    SpanContext parent = extract("cc-" + TRACE_ID + "-" + SPAN_ID + "-01");
    assertTrue(parent.isValid());
    assertEquals(TRACE_ID, parent.getTraceId());
    assertEquals(SPAN_ID, parent.getSpanId());
    assertTrue(parent.isSampled());
  }

  @Test
  void higherVersionMayAppendFieldsAfterADash() {
    SpanContext parent =
        extract("cc-" + TRACE_ID + "-" + SPAN_ID + "-01-what-the-future-will-be-like");
    assertTrue(parent.isValid());
    assertEquals(TRACE_ID, parent.getTraceId());
  }

  @Test
  void higherVersionWithFlagsNotFollowedByADashStartsNewTrace() {
    assertStartsNewTrace("cc-" + TRACE_ID + "-" + SPAN_ID + "-01.what-the-future-will-be-like");
    assertStartsNewTrace("cc-" + TRACE_ID + "-" + SPAN_ID + "-012");
  }

  @Test
  void higherVersionShorterThan55CharactersStartsNewTrace() {
    assertStartsNewTrace("cc-" + TRACE_ID + "-" + SPAN_ID + "-1");
  }

  @Test
  void higherVersionStillRejectsAllZeroIds() {
    assertStartsNewTrace("cc-00000000000000000000000000000000-" + SPAN_ID + "-01");
    assertStartsNewTrace("cc-" + TRACE_ID + "-0000000000000000-01");
  }

  @Test
  void higherVersionKeepsOnlyTheFlagsThisVersionDefines() {
    SpanContext parent = extract("cc-" + TRACE_ID + "-" + SPAN_ID + "-f1-extra");
    assertEquals("01", parent.getTraceFlags().asHex());
  }

  @Test
  void repeatedTraceparentHeaderStartsNewTrace() {
    Headers headers =
        Headers.of(
            "traceparent", "00-12345678901234567890123456789011-1234567890123456-01",
            "traceparent", "00-12345678901234567890123456789012-1234567890123456-01");
    assertFalse(extract(headers).isValid());
  }

  @Test
  void repeatedIdenticalTraceparentHeaderStartsNewTrace() {
    assertFalse(extract(Headers.of("traceparent", VALID, "traceparent", VALID)).isValid());
  }

  @Test
  void twoTraceparentsJoinedWithACommaInOneValueStartNewTrace() {
    assertStartsNewTrace(VALID + "," + VALID);
    assertStartsNewTrace(VALID + ", " + VALID);
  }

  @Test
  void twoHigherVersionTraceparentsJoinedWithACommaStartNewTrace() {
    String future = "cc-" + TRACE_ID + "-" + SPAN_ID + "-01";
    assertStartsNewTrace(future + "-x," + future);
  }

  @Test
  void getterWithoutGetAllFallsBackToTheSingleValueItReports() {
    Headers headers = Headers.of("traceparent", VALID, "traceparent", VALID);
    Context context =
        W3cTraceContextPropagator.getInstance()
            .extract(Context.root(), headers, Headers.SINGLE_VALUE_GETTER);
    assertTrue(Span.fromContext(context).getSpanContext().isValid());
  }

  @Test
  void tracestateWithoutTraceparentIsIgnored() {
    Context context = Context.root();
    Headers headers = Headers.of("tracestate", "foo=1");
    assertSame(
        context, W3cTraceContextPropagator.getInstance().extract(context, headers, Headers.GETTER));
  }
}
