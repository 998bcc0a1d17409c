"""Hypothesis: the conflict-aware restore ("rows written after the point") against an oracle computed
in Python from the generated data, on every dialect.

Each example makes a small table (with a primary key, a unique NOT NULL key, or no key; a UNIQUE
column or not; integers, text, decimals and NULLs) and a reference table, applies a DML migration
(UPDATEs with various SET lists and WHERE clauses, UPDATE … FROM / JOIN, subqueries, key moves,
DELETEs, INSERTs, INSERT … SELECT; several statements may touch the same rows), simulated in Python
as it runs, then has another session write to the table (rows the migration wrote and rows it did
not: updated, deleted, inserted again, inserted new, written back to exactly what the migration
left), then rolls back with each --on-conflict mode in a random order until one goes through.

The oracle, from the rows before (B), after the migration (A), now (C) and the keys the migration
touched (T, every key a statement matched, moved to or inserted):
- row captures (a table with a key): the conflicts are the keys of T whose row now differs from
  what the migration left (C[k] != A[k], a row gone or there counting as a value). `fail` refuses
  when there are any (database and journal exactly as they were, every conflict counted);
  `keep-current` keeps those rows as they are now and puts every other key of T back as B had it;
  `restore-old` puts every key of T back as B had it. Keys outside T stay as C has them.
- whole-table captures (no key): a conflict is any difference between C and A; `fail` and
  `keep-current` refuse then, `restore-old` puts B back.
A result breaking the UNIQUE column (a value of a restored row taken since by a row kept) must be
refused, with nothing changed.

A second property drops a column and has rows inserted after it: they get the column's default or
NULL, the result says how many, and a NOT NULL column without a default is refused first.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from rollback_commander import api
from rollback_commander.dialects import postgres_capture as pc
from rollback_commander.errors import Conflict, Refused, RollbackError

from .helpers import query, run_sql, write_migrations

Row = tuple[Any, ...]  # (a, b, n, u): the non-key columns
State = dict[int, Row]
COLS = ("id", "a", "b", "n", "u")

#: examples per dialect; ROLLBACK_PROPERTY_SCALE multiplies them for a deeper run by hand
SCALE = float(os.environ.get("ROLLBACK_PROPERTY_SCALE", "1"))


def _n(examples: int) -> int:
    return max(1, int(examples * SCALE))


# -- the generated schema --------------------------------------------------------------------------


@dataclass(frozen=True)
class Shape:
    key: str  # "pk": id PRIMARY KEY; "pk_other": a BIGINT one (SQLite: INT, not the rowid, or WITHOUT ROWID);
    # "unique": id NOT NULL UNIQUE; "none": no key at all
    unique_u: bool  # u has a UNIQUE constraint
    without_rowid: bool = False

    def create(self, dialect: str) -> str:
        text = "VARCHAR(20)" if dialect == "mysql" else "TEXT"
        num = "REAL" if dialect == "sqlite" else "DECIMAL(8,2)"
        ident = {"pk": "INTEGER PRIMARY KEY" if dialect != "mysql" else "INT PRIMARY KEY",
                 "pk_other": "INT NOT NULL PRIMARY KEY" if dialect == "sqlite" else "BIGINT PRIMARY KEY",
                 "unique": "INTEGER NOT NULL UNIQUE", "none": "INTEGER"}[self.key]
        u = f"{text} UNIQUE" if self.unique_u else text
        options = " WITHOUT ROWID" if self.without_rowid else ""
        return (f"CREATE TABLE t (id {ident}, a INTEGER, b {text}, n {num}, u {u}){options};\n"
                f"CREATE TABLE r (rid INTEGER PRIMARY KEY, v INTEGER NOT NULL);\n")


def lit(v: Any) -> str:
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    return repr(v) if isinstance(v, float) else str(v)


def values_sql(k: int, row: Row) -> str:
    return "(" + ", ".join(lit(v) for v in (k, *row)) + ")"


def insert_sql(rows: dict[int, Row]) -> str:
    if not rows:
        return ""
    return f"INSERT INTO t ({', '.join(COLS)}) VALUES " + ", ".join(values_sql(k, r) for k, r in sorted(rows.items())) + ";\n"


# -- a migration, simulated --------------------------------------------------------------------------


class Skip(Exception):
    """The statement would break a key or the UNIQUE column (or could, half-way): not generated."""


def _cond_eval(cond: tuple[Any, ...], k: int, row: Row, ref: dict[int, int]) -> bool:
    kind = cond[0]
    a = row[0]
    if kind == "all":
        return True
    if kind == "mod":
        return k % cond[1] == cond[2]
    if kind == "a_null":
        return a is None
    if kind == "a_gt":
        return a is not None and a > cond[1]
    if kind == "b_not_null":
        return row[1] is not None
    if kind == "in_ref":  # id IN (SELECT rid FROM r WHERE v > x)
        return k in ref and ref[k] > cond[1]
    raise AssertionError(kind)


def cond_sql(cond: tuple[Any, ...], t: str = "") -> str:
    kind = cond[0]
    if kind == "all":
        return "1 = 1"
    if kind == "mod":
        return f"{t}id % {cond[1]} = {cond[2]}"
    if kind == "a_null":
        return f"{t}a IS NULL"
    if kind == "a_gt":
        return f"{t}a > {cond[1]}"
    if kind == "b_not_null":
        return f"{t}b IS NOT NULL"
    if kind == "in_ref":
        return f"{t}id IN (SELECT rid FROM r WHERE v > {cond[1]})"
    raise AssertionError(kind)


def _set_eval(assign: tuple[Any, ...], k: int, row: Row, ref: dict[int, int]) -> tuple[int, Row]:
    a, b, n, u = row
    kind = assign[0]
    if kind == "a_add":
        a = None if a is None else a + assign[1]
    elif kind == "a_const":
        a = assign[1]
    elif kind == "a_self":
        pass
    elif kind == "b_const":
        b = assign[1]
    elif kind == "b_append":
        b = None if b is None else b + "x"
    elif kind == "n_double":
        n = None if n is None else n * 2
    elif kind == "u_null":
        u = None
    elif kind == "u_append":
        u = None if u is None else u + "z"
    elif kind == "id_move":
        k = k + assign[1]
    elif kind == "a_from_ref":  # UPDATE … FROM r: the matched r row's v
        a = ref[k]
    else:
        raise AssertionError(kind)
    return k, (a, b, n, u)


def set_sql(assign: tuple[Any, ...], dialect: str, t: str = "") -> str:
    kind = assign[0]
    concat = (lambda x, s: f"CONCAT({x}, '{s}')") if dialect == "mysql" else (lambda x, s: f"{x} || '{s}'")
    return {
        "a_add": lambda: f"{t}a = {t}a + {assign[1] if len(assign) > 1 else 0}",
        "a_const": lambda: f"{t}a = {lit(assign[1]) if len(assign) > 1 else 'NULL'}",
        "a_self": lambda: f"{t}a = {t}a",
        "b_const": lambda: f"{t}b = {lit(assign[1]) if len(assign) > 1 else 'NULL'}",
        "b_append": lambda: f"{t}b = {concat(t + 'b', 'x')}",
        "n_double": lambda: f"{t}n = {t}n * 2",
        "u_null": lambda: f"{t}u = NULL",
        "u_append": lambda: f"{t}u = {concat(t + 'u', 'z')}",
        "id_move": lambda: f"{t}id = {t}id + {assign[1] if len(assign) > 1 else 0}",
        "a_from_ref": lambda: f"{t}a = r.v",
    }[kind]()


@dataclass
class Sim:
    """The table as the generator believes it is, and the keys the migration touched."""

    rows: State
    ref: dict[int, int]
    touched: set[int] = field(default_factory=set)

    def check(self, new: State) -> None:
        """`new` must keep the UNIQUE column unique."""
        us = [r[3] for r in new.values() if r[3] is not None]
        if len(us) != len(set(us)):
            raise Skip

    def update(self, assigns: list[tuple[Any, ...]], cond: tuple[Any, ...], from_ref: bool) -> None:
        matched = [k for k, row in self.rows.items()
                   if (not from_ref or k in self.ref) and _cond_eval(cond, k, row, self.ref)]
        out = {k: r for k, r in self.rows.items() if k not in matched}
        new: State = {}
        for k in matched:
            nk, row = k, self.rows[k]
            for assign in assigns:
                moved, row = _set_eval(assign, k, row, self.ref)
                if assign[0] == "id_move":
                    nk = moved
            if nk in out or nk in new or (nk != k and nk in self.rows):
                raise Skip  # a key collision, or a key moved onto one still there half-way
            u = row[3]
            if u is not None and u != self.rows[k][3] and any(r[3] == u for r in self.rows.values()):
                raise Skip  # a u value written where another row holds it before the statement
            new[nk] = row
        out.update(new)
        self.check(out)
        self.rows = out
        self.touched |= set(matched) | set(new)

    def delete(self, cond: tuple[Any, ...]) -> None:
        gone = {k for k, row in self.rows.items() if _cond_eval(cond, k, row, self.ref)}
        self.rows = {k: r for k, r in self.rows.items() if k not in gone}
        self.touched |= gone

    def insert(self, rows: State) -> None:
        if any(k in self.rows for k in rows):
            raise Skip
        out = {**self.rows, **rows}
        self.check(out)
        self.rows = out
        self.touched |= set(rows)


values_a = st.one_of(st.none(), st.integers(-5, 40))
values_b = st.one_of(st.none(), st.sampled_from(["x", "X", "x ", "yy", "o'k", "", "zed"]))
values_n = st.one_of(st.none(), st.sampled_from([0.25, 1.5, 2.75, -3.0, 10.5]))
conds = st.one_of(
    st.just(("all",)),
    st.tuples(st.just("mod"), st.integers(2, 4), st.integers(0, 1)),
    st.just(("a_null",)),
    st.tuples(st.just("a_gt"), st.integers(0, 30)),
    st.just(("b_not_null",)),
    st.tuples(st.just("in_ref"), st.integers(0, 10)),
)
assigns = st.one_of(
    st.tuples(st.just("a_add"), st.integers(1, 9)),
    st.tuples(st.just("a_const"), values_a),
    st.just(("a_self",)),
    st.tuples(st.just("b_const"), values_b),
    st.just(("b_append",)),
    st.just(("n_double",)),
    st.just(("u_null",)),
    st.just(("u_append",)),
    st.tuples(st.just("id_move"), st.sampled_from([100, 200])),
)


@st.composite
def row_values(draw: st.DrawFn, fresh_u: Iterator[str]) -> Row:
    u = next(fresh_u) if draw(st.booleans()) else None
    return (draw(values_a), draw(values_b), draw(values_n), u)


@dataclass
class Phase:
    """One migration and the other session's writes after it."""

    migration: str
    before: State  # the table as the migration found it
    after: State  # as it left it
    touched: set[int]  # every key a statement matched, moved a row to, or inserted
    writes: list[str]
    now: State  # as the writes after it left it


