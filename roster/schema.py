"""How the roster API describes itself in OpenAPI, for clients generated from the schema: error bodies
and headers documented, reference codes listed, and one schema in English whatever the reader's
language, so that generated names never change with it."""

from django.utils import translation
from drf_spectacular.extensions import OpenApiSerializerFieldExtension
from drf_spectacular.plumbing import build_array_type, build_choice_field
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse
from drf_spectacular.views import SpectacularAPIView
from rest_framework import serializers


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="What went wrong, in the language asked for (English by default).")

    class Meta:
        ref_name = "Error"


VALIDATION_ERROR = {
    "type": "object",
    "description": (
        "The request's errors by field (a query parameter or a body field), each a list of messages; a "
        "list field's errors by item index. `non_field_errors` when the body is not an object, and "
        "`detail` alone when the body could not be read at all."
    ),
    "properties": {"detail": {"type": "string"}},
    "additionalProperties": {
        "anyOf": [
            {"type": "array", "items": {"type": "string"}},
            {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
        ],
    },
}

ERROR_DESCRIPTIONS = {
    400: "A parameter or body field is not valid: the body says which, and why.",
    401: "No token, or a token that is not valid or has been revoked (`WWW-Authenticate: Bearer`).",
    403: "The token's client lacks the scope this operation needs.",
    404: "Nobody with this id is on the roster.",
    415: "The body is not JSON (`Content-Type: application/json`).",
    429: "Over the client's requests per minute; `Retry-After` says in how many seconds to try again.",
}


def errors(*codes):
    """The documented error answers of an operation, each with its body's schema."""
    return {
        code: OpenApiResponse(
            {"$ref": "#/components/schemas/ValidationError"} if code == 400 else ErrorSerializer,
            description=ERROR_DESCRIPTIONS[code],
        )
        for code in codes
    }


NOT_MODIFIED = {304: OpenApiResponse(description="Not modified: `If-None-Match` names this answer's ETag.")}

PERSON_ID = OpenApiParameter(
    "id",
    {"type": "integer", "minimum": 0, "maximum": 10**18 - 1},
    OpenApiParameter.PATH,
    description="The person's id, as `id` in the roster's answers.",
)
IF_NONE_MATCH = OpenApiParameter(
    "If-None-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description="ETags held from earlier answers (weak ones too), or `*`: 304 when one still matches.",
)
ETAG = OpenApiParameter(
    "ETag",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    response=[200, 304],
    required=True,
    description="This answer's entity tag, for `If-None-Match`; it differs with the answer's language.",
)
RETRY_AFTER = OpenApiParameter(
    "Retry-After",
    OpenApiTypes.INT,
    OpenApiParameter.HEADER,
    response=[429],
    required=True,
    description="Seconds until the client may ask again.",
)


def add_error_components(result, generator, request, public):
    """drf-spectacular post-processing hook: the body of a 400, which no serializer describes."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas["ValidationError"] = VALIDATION_ERROR
    for name in ("MatchRequest", "MatchRequestRequest"):
        if name in schemas:
            schemas[name]["additionalProperties"] = False  # the match refuses fields it does not know
    return result


class CodeFieldSchema(OpenApiSerializerFieldExtension):
    """A reference code as an enum of the codes there are, named in English."""

    target_class = "roster.serializers.CodeField"

    def map_serializer_field(self, auto_schema, direction):
        return build_choice_field(serializers.ChoiceField(choices=self.target.code_choices()))


class CodeListFieldSchema(OpenApiSerializerFieldExtension):
    target_class = "roster.serializers.CodeListField"

    def map_serializer_field(self, auto_schema, direction):
        codes = CodeFieldSchema(self.target.child).map_serializer_field(auto_schema, direction)
        return {**build_array_type(codes), "uniqueItems": True}


class SchemaView(SpectacularAPIView):
    """The schema, always in English: titles, descriptions and the enum names derived from them are
    the same for every reader, so generated clients are too."""

    def dispatch(self, request, *args, **kwargs):
        with translation.override("en"):
            response = super().dispatch(request, *args, **kwargs)
            # Lazy translations are rendered here, while English is still the language.
            if hasattr(response, "render"):
                response.render()
        return response
