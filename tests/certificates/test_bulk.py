"""Bulk issuing and re-rendering for a cohort: progress counts, and safe to run again after a crash."""

import uuid
from datetime import timedelta

import pytest
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from certificates import services
from certificates.models import BulkJob, Certificate, CertificateDocument
from conftest import _forget_broker_connections
from tests import factories as f


def test_bulk_issue_certifies_everyone_ready_and_counts(client, world, django_capture_on_commit_callbacks):
    client.force_login(world.coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("certificates:bulk", args=[world.cohort.pk]), {"action": "issue"})
    job = BulkJob.objects.get()
    assert response.url == reverse("certificates:job", args=[job.pk])
    assert (job.state, job.total, job.processed, job.issued, job.skipped) == ("done", 2, 2, 1, 1)
    assert Certificate.objects.filter(holder=world.ready).count() == 1
    assert not Certificate.objects.filter(holder=world.outsider).exists()  # another cohort
    page = client.get(response.url).content.decode()
    assert 'value="100"' in page
    assert 'http-equiv="refresh"' not in page


def test_running_job_page_refreshes_itself(client, world):
    job = BulkJob.objects.create(
        cohort=world.cohort, action="issue", state="running", total=4, processed=1, created_by=world.coordinator
    )
    client.force_login(world.coordinator)
    page = client.get(reverse("certificates:job", args=[job.pk])).content.decode()
    assert 'http-equiv="refresh"' in page
    assert 'value="25"' in page


def test_bulk_form_refuses_an_unknown_action(client, world):
    client.force_login(world.coordinator)
    response = client.post(reverse("certificates:bulk", args=[world.cohort.pk]), {"action": "delete"})
    assert response.status_code == 400
    assert not BulkJob.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_worker_killed_part_way_leaves_no_duplicate_and_nobody_missing(world, monkeypatch):
    people = [f.certifiable(world.course, world.cohort, mentor_user=world.mentor) for _ in range(4)]
    ready = [world.ready, *people]
    job = BulkJob.objects.create(cohort=world.cohort, action="issue", created_by=world.coordinator)
    real = services.issue_certificate
    calls = []

    def dies_on_the_fourth(person, course, **kwargs):
        calls.append(person)
        if len(calls) == 4:
            raise SystemExit("worker killed")
        return real(person, course, **kwargs)

    monkeypatch.setattr(services, "issue_certificate", dies_on_the_fourth)
    with pytest.raises(SystemExit):
        services.run_bulk_job(job.pk)
    job.refresh_from_db()
    assert job.state == "running" and job.processed == 3  # the killed worker never marked it
    assert Certificate.objects.filter(holder__in=ready).count() == 2

    monkeypatch.setattr(services, "issue_certificate", real)
    from certificates.tasks import resume_stale_bulk_jobs, run_bulk_job

    run_bulk_job.delay(job.pk)  # a redelivered task while the run may still be alive takes nothing over
    job.refresh_from_db()
    assert (job.state, job.processed, job.attempts) == ("running", 3, 1)

    assert resume_stale_bulk_jobs.delay().get() == []  # not silent for long enough yet
    _silent_for(job, seconds=settings.BULK_JOB_STALE_SECONDS + 1)
    assert resume_stale_bulk_jobs.delay().get() == [job.pk]
    job.refresh_from_db()
    # The second run carries on after the third person: nobody is counted twice, nobody left out.
    assert (job.state, job.processed, job.total, job.attempts) == ("done", 6, 6, 2)
    assert (job.issued, job.skipped) == (5, 1)
    for person in ready:
        assert Certificate.objects.filter(holder=person).count() == 1
    assert not Certificate.objects.filter(holder=world.unready).exists()
    numbers = list(Certificate.objects.values_list("number", flat=True))
    assert len(numbers) == len(set(numbers)) == 5


def _silent_for(job, *, seconds):
    BulkJob.objects.filter(pk=job.pk).update(heartbeat_at=timezone.now() - timedelta(seconds=seconds))


