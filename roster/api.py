"""The roster API for the referral system, under /api/v1/: JSON in and out, errors in the language of
Accept-Language (English without it), every read of people audited."""

import re
from collections.abc import Sequence
from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponseBase
from django.middleware.http import ConditionalGetMiddleware
from django.utils import timezone, translation
from django.utils.decorators import decorator_from_middleware, method_decorator
from django.utils.translation import gettext_lazy as _
from django.utils.translation.trans_real import parse_accept_lang_header
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import exceptions, generics, pagination
from rest_framework.authentication import SessionAuthentication
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from common.text import ComposedJSONParser

from . import selectors, services
from .authentication import BearerTokenAuthentication, ClientRateThrottle, HasScope, client_of
from .filters import RosterFilter, filter_parameters
from .models import AuditEntry, RosterEntry, Scope
from .schema import ETAG, IF_NONE_MATCH, NOT_MODIFIED, PERSON_ID, RETRY_AFTER, errors
from .serializers import (
    CandidateSerializer,
    CertificationSerializer,
    MatchRequestSerializer,
    MatchResponseSerializer,
    RosterEntrySerializer,
)

NOT_ON_ROSTER = _("Nobody with this id is on the roster.")
TAGS = ["roster"]

# Django's own If-None-Match handling (RFC 9110: weak comparison, `*`) with an ETag of the body.
conditional_get = method_decorator(decorator_from_middleware(ConditionalGetMiddleware), name="dispatch")


def api_language(request: HttpRequest) -> str:
    """The first language in Accept-Language that Linkki speaks, else English. The pages' language
    cookie and profile language do not apply: a machine client sends neither."""
    for code, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        if code == "*":
            break
        try:
            return translation.get_supported_language_variant(code)
        except LookupError:
            continue
    return "en"


class RosterPagination(pagination.CursorPagination):
    """Keyset pages by person id: stable while people join or leave, and no count query. A cursor or
    page size that cannot be read is a 400 with the parameter's error, never a silent default."""

    ordering = "person_id"
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200

    def get_page_size(self, request: Request) -> int:
        given = request.query_params.get(self.page_size_query_param)
        if given is None:
            return self.page_size
        if not re.fullmatch(r"[0-9]{1,4}", given) or not 1 <= int(given) <= self.max_page_size:
            raise exceptions.ValidationError(
                {
                    self.page_size_query_param: [
                        _("Give a whole number from 1 to %(most)d.") % {"most": self.max_page_size}
                    ]
                }
            )
        return int(given)

    def decode_cursor(self, request: Request) -> pagination.Cursor | None:
        try:
            return super().decode_cursor(request)
        except exceptions.NotFound:
            raise exceptions.ValidationError({self.cursor_query_param: [self.invalid_cursor_message]}) from None

    def get_schema_operation_parameters(self, view: APIView) -> list[dict[str, Any]]:
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"] = {"type": "integer", "minimum": 1, "maximum": self.max_page_size}
                parameter["description"] = f"People per page, 1 to {self.max_page_size}; {self.page_size} if not given."
            elif parameter["name"] == self.cursor_query_param:
                parameter["description"] = "Where the page starts: take it from `next` or `previous`, as it is."
        return parameters


class RosterAPIView(APIView):
    authentication_classes = [BearerTokenAuthentication, SessionAuthentication]
    throttle_classes = [ClientRateThrottle]
    parser_classes = [ComposedJSONParser]  # JSON only, composed to NFC
    renderer_classes = [JSONRenderer]

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        # Activated, not overridden: the answer is rendered, and Content-Language set, after this returns.
        translation.activate(api_language(request))
        return super().dispatch(request, *args, **kwargs)

    def audit(
        self, kind: str, query: dict[str, Any], people: Sequence[int], scores: Sequence[int] | None = None
    ) -> None:
        """Log this read and whom its answer named, in order."""
        request = self.request
        services.record_audit(
            kind,
            client=client_of(request),
            user=request.user if request.user.is_authenticated else None,
            query=query,
            people=people,
            scores=scores,
        )


