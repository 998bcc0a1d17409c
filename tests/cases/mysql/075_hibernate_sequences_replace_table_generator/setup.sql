-- A Spring Boot CRM on MariaDB under Hibernate 5: ids come from the one-row `hibernate_sequence`
-- table (the table generator), tables were created by hbm2ddl (`engine=InnoDB`, no AUTO_INCREMENT).
create table customer (
    id bigint not null,
    name varchar(255) not null,
    email varchar(255),
    created_at datetime(6),
    primary key (id)
) engine=InnoDB;

create table purchase_order (
    id bigint not null,
    customer_id bigint not null,
    total decimal(19,2) not null,
    status varchar(20) not null,
    primary key (id)
) engine=InnoDB;

create table hibernate_sequence (
    next_val bigint
) engine=InnoDB;

alter table purchase_order add constraint FK_po_customer foreign key (customer_id) references customer (id);

insert into customer (id, name, email, created_at)
with recursive seq(n) as (select 1 union all select n + 1 from seq where n < 70)
select n, concat('Customer ', n), if(n % 6 = 0, null, concat('buyer', n, '@shop.example')),
       timestamp('2021-04-01 09:00:00.123456') + interval n hour
from seq;

insert into purchase_order (id, customer_id, total, status)
with recursive seq(n) as (select 1 union all select n + 1 from seq where n < 150)
select 70 + n, 1 + n % 70, round(n * 13.37, 2), elt(1 + n % 3, 'NEW', 'PAID', 'SHIPPED')
from seq;

insert into hibernate_sequence values ( 221 );
