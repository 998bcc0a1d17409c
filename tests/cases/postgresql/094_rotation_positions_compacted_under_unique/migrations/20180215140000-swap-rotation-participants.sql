-- Swap the first two participants of every rotation (what the UI's drag and drop does), through a
-- parking position outside the range.
UPDATE rotation_participants SET position = -1 WHERE position = 0;
UPDATE rotation_participants SET position = 0 WHERE position = 1;
UPDATE rotation_participants SET position = 1 WHERE position = -1;

-- a removed rotation takes its participants and state along
DELETE FROM rotations WHERE name = 'rotation-6';
