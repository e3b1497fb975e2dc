import datetime
import itertools

import factory
from django.contrib.auth import get_user_model

from accounts.models import Language, Municipality, Role
from accounts.services import grant_role
from courses.models import Activity, ActivityCompletion, Cohort, Course, Enrolment, Module


def municipality(name="Sodankylä"):
    return Municipality.objects.get(name=name)


def language(code):
    return Language.objects.get(code=code)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"person{n}")
    first_name = factory.Faker("first_name", locale="fi_FI")
    last_name = factory.Faker("last_name", locale="fi_FI")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.fi")
    password = factory.django.Password("correct-horse-battery")

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        for role in extracted or []:
            grant_role(self, role)


def trainee(**kwargs):
    return UserFactory(roles=[Role.TRAINEE], **kwargs)


def mentor(**kwargs):
    return UserFactory(roles=[Role.MENTOR], **kwargs)


def coordinator(**kwargs):
    return UserFactory(roles=[Role.COORDINATOR], **kwargs)


def trainer(**kwargs):
    return UserFactory(roles=[Role.TRAINER], **kwargs)


def administrator(**kwargs):
    return UserFactory(roles=[Role.ADMINISTRATOR], **kwargs)


class CourseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Course

    code = factory.Sequence(lambda n: f"course-{n}")
    version = "2026"
    title = factory.Sequence(lambda n: {"fi": f"Kurssi {n}", "en": f"Course {n}"})
    is_published = True


class ModuleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Module

    course = factory.SubFactory(CourseFactory)
    order = factory.Sequence(lambda n: n)
    title = factory.Sequence(lambda n: {"fi": f"Moduuli {n}", "en": f"Module {n}"})


class ActivityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Activity

    module = factory.SubFactory(ModuleFactory)
    order = factory.Sequence(lambda n: n)
    kind = Activity.Kind.TEXT
    title = factory.Sequence(lambda n: {"fi": f"Sivu {n}", "en": f"Page {n}"})
    body = {"fi": "<p>Tekstiä</p>", "en": "<p>Text</p>"}


class CohortFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Cohort
        skip_postgeneration_save = True

    course = factory.SubFactory(CourseFactory)
    name = factory.Sequence(lambda n: f"Ryhmä {n}")
    municipality = factory.LazyFunction(municipality)
    start_date = datetime.date(2026, 9, 1)
    end_date = datetime.date(2027, 3, 31)

    @factory.post_generation
    def trainers(self, create, extracted, **kwargs):
        if extracted:
            self.trainers.add(*extracted)

    @factory.post_generation
    def coordinators(self, create, extracted, **kwargs):
        if extracted:
            self.coordinators.add(*extracted)


class EnrolmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Enrolment

    cohort = factory.SubFactory(CohortFactory)
    user = factory.LazyFunction(trainee)


class ActivityCompletionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActivityCompletion

    user = factory.LazyFunction(trainee)
    activity = factory.SubFactory(ActivityFactory)


def course_with_modules(modules=3, activities=2, prerequisites_chain=False):
    """A published course with `modules` modules of `activities` text pages each."""
    course = CourseFactory()
    previous = None
    for index in range(modules):
        module = ModuleFactory(course=course, order=index)
        for position in range(activities):
            ActivityFactory(module=module, order=position)
        if prerequisites_chain and previous is not None:
            module.prerequisites.add(previous)
        previous = module
    return course


def enrolled_trainee(course, **kwargs):
    user = trainee(**kwargs)
    cohort = CohortFactory(course=course)
    EnrolmentFactory(cohort=cohort, user=user)
    return user


# Mentoring


def pair(mentee, mentor_user, started_on=datetime.date(2026, 1, 1)):
    from mentoring.models import Pairing

    return Pairing.objects.create(mentee=mentee, mentor=mentor_user, started_on=started_on)


class SupervisionSessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "mentoring.SupervisionSession"

    mentor = factory.LazyFunction(mentor)
    held_on = datetime.date(2026, 3, 2)
    duration_minutes = 60
    summary = "Puhuttiin omasta jaksamisesta."
    private_notes = "Mentorin omat muistiinpanot."


def supervision_session(mentor_user, mentees, confirmed=True, **kwargs):
    """A session `mentor_user` held with `mentees`, confirmed by each mentee unless `confirmed` is False."""
    from django.utils import timezone

    from mentoring.models import SessionAttendance

    session = SupervisionSessionFactory(mentor=mentor_user, **kwargs)
    for mentee in mentees:
        SessionAttendance.objects.create(
            session=session,
            mentee=mentee,
            confirmed_at=timezone.now() if confirmed else None,
            confirmed_by=mentee if confirmed else None,
        )
    return session


def supervision_requirement(course, training_hours="10", sessions_per_period=2, period_months=6):
    from decimal import Decimal

    from mentoring.models import SupervisionRequirement

    return SupervisionRequirement.objects.create(
        course=course,
        training_hours=Decimal(training_hours),
        sessions_per_period=sessions_per_period,
        period_months=period_months,
    )


def certificate(holder, course, issued_on, valid_for_days=730, **kwargs):
    from certificates.models import Certificate

    return Certificate.objects.create(
        holder=holder,
        course=course,
        programme=course.code,
        number=f"L-{holder.pk}-{issued_on:%Y%m%d}",
        issued_on=issued_on,
        valid_until=issued_on + datetime.timedelta(days=valid_for_days),
        **kwargs,
    )


# H5P


def h5p_activity(module=None, package=None, pass_threshold="0.80", **kwargs):
    """An H5P activity with a Linkki.Choice package (or `package`, bytes) imported as its content."""
    from decimal import Decimal

    from h5p.minimal import choice_package
    from h5p.services import import_package

    activity = ActivityFactory(kind=Activity.Kind.H5P, module=module or ModuleFactory(), **kwargs)
    import_package(
        activity, package or choice_package(), by=None, file_name="choice.h5p", pass_threshold=Decimal(pass_threshold)
    )
    return activity


def xapi_statement(
    verb="answered",
    object_id="http://127.0.0.1/activities/1/",
    scaled=None,
    raw=None,
    max_score=None,
    completion=None,
    success=None,
    **extra,
):
    """An xAPI statement as the player sends it; `verb` is the last part of an ADL verb IRI."""
    statement = {
        "actor": {"objectType": "Agent", "name": "Someone Else", "mbox": "mailto:someone@example.org"},
        "verb": {"id": f"http://adlnet.gov/expapi/verbs/{verb}", "display": {"en-US": verb}},
        "object": {
            "id": object_id,
            "objectType": "Activity",
            "definition": {"extensions": {"http://h5p.org/x-api/h5p-local-content-id": 1}},
        },
        "timestamp": "2026-11-25T08:00:00.000Z",
    }
    result = {}
    if scaled is not None or raw is not None:
        result["score"] = {
            key: value
            for key, value in {"scaled": scaled, "raw": raw, "min": 0, "max": max_score}.items()
            if value is not None
        }
    if completion is not None:
        result["completion"] = completion
    if success is not None:
        result["success"] = success
    if result:
        statement["result"] = result
    statement.update(extra)
    return statement


# Assessments


class QuestionBankFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "assessments.QuestionBank"

    module = factory.SubFactory(ModuleFactory)
    title = {"fi": "Kysymyspankki", "en": "Question bank"}


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "assessments.Question"

    bank = factory.SubFactory(QuestionBankFactory)
    order = factory.Sequence(lambda n: n)
    kind = "single"
    text = factory.Sequence(lambda n: {"fi": f"<p>Kysymys {n}</p>", "en": f"<p>Question {n}</p>"})


class OptionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "assessments.Option"

    question = factory.SubFactory(QuestionFactory)
    order = factory.Sequence(lambda n: n)
    text = factory.Sequence(lambda n: {"fi": f"Vaihtoehto {n}", "en": f"Option {n}"})


