-- Audit columns and server-side history for courses in one ALTER (implicit ROW START / ROW END).
ALTER TABLE courses
  ADD COLUMN author VARCHAR(255),
  ADD COLUMN change_list TEXT,
  ADD SYSTEM VERSIONING;

UPDATE courses SET author = 'import', change_list = 'initial import' WHERE id <= 30;
UPDATE courses SET ects = ects + 1, author = 'registrar', change_list = 'ects corrected' WHERE code IN ('C004', 'C008', 'C015');
