from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from accounts.models import Language, Municipality

from . import selectors
from .models import Gender, Status, Theme
from .reference import by_code


class PlaceSerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()


class LanguageSerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.SerializerMethodField()
    is_sami = serializers.BooleanField()

    def get_name(self, language) -> str:
        return selectors.language_name(language)


def _email(source):
    # May be empty: a plain string, so that a client checking the e-mail format does not refuse "".
    return serializers.CharField(source=source, help_text=_("E-mail address; empty when none is known."))


def _date(help_text, **kwargs):
    return serializers.DateField(allow_null=True, help_text=help_text, **kwargs)


# The formats of the declared date and time fields, shared: reading `self.fields` copies every
# declared field afresh for each response, which cost more than formatting the page.
_DATE = serializers.DateField()
_DATETIME = serializers.DateTimeField()


class RosterEntrySerializer(serializers.Serializer):
    id = serializers.IntegerField(source="person_id")
    name = serializers.CharField(source="person.get_full_name")
    email = _email("person.email")
    phone = serializers.CharField(source="person.phone", help_text=_("Empty when none is known."))
    status = serializers.ChoiceField(choices=Status.choices)
    status_label = serializers.CharField(source="get_status_display")
    reason = serializers.CharField(help_text=_("Why the certificate is suspended or revoked; otherwise empty."))
    valid_until = _date(_("The certificate's last valid day; null without a certificate."))
    supervision_due = _date(_("When the next supervision session is due; null when none is due."))
    status_since = serializers.DateTimeField()
    municipality = PlaceSerializer(source="person.municipality", allow_null=True)
    service_area = PlaceSerializer(source="person.service_area", allow_null=True)
    languages = LanguageSerializer(source="person.languages.all", many=True)
    supports_remotely = serializers.BooleanField(source="person.supports_remotely")
    themes = serializers.SerializerMethodField()
    max_clients = serializers.IntegerField()
    current_clients = serializers.IntegerField()
    free_places = serializers.IntegerField()
    paused_until = _date(_("Takes no new clients before this day; null when not paused."))
    is_available = serializers.SerializerMethodField()
    contract_municipalities = serializers.SerializerMethodField()
    updated_at = serializers.DateTimeField()

    def get_themes(self, entry) -> list[str]:
        return selectors.listed_codes(entry)[1]

    def get_contract_municipalities(self, entry) -> list[str]:
        return selectors.listed_codes(entry)[2]

    def get_is_available(self, entry) -> bool:
        return selectors.is_available(entry, self.context.get("today"))

    def to_representation(self, entry):
        """The fields above, read directly: going field by field through DRF took longer than the
        database took for the whole page. Entries come from `selectors.roster_listing`."""
        person = entry.person
        language_codes, theme_codes, contract_codes = selectors.listed_codes(entry)
        return {
            "id": entry.person_id,
            "name": person.get_full_name(),
            "email": person.email,
            "phone": person.phone,
            "status": entry.status,
            "status_label": self._once(("status", entry.status), lambda: str(entry.get_status_display())),
            "reason": entry.reason,
            "valid_until": _DATE.to_representation(entry.valid_until) if entry.valid_until else None,
            "supervision_due": (_DATE.to_representation(entry.supervision_due) if entry.supervision_due else None),
            "status_since": _DATETIME.to_representation(entry.status_since),
            "municipality": _place(person.municipality),
            "service_area": _place(person.service_area),
            "languages": [
                self._once(("language", code), lambda code=code: language_of(code)) for code in language_codes
            ],
            "supports_remotely": person.supports_remotely,
            "themes": theme_codes,
            "max_clients": entry.max_clients,
            "current_clients": entry.current_clients,
            "free_places": entry.free_places,
            "paused_until": _DATE.to_representation(entry.paused_until) if entry.paused_until else None,
            "is_available": self.get_is_available(entry),
            "contract_municipalities": contract_codes,
            "updated_at": _DATETIME.to_representation(entry.updated_at),
        }

    def rows_representation(self, rows):
        """Rows of `selectors.LISTED_ROW`, as `to_representation` gives their entries, key for key."""
        today = self.context.get("today") or timezone.localdate()
        date = _DATE.to_representation
        moment = _DATETIME.to_representation
        labels = {}
        languages = {}
        represented = []
        for row in rows:
            status = row["status"]
            if status not in labels:
                labels[status] = self._once(
                    ("status", status), lambda status=status: str(_STATUS_LABELS.get(status, status))
                )
            for code in row["language_codes"]:
                if code not in languages:
                    languages[code] = self._once(("language", code), lambda code=code: language_of(code))
            free_places = max(row["max_clients"] - row["current_clients"], 0)
            paused_until = row["paused_until"]
            represented.append(
                {
                    "id": row["person_id"],
                    "name": f"{row['person__first_name']} {row['person__last_name']}".strip(),
                    "email": row["person__email"],
                    "phone": row["person__phone"],
                    "status": status,
                    "status_label": labels[status],
                    "reason": row["reason"],
                    "valid_until": date(row["valid_until"]) if row["valid_until"] else None,
                    "supervision_due": date(row["supervision_due"]) if row["supervision_due"] else None,
                    "status_since": moment(row["status_since"]),
                    "municipality": None
                    if row["person__municipality_id"] is None
                    else {"code": row["person__municipality__code"], "name": row["person__municipality__name"]},
                    "service_area": None
                    if row["person__service_area_id"] is None
                    else {"code": row["person__service_area__code"], "name": row["person__service_area__name"]},
                    "languages": [languages[code] for code in row["language_codes"]],
                    "supports_remotely": row["person__supports_remotely"],
                    "themes": row["theme_codes"],
                    "max_clients": row["max_clients"],
                    "current_clients": row["current_clients"],
                    "free_places": free_places,
                    "paused_until": date(paused_until) if paused_until else None,
                    "is_available": status == Status.IN_GOOD_STANDING
                    and not (paused_until is not None and paused_until > today)
                    and free_places > 0,
                    "contract_municipalities": row["contract_codes"],
                    "updated_at": moment(row["updated_at"]),
                }
            )
        return represented

    def _once(self, key, make):
        # Labels and languages are the same on every row; translate and look each up once a response.
        made = self.__dict__.setdefault("_made", {})
        if key not in made:
            made[key] = make()
        return made[key]


