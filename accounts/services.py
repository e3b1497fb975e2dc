import hashlib

from axes.utils import reset as axes_reset
from django.conf import settings
from django.db import transaction

from common import ratelimit

from .models import Role, RoleGrant, User

STAFF_ROLES = {Role.TRAINER, Role.ADMINISTRATOR}


@transaction.atomic
def grant_role(user: User, role: Role | str) -> None:
    """Give `user` a role; trainers and administrators also get into the admin site."""
    RoleGrant.objects.get_or_create(user=user, role=role)
    if role in STAFF_ROLES and not user.is_staff:
        user.is_staff = True
        user.save(update_fields=["is_staff"])
    user.__dict__.pop("role_set", None)


@transaction.atomic
def revoke_role(user: User, role: Role | str) -> None:
    RoleGrant.objects.filter(user=user, role=role).delete()
    user.__dict__.pop("role_set", None)
    if role in STAFF_ROLES and not user.is_superuser and not user.has_role(*STAFF_ROLES):
        user.is_staff = False
        user.save(update_fields=["is_staff"])


def unlock_account(username: str) -> int:
    """Let a locked-out login name try again at once; how many failed attempts were forgotten."""
    return axes_reset(username=username)


def unlock_address(address: str) -> int:
    """Let a locked-out client address try again at once; how many failed attempts were forgotten."""
    return axes_reset(ip=address)


def password_reset_may_be_sent(email: str, address: str) -> bool:
    """True while this e-mail address, and the client asking, are within their hourly reset limits.

    The reset page answers the same either way, so the limit tells nobody whether an account exists.
    """
    digest = hashlib.sha256(email.strip().lower().encode()).hexdigest()
    per_email = ratelimit.hit(f"password-reset:email:{digest}", settings.PASSWORD_RESET_EMAILS_PER_HOUR, 3600)
    per_client = ratelimit.hit(f"password-reset:client:{address}", settings.PASSWORD_RESET_REQUESTS_PER_HOUR, 3600)
    return per_email.allowed and per_client.allowed
