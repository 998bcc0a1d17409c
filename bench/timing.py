"""Run one command as a subprocess and measure it: wall time (process start included) and the peak
resident memory (max RSS) of that command's own process.

Peak RSS comes from GNU time (`/usr/bin/time -f %M`), which forks the command from its own small
process and reports the `wait4` rusage of it. Reading `wait4` rusage directly in this harness is
wrong: on Linux a child's ru_maxrss starts at its parent's RSS at fork/vfork time (the old mm's
high-water mark is folded into the process's maxrss at exec), so every command would appear to use
at least as much memory as this Python process (~35-40 MB with psycopg and rich loaded; measured:
`true` shows 35 MB through wait4 here, 1 MB through GNU time). `resource.getrusage(RUSAGE_CHILDREN)`
is worse still: a running maximum over all children. Without GNU time the harness falls back to
wait4 and says so (`RSS_METHOD`).
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

GNU_TIME = "/usr/bin/time"


def _gnu_time_works() -> bool:
    if not os.access(GNU_TIME, os.X_OK):
        return False
    with tempfile.NamedTemporaryFile("r") as f:
        try:
            done = subprocess.run(
                [GNU_TIME, "-f", "%M", "-o", f.name, "true"], capture_output=True, timeout=30, check=False
            )
        except (OSError, subprocess.SubprocessError):
            return False
        lines = f.read().split()
        return done.returncode == 0 and bool(lines) and lines[-1].isdigit()


USE_GNU_TIME = _gnu_time_works()
RSS_METHOD = (
    "GNU time -f %M (ru_maxrss of the command, forked from a 1 MB process)"
    if USE_GNU_TIME
    else "os.wait4 ru_maxrss (no GNU time: floored at the harness's own RSS at spawn)"
)


@dataclass(frozen=True)
class Measured:
    """One finished command."""

    argv: tuple[str, ...]
    returncode: int
    seconds: float
    max_rss_kib: int
    stdout: str
    stderr: str
    timed_out: bool = False

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out

    @property
    def max_rss_mb(self) -> float:
        return self.max_rss_kib / 1024.0

    def describe_failure(self, limit: int = 4000) -> str:
        what = "timed out" if self.timed_out else f"exited {self.returncode}"
        text = (self.stderr.strip() or self.stdout.strip())[-limit:]
        return f"`{' '.join(self.argv)}` {what}" + (f":\n{text}" if text else "")


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)


def run_measured(
    argv: Sequence[str],
    *,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float | None = None,
    stdin: Path | None = None,
) -> Measured:
    """Run `argv`; return its wall seconds (fork to reap, process start included) and its max RSS.
    With `stdin`, the command reads that file (opened before the clock starts), as `cmd < file` would.

    Output goes to anonymous temporary files (no pipes to drain while timing). The command runs in
    its own session so a timeout or an interrupt kills it together with the GNU time wrapper.
    """
    args = tuple(str(a) for a in argv)
    with (
        open(stdin if stdin is not None else os.devnull, "rb") as inp,
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.NamedTemporaryFile("r", prefix="rss_") as rss,
    ):
        full = [GNU_TIME, "-f", "%M", "-o", rss.name, *args] if USE_GNU_TIME else list(args)
        killed = threading.Event()
        start = time.perf_counter()
        proc = subprocess.Popen(
            full,
            stdin=inp,
            stdout=out,
            stderr=err,
            cwd=cwd,
            env=dict(env) if env is not None else None,
            start_new_session=True,
        )

        def _on_timeout() -> None:
            killed.set()
            _kill_group(proc)

        timer = threading.Timer(timeout, _on_timeout) if timeout else None
        if timer is not None:
            timer.daemon = True
            timer.start()
        try:
            _pid, status, usage = os.wait4(proc.pid, 0)
        except BaseException:
            # Ctrl-C / SIGTERM while waiting: do not leave the command running.
            if timer is not None:
                timer.cancel()
            _kill_group(proc)
            proc.wait()
            raise
        seconds = time.perf_counter() - start
        if timer is not None:
            timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        max_rss = int(usage.ru_maxrss)  # KiB on Linux
        if USE_GNU_TIME:
            # GNU time writes "Command exited with non-zero status N" before the figure on failure.
            words = rss.read().split()
            max_rss = int(words[-1]) if words and words[-1].isdigit() else 0
        out.seek(0)
        err.seek(0)
        return Measured(
            argv=args if stdin is None else (*args, "<", str(stdin)),
            returncode=proc.returncode,
            seconds=seconds,
            max_rss_kib=max_rss,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
            timed_out=killed.is_set(),
        )
