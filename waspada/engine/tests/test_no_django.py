"""The engine is pure Python: it must run where Django is not installed (Dask workers, notebooks, CLIs)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ENGINE = Path(__file__).resolve().parents[1]


def _django_imports(path: Path, root: Path = ENGINE) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found.extend(f"{path.relative_to(root)}:{node.lineno} {n}" for n in names if n.split(".")[0] == "django")
    return found


def test_no_module_of_the_engine_imports_django() -> None:
    sources = sorted(ENGINE.rglob("*.py"))
    assert len(sources) > 10  # the walk really covers the package
    offenders = [line for path in sources for line in _django_imports(path)]
    assert offenders == []


def test_the_import_check_recognises_both_import_forms(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import django.conf\nfrom django.db import models\nimport djangoish\nx = 'import django'\n")
    assert len(_django_imports(sample, tmp_path)) == 2


def test_importing_the_engine_loads_no_django_module() -> None:
    code = (
        "import sys, waspada.engine, waspada.engine.geo.lokal_id; "
        "bad = sorted(m for m in sys.modules if m == 'django' or m.startswith('django.')); "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
