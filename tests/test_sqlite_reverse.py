"""SQLite introspection and the reverse differ, round-tripped on real databases.

Each case: run the setup (schema and rows), introspect A, run the migration, introspect B, plan the
reverse of B to A, run `pre` and `post` in one transaction, introspect again: the fingerprint must be
A's, and the rows of every table the migration did not change or destroy must be A's (rowids too).
Cases with `data_tables` capture those tables before the migration and put the rows back between
`pre` and `post`, as the engine does; then every table must hold exactly A's rows.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from rollback_commander.dialects.base import ReversePlan
from rollback_commander.dialects.sqlite import SQLiteConnection, SQLiteDialect
from rollback_commander.dialects.sqlite_reverse import LEGACY_ALTER, plan_reverse_sqlite, quote
from rollback_commander.dialects.sqlite_schema import (
    UNKNOWN_EXPRESSION,
    introspect_sqlite,
    parse_create_table,
    referenced_names,
    table_body,
)
from rollback_commander.model.schema import Column, SchemaModel, Table
from rollback_commander.urls import parse_url


@dataclass(frozen=True)
class Case:
    id: str
    setup: str
    migration: str
    lossy: tuple[str, ...] = ()
    """Tables whose rows the migration changes or destroys (not compared without a capture)."""
    data_tables: tuple[str, ...] = ()
    """Tables captured before the migration and restored between pre and post."""
    schema_change: bool = True


SHOP = """
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT UNIQUE,
    created_at TEXT DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER REFERENCES customers(id) ON DELETE CASCADE,
    total REAL CHECK (total >= 0),
    status TEXT DEFAULT 'new'
);
CREATE INDEX orders_customer ON orders(customer_id);
CREATE VIEW open_orders AS SELECT * FROM orders WHERE status = 'new';
CREATE TABLE notes (body TEXT, tag TEXT);
INSERT INTO customers (id, name, email) VALUES (1, 'Ada', 'ada@x.org'), (2, 'Bob', NULL), (7, 'Cy', 'cy@x.org');
INSERT INTO orders (customer_id, total, status) VALUES (1, 10.5, 'new'), (1, 3, 'paid'), (7, 0, 'new');
DELETE FROM orders WHERE id = 2;
INSERT INTO notes VALUES ('a', 'x'), ('b', NULL), ('c', 'z'), ('d', 'w');
DELETE FROM notes WHERE body IN ('b', 'c');
"""

AUDIT_TRIGGER = """
CREATE TRIGGER orders_audit AFTER UPDATE OF status ON orders
BEGIN
    INSERT INTO audit VALUES (
        'now',
        CASE WHEN new.status = 'paid' THEN 'paid ' || new.id
             WHEN new.status IS NULL THEN 'cleared'
             ELSE 'other' END
    );
END;
"""

SHOP_AUDIT_TABLE = SHOP + "CREATE TABLE audit (at TEXT, what TEXT);"
AUDIT = SHOP_AUDIT_TABLE + AUDIT_TRIGGER

CHAIN = (
    SHOP
    + """
