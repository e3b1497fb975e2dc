from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        from mentoring import certification

        from . import receivers  # noqa: F401
        from .selectors import active_holder_ids, certification_facts

        certification.supply(facts=certification_facts, holder_ids=active_holder_ids)
