"""What supervision needs to know about certificates, answered by the certificates app.

A certificate stays in good standing only while supervision is up to date, so certificates depend on
mentoring; and the supervision rule itself changes once a person is certified. So that the two apps
import each other in one direction only (certificates imports mentoring), mentoring asks its
questions here and `certificates.apps` supplies the answers when Django starts.
"""

from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class CertificationFacts:
    first_certified_on: date | None  # the first certification day: the certified phase starts here
    course_id: int | None  # the course of the newest certificate issued on or before the day asked


_answers = {}


def supply(*, facts, holder_ids):
    """Register the answers: `facts(ids, on, among)` returns {person id: CertificationFacts} for every id
    (reading them through `among`, the same people as a subquery, when it is given), and
    `holder_ids()` a subquery of the ids of people who hold an active certificate."""
    _answers.update(facts=facts, holder_ids=holder_ids)


def _answer(question):
    try:
        return _answers[question]
    except KeyError:
        raise ImproperlyConfigured("Supervision needs the certificates app to be installed.") from None


def facts_for(ids, on, among=None) -> dict[int, CertificationFacts]:
    """Facts of each of `ids`; `among`, if given, is the same people as a subquery for the read."""
    return _answer("facts")(ids, on, among)


def holder_ids():
    return _answer("holder_ids")()
