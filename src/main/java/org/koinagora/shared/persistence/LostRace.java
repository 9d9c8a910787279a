package org.koinagora.shared.persistence;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;

/**
 * Whether a failure means that someone else changed the same row first: an optimistic lock that
 * failed at flush (JPA's exception) or at commit (EclipseLink's own, wrapped by the transaction),
 * or the database giving up one of two transactions waiting for each other: a deadlock, a lock wait
 * that timed out, or on Galera a certification conflict (reported as a deadlock).
 */
public final class LostRace {

  private static final int ER_LOCK_DEADLOCK = 1213;
  private static final int ER_LOCK_WAIT_TIMEOUT = 1205;

  private LostRace() {}

  public static boolean in(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException
          || cause instanceof org.eclipse.persistence.exceptions.OptimisticLockException
          || (cause instanceof SQLException sql && isLockConflict(sql))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLockConflict(SQLException e) {
    return "40001".equals(e.getSQLState())
        || e.getErrorCode() == ER_LOCK_DEADLOCK
        || e.getErrorCode() == ER_LOCK_WAIT_TIMEOUT;
  }
}
