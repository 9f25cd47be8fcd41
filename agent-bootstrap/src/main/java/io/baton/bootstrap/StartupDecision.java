package io.baton.bootstrap;

/**
 * Whether this JVM should be traced at all, decided before anything is loaded: the
 * {@code otel.javaagent.enabled} switch, and JDK tools that inherit the agent through
 * {@code JAVA_TOOL_OPTIONS} (tracing {@code jcmd} or {@code javac} helps nobody and slows them).
 */
final class StartupDecision {

  private static final String[] JDK_TOOL_MAIN_PREFIXES = {
    "sun.tools.", "com.sun.tools.", "jdk.jcmd/", "jdk.jshell", "jdk.jfr/", "jdk.jlink/", "jdk.compiler/",
    "jdk.jdeps/", "jdk.javadoc/", "jdk.jartool/", "sun.launcher.", "jdk.internal.jshell"
  };

  private StartupDecision() {}

  static boolean shouldStart() {
    return !isDisabled(property("otel.javaagent.enabled")) && !isJdkTool(System.getProperty("sun.java.command"));
  }

  /** System property first, then the matching {@code OTEL_*} environment variable, as OpenTelemetry does. */
  static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      value = System.getenv(name.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_'));
    }
    return value;
  }

  static boolean isDisabled(String enabledValue) {
    return enabledValue != null && "false".equalsIgnoreCase(enabledValue.trim());
  }

  static boolean isJdkTool(String javaCommand) {
    if (javaCommand == null) {
      return false;
    }
    for (String prefix : JDK_TOOL_MAIN_PREFIXES) {
      if (javaCommand.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
