"""MySQL/MariaDB introspection, data capture/restore and the reverse differ, against a real server.

Each scenario: run `setup` (split like the mysql client would, DELIMITER included), capture the
tables named in `data` with the dialect's own capture SQL, introspect (A), run `migration`, introspect
(B), plan B -> A from the stored (JSON) models, run `pre`, the restore guards, the dialect's restore
SQL for the captured tables, the guards' second half and `post`, then require A's fingerprint and
the captured tables' checksums. Every scenario runs twice: with MariaDB's IF [NOT] EXISTS clauses
(each DDL step of `pre`/`post` executed twice in a row, as a resumed step journal may) and in the
portable form MySQL 8 also accepts. Then the same differ plans A -> B (forward) and must reach B.

The server comes from ROLLBACK_TEST_MYSQL_URL (default mysql://root@127.0.0.1:3306/test); each test
gets a fresh database `rc_my_<hex>`, dropped afterwards. Without a server the tests skip, saying how
to start it; under CI=true they fail.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from rollback_commander.dialects.base import Connection, ReversePlan
from rollback_commander.dialects.mysql import MySQLConnection, MySQLDialect, implicit_commit, lock_name
from rollback_commander.dialects.mysql_reverse import is_rerunnable, plan_reverse_mysql
from rollback_commander.dialects.mysql_schema import introspect_mysql, qi
from rollback_commander.errors import ConnectionFailed, LockBusy
from rollback_commander.model.migration import discover, up_section
from rollback_commander.model.schema import SchemaModel
from rollback_commander.urls import parse_url

from .conftest import fresh_mysql_database

pytestmark = pytest.mark.mysql


@dataclass(frozen=True)
class Case:
    id: str
    setup: str
    migration: str
    data: tuple[str, ...] = ()
    """Tables captured before the migration and restored between pre and post."""
    forward: bool = True
    kept: tuple[str, ...] = ()
    """Tables (target names) whose rows must come back without any capture: renamed, reordered."""
    expect: tuple[str, ...] = ()
    """Text the MariaDB-flavoured plan must contain (how it reaches the target)."""


BASE = """
CREATE TABLE customers (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email VARCHAR(120) NOT NULL,
  name VARCHAR(80) DEFAULT 'anon',
  score INT CHECK (score >= 0),
  status ENUM('new','active','gone') NOT NULL DEFAULT 'new',
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY customers_email (email)
) ENGINE=InnoDB COMMENT='people who pay';
CREATE TABLE orders (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  customer_id INT,
  amount DECIMAL(10,2) NOT NULL DEFAULT 0,
  note TEXT,
  KEY orders_customer (customer_id),
  CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
) ENGINE=InnoDB;
"""

SEED = """
INSERT INTO customers (email, name, score, status, created_at) VALUES
  ('a@x', 'Ann', 1, 'active', '2024-01-01 10:00:00'), ('b@x', NULL, 2, 'new', '2024-01-02 10:00:00'),
  ('c@x', 'Cy', 3, 'gone', '2024-01-03 10:00:00');
INSERT INTO orders (customer_id, amount, note) VALUES (1, 10, 'n1'), (1, 20, NULL), (3, 5.5, 'n;3');
"""

PLAYERS = """
CREATE TABLE players (
  guid INT UNSIGNED NOT NULL PRIMARY KEY,
  name VARCHAR(12) NOT NULL,
  level TINYINT UNSIGNED NOT NULL DEFAULT 1,
  money BIGINT NOT NULL DEFAULT 0,
  KEY players_name (name)
) ENGINE=InnoDB;
INSERT INTO players VALUES (1, 'Arthas', 80, 1000), (2, 'Jaina', 70, 250), (3, 'Thrall', 80, 0);
"""

ROUTINES = """
DELIMITER $$
CREATE FUNCTION order_total(cid INT) RETURNS DECIMAL(12,2)
  READS SQL DATA
BEGIN
  DECLARE t DECIMAL(12,2);
  SELECT COALESCE(SUM(amount), 0) INTO t FROM orders WHERE customer_id = cid; -- ; in a comment
  RETURN t;
END$$
CREATE PROCEDURE bump_scores(IN by_n INT)
  COMMENT 'adds; to every score'
BEGIN
  UPDATE customers SET score = score + by_n WHERE score IS NOT NULL;
  SELECT 'done; really' AS msg;
