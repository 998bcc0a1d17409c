"""Engines without transactional DDL (MySQL, MariaDB): a migration runs as a journal of steps.

Before each statement the journal holds the point (kind 'running'), the model before the
migration and every capture taken so far, committed. If the process dies at any step boundary, the
next `rollback apply` or `rollback to` reverts the interrupted migration: the reverse is computed
from the live schema to the recorded one, with the captures, so a recovery that is itself
interrupted just runs again. A rollback works the same way, point by point, recomputed from the live
schema: running `rollback to` again after a crash finishes it.

ROLLBACK_FAULT_AFTER_STEP=N makes the process exit abruptly (as kill -9 would) after N steps; the
tests use it to crash at every step boundary.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from ..dialects import mysql_capture as mc
from ..dialects.base import Statement
from ..errors import MigrationFailed, Refused
from ..journal.store import Capture, Point
from ..model.migration import Migration
from ..model.schema import FINGERPRINT_REV, SchemaModel
from .analyze import QNAME, Analysis, NameResolver, _write_closure, analyze, code_only, unquote
from .capture import PROVE_DATA_ROWS, CaptureRecord, CaptureRun
from .dynamic_sql import PreparedStatements
from .errors_map import database_message, is_database_error
from .reverse import build_reverse, unquarantine_sql
from .session import Target

if TYPE_CHECKING:
    from ..dialects.mysql import MySQLDialect

FAULT_ENV = "ROLLBACK_FAULT_AFTER_STEP"
_LOCK_TABLES = re.compile(r"^\s*(LOCK\s+TABLES?|UNLOCK\s+TABLES?)\b", re.I)


def _fault(step: int) -> None:
    limit = os.environ.get(FAULT_ENV)
    if limit is not None and limit.isdigit() and step >= int(limit):
        os._exit(137)


class _Boundaries:
    """Counts the step boundaries of a run (statements, and the sub-steps of a quarantine)."""

    def __init__(self) -> None:
        self.n = 0

    def __call__(self) -> None:
        self.n += 1
        _fault(self.n)


def _revert(target: Target, model_before: SchemaModel, records: list[CaptureRecord], sequence_sql: list[str],
            run_sql: Callable[[str], None], live: SchemaModel | None = None) -> None:
    """Take the live database back to `model_before`: quarantines still in place are put back
    first (for real: DDL cannot be tried here), then the reverse is planned from what that left.
    `live`: the live schema, when the caller has just read it."""
    d, conn = target.dialect, target.conn
    records = d.settle_quarantine(conn, records)
    if live is None:
        live = d.introspect(conn)
    moves = unquarantine_sql(target, live, records)
    for sql in moves:
        run_sql(sql)
    if moves:
        live = d.introspect(conn)
    rest = [r for r in records if not r.kind.startswith("quarantine")]
    for sql in build_reverse(target, live, model_before, rest, sequence_sql).statements:
        run_sql(sql)
    d.reset_session(conn)


def _rows_plan(target: Target, an: Analysis, stmt: Statement, run: CaptureRun, model_cur: SchemaModel,
               capture: set[str]) -> dict[str, list[str]]:
    """The tables of a DML statement to capture row by row, with the trigger events to install
    (MySQL/MariaDB; the rest is copied whole). Statements the analysis cannot explain: none."""
    from ..dialects.mysql import MySQLDialect

    if not isinstance(target.dialect, MySQLDialect) or not an.rows or an.probe or an.ddl:
        return {}
    plan = mc.capture_plan(run.model0, model_cur, capture, code_only(stmt.text, "mysql").strip())
    return {t: events for t, events in plan.items() if not run.whole(t)}


def _rows_install(target: Target, run: CaptureRun, plan: dict[str, list[str]], info: dict[str, Any],
                  boundary: Callable[[], None]) -> list[str]:
    """Create the capture tables and triggers for one statement, each DDL its own step; the
    journal knows each capture before it exists (recovery drops what a crash leaves). Returns the
    statements dropping the triggers."""
    d, conn = target.dialect, target.conn
    remove: list[str] = []
    for table, events in sorted(plan.items()):
        t, key = run.model0.tables[table], run.model0.row_key(table) or []
        rec = run.rows_record(table)
        if rec is None:
            rec = CaptureRecord(table, "rows", run._name(), t.column_names, key, layout=d.rows_layout)
            run.records.append(rec)
            _save_captures(target, run, info)
            boundary()  # recorded, nothing created yet
            for sql in d.rows_capture_create(t, rec.capture, key):
                conn.execute(sql)
                boundary()
        for sql in mc.triggers_sql(t, rec.capture, key, events):
            conn.execute(sql)
            boundary()
        remove += mc.drop_triggers_sql(rec.capture, events)
    return remove


def _save(target: Target, pid: int, info: dict[str, Any], **columns: Any) -> None:
    journal, conn = target.journal, target.conn
    sets = ", ".join(f"{k} = ?" for k in ("info", *columns))
    conn.execute(conn.q(f"UPDATE {journal.points_t} SET {sets} WHERE id = ?"), (json.dumps(info, default=str), *columns.values(), pid))


def _checksum_before(target: Target, run: CaptureRun, info: dict[str, Any], table: str, model: SchemaModel) -> None:
    """Before a quarantine moves a table or its columns: the table's checksum as the migration found
    it, for `rollback verify` after a rollback (RC204). Only when no earlier step of the migration
    captured the table (every write here is captured) and its columns are still the ones it had,
    and within the size the proof reads on the other dialects."""
    then, now = run.model0.tables.get(table), model.tables.get(table)
    if then is None or now is None or any(r.table == table for r in run.records):
        return
    if any(now.column(c.name) != c for c in then.columns):
        return
    if target.dialect.estimated_rows(target.conn, then) <= PROVE_DATA_ROWS:
        info.setdefault("checksums_before", {})[table] = target.dialect.table_checksum(target.conn, then)


def _save_captures(target: Target, run: CaptureRun, info: dict[str, Any]) -> None:
    """Record the run's captures in the point, before what they describe is created or moved."""
    info["captures"] = [r.to_dict() for r in run.records]
    _save(target, run.point_id, info)