CREATE VIEW v1 AS SELECT id, name FROM customers;
CREATE VIEW v2 AS SELECT name FROM v1 WHERE id > 1;
CREATE VIEW v3 AS SELECT count(*) AS n FROM v2;
"""
)

QUOTED = """
CREATE TABLE "Order Items" (
    "Item ID" INTEGER PRIMARY KEY,
    "Unit Price" NUMERIC NOT NULL DEFAULT 0,
    "Qty" INTEGER DEFAULT (1 + 1),
    [Note] TEXT
);
CREATE INDEX "Order Items by Price" ON "Order Items"("Unit Price" DESC);
CREATE VIEW "Big Items" AS SELECT "Item ID", "Unit Price" FROM "Order Items" WHERE "Unit Price" > 10;
INSERT INTO "Order Items" VALUES (3, 12.5, 2, 'n1'), (9, 1, 1, NULL);
"""

SPECIAL = """
CREATE TABLE kv (k TEXT PRIMARY KEY, v BLOB, n INT NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE typed (id INTEGER PRIMARY KEY, qty INTEGER NOT NULL, price REAL, label TEXT) STRICT;
CREATE TABLE seq (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT, w TEXT);
CREATE TABLE calc (
    a INTEGER,
    b INTEGER,
    total INTEGER GENERATED ALWAYS AS (a + b) VIRTUAL,
    twice INTEGER AS (a * 2) STORED,
    label TEXT AS ('#' || coalesce(a, '?'))
);
INSERT INTO kv VALUES ('b', x'00ff', 2), ('a', NULL, 1);
INSERT INTO typed VALUES (1, 3, 1.5, 'x'), (4, 0, NULL, NULL);
INSERT INTO seq (v, w) VALUES ('one', 'a'), ('two', 'b'), ('three', 'c');
DELETE FROM seq WHERE id = 3;
INSERT INTO calc (a, b) VALUES (1, 2), (NULL, 5), (10, 20);
DELETE FROM calc WHERE a IS NULL;
"""

REBUILD_NOTES = """
CREATE TABLE notes_new (body TEXT NOT NULL, tag INTEGER);
INSERT INTO notes_new (rowid, body, tag) SELECT rowid, body, tag FROM notes;
DROP TABLE notes;
ALTER TABLE notes_new RENAME TO notes;
"""


def _has_fts5() -> bool:
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        conn.close()


def rebuild(table: str, create: str, columns: str) -> str:
    """The documented 12-step pattern: create the new shape, copy, drop, rename."""
    return f"""
{create.replace(f"CREATE TABLE {table} ", f"CREATE TABLE {table}_new ", 1)};
INSERT INTO {table}_new (rowid, {columns}) SELECT rowid, {columns} FROM {table};
DROP TABLE {table};
ALTER TABLE {table}_new RENAME TO {table};
"""


CASES = [
    # tables
    Case("create-table", SHOP, "CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT NOT NULL)"),
    # the header's application integers: a GeoPackage-style first migration sets both
    Case("header-settings", SHOP, "PRAGMA application_id = 1196444487; PRAGMA user_version = 10200"),
    Case("application-id-changed", "PRAGMA application_id = 7;" + SHOP, "PRAGMA application_id = 8"),
    Case("create-table-with-rows", SHOP, "CREATE TABLE t (x); INSERT INTO t VALUES (1), (2)"),
    Case("drop-table", SHOP, "DROP TABLE notes", lossy=("notes",)),
    Case("drop-table-with-index-and-view", SHOP, "DROP TABLE orders", lossy=("orders",)),
    Case(
        "drop-all-tables",
        SHOP,
        "DROP VIEW open_orders; DROP TABLE orders; DROP TABLE customers; DROP TABLE notes",
        lossy=("orders", "customers", "notes"),
    ),
    Case(
        "create-table-as-select",
        SHOP,
        "CREATE TABLE summary AS SELECT customer_id, sum(total) AS s FROM orders GROUP BY 1",
    ),
    Case(
        "keyword-names",
        SHOP,
        'CREATE TABLE "order" ("select" TEXT, "from" INT); INSERT INTO "order" VALUES (\'a\', 1)',
    ),
    # columns
    Case("add-column", SHOP, "ALTER TABLE notes ADD COLUMN extra TEXT"),
    Case(
        "add-column-not-null-default",
        SHOP,
        "ALTER TABLE customers ADD COLUMN score INTEGER NOT NULL DEFAULT 0",
    ),
    Case("add-column-default-string", SHOP, "ALTER TABLE notes ADD COLUMN flag TEXT DEFAULT 'it''s'"),
    Case(
        "add-column-with-fk",
        SHOP,
        "ALTER TABLE notes ADD COLUMN customer_id INTEGER REFERENCES customers(id)",
    ),
    Case(
        "add-two-columns-then-fill",
        SHOP,
        "ALTER TABLE notes ADD COLUMN a INT; ALTER TABLE notes ADD COLUMN b INT; UPDATE notes SET a = 1",
    ),
    Case("drop-column", SHOP, "ALTER TABLE notes DROP COLUMN tag", lossy=("notes",)),
    Case(
        "drop-column-with-default", SHOP, "ALTER TABLE customers DROP COLUMN created_at", lossy=("customers",)
    ),
    Case("rename-column", SHOP, "ALTER TABLE customers RENAME COLUMN email TO mail"),
    Case(
        "rename-column-used-by-index-and-view",
        SHOP
        + "CREATE INDEX notes_tag ON notes(tag); CREATE VIEW tagged AS SELECT body, tag FROM notes WHERE tag IS NOT NULL;",
        "ALTER TABLE notes RENAME COLUMN tag TO label",
    ),
    Case("rename-column-used-by-trigger", AUDIT, "ALTER TABLE orders RENAME COLUMN status TO state"),
    # renamed tables
    Case("rename-table", SHOP, "ALTER TABLE notes RENAME TO memos"),
    Case("rename-table-with-index-and-trigger", AUDIT, "ALTER TABLE orders RENAME TO purchases"),
    Case(
        "rename-table-then-add-column",
        SHOP,
        "ALTER TABLE notes RENAME TO memos; ALTER TABLE memos ADD COLUMN pinned INT",
    ),
    Case(
        "rename-table-letter-case",
        SHOP,
        "ALTER TABLE notes RENAME TO tmp_notes; ALTER TABLE tmp_notes RENAME TO Notes",
    ),
    Case("rename-fk-parent", SHOP, "ALTER TABLE customers RENAME TO clients"),
    Case(
        "rename-and-replace",
        SHOP,
        "ALTER TABLE notes RENAME TO old_notes; CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)",
    ),
    # rebuilds (create new, copy, drop old, rename)
    Case("rebuild-change-type", SHOP, REBUILD_NOTES),
    Case(
        "rebuild-add-not-null",
        SHOP,
        rebuild(
            "customers",
            "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
            "email TEXT NOT NULL DEFAULT '', created_at TEXT)",
            "id, name, email, created_at",
        ).replace("SELECT rowid, id, name, email", "SELECT rowid, id, name, coalesce(email, '')"),
        lossy=("customers",),
    ),
    Case(
        "rebuild-add-check",
        AUDIT,
        rebuild(
            "orders",
            "CREATE TABLE orders (id INTEGER PRIMARY KEY AUTOINCREMENT, customer_id INTEGER, "
            "total REAL, status TEXT CHECK (status IN ('new', 'paid')))",
            "id, customer_id, total, status",
        ),
    ),
    Case(
        "rebuild-change-primary-key",
        SHOP,
        rebuild(
            "customers",
            "CREATE TABLE customers (id INTEGER, name TEXT NOT NULL, email TEXT, created_at TEXT, "
            "PRIMARY KEY (name, id))",
            "id, name, email, created_at",
        ),
    ),
    Case(
        "rebuild-drop-unique",
        SHOP,
        rebuild(
            "customers",
            "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT, "
            "created_at TEXT DEFAULT CURRENT_TIMESTAMP)",
            "id, name, email, created_at",
        ),
    ),
    Case(
        "rebuild-add-table-unique-and-fk",
        SHOP,
        rebuild(
            "notes",
            "CREATE TABLE notes (body TEXT, tag TEXT, UNIQUE (body, tag), "
            "FOREIGN KEY (tag) REFERENCES customers(email))",
            "body, tag",
        ),
    ),
    Case(
        "rebuild-drop-fk",
        SHOP,
        rebuild(
            "orders",
            "CREATE TABLE orders (id INTEGER PRIMARY KEY AUTOINCREMENT, customer_id INTEGER, "
            "total REAL CHECK (total >= 0), status TEXT DEFAULT 'new')",
            "id, customer_id, total, status",
        ),
    ),
    Case(
        "rebuild-default-expressions",
        SHOP,
        rebuild(
            "notes",
            "CREATE TABLE notes (body TEXT DEFAULT (lower('X') || 'y'), tag TEXT DEFAULT -1, "
            "made TEXT DEFAULT (strftime('%Y', 'now')), raw BLOB DEFAULT x'00')",
            "body, tag",
        ),
    ),
    # indexes
    Case("create-unique-index", SHOP, "CREATE UNIQUE INDEX customers_name ON customers(name)"),
    Case("create-partial-index", SHOP, "CREATE INDEX open_only ON orders(customer_id) WHERE status = 'new'"),
    Case(
        "create-expression-index",
        SHOP,
        "CREATE INDEX customers_lower_email ON customers(lower(email), name COLLATE NOCASE)",
    ),
    Case("drop-index", SHOP, "DROP INDEX orders_customer"),
    Case(
        "drop-unique-partial-index",
        SHOP + "CREATE UNIQUE INDEX one_open ON orders(customer_id) WHERE status = 'new';",
        "DROP INDEX one_open",
    ),
    Case(
        "change-index",
        SHOP,
        "DROP INDEX orders_customer; CREATE INDEX orders_customer ON orders(customer_id, status)",
    ),
    Case(
        "move-index-to-other-table",
        SHOP,
        "DROP INDEX orders_customer; CREATE INDEX orders_customer ON notes(tag)",
    ),
    # views
    Case("create-view", SHOP, "CREATE VIEW paid AS SELECT * FROM orders WHERE status = 'paid'"),
    Case("drop-view", SHOP, "DROP VIEW open_orders"),
    Case("replace-view", SHOP, "DROP VIEW open_orders; CREATE VIEW open_orders AS SELECT id FROM orders"),
    Case("drop-views-on-views", CHAIN, "DROP VIEW v3; DROP VIEW v2; DROP VIEW v1"),
    Case(
        "replace-base-of-view-chain",
        CHAIN,
        "DROP VIEW v1; CREATE VIEW v1 AS SELECT id, upper(name) AS name FROM customers",
    ),
    Case("view-becomes-table", SHOP, "DROP VIEW open_orders; CREATE TABLE open_orders (id INTEGER)"),
    # triggers
    Case("create-trigger-with-case", SHOP_AUDIT_TABLE, AUDIT_TRIGGER),
    Case("drop-trigger-with-case", AUDIT, "DROP TRIGGER orders_audit"),
    Case(
        "replace-trigger",
        AUDIT,
        "DROP TRIGGER orders_audit; CREATE TRIGGER orders_audit AFTER DELETE ON orders BEGIN DELETE FROM audit; END",
    ),
    Case(
        "instead-of-trigger-on-replaced-view",
        SHOP + "CREATE TRIGGER open_orders_ins INSTEAD OF INSERT ON open_orders "
        "BEGIN INSERT INTO orders (customer_id, total) VALUES (new.customer_id, new.total); END;",
        "DROP VIEW open_orders; CREATE VIEW open_orders AS SELECT id, customer_id, total FROM orders",
    ),
    Case(
        "trigger-fired-by-migration",
        AUDIT,
        "UPDATE orders SET status = 'paid' WHERE id = 1; DROP TRIGGER orders_audit",
        lossy=("orders", "audit"),
    ),
    # WITHOUT ROWID, STRICT, AUTOINCREMENT, generated columns
    Case(
        "without-rowid-create",
        SPECIAL,
        "CREATE TABLE pairs (a TEXT, b TEXT, PRIMARY KEY (a, b)) WITHOUT ROWID",
    ),
    Case("without-rowid-drop", SPECIAL, "DROP TABLE kv", lossy=("kv",)),
    Case("without-rowid-add-column", SPECIAL, "ALTER TABLE kv ADD COLUMN extra TEXT"),
    Case(
        "without-rowid-to-rowid",
        SPECIAL,
        rebuild(
            "kv", "CREATE TABLE kv (k TEXT PRIMARY KEY, v BLOB, n INT NOT NULL DEFAULT 0)", "k, v, n"
        ).replace("rowid, ", ""),
    ),
    Case("strict-add-column", SPECIAL, "ALTER TABLE typed ADD COLUMN note TEXT"),
    Case(
        "strict-to-loose",
        SPECIAL,
        rebuild(
            "typed", "CREATE TABLE typed (id INTEGER PRIMARY KEY, qty, price, label)", "id, qty, price, label"
        ),
    ),
    Case("autoincrement-drop-column", SPECIAL, "ALTER TABLE seq DROP COLUMN w", lossy=("seq",)),
    Case(
        "autoincrement-create",
        SHOP.replace("AUTOINCREMENT", ""),
        "CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, e TEXT); INSERT INTO events (e) VALUES ('x')",
    ),
    Case("generated-virtual-add", SPECIAL, "ALTER TABLE calc ADD COLUMN diff INTEGER AS (b - a)"),
    Case("generated-drop-column", SPECIAL, "ALTER TABLE calc DROP COLUMN label"),
    Case(
        "generated-to-plain",
        SPECIAL,
        rebuild(
            "calc",
            "CREATE TABLE calc (a INTEGER, b INTEGER, total INTEGER, twice INTEGER, label TEXT)",
            "a, b, total, twice, label",
        ),
    ),
    Case("generated-drop-table", SPECIAL, "DROP TABLE calc", lossy=("calc",)),
    # quoted identifiers
    Case(
        "quoted-rename-column", QUOTED, 'ALTER TABLE "Order Items" RENAME COLUMN "Unit Price" TO "Price Each"'
    ),
    Case(
        "quoted-add-column",
        QUOTED,
        'ALTER TABLE "Order Items" ADD COLUMN "Note ""quoted"" [x]" TEXT DEFAULT \'a b\'',
    ),
    Case("quoted-rename-table", QUOTED, 'ALTER TABLE "Order Items" RENAME TO "Line Items"'),
    Case("quoted-drop-view-and-index", QUOTED, 'DROP VIEW "Big Items"; DROP INDEX "Order Items by Price"'),
    # mixed
    Case(
        "dml-only",
        SHOP,
        "UPDATE notes SET tag = 'q'; INSERT INTO customers (name) VALUES ('Dee')",
        lossy=("notes", "customers"),
        schema_change=False,
    ),
    Case(
        "comments-in-create-text",
        SHOP
        + "CREATE TABLE commented ( -- the id\n id INTEGER PRIMARY KEY, /* a, b */ v TEXT /* AS (x) */ );"
        "INSERT INTO commented VALUES (5, 'five');",
        "ALTER TABLE commented ADD COLUMN w TEXT; CREATE INDEX commented_v ON commented(v)",
    ),
    Case(
        "column-named-rowid",
        "CREATE TABLE odd (rowid TEXT, v INT); INSERT INTO odd VALUES ('r1', 1), ('r2', 2);",
        "ALTER TABLE odd ADD COLUMN w INT",
    ),
    Case(
        "several-changes",
        AUDIT,
        "ALTER TABLE notes RENAME TO memos; DROP VIEW open_orders; CREATE INDEX memos_tag ON memos(tag);"
        "ALTER TABLE customers ADD COLUMN vip INT DEFAULT 0; DROP TRIGGER orders_audit;"
        "CREATE VIEW vip AS SELECT * FROM customers WHERE vip = 1",
    ),
]

FTS = (
    SHOP
    + """
CREATE VIRTUAL TABLE docs USING fts5(title, body);
INSERT INTO docs VALUES ('hello', 'world'), ('rollback', 'commander');
"""
)

if _has_fts5():
    CASES += [
        Case(
            "fts5-create",
            SHOP,
            "CREATE VIRTUAL TABLE docs USING fts5(title, body); INSERT INTO docs VALUES ('a', 'b')",
        ),
        Case("fts5-drop", FTS, "DROP TABLE docs", lossy=("docs",)),
        Case(
            "fts5-untouched",
            FTS,
            "ALTER TABLE notes ADD COLUMN x; INSERT INTO docs VALUES ('c', 'd')",
            lossy=("docs",),
        ),
    ]

COUNTS = """
CREATE TABLE counts (device INTEGER NOT NULL, type INTEGER NOT NULL, flags INTEGER NOT NULL, count INTEGER NOT NULL,
                     PRIMARY KEY (device, type, flags)) STRICT;
CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL, CONSTRAINT tags_name UNIQUE (name));
INSERT INTO counts VALUES (0, 0, 0, 5), (0, 0, 64, 2), (0, 1, 0, 7), (1, 0, 65, 1), (1, 0, 1, 3);
INSERT INTO tags VALUES (1, 'a'), (2, 'b');
"""

DATA_CASES = [
    # syncthing-style: the key widens with a new column and rows come to repeat the old key; the
    # reverse cannot copy them into the old shape (UNIQUE constraint failed): the restore refills it
    Case(
        "capture-key-widened-rows-repeat-old-key",
        COUNTS,
        """CREATE TABLE counts_new (device INTEGER NOT NULL, type INTEGER NOT NULL, flags INTEGER NOT NULL,
                                    count INTEGER NOT NULL, deleted INTEGER NOT NULL,
                                    PRIMARY KEY (device, type, flags, deleted)) STRICT;
           INSERT INTO counts_new SELECT device, type, flags & ~64, sum(count), flags & 64 != 0 FROM counts
           GROUP BY device, type, flags & ~64, flags & 64 != 0;
           DROP TABLE counts; ALTER TABLE counts_new RENAME TO counts;
           ALTER TABLE tags RENAME TO tags_old;
           CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL, lang TEXT NOT NULL DEFAULT 'en', UNIQUE (name, lang));
           INSERT INTO tags SELECT id, name, 'en' FROM tags_old; INSERT INTO tags VALUES (3, 'a', 'de');
           DROP TABLE tags_old;""",
        data_tables=("counts", "tags"),
    ),
    Case("capture-drop-column", SHOP, "ALTER TABLE notes DROP COLUMN tag", data_tables=("notes",)),
    Case("capture-drop-table", SHOP, "DROP TABLE notes", data_tables=("notes",)),
    Case(
        "capture-update-then-drop-column",
        SHOP,
        "UPDATE customers SET name = 'X'; ALTER TABLE customers DROP COLUMN created_at",
        data_tables=("customers",),
    ),
    Case(
        "capture-drop-required-column",
        SHOP,
        "ALTER TABLE customers DROP COLUMN name",
        data_tables=("customers",),
    ),
    Case(
        "capture-autoincrement-drop-column",
        SPECIAL,
        "DELETE FROM seq WHERE id = 1; ALTER TABLE seq DROP COLUMN w",
        data_tables=("seq",),
    ),
    Case(
        "capture-drop-column-with-trigger",
        AUDIT,
        "UPDATE orders SET total = 99; ALTER TABLE orders DROP COLUMN total",
        data_tables=("orders",),
    ),
    Case(
        "capture-dml-under-insert-trigger",
        SHOP_AUDIT_TABLE
        + "CREATE TRIGGER orders_ins AFTER INSERT ON orders BEGIN INSERT INTO audit VALUES ('ins', new.id); END;",
        "UPDATE orders SET total = total + 1; DELETE FROM orders WHERE id = 1",
        data_tables=("orders",),
        schema_change=False,
    ),
    # Rebuilds whose reverse puts back a column that accepts fewer values than the current rows
    # hold: the copy would fail, so the table is created empty and its capture restored.
    Case(
        "capture-rebuild-relaxed-not-null",
        "CREATE TABLE leads (id INTEGER PRIMARY KEY, name TEXT NOT NULL, owner_id INTEGER NOT NULL);"
        "INSERT INTO leads VALUES (1, 'a', 1), (2, 'b', 2);",
        """CREATE TABLE leads_new (id INTEGER PRIMARY KEY, name TEXT NOT NULL, owner_id INTEGER);
           INSERT INTO leads_new SELECT * FROM leads; DROP TABLE leads; ALTER TABLE leads_new RENAME TO leads;
           UPDATE leads SET owner_id = NULL WHERE id = 2; INSERT INTO leads VALUES (3, 'c', NULL);""",
        data_tables=("leads",),
    ),
    Case(
        "capture-rebuild-strict-retyped",
        "CREATE TABLE quota (id INTEGER PRIMARY KEY, amount INTEGER NOT NULL) STRICT;"
        "INSERT INTO quota VALUES (1, 100), (2, 250);",
        """CREATE TABLE quota_new (id INTEGER PRIMARY KEY, amount TEXT NOT NULL) STRICT;
           INSERT INTO quota_new SELECT id, amount || ' units' FROM quota;
           DROP TABLE quota; ALTER TABLE quota_new RENAME TO quota;""",
        data_tables=("quota",),
    ),
    Case(
        "capture-rebuild-drops-nocase-of-unique",
        "CREATE TABLE members (id INTEGER PRIMARY KEY, email TEXT COLLATE NOCASE NOT NULL UNIQUE);"
        "CREATE TABLE handles (id INTEGER PRIMARY KEY, handle TEXT NOT NULL, UNIQUE (handle COLLATE NOCASE));"
        "INSERT INTO members VALUES (1, 'Ann@x.org'), (2, 'bob@x.org'); INSERT INTO handles VALUES (1, 'Ann');",
        """CREATE TABLE members_new (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE);
           INSERT INTO members_new SELECT * FROM members; DROP TABLE members;
           ALTER TABLE members_new RENAME TO members; INSERT INTO members VALUES (3, 'ann@x.org');
           CREATE TABLE handles_new (id INTEGER PRIMARY KEY, handle TEXT NOT NULL UNIQUE);
           INSERT INTO handles_new SELECT * FROM handles; DROP TABLE handles;
           ALTER TABLE handles_new RENAME TO handles; INSERT INTO handles VALUES (2, 'ann');""",
        data_tables=("members", "handles"),
    ),
    Case(
        "capture-rebuild-integer-key-to-text",
        "CREATE TABLE labels (id INTEGER PRIMARY KEY, label TEXT NOT NULL);"
        "INSERT INTO labels VALUES (1, 'red'), (2, 'blue');",
        """CREATE TABLE labels_new (id VARCHAR(36) PRIMARY KEY, label TEXT NOT NULL);
           INSERT INTO labels_new SELECT 'label-' || id, label FROM labels;
           DROP TABLE labels; ALTER TABLE labels_new RENAME TO labels;""",
        data_tables=("labels",),
    ),
    Case(
        "capture-generated-table-drop-column",
        SPECIAL,
        "ALTER TABLE calc DROP COLUMN total; ALTER TABLE calc DROP COLUMN b",
        data_tables=("calc",),
    ),
]


# -- helpers ----------------------------------------------------------------------------------


def connect(url: str) -> SQLiteConnection:
    conn = SQLiteDialect().connect(parse_url(url))
    # The scenarios' migrations use SQLite's rebuild procedure with views present, which needs the
    # legacy rename semantics (SQLite documents it that way); the engine itself runs user SQL without.
    conn.execute("PRAGMA legacy_alter_table = ON")
    assert isinstance(conn, SQLiteConnection)
    return conn


def snapshot(conn: SQLiteConnection, model: SchemaModel) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows in a stable order, with the rowid where there is one."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    for name, table in model.tables.items():
        if table.extra["without_rowid"]:
            order = ", ".join(str(i + 1) for i in range(len(table.columns)))
            out[name] = conn.query(f"SELECT * FROM {quote(name)} ORDER BY {order}")
        else:
            out[name] = conn.query(f"SELECT _rowid_, * FROM {quote(name)} ORDER BY _rowid_")
    return out


def capture(conn: SQLiteConnection, table: str) -> None:
    conn.execute(
        f"CREATE TABLE {quote('_rollback_cap_' + table)} AS SELECT rowid AS _rollback_rowid, * FROM {quote(table)}"
    )


def restore(conn: SQLiteConnection, model: SchemaModel, table: str, rebuilt: bool) -> None:
    cap = quote("_rollback_cap_" + table)
    cols = ", ".join(quote(c.name) for c in model.tables[table].columns if c.writable)
    if not rebuilt:
        conn.execute(f"DELETE FROM {quote(table)} WHERE rowid NOT IN (SELECT _rollback_rowid FROM {cap})")
    conn.execute(
        f"INSERT OR REPLACE INTO {quote(table)} (rowid, {cols}) SELECT _rollback_rowid, {cols} FROM {cap}"
    )


def run_reverse(
    conn: SQLiteConnection, plan: ReversePlan, model: SchemaModel, data_tables: tuple[str, ...]
) -> None:
    conn.begin()
    for sql in plan.pre:
        conn.execute(sql)
    for table in data_tables:
        restore(conn, model, table, table in plan.rebuilt)
    for sql in plan.post:
        conn.execute(sql)
    conn.commit()


def explain(a: SchemaModel, b: SchemaModel, plan: ReversePlan) -> str:
    return "\n".join(
        ["diff:", *a.diff(b), "pre:", *plan.pre, "post:", *plan.post, f"rebuilt: {sorted(plan.rebuilt)}"]
    )


def round_trip(url: str, case: Case) -> None:
    conn = connect(url)
    try:
        conn.raw.executescript(case.setup)
        before = introspect_sqlite(conn)
        rows_before = snapshot(conn, before)
        for table in case.data_tables:
            capture(conn, table)
        conn.raw.executescript(case.migration)
        after_migration = introspect_sqlite(conn)
        assert (after_migration.fingerprint() != before.fingerprint()) == case.schema_change, before.diff(
            after_migration
        )

        plan = plan_reverse_sqlite(after_migration, before, set(case.data_tables))
        run_reverse(conn, plan, before, case.data_tables)
        reversed_ = introspect_sqlite(conn)
        assert reversed_.fingerprint() == before.fingerprint(), explain(before, reversed_, plan)

        rows_after = snapshot(conn, reversed_)
        for table, rows in rows_before.items():
            if table not in case.lossy or table in case.data_tables:
                assert rows_after[table] == rows, f"{table}: rows differ\n" + explain(before, reversed_, plan)

        again = plan_reverse_sqlite(reversed_, before, set())
        assert (again.pre, again.post, again.rebuilt) == ([], [], set()), explain(before, reversed_, again)
    finally:
        conn.close()


# -- round trips ------------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_round_trip(sqlite_url: str, case: Case) -> None:
    round_trip(sqlite_url, case)


@pytest.mark.parametrize("case", DATA_CASES, ids=[c.id for c in DATA_CASES])
def test_round_trip_with_captured_data(sqlite_url: str, case: Case) -> None:
    round_trip(sqlite_url, case)


def test_case_ids_are_unique() -> None:
    ids = [c.id for c in CASES + DATA_CASES]
    assert len(ids) == len(set(ids))
    assert len(CASES) + len(DATA_CASES) >= 45


# -- details ----------------------------------------------------------------------------------


def test_autoincrement_counter_survives_a_rebuild(sqlite_url: str) -> None:
    conn = connect(sqlite_url)
    conn.raw.executescript(SPECIAL)
    before = introspect_sqlite(conn)
    conn.raw.executescript(
        "ALTER TABLE seq DROP COLUMN w; INSERT INTO seq (v) VALUES ('four'); DELETE FROM seq WHERE id = 4"
    )
    assert conn.scalar("SELECT seq FROM sqlite_sequence WHERE name = 'seq'") == 4
    run_reverse(conn, plan_reverse_sqlite(introspect_sqlite(conn), before, set()), before, ())
    assert conn.query("SELECT name, seq FROM sqlite_sequence") == [("seq", 4)]
    conn.execute("INSERT INTO seq (v) VALUES ('five')")
    assert conn.query("SELECT id FROM seq") == [(1,), (2,), (5,)]
    conn.close()


def test_the_reverse_script_replays_on_a_plain_connection(tmp_path: Path) -> None:
    """Stored reverse scripts must not depend on the tool's connection settings (legacy_alter_table)."""
    path = tmp_path / "plain.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(CHAIN + "CREATE TABLE lines (order_id INTEGER REFERENCES orders(id), qty INT);")
    tool = connect(f"sqlite:///{path}")
    before = introspect_sqlite(tool)
    conn.executescript("ALTER TABLE customers RENAME TO clients; ALTER TABLE orders ADD COLUMN note TEXT")
    plan = plan_reverse_sqlite(introspect_sqlite(tool), before, set())
    conn.executescript(";\n".join(["BEGIN", *plan.pre, *plan.post, "COMMIT"]))
    assert introspect_sqlite(tool).fingerprint() == before.fingerprint()
    tool.close()
    conn.close()


