"""Open Badges 3.0: each certificate as an OpenBadgeCredential (a W3C verifiable credential).

The credential is secured with an embedded Data Integrity proof using the eddsa-jcs-2022 cryptosuite:
the document and the proof options (which carry the document's `@context`) are canonicalised with the
JSON Canonicalization Scheme (RFC 8785, through the `rfc8785` package), hashed with SHA-256 and signed
with the issuer's current Ed25519 key. The proof stays a set (a list), as the 1EdTech OB 3.0 schema
asks, and keeps its `@context`, as the W3C test vectors do. The keys are read in `keys.py`.
"""

import datetime
import hashlib
import re
import uuid
from functools import lru_cache
from html import unescape

import rfc8785
from cryptography.exceptions import InvalidSignature
from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from . import keys, status_list
from .pdf import verification_url
from .services import document_language

CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
PROFILE_CONTEXT = CONTEXT + ["https://w3id.org/security/multikey/v1"]
CRYPTOSUITE = "eddsa-jcs-2022"
OB_SCHEMA = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json"


def canonical(document):
    return rfc8785.dumps(document)


@lru_cache(maxsize=4)
def _signing_keys(private_key, previous_public_keys, secret_key, production):
    return keys.load_signing_keys(
        private_key=private_key, previous_public_keys=previous_public_keys, secret_key=secret_key, production=production
    )


def signing_keys():
    return _signing_keys(
        settings.OPEN_BADGES_PRIVATE_KEY or "",
        getattr(settings, "OPEN_BADGES_PREVIOUS_PUBLIC_KEYS", "") or "",
        settings.SECRET_KEY,
        bool(getattr(settings, "PRODUCTION", False)),
    )


def private_key():
    return signing_keys().private_key


def public_key_multibase(public_key=None):
    return keys.public_multibase(public_key or private_key().public_key())


def issuer_id():
    return settings.SITE_URL.rstrip("/") + reverse("certificates:issuer")


def key_id(fragment=None):
    """The id of a published key (its verificationMethod); the current key's without `fragment`."""
    return issuer_id() + "#" + (fragment or signing_keys().current.fragment)


def published_keys():
    """Every published key by its id: the current one and the retired ones that still verify."""
    return {
        key_id(key.fragment): keys.public_key_from_multibase(key.public_key_multibase)
        for key in signing_keys().published
    }


def issuer_profile():
    """The issuer's public Profile with its verification keys as Multikeys, the current one first."""
    issuer = issuer_id()
    found = signing_keys()
    profile = {
        "@context": PROFILE_CONTEXT,
        "id": issuer,
        "type": ["Profile"],
        "name": settings.CERTIFICATE_ISSUER_NAME,
        "url": settings.SITE_URL.rstrip("/") + "/",
        "verificationMethod": [
            {
                "id": key_id(key.fragment),
                "type": "Multikey",
                "controller": issuer,
                "publicKeyMultibase": key.public_key_multibase,
            }
            for key in found.published
        ],
        "assertionMethod": [key_id(key.fragment) for key in found.published],
    }
    if found.is_development:
        profile["description"] = _(
            "Development signing key, derived from the development settings: credentials signed with it prove nothing."
        )
    return profile


def _instant(day, end=False):
    moment = datetime.datetime.combine(day, datetime.time(23, 59, 59) if end else datetime.time(0, 0))
    return timezone.make_aware(moment).astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def plain_text(html):
    """Course descriptions are rich text; a credential's description is plain text, paragraphs kept."""
    text = strip_tags(re.sub(r"(?i)</p>|<br\s*/?>|</li>", "\n", str(html)))
    return "\n".join(line.strip() for line in unescape(text).splitlines() if line.strip())


def _subject(holder):
    identifiers = [
        {
            "type": "IdentityObject",
            "identityType": "name",
            "hashed": False,
            "identityHash": holder.get_full_name() or holder.username,
        }
    ]
    if holder.email:
        salt = hashlib.sha256(f"{holder.pk}:{settings.SECRET_KEY}".encode()).hexdigest()[:16]
        digest = hashlib.sha256((holder.email.strip().lower() + salt).encode()).hexdigest()
        identifiers.append(
            {
                "type": "IdentityObject",
                "identityType": "emailAddress",
                "hashed": True,
                "identityHash": f"sha256${digest}",
                "salt": salt,
            }
        )
    return identifiers


