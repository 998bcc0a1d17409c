"""`rollback report [INCIDENT|--last]`: the post-incident report, from the journal's event log.

An incident is anchored on a `rollback-done` event (a completed rollback) or an `rls-disable`
event (a break-glass session); INCIDENT is that event's id (`rollback report --list`). Around a
rollback it gathers: the deployment of the reverted migrations (their `apply` events), `incident`
events (declared emergencies) and `mark` events of those points (detection), the rollback steps,
break-glass sessions, the `verify` events after it (until the next apply or rollback), and the
newest rehearsal before it (the RTO target when rollback.toml has no `rto`).

RTO achieved = recovered - detected. Detected: the first `incident` event or bad mark of a
reverted point after its deployment; without one, the start of the rollback (then the figure is
the rollback's own duration, and the report says so). Recovered: the first passing `verify` after
the rollback, else the end of the rollback.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from ..config import Settings
from ..engine.rollback import checksum_rows
from ..engine.session import Target
from ..errors import UsageError
from ..rehearse.rto import format_seconds, parse_rto
from .store import iso, to_utc

ANCHORS = ("rollback-done", "rls-disable")
DEFAULT_RTO_SECONDS = 900.0
COLORS = {"deploy": "#2563eb", "detect": "#dc2626", "incident": "#dc2626", "mark": "#f59e0b", "rollback": "#ea580c",
          "verify": "#7c3aed", "rls": "#0f766e", "rehearse": "#94a3b8", "live": "#fca5a5"}


def _at(e: dict[str, Any]) -> datetime:
    return to_utc(e["at"])


def list_incidents(target: Target) -> list[dict[str, Any]]:
    out = []
    for e in reversed(target.journal.events()):
        if e["kind"] == "rollback-done":
            out.append({"incident": e["id"], "kind": "rollback", "at": iso(e["at"]),
                        "summary": f"rolled back {', '.join(e['detail'].get('reverted', []))} to {e['migration']}"})
        elif e["kind"] == "rls-disable":
            out.append({"incident": e["id"], "kind": "rls-break-glass", "at": iso(e["at"]),
                        "summary": f"RLS break-glass on {', '.join(e['detail'].get('tables', []))}: "
                                   f"{e['detail'].get('reason', '')}"})
    return out


def build_incident(target: Target, incident: int | None, settings: Settings) -> dict[str, Any]:
    events = target.journal.events()
    anchors = [e for e in events if e["kind"] in ANCHORS]
    if not anchors:
        raise UsageError("no incident recorded in this database: no rollback and no RLS break-glass yet",
                         hint="incidents are rollbacks (`rollback to`) and break-glass sessions (`rollback rls disable`)")
    if incident is None:
        anchor = anchors[-1]
    else:
        found = [e for e in anchors if e["id"] == incident]
        if not found:
            raise UsageError(f"event #{incident} is not an incident",
                             hint="incidents: " + ", ".join(f"#{a['id']} ({a['kind']})" for a in anchors[-10:]))
        anchor = found[0]
    if anchor["kind"] == "rls-disable":
        return _rls_incident(target, events, anchor)
    return _rollback_incident(target, events, anchor, settings)


def _window(events: list[dict[str, Any]], anchor: dict[str, Any]) -> tuple[int, int]:
    """Event ids bounding the incident: after the previous rollback, up to the next apply or rollback."""
    prev = max((e["id"] for e in events if e["kind"] == "rollback-done" and e["id"] < anchor["id"]), default=0)
    nxt = min((e["id"] for e in events if e["id"] > anchor["id"] and e["kind"] in ("apply", "rollback", "rollback-done")),
              default=10**18)
    return prev, nxt


def _rollback_incident(target: Target, events: list[dict[str, Any]], r: dict[str, Any], settings: Settings) -> dict[str, Any]:
    journal = target.journal
    prev, nxt = _window(events, r)
    steps: list[dict[str, Any]] = []
    for e in reversed([e for e in events if e["id"] < r["id"]]):
        if e["kind"] != "rollback":
            break
        steps.insert(0, e)
    reverted_ids = [int(e["point_id"]) for e in steps if e["point_id"] is not None]
    points = {p.id: p for p in journal.points()}
    reverted = [points[i] for i in reverted_ids if i in points]
    deploys = []
    for p in reverted:
        applies = [e for e in events if e["kind"] == "apply" and e["point_id"] == p.id]
        if applies:
            deploys.append(applies[-1])
    deployed_at = min((_at(e) for e in deploys), default=None)
    declared = [e for e in events if prev < e["id"] < r["id"] and e["kind"] == "incident"]
    marks = [e for e in events if prev < e["id"] < r["id"] and e["kind"] == "mark" and e["point_id"] in reverted_ids
             and e["detail"].get("status") == "bad"]
    rls = [e for e in events if prev < e["id"] < nxt and e["kind"] in ("rls-disable", "rls-restore")]
    verifies = [e for e in events if r["id"] < e["id"] < nxt and e["kind"] == "verify"]
    rehearsals = [e for e in events if e["id"] < r["id"] and e["kind"] == "rehearse"]
    detections = sorted([*declared, *marks], key=lambda e: e["id"])
    # when the rollback ran: PostgreSQL stamps every event of a transaction with its start time
    seconds = r["detail"].get("seconds")
    first_step = _at(steps[0]) if steps else _at(r)
    if seconds is not None:
        rb_start, rb_end = _at(r), _at(r) + _td(float(seconds))
        rb_note = "recorded by the rollback"
    elif target.dialect.name == "postgresql":
        rb_start, rb_end = _at(r), None
        rb_note = "the rollback's duration is not recorded (events of one transaction share its start time)"
    else:
        rb_start, rb_end = first_step, _at(r)
        rb_note = "from the first and last events of the rollback (the first reverse step is already done at the start)"
    passing = [e for e in verifies if e["detail"].get("ok")]
    recovered = _at(passing[0]) if passing else rb_end
    detected = _at(detections[0]) if detections else rb_start
    rto_target, rto_source = _rto_target(settings, rehearsals)
    achieved = (recovered - detected).total_seconds() if recovered is not None else None
    data_loss = _data_loss(target, reverted, steps)
    timeline: list[dict[str, Any]] = []
    for e in deploys:
        timeline.append(_entry(e, "deploy", f"applied {e['migration']}"))
    if deployed_at is not None:
        live_end = detected if detections else rb_start
        timeline.append({"at": iso(deployed_at), "end": iso(live_end), "kind": "live",
                         "label": "bad release live", "event": None})
    for e in declared:
        timeline.append(_entry(e, "incident", f"incident declared: {e['detail'].get('reason') or e['detail']}"))
    for e in marks:
        timeline.append(_entry(e, "mark", f"{e['migration']} marked bad" + (f": {e['detail']['note']}" if e["detail"].get("note") else "")))
    for e in rls:
        verb = "RLS break-glass on" if e["kind"] == "rls-disable" else "RLS restored on"
        timeline.append(_entry(e, "rls", f"{verb} {', '.join(e['detail'].get('tables', []))}"))
    timeline.append({"at": iso(rb_start), "end": iso(rb_end) if rb_end else None, "kind": "rollback",
                     "label": f"rollback to {r['migration']} ({', '.join(r['detail'].get('reverted', []))})", "event": r["id"]})
    for e in verifies:
        d = e["detail"]
        timeline.append(_entry(e, "verify", f"verify: {'passed' if d.get('ok') else str(d.get('findings')) + ' finding(s)'}"))
    timeline.sort(key=lambda x: (x["at"] or "", x["kind"] != "live"))
    return {
        "incident": r["id"],
        "kind": "rollback",
        "database": target.url.masked,
        "dialect": target.dialect.name,
        "title": f"Rollback to {r['migration']} on {target.url.masked}",
        "at": iso(r["at"]),
        "by": r["actor"],
        "target": r["migration"],
        "target_point": r["point_id"],
        "rolled_back": [_reverted_entry(target, p) for p in reverted],
        "on_conflict": sorted({str(e["detail"].get("on_conflict", "fail")) for e in steps}) or ["fail"],
        "deployed_at": iso(deployed_at),
        "detected_at": iso(detected),
        "detected_by": (detections[0]["kind"] if detections else "rollback start"),
        "rollback_started_at": iso(rb_start),
        "rollback_finished_at": iso(rb_end) if rb_end else None,
        "rollback_timing": rb_note,
        "recovered_at": iso(recovered) if recovered else None,
        "rto": {"target_seconds": rto_target, "target": format_seconds(rto_target), "source": rto_source,
                "achieved_seconds": round(achieved, 3) if achieved is not None else None,
                "achieved": format_seconds(achieved) if achieved is not None else "unknown",
                "met": (achieved <= rto_target) if achieved is not None else None,
                "measured": f"from {'detection' if detections else 'the start of the rollback'} to "
                            f"{'the first passing verify' if passing else 'the end of the rollback'}"},
        "verification": [{"event": e["id"], "at": iso(e["at"]), "ok": bool(e["detail"].get("ok")),
                          "findings": e["detail"].get("findings", 0), "codes": e["detail"].get("codes", {})}
                         for e in verifies],
        "data_loss": data_loss,
        "rls": [{"event": e["id"], "kind": e["kind"], "at": iso(e["at"]), **{k: e["detail"].get(k) for k in
                 ("session", "tables", "reason")}} for e in rls],
        "timeline": timeline,
    }


def _td(seconds: float) -> timedelta:
    return timedelta(seconds=seconds)


def _entry(e: dict[str, Any], kind: str, label: str) -> dict[str, Any]:
    return {"at": iso(e["at"]), "end": None, "kind": kind, "label": label, "event": e["id"]}


def _rto_target(settings: Settings, rehearsals: list[dict[str, Any]]) -> tuple[float, str]:
    configured = settings.extra.get("rto")
    if isinstance(configured, str | int | float) and str(configured).strip():
        return parse_rto(str(configured)), "rollback.toml rto"
    for e in reversed(rehearsals):
        value = e["detail"].get("rto_seconds")
        if isinstance(value, int | float) and value > 0:
            return float(value), f"the rehearsal of {iso(e['at'])} (event #{e['id']})"
    return DEFAULT_RTO_SECONDS, "default (15 minutes)"


def _reverted_entry(target: Target, p: Any) -> dict[str, Any]:
    before, after = target.journal.model(p.id, "before"), target.journal.model(p.id, "after")
    return {
        "point_id": p.id,
        "migration": p.migration,
        "phase": p.info.get("phase"),
        "applied_at": iso(p.applied_at),
        "restored": [{"table": c["table"], "kind": c["kind"], "rows": c.get("rows")} for c in p.info.get("captures", [])],
        "dropped_tables": sorted(t for t in after.tables if t not in before.tables),
        "restored_tables": sorted(t for t in before.tables if t not in after.tables),
        "schema_changes": len(before.diff(after)),
    }


def _data_loss(target: Target, reverted: list[Any], steps: list[dict[str, Any]]) -> dict[str, Any]:
    modes = {str(e["detail"].get("on_conflict", "fail")) for e in steps}
    restored = sum(int(c.get("rows") or 0) for p in reverted for c in p.info.get("captures", []))
    dropped = []
    for p in reverted:
        before, after = target.journal.model(p.id, "before"), target.journal.model(p.id, "after")
        for t in sorted(after.tables):
            if t not in before.tables:
                dropped.append({"table": t, "migration": p.migration, "rows_at_point": checksum_rows(p.info.get("checks", {}).get(t))})
    recorded = [c for e in steps for c in e["detail"].get("conflicts", [])]
    if modes <= {"fail"}:
        overwritten: int | None = 0
        note = "none: the rollback ran with --on-conflict fail, which refuses when rows changed after a point"
    elif recorded:
        overwritten = sum(int(c.get("rows") or 0) for c in recorded)
        note = f"rows changed after the points were handled with --on-conflict {', '.join(sorted(modes))}"
    else:
        overwritten = None
        note = (f"the rollback ran with --on-conflict {', '.join(sorted(modes))}; the conflicting rows were not "
                "recorded in the event (see `rollback plan` before rolling back)")
    return {"rows_written_after_lost": overwritten, "note": note, "rows_restored_from_captures": restored,
            "tables_dropped": dropped, "on_conflict": sorted(modes) or ["fail"]}


def _rls_incident(target: Target, events: list[dict[str, Any]], d: dict[str, Any]) -> dict[str, Any]:
    session = d["detail"].get("session")
    restores = [e for e in events if e["kind"] == "rls-restore" and e["detail"].get("session") == session]
    end = restores[0] if restores else None
    verifies = [e for e in events if e["kind"] == "verify" and e["id"] > d["id"] and (end is None or e["id"] < end["id"] + 50)]
    tables = d["detail"].get("tables", [])
    timeline = [_entry(d, "rls", f"RLS break-glass on {', '.join(tables)}: {d['detail'].get('reason', '')}")]
    if end is not None:
        timeline[0]["end"] = iso(end["at"])
        timeline.append(_entry(end, "rls", f"RLS restored ({end['detail'].get('how', 'manual')})"))
    for e in verifies[:5]:
        timeline.append(_entry(e, "verify", f"verify: {'passed' if e['detail'].get('ok') else 'findings'}"))
    timeline.sort(key=lambda x: x["at"] or "")
    open_seconds = (_at(end) - _at(d)).total_seconds() if end else None
    return {
        "incident": d["id"], "kind": "rls-break-glass", "database": target.url.masked, "dialect": target.dialect.name,
        "title": f"RLS break-glass on {', '.join(tables)}", "at": iso(d["at"]), "by": d["actor"],
        "reason": d["detail"].get("reason"), "session": session, "tables": tables,
        "revoked_from": d["detail"].get("revoked_from", []),
        "restored_at": iso(end["at"]) if end else None, "restored_how": end["detail"].get("how") if end else None,
        "changed_meanwhile": end["detail"].get("changed_meanwhile", []) if end else [],
        "seconds_in_break_glass": round(open_seconds, 3) if open_seconds is not None else None,
        "rolled_back": [], "verification": [{"event": e["id"], "at": iso(e["at"]), "ok": bool(e["detail"].get("ok")),
                                              "findings": e["detail"].get("findings", 0)} for e in verifies[:5]],
        "timeline": timeline,
    }


# -- rendering --------------------------------------------------------------------------------
def _md(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _mermaid(text: str) -> str:
    return "".join(" " if ch in ":;#,\n" else ch for ch in text).strip()


def _ms(stamp: str) -> int:
    return int(to_utc(stamp).timestamp() * 1000)


def _summary(inc: dict[str, Any]) -> list[tuple[str, str]]:
    if inc["kind"] == "rls-break-glass":
        secs = inc["seconds_in_break_glass"]
        return [("Database", inc["database"]), ("Tables", ", ".join(inc["tables"])), ("Reason", inc["reason"] or ""),
                ("Started", f"{inc['at']} by {inc['by']}"), ("Revoked from", ", ".join(inc["revoked_from"])),
                ("Restored", f"{inc['restored_at']} ({inc['restored_how']})" if inc["restored_at"] else "NOT YET: still in break-glass mode"),
                ("Time in break-glass mode", format_seconds(secs) if secs is not None else "ongoing")]
    rto = inc["rto"]
    met = {True: "met", False: "MISSED", None: "unknown"}[rto["met"]]
    loss = inc["data_loss"]
    return [
        ("Database", inc["database"]),
        ("Rolled back to", f"{inc['target']} (point #{inc['target_point']}) by {inc['by']}"),
        ("Reverted", ", ".join(r["migration"] for r in inc["rolled_back"]) or "-"),
        ("Deployed", inc["deployed_at"] or "unknown"),
        ("Detected", f"{inc['detected_at']} ({inc['detected_by']})"),
        ("Rollback", f"{inc['rollback_started_at']} to {inc['rollback_finished_at'] or '?'} ({inc['rollback_timing']})"),
        ("Recovered", inc["recovered_at"] or "unknown"),
        ("RTO", f"{rto['achieved']} achieved against {rto['target']} ({rto['source']}): {met}; measured {rto['measured']}"),
        ("Rows written after the points and lost", "unknown" if loss["rows_written_after_lost"] is None
         else str(loss["rows_written_after_lost"])),
        ("Rows restored from captures", str(loss["rows_restored_from_captures"])),
        ("Verification", ", ".join(("passed" if v["ok"] else f"{v['findings']} finding(s)") for v in inc["verification"])
         or "not run after the rollback"),
    ]


def render_markdown(inc: dict[str, Any]) -> str:
    lines = [f"# Incident #{inc['incident']}: {inc['title']}", ""]
    lines += ["| | |", "|---|---|"] + [f"| {_md(k)} | {_md(v)} |" for k, v in _summary(inc)]
    lines += ["", "## Timeline", "", "```mermaid", "gantt", f"    title Incident #{inc['incident']} (UTC)",
              "    dateFormat x", "    axisFormat %H:%M:%S"]
    for i, t in enumerate(inc["timeline"]):
        start = _ms(t["at"])
        if t["end"]:
            tag = {"live": "crit, ", "rollback": "active, ", "rls": ""}.get(t["kind"], "")
            lines.append(f"    {_mermaid(t['label'])} :{tag}t{i}, {start}, {max(start + 1, _ms(t['end']))}")
        else:
            lines.append(f"    {_mermaid(t['label'])} :milestone, t{i}, {start}, 0ms")
    lines += ["```", "", "| at (UTC) | until | what |", "|---|---|---|"]
    lines += [f"| {t['at']} | {t['end'] or ''} | {_md(t['label'])} |" for t in inc["timeline"]]
    if inc["rolled_back"]:
        lines += ["", "## What was rolled back", "", "| point | migration | phase | applied | restored | dropped tables |",
                  "|---:|---|---|---|---|---|"]
        for r in inc["rolled_back"]:
            restored = _restored_text(r)
            lines.append(f"| {r['point_id']} | {_md(r['migration'])} | {r['phase'] or ''} | {r['applied_at']} | "
                         f"{_md(restored)} | {_md(', '.join(r['dropped_tables']) or '-')} |")
    if inc["kind"] == "rollback":
        loss = inc["data_loss"]
        lines += ["", "## Data loss", "", f"- Rows written after the points and lost: "
                  f"{'unknown' if loss['rows_written_after_lost'] is None else loss['rows_written_after_lost']} ({_md(loss['note'])})",
                  f"- Rows restored from captures: {loss['rows_restored_from_captures']}"]
        lines += [f"- Dropped {t['table']} (created by {t['migration']}), {t['rows_at_point']} rows at the point"
                  for t in loss["tables_dropped"]]
    lines += ["", "## Verification", ""]
    lines += [f"- {v['at']}: {'passed' if v['ok'] else 'FAILED'} ({v['findings']} finding(s))" for v in inc["verification"]] or [
        "No verification ran after the rollback: run `rollback verify`."]
    return "\n".join(lines) + "\n"


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def timeline_svg(inc: dict[str, Any]) -> str:
    rows = inc["timeline"]
    width, label_w, row_h, top = 960, 330, 26, 34
    chart_w = width - label_w - 30
    starts = [_ms(t["at"]) for t in rows]
    ends = [_ms(t["end"]) if t["end"] else _ms(t["at"]) for t in rows]
    t0, t1 = min(starts, default=0), max(ends, default=1)
    span = max(t1 - t0, 1)
    height = top + row_h * max(1, len(rows)) + 10
    parts = [f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="Incident timeline">']
    for k in range(5):
        x = label_w + chart_w * k / 4
        stamp = datetime.fromtimestamp((t0 + span * k / 4) / 1000, UTC).strftime("%H:%M:%S") if rows else ""
        parts.append(f'<line x1="{x:.1f}" y1="{top - 8}" x2="{x:.1f}" y2="{height - 6}" stroke="#e5e7eb"/>')
        parts.append(f'<text x="{x:.1f}" y="{top - 14}" font-size="11" text-anchor="middle" fill="#6b7280">{_e(stamp)}</text>')
    for i, t in enumerate(rows):
        y = top + i * row_h
        x = label_w + chart_w * (starts[i] - t0) / span
        color = COLORS.get(t["kind"], "#64748b")
        parts.append(f'<text x="{label_w - 8}" y="{y + 16}" font-size="12" text-anchor="end">{_e(t["label"][:52])}</text>')
        if t["end"]:
            w = max(3.0, chart_w * (ends[i] - starts[i]) / span)
            parts.append(f'<rect class="span {_e(t["kind"])}" x="{x:.1f}" y="{y + 5}" width="{w:.1f}" height="{row_h - 10}" '
                         f'rx="3" fill="{color}"><title>{_e(t["label"])}: {_e(t["at"])} to {_e(t["end"])}</title></rect>')
        else:
            parts.append(f'<circle class="event {_e(t["kind"])}" cx="{x:.1f}" cy="{y + row_h / 2}" r="6" fill="{color}">'
                         f'<title>{_e(t["label"])}: {_e(t["at"])}</title></circle>')
    parts.append("</svg>")
    return "".join(parts)


_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem;color:#111827;max-width:1000px}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #e5e7eb;padding:.3rem .6rem;text-align:left;font-size:.9rem}
th{background:#f9fafb}.met{color:#16a34a;font-weight:600}.missed{color:#dc2626;font-weight:600}
"""


