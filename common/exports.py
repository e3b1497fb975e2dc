"""Helpers shared by the apps' CSV downloads."""

# A spreadsheet reads a cell starting with one of these as a formula (OWASP, "CSV Injection"); a tab or
# a carriage return may be stripped on import and leave one of the others in front.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value):
    """Keep spreadsheet programs from reading a cell as a formula."""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text
