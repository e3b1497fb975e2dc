"""Demo certification: a rule for the basic training, and Máret (trainee2) certified with its PDF."""

from decimal import Decimal

from django.db.models import Q

from courses.models import Activity, ActivityCompletion

from . import services
from .models import Certificate, CertificationRule


def seed(context, stdout):
    course, people = context["course"], context["people"]
    CertificationRule.objects.get_or_create(
        course=course,
        defaults={
            "validity_days": 730,
            "required_supervision_hours": Decimal("1.5"),
            "renewal_window_days": 90,
            "renewal_supervision_hours": Decimal("6"),
        },
    )
    holder = people["trainee2"]
    required = Activity.objects.filter(module__course=course, is_required=True).filter(
        Q(module__is_required=True) | Q(kind=Activity.Kind.ASSESSMENT)
    )
    ActivityCompletion.objects.bulk_create(
        [ActivityCompletion(user=holder, activity=activity) for activity in required], ignore_conflicts=True
    )
    services.issue_if_eligible(holder, course)
    certificate = Certificate.objects.filter(holder=holder, programme=course.code).first()
    if certificate is not None:
        stdout.write(
            f"Certificates: {holder.username} holds {certificate.number}; verify it at "
            f"/certificates/verify/{certificate.verification_code}/"
        )
    else:
        stdout.write(f"Certificates: {holder.username} does not meet the demo rule yet.")
