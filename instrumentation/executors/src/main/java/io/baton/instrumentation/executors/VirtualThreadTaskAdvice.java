package io.baton.instrumentation.executors;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * The constructor of {@code java.lang.VirtualThread} (JDK 21+), behind {@code Thread.ofVirtual()},
 * {@code Thread.startVirtualThread} and virtual-thread executors: a virtual thread is never
 * pooled, so its task carries the context current where the thread is created.
 */
public final class VirtualThreadTaskAdvice {

  private VirtualThreadTaskAdvice() {}

  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  @Advice.AssignReturned.ToArguments(@Advice.AssignReturned.ToArguments.ToArgument(value = 3, typing = Assigner.Typing.DYNAMIC))
  public static Runnable enter(@Advice.Argument(3) Runnable task) {
    return TaskWrapping.forTask(task);
  }
}
