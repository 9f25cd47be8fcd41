package io.baton.core.instrumentation;

import io.baton.core.log.AgentLog;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.utility.JavaModule;

/** Reports transformations in debug mode, and failures (rate-limited) always. */
final class TransformListener extends AgentBuilder.Listener.Adapter {

  @Override
  public void onTransformation(
      TypeDescription type, ClassLoader loader, JavaModule module, boolean loaded, DynamicType dynamicType) {
    AgentLog.debug("transformed " + type.getName() + (loaded ? " (retransformed)" : ""));
  }

  @Override
  public void onError(String typeName, ClassLoader loader, JavaModule module, boolean loaded, Throwable error) {
    AgentLog.warn("could not instrument " + typeName + ", it runs untraced", error);
  }
}
