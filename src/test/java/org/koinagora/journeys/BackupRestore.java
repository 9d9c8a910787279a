package org.koinagora.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * Runs the operators' scripts {@code ops/backup.sh} and {@code ops/restore.sh} as an operator
 * would, against a database given by the platform's own settings, and checks what they restored.
 */
final class BackupRestore {

  private final String user;
  private final String password;

  BackupRestore(String user, String password) {
    this.user = user;
    this.password = password;
  }

  /** The archive ops/backup.sh made of the database and data directory into {@code directory}. */
  Path backup(String jdbcUrl, Path dataDir, Path directory) throws Exception {
    String out = run(jdbcUrl, dataDir, "ops/backup.sh", directory.toString());
    return Path.of(out.strip().lines().reduce((first, last) -> last).orElseThrow());
  }

  void restore(String jdbcUrl, Path dataDir, Path archive) throws Exception {
    run(jdbcUrl, dataDir, "ops/restore.sh", "--replace", archive.toString());
  }

  private String run(String jdbcUrl, Path dataDir, String... command) throws Exception {
    var builder = new ProcessBuilder(Stream.concat(Stream.of("bash"), Stream.of(command)).toList());
    builder.environment().put("KOINAGORA_DB_URL", jdbcUrl);
    builder.environment().put("KOINAGORA_DB_USER", user);
    builder.environment().put("KOINAGORA_DB_PASSWORD", password);
    builder.environment().put("KOINAGORA_DATA_DIR", dataDir.toString());
    builder.environment().remove("KOINAGORA_SEARCH_INDEX_DIR");
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), command[0] + " ended");
    assertEquals(0, process.exitValue(), command[0] + " failed:\n" + output);
    return output;
  }

  /** Row count of every table. */
  Map<String, Long> rowCounts(String jdbcUrl) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    try (var connection = DriverManager.getConnection(jdbcUrl, user, password);
        var statement = connection.createStatement()) {
      List<String> tables;
      try (var rows =
          statement.executeQuery(
              "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                  + " AND table_type = 'BASE TABLE'")) {
        var names = new java.util.ArrayList<String>();
        while (rows.next()) {
          names.add(rows.getString(1));
        }
        tables = names;
      }
      for (String table : tables) {
        try (var rows = statement.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
          rows.next();
          counts.put(table, rows.getLong(1));
        }
      }
    }
    return counts;
  }

  /** Flyway, as the platform runs it at start, finds the schema valid and nothing to apply. */
  void assertSchemaCurrent(String jdbcUrl) {
    Flyway flyway =
        Flyway.configure(BackupRestore.class.getClassLoader())
            .dataSource(jdbcUrl, user, password)
            .locations("classpath:db/migration")
            .load();
    flyway.validate();
    assertEquals(0, flyway.info().pending().length, "no migration pending after the restore");
  }

  /** The dump's statements without its comment lines (host, database name, date). */
  static List<String> statements(Path archive, Path into) throws Exception {
    Files.createDirectories(into);
    var tar = new ProcessBuilder("tar", "-C", into.toString(), "-xzf", archive.toString());
    assertEquals(0, tar.inheritIO().start().waitFor(), "the archive opens");
    try (var lines = Files.lines(into.resolve("database.sql"), StandardCharsets.UTF_8)) {
      return lines.filter(line -> !line.startsWith("-- ")).toList();
    }
  }

  /** Relative path and size of every file under {@code root}'s images. */
  static Map<String, Long> files(Path root) throws IOException {
    Map<String, Long> files = new TreeMap<>();
    Path images = root.resolve("images");
    if (Files.isDirectory(images)) {
      try (Stream<Path> paths = Files.walk(images)) {
        for (Path path : paths.filter(Files::isRegularFile).toList()) {
          files.put(root.relativize(path).toString(), Files.size(path));
        }
      }
    }
    return files;
  }
}
