"""Benchmark of Rollback Commander on PostgreSQL, MariaDB/MySQL and SQLite against the baselines a DBA
would use.

    .venv/bin/python bench/run.py [--rows 200000,2000000] [--repeat 3] [--pg-url URL] [--json FILE] [--quick]
                                  [--mysql-url URL | --no-mysql] [--no-sqlite] [--only postgres|mysql|sqlite]

For every size N it builds a `contacts` table (server-side, generate_series) in a template database,
then on identical fresh copies (CREATE DATABASE ... TEMPLATE) times, as subprocesses, wall clock with
process start included:

1. DROP COLUMN: `pg_restore` of the table from a custom-format dump, vs `rollback apply` of
   `ALTER TABLE contacts DROP COLUMN phone` and `rollback to base --yes`.
2. UPDATE: `psql -c "UPDATE contacts SET phone = NULL WHERE id % 10 = 0"`, vs the same statement
   through `rollback apply`, and its `rollback to base --yes`.
3. Peak RSS of every `rollback` process (os.wait4 rusage), to show it is flat in table size.

Then, when a MariaDB/MySQL server answers (default mysql://root@127.0.0.1:3306), the same cases on
an InnoDB `contacts` table (recursive CTE fill; a database per timed step holding a fresh copy):
the reload of a `mariadb-dump --single-transaction DB contacts` file (`mariadb DB < FILE`) vs the DROP
COLUMN rollback, and `mariadb -e "UPDATE ..."` vs the guarded UPDATE and its rollback.

Then, when the `sqlite3` CLI is on PATH, the same cases on a SQLite `contacts` table (recursive CTE
fill in a template file; a file copy per timed step): the reload of a `sqlite3 TEMPLATE ".dump
contacts"` file (`sqlite3 DB < FILE`) vs the DROP COLUMN rollback, and `sqlite3 DB "UPDATE ..."` vs the
guarded UPDATE and its rollback.

Every rollback is checked server-side against the state before (checksums of (id, phone) and of
every row, columns in order, index definitions); a mismatch makes the run exit 1. Missing a
performance target does not. See bench/README.md.
"""

from __future__ import annotations

import argparse
import compileall
import hashlib
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import Any, ClassVar, Protocol

import psycopg
from rich.console import Console

import mydb
import pgdb
import sqlitedb
from report import Section, render
from results import (
    BARE_UPDATE,
    DROP_APPLY,
    DROP_ROLLBACK,
    ENGINE_NAMES,
    MY_BARE_UPDATE,
    MY_RELOAD,
    MYSQL,
    MYSQL_DROP_INFO,
    MYSQL_TARGETS,
    PG_RESTORE,
    PG_RESTORE_T,
    POSTGRES,
    SQ_BARE_UPDATE,
    SQ_RELOAD,
    SQLITE,
    SQLITE_DROP_INFO,
    SQLITE_TARGETS,
    STEP_LABELS,
    TARGETS,
    TOOL_START,
    UPDATE_APPLY,
    UPDATE_ROLLBACK,
    VERIFY,
    VERIFY_TARGET_ROWS_PER_S,
    Sample,
    SizeResult,
    memory_verdict,
)
from timing import RSS_METHOD, Measured, run_measured

DEFAULT_PG_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
DEFAULT_MYSQL_URL = "mysql://root@127.0.0.1:3306"
DEFAULT_ROWS = (200_000, 2_000_000)
QUICK_ROWS = (50_000,)

DROP_SQL = "ALTER TABLE contacts DROP COLUMN phone;\n"
UPDATE_SQL = "UPDATE contacts SET phone = NULL WHERE id % 10 = 0"

REPO = Path(__file__).resolve().parent.parent


class CheckFailed(Exception):
    """A command failed or a database was not in the state it must be in."""


# --------------------------------------------------------------------------------------------- options


def parse_rows(text: str) -> tuple[int, ...]:
    out: list[int] = []
    for part in text.split(","):
        part = part.strip().replace("_", "").lower()
        if not part:
            continue
        m = re.fullmatch(r"(\d+(?:\.\d+)?)([km]?)", part)
        if not m:
            raise argparse.ArgumentTypeError(f"bad row count {part!r} (use e.g. 200000,2000000 or 200k,2m)")
        value = float(m[1]) * {"": 1, "k": 1_000, "m": 1_000_000}[m[2]]
        if value < 1:
            raise argparse.ArgumentTypeError("row counts must be >= 1")
        out.append(int(value))
    if not out:
        raise argparse.ArgumentTypeError("no row counts given")
    return tuple(out)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="bench/run.py",
        description="Time `rollback` against pg_restore and bare psql on PostgreSQL; print figures and ratios.",
    )
    p.add_argument(
        "--rows", type=parse_rows, default=None, help="table sizes, comma-separated (default: 200000,2000000)"
    )
    p.add_argument(
        "--pg-url",
        default=os.environ.get("ROLLBACK_BENCH_POSTGRES_URL", DEFAULT_PG_URL),
        help="admin URL; scratch databases rc_bench_<pid>_* are created and dropped through it "
        "(default: $ROLLBACK_BENCH_POSTGRES_URL or %(default)s)",
    )
    p.add_argument(
        "--mysql-url",
        default=None,
        metavar="URL",
        help="MariaDB/MySQL server for the MySQL part; scratch databases rc_bench_<pid>_* are created and dropped "
        "(default: $ROLLBACK_BENCH_MYSQL_URL or " + DEFAULT_MYSQL_URL + ", skipped when it does not answer; "
        "given explicitly, it must answer)",
    )
    p.add_argument("--no-mysql", action="store_true", help="skip the MariaDB/MySQL part")
    p.add_argument("--no-sqlite", action="store_true", help="skip the SQLite part")
    p.add_argument(
        "--sqlite-journal",
        choices=sqlitedb.JOURNAL_MODES,
        default=sqlitedb.JOURNAL_MODE,
        help="journal mode of the SQLite template file and so of every copy (default: %(default)s)",
    )
    p.add_argument(
        "--only",
        choices=("postgres", "mysql", "sqlite"),
        default=None,
        help="run one engine's part only (--only mysql / --only sqlite need no PostgreSQL; the MySQL server "
        "must answer, the sqlite3 CLI must be on PATH)",
    )
    p.add_argument("--json", type=Path, default=None, metavar="FILE", help="also write the results as JSON")
    p.add_argument(
        "--repeat", type=int, default=None, help="runs per measurement; the median is reported (default 3)"
    )
    p.add_argument(
        "--quick", action="store_true", help="smoke run: --rows 50000 --repeat 1 (explicit options win)"
    )
    p.add_argument(
        "--timeout", type=float, default=3600.0, help="seconds before one command is killed (default 3600)"
    )
    p.add_argument(
        "--live-src",
        action="store_true",
        help="run the engine's live src/ (default: a snapshot taken at start, so one run measures one version)",
    )
    p.add_argument(
        "--rollback-bin", default=None, help="the `rollback` executable (default: next to this Python)"
    )
    args = p.parse_args(argv)
    if args.rows is None:
        args.rows = QUICK_ROWS if args.quick else DEFAULT_ROWS
    if args.repeat is None:
        args.repeat = 1 if args.quick else 3
    if args.repeat < 1:
        p.error("--repeat must be >= 1")
    if args.no_mysql and (args.only == "mysql" or args.mysql_url):
        p.error("--no-mysql contradicts --only mysql / --mysql-url")
    if args.no_sqlite and args.only == "sqlite":
        p.error("--no-sqlite contradicts --only sqlite")
    # An explicit --mysql-url or --only mysql means the MySQL part must run; the default is best effort.
    args.mysql_required = args.only == "mysql" or args.mysql_url is not None
    if args.mysql_url is None:
        args.mysql_url = os.environ.get("ROLLBACK_BENCH_MYSQL_URL", DEFAULT_MYSQL_URL)
    args.run_postgres = args.only in (None, "postgres")
    args.run_mysql = args.only in (None, "mysql") and not args.no_mysql
    args.run_sqlite = args.only in (None, "sqlite") and not args.no_sqlite
    if args.run_mysql:
        try:
            args.mysql_server = mydb.ServerUrl.parse(args.mysql_url)
        except ValueError as exc:
            p.error(f"--mysql-url: {pgdb.mask(str(exc))}")
    return args


