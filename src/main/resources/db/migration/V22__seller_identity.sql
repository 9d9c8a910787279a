-- Seller identity as distance-selling law asks (issue 16 §3): legal name, ΓΕΜΗ, address, returns
-- policy and terms of each enterprise; the organic certification of a listing (EU 2018/848).
ALTER TABLE enterprise
  ADD COLUMN legal_name VARCHAR(160) NULL,
  ADD COLUMN gemi_number VARCHAR(12) NULL,
  ADD COLUMN street_address VARCHAR(200) NULL,
  ADD COLUMN postcode VARCHAR(6) NULL,
  ADD COLUMN city VARCHAR(120) NULL,
  ADD COLUMN returns_el TEXT NULL,
  ADD COLUMN returns_en TEXT NULL,
  ADD COLUMN terms_el TEXT NULL,
  ADD COLUMN terms_en TEXT NULL;

ALTER TABLE listing
  ADD COLUMN organic_body VARCHAR(20) NULL,
  ADD COLUMN organic_certificate VARCHAR(60) NULL;
