from django.urls import path, re_path, register_converter

from . import api


class PersonId:
    """A person's id: digits that fit the 64-bit column. A longer number is nobody's: a 404, as it
    falls through to `api.NotFound`."""

    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


register_converter(PersonId, "person_id")

app_name = "roster-api"

urlpatterns = [
    path("roster/", api.RosterList.as_view(), name="list"),
    path("roster/<person_id:pk>", api.RosterDetail.as_view(), name="detail"),
    path("roster/<person_id:pk>/certification", api.Certification.as_view(), name="certification"),
    path("match/", api.Match.as_view(), name="match"),
    re_path(r"", api.NotFound.as_view(), name="not-found"),
]
