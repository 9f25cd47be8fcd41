package io.baton.core.waterfall;

/**
 * One span as the waterfall needs it, independent of where it came from: the SDK's
 * {@code SpanData} in the agent ({@link SpanDataConversion}), or spans a collector decoded from
 * OTLP when several processes' parts of a trace are shown together.
 */
public final class WaterfallSpan {

  private final String traceId;
  private final String spanId;
  private final String parentSpanId;
  private final String name;
  private final String service;
  private final String kind;
  private final long startNanos;
  private final long endNanos;
  private final String error;

  private WaterfallSpan(Builder builder) {
    this.traceId = builder.traceId;
    this.spanId = builder.spanId;
    this.parentSpanId = builder.parentSpanId;
    this.name = builder.name;
    this.service = builder.service;
    this.kind = builder.kind;
    this.startNanos = builder.startNanos;
    this.endNanos = Math.max(builder.startNanos, builder.endNanos);
    this.error = builder.error;
  }

  public static Builder builder(String traceId, String spanId) {
    return new Builder(traceId, spanId);
  }

  public String traceId() {
    return traceId;
  }

  public String spanId() {
    return spanId;
  }

  /** Empty for a span without a parent. */
  public String parentSpanId() {
    return parentSpanId;
  }

  public String name() {
    return name;
  }

  /** {@code service.name} of the process that recorded the span; may be empty. */
  public String service() {
    return service;
  }

  /** SERVER, CLIENT, ...; informational. */
  public String kind() {
    return kind;
  }

  public long startNanos() {
    return startNanos;
  }

  public long endNanos() {
    return endNanos;
  }

  public long durationNanos() {
    return endNanos - startNanos;
  }

  public boolean isError() {
    return error != null;
  }

  /** What went wrong, as short as the span says it; null when the span did not fail. */
  public String error() {
    return error;
  }

  @Override
  public String toString() {
    return name + " [" + service + ", " + spanId + (parentSpanId.isEmpty() ? "" : " <- " + parentSpanId) + "]";
  }

  public static final class Builder {
    private final String traceId;
    private final String spanId;
    private String parentSpanId = "";
    private String name = "";
    private String service = "";
    private String kind = "";
    private long startNanos;
    private long endNanos;
    private String error;

    private Builder(String traceId, String spanId) {
      this.traceId = traceId;
      this.spanId = spanId;
    }

    public Builder parentSpanId(String value) {
      parentSpanId = value == null ? "" : value;
      return this;
    }

    public Builder name(String value) {
      name = value == null ? "" : value;
      return this;
    }

    public Builder service(String value) {
      service = value == null ? "" : value;
      return this;
    }

    public Builder kind(String value) {
      kind = value == null ? "" : value;
      return this;
    }

    /** Epoch nanoseconds (any common origin works: only differences are shown). */
    public Builder startNanos(long value) {
      startNanos = value;
      return this;
    }

    public Builder endNanos(long value) {
      endNanos = value;
      return this;
    }

    /** Marks the span failed; {@code description} may be empty. */
    public Builder error(String description) {
      error = description == null ? "" : description;
      return this;
    }

    public WaterfallSpan build() {
      return new WaterfallSpan(this);
    }
  }
}
