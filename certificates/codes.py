"""Verification codes that people can read off a printed certificate and type in.

A code is 20 characters of Crockford's base 32 (100 random bits): digits and capitals without I, L, O
and U, so nothing reads as another character. It is printed in groups of four, and typed in any case,
with or without the spaces and dashes between groups; a typed I or L counts as 1 and an O as 0.
Certificates issued before this format keep their codes, which are looked up exactly as they are.
"""

import re
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 20
GROUP = 4
_READ_AS = str.maketrans({"I": "1", "L": "1", "O": "0"})
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015.]+")


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def grouped(code: str) -> str:
    """The code as printed, in groups of four ("K7QM-4XJD-…"); an older code as it is."""
    if not is_code(code):
        return code
    return "-".join(code[i : i + GROUP] for i in range(0, LENGTH, GROUP))


def is_code(code: str) -> bool:
    return len(code) == LENGTH and all(character in ALPHABET for character in code)


def typed(text: str) -> str | None:
    """The code a person meant by what they typed, or None if it cannot be one."""
    candidate = _SEPARATORS.sub("", text).upper().translate(_READ_AS)
    return candidate if is_code(candidate) else None
