package io.baton.instrumentation.jdbc;

import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.baton.core.instrumentation.AdviceApplier;
import io.baton.core.instrumentation.InstrumentationModule;
import io.baton.core.instrumentation.TypeHint;
import io.baton.core.instrumentation.TypeInstrumentation;
import java.util.List;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * JDBC: one CLIENT span per database call on any driver, with the stable database semantic
 * conventions. Statements execute ({@code Statement}, {@code PreparedStatement},
 * {@code CallableStatement}, batches); connections remember the SQL of what they prepare; drivers
 * tell each connection's URL. JDBC is a JDK API, so no library marker gates it.
 */
public final class JdbcInstrumentationModule extends InstrumentationModule {

  public JdbcInstrumentationModule() {
    super("jdbc");
  }

  @Override
  public List<TypeInstrumentation> typeInstrumentations() {
    return List.of(new DriverInstrumentation(), new ConnectionInstrumentation(), new StatementInstrumentation());
  }

  private static ElementMatcher.Junction<MethodDescription> implemented(String... names) {
    return isPublic().and(not(isAbstract())).and(namedOneOf(names));
  }

  static final class DriverInstrumentation implements TypeInstrumentation {
    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
      return JdbcTypes.implementing("Driver", "java.sql.Driver");
    }

    @Override
    public TypeHint hint() {
      return JdbcTypes.hint("java.sql.Driver");
    }

    @Override
    public void applyAdvice(AdviceApplier applier) {
      applier.applyAdvice(
          implemented("connect").and(takesArguments(2)).and(takesArgument(0, String.class)),
          DriverConnectAdvice.class.getName());
    }
  }

  static final class ConnectionInstrumentation implements TypeInstrumentation {
    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
      return JdbcTypes.implementing("Connection", "java.sql.Connection");
    }

    @Override
    public TypeHint hint() {
      return JdbcTypes.hint("java.sql.Connection");
    }

    @Override
    public void applyAdvice(AdviceApplier applier) {
      applier.applyAdvice(
          implemented("prepareStatement").and(takesArgument(0, String.class)), PrepareStatementAdvice.class.getName());
      applier.applyAdvice(
          implemented("prepareCall").and(takesArgument(0, String.class)), PrepareCallAdvice.class.getName());
      applier.applyAdvice(implemented("close").and(takesArguments(0)), ConnectionCloseAdvice.class.getName());
    }
  }

  static final class StatementInstrumentation implements TypeInstrumentation {
    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
      return JdbcTypes.implementing("Statement", "java.sql.Statement");
    }

    @Override
    public TypeHint hint() {
      return JdbcTypes.hint("java.sql.Statement");
    }

    @Override
    public void applyAdvice(AdviceApplier applier) {
      String[] executes = {"execute", "executeQuery", "executeUpdate", "executeLargeUpdate"};
      applier.applyAdvice(
          implemented(executes).and(takesArgument(0, String.class)), ExecuteSqlAdvice.class.getName());
      applier.applyAdvice(implemented(executes).and(takesArguments(0)), ExecutePreparedAdvice.class.getName());
      applier.applyAdvice(
          implemented("executeBatch", "executeLargeBatch").and(takesArguments(0)), ExecuteBatchAdvice.class.getName());
      applier.applyAdvice(
          implemented("addBatch").and(takesArguments(1)).and(takesArgument(0, String.class)),
          AddBatchSqlAdvice.class.getName());
      applier.applyAdvice(implemented("addBatch").and(takesArguments(0)), AddParameterSetAdvice.class.getName());
      applier.applyAdvice(implemented("clearBatch").and(takesArguments(0)), ClearBatchAdvice.class.getName());
      applier.applyAdvice(implemented("close").and(takesArguments(0)), StatementCloseAdvice.class.getName());
    }
  }
}
