"""Regenerate the "statement kinds found in the migration files" tables of the case library READMEs.

    .venv/bin/python tests/cases/statement_kinds.py          # rewrite the tables in place
    .venv/bin/python tests/cases/statement_kinds.py --check  # exit 1 when a table is out of date

Each kind is a regular expression (or a function) matched against the SQL of a case's migrations
as the tool runs them (`discover`, then each migration's up part: `.down.sql` files and down
sections are left out), with comments removed, case-insensitively. A table lists every case a kind
occurs in, not only the case written for it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

from rollback_commander.model.migration import discover

HERE = Path(__file__).resolve().parent

Kind = tuple[str, "str | Callable[[str], bool]"]


def _flat(statement: str) -> str:
    """The statement with everything inside parentheses removed (subqueries, calls, column lists)."""
    while (flat := re.sub(r"\([^()]*\)", " ", statement)) != statement:
        statement = flat
    return statement


def _update_from(text: str) -> bool:
    """An UPDATE that reads other tables at its own level: `UPDATE ... SET ... FROM` (PostgreSQL,
    SQLite) or `UPDATE a JOIN b ... SET` (MySQL); subqueries do not count."""
    for stmt in text.split(";"):
        flat = _flat(stmt)
        m = re.search(r"\bUPDATE\b(.*?)\bSET\b(.*)", flat, re.I | re.S)
        if m and (re.search(r"\bJOIN\b|,", m.group(1)) or re.search(r"\bFROM\b", m.group(2), re.I)):
            return True
    return False


COMMON: list[Kind] = [
    ("CREATE TABLE", r"\bCREATE\s+(?:TEMP(?:ORARY)?\s+)?TABLE\b"),
    ("DROP TABLE", r"\bDROP\s+TABLE\b"),
    ("rename table", r"\bRENAME\s+TO\b|\bRENAME\s+TABLE\b"),
    ("ADD COLUMN", r"\bADD\s+COLUMN\b"),
    ("DROP COLUMN", r"\bDROP\s+COLUMN\b"),
    ("RENAME COLUMN", r"\bRENAME\s+COLUMN\b|\bCHANGE\s+(?:COLUMN\s+)?\S+\s+\S+\s+\w"),
    ("generated column", r"\bGENERATED\s+ALWAYS\s+AS\s*\(|\bAS\s*\([^;]*\)\s*(?:STORED|VIRTUAL|PERSISTENT)\b"),
    ("FOREIGN KEY / REFERENCES", r"\bFOREIGN\s+KEY\b|\bREFERENCES\b"),
    ("ON DELETE CASCADE / SET NULL", r"\bON\s+DELETE\s+(?:CASCADE|SET\s+NULL)\b"),
    ("CHECK constraint", r"\bCHECK\s*\("),
    ("CREATE INDEX", r"\bCREATE\s+(?:UNIQUE\s+|FULLTEXT\s+|SPATIAL\s+)?INDEX\b|\bADD\s+(?:UNIQUE\s+|FULLTEXT\s+)?(?:INDEX|KEY)\b"),
    ("CREATE UNIQUE INDEX", r"\bCREATE\s+UNIQUE\s+INDEX\b|\bADD\s+UNIQUE\b"),
    ("partial index", r"\bCREATE\s+(?:UNIQUE\s+)?INDEX\b[^;]*\)\s*WHERE\b"),
    ("DROP INDEX", r"\bDROP\s+(?:INDEX|KEY)\b"),
    ("CREATE VIEW", r"\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMP(?:ORARY)?\s+)?(?:ALGORITHM\s*=\s*\w+\s+)?VIEW\b"),
    ("DROP VIEW", r"\bDROP\s+VIEW\b"),
    ("CREATE TRIGGER", r"\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:CONSTRAINT\s+)?(?:TEMP(?:ORARY)?\s+)?(?:DEFINER\s*=\s*\S+\s+)?TRIGGER\b"),
    ("DROP TRIGGER", r"\bDROP\s+TRIGGER\b"),
    ("UPDATE", r"(?:^|;)\s*(?:WITH\b[^;]*?\)\s*)?UPDATE\b"),
    ("UPDATE ... FROM / JOIN", _update_from),
    ("WITH (CTE) driving UPDATE / DELETE", r"\bWITH\b[^;]*?\bAS\s*(?:NOT\s+)?(?:MATERIALIZED\s*)?\([^;]*?\)\s*(?:UPDATE|DELETE)\b"),
    ("DELETE", r"\bDELETE\s+(?:\w+\s+)?FROM\b|(?:^|;)\s*DELETE\b"),
    ("INSERT ... SELECT", r"\bINSERT\s+(?:OR\s+\w+\s+|IGNORE\s+)?INTO\b[^;]*?\bSELECT\b"),
    ("upsert (ON CONFLICT / ON DUPLICATE KEY)", r"\bON\s+CONFLICT\b|\bON\s+DUPLICATE\s+KEY\s+UPDATE\b"),
    ("REPLACE / INSERT OR REPLACE", r"\bREPLACE\s+INTO\b|\bINSERT\s+OR\s+REPLACE\b"),
    ("backup table (CREATE TABLE ... AS SELECT)", r"\bCREATE\s+(?:TEMP(?:ORARY)?\s+)?TABLE\s+[^;(]*?\bAS\s*\(?\s*SELECT\b"),
    ("soft delete (deleted_at)", r"\bdeleted_at\b"),
    ("explicit BEGIN; ... COMMIT;", r"(?:^|;)\s*(?:BEGIN|START\s+TRANSACTION)\s*(?:TRANSACTION\s*)?;[^$]*?\bCOMMIT\s*;"),
    ("SAVEPOINT", r"\bSAVEPOINT\b"),
    ("TRUNCATE", r"\bTRUNCATE\b"),
]

POSTGRESQL: list[Kind] = [
    ("DROP ... CASCADE", r"\bDROP\s+[^;]*\bCASCADE\b"),
    ("ALTER COLUMN ... TYPE", r"\bALTER\s+(?:COLUMN\s+)?\S+\s+(?:SET\s+DATA\s+)?TYPE\b"),
    ("ALTER COLUMN ... TYPE ... USING", r"\bALTER\s+(?:COLUMN\s+)?\S+\s+(?:SET\s+DATA\s+)?TYPE\b[^;]*\bUSING\b"),
    ("SET / DROP DEFAULT", r"\b(?:SET|DROP)\s+DEFAULT\b"),
    ("SET / DROP NOT NULL", r"\b(?:SET|DROP)\s+NOT\s+NULL\b"),
    ("identity column", r"\bGENERATED\s+(?:ALWAYS|BY\s+DEFAULT)\s+AS\s+IDENTITY\b"),
    ("serial / bigserial", r"\b(?:big|small)?serial\b"),
    ("ADD PRIMARY KEY", r"\bADD\s+(?:CONSTRAINT\s+\S+\s+)?PRIMARY\s+KEY\b"),
    ("ADD UNIQUE", r"\bADD\s+(?:CONSTRAINT\s+\S+\s+)?UNIQUE\b"),
    ("NOT VALID", r"\bNOT\s+VALID\b"),
    ("VALIDATE CONSTRAINT", r"\bVALIDATE\s+CONSTRAINT\b"),
    ("DROP CONSTRAINT", r"\bDROP\s+CONSTRAINT\b"),
    ("DEFERRABLE", r"\bDEFERRABLE\b"),
    ("EXCLUDE constraint", r"\bEXCLUDE\s+(?:USING\b|\()"),
    ("CONCURRENTLY", r"\bCONCURRENTLY\b"),
    ("expression index", r"\bCREATE\s+(?:UNIQUE\s+)?INDEX\b[^;]*?\bON\s+\S+\s*(?:USING\s+\w+\s*)?\(\s*(?:\(|\w+\s*\()"),
    ("materialized view", r"\bMATERIALIZED\s+VIEW\b"),
    ("REFRESH MATERIALIZED VIEW", r"\bREFRESH\s+MATERIALIZED\s+VIEW\b"),
    ("sequence", r"\b(?:CREATE|ALTER|DROP)\s+SEQUENCE\b|\bsetval\s*\(|\bnextval\s*\("),
    ("enum type", r"\bAS\s+ENUM\b"),
    ("ALTER TYPE ... ADD VALUE", r"\bALTER\s+TYPE\b[^;]*\bADD\s+VALUE\b"),
    ("ALTER TYPE ... RENAME VALUE", r"\bALTER\s+TYPE\b[^;]*\bRENAME\s+VALUE\b"),
    ("domain", r"\b(?:CREATE|ALTER|DROP)\s+DOMAIN\b"),
    ("composite type", r"\bCREATE\s+TYPE\s+\S+\s+AS\s*\("),
    ("CREATE FUNCTION", r"\bCREATE\s+(?:OR\s+REPLACE\s+)?FUNCTION\b"),
    ("plpgsql", r"\bplpgsql\b"),
    ("procedure / CALL", r"\bCREATE\s+(?:OR\s+REPLACE\s+)?PROCEDURE\b|(?:^|;)\s*CALL\b"),
    ("DO block", r"(?:^|;)\s*DO\s+(?:LANGUAGE\s+\w+\s+)?\$"),
    ("COMMENT ON", r"\bCOMMENT\s+ON\b"),
    ("CREATE EXTENSION", r"\bCREATE\s+EXTENSION\b"),
    ("ROW LEVEL SECURITY", r"\bROW\s+LEVEL\s+SECURITY\b"),
    ("CREATE / ALTER / DROP POLICY", r"\b(?:CREATE|ALTER|DROP)\s+POLICY\b"),
    ("CREATE SCHEMA / SET SCHEMA", r"\bCREATE\s+SCHEMA\b|\bSET\s+SCHEMA\b"),
    ("GRANT / REVOKE", r"(?:^|;)\s*(?:GRANT|REVOKE)\b"),
    ("DELETE ... USING", r"\bDELETE\s+FROM\b[^;]*?\bUSING\b"),
    ("writable CTE (... RETURNING)", r"\bWITH\b[^;]*?\bAS\s*(?:NOT\s+)?(?:MATERIALIZED\s*)?\(\s*(?:INSERT|UPDATE|DELETE)\b[^;]*?\bRETURNING\b"),
    ("MERGE", r"(?:^|;)\s*MERGE\s+INTO\b"),
    ("partitions (PARTITION BY / OF / ATTACH / DETACH)", r"\bPARTITION\s+(?:BY|OF)\b|\b(?:ATTACH|DETACH)\s+PARTITION\b"),
    ("INHERITS", r"\bINHERITS\s*\("),
    ("event trigger", r"\bEVENT\s+TRIGGER\b"),
    ("rule", r"\bCREATE\s+(?:OR\s+REPLACE\s+)?RULE\b"),
    ("COPY ... FROM stdin", r"\bCOPY\s+[^;]*\bFROM\s+stdin\b"),
    ("collation", r"\bCREATE\s+COLLATION\b|\bCOLLATE\b"),
    ("publication", r"\bPUBLICATION\b"),
]

SQLITE: list[Kind] = [
    ("table rebuild (x_new + rename)", r"\bCREATE\s+TABLE\s+[\"`\[]?\w*?(?:_new|new_|_tmp|tmp_|_temp|temp_|_old|_v\d+)\w*[\"`\]]?\s*\("),
    ("WITHOUT ROWID", r"\bWITHOUT\s+ROWID\b"),
    ("STRICT table", r"\)\s*(?:WITHOUT\s+ROWID\s*,\s*)?STRICT\b"),
    ("AUTOINCREMENT", r"\bAUTOINCREMENT\b"),
    ("trigger body with CASE ... END", r"\bCREATE\s+(?:TEMP(?:ORARY)?\s+)?TRIGGER\b[^$]*?\bCASE\b[^$]*?\bEND\b"),
    ("INSTEAD OF trigger", r"\bINSTEAD\s+OF\b"),
    ("PRAGMA in a migration", r"(?:^|;)\s*PRAGMA\b"),
    ("virtual table (FTS / R*Tree)", r"\bCREATE\s+VIRTUAL\s+TABLE\b"),
    ("ANALYZE", r"(?:^|;)\s*ANALYZE\b"),
    ("VACUUM", r"(?:^|;)\s*VACUUM\b"),
    ("RETURNING", r"\bRETURNING\b"),
    ("JSON functions", r"\bjson_(?:extract|set|insert|array_length|each|object|group_array)\s*\("),
]

MYSQL: list[Kind] = [
    ("ALTER TABLE ... MODIFY / CHANGE", r"\bMODIFY\s+(?:COLUMN\s+)?\w|\bCHANGE\s+(?:COLUMN\s+)?\S+\s+\S+"),
    ("DELIMITER blocks", r"^\s*DELIMITER\b"),
    ("stored procedure / CALL", r"\bCREATE\s+(?:DEFINER\s*=\s*\S+\s+)?PROCEDURE\b|(?:^|;)\s*CALL\b"),
    ("stored function", r"\bCREATE\s+(?:DEFINER\s*=\s*\S+\s+)?FUNCTION\b"),
    ("event", r"\bCREATE\s+(?:DEFINER\s*=\s*\S+\s+)?EVENT\b"),
    ("multi-table DELETE", r"\bDELETE\s+\w+(?:\s*,\s*\w+)*\s+FROM\b[^;]*?\bJOIN\b"),
    ("AUTO_INCREMENT", r"\bAUTO_INCREMENT\b"),
    ("ENUM / SET column", r"\b(?:ENUM|SET)\s*\(\s*'"),
    ("JSON column", r"\bJSON\b"),
    ("partitions", r"\bPARTITION\s+BY\b|\b(?:ADD|DROP|REORGANIZE|TRUNCATE)\s+PARTITION\b"),
    ("CONVERT TO CHARACTER SET", r"\bCONVERT\s+TO\s+CHARACTER\s+SET\b"),
    ("FOREIGN_KEY_CHECKS = 0", r"\bFOREIGN_KEY_CHECKS\s*=\s*0\b"),
    ("executable comments /*! */", r"/\*!|/\*M!"),
    ("LOCK TABLES", r"\bLOCK\s+TABLES\b"),
    ("INVISIBLE column / index", r"\bINVISIBLE\b"),
    ("sequence", r"\b(?:CREATE|ALTER|DROP)\s+SEQUENCE\b|\bNEXTVAL\s*\("),
    ("system versioning", r"\bSYSTEM\s+VERSIONING\b"),
    ("PREPARE / EXECUTE", r"(?:^|;)\s*(?:PREPARE|EXECUTE)\b"),
    ("SET sql_mode / session variables", r"(?:^|;)\s*SET\s+(?:@@)?(?:SESSION\s+|GLOBAL\s+)?(?:sql_mode|@)"),
]

SECTIONS = {
    "sqlite": (HERE / "README.md", "### SQLite: statement kinds found in the migration files", COMMON + SQLITE),
    "postgresql": (HERE / "README.md", "### PostgreSQL: statement kinds found in the migration files", COMMON + POSTGRESQL),
    "mysql": (HERE / "mysql" / "README.md", "## Statement kinds found in the migration files",
              [k for k in COMMON if k[0] != "partial index"] + MYSQL),  # MySQL has no partial index
}

_COMMENTS = re.compile(r"--[^\n]*|/\*(?![!M]).*?\*/|#[^\n]*", re.S)


def _text(case: Path, dialect: str) -> str:
    """The SQL the tool runs for the case's migrations, comments removed (MySQL's executable
    comments kept)."""
    out = []
    for m in discover(case / "migrations", dialect):
        text = m.sql
        text = _COMMENTS.sub(" ", text) if dialect == "mysql" else re.sub(r"--[^\n]*|/\*.*?\*/", " ", text, flags=re.S)
        out.append(text)
    return "\n;\n".join(out)


def table(dialect: str) -> str:
    """The markdown of one dialect's section body: kinds with the cases (their numbers) that hold them."""
    kinds = SECTIONS[dialect][2]
    cases = sorted(p for p in (HERE / dialect).iterdir() if (p / "migrations").is_dir())
    texts = {c.name.split("_", 1)[0]: _text(c, dialect) for c in cases}
    rows = ["| statement kind | cases |", "|---|---|"]
    for name, pattern in kinds:
        match = pattern if callable(pattern) else re.compile(pattern, re.I | re.M).search
        found = [n for n, t in texts.items() if match(t)]
        rows.append(f"| {name} | {', '.join(found) if found else '(none)'} |")
    intro = ("Generated by `tests/cases/statement_kinds.py` from the migration files' text (comments left out), so it "
             "lists every case a statement kind occurs in, not only the case written for it.")
    return f"{intro}\n\n" + "\n".join(rows) + "\n"


