"""`coder report`: pictures of a coded dataset, as one PNG or a self-contained HTML page.

Four panels: monthly events stacked by quad class with the net Goldstein line (sum of the
month's weights) on a second axis; the top dyads; the top actors; the root codes. The
figures come from views.report_tables (deduplicated events); this module only draws.
matplotlib is an optional dependency (`pip install 'coder[report]'`). The HTML page embeds
its pictures as base64 PNG, so it needs no network and no other file.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
from pathlib import Path

from . import __version__
from .errors import OutputError
from .query import connect
from .views import ReportTables, report_tables
from .writer import atomic_write

QUADS = ((1, "verbal cooperation", "#3a923a"), (2, "material cooperation", "#1f77b4"),
         (3, "verbal conflict", "#f2a33a"), (4, "material conflict", "#c0392b"))
QUAD_COLOR = {q: color for q, _, color in QUADS}
ROOTS = [f"{r:02d}" for r in range(1, 21)]
QUERY_STEPS = 4  # report_tables runs four queries


def pyplot():
    """matplotlib's pyplot on the non-interactive Agg backend, or OutputError saying how to install it."""
    try:
        import matplotlib
    except ImportError:
        raise OutputError("no_matplotlib") from None
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def integer_ticks(axis) -> None:
    """Counts are whole numbers: no 0.5-event ticks."""
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True))


def monthly_series(rows: list[tuple]) -> tuple[list[dt.date], list[list[int]], list[float]]:
    """Every month from the first to the last (empty months as zeros): dates, counts per quad, net Goldstein."""
    if not rows:
        return [], [[], [], [], []], []
    by_month = {r[0]: r for r in rows}
    months, month = [], rows[0][0]
    while month <= rows[-1][0]:
        months.append(month)
        month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    counts = [[by_month[m][q] if m in by_month else 0 for m in months] for q in range(1, 5)]
    net = [by_month[m][5] if m in by_month else 0.0 for m in months]
    return months, counts, net


def draw_timeline(ax, tables: ReportTables) -> None:
    months, counts, net = monthly_series(tables.monthly)
    ax.set_title(f"Events per month by quad class, {tables.title}")
    if not months:
        ax.text(0.5, 0.5, "no events", ha="center", va="center", transform=ax.transAxes)
        return
    bottom = [0] * len(months)
    for (_, label, color), values in zip(QUADS, counts):
        if not any(values):
            continue  # no legend entry for a class that never occurs
        ax.bar(months, values, width=25, bottom=bottom, color=color, label=label, align="edge")
        bottom = [b + v for b, v in zip(bottom, values)]
    ax.set_ylabel("events")
    ax.set_ylim(0, max(bottom) * 1.25)  # head room for the legend
    integer_ticks(ax.yaxis)
    line = ax.twinx()
    marker = "o" if len(months) <= 60 else None  # dots only while they stay readable
    line.plot([m + dt.timedelta(days=12) for m in months], net, color="black", marker=marker, markersize=3,
              linewidth=1.1, label="net Goldstein")
    line.axhline(0, color="grey", linewidth=0.6, linestyle=":")
    line.set_ylabel("net Goldstein (sum)")
    handles = ax.get_legend_handles_labels()[0] + line.get_legend_handles_labels()[0]
    ax.legend(handles, [h.get_label() for h in handles], loc="upper left", fontsize=8, ncol=5)


def draw_top(ax, rows: list[tuple], title: str) -> None:
    """Horizontal bars, largest at the top; a row is (label parts..., count)."""
    ax.set_title(title)
    labels = [" \u2192 ".join(str(p) for p in r[:-1]) for r in rows][::-1]
    ax.barh(labels or ["(none)"], [r[-1] for r in rows][::-1] or [0], color="#5b6f8f")
    ax.set_xlabel("events")
    integer_ticks(ax.xaxis)


def draw_roots(ax, tables: ReportTables) -> None:
    counts = {r[0]: r[2] for r in tables.roots}
    quad = {r[0]: r[1] for r in tables.roots}
    colors = [QUAD_COLOR.get(quad.get(r), "#999999") for r in ROOTS]
    ax.bar(ROOTS, [counts.get(r, 0) for r in ROOTS], color=colors)
    ax.set_title("CAMEO root codes")
    ax.set_xlabel("root code")
    ax.set_ylabel("events")
    integer_ticks(ax.yaxis)
    ax.tick_params(axis="x", labelsize=7)


PANELS = (
    ("timeline", "Monthly events and net Goldstein", draw_timeline, (11, 4)),
    ("dyads", "Top dyads (source country \u2192 target country)",
     lambda ax, t: draw_top(ax, t.top_dyads, "Top dyads"), (5.5, 4)),
    ("actors", "Top actors (as source or target)", lambda ax, t: draw_top(ax, t.top_actors, "Top actors"), (5.5, 4)),
    ("roots", "Root code distribution", draw_roots, (5.5, 4)),
)


