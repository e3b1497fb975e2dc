"""The verification code is what people find on the paper and type: printed beside the QR code in groups
of four, accepted in any case with or without spaces and dashes; the sequential number finds nobody."""

import io
import re

import pytest
from django.urls import reverse
from pypdf import PdfReader

from certificates import pdf, services
from tests import factories as f

from .conftest import TODAY

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(world):
    return services.issue_certificate(world.ready, world.course, on=TODAY)


def test_a_new_code_is_twenty_characters_that_cannot_be_misread(certificate):
    code = certificate.verification_code
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{20}", code)
    assert certificate.printed_code == "-".join(code[i : i + 4] for i in range(0, 20, 4))


def test_the_pdf_prints_the_code_in_groups_beside_the_qr_code_and_where_to_type_it(certificate, settings):
    settings.SITE_URL = "https://linkki.example"
    reader = PdfReader(io.BytesIO(pdf.certificate_pdf(certificate)))
    placed = []
    reader.pages[0].extract_text(visitor_text=lambda text, cm, tm, *_: placed.append((text.strip(), tm[4], tm[5])))
    where = {text: (x, y) for text, x, y in placed if text}
    assert "Todentamiskoodi" in where and certificate.printed_code in where
    assert "Kirjoita se osoitteessa https://linkki.example/certificates/verify/" in where
    # Left of the QR code (which starts 62 mm from the right edge) and within its height (22 to 54 mm).
    x, y = where[certificate.printed_code]
    width_mm, mm = 297, 72 / 25.4
    assert x < (width_mm - 62) * mm and 22 * mm <= y <= 54 * mm


@pytest.mark.parametrize(
    "typed",
    [
        "{grouped}",
        "{grouped_lower}",
        "{spaced}",
        "  {plain}  ",
        "{plain_lower}",
    ],
)
def test_the_form_takes_the_code_as_typed_in_any_case_with_or_without_spaces_and_dashes(client, certificate, typed):
    code = certificate.verification_code
    spaced = " ".join(code[i : i + 4] for i in range(0, 20, 4))
    text = typed.format(
        grouped=certificate.printed_code,
        grouped_lower=certificate.printed_code.lower(),
        spaced=spaced,
        plain=code,
        plain_lower=code.lower(),
    )
    response = client.get(reverse("certificates:verify_form"), {"code": text})
    assert response.status_code == 302
    assert response.url == reverse("certificates:verify", args=[code])


def test_letters_that_look_like_digits_are_read_as_the_digits(client, world):
    certificate = f.certificate(world.ready, world.course, TODAY, verification_code="0123456789ABCDEFGH1K")
    response = client.get(reverse("certificates:verify_form"), {"code": "oi23-4567-89ab-cdef-ghlk"})
    assert response.url == reverse("certificates:verify", args=[certificate.verification_code])
    assert client.get(reverse("certificates:verify", args=["o123-4567-89ab-cdef-gh1k"])).status_code == 200


def test_an_older_code_still_verifies_exactly_as_it_was_printed(client, world):
    certificate = f.certificate(world.ready, world.course, TODAY, verification_code="Ab3-_xY9kLmN0pQrStUvWxYz")
    assert certificate.printed_code == "Ab3-_xY9kLmN0pQrStUvWxYz"
    response = client.get(reverse("certificates:verify_form"), {"code": "Ab3-_xY9kLmN0pQrStUvWxYz"})
    assert response.url == reverse("certificates:verify", args=["Ab3-_xY9kLmN0pQrStUvWxYz"])


def test_the_certificate_number_alone_never_reveals_the_holder(client, certificate):
    name = certificate.holder.get_full_name()
    response = client.get(reverse("certificates:verify_form"), {"code": certificate.number})
    page = response.content.decode()
    assert response.status_code == 400
    assert "Tämä on todistuksen numero." in page and name not in page
    for number in (certificate.number, certificate.number.replace("-", ""), certificate.number.lower()):
        page_response = client.get(reverse("certificates:verify", args=[number]))
        assert page_response.status_code == 404 and name not in page_response.content.decode()
        json_response = client.get(reverse("certificates:verify_json", args=[number]))
        assert json_response.status_code in (400, 404) and name not in json_response.content.decode()


def test_the_verification_page_and_my_certificates_show_the_code_as_printed(client, certificate):
    page = client.get(reverse("certificates:verify", args=[certificate.verification_code])).content.decode()
    assert f'<code class="secret">{certificate.printed_code}</code>' in page
    client.force_login(certificate.holder)
    assert certificate.printed_code in client.get(reverse("certificates:mine")).content.decode()
