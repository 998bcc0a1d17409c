"""`rollback report` (post-incident reports from the event log) and `rollback runbook` (this
database's runbook with the exact commands), on SQLite and PostgreSQL."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from rollback_commander import api
from rollback_commander.cli.main import cli
from rollback_commander.cli.ops_cmds import register

from .helpers import invoke, invoke_json, write_migrations
from .test_ops_plan import history

register(cli)


@pytest.fixture
def incident(db_url: str, tmp_path: Path) -> str:
    """Three migrations applied, the last marked bad, rolled back, verified."""
    api.apply(db_url, str(write_migrations(tmp_path / "m", history(db_url))))
    assert invoke_json("mark", "current", "--bad", "--note", "checkout 500s", "--db", db_url)[0] == 0
    assert invoke_json("to", "002_contacts", "--db", db_url, "--yes")[0] == 0
    assert invoke_json("verify", "--db", db_url)[0] == 0
    return db_url


def test_incident_report_markdown_and_html(incident: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = incident
    code, listed = invoke_json("report", "--list", "--db", url)
    assert code == 0 and [i["kind"] for i in listed["incidents"]] == ["rollback"]
    number = listed["incidents"][0]["incident"]
    md = tmp_path / "out" / "incident.md"
    code, data = invoke_json("report", "--last", "--format", "md", "--output", str(md), "--db", url)
    assert code == 0, data
    assert data["incident"] == number and data["kind"] == "rollback" and data["target"] == "002_contacts"
    assert [r["migration"] for r in data["rolled_back"]] == ["003_score"]
    assert data["rolled_back"][0]["restored"] == [] or data["rolled_back"][0]["restored"][0]["table"].endswith("orgs")
    assert data["detected_by"] == "mark" and data["deployed_at"] <= data["detected_at"] <= data["recovered_at"]
    assert data["rto"]["source"] == "default (15 minutes)" and data["rto"]["met"] is True
    assert data["rto"]["achieved_seconds"] >= 0 and data["rto"]["measured"] == "from detection to the first passing verify"
    assert data["verification"][0]["ok"] is True
    assert data["data_loss"]["rows_written_after_lost"] == 0 and data["data_loss"]["on_conflict"] == ["fail"]
    kinds = [t["kind"] for t in data["timeline"]]
    assert {"deploy", "live", "mark", "rollback", "verify"} <= set(kinds)
    text = md.read_text(encoding="utf-8")
    assert "```mermaid" in text and "gantt" in text and ":milestone" in text and "003_score marked bad" in text
    assert "## What was rolled back" in text and "| 4 | 003_score | 2 |" in text

    html_file = tmp_path / "incident.html"
    res = invoke("report", str(number), "--format", "html", "--output", str(html_file), "--db", url)
    assert res.exit_code == 0 and "Wrote the report" in res.stdout
    page = html_file.read_text(encoding="utf-8")
    assert '<svg class="timeline"' in page and '<circle class="event mark"' in page
    # a span when the rollback's end is known (SQLite stamps each statement; PostgreSQL stamps the
    # transaction's start only, unless the rollback-done event records its seconds)
    assert ('class="span rollback"' in page) == (data["rollback_finished_at"] is not None) and "<h2>RTO</h2>" in page
    assert data["rollback_finished_at"] is not None or url.startswith("postgresql")
    assert "<h2>RTO</h2>" in page
    res = invoke("report", "--db", url)  # stdout, Markdown, the last incident
    assert res.exit_code == 0 and res.stdout.startswith(f"# Incident #{number}")

    monkeypatch.chdir(tmp_path)
    (tmp_path / "rollback.toml").write_text('rto = "1ms"\n', encoding="utf-8")
    code, data = invoke_json("report", "--db", url)
    assert data["rto"]["source"] == "rollback.toml rto" and data["rto"]["met"] is False
    for args in (["999"], ["1", "--last"]):
        code, err = invoke_json("report", *args, "--db", url)
        assert code == 2 and err["error"] == "usage", args


def test_report_without_incident(sqlite_url: str, tmp_path: Path) -> None:
    api.apply(sqlite_url, str(write_migrations(tmp_path / "m", history(sqlite_url))))
    code, err = invoke_json("report", "--db", sqlite_url)
    assert code == 2 and "no incident" in err["message"]


def test_runbook_has_this_databases_commands(db_url: str, tmp_path: Path) -> None:
    url = db_url
    api.apply(url, str(write_migrations(tmp_path / "m", history(url))))
    assert invoke_json("mark", "002_contacts", "--stable", "--db", url)[0] == 0
    shown = url
    if url.startswith("postgresql"):  # a password in the URL (trust auth ignores it) is masked everywhere
        shown = url.replace("postgres@", "postgres:s3cret@")
    code, book = invoke_json("runbook", "--db", shown)
    assert code == 0, book
    assert "s3cret" not in str(book)
    assert [s["name"] for s in book["sections"]] == ["assess", "partial", "complete", "backup", "rls", "after"]
    commands = [c for s in book["sections"] for step in s["steps"] for c in step["commands"]]
    db = shlex.quote(book["database"])  # '***' is quoted for the shell
    assert any(c.startswith("rollback to 002_contacts --db ") for c in commands)  # phase:2 and last_stable
    assert f"rollback plan phase:2 --db {db}" in commands and f"rollback plan phase:1 --db {db}" in commands
    assert book["recovery_point"]["migration"] == "002_contacts" and book["recovery_point"]["pitr_time"].endswith("Z")
    assert book["last_stable"]["migration"] == "002_contacts"
    assert book["phases"] == {"1": ["001_orgs", "002_contacts"], "2": ["003_score"]}
    if url.startswith("postgresql"):
        assert "***" in db and db.startswith("'") and any(c.startswith("pg_dump --format=custom") for c in commands)
        assert any(c.startswith("rollback rls disable TABLE...") for c in commands)  # no table has RLS on
    else:
        assert any(".backup" in c for c in commands)
        assert book["sections"][4]["steps"][0]["title"].startswith("Not applicable")
    out = tmp_path / "runbook.md"
    res = invoke("runbook", "--db", shown, "--output", str(out))
    assert res.exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Rollback runbook:") and "## 3. Backup recovery" in text and "s3cret" not in text
    assert "```bash" in text
