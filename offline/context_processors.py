from django.urls import reverse
from django.utils.crypto import salted_hmac


def offline(request):
    """Who the phone's kept pages and waiting changes belong to: a keyed hash, never the person's id."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {
        "offline_owner": salted_hmac("linkki.offline.owner", str(user.pk)).hexdigest()[:32],
        "offline_sync_url": reverse("offline:sync"),
    }