@dataclass
class Example:
    shape: Shape
    setup: str
    phases: list[Phase]
    order: list[str]
    replay: bool

    @property
    def now(self) -> State:
        return self.phases[-1].now


def _u_stream(prefix: str) -> Iterator[str]:
    i = 0
    while True:
        i += 1
        yield f"{prefix}{i}"


@st.composite
def migration(draw: st.DrawFn, sim: Sim, dialect: str, fresh_u: Iterator[str], base: int) -> str:
    """A DML migration's text, run on `sim` (its touched keys reset); new keys from `base` on."""
    sim.touched = set()
    stmts: list[str] = []
    ref = sim.ref
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["update", "update", "update_from", "delete", "insert", "insert_select"]))
        try:
            if kind == "update":
                sets = draw(st.lists(assigns, min_size=1, max_size=3, unique_by=lambda a: a[0].split("_")[0]))
                cond = draw(conds)
                sim.update(sets, cond, from_ref=False)
                stmts.append(f"UPDATE t SET {', '.join(set_sql(s, dialect) for s in sets)} WHERE {cond_sql(cond)};")
            elif kind == "update_from":
                x = draw(st.one_of(st.none(), st.integers(0, 10)))
                sim.update([("a_from_ref",)], ("all",) if x is None else ("in_ref", x), from_ref=True)
                extra = "" if x is None else f" AND r.v > {x}"
                if dialect == "mysql":
                    stmts.append(f"UPDATE t JOIN r ON r.rid = t.id SET t.a = r.v WHERE 1 = 1{extra};")
                else:
                    stmts.append(f"UPDATE t SET a = r.v FROM r WHERE r.rid = t.id{extra};")
            elif kind == "delete":
                cond = draw(conds)
                sim.delete(cond)
                stmts.append(f"DELETE FROM t WHERE {cond_sql(cond)};")
            elif kind == "insert":
                keys = draw(st.sets(st.one_of(st.integers(1, 14), st.integers(base, base + 20)), min_size=1, max_size=3))
                rows = {k: draw(row_values(fresh_u)) for k in keys}
                sim.insert(rows)
                stmts.append(insert_sql(rows).strip())
            else:  # INSERT … SELECT from the reference table
                x, shift = draw(st.integers(0, 15)), base + draw(st.sampled_from([20, 40]))
                rows = {rid + shift: (v, "sel", None, None) for rid, v in ref.items() if v > x}
                if not rows:
                    continue
                sim.insert(rows)
                stmts.append(f"INSERT INTO t (id, a, b) SELECT rid + {shift}, v, 'sel' FROM r WHERE v > {x};")
        except Skip:
            continue
    if not stmts:
        sim.delete(("mod", 2, 1))
        stmts.append(f"DELETE FROM t WHERE {cond_sql(('mod', 2, 1))};")
    return "\n".join(stmts) + "\n"


