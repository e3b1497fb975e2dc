"""A refused session form: the summary at the top, each error linked, "Virhe:" in the title."""

import re

import pytest
from django.urls import reverse

from tests.common.test_error_summary import summary_of, title_of

from .test_sessions import session_data

pytestmark = pytest.mark.django_db


def test_a_refused_session_names_the_field_at_the_top_and_says_error_in_the_title(client, world):
    client.force_login(world.mentor)
    response = client.post(reverse("mentoring:session_create"), session_data(world, summary="Soita 040 123 4567"))
    page = response.content.decode()
    assert response.status_code == 400
    [(href, text)] = summary_of(page)
    assert href == "#id_summary" and text.startswith("Tiivistelmä: Teksti näyttää sisältävän puhelinnumeron.")
    assert title_of(page).startswith("Virhe: ")
    # The summary comes first in the main content, before the heading and the form.
    assert page.index('id="main"') < page.index('id="error-summary"') < page.index("<h1")
    assert 'id="error-summary" tabindex="-1" autofocus' in page
    # The control itself is described by its error, and the field named in the link exists.
    assert re.search(r'<textarea[^>]*aria-describedby="id_summary_error', page)
    assert 'id="id_summary"' in page and 'id="id_summary_error"' in page


@pytest.mark.parametrize("language, prefix", [("fi", "Virhe: "), ("sv", "Fel: "), ("en", "Error: ")])
def test_the_title_prefix_is_in_the_users_language(client, world, language, prefix):
    client.force_login(world.mentor)
    response = client.post(
        reverse("mentoring:session_create"), session_data(world, duration_minutes="0"), HTTP_ACCEPT_LANGUAGE=language
    )
    assert title_of(response.content.decode()).startswith(prefix)


def test_a_page_that_was_not_refused_has_no_summary_and_a_plain_title(client, world):
    client.force_login(world.mentor)
    page = client.get(reverse("mentoring:session_create")).content.decode()
    assert summary_of(page) is None and not title_of(page).startswith("Virhe")


def test_choices_link_to_their_first_option_and_every_error_is_listed(client, world):
    client.force_login(world.mentor)
    response = client.post(
        reverse("mentoring:session_create"), session_data(world, mentees=[], duration_minutes="tunti")
    )
    hrefs = [href for href, _text in summary_of(response.content.decode())]
    assert "#id_mentees_0" in hrefs and "#id_duration_minutes" in hrefs
    assert len(hrefs) == 2
