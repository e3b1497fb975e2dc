from .models import Role


def roles(request):
    user = getattr(request, "user", None)
    held = user.role_set if user is not None and user.is_authenticated else frozenset()
    return {"roles": {role.value: role in held for role in Role}}