# ----------------------------------------------------------------------------------------- environment


@dataclass(frozen=True)
class Tools:
    """The executables; an engine's clients are "" when that engine's part does not run."""

    rollback: str
    pg_dump: str = ""
    pg_restore: str = ""
    psql: str = ""
    mysql: str = ""  # `mariadb`, else `mysql`
    mysqldump: str = ""  # `mariadb-dump`, else `mysqldump`
    sqlite3: str = ""  # the sqlite3 CLI


def find_tools(
    rollback_bin: str | None, postgres: bool = True, mysql: bool = False, sqlite: bool = False
) -> Tools:
    def need(name: str, explicit: str | None = None) -> str:
        found = explicit or shutil.which(name)
        if not found or not os.access(found, os.X_OK):
            raise SystemExit(f"bench: `{name}` not found (looked for {explicit or 'it on PATH'})")
        return found

    def first(*names: str) -> str:
        return next((found for n in names if (found := shutil.which(n))), "")

    # sys.executable unresolved: .venv/bin/python -> .venv/bin/rollback
    beside = Path(sys.executable).parent / "rollback"
    rb = rollback_bin or (str(beside) if beside.exists() else None)
    return Tools(
        rollback=need("rollback", rb),
        pg_dump=need("pg_dump") if postgres else "",
        pg_restore=need("pg_restore") if postgres else "",
        psql=need("psql") if postgres else "",
        mysql=first("mariadb", "mysql") if mysql else "",
        mysqldump=first("mariadb-dump", "mysqldump") if mysql else "",
        sqlite3=first("sqlite3") if sqlite else "",
    )


def version_of(exe: str) -> str:
    try:
        done = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=60, check=False)
    except OSError as exc:
        return f"? ({exc})"
    return (
        (done.stdout or done.stderr).strip().splitlines()[0] if (done.stdout or done.stderr).strip() else "?"
    )


def source_digest(src: Path = REPO / "src") -> str | None:
    """Hash of the engine's source tree: the engine is being edited; a change mid-run is reported."""
    if not src.is_dir():
        return None
    h = hashlib.sha256()
    for path in sorted(src.rglob("*.py")):
        h.update(str(path.relative_to(src)).encode())
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"<unreadable>")
    return h.hexdigest()[:16]


def interpreter_of(exe: str) -> str:
    """The Python a console script runs under (its #! line), else this one."""
    try:
        with open(exe, "rb") as f:
            first = f.readline(512)
    except OSError:
        return sys.executable
    if first.startswith(b"#!"):
        parts = first[2:].decode(errors="replace").split()
        if parts and "python" in Path(parts[0]).name:
            return parts[0]
    return sys.executable


