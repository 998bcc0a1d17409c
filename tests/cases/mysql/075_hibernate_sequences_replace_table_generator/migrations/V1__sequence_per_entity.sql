-- Hibernate 6 wants one sequence per entity (`<entity>_seq`, increment 50, MariaDB dialect: nocache).
-- Sequences start past what the old table generator handed out; SETVAL and START WITH take
-- constants only, so the numbers go through dynamic SQL.

create sequence customer_seq start with 1 increment by 50 nocache;
create sequence purchase_order_seq start with 1 increment by 50 nocache;

set @next_customer = (select coalesce(max(id), 0) + 1 from customer);
set @stmt = concat('select setval(customer_seq, ', @next_customer, ')');
prepare set_customer_seq from @stmt;
execute set_customer_seq;
deallocate prepare set_customer_seq;

select next_val into @next_order from hibernate_sequence;
execute immediate concat('select setval(purchase_order_seq, ', @next_order, ')');

drop table hibernate_sequence;