def test_introspection_reads_the_table_text(sqlite_url: str) -> None:
    conn = connect(sqlite_url)
    conn.raw.executescript(
        SPECIAL
        + SHOP
        + """
        CREATE TABLE child (pid INTEGER REFERENCES seq, a TEXT, b TEXT, UNIQUE (a, b));
        CREATE UNIQUE INDEX child_a ON child(a);
        CREATE TABLE codes (code TEXT NOT NULL UNIQUE, v INT);
        CREATE UNIQUE INDEX child_part ON child(b) WHERE b > 'm';
        CREATE TABLE _rollback_points (id INTEGER PRIMARY KEY);
        CREATE INDEX _rollback_ix ON child(b);
        CREATE VIRTUAL TABLE docs USING fts5(title);
        """
    )
    model = introspect_sqlite(conn)
    conn.close()

    calc = model.tables["calc"]
    assert [(c.name, c.generated, c.extra) for c in calc.columns if not c.writable] == [
        ("total", "a + b", {"storage": "virtual"}),
        ("twice", "a * 2", {"storage": "stored"}),
        ("label", "'#' || coalesce(a, '?')", {"storage": "virtual"}),
    ]
    assert model.tables["seq"].columns[0].identity == "autoincrement"
    assert model.tables["kv"].extra["without_rowid"] and not model.tables["kv"].extra["strict"]
    assert model.tables["typed"].extra["strict"] and model.tables["typed"].primary_key == ["id"]
    assert model.tables["kv"].extra["sql"].startswith("CREATE TABLE kv (k TEXT PRIMARY KEY")
    assert [c.name for c in model.tables["docs"].columns] == ["title"]
    assert model.tables["docs"].extra["virtual"]

    assert not any(n.startswith(("_rollback", "sqlite_", "docs_")) for n in model.tables)
    assert "index:_rollback_ix" not in model.objects
    assert model.objects["index:child_a"].definition["unique_columns"] == ["a"]
    assert "unique_columns" not in model.objects["index:child_part"].definition
    assert model.objects["unique_key:child.unique(a, b)"].definition == {"unique_columns": ["a", "b"]}
    fk = model.objects["foreign_key:child(pid)->seq"]
    assert (fk.table, fk.definition["references"], fk.definition["ref_columns"]) == ("child", "seq", ["id"])
    assert model.parents_of("orders") == {"customers"}
    assert model.objects["view:open_orders"].depends_on == ["table:orders"]
    assert model.row_key("child") is None  # its unique keys allow NULLs
    assert model.row_key("codes") == ["code"]


