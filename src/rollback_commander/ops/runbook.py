"""`rollback runbook`: a step-by-step runbook for *this* database, with the exact commands, built
from its rollback points, phases, marks, tags, tables and (PostgreSQL) row-level-security state.

Sections: assess, partial rollback (one phase, or the last migration), complete rollback (to the
last stable point, else base), backup recovery (point-in-time, to just before the first migration
after the recovery point), RLS emergency (break-glass), after the incident. URLs are shown with the
password masked (***): export ROLLBACK_DATABASE_URL and leave out --db to run them as they are.
"""

from __future__ import annotations

import shlex
from datetime import timedelta
from typing import Any

from ..engine.session import Target
from ..errors import UnknownTarget
from ..journal.store import Point
from .marks import point_notes
from .plan import read_snapshot
from .store import db_now, iso, to_utc
from .targets import spec_for


def _step(title: str, commands: list[str], why: str = "") -> dict[str, Any]:
    return {"title": title, "why": why, "commands": commands}


def build_runbook(target: Target) -> dict[str, Any]:
    active = target.journal.active()
    if not active:
        raise UnknownTarget("this database has no rollback points yet", hint="run `rollback apply` first")
    url = target.url.masked
    db = f"--db {shlex.quote(url)}"
    pg = target.dialect.name == "postgresql"
    with read_snapshot(target):
        notes = point_notes(target)
        model = target.dialect.introspect(target.conn)
        tables: list[dict[str, Any]] = []
        for name in sorted(model.tables):
            t = model.tables[name]
            tables.append({"table": name, "rows": target.dialect.estimated_rows(target.conn, t),
                           "rls": bool(t.extra.get("rls")),
                           "policies": sum(1 for o in model.objects.values() if o.kind == "policy" and o.table == name)})
        rehearsal = next((e for e in reversed(target.journal.events()) if e["kind"] == "rehearse"), None)
        now = db_now(target)
    current = active[-1]
    stable = [p for p in active if (a := notes.get(p.id)) is not None and a.status == "stable"]
    bad = {pid for pid, a in notes.items() if a.status == "bad"}
    phases: dict[int, list[Point]] = {}
    for p in active:
        if p.kind == "migration" and p.info.get("phase") is not None:
            phases.setdefault(int(p.info["phase"]), []).append(p)

    def spec(p: Point) -> str:
        return spec_for(p, active)

    points = [{"id": p.id, "migration": p.migration, "phase": p.info.get("phase"), "applied_at": iso(p.applied_at),
               "version": (a.version if (a := notes.get(p.id)) else None), "status": (a.status if a else None),
               "reversible": p.reversible} for p in active]
    sections: list[dict[str, Any]] = []
    sections.append({"name": "assess", "title": "0. Assess (read-only, one minute)", "steps": [
        _step("Where the database is and what a rollback would cost", [
            f"rollback points {db}", f"rollback plan {db}", f"rollback verify {db}", f"rollback log {db} --limit 20"],
            "plan shows the recommended target, the data-loss risk and the estimated downtime"),
        _step("Record what you see (never recommended as a target once marked bad)",
              [f"rollback mark current --bad --note 'what broke' {db}"]),
    ]})
    partial: list[dict[str, Any]] = []
    if phases:
        for n in sorted(phases, reverse=True):
            first = phases[n][0]
            before = active[active.index(first) - 1]
            later = [p.migration for p in active if p.id >= first.id]
            partial.append(_step(
                f"Roll back phase {n} ({', '.join(p.migration for p in phases[n])})",
                [f"rollback plan phase:{n} {db}", f"rollback to {spec(before)} {db} --dry-run",
                 f"rollback to {spec(before)} {db} --yes", f"rollback verify {db}"],
                f"phase:{n} is point #{before.id} ({before.migration}); this reverts {', '.join(later)}"
                + (" (later phases too: reverting a middle phase alone needs `rollback undo`, see deps)"
                   if len(later) > len(phases[n]) else "")))
    if len(active) >= 2:
        prev = active[-2]
        partial.append(_step(f"Roll back only the last migration ({current.migration})",
                             [f"rollback plan previous {db}", f"rollback to {spec(prev)} {db} --yes", f"rollback verify {db}"]))
    sections.append({"name": "partial", "title": "1. Partial rollback", "steps": partial or [
        _step("Nothing to roll back partially: the database is at its base point", [])]})
    goal = stable[-1] if stable else active[0]
    if goal.id in bad:
        goal = next((p for p in reversed(active) if p.id < goal.id and p.id not in bad), active[0])
    complete = [
        _step(f"Plan the rollback to {'the last stable point' if stable else 'base'}: #{goal.id} {goal.migration}"
              + (" (the current point: after a later release goes bad, this is where to go back to)"
                 if goal.id == current.id else ""),
              [f"rollback plan {'last_stable' if stable else 'base'} {db}"],
              "check data_loss_risk: significant means rows written since would be overwritten"),
        _step("Roll back (one transaction, verified against the recorded fingerprint)",
              [f"rollback to {spec(goal)} {db} --yes",
               f"# rows changed since and you accept losing them: rollback to {spec(goal)} {db} --yes --on-conflict restore-old"]),
        _step("Verify and write the record", [f"rollback verify {db}",
                                              f"rollback report --last --format md --output incident.md {db}"]),
    ]
    irreversible = [p.migration for p in active if p.id > goal.id and not p.reversible]
    if irreversible:
        complete[1]["why"] = ("irreversible points on the way (" + ", ".join(irreversible)
                              + "): add --allow-irreversible, or use backup recovery")
    sections.append({"name": "complete", "title": "2. Complete rollback", "steps": complete})
    after_goal = [p for p in active if p.id > goal.id]
    pitr = to_utc(after_goal[0].applied_at) - timedelta(seconds=1) if after_goal else now
    if pg:
        parts = target.url.parts()
        dbname = str(parts.get("database") or "postgres")
        backup = [
            _step("Keep the current state first (it holds rows written since the release)",
                  [f"pg_dump --format=custom --file=before-recovery.dump {shlex.quote(url)}"]),
            _step(f"Restore to a point in time just before {after_goal[0].migration if after_goal else 'now'}: {iso(pitr)}",
                  [f"# managed PostgreSQL / Supabase: point-in-time recovery to {iso(pitr)} (dashboard or provider CLI)",
                   f"# self-hosted: recovery_target_time = '{iso(pitr)}' on a restored base backup, then promote",
                   f"pg_restore --clean --if-exists --no-owner --dbname={shlex.quote(url)} last-good.dump"],
                  f"database {dbname}; the journal lives in the database, so the restored copy has its own points"),
            _step("Check the restored database", [f"rollback points {db}", f"rollback verify {db}"]),
        ]
    else:
        path = target.url.sqlite_path()
        backup = [
            _step("Keep the current state first", [f"sqlite3 {shlex.quote(path)} \".backup '{path}.before-recovery'\""]),
            _step(f"Put back the last backup taken before {iso(pitr)}",
                  [f"cp last-good.db {shlex.quote(path)}"], "stop the writers first: SQLite has one file"),
            _step("Check the restored database", [f"rollback points {db}", f"rollback verify {db}"]),
        ]
    sections.append({"name": "backup", "title": "3. Backup recovery", "steps": backup})
    if pg:
        rls_tables = [str(t["table"]) for t in tables if t["rls"]]
        names = " ".join(shlex.quote(t) for t in rls_tables) or "TABLE..."
        sections.append({"name": "rls", "title": "4. RLS emergency (break-glass)", "steps": [
            _step("Turn RLS off for the tables users are locked out of; public roles lose access (fail closed)",
                  [f"rollback rls disable {names} --reason 'INC-123: policy blocks support' --for 15m {db}"],
                  "tables with RLS on: " + (", ".join(f"{t['table']} ({t['policies']} policies)" for t in tables if t["rls"])
                                            or "none")),
            _step("Watch it; fix the policy as a migration", [f"rollback rls status {db}"]),
            _step("Put flags, policies and grants back exactly (also automatic after --for)",
                  [f"rollback rls restore {db}", f"rollback verify {db}"]),
        ]})
    else:
        sections.append({"name": "rls", "title": "4. RLS emergency", "steps": [
            _step("Not applicable: SQLite has no row-level security", [])]})
    sections.append({"name": "after", "title": "5. After the incident", "steps": [
        _step("Report, then mark the good state", [f"rollback report --last --format html --output incident.html {db}",
                                                   f"rollback mark current --stable --health 100 {db}",
                                                   f"rollback tag <version> {db}"]),
        _step("Rehearse the fix before re-applying", [f"rollback rehearse {db} --dir <migrations> --rto 15m"]),
    ]})
    return {
        "database": url,
        "dialect": target.dialect.name,
        "generated_at": iso(now),
        "current": {"point_id": current.id, "migration": current.migration},
        "last_stable": {"point_id": stable[-1].id, "migration": stable[-1].migration} if stable else None,
        "recovery_point": {"point_id": goal.id, "migration": goal.migration, "pitr_time": iso(pitr)},
        "rehearsal": {"at": iso(rehearsal["at"]), **{k: rehearsal["detail"].get(k) for k in
                      ("rto_seconds", "within_rto", "projected_seconds")}} if rehearsal else None,
        "points": points,
        "phases": {str(n): [p.migration for p in ps] for n, ps in sorted(phases.items())},
        "tables": tables,
        "sections": sections,
    }


