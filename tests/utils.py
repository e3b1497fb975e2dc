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


def log_out(page):
    """Log out from the page's button and wait until the login page is back: the button first empties
    the phone of the person's kept pages and waiting changes, so the logging out itself comes later."""
    page.get_by_role("button", name="Kirjaudu ulos").click()
    page.get_by_label("Käyttäjätunnus").wait_for()


class UnreachableCache:
    """A cache backend whose every call fails as a stopped Redis does (`CACHES` BACKEND in tests)."""

    def __init__(self, location, params):
        pass

    def close(self, **kwargs):  # closing a connection that never opened does not fail
        pass

    def __getattr__(self, name):
        def fail(*args, **kwargs):
            raise ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

        return fail
