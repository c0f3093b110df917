"""The operations package follows the UI's rules too (test_layering.py checks app/ui/*.py only):
services and domain only, never the database, and files small enough to read."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

OPERATIONS = Path(__file__).resolve().parents[2] / "app" / "ui" / "operations"
FORBIDDEN = ("sqlalchemy", "app.models", "app.db", "alembic")
FILES = sorted(OPERATIONS.glob("*.py"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_operations_call_services_only(path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                 [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
        for name in names:
            assert not name.startswith(FORBIDDEN), f"{path.name} imports {name}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_operation_modules_stay_small(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 300


def test_money_is_never_a_double_spin_box():
    ui = OPERATIONS.parent
    for path in [*ui.glob("*.py"), *FILES]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
        used |= {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
        used |= {a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names}
        assert "QDoubleSpinBox" not in used, path.name
