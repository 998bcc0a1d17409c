DELETE FROM subscribers
 WHERE id NOT IN (SELECT min(id) FROM subscribers GROUP BY email);
CREATE UNIQUE INDEX subscribers_email_uq ON subscribers(email);
