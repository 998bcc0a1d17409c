"""What a verification produces: findings (each naming its table and object), per-check results,
and the report with its exit code. Plain data, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol


class Progress(Protocol):
    """A place to show progress of long steps (copies, checksums); the CLI draws bars with rich."""

    def start(self, label: str, total: float | None = None) -> None: ...

    def update(self, done: float) -> None: ...

    def finish(self) -> None: ...

    def note(self, message: str) -> None: ...


class NullProgress:
    """Progress that shows nothing (library calls, --json)."""

    def start(self, label: str, total: float | None = None) -> None:
        return None

    def update(self, done: float) -> None:
        return None

    def finish(self) -> None:
        return None

    def note(self, message: str) -> None:
        return None


@dataclass
class Finding:
    code: str
    name: str
    message: str
    table: str | None = None
    object: str | None = None
    hint: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "code": self.code,
            "name": self.name,
            "table": self.table,
            "object": self.object,
            "message": self.message,
            "hint": self.hint,
        }
        if self.detail:
            out["detail"] = self.detail
        return out


@dataclass
class CheckResult:
    code: str
    name: str
    status: str
    """passed, failed, skipped (with a reason) or error (the check could not run)."""
    findings: list[Finding] = field(default_factory=list)
    reason: str | None = None
    seconds: float = 0.0
    checked: int = 0
    """How many things (tables, keys, indexes, sequences) the check looked at."""

    def note(self, text: str) -> None:
        """Add to the reason: what the check left out or read otherwise, and why."""
        self.reason = f"{self.reason}; {text}" if self.reason else text

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "status": self.status,
            "findings": len(self.findings),
            "checked": self.checked,
            "reason": self.reason,
            "seconds": round(self.seconds, 4),
        }


@dataclass
class VerifyReport:
    database: str
    dialect: str
    fingerprint: str
    point: dict[str, Any] | None = None
    """The point the schema is compared with (the current one, or --against)."""
    last_rollback: dict[str, Any] | None = None
    checks: list[CheckResult] = field(default_factory=list)
    seconds: float = 0.0
    recorded: bool = False

    @property
    def findings(self) -> list[Finding]:
        return [f for c in self.checks for f in c.findings]

    @property
    def errors(self) -> list[CheckResult]:
        return [c for c in self.checks if c.status == "error"]

    @property
    def ok(self) -> bool:
        return not self.findings and not self.errors

    @property
    def checks_run(self) -> int:
        """How many checks ran (passed, failed or broke); 0 when every one was skipped: `ok` then
        says nothing was found, not that all holds."""
        return sum(1 for c in self.checks if c.status != "skipped")

    @property
    def exit_code(self) -> int:
        """0 every check holds, 1 findings, 2 a check could not run (the result is incomplete)."""
        if self.errors:
            return 2
        return 1 if self.findings else 0

    def summary(self) -> dict[str, Any]:
        codes: dict[str, int] = {}
        for f in self.findings:
            codes[f.code] = codes.get(f.code, 0) + 1
        return {
            "ok": self.ok,
            "checks_run": self.checks_run,
            "findings": len(self.findings),
            "codes": codes,
            "errors": [c.code for c in self.errors],
            "against": self.point,
            "seconds": round(self.seconds, 4),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "database": self.database,
            "dialect": self.dialect,
            "ok": self.ok,
            "exit_code": self.exit_code,
            "checks_run": self.checks_run,
            "fingerprint": self.fingerprint,
            "against": self.point,
            "last_rollback": self.last_rollback,
            "checks": [c.to_dict() for c in self.checks],
            "findings": [f.to_dict() for f in self.findings],
            "seconds": round(self.seconds, 4),
            "recorded": self.recorded,
        }
