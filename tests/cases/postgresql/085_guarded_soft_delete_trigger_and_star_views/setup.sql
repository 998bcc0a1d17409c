-- coder-like: organizations soft-deleted by a flag, views over users and templates.
CREATE TABLE organizations (
  id integer PRIMARY KEY,
  name text NOT NULL,
  deleted boolean NOT NULL DEFAULT false
);
CREATE TABLE users (
  id integer PRIMARY KEY,
  username text NOT NULL,
  avatar_url text,
  deleted boolean NOT NULL DEFAULT false
);
CREATE TABLE org_members (
  org_id integer NOT NULL REFERENCES organizations (id),
  user_id integer NOT NULL REFERENCES users (id),
  roles text[] NOT NULL DEFAULT '{org-member}',
  PRIMARY KEY (org_id, user_id)
);
CREATE TABLE templates (
  id integer PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organizations (id),
  created_by integer NOT NULL REFERENCES users (id),
  name text NOT NULL,
  group_acl jsonb NOT NULL DEFAULT '{}',
  sidebar_app_ref integer
);
CREATE VIEW visible_users AS SELECT id, username, avatar_url FROM users;
CREATE VIEW template_with_users AS
  SELECT templates.*, coalesce(visible_users.username, '') AS created_by_username
  FROM templates LEFT JOIN visible_users ON templates.created_by = visible_users.id;
COMMENT ON VIEW template_with_users IS 'Joins in the creator''s username.';

INSERT INTO organizations SELECT g, 'org ' || g, g = 5 FROM generate_series(1, 6) g;
INSERT INTO users SELECT g, 'user' || g, CASE WHEN g % 2 = 0 THEN 'https://img/' || g END, g % 17 = 0 FROM generate_series(1, 120) g;
INSERT INTO org_members SELECT 1 + g % 6, g, CASE WHEN g % 9 = 0 THEN '{org-admin}'::text[] ELSE '{org-member}'::text[] END FROM generate_series(1, 120) g;
INSERT INTO templates SELECT g, 1 + g % 6, 1 + g % 120, 'template ' || g,
  CASE WHEN g % 3 = 0 THEN '{"g1": ["read"]}' ELSE '{"g2": ["*"]}' END::jsonb, NULL
FROM generate_series(1, 90) g;
