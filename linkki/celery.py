import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "linkki.settings")

app = Celery("linkki")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

if not app.conf.broker_url:
    # Tasks run in-process without a broker, yet Celery still opens a producer for them; an in-memory
    # transport keeps it from reaching for a default broker on localhost.
    app.conf.broker_url = "memory://localhost/"
