CREATE FUNCTION billing.org_revenue(p_org bigint) RETURNS numeric LANGUAGE sql STABLE AS $$
    SELECT coalesce(sum(total), 0) FROM billing.invoices WHERE organization_id = p_org
$$;
CREATE VIEW billing.revenue_by_org AS SELECT o.id, o.name, billing.org_revenue(o.id) AS revenue FROM crm.organizations o;
ALTER SCHEMA billing RENAME TO finance;
