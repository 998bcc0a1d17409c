-- Special scopes move into a namespace: labels are renamed in place, the
-- rows (and arrays) holding them follow.
ALTER TYPE token_scope RENAME VALUE 'all' TO 'crm:all';
ALTER TYPE token_scope RENAME VALUE 'app_connect' TO 'crm:app_connect';
