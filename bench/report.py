"""Rendering the results: the main table (one row per size), details, verdicts."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from results import (
    BARE_UPDATE,
    DROP_APPLY,
    DROP_ROLLBACK,
    MEMORY_FLAT_BOUND,
    PG_RESTORE,
    PG_RESTORE_T,
    STEP_LABELS,
    TARGETS,
    TOOL_START,
    UPDATE_APPLY,
    UPDATE_ROLLBACK,
    MemoryVerdict,
    SizeResult,
    Target,
)


def fmt_s(v: float | None) -> str:
    if v is None:
        return "-"
    return f"{v:.3f}" if v < 10 else f"{v:.2f}"


def fmt_mb(v: float | None) -> str:
    return "-" if v is None else f"{v:.1f}"


def ratio_cell(size: SizeResult, target: Target) -> Text:
    r = size.ratio(target)
    if r is None:
        return Text("n/a", style="dim")
    if not target.applies(size.rows):
        return Text(f"{r:.2f}x info", style="yellow")
    ok = target.passes(r)
    return Text(f"{r:.2f}x {'PASS' if ok else 'FAIL'}", style="green" if ok else "bold red")


def main_table(sizes: list[SizeResult], repeat: int) -> Table:
    t_drop, t_apply, t_rb = TARGETS
    table = Table(
        title=f"Rollback Commander on PostgreSQL: wall seconds, process start included (median of {repeat})",
        title_justify="left",
        header_style="bold",
    )
    table.add_column("rows", justify="right")
    table.add_column("pg_restore s", justify="right")
    table.add_column("DROP COL\napply s", justify="right")
    table.add_column("DROP COL\nrollback s", justify="right")
    table.add_column(
        f"restore /\nrollback\n({t_drop.text}" + (f"\nat {t_drop.min_rows:,})" if t_drop.min_rows else ")"),
        justify="right",
    )
    table.add_column("bare\nUPDATE s", justify="right")
    table.add_column("guarded\napply s", justify="right")
    table.add_column(f"apply /\nbare\n({t_apply.text})", justify="right")
    table.add_column("UPDATE\nrollback s", justify="right")
    table.add_column(f"rollback /\nbare\n({t_rb.text})", justify="right")
    table.add_column("peak RSS\nMB", justify="right")
    for s in sizes:
        table.add_row(
            f"{s.rows:,}",
            fmt_s(s.median(PG_RESTORE)),
            fmt_s(s.median(DROP_APPLY)),
            fmt_s(s.median(DROP_ROLLBACK)),
            ratio_cell(s, t_drop),
            fmt_s(s.median(BARE_UPDATE)),
            fmt_s(s.median(UPDATE_APPLY)),
            ratio_cell(s, t_apply),
            fmt_s(s.median(UPDATE_ROLLBACK)),
            ratio_cell(s, t_rb),
            fmt_mb(s.peak_rss_mb()),
        )
    return table


def detail_table(sizes: list[SizeResult]) -> Table:
    table = Table(
        title="Details: median wall s \\[min-max] | the tool's own in-process s | peak RSS MB of that process",
        title_justify="left",
        header_style="bold",
    )
    table.add_column("step")
    for s in sizes:
        table.add_column(f"{s.rows:,} rows", justify="right")
    for step in (
        PG_RESTORE,
        PG_RESTORE_T,
        DROP_APPLY,
        DROP_ROLLBACK,
        BARE_UPDATE,
        UPDATE_APPLY,
        UPDATE_ROLLBACK,
        TOOL_START,
    ):
        cells: list[str] = []
        for s in sizes:
            got = s.samples.get(step, [])
            if not got:
                cells.append("-")
                continue
            secs = [x.seconds for x in got]
            cell = f"{fmt_s(s.median(step))} [{fmt_s(min(secs))}-{fmt_s(max(secs))}]"
            inproc = s.median_tool_seconds(step)
            if inproc is not None:
                cell += f" | {fmt_s(inproc)}"
            cell += f" | {fmt_mb(s.peak_rss_mb((step,)))} MB"
            cells.append(cell)
        table.add_row(STEP_LABELS[step], *cells)
    table.add_row(
        "table size (heap / total with indexes, avg row)",
        *[
            f"{s.table.get('heap_bytes', 0) / 2**20:.0f} / {s.table.get('total_bytes', 0) / 2**20:.0f} MB, "
            f"{s.table.get('avg_row_bytes', 0):.0f} B"
            for s in sizes
        ],
    )
    return table


def render(
    console: Console,
    sizes: list[SizeResult],
    repeat: int,
    memory: MemoryVerdict | None,
    errors: list[str],
    warnings: list[str],
    notes: list[str],
) -> None:
    console.print()
    console.print(main_table(sizes, repeat))
    console.print()
    console.print(detail_table(sizes))
    console.print()
    if memory is None:
        console.print("Peak memory flat in table size: [dim]n/a (needs two sizes at least 5x apart)[/dim]")
    else:
        verdict = "[green]PASS[/green]" if memory.passes else "[bold red]FAIL[/bold red]"
        console.print(
            f"Peak memory flat in table size (max RSS over every `rollback` process): "
            f"{memory.small_rows:,} rows {memory.small_mb:.1f} MB -> {memory.large_rows:,} rows "
            f"{memory.large_mb:.1f} MB = {memory.growth:.2f}x {verdict} (target <= {MEMORY_FLAT_BOUND:g}x)"
        )
    for n in notes:
        console.print(Text(n, style="dim"))
    for w in warnings:
        console.print(f"[yellow]warning:[/yellow] {w}")
    if errors:
        console.print(f"[bold red]CORRECTNESS FAILED ({len(errors)}):[/bold red]")
        for e in errors:
            console.print(Text("  - " + e, style="red"))
    else:
        verified = sum(
            len(s.samples.get(step, [])) for s in sizes for step in (DROP_ROLLBACK, UPDATE_ROLLBACK)
        )
        console.print(
            f"[green]Correctness: {verified} rollback(s) verified: each restored the table exactly "
            "(row count, (id, phone) and whole-row checksums, columns in order, indexes).[/green]"
        )