def recover(target: Target, *, record: bool = True) -> list[str]:
    """Revert every migration a crash left half-applied. Returns what was done. `record`: write a
    `recovered` event for each; not when the migration is this run's own, whose statement failed
    (`_failed`): a failed migration leaves the journal as it was, as on the transactional dialects.

    Only a point still 'running' can have capture triggers in place, or row captures recorded but
    never created (apply_stepwise drops a statement's triggers before the next step, and marks the
    point a migration after the last): they are settled here, not in every rollback step."""
    d, conn, journal = target.dialect, target.conn, target.journal
    if not journal.exists():
        return []
    done: list[str] = []
    for p in [p for p in journal.points() if p.kind == "running"]:
        model0 = journal.model(p.id, "before")
        records = [CaptureRecord.from_dict(c) for c in p.info.get("captures", [])]
        _revert(target, model0, mc.settle_rows(conn, records), p.info.get("sequence_sql", []), conn.execute)
        back = d.introspect(conn)
        if back.fingerprint() != model0.fingerprint():
            raise Refused(
                f"could not revert the interrupted migration {p.migration}",
                hint="differences: " + "; ".join(back.diff(model0)[:8]),
            )
        for rec in records:
            if rec.kind in ("copy", "rows"):  # quarantines went back above
                for sql in d.drop_capture_sql(rec):
                    conn.execute(sql)
        conn.execute(conn.q(f"DELETE FROM {journal.points_t} WHERE id = ?"), (p.id,))
        if record:
            journal.event("recovered", migration=p.migration, point_id=p.id, detail={"reverted_steps": p.info.get("done", 0)})
        done.append(f"reverted the interrupted migration {p.migration} ({p.info.get('done', 0)} step(s) had run)")
    return done


