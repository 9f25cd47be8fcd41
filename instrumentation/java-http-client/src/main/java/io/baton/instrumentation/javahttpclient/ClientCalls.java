package io.baton.instrumentation.javahttpclient;

import io.baton.core.http.OuterHttpClientSpan;
import io.baton.core.api.CallDepth;
import io.baton.core.log.AgentLog;
import io.opentelemetry.context.Context;
import java.net.http.HttpRequest;

/**
 * Decides, on entry to {@code send}/{@code sendAsync}, whether this call gets a span, and
 * produces the request the client should send instead. Only the outermost call on a thread is
 * traced: {@code sendAsync(r, h)} calls {@code sendAsync(r, h, p)} internally.
 */
final class ClientCalls {

  private static final CallDepth DEPTH = CallDepth.forKey("java-http-client");

  private ClientCalls() {}

  /** Always returns {request to send, ClientCall or null}; never throws once the depth is entered. */
  static Object[] begin(HttpRequest request) {
    if (DEPTH.enter() > 0 || request == null) {
      return new Object[] {request, null};
    }
    try {
      return beginOutermost(request);
    } catch (Throwable t) {
      AgentLog.debug("java-http-client: request left untraced: " + t);
      return new Object[] {request, null};
    }
  }

  /** Leaves the depth entered by {@link #begin} and returns the call to finish, if any. */
  static ClientCall finishCall(Object[] begun) {
    if (begun == null) {
      return null; // begin never ran: nothing to leave
    }
    DEPTH.exit();
    return begun.length > 1 ? (ClientCall) begun[1] : null;
  }

  private static Object[] beginOutermost(HttpRequest request) {
    Context parent = Context.current();
    if (AgentTraffic.isAgentRequest(request, parent)) {
      return new Object[] {request, null};
    }
    if (OuterHttpClientSpan.isCurrent(parent)) {
      // a library wrapping this client already made the CLIENT span: one span, its context sent
      return new Object[] {TraceHeaders.inject(request, parent), null};
    }
    ClientCall call = ClientCall.start(request, parent);
    return new Object[] {TraceHeaders.inject(request, call.context()), call};
  }
}
