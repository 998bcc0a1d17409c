"""Timed rollback rehearsals on disposable copies, against a recovery-time objective.

    from rollback_commander.rehearse import rehearse
    result = rehearse("postgresql://app@db/app", "migrations/", rto="15m", report="rehearsal.html")
    result.within_rto, result.restored, [s.to_dict() for s in result.steps]
"""

from __future__ import annotations

from .copy import CopyInfo
from .result import Projection, RehearsalResult, Step
from .rto import RTO_FORMS, format_seconds, parse_rto
from .runner import rehearse

__all__ = [
    "RTO_FORMS",
    "CopyInfo",
    "Projection",
    "RehearsalResult",
    "Step",
    "format_seconds",
    "parse_rto",
    "rehearse",
]
