DROP INDEX users_username_lower_unique; THIS IS NOT SQL;
