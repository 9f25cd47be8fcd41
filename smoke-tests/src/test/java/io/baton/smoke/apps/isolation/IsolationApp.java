package io.baton.smoke.apps.isolation;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An application that bundles its own, older OpenTelemetry, Byte Buddy and OkHttp/Kotlin (the
 * agent carries newer ones). Under the agent it must still get exactly its own copies, from class
 * loading and from resource scanning alike, and never see the agent's internals. Prints
 * {@code ISOLATION OK} and exits 0, or lists every failed check on stderr and exits 1.
 *
 * <p>Compiled against the test class path's OpenTelemetry 1.67 but run with 1.40 from
 * {@code target/app-libs/isolation}: use only API that 1.40 has. Everything else is reflective so
 * the smoke-tests module need not depend on it.
 */
public final class IsolationApp {

  // keep in sync with the app-libs-isolation execution in smoke-tests/pom.xml
  static final String OTEL_VERSION = "1.40.0";
  static final String BYTE_BUDDY_VERSION = "1.14.12";
  static final String OKHTTP_VERSION = "4.12.0";
  static final String KOTLIN_VERSION = "1.8.21";

  private final List<String> failures = new ArrayList<>();
  private final Set<Path> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
      .map(p -> Path.of(p).toAbsolutePath().normalize())
      .collect(Collectors.toSet());

  public static void main(String[] args) throws Exception {
    IsolationApp app = new IsolationApp();
    app.ownSdkWorks();
    app.classComesFromOwnJar("io.opentelemetry.api.trace.Span", "opentelemetry-api-" + OTEL_VERSION + ".jar");
    app.classComesFromOwnJar("io.opentelemetry.sdk.trace.SdkTracerProvider", "opentelemetry-sdk-trace-" + OTEL_VERSION + ".jar");
    app.classComesFromOwnJar("net.bytebuddy.ByteBuddy", "byte-buddy-" + BYTE_BUDDY_VERSION + ".jar");
    app.classComesFromOwnJar("okhttp3.OkHttpClient", "okhttp-" + OKHTTP_VERSION + ".jar");
    app.classComesFromOwnJar("kotlin.KotlinVersion", "kotlin-stdlib-" + KOTLIN_VERSION + ".jar");
    app.staticFieldEquals("okhttp3.OkHttp", "VERSION", OKHTTP_VERSION);
    app.staticFieldEquals("kotlin.KotlinVersion", "CURRENT", KOTLIN_VERSION);
    // a classpath scanner (Spring, ServiceLoader, ...) must find only the app's copies
    app.onlyOwnResource("io/opentelemetry/api/trace/Span.class");
    app.onlyOwnResource("net/bytebuddy/ByteBuddy.class");
    app.onlyOwnResource("okhttp3/OkHttpClient.class");
    app.onlyOwnResource("kotlin/KotlinVersion.class");
    app.onlyOwnResource("okio/Buffer.class");
    app.invisible("io.baton.core.AgentStarter");
    app.invisible("io.baton.shaded.otel.api.trace.Span");
    app.invisible("io.baton.shaded.otel.sdk.trace.SdkTracerProvider");
    app.report();
  }

  /** The app's SDK must keep working: the agent may not have replaced or broken any of it. */
  void ownSdkWorks() {
    List<ReadableSpan> ended = Collections.synchronizedList(new ArrayList<>());
    SdkTracerProvider provider = SdkTracerProvider.builder().addSpanProcessor(new SpanProcessor() {
      @Override public void onStart(Context parentContext, ReadWriteSpan span) {}
      @Override public boolean isStartRequired() { return false; }
      @Override public void onEnd(ReadableSpan span) { ended.add(span); }
      @Override public boolean isEndRequired() { return true; }
    }).build();
    Span span = provider.get("isolation-app").spanBuilder("app-span").startSpan();
    span.end();
    provider.shutdown();
    check(span.getSpanContext().isValid(), "own SDK created an invalid span: " + span.getSpanContext());
    check(ended.size() == 1 && ended.get(0).getName().equals("app-span"), "own SDK processor got " + ended);
    String sdkVersion = Resource.getDefault().getAttribute(AttributeKey.stringKey("telemetry.sdk.version"));
    check(OTEL_VERSION.equals(sdkVersion), "own SDK reports version " + sdkVersion + ", expected " + OTEL_VERSION);
  }

  void classComesFromOwnJar(String className, String expectedJar) {
    Class<?> type;
    try {
      type = Class.forName(className);
    } catch (ClassNotFoundException e) {
      failures.add(className + " not loadable: " + e);
      return;
    }
    CodeSource source = type.getProtectionDomain().getCodeSource();
    Path jar = source == null ? null : toPath(source.getLocation());
    check(jar != null && jar.getFileName().toString().equals(expectedJar) && classPath.contains(jar),
        className + " comes from " + jar + " (loader " + type.getClassLoader() + "), expected the app's " + expectedJar);
  }

  void staticFieldEquals(String className, String field, String expected) {
    try {
      Object value = Class.forName(className).getField(field).get(null);
      check(expected.equals(String.valueOf(value)), className + "." + field + " is " + value + ", expected " + expected);
    } catch (ReflectiveOperationException e) {
      failures.add("cannot read " + className + "." + field + ": " + e);
    }
  }

  void onlyOwnResource(String resource) throws IOException {
    List<URL> found = Collections.list(ClassLoader.getSystemClassLoader().getResources(resource));
    List<URL> foreign = found.stream().filter(url -> !isOnClassPath(url)).toList();
    check(found.size() == 1 && foreign.isEmpty(),
        "getResources(" + resource + ") lists " + found + ", expected exactly the app's own copy");
  }

  void invisible(String className) {
    try {
      Class<?> leaked = Class.forName(className);
      failures.add(className + " is visible to the app (loader " + leaked.getClassLoader() + ")");
    } catch (ClassNotFoundException expected) {
      // the agent's internals live in its own loader
    }
  }

  private boolean isOnClassPath(URL url) {
    String spec = url.toString();
    if (!spec.startsWith("jar:file:")) {
      return false;
    }
    try {
      Path jar = toPath(new URL(spec.substring("jar:".length(), spec.indexOf("!/"))));
      // the agent jar is on the class path too, but holds none of these resources
      return classPath.contains(jar) && !jar.getFileName().toString().startsWith("baton-agent");
    } catch (IOException e) {
      return false;
    }
  }

  private static Path toPath(URL location) {
    try {
      return Path.of(location.toURI()).toAbsolutePath().normalize();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private void check(boolean ok, String failure) {
    if (!ok) {
      failures.add(failure);
    }
  }

  private void report() {
    if (failures.isEmpty()) {
      System.out.println("ISOLATION OK");
      return;
    }
    failures.forEach(f -> System.err.println("ISOLATION FAILED: " + f));
    System.exit(1);
  }
}
