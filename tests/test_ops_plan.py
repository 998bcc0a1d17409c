"""`rollback tag`, `rollback mark` and `rollback plan`: targets in every form, health marks, the
data-loss risk and the downtime estimate, through the CLI on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rollback_commander import api
from rollback_commander.cli.main import cli
from rollback_commander.cli.ops_cmds import register
from rollback_commander.engine.session import open_target
from rollback_commander.ops.plan import map_features
from rollback_commander.ops.store import parse_time, to_utc
from rollback_commander.urls import parse_url

from .helpers import invoke, invoke_json, query, run_sql, write_migrations

register(cli)


def history(url: str) -> dict[str, str]:
    pg = url.startswith("postgresql")
    return {
        "phase-1/001_orgs.sql": "CREATE TABLE orgs (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
        "INSERT INTO orgs (id, name) VALUES (1, 'Acme'), (2, 'Globex');\n",
        "phase-1/002_contacts.sql": "CREATE TABLE contacts (id INTEGER PRIMARY KEY, org_id INTEGER REFERENCES orgs(id),"
        " email TEXT);\nINSERT INTO contacts (id, org_id, email) VALUES (2, 2, 'b@x');\n",
        "phase-2/003_score.sql": "ALTER TABLE orgs ADD COLUMN score INTEGER DEFAULT 0;\n"
        "CREATE INDEX orgs_name_idx ON orgs (name);\n"
        + ("CREATE MATERIALIZED VIEW org_names AS SELECT name FROM orgs;\n" if pg else ""),
    }


@pytest.fixture
def applied(db_url: str, tmp_path: Path) -> str:
    api.apply(db_url, str(write_migrations(tmp_path / "m", history(db_url))))
    return db_url


def plan(url: str, *args: str) -> dict[str, object]:
    code, data = invoke_json("plan", *args, "--db", url)
    assert code == 0, data
    assert isinstance(data, dict)
    return data


def test_tag_mark_and_every_target_form(applied: str) -> None:
    url = applied
    code, data = invoke_json("tag", "v1.0", "--db", url, "--at", "002_contacts")
    assert code == 0 and data["point_id"] == 3 and data["migration"] == "002_contacts"
    code, data = invoke_json("tag", "v1.0", "--db", url)  # already on another point
    assert code == 2 and "--move" in data["hint"]
    code, data = invoke_json("tag", "v1.1", "--db", url)
    assert code == 0 and data["migration"] == "003_score"
    for bad_name in ("base", "001_orgs", "phase:2", "#3", "2026-01-01", "1 hour ago"):
        code, data = invoke_json("tag", bad_name, "--db", url)
        assert code == 2 and data["error"] == "usage", bad_name

    code, data = invoke_json("mark", "v1.0", "--stable", "--health", "90", "--note", "soak ok", "--db", url)
    assert code == 0 and data == {"point_id": 3, "migration": "002_contacts", "status": "stable", "health_score": 90,
                                  "note": "soak ok"}
    code, data = invoke_json("mark", "current", "--bad", "--db", url)
    assert code == 0 and data["health_score"] == 0
    code, data = invoke_json("mark", "current", "--db", url)
    assert code == 2
    res = invoke("mark", "current", "--bad", "--health", "101", "--db", url)
    assert res.exit_code == 2

    data = plan(url)  # default: the newest stable point before the current one
    assert data["recommended_target"] == "002_contacts"
    points = {p["migration"]: p for p in data["rollback_points"]}  # type: ignore[attr-defined]
    assert [p["migration"] for p in data["rollback_points"]] == ["003_score", "002_contacts", "001_orgs", "base"]  # type: ignore[attr-defined]
    assert points["002_contacts"]["version"] == "v1.0" and points["002_contacts"]["health_score"] == 90
    assert points["002_contacts"]["status"] == "stable" and points["002_contacts"]["recommended"] is True
    assert points["003_score"]["version"] == "v1.1" and points["003_score"]["status"] == "bad"
    assert points["003_score"]["current"] is True and points["001_orgs"]["health_score"] is None
    assert points["base"]["git_hash"] is None and points["base"]["components"] == ["db"]
    assert points["base"]["timestamp"].endswith("Z")

    resolved = {spec: plan(url, spec)["resolved"]["point_id"] for spec in  # type: ignore[index]
                ("last_stable", "previous", "phase:2", "phase:1", "v1.0", "base", "#2", "001_orgs", "in 1 hour".replace(
                    "in 1 hour", "2999-01-01T00:00Z"))}
    assert resolved == {"last_stable": 3, "previous": 3, "phase:2": 3, "phase:1": 1, "v1.0": 3, "base": 1, "#2": 2,
                        "001_orgs": 2, "2999-01-01T00:00Z": 4}
    # a bad point is never recommended: the tag v1.1 is on the bad current point
    data = plan(url, "v1.1")
    assert data["resolved"]["point_id"] == 4 and data["recommended_target"] == "002_contacts"  # type: ignore[index]
    assert "marked bad" in str(data["recommendation"])
    for unknown in ("phase:7", "nope", "1 hour ago", "#99"):
        code, data = invoke_json("plan", unknown, "--db", url)
        assert code == 2 and data["error"] == "unknown_target", unknown


def test_plan_risk_none_minimal_significant(applied: str) -> None:
    url = applied
    data = plan(url, "002_contacts")
    assert data["data_loss_risk"] == "minimal"  # only an index (and on PostgreSQL a materialized view) go
    kinds = sorted(d["kind"] for d in data["derived_loss"])  # type: ignore[attr-defined]
    assert "index" in kinds and (("materialized view" in kinds) == url.startswith("postgresql"))
    assert data["data_loss"] == [] and data["affected_features"][0] in ("orgs", "public.orgs")  # type: ignore[index]
    steps = data["steps"]
    assert [s["action"] for s in steps] == ["reverse", "verify"]  # type: ignore[attr-defined]
    assert data["command"] == f"rollback to 002_contacts --db {url} --yes"

    data = plan(url, "001_orgs")
    assert data["data_loss_risk"] == "minimal" and data["affected_objects"]["tables"]  # type: ignore[index]

    run_sql(url, "UPDATE orgs SET score = 7 WHERE id = 1; INSERT INTO contacts (id, org_id, email) VALUES (1, 1, 'a@x');")
    data = plan(url, "001_orgs")
    assert data["data_loss_risk"] == "significant"
    loss = {(d["migration"], d["kind"], d["table"], d["column"]): d["rows"] for d in data["data_loss"]}  # type: ignore[attr-defined]
    orgs = "public.orgs" if url.startswith("postgresql") else "orgs"
    contacts = "public.contacts" if url.startswith("postgresql") else "contacts"
    assert loss == {("003_score", "column-values", orgs, "score"): 1,
                    ("002_contacts", "table-changed-after", contacts, None): 1}
    assert data["command"].endswith("--on-conflict restore-old")  # type: ignore[union-attr]
    # what the plan says is what the rollback does: it refuses on the conflict
    code, result = invoke_json("to", "001_orgs", "--db", url, "--yes")
    assert code == 1 and result["error"] == "conflict"


def test_plan_downtime_from_rehearsal_and_features(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = db_url
    folder = write_migrations(tmp_path / "m", history(url))
    api.apply(url, str(folder), to="002_contacts")
    data = plan(url)
    assert data["estimated_downtime"] == "unknown" and "no rehearsal" in str(data["estimated_downtime_basis"])

    code, rehearsal = invoke_json("rehearse", "--db", url, "--dir", str(folder))
    assert code == 0, rehearsal
    api.apply(url, str(folder))
    data = plan(url, "002_contacts")
    assert data["estimated_downtime"] != "unknown", data["estimated_downtime_basis"]
    assert data["estimated_downtime_seconds"] > 0  # type: ignore[operator]

    # a rehearsal with per-step timings and the target's size then: scaled by the growth since
    with open_target(parse_url(url)) as target:
        from rollback_commander.rehearse.runner import table_bytes

        now_bytes = table_bytes(target)
        target.conn.begin()
        target.journal.event("rehearse", detail={
            "migrations": ["003_score"], "rollback_seconds": 2.0, "projected_seconds": 4.0, "target_bytes": now_bytes // 2,
            "steps": [{"migration": "003_score", "step": "down", "seconds": 2.0, "ok": True}]})
        target.conn.commit()
    data = plan(url, "002_contacts")
    expected = 2.0 * 2.0 * (now_bytes / (now_bytes // 2))
    assert data["estimated_downtime_seconds"] == pytest.approx(expected, rel=1e-3)
    assert data["steps"][0]["estimated_seconds"] == pytest.approx(expected, rel=1e-3)  # type: ignore[index]
    assert "x 2.00 projected" in str(data["estimated_downtime_basis"])

    monkeypatch.chdir(tmp_path)
    (tmp_path / "rollback.toml").write_text('[features]\ncrm_orgs = ["orgs"]\nbilling = ["invoices"]\n', encoding="utf-8")
    data = plan(url, "002_contacts")
    assert data["affected_features"][0] == "crm_orgs" and "billing" not in data["affected_features"]  # type: ignore[index,operator]
    (tmp_path / "rollback.toml").write_text('[features]\ncrm_orgs = "orgs"\n', encoding="utf-8")
    code, err = invoke_json("plan", "--db", url)
    assert code == 2 and "[features]" in err["message"]


def test_engine_conflict_on_table_empty_at_the_point(sqlite_url: str, tmp_path: Path) -> None:
    api.apply(sqlite_url, str(write_migrations(tmp_path / "m", {"001_t.sql": "CREATE TABLE t (id INTEGER PRIMARY KEY);"})))
    run_sql(sqlite_url, "INSERT INTO t VALUES (1);")
    assert plan(sqlite_url, "base")["data_loss_risk"] == "significant"  # the plan sees it
    code, data = invoke_json("to", "base", "--db", sqlite_url, "--yes")
    assert code == 1 and data["error"] == "conflict"


def test_git_hash_and_components(sqlite_url: str, tmp_path: Path) -> None:
    api.apply(sqlite_url, str(write_migrations(tmp_path / "m", history(sqlite_url))))
    info = query(sqlite_url, "SELECT info FROM _rollback_points WHERE migration = '003_score'")[0][0]
    run_sql(sqlite_url, "UPDATE _rollback_points SET info = '" + json.dumps({**json.loads(info), "git_hash": "abc123"})
            + "' WHERE migration = '003_score'")
    points = {p["migration"]: p for p in plan(sqlite_url)["rollback_points"]}  # type: ignore[attr-defined]
    assert points["003_score"]["git_hash"] == "abc123" and points["003_score"]["components"] == ["db", "code"]


def test_time_forms_and_feature_matching() -> None:
    now = to_utc("2026-11-21T12:00:00Z")
    assert parse_time("1 hour ago", now) == to_utc("2026-11-21T11:00:00Z")
    assert parse_time("90 minutes ago", now) == to_utc("2026-11-21T10:30:00Z")
    assert parse_time("2d ago", now) == to_utc("2026-11-19T12:00:00Z")
    assert parse_time("an hour ago", now) == to_utc("2026-11-21T11:00:00Z")
    assert parse_time("2026-11-21T10:00Z", now) == to_utc("2026-11-21T10:00:00Z")
    assert parse_time("2026-11-21 10:00", now) == to_utc("2026-11-21T10:00:00Z")
    assert parse_time("2026-11-21T11:00+01:00", now) == to_utc("2026-11-21T10:00:00Z")
    assert parse_time("v1.2", now) is None and parse_time("3 parsecs ago", now) is None
    features = {"crm": ["public.contacts", "organizations"], "other": ["nothing"]}
    assert map_features({"public.contacts", "public.organizations", "public.audit"}, {"view:public.v", "index:public.i"},
                        features) == ["crm", "public.audit", "view:public.v"]


def test_column_checks_and_pruned_points(db_url: str, tmp_path: Path) -> None:
    from rollback_commander.engine.capture import column_checks

    url = db_url
    files = {**history(url), "phase-2/004_cleanup.sql": "DELETE FROM orgs WHERE id = 1;\n"}
    api.apply(url, str(write_migrations(tmp_path / "m", files)))
    run_sql(url, "UPDATE orgs SET score = 3;")  # as if 003 had backfilled the column
    with open_target(parse_url(url)) as target:
        point = next(p for p in target.journal.active() if p.migration == "003_score")
        checks = column_checks(target.dialect, target.conn, target.journal.model(point.id, "after"),
                               target.journal.model(point.id, "before"))
        key = next(iter(checks))
        assert key.endswith("orgs.score") and checks[key].startswith("1:")
        table = target.dialect.journal_table("points")
        target.conn.begin()
        target.conn.execute(target.conn.q(f"UPDATE {table} SET info = ? WHERE id = ?"),
                            (json.dumps({**point.info, "column_checks": checks}), point.id))
        target.conn.commit()
    data = plan(url, "002_contacts")
    assert not [d for d in data["data_loss"] if d["kind"] == "column-values"]  # type: ignore[attr-defined]
    run_sql(url, "UPDATE orgs SET score = 4;")
    data = plan(url, "002_contacts")
    assert [d["column"] for d in data["data_loss"] if d["kind"] == "column-values"] == ["score"]  # type: ignore[attr-defined]

    code, pruned = invoke_json("prune", "--keep", "0", "--db", url)
    assert code == 0, pruned
    data = plan(url, "003_score")
    loss = {d["kind"]: d for d in data["data_loss"]}  # type: ignore[attr-defined]
    assert "schema only" in loss["pruned"]["reason"]
    # 004 kept the one row it deleted (row capture on both dialects); the rows updated since are other rows
    assert sorted(loss) == ["pruned"] and loss["pruned"]["rows"] == 1


def test_dry_run_does_not_foretell_a_conflict_a_newer_reverted_migration_explains(db_url: str, tmp_path: Path) -> None:
    """A table copied whole by 001 that 002 (reverted first) inserted into, its rows captured one by
    one: it differs from its state at 001 now, but not once 002 is reverted. The dry run says it can
    only tell then, instead of foretelling a conflict the rollback does not meet."""
    run_sql(db_url, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);\n"
                    "INSERT INTO notes VALUES (1, 'a'), (2, 'b');\n")
    retype = ("ALTER TABLE notes ALTER COLUMN body TYPE varchar(40);\n" if db_url.startswith("postgresql")
              else "CREATE TABLE notes2 (id INTEGER PRIMARY KEY, body VARCHAR(40) NOT NULL);\n"
                   "INSERT INTO notes2 SELECT * FROM notes;\nDROP TABLE notes;\nALTER TABLE notes2 RENAME TO notes;\n")
    api.apply(db_url, str(write_migrations(tmp_path / "m", {"001_retype.sql": retype,
                                                            "002_more.sql": "INSERT INTO notes VALUES (3, 'c');\n"})))
    dry = api.rollback_to(db_url, "base", dry_run=True)
    assert dry.conflicts == [] and dry.refusals == [], (dry.conflicts, dry.refusals)
    assert any("002_more" in problem and "notes" in problem for problem in dry.problems), dry.problems
    result = api.rollback_to(db_url, "base")
    assert result.conflicts == [] and result.verified


def test_dry_run_does_not_foretell_row_conflicts_a_newer_reverted_migration_explains(db_url: str, tmp_path: Path) -> None:
    """Rows 001 updated (row capture) that 002, reverted first, updates again: they differ from what
    001 left now, but not once 002 is reverted. The dry run says it can only tell then, instead of
    foretelling a refusal the rollback does not meet (seen on a search-index history: 'would refuse',
    then `rollback to` succeeded)."""
    run_sql(db_url, "CREATE TABLE contacts (id INTEGER PRIMARY KEY, company TEXT NOT NULL, notes TEXT);\n"
                    "INSERT INTO contacts VALUES (1, 'Acme', 'fair'), (2, 'Acme', 'fair'), (3, 'Globex', 'fair');\n")
    api.apply(db_url, str(write_migrations(tmp_path / "m", {
        "001_notes.sql": "UPDATE contacts SET notes = 'expo' WHERE id <= 2;\n",
        "002_company.sql": "UPDATE contacts SET company = 'Acme EMEA' WHERE company = 'Acme';\n"})))
    dry = api.rollback_to(db_url, "base", dry_run=True)
    assert dry.conflicts == [] and dry.refusals == [], (dry.conflicts, dry.refusals)
    assert any("002_company" in problem and "contacts" in problem for problem in dry.problems), dry.problems
    result = api.rollback_to(db_url, "base")
    assert result.conflicts == [] and result.verified
