from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("", views.mine, name="mine"),
    path("<int:pk>/", views.certificate_detail, name="certificate"),
    path("<int:pk>/certificate.pdf", views.certificate_pdf, name="pdf"),
    path("<int:pk>/badge.json", views.certificate_badge, name="badge"),
    path("<int:pk>/suspend/", views.certificate_action, {"action": "suspend"}, name="suspend"),
    path("<int:pk>/reinstate/", views.certificate_action, {"action": "reinstate"}, name="reinstate"),
    path("<int:pk>/revoke/", views.certificate_revoke, name="revoke"),
    path("<int:pk>/renew/", views.certificate_renew, name="renew"),
    path("cohorts/", views.cohorts, name="cohorts"),
    path("cohorts/<int:pk>/", views.cohort, name="cohort"),
    path("cohorts/<int:pk>/people/<int:person_pk>/issue/", views.cohort_issue, name="issue"),
    path("cohorts/<int:pk>/bulk/", views.cohort_bulk, name="bulk"),
    path("jobs/<int:pk>/", views.job, name="job"),
    path("jobs/<int:pk>/retry/", views.job_retry, name="job_retry"),
    path("verify/", views.verify_form, name="verify_form"),
    path("verify/<str:code>/", views.verify, name="verify"),
    path("verify/<str:code>.json", views.verify_json, name="verify_json"),
    path("issuer.json", views.issuer, name="issuer"),
    path("status/<int:number>.json", views.status_list, name="status_list"),
]
