package org.koinagora.bench;

import java.sql.Connection;
import org.koinagora.shared.SecureTokens;

/** What the API benchmarks share: tokens written straight to the database, and percentiles. */
public final class BenchSupport {

  private BenchSupport() {}

  /**
   * An API token for an existing account (signing in many times would measure PBKDF2, not the API).
   */
  public static String token(Connection connection, String email) throws Exception {
    String token = "kga_bench" + SecureTokens.newToken();
    try (var insert =
        connection.prepareStatement(
            "INSERT INTO api_token (user_id, label, token_hash, created_at, expires_at) SELECT id,"
                + " 'bench', ?, NOW(6), NOW(6) + INTERVAL 1 DAY FROM user_account WHERE email ="
                + " ?")) {
      insert.setString(1, SecureTokens.sha256(token));
      insert.setString(2, email);
      insert.executeUpdate();
    }
    return token;
  }

  /** A new account that signs in with the demo accounts' password. */
  public static void account(Connection connection, String email, String name) throws Exception {
    try (var statement =
        connection.prepareStatement(
            "INSERT INTO user_account (email, name, password_hash, created_at) SELECT ?, ?,"
                + " password_hash, NOW(6) FROM user_account WHERE email ="
                + " 'enterprise1@demo.koinagora.org'")) {
      statement.setString(1, email);
      statement.setString(2, name);
      statement.executeUpdate();
    }
  }

  /** The value at a quantile of sorted values. */
  public static double at(double[] sorted, double quantile) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
  }
}
