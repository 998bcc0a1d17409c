"""Keeping what a migration destroys, statement by statement, with the cheapest faithful strategy.

copy        the whole table, copied server-side before the statement (rebuilds, DDL that changes
            columns, tables without a key, anything only a probe could explain; TRUNCATE where
            rows are not captured one by one)
rows        exactly the rows a DML statement changes: old images and the key and hash of what it
            left, written by transient statement-level triggers (engines that support it); a
            TRUNCATE's, every row of the table as an old image, read right before it
quarantine  DROP TABLE / DROP COLUMN set aside in O(1) instead of destroyed (engines that support it)
renames     PostgreSQL's RENAME COLUMN, and a RENAME TO of a table no later statement captures, destroy
            nothing: recorded (O(1)), and renamed back by the reverse
"""

from __future__ import annotations

import copy as _copy
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from ..dialects.base import Connection, Dialect, Statement
from ..model.schema import SchemaModel, Table
from .analyze import code_only
from .update_set import UpdateSet


def pinned_columns(d: Dialect, conn: Connection, table: Table | None, columns: list[str] | None) -> list[str]:
    """The columns of `table` (all, or those named) tied to an object a later statement may drop: by
    their type (Dialect.pins_type), or by their default or generation expression (expression_pins;
    of a whole table only generation expressions count: its defaults go before it is set aside).
    A quarantine would keep that statement from running, so such tables are copied instead."""
    if table is None:
        return []
    wanted = [c for c in table.columns if columns is None or c.name in columns]
    by_expression = d.expression_pins(conn, table.name) if wanted else {}
    return [c.name for c in wanted if d.pins_type(c.type)
            or (c.name in by_expression and (columns is not None or by_expression[c.name]))]


RENAMES = "rename-columns"
RENAMED_TABLE = "rename-table"
"""A table renamed by the migration: `capture` holds its key under the new name."""


def renamed_tables(records: list[CaptureRecord]) -> set[str]:
    """The keys the records' migration renamed tables to (RENAMED_TABLE): not tables it created."""
    return {r.capture for r in records if r.kind == RENAMED_TABLE}


def column_origin(live: dict[str, str], before: Table | None, name: str) -> str | None:
    """Which column of the table as the migration found it (`before`) the live table's column
    `name` is, given `live` (model name -> its name now, CaptureRun.live): None for a column the
    migration added (or added again under a name it had renamed away)."""
    for origin, now in live.items():
        if now == name:
            return origin
    return name if before is not None and before.column(name) is not None and name not in live else None


def live_at_end(records: list[CaptureRecord], model0: SchemaModel) -> dict[str, dict[str, str]]:
    """Per table, the columns the records' migration hid or renamed: model name -> its name in the
    live table at the end (what the conflict checks read), replayed from the records in order."""
    out: dict[str, dict[str, str]] = {}
    for rec in records:
        if rec.kind == "quarantine-columns":
            out.setdefault(rec.table, {}).update(rec.hidden)
        elif rec.kind == RENAMES:
            live = out.setdefault(rec.table, {})
            for old, new in rec.hidden.items():
                _moved(live, column_origin(live, model0.tables.get(rec.table), old), new)
    return {t: live for t, live in out.items() if live}


def _moved(live: dict[str, str], origin: str | None, new: str) -> None:
    if origin is None:
        return  # a column the migration added: nothing of the table as it was is under it
    if new == origin:
        live.pop(origin, None)
    else:
        live[origin] = new


def table_settable_aside(d: Dialect, conn: Connection, model: SchemaModel, table: str) -> bool:
    """Whether DROP TABLE may set `table` aside (see CaptureRun.quarantinable): no column pinned to
    an object a later statement may drop, and no rule (one writing another table would keep that
    table from being dropped; DROP TABLE does not untie rules)."""
    if any(o.kind == "rule" and o.table == table for o in model.objects.values()):
        return False
    return not pinned_columns(d, conn, model.tables.get(table), None)


