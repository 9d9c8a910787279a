-- Fairs published by municipalities, their stands, and the enterprises' bookings.

CREATE TABLE fair (
  id                         BIGINT AUTO_INCREMENT PRIMARY KEY,
  municipality_id            BIGINT NOT NULL,
  title_el                   VARCHAR(160) NOT NULL,
  title_en                   VARCHAR(160),
  description_el             TEXT NOT NULL,
  description_en             TEXT,
  theme                      VARCHAR(32) NOT NULL,
  venue                      VARCHAR(200) NOT NULL,
  address                    VARCHAR(300) NOT NULL,
  latitude                   DECIMAL(9,6),
  longitude                  DECIMAL(9,6),
  starts_at                  DATETIME(6) NOT NULL,
  ends_at                    DATETIME(6) NOT NULL,
  opening_hours              VARCHAR(200),
  booking_opens_at           DATETIME(6) NOT NULL,
  booking_closes_at          DATETIME(6) NOT NULL,
  booking_mode               VARCHAR(16) NOT NULL,
  max_stands_per_enterprise  INT NOT NULL DEFAULT 1,
  cancellation_deadline      DATETIME(6),
  eligible_legal_forms       VARCHAR(400),
  eligible_regions           VARCHAR(600),
  hold_minutes               INT NOT NULL DEFAULT 15,
  plan_width                 INT NOT NULL DEFAULT 30,
  plan_depth                 INT NOT NULL DEFAULT 20,
  status                     VARCHAR(16) NOT NULL,
  created_at                 DATETIME(6) NOT NULL,
  updated_at                 DATETIME(6) NOT NULL,
  version                    INT NOT NULL DEFAULT 0,
  CONSTRAINT ck_fair_dates CHECK (ends_at > starts_at),
  CONSTRAINT ck_fair_booking_window CHECK (booking_closes_at > booking_opens_at),
  CONSTRAINT ck_fair_max_stands CHECK (max_stands_per_enterprise BETWEEN 1 AND 50),
  CONSTRAINT ck_fair_hold CHECK (hold_minutes BETWEEN 1 AND 1440),
  CONSTRAINT ck_fair_plan CHECK (plan_width BETWEEN 5 AND 200 AND plan_depth BETWEEN 5 AND 200),
  CONSTRAINT fk_fair_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
  INDEX ix_fair_status_start (status, starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE stand (
  id        BIGINT AUTO_INCREMENT PRIMARY KEY,
  fair_id   BIGINT NOT NULL,
  code      VARCHAR(12) NOT NULL,
  x         INT NOT NULL,
  y         INT NOT NULL,
  width     INT NOT NULL,
  depth     INT NOT NULL,
  price     DECIMAL(10,2) NOT NULL,
  features  VARCHAR(120) NOT NULL DEFAULT '',
  version   INT NOT NULL DEFAULT 0,
  CONSTRAINT uq_stand_code UNIQUE (fair_id, code),
  CONSTRAINT ck_stand_place CHECK (x >= 0 AND y >= 0 AND width BETWEEN 1 AND 50 AND depth BETWEEN 1 AND 50),
  CONSTRAINT ck_stand_price CHECK (price >= 0 AND price <= 100000),
  CONSTRAINT fk_stand_fair FOREIGN KEY (fair_id) REFERENCES fair (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A stand never has two active bookings: the generated column holds the stand only while the
-- booking is active, and is unique (NULLs, for every other state, may repeat).
CREATE TABLE stand_booking (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  fair_id          BIGINT NOT NULL,
  stand_id         BIGINT NOT NULL,
  enterprise_id    BIGINT NOT NULL,
  status           VARCHAR(20) NOT NULL,
  note             VARCHAR(1000),
  fee              DECIMAL(10,2) NOT NULL,
  fee_reason       VARCHAR(300),
  reason           VARCHAR(1000),
  hold_expires_at  DATETIME(6),
  checked_in_at    DATETIME(6),
  created_at       DATETIME(6) NOT NULL,
  updated_at       DATETIME(6) NOT NULL,
  version          INT NOT NULL DEFAULT 0,
  active_stand_id  BIGINT AS (CASE WHEN status IN ('AWAITING_PAYMENT', 'CONFIRMED') THEN stand_id END) PERSISTENT,
  CONSTRAINT uq_stand_booking_active UNIQUE (active_stand_id),
  CONSTRAINT ck_stand_booking_fee CHECK (fee >= 0),
  CONSTRAINT fk_stand_booking_fair FOREIGN KEY (fair_id) REFERENCES fair (id),
  CONSTRAINT fk_stand_booking_stand FOREIGN KEY (stand_id) REFERENCES stand (id),
  CONSTRAINT fk_stand_booking_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
  INDEX ix_stand_booking_fair_enterprise (fair_id, enterprise_id, status),
  INDEX ix_stand_booking_hold (status, hold_expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Enterprises waiting for a stand of a full fair, first come first served; an entry is OFFERED a
-- freed stand (held for it as a booking) and LAPSES when the offer runs out.
CREATE TABLE fair_waitlist (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  fair_id        BIGINT NOT NULL,
  enterprise_id  BIGINT NOT NULL,
  status         VARCHAR(16) NOT NULL,
  booking_id     BIGINT,
  created_at     DATETIME(6) NOT NULL,
  updated_at     DATETIME(6) NOT NULL,
  version        INT NOT NULL DEFAULT 0,
  CONSTRAINT fk_fair_waitlist_fair FOREIGN KEY (fair_id) REFERENCES fair (id),
  CONSTRAINT fk_fair_waitlist_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
  CONSTRAINT fk_fair_waitlist_booking FOREIGN KEY (booking_id) REFERENCES stand_booking (id),
  INDEX ix_fair_waitlist_fair_status (fair_id, status, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