def test_dependencies_of_views_and_triggers(sqlite_url: str) -> None:
    conn = connect(sqlite_url)
    conn.raw.executescript(
        AUDIT
        + CHAIN[len(SHOP) :]
        + "CREATE TRIGGER v1_ins INSTEAD OF INSERT ON v1 BEGIN INSERT INTO customers (name) VALUES (new.name); END;"
    )
    model = introspect_sqlite(conn)
    conn.close()
    assert model.objects["view:v2"].depends_on == ["view:v1"]
    assert model.objects["trigger:orders_audit"].depends_on == ["table:audit", "table:orders"]
    trigger = model.objects["trigger:v1_ins"]
    assert (trigger.table, trigger.definition["view"]) == (None, "v1")
    assert trigger.depends_on == ["table:customers", "view:v1"]


def test_plan_orders_views_after_the_views_they_read(sqlite_url: str) -> None:
    conn = connect(sqlite_url)
    conn.raw.executescript(
        SHOP + "CREATE VIEW a3 AS SELECT 1 AS x; CREATE VIEW b2 AS SELECT x FROM a3;"
        "CREATE VIEW c1 AS SELECT x FROM b2; CREATE VIEW a0 AS SELECT x FROM c1;"
    )
    target = introspect_sqlite(conn)
    conn.raw.executescript("DROP VIEW a0; DROP VIEW c1; DROP VIEW b2; DROP VIEW a3")
    plan = plan_reverse_sqlite(introspect_sqlite(conn), target, set())
    conn.close()
    assert [sql.split()[2] for sql in plan.post] == ["a3", "b2", "c1", "a0"]


