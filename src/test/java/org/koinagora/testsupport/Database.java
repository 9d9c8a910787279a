package org.koinagora.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Direct JDBC access to the test database, to check what the application stored. */
public final class Database {

  static final String USER = "koinagora";
  static final String PASSWORD = "koinagora-it";

  private Database() {}

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mariadb://127.0.0.1:" + System.getProperty("it.db.port") + "/koinagora_it",
        USER,
        PASSWORD);
  }

  /** The first column of the first row, or null. */
  public static Object value(String sql, Object... parameters) throws SQLException {
    try (var connection = connect();
        var statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (var rows = statement.executeQuery()) {
        return rows.next() ? rows.getObject(1) : null;
      }
    }
  }

  public static int update(String sql, Object... parameters) throws SQLException {
    try (var connection = connect();
        var statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }
}
