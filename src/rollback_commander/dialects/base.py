"""The dialect protocol: what the engine asks of each database engine."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..model.schema import SchemaModel, Table
from ..urls import DatabaseUrl

if TYPE_CHECKING:
    from ..engine.update_set import UpdateSet

Live = dict[str, str] | None
"""Model column name -> the name it has in the live table now (hidden by a quarantine)."""

Replay = tuple[str, dict[str, str]]
"""A plain UPDATE's new rows as its old ones with its SET list applied (Dialect.update_replay): the
name its expressions may qualify the table's columns with, and {column: expression as written}."""


@dataclass(frozen=True)
class Statement:
    """One SQL statement of a migration file, with where it stands in the file (1-based lines)."""

    text: str
    start_line: int
    end_line: int


@dataclass
class ReversePlan:
    """SQL that turns a database whose schema is `current` into `target`.

    `pre` leaves every table of the target present with exactly the target's columns (names, types,
    order), so that captured rows can be written back; the engine then restores data; `post` adds
    everything else (constraints that could block loading, indexes, foreign keys, views, triggers,
    policies, comments, ...). `rebuilt` names the target tables that `pre` created empty (dropped and
    re-created, or new): their data must come entirely from a capture.
    """

    pre: list[str] = field(default_factory=list)
    post: list[str] = field(default_factory=list)
    rebuilt: set[str] = field(default_factory=set)


@dataclass
class Reverted:
    """One point a rollback reverts, for Dialect.dangling_predicted: its models and its capture
    records (engine.capture.CaptureRecord)."""

    before: SchemaModel
    after: SchemaModel
    records: list[Any]


class Connection(ABC):
    """A thin, dialect-neutral wrapper over a DB-API connection in explicit-transaction mode."""

    paramstyle = "?"  # the placeholder the wrapped driver expects: '?' or '%s'
    rowcount = -1
    """Rows the last execute() affected, where the driver tells (-1 otherwise)."""

    @abstractmethod
    def execute(self, sql: str, params: Sequence[Any] = ()) -> None: ...

    @abstractmethod
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        rows = self.query(sql, params)
        return rows[0][0] if rows else None

    @abstractmethod
    def begin(self) -> None: ...

    @abstractmethod
    def commit(self) -> None: ...

    @abstractmethod
    def rollback(self) -> None: ...

    @abstractmethod
    def close(self) -> None: ...

    @property
    @abstractmethod
    def in_transaction(self) -> bool: ...

    @contextmanager
    def savepoint(self, name: str) -> Iterator[None]:
        """Run a block in a savepoint that is always rolled back (a probe)."""
        self.execute(f"SAVEPOINT {name}")
        try:
            yield
        finally:
            self.execute(f"ROLLBACK TO SAVEPOINT {name}")
            self.execute(f"RELEASE SAVEPOINT {name}")

    def q(self, sql: str) -> str:
        """Translate the journal's '?' placeholders into the driver's style."""
        return sql if self.paramstyle == "?" else sql.replace("?", self.paramstyle)


