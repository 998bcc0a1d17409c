"""RC1xx: the schema itself: drift from the recorded point, invalid or missing indexes, sequences
behind their column."""

from __future__ import annotations

import re

from ..model.schema import SchemaModel
from .context import VerifyContext
from .registry import Check, register
from .report import CheckResult, Finding


@register
class SchemaDrift(Check):
    """The schema fingerprint differs from the one recorded at the current rollback point (or at
    the --against point): tables, columns, constraints, indexes, views, functions, triggers,
    row-level-security flags and policies added, removed or changed behind the tool's back.

    A rollback reverses the recorded schema; objects changed outside the tool make its reverse
    scripts fail or leave the change behind.
    """

    code = "RC101"
    name = "schema-drift"
    hint = (
        "the schema was changed outside the tool: turn the change into a migration, or undo it by hand; "
        "`rollback to` relies on the recorded schema"
    )

    def skip_reason(self, ctx: VerifyContext) -> str | None:
        return None if ctx.expected is not None else "no rollback point recorded yet (no journal in this database)"

    def run(self, ctx: VerifyContext, out: CheckResult) -> None:
        expected = ctx.expected
        assert expected is not None
        out.checked = len(ctx.model.tables) + len(ctx.model.objects)
        point = ctx.point
        if point is not None and point.fingerprint_after:
            same = point.matches(ctx.model)
        else:
            same = ctx.model.fingerprint() == expected.fingerprint()
        if same:
            return
        where = f"point {ctx.point.migration} (#{ctx.point.id})" if ctx.point else "the recorded point"
        lines = expected.diff(ctx.model) or ["~ schema: fingerprint differs"]
        for line in lines:
            out.findings.append(self._finding(line, expected, ctx.model, where))

    def _finding(self, line: str, expected: SchemaModel, current: SchemaModel, where: str) -> Finding:
        sign, _, rest = line.partition(" ")
        if rest.startswith("table "):
            name, _, change = rest[len("table ") :].partition(": ")
            if sign == "+":
                msg = f"table {name} exists but is not in the schema recorded at {where}"
            elif sign == "-":
                msg = f"table {name} recorded at {where} is missing"
            else:
                msg = f"table {name} changed since {where}: {_rls_words(change, expected, current, name)}"
            return self.finding(msg, table=name, object=f"table:{name}", change=sign)
        key = rest
        kind, _, name = key.partition(":")
        obj = current.objects.get(key) or expected.objects.get(key)
        table = obj.table if obj else None
        label = "row-level-security policy" if kind == "policy" else kind.replace("_", " ")
        if sign == "+":
            msg = f"{label} {name} exists but is not in the schema recorded at {where}"
        elif sign == "-":
            msg = f"{label} {name} recorded at {where} is missing"
        else:
            msg = f"{label} {name} differs from its definition recorded at {where}"
        return self.finding(msg, table=table, object=key, change=sign)


def _rls_words(change: str, expected: SchemaModel, current: SchemaModel, table: str) -> str:
    """Spell out row-level-security flag changes inside a table change description."""
    a, b = expected.tables.get(table), current.tables.get(table)
    if a is None or b is None:
        return change
    words = []
    for flag, label in (("rls", "row-level security"), ("rls_forced", "forced row-level security")):
        was, now = bool(a.extra.get(flag)), bool(b.extra.get(flag))
        if was != now:
            words.append(f"{label} {'enabled' if now else 'disabled'} (recorded: {'on' if was else 'off'})")
    return "; ".join([change, *words]) if words else change


