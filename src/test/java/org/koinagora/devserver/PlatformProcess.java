package org.koinagora.devserver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The WAR running on Payara Micro as a child process, for the launcher and the benchmarks. */
public final class PlatformProcess implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Instant started;

  private PlatformProcess(Process process, int port, Instant started) {
    this.process = process;
    this.port = port;
    this.started = started;
  }

  /**
   * Starts {@code java -jar payara-micro.jar --deploy war} with the given environment, in a fresh
   * {@code rootDir}: Payara's runtime directory holds only what it unpacks at start, and one left
   * by an earlier run (a crash, a restart) makes Payara first deploy the old application there and
   * then replace it, answering 503 in between while its health check already says ready.
   */
  public static PlatformProcess start(
      Path payaraJar,
      Path war,
      Path rootDir,
      int port,
      String heap,
      Map<String, String> environment,
      boolean inheritIo)
      throws IOException {
    if (Files.exists(rootDir)) {
      try (var old = Files.walk(rootDir)) {
        for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    Files.createDirectories(rootDir);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(heap);
    command.addAll(
        List.of(
            "-jar",
            payaraJar.toString(),
            "--deploy",
            war.toString(),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(port),
            "--nocluster",
            "--rootDir",
            rootDir.toString()));
    var builder = new ProcessBuilder(command);
    if (inheritIo) {
      builder.inheritIO();
    } else {
      builder.redirectErrorStream(true).redirectOutput(rootDir.resolve("server.log").toFile());
    }
    builder.environment().putAll(environment);
    Instant started = Instant.now();
    return new PlatformProcess(builder.start(), port, started);
  }

  /**
   * Waits for /health/ready and for the home page to answer; returns the time from the JVM start.
   */
  public Duration awaitReady() throws InterruptedException {
    var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    var ready =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready")).build();
    var home = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build();
    Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
    while (process.isAlive()) {
      if (Instant.now().isAfter(giveUp)) {
        throw new IllegalStateException(
            "Payara Micro was not ready within 3 minutes (a failed deployment?); see its"
                + " server.log");
      }
      try {
        if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200
            && client.send(home, HttpResponse.BodyHandlers.discarding()).statusCode() < 500) {
          return Duration.between(started, Instant.now());
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("Payara Micro stopped before it was ready");
  }

  public int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  /** Kills the JVM at once, as a power cut would: no shutdown hooks, nothing flushed. */
  public void crash() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }
}
