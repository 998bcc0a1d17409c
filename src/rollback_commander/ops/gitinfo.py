"""The git commit of a migrations folder, for rollback points (`git_hash` in the point's info,
shown by `rollback plan`). apply reads `git_info(folder)` of each folder once, before it takes any
lock, and records it in the points of that folder's migrations."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

_HASH = re.compile(r"^[0-9a-f]{40}([0-9a-f]{24})?$")


def _git(folder: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def git_info(folder: str | Path) -> dict[str, Any]:
    """{"git_hash": HEAD, "git_dirty": uncommitted changes under the folder} when the folder is in a
    git work tree, else {} (no git, not a repository, no commit yet)."""
    path = Path(folder)
    if not path.is_dir():
        path = path.parent
    head = (_git(path, "rev-parse", "HEAD") or "").strip()
    if not _HASH.match(head):
        return {}
    status = _git(path, "status", "--porcelain", "--", ".")
    return {"git_hash": head, "git_dirty": bool(status and status.strip())}
