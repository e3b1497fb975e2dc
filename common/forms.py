"""Form fields shared by the apps."""

import re
from decimal import Decimal, DecimalException

from django import forms
from django.core.exceptions import ValidationError

_SPACES = re.compile(r"[\s\u00a0\u202f]+")


class DecimalCommaField(forms.DecimalField):
    """A decimal number typed with a comma or a point, whatever the interface language: "1,5" and "1.5"
    are both one and a half. Django's localized parsing would read "1,5" in English as 15 (the comma as a
    thousands separator); the numbers typed here are small, so a comma is always the decimal one.

    The value is shown in the interface language's format (1,5 in Finnish), in a text box that opens a
    phone's number keyboard with both separators."""

    def __init__(self, **kwargs):
        kwargs.setdefault("localize", True)
        super().__init__(**kwargs)
        self.widget.attrs.setdefault("inputmode", "decimal")

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, str):
            value = _SPACES.sub("", value).replace(",", ".")
        try:
            return Decimal(str(value))
        except DecimalException:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from None
