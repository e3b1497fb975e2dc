"""Open Badges 3.0: each certificate as an OpenBadgeCredential (a W3C verifiable credential).

The credential is secured with an embedded Data Integrity proof using the eddsa-jcs-2022 cryptosuite:
the document and the proof options are canonicalised with the JSON Canonicalization Scheme (RFC 8785),
hashed with SHA-256 and signed with the issuer's Ed25519 key. Our documents hold only strings, lists
and objects with ASCII keys, for which sorted-key compact JSON is exactly the JCS form.
"""

import base64
import datetime
import hashlib
import json
import re
import uuid
from functools import lru_cache
from html import unescape

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from .pdf import verification_url
from .services import document_language

CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
PROFILE_CONTEXT = CONTEXT + ["https://w3id.org/security/multikey/v1"]
CRYPTOSUITE = "eddsa-jcs-2022"
ED25519_PUBLIC_PREFIX = b"\xed\x01"  # the multicodec code of an Ed25519 public key
BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


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
        number = number * 58 + BASE58.index(char)
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    return b"\0" * (len(text) - len(text.lstrip("1"))) + body


def canonical(document):
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


@lru_cache(maxsize=4)
def _load_private_key(configured, secret_key):
    if not configured:
        # Development: a stable key derived from SECRET_KEY; production sets OPEN_BADGES_PRIVATE_KEY.
        return Ed25519PrivateKey.from_private_bytes(hashlib.sha256(b"open-badges:" + secret_key.encode()).digest())
    try:
        if configured.lstrip().startswith("-----BEGIN"):
            key = serialization.load_pem_private_key(configured.encode(), password=None)
        else:
            key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(configured))
    except ValueError as error:
        raise ImproperlyConfigured(f"OPEN_BADGES_PRIVATE_KEY cannot be read: {error}") from error
    if not isinstance(key, Ed25519PrivateKey):
        raise ImproperlyConfigured("OPEN_BADGES_PRIVATE_KEY must be an Ed25519 key.")
    return key


def private_key():
    return _load_private_key(settings.OPEN_BADGES_PRIVATE_KEY, settings.SECRET_KEY)


def public_key_multibase(public_key=None):
    public_key = public_key or private_key().public_key()
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return "z" + base58btc(ED25519_PUBLIC_PREFIX + raw)


def public_key_from_multibase(value):
    data = base58btc_decode(value[1:])
    if not value.startswith("z") or not data.startswith(ED25519_PUBLIC_PREFIX):
        raise ValueError("not a base58btc Ed25519 Multikey")
    return Ed25519PublicKey.from_public_bytes(data[len(ED25519_PUBLIC_PREFIX):])


def issuer_id():
    return settings.SITE_URL.rstrip("/") + reverse("certificates:issuer")


def key_id():
    return issuer_id() + "#key-1"


def issuer_profile():
    """The issuer's public Profile with its verification key as a Multikey."""
    issuer = issuer_id()
    return {
        "@context": PROFILE_CONTEXT,
        "id": issuer,
        "type": ["Profile"],
        "name": settings.CERTIFICATE_ISSUER_NAME,
        "url": settings.SITE_URL.rstrip("/") + "/",
        "verificationMethod": [{
            "id": key_id(),
            "type": "Multikey",
            "controller": issuer,
            "publicKeyMultibase": public_key_multibase(),
        }],
        "assertionMethod": [key_id()],
    }


def _instant(day, end=False):
    moment = datetime.datetime.combine(day, datetime.time(23, 59, 59) if end else datetime.time(0, 0))
    return timezone.make_aware(moment).astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def plain_text(html):
    """Course descriptions are rich text; a credential's description is plain text, paragraphs kept."""
    text = strip_tags(re.sub(r"(?i)</p>|<br\s*/?>|</li>", "\n", str(html)))
    return "\n".join(line.strip() for line in unescape(text).splitlines() if line.strip())


def _subject(holder):
    identifiers = [{"type": "IdentityObject", "identityType": "name", "hashed": False,
                    "identityHash": holder.get_full_name() or holder.username}]
    if holder.email:
        salt = hashlib.sha256(f"{holder.pk}:{settings.SECRET_KEY}".encode()).hexdigest()[:16]
        digest = hashlib.sha256((holder.email.strip().lower() + salt).encode()).hexdigest()
        identifiers.append({"type": "IdentityObject", "identityType": "emailAddress", "hashed": True,
                            "identityHash": f"sha256${digest}", "salt": salt})
    return identifiers


def credential_document(certificate):
    """The unsigned OpenBadgeCredential of `certificate`, in the holder's language where it matters."""
    course = certificate.course
    language = document_language(certificate.holder)
    title = course.title.text(language)
    url = verification_url(certificate)
    return {
        "@context": CONTEXT,
        "id": url,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": title,
        "issuer": {"id": issuer_id(), "type": ["Profile"], "name": settings.CERTIFICATE_ISSUER_NAME},
        "validFrom": _instant(certificate.issued_on),
        "validUntil": _instant(certificate.valid_until, end=True),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": _subject(certificate.holder),
            "achievement": {
                "id": f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, issuer_id() + '/programmes/' + course.code)}",
                "type": ["Achievement"],
                "achievementType": "Certificate",
                "name": title,
                "description": plain_text(course.description.text(language)) or title,
                "criteria": {"narrative": f"{title}: {certificate.number}"},
            },
        },
    }


def _hash_data(document, proof_options):
    return hashlib.sha256(canonical(proof_options)).digest() + hashlib.sha256(canonical(document)).digest()


def sign(document, created):
    """`document` with an eddsa-jcs-2022 DataIntegrityProof added."""
    proof = {
        "@context": document["@context"],
        "type": "DataIntegrityProof",
        "cryptosuite": CRYPTOSUITE,
        "created": created.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "verificationMethod": key_id(),
        "proofPurpose": "assertionMethod",
    }
    signature = private_key().sign(_hash_data(document, proof))
    del proof["@context"]
    return {**document, "proof": {**proof, "proofValue": "z" + base58btc(signature)}}


def open_badge_credential(certificate):
    return sign(credential_document(certificate), certificate.created_at)


def verify(credential, public_key):
    """True when `credential`'s proof is a valid eddsa-jcs-2022 signature by `public_key`."""
    from cryptography.exceptions import InvalidSignature

    document = {key: value for key, value in credential.items() if key != "proof"}
    proof = dict(credential["proof"])
    signature = base58btc_decode(proof.pop("proofValue")[1:])
    proof["@context"] = document["@context"]
    try:
        public_key.verify(signature, _hash_data(document, proof))
    except InvalidSignature:
        return False
    return proof.get("cryptosuite") == CRYPTOSUITE
