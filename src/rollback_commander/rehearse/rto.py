"""Recovery-time objectives: `15m`, `900s`, `1h30m`, `90` (seconds), `0.5s`, `250ms`."""

from __future__ import annotations

import re

from ..errors import UsageError

RTO_FORMS = ("15m", "900s", "1h30m", "90 (seconds)", "0.5s", "250ms")

_NUMBER = r"\d+(?:\.\d+)?"
_DURATION = re.compile(
    rf"^(?:(?P<h>{_NUMBER})h)?(?:(?P<m>{_NUMBER})m(?!s))?(?:(?P<s>{_NUMBER})s)?(?:(?P<ms>{_NUMBER})ms)?$"
)
_FACTORS = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001}


def parse_rto(text: str, what: str = "RTO") -> float:
    """Seconds of a duration string; a bad one is a UsageError naming `what` (the option) and
    listing the accepted forms."""
    value = (text or "").strip().lower().replace(" ", "")
    seconds: float | None = None
    if re.fullmatch(_NUMBER, value):
        seconds = float(value)
    elif value and (match := _DURATION.match(value)) and any(match.groupdict().values()):
        seconds = sum(float(v) * _FACTORS[k] for k, v in match.groupdict().items() if v)
    if seconds is None or seconds <= 0:
        raise UsageError(
            f"bad {what} {text!r}",
            hint="use a positive duration such as " + ", ".join(RTO_FORMS) + " (units h, m, s, ms; combined largest first)",
        )
    return seconds


def format_seconds(seconds: float) -> str:
    """A readable duration: 12ms, 3.42s, 4m05s, 1h30m00s."""
    if seconds < 1:
        return f"{seconds * 1000:.0f}ms" if seconds >= 0.001 else f"{seconds * 1000:.3f}ms"
    if seconds < 60:
        return f"{seconds:.2f}s"
    minutes, secs = divmod(round(seconds), 60)
    if minutes < 60:
        return f"{minutes}m{secs:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m{secs:02d}s"
