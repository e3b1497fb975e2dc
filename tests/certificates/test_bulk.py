"""Bulk issuing and re-rendering for a cohort: progress counts, and safe to run again after a crash."""

import pytest
from django.urls import reverse

from certificates import services
from certificates.models import BulkJob, Certificate, CertificateDocument
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
    job = BulkJob.objects.create(cohort=world.cohort, action="issue", state="running", total=4, processed=1,
                                 created_by=world.coordinator)
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
    from certificates.tasks import run_bulk_job

    run_bulk_job.delay(job.pk)
    job.refresh_from_db()
    assert (job.state, job.processed, job.total, job.attempts) == ("done", 6, 6, 2)
    for person in ready:
        assert Certificate.objects.filter(holder=person).count() == 1
    assert not Certificate.objects.filter(holder=world.unready).exists()
    numbers = list(Certificate.objects.values_list("number", flat=True))
    assert len(numbers) == len(set(numbers)) == 5


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
