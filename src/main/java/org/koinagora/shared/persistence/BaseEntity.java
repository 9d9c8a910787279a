package org.koinagora.shared.persistence;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** An entity whose key the database gives it (an AUTO_INCREMENT {@code id} column). */
@MappedSuperclass
public abstract class BaseEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Null until the entity is persisted. */
  public Long getId() {
    return id;
  }
}
