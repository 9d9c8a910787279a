package org.koinagora.accounts.rest;

/** The bearer token, shown once. */
public record TokenResponse(String token) {}