class Dialect(ABC):
    name: str
    transactional_ddl: bool = True
    internal_prefix = "_rollback"
    row_capture = False
    """Can capture exactly the rows a statement changes (see rows_* methods)."""
    rows_layout = 1
    """The capture rows' layout (CaptureRecord.layout), what restore and conflict queries may rely
    on; each dialect says what its layouts mean (PostgreSQL 2: one row per key and firing, 'u'
    pairing an old image with the new hash; 3: that hash is a record hash, see postgres_capture.row_hash;
    MySQL 2: one firing means one event per key)."""
    rows_firings_from: int | None = None
    """The oldest rows layout whose firings count means what the current layout's does (None: only
    the current layout's), see CaptureRecord.plan_firings."""
    rows_guarded_restore = False
    """rows_restore_sql restores only the keys whose rows are still what the migration left, unless
    rows_restore_mode_sql('restore-old') ran in the transaction (so keep-current needs no
    rows_forget_conflicts_sql, and rows_restore_counted tells when row counts reveal conflicts)."""
    quarantine = False
    """Can set dropped tables and columns aside in O(1) (see quarantine_* methods)."""
    records_renames = False
    """A RENAME COLUMN is recorded (CaptureRun.renamed) and renamed back by the reverse with
    unquarantine_column_sql, instead of its table being copied whole (the transactional engine
    path, apply._run_statement)."""

    def pins_type(self, type_name: str) -> bool:
        """Whether a column of this type ties its table to an object a later statement may drop
        (DROP TYPE, DROP DOMAIN, DROP EXTENSION): a table or column set aside with such a column
        would make that statement fail, so they are copied instead of quarantined."""
        return False

    def expression_pins(self, conn: Connection, table: str) -> dict[str, bool]:
        """The columns of `table` whose default or generation expression uses an object a later
        statement may drop (a function of the user's, a sequence the column does not own) -> True
        for a generation expression. Such a column set aside keeps that statement from running."""
        return {}

    # -- connection ---------------------------------------------------------------------------
    @abstractmethod
    def connect(self, url: DatabaseUrl) -> Connection: ...

    def missing(self, url: DatabaseUrl) -> str | None:
        """Why the database of url does not exist yet, when connecting would create it (an
        embedded file); None when it exists or the server decides."""
        return None

    def path_note(self, url: DatabaseUrl) -> str:
        """What to add to the hint of a database that is not there (see missing): "" by default."""
        return ""

    def connect_empty(self, url: DatabaseUrl) -> Connection:
        """An empty stand-in for the database of url, which does not exist yet (see missing): a
        dry run reads it as the new database it would create, and no file is made."""
        raise NotImplementedError(self.name)

    def reset_session(self, conn: Connection) -> None:
        """Put session settings a reverse script may have changed back to the engine's defaults."""
        return None

    def proof_by_trial(self, conn: Connection, statements: list[str]) -> bool:
        """Prove the reverse in a trial instead of a savepoint (engine/apply.py): run the migration, its
        captures and its reverse in a transaction rolled back as a whole, then run the migration again
        for real and record what the trial computed. For an engine whose rollback to a savepoint costs
        memory in proportion to the pages the reverse wrote (SQLite in WAL mode), and only for a
        migration the engine runs to the very same result again on the same database."""
        return False

    def data_version(self, conn: Connection) -> Any:
        """A value that changes when another connection commits (None: the engine cannot tell)."""
        return None

    def live_model(self, conn: Connection) -> SchemaModel:
        """The schema as the session's next statement sees it: the introspected model plus session
        objects that act on it (SQLite TEMP triggers on main tables), for the analysis of a
        statement that follows DDL in the same migration."""
        return self.introspect(conn)

    # -- statements ---------------------------------------------------------------------------
    @abstractmethod
    def split(self, sql: str) -> list[Statement]: ...

    no_transaction: re.Pattern[str] | None = None
    """The statements (after leading comments) that cannot run inside a transaction block."""

    def closing_statements(self, conn: Connection, last_line: int) -> list[Statement]:
        """Statements the engine runs, captured like the migration's own, after a migration's last
        one: work the database would otherwise do at COMMIT, outside every capture (PostgreSQL:
        deferred triggers)."""
        return []

    def needs_autocommit(self, stmt: Statement) -> bool:
        """True for a statement that cannot run inside a transaction block."""
        if self.no_transaction is None:
            return False
        from .splitter import strip_leading_comments

        return bool(self.no_transaction.match(strip_leading_comments(stmt.text)))

    after_commit: re.Pattern[str] | None = None
    """Of those, the ones that change neither schema nor data (SQLite VACUUM, journal_mode): they run
    after the migration's transaction commits, so the migration itself still commits as one."""

    def runs_after_commit(self, stmt: Statement) -> bool:
        if self.after_commit is None:
            return False
        from .splitter import strip_leading_comments

        return bool(self.after_commit.match(strip_leading_comments(stmt.text)))

    # -- schema -------------------------------------------------------------------------------
    @abstractmethod
    def introspect(self, conn: Connection) -> SchemaModel:
        """The user's schema, without the tool's own objects."""

    @abstractmethod
    def plan_reverse(self, current: SchemaModel, target: SchemaModel, data_tables: set[str]) -> ReversePlan:
        """SQL that turns `current` into `target` (see ReversePlan)."""

    @abstractmethod
    def quote(self, ident: str) -> str: ...

    @abstractmethod
    def qualified(self, table: str) -> str:
        """A table key of the model as quoted SQL."""

    # -- journal and capture ------------------------------------------------------------------
    @abstractmethod
    def journal_ddl(self) -> list[str]:
        """Statements that create the journal if it is missing (idempotent)."""

    @abstractmethod
    def journal_exists(self, conn: Connection) -> bool: ...

    @abstractmethod
    def journal_table(self, name: str) -> str:
        """The quoted name of a journal table ('points', 'captures', 'events', ...)."""

    @abstractmethod
    def capture_table_name(self, point: int, n: int) -> str:
        """Quoted name for the n-th data capture of a point."""

    @abstractmethod
    def begin_locked(self, conn: Connection, wait_seconds: float) -> None:
        """Begin a transaction that holds the run lock until it ends, waiting up to wait_seconds,
        or raise LockBusy naming the holder."""

    def lock_session(self, conn: Connection, wait_seconds: float) -> None:
        """Hold the run lock across several transactions (for migrations with statements that
        cannot run in a transaction). Engines without such a lock rely on begin_locked only."""
        return None

    def unlock_session(self, conn: Connection) -> None:
        """Release what lock_session took."""
        return None

    @abstractmethod
    def table_checksum(self, conn: Connection, table: Table, like: str | None = None) -> str:
        """A checksum of the table's rows computed in the database, independent of row order. `like`:
        a checksum recorded earlier to compare with (a dialect whose formula changed computes the one
        that checksum was made with)."""

    def column_checksum(self, conn: Connection, table: Table, column: str, like: str | None = None) -> str:
        """`<non-null values>:<hash>` of one column's non-NULL values, each with its row's key (the
        rowid on SQLite without one), computed in the database; `like` as for table_checksum."""
        raise NotImplementedError

    @abstractmethod
    def capture_sql(self, table: Table, capture: str, live: Live = None) -> list[str]:
        """Statements that copy a table's rows into a new capture table, in the database; `live` maps
        model column names to the names they have in the live table now (hidden by a quarantine)."""

    @abstractmethod
    def restore_sql(self, table: Table, capture: str, key: list[str] | None, rebuilt: bool) -> list[str]:
        """Statements that make the table's rows equal to the capture's (delete, update, insert)."""

    copy_layout = 1
    """The copy captures' layout (CaptureRecord.layout), what copy_restore_sql may rely on."""

    def copy_restore_sql(self, table: Table, capture: str, key: list[str] | None, rebuilt: bool, layout: int) -> list[str]:
        """restore_sql for a copy capture taken in `layout` (an older tool may have kept less);
        the same by default."""
        return self.restore_sql(table, capture, key, rebuilt)

    # -- row capture (optional) ----------------------------------------------------------------
    # `live` maps model column names to hidden names a quarantine gave them; `firings` is how many
    # statement firings wrote the capture (1 allows plans without sorting).
    def rows_capture_create(self, table: Table, capture: str, key: list[str], live: Live = None) -> list[str]:
        raise NotImplementedError

    def rows_capture_emptied(self, table: Table, capture: str, live: Live = None) -> list[str]:
        """Statements keeping every row of `table` in its row capture as removed by the next
        statement (a TRUNCATE, which fires no row trigger). Engines whose analysis gives a TRUNCATE
        row capture (Analysis.truncated with rows) implement it."""
        raise NotImplementedError

    def rows_capture_triggers(
        self, table: Table, capture: str, key: list[str], live: Live = None, model: SchemaModel | None = None,
        replay: Replay | None = None, narrow: bool = False,
    ) -> tuple[list[str], list[str]]:
        """`model`: the schema the table is in (what else may write it in the same firing).
        `replay`: what update_replay returned for the statement; `narrow`: its SET columns are the
        capture's CaptureRecord.replayed, so what it left may be told by them alone."""
        raise NotImplementedError

    def update_replay(self, conn: Connection, table: Table, key: list[str], update: UpdateSet,
                      model: SchemaModel) -> Replay | None:
        """For a plain UPDATE of `table` (update_set), whether its row capture may keep the old rows
        only and evaluate the SET list again on them for what the statement left; None keeps both."""
        return None

    def rows_firings(self, conn: Connection, capture: str) -> int:
        raise NotImplementedError

    def rows_counted(self, conn: Connection, capture: str) -> tuple[int, int] | None:
        """The capture's rows and, of them, those holding an old image, as its triggers counted
        them while they fired; None where they did not (the caller counts the capture)."""
        return None

    def rows_guard(self, conn: Connection, sql: str, model: SchemaModel, tables: set[str]) -> tuple[set[str], list[str], list[str]]:
        """Before statement `sql` runs with row capture of `tables`: the tables whose changes the
        capture could miss (copied whole instead), and statements to run before and after it
        (session settings the capture needs). By default none."""
        return set(), [], []

    def rows_finish(self, conn: Connection, table: Table, capture: str, key: list[str], live: Live = None) -> None:
        """At the end of the migration: record in the capture what the migration left per key, where
        the capture triggers did not (by default they did)."""
        return None

    def rows_restore_sql(self, table: Table, capture: str, key: list[str], firings: int | None = None,
                         schemas: Sequence[SchemaModel] = (), layout: int = 1, replayed: Sequence[str] = ()) -> list[str]:
        """`schemas`: the table's schemas while the restore runs (before and after the reverse's
        schema changes), for dialects whose restore depends on the table's unique indexes.
        `layout`: the capture's (CaptureRecord.layout), for dialects whose rows layouts differ in
        more than what `firings` tells (PostgreSQL 3: the row hash). `replayed`: the capture's
        CaptureRecord.replayed (rows_capture_triggers' `narrow`)."""
        raise NotImplementedError

    def rows_restore_counted(self, table: Table, key: list[str], firings: int | None = None) -> bool:
        """True when the affected-row counts of rows_restore_sql's statements add up to the
        capture's row count exactly when no row changed since the migration."""
        return False

    def rows_restore_mode_sql(self, mode: str) -> list[str]:
        """Statements that make guarded restores in this transaction follow `mode` (fail,
        keep-current, restore-old)."""
        return []

    def rows_conflict_sql(
        self, table: Table, capture: str, key: list[str], live: Live = None, firings: int | None = None, layout: int = 1,
        replayed: Sequence[str] = (),
    ) -> str:
        raise NotImplementedError

    def rows_forget_conflicts_sql(
        self, table: Table, capture: str, key: list[str], live: Live = None, firings: int | None = None, layout: int = 1
    ) -> str:
        raise NotImplementedError

    def rows_unique_clash_sql(
        self, table: Table, capture: str, key: list[str], uniques: list[list[str]], mode: str, firings: int | None = None,
        layout: int = 1, replayed: Sequence[str] = (),
    ) -> str | None:
        """A query counting the old images rows_restore_sql would put back (under --on-conflict
        `mode`) whose values under one of `uniques` (column lists of the table's unique keys besides
        `key`) a row the restore leaves in place holds now; None where not foreseen."""
        return None

    # -- merging a copy capture row by row (optional) ------------------------------------------
    # A copy capture whose rows the migration changed only by removing columns is "merge-safe": its
    # rows, projected onto the columns the table kept (`columns`, the row key `key` among them), are
    # the table's rows at the point. A rollback then restores it row by row (see engine/rollback.py).
    def merge_checksum(self, conn: Connection, model: SchemaModel, table: str, capture: str, columns: list[str]) -> str | None:
        """The checksum (as table_checksum computes it for `model`'s table `table`) of the capture
        projected onto `columns`, or None when this dialect cannot merge that table's capture row by
        row (then it keeps whole-table semantics). By default None."""
        return None

    def merge_counts_sql(self, table: Table, capture: str, key: list[str], columns: list[str]) -> str:
        """A query of one row (updated, deleted, inserted): rows of the live `table` (as the migration
        left it) changed on `columns` since the point, captured keys gone since, keys new since."""
        raise NotImplementedError

    def merge_keep_current_sql(self, table: Table, capture: str, key: list[str], columns: list[str]) -> list[str]:
        """Statements that make the capture agree with the live table on `columns` (updated rows take
        their current values, deleted keys leave the capture), so the merge restore keeps them."""
        raise NotImplementedError

    def merge_restore_sql(self, table: Table, capture: str, key: list[str], columns: list[str], rebuilt: bool) -> list[str]:
        """Statements that restore the captured rows into `table` (the model-before table, its rows
        as the reverse left them) by key: rows whose `columns` differ from the capture's get the
        captured row back, the other captured columns come from the capture, captured keys not
        present are inserted; keys not captured (inserted since) are left alone."""
        raise NotImplementedError

    # -- quarantine (optional) -----------------------------------------------------------------
    def quarantine_table_sql(self, table: str, point: int) -> tuple[list[str], str]:
        """Statements that set a table aside instead of dropping it, and where it went."""
        raise NotImplementedError

    def unquarantine_table_sql(self, table: str, where: str, replaced: bool) -> list[str]:
        raise NotImplementedError

    def drop_partition_sql(self, parent: str, partition: str) -> list[str]:
        """Statements that drop a partition the migration made itself, as a DROP TABLE of its
        parent would (engines whose model has partitions as tables of their own)."""
        raise NotImplementedError

    def quarantine_column_sql(self, table: Table, column: str, point: int, taken: Collection[str] = ()) -> tuple[list[str], str]:
        """Statements hiding `column`, and its hidden name: none of `taken` (the names this
        migration hid columns of the table under already: it may drop a column, add one of that
        name and drop it too)."""
        raise NotImplementedError

    def unquarantine_column_sql(self, table: str, column: str, hidden: str, replaced: bool) -> list[str]:
        raise NotImplementedError

    def unquarantine_renamed_table_sql(self, table: str, now: str, replaced: str | None) -> list[str]:
        """The table the migration renamed to `now` back under its name `table`: engines with
        records_renames. `replaced`: the kind of relation the migration made under that name since
        (table, view, materialized_view, sequence, index), which goes first."""
        raise NotImplementedError

    def unquarantine_marker_sql(self, table: str, marker: str, sequence: str | None = None) -> list[str]:
        """Statements that drop the column marking the rows inserted after a quarantine of columns
        (engines that keep one), and the sequence it draws from (`sequence`, where it has one)."""
        return []

    def column_marker_sql(self, table: str, point: int, n: int) -> tuple[list[str], str, str] | None:
        """The marker of the rows inserted after point's quarantine of columns of `table` (the n-th
        table the migration marks), for engines that add it with the quarantine itself: its
        statements, its column and its sequence (see CaptureRecord.marker). None: no marker."""
        return None

    def marker_position(self, conn: Connection, sequence: str) -> int:
        """The last value a marker's sequence handed out (0: none yet)."""
        raise NotImplementedError

    def marked_sql(self, record: Any) -> tuple[str, str]:
        """(condition, assignment): true in the rows a quarantine-columns record's marker marks as
        inserted since the point; a SET assignment that clears a row's mark."""
        marker = self.quote(record.marker)
        return f"{marker} = 1", f"{marker} = 0"

    def marked_rows(self, conn: Connection, record: Any) -> int:
        """How many rows of the record's table its marker marks as inserted since the point."""
        return int(conn.scalar(f"SELECT count(*) FROM {self.qualified(record.table)} WHERE {self.marked_sql(record)[0]}"))

    def unquarantined_model(self, conn: Connection, model: SchemaModel, records: list[Any]) -> SchemaModel:
        """The schema once the quarantines of `records` are put back, worked out without running
        anything (engines whose DDL cannot be tried in a savepoint)."""
        raise NotImplementedError

    def settle_quarantine(self, conn: Connection, records: list[Any]) -> list[Any]:
        """The records with only what is still set aside in the database (without transactional DDL,
        a crash or a resumed rollback can leave a quarantine half-done)."""
        return records

    def drop_capture_sql(self, record: Any) -> list[str]:
        """Statements that drop a capture for good (prune)."""
        if record.kind in ("copy", "rows"):
            return [f"DROP TABLE IF EXISTS {record.capture}"]
        return []

    def drop_object_sql(self, kind: str, name: str, table: str | None) -> str | None:
        """A statement dropping one model object (for objects a quarantined column takes along)."""
        return None

    def analyze_captures(self, conn: Connection) -> None:
        """Before a read-only comparison with the captures (verify): give the planner the row
        statistics of capture tables it has none of yet, where it needs them. By default nothing."""
        return None

    def estimated_rows(self, conn: Connection, table: Table) -> int:
        """A cheap estimate of a table's row count (exact where counting is cheap)."""
        return int(conn.scalar(f"SELECT count(*) FROM {self.qualified(table.name)}"))

    changed_rows_estimate = False
    """estimate_changed_rows asks the engine (in a savepoint the caller rolls back)."""

    def estimate_changed_rows(self, conn: Connection, sql: str) -> int | None:
        """The engine's estimate of the rows a DML statement changes, without running it."""
        return None

    def table_bytes(self, conn: Connection, table: str) -> int | None:
        """Bytes of a table's rows (a whole-table copy's volume), where the engine can tell."""
        return None

    def relation_bytes(self, conn: Connection, record: Any) -> int | None:
        """Bytes a capture occupies, where the engine can tell."""
        return None

    def restore_guards(
        self, current: SchemaModel, target: SchemaModel, tables: set[str], data_tables: set[str]
    ) -> tuple[list[str], list[str]]:
        """Statements to run before and after the data restore of `tables` (e.g. setting foreign
        keys and triggers aside); the default needs none."""
        return [], []

    def derived_table(self, table: Table) -> bool:
        """The table's rows are read from other tables (SQLite's external-content full-text indexes):
        its capture keeps no rows and it is not compared for rows written since a point (its
        source tables are); derived_refresh_sql recomputes it. False by default."""
        return False

    def derived_refresh_sql(self, target: SchemaModel, restored: set[str]) -> list[str]:
        """Statements run at the end of a reverse to recompute data derived from the `restored`
        tables that no restore writes itself (SQLite: external-content full-text indexes); none by default."""
        return []

    def note_large_objects(self, conn: Connection) -> bool:
        """Remember the large objects that exist (server-side) before a migration; False when there
        are none to lose, or the engine has none."""
        return False

    def large_objects_lost(self, conn: Connection) -> int:
        """How many of the large objects note_large_objects remembered are gone now (and forget them)."""
        return 0

    def write_counters(self, conn: Connection) -> dict[str, Any]:
        """Per-table counters that change when a table's rows are written in this transaction
        (used to learn what a probed statement wrote); empty where the engine has none."""
        return {}

    def catalog_writes(self, conn: Connection) -> int | None:
        """A counter of the rows written to the system catalogs in this transaction (every schema
        change writes some), or None where the engine keeps none: a migration whose statements
        leave it unchanged (each read right before and after it) left the schema as it found it."""
        return None

    def sequence_state_sql(self, conn: Connection, model: SchemaModel) -> list[str]:
        """Statements that put the model's sequences/counters back to their current values."""
        return []

    def orphan_condition(self, fk: dict[str, Any], parent_sql: str) -> str:
        """A condition on a row of a foreign key's table (aliased c) that is true when the key `fk`
        (a model definition: columns, ref_columns, sql) finds no row of its parent (`parent_sql`,
        aliased p): rows with a NULL in the key pass, except under MATCH FULL, where a key NULL in
        some columns only is an orphan too."""
        cols = [str(c) for c in fk.get("columns") or []]
        refs = [str(r) for r in fk.get("ref_columns") or []]
        not_null = " AND ".join(f"c.{self.quote(c)} IS NOT NULL" for c in cols)
        match = " AND ".join(f"p.{self.quote(r)} = c.{self.quote(c)}" for c, r in zip(cols, refs, strict=True))
        orphan = f"({not_null} AND NOT EXISTS (SELECT 1 FROM {parent_sql} p WHERE {match}))"
        if "MATCH FULL" in str(fk.get("sql", "")).upper() and len(cols) > 1:
            some_null = " OR ".join(f"c.{self.quote(c)} IS NULL" for c in cols)
            all_null = " AND ".join(f"c.{self.quote(c)} IS NULL" for c in cols)
            orphan = f"({orphan} OR (({some_null}) AND NOT ({all_null})))"
        return orphan

    def reimposed_violations(
        self, conn: Connection, before: SchemaModel, after: SchemaModel, tables: set[str],
        replaced: dict[str, set[str]] | None = None,
    ) -> list[tuple[str, str, int]]:
        """The constraints of `tables` that `before` has and `after` lacks (a migration dropped them,
        its reverse adds them back) which rows there break now: (table, constraint, rows). Read
        before a rollback runs, so it refuses up front instead of stopping on the server's error.
        `replaced`: per table, columns the migration dropped and added again under their name (not
        the columns the constraint was on). Empty where the model does not describe constraints this way."""
        return []

    def dangling_references(self, conn: Connection, tables: set[str]) -> dict[str, int]:
        """For engines that do not hold foreign keys inside a rollback (SQLite): per foreign key of
        a table referencing one of `tables`, how many rows find no parent row. Compared before and
        after a rollback, rows written since that refer to rows it took away. Empty elsewhere: the
        database refuses such a rollback itself."""
        return {}

    def dangling_predicted(
        self, conn: Connection, steps: list[Reverted], tables: set[str], keep_current: bool = False
    ) -> tuple[dict[str, int], list[str]] | None:
        """For engines whose rollback cannot be checked after it ran (DDL commits as it goes:
        MySQL/MariaDB): per foreign key of a table referencing, or referenced by, one of `tables`,
        how many rows will find no parent row once `steps` (newest first)
        are reverted (`keep_current`: with --on-conflict keep-current), predicted before anything runs;
        and the foreign keys it cannot tell. Compared
        with dangling_references now. None where the check runs after the reverse instead."""
        return None

    def sequence_mark(self, conn: Connection, model: SchemaModel) -> Any:
        """Read when a migration starts: what its reverse needs to put the sequences back
        (sequence_reverse_sql). By default the statements of sequence_state_sql."""
        return self.sequence_state_sql(conn, model)

    def sequence_reverse_sql(self, conn: Connection, mark: Any) -> list[str]:
        """At the end of a migration: the reverse's statements for the sequences and counters,
        from what sequence_mark read at its start. By default those statements as they are
        (engines whose counters never go below the rows there: InnoDB's AUTO_INCREMENT, SQLite's
        AUTOINCREMENT)."""
        return list(mark)

    def sequence_positions(self, conn: Connection) -> dict[str, Any]:
        """Where each user sequence stands now, for sequence_catch_up_sql. Empty where counters
        follow the transaction (SQLite's sqlite_sequence)."""
        return {}

    def sequence_catch_up_sql(self, before: dict[str, Any], trial: dict[str, Any] | None) -> list[str]:
        """After a trial of a reverse that did not stay (a rolled-back proof or rollback): statements
        that put the sequences the trial moved back to `before` (sequence_positions read ahead of
        it). `trial`: their positions as the trial left them, or None when they could not be read."""
        return []