@dataclass
class CaptureRecord:
    table: str
    kind: str  # copy | rows | quarantine-table | quarantine-columns | rename-columns | rename-table
    capture: str
    columns: list[str]
    """The model-before columns the capture holds (a capture never holds a quarantined column)."""
    key: list[str] | None = None
    rows: int | None = None
    hidden: dict[str, str] = field(default_factory=dict)
    """quarantine-columns: original name -> hidden name. rename-columns: the column's name right
    before the statement -> the name it gave it (one record per statement: undone in reverse order)."""
    live: dict[str, str] = field(default_factory=dict)
    """Columns this migration hid before the capture: model name -> hidden name at capture time."""
    firings: int | None = None
    """rows: how many statement firings wrote the capture (known at the end of the migration)."""
    keys: int | None = None
    """rows: how many capture rows it holds (one per key and firing)."""
    layout: int = 1
    """rows: the dialect's rows_layout when the capture was taken (PostgreSQL journals written
    before layout 2 existed hold layout 1); copy: its copy_layout (1 in journals written before)."""
    marker: str | None = None
    """quarantine-columns: the table's column that tells the rows inserted after the quarantine
    (MySQL/MariaDB: INVISIBLE, reads 1 in them, see mysql_quarantine; PostgreSQL: numbered by
    `marker_sequence`, see postgres_capture); None where there is none (points made before it)."""
    marker_sequence: str | None = None
    """quarantine-columns (PostgreSQL): the sequence the marker column's default draws from."""
    marker_from: int | None = None
    """quarantine-columns (PostgreSQL): the last value the sequence had handed out when the
    migration finished (0: none): rows whose marker is above it were inserted since the point."""
    written_before: bool = False
    """copy: the migration had written the table (or one of its partitions) before copying it, so
    the copy is not the table as the migration found it (`rollback verify` does not compare with it)."""
    replayed: list[str] | None = None
    """rows: the SET columns of the first replayed UPDATE (Dialect.update_replay) of the table in
    the migration. Its capture rows, and those of any later replayed UPDATE setting the same
    columns, tell what the statement left by these columns alone (rows_capture_triggers' `narrow`:
    the others are their old image's); a replayed UPDATE setting other columns hashes whole rows."""

    def plan_firings(self, dialect: Dialect) -> int | None:
        """The firings count restore and conflict queries may rely on: none (their general form)
        for a capture written in a layout whose firings mean something else (older than the
        dialect's rows_firings_from, or than its rows_layout without one)."""
        oldest = dialect.rows_firings_from or dialect.rows_layout
        return self.firings if oldest <= self.layout <= dialect.rows_layout else None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CaptureRecord:
        keys = ("table", "kind", "capture", "columns", "key", "rows", "hidden", "live", "firings", "keys", "layout", "marker",
                "marker_sequence", "marker_from", "written_before", "replayed")
        return cls(**{k: data[k] for k in keys if k in data})

    def table_model(self, model: SchemaModel) -> Table:
        """The table as the capture holds it: the model's columns restricted to those captured (the
        model keeps the hidden columns of earlier quarantines, so they are captured too)."""
        t = model.tables[self.table]
        return Table(t.name, [c for c in t.columns if c.name in self.columns], t.primary_key, t.extra)


PROVE_DATA_ROWS = 200_000
"""Tables larger than this are left out of the data part of the proof (the schema is still proven;
the restore statements are generic and covered by the test suite). Row captures are never part of
it: proving them would re-run the migration's DML backwards, doubling its cost."""


CATALOG_WATCH_STATEMENTS = 20
"""How many row-changing statements of a migration CaptureRun.execute_watched watches."""


