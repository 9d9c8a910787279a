ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE user_account (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  email           VARCHAR(254) NOT NULL,
  name            VARCHAR(120) NOT NULL,
  password_hash   VARCHAR(200),
  admin           BOOLEAN NOT NULL DEFAULT FALSE,
  language        CHAR(2) NOT NULL DEFAULT 'el',
  created_at      DATETIME(6) NOT NULL,
  deleted_at      DATETIME(6),
  version         INT NOT NULL DEFAULT 0,
  CONSTRAINT uq_user_account_email UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE api_token (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id         BIGINT NOT NULL,
  label           VARCHAR(80) NOT NULL,
  token_hash      CHAR(64) NOT NULL,
  created_at      DATETIME(6) NOT NULL,
  expires_at      DATETIME(6) NOT NULL,
  last_used_at    DATETIME(6),
  revoked_at      DATETIME(6),
  CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE password_reset (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id         BIGINT NOT NULL,
  token_hash      CHAR(64) NOT NULL,
  created_at      DATETIME(6) NOT NULL,
  expires_at      DATETIME(6) NOT NULL,
  used_at         DATETIME(6),
  CONSTRAINT uq_password_reset_hash UNIQUE (token_hash),
  CONSTRAINT fk_password_reset_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE login_throttle (
  throttle_key    VARCHAR(300) PRIMARY KEY,
  failures        INT NOT NULL,
  window_start    DATETIME(6) NOT NULL,
  blocked_until   DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE mail_outbox (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  recipient       VARCHAR(254) NOT NULL,
  subject         VARCHAR(300) NOT NULL,
  body            TEXT NOT NULL,
  status          VARCHAR(16) NOT NULL,
  error           VARCHAR(1000),
  created_at      DATETIME(6) NOT NULL,
  INDEX ix_mail_outbox_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE municipality (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  name            VARCHAR(160) NOT NULL,
  region          VARCHAR(40) NOT NULL,
  stripe_account  VARCHAR(64),
  created_at      DATETIME(6) NOT NULL,
  version         INT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE municipality_member (
  municipality_id BIGINT NOT NULL,
  user_id         BIGINT NOT NULL,
  PRIMARY KEY (municipality_id, user_id),
  CONSTRAINT fk_municipality_member_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
  CONSTRAINT fk_municipality_member_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE enterprise (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  name                VARCHAR(160) NOT NULL,
  legal_form          VARCHAR(32) NOT NULL,
  sse_registry_number VARCHAR(40) NOT NULL,
  vat_number          CHAR(9) NOT NULL,
  region              VARCHAR(40) NOT NULL,
  municipality        VARCHAR(120) NOT NULL,
  description_el      TEXT NOT NULL,
  description_en      TEXT,
  impact_el           TEXT NOT NULL,
  impact_en           TEXT,
  contact_email       VARCHAR(254) NOT NULL,
  contact_phone       VARCHAR(30),
  website             VARCHAR(300),
  status              VARCHAR(16) NOT NULL,
  status_reason       VARCHAR(1000),
  created_at          DATETIME(6) NOT NULL,
  verified_at         DATETIME(6),
  version             INT NOT NULL DEFAULT 0,
  CONSTRAINT uq_enterprise_vat UNIQUE (vat_number),
  INDEX ix_enterprise_status_region (status, region)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE enterprise_member (
  enterprise_id   BIGINT NOT NULL,
  user_id         BIGINT NOT NULL,
  joined_at       DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (enterprise_id, user_id),
  INDEX ix_enterprise_member_user (user_id),
  CONSTRAINT fk_enterprise_member_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
  CONSTRAINT fk_enterprise_member_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE enterprise_invite (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  enterprise_id   BIGINT NOT NULL,
  email           VARCHAR(254) NOT NULL,
  token_hash      CHAR(64) NOT NULL,
  created_at      DATETIME(6) NOT NULL,
  expires_at      DATETIME(6) NOT NULL,
  accepted_at     DATETIME(6),
  CONSTRAINT uq_enterprise_invite_hash UNIQUE (token_hash),
  CONSTRAINT fk_enterprise_invite_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
