REVOKE INSERT ON contacts FROM app_user;
GRANT ALL ON organizations TO app_admin WITH GRANT OPTION;
