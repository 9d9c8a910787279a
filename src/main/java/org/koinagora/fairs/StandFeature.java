package org.koinagora.fairs;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What a stand offers; named in the API by slug ({@code step-free}). */
public enum StandFeature {
  ELECTRICITY,
  WATER,
  COVERED,
  CORNER,
  STEP_FREE;

  public String slug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String store(Set<StandFeature> features) {
    return features.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  static Set<StandFeature> read(String stored) {
    Set<StandFeature> features = EnumSet.noneOf(StandFeature.class);
    if (stored != null && !stored.isBlank()) {
      Arrays.stream(stored.split(",")).map(StandFeature::valueOf).forEach(features::add);
    }
    return features;
  }
}
