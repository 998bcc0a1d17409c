-- NOT VALID constraints already guard every row an UPDATE touches: fix both columns in one statement.
UPDATE opportunities
   SET probability = LEAST(GREATEST(probability, 0), 100), amount = GREATEST(amount, 0)
 WHERE probability NOT BETWEEN 0 AND 100 OR amount < 0;
ALTER TABLE opportunities VALIDATE CONSTRAINT opportunities_probability_range;
ALTER TABLE opportunities VALIDATE CONSTRAINT opportunities_amount_positive;
ALTER TABLE opportunities DROP CONSTRAINT opportunities_name_check;
ALTER TABLE opportunities ADD CONSTRAINT opportunities_close_date_check CHECK (close_date > date '2020-01-01');
