"""An UPDATE reaches the tables referencing its target through ON UPDATE actions only when it assigns a
referenced key column: PostgreSQL (as MySQL and SQLite) fires the action only when the key changes.
documenso's `UPDATE "Document" SET "createdAt" = ..., "updatedAt" = ...` and `UPDATE "Document" SET
"documentDataId" = "DocumentData"."id" FROM "DocumentData" ...` prepared captures of Field,
Recipient and Signature (ON UPDATE CASCADE children of Document.id; MySQL copies such children
whole, and rows written there since were conflicts of a table the migration never wrote). An
UPDATE of the key still captures the children, and the rollback puts them back; a child edited since
is a conflict the rollback refuses on, not the foreign-key error its restore stops on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rollback_commander import api
from rollback_commander.engine.update_set import assigned_columns

from .helpers import invoke_json, query, run_sql, write_migrations

SETUP = """
CREATE TABLE "Document" (id serial PRIMARY KEY, title text NOT NULL, created timestamp(3), "createdAt" timestamp(3),
                         "dataId" text);
CREATE TABLE "Data" (id text PRIMARY KEY, "documentId" integer);
CREATE TABLE "Field" (id serial PRIMARY KEY, "documentId" integer NOT NULL
                      REFERENCES "Document" (id) ON DELETE CASCADE ON UPDATE CASCADE, label text);
