"""Open Badges 3.0 credentials: signed with the issuer's Ed25519 key, verifiable with the published key alone."""

import base64
import hashlib

import base58
import pytest
import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from django.urls import reverse

from certificates import badges, services

from .conftest import TODAY

pytestmark = pytest.mark.django_db


def published_key(client):
    """The issuer's current public key, read only from the published issuer profile."""
    profile = client.get(reverse("certificates:issuer")).json()
    method = profile["verificationMethod"][0]
    assert method["type"] == "Multikey"
    raw = base58.b58decode(method["publicKeyMultibase"][1:])
    assert raw[:2] == b"\xed\x01"
    return profile, method["id"], Ed25519PublicKey.from_public_bytes(raw[2:])


def check_signature(credential, public_key):
    """eddsa-jcs-2022 verification written out from the specification, with rfc8785 and base58 as oracles."""
    document = {k: v for k, v in credential.items() if k != "proof"}
    (proof,) = credential["proof"]
    options = {k: v for k, v in proof.items() if k != "proofValue"}
    assert options["@context"] == document["@context"]
    data = hashlib.sha256(rfc8785.dumps(options)).digest() + hashlib.sha256(rfc8785.dumps(document)).digest()
    public_key.verify(base58.b58decode(proof["proofValue"][1:]), data)


@pytest.fixture
def credential(client, world):
    certificate = services.issue_certificate(world.ready, world.course, on=TODAY)
    client.force_login(world.ready)
    response = client.get(reverse("certificates:badge", args=[certificate.pk]))
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    client.logout()
    return certificate, response.json()


def test_badge_is_an_open_badge_credential(credential):
    certificate, document = credential
    assert document["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json" in document["@context"]
    assert document["credentialSubject"]["achievement"]["type"] == ["Achievement"]
    assert document["credentialSubject"]["identifier"][0]["identityHash"] == "Máret Aikio"
    assert document["validFrom"].startswith("2026-11-2")
    assert document["id"].endswith(reverse("certificates:verify", args=[certificate.verification_code]))
    assert [proof["cryptosuite"] for proof in document["proof"]] == ["eddsa-jcs-2022"]


def test_badge_signature_verifies_with_the_published_public_key(client, credential):
    _certificate, document = credential
    profile, key_id, public_key = published_key(client)
    assert document["issuer"]["id"] == profile["id"]
    assert document["proof"][0]["verificationMethod"] == key_id
    check_signature(document, public_key)
    assert badges.verify(document, {key_id: public_key})


def test_tampered_badge_fails_verification(client, credential):
    _certificate, document = credential
    _profile, key_id, public_key = published_key(client)
    document["credentialSubject"]["identifier"][0]["identityHash"] = "Someone Else"
    with pytest.raises(InvalidSignature):
        check_signature(document, public_key)
    assert not badges.verify(document, {key_id: public_key})


def test_signing_key_comes_from_the_setting(client, world, settings):
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    settings.OPEN_BADGES_PRIVATE_KEY = pem
    certificate = services.issue_certificate(world.ready, world.course, on=TODAY)
    _profile, _key_id, public_key = published_key(client)
    assert public_key.public_bytes_raw() == key.public_key().public_bytes_raw()
    check_signature(badges.open_badge_credential(certificate), key.public_key())
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    settings.OPEN_BADGES_PRIVATE_KEY = base64.b64encode(raw).decode()
    assert badges.private_key().public_key().public_bytes_raw() == key.public_key().public_bytes_raw()


def test_issuer_profile_is_public(client, db):
    response = client.get(reverse("certificates:issuer"))
    assert response.status_code == 200
    assert response.json()["type"] == ["Profile"]


def test_badge_description_is_plain_text(world):
    world.course.description = {"fi": "<p>Ensimmäinen &amp; tärkein.</p><p>Toinen<br>rivi.</p>"}
    world.course.save()
    certificate = services.issue_certificate(world.ready, world.course, on=TODAY)
    description = badges.credential_document(certificate)["credentialSubject"]["achievement"]["description"]
    assert description == "Ensimmäinen & tärkein.\nToinen\nrivi."


def test_badge_follows_the_holders_language(world):
    world.course.title = {"fi": "Peruskoulutus", "sv": "Grundutbildning"}
    world.course.save()
    certificate = services.issue_certificate(world.ready, world.course, on=TODAY)
    world.ready.preferred_language = "sv"
    world.ready.save()
    assert badges.credential_document(certificate)["name"] == "Grundutbildning"


@pytest.mark.parametrize("change", ["suspend_certificate", "revoke_certificate"])
def test_no_badge_is_signed_for_a_suspended_or_revoked_certificate(client, world, change):
    certificate = services.issue_certificate(world.ready, world.course, on=TODAY)
    getattr(services, change)(certificate, by=world.coordinator, reason="Selvitys")
    client.force_login(world.ready)
    response = client.get(reverse("certificates:badge", args=[certificate.pk]))
    assert response.status_code == 409
    assert "proof" not in response.json() and certificate.number in response.json()["detail"]
    assert (
        reverse("certificates:badge", args=[certificate.pk])
        not in client.get(reverse("certificates:mine")).content.decode()
    )
