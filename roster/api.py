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
from .filters import RosterFilter
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
        return with_etag(request, data)


class RosterDetail(RosterAPIView, generics.RetrieveAPIView):
    permission_classes = [HasScope.of(Scope.READ)]
    serializer_class = RosterEntrySerializer

    def get_queryset(self):
        return selectors.roster_listing()

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "today": timezone.localdate()}

    def retrieve(self, request, *args, **kwargs):
        return with_etag(request, self.get_serializer(self.get_object()).data)


class Certification(RosterAPIView, APIView):
    """The standing now, computed afresh; logged in the audit trail. Coordinators may ask too."""

    permission_classes = [HasScope.of(Scope.READ, coordinators=True)]

    @extend_schema(responses={200: CertificationSerializer, 404: OpenApiResponse(description="Not on the roster")})
    def get(self, request, pk):
        entry = get_object_or_404(RosterEntry.objects.select_related("person"), pk=pk)
        entry = services.refresh_roster_entry(entry.person)
        services.record_audit(
            AuditEntry.Kind.CERTIFICATION, client=client_of(request),
            user=request.user if request.user.is_authenticated else None,
            query={"id": pk}, people=[entry.person_id],
        )
        return Response(CertificationSerializer(entry).data)


class Match(RosterAPIView, APIView):
    """Ranked link workers in good standing for a referral's needs, with the reasons; logged."""

    permission_classes = [HasScope.of(Scope.MATCH)]

    @extend_schema(request=MatchRequestSerializer, responses={200: MatchResponseSerializer})
    def post(self, request):
        serializer = MatchRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        candidates = selectors.match(serializer.needs(), limit=serializer.validated_data["limit"])
        services.record_audit(
            AuditEntry.Kind.MATCH, client=client_of(request),
            user=request.user if request.user.is_authenticated else None,
            query=serializer.as_query(), people=[c.entry.person_id for c in candidates],
        )
        return Response({"candidates": CandidateSerializer(candidates, many=True).data})
