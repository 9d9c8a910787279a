package org.koinagora.delivery;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.koinagora.enterprises.Region;

/**
 * What a Greek postal code says about where a parcel goes: its region (by the first two digits) and
 * whether it is an island reached by sea or air. Islands are whole prefixes (Crete, the Ionian and
 * Aegean islands) and, inside mainland prefixes, the codes of the Saronic islands, Kythira, the
 * Sporades, Skyros, Thasos and Samothrace. Evia is reached by bridge: mainland.
 */
public final class Postcodes {

  private static final List<String> ISLANDS =
      List.of(
          "28", "29", "31", "49", "70", "71", "72", "73", "74", "81", "82", "83", "84", "85", "189",
          "801", "18010", "18020", "18040", "18050", "37002", "37003", "37005", "34007", "64004",
          "68002");

  private static final Map<Region, List<Integer>> REGIONS =
      Map.ofEntries(
          Map.entry(Region.ATTICA, List.of(10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 80)),
          Map.entry(Region.PELOPONNESE, List.of(20, 21, 22, 23, 24)),
          Map.entry(Region.WEST_GREECE, List.of(25, 26, 27, 30)),
          Map.entry(Region.IONIAN_ISLANDS, List.of(28, 29, 31, 49)),
          Map.entry(Region.CENTRAL_GREECE, List.of(32, 33, 34, 35, 36)),
          Map.entry(Region.THESSALY, List.of(37, 38, 40, 41, 42, 43)),
          Map.entry(Region.EPIRUS, List.of(44, 45, 46, 47, 48)),
          Map.entry(Region.WEST_MACEDONIA, List.of(50, 51, 52, 53)),
          Map.entry(Region.CENTRAL_MACEDONIA, List.of(54, 55, 56, 57, 58, 59, 60, 61, 62, 63)),
          Map.entry(Region.EAST_MACEDONIA_THRACE, List.of(64, 65, 66, 67, 68, 69)),
          Map.entry(Region.CRETE, List.of(70, 71, 72, 73, 74)),
          Map.entry(Region.NORTH_AEGEAN, List.of(81, 82, 83)),
          Map.entry(Region.SOUTH_AEGEAN, List.of(84, 85)));

  /** The regions made of islands, whose own parcels cross the sea anyway. */
  static final Set<Region> ISLAND_REGIONS =
      Set.of(Region.IONIAN_ISLANDS, Region.NORTH_AEGEAN, Region.SOUTH_AEGEAN, Region.CRETE);

  private Postcodes() {}

  /** The five digits of a code typed as "105 58" or "10558"; empty when it is not one. */
  public static Optional<String> normalised(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String digits = typed.replaceAll("\\s", "");
    return digits.matches("\\d{5}") ? Optional.of(digits) : Optional.empty();
  }

  public static boolean isIsland(String postcode) {
    return normalised(postcode)
        .map(code -> ISLANDS.stream().anyMatch(code::startsWith))
        .orElse(false);
  }

  /** The region a code belongs to; empty for a code no region uses. */
  public static Optional<Region> regionOf(String postcode) {
    return normalised(postcode)
        .map(code -> Integer.parseInt(code.substring(0, 2)))
        .flatMap(
            prefix ->
                REGIONS.entrySet().stream()
                    .filter(entry -> entry.getValue().contains(prefix))
                    .map(Map.Entry::getKey)
                    .findFirst());
  }
}
