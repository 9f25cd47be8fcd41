package io.baton.smoke.apps.manualspans;

import jakarta.servlet.Servlet;
import jakarta.servlet.ServletRequestListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tomcat 10.1 (jakarta.servlet) on a free port of 127.0.0.1, with one servlet and one request
 * listener. Reached reflectively: the test class path compiles against Tomcat 9 (the shop's
 * javax gateway), while this app runs with the Tomcat 10.1 jars in its app-libs folder.
 */
final class EmbeddedTomcat {

  // strong reference: a logger configured and then collected would forget its level
  private static final Logger TOMCAT_LOGS = Logger.getLogger("org.apache");

  private final Object connector;

  private EmbeddedTomcat(Object connector) {
    this.connector = connector;
  }

  static EmbeddedTomcat start(String mapping, Servlet servlet, Class<? extends ServletRequestListener> listener)
      throws Exception {
    TOMCAT_LOGS.setLevel(Level.WARNING); // its start-up INFO lines are not what the tests read
    Class<?> tomcatType = Class.forName("org.apache.catalina.startup.Tomcat");
    Class<?> contextType = Class.forName("org.apache.catalina.Context");
    Path baseDir = Files.createTempDirectory("manualspans-tomcat");
    baseDir.toFile().deleteOnExit();

    Object tomcat = tomcatType.getConstructor().newInstance();
    tomcatType.getMethod("setBaseDir", String.class).invoke(tomcat, baseDir.toString());
    tomcatType.getMethod("setHostname", String.class).invoke(tomcat, "127.0.0.1");
    tomcatType.getMethod("setPort", int.class).invoke(tomcat, 0);
    Object connector = tomcatType.getMethod("getConnector").invoke(tomcat);
    connector.getClass().getMethod("setProperty", String.class, String.class).invoke(connector, "address", "127.0.0.1");

    Object context = tomcatType.getMethod("addContext", String.class, String.class).invoke(tomcat, "", baseDir.toString());
    tomcatType.getMethod("addServlet", contextType, String.class, Servlet.class).invoke(null, context, "app", servlet);
    contextType.getMethod("addServletMappingDecoded", String.class, String.class).invoke(context, mapping, "app");
    contextType.getMethod("addApplicationListener", String.class).invoke(context, listener.getName());
    tomcatType.getMethod("start").invoke(tomcat);
    return new EmbeddedTomcat(connector);
  }

  int port() throws Exception {
    return (int) connector.getClass().getMethod("getLocalPort").invoke(connector);
  }
}
