"""The SQL statement splitter and the statement classification helpers (no database needed)."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rollback_commander.dialects.base import Statement
from rollback_commander.dialects.splitter import (
    first_keywords,
    is_transaction_control,
    split_sql,
    strip_leading_comments,
)

PG, LITE, MY = "postgresql", "sqlite", "mysql"
DIALECTS = (PG, LITE, MY)

Expected = list[tuple[str, int, int]]


def split(sql: str, dialect: str) -> Expected:
    return [(s.text, s.start_line, s.end_line) for s in split_sql(sql, dialect)]


# Each case: (id, dialect, sql, [(text, start_line, end_line), ...]).
CASES: list[tuple[str, str, str, Expected]] = [
    # ---------------------------------------------------------------- every dialect: basics
    *[
        (f"basic-{d}", d, "SELECT 1;\nSELECT 2;\n", [("SELECT 1", 1, 1), ("SELECT 2", 2, 2)])
        for d in DIALECTS
    ],
    *[(f"no-final-delimiter-{d}", d, "SELECT 1;\n\nSELECT 2", [("SELECT 1", 1, 1), ("SELECT 2", 3, 3)]) for d in DIALECTS],
    *[(f"only-comments-{d}", d, "-- nothing\n/* here; */\n;;\n  ;\n", []) for d in DIALECTS],
    *[(f"empty-{d}", d, "", []) for d in DIALECTS],
    *[
        (
            f"multiline-lines-{d}",
            d,
            "\n\nCREATE TABLE t (\n  id INT,\n  name TEXT\n);\nINSERT INTO t VALUES (1, 'a');",
            [("CREATE TABLE t (\n  id INT,\n  name TEXT\n)", 3, 6), ("INSERT INTO t VALUES (1, 'a')", 7, 7)],
        )
        for d in DIALECTS
    ],
    *[
        (
            f"leading-comment-kept-{d}",
            d,
            "SELECT 1;\n-- add the users table; it's new\nCREATE TABLE users (id INT);",
            [("SELECT 1", 1, 1), ("-- add the users table; it's new\nCREATE TABLE users (id INT)", 3, 3)],
        )
        for d in DIALECTS
    ],
    *[
        (
            f"same-line-trailing-comment-{d}",
            d,
            "SELECT 1; -- about select 1\nSELECT 2; /* about 2 */\n",
            [("SELECT 1", 1, 1), ("SELECT 2", 2, 2)],
        )
        for d in DIALECTS
    ],
    *[
        (
            f"comment-before-delimiter-dropped-{d}",
            d,
            "SELECT 1 /* one */\n-- still one\n;\nSELECT 2",
            [("SELECT 1", 1, 1), ("SELECT 2", 4, 4)],
        )
        for d in DIALECTS
    ],
    *[
        (
            f"dashes-in-string-{d}",
            d,
            "SELECT '-- not a comment; really' AS x;\nSELECT 2;",
            [("SELECT '-- not a comment; really' AS x", 1, 1), ("SELECT 2", 2, 2)],
        )
        for d in DIALECTS
    ],
    *[
        (
            f"quote-in-comment-{d}",
            d,
            "-- don't stop here;\n/* it's; fine */ SELECT 1;\nSELECT 2;",
            [("-- don't stop here;\n/* it's; fine */ SELECT 1", 2, 2), ("SELECT 2", 3, 3)],
        )
        for d in DIALECTS
    ],
    *[
        (
            f"doubled-quote-{d}",
            d,
            "INSERT INTO t VALUES ('it''s; ok');\nSELECT 2;",
            [("INSERT INTO t VALUES ('it''s; ok')", 1, 1), ("SELECT 2", 2, 2)],
        )
        for d in DIALECTS
    ],
    *[
        (
            f"unterminated-string-{d}",
            d,
            "SELECT 1;\nSELECT 'oops;\nSELECT 3;\n",
            [("SELECT 1", 1, 1), ("SELECT 'oops;\nSELECT 3;", 2, 3)],
        )
        for d in DIALECTS
    ],
    *[
        (
            f"unterminated-block-comment-{d}",
            d,
            "SELECT 1;\n/* oops; SELECT 2;\n\n",
            [("SELECT 1", 1, 1), ("/* oops; SELECT 2;", 2, 2)],
        )
        for d in DIALECTS
    ],
    *[
        (
            f"unterminated-comment-after-code-{d}",
            d,
            "SELECT 1 /* oops",
            [("SELECT 1 /* oops", 1, 1)],
        )
        for d in DIALECTS
    ],
    *[
        (
            f"crlf-{d}",
            d,
            "-- head\r\nSELECT 1;\r\nSELECT\r\n  2;\r\n\r\nSELECT 'a;\r\nb';\r\n",
            [("-- head\r\nSELECT 1", 2, 2), ("SELECT\r\n  2", 3, 4), ("SELECT 'a;\r\nb'", 6, 7)],
        )
        for d in DIALECTS
    ],
    *[
        (
            f"transaction-statements-{d}",
            d,
            "BEGIN;\nCREATE TABLE t (id INT);\nCOMMIT;",
            [("BEGIN", 1, 1), ("CREATE TABLE t (id INT)", 2, 2), ("COMMIT", 3, 3)],
        )
        for d in DIALECTS
    ],
    *[
        (
            f"case-expression-top-level-{d}",
            d,
            "SELECT CASE WHEN a THEN 1 ELSE 2 END FROM t;\nSELECT 2;",
            [("SELECT CASE WHEN a THEN 1 ELSE 2 END FROM t", 1, 1), ("SELECT 2", 2, 2)],
        )
        for d in DIALECTS
    ],
    # ---------------------------------------------------------------- PostgreSQL
    (
        "pg-nested-comment",
        PG,
        "/* outer /* inner; */ still comment; */ SELECT 1;\nSELECT 2;",
        [("/* outer /* inner; */ still comment; */ SELECT 1", 1, 1), ("SELECT 2", 2, 2)],
    ),
    (
        "pg-unterminated-nested-comment",
        PG,
        "SELECT 1;\n/* a /* b */ SELECT 2;",
        [("SELECT 1", 1, 1), ("/* a /* b */ SELECT 2;", 2, 2)],
    ),
    (
        "pg-e-string",
        PG,
        "SELECT E'it\\'s; \\\\';\nSELECT e'x\\';y';",
        [("SELECT E'it\\'s; \\\\'", 1, 1), ("SELECT e'x\\';y'", 2, 2)],
    ),
    (
        "pg-standard-string-backslash-is-literal",
        PG,
        "SELECT 'C:\\';\nSELECT 2;",
        [("SELECT 'C:\\'", 1, 1), ("SELECT 2", 2, 2)],
    ),
    (
        "pg-identifier-ending-in-e-is-not-e-string",
        PG,
        "SELECT name'x\\';\nSELECT 2;",
        [("SELECT name'x\\'", 1, 1), ("SELECT 2", 2, 2)],
    ),
    (
        "pg-quoted-identifier",
        PG,
        'SELECT "a;""b" FROM "t;";\nSELECT 2;',
        [('SELECT "a;""b" FROM "t;"', 1, 1), ("SELECT 2", 2, 2)],
    ),
    (
        "pg-dollar-quote",
        PG,
        "CREATE FUNCTION f() RETURNS int AS $$\nBEGIN\n  RETURN 1; -- it's\nEND;\n$$ LANGUAGE plpgsql;\nSELECT f();",
        [
            ("CREATE FUNCTION f() RETURNS int AS $$\nBEGIN\n  RETURN 1; -- it's\nEND;\n$$ LANGUAGE plpgsql", 1, 5),
            ("SELECT f()", 6, 6),
        ],
    ),
    (
        "pg-tagged-dollar-quote-containing-dollar-dollar",
        PG,
        "DO $body$\nBEGIN\n  PERFORM $$;$$;\nEND\n$body$;\nSELECT 1;",
        [("DO $body$\nBEGIN\n  PERFORM $$;$$;\nEND\n$body$", 1, 5), ("SELECT 1", 6, 6)],
    ),
    (
        "pg-dollar-tag-is-case-sensitive",
        PG,
        "SELECT $a$ x; $A$ ; $a$;\nSELECT 2;",
        [("SELECT $a$ x; $A$ ; $a$", 1, 1), ("SELECT 2", 2, 2)],
    ),
    (
        "pg-positional-parameters-are-not-dollar-quotes",
        PG,
        "PREPARE p(int, int) AS SELECT $1 + $2;\nEXECUTE p(1, 2);",
        [("PREPARE p(int, int) AS SELECT $1 + $2", 1, 1), ("EXECUTE p(1, 2)", 2, 2)],
    ),
    (
        "pg-dollar-inside-identifier",
        PG,
        "SELECT a$b$ FROM t;\nSELECT 2;",
        [("SELECT a$b$ FROM t", 1, 1), ("SELECT 2", 2, 2)],
    ),
    (
        "pg-unterminated-dollar-quote",
        PG,
        "SELECT 1;\nDO $$ BEGIN;\nSELECT 3;\n",
        [("SELECT 1", 1, 1), ("DO $$ BEGIN;\nSELECT 3;", 2, 3)],
    ),
    (
        "pg-begin-atomic",
        PG,
        "CREATE FUNCTION add(a int, b int) RETURNS int\nLANGUAGE sql\nBEGIN ATOMIC\n  SELECT a + b;\n"
        "  SELECT a - b;\nEND;\nSELECT add(1, 2);",
        [
            (
                "CREATE FUNCTION add(a int, b int) RETURNS int\nLANGUAGE sql\nBEGIN ATOMIC\n  SELECT a + b;\n"
                "  SELECT a - b;\nEND",
                1,
                6,
            ),
            ("SELECT add(1, 2)", 7, 7),
        ],
    ),
    (
        "pg-begin-atomic-with-case",
        PG,
        "CREATE OR REPLACE PROCEDURE p(x int) LANGUAGE sql BEGIN ATOMIC\n"
        "  INSERT INTO t VALUES (CASE WHEN x > 0 THEN 1 ELSE 0 END);\n"
        "  UPDATE t SET v = CASE x WHEN 1 THEN 'a' END;\nEND;\nCALL p(1);",
        [
            (
                "CREATE OR REPLACE PROCEDURE p(x int) LANGUAGE sql BEGIN ATOMIC\n"
                "  INSERT INTO t VALUES (CASE WHEN x > 0 THEN 1 ELSE 0 END);\n"
                "  UPDATE t SET v = CASE x WHEN 1 THEN 'a' END;\nEND",
                1,
                4,
            ),
            ("CALL p(1)", 5, 5),
        ],
    ),
    (
        "pg-begin-end-transaction",
        PG,
        "BEGIN;\nSELECT 1;\nEND;",
        [("BEGIN", 1, 1), ("SELECT 1", 2, 2), ("END", 3, 3)],
    ),
    (
        "pg-do-block-then-commit",
        PG,
        "DO $$ BEGIN RAISE NOTICE 'x;'; END $$;\nCOMMIT;",
        [("DO $$ BEGIN RAISE NOTICE 'x;'; END $$", 1, 1), ("COMMIT", 2, 2)],
    ),
    (
        "pg-semicolon-inside-parentheses",
        PG,
        "CREATE RULE r AS ON INSERT TO t DO ALSO (\n  INSERT INTO a VALUES (1);\n  INSERT INTO b VALUES (2)\n);\nSELECT 1;",
        [
            ("CREATE RULE r AS ON INSERT TO t DO ALSO (\n  INSERT INTO a VALUES (1);\n  INSERT INTO b VALUES (2)\n)", 1, 4),
            ("SELECT 1", 5, 5),
        ],
    ),
    (
        "pg-hash-is-an-operator",
        PG,
        "SELECT 5 # 3;\nSELECT 2;",
        [("SELECT 5 # 3", 1, 1), ("SELECT 2", 2, 2)],
    ),
    (
        "pg-bang-comment-is-a-comment",
        PG,
        "/*! not executable; */\nSELECT 1;",
        [("/*! not executable; */\nSELECT 1", 2, 2)],
    ),
    (
        "pg-unicode-string-and-operator-dashes",
        PG,
        "SELECT U&'d\\0061t;a', 1 - -2;\nSELECT 2;",
        [("SELECT U&'d\\0061t;a', 1 - -2", 1, 1), ("SELECT 2", 2, 2)],
    ),
    (
        "pg-brackets-are-array-subscripts",
        PG,
        "SELECT a[1];\nSELECT 2;",
        [("SELECT a[1]", 1, 1), ("SELECT 2", 2, 2)],
    ),
    # ---------------------------------------------------------------- SQLite
    (
        "sqlite-trigger",
        LITE,
        "CREATE TRIGGER trg AFTER INSERT ON t\nBEGIN\n  INSERT INTO log VALUES (new.id);\n"
        "  UPDATE c SET n = n + 1;\nEND;\nSELECT 1;",
        [
            (
                "CREATE TRIGGER trg AFTER INSERT ON t\nBEGIN\n  INSERT INTO log VALUES (new.id);\n"
                "  UPDATE c SET n = n + 1;\nEND",
                1,
                5,
            ),
            ("SELECT 1", 6, 6),
        ],
    ),
    (
        "sqlite-temp-trigger-if-not-exists",
        LITE,
        "create temp trigger if not exists trg before delete on t begin delete from u; end;\nselect 1;",
        [("create temp trigger if not exists trg before delete on t begin delete from u; end", 1, 1), ("select 1", 2, 2)],
    ),
    (
        "sqlite-temporary-trigger",
        LITE,
        "CREATE TEMPORARY TRIGGER trg UPDATE OF a ON t BEGIN SELECT 1; SELECT 2; END;",
        [("CREATE TEMPORARY TRIGGER trg UPDATE OF a ON t BEGIN SELECT 1; SELECT 2; END", 1, 1)],
    ),
    (
        "sqlite-trigger-case-end-in-body",
        LITE,
        "CREATE TRIGGER trg AFTER UPDATE ON t BEGIN\n"
        "  UPDATE t SET s = CASE WHEN new.v > 0 THEN 'pos' ELSE 'neg' END WHERE id = new.id;\n"
        "  SELECT CASE new.v WHEN 1 THEN RAISE(ABORT, 'one;') END;\nEND;\nSELECT 2;",
        [
            (
                "CREATE TRIGGER trg AFTER UPDATE ON t BEGIN\n"
                "  UPDATE t SET s = CASE WHEN new.v > 0 THEN 'pos' ELSE 'neg' END WHERE id = new.id;\n"
                "  SELECT CASE new.v WHEN 1 THEN RAISE(ABORT, 'one;') END;\nEND",
                1,
                4,
            ),
            ("SELECT 2", 5, 5),
        ],
    ),
    (
        "sqlite-trigger-case-in-when-clause",
        LITE,
        "CREATE TRIGGER trg BEFORE INSERT ON t WHEN CASE WHEN new.a IS NULL THEN 1 ELSE 0 END\n"
        "BEGIN SELECT RAISE(ABORT, 'null'); END;\nSELECT 2;",
        [
            (
                "CREATE TRIGGER trg BEFORE INSERT ON t WHEN CASE WHEN new.a IS NULL THEN 1 ELSE 0 END\n"
                "BEGIN SELECT RAISE(ABORT, 'null'); END",
                1,
                2,
            ),
            ("SELECT 2", 3, 3),
        ],
    ),
    (
        "sqlite-trigger-qualified-end-column",
        LITE,
        "CREATE TRIGGER trg AFTER INSERT ON t BEGIN UPDATE s SET e = new.end; DELETE FROM x; END;\nSELECT 2;",
        [("CREATE TRIGGER trg AFTER INSERT ON t BEGIN UPDATE s SET e = new.end; DELETE FROM x; END", 1, 1), ("SELECT 2", 2, 2)],
    ),
    (
        # actualbudget's reports table has columns named start and end; SQLite takes them
        # unquoted, in a trigger's body too (only `; END ;` ends a trigger)
        "sqlite-trigger-unqualified-end-and-begin-columns",
        LITE,
        "CREATE TRIGGER trg AFTER UPDATE ON r BEGIN\n"
        "  INSERT INTO log (rid, begin, end) VALUES (new.id, new.begin, new.end);\n"
        "  UPDATE log SET end = new.end WHERE rid = old.id;\nEND;\nSELECT 2;",
        [
            (
                "CREATE TRIGGER trg AFTER UPDATE ON r BEGIN\n"
                "  INSERT INTO log (rid, begin, end) VALUES (new.id, new.begin, new.end);\n"
                "  UPDATE log SET end = new.end WHERE rid = old.id;\nEND",
                1,
                4,
            ),
            ("SELECT 2", 5, 5),
        ],
    ),
    (
        "sqlite-explain-query-plan-is-not-a-trigger",
        LITE,
        "EXPLAIN QUERY PLAN SELECT 1;\nSELECT 2;",
        [("EXPLAIN QUERY PLAN SELECT 1", 1, 1), ("SELECT 2", 2, 2)],
    ),
    (
        "sqlite-create-table-named-like-keywords",
        LITE,
        "CREATE TABLE trigger_log (a);\nCREATE VIEW v AS SELECT CASE WHEN a THEN 1 END FROM t;\nSELECT 1;",
        [
            ("CREATE TABLE trigger_log (a)", 1, 1),
            ("CREATE VIEW v AS SELECT CASE WHEN a THEN 1 END FROM t", 2, 2),
            ("SELECT 1", 3, 3),
        ],
    ),
    (
        "sqlite-bracket-identifiers",
        LITE,
        "SELECT [a;b], [it's] FROM [t--x];\nSELECT 2;",
        [("SELECT [a;b], [it's] FROM [t--x]", 1, 1), ("SELECT 2", 2, 2)],
    ),
    (
        "sqlite-backtick-and-double-quote-identifiers",
        LITE,
        'SELECT `a;``b`, "c;""d" FROM t;\nSELECT 2;',
        [('SELECT `a;``b`, "c;""d" FROM t', 1, 1), ("SELECT 2", 2, 2)],
    ),
    (
        "sqlite-comments-do-not-nest",
        LITE,
        "/* a /* b */ SELECT 1;\nSELECT 2;",
        [("/* a /* b */ SELECT 1", 1, 1), ("SELECT 2", 2, 2)],
    ),
    (
        "sqlite-backslash-is-literal",
        LITE,
        "SELECT 'a\\';\nSELECT 2;",
        [("SELECT 'a\\'", 1, 1), ("SELECT 2", 2, 2)],
    ),
    (
        "sqlite-dollar-parameter",
        LITE,
        "SELECT $x, $$;\nSELECT 2;",
        [("SELECT $x, $$", 1, 1), ("SELECT 2", 2, 2)],
    ),
    (
        "sqlite-begin-transaction-variants",
        LITE,
        "BEGIN IMMEDIATE TRANSACTION;\nINSERT INTO t VALUES (1);\nEND TRANSACTION;",
        [("BEGIN IMMEDIATE TRANSACTION", 1, 1), ("INSERT INTO t VALUES (1)", 2, 2), ("END TRANSACTION", 3, 3)],
    ),
    (
        "sqlite-unterminated-trigger",
        LITE,
        "SELECT 1;\nCREATE TRIGGER trg AFTER INSERT ON t BEGIN SELECT 1;\nSELECT 2;\n",
        [("SELECT 1", 1, 1), ("CREATE TRIGGER trg AFTER INSERT ON t BEGIN SELECT 1;\nSELECT 2;", 2, 3)],
    ),
    (
        # PowerDNS's and Pi-hole's upgrade scripts, run as `sqlite3 db < file`: the shell's own
        # commands are no SQL. Those that change nothing are passed over; others are statements of
        # their own (the connection refuses them); a '.' inside a statement is SQL
        "sqlite-shell-commands",
        LITE,
        ".bail on\n-- wait for the lock\n.timeout 30000\nBEGIN TRANSACTION;\nSELECT 1\n.5;\n.read more.sql\n"
        "  .headers on\nCREATE TRIGGER trg AFTER INSERT ON t BEGIN\n.x;\nEND;\nCOMMIT;",
        [("BEGIN TRANSACTION", 4, 4), ("SELECT 1\n.5", 5, 6), (".read more.sql", 7, 7),
         ("CREATE TRIGGER trg AFTER INSERT ON t BEGIN\n.x;\nEND", 9, 11), ("COMMIT", 12, 12)],
    ),
    (
        "postgresql-and-mysql-have-no-shell-commands",
        PG,
        ".bail on\nSELECT 1;",
        [(".bail on\nSELECT 1", 1, 2)],
    ),
    # ---------------------------------------------------------------- MySQL / MariaDB
    (
        "mysql-delimiter-dollars",
        MY,
        "DELIMITER $$\nCREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND$$\nDELIMITER ;\nCALL p();",
        [("CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND", 2, 6), ("CALL p()", 8, 8)],
    ),
    (
        "mysql-delimiter-slashes-several-statements",
        MY,
        "delimiter //\nSELECT 1; SELECT 2//\nSELECT 3 //\n\ndelimiter ;\nSELECT 4; SELECT 5;",
        [("SELECT 1; SELECT 2", 2, 2), ("SELECT 3", 3, 3), ("SELECT 4", 6, 6), ("SELECT 5", 6, 6)],
    ),
    (
        "mysql-delimiter-in-string-and-comment-ignored",
        MY,
        "DELIMITER ;;\nSELECT ';;', '$$' -- ;;\n, 1;;\nDELIMITER ;\nSELECT 2;",
        [("SELECT ';;', '$$' -- ;;\n, 1", 2, 3), ("SELECT 2", 5, 5)],
    ),
    (
        "mysql-delimiter-comments-before-it-dropped",
        MY,
        "SELECT 0;\n-- routines\nDELIMITER //\n-- the proc\nCREATE PROCEDURE p() BEGIN END//\nDELIMITER ;\n",
        [("SELECT 0", 1, 1), ("-- the proc\nCREATE PROCEDURE p() BEGIN END", 5, 5)],
    ),
    (
        "mysql-delimiter-crlf",
        MY,
        "DELIMITER $$\r\nCREATE FUNCTION f() RETURNS INT\r\nBEGIN\r\n  RETURN 1;\r\nEND $$\r\nDELIMITER ;\r\nSELECT f();\r\n",
        [("CREATE FUNCTION f() RETURNS INT\r\nBEGIN\r\n  RETURN 1;\r\nEND", 2, 5), ("SELECT f()", 7, 7)],
    ),
    (
        "mysql-mysqldump-trigger-style",
        MY,
        "DELIMITER ;;\n/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER trg BEFORE INSERT ON t "
        "FOR EACH ROW BEGIN\n  SET NEW.a = 1;\nEND */;;\nDELIMITER ;\n",
        [
            (
                "/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER trg BEFORE INSERT ON t "
                "FOR EACH ROW BEGIN\n  SET NEW.a = 1;\nEND */",
                2,
                4,
            )
        ],
    ),
    (
        "mysql-procedure-without-delimiter",
        MY,
        "CREATE PROCEDURE p(IN n INT)\nBEGIN\n  DECLARE i INT DEFAULT 0;\n  lbl: LOOP\n    SET i = i + 1;\n"
        "    IF i >= n THEN LEAVE lbl; END IF;\n  END LOOP lbl;\nEND;\nCALL p(3);",
        [
            (
                "CREATE PROCEDURE p(IN n INT)\nBEGIN\n  DECLARE i INT DEFAULT 0;\n  lbl: LOOP\n    SET i = i + 1;\n"
                "    IF i >= n THEN LEAVE lbl; END IF;\n  END LOOP lbl;\nEND",
                1,
                8,
            ),
            ("CALL p(3)", 9, 9),
        ],
    ),
    (
        "mysql-procedure-definer-and-nested-labelled-blocks",
        MY,
        "CREATE DEFINER=`root`@`%` PROCEDURE p()\nouter_blk: BEGIN\n  inner_blk: BEGIN\n    SELECT 1;\n"
        "  END inner_blk;\n  WHILE 0 DO SELECT 2; END WHILE;\nEND outer_blk;\nSELECT 3;",
        [
            (
                "CREATE DEFINER=`root`@`%` PROCEDURE p()\nouter_blk: BEGIN\n  inner_blk: BEGIN\n    SELECT 1;\n"
                "  END inner_blk;\n  WHILE 0 DO SELECT 2; END WHILE;\nEND outer_blk",
                1,
                7,
            ),
            ("SELECT 3", 8, 8),
        ],
    ),
    (
        "mysql-function-if-function-and-return",
        MY,
        "CREATE FUNCTION sign_of(x INT) RETURNS INT DETERMINISTIC RETURN IF(x > 0, 1, IF(x < 0, -1, 0));\nSELECT 1;",
        [("CREATE FUNCTION sign_of(x INT) RETURNS INT DETERMINISTIC RETURN IF(x > 0, 1, IF(x < 0, -1, 0))", 1, 1), ("SELECT 1", 2, 2)],
    ),
    (
        "mysql-function-if-statement-with-parenthesised-condition",
        MY,
        "CREATE FUNCTION f(x INT) RETURNS INT\nBEGIN\n  IF (x > 0) THEN RETURN IF(x > 9, 2, 1); ELSEIF x < 0 THEN RETURN -1;"
        " ELSE RETURN 0; END IF;\nEND;\nSELECT 1;",
        [
            (
                "CREATE FUNCTION f(x INT) RETURNS INT\nBEGIN\n  IF (x > 0) THEN RETURN IF(x > 9, 2, 1); ELSEIF x < 0 THEN RETURN -1;"
                " ELSE RETURN 0; END IF;\nEND",
                1,
                4,
            ),
            ("SELECT 1", 5, 5),
        ],
    ),
    (
        "mysql-trigger-if-body-without-begin",
        MY,
        "CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW\nIF NEW.a < 0 THEN SET NEW.a = 0; END IF;\nSELECT 1;",
        [("CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW\nIF NEW.a < 0 THEN SET NEW.a = 0; END IF", 1, 2), ("SELECT 1", 3, 3)],
    ),
    (
        "mysql-trigger-single-statement",
        MY,
        "CREATE TRIGGER trg BEFORE UPDATE ON t FOR EACH ROW SET NEW.updated = NOW();\nSELECT 1;",
        [("CREATE TRIGGER trg BEFORE UPDATE ON t FOR EACH ROW SET NEW.updated = NOW()", 1, 1), ("SELECT 1", 2, 2)],
    ),
    (
        "mysql-event",
        MY,
        "CREATE EVENT purge_log ON SCHEDULE EVERY 1 DAY DO BEGIN\n  DELETE FROM log WHERE ts < NOW() - INTERVAL 7 DAY;\nEND;\nSELECT 1;",
        [("CREATE EVENT purge_log ON SCHEDULE EVERY 1 DAY DO BEGIN\n  DELETE FROM log WHERE ts < NOW() - INTERVAL 7 DAY;\nEND", 1, 3), ("SELECT 1", 4, 4)],
    ),
    (
        "mysql-case-statement-and-case-expression",
        MY,
        "CREATE PROCEDURE p(x INT) BEGIN\n  SET @v = CASE WHEN x > 1 THEN 'big' ELSE 'small' END;\n"
        "  CASE x WHEN 1 THEN SELECT 1; ELSE BEGIN END; END CASE;\nEND;\nSELECT 2;",
        [
            (
                "CREATE PROCEDURE p(x INT) BEGIN\n  SET @v = CASE WHEN x > 1 THEN 'big' ELSE 'small' END;\n"
                "  CASE x WHEN 1 THEN SELECT 1; ELSE BEGIN END; END CASE;\nEND",
                1,
                4,
            ),
            ("SELECT 2", 5, 5),
        ],
    ),
    (
        "mysql-repeat-statement-and-repeat-function",
        MY,
        "CREATE PROCEDURE p() BEGIN\n  DECLARE s TEXT DEFAULT REPEAT('ab', 2);\n  REPEAT SET s = CONCAT(s, 'x'); UNTIL LENGTH(s) > 9 END REPEAT;\nEND;\nSELECT 1;",
        [
            ("CREATE PROCEDURE p() BEGIN\n  DECLARE s TEXT DEFAULT REPEAT('ab', 2);\n  REPEAT SET s = CONCAT(s, 'x'); UNTIL LENGTH(s) > 9 END REPEAT;\nEND", 1, 4),
            ("SELECT 1", 5, 5),
        ],
    ),
    (
        "mysql-handler-block-and-cursor",
        MY,
        "CREATE PROCEDURE p() BEGIN\n  DECLARE done INT DEFAULT 0;\n  DECLARE c CURSOR FOR SELECT id FROM t;\n"
        "  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;\n"
        "  DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; RESIGNAL; END;\n  START TRANSACTION;\n  COMMIT;\nEND;\nSELECT 1;",
        [
            (
                "CREATE PROCEDURE p() BEGIN\n  DECLARE done INT DEFAULT 0;\n  DECLARE c CURSOR FOR SELECT id FROM t;\n"
                "  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;\n"
                "  DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; RESIGNAL; END;\n  START TRANSACTION;\n  COMMIT;\nEND",
                1,
                8,
            ),
            ("SELECT 1", 9, 9),
        ],
    ),
    (
        "mysql-columns-named-begin-and-end",
        MY,
        "CREATE PROCEDURE p() BEGIN\n  SELECT begin, end FROM periods WHERE end > begin;\n  UPDATE periods SET end = NOW();\n"
        "  INSERT INTO periods (begin, end) VALUES (1, 2);\nEND;\nSELECT 1;",
        [
            (
                "CREATE PROCEDURE p() BEGIN\n  SELECT begin, end FROM periods WHERE end > begin;\n  UPDATE periods SET end = NOW();\n"
                "  INSERT INTO periods (begin, end) VALUES (1, 2);\nEND",
                1,
                5,
            ),
            ("SELECT 1", 6, 6),
        ],
    ),
    (
        "mysql-create-procedure-if-not-exists",
        MY,
        "DROP PROCEDURE IF EXISTS p;\nCREATE PROCEDURE IF NOT EXISTS p(a INT, b INT) BEGIN SELECT a; SELECT b; END;\nSELECT 1;",
        [
            ("DROP PROCEDURE IF EXISTS p", 1, 1),
            ("CREATE PROCEDURE IF NOT EXISTS p(a INT, b INT) BEGIN SELECT a; SELECT b; END", 2, 2),
            ("SELECT 1", 3, 3),
        ],
    ),
    (
        "mysql-ordinary-create-statements-not-compound",
        MY,
        "CREATE TABLE IF NOT EXISTS t (a INT, `begin` INT);\nCREATE OR REPLACE VIEW v AS SELECT IF(a, 1, 0) FROM t;\nSELECT 1;",
        [
            ("CREATE TABLE IF NOT EXISTS t (a INT, `begin` INT)", 1, 1),
            ("CREATE OR REPLACE VIEW v AS SELECT IF(a, 1, 0) FROM t", 2, 2),
            ("SELECT 1", 3, 3),
        ],
    ),
    (
        "mysql-mariadb-begin-not-atomic",
        MY,
        "BEGIN NOT ATOMIC\n  DECLARE x INT;\n  SET x = 1;\nEND;\nBEGIN;\nSELECT 1;\nCOMMIT;",
        [
            ("BEGIN NOT ATOMIC\n  DECLARE x INT;\n  SET x = 1;\nEND", 1, 4),
            ("BEGIN", 5, 5),
            ("SELECT 1", 6, 6),
            ("COMMIT", 7, 7),
        ],
    ),
    (
        "mysql-mariadb-top-level-if",
        MY,
        "IF (SELECT COUNT(*) FROM t) = 0 THEN\n  INSERT INTO t VALUES (1);\nEND IF;\nSELECT 1;",
        [("IF (SELECT COUNT(*) FROM t) = 0 THEN\n  INSERT INTO t VALUES (1);\nEND IF", 1, 3), ("SELECT 1", 4, 4)],
    ),
    (
        "mysql-mariadb-for-loop",
        MY,
        "CREATE PROCEDURE p() BEGIN\n  FOR i IN 1..3 DO\n    SELECT i;\n  END FOR;\nEND;\nSELECT 1;",
        [("CREATE PROCEDURE p() BEGIN\n  FOR i IN 1..3 DO\n    SELECT i;\n  END FOR;\nEND", 1, 5), ("SELECT 1", 6, 6)],
    ),
    (
        "mysql-start-transaction",
        MY,
        "START TRANSACTION;\nUPDATE t SET a = 1;\nROLLBACK;",
        [("START TRANSACTION", 1, 1), ("UPDATE t SET a = 1", 2, 2), ("ROLLBACK", 3, 3)],
    ),
    (
        "mysql-hash-comment",
        MY,
        "# a comment; with 'quote\nSELECT 1 # trailing ;\n;\nSELECT 2;",
        [("# a comment; with 'quote\nSELECT 1", 2, 2), ("SELECT 2", 4, 4)],
    ),
    (
        "mysql-double-dash-needs-a-space",
        MY,
        "SELECT 1--1;\nSELECT 2 --\t;\n;SELECT 3;",
        [("SELECT 1--1", 1, 1), ("SELECT 2", 2, 2), ("SELECT 3", 3, 3)],
    ),
    (
        # Dolibarr's upgrade scripts comment statements out as '--UPDATE ...;': the mysql client
        # drops such a line when it opens a statement (only then), so it never reaches the server.
        "mysql-double-dash-without-space-opens-a-statement",
        MY,
        "-- header\n--UPDATE t SET a = 'x;y';\n  --DELETE FROM t;\nUPDATE t SET a = 1;\n"
        "SELECT 2; --x\n# c\n--y\nSELECT 3\n--z\n;\nDELIMITER $$\n--SELECT 4$$\nSELECT 5$$\nDELIMITER ;\n",
        [
            ("UPDATE t SET a = 1", 4, 4),
            ("SELECT 2", 5, 5),
            ("SELECT 3\n--z", 8, 9),
            ("SELECT 5", 13, 13),
        ],
    ),
    (
        "mysql-backslash-escapes-both-quotes",
        MY,
        "SELECT 'it\\'s;', \"say \\\"hi\\\";\", 'a''b';\nSELECT 2;",
        [("SELECT 'it\\'s;', \"say \\\"hi\\\";\", 'a''b'", 1, 1), ("SELECT 2", 2, 2)],
    ),
    (
        "mysql-backticks",
        MY,
        "SELECT `a;``b`, `#x`, `--y` FROM `t`;\nSELECT 2;",
        [("SELECT `a;``b`, `#x`, `--y` FROM `t`", 1, 1), ("SELECT 2", 2, 2)],
    ),
    (
        "mysql-executable-comment-is-a-statement",
        MY,
        "/*!40101 SET NAMES utf8mb4 */;\n/*!40014 SET @x = 1; SET @y = 2 */;\n/*M!100100 SET @z = 3 */;\n/* plain */;",
        [
            ("/*!40101 SET NAMES utf8mb4 */", 1, 1),
            ("/*!40014 SET @x = 1; SET @y = 2 */", 2, 2),
            ("/*M!100100 SET @z = 3 */", 3, 3),
        ],
    ),
    (
        "mysql-executable-comment-inside-statement",
        MY,
        "CREATE TABLE t (a INT) /*!50100 PARTITION BY HASH (a) */ /* note; */;\nSELECT 2;",
        [("CREATE TABLE t (a INT) /*!50100 PARTITION BY HASH (a) */", 1, 1), ("SELECT 2", 2, 2)],
    ),
    (
        "mysql-unterminated-block",
        MY,
        "SELECT 0;\nCREATE PROCEDURE p() BEGIN SELECT 1;\nSELECT 2;\n",
        [("SELECT 0", 1, 1), ("CREATE PROCEDURE p() BEGIN SELECT 1;\nSELECT 2;", 2, 3)],
    ),
    (
        "mysql-dollar-is-not-a-quote",
        MY,
        "SELECT $$;\nSELECT 'a' AS $x;",
        [("SELECT $$", 1, 1), ("SELECT 'a' AS $x", 2, 2)],
    ),
]


@pytest.mark.parametrize(("dialect", "sql", "expected"), [pytest.param(d, s, e, id=i) for i, d, s, e in CASES])
def test_split(dialect: str, sql: str, expected: Expected) -> None:
    assert split(sql, dialect) == expected


def test_case_table_is_large() -> None:
    assert len(CASES) >= 50
    assert len({case[0] for case in CASES}) == len(CASES), "case ids must be unique"


def test_statement_objects() -> None:
    assert split_sql("SELECT 1;", "sqlite") == [Statement("SELECT 1", 1, 1)]


def test_dialect_aliases_and_unknown_dialect() -> None:
    assert split("SELECT 1", "postgres") == split("SELECT 1", "PostgreSQL") == [("SELECT 1", 1, 1)]
    assert split("SELECT 1", "mariadb") == [("SELECT 1", 1, 1)]
    with pytest.raises(ValueError, match="unknown SQL dialect"):
        split_sql("SELECT 1", "oracle")


@pytest.mark.parametrize("dialect", DIALECTS)
def test_windows_line_endings_match_unix(dialect: str) -> None:
    unix = "-- c\nCREATE TABLE t (\n  a INT\n);\n\nINSERT INTO t VALUES (1);\n"
    windows = unix.replace("\n", "\r\n")
    got_unix, got_windows = split(unix, dialect), split(windows, dialect)
    assert [(t.replace("\r\n", "\n"), a, b) for t, a, b in got_windows] == got_unix
    assert all(not t.endswith("\r") for t, _, _ in got_windows)


@pytest.mark.parametrize("dialect", DIALECTS)
def test_linear_time_on_hostile_input(dialect: str) -> None:
    """Many openers, quotes and comments: a quadratic scan would take minutes."""
    samples = [
        "/*" * 100_000 + "*/" * 100_000 + ";",
        "SELECT '" + "''" * 200_000 + "';",
        "-- x\n" * 100_000,
        "SELECT 1;" * 50_000,
        "CREATE TRIGGER t BEGIN " + "SELECT CASE WHEN 1 THEN 2 END;" * 20_000 + " END;",
        "CREATE PROCEDURE p() BEGIN " + "IF(a, b, c);" * 20_000 + " END;",
    ]
    started = time.perf_counter()
    for sql in samples:
        split_sql(sql, dialect)
    assert time.perf_counter() - started < 20


# -- property: generated statements survive a join and a split ------------------------------------
_ident = st.from_regex(r"[a-z_][a-z0-9_]{0,8}", fullmatch=True)
_text = st.text(alphabet="ab ;-'$/*\"#\n`", max_size=12)


def _string_literal(dialect: str) -> st.SearchStrategy[str]:
    return _text.map(lambda s: "'" + s.replace("'", "''") + "'")


def _quoted_ident(dialect: str) -> st.SearchStrategy[str]:
    q = "`" if dialect == MY else '"'
    return _text.filter(bool).map(lambda s: q + s.replace(q, q + q) + q)


def _dollar_string() -> st.SearchStrategy[str]:
    def render(tag: str, body: str) -> str:
        return f"${tag}${body}${tag}$"

    return st.tuples(st.sampled_from(["", "x", "fn_1"]), _text).filter(
        lambda tb: (tb[1] + f"${tb[0]}$").find(f"${tb[0]}$") == len(tb[1])
    ).map(lambda tb: render(*tb))


def _block_comment(dialect: str) -> st.SearchStrategy[str]:
    def well_formed(comment: str) -> bool:  # one opener, one closer: no nesting, no '/*!'
        return comment.find("/*", 1) < 0 and comment.find("*/") == len(comment) - 2 and comment[2:3] != "!"

    return _text.map(lambda s: f"/*{s}*/").filter(well_formed)


def _line_comment(dialect: str) -> st.SearchStrategy[str]:
    starts = ["-- ", "# "] if dialect == MY else ["-- ", "--"]
    return st.tuples(st.sampled_from(starts), _text.map(lambda s: s.replace("\n", " "))).map(
        lambda p: p[0] + p[1] + "\n"
    )


def _expression(dialect: str) -> st.SearchStrategy[str]:
    atoms = [_ident, _string_literal(dialect), _quoted_ident(dialect), st.integers(0, 999).map(str)]
    if dialect == PG:
        atoms.append(_dollar_string())
    atom = st.one_of(*atoms)
    commented = st.tuples(st.one_of(_block_comment(dialect), _line_comment(dialect)), atom).map(
        lambda p: p[0] + (" " if p[0].endswith("*/") else "") + p[1]
    )
    return st.one_of(atom, commented)


@st.composite
def _statement(draw: st.DrawFn, dialect: str) -> tuple[str, int]:
    """A statement and the offset of its first code character."""
    exprs = draw(st.lists(_expression(dialect), min_size=1, max_size=4))
    body = "SELECT " + ", ".join(exprs)
    if draw(st.booleans()):
        body += " FROM " + draw(_ident)
    lead = draw(st.sampled_from(["", "comment"]))
    if lead:
        lead = draw(st.one_of(_line_comment(dialect), _block_comment(dialect).map(lambda c: c + " ")))
    return lead + body, len(lead)


@pytest.mark.parametrize("dialect", DIALECTS)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_join_then_split_roundtrip(dialect: str, data: st.DataObject) -> None:
    stmts = data.draw(st.lists(_statement(dialect), min_size=1, max_size=6))
    trailer = data.draw(st.sampled_from(["", ";", ";\n", ";\n-- end\n"]))
    sql = ";\n".join(text for text, _ in stmts) + trailer
    expected: Expected = []
    offset = 0
    for text, code in stmts:
        start_line = sql.count("\n", 0, offset + code) + 1
        end_line = sql.count("\n", 0, offset + len(text) - 1) + 1
        expected.append((text, start_line, end_line))
        offset += len(text) + 2
    assert split(sql, dialect) == expected


# -- strip_leading_comments ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "dialect", "expected"),
    [
        ("  SELECT 1", None, "SELECT 1"),
        ("-- a\n/* b */\n  SELECT 1 -- c", None, "SELECT 1 -- c"),
        ("/* a /* nested */ still */ VACUUM", None, "VACUUM"),
        ("/* a /* b */ SELECT 1", "sqlite", "SELECT 1"),
        ("# mysql\nSELECT 1", "mysql", "SELECT 1"),
        ("# pg operator", "postgresql", "# pg operator"),
        ("/*!40101 SET NAMES utf8 */", "mysql", "/*!40101 SET NAMES utf8 */"),
        ("-- only\n/* comments */", None, ""),
        ("", None, ""),
        ("\r\n-- x\r\nCOMMIT", None, "COMMIT"),
    ],
)
def test_strip_leading_comments(text: str, dialect: str | None, expected: str) -> None:
    assert strip_leading_comments(text, dialect) == expected


# -- is_transaction_control ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BEGIN", True),
        ("begin", True),
        ("-- start\nBEGIN TRANSACTION", True),
        ("BEGIN WORK", True),
        ("BEGIN DEFERRED TRANSACTION", True),
        ("BEGIN EXCLUSIVE", True),
        ("BEGIN ISOLATION LEVEL SERIALIZABLE, READ ONLY", True),
        ("START TRANSACTION", True),
        ("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ WRITE", True),
        ("start transaction isolation level repeatable read", True),
        ("COMMIT", True),
        ("COMMIT WORK", True),
        ("COMMIT TRANSACTION", True),
        ("COMMIT AND NO CHAIN", True),
        ("/* done */ commit;", True),
        ("END", True),
        ("END TRANSACTION", True),
        ("ROLLBACK", True),
        ("ROLLBACK WORK", True),
        ("ABORT", True),
        ("ROLLBACK TO SAVEPOINT sp", False),
        ("ROLLBACK TRANSACTION TO sp", False),
        ("ROLLBACK PREPARED 'tx1'", False),
        ("COMMIT PREPARED 'tx1'", False),
        ("BEGIN ATOMIC SELECT 1; END", False),
        ("BEGIN NOT ATOMIC SELECT 1; END", False),
        ("BEGIN\n  INSERT INTO t VALUES (1);\nEND", False),
        ("DO $$ BEGIN PERFORM 1; END $$", False),
        ("END IF", False),
        ("START SLAVE", False),
        ("SAVEPOINT sp", False),
        ("SELECT 1", False),
        ("", False),
        ("-- BEGIN", False),
    ],
)
def test_is_transaction_control(text: str, expected: bool) -> None:
    assert is_transaction_control(text) is expected


def test_is_transaction_control_per_dialect() -> None:
    assert is_transaction_control("# note\nCOMMIT", "mysql")
    assert not is_transaction_control("COMMIT # 1", "postgresql")
    assert is_transaction_control("BEGIN IMMEDIATE", "sqlite")


# -- first_keywords --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "n", "dialect", "expected"),
    [
        ("create table t (a int)", 3, None, ["CREATE", "TABLE", "T"]),
        ("-- c\n/* d */ CREATE UNIQUE INDEX CONCURRENTLY i ON t (a)", 4, None, ["CREATE", "UNIQUE", "INDEX", "CONCURRENTLY"]),
        ("CREATE OR REPLACE FUNCTION f()", 3, None, ["CREATE", "OR", "REPLACE"]),
        ('ALTER TABLE "users" ADD x int', 3, None, ["ALTER", "TABLE"]),
        ("SELECT 1", 3, None, ["SELECT"]),
        ("VACUUM", 1, None, ["VACUUM"]),
        ("INSERT INTO t VALUES (1)", 0, None, []),
        ("-- nothing", 3, None, []),
        ("/*!50003 CREATE*/ /*!50003 TRIGGER t */", 2, "mysql", ["CREATE", "TRIGGER"]),
        ("# c\nDROP TABLE x", 2, "mysql", ["DROP", "TABLE"]),
        ("drop\r\n  view v", 2, None, ["DROP", "VIEW"]),
    ],
)
def test_first_keywords(text: str, n: int, dialect: str | None, expected: list[str]) -> None:
    assert first_keywords(text, n, dialect) == expected


def test_first_keywords_default_n() -> None:
    assert first_keywords("create index concurrently idx on t (a)") == ["CREATE", "INDEX", "CONCURRENTLY"]


# -- MySQL: migration-tool annotations the splitter honours -------------------------------------
def test_goose_statement_end_keeps_the_delimiter_state() -> None:
    """A goose `StatementEnd` line ends the statement inside the splitter, so a `DELIMITER $$` set
    before a `StatementBegin ... StatementEnd` block still holds after it (cutting the file at the
    marker and splitting each part afresh reset it to `;`, sending `END$$` and `DELIMITER ;`)."""
    sql = (
        "DELIMITER $$\n"
        "CREATE PROCEDURE a() BEGIN SELECT 1; END$$\n"
        "-- +goose StatementBegin\n"
        "CREATE PROCEDURE b() BEGIN SELECT 2; END\n"
        "--+goose StatementEnd\n"
        "CREATE PROCEDURE c() BEGIN SELECT 3; END$$\n"
        "DELIMITER ;\n"
        "SELECT 'x\n-- +goose StatementEnd\n';\n"
        "SELECT 4;\n"
    )
    assert split(sql, MY) == [
        ("CREATE PROCEDURE a() BEGIN SELECT 1; END", 2, 2),
        ("-- +goose StatementBegin\nCREATE PROCEDURE b() BEGIN SELECT 2; END", 4, 4),
        ("CREATE PROCEDURE c() BEGIN SELECT 3; END", 6, 6),
        ("SELECT 'x\n-- +goose StatementEnd\n'", 8, 10),
        ("SELECT 4", 11, 11),
    ]


def test_goose_statement_end_only_on_mysql_and_at_line_start() -> None:
    """The marker is a comment elsewhere: other dialects, or after code on the same line."""
    sql = "SELECT 1 -- +goose StatementEnd\n, 2;\n"
    assert split(sql, MY) == [("SELECT 1 -- +goose StatementEnd\n, 2", 1, 2)]
    assert split("SELECT 1\n-- +goose StatementEnd\n, 2;", PG) == [("SELECT 1\n-- +goose StatementEnd\n, 2", 1, 3)]


LIQUIBASE_NO_SPLIT = """--liquibase formatted sql