def test_triggers_of_restored_tables_are_out_of_the_way_during_the_restore(sqlite_url: str) -> None:
    conn = connect(sqlite_url)
    conn.raw.executescript(AUDIT)
    model = introspect_sqlite(conn)
    conn.close()
    plan = plan_reverse_sqlite(model, model, {"orders"})
    assert plan.pre == ['DROP TRIGGER "orders_audit"']
    assert plan.post == [model.objects["trigger:orders_audit"].definition["sql"]]
    assert plan_reverse_sqlite(model, model, set()) == ReversePlan()


def test_a_rename_is_found_only_when_unambiguous(sqlite_url: str) -> None:
    conn = connect(sqlite_url)
    conn.raw.executescript("CREATE TABLE a (x INT); CREATE TABLE b (x INT); INSERT INTO a VALUES (1);")
    target = introspect_sqlite(conn)
    conn.raw.executescript("ALTER TABLE a RENAME TO c")
    plan = plan_reverse_sqlite(introspect_sqlite(conn), target, set())
    assert plan.pre[:2] == [LEGACY_ALTER, 'ALTER TABLE "c" RENAME TO "_rollback_tmp_a"']
    assert plan.rebuilt == set()
    # c and d both read like a renamed a or b: nothing is guessed, both come back empty.
    conn.raw.executescript("DROP TABLE b; CREATE TABLE d (x INT)")
    plan = plan_reverse_sqlite(introspect_sqlite(conn), target, set())
    conn.close()
    assert plan.pre == [
        'DROP TABLE "c"',
        'DROP TABLE "d"',
        "CREATE TABLE a (x INT)",
        "CREATE TABLE b (x INT)",
    ]
    assert plan.rebuilt == {"a", "b"}


