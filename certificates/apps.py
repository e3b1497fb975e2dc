from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        from django.conf import settings

        from mentoring import certification

        from . import keys, receivers  # noqa: F401
        from .selectors import active_holder_ids, certification_facts

        certification.supply(facts=certification_facts, holder_ids=active_holder_ids)
        # A key that cannot be read stops every process at start, rather than at the first badge.
        keys.load_signing_keys(
            private_key=settings.OPEN_BADGES_PRIVATE_KEY or "",
            previous_public_keys=settings.OPEN_BADGES_PREVIOUS_PUBLIC_KEYS or "",
            secret_key=settings.SECRET_KEY,
            production=bool(getattr(settings, "PRODUCTION", False)),
        )
