package org.koinagora.catalog.rest;

/** A text in Greek and, optionally, English: {@code {"el":"…","en":"…"}}. */
public record LocalizedText(String el, String en) {}
