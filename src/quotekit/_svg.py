"""Bar charts as inline SVG whose text the browser lays out.

The labels are ``<text>`` elements, so the browser shapes Arabic and runs it right to left
as in the page around it; nothing is drawn as a picture of text and no plotting library is
needed. The bars grow from the right, where the labels stand, as a right-to-left reader
expects; each bar carries its number, so no colour has to be told apart.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotekit._html import escape

__all__ = ["bar_chart"]

_WIDTH = 500
#: The width given to the labels, at the right.
_LABELS = 190
#: The width kept for the number at the end of the longest bar.
_NUMBERS = 75
_ROW = 26
_BAR = 17
#: The most characters of a label; a longer one is cut, whole in its hover title.
_LABEL_CHARS = 28


def _cut(text: str) -> str:
    return text if len(text) <= _LABEL_CHARS else text[: _LABEL_CHARS - 1].rstrip() + "…"


def bar_chart(ident: str, title: str, bars: Sequence[tuple[str, int]], *, total: int = 0) -> str:
    """Return an ``<svg>`` of horizontal bars, one per ``(label, value)``, top to bottom.

    Args:
        ident: A page-unique id for the chart's title element.
        title: What the chart shows, read by screen readers.
        bars: The labels (plain text, escaped here) and their values.
        total: When above 0, each number is followed by its share of ``total``.

    Example:
        >>> svg = bar_chart("c1", "النوع", [("مباشر", 3), ("غير مباشر", 1)], total=4)
        >>> svg.count("<rect"), "75%" in svg, 'direction="rtl"' in svg
        (2, True, True)
    """
    height = _ROW * len(bars) + 8
    top = max((value for _, value in bars), default=0) or 1
    right = _WIDTH - _LABELS - 8
    scale = (right - _NUMBERS) / top
    rows = []
    for index, (name, value) in enumerate(bars):
        y = 4 + index * _ROW
        length = max(value * scale, 1.0 if value else 0.0)
        number = f"{value}" + (f" ({100 * value / total:.0f}%)" if total else "")
        rows.append(
            f"<g><title>{escape(name)}: {number}</title>"
            f'<text x="{_WIDTH - 4}" y="{y + _BAR - 4}" direction="rtl" text-anchor="start">'
            f"{escape(_cut(name))}</text>"
            f'<rect x="{right - length:.1f}" y="{y}" width="{length:.1f}" height="{_BAR}" '
            'rx="2"></rect>'
            f'<text class="n" x="{right - length - 5:.1f}" y="{y + _BAR - 4}" direction="ltr" '
            f'text-anchor="end">{number}</text></g>'
        )
    return (
        f'<svg viewBox="0 0 {_WIDTH} {height}" '
        f'width="{_WIDTH}" height="{height}" role="img" aria-labelledby="{ident}">'
        f'<title id="{ident}">{escape(title)}</title>{"".join(rows)}</svg>'
    )
