"""The supervision page names its targets: the training's hours, and the sessions per period that keep a
certified person in good standing (the certificate's own hours are on the certificate page)."""

import datetime

import pytest
from django.urls import reverse

from tests import factories as f

pytestmark = pytest.mark.django_db


def test_a_trainee_sees_the_hours_as_the_trainings_target(client, world):
    client.force_login(world.mentee)
    page = client.get(reverse("mentoring:mine")).content.decode()
    assert "<dt>Työnohjaustunnit koulutuksen aikana</dt>" in page
    assert "0,00 / 10,00 h, koulutuksen tavoite" in page


def test_a_certified_person_sees_the_sessions_that_keep_them_in_good_standing(client, world):
    f.certificate(world.mentee, world.course, issued_on=datetime.date(2026, 1, 5))
    client.force_login(world.mentee)
    page = client.get(reverse("mentoring:mine")).content.decode()
    assert "<dt>Jotta todistus pysyy kunnossa</dt>" in page
    assert "vahvistettua työnohjauskertaa viimeisen 6 kuukauden aikana" in page


def test_the_mentor_and_coordinator_lists_name_the_hours_as_against_the_trainings_target(client, world):
    client.force_login(world.mentor)
    assert "Työnohjaustunnit / koulutuksen tavoite" in client.get(reverse("mentoring:mentees")).content.decode()
    client.force_login(world.coordinator)
    page = client.get(reverse("mentoring:cohort", args=[world.cohort.pk])).content.decode()
    assert "Työnohjaustunnit / koulutuksen tavoite" in page
