"""The rehearsal: on a disposable copy of the target, each pending migration goes up, is verified,
comes down (the state must equal the one before), goes up again and is verified again; every step
is timed, the rollback time is projected to the target's size and compared with the RTO."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import api
from ..config import load_settings, resolve_database, resolve_migrations
from ..engine.apply import pending_migrations
from ..engine.session import Target, open_target
from ..errors import MigrationFailed, RollbackError, UsageError
from ..model.migration import Migration, discover
from ..model.schema import SchemaModel
from ..urls import parse_url
from ..verify import verify
from ..verify.report import NullProgress, Progress
from ..verify.runner import DEFAULT_SOFT_DELETE_COLUMN
from .copy import disposable_copy, require_copyable
from .report import report_format, write_report
from .result import RehearsalResult, Step, project
from .rto import format_seconds, parse_rto


@dataclass
class _Snapshot:
    model: SchemaModel
    tables: dict[str, str]

    def differences(self, other: _Snapshot) -> list[str]:
        out = list(self.model.diff(other.model)) if self.model.fingerprint() != other.model.fingerprint() else []
        for table in sorted(set(self.tables) & set(other.tables)):
            if self.tables[table] != other.tables[table]:
                out.append(f"data of {table}: {self.tables[table].split(':')[0]} row(s) before, "
                           f"{other.tables[table].split(':')[0]} after, checksums differ")
        return out


def rehearse(
    db: str | None,
    folder: str | None,
    *,
    to: str | None = None,
    rto: str = "15m",
    report: str | None = None,
    soft_delete_column: str = DEFAULT_SOFT_DELETE_COLUMN,
    lock_timeout: float | None = None,
    progress: Progress | None = None,
    placeholders: dict[str, str] | None = None,
) -> RehearsalResult:
    """Rehearse the pending migrations on a copy of `db`; the target is never changed (a
    `rehearse` event is added to its journal when it has one) and the copy is always dropped."""
    rto_seconds = parse_rto(rto)
    if report:
        report_format(report)
    say = progress or NullProgress()
    settings = load_settings()
    url = resolve_database(db, settings)
    require_copyable(url)
    folder_path = resolve_migrations(folder, settings)
    found = discover(folder_path, url.dialect)
    with open_target(url) as target:
        pending, warnings = pending_migrations(target, found, to)
        has_journal = target.journal.exists()
        target_bytes = table_bytes(target)
    result = RehearsalResult(
        database=url.masked, dialect=url.dialect, rto=rto, rto_seconds=rto_seconds,
        migrations=[m.id for m in pending], warnings=warnings,
    )
    clock = time.perf_counter()
    copy_bytes = target_bytes
    if pending:
        with disposable_copy(url, say) as copy:
            result.copy = copy
            with open_target(parse_url(copy.url)) as copy_target:
                copy_bytes = table_bytes(copy_target)
            run = _Run(result, copy.url, folder_path, lock_timeout, soft_delete_column, say, clock, placeholders or {})
            for m in pending:
                if not run.migration(m):
                    break
    result.seconds = time.perf_counter() - clock
    result.restored = result.restored and result.complete
    downs = sum(s.seconds for s in result.steps if s.step == "down")
    result.projection = project(downs, target_bytes, copy_bytes)
    if result.complete and not result.within_rto:
        result.findings.append({
            "code": "RC403", "name": "rto-exceeded", "table": None, "object": None, "migration": None, "step": "down",
            "message": f"rolling back takes {format_seconds(result.projection.projected_seconds)} (projected), "
                       f"over the RTO of {format_seconds(rto_seconds)}",
            "hint": "split the release, make the slow migrations cheaper to reverse (quarantine instead of copy), or agree a longer RTO",
        })
    if report:
        result.report_path = str(write_report(result, Path(report)))
    if has_journal:
        result.recorded = _record(url.raw, result)
    return result


class _Run:
    def __init__(self, result: RehearsalResult, copy_url: str, folder: str, lock_timeout: float | None,
                 soft_delete_column: str, progress: Progress, clock: float, placeholders: dict[str, str]):
        self.r = result
        self.placeholders = placeholders
        self.url = copy_url
        self.folder = folder
        self.lock_timeout = lock_timeout
        self.soft = soft_delete_column
        self.progress = progress
        self.clock = clock
        self.seen: set[tuple[Any, ...]] = set()

    def migration(self, m: Migration) -> bool:
        """Up, verify, down, compare, verify, re-apply, verify; False when it must stop."""
        before = snapshot(self.url, self.progress)
        if not self._step(m, "up", lambda: self._apply(m)):
            return False
        previous = self._previous_point()
        if not self._step(m, "down", lambda: api.rollback_to(self.url, f"#{previous}", lock_timeout=self.lock_timeout)):
            return False
        after = snapshot(self.url, self.progress)
        differences = before.differences(after)
        if differences:
            self.r.restored = False
            self.r.steps[-1].ok = False
            for text in differences:
                self._finding("RC402", "not-restored", text, m.id, "down",
                              "the generated reverse does not give back the state before; report it with the migration")
        return self._step(m, "reapply", lambda: self._apply(m))

    def _apply(self, m: Migration) -> None:
        outcome = api.apply(self.url, self.folder, to=m.id, lock_timeout=self.lock_timeout, placeholders=self.placeholders)
        if m.id not in outcome.to_dict()["applied"]:
            raise UsageError(f"{m.id} was not applied on the copy", hint="is it already applied on the target?")

    def _previous_point(self) -> int:
        with open_target(parse_url(self.url)) as t:
            active = t.journal.active()
        return active[-2].id

    def _step(self, m: Migration, kind: str, action: Callable[[], object]) -> bool:
        step = Step(migration=m.id, step=kind, start=time.perf_counter() - self.clock)
        self.r.steps.append(step)
        self.progress.start(f"{m.id}: {kind}")
        try:
            action()
        except RollbackError as exc:
            step.seconds = time.perf_counter() - self.clock - step.start
            step.error = exc.message
            self._failed(m, kind, exc)
            return False
        finally:
            self.progress.finish()
        step.seconds = time.perf_counter() - self.clock - step.start
        step.ok = True
        self._verify(m, step)
        return True

    def _verify(self, m: Migration, step: Step) -> None:
        started = time.perf_counter()
        report = verify(self.url, soft_delete_column=self.soft, progress=self.progress)
        step.verify_seconds, step.verified = time.perf_counter() - started, True
        for f in report.findings:
            step.findings += 1
            self._finding(f.code, f.name, f.message, m.id, step.step, f.hint, table=f.table, obj=f.object)
        for c in report.errors:
            self._finding(c.code, c.name, c.reason or "the check could not run", m.id, step.step, None)

    def _finding(self, code: str, name: str, message: str, migration: str, step: str, hint: str | None,
                 *, table: str | None = None, obj: str | None = None) -> None:
        key = (code, table, obj, message)
        if key in self.seen:
            return  # the same problem seen after an earlier step (a pre-existing one, usually)
        self.seen.add(key)
        self.r.findings.append({"code": code, "name": name, "table": table, "object": obj, "message": message,
                                "hint": hint, "migration": migration, "step": step})

    def _failed(self, m: Migration, kind: str, exc: RollbackError) -> None:
        details = exc.details or {}
        self.r.failed = {
            "migration": m.id,
            "step": kind,
            "file": str(details.get("file") or m.path),
            "line": details.get("line"),
            "message": exc.message,
            "hint": exc.hint,
        }
        code, name = ("RC401", "migration-failed") if isinstance(exc, MigrationFailed) or kind != "down" else ("RC404", "rollback-failed")
        self._finding(code, name, exc.message, m.id, kind, exc.hint)


def snapshot(url: str, progress: Progress) -> _Snapshot:
    """The schema model and per-table data checksums (as api.fingerprint computes them)."""
    with open_target(parse_url(url)) as target:
        model = target.dialect.introspect(target.conn)
        names = sorted(model.tables)
        progress.start("checksums", len(names))
        tables = {}
        for i, name in enumerate(names):
            tables[name] = target.dialect.table_checksum(target.conn, model.tables[name])
            progress.update(i + 1)
        progress.finish()
    return _Snapshot(model, tables)


def table_bytes(target: Target) -> int:
    """The size of the data: PostgreSQL and MySQL the user's tables (indexes and TOAST included, the
    journal left out; MySQL's sizes are InnoDB's estimates), SQLite the used pages of the file."""
    if target.dialect.name == "mysql":
        return int(target.conn.scalar(
            "SELECT COALESCE(SUM(COALESCE(DATA_LENGTH, 0) + COALESCE(INDEX_LENGTH, 0)), 0) FROM information_schema.TABLES "
            "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE <> 'VIEW' AND TABLE_NAME NOT LIKE '\\_rollback%'"
        ) or 0)
    if target.dialect.name == "postgresql":
        return int(target.conn.scalar(
            "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'm') "
            "AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'rollback') "
            "AND n.nspname !~ '^(pg_toast|pg_temp|_rollback)'"
        ) or 0)
    pages = int(target.conn.scalar("PRAGMA page_count") or 0) - int(target.conn.scalar("PRAGMA freelist_count") or 0)
    return pages * int(target.conn.scalar("PRAGMA page_size") or 0)


def _record(raw_url: str, result: RehearsalResult) -> bool:
    """The only write to the target: a `rehearse` event in its journal."""
    from ..engine.errors_map import is_database_error

    with open_target(parse_url(raw_url)) as target:
        if not target.journal.exists():
            return False
        try:
            target.conn.begin()
            target.journal.event("rehearse", detail=result.summary())
            target.conn.commit()
            return True
        except Exception as exc:
            if target.conn.in_transaction:
                target.conn.rollback()
            if not is_database_error(exc):
                raise
            result.warnings.append("could not record the rehearsal in the target's journal (busy)")
            return False
