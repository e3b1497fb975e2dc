"""Demo assessments in the basic training: a quiz on the referral model and a mentor-observed first meeting."""

from decimal import Decimal

from courses.models import Activity

from .models import Assessment, MatchPair, Option, Question, QuestionBank

QUIZ_ORDER = 90  # after the curriculum's own activities, so reloading the curriculum leaves it alone

QUIZ = {
    "module_order": 1,
    "title": {"fi": "Tietovisa: hyvinvointilähetemalli", "en": "Quiz: the welfare referral model"},
    "body": {
        "fi": "<p>Kertaa moduulin tärkeimmät asiat. Läpäisyraja on 70 %, ja sinulla on kolme yritystä.</p>",
        "en": "<p>Go over the module's main points. The pass mark is 70 % and you have three attempts.</p>",
    },
    "bank": {"fi": "Hyvinvointilähetemalli", "en": "The welfare referral model"},
    "settings": {
        "pass_mark": 70,
        "max_attempts": 3,
        "time_limit_minutes": 30,
        "show_answers": Assessment.ShowAnswers.AFTER_LAST,
    },
    "questions": [
        {
            "kind": Question.Kind.SINGLE,
            "text": {"fi": "<p>Kuka tekee hyvinvointilähetteen?</p>", "en": "<p>Who makes a welfare referral?</p>"},
            "options": [
                (
                    {
                        "fi": "Sosiaali- tai terveydenhuollon ammattilainen",
                        "en": "A health or social-care professional",
                    },
                    True,
                    {"fi": "Oikein.", "en": "Right."},
                ),
                (
                    {"fi": "Linkkihenkilö itse", "en": "The link worker"},
                    False,
                    {
                        "fi": "Linkkihenkilö ottaa lähetteen vastaan koordinaattorin kautta.",
                        "en": "The link worker receives the referral through the coordinator.",
                    },
                ),
                ({"fi": "Kunnan kirjasto", "en": "The municipal library"}, False, {}),
            ],
        },
        {
            "kind": Question.Kind.MULTIPLE,
            "text": {
                "fi": "<p>Mitkä kuuluvat linkkihenkilön tehtäviin?</p>",
                "en": "<p>Which of these belong to a link worker's tasks?</p>",
            },
            "options": [
                (
                    {
                        "fi": "Kartoittaa henkilön tilanteen, toiveet ja tavoitteet",
                        "en": "Mapping the person's situation, wishes and goals",
                    },
                    True,
                    {},
                ),
                (
                    {
                        "fi": "Kulkea henkilön rinnalla 1–6 kuukautta",
                        "en": "Walking alongside the person for 1 to 6 months",
                    },
                    True,
                    {},
                ),
                (
                    {"fi": "Kirjata tietoja potilastietojärjestelmään", "en": "Recording details in patient records"},
                    False,
                    {
                        "fi": "Linkkityössä ei kirjata mitään potilastietoihin.",
                        "en": "Link work records nothing in patient records.",
                    },
                ),
                (
                    {"fi": "Arvioida edistymistä yhdessä henkilön kanssa", "en": "Evaluating progress with the person"},
                    True,
                    {},
                ),
            ],
        },
        {
            "kind": Question.Kind.TRUE_FALSE,
            "correct_statement": False,
            "text": {
                "fi": "<p>Linkkityö on sosiaali- tai terveydenhuollon palvelu.</p>",
                "en": "<p>Link work is a health or social-care service.</p>",
            },
            "feedback_incorrect": {
                "fi": "Linkkityö ei ole sosiaali- tai terveydenhuollon palvelu.",
                "en": "Link work is not a health or social-care service.",
            },
        },
        {
            "kind": Question.Kind.SHORT_TEXT,
            "accepted_answers": "työnohjaus\nmentorointi\nsupervision\nmentoring",
            "text": {
                "fi": "<p>Millä nimellä kutsutaan säännöllisiä tapaamisia, joissa linkkihenkilö pohtii "
                "työtään mentorin kanssa? (yksi sana)</p>",
                "en": "<p>What are the regular meetings called in which a link worker reflects on their work "
                "with a mentor? (one word)</p>",
            },
        },
        {
            "kind": Question.Kind.NUMERIC,
            "numeric_answer": Decimal("6"),
            "tolerance": Decimal("0"),
            "text": {
                "fi": "<p>Kuinka monta kuukautta linkkihenkilö kulkee enintään henkilön rinnalla?</p>",
                "en": "<p>For at most how many months does a link worker walk alongside a person?</p>",
            },
        },
        {
            "kind": Question.Kind.MATCHING,
            "text": {"fi": "<p>Yhdistä kukin rooli sen tehtävään.</p>", "en": "<p>Match each role to its task.</p>"},
            "pairs": [
                (
                    {"fi": "Lähettäjä", "en": "Referrer"},
                    {"fi": "tekee hyvinvointilähetteen", "en": "makes the referral"},
                ),
                (
                    {"fi": "Koordinaattori", "en": "Coordinator"},
                    {"fi": "ohjaa toimintaan tai linkkihenkilölle", "en": "guides to an activity or to a link worker"},
                ),
                (
                    {"fi": "Linkkihenkilö", "en": "Link worker"},
                    {"fi": "kulkee rinnalla", "en": "walks alongside the person"},
                ),
                ({"fi": "Mentori", "en": "Mentor"}, {"fi": "pitää työnohjausta", "en": "holds supervision sessions"}),
            ],
        },
        {
            "kind": Question.Kind.ESSAY,
            "points": Decimal("2"),
            "text": {
                "fi": "<p>Kuvaa muutamalla virkkeellä, miten aloittaisit ensitapaamisen.</p>",
                "en": "<p>Describe in a few sentences how you would open a first meeting.</p>",
            },
            "rubric": {
                "fi": "<ul><li>1 p: esittäytyy ja kertoo, mitä linkkityö on ja mitä se ei ole</li>"
                "<li>1 p: kysyy avoimesti henkilön omista toiveista</li></ul>",
                "en": "<ul><li>1 p: introduces themself and says what link work is and is not</li>"
                "<li>1 p: asks openly about the person's own wishes</li></ul>",
            },
        },
    ],
}

