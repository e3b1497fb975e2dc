import pytest
from django.core.management import call_command

from certificates.models import Certificate, CertificationRule

pytestmark = pytest.mark.django_db


def test_demo_data_certifies_maret_once_and_can_run_again(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", stdout=open("/dev/null", "w"))
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    assert CertificationRule.objects.count() == 1
    certificate = Certificate.objects.get(holder__username="trainee2")
    assert certificate.number.startswith("LK-")
    assert certificate.document.pdf
