-- Carts of visitors (by a cookie's token) and of signed-in people (by account); prices are never
-- stored here, they are read from the listing every time.
CREATE TABLE cart (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  token       CHAR(43),
  user_id     BIGINT,
  updated_at  DATETIME(6) NOT NULL,
  CONSTRAINT uq_cart_token UNIQUE (token),
  CONSTRAINT uq_cart_user UNIQUE (user_id),
  CONSTRAINT fk_cart_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
  INDEX ix_cart_updated (updated_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE cart_item (
  cart_id     BIGINT NOT NULL,
  listing_id  BIGINT NOT NULL,
  quantity    INT NOT NULL,
  PRIMARY KEY (cart_id, listing_id),
  CONSTRAINT ck_cart_item_quantity CHECK (quantity BETWEEN 1 AND 99),
  CONSTRAINT fk_cart_item_cart FOREIGN KEY (cart_id) REFERENCES cart (id) ON DELETE CASCADE,
  CONSTRAINT fk_cart_item_listing FOREIGN KEY (listing_id) REFERENCES listing (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An order is the buyer's; each enterprise sees and fulfils only its own part.
CREATE TABLE customer_order (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  reference           CHAR(43) NOT NULL,
  buyer_id            BIGINT,
  email               VARCHAR(254) NOT NULL,
  buyer_name          VARCHAR(120) NOT NULL,
  phone               VARCHAR(30),
  language            CHAR(2) NOT NULL,
  status              VARCHAR(20) NOT NULL,
  payment_method      VARCHAR(16) NOT NULL,
  manual_kind         VARCHAR(20),
  total               DECIMAL(12,2) NOT NULL,
  vat_total           DECIMAL(12,2) NOT NULL,
  platform_fee        DECIMAL(12,2) NOT NULL DEFAULT 0,
  delivery_street     VARCHAR(200),
  delivery_postcode   VARCHAR(10),
  delivery_city       VARCHAR(100),
  stripe_session_id   VARCHAR(255),
  stripe_payment_intent VARCHAR(255),
  expires_at          DATETIME(6),
  paid_at             DATETIME(6),
  status_reason       VARCHAR(300),
  created_at          DATETIME(6) NOT NULL,
  updated_at          DATETIME(6) NOT NULL,
  version             INT NOT NULL DEFAULT 0,
  CONSTRAINT uq_customer_order_reference UNIQUE (reference),
  CONSTRAINT uq_customer_order_session UNIQUE (stripe_session_id),
  CONSTRAINT ck_customer_order_total CHECK (total >= 0 AND vat_total >= 0 AND platform_fee >= 0),
  CONSTRAINT fk_customer_order_buyer FOREIGN KEY (buyer_id) REFERENCES user_account (id) ON DELETE SET NULL,
  INDEX ix_customer_order_buyer (buyer_id, created_at),
  INDEX ix_customer_order_expiry (status, expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE order_part (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  order_id            BIGINT NOT NULL,
  enterprise_id       BIGINT NOT NULL,
  fulfilment          VARCHAR(24) NOT NULL,
  fair_id             BIGINT,
  status              VARCHAR(20) NOT NULL,
  subtotal            DECIMAL(12,2) NOT NULL,
  stripe_transfer_id  VARCHAR(255),
  updated_at          DATETIME(6) NOT NULL,
  version             INT NOT NULL DEFAULT 0,
  CONSTRAINT uq_order_part UNIQUE (order_id, enterprise_id),
  CONSTRAINT fk_order_part_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
  CONSTRAINT fk_order_part_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
  CONSTRAINT fk_order_part_fair FOREIGN KEY (fair_id) REFERENCES fair (id),
  INDEX ix_order_part_enterprise (enterprise_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE order_line (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  part_id     BIGINT NOT NULL,
  listing_id  BIGINT NOT NULL,
  title       VARCHAR(160) NOT NULL,
  unit_price  DECIMAL(10,2) NOT NULL,
  vat_rate    INT NOT NULL,
  quantity    INT NOT NULL,
  CONSTRAINT ck_order_line CHECK (quantity BETWEEN 1 AND 99 AND unit_price > 0),
  CONSTRAINT fk_order_line_part FOREIGN KEY (part_id) REFERENCES order_part (id),
  CONSTRAINT fk_order_line_listing FOREIGN KEY (listing_id) REFERENCES listing (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each Stripe event is acted on once: its id is the key.
CREATE TABLE stripe_event (
  id            VARCHAR(255) PRIMARY KEY,
  type          VARCHAR(100) NOT NULL,
  received_at   DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Where an enterprise's (or organiser's) money goes: Stripe Connect's account and whether Stripe
-- pays it out; the IBAN that buyers paying by bank transfer are shown.
ALTER TABLE enterprise
  ADD COLUMN stripe_account VARCHAR(64) NULL,
  ADD COLUMN payouts_enabled BOOLEAN NOT NULL DEFAULT FALSE,
  ADD COLUMN iban VARCHAR(34) NULL;
ALTER TABLE municipality ADD COLUMN payouts_enabled BOOLEAN NOT NULL DEFAULT FALSE;

-- Stand fees paid by card: the Checkout session, the payment, and the transfer to the organiser.
ALTER TABLE stand_booking
  ADD COLUMN paid_by_card BOOLEAN NOT NULL DEFAULT FALSE,
  ADD COLUMN stripe_session_id VARCHAR(255) NULL,
  ADD COLUMN stripe_payment_intent VARCHAR(255) NULL,
  ADD COLUMN stripe_transfer_id VARCHAR(255) NULL;

-- Mail is queued in the transaction that writes it and sent by a job once that commits: no SMTP
-- call inside a business transaction, and no mail about something that was rolled back.
ALTER TABLE mail_outbox
  ADD COLUMN attempts INT NOT NULL DEFAULT 0,
  ADD INDEX ix_mail_outbox_status (status, id);
