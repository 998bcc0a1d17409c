"""RC2xx (after a rollback): the tables the last rollback restored hold their rows from before the
reverted migrations, and soft-deleted rows stayed soft-deleted. Compared in the database, with the
checksums recorded before the migration and with the capture tables."""

from __future__ import annotations

from dataclasses import replace

from ..engine.rollback import checksum_rows
from ..model.schema import Column, Table
from .context import CaptureRef, VerifyContext
from .registry import Check, register
from .report import CheckResult

SAMPLES = 3


def _no_rollback(ctx: VerifyContext) -> str | None:
    if ctx.rollback is None:
        return "no rollback since the last apply"
    if not ctx.rollback.captures:
        return f"the last rollback (to {ctx.rollback.to}) restored no captured table"
    return None


def _source(ctx: VerifyContext, name: str) -> str:
    return name if '"' in name else ctx.table_sql(name)


def _missing_columns(ctx: VerifyContext, table: str, wanted: Table) -> list[str]:
    now = set(ctx.model.tables[table].column_names)
    return [c for c in wanted.column_names if c not in now]


def old_image_sql(ctx: VerifyContext, cap: CaptureRef) -> str:
    """The rows as they were before the point: a whole copy, or per key the first event when it
    carries an old image ('o', or 'u' or 'r' pairing it with the new row's hash; at equal sequence an old
    image comes before a new one 'n'; 'f' rows record the end)."""
    assert cap.capture is not None
    cols = ", ".join(ctx.col(c) for c in cap.definition.column_names)
    if cap.kind == "rows" and cap.key and cap.one_event_per_key:
        return f"SELECT {cols} FROM {_source(ctx, cap.capture)} WHERE _rb_kind IN ('o', 'u', 'r')"
    if cap.kind == "rows" and cap.key:
        keys = ", ".join(ctx.col(k) for k in cap.key)
        return (f"SELECT {cols} FROM (SELECT *, row_number() OVER (PARTITION BY {keys} ORDER BY _rb_seq, _rb_kind DESC) "
                f"AS _rb_n FROM {_source(ctx, cap.capture)} WHERE _rb_kind <> 'f') x WHERE _rb_n = 1 AND _rb_kind IN ('o', 'u', 'r')")
    return f"SELECT {cols} FROM {_source(ctx, cap.capture)}"


def current_sql(ctx: VerifyContext, cap: CaptureRef) -> str:
    """The table's rows now that the capture covers: all of them, or the keys a rows capture touched."""
    assert cap.capture is not None
    cols = ", ".join(ctx.col(c, "t") for c in cap.definition.column_names)
    sql = f"SELECT {cols} FROM {ctx.table_sql(cap.table)} t"
    if cap.kind == "rows" and cap.key:
        match = " AND ".join(f"c.{ctx.col(k)} = t.{ctx.col(k)}" for k in cap.key)
        sql += f" WHERE EXISTS (SELECT 1 FROM {_source(ctx, cap.capture)} c WHERE {match})"
    return sql


def diff_both_ways(
    ctx: VerifyContext, left: str, right: str, ident: list[Column], set_column: str | None = None
) -> tuple[int, list[str], int, list[str]]:
    """Distinct rows (restricted to `ident`) of query `left` that query `right` lacks and of `right`
    that `left` lacks, with samples of each; with set_column, only rows where that column is set.
    One pass over each side counts both; the samples are read only when some rows differ."""
    lw = f" WHERE {ctx.col(set_column, 'a')} IS NOT NULL" if set_column else ""
    rw = f" WHERE {ctx.col(set_column, 'b')} IS NOT NULL" if set_column else ""
    tagged = (f"SELECT {ctx.row_text('a', ident)} AS r, 1 AS s FROM ({left}) a{lw} "
              f"UNION ALL SELECT {ctx.row_text('b', ident)}, 0 FROM ({right}) b{rw}")
    grouped = f"SELECT r, MIN(s) AS lo, MAX(s) AS hi FROM ({tagged}) u GROUP BY r"
    row = ctx.query(f"SELECT COALESCE(SUM(CASE WHEN lo = 1 THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN hi = 0 THEN 1 ELSE 0 END), 0) "
                    f"FROM ({grouped}) g")[0]
    only_left, only_right = int(row[0] or 0), int(row[1] or 0)

    def samples(n: int, only: str) -> list[str]:
        rows = ctx.query(f"SELECT r FROM ({grouped}) g WHERE {only} LIMIT {SAMPLES}") if n else []
        texts = [r[0].decode("utf-8", "replace") if isinstance(r[0], bytes | bytearray) else str(r[0]) for r in rows]
        return [t if t.startswith("(") else "(" + t.replace("\x1f", ", ") + ")" for t in texts]

    return only_left, samples(only_left, "lo = 1"), only_right, samples(only_right, "hi = 0")


