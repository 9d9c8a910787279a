package org.koinagora.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PagesTest {

  @ParameterizedTest
  @CsvSource({
    "/dashboard/enterprise, /dashboard/enterprise",
    "/account?x=1, /account?x=1",
    "//evil.example, /account",
    "https://evil.example, /account",
    "/\\evil.example, /account",
    "'', /account"
  })
  void onlyLocalPathsAreFollowedAfterSignIn(String next, String expected) {
    assertEquals(expected, Pages.safeNext(next));
  }
}
