"""/favicon.ico, and scrolling tables that a keyboard reaches."""

import re
from pathlib import Path

from django.conf import settings
from PIL import Image


def test_the_favicon_is_served_as_an_icon_of_our_own(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200 and response["Content-Type"] == "image/vnd.microsoft.icon"
    assert "max-age" in response["Cache-Control"]
    icon = Image.open(Path(settings.BASE_DIR) / "static" / "favicon.ico")
    assert icon.format == "ICO" and (32, 32) in icon.info["sizes"]


def test_every_scrolling_table_is_a_named_region_that_takes_keyboard_focus():
    """axe's scrollable-region-focusable: a table wider than a phone scrolls only if a keyboard can reach it."""
    base = Path(settings.BASE_DIR)
    wraps = []
    for template in base.glob("**/templates/**/*.html"):
        if ".venv" in template.parts or "node_modules" in template.parts:
            continue
        wraps += [(template.name, tag) for tag in re.findall(r'<div class="table-wrap"[^>]*>', template.read_text())]
    assert len(wraps) >= 15
    for name, tag in wraps:
        assert 'tabindex="0"' in tag and 'role="region"' in tag, name
        assert "aria-label=" in tag or "aria-labelledby=" in tag, name
