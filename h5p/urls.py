from django.urls import path

from . import views

app_name = "h5p"

urlpatterns = [
    path("activities/<int:pk>/package/", views.package, name="package"),
    path("activities/<int:pk>/package/languages/", views.language_version, name="language_version"),
    path(
        "activities/<int:pk>/package/languages/<str:language>/remove/",
        views.remove_language_version,
        name="remove_language_version",
    ),
    path("activities/<int:pk>/attempts/", views.attempts, name="attempts"),
    path("activities/<int:pk>/statements/", views.statements, name="statements"),
    path("activities/<int:pk>/state/", views.state, name="state"),
    path("activities/<int:pk>/viewed/", views.viewed, name="viewed"),
    path("activities/<int:pk>/start-error/", views.start_error, name="start_error"),
]
