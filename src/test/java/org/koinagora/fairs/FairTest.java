package org.koinagora.fairs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.koinagora.enterprises.Region;
import org.koinagora.organisations.Organisation;
import org.koinagora.shared.ConflictException;

class FairTest {

  private static final Instant CLOSES = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void theLotteryIsDrawnOnceAfterThePublishedApplicationWindowCloses() {
    Fair fair = fair(BookingMode.APPLICATION);
    fair.publish();
    Instant after = CLOSES.plus(Duration.ofMinutes(1));

    assertTrue(fair.canDrawLottery(after, false));
    assertFalse(fair.canDrawLottery(CLOSES.minusSeconds(1), false), "the window is still open");
    assertFalse(fair.canDrawLottery(after, true), "drawn already");
    assertEquals("lottery.window_open", refusal(fair, CLOSES.minusSeconds(1), false));
    assertEquals("lottery.already", refusal(fair, after, true));
    fair.close();
    assertTrue(fair.canDrawLottery(after, false), "closed to bookings, still to be drawn");
  }

  @Test
  void aDraftOrAFairBookedAtOnceHasNoLottery() {
    Fair draft = fair(BookingMode.APPLICATION);
    Instant after = CLOSES.plus(Duration.ofDays(1));
    assertFalse(draft.canDrawLottery(after, false));
    assertEquals("fair.not_published", refusal(draft, after, false));

    Fair instant = fair(BookingMode.INSTANT);
    instant.publish();
    assertFalse(instant.canDrawLottery(after, false));
    assertEquals("lottery.not_application", refusal(instant, after, false));
  }

  @Test
  void theTitleIsShownInEnglishOnlyWhereItWasGiven() {
    Fair fair = fair(BookingMode.INSTANT);
    assertEquals("Fair", fair.title(Locale.ENGLISH));
    assertEquals("Έκθεση", fair.title(Locale.forLanguageTag("el")));
    assertEquals("Περιγραφή", fair.description(Locale.ENGLISH), "no English description");
  }

  private static String refusal(Fair fair, Instant now, boolean drawn) {
    return assertThrows(ConflictException.class, () -> fair.checkLotteryCanBeDrawn(now, drawn))
        .messageKey();
  }

  private static Fair fair(BookingMode mode) {
    var details =
        new FairDetails(
            " Έκθεση ",
            "Fair",
            "Περιγραφή",
            " ",
            FairTheme.SSE_PRODUCTS,
            "Πλατεία",
            "Πλατεία, Χανιά",
            null,
            null,
            CLOSES.plus(Duration.ofDays(10)),
            CLOSES.plus(Duration.ofDays(11)),
            null,
            CLOSES.minus(Duration.ofDays(10)),
            CLOSES,
            mode,
            1,
            null,
            15,
            40,
            20,
            null,
            null,
            null);
    Fair fair = new Fair(Organisation.municipality("Δήμος Χανίων", Region.values()[0]), details);
    fair.getStands().add(new Stand(fair, "A1", 0, 0, 3, 3, BigDecimal.ZERO, Set.of()));
    return fair;
  }
}
