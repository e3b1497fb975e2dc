"""A refused form: an error summary at the top of the page linking to each field, and "Virhe:" in the title."""

import html
import re

import pytest
from django.urls import reverse

from roster.models import WebhookEndpoint
from tests import factories as f

pytestmark = pytest.mark.django_db


def summary_of(page):
    """The summary's links as (href, text), or None when the page has no summary."""
    if 'id="error-summary"' not in page:
        return None
    block = page.split('id="error-summary"', 1)[1].split("</ul>", 1)[0]
    items = re.findall(r"<li>(.*?)</li>", block, re.S)
    found = []
    for item in items:
        link = re.match(r'<a href="([^"]*)">(.*)</a>$', item, re.S)
        found.append((link.group(1), html.unescape(link.group(2))) if link else ("", html.unescape(item)))
    return found


def title_of(page):
    return html.unescape(re.search(r"<title>(.*?)</title>", page, re.S).group(1))


def test_a_form_among_many_on_one_page_is_summarised_by_its_prefixed_field(client):
    client.force_login(f.coordinator())
    api_client, _raw = f.api_client()
    response = client.post(f"/roster/clients/{api_client.pk}/token/", {f"t{api_client.pk}-valid_days": "0"})
    assert response.status_code == 400
    [(href, _text)] = summary_of(response.content.decode())
    assert href == f"#id_t{api_client.pk}-valid_days"


def test_a_refused_choice_of_status_changes_in_a_list_is_summarised(client):
    client.force_login(f.coordinator())
    api_client, _raw = f.api_client()
    endpoint = WebhookEndpoint.objects.create(client=api_client, url="https://referrals.example.fi/hook")
    response = client.post(f"/roster/webhooks/{endpoint.pk}/events/", {f"e{endpoint.pk}-event_types": []})
    assert [href for href, _text in summary_of(response.content.decode())] == [f"#id_e{endpoint.pk}-event_types_0"]


def test_a_wrong_password_is_summarised_and_linked_to_the_first_field(client):
    f.trainee(username="aino")
    response = client.post(reverse("login"), {"username": "aino", "password": "wrong"})
    page = response.content.decode()
    [(href, text)] = summary_of(page)
    assert href == "#id_username" and "salasana" in text.lower()
    assert title_of(page).startswith("Virhe: ")


def test_a_refused_search_is_summarised_too(client):
    client.force_login(f.coordinator())
    response = client.get(reverse("roster:search"), {"status": "nonsense"})
    assert response.status_code == 400
    [(href, _text)] = summary_of(response.content.decode())
    assert href == "#id_status"


def test_rows_of_a_refused_csv_file_are_summarised_and_lead_to_the_file_field(client):
    coordinator = f.coordinator()
    cohort = f.CohortFactory(coordinators=[coordinator])
    client.force_login(coordinator)
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("people.csv", b"email,first_name,last_name\nnot-an-address,Aino,Aalto\n", "text/csv")
    response = client.post(reverse("courses:cohort_enrol_csv", args=[cohort.pk]), {"file": upload})
    assert response.status_code == 400
    [(href, text)] = summary_of(response.content.decode())
    assert href == "#id_file" and text.startswith("Rivi 2: ")
