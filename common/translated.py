"""Content fields written in several languages, stored as one JSON object per field.

`{"fi": "Tervetuloa", "en": "Welcome"}` reads as the active language's text, then falls back in the
order set for that interface language (`fallback_order`: trainers set it, CONTENT_FALLBACK_ORDERS is
the default), then to any language that has text, so a Sámi-only page still shows something.
"""

import threading
import time
import uuid
from functools import cached_property

import nh3

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, ngettext_lazy

FALLBACK_LANGUAGE = "fi"
# The longest text one language of a field may hold: a title or an option, or a rich-text page.
MAX_TEXT_LENGTH = 5000
MAX_RICH_TEXT_LENGTH = 100_000

ALLOWED_TAGS = {
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "code",
    "dd",
    "dl",
    "dt",
    "em",
    "h2",
    "h3",
    "h4",
    "hr",
    "i",
    "li",
    "ol",
    "p",
    "pre",
    "s",
    "small",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
    "figure",
    "figcaption",
    "img",
    "span",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "lang"},
    "abbr": {"title"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "span": {"lang"},
    "p": {"lang"},
}


def sanitize_html(html):
    return nh3.clean(
        html or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener noreferrer",
    )


def content_language_codes():
    return [code for code, _name in settings.CONTENT_LANGUAGES]


# Each process keeps the orders it read; a change anywhere writes a new version to the shared cache,
# which each process compares at most every FALLBACK_CHECK_SECONDS, so pages read no extra row.
FALLBACK_VERSION_KEY = "common:content-fallback-version"
FALLBACK_CHECK_SECONDS = 5
_fallbacks_lock = threading.Lock()
_fallbacks = {"orders": None, "version": None, "checked_at": 0.0}


def _stored_orders():
    from .models import ContentFallback

    return {row.language: tuple(row.codes) for row in ContentFallback.objects.all()}


def _current_orders():
    now = time.monotonic()
    with _fallbacks_lock:
        orders, version = _fallbacks["orders"], _fallbacks["version"]
        if orders is not None and now - _fallbacks["checked_at"] < FALLBACK_CHECK_SECONDS:
            return orders
    shared = cache.get(FALLBACK_VERSION_KEY)
    # A cache that lost its keys (restarted, cleared) keeps what this process read.
    if orders is None or (shared is not None and shared != version):
        orders = _stored_orders()
        version = shared
    with _fallbacks_lock:
        _fallbacks.update(orders=orders, version=version, checked_at=now)
    return orders


def fallback_orders_changed():
    """Called when a fallback order is saved or deleted: this process and, through the cache, every other
    process reads the orders again."""
    with _fallbacks_lock:
        _fallbacks.update(orders=None, version=None, checked_at=0.0)
    cache.set(FALLBACK_VERSION_KEY, uuid.uuid4().hex, None)


def fallback_order(language=None):
    """The content languages to look in for `language` (the active one by default), in order."""
    language = (language or get_language() or FALLBACK_LANGUAGE).lower()
    base = language.split("-")[0]
    order = _current_orders().get(base) or settings.CONTENT_FALLBACK_ORDERS.get(base) or (base, FALLBACK_LANGUAGE)
    return tuple(dict.fromkeys((language, *order)))


class Translated(dict):
    """A dict of language code to text that prints in the active language."""

    def text(self, language=None):
        code = self.language_of_text(language)
        return self.get(code) or ""

    def language_of_text(self, language=None):
        """The language code `text()` actually picked, for a `lang` attribute."""
        for code in fallback_order(language):
            if self.get(code):
                return code
        return next((code for code, value in self.items() if value), FALLBACK_LANGUAGE)

    def __str__(self):
        return self.text()

    def __bool__(self):
        return any(self.values())


class TranslatedHTML(Translated):
    """Translated rich text, sanitized on save, safe to render."""

    def __str__(self):
        return mark_safe(self.text())

    def __html__(self):
        return self.text()


def _as_translated(value, cls):
    if value is None or value == "":
        return cls()
    if isinstance(value, str):
        return cls({FALLBACK_LANGUAGE: value})
    return cls({code: text for code, text in value.items() if isinstance(text, str)})


