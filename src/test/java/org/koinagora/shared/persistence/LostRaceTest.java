package org.koinagora.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

class LostRaceTest {

  @Test
  void aDeadlockALockWaitTimeoutOrAFailedOptimisticLockIsALostRace() {
    assertTrue(
        LostRace.in(
            new PersistenceException(
                new SQLTransactionRollbackException("Deadlock found", "40001", 1213))));
    assertTrue(
        LostRace.in(
            new RuntimeException(new SQLException("Lock wait timeout exceeded", "HY000", 1205))));
    assertTrue(LostRace.in(new RuntimeException(new OptimisticLockException())));
  }

  @Test
  void otherDatabaseFailuresAreNot() {
    assertFalse(LostRace.in(new PersistenceException(new SQLException("gone", "08S01", 0))));
    assertFalse(LostRace.in(new IllegalStateException("no")));
  }
}