INSERT INTO "Document" (title, created) SELECT 'doc ' || g, timestamp '2023-09-01' + g * interval '1 hour'
FROM generate_series(1, 20) g;
INSERT INTO "Data" SELECT 'd' || g, g FROM generate_series(1, 20) g;
INSERT INTO "Field" ("documentId", label) SELECT 1 + g % 20, 'f' || g FROM generate_series(1, 40) g;
"""


def _captured(url: str, migration: str) -> set[str]:
    [(info,)] = query(url, f"SELECT info FROM rollback.points WHERE migration = '{migration}'")
    return {c["table"] for c in json.loads(info)["captures"]}


def test_an_update_assigning_no_referenced_key_does_not_reach_the_children(pg_url: str, tmp_path: Path) -> None:
    run_sql(pg_url, SETUP)
    base = api.fingerprint(pg_url)
    folder = write_migrations(tmp_path / "m", {
        "001_created_at.sql": 'UPDATE "Document" SET "createdAt" = COALESCE("created"::TIMESTAMP, NOW());\n',
        "002_reverse_relation.sql": 'UPDATE "Document" SET "dataId" = "Data"."id" FROM "Data" '
                                    'WHERE "Document"."id" = "Data"."documentId";\n',
        "003_renumber.sql": 'UPDATE "Document" SET id = id + 1000 WHERE id <= 5;\n',
    })
    api.apply(pg_url, str(folder))
    assert _captured(pg_url, "001_created_at") == {"public.Document"}
    assert _captured(pg_url, "002_reverse_relation") == {"public.Document"}
    assert _captured(pg_url, "003_renumber") == {"public.Document", "public.Field"}
    assert query(pg_url, 'SELECT count(*) FROM "Field" WHERE "documentId" > 1000') == [(10,)]
    run_sql(pg_url, 'UPDATE "Field" SET label = \'edited\' WHERE id = 40')  # 40 % 20 + 1 = 1: renumbered by 003
    code, data = invoke_json("to", "002_reverse_relation", "--db", pg_url, "--yes")
    # 003 wrote Field: the edited row is a conflict (counted once its restore ran, where it still
    # refers to key 1001 and broke the foreign key first): refused as one, as the dry run foresees it
    assert code == 1 and data["error"] == "conflict", data
    assert "public.Field (1 rows, since 003_renumber)" in data["message"] and "The reverse stopped on them" in data["hint"], data
    run_sql(pg_url, 'UPDATE "Field" SET label = \'f40\' WHERE id = 40')
    assert api.rollback_to(pg_url, "002_reverse_relation").verified
    run_sql(pg_url, 'INSERT INTO "Field" ("documentId", label) VALUES (3, \'written since\')')
    code, data = invoke_json("to", "base", "--db", pg_url, "--yes")  # 001 and 002 never wrote Field
    assert code == 0 and data["verified"] is True and not data["conflicts"], data
    run_sql(pg_url, 'DELETE FROM "Field" WHERE label = \'written since\'')
    assert api.fingerprint(pg_url) == base


def test_a_trigger_changing_the_key_still_reaches_the_children(pg_url: str, tmp_path: Path) -> None:
    """A BEFORE UPDATE trigger may change the key the SET list leaves alone: the children stay reached."""
    run_sql(pg_url, SETUP + """
        CREATE FUNCTION renumber() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.title LIKE 'moved%' THEN NEW.id := NEW.id + 500; END IF; RETURN NEW; END $$;
        CREATE TRIGGER renumber BEFORE UPDATE ON "Document" FOR EACH ROW EXECUTE FUNCTION renumber();
    """)
    base = api.fingerprint(pg_url)
    api.apply(pg_url, str(write_migrations(tmp_path / "m", {
        "001_move.sql": 'UPDATE "Document" SET title = \'moved \' || title WHERE id <= 3;\n'})))
    assert _captured(pg_url, "001_move") == {"public.Document", "public.Field"}
    assert query(pg_url, 'SELECT count(*) FROM "Field" WHERE "documentId" > 500') == [(6,)]
    assert api.rollback_to(pg_url, "base").verified
    assert api.fingerprint(pg_url) == base


@pytest.mark.parametrize(("sql", "columns"), [
    ('UPDATE "Document" SET "createdAt" = NOW(), "updatedAt" = NOW();', {"createdat", "updatedat"}),
    ('UPDATE d AS x SET (a, "B") = (1, 2), c[1] = 3, e.f = 4 WHERE x.id IS DISTINCT FROM 5 RETURNING *', {"a", "b", "c", "e", "f"}),
    ("UPDATE t SET t.k = 1 ORDER BY id LIMIT 3", {"t", "k"}),  # MySQL's table-qualified column: both names
    ("UPDATE t SET a = (SELECT max(b) FROM u WHERE u.x = t.x), c = CASE WHEN b THEN 1 ELSE 2 END", {"a", "c"}),
    ("UPDATE ONLY s.t * SET id = id + 1", {"id"}),
    ("UPDATE OR REPLACE t SET a = 1", None),
    ("WITH x AS (SELECT 1) UPDATE t SET a = 1", None),
    ("UPDATE a JOIN b ON a.id = b.id SET a.v = b.v", None),
    ("UPDATE a, b SET a.v = b.v", None),
    ("UPDATE IGNORE t SET a = 1", None),
])
def test_assigned_columns(sql: str, columns: set[str] | None) -> None:
    assert assigned_columns(sql) == (None if columns is None else frozenset(columns))


def test_a_mysql_trigger_changing_the_key_still_reaches_the_children(mysql_url: str, tmp_path: Path) -> None:
    """MySQL, where no probe watches what a statement writes: a BEFORE UPDATE trigger setting NEW.id
    makes an UPDATE that assigns no key fire the children's ON UPDATE SET NULL, and they stay captured
    (a restore of the parent's key cannot give them their values back)."""
    run_sql(mysql_url, "CREATE TABLE p (id INT PRIMARY KEY, v INT);\n"
                       "CREATE TABLE u (id INT AUTO_INCREMENT PRIMARY KEY, p_id INT,"
                       " FOREIGN KEY (p_id) REFERENCES p(id) ON UPDATE SET NULL);\n"
                       "CREATE TRIGGER p_renumber BEFORE UPDATE ON p FOR EACH ROW SET NEW.id = IF(NEW.v > 10, NEW.id + 100, NEW.id);\n"
                       "INSERT INTO p VALUES (1, 1), (2, 2), (3, 30);\nINSERT INTO u (p_id) VALUES (1), (2), (3);\n")
    base = api.fingerprint(mysql_url)
    api.apply(mysql_url, str(write_migrations(tmp_path / "m", {"001_bump.sql": "UPDATE p SET v = v + 10 WHERE id <= 2;\n"})))
    assert query(mysql_url, "SELECT p_id FROM u ORDER BY id") == [(None,), (None,), (3,)]
    api.rollback_to(mysql_url, "base")
    assert api.fingerprint(mysql_url) == base
