import random
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from stdnum.fi import hetu

from mentoring.client_details import (
    client_details_found,
    contains_email_address,
    contains_identity_code,
    contains_phone_number,
)

# Check characters of the Finnish identity code, in the order of the Digital and Population Data Services
# Agency's table; which one belongs to a code is decided by python-stdnum, never by the code under test.
CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
SIGNS = {1800: "+", 1900: "-YXWVU", 2000: "ABCDEF"}
TYPOGRAPHIC_DASHES = {
    "en dash": "\u2013",
    "em dash": "\u2014",
    "minus sign": "\u2212",
    "non-breaking hyphen": "\u2011",
    "hyphen": "\u2010",
    "figure dash": "\u2012",
    "small hyphen-minus": "\ufe63",
    "full-width hyphen-minus": "\uff0d",
}
ROOT = Path(__file__).resolve().parents[2]


def stdnum_check_character(stem):
    """The one check character that python-stdnum accepts after `stem` (temporary codes 900-999 included)."""
    valid = [c for c in CHECK_CHARACTERS if hetu.is_valid(stem + c, allow_temporary=True)]
    assert len(valid) == 1, stem
    return valid[0]


def generated_codes(count, seed=11):
    """`count` valid identity codes from 1800 to today, every century sign and individual number range."""
    rng = random.Random(seed)
    first, last = date(1800, 1, 1), date(2025, 12, 31)
    codes = []
    for _ in range(count):
        born = first + timedelta(days=rng.randrange((last - first).days))
        sign = rng.choice(SIGNS[born.year // 100 * 100])
        stem = f"{born:%d%m}{born.year % 100:02d}{sign}{rng.randrange(2, 1000):03d}"
        codes.append(stem + stdnum_check_character(stem))
    return codes


CODES = generated_codes(200)


def test_every_identity_code_python_stdnum_accepts_is_found():
    missed = [code for code in CODES if not contains_identity_code(f"Asiakas {code} tuli käymään")]
    assert missed == []


def test_every_wrong_check_character_passes():
    for code in CODES[:40]:
        for wrong in CHECK_CHARACTERS.replace(code[-1], ""):
            assert not hetu.is_valid(code[:-1] + wrong, allow_temporary=True)
            assert not contains_identity_code(code[:-1] + wrong), code[:-1] + wrong


@pytest.mark.parametrize("stem", ["310252-308", "290201A123", "300200A123", "131352-308", "131052-001"])
def test_impossible_identity_codes_pass_with_any_check_character(stem):
    # No such day, no thirteenth month, or an individual number below 002: python-stdnum refuses them all.
    for check in CHECK_CHARACTERS:
        assert not hetu.is_valid(stem + check, allow_temporary=True)
        assert not contains_identity_code(stem + check)


def test_29_february_of_a_leap_year_is_a_real_day():
    assert contains_identity_code("290200A123" + stdnum_check_character("290200A123"))


@pytest.mark.parametrize("dash", TYPOGRAPHIC_DASHES.values(), ids=TYPOGRAPHIC_DASHES.keys())
def test_identity_codes_written_with_a_typographic_dash_are_found(dash):
    written = [code[:6] + dash + code[7:] for code in CODES if code[6] == "-"]
    assert len(written) >= 10
    assert [code for code in written if not contains_identity_code(f"hetu {code}.")] == []


@pytest.mark.parametrize(
    "text", ["250174 U 649Y", "250174 U649Y", "250174U 649Y", "131052 - 308T", "131052\u00a0-\u00a0308T"]
)
def test_identity_codes_written_with_spaces_around_the_century_sign_are_found(text):
    assert hetu.is_valid(text.replace(" ", "").replace("\u00a0", ""))
    assert contains_identity_code(f"Asiakkaan tunnus {text} mukana")


def test_identity_code_split_by_an_invisible_character_is_found():
    assert contains_identity_code("131052\u200b-308T")


def test_the_well_known_example_code_is_found():
    assert hetu.is_valid("131052-308T")
    assert contains_identity_code("hetu 131052-308T mukana")


def test_lower_case_identity_code_is_found():
    assert contains_identity_code("131052-308t")


def test_unknown_century_sign_passes():
    assert not contains_identity_code("131052G308T")


def test_identity_code_inside_a_longer_word_passes():
    assert not contains_identity_code("X131052-308T9")


@pytest.mark.parametrize(
    "text",
    [
        "soita 040 123 4567",
        "+358 40 1234567",
        "0401234567",
        "puh. 040-1234567",
        "(09) 123 4567",
        "+46 70 123 45 67",
        "00358401234567",
        "puh. 040\u20131234567",
        "soita 040\u00a0123\u00a04567",
    ],
)
def test_phone_numbers_are_found(text):
    assert contains_phone_number(text)


@pytest.mark.parametrize(
    "text",
    [
        "Istunto kesti 90 minuuttia.",
        "Vuonna 2026 tavoitteena 3 tapaamista.",
        "klo 10-12",
        "1.10.2026",
        "Kävimme läpi 12 kohtaa ja 45 min harjoituksia",
        "Tavoite 2026-2027",
        "131052-308U",
        "klo 0815-1000",
        "klo 0815\u20131000",
        "tapaaminen klo 0815 - 1000 kirjastolla",
        "klo 0900-1130 ja 1200-1300",
    ],
)
def test_ordinary_numbers_and_times_pass(text):
    assert client_details_found(text) == []


def test_a_time_range_beside_a_phone_number_still_finds_the_number():
    assert contains_phone_number("klo 0815-1000, soita 040 123 4567")


def test_email_address_is_found():
    assert contains_email_address("kirjoita osoitteeseen maija.meikalainen@example.fi")


@pytest.mark.parametrize("text", ["a@b@example.fi", "posti: x@sub.example.org.", "x@a.1.fi"])
def test_email_addresses_among_other_at_signs_and_dots_are_found(text):
    assert contains_email_address(text)


@pytest.mark.parametrize("text", ["tavataan @ kirjasto", "a@b", "a@b.c", "@example.fi", "x@1.2.3"])
def test_at_sign_without_an_address_passes(text):
    assert not contains_email_address(text)


def test_the_guard_answers_long_hostile_texts_in_linear_time():
    # Shapes that made the old patterns backtrack, 200 kB each. The old guard took over a minute on the
    # first alone (11 s for 40,000 letters, growing with the square); a linear one answers in well under
    # a second. Timings per size are printed by `python -m bench.client_details_guard`.
    script = (
        "from mentoring.client_details import client_details_found\n"
        "for unit in ['a', '0' * 50 + ' ', 'a@' + 'b.' * 30, 'a@', '(0', '131052 ']:\n"
        "    client_details_found((unit * 200_000)[:200_000])\n"
    )
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, check=True, timeout=30)
