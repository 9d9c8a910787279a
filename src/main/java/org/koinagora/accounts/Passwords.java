package org.koinagora.accounts;

/** The password rules people are told about. */
public final class Passwords {
  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 200;

  private Passwords() {}
}
