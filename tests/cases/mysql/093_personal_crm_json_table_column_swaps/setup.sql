-- A Monica-like personal CRM: contacts with tags kept as a JSON array, reminders with positions.
CREATE TABLE accounts (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  name VARCHAR(100) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE contacts (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  account_id INT UNSIGNED NOT NULL,
  first_name VARCHAR(100) NOT NULL,
  last_name VARCHAR(100) NULL,
  nickname VARCHAR(100) NULL,
  tags JSON NULL,
  is_starred TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY contacts_account_id_first_name (account_id, first_name),
  KEY contacts_account_id_last_name (account_id, last_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE reminders (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  contact_id INT UNSIGNED NOT NULL,
  title VARCHAR(191) NOT NULL,
  initial_date DATE NOT NULL,
  frequency_type VARCHAR(20) NOT NULL,
  position INT NULL,
  PRIMARY KEY (id),
  KEY reminders_contact_id (contact_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO accounts (name) VALUES ('Family'), ('Work'), ('Club');

INSERT INTO contacts (account_id, first_name, last_name, nickname, tags, is_starred)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 120)
SELECT 1 + n % 3, ELT(1 + n % 7, 'Ana', 'Bruno', 'Chloé', 'Dmitri', 'Eve', 'Farid', 'Grace'),
       IF(n % 10 = 0, NULL, CONCAT('Surname', n)), IF(n % 4 = 0, CONCAT('nick', n), NULL),
       CASE n % 5 WHEN 0 THEN NULL WHEN 1 THEN JSON_ARRAY('friend') WHEN 2 THEN JSON_ARRAY('friend', 'climbing')
                  WHEN 3 THEN JSON_ARRAY('colleague', 'book club', 'friend') ELSE JSON_ARRAY() END,
       n % 11 = 0
FROM seq ORDER BY n;

INSERT INTO reminders (contact_id, title, initial_date, frequency_type)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 200)
SELECT 1 + n % 120, CONCAT(ELT(1 + n % 3, 'Birthday of #', 'Call #', 'Send card to #'), 1 + n % 120),
       '2024-01-01' + INTERVAL (n * 3) DAY, ELT(1 + n % 3, 'one_time', 'week', 'year')
FROM seq ORDER BY n;
