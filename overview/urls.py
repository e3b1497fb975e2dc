from django.urls import path

from . import views

app_name = "overview"

urlpatterns = [
    path("people/<slug:key>/", views.people, name="people"),
    path("mentors/", views.mentors, name="mentors"),
]
