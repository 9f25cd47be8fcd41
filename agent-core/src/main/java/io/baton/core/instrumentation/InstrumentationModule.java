package io.baton.core.instrumentation;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One library's instrumentation, found through {@link java.util.ServiceLoader}. A module names
 * itself with the OpenTelemetry Java agent's instrumentation names, so that
 * {@code otel.instrumentation.<name>.enabled} means the same thing under both agents.
 *
 * <p>Everything in the module's package (and below) is loaded per application class loader next
 * to its advice, so helpers may use the library's types directly. Only this class itself is
 * loaded by the agent, so it must not touch library types.
 */
public abstract class InstrumentationModule {

  private final List<String> names;

  protected InstrumentationModule(String mainName, String... otherNames) {
    String[] all = new String[otherNames.length + 1];
    all[0] = mainName;
    System.arraycopy(otherNames, 0, all, 1, otherNames.length);
    this.names = Collections.unmodifiableList(Arrays.asList(all));
  }

  public final List<String> names() {
    return names;
  }

  public boolean enabledByDefault() {
    return true;
  }

  /**
   * Classes of which a class loader must see at least one before any of this module's type
   * matchers run there: a cheap check (a resource lookup, cached per loader) that makes an
   * absent library cost next to nothing. Empty means "always" (JDK APIs).
   */
  public List<String> libraryMarkerClasses() {
    return Collections.emptyList();
  }

  public abstract List<TypeInstrumentation> typeInstrumentations();

  /** Advice and helpers live here and below; the advice class loader defines them itself. */
  public String advicePackagePrefix() {
    return getClass().getPackage().getName() + ".";
  }
}