def apply_stepwise(target: Target, m: Migration, statements: list[Statement], lock_timeout: float,
                   allow_irreversible: bool = False) -> dict[str, Any] | None:
    """Apply one migration step by step. Returns the point's summary, or None if already applied.
    `allow_irreversible`: run a statement whose effect cannot be known (nor captured) beforehand."""
    from .apply import _adopt_base, _conflict_checks, _name_triggers, _shorten

    d, conn, journal = target.dialect, target.conn, target.journal
    started = time.perf_counter()
    d.lock_session(conn, lock_timeout)
    journal.ensure()
    recover(target)
    if any(p.migration == m.id and p.kind == "migration" for p in journal.active()):
        return None
    d.reset_session(conn)
    model0 = d.introspect(conn)
    adopted = _adopt_base(target, model0)
    sequence_sql = d.sequence_state_sql(conn, model0)
    info: dict[str, Any] = {"file": str(m.path), "phase": m.phase, "statements": len(statements), "stepwise": True,
                            "sequence_sql": sequence_sql, "captures": [], "done": 0, "plan": [],
                            "fingerprint_rev": FINGERPRINT_REV}  # _save rewrites the whole info
    pid = journal.add_point(migration=m.id, kind="running", checksum=m.checksum, model_before=model0, model_after=model0,
                            reverse_sql="", reversible=False, info=info)
    conn.execute(conn.q(f"UPDATE {journal.points_t} SET active = ? WHERE id = ?"), (False, pid))
    run = CaptureRun(d, conn, model0, pid, False)
    # Nothing can be probed here, so statements are analysed against the live schema (re-read after
    # each DDL step: a procedure, a trigger or a cascading foreign key created earlier in this
    # migration counts); only tables that existed before the migration need capturing (run.copy).
    model_cur = model0
    temporary: set[str] = set()  # the session's TEMPORARY tables: they hide tables of their name
    resolver = NameResolver(model_cur, d.name, [])
    resolver.shadowed = temporary
    boundary = _Boundaries()
    prepared = PreparedStatements()
    for i, stmt in enumerate(statements):
        if passed_over := _passed_over(stmt, d.name):
            info["plan"].append({"line": stmt.start_line, "sql": _shorten(stmt.text), "capture": [], "reason": passed_over})
            info["done"] = i + 1
            _save(target, pid, info)
            continue
        prepared.track(conn, stmt)
        run_stmt = stmt
        if dynamic := prepared.resolve(conn, stmt):  # EXECUTE of a prepared text: analysed (and run) as that text
            stmt, run_stmt = dynamic
        run_code = code_only(run_stmt.text, d.name)  # the text as run, comments and literals blanked
        if elsewhere := _other_database_write(run_code, conn):
            what = (f"{m.path}:{stmt.start_line}: this statement writes {elsewhere}, a table of another database than "
                    "the target: nothing there is captured or rolled back")
            if not allow_irreversible:
                failed = MigrationFailed(what, details={"file": str(m.path), "line": stmt.start_line, "migration": m.id})
                _failed(target, m, i, failed)
                failed.hint = (f"{failed.hint}; apply that part to its database itself, or --allow-irreversible runs it "
                               "without capturing what it changes there")
                raise failed
            info.setdefault("warnings", []).append(f"{what}; it ran uncaptured (--allow-irreversible)")
            info["uncaptured"] = True
        an = analyze(stmt.text, model_cur, resolver, d.name)
        if run_stmt is not stmt:  # EXECUTE ... USING runs as written: nothing can replace it
            an.quarantine_tables, an.quarantine_columns = [], None
        try:
            quarantined = _quarantine(target, m, stmt, an, model_cur, run, info, boundary)
        except MigrationFailed as exc:
            _failed(target, m, i, exc)
            raise
        if quarantined:
            info["plan"].append({"line": stmt.start_line, "sql": _shorten(stmt.text), "capture": quarantined[0],
                                 "reason": quarantined[1]})
            info["done"] = i + 1
            _save(target, pid, info)
            model_cur = d.introspect(conn)
            resolver = NameResolver(model_cur, d.name, [])
            resolver.shadowed = temporary
            boundary()
            continue
        # No savepoints around DDL here, so nothing can be probed: what the statement and the
        # routines it calls name is captured instead.
        capture = set(an.capture)
        if an.probe:
            capture |= _unprobed(target, m, i, stmt, resolver, info, allow_irreversible)
        rows_plan = _rows_plan(target, an, stmt, run, model_cur, capture)
        copied = capture - set(rows_plan)
        try:
            run.copy(copied)
        except Exception as exc:
            if not is_database_error(exc):
                raise
            _save_captures(target, run, info)  # so that the revert drops them
            failed = MigrationFailed(f"{m.path}:{stmt.start_line}: could not capture {', '.join(sorted(copied))} before "
                                     f"this statement: {database_message(exc)}", details={"file": str(m.path), "line": stmt.start_line})
            _failed(target, m, i, failed)
            raise failed from None
        strategy = ", ".join(s for s, on in (("copy", copied & set(run.model0.tables)), ("rows", rows_plan)) if on)
        info["plan"].append({"line": stmt.start_line, "sql": _shorten(stmt.text), "capture": sorted(capture),
                             "reason": an.reason + (f" [{strategy}]" if strategy else "")})
        _save_captures(target, run, info)
        remove = _rows_install(target, run, rows_plan, info, boundary)
        run.rows_emptied(an.truncated & set(rows_plan), boundary)  # TRUNCATE fires no trigger: its rows are kept first
        if remove:
            conn.execute(mc.capturing_sql(True))
        try:
            if d.needs_autocommit(run_stmt):
                _run_user_statement(target, m, run_stmt)
            else:
                conn.begin()
                _run_user_statement(target, m, run_stmt)
                info["done"] = i + 1
                _save(target, pid, info)
                conn.commit()
        except MigrationFailed as exc:
            conn.execute(mc.capturing_sql(False))
            _name_triggers(exc, an, model_cur, set(capture))
            _failed(target, m, i, exc)
            raise
        if remove:
            conn.execute(mc.capturing_sql(False))
        info["done"] = i + 1
        _save(target, pid, info)
        for sql in remove:  # committed with the statement: the capture stops here
            boundary()
            conn.execute(sql)
        _track_temporary(run_code, temporary)
        if d.needs_autocommit(stmt) or d.needs_autocommit(run_stmt):
            model_cur = d.introspect(conn)
            resolver = NameResolver(model_cur, d.name, [])
            resolver.shadowed = temporary
        boundary()
    run.finish()
    model_end = d.introspect(conn)
    # a rollback recomputes the reverse from the live schema, with these (not the start's sequence_sql,
    # which a crashed apply's revert uses: nobody can have drawn from the sequences in between)
    sequence_reverse = d.sequence_reverse_sql(conn, sequence_sql)
    script = build_reverse(target, model_end, model0, run.records, sequence_reverse)
    checks = _conflict_checks(target, model_end, model0, run.records)
    captures = [{**r.to_dict(), "bytes": d.relation_bytes(conn, r)} for r in run.records]
    info.update({"captures": captures, "checks": checks, "reverse": script.statements, "rebuilt": script.rebuilt,
                 "sequence_reverse_sql": sequence_reverse,
                 "seconds": round(time.perf_counter() - started, 4), "warnings": info.get("warnings", [])})
    _save(target, pid, info, kind="migration", active=True, reversible=not info.get("uncaptured"),
          fingerprint_after=model_end.fingerprint(), model_after=model_end.to_json(),
          reverse_sql=script.text(f"-- reverse of migration {m.id} ({m.path.name})\n"))
    for rec in run.records:
        journal.add_capture(pid, Capture(rec.table, rec.capture, rec.kind, rec.rows, checks.get(rec.table)))
    journal.event("apply", migration=m.id, point_id=pid, detail={"seconds": info["seconds"], "captures": len(run.records)})
    return {"point_id": pid, "adopted": adopted, "captures": captures, "seconds": time.perf_counter() - started,
            "warnings": info["warnings"]}


