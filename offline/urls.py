from django.urls import path

from . import views

app_name = "offline"

urlpatterns = [
    path("manifest.webmanifest", views.manifest, name="manifest"),
    path("service-worker.js", views.service_worker, name="service_worker"),
    path("offline/", views.offline_page, name="page"),
    path("offline/modules/<int:pk>/keep/", views.keep_module, name="keep_module"),
    path("offline/sync/", views.sync, name="sync"),
]
