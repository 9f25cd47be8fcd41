package io.baton.instrumentation.withspan;

import io.baton.core.bridge.AgentContexts;
import io.baton.core.bridge.AgentSpans;
import io.baton.core.bridge.AgentTracers;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/** One running call of an annotated method: its span, current while the method runs. */
final class AnnotatedCall {

  private static final Object TRACER = AgentTracers.instrumentationTracer("opentelemetry-instrumentation-annotations");

  private final Object span;
  private final Object scope;

  private AnnotatedCall(Object span, Object scope) {
    this.span = span;
    this.scope = scope;
  }

  static AnnotatedCall start(Class<?> type, String nameAndDescriptor, Object[] arguments) {
    SpanTemplate template = SpanTemplates.of(type, nameAndDescriptor);
    if (template == null) {
      return null;
    }
    Object builder = AgentTracers.spanBuilder(TRACER, template.spanName());
    AgentTracers.setKind(builder, template.kind());
    if (!template.inheritsContext()) {
      AgentTracers.setNoParent(builder);
    }
    template.addAttributes(builder, arguments);
    Object span = AgentTracers.startSpan(builder);
    Object scope = AgentContexts.makeCurrent(AgentContexts.withSpan(AgentContexts.current(), span));
    return new AnnotatedCall(span, scope);
  }

  void finish(Object returned, Throwable thrown) {
    AgentContexts.close(scope);
    if (thrown != null) {
      endWithError(thrown);
    } else if (returned instanceof CompletionStage) {
      // the application's future is returned unchanged; the callback only observes it
      ((CompletionStage<?>) returned).whenComplete((value, error) -> {
        if (error != null) {
          endWithError(unwrap(error));
        } else {
          AgentSpans.end(span);
        }
      });
    } else {
      AgentSpans.end(span);
    }
  }

  private void endWithError(Throwable error) {
    AgentSpans.setStatus(span, "ERROR", null);
    AgentSpans.recordException(span, error, null);
    AgentSpans.end(span);
  }

  private static Throwable unwrap(Throwable error) {
    boolean wrapper = error instanceof CompletionException || error instanceof ExecutionException;
    return wrapper && error.getCause() != null ? error.getCause() : error;
  }
}
