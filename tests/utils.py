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
