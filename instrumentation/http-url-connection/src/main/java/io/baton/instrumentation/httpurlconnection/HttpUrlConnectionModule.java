package io.baton.instrumentation.httpurlconnection;

import io.baton.core.instrumentation.InstrumentationModule;
import io.baton.core.instrumentation.TypeInstrumentation;
import java.util.Arrays;
import java.util.List;

/**
 * {@code HttpURLConnection} and {@code HttpsURLConnection}: one CLIENT span per request, however
 * many of {@code connect}, {@code getOutputStream}, {@code getInputStream} and
 * {@code getResponseCode} the application calls. A JDK API: no marker class.
 */
public final class HttpUrlConnectionModule extends InstrumentationModule {

  public HttpUrlConnectionModule() {
    super("http-url-connection");
  }

  @Override
  public List<TypeInstrumentation> typeInstrumentations() {
    return Arrays.asList(new JdkHttpUrlConnectionInstrumentation(), new GetResponseCodeInstrumentation());
  }
}