@st.composite
def writes_since(draw: st.DrawFn, now: State, touched: set[int], taken: list[str], fresh_w: Iterator[str],
                 base: int) -> list[str]:
    """Another session's writes to `now` (changed in place): rows the migrations wrote (`touched`)
    and rows they did not, updated, deleted, inserted again, inserted new, written back to exactly
    what they hold; a u value may be one `taken` before, which a restored row may want back."""
    writes: list[str] = []
    for _ in range(draw(st.integers(0, 5))):
        kind = draw(st.sampled_from(["upd_touched", "upd_untouched", "del_touched", "del_untouched", "ins_new",
                                     "ins_again", "write_back", "same_values", "move"]))
        touched_now = sorted(k for k in now if k in touched)
        untouched_now = sorted(k for k in now if k not in touched)
        gone = sorted(k for k in touched if k not in now)
        pool = {"upd_touched": touched_now, "upd_untouched": untouched_now, "del_touched": touched_now,
                "del_untouched": untouched_now, "ins_new": [0], "ins_again": gone, "write_back": touched_now,
                "same_values": touched_now, "move": sorted(now)}[kind]
        if not pool:
            continue
        k = draw(st.sampled_from(pool))
        choice = draw(st.sampled_from(["null", "fresh", "old"]))
        free = [v for v in taken if not any(r[3] == v for r in now.values())]  # held before, by no row now
        u = None if choice == "null" else next(fresh_w) if choice == "fresh" or not free else draw(st.sampled_from(free))
        if u is not None and any(r[3] == u for kk, r in now.items() if kk != k):
            u = None
        if kind in ("upd_touched", "upd_untouched"):
            a = draw(values_a)
            row = now[k]
            if draw(st.booleans()):
                now[k] = (a, row[1], row[2], row[3])
                writes.append(f"UPDATE t SET a = {lit(a)} WHERE id = {k};")
            else:
                now[k] = (a, row[1], row[2], u)
                writes.append(f"UPDATE t SET a = {lit(a)}, u = {lit(u)} WHERE id = {k};")
        elif kind in ("del_touched", "del_untouched"):
            del now[k]
            writes.append(f"DELETE FROM t WHERE id = {k};")
        elif kind in ("ins_new", "ins_again"):
            if kind == "ins_new":
                k = base + len(writes)
            now[k] = (draw(values_a), draw(values_b), draw(values_n), u)
            writes.append(f"INSERT INTO t ({', '.join(COLS)}) VALUES {values_sql(k, now[k])};")
        elif kind == "write_back":  # changed, then back to exactly what it held
            a, b, n, uu = now[k]
            writes.append(f"UPDATE t SET a = {lit(draw(values_a))}, b = 'tmp', n = NULL, u = NULL WHERE id = {k};")
            writes.append(f"UPDATE t SET a = {lit(a)}, b = {lit(b)}, n = {lit(n)}, u = {lit(uu)} WHERE id = {k};")
        elif kind == "move":  # the key of a row changed: under its old key it is gone, under the new one new
            free = sorted({*touched, base + 90 + len(writes)} - set(now))
            if not free:
                continue
            to = draw(st.sampled_from(free))
            now[to] = now.pop(k)
            writes.append(f"UPDATE t SET id = {to} WHERE id = {k};")
        else:  # an UPDATE that writes the same values
            writes.append(f"UPDATE t SET a = a, b = b WHERE id = {k};")
    return writes


