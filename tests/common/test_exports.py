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
