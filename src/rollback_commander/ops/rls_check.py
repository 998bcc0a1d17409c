"""The verify check for tables left in RLS break-glass mode. Not registered here: verify's
registry adds it (see the issue-5 report), so importing this module changes no check list."""

from __future__ import annotations

from ..verify.context import VerifyContext
from ..verify.registry import Check
from ..verify.report import CheckResult
from .rls import _sessions
from .store import table_exists


class RlsBreakGlass(Check):
    """Tables in emergency RLS break-glass mode (`rollback rls disable`): row-level security is off
    and the public-facing roles are revoked until `rollback rls restore` (or the first command after
    the break-glass time is up) puts flags, policies and grants back."""

    code = "RC390"
    name = "rls-break-glass"
    hint = "run `rollback rls restore` once the emergency is over"
    dialects = ("sqlite", "postgresql")

    def run(self, ctx: VerifyContext, out: CheckResult) -> None:
        # SQLite has no row-level security; a database that never used break-glass has nothing open
        if ctx.dialect_name != "postgresql" or not table_exists(ctx.target, "rls_breakglass"):
            return
        for s in _sessions(ctx.target, "WHERE restored_at IS NULL"):
            for table in s["tables"]:
                out.checked += 1
                state = "expired (restores on the next command)" if s["expired"] else f"until {s['expires_at']}"
                out.findings.append(self.finding(
                    f"{table} is in break-glass mode since {s['started_at']} (session #{s['id']} by {s['actor']}: "
                    f"{s['reason']}), {state}: RLS off, public-facing roles revoked",
                    table=table, object=f"table:{table}", session=s["id"],
                ))
