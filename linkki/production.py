"""What a production deployment must configure.

One list of rules serves both the settings, which refuse to load in production while any rule is
broken, and `manage.py check --deploy`, which reports the same rules as errors with ids (for settings
changed after loading, e.g. by another settings module). The settings import this module, so the
check is registered wherever they are loaded; it imports nothing that needs the apps to be ready.
"""

from urllib.parse import urlsplit

from django.core import checks

from certificates.keys import parse_private_key

DEVELOPMENT_SECRET_KEY = "insecure-development-key-set-SECRET_KEY-in-production"
DEVELOPMENT_HOSTS = ["127.0.0.1", "localhost", "testserver"]


def problems(*, secret_key, open_badges_private_key, site_url, allowed_hosts, debug):
    """Each broken rule as (check id, variable, what is wrong); empty when production may start."""
    found = []
    if not secret_key or secret_key == DEVELOPMENT_SECRET_KEY or secret_key.startswith("django-insecure-"):
        found.append(("linkki.E001", "SECRET_KEY", "must be set to a long random value, not the development key"))
    if not (open_badges_private_key or "").strip():
        found.append(
            (
                "linkki.E002",
                "OPEN_BADGES_PRIVATE_KEY",
                "must be set: production never derives the Open Badges signing key",
            )
        )
    else:
        try:
            parse_private_key(open_badges_private_key)
        except (TypeError, ValueError) as error:  # PEM reading raises TypeError for a key with a password
            found.append(
                ("linkki.E002", "OPEN_BADGES_PRIVATE_KEY", f"must be an Ed25519 key that can be read ({error})")
            )
    parts = urlsplit(site_url or "")
    if parts.scheme != "https" or not parts.hostname:
        found.append(
            ("linkki.E003", "SITE_URL", f"must be the https address people reach Linkki at (it is {site_url!r})")
        )
    if not allowed_hosts or "*" in allowed_hosts or list(allowed_hosts) == DEVELOPMENT_HOSTS:
        found.append(("linkki.E004", "ALLOWED_HOSTS", "must list this site's host names (no '*')"))
    if debug:
        found.append(("linkki.E005", "DEBUG", "must be off in production"))
    return found


def refusal(found):
    """The ImproperlyConfigured message for the settings: every broken rule on a line of its own."""
    lines = "\n".join(f"  {variable} {problem} ({check_id})" for check_id, variable, problem in found)
    return f"PRODUCTION=1, but the settings are not ready for production:\n{lines}"


@checks.register(checks.Tags.security, deploy=True)
def production_settings_check(app_configs=None, **kwargs):
    from django.conf import settings

    if not getattr(settings, "PRODUCTION", False):
        return []
    found = problems(
        secret_key=settings.SECRET_KEY,
        open_badges_private_key=settings.OPEN_BADGES_PRIVATE_KEY,
        site_url=settings.SITE_URL,
        allowed_hosts=settings.ALLOWED_HOSTS,
        debug=settings.DEBUG,
    )
    return [
        checks.Error(f"{variable} {problem}.", hint='See README.md, "Production".', id=check_id)
        for check_id, variable, problem in found
    ]


@checks.register(checks.Tags.security, deploy=True)
def proxy_settings_check(app_configs=None, **kwargs):
    """Behind a TLS proxy every request arrives from the proxy's address: unless Linkki is told which
    proxies to believe, the per-address limits count all clients as one."""
    from django.conf import settings

    if not getattr(settings, "SECURE_PROXY_SSL_HEADER", None) or getattr(settings, "TRUSTED_PROXIES", 0):
        return []
    return [
        checks.Warning(
            "BEHIND_TLS_PROXY is on but TRUSTED_PROXIES is not set: every client has the proxy's address, and "
            "the per-address limits (sign-in, password resets, certificate checks) count them all as one.",
            hint="Set TRUSTED_PROXIES to the number of proxies in front of Linkki (1 for one TLS proxy) or "
            'their networks; see README.md, "Configuration".',
            id="linkki.W001",
        )
    ]
