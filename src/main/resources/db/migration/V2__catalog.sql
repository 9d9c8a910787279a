CREATE TABLE category (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  parent_id       BIGINT,
  path            VARCHAR(200) NOT NULL,
  name_el         VARCHAR(120) NOT NULL,
  name_en         VARCHAR(120) NOT NULL,
  position        INT NOT NULL DEFAULT 0,
  CONSTRAINT uq_category_path UNIQUE (path),
  CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES category (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE listing (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  enterprise_id   BIGINT NOT NULL,
  kind            VARCHAR(16) NOT NULL,
  title_el        VARCHAR(160) NOT NULL,
  title_en        VARCHAR(160),
  description_el  TEXT NOT NULL,
  description_en  TEXT,
  price           DECIMAL(12,2) NOT NULL,
  vat_rate        TINYINT NOT NULL,
  unit            VARCHAR(16) NOT NULL,
  stock           INT,
  category_id     BIGINT NOT NULL,
  status          VARCHAR(16) NOT NULL,
  featured        BOOLEAN NOT NULL DEFAULT FALSE,
  created_at      DATETIME(6) NOT NULL,
  updated_at      DATETIME(6) NOT NULL,
  version         INT NOT NULL DEFAULT 0,
  CONSTRAINT ck_listing_price CHECK (price > 0 AND price <= 100000),
  CONSTRAINT ck_listing_vat CHECK (vat_rate IN (6, 13, 24)),
  CONSTRAINT ck_listing_stock CHECK (stock IS NULL OR stock >= 0),
  CONSTRAINT fk_listing_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
  CONSTRAINT fk_listing_category FOREIGN KEY (category_id) REFERENCES category (id),
  INDEX ix_listing_status_created (status, created_at),
  INDEX ix_listing_enterprise_status (enterprise_id, status),
  INDEX ix_listing_category_status (category_id, status, created_at),
  INDEX ix_listing_featured (featured, status, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE listing_tag (
  listing_id      BIGINT NOT NULL,
  tag             VARCHAR(32) NOT NULL,
  PRIMARY KEY (listing_id, tag),
  CONSTRAINT fk_listing_tag_listing FOREIGN KEY (listing_id) REFERENCES listing (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE listing_image (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  listing_id      BIGINT NOT NULL,
  position        INT NOT NULL,
  storage_key     CHAR(32) NOT NULL,
  width           INT NOT NULL,
  height          INT NOT NULL,
  alt_el          VARCHAR(200),
  created_at      DATETIME(6) NOT NULL,
  CONSTRAINT uq_listing_image_key UNIQUE (storage_key),
  CONSTRAINT fk_listing_image_listing FOREIGN KEY (listing_id) REFERENCES listing (id) ON DELETE CASCADE,
  INDEX ix_listing_image_listing (listing_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The category tree for the social and solidarity economy. Slug paths name categories in the API.
INSERT INTO category (path, name_el, name_en, position) VALUES
  ('food', 'Τρόφιμα και ποτά', 'Food and drink', 1),
  ('cosmetics', 'Καλλυντικά και σαπούνια', 'Cosmetics and soap', 2),
  ('crafts', 'Χειροτεχνία και υφάσματα', 'Crafts and textiles', 3),
  ('home-garden', 'Σπίτι και κήπος', 'Home and garden', 4),
  ('books', 'Βιβλία και εκπαίδευση', 'Books and education', 5),
  ('services', 'Υπηρεσίες', 'Services', 6);

INSERT INTO category (parent_id, path, name_el, name_en, position)
SELECT p.id, CONCAT(p.path, '/', c.slug), c.name_el, c.name_en, c.position
FROM category p JOIN (
            SELECT 'food' AS parent, 'honey' AS slug, 'Μέλι' AS name_el, 'Honey' AS name_en, 1 AS position
  UNION ALL SELECT 'food', 'olive-oil', 'Ελαιόλαδο και ελιές', 'Olive oil and olives', 2
  UNION ALL SELECT 'food', 'wine', 'Κρασί και ποτά', 'Wine and drinks', 3
  UNION ALL SELECT 'food', 'dairy', 'Γαλακτοκομικά', 'Dairy', 4
  UNION ALL SELECT 'food', 'bakery', 'Αρτοποιία και ζυμαρικά', 'Bakery and pasta', 5
  UNION ALL SELECT 'food', 'preserves', 'Γλυκά και μαρμελάδες', 'Preserves and sweets', 6
  UNION ALL SELECT 'food', 'herbs-tea', 'Βότανα και τσάι', 'Herbs and tea', 7
  UNION ALL SELECT 'food', 'fruit-vegetables', 'Φρούτα και λαχανικά', 'Fruit and vegetables', 8
  UNION ALL SELECT 'cosmetics', 'soap', 'Σαπούνια', 'Soap', 1
  UNION ALL SELECT 'cosmetics', 'skin-care', 'Περιποίηση δέρματος', 'Skin care', 2
  UNION ALL SELECT 'crafts', 'textiles', 'Υφαντά και ρούχα', 'Textiles and clothing', 1
  UNION ALL SELECT 'crafts', 'ceramics', 'Κεραμικά', 'Ceramics', 2
  UNION ALL SELECT 'crafts', 'wood', 'Ξύλο', 'Wood', 3
  UNION ALL SELECT 'crafts', 'jewellery', 'Κοσμήματα', 'Jewellery', 4
  UNION ALL SELECT 'home-garden', 'plants', 'Φυτά και σπόροι', 'Plants and seeds', 1
  UNION ALL SELECT 'home-garden', 'household', 'Είδη σπιτιού', 'Household goods', 2
  UNION ALL SELECT 'books', 'books', 'Βιβλία', 'Books', 1
  UNION ALL SELECT 'books', 'courses', 'Μαθήματα', 'Courses', 2
  UNION ALL SELECT 'services', 'catering', 'Catering', 'Catering', 1
  UNION ALL SELECT 'services', 'cleaning', 'Καθαρισμός', 'Cleaning', 2
  UNION ALL SELECT 'services', 'green-recycling', 'Πράσινο και ανακύκλωση', 'Green spaces and recycling', 3
  UNION ALL SELECT 'services', 'it-digital', 'Πληροφορική και ψηφιακά', 'IT and digital', 4
  UNION ALL SELECT 'services', 'training', 'Εκπαίδευση', 'Training', 5
  UNION ALL SELECT 'services', 'tourism', 'Τουρισμός', 'Tourism', 6
  UNION ALL SELECT 'services', 'care', 'Φροντίδα', 'Care', 7
  UNION ALL SELECT 'services', 'energy', 'Ενέργεια', 'Energy', 8
) c ON c.parent = p.path;
