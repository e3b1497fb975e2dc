"""A person with data in every app, and another person beside them in the same places."""

import datetime
from dataclasses import dataclass

from axes.models import AccessLog
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType

from tests import factories as f


@dataclass
class World:
    person: object
    other: object
    mentor: object
    coordinator: object
    certificate: object
    group_session: object
    one_to_one: object


NAME = ("Aino-Kaisa", "Pöyhönen")
EMAIL = "aino-kaisa.poyhonen@example.fi"
PHONE = "040 765 4321"
OTHER_NAME = ("Bertta", "Muukalainen")
OTHER_EMAIL = "bertta.muukalainen@example.org"
OTHER_PHONE = "050 111 2233"


def full_name(names):
    return " ".join(names)


def build(sessions=1):
    from assessments.services import save_answers, start_attempt, submit_attempt
    from certificates.models import Certificate, CertificateEvent
    from certificates.services import render_certificate_pdf
    from certificates.signals import certificate_changed
    from h5p.services import record_xapi_statement, save_user_data
    from mentoring.models import MentoringGroup, SessionAttendance, SupervisionSession
    from roster.models import AuditEntry, WebhookEndpoint
    from roster.services import record_audit

    course = f.course_with_modules(modules=1, activities=1)
    module = course.modules.get()
    text_page = module.activities.get()
    coordinator = f.coordinator(first_name="Kaija", last_name="Koordinaattori")
    cohort = f.CohortFactory(course=course, coordinators=[coordinator])
    mentor_user = f.mentor(first_name="Mentti", last_name="Ohjaaja")
    person = f.trainee(
        username=EMAIL, first_name=NAME[0], last_name=NAME[1], email=EMAIL, phone=PHONE, municipality=f.municipality()
    )
    person.languages.set([f.language("fi"), f.language("se")])
    other = f.trainee(
        username=OTHER_EMAIL, first_name=OTHER_NAME[0], last_name=OTHER_NAME[1], email=OTHER_EMAIL, phone=OTHER_PHONE
    )

    bank = f.QuestionBankFactory(module=module)
    question = f.choice_question(bank)
    assessment = f.assessment(module=module, bank=bank)
    h5p_page = f.h5p_activity(module=module)
    for someone in (person, other):
        f.EnrolmentFactory(cohort=cohort, user=someone)
        f.ActivityCompletionFactory(user=someone, activity=text_page)
        attempt = start_attempt(assessment, someone)
        save_answers(attempt, someone, {question.pk: question.options.order_by("pk").first().pk})
        submit_attempt(attempt, someone)
        record_xapi_statement(someone, h5p_page, f.xapi_statement(verb="answered", scaled=1.0, raw=1, max_score=1))
        save_user_data(someone, h5p_page, '{"answered": true}')
        f.pair(someone, mentor_user)

    one_to_one = None
    for day in range(sessions):
        one_to_one = f.supervision_session(
            mentor_user,
            [person],
            held_on=datetime.date(2026, 2, 1) + datetime.timedelta(days=day),
            duration_minutes=90,
            summary="Käytiin läpi ensimmäiset tapaamiset.",
            private_notes=f"{full_name(NAME)} vaikutti väsyneeltä.",
        )
    group = MentoringGroup.objects.create(mentor=mentor_user, name="Pohjoisen ryhmä")
    group.members.add(person, other)
    group_session = f.supervision_session(
        mentor_user,
        [person, other],
        kind=SupervisionSession.Kind.GROUP,
        group=group,
        duration_minutes=120,
        summary=f"Mukana {full_name(NAME)} ja kolme muuta.",
        private_notes=f"{NAME[1]} {NAME[0]} kertoi paljon.\nRyhmä toimi hyvin. Bertta kuunteli.",
    )
    SessionAttendance.objects.filter(session=group_session, mentee=person).update(
        reflection="Opin paljon ryhmästä.", confirmation_reason=""
    )

    certificate = f.certificate(person, course, datetime.date(2026, 1, 10))
    certificate_changed.send(sender=Certificate, certificate=certificate)
    render_certificate_pdf(certificate)
    CertificateEvent.objects.create(
        certificate=certificate,
        action=CertificateEvent.Action.ISSUED,
        by=coordinator,
        reason=f"Myönnetty: {full_name(NAME)}, {EMAIL}",
    )
    client, _token = f.api_client()
    # The referral system listens: the erasure must tell it, in an event that names nobody.
    WebhookEndpoint.objects.create(client=client, url="https://referrals.example.fi/hooks/linkki")
    record_audit(AuditEntry.Kind.LIST, client=client, query={"q": [f"{NAME[1]} {NAME[0]}"]}, people=[person, other])
    record_audit(AuditEntry.Kind.LIST, user=coordinator, query={"q": [EMAIL]}, people=[person])

    LogEntry.objects.create(
        user=coordinator,
        content_type=ContentType.objects.get_for_model(person),
        object_id=str(person.pk),
        object_repr=str(person),
        action_flag=CHANGE,
        change_message=f"Puhelin vaihdettu: {PHONE} (ennen {PHONE.replace(' ', '')})",
    )
    for someone in (person, other):
        AccessLog.objects.create(
            username=someone.username, ip_address="127.0.0.1", user_agent="Firefox", http_accept="*/*", path_info="/"
        )
    return World(person, other, mentor_user, coordinator, certificate, group_session, one_to_one)
