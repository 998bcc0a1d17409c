"""RC2xx (keys): orphaned rows under foreign keys, duplicate keys under primary and unique keys.
Every query is generated from the schema model and runs in the database."""

from __future__ import annotations

from ..model.schema import DbObject
from .context import VerifyContext
from .registry import Check, register
from .report import CheckResult

SAMPLES = 3


@register
class OrphanedRows(Check):
    """Rows whose foreign-key columns point at no parent row, for every foreign key in the schema:
    also constraints marked NOT VALID (PostgreSQL), foreign keys SQLite does not enforce
    (PRAGMA foreign_keys off), and keys dropped and re-added around a data restore.

    The anti-join is generated from the model (columns, references, ref_columns); MATCH SIMPLE
    rows with a NULL key column are not orphans, MATCH FULL rows with some but not all NULL are.
    """

    code = "RC201"
    name = "orphaned-rows"
    hint = "delete or re-parent the orphaned rows, then VALIDATE CONSTRAINT (PostgreSQL) or re-enable foreign keys"

    def run(self, ctx: VerifyContext, out: CheckResult) -> None:
        fks = sorted((fk for fk in ctx.model.foreign_keys() if fk.table in ctx.model.tables), key=lambda o: o.name)
        # two constraints on the same columns and parent columns find the same rows: checked once,
        # the finding names the others
        same: dict[tuple[str, ...], list[DbObject]] = {}
        for fk in fks:
            same.setdefault(_signature(fk), []).append(fk)
        ctx.progress.start("foreign keys", len(same))
        for i, group in enumerate(same.values()):
            self._one(ctx, out, group[0], [str(o.name) for o in group[1:]])
            ctx.progress.update(i + 1)
        ctx.progress.finish()

    def _one(self, ctx: VerifyContext, out: CheckResult, fk: DbObject, twins: list[str]) -> None:
        child = str(fk.table)
        cols = [str(c) for c in fk.definition.get("columns", [])]
        parent = str(fk.definition.get("references", ""))
        refs = fk.definition.get("ref_columns") or []
        out.checked += 1
        c_sql = ctx.table_sql(child)
        not_null = " AND ".join(f"{ctx.col(c, 'c')} IS NOT NULL" for c in cols)
        if parent not in ctx.model.tables:
            n = int(ctx.scalar(f"SELECT count(*) FROM {c_sql} c WHERE {not_null}") or 0)
            if n:
                out.findings.append(
                    self.finding(
                        f"{n} row(s) of {child} reference {parent}, which does not exist", table=child,
                        object=f"foreign_key:{fk.name}", rows=n,
                    )
                )
            return
        if len(refs) != len(cols) or any(r is None for r in refs):
            out.findings.append(
                self.finding(
                    f"foreign key {fk.name} names no parent columns the model can resolve", table=child,
                    object=f"foreign_key:{fk.name}", hint="declare the referenced columns, or give the parent a primary key",
                )
            )
            return
        orphan = ctx.target.dialect.orphan_condition(fk.definition, ctx.table_sql(parent))
        n = int(ctx.scalar(f"SELECT count(*) FROM {c_sql} c WHERE {orphan}") or 0)
        if not n:
            return
        picked = ", ".join(ctx.col(c, "c") for c in cols)
        samples = [list(r) for r in ctx.query(f"SELECT {picked} FROM {c_sql} c WHERE {orphan} LIMIT {SAMPLES}")]
        not_valid = " (constraint NOT VALID)" if "NOT VALID" in str(fk.definition.get("sql", "")).upper() else ""
        also = f" (also under foreign key{'s' if len(twins) > 1 else ''} {', '.join(twins)})" if twins else ""
        out.findings.append(
            self.finding(
                f"{n} row(s) of {child} ({', '.join(cols)}) have no parent in {parent} ({', '.join(map(str, refs))})"
                f"{not_valid}{also}; e.g. {', '.join(_show(s) for s in samples)}",
                table=child, object=f"foreign_key:{fk.name}", rows=n, samples=samples,
            )
        )


