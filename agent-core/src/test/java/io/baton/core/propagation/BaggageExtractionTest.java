package io.baton.core.propagation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.baggage.BaggageEntry;
import io.opentelemetry.context.Context;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaggageExtractionTest {

  private static Baggage extract(String... baggageHeaders) {
    Headers headers = new Headers();
    for (String value : baggageHeaders) {
      headers.add("baggage", value);
    }
    Context context =
        W3cBaggagePropagator.getInstance().extract(Context.root(), headers, Headers.GETTER);
    return Baggage.fromContext(context);
  }

  private static String metadata(Baggage baggage, String key) {
    BaggageEntry entry = baggage.getEntry(key);
    return entry == null ? null : entry.getMetadata().getValue();
  }

  @Test
  void memberBecomesABaggageEntry() {
    Baggage baggage = extract("userId=alice");
    assertEquals(1, baggage.size());
    assertEquals("alice", baggage.getEntryValue("userId"));
    assertEquals("", metadata(baggage, "userId"));
  }

  @Test
  void specExampleWithPropertiesAndWhitespaceIsRead() {
    Baggage baggage =
        extract(
            "key1=value1;property1;property2, key2 = value2, key3=value3;"
                + " propertyKey=propertyValue");
    assertEquals("value1", baggage.getEntryValue("key1"));
    assertEquals("property1;property2", metadata(baggage, "key1"));
    assertEquals("value2", baggage.getEntryValue("key2"));
    assertEquals("", metadata(baggage, "key2"));
    assertEquals("value3", baggage.getEntryValue("key3"));
    assertEquals("propertyKey=propertyValue", metadata(baggage, "key3"));
  }

  @Test
  void tabsCountAsOptionalWhitespace() {
    Baggage baggage = extract("\tk\t=\tv\t;\tp\t");
    assertEquals("v", baggage.getEntryValue("k"));
    assertEquals("p", metadata(baggage, "k"));
  }

  @Test
  void repeatedBaggageHeadersAreCombined() {
    Baggage baggage = extract("userId=alice", "serverNode=DF%2028,isProduction=false");
    assertEquals("alice", baggage.getEntryValue("userId"));
    assertEquals("DF 28", baggage.getEntryValue("serverNode"));
    assertEquals("false", baggage.getEntryValue("isProduction"));
  }

  @Test
  void percentEncodedUtf8ValueIsDecoded() {
    assertEquals("Am\u00e9lie", extract("userId=Am%C3%A9lie").getEntryValue("userId"));
    assertEquals("Am\u00e9lie", extract("userId=Am%c3%a9lie").getEntryValue("userId"));
  }

  @Test
  void invalidUtf8IsDecodedAsReplacementCharacter() {
    assertEquals("\ufffd(", extract("k=%C3%28").getEntryValue("k"));
  }

  @Test
  void percentSignThatIsNotAnEscapeIsKeptLiterally() {
    assertEquals("50%", extract("k=50%").getEntryValue("k"));
    assertEquals("%zz", extract("k=%zz").getEntryValue("k"));
    assertEquals("%4", extract("k=%4").getEntryValue("k"));
  }

  @Test
  void valueMayContainEqualsSigns() {
    assertEquals("YWJj==", extract("k=YWJj==").getEntryValue("k"));
  }

  @Test
  void emptyValueIsAllowed() {
    Baggage baggage = extract("k=,other=1");
    assertEquals("", baggage.getEntryValue("k"));
    assertEquals("1", baggage.getEntryValue("other"));
  }

  @Test
  void propertyWithValueAndOwsAroundItsEqualsSignIsKept() {
    assertEquals("p = v;q", metadata(extract("k=v; p = v;q"), "k"));
  }

  @Test
  void memberWithoutEqualsSignIsSkippedAndTheOthersKept() {
    Baggage baggage = extract("a=1,bad member,b=2");
    assertEquals(2, baggage.size());
    assertEquals("1", baggage.getEntryValue("a"));
    assertEquals("2", baggage.getEntryValue("b"));
  }

  @Test
  void memberWhoseKeyIsNotATokenIsSkipped() {
    Baggage baggage = extract("a b=1,k(=2,=3,\u00e9=4,ok=5");
    assertEquals(1, baggage.size());
    assertEquals("5", baggage.getEntryValue("ok"));
  }

  @Test
  void memberWithCharactersOutsideBaggageOctetsIsSkipped() {
    Baggage baggage = extract("a=b c,q=\"x\",s=a\\b,u=\u00e9,ok=1");
    assertEquals(1, baggage.size());
    assertEquals("1", baggage.getEntryValue("ok"));
  }

  @Test
  void memberWithMalformedPropertyIsSkipped() {
    Baggage baggage = extract("a=1;p q,b=2;=v,c=3;,d=4;p=a b,ok=5;p");
    assertEquals(1, baggage.size());
    assertEquals("p", metadata(baggage, "ok"));
  }

  @Test
  void emptyMembersAreSkipped() {
    Baggage baggage = extract(",a=1,, ,b=2,");
    assertEquals(2, baggage.size());
  }

  @Test
  void repeatedKeyKeepsTheLastValue() {
    assertEquals("2", extract("k=1,k=2").getEntryValue("k"));
    assertEquals("2", extract("k=1", "k=2").getEntryValue("k"));
  }

  @Test
  void sixtyFourMembersAreAccepted() {
    assertEquals(64, extract(members(0, 64)).size());
  }

  @Test
  void membersBeyondTheSixtyFourthAreDropped() {
    Baggage baggage = extract(members(0, 70));
    assertEquals(64, baggage.size());
    assertEquals("v63", baggage.getEntryValue("k63"));
    assertNull(baggage.getEntryValue("k64"));
  }

  @Test
  void memberLimitAppliesToAllHeadersTogether() {
    Baggage baggage = extract(members(0, 40), members(40, 80));
    assertEquals(64, baggage.size());
    assertNull(baggage.getEntryValue("k64"));
  }

  @Test
  void malformedMembersDoNotCountTowardsTheLimit() {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      parts.add("bad member " + i);
    }
    parts.add(members(0, 64));
    assertEquals(64, extract(String.join(",", parts)).size());
  }

  @Test
  void membersAddingUpToExactly8192BytesAreAccepted() {
    String header = "a=" + repeat('x', 4093) + "," + "b=" + repeat('y', 4091) + ",c=";
    assertEquals(8192, header.length());
    assertEquals(3, extract(header).size());
  }

  @Test
  void memberThatWouldExceed8192BytesIsDroppedWithTheRest() {
    String fits = "a=" + repeat('x', 4093) + ",b=" + repeat('y', 4092);
    assertEquals(8190, fits.length());
    Baggage baggage = extract(fits + ",c=,d=1");
    assertEquals(2, baggage.size());
    assertNull(baggage.getEntryValue("c"));
    assertNull(baggage.getEntryValue("d"));
  }

  @Test
  void byteLimitAppliesToAllHeadersTogether() {
    Baggage baggage = extract("a=" + repeat('x', 6000), "b=" + repeat('y', 3000), "c=1");
    assertEquals(1, baggage.size());
    assertEquals(6000, baggage.getEntryValue("a").length());
  }

  @Test
  void missingHeaderLeavesTheContextUntouched() {
    Context context = Context.root();
    assertSame(
        context, W3cBaggagePropagator.getInstance().extract(context, Headers.of(), Headers.GETTER));
  }

  @Test
  void headerWithoutAnyValidMemberLeavesTheContextUntouched() {
    Context context = Context.root();
    Headers headers = Headers.of("baggage", "no members here");
    assertSame(
        context, W3cBaggagePropagator.getInstance().extract(context, headers, Headers.GETTER));
  }

  @Test
  void extractedBaggageReplacesTheBaggageAlreadyInTheContext() {
    Context context = Context.root().with(Baggage.builder().put("local", "1").build());
    Headers headers = Headers.of("baggage", "remote=2");
    Baggage baggage =
        Baggage.fromContext(
            W3cBaggagePropagator.getInstance().extract(context, headers, Headers.GETTER));
    assertNull(baggage.getEntryValue("local"));
    assertEquals("2", baggage.getEntryValue("remote"));
  }

  private static String members(int from, int to) {
    List<String> members = new ArrayList<>();
    for (int i = from; i < to; i++) {
      members.add("k" + i + "=v" + i);
    }
    return String.join(",", members);
  }

  private static String repeat(char c, int times) {
    return String.join("", Collections.nCopies(times, String.valueOf(c)));
  }
}
