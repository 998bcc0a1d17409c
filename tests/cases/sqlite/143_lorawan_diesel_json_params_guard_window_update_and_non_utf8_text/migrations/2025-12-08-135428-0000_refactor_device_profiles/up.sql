create table device_profile_vendor (
  id text not null primary key,
  name text not null,
  vendor_id integer not null
);

create index idx_device_profile_vendor_vendor_id on device_profile_vendor (vendor_id);

insert into device_profile_vendor values ('v-1', 'Acme Sensors', 1), ('v-2', 'Ωmega IoT', 2);

-- We can not alter the tenant_id column to drop the 'not null'.
-- Therefore, we create a new table where tenant_id is nullable and then copy
-- over the data.
pragma foreign_keys = off;
create table device_profile_new (
  id text not null primary key,
  tenant_id text null references tenant on delete cascade,
  name varchar(100) not null,
  region varchar(10) not null,
  supports_otaa boolean not null,
  supports_class_b boolean not null,
  supports_class_c boolean not null,
  tags text not null,
  abp_params text null,
  class_b_params text null,
  class_c_params text null,
  relay_params text null
);
insert into device_profile_new select * from device_profile;
drop table device_profile;
alter table device_profile_new rename to device_profile;
pragma foreign_keys = on;

alter table device_profile
  add column vendor_id text null references device_profile_vendor on delete cascade;

create index idx_device_profile_tenant_id on device_profile (tenant_id);

-- profiles of tenants without private gateways become global ones
update device_profile set tenant_id = null, vendor_id = 'v-' || (1 + rowid % 2)
  where tenant_id in (select id from tenant where private_gateways_up = false) and region = 'EU868';
