from django.urls import path

from . import views

app_name = "roster"

urlpatterns = [
    path("", views.search, name="search"),
    path("export.csv", views.export, name="export"),
    path("audit/", views.audit, name="audit"),
    path("people/<int:pk>/", views.person, name="person"),
    path("mine/", views.mine, name="mine"),
    path("clients/", views.clients, name="clients"),
    path("clients/secret/", views.secret, name="secret"),
    path("clients/<int:pk>/token/", views.client_token, name="client_token"),
    path("clients/<int:pk>/webhooks/", views.client_webhook, name="client_webhook"),
    path("tokens/<int:pk>/revoke/", views.token_revoke, name="token_revoke"),
    path("webhooks/<int:pk>/deactivate/", views.webhook_deactivate, name="webhook_deactivate"),
    path("webhooks/<int:pk>/events/", views.webhook_events, name="webhook_events"),
]
