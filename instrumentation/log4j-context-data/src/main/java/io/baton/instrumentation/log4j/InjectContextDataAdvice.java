package io.baton.instrumentation.log4j;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import org.apache.logging.log4j.util.StringMap;

/**
 * {@code StringMap injectContextData(List<Property> properties, StringMap reusable)}: called on the
 * logging thread for each event. Not run when the injector throws: there is nothing to add to.
 */
public final class InjectContextDataAdvice {

  private InjectContextDataAdvice() {}

  @Advice.OnMethodExit(inline = false, suppress = Throwable.class)
  @Advice.AssignReturned.ToReturned(typing = Assigner.Typing.DYNAMIC)
  public static StringMap exit(@Advice.Argument(1) StringMap reusable, @Advice.Return StringMap contextData) {
    return EventContextData.withTraceContext(contextData, reusable);
  }
}
