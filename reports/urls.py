from django.urls import path

from . import views

app_name = "reports"

urlpatterns = [
    path("", views.programme_report, name="programme"),
    path("<slug:table>.<slug:extension>", views.export, name="export"),
]
