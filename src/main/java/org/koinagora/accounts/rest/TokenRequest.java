package org.koinagora.accounts.rest;

/** Credentials exchanged for an API token; {@code label} names the token in /account. */
public record TokenRequest(String email, String password, String label) {}
