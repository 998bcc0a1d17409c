"""The one error hierarchy. Every error carries a hint for the user and an exit code.

Exit codes: 0 ok, 1 findings or refusal (the tool worked and said no), 2 usage or connection error.
"""

from __future__ import annotations


class RollbackError(Exception):
    """Base class of every error the tool reports to a user."""

    exit_code = 2
    code = "error"

    def __init__(self, message: str, *, hint: str | None = None, details: dict[str, object] | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.details = details or {}

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"error": self.code, "message": self.message}
        if self.hint:
            out["hint"] = self.hint
        if self.details:
            out["details"] = self.details
        return out


class UsageError(RollbackError):
    """Bad arguments, files, folders or configuration."""

    code = "usage"


class ConnectionFailed(RollbackError):
    """The database could not be reached or opened."""

    code = "connection"


class LockBusy(RollbackError):
    """Another run holds the database's rollback lock."""

    code = "locked"
    exit_code = 1


class MigrationFailed(RollbackError):
    """A migration statement failed; nothing of that migration was kept."""

    code = "migration_failed"
    exit_code = 1


class Refused(RollbackError):
    """The tool refuses to do something that would lose data or cannot be reversed."""

    code = "refused"
    exit_code = 1


class Conflict(Refused):
    """Rows changed after a rollback point would be overwritten."""

    code = "conflict"


class UnknownTarget(UsageError):
    """A rollback target that names no point."""

    code = "unknown_target"


class Interrupted(RollbackError):
    """Ctrl-C or SIGTERM: the work in progress was abandoned."""

    code = "interrupted"
    exit_code = 130