@st.composite
def examples(draw: st.DrawFn, dialect: str, key: str | None = None, points: tuple[int, int] = (1, 2)) -> Example:
    key = key or draw(st.sampled_from(["pk", "pk_other", "unique", "none"]))
    shape = Shape(key, draw(st.booleans()), dialect == "sqlite" and key == "pk_other" and draw(st.booleans()))
    fresh_u, fresh_w = _u_stream("u"), _u_stream("w")
    before: State = {}
    for k in draw(st.sets(st.integers(1, 12), max_size=8)):
        before[k] = draw(row_values(fresh_u))
    ref = {k: draw(st.integers(0, 20)) for k in draw(st.sets(st.integers(1, 14), max_size=8))}
    sim = Sim(dict(before), ref)
    phases: list[Phase] = []
    touched: set[int] = set()
    for i in range(draw(st.integers(*points))):
        start = dict(sim.rows)
        text = draw(migration(sim, dialect, fresh_u, 50 + 1000 * i))
        after = dict(sim.rows)
        touched |= sim.touched
        taken = sorted({r[3] for p in [*phases, None] for r in (p.before if p else start).values() if r[3] is not None})
        now = dict(after)
        writes = draw(writes_since(now, touched, taken, fresh_w, 500 + 1000 * i))
        phases.append(Phase(text, start, after, set(sim.touched), writes, dict(now)))
        sim.rows = dict(now)
    order = draw(st.permutations(["fail", "keep-current", "restore-old"]))
    replay = dialect == "postgresql" and draw(st.booleans())
    setup = shape.create(dialect) + insert_sql(before)
    if ref:
        setup += "INSERT INTO r (rid, v) VALUES " + ", ".join(f"({k}, {v})" for k, v in sorted(ref.items())) + ";\n"
    return Example(shape, setup, phases, list(order), replay)


