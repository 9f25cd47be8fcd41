package io.baton.instrumentation.otelapi.context;

import io.baton.core.bridge.AgentContexts;
import io.baton.instrumentation.otelapi.ApiMode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextStorage;
import io.opentelemetry.context.Scope;

/**
 * The application's context storage, backed by the agent's: {@code current()} is always the
 * agent's current context, and {@code makeCurrent()} makes the agent's context current. So a span
 * the application makes current is the parent of the JDBC span the agent creates under it, and
 * the agent's SERVER span is what {@code Span.current()} returns in the application.
 *
 * <p>Storage wrappers the application registered ({@code ContextStorage.addWrapper}) wrapped the
 * storage we replace, and no longer apply.
 */
public final class BridgedContextStorage implements ContextStorage {

  static final BridgedContextStorage INSTANCE = new BridgedContextStorage();

  private BridgedContextStorage() {}

  /** The storage the application's API should use instead of {@code own}. */
  public static Object replacing(Object own) {
    return ApiMode.SHARED ? own : INSTANCE;
  }

  @Override
  public Scope attach(Context toAttach) {
    if (toAttach == null) {
      return Scope.noop();
    }
    return new BridgedScope(AgentContexts.makeCurrent(Contexts.toAgent(toAttach)));
  }

  @Override
  public Context current() {
    return new BridgedContext(AgentContexts.current());
  }

  @Override
  public Context root() {
    return BridgedContext.ROOT;
  }
}
