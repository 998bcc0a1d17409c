"""Running the checks: one consistent read-only snapshot, each check in its own savepoint, and the
result recorded as a `verify` event in the journal (when the database has one)."""

from __future__ import annotations

import time
from collections.abc import Sequence

from ..config import resolve_database
from ..engine.errors_map import database_message, is_database_error
from ..engine.rollback import resolve_target
from ..engine.session import Target, open_target
from ..errors import RollbackError, UsageError
from ..journal.store import Point
from ..model.schema import SchemaModel
from .context import VerifyContext, find_last_rollback
from .registry import Check, all_checks
from .report import CheckResult, NullProgress, Progress, VerifyReport

DEFAULT_SOFT_DELETE_COLUMN = "deleted_at"


def verify(
    db: str | None,
    against: str | None = None,
    *,
    soft_delete_column: str = DEFAULT_SOFT_DELETE_COLUMN,
    only: Sequence[str] | None = None,
    record: bool = True,
    progress: Progress | None = None,
) -> VerifyReport:
    """Check the database's integrity: schema drift, foreign keys, keys, indexes, sequences, and
    after a rollback the restored tables and soft-deleted rows. See `describe_checks()`."""
    with open_target(resolve_database(db)) as target:
        return verify_target(
            target, against, soft_delete_column=soft_delete_column, only=only, record=record, progress=progress
        )


def select_checks(only: Sequence[str] | None) -> list[type[Check]]:
    checks = all_checks()
    if not only:
        return checks
    wanted = {c.strip().upper() for c in only if c.strip()}
    known = {c.code for c in checks} | {c.name.upper() for c in checks}
    unknown = sorted(wanted - known)
    if unknown:
        raise UsageError(
            "unknown check(s): " + ", ".join(unknown),
            hint="choose from " + ", ".join(f"{c.code} ({c.name})" for c in checks),
        )
    return [c for c in checks if c.code in wanted or c.name.upper() in wanted]


def verify_target(
    target: Target,
    against: str | None = None,
    *,
    soft_delete_column: str = DEFAULT_SOFT_DELETE_COLUMN,
    only: Sequence[str] | None = None,
    record: bool = True,
    progress: Progress | None = None,
) -> VerifyReport:
    checks = select_checks(only)
    if not soft_delete_column.strip():
        raise UsageError("--soft-delete-column must name a column", hint="the default is deleted_at")
    started = time.perf_counter()
    has_journal = target.journal.exists()
    if against is not None and not has_journal:
        raise UsageError(f"--against {against}: this database has no rollback points", hint="run `rollback apply` first")
    try:
        if has_journal:
            target.dialect.analyze_captures(target.conn)
        report = _in_snapshot(target, against, checks, soft_delete_column, progress or NullProgress(), has_journal)
    except Exception as exc:
        if not is_database_error(exc):
            raise
        raise RollbackError(
            f"cannot read {target.url.masked}: {database_message(exc)}",
            hint="another process may hold the database (a running migration?); try again",
        ) from None
    report.seconds = time.perf_counter() - started
    if record and has_journal:
        report.recorded = _record(target, report)
    return report


VERIFY_WORK_MEM = "64MB"
"""PostgreSQL's work_mem for the checks' transaction (each sort or hash of a query may use it)."""


def _in_snapshot(
    target: Target, against: str | None, checks: list[type[Check]], soft_delete_column: str, progress: Progress,
    has_journal: bool,
) -> VerifyReport:
    """Every check on one consistent, read-only view of the database."""
    d, conn = target.dialect, target.conn
    if d.name == "postgresql":
        conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        # the comparisons group and sort the restored rows: kept in memory instead of spilling
        # batches to disk at the default 4MB (a 200k-row restore's comparison spilled 60 MB)
        conn.execute(f"SET LOCAL work_mem = '{VERIFY_WORK_MEM}'")
    elif d.name == "mysql":  # InnoDB's default REPEATABLE READ: one snapshot for every check
        conn.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY")
    else:
        conn.execute("BEGIN")
    try:
        model = d.introspect(conn)
        point, expected = _reference(target, against) if has_journal else (None, None)
        rollback = find_last_rollback(target, model) if has_journal else None
        ctx = VerifyContext(
            target=target, model=model, expected=expected, point=point, rollback=rollback,
            soft_delete_column=soft_delete_column, progress=progress,
        )
        report = VerifyReport(
            database=target.url.masked,
            dialect=d.name,
            fingerprint=model.fingerprint(),
            point={"id": point.id, "migration": point.migration, "fingerprint": point.fingerprint_after} if point else None,
            last_rollback=rollback.to_dict() if rollback else None,
        )
        for cls in checks:
            report.checks.append(_run_check(ctx, cls()))
    finally:
        if conn.in_transaction:
            conn.rollback()
    return report


def _reference(target: Target, against: str | None) -> tuple[Point | None, SchemaModel | None]:
    """The point whose recorded schema the database should match: --against, else the current one."""
    active = target.journal.active()
    if against is None:
        if not active:
            return None, None
        point = active[-1]
    else:
        try:
            point = resolve_target(active, against)
        except UsageError:
            ident = against[1:] if against.startswith("#") else ""
            found = [p for p in target.journal.points() if str(p.id) == ident]
            point = found[0] if found else _any_form(target, against)
    return point, target.journal.model(point.id, "after")


def _any_form(target: Target, spec: str) -> Point:
    """Every other TARGET form `rollback to` takes: previous, last_stable, phase:N, a tag, a time."""
    from ..ops.targets import resolve

    return resolve(target, spec).point


def _run_check(ctx: VerifyContext, check: Check) -> CheckResult:
    result = CheckResult(code=check.code, name=check.name, status="passed")
    if ctx.dialect_name not in check.dialects:
        result.status, result.reason = "skipped", f"not available on {ctx.dialect_name}"
        return result
    reason = check.skip_reason(ctx)
    if reason:
        result.status, result.reason = "skipped", reason
        return result
    conn = ctx.target.conn
    started = time.perf_counter()
    conn.execute("SAVEPOINT rollback_verify")
    try:
        check.run(ctx, result)
    except Exception as exc:
        if not is_database_error(exc):
            raise
        conn.execute("ROLLBACK TO SAVEPOINT rollback_verify")
        result.status, result.reason = "error", f"the check could not run: {database_message(exc)}"
    finally:
        ctx.progress.finish()
    conn.execute("RELEASE SAVEPOINT rollback_verify")
    result.seconds = time.perf_counter() - started
    if result.findings and result.status != "error":
        result.status = "failed"
    return result


def _record(target: Target, report: VerifyReport) -> bool:
    """Write the `verify` event; a busy database does not fail the verification."""
    conn = target.conn
    point = report.point or {}
    try:
        conn.begin()
        target.journal.event("verify", migration=point.get("migration"), point_id=point.get("id"), detail=report.summary())
        conn.commit()
        return True
    except Exception as exc:
        if conn.in_transaction:
            conn.rollback()
        if not is_database_error(exc):
            raise
        return False