--changeset ana:1 splitStatements:false
CREATE TRIGGER orgs_bi BEFORE INSERT ON orgs FOR EACH ROW
BEGIN
    SET NEW.tier = COALESCE(NEW.tier, 'free');
    SET NEW.name = TRIM(NEW.name);
END;

--changeset ana:2 splitStatements:false
UPDATE orgs SET tier = 'gold' WHERE id = 1;
DELETE FROM orgs WHERE id = 2
--rollback SELECT 1;
"""


def test_liquibase_split_statements_false_is_read_as_the_server_runs_it() -> None:
    """`splitStatements:false`: Liquibase sends the body as one text and the server runs what is
    in it, so a trigger body with `;` inside stays one statement, and two plain statements run as
    two, in order (see liquibase_changesets for why they are not sent as one text)."""
    from rollback_commander.dialects.mysql import MySQLDialect, liquibase_changesets

    assert "DELIMITER ;" in liquibase_changesets(LIQUIBASE_NO_SPLIT)
    stmts = MySQLDialect().split(LIQUIBASE_NO_SPLIT)
    assert [(s.text.splitlines()[0], s.start_line, s.end_line) for s in stmts] == [
        ("CREATE TRIGGER orgs_bi BEFORE INSERT ON orgs FOR EACH ROW", 4, 8),
        ("UPDATE orgs SET tier = 'gold' WHERE id = 1", 11, 11),
        ("DELETE FROM orgs WHERE id = 2", 12, 12),
    ]