def snapshot_engine(workdir: Path, rollback_exe: str) -> tuple[dict[str, str] | None, str]:
    """Freeze the engine for the whole run: copy src/rollback_commander (others edit it while this
    runs) and put the copy first on PYTHONPATH, ahead of the editable install's path entry.

    Returns the environment for the commands (None: run the live tree) and what was measured."""
    pkg = REPO / "src" / "rollback_commander"
    if not pkg.is_dir():
        return None, "live install (no src/rollback_commander to snapshot)"
    dest = workdir / "engine_snapshot"
    shutil.copytree(pkg, dest / "rollback_commander", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    compileall.compile_dir(dest, quiet=1)  # no run pays for byte-compiling
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(dest), env.get("PYTHONPATH", "")) if p)
    probe = subprocess.run(
        [interpreter_of(rollback_exe), "-c", "import rollback_commander as m; print(m.__file__)"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if not probe.stdout.strip().startswith(str(dest)):
        return (
            None,
            f"live src/ (the snapshot was not picked up: {probe.stdout.strip() or probe.stderr.strip()})",
        )
    return env, f"snapshot of src/ taken at start, digest {source_digest(dest)}"


def git_info() -> dict[str, Any]:
    def git(*args: str) -> str:
        done = subprocess.run(["git", "-C", str(REPO), *args], capture_output=True, text=True, check=False)
        return done.stdout.strip() if done.returncode == 0 else ""

    changed = [line for line in git("status", "--porcelain", "--", "src").splitlines() if line.strip()]
    return {"commit": git("rev-parse", "--short", "HEAD") or None, "src_uncommitted_changes": len(changed)}


# ------------------------------------------------------------------------------------------- the bench


class _Context(Protocol):
    rows: int
    result: SizeResult


class _State(Protocol):
    def differences(self, other: Any, /) -> list[str]: ...


@dataclass
class SizeContext:
    rows: int
    template: str
    dump: Path
    before: pgdb.TableState
    expected_nulls_after_update: int
    result: SizeResult
    updated: pgdb.TableState | None = None  # the table after the UPDATE, from the first run that did it


@dataclass(kw_only=True)
class Runner:
    """What both engines' benches share: the migration folders, running and recording a command."""

    tools: Tools
    workdir: Path
    timeout: float
    log: Console
    env: dict[str, str] | None = None
    sizes: list[SizeResult] = field(default_factory=list)
    drop_dir: Path = field(init=False)
    update_dir: Path = field(init=False)
    _others: int = field(init=False, default=0)
    _load: float = field(init=False, default=0.0)

    tag: ClassVar[str] = ""  # prefix of the progress lines
    title: ClassVar[str] = ""  # prefix of each size's heading
    engine: ClassVar[str] = POSTGRES  # the SizeResult's engine
    db_errors: ClassVar[tuple[type[Exception], ...]] = ()  # what the database driver raises

    def __post_init__(self) -> None:
        self.drop_dir = self.workdir / "migrations_drop_column"
        self.drop_dir.mkdir(exist_ok=True)
        (self.drop_dir / "001_drop_phone.sql").write_text(DROP_SQL)
        self.update_dir = self.workdir / "migrations_update"
        self.update_dir.mkdir(exist_ok=True)
        (self.update_dir / "001_null_every_tenth_phone.sql").write_text(UPDATE_SQL + ";\n")

    def run(self, argv: list[str], stdin: Path | None = None) -> Measured:
        m = run_measured(argv, cwd=self.workdir, env=self.env, timeout=self.timeout, stdin=stdin)
        if not m.ok:
            raise CheckFailed(pgdb.mask(m.describe_failure()))
        return m

    def note(self, ctx: _Context, repeat: int, step: str, m: Measured, extra: str = "") -> None:
        self.log.print(
            f"  [{self.tag}{ctx.rows:,} rows, run {repeat + 1}] {STEP_LABELS[step]}: "
            f"[bold]{m.seconds:.3f} s[/bold], peak RSS {m.max_rss_mb:.1f} MB{extra}",
            highlight=False,
        )

    @staticmethod
    def tool_seconds(m: Measured) -> float | None:
        """The in-process seconds the tool reports in its --json (apply: per migration; to: total)."""
        try:
            data = json.loads(m.stdout)
        except ValueError:
            return None
        if not isinstance(data, dict):
            return None
        if isinstance(data.get("migrations"), list):
            secs = [x.get("seconds") for x in data["migrations"] if isinstance(x, dict)]
            return float(sum(s for s in secs if isinstance(s, int | float))) if secs else None
        s = data.get("seconds")
        return float(s) if isinstance(s, int | float) else None

    def record(self, ctx: _Context, step: str, repeat: int, m: Measured, tool: bool = False) -> None:
        secs = self.tool_seconds(m) if tool else None
        ctx.result.add(step, Sample(m.seconds, m.max_rss_kib, secs, repeat, self._others, self._load))
        extra = "" if secs is None else f" (tool's own figure {secs:.3f} s)"
        if self._others:
            extra += f" [yellow]({self._others} other session(s) active on the server)[/yellow]"
        self.note(ctx, repeat, step, m, extra)

    @staticmethod
    def expect_same(what: str, expected: _State, got: _State, fields: tuple[str, ...] | None = None) -> None:
        diffs = expected.differences(got)
        if fields is not None:
            diffs = [d for d in diffs if d.split(":", 1)[0] in fields]
        if diffs:
            raise CheckFailed(f"{what}: the table differs from what it must be:\n    " + "\n    ".join(diffs))

    def loaded(self, rows: int, table: str, dump: Path, t0: float) -> None:
        """The setup's progress line: the table's size (`table`), its dump's, the time it took."""
        self.log.print(
            f"  loaded {rows:,} rows ({table}), dump {dump.stat().st_size / 2**20:.0f} MB, "
            f"in {time.perf_counter() - t0:.1f} s",
            highlight=False,
        )

    def measure_tool_start(self, ctx: _Context, r: int) -> None:
        m = run_measured(
            [self.tools.rollback, "--version"], cwd=self.workdir, env=self.env, timeout=self.timeout
        )
        if m.ok:
            ctx.result.add(TOOL_START, Sample(m.seconds, m.max_rss_kib, None, r))

    def drop_work(self, rows: int) -> None:
        """Drop the scratch database a failed step may have left."""
        raise NotImplementedError

    # -- per size: the template, then every scenario on fresh copies of it

    def setup(self, rows: int, result: SizeResult) -> Any:
        """Build the size's template and its baseline's dump; returns the size's context."""
        raise NotImplementedError

    def drop_template(self, ctx: Any) -> None:
        raise NotImplementedError

    def restore_steps(self) -> list[Callable[[Any, int], None]]:
        """The DROP COLUMN baselines: restoring the table from a dump."""
        raise NotImplementedError

    def size(self, rows: int, repeat: int) -> SizeResult:
        result = SizeResult(rows=rows, engine=self.engine)
        self.sizes.append(result)
        started = time.perf_counter()
        self.log.rule(f"[bold]{self.title}{rows:,} rows[/bold]")
        catch: tuple[type[Exception], ...] = (CheckFailed, *self.db_errors)
        try:
            ctx = self.setup(rows, result)
        except catch as exc:
            result.errors.append(f"{self.tag}{rows:,} rows, setup: {exc}")
            self.log.print(f"[bold red]setup failed:[/bold red] {exc}")
            return result
        self.scenarios(
            ctx,
            repeat,
            {
                "DROP COLUMN": [*self.restore_steps(), self.step_drop_column_tool],
                "UPDATE": [self.step_bare_update, self.step_update_tool],
            },
        )
        self.drop_template(ctx)
        result.seconds_total = time.perf_counter() - started
        return result

    def step_bare_update(self, ctx: Any, r: int) -> None:
        raise NotImplementedError

    def scenarios(
        self, ctx: _Context, repeat: int, steps: dict[str, list[Callable[[Any, int], None]]]
    ) -> None:
        """Every scenario `repeat` times; a scenario that fails once is not run again for this size."""
        broken: set[str] = set()
        catch: tuple[type[Exception], ...] = (CheckFailed, *self.db_errors)
        for r in range(repeat):
            self.measure_tool_start(ctx, r)
            for scenario, todo in steps.items():
                if scenario in broken:
                    continue
                # Alternate baseline-first / tool-first so slow drift does not favour either side.
                for step in todo if r % 2 == 0 else list(reversed(todo)):
                    try:
                        step(ctx, r)
                    except catch as exc:
                        msg = f"{self.tag}{ctx.rows:,} rows, {scenario}, run {r + 1}: {exc}"
                        ctx.result.errors.append(msg)
                        self.log.print(f"[bold red]FAILED[/bold red] {msg}")
                        broken.add(scenario)
                        self.drop_work(ctx.rows)
                        break

    # -- the tool's steps: the same on every engine; each engine says how to read the table --------
    verify_after_update = False

    def fresh(self, ctx: Any) -> tuple[str, str]:
        raise NotImplementedError

    def settle(self, name: str, url: str) -> None:
        """Make a fresh copy comparable before a timed step (statistics, dirty pages)."""
        raise NotImplementedError

    def table(self, name: str, url: str) -> Any:
        """The contacts table's state (row count, NULL phones, checksums) in database `name`."""
        raise NotImplementedError

    def phone_gone(self, state: Any) -> bool:
        raise NotImplementedError

    def drop_copy(self, name: str) -> None:
        raise NotImplementedError

    def step_drop_column_tool(self, ctx: Any, r: int) -> None:
        name, url = self.fresh(ctx)
        self.settle(name, url)
        apply = self.run([self.tools.rollback, "apply", "--db", url, "--dir", str(self.drop_dir), "--json"])
        after = self.table(name, url)
        if not self.phone_gone(after):
            raise CheckFailed("rollback apply exited 0 but contacts.phone is still there")
        if after.rows != ctx.before.rows:
            raise CheckFailed(
                f"rollback apply of DROP COLUMN changed the row count: {ctx.before.rows} -> {after.rows}"
            )
        self.record(ctx, DROP_APPLY, r, apply, tool=True)
        self.settle(name, url)
        back = self.run([self.tools.rollback, "to", "base", "--db", url, "--yes", "--json"])
        self.expect_same("rollback to base after DROP COLUMN", ctx.before, self.table(name, url))
        self.record(ctx, DROP_ROLLBACK, r, back, tool=True)
        self.drop_copy(name)

    def check_updated(self, ctx: Any, what: str, state: Any) -> None:
        if state.phone_nulls != ctx.expected_nulls_after_update or state.rows != ctx.before.rows:
            raise CheckFailed(
                f"{what}: expected {ctx.before.rows} rows with {ctx.expected_nulls_after_update} NULL phones, "
                f"got {state.rows} rows with {state.phone_nulls}"
            )
        if ctx.updated is None:
            ctx.updated = state
        else:  # the bare statement and the guarded one must leave exactly the same table
            self.expect_same(what, ctx.updated, state)

    def step_update_tool(self, ctx: Any, r: int) -> None:
        name, url = self.fresh(ctx)
        self.settle(name, url)
        apply = self.run([self.tools.rollback, "apply", "--db", url, "--dir", str(self.update_dir), "--json"])
        self.check_updated(ctx, "guarded UPDATE", self.table(name, url))
        self.record(ctx, UPDATE_APPLY, r, apply, tool=True)
        self.settle(name, url)
        back = self.run([self.tools.rollback, "to", "base", "--db", url, "--yes", "--json"])
        self.expect_same("rollback to base after UPDATE", ctx.before, self.table(name, url))
        self.record(ctx, UPDATE_ROLLBACK, r, back, tool=True)
        if self.verify_after_update:
            self.settle(name, url)
            verify = self.run([self.tools.rollback, "verify", "--db", url, "--json"])
            self.record(ctx, VERIFY, r, verify, tool=True)
        self.drop_copy(name)


@dataclass(kw_only=True)
class Bench(Runner):
    """PostgreSQL: a template database per size, a CREATE DATABASE ... TEMPLATE copy per timed step."""

    dbs: pgdb.ScratchDatabases

    db_errors: ClassVar[tuple[type[Exception], ...]] = (psycopg.Error,)

    # -- plumbing

    def ready(self, url: str) -> None:
        """VACUUM ANALYZE + CHECKPOINT right before a timed step; note what else was going on."""
        self._others = pgdb.prepare(url)
        self._load = os.getloadavg()[0]

    verify_after_update = True

    def settle(self, name: str, url: str) -> None:
        self.ready(url)

    def table(self, name: str, url: str) -> pgdb.TableState:
        return pgdb.table_state(url)

    def phone_gone(self, state: pgdb.TableState) -> bool:
        return state.id_phone_md5 is None

    def drop_copy(self, name: str) -> None:
        self.dbs.drop(name)

    def fresh(self, ctx: SizeContext) -> tuple[str, str]:
        name = self.dbs.name(f"w_{ctx.rows}")
        return name, self.dbs.create(name, template=ctx.template)

    def drop_work(self, rows: int) -> None:
        self.dbs.drop(self.dbs.name(f"w_{rows}"))

    # -- per size

    def restore_steps(self) -> list[Callable[[Any, int], None]]:
        return [self.step_pg_restore, self.step_pg_restore_t]

    def drop_template(self, ctx: SizeContext) -> None:
        self.dbs.drop(ctx.template)

    def setup(self, rows: int, result: SizeResult) -> SizeContext:
        template = self.dbs.name(f"tpl_{rows}")
        url = self.dbs.create(template)
        t0 = time.perf_counter()
        info = pgdb.load_contacts(url, rows)
        if info.rows != rows:
            raise CheckFailed(f"loaded {info.rows} rows, wanted {rows}")
        result.table = {
            "rows": info.rows,
            "heap_bytes": info.heap_bytes,
            "total_bytes": info.total_bytes,
            "avg_row_bytes": round(info.avg_row_bytes, 1),
        }
        before = pgdb.table_state(url)
        with pgdb.connect(url) as conn:
            row = conn.execute("SELECT count(*) FROM contacts WHERE id % 10 = 0 OR phone IS NULL").fetchone()
        expected_nulls = int(row[0]) if row else -1
        dump = self.workdir / f"contacts_{rows}.dump"
        self.run([self.tools.pg_dump, "-Fc", "-t", "contacts", "-f", str(dump), "-d", url])
        self.loaded(
            rows,
            f"{info.heap_bytes / 2**20:.0f} MB heap, {info.total_bytes / 2**20:.0f} MB "
            f"with indexes, {info.avg_row_bytes:.0f} B/row",
            dump,
            t0,
        )
        return SizeContext(rows, template, dump, before, expected_nulls, result)

    # -- 1. DROP COLUMN

    def step_pg_restore(self, ctx: SizeContext, r: int) -> None:
        """Baseline: the table was dropped; restore it (data, identity, PK, email index) from the dump."""
        name, url = self.fresh(ctx)
        pgdb.execute(url, "DROP TABLE contacts")
        self.ready(url)
        m = self.run([self.tools.pg_restore, "--no-owner", "-d", url, str(ctx.dump)])
        self.expect_same("pg_restore", ctx.before, pgdb.table_state(url))
        self.record(ctx, PG_RESTORE, r, m)
        self.dbs.drop(name)

    def step_pg_restore_t(self, ctx: SizeContext, r: int) -> None:
        """Informational: the literal `pg_restore -t contacts`, which restores the table and its data
        only (no identity sequence, no primary key, no index): less work than a real restore."""
        name, url = self.fresh(ctx)
        pgdb.execute(url, "DROP TABLE contacts")
        self.ready(url)
        m = self.run([self.tools.pg_restore, "--no-owner", "-d", url, "-t", "contacts", str(ctx.dump)])
        self.expect_same(
            "pg_restore -t",
            ctx.before,
            pgdb.table_state(url),
            fields=("rows", "phone_nulls", "id_phone_md5", "row_md5"),
        )
        self.record(ctx, PG_RESTORE_T, r, m)
        self.dbs.drop(name)

    # -- 2. UPDATE

    def step_bare_update(self, ctx: SizeContext, r: int) -> None:
        name, url = self.fresh(ctx)
        self.ready(url)
        m = self.run([self.tools.psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", UPDATE_SQL])
        self.check_updated(ctx, "bare UPDATE", pgdb.table_state(url))
        self.record(ctx, BARE_UPDATE, r, m)
        self.dbs.drop(name)


# ----------------------------------------------------------------------------------- MariaDB / MySQL


@dataclass
class MySizeContext:
    rows: int
    template: str  # the template database (holds `contacts`)
    dump: Path
    before: mydb.TableState
    expected_nulls_after_update: int
    result: SizeResult
    updated: mydb.TableState | None = None


@dataclass(kw_only=True)
class MyBench(Runner):
    """MariaDB/MySQL: a template database per size; per timed step a fresh database holding a copy of
    the template's table (CREATE TABLE ... LIKE + INSERT ... SELECT, not timed), or none for the reload."""

    dbs: mydb.ScratchDatabases
    client: list[str] = field(init=False)  # connection options of the mariadb/mariadb-dump clients

    tag: ClassVar[str] = "MariaDB, "
    title: ClassVar[str] = "MariaDB/MySQL, "
    engine: ClassVar[str] = MYSQL
    db_errors: ClassVar[tuple[type[Exception], ...]] = (mydb.Error,)

    def __post_init__(self) -> None:
        super().__post_init__()
        self.client = self.dbs.url.client_args(self.workdir / "mysql_client.cnf")

    # -- plumbing

    def ready(self, database: str) -> None:
        """ANALYZE TABLE, flush the tables' dirty pages, wait for purge; note what else was going on."""
        self._others = mydb.prepare(self.dbs.url, database)
        self._load = os.getloadavg()[0]

    def settle(self, name: str, url: str) -> None:
        self.ready(name)

    def table(self, name: str, url: str) -> mydb.TableState:
        return self.state(name)

    def phone_gone(self, state: mydb.TableState) -> bool:
        return state.id_phone_sum is None

    def drop_copy(self, name: str) -> None:
        self.dbs.drop(name)

    def fresh(self, ctx: MySizeContext, with_table: bool = True) -> tuple[str, str]:
        name = self.dbs.name(f"w_{ctx.rows}")
        url = self.dbs.create(name)
        if with_table:
            mydb.copy_table(self.dbs.url, ctx.template, name)
        return name, url

    def drop_work(self, rows: int) -> None:
        self.dbs.drop(self.dbs.name(f"w_{rows}"))

    def state(self, database: str) -> mydb.TableState:
        return mydb.table_state(self.dbs.url, database)

    # -- per size

    def restore_steps(self) -> list[Callable[[Any, int], None]]:
        return [self.step_reload]

    def drop_template(self, ctx: MySizeContext) -> None:
        self.dbs.drop(ctx.template)

    def setup(self, rows: int, result: SizeResult) -> MySizeContext:
        template = self.dbs.name(f"tpl_{rows}")
        self.dbs.create(template)
        t0 = time.perf_counter()
        info = mydb.load_contacts(self.dbs.url, template, rows)
        if info.rows != rows:
            raise CheckFailed(f"loaded {info.rows} rows, wanted {rows}")
        result.table = {
            "rows": info.rows,
            "data_bytes": info.data_bytes,
            "total_bytes": info.total_bytes,
            "avg_row_bytes": round(info.avg_row_bytes, 1),
        }
        before = self.state(template)
        expected_nulls = mydb.count_where(self.dbs.url, template, "id % 10 = 0 OR phone IS NULL")
        dump = self.workdir / f"contacts_{rows}.mysql.sql"
        self.run(
            [
                self.tools.mysqldump,
                *self.client,
                "--single-transaction",
                f"--result-file={dump}",
                template,
                "contacts",
            ]
        )
        self.loaded(
            rows,
            f"{info.data_bytes / 2**20:.0f} MB clustered index, {info.total_bytes / 2**20:.0f} "
            f"MB with the email index, {info.avg_row_bytes:.0f} B/row",
            dump,
            t0,
        )
        return MySizeContext(rows, template, dump, before, expected_nulls, result)

    # -- 1. DROP COLUMN

    def step_reload(self, ctx: MySizeContext, r: int) -> None:
        """Baseline: the table is gone; reload it (definition with AUTO_INCREMENT, PK, email index, data)
        from the dump, the way a DBA would: `mariadb DB < FILE`."""
        name, _url = self.fresh(ctx, with_table=False)
        self.ready(name)
        m = self.run([self.tools.mysql, *self.client, name], stdin=ctx.dump)
        self.expect_same("reload of the mariadb-dump file", ctx.before, self.state(name))
        self.record(ctx, MY_RELOAD, r, m)
        self.dbs.drop(name)

    # -- 2. UPDATE

    def step_bare_update(self, ctx: MySizeContext, r: int) -> None:
        name, _url = self.fresh(ctx)
        self.ready(name)
        m = self.run([self.tools.mysql, *self.client, name, "-e", UPDATE_SQL])
        self.check_updated(ctx, "bare UPDATE", self.state(name))
        self.record(ctx, MY_BARE_UPDATE, r, m)
        self.dbs.drop(name)


# -------------------------------------------------------------------------------------------- SQLite


@dataclass
class SqSizeContext:
    rows: int
    template: Path  # the template database file (holds `contacts`)
    dump: Path
    before: sqlitedb.TableState
    expected_nulls_after_update: int
    result: SizeResult
    updated: sqlitedb.TableState | None = None


@dataclass(kw_only=True)
class SqliteBench(Runner):
    """SQLite: a template database file per size; per timed step a copy of that file (not timed), in
    the bench's temporary directory. The `sqlite3` CLI builds, dumps, reloads and checks."""

    journal_mode: str = sqlitedb.JOURNAL_MODE  # set in the template file, so in every copy
    settings: dict[str, dict[str, str]] = field(default_factory=dict)  # sqlite3 CLI's and the tool's

    tag: ClassVar[str] = "SQLite, "
    title: ClassVar[str] = "SQLite, "
    engine: ClassVar[str] = SQLITE
    db_errors: ClassVar[tuple[type[Exception], ...]] = (sqlitedb.Error,)

    # -- plumbing

    def path(self, rows: int, kind: str = "w") -> Path:
        return self.workdir / f"sqlite_{kind}_{rows}.db"

    def ready(self, path: Path) -> None:
        """Checkpoint the WAL into the file right before a timed step; note the host load."""
        sqlitedb.prepare(self.tools.sqlite3, path)
        self._others, self._load = 0, os.getloadavg()[0]  # no server: no other sessions to count

    def settle(self, name: str, url: str) -> None:
        self.ready(Path(name))

    def table(self, name: str, url: str) -> sqlitedb.TableState:
        return self.state(Path(name))

    def state(self, path: Path) -> sqlitedb.TableState:
        return sqlitedb.table_state(self.tools.sqlite3, path)

    def phone_gone(self, state: sqlitedb.TableState) -> bool:
        return state.id_phone_sha3 is None

    def drop_copy(self, name: str) -> None:
        sqlitedb.remove(Path(name))

    def fresh(self, ctx: SqSizeContext, with_table: bool = True) -> tuple[str, str]:
        """A copy of the template file (name: its path); without the table: dropped, as a DBA finds it."""
        path = self.path(ctx.rows)
        sqlitedb.copy(ctx.template, path)
        if not with_table:
            sqlitedb.cli(self.tools.sqlite3, path, "DROP TABLE contacts")
        return str(path), sqlitedb.url(path)

    def drop_work(self, rows: int) -> None:
        sqlitedb.remove(self.path(rows))

    def restore_steps(self) -> list[Callable[[Any, int], None]]:
        return [self.step_reload]

    def drop_template(self, ctx: SqSizeContext) -> None:
        sqlitedb.remove(ctx.template)
        ctx.dump.unlink(missing_ok=True)

    def setup(self, rows: int, result: SizeResult) -> SqSizeContext:
        template = self.path(rows, "tpl")
        t0 = time.perf_counter()
        info = sqlitedb.load_contacts(self.tools.sqlite3, template, rows, self.journal_mode)
        if info.rows != rows:
            raise CheckFailed(f"loaded {info.rows} rows, wanted {rows}")
        result.table = {
            "rows": info.rows,
            "data_bytes": info.data_bytes,
            "total_bytes": info.total_bytes,
            "file_bytes": info.file_bytes,
            "avg_row_bytes": round(info.avg_row_bytes, 1),
        }
        if not self.settings:
            self.settings = {
                "sqlite3_cli": sqlitedb.settings(self.tools.sqlite3, template),
                "tool_python": sqlitedb.python_settings(
                    interpreter_of(self.tools.rollback), template, self.env
                ),
            }
        before = self.state(template)
        expected_nulls = sqlitedb.count_where(self.tools.sqlite3, template, "id % 10 = 0 OR phone IS NULL")
        dump = self.workdir / f"contacts_{rows}.sqlite.sql"
        self.run(
            [
                self.tools.sqlite3,
                "-batch",
                "-bail",
                "-cmd",
                f".output {dump}",
                str(template),
                ".dump " + " ".join(sqlitedb.dump_objects(self.tools.sqlite3, template)),
            ]
        )
        self.loaded(
            rows,
            f"{info.data_bytes / 2**20:.0f} MB table, {info.total_bytes / 2**20:.0f} MB with "
            f"the email index, {info.avg_row_bytes:.0f} B/row",
            dump,
            t0,
        )
        return SqSizeContext(rows, template, dump, before, expected_nulls, result)

    # -- 1. DROP COLUMN

    def step_reload(self, ctx: SqSizeContext, r: int) -> None:
        """Baseline: the table is gone; reload it (definition, data, email index) from the dump, the
        way a DBA would: `sqlite3 DB < FILE`."""
        name, _url = self.fresh(ctx, with_table=False)
        self.ready(Path(name))
        m = self.run([self.tools.sqlite3, name], stdin=ctx.dump)
        self.expect_same("reload of the .dump file", ctx.before, self.state(Path(name)))
        self.record(ctx, SQ_RELOAD, r, m)
        sqlitedb.remove(Path(name))

    # -- 2. UPDATE

    def step_bare_update(self, ctx: SqSizeContext, r: int) -> None:
        name, _url = self.fresh(ctx)
        self.ready(Path(name))
        m = self.run([self.tools.sqlite3, name, UPDATE_SQL])
        self.check_updated(ctx, "bare UPDATE", self.state(Path(name)))
        self.record(ctx, SQ_BARE_UPDATE, r, m)
        sqlitedb.remove(Path(name))


# ---------------------------------------------------------------------------------------------- main


def _raise_interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    out = Console(highlight=False, width=None if sys.stdout.isatty() else 180)
    log = Console(stderr=True, highlight=False, width=None if sys.stderr.isatty() else 180)
    tools = find_tools(
        args.rollback_bin, postgres=args.run_postgres, mysql=args.run_mysql, sqlite=args.run_sqlite
    )
    started_at = datetime.now(UTC)
    t0 = time.perf_counter()
    digest_start = source_digest()
    env: dict[str, Any] = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "rollback": version_of(tools.rollback),
        "git": git_info(),
        "src_digest_start": digest_start,
        "rss_method": RSS_METHOD,
    }
    for key, exe in (
        ("pg_dump", tools.pg_dump),
        ("pg_restore", tools.pg_restore),
        ("psql", tools.psql),
        ("mysql_client", tools.mysql),
        ("mysqldump", tools.mysqldump),
        ("sqlite3", tools.sqlite3),
    ):
        if exe:
            env[key] = version_of(exe)
    warnings: list[str] = []

    # -- MariaDB/MySQL first: an explicit --mysql-url / --only mysql that does not answer fails fast.
    mydbs: mydb.ScratchDatabases | None = None
    mysql_skipped: str | None = None if args.run_mysql else "disabled (--no-mysql / --only postgres)"
    if args.run_mysql:
        url = pgdb.mask(args.mysql_url)
        if not (tools.mysql and tools.mysqldump):
            mysql_skipped = "the `mariadb`/`mysql` and `mariadb-dump`/`mysqldump` clients are not on PATH"
        else:
            try:
                mydbs = mydb.ScratchDatabases(args.mysql_server)
            except mydb.Error as exc:
                mysql_skipped = f"no MariaDB/MySQL server answers at {url}: {pgdb.mask(str(exc)).strip()}"
        if mysql_skipped is not None:
            if args.mysql_required:
                log.print(f"[bold red]bench: {mysql_skipped}[/bold red]")
                log.print(
                    "Start MariaDB/MySQL, pass --mysql-url / ROLLBACK_BENCH_MYSQL_URL, or drop --only mysql."
                )
                return 2
            warnings.append(f"MariaDB/MySQL part skipped: {mysql_skipped} (pass --mysql-url to require it)")
            log.print(f"[yellow]bench: MariaDB/MySQL part skipped: {mysql_skipped}[/yellow]")
        else:
            assert mydbs is not None
            env["mysql"] = mydbs.server_version
            env["mysql_settings"] = mydb.server_settings(args.mysql_server)
            log.print(f"bench: MariaDB/MySQL {mydbs.server_version} at {url}")

    # -- SQLite needs no server, only the sqlite3 CLI (with its sha3_query(), which the checks use).
    sqlite_skipped: str | None = None if args.run_sqlite else "disabled (--no-sqlite / --only)"
    if args.run_sqlite:
        if not tools.sqlite3:
            sqlite_skipped = "the `sqlite3` CLI is not on PATH"
        else:
            try:
                sqlitedb.cli(tools.sqlite3, Path(":memory:"), "SELECT hex(sha3_query('SELECT 1')) AS h")
            except sqlitedb.Error as exc:
                sqlite_skipped = f"the `sqlite3` CLI cannot compute sha3_query() for the checks: {exc}"
        if sqlite_skipped is not None:
            if args.only == "sqlite":
                log.print(f"[bold red]bench: {sqlite_skipped}[/bold red]")
                return 2
            warnings.append(f"SQLite part skipped: {sqlite_skipped}")
            log.print(f"[yellow]bench: SQLite part skipped: {sqlite_skipped}[/yellow]")
        else:
            log.print(f"bench: SQLite {env['sqlite3']} (sqlite3 CLI at {tools.sqlite3})")

    dbs: pgdb.ScratchDatabases | None = None
    if args.run_postgres:
        try:
            dbs = pgdb.ScratchDatabases(args.pg_url)
        except psycopg.Error as exc:
            log.print(
                f"[bold red]bench: cannot connect to {pgdb.mask(args.pg_url)}:[/bold red] {str(exc).strip()}"
            )
            log.print("Start PostgreSQL or pass --pg-url / ROLLBACK_BENCH_POSTGRES_URL (or --only mysql).")
            if mydbs is not None:
                mydbs.close()
            return 2
        env["postgres"] = pgdb.server_version_string(args.pg_url)
        log.print(f"bench: PostgreSQL {env['postgres']} at {pgdb.mask(args.pg_url)}")
    log.print(
        f"bench: rows {', '.join(f'{n:,}' for n in args.rows)}; median of {args.repeat}; "
        f"tool {env['rollback']} ({tools.rollback})"
    )
    workdir = Path(tempfile.mkdtemp(prefix="rc_bench_"))
    previous = {s: signal.signal(s, _raise_interrupt) for s in (signal.SIGTERM, signal.SIGHUP)}
    interrupted = False
    bench: Bench | None = None
    mybench: MyBench | None = None
    sqbench: SqliteBench | None = None
    cmd_env: dict[str, str] | None = None
    engine = "live src/ (--live-src)"
    part_seconds: dict[str, float] = {}
    try:
        if not args.live_src:
            cmd_env, engine = snapshot_engine(workdir, tools.rollback)
        env["engine"] = engine
        log.print(f"bench: engine measured: {engine}")
        # Warm the page cache for every executable once, untimed, so no run pays a cold first start.
        for exe in (
            tools.rollback,
            tools.pg_restore,
            tools.psql,
            tools.mysql,
            tools.mysqldump,
            tools.sqlite3,
        ):
            if exe:
                run_measured([exe, "--version"], cwd=workdir, env=cmd_env, timeout=args.timeout)
        common: dict[str, Any] = {
            "tools": tools,
            "workdir": workdir,
            "timeout": args.timeout,
            "log": log,
            "env": cmd_env,
        }
        if dbs is not None:
            bench = Bench(dbs=dbs, **common)
            t_part = time.perf_counter()
            for rows in args.rows:
                bench.size(rows, args.repeat)
            part_seconds["postgres"] = time.perf_counter() - t_part
        if mydbs is not None:
            mybench = MyBench(dbs=mydbs, **common)
            t_part = time.perf_counter()
            for rows in args.rows:
                mybench.size(rows, args.repeat)
            part_seconds["mysql"] = time.perf_counter() - t_part
        if args.run_sqlite and sqlite_skipped is None:
            sqbench = SqliteBench(journal_mode=args.sqlite_journal, **common)
            t_part = time.perf_counter()
            for rows in args.rows:
                sqbench.size(rows, args.repeat)
            part_seconds["sqlite"] = time.perf_counter() - t_part
    except KeyboardInterrupt:
        interrupted = True
        log.print("[bold red]interrupted[/bold red]: dropping scratch databases and files")
    finally:
        ignore = {s: signal.signal(s, signal.SIG_IGN) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
        if dbs is not None:
            try:
                dropped = dbs.close()
                log.print(
                    f"bench: {dbs.created_total} PostgreSQL scratch database(s) used; dropped at exit: "
                    + (", ".join(dropped) if dropped else "none left")
                )
            except psycopg.Error as exc:
                log.print(
                    f"[bold red]bench: could not drop the scratch databases {dbs.prefix}*:[/bold red] {exc}"
                )
        if mydbs is not None:
            try:
                dropped = mydbs.close()
                log.print(
                    f"bench: {mydbs.created_total} MariaDB/MySQL scratch database(s) used; dropped at exit: "
                    + (", ".join(dropped) if dropped else "none left")
                )
            except mydb.Error as exc:
                log.print(
                    f"[bold red]bench: could not drop the MariaDB/MySQL scratch databases {mydbs.prefix}*:"
                    f"[/bold red] {exc}"
                )
        shutil.rmtree(workdir, ignore_errors=True)
        for sig, handler in {**ignore, **previous}.items():
            signal.signal(sig, handler)

    sizes = bench.sizes if bench else []
    my_sizes = mybench.sizes if mybench else []
    sq_sizes = sqbench.sizes if sqbench else []
    all_sizes = (*sizes, *my_sizes, *sq_sizes)
    errors = [e for s in all_sizes for e in s.errors]
    total = time.perf_counter() - t0
    digest_end = source_digest()
    env["src_digest_end"] = digest_end
    if digest_start != digest_end:
        if cmd_env is not None:
            warnings.append(
                f"src/ changed during the run (now {digest_end}); every figure is of the snapshot taken at start"
            )
        else:
            warnings.append(
                "the engine's source (src/) changed during the run and --live-src was given: figures may mix versions"
            )
    busy = [(s.rows, k) for s in all_sizes for k, v in s.samples.items() for x in v if x.others_active]
    if busy:
        total_steps = sum(len(v) for s in all_sizes for v in s.samples.values())
        warnings.append(
            f"{len(busy)} of {total_steps} timed steps started while other sessions were running statements on "
            "the database server (tests?): those figures may be inflated; see others_active in --json"
        )
    memory = memory_verdict(sizes)
    my_memory = memory_verdict(my_sizes)
    sq_memory = memory_verdict(sq_sizes)
    sq_settings = sqbench.settings if sqbench else {}
    sections: list[Section] = []
    if bench is not None:
        sections.append(
            Section(
                "postgres",
                f"PostgreSQL {env.get('postgres', '?')}",
                sizes,
                memory,
                [
                    "pg_restore s: `pg_restore --no-owner -d DB FILE` of a `pg_dump -Fc -t contacts` file into a "
                    "database where the table was dropped: table, data, identity, primary key and email index. "
                    "The literal `-t contacts` form restores table + data only (see details).",
                    "The DROP COLUMN target (>= 10x) is stated for a 2,000,000-row table; smaller sizes show the "
                    "ratio as info.",
                ],
            )
        )
    if mybench is not None and mydbs is not None:
        settings = env.get("mysql_settings", {})
        pool = settings.get("innodb_buffer_pool_size", "")
        sections.append(
            Section(
                MYSQL,
                f"{'MariaDB' if mydbs.mariadb else 'MySQL'} {mydbs.server_version}",
                my_sizes,
                my_memory,
                [
                    "reload s: `mariadb DB < FILE` of a `mariadb-dump --single-transaction DB contacts` file (default "
                    "options: DROP/CREATE TABLE with AUTO_INCREMENT, primary key and email index, extended INSERTs) "
                    'into a fresh database without the table. bare UPDATE s: `mariadb DB -e "'
                    + UPDATE_SQL
                    + '"`.',
                    "reload / rollback is info only: "
                    + MYSQL_DROP_INFO
                    + ". The UPDATE targets are judged as "
                    "on PostgreSQL.",
                    "Server: "
                    + ", ".join(f"{k}={v}" for k, v in settings.items())
                    + (
                        f" ({int(pool) / 2**20:.0f} MB buffer pool: tables larger than that are read from disk)"
                        if pool.isdigit()
                        else ""
                    ),
                ],
            )
        )
    if sqbench is not None:
        cli_settings, tool_settings = sq_settings.get("sqlite3_cli", {}), sq_settings.get("tool_python", {})
        differ = [k for k in cli_settings if tool_settings.get(k) != cli_settings[k]]
        sections.append(
            Section(
                SQLITE,
                f"SQLite {cli_settings.get('sqlite_version', '?')}",
                sq_sizes,
                sq_memory,
                [
                    'reload s: `sqlite3 DB < FILE` of a `sqlite3 TEMPLATE ".dump contacts contacts_email_idx"` file '
                    "(CREATE TABLE, INSERTs in one transaction, CREATE INDEX; `.dump contacts` alone leaves the index "
                    "out) into a copy of the template where the table was dropped. "
                    'bare UPDATE s: `sqlite3 DB "' + UPDATE_SQL + '"` (one process, autocommit).',
                    "reload / rollback is info only: "
                    + SQLITE_DROP_INFO
                    + ". The UPDATE targets are judged as on "
                    "PostgreSQL.",
                    "Settings (a new connection of the sqlite3 CLI on a copy): "
                    + ", ".join(f"{k}={v}" for k, v in cli_settings.items())
                    + (
                        "; the tool's Python sqlite3 differs in: "
                        + ", ".join(f"{k}={tool_settings.get(k)}" for k in differ)
                        if differ
                        else "; the tool's Python sqlite3 sees the same"
                    ),
                ],
            )
        )
    notes = [
        "Ratios are ratios of medians, all taken in this run. Peak RSS: " + RSS_METHOD + ".",
        f"Engine: {engine}.",
    ]
    render(out, sections, args.repeat, errors, warnings, notes)
    for s in sizes:
        rate = s.verify_rows_per_s()
        if rate is not None:
            verdict = "PASS" if rate >= VERIFY_TARGET_ROWS_PER_S else "FAIL"
            out.print(
                f"verify throughput at {s.rows:,} rows (PostgreSQL): {rate:,.0f} rows/s ({verdict}, target >= "
                f"{VERIFY_TARGET_ROWS_PER_S:,} rows/s; all checks, process start included)"
            )
    parts = ENGINE_NAMES
    out.print(
        f"Total run time: {total:.0f} s ({total / 60:.1f} min)"
        + (
            " (" + ", ".join(f"{parts[k]} {v:.0f} s" for k, v in part_seconds.items()) + ")"
            if part_seconds
            else ""
        )
        + (" [red](interrupted)[/red]" if interrupted else "")
    )

    if args.json:
        payload: dict[str, Any] = {
            "schema": "rollback-commander-bench/1",
            "command": [sys.argv[0], *(argv if argv is not None else sys.argv[1:])],
            "started_at": started_at.isoformat(timespec="seconds"),
            "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "total_seconds": round(total, 1),
            "part_seconds": {k: round(v, 1) for k, v in part_seconds.items()},
            "interrupted": interrupted,
            "settings": {
                "rows": list(args.rows),
                "repeat": args.repeat,
                "only": args.only,
                "pg_url": pgdb.mask(args.pg_url) if args.run_postgres else None,
                "mysql_url": pgdb.mask(args.mysql_url) if args.run_mysql else None,
                "sqlite_journal_mode": args.sqlite_journal if args.run_sqlite else None,
            },
            "environment": env,
            "statements": {"drop_column": DROP_SQL.strip(), "update": UPDATE_SQL},
            "steps": STEP_LABELS,
            # PostgreSQL's part (top level, as before the MySQL part existed)
            "targets": {
                t.key: {"label": t.label, "target": t.text, "judged_from_rows": t.min_rows} for t in TARGETS
            },
            "sizes": [s.as_dict() for s in sizes],
            "memory": memory.as_dict() if memory else None,
            "mysql": {
                "skipped": mysql_skipped,
                "server": env.get("mysql"),
                "server_settings": env.get("mysql_settings"),
                "targets": {
                    t.key: {"label": t.label, "target": t.judged_text, "judged": not t.info}
                    for t in MYSQL_TARGETS
                },
                "sizes": [s.as_dict() for s in my_sizes],
                "memory": my_memory.as_dict() if my_memory else None,
            },
            "sqlite": {
                "skipped": sqlite_skipped,
                "version": env.get("sqlite3"),
                "settings": sq_settings,
                "targets": {
                    t.key: {"label": t.label, "target": t.judged_text, "judged": not t.info}
                    for t in SQLITE_TARGETS
                },
                "sizes": [s.as_dict() for s in sq_sizes],
                "memory": sq_memory.as_dict() if sq_memory else None,
            },
            "correctness_ok": not errors,
            "errors": errors,
            "warnings": warnings,
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(payload, indent=2) + "\n")
        out.print(f"Results written to {args.json}")
    if interrupted:
        return 130
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
