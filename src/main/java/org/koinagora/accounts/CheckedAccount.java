package org.koinagora.accounts;

import jakarta.security.enterprise.credential.Credential;

/**
 * An account whose password the server has just checked (throttled, confirmed address): what the
 * login form hands to the authentication mechanism, so the password is hashed once per sign-in.
 * Only server code can make one; nothing a browser sends becomes one.
 */
public record CheckedAccount(long accountId) implements Credential {}
