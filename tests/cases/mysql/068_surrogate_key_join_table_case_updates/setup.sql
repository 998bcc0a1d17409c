CREATE TABLE crm_users (
  id INT AUTO_INCREMENT NOT NULL,
  username VARCHAR(60) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UNIQ_users_username (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE crm_teams (
  id INT AUTO_INCREMENT NOT NULL,
  name VARCHAR(100) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE crm_users_teams (
  user_id INT NOT NULL,
  team_id INT NOT NULL,
  INDEX IDX_ut_user (user_id),
  INDEX IDX_ut_team (team_id),
  PRIMARY KEY (user_id, team_id),
  CONSTRAINT FK_ut_user FOREIGN KEY (user_id) REFERENCES crm_users (id) ON DELETE CASCADE,
  CONSTRAINT FK_ut_team FOREIGN KEY (team_id) REFERENCES crm_teams (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE crm_settings (
  name VARCHAR(100) NOT NULL,
  value VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE crm_roles (
  id INT AUTO_INCREMENT NOT NULL,
  user_id INT NOT NULL,
  name VARCHAR(50) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UNIQ_roles (user_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE crm_customers (
  id INT AUTO_INCREMENT NOT NULL,
  company VARCHAR(255) DEFAULT NULL,
  phone VARCHAR(255) DEFAULT NULL,
  homepage VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO crm_users (username) VALUES ('ada'),('bob'),('cyd'),('dee'),('eve'),('fay');
INSERT INTO crm_teams (name) VALUES ('Sales'),('Support'),('Ops');
INSERT INTO crm_users_teams VALUES (3,1),(1,1),(2,1),(1,2),(4,2),(5,3),(6,3),(2,3);
INSERT INTO crm_settings VALUES ('Timesheet.Increment','0'),('theme.layout','boxed'),('User.Registration','1'),('mail.from','crm@example.com');
INSERT INTO crm_roles (user_id, name) VALUES (1,'role_admin'),(2,'role_teamlead'),(3,'Role_User'),(4,'role_user'),(5,'ROLE_USER');
INSERT INTO crm_customers (company, phone, homepage) VALUES ('Acme','+1 555 0100','https://acme.example'),('Globex',NULL,'http://globex.example'),('Initech','+44 20 7946 0000',NULL);
