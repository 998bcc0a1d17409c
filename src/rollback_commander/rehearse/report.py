"""Rehearsal reports people would rather look at than read: Markdown (a mermaid gantt chart plus a
table) or HTML (inline SVG timeline, no external assets), chosen by the file's extension."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from ..errors import UsageError
from .result import RehearsalResult
from .rto import format_seconds

FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
COLORS = {"copy": "#94a3b8", "up": "#2563eb", "down": "#ea580c", "reapply": "#16a34a", "verify": "#7c3aed"}
FAILED = "#dc2626"


def report_format(path: str | Path) -> str:
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise UsageError(f"--report {path}: unknown report format", hint="name a .md or .html file")
    return fmt


def write_report(result: RehearsalResult, path: Path) -> Path:
    text = render_markdown(result) if report_format(path) == "markdown" else render_html(result)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write the report {path}: {exc.strerror or exc}") from None
    return path


def _summary_rows(r: RehearsalResult) -> list[tuple[str, str]]:
    p = r.projection
    rows = [
        ("Database", r.database),
        ("Migrations", ", ".join(r.migrations) or "none pending"),
        ("Copy", f"{r.copy.method_label}, {format_seconds(r.copy.seconds)}" if r.copy.method else "none needed"),
        ("Rollback time (measured)", format_seconds(p.rollback_seconds)),
        ("Rollback time (projected to the target)", f"{format_seconds(p.projected_seconds)} ({p.method})"),
        ("RTO", f"{r.rto} = {format_seconds(r.rto_seconds)}: {'within' if r.within_rto else 'NOT within'}"),
        ("Restored exactly", "yes" if r.restored else "no"),
        ("Findings", str(len(r.findings))),
        ("Total time", format_seconds(r.seconds)),
    ]
    if r.failed:
        f = r.failed
        rows.append(("Failed", f"{f['migration']} ({f['step']}) at {f['file']}:{f.get('line') or '?'}: {f['message']}"))
    return rows


# -- Markdown ---------------------------------------------------------------------------------
def _md(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _mermaid_label(text: str) -> str:
    return "".join(" " if ch in ":;#,\n" else ch for ch in text).strip()


def render_markdown(r: RehearsalResult) -> str:
    lines = [f"# Rollback rehearsal: {r.database}", "", f"**Result: {'PASSED' if r.ok else 'NOT PASSED'}**", ""]
    lines += ["| | |", "|---|---|"]
    lines += [f"| {_md(k)} | {_md(v)} |" for k, v in _summary_rows(r)]
    lines += ["", "## Timeline", "", "```mermaid", "gantt", "    title Rehearsal timeline (time from start)",
              "    dateFormat x", "    axisFormat %M:%S.%L"]
    section = None
    for i, bar in enumerate(r.timeline()):
        name = bar["label"].rsplit(" ", 1)[0] if bar["kind"] != "copy" else "copy"
        if name != section:
            section = name
            lines.append(f"    section {_mermaid_label(name)}")
        start = round(bar["start"] * 1000)
        end = start + max(1, round(bar["seconds"] * 1000))
        tag = "crit, " if not bar["ok"] else {"up": "done, ", "reapply": "done, ", "down": "active, "}.get(bar["kind"], "")
        label = _mermaid_label(f"{bar['kind']} {format_seconds(bar['seconds'])}")
        lines.append(f"    {label} :{tag}b{i}, {start}, {end}")
    lines += ["```", "", "| migration | step | start (s) | seconds | ok | verify (s) | findings |",
              "|---|---|---:|---:|---|---:|---:|"]
    for s in r.steps:
        verify = f"{s.verify_seconds:.3f}" if s.verified else "-"
        lines.append(f"| {_md(s.migration)} | {s.step} | {s.start:.3f} | {s.seconds:.3f} | {'yes' if s.ok else 'NO'} "
                     f"| {verify} | {s.findings} |")
    lines += ["", "## Findings", ""]
    if not r.findings:
        lines.append("None: every check held after every step.")
    for f in r.findings:
        where = f" ({f['migration']}, after {f['step']})" if f.get("migration") else ""
        table = f" `{f['table']}`" if f.get("table") else ""
        lines.append(f"- **{f['code']} {f['name']}**{table}: {_md(f['message'])}{where}")
        if f.get("hint"):
            lines.append(f"  - hint: {_md(f['hint'])}")
    lines += ["", f"Projection: {r.projection.method}.", ""]
    return "\n".join(lines)


# -- HTML -------------------------------------------------------------------------------------
def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def timeline_svg(r: RehearsalResult) -> str:
    bars = r.timeline()
    width, label_w, row_h, top = 960, 240, 26, 34
    chart_w = width - label_w - 90
    total = max((b["start"] + b["seconds"] for b in bars), default=0.0) or 0.001
    height = top + row_h * max(1, len(bars)) + 10
    parts = [f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="Rehearsal timeline">']
    for k in range(6):
        x = label_w + chart_w * k / 5
        parts.append(f'<line x1="{x:.1f}" y1="{top - 8}" x2="{x:.1f}" y2="{height - 6}" stroke="#e5e7eb"/>')
        parts.append(f'<text x="{x:.1f}" y="{top - 14}" font-size="11" text-anchor="middle" fill="#6b7280">'
                     f'{_e(format_seconds(total * k / 5))}</text>')
    for i, b in enumerate(bars):
        y = top + i * row_h
        x = label_w + chart_w * b["start"] / total
        w = max(2.0, chart_w * b["seconds"] / total)
        color = COLORS.get(b["kind"], "#64748b") if b["ok"] else FAILED
        parts.append(f'<text x="{label_w - 8}" y="{y + 16}" font-size="12" text-anchor="end">{_e(b["label"])}</text>')
        parts.append(f'<rect class="bar {_e(b["kind"])}" x="{x:.1f}" y="{y + 4}" width="{w:.1f}" height="{row_h - 8}" '
                     f'rx="3" fill="{color}"><title>{_e(b["label"])}: {_e(format_seconds(b["seconds"]))}'
                     f'{"" if b["ok"] else " (failed)"}</title></rect>')
        parts.append(f'<text x="{x + w + 6:.1f}" y="{y + 16}" font-size="11" fill="#374151">'
                     f'{_e(format_seconds(b["seconds"]))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def rto_svg(r: RehearsalResult) -> str:
    """Two bars: the projected rollback time against the RTO."""
    width, label_w = 960, 240
    chart_w = width - label_w - 120
    top = max(r.projection.projected_seconds, r.rto_seconds) or 0.001
    rows = [("rollback (projected)", r.projection.projected_seconds, COLORS["down"] if r.within_rto else FAILED),
            (f"RTO {r.rto}", r.rto_seconds, "#0f766e")]
    parts = [f'<svg class="rto" xmlns="http://www.w3.org/2000/svg" width="{width}" height="70" viewBox="0 0 {width} 70" '
             'role="img" aria-label="Rollback time against the RTO">']
    for i, (label, seconds, color) in enumerate(rows):
        y = 6 + i * 30
        w = max(2.0, chart_w * seconds / top)
        parts.append(f'<text x="{label_w - 8}" y="{y + 16}" font-size="12" text-anchor="end">{_e(label)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="18" rx="3" fill="{color}"/>')
        parts.append(f'<text x="{label_w + w + 6:.1f}" y="{y + 16}" font-size="11">{_e(format_seconds(seconds))}</text>')
    parts.append("</svg>")
    return "".join(parts)


_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem;color:#111827;max-width:1000px}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}
.verdict{display:inline-block;padding:.3rem .8rem;border-radius:6px;color:#fff;font-weight:600}
.pass{background:#16a34a}.fail{background:#dc2626}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #e5e7eb;padding:.3rem .6rem;text-align:left;
font-size:.9rem}th{background:#f9fafb}.num{text-align:right}.legend span{display:inline-block;margin-right:1rem;font-size:.85rem}
.legend i{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;margin-right:.3rem;vertical-align:middle}
code{background:#f3f4f6;padding:0 .2rem;border-radius:3px}
"""


