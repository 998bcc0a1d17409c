"""Timed rollback rehearsals on disposable copies, against a recovery-time objective.

    from rollback_commander.rehearse import rehearse
    result = rehearse("postgresql://app@db/app", "migrations/", rto="15m", report="rehearsal.html")
    result.within_rto, result.restored, [s.to_dict() for s in result.steps]
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .rto import RTO_FORMS, format_seconds, parse_rto

if TYPE_CHECKING:
    from .copy import CopyInfo
    from .result import Projection, RehearsalResult, Step
    from .runner import rehearse

#: Loaded on first use: importing the duration helpers (as the RLS break-glass commands do) must
#: not load the rehearsal runner and the rollback engine behind it.
_LAZY = {"CopyInfo": "copy", "Projection": "result", "RehearsalResult": "result", "Step": "result", "rehearse": "runner"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
