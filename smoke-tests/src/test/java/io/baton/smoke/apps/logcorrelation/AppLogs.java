package io.baton.smoke.apps.logcorrelation;

import java.io.PrintStream;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * The application's own logging, as plain as an application writes it: one statement per logger.
 * Logger names say where the line goes ({@code sync} / {@code async} appenders, see the configs);
 * every line starts with its framework and appender so the test can tell them apart on stdout.
 * Only {@code info("inside")}-style messages: the test compares whole lines.
 */
final class AppLogs {

  private static final org.slf4j.Logger LOGBACK_SYNC = org.slf4j.LoggerFactory.getLogger("sync");
  private static final org.slf4j.Logger LOGBACK_ASYNC = org.slf4j.LoggerFactory.getLogger("async");
  private static final org.apache.logging.log4j.Logger LOG4J_SYNC = org.apache.logging.log4j.LogManager.getLogger("sync");
  private static final org.apache.logging.log4j.Logger LOG4J_ASYNC = org.apache.logging.log4j.LogManager.getLogger("async");
  private static final Logger JUL = julToStdout("app");

  private AppLogs() {}

  static void logEverywhere(String where) {
    LOGBACK_SYNC.info(where);
    LOGBACK_ASYNC.info(where);
    LOG4J_SYNC.info(where);
    LOG4J_ASYNC.info(where);
    JUL.info(where);
  }

  /** JUL has no pattern for the ids; the agent appends them to the message (append-trace-context). */
  private static Logger julToStdout(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setUseParentHandlers(false);
    Handler handler = new StreamHandler(new PrintStream(System.out, true), new Formatter() {
      @Override
      public String format(LogRecord record) {
        return "JUL " + formatMessage(record) + System.lineSeparator();
      }
    }) {
      @Override
      public synchronized void publish(LogRecord record) {
        super.publish(record);
        flush();
      }
    };
    logger.addHandler(handler);
    return logger;
  }
}
