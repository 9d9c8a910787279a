package org.koinagora.shared.persistence;

import jakarta.persistence.OptimisticLockException;

/**
 * Whether a failure means that someone else changed the same row first: an optimistic lock that
 * failed at flush (JPA's exception) or at commit (EclipseLink's own, wrapped by the transaction).
 */
public final class LostRace {

  private LostRace() {}

  public static boolean in(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException
          || cause instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
        return true;
      }
    }
    return false;
  }
}
