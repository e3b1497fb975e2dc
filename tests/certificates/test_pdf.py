"""The certificate PDF: the holder's name exactly as written, in the holder's language, with the fonts it needs."""

import io

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from pypdf import PdfReader

from certificates import pdf, services
from tests import factories as f

from .conftest import TODAY

pytestmark = pytest.mark.django_db

SKOLT = "Ǥeärgg Ǩiõʹlǯ-Ʒäʹvv"
NORTH = "Máret Čuđŋšŧž-Áilu"


def text_of(data):
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def issued(world, first_name, last_name, language=""):
    person = f.certifiable(
        world.course, world.cohort, first_name=first_name, last_name=last_name, preferred_language=language
    )
    return services.issue_certificate(person, world.course, on=TODAY)


def test_document_font_covers_finnish_swedish_and_sami_letters():
    regular, bold = pdf.certificate_fonts()
    assert pdf._missing_letters(regular) == []
    assert pdf._missing_letters(bold) == []


@pytest.mark.parametrize(
    "first_name, last_name", [("Máret", "Čuđŋšŧž"), ("Ǥeärgg", "Ǩiõʹlǯ-Ʒäʹvv"), ("Åsa", "Öhman-Äijälä")]
)
def test_holder_name_comes_back_exactly_from_the_pdf(world, first_name, last_name):
    certificate = issued(world, first_name, last_name)
    text = text_of(pdf.certificate_pdf(certificate))
    assert f"{first_name} {last_name}" in text


def test_pdf_has_programme_dates_issuer_and_verification_address(world, settings):
    settings.CERTIFICATE_ISSUER_NAME = "Lapin hyvinvointialue"
    certificate = issued(world, "Aino", "Korhonen")
    text = text_of(pdf.certificate_pdf(certificate))
    assert "Todistus" in text and "Kurssi" in text
    assert certificate.number in text
    assert "Lapin hyvinvointialue" in text
    assert reverse("certificates:verify", args=[certificate.verification_code]) in text
    assert "25. marraskuuta 2026" in text and "24. marraskuuta 2028" in text


def test_pdf_is_in_the_holders_language(world):
    certificate = issued(world, "Åsa", "Lind", language="sv")
    assert certificate.language == "sv"
    text = text_of(pdf.certificate_pdf(certificate))
    assert "Giltigt till" in text
    assert "25 november 2026" in text


def test_unknown_language_falls_back_to_finnish(world):
    certificate = issued(world, "Ánde", "Guttorm", language="se")
    assert certificate.language == "fi"


def test_configured_signature_image_is_used(world, settings, tmp_path):
    image = tmp_path / "signature.png"
    image.write_bytes(pdf.default_signature_png())
    settings.CERTIFICATE_SIGNATURE_IMAGE = str(image)
    certificate = issued(world, "Aino", "Korhonen")
    reader = PdfReader(io.BytesIO(pdf.certificate_pdf(certificate)))
    assert len(reader.pages[0].images) == 1
    settings.CERTIFICATE_SIGNATURE_IMAGE = str(tmp_path / "missing.png")
    with pytest.raises(OSError):
        pdf.certificate_pdf(certificate)


def test_font_without_sami_letters_is_refused_clearly(settings):
    import reportlab

    settings.CERTIFICATE_FONT = str(__import__("pathlib").Path(reportlab.__file__).parent / "fonts" / "Vera.ttf")
    pdf.certificate_fonts.cache_clear()
    try:
        with pytest.raises(ImproperlyConfigured, match="fonts-dejavu-core"):
            pdf.certificate_fonts()
    finally:
        pdf.certificate_fonts.cache_clear()


def test_holder_downloads_the_kept_pdf(client, world):
    certificate = issued(world, "Máret", "Aikio")
    services.render_certificate_pdf(certificate)
    client.force_login(certificate.holder)
    response = client.get(reverse("certificates:pdf", args=[certificate.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert f"{certificate.number}.pdf" in response["Content-Disposition"]
    assert "Máret Aikio" in text_of(response.content)


def test_pdf_missing_from_storage_is_drawn_again(client, world):
    certificate = issued(world, "Máret", "Aikio")
    document = services.render_certificate_pdf(certificate)
    document.pdf.storage.delete(document.pdf.name)
    client.force_login(certificate.holder)
    response = client.get(reverse("certificates:pdf", args=[certificate.pk]))
    assert "Máret Aikio" in text_of(response.content)


@pytest.mark.parametrize("language, words", [("fi", "Voimassa"), ("sv", "Giltigt till"), ("en", "Valid until")])
def test_sami_name_comes_back_exactly_in_each_document_language(world, language, words):
    certificate = issued(world, "Ǥeärgg", "Ǩiõʹlǯ Čuđŋšŧž", language=language)
    text = text_of(pdf.certificate_pdf(certificate))
    assert "Ǥeärgg Ǩiõʹlǯ Čuđŋšŧž" in text
    assert words in text


def test_download_follows_the_holders_current_language(client, world):
    certificate = issued(world, "Åsa", "Lind", language="fi")
    services.render_certificate_pdf(certificate)
    holder = certificate.holder
    holder.preferred_language = "en"
    holder.save()
    client.force_login(holder)
    text = text_of(client.get(reverse("certificates:pdf", args=[certificate.pk])).content)
    assert "Valid until" in text and "Åsa Lind" in text
    certificate.refresh_from_db()
    assert certificate.language == "en"


def test_qr_code_holds_the_verification_address(world, monkeypatch):
    import qrcode

    encoded = []
    real = qrcode.QRCode.add_data
    monkeypatch.setattr(qrcode.QRCode, "add_data", lambda self, data, *a: encoded.append(data) or real(self, data, *a))
    certificate = issued(world, "Aino", "Korhonen")
    pdf.certificate_pdf(certificate)
    assert encoded == [pdf.verification_url(certificate)]
    assert encoded[0].endswith(reverse("certificates:verify", args=[certificate.verification_code]))