def figure_png(tables: ReportTables, plt) -> bytes:
    """All four panels in one figure, for papers."""
    fig = plt.figure(figsize=(15, 9), constrained_layout=True)
    grid = fig.add_gridspec(2, 3, height_ratios=[1.1, 1])
    axes = [fig.add_subplot(grid[0, :])] + [fig.add_subplot(grid[1, i]) for i in range(3)]
    for ax, (_, _, draw, _) in zip(axes, PANELS):
        draw(ax, tables)
    fig.suptitle(f"coder report: {tables.title}, {tables.events:,} events (deduplicated)")
    return _png(fig, plt)


def panel_png(tables: ReportTables, panel, plt) -> bytes:
    _, _, draw, size = panel
    fig, ax = plt.subplots(figsize=size, constrained_layout=True)
    draw(ax, tables)
    return _png(fig, plt)


def _png(fig, plt) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100)
    plt.close(fig)
    return buf.getvalue()


STYLE = ("body{font-family:sans-serif;max-width:1150px;margin:1em auto;color:#222} figure{margin:1em 0}"
         "img{max-width:100%;border:1px solid #ddd} .row{display:flex;gap:1em} .row figure{flex:1;min-width:0}"
         "table{border-collapse:collapse;margin:.5em 1em 1em 0;display:inline-table;vertical-align:top}"
         "td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}")


def html_page(tables: ReportTables, images: dict[str, bytes], filters: str) -> str:
    """A self-contained page: the pictures inline as data: URIs and the numbers as tables."""
    esc = html.escape
    parts = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
             f"<title>coder report: {esc(tables.title)}</title><style>{STYLE}</style></head><body>",
             f"<h1>coder report: {esc(tables.title)}</h1>",
             f"<p>{tables.events:,} events after the one-a-day filter. {esc(filters)} "
             f"Made by coder {esc(__version__)}.</p>"]
    for i, (key, caption, _, _) in enumerate(PANELS):
        data = base64.b64encode(images[key]).decode("ascii")
        parts.append(("<div class='row'>" if i == 1 else "")
                     + f"<figure id='{key}'><img alt='{esc(caption)}' src='data:image/png;base64,{data}'>"
                     f"<figcaption>{esc(caption)}</figcaption></figure>" + ("</div>" if i == len(PANELS) - 1 else ""))
    parts.append(_table("Top dyads", ["source", "target", "events"], tables.top_dyads))
    parts.append(_table("Top actors", ["actor", "events"], tables.top_actors))
    parts.append(_table("Root codes", ["root", "quad class", "events"], tables.roots))
    parts.append("</body></html>")
    return "\n".join(parts)


def _table(title: str, header: list[str], rows: list[tuple]) -> str:
    esc = html.escape
    head = "".join(f"<th>{esc(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{esc(str(v))}</td>" for v in r) + "</tr>" for r in rows)
    return f"<table><caption>{esc(title)}</caption><tr>{head}</tr>{body}</table>"


def report(data, path, dyad=None, start=None, end=None, progress=None) -> ReportTables:
    """Write a PNG or an HTML report of DATA to PATH (by its extension); return the figures drawn.

    dyad is a pair of country codes (events in both directions); start and end are
    inclusive YYYY-MM-DD dates. PROGRESS, if given, is a coder.progress.Progress.
    """
    path = Path(path)
    kind = path.suffix.lower()
    if kind not in (".png", ".html", ".htm"):
        raise OutputError("report_suffix", path.name)
    plt = pyplot()
    if progress is None:
        return _draw(data, path, kind, dyad, start, end, plt, lambda: None)
    progress.total = QUERY_STEPS + (1 if kind == ".png" else len(PANELS))
    try:
        return _draw(data, path, kind, dyad, start, end, plt, progress.update)
    finally:
        progress.close()


def _draw(data, path: Path, kind: str, dyad, start, end, plt, step) -> ReportTables:
    con = connect(data)
    try:
        tables = report_tables(con, dyad, start, end, step=step)
    finally:
        con.close()
    if kind == ".png":
        image = figure_png(tables, plt)
        step()
        atomic_write(path, lambda tmp: tmp.write_bytes(image))
        return tables
    images = {}
    for panel in PANELS:
        images[panel[0]] = panel_png(tables, panel, plt)
        step()
    filters = " ".join(f for f in (f"From {start}." if start else "", f"To {end}." if end else "") if f)
    page = html_page(tables, images, filters)
    atomic_write(path, lambda tmp: tmp.write_text(page, encoding="utf-8"))
    return tables
