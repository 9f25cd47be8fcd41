package io.baton.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A sample app's main class in its own JVM, normally under the real agent jar:
 * {@code <java> -javaagent:<agent> [jvm args] [-D...] -cp <test classes + libs> <main> [args]}.
 * Closing it kills the whole process tree. Create one with {@link #builder(Jdk, Class)}.
 *
 * <p>The agent jar comes from {@link Builder#agentJar(Path)}, else the system property
 * {@value #AGENT_JAR_PROPERTY}. Each process's output is also written to
 * {@code <logs dir>/<MainClass>-<jdk>-<n>.{stdout,stderr}.log}; the logs dir comes from
 * {@link Builder#logsDir(Path)}, else the system property {@value #LOGS_DIR_PROPERTY}, else
 * {@code target/agent-logs} under the working directory (the module's folder under Maven).
 */
public final class AgentProcess implements AutoCloseable {

  /** System property naming the agent jar when {@link Builder#agentJar(Path)} is not called. */
  public static final String AGENT_JAR_PROPERTY = "baton.agent.jar";
  /** System property naming the folder for the output logs when {@link Builder#logsDir(Path)} is not called. */
  public static final String LOGS_DIR_PROPERTY = "baton.testing.logs.dir";

  private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(5);
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final Process process;
  private final List<String> command;
  private final OutputCapture stdout;
  private final OutputCapture stderr;
  private final Path logPrefix;

  private AgentProcess(Process process, List<String> command, Path logPrefix) {
    this.process = process;
    this.command = List.copyOf(command);
    this.logPrefix = logPrefix;
    String name = logPrefix.getFileName().toString();
    this.stdout = new OutputCapture(process.getInputStream(), Path.of(logPrefix + ".stdout.log"), name + "-stdout");
    this.stderr = new OutputCapture(process.getErrorStream(), Path.of(logPrefix + ".stderr.log"), name + "-stderr");
  }

  /**
   * Runs {@code mainClass}; the folder or jar it was loaded from starts the class path, so an app
   * compiled into the test classes (or its own jar on the test class path) needs nothing more.
   */
  public static Builder builder(Jdk jdk, Class<?> mainClass) {
    return new Builder(jdk, mainClass.getName()).classpath(codeSourceOf(mainClass));
  }

  /** Runs {@code mainClass} with only the class path entries the caller adds. */
  public static Builder builder(Jdk jdk, String mainClass) {
    return new Builder(jdk, mainClass);
  }

  /** Waits for a stdout line containing {@code marker}; fails early if the app exits without printing it. */
  public String awaitLine(String marker, Duration timeout) {
    return stdout.awaitLine(line -> line.contains(marker), timeout)
        .orElseGet(() -> fail("no stdout line containing '" + marker + "' within " + timeout
            + (process.isAlive() ? "" : " (process exited with " + process.exitValue() + ")") + describe()));
  }

  /** Waits for the app to exit on its own and returns its exit code; kills it and fails on timeout. */
  public int awaitExit(Duration timeout) {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        close();
        fail("process did not exit within " + timeout + "; killed" + describe());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      fail("interrupted waiting for the process" + describe());
    }
    stdout.awaitEof(DRAIN_TIMEOUT);
    stderr.awaitEof(DRAIN_TIMEOUT);
    return process.exitValue();
  }

  public List<String> stdout() {
    return stdout.lines();
  }

  public List<String> stderr() {
    return stderr.lines();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public long pid() {
    return process.pid();
  }

  public List<String> command() {
    return command;
  }

  /** Command and both outputs, for assertion messages. */
  public String describe() {
    return "\ncommand: " + String.join(" ", command)
        + "\nlogs: " + logPrefix + ".{stdout,stderr}.log"
        + "\n--- stdout ---\n" + String.join("\n", stdout())
        + "\n--- stderr ---\n" + String.join("\n", stderr());
  }

  /** Kills the process and every descendant (an app may fork), then waits for them to go. */
  @Override
  public void close() {
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.add(process.toHandle());
    tree.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle handle : tree) {
      try {
        handle.onExit().get(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        // best effort: a zombie we cannot reap must not fail the test that already finished
      }
    }
    stdout.awaitEof(DRAIN_TIMEOUT);
    stderr.awaitEof(DRAIN_TIMEOUT);
  }

  private static Path codeSourceOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalArgumentException(type + " has no class path location; use builder(jdk, name).classpath(..)", e);
    }
  }

  public static final class Builder {
    private final Jdk jdk;
    private final String mainClass;
    private boolean withAgent = true;
    private final Map<String, String> systemProperties = new LinkedHashMap<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<String> jvmArgs = new ArrayList<>();
    private final List<Path> classpath = new ArrayList<>();
    private Path agentJar;
    private Path logsDir;
    private final List<String> args = new ArrayList<>();

    private Builder(Jdk jdk, String mainClass) {
      this.jdk = jdk;
      this.mainClass = mainClass;
      // spans should reach the receiver within a test's patience, and only spans are asserted on
      systemProperties.put("otel.bsp.schedule.delay", "200");
      systemProperties.put("otel.metrics.exporter", "none");
      systemProperties.put("otel.logs.exporter", "none");
      // the agent normally installs in the background; a test app acting in its first
      // milliseconds would race it, so tests start it inside premain unless they test that path
      systemProperties.put("baton.startup.synchronous", "true");
    }

    /** Runs the app plainly, e.g. to compare behaviour with and without the agent. */
    public Builder withoutAgent() {
      withAgent = false;
      return this;
    }

    /** The agent to attach; defaults to the system property {@value AgentProcess#AGENT_JAR_PROPERTY}. */
    public Builder agentJar(Path jar) {
      agentJar = jar;
      return this;
    }

    /** Where the child's output logs go; see {@link AgentProcess} for the default. */
    public Builder logsDir(Path dir) {
      logsDir = dir;
      return this;
    }

    /** Exports over http/protobuf, the default protocol. */
    public Builder exportTo(OtlpReceiver receiver) {
      return exportTo(receiver, OtlpProtocol.HTTP_PROTOBUF);
    }

    public Builder exportTo(OtlpReceiver receiver, OtlpProtocol protocol) {
      systemProperties.put("otel.exporter.otlp.endpoint", receiver.endpoint(protocol));
      systemProperties.put("otel.exporter.otlp.protocol", protocol.configValue());
      return this;
    }

    /** Sets a {@code -D} property; {@code null} removes a default. */
    public Builder systemProperty(String key, String value) {
      if (value == null) {
        systemProperties.remove(key);
      } else {
        systemProperties.put(key, value);
      }
      return this;
    }

    public Builder env(String key, String value) {
      env.put(key, value);
      return this;
    }

    /** A JVM option placed before the {@code -D} properties, e.g. {@code -Xmx256m}. */
    public Builder jvmArg(String arg) {
      jvmArgs.add(arg);
      return this;
    }

    public Builder classpath(Path... entries) {
      classpath.addAll(List.of(entries));
      return this;
    }

    public Builder classpath(Collection<Path> entries) {
      classpath.addAll(entries);
      return this;
    }

    /**
     * Adds every entry of this JVM's class path, e.g. to run an app whose libraries are the test's
     * dependencies. The app then also sees the test libraries (JUnit, this module).
     */
    public Builder inheritClasspath() {
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        if (!entry.isEmpty()) {
          classpath.add(Path.of(entry));
        }
      }
      return this;
    }

    public Builder args(String... values) {
      args.addAll(List.of(values));
      return this;
    }

    public AgentProcess start() {
      List<String> command = new ArrayList<>();
      command.add(jdk.javaExecutable().toString());
      if (withAgent) {
        command.add("-javaagent:" + resolveAgentJar());
      }
      command.addAll(jvmArgs);
      new TreeMap<>(systemProperties).forEach((k, v) -> command.add("-D" + k + "=" + v));
      command.add("-cp");
      command.add(classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
      command.add(mainClass);
      command.addAll(args);

      ProcessBuilder builder = new ProcessBuilder(command);
      // the developer's shell must not change the outcome: these would add flags, print
      // "Picked up ..." on stderr, or reconfigure the agent
      builder.environment().keySet().removeIf(key -> key.startsWith("OTEL_")
          || key.equals("JAVA_TOOL_OPTIONS") || key.equals("JDK_JAVA_OPTIONS") || key.equals("_JAVA_OPTIONS"));
      builder.environment().putAll(env);
      try {
        Path logs = resolveLogsDir();
        Files.createDirectories(logs);
        String simpleName = mainClass.substring(mainClass.lastIndexOf('.') + 1);
        Path logPrefix = logs
            .resolve(simpleName + "-" + jdk.name().toLowerCase() + "-" + SEQUENCE.incrementAndGet());
        return new AgentProcess(builder.start(), command, logPrefix);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start " + command, e);
      }
    }

    private Path resolveAgentJar() {
      Path jar = agentJar;
      if (jar == null) {
        String configured = System.getProperty(AGENT_JAR_PROPERTY);
        if (configured == null) {
          fail("no agent jar: call agentJar(path) or set -D" + AGENT_JAR_PROPERTY + "=<path to baton-agent.jar>");
        }
        jar = Path.of(configured);
      }
      if (!Files.isRegularFile(jar)) {
        fail("agent jar not found at " + jar.toAbsolutePath().normalize());
      }
      return jar.toAbsolutePath().normalize();
    }

    private Path resolveLogsDir() {
      if (logsDir != null) {
        return logsDir;
      }
      String configured = System.getProperty(LOGS_DIR_PROPERTY);
      return configured != null ? Path.of(configured) : Path.of("target", "agent-logs").toAbsolutePath();
    }
  }
}
