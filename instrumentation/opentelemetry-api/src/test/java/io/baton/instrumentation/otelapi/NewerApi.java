package io.baton.instrumentation.otelapi;

import java.lang.reflect.Method;

/**
 * Calls API methods newer than the 1.20 API this module compiles against (tests run with the
 * current API on the class path): {@code GlobalOpenTelemetry.isSet()}, {@code Span.addLink}.
 */
final class NewerApi {

  private NewerApi() {}

  static Object call(Class<?> type, Object target, String method, Object... args) {
    for (Method candidate : type.getMethods()) {
      if (candidate.getName().equals(method) && candidate.getParameterCount() == args.length) {
        try {
          return candidate.invoke(target, args);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(method + " failed", e);
        }
      }
    }
    throw new AssertionError(type.getName() + "." + method + " with " + args.length + " arguments does not exist");
  }
}
