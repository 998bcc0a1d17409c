CREATE OR REPLACE FUNCTION protect_deleting_organizations()
    RETURNS trigger AS
$$
DECLARE
    template_count int;
    member_count int;
BEGIN
    template_count := (SELECT count(*) FROM templates WHERE templates.org_id = OLD.id);
    member_count := (
        SELECT count(*) FROM org_members
        LEFT JOIN users ON users.id = org_members.user_id
        WHERE org_members.org_id = OLD.id AND users.deleted = false
    );
    IF template_count > 0 THEN
        RAISE EXCEPTION 'cannot delete organization: it has % templates; delete them first', template_count;
    END IF;
    IF member_count > 1 THEN
        RAISE EXCEPTION 'cannot delete organization: it has % members', member_count - 1;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER protect_deleting_organizations
    BEFORE UPDATE ON organizations
    FOR EACH ROW
    WHEN (NEW.deleted = true AND OLD.deleted = false)
    EXECUTE FUNCTION protect_deleting_organizations();

-- The soft-deleted organization's rows are removed for good first.
DELETE FROM templates WHERE org_id = 5;
DELETE FROM org_members WHERE org_id = 5;
UPDATE templates SET group_acl = replace(group_acl::text, '["read"]', '["read", "use"]')::jsonb;
