"""Each role's home page: what a coordinator, a mentor and a trainee need at a glance.

The figures are read from the learning apps and the roster (see `selectors.py`); the one table of
this app is reference data: the residents of each municipality, with the source and year of the
count, from which the home page estimates the referrals a municipality can expect.
"""

from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class Population(models.Model):
    """The residents of a municipality at the end of `year`, as `source` published them."""

    municipality = models.ForeignKey(
        "accounts.Municipality", verbose_name=_("municipality"), on_delete=models.CASCADE, related_name="+"
    )
    year = models.PositiveSmallIntegerField(_("year (population at the end of the year)"))
    residents = models.PositiveIntegerField(_("residents"))
    source = models.CharField(_("source"), max_length=200, validators=[MaxLengthValidator(200)])

    class Meta:
        ordering = ["municipality__name", "-year"]
        constraints = [models.UniqueConstraint(fields=["municipality", "year"], name="one_population_per_year")]
        verbose_name = _("population")
        verbose_name_plural = _("populations")

    def __str__(self):
        return f"{self.municipality} {self.year}: {self.residents}"
