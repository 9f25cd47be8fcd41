package io.baton.core.http;

import io.baton.core.config.AgentConfig;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.semconv.HttpAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * The HTTP headers the user asked to record, under the OpenTelemetry agent's properties
 * {@code otel.instrumentation.http.server.capture-request-headers} (and {@code -response-},
 * and {@code .client.} for outgoing calls), as {@code http.request.header.<name>} /
 * {@code http.response.header.<name>} string arrays holding every value of a repeated header.
 *
 * <p>The names are read once per side, when the first span needs them. Instrumentations ask
 * {@link #capturesRequestHeaders()} before building a lookup, so that with nothing configured (the
 * default) a request costs two field reads.
 */
public final class CapturedHeaders {

  /** Every value one request or response has for a header; null or empty when it has none. */
  public interface Values<M> {
    Collection<String> of(M message, String lowerCaseName);
  }

  /** Read when the first span needs them, like the other per-request settings. */
  private static final class Configured {
    static final CapturedHeaders SERVER = configured("server");
    static final CapturedHeaders CLIENT = configured("client");
  }

  private final String[] requestNames;
  private final List<AttributeKey<List<String>>> requestKeys = new ArrayList<>();
  private final String[] responseNames;
  private final List<AttributeKey<List<String>>> responseKeys = new ArrayList<>();

  CapturedHeaders(List<String> requestHeaders, List<String> responseHeaders) {
    requestNames = lowerCase(requestHeaders);
    responseNames = lowerCase(responseHeaders);
    for (String name : requestNames) {
      requestKeys.add(HttpAttributes.HTTP_REQUEST_HEADER.getAttributeKey(name));
    }
    for (String name : responseNames) {
      responseKeys.add(HttpAttributes.HTTP_RESPONSE_HEADER.getAttributeKey(name));
    }
  }

  /** Headers of requests the application serves. */
  public static CapturedHeaders server() {
    return Configured.SERVER;
  }

  /** Headers of requests the application sends. */
  public static CapturedHeaders client() {
    return Configured.CLIENT;
  }

  private static CapturedHeaders configured(String side) {
    AgentConfig config = AgentConfig.get();
    String prefix = "otel.instrumentation.http." + side + ".capture-";
    return new CapturedHeaders(config.getList(prefix + "request-headers"), config.getList(prefix + "response-headers"));
  }

  public boolean capturesRequestHeaders() {
    return requestNames.length > 0;
  }

  public boolean capturesResponseHeaders() {
    return responseNames.length > 0;
  }

  /** On the builder, so that samplers see them. */
  public <M> void captureRequest(M request, Values<M> values, SpanBuilder span) {
    capture(request, values, requestNames, requestKeys, span::setAttribute);
  }

  public <M> void captureResponse(M response, Values<M> values, Span span) {
    capture(response, values, responseNames, responseKeys, span::setAttribute);
  }

  private static <M> void capture(M message, Values<M> values, String[] names,
      List<AttributeKey<List<String>>> keys, BiConsumer<AttributeKey<List<String>>, List<String>> attribute) {
    for (int i = 0; i < names.length; i++) {
      Collection<String> found = values.of(message, names[i]);
      if (found != null && !found.isEmpty()) {
        attribute.accept(keys.get(i), new ArrayList<>(found));
      }
    }
  }

  private static String[] lowerCase(List<String> names) {
    String[] lower = new String[names.size()];
    for (int i = 0; i < lower.length; i++) {
      lower[i] = names.get(i).toLowerCase(Locale.ROOT);
    }
    return lower;
  }
}
