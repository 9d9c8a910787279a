package org.koinagora.shared.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.koinagora.shared.persistence.LostRace;

/**
 * What the API answers for an exception no feature mapped: malformed JSON is the caller's, a lost
 * race on a unique key or a row someone else changed meanwhile is a conflict, anything else ours.
 */
record Failure(int status, String code, String messageKey) {

  static final Failure SERVER_ERROR = new Failure(500, "server_error", "error.server_error");

  static Failure of(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException
          || cause instanceof JsonException
          || cause instanceof ProcessingException) {
        return new Failure(400, "invalid_json", "error.invalid_json");
      }
      if (cause instanceof SQLIntegrityConstraintViolationException) {
        return new Failure(409, "conflict", "error.conflict");
      }
    }
    return LostRace.in(thrown)
        ? new Failure(409, "concurrent_change", "error.concurrent_change")
        : SERVER_ERROR;
  }
}
