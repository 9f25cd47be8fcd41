package io.baton.instrumentation.kafka;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The contexts a poll extracted are handed out once each, then let go with the records they name. */
class PollInfoTest {

  private static final ContextKey<String> SENT_BY = ContextKey.named("sent-by");
  private static final ClientIdentity CLIENT = new ClientIdentity("client", "group");

  private final ConsumerRecord<String, String> first = new ConsumerRecord<>("orders", 0, 0L, "k1", "v1");
  private final ConsumerRecord<String, String> second = new ConsumerRecord<>("orders", 0, 1L, "k2", "v2");
  private final Context firstParent = Context.root().with(SENT_BY, "first");
  private final Context secondParent = Context.root().with(SENT_BY, "second");

  @Test
  void eachRecordGetsTheContextExtractedFromItsHeaders() {
    PollInfo poll = pollOfBoth();

    assertSame(secondParent, poll.claimExtracted(second));
    assertSame(firstParent, poll.claimExtracted(first));
  }

  @Test
  void theContextsAndTheRecordsAreLetGoOnceEveryOneWasClaimed() {
    PollInfo poll = pollOfBoth();

    poll.claimExtracted(first);
    assertTrue(poll.holdsExtracted(), "one record still to process");
    poll.claimExtracted(second);
    assertFalse(poll.holdsExtracted());
  }

  @Test
  void aSecondPassOverTheSameRecordsFindsNothingAndReadsTheHeadersItself() {
    PollInfo poll = pollOfBoth();
    poll.claimExtracted(first);
    poll.claimExtracted(second);

    assertNull(poll.claimExtracted(first));
  }

  @Test
  void aRecordThePollDidNotExtractClaimsNothing() {
    Map<ConsumerRecord<?, ?>, Context> onlyFirst = new IdentityHashMap<>();
    onlyFirst.put(first, firstParent);
    PollInfo poll = new PollInfo(SpanContext.getInvalid(), CLIENT, onlyFirst);

    assertNull(poll.claimExtracted(second), "sent without headers");
    assertTrue(poll.holdsExtracted(), "the first record's context is still unclaimed");
    assertSame(firstParent, poll.claimExtracted(first));
    assertFalse(poll.holdsExtracted());
  }

  @Test
  void aPollWithoutHeadersHasNothingToClaim() {
    PollInfo poll = new PollInfo(SpanContext.getInvalid(), CLIENT, null);

    assertNull(poll.claimExtracted(first));
    assertFalse(poll.holdsExtracted());
  }

  private PollInfo pollOfBoth() {
    Map<ConsumerRecord<?, ?>, Context> extracted = new IdentityHashMap<>();
    extracted.put(first, firstParent);
    extracted.put(second, secondParent);
    return new PollInfo(SpanContext.getInvalid(), CLIENT, extracted);
  }
}
