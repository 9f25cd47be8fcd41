package io.baton.instrumentation.otelapi;

import io.baton.core.bridge.AgentContexts;
import io.opentelemetry.context.Context;

/**
 * Whether the application's API is the agent's own. In the agent jar it never is (ours is
 * relocated); in in-JVM tests nothing is relocated and both sides share one API and one context
 * storage, which then must not be bridged to itself.
 */
public final class ApiMode {

  public static final boolean SHARED = AgentContexts.sharesApplicationApi(Context.class);

  private ApiMode() {}
}
