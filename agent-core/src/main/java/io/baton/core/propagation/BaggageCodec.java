package io.baton.core.propagation;

import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.baggage.BaggageBuilder;
import io.opentelemetry.api.baggage.BaggageEntry;
import io.opentelemetry.api.baggage.BaggageEntryMetadata;
import java.util.Iterator;
import java.util.function.BiConsumer;

/**
 * Converts between {@code baggage} header values and {@link Baggage}.
 *
 * <p>Limits: the spec requires propagating everything up to 64 list-members and 8192 bytes, and
 * allows dropping list-members beyond that, never part of one. Both directions keep list-members
 * from the left and stop at the first one that would break either limit; it and everything after it
 * are dropped. Keeping a prefix favours what the sender put first, is easy to predict, and lets an
 * oversized header be abandoned without reading it to the end. On extract, a member's size is its
 * text as received (OWS inside it included, as in the spec's byte-count example) plus one byte per
 * separating comma, summed over all {@code baggage} values, which form one list. Malformed members
 * are skipped and do not count.
 *
 * <p>Properties after a value are kept, as received, as the entry's metadata. A key seen twice
 * keeps its last value, as the OpenTelemetry baggage builder does.
 */
final class BaggageCodec {

  static final int MAX_MEMBERS = 64;
  static final int MAX_BYTES = 8192;

  private BaggageCodec() {}

  /** The baggage carried by the header values, or null when they hold no valid member. */
  static Baggage decode(Iterator<String> headerValues) {
    BaggageBuilder builder = null;
    int members = 0;
    int bytes = 0;
    while (headerValues.hasNext()) {
      String header = headerValues.next();
      if (header == null) {
        continue;
      }
      int length = header.length();
      int position = 0;
      while (position <= length) {
        int comma = header.indexOf(',', position);
        if (comma < 0) {
          comma = length;
        }
        int start = HeaderValues.skipOwsForward(header, position, comma);
        int end = HeaderValues.skipOwsBackward(header, start, comma);
        position = comma + 1;
        if (start == end) {
          continue;
        }
        Member member = Member.parse(header, start, end);
        if (member == null) {
          continue;
        }
        int grown = bytes + (members == 0 ? 0 : 1) + (end - start);
        if (members == MAX_MEMBERS || grown > MAX_BYTES) {
          return build(builder);
        }
        if (builder == null) {
          builder = Baggage.builder();
        }
        builder.put(member.key, member.value, member.metadata);
        members++;
        bytes = grown;
      }
    }
    return build(builder);
  }

  /** The header value for the baggage, or null when nothing can be sent. */
  static String encode(Baggage baggage) {
    if (baggage == null || baggage.isEmpty()) {
      return null;
    }
    Encoder encoder = new Encoder();
    baggage.forEach(encoder);
    return encoder.out.length() == 0 ? null : encoder.out.toString();
  }

  private static Baggage build(BaggageBuilder builder) {
    return builder == null ? null : builder.build();
  }

  /** Appends entries while both limits hold; stops for good at the first that would break one. */
  private static final class Encoder implements BiConsumer<String, BaggageEntry> {
    final StringBuilder out = new StringBuilder();
    int members;
    boolean full;

    @Override
    public void accept(String key, BaggageEntry entry) {
      if (full || entry == null || !BaggageGrammar.isToken(key) || entry.getValue() == null) {
        return;
      }
      String value = PercentCodec.encode(entry.getValue());
      String metadata = sendableMetadata(entry.getMetadata());
      int size = key.length() + 1 + value.length() + (metadata == null ? 0 : 1 + metadata.length());
      int grown = out.length() + (members == 0 ? 0 : 1) + size;
      if (members == MAX_MEMBERS || grown > MAX_BYTES) {
        full = true;
        return;
      }
      if (members > 0) {
        out.append(',');
      }
      out.append(key).append('=').append(value);
      if (metadata != null) {
        out.append(';').append(metadata);
      }
      members++;
    }

    /**
     * Metadata goes out only if it parses as properties; anything else would corrupt the member, so
     * it is dropped and the entry still sent.
     */
    private static String sendableMetadata(BaggageEntryMetadata metadata) {
      String text = metadata == null ? null : metadata.getValue();
      if (text == null) {
        return null;
      }
      int start = HeaderValues.skipOwsForward(text, 0, text.length());
      int end = HeaderValues.skipOwsBackward(text, start, text.length());
      if (start == end || !BaggageGrammar.isPropertyList(text, start, end)) {
        return null;
      }
      return text.substring(start, end);
    }
  }

  /** One parsed list-member. */
  private static final class Member {
    final String key;
    final String value;
    final BaggageEntryMetadata metadata;

    private Member(String key, String value, BaggageEntryMetadata metadata) {
      this.key = key;
      this.value = value;
      this.metadata = metadata;
    }

    /** Parses the OWS-trimmed member {@code [start, end)}, or returns null if it is malformed. */
    static Member parse(String s, int start, int end) {
      // The first '=' separates key and value; values may contain more of them.
      int equals = HeaderValues.indexOf(s, '=', start, end);
      if (equals < 0) {
        return null;
      }
      int keyEnd = HeaderValues.skipOwsBackward(s, start, equals);
      if (!BaggageGrammar.isToken(s, start, keyEnd)) {
        return null;
      }
      int semicolon = HeaderValues.indexOf(s, ';', equals + 1, end);
      int valueEnd = semicolon < 0 ? end : semicolon;
      int valueStart = HeaderValues.skipOwsForward(s, equals + 1, valueEnd);
      valueEnd = HeaderValues.skipOwsBackward(s, valueStart, valueEnd);
      if (!BaggageGrammar.isValue(s, valueStart, valueEnd)) {
        return null;
      }
      BaggageEntryMetadata metadata = BaggageEntryMetadata.empty();
      if (semicolon >= 0) {
        if (!BaggageGrammar.isPropertyList(s, semicolon + 1, end)) {
          return null;
        }
        int propertiesStart = HeaderValues.skipOwsForward(s, semicolon + 1, end);
        metadata = BaggageEntryMetadata.create(s.substring(propertiesStart, end));
      }
      return new Member(
          s.substring(start, keyEnd), PercentCodec.decode(s, valueStart, valueEnd), metadata);
    }
  }
}
