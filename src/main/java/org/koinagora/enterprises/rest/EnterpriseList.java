package org.koinagora.enterprises.rest;

import java.util.List;

/** {@code {"total","items"}} as in DESIGN.md. */
public record EnterpriseList(int total, List<EnterpriseView> items) {}
