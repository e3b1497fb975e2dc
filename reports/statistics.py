"""The arithmetic of the report, kept apart from the queries so that it can be checked on small numbers.

Facility and discrimination follow Moodle's quiz statistics: for question i with score x_i in each
attempt (from 0 to the question's points) and T the attempt's total,

- facility index F_i = 100 × mean(x_i) / points_i, the share of the marks that the trainees got;
- discrimination index D_i = 100 × r(x_i, T − x_i), the Pearson correlation between the score on the
  question and the score on the rest of the assessment, so that the question does not correlate with
  itself. It is undefined (None) when either side does not vary.
"""

import math
from dataclasses import dataclass


def pearson(xs, ys):
    """Pearson's product-moment correlation of two equally long sequences, or None when it is undefined."""
    n = len(xs)
    if n < 2 or n != len(ys):
        return None
    mean_x = math.fsum(xs) / n
    mean_y = math.fsum(ys) / n
    dx = [x - mean_x for x in xs]
    dy = [y - mean_y for y in ys]
    sxx = math.fsum(d * d for d in dx)
    syy = math.fsum(d * d for d in dy)
    if sxx == 0 or syy == 0:
        return None
    return math.fsum(a * b for a, b in zip(dx, dy)) / math.sqrt(sxx * syy)


@dataclass
class ItemStatistics:
    attempts: int
    facility: float | None
    discrimination: float | None


def item_statistics(scores, max_points):
    """`scores`: (score on the question, total of the attempt) for each attempt that drew the question."""
    if not scores:
        return ItemStatistics(0, None, None)
    item = [float(score) for score, _total in scores]
    rest = [float(total) - float(score) for score, total in scores]
    facility = 100 * math.fsum(item) / len(item) / float(max_points) if max_points else None
    r = pearson(item, rest)
    return ItemStatistics(len(item), facility, None if r is None else 100 * r)


@dataclass
class NetPromoterScore:
    answers: int
    promoters: int
    detractors: int

    @property
    def passives(self):
        return self.answers - self.promoters - self.detractors

    @property
    def score(self):
        """Promoters (9-10) minus detractors (0-6), as a percentage of all answers; None without answers."""
        if not self.answers:
            return None
        return 100 * (self.promoters - self.detractors) / self.answers
