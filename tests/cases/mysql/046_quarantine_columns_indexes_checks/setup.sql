CREATE TABLE members (
  id INT PRIMARY KEY,
  handle VARCHAR(40) NOT NULL,
  email VARCHAR(80) NOT NULL,
  phone VARCHAR(20),
  score INT NOT NULL CHECK (score >= 0),
  level ENUM('bronze', 'silver', 'gold') NOT NULL,
  joined DATE NOT NULL,
  bio TEXT NOT NULL,
  note VARCHAR(40) NOT NULL DEFAULT 'none' COMMENT 'free text',
  CONSTRAINT phone_not_blank CHECK (phone <> ''),
  UNIQUE KEY members_email (email),
  KEY members_handle_score (handle, score),
  KEY members_level (level),
  FULLTEXT KEY members_bio (bio, note)
) ENGINE=InnoDB;
INSERT INTO members WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 60)
SELECT n, CONCAT('h', n), CONCAT('m', n, '@x.io'), IF(n % 3 = 0, NULL, CONCAT('555-', n)), n * 7,
       ELT(1 + n % 3, 'bronze', 'silver', 'gold'), DATE_ADD('2020-01-01', INTERVAL n DAY), CONCAT('bio of ', n),
       IF(n % 2 = 0, 'none', CONCAT('note ', n))
FROM seq;
