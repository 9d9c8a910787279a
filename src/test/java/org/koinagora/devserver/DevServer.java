package org.koinagora.devserver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Runs the platform on this machine: an embedded MariaDB (unless KOINAGORA_DB_URL points at another
 * one) and the WAR on Payara Micro, with demo data on the first start. Started by {@code mvn -Prun
 * package}.
 */
public final class DevServer {

  private DevServer() {}

  public static void main(String[] args) throws Exception {
    Path dataDir = Path.of(setting("KOINAGORA_DATA_DIR", "data")).toAbsolutePath();
    int httpPort = Integer.parseInt(setting("KOINAGORA_HTTP_PORT", "8080"));
    Map<String, String> environment = new HashMap<>();
    EmbeddedMariaDb embedded = null;

    if (System.getenv("KOINAGORA_DB_URL") == null) {
      int dbPort = Integer.parseInt(setting("KOINAGORA_EMBEDDED_DB_PORT", "3307"));
      long started = System.nanoTime();
      embedded = EmbeddedMariaDb.start(dataDir.resolve("mariadb"), dbPort);
      String password = password(dataDir.resolve("mariadb").resolve("koinagora.password"));
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
    PlatformProcess server =
        PlatformProcess.start(
            payara,
            war,
            dataDir.resolve("payara"),
            httpPort,
            setting("KOINAGORA_JAVA_HEAP", "-Xmx1g"),
            environment,
            true);
    EmbeddedMariaDb db = embedded;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.close();
                    if (db != null) {
                      db.close();
                    }
                  } catch (Exception e) {
                    Thread.currentThread().interrupt();
                  }
                }));
    Duration ready = server.awaitReady();
    System.out.printf(
        "%nKoinagora is ready at http://localhost:%d (JVM start to /health/ready: %.1f s). Stop"
            + " with Ctrl+C.%n",
        httpPort, ready.toMillis() / 1000.0);
    System.exit(server.waitFor());
  }

  private static String setting(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? System.getProperty(name, fallback) : value;
  }

  /**
   * The database user's password, made once and kept readable by this user only, so that {@code
   * ops/backup.sh} and {@code ops/restore.sh} can reach the embedded database.
   */
  private static String password(Path file) throws IOException {
    if (Files.isReadable(file)) {
      String kept = Files.readString(file).strip();
      if (!kept.isEmpty()) {
        return kept;
      }
    }
    String password = randomPassword();
    Files.createDirectories(file.getParent());
    Files.writeString(file, password);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the directory's own permissions protect it
    }
    return password;
  }

  private static String randomPassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
