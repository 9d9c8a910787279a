package org.koinagora.fairs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LotteryDrawTest {

  private static final List<Long> APPLICATIONS = LongStream.rangeClosed(100, 140).boxed().toList();

  @Test
  void theSameSeedAlwaysDrawsTheSameOrder() {
    String seed = LotteryDraw.newSeed();
    List<Long> inAnotherOrder = new ArrayList<>(APPLICATIONS);
    Collections.reverse(inAnotherOrder);
    assertEquals(LotteryDraw.order(seed, APPLICATIONS), LotteryDraw.order(seed, inAnotherOrder));
  }

  @Test
  void anotherSeedDrawsAnotherOrderWithTheSameApplications() {
    var first = LotteryDraw.order(LotteryDraw.newSeed(), APPLICATIONS);
    var second = LotteryDraw.order(LotteryDraw.newSeed(), APPLICATIONS);
    assertNotEquals(
        first.stream().map(LotteryDraw.Ticket::applicationId).toList(),
        second.stream().map(LotteryDraw.Ticket::applicationId).toList());
    assertEquals(
        APPLICATIONS, second.stream().map(LotteryDraw.Ticket::applicationId).sorted().toList());
  }

  @Test
  void aTicketIsTheSha256OfSeedColonApplicationAsAnyoneCanCompute() {
    // printf 'abc:7' | sha256sum
    assertEquals(
        "b490d822e84fb6f8c0b3027be75007ecd25ff3e52cf3eb27e376a499516a063e",
        LotteryDraw.ticket("abc", 7));
    var order = LotteryDraw.order("abc", List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L));
    for (int i = 1; i < order.size(); i++) {
      assertTrue(order.get(i - 1).hash().compareTo(order.get(i).hash()) < 0);
    }
  }
}
