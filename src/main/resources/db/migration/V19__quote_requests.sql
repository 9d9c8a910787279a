-- Requests for a quote (issue 15, section 2). A SERVICE listing bought by quote has
-- service_booking = QUOTE (the column is V18's). A buyer's request
-- goes to one to five enterprises: one thread per request and enterprise, with messages and quotes.
-- An accepted quote becomes an order whose lines have no listing: their own description, a decimal
-- quantity (measure) and a unit. A public body's order is paid on account: its ΑΦΜ, ΔΟΥ, reference
-- and the day payment is due are on the order. quote_request and quote_message are personal data
-- (PersonalData, AccountService.deleteAccount). Depends on V2 (listing), V5 (orders), V18 (service_booking).
-- a quoted line has no listing: its quantity is the decimal measure, in its own unit; the integer
-- quantity stays 1 so that stock code, which only reads lines with a listing, is unchanged
ALTER TABLE order_line
  MODIFY listing_id BIGINT NULL,
  ADD COLUMN measure DECIMAL(12,3) NULL,
  ADD COLUMN unit VARCHAR(20) NULL,
  ADD CONSTRAINT ck_order_line_quoted
    CHECK ((listing_id IS NOT NULL AND measure IS NULL) OR (listing_id IS NULL AND measure > 0));

ALTER TABLE customer_order
  ADD COLUMN buyer_afm VARCHAR(9) NULL,
  ADD COLUMN buyer_doy VARCHAR(100) NULL,
  ADD COLUMN buyer_reference VARCHAR(60) NULL,
  ADD COLUMN payment_due_at DATETIME(6) NULL;

CREATE TABLE quote_request (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  reference      VARCHAR(12) NOT NULL,
  buyer_id       BIGINT,
  email          VARCHAR(254) NOT NULL,
  buyer_kind     VARCHAR(12) NOT NULL,
  buyer_name     VARCHAR(160) NOT NULL,
  afm            VARCHAR(9),
  doy            VARCHAR(100),
  address        VARCHAR(300),
  buyer_reference VARCHAR(60),
  description    TEXT NOT NULL,
  place          VARCHAR(120) NOT NULL,
  period         VARCHAR(120) NOT NULL,
  amount         VARCHAR(120) NOT NULL,
  budget         DECIMAL(12,2),
  listing_id     BIGINT,
  language       VARCHAR(2) NOT NULL,
  -- the quote accepted: set once, by a guarded update, whoever accepts first
  accepted_quote_id BIGINT,
  created_at     DATETIME(6) NOT NULL,
  version        INT NOT NULL DEFAULT 0,
  CONSTRAINT uq_quote_request_reference UNIQUE (reference),
  CONSTRAINT ck_quote_request_kind CHECK (buyer_kind IN ('PERSON', 'BUSINESS', 'PUBLIC_BODY')),
  CONSTRAINT ck_quote_request_budget CHECK (budget IS NULL OR budget > 0),
  INDEX ix_quote_request_buyer (buyer_id),
  INDEX ix_quote_request_email (email),
  CONSTRAINT fk_quote_request_buyer FOREIGN KEY (buyer_id) REFERENCES user_account (id),
  CONSTRAINT fk_quote_request_listing FOREIGN KEY (listing_id) REFERENCES listing (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE quote_thread (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  request_id      BIGINT NOT NULL,
  enterprise_id   BIGINT NOT NULL,
  last_message_at DATETIME(6) NOT NULL,
  CONSTRAINT uq_quote_thread UNIQUE (request_id, enterprise_id),
  INDEX ix_quote_thread_enterprise (enterprise_id, last_message_at),
  CONSTRAINT fk_quote_thread_request
    FOREIGN KEY (request_id) REFERENCES quote_request (id) ON DELETE CASCADE,
  CONSTRAINT fk_quote_thread_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE quote_message (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  thread_id   BIGINT NOT NULL,
  author_kind VARCHAR(12) NOT NULL,
  author_id   BIGINT,
  author_name VARCHAR(300),
  body        TEXT NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  CONSTRAINT ck_quote_message_author CHECK (author_kind IN ('BUYER', 'ENTERPRISE')),
  INDEX ix_quote_message_thread (thread_id, id),
  INDEX ix_quote_message_author (author_id),
  CONSTRAINT fk_quote_message_thread
    FOREIGN KEY (thread_id) REFERENCES quote_thread (id) ON DELETE CASCADE,
  CONSTRAINT fk_quote_message_author FOREIGN KEY (author_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- SENT → ACCEPTED or DECLINED; REVISED when a newer quote of the thread replaced it. Expiry is read
-- from valid_until (Europe/Athens), not stored.
CREATE TABLE quote (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  thread_id      BIGINT NOT NULL,
  status         VARCHAR(10) NOT NULL,
  valid_until    DATE NOT NULL,
  note           TEXT,
  total          DECIMAL(12,2) NOT NULL,
  vat_total      DECIMAL(12,2) NOT NULL,
  author_id      BIGINT,
  order_id       BIGINT,
  decline_reason VARCHAR(500),
  created_at     DATETIME(6) NOT NULL,
  decided_at     DATETIME(6),
  version        INT NOT NULL DEFAULT 0,
  CONSTRAINT ck_quote_status CHECK (status IN ('SENT', 'REVISED', 'ACCEPTED', 'DECLINED')),
  CONSTRAINT ck_quote_total CHECK (total > 0 AND vat_total >= 0),
  CONSTRAINT uq_quote_order UNIQUE (order_id),
  INDEX ix_quote_thread (thread_id, id),
  CONSTRAINT fk_quote_thread FOREIGN KEY (thread_id) REFERENCES quote_thread (id) ON DELETE CASCADE,
  CONSTRAINT fk_quote_author FOREIGN KEY (author_id) REFERENCES user_account (id) ON DELETE SET NULL,
  CONSTRAINT fk_quote_order FOREIGN KEY (order_id) REFERENCES customer_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE quote_line (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  quote_id    BIGINT NOT NULL,
  position    INT NOT NULL,
  description VARCHAR(160) NOT NULL,
  quantity    DECIMAL(12,3) NOT NULL,
  unit        VARCHAR(20),
  unit_price  DECIMAL(10,2) NOT NULL,
  vat_rate    INT NOT NULL,
  CONSTRAINT ck_quote_line CHECK (quantity > 0 AND unit_price > 0 AND vat_rate IN (6, 13, 24)),
  CONSTRAINT uq_quote_line UNIQUE (quote_id, position),
  CONSTRAINT fk_quote_line_quote FOREIGN KEY (quote_id) REFERENCES quote (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
