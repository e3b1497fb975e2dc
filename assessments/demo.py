"""Demo assessments in the basic training: a quiz on the referral model and a mentor-observed first meeting."""

from decimal import Decimal

from courses.models import Activity

from .models import Assessment, MatchPair, Option, Question, QuestionBank

QUIZ_ORDER = 90  # after the curriculum's own activities, so reloading the curriculum leaves it alone

QUIZ = {
    "module_order": 1,
    "title": {
        "fi": "Tietovisa: hyvinvointilähetemalli",
        "sv": "Frågesport: modellen med välfärdsremiss",
        "en": "Quiz: the welfare referral model",
    },
    "body": {
        "fi": "<p>Kertaa moduulin tärkeimmät asiat. Läpäisyraja on 70 %, ja sinulla on kolme yritystä.</p>",
        "sv": "<p>Repetera det viktigaste i delen. Gränsen för godkänt är 70 %, och du har tre försök.</p>",
        "en": "<p>Go over the module's main points. The pass mark is 70 % and you have three attempts.</p>",
    },
    "bank": {"fi": "Hyvinvointilähetemalli", "sv": "Modellen med välfärdsremiss", "en": "The welfare referral model"},
    "settings": {
        "pass_mark": 70,
        "max_attempts": 3,
        "time_limit_minutes": 30,
        "show_answers": Assessment.ShowAnswers.AFTER_LAST,
    },
    "questions": [
        {
            "kind": Question.Kind.SINGLE,
            "text": {
                "fi": "<p>Kuka tekee hyvinvointilähetteen?</p>",
                "sv": "<p>Vem skriver en välfärdsremiss?</p>",
                "en": "<p>Who makes a welfare referral?</p>",
            },
            "options": [
                (
                    {
                        "fi": "Sosiaali- tai terveydenhuollon ammattilainen",
                        "sv": "En yrkesperson inom social- och hälsovården",
                        "en": "A health or social-care professional",
                    },
                    True,
                    {"fi": "Oikein.", "sv": "Rätt.", "en": "Right."},
                ),
                (
                    {"fi": "Linkkihenkilö itse", "sv": "Länkpersonen själv", "en": "The link worker"},
                    False,
                    {
                        "fi": "Linkkihenkilö ottaa lähetteen vastaan koordinaattorin kautta.",
                        "sv": "Länkpersonen tar emot remissen via koordinatorn.",
                        "en": "The link worker receives the referral through the coordinator.",
                    },
                ),
                ({"fi": "Kunnan kirjasto", "sv": "Kommunens bibliotek", "en": "The municipal library"}, False, {}),
            ],
        },
        {
            "kind": Question.Kind.MULTIPLE,
            "text": {
                "fi": "<p>Mitkä kuuluvat linkkihenkilön tehtäviin?</p>",
                "sv": "<p>Vilka av följande hör till länkpersonens uppgifter?</p>",
                "en": "<p>Which of these belong to a link worker's tasks?</p>",
            },
            "options": [
                (
                    {
                        "fi": "Kartoittaa henkilön tilanteen, toiveet ja tavoitteet",
                        "sv": "Att kartlägga människans situation, önskemål och mål",
                        "en": "Mapping the person's situation, wishes and goals",
                    },
                    True,
                    {},
                ),
                (
                    {
                        "fi": "Kulkea henkilön rinnalla 1–6 kuukautta",
                        "sv": "Att gå bredvid människan i 1–6 månader",
                        "en": "Walking alongside the person for 1 to 6 months",
                    },
                    True,
                    {},
                ),
                (
                    {
                        "fi": "Kirjata tietoja potilastietojärjestelmään",
                        "sv": "Att anteckna uppgifter i patientdatasystemet",
                        "en": "Recording details in patient records",
                    },
                    False,
                    {
                        "fi": "Linkkityössä ei kirjata mitään potilastietoihin.",
                        "sv": "I länkarbetet antecknas ingenting i patientjournalerna.",
                        "en": "Link work records nothing in patient records.",
                    },
                ),
                (
                    {
                        "fi": "Arvioida edistymistä yhdessä henkilön kanssa",
                        "sv": "Att utvärdera framstegen tillsammans med människan",
                        "en": "Evaluating progress with the person",
                    },
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
                "sv": "<p>Länkarbete är en social- eller hälsovårdstjänst.</p>",
                "en": "<p>Link work is a health or social-care service.</p>",
            },
            "feedback_incorrect": {
                "fi": "Linkkityö ei ole sosiaali- tai terveydenhuollon palvelu.",
                "sv": "Länkarbete är inte en social- eller hälsovårdstjänst.",
                "en": "Link work is not a health or social-care service.",
            },
        },
        {
            "kind": Question.Kind.SHORT_TEXT,
            "accepted_answers": "työnohjaus\nmentorointi\nhandledning\narbetshandledning\nmentorskap\nsupervision\nmentoring",
            "text": {
                "fi": "<p>Millä nimellä kutsutaan säännöllisiä tapaamisia, joissa linkkihenkilö pohtii "
                "työtään mentorin kanssa? (yksi sana)</p>",
                "sv": (
                    "<p>Vad kallas de regelbundna träffarna där länkpersonen funderar över sitt arbete tillsammans med en "
                    "mentor? (ett ord)</p>"
                ),
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
                "sv": "<p>Hur många månader går länkpersonen som längst bredvid en människa?</p>",
                "en": "<p>For at most how many months does a link worker walk alongside a person?</p>",
            },
        },
        {
            "kind": Question.Kind.MATCHING,
            "text": {
                "fi": "<p>Yhdistä kukin rooli sen tehtävään.</p>",
                "sv": "<p>Para ihop varje roll med dess uppgift.</p>",
                "en": "<p>Match each role to its task.</p>",
            },
            "pairs": [
                (
                    {"fi": "Lähettäjä", "sv": "Remittenten", "en": "Referrer"},
                    {"fi": "tekee hyvinvointilähetteen", "sv": "skriver välfärdsremissen", "en": "makes the referral"},
                ),
                (
                    {"fi": "Koordinaattori", "sv": "Koordinatorn", "en": "Coordinator"},
                    {
                        "fi": "ohjaa toimintaan tai linkkihenkilölle",
                        "sv": "hänvisar till verksamhet eller till en länkperson",
                        "en": "guides to an activity or to a link worker",
                    },
                ),
                (
                    {"fi": "Linkkihenkilö", "sv": "Länkpersonen", "en": "Link worker"},
                    {"fi": "kulkee rinnalla", "sv": "går bredvid människan", "en": "walks alongside the person"},
                ),
                (
                    {"fi": "Mentori", "sv": "Mentorn", "en": "Mentor"},
                    {
                        "fi": "pitää työnohjausta",
                        "sv": "håller handledningsträffar",
                        "en": "holds supervision sessions",
                    },
                ),
            ],
        },
        {
            "kind": Question.Kind.ESSAY,
            "points": Decimal("2"),
            "text": {
                "fi": "<p>Kuvaa muutamalla virkkeellä, miten aloittaisit ensitapaamisen.</p>",
                "sv": "<p>Beskriv med några meningar hur du skulle inleda en första träff.</p>",
                "en": "<p>Describe in a few sentences how you would open a first meeting.</p>",
            },
            "rubric": {
                "fi": "<ul><li>1 p: esittäytyy ja kertoo, mitä linkkityö on ja mitä se ei ole</li>"
                "<li>1 p: kysyy avoimesti henkilön omista toiveista</li></ul>",
                "sv": (
                    "<ul><li>1 p: presenterar sig och berättar vad länkarbete är och inte är</li><li>1 p: frågar öppet om "
                    "människans egna önskemål</li></ul>"
                ),
                "en": "<ul><li>1 p: introduces themself and says what link work is and is not</li>"
                "<li>1 p: asks openly about the person's own wishes</li></ul>",
            },
        },
    ],
}

OBSERVATION = {
    "module_order": 3,
    "title": {
        "fi": "Näyttö: ensitapaaminen",
        "sv": "Färdighetsprov: den första träffen",
        "en": "Observed practice: a first meeting",
    },
    "body": {
        "fi": "<p>Mentorisi seuraa ensitapaamista ja kuittaa sen, kun olet näyttänyt osaamisesi.</p>",
        "sv": "<p>Din mentor följer en första träff och godkänner den när du har visat att du kan.</p>",
        "en": "<p>Your mentor observes a first meeting and signs it off once you have shown the skill.</p>",
    },
    "bank": {
        "fi": "Ensitapaamisen näyttö",
        "sv": "Färdighetsprov för den första träffen",
        "en": "First meeting in practice",
    },
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
                "sv": "<p>Ledde en första träff där människans önskemål kartlades.</p>",
                "en": "<p>Led a first meeting that mapped the person's wishes.</p>",
            },
            "rubric": {
                "fi": "<p>Tapaaminen eteni henkilön ehdoilla, ja hänen toiveensa kirjattiin hänen omin sanoin.</p>",
                "sv": (
                    "<p>Träffen gick framåt på människans villkor, och hennes önskemål skrevs ner med hennes egna "
                    "ord.</p>"
                ),
                "en": "<p>The meeting went at the person's pace and their wishes were written down in their "
                "own words.</p>",
            },
        },
    ],
}


