"""What a rehearsal produces: timed steps, findings, the RTO projection. Plain data, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .copy import CopyInfo


@dataclass
class Step:
    migration: str
    step: str
    """up, down or reapply."""
    start: float
    """Seconds from the start of the rehearsal (for the timeline)."""
    seconds: float = 0.0
    ok: bool = False
    verify_seconds: float = 0.0
    verified: bool = False
    findings: int = 0
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "migration": self.migration,
            "step": self.step,
            "seconds": round(self.seconds, 4),
            "ok": self.ok,
            "start": round(self.start, 4),
            "verify_seconds": round(self.verify_seconds, 4) if self.verified else None,
            "findings": self.findings,
            "error": self.error,
        }


@dataclass
class Projection:
    target_bytes: int = 0
    copy_bytes: int = 0
    rollback_seconds: float = 0.0
    """The measured down steps together (rolling back the whole release)."""
    ratio: float = 1.0
    projected_seconds: float = 0.0
    method: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "target_bytes": self.target_bytes,
            "copy_bytes": self.copy_bytes,
            "ratio": round(self.ratio, 4),
            "rollback_seconds": round(self.rollback_seconds, 4),
            "projected_seconds": round(self.projected_seconds, 4),
            "method": self.method,
        }


def project(rollback_seconds: float, target_bytes: int, copy_bytes: int) -> Projection:
    """Scale the measured rollback time linearly by data size when the copy is smaller."""
    p = Projection(target_bytes=target_bytes, copy_bytes=copy_bytes, rollback_seconds=rollback_seconds)
    if copy_bytes > 0 and target_bytes > copy_bytes:
        p.ratio = target_bytes / copy_bytes
        p.method = (
            f"measured on a copy with {copy_bytes} bytes of table data, the target has {target_bytes}: "
            f"rollback seconds x {p.ratio:.2f} (linear in table size)"
        )
    else:
        p.method = "the copy holds as much table data as the target: measured time, not scaled"
    p.projected_seconds = rollback_seconds * p.ratio
    return p


@dataclass
class RehearsalResult:
    database: str
    dialect: str
    rto: str
    rto_seconds: float
    migrations: list[str] = field(default_factory=list)
    copy: CopyInfo = field(default_factory=CopyInfo)
    steps: list[Step] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)
    projection: Projection = field(default_factory=Projection)
    restored: bool = True
    failed: dict[str, Any] | None = None
    report_path: str | None = None
    seconds: float = 0.0
    recorded: bool = False
    warnings: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Every pending migration went up, down and up again."""
        return self.failed is None and len(self.steps) == 3 * len(self.migrations)

    @property
    def within_rto(self) -> bool:
        return self.complete and self.projection.projected_seconds <= self.rto_seconds

    @property
    def ok(self) -> bool:
        return self.complete and self.restored and self.within_rto and not self.findings

    def summary(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "rto_seconds": self.rto_seconds,
            "within_rto": self.within_rto,
            "restored": self.restored,
            "migrations": self.migrations,
            "rollback_seconds": round(self.projection.rollback_seconds, 4),
            "projected_seconds": round(self.projection.projected_seconds, 4),
            "copy_method": self.copy.method,
            "findings": len(self.findings),
            "failed": self.failed,
            "seconds": round(self.seconds, 4),
            "target_bytes": self.projection.target_bytes,
            "copy_bytes": self.projection.copy_bytes,
            "steps": [{"migration": s.migration, "step": s.step, "seconds": round(s.seconds, 4), "ok": s.ok}
                      for s in self.steps],
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "database": self.database,
            "dialect": self.dialect,
            "ok": self.ok,
            "rto": self.rto,
            "rto_seconds": self.rto_seconds,
            "within_rto": self.within_rto,
            "restored": self.restored,
            "migrations": self.migrations,
            "copy_method": self.copy.method,
            "copy": self.copy.to_dict(),
            "projection": self.projection.to_dict(),
            "steps": [s.to_dict() for s in self.steps],
            "findings": self.findings,
            "failed": self.failed,
            "report": self.report_path,
            "seconds": round(self.seconds, 4),
            "recorded": self.recorded,
            "warnings": self.warnings,
        }

    def timeline(self) -> list[dict[str, Any]]:
        """Bars for the chart: the copy, each step, and each verification after a step."""
        bars: list[dict[str, Any]] = []
        if self.copy.method:
            bars.append({"label": "copy", "kind": "copy", "start": 0.0, "seconds": self.copy.seconds, "ok": True})
        for s in self.steps:
            bars.append({"label": f"{s.migration} {s.step}", "kind": s.step, "start": s.start, "seconds": s.seconds, "ok": s.ok})
            if s.verified:
                bars.append({
                    "label": f"{s.migration} verify", "kind": "verify", "start": s.start + s.seconds,
                    "seconds": s.verify_seconds, "ok": s.findings == 0,
                })
        return bars
