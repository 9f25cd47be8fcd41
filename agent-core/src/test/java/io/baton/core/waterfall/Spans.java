package io.baton.core.waterfall;

/** Hand-built spans on a millisecond clock starting at 0, for readable expectations. */
final class Spans {

  static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

  private Spans() {}

  static WaterfallSpan span(String id, String parent, String service, String name, long startMs, long endMs) {
    return builder(id, parent, service, name, startMs, endMs).build();
  }

  static WaterfallSpan failed(String id, String parent, String service, String name, long startMs, long endMs, String error) {
    return builder(id, parent, service, name, startMs, endMs).error(error).build();
  }

  private static WaterfallSpan.Builder builder(String id, String parent, String service, String name, long startMs, long endMs) {
    return WaterfallSpan.builder(TRACE, id)
        .parentSpanId(parent)
        .service(service)
        .name(name)
        .startNanos(startMs * 1_000_000L)
        .endNanos(endMs * 1_000_000L);
  }
}
