package io.baton.core.api;

import io.baton.core.config.AgentConfig;
import io.baton.core.log.AgentLog;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code peer.service} on client spans, from the OpenTelemetry agent's
 * {@code otel.instrumentation.common.peer-service-mapping}: comma-separated
 * {@code host[:port][/path]=name} entries naming the services behind the hosts the application
 * calls, for service maps that would otherwise show an uninstrumented database or API as a bare
 * address. A request matches an entry of its host whose port (if given) is its port and whose path
 * (if given) starts its path; the most specific wins, an entry with a port over one without, then
 * the longer path. Hosts compare ignoring case.
 *
 * <p>Semconv 1.37 has {@code peer.service} in its registry at development status, so it is set
 * only when the user maps hosts, never by default.
 */
public final class PeerServices {

  static final String PROPERTY = "otel.instrumentation.common.peer-service-mapping";
  static final AttributeKey<String> PEER_SERVICE = AttributeKey.stringKey("peer.service");

  /** Read when the first client span starts. */
  private static final class Configured {
    static final PeerServices MAPPING = parse(AgentConfig.get().getString(PROPERTY, null));
  }

  private static final class Entry {
    final int port;
    final String path;
    final String service;

    Entry(int port, String path, String service) {
      this.port = port;
      this.path = path;
      this.service = service;
    }

    boolean matches(int requestPort, String requestPath) {
      return (port < 0 || port == requestPort)
          && (path == null || (requestPath != null && requestPath.startsWith(path)));
    }

    boolean moreSpecificThan(Entry other) {
      if ((port >= 0) != (other.port >= 0)) {
        return port >= 0;
      }
      return (path == null ? 0 : path.length()) > (other.path == null ? 0 : other.path.length());
    }
  }

  private final Map<String, List<Entry>> byHost;

  private PeerServices(Map<String, List<Entry>> byHost) {
    this.byHost = byHost;
  }

  public static PeerServices configured() {
    return Configured.MAPPING;
  }

  /** No mapping configured: callers skip working out a request's path. */
  public boolean isEmpty() {
    return byHost.isEmpty();
  }

  /** Sets {@code peer.service} if an entry matches. {@code port} -1 and {@code path} null when unknown. */
  public void applyTo(SpanBuilder span, String host, int port, String path) {
    if (byHost.isEmpty() || host == null) {
      return;
    }
    String service = resolve(host, port, path);
    if (service != null) {
      span.setAttribute(PEER_SERVICE, service);
    }
  }

  String resolve(String host, int port, String path) {
    List<Entry> entries = byHost.get(host.toLowerCase(Locale.ROOT));
    if (entries == null) {
      return null;
    }
    Entry best = null;
    for (Entry entry : entries) {
      if (entry.matches(port, path) && (best == null || entry.moreSpecificThan(best))) {
        best = entry;
      }
    }
    return best == null ? null : best.service;
  }

  /** A malformed entry is skipped with one warning; the others still apply. */
  static PeerServices parse(String mapping) {
    if (mapping == null) {
      return new PeerServices(Collections.emptyMap());
    }
    Map<String, List<Entry>> byHost = new HashMap<>();
    List<String> malformed = new ArrayList<>();
    for (String item : mapping.split(",")) {
      String trimmed = item.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (!addEntry(byHost, trimmed)) {
        malformed.add(trimmed);
      }
    }
    if (!malformed.isEmpty()) {
      AgentLog.warn("ignoring " + PROPERTY + " entries " + malformed + " (expected host[:port][/path]=service)");
    }
    return new PeerServices(byHost);
  }

  private static boolean addEntry(Map<String, List<Entry>> byHost, String item) {
    int equals = item.lastIndexOf('=');
    if (equals <= 0 || equals == item.length() - 1) {
      return false;
    }
    String target = item.substring(0, equals).trim();
    String service = item.substring(equals + 1).trim();
    int schemeEnd = target.indexOf("://");
    if (schemeEnd >= 0) {
      target = target.substring(schemeEnd + 3);
    }
    int slash = target.indexOf('/');
    String path = slash < 0 ? null : target.substring(slash);
    String hostAndPort = slash < 0 ? target : target.substring(0, slash);
    // [::1]:8080: the port's colon comes after the bracket
    int colon = hostAndPort.indexOf(':', hostAndPort.startsWith("[") ? hostAndPort.indexOf(']') : 0);
    String host = colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
    int port = -1;
    if (colon >= 0) {
      try {
        port = Integer.parseInt(hostAndPort.substring(colon + 1));
      } catch (NumberFormatException notAPort) {
        return false;
      }
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    if (host.isEmpty() || service.isEmpty()) {
      return false;
    }
    byHost.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new ArrayList<>())
        .add(new Entry(port, path == null || path.equals("/") ? null : path, service));
    return true;
  }
}
