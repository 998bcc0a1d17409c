"""What every command shares: options, JSON output, consoles, and the one error handler."""

from __future__ import annotations

import json
import math
import os
import sys
import traceback
from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ..errors import Interrupted, RollbackError
from ..urls import mask_password

F = TypeVar("F", bound=Callable[..., Any])

if TYPE_CHECKING:
    from rich.console import Console


class _Console:
    """A rich Console made on first use: a command that prints JSON, or nothing, never loads rich."""

    def __init__(self, **options: Any) -> None:
        self._options = options
        self._console: Console | None = None

    def real(self) -> Console:
        """The Console itself, made now: rich objects that use it as more than attributes (a
        progress display enters it as a context manager) must get this, not the stand-in."""
        if self._console is None:
            from rich.console import Console

            console = Console(**self._options)
            if not console.is_terminal and "COLUMNS" not in os.environ:
                console.width = PIPED_WIDTH
            self._console = console
        return self._console

    def forget(self) -> None:
        """Make the Console again on next use: its width follows the terminal, the pipe and
        COLUMNS of the command being run (one process may run several, as tests and scripts do)."""
        self._console = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real(), name)


def fresh_consoles() -> None:
    """Forget `out` and `err`, at the start of every command (see _Console.forget)."""
    for console in (out, err):
        if isinstance(console, _Console):
            console.forget()


def real_console(console: Console) -> Console:
    """The rich Console behind `out` or `err` (see _Console.real)."""
    return console.real() if isinstance(console, _Console) else console


#: Tables printed into a pipe, a file or a CI log: rich's 80 columns cut migration ids and table
#: names to `003_dro…`; a table takes only the width it needs (COLUMNS still decides).
PIPED_WIDTH = 200


out: Console = _Console(highlight=False, soft_wrap=True)  # type: ignore[assignment]
err: Console = _Console(stderr=True, highlight=False, soft_wrap=True)  # type: ignore[assignment]

DB_HELP = "Database URL (default: $ROLLBACK_DATABASE_URL, $DATABASE_URL, or rollback.toml)."


def db_option(f: F) -> F:
    return click.option("--db", "db", metavar="URL", help=DB_HELP)(f)


def placeholder_option(f: F) -> F:
    return click.option(
        "--placeholder", "placeholders", multiple=True, metavar="NAME=VALUE",
        help="Value for ${NAME} in the migrations (Flyway / Liquibase placeholders); repeatable, over rollback.toml's [placeholders].",
    )(f)


class Seconds(click.ParamType[float, Any]):
    """A duration in seconds, 0 or more: what --lock-timeout takes (a negative or NaN wait is a typo,
    not a wish to wait forever or not at all)."""

    name = "seconds"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> float:
        if isinstance(value, float):
            return value
        try:
            seconds = float(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a number of seconds", param, ctx)
        if not math.isfinite(seconds) or seconds < 0:
            self.fail(f"{value!r} is not a number of seconds (0 or more)", param, ctx)
        return seconds


def lock_timeout_option(f: F) -> F:
    return click.option("--lock-timeout", type=Seconds(), default=None, metavar="SECONDS",
                        help="How long to wait for another run.")(f)


def plain(text: str) -> str:
    """`text` (a message, a hint, a warning: it may quote a file name, a target or SQL the user
    gave) ready to print inside rich markup: passwords masked, square brackets shown as written
    (`[/]` in a target would otherwise end the report in a MarkupError, `[bold]x` lose its tag)."""
    from rich.markup import escape

    return escape(mask_password(text))


def warn(text: str, label: str = "warning") -> None:
    """A warning line on stderr: `label` styled, `text` printed as it is (see plain)."""
    err.print(f"[yellow]{label}:[/yellow] {plain(text)}")


def json_option(f: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")(f)


def emit_json(data: Any) -> None:
    click.echo(mask_password(json.dumps(data, indent=2, default=str)))


INTERRUPTED_HINT = ("the step that was running is not recorded as done; `rollback points` and `rollback verify` "
                    "show where the database is (MySQL/MariaDB: the next `rollback apply` or `rollback to` "
                    "finishes or reverts an interrupted step)")


def handle_errors(f: F) -> F:
    """Report RollbackError as message + hint with its exit code; never a traceback for bad input."""

    @wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        as_json = bool(kwargs.get("as_json"))
        try:
            _install_open_hooks()
            return f(*args, **kwargs)
        except RollbackError as exc:
            report_error(exc, as_json)
            sys.exit(exc.exit_code)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException, SystemExit):
            raise
        except KeyboardInterrupt:
            report_error(Interrupted("interrupted", hint=INTERRUPTED_HINT), as_json)
            sys.exit(130)
        except Exception as exc:  # the tool broke: say so plainly
            report_error(RollbackError(f"internal error: {exc.__class__.__name__}: {exc}", hint="please report this bug"), as_json)
            if "--debug" in sys.argv:
                traceback.print_exc()
            sys.exit(2)

    return wrapper  # type: ignore[return-value]


def _install_open_hooks() -> None:
    """Expired RLS break-glass sessions are restored by each command, when it first opens the database."""
    from ..engine.session import OPEN_HOOKS, forget_opened
    from ..ops.rls_due import restore_expired_hook

    forget_opened()
    if not OPEN_HOOKS:
        OPEN_HOOKS.append(restore_expired_hook(lambda line: err.print(f"[yellow]rls:[/yellow] {line}")))


def report_error(exc: RollbackError, as_json: bool) -> None:
    if as_json:
        emit_json(exc.to_dict())
        return
    err.print(f"[bold red]error:[/bold red] {plain(exc.message)}", markup=True, highlight=False)
    if exc.hint:
        err.print(f"[yellow]hint:[/yellow] {plain(exc.hint)}")
