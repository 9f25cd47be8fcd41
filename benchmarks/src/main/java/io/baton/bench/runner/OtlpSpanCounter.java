package io.baton.bench.runner;

import java.nio.ByteBuffer;

/**
 * Counts the spans of an OTLP {@code ExportTraceServiceRequest} by walking the protobuf wire
 * format along {@code resource_spans (1) -> scope_spans (2) -> spans (2)}: enough to know how many
 * spans an agent made per request, without generated classes on the runner's class path.
 */
final class OtlpSpanCounter {

  private static final int[] PATH_TO_SPANS = {1, 2, 2};

  private OtlpSpanCounter() {}

  static int count(byte[] request) {
    return count(ByteBuffer.wrap(request), 0);
  }

  private static int count(ByteBuffer message, int depth) {
    int spans = 0;
    while (message.hasRemaining()) {
      long tag = readVarint(message);
      int field = (int) (tag >>> 3);
      int wireType = (int) (tag & 7);
      if (wireType == 0) {
        readVarint(message);
      } else if (wireType == 1) {
        skip(message, 8);
      } else if (wireType == 5) {
        skip(message, 4);
      } else if (wireType == 2) {
        int length = (int) readVarint(message);
        if (field == PATH_TO_SPANS[depth]) {
          if (depth == PATH_TO_SPANS.length - 1) {
            spans++;
          } else {
            ByteBuffer nested = message.slice();
            nested.limit(length);
            spans += count(nested, depth + 1);
          }
        }
        skip(message, length);
      } else {
        throw new IllegalArgumentException("unexpected protobuf wire type " + wireType);
      }
    }
    return spans;
  }

  private static long readVarint(ByteBuffer buffer) {
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      byte b = buffer.get();
      value |= (long) (b & 0x7f) << shift;
      if (b >= 0) {
        return value;
      }
    }
    throw new IllegalArgumentException("varint too long");
  }

  private static void skip(ByteBuffer buffer, int bytes) {
    buffer.position(buffer.position() + bytes);
  }
}