def choice_question(bank, kind="single", correct=(0,), options=3, **kwargs):
    """A single- or multiple-choice question whose options at the `correct` positions are right."""
    question = QuestionFactory(bank=bank, kind=kind, **kwargs)
    for index in range(options):
        OptionFactory(question=question, order=index, is_correct=index in correct)
    return question


def matching_question(bank, pairs=3, **kwargs):
    from assessments.models import MatchPair

    question = QuestionFactory(bank=bank, kind="matching", **kwargs)
    for index in range(pairs):
        MatchPair.objects.create(
            question=question, order=index, prompt={"fi": f"Kohta {index}"}, answer={"fi": f"Vastine {index}"}
        )
    return question


def assessment(module=None, bank=None, **kwargs):
    """An assessment activity in `module` (a new course's module by default) drawing from `bank`."""
    from assessments.models import Assessment

    module = module or ModuleFactory()
    activity = ActivityFactory(module=module, kind=Activity.Kind.ASSESSMENT, title={"fi": "Tietovisa", "en": "Quiz"})
    bank = bank or QuestionBankFactory(module=module)
    kwargs.setdefault("shuffle_options", False)
    return Assessment.objects.create(activity=activity, bank=bank, **kwargs)


# Roster


def certified_worker(
    course=None,
    issued_on=None,
    municipality_name="Sodankylä",
    languages=(),
    remote=False,
    themes=(),
    contracts=(),
    **entry_fields,
):
    """A trainee certified `issued_on` (a year ago by default), announced as the issuing service does,
    with the roster entry's own fields set from `entry_fields`."""
    from django.utils import timezone

    from certificates.models import Certificate
    from certificates.signals import certificate_changed
    from roster.models import RosterEntry, Theme

    course = course or CourseFactory()
    person = trainee(municipality=municipality(municipality_name), supports_remotely=remote)
    person.languages.set([language(code) for code in languages])
    issued_on = issued_on or timezone.localdate() - datetime.timedelta(days=365)
    made = certificate(person, course, issued_on)
    certificate_changed.send(sender=Certificate, certificate=made)
    entry = RosterEntry.objects.get(person=person)
    for name, value in entry_fields.items():
        setattr(entry, name, value)
    entry.save()
    entry.themes.set(Theme.objects.filter(code__in=themes))
    entry.contract_municipalities.set([municipality(name) for name in contracts])
    return entry


_api_clients = itertools.count(1)


def api_client(scopes=("roster:read", "roster:match"), **kwargs):
    """An API client and its raw token."""
    from roster.services import create_api_client

    return create_api_client(f"Referral system {next(_api_clients)}", scopes=scopes, by=None, **kwargs)


# Certificates


def certification_rule(course, **kwargs):
    from decimal import Decimal

    from certificates.models import CertificationRule

    kwargs.setdefault("required_supervision_hours", Decimal("2"))
    return CertificationRule.objects.create(course=course, **kwargs)


def complete_required(person, course):
    """Complete the required activities of `course`'s required modules for `person`, and pass its required
    assessments."""
    from django.db.models import Q

    activities = Activity.objects.filter(module__course=course, is_required=True).filter(
        Q(module__is_required=True) | Q(kind=Activity.Kind.ASSESSMENT)
    )
    ActivityCompletion.objects.bulk_create(
        [ActivityCompletion(user=person, activity=a) for a in activities], ignore_conflicts=True
    )


def certifiable(course, cohort=None, hours=2, mentor_user=None, **kwargs):
    """A trainee enrolled in `cohort` (or a new one) who meets `course`'s certification rule."""
    person = trainee(**kwargs)
    EnrolmentFactory(cohort=cohort or CohortFactory(course=course), user=person)
    complete_required(person, course)
    if hours:
        supervision_session(
            mentor_user or mentor(), [person], duration_minutes=int(60 * hours), held_on=datetime.date(2026, 10, 1)
        )
    return person
