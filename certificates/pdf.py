"""The certificate as a PDF: holder, programme, dates, issuer, signature and a QR code to verification.

Drawn in the holder's language (Finnish, Swedish or English) with an embedded TrueType font that covers
Finnish, Swedish and the Sámi letters, so every name prints as written.
"""

import io
import math
from functools import lru_cache

import qrcode
import qrcode.constants
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from common.pdf import register_fonts

# Letters a holder's name may contain beyond ASCII: Finnish, Swedish, North, Inari and Skolt Sámi.
REQUIRED_LETTERS = "äöåÄÖÅáčđŋšŧžÁČĐŊŠŦŽâÂʹǥǩʒǯõǤǨƷǮÕ"
INK = colors.HexColor("#1d3b4f")
ACCENT = colors.HexColor("#2f7d6d")


def _missing_letters(font_name):
    face = pdfmetrics.getFont(font_name).face
    return [letter for letter in REQUIRED_LETTERS if ord(letter) not in face.charToGlyph]


@lru_cache(maxsize=1)
def certificate_fonts():
    """(regular, bold) font names, from CERTIFICATE_FONT / CERTIFICATE_FONT_BOLD or the project's fonts.

    Refuses to go on with a font that lacks a letter a Finnish, Swedish or Sámi name may contain.
    """
    path = getattr(settings, "CERTIFICATE_FONT", "")
    if path:
        bold_path = getattr(settings, "CERTIFICATE_FONT_BOLD", "") or path
        try:
            pdfmetrics.registerFont(TTFont("CertificateSans", path))
            pdfmetrics.registerFont(TTFont("CertificateSans-Bold", bold_path))
        except Exception as error:
            raise ImproperlyConfigured(f"CERTIFICATE_FONT {path!r} cannot be read: {error}") from error
        regular, bold = "CertificateSans", "CertificateSans-Bold"
    else:
        regular, bold = register_fonts()
    for name in (regular, bold):
        if name.startswith("Helvetica") or _missing_letters(name):
            raise ImproperlyConfigured(
                f"The certificate font {name} lacks letters used in Sámi names "
                f"({''.join(_missing_letters(name)) if not name.startswith('Helvetica') else 'no TrueType font'}). "
                "Install Debian's fonts-dejavu-core or set CERTIFICATE_FONT to a TrueType font that covers them."
            )
    return regular, bold


@lru_cache(maxsize=1)
def default_signature_png():
    """A signature flourish the project draws itself, used until CERTIFICATE_SIGNATURE_IMAGE is set."""
    from PIL import Image, ImageDraw

    width, height = 600, 180
    image = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    points = []
    for step in range(541):
        t = step / 540
        x = 30 + 520 * t + 28 * math.sin(t * math.pi * 9)
        y = 95 - 48 * math.sin(t * math.pi * 4.5) * (1 - 0.6 * t) + 18 * math.cos(t * math.pi * 9)
        points.append((x, y))
    draw.line(points, fill=(29, 59, 79, 255), width=5, joint="curve")
    draw.line([(60, 150), (520, 140)], fill=(29, 59, 79, 255), width=3)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _signature_image():
    path = getattr(settings, "CERTIFICATE_SIGNATURE_IMAGE", "")
    if path:
        return ImageReader(path)
    return ImageReader(io.BytesIO(default_signature_png()))


def verify_form_url():
    return settings.SITE_URL.rstrip("/") + reverse("certificates:verify_form")


def verification_url(certificate):
    return settings.SITE_URL.rstrip("/") + reverse("certificates:verify", args=[certificate.verification_code])


def _centred(pdf, text, y, font, size, width, color=INK):
    pdf.setFillColor(color)
    while size > 8 and pdfmetrics.stringWidth(text, font, size) > width - 40 * mm:
        size -= 1  # long names and titles shrink to fit instead of running off the page
    pdf.setFont(font, size)
    pdf.drawCentredString(width / 2, y, text)


