package io.baton.instrumentation.kafka;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;

/**
 * The process span of the record the application's loop body is working on, and its scope.
 * The thread remembers it too: a loop left by {@code break} or an exception never asks for the
 * next record, so the next poll on that thread ends it.
 */
final class ProcessInProgress {

  private static final ThreadLocal<ProcessInProgress> ON_THIS_THREAD = new ThreadLocal<>();

  private final Span span;
  private final Scope scope;
  // ended by the loop or by the next poll, whichever comes first; closing a scope twice would
  // restore a context that is no longer the thread's
  private boolean ended;

  private ProcessInProgress(Span span, Scope scope) {
    this.span = span;
    this.scope = scope;
  }

  static ProcessInProgress open(Span span, Scope scope) {
    ProcessInProgress process = new ProcessInProgress(span, scope);
    ON_THIS_THREAD.set(process);
    return process;
  }

  static void endOnThisThread() {
    ProcessInProgress open = ON_THIS_THREAD.get();
    if (open != null) {
      open.end();
    }
  }

  void end() {
    if (ended) {
      return;
    }
    ended = true;
    if (ON_THIS_THREAD.get() == this) {
      ON_THIS_THREAD.remove();
    }
    scope.close();
    span.end();
  }
}
