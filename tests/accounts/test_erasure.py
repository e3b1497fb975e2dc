"""An administrator erases a person: their data goes, what others rely on stays naming nobody."""

import json
from decimal import Decimal

import pytest
from django.apps import apps
from django.contrib.sessions.models import Session
from django.db import models
from django.db.models import Sum
from django.urls import reverse

from accounts.models import ErasureRecord, User
from accounts.services import ErasureRefused, erase_person
from common import privacy
from tests import factories as f

from . import privacy_world as w

pytestmark = pytest.mark.django_db

# Every column that holds text: e-mail, slug and URL fields are CharFields; a FileField holds a path.
TEXT_FIELDS = (models.CharField, models.TextField, models.JSONField, models.FileField)


def texts_naming(identifiers):
    """Every (model, field, value) in the database whose text holds one of `identifiers`, any case."""
    wanted = [identifier.casefold() for identifier in identifiers]
    found = []
    for model in apps.get_models(include_auto_created=True):
        names = [field.attname for field in model._meta.concrete_fields if isinstance(field, TEXT_FIELDS)]
        if not names:
            continue
        for row in model._default_manager.values("pk", *names):
            for name in names:
                value = row[name]
                text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
                if any(identifier in (text or "").casefold() for identifier in wanted):
                    found.append((model._meta.label, name, text))
    return found


@pytest.fixture
def world():
    return w.build()


def _mentor_figures(world):
    from mentoring.models import SessionAttendance, SupervisionSession
    from mentoring.selectors import confirmed_hours

    led = SupervisionSession.objects.filter(mentor=world.mentor)
    return {
        "sessions": led.count(),
        "minutes": led.aggregate(minutes=Sum("duration_minutes"))["minutes"],
        "group_attendances": SessionAttendance.objects.filter(session=world.group_session).count(),
        "confirmed_attendances": SessionAttendance.objects.filter(
            session__mentor=world.mentor, confirmed_at__isnull=False
        ).count(),
        "other_hours": confirmed_hours(world.other),
    }


def test_after_erasure_no_text_anywhere_names_the_person(world, client):
    client.force_login(world.person)
    identifiers = [w.full_name(w.NAME), f"{w.NAME[1]} {w.NAME[0]}", w.NAME[1], w.EMAIL, w.PHONE]
    identifiers.append(w.PHONE.replace(" ", ""))
    assert texts_naming(identifiers)  # the scan finds them before
    erase_person(world.person, by=f.administrator())
    assert texts_naming(identifiers) == []
    # The other person beside them keeps their name everywhere it was.
    assert texts_naming([w.full_name(w.OTHER_NAME)])


def test_the_certificate_still_verifies_naming_nobody(world, client):
    from certificates.models import CertificateDocument

    document = CertificateDocument.objects.get(certificate=world.certificate)
    storage, name = document.pdf.storage, document.pdf.name
    erase_person(world.person, by=f.administrator())
    page = client.get(reverse("certificates:verify", args=[world.certificate.verification_code]))
    assert page.status_code == 200
    body = page.content.decode()
    assert "myönnetty henkilölle, jonka tiedot on poistettu" in body
    assert world.certificate.number in body
    assert "Voimassa" in body
    assert w.NAME[1] not in body
    answer = client.get(
        reverse("certificates:verify_json", args=[world.certificate.verification_code]), HTTP_ACCEPT_LANGUAGE="sv"
    ).json()
    assert answer["state"] == "valid" and answer["number"] == world.certificate.number
    english = client.get(
        reverse("certificates:verify", args=[world.certificate.verification_code]), HTTP_ACCEPT_LANGUAGE="en"
    )
    assert english.status_code == 200
    assert not storage.exists(name)


def test_the_verification_says_so_in_swedish(world, client):
    from django.utils import translation

    erase_person(world.person, by=f.administrator())
    client.cookies["django_language"] = "sv"
    with translation.override("sv"):
        page = client.get(reverse("certificates:verify", args=[world.certificate.verification_code]))
    assert "utfärdat till en person vars uppgifter har raderats" in page.content.decode()


def test_the_mentors_totals_and_group_sessions_stay(world):
    from mentoring.models import SupervisionSession

    before = _mentor_figures(world)
    assert before["other_hours"] == Decimal("2.00")
    erase_person(world.person, by=f.administrator())
    assert _mentor_figures(world) == before
    one_to_one = SupervisionSession.objects.get(pk=world.one_to_one.pk)
    assert one_to_one.private_notes == "" and one_to_one.duration_minutes == 90
    group = SupervisionSession.objects.get(pk=world.group_session.pk)
    # The mentor's note on the group keeps what it says of the others, and nothing of the person.
    assert group.private_notes == "Ryhmä toimi hyvin. Bertta kuunteli."
    assert group.summary == f"Mukana {privacy.pseudonym(world.person.pk)} ja kolme muuta."


def test_audit_rows_keep_a_stable_pseudonym(world):
    from roster.models import AuditedPerson, AuditEntry

    audited = AuditedPerson.objects.filter(person=world.person).count()
    record = erase_person(world.person, by=f.administrator())
    assert record.pseudonym == privacy.pseudonym(world.person.pk)
    assert AuditedPerson.objects.filter(person=world.person).count() == audited
    person = User.objects.get(pk=world.person.pk)
    assert person.username == record.pseudonym and person.is_erased
    assert AuditEntry.objects.filter(query__icontains=record.pseudonym).count() == 2


