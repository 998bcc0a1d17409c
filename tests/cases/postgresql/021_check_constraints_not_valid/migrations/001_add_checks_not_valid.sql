ALTER TABLE opportunities ADD CONSTRAINT opportunities_probability_range CHECK (probability BETWEEN 0 AND 100) NOT VALID;
ALTER TABLE opportunities ADD CONSTRAINT opportunities_amount_positive CHECK (amount >= 0) NOT VALID;
