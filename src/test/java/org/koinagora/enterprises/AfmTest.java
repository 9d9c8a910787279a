package org.koinagora.enterprises;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AfmTest {

  @ParameterizedTest
  @ValueSource(strings = {"090123451", "094014201", "997001310", "123456783", "800111224"})
  void numbersWithTheRightCheckDigitAreValid(String afm) {
    assertTrue(Afm.isValid(afm));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "090123452",
        "123456789",
        "000000000",
        "12345678",
        "1234567890",
        "09012345A",
        "",
        " 090123451"
      })
  void wrongCheckDigitsLengthsOrCharactersAreInvalid(String afm) {
    assertFalse(Afm.isValid(afm));
  }

  @Test
  void nullIsInvalid() {
    assertFalse(Afm.isValid(null));
  }
}
