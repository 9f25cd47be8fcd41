package io.baton.instrumentation.servlet.containers;

import org.example.servletapp.JakartaTestApp;

/** Tomcat 11 (jakarta.servlet 6.1); run with that container's jars only (see the pom's surefire executions). */
class Tomcat11ServerSpanTest extends ServerSpanContract {

  @Override
  RunningContainer startContainer() throws Exception {
    return RunningContainer.tomcat(new JakartaTestApp());
  }
}
