from celery import shared_task
from django.contrib.auth import get_user_model

from . import services
from .models import Certificate


@shared_task(name="certificates.check_person")
def check_person(person_id):
    person = get_user_model().objects.filter(pk=person_id).first()
    if person is not None:
        return [certificate.number for certificate in services.check_person(person)]
    return []


@shared_task(name="certificates.render_certificate_pdf")
def render_certificate_pdf(certificate_id):
    certificate = Certificate.objects.select_related("holder", "course").filter(pk=certificate_id).first()
    if certificate is not None:
        services.render_certificate_pdf(certificate)


@shared_task(name="certificates.run_bulk_job")
def run_bulk_job(job_id):
    job = services.run_bulk_job(job_id)
    return {"processed": job.processed, "issued": job.issued, "rendered": job.rendered, "skipped": job.skipped}


@shared_task(name="certificates.resume_stale_bulk_jobs")
def resume_stale_bulk_jobs():
    return services.resume_stale_bulk_jobs()


@shared_task(name="certificates.renew_and_expire")
def renew_and_expire():
    renewed, expired = services.renew_and_expire()
    return {"renewed": renewed, "expired": expired}