_CREATE_TEMPORARY = re.compile(r"^\s*CREATE\s+(?:OR\s+REPLACE\s+)?TEMPORARY\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(`[^`]+`|[\w$]+)\s*(?![.\w])", re.I)
_DROP_TABLES = re.compile(r"^\s*DROP\s+(?:TEMPORARY\s+)?TABLES?\s+(?:IF\s+EXISTS\s+)?(.+?)\s*(?:RESTRICT|CASCADE)?\s*$", re.I | re.S)


_MODIFIERS = r"(?:(?:LOW_PRIORITY|DELAYED|HIGH_PRIORITY|QUICK|IGNORE)\s+)*"
_WRITTEN = [re.compile(p, re.I | re.S) for p in (
    rf"^\s*(?:INSERT|REPLACE)\s+{_MODIFIERS}(?:INTO\s+)?({QNAME})",
    rf"^\s*UPDATE\s+{_MODIFIERS}({QNAME})",
    rf"^\s*DELETE\s+{_MODIFIERS}FROM\s+({QNAME})",
    rf"^\s*(?:TRUNCATE|ALTER|DROP|CREATE(?:\s+OR\s+REPLACE)?)\s+(?:TEMPORARY\s+)?TABLE\s+(?:IF\s+(?:NOT\s+)?EXISTS\s+)?({QNAME})",
    rf"^\s*RENAME\s+TABLES?\s+({QNAME})",
)]
_RENAMED_TO = re.compile(rf"\b(?:TO|AS)\s+({QNAME})", re.I)
_RENAMING = re.compile(r"^\s*(?:RENAME\s+TABLES?|ALTER\s+TABLE)\b", re.I)


