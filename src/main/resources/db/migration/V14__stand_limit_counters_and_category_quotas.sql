-- A fair's limits are counter rows that each booking's transaction updates with a guarded UPDATE
-- (never a lock on the fair's row followed by a COUNT): on MariaDB Galera a row lock on one node
-- does not stop a conflicting insert on another, but two updates of one row conflict everywhere.

-- The stands an enterprise holds or applied for at a fair (PENDING_APPROVAL, AWAITING_PAYMENT,
-- CONFIRMED), against the fair's max_stands_per_enterprise.
CREATE TABLE fair_enterprise_stands (
  fair_id        BIGINT NOT NULL,
  enterprise_id  BIGINT NOT NULL,
  stands         INT NOT NULL DEFAULT 0,
  PRIMARY KEY (fair_id, enterprise_id),
  CONSTRAINT ck_fair_enterprise_stands CHECK (stands >= 0),
  CONSTRAINT fk_fair_enterprise_stands_fair FOREIGN KEY (fair_id) REFERENCES fair (id),
  CONSTRAINT fk_fair_enterprise_stands_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO fair_enterprise_stands (fair_id, enterprise_id, stands)
  SELECT fair_id, enterprise_id, COUNT(*) FROM stand_booking
  WHERE status IN ('PENDING_APPROVAL', 'AWAITING_PAYMENT', 'CONFIRMED')
  GROUP BY fair_id, enterprise_id;

-- The stands booked at a fair under a product category (a booking counts under its category and
-- the category's parent), and the organiser's quota for it (NULL: no quota).
CREATE TABLE fair_category_stands (
  fair_id      BIGINT NOT NULL,
  category_id  BIGINT NOT NULL,
  stands       INT NOT NULL DEFAULT 0,
  quota        INT,
  PRIMARY KEY (fair_id, category_id),
  CONSTRAINT ck_fair_category_stands CHECK (stands >= 0),
  CONSTRAINT ck_fair_category_quota CHECK (quota IS NULL OR quota BETWEEN 1 AND 500),
  CONSTRAINT fk_fair_category_stands_fair FOREIGN KEY (fair_id) REFERENCES fair (id),
  CONSTRAINT fk_fair_category_stands_category FOREIGN KEY (category_id) REFERENCES category (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What a booking (and a place in a waitlist) is for: one of the enterprise's product categories.
-- Earlier bookings name none and count under no quota.
ALTER TABLE stand_booking
  ADD COLUMN category_id BIGINT NULL AFTER enterprise_id,
  ADD CONSTRAINT fk_stand_booking_category FOREIGN KEY (category_id) REFERENCES category (id);

ALTER TABLE fair_waitlist
  ADD COLUMN category_id BIGINT NULL AFTER enterprise_id,
  ADD CONSTRAINT fk_fair_waitlist_category FOREIGN KEY (category_id) REFERENCES category (id);
