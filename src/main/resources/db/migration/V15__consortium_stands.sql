-- Consortium stands: the enterprise that booked a stand invites up to two others to share it. Each
-- accepted co-exhibitor counts under its own limit per enterprise and its category's quota (the
-- counter rows of V14) and owes its part of the fee, paid or waived on its own; the booker's part
-- (stand_booking.fee) is what is left.
CREATE TABLE stand_co_exhibitor (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  booking_id     BIGINT NOT NULL,
  enterprise_id  BIGINT NOT NULL,
  category_id    BIGINT,
  status         VARCHAR(16) NOT NULL,
  share          DECIMAL(10,2) NOT NULL,
  fee            DECIMAL(10,2) NOT NULL DEFAULT 0,
  fee_reason     VARCHAR(300),
  paid_at        DATETIME(6),
  invited_at     DATETIME(6) NOT NULL,
  decided_at     DATETIME(6),
  version        INT NOT NULL DEFAULT 0,
  CONSTRAINT uq_stand_co_exhibitor UNIQUE (booking_id, enterprise_id),
  CONSTRAINT ck_stand_co_exhibitor_status CHECK (status IN ('INVITED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
  CONSTRAINT ck_stand_co_exhibitor_money CHECK (share >= 0 AND fee >= 0),
  INDEX ix_stand_co_exhibitor_enterprise (enterprise_id, status),
  CONSTRAINT fk_stand_co_exhibitor_booking FOREIGN KEY (booking_id) REFERENCES stand_booking (id),
  CONSTRAINT fk_stand_co_exhibitor_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
  CONSTRAINT fk_stand_co_exhibitor_category FOREIGN KEY (category_id) REFERENCES category (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
