package io.baton.instrumentation.jdbc;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What was added to a statement's batch since it last ran: the SQL texts given to
 * {@code Statement.addBatch(String)}, or the number of parameter sets given to
 * {@code PreparedStatement.addBatch()}. Only the first {@link #MAX_TEXTS} texts are kept (their
 * count is always exact); held weakly per statement.
 */
final class StatementBatches {

  static final int MAX_TEXTS = 64;

  private static final WeakIdentityMap<Statement, Batch> BATCHES = new WeakIdentityMap<>();

  private StatementBatches() {}

  static void addText(Statement statement, String sql) {
    Batch batch = batchOf(statement);
    synchronized (batch) {
      batch.size++;
      if (batch.texts.size() < MAX_TEXTS) {
        batch.texts.add(sql);
      }
    }
  }

  static void addParameterSet(Statement statement) {
    Batch batch = batchOf(statement);
    synchronized (batch) {
      batch.size++;
    }
  }

  static void clear(Statement statement) {
    BATCHES.remove(statement);
  }

  /** The batch about to run, forgotten here as JDBC forgets it; an empty batch if none was added. */
  static Batch take(Statement statement) {
    Batch batch = BATCHES.remove(statement);
    return batch == null ? new Batch() : batch;
  }

  private static Batch batchOf(Statement statement) {
    Batch batch = BATCHES.get(statement);
    if (batch == null) {
      batch = new Batch();
      BATCHES.put(statement, batch);
    }
    return batch;
  }

  static final class Batch {
    int size;
    final List<String> texts = new ArrayList<>();
  }
}
