-- Bookable services. A SERVICE listing says how it is bought (service_booking): agreed with the
-- enterprise (NONE), a time slot (SLOTS) or a quote (QUOTE). A slot service has its availability:
-- weekly opening rules and dated exceptions in Europe/Athens, from which slots are computed; a slot
-- is stored the first time someone books it, and its taken count is the counter every booking
-- updates with a guarded UPDATE (never above capacity: the CHECK is the last word).
ALTER TABLE listing
  ADD COLUMN service_booking VARCHAR(8) NOT NULL DEFAULT 'NONE',
  ADD CONSTRAINT ck_listing_service_booking
    CHECK (service_booking IN ('NONE', 'SLOTS', 'QUOTE') AND (service_booking = 'NONE' OR kind = 'SERVICE'));

CREATE TABLE service_availability (
  listing_id        BIGINT PRIMARY KEY,
  duration_minutes  INT NOT NULL,
  capacity          INT NOT NULL,
  price_per         VARCHAR(8) NOT NULL,
  notice_hours      INT NOT NULL DEFAULT 24,
  horizon_weeks     INT NOT NULL DEFAULT 8,
  version           INT NOT NULL DEFAULT 0,
  CONSTRAINT ck_service_availability CHECK (duration_minutes BETWEEN 15 AND 720
    AND capacity BETWEEN 1 AND 500 AND notice_hours BETWEEN 0 AND 720
    AND horizon_weeks BETWEEN 1 AND 52 AND price_per IN ('PERSON', 'JOB')),
  CONSTRAINT fk_service_availability_listing FOREIGN KEY (listing_id) REFERENCES listing (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE availability_rule (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  listing_id  BIGINT NOT NULL,
  weekday     INT NOT NULL,
  opens_at    TIME NOT NULL,
  closes_at   TIME NOT NULL,
  CONSTRAINT ck_availability_rule CHECK (weekday BETWEEN 1 AND 7 AND closes_at > opens_at),
  CONSTRAINT fk_availability_rule FOREIGN KEY (listing_id) REFERENCES service_availability (listing_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A closed day (no times) or extra hours on a date.
CREATE TABLE availability_exception (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  listing_id  BIGINT NOT NULL,
  on_date     DATE NOT NULL,
  opens_at    TIME,
  closes_at   TIME,
  CONSTRAINT ck_availability_exception CHECK ((opens_at IS NULL AND closes_at IS NULL)
    OR (opens_at IS NOT NULL AND closes_at > opens_at)),
  INDEX ix_availability_exception (listing_id, on_date),
  CONSTRAINT fk_availability_exception FOREIGN KEY (listing_id) REFERENCES service_availability (listing_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE service_slot (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  listing_id  BIGINT NOT NULL,
  starts_at   DATETIME(6) NOT NULL,
  ends_at     DATETIME(6) NOT NULL,
  capacity    INT NOT NULL,
  taken       INT NOT NULL DEFAULT 0,
  version     INT NOT NULL DEFAULT 0,
  CONSTRAINT uq_service_slot UNIQUE (listing_id, starts_at),
  INDEX ix_service_slot_starts (starts_at),
  CONSTRAINT ck_service_slot_taken CHECK (taken >= 0 AND taken <= capacity),
  CONSTRAINT fk_service_slot_listing FOREIGN KEY (listing_id) REFERENCES listing (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A booked line: its slot, and until when the buyer may call it off (the start less the notice
-- the enterprise asked when it was booked).
ALTER TABLE order_line
  ADD COLUMN slot_id BIGINT NULL,
  ADD COLUMN cancellable_until DATETIME(6) NULL,
  ADD CONSTRAINT fk_order_line_slot FOREIGN KEY (slot_id) REFERENCES service_slot (id);

-- A slot in a cart: the listing and the slot's start, before anything is held.
CREATE TABLE cart_slot (
  cart_id     BIGINT NOT NULL,
  listing_id  BIGINT NOT NULL,
  starts_at   DATETIME(6) NOT NULL,
  quantity    INT NOT NULL,
  PRIMARY KEY (cart_id, listing_id, starts_at),
  CONSTRAINT ck_cart_slot_quantity CHECK (quantity BETWEEN 1 AND 99),
  CONSTRAINT fk_cart_slot_cart FOREIGN KEY (cart_id) REFERENCES cart (id) ON DELETE CASCADE,
  CONSTRAINT fk_cart_slot_listing FOREIGN KEY (listing_id) REFERENCES listing (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A mail may carry one text attachment (a booking's calendar entry, .ics).
ALTER TABLE mail_outbox
  ADD COLUMN attachment_name VARCHAR(100) NULL,
  ADD COLUMN attachment_type VARCHAR(100) NULL,
  ADD COLUMN attachment MEDIUMTEXT NULL;
