-- chirpstack-like LoRaWAN network server schema before these diesel migrations (SQLite backend).
-- Some TEXT values are not valid UTF-8: `x'ca' || …` concatenates to TEXT, and SQLite keeps the bytes.
create table tenant (
    id text not null primary key,
    name varchar(100) not null,
    private_gateways_up boolean not null default false
);
create table device_profile (
    id text not null primary key,
    tenant_id text not null references tenant on delete cascade,
    name varchar(100) not null,
    region varchar(10) not null,
    supports_otaa boolean not null,
    supports_class_b boolean not null,
    supports_class_c boolean not null,
    class_b_timeout integer not null,
    class_b_ping_slot_nb_k integer not null,
    class_c_timeout integer not null,
    abp_rx1_delay smallint not null,
    abp_rx2_freq bigint not null,
    is_relay boolean not null default false,
    relay_enabled boolean not null default false,
    relay_cad_periodicity smallint not null default 0,
    tags text not null
);
create index idx_device_profile_tenant_id on device_profile (tenant_id);
create index idx_device_profile_tags on device_profile (tags);
create table device (
    dev_eui blob not null primary key,
    device_profile_id text not null references device_profile on delete cascade,
    name varchar(100) not null,
    dev_addr blob,
    description text not null
);
create index idx_device_dev_addr_trgm on device (hex(dev_addr));
create table device_keys (
    dev_eui blob not null primary key references device on delete cascade,
    dev_nonces text not null,
    join_nonce int not null
);
create table multicast_group (
    id text not null primary key,
    name varchar(100) not null
);
create table multicast_group_device (
    multicast_group_id text not null references multicast_group on delete cascade,
    dev_eui blob not null references device on delete cascade,
    created_at datetime not null,
    primary key (multicast_group_id, dev_eui)
);
create table fuota_deployment (
    id text not null primary key,
    name varchar(100) not null,
    device_profile_id text not null references device_profile on delete cascade,
    started_at datetime null,
    completed_at datetime null
);

with recursive n(i) as (select 1 union all select i + 1 from n where i < 6)
insert into tenant select printf('t-%02d', i), 'Tenant ' || i || case when i % 3 = 0 then ' Ünï' else '' end, i % 2 from n;
with recursive n(i) as (select 1 union all select i + 1 from n where i < 40)
insert into device_profile select printf('dp-%03d', i), printf('t-%02d', 1 + i % 6), 'Profile ' || i, case i % 3 when 0 then 'EU868' when 1 then 'US915' else 'AS923' end,
  i % 2, i % 3 = 0, i % 4 = 0, i * 10, 64 * (i % 4), i * 5, 1 + i % 5, 869525000 + i, i % 5 = 0, i % 10 = 0, i % 3, '{"row":' || i || '}' from n;
with recursive n(i) as (select 1 union all select i + 1 from n where i < 120)
insert into device select cast(printf('%016X', 4096 + i) as blob), printf('dp-%03d', 1 + i % 40), 'dev-' || i,
  case when i % 3 = 0 then null else x'0a0b0c' || cast(i as blob) end,
  case when i % 5 = 0 then x'cafe' || cast(i as blob) else 'Gerät ' || i end from n;
insert into device_keys select dev_eui, case when rowid % 4 = 0 then x'ff' || '[1,2]' else '[1,2,' || rowid || ']' end, rowid from device where rowid % 2 = 0;
with recursive n(i) as (select 1 union all select i + 1 from n where i < 8)
insert into multicast_group select printf('mg-%02d', i), 'MC ' || i from n;
insert into fuota_deployment select id, 'FUOTA for ' || name, printf('dp-%03d', 1 + rowid % 40),
  case when rowid % 3 = 0 then null else '2025-02-0' || rowid end, case when rowid % 4 = 0 then '2025-03-01' end from multicast_group;
insert into multicast_group_device select printf('mg-%02d', 1 + d.rowid % 8), d.dev_eui, '2025-02-0' || (1 + d.rowid % 9) from device d where d.rowid % 3 <> 0;
insert into multicast_group_device select printf('mg-%02d', 1 + (d.rowid + 1) % 8), d.dev_eui, '2025-02-05' from device d where d.rowid % 4 = 0;
