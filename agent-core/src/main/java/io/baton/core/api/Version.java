package io.baton.core.api;

/** The agent version, reported as the instrumentation scope version. */
public final class Version {

  public static final String VALUE = read();

  private Version() {}

  private static String read() {
    String version = Version.class.getPackage() == null ? null : Version.class.getPackage().getImplementationVersion();
    return version == null ? "0.1.0-SNAPSHOT" : version;
  }
}
