"""Guarded apply: run pending migrations, keeping what each statement would destroy, generating and
proving the reverse script, and recording a rollback point in the same transaction."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from ..dialects.base import Connection, Statement
from ..dialects.splitter import is_transaction_control, strip_leading_comments
from ..errors import MigrationFailed, Refused, RollbackError, UsageError
from ..journal.store import Capture
from ..model.migration import Migration
from ..model.placeholders import missing_hint
from ..model.schema import SchemaModel
from .analyze import Analysis, NameResolver, analyze, code_only, renamed_alone
from .capture import CaptureRecord, CaptureRun, column_checks, objects_dropped_with, probe, renamed_tables
from .errors_map import database_message, is_database_error, statement_line
from .foresee import Foresight, foresee
from .reverse import ReverseScript, build_reverse
from .session import Target
from .update_set import update_set

Progress = Callable[[str], None]
T = TypeVar("T")


@dataclass
class ApplyOptions:
    to: str | None = None
    dry_run: bool = False
    allow_irreversible: bool = False
    prove: bool = True
    lock_timeout: float = 10.0


@dataclass
class StatementPlan:
    line: int
    sql: str
    capture: list[str]
    probe: bool
    reason: str
    strategy: list[dict[str, Any]] = field(default_factory=list)
    """Dry run: per table, the strategy foretold and the volume it would copy (engine/foresee)."""

    def to_dict(self) -> dict[str, Any]:
        out = {"line": self.line, "sql": _shorten(self.sql), "capture": self.capture, "probe": self.probe, "reason": self.reason}
        return {**out, "strategy": self.strategy} if self.strategy else out


@dataclass
class MigrationOutcome:
    id: str
    file: str
    status: str
    seconds: float = 0.0
    statements: int = 0
    point_id: int | None = None
    reversible: bool = True
    captures: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    plan: list[StatementPlan] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "file": self.file,
            "status": self.status,
            "seconds": round(self.seconds, 4),
            "statements": self.statements,
            "point_id": self.point_id,
            "reversible": self.reversible,
            "captures": self.captures,
            "warnings": self.warnings,
        }
        if self.plan:
            out["plan"] = [p.to_dict() for p in self.plan]
        return out


@dataclass
class ApplyResult:
    database: str
    dry_run: bool
    migrations: list[MigrationOutcome] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    adopted: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "database": self.database,
            "dry_run": self.dry_run,
            "adopted_base": self.adopted,
            "migrations": [m.to_dict() for m in self.migrations],
            "applied": [m.id for m in self.migrations if m.status == "applied"],
            "warnings": self.warnings,
        }


def _shorten(sql: str, n: int = 160) -> str:
    """`sql` on one line, cut at `n` characters, without the comments before its first word (a
    file's comment above the statement would otherwise fill the space and read as its text)."""
    flat = " ".join((strip_leading_comments(sql) or sql).split())
    return flat if len(flat) <= n else flat[: n - 1] + "…"


def executable_statements(target: Target, migration: Migration) -> list[Statement]:
    return [s for s in target.dialect.split(migration.sql) if not is_transaction_control(s.text)]


def recorded_ids(migrations: list[Migration], applied: Collection[str]) -> list[Migration]:
    """Migrations in version folders (`10/01_x`) under the id a journal recorded for them before
    version folders were read, when that was their bare file id (`01_x`) and no other migration
    of the folder has it: so an upgraded tool does not take them for new ones and run them again."""
    ids = {m.id for m in migrations}
    shorts = [m.id.rpartition("/")[2] for m in migrations]
    return [replace(m, id=short) if short != m.id and short in applied and m.id not in applied and short not in ids
            and shorts.count(short) == 1 else m for m, short in zip(migrations, shorts, strict=True)]


def pending_migrations(target: Target, migrations: list[Migration], to: str | None) -> tuple[list[Migration], list[str]]:
    applied = {p.migration: p for p in target.journal.active() if p.kind == "migration"}
    migrations = recorded_ids(migrations, applied)
    warnings: list[str] = []
    ids = {m.id for m in migrations}
    for m in migrations:
        p = applied.get(m.id)
        if p and p.checksum and p.checksum != m.checksum:
            warnings.append(f"{m.path}: changed after it was applied (point {p.id}); the applied version is kept")
    for mid in applied:
        if mid not in ids:
            warnings.append(f"migration {mid} is applied but its file is not in the folder")
    if to is not None and to not in ids:
        raise UsageError(
            f"--to {to!r} names no migration in the folder",
            hint="available: " + ", ".join(m.id for m in migrations[-10:]) if migrations else "the folder has no migrations",
        )
    pending: list[Migration] = []
    for m in migrations:
        if m.id not in applied:
            pending.append(m)
        if to is not None and m.id == to:
            break
    return pending, warnings


def apply_migrations(target: Target, migrations: list[Migration], options: ApplyOptions, progress: Progress | None = None) -> ApplyResult:
    say = progress or (lambda _msg: None)
    result = ApplyResult(database=target.url.masked, dry_run=options.dry_run)
    pending, warnings = pending_migrations(target, migrations, options.to)
    result.warnings.extend(warnings)
    if options.dry_run:
        model = target.dialect.introspect(target.conn)
        resolver = NameResolver(model, target.dialect.name, target.search_path())
        for m in pending:
            out = MigrationOutcome(id=m.id, file=str(m.path), status="would-apply")
            seen = Foresight()
            statements = executable_statements(target, m)
            for i, stmt in enumerate(statements):
                an = analyze(stmt.text, model, resolver, target.dialect.name)
                alone = an.rename_table is not None and renamed_alone(
                    an.rename_table, [s.text for s in statements[i + 1:]], model, resolver, target.dialect.name)
                out.plan.append(StatementPlan(stmt.start_line, stmt.text, sorted(an.capture), an.probe, an.reason,
                                              foresee(target, an, model, stmt.text, stmt.start_line, seen, alone)))
                out.statements += 1
            result.migrations.append(out)
        return result
    from ..ops.gitinfo import git_info  # here: ops imports the engine

    # read before any lock is taken: `git status` of a large work tree may take a while
    commits = {folder: git_info(folder) for folder in dict.fromkeys(m.path.parent for m in pending)}
    for m in pending:
        say(f"applying {m.id}")
        outcome = apply_one(target, m, options, commits[m.path.parent])
        if outcome.status == "adopted+applied":
            result.adopted = True
            outcome.status = "applied"
        result.migrations.append(outcome)
    return result


_SESSION_SETTING = re.compile(r"^\s*(SET|RESET)\b", re.IGNORECASE)
"""A statement that changes the session's settings (SET, SET LOCAL, SET ROLE, RESET)."""

#: A statement after which unqualified names may resolve differently (SET search_path, set_config,
#: SET SCHEMA, SET ROLE for "$user", RESET, DISCARD): the analysis of the next ones asks the session.
_SEARCH_PATH_MAY_CHANGE = re.compile(r"search_path|\bSCHEMA\b|\bROLE\b|SESSION\s+AUTHORIZATION|\bRESET\b|\bDISCARD\b",
                                     re.IGNORECASE)


def apply_one(target: Target, m: Migration, options: ApplyOptions, commit: dict[str, Any] | None = None) -> MigrationOutcome:
    """Apply one migration guarded. Transactional engines run it in one transaction with its journal
    rows; a migration with statements that cannot run in a transaction runs in segments under a
    session lock, and a failure part-way is compensated with the generated reverse. `commit`: the
    git commit of its folder (ops.gitinfo.git_info), recorded in its point; read here when not given."""
    d, conn = target.dialect, target.conn
    statements = executable_statements(target, m)
    if not d.transactional_ddl:
        from .steps import apply_stepwise

        done = apply_stepwise(target, m, statements, options.lock_timeout, options.allow_irreversible)
        if done is None:
            return MigrationOutcome(id=m.id, file=str(m.path), status="already-applied")
        return MigrationOutcome(
            id=m.id, file=str(m.path), status="adopted+applied" if done["adopted"] else "applied",
            seconds=done["seconds"], statements=len(statements), point_id=done["point_id"], captures=done["captures"],
            warnings=done["warnings"],
        )
    later = [s for s in statements if d.runs_after_commit(s)]
    statements = [s for s in statements if not d.runs_after_commit(s)]
    segmented = any(d.needs_autocommit(s) for s in statements)
    if segmented:
        d.lock_session(conn, options.lock_timeout)
    try:
        if commit is None:
            from ..ops.gitinfo import git_info  # here: ops imports the engine

            commit = git_info(m.path.parent)
        outcome = _apply_one(target, m, options, statements, segmented, later, commit)
        if outcome.status != "already-applied":
            outcome.warnings.extend(_after_commit(target, later, options.lock_timeout))
        return outcome
    finally:
        if conn.in_transaction:
            conn.rollback()
        if segmented:
            d.unlock_session(conn)


def _large_objects_guard(target: Target, m: Migration, model0: SchemaModel, run: CaptureRun, options: ApplyOptions,
                         compensate: bool, committed_records: int, warnings: list[str]) -> bool:
    """Refuse a migration that unlinked large objects (nothing keeps them), unless
    --allow-irreversible: then it is applied with a warning, and True marks its point irreversible."""
    lost = target.dialect.large_objects_lost(target.conn)
    if not lost:
        return False
    message = f"{lost} large object(s) unlinked (lo_unlink, or a lo_manage trigger): no capture keeps them"
    if options.allow_irreversible:
        warnings.append("irreversible: " + message)
        return True
    target.conn.rollback()
    if compensate:
        _compensate(target, model0, run, committed_records)
    raise Refused(
        f"{m.path}: {message}",
        hint="nothing was applied. Keep the data elsewhere first (lo_get into a bytea column), or run with "
        "--allow-irreversible to apply it anyway",
        details={"large_objects_lost": lost},
    )


def _after_commit(target: Target, later: list[Statement], wait_seconds: float) -> list[str]:
    """Run the statements that change neither schema nor data and cannot run in a transaction
    (SQLite VACUUM, journal_mode) once the migration has committed. The migration stands either way:
    one that cannot run (another session keeps the database busy past the lock timeout) is a warning."""
    warnings: list[str] = []
    for stmt in later:
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                target.conn.execute(stmt.text)
                break
            except Exception as exc:
                if not is_database_error(exc):
                    raise
                message = database_message(exc)
                if re.search(r"locked|busy", message, re.IGNORECASE) and time.monotonic() < deadline:
                    time.sleep(0.05)
                    continue
                warnings.append(f"line {stmt.start_line}: {_shorten(stmt.text, 60)} did not run after the migration "
                                f"committed ({message}); the migration is applied, run that statement again by hand")
                break
    return warnings


@dataclass
class _Ran:
    """A migration run with its captures in the open transaction, up to its end schema (_run_migration)."""

    model0: SchemaModel
    adopted: bool
    point_id: int
    run: CaptureRun
    plan: list[StatementPlan]
    warnings: list[str]
    model_end: SchemaModel
    lost_large_objects: bool
    committed_any: bool
    committed_records: int
    sequence_mark: Any
    version: Any
    """The database's data version when the transaction began (Dialect.data_version)."""
    by_trial: bool
    """The reverse is to be proven by trial (Dialect.proof_by_trial, asked before the statements ran)."""


@dataclass
class _Trial:
    """A proof by trial (Dialect.proof_by_trial): the migration, its captures and its reverse ran in a
    transaction rolled back as a whole. What it computed holds for the run that follows when that one
    finds the database as the trial did (the same data version: nothing committed in between) and its
    captures and end schema are the trial's: the dialect vouched that the migration does the same
    thing when run again on the same database."""

    version: Any
    records: list[dict[str, Any]]
    fingerprint: str
    checks: dict[str, str]
    merge: dict[str, dict[str, list[str]]]
    script: ReverseScript
    checksums_before: dict[str, str]
    captures: list[dict[str, Any]]
    column_checks: dict[str, str]
    problems: list[str]

    def holds_for(self, ran: _Ran) -> bool:
        return (self.version is not None and ran.version == self.version
                and [r.to_dict() for r in ran.run.records] == self.records
                and ran.model_end.fingerprint() == self.fingerprint)


def _run_migration(target: Target, m: Migration, options: ApplyOptions, statements: list[Statement], segmented: bool,
                   later: list[Statement], checksums: bool, trial: bool = False) -> _Ran | None:
    """Begin the migration's transaction and run its statements with their captures (None: already
    applied, nothing open). `trial`: ask whether the reverse can be proven by trial."""
    d, conn, journal = target.dialect, target.conn, target.journal
    target.begin_locked(options.lock_timeout)
    version = d.data_version(conn)
    journal.ensure()
    if any(p.migration == m.id and p.kind == "migration" for p in journal.active()):
        conn.rollback()
        return None
    d.reset_session(conn)
    by_trial = trial and not segmented and d.proof_by_trial(conn, [s.text for s in statements])
    model0 = d.introspect(conn)
    adopted = _adopt_base(target, model0)
    point_id = journal.next_point_id()
    sequence_mark = d.sequence_mark(conn, model0)
    resolver = NameResolver(model0, d.name, target.search_path())
    run = CaptureRun(d, conn, model0, point_id, checksums)
    run.schema_written = segmented or bool(later)  # statements run outside the transaction are not watched
    plan: list[StatementPlan] = []
    warnings: list[str] = []
    large_objects = d.note_large_objects(conn)
    committed_any = False
    committed_records = 0  # the captures of the committed segments (a failed segment's go with it)
    try:
        for i, stmt in enumerate(statements):
            if d.needs_autocommit(stmt):
                conn.commit()
                committed_any = True
                committed_records = len(run.records)
                plan.append(StatementPlan(stmt.start_line, stmt.text, [], False, "runs outside a transaction"))
                _execute(target, m, stmt)
                target.begin_locked(options.lock_timeout)
                continue
            plan.append(_run_statement(target, m, stmt, resolver, run, [s.text for s in [*statements[i + 1:], *later]]))
            if _SEARCH_PATH_MAY_CHANGE.search(stmt.text):
                resolver.search_path = target.search_path()
        for stmt in d.closing_statements(conn, statements[-1].end_line if statements else 1):
            plan.append(_run_statement(target, m, stmt, resolver, run))
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        if segmented and committed_any:
            _compensate(target, model0, run, committed_records)
        raise
    d.reset_session(conn)  # the tool's own reads and writes from here on run as the connection's, not as the migration SET
    lost_large_objects = large_objects and _large_objects_guard(
        target, m, model0, run, options, segmented and committed_any, committed_records, warnings)
    plan.extend(StatementPlan(s.start_line, s.text, [], False, "runs after the migration commits") for s in later)
    run.finish()
    # no statement changed the schema: it is still model0 (one read of the catalogs less)
    model_end = d.introspect(conn) if run.schema_written else model0
    return _Ran(model0, adopted, point_id, run, plan, warnings, model_end, lost_large_objects, committed_any,
                committed_records, sequence_mark, version, by_trial)


def _reverse(target: Target, ran: _Ran) -> tuple[dict[str, str], dict[str, dict[str, list[str]]], ReverseScript]:
    """The conflict checks, merge-safe captures and reverse script of a run (in its transaction)."""
    d, conn = target.dialect, target.conn
    checks = _conflict_checks(target, ran.model_end, ran.model0, ran.run.records)
    merge = merge_safe(target, ran.model_end, ran.model0, ran.run.records, checks)
    script = build_reverse(target, ran.model_end, ran.model0, ran.run.records,
                           d.sequence_reverse_sql(conn, ran.sequence_mark), merge)
    return checks, merge, script


def _capture_rows(target: Target, ran: _Ran, merge: dict[str, dict[str, list[str]]]) -> list[dict[str, Any]]:
    d, conn = target.dialect, target.conn
    return [{**r.to_dict(), "bytes": d.relation_bytes(conn, r), **({"merge": merge[r.capture]} if r.capture in merge else {})}
            for r in ran.run.records]


def _trial(target: Target, ran: _Ran) -> _Trial:
    """Prove the run's reverse by running it in the run's own transaction, then roll the whole
    transaction back: everything the record of the point needs is read before the reverse runs."""
    d, conn = target.dialect, target.conn
    checks, merge, script = _reverse(target, ran)
    captures = _capture_rows(target, ran, merge)
    columns = column_checks(d, conn, ran.model_end, ran.model0)
    try:
        problems = _prove(target, script.statements, ran.model0, ran.model_end, ran.run, in_savepoint=False)
    finally:
        conn.rollback()
        d.reset_session(conn)  # settings the reverse changed outlive the transaction
    return _Trial(ran.version, [r.to_dict() for r in ran.run.records], ran.model_end.fingerprint(), checks, merge, script,
                  dict(ran.run.checksums_before), captures, columns, problems)


def _to_prove(model0: SchemaModel, model_end: SchemaModel, data: dict[str, str]) -> bool:
    """A reverse has something to prove: the schema changed, or tables have checksums from before
    (a migration that only wrote row-captured rows has neither: its proof is not run)."""
    return bool(data) or model_end.fingerprint() != model0.fingerprint()


def _not_reversible(m: Migration, problems: list[str]) -> Refused:
    return Refused(
        f"{m.path}: the generated reverse does not restore the state before {m.id}",
        hint="nothing was applied. Run with --allow-irreversible to apply it anyway (the point is marked "
        "irreversible); differences: " + "; ".join(problems[:8]),
        details={"differences": problems},
    )


def _apply_one(target: Target, m: Migration, options: ApplyOptions, statements: list[Statement], segmented: bool,
               later: list[Statement], commit: dict[str, Any]) -> MigrationOutcome:
    d, conn, journal = target.dialect, target.conn, target.journal
    started = time.perf_counter()
    ran = _run_migration(target, m, options, statements, segmented, later, options.prove, trial=options.prove)
    trial: _Trial | None = None
    if ran is not None and ran.by_trial and _to_prove(ran.model0, ran.model_end, ran.run.checksums_before):
        trial = _trial(target, ran)
        if trial.problems and not options.allow_irreversible:
            raise _not_reversible(m, trial.problems)  # the trial was rolled back: nothing was applied
        ran = _run_migration(target, m, options, statements, segmented, later, False)
        if ran is not None and not trial.holds_for(ran):  # changed in between, or not the same run: prove in place
            trial = None
            conn.rollback()
            ran = _run_migration(target, m, options, statements, segmented, later, options.prove)
    if ran is None:
        return MigrationOutcome(id=m.id, file=str(m.path), status="already-applied")
    model0, model_end, run, warnings, plan = ran.model0, ran.model_end, ran.run, ran.warnings, ran.plan
    segmented_commit = segmented and ran.committed_any
    checks, merge, script = (trial.checks, trial.merge, trial.script) if trial else _reverse(target, ran)
    reversible = not ran.lost_large_objects
    if options.prove:
        problems = trial.problems if trial else _prove(target, script.statements, model0, model_end, run)
        if problems:
            if not options.allow_irreversible:
                conn.rollback()
                if segmented_commit:
                    _compensate(target, model0, run, ran.committed_records)
                raise _not_reversible(m, problems)
            reversible = False
            warnings.append("irreversible: " + "; ".join(problems[:8]))
    captures = trial.captures if trial else _capture_rows(target, ran, merge)
    info: dict[str, Any] = {
        "file": str(m.path),
        "phase": m.phase,
        "statements": len(statements),
        "segmented": segmented,
        "captures": captures,
        "checks": checks,
        "checksums_before": trial.checksums_before if trial else run.checksums_before,
        "reverse": script.statements,
        "rebuilt": script.rebuilt,
        "counted": script.counted,
        "warnings": warnings,
        "plan": [p.to_dict() for p in plan],
        "seconds": round(time.perf_counter() - started, 4),
        "column_checks": trial.column_checks if trial else column_checks(d, conn, model_end, model0),
        **commit,
    }
    pid = journal.add_point(
        migration=m.id, kind="migration", checksum=m.checksum, model_before=model0, model_after=model_end,
        reverse_sql=script.text(f"-- reverse of migration {m.id} ({m.path.name})\n"), reversible=reversible, info=info,
    )
    for rec in run.records:
        journal.add_capture(pid, Capture(rec.table, rec.capture, rec.kind, rec.rows, checks.get(rec.table)))
    journal.event("apply", migration=m.id, point_id=pid, detail={"seconds": info["seconds"], "captures": len(run.records)})
    conn.commit()
    return MigrationOutcome(
        id=m.id, file=str(m.path), status="adopted+applied" if ran.adopted else "applied",
        seconds=time.perf_counter() - started, statements=len(statements), point_id=pid, reversible=reversible,
        captures=captures, warnings=warnings,
    )


def _run_statement(target: Target, m: Migration, stmt: Statement, resolver: NameResolver, run: CaptureRun,
                   rest: list[str] | None = None) -> StatementPlan:
    """Capture what the statement would destroy with the cheapest faithful strategy, then run it.
    `rest`: the migration's statements after it (None: not known, as for closing statements)."""
    d, conn = target.dialect, target.conn
    an = _with_later_objects(analyze(stmt.text, run.model0, resolver, d.name), stmt, run, resolver, d.name)
    run.note_statement(an.ddl or an.probe)
    destroyed: set[str] = set()
    written: set[str] = set()
    before = after = run.model0
    quarantine_cols = an.quarantine_columns if d.quarantine else None
    if an.probe or quarantine_cols or (an.quarantine_tables and d.quarantine):
        try:
            destroyed, written, before, after = _guard(lambda: probe(d, conn, stmt, run.model0, run), stmt, m)
        except MigrationFailed as exc:
            _name_triggers(exc, an, run.model0, set())
            raise
    if d.quarantine and an.quarantine_tables and all(run.quarantinable(t, before) for t in an.quarantine_tables):
        run.quarantine_tables(an.quarantine_tables, before)
        return StatementPlan(stmt.start_line, stmt.text, an.quarantine_tables, False, "quarantine: tables set aside")
    if quarantine_cols and not run.whole(quarantine_cols[0]):
        table, cols = quarantine_cols
        present = [c for c in cols if (t := before.tables.get(table)) is not None and t.column(c) is not None]
        if present and run.columns_quarantinable(table, present, before):
            run.quarantine_columns(table, present, objects_dropped_with(table, before, after))
            if an.rest:  # the statement's other actions (ADD COLUMN, ...), on the table as it is now
                run.schema_written = True
                _execute(target, m, replace(stmt, text=an.rest))
            return StatementPlan(stmt.start_line, stmt.text, [table], False, "quarantine: columns set aside")
    renamed = an.rename_column[0] if an.rename_column and not run.whole(an.rename_column[0]) else (
        an.rename_table[0] if an.rename_table and rest is not None and not run.recorded(an.rename_table[0])
        and renamed_alone(an.rename_table, rest, run.model0, resolver, d.name) else None)
    if renamed is not None and d.records_renames:  # nothing destroyed: recorded, renamed back by the reverse
        with _capturing(m, stmt):
            run.before_rename(renamed)
        _execute(target, m, stmt)
        if an.rename_column:
            run.renamed(*an.rename_column)
        elif an.rename_table:
            run.renamed_table(*an.rename_table)
        return StatementPlan(stmt.start_line, stmt.text, [renamed], False, "rename: renamed back by the reverse, nothing copied")
    row_tables: set[str] = set()
    before_sql: list[str] = []
    after_sql: list[str] = []
    with _capturing(m, stmt):
        if d.row_capture and an.rows:
            row_tables = {t for t in an.capture | written if run.row_key(t)} - destroyed
            if row_tables:
                fallback, before_sql, after_sql = d.rows_guard(conn, stmt.text, run.model0, row_tables)
                row_tables -= fallback | {t for t in an.truncated if not run.empties_row_by_row(t)}
        copy_tables = (an.capture | destroyed | written) - row_tables
        run.copy(copy_tables)
        update = update_set(stmt.text) if row_tables else None
        updated = resolver.resolve_relation(update.target) if update else None
        install, remove, replayed = run.rows_triggers(row_tables, (updated, update) if updated and update else None)
        for sql in [*before_sql, *install]:
            conn.execute(sql)
        run.rows_emptied(an.truncated & row_tables)
    if _SESSION_SETTING.match(code_only(stmt.text)):
        # the tool's own reads would run under the migration's settings from here on (a 1 ms
        # statement_timeout, a role): the schema is read at the end instead, once they are reset
        run.schema_written = True
    try:
        run.execute_watched(lambda: _execute(target, m, stmt))
    except MigrationFailed as exc:
        _settle_session(conn, after_sql)
        _name_triggers(exc, an, run.model0, written)
        raise
    with _capturing(m, stmt):
        for sql in [*remove, *after_sql]:
            conn.execute(sql)
    if an.reason == "savepoint":
        run.track_savepoint(stmt.text)
    captured = sorted(copy_tables | row_tables)
    rows = "rows (old images; the SET list replayed)" if replayed else "rows"
    strategy = ", ".join(s for s, on in (("copy", copy_tables), (rows, row_tables)) if on)
    return StatementPlan(stmt.start_line, stmt.text, captured, an.probe, f"{an.reason}" + (f" [{strategy}]" if strategy else ""))


def _name_triggers(exc: MigrationFailed, an: Analysis, model: SchemaModel, written: set[str]) -> None:
    """A row change that failed: its hint names the triggers of the tables it writes. A trigger body
    that fails (atuin's FTS5 delete trigger, '5 values for 6 columns') reports its error as the
    statement's, which names neither the trigger nor its table."""
    on: dict[str, list[str]] = {}
    for o in model.objects_of("trigger"):
        if an.rows and o.table is not None and o.table in an.capture | written:
            on.setdefault(o.table, []).append(o.name.removeprefix(f"{o.table}."))  # PostgreSQL: schema.table.name
    if on:
        exc.hint = f"{exc.hint}; " + "; ".join(f"{table} has trigger{'s' if len(names) > 1 else ''} {', '.join(sorted(names))}"
                     for table, names in sorted(on.items())) + ": the error may come from one of them"


def _with_later_objects(an: Analysis, stmt: Statement, run: CaptureRun, resolver: NameResolver, dialect: str) -> Analysis:
    """Row changes analysed against the schema as it is now, too: a trigger or a cascading foreign
    key created earlier in the same migration (or a SQLite TEMP trigger) writes tables the schema
    at its start does not tie to the statement's targets (a purge that a new trigger turns into
    tombstones). The tables it adds are those that existed before the migration; the others are
    new and go with the reverse."""
    now = run.schema_now() if an.rows else None
    if now is None:
        return an
    later = analyze(stmt.text, now, NameResolver(now, dialect, resolver.search_path), dialect)
    extra = {t for t in later.capture if t in run.model0.tables and t in now.tables} - an.capture
    if not extra and an.probe >= later.probe:
        return an
    return replace(an, capture=an.capture | extra, probe=an.probe or later.probe,
                   reason=later.reason if later.probe and not an.probe else an.reason)


def _settle_session(conn: Connection, sql: list[str]) -> None:
    """After a failed statement: put session settings back where the engine kept the transaction
    open (SQLite PRAGMAs outlive it); where it aborted it (PostgreSQL), they went with it."""
    for text in sql:
        try:
            conn.execute(text)
        except Exception as exc:
            if not is_database_error(exc):
                raise
            return


def _adopt_base(target: Target, model0: SchemaModel) -> bool:
    """Record the `base` point the first time the tool meets a database (adopting what is there)."""
    journal = target.journal
    if any(p.kind == "base" for p in journal.points()):
        return False
    journal.add_point(
        migration="base", kind="base", checksum=None, model_before=None, model_after=model0,
        reverse_sql="", reversible=True, info={"adopted_objects": len(model0.tables) + len(model0.objects)},
    )
    journal.event("adopt", migration="base", detail={"tables": len(model0.tables), "objects": len(model0.objects)})
    return bool(model0.tables or model0.objects)


def _compensate(target: Target, model0: SchemaModel, run: CaptureRun, committed: int) -> None:
    """Undo the committed segments of a failed non-transactional migration. Only the first
    `committed` captures were taken in them: the rolled-back segment took its own with it."""
    d, conn = target.dialect, target.conn
    del run.records[committed:]
    conn.begin()
    now = d.introspect(conn)
    script = build_reverse(target, now, model0, run.records, [])
    for sql in script.statements:
        conn.execute(sql)
    for rec in run.records:  # no point refers to them: the migration is not recorded
        for sql in d.drop_capture_sql(rec):
            conn.execute(sql)
    conn.commit()


def _conflict_checks(target: Target, model_end: SchemaModel, model0: SchemaModel, records: list[CaptureRecord]) -> dict[str, str]:
    """Checksums, at the point, of the tables a rollback would overwrite or drop as a whole: it
    compares them before changing anything (row captures are checked row by row instead)."""
    whole = {r.table for r in records if r.kind in ("copy", "quarantine-table")}
    tables = {t for t in whole if t in model_end.tables}
    tables |= {t for t in model_end.tables if t not in model0.tables} - renamed_tables(records)
    d, conn = target.dialect, target.conn
    return {t: d.table_checksum(conn, model_end.tables[t]) for t in sorted(tables) if not d.derived_table(model_end.tables[t])}


def merge_safe(
    target: Target, model_end: SchemaModel, model0: SchemaModel, records: list[CaptureRecord], checks: dict[str, str]
) -> dict[str, dict[str, list[str]]]:
    """The copy captures whose rows the migration changed only by removing columns: capture name ->
    {"key": the table's row key at the end, "columns": the columns it kept}. The table exists at the
    end with a row key and without a row capture in this migration, each of its columns is in the
    capture with the same type, and the capture projected onto them has the table's checksum
    (compared in the database). A rollback restores these row by row, keeping rows written since
    (engine/rollback.py); `checks` (_conflict_checks) holds the table's checksum at the end, and
    stays for callers that do not merge."""
    d, conn = target.dialect, target.conn
    out: dict[str, dict[str, list[str]]] = {}
    row_captured = {r.table for r in records if r.kind == "rows"}  # restored after the copy, unguarded
    for r in records:
        end, start = model_end.tables.get(r.table), model0.tables.get(r.table)
        key = model_end.row_key(r.table) if end is not None else None
        if r.kind != "copy" or end is None or start is None or not key or r.table in row_captured:
            continue
        was = {c.name: c.type for c in start.columns if c.name in r.columns}
        if any(was.get(c.name) != c.type for c in end.columns):
            continue
        projected = d.merge_checksum(conn, model_end, r.table, r.capture, end.column_names)
        if projected is not None and projected == checks.get(r.table):
            out[r.capture] = {"key": key, "columns": end.column_names}
    return out


def _guard(fn: Callable[[], T], stmt: Statement, m: Migration) -> T:
    try:
        return fn()
    except RollbackError:
        raise
    except Exception as exc:
        if is_database_error(exc):
            raise _failed(m, stmt, exc) from None
        raise


@contextmanager
def _capturing(m: Migration, stmt: Statement) -> Iterator[None]:
    """The tool's own statements around one of the migration's (capture tables, triggers, session
    settings): a database error there fails the migration naming that statement, not as a bug."""
    try:
        yield
    except RollbackError:
        raise
    except Exception as exc:
        if not is_database_error(exc):
            raise
        raise MigrationFailed(
            f"{m.path}:{stmt.start_line}: capturing what this statement changes failed: {database_message(exc)}",
            hint=f"migration {m.id} was not applied; the database and the journal are unchanged. The capture runs "
            "in the migration's session, with the role and settings its earlier statements SET",
            details={"file": str(m.path), "line": stmt.start_line, "migration": m.id},
        ) from None


def _execute(target: Target, m: Migration, stmt: Statement) -> None:
    try:
        target.conn.execute(stmt.text)
    except Exception as exc:
        if is_database_error(exc):
            raise _failed(m, stmt, exc) from None
        raise


def _failed(m: Migration, stmt: Statement, exc: BaseException) -> MigrationFailed:
    line = statement_line(exc, stmt.start_line, stmt.text)
    return MigrationFailed(
        f"{m.path}:{line}: {database_message(exc)}",
        hint=f"migration {m.id} was not applied; the database and the journal are unchanged. Statement: {_shorten(stmt.text, 120)}"
        + missing_hint(stmt.text),
        details={"file": str(m.path), "line": line, "migration": m.id},
    )


def _prove(target: Target, statements: list[str], model0: SchemaModel, model_end: SchemaModel, run: CaptureRun,
           in_savepoint: bool = True) -> list[str]:
    """Run the reverse and compare with the state before: inside a savepoint that is always rolled
    back, or (`in_savepoint` False, a proof by trial) in the transaction, which the caller rolls back
    as a whole. The data part covers the captured tables up to capture.PROVE_DATA_ROWS rows each."""
    d, conn = target.dialect, target.conn
    data = run.checksums_before
    if not _to_prove(model0, model_end, data):
        return []
    if not in_savepoint:
        return _run_reverse(target, statements, model0, data)[0]
    before = d.sequence_positions(conn)  # the reverse's setval outlives the savepoint
    with conn.savepoint("rollback_prove"):
        problems, trial = _run_reverse(target, statements, model0, data)
    if trial is None:  # once the savepoint is rolled back (an aborted one takes no statement): settings that outlive it
        d.reset_session(conn)
    for sql in d.sequence_catch_up_sql(before, trial):
        conn.execute(sql)
    return problems


def _run_reverse(target: Target, statements: list[str], model0: SchemaModel,
                 data: dict[str, str]) -> tuple[list[str], dict[str, Any] | None]:
    """Run the reverse and compare the schema and the `data` checksums with the state before: the
    differences, and the sequence positions it left (None when a statement failed)."""
    d, conn = target.dialect, target.conn
    problems: list[str] = []
    try:
        for sql in statements:
            conn.execute(sql)
    except Exception as exc:
        if not is_database_error(exc):
            raise
        return [f"reverse statement failed: {database_message(exc)} in: {_shorten(sql, 200)}"], None
    trial = d.sequence_positions(conn)
    d.reset_session(conn)
    back = d.introspect(conn)
    if back.fingerprint() != model0.fingerprint():
        problems.extend(back.diff(model0) or ["schema fingerprint differs"])
    for table, checksum in data.items():
        if table in back.tables and d.table_checksum(conn, model0.tables[table], like=checksum) != checksum:
            problems.append(f"data of {table} differs after the reverse")
    return problems, trial
