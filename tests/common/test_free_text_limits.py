import pytest
from django.apps import apps
from django.core.validators import MaxLengthValidator
from django.db import models

from common.translated import EachLanguageMaxLength, TranslatedField
from tests import factories as f

OUR_APPS = {"accounts", "courses", "assessments", "h5p", "mentoring", "certificates", "roster", "common"}
# Written by Linkki itself, never typed by a person: an error message kept for the operator, the H5P
# player's saved state, whose size is limited in bytes when it is posted (H5P_MAX_STATE_BYTES), and the
# encoded bits of a badge status list.
WRITTEN_BY_LINKKI = {
    ("certificates.BulkJob", "error"),
    ("roster.WebhookDelivery", "error"),
    ("roster.WebhookAttempt", "error"),
    ("h5p.UserData", "data"),
    ("certificates.StatusList", "encoded_list"),
}


def our_fields():
    for model in apps.get_models():
        if model._meta.app_label in OUR_APPS:
            for field in model._meta.get_fields():
                if isinstance(field, models.Field) and not field.is_relation:
                    yield model._meta.label, field


def test_every_text_field_people_type_into_has_a_length_limit_in_the_form_and_the_model():
    unlimited = []
    for label, field in our_fields():
        if (label, field.name) in WRITTEN_BY_LINKKI:
            continue
        if isinstance(field, TranslatedField):
            limited = any(isinstance(v, EachLanguageMaxLength) for v in field.validators)
            limited = limited and all(sub.max_length for sub in field.formfield().fields)
        elif isinstance(field, models.TextField):
            limited = field.max_length and any(isinstance(v, MaxLengthValidator) for v in field.validators)
            limited = limited and field.formfield().max_length == field.max_length
        elif isinstance(field, models.CharField):
            limited = bool(field.max_length)
        else:
            continue
        if not limited:
            unlimited.append(f"{label}.{field.name}")
    assert unlimited == []


@pytest.mark.django_db
def test_a_translated_text_over_its_limit_is_refused_by_the_model_in_the_readers_language():
    from django.core.exceptions import ValidationError
    from django.utils import translation

    course = f.CourseFactory()
    course.title = {"fi": "a" * 5001}
    with translation.override("fi"), pytest.raises(ValidationError) as refused:
        course.full_clean()
    assert "enintään 5000 merkkiä" in str(refused.value.message_dict["title"])
