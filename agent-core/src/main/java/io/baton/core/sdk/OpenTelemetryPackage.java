package io.baton.core.sdk;

import io.opentelemetry.sdk.resources.Resource;

/**
 * Where our OpenTelemetry copy lives: {@code io.baton.shaded.otel.} in the agent jar, which
 * relocates it, and {@code io.opentelemetry.} in tests, which run on the plain SDK. Read from a
 * class's name at run time, since the relocation also rewrites string constants.
 */
public final class OpenTelemetryPackage {

  private static final String PREFIX = Resource.class.getName().replace("sdk.resources.Resource", "");

  private OpenTelemetryPackage() {}

  /** The package prefix, with its trailing dot. */
  public static String prefix() {
    return PREFIX;
  }

  public static boolean isRelocated() {
    return PREFIX.startsWith("io.baton.");
  }
}
