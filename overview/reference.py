"""Reference data the coordinator's home starts with: the residents of Lapland's municipalities.

Statistics Finland publishes the population of every municipality at the end of each year (table
11ra, "Key figures on population by region"). The figures below are those for the end of 2023; a
newer year is added as a data migration of its own (or in the admin site), and the home page uses
the newest year each municipality has.
"""

SOURCE = "Statistics Finland, 11ra: Key figures on population by region, 31 Dec 2023"
YEAR = 2023

# (statistical code, residents at the end of YEAR)
RESIDENTS = [
    ("047", 1832),  # Enontekiö
    ("148", 7081),  # Inari
    ("240", 19508),  # Kemi
    ("320", 7092),  # Kemijärvi
    ("241", 7916),  # Keminmaa
    ("261", 6664),  # Kittilä
    ("273", 3845),  # Kolari
    ("498", 2356),  # Muonio
    ("583", 935),  # Pelkosenniemi
    ("854", 3323),  # Pello
    ("614", 2884),  # Posio
    ("683", 3602),  # Ranua
    ("698", 65738),  # Rovaniemi
    ("732", 3254),  # Salla
    ("742", 1003),  # Savukoski
    ("751", 2872),  # Simo
    ("758", 8131),  # Sodankylä
    ("845", 2873),  # Tervola
    ("851", 21388),  # Tornio
    ("890", 1167),  # Utsjoki
    ("976", 3856),  # Ylitornio
]


def load(apps):
    Municipality = apps.get_model("accounts", "Municipality")
    Population = apps.get_model("overview", "Population")
    places = {m.code: m for m in Municipality.objects.filter(code__in=[code for code, _n in RESIDENTS])}
    for code, residents in RESIDENTS:
        if code in places:
            Population.objects.update_or_create(
                municipality=places[code], year=YEAR, defaults={"residents": residents, "source": SOURCE}
            )
