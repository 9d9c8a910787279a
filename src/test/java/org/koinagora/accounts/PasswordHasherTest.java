package org.koinagora.accounts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void theRightPasswordMatchesAndAWrongOneDoesNot() {
    String hash = hasher.hash("correct horse battery");
    assertTrue(hasher.verify("correct horse battery", hash));
    assertFalse(hasher.verify("correct horse battery!", hash));
    assertFalse(hasher.verify(null, hash));
  }

  @Test
  void eachHashHasItsOwnSaltAndTheOwaspWorkFactor() {
    String first = hasher.hash("same password here");
    String second = hasher.hash("same password here");
    assertNotEquals(first, second);
    assertTrue(first.startsWith("pbkdf2-sha256$600000$"));
  }

  @Test
  void noStoredHashNeverMatches() {
    assertFalse(hasher.verify("no-such-account-password", null));
  }
}
