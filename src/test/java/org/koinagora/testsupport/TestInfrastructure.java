package org.koinagora.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.koinagora.devserver.EmbeddedMariaDb;
import org.koinagora.testsupport.mydata.MyDataStub;
import org.koinagora.testsupport.stripe.StripeStub;

/**
 * Starts, once per test run and before Arquillian boots Payara, the real services the WAR talks to:
 * an embedded MariaDB, a GreenMail SMTP server and stand-ins for Stripe's and AADE myDATA's APIs,
 * on the ports failsafe passes to Payara through its environment. Unit test runs (no {@code
 * it.db.port}) start nothing.
 */
public class TestInfrastructure implements LauncherSessionListener {

  /** The database of the boot that starts as a newcomer's first start does (see FirstStartIT). */
  public static final String FIRST_START_DATABASE = "koinagora_first";

  /** The database a backup of the first start is restored into (see FirstStartIT). */
  public static final String RESTORE_DATABASE = "koinagora_restore";

  private static EmbeddedMariaDb database;
  private static GreenMail mail;
  private static StripeStub stripe;
  private static MyDataStub mydata;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String dbPort = System.getProperty("it.db.port");
    if (dbPort == null || database != null) {
      return;
    }
    try {
      Path home = Path.of(System.getProperty("it.db.dir"));
      database = EmbeddedMariaDb.start(home, Integer.parseInt(dbPort));
      database.createDatabases(
          Database.USER, Database.PASSWORD, "koinagora_it", FIRST_START_DATABASE, RESTORE_DATABASE);
      mail =
          new GreenMail(
              new ServerSetup(
                  Integer.parseInt(System.getProperty("it.smtp.port")), "127.0.0.1", "smtp"));
      mail.start();
      stripe = StripeStub.start(Integer.parseInt(System.getProperty("it.stripe.port")));
      mydata = MyDataStub.start(Integer.parseInt(System.getProperty("it.mydata.port")));
    } catch (Exception e) {
      throw new IllegalStateException("Could not start the test database or mail server", e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    try {
      if (mail != null) {
        mail.stop();
      }
      if (stripe != null) {
        stripe.close();
      }
      if (mydata != null) {
        mydata.close();
      }
      if (database != null) {
        database.close();
      }
    } catch (Exception e) {
      // the JVM is ending anyway
    }
  }

  /** The first-start database emptied (dropped and made anew by its own user); its JDBC URL. */
  public static String emptyFirstStartDatabase() throws SQLException {
    if (database == null) {
      throw new IllegalStateException("the test database runs only under failsafe (mvn verify)");
    }
    try (var connection =
            DriverManager.getConnection(database.jdbcUrl(""), Database.USER, Database.PASSWORD);
        var statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS `" + FIRST_START_DATABASE + "`");
      statement.execute(
          "CREATE DATABASE `"
              + FIRST_START_DATABASE
              + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    return database.jdbcUrl(FIRST_START_DATABASE);
  }

  /** The local stand-in for Stripe's API that the deployed WAR is pointed at. */
  public static StripeStub stripe() {
    if (stripe == null) {
      throw new IllegalStateException("the Stripe stand-in runs only under failsafe (mvn verify)");
    }
    return stripe;
  }

  /** The local stand-in for AADE's myDATA API that the deployed WAR is pointed at. */
  public static MyDataStub mydata() {
    if (mydata == null) {
      throw new IllegalStateException("the myDATA stand-in runs only under failsafe (mvn verify)");
    }
    return mydata;
  }

  static GreenMail mail() {
    if (mail == null) {
      throw new IllegalStateException("GreenMail runs only under failsafe (mvn verify)");
    }
    return mail;
  }
}
