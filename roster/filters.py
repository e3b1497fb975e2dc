import copy
import functools

import django_filters
from django import forms
from django.db.models import F, Q
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field

from accounts.models import Language, Municipality, ServiceArea

from . import selectors
from .reference import by_code
from .models import RosterEntry, Status, Theme
from .serializers import CodeField

MAX_CLIENTS = 32767  # the column's range


class CodeFilter(django_filters.MultipleChoiceFilter):
    """Reference data by its code (municipality, language, theme), several by repeating; validated
    against the cached table, and compared by id so the query needs no join to it. The schema lists
    the codes as CodeField does."""

    def __init__(self, *args, model, **kwargs):
        self.reference_model = model  # `model` is the FilterSet's model, set by django-filter
        super().__init__(*args, choices=lambda: [(code, code) for code in by_code(model)], distinct=False, **kwargs)
        extend_schema_field(CodeField(model))(self)

    def get_filter_predicate(self, value):
        return {self.field_name: by_code(self.reference_model)[value].pk}


class TrueOrFalseField(forms.Field):
    """`true` or `false`, as the schema's booleans are written; anything else is an error, not ignored."""

    default_error_messages = {"invalid": _("Give true or false.")}

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if value not in ("true", "false"):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return value == "true"


class TrueOrFalseFilter(django_filters.BooleanFilter):
    field_class = TrueOrFalseField


@extend_schema_field({"type": "integer", "minimum": 0, "maximum": MAX_CLIENTS})
class WholeNumberFilter(django_filters.NumberFilter):
    field_class = forms.IntegerField


class RosterFilter(django_filters.FilterSet):
    """A query parameter per field. Without `status` only people in good standing are listed."""

    status = django_filters.MultipleChoiceFilter(
        choices=Status.choices, distinct=False, help_text=_("Repeat for several; default: in_good_standing.")
    )
    valid_until = django_filters.DateFromToRangeFilter(
        help_text=_("valid_until_after and valid_until_before, as YYYY-MM-DD.")
    )
    municipality = CodeFilter(
        field_name="person__municipality",
        model=Municipality,
        help_text=_("Statistical code; repeat for any of several."),
    )
    service_area = CodeFilter(field_name="person__service_area", model=ServiceArea)
    language = CodeFilter(
        field_name="person__languages",
        model=Language,
        conjoined=True,
        help_text=_("ISO 639 code; repeat to ask for people who speak all of them."),
    )
    sami = TrueOrFalseFilter(method="filter_sami", help_text=_("Speaks a Sámi language."))
    remote = TrueOrFalseFilter(field_name="person__supports_remotely", help_text=_("Supports clients remotely."))
    theme = CodeFilter(
        field_name="themes",
        model=Theme,
        conjoined=True,
        help_text=_("Theme code; repeat to ask for all of them."),
    )
    max_clients_min = WholeNumberFilter(
        field_name="max_clients",
        lookup_expr="gte",
        min_value=0,
        max_value=MAX_CLIENTS,
        help_text=_("Takes at least this many clients at once."),
    )
    has_room = TrueOrFalseFilter(method="filter_has_room", help_text=_("Has fewer clients than at most."))
    available = TrueOrFalseFilter(method="filter_available", help_text=_("Not paused today and has room for a client."))
    paused = TrueOrFalseFilter(method="filter_paused", help_text=_("Paused today."))
    contract_municipality = CodeFilter(field_name="contract_municipalities", model=Municipality, conjoined=True)

    class Meta:
        model = RosterEntry
        fields = []

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        # As django-filter's, but each filter is copied shallowly: deep copies of all of them, lazy
        # texts and choices included, cost more per request than applying them.
        if queryset is None:
            queryset = RosterEntry.objects.all()
        self.is_bound = data is not None
        self.data = data or QueryDict()
        self.queryset = queryset
        self.request = request
        self.form_prefix = prefix
        self.filters = {}
        for name, base in self.base_filters.items():
            filter_ = copy.copy(base)
            filter_.model = queryset.model
            filter_.parent = self
            if base.method is not None:
                filter_.method = base.method  # a FilterMethod of this copy, bound to this filter set
            self.filters[name] = filter_

    def get_form_class(self):
        # Built once: django-filter makes a form class, and a field of every filter, per request.
        # Its fields hold no state of a request (labels and messages are translated when shown).
        cls = type(self)
        if "_form_class" not in cls.__dict__:
            cls._form_class = super().get_form_class()
        return cls._form_class

    def filter_queryset(self, queryset):
        if not self.form.cleaned_data.get("status"):
            queryset = queryset.filter(status=Status.IN_GOOD_STANDING)
        return super().filter_queryset(queryset)

    def filter_sami(self, queryset, name, value):
        sami = Language.objects.filter(is_sami=True)
        speaks = RosterEntry.objects.filter(person__languages__in=sami).values("pk")
        return queryset.filter(pk__in=speaks) if value else queryset.exclude(pk__in=speaks)

    def filter_has_room(self, queryset, name, value):
        room = Q(current_clients__lt=F("max_clients"))
        return queryset.filter(room) if value else queryset.exclude(room)

    def filter_available(self, queryset, name, value):
        available = selectors.available_q()
        return queryset.filter(available) if value else queryset.exclude(available)

    def filter_paused(self, queryset, name, value):
        paused = Q(paused_until__gt=timezone.localdate())
        return queryset.filter(paused) if value else queryset.exclude(paused)


@functools.cache
def filter_parameters():
    """Each query parameter RosterFilter reads, and whether it may be repeated."""
    parameters = {}
    for name, spec in RosterFilter.base_filters.items():
        suffixes = getattr(spec.field.widget, "suffixes", None)
        for parameter in [f"{name}_{suffix}" for suffix in suffixes] if suffixes else [name]:
            parameters[parameter] = isinstance(spec, django_filters.MultipleChoiceFilter)
    return parameters