def status_list_url(number):
    return settings.SITE_URL.rstrip("/") + reverse("certificates:status_list", args=[number])


def status_entry(certificate):
    """The credential's BitstringStatusListEntry: where a verifier reads whether it is suspended or revoked."""
    number, place = status_list.list_number(certificate.status_list_index)
    url = status_list_url(number)
    return {
        "id": f"{url}#{place}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "message",
        "statusListIndex": str(place),
        "statusListCredential": url,
        "statusSize": status_list.STATUS_SIZE,
        "statusMessage": status_list.MESSAGES,
        "statusReference": verification_url(certificate),
    }


def status_list_credential(listed):
    """The signed BitstringStatusListCredential of a StatusList row, as published."""
    url = status_list_url(listed.number)
    document = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_id(),
        "validFrom": _timestamp(listed.updated_at),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "message",
            "statusSize": status_list.STATUS_SIZE,
            "statusMessage": status_list.MESSAGES,
            "encodedList": listed.encoded_list,
            "ttl": status_list.TTL_SECONDS * 1000,
        },
    }
    return sign(document, listed.updated_at)


def credential_document(certificate):
    """The unsigned OpenBadgeCredential of `certificate`, in the holder's language where it matters."""
    course = certificate.course
    language = document_language(certificate.holder)
    title = course.title.text(language)
    url = verification_url(certificate)
    document = {
        "@context": CONTEXT,
        "id": url,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": title,
        "issuer": {"id": issuer_id(), "type": ["Profile"], "name": settings.CERTIFICATE_ISSUER_NAME},
        "validFrom": _instant(certificate.issued_on),
        "validUntil": _instant(certificate.valid_until, end=True),
        "credentialSchema": [{"id": OB_SCHEMA, "type": "1EdTechJsonSchemaValidator2019"}],
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
    if certificate.status_list_index is not None:
        document["credentialStatus"] = status_entry(certificate)
    return document


def _hash_data(document, proof_options):
    return hashlib.sha256(canonical(proof_options)).digest() + hashlib.sha256(canonical(document)).digest()


def _timestamp(moment):
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def sign(document, created, *, key=None, verification_method=None):
    """`document` with an eddsa-jcs-2022 DataIntegrityProof added to its proof set.

    By default the current key signs and the proof names its published id.
    """
    proof = {
        "type": "DataIntegrityProof",
        "cryptosuite": CRYPTOSUITE,
        "created": _timestamp(created),
        "verificationMethod": verification_method or key_id(),
        "proofPurpose": "assertionMethod",
        "@context": document["@context"],
    }
    signature = (key or private_key()).sign(_hash_data(document, proof))
    return {**document, "proof": [{**proof, "proofValue": "z" + keys.base58btc(signature)}]}


def open_badge_credential(certificate):
    return sign(credential_document(certificate), certificate.created_at)


def _proof_verifies(document, proof, public_keys):
    options = {key: value for key, value in proof.items() if key != "proofValue"}
    context = options.get("@context")
    if context is not None:
        # The document's context must begin with the proof's, and the proof's is the one hashed.
        expected = context if isinstance(context, list) else [context]
        actual = document.get("@context")
        actual = actual if isinstance(actual, list) else [actual]
        if actual[: len(expected)] != expected:
            return False
        document = {**document, "@context": context}
    public_key = public_keys.get(options.get("verificationMethod"))
    value = proof.get("proofValue")
    if (
        public_key is None
        or options.get("type") != "DataIntegrityProof"
        or options.get("cryptosuite") != CRYPTOSUITE
        or not isinstance(value, str)
        or not value.startswith("z")
    ):
        return False
    try:
        public_key.verify(keys.base58btc_decode(value[1:]), _hash_data(document, options))
    except (InvalidSignature, ValueError):
        return False
    return True


def verify(credential, public_keys=None):
    """True when every proof of `credential` is a valid eddsa-jcs-2022 signature by a key in
    `public_keys` (a mapping of verificationMethod id to public key; the published keys by default)."""
    public_keys = published_keys() if public_keys is None else public_keys
    proofs = credential.get("proof")
    proofs = [proofs] if isinstance(proofs, dict) else proofs
    if not proofs or not isinstance(proofs, list):
        return False
    document = {key: value for key, value in credential.items() if key != "proof"}
    return all(isinstance(proof, dict) and _proof_verifies(document, proof, public_keys) for proof in proofs)
