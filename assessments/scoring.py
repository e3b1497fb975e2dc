"""How an answer of each automatically graded type is scored: a fraction from 0 to 1 of the question's points.

Answers arrive here already validated by `services.clean_answer`, in these shapes:
single: option id; multiple: list of option ids; true_false: bool; short_text and numeric: str;
matching: {pair id (str): pair id of the chosen answer}.
"""

import re
from decimal import Decimal, InvalidOperation

from .models import Question

ZERO, ONE = Decimal("0"), Decimal("1")
MAX_TEXT = 500
# Far beyond any answer a question asks for; a larger exponent ("1e999999999") would overflow the
# subtraction against the correct number and stop the whole attempt from being graded.
MAX_MAGNITUDE = 30


def normalize_text(text):
    """Case- and whitespace-insensitive form of a short answer."""
    return " ".join(str(text).split()).casefold()


def parse_number(text):
    """A Decimal from what a person types: a comma or a point as decimal separator, spaces between thousands."""
    cleaned = str(text).strip().replace("\u00a0", "").replace(" ", "").replace(",", ".").replace("−", "-")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    if not value.is_finite() or (value and abs(value.adjusted()) > MAX_MAGNITUDE):
        return None
    return value


def _single(question, answer, correct_ids):
    return ONE if answer in correct_ids else ZERO


def _multiple(question, answer, correct_ids):
    chosen = set(answer or [])
    if not correct_ids:
        return ONE if not chosen else ZERO
    if question.partial_credit == Question.PartialCredit.ALL_OR_NOTHING:
        return ONE if chosen == correct_ids else ZERO
    hits = len(chosen & correct_ids)
    misses = len(chosen - correct_ids)
    return max(ZERO, Decimal(hits - misses) / Decimal(len(correct_ids)))


def _true_false(question, answer, correct_ids):
    return ONE if answer is not None and answer == question.correct_statement else ZERO


def _short_text(question, answer, correct_ids):
    given = normalize_text(answer or "")
    if not given:
        return ZERO
    if any(given == normalize_text(accepted) for accepted in question.accepted_answer_list()):
        return ONE
    if question.answer_pattern and re.fullmatch(question.answer_pattern, given, re.IGNORECASE):
        return ONE
    return ZERO


def _numeric(question, answer, correct_ids):
    value = parse_number(answer or "")
    if value is None or question.numeric_answer is None:
        return ZERO
    return ONE if abs(value - question.numeric_answer) <= question.tolerance else ZERO


def _matching(question, answer, correct_ids):
    pairs = [pair.pk for pair in question.pairs.all()]
    if not pairs:
        return ZERO
    answer = answer or {}
    right = sum(1 for pk in pairs if answer.get(str(pk)) == pk)
    return Decimal(right) / Decimal(len(pairs))


SCORERS = {
    Question.Kind.SINGLE: _single,
    Question.Kind.MULTIPLE: _multiple,
    Question.Kind.TRUE_FALSE: _true_false,
    Question.Kind.SHORT_TEXT: _short_text,
    Question.Kind.NUMERIC: _numeric,
    Question.Kind.MATCHING: _matching,
}


def fraction(question, answer):
    """The share of the points `answer` earns; None for types a person grades."""
    scorer = SCORERS.get(question.kind)
    if scorer is None:
        return None
    correct_ids = {option.pk for option in question.options.all() if option.is_correct}
    return scorer(question, answer, correct_ids)


def points(question, answer):
    share = fraction(question, answer)
    if share is None:
        return None
    return (question.points * share).quantize(Decimal("0.01"))
