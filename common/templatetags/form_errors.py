"""The error summary of a refused form: every error on the page at its top, each linking to its field.

base.html asks for the summary once; every bound form in the page's context that has errors is in it,
so a form gets its summary without the page doing anything. A form that sits on an object in a list
(a token form per API client) is named in the context as `refused_forms`; a form written by hand
(the questions of an attempt) gives its errors as `error_links`, each {"href": "#id", "text": ...}.
A page refused without a form's errors summarises its error messages instead.
"""

from django import template
from django.contrib import messages
from django.forms import BaseForm
from django.forms.formsets import BaseFormSet

register = template.Library()


def _anchor(bound_field):
    """The id of the control a summary link moves to: the first option of a group of choices."""
    if not bound_field.auto_id or bound_field.is_hidden:
        return None
    if bound_field.use_fieldset and bound_field.subwidgets:  # a group with no options has no first one
        return f"{bound_field.auto_id}_0"
    return bound_field.auto_id


def _form_errors(form):
    visible = form.visible_fields()
    first = _anchor(visible[0]) if visible else None
    for error in form.non_field_errors():
        yield {"href": f"#{first}" if first else "", "text": str(error)}
    for bound_field in form:
        for error in bound_field.errors:
            anchor = _anchor(bound_field)
            label = bound_field.label
            text = f"{label}: {error}" if label and not bound_field.is_hidden else str(error)
            yield {"href": f"#{anchor}" if anchor else "", "text": text}


def _refused(value):
    if isinstance(value, BaseFormSet):
        if value.is_bound and not value.is_valid():
            return [value.management_form, *value.forms]
        return []
    if isinstance(value, BaseForm) and value.is_bound and value.errors:
        return [value]
    return []


@register.simple_tag(takes_context=True)
def error_summary_items(context):
    """Every error of the refused forms on this page, in the order of the context, each once."""
    forms, seen = [], set()
    for value in [*(context.get("refused_forms") or []), *context.flatten().values()]:
        for form in _refused(value):
            if id(form) not in seen:
                seen.add(id(form))
                forms.append(form)
    items = [item for form in forms for item in _form_errors(form)]
    items.extend(context.get("error_links") or [])
    # A refusal that no form carries (issuing to someone not ready, a locked module) is summarised too,
    # so the reader starts at it as at a form's errors; beside a form's errors it would only repeat them.
    if not items:
        items = [{"href": "", "text": str(message), "message": True} for message in _error_messages(context)]
    return items


def _error_messages(context):
    return [message for message in context.get("messages") or [] if message.level >= messages.ERROR]


@register.filter
def described(bound_field):
    """The field's control, described by its errors and its help text for a screen reader."""
    ids = []
    if bound_field.errors and bound_field.auto_id:
        ids.append(f"{bound_field.auto_id}_error")
    if bound_field.help_text and bound_field.auto_id:
        ids.append(f"{bound_field.auto_id}_helptext")
    attrs = {"aria-describedby": " ".join(ids)} if ids else None
    widget = bound_field.as_widget(attrs=attrs)
    if bound_field.field.show_hidden_initial:
        return widget + bound_field.as_hidden(only_initial=True)
    return widget


@register.simple_tag(takes_context=True)
def has_error_message(context):
    """Whether the page carries an error message (a refusal without a form), for the title's prefix."""
    return bool(_error_messages(context))