OBSERVATION = {
    "module_order": 3,
    "title": {"fi": "Näyttö: ensitapaaminen", "en": "Observed practice: a first meeting"},
    "body": {
        "fi": "<p>Mentorisi seuraa ensitapaamista ja kuittaa sen, kun olet näyttänyt osaamisesi.</p>",
        "en": "<p>Your mentor observes a first meeting and signs it off once you have shown the skill.</p>",
    },
    "bank": {"fi": "Ensitapaamisen näyttö", "en": "First meeting in practice"},
    "settings": {
        "pass_mark": 100,
        "max_attempts": 0,
        "time_limit_minutes": None,
        "show_answers": Assessment.ShowAnswers.AFTER_EACH,
    },
    "questions": [
        {
            "kind": Question.Kind.COMPETENCY,
            "text": {
                "fi": "<p>Johti ensitapaamisen, jossa kartoitettiin henkilön toiveet.</p>",
                "en": "<p>Led a first meeting that mapped the person's wishes.</p>",
            },
            "rubric": {
                "fi": "<p>Tapaaminen eteni henkilön ehdoilla, ja hänen toiveensa kirjattiin hänen omin sanoin.</p>",
                "en": "<p>The meeting went at the person's pace and their wishes were written down in their "
                "own words.</p>",
            },
        },
    ],
}


def _seed_assessment(course, spec):
    module = course.modules.get(order=spec["module_order"])
    activity, _created = Activity.objects.get_or_create(
        module=module,
        order=QUIZ_ORDER,
        defaults={
            "kind": Activity.Kind.ASSESSMENT,
            "title": spec["title"],
            "body": spec["body"],
            "estimated_minutes": 20,
        },
    )
    bank = QuestionBank.objects.filter(module=module, title__fi=spec["bank"]["fi"]).first()
    if bank is None:
        bank = QuestionBank.objects.create(module=module, title=spec["bank"])
    if not bank.questions.exists():
        for order, question_spec in enumerate(spec["questions"], start=1):
            data = dict(question_spec)
            options, pairs = data.pop("options", []), data.pop("pairs", [])
            question = Question.objects.create(bank=bank, order=order, **data)
            for position, (text, is_correct, feedback) in enumerate(options, start=1):
                Option.objects.create(
                    question=question, order=position, text=text, is_correct=is_correct, feedback=feedback
                )
            for position, (prompt, answer) in enumerate(pairs, start=1):
                MatchPair.objects.create(question=question, order=position, prompt=prompt, answer=answer)
    assessment, _created = Assessment.objects.get_or_create(
        activity=activity, defaults={"bank": bank, **spec["settings"]}
    )
    return assessment


def seed(context, stdout):
    quiz = _seed_assessment(context["course"], QUIZ)
    observation = _seed_assessment(context["course"], OBSERVATION)
    stdout.write(f"Assessments: “{quiz}” ({quiz.bank.questions.count()} questions) and “{observation}”.")
