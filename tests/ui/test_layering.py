"""The UI's rules, checked on its source: services only, a login window that paints before the
services are imported, and no god modules."""
from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "app" / "ui"
FORBIDDEN = ("sqlalchemy", "app.models", "app.db", "alembic")
# Imported before the first paint: Qt and the standard library only.
FIRST_PAINT = ("app.py", "login_window.py", "i18n.py", "refcount_guard.py", "__init__.py")
QT_ALLOWED = ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets")
MAX_LINES = 300


def _imports(path: Path, *, top_level_only: bool = False) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    names = []
    for node in nodes:
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = "." * node.level + (node.module or "")
            if base == "PySide6":          # from PySide6 import QtCore
                names += [f"PySide6.{a.name}" for a in node.names]
            else:
                names.append(base)
    return names


UI_FILES = sorted(UI.glob("*.py"))


@pytest.mark.parametrize("path", UI_FILES, ids=lambda p: p.name)
def test_ui_calls_services_only(path):
    for name in _imports(path):
        absolute = name if not name.startswith(".") else "app.ui" + name[1:]
        assert not absolute.startswith(FORBIDDEN), f"{path.name} imports {name}"
        assert not absolute.startswith(("app.services.context.UnitOfWork",)), path.name


@pytest.mark.parametrize("name", FIRST_PAINT)
def test_first_paint_modules_import_qt_only(name):
    for module in _imports(UI / name, top_level_only=True):
        if module.startswith("PySide6"):
            assert module in QT_ALLOWED, f"{name} imports {module}"
        elif module.startswith("."):
            assert module.lstrip(".") in {"i18n", "login_window", "refcount_guard"}, f"{name} imports {module}"
        else:
            assert module.split(".")[0] in sys.stdlib_module_names | {"__future__"}, \
                f"{name} imports {module} before the first paint"


def test_importing_the_entry_point_loads_no_service():
    code = ("import sys, app.ui.app; "
            "heavy = [m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'babel') "
            "or m.startswith('app.services')]; print(heavy); sys.exit(1 if heavy else 0)")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code], cwd=UI.parents[1], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("path", UI_FILES, ids=lambda p: p.name)
def test_no_god_modules(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.name} has {lines} lines: split it by concept"
