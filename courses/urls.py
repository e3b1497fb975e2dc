from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("courses/<int:pk>/", views.course_detail, name="course"),
    path("courses/<int:pk>/feedback/", views.course_feedback, name="course_feedback"),
    path("modules/<int:pk>/", views.module_detail, name="module"),
    path("activities/<int:pk>/", views.activity_detail, name="activity"),
    path("activities/<int:pk>/done/", views.activity_done, name="activity_done"),
    path("cohorts/", views.cohort_list, name="cohorts"),
    path("cohorts/<int:pk>/", views.cohort_detail, name="cohort"),
    path("cohorts/<int:pk>/enrol/", views.cohort_enrol, name="cohort_enrol"),
    path("cohorts/<int:pk>/enrol-csv/", views.cohort_enrol_csv, name="cohort_enrol_csv"),
]
