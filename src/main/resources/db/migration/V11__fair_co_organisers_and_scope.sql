-- A fair has a lead organiser (fair.organiser_id) and any number of co-organisers, whose staff
-- manage it too; and a scope: LOCAL (one municipality's fair, as every fair so far) or REGIONAL.

ALTER TABLE fair
  ADD COLUMN scope VARCHAR(16) NOT NULL DEFAULT 'LOCAL' AFTER organiser_id,
  ADD CONSTRAINT ck_fair_scope CHECK (scope IN ('LOCAL', 'REGIONAL'));

CREATE TABLE fair_co_organiser (
  fair_id         BIGINT NOT NULL,
  organisation_id BIGINT NOT NULL,
  PRIMARY KEY (fair_id, organisation_id),
  INDEX ix_fair_co_organiser_organisation (organisation_id),
  CONSTRAINT fk_fair_co_organiser_fair FOREIGN KEY (fair_id) REFERENCES fair (id) ON DELETE CASCADE,
  CONSTRAINT fk_fair_co_organiser_organisation
    FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
