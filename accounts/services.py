from django.db import transaction

from .models import Role, RoleGrant

STAFF_ROLES = {Role.TRAINER, Role.ADMINISTRATOR}


@transaction.atomic
def grant_role(user, role):
    """Give `user` a role; trainers and administrators also get into the admin site."""
    RoleGrant.objects.get_or_create(user=user, role=role)
    if role in STAFF_ROLES and not user.is_staff:
        user.is_staff = True
        user.save(update_fields=["is_staff"])
    user.__dict__.pop("role_set", None)


@transaction.atomic
def revoke_role(user, role):
    RoleGrant.objects.filter(user=user, role=role).delete()
    user.__dict__.pop("role_set", None)
    if role in STAFF_ROLES and not user.is_superuser and not user.has_role(*STAFF_ROLES):
        user.is_staff = False
        user.save(update_fields=["is_staff"])
