package io.baton.instrumentation.javahttpclient;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.http.HttpRequest;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * A builder holding everything of a request except some headers. JDK 16+ does this itself
 * ({@code HttpRequest.newBuilder(HttpRequest, BiPredicate)}), which also carries whatever later
 * JDKs add to a request; JDK 11 to 15 get the same copy written out here.
 */
final class RequestCopy {

  private static final MethodHandle JDK_COPY = findJdkCopy();

  private RequestCopy() {}

  /** {@code dropped}: whether a header name (in the application's spelling) is left out. */
  static HttpRequest.Builder without(HttpRequest request, Predicate<String> dropped) {
    BiPredicate<String, String> keep = (name, value) -> !dropped.test(name);
    if (JDK_COPY != null) {
      try {
        return (HttpRequest.Builder) JDK_COPY.invokeExact(request, keep);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable unexpected) {
        throw new IllegalStateException(unexpected);
      }
    }
    return copyOf(request, keep);
  }

  /** What the JDK 16+ method does, for older JDKs. */
  static HttpRequest.Builder copyOf(HttpRequest request, BiPredicate<String, String> keep) {
    HttpRequest.Builder builder = HttpRequest.newBuilder();
    builder.uri(request.uri());
    builder.expectContinue(request.expectContinue());
    request.headers().map().forEach((name, values) -> {
      for (String value : values) {
        if (keep.test(name, value)) {
          builder.header(name, value);
        }
      }
    });
    request.version().ifPresent(builder::version);
    request.timeout().ifPresent(builder::timeout);
    String method = request.method();
    Optional<HttpRequest.BodyPublisher> body = request.bodyPublisher();
    if (body.isPresent()) {
      builder.method(method, body.get());
    } else if ("GET".equals(method)) {
      builder.GET();
    } else if ("DELETE".equals(method)) {
      builder.DELETE();
    } else {
      builder.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return builder;
  }

  private static MethodHandle findJdkCopy() {
    try {
      return MethodHandles.publicLookup()
          .findStatic(
              HttpRequest.class,
              "newBuilder",
              MethodType.methodType(HttpRequest.Builder.class, HttpRequest.class, BiPredicate.class));
    } catch (ReflectiveOperationException | RuntimeException olderJdk) {
      return null;
    }
  }
}
