package io.baton.instrumentation.servlet.containers;

import org.example.servletapp.JavaxTestApp;

/** Jetty 9.4 (javax.servlet 3.1: no HttpServletMapping, routes from the registered patterns); run with that container's jars only (see the pom's surefire executions). */
class Jetty9ServerSpanTest extends ServerSpanContract {

  @Override
  RunningContainer startContainer() throws Exception {
    return RunningContainer.jetty9(new JavaxTestApp());
  }
}