class CaptureRun:
    """Captures of one migration while it runs."""

    def __init__(self, dialect: Dialect, conn: Connection, model0: SchemaModel, point_id: int, checksums: bool):
        self.d = dialect
        self.conn = conn
        self.model0 = model0
        self.point_id = point_id
        self.want_checksums = checksums
        self.records: list[CaptureRecord] = []
        self.checksums_before: dict[str, str] = {}
        self.hidden_columns: dict[str, dict[str, str]] = {}
        self.savepoints: dict[str, tuple[int, dict[str, dict[str, str]]]] = {}
        """The migration's savepoints: how many records and which hidden or renamed columns there were."""
        self.counter = 0
        self.counters0 = dialect.write_counters(conn)
        self._now: SchemaModel | None = None
        self._stale = False
        self.schema_written = False
        """A statement may have changed the schema: analysed as DDL or probed, run outside the
        watch (execute_watched), or seen writing the system catalogs."""
        self._watch_left = CATALOG_WATCH_STATEMENTS

    # -- the schema while the migration runs ----------------------------------------------------
    def note_statement(self, may_change_schema: bool) -> None:
        """A statement is about to run; one that may change the schema makes the next
        `schema_now` read it again."""
        self._stale = self._stale or may_change_schema
        self.schema_written = self.schema_written or may_change_schema

    def execute_watched(self, run_it: Callable[[], None]) -> None:
        """Run a statement the analysis calls plain row changes, reading the engine's catalog write
        counter right before and after it (Dialect.catalog_writes): a function, default or trigger it
        reaches may still change the schema. Past CATALOG_WATCH_STATEMENTS such statements the two
        reads would cost more than reading the schema once at the end, which then happens."""
        if self.schema_written or self._watch_left <= 0:
            self.schema_written = True
            run_it()
            return
        self._watch_left -= 1
        before = self.d.catalog_writes(self.conn)
        run_it()
        if before is None or self.d.catalog_writes(self.conn) != before:
            self.schema_written = True

    def schema_now(self) -> SchemaModel | None:
        """The schema as the next statement sees it (with the triggers and foreign keys that earlier
        statements of the migration created, and SQLite's TEMP triggers), or None while none of
        them may have changed it (it is still model0)."""
        if self._stale:
            self._now = self.d.live_model(self.conn)
            self._stale = False
        return self._now

    def row_key(self, table: str) -> list[str] | None:
        """The key a row capture of `table` identifies its rows by: the table's key as the migration
        found it, while the schema as the next statement sees it still keeps those columns unique.
        A migration that drops the primary key (or the unique index) and then writes the table can
        leave two rows under one key: an INSERT … SELECT copying rows and a DELETE of the originals
        (goalert's sent_notifications) made the capture take the copies for rows written since, a
        false conflict, and `--on-conflict restore-old` then deleted every row. Such a table is
        copied whole instead (None)."""
        key = self.model0.row_key(table)
        if not key or self.schema_untouched():
            return key
        now = self.schema_now()
        if now is None or table not in now.tables or now.keeps_unique(table, key, self.live(table)):
            return key
        return None

    def schema_untouched(self) -> bool:
        """No statement so far may have changed the schema (note_statement): it is still model0."""
        return self._now is None and not self._stale

    # -- bookkeeping ----------------------------------------------------------------------------
    def _name(self) -> str:
        self.counter += 1
        return self.d.capture_table_name(self.point_id, self.counter)

    def whole(self, table: str) -> bool:
        """The table as it was is kept whole already (copied or quarantined)."""
        return any(r.table == table and r.kind in ("copy", "quarantine-table", RENAMED_TABLE) for r in self.records)

    def rows_record(self, table: str) -> CaptureRecord | None:
        """The table's latest row capture: rows_triggers begins another when the columns this
        migration has hidden changed since (its `live`)."""
        return next((r for r in reversed(self.records) if r.table == table and r.kind == "rows"), None)

    def live(self, table: str) -> dict[str, str]:
        """Columns of the table this migration has hidden so far: model name -> hidden name."""
        return dict(self.hidden_columns.get(table, {}))

    def untouched(self, table: str) -> bool:
        """Nothing in this migration has written the table or one of its partitions yet (so its
        checksum now is its checksum before the migration)."""
        if self.rows_record(table) is not None:
            return False  # row-captured: the engine may have no write counters to tell
        family = self.model0.descendants(table, inherits=False)
        now = self.d.write_counters(self.conn)
        return all(now.get(t) == self.counters0.get(t) for t in family)

    def checksum_before(self, table: str, where: Table, untouched: bool | None = None) -> None:
        """Remember the table's checksum before the migration changed it (for the proof).
        `untouched`: self.untouched(table), when the caller has just read it."""
        if (
            self.want_checksums
            and table not in self.checksums_before
            and self.d.estimated_rows(self.conn, where) <= PROVE_DATA_ROWS
            and (self.untouched(table) if untouched is None else untouched)
        ):
            self.checksums_before[table] = self.d.table_checksum(self.conn, where)

    # -- strategies -----------------------------------------------------------------------------
    def copy(self, tables: set[str]) -> None:
        for table in sorted(tables):
            if table not in self.model0.tables or self.whole(table):
                continue
            t = self.model0.tables[table]  # hidden columns of earlier quarantines included
            written = not self.untouched(table)
            name = self._name()
            for sql in self.d.capture_sql(t, name, self.live(table)):
                self.conn.execute(sql)
            rows = int(self.conn.scalar(f"SELECT count(*) FROM {name}"))
            self.records.append(CaptureRecord(table, "copy", name, t.column_names, self.model0.row_key(table), rows,
                                              live=self.live(table), layout=self.d.copy_layout, written_before=written))
            self.checksum_before(table, t, untouched=not written)

    def rows_triggers(self, tables: set[str], update: tuple[str, UpdateSet] | None = None) -> tuple[list[str], list[str], set[str]]:
        """Prepare row capture of `tables` for the next statement: (install, remove) statements, and
        the tables whose UPDATE is replayed. `update`: the statement is a plain UPDATE of that table
        with that SET list (update_set), which the dialect may replay (Dialect.update_replay)."""
        install: list[str] = []
        remove: list[str] = []
        replayed: set[str] = set()
        for table in sorted(tables):
            key = self.row_key(table)
            if table not in self.model0.tables or self.whole(table) or not key:
                continue
            t = self.model0.tables[table]
            rec = self.rows_record(table)
            live = self.live(table)
            if rec is None or rec.live != live:
                rec = CaptureRecord(table, "rows", self._name(), t.column_names, key, live=live, layout=self.d.rows_layout)
                for sql in self.d.rows_capture_create(t, rec.capture, key, live):
                    self.conn.execute(sql)
                self.records.append(rec)
            model = self.schema_now() or self.model0
            replay = None
            if update is not None and update[0] == table and not live:
                replay = self.d.update_replay(self.conn, t, key, update[1], model)
            narrow = False
            if replay is not None:
                replayed.add(table)
                set_columns = [c for c in t.column_names if c in replay[1]]
                rec.replayed = set_columns if rec.replayed is None else rec.replayed
                narrow = rec.replayed == set_columns
            i, r = self.d.rows_capture_triggers(t, rec.capture, key, live, model, replay, narrow)
            install += i
            remove += r
        return install, remove, replayed

    def empties_row_by_row(self, table: str) -> bool:
        """Whether a TRUNCATE of `table` can be kept row by row (rows_emptied): a table of its own,
        neither partitioned nor a partition (nor in an INHERITS hierarchy), whose rows a plain
        read of it gives exactly. Others are copied whole."""
        return len(self.model0.descendants(table)) == 1 and not self.model0.bases_of(table)

    def rows_emptied(self, tables: set[str], after_each: Callable[[], None] = lambda: None) -> None:
        """Keep every row of `tables` as an old image in their row captures (made for the
        statement: rows_triggers, steps' _rows_install), right before a TRUNCATE empties them: its
        rollback then puts back each row whose key holds none now, and rows written since are kept
        or are conflicts as after a DELETE. `after_each`: called after each statement (the stepwise
        engine's recoverable steps)."""
        for table in sorted(tables):
            rec = self.rows_record(table)
            if rec is None or self.whole(table):
                continue
            for sql in self.d.rows_capture_emptied(self.model0.tables[table], rec.capture, self.live(table)):
                self.conn.execute(sql)
                after_each()

    def quarantine_tables(self, tables: list[str], now: SchemaModel) -> None:
        """Set tables aside instead of dropping them. What ties a table to objects outside it goes
        first, as the real DROP TABLE would take it along (the reverse puts it back): otherwise a
        later statement dropping what it references would fail on the quarantined table (synapse's
        DROP TABLE group_users; ... DROP TABLE groups). `now` is the schema right before the statement.

        The partitions of a partitioned table go with it, each set aside as its own table: moving
        the parent alone left them in place, attached to it, where the migration still saw them
        (hatchet's partition helper skips a partition whose name exists). Partitions the migration
        made itself are detached and dropped, as the statement would drop them."""
        family = list(tables)
        for parent in tables:
            family += [n for n in now.descendants(parent, inherits=False) if n not in family]
        for table in family[len(tables):]:
            if table not in self.model0.tables:
                for sql in self.d.drop_partition_sql(now.bases_of(table)[0], table):
                    self.conn.execute(sql)
        tables = [t for t in family if t in self.model0.tables]
        for table in tables:
            eff = self.model0.tables[table]
            if not self.live(table):
                self.checksum_before(table, eff)  # read in place, before the move
            for sql in self._untie_sql(table, now):
                self.conn.execute(sql)
            sqls, where = self.d.quarantine_table_sql(table, self.point_id)
            for sql in sqls:
                self.conn.execute(sql)
            rows = self.d.estimated_rows(self.conn, Table(where, eff.columns))
            self.records.append(CaptureRecord(table, "quarantine-table", where, eff.column_names, self.model0.row_key(table), rows))

    def quarantinable(self, table: str, now: SchemaModel) -> bool:
        """Whether DROP TABLE can set `table` aside: not copied whole already, and no column whose
        type a later statement may drop (Dialect.pins_type: an enum, domain or composite, coder's
        DROP TABLE x; DROP TYPE x_status; an extension's type, DROP TABLE t; DROP EXTENSION citext).
        Those tables are copied instead (the copy keeps such values as text), and so are tables
        with a generated column calling a function of the user's or with a rule (DROP TABLE t;
        DROP TABLE t_log, which t's rule writes). `now` is the schema right before the statement."""
        return not self.whole(table) and table_settable_aside(self.d, self.conn, now, table)

    def renamed(self, table: str, old: str, new: str) -> None:
        """The migration's RENAME COLUMN of `table`'s `old` to `new` has run (it destroys nothing):
        captures from here on read the model column under its new name (`live`), and the reverse
        renames it back (unquarantine_sql). Call `before_rename` before the statement."""
        for t in self.model0.descendants(table):  # RENAME COLUMN reaches partitions and INHERITS children
            live = self.hidden_columns.setdefault(t, {})
            _moved(live, column_origin(live, self.model0.tables.get(t), old), new)
        self.records.append(CaptureRecord(table, RENAMES, table, self.model0.tables[table].column_names, hidden={old: new}))

    def recorded(self, table: str) -> bool:
        """The migration kept something of `table` already: a table renamed after that is copied
        instead (the checks a rollback makes before its reverse read those records' tables under
        the names they had)."""
        return any(r.table == table for r in self.records)

    def renamed_table(self, table: str, new: str) -> None:
        """The migration's `ALTER TABLE table RENAME TO new` has run: the reverse renames it back
        (unquarantine_sql). Only when no later statement captures it (analyze.renamed_alone): it
        counts as kept whole from here on. Call `before_rename` before the statement."""
        t = self.model0.tables[table]
        self.records.append(CaptureRecord(table, RENAMED_TABLE, new, t.column_names, self.model0.row_key(table)))

    def before_rename(self, table: str) -> None:
        """Right before a RENAME COLUMN of `table`: the checksums the proof compares with are read
        by the model's column names (as for a quarantine of columns)."""
        for t in self.model0.descendants(table):
            if not self.live(t) and t in self.model0.tables:
                self.checksum_before(t, self.model0.tables[t])

    def renames_touch(self, table: str, columns: list[str]) -> bool:
        """A RENAME COLUMN of this migration took or gave one of these names in `table`: a DROP
        COLUMN of one copies the table instead (a quarantine is keyed by the model's name)."""
        return any(r.kind == RENAMES and r.table == table and set(columns) & {*r.hidden, *r.hidden.values()}
                   for r in self.records)

    def columns_quarantinable(self, table: str, columns: list[str], now: SchemaModel) -> bool:
        """Whether DROP COLUMN can set `columns` aside: none is of a type a later statement may
        drop (miniflux: ALTER TABLE users DROP COLUMN extra; DROP EXTENSION hstore; an enum column
        dropped before its DROP TYPE), nor has a default calling one (DROP COLUMN pos; DROP SEQUENCE
        shared_pos: the default stays with the column set aside, as rows inserted since take it).
        The table is copied instead. `now` is the schema right before the statement."""
        return (not self.whole(table) and not self.renames_touch(table, columns)
                and not pinned_columns(self.d, self.conn, now.tables.get(table), columns))

    def _untie_sql(self, table: str, now: SchemaModel) -> list[str]:
        """Foreign keys, triggers and policies of `table`, its constraints and indexes that depend
        on other objects (a function, another table), and column defaults that call something (a
        shared sequence's nextval)."""
        own = (f"table:{table}", f"column:{table}.", f"primary_key:{table}")
        out: list[str] = []
        for obj in sorted(now.objects.values(), key=lambda o: o.key):
            if obj.table != table:
                continue
            outside = [d for d in obj.depends_on if not d.startswith(own) and d != obj.key]
            if obj.kind in ("foreign_key", "trigger", "policy") or (
                obj.kind in ("constraint", "index", "statistics") and outside
            ):
                sql = self.d.drop_object_sql(obj.kind, obj.name, obj.table)
                out += [sql] if sql else []
        t = now.tables.get(table)
        for parent in (t.extra.get("inherits") or []) if t is not None else []:
            # a PostgreSQL INHERITS child set aside would still show its rows through its parent and
            # follow the parent's later ALTERs (concourse: DROP TABLE team_build_events_3)
            out.append(f"ALTER TABLE {self.d.qualified(table)} NO INHERIT {self.d.qualified(parent)}")
        for col in t.columns if t is not None else []:
            if col.default is not None and "(" in col.default and col.generated is None:
                out.append(f"ALTER TABLE {self.d.qualified(table)} ALTER COLUMN {self.d.quote(col.name)} DROP DEFAULT")
        return out

    def quarantine_columns(self, table: str, columns: list[str], dropped_objects: list[tuple[str, str, str | None]]) -> None:
        """Set columns aside: drop what the real DROP COLUMN would have taken along, then hide them;
        the table's first quarantine of columns in the migration also gets its marker (engines
        that keep one here)."""
        for kind, name, owner in dropped_objects:
            sql = self.d.drop_object_sql(kind, name, owner)
            if sql:
                self.conn.execute(sql)
        eff = self.model0.tables[table]
        family = self.model0.descendants(table)
        for t in family:  # read before the rename reaches them
            if not self.live(t) and t in self.model0.tables:
                self.checksum_before(t, self.model0.tables[t])
        hidden: dict[str, str] = {}
        taken = {h for r in self.records if r.kind == "quarantine-columns" and r.table == table for h in r.hidden.values()}
        for col in columns:
            sqls, h = self.d.quarantine_column_sql(eff, col, self.point_id, taken)
            for sql in sqls:
                self.conn.execute(sql)
            hidden[col] = h
            taken.add(h)
            for t in family:  # RENAME COLUMN reaches partitions and INHERITS children
                self.hidden_columns.setdefault(t, {})[col] = h
        rows = self.d.estimated_rows(self.conn, eff)
        rec = CaptureRecord(table, "quarantine-columns", table, eff.column_names, None, rows, hidden)
        self._mark(rec)
        self.records.append(rec)

    def _mark(self, rec: CaptureRecord) -> None:
        """Give a quarantine-columns record its table's marker: the one an earlier quarantine of the
        table in this migration added, or a new one (one per table and point)."""
        earlier = next((r for r in self.records if r.kind == "quarantine-columns" and r.table == rec.table and r.marker), None)
        if earlier is not None:
            rec.marker, rec.marker_sequence = earlier.marker, earlier.marker_sequence
            return
        n = 1 + len({r.table for r in self.records if r.marker})
        made = self.d.column_marker_sql(rec.table, self.point_id, n)
        if made is None:
            return
        sqls, rec.marker, rec.marker_sequence = made
        for sql in sqls:
            self.conn.execute(sql)

    # -- the migration's own savepoints ---------------------------------------------------------
    def track_savepoint(self, text: str) -> None:
        """A ROLLBACK TO inside the migration also undoes the captures taken after its SAVEPOINT,
        and the quarantines and renames of columns."""
        words = code_only(text).replace(";", " ").split()
        name = words[-1].strip('"').lower() if words else ""
        head = words[0].upper() if words else ""
        if head == "SAVEPOINT":
            self.savepoints[name] = (len(self.records), _copy.deepcopy(self.hidden_columns))
        elif head == "RELEASE":
            self.savepoints.pop(name, None)
        elif name in self.savepoints:
            n, hidden = self.savepoints[name]
            del self.records[n:]
            self.hidden_columns = _copy.deepcopy(hidden)

    def finish(self) -> None:
        """At the end of the migration: how many firings each row capture saw, and its row count;
        where each marker's sequence stands (the rows the migration itself inserted are below)."""
        positions: dict[str, int] = {}  # a table's records share one marker sequence
        for rec in self.records:
            if rec.marker_sequence:
                if rec.marker_sequence not in positions:
                    positions[rec.marker_sequence] = self.d.marker_position(self.conn, rec.marker_sequence)
                rec.marker_from = positions[rec.marker_sequence]
            if rec.kind == "rows":
                if not self.whole(rec.table):
                    self.d.rows_finish(self.conn, rec.table_model(self.model0), rec.capture, rec.key or [], self.live(rec.table))
                rec.firings = self.d.rows_firings(self.conn, rec.capture)
                counted = self.d.rows_counted(self.conn, rec.capture)
                if counted is None:
                    counts = self.conn.query(f"SELECT count(*), count(CASE WHEN _rb_kind IN ('o', 'u', 'r') THEN 1 END) FROM {rec.capture}")
                    counted = int(counts[0][0]), int(counts[0][1])
                rec.keys, rec.rows = counted



