package org.koinagora.fairs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The order of a published lottery, simple enough to redo by hand: each application's ticket is the
 * SHA-256 (hex) of "seed:application id", and applications are drawn in ascending ticket order.
 */
public final class LotteryDraw {

  /** An application's ticket; the lowest is drawn first. */
  public record Ticket(long applicationId, String hash) {}

  private LotteryDraw() {}

  /** 32 random bytes as hex, chosen when the organiser runs the draw. */
  public static String newSeed() {
    byte[] seed = new byte[32];
    new SecureRandom().nextBytes(seed);
    return HexFormat.of().formatHex(seed);
  }

  public static String ticket(String seed, long applicationId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((seed + ":" + applicationId).getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException everyJavaHasIt) {
      throw new IllegalStateException(everyJavaHasIt);
    }
  }

  /**
   * The applications in the order the seed draws them: the same seed always gives the same order.
   */
  public static List<Ticket> order(String seed, Collection<Long> applicationIds) {
    return applicationIds.stream()
        .map(id -> new Ticket(id, ticket(seed, id)))
        .sorted(Comparator.comparing(Ticket::hash).thenComparing(Ticket::applicationId))
        .toList();
  }
}
