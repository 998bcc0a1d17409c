-- Column lengths cleaned up for strict mode.
ALTER TABLE crm_customers CHANGE company company VARCHAR(100) DEFAULT NULL, CHANGE phone phone VARCHAR(30) DEFAULT NULL, CHANGE homepage homepage VARCHAR(100) DEFAULT NULL;
ALTER TABLE crm_users_teams DROP INDEX UNIQ_ut_user_team, ADD UNIQUE INDEX UNIQ_ut_team_user (team_id, user_id);