def probe(d: Dialect, conn: Connection, stmt: Statement, model0: SchemaModel, run: CaptureRun) -> tuple[set[str], set[str], SchemaModel, SchemaModel]:
    """Run the statement in a savepoint. Returns the model-before tables it destroys (gone, or columns
    removed or retyped), the ones it writes, and the models just before and after it."""
    before_model = d.introspect(conn)
    counters = d.write_counters(conn)
    positions = d.sequence_state_sql(conn, model0)
    with conn.savepoint("rollback_probe"):
        conn.execute(stmt.text)
        after_model = d.introspect(conn)
        after = d.write_counters(conn)
    for sql in positions:  # sequences are not transactional: put them back as they were
        conn.execute(sql)
    written = {t for t, v in after.items() if counters.get(t) != v and t in model0.tables}
    destroyed: set[str] = set()
    # A changed type (composite attributes, enum labels, domain) changes what its columns hold.
    changed_types = {
        o.name for key, o in before_model.objects.items()
        if o.kind in ("type", "domain") and (key not in after_model.objects or after_model.objects[key].definition != o.definition)
    }
    for name in model0.tables:
        if run.whole(name):
            continue
        now, was = after_model.tables.get(name), before_model.tables.get(name)
        if was is None:
            continue
        if now is None:
            destroyed.add(name)
            continue
        for col in was.columns:
            c2 = now.column(col.name)
            if c2 is None or c2.type != col.type or col.type.removesuffix("[]") in changed_types:
                destroyed.add(name)
                break
    return destroyed, written - destroyed, before_model, after_model


