-- Accounts and (later) teams share one base table; grants point at the principal.
CREATE TABLE principals (
  id int(11) NOT NULL AUTO_INCREMENT,
  name varchar(64) NOT NULL,
  kind enum('ACCOUNT','TEAM') NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY principal_name_kind (kind, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

ALTER TABLE accounts ADD COLUMN principal_id int(11);
INSERT INTO principals (name, kind) SELECT login, 'ACCOUNT' FROM accounts;
UPDATE accounts SET principal_id = (
  SELECT id FROM principals WHERE principals.name = accounts.login AND kind = 'ACCOUNT'
);
ALTER TABLE accounts MODIFY principal_id int(11) NOT NULL;
ALTER TABLE accounts ADD CONSTRAINT accounts_single_principal UNIQUE (principal_id);
ALTER TABLE accounts ADD CONSTRAINT accounts_principal
  FOREIGN KEY (principal_id) REFERENCES principals (id) ON DELETE CASCADE;
ALTER TABLE accounts DROP COLUMN login;

ALTER TABLE desk_grants ADD COLUMN principal_id int(11);
UPDATE desk_grants SET principal_id = (
  SELECT principal_id FROM accounts WHERE accounts.id = desk_grants.account_id
);
ALTER TABLE desk_grants MODIFY principal_id int(11) NOT NULL;
ALTER TABLE desk_grants ADD CONSTRAINT desk_grants_principal
  FOREIGN KEY (principal_id) REFERENCES principals (id) ON DELETE CASCADE;
ALTER TABLE desk_grants DROP FOREIGN KEY desk_grants_account;
ALTER TABLE desk_grants DROP PRIMARY KEY;
ALTER TABLE desk_grants DROP COLUMN account_id;
ALTER TABLE desk_grants ADD PRIMARY KEY (principal_id, desk_id, level);
