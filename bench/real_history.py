"""Run a real project's migration history through the CLI step by step, as a user would.

    .venv/bin/python -m bench.real_history --db URL --dir MIGRATIONS [--spec SPEC.py] [--json OUT]

For every migration, in order: run the spec's seed for it (rows written by the application before
the migration), record the schema fingerprint and every table's checksum, `rollback apply --to` it,
record the state after, optionally write rows from another session (the spec's WRITES), `rollback
to` the previous point (with the spec's --on-conflict mode for that step), remove the rows written
since (the application's cleanup), compare with the state before (a step with writes first runs `rollback to --dry-run`, whose exit
code must be the rollback's), `rollback verify`, then apply it
again and compare with the state after. At the end: `rollback to base` and compare with the first
state.

The spec is a Python file defining any of
    SEEDS  = {"<migration id>": "SQL run before that migration is applied"}
    WRITES = {"<migration id>": ("fail|keep-current|restore-old", "SQL written after the apply",
                                 "SQL that removes it again")}
A step whose rollback with writes is refused (exit 1, conflicts) is counted as such, the cleanup
runs and the rollback is tried again without conflicts.
"""

from __future__ import annotations

import argparse
import json
import runpy
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from tests.helpers import run_sql

from rollback_commander import api
from rollback_commander.model.migration import discover
from rollback_commander.urls import parse_url

ROLLBACK = str(Path(sys.executable).with_name("rollback"))


def _cli(*args: str) -> tuple[int, str]:
    res = subprocess.run([ROLLBACK, *args], capture_output=True, text=True, timeout=600)
    return res.returncode, (res.stdout + res.stderr).strip()


def _diff(want: dict[str, Any], got: dict[str, Any]) -> list[str]:
    out = []
    if want["fingerprint"] != got["fingerprint"]:
        out.append("schema fingerprint differs")
    for table in sorted(set(want["tables"]) | set(got["tables"])):
        if want["tables"].get(table) != got["tables"].get(table):
            out.append(f"data of {table} differs")
    return out


def run(db: str, folder: Path, spec: dict[str, Any]) -> dict[str, Any]:
    seeds: dict[str, str] = spec.get("SEEDS", {})
    writes: dict[str, tuple[str, str, str]] = spec.get("WRITES", {})
    ids = [m.id for m in discover(folder, parse_url(db).dialect)]
    base = api.fingerprint(db)
    steps: list[dict[str, Any]] = []
    prev = "base"
    started = time.monotonic()
    for mid in ids:
        step: dict[str, Any] = {"id": mid, "problems": []}
        steps.append(step)
        if mid in seeds:
            run_sql(db, seeds[mid])
        before = api.fingerprint(db)
        rc, out = _cli("apply", "--db", db, "--dir", str(folder), "--to", mid)
        step["apply"] = rc
        if rc != 0:
            step["problems"].append(f"apply exit {rc}: {out[-1500:]}")
            break
        after = api.fingerprint(db)
        mode = "fail"
        if mid in writes:
            mode, write_sql, _ = writes[mid]
            run_sql(db, write_sql)
            step["on_conflict"] = mode
            # the dry run foresees what the rollback will do: same exit code (1: it would refuse)
            step["dry_run"], _ = _cli("to", prev, "--db", db, "--dry-run", "--on-conflict", mode, "--json")
        rc, out = _cli("to", prev, "--db", db, "--yes", "--on-conflict", mode, "--json")
        if "dry_run" in step and step["dry_run"] != rc:
            step["problems"].append(f"dry run exit {step['dry_run']}, rollback exit {rc}")
        if rc == 1 and mid in writes:
            step["refused_with_conflicts"] = out[-600:]
            run_sql(db, writes[mid][2])
            rc, out = _cli("to", prev, "--db", db, "--yes", "--json")
        step["rollback"] = rc
        if rc != 0:
            step["problems"].append(f"rollback exit {rc}: {out[-1500:]}")
            break
        if mid in writes and "refused_with_conflicts" not in step:
            step["after_rollback_with_writes"] = _diff(before, api.fingerprint(db))
            try:  # the rolled-back schema may no longer have the table the rows went to
                run_sql(db, writes[mid][2])
            except Exception as exc:  # reported, not fatal
                step["cleanup_error"] = str(exc)[:300]
        diff = _diff(before, api.fingerprint(db))
        step["exact"] = not diff
        step["problems"] += [f"after rollback: {d}" for d in diff]
        rc, out = _cli("verify", "--db", db, "--json")
        step["verify"] = rc
        if rc != 0:
            step["problems"].append(f"verify exit {rc}: {out[-1500:]}")
        rc, out = _cli("apply", "--db", db, "--dir", str(folder), "--to", mid)
        step["reapply"] = rc
        if rc != 0:
            step["problems"].append(f"re-apply exit {rc}: {out[-1500:]}")
            break
        diff = _diff(after, api.fingerprint(db))
        step["reapply_exact"] = not diff
        step["problems"] += [f"after re-apply: {d}" for d in diff]
        prev = mid
        print(f"{mid}: {'ok' if not step['problems'] else step['problems']}", flush=True)
    # the seeds are rows written after the points that created their tables: `rollback to base`
    # is expected to refuse (exit 1) unless told to drop them
    rc, out = _cli("to", "base", "--db", db, "--yes", "--json")
    if rc == 1:
        rc, out = _cli("to", "base", "--db", db, "--yes", "--on-conflict", "restore-old", "--json")
    final = {"rollback_to_base": rc, "problems": [out[-1500:]] if rc else _diff(base, api.fingerprint(db))}
    return {
        "db": parse_url(db).dialect, "folder": str(folder), "migrations": len(ids), "steps": steps,
        "steps_run": len(steps),
        "exact_round_trips": sum(1 for s in steps if s.get("exact") and s.get("reapply_exact")),
        "verify_clean": sum(1 for s in steps if s.get("verify") == 0),
        "writes": {s["id"]: (s["on_conflict"], "refused" if "refused_with_conflicts" in s else "ran")
                   for s in steps if "on_conflict" in s},
        "failed_steps": [s["id"] for s in steps if s["problems"]],
        "to_base": final, "seconds": round(time.monotonic() - started, 1),
    }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--db", required=True)
    p.add_argument("--dir", required=True, type=Path)
    p.add_argument("--spec", type=Path)
    p.add_argument("--json", type=Path)
    a = p.parse_args()
    spec = runpy.run_path(str(a.spec)) if a.spec else {}
    result = run(a.db, a.dir, spec)
    text = json.dumps(result, indent=2)
    if a.json:
        a.json.write_text(text)
    summary = {k: v for k, v in result.items() if k != "steps"}
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