def test_erasure_removes_the_roster_entry_sessions_logins_and_learning_records(world, client):
    from axes.models import AccessLog

    from courses.models import Enrolment
    from h5p.models import Statement
    from mentoring.models import Pairing
    from roster.models import RosterEntry, WebhookEvent
    from roster.services import refresh_due_entries

    client.force_login(world.person)
    assert Session.objects.count() == 1
    erase_person(world.person, by=f.administrator())
    assert not RosterEntry.objects.filter(person=world.person).exists()
    removal = WebhookEvent.objects.get(type="worker.removed")
    assert removal.payload["data"] == {
        "person_id": world.person.pk,
        "status": "removed",
        "previous_status": "in_good_standing",
    }
    assert removal.deliveries.count() == 1
    refresh_due_entries()  # the daily sweep does not put an erased person back
    assert not RosterEntry.objects.filter(person=world.person).exists()
    assert RosterEntry.objects.count() == 0
    assert Session.objects.count() == 0
    assert not AccessLog.objects.filter(username__iexact=w.EMAIL).exists()
    assert not Enrolment.objects.filter(user=world.person).exists()
    assert not Statement.objects.filter(user=world.person).exists()
    assert not Pairing.objects.filter(mentee=world.person).exists()
    assert Pairing.objects.filter(mentee=world.other).exists()
    # The login no longer works and the session is gone.
    assert client.get(reverse("profile")).status_code == 302
    client.post(reverse("login"), {"username": w.EMAIL, "password": "correct-horse-battery"})
    assert client.get(reverse("profile")).status_code == 302


def test_erasure_is_logged_under_the_pseudonym_only(world):
    admin = f.administrator()
    record = erase_person(world.person, by=admin)
    assert ErasureRecord.objects.get() == record
    assert record.reason == ErasureRecord.Reason.REQUEST and record.erased_by == admin
    assert record.counts["roster.RosterEntry"] == 1


def test_an_administrator_erases_through_the_confirmation_page(world, client):
    admin = f.administrator()
    client.force_login(admin)
    url = reverse("erase", args=[world.person.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert "Poista henkilön tiedot" in page.content.decode() and w.EMAIL in page.content.decode()
    response = client.post(url, {"username": w.EMAIL.upper(), "confirm": "on"})
    assert response.status_code == 302
    done = client.get(response["Location"])
    assert privacy.pseudonym(world.person.pk) in done.content.decode()
    assert User.objects.get(pk=world.person.pk).is_erased


@pytest.mark.parametrize(
    "data, message",
    [
        ({"username": "someone.else@example.fi", "confirm": "on"}, "Tämä ei ole poistettavan henkilön käyttäjätunnus."),
        ({"username": w.EMAIL}, "Vahvista rastittamalla ruutu, että ymmärrät, ettei poistoa voi perua."),
        ({"username": "x" * 300, "confirm": "on"}, "enintään 254 merkkiä"),
        ({}, "Tämä kenttä vaaditaan."),
    ],
)
def test_a_bad_confirmation_erases_nothing_and_says_why(world, client, data, message):
    client.force_login(f.administrator())
    response = client.post(reverse("erase", args=[world.person.pk]), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not User.objects.get(pk=world.person.pk).is_erased


def test_only_administrators_erase(world, client):
    url = reverse("erase", args=[world.person.pk])
    for someone in (world.person, world.other, world.mentor, world.coordinator, f.trainer()):
        client.force_login(someone)
        assert client.get(url).status_code == 403
        assert client.post(url, {"username": w.EMAIL, "confirm": "on"}).status_code == 403
    client.logout()
    assert client.post(url, {"username": w.EMAIL, "confirm": "on"}).status_code == 302
    assert not User.objects.get(pk=world.person.pk).is_erased


def test_an_administrator_cannot_erase_themselves_or_someone_twice(world, client):
    admin = f.administrator()
    client.force_login(admin)
    own = client.post(reverse("erase", args=[admin.pk]), {"username": admin.username, "confirm": "on"})
    assert own.status_code == 400
    assert "Et voi poistaa omaa tiliäsi." in own.content.decode()
    assert not User.objects.get(pk=admin.pk).is_erased
    erase_person(world.person, by=admin)
    assert client.get(reverse("erase", args=[world.person.pk])).status_code == 409
    with pytest.raises(ErasureRefused):
        erase_person(User.objects.get(pk=world.person.pk), by=admin)


def test_an_unknown_person_is_not_found(client):
    client.force_login(f.administrator())
    assert client.get(reverse("erase", args=[987654])).status_code == 404


def test_the_admin_page_of_a_person_links_to_their_erasure(world, client):
    admin = f.administrator()
    client.force_login(admin)
    page = client.get(reverse("admin:accounts_user_change", args=[world.person.pk])).content.decode()
    assert f'href="{reverse("erase", args=[world.person.pk])}"' in page
    assert "Poista henkilön tiedot" in page
    own = client.get(reverse("admin:accounts_user_change", args=[admin.pk])).content.decode()
    assert reverse("erase", args=[admin.pk]) not in own
    erase_person(world.person, by=admin)
    after = client.get(reverse("admin:accounts_user_change", args=[world.person.pk])).content.decode()
    assert reverse("erase", args=[world.person.pk]) not in after


def test_the_confirmation_page_says_the_referral_system_is_told(world, client):
    client.force_login(f.administrator())
    page = client.get(reverse("erase", args=[world.person.pk])).content.decode()
    assert "lähetejärjestelmälle kerrotaan ilman hänen nimeään, että hänet on poistettu" in page
