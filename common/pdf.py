"""Fonts for PDF documents that cover Finnish and Sámi letters (ä, ö, å, á, č, đ, ŋ, š, ŧ, ž).

DejaVu Sans covers them all; where it is not installed we fall back to Bitstream Vera, which ships
with reportlab, so documents still render (Sámi letters outside Latin-1 may then show as boxes).
"""

from pathlib import Path

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
VERA = Path(reportlab.__file__).parent / "fonts"
CANDIDATES = [
    ("LinkkiSans", DEJAVU / "DejaVuSans.ttf", DEJAVU / "DejaVuSans-Bold.ttf"),
    ("LinkkiVera", VERA / "Vera.ttf", VERA / "VeraBd.ttf"),
]


def register_fonts():
    """Register the regular and bold document fonts once; return their names (regular, bold)."""
    for name, regular, bold in CANDIDATES:
        if not regular.exists():
            continue
        bold_name = f"{name}-Bold"
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(regular)))
            pdfmetrics.registerFont(TTFont(bold_name, str(bold if bold.exists() else regular)))
        return name, bold_name
    return "Helvetica", "Helvetica-Bold"