_STATUS_LABELS = dict(Status.choices)


def language_of(code):
    """A language as LanguageSerializer gives it, from its code."""
    language = by_code(Language)[code]
    return {"code": language.code, "name": selectors.language_name(language), "is_sami": language.is_sami}


def _place(place):
    return None if place is None else {"code": place.code, "name": place.name}


class CertificationSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="person_id")
    name = serializers.CharField(source="person.get_full_name")
    status = serializers.ChoiceField(choices=Status.choices)
    status_label = serializers.CharField(source="get_status_display")
    is_in_good_standing = serializers.BooleanField()
    reason = serializers.CharField(help_text=_("Why the certificate is suspended or revoked; otherwise empty."))
    valid_until = _date(_("The certificate's last valid day; null without a certificate."))
    supervision_due = _date(_("When the next supervision session is due; null when none is due."))
    status_since = serializers.DateTimeField()
    checked_at = serializers.SerializerMethodField()

    @extend_schema_field(OpenApiTypes.DATETIME)
    def get_checked_at(self, entry):
        return timezone.now().isoformat()


class CodeField(serializers.Field):
    """A row of a small reference table given by its code, looked up in the cache. The schema lists
    the codes there are when it is made (`roster.schema`)."""

    default_error_messages = {"unknown": _("Unknown code: {code}")}

    def __init__(self, model, **kwargs):
        self.model = model
        super().__init__(**kwargs)

    def code_choices(self):
        """(code, name) of every row, by code."""
        if self.model is Language:
            return [(code, selectors.language_name(row)) for code, row in sorted(by_code(Language).items())]
        return [(code, str(row)) for code, row in sorted(by_code(self.model).items())]

    def to_internal_value(self, data):
        row = by_code(self.model).get(data) if isinstance(data, str) else None
        if row is None:
            self.fail("unknown", code=data)
        return row

    def to_representation(self, row):
        return row.code