def rewrite(readme: str, heading: str, body: str) -> str:
    """`readme` with the section under `heading` replaced by `body` (up to the next heading or a
    `Layouts used:` line), or the section appended when the heading is not there yet."""
    start = readme.find(heading)
    if start < 0:
        return readme.rstrip("\n") + f"\n\n{heading}\n\n{body}"
    after = start + len(heading)
    ends = [m.start() for m in re.finditer(r"^(?:#{1,3} |Layouts used:)", readme[after:], re.M)]
    end = after + ends[0] if ends else len(readme)
    return readme[:after] + "\n\n" + body + ("\n" if end < len(readme) else "") + readme[end:]


def main(argv: list[str]) -> int:
    stale = []
    for dialect, (path, heading, _) in SECTIONS.items():
        old = path.read_text(encoding="utf-8")
        new = rewrite(old, heading, table(dialect))
        if new != old:
            stale.append(f"{path.relative_to(HERE.parent.parent)} ({dialect})")
            if "--check" not in argv:
                path.write_text(new, encoding="utf-8")
    if stale and "--check" in argv:
        print("out of date: " + ", ".join(stale) + "; run .venv/bin/python tests/cases/statement_kinds.py")
        return 1
    print(("rewrote: " + ", ".join(stale)) if stale else "up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
