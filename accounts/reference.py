"""Reference data every installation starts with: Lapland's municipalities and working languages."""

import pycountry

SERVICE_AREAS = [
    ("north", "Pohjoinen palvelualue"),
    ("east", "Itäinen palvelualue"),
    ("west", "Läntinen palvelualue"),
    ("central", "Keskinen palvelualue"),
]

# (statistical code, Finnish name, Swedish name, North Sámi name, service area)
MUNICIPALITIES = [
    ("047", "Enontekiö", "Enontekis", "Eanodat", "north"),
    ("148", "Inari", "Enare", "Anár", "north"),
    ("240", "Kemi", "Kemi", "", "west"),
    ("320", "Kemijärvi", "Kemijärvi", "", "east"),
    ("241", "Keminmaa", "Keminmaa", "", "west"),
    ("261", "Kittilä", "Kittilä", "Gittel", "north"),
    ("273", "Kolari", "Kolari", "", "north"),
    ("498", "Muonio", "Muonio", "Muoná", "north"),
    ("583", "Pelkosenniemi", "Pelkosenniemi", "", "east"),
    ("854", "Pello", "Pello", "", "west"),
    ("614", "Posio", "Posio", "", "east"),
    ("683", "Ranua", "Ranua", "", "central"),
    ("698", "Rovaniemi", "Rovaniemi", "Roavvenjárga", "central"),
    ("732", "Salla", "Salla", "", "east"),
    ("742", "Savukoski", "Savukoski", "", "east"),
    ("751", "Simo", "Simo", "", "west"),
    ("758", "Sodankylä", "Sodankylä", "Soađegilli", "north"),
    ("845", "Tervola", "Tervola", "", "west"),
    ("851", "Tornio", "Torneå", "Duortnus", "west"),
    ("890", "Utsjoki", "Utsjoki", "Ohcejohka", "north"),
    ("976", "Ylitornio", "Övertorneå", "", "west"),
]

# (ISO 639 code, name in the language itself, Sámi)
LANGUAGES = [
    ("fi", "suomi", False),
    ("sv", "svenska", False),
    ("en", "English", False),
    ("se", "davvisámegiella", True),
    ("smn", "anarâškielâ", True),
    ("sms", "sääʹmǩiõll", True),
]


def load(apps):
    ServiceArea = apps.get_model("accounts", "ServiceArea")
    Municipality = apps.get_model("accounts", "Municipality")
    Language = apps.get_model("accounts", "Language")
    areas = {}
    for code, name in SERVICE_AREAS:
        areas[code], _ = ServiceArea.objects.update_or_create(code=code, defaults={"name": name})
    for code, name, name_sv, name_se, area in MUNICIPALITIES:
        Municipality.objects.update_or_create(
            code=code, defaults={"name": name, "name_sv": name_sv, "name_se": name_se, "service_area": areas[area]}
        )
    for code, name, is_sami in LANGUAGES:
        Language.objects.update_or_create(code=code, defaults={"name": name, "is_sami": is_sami})


def living_language(code):
    """A living language of the ISO 639-3 reference list by its two- or three-letter code, as
    (the code Linkki keeps: ISO 639-1 where the language has one, else ISO 639-3; its English name),
    or None for codes that are not assigned or name no living language (zxx, mul, Klingon)."""
    code = code.strip().lower()
    if not code.isascii() or not code.isalpha() or len(code) not in (2, 3):
        return None
    language = pycountry.languages.get(**{"alpha_2" if len(code) == 2 else "alpha_3": code})
    if language is None or language.type != "L":
        return None
    return getattr(language, "alpha_2", None) or language.alpha_3, language.name
