"""The engine never imports Django, directly or through anything it imports."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ENGINE = Path(__file__).resolve().parent.parent / "waspada" / "engine"


def test_no_engine_module_names_django_or_another_waspada_app() -> None:
    offenders = []
    for path in ENGINE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] == "django" or (
                    name.startswith("waspada.") and not name.startswith("waspada.engine")
                ):
                    offenders.append(f"{path.relative_to(ENGINE)}: {name}")
    assert offenders == []


def test_importing_the_whole_engine_loads_no_django_module() -> None:
    code = (
        "import importlib, pkgutil, sys, waspada.engine as e\n"
        "for m in pkgutil.walk_packages(e.__path__, 'waspada.engine.'):\n"
        "    if '.tests' not in m.name: importlib.import_module(m.name)\n"
        "print(sorted(n for n in sys.modules if n == 'django' or n.startswith('django.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
