-- New accounts are numbered from 100000 on (Rails: ALTER SEQUENCE ... START WITH ... RESTART);
-- existing accounts keep their numbers.
ALTER SEQUENCE accounts_id_seq START WITH 100000 RESTART;

INSERT INTO accounts (holder, balance_cents) VALUES ('first large number', 0), ('second large number', 10);

-- the invoice numbers jump to a new range, counted in steps of one from now on
ALTER SEQUENCE invoice_number_seq INCREMENT BY 1 RESTART WITH 90000;