@register
class InvalidIndex(Check):
    """Indexes that exist but do not work, or that the recorded schema has and the database lacks.

    PostgreSQL: indexes with `indisvalid` or `indisready` false (a failed CREATE INDEX CONCURRENTLY
    leaves one behind; it costs writes and is never used, and a UNIQUE one enforces nothing).
    SQLite: index entries that do not match their table (`PRAGMA integrity_check`). MySQL/MariaDB:
    InnoDB builds an index whole or not at all, so only indexes missing from the recorded schema.
    """

    code = "RC102"
    name = "invalid-index"
    hint = "drop and re-create the index (REINDEX INDEX CONCURRENTLY on PostgreSQL), or re-run the migration that makes it"

    def run(self, ctx: VerifyContext, out: CheckResult) -> None:
        if ctx.dialect_name == "postgresql":
            self._postgres(ctx, out)
        elif ctx.dialect_name == "sqlite":
            self._sqlite(ctx, out)
        else:
            out.checked = len(ctx.model.objects_of("index"))
        if ctx.expected is not None:
            for key, obj in sorted(ctx.expected.objects.items()):
                if obj.kind == "index" and key not in ctx.model.objects:
                    out.findings.append(
                        self.finding(
                            f"index {obj.name} recorded at the point is missing", table=obj.table, object=key,
                            hint="re-create it from the recorded definition: " + str(obj.definition.get("sql", "")),
                        )
                    )

    def _postgres(self, ctx: VerifyContext, out: CheckResult) -> None:
        rows = ctx.query(
            "SELECT n.nspname || '.' || ic.relname, tn.nspname || '.' || c.relname, i.indisvalid, i.indisready, "
            "i.indisunique FROM pg_index i "
            "JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_namespace n ON n.oid = ic.relnamespace "
            "JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace tn ON tn.oid = c.relnamespace "
            "WHERE tn.nspname NOT IN ('pg_catalog', 'information_schema', 'rollback') "
            "AND tn.nspname !~ '^(pg_toast|pg_temp|_rollback)'"
        )
        out.checked = len(rows)
        for index, table, valid, ready, unique in rows:
            if valid and ready:
                continue
            flags = f"indisvalid = {str(bool(valid)).lower()}, indisready = {str(bool(ready)).lower()}"
            extra = " and it enforces no uniqueness" if unique and not valid else ""
            out.findings.append(
                self.finding(
                    f"index {index} on {table} is invalid ({flags}): the planner never uses it{extra}",
                    table=str(table), object=f"index:{index}",
                )
            )

    def _sqlite(self, ctx: VerifyContext, out: CheckResult) -> None:
        ctx.progress.start("integrity check")
        lines = [str(r[0]) for r in ctx.query("PRAGMA integrity_check(100)")]
        ctx.progress.finish()
        out.checked = len(ctx.model.objects_of("index"))
        if lines == ["ok"]:
            return
        indexes = {o.name: o for o in ctx.model.objects_of("index")}
        for line in _confirmed_null_lines(ctx, lines):
            match = re.search(r"\bindex ([^\s]+)", line)
            name = match.group(1) if match else None
            if name and name.startswith("_rollback"):
                continue
            obj = indexes.get(name or "")
            out.findings.append(
                self.finding(
                    f"integrity check: {line}",
                    table=obj.table if obj else None,
                    object=f"index:{name}" if name else "database",
                    hint="REINDEX the index; if the table itself is damaged, restore it from a backup",
                )
            )


_NULL_VALUE = re.compile(r"^NULL value in (.+)\.([^.]+)$")


def _confirmed_null_lines(ctx: VerifyContext, lines: list[str]) -> list[str]:
    """The integrity check's lines, its "NULL value in t.c" ones only where the column really holds
    a NULL (one line per column, with the count). SQLite 3.40 reports them for every row of a
    WITHOUT ROWID table whose NOT NULL columns come after a primary-key column (syncthing's counts,
    keyed on a column added last): a healthy database failed verify with dozens of findings. The
    count asks typeof(): `c IS NULL` on a NOT NULL column is folded to false by the planner."""
    out: list[str] = []
    counted: set[tuple[str, str]] = set()
    for line in lines:
        m = _NULL_VALUE.match(line)
        table = ctx.model.tables.get(m.group(1)) if m else None
        if m is None or table is None or table.column(m.group(2)) is None:
            out.append(line)
            continue
        if (table.name, m.group(2)) in counted:
            continue
        counted.add((table.name, m.group(2)))
        nulls = int(ctx.scalar(f"SELECT count(*) FROM {ctx.table_sql(table.name)} WHERE typeof({ctx.col(m.group(2))}) = 'null'"))
        if nulls:
            out.append(f"{line} ({nulls} rows)")
    return out