def _signature(fk: DbObject) -> tuple[str, ...]:
    """What an orphan check of the foreign key reads: table, columns, parent, parent columns, MATCH FULL."""
    d = fk.definition
    full = "MATCH FULL" in str(d.get("sql", "")).upper()
    return (str(fk.table), *map(str, d.get("columns", [])), "->", str(d.get("references", "")),
            *map(str, d.get("ref_columns") or []), "full" if full else "simple")


@register
class DuplicateKeys(Check):
    """Values that occur more than once under a primary key or a unique constraint or index.

    On PostgreSQL, keys backed by a valid unique index are enforced by the server and not scanned;
    the others (an index left invalid by a failed CREATE UNIQUE INDEX CONCURRENTLY, ...) are. On
    MySQL/MariaDB every primary and unique key is enforced; SQLite's are scanned. Rows with a NULL
    key column are never duplicates.
    """

    code = "RC202"
    name = "duplicate-keys"
    hint = "remove or merge the duplicate rows, then re-create the key (REINDEX / ADD CONSTRAINT)"

    def run(self, ctx: VerifyContext, out: CheckResult) -> None:
        enforced = _enforced_keys(ctx)
        work: list[tuple[str, list[str], str]] = []
        for name, table in sorted(ctx.model.tables.items()):
            seen: set[tuple[str, ...]] = set()
            if table.primary_key:
                work.append((name, list(table.primary_key), f"primary_key:{name}"))
                seen.add(tuple(table.primary_key))
            for obj in sorted(ctx.model.objects.values(), key=lambda o: o.key):
                cols = obj.definition.get("unique_columns")
                if obj.table != name or not cols or any(c is None for c in cols) or tuple(cols) in seen:
                    continue
                seen.add(tuple(cols))
                work.append((name, [str(c) for c in cols], obj.key))
        ctx.progress.start("unique keys", len(work))
        for i, (table_key, cols, key) in enumerate(work):
            ctx.progress.update(i + 1)
            if (table_key, tuple(cols)) in enforced:
                continue
            out.checked += 1
            self._one(ctx, out, table_key, cols, key)
        ctx.progress.finish()

    def _one(self, ctx: VerifyContext, out: CheckResult, table: str, cols: list[str], key: str) -> None:
        picked = ", ".join(ctx.col(c) for c in cols)
        not_null = " AND ".join(f"{ctx.col(c)} IS NOT NULL" for c in cols)
        groups = f"SELECT {picked}, count(*) AS n FROM {ctx.table_sql(table)} WHERE {not_null} GROUP BY {picked} HAVING count(*) > 1"
        n = int(ctx.scalar(f"SELECT count(*) FROM ({groups}) g") or 0)
        if not n:
            return
        samples = [list(r) for r in ctx.query(f"{groups} LIMIT {SAMPLES}")]
        out.findings.append(
            self.finding(
                f"{n} value(s) of {table} ({', '.join(cols)}) occur more than once under {key}; e.g. "
                + ", ".join(f"{_show(s[:-1])} x{s[-1]}" for s in samples),
                table=table, object=key, duplicates=n, samples=samples,
            )
        )


def _enforced_keys(ctx: VerifyContext) -> set[tuple[str, tuple[str, ...]]]:
    """(table, columns) of keys a valid, complete unique index enforces (none on SQLite, whose
    index entries RC102 checks; every key on MySQL/MariaDB, which has no invalid or deferred ones)."""
    if ctx.dialect_name == "mysql":
        keys = {(t, tuple(table.primary_key)) for t, table in ctx.model.tables.items() if table.primary_key}
        keys |= {(str(o.table), tuple(map(str, o.definition["unique_columns"]))) for o in ctx.model.objects.values()
                 if o.table and o.definition.get("unique_columns")}
        return keys
    if ctx.dialect_name != "postgresql":
        return set()
    rows = ctx.query(
        "SELECT n.nspname || '.' || c.relname, "
        "ARRAY(SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(num, o) "
        "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.num WHERE k.o <= i.indnkeyatts ORDER BY k.o) "
        "FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE i.indisunique AND i.indisvalid AND i.indisready AND i.indpred IS NULL AND i.indexprs IS NULL"
    )
    return {(str(t), tuple(cols)) for t, cols in rows}


def _show(values: list[object]) -> str:
    return "(" + ", ".join(repr(v) for v in values) + ")"
