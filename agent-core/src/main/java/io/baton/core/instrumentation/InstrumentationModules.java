package io.baton.core.instrumentation;

import io.baton.core.config.AgentConfig;
import io.baton.core.log.AgentLog;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Finds the instrumentation modules in the agent jar and keeps the enabled ones. */
public final class InstrumentationModules {

  private InstrumentationModules() {}

  public static List<InstrumentationModule> enabled(ClassLoader agentLoader, AgentConfig config) {
    List<InstrumentationModule> enabled = new ArrayList<>();
    Iterator<InstrumentationModule> found = ServiceLoader.load(InstrumentationModule.class, agentLoader).iterator();
    while (true) {
      InstrumentationModule module;
      try {
        if (!found.hasNext()) {
          break;
        }
        module = found.next();
      } catch (ServiceConfigurationError broken) {
        AgentLog.warn("skipping an instrumentation that could not be loaded", broken);
        continue;
      }
      if (config.isInstrumentationEnabled(module.names(), module.enabledByDefault())) {
        enabled.add(module);
      } else {
        AgentLog.debug("instrumentation " + module.names().get(0) + " disabled by configuration");
      }
    }
    return enabled;
  }
}
