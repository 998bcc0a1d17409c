"""The `rollback` executable's entry point: the command line (cli.main) in a process tuned to start
and stop fast.

Process start and exit are part of every command's wall time, and for the quick ones (rolling back a
quarantined DROP COLUMN, `rollback points`) they are most of it. Two costs of CPython's cyclic
garbage collector are avoidable there: during the imports (psycopg, click and this package create
some hundred thousand long-lived objects, and the default threshold of 700 allocations runs a
collection, several of them full, every few hundred) and at exit (the interpreter's teardown
collects every object once more). So the first generation's threshold is raised (collections still
run, a hundred times rarer: garbage stays bounded in a long rehearsal) and, when the command is
done, every object left is frozen out of the final collection. Measured on `rollback points`
against PostgreSQL: 256 ms median before, 180-205 ms after (30 runs each).

Library users calling `rollback_commander.cli.main.main` (tests, embedding) keep their process's
collector settings: only this entry point changes them.
"""

from __future__ import annotations

import gc

GC_THRESHOLD = (100_000, 50, 100)
"""Generation thresholds while the command runs (CPython's default is (700, 10, 10))."""


def run() -> None:
    gc.set_threshold(*GC_THRESHOLD)
    try:
        from .main import main

        main()
    finally:
        gc.freeze()
