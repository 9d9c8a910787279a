package org.koinagora.shared.persistence;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * An entity that people change concurrently: its {@code version} column makes the second of two
 * overlapping changes fail (an optimistic lock) instead of silently overwriting the first.
 */
@MappedSuperclass
public abstract class VersionedEntity extends BaseEntity {

  @Version private int version;
}
