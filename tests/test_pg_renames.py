"""PostgreSQL: a RENAME COLUMN destroys nothing, so it is recorded and its reverse renames the
column back, O(1), instead of the table being copied whole; so is a table's RENAME TO when no
later statement of the migration captures the table (under either name). Rows written after the point then stay
through the rollback (a whole-table copy made every one of them a conflict), captures of later
statements read the column under its new name, and the reverse undoes the renames, quarantines and
moves of a migration newest first, following each table's column names (a column the migration
added under a name it gives back is dropped first)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rollback_commander import api

from .helpers import invoke_json, query, run_sql, write_migrations
from .roundtrip import round_trip

SETUP = """
CREATE TABLE customer (id int PRIMARY KEY, email text NOT NULL UNIQUE, phone text, score int DEFAULT 0,
                       note varchar(40));
CREATE INDEX customer_phone ON customer (phone);
CREATE VIEW reachable AS SELECT id, phone FROM customer WHERE phone IS NOT NULL;
CREATE TABLE purchase (id int PRIMARY KEY, customer_id int REFERENCES customer (id), total numeric(8, 2));
INSERT INTO customer SELECT i, 'c' || i || '@example.com', CASE WHEN i % 4 <> 0 THEN '+1-555-' || i END, i % 7,
                            'note ' || i FROM generate_series(1, 60) i;
