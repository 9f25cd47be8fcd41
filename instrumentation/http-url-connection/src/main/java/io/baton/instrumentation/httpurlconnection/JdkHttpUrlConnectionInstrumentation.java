package io.baton.instrumentation.httpurlconnection;

import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.baton.core.instrumentation.AdviceApplier;
import io.baton.core.instrumentation.TypeHint;
import io.baton.core.instrumentation.TypeInstrumentation;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * The JDK's HTTP implementation, {@code sun.net.www.protocol.http.HttpURLConnection}. HTTPS
 * connections are a facade ({@code HttpsURLConnectionImpl}) over a subclass of it, which inherits
 * these methods: instrumenting the facade too would track a second object whose response code
 * is never set. A name match only: no hierarchy walk at start-up.
 */
final class JdkHttpUrlConnectionInstrumentation implements TypeInstrumentation {

  @Override
  public TypeHint hint() {
    return TypeHint.named("sun.net.www.protocol.http.HttpURLConnection");
  }

  @Override
  public void applyAdvice(AdviceApplier applier) {
    applier.applyAdvice(
        isPublic().and(not(isAbstract())).and(takesArguments(0)).and(namedOneOf("connect", "getOutputStream", "getInputStream")),
        ConnectionAdvice.class.getName());
  }
}
