"""PostgreSQL adapter: psycopg 3 connection, journal in schema `rollback`, advisory lock, and
server-side capture and restore of table data."""

from __future__ import annotations

import json
import re
import time
import zlib
from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING, Any

from ..errors import ConnectionFailed, LockBusy
from ..model.schema import DbObject, SchemaModel, Table
from ..urls import DatabaseUrl
from . import postgres_capture as pc
from .base import Connection, Dialect, Live, Replay, ReversePlan, Statement
from .postgres_indexdef import unique_index_keys

if TYPE_CHECKING:
    from ..engine.update_set import UpdateSet

JOURNAL_SCHEMA = "rollback"
LOCK_KEY = zlib.crc32(b"rollback-commander") & 0x7FFFFFFF


_COPY_IN = re.compile(r"(?P<cmd>\s*(?:--[^\n]*\n\s*)*COPY\b.*?\bFROM\s+STDIN\b[^;]*);\r?\n(?P<rows>.*)\\\.\Z", re.I | re.S)
"""A COPY ... FROM stdin statement followed by its rows and the `\\.` line (see splitter._copy_data)."""


class PostgresConnection(Connection):
    paramstyle = "%s"

    def __init__(self, raw: Any):
        self.raw = raw

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        copy_in = _COPY_IN.match(sql) if not params else None
        if copy_in:  # a COPY ... FROM stdin with its rows (split_sql), as psql sends it
            with self.raw.cursor() as cur:
                with cur.copy(copy_in.group("cmd")) as copy:
                    copy.write(copy_in.group("rows"))
                self.rowcount = cur.rowcount
            return
        self.rowcount = self.raw.execute(sql, params or None, prepare=False).rowcount

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        cur = self.raw.execute(sql, params or None, prepare=False)
        return list(cur.fetchall()) if cur.description else []

    def begin(self) -> None:
        self.raw.execute("BEGIN")

    def commit(self) -> None:
        self.raw.execute("COMMIT")

    def rollback(self) -> None:
        self.raw.execute("ROLLBACK")

    def close(self) -> None:
        self.raw.close()

    @property
    def in_transaction(self) -> bool:
        import psycopg

        return bool(self.raw.info.transaction_status != psycopg.pq.TransactionStatus.IDLE)


def _conninfo(url: DatabaseUrl) -> str:
    raw = url.raw
    if raw.startswith("postgres://"):
        raw = "postgresql://" + raw[len("postgres://") :]
    return raw.replace("postgresql+psycopg://", "postgresql://")


_USER_SEQUENCES = (
    "FROM pg_sequences s WHERE s.schemaname NOT IN ('rollback', 'pg_catalog', 'information_schema') "
    "AND s.schemaname NOT LIKE '\\_rollback%' ORDER BY 1"
)


_SEQUENCE_OWNERS = (
    "SELECT format('%I.%I', sn.nspname, s.relname), format('%I.%I', tn.nspname, t.relname), quote_ident(a.attname) "
    "FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S' JOIN pg_namespace sn ON sn.oid = s.relnamespace "
    "JOIN pg_class t ON t.oid = d.refobjid AND t.relkind IN ('r', 'p') JOIN pg_namespace tn ON tn.oid = t.relnamespace "
    "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid "
    "JOIN pg_type ty ON ty.oid = a.atttypid AND ty.typname IN ('int2', 'int4', 'int8') "
    "WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') "
    "AND d.refobjsubid > 0 AND sn.nspname NOT IN ('rollback', 'pg_catalog', 'information_schema') "
    "AND sn.nspname NOT LIKE '\\_rollback%'"
)
"""(sequence, table, column) for each user sequence owned by an integer column (serial, identity, OWNED BY)."""


def _sequence_rows(conn: Connection) -> list[tuple[str, int, bool, int]]:
    """(name, last_value, is_called, increment) of every user sequence, read from the sequence
    itself: pg_sequences shows NULL for a sequence not drawn from since ALTER SEQUENCE ... RESTART
    [WITH n] or setval(.., n, false), which hides where it was restarted to (its start value is
    not it), so the proof and the rollback moved such sequences back to their start."""
    incs = {str(n): int(i) for n, i in conn.query(
        "SELECT format('%I.%I', s.schemaname, s.sequencename), s.increment_by " + _USER_SEQUENCES.replace(
            " ORDER BY 1", " AND has_sequence_privilege(format('%I.%I', s.schemaname, s.sequencename), 'SELECT') ORDER BY 1"))}
    names = list(incs)
    out: list[tuple[str, int, bool, int]] = []
    for start in range(0, len(names), 200):
        chunk = names[start : start + 200]
        sql = " UNION ALL ".join(f"SELECT {i}, last_value, is_called FROM {name}" for i, name in enumerate(chunk))
        for i, last, called in sorted(conn.query(sql)):
            name = chunk[int(i)]
            out.append((name, int(last), bool(called), incs[name]))
    return out


def _unique_index_parts(sql: str, columns: list[str] | None, quote: Callable[[str], str]) -> tuple[list[str], bool, str | None] | None:
    """Of a unique index's definition (pg_get_indexdef): its keys (quoted columns, or expressions),
    whether NULLs count as equal (NULLS NOT DISTINCT), and its predicate if partial; None for a
    definition postgres_indexdef does not follow. `columns`: the model's plain key columns, if so."""
    parts = unique_index_keys(sql)
    if parts is None or not columns:
        return parts
    return [quote(c) for c in columns], parts[1], parts[2]


