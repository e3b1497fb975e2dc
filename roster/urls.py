from django.urls import path

from . import views

app_name = "roster"

urlpatterns = [
    path("", views.search, name="search"),
    path("export.csv", views.export, name="export"),
    path("audit/", views.audit, name="audit"),
    path("people/<int:pk>/", views.person, name="person"),
    path("mine/", views.mine, name="mine"),
]
