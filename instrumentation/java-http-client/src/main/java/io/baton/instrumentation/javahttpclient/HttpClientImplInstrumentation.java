package io.baton.instrumentation.javahttpclient;

import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.baton.core.instrumentation.AdviceApplier;
import io.baton.core.instrumentation.TypeHint;
import io.baton.core.instrumentation.TypeInstrumentation;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Instruments the JDK's one implementation, {@code jdk.internal.net.http.HttpClientImpl}, rather
 * than every subtype of the public abstract {@code HttpClient}:
 * <ul>
 *   <li>a name match costs nothing at start-up, a hierarchy match runs for every loaded class;</li>
 *   <li>every JDK client ends there ({@code HttpClientFacade} and any application wrapper that
 *       extends {@code HttpClient} delegate to it), over HTTP/1.1 and HTTP/2 alike, so a
 *       wrapper cannot produce a second span;</li>
 *   <li>it has had the same public {@code send}/{@code sendAsync} methods from JDK 11 to 25.</li>
 * </ul>
 * A third-party {@code HttpClient} implementation that never reaches the JDK's is not traced.
 */
final class HttpClientImplInstrumentation implements TypeInstrumentation {

  @Override
  public TypeHint hint() {
    return TypeHint.named("jdk.internal.net.http.HttpClientImpl");
  }

  @Override
  public void applyAdvice(AdviceApplier applier) {
    applier.applyAdvice(
        isPublic().and(named("send")).and(takesArguments(2)).and(takesArgument(0, named("java.net.http.HttpRequest"))),
        SendAdvice.class.getName());
    // sendAsync(request, handler) calls sendAsync(request, handler, pushPromiseHandler): CallDepth keeps one span
    applier.applyAdvice(
        isPublic().and(named("sendAsync")).and(takesArgument(0, named("java.net.http.HttpRequest"))),
        SendAsyncAdvice.class.getName());
  }
}