# -- the oracle --------------------------------------------------------------------------------------


def _norm(v: Any) -> Any:
    if isinstance(v, Decimal):
        return float(v)
    return v


def read_rows(url: str) -> list[Row]:
    return sorted(
        (tuple(_norm(v) for v in r) for r in query(url, "SELECT id, a, b, n, u FROM t")),
        key=lambda r: tuple((v is None, str(v)) for v in r),
    )


def as_rows(state: State) -> list[Row]:
    return sorted(((k, *r) for k, r in state.items()), key=lambda r: tuple((v is None, str(v)) for v in r))


@dataclass
class Expect:
    refused: bool
    conflict: bool  # refused as a Conflict (rows changed since)
    conflicts: int  # the rows counted as changed since (row captures); for whole tables, the points changed since
    rows: State | None  # the table after the rollback (None: refused)
    steps: list[State] = field(default_factory=list)  # the table after reverting each point, newest first, up to the refusal


def revert(phase: Phase, current: State, mode: str, whole: bool, unique_u: bool) -> tuple[str | None, int, State]:
    """Reverting one point from `current`: (why refused: "conflict" | "unique" | None, conflicts, the result)."""
    b, a, t = phase.before, phase.after, phase.touched
    if whole:
        changed = as_rows(current) != as_rows(a)
        if changed and mode in ("fail", "keep-current"):
            return "conflict", 1, current
        return None, int(changed), dict(b)
    conflicts = {k for k in t if current.get(k) != a.get(k)}
    if conflicts and mode == "fail":
        return "conflict", len(conflicts), current
    out = {k: r for k, r in current.items() if k not in t}
    for k in t:
        src = current if (mode == "keep-current" and k in conflicts) else b
        if k in src:
            out[k] = src[k]
    us = [r[3] for r in out.values() if r[3] is not None]
    if unique_u and len(us) != len(set(us)):
        return "unique", len(conflicts), current  # the restored rows would break UNIQUE (u)
    return None, len(conflicts), out


def oracle(ex: Example, mode: str, whole: bool) -> Expect:
    current = ex.now
    total = 0
    steps: list[State] = []
    for phase in reversed(ex.phases):
        why, n, current = revert(phase, current, mode, whole, ex.shape.unique_u)
        total += n
        if why is not None:
            return Expect(True, why == "conflict", total, None, steps)
        steps.append(current)
    return Expect(False, False, total, current, steps)


def journal_state(url: str) -> tuple[Any, ...]:
    points = [(p["id"], p["migration"], p.get("active")) for p in api.points(url)]
    return (points, len(api.log(url)))


def _tally(dialect: str, what: str) -> None:
    event(what)
    if TALLY:
        with open(TALLY, "a", encoding="utf-8") as f:
            f.write(f"{dialect}\t{what}\n")


def _describe(ex: Example) -> str:
    out = f"\n--- setup\n{ex.setup}"
    for i, p in enumerate(ex.phases, 1):
        out += f"--- migration {i}\n{p.migration}--- writes after it\n" + "".join(w + "\n" for w in p.writes)
    return out


