package io.baton.instrumentation.log4j;

import io.baton.core.api.LogCorrelationFields;
import io.opentelemetry.context.Context;
import org.apache.logging.log4j.util.SortedArrayStringMap;
import org.apache.logging.log4j.util.StringMap;

/**
 * Adds the current trace context to an event's context data without disturbing whoever else
 * holds that map. The injectors return either the event's own reusable map (garbage-free mode:
 * written in place) or a frozen map that may be shared, e.g. the copy-on-write ThreadContext's
 * own map (copied, and the copy frozen again so Log4j keeps treating it as "replace, do not
 * clear"). Outside a span the map is returned untouched, with no allocation.
 */
final class EventContextData {

  private static final LogCorrelationFields FIELDS = LogCorrelationFields.fromConfig("log4j-context-data");

  private EventContextData() {}

  static StringMap withTraceContext(StringMap contextData, StringMap reusable) {
    Context context = Context.current();
    if (contextData == null || !FIELDS.hasTraceContext(context)) {
      return contextData;
    }
    if (contextData.containsKey(FIELDS.traceIdKey())) {
      return contextData; // the application put its own ids there: they win
    }
    if (contextData == reusable && !contextData.isFrozen()) {
      FIELDS.putInto(context, contextData::putValue);
      return contextData;
    }
    StringMap copy = new SortedArrayStringMap(contextData.size() + 4);
    copy.putAll(contextData);
    FIELDS.putInto(context, copy::putValue);
    if (contextData.isFrozen()) {
      copy.freeze();
    }
    return copy;
  }
}
