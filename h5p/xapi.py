"""Reading an xAPI statement the player sent: the parts Linkki keeps, checked, or the reasons it is refused.

Statements are recognised by their verb IRI, never by the verb's display text, which is in the
content's language.
"""

import datetime
import json
import math
import re
import uuid
from dataclasses import dataclass

from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

ADL = "http://adlnet.gov/expapi/verbs/"
ANSWERED = ADL + "answered"
COMPLETED = ADL + "completed"
PASSED = ADL + "passed"
FAILED = ADL + "failed"
SCORED = ADL + "scored"
ATTEMPTED = ADL + "attempted"
INTERACTED = ADL + "interacted"
PROGRESSED = ADL + "progressed"
# Verbs that report the outcome of a try; the others (attempted, interacted, ...) are kept but end no try.
OUTCOME_VERBS = frozenset({ANSWERED, COMPLETED, PASSED, FAILED, SCORED})

SUB_CONTENT_EXTENSION = "http://h5p.org/x-api/h5p-subContentId"
DURATION = re.compile(
    r"^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?"
    r"(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$"
)
IRI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$")


class StatementInvalid(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(str(errors))


@dataclass
class ParsedStatement:
    statement_id: uuid.UUID | None
    verb: str
    object_id: str
    is_about_whole_content: bool
    score_raw: float | None
    score_min: float | None
    score_max: float | None
    score_scaled: float | None
    success: bool | None
    completion: bool | None
    duration: str
    timestamp: object
    raw: dict

    @property
    def is_outcome(self):
        """Does this statement end a try at the whole content, with a score or a completion?"""
        return (
            self.verb in OUTCOME_VERBS
            and self.is_about_whole_content
            and (self.score_scaled is not None or self.completion is not None or self.success is not None)
        )


def _refuse_constant(name):
    raise ValueError(f"{name} is not a JSON number")


def _finite_float(text):
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text} is out of range")
    return value


def decode_json(text):
    """Decode a posted body as strict JSON. Python would accept NaN, Infinity and 1e999 as numbers,
    which PostgreSQL's jsonb refuses; they are refused here as not JSON, before anything is stored."""
    return json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float)


def _number(value, errors, field):
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        errors[field] = [_("Must be a number.")]
        return None
    return float(value)


def _boolean(value, errors, field):
    if value is None or isinstance(value, bool):
        return value
    errors[field] = [_("Must be true or false.")]
    return None


def _result(result, errors):
    if result is None:
        return {}
    if not isinstance(result, dict):
        errors["result"] = [_("Must be an object.")]
        return {}
    score = result.get("score") or {}
    if not isinstance(score, dict):
        errors["result.score"] = [_("Must be an object.")]
        score = {}
    raw = _number(score.get("raw"), errors, "result.score.raw")
    low = _number(score.get("min"), errors, "result.score.min")
    high = _number(score.get("max"), errors, "result.score.max")
    scaled = _number(score.get("scaled"), errors, "result.score.scaled")
    if scaled is not None and not -1 <= scaled <= 1:
        errors["result.score.scaled"] = [_("Must be between -1 and 1.")]
    if low is not None and high is not None and low > high:
        errors["result.score.max"] = [_("Must not be less than the minimum score.")]
    elif raw is not None and ((low is not None and raw < low) or (high is not None and raw > high)):
        errors["result.score.raw"] = [_("Must be between the minimum and maximum score.")]
    if scaled is None and raw is not None and high:
        scaled = max(0.0, min(1.0, (raw - (low or 0)) / (high - (low or 0))))
    duration = result.get("duration") or ""
    if not isinstance(duration, str) or (duration and not DURATION.match(duration)):
        errors["result.duration"] = [_("Must be an ISO 8601 duration such as PT1M30S.")]
        duration = ""
    return {
        "score_raw": raw,
        "score_min": low,
        "score_max": high,
        "score_scaled": scaled,
        "success": _boolean(result.get("success"), errors, "result.success"),
        "completion": _boolean(result.get("completion"), errors, "result.completion"),
        "duration": duration[:40],
    }


def _is_about_whole_content(statement, obj):
    extensions = (obj.get("definition") or {}).get("extensions") or {}
    if isinstance(extensions, dict) and extensions.get(SUB_CONTENT_EXTENSION):
        return False
    context = statement.get("context") or {}
    parents = (context.get("contextActivities") or {}).get("parent") if isinstance(context, dict) else None
    return not parents


def parse_statement(statement):
    """Check `statement` (decoded JSON); return a ParsedStatement or raise StatementInvalid with reasons."""
    if not isinstance(statement, dict):
        raise StatementInvalid({"statement": [_("A statement must be a JSON object.")]})
    errors = {}
    verb = statement.get("verb")
    verb_id = verb.get("id") if isinstance(verb, dict) else None
    if not isinstance(verb_id, str) or not IRI.match(verb_id) or len(verb_id) > 255:
        errors["verb.id"] = [_("The verb must have an IRI as its id.")]
    obj = statement.get("object")
    object_id = obj.get("id") if isinstance(obj, dict) else None
    if not isinstance(object_id, str) or not IRI.match(object_id) or len(object_id) > 500:
        errors["object.id"] = [_("The object must have an IRI as its id.")]
    statement_id = statement.get("id")
    if statement_id is not None:
        try:
            statement_id = uuid.UUID(str(statement_id))
        except ValueError:
            errors["id"] = [_("The statement id must be a UUID.")]
    timestamp = statement.get("timestamp")
    parsed_time = None
    if timestamp is not None:
        try:
            parsed_time = parse_datetime(timestamp) if isinstance(timestamp, str) else None
        except ValueError:
            parsed_time = None
        if parsed_time is None:
            errors["timestamp"] = [_("The timestamp must be an ISO 8601 date and time.")]
        elif timezone.is_naive(parsed_time):
            parsed_time = timezone.make_aware(parsed_time, datetime.UTC)
    result = _result(statement.get("result"), errors)
    if errors:
        raise StatementInvalid(errors)
    return ParsedStatement(
        statement_id=statement_id,
        verb=verb_id,
        object_id=object_id,
        is_about_whole_content=_is_about_whole_content(statement, obj),
        timestamp=parsed_time or timezone.now(),
        raw=statement,
        score_raw=result.get("score_raw"),
        score_min=result.get("score_min"),
        score_max=result.get("score_max"),
        score_scaled=result.get("score_scaled"),
        success=result.get("success"),
        completion=result.get("completion"),
        duration=result.get("duration", ""),
    )