class TranslatedWidget(forms.MultiWidget):
    template_name = "widgets/translated.html"

    def __init__(self, rich=False, attrs=None):
        self.codes = content_language_codes()
        inner = forms.Textarea(attrs={"rows": 8}) if rich else forms.TextInput()
        super().__init__([inner] * len(self.codes), attrs)

    def decompress(self, value):
        value = value or {}
        return [value.get(code, "") for code in self.codes]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        names = dict(settings.CONTENT_LANGUAGES)
        for code, subwidget in zip(self.codes, context["widget"]["subwidgets"]):
            subwidget["language_code"] = code
            subwidget["language_name"] = names[code]
        return context


def max_text_length(rich):
    return MAX_RICH_TEXT_LENGTH if rich else MAX_TEXT_LENGTH


class EachLanguageMaxLength:
    """Model validation: no language's text is longer than `limit` characters."""

    def __init__(self, limit):
        self.limit = limit

    def __call__(self, value):
        longest = max((len(text) for text in (value or {}).values() if isinstance(text, str)), default=0)
        if longest > self.limit:
            raise ValidationError(
                ngettext_lazy(
                    "Each language may have at most %(limit)d character (this has %(length)d).",
                    "Each language may have at most %(limit)d characters (this has %(length)d).",
                    "limit",
                ),
                code="max_length",
                params={"limit": self.limit, "length": longest},
            )

    def __eq__(self, other):
        return isinstance(other, EachLanguageMaxLength) and other.limit == self.limit


class TranslatedFormField(forms.MultiValueField):
    def __init__(self, rich=False, required=True, **kwargs):
        kwargs.pop("encoder", None)
        kwargs.pop("decoder", None)
        kwargs.pop("max_length", None)
        self.rich = rich
        self.codes = content_language_codes()
        fields = [forms.CharField(required=False, max_length=max_text_length(rich)) for _ in self.codes]
        super().__init__(
            fields, require_all_fields=False, required=required, widget=TranslatedWidget(rich=rich), **kwargs
        )

    def compress(self, data_list):
        return {code: text.strip() for code, text in zip(self.codes, data_list or []) if text and text.strip()}

    def validate(self, value):
        if self.required and not value.get(FALLBACK_LANGUAGE):
            raise forms.ValidationError(self.error_messages["required"], code="required")


class _Coercing:
    """Turns whatever is assigned (a dict, a plain string) into the field's value class."""

    def __init__(self, field):
        self.field = field

    def __get__(self, instance, owner):
        if instance is None:
            return self
        return instance.__dict__[self.field.attname]

    def __set__(self, instance, value):
        instance.__dict__[self.field.attname] = _as_translated(value, self.field.value_class)


class TranslatedField(models.JSONField):
    """A JSON object of texts by language; `rich=True` sanitizes HTML on save."""

    def __init__(self, *args, rich=False, **kwargs):
        self.rich = rich
        kwargs.setdefault("default", dict)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if self.rich:
            kwargs["rich"] = True
        return name, path, args, kwargs

    def contribute_to_class(self, cls, name, **kwargs):
        super().contribute_to_class(cls, name, **kwargs)
        setattr(cls, self.attname, _Coercing(self))

    @cached_property
    def validators(self):
        return [*super().validators, EachLanguageMaxLength(max_text_length(self.rich))]

    @property
    def value_class(self):
        return TranslatedHTML if self.rich else Translated

    def from_db_value(self, value, expression, connection):
        return _as_translated(super().from_db_value(value, expression, connection), self.value_class)

    def to_python(self, value):
        return _as_translated(super().to_python(value), self.value_class)

    def pre_save(self, model_instance, add):
        value = _as_translated(getattr(model_instance, self.attname), self.value_class)
        if self.rich:
            value = self.value_class({code: sanitize_html(text) for code, text in value.items()})
        setattr(model_instance, self.attname, value)
        return value

    def get_prep_value(self, value):
        if isinstance(value, Translated):
            value = dict(value)
        return super().get_prep_value(value)

    def formfield(self, **kwargs):
        return TranslatedFormField(rich=self.rich, required=not self.blank, label=self.verbose_name)
