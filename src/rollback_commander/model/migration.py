"""Migration files: discovery in the folder layouts teams already use, ids, phases and checksums."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import UsageError
from .placeholders import substitute

_PHASE_DIR = re.compile(r"^phase[-_ ]?(\d+)$", re.IGNORECASE)
_PHASE_HEADER = re.compile(r"^\s*--\s*phase\s*[:=]\s*(\d+)\s*$", re.IGNORECASE | re.MULTILINE)
_IGNORED_SUFFIXES = (".down.sql", ".undo.sql", ".rollback.sql")
"""Reverse files beside their migrations, never run: golang-migrate/dbmate `.down.sql`, `.undo.sql`,
yoyo's `<id>.rollback.sql` (which sorts right after its migration and would undo it at once)."""
_FLYWAY_UNDO = re.compile(r"^U\d", re.IGNORECASE)
_FLYWAY_REPEATABLE = re.compile(r"^R__")
"""Flyway's repeatable migrations (`R__views.sql`) run after the versioned ones (of their phase),
in name order: they (re)create views and routines over the tables those make."""
_FLYWAY_VERSIONED = re.compile(r"^[Vv](\d+(?:[._]\d+)*)__(.*)$", re.DOTALL)
# One folder per migration (Diesel `<id>/up.sql` + `<id>/down.sql`, Prisma `<id>/migration.sql`):
# the folder names the migration, and its down file is never run.
_FOLDER_UP_FILES = ("up.sql", "migration.sql")
_FOLDER_DOWN_FILES = ("down.sql",)
# One file holding both directions: dbmate `-- migrate:up` / `-- migrate:down`, goose `-- +goose Up` /
# `-- +goose Down`, sql-migrate `-- +migrate Up` / `-- +migrate Down`. Only the up part is the migration.
_LINE_ENDS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_SECTION_MARKER = re.compile(r"^\s*--\s*(?:migrate:|\+(?:goose|migrate)\s+)(up|down)\b", re.IGNORECASE)
# Files for one database among several (in one place, for every layout): ory popx
# `<version>_<name>[.<dialect>][.autocommit].up.sql` (hydra, keto, kratos), an infix
# `<name>.<dialect>.sql` (`0003_fts.sqlite.sql`), and Synapse's suffix `<name>.sql.<dialect>`
# (`01_fts.sql.postgres` beside `01_fts.sql.sqlite`). A file tagged for another database is not a
# migration here; one tagged for the target replaces the untagged file of the same id. The id has
# no tag either way. Only the words below are tags, so `V0001.Name.up.sql` keeps its name.
_DIALECT_WORDS = {
    "postgres": "postgresql", "postgresql": "postgresql", "pg": "postgresql",
    "mysql": "mysql", "mariadb": "mysql", "sqlite": "sqlite", "sqlite3": "sqlite",
    "cockroach": "cockroach", "cockroachdb": "cockroach", "crdb": "cockroach",
    "pglite": "pglite",  # PostgreSQL in WebAssembly: its own files, never a server's
}
_SQL_SUFFIX_TAG = re.compile(r"^(?P<stem>.+)\.sql\.(?P<tag>[a-z0-9]+)$", re.IGNORECASE)
# Migration steps written in a programming language (Synapse's `delta/<version>/*.py`): the tool
# runs SQL only, so a folder holding one is refused by name rather than applied with a gap.
_CODE_SUFFIXES = (".py", ".go", ".js", ".mjs", ".ts", ".rb", ".java", ".kt", ".cs", ".php", ".pl", ".sh")
_STARTS_LIKE_MIGRATION = re.compile(r"^(?:[Vv]?\d)")
# A sub-folder named as a version (`10`, `1.2.3`, `v3`, `2024_01`) holding migration files of
# their own names: a version folder (Synapse `delta/<version>/NN_name.sql`). Its files apply after
# those of lower versions, and their ids carry the folder (`10/01_x`).
_VERSION_DIR = re.compile(r"^[Vv]?(\d+(?:[._-]\d+)*)$")


@dataclass(frozen=True)
class Migration:
    id: str
    path: Path
    phase: int | None
    checksum: str
    placeholders: tuple[tuple[str, str], ...] = ()
    """Values for the file's `${name}` placeholders (model/placeholders.py); the checksum is the file's own."""

    @property
    def sql(self) -> str:
        return substitute(up_section(self.path.read_text(encoding="utf-8-sig")), dict(self.placeholders))


def with_placeholders(migrations: list[Migration], values: Mapping[str, str]) -> list[Migration]:
    """The migrations with `values` for their placeholders."""
    if not values:
        return migrations
    given = tuple(sorted(values.items()))
    return [replace(m, placeholders=given) for m in migrations]


