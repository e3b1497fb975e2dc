"""How each kind of activity is shown to a trainee.

Apps that add a kind (assessments, h5p) register a renderer in their AppConfig.ready():

    @register(Activity.Kind.H5P)
    def render_h5p(request, activity, context): ...

The renderer gets the request, the activity and the page context the activity page has already
built (progress, previous and next activity, preview flag) and returns an HttpResponse.
"""

from django.shortcuts import render

_renderers = {}


def register(kind):
    def decorator(func):
        _renderers[kind] = func
        return func

    return decorator


def render_activity(request, activity, context):
    renderer = _renderers.get(activity.kind, _render_page)
    return renderer(request, activity, context)


def _render_page(request, activity, context):
    return render(request, "courses/activity.html", context)
