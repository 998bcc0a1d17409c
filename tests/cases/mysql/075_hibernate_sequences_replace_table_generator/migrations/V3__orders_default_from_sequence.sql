-- The id column fills itself from the sequence, so plain SQL inserts work too
alter table purchase_order modify id bigint not null default nextval(purchase_order_seq);

insert into purchase_order (customer_id, total, status) values (3, 49.90, 'NEW'), (4, 12.00, 'PAID');

-- customers are numbered from 10000 on from now on
alter sequence customer_seq restart with 10000;
insert into customer (id, name, created_at) values (nextval(customer_seq), 'Walk-in', '2024-03-01 10:00:00');