INSERT INTO purchase SELECT i, 1 + i % 60, i * 2.5 FROM generate_series(1, 90) i;
CREATE TABLE ticket (id serial PRIMARY KEY, title text NOT NULL, customer_id int REFERENCES customer (id) ON DELETE CASCADE);
CREATE INDEX ticket_title_idx ON ticket (title);
INSERT INTO ticket (title, customer_id) SELECT 'ticket ' || i, 1 + i % 30 FROM generate_series(1, 40) i;
"""

# Each migration folder: a shape of renames a real history writes, alone or with what may follow
# them in the same migration.
SHAPES: dict[str, dict[str, str]] = {
    "rename then write under the new name": {
        "001.sql": "ALTER TABLE customer RENAME COLUMN phone TO phone_number;\n"
                   "UPDATE customer SET phone_number = replace(phone_number, '-', '') WHERE id % 3 = 0;\n"
                   "DELETE FROM purchase WHERE id = 90;",
    },
    "rename, then a new column under the old name": {
        "001.sql": "ALTER TABLE customer RENAME phone TO phone_legacy;\n"
                   "ALTER TABLE customer ADD COLUMN phone jsonb;\n"
                   "UPDATE customer SET phone = jsonb_build_object('raw', phone_legacy) WHERE phone_legacy IS NOT NULL;",
    },
    "swap two columns through a third name": {
        "001.sql": "ALTER TABLE customer RENAME COLUMN phone TO tmp;\nALTER TABLE customer RENAME COLUMN note TO phone;\n"
                   "ALTER TABLE customer RENAME COLUMN tmp TO note;\nUPDATE customer SET score = score + 1 WHERE note LIKE '%5';",
    },
    "rename then drop it (the table is copied)": {
        "001.sql": "ALTER TABLE customer RENAME COLUMN note TO remark;\nALTER TABLE customer DROP COLUMN remark;",
    },
    "drop a column, then rename another into its name": {
        "001.sql": "DROP VIEW reachable;\nALTER TABLE customer DROP COLUMN phone;\nALTER TABLE customer RENAME COLUMN note TO phone;\n"
                   "UPDATE customer SET phone = upper(phone) WHERE id < 10;",
    },
    "rename then drop the table": {
        "001.sql": "ALTER TABLE purchase RENAME COLUMN total TO amount;\nUPDATE purchase SET amount = amount * 2 WHERE id < 5;\n"
                   "DROP TABLE purchase;",
    },
    "rename the key, then write by it": {
        "001.sql": "ALTER TABLE purchase RENAME COLUMN id TO purchase_id;\n"
                   "UPDATE purchase SET total = 0 WHERE purchase_id % 10 = 0;\nDELETE FROM purchase WHERE purchase_id > 85;",
    },
    "rename then change its type (copied)": {
        "001.sql": "ALTER TABLE customer RENAME COLUMN score TO rank;\n"
                   "ALTER TABLE customer ALTER COLUMN rank TYPE text USING 'r' || rank;",
    },
    "rename inside a savepoint rolled back": {
        "001.sql": "SAVEPOINT s1;\nALTER TABLE customer RENAME COLUMN phone TO mobile;\nROLLBACK TO SAVEPOINT s1;\n"
                   "ALTER TABLE customer RENAME COLUMN note TO memo;\nUPDATE customer SET phone = NULL WHERE id = 2;",
    },
    "rename there and back, and twice": {
        "001.sql": "ALTER TABLE customer RENAME COLUMN phone TO p1;\nALTER TABLE customer RENAME COLUMN p1 TO phone;\n"
                   "ALTER TABLE customer RENAME COLUMN note TO n1;\nALTER TABLE customer RENAME COLUMN n1 TO n2;\n"
                   "UPDATE customer SET n2 = NULL WHERE id % 5 = 0;",
    },
    "over two migrations, the second renaming back and dropping": {
        "001.sql": "ALTER TABLE customer RENAME COLUMN email TO login;\nUPDATE customer SET login = lower(login) WHERE id < 4;",
        "002.sql": "ALTER TABLE customer RENAME COLUMN login TO email;\nALTER TABLE customer DROP COLUMN note;",
    },
    "drop, add again and drop a column of the same name": {
        "001.sql": "ALTER TABLE customer DROP COLUMN note;\nALTER TABLE customer ADD COLUMN note int;\n"
                   "UPDATE customer SET note = id;\nALTER TABLE customer DROP COLUMN note;",
    },
    "rename a table, then its constraint, index and sequence (Prisma)": {
        "001.sql": "ALTER TABLE ticket RENAME TO issue;\nALTER TABLE issue RENAME CONSTRAINT ticket_pkey TO issue_pkey;\n"
                   "ALTER INDEX ticket_title_idx RENAME TO issue_title_idx;\nALTER SEQUENCE ticket_id_seq RENAME TO issue_id_seq;",
    },
    "rename a table, then write it (copied)": {
        "001.sql": "ALTER TABLE ticket RENAME TO issue;\nUPDATE issue SET title = upper(title) WHERE id % 2 = 0;",
    },
    "rename a table aside, rebuild it and drop the old one": {
        "001.sql": "ALTER TABLE ticket RENAME TO ticket_old;\n"
                   "CREATE TABLE ticket (id bigserial PRIMARY KEY, title text NOT NULL, customer_id int);\n"
                   "INSERT INTO ticket (id, title, customer_id) SELECT id, title, customer_id FROM ticket_old;\n"
                   "DROP TABLE ticket_old;",
    },
    "rename a table a cascade of a later delete reaches (copied)": {
        "001.sql": "ALTER TABLE ticket RENAME TO issue;\nDELETE FROM purchase WHERE customer_id = 7;\n"
                   "DELETE FROM customer WHERE id = 7;",
    },
    "rename columns, then their table": {
        "001.sql": "ALTER TABLE ticket RENAME COLUMN title TO subject;\nUPDATE ticket SET subject = 'x' || subject WHERE id < 5;\n"
                   "ALTER TABLE ticket RENAME TO issue;",
        "002.sql": "ALTER TABLE issue RENAME TO case_file;",
    },
    "rename a table and leave a view under its old name": {
        "001.sql": "ALTER TABLE ticket RENAME TO issue;\nCREATE VIEW ticket AS SELECT id, title, customer_id FROM issue;",
    },
    "rename a table written earlier in the migration (copied)": {
        "001.sql": "UPDATE ticket SET title = title || '!' WHERE id < 8;\nALTER TABLE ticket RENAME TO issue;",
    },
    "rename a constraint (no copy)": {
        "001.sql": "ALTER TABLE purchase RENAME CONSTRAINT purchase_customer_id_fkey TO purchase_customer_fk;",
    },
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_round_trip(pg_url: str, tmp_path: Path, shape: str) -> None:
    folder = write_migrations(tmp_path / "m", SHAPES[shape])
    rt = round_trip(pg_url, folder, SETUP)
    assert rt.failures == [], rt.failures


def _captures(url: str, migration: str) -> list[tuple[str, str]]:
    (info,) = query(url, f"SELECT info FROM rollback.points WHERE migration = '{migration}'")[0]
    return [(c["table"], c["kind"]) for c in json.loads(info)["captures"]]


def test_a_rename_copies_nothing_and_rows_written_since_stay(pg_url: str, tmp_path: Path) -> None:
    run_sql(pg_url, SETUP)
    folder = write_migrations(tmp_path / "m", {"001_rename.sql": "ALTER TABLE customer RENAME COLUMN phone TO phone_number;"})
    before = api.fingerprint(pg_url)
    code, dry = invoke_json("apply", "--db", pg_url, "--dir", str(folder), "--dry-run")
    assert code == 0 and [s["strategy"] for m in dry["migrations"] for s in m["plan"][0]["strategy"]] == ["rename"], dry
    api.apply(pg_url, str(folder))
    assert _captures(pg_url, "001_rename") == [("public.customer", "rename-columns")]
    run_sql(pg_url, "INSERT INTO customer (id, email, phone_number) VALUES (61, 'new@example.com', '+1-555-61');"
                    "UPDATE customer SET phone_number = 'changed' WHERE id = 1")
    code, data = invoke_json("to", "base", "--db", pg_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert query(pg_url, "SELECT phone FROM customer WHERE id IN (1, 61) ORDER BY id") == [("changed",), ("+1-555-61",)]
    run_sql(pg_url, "DELETE FROM customer WHERE id = 61; UPDATE customer SET phone = '+1-555-1' WHERE id = 1")
    assert api.fingerprint(pg_url) == before


def test_rows_changed_since_a_rename_and_an_update_are_conflicts_read_under_the_new_name(pg_url: str, tmp_path: Path) -> None:
    run_sql(pg_url, SETUP)
    folder = write_migrations(tmp_path / "m", {"001.sql": "ALTER TABLE customer RENAME COLUMN phone TO phone_number;\n"
                                                          "UPDATE customer SET phone_number = 'x' || phone_number WHERE id <= 10;"})
    before = api.fingerprint(pg_url)
    api.apply(pg_url, str(folder))
    assert sorted(k for _, k in _captures(pg_url, "001")) == ["rename-columns", "rows"]
    run_sql(pg_url, "UPDATE customer SET phone_number = 'mine' WHERE id IN (2, 3)")
    state = api.fingerprint(pg_url)
    code, data = invoke_json("to", "base", "--db", pg_url, "--yes")
    assert code == 1 and "public.customer (2 rows," in data["message"], data
    assert api.fingerprint(pg_url) == state
    code, data = invoke_json("to", "base", "--db", pg_url, "--yes", "--on-conflict", "keep-current")
    assert code == 0, data
    assert query(pg_url, "SELECT id, phone FROM customer WHERE id <= 4 ORDER BY id") == [
        (1, "+1-555-1"), (2, "mine"), (3, "mine"), (4, None)]
    run_sql(pg_url, "UPDATE customer SET phone = '+1-555-' || id WHERE id IN (2, 3)")
    assert api.fingerprint(pg_url) == before


def test_a_column_made_nullable_after_its_rename_is_refused_when_rows_since_hold_null(pg_url: str, tmp_path: Path) -> None:
    run_sql(pg_url, SETUP)
    folder = write_migrations(tmp_path / "m", {"001.sql": "ALTER TABLE customer RENAME COLUMN email TO login;\n"
                                                          "ALTER TABLE customer ALTER COLUMN login DROP NOT NULL;"})
    api.apply(pg_url, str(folder))
    run_sql(pg_url, "INSERT INTO customer (id) VALUES (70)")
    state = api.fingerprint(pg_url)
    code, data = invoke_json("to", "base", "--db", pg_url, "--yes")
    assert code == 1 and "hold NULL in email" in data["message"] and "login" in data["hint"], data
    assert api.fingerprint(pg_url) == state


def test_a_table_renamed_alone_copies_nothing_and_rows_written_since_stay(pg_url: str, tmp_path: Path) -> None:
    run_sql(pg_url, SETUP)
    folder = write_migrations(tmp_path / "m", {"001_rename.sql": "ALTER TABLE ticket RENAME TO issue;\n"
                                                                 "ALTER TABLE issue RENAME CONSTRAINT ticket_pkey TO issue_pkey;",
                                               "002_write.sql": "ALTER TABLE purchase RENAME TO orders;\n"
                                                                "UPDATE orders SET total = 0 WHERE id = 1;"})
    before = api.fingerprint(pg_url)
    code, dry = invoke_json("apply", "--db", pg_url, "--dir", str(folder), "--dry-run")
    strategies = [[s["strategy"] for p in m["plan"] for s in p.get("strategy", [])] for m in dry["migrations"]]
    assert code == 0 and strategies == [["rename"], ["copy"]], strategies  # the UPDATE's table is not known yet
    api.apply(pg_url, str(folder), to="001_rename")
    assert _captures(pg_url, "001_rename") == [("public.ticket", "rename-table")]
    assert query(pg_url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'rollback' AND tablename LIKE 'cap\\_%'") == [(0,)]
    api.apply(pg_url, str(folder))
    assert ("public.purchase", "copy") in _captures(pg_url, "002_write")
    run_sql(pg_url, "INSERT INTO issue (title, customer_id) VALUES ('written since', 3); UPDATE issue SET title = 'changed' WHERE id = 1")
    code, data = invoke_json("to", "002_write", "--db", pg_url, "--yes")
    assert code == 0, data
    code, data = invoke_json("to", "base", "--db", pg_url, "--yes")
    assert code == 0 and data["verified"] is True, data
    assert query(pg_url, "SELECT id, title FROM ticket WHERE id IN (1, 41) ORDER BY id") == [(1, "changed"), (41, "written since")]
    run_sql(pg_url, "DELETE FROM ticket WHERE id = 41; UPDATE ticket SET title = 'ticket 1' WHERE id = 1;"
                    "SELECT setval('ticket_id_seq', 40)")
    assert api.fingerprint(pg_url) == before
    code, data = invoke_json("verify", "--db", pg_url)
    assert code == 0, data


def test_prune_leaves_a_rename_only_point_reversible(pg_url: str, tmp_path: Path) -> None:
    run_sql(pg_url, SETUP)
    folder = write_migrations(tmp_path / "m", {"001_rename.sql": "ALTER TABLE customer RENAME COLUMN phone TO mobile;",
                                               "002_purge.sql": "DELETE FROM ticket WHERE id > 30;"})
    before = api.fingerprint(pg_url)
    api.apply(pg_url, str(folder))
    code, data = invoke_json("prune", "--db", pg_url, "--keep", "0")
    assert code == 0 and [p["migration"] for p in data["points"]] == ["002_purge"], data
    code, data = invoke_json("to", "001_rename", "--db", pg_url, "--yes", "--allow-irreversible")
    assert code == 0, data
    code, data = invoke_json("to", "base", "--db", pg_url, "--yes")  # the rename needs no capture
    assert code == 0, data
    assert api.fingerprint(pg_url)["fingerprint"] == before["fingerprint"]
    assert query(pg_url, "SELECT count(*) FROM customer WHERE phone IS NOT NULL") == [(45,)]
