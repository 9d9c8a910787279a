package org.koinagora.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finding the script nonce of a stored page and minting a fresh one for each visitor. */
final class Nonces {

  private static final Pattern IN_POLICY = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

  private Nonces() {}

  /** The nonce a Content-Security-Policy allows, or null. */
  static String of(String policy) {
    if (policy == null) {
      return null;
    }
    Matcher matcher = IN_POLICY.matcher(policy);
    return matcher.find() ? matcher.group(1) : null;
  }

  /** Of PrimeFaces' own form (a random UUID in Base64), which it checks on a form's postback. */
  static String fresh() {
    return Base64.getEncoder()
        .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
  }

  /** Where the nonce occurs in the page, in order; none without a nonce. */
  static int[] positions(byte[] body, String nonce) {
    if (nonce == null) {
      return new int[0];
    }
    byte[] needle = nonce.getBytes(StandardCharsets.US_ASCII);
    int[] found = new int[8];
    int count = 0;
    for (int i = 0; i <= body.length - needle.length; i++) {
      if (body[i] == needle[0]
          && Arrays.equals(body, i, i + needle.length, needle, 0, needle.length)) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = i;
        i += needle.length - 1;
      }
    }
    return Arrays.copyOf(found, count);
  }
}
