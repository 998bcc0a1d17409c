-- A column is renamed under a view that selects templates.* (the view must be
-- dropped and re-created, picking up a new column too), with a CHECK added.
DROP VIEW template_with_users;
ALTER TABLE templates RENAME COLUMN sidebar_app_ref TO sidebar_app_id;
ALTER TABLE templates ADD COLUMN has_sidebar boolean;
UPDATE templates SET has_sidebar = false;
ALTER TABLE templates
  ADD CONSTRAINT templates_sidebar_required CHECK (
    ((has_sidebar IS NULL OR has_sidebar = false) AND sidebar_app_id IS NULL)
      OR (has_sidebar = true AND sidebar_app_id IS NOT NULL)
  );
CREATE VIEW template_with_names AS
SELECT
  templates.*,
  coalesce(visible_users.avatar_url, '') AS created_by_avatar_url,
  coalesce(visible_users.username, '') AS created_by_username,
  coalesce(organizations.name, '') AS organization_name
FROM templates
  LEFT JOIN visible_users ON templates.created_by = visible_users.id
  LEFT JOIN organizations ON templates.org_id = organizations.id;
COMMENT ON VIEW template_with_names IS 'Joins in the creator''s name and avatar and the organization name.';
