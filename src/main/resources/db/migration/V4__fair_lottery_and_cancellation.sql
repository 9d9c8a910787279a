-- A fair's allocation by published lottery, drawn once: the seed and every application's ticket
-- (SHA-256 of "seed:application id", in ascending order) are public so that anyone can redo it.
CREATE TABLE fair_lottery (
  fair_id   BIGINT PRIMARY KEY,
  seed      CHAR(64) NOT NULL,
  drawn_at  DATETIME(6) NOT NULL,
  drawn_by  BIGINT NOT NULL,
  CONSTRAINT fk_fair_lottery_fair FOREIGN KEY (fair_id) REFERENCES fair (id),
  CONSTRAINT fk_fair_lottery_user FOREIGN KEY (drawn_by) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE fair_lottery_ticket (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  fair_id     BIGINT NOT NULL,
  draw_rank   INT NOT NULL,
  booking_id  BIGINT NOT NULL,
  ticket      CHAR(64) NOT NULL,
  won         BOOLEAN NOT NULL,
  CONSTRAINT uq_fair_lottery_rank UNIQUE (fair_id, draw_rank),
  CONSTRAINT uq_fair_lottery_booking UNIQUE (booking_id),
  CONSTRAINT fk_fair_lottery_ticket_lottery FOREIGN KEY (fair_id) REFERENCES fair_lottery (fair_id),
  CONSTRAINT fk_fair_lottery_ticket_booking FOREIGN KEY (booking_id) REFERENCES stand_booking (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Why an organiser cancelled a fair, shown on its page and mailed to the exhibitors.
ALTER TABLE fair ADD COLUMN cancel_reason VARCHAR(1000) NULL AFTER status;
