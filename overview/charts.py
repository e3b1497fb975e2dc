"""The charts of the coordinator's home, drawn with `common.charts` from its figures."""

from django.urls import reverse
from django.utils.translation import gettext as _

from common.charts import Row, Series, bar_chart


def people_url(figure, scope):
    return reverse("overview:people", args=[figure.key]) + scope.query


def pipeline_chart(home):
    rows = [Row(figure.label, [figure.count], [people_url(figure, home.scope)]) for figure in home.pipeline]
    return bar_chart(
        _("Training pipeline"),
        rows,
        [Series(_("People"))],
        description=_("How many of the people you follow have reached each stage of the training."),
    )


def expiring_chart(home):
    rows = [Row(figure.label, [figure.count], [people_url(figure, home.scope)]) for figure in home.expiring]
    return bar_chart(
        _("Certificates expiring"),
        rows,
        [Series(_("People"))],
        description=_("Certificates that expire in the next 90 days, by how soon."),
    )


def mentor_chart(home):
    return bar_chart(
        _("Mentors' load"),
        mentor_rows(home.charted_mentors, home.scope),
        mentor_series(),
        description=_("Current mentees of each mentor among the people you follow."),
    )


def mentor_series():
    return [Series(_("Mentees you follow")), Series(_("Of them, supervision overdue"))]


def mentor_rows(loads, scope):
    return [
        Row(
            str(load.mentor),
            [load.figure.count, load.overdue],
            [people_url(load.figure, scope), people_url(load.overdue_figure, scope)],
        )
        for load in loads
    ]


def capacity_chart(home):
    rows = [
        Row(
            str(row.municipality),
            [row.clients_a_year, row.referrals_a_year],
            [people_url(row.figure, home.scope), None],
        )
        for row in home.capacity
    ]
    return bar_chart(
        _("Roster capacity and expected referrals"),
        rows,
        [Series(_("Clients a year the roster can take")), Series(_("Referrals expected a year"))],
        description=_(
            "Per municipality: what the link workers in good standing can take in a year, beside the "
            "referrals its residents are expected to need."
        ),
        decimals=0,
    )
