-- Join table gets a surrogate key: one ALTER adds an AUTO_INCREMENT id, drops the composite
-- primary key and makes id the key; the old pair stays unique.
ALTER TABLE crm_users_teams ADD id INT AUTO_INCREMENT NOT NULL, ADD teamlead TINYINT(1) DEFAULT 0 NOT NULL, DROP PRIMARY KEY, ADD PRIMARY KEY (id);
CREATE UNIQUE INDEX UNIQ_ut_user_team ON crm_users_teams (user_id, team_id);
UPDATE crm_users_teams SET teamlead = 1 WHERE user_id IN (1, 5);
