-- A group that wants to found a social enterprise asks a support centre for advice (issue 14, 4.2):
-- one request per question, then a thread of messages between the requester and the centre's staff.
-- A requester without an account follows the thread through a private link: only the SHA-256 of its
-- secret is kept (token_hash), and each mail to the requester carries a new link that replaces the
-- last. Both tables are personal data: exported and erased with the account (PersonalData,
-- AccountService.deleteAccount). Depends only on V1 (user_account) and V10 (organisation).
CREATE TABLE advice_request (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  organisation_id  BIGINT NOT NULL,
  requester_id     BIGINT,
  requester_name   VARCHAR(120) NOT NULL,
  email            VARCHAR(254) NOT NULL,
  group_name       VARCHAR(160),
  region           VARCHAR(40) NOT NULL,
  legal_form       VARCHAR(40),
  language         VARCHAR(2) NOT NULL,
  status           VARCHAR(8) NOT NULL,
  created_at       DATETIME(6) NOT NULL,
  last_message_at  DATETIME(6) NOT NULL,
  closed_at        DATETIME(6),
  token_hash       CHAR(64) NOT NULL,
  token_issued_at  DATETIME(6) NOT NULL,
  token_expires_at DATETIME(6) NOT NULL,
  token_ended_at   DATETIME(6),
  version          INT NOT NULL DEFAULT 0,
  CONSTRAINT uq_advice_request_token UNIQUE (token_hash),
  CONSTRAINT ck_advice_request_status CHECK (status IN ('OPEN', 'CLOSED')),
  INDEX ix_advice_request_organisation (organisation_id, status, last_message_at),
  INDEX ix_advice_request_requester (requester_id),
  INDEX ix_advice_request_email (email),
  CONSTRAINT fk_advice_request_organisation
    FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_advice_request_requester
    FOREIGN KEY (requester_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The thread: the requester's first message, then the answers of either side, oldest first. A staff
-- member's erased account leaves the message with no author (shown as the centre's).
CREATE TABLE advice_message (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  request_id  BIGINT NOT NULL,
  author_kind VARCHAR(12) NOT NULL,
  author_id   BIGINT,
  author_name VARCHAR(120),
  body        TEXT NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  CONSTRAINT ck_advice_message_author CHECK (author_kind IN ('REQUESTER', 'STAFF')),
  INDEX ix_advice_message_request (request_id, id),
  INDEX ix_advice_message_author (author_id),
  CONSTRAINT fk_advice_message_request
    FOREIGN KEY (request_id) REFERENCES advice_request (id) ON DELETE CASCADE,
  CONSTRAINT fk_advice_message_author
    FOREIGN KEY (author_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
