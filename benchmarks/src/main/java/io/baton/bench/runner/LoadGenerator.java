package io.baton.bench.runner;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Closed-loop load: {@code connections} threads each send a request, wait for the answer, and
 * send the next, until the time is up. Throughput therefore reflects latency, as for a client
 * pool in front of a service (no coordinated-omission correction: the targets are relative).
 */
final class LoadGenerator {

  private final HttpClient client;
  private final HttpRequest request;
  private final int connections;

  LoadGenerator(HttpClient client, URI uri, int connections) {
    this.client = client;
    this.request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build();
    this.connections = connections;
  }

  Result run(Duration duration) throws InterruptedException {
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    List<Worker> workers = new ArrayList<>();
    for (int i = 0; i < connections; i++) {
      Worker worker = new Worker(end);
      workers.add(worker);
      worker.thread.start();
    }
    for (Worker worker : workers) {
      worker.thread.join();
    }
    long elapsed = System.nanoTime() - start;
    return Result.merge(workers, elapsed);
  }

  /** What one load phase saw. Latencies in nanoseconds, sorted. */
  static final class Result {
    final long[] latencies;
    final long errors;
    final long elapsedNanos;

    private Result(long[] latencies, long errors, long elapsedNanos) {
      this.latencies = latencies;
      this.errors = errors;
      this.elapsedNanos = elapsedNanos;
    }

    static Result merge(List<Worker> workers, long elapsedNanos) {
      int total = 0;
      long errors = 0;
      for (Worker worker : workers) {
        total += worker.count;
        errors += worker.errors;
      }
      long[] all = new long[total];
      int at = 0;
      for (Worker worker : workers) {
        System.arraycopy(worker.latencies, 0, all, at, worker.count);
        at += worker.count;
      }
      Arrays.sort(all);
      return new Result(all, errors, elapsedNanos);
    }

    int requests() {
      return latencies.length;
    }

    double requestsPerSecond() {
      return latencies.length / (elapsedNanos / 1e9);
    }

    double percentileMillis(double percentile) {
      if (latencies.length == 0) {
        return Double.NaN;
      }
      int index = (int) Math.ceil(percentile / 100 * latencies.length) - 1;
      return latencies[Math.max(0, index)] / 1e6;
    }
  }

  private final class Worker implements Runnable {
    final Thread thread = new Thread(this, "load");
    final long end;
    long[] latencies = new long[4096];
    int count;
    long errors;

    Worker(long end) {
      this.end = end;
    }

    @Override
    public void run() {
      while (System.nanoTime() < end) {
        long sent = System.nanoTime();
        boolean ok;
        try {
          ok = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
          ok = false;
        }
        if (ok) {
          record(System.nanoTime() - sent);
        } else {
          errors++;
        }
      }
    }

    private void record(long nanos) {
      if (count == latencies.length) {
        latencies = Arrays.copyOf(latencies, count * 2);
      }
      latencies[count++] = nanos;
    }
  }
}
