PRAGMA foreign_keys=OFF;
BEGIN;

/* Normalize all existing usernames to lowercase: user names compare case-insensitively */
UPDATE users
SET username = lower(username);

/* No two names that differ only by case, whatever the column's own UNIQUE says */
CREATE UNIQUE INDEX IF NOT EXISTS users_username_lower_unique
    ON users (lower(username));

COMMIT;
PRAGMA foreign_keys=ON;
