package org.koinagora.fairs;

/**
 * What an enterprise member asks for at a fair: a stand (for a booking; none for the waitlist), for
 * which of the member's enterprises (needed when there are several), under which of its product
 * categories (needed when the fair has category quotas), with a note for the organiser
 * (applications).
 */
public record StandRequest(Long enterpriseId, Long standId, Long categoryId, String note) {

  public static StandRequest forWaitlist(Long enterpriseId, Long categoryId) {
    return new StandRequest(enterpriseId, null, categoryId, null);
  }
}
