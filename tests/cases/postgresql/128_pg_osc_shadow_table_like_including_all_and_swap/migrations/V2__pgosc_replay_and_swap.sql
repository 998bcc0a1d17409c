-- replay the audit in order, then swap
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM pgosc_audit_table_for_books ORDER BY pgosc_audit_id LOOP
        IF r.operation_type = 'INSERT' THEN
            INSERT INTO pgosc_op_table_books (id, title, author, price_cents, published_on)
            VALUES (r.id, r.title, r.author, r.price_cents, r.published_on);
        ELSIF r.operation_type = 'UPDATE' THEN
            UPDATE pgosc_op_table_books SET title = r.title, author = r.author, price_cents = r.price_cents,
                   published_on = r.published_on WHERE id = r.id;
        ELSE
            DELETE FROM pgosc_op_table_books WHERE id = r.id;
        END IF;
        DELETE FROM pgosc_audit_table_for_books WHERE pgosc_audit_id = r.pgosc_audit_id;
    END LOOP;
END $$;
UPDATE pgosc_op_table_books SET isbn = '978-' || lpad((id * 7919 % 1000000000)::text, 9, '0');
LOCK TABLE books IN ACCESS EXCLUSIVE MODE;
ALTER TABLE books RENAME TO pgosc_st_books_old;
ALTER TABLE pgosc_op_table_books RENAME TO books;
ALTER SEQUENCE books_id_seq OWNED BY books.id;
DROP TABLE pgosc_st_books_old CASCADE;
ALTER TABLE reviews ADD CONSTRAINT reviews_book_id_fkey FOREIGN KEY (book_id) REFERENCES books (id) ON DELETE CASCADE NOT VALID;
ALTER TABLE loans ADD CONSTRAINT loans_book_id_fkey FOREIGN KEY (book_id) REFERENCES books (id) ON DELETE SET NULL NOT VALID;
DELETE FROM reviews WHERE book_id IN (7, 77);
UPDATE loans SET book_id = NULL WHERE book_id IN (7, 77);
ALTER TABLE reviews VALIDATE CONSTRAINT reviews_book_id_fkey;
ALTER TABLE loans VALIDATE CONSTRAINT loans_book_id_fkey;
DROP TRIGGER IF EXISTS primary_to_audit_table_trigger ON books;
DROP TABLE pgosc_audit_table_for_books;
DROP FUNCTION primary_to_audit_table_trigger();
ANALYZE books;
