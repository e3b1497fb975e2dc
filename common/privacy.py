"""What Linkki holds about a person, declared by the app that holds it, in the manner of Moodle's privacy API.

Each app says in its own `privacy.py` which of its models hold or point at a person, how to export a
person's part of them and how to erase it, and calls `declare`. This module knows no app: it finds the
declarations by importing every installed app's `privacy` module, builds the export ZIP and runs the
erasures in the apps' order. The completeness test checks that every model referring to a person is in
some declaration, so a new model cannot slip past an export or an erasure.
"""

import io
import json
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils.crypto import salted_hmac
from django.utils.module_loading import autodiscover_modules

PSEUDONYM_SALT = "linkki.privacy.pseudonym"


@dataclass(frozen=True)
class ExportedFile:
    """A document that goes into the export beside the JSON, such as a certificate's PDF."""

    name: str
    content: bytes


@dataclass
class Erasure:
    """One person's erasure as the apps see it: whom, their pseudonym, and the texts that name them."""

    person: Any
    pseudonym: str
    identifiers: tuple[str, ...]
    by: Any = None
    counts: dict = field(default_factory=dict)

    def count(self, label: str, number: int) -> None:
        if number:
            self.counts[label] = self.counts.get(label, 0) + number

    def deleted(self, queryset: QuerySet) -> int:
        """Delete the rows of `queryset` (and what cascades from them), counted per model."""
        total, per_model = queryset.delete()
        for label, number in per_model.items():
            self.count(label, number)
        return total

    def scrub(self, queryset: QuerySet, *fields: str) -> int:
        """Replace the person's name, e-mail and phone with their pseudonym in `fields` of the rows of
        `queryset` that contain one; how many rows changed. One query finds them, one writes them."""
        return self._rewrite(queryset, fields, lambda value: scrub_value(value, self.identifiers, self.pseudonym))

    def drop_passages(self, queryset: QuerySet, *fields: str) -> int:
        """Remove from the texts in `fields` each sentence or line that names the person, keeping the rest
        (a group's notes about its other members); how many rows changed."""
        return self._rewrite(queryset, fields, lambda text: without_passages_naming(text, self.identifiers))

    def _rewrite(self, queryset: QuerySet, fields: tuple[str, ...], rewrite: Callable[[Any], Any]) -> int:
        if not self.identifiers or not fields:
            return 0
        condition = Q()
        for name in fields:
            for identifier in _searched_forms(queryset.model, name, self.identifiers):
                condition |= Q(**{f"{name}__icontains": identifier})
        changed = []
        for row in queryset.filter(condition).only("pk", *fields):
            for name in fields:
                setattr(row, name, rewrite(getattr(row, name)))
            changed.append(row)
        if changed:
            queryset.model._default_manager.bulk_update(changed, list(fields), batch_size=500)
        self.count(queryset.model._meta.label, len(changed))
        return len(changed)


@dataclass(frozen=True)
class Declaration:
    app: str
    models: frozenset[str]
    export: Callable[[Any], dict]
    erase: Callable[[Any, Erasure], None]
    files: Callable[[Any], Iterable[ExportedFile]] | None = None
    # People the retention task must keep whatever their inactivity, e.g. anyone ever certified.
    keeps: Callable[[QuerySet], QuerySet] | None = None
    # Erasures run in ascending order: apps that point at others' rows before the rows they point at.
    erase_order: int = 100
    # Among the people given, those this app saw active since the moment given (a login is not the only
    # sign: a trainee's mentor logs their sessions, a saved session keeps them in without a new login).
    seen_since: Callable[[QuerySet, Any], QuerySet] | None = None


_declarations: dict[str, Declaration] = {}
_discovered = False


def declare(
    app: str,
    *,
    models: Iterable[str],
    export: Callable[[Any], dict],
    erase: Callable[[Any, Erasure], None],
    files: Callable[[Any], Iterable[ExportedFile]] | None = None,
    keeps: Callable[[QuerySet], QuerySet] | None = None,
    erase_order: int = 100,
    seen_since: Callable[[QuerySet, Any], QuerySet] | None = None,
) -> Declaration:
    """Register `app`'s personal data: `models` as "app_label.ModelName", and how to export and erase it."""
    declaration = Declaration(app, frozenset(models), export, erase, files, keeps, erase_order, seen_since)
    _declarations[app] = declaration
    return declaration


def declarations() -> list[Declaration]:
    """Every app's declaration, by app name."""
    global _discovered
    if not _discovered:
        autodiscover_modules("privacy")
        _discovered = True
    return sorted(_declarations.values(), key=lambda declaration: declaration.app)


def declared_models() -> set[str]:
    return {label for declaration in declarations() for label in declaration.models}


def pseudonym(person_pk: int) -> str:
    """A stable name for an erased person: the same for the same person every time, and not reversible
    without the site's secret key."""
    return "erased-" + salted_hmac(PSEUDONYM_SALT, str(person_pk)).hexdigest()[:16]


