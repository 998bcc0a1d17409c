begin;
update organizations
   set primary_contact_id = (select min(c.id) from contacts c where c.organization_id = organizations.id and c.status = 'customer');
commit;
