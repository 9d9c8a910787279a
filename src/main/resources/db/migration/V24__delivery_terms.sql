-- Delivery terms (issue 16 §1): each enterprise's rates by zone (flat, or by weight band), free
-- delivery from an amount and a minimum order; an order part's delivery charge is one of its lines.
CREATE TABLE delivery_terms (
  enterprise_id BIGINT NOT NULL PRIMARY KEY,
  free_above DECIMAL(10,2) NULL,
  minimum_order DECIMAL(10,2) NULL,
  updated_at DATETIME(6) NOT NULL,
  version INT NOT NULL DEFAULT 0,
  CONSTRAINT fk_delivery_terms_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE delivery_rate (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  enterprise_id BIGINT NOT NULL,
  zone VARCHAR(12) NOT NULL,
  up_to_grams INT NULL,
  amount DECIMAL(10,2) NOT NULL,
  KEY delivery_rate_terms (enterprise_id),
  CONSTRAINT fk_delivery_rate_terms FOREIGN KEY (enterprise_id) REFERENCES delivery_terms (enterprise_id)
    ON DELETE CASCADE,
  CONSTRAINT delivery_rate_amount CHECK (amount >= 0),
  CONSTRAINT delivery_rate_grams CHECK (up_to_grams IS NULL OR up_to_grams > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE order_line ADD COLUMN delivery BOOLEAN NOT NULL DEFAULT FALSE;
