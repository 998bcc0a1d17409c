DELETE FROM members WHERE id IN (
    SELECT m2.id FROM members m1 JOIN members m2 ON lower(m1.email) = lower(m2.email) AND m2.id > m1.id);
