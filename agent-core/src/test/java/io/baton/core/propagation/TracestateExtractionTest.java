package io.baton.core.propagation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TracestateExtractionTest {

  private static final String TRACEPARENT =
      "00-12345678901234567890123456789012-1234567890123456-00";

  /** The trace state extracted from the given tracestate header values. */
  private static TraceState extract(String... tracestates) {
    Headers headers = Headers.of("traceparent", TRACEPARENT);
    for (String tracestate : tracestates) {
      headers.add("tracestate", tracestate);
    }
    Context context =
        W3cTraceContextPropagator.getInstance().extract(Context.root(), headers, Headers.GETTER);
    SpanContext parent = Span.fromContext(context).getSpanContext();
    assertTrue(parent.isValid(), "a tracestate problem must never void the traceparent");
    return parent.getTraceState();
  }

  private static Map<String, String> entries(TraceState state) {
    Map<String, String> entries = new LinkedHashMap<>();
    state.forEach(entries::put);
    return entries;
  }

  private static Map<String, String> entries(String... keysAndValues) {
    Map<String, String> entries = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      entries.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return entries;
  }

  private static void assertDiscarded(String... tracestates) {
    TraceState state = extract(tracestates);
    assertTrue(
        state.isEmpty(), () -> "kept " + entries(state) + " from " + Arrays.toString(tracestates));
  }

  private static String repeat(char c, int times) {
    return String.join("", Collections.nCopies(times, String.valueOf(c)));
  }

  @Test
  void tracestateIsAttachedToTheRemoteParentInHeaderOrder() {
    assertEquals(
        entries("rojo", "00f067aa0ba902b7", "congo", "t61rcWkgMzE"),
        entries(extract("rojo=00f067aa0ba902b7,congo=t61rcWkgMzE")));
  }

  @Test
  void repeatedTracestateHeadersAreCombinedInOrder() {
    assertEquals(
        entries("foo", "1", "bar", "2", "rojo", "1", "congo", "2", "baz", "3"),
        entries(extract("foo=1,bar=2", "rojo=1,congo=2", "baz=3")));
  }

  @Test
  void emptyTracestateHeaderIsAcceptedAndYieldsNoEntries() {
    assertTrue(extract("").isEmpty());
  }

  @Test
  void emptyTracestateHeaderNextToAnotherOneIsIgnored() {
    assertEquals(entries("foo", "1"), entries(extract("foo=1", "")));
    assertEquals(entries("foo", "1"), entries(extract("", "foo=1")));
  }

  @Test
  void emptyAndWhitespaceOnlyMembersAreSkipped() {
    assertEquals(entries("foo", "1", "bar", "2"), entries(extract(",foo=1,, ,\t,bar=2,")));
  }

  @Test
  void spacesAndTabsAroundMembersAreIgnored() {
    assertEquals(
        entries("foo", "1", "bar", "2", "baz", "3"),
        entries(extract("\t foo=1 \t , \t bar=2,\t \tbaz=3 \t")));
  }

  @Test
  void leadingSpacesOfAValueArePartOfIt() {
    assertEquals(" 1", extract("foo= 1").get("foo"));
  }

  @Test
  void emptyValueDiscardsTheTracestate() {
    assertDiscarded("foo=,bar=3");
  }

  @Test
  void spaceOnlyValueDiscardsTheTracestate() {
    assertDiscarded("foo=   ,bar=3");
  }

  @Test
  void duplicatedKeyDiscardsTheTracestate() {
    assertDiscarded("foo=1,foo=1");
    assertDiscarded("foo=1,foo=2");
  }

  @Test
  void keyDuplicatedAcrossHeadersDiscardsTheTracestate() {
    assertDiscarded("foo=1", "foo=2");
  }

  @Test
  void thirtyTwoMembersAreAccepted() {
    TraceState state = extract(members(1, 10), members(11, 20), members(21, 30), members(31, 32));
    assertEquals(32, state.size());
    assertEquals("01", state.get("bar01"));
    assertEquals("32", state.get("bar32"));
  }

  @Test
  void moreThanThirtyTwoMembersDiscardTheTracestate() {
    assertDiscarded(members(1, 10), members(11, 20), members(21, 30), members(31, 33));
  }

  @Test
  void emptyMembersDoNotCountTowardsTheThirtyTwo() {
    assertEquals(32, extract(members(1, 32) + ",,, ,").size());
  }

  @Test
  void simpleKeyOf256CharactersIsAccepted() {
    String key = repeat('z', 256);
    assertEquals(entries("foo", "1", key, "1"), entries(extract("foo=1", key + "=1")));
  }

  @Test
  void simpleKeyOf257CharactersDiscardsTheTracestate() {
    assertDiscarded("foo=1", repeat('z', 257) + "=1");
  }

  @Test
  void multiTenantKeyWithLongestTenantAndSystemIsAccepted() {
    String key = repeat('t', 241) + "@" + repeat('v', 14);
    assertEquals("1", extract("foo=1", key + "=1").get(key));
  }

  @Test
  void tenantIdLongerThan241CharactersDiscardsTheTracestate() {
    assertDiscarded("foo=1", repeat('t', 242) + "@v=1");
  }

  @Test
  void systemIdLongerThan14CharactersDiscardsTheTracestate() {
    assertDiscarded("foo=1", "t@" + repeat('v', 15) + "=1");
  }

  @Test
  void tenantIdMayStartWithADigit() {
    assertEquals("1", extract("1a2b3c@dt=1").get("1a2b3c@dt"));
  }

  @Test
  void simpleKeyStartingWithADigitDiscardsTheTracestate() {
    assertDiscarded("1abc=1,bar=2");
  }

  @Test
  void systemIdStartingWithADigitDiscardsTheTracestate() {
    assertDiscarded("tenant@1sys=1,bar=2");
  }

  @Test
  void illegalKeyCharactersDiscardTheTracestate() {
    assertDiscarded("FOO=1,bar=2");
    assertDiscarded("foo.bar=1,bar=2");
    assertDiscarded("foo =1,bar=2");
  }

  @Test
  void malformedMultiTenantKeyDiscardsTheTracestate() {
    assertDiscarded("foo@=1,bar=2");
    assertDiscarded("@foo=1,bar=2");
    assertDiscarded("foo@@bar=1,bar=2");
    assertDiscarded("foo@bar@baz=1,bar=2");
  }

  @Test
  void memberWithoutEqualsSignDiscardsTheTracestate() {
    assertDiscarded("foo,bar=2");
  }

  @Test
  void equalsSignInValueDiscardsTheTracestate() {
    assertDiscarded("foo=bar=baz");
  }

  @Test
  void valueOf256CharactersIsAccepted() {
    String value = repeat('v', 256);
    assertEquals(value, extract("foo=" + value).get("foo"));
  }

  @Test
  void valueOf257CharactersDiscardsTheTracestate() {
    assertDiscarded("foo=" + repeat('v', 257));
  }

  @Test
  void nonPrintableOrNonAsciiValueDiscardsTheTracestate() {
    assertDiscarded("foo=a\tb");
    assertDiscarded("foo=a\u0001b");
    assertDiscarded("foo=caf\u00e9");
  }

  @Test
  void everyCharacterTheGrammarAllowsIsAccepted() {
    String key = "abcdefghijklmnopqrstuvwxyz0123456789_-*/";
    String tenantKey = key + "@a-z0-9_-*/";
    StringBuilder value = new StringBuilder();
    for (char c = 0x20; c <= 0x7e; c++) {
      if (c != ',' && c != '=') {
        value.append(c);
      }
    }
    assertEquals(value.toString(), extract(key + "=" + value).get(key));
    assertEquals(value.toString(), extract(tenantKey + "=" + value).get(tenantKey));
  }

  private static String members(int from, int to) {
    List<String> members = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      String n = String.format("%02d", i);
      members.add("bar" + n + "=" + n);
    }
    return String.join(",", members);
  }
}