def _other_database_write(code: str, conn: Any) -> str | None:
    """MySQL: the `db.table` a statement writes (INSERT/REPLACE/UPDATE/DELETE target, a table it
    creates, alters, drops, truncates or renames, or renames to) when `db` is not the target's
    database: its rows are out of the tool's reach (`RENAME TABLE logs TO archive.logs`)."""
    database = getattr(conn, "database", None)
    if not database:
        return None
    found = [m.group(1) for p in _WRITTEN if (m := p.search(code))]
    if _RENAMING.match(code):  # RENAME TABLE a TO b, c TO d; ALTER TABLE a RENAME TO b
        found += [m.group(1) for m in _RENAMED_TO.finditer(code)]
    for name in found:
        parts = [unquote(p) for p in re.split(r"\s*\.\s*", name.strip(), maxsplit=1)]
        if len(parts) == 2 and parts[0].lower() != str(database).lower():
            return ".".join(parts)
    return None


def _track_temporary(code: str, temporary: set[str]) -> None:
    """The session's TEMPORARY tables after a statement ran: `CREATE TEMPORARY TABLE t` adds t, a
    `DROP [TEMPORARY] TABLE` of t drops that one (the temporary table goes first) and so removes it.
    While one exists, its name means it, not the model's table: DML on it is not captured and a
    `DROP TABLE` of it sets nothing aside."""
    if m := _CREATE_TEMPORARY.match(code):
        temporary.add(m.group(1).strip("`").lower())
    elif m := _DROP_TABLES.match(code):
        for name in m.group(1).split(","):
            temporary.discard(name.strip().strip("`").lower())


def _unprobed(target: Target, m: Migration, i: int, stmt: Statement, resolver: NameResolver, info: dict[str, Any],
              allow_irreversible: bool) -> set[str]:
    """What a statement the analysis cannot explain may write, where it cannot be probed (no
    savepoints around DDL): the tables it and the routines it calls name, and those named in string
    literals where it runs dynamic SQL. Dynamic SQL on tables only known at run time is refused
    before it runs (or, when allowed, run uncaptured with a warning)."""
    code = code_only(stmt.text, target.dialect.name)
    via, bodies = resolver.walk(code)
    dynamic = resolver.dynamic_targets(stmt.text, bodies)
    if dynamic is not None and not dynamic:
        what = (f"{m.path}:{stmt.start_line}: this statement runs dynamic SQL (PREPARE/EXECUTE) on tables that are only "
                "known when it runs, so what it changes cannot be captured beforehand")
        if not allow_irreversible:
            failed = MigrationFailed(what, details={"file": str(m.path), "line": stmt.start_line, "migration": m.id})
            _failed(target, m, i, failed)
            failed.hint = f"{failed.hint}; --allow-irreversible runs it without capturing what it changes"
            raise failed
        info.setdefault("warnings", []).append(f"{what}; it ran uncaptured (--allow-irreversible)")
        info["uncaptured"] = True  # saved with the step: the point is irreversible, also after a resume
    # what they write, the triggers and foreign-key actions of those tables write too
    return _write_closure(resolver.mentioned(code) | via | (dynamic or set()), resolver.model, False)


def _run_user_statement(target: Target, m: Migration, stmt: Statement) -> None:
    """A migration's own statement, under the session time zone the migration expects (the tool's
    own work runs in UTC)."""
    from ..dialects.mysql import MySQLConnection  # here: only MySQL sessions load the driver
    from .apply import _failed as failed_statement

    conn = target.conn
    switched = None
    try:
        if isinstance(conn, MySQLConnection):
            switched = conn.run_as_user(stmt.text)
        else:
            conn.execute(stmt.text)
    except Exception as exc:
        if is_database_error(exc):
            raise failed_statement(m, stmt, exc) from None
        raise
    if switched is not None:
        raise MigrationFailed(
            f"{m.path}:{stmt.start_line}: USE {switched} would run the statements after it in another database "
            f"than the target ({conn.database if isinstance(conn, MySQLConnection) else '?'}), where nothing is "
            f"captured or rolled back; remove the USE, or apply the migration to {switched} itself",
            details={"file": str(m.path), "line": stmt.start_line},
        )


