"""docs/settings.md stays true: every environment variable the code reads is documented, and no more."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV_READ = re.compile(r"""env_(?:str|bool|int|list)\(\s*["']([A-Z][A-Z0-9_]*)["']""")
DOCUMENTED = re.compile(r"^\|\s*`([A-Z][A-Z0-9_]*)`", re.MULTILINE)


def variables_read_by_code() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "waspada").rglob("*.py"):
        if "tests" in path.parts:
            continue
        names.update(ENV_READ.findall(path.read_text(encoding="utf-8")))
    return names


def test_every_setting_is_documented_and_every_documented_setting_exists() -> None:
    read = variables_read_by_code()
    documented = set(DOCUMENTED.findall((ROOT / "docs" / "settings.md").read_text(encoding="utf-8")))
    assert "DATABASE_URL" in read, "the scan must find the settings module's variables"
    assert read - documented == set(), f"undocumented settings: {sorted(read - documented)}"
    assert documented - read == set(), f"documented but never read: {sorted(documented - read)}"


def test_settings_read_environment_only_through_the_typed_helpers() -> None:
    # A bare os.environ read would escape the documentation check above.
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "waspada").rglob("*.py")
        if "tests" not in path.parts
        and path.name != "env.py"
        and re.search(r"os\.environ(?:\.get)?\s*[\[(]\s*[\"'](?!DJANGO_SETTINGS_MODULE)", path.read_text())
    ]
    assert offenders == []