class PostgresDialect(Dialect):
    name = "postgresql"
    transactional_ddl = True
    row_capture = True
    rows_layout = pc.RECORD_HASH_LAYOUT
    """3: as 2 (see base), the hashes record_hash; a server before 14 (no hash_record_extended)
    gets layout 2, see connect."""
    rows_firings_from = 2
    rows_guarded_restore = True
    quarantine = True
    records_renames = True

    def reimposed_violations(
        self, conn: Connection, before: SchemaModel, after: SchemaModel, tables: set[str],
        replaced: dict[str, set[str]] | None = None,
    ) -> list[tuple[str, str, int]]:
        """CHECK, UNIQUE and FOREIGN KEY constraints and unique indexes the migration dropped that
        rows break now (see Dialect): a CHECK whose expression is false for them (NOT VALID ones do
        not check existing rows), a UNIQUE constraint or index whose key repeats (rows beyond the
        first of each key; NULLs repeat only under NULLS NOT DISTINCT), a partial unique index's
        among the rows its predicate covers (soft-delete uniqueness: `WHERE deleted_at IS NULL`), a
        foreign key whose parent row is not there (rallly's relationMode switch dropped them all;
        see _orphans_query). A unique index's keys may be expressions (`lower(email)`): the rows
        are grouped by them. One keyed with an operator class of its own equality, or an
        exclusion constraint, is left to the reverse, whose error then names the cause."""
        import psycopg

        out: list[tuple[str, str, int]] = []
        for key, obj in sorted(before.objects.items()):
            if obj.kind not in ("constraint", "index", "foreign_key") or obj.table not in tables or obj.table not in after.tables:
                continue
            if key in after.objects and after.objects[key].definition == obj.definition:
                continue
            have = set(after.tables[obj.table].column_names)
            prefix = f"column:{obj.table}."
            needs = [d[len(prefix):] for d in obj.depends_on if d.startswith(prefix)]
            needs += list(obj.definition.get("unique_columns") or obj.definition.get("columns") or [])
            gone = (replaced or {}).get(obj.table, set())
            if any(c not in have or c in gone for c in needs):
                continue  # a column renamed or dropped since: the reverse puts it back first, read it then
            query = self._reimposed_query(obj, after, tables, replaced or {})
            if query is None:
                continue
            try:
                if conn.in_transaction:
                    with conn.savepoint("rb_reimposed"):  # a probe: an expression that no longer runs aborts nothing
                        n = int(conn.scalar(query))
                else:
                    n = int(conn.scalar(query))
            except psycopg.Error:
                continue  # (a function it calls is gone, say): left to the reverse, whose error names the cause
            if n:
                out.append((obj.table, obj.name.rsplit(".", 1)[-1], n))
        return out

    def _reimposed_query(self, obj: DbObject, after: SchemaModel, tables: set[str], replaced: dict[str, set[str]]) -> str | None:
        """The count of rows breaking the constraint or unique index `obj` (see
        reimposed_violations), or None for one that cannot be read before the reverse runs."""
        sql, kind = str(obj.definition.get("sql", "")), obj.definition.get("type")
        table = self.qualified(str(obj.table))
        if obj.kind == "foreign_key":
            return self._orphans_query(table, obj.definition, after, tables, replaced)
        if kind == "check":
            return (f"SELECT count(*) FROM {table} WHERE ({sql[len('CHECK '):]}) IS FALSE"
                    if sql.startswith("CHECK ") and not sql.endswith("NOT VALID") else None)
        unique = None
        if obj.kind == "index":
            unique = _unique_index_parts(sql, obj.definition.get("unique_columns"), self.quote)
        elif kind == "unique" and obj.definition.get("unique_columns") and "WHERE" not in sql:
            unique = [self.quote(c) for c in obj.definition["unique_columns"]], "NULLS NOT DISTINCT" in sql, None
        if unique is None:
            return None
        cols, nulls_equal, predicate = unique
        conds = ([] if nulls_equal else [f"({c}) IS NOT NULL" for c in cols]) + ([f"({predicate})"] if predicate else [])
        where = " WHERE " + " AND ".join(conds) if conds else ""
        return (f"SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM {table}{where} "
                f"GROUP BY {', '.join(cols)} HAVING count(*) > 1) d")

    def _orphans_query(
        self, table: str, fk: dict[str, Any], after: SchemaModel, tables: set[str], replaced: dict[str, set[str]]
    ) -> str | None:
        """The count of rows of `table` (quoted) whose foreign key `fk` (a model definition: columns, references,
        ref_columns, sql) would find no parent (orphan_condition, as verify's RC201 counts them), or
        None when that cannot be read before the reverse runs: a NOT VALID key, a parent the point
        restores (its rows change first) or lacks the referenced columns of now."""
        parent = str(fk.get("references") or "")
        cols, refs = list(fk.get("columns") or []), list(fk.get("ref_columns") or [])
        if (str(fk.get("sql", "")).endswith("NOT VALID") or parent not in tables or parent not in after.tables
                or not cols or len(cols) != len(refs)
                or any(r not in after.tables[parent].column_names or r in replaced.get(parent, set()) for r in refs)):
            return None
        return f"SELECT count(*) FROM {table} c WHERE {self.orphan_condition(fk, self.qualified(parent))}"

    def connect(self, url: DatabaseUrl) -> Connection:
        import psycopg

        try:
            # the name is a connection parameter, so RESET ALL (reset_session) keeps it
            raw = psycopg.connect(_conninfo(url), autocommit=True, connect_timeout=10,
                                  application_name="rollback-commander")
        except Exception as exc:
            from ..urls import mask_password

            raise ConnectionFailed(
                f"cannot connect to {url.masked}: {mask_password(str(exc)).strip()}",
                hint="check that the server runs and the URL (host, port, user, database) is right",
            ) from None
        if raw.info.server_version < 140000:
            self.rows_layout = 2
        return PostgresConnection(raw)

    def pins_type(self, type_name: str) -> bool:
        """Types outside pg_catalog: enums, domains, composites, row types and extensions' types
        (hstore, citext, vector): DROP TYPE / DROP EXTENSION refuses while a column still uses them."""
        return pc.user_type(type_name)

    def expression_pins(self, conn: Connection, table: str) -> dict[str, bool]:
        """Read from pg_depend: what each column default's or generation expression's pg_attrdef
        entry depends on outside pg_catalog (a function), or a sequence not owned by that column
        (a serial's own sequence goes with its column, as the real DROP COLUMN would take it)."""
        rows = conn.query(
            "SELECT DISTINCT a.attname, a.attgenerated <> '' FROM pg_attrdef ad "
            "JOIN pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum "
            "JOIN pg_depend d ON d.classid = 'pg_attrdef'::regclass AND d.objid = ad.oid AND d.deptype = 'n' "
            "LEFT JOIN pg_proc p ON d.refclassid = 'pg_proc'::regclass AND p.oid = d.refobjid "
            "LEFT JOIN pg_class s ON d.refclassid = 'pg_class'::regclass AND s.oid = d.refobjid AND s.relkind = 'S' "
            "WHERE ad.adrelid = to_regclass(%s) AND (p.pronamespace <> 'pg_catalog'::regnamespace OR (s.oid IS NOT NULL "
            "AND NOT EXISTS (SELECT 1 FROM pg_depend o WHERE o.classid = 'pg_class'::regclass AND o.objid = s.oid "
            "AND o.refobjid = ad.adrelid AND o.refobjsubid = ad.adnum AND o.deptype IN ('a', 'i'))))",
            (self.qualified(table),),
        )
        return {str(name): bool(generated) for name, generated in rows}

    def reset_session(self, conn: Connection) -> None:
        """Session settings back to the connection's own (RESET ALL): what a migration SET (search_path,
        role, session_replication_role, ...) does not carry over to the next migration of the same run
        (apply resets at the start of each), nor to the tool's own work after its statements."""
        conn.execute("RESET SESSION AUTHORIZATION")  # RESET ALL leaves SET ROLE / SESSION AUTHORIZATION alone
        conn.execute("RESET ALL")

    # -- statements ---------------------------------------------------------------------------
    def split(self, sql: str) -> list[Statement]:
        from .splitter import split_sql

        return split_sql(sql, "postgresql")

    no_transaction = re.compile(
        r"^\s*(CREATE\s+(UNIQUE\s+)?INDEX\s+CONCURRENTLY|DROP\s+INDEX\s+CONCURRENTLY|REINDEX\b.*\bCONCURRENTLY"
        r"|ALTER\s+TABLE\b.*\bDETACH\s+PARTITION\b.*\bCONCURRENTLY\s*;?\s*$"
        r"|VACUUM\b|CREATE\s+DATABASE|DROP\s+DATABASE|ALTER\s+SYSTEM|CREATE\s+TABLESPACE|DROP\s+TABLESPACE)",
        re.IGNORECASE | re.DOTALL,
    )

    # -- schema -------------------------------------------------------------------------------
    def introspect(self, conn: Connection) -> SchemaModel:
        from .postgres_schema import introspect_postgres

        return introspect_postgres(conn)

    def plan_reverse(self, current: SchemaModel, target: SchemaModel, data_tables: set[str]) -> ReversePlan:
        from .postgres_reverse import plan_reverse_postgres

        return plan_reverse_postgres(current, target, data_tables)

    def quote(self, ident: str) -> str:
        return '"' + ident.replace('"', '""') + '"'

    def qualified(self, table: str) -> str:
        schema, _, name = _split_key(table)
        return f"{self.quote(schema)}.{self.quote(name)}"

    # -- journal ------------------------------------------------------------------------------
    def journal_exists(self, conn: Connection) -> bool:
        return conn.scalar("SELECT to_regclass('rollback.points') IS NOT NULL") is True

    def journal_table(self, name: str) -> str:
        return f"{JOURNAL_SCHEMA}.{name}"

    def analyze_captures(self, conn: Connection) -> None:
        """ANALYZE the capture tables never analysed (made since autovacuum last looked): without
        statistics the planner takes a 200k-row capture for a few hundred rows, and verify's
        comparison of the restored rows looked each key up in a 2M-row table in hash order
        (4.8 s) instead of one hash join (2.0 s). Only the tool's own tables are written to."""
        for (name,) in conn.query(
            "SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            f"WHERE n.nspname = {pc.lit(JOURNAL_SCHEMA)} AND c.relname LIKE 'cap\\_%' AND c.relkind = 'r' AND c.reltuples < 0"
        ):
            conn.execute(f"ANALYZE {name}")

    def capture_table_name(self, point: int, n: int) -> str:
        return f"{JOURNAL_SCHEMA}.cap_{point}_{n}"

    def journal_ddl(self) -> list[str]:
        s = JOURNAL_SCHEMA
        return [
            f"CREATE SCHEMA IF NOT EXISTS {s}",
            f"""CREATE TABLE IF NOT EXISTS {s}.points (
                id bigserial PRIMARY KEY,
                migration text NOT NULL,
                kind text NOT NULL,
                checksum text,
                applied_at timestamptz NOT NULL DEFAULT now(),
                applied_by text,
                active boolean NOT NULL DEFAULT true,
                reversible boolean NOT NULL DEFAULT true,
                fingerprint_before text,
                fingerprint_after text,
                model_before text,
                model_after text,
                reverse_sql text,
                info text
            )""",
            f"""CREATE TABLE IF NOT EXISTS {s}.captures (
                id bigserial PRIMARY KEY,
                point_id bigint NOT NULL REFERENCES {s}.points(id) ON DELETE CASCADE,
                table_name text NOT NULL,
                capture_table text NOT NULL,
                kind text NOT NULL,
                rows bigint,
                checksum_after text,
                info text
            )""",
            f"""CREATE TABLE IF NOT EXISTS {s}.events (
                id bigserial PRIMARY KEY,
                at timestamptz NOT NULL DEFAULT now(),
                kind text NOT NULL,
                migration text,
                point_id bigint,
                actor text,
                detail text
            )""",
            f"""CREATE TABLE IF NOT EXISTS {s}.lock_holder (
                id int PRIMARY KEY,
                holder text NOT NULL,
                since timestamptz NOT NULL DEFAULT now()
            )""",
        ]

    def begin_locked(self, conn: Connection, wait_seconds: float) -> None:
        conn.begin()
        self._wait_for_lock(conn, wait_seconds, "pg_try_advisory_xact_lock")

    def lock_session(self, conn: Connection, wait_seconds: float) -> None:
        self._wait_for_lock(conn, wait_seconds, "pg_try_advisory_lock")

    def unlock_session(self, conn: Connection) -> None:
        conn.execute("SELECT pg_advisory_unlock(%s)", (LOCK_KEY,))

    def _wait_for_lock(self, conn: Connection, wait_seconds: float, function: str) -> None:
        deadline = time.monotonic() + wait_seconds
        while True:
            if conn.scalar(f"SELECT {function}(%s)", (LOCK_KEY,)):
                return
            if time.monotonic() >= deadline:
                holder = conn.query(
                    "SELECT a.pid, a.application_name, a.client_addr::text, a.xact_start::text "
                    "FROM pg_locks l JOIN pg_stat_activity a USING (pid) "
                    "WHERE l.locktype = 'advisory' AND l.objid = %s AND l.granted "
                    "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())",
                    (LOCK_KEY,),
                )
                who = (
                    f"process {holder[0][0]} ({holder[0][1] or 'unknown'}), since {holder[0][3]}"
                    if holder
                    else "another process"
                )
                raise LockBusy(
                    f"another rollback run holds the lock on this database: {who}",
                    hint="wait for it to finish, or raise --lock-timeout",
                )
            time.sleep(0.2)

    # -- data ---------------------------------------------------------------------------------
    def table_checksum(self, conn: Connection, table: Table, like: str | None = None) -> str:
        q = pc.own_rows(table)
        # order-independent: the row count and the sum of 64-bit row hashes (no sort)
        row = conn.query(f"SELECT count(*), coalesce(sum({row_hash_sql(self._row_text('t', table), like)}), 0) FROM {q} t")[0]
        return checksum_text(row[0], row[1], like)

    def column_checksum(self, conn: Connection, table: Table, column: str, like: str | None = None) -> str:
        cols = ", ".join(self.quote(k) for k in [*table.primary_key, column])
        c = self.quote(column)
        row = conn.query(f"SELECT count({c}), coalesce(sum({row_hash_sql(f'ROW({cols})::text', like)}), 0) "
                         f"FROM {pc.own_rows(table)} WHERE {c} IS NOT NULL")[0]
        return checksum_text(row[0], row[1], like)

    def _row_text(self, alias: str, table: Table) -> str:
        """The text of a row restricted to the model's columns (a capture may hold more)."""
        cols = ", ".join(f"{alias}.{self.quote(c.name)}" for c in table.columns)
        return f"ROW({cols})::text" if cols else "''"

    def capture_sql(self, table: Table, capture: str, live: dict[str, str] | None = None) -> list[str]:
        return [f"CREATE TABLE {capture} AS SELECT {pc.select_as(table, live)} FROM {pc.own_rows(table)}"]

    def restore_sql(self, table: Table, capture: str, key: list[str] | None, rebuilt: bool) -> list[str]:
        q, own = self.qualified(table.name), pc.own_rows(table)
        cols = [c for c in table.columns if c.writable]
        names = ", ".join(self.quote(c.name) for c in cols)
        plain = [c.name for c in cols]
        overriding = " OVERRIDING SYSTEM VALUE" if any(c.identity == "always" for c in cols) else ""
        if rebuilt:
            return [f"INSERT INTO {q} ({names}){overriding} SELECT {pc.from_capture('', table, plain)} FROM {capture}"]
        rt, rc = self._row_text("t", table), self._row_text("c", table)
        if key:
            match = " AND ".join(f"t.{self.quote(k)} = c.{self.quote(k)}" for k in key)
            out = [f"DELETE FROM {own} t WHERE NOT EXISTS (SELECT 1 FROM {capture} c WHERE {match})"]
            setcols = [c for c in cols if c.name not in key]
            if setcols:
                lhs = ", ".join(self.quote(c.name) for c in setcols)
                rhs = pc.from_capture("c", table, [c.name for c in setcols])
                set_clause = f"({lhs}) = ROW({rhs})" if len(setcols) > 1 else f"{lhs} = {rhs}"
                out.append(f"UPDATE {own} t SET {set_clause} FROM {capture} c WHERE {match} AND {rt} IS DISTINCT FROM {rc}")
            out.append(
                f"INSERT INTO {q} ({names}){overriding} SELECT {pc.from_capture('c', table, plain)} FROM {capture} c "
                f"WHERE NOT EXISTS (SELECT 1 FROM {own} t WHERE {match})"
            )
            return out
        # No key: make the multiset of rows equal, touching only the rows that differ.
        return [
            f"DELETE FROM {own} WHERE ctid IN (SELECT x.ctid FROM (SELECT t.ctid, {rt} AS r, "
            f"row_number() OVER (PARTITION BY {rt}) AS n FROM {own} t) x WHERE NOT EXISTS ("
            f"SELECT 1 FROM (SELECT {rc} AS r, row_number() OVER (PARTITION BY {rc}) AS n FROM {capture} c) y "
            f"WHERE y.r = x.r AND y.n = x.n))",
            f"INSERT INTO {q} ({names}){overriding} SELECT {pc.from_capture('y', table, plain)} FROM (SELECT c.*, {rc} AS _rb_r, "
            f"row_number() OVER (PARTITION BY {rc}) AS _rb_n FROM {capture} c) y WHERE NOT EXISTS ("
            f"SELECT 1 FROM (SELECT {rt} AS r, row_number() OVER (PARTITION BY {rt}) AS n FROM {own} t) x "
            f"WHERE x.r = y._rb_r AND x.n = y._rb_n)",
        ]

    def sequence_state_sql(self, conn: Connection, model: SchemaModel) -> list[str]:
        # Every user sequence, identity sequences included: setval is not transactional, so these
        # statements put positions back exactly (after a probe, or at the end of a reverse).
        out = []
        for name, last, called, _inc in _sequence_rows(conn):
            lit = "'" + name.replace("'", "''") + "'"
            out.append(f"SELECT setval({lit}, {last}, {'true' if called else 'false'})")
        return out

    def sequence_mark(self, conn: Connection, model: SchemaModel) -> Any:
        """The sequences' positions, and the column each one owned by a column (serial, identity,
        OWNED BY) numbers, as they are when the migration starts."""
        owners = {str(s): (str(t), str(c)) for s, t, c in conn.query(_SEQUENCE_OWNERS)}
        return self.sequence_positions(conn), owners

    def sequence_reverse_sql(self, conn: Connection, mark: Any) -> list[str]:
        """Each sequence the migration moved goes back to where it stood before, exactly, when it
        still stands where the migration left it (nobody drew from it since); otherwise only when
        it is behind that position (a RESTART the migration made): a sequence others drew from
        since is never set back onto the values they were handed, or their rows' next insert would
        fail with a duplicate key. Sequences the migration did not move are left alone.

        Nor is a sequence that numbers a column set at or below the largest value there: rows
        written with numbers it handed out during the migration that no capture took back (an
        event trigger logging the migration's DDL, and the reverse's own) stay."""
        positions, owners = mark
        end = self.sequence_positions(conn)
        out = []
        for name, (last, start, inc) in sorted(positions.items()):
            left = end.get(name)
            if left == (last, start, inc):
                continue
            cond = _behind(last, start, inc)
            if left is not None:  # where the migration left it: handed out nothing since
                cond += f" OR {_at(left)}"
            if name not in owners:
                out.append(f"SELECT setval({_lit(name)}, {_put(last, start)}) FROM {name} c WHERE {cond}")
                continue
            table, column = owners[name]
            agg, at_or_past = ("max", ">=") if int(inc) > 0 else ("min", "<=")
            used = f"m.v IS NOT NULL AND m.v {at_or_past} {_next(last, start, inc)}"
            put = (f"CASE WHEN {used} THEN m.v ELSE {last if last is not None else start} END, "
                   f"CASE WHEN {used} THEN true ELSE {'true' if last is not None else 'false'} END")
            out.append(f"SELECT setval({_lit(name)}, {put}) FROM {name} c CROSS JOIN LATERAL "
                       f"(SELECT {agg}({column})::bigint AS v FROM {table}) m WHERE {cond}")
        return out

    def sequence_positions(self, conn: Connection) -> dict[str, Any]:
        """name -> (last value handed out or None, the value the next nextval gives when none was
        handed out since a restart, increment)."""
        return {name: (last if called else None, last, inc) for name, last, called, inc in _sequence_rows(conn)}

    def sequence_catch_up_sql(self, before: dict[str, Any], trial: dict[str, Any] | None) -> list[str]:
        """setval outlives a ROLLBACK. Each sequence goes back to its position before the trial,
        exactly, where it still stands where the trial left it (nobody drew from it since, so a
        position the migration itself lowered, say by TRUNCATE ... RESTART IDENTITY, is kept);
        otherwise only where it is behind that position (ascending: lower; descending: higher):
        other sessions may have drawn since, and a sequence is never moved back onto their values.
        Read from the sequence itself when the statement runs."""
        out = []
        for name, (last, start, inc) in before.items():
            cond = _behind(last, start, inc)
            left = trial.get(name) if trial is not None else None
            if left is not None and tuple(left[:2]) != (last, start):  # the trial moved it (a RESTART too):
                cond += f" OR {_at(left)}"  # still there, nobody drew since
            out.append(f"SELECT setval({_lit(name)}, {_put(last, start)}) FROM {name} c WHERE {cond}")
        return out

    def write_counters(self, conn: Connection) -> dict[str, Any]:
        rows = conn.query(
            "SELECT n.nspname || '.' || c.relname, pg_stat_get_xact_tuples_inserted(c.oid) "
            "+ pg_stat_get_xact_tuples_updated(c.oid) + pg_stat_get_xact_tuples_deleted(c.oid), c.relfilenode "
            "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'rollback') "
            "AND n.nspname NOT LIKE 'pg_toast%%' AND n.nspname NOT LIKE 'pg_temp%%'"
        )
        return {str(r[0]): (int(r[1]), int(r[2])) for r in rows}

    def catalog_writes(self, conn: Connection) -> int | None:
        """The transaction's inserts, updates and deletes of pg_catalog's tables (its subtransactions'
        too, rolled back or not), from the backend's own statistics: no scan."""
        return int(conn.scalar(
            "SELECT coalesce(sum(pg_stat_get_xact_tuples_inserted(oid) + pg_stat_get_xact_tuples_updated(oid) "
            "+ pg_stat_get_xact_tuples_deleted(oid)), 0) FROM pg_class "
            "WHERE relnamespace = 'pg_catalog'::regnamespace AND relkind = 'r'"
        ))

    def closing_statements(self, conn: Connection, last_line: int) -> list[Statement]:
        """SET CONSTRAINTS ALL IMMEDIATE where the database has deferrable triggers (constraint
        triggers INITIALLY DEFERRED, deferrable foreign keys and unique constraints): their events
        fire now, while the capture is on, not at COMMIT, where what they write (goalert's deferred
        position checks, a deferred ON DELETE CASCADE) was in no capture."""
        if not conn.scalar("SELECT EXISTS (SELECT 1 FROM pg_trigger WHERE tgdeferrable)"):
            return []
        return [Statement("SET CONSTRAINTS ALL IMMEDIATE", last_line, last_line)]

    # -- row capture and quarantine (see postgres_capture) ---------------------------------------
    def rows_capture_create(self, table: Table, capture: str, key: list[str], live: Live = None) -> list[str]:
        return [*pc.CAPTURE_SETUP, *pc.rows_capture_create(table, capture, key, live)]

    def rows_capture_emptied(self, table: Table, capture: str, live: Live = None) -> list[str]:
        return [pc.rows_capture_emptied(table, capture, live)]

    def rows_capture_triggers(self, table: Table, capture: str, key: list[str], live: Live = None,
                              model: SchemaModel | None = None, replay: Replay | None = None,
                              narrow: bool = False) -> tuple[list[str], list[str]]:
        versions = model is not None and pc.updated_twice_per_firing(model, table.name)
        return pc.rows_capture_triggers(table, capture, key, live, self.rows_layout, versions, replay, narrow)

    def update_replay(self, conn: Connection, table: Table, key: list[str], update: UpdateSet,
                      model: SchemaModel) -> Replay | None:
        """Only for a table of REPLAY_MIN_ROWS or more (or of unknown size: never analysed, or
        partitioned), and only when PostgreSQL accepts the SET list as immutable expressions of the
        row (replay_check_sql), or when what is not immutable in it is of the transaction and the
        session's settings only (replay_stable_sql: now(), timestamptz arithmetic)."""
        import psycopg

        assigned = pc.replay_assignments(model, table, key, update.assignments)
        if assigned is None:
            return None
        est = conn.scalar("SELECT reltuples FROM pg_class WHERE oid = to_regclass(%s)", (self.qualified(table.name),))
        if est is not None and 0 <= float(est) < pc.REPLAY_MIN_ROWS:
            return None
        table_sql, immutable_sql = pc.replay_check_sql(table, update.alias, assigned)
        view_sql, stable_sql = pc.replay_stable_sql(table, update.alias, assigned)

        def accepted() -> bool:
            try:
                with conn.savepoint("_rollback_replay_immutable"):
                    conn.execute(immutable_sql)
                return True
            except psycopg.Error:  # not immutable: stable functions of the transaction and settings will do
                conn.execute(view_sql)
                return bool(conn.scalar(stable_sql))

        try:
            with conn.savepoint("_rollback_replay"):
                conn.execute(table_sql)
                return (update.alias, assigned) if accepted() else None
        except psycopg.Error:
            return None

    def rows_guard(self, conn: Connection, sql: str, model: SchemaModel, tables: set[str]) -> tuple[set[str], list[str], list[str]]:
        """Tables in an INHERITS hierarchy are copied (each ONLY its own rows): the transition tables
        of a statement on a parent hold its children's rows too, which a row restore would put back
        into the parent, and the children's own statement triggers do not fire for it."""
        before, after = pc.CAPTURE_SESSION
        return tables & model.in_inheritance(), list(before), list(after)

    def rows_firings(self, conn: Connection, capture: str) -> int:
        return int(conn.scalar("SELECT count(*) FROM rollback.capture_firings WHERE capture = %s", (capture,)))

    def rows_counted(self, conn: Connection, capture: str) -> tuple[int, int] | None:
        rows = conn.query("SELECT sum(written), sum(had_old) FROM rollback.capture_firings WHERE capture = %s "
                          "HAVING count(*) = count(had_old)", (capture,))
        return (int(rows[0][0] or 0), int(rows[0][1] or 0)) if rows else None

    def rows_restore_sql(self, table: Table, capture: str, key: list[str], firings: int | None = None,
                         schemas: Sequence[SchemaModel] = (), layout: int = 1, replayed: Sequence[str] = ()) -> list[str]:
        return pc.rows_restore_sql(table, capture, key, firings, pc.unique_beyond_key(schemas, table.name, key), layout, replayed)

    def rows_unique_clash_sql(
        self, table: Table, capture: str, key: list[str], uniques: list[list[str]], mode: str, firings: int | None = None,
        layout: int = 1, replayed: Sequence[str] = (),
    ) -> str | None:
        return pc.unique_clash_sql(table, capture, key, uniques, mode, firings, layout, replayed)

    def rows_conflict_sql(self, table: Table, capture: str, key: list[str], live: Live = None, firings: int | None = None,
                          layout: int = 1, replayed: Sequence[str] = ()) -> str:
        return pc.rows_conflict_sql(table, capture, key, live, firings, layout, replayed)

    def rows_restore_counted(self, table: Table, key: list[str], firings: int | None = None) -> bool:
        return pc.rows_restore_counted(table, key, firings)

    def rows_restore_mode_sql(self, mode: str) -> list[str]:
        return pc.restore_mode_sql(mode)

    def quarantine_table_sql(self, table: str, point: int) -> tuple[list[str], str]:
        schema = pc.quarantine_schema(point)
        _, _, name = _split_key(table)
        return (
            [
                f"CREATE SCHEMA IF NOT EXISTS {self.quote(schema)}",
                f"ALTER TABLE {self.qualified(table)} SET SCHEMA {self.quote(schema)}",
            ],
            f"{schema}.{name}",
        )

    def drop_partition_sql(self, parent: str, partition: str) -> list[str]:
        return [f"ALTER TABLE {self.qualified(parent)} DETACH PARTITION {self.qualified(partition)}",
                f"DROP TABLE {self.qualified(partition)}"]

    def unquarantine_table_sql(self, table: str, where: str, replaced: bool) -> list[str]:
        schema, _, _ = _split_key(table)
        qschema, _, _ = _split_key(where)
        out = [f"DROP TABLE {self.qualified(table)} CASCADE"] if replaced else []
        # the point's quarantine schema holds only what this point set aside: drop it once empty
        return [*out, f"ALTER TABLE {self.qualified(where)} SET SCHEMA {self.quote(schema)}",
                f"DO $rb$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                f"WHERE n.nspname = {pc.lit(qschema)}) THEN DROP SCHEMA IF EXISTS {self.quote(qschema)}; END IF; END $rb$"]

    def unquarantine_renamed_table_sql(self, table: str, now: str, replaced: str | None) -> list[str]:
        out = [f"DROP {replaced.replace('_', ' ').upper()} {self.qualified(table)} CASCADE"] if replaced else []
        return [*out, f"ALTER TABLE {self.qualified(now)} RENAME TO {self.quote(_split_key(table)[2])}"]

    def quarantine_column_sql(self, table: Table, column: str, point: int, taken: Collection[str] = ()) -> tuple[list[str], str]:
        hidden = pc.quarantine_column_name(point, column)
        n = 1
        while hidden in taken:
            n += 1
            hidden = pc.quarantine_column_name(point, f"{n}_{column}")
        t = self.qualified(table.name)
        out = [f"ALTER TABLE {t} RENAME COLUMN {self.quote(column)} TO {self.quote(hidden)}"]
        col = table.column(column)
        if col is not None and not col.nullable:
            out.append(f"ALTER TABLE {t} ALTER COLUMN {self.quote(hidden)} DROP NOT NULL")
        return out, hidden

    def unquarantine_column_sql(self, table: str, column: str, hidden: str, replaced: bool) -> list[str]:
        t = self.qualified(table)
        out = [f"ALTER TABLE {t} DROP COLUMN {self.quote(column)} CASCADE"] if replaced else []
        return [*out, f"ALTER TABLE {t} RENAME COLUMN {self.quote(hidden)} TO {self.quote(column)}"]

    def column_marker_sql(self, table: str, point: int, n: int) -> tuple[list[str], str, str] | None:
        marker, sequence = pc.marker_column_name(point), pc.marker_sequence_name(point, n)
        return pc.marker_sql(self.qualified(table), marker, sequence), marker, sequence

    def unquarantine_marker_sql(self, table: str, marker: str, sequence: str | None = None) -> list[str]:
        return pc.marker_drop_sql(self.qualified(table), marker, sequence)

    def marker_position(self, conn: Connection, sequence: str) -> int:
        return int(conn.scalar(pc.marker_position_sql(sequence)))

    def marked_sql(self, record: Any) -> tuple[str, str]:
        marker = self.quote(record.marker)
        return f"{marker} > {int(record.marker_from or 0)}", f"{marker} = NULL"

    def marked_rows(self, conn: Connection, record: Any) -> int:
        """Counted only when the marker's sequence moved since the point (one scan then); unmoved,
        no row was inserted since."""
        if record.marker_sequence and self.marker_position(conn, record.marker_sequence) == int(record.marker_from or 0):
            return 0
        return super().marked_rows(conn, record)

    def drop_capture_sql(self, record: Any) -> list[str]:
        if record.kind == "quarantine-table":
            schema, _, _ = _split_key(record.capture)
            return [f"DROP TABLE IF EXISTS {self.qualified(record.capture)} CASCADE", f"DROP SCHEMA IF EXISTS {self.quote(schema)}"]
        if record.kind == "quarantine-columns":
            t = self.qualified(record.table)
            out = [f"ALTER TABLE IF EXISTS {t} DROP COLUMN IF EXISTS {self.quote(h)}" for h in record.hidden.values()]
            return [*out, *(pc.marker_drop_sql(t, record.marker, record.marker_sequence) if record.marker else [])]
        return super().drop_capture_sql(record)

    def drop_object_sql(self, kind: str, name: str, table: str | None) -> str | None:
        if kind == "index":
            return f"DROP INDEX {self.qualified(name)}"
        if kind in ("constraint", "foreign_key") and table:
            return f"ALTER TABLE {self.qualified(table)} DROP CONSTRAINT {self.quote(name[len(table) + 1 :])}"
        if kind == "statistics":
            return f"DROP STATISTICS {self.qualified(name)}"
        if kind == "trigger" and table:
            return f"DROP TRIGGER {self.quote(name[len(table) + 1 :])} ON {self.qualified(table)}"
        if kind == "policy" and table:
            return f"DROP POLICY {self.quote(name[len(table) + 1 :])} ON {self.qualified(table)}"
        return None

    def estimated_rows(self, conn: Connection, table: Table) -> int:
        est = conn.scalar(
            "SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(%s)",
            (self.qualified(table.name),),
        )
        if est is None or int(est) < 0:  # never analysed: count (cheap for the small tables this happens to)
            return int(conn.scalar(f"SELECT count(*) FROM {pc.own_rows(table)}"))
        return int(est)

    changed_rows_estimate = True

    def estimate_changed_rows(self, conn: Connection, sql: str) -> int | None:
        """The planner's row estimate under the statement's ModifyTable node (EXPLAIN plans only)."""
        conn.execute("SET LOCAL lock_timeout = '2s'")
        plan = conn.scalar(f"EXPLAIN (FORMAT JSON) {sql}")
        doc = json.loads(plan) if isinstance(plan, str) else plan
        top = doc[0]["Plan"] if isinstance(doc, list) and doc else {}
        if top.get("Node Type") != "ModifyTable":
            return None
        # the rows fed to the modification (not a CTE's or sub-plan's)
        fed = [p for p in top.get("Plans", []) if p.get("Parent Relationship", "Outer") == "Outer"]
        return int(fed[0]["Plan Rows"]) if fed else None

    def table_bytes(self, conn: Connection, table: str) -> int | None:
        value = conn.scalar("SELECT pg_table_size(to_regclass(%s))", (self.qualified(table),))
        return None if value is None else int(value)

    def relation_bytes(self, conn: Connection, record: Any) -> int | None:
        if record.kind in ("quarantine-columns", "rename-columns", "rename-table"):
            return None
        return int(
            conn.scalar(
                "SELECT coalesce(pg_total_relation_size(to_regclass(%s)), 0)",
                (self.qualified(record.capture),),
            )
        )

    def note_large_objects(self, conn: Connection) -> bool:
        """Large objects live in pg_largeobject, outside every table: a migration that unlinks them
        (`SELECT lo_unlink(col) FROM t`, or the lo extension's lo_manage trigger on a DELETE) loses
        them for good, and no capture keeps them. Their oids are noted in a temporary table first
        (none noted, nothing read, when the database has none)."""
        if not conn.scalar("SELECT EXISTS (SELECT 1 FROM pg_largeobject_metadata)"):
            return False
        conn.execute("DROP TABLE IF EXISTS pg_temp.rollback_large_objects")
        conn.execute("CREATE TEMPORARY TABLE rollback_large_objects AS SELECT oid AS lo FROM pg_largeobject_metadata")
        return True

    def large_objects_lost(self, conn: Connection) -> int:
        if conn.scalar("SELECT to_regclass('pg_temp.rollback_large_objects') IS NULL"):
            return 0  # the migration discarded its session's temporary tables (DISCARD ALL)
        lost = conn.scalar(
            "SELECT count(*) FROM pg_temp.rollback_large_objects b "
            "WHERE NOT EXISTS (SELECT 1 FROM pg_largeobject_metadata m WHERE m.oid = b.lo)"
        )
        conn.execute("DROP TABLE pg_temp.rollback_large_objects")
        return int(lost or 0)

    def restore_guards(
        self, current: SchemaModel, target: SchemaModel, tables: set[str], data_tables: set[str]
    ) -> tuple[list[str], list[str]]:
        """Foreign keys and user triggers that stay in place during a data restore (those the plan's
        `pre` keeps) are set aside, dropped and re-added or disabled and re-enabled, so rows can be
        written in any order and no trigger rewrites restored values. So are CHECK constraints
        added NOT VALID: the rows the point held may break them (pgroll's expand phase adds one over
        a shadow column its backfill fills later), and re-added NOT VALID they are not checked."""
        from .postgres_reverse import objects_kept_by_pre

        kept = objects_kept_by_pre(current, target, data_tables)
        before: list[str] = ["SET CONSTRAINTS ALL IMMEDIATE"]  # no pending trigger events may block ALTER TABLE
        after: list[str] = []
        for key, obj in sorted(target.objects.items()):
            if key not in kept or obj.table is None or obj.table not in current.tables:
                continue
            now = current.objects.get(key)
            if now is None or now.definition != obj.definition:
                continue
            name = self.quote(obj.name[len(obj.table) + 1 :])
            table = self.qualified(obj.table)
            foreign = obj.kind == "foreign_key" and (obj.table in tables or obj.definition.get("references") in tables)
            if foreign or (obj.kind == "constraint" and obj.table in tables and _not_valid_check(obj)):
                before.append(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
                after.append(f"ALTER TABLE {table} ADD CONSTRAINT {name} {obj.definition['sql']}")
            elif obj.kind == "trigger" and obj.table in tables and obj.definition.get("enabled", "O") != "D":
                before.append(f"ALTER TABLE {table} DISABLE TRIGGER {name}")
                after.append(f"ALTER TABLE {table} ENABLE TRIGGER {name}")
            elif obj.kind == "rule" and obj.table in tables and "enabled" not in obj.definition:
                # a DO ALSO rule would write its audit rows again for every restored row
                before.append(f"ALTER TABLE {table} DISABLE RULE {name}")
                after.append(f"ALTER TABLE {table} ENABLE RULE {name}")
        return (before, after) if after else ([], [])


def _next(last: int | None, start: int, inc: int) -> int:
    """The value nextval gives at a position (sequence_positions: last handed out, or `start` when
    none was since a restart)."""
    return int(start) if last is None else int(last) + int(inc)


def _behind(last: int | None, start: int, inc: int) -> str:
    """Condition on a sequence read as `c`: its next value comes before the one it gives at the
    position, in its direction."""
    nxt = _next(last, start, inc)
    return f"CASE WHEN c.is_called THEN c.last_value::numeric + {int(inc)} ELSE c.last_value END {'<' if int(inc) > 0 else '>'} {nxt}"


def _at(position: tuple[int | None, int, int]) -> str:
    """Condition on a sequence read as `c`: it stands exactly at the position."""
    return f"(c.last_value = {int(position[1])} AND c.is_called = {'true' if position[0] is not None else 'false'})"


def _put(last: int | None, start: int) -> str:
    """setval's arguments that put a sequence exactly at a position (sequence_positions)."""
    return f"{last}, true" if last is not None else f"{start}, false"


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _not_valid_check(obj: DbObject) -> bool:
    """A CHECK constraint not validated (pg_get_constraintdef ends it with NOT VALID)."""
    return obj.definition.get("type") == "check" and str(obj.definition.get("sql", "")).endswith(" NOT VALID")


def _split_key(key: str) -> tuple[str, str, str]:
    """'schema.name' -> (schema, '.', name); names may contain dots when quoted in the key."""
    schema, dot, name = key.partition(".")
    return schema, dot, name


def row_hash_sql(row_text: str, like: str | None = None) -> str:
    """A 64-bit hash of a row's text: hashtextextended (`<rows>:h<sum>`), or, to compare with a
    checksum recorded before the tool changed formula (`<rows>:<sum>`, no h), the first 64 bits of its MD5,
    which costs about twice as much."""
    if _md5_formula(like):
        return f"('x' || substr(md5({row_text}), 1, 16))::bit(64)::bigint::numeric"
    return f"hashtextextended({row_text}, 0)"


def checksum_text(rows: object, total: object, like: str | None = None) -> str:
    """The checksum as recorded: `<rows>:h<sum>`, or `<rows>:<sum>` when `like` is of the MD5 formula."""
    return f"{rows}:{'' if _md5_formula(like) else 'h'}{total}"


def _md5_formula(like: str | None) -> bool:
    """`like` is a checksum recorded with the MD5 formula (no `h` after the row count)."""
    return like is not None and not like.partition(":")[2].startswith("h")