TEXT_FIELDS = ("text", "feedback", "feedback_correct", "feedback_incorrect", "rubric")


def _add_languages(row, **texts):
    """Give a demo row seeded earlier the languages added to the demo since, keeping every text it has."""
    changed = []
    for field, spec in texts.items():
        value = getattr(row, field)
        missing = {code: text for code, text in spec.items() if not value.get(code)}
        if missing:
            setattr(row, field, {**value, **missing})
            changed.append(field)
    if changed:
        row.save(update_fields=changed)


def _add_question_languages(bank, specs):
    questions = {question.order: question for question in bank.questions.prefetch_related("options", "pairs")}
    for order, spec in enumerate(specs, start=1):
        question = questions.get(order)
        if question is None:
            continue
        _add_languages(question, **{field: spec[field] for field in TEXT_FIELDS if field in spec})
        if spec.get("accepted_answers"):
            have = question.accepted_answers.splitlines()
            added = [answer for answer in spec["accepted_answers"].splitlines() if answer not in have]
            if added:
                question.accepted_answers = "\n".join(have + added)
                question.save(update_fields=["accepted_answers"])
        options = {option.order: option for option in question.options.all()}
        for position, (text, _is_correct, feedback) in enumerate(spec.get("options", []), start=1):
            if position in options:
                _add_languages(options[position], text=text, feedback=feedback)
        pairs = {pair.order: pair for pair in question.pairs.all()}
        for position, (prompt, answer) in enumerate(spec.get("pairs", []), start=1):
            if position in pairs:
                _add_languages(pairs[position], prompt=prompt, answer=answer)


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
    _add_languages(activity, title=spec["title"], body=spec["body"])
    bank = QuestionBank.objects.filter(module=module, title__fi=spec["bank"]["fi"]).first()
    if bank is None:
        bank = QuestionBank.objects.create(module=module, title=spec["bank"])
    _add_languages(bank, title=spec["bank"])
    if bank.questions.exists():
        _add_question_languages(bank, spec["questions"])
    else:
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
