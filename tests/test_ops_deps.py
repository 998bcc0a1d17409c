"""`rollback deps`: the map of what each migration creates, alters, drops, reads and writes, and
the `--undo` check (could one migration or phase in the middle be reversed alone?)."""

from __future__ import annotations

from pathlib import Path

from rollback_commander import api
from rollback_commander.cli.main import cli
from rollback_commander.cli.ops_cmds import register

from .helpers import invoke, invoke_json, write_migrations

register(cli)

FILES = {
    "phase-1/001_orgs.sql": "CREATE TABLE orgs (id INTEGER PRIMARY KEY, name TEXT);\nINSERT INTO orgs VALUES (1, 'a');\n",
    "phase-1/002_tags.sql": "CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT);\n",
    "phase-1/003_contacts.sql": "CREATE TABLE contacts (id INTEGER PRIMARY KEY, org_id INTEGER REFERENCES orgs(id), "
    "email TEXT);\n",
    "phase-2/004_org_score.sql": "ALTER TABLE orgs ADD COLUMN score INTEGER;\nUPDATE orgs SET score = 1;\n",
    "phase-2/005_view.sql": "CREATE VIEW top_orgs AS SELECT name, score FROM orgs WHERE score > 0;\n",
    "phase-2/006_tag_index.sql": "CREATE INDEX tags_label_idx ON tags (label);\n",
}


def test_dependency_map_and_undo_check(db_url: str, tmp_path: Path) -> None:
    url = db_url
    api.apply(url, str(write_migrations(tmp_path / "m", FILES)))
    code, data = invoke_json("deps", "--db", url)
    assert code == 0, data
    m = {x["migration"]: x for x in data["migrations"]}
    q = "public." if url.startswith("postgresql") else ""
    assert f"table:{q}orgs" in m["001_orgs"]["creates"] and f"column:{q}orgs.name" in m["001_orgs"]["creates"]
    assert m["004_org_score"]["creates"] == [f"column:{q}orgs.score"]
    assert m["004_org_score"]["writes"] == [f"table:{q}orgs"]
    assert f"table:{q}orgs" in m["003_contacts"]["reads"]
    assert {k: v["depends_on"] for k, v in m.items()} == {
        "001_orgs": [], "002_tags": [], "003_contacts": ["001_orgs"], "004_org_score": ["001_orgs"],
        "005_view": ["001_orgs", "004_org_score"], "006_tag_index": ["002_tags"],
    }
    assert m["002_tags"]["dependents"] == ["006_tag_index"]
    via = next(e for e in data["edges"] if e["from"] == "005_view" and e["to"] == "004_org_score")["via"]
    assert any("score" in v for v in via)

    code, data = invoke_json("deps", "--undo", "003_contacts", "--db", url)
    assert code == 0 and data["undo"]["ok"] is True and data["undo"]["undo"] == ["003_contacts"]
    code, data = invoke_json("deps", "--undo", "002_tags", "--db", url)
    assert code == 1 and data["undo"]["blocked_by"] == ["006_tag_index"] and "--with-dependents" in data["undo"]["hint"]
    code, data = invoke_json("deps", "--undo", "002_tags", "--with-dependents", "--db", url)
    assert code == 0 and data["undo"]["undo"] == ["006_tag_index", "002_tags"]
    code, data = invoke_json("deps", "--undo", "phase:2", "--db", url)
    assert code == 0 and data["undo"]["undo"] == ["006_tag_index", "005_view", "004_org_score"] and "note" in data["undo"]
    code, data = invoke_json("deps", "--undo", "phase:1", "--db", url)
    assert code == 1 and data["undo"]["blocked_by"] == ["004_org_score", "005_view", "006_tag_index"]
    for bad in ("nope", "phase:9"):
        code, err = invoke_json("deps", "--undo", bad, "--db", url)
        assert code == 2 and err["error"] == "unknown_target"
    res = invoke("deps", "--db", url, "--undo", "002_tags")
    assert res.exit_code == 1 and "refused" in res.stderr and "006_tag_index" in res.stderr


def test_every_ops_command_has_help() -> None:
    import click

    def walk(group: click.Group) -> list[tuple[str, click.Command]]:
        found: list[tuple[str, click.Command]] = []
        for name, command in group.commands.items():
            found.append((name, command))
            if isinstance(command, click.Group):
                found += [(f"{name} {sub}", c) for sub, c in walk(command)]
        return found

    names = {"tag", "mark", "plan", "rls", "report", "runbook", "deps", "undo"}
    for name, command in walk(cli):
        if name.split()[0] not in names:
            continue
        assert command.help and len(command.help) > 20, name
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"{name} {param.name}"


def test_git_info_of_a_migrations_folder(tmp_path: Path) -> None:
    import subprocess

    from rollback_commander.ops.gitinfo import git_info

    folder = write_migrations(tmp_path / "repo" / "db", {"001_a.sql": "CREATE TABLE a (id INTEGER);"})
    assert git_info(folder) == {}  # not a work tree
    env = ["-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run(["git", "init", "-q", str(tmp_path / "repo")], check=True)
    subprocess.run(["git", "-C", str(tmp_path / "repo"), "add", "."], check=True)
    subprocess.run(["git", *env, "-C", str(tmp_path / "repo"), "commit", "-q", "-m", "m"], check=True)
    info = git_info(folder)
    head = subprocess.run(["git", "-C", str(tmp_path / "repo"), "rev-parse", "HEAD"], capture_output=True, text=True,
                          check=True).stdout.strip()
    assert info == {"git_hash": head, "git_dirty": False}
    (folder / "002_b.sql").write_text("SELECT 1;", encoding="utf-8")
    assert git_info(folder)["git_dirty"] is True


def test_apply_records_each_folders_commit_in_its_points(sqlite_url: str, tmp_path: Path) -> None:
    import json
    import subprocess

    from .helpers import query

    repo = tmp_path / "repo"
    folder = write_migrations(repo / "db", {"001_a.sql": "CREATE TABLE a (id INTEGER);",
                                            "002_b.sql": "CREATE TABLE b (id INTEGER);"})
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run(["git", "-C", str(repo), "add", "."], check=True)
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-C", str(repo), "commit", "-q", "-m", "m"],
                   check=True)
    head = subprocess.run(["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
    api.apply(sqlite_url, str(folder))
    infos = [json.loads(info) for (info,) in query(sqlite_url, "SELECT info FROM _rollback_points WHERE kind = 'migration' ORDER BY id")]
    assert [(i.get("git_hash"), i.get("git_dirty")) for i in infos] == [(head, False), (head, False)]