END$$
DELIMITER ;
"""

CASES: list[Case] = [
    # -- tables ------------------------------------------------------------------------------------
    Case("create_table", BASE, "CREATE TABLE tags (id INT PRIMARY KEY, label VARCHAR(20) NOT NULL UNIQUE)"),
    Case(
        "drop_child_table",
        BASE + SEED + "CREATE TRIGGER orders_bi BEFORE INSERT ON orders FOR EACH ROW SET NEW.note = COALESCE(NEW.note, '-');",
        "DROP TABLE orders",
        data=("orders",),
    ),
    Case("drop_parent_and_child", BASE + SEED, "DROP TABLE orders, customers", data=("customers", "orders")),
    Case(
        "drop_parent_with_fk_checks_off",
        BASE + SEED,
        "SET FOREIGN_KEY_CHECKS = 0; DROP TABLE customers; SET FOREIGN_KEY_CHECKS = 1",
        data=("customers",),
        forward=False,  # a foreign key into a missing table is reachable only with the checks off
    ),
    Case(
        "tables_with_foreign_keys_between_them",
        "CREATE TABLE keep_me (id INT PRIMARY KEY);",
        "CREATE TABLE a (id INT PRIMARY KEY, b_id INT, keep_id INT, FOREIGN KEY (keep_id) REFERENCES keep_me (id));"
        "CREATE TABLE b (id INT PRIMARY KEY, a_id INT, FOREIGN KEY (a_id) REFERENCES a (id));"
        "ALTER TABLE a ADD CONSTRAINT a_b FOREIGN KEY (b_id) REFERENCES b (id);"
        "CREATE TABLE c (id INT PRIMARY KEY, parent INT, FOREIGN KEY (parent) REFERENCES c (id))",
    ),
    Case(
        "rename_table",
        BASE + SEED,
        "RENAME TABLE orders TO purchases",
        kept=("orders",),
        expect=("RENAME TABLE IF EXISTS `purchases` TO `orders`",),
    ),
    Case("rename_parent_table", BASE + SEED, "ALTER TABLE customers RENAME TO clients", kept=("customers", "orders")),
    Case(
        "rename_several_tables_at_once",
        BASE + SEED + "CREATE TABLE notes (id INT PRIMARY KEY, body TEXT); INSERT INTO notes VALUES (1, 'x');",
        "RENAME TABLE orders TO purchases, customers TO clients, notes TO memos",
        kept=("customers", "orders", "notes"),
    ),
    Case(
        "rename_swap_new_table_in",
        PLAYERS,
        "CREATE TABLE players_new (guid INT UNSIGNED NOT NULL PRIMARY KEY, name VARCHAR(24) NOT NULL, "
        "level SMALLINT UNSIGNED NOT NULL DEFAULT 1, money BIGINT NOT NULL DEFAULT 0, KEY players_name (name));"
        "INSERT INTO players_new SELECT * FROM players ORDER BY guid;"
        "RENAME TABLE players TO players_old, players_new TO players",
        kept=("players",),
        expect=("RENAME TABLE IF EXISTS `players_old` TO `players`",),
    ),
    Case(
        "rename_cycle_between_tables",
        "CREATE TABLE a (id INT PRIMARY KEY, x INT); CREATE TABLE b (id INT PRIMARY KEY, y VARCHAR(5));"
        "INSERT INTO a VALUES (1, 1); INSERT INTO b VALUES (1, 'b');",
        "RENAME TABLE a TO tmp, b TO a, tmp TO b",
        kept=("a", "b"),
    ),
    Case(
        "backup_table_ctas_then_destroy",
        PLAYERS,
        "CREATE TABLE playerbot_backup_20240115 AS SELECT * FROM players;"
        "UPDATE players SET money = 0 WHERE level < 80; DELETE FROM players WHERE guid = 3;"
        "ALTER TABLE players ADD COLUMN is_bot TINYINT(1) NOT NULL DEFAULT 0 AFTER name",
        data=("players",),
    ),
    Case(
        "backup_table_like_then_alter",
        PLAYERS,
        "CREATE TABLE playerbot_backup_20240116 LIKE players;"
        "INSERT INTO playerbot_backup_20240116 SELECT * FROM players;"
        "ALTER TABLE players DROP COLUMN money, ADD COLUMN gold INT NOT NULL DEFAULT 0",
        data=("players",),
    ),
    Case(
        "table_options",
        BASE + "CREATE TABLE cache (k VARCHAR(40) PRIMARY KEY, v TEXT) ENGINE=InnoDB;",
        "ALTER TABLE customers COMMENT = 'all of them', ROW_FORMAT = COMPACT;"
        "ALTER TABLE cache ENGINE = MyISAM, COMMENT = 'now myisam'",
    ),
    Case(
        "table_charset_and_column_collation",
        BASE,
        "ALTER TABLE orders DEFAULT CHARSET = latin1 COLLATE latin1_swedish_ci;"
        "ALTER TABLE customers MODIFY name VARCHAR(80) CHARACTER SET latin1 COLLATE latin1_general_ci DEFAULT 'anon';"
        "ALTER TABLE orders ADD COLUMN tag VARCHAR(10) AFTER amount",
    ),
    Case(
        "partitioning_added_and_removed",
        "CREATE TABLE events (id INT NOT NULL, y INT NOT NULL, PRIMARY KEY (id, y)) "
        "PARTITION BY RANGE (y) (PARTITION p0 VALUES LESS THAN (2000), PARTITION p1 VALUES LESS THAN MAXVALUE);"
        "CREATE TABLE logs (id INT NOT NULL PRIMARY KEY, msg TEXT);",
        "ALTER TABLE events REMOVE PARTITIONING;"
        "ALTER TABLE logs PARTITION BY HASH (id) PARTITIONS 4",
    ),
    Case(
        "table_becomes_view",
        BASE + SEED + "CREATE TABLE order_totals (customer_id INT PRIMARY KEY, total DECIMAL(12,2));"
        "INSERT INTO order_totals VALUES (1, 30), (3, 5.5);",
        "DROP TABLE order_totals;"
        "CREATE VIEW order_totals AS SELECT customer_id, SUM(amount) AS total FROM orders GROUP BY customer_id",
        data=("order_totals",),
    ),
    # -- columns -----------------------------------------------------------------------------------
    Case(
        "add_column_in_the_middle",
        BASE + SEED,
        "ALTER TABLE customers ADD COLUMN phone VARCHAR(20) AFTER email",
        kept=("customers",),
    ),
    Case("add_column_first", BASE, "ALTER TABLE orders ADD COLUMN region CHAR(2) NOT NULL DEFAULT 'eu' FIRST"),
    Case("drop_middle_column", BASE + SEED, "ALTER TABLE customers DROP COLUMN name", data=("customers",)),
    Case(
        "drop_indexed_column",
        BASE + SEED + "CREATE INDEX customers_name_score ON customers (name, score);",
        "ALTER TABLE customers DROP COLUMN score, DROP COLUMN name",
        data=("customers",),
    ),
    Case(
        "drop_fk_column",
        BASE + SEED,
        "ALTER TABLE orders DROP FOREIGN KEY orders_customer_fk; ALTER TABLE orders DROP COLUMN customer_id",
        data=("orders",),
    ),
    Case(
        "modify_column_types",
        BASE + SEED,
        "ALTER TABLE customers MODIFY name VARCHAR(200) DEFAULT 'anon', MODIFY score BIGINT;"
        "ALTER TABLE orders MODIFY amount DECIMAL(14,4) NOT NULL DEFAULT 0, MODIFY note MEDIUMTEXT",
        kept=("customers", "orders"),
    ),
    Case(
        "narrow_column_with_data_rebuild",
        BASE + SEED,
        "ALTER TABLE customers MODIFY name VARCHAR(200) DEFAULT 'anon';"
        "UPDATE customers SET name = REPEAT('x', 150) WHERE id = 2",
        data=("customers",),
    ),
    Case(
        "nullability_and_defaults",
        BASE + SEED,
        "ALTER TABLE customers ALTER COLUMN name DROP DEFAULT, ALTER COLUMN score SET DEFAULT 7;"
        "UPDATE orders SET note = 'none' WHERE note IS NULL;"
        "ALTER TABLE orders MODIFY note TEXT NOT NULL DEFAULT ('none'), ALTER COLUMN amount SET DEFAULT 1.5",
        data=("orders",),
        forward=False,  # the restored NULL notes do not fit the forward NOT NULL
    ),
    Case(
        "change_column_rename_and_type",
        BASE + SEED,
        "ALTER TABLE customers CHANGE COLUMN name full_name VARCHAR(200) NULL DEFAULT NULL",
        data=("customers",),
        expect=("DROP TABLE IF EXISTS `customers`",),  # narrowing rows written since could fail: rebuilt
    ),
    Case(
        "change_column_rename_and_widen_no_capture",
        BASE + SEED,
        "ALTER TABLE customers CHANGE COLUMN name full_name VARCHAR(200) NULL DEFAULT NULL",
        kept=("customers",),
        expect=("CHANGE COLUMN IF EXISTS `full_name` `name` varchar(80)",),
    ),
    Case(
        "rename_column",
        BASE + SEED,
        "ALTER TABLE orders RENAME COLUMN note TO remark",
        kept=("orders",),
        expect=("CHANGE COLUMN IF EXISTS `remark` `note`",),
    ),
    Case(
        "rename_columns_swapped",
        "CREATE TABLE t (a INT, b INT, c VARCHAR(5), g INT AS (a * 2) VIRTUAL, KEY t_a (a));"
        "INSERT INTO t (a, b, c) VALUES (1, 2, 'x');",
        "ALTER TABLE t RENAME COLUMN a TO b, RENAME COLUMN b TO a",
        data=("t",),  # to two snapshots a swap of equal columns looks like a reorder: rows need a capture
    ),
    Case(
        "rename_fk_columns_both_sides",
        BASE + SEED,
        "ALTER TABLE customers RENAME COLUMN id TO customer_no; ALTER TABLE orders RENAME COLUMN customer_id TO cust",
        kept=("customers", "orders"),
    ),
    Case(
        "reorder_columns",
        BASE + SEED,
        "ALTER TABLE customers MODIFY status ENUM('new','active','gone') NOT NULL DEFAULT 'new' FIRST,"
        " MODIFY email VARCHAR(120) NOT NULL AFTER created_at",
        kept=("customers",),
    ),
    Case(
        "invisible_columns",
        BASE + SEED + "ALTER TABLE orders ADD COLUMN legacy_code INT INVISIBLE DEFAULT 0;",
        "ALTER TABLE customers ADD COLUMN shard INT INVISIBLE DEFAULT 1 AFTER id;"
        "ALTER TABLE orders MODIFY legacy_code INT DEFAULT 0;"
        "ALTER TABLE orders MODIFY note TEXT INVISIBLE",
        kept=("customers", "orders"),
    ),
    Case(
        "enum_value_added",
        BASE + SEED,
        "ALTER TABLE customers MODIFY status ENUM('new','active','gone','vip') NOT NULL DEFAULT 'new';"
        "UPDATE customers SET status = 'vip' WHERE id = 1",
        data=("customers",),
    ),
    Case(
        "enum_values_renamed_and_removed",
        BASE + SEED,
        "ALTER TABLE customers MODIFY status ENUM('new','active','gone','inactive') NOT NULL DEFAULT 'new';"
        "UPDATE customers SET status = 'inactive' WHERE status = 'gone';"
        "ALTER TABLE customers MODIFY status ENUM('new','active','inactive') NOT NULL DEFAULT 'active'",
        data=("customers",),
        forward=False,  # the restored rows hold 'gone', which the forward type no longer has
    ),
    Case(
        "set_column_changes",
        "CREATE TABLE prefs (id INT PRIMARY KEY, flags SET('email','sms','push') NOT NULL DEFAULT 'email');"
        "INSERT INTO prefs VALUES (1, 'email,sms'), (2, ''), (3, 'push');",
        "ALTER TABLE prefs MODIFY flags SET('email','sms','push','pigeon') NOT NULL DEFAULT 'email,push';"
        "UPDATE prefs SET flags = 'pigeon' WHERE id = 2",
        data=("prefs",),
    ),
    Case(
        "auto_increment_dropped_and_added",
        BASE + "CREATE TABLE seq_demo (n INT NOT NULL, label VARCHAR(5), KEY seq_n (n));",
        "ALTER TABLE orders MODIFY id BIGINT NOT NULL;"
        "ALTER TABLE seq_demo MODIFY n INT NOT NULL AUTO_INCREMENT",
    ),
    Case(
        "generated_columns_changed",
        "CREATE TABLE g (a INT, b INT, total INT AS (a + b) VIRTUAL, twice INT AS (a * 2) STORED, c INT);"
        "INSERT INTO g (a, b, c) VALUES (1, 2, 3), (4, 5, 6);",
        "ALTER TABLE g MODIFY total INT AS (a * b) VIRTUAL;"
        "ALTER TABLE g MODIFY twice INT;"
        "ALTER TABLE g ADD COLUMN half DECIMAL(10,1) AS (a / 2) STORED AFTER b;"
        "ALTER TABLE g MODIFY c INT AS (a - b) STORED",
        data=("g",),  # c's values were overwritten by the expression: only a capture has them
    ),
    Case(
        "generated_column_dropped_middle_with_data",
        "CREATE TABLE g (a INT, total INT AS (a * 2) STORED, b VARCHAR(10), KEY g_total (total));"
        "INSERT INTO g (a, b) VALUES (1, 'x'), (2, 'y');",
        "ALTER TABLE g DROP COLUMN total",
        data=("g",),
    ),
    Case(
        "column_comments_and_collation",
        BASE,
        "ALTER TABLE customers MODIFY email VARCHAR(120) NOT NULL COMMENT 'login; it''s unique',"
        " MODIFY name VARCHAR(80) COLLATE utf8mb4_bin DEFAULT 'anon'",
    ),
    Case(
        "json_and_spatial_columns",
        "CREATE TABLE places (id INT PRIMARY KEY, pos POINT NOT NULL, info JSON, SPATIAL KEY places_pos (pos));"
        "INSERT INTO places VALUES (1, POINT(1, 2), '{\"a\": 1}'), (2, POINT(3, 4), NULL);",
        "ALTER TABLE places DROP INDEX places_pos, DROP COLUMN info;"
        "ALTER TABLE places ADD COLUMN area POLYGON",
        data=("places",),
    ),
    # -- keys, indexes, constraints ----------------------------------------------------------------
    Case(
        "indexes_of_every_kind",
        BASE + "CREATE TABLE docs (id INT PRIMARY KEY, title VARCHAR(200), body TEXT, pos POINT NOT NULL);",
        "CREATE FULLTEXT INDEX docs_ft ON docs (title, body);"
        "CREATE SPATIAL INDEX docs_pos ON docs (pos);"
        "CREATE INDEX docs_title_prefix ON docs (title(20) DESC) COMMENT 'prefix';"
        "CREATE UNIQUE INDEX customers_name_status ON customers (name, status);"
        "DROP INDEX customers_email ON customers;"
        "ALTER TABLE orders ADD INDEX orders_amount_note (amount, note(10))",
    ),
    Case(
        "fulltext_index_dropped",
        "CREATE TABLE articles (id INT PRIMARY KEY, title VARCHAR(100), body TEXT, FULLTEXT KEY articles_ft (title, body));",
        "ALTER TABLE articles DROP INDEX articles_ft; ALTER TABLE articles ADD FULLTEXT KEY articles_title (title)",
    ),
    Case(
        "index_renamed_and_changed",
        BASE,
        "ALTER TABLE orders RENAME INDEX orders_customer TO orders_by_customer;"
        "ALTER TABLE customers DROP INDEX customers_email, ADD UNIQUE KEY customers_email (email, name)",
    ),
    Case(
        "primary_key_changes",
        BASE + "CREATE TABLE k (a INT NOT NULL, b INT NOT NULL, c INT, PRIMARY KEY (a));",
        "ALTER TABLE k DROP PRIMARY KEY, ADD PRIMARY KEY (a, b);"
        "ALTER TABLE orders MODIFY id BIGINT NOT NULL, DROP PRIMARY KEY",
    ),
    Case(
        "primary_key_added_to_heap",
        "CREATE TABLE heap (a INT NOT NULL, b VARCHAR(5));INSERT INTO heap VALUES (1, 'x'), (1, 'x'), (2, NULL);",
        "DELETE FROM heap WHERE a = 1 LIMIT 1; ALTER TABLE heap ADD PRIMARY KEY (a)",
        data=("heap",),
        forward=False,  # the restored duplicates do not fit the forward primary key
    ),
    Case(
        "foreign_key_rules_changed",
        BASE + "CREATE TABLE notes (id INT PRIMARY KEY, order_id BIGINT);",
        "ALTER TABLE orders DROP FOREIGN KEY orders_customer_fk;"
        "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) "
        "ON DELETE SET NULL ON UPDATE CASCADE;"
        "ALTER TABLE notes ADD CONSTRAINT notes_order_fk FOREIGN KEY (order_id) REFERENCES orders (id)",
    ),
    Case(
        "foreign_key_dropped_with_its_index",
        BASE + SEED,
        "ALTER TABLE orders DROP FOREIGN KEY orders_customer_fk; ALTER TABLE orders DROP INDEX orders_customer",
    ),
    Case(
        "self_referencing_foreign_key",
        "CREATE TABLE staff (id INT PRIMARY KEY, boss_id INT, CONSTRAINT staff_boss FOREIGN KEY (boss_id) REFERENCES staff (id));"
        "INSERT INTO staff VALUES (1, NULL), (2, 1), (3, 1);",
        "ALTER TABLE staff DROP FOREIGN KEY staff_boss; DELETE FROM staff WHERE id = 1;"
        "ALTER TABLE staff ADD COLUMN team VARCHAR(10)",
        data=("staff",),
    ),
    Case(
        "check_constraints",
        BASE + "ALTER TABLE orders ADD CONSTRAINT amount_positive CHECK (amount >= 0);",
        "ALTER TABLE orders DROP CONSTRAINT amount_positive;"
        "ALTER TABLE orders ADD CONSTRAINT note_short CHECK (CHAR_LENGTH(note) < 100);"
        "ALTER TABLE customers MODIFY score INT",
    ),
    # -- views, triggers, routines, events ---------------------------------------------------------
    Case(
        "views_created_changed_dropped",
        BASE + "CREATE VIEW active_customers AS SELECT id, email FROM customers WHERE status = 'active';"
        "CREATE VIEW big_orders AS SELECT * FROM orders WHERE amount > 100;",
        "CREATE OR REPLACE VIEW active_customers AS SELECT id, email, name FROM customers WHERE status <> 'gone';"
        "DROP VIEW big_orders;"
        "CREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW cheap_orders AS SELECT id, amount FROM orders "
        "WHERE amount < 10 WITH CASCADED CHECK OPTION",
    ),
    Case(
        "views_on_views",
        BASE + "CREATE VIEW v1 AS SELECT id, email FROM customers;"
        "CREATE VIEW v2 AS SELECT v1.email, COUNT(o.id) AS n FROM v1 LEFT JOIN orders o ON o.customer_id = v1.id GROUP BY v1.email;",
        "DROP VIEW v2; DROP VIEW v1; CREATE VIEW v1 AS SELECT id, email, name FROM customers;"
        "CREATE VIEW v2 AS SELECT v1.name, COUNT(*) AS n FROM v1 GROUP BY v1.name;"
        "CREATE VIEW v3 AS SELECT * FROM v2 WHERE n > 1",
    ),
    Case(
        "view_over_dropped_column",
        BASE + SEED + "CREATE VIEW customer_names AS SELECT id, name FROM customers;",
        "ALTER TABLE customers DROP COLUMN name",
        data=("customers",),
        forward=False,  # a view over a missing column cannot be created, only left behind
    ),
    Case(
        "triggers_created_dropped_changed",
        BASE
        + "CREATE TRIGGER customers_bi BEFORE INSERT ON customers FOR EACH ROW SET NEW.name = COALESCE(NEW.name, 'x');",
        "DROP TRIGGER customers_bi;"
        "CREATE TRIGGER customers_bi BEFORE INSERT ON customers FOR EACH ROW SET NEW.name = UPPER(NEW.name);"
        "CREATE TRIGGER orders_bu BEFORE UPDATE ON orders FOR EACH ROW BEGIN IF NEW.amount < 0 THEN "
        "SET NEW.amount = 0; END IF; END",
    ),
    Case(
        "trigger_order_follows",
        BASE
        + "CREATE TRIGGER t1 BEFORE INSERT ON orders FOR EACH ROW SET NEW.note = CONCAT(COALESCE(NEW.note, ''), '1');"
        "CREATE TRIGGER t2 BEFORE INSERT ON orders FOR EACH ROW SET NEW.note = CONCAT(NEW.note, '2');"
        "CREATE TRIGGER t3 BEFORE INSERT ON orders FOR EACH ROW SET NEW.note = CONCAT(NEW.note, '3');",
        "DROP TRIGGER t1;"
        "CREATE TRIGGER t0 BEFORE INSERT ON orders FOR EACH ROW PRECEDES t2 SET NEW.note = CONCAT(COALESCE(NEW.note, ''), '0')",
    ),
    Case(
        "trigger_under_sql_mode",
        BASE,
        "SET SESSION sql_mode = 'ANSI_QUOTES,NO_ENGINE_SUBSTITUTION';"
        "CREATE TRIGGER customers_bu BEFORE UPDATE ON customers FOR EACH ROW SET NEW.name = 'changed';"
        "SET SESSION sql_mode = DEFAULT",
    ),
    Case("procedures_and_functions_created", BASE, ROUTINES),
    Case(
        "procedures_and_functions_changed_dropped",
        BASE + ROUTINES,
        "DROP PROCEDURE bump_scores;\nDELIMITER //\n"
        "CREATE PROCEDURE bump_scores(IN by_n INT, IN cap INT)\nBEGIN\n"
        "  UPDATE customers SET score = LEAST(score + by_n, cap);\nEND//\nDELIMITER ;\n"
        "DROP FUNCTION order_total;"
        "CREATE FUNCTION shout(s VARCHAR(50)) RETURNS VARCHAR(60) DETERMINISTIC RETURN CONCAT(UPPER(s), '!');",
    ),
    Case(
        "view_using_function",
        BASE + ROUTINES,
        "CREATE VIEW customer_totals AS SELECT id, order_total(id) AS total FROM customers;"
        "DROP FUNCTION order_total;"
        "CREATE FUNCTION order_total(cid INT) RETURNS DECIMAL(12,2) READS SQL DATA RETURN 0",
    ),
    Case(
        "events",
        BASE + "CREATE EVENT purge_orders ON SCHEDULE EVERY 1 DAY STARTS '2030-01-01 00:00:00' DISABLE "
        "DO DELETE FROM orders WHERE amount = 0;",
        "ALTER EVENT purge_orders ON SCHEDULE EVERY 2 DAY STARTS '2030-01-01 00:00:00';"
        "CREATE EVENT nightly ON SCHEDULE EVERY 1 DAY STARTS '2031-01-01 03:00:00' DISABLE DO UPDATE customers SET score = 0",
    ),
    Case(
        "mariadb_sequence",
        "CREATE SEQUENCE invoice_no START WITH 1000 INCREMENT BY 10;",
        "DROP SEQUENCE invoice_no; CREATE SEQUENCE invoice_no START WITH 5000;"
        "CREATE SEQUENCE ticket_no;"
        "CREATE TABLE tickets (id INT NOT NULL DEFAULT (NEXT VALUE FOR ticket_no) PRIMARY KEY)",
    ),
    # MariaDB system versioning: the flag comes and goes with the reverse, and the reverse's other
    # ALTERs of a versioned table need system_versioning_alter_history = KEEP in the tool's session
    Case(
        "mariadb_add_system_versioning",
        BASE + SEED,
        "ALTER TABLE customers ADD COLUMN audit VARCHAR(20), MODIFY name VARCHAR(90), ADD SYSTEM VERSIONING",
        expect=("DROP SYSTEM VERSIONING",),
    ),
    Case(
        "mariadb_drop_system_versioning",
        BASE + SEED + "ALTER TABLE customers ADD SYSTEM VERSIONING;",
        "ALTER TABLE customers DROP SYSTEM VERSIONING; ALTER TABLE customers DROP COLUMN name",
        data=("customers",),
        expect=("ADD SYSTEM VERSIONING",),
    ),
    Case(
        "mariadb_alter_versioned_table",
        BASE + SEED + "ALTER TABLE customers ADD SYSTEM VERSIONING;",
        "ALTER TABLE customers MODIFY name VARCHAR(60), ADD COLUMN audit VARCHAR(20); UPDATE customers SET audit = 'x'",
        data=("customers",),
    ),
    # -- data ----------------------------------------------------------------------------------------
    Case(
        "keyless_table_duplicates",
        "CREATE TABLE heap (a INT, b VARCHAR(10), c DOUBLE);"
        "INSERT INTO heap VALUES (1, 'x', 0.5), (1, 'x', 0.5), (2, NULL, NULL), (3, 'Y', 1e10), (3, 'y', 1e10);",
        "DELETE FROM heap WHERE a = 1 LIMIT 1; UPDATE heap SET b = 'z' WHERE a = 2;"
        "INSERT INTO heap VALUES (4, 'new', 4), (3, 'y', 1e10); ALTER TABLE heap ADD COLUMN d INT",
        data=("heap",),
    ),
    Case(
        "keyed_rows_case_and_space_changes",
        "CREATE TABLE tags (id INT PRIMARY KEY, label VARCHAR(20) COLLATE utf8mb4_general_ci, at TIMESTAMP NULL);"
        "INSERT INTO tags VALUES (1, 'Alpha', '2024-01-01 00:00:00'), (2, 'beta', NULL), (3, 'c ', '2024-02-02 02:02:02');",
        "UPDATE tags SET label = 'alpha' WHERE id = 1; UPDATE tags SET label = 'c' WHERE id = 3;"
        "UPDATE tags SET at = '2025-01-01 00:00:00' WHERE id = 2; INSERT INTO tags VALUES (4, 'new', NULL);"
        "ALTER TABLE tags ADD COLUMN color CHAR(6)",
        data=("tags",),
    ),
    Case(
        "renumbered_keys_and_children",
        BASE + SEED,
        "SET FOREIGN_KEY_CHECKS = 0; UPDATE customers SET id = id + 100; UPDATE orders SET customer_id = customer_id + 100;"
        "SET FOREIGN_KEY_CHECKS = 1; ALTER TABLE orders ADD COLUMN paid TINYINT(1) NOT NULL DEFAULT 0",
        data=("customers", "orders"),
    ),
]


# == fixtures and helpers ========================================================================
@pytest.fixture
def mysql_url(_mysql_admin: Any) -> Iterator[str]:
    """A fresh database with a fixed default collation (the cases compare collations)."""
    with fresh_mysql_database(_mysql_admin, "CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci") as url:
        yield url


@pytest.fixture
def dialect() -> MySQLDialect:
    return MySQLDialect()


@pytest.fixture
def conn(mysql_url: str, dialect: MySQLDialect) -> Iterator[Connection]:
    c = dialect.connect(parse_url(mysql_url))
    yield c
    c.close()


def _run(conn: Connection, sql: str) -> None:
    for stmt in MySQLDialect().split(sql):
        conn.execute(stmt.text)


def _script(plan: ReversePlan, restore: list[str]) -> str:
    return ";\n".join([*plan.pre, "-- restore --", *restore, "-- post --", *plan.post])


def _execute_plan(conn: Connection, statements: list[str], twice: bool, label: str) -> None:
    for sql in statements:
        for attempt in range(2 if twice and implicit_commit(sql) and is_rerunnable(sql) else 1):
            try:
                conn.execute(sql)
            except Exception as exc:
                again = " (run again, as a resumed step)" if attempt else ""
                raise AssertionError(f"statement failed{again}: {sql}\n{exc}\n--- plan ---\n{label}") from exc


def _checksums(conn: Connection, dialect: MySQLDialect, model: SchemaModel, tables: tuple[str, ...]) -> dict[str, str]:
    return {t: dialect.table_checksum(conn, model.tables[t]) for t in tables}


def _rows(conn: Connection, model: SchemaModel, tables: tuple[str, ...]) -> dict[str, list[str]]:
    out = {}
    for t in tables:
        cols = ", ".join(f"COALESCE(HEX({qi(c.name)}), 'NULL')" for c in model.tables[t].columns)
        out[t] = sorted(str(r) for r in conn.query(f"SELECT {cols} FROM {qi(t)}"))
    return out


def _assert_same(want: SchemaModel, got: SchemaModel, label: str, script: str) -> None:
    if got.fingerprint() != want.fingerprint():
        diff = "\n".join(want.diff(got))
        details = []
        for key in sorted(set(want.objects) | set(got.objects)):
            a, b = want.objects.get(key), got.objects.get(key)
            if a is not None and b is not None and a.definition != b.definition:
                details.append(f"{key}:\n  want {a.definition}\n  got  {b.definition}")
        for name in sorted(set(want.tables) & set(got.tables)):
            ta, tb = want.tables[name], got.tables[name]
            if ta != tb:
                details.append(f"table {name}:\n  want {ta}\n  got  {tb}")
        pytest.fail(f"{label}: schema differs:\n{diff}\n" + "\n".join(details) + f"\n--- plan ---\n{script}", pytrace=False)


# == the scenarios ===============================================================================
@pytest.mark.parametrize("mariadb", [True, False], ids=["if-exists", "portable"])
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_reverse_restores_schema_and_data(conn: Connection, dialect: MySQLDialect, case: Case, mariadb: bool) -> None:
    if case.id.startswith("mariadb_") and not _mysql_conn(conn).mariadb:
        pytest.skip("sequences and system versioning are MariaDB's")
    _run(conn, case.setup)
    before = introspect_mysql(conn)
    kept_before = _rows(conn, before, case.kept)
    captures = {t: f"_rollback_cap_t_{i}" for i, t in enumerate(case.data)}
    for t, cap in captures.items():
        for sql in dialect.capture_sql(before.tables[t], cap):
            conn.execute(sql)
    assert introspect_mysql(conn).fingerprint() == before.fingerprint(), "captures must be invisible"
    sums_before = _checksums(conn, dialect, before, case.data)
    rows_before = _rows(conn, before, case.data)
    noop = plan_reverse_mysql(before, before, set(before.tables), mariadb=mariadb)
    assert not noop.pre and not noop.post, _script(noop, [])

    _run(conn, case.migration)
    after = introspect_mysql(conn)
    assert after.fingerprint() != before.fingerprint(), "the migration changed nothing the model sees"

    stored_before, stored_after = (SchemaModel.from_json(m.to_json()) for m in (before, after))
    assert stored_before.fingerprint() == before.fingerprint()
    data = set(case.data)
    plan = plan_reverse_mysql(stored_after, stored_before, data, mariadb=mariadb)
    restore: list[str] = []
    for t in case.data:
        restore += dialect.restore_sql(before.tables[t], captures[t], before.row_key(t), t in plan.rebuilt)
    dialect.mariadb = mariadb
    guard_before, guard_after = dialect.restore_guards(stored_after, stored_before, data, data) if data else ([], [])
    script = _script(plan, [*guard_before, *restore, *guard_after])
    _execute_plan(conn, plan.pre, mariadb, script)
    conn.begin()  # the data restore is DML: one transaction, re-run as a whole
    try:
        _execute_plan(conn, [*guard_before, *restore, *guard_after], False, script)
    finally:
        if conn.in_transaction:
            conn.commit()
    _execute_plan(conn, plan.post, mariadb, script)
    back = introspect_mysql(conn)
    _assert_same(before, back, "reverse", script)
    assert _rows(conn, before, case.data) == rows_before, script
    assert _checksums(conn, dialect, before, case.data) == sums_before
    assert _rows(conn, before, case.kept) == kept_before, "rows of renamed or reordered tables must stay"
    if mariadb:
        missing = [e for e in case.expect if e not in script]
        assert not missing, f"the plan does not contain {missing}:\n{script}"

    # the migration must run again on the reversed database and give the same schema (a stale
    # server-side state left by the reverse would break it: see restore_statements)
    _run(conn, case.migration)
    _assert_same(after, introspect_mysql(conn), "re-applied migration", script)
    plan = plan_reverse_mysql(introspect_mysql(conn), stored_before, data, mariadb=mariadb)
    _execute_plan(conn, [*plan.pre, *restore_for(dialect, before, plan, captures, case.data), *plan.post], False, script)
    _assert_same(before, introspect_mysql(conn), "second reverse", script)

    if case.forward:
        forward = plan_reverse_mysql(back, after, set(), mariadb=mariadb)
        _execute_plan(conn, [*forward.pre, *forward.post], mariadb, _script(forward, []))
        _assert_same(after, introspect_mysql(conn), "forward", _script(forward, []))


def restore_for(
    dialect: MySQLDialect, model: SchemaModel, plan: ReversePlan, captures: dict[str, str], tables: tuple[str, ...]
) -> list[str]:
    out = ["SET SESSION foreign_key_checks = 0"]
    for t in tables:
        out += dialect.restore_sql(model.tables[t], captures[t], model.row_key(t), t in plan.rebuilt)
    return [*out, "SET SESSION foreign_key_checks = 1"]


def _mysql_conn(conn: Connection) -> MySQLConnection:
    assert isinstance(conn, MySQLConnection)
    return conn


def test_enough_scenarios() -> None:
    assert len(CASES) >= 40


# == introspection details =========================================================================
def test_introspection_model_details(conn: Connection) -> None:
    _run(
        conn,
        BASE
        + SEED
        + "CREATE TABLE _rollback_points (id INT); CREATE TABLE _rollback_cap_1_1 AS SELECT * FROM customers;"
        "CREATE VIEW _rollback_v AS SELECT 1 AS x;"
        "CREATE TRIGGER orders_bi BEFORE INSERT ON orders FOR EACH ROW SET NEW.note = 'x';"
        "ALTER TABLE orders ADD COLUMN hidden_flag INT INVISIBLE, ADD COLUMN doubled DECIMAL(12,2) AS (amount * 2) VIRTUAL;",
    )
    model = introspect_mysql(conn)
    assert set(model.tables) == {"customers", "orders"}
    assert not [k for k in model.objects if "_rollback" in k]
    customers, orders = model.tables["customers"], model.tables["orders"]
    assert customers.column_names == ["id", "email", "name", "score", "status", "created_at"]
    assert customers.primary_key == ["id"]
    assert customers.columns[0].identity == "autoincrement"
    assert customers.columns[4].type == "enum('new','active','gone')"
    assert "AUTO_INCREMENT=" not in str(customers.extra)
    assert orders.column("hidden_flag") is not None and orders.column("hidden_flag").extra.get("invisible")  # type: ignore[union-attr]
    doubled = orders.column("doubled")
    assert doubled is not None and doubled.generated and doubled.extra["storage"] == "virtual" and not doubled.writable
    fk = model.objects["foreign_key:orders.orders_customer_fk"]
    assert fk.definition["references"] == "customers"
    assert fk.definition["columns"] == ["customer_id"] and fk.definition["ref_columns"] == ["id"]
    assert fk.definition["on_delete"] == "CASCADE"
    assert ["email"] in model.unique_keys("customers")
    assert model.row_key("customers") == ["id"]
    trig = model.objects["trigger:orders.orders_bi"]
    assert trig.table == "orders" and "DEFINER" not in trig.definition["sql"]
    assert trig.definition["timing"] == "BEFORE" and trig.definition["order"] == 1
    # stable: rows written and counters moved do not change the model
    first = model.fingerprint()
    _run(conn, "INSERT INTO customers (email) VALUES ('new@x'); DELETE FROM customers WHERE email = 'new@x'")
    assert introspect_mysql(conn).fingerprint() == first
    conn.begin()
    assert introspect_mysql(conn).fingerprint() == first
    conn.commit()


def test_show_create_items_are_parsed() -> None:
    from rollback_commander.dialects.mysql_schema import parse_create_table

    text = parse_create_table(
        "CREATE TABLE `t` (\n  `a,b` int(11) NOT NULL COMMENT 'x, (y)',\n  `c` varchar(5) DEFAULT 'it''s, ok',\n"
        "  PRIMARY KEY (`a,b`),\n  UNIQUE KEY `u` (`c`),\n  FULLTEXT KEY `f` (`c`),\n"
        "  CONSTRAINT `fk` FOREIGN KEY (`c`) REFERENCES `p` (`x`),\n  CONSTRAINT `ck` CHECK (`a,b` > 0)\n"
        ") ENGINE=InnoDB AUTO_INCREMENT=42 DEFAULT CHARSET=utf8mb4 COMMENT='a = b'\n PARTITION BY HASH (`a,b`)"
    )
    assert list(text.columns) == ["a,b", "c"]
    assert text.columns["c"] == "varchar(5) DEFAULT 'it''s, ok'"
    assert text.primary_key == "PRIMARY KEY (`a,b`)"
    assert set(text.keys) == {"u", "f"} and set(text.foreign_keys) == {"fk"} and set(text.checks) == {"ck"}
    assert text.options == {"ENGINE": "InnoDB", "DEFAULT CHARSET": "utf8mb4", "COMMENT": "'a = b'"}
    assert text.partition == "PARTITION BY HASH (`a,b`)"


# == data: checksums, captures, restores ==============================================================
def test_checksum_is_order_independent_null_safe_and_exact(conn: Connection, dialect: MySQLDialect) -> None:
    _run(
        conn,
        "CREATE TABLE h (a VARCHAR(5) COLLATE utf8mb4_general_ci, b VARCHAR(5), ts TIMESTAMP NULL, p POINT);"
        "INSERT INTO h VALUES ('x', NULL, '2024-01-01 00:00:00', POINT(1, 1)), (NULL, 'x', NULL, NULL);",
    )
    table = introspect_mysql(conn).tables["h"]
    one = dialect.table_checksum(conn, table)
    assert one.startswith("2:")
    _run(conn, "CREATE TABLE h2 AS SELECT * FROM h ORDER BY a DESC; DELETE FROM h; INSERT INTO h SELECT * FROM h2")
    assert dialect.table_checksum(conn, table) == one, "row order must not matter"
    _run(conn, "UPDATE h SET a = 'X' WHERE a = 'x'")
    assert dialect.table_checksum(conn, table) != one, "case changes must count (binary, not collation)"
    _run(conn, "UPDATE h SET a = 'x' WHERE a = 'X'; SET time_zone = '+05:00'")
    assert dialect.table_checksum(conn, table) == one, "TIMESTAMPs are compared as instants"
    _run(conn, "UPDATE h SET a = NULL, b = 'x' WHERE ts IS NOT NULL; UPDATE h SET a = 'x', b = NULL WHERE ts IS NULL")
    assert dialect.table_checksum(conn, table) != one, "values moving between columns must count"


def test_capture_uses_live_names_and_keeps_invisible_columns(conn: Connection, dialect: MySQLDialect) -> None:
    _run(conn, "CREATE TABLE t (id INT PRIMARY KEY, secret INT INVISIBLE, moved INT); INSERT INTO t (id, secret, moved) VALUES (1, 7, 8)")
    model = introspect_mysql(conn)
    _run(conn, "ALTER TABLE t RENAME COLUMN moved TO _rollback_q1_moved")
    for sql in dialect.capture_sql(model.tables["t"], "_rollback_cap_9_1", {"moved": "_rollback_q1_moved"}):
        conn.execute(sql)
    assert conn.query("SELECT id, secret, moved FROM _rollback_cap_9_1") == [(1, 7, 8)]
    assert "_rollback_key" in str(conn.query("SHOW CREATE TABLE _rollback_cap_9_1")[0][1])


def test_sequence_state_sql_puts_auto_increment_back(conn: Connection, dialect: MySQLDialect) -> None:
    _run(conn, BASE + SEED)
    model = introspect_mysql(conn)
    saved = dialect.sequence_state_sql(conn, model)
    assert "ALTER TABLE `customers` AUTO_INCREMENT = 4" in saved
    _run(conn, "INSERT INTO customers (email) VALUES ('d@x'), ('e@x'); DELETE FROM customers WHERE id > 3")
    for sql in saved:
        conn.execute(sql)
    _run(conn, "INSERT INTO customers (email) VALUES ('f@x')")
    assert conn.scalar("SELECT id FROM customers WHERE email = 'f@x'") == 4


# == the connection, journal and lock ===================================================================
def test_journal_ddl_is_idempotent_and_stores_rows(conn: Connection, dialect: MySQLDialect) -> None:
    assert not dialect.journal_exists(conn)
    for _ in range(2):
        for sql in dialect.journal_ddl():
            conn.execute(sql)
    assert dialect.journal_exists(conn)
    conn.execute(
        conn.q("INSERT INTO _rollback_captures (point_id, table_name, capture_table, kind, `rows`) VALUES (?, ?, ?, ?, ?)"),
        (1, "t", "_rollback_cap_1_1", "copy", 5),
    )
    conn.execute(conn.q("INSERT INTO _rollback_points (migration, kind, model_after) VALUES (?, ?, ?)"), ("m", "migration", "x" * 100_000))
    assert conn.scalar("SELECT LENGTH(model_after) FROM _rollback_points") == 100_000
    assert introspect_mysql(conn).tables == {}


def test_transactions_are_explicit(conn: Connection) -> None:
    _run(conn, "CREATE TABLE t (a INT)")
    assert not conn.in_transaction
    conn.begin()
    conn.execute("INSERT INTO t VALUES (1)")
    assert conn.in_transaction
    conn.rollback()
    assert conn.scalar("SELECT COUNT(*) FROM t") == 0
    conn.begin()
    conn.execute("INSERT INTO t VALUES (1)")
    conn.execute("CREATE TABLE u (a INT)")  # DDL commits implicitly
    assert not conn.in_transaction
    conn.execute("SELECT 1")
    assert not conn.in_transaction, "autocommit is on: a SELECT opens no transaction"


def test_lock_is_session_level_and_names_the_holder(mysql_url: str, dialect: MySQLDialect) -> None:
    url = parse_url(mysql_url)
    a, b = dialect.connect(url), MySQLDialect().connect(url)
    try:
        dialect.begin_locked(a, 1)
        a.execute("CREATE TABLE t (x INT)")  # commits, the lock stays
        a.commit()
        started = __import__("time").monotonic()
        with pytest.raises(LockBusy) as err:
            MySQLDialect().begin_locked(b, 0.5)
        assert __import__("time").monotonic() - started >= 0.5
        assert f"connection {a.scalar('SELECT CONNECTION_ID()')}" in err.value.message
        dialect.begin_locked(a, 0)  # re-entrant for the holder
        a.commit()
        dialect.unlock_session(a)
        MySQLDialect().lock_session(b, 0)
        assert b.scalar("SELECT IS_USED_LOCK(%s) = CONNECTION_ID()", (lock_name(_mysql_conn(b).database),)) == 1
    finally:
        a.close()
        b.close()


def test_mariadb_scheme_and_url_options(mysql_url: str) -> None:
    url = parse_url(mysql_url.replace("mysql://", "mariadb://", 1) + "?connect_timeout=3&charset=utf8mb4")
    conn = MySQLDialect().connect(url)
    try:
        assert conn.scalar("SELECT DATABASE()") == mysql_url.rsplit("/", 1)[1]
        assert conn.scalar("SELECT @@character_set_client") == "utf8mb4"
    finally:
        conn.close()


def test_connection_failure_masks_the_password() -> None:
    url = parse_url("mysql://root:s3cr3t-pw@127.0.0.1:1/nowhere?connect_timeout=2")
    with pytest.raises(ConnectionFailed) as err:
        MySQLDialect().connect(url)
    assert "s3cr3t-pw" not in err.value.message and "***" in err.value.message
    assert err.value.exit_code == 2


def test_implicit_commit_classification() -> None:
    commits = [
        "CREATE TABLE t (a INT)", "alter table t add b int", "DROP VIEW v", "RENAME TABLE a TO b", "TRUNCATE t",
        "CREATE UNIQUE INDEX i ON t (a)", "CREATE DEFINER=`x`@`%` TRIGGER tr BEFORE INSERT ON t FOR EACH ROW SET @a = 1",
        "CREATE OR REPLACE ALGORITHM=MERGE VIEW v AS SELECT 1", "-- c\nCREATE PROCEDURE p() SELECT 1",
        "/*!50001 CREATE ALGORITHM=UNDEFINED */ /*!50001 VIEW v AS SELECT 1 */", "LOCK TABLES t WRITE", "GRANT SELECT ON t TO u",
        "SET STATEMENT sql_mode = 'a,FOR' FOR CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW SET @a = 1",
    ]
    plain = [
        "INSERT INTO t VALUES (1)", "UPDATE t SET a = 1", "DELETE FROM t", "CREATE TEMPORARY TABLE x (a INT)",
        "DROP TEMPORARY TABLE x", "SELECT 1", "SET @x = 1", "CALL p()", "SET sql_mode = ''",
    ]
    assert [s for s in commits if not implicit_commit(s)] == []
    assert [s for s in plain if implicit_commit(s)] == []


def test_restore_guards_set_foreign_keys_and_triggers_aside(conn: Connection, dialect: MySQLDialect) -> None:
    _run(conn, BASE + SEED + "CREATE TRIGGER orders_bi BEFORE INSERT ON orders FOR EACH ROW SET NEW.note = 'trigger';")
    model = introspect_mysql(conn)
    before, after = dialect.restore_guards(model, model, {"orders"}, {"orders"})
    assert before == ["SET SESSION foreign_key_checks = 0", "DROP TRIGGER IF EXISTS `orders_bi`"]
    assert after[-1] == "SET SESSION foreign_key_checks = 1"
    for sql in before:
        conn.execute(sql)
    # rows load in any order, and no ON DELETE CASCADE fires
    _run(conn, "DELETE FROM customers WHERE id = 1; INSERT INTO orders (customer_id, amount) VALUES (99, 1)")
    assert conn.scalar("SELECT COUNT(*) FROM orders WHERE customer_id = 1") == 2
    _run(conn, "DELETE FROM orders WHERE customer_id IN (1, 99); INSERT INTO customers (id, email) VALUES (1, 'a@x')")
    for sql in after:
        conn.execute(sql)
    assert conn.scalar("SELECT @@foreign_key_checks") == 1
    model_after = introspect_mysql(conn)
    assert model_after.objects["trigger:orders.orders_bi"] == model.objects["trigger:orders.orders_bi"]


def test_portable_plan_puts_the_session_sql_mode_back_exactly(conn: Connection) -> None:
    """MySQL 8 has no SET STATEMENT: a trigger re-created under the sql_mode it was made with is
    preceded by SET SESSION. The session's own sql_mode and time zone (here the tool's after a
    migration's `SET sql_mode = 'NO_ENGINE_SUBSTITUTION'`: neutral_sql_mode of it) must be saved
    and put back as they were, not re-derived from the server's global sql_mode and UTC."""
    from rollback_commander.dialects.mysql import neutral_sql_mode
    from rollback_commander.dialects.mysql_reverse import restore_guards

    _run(conn, BASE + SEED + "SET SESSION sql_mode = 'ANSI_QUOTES,NO_ENGINE_SUBSTITUTION';"
         "CREATE TRIGGER orders_bi BEFORE INSERT ON orders FOR EACH ROW SET NEW.note = \"trigger\";"
         "SET SESSION sql_mode = DEFAULT")
    want = SchemaModel.from_json(introspect_mysql(conn).to_json())
    _run(conn, "DROP TRIGGER orders_bi")
    plan = plan_reverse_mysql(SchemaModel.from_json(introspect_mysql(conn).to_json()), want, set(), mariadb=False)
    before, after = restore_guards(want, want, {"orders"}, {"orders"}, mariadb=False)
    tool_mode = neutral_sql_mode("NO_ENGINE_SUBSTITUTION")
    conn.execute(f"SET SESSION sql_mode = '{tool_mode}', time_zone = '+05:30'")
    session = conn.query("SELECT @@SESSION.sql_mode, @@SESSION.time_zone")
    assert [s for s in plan.post if s.startswith("SET SESSION sql_mode = 'ANSI_QUOTES")], plan.post
    for sql in [*plan.pre, *plan.post, *before, *after]:
        conn.execute(sql)
    assert conn.query("SELECT @@SESSION.sql_mode, @@SESSION.time_zone") == session == [(session[0][0], "+05:30")]
    assert introspect_mysql(conn).fingerprint() == want.fingerprint()


