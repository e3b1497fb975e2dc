"""Helpers shared by the apps' CSV downloads."""


def csv_safe(value):
    """Keep spreadsheet programs from reading a cell as a formula."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
