"""A person's certificates with their PDFs, approvals and history; and what they did to others' certificates.

Erasure keeps each certificate's number, dates and status, so that the verification page still answers
for it ("issued to a person whose data has been erased"); its rendered PDF, which prints the name, goes.
"""

from common.privacy import ExportedFile, declare, rows

from . import services
from .models import Approval, BulkJob, Certificate, CertificateDocument, CertificateEvent


def export(person):
    return {
        "certificates": rows(
            Certificate.objects.filter(holder=person).order_by("issued_on", "pk"),
            "number",
            "programme",
            "course__code",
            "issued_on",
            "valid_until",
            "status",
            "status_reason",
            "language",
            "verification_code",
        ),
        "certificate_history": rows(
            CertificateEvent.objects.filter(certificate__holder=person).order_by("at", "pk"),
            "certificate__number",
            "action",
            "reason",
            "at",
        ),
        "approvals": rows(
            Approval.objects.filter(person=person).order_by("approved_at"), "course__code", "approved_at"
        ),
        "actions_on_certificates": rows(
            CertificateEvent.objects.filter(by=person).order_by("at", "pk"), "certificate__number", "action", "at"
        ),
        "bulk_jobs_started": rows(
            BulkJob.objects.filter(created_by=person).order_by("created_at", "pk"), "cohort_id", "action", "created_at"
        ),
    }


def files(person):
    for certificate in Certificate.objects.filter(holder=person).select_related("holder", "course", "document"):
        yield ExportedFile(f"certificate-{certificate.number}.pdf", services.certificate_pdf_bytes(certificate))


def erase(person, erasure):
    for document in CertificateDocument.objects.filter(certificate__holder=person):
        if document.pdf:
            document.pdf.delete(save=False)
    erasure.deleted(CertificateDocument.objects.filter(certificate__holder=person))
    erasure.scrub(Certificate.objects.filter(holder=person), "status_reason")
    erasure.scrub(CertificateEvent.objects.filter(certificate__holder=person), "reason")
    erasure.scrub(CertificateEvent.objects.filter(by=person), "reason")
    erasure.deleted(Approval.objects.filter(person=person))


def keeps(people):
    """Anyone ever certified stays: the certificate and the roster rely on the account."""
    return people.filter(certificates__isnull=False)


declare(
    "certificates",
    models=[
        "certificates.Certificate",
        "certificates.Approval",
        "certificates.CertificateEvent",
        "certificates.BulkJob",
    ],
    export=export,
    files=files,
    erase=erase,
    keeps=keeps,
    erase_order=200,
)
