from django.dispatch import Signal

# Sent with `certificate` after a certificate is issued, renewed, suspended, reinstated or revoked.
certificate_changed = Signal()