class CodeListField(serializers.ListField):
    """Codes of one reference table, each at most once (the schema says `uniqueItems`)."""

    default_error_messages = {"repeated": _("Give each code once.")}

    def __init__(self, model, **kwargs):
        super().__init__(child=CodeField(model), **kwargs)

    def to_internal_value(self, data):
        rows = super().to_internal_value(data)
        if len({row.pk for row in rows}) != len(rows):
            self.fail("repeated")
        return rows


class StrictBooleanField(serializers.BooleanField):
    """JSON true or false, not a string or a number that reads as one: what the schema says."""

    def to_internal_value(self, data):
        if not isinstance(data, bool):
            self.fail("invalid", input=data)
        return data


class StrictIntegerField(serializers.IntegerField):
    """A JSON integer, not a string of digits, a fraction or a boolean."""

    def to_internal_value(self, data):
        if isinstance(data, bool) or not isinstance(data, int):
            self.fail("invalid")
        return super().to_internal_value(data)


class MatchRequestSerializer(serializers.Serializer):
    municipality = CodeField(
        Municipality, help_text=_("Statistical code of the client's municipality, e.g. 758 for Sodankylä.")
    )
    languages = CodeListField(
        Language,
        required=False,
        help_text=_("ISO 639 codes in order of preference, e.g. se, fi."),
    )
    remote_acceptable = StrictBooleanField(default=False)
    themes = CodeListField(Theme, required=False)
    gender = serializers.ChoiceField(choices=Gender.choices, required=False, allow_blank=True)
    limit = StrictIntegerField(min_value=1, max_value=50, default=10)

    def validate(self, attrs):
        # A misspelt field would otherwise be ignored without a word, and the match made without it.
        unknown = sorted(set(self.initial_data) - set(self.fields)) if isinstance(self.initial_data, dict) else []
        if unknown:
            raise serializers.ValidationError({name: [_("Unknown field.")] for name in unknown})
        return attrs

    def needs(self):
        data = self.validated_data
        return selectors.Needs(
            municipality=data["municipality"],
            languages=data.get("languages", []),
            remote_acceptable=data["remote_acceptable"],
            themes=data.get("themes", []),
            gender=data.get("gender", ""),
        )

    def as_query(self):
        """The request in codes, as the audit log keeps it."""
        data = self.validated_data
        return {
            "municipality": data["municipality"].code,
            "languages": [language.code for language in data.get("languages", [])],
            "remote_acceptable": data["remote_acceptable"],
            "themes": [theme.code for theme in data.get("themes", [])],
            "gender": data.get("gender", ""),
            "limit": data["limit"],
        }


class ReasonSerializer(serializers.Serializer):
    code = serializers.CharField()
    text = serializers.CharField()


class CandidateSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="entry.person_id")
    name = serializers.CharField(source="entry.person.get_full_name")
    email = _email("entry.person.email")
    phone = serializers.CharField(source="entry.person.phone", help_text=_("Empty when none is known."))
    municipality = PlaceSerializer(source="entry.person.municipality", allow_null=True)
    languages = serializers.SerializerMethodField()
    supports_remotely = serializers.BooleanField(source="entry.person.supports_remotely")
    free_places = serializers.IntegerField(source="entry.free_places")
    valid_until = _date(_("The certificate's last valid day."), source="entry.valid_until")
    score = serializers.IntegerField()
    reasons = ReasonSerializer(many=True)

    @extend_schema_field(LanguageSerializer(many=True))
    def get_languages(self, candidate):
        return [language_of(code) for code in selectors.listed_codes(candidate.entry)[0]]


class MatchResponseSerializer(serializers.Serializer):
    candidates = CandidateSerializer(many=True)