def up_section(text: str) -> str:
    """The up part of a file that also holds its down migration (dbmate, goose, sql-migrate markers).
    Down lines become empty lines, so line numbers in errors still point into the file."""
    lines = text.splitlines(keepends=True)
    down = False
    for i, line in enumerate(lines):
        if match := _SECTION_MARKER.match(line):
            down = match.group(1).lower() == "down"
        if down:
            lines[i] = line[len(line.rstrip(_LINE_ENDS)) :]
    return "".join(lines)


def migration_id(filename: str, folder: str | None = None) -> str:
    """The id of a migration file: its name without `.up.sql` or `.sql`; for the fixed file name of a
    folder-per-migration layout (`up.sql`, `migration.sql`), the name of its `folder`."""
    if folder and filename.lower() in _FOLDER_UP_FILES:
        return folder
    for suffix in (".up.sql", ".sql"):
        if filename.lower().endswith(suffix):
            return filename[: -len(suffix)]
    return filename


def dialect_tag(filename: str) -> tuple[str, str | None] | None:
    """(id, dialect) of a file name carrying a database tag or popx's `.autocommit`:
    `0001_init.mysql.up.sql` -> ("0001_init", "mysql"), `01_fts.sql.postgres` ->
    ("01_fts", "postgresql"), `0003_fts.sqlite.sql` -> ("0003_fts", "sqlite"); dialect None for
    `.autocommit` alone. None for any other name, also for a word that names no database."""
    if match := _SQL_SUFFIX_TAG.match(filename):
        dialect = _DIALECT_WORDS.get(match.group("tag").lower())
        return (migration_id(match.group("stem") + ".sql"), dialect) if dialect else None
    if not filename.lower().endswith(".sql"):
        return None
    words = filename[: -len(".sql")].split(".")
    up = len(words) > 1 and words[-1].lower() == "up"
    words = words[:-1] if up else words
    autocommit = up and len(words) > 1 and words[-1].lower() == "autocommit"
    words = words[:-1] if autocommit else words
    dialect = _DIALECT_WORDS.get(words[-1].lower()) if len(words) > 1 else None
    words = words[:-1] if dialect else words
    if dialect is None and not autocommit:
        return None
    return ".".join(words), dialect


def natural_key(text: str) -> tuple[object, ...]:
    """Sort key comparing digit runs as numbers, so V2 comes before V10 (Flyway versions: see
    _order_key)."""
    parts = re.split(r"(\d+)", text)
    return tuple((0, int(p), p) if p.isdigit() else (1, p.lower(), p) for p in parts)


def discover(folder: str | Path, dialect: str | None = None) -> list[Migration]:
    """Every migration under `folder`, in apply order (phase, then version folder, then natural
    file-name order; a Sqitch project's in the order of its plan). `dialect` (`sqlite`,
    `postgresql`, `mysql`) picks the files tagged for that database (without it, tagged files are
    refused)."""
    root = Path(folder)
    if not root.exists():
        raise UsageError(f"migrations folder {str(root)!r} does not exist", hint="pass --dir with the folder of .sql files")
    if not root.is_dir():
        raise UsageError(f"{str(root)!r} is not a folder", hint="pass --dir with the folder of .sql files")
    sqitch = _sqitch_layout(root)
    if sqitch is not None:
        return _sqitch_migrations(*sqitch)
    entries = [p for p in sorted(root.rglob("*")) if not any(part.startswith(".") for part in p.relative_to(root).parts)]
    for p in entries:
        if p.is_symlink() and not p.exists() and _is_migration_file(p):
            raise UsageError(f"{p}: a link to {os.readlink(p)}, which does not exist",
                             hint="fix or remove the link: every .sql file in the folder is a migration")
    files = [p for p in entries if p.is_file()]
    _refuse_code_migrations(files, root)
    found = [_read(_file_id(path, root), path, root) for path in files if _is_migration_file(path)]
    if not found:
        raise UsageError(f"migrations folder {str(root)!r} holds no .sql migration",
                         hint="pass --dir with the folder of .sql files (a wrong --dir is the usual cause)")
    found = _for_dialect(found, dialect)
    if not found:
        raise UsageError(f"migrations folder {str(root)!r} holds no migration for {dialect}",
                         hint="its .sql files are all tagged for other databases (name.<database>.sql)")
    seen: dict[str, Path] = {}
    for m in found:
        if m.id in seen:
            raise UsageError(
                f"two migration files have the id {m.id!r}: {seen[m.id]} and {m.path}",
                hint="migration ids (file names without .sql) must be unique",
            )
        seen[m.id] = m.path
    found.sort(key=lambda m: (m.phase if m.phase is not None else 0, bool(_FLYWAY_REPEATABLE.match(m.path.name)),
                              _version_key(m.path, root),
                              _order_key(m.id.rsplit("/", 1)[-1], as_text=m.path.name.lower() == "migration.sql")))
    return found


