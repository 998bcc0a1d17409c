"""`rollback --emergency --target last_stable`: no prompts; plan, refuse a significant data loss
unless accepted, roll back under the lock, verify, and record the incident in the journal."""

from __future__ import annotations

import time
from typing import Any

from ..config import load_settings, resolve_database
from ..engine.rollback import rollback_to
from ..engine.session import open_target
from ..errors import Refused
from ..verify import verify_target
from .plan import build_plan


def emergency(
    db: str | None,
    target_spec: str = "last_stable",
    *,
    accept_data_loss: bool = False,
    reason: str | None = None,
    lock_timeout: float | None = None,
) -> dict[str, Any]:
    settings = load_settings()
    url = resolve_database(db, settings)
    started = time.perf_counter()
    with open_target(url) as target:
        plan = build_plan(target, target_spec, features=settings.extra.get("features"), db_arg=url.masked)
        recommended = plan["recommended_target"]
        if recommended is None:
            raise Refused(f"no point to roll back to for {target_spec!r}: {plan['recommendation']}",
                          hint="mark a good point with `rollback mark TARGET --stable`, or name one with --target")
        if plan["data_loss_risk"] == "significant" and not accept_data_loss:
            raise Refused(
                f"rolling back to {recommended} would lose data written after it: "
                + "; ".join(str(x.get("what", x)) for x in plan["data_loss"][:5]),
                hint="nothing was changed. Pass --accept-data-loss to roll back anyway (see `rollback plan`)",
                details={"data_loss": plan["data_loss"]},
            )
        target.journal.event("incident", migration=recommended, detail={
            "reason": reason or "emergency rollback", "target": target_spec, "data_loss_risk": plan["data_loss_risk"]})
        result = rollback_to(
            target, recommended,
            on_conflict="restore-old" if accept_data_loss else "fail",
            lock_timeout=settings.lock_timeout if lock_timeout is None else lock_timeout,
        )
        report = verify_target(target)
        seconds = time.perf_counter() - started
        target.journal.event("incident-resolved", migration=recommended, detail={
            "seconds": round(seconds, 4), "verified": report.exit_code == 0, "findings": len(report.findings)})
        return {
            "emergency": True,
            "database": url.masked,
            "target": target_spec,
            "rolled_back_to": recommended,
            "reverted": [s.migration for s in result.plan.steps],
            "data_loss_risk": plan["data_loss_risk"],
            "seconds": round(seconds, 4),
            "rollback_seconds": round(result.seconds, 4),
            "verify": report.to_dict(),
            "ok": report.exit_code == 0,
        }
