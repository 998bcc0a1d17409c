"""Deciding and acting under pressure: tags and health marks on rollback points, rollback plans with
data-loss risk and downtime estimates, the emergency row-level-security break-glass, post-incident
reports, runbooks, and the map of what each migration depends on.

Everything here reads the engine's journal and adds a few tables of its own next to it (created on
first use, idempotently): `rollback.tags`, `rollback.marks`, `rollback.rls_breakglass` on
PostgreSQL; `_rollback_tags`, `_rollback_marks` on SQLite.
"""
