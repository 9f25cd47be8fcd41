package io.baton.instrumentation.servlet.containers;

import org.example.servletapp.JavaxTestApp;

/** Tomcat 9 (javax.servlet 4.0); run with that container's jars only (see the pom's surefire executions). */
class Tomcat9ServerSpanTest extends ServerSpanContract {

  @Override
  RunningContainer startContainer() throws Exception {
    return RunningContainer.tomcat(new JavaxTestApp());
  }
}
