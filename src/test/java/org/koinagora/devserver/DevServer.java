package org.koinagora.devserver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Runs the platform on this machine: an embedded MariaDB (unless KOINAGORA_DB_URL points at
 * another one) and the WAR on Payara Micro, with demo data on the first start. Started by {@code
 * mvn -Prun package}.
 */
public final class DevServer {

  private DevServer() {}

  public static void main(String[] args) throws Exception {
    Path dataDir = Path.of(setting("KOINAGORA_DATA_DIR", "data")).toAbsolutePath();
    int httpPort = Integer.parseInt(setting("KOINAGORA_HTTP_PORT", "8080"));
    Map<String, String> environment = new java.util.HashMap<>();
    EmbeddedMariaDb embedded = null;

    if (System.getenv("KOINAGORA_DB_URL") == null) {
      int dbPort = Integer.parseInt(setting("KOINAGORA_EMBEDDED_DB_PORT", "3307"));
      long started = System.nanoTime();
      embedded = EmbeddedMariaDb.start(dataDir.resolve("mariadb"), dbPort);
      String password = randomPassword();
      embedded.createDatabase("koinagora", "koinagora", password);
      System.out.printf(
          "Embedded MariaDB on 127.0.0.1:%d ready in %d ms (data in %s)%n",
          dbPort, (System.nanoTime() - started) / 1_000_000, dataDir.resolve("mariadb"));
      environment.put("KOINAGORA_DB_URL", embedded.jdbcUrl("koinagora"));
      environment.put("KOINAGORA_DB_USER", "koinagora");
      environment.put("KOINAGORA_DB_PASSWORD", password);
      environment.putIfAbsent("KOINAGORA_DEMO_DATA", setting("KOINAGORA_DEMO_DATA", "true"));
    }

    environment.put("KOINAGORA_DATA_DIR", dataDir.toString());
    Path war = Path.of(System.getProperty("devserver.war", "target/koinagora.war"));
    Path payara = Path.of(System.getProperty("devserver.payaraJar", "target/payara-micro.jar"));
    Files.createDirectories(dataDir.resolve("payara"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(setting("KOINAGORA_JAVA_HEAP", "-Xmx1g"));
    command.addAll(
        List.of(
            "-jar", payara.toString(),
            "--deploy", war.toString(),
            "--contextroot", "/",
            "--port", String.valueOf(httpPort),
            "--nocluster",
            "--rootDir", dataDir.resolve("payara").toString()));
    var builder = new ProcessBuilder(command).inheritIO();
    builder.environment().putAll(environment);
    Instant jvmStart = Instant.now();
    Process server = builder.start();
    EmbeddedMariaDb db = embedded;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.destroy();
                  try {
                    server.waitFor();
                    if (db != null) {
                      db.close();
                    }
                  } catch (Exception e) {
                    Thread.currentThread().interrupt();
                  }
                }));
    waitUntilReady(httpPort, server, jvmStart);
    System.exit(server.waitFor());
  }

  private static void waitUntilReady(int port, Process server, Instant jvmStart)
      throws InterruptedException {
    var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    var ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready")).build();
    while (server.isAlive()) {
      try {
        if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          System.out.printf(
              "%nKoinagora is ready at http://localhost:%d (JVM start to /health/ready: %.1f s)."
                  + " Stop with Ctrl+C.%n",
              port, Duration.between(jvmStart, Instant.now()).toMillis() / 1000.0);
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
  }

  private static String setting(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? System.getProperty(name, fallback) : value;
  }

  private static String randomPassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
