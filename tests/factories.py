import datetime

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
            session=session, mentee=mentee,
            confirmed_at=timezone.now() if confirmed else None, confirmed_by=mentee if confirmed else None,
        )
    return session


def supervision_requirement(course, training_hours="10", sessions_per_period=2, period_months=6):
    from decimal import Decimal

    from mentoring.models import SupervisionRequirement

    return SupervisionRequirement.objects.create(
        course=course, training_hours=Decimal(training_hours), sessions_per_period=sessions_per_period,
        period_months=period_months,
    )


def certificate(holder, course, issued_on, valid_for_days=730, **kwargs):
    from certificates.models import Certificate

    return Certificate.objects.create(
        holder=holder, course=course, programme=course.code, number=f"L-{holder.pk}-{issued_on:%Y%m%d}",
        issued_on=issued_on, valid_until=issued_on + datetime.timedelta(days=valid_for_days), **kwargs,
    )


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
        supervision_session(mentor_user or mentor(), [person], duration_minutes=int(60 * hours),
                            held_on=datetime.date(2026, 10, 1))
    return person
