"""The check registry (sqlfluff style): each check is a class with a stable code, a readable name,
a hint, and its docstring as the description. `rollback verify --list-checks` prints them."""

from __future__ import annotations

import inspect
from typing import Any, ClassVar

from .context import VerifyContext
from .report import CheckResult, Finding


class Check:
    """Base class of every check."""

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    hint: ClassVar[str] = ""
    dialects: ClassVar[tuple[str, ...]] = ("sqlite", "postgresql", "mysql")

    @classmethod
    def description(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "").split("\n\n")[0].replace("\n", " ")

    def skip_reason(self, ctx: VerifyContext) -> str | None:
        """Why the check does not apply to this database now (None: it runs)."""
        return None

    def run(self, ctx: VerifyContext, out: CheckResult) -> None:
        raise NotImplementedError

    def finding(
        self, message: str, *, table: str | None = None, object: str | None = None, hint: str | None = None, **detail: Any
    ) -> Finding:
        return Finding(
            code=self.code, name=self.name, message=message, table=table, object=object,
            hint=hint or self.hint, detail=detail,
        )


CHECKS: dict[str, type[Check]] = {}


def register(cls: type[Check]) -> type[Check]:
    if cls.code in CHECKS:
        raise ValueError(f"duplicate check code {cls.code}")
    CHECKS[cls.code] = cls
    return cls


def all_checks() -> list[type[Check]]:
    from ..ops.rls_check import RlsBreakGlass
    from . import checks_data, checks_rollback, checks_schema  # noqa: F401 - registers the checks

    CHECKS.setdefault(RlsBreakGlass.code, RlsBreakGlass)

    return [CHECKS[code] for code in sorted(CHECKS)]


def describe_checks() -> list[dict[str, Any]]:
    return [
        {"code": c.code, "name": c.name, "description": c.description(), "hint": c.hint, "dialects": list(c.dialects)}
        for c in all_checks()
    ]
