package org.koinagora.checkout;

/**
 * Whose cart: a signed-in person's account, else the visitor's cart cookie (either may be null).
 */
public record Visitor(Long userId, String cartToken) {}
