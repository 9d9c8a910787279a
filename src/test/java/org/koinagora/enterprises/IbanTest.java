package org.koinagora.enterprises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IbanTest {

  @Test
  void aGreekIbanIsCheckedWithItsCheckDigitsWrittenWithSpacesOrWithout() {
    assertTrue(Iban.isValid("GR16 0110 1250 0000 0001 2300 695"));
    assertTrue(Iban.isValid("gr1601101250000000012300695"));
    assertFalse(Iban.isValid("GR1601101250000000012300696"), "one digit off");
    assertFalse(Iban.isValid("GR160110125000000001230069"), "a Greek IBAN has 27 characters");
    assertFalse(Iban.isValid("not an iban"));
    assertTrue(Iban.isValid("DE89370400440532013000"), "other countries too");
  }

  @Test
  void itIsStoredCompactAndShownInGroupsOfFour() {
    assertEquals(
        "GR1601101250000000012300695", Iban.normalise(" gr16 0110 1250 0000 0001 2300 695 "));
    assertEquals("GR16 0110 1250 0000 0001 2300 695", Iban.grouped("GR1601101250000000012300695"));
  }
}