def _is_migration_file(path: Path) -> bool:
    """A `.sql` file (or one tagged `.sql.<database>`) that is not a reverse: `.down.sql`, Flyway
    `U<n>__`, a folder-per-migration `down.sql`, a `<stem>_down.sql` beside its `<stem>.sql`."""
    name = path.name
    if not name.lower().endswith(".sql"):
        suffixed = _SQL_SUFFIX_TAG.match(name)
        if suffixed is None or not (dialect_tag(name) or ("", None))[1]:
            return False
        name = suffixed.group("stem") + ".sql"  # `x.down.sql.postgres` is a down file too
    if name.lower().endswith(_IGNORED_SUFFIXES) or _FLYWAY_UNDO.match(name):
        return False
    if name.lower() in _FOLDER_DOWN_FILES:
        return False  # a down file by its name alone, also when --dir is the migration's own folder
    return not _companion_reverse(path)


def _file_id(path: Path, root: Path) -> str:
    """The id of a migration file: the folder's name for a folder-per-migration file (`<id>/up.sql`),
    else its file id, prefixed with the version folders it sits in (`10/01_x` for `10/01_x.sql`),
    so the same file name in two version folders names two migrations."""
    own = _own_folder(path, root)
    if own is not None and path.name.lower() in _FOLDER_UP_FILES:
        return own
    versions = _version_dirs(path, root)
    return "/".join([*versions, migration_id(path.name, own)])


def _version_dirs(path: Path, root: Path) -> list[str]:
    """The version folders (`10`, `1.2`, `v3`) between `root` and a file, outermost first; none for
    a folder-per-migration file (`20240105090000/migration.sql` is one migration, not a version)."""
    if path.name.lower() in _FOLDER_UP_FILES:
        return []
    return [part for part in path.relative_to(root).parts[:-1] if _VERSION_DIR.match(part)]


def _version_key(path: Path, root: Path) -> tuple[tuple[int, ...], ...]:
    """Version folders compare as numbers part by part (9 < 10 < 10.1), outermost first; files
    directly in the folder (or in other sub-folders) come before every version folder."""
    return tuple(tuple(int(n) for n in re.split(r"[._-]", _VERSION_DIR.match(d).group(1)))  # type: ignore[union-attr]
                 for d in _version_dirs(path, root))


def _refuse_code_migrations(files: list[Path], root: Path) -> None:
    """Migration steps in a programming language (Synapse's `delta/<version>/*.py`) cannot run here:
    applying the SQL around them would leave a history no release had, and porting one later would
    put it before migrations already applied. Refused by name. A file counts when it sits in a
    version folder or its name starts like a migration (`0042_`, `V3__`); `__init__.py` never does."""
    code = [p for p in files if p.name.lower().endswith(_CODE_SUFFIXES) and not p.name.startswith("_")
            and (_STARTS_LIKE_MIGRATION.match(p.name) or _version_dirs(p, root))]
    if code:
        names = ", ".join(str(p.relative_to(root)) for p in code[:5]) + (f" and {len(code) - 5} more" if len(code) > 5 else "")
        raise UsageError(
            f"not SQL, so it cannot be run: {names} (a migration step in {str(root)!r})",
            hint="rollback runs .sql files only: write each step as SQL (a .sql file of the same name) "
            "or move it out of the folder",
            details={"files": [str(p) for p in code]},
        )


def _order_key(migration: str, as_text: bool = False) -> tuple[object, ...]:
    """Flyway versions (`V1__`, `V1.1__`, `V1_2__`, `V2.0.1__`) compare as numbers part by part, as
    Flyway does (V1 < V1.1 < V1.2 < V2 < V2.0.1 < V10); any other id in natural order. `as_text`
    (Prisma's `<name>/migration.sql` folders): by name as text, as `prisma migrate` orders them, so a
    shorter timestamp (papermark's `202310122339_x` among `20231013165123_y`) keeps its place."""
    if as_text:
        return (1, (), ((1, migration, migration),))
    if m := _FLYWAY_VERSIONED.match(migration):
        return (0, tuple(int(p) for p in re.split(r"[._]", m.group(1))), natural_key(m.group(2)))
    return (1, (), natural_key(migration))


_REVERSE_COMPANION = re.compile(r"^(?P<stem>.+?)[_-](?P<word>down|rollback)\.sql$", re.IGNORECASE)


def _companion_reverse(path: Path) -> bool:
    """A hand-written reverse kept beside its migration: `<stem>_down.sql` (or `-down`, `_rollback`)
    next to `<stem>.sql` or `<stem>_up.sql`. It sorts right after its migration and would undo it at
    once; a file so named without such a sibling is a migration of its own (`0042_scale_down.sql`)."""
    m = _REVERSE_COMPANION.match(path.name)
    if m is None:
        return False
    stem, sep = m.group("stem").lower(), path.name[len(m.group("stem"))]
    siblings = {f"{stem}.sql", f"{stem}{sep}up.sql"}
    return any(p.name.lower() in siblings for p in path.parent.iterdir())


