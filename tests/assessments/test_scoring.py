from decimal import Decimal

import pytest

from assessments import scoring
from assessments.models import Question
from tests import factories as f

pytestmark = pytest.mark.django_db


def ids(question, *positions):
    options = list(question.options.order_by("order", "pk"))
    return [options[p].pk for p in positions]


@pytest.fixture
def bank():
    return f.QuestionBankFactory()


def test_single_choice_scores_the_correct_option_only(bank):
    question = f.choice_question(bank, "single", correct=(1,))
    assert scoring.fraction(question, ids(question, 1)[0]) == 1
    assert scoring.fraction(question, ids(question, 0)[0]) == 0
    assert scoring.fraction(question, None) == 0


def test_multiple_choice_right_minus_wrong_gives_partial_credit_never_below_zero(bank):
    question = f.choice_question(
        bank, "multiple", correct=(0, 1), options=4, partial_credit=Question.PartialCredit.RIGHT_MINUS_WRONG
    )
    assert scoring.fraction(question, ids(question, 0, 1)) == 1
    assert scoring.fraction(question, ids(question, 0)) == Decimal("0.5")
    assert scoring.fraction(question, ids(question, 0, 1, 2)) == Decimal("0.5")
    assert scoring.fraction(question, ids(question, 0, 2, 3)) == 0
    assert scoring.fraction(question, ids(question, 2, 3)) == 0
    assert scoring.fraction(question, []) == 0


def test_multiple_choice_all_or_nothing_needs_exactly_the_correct_options(bank):
    question = f.choice_question(
        bank, "multiple", correct=(0, 1), options=4, partial_credit=Question.PartialCredit.ALL_OR_NOTHING
    )
    assert scoring.fraction(question, ids(question, 1, 0)) == 1
    assert scoring.fraction(question, ids(question, 0)) == 0
    assert scoring.fraction(question, ids(question, 0, 1, 2)) == 0


def test_multiple_choice_with_no_correct_option_rewards_choosing_nothing(bank):
    question = f.choice_question(bank, "multiple", correct=(), options=2)
    assert scoring.fraction(question, []) == 1
    assert scoring.fraction(question, ids(question, 0)) == 0


def test_points_are_the_fraction_of_the_questions_points_rounded_to_hundredths(bank):
    question = f.choice_question(bank, "multiple", correct=(0, 1, 2), options=4, points=Decimal("2"))
    assert scoring.points(question, ids(question, 0)) == Decimal("0.67")


def test_true_false_compares_with_the_statement_and_an_empty_answer_scores_nothing(bank):
    question = f.QuestionFactory(bank=bank, kind="true_false", correct_statement=False)
    assert scoring.fraction(question, False) == 1
    assert scoring.fraction(question, True) == 0
    assert scoring.fraction(question, None) == 0


def test_short_text_ignores_case_and_extra_whitespace(bank):
    question = f.QuestionFactory(bank=bank, kind="short_text", accepted_answers="Kansaneläkelaitos\nKela")
    assert scoring.fraction(question, "  KANSANELÄKELAITOS ") == 1
    assert scoring.fraction(question, "kela") == 1
    assert scoring.fraction(question, "Kela\n") == 1
    assert scoring.fraction(question, "Kelan toimisto") == 0
    assert scoring.fraction(question, "") == 0
    assert scoring.fraction(question, "   ") == 0


def test_short_text_collapses_inner_whitespace(bank):
    question = f.QuestionFactory(bank=bank, kind="short_text", accepted_answers="hyvinvointi  lähete")
    assert scoring.fraction(question, "Hyvinvointi \t lähete") == 1


def test_short_text_pattern_must_match_the_whole_answer(bank):
    question = f.QuestionFactory(bank=bank, kind="short_text", answer_pattern=r"ty(ö|o)nohjaus(ta)?")
    assert scoring.fraction(question, "Työnohjausta") == 1
    assert scoring.fraction(question, "tyonohjaus") == 1
    assert scoring.fraction(question, "ei työnohjausta") == 0


def test_numeric_accepts_a_comma_and_answers_within_the_tolerance(bank):
    question = f.QuestionFactory(bank=bank, kind="numeric", numeric_answer=Decimal("6"), tolerance=Decimal("0.5"))
    assert scoring.fraction(question, "6") == 1
    assert scoring.fraction(question, "6,5") == 1
    assert scoring.fraction(question, "5.5") == 1
    assert scoring.fraction(question, "6,51") == 0
    assert scoring.fraction(question, "kuusi") == 0
    assert scoring.fraction(question, "") == 0
    assert scoring.fraction(question, "NaN") == 0


def test_numeric_with_no_tolerance_needs_the_exact_number(bank):
    question = f.QuestionFactory(bank=bank, kind="numeric", numeric_answer=Decimal("1000"))
    assert scoring.fraction(question, "1 000") == 1
    assert scoring.fraction(question, "1000,0") == 1
    assert scoring.fraction(question, "999,99") == 0


def test_matching_gives_credit_for_each_right_pair(bank):
    question = f.matching_question(bank, pairs=4)
    pairs = [p.pk for p in question.pairs.order_by("order")]
    all_right = {str(pk): pk for pk in pairs}
    assert scoring.fraction(question, all_right) == 1
    swapped = dict(all_right, **{str(pairs[0]): pairs[1], str(pairs[1]): pairs[0]})
    assert scoring.fraction(question, swapped) == Decimal("0.5")
    assert scoring.fraction(question, {}) == 0
    assert scoring.fraction(question, None) == 0


def test_essays_and_competency_items_are_not_scored_automatically(bank):
    for kind in ("essay", "competency"):
        question = f.QuestionFactory(bank=bank, kind=kind)
        assert scoring.points(question, "vastaus") is None


def test_numeric_refuses_a_number_too_large_or_too_small_to_compare(bank):
    question = f.QuestionFactory(bank=bank, kind="numeric", numeric_answer=Decimal("6"), tolerance=Decimal("0.5"))
    assert scoring.parse_number("1e999999999") is None
    assert scoring.parse_number("-1E999999999") is None
    assert scoring.parse_number("1e-999999999") is None
    assert scoring.fraction(question, "1e999999999") == 0
    assert scoring.parse_number("0") == 0
    assert scoring.parse_number("6e0") == 6
