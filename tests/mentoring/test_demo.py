import pytest
from django.core.management import call_command

from mentoring.models import Pairing, SessionAttendance, SupervisionSession

pytestmark = pytest.mark.django_db


def test_demo_data_pairs_the_mentor_with_both_trainees_and_can_run_again():
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    assert set(Pairing.objects.values_list("mentor__username", "mentee__username")) == {
        ("mentor", "trainee"),
        ("mentor", "trainee2"),
    }
    assert SupervisionSession.objects.count() == 3
    assert 0 < SessionAttendance.objects.filter(confirmed_at__isnull=False).count() < SessionAttendance.objects.count()