def test_a_required_column_without_source_leaves_a_restored_table_empty() -> None:
    target = SchemaModel("sqlite")
    current = SchemaModel("sqlite")
    target.add_table(
        Table(
            "t",
            [Column("id", "INTEGER"), Column("v", "TEXT", nullable=False)],
            ["id"],
            {"sql": "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)"},
        )
    )
    current.add_table(
        Table("t", [Column("id", "INTEGER")], ["id"], {"sql": "CREATE TABLE t (id INTEGER PRIMARY KEY)"})
    )
    restored = plan_reverse_sqlite(current, target, {"t"})
    assert restored.rebuilt == {"t"} and restored.pre[0] == 'DROP TABLE "t"'
    # Without a capture, the copy is kept: it fails loudly at run time instead of losing the rows.
    copied = plan_reverse_sqlite(current, target, set())
    assert copied.rebuilt == set() and any(s.startswith('INSERT INTO "t"') for s in copied.pre)


def test_a_new_check_leaves_a_restored_table_empty() -> None:
    """A rebuild that converted values under a new CHECK (a rename of enum-like values): the current
    rows may break the old CHECK, so a table the engine restores is created empty, not copied into."""
    cols = [Column("id", "INTEGER"), Column("tier", "TEXT", nullable=False)]
    target = SchemaModel("sqlite")
    current = SchemaModel("sqlite")
    target.add_table(Table("t", cols, ["id"], {"sql": "CREATE TABLE t (id INTEGER PRIMARY KEY, tier TEXT NOT NULL CHECK (tier IN ('FREE', 'PAID')))"}))
    current.add_table(Table("t", cols, ["id"], {"sql": "CREATE TABLE t (id INTEGER PRIMARY KEY, tier TEXT NOT NULL CHECK (tier IN ('BASIC', 'PRO')))"}))
    restored = plan_reverse_sqlite(current, target, {"t"})
    assert restored.rebuilt == {"t"} and not any(s.startswith('INSERT INTO "t"') for s in restored.pre)
    # The same CHECK written differently is no new CHECK: the rows are copied.
    current.tables["t"].extra["sql"] = "CREATE TABLE t (id INTEGER PRIMARY KEY, tier TEXT NOT NULL, CHECK(tier in ('FREE','PAID')), UNIQUE (tier, id))"
    copied = plan_reverse_sqlite(current, target, {"t"})
    assert copied.rebuilt == set() and any(s.startswith('INSERT INTO "t"') for s in copied.pre)


