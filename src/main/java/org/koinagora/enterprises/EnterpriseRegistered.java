package org.koinagora.enterprises;

/** An enterprise was registered, in the transaction that stored it. */
public record EnterpriseRegistered(long enterpriseId) {}
