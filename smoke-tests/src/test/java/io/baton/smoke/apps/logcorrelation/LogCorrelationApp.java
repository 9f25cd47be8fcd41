package io.baton.smoke.apps.logcorrelation;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;

/**
 * An unmodified application that logs through Logback, Log4j 2 and java.util.logging, each to a
 * synchronous and (Logback, Log4j 2) an asynchronous appender whose pattern prints
 * {@code %X{trace_id}}, {@code %X{span_id}} and {@code %X{trace_flags}} (see
 * {@code src/test/resources/logcorrelation/}). It logs once at start, outside any request, then
 * serves {@code GET /work} on embedded Tomcat 10.1 and logs the same lines inside it.
 *
 * <p>Prints {@code READY <port>} once it serves. Runs with {@code target/app-libs/logcorrelation}
 * (Tomcat 10.1, jakarta.servlet); it compiles against the test class path, where Tomcat is 9.0, so
 * it only uses the Tomcat API the two share and names the servlet by class.
 */
public class LogCorrelationApp {

  public static void main(String[] args) throws Exception {
    AppLogs.logEverywhere("outside");

    Tomcat tomcat = new Tomcat();
    tomcat.setPort(0);
    tomcat.setBaseDir(Files.createTempDirectory("logcorrelation-tomcat").toString());
    tomcat.getConnector();
    Context context = tomcat.addContext("", null);
    Tomcat.addServlet(context, "work", WorkServlet.class.getName()).addMapping("/work");
    tomcat.start();
    System.out.println("READY " + tomcat.getConnector().getLocalPort());
    tomcat.getServer().await();
  }

  /** Logs inside the request, i.e. while the agent's SERVER span is current. */
  public static class WorkServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
      AppLogs.logEverywhere("inside");
      response.setContentType("text/plain");
      response.getWriter().write("ok");
    }
  }
}