@pytest.mark.parametrize(
    ("sql", "name", "columns", "options"),
    [
        ("CREATE TABLE t(a INT, b AS (a+1) STORED)", "t", {"a": None, "b": "a+1"}, set()),
        (
            'CREATE TABLE IF NOT EXISTS main."My T" ("x y" TEXT, [z] GENERATED ALWAYS AS (upper("x y")))',
            "My T",
            {"x y": None, "z": 'upper("x y")'},
            set(),
        ),
        (
            "CREATE TABLE k (a -- AS (no)\n, b /* ) */ TEXT, PRIMARY KEY (a)) WITHOUT ROWID, STRICT",
            "k",
            {"a": None, "b": None},
            {"WITHOUT ROWID", "STRICT"},
        ),
        (
            'CREATE TABLE c ("check" TEXT CHECK ("check" <> \'AS (x)\'), CONSTRAINT u UNIQUE ("check"))',
            "c",
            {"check": None},
            set(),
        ),
    ],
)
def test_parse_create_table(sql: str, name: str, columns: dict[str, str | None], options: set[str]) -> None:
    text = parse_create_table(sql)
    assert text is not None
    assert text.name == name
    assert {k: c.generated for k, c in text.columns.items()} == {k.lower(): v for k, v in columns.items()}
    assert text.options == options


