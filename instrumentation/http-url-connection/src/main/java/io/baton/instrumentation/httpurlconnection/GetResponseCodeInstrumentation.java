package io.baton.instrumentation.httpurlconnection;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.baton.core.instrumentation.AdviceApplier;
import io.baton.core.instrumentation.TypeHint;
import io.baton.core.instrumentation.TypeInstrumentation;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * {@code getResponseCode} lives in {@code java.net.HttpURLConnection} itself: it calls
 * {@code getInputStream}, swallows the exception the JDK throws for 4xx/5xx and returns the code,
 * so it is where a 404 read through {@code getResponseCode} is seen as a response.
 */
final class GetResponseCodeInstrumentation implements TypeInstrumentation {

  @Override
  public TypeHint hint() {
    return TypeHint.named("java.net.HttpURLConnection");
  }

  @Override
  public void applyAdvice(AdviceApplier applier) {
    applier.applyAdvice(named("getResponseCode").and(takesArguments(0)), ConnectionAdvice.class.getName());
  }
}