def _passed_over(stmt: Statement, dialect: str) -> str | None:
    """Why a statement is not run, or None to run it. LOCK/UNLOCK TABLES: the run lock already keeps
    other runs out, and under LOCK TABLES the journal and the captures could not be written. (A
    `USE` runs: of the target it changes nothing; of another database it is refused once it ran,
    see MySQLConnection.run_as_user.)"""
    if _LOCK_TABLES.match(code_only(stmt.text, dialect)):
        return "LOCK/UNLOCK TABLES passed over: the tool holds its own lock"
    return None


def _failed(target: Target, m: Migration, i: int, exc: MigrationFailed) -> None:
    """A statement failed: revert what ran before it, and say so."""
    if target.conn.in_transaction:
        target.conn.rollback()
    recover(target, record=False)  # apply_stepwise recovered any earlier crash's migration: this run's alone
    said = exc.hint.split(". Statement: ", 1) if exc.hint else []  # apply._failed's: the statement, and why
    exc.hint = (f"migration {m.id} was not applied: the {i} statement(s) before this one were reverted, "
                "the database and the journal are as they were" + (f". Statement: {said[1]}" if len(said) > 1 else ""))


def _quarantine(target: Target, m: Migration, stmt: Statement, an: Analysis, model: SchemaModel, run: CaptureRun,
                info: dict[str, Any], boundary: Callable[[], None]) -> tuple[list[str], str] | None:
    """Run a DROP TABLE / DROP COLUMN as a quarantine (O(1)) where the dialect can; returns the tables
    and the reason, or None if the statement must run as written (behind a whole-table copy). The
    record is saved before anything moves: a crash in between leaves a record of something still in
    place, which `settle_quarantine` leaves out."""
    from ..dialects.mysql import MySQLDialect

    d = target.dialect
    if not isinstance(d, MySQLDialect):
        return None
    tables = an.quarantine_tables
    if tables and all(t in run.model0.tables and t in model.tables and not run.whole(t) for t in tables):
        return _quarantine_tables(target, d, m, stmt, tables, model, run, info, boundary)
    if an.quarantine_columns and an.quarantine_columns[0] in run.model0.tables and not run.whole(an.quarantine_columns[0]):
        return _quarantine_columns(target, d, m, stmt, *an.quarantine_columns, model, run, info, boundary)
    return None


def _quarantine_tables(target: Target, d: MySQLDialect, m: Migration, stmt: Statement, tables: list[str],
                       model: SchemaModel, run: CaptureRun, info: dict[str, Any],
                       boundary: Callable[[], None]) -> tuple[list[str], str] | None:
    from .apply import _execute

    conn = target.conn
    tplan = d.quarantine_tables_plan(model, tables, run.point_id)
    if tplan is None:
        return None
    statements, where = tplan
    for t in tables:
        _checksum_before(target, run, info, t, model)
    for t in tables:
        rows = d.estimated_rows(conn, model.tables[t])
        run.records.append(CaptureRecord(t, "quarantine-table", where[t], run.model0.tables[t].column_names,
                                         run.model0.row_key(t), rows))
    _save_captures(target, run, info)
    for sql in statements:
        boundary()  # recorded, not yet moved; then between the sub-steps
        _execute(target, m, Statement(sql, stmt.start_line, stmt.end_line))
    return sorted(tables), "quarantine: tables set aside"


def _quarantine_columns(target: Target, d: MySQLDialect, m: Migration, stmt: Statement, table: str, cols: list[str],
                        model: SchemaModel, run: CaptureRun, info: dict[str, Any],
                        boundary: Callable[[], None]) -> tuple[list[str], str] | None:
    """DROP COLUMN as a quarantine; the table's first in the migration also adds its marker (see
    mysql_quarantine), recorded with it before anything moves."""
    conn = target.conn
    cplan = d.quarantine_columns_plan(conn, model, table, cols, run.point_id)
    if cplan is None:
        return None
    sql, hidden = cplan
    _checksum_before(target, run, info, table, model)
    earlier = next((r for r in run.records if r.kind == "quarantine-columns" and r.table == table), None)
    marker_steps, marker = (None, earlier.marker) if earlier else d.quarantine_marker_sql(table, run.point_id)
    rows = d.estimated_rows(conn, model.tables[table])
    rec = CaptureRecord(table, "quarantine-columns", table, run.model0.tables[table].column_names, None, rows, hidden,
                        marker=marker)
    run.records.append(rec)
    _save_captures(target, run, info)
    refused = _hide_columns(target, m, stmt, model, table, sql, marker_steps, boundary)
    run.hidden_columns.setdefault(table, {}).update(hidden)
    if refused is not None:
        _no_marker(target, run, rec, info, refused)
    return [table], "quarantine: columns set aside"


