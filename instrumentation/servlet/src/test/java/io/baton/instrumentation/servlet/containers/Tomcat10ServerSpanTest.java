package io.baton.instrumentation.servlet.containers;

import org.example.servletapp.JakartaTestApp;

/** Tomcat 10.1 (jakarta.servlet 6.0); run with that container's jars only (see the pom's surefire executions). */
class Tomcat10ServerSpanTest extends ServerSpanContract {

  @Override
  RunningContainer startContainer() throws Exception {
    return RunningContainer.tomcat(new JakartaTestApp());
  }
}
