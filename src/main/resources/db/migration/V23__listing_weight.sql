-- A product's shipping weight in grams (issue 16 §1): enterprises that charge delivery by weight
-- band add up the weights of a part's lines. NULL: not given.
ALTER TABLE listing
  ADD COLUMN weight_grams INT NULL,
  ADD CONSTRAINT listing_weight_positive CHECK (weight_grams IS NULL OR weight_grams > 0);
