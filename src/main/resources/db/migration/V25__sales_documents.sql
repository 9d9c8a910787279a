-- Receipts and invoices (issue 16 §2): what the buyer asked for at checkout, each enterprise's
-- invoicing settings (VAT regime, who issues its documents, its myDATA credentials, the key
-- encrypted), the numbering per enterprise and series, and the documents with their myDATA state.
ALTER TABLE customer_order
  ADD COLUMN document_kind VARCHAR(8) NOT NULL DEFAULT 'RECEIPT',
  ADD COLUMN buyer_business_name VARCHAR(160) NULL,
  ADD COLUMN buyer_activity VARCHAR(160) NULL,
  ADD COLUMN buyer_address VARCHAR(300) NULL;

-- a public body's orders on account were always for an invoice
UPDATE customer_order SET document_kind = 'INVOICE', buyer_business_name = buyer_name
  WHERE payment_due_at IS NOT NULL;

CREATE TABLE invoicing_settings (
  enterprise_id BIGINT NOT NULL PRIMARY KEY,
  vat_regime VARCHAR(16) NOT NULL,
  channel VARCHAR(16) NOT NULL,
  mydata_user VARCHAR(100) NULL,
  mydata_key VARBINARY(512) NULL,
  updated_at DATETIME(6) NOT NULL,
  version INT NOT NULL DEFAULT 0,
  CONSTRAINT fk_invoicing_settings_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
    ON DELETE CASCADE,
  CONSTRAINT ck_invoicing_settings CHECK (vat_regime IN ('NORMAL', 'SMALL_BUSINESS', 'FARMERS')
    AND channel IN ('PLATFORM', 'MYDATA', 'OWN_PROVIDER'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE document_sequence (
  enterprise_id BIGINT NOT NULL,
  series VARCHAR(8) NOT NULL,
  last_number BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (enterprise_id, series),
  CONSTRAINT fk_document_sequence_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- every enterprise's series exist from the start: numbering only ever updates its row
INSERT INTO document_sequence (enterprise_id, series, last_number)
  SELECT id, 'A', 0 FROM enterprise
  UNION ALL SELECT id, 'T', 0 FROM enterprise
  UNION ALL SELECT id, 'AK', 0 FROM enterprise;

CREATE TABLE sales_document (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  part_id BIGINT NOT NULL,
  enterprise_id BIGINT NOT NULL,
  kind VARCHAR(12) NOT NULL,
  series VARCHAR(8) NOT NULL,
  number BIGINT NOT NULL,
  issued_at DATETIME(6) NOT NULL,
  net_total DECIMAL(12,2) NOT NULL,
  vat_total DECIMAL(12,2) NOT NULL,
  gross_total DECIMAL(12,2) NOT NULL,
  cancels_id BIGINT NULL,
  mydata_status VARCHAR(12) NOT NULL,
  mark BIGINT NULL,
  uid VARCHAR(64) NULL,
  qr_url VARCHAR(300) NULL,
  attempts INT NOT NULL DEFAULT 0,
  next_attempt_at DATETIME(6) NULL,
  last_error VARCHAR(500) NULL,
  own_url VARCHAR(500) NULL,
  version INT NOT NULL DEFAULT 0,
  CONSTRAINT uq_sales_document_number UNIQUE (enterprise_id, series, number),
  CONSTRAINT uq_sales_document_part UNIQUE (part_id, kind),
  KEY sales_document_mydata (mydata_status, next_attempt_at),
  CONSTRAINT fk_sales_document_part FOREIGN KEY (part_id) REFERENCES order_part (id),
  CONSTRAINT fk_sales_document_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
  CONSTRAINT fk_sales_document_cancels FOREIGN KEY (cancels_id) REFERENCES sales_document (id),
  CONSTRAINT ck_sales_document CHECK (kind IN ('RECEIPT', 'INVOICE', 'CANCELLATION', 'OWN')
    AND mydata_status IN ('NONE', 'PENDING', 'SENT', 'FAILED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
