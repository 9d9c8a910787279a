-- Documents of issue 15: attachments on requests for a quote, documents of a call, documents of an
-- offer. Each is checked on upload (a PDF that opens, or a picture re-encoded without metadata) and
-- kept in the database, so every node of a cluster reads it and a backup holds it.
-- A request's attachment (thread_id NULL) is the buyer's and is read by every enterprise asked; one
-- on a thread is read by the two sides of that thread only. Depends on V19 (quotes), V20 (calls).
CREATE TABLE quote_attachment (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  request_id   BIGINT NOT NULL,
  thread_id    BIGINT,
  author_kind  VARCHAR(12) NOT NULL,
  author_id    BIGINT,
  file_name    VARCHAR(120) NOT NULL,
  content_type VARCHAR(40) NOT NULL,
  size_bytes   INT NOT NULL,
  content      MEDIUMBLOB NOT NULL,
  created_at   DATETIME(6) NOT NULL,
  CONSTRAINT ck_quote_attachment_author CHECK (author_kind IN ('BUYER', 'ENTERPRISE')),
  INDEX ix_quote_attachment_request (request_id, id),
  CONSTRAINT fk_quote_attachment_request
    FOREIGN KEY (request_id) REFERENCES quote_request (id) ON DELETE CASCADE,
  CONSTRAINT fk_quote_attachment_thread
    FOREIGN KEY (thread_id) REFERENCES quote_thread (id) ON DELETE CASCADE,
  CONSTRAINT fk_quote_attachment_author
    FOREIGN KEY (author_id) REFERENCES user_account (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A call's documents (terms, technical specification), public with the call once it is published.
CREATE TABLE call_document (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  call_id      BIGINT NOT NULL,
  file_name    VARCHAR(120) NOT NULL,
  content_type VARCHAR(40) NOT NULL,
  size_bytes   INT NOT NULL,
  content      MEDIUMBLOB NOT NULL,
  created_at   DATETIME(6) NOT NULL,
  INDEX ix_call_document_call (call_id, id),
  CONSTRAINT fk_call_document_call
    FOREIGN KEY (call_id) REFERENCES reserved_call (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An offer's documents, sealed like its note (AES-256-GCM with koinagora.calls.offer-key, bound to
-- the call and the enterprise): the name and the bytes. Only the type and the size are in clear.
CREATE TABLE offer_document (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  offer_id       BIGINT NOT NULL,
  name_sealed    BLOB NOT NULL,
  content_type   VARCHAR(40) NOT NULL,
  size_bytes     INT NOT NULL,
  content_sealed MEDIUMBLOB NOT NULL,
  created_at     DATETIME(6) NOT NULL,
  INDEX ix_offer_document_offer (offer_id, id),
  CONSTRAINT fk_offer_document_offer
    FOREIGN KEY (offer_id) REFERENCES call_offer (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An award is also the public body's order from the winner, paid on account (issue 15, 3).
ALTER TABLE reserved_call
  ADD COLUMN award_order_id BIGINT NULL,
  ADD CONSTRAINT fk_reserved_call_award_order
    FOREIGN KEY (award_order_id) REFERENCES customer_order (id);
