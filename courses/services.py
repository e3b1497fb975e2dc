import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import CharField
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import Municipality, Role, User
from accounts.services import grant_role
from common.text import nfc

from .models import Activity, ActivityCompletion, Cohort, Course, CourseFeedback, Enrolment
from .selectors import course_progress, latest_enrolment, people_by_email

# Sent after an activity is completed for the first time; certificates listen to it.
activity_completed = Signal()

CSV_COLUMNS = ["email", "first_name", "last_name", "municipality", "phone"]
CSV_MAX_ROWS = 2000


def complete_activity(user: User, activity: Activity) -> bool:
    """Record that `user` completed `activity`; completing twice changes nothing. True if new."""
    try:
        with transaction.atomic():
            _completion, created = ActivityCompletion.objects.get_or_create(user=user, activity=activity)
    except IntegrityError:
        created = False
    if created:
        activity_completed.send(sender=ActivityCompletion, user=user, activity=activity)
    return created


def complete_activities(user: User, activities: list[Activity]) -> list[Activity]:
    """Record that `user` completed each of `activities`, in two queries however many; those new to them.

    The same rule as `complete_activity`: completing twice changes nothing.
    """
    wanted = {activity.pk: activity for activity in activities}
    done = set(
        ActivityCompletion.objects.filter(user=user, activity_id__in=wanted).values_list("activity_id", flat=True)
    )
    fresh = [activity for pk, activity in wanted.items() if pk not in done]
    # A completion made meanwhile by another request is skipped; its activity then counts as new here
    # too, which at most checks the person's certificates once more.
    ActivityCompletion.objects.bulk_create(
        [ActivityCompletion(user=user, activity=activity) for activity in fresh], ignore_conflicts=True
    )
    for activity in fresh:
        activity_completed.send(sender=ActivityCompletion, user=user, activity=activity)
    return fresh


def record_visit(user: User, activity: Activity) -> None:
    """Remember where the trainee left off, for "continue where you left off"."""
    Enrolment.objects.filter(user=user, cohort__course_id=activity.module.course_id).update(
        last_activity=activity, last_seen_at=timezone.now()
    )


@transaction.atomic
def enrol(cohort: Cohort, user: User, by: User | None = None) -> Enrolment:
    grant_role(user, Role.TRAINEE)
    enrolment, _created = Enrolment.objects.get_or_create(cohort=cohort, user=user, defaults={"enrolled_by": by})
    return enrolment


@dataclass
class CsvRowError:
    line: int
    message: str


