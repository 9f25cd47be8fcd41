package io.baton.instrumentation.javahttpclient;

import io.opentelemetry.api.impl.InstrumentationUtil;
import io.opentelemetry.context.Context;
import java.net.http.HttpRequest;
import java.util.Optional;

/**
 * Recognises the agent's own export requests, which must never be traced (a span per export
 * would be exported by the next export, forever). Two cheap checks, no stack walk:
 * <ol>
 *   <li>the OpenTelemetry "suppress instrumentation" context flag, which the SDK's exporters set
 *       around their HTTP calls (the OkHttp sender does) and which is the documented way for
 *       anyone to exclude a call;</li>
 *   <li>the request body publisher was defined by the agent's class loader ({@code baton-agent}):
 *       the JDK sender of the OTLP exporter posts through its own {@code BodyPublisher} class,
 *       and no application request can carry a class of that loader. One field read when the
 *       request has a body, nothing otherwise.</li>
 * </ol>
 */
final class AgentTraffic {

  static final String AGENT_LOADER_NAME = "baton-agent";

  private AgentTraffic() {}

  static boolean isAgentRequest(HttpRequest request, Context context) {
    if (InstrumentationUtil.shouldSuppressInstrumentation(context)) {
      return true;
    }
    Optional<HttpRequest.BodyPublisher> body = request.bodyPublisher();
    return body.isPresent() && definedByAgent(body.get().getClass());
  }

  private static boolean definedByAgent(Class<?> type) {
    ClassLoader loader = type.getClassLoader();
    return loader != null && AGENT_LOADER_NAME.equals(loader.getName());
  }
}
