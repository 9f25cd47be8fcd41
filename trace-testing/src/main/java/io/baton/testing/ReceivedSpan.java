package io.baton.testing;

import java.util.List;
import java.util.Map;

/**
 * One span as a collector received it, with the resource and scope it was sent under. Decoupled
 * from the protobuf classes so assertions read plainly and survive proto upgrades.
 *
 * <p>Ids are lowercase hex; {@code parentSpanId} is empty for a root span. Attribute values are
 * {@code String}, {@code Boolean}, {@code Long}, {@code Double}, {@code List<Object>},
 * {@code Map<String, Object>} or a read-only {@code ByteBuffer}.
 */
public record ReceivedSpan(
    String traceId,
    String spanId,
    String parentSpanId,
    String name,
    Kind kind,
    Map<String, Object> attributes,
    Status status,
    List<Event> events,
    List<Link> links,
    long startEpochNanos,
    long endEpochNanos,
    Map<String, Object> resourceAttributes,
    String scopeName,
    String scopeVersion) {

  public ReceivedSpan {
    attributes = Map.copyOf(attributes);
    events = List.copyOf(events);
    links = List.copyOf(links);
    resourceAttributes = Map.copyOf(resourceAttributes);
  }

  public boolean isRoot() {
    return parentSpanId.isEmpty();
  }

  public Object attribute(String key) {
    return attributes.get(key);
  }

  public Object resourceAttribute(String key) {
    return resourceAttributes.get(key);
  }

  @Override
  public String toString() {
    return name + " [" + kind + ", trace=" + traceId + ", span=" + spanId
        + (isRoot() ? ", root" : ", parent=" + parentSpanId) + ", status=" + status.code()
        + ", scope=" + scopeName + ", attributes=" + attributes + "]";
  }

  /** The OTLP span kinds; {@code UNSPECIFIED} is what a sender that set none transmits. */
  public enum Kind { UNSPECIFIED, INTERNAL, SERVER, CLIENT, PRODUCER, CONSUMER }

  public enum StatusCode { UNSET, OK, ERROR }

  public record Status(StatusCode code, String message) {}

  public record Event(String name, long epochNanos, Map<String, Object> attributes) {
    public Event {
      attributes = Map.copyOf(attributes);
    }
  }

  public record Link(String traceId, String spanId, Map<String, Object> attributes) {
    public Link {
      attributes = Map.copyOf(attributes);
    }
  }
}
