"""The roster API for the referral system, under /api/v1/."""

import hashlib
import json

from django.shortcuts import get_object_or_404
from django.utils import timezone
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, pagination, status
from rest_framework.authentication import SessionAuthentication
from rest_framework.response import Response
from rest_framework.views import APIView

from . import selectors, services
from .authentication import BearerTokenAuthentication, ClientRateThrottle, HasScope, client_of
from .filters import RosterFilter, filter_parameters
from .models import AuditEntry, RosterEntry, Scope
from .serializers import (
    CandidateSerializer, CertificationSerializer, MatchRequestSerializer, MatchResponseSerializer,
    RosterEntrySerializer,
)


class RosterPagination(pagination.CursorPagination):
    """Keyset pages by person id: stable while people join or leave, and no count query."""

    ordering = "person_id"
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200


class RosterAPIView:
    authentication_classes = [BearerTokenAuthentication, SessionAuthentication]
    throttle_classes = [ClientRateThrottle]

    def audit(self, kind, query, people, scores=None):
        """Log this read and whom its answer named, in order."""
        request = self.request
        services.record_audit(
            kind, client=client_of(request), user=request.user if request.user.is_authenticated else None,
            query=query, people=people, scores=scores,
        )


def etag_of(data):
    return '"' + hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()[:32] + '"'


def with_etag(request, data):
    """200 with an ETag, or 304 when the client already holds this representation."""
    etag = etag_of(data)
    if etag in [tag.strip() for tag in request.headers.get("If-None-Match", "").split(",")]:
        response = Response(status=status.HTTP_304_NOT_MODIFIED)
    else:
        response = Response(data)
    response["ETag"] = etag
    return response


class RosterList(RosterAPIView, generics.ListAPIView):
    """Link workers on the roster; only those in good standing unless `status` says otherwise."""

    permission_classes = [HasScope.of(Scope.READ)]
    serializer_class = RosterEntrySerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = RosterFilter
    pagination_class = RosterPagination

    def get_queryset(self):
        return selectors.roster_listing()

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "today": timezone.localdate()}

    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        data = self.get_paginated_response(self.get_serializer(page, many=True).data).data
        self.audit(AuditEntry.Kind.LIST, self.audited_query(), [entry.person_id for entry in page])
        return with_etag(request, data)

    def audited_query(self):
        """The parameters this list reads, as given, a repeatable one as a list; no others."""
        params = self.request.query_params
        read = {**filter_parameters(), self.paginator.cursor_query_param: False,
                self.paginator.page_size_query_param: False}
        return {name: params.getlist(name) if read[name] else params[name] for name in params if name in read}


class RosterDetail(RosterAPIView, generics.RetrieveAPIView):
    permission_classes = [HasScope.of(Scope.READ)]
    serializer_class = RosterEntrySerializer

    def get_queryset(self):
        return selectors.roster_listing()

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "today": timezone.localdate()}

    def retrieve(self, request, *args, **kwargs):
        entry = self.get_object()
        data = self.get_serializer(entry).data
        self.audit(AuditEntry.Kind.RETRIEVE, {"id": entry.person_id}, [entry.person_id])
        return with_etag(request, data)


class Certification(RosterAPIView, APIView):
    """The standing now, computed afresh; logged in the audit trail. Coordinators may ask too."""

    permission_classes = [HasScope.of(Scope.READ, coordinators=True)]

    @extend_schema(responses={200: CertificationSerializer, 404: OpenApiResponse(description="Not on the roster")})
    def get(self, request, pk):
        entry = get_object_or_404(RosterEntry.objects.select_related("person"), pk=pk)
        entry = services.refresh_roster_entry(entry.person)
        self.audit(AuditEntry.Kind.CERTIFICATION, {"id": pk}, [entry.person_id])
        return Response(CertificationSerializer(entry).data)


class Match(RosterAPIView, APIView):
    """Ranked link workers in good standing for a referral's needs, with the reasons; logged."""

    permission_classes = [HasScope.of(Scope.MATCH)]

    @extend_schema(request=MatchRequestSerializer, responses={200: MatchResponseSerializer})
    def post(self, request):
        serializer = MatchRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        candidates = selectors.match(serializer.needs(), limit=serializer.validated_data["limit"])
        self.audit(AuditEntry.Kind.MATCH, serializer.as_query(), [c.entry.person_id for c in candidates],
                   scores=[c.score for c in candidates])
        return Response({"candidates": CandidateSerializer(candidates, many=True).data})