def _hide_columns(target: Target, m: Migration, stmt: Statement, model: SchemaModel, table: str, sql: str,
                  marker_steps: tuple[str, str] | None, boundary: Callable[[], None]) -> str | None:
    """The quarantine ALTER of a DROP COLUMN, then (the table's first in the migration) its marker
    added and switched to 1 for the rows to come, each its own step, under LOCK TABLES so that no
    other session inserts a row in between. Returns why the marker could not be added INSTANT,
    else None (added, or none was asked for)."""
    from .apply import _execute

    def step(sql: str) -> Statement:
        return Statement(sql, stmt.start_line, stmt.end_line)

    boundary()  # recorded, not yet moved
    with _table_locked(target, table):
        _execute(target, m, step(sql))
        if marker_steps is None:
            return None
        add, set_default = marker_steps
        boundary()
        refused = _instant(target, m, step(add), model, table)
        if refused is not None:
            return refused
        boundary()
        _execute(target, m, step(set_default))
    return None


@contextlib.contextmanager
def _table_locked(target: Target, table: str) -> Iterator[None]:
    """LOCK TABLES table WRITE for the statements inside (nothing else in the session can be used
    meanwhile); without it if the server refuses the lock (a trigger naming a missing table, ...)."""
    conn = target.conn
    locked = True
    try:
        conn.execute(f"LOCK TABLES {target.dialect.quote(table)} WRITE")
    except Exception as exc:
        if not is_database_error(exc):
            raise
        locked = False
    try:
        yield
    finally:
        if locked:
            conn.execute("UNLOCK TABLES")


def _instant(target: Target, m: Migration, stmt: Statement, model: SchemaModel, table: str) -> str | None:
    """Run an ALGORITHM=INSTANT statement on table; why not, if the server cannot do it that way."""
    from ..dialects.mysql_quarantine import instant_obstacle, instant_refused
    from .apply import _failed as failed_statement

    try:
        target.conn.execute(stmt.text)
    except Exception as exc:
        if instant_refused(exc):
            return instant_obstacle(model, table, exc)
        if is_database_error(exc):
            raise failed_statement(m, stmt, exc) from None
        raise
    return None


def _no_marker(target: Target, run: CaptureRun, rec: CaptureRecord, info: dict[str, Any], reason: str) -> None:
    """The server could not add the marker INSTANT: the quarantine stays without one, and says so,
    with the reason (a FULLTEXT index, ROW_FORMAT=COMPRESSED, else the server's message: MySQL's
    limit of instant changes, ...)."""
    rec.marker = None
    info.setdefault("warnings", []).append(
        f"{rec.table}: the server cannot add a column INSTANT here ({reason}), so rows inserted after the "
        f"DROP COLUMN of {', '.join(rec.hidden)} are not marked: a "
        "rollback does not count them, and gives them the type's zero value in a NOT NULL column without a default")
    _save_captures(target, run, info)


def _check(found: list[dict[str, Any]], stopped_at: str | None, on_conflict: str) -> None:
    # keep-current keeps rows changed since in row-captured tables (their keys are left out of
    # the restore just before their point's step); a table copied whole has no such choice
    from .rollback import KEEP_CURRENT_COVERS_STEPWISE, refuse_conflicts

    where = f"stopped before {stopped_at}, the newer points are rolled back" if stopped_at else "nothing was changed"
    refuse_conflicts(found, on_conflict, state=where, covers=KEEP_CURRENT_COVERS_STEPWISE)


