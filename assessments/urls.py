from django.urls import path

from . import views

app_name = "assessments"

urlpatterns = [
    path("<int:pk>/start/", views.start, name="start"),
    path("attempts/<int:pk>/", views.attempt_detail, name="attempt"),
    path("attempts/<int:pk>/save/", views.attempt_save, name="attempt_save"),
    path("attempts/<int:pk>/submit/", views.attempt_submit, name="attempt_submit"),
    path("attempts/<int:pk>/answers/", views.attempt_answers, name="attempt_answers"),
    path("grading/", views.grading_queue, name="grading"),
    path("grading/<int:pk>/", views.grade, name="grade"),
    path("cohorts/<int:pk>/gradebook/", views.gradebook, name="gradebook"),
    path("cohorts/<int:pk>/gradebook.csv", views.gradebook_csv, name="gradebook_csv"),
]