def test_start_again_pressed_twice_queues_the_job_once(client, world, django_capture_on_commit_callbacks):
    job = BulkJob.objects.create(cohort=world.cohort, action="issue", state="failed", created_by=world.coordinator)
    client.force_login(world.coordinator)
    url = reverse("certificates:job_retry", args=[job.pk])
    with django_capture_on_commit_callbacks() as callbacks:
        client.post(url)
        second = client.post(url, follow=True)
    assert "Tämä työ on jo käynnissä" in second.content.decode()
    assert len(callbacks) == 1
    for callback in callbacks:
        callback()
    job.refresh_from_db()
    assert (job.state, job.processed, job.total, job.issued, job.attempts) == ("done", 2, 2, 1, 1)


def test_a_second_run_of_a_live_job_changes_nothing(world):
    job = BulkJob.objects.create(
        cohort=world.cohort,
        action="issue",
        state="running",
        total=2,
        heartbeat_at=timezone.now(),
        created_by=world.coordinator,
    )
    services.run_bulk_job(job.pk)
    job.refresh_from_db()
    assert (job.state, job.processed, job.attempts) == ("running", 0, 0)
    assert not Certificate.objects.exists()


def test_a_run_that_was_taken_over_stops_without_counting(world, monkeypatch):
    job = BulkJob.objects.create(cohort=world.cohort, action="issue", created_by=world.coordinator)
    real = services._bulk_issue_one

    def taken_over_meanwhile(job_, person, on):
        outcome = real(job_, person, on)
        BulkJob.objects.filter(pk=job_.pk).update(run_token=uuid.uuid4())
        return outcome

    monkeypatch.setattr(services, "_bulk_issue_one", taken_over_meanwhile)
    services.run_bulk_job(job.pk)
    job.refresh_from_db()
    assert (job.state, job.processed, job.issued, job.skipped) == ("running", 0, 0, 0)
    assert not Certificate.objects.exists()  # the person's work went back with its count


