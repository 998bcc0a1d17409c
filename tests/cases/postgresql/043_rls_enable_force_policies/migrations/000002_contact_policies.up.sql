CREATE POLICY contacts_select_own ON contacts FOR SELECT TO app_user
    USING (owner_name = current_user);
CREATE POLICY contacts_insert_own ON contacts FOR INSERT TO app_user
    WITH CHECK (owner_name = current_user AND status IN ('lead', 'prospect'));
CREATE POLICY contacts_update_own ON contacts FOR UPDATE TO app_user
    USING (owner_name = current_user) WITH CHECK (owner_name = current_user);
CREATE POLICY contacts_admin_all ON contacts AS PERMISSIVE FOR ALL TO app_admin USING (true) WITH CHECK (true);
CREATE POLICY contacts_not_churned ON contacts AS RESTRICTIVE FOR SELECT TO app_user USING (status <> 'churned');
CREATE POLICY contacts_delete_none ON contacts FOR DELETE USING (false);
