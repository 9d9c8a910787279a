package org.koinagora.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Fired once a browser has signed in, before it is sent on: features that keep something of the
 * visitor's in the browser (the cart and its count) put it right for the account now.
 */
public record SignedInBrowser(
    long userId, HttpServletRequest request, HttpServletResponse response) {}
