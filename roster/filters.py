import functools

import django_filters
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from accounts.models import Language, Municipality, ServiceArea

from . import selectors
from .reference import by_code
from .models import RosterEntry, Status, Theme


@extend_schema_field(OpenApiTypes.STR)
class CodeFilter(django_filters.MultipleChoiceFilter):
    """Reference data by its code (municipality, language, theme), several by repeating; validated
    against the cached table, and compared by id so the query needs no join to it."""

    def __init__(self, *args, model, **kwargs):
        self.reference_model = model  # `model` is the FilterSet's model, set by django-filter
        super().__init__(*args, choices=lambda: [(code, code) for code in by_code(model)], distinct=False,
                         **kwargs)

    def get_filter_predicate(self, value):
        return {self.field_name: by_code(self.reference_model)[value].pk}


class RosterFilter(django_filters.FilterSet):
    """A query parameter per field. Without `status` only people in good standing are listed."""

    status = django_filters.MultipleChoiceFilter(
        choices=Status.choices, distinct=False, help_text=_("Repeat for several; default: in_good_standing.")
    )
    valid_until = django_filters.DateFromToRangeFilter(
        help_text=_("valid_until_after and valid_until_before, as YYYY-MM-DD.")
    )
    municipality = CodeFilter(
        field_name="person__municipality", model=Municipality,
        help_text=_("Statistical code; repeat for any of several."),
    )
    service_area = CodeFilter(field_name="person__service_area", model=ServiceArea)
    language = CodeFilter(
        field_name="person__languages", model=Language, conjoined=True,
        help_text=_("ISO 639 code; repeat to ask for people who speak all of them."),
    )
    sami = django_filters.BooleanFilter(method="filter_sami", help_text=_("Speaks a Sámi language."))
    remote = django_filters.BooleanFilter(field_name="person__supports_remotely")
    theme = CodeFilter(
        field_name="themes", model=Theme, conjoined=True,
        help_text=_("Theme code; repeat to ask for all of them."),
    )
    max_clients_min = django_filters.NumberFilter(field_name="max_clients", lookup_expr="gte")
    has_room = django_filters.BooleanFilter(method="filter_has_room")
    available = django_filters.BooleanFilter(
        method="filter_available", help_text=_("Not paused today and has room for a client.")
    )
    paused = django_filters.BooleanFilter(method="filter_paused", help_text=_("Paused today."))
    contract_municipality = CodeFilter(
        field_name="contract_municipalities", model=Municipality, conjoined=True
    )

    class Meta:
        model = RosterEntry
        fields = []

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
