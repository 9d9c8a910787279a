package org.koinagora.search.lucene.analysis;

/**
 * Greek written in Latin letters ("Greeklish") the way people type it: {@code meli}, {@code
 * mastiha} or {@code mastixa}, {@code 8alassa}. Both the Greek text of listings and a buyer's Latin
 * query are brought to one rough sound key, so that the many spellings of one Greek word meet:
 * vowels that sound alike merge (η ι υ ει οι → i, ε αι → e, ο ω → o), μπ is b, ντ is d, doubled
 * letters count once.
 */
public final class Greeklish {

  private Greeklish() {}

  /** The sound key of lower-case, unaccented Greek (Latin letters pass through). */
  public static String key(String greek) {
    var key = new StringBuilder(greek.length() + 4);
    for (int i = 0; i < greek.length(); i++) {
      char c = greek.charAt(i);
      char next = i + 1 < greek.length() ? greek.charAt(i + 1) : 0;
      String pair = pair(c, next);
      if (pair != null) {
        append(key, pair);
        i++;
      } else {
        append(key, single(c));
      }
    }
    return key.toString();
  }

  private static String pair(char c, char next) {
    return switch (c) {
      case 'ο' -> next == 'υ' ? "u" : next == 'ι' ? "i" : null;
      case 'α' -> next == 'ι' ? "e" : next == 'υ' ? "av" : null;
      case 'ε' -> next == 'ι' ? "i" : next == 'υ' ? "ev" : null;
      case 'υ' -> next == 'ι' ? "i" : null;
      case 'μ' -> next == 'π' ? "b" : null;
      case 'ν' -> next == 'τ' ? "d" : null;
      case 'γ' -> next == 'κ' || next == 'γ' ? "g" : null;
      default -> null;
    };
  }

  private static String single(char c) {
    return switch (c) {
      case 'α' -> "a";
      case 'β' -> "v";
      case 'γ' -> "g";
      case 'δ' -> "d";
      case 'ε' -> "e";
      case 'ζ' -> "z";
      case 'η', 'ι', 'υ' -> "i";
      case 'θ' -> "th";
      case 'κ' -> "k";
      case 'λ' -> "l";
      case 'μ' -> "m";
      case 'ν' -> "n";
      case 'ξ' -> "ks";
      case 'ο', 'ω' -> "o";
      case 'π' -> "p";
      case 'ρ' -> "r";
      case 'σ', 'ς' -> "s";
      case 'τ' -> "t";
      case 'φ' -> "f";
      case 'χ' -> "x";
      case 'ψ' -> "ps";
      default -> String.valueOf(c);
    };
  }

  /** Appends, counting a letter typed twice in a row once (θάλασσα, thalasa). */
  private static void append(StringBuilder key, String part) {
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (key.length() == 0 || key.charAt(key.length() - 1) != c || Character.isDigit(c)) {
        key.append(c);
      }
    }
  }

  /** Whether a word is written in Latin letters (so may be Greeklish). */
  public static boolean isLatin(CharSequence word) {
    boolean letters = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 'a' && c <= 'z') {
        letters = true;
      } else if (!(c >= '0' && c <= '9')) {
        return false;
      }
    }
    return letters;
  }

  /**
   * Reads a lower-case Latin word as Greek, letter group by letter group, so that the Greek stemmer
   * can take its ending off: {@code trahanas} → τραχανασ, {@code mpyres} → μπυρεσ, {@code 8alassa}
   * → θαλασσα.
   */
  public static String toGreek(String latin) {
    var greek = new StringBuilder(latin.length());
    for (int i = 0; i < latin.length(); i++) {
      char c = latin.charAt(i);
      char next = i + 1 < latin.length() ? latin.charAt(i + 1) : 0;
      String two = digraph(c, next);
      if (two != null) {
        greek.append(two);
        i++;
        continue;
      }
      greek.append(
          switch (c) {
            case 'a' -> "α";
            case 'b' -> "μπ";
            case 'c', 'k', 'q' -> "κ";
            case 'd' -> "δ";
            case 'e' -> "ε";
            case 'f' -> "φ";
            case 'g' -> "γ";
            case 'h', 'x' -> "χ";
            case 'i', 'j' -> "ι";
            case 'l' -> "λ";
            case 'm' -> "μ";
            case 'n' -> "ν";
            case 'o' -> "ο";
            case 'p' -> "π";
            case 'r' -> "ρ";
            case 's' -> "σ";
            case 't' -> "τ";
            case 'u' -> "ου";
            case 'v' -> "β";
            case 'w' -> "ω";
            case 'y' -> "υ";
            case 'z' -> "ζ";
            case '8' -> "θ";
            case '3' -> "ξ";
            default -> String.valueOf(c);
          });
    }
    return greek.toString();
  }

  private static String digraph(char c, char next) {
    return switch (c) {
      case 't' -> next == 'h' ? "θ" : null;
      case 'c', 'k' -> next == 'h' ? "χ" : next == 's' ? "ξ" : null;
      case 'p' -> next == 'h' ? "φ" : next == 's' ? "ψ" : null;
      case 'o' -> next == 'u' ? "ου" : next == 'i' ? "οι" : null;
      case 'a' -> next == 'i' ? "αι" : null;
      case 'e' -> next == 'i' ? "ει" : null;
      case 'm' -> next == 'p' ? "μπ" : null;
      case 'n' -> next == 't' ? "ντ" : null;
      case 'g' -> next == 'k' ? "γκ" : null;
      default -> null;
    };
  }
}
