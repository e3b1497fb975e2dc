"""Demo roster: three certified link workers in different places and languages, and a referral-system
API client whose token is printed (a fresh one on every run; earlier demo tokens are removed)."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from accounts.models import Language, Municipality, Role
from accounts.services import grant_role
from certificates.models import Certificate
from certificates.signals import certificate_changed

from . import services
from .models import ApiClient, RosterEntry, Theme

WORKERS = [
    # username, first name, last name, municipality, languages, remote, themes, contracts, max clients
    ("linkki-elle", "Elle", "Magga", "Inari", ["se", "fi"], True, ["nature", "sami-culture"], ["Utsjoki"], 3),
    ("linkki-juha", "Juha", "Kallio", "Sodankylä", ["fi"], False, ["physical-activity", "peer-groups"], [], 4),
    (
        "linkki-anna",
        "Anna",
        "Lindqvist",
        "Tornio",
        ["sv", "fi", "en"],
        True,
        ["culture", "debt-and-money"],
        ["Ylitornio"],
        2,
    ),
]
CLIENT_NAME = "Lähetejärjestelmä (demo)"


def seed(context, stdout):
    course = context["course"]
    User = get_user_model()
    today = timezone.localdate()
    for index, (username, first, last, place, languages, remote, themes, contracts, capacity) in enumerate(WORKERS):
        municipality = Municipality.objects.get(name=place)
        person, created = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first,
                "last_name": last,
                "email": f"{username}@linkki.example",
                "municipality": municipality,
                "supports_remotely": remote,
            },
        )
        if created:
            person.set_unusable_password()
            person.save()
        person.languages.set(Language.objects.filter(code__in=languages))
        grant_role(person, Role.TRAINEE)
        if not Certificate.objects.filter(holder=person).exists():
            issued_on = today - datetime.timedelta(days=30 + 40 * index)
            certificate = Certificate.objects.create(
                holder=person,
                course=course,
                programme=course.code,
                number=f"LK-DEMO-{person.pk}",
                issued_on=issued_on,
                valid_until=issued_on + datetime.timedelta(days=730),
            )
            certificate_changed.send(sender=Certificate, certificate=certificate)
        entry = services.refresh_roster_entry(person)
        if entry is None:
            continue
        RosterEntry.objects.filter(pk=entry.pk).update(max_clients=capacity)
        entry.themes.set(Theme.objects.filter(code__in=themes))
        entry.contract_municipalities.set(Municipality.objects.filter(name__in=contracts))

    client, _created = ApiClient.objects.get_or_create(
        name=CLIENT_NAME, defaults={"scopes": ["roster:read", "roster:match"], "created_by": context["people"]["admin"]}
    )
    client.tokens.all().delete()
    _token, raw = services.issue_token(client)
    stdout.write(f"Roster: {RosterEntry.objects.count()} link workers; API token for {CLIENT_NAME}: {raw}")