def render_html(r: RehearsalResult) -> str:
    verdict = '<span class="verdict pass">PASSED</span>' if r.ok else '<span class="verdict fail">NOT PASSED</span>'
    summary = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in _summary_rows(r))
    legend = "".join(f'<span><i style="background:{c}"></i>{_e(k)}</span>' for k, c in COLORS.items())
    legend += f'<span><i style="background:{FAILED}"></i>failed</span>'
    steps = "".join(
        f"<tr><td>{_e(s.migration)}</td><td>{_e(s.step)}</td><td class=num>{s.start:.3f}</td>"
        f"<td class=num>{s.seconds:.3f}</td><td>{'yes' if s.ok else '<b>no</b>'}</td>"
        f"<td class=num>{f'{s.verify_seconds:.3f}' if s.verified else '-'}</td><td class=num>{s.findings}</td></tr>"
        for s in r.steps
    )
    if r.findings:
        items = "".join(
            f"<li><b>{_e(f['code'])} {_e(f['name'])}</b>{(' <code>' + _e(f['table']) + '</code>') if f.get('table') else ''}: "
            f"{_e(f['message'])}{(' (' + _e(f['migration']) + ', after ' + _e(f['step']) + ')') if f.get('migration') else ''}"
            f"{('<br><small>hint: ' + _e(f['hint']) + '</small>') if f.get('hint') else ''}</li>"
            for f in r.findings
        )
        findings = f"<ul>{items}</ul>"
    else:
        findings = "<p>None: every check held after every step.</p>"
    return (
        "<!doctype html>\n<html lang=en><head><meta charset=utf-8>"
        f"<title>Rollback rehearsal: {_e(r.database)}</title><style>{_CSS}</style></head><body>"
        f"<h1>Rollback rehearsal: {_e(r.database)}</h1><p>{verdict}</p>"
        f"<table>{summary}</table>"
        f"<h2>Timeline</h2><div class=legend>{legend}</div>{timeline_svg(r)}"
        f"<h2>Rollback time against the RTO</h2>{rto_svg(r)}<p><small>{_e(r.projection.method)}</small></p>"
        "<h2>Steps</h2><table><tr><th>migration</th><th>step</th><th>start (s)</th><th>seconds</th><th>ok</th>"
        f"<th>verify (s)</th><th>findings</th></tr>{steps}</table>"
        f"<h2>Findings</h2>{findings}</body></html>\n"
    )
