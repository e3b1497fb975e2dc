"""Services start background work through here, by the task's registered name.

Tasks call services, never the reverse: a service that imported its app's `tasks` module would make
the two import each other. Naming the task keeps the direction one-way, and Celery still decides
where it runs (on a worker when a broker is set, in-process otherwise).
"""

from celery import current_app


def task(name):
    """The task registered as `name`, for callers that need `apply_async`'s options."""
    app = current_app
    if name not in app.tasks:
        # Tasks register when their module is imported; this imports every app's `tasks` module.
        app.loader.import_default_modules()
    return app.tasks[name]


def enqueue(name, *args):
    """Queue the task registered as `name` with `args`, as its `.delay(*args)` would."""
    return task(name).delay(*args)
