-- Invitations, by email, to join an organisation's staff (an admin invites the first staff, staff
-- invite colleagues); the link works once, until it expires. As enterprise_invite.
CREATE TABLE organisation_invite (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  organisation_id BIGINT NOT NULL,
  email           VARCHAR(254) NOT NULL,
  token_hash      CHAR(64) NOT NULL,
  created_at      DATETIME(6) NOT NULL,
  expires_at      DATETIME(6) NOT NULL,
  accepted_at     DATETIME(6),
  CONSTRAINT uq_organisation_invite_hash UNIQUE (token_hash),
  CONSTRAINT fk_organisation_invite_organisation
    FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
