package org.casoteca.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** Latency samples in nanoseconds, summarised as percentiles in milliseconds. */
final class Latencies {

  private long[] samples = new long[1024];
  private int count;

  synchronized void add(long nanos) {
    if (count == samples.length) {
      samples = Arrays.copyOf(samples, count * 2);
    }
    samples[count++] = nanos;
  }

  synchronized int count() {
    return count;
  }

  synchronized double percentileMillis(double p) {
    if (count == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(samples, count);
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * count) - 1;
    return sorted[Math.max(0, Math.min(count - 1, index))] / 1e6;
  }

  synchronized double meanMillis() {
    long sum = 0;
    for (int i = 0; i < count; i++) {
      sum += samples[i];
    }
    return count == 0 ? Double.NaN : sum / 1e6 / count;
  }

  synchronized double maxMillis() {
    return percentileMillis(100);
  }

  String summary() {
    return String.format(
        Locale.ROOT,
        "n=%d p50=%.2f ms p90=%.2f ms p99=%.2f ms max=%.2f ms mean=%.2f ms",
        count(),
        percentileMillis(50),
        percentileMillis(90),
        percentileMillis(99),
        maxMillis(),
        meanMillis());
  }

  /** The machine's load averages, as {@code uptime} prints them: other builds share the cores. */
  static String load() {
    try {
      String[] avg = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return "load " + avg[0] + " " + avg[1] + " " + avg[2];
    } catch (IOException e) {
      return String.format(
          Locale.ROOT,
          "load %.2f",
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }
}
