package io.baton.instrumentation.servlet.containers;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An embedded servlet container serving the test application under {@code /app}. The containers
 * are driven by reflection: each one's jars are on the class path of its own test run only (Tomcat
 * 9, 10 and 11 share class names), so no test class can be compiled against them.
 */
final class RunningContainer implements AutoCloseable {

  interface Stopper {
    void stop() throws Exception;
  }

  static final String CONTEXT_PATH = "/app";

  final int port;
  private final Stopper stopper;

  private RunningContainer(int port, Stopper stopper) {
    this.port = port;
    this.stopper = stopper;
  }

  /** Tomcat 9, 10.1 and 11 alike; {@code app} is the flavour's ServletContainerInitializer. */
  static RunningContainer tomcat(Object app) throws Exception {
    Object tomcat = Class.forName("org.apache.catalina.startup.Tomcat").getConstructor().newInstance();
    Path base = Files.createTempDirectory("tomcat");
    call(tomcat, "setBaseDir", base.toString());
    call(tomcat, "setPort", 0);
    Object connector = call(tomcat, "getConnector");
    Object context = call(tomcat, "addContext", CONTEXT_PATH, base.toString());
    call(context, "addServletContainerInitializer", app, null);
    call(tomcat, "start");
    return new RunningContainer((int) call(connector, "getLocalPort"), () -> {
      call(tomcat, "stop");
      call(tomcat, "destroy");
    });
  }

  static RunningContainer jetty12(Object app) throws Exception {
    Object server = Class.forName("org.eclipse.jetty.server.Server").getConstructor(int.class).newInstance(0);
    Class<?> handlerType = Class.forName("org.eclipse.jetty.ee10.servlet.ServletContextHandler");
    Object context = handlerType.getConstructor(String.class).newInstance(CONTEXT_PATH);
    handlerType.getMethod("addServletContainerInitializer", Class.forName("jakarta.servlet.ServletContainerInitializer"))
        .invoke(context, app);
    return startJetty(server, context);
  }

  static RunningContainer jetty9(Object app) throws Exception {
    Object server = Class.forName("org.eclipse.jetty.server.Server").getConstructor(int.class).newInstance(0);
    Class<?> handlerType = Class.forName("org.eclipse.jetty.servlet.ServletContextHandler");
    Object context = handlerType.getConstructor().newInstance();
    call(context, "setContextPath", CONTEXT_PATH);
    Class<?> initializer = Class.forName("org.eclipse.jetty.servlet.ServletContextHandler$Initializer");
    Object bean = initializer
        .getConstructor(handlerType, Class.forName("javax.servlet.ServletContainerInitializer"))
        .newInstance(context, app);
    context.getClass().getMethod("addBean", Object.class, boolean.class).invoke(context, bean, true);
    return startJetty(server, context);
  }

  private static RunningContainer startJetty(Object server, Object context) throws Exception {
    Method setHandler = null;
    for (Method m : server.getClass().getMethods()) {
      if (m.getName().equals("setHandler") && m.getParameterCount() == 1
          && m.getParameterTypes()[0].isInstance(context)) {
        setHandler = m;
      }
    }
    setHandler.invoke(server, context);
    call(server, "start");
    Object connector = ((Object[]) call(server, "getConnectors"))[0];
    return new RunningContainer((int) call(connector, "getLocalPort"), () -> call(server, "stop"));
  }

  @Override
  public void close() throws Exception {
    stopper.stop();
  }

  /** Calls the public method of that name and arity; good enough for these few container calls. */
  private static Object call(Object target, String name, Object... args) throws Exception {
    for (Method method : target.getClass().getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == args.length) {
        return method.invoke(target, args);
      }
    }
    throw new NoSuchMethodException(target.getClass().getName() + "." + name);
  }
}