def identifiers_of(person) -> tuple[str, ...]:
    """The texts that name `person`: full name either way round, e-mail, login name and phone."""
    first, last = (person.first_name or "").strip(), (person.last_name or "").strip()
    found = [
        f"{first} {last}".strip() if first and last else "",
        f"{last} {first}".strip() if first and last else "",
        f"{last}, {first}" if first and last else "",
        (person.email or "").strip(),
        (person.username or "").strip(),
        *phone_forms(getattr(person, "phone", "") or ""),
    ]
    # Single short words (a first name alone) would match other people's text; only whole identifiers.
    return tuple(dict.fromkeys(text for text in found if len(text) >= 3))


def phone_forms(phone: str) -> list[str]:
    """A phone number as the profile has it, and as others may write it: its digits alone, and a Finnish
    number in its international form (040 123 4567, 0401234567, +358401234567)."""
    written = phone.strip()
    digits = re.sub(r"\D", "", written)
    forms = [written]
    if len(digits) >= 6:  # shorter runs of digits occur in other text by chance
        forms.append(("+" if written.startswith("+") else "") + digits)
        if digits.startswith("0") and not written.startswith("+"):
            forms.append("+358" + digits[1:])
        elif digits.startswith("358"):
            forms.append("0" + digits[3:])
    return list(dict.fromkeys(form for form in forms if form))


def _searched_forms(model, name, identifiers):
    """The identifiers as the column stores them: JSON text may keep letters such as ä as \\u00e4."""
    if model._meta.get_field(name).get_internal_type() != "JSONField":
        return identifiers
    escaped = (json.dumps(identifier)[1:-1] for identifier in identifiers)
    return tuple(dict.fromkeys((*identifiers, *escaped)))


def scrub_value(value, identifiers: Iterable[str], replacement: str):
    """`value` (text, or JSON of dicts, lists and texts) with each identifier replaced, ignoring case."""
    if isinstance(value, str):
        for identifier in identifiers:
            value = re.sub(re.escape(identifier), replacement, value, flags=re.IGNORECASE)
        return value
    if isinstance(value, list):
        return [scrub_value(item, identifiers, replacement) for item in value]
    if isinstance(value, dict):
        return {key: scrub_value(item, identifiers, replacement) for key, item in value.items()}
    return value


# A sentence with what ends it, or a line: the pieces a note is kept or dropped by.
_PASSAGE = re.compile(r"[^.!?\n]+(?:[.!?]+[ \t]*\n?|\n|$)|\n")
_MARK = "\x00"


def without_passages_naming(text: str, identifiers: Iterable[str]) -> str:
    """`text` without the sentences and lines that hold one of `identifiers`, ignoring case; the rest as
    it was written."""
    # Identifiers are marked first, so that the full stops of an e-mail address split nothing.
    marked = scrub_value(text or "", identifiers, _MARK)
    kept = [passage for passage in _PASSAGE.findall(marked) if _MARK not in passage]
    return "".join(kept).strip()


def rows(queryset: QuerySet, *fields: str) -> list[dict]:
    """The rows of `queryset` as plain dicts of `fields`, for an export; one query."""
    return list(queryset.values(*fields))


def export_zip(person) -> bytes:
    """Everything every app holds about `person`: a JSON file per app and the apps' documents."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        index = {"person": person.pk, "apps": []}
        for declaration in declarations():
            data = declaration.export(person)
            archive.writestr(
                f"{declaration.app}.json",
                json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2, sort_keys=True),
            )
            index["apps"].append(declaration.app)
            for document in declaration.files(person) if declaration.files else ():
                archive.writestr(f"{declaration.app}/{document.name}", document.content)
        archive.writestr("index.json", json.dumps(index, indent=2))
    return buffer.getvalue()


def erase(person, *, by=None) -> Erasure:
    """Erase `person` in every app, in one transaction: all of it or nothing."""
    erasure = Erasure(person=person, pseudonym=pseudonym(person.pk), identifiers=identifiers_of(person), by=by)
    with transaction.atomic():
        for declaration in sorted(declarations(), key=lambda declaration: (declaration.erase_order, declaration.app)):
            declaration.erase(person, erasure)
    return erasure


def kept_by_apps(people: QuerySet, seen_since=None) -> set[int]:
    """The ids among `people` that some app asks to keep (see `Declaration.keeps`), or, with `seen_since`,
    saw active since then (see `Declaration.seen_since`)."""
    kept = set()
    for declaration in declarations():
        if declaration.keeps is not None:
            kept.update(declaration.keeps(people).values_list("pk", flat=True))
        if seen_since is not None and declaration.seen_since is not None:
            kept.update(declaration.seen_since(people, seen_since).values_list("pk", flat=True))
    return kept