def render_markdown(book: dict[str, Any]) -> str:
    lines = [f"# Rollback runbook: {book['database']}", "",
             f"Generated {book['generated_at']} from the journal ({book['dialect']}). Current point: "
             f"#{book['current']['point_id']} {book['current']['migration']}; last stable: "
             + (f"#{book['last_stable']['point_id']} {book['last_stable']['migration']}" if book["last_stable"] else "none marked")
             + ". Passwords are masked: `export ROLLBACK_DATABASE_URL=...` and drop `--db` to paste the commands.", ""]
    if book["rehearsal"]:
        r = book["rehearsal"]
        lines += [f"Last rehearsal {r['at']}: projected rollback {r['projected_seconds']}s, RTO {r['rto_seconds']}s, "
                  f"{'within' if r['within_rto'] else 'NOT within'} the RTO.", ""]
    lines += ["| point | migration | phase | applied (UTC) | version | status |", "|---:|---|---|---|---|---|"]
    lines += [f"| {p['id']} | {p['migration']} | {p['phase'] or ''} | {p['applied_at']} | {p['version'] or ''} | "
              f"{p['status'] or ''}{'' if p['reversible'] else ' (irreversible)'} |" for p in book["points"]]
    lines += ["", "| table | rows (est.) | RLS |", "|---|---:|---|"]
    lines += [f"| {t['table']} | {t['rows']} | {'on, ' + str(t['policies']) + ' policies' if t['rls'] else ''} |"
              for t in book["tables"]]
    for section in book["sections"]:
        lines += ["", f"## {section['title']}", ""]
        for i, step in enumerate(section["steps"], 1):
            lines.append(f"{i}. **{step['title']}**" + (f": {step['why']}" if step["why"] else ""))
            if step["commands"]:
                lines += ["", "   ```bash", *[f"   {c}" for c in step["commands"]], "   ```", ""]
    return "\n".join(lines).rstrip() + "\n"