class CsvEnrolmentError(Exception):
    def __init__(self, errors: list[CsvRowError]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{e.line}: {e.message}" for e in errors))


def _read_rows(data: bytes | str) -> list[dict[str, str]]:
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise CsvEnrolmentError([CsvRowError(0, _("The file is not UTF-8 text. Save it as CSV UTF-8."))]) from None
    text: str = nfc(data)
    try:
        dialect: type[csv.Dialect] = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    header = [(name or "").strip().lower() for name in (reader.fieldnames or [])]
    missing = [column for column in ("email", "first_name", "last_name") if column not in header]
    if missing:
        raise CsvEnrolmentError(
            [
                CsvRowError(
                    1, _("The header row is missing the column(s): %(columns)s.") % {"columns": ", ".join(missing)}
                )
            ]
        )
    reader.fieldnames = header
    return list(reader)


def enrol_from_csv(cohort: Cohort, data: bytes | str, by: User | None) -> list[Enrolment]:
    """Enrol every person listed in a CSV file, or nobody: a file with a bad row is refused whole.

    Columns: email, first_name, last_name, and optionally municipality (name or code) and phone.
    New people get an account without a password; they set one with "forgot password".
    """
    rows = _read_rows(data)
    if not rows:
        raise CsvEnrolmentError([CsvRowError(0, _("The file has no rows to enrol."))])
    if len(rows) > CSV_MAX_ROWS:
        raise CsvEnrolmentError([CsvRowError(0, _("The file has more than %(max)d rows.") % {"max": CSV_MAX_ROWS})])
    municipalities = {m.name.lower(): m for m in Municipality.objects.all()}
    municipalities.update({m.code: m for m in municipalities.values()})
    errors: list[CsvRowError] = []
    seen: dict[str, int] = {}
    parsed: list[tuple[str, dict[str, str], Municipality | None]] = []
    for line, row in enumerate(rows, start=2):
        row = {key: (value or "").strip() for key, value in row.items() if key}
        email = row.get("email", "").lower()
        try:
            validate_email(email)
        except ValidationError:
            errors.append(CsvRowError(line, _("“%(email)s” is not a valid e-mail address.") % {"email": email}))
        if email in seen:
            errors.append(
                CsvRowError(
                    line,
                    _("The address %(email)s is already on line %(line)d.") % {"email": email, "line": seen[email]},
                )
            )
        seen.setdefault(email, line)
        if not row.get("first_name") or not row.get("last_name"):
            errors.append(CsvRowError(line, _("First name and last name are required.")))
        errors.extend(CsvRowError(line, message) for message in _too_long_or_nul(row))
        municipality = None
        if row.get("municipality"):
            municipality = municipalities.get(row["municipality"].lower())
            if municipality is None:
                errors.append(CsvRowError(line, _("Unknown municipality “%(name)s”.") % {"name": row["municipality"]}))
        parsed.append((email, row, municipality))
    if errors:
        raise CsvEnrolmentError(errors)
    return _enrol_parsed(cohort, parsed, by)


def _too_long_or_nul(row: dict[str, str]) -> Iterator[str]:
    """Messages for values the database could not keep: longer than their column, or holding a NUL."""
    fields = get_user_model()._meta
    for column in ("email", "first_name", "last_name", "phone"):
        value = row.get(column, "")
        model_field = fields.get_field(column)
        limit = model_field.max_length if isinstance(model_field, CharField) else None
        assert limit is not None  # the e-mail, name and phone columns are text of a fixed length
        if "\x00" in value:
            yield _("The column %(column)s contains a NUL character.") % {"column": column}
        elif len(value) > limit:
            yield _("The column %(column)s is %(length)d characters long; at most %(limit)d fit.") % {
                "column": column,
                "length": len(value),
                "limit": limit,
            }


def _new_person(
    email: str, first_name: str, last_name: str, phone: str = "", municipality: Municipality | None = None
) -> User:
    person = get_user_model()(
        username=email, email=email, first_name=first_name, last_name=last_name, phone=phone, municipality=municipality
    )
    # New people choose their own password through "forgot password".
    person.set_unusable_password()
    person.save()
    return person


@transaction.atomic
def enrol_by_email(
    cohort: Cohort, email: str, first_name: str = "", last_name: str = "", by: User | None = None
) -> Enrolment:
    """Enrol the person with this address, making an account when there is none."""
    email = email.lower()
    person = people_by_email([email]).get(email) or _new_person(email, first_name, last_name)
    return enrol(cohort, person, by=by)


@transaction.atomic
def _enrol_parsed(
    cohort: Cohort, parsed: list[tuple[str, dict[str, str], Municipality | None]], by: User | None
) -> list[Enrolment]:
    existing = people_by_email([email for email, _row, _m in parsed])
    enrolled = []
    for email, row, municipality in parsed:
        user = existing.get(email) or _new_person(
            email, row["first_name"], row["last_name"], phone=row.get("phone", ""), municipality=municipality
        )
        enrolled.append(enrol(cohort, user, by=by))
    return enrolled


def give_feedback(user: User, course: Course, *, recommend: int, comment: str = "") -> CourseFeedback:
    """Record a trainee's answer to the feedback survey: once per course, after completing it."""
    enrolment = latest_enrolment(user, course)
    if enrolment is None:
        raise ValidationError(_("Only trainees enrolled in the course answer its feedback survey."))
    if not course_progress(user, course).is_complete:
        raise ValidationError(_("The feedback survey opens when you have completed the course."))
    feedback = CourseFeedback(user=user, course=course, cohort=enrolment.cohort, recommend=recommend, comment=comment)
    feedback.full_clean(exclude=["user", "course", "cohort"], validate_unique=False, validate_constraints=False)
    try:
        with transaction.atomic():
            feedback.save()
    except IntegrityError as error:
        raise ValidationError(_("You have already answered the feedback survey for this course.")) from error
    return feedback
