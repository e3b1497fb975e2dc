"""The Open Badges signing keys: never derived in production, made by a command, rotated without
breaking what the retired keys signed."""

import base64
import io
import os
import subprocess
import sys
from pathlib import Path

import base58
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.urls import reverse

from certificates import badges, keys, services

from .conftest import TODAY
from .test_badges import check_signature

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def multikey(public_key):
    """A public Multikey written with the base58 package, not with the code under test."""
    return "z" + base58.b58encode(b"\xed\x01" + public_key.public_bytes_raw()).decode()


def secret(private_key):
    raw = private_key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    return "z" + base58.b58encode(b"\x80\x26" + raw).decode()


def profile_keys(client):
    """Every published key by its id, as a verifier reads them from issuer.json."""
    profile = client.get(reverse("certificates:issuer")).json()
    assert profile["assertionMethod"] == [method["id"] for method in profile["verificationMethod"]]
    return {
        method["id"]: Ed25519PublicKey.from_public_bytes(base58.b58decode(method["publicKeyMultibase"][1:])[2:])
        for method in profile["verificationMethod"]
    }, profile


def test_production_never_derives_a_signing_key(settings, world):
    settings.PRODUCTION = True
    settings.OPEN_BADGES_PRIVATE_KEY = ""
    certificate = services.issue_certificate(world.ready, world.course, on=TODAY)
    with pytest.raises(ImproperlyConfigured, match="OPEN_BADGES_PRIVATE_KEY"):
        badges.open_badge_credential(certificate)
    with pytest.raises(ImproperlyConfigured):
        badges.issuer_profile()
    key = Ed25519PrivateKey.generate()
    settings.OPEN_BADGES_PRIVATE_KEY = secret(key)
    check_signature(badges.open_badge_credential(certificate), key.public_key())


def test_the_development_key_says_it_is_one(client, settings, db):
    settings.OPEN_BADGES_PRIVATE_KEY = ""
    published, profile = profile_keys(client)
    (key_id,) = published
    assert key_id.split("#")[1].startswith("development-key-z6Mk")
    assert profile["description"].startswith("Kehitysympäristön allekirjoitusavain")
    settings.OPEN_BADGES_PRIVATE_KEY = secret(Ed25519PrivateKey.generate())
    published, profile = profile_keys(client)
    assert "description" not in profile and "development" not in next(iter(published))


def test_the_new_key_command_prints_a_key_that_signs_and_its_public_multikey(client, settings, world):
    out = io.StringIO()
    call_command("new_badge_key", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("OPEN_BADGES_PRIVATE_KEY=z3u2")
    printed_public = lines[1].rsplit(" ", 1)[1]
    settings.OPEN_BADGES_PRIVATE_KEY = lines[0].split("=", 1)[1]
    data = base58.b58decode(settings.OPEN_BADGES_PRIVATE_KEY[1:])
    assert data[:2] == b"\x80\x26" and len(data) == 34
    assert printed_public == multikey(Ed25519PrivateKey.from_private_bytes(data[2:]).public_key())
    certificate = services.issue_certificate(world.ready, world.course, on=TODAY)
    published, _profile = profile_keys(client)
    credential = badges.open_badge_credential(certificate)
    method = credential["proof"][0]["verificationMethod"]
    assert method.endswith("#" + printed_public)
    check_signature(credential, published[method])
    out2 = io.StringIO()
    call_command("new_badge_key", stdout=out2)
    assert out2.getvalue().splitlines()[0] != lines[0]


def test_new_badges_are_signed_with_the_newest_key_and_old_ones_keep_verifying(client, settings, world):
    old, new = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    settings.OPEN_BADGES_PRIVATE_KEY = secret(old)
    certificate = services.issue_certificate(world.ready, world.course, on=TODAY)
    old_badge = badges.open_badge_credential(certificate)

    settings.OPEN_BADGES_PRIVATE_KEY = secret(new)
    settings.OPEN_BADGES_PREVIOUS_PUBLIC_KEYS = (
        f"{multikey(old.public_key())}, z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
    )
    published, _profile = profile_keys(client)
    issuer = badges.issuer_id()
    assert list(published) == [
        f"{issuer}#{multikey(new.public_key())}",
        f"{issuer}#{multikey(old.public_key())}",
        f"{issuer}#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
    ]
    new_badge = badges.open_badge_credential(certificate)
    assert new_badge["proof"][0]["verificationMethod"] == f"{issuer}#{multikey(new.public_key())}"
    for badge in (old_badge, new_badge):
        check_signature(badge, published[badge["proof"][0]["verificationMethod"]])
        assert badges.verify(badge)

    settings.OPEN_BADGES_PREVIOUS_PUBLIC_KEYS = ""
    assert not badges.verify(old_badge)
    assert badges.verify(new_badge)


def test_the_private_key_reads_as_a_multikey_pem_or_base64(settings):
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    for text in (secret(key), pem, base64.b64encode(raw).decode(), f"  {secret(key)}\n"):
        settings.OPEN_BADGES_PRIVATE_KEY = text
        assert badges.public_key_multibase() == multikey(key.public_key())


def test_a_base64_key_that_happens_to_start_with_z_reads_as_base64(settings):
    # One random key in 64 has a base64 form starting with "z", like a Multikey secret.
    while True:
        key = Ed25519PrivateKey.generate()
        text = base64.b64encode(key.private_bytes_raw()).decode()
        if text.startswith("z"):
            break
    settings.OPEN_BADGES_PRIVATE_KEY = text
    assert badges.public_key_multibase() == multikey(key.public_key())


@pytest.mark.parametrize(
    "private_key, previous, named",
    [
        ("not a key", "", "OPEN_BADGES_PRIVATE_KEY"),
        (base64.b64encode(b"short").decode(), "", "OPEN_BADGES_PRIVATE_KEY"),
        ("z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2", "", "OPEN_BADGES_PRIVATE_KEY"),  # a public key
        ("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----", "", "OPEN_BADGES_PRIVATE_KEY"),
        ("z" + "1" * 20_000, "", "OPEN_BADGES_PRIVATE_KEY"),
        ("", "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq", "OPEN_BADGES_PREVIOUS_PUBLIC_KEYS"),  # a secret
        ("", "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2 z0", "OPEN_BADGES_PREVIOUS_PUBLIC_KEYS"),
    ],
)
def test_a_key_that_cannot_be_read_is_named_in_the_error(settings, private_key, previous, named):
    settings.OPEN_BADGES_PRIVATE_KEY = private_key
    settings.OPEN_BADGES_PREVIOUS_PUBLIC_KEYS = previous
    with pytest.raises(ImproperlyConfigured, match=named):
        badges.signing_keys()


@pytest.mark.parametrize("variable", ["OPEN_BADGES_PRIVATE_KEY", "OPEN_BADGES_PREVIOUS_PUBLIC_KEYS"])
def test_a_key_that_cannot_be_read_stops_the_process_at_start(variable):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("OPEN_BADGES_")}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**environment, variable: "z-not-a-key"},
        timeout=120,
    )
    assert result.returncode != 0
    assert f"{variable} cannot be read" in result.stderr


def test_keys_module_forms_agree_with_the_base58_package():
    key = Ed25519PrivateKey.generate()
    assert keys.public_multibase(key.public_key()) == multikey(key.public_key())
    assert keys.secret_multibase(key) == secret(key)