@register
class SoftDeletePreserved(Check):
    """After a rollback, every table it restored that has the soft-delete column (deleted_at, or
    --soft-delete-column) holds exactly the soft-deleted rows of its capture, with the same
    deletion values: none undeleted, none lost, none newly deleted.

    Soft-deleted rows are the ones applications hide and migrations "clean up"; a rollback that
    brings back the live rows but not these silently changes history. Tables set aside whole
    (quarantine) come back by a rename and are not compared.
    """

    code = "RC203"
    name = "soft-delete-preserved"
    hint = "restore the soft-delete values from the capture table named in the finding (UPDATE ... FROM <capture>)"

    def skip_reason(self, ctx: VerifyContext) -> str | None:
        reason = _no_rollback(ctx)
        if reason:
            return reason
        assert ctx.rollback is not None
        if not any(cap.definition.column(ctx.soft_delete_column) for cap in ctx.rollback.captures.values()):
            return f"no table the last rollback restored has a {ctx.soft_delete_column} column"
        return None

    def run(self, ctx: VerifyContext, out: CheckResult) -> None:
        assert ctx.rollback is not None
        col = ctx.soft_delete_column
        for table, cap in sorted(ctx.rollback.captures.items()):
            if cap.definition.column(col) is None or table not in ctx.model.tables:
                continue
            if not cap.comparable:
                out.note(f"{table} came back by a rename ({cap.kind}): nothing to compare")
                continue
            if not ctx.relation_exists(str(cap.capture)):
                out.note(f"capture {cap.capture} of {table} was pruned")
                continue
            if _missing_columns(ctx, table, cap.definition):
                continue  # RC204 and RC101 report it
            if cap.retyped:
                continue  # RC204 notes it
            out.checked += 1
            names = [c for c in (cap.key or cap.definition.column_names) if c != col] + [col]
            ident = [c for c in (cap.definition.column(n) for n in names) if c is not None]
            old, now = old_image_sql(ctx, cap), current_sql(ctx, cap)
            lost, lost_s, new, new_s = diff_both_ways(ctx, old, now, ident, col)
            where = f"capture {cap.capture} (point {cap.migration})"
            if lost:
                out.findings.append(self.finding(
                    f"{lost} soft-deleted row(s) of {table} in {where} are no longer soft-deleted with the same {col}; "
                    f"e.g. {'; '.join(lost_s)}",
                    table=table, object=f"column:{table}.{col}", rows=lost, capture=cap.capture, samples=lost_s,
                ))
            if new:
                out.findings.append(self.finding(
                    f"{new} row(s) of {table} are soft-deleted now but not in {where}; e.g. {'; '.join(new_s)}",
                    table=table, object=f"column:{table}.{col}", rows=new, capture=cap.capture, samples=new_s,
                ))


