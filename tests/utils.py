from django.db import connection
from django.test.utils import CaptureQueriesContext


def count_queries(func, *args, **kwargs):
    """Run `func` and return how many SQL queries it made."""
    with CaptureQueriesContext(connection) as captured:
        func(*args, **kwargs)
    return len(captured.captured_queries)


def login(client, user):
    client.force_login(user)
    return client


def log_in(page, live_server, username, password="correct-horse-battery"):
    """Log in through the Finnish login page, as a person in the browser does."""
    from django.urls import reverse

    page.goto(live_server.url + reverse("login"))
    page.get_by_label("Käyttäjätunnus").fill(username)
    page.get_by_label("Salasana").fill(password)
    page.get_by_role("button", name="Kirjaudu sisään").click()
