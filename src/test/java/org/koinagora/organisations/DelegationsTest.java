package org.koinagora.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.koinagora.shared.InvalidInputException;

class DelegationsTest {

  private static final LocalDate TODAY = LocalDate.now(Delegations.ATHENS);

  @Test
  void accessRunsToMidnightInAthensAfterTheChosenDay() {
    LocalDate day = TODAY.plusDays(30);
    assertEquals(
        day.plusDays(1).atStartOfDay(Delegations.ATHENS).toInstant(),
        Delegations.endOf(day.toString()));
    assertEquals(
        TODAY.plusDays(1).atStartOfDay(Delegations.ATHENS).toInstant(),
        Delegations.endOf(" " + TODAY + " "),
        "today is the shortest grant");
  }

  @Test
  void aMissingWrongPastOrTooDistantDayIsRefusedNamingTheField() {
    for (String wrong :
        new String[] {
          null,
          " ",
          "31/12/2027",
          TODAY.minusDays(1).toString(),
          TODAY.plusDays(Delegation.MAX_DAYS + 1).toString()
        }) {
      var refused = assertThrows(InvalidInputException.class, () -> Delegations.endOf(wrong));
      assertEquals("until", refused.field(), wrong);
    }
  }
}
