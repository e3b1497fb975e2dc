"""System checks of the H5P app's deployment."""

from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security, deploy=True)
def virus_scanner_check(app_configs=None, **kwargs):
    if not getattr(settings, "PRODUCTION", False) or settings.VIRUS_SCANNER.strip():
        return []
    return [
        checks.Warning(
            "VIRUS_SCANNER is not set: uploaded H5P packages are stored without a virus scan.",
            hint="Set it to a ClamAV daemon (unix:///run/clamav/clamd.ctl or tcp://127.0.0.1:3310) or a scanner "
            "command; see README.md.",
            id="h5p.W001",
        )
    ]