def check_example(url: str, ex: Example, dialect: str) -> None:
    run_sql(url, ex.setup)
    context = _describe(ex)
    assert read_rows(url) == as_rows(ex.phases[0].before)
    kinds: set[str] = set()
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_migrations(Path(tmp) / "m", {f"{i:03d}_dml.sql": p.migration for i, p in enumerate(ex.phases, 1)})
        for i, phase in enumerate(ex.phases, 1):
            saved = pc.REPLAY_MIN_ROWS
            if ex.replay:
                pc.REPLAY_MIN_ROWS = 0
            try:
                result = api.apply(url, str(folder), to=f"{i:03d}_dml")
            finally:
                pc.REPLAY_MIN_ROWS = saved
            assert read_rows(url) == as_rows(phase.after), f"migration {i} did not do what the simulation says{context}"
            kinds |= {c["kind"] for m in result.migrations for c in m.captures if c["table"].split(".")[-1] == "t"}
            for sql in phase.writes:
                run_sql(url, sql)
            assert read_rows(url) == as_rows(phase.now), context
    if ex.shape.key == "none":
        assert kinds <= {"copy"}, kinds
    else:
        assert kinds <= {"rows"}, f"{kinds}{context}"
    whole = "copy" in kinds
    fingerprint, journal = api.fingerprint(url), journal_state(url)
    single = len(ex.phases) == 1
    for mode in ex.order:
        want = oracle(ex, mode, whole)
        label = f"{dialect} --on-conflict {mode} (whole table: {whole}, conflicts: {want.conflicts}){context}"
        _tally(dialect, f"{ex.shape.key} {len(ex.phases)} point(s) {mode}: "
               + ("refused (conflict)" if want.conflict else "refused (unique)" if want.refused
                  else "through with conflicts" if want.conflicts else "through"))
        dry = api.rollback_to(url, "base", dry_run=True, on_conflict=mode)
        if single and not whole:
            assert sum(c["rows"] for c in dry.conflicts if c["table"].split(".")[-1] == "t") == want.conflicts, \
                f"dry run: {dry.conflicts} {label}"
        elif single:
            assert bool(dry.conflicts) == bool(want.conflicts), f"dry run: {dry.conflicts} {label}"
        assert read_rows(url) == as_rows(ex.now) and journal_state(url) == journal, "the dry run changed something " + label
        if single and want.refused and not want.conflict:  # the dry run foresees a restore breaking the UNIQUE column
            assert any("unique key" in r["message"] for r in dry.refusals), f"dry run: {dry.refusals} {label}"
        if want.refused:
            with pytest.raises(RollbackError) as err:
                api.rollback_to(url, "base", on_conflict=mode)
            assert isinstance(err.value, Conflict) == want.conflict, f"{err.value!r} {label}"
            if not want.conflict:  # refused before anything runs, not on the server's error half-way
                assert "unique key" in err.value.message, f"{err.value!r} {label}"
            if want.conflict and single and not whole:
                counted = sum(c["rows"] for c in err.value.details["conflicts"])
                assert counted == want.conflicts, f"{err.value.details} {label}"
            rows = read_rows(url)
            reverted = sum(1 for p in api.points(url) if p["migration"].endswith("_dml") and not p.get("active"))
            if dialect == "mysql" and not single and reverted:
                # the stepwise engine compares a point's rows a newer point also changed once that
                # one is reverted, and stops there: the newer points stay reverted, and it says so
                assert "the newer points are rolled back" in str(err.value.hint), f"{err.value.hint} {label}"
                assert 0 < reverted <= len(want.steps), label
                assert rows == as_rows(want.steps[reverted - 1]), f"rows after {reverted} step(s) {label}"
                return
            assert rows == as_rows(ex.now), "a refused rollback changed rows " + label
            assert api.fingerprint(url) == fingerprint, "a refused rollback changed the database " + label
            assert journal_state(url) == journal, "a refused rollback changed the journal " + label
            continue
        try:
            done = api.rollback_to(url, "base", on_conflict=mode)
        except RollbackError as exc:
            raise AssertionError(f"refused: {exc!r} {getattr(exc, 'hint', '')} {label}") from None
        assert done.verified, label
        assert want.rows is not None
        assert read_rows(url) == as_rows(want.rows), label
        if not whole:
            assert sum(c["rows"] for c in done.conflicts) == want.conflicts, f"{done.conflicts} {label}"
        assert not any(p.get("active") for p in api.points(url) if p["migration"].endswith("_dml")), label
        return


# -- the tests ---------------------------------------------------------------------------------------

SETTINGS = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow, HealthCheck.function_scoped_fixture]}
TALLY = os.environ.get("ROLLBACK_PROPERTY_TALLY")
"""A file to append, per example, the dialect and what each mode was expected to do (a deeper run's figures)."""


def _run(dialect: str, fresh: Callable[[], AbstractContextManager[str]], n: int, key: str | None = None) -> None:
    @settings(max_examples=n, **SETTINGS)  # type: ignore[arg-type]
    @given(ex=examples(dialect, key))
    def check(ex: Example) -> None:
        with fresh() as url:
            check_example(url, ex, dialect)

    check()


@contextmanager
def _fresh_sqlite() -> Iterator[str]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / (uuid.uuid4().hex + ".db")
        path.touch()
        yield f"sqlite:///{path}"


KEYS = ("pk", "pk_other", "unique", "none")


@pytest.mark.parametrize("key", KEYS)
def test_sqlite_rows_written_since_are_restored_as_the_mode_says(key: str) -> None:
    _run("sqlite", _fresh_sqlite, _n({"pk": 12, "pk_other": 8, "unique": 6, "none": 5}[key]), key)


@pytest.mark.postgres
@pytest.mark.parametrize("key", KEYS)
def test_postgres_rows_written_since_are_restored_as_the_mode_says(key: str, _pg_admin: object) -> None:
    from .conftest import fresh_pg_database

    _run("postgresql", lambda: fresh_pg_database(_pg_admin), _n({"pk": 4, "pk_other": 3, "unique": 3, "none": 2}[key]), key)


