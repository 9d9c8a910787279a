package org.koinagora.catalog.rest;

/** {@code {"id","name"}} of the enterprise that offers a listing. */
public record EnterpriseRef(long id, String name) {}
