"""`{{ value|content_lang }}`: the language a translated text is shown in, for its element's `lang`."""

from django import template
from django.utils.translation import get_language

from common.translated import FALLBACK_LANGUAGE, Translated

register = template.Library()


@register.filter
def content_lang(value):
    """The code of the language `value` is shown in; the interface language for plain (gettext) text."""
    if isinstance(value, Translated):
        return value.language_of_text()
    return get_language() or FALLBACK_LANGUAGE
