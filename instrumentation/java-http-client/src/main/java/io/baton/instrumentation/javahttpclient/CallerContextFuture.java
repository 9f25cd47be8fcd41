package io.baton.instrumentation.javahttpclient;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/**
 * The future handed to the application instead of the client's own. The client completes its
 * future on its internal threads; callbacks the application chained before completion would
 * run there with whatever context that thread carries. This future is completed inside the
 * caller's context instead, right after the span ended, so those callbacks see the caller's
 * span (as if the call had been synchronous). Cancelling it cancels the client's exchange.
 */
final class CallerContextFuture<T> extends CompletableFuture<T> {

  private final CompletableFuture<T> source;

  private CallerContextFuture(CompletableFuture<T> source) {
    this.source = source;
  }

  static <T> CompletableFuture<T> endingSpan(CompletableFuture<T> source, ClientCall call) {
    CallerContextFuture<T> result = new CallerContextFuture<>(source);
    Context caller = call.parentContext();
    source.whenComplete(
        (value, error) -> {
          call.end(value instanceof HttpResponse ? (HttpResponse<?>) value : null, error);
          try (Scope ignored = caller.makeCurrent()) {
            if (error != null) {
              result.completeExceptionally(error); // the same throwable: join/get report it as before
            } else {
              result.complete(value);
            }
          }
        });
    return result;
  }

  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    boolean cancelled = super.cancel(mayInterruptIfRunning);
    if (cancelled) {
      source.cancel(mayInterruptIfRunning);
    }
    return cancelled;
  }
}
