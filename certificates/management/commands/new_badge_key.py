"""Print a new Open Badges signing key, ready for the environment, and its public Multikey."""

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from certificates import keys


class Command(BaseCommand):
    help = _("Print a new Ed25519 key for signing Open Badges (OPEN_BADGES_PRIVATE_KEY) and its public key.")

    def handle(self, *args, **options):
        key = Ed25519PrivateKey.generate()
        self.stdout.write(f"OPEN_BADGES_PRIVATE_KEY={keys.secret_multibase(key)}")
        self.stdout.write(
            _("# Public key (publicKeyMultibase): %(public)s") % {"public": keys.public_multibase(key.public_key())}
        )
        self.stdout.write(
            _(
                "# When this key is retired, add its public key to OPEN_BADGES_PREVIOUS_PUBLIC_KEYS so that the "
                "badges it signed keep verifying."
            )
        )