@pytest.mark.mysql
@pytest.mark.parametrize("key", KEYS)
def test_mysql_rows_written_since_are_restored_as_the_mode_says(key: str, _mysql_admin: object) -> None:
    from .conftest import fresh_mysql_database

    _run("mysql", lambda: fresh_mysql_database(_mysql_admin), _n({"pk": 2, "pk_other": 2, "unique": 2, "none": 1}[key]), key)


# -- found by the property: a restored row's unique value taken since -------------------------------


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql", "mysql"])
@pytest.mark.parametrize("mode", ["fail", "keep-current", "restore-old"])
def test_a_restored_rows_unique_value_taken_since_is_refused_before_anything_runs(
        dialect: str, mode: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """The migration cleared u; since, a new row took an old value. Putting the old row back would
    break UNIQUE (u): the rollback is refused before anything runs, naming the table, the unique key
    and the rows, and the dry run foresees it. Before, the restore stopped on the server's error:
    on MariaDB after its DELETE had committed, leaving the migrated rows gone."""
    url = str(request.getfixturevalue({"sqlite": "sqlite_url", "postgresql": "pg_url", "mysql": "mysql_url"}[dialect]))
    run_sql(url, "CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, u VARCHAR(20) UNIQUE);"
                 "INSERT INTO t (id, a, u) VALUES (1, 1, 'u1'), (2, 2, 'u2'), (3, 3, 'u3');")
    api.apply(url, str(write_migrations(tmp_path / "m", {"001_clear.sql": "UPDATE t SET u = NULL, a = 10 WHERE id < 3;\n"})))
    run_sql(url, "INSERT INTO t (id, a, u) VALUES (500, 5, 'u2')")
    state, journal = query(url, "SELECT id, a, u FROM t ORDER BY id"), journal_state(url)
    dry = api.rollback_to(url, "base", dry_run=True, on_conflict=mode)
    assert [(r["table"].split(".")[-1], r["columns"], r["rows"]) for r in dry.refusals] == [("t", ["u"], 1)], dry.refusals
    with pytest.raises(Refused) as err:
        api.rollback_to(url, "base", on_conflict=mode)
    assert not isinstance(err.value, Conflict)
    assert "unique key" in err.value.message and err.value.details["rows"] == 1, err.value
    assert query(url, "SELECT id, a, u FROM t ORDER BY id") == state and journal_state(url) == journal
    run_sql(url, "UPDATE t SET u = 'mine' WHERE id = 500")
    assert api.rollback_to(url, "base", on_conflict=mode).verified
    assert query(url, "SELECT id, a, u FROM t ORDER BY id") == [(1, 1, "u1"), (2, 2, "u2"), (3, 3, "u3"), (500, 5, "mine")]


# -- DROP COLUMN, then rows written since ------------------------------------------------------------

COLUMN_SPECS = {  # the dropped column's definition -> what a row inserted since gets back (None: refused)
    "nullable": ("INTEGER", None),
    "default": ("INTEGER DEFAULT 7", 7),
    "not null default": ("INTEGER NOT NULL DEFAULT 7", 7),
    "not null": ("INTEGER NOT NULL", "refused"),
}


@dataclass
class DropExample:
    spec: str
    before: dict[int, tuple[Any, Any]]  # id -> (a, c)
    writes: list[str]
    now: dict[int, Any]  # id -> a, as the other session left the table (no c)
    inserted: set[int]
    changed: set[int]  # rows of `before` updated or deleted since (a SQLite merge's conflicts)
    order: list[str]


@st.composite
def drop_examples(draw: st.DrawFn) -> DropExample:
    spec = draw(st.sampled_from(sorted(COLUMN_SPECS)))
    nullable = not spec.startswith("not null")
    before = {k: (draw(values_a), draw(st.integers(0, 99) if not nullable else st.one_of(st.none(), st.integers(0, 99))))
              for k in draw(st.sets(st.integers(1, 12), min_size=1, max_size=6))}
    now = {k: a for k, (a, _) in before.items()}
    writes: list[str] = []
    inserted: set[int] = set()
    changed: set[int] = set()
    for i in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["insert", "insert", "update", "delete", "same"]))
        old = sorted(k for k in now if k in before)
        if kind == "insert":
            k = 100 + i
            now[k] = draw(values_a)
            inserted.add(k)
            writes.append(f"INSERT INTO d (id, a) VALUES ({k}, {lit(now[k])});")
        elif kind == "update" and old:
            k = draw(st.sampled_from(old))
            now[k] = draw(values_a)
            if now[k] != before[k][0]:
                changed.add(k)
            writes.append(f"UPDATE d SET a = {lit(now[k])} WHERE id = {k};")
        elif kind == "delete" and old:
            k = draw(st.sampled_from(old))
            del now[k]
            changed.add(k)
            writes.append(f"DELETE FROM d WHERE id = {k};")
        elif kind == "same" and old:
            writes.append(f"UPDATE d SET a = a WHERE id = {draw(st.sampled_from(old))};")
    changed = {k for k in changed if k not in now or now[k] != before[k][0]}
    return DropExample(spec, before, writes, now, inserted, changed, list(draw(st.permutations(["fail", "keep-current", "restore-old"]))))


