"""Counts over time as static SVG bar charts, drawn at build time.

No chart runtime reaches the reader: each chart is a few kilobytes of SVG built by
string formatting, with a text alternative (`role="img"`, `<title>`, `<desc>`) and
colours from CSS classes (docs/assets/graph.css), so both colour schemes work.
Charts and graphs are kept out of the Pagefind index (`data-pagefind-ignore`): their
words repeat the table or list beside them. A chart never has more than MAX_BARS bars:
a long run of months becomes years (then decades, then centuries), so its size does not
grow with the archive.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping

MAX_BARS = 120
# Text in SVG is data: besides HTML's own characters, the ones Markdown reads (a chart sits
# in a Markdown page) become numeric references, so no name can look like a link or code.
_SVG_TEXT = str.maketrans({c: f"&#{ord(c)};" for c in "&<>\"'[]()`*_{}|!#\\"})


def svg_text(value: str) -> str:
    """`value` as SVG text or attribute content that shows exactly those characters."""
    return value.translate(_SVG_TEXT)


WIDTH = 640
HEIGHT = 170
_LEFT, _RIGHT, _TOP, _BOTTOM = 34, 8, 10, 28


def monthly_counts(dates: Iterable[dt.date | None]) -> Counter[str]:
    """`YYYY-MM` (or `undated`) -> count, the keys of EntityPage.by_month."""
    return Counter(f"{day:%Y-%m}" if day is not None else "undated" for day in dates)


def period_totals(periods: Iterable[str], counts: Mapping[str, int]) -> dict[str, int]:
    """Totals of `counts` (`YYYY-MM` keys) for each period of a table whose rows are
    months, years or `undated`, so a second column lines up with the first."""
    totals = dict.fromkeys(periods, 0)
    for key, n in counts.items():
        period = key if key in totals else key[:4]
        if period in totals:
            totals[period] += n
    return totals


def bounded_series(counts: Mapping[str, int]) -> tuple[list[tuple[str, int]], str]:
    """(period, count) from the first dated month to the last, empty periods included,
    in the finest step (month, year, decade, century) that keeps at most MAX_BARS bars.
    Keys are `YYYY-MM`; any other key (such as `undated`) is ignored."""
    dated = {key: n for key, n in counts.items() if len(key) == 7 and key[:4].isdigit()}
    if not dated:
        return [], "month"
    first, last = min(dated), max(dated)
    first_year, last_year = int(first[:4]), int(last[:4])
    span = (last_year - first_year) * 12 + int(last[5:]) - int(first[5:]) + 1
    if span <= MAX_BARS:
        year, month = first_year, int(first[5:])
        series = []
        for _ in range(span):
            key = f"{year:04d}-{month:02d}"
            series.append((key, dated.get(key, 0)))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return series, "month"
    for step, size in (("year", 1), ("decade", 10), ("century", 100)):
        start, end = first_year // size * size, last_year // size * size
        if (end - start) // size + 1 <= MAX_BARS or step == "century":
            buckets: Counter[int] = Counter()
            for key, n in dated.items():
                buckets[int(key[:4]) // size * size] += n
            return [(_bucket_key(b, step), buckets[b]) for b in range(start, end + 1, size)], step
    raise AssertionError("unreachable")


def _bucket_key(start: int, step: str) -> str:
    return {"year": f"{start}", "decade": f"{start}s", "century": f"{start}s"}[step]


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def period_label(key: str) -> str:
    """`2017-04` -> `Apr 2017`; years, decades and centuries are shown as they are."""
    if len(key) == 7 and key[4] == "-":
        return f"{_MONTHS[int(key[5:]) - 1]} {key[:4]}"
    return key


def bar_chart(counts: Mapping[str, int], *, chart_id: str, what: str, noun: str) -> str:
    """An SVG bar chart of `counts` (`YYYY-MM` -> n) inside a <figure>, or "" when
    fewer than two periods are dated. `what` names the chart ("Mentions by month");
    `noun` the thing counted, in the plural ("articles"). The result is one raw-HTML
    block without blank lines, so Markdown passes it through untouched."""
    series, step = bounded_series(counts)
    if len(series) < 2:  # one bar says nothing the table beside it does not
        return ""
    title = what if step == "month" else what.replace("by month", f"by {step}")
    peak = max(n for _, n in series)
    busiest = next(key for key, n in series if n == peak)
    total = sum(n for _, n in series)
    counted = noun if total != 1 else noun.removesuffix("s")
    summary = (
        f"{total} {counted} from {period_label(series[0][0])} to {period_label(series[-1][0])}"
        f" in {len(series)} {step if len(series) == 1 else plural_of(step)};"
        f" the most, {peak}, in {period_label(busiest)}."
    )
    plot_width = WIDTH - _LEFT - _RIGHT
    plot_height = HEIGHT - _TOP - _BOTTOM
    slot = min(plot_width / len(series), 48.0)  # a few months do not fill the width
    gap = min(2.0, slot * 0.2)
    scale = plot_height / peak if peak else 0.0
    base = HEIGHT - _BOTTOM
    parts = [
        '<figure class="connected-chart" data-pagefind-ignore>',
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img"'
        f' aria-labelledby="{chart_id}-title {chart_id}-desc" focusable="false">',
        f'<title id="{chart_id}-title">{svg_text(title)}</title>',
        f'<desc id="{chart_id}-desc">{svg_text(summary)}</desc>',
        f'<line class="chart-axis" x1="{_LEFT}" y1="{base}"'
        f' x2="{_LEFT + slot * len(series):.1f}" y2="{base}"/>',
        f'<text class="chart-label" x="{_LEFT - 4}" y="{_TOP + 8}" text-anchor="end">{peak}</text>',
        f'<text class="chart-label" x="{_LEFT - 4}" y="{base}" text-anchor="end">0</text>',
    ]
    # All bars in one <path>: a chart of 120 bars is one element, not 240 (every tag
    # costs Markdown time in every build); the table beside the chart gives each number.
    bars = []
    for position, (_, n) in enumerate(series):
        if n:
            height = max(1.0, n * scale)
            x = _LEFT + position * slot + gap / 2
            bars.append(f"M{x:.1f} {base}v{-height:.1f}h{slot - gap:.1f}v{height:.1f}z")
    parts.append(f'<path class="chart-bar" d="{"".join(bars)}"/>')
    for position, key in _ticks(series, step):
        x = _LEFT + (position + 0.5) * slot
        parts.append(
            f'<text class="chart-label" x="{x:.1f}" y="{HEIGHT - 8}" text-anchor="middle">'
            f"{svg_text(key)}</text>"
        )
    parts.append("</svg>")
    parts.append(
        f'<figcaption class="chart-caption">{svg_text(title)}: '
        f"{svg_text(summary)}</figcaption></figure>"
    )
    return "\n".join(parts)


def _ticks(series: list[tuple[str, int]], step: str) -> list[tuple[int, str]]:
    """A few labels under the bars: each January (as the year) for months, else about
    eight evenly spaced periods; always the first and, if room, the last."""
    count = len(series)
    if step == "month":
        januaries = [(i, key[:4]) for i, (key, _) in enumerate(series) if key.endswith("-01")]
        if 1 < len(januaries) <= 12:
            return januaries
        every = max(1, -(-count // 8))
        return [(i, period_label(key)) for i, (key, _) in enumerate(series) if i % every == 0]
    every = max(1, -(-count // 8))
    return [(i, key) for i, (key, _) in enumerate(series) if i % every == 0]


def plural_of(step: str) -> str:
    return "centuries" if step == "century" else step + "s"
