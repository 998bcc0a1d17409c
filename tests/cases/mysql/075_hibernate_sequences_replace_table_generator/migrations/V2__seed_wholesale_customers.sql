-- Rows the release ships with take their ids from the new sequences
insert into customer (id, name, email, created_at)
values (next value for customer_seq, 'Wholesale North', 'north@wholesale.example', '2024-02-01 08:00:00'),
       (nextval(customer_seq), 'Wholesale South', null, '2024-02-01 08:00:01');

insert into purchase_order (id, customer_id, total, status)
select nextval(purchase_order_seq), c.id, 1000.00, 'NEW'
from customer c where c.name like 'Wholesale %' order by c.id;

-- the app now draws ids one at a time
alter sequence purchase_order_seq increment by 1;

update purchase_order set status = 'CANCELLED' where customer_id % 10 = 0 and status = 'NEW';
