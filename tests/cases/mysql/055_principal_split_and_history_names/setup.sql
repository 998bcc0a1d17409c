-- A remote-desk broker: accounts, desks, grants and a session log whose keys are not in name order.
CREATE TABLE desks (
  id int(11) NOT NULL AUTO_INCREMENT,
  label varchar(64) NOT NULL,
  protocol varchar(16) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY desk_label (label)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE accounts (
  id int(11) NOT NULL AUTO_INCREMENT,
  login varchar(64) NOT NULL,
  secret_hash binary(32) NOT NULL,
  disabled boolean NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY login (login)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE desk_grants (
  account_id int(11) NOT NULL,
  desk_id int(11) NOT NULL,
  level enum('READ','UPDATE','ADMINISTER') NOT NULL,
  PRIMARY KEY (account_id, desk_id, level),
  CONSTRAINT desk_grants_desk FOREIGN KEY (desk_id) REFERENCES desks (id) ON DELETE CASCADE,
  CONSTRAINT desk_grants_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE session_log (
  id int(11) NOT NULL AUTO_INCREMENT,
  account_id int(11) NOT NULL,
  desk_id int(11) NOT NULL,
  started datetime NOT NULL,
  ended datetime DEFAULT NULL,
  PRIMARY KEY (id),
  KEY account_id (account_id),
  KEY desk_id (desk_id),
  KEY started (started),
  KEY ended (ended),
  CONSTRAINT session_log_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE,
  CONSTRAINT session_log_desk FOREIGN KEY (desk_id) REFERENCES desks (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

INSERT INTO desks (label, protocol) VALUES ('build-01', 'ssh'), ('design-pc', 'rdp'), ('kiosk', 'vnc');
INSERT INTO accounts (login, secret_hash, disabled) VALUES
  ('admin', UNHEX(SHA2('a', 256)), 0), ('mira', UNHEX(SHA2('m', 256)), 0),
  ('old.contractor', UNHEX(SHA2('o', 256)), 1), ('tomas', UNHEX(SHA2('t', 256)), 0);
INSERT INTO desk_grants VALUES (1, 1, 'ADMINISTER'), (1, 2, 'ADMINISTER'), (2, 2, 'READ'), (2, 2, 'UPDATE'),
  (3, 3, 'READ'), (4, 1, 'READ');
INSERT INTO session_log (account_id, desk_id, started, ended) VALUES
  (1, 1, '2023-03-01 08:00:00', '2023-03-01 09:15:00'), (2, 2, '2023-03-02 10:00:00', NULL),
  (3, 3, '2023-03-03 11:00:00', '2023-03-03 11:05:00'), (4, 1, '2023-03-04 12:00:00', '2023-03-04 12:30:00'),
  (3, 2, '2023-03-05 13:00:00', NULL);
