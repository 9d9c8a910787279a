package org.koinagora.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class FailureTest {

  @Test
  void aRowChangedMeanwhileIsAConflictAlsoWhenTheCommitNoticedIt() {
    var atCommit = new RollbackException("commit failed");
    atCommit.initCause(
        new org.eclipse.persistence.exceptions.OptimisticLockException("changed meanwhile") {});
    assertEquals(409, Failure.of(new TransactionalException("commit", atCommit)).status());
    assertEquals("concurrent_change", Failure.of(new OptimisticLockException("flush")).code());
  }

  @Test
  void aUniqueKeyTakenFirstIsAConflict() {
    var taken =
        new RuntimeException(new SQLIntegrityConstraintViolationException("Duplicate entry"));
    assertEquals(
        new Failure(409, "conflict", "error.conflict"),
        Failure.of(new TransactionalException("commit", taken)));
  }

  @Test
  void anythingElseIsOurs() {
    assertEquals(
        Failure.SERVER_ERROR,
        Failure.of(new TransactionalException("commit", new IllegalStateException())));
    assertEquals(400, Failure.of(new JsonbException("bad")).status());
  }
}
