"""Migration files: discovery in the folder layouts teams already use, ids, phases and checksums."""

from __future__ import annotations

import hashlib
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
# ory's popx (hydra, keto, kratos): `<version>_<name>[.<dialect>][.autocommit].up.sql`. A file tagged
# for another database is not a migration here; one tagged for the target replaces the untagged file
# of the same version. The id is `<version>_<name>` either way.
_POPX_TAGGED = re.compile(r"^(\d+_[^.]+)(?:\.(?!autocommit\.)([a-z0-9]+))?(\.autocommit)?\.up\.sql$", re.IGNORECASE)
_POPX_DIALECTS = {
    "postgres": "postgresql", "postgresql": "postgresql", "pg": "postgresql",
    "mysql": "mysql", "mariadb": "mysql", "sqlite": "sqlite", "sqlite3": "sqlite",
    "cockroach": "cockroach", "cockroachdb": "cockroach", "crdb": "cockroach",
}


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
    """(id, dialect) of a popx file name carrying a dialect or `.autocommit` tag
    (`0001_init.mysql.up.sql` -> ("0001_init", "mysql"); dialect None for `.autocommit` alone);
    None for any other name, also for an unknown tag."""
    match = _POPX_TAGGED.match(filename)
    if match is None or (match.group(2) is None and match.group(3) is None):
        return None
    tag = match.group(2)
    if tag is not None and tag.lower() not in _POPX_DIALECTS:
        return None
    return match.group(1), _POPX_DIALECTS[tag.lower()] if tag else None


def natural_key(text: str) -> tuple[object, ...]:
    """Sort key comparing digit runs as numbers, so V2 comes before V10 (Flyway versions: see
    _order_key)."""
    parts = re.split(r"(\d+)", text)
    return tuple((0, int(p), p) if p.isdigit() else (1, p.lower(), p) for p in parts)


def discover(folder: str | Path, dialect: str | None = None) -> list[Migration]:
    """Every migration under `folder`, in apply order (phase, then natural file-name order; a
    Sqitch project's in the order of its plan). `dialect` (`sqlite`, `postgresql`, `mysql`) picks
    the files of a popx folder that are for that database (without it, tagged files are refused)."""
    root = Path(folder)
    if not root.exists():
        raise UsageError(f"migrations folder {str(root)!r} does not exist", hint="pass --dir with the folder of .sql files")
    if not root.is_dir():
        raise UsageError(f"{str(root)!r} is not a folder", hint="pass --dir with the folder of .sql files")
    sqitch = _sqitch_layout(root)
    if sqitch is not None:
        return _sqitch_migrations(*sqitch)
    found: list[Migration] = []
    for path in sorted(root.rglob("*.sql")):
        name = path.name
        if name.lower().endswith(_IGNORED_SUFFIXES) or _FLYWAY_UNDO.match(name):
            continue
        if name.lower() in _FOLDER_DOWN_FILES:
            continue  # a down file by its name alone, also when --dir is the migration's own folder
        if _companion_reverse(path):
            continue
        if any(part.startswith(".") for part in path.relative_to(root).parts):
            continue
        found.append(_read(migration_id(name, _own_folder(path, root)), path, root))
    found = _for_dialect(found, dialect)
    seen: dict[str, Path] = {}
    for m in found:
        if m.id in seen:
            raise UsageError(
                f"two migration files have the id {m.id!r}: {seen[m.id]} and {m.path}",
                hint="migration ids (file names without .sql) must be unique",
            )
        seen[m.id] = m.path
    found.sort(key=lambda m: (m.phase if m.phase is not None else 0, bool(_FLYWAY_REPEATABLE.match(m.id)), _order_key(m.id)))
    return found


def _order_key(migration: str) -> tuple[object, ...]:
    """Flyway versions (`V1__`, `V1.1__`, `V1_2__`, `V2.0.1__`) compare as numbers part by part, as
    Flyway does (V1 < V1.1 < V1.2 < V2 < V2.0.1 < V10); any other id in natural order."""
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
    """popx folders: drop the files tagged for another database, name the rest by their version and
    name, and let a file tagged for `dialect` replace the untagged one of the same id."""
    tagged = {m.path: dialect_tag(m.path.name) for m in found}
    if not any(tagged.values()):
        return found
    if dialect is None and any(t is not None and t[1] is not None for t in tagged.values()):
        raise UsageError("the folder holds migrations for several databases (`<version>_<name>.<dialect>.up.sql`)",
                         hint="name the database, so the files for it can be picked")
    specific = {t[0] for t in tagged.values() if t is not None and t[1] == dialect}
    kept: list[Migration] = []
    for m in found:
        tag = tagged[m.path]
        if tag is None:
            if m.id not in specific:
                kept.append(m)
        elif tag[1] in (dialect, None) and not (tag[1] is None and tag[0] in specific):
            kept.append(Migration(tag[0], m.path, m.phase, m.checksum))
    if not kept:
        raise UsageError(f"no migration in the folder is for {dialect}: every file is tagged for another database",
                         hint="pass --dir with this database's migrations")
    return kept


def _own_folder(path: Path, root: Path) -> str | None:
    """The folder naming a folder-per-migration file (`<id>/up.sql`): its parent unless that is a
    phase folder; `root` itself when --dir is that one migration's folder."""
    folder = path.parent if path.parent != root or path.name.lower() in _FOLDER_UP_FILES else None
    if folder is None or _PHASE_DIR.match(folder.name):
        return None
    return folder.resolve().name


def _read(mid: str, path: Path, root: Path) -> Migration:
    data = path.read_bytes()
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
