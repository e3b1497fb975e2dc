"""Keeps client details out of the supervision log.

The log is about the link worker's own work. A Finnish personal identity code, a phone number or an
e-mail address in it almost always identifies a client, so such text is refused with an explanation.

Every check runs in time linear in the text's length: a trainee's post must never be able to stall a
web worker. Each pattern either has bounded length or is possessive (it never backtracks), so each
position of the text is looked at a bounded number of times.
"""

import re
import unicodedata
from datetime import date

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
CENTURY_SIGNS = {
    "+": 1800,
    "-": 1900,
    "Y": 1900,
    "X": 1900,
    "W": 1900,
    "V": 1900,
    "U": 1900,
    "A": 2000,
    "B": 2000,
    "C": 2000,
    "D": 2000,
    "E": 2000,
    "F": 2000,
}

# Dashes a word processor or phone keyboard puts where a hyphen was meant, spaces that look like one,
# and invisible characters that could split a code without showing.
_DASHES = "\u00ad\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d"
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_DASH = re.compile(f"[{_DASHES}]")
_SPACE = re.compile(f"[{_SPACES}]")
_HIDDEN = re.compile(f"[{_INVISIBLE}]")

# "131052-308T", also written with spaces around the century sign: "250174 U 649Y".
IDENTITY_CODE = re.compile(
    r"(?<![0-9A-Za-z])(\d{2})(\d{2})(\d{2}) ?([-+A-FU-Ya-fu-y]) ?(\d{3})([0-9A-Ya-y])(?![0-9A-Za-z])", re.ASCII
)
# A run of digits with spaces, dashes or brackets that starts like a phone number: "+", "00" or "0".
PHONE_CANDIDATE = re.compile(r"(?<![\w+])(?:\+|\(?0)[0-9 ()\-]*+")
# "klo 0815-1000": a time range written without the dot, not a phone number.
TIME_RANGE = re.compile(r"([01]\d|2[0-3])[0-5]\d ?- ?([01]\d|2[0-3])[0-5]\d", re.ASCII)
# An "@" after a character of an address, then labels and dots up to a top-level domain. Each label is
# taken whole (possessive), so a failed try gives back whole labels only.
EMAIL = re.compile(r"(?<=[\w.+-])@(?:[\w-]++\.)+[A-Za-z]{2}")


def normalise(text):
    """The text with look-alike dashes and spaces made plain, so a code cannot hide behind an en dash."""
    text = unicodedata.normalize("NFKC", text or "")
    return _HIDDEN.sub("", _SPACE.sub(" ", _DASH.sub("-", text)))


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
    return _has_identity_code(normalise(text))


def _has_identity_code(text):
    return any(is_identity_code(*match.groups()) for match in IDENTITY_CODE.finditer(text))


def _is_phone_number(candidate):
    candidate = candidate.rstrip(" ()-")
    if TIME_RANGE.fullmatch(candidate):
        return False
    digits = re.sub(r"\D", "", candidate)
    international = candidate.startswith("+") or digits.startswith("00")
    if international:
        return 8 <= len(digits) <= 15
    # Finnish numbers: an area or operator code starting with 0, 7 to 10 digits in all.
    return digits.startswith("0") and 7 <= len(digits) <= 11


def contains_phone_number(text):
    return _has_phone_number(normalise(text))


def _has_phone_number(text):
    for match in PHONE_CANDIDATE.finditer(text):
        candidate = match.group(0).rstrip(" ()-")
        end = match.start() + len(candidate)
        if end < len(text) and (text[end].isalnum() or text[end] == "_"):
            continue  # runs on into a word, like "0800abc": not a number on its own
        if _is_phone_number(candidate):
            return True
    return False


def contains_email_address(text):
    return _has_email_address(normalise(text))


def _has_email_address(text):
    return EMAIL.search(text) is not None


def client_details_found(text):
    """The kinds of client details found in `text`, as translatable labels."""
    text = normalise(text)
    found = []
    if _has_identity_code(text):
        found.append(_("a personal identity code"))
    if _has_phone_number(text):
        found.append(_("a phone number"))
    if _has_email_address(text):
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