def check_drop(url: str, ex: DropExample, dialect: str) -> None:
    merge = dialect == "sqlite"  # a merge-safe copy: rows updated or deleted since are conflicts
    typ, filled_value = COLUMN_SPECS[ex.spec]
    run_sql(url, f"CREATE TABLE d (id INTEGER PRIMARY KEY, a INTEGER, c {typ});\n"
                 + "".join(f"INSERT INTO d (id, a, c) VALUES ({k}, {lit(a)}, {lit(c)});\n" for k, (a, c) in sorted(ex.before.items())))
    with tempfile.TemporaryDirectory() as tmp:
        api.apply(url, str(write_migrations(Path(tmp) / "m", {"001_drop.sql": "ALTER TABLE d DROP COLUMN c;\n"})))
    for sql in ex.writes:
        run_sql(url, sql)
    context = f"\n--- c {typ}; before {ex.before}\n--- writes\n" + "\n".join(ex.writes)
    state = sorted(query(url, "SELECT id, a FROM d"))
    assert state == sorted(ex.now.items()), context
    fingerprint, journal = api.fingerprint(url), journal_state(url)
    for mode in ex.order:
        conflicts = len(ex.changed) if merge else 0
        refused = (conflicts and mode == "fail") or (ex.inserted and filled_value == "refused")
        _tally(dialect, f"drop {ex.spec} {mode}: " + ("refused" if refused else "through"))
        if refused:
            with pytest.raises(RollbackError) as err:
                api.rollback_to(url, "base", on_conflict=mode)
            if not (conflicts and mode == "fail"):
                assert not isinstance(err.value, Conflict) and "NOT NULL" in err.value.message, f"{err.value!r}{context}"
                assert err.value.details.get("rows") == len(ex.inserted), f"{err.value.details}{context}"
            assert sorted(query(url, "SELECT id, a FROM d")) == state, f"a refused rollback changed rows ({mode}){context}"
            assert api.fingerprint(url) == fingerprint and journal_state(url) == journal, f"({mode}){context}"
            continue
        try:
            done = api.rollback_to(url, "base", on_conflict=mode)
        except RollbackError as exc:
            raise AssertionError(f"refused ({mode}): {exc!r} {getattr(exc, 'hint', '')}{context}") from None
        assert done.verified
        if merge and mode == "restore-old":
            want = {k: v for k, v in ex.before.items()} | {k: (ex.now[k], filled_value) for k in ex.inserted}
        else:  # keep-current's merge keeps the rows changed since, with their column back
            want = {k: (a, ex.before[k][1] if k in ex.before else filled_value) for k, a in ex.now.items()}
        got = {k: (a, c) for k, a, c in query(url, "SELECT id, a, c FROM d")}
        assert got == want, f"--on-conflict {mode}{context}"
        filled = sum(f["rows"] for f in done.filled if f["table"].split(".")[-1] == "d")
        assert filled == len(ex.inserted), f"filled {done.filled} ({mode}){context}"
        if ex.inserted:
            assert {c for f in done.filled for c in f["columns"].values()} == {"NULL" if filled_value is None else "default"}, done.filled
        return


def _run_drop(dialect: str, fresh: Callable[[], AbstractContextManager[str]], n: int) -> None:
    @settings(max_examples=n, **SETTINGS)  # type: ignore[arg-type]
    @given(ex=drop_examples())
    def check(ex: DropExample) -> None:
        with fresh() as url:
            check_drop(url, ex, dialect)

    check()


def test_sqlite_rows_inserted_after_a_drop_column_get_its_default_or_null() -> None:
    _run_drop("sqlite", _fresh_sqlite, _n(10))


@pytest.mark.postgres
def test_postgres_rows_inserted_after_a_drop_column_get_its_default_or_null(_pg_admin: object) -> None:
    from .conftest import fresh_pg_database

    _run_drop("postgresql", lambda: fresh_pg_database(_pg_admin), _n(4))


@pytest.mark.mysql
def test_mysql_rows_inserted_after_a_drop_column_get_its_default_or_null(_mysql_admin: object) -> None:
    from .conftest import fresh_mysql_database

    _run_drop("mysql", lambda: fresh_mysql_database(_mysql_admin), _n(2))
