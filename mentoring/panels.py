"""Sections that other apps add to the mentor's mentees page.

Supervision sits below assessments, so the page cannot ask them itself; an app above registers a
section in its AppConfig.ready():

    @register
    def sign_offs(mentor): return Panel("assessments/includes/mentee_sign_offs.html", {...})

Each section reads what it shows in a fixed number of queries, however many mentees.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from accounts.models import User


@dataclass
class Panel:
    template: str
    context: dict[str, Any] = field(default_factory=dict)


_providers: list[Callable[[User], Panel | None]] = []


def register(provider: Callable[[User], Panel | None]) -> Callable[[User], Panel | None]:
    if provider not in _providers:
        _providers.append(provider)
    return provider


def panels_for(mentor: User) -> list[Panel]:
    return [panel for panel in (provider(mentor) for provider in _providers) if panel is not None]
