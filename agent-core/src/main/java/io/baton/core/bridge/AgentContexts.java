package io.baton.core.bridge;

import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.baggage.BaggageBuilder;
import io.opentelemetry.api.baggage.BaggageEntryMetadata;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import io.opentelemetry.context.Scope;
import java.util.ArrayList;
import java.util.List;

/**
 * The agent's context, for the application's API: the agent's thread-local context is the one
 * truth, so that spans made by the application and by instrumentation parent each other. Context
 * keys only the application knows travel inside the agent's context as one opaque value
 * ({@link #applicationEntries}), so agent code that derives or hands over a context (a JDBC
 * child span, an executor task) carries them along without knowing them.
 */
public final class AgentContexts {

  private static final ContextKey<Object> APPLICATION_ENTRIES = ContextKey.named("baton-application-entries");

  private AgentContexts() {}

  /**
   * True when the application's OpenTelemetry API is the agent's own (in-JVM tests, where nothing
   * is relocated): one context storage already serves both, and must not be bridged to itself.
   */
  public static boolean sharesApplicationApi(Class<?> applicationContextClass) {
    return applicationContextClass == Context.class;
  }

  public static boolean isAgentContext(Object candidate) {
    return candidate instanceof Context;
  }

  public static Object current() {
    return Context.current();
  }

  public static Object root() {
    return Context.root();
  }

  /** Makes the context current; returns the scope handle for {@link #close}. */
  public static Object makeCurrent(Object context) {
    return ((Context) context).makeCurrent();
  }

  public static void close(Object scope) {
    ((Scope) scope).close();
  }

  /** The agent span in the context, or null. */
  public static Object span(Object context) {
    return Span.fromContextOrNull((Context) context);
  }

  public static Object withSpan(Object context, Object span) {
    return ((Context) context).with((Span) span);
  }

  /** The application-only entries carried by this context, or null. */
  public static Object applicationEntries(Object context) {
    return ((Context) context).get(APPLICATION_ENTRIES);
  }

  public static Object withApplicationEntries(Object context, Object entries) {
    return ((Context) context).with(APPLICATION_ENTRIES, entries);
  }

  /** The baggage in the context, or null when there is none. */
  public static List<BaggageItem> baggage(Object context) {
    Baggage baggage = Baggage.fromContextOrNull((Context) context);
    if (baggage == null) {
      return null;
    }
    List<BaggageItem> items = new ArrayList<>(baggage.size());
    baggage.forEach((key, entry) -> items.add(new BaggageItem(key, entry.getValue(), entry.getMetadata().getValue())));
    return items;
  }

  public static Object withBaggage(Object context, List<BaggageItem> items) {
    BaggageBuilder builder = Baggage.builder();
    for (BaggageItem item : items) {
      builder.put(item.key(), item.value(), BaggageEntryMetadata.create(item.metadata()));
    }
    return ((Context) context).with(builder.build());
  }
}
