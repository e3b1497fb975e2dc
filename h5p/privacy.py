"""A person's xAPI statements, H5P results and saved player states; and the packages a trainer uploaded."""

from common.privacy import declare, rows

from .models import Attempt, Content, LanguageVersion, Statement, UserData


def export(person):
    return {
        "statements": rows(
            Statement.objects.filter(user=person).order_by("timestamp", "pk"), "activity_id", "timestamp", "raw"
        ),
        "results": rows(
            Attempt.objects.filter(user=person).order_by("finished_at", "pk"),
            "activity_id",
            "score_raw",
            "score_max",
            "score_scaled",
            "is_passed",
            "finished_at",
        ),
        "saved_states": rows(
            UserData.objects.filter(user=person).order_by("activity_id", "pk"),
            "activity_id",
            "data_type",
            "sub_content_id",
            "data",
            "updated_at",
        ),
        "uploaded_content": rows(
            Content.objects.filter(uploaded_by=person).order_by("pk"), "activity_id", "title", "file_name"
        ),
        "uploaded_language_versions": rows(
            LanguageVersion.objects.filter(uploaded_by=person).order_by("pk"),
            "content__activity_id",
            "language",
            "title",
            "file_name",
        ),
    }


def erase(person, erasure):
    erasure.deleted(Attempt.objects.filter(user=person))
    erasure.deleted(Statement.objects.filter(user=person))
    erasure.deleted(UserData.objects.filter(user=person))
    # Uploaded packages are curriculum that trainees still play; only the uploader's name goes.
    erasure.count("h5p.Content", Content.objects.filter(uploaded_by=person).update(uploaded_by=None))
    erasure.count("h5p.LanguageVersion", LanguageVersion.objects.filter(uploaded_by=person).update(uploaded_by=None))


def seen_since(people, moment):
    return people.filter(pk__in=Statement.objects.filter(stored_at__gte=moment).values("user_id"))


declare(
    "h5p",
    models=["h5p.Statement", "h5p.Attempt", "h5p.UserData", "h5p.Content", "h5p.LanguageVersion"],
    export=export,
    erase=erase,
    erase_order=300,
    seen_since=seen_since,
)
