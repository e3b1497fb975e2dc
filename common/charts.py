"""Bar charts drawn on the server as inline SVG: no script, a few hundred bytes each.

A chart is built from rows of numbers and drawn by the template `common/bar_chart.html`, which puts
a table of the same numbers, with the links given, beside the picture. The picture is one image to a
screen reader (`role="img"`, its title and a description that reads out every number); the table is
there for anyone who wants to read or follow the figures. Colours are SVG attributes, not inline
styles, so the page's Content-Security-Policy needs no exception for them.

Each row is drawn as its label over one bar per series, so that long municipality names fit a phone
screen without being cut or turned.
"""

from dataclasses import dataclass, field
from decimal import Decimal
from itertools import count

from django.utils.formats import number_format
from django.utils.translation import gettext as _

WIDTH = 320  # viewBox units; the figure scales to the width of its column
LABEL_HEIGHT = 16
BAR_HEIGHT = 14
BAR_GAP = 3
ROW_GAP = 10
VALUE_ROOM = 56  # room right of the longest bar for its number
# Fills with at least 3:1 contrast against white (WCAG 1.4.11), told apart by the legend and the table too.
FILLS = ["#0b5394", "#8a4b00", "#1e6b34", "#6a1b9a"]

_ids = count(1)


@dataclass
class Series:
    name: str
    fill: str = ""


@dataclass
class Row:
    label: str
    values: list
    urls: list = field(default_factory=list)  # the page behind each value, or None

    def url(self, index):
        return self.urls[index] if index < len(self.urls) else None


@dataclass
class Bar:
    x: float
    y: float
    width: float
    value_text: str
    text_x: float
    text_y: float
    fill: str


@dataclass
class DrawnRow:
    label: str
    label_y: float
    bars: list
    cells: list  # (value text, url) per series, for the table


@dataclass
class BarChart:
    id: str
    title: str
    description: str
    series: list
    rows: list
    height: float
    caption_unit: str = ""

    @property
    def width(self):
        return WIDTH

    @property
    def shows_legend(self):
        return len(self.series) > 1


def _text(value, decimals):
    if isinstance(value, Decimal | float) and decimals:
        return number_format(value, decimal_pos=decimals, use_l10n=True, force_grouping=True)
    return number_format(
        round(value) if isinstance(value, Decimal | float) else value, use_l10n=True, force_grouping=True
    )


def bar_chart(title, rows, series=None, *, description="", decimals=0, unit=""):
    """A horizontal bar chart of `rows` (each a `Row` with one value per series), ready for
    `{% include "common/bar_chart.html" with chart=... %}`. Bars are scaled to the largest value.

    `series` names the values of each row (one unnamed series by default); `description` is read
    before the numbers by a screen reader; `decimals` is how many decimals numbers show. A value of
    None is one not known: no bar, and "no figure" in its place.
    """
    series = [Series(s.name, s.fill or FILLS[i % len(FILLS)]) for i, s in enumerate(series or [Series("")])]
    largest = max((value for row in rows for value in row.values if value is not None), default=0) or 1
    room = WIDTH - VALUE_ROOM
    drawn = []
    spoken = []
    y = 0.0
    for row in rows:
        label_y = y + LABEL_HEIGHT - 4
        y += LABEL_HEIGHT
        bars = []
        cells = []
        parts = []
        for index, value in enumerate(row.values):
            # A value that is not known (None) is said so, not drawn as a zero.
            text = _("no figure") if value is None else _text(value, decimals)
            width = 0.0 if value is None else float(value) / float(largest) * room
            bars.append(Bar(0, y, round(width, 1), text, round(width + 4, 1), y + BAR_HEIGHT - 3, series[index].fill))
            cells.append((text, row.url(index)))
            parts.append(f"{series[index].name} {text}" if len(series) > 1 else text)
            y += BAR_HEIGHT + BAR_GAP
        y += ROW_GAP - BAR_GAP
        drawn.append(DrawnRow(row.label, label_y, bars, cells))
        spoken.append(_("%(label)s: %(values)s") % {"label": row.label, "values": ", ".join(parts)})
    numbers = "; ".join(spoken) if spoken else _("No figures.")
    if unit:
        numbers = f"{numbers} ({unit})"
    return BarChart(
        id=f"chart-{next(_ids)}",
        title=title,
        description=f"{description} {numbers}".strip(),
        series=series,
        rows=drawn,
        height=max(round(y, 1), LABEL_HEIGHT),
        caption_unit=unit,
    )
