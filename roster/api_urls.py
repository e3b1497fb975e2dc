from django.urls import path

from . import api

app_name = "roster-api"

urlpatterns = [
    path("roster/", api.RosterList.as_view(), name="list"),
    path("roster/<int:pk>", api.RosterDetail.as_view(), name="detail"),
    path("roster/<int:pk>/certification", api.Certification.as_view(), name="certification"),
    path("match/", api.Match.as_view(), name="match"),
]
