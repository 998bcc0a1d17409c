"""The data round trip on a realistic data set: 100,000 contacts (and their organizations), then
destructive migrations one by one; after each rollback every table's data checksum is back."""

from __future__ import annotations

from pathlib import Path

import pytest

from rollback_commander import api

from .helpers import run_sql, write_migrations

ROWS = 100_000

SETUP_PG = f"""
CREATE TABLE organizations (id integer PRIMARY KEY, name text NOT NULL, tier text NOT NULL DEFAULT 'free');
INSERT INTO organizations SELECT i, 'Org ' || i, (ARRAY['free', 'pro', 'enterprise'])[1 + i % 3] FROM generate_series(1, 1000) i;
CREATE TABLE contacts (id integer PRIMARY KEY, organization_id integer REFERENCES organizations(id),
  name text NOT NULL, email text, phone text, score numeric(6,2), deleted_at timestamptz);
INSERT INTO contacts SELECT i, 1 + i % 1000, 'Person ' || i, 'p' || i || '@example.com',
  CASE WHEN i % 3 = 0 THEN NULL ELSE '+1-555-' || lpad((i % 10000)::text, 4, '0') END,
  (i % 1000) / 10.0, CASE WHEN i % 20 = 0 THEN timestamptz '2024-01-01' + i * interval '1 minute' END
FROM generate_series(1, {ROWS}) i;
CREATE INDEX contacts_org_idx ON contacts (organization_id);
"""

SETUP_SQLITE = f"""
CREATE TABLE organizations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, tier TEXT NOT NULL DEFAULT 'free');
WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 1000)
INSERT INTO organizations SELECT i, 'Org ' || i, CASE i % 3 WHEN 0 THEN 'free' WHEN 1 THEN 'pro' ELSE 'enterprise' END FROM s;
CREATE TABLE contacts (id INTEGER PRIMARY KEY, organization_id INTEGER REFERENCES organizations(id),
  name TEXT NOT NULL, email TEXT, phone TEXT, score REAL, deleted_at TEXT);
WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < {ROWS})
INSERT INTO contacts SELECT i, 1 + i % 1000, 'Person ' || i, 'p' || i || '@example.com',
  CASE WHEN i % 3 = 0 THEN NULL ELSE '+1-555-' || substr('0000' || (i % 10000), -4) END,
  (i % 1000) / 10.0, CASE WHEN i % 20 = 0 THEN '2024-01-01T00:00:00Z' END FROM s;
CREATE INDEX contacts_org_idx ON contacts (organization_id);
"""

SETUP_MYSQL = f"""
CREATE TABLE organizations (id int PRIMARY KEY, name varchar(40) NOT NULL, tier varchar(12) NOT NULL DEFAULT 'free');
INSERT INTO organizations WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 1000)
  SELECT i, CONCAT('Org ', i), ELT(1 + i % 3, 'free', 'pro', 'enterprise') FROM s;
CREATE TABLE contacts (id int PRIMARY KEY, organization_id int, name varchar(40) NOT NULL, email varchar(60),
  phone varchar(20), score decimal(6,2), deleted_at datetime, KEY contacts_org_idx (organization_id),
  FOREIGN KEY (organization_id) REFERENCES organizations(id));
SET SESSION max_recursive_iterations = {ROWS + 1};
INSERT INTO contacts WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < {ROWS})
  SELECT i, 1 + i % 1000, CONCAT('Person ', i), CONCAT('p', i, '@example.com'),
  IF(i % 3 = 0, NULL, CONCAT('+1-555-', LPAD(i % 10000, 4, '0'))), (i % 1000) / 10.0,
  IF(i % 20 = 0, '2024-01-01 00:00:00', NULL) FROM s;
"""

COMMON = {
    "001_drop_phone.sql": "ALTER TABLE contacts DROP COLUMN phone;",
    "002_purge_soft_deleted.sql": "DELETE FROM contacts WHERE deleted_at IS NOT NULL;",
    "003_rescore.sql": "UPDATE contacts SET score = score * 2 WHERE id % 7 = 0;",
    "004_backup_then_drop_orgs_tier.sql": "CREATE TABLE organizations_backup AS SELECT * FROM organizations;\n"
                                          "ALTER TABLE organizations DROP COLUMN tier;",
    "005_new_rows.sql": "INSERT INTO contacts (id, organization_id, name) VALUES (200001, 1, 'late'), (200002, 2, 'later');",
}
PER_DIALECT = {
    "postgresql": {"006_truncate_backup.sql": "TRUNCATE organizations_backup;",
                   "007_retype.sql": "ALTER TABLE contacts ALTER COLUMN score TYPE integer USING round(score);"},
    "sqlite": {"006_clear_backup.sql": "DELETE FROM organizations_backup;"},
    "mysql": {"006_truncate_backup.sql": "TRUNCATE organizations_backup;",
              "007_retype.sql": "ALTER TABLE contacts MODIFY COLUMN score int;"},
}


@pytest.fixture(params=["sqlite", "postgresql", "mysql"])
def any_url(request: pytest.FixtureRequest) -> str:
    name = {"sqlite": "sqlite_url", "postgresql": "pg_url", "mysql": "mysql_url"}[request.param]
    return str(request.getfixturevalue(name))


def test_destructive_migrations_on_100k_rows_round_trip(any_url: str, tmp_path: Path) -> None:
    dialect = "sqlite" if any_url.startswith("sqlite") else "mysql" if any_url.startswith("mysql") else "postgresql"
    run_sql(any_url, {"sqlite": SETUP_SQLITE, "postgresql": SETUP_PG, "mysql": SETUP_MYSQL}[dialect])
    folder = write_migrations(tmp_path / "m", {**COMMON, **PER_DIALECT[dialect]})
    states = {"base": api.fingerprint(any_url)}
    assert states["base"]["tables"]["contacts" if dialect != "postgresql" else "public.contacts"].startswith(f"{ROWS}:")
    ids = sorted(folder.glob("*.sql"))
    for path in ids:
        api.apply(any_url, str(folder), to=path.stem)
        states[path.stem] = api.fingerprint(any_url)
    for point in ["base", *(p.stem for p in ids)][-2::-1]:
        api.rollback_to(any_url, point)
        assert api.fingerprint(any_url) == states[point], f"after rollback to {point}"
