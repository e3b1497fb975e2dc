"""Loads a curriculum written as Python data into the database, idempotently.

A curriculum module defines COURSE (code, version, title, description) and MODULES, a list of
dicts with key, title, summary, minutes, required, prerequisites (keys of earlier modules) and
activities (kind, title, body, minutes, required, video_url).
"""

from django.db import transaction

from courses.models import Activity, Course, Module


@transaction.atomic
def load_curriculum(curriculum, publish=True):
    course, _ = Course.objects.update_or_create(
        code=curriculum.COURSE["code"],
        version=curriculum.COURSE["version"],
        defaults={
            "title": curriculum.COURSE["title"],
            "description": curriculum.COURSE.get("description", {}),
            "is_published": publish,
        },
    )
    modules_by_key = {}
    for order, spec in enumerate(curriculum.MODULES, start=1):
        module, _ = Module.objects.update_or_create(
            course=course,
            order=order,
            defaults={
                "title": spec["title"],
                "summary": spec.get("summary", {}),
                "is_required": spec.get("required", True),
                "estimated_minutes": spec.get("minutes", 30),
            },
        )
        modules_by_key[spec["key"]] = module
        module.prerequisites.set([modules_by_key[key] for key in spec.get("prerequisites", [])])
        for activity_order, activity in enumerate(spec["activities"], start=1):
            Activity.objects.update_or_create(
                module=module,
                order=activity_order,
                defaults={
                    "kind": activity.get("kind", Activity.Kind.TEXT),
                    "title": activity["title"],
                    "body": activity.get("body", {}),
                    "video_url": activity.get("video_url", ""),
                    "is_required": activity.get("required", True),
                    "estimated_minutes": activity.get("minutes", 10),
                },
            )
    return course
