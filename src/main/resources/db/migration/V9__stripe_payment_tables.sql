-- Stripe's payment ids belong to the Stripe adapter, not to the orders and bookings they pay.
-- One checkout row per order or stand fee: a newer Checkout session replaces the older one (as the
-- single column did), and a webhook finds its order by the session id or by the order id it carries.
CREATE TABLE stripe_checkout (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  subject_kind   VARCHAR(16) NOT NULL,
  subject_id     BIGINT NOT NULL,
  session_id     VARCHAR(255),
  payment_intent VARCHAR(255),
  created_at     DATETIME(6) NOT NULL,
  CONSTRAINT uq_stripe_checkout_subject UNIQUE (subject_kind, subject_id),
  CONSTRAINT uq_stripe_checkout_session UNIQUE (session_id),
  CONSTRAINT ck_stripe_checkout_kind CHECK (subject_kind IN ('ORDER', 'STAND_FEE')),
  INDEX ix_stripe_checkout_intent (payment_intent)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One transfer per order part or stand booking: the key is what makes a payout exactly-once.
CREATE TABLE stripe_transfer (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  subject_kind VARCHAR(16) NOT NULL,
  subject_id   BIGINT NOT NULL,
  transfer_id  VARCHAR(255) NOT NULL,
  created_at   DATETIME(6) NOT NULL,
  CONSTRAINT uq_stripe_transfer_subject UNIQUE (subject_kind, subject_id),
  CONSTRAINT ck_stripe_transfer_kind CHECK (subject_kind IN ('ORDER_PART', 'STAND_BOOKING'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every value the old columns held moves over before they go.
INSERT INTO stripe_checkout (subject_kind, subject_id, session_id, payment_intent, created_at)
  SELECT 'ORDER', id, stripe_session_id, stripe_payment_intent, CURRENT_TIMESTAMP(6)
  FROM customer_order WHERE stripe_session_id IS NOT NULL OR stripe_payment_intent IS NOT NULL;
INSERT INTO stripe_checkout (subject_kind, subject_id, session_id, payment_intent, created_at)
  SELECT 'STAND_FEE', id, stripe_session_id, stripe_payment_intent, CURRENT_TIMESTAMP(6)
  FROM stand_booking WHERE stripe_session_id IS NOT NULL OR stripe_payment_intent IS NOT NULL;
INSERT INTO stripe_transfer (subject_kind, subject_id, transfer_id, created_at)
  SELECT 'ORDER_PART', id, stripe_transfer_id, CURRENT_TIMESTAMP(6)
  FROM order_part WHERE stripe_transfer_id IS NOT NULL;
INSERT INTO stripe_transfer (subject_kind, subject_id, transfer_id, created_at)
  SELECT 'STAND_BOOKING', id, stripe_transfer_id, CURRENT_TIMESTAMP(6)
  FROM stand_booking WHERE stripe_transfer_id IS NOT NULL;

ALTER TABLE customer_order DROP INDEX uq_customer_order_session,
  DROP COLUMN stripe_session_id, DROP COLUMN stripe_payment_intent;
ALTER TABLE order_part DROP COLUMN stripe_transfer_id;
ALTER TABLE stand_booking DROP COLUMN stripe_session_id, DROP COLUMN stripe_payment_intent,
  DROP COLUMN stripe_transfer_id;
