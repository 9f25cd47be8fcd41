package io.baton.instrumentation.servlet.containers;

import org.example.servletapp.JakartaTestApp;

/** Jetty 12 ee10 (jakarta.servlet 6.0); run with that container's jars only (see the pom's surefire executions). */
class Jetty12ServerSpanTest extends ServerSpanContract {

  @Override
  RunningContainer startContainer() throws Exception {
    return RunningContainer.jetty12(new JakartaTestApp());
  }
}
