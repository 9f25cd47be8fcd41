package io.baton.instrumentation.javahttpclient;

import io.baton.core.instrumentation.InstrumentationModule;
import io.baton.core.instrumentation.TypeInstrumentation;
import java.util.Collections;
import java.util.List;

/**
 * {@code java.net.http.HttpClient}: one CLIENT span per {@code send}/{@code sendAsync}, with the
 * trace context injected into the request the client really sends. A JDK API: no marker class.
 */
public final class JavaHttpClientModule extends InstrumentationModule {

  public JavaHttpClientModule() {
    super("java-http-client");
  }

  @Override
  public List<TypeInstrumentation> typeInstrumentations() {
    return Collections.singletonList(new HttpClientImplInstrumentation());
  }
}
