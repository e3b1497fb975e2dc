from datetime import timedelta

import pytest
from django.utils import timezone

from assessments import services
from assessments.models import Attempt
from assessments.tasks import submit_expired_attempts  # registered before the worker starts
from tests import factories as f

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_the_worker_submits_an_attempt_whose_time_ran_out(celery_worker_on_redis):
    assessment = f.assessment()
    f.choice_question(assessment.bank)
    person = f.trainee()
    attempt = services.start_attempt(assessment, person, now=timezone.now() - timedelta(hours=1))
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=30))
    assert submit_expired_attempts.delay().get(timeout=20) == 1
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.GRADED and attempt.was_submitted_automatically
