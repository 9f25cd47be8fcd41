package io.baton.bench.app;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.ToLongFunction;

/**
 * What the runner diffs around its measured window, as {@code key=value} lines: process CPU time,
 * bytes allocated by the live threads (the app's threads are pooled and long-lived, so few
 * allocations are lost with dead threads), heap used, the collectors' pauses so far, events
 * consumed. {@code ?gc=true} collects first, for the heap after GC.
 */
final class StatsServlet extends HttpServlet {

  private final Events events;

  StatsServlet(Events events) {
    this.events = events;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if ("true".equals(request.getParameter("gc"))) {
      System.gc();
      System.gc();
    }
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    response.setContentType("text/plain");
    PrintWriter out = response.getWriter();
    out.println("cpuNanos=" + os.getProcessCpuTime());
    out.println("jitMillis=" + ManagementFactory.getCompilationMXBean().getTotalCompilationTime());
    out.println("allocatedBytes=" + allocatedBytes());
    out.println("heapUsedBytes=" + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    out.println("nonHeapCommittedBytes=" + ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage().getCommitted());
    out.println("gcCount=" + gcTotal(GarbageCollectorMXBean::getCollectionCount));
    out.println("gcMillis=" + gcTotal(GarbageCollectorMXBean::getCollectionTime));
    out.println("consumed=" + events.consumed());
  }

  /**
   * Over every collector the JVM reports. With G1 (the default here) each one counts pauses: young
   * and mixed, full, and from JDK 20 on the remark and cleanup pauses of its concurrent cycles.
   */
  private static long gcTotal(ToLongFunction<GarbageCollectorMXBean> figure) {
    long total = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, figure.applyAsLong(collector));
    }
    return total;
  }

  private static long allocatedBytes() {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
      if (bytes > 0) {
        sum += bytes;
      }
    }
    return sum;
  }
}
