package io.baton.core.sdk;

import io.baton.core.log.AgentLog;
import io.opentelemetry.api.OpenTelemetry;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The OpenTelemetry SDK reports through java.util.logging, once per failed export batch: with a
 * dead collector that is a line every few seconds in the application's console. Its records go
 * to our debug output instead; {@link SpanAccounting} says once, clearly, when spans are lost.
 */
final class SdkLogBridge extends Handler {

  /** Kept strongly: java.util.logging holds loggers weakly, and would forget our settings. */
  private static Logger sdkRoot;

  private static Logger consoleExporter;

  static synchronized void install() {
    if (sdkRoot != null) {
      return;
    }
    String apiPackage = OpenTelemetry.class.getPackage().getName(); // io.opentelemetry.api, or relocated
    sdkRoot = Logger.getLogger(apiPackage.substring(0, apiPackage.length() - ".api".length()));
    sdkRoot.setUseParentHandlers(false);
    sdkRoot.setLevel(AgentLog.isDebug() ? Level.FINE : Level.WARNING);
    SdkLogBridge bridge = new SdkLogBridge();
    bridge.setFormatter(new SimpleFormatter());
    sdkRoot.addHandler(bridge);
    // otel.traces.exporter=console prints spans through this logger: that output is wanted
    consoleExporter = Logger.getLogger(sdkRoot.getName() + ".exporter.logging");
    consoleExporter.setLevel(Level.INFO);
  }

  @Override
  public void publish(LogRecord record) {
    if (record == null) {
      return;
    }
    if (record.getLoggerName() != null && record.getLoggerName().startsWith(consoleExporter.getName())) {
      System.err.println(getFormatter() == null ? record.getMessage() : getFormatter().formatMessage(record));
    } else if (AgentLog.isDebug()) {
      Throwable thrown = record.getThrown();
      AgentLog.debug("sdk " + record.getLevel() + " " + record.getLoggerName() + ": " + record.getMessage()
          + (thrown == null ? "" : " (" + thrown + ")"));
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
