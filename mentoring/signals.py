from django.dispatch import Signal

# Sent with `person` after something changes that person's supervision record (a session is
# confirmed, edited or removed), so standing that depends on it can be recomputed.
supervision_changed = Signal()
