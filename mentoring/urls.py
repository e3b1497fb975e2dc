from django.urls import path

from . import views

app_name = "mentoring"

urlpatterns = [
    path("", views.home, name="home"),
    path("mine/", views.mine, name="mine"),
    path("attendance/<int:pk>/confirm/", views.attendance_confirm, name="attendance_confirm"),
    path("attendance/<int:pk>/decline/", views.attendance_decline, name="attendance_decline"),
    path("attendance/<int:pk>/confirm-for-mentee/", views.confirm_on_behalf, name="confirm_on_behalf"),
    path("mentees/", views.mentees, name="mentees"),
    path("sessions/new/", views.session_create, name="session_create"),
    path("sessions/<int:pk>/", views.session_detail, name="session"),
    path("sessions/<int:pk>/edit/", views.session_edit, name="session_edit"),
    path("sessions/<int:pk>/delete/", views.session_delete, name="session_delete"),
    path("groups/new/", views.group_create, name="group_create"),
    path("groups/<int:pk>/", views.group_edit, name="group_edit"),
    path("people/<int:pk>/", views.record, name="record"),
    path("people/<int:pk>/record.pdf", views.record_pdf, name="record_pdf"),
    path("cohorts/", views.cohorts, name="cohorts"),
    path("cohorts/<int:pk>/", views.cohort_overview, name="cohort"),
    path("cohorts/<int:pk>/pair/", views.cohort_pair, name="cohort_pair"),
    path("cohorts/<int:pk>/pairings/<int:pairing_pk>/end/", views.pairing_end, name="pairing_end"),
    path("cohorts/<int:pk>/export.csv", views.cohort_export, name="cohort_export"),
]
