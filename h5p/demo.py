"""Demo interactive content: a Linkki.Choice question at the end of the first module, scored, pass mark 100 %."""

from decimal import Decimal

from courses.models import Activity

from .minimal import choice_content, choice_package
from .models import Content
from .services import import_package

DEMO_ORDER = 80  # after the curriculum's own pages (numbered from 1), before the module's quiz (90)


def seed(context, stdout):
    course, people = context["course"], context["people"]
    module = course.modules.order_by("order").first()
    activity, _created = Activity.objects.update_or_create(
        module=module,
        order=DEMO_ORDER,
        defaults={
            "kind": Activity.Kind.H5P,
            "title": {
                "fi": "Harjoitus: linkkihenkilön tehtävä",
                "sv": "Övning: länkpersonens uppgift",
                "en": "Exercise: the link worker's task",
            },
            "body": {
                "fi": "<p>Valitse paras vaihtoehto ja tarkista vastauksesi.</p>",
                "sv": "<p>Välj det bästa alternativet och kontrollera ditt svar.</p>",
                "en": "<p>Choose the best option and check your answer.</p>",
            },
            "is_required": False,
            "estimated_minutes": 2,
        },
    )
    if not Content.objects.filter(activity=activity).exists():
        package = choice_package(
            title="Linkkihenkilön tehtävä",
            content=choice_content(
                "Mikä on linkkihenkilön tehtävä?",
                [
                    "Tehdä hoitopäätöksiä asiakkaan puolesta",
                    "Kulkea asiakkaan rinnalla ja auttaa löytämään yhteisön toimintaa",
                    "Kirjata asiakkaan tiedot potilastietojärjestelmään",
                ],
                correct=1,
            ),
        )
        import_package(
            activity,
            package,
            by=people["trainer"],
            file_name="linkkihenkilon-tehtava.h5p",
            pass_threshold=Decimal("1.00"),
        )
    stdout.write(f"H5P: the exercise “{activity.title}” in module {module.order} plays Linkki's own content type.")
