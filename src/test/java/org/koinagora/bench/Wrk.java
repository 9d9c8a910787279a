package org.koinagora.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Running Debian's wrk (2 threads, 32 connections) and reading its report, for the benchmarks. */
public final class Wrk {

  private Wrk() {}

  /**
   * Loads {@code url} for {@code seconds}, with a Lua script choosing the requests (or none);
   * returns wrk's report.
   */
  public static String run(String url, int seconds, Path script)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of("wrk", "-t2", "-c32", "-d" + seconds + "s", "--latency"));
    if (script != null) {
      command.addAll(List.of("-s", script.toString()));
    }
    command.add(url);
    Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    wrk.waitFor();
    return output;
  }

  /** The first group of {@code regex} in the report, or "?". */
  public static String find(String report, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(report);
    return matcher.find() ? matcher.group(1) : "?";
  }

  public static String requestsPerSecond(String report) {
    return find(report, "Requests/sec:\\s+([\\d.]+)");
  }

  /** The latency at a percentile wrk prints (50, 75, 90, 99). */
  public static String latency(String report, int percentile) {
    return find(report, "\\s" + percentile + "%\\s+(\\S+)");
  }

  public static String non2xx(String report) {
    String count = find(report, "Non-2xx or 3xx responses:\\s+(\\d+)");
    return "?".equals(count) ? "0" : count;
  }

  /** Empties a benchmark's working folder from an earlier run. */
  public static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (var walk = Files.walk(path)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
