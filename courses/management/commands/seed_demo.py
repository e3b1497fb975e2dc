"""Demo data: the basic-training curriculum, a Sodankylä cohort and one account per role.

Safe to run again: everything is matched by natural keys and updated, never duplicated. Each
installed app may add its own demo data in a `demo.py` with `seed(context, stdout)`.
"""

import datetime
from importlib import import_module

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from accounts.models import Language, Municipality, Role
from accounts.services import grant_role
from courses.curriculum import basic_training
from courses.curriculum.loader import load_curriculum
from courses.models import Cohort
from courses.services import enrol

DEMO_PEOPLE = [
    # username, first name, last name, roles, languages
    ("trainee", "Aino", "Korhonen", [Role.TRAINEE], ["fi", "en"]),
    ("trainee2", "Máret", "Aikio", [Role.TRAINEE], ["fi", "se"]),
    ("mentor", "Mikko", "Lehtonen", [Role.MENTOR], ["fi", "sv"]),
    ("coordinator", "Sanna", "Niemi", [Role.COORDINATOR], ["fi", "en"]),
    ("trainer", "Tuula", "Rautio", [Role.TRAINER], ["fi", "en", "se"]),
    ("admin", "Pekka", "Ylläpito", [Role.ADMINISTRATOR], ["fi"]),
]


class Command(BaseCommand):
    help = "Load demo data: curriculum, a Sodankylä cohort and one account per role (idempotent)."

    @transaction.atomic
    def handle(self, *args, **options):
        course = load_curriculum(basic_training)
        sodankyla = Municipality.objects.get(name="Sodankylä")
        User = get_user_model()
        people = {}
        self.stdout.write("Demo accounts (username / password):")
        for username, first, last, roles, languages in DEMO_PEOPLE:
            user, _created = User.objects.get_or_create(
                username=username,
                defaults={
                    "first_name": first,
                    "last_name": last,
                    "email": f"{username}@linkki.example",
                    "municipality": sodankyla,
                },
            )
            password = f"{username}-demo-2026"
            user.set_password(password)
            if Role.ADMINISTRATOR in roles:
                user.is_superuser = True
            user.save()
            user.languages.set(Language.objects.filter(code__in=languages))
            for role in roles:
                grant_role(user, role)
            people[username] = user
            self.stdout.write(f"  {username:<12} {password:<24} {', '.join(str(r.label) for r in roles)}")
        cohort, _ = Cohort.objects.get_or_create(
            course=course,
            name="Sodankylä 2026–2027",
            defaults={
                "municipality": sodankyla,
                "start_date": datetime.date(2026, 9, 1),
                "end_date": datetime.date(2027, 3, 31),
            },
        )
        cohort.trainers.add(people["trainer"])
        cohort.coordinators.add(people["coordinator"])
        for username in ("trainee", "trainee2"):
            enrol(cohort, people[username], by=people["coordinator"])
        context = {"course": course, "cohort": cohort, "people": people}
        for config in apps.get_app_configs():
            try:
                demo = import_module(f"{config.name}.demo")
            except ModuleNotFoundError as error:
                if error.name != f"{config.name}.demo":
                    raise
                continue
            demo.seed(context, self.stdout)
        self.stdout.write(self.style.SUCCESS(f"Demo data ready: {course} with {course.modules.count()} modules."))
