"""Reads with a rule for offline use: which of a trainee's pages and files a phone may keep."""

import re
from dataclasses import dataclass, field

from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _

from accounts.models import User
from assessments.models import Assessment, Attempt
from courses import selectors as course_selectors
from courses.models import Activity, Module

# Every kept page needs these to look and work as it does online.
STATIC_FILES = [
    "css/linkki.css",
    "js/linkki.js",
    "offline/queue.js",
    "offline/offline.js",
    "offline/icon.svg",
    "assessments/assessments.css",
    "assessments/attempt.js",
]
_IMAGE = re.compile(r"""<img\b[^>]*?\bsrc\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


class NotKeepable(Exception):
    """The module cannot be kept by this person; `reason` says why, in words the trainee reads."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class KeptModule:
    module: Module
    pages: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    untimed_assessments: list[Assessment] = field(default_factory=list)

    @property
    def urls(self) -> list[str]:
        return list(dict.fromkeys([*self.pages, *self.files]))


def images_in(html: str) -> list[str]:
    """Images of this site that a page's text shows (addresses on other sites are not kept)."""
    return [src for src in _IMAGE.findall(html) if src.startswith("/") and not src.startswith("//")]


def keepable_module(user: User, module: Module) -> KeptModule:
    """The pages and files of `module` that `user`'s phone may keep, or NotKeepable.

    Only a trainee enrolled in the published course keeps a module, and only while it is open to them.
    The trainee's open attempts are kept with their assessment; untimed assessments without one are
    listed, to be opened for answering offline. A fixed number of queries, however long the module.
    """
    course = module.course
    if not (course.is_published and course_selectors.is_enrolled(user, course)):
        raise NotKeepable(_("Only a trainee enrolled in the course can keep its modules on the phone."))
    progress = course_selectors.course_progress(user, course).module(module.pk)
    if progress.is_locked:
        raise NotKeepable(_("This module is locked until you complete the modules before it."))
    activities: list[Activity] = progress.activities
    kept = KeptModule(module=module)
    kept.pages = [
        reverse("offline:page"),
        reverse("mentoring:mine"),
        course.get_absolute_url(),
        module.get_absolute_url(),
        *(activity.get_absolute_url() for activity in activities),
    ]
    assessments = list(
        Assessment.objects.filter(activity__in=[a for a in activities if a.kind == Activity.Kind.ASSESSMENT])
    )
    open_attempts = {
        attempt.assessment_id: attempt
        for attempt in Attempt.objects.filter(user=user, assessment__in=assessments, submitted_at__isnull=True)
    }
    for assessment in assessments:
        if assessment.pk in open_attempts:
            kept.pages.append(open_attempts[assessment.pk].get_absolute_url())
        elif not assessment.time_limit_minutes:
            kept.untimed_assessments.append(assessment)
    images = [src for activity in activities for src in images_in(str(activity.body or ""))]
    kept.files = [static(name) for name in STATIC_FILES] + images
    return kept
