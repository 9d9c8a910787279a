-- Calls reserved for social enterprises (issue 15, 3; law 4412/2016 art. 20). Depends on V1
-- (user_account), V3 (enterprise) and V10 (organisation).

-- What reserved contracts ask of an enterprise beyond its legal form: the kind of Κοιν.Σ.Επ., the
-- ΓΕΜΚΟ registry number and a dated declaration of the share of disadvantaged workers. One row per
-- enterprise, written by its members.
CREATE TABLE enterprise_eligibility (
  enterprise_id       BIGINT PRIMARY KEY,
  koinsep_kind        VARCHAR(24),
  gemko_number        VARCHAR(40),
  disadvantaged_share DECIMAL(5, 2),
  declared_on         DATE,
  updated_at          DATETIME(6) NOT NULL,
  version             INT NOT NULL DEFAULT 0,
  CONSTRAINT ck_enterprise_eligibility_share
    CHECK (disadvantaged_share IS NULL OR (disadvantaged_share >= 0 AND disadvantaged_share <= 100)),
  CONSTRAINT ck_enterprise_eligibility_declared
    CHECK ((disadvantaged_share IS NULL) = (declared_on IS NULL)),
  CONSTRAINT fk_enterprise_eligibility_enterprise
    FOREIGN KEY (enterprise_id) REFERENCES enterprise (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A call: DRAFT -> OPEN -> AWARDED or CANCELLED (CLOSED is OPEN after the offer deadline, computed).
CREATE TABLE reserved_call (
  id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
  organisation_id         BIGINT NOT NULL,
  title_el                VARCHAR(200) NOT NULL,
  title_en                VARCHAR(200),
  description_el          TEXT NOT NULL,
  description_en          TEXT,
  category                VARCHAR(200),
  budget                  DECIMAL(12, 2),
  question_deadline       DATETIME(6) NOT NULL,
  offer_deadline          DATETIME(6) NOT NULL,
  requires_gemko          BOOLEAN NOT NULL DEFAULT FALSE,
  min_disadvantaged_share DECIMAL(5, 2),
  declaration_max_months  INT NOT NULL DEFAULT 12,
  status                  VARCHAR(12) NOT NULL,
  created_by              BIGINT,
  created_at              DATETIME(6) NOT NULL,
  published_at            DATETIME(6),
  award_offer_id          BIGINT,
  award_reason            TEXT,
  awarded_at              DATETIME(6),
  cancel_reason           TEXT,
  cancelled_at            DATETIME(6),
  version                 INT NOT NULL DEFAULT 0,
  CONSTRAINT ck_reserved_call_status CHECK (status IN ('DRAFT', 'OPEN', 'AWARDED', 'CANCELLED')),
  CONSTRAINT ck_reserved_call_deadlines CHECK (question_deadline <= offer_deadline),
  CONSTRAINT ck_reserved_call_budget CHECK (budget IS NULL OR budget >= 0),
  CONSTRAINT ck_reserved_call_share
    CHECK (min_disadvantaged_share IS NULL
           OR (min_disadvantaged_share >= 0 AND min_disadvantaged_share <= 100)),
  CONSTRAINT ck_reserved_call_months CHECK (declaration_max_months BETWEEN 1 AND 120),
  INDEX ix_reserved_call_status (status, offer_deadline),
  INDEX ix_reserved_call_organisation (organisation_id),
  CONSTRAINT fk_reserved_call_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_reserved_call_creator
    FOREIGN KEY (created_by) REFERENCES user_account (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE reserved_call_region (
  call_id BIGINT NOT NULL,
  region  VARCHAR(40) NOT NULL,
  PRIMARY KEY (call_id, region),
  CONSTRAINT fk_reserved_call_region_call FOREIGN KEY (call_id) REFERENCES reserved_call (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE reserved_call_legal_form (
  call_id    BIGINT NOT NULL,
  legal_form VARCHAR(32) NOT NULL,
  PRIMARY KEY (call_id, legal_form),
  CONSTRAINT fk_reserved_call_legal_form_call FOREIGN KEY (call_id) REFERENCES reserved_call (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE reserved_call_koinsep_kind (
  call_id      BIGINT NOT NULL,
  koinsep_kind VARCHAR(24) NOT NULL,
  PRIMARY KEY (call_id, koinsep_kind),
  CONSTRAINT fk_reserved_call_kind_call FOREIGN KEY (call_id) REFERENCES reserved_call (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Public questions: published with their answer, never with the asker (kept for erasure only).
CREATE TABLE reserved_call_question (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  call_id       BIGINT NOT NULL,
  asker_id      BIGINT,
  enterprise_id BIGINT,
  question      TEXT NOT NULL,
  answer        TEXT,
  asked_at      DATETIME(6) NOT NULL,
  answered_at   DATETIME(6),
  version       INT NOT NULL DEFAULT 0,
  INDEX ix_reserved_call_question_call (call_id, id),
  INDEX ix_reserved_call_question_asker (asker_id),
  CONSTRAINT fk_reserved_call_question_call FOREIGN KEY (call_id) REFERENCES reserved_call (id) ON DELETE CASCADE,
  CONSTRAINT fk_reserved_call_question_asker
    FOREIGN KEY (asker_id) REFERENCES user_account (id) ON DELETE SET NULL,
  CONSTRAINT fk_reserved_call_question_enterprise
    FOREIGN KEY (enterprise_id) REFERENCES enterprise (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One offer per enterprise and call (a second submission replaces it, a withdrawal marks it). The
-- note is sealed: AES-GCM with the configured key (koinagora.calls.offer-key), IV first.
CREATE TABLE call_offer (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  call_id       BIGINT NOT NULL,
  enterprise_id BIGINT NOT NULL,
  submitted_by  BIGINT,
  price         DECIMAL(12, 2) NOT NULL,
  note_sealed   BLOB,
  status        VARCHAR(12) NOT NULL,
  submitted_at  DATETIME(6) NOT NULL,
  replaced_at   DATETIME(6),
  withdrawn_at  DATETIME(6),
  version       INT NOT NULL DEFAULT 0,
  CONSTRAINT uq_call_offer_enterprise UNIQUE (call_id, enterprise_id),
  CONSTRAINT ck_call_offer_status CHECK (status IN ('SUBMITTED', 'WITHDRAWN')),
  CONSTRAINT ck_call_offer_price CHECK (price >= 0),
  INDEX ix_call_offer_enterprise (enterprise_id),
  CONSTRAINT fk_call_offer_call FOREIGN KEY (call_id) REFERENCES reserved_call (id) ON DELETE CASCADE,
  CONSTRAINT fk_call_offer_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
  CONSTRAINT fk_call_offer_submitter
    FOREIGN KEY (submitted_by) REFERENCES user_account (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The partners a joint offer names (up to two); each accepts for its own enterprise.
CREATE TABLE call_offer_partner (
  offer_id      BIGINT NOT NULL,
  enterprise_id BIGINT NOT NULL,
  accepted_at   DATETIME(6),
  PRIMARY KEY (offer_id, enterprise_id),
  INDEX ix_call_offer_partner_enterprise (enterprise_id),
  CONSTRAINT fk_call_offer_partner_offer FOREIGN KEY (offer_id) REFERENCES call_offer (id) ON DELETE CASCADE,
  CONSTRAINT fk_call_offer_partner_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE reserved_call
  ADD CONSTRAINT fk_reserved_call_award FOREIGN KEY (award_offer_id) REFERENCES call_offer (id);
