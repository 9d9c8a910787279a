-- Stripe Connect's accounts belong to the Stripe adapter, not to the parties they pay: one row per
-- enterprise or municipality that started onboarding, with what Stripe last said about payouts.
CREATE TABLE stripe_connected_account (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  party_kind      VARCHAR(16) NOT NULL,
  party_id        BIGINT NOT NULL,
  account_id      VARCHAR(64),
  payouts_enabled BOOLEAN NOT NULL DEFAULT FALSE,
  updated_at      DATETIME(6) NOT NULL,
  CONSTRAINT uq_stripe_connected_account_party UNIQUE (party_kind, party_id),
  CONSTRAINT ck_stripe_connected_account_kind CHECK (party_kind IN ('ENTERPRISE', 'MUNICIPALITY')),
  INDEX ix_stripe_connected_account_account (account_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every value the old columns held moves over before they go.
INSERT INTO stripe_connected_account (party_kind, party_id, account_id, payouts_enabled, updated_at)
  SELECT 'ENTERPRISE', id, stripe_account, payouts_enabled, CURRENT_TIMESTAMP(6) FROM enterprise
  WHERE stripe_account IS NOT NULL OR payouts_enabled;
INSERT INTO stripe_connected_account (party_kind, party_id, account_id, payouts_enabled, updated_at)
  SELECT 'MUNICIPALITY', id, stripe_account, payouts_enabled, CURRENT_TIMESTAMP(6) FROM municipality
  WHERE stripe_account IS NOT NULL OR payouts_enabled;

ALTER TABLE enterprise DROP COLUMN stripe_account, DROP COLUMN payouts_enabled;
ALTER TABLE municipality DROP COLUMN stripe_account, DROP COLUMN payouts_enabled;