def test_counts_can_never_pass_the_total(world):
    job = BulkJob.objects.create(
        cohort=world.cohort, action="issue", total=2, processed=2, created_by=world.coordinator
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        BulkJob.objects.filter(pk=job.pk).update(processed=F("processed") + 1)


def test_sweep_leaves_live_and_finished_jobs_alone(world):
    now = timezone.now()
    live = BulkJob.objects.create(
        cohort=world.cohort, action="issue", state="running", heartbeat_at=now, created_by=world.coordinator
    )
    BulkJob.objects.create(
        cohort=world.cohort,
        action="issue",
        state="done",
        created_by=world.coordinator,
        heartbeat_at=now - timedelta(hours=2),
    )
    assert services.resume_stale_bulk_jobs() == []
    live.refresh_from_db()
    assert (live.state, live.attempts) == ("running", 0)


def test_stalled_job_page_says_it_carries_on_and_offers_to_start_again(client, world):
    job = BulkJob.objects.create(
        cohort=world.cohort, action="issue", state="running", total=4, processed=1, created_by=world.coordinator
    )
    _silent_for(job, seconds=settings.BULK_JOB_STALE_SECONDS + 1)
    client.force_login(world.coordinator)
    page = client.get(reverse("certificates:job", args=[job.pk])).content.decode()
    assert "Työ ei ole edennyt hetkeen" in page
    assert reverse("certificates:job_retry", args=[job.pk]) in page


def test_live_job_page_offers_no_second_start(client, world):
    job = BulkJob.objects.create(
        cohort=world.cohort,
        action="issue",
        state="running",
        total=4,
        processed=1,
        heartbeat_at=timezone.now(),
        created_by=world.coordinator,
    )
    client.force_login(world.coordinator)
    page = client.get(reverse("certificates:job", args=[job.pk])).content.decode()
    assert reverse("certificates:job_retry", args=[job.pk]) not in page


@pytest.fixture
def broker_down(monkeypatch):
    """Tasks go to a broker on a closed loopback port, as when Redis is stopped."""
    from linkki.celery import app

    monkeypatch.setenv("CELERY_BROKER_URL", "redis://127.0.0.1:1/0")  # Celery reads it before its settings
    conf = app.conf
    saved = {key: conf[key] for key in ("broker_url", "task_always_eager")}
    conf.update(broker_url="redis://127.0.0.1:1/0", task_always_eager=False)
    _forget_broker_connections()
    yield
    conf.update(saved)
    _forget_broker_connections()


def test_starting_a_job_while_the_broker_is_down_says_so_and_loses_nothing(
    client, world, broker_down, django_capture_on_commit_callbacks
):
    client.force_login(world.coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("certificates:bulk", args=[world.cohort.pk]), {"action": "issue"})
    job = BulkJob.objects.get()
    assert response.url == reverse("certificates:job", args=[job.pk])
    page = client.get(response.url)
    assert page.status_code == 200
    assert "Taustapalveluun ei juuri nyt saada yhteyttä" in page.content.decode()
    assert (job.state, job.broker_unavailable) == ("queued", True)


def test_a_job_that_never_reached_a_worker_starts_once_the_broker_is_back(world, broker_down):
    from linkki.celery import app

    job = services.start_bulk_job(world.cohort, "issue", by=world.coordinator)
    services._dispatch_bulk_job(job.pk)
    job.refresh_from_db()
    assert job.broker_unavailable
    app.conf.task_always_eager = True
    _silent_for(job, seconds=settings.BULK_JOB_STALE_SECONDS + 1)
    assert services.resume_stale_bulk_jobs() == [job.pk]
    job.refresh_from_db()
    assert (job.state, job.issued, job.broker_unavailable) == ("done", 1, False)


def test_failed_job_is_marked_and_can_be_started_again(client, world, monkeypatch, django_capture_on_commit_callbacks):
    job = BulkJob.objects.create(cohort=world.cohort, action="issue", created_by=world.coordinator)

    def broken(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(services, "_bulk_issue_one", broken)
    with pytest.raises(RuntimeError):
        services.run_bulk_job(job.pk)
    job.refresh_from_db()
    assert job.state == "failed" and "database went away" in job.error
    monkeypatch.undo()
    client.force_login(world.coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("certificates:job_retry", args=[job.pk]))
    job.refresh_from_db()
    assert job.state == "done" and job.issued == 1


def test_bulk_render_draws_every_current_certificate_again(world):
    certificate = services.issue_certificate(world.ready, world.course)
    first = services.render_certificate_pdf(certificate).pdf
    first_name, storage = first.name, first.storage
    job = BulkJob.objects.create(cohort=world.cohort, action="render", created_by=world.coordinator)
    services.run_bulk_job(job.pk)
    job.refresh_from_db()
    assert (job.rendered, job.skipped) == (1, 1)
    document = CertificateDocument.objects.get(certificate=certificate)
    assert document.pdf.name != first_name and certificate.number in document.pdf.name
    assert storage.exists(document.pdf.name) and not storage.exists(first_name)


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_bulk_issue_runs_on_a_real_worker(client, world, celery_worker_on_redis):
    import time

    client.force_login(world.coordinator)
    response = client.post(reverse("certificates:bulk", args=[world.cohort.pk]), {"action": "issue"})
    job = BulkJob.objects.get()
    documents = CertificateDocument.objects.filter(certificate__holder=world.ready)
    for _ in range(200):  # the certificate's PDF is drawn by a second task after the job's transaction
        job.refresh_from_db()
        if job.is_finished and documents.exists():
            break
        time.sleep(0.1)
    assert (job.state, job.issued, job.skipped) == ("done", 1, 1)
    assert documents.get().pdf
    assert "100" in client.get(response.url).content.decode()


def test_finished_job_is_not_started_again(client, world, django_capture_on_commit_callbacks):
    job = BulkJob.objects.create(cohort=world.cohort, action="issue", state="done", created_by=world.coordinator)
    client.force_login(world.coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("certificates:job_retry", args=[job.pk]), follow=True)
    assert "Tämä työ on jo tehty." in response.content.decode()
    job.refresh_from_db()
    assert (job.state, job.attempts) == ("done", 0)
    assert not Certificate.objects.exists()


def test_render_job_page_says_why_people_were_skipped(client, world):
    job = BulkJob.objects.create(cohort=world.cohort, action="render", created_by=world.coordinator)
    services.run_bulk_job(job.pk)
    client.force_login(world.coordinator)
    page = client.get(reverse("certificates:job", args=[job.pk])).content.decode()
    assert "Ohitettu (ei voimassa olevaa todistusta): 2" in page
