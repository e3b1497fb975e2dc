import pytest

from linkki.celery import app

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


@app.task(name="tests.linkki.count_people")
def count_people():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.count()


def test_a_task_runs_on_a_real_worker_against_the_test_database(celery_worker_on_redis):
    from tests import factories as f

    f.UserFactory.create_batch(3)
    result = count_people.delay()
    assert not app.conf.task_always_eager
    assert result.get(timeout=20) == 3