def _up_front(target: Target, steps: list[Point],
              on_conflict: str) -> tuple[list[dict[str, Any]], dict[int, list[dict[str, Any]]]]:
    """Before anything changes, in every table no newer step of this rollback restores: the rows
    changed since (refused as on_conflict says) and the rows inserted since a quarantine of columns
    (refused when a restored NOT NULL column cannot take them). Returns (conflicts, filled per point).
    Two passes: the conflicts of every point are refused before the rows inserted since are."""
    from .rollback import find_conflicts, inserted_since, nulls_since, refuse_unique_clashes, touched_tables

    conflicts: list[dict[str, Any]] = []
    filled: dict[int, list[dict[str, Any]]] = {}
    later: set[str] = set()
    for p in steps:
        if not p.info.get("rolling_back"):
            conflicts += find_conflicts(target, p, skip=later)
        later |= touched_tables(p)
    _check(conflicts, None, on_conflict)
    later = set()
    for p in steps:
        filled[p.id] = p.info.get("filled", []) if p.info.get("rolling_back") else inserted_since(
            target, p, "nothing was changed", skip=later)
        if not p.info.get("rolling_back"):
            nulls_since(target, p, "nothing was changed", skip=later)
            refuse_unique_clashes(target, p, on_conflict, "nothing was changed", skip=later)
        later |= touched_tables(p)
    return conflicts, filled


def rollback_stepwise(
    target: Target, steps: list[Point], on_conflict: str, live: SchemaModel | None = None,
    checked: Callable[[], None] | None = None,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], str | None]:
    """Revert `steps` (newest first) one point at a time, each recomputed from the live schema.
    Conflicts, and rows inserted since a quarantine of columns, are checked for all points before
    anything changes, except points a crashed rollback had started (their tables are half-restored
    by design), and again just before a step in the tables newer steps restored. `live`: the live
    schema, when the caller has just read it; `checked`: called once those checks passed, before
    anything changes (it may refuse too). Returns the conflicts, the rows inserted since that
    restored columns fill with NULL or their default, and the fingerprint the last step left (None
    without steps)."""
    from .rollback import _forget_conflicts as forget_conflicts
    from .rollback import (
        find_conflicts,
        inserted_since,
        nulls_since,
        refuse_unique_clashes,
        run_reverse_statement,
        touched_tables,
    )

    d, conn, journal = target.dialect, target.conn, target.journal
    conflicts, filled = _up_front(target, steps, on_conflict)
    if checked is not None:
        checked()
    boundary = _Boundaries()
    newer: set[str] = set()
    fingerprint: str | None = None
    for p in steps:
        if not p.info.get("rolling_back") and touched_tables(p) & newer:
            found = find_conflicts(target, p, only=newer)
            _check(found, p.migration, on_conflict)
            conflicts += found
            filled[p.id] += inserted_since(target, p, f"stopped before {p.migration}, the newer points are rolled back",
                                           only=newer)
            nulls_since(target, p, f"stopped before {p.migration}, the newer points are rolled back", only=newer)
            refuse_unique_clashes(target, p, on_conflict, f"stopped before {p.migration}, the newer points are rolled back",
                                  only=newer)
        newer |= touched_tables(p)
        if on_conflict == "keep-current" and not p.info.get("rolling_back"):
            forget_conflicts(target, p)  # before the step is marked: a crash here just checks again
        info = dict(p.info)
        info["rolling_back"] = True
        info["filled"] = filled[p.id]  # a resumed run reports them too
        _save(target, p.id, info)
        model_before = journal.model(p.id, "before")
        records = [CaptureRecord.from_dict(c) for c in info.get("captures", [])]

        def run_one(sql: str, p: Point = p) -> None:
            run_reverse_statement(target, p, sql, "run the same `rollback to` again to resume")
            boundary()

        _revert(target, model_before, records, info.get("sequence_reverse_sql", info.get("sequence_sql", [])), run_one, live)
        back = d.introspect(conn)
        fingerprint = back.fingerprint()
        if fingerprint != model_before.fingerprint():
            raise Refused(
                f"after reverting {p.migration} the schema does not match the point before it",
                hint="run `rollback verify`; differences: " + "; ".join(back.diff(model_before)[:8]),
            )
        info.pop("rolling_back", None)
        info.pop("filled", None)
        _save(target, p.id, info, active=False)
        journal.event("rollback", migration=p.migration, point_id=p.id,
                      detail={"on_conflict": on_conflict, "stepwise": True, "filled": filled[p.id]})
        live = back  # nothing changes the schema before the next step: it plans from this
    return conflicts, [f for p in steps for f in filled[p.id]], fingerprint