@register
class RestoredTables(Check):
    """After a rollback, every table it restored holds its rows from before the reverted
    migrations: row count and data checksum equal the ones recorded before the migration
    (computed in the database over the captured columns), or, without a recorded checksum, the
    capture's; when they differ, how many rows are missing, changed or extra, with samples.

    Rows written by applications after the rollback also show here: read the samples. After
    `--on-conflict keep-current`, the rows kept on purpose are compared with the capture only, and
    as many captured rows as it kept (its conflicts) may differ. Rows
    inserted after a reverted `DROP COLUMN` stay by design (the rollback's `filled`): there the
    count must be the rows before plus those, and the checksum is not compared.
    """

    code = "RC204"
    name = "restored-tables"
    hint = "compare the table with its capture table (named in the finding); `rollback sql` shows the restore statements"

    def skip_reason(self, ctx: VerifyContext) -> str | None:
        return _no_rollback(ctx)

    def run(self, ctx: VerifyContext, out: CheckResult) -> None:
        assert ctx.rollback is not None
        caps = sorted(ctx.rollback.captures.items())
        ctx.progress.start("checksums of restored tables", len(caps))
        for i, (table, cap) in enumerate(caps):
            ctx.progress.update(i)
            if table in ctx.model.tables and cap.retyped:
                out.note(f"{table}: not compared, its type(s) {', '.join(cap.retyped)} changed since {cap.migration} "
                      "by an older reverted migration (rows print otherwise now)")
            elif table in ctx.model.tables:
                self._one(ctx, out, table, cap)
        ctx.progress.finish()

    @staticmethod
    def _kept_since(ctx: VerifyContext, out: CheckResult, table: str, cap: CaptureRef, now: str, then: str) -> bool:
        """Whether the table differs only by the rows written since that the rollback kept on
        purpose (rows inserted after a column was dropped, their restored columns filled: the
        `filled` it reported): then its row count is the one before plus those rows. Their values,
        and the application's updates kept with them, cannot be told from the rows before: a note,
        not a finding (before, verify failed right after such a rollback)."""
        kept = ctx.rollback.filled.get(table, 0) if ctx.rollback is not None else 0
        if not kept or checksum_rows(now) != checksum_rows(then) + kept:
            return False
        out.note(f"{table}: {kept} row(s) written since {cap.migration} were kept by the rollback (their restored "
              f"columns filled); compared by row count only ({checksum_rows(now)} = {checksum_rows(then)} + {kept})")
        return True

    def _one(self, ctx: VerifyContext, out: CheckResult, table: str, cap: CaptureRef) -> None:
        d, conn = ctx.target.dialect, ctx.target.conn
        use_checksum = cap.checksum_before is not None and cap.checksum_table is not None
        if ctx.rollback is not None and ctx.rollback.on_conflict == "keep-current" and cap.kind == "rows":
            use_checksum = False
        wanted = cap.checksum_table if use_checksum and cap.checksum_table else cap.definition
        missing = _missing_columns(ctx, table, wanted)
        if missing and cap.kind in ("copy", "rows") and ctx.relation_exists(str(cap.capture)):
            # Columns an older reverted migration had added are gone by design (RC101 covers drift):
            # compare the columns the table still has with the capture instead of the checksum.
            kept = [c for c in cap.definition.columns if c.name not in missing]
            cap = replace(cap, definition=Table(cap.definition.name, kept, cap.definition.primary_key, cap.definition.extra),
                          checksum_before=None, checksum_table=None)
            use_checksum, missing = False, []
        if missing:
            out.findings.append(self.finding(
                f"{table} lacks column(s) {', '.join(missing)} it had before {cap.migration}: its rows cannot be compared",
                table=table, object=f"table:{table}", hint="see RC101 (schema drift) for what changed",
            ))
            return
        capture_ok = cap.comparable and ctx.relation_exists(str(cap.capture))
        if cap.comparable and not capture_ok:
            out.note(f"capture {cap.capture} of {table} was pruned")
        out.checked += 1
        if use_checksum:
            now = d.table_checksum(conn, Table(table, wanted.columns), like=cap.checksum_before)
            if now == cap.checksum_before or self._kept_since(ctx, out, table, cap, now, str(cap.checksum_before)):
                return
            head = (f"{table} differs from its state before {cap.migration}: {now.split(':')[0]} row(s) now, "
                    f"{str(cap.checksum_before).split(':')[0]} then, data checksum differs")
        elif capture_ok and cap.kind == "copy":
            then = d.table_checksum(conn, Table(str(cap.capture), cap.definition.columns))
            now = d.table_checksum(conn, Table(table, cap.definition.columns))
            if now == then or self._kept_since(ctx, out, table, cap, now, then):
                return
            head = (f"{table} differs from capture {cap.capture} (point {cap.migration}): {now.split(':')[0]} row(s) now, "
                    f"{then.split(':')[0]} captured")
        elif capture_ok:
            head = f"{table} differs from the rows captured in {cap.capture} (point {cap.migration})"
        else:
            out.note(f"{table}: no checksum recorded and nothing copied ({cap.kind}); not compared")
            out.checked -= 1
            return
        parts: list[str] = []
        if capture_ok:
            old, cur = old_image_sql(ctx, cap), current_sql(ctx, cap)
            gone, gone_s, extra, extra_s = diff_both_ways(ctx, old, cur, cap.definition.columns)
            if not gone and not extra and not use_checksum and cap.kind == "rows":
                return  # the touched rows are all as they were
            n_kept = ctx.rollback.kept.get(table, 0) if ctx.rollback is not None else 0
            if not use_checksum and cap.kind == "rows" and extra <= gone <= n_kept:
                # a row kept as changed since shows on both sides, one kept as deleted on the left only
                out.note(f"{n_kept} row(s) of {table} changed since {cap.migration} were kept (--on-conflict "
                      f"keep-current): {gone} captured row(s) differ, not more")
                return
            if gone:
                parts.append(f"{gone} row(s) as captured are missing or changed, e.g. {'; '.join(gone_s)}")
            if extra:
                parts.append(f"{extra} row(s) are not in the capture, e.g. {'; '.join(extra_s)}")
        out.findings.append(self.finding(
            "; ".join([head, *parts]), table=table, object=f"table:{table}", capture=cap.capture, point=cap.migration,
        ))