@conditional_get
@extend_schema_view(
    get=extend_schema(
        operation_id="list_roster",
        tags=TAGS,
        parameters=[IF_NONE_MATCH, ETAG, RETRY_AFTER],
        responses={200: RosterEntrySerializer(many=True), **NOT_MODIFIED, **errors(400, 401, 403, 429)},
    )
)
class RosterList(RosterAPIView, generics.ListAPIView):
    """Link workers on the roster; only those in good standing unless `status` says otherwise."""

    permission_classes = [HasScope.of(Scope.READ)]
    serializer_class = RosterEntrySerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = RosterFilter
    pagination_class = RosterPagination

    def get_queryset(self) -> QuerySet[RosterEntry]:
        return selectors.roster_listing()

    def get_serializer_context(self) -> dict[str, Any]:
        return {**super().get_serializer_context(), "today": timezone.localdate()}

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        entries = self.filter_queryset(self.get_queryset())
        rows = selectors.roster_rows(entries)
        if rows is not None:  # plain rows: no model instances to build for the page
            row_page = self.paginate_queryset(rows)
            assert row_page is not None  # the list always has its paginator
            serializer = RosterEntrySerializer(context=self.get_serializer_context())
            response = self.get_paginated_response(serializer.rows_representation(row_page))
            people = [row["person_id"] for row in row_page]
        else:
            page = self.paginate_queryset(entries)
            assert page is not None
            response = self.get_paginated_response(self.get_serializer(page, many=True).data)
            people = [entry.person_id for entry in page]
        self.audit(AuditEntry.Kind.LIST, self.audited_query(), people)
        return response

    def audited_query(self) -> dict[str, Any]:
        """The parameters this list reads, as given, a repeatable one as a list; no others."""
        params = self.request.query_params
        paginator = self.paginator
        assert isinstance(paginator, RosterPagination)
        read = {
            **filter_parameters(),
            paginator.cursor_query_param: False,
            paginator.page_size_query_param: False,
        }
        return {name: params.getlist(name) if read[name] else params[name] for name in params if name in read}


@conditional_get
@extend_schema_view(
    get=extend_schema(
        operation_id="get_roster_entry",
        tags=TAGS,
        parameters=[PERSON_ID, IF_NONE_MATCH, ETAG, RETRY_AFTER],
        responses={200: RosterEntrySerializer, **NOT_MODIFIED, **errors(401, 403, 404, 429)},
    )
)
class RosterDetail(RosterAPIView, generics.RetrieveAPIView):
    """One link worker on the roster, whatever their standing."""

    permission_classes = [HasScope.of(Scope.READ)]
    serializer_class = RosterEntrySerializer

    def get_queryset(self) -> QuerySet[RosterEntry]:
        return selectors.roster_listing()

    def get_serializer_context(self) -> dict[str, Any]:
        return {**super().get_serializer_context(), "today": timezone.localdate()}

    def get_object(self) -> RosterEntry:
        entry = self.get_queryset().filter(pk=self.kwargs["pk"]).first()
        if entry is None:
            raise exceptions.NotFound(NOT_ON_ROSTER)
        return entry

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        entry = self.get_object()
        response = Response(self.get_serializer(entry).data)
        self.audit(AuditEntry.Kind.RETRIEVE, {"id": entry.person_id}, [entry.person_id])
        return response


class Certification(RosterAPIView, APIView):
    """The standing now, computed afresh; logged in the audit trail. Coordinators may ask too."""

    permission_classes = [HasScope.of(Scope.READ, coordinators=True)]

    @extend_schema(
        operation_id="check_certification",
        tags=TAGS,
        parameters=[PERSON_ID, RETRY_AFTER],
        responses={200: CertificationSerializer, **errors(401, 403, 404, 429)},
    )
    def get(self, request: Request, pk: int) -> Response:
        entry = RosterEntry.objects.select_related("person").filter(pk=pk).first()
        if entry is None:
            raise exceptions.NotFound(NOT_ON_ROSTER)
        refreshed = services.refresh_roster_entry(entry.person)
        assert refreshed is not None  # a person with an entry keeps it
        self.audit(AuditEntry.Kind.CERTIFICATION, {"id": pk}, [refreshed.person_id])
        return Response(CertificationSerializer(refreshed).data)


class Match(RosterAPIView, APIView):
    """Ranked link workers in good standing for a referral's needs, with the reasons; logged."""

    permission_classes = [HasScope.of(Scope.MATCH)]

    @extend_schema(
        operation_id="match_referral",
        tags=TAGS,
        request=MatchRequestSerializer,
        parameters=[RETRY_AFTER],
        responses={200: MatchResponseSerializer, **errors(400, 401, 403, 415, 429)},
    )
    def post(self, request: Request) -> Response:
        serializer = MatchRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        candidates = selectors.match(serializer.needs(), limit=serializer.validated_data["limit"])
        self.audit(
            AuditEntry.Kind.MATCH,
            serializer.as_query(),
            [c.entry.person_id for c in candidates],
            scores=[c.score for c in candidates],
        )
        return Response({"candidates": CandidateSerializer(candidates, many=True).data})


@extend_schema(exclude=True)
class NotFound(RosterAPIView, APIView):
    """Any other path under /api/v1/, a malformed id included: a JSON 404 like the API's other errors."""

    authentication_classes = []
    permission_classes = []
    throttle_classes = []

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        super().initial(request, *args, **kwargs)
        raise exceptions.NotFound
