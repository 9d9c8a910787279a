-- Delegated access (issue 14): an enterprise's members let a support centre's staff act for the
-- enterprise (its listings, its orders) until a day they choose; they see and revoke it at any time.
-- One open grant per enterprise and centre: open_grant is 1 while closed_at is NULL (a grant ends
-- its open life when revoked, or when a new grant replaces it after it ran out) and the unique key
-- over it refuses a second, whatever the concurrency; granting again while open extends it.
CREATE TABLE enterprise_delegation (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  enterprise_id   BIGINT NOT NULL,
  organisation_id BIGINT NOT NULL,
  granted_by      BIGINT NOT NULL,
  granted_at      DATETIME(6) NOT NULL,
  valid_until     DATETIME(6) NOT NULL,
  revoked_at      DATETIME(6),
  revoked_by      BIGINT,
  closed_at       DATETIME(6),
  version         INT NOT NULL DEFAULT 0,
  open_grant      TINYINT AS (CASE WHEN closed_at IS NULL THEN 1 END) PERSISTENT,
  CONSTRAINT uq_enterprise_delegation_open UNIQUE (enterprise_id, organisation_id, open_grant),
  INDEX ix_enterprise_delegation_organisation (organisation_id, closed_at, valid_until),
  CONSTRAINT fk_enterprise_delegation_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
  CONSTRAINT fk_enterprise_delegation_organisation
    FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_enterprise_delegation_granted_by FOREIGN KEY (granted_by) REFERENCES user_account (id),
  CONSTRAINT fk_enterprise_delegation_revoked_by FOREIGN KEY (revoked_by) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What was done under a delegation (and the grants, extensions and revocations themselves), with
-- who did it, for the enterprise to read. The actor's name is kept as it was then; erasing the
-- account blanks it.
CREATE TABLE delegated_action (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  delegation_id   BIGINT NOT NULL,
  enterprise_id   BIGINT NOT NULL,
  organisation_id BIGINT NOT NULL,
  actor_id        BIGINT NOT NULL,
  actor_name      VARCHAR(120) NOT NULL,
  action          VARCHAR(40) NOT NULL,
  subject         VARCHAR(200),
  acted_at        DATETIME(6) NOT NULL,
  INDEX ix_delegated_action_enterprise (enterprise_id, acted_at),
  CONSTRAINT fk_delegated_action_delegation
    FOREIGN KEY (delegation_id) REFERENCES enterprise_delegation (id),
  CONSTRAINT fk_delegated_action_actor FOREIGN KEY (actor_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
