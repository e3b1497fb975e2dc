"""Tables as downloads: CSV that a spreadsheet in Finland opens as it is, and XLSX.

Finnish Excel reads a CSV file as UTF-8 only when it starts with a byte-order mark, and splits its
columns at the list separator of the Finnish regional settings, a semicolon, because the comma is the
decimal mark. The separator is the `CSV_DELIMITER` setting (";" by default); with ";" numbers are
written with a decimal comma, with any other separator with a decimal point.

A spreadsheet reads a text cell that starts with "=", "+", "-" or "@" as a formula, in CSV and XLSX
alike (OWASP, "CSV Injection"); every text cell goes through `csv_safe`, and in XLSX it is also stored
as text, never as a formula. Numbers and dates keep their type in XLSX.
"""

import csv
import datetime
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.http import HttpResponse, StreamingHttpResponse
from django.utils import timezone

# A spreadsheet reads a cell starting with one of these as a formula (OWASP, "CSV Injection"); a tab or
# a carriage return may be stripped on import and leave one of the others in front.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

BYTE_ORDER_MARK = "\ufeff"
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# Characters an XLSX file cannot hold (XML 1.0 forbids most control characters).
_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Excel's rules for a sheet's name: at most 31 characters, none of these.
_NOT_IN_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")


def csv_safe(value):
    """Keep spreadsheet programs from reading a cell as a formula."""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


@dataclass
class Table:
    """One table of a download: a sheet of an XLSX workbook, or a CSV file of its own."""

    title: str
    header: Sequence[Any]
    rows: Iterable[Sequence[Any]]


def csv_delimiter() -> str:
    return settings.CSV_DELIMITER


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def csv_cell(value: Any, delimiter: str | None = None) -> str:
    """A value as CSV text: numbers with the decimal mark that goes with the separator, dates in ISO form,
    text guarded against formulas."""
    if value is None:
        return ""
    if _is_number(value):
        text = str(value)
        return text.replace(".", ",") if (delimiter or csv_delimiter()) == ";" else text
    if isinstance(value, datetime.datetime):
        return _local(value).isoformat(sep=" ", timespec="minutes")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return csv_safe(value)


class _Echo:
    def write(self, value):
        return value


def csv_lines(header: Sequence[Any], rows: Iterable[Sequence[Any]], delimiter: str | None = None) -> Iterator[str]:
    """The CSV file line by line, the first one after the byte-order mark, so that it can be streamed."""
    delimiter = delimiter or csv_delimiter()
    writer = csv.writer(_Echo(), delimiter=delimiter)
    yield BYTE_ORDER_MARK + writer.writerow([csv_cell(value, delimiter) for value in header])
    for row in rows:
        yield writer.writerow([csv_cell(value, delimiter) for value in row])


def csv_text(header: Sequence[Any], rows: Iterable[Sequence[Any]], delimiter: str | None = None) -> str:
    return "".join(csv_lines(header, rows, delimiter))


def _attachment(response, filename):
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_response(filename: str, header: Sequence[Any], rows: Iterable[Sequence[Any]]) -> HttpResponse:
    return _attachment(HttpResponse(csv_text(header, rows), content_type=CSV_CONTENT_TYPE), filename)


def csv_streaming_response(filename: str, lines: Iterable[str]) -> StreamingHttpResponse:
    """A response for `csv_lines` made while the response streams, for tables too large to hold."""
    return _attachment(StreamingHttpResponse(lines, content_type=CSV_CONTENT_TYPE), filename)


def _local(moment: datetime.datetime) -> datetime.datetime:
    """Local time without a time zone: spreadsheets know no time zones, and people read Finnish time."""
    return timezone.localtime(moment).replace(tzinfo=None) if timezone.is_aware(moment) else moment


def _xlsx_value(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return _local(value)
    if value is None or _is_number(value) or isinstance(value, datetime.date):
        return value
    return _NOT_IN_XML.sub("", csv_safe(value))


def sheet_title(title: Any, taken: set[str]) -> str:
    """A sheet name Excel accepts, unique in the workbook."""
    base = _NOT_IN_SHEET_NAME.sub(" ", _NOT_IN_XML.sub("", str(title))).strip(" '")[:31] or "Sheet"
    name, number = base, 2
    while name.lower() in taken:
        suffix = f" ({number})"
        name, number = base[: 31 - len(suffix)] + suffix, number + 1
    taken.add(name.lower())
    return name


def xlsx_bytes(tables: Sequence[Table]) -> bytes:
    """An XLSX workbook with a sheet per table, its header row in bold and frozen."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    taken: set[str] = set()
    for table in tables:
        sheet = workbook.create_sheet(sheet_title(table.title, taken))
        sheet.freeze_panes = "A2"
        header = []
        for value in table.header:
            cell = WriteOnlyCell(sheet, value=_xlsx_value(value))
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        for row in table.rows:
            cells = []
            for value in row:
                cell = WriteOnlyCell(sheet, value=_xlsx_value(value))
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # text stays text, whatever it starts with
                elif isinstance(value, datetime.datetime):
                    cell.number_format = "yyyy-mm-dd hh:mm"
                elif isinstance(value, datetime.date):
                    cell.number_format = "yyyy-mm-dd"
                cells.append(cell)
            sheet.append(cells)
    if not tables:
        workbook.create_sheet("Sheet")
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def xlsx_response(filename: str, tables: Sequence[Table]) -> HttpResponse:
    return _attachment(HttpResponse(xlsx_bytes(tables), content_type=XLSX_CONTENT_TYPE), filename)
