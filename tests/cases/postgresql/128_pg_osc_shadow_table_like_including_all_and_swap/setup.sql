-- An online schema change (pg-osc-like) on a busy table: a shadow table made LIKE the original
-- INCLUDING ALL, an audit table filled by a trigger while rows are copied, the audit replayed,
-- then the swap by renames, the old table dropped CASCADE and its referencing FKs re-added
-- NOT VALID and validated.
CREATE TABLE books (
    id serial PRIMARY KEY,
    title text NOT NULL,
    author text NOT NULL,
    price_cents integer NOT NULL CHECK (price_cents >= 0),
    published_on date,
    CONSTRAINT books_title_author_key UNIQUE (title, author)
);
CREATE INDEX books_author_idx ON books (author);
COMMENT ON TABLE books IS 'the catalogue';
CREATE TABLE reviews (
    id serial PRIMARY KEY,
    book_id integer NOT NULL CONSTRAINT reviews_book_id_fkey REFERENCES books (id) ON DELETE CASCADE,
    stars smallint NOT NULL
);
CREATE TABLE loans (
    id serial PRIMARY KEY,
    book_id integer CONSTRAINT loans_book_id_fkey REFERENCES books (id) ON DELETE SET NULL,
    member text NOT NULL
);
INSERT INTO books (title, author, price_cents, published_on)
SELECT 'Title ' || g, 'Author ' || (g % 23), 500 + (g * 37) % 4000, date '1990-01-01' + g * 41 FROM generate_series(1, 240) g ORDER BY g;
INSERT INTO reviews (book_id, stars) SELECT 1 + g % 240, 1 + g % 5 FROM generate_series(1, 300) g ORDER BY g;
INSERT INTO loans (book_id, member) SELECT CASE WHEN g % 9 = 0 THEN NULL ELSE 1 + (g * 7) % 240 END, 'member' || (g % 31) FROM generate_series(1, 120) g ORDER BY g;
