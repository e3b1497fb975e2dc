"""The eddsa-jcs-2022 signing against the W3C test vectors, and its parts against independent libraries:
`rfc8785` for the JSON Canonicalization Scheme and `base58` for base58btc."""

import datetime
import hashlib
import json
import random
from pathlib import Path

import base58
import pytest
import rfc8785
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from certificates import badges, keys

# The suite keeps the migrated data in one session-wide setup, which needs the test database.
pytestmark = pytest.mark.django_db

VECTORS = Path(__file__).parent / "vectors" / "eddsa-jcs-2022"


def vector(name):
    text = (VECTORS / name).read_text()
    return json.loads(text) if name.endswith(".json") else text.strip()


def vector_key():
    """The W3C key pair's private key, decoded with the base58 package, not with the code under test."""
    data = base58.b58decode(vector("keyPair.json")["privateKeyMultibase"][1:])
    assert data[:2] == b"\x80\x26"  # multicodec ed25519-priv
    return Ed25519PrivateKey.from_private_bytes(data[2:])


def unsigned_document():
    return {k: v for k, v in vector("signedJCS.json").items() if k != "proof"}


def test_canonical_json_is_the_rfc8785_form():
    document = {
        "\U0001f600": "above the basic plane: sorted by its UTF-16 code units",
        "\ufb01": "a ligature",
        "number": 1.0,
        "large": 1e21,
        "small": 5e-7,
        "text": 'Máret\u2028Åberg\x1f"\\',
        "nested": [{"b": None, "a": True}],
    }
    assert badges.canonical(document) == rfc8785.dumps(document)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\0",
        b"\0\0\x01",
        bytes(range(256)),
        b"\xff" * 40,
        random.Random(58).randbytes(34),
    ],
)
def test_base58btc_agrees_with_the_base58_package(data):
    assert keys.base58btc(data) == base58.b58encode(data).decode()
    assert keys.base58btc_decode(base58.b58encode(data).decode()) == data


def test_base58btc_refuses_a_character_outside_its_alphabet():
    with pytest.raises(ValueError):
        keys.base58btc_decode("z0OIl")


def test_the_w3c_key_pair_reads_as_the_published_multikeys():
    pair = vector("keyPair.json")
    key = keys.parse_private_key(pair["privateKeyMultibase"])
    assert keys.public_multibase(key.public_key()) == pair["publicKeyMultibase"]
    assert keys.secret_multibase(key) == pair["privateKeyMultibase"]
    assert (
        keys.public_key_from_multibase(pair["publicKeyMultibase"]).public_bytes_raw()
        == vector_key().public_key().public_bytes_raw()
    )


def test_canonical_document_proof_options_and_hash_match_the_w3c_vector():
    options = vector("proofConfigJCS.json")
    assert badges.canonical(unsigned_document()).decode() == vector("canonDocJCS.txt")
    assert badges.canonical(options).decode() == vector("proofCanonJCS.txt")
    combined = (
        hashlib.sha256(badges.canonical(options)).digest()
        + hashlib.sha256(badges.canonical(unsigned_document())).digest()
    )
    assert combined.hex() == vector("combinedHashJCS.txt")


def test_signing_the_w3c_document_gives_the_published_proof():
    options = vector("proofConfigJCS.json")
    created = datetime.datetime(2023, 2, 24, 23, 36, 38, tzinfo=datetime.UTC)
    signed = badges.sign(
        unsigned_document(), created, key=vector_key(), verification_method=options["verificationMethod"]
    )
    expected = vector("signedJCS.json")["proof"]
    assert signed["proof"] == [expected]
    assert signed["proof"][0]["proofValue"] == vector("sigBTC58JCS.txt")


def test_the_w3c_signed_credential_verifies_and_a_changed_one_does_not():
    signed = vector("signedJCS.json")
    published = {signed["proof"]["verificationMethod"]: vector_key().public_key()}
    assert badges.verify(signed, published)
    assert badges.verify({**signed, "proof": [signed["proof"]]}, published)
    assert not badges.verify({**signed, "name": "Another Credential"}, published)
    assert not badges.verify({**signed, "@context": ["https://www.w3.org/ns/credentials/v2"]}, published)
    assert not badges.verify(signed, {"did:example:other#key": vector_key().public_key()})
