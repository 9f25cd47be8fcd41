package io.baton.bench.runner;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The three ways the app runs. Paths are relative to the repository root; {@code BATON_AGENT}
 * names another Baton jar, to compare an older build (as in {@code idle-cpu.sh}).
 */
enum Variant {
  NONE(null),
  BATON(Paths.get(System.getenv().getOrDefault("BATON_AGENT", "agent/target/baton-agent.jar"))),
  OTEL(Paths.get("benchmarks", "target", "agents", "opentelemetry-javaagent.jar"));

  private final Path agentJar;

  Variant(Path agentJar) {
    this.agentJar = agentJar;
  }

  /** The {@code -javaagent} jar, or null for the app alone. */
  Path agentJar() {
    return agentJar;
  }

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  static List<Variant> parseList(String commaSeparated) {
    List<Variant> variants = new ArrayList<>();
    for (String name : commaSeparated.split(",")) {
      variants.add(valueOf(name.trim().toUpperCase(Locale.ROOT)));
    }
    return variants;
  }
}
