from __future__ import annotations

import re
from typing import Any

from django import template

from waspada.monitoring.selectors import can_manage_sources as _can_manage_sources

register = template.Library()


@register.filter
def can_manage_sources(user: Any) -> bool:
    """For the navigation: `{% if user|can_manage_sources %}`."""
    return _can_manage_sources(user)


@register.filter
def url_pieces(url: str) -> list[str]:
    """A long URL cut after each / ? & = so the template can offer line breaks (<wbr>) on a narrow screen."""
    return [piece for piece in re.split(r"(?<=[/?&=])", str(url)) if piece]
