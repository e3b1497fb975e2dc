"""The Open Badges signing keys: reading them from the settings, and their Multikey forms.

`OPEN_BADGES_PRIVATE_KEY` holds the current Ed25519 key, which signs every new credential. It is
read as a Multikey secret (`z3u2…`, what `manage.py new_badge_key` prints), as PEM (PKCS #8), or as
base64 of the 32 raw bytes. `OPEN_BADGES_PREVIOUS_PUBLIC_KEYS` lists the public Multikeys (`z6Mk…`)
of retired keys, separated by commas or white space: they are still published, so what they signed
keeps verifying. Each key's id is the issuer's address with the public Multikey as its fragment, so
an id never changes when keys are added or retired.

Without `OPEN_BADGES_PRIVATE_KEY`, development derives a key from `SECRET_KEY` and names it a
development key; production never does (it refuses to sign instead).
"""

import base64
import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from django.core.exceptions import ImproperlyConfigured

BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
ED25519_PUBLIC_PREFIX = b"\xed\x01"  # multicodec ed25519-pub, as an unsigned varint
ED25519_SECRET_PREFIX = b"\x80\x26"  # multicodec ed25519-priv (0x1300), as an unsigned varint
DEVELOPMENT_FRAGMENT_PREFIX = "development-key-"
MAX_KEY_TEXT = 10_000


def base58btc(data):
    number = int.from_bytes(data, "big")
    text = ""
    while number:
        number, rest = divmod(number, 58)
        text = BASE58[rest] + text
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + text


def base58btc_decode(text):
    number = 0
    for char in text:
        position = BASE58.find(char)
        if position < 0:
            raise ValueError(f"{char!r} is not a base58btc character")
        number = number * 58 + position
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    return b"\0" * (len(text) - len(text.lstrip("1"))) + body


def public_multibase(public_key):
    """The public key as a Multikey `publicKeyMultibase` (z6Mk…)."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return "z" + base58btc(ED25519_PUBLIC_PREFIX + raw)


def secret_multibase(private_key):
    """The private key as a Multikey `secretKeyMultibase` (z3u2…)."""
    raw = private_key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    return "z" + base58btc(ED25519_SECRET_PREFIX + raw)


def _multikey_bytes(value, prefix, what):
    if not value.startswith("z"):
        raise ValueError(f"a {what} Multikey starts with z (base58btc)")
    data = base58btc_decode(value[1:])
    if not data.startswith(prefix) or len(data) != len(prefix) + 32:
        raise ValueError(f"not an Ed25519 {what} Multikey")
    return data[len(prefix) :]


def public_key_from_multibase(value):
    return Ed25519PublicKey.from_public_bytes(_multikey_bytes(value, ED25519_PUBLIC_PREFIX, "public"))


def parse_private_key(text):
    """An Ed25519 private key from a Multikey secret, PEM or base64 of the raw bytes; ValueError otherwise."""
    text = text.strip()
    if len(text) > MAX_KEY_TEXT:
        raise ValueError("the value is too long for a key")
    if text.startswith("-----BEGIN"):
        key = serialization.load_pem_private_key(text.encode(), password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise ValueError("the PEM key is not an Ed25519 key")
        return key
    raw = _raw_base64_key(text)
    if text.startswith("z"):
        try:
            return Ed25519PrivateKey.from_private_bytes(_multikey_bytes(text, ED25519_SECRET_PREFIX, "secret"))
        except ValueError:
            # One base64 key in 64 starts with "z" too; it is read as what it is.
            if raw is None:
                raise
    if raw is None:
        raise ValueError("neither a Multikey secret (z…), PEM nor base64 of the key's 32 bytes")
    return Ed25519PrivateKey.from_private_bytes(raw)


def _raw_base64_key(text):
    """The 32 bytes that `text` encodes in base64, or None when it is not such a text."""
    try:
        raw = base64.b64decode(text, validate=True)
    except ValueError:
        return None
    return raw if len(raw) == 32 else None


def parse_public_keys(text):
    """The public Multikeys listed in `text` (commas or white space between them); ValueError on a bad one."""
    if len(text) > MAX_KEY_TEXT:
        raise ValueError("the list is too long")
    values = [value for value in text.replace(",", " ").split() if value]
    for value in values:
        try:
            public_key_from_multibase(value)
        except ValueError as error:
            raise ValueError(f"{value[:12]}…: {error}") from None
    return list(dict.fromkeys(values))


@dataclass(frozen=True)
class PublishedKey:
    fragment: str
    public_key_multibase: str


@dataclass(frozen=True)
class SigningKeys:
    """The key that signs now, and every public key that is published (the current one first)."""

    private_key: Ed25519PrivateKey
    current: PublishedKey
    previous: tuple
    is_development: bool

    @property
    def published(self):
        return (self.current, *self.previous)


def development_key(secret_key):
    return Ed25519PrivateKey.from_private_bytes(hashlib.sha256(b"open-badges:" + secret_key.encode()).digest())


def load_signing_keys(*, private_key, previous_public_keys, secret_key, production):
    """Read the configured keys; ImproperlyConfigured names the setting that cannot be used."""
    is_development = not private_key.strip()
    if is_development:
        if production:
            raise ImproperlyConfigured(
                "OPEN_BADGES_PRIVATE_KEY must be set in production; make one with `manage.py new_badge_key`."
            )
        key = development_key(secret_key)
    else:
        try:
            key = parse_private_key(private_key)
        except (ValueError, TypeError) as error:
            raise ImproperlyConfigured(f"OPEN_BADGES_PRIVATE_KEY cannot be read: {error}") from None
    try:
        previous = parse_public_keys(previous_public_keys or "")
    except ValueError as error:
        raise ImproperlyConfigured(f"OPEN_BADGES_PREVIOUS_PUBLIC_KEYS cannot be read: {error}") from None
    current = public_multibase(key.public_key())
    fragment = DEVELOPMENT_FRAGMENT_PREFIX + current if is_development else current
    return SigningKeys(
        private_key=key,
        current=PublishedKey(fragment, current),
        previous=tuple(PublishedKey(value, value) for value in previous if value != current),
        is_development=is_development,
    )
