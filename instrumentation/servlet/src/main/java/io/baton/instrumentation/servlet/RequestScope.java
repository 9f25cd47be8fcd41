package io.baton.instrumentation.servlet;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/**
 * What a filter or servlet entry hands to its exit: the request's context made current, and
 * whether this entry started the span (the outermost one) and so decides when it ends.
 */
public final class RequestScope {

  private final Context context;
  private final Scope scope;
  private final boolean owner;

  private RequestScope(Context context, boolean owner) {
    this.context = context;
    this.scope = context.makeCurrent();
    this.owner = owner;
  }

  static RequestScope started(Context context) {
    return new RequestScope(context, true);
  }

  static RequestScope resumed(Context context) {
    return new RequestScope(context, false);
  }

  boolean isOwner() {
    return owner;
  }

  Span span() {
    return Span.fromContext(context);
  }

  void close() {
    scope.close();
  }
}