def test_table_body_is_the_same_after_a_rename() -> None:
    assert table_body('CREATE TABLE "new name"(a, b)') == table_body("CREATE TABLE old(a, b)") == "(a, b)"
    assert table_body("CREATE TABLE IF NOT EXISTS old (a)") == "(a)"


def test_referenced_names_skips_strings_and_matches_any_case() -> None:
    sql = "CREATE VIEW v AS SELECT 'orders' FROM \"Customers\" JOIN [notes] USING (id) -- orders"
    assert referenced_names(sql, ["orders", "customers", "notes", "v2"]) == ["customers", "notes"]


def test_unknown_generated_expression_has_a_placeholder() -> None:
    assert UNKNOWN_EXPRESSION == "<unparsed>"


def test_tightened_columns_leave_a_restored_table_empty_but_never_null_keys_do_not() -> None:
    """A target column that accepts fewer values than its source (NOT NULL over nullable, a STRICT
    column of another type, the INTEGER PRIMARY KEY from a text column) makes a restored table come
    back empty and from its capture; a key column that can hold no NULL (a WITHOUT ROWID table's
    primary key, the rowid) counts as NOT NULL even when not declared so."""

    def plan(target_sql: str, target_cols: list[Column], current_sql: str, current_cols: list[Column],
             pk: list[str], current_pk: list[str] | None = None) -> ReversePlan:
        target, current = SchemaModel("sqlite"), SchemaModel("sqlite")
        target.add_table(Table("t", target_cols, pk, {"sql": target_sql, "strict": "STRICT" in target_sql,
                                                      "without_rowid": "WITHOUT ROWID" in target_sql}))
        current.add_table(Table("t", current_cols, current_pk if current_pk is not None else pk,
                                {"sql": current_sql, "strict": "STRICT" in current_sql, "without_rowid": "WITHOUT ROWID" in current_sql}))
        return plan_reverse_sqlite(current, target, {"t"})

    strict = plan("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER NOT NULL) STRICT",
                  [Column("id", "INTEGER"), Column("n", "INTEGER", nullable=False)],
                  "CREATE TABLE t (id INTEGER PRIMARY KEY, n TEXT NOT NULL) STRICT",
                  [Column("id", "INTEGER"), Column("n", "TEXT", nullable=False)], ["id"])
    assert strict.rebuilt == {"t"}
    keyed = plan("CREATE TABLE t (a TEXT NOT NULL, b TEXT NOT NULL, v TEXT, PRIMARY KEY (a, b))",
                 [Column("a", "TEXT", nullable=False), Column("b", "TEXT", nullable=False), Column("v", "TEXT")],
                 "CREATE TABLE t (a TEXT, b TEXT, v TEXT, PRIMARY KEY (a, b)) WITHOUT ROWID",
                 [Column("a", "TEXT"), Column("b", "TEXT"), Column("v", "TEXT")], ["a", "b"])
    assert keyed.rebuilt == set() and any(s.startswith('INSERT INTO "t"') for s in keyed.pre)
    loose = plan("CREATE TABLE t (a TEXT NOT NULL, b TEXT NOT NULL, v TEXT, PRIMARY KEY (a, b))",
                 [Column("a", "TEXT", nullable=False), Column("b", "TEXT", nullable=False), Column("v", "TEXT")],
                 "CREATE TABLE t (a TEXT, b TEXT, v TEXT, PRIMARY KEY (a, b))",
                 [Column("a", "TEXT"), Column("b", "TEXT"), Column("v", "TEXT")], ["a", "b"])
    assert loose.rebuilt == {"t"}  # a rowid table's primary key may hold NULLs