def _restored_text(r: dict[str, Any]) -> str:
    return ", ".join(f"{c['table']} ({c['kind']}, {c['rows']} rows)" for c in r["restored"]) or "-"


def render_html(inc: dict[str, Any]) -> str:
    summary = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in _summary(inc))
    events = "".join(f"<tr><td>{_e(t['at'])}</td><td>{_e(t['end'] or '')}</td><td>{_e(t['label'])}</td></tr>"
                     for t in inc["timeline"])
    body = [f"<h1>Incident #{inc['incident']}: {_e(inc['title'])}</h1>", f"<table>{summary}</table>",
            f"<h2>Timeline</h2>{timeline_svg(inc)}",
            f"<table><tr><th>at (UTC)</th><th>until</th><th>what</th></tr>{events}</table>"]
    if inc["rolled_back"]:
        rows = "".join(
            f"<tr><td>{r['point_id']}</td><td>{_e(r['migration'])}</td><td>{_e(r['phase'] or '')}</td><td>{_e(r['applied_at'])}</td>"
            f"<td>{_e(_restored_text(r))}</td>"
            f"<td>{_e(', '.join(r['dropped_tables']) or '-')}</td></tr>" for r in inc["rolled_back"])
        body.append("<h2>What was rolled back</h2><table><tr><th>point</th><th>migration</th><th>phase</th><th>applied</th>"
                    f"<th>restored</th><th>dropped tables</th></tr>{rows}</table>")
    if inc["kind"] == "rollback":
        rto = inc["rto"]
        cls = "met" if rto["met"] else "missed"
        body.append(f"<h2>RTO</h2><p class={cls}>{_e(rto['achieved'])} achieved against {_e(rto['target'])} "
                    f"({_e(rto['source'])})</p><p><small>measured {_e(rto['measured'])}</small></p>")
        loss = inc["data_loss"]
        body.append(f"<h2>Data loss</h2><p>{_e(loss['note'])}</p><p>Rows restored from captures: "
                    f"{loss['rows_restored_from_captures']}</p>")
    verifies = "".join(f"<li>{_e(v['at'])}: {'passed' if v['ok'] else 'FAILED'} ({v['findings']} finding(s))</li>"
                       for v in inc["verification"]) or "<li>No verification ran after the rollback.</li>"
    body.append(f"<h2>Verification</h2><ul>{verifies}</ul>")
    return ("<!doctype html>\n<html lang=en><head><meta charset=utf-8>"
            f"<title>Incident #{inc['incident']}</title><style>{_CSS}</style></head><body>{''.join(body)}</body></html>\n")


def render(inc: dict[str, Any], fmt: str) -> str:
    if fmt not in ("md", "html"):
        raise UsageError(f"--format {fmt}: unknown", hint="use md or html")
    return render_markdown(inc) if fmt == "md" else render_html(inc)


def write(text: str, path: str) -> str:
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None
    return str(target)
