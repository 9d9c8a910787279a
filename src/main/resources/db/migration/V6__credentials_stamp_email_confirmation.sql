-- Sign-ins made before a password reset or change end with it: every session compares the stamp.
ALTER TABLE user_account
  ADD COLUMN credentials_stamp INT NOT NULL DEFAULT 0,
  ADD COLUMN email_confirmed_at DATETIME(6);

-- Accounts opened before addresses were confirmed keep signing in as they did.
UPDATE user_account SET email_confirmed_at = created_at WHERE email_confirmed_at IS NULL;

CREATE TABLE email_confirmation (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id         BIGINT NOT NULL,
  token_hash      CHAR(64) NOT NULL,
  created_at      DATETIME(6) NOT NULL,
  expires_at      DATETIME(6) NOT NULL,
  used_at         DATETIME(6),
  CONSTRAINT uq_email_confirmation_hash UNIQUE (token_hash),
  CONSTRAINT fk_email_confirmation_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
