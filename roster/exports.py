"""The roster as CSV for coordinators."""

from django.utils import translation
from django.utils.translation import gettext as _

from common.exports import csv_lines

CHUNK = 2000


def roster_csv_rows(entries):
    """CSV lines, one per entry, read in chunks so a large roster streams in constant memory."""
    # The lines are made while the response streams, after the request's language is no longer active.
    return _rows(entries, translation.get_language())


def _rows(entries, language):
    with translation.override(language):
        yield from _lines(entries)


def _lines(entries):
    yield from csv_lines(_header(), _values(entries))


def _header():
    return [
        _("Id"),
        _("Name"),
        _("E-mail"),
        _("Phone"),
        _("Municipality"),
        _("Service area"),
        _("Status"),
        _("Reason"),
        _("Valid until"),
        _("Next supervision due"),
        _("Languages"),
        _("Supports remotely"),
        _("Themes"),
        _("Maximum clients"),
        _("Clients now"),
        _("Paused until"),
        _("Municipalities with a contract"),
    ]


def _values(entries):
    for entry in entries.iterator(chunk_size=CHUNK):
        person = entry.person
        yield [
            person.pk,
            person.get_full_name() or person.username,
            person.email,
            person.phone,
            str(person.municipality or ""),
            str(person.service_area or ""),
            entry.get_status_display(),
            entry.reason,
            entry.valid_until,
            entry.supervision_due,
            " ".join(sorted(language.code for language in person.languages.all())),
            _("yes") if person.supports_remotely else _("no"),
            "; ".join(str(theme) for theme in entry.themes.all()),
            entry.max_clients,
            entry.current_clients,
            entry.paused_until,
            "; ".join(str(municipality) for municipality in entry.contract_municipalities.all()),
        ]