@register
class SequenceBehind(Check):
    """Sequences and counters that would hand out values their column already holds.

    PostgreSQL: every sequence owned by a column (serial, identity) whose next value is not above
    the column's maximum. SQLite: AUTOINCREMENT tables whose `sqlite_sequence` entry is below the
    largest rowid. MySQL/MariaDB: AUTO_INCREMENT counters not above their column's maximum. A
    rollback that restores rows without the sequence position leaves this behind.
    """

    code = "RC103"
    name = "sequence-behind"
    hint = "move the sequence past the data: SELECT setval('<sequence>', (SELECT max(<column>) FROM <table>))"

    def run(self, ctx: VerifyContext, out: CheckResult) -> None:
        if ctx.dialect_name == "postgresql":
            self._postgres(ctx, out)
        elif ctx.dialect_name == "sqlite":
            self._sqlite(ctx, out)
        else:
            self._mysql(ctx, out)

    def _mysql(self, ctx: VerifyContext, out: CheckResult) -> None:
        # live counters: the connection turned MySQL 8's information_schema statistics cache off
        counters = {str(t): n for t, n in ctx.query(
            "SELECT TABLE_NAME, AUTO_INCREMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
            "AND AUTO_INCREMENT IS NOT NULL")}
        for name, table in sorted(ctx.model.tables.items()):
            col = next((c.name for c in table.columns if c.identity == "autoincrement"), None)
            if col is None or counters.get(name) is None:
                continue
            out.checked += 1
            top = ctx.scalar(f"SELECT max({ctx.col(col)}) FROM {ctx.table_sql(name)}")
            nxt = int(counters[name])
            if top is not None and int(top) >= nxt:
                out.findings.append(
                    self.finding(
                        f"AUTO_INCREMENT of {name} would next give {nxt}, but {name}.{col} already holds max {top}",
                        table=name, object=f"table:{name}", hint=f"ALTER TABLE {ctx.table_sql(name)} AUTO_INCREMENT = {int(top) + 1}",
                        next_value=nxt, column_value=top,
                    )
                )

    def _postgres(self, ctx: VerifyContext, out: CheckResult) -> None:
        rows = ctx.query(
            "SELECT tn.nspname || '.' || t.relname, a.attname, format('%I.%I', sn.nspname, s.relname), "
            "ps.increment_by, "
            "(SELECT typcategory = 'N' FROM pg_type WHERE oid = a.atttypid) "  # a domain has its base's
            "FROM pg_depend d "
            "JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S' "
            "JOIN pg_namespace sn ON sn.oid = s.relnamespace "
            "JOIN pg_class t ON t.oid = d.refobjid "
            "JOIN pg_namespace tn ON tn.oid = t.relnamespace "
            "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid "
            "JOIN pg_sequences ps ON ps.schemaname = sn.nspname AND ps.sequencename = s.relname "
            "WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass "
            "AND d.deptype IN ('a', 'i') AND d.refobjsubid > 0 AND t.relkind IN ('r', 'p') "
            "AND tn.nspname NOT IN ('pg_catalog', 'information_schema', 'rollback') "
            "AND tn.nspname !~ '^(pg_toast|pg_temp|_rollback)' ORDER BY 1, 2"
        )
        # where each sequence stands, read from the sequences themselves (sequence_positions: pg_sequences
        # shows no last_value for one restarted, RESTART [WITH n] or setval(.., false), and not drawn from since)
        positions = ctx.target.dialect.sequence_positions(ctx.target.conn)
        for table, column, seq, inc, numeric in rows:
            if table not in ctx.model.tables or seq not in positions:
                continue
            if not numeric:  # a serial column retyped to text (quickwit's shard_id) keeps its sequence
                out.note(f"{seq}: not compared, {table}.{column} is not a number")
                continue
            out.checked += 1
            agg = "max" if inc > 0 else "min"
            extreme = ctx.scalar(f"SELECT {agg}({ctx.col(column)}) FROM {ctx.table_sql(table)}")
            if extreme is None:
                continue
            last, own, _ = positions[seq]
            nxt = int(last) + inc if last is not None else int(own)
            behind = extreme >= nxt if inc > 0 else extreme <= nxt
            if behind:
                out.findings.append(
                    self.finding(
                        f"sequence {seq} would next give {nxt}, but {table}.{column} already holds {agg} {extreme}",
                        table=str(table), object=f"sequence:{seq}",
                        hint=f"SELECT setval('{seq}', (SELECT {agg}({column}) FROM {table}))",
                        next_value=nxt, column_value=extreme,
                    )
                )

    def _sqlite(self, ctx: VerifyContext, out: CheckResult) -> None:
        has_seq = bool(ctx.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_sequence'"))
        for name, table in sorted(ctx.model.tables.items()):
            if not any(c.identity == "autoincrement" for c in table.columns) or table.extra.get("without_rowid"):
                continue
            out.checked += 1
            top = ctx.scalar(f"SELECT max(rowid) FROM {ctx.table_sql(name)}")
            if top is None:
                continue
            seq = ctx.scalar("SELECT seq FROM sqlite_sequence WHERE name = ?", (name,)) if has_seq else None
            if seq is None or int(seq) < int(top):
                out.findings.append(
                    self.finding(
                        f"sqlite_sequence of {name} is {seq if seq is not None else 'missing'}, below its largest rowid {top}",
                        table=name, object=f"sqlite_sequence:{name}",
                        hint=f"UPDATE sqlite_sequence SET seq = (SELECT max(rowid) FROM \"{name}\") WHERE name = '{name}'",
                        sequence=seq, max_rowid=top,
                    )
                )
