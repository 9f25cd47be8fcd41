package io.baton.instrumentation.jdbc;

import io.baton.core.api.BoxedLongs;
import io.baton.core.api.PeerServices;
import io.baton.core.api.Tracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.semconv.DbAttributes;
import io.opentelemetry.semconv.ServerAttributes;

/**
 * Starts one CLIENT span for one database call, every attribute set at creation time (semconv:
 * they matter for sampling). Named after {@code db.query.summary}; without one, after the
 * semconv fallbacks: the namespace, then {@code server.address[:port]}, then the system.
 * {@code db.operation.name} and {@code db.collection.name} are deliberately absent: semconv says
 * not to parse them out of SQL text, which may hold several operations.
 */
final class DbSpans {

  private static final Tracer TRACER = Tracing.tracer("jdbc");

  private DbSpans() {}

  /** {@code batchSize} is -1 for a single operation. */
  static Span start(DbInfo db, String summary, String queryText, String storedProcedure, long batchSize) {
    SpanBuilder span =
        TRACER.spanBuilder(name(db, summary))
            .setSpanKind(SpanKind.CLIENT)
            .setAttribute(DbAttributes.DB_SYSTEM_NAME, db.system);
    if (db.namespace != null) {
      span.setAttribute(DbAttributes.DB_NAMESPACE, db.namespace);
    }
    if (queryText != null) {
      span.setAttribute(DbAttributes.DB_QUERY_TEXT, queryText);
    }
    if (summary != null) {
      span.setAttribute(DbAttributes.DB_QUERY_SUMMARY, summary);
    }
    if (storedProcedure != null) {
      span.setAttribute(DbAttributes.DB_STORED_PROCEDURE_NAME, storedProcedure);
    }
    if (batchSize >= 0) {
      span.setAttribute(DbAttributes.DB_OPERATION_BATCH_SIZE, batchSize);
    }
    if (db.address != null) {
      span.setAttribute(ServerAttributes.SERVER_ADDRESS, db.address);
      if (db.port > 0) {
        span.setAttribute(ServerAttributes.SERVER_PORT, BoxedLongs.of(db.port));
      }
      PeerServices.configured().applyTo(span, db.address, db.port > 0 ? db.port : -1, null);
    }
    return span.startSpan();
  }

  private static String name(DbInfo db, String summary) {
    if (summary != null) {
      return summary;
    }
    if (db.namespace != null) {
      return db.namespace;
    }
    if (db.address != null) {
      return db.port > 0 ? db.address + ":" + db.port : db.address;
    }
    return db.system;
  }
}
