package io.baton.core.propagation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.baggage.BaggageBuilder;
import io.opentelemetry.api.baggage.BaggageEntryMetadata;
import io.opentelemetry.context.Context;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class BaggageInjectionTest {

  private static String inject(Baggage baggage) {
    Headers headers = new Headers();
    W3cBaggagePropagator.getInstance()
        .inject(Context.root().with(baggage), headers, Headers.SETTER);
    return headers.value("baggage");
  }

  @Test
  void entriesAreWrittenAsCommaSeparatedMembers() {
    Baggage baggage = Baggage.builder().put("isProduction", "false").put("userId", "alice").build();
    assertEquals("isProduction=false,userId=alice", inject(baggage));
  }

  @Test
  void emptyBaggageWritesNoHeader() {
    assertNull(inject(Baggage.empty()));
  }

  @Test
  void contextWithoutBaggageWritesNoHeader() {
    Headers headers = new Headers();
    W3cBaggagePropagator.getInstance().inject(Context.root(), headers, Headers.SETTER);
    assertTrue(headers.isEmpty());
  }

  @Test
  void charactersOutsideBaggageOctetsArePercentEncodedAsUtf8() {
    Baggage baggage = Baggage.builder().put("k", "a b,c;d\"e\\f\u00e9\t\u20ac").build();
    assertEquals("k=a%20b%2Cc%3Bd%22e%5Cf%C3%A9%09%E2%82%AC", inject(baggage));
  }

  @Test
  void percentSignIsAlwaysEncoded() {
    assertEquals("k=100%25", inject(Baggage.builder().put("k", "100%").build()));
  }

  @Test
  void baggageOctetsAreSentAsTheyAre() {
    String octets = "!#$&'()*+-./0123456789:<=>?@AZ[]^_`az{|}~";
    assertEquals("k=" + octets, inject(Baggage.builder().put("k", octets).build()));
  }

  @Test
  void emptyValueIsWrittenAsKeyAndEqualsSign() {
    assertEquals("k=", inject(Baggage.builder().put("k", "").build()));
  }

  @Test
  void metadataIsWrittenAsProperties() {
    Baggage baggage =
        Baggage.builder().put("k", "v", BaggageEntryMetadata.create("p1;p2=x")).build();
    assertEquals("k=v;p1;p2=x", inject(baggage));
  }

  @Test
  void metadataThatIsNotAPropertyListIsDroppedButTheEntryKept() {
    Baggage baggage =
        Baggage.builder()
            .put("a", "1", BaggageEntryMetadata.create("has space"))
            .put("b", "2", BaggageEntryMetadata.create("p,q"))
            .put("c", "3", BaggageEntryMetadata.create(";"))
            .build();
    assertEquals("a=1,b=2,c=3", inject(baggage));
  }

  @Test
  void entryWhoseKeyIsNotATokenIsNotSent() {
    Baggage baggage = Baggage.builder().put("bad key", "1").put("k(", "2").put("ok", "3").build();
    assertEquals("ok=3", inject(baggage));
  }

  @Test
  void writingStopsAtSixtyFourMembers() {
    BaggageBuilder builder = Baggage.builder();
    for (int i = 0; i < 70; i++) {
      builder.put(String.format("k%02d", i), "v");
    }
    String header = inject(builder.build());
    assertEquals(64, header.split(",").length);
    assertTrue(header.endsWith("k63=v"));
  }

  @Test
  void writingStopsBeforeExceeding8192Bytes() {
    Baggage baggage =
        Baggage.builder()
            .put("a", repeat('x', 4093))
            .put("b", repeat('y', 4092))
            .put("c", "")
            .put("d", "1")
            .build();
    String header = inject(baggage);
    assertEquals(8190, header.length());
    assertTrue(header.startsWith("a=") && header.contains(",b="));
  }

  @Test
  void encodedSizeCountsTowardsTheByteLimit() {
    // each '\u00e9' becomes six bytes on the wire, so 1400 of them cannot fit in 8192 bytes
    Baggage baggage = Baggage.builder().put("a", repeat('\u00e9', 1400)).put("b", "1").build();
    assertNull(inject(baggage));
  }

  @Test
  void extractedBaggageIsForwardedUnchanged() {
    Headers received =
        Headers.of(
            "baggage", "key1=value1;property1;property2",
            "baggage", "serverNode=DF%2028,userId=Am%C3%A9lie;p=v");
    Context context =
        W3cBaggagePropagator.getInstance().extract(Context.root(), received, Headers.GETTER);
    assertEquals(
        "key1=value1;property1;property2,serverNode=DF%2028,userId=Am%C3%A9lie;p=v",
        inject(Baggage.fromContext(context)));
  }

  @Test
  void fieldsAreBaggage() {
    assertEquals(Collections.singletonList("baggage"), W3cBaggagePropagator.getInstance().fields());
  }

  private static String repeat(char c, int times) {
    return String.join("", Collections.nCopies(times, String.valueOf(c)));
  }
}