# == the case library, replayed without the engine ===============================================
CASE_DIR = Path(__file__).parent / "cases" / "mysql"


def _library() -> list[Path]:
    return sorted(p for p in CASE_DIR.glob("*") if (p / "migrations").is_dir())


def _migration_files(case: Path) -> list[Path]:
    return [m.path for m in discover(case / "migrations", "mysql")]


def _state(conn: Connection, dialect: MySQLDialect) -> tuple[SchemaModel, dict[str, str]]:
    model = introspect_mysql(conn)
    return model, {t: dialect.table_checksum(conn, model.tables[t]) for t in sorted(model.tables)}


def test_case_library_is_large_enough() -> None:
    assert len(_library()) >= 30


@pytest.mark.parametrize("case", _library(), ids=lambda p: p.name)
def test_case_library_reverses(conn: Connection, dialect: MySQLDialect, case: Path) -> None:
    """Every table is captured before each migration (the engine's conservative path); rolling back
    newest first must give each earlier point's schema fingerprint and every table's checksum."""
    setup = case / "setup.sql"
    if setup.exists():
        _run(conn, setup.read_text(encoding="utf-8"))
    dialect.reset_session(conn)
    states = [_state(conn, dialect)]
    steps: list[tuple[dict[str, str], list[str]]] = []
    for i, path in enumerate(_migration_files(case), 1):
        model = states[-1][0]
        captures = {t: f"_rollback_cap_{i}_{n}" for n, t in enumerate(sorted(model.tables))}
        for t, cap in captures.items():
            for sql in dialect.capture_sql(model.tables[t], cap):
                conn.execute(sql)
        counters = dialect.sequence_state_sql(conn, model)
        _run(conn, up_section(path.read_text(encoding="utf-8")))
        dialect.reset_session(conn)
        steps.append((captures, counters))
        states.append(_state(conn, dialect))
        assert states[-1] != states[-2], f"{path.name} changed nothing"
    for i in range(len(steps) - 1, -1, -1):
        (target, sums), (captures, counters) = states[i], steps[i]
        current = introspect_mysql(conn)
        tables = set(target.tables)
        plan = plan_reverse_mysql(current, target, tables, mariadb=dialect.mariadb)
        restore: list[str] = []
        for t in sorted(tables):
            restore += dialect.restore_sql(target.tables[t], captures[t], target.row_key(t), t in plan.rebuilt)
        guard_before, guard_after = dialect.restore_guards(current, target, tables, tables)
        script = _script(plan, [*guard_before, *restore, *guard_after])
        _execute_plan(conn, plan.pre, False, script)
        conn.begin()
        try:
            _execute_plan(conn, [*guard_before, *restore, *guard_after], False, script)
        finally:
            if conn.in_transaction:
                conn.commit()
        _execute_plan(conn, [*plan.post, *counters], False, script)
        back, back_sums = _state(conn, dialect)
        _assert_same(target, back, f"rollback of {_migration_files(case)[i].name}", script)
        differ = sorted(t for t in sums if back_sums.get(t) != sums[t])
        assert not differ, f"rollback of {_migration_files(case)[i].name}: data of {differ} differs\n{script}"
    # re-apply everything on the rolled-back database: the same final schema and data
    for path in _migration_files(case):
        _run(conn, up_section(path.read_text(encoding="utf-8")))
        dialect.reset_session(conn)
    final, final_sums = _state(conn, dialect)
    _assert_same(states[-1][0], final, "re-apply after the rollbacks", "")
    assert final_sums == states[-1][1], "re-apply after the rollbacks: data differs"
