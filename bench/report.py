"""Rendering the results: per engine (PostgreSQL, MariaDB/MySQL, SQLite) a main table (one row per
size) and details, then the verdicts."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.console import Console
from rich.table import Table
from rich.text import Text

from results import (
    BARE_UPDATE,
    DROP_APPLY,
    DROP_ROLLBACK,
    ENGINE_NAMES,
    MEMORY_FLAT_BOUND,
    MY_BARE_UPDATE,
    MY_RELOAD,
    MYSQL,
    PG_RESTORE,
    PG_RESTORE_T,
    POSTGRES,
    SQ_BARE_UPDATE,
    SQ_RELOAD,
    SQLITE,
    STEP_LABELS,
    TOOL_START,
    UPDATE_APPLY,
    UPDATE_ROLLBACK,
    MemoryVerdict,
    SizeResult,
    Target,
    targets_for,
)


@dataclass(frozen=True)
class Section:
    """One engine's part of the report."""

    engine: str
    server: str  # e.g. "PostgreSQL 15.8", "MariaDB 10.11.19-MariaDB"
    sizes: list[SizeResult]
    memory: MemoryVerdict | None
    notes: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return ENGINE_NAMES[self.engine]

    @property
    def restore_step(self) -> str:
        return {MYSQL: MY_RELOAD, SQLITE: SQ_RELOAD}.get(self.engine, PG_RESTORE)

    @property
    def bare_step(self) -> str:
        return {MYSQL: MY_BARE_UPDATE, SQLITE: SQ_BARE_UPDATE}.get(self.engine, BARE_UPDATE)

    @property
    def detail_steps(self) -> tuple[str, ...]:
        restore = (PG_RESTORE, PG_RESTORE_T) if self.engine == POSTGRES else (self.restore_step,)
        return (
            *restore,
            DROP_APPLY,
            DROP_ROLLBACK,
            self.bare_step,
            UPDATE_APPLY,
            UPDATE_ROLLBACK,
            TOOL_START,
        )

    @property
    def size_label(self) -> str:
        return {
            MYSQL: "table size (clustered index / total with email index, avg row; InnoDB estimate)",
            SQLITE: "table size (table b-tree / with email index, avg row; dbstat)",
        }.get(self.engine, "table size (heap / total with indexes, avg row)")


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
        return Text(f"{r:.2f}x info", style="yellow" if not target.info else "cyan")
    ok = target.passes(r)
    return Text(f"{r:.2f}x {'PASS' if ok else 'FAIL'}", style="green" if ok else "bold red")


def main_table(section: Section, repeat: int) -> Table:
    t_drop, t_apply, t_rb = targets_for(section.engine)
    table = Table(
        title=f"Rollback Commander on {section.server}: wall seconds, process start included (median of {repeat})",
        title_justify="left",
        header_style="bold",
    )
    table.add_column("rows", justify="right")
    table.add_column("pg_restore s" if section.engine == POSTGRES else "reload s", justify="right")
    table.add_column("DROP COL\napply s", justify="right")
    table.add_column("DROP COL\nrollback s", justify="right")
    if t_drop.info:
        drop_head = "reload /\nrollback\n(info)"
    else:
        drop_head = f"restore /\nrollback\n({t_drop.text}" + (
            f"\nat {t_drop.min_rows:,})" if t_drop.min_rows else ")"
        )
    table.add_column(drop_head, justify="right")
    table.add_column("bare\nUPDATE s", justify="right")
    table.add_column("guarded\napply s", justify="right")
    table.add_column(f"apply /\nbare\n({t_apply.text})", justify="right")
    table.add_column("UPDATE\nrollback s", justify="right")
    table.add_column(f"rollback /\nbare\n({t_rb.text})", justify="right")
    table.add_column("peak RSS\nMB", justify="right")
    for s in section.sizes:
        table.add_row(
            f"{s.rows:,}",
            fmt_s(s.median(section.restore_step)),
            fmt_s(s.median(DROP_APPLY)),
            fmt_s(s.median(DROP_ROLLBACK)),
            ratio_cell(s, t_drop),
            fmt_s(s.median(section.bare_step)),
            fmt_s(s.median(UPDATE_APPLY)),
            ratio_cell(s, t_apply),
            fmt_s(s.median(UPDATE_ROLLBACK)),
            ratio_cell(s, t_rb),
            fmt_mb(s.peak_rss_mb()),
        )
    return table


def detail_table(section: Section) -> Table:
    sizes = section.sizes
    table = Table(
        title=f"Details ({section.name}): median wall s \\[min-max] | the tool's own in-process s | "
        "peak RSS MB of that process",
        title_justify="left",
        header_style="bold",
    )
    table.add_column("step")
    for s in sizes:
        table.add_column(f"{s.rows:,} rows", justify="right")
    for step in section.detail_steps:
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
        section.size_label,
        *[
            f"{s.table.get('heap_bytes', s.table.get('data_bytes', 0)) / 2**20:.0f} / "
            f"{s.table.get('total_bytes', 0) / 2**20:.0f} MB, "
            f"{s.table.get('avg_row_bytes', 0):.0f} B"
            for s in sizes
        ],
    )
    return table


def run_by_run_lines(section: Section) -> list[str]:
    """Per size and judged target: the ratio of each run against its own baseline, and how many
    of them meet the target."""
    out = []
    for s in section.sizes:
        parts = []
        for t in targets_for(section.engine):
            got = s.run_ratios(t)
            if not got or not t.applies(s.rows):
                continue
            within = sum(t.passes(x) for x in got)
            parts.append(f"{t.label} {', '.join(f'{x:.2f}' for x in got)} ({within} of {len(got)} {t.text})")
        if parts:
            out.append(f"{section.name}, {s.rows:,} rows, run by run (each against its own run's baseline): " + "; ".join(parts))
    return out


def memory_line(section: Section) -> str:
    memory = section.memory
    engine = section.name
    if memory is None:
        return f"{engine}: peak memory flat in table size: [dim]n/a (needs two sizes at least 5x apart)[/dim]"
    verdict = "[green]PASS[/green]" if memory.passes else "[bold red]FAIL[/bold red]"
    return (
        f"{engine}: peak memory flat in table size (max RSS over every `rollback` process): "
        f"{memory.small_rows:,} rows {memory.small_mb:.1f} MB -> {memory.large_rows:,} rows "
        f"{memory.large_mb:.1f} MB = {memory.growth:.2f}x {verdict} (target <= {MEMORY_FLAT_BOUND:g}x)"
    )


def render(
    console: Console,
    sections: list[Section],
    repeat: int,
    errors: list[str],
    warnings: list[str],
    notes: list[str],
) -> None:
    for section in sections:
        console.print()
        console.print(main_table(section, repeat))
        console.print()
        console.print(detail_table(section))
        console.print()
        console.print(memory_line(section))
        for line in run_by_run_lines(section):
            console.print(line, highlight=False)
        for n in section.notes:
            console.print(Text(n, style="dim"))
    console.print()
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
            len(s.samples.get(step, []))
            for section in sections
            for s in section.sizes
            for step in (DROP_ROLLBACK, UPDATE_ROLLBACK)
        )
        names = [x.name for x in sections]
        engines = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)
        console.print(
            f"[green]Correctness: {verified} rollback(s) verified on {engines or 'no engine'}: each restored "
            "the table exactly (row count, (id, phone) and whole-row checksums, columns in order, "
            "indexes).[/green]"
        )