def _qr(pdf, url, x, y, size):
    """The QR code as one filled path of dark runs, row by row: far quicker to draw than cell by cell."""
    code = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(url)
    code.make(fit=True)
    matrix = code.get_matrix()
    cell = size / len(matrix)
    path = pdf.beginPath()
    for row_index, row in enumerate(matrix):
        top = y + size - (row_index + 1) * cell
        start = None
        for column, dark in enumerate([*row, False]):
            if dark and start is None:
                start = column
            elif not dark and start is not None:
                path.rect(x + start * cell, top, (column - start) * cell, cell)
                start = None
    pdf.setFillColor(colors.black)
    pdf.drawPath(path, stroke=0, fill=1)


def certificate_pdf(certificate):
    """The PDF bytes of `certificate`, in the holder's language."""
    regular, bold = certificate_fonts()
    holder, course = certificate.holder, certificate.course
    language = certificate.language if certificate.language in ("fi", "sv", "en") else "fi"
    buffer = io.BytesIO()
    width, height = landscape(A4)
    with translation.override(language):
        pdf = canvas.Canvas(buffer, pagesize=(width, height), pageCompression=1)
        name = holder.get_full_name() or holder.username
        programme = course.title.text(language)
        pdf.setTitle(_("Certificate %(number)s") % {"number": certificate.number})
        pdf.setAuthor(settings.CERTIFICATE_ISSUER_NAME)
        pdf.setSubject(programme)

        pdf.setStrokeColor(ACCENT)
        pdf.setLineWidth(3)
        pdf.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm)
        pdf.setLineWidth(0.8)
        pdf.rect(15 * mm, 15 * mm, width - 30 * mm, height - 30 * mm)

        _centred(pdf, settings.CERTIFICATE_ISSUER_NAME, height - 35 * mm, regular, 13, width, ACCENT)
        _centred(pdf, _("Certificate"), height - 58 * mm, bold, 34, width)
        _centred(pdf, _("This certifies that"), height - 75 * mm, regular, 13, width)
        _centred(pdf, name, height - 92 * mm, bold, 28, width)
        _centred(pdf, _("has completed the training programme"), height - 106 * mm, regular, 13, width)
        _centred(pdf, programme, height - 120 * mm, bold, 18, width)

        issued = date_format(certificate.issued_on, "DATE_FORMAT")
        valid = date_format(certificate.valid_until, "DATE_FORMAT")
        _centred(pdf, _("Date of issue: %(date)s") % {"date": issued}, height - 136 * mm, regular, 12, width)
        _centred(pdf, _("Valid until: %(date)s") % {"date": valid}, height - 143 * mm, regular, 12, width)
        _centred(
            pdf,
            _("Certificate number: %(number)s") % {"number": certificate.number},
            height - 150 * mm,
            regular,
            10,
            width,
        )

        pdf.drawImage(
            _signature_image(),
            30 * mm,
            27 * mm,
            width=60 * mm,
            height=18 * mm,
            mask="auto",
            preserveAspectRatio=True,
            anchor="sw",
        )
        pdf.setFillColor(INK)
        pdf.setFont(regular, 10)
        pdf.drawString(30 * mm, 23 * mm, settings.CERTIFICATE_SIGNER_NAME)
        pdf.setFont(regular, 8)
        pdf.drawString(30 * mm, 19 * mm, settings.CERTIFICATE_ISSUER_NAME)

        url = verification_url(certificate)
        _qr(pdf, url, width - 62 * mm, 22 * mm, 32 * mm)
        # Beside the QR code, what a person types at the verification page: the code in groups of four.
        beside = width - 66 * mm
        pdf.setFillColor(INK)
        pdf.setFont(regular, 10)
        pdf.drawRightString(beside, 46 * mm, _("Verification code"))
        pdf.setFont(bold, 16)
        pdf.drawRightString(beside, 38 * mm, certificate.printed_code)
        pdf.setFont(regular, 9)
        pdf.drawRightString(beside, 31 * mm, _("Type it at %(url)s") % {"url": verify_form_url()})
        pdf.setFont(regular, 8)
        pdf.drawRightString(width - 30 * mm, 18.5 * mm, _("Verify: %(url)s") % {"url": url})
        pdf.showPage()
        pdf.save()
    return buffer.getvalue()
