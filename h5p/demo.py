"""Demo interactive content: a Linkki.Choice question at the end of the first module, scored, pass mark 100 %,
in Finnish with Swedish and English language versions."""

from decimal import Decimal

from courses.models import Activity

from .minimal import choice_content, choice_package
from .models import Content
from .services import import_language_version, import_package

DEMO_ORDER = 80  # after the curriculum's own pages (numbered from 1), before the module's quiz (90)

# The exercise in each language of the curriculum: the Finnish package and its language versions.
PACKAGES = {
    "fi": {
        "file": "linkkihenkilon-tehtava.h5p",
        "title": "Linkkihenkilön tehtävä",
        "question": "Mikä on linkkihenkilön tehtävä?",
        "options": [
            "Tehdä hoitopäätöksiä asiakkaan puolesta",
            "Kulkea asiakkaan rinnalla ja auttaa löytämään yhteisön toimintaa",
            "Kirjata asiakkaan tiedot potilastietojärjestelmään",
        ],
        "texts": {},
    },
    "sv": {
        "file": "lankpersonens-uppgift.h5p",
        "title": "Länkpersonens uppgift",
        "question": "Vad är länkpersonens uppgift?",
        "options": [
            "Att fatta beslut om vård i klientens ställe",
            "Att gå bredvid klienten och hjälpa henne att hitta verksamhet i gemenskapen",
            "Att anteckna klientens uppgifter i patientdatasystemet",
        ],
        "texts": {
            "check": "Kontrollera",
            "choose_first": "Välj först ett alternativ.",
            "right": "Rätt!",
            "wrong": "Inte riktigt. Försök igen.",
            "done": "Tack för ditt svar!",
        },
    },
    "en": {
        "file": "link-workers-task.h5p",
        "title": "The link worker's task",
        "question": "What is the link worker's task?",
        "options": [
            "To make care decisions on the client's behalf",
            "To walk alongside the client and help them find community activity",
            "To record the client's details in the patient records system",
        ],
        "texts": {
            "check": "Check",
            "choose_first": "Choose an option first.",
            "right": "Right!",
            "wrong": "Not quite. Try again.",
            "done": "Thank you for your answer!",
        },
    },
}


def _package(language):
    spec = PACKAGES[language]
    return choice_package(
        title=spec["title"],
        language=language,
        content=choice_content(spec["question"], spec["options"], correct=1, **spec["texts"]),
    )


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
    content = Content.objects.filter(activity=activity).first()
    if content is None:
        content = import_package(
            activity,
            _package("fi"),
            by=people["trainer"],
            file_name="linkkihenkilon-tehtava.h5p",
            pass_threshold=Decimal("1.00"),
        )
    have = set(content.language_versions.values_list("language", flat=True))
    for language in ("sv", "en"):
        if language not in have:
            import_language_version(
                content, _package(language), language, by=people["trainer"], file_name=PACKAGES[language]["file"]
            )
    stdout.write(f"H5P: the exercise “{activity.title}” in module {module.order} plays Linkki's own content type.")
