DELETE FROM departments WHERE id IN (2, 5);
DELETE FROM staff WHERE id = 3;
