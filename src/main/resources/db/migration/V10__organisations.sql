-- Municipalities become organisations of kind MUNICIPALITY: RENAME TABLE keeps every row, id and
-- foreign key (fair.organiser_id still points at the same ids). Regional authorities, support
-- centres and partnerships are organisations of the other kinds. The Stripe adapter's
-- party_kind 'MUNICIPALITY' keeps its name: it now means "an organisation that takes stand fees".

RENAME TABLE municipality TO organisation, municipality_member TO organisation_staff;

ALTER TABLE organisation_staff RENAME COLUMN municipality_id TO organisation_id;

ALTER TABLE fair RENAME COLUMN municipality_id TO organiser_id;

ALTER TABLE organisation RENAME COLUMN name TO name_el;

ALTER TABLE organisation
  ADD COLUMN kind           VARCHAR(24) NOT NULL DEFAULT 'MUNICIPALITY' AFTER id,
  ADD COLUMN name_en        VARCHAR(160) AFTER name_el,
  ADD COLUMN description_el TEXT,
  ADD COLUMN description_en TEXT,
  ADD COLUMN contact_email  VARCHAR(254),
  ADD COLUMN contact_phone  VARCHAR(30),
  ADD COLUMN website        VARCHAR(300),
  ADD CONSTRAINT ck_organisation_kind
    CHECK (kind IN ('MUNICIPALITY', 'REGIONAL_AUTHORITY', 'SUPPORT_CENTRE', 'PARTNERSHIP')),
  ADD INDEX ix_organisation_kind_region (kind, region);

-- What an organisation offers enterprises, as a set (like a listing's tags).
CREATE TABLE organisation_offer (
  organisation_id BIGINT NOT NULL,
  offer           VARCHAR(16) NOT NULL,
  PRIMARY KEY (organisation_id, offer),
  CONSTRAINT ck_organisation_offer CHECK (offer IN ('ADVICE', 'TRAINING', 'INCUBATION', 'VENUES')),
  CONSTRAINT fk_organisation_offer_organisation
    FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
