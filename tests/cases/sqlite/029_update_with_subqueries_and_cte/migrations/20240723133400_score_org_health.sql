begin;
with churn as (
    select organization_id, avg(status = 'churned') as ratio
      from contacts where organization_id is not null group by organization_id
)
update organizations
   set health = case when (select ratio from churn where churn.organization_id = organizations.id) > 0.3 then 'at-risk'
                     when primary_contact_id is null then 'unknown'
                     else 'healthy' end;
commit;
