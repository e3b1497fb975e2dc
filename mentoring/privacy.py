"""Keeps client details out of the supervision log.

The log is about the link worker's own work. A Finnish personal identity code, a phone number or an
e-mail address in it almost always identifies a client, so such text is refused with an explanation.
"""

import re
from datetime import date

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
CENTURY_SIGNS = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
                 "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000}

IDENTITY_CODE = re.compile(
    r"(?<![0-9A-Za-z])(\d{2})(\d{2})(\d{2})([-+A-FU-Ya-fu-y])(\d{3})([0-9A-Ya-y])(?![0-9A-Za-z])"
)
# A run of digits with spaces, dashes or brackets that starts like a phone number: "+", "00" or "0".
PHONE_CANDIDATE = re.compile(r"(?<![\w+])(?:\+|\(?0)[\d\s()\-]{6,}\d(?![\w])")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}", re.UNICODE)


def is_identity_code(day, month, year, sign, individual, check):
    """True when the parts form a real Finnish personal identity code (a real date and a matching check)."""
    century = CENTURY_SIGNS.get(sign.upper())
    if century is None:
        return False
    try:
        date(century + int(year), int(month), int(day))
    except ValueError:
        return False
    if not 2 <= int(individual) <= 999:
        return False
    number = int(f"{day}{month}{year}{individual}")
    return CHECK_CHARACTERS[number % 31] == check.upper()


def contains_identity_code(text):
    return any(is_identity_code(*match.groups()) for match in IDENTITY_CODE.finditer(text or ""))


def contains_phone_number(text):
    for match in PHONE_CANDIDATE.finditer(text or ""):
        candidate = match.group(0).strip()
        digits = re.sub(r"\D", "", candidate)
        international = candidate.startswith("+") or digits.startswith("00")
        if international and 8 <= len(digits) <= 15:
            return True
        # Finnish numbers: an area or operator code starting with 0, 7 to 10 digits in all.
        if not international and digits.startswith("0") and 7 <= len(digits) <= 11:
            return True
    return False


def contains_email_address(text):
    return bool(EMAIL.search(text or ""))


def client_details_found(text):
    """The kinds of client details found in `text`, as translatable labels."""
    found = []
    if contains_identity_code(text):
        found.append(_("a personal identity code"))
    if contains_phone_number(text):
        found.append(_("a phone number"))
    if contains_email_address(text):
        found.append(_("an e-mail address"))
    return found


def validate_no_client_details(text):
    found = client_details_found(text)
    if found:
        raise ValidationError(
            _(
                "This text seems to contain %(details)s. The supervision log is about your own work as a "
                "link worker, never about clients: leave out anything that identifies a client. A client's "
                "details belong with the referring professional and in the coordinator's referral system."
            ),
            code="client_details",
            params={"details": ", ".join(str(label) for label in found)},
        )
