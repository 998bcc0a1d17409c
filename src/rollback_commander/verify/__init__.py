"""Integrity verification with stable finding codes: RC1xx schema, RC2xx data.

    from rollback_commander.verify import verify
    report = verify("sqlite:///app.db")
    report.exit_code, [f.to_dict() for f in report.findings]
"""

from __future__ import annotations

from .registry import CHECKS, Check, all_checks, describe_checks
from .report import CheckResult, Finding, NullProgress, Progress, VerifyReport
from .runner import DEFAULT_SOFT_DELETE_COLUMN, verify, verify_target

__all__ = [
    "CHECKS",
    "DEFAULT_SOFT_DELETE_COLUMN",
    "Check",
    "CheckResult",
    "Finding",
    "NullProgress",
    "Progress",
    "VerifyReport",
    "all_checks",
    "describe_checks",
    "verify",
    "verify_target",
]
