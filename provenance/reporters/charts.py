"""Inline SVG charts for the HTML report: horizontal bars for counts by name, vertical bars
for a histogram. Every bar carries its label and number as text, so a chart reads without
colour, in print and to a screen reader (each figure also holds its numbers as a table)."""

from __future__ import annotations

from html import escape

BAR_ROW = 22  # px per bar of a bar chart
LABEL_WIDTH = 240
BAR_SPACE = 220  # the longest bar
TOP = 12  # at most this many bars; the rest are summed into "others"


def bar_chart(
    chart_id: str,
    caption: str,
    rows: list[tuple[str, int]],
    kinds: dict[str, str] | None = None,
    top: int = TOP,
    ordered: bool = False,
    sum_the_rest: bool = True,
) -> str:
    """A figure with one labelled bar per (label, count), largest first unless `ordered`;
    past `top` bars the rest are summed into one ("5 others") or, where a sum would
    dwarf the bars that matter (publishers), left out and counted in the caption. `kinds`
    gives some labels a CSS class (severities get their colour; their name says the same)."""
    if not ordered:
        rows = sorted(rows, key=lambda row: (-row[1], row[0]))
    if len(rows) > top and sum_the_rest:
        rows = [*rows[: top - 1], (f"{len(rows) - top + 1} others", sum(count for _, count in rows[top - 1 :]))]
    elif len(rows) > top:
        caption = f"{caption}: the {top} most of {len(rows):,}"
        rows = rows[:top]
    if not rows:
        return _figure(chart_id, caption, '<p class="empty">none</p>', [])
    most = max(count for _, count in rows) or 1
    height = BAR_ROW * len(rows) + 4
    parts = [f'<svg viewBox="0 0 {LABEL_WIDTH + BAR_SPACE + 60} {height}" role="img" aria-labelledby="{chart_id}-c" class="bars">']
    for i, (label, count) in enumerate(rows):
        y = i * BAR_ROW + 2
        width = max(round(BAR_SPACE * count / most), 1 if count else 0)
        kind = f" {kinds[label]}" if kinds and label in kinds else ""
        shown = label if len(label) <= 34 else label[:33] + "…"
        parts.append(
            f'<g class="bar{kind}"><title>{escape(label)}: {count:,}</title>'
            f'<text x="{LABEL_WIDTH - 6}" y="{y + 15}" text-anchor="end">{escape(shown)}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y + 3}" width="{width}" height="{BAR_ROW - 6}"/>'
            f'<text x="{LABEL_WIDTH + width + 5}" y="{y + 15}" class="n">{count:,}</text></g>'
        )
    parts.append("</svg>")
    return _figure(chart_id, caption, "".join(parts), rows)


def histogram(chart_id: str, caption: str, bins: list[tuple[str, int]]) -> str:
    """Vertical bars over ordered bins (months or years), with the first, last and a few
    labels between on the axis, and the tallest count on the scale."""
    if not bins:
        return _figure(chart_id, caption, '<p class="empty">no dated documents</p>', [])
    width, height, axis = 640, 150, 30
    step = min(width / len(bins), 48)  # a few bins stay bars, not slabs
    most = max(count for _, count in bins) or 1
    every = max(1, round(len(bins) / 8))  # about eight axis labels, whatever the span
    parts = [f'<svg viewBox="0 0 {width + 80} {height + axis}" role="img" aria-labelledby="{chart_id}-c" class="histogram">']
    parts.append(f'<text x="{width + 4}" y="12" class="n">peak {most:,}</text><line x1="0" x2="{width}" y1="{height}" y2="{height}" class="axis"/>')
    for i, (label, count) in enumerate(bins):
        bar = height * count / most
        x = i * step
        parts.append(
            f'<g class="bar"><title>{escape(label)}: {count:,}</title>'
            f'<rect x="{x + step * 0.1:.1f}" y="{height - bar:.1f}" width="{max(step * 0.8, 0.5):.1f}" height="{bar:.1f}"/></g>'
        )
        if i % every == 0 or i == len(bins) - 1:
            parts.append(f'<text x="{x + step / 2:.1f}" y="{height + 18}" text-anchor="middle">{escape(label)}</text>')
    parts.append("</svg>")
    return _figure(chart_id, caption, "".join(parts), [row for row in bins if row[1]])


def _figure(chart_id: str, caption: str, drawing: str, rows: list[tuple[str, int]]) -> str:
    table = "".join(f"<tr><th scope=row>{escape(label)}</th><td>{count}</td></tr>" for label, count in rows)
    return (
        f'<figure id="{chart_id}"><figcaption id="{chart_id}-c">{escape(caption)}</figcaption>{drawing}'
        f'<table class="sr-only"><caption>{escape(caption)}</caption>{table}</table></figure>'
    )
