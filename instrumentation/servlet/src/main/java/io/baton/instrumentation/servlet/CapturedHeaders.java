package io.baton.instrumentation.servlet;

import io.baton.core.config.AgentConfig;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.semconv.HttpAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/**
 * The request and response headers the user asked to record
 * ({@code otel.instrumentation.http.server.capture-request-headers} /
 * {@code capture-response-headers}) as {@code http.request.header.<name>} /
 * {@code http.response.header.<name>} string arrays, every value of a repeated header kept.
 * Read once: nothing is looked up per request when the lists are empty (the default).
 */
final class CapturedHeaders {

  static final String REQUEST_PROPERTY = "otel.instrumentation.http.server.capture-request-headers";
  static final String RESPONSE_PROPERTY = "otel.instrumentation.http.server.capture-response-headers";

  private static volatile CapturedHeaders configured;

  private final String[] requestNames;
  private final List<AttributeKey<List<String>>> requestKeys;
  private final String[] responseNames;
  private final List<AttributeKey<List<String>>> responseKeys;

  CapturedHeaders(List<String> requestHeaders, List<String> responseHeaders) {
    requestNames = lowerCase(requestHeaders);
    responseNames = lowerCase(responseHeaders);
    requestKeys = new ArrayList<>();
    for (String name : requestNames) {
      requestKeys.add(HttpAttributes.HTTP_REQUEST_HEADER.getAttributeKey(name));
    }
    responseKeys = new ArrayList<>();
    for (String name : responseNames) {
      responseKeys.add(HttpAttributes.HTTP_RESPONSE_HEADER.getAttributeKey(name));
    }
  }

  static CapturedHeaders get() {
    CapturedHeaders headers = configured;
    if (headers == null) {
      AgentConfig config = AgentConfig.get();
      headers = configured = new CapturedHeaders(config.getList(REQUEST_PROPERTY), config.getList(RESPONSE_PROPERTY));
    }
    return headers;
  }

  void captureRequest(HttpRequestView request, SpanBuilder span) {
    for (int i = 0; i < requestNames.length; i++) {
      Enumeration<String> values = request.headers(requestNames[i]);
      if (values != null && values.hasMoreElements()) {
        span.setAttribute(requestKeys.get(i), Collections.list(values));
      }
    }
  }

  void captureResponse(HttpResponseView response, Span span) {
    for (int i = 0; i < responseNames.length; i++) {
      Collection<String> values = response.headers(responseNames[i]);
      if (values != null && !values.isEmpty()) {
        span.setAttribute(responseKeys.get(i), new ArrayList<>(values));
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
