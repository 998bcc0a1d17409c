"""Building a migration's reverse script: schema reverse (dialect differ) around the data restore."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..dialects.base import Dialect
from ..model.schema import SchemaModel


@dataclass
class ReverseScript:
    statements: list[str] = field(default_factory=list)
    rebuilt: list[str] = field(default_factory=list)

    def text(self, header: str = "") -> str:
        body = ";\n\n".join(s.rstrip().rstrip(";") for s in self.statements)
        if body:
            body += ";\n"
        return (header + body) if body else header + "-- nothing to reverse\n"


def build_reverse(
    dialect: Dialect,
    model_end: SchemaModel,
    model_start: SchemaModel,
    captures: dict[str, str],
    sequence_sql: list[str],
) -> ReverseScript:
    """SQL that takes the database from `model_end` back to `model_start`, data included.

    `captures` maps tables of `model_start` to the capture tables holding their rows as they were.
    """
    plan = dialect.plan_reverse(model_end, model_start, set(captures))
    deletes: list[str] = []
    updates: list[str] = []
    inserts: list[str] = []
    order = [t for t in model_start.tables_in_dependency_order() if t in captures]
    for table in order:
        key = model_start.row_key(table)
        for sql in dialect.restore_sql(model_start.tables[table], captures[table], key, table in plan.rebuilt):
            head = sql.lstrip()[:6].upper()
            (deletes if head == "DELETE" else updates if head == "UPDATE" else inserts).append(sql)
    deletes.reverse()
    guard_before, guard_after = dialect.restore_guards(model_end, model_start, set(order)) if order else ([], [])
    statements = [*plan.pre, *guard_before, *deletes, *updates, *inserts, *guard_after, *plan.post, *sequence_sql]
    return ReverseScript(statements=statements, rebuilt=sorted(plan.rebuilt))
