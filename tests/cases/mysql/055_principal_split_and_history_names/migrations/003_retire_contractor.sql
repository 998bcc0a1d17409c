-- Deleting the principal cascades to the account and its grants; the log keeps the name, loses the id.
INSERT INTO principals (name, kind) VALUES ('designers', 'TEAM');
INSERT INTO desk_grants (principal_id, desk_id, level)
  SELECT id, 2, 'UPDATE' FROM principals WHERE name = 'designers';
DELETE FROM principals WHERE name = 'old.contractor' AND kind = 'ACCOUNT';