def _for_dialect(found: list[Migration], dialect: str | None) -> list[Migration]:
    """Drop the files tagged for another database (popx `.mysql.up.sql`, `.sqlite.sql`, Synapse
    `.sql.postgres`), name the rest without their tag, and let a file tagged for `dialect` replace
    the untagged one of the same id."""
    tagged = {m.path: dialect_tag(m.path.name) for m in found}
    if not any(tagged.values()):
        return found
    if dialect is None and any(t is not None and t[1] is not None for t in tagged.values()):
        raise UsageError("the folder holds migrations for several databases (`<name>.<database>.sql`, `<name>.sql.<database>`)",
                         hint="name the database, so the files for it can be picked")
    specific = {_tagged_id(m.id, t[0]) for m in found if (t := tagged[m.path]) is not None and t[1] == dialect}
    kept: list[Migration] = []
    for m in found:
        tag = tagged[m.path]
        if tag is None:
            if m.id not in specific:
                kept.append(m)
        elif tag[1] in (dialect, None) and not (tag[1] is None and _tagged_id(m.id, tag[0]) in specific):
            kept.append(Migration(_tagged_id(m.id, tag[0]), m.path, m.phase, m.checksum))
    if not kept:
        raise UsageError(f"no migration in the folder is for {dialect}: every file is tagged for another database",
                         hint="pass --dir with this database's migrations")
    return kept


def _tagged_id(file_id: str, untagged: str) -> str:
    """The id of a tagged file without its tag, keeping the version folders its id starts with."""
    folders = file_id.rpartition("/")[0]
    return f"{folders}/{untagged}" if folders else untagged


def _own_folder(path: Path, root: Path) -> str | None:
    """The folder naming a folder-per-migration file (`<id>/up.sql`): its parent unless that is a
    phase folder; `root` itself when --dir is that one migration's folder."""
    folder = path.parent if path.parent != root or path.name.lower() in _FOLDER_UP_FILES else None
    if folder is None or _PHASE_DIR.match(folder.name):
        return None
    return folder.resolve().name


def _read(mid: str, path: Path, root: Path) -> Migration:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"{path}: cannot be read ({exc.strerror or exc})",
                         hint="every .sql file in the folder is a migration: make it readable, or move it out") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path}: not valid UTF-8 ({exc})") from None
    return Migration(mid, path, _phase_of(path, root, text), hashlib.sha256(data).hexdigest())


def _sqitch_layout(root: Path) -> tuple[Path, Path] | None:
    """(sqitch.plan, deploy folder) when `root` is a Sqitch project or its deploy/ folder."""
    if (root / "sqitch.plan").is_file() and (root / "deploy").is_dir():
        return root / "sqitch.plan", root / "deploy"
    if root.name == "deploy" and (root.parent / "sqitch.plan").is_file():
        return root.parent / "sqitch.plan", root
    return None


def _sqitch_migrations(plan: Path, deploy: Path) -> list[Migration]:
    """The deploy scripts in the plan's order (revert/ and verify/ are not migrations). A reworked
    change's earlier versions are `deploy/<name>@<tag>.sql`, the tag being the first one after them
    in the plan; that is also their id."""
    changes: list[str] = []
    tags: list[tuple[int, str]] = []
    for number, raw in enumerate(plan.read_text(encoding="utf-8-sig").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith(("%", "#")):
            continue
        word = line.split()[0]
        if word.startswith("@"):
            tags.append((len(changes), word[1:]))
        elif word.startswith("-"):
            raise UsageError(f"{plan}:{number}: a plan entry that reverts a change ({word}) is not supported",
                             hint="apply up to the change before it, or remove the entry")
        else:
            changes.append(word.removeprefix("+"))
    found: list[Migration] = []
    for i, name in enumerate(changes):
        later = name in changes[i + 1:]
        tag = next((t for at, t in tags if at > i), None) if later else None
        if later and tag is None:
            raise UsageError(f"{plan}: change {name!r} is reworked without a tag in between")
        mid = f"{name}@{tag}" if tag else name
        path = deploy / f"{mid}.sql"
        if not path.is_file():
            raise UsageError(f"{plan}: change {mid!r} has no deploy script {str(path)!r}")
        found.append(_read(mid, path, deploy))
    found.sort(key=lambda m: m.phase if m.phase is not None else 0)
    return found


def _phase_of(path: Path, root: Path, text: str) -> int | None:
    for part in path.relative_to(root).parts[:-1]:
        if match := _PHASE_DIR.match(part):
            return int(match.group(1))
    head = "\n".join(text.splitlines()[:10])
    if match := _PHASE_HEADER.search(head):
        return int(match.group(1))
    return None
