"""Writes for offline use: keeping a module on the phone, and taking the changes made without a connection."""

from accounts.models import User
from assessments import services as assessment_services
from courses.models import Module

from .selectors import KeptModule, keepable_module


def keep_module(user: User, module: Module) -> KeptModule:
    """What the phone keeps of `module`; untimed assessments are opened now, so they can be answered offline.

    A timed assessment is not: its time would run while the phone is away from the server.
    """
    kept = keepable_module(user, module)
    for assessment in kept.untimed_assessments:
        try:
            attempt = assessment_services.start_attempt(assessment, user)
        except assessment_services.AttemptRefused:
            continue  # passed, waiting for grading or out of attempts: nothing to answer
        kept.pages.append(attempt.get_absolute_url())
    return kept
