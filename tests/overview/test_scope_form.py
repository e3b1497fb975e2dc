"""The filter of the coordinator's home writes its list of cohorts as Django's own select would."""

import pytest
from django import forms

from overview.forms import LongSelect, ScopeForm
from tests import factories as f

pytestmark = pytest.mark.django_db

CHOICES = [("", "Kaikki"), (1, 'Ryhmä "A" & <B>'), (2, "Åsele 2026"), (3, "Ivalo")]


@pytest.mark.parametrize("value", [None, "", 2, "3", "no-such-choice"])
@pytest.mark.parametrize("attrs", [None, {"aria-invalid": "true", "aria-describedby": "id_x_error", "required": True}])
def test_a_long_select_writes_what_djangos_select_writes(value, attrs):
    ours, django = LongSelect(choices=CHOICES), forms.Select(choices=CHOICES)
    assert ours.render("cohort", value, attrs) == django.render("cohort", value, attrs)


def test_grouped_choices_are_left_to_djangos_template():
    grouped = [("Pohjoinen", [(1, "Ivalo"), (2, "Inari")]), ("Länsi", [(3, "Tornio")])]
    assert LongSelect(choices=grouped).render("c", 2) == forms.Select(choices=grouped).render("c", 2)


def test_the_cohorts_of_the_filter_are_written_as_by_djangos_select(world):
    f.CohortFactory(course=world.course, name="Ryhmä <2> & co", coordinators=[world.coordinator])
    for data in (None, {"cohort": str(world.north.pk)}, {"cohort": "not-a-number"}):
        form = ScopeForm(world.coordinator, data)
        form.is_valid()
        field = form.fields["cohort"]
        django = forms.Select()
        django.choices = list(field.choices)
        ours = str(form["cohort"])
        field.widget = django
        assert ours == str(form["cohort"])
        assert "Ryhmä &lt;2&gt; &amp; co" in ours
