import pytest

from mentoring.privacy import client_details_found, contains_email_address, contains_identity_code, contains_phone_number


CHECKS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def identity_code(birth, sign, individual):
    return f"{birth}{sign}{individual}{CHECKS[int(birth + individual) % 31]}"


@pytest.mark.parametrize("birth, sign, individual", [
    ("010594", "Y", "902"),  # 2023 reform sign for the 1900s
    ("020502", "E", "902"),  # 2000s, new sign
    ("290200", "A", "123"),  # 29 February 2000 is a real day
    ("311299", "+", "123"),  # 1800s
])
def test_valid_identity_codes_are_found(birth, sign, individual):
    assert contains_identity_code(f"Asiakas {identity_code(birth, sign, individual)} tuli käymään")


def test_29_february_in_a_year_that_is_not_leap_passes():
    assert not contains_identity_code(identity_code("290201", "A", "123"))


def test_the_well_known_example_code_is_found():
    assert contains_identity_code("hetu 131052-308T mukana")


def test_identity_code_with_a_wrong_check_character_passes():
    assert not contains_identity_code("131052-308U")


def test_identity_code_with_an_impossible_date_passes():
    # 31 February: the check character matches the digits, but there is no such day.
    assert not contains_identity_code(identity_code("310252", "-", "308"))


@pytest.mark.parametrize("sign", ["-", "Y", "X", "W", "V", "U", "A", "B", "C", "D", "E", "F", "+"])
def test_every_century_sign_is_recognised(sign):
    assert contains_identity_code(identity_code("131052", sign, "308"))


def test_lower_case_identity_code_is_found():
    assert contains_identity_code("131052-308t")


def test_unknown_century_sign_passes():
    assert not contains_identity_code("131052G308T")


@pytest.mark.parametrize("text", [
    "soita 040 123 4567", "+358 40 1234567", "0401234567", "puh. 040-1234567", "(09) 123 4567",
    "+46 70 123 45 67", "00358401234567",
])
def test_phone_numbers_are_found(text):
    assert contains_phone_number(text)


@pytest.mark.parametrize("text", [
    "Istunto kesti 90 minuuttia.", "Vuonna 2026 tavoitteena 3 tapaamista.", "klo 10-12", "1.10.2026",
    "Kävimme läpi 12 kohtaa ja 45 min harjoituksia", "Tavoite 2026-2027", "131052-308U",
])
def test_ordinary_numbers_pass(text):
    assert client_details_found(text) == []


def test_email_address_is_found():
    assert contains_email_address("kirjoita osoitteeseen maija.meikalainen@example.fi")


def test_at_sign_without_an_address_passes():
    assert not contains_email_address("tavataan @ kirjasto")