def objects_dropped_with(table: str, before: SchemaModel, after: SchemaModel) -> list[tuple[str, str, str | None]]:
    """Objects on `table` that a statement removed (what DROP COLUMN takes along), views excluded."""
    out: list[tuple[str, str, str | None]] = []
    for key, obj in before.objects.items():
        if obj.table == table and key not in after.objects:
            out.append((obj.kind, obj.name, obj.table))
    order = {"trigger": 0, "policy": 1, "foreign_key": 2, "constraint": 3, "index": 4, "statistics": 5}
    return sorted(out, key=lambda o: order.get(o[0], 9))


def column_checks(d: Dialect, conn: Connection, model_end: SchemaModel, model0: SchemaModel) -> dict[str, str]:
    """Checksums at the point of the columns a migration added to tables that existed before it
    (what apply records as info["column_checks"]; new tables are covered by info["checks"]), so a
    plan can tell values written after the point from values the migration wrote."""
    out: dict[str, str] = {}
    for name, table in sorted(model_end.tables.items()):
        before = model0.tables.get(name)
        if before is None:
            continue
        added = [c for c in table.columns if before.column(c.name) is None and not c.generated and not c.hidden]
        # Adding a column is O(1); a checksum of it is O(table): large tables go without (the plan
        # then counts the column's non-default values instead).
        if not added or d.estimated_rows(conn, table) > PROVE_DATA_ROWS:
            continue
        for col in added:
            out[f"{name}.{col.name}"] = d.column_checksum(conn, table, col.name)
    return out
