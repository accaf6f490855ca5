"""The `waspada` command: Django's management commands with Waspada's two-word names.

`waspada regions load` runs the `regions_load` command, `waspada import reports F` runs `import_reports F`;
anything else is passed to Django as is (`waspada migrate`, `waspada createsuperuser`, …).
"""

from __future__ import annotations

import os
import sys


def _command_argv(argv: list[str]) -> list[str]:
    from django.core.management import get_commands

    commands = get_commands()
    if len(argv) >= 2 and not argv[1].startswith("-"):
        joined = f"{argv[0]}_{argv[1]}".replace("-", "_")
        if joined in commands:
            return [joined, *argv[2:]]
    return argv


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "waspada.settings")
    import django
    from django.core.management import execute_from_command_line

    django.setup()
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        args = ["help"]
    execute_from_command_line(["waspada", *_command_argv(args)])


if __name__ == "__main__":
    main()
