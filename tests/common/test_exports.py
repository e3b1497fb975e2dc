import pytest

from common.exports import csv_safe

# The characters that make a spreadsheet read a cell as a formula, as OWASP's "CSV Injection" page
# lists them: equals, plus, minus, at, tab (0x09) and carriage return (0x0D).
OWASP_FORMULA_STARTS = ["=", "+", "-", "@", "\x09", "\x0d"]


@pytest.mark.parametrize("start", OWASP_FORMULA_STARTS)
def test_a_cell_starting_like_a_formula_is_kept_as_text(start):
    cell = f'{start}HYPERLINK("http://example.invalid")'
    assert csv_safe(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["Aino", "12", "Rovaniemi=Lappi", " =1", "\n=1", ""])
def test_other_cells_are_left_as_they_are(cell):
    assert csv_safe(cell) == cell


def test_values_that_are_not_text_are_written_as_text():
    assert csv_safe(-5) == "'-5"
    assert csv_safe(7) == "7"


# CSV for Finnish Excel and XLSX, read back with the standard library's csv and with openpyxl.

import csv  # noqa: E402
import datetime  # noqa: E402
import io  # noqa: E402
from decimal import Decimal  # noqa: E402

import openpyxl  # noqa: E402

from common.exports import Table, csv_text, sheet_title, xlsx_bytes  # noqa: E402

HEADER = ["Nimi", "Tunnit", "Päivä"]
ROWS = [["Äijälä, Aino", Decimal("12.5"), datetime.date(2026, 3, 2)], ['=HYPERLINK("http://x.invalid")', -3, None]]


def test_csv_starts_with_a_byte_order_mark_and_uses_semicolons_by_default():
    data = csv_text(HEADER, ROWS).encode("utf-8")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows == [
        HEADER,
        ["Äijälä, Aino", "12,5", "2026-03-02"],
        ['\'=HYPERLINK("http://x.invalid")', "-3", ""],
    ]


def test_the_csv_separator_is_a_setting_and_a_comma_brings_a_decimal_point(settings):
    settings.CSV_DELIMITER = ","
    text = csv_text(HEADER, ROWS)
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert rows[1] == ["Äijälä, Aino", "12.5", "2026-03-02"]
    assert text.splitlines()[0] == "\ufeffNimi,Tunnit,Päivä"


def test_xlsx_keeps_numbers_and_dates_and_keeps_formulas_out():
    tables = [Table("Kunnat", HEADER, ROWS), Table("Kunnat", ["a"], [["b\x00c"]])]
    workbook = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(tables)))
    assert workbook.sheetnames == ["Kunnat", "Kunnat (2)"]
    sheet = workbook["Kunnat"]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == HEADER
    assert values[1][0] == "Äijälä, Aino"
    assert values[1][1] == pytest.approx(12.5)
    assert values[1][2] == datetime.datetime(2026, 3, 2)
    assert values[2] == ['\'=HYPERLINK("http://x.invalid")', -3, None]
    assert sheet["A3"].data_type == "s"
    assert sheet["A1"].font.bold
    assert workbook["Kunnat (2)"]["A2"].value == "bc"


def test_xlsx_has_no_formula_cell_whatever_the_text():
    rows = [[start + "1+1"] for start in OWASP_FORMULA_STARTS]
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx_bytes([Table("x", ["h"], rows)]))).active
    assert {cell.data_type for row in sheet.iter_rows(min_row=2) for cell in row} == {"s"}


def test_sheet_titles_are_ones_excel_accepts():
    taken = set()
    assert sheet_title("Kysymykset: [osa 1/2]?", taken) == "Kysymykset   osa 1 2"
    assert len(sheet_title("x" * 40, taken)) == 31
    assert sheet_title("X" * 40, taken) == "X" * 27 + " (2)"
