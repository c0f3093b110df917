"""Imports point down only: the lower layers know no screen, the screen runs no SQL."""
import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app"
FORBIDDEN_BELOW_UI = ("PySide6.QtWidgets", "PySide6.QtGui", "app.ui")
FORBIDDEN_IN_UI = ("sqlalchemy", "app.models", "app.db")


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    found = set()
    package = ".".join(path.relative_to(APP.parent).with_suffix("").parts[:-1])
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            found |= {f"{module}.{a.name}" for a in node.names}
    return found


def offenders(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    bad = []
    for path in sorted((APP / folder).rglob("*.py")):
        for name in imports(path):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                bad.append(f"{path.relative_to(APP.parent)} imports {name}")
    return bad


@pytest.mark.parametrize("folder", ["models", "services", "domain"])
def test_lower_layers_do_not_import_qt_widgets_or_the_ui(folder):
    assert offenders(folder, FORBIDDEN_BELOW_UI) == []


def test_domain_knows_no_database():
    assert offenders("domain", ("sqlalchemy", "app.models", "app.db", "app.services", "PySide6")) == []


def test_ui_does_not_reach_the_database():
    assert offenders("ui", FORBIDDEN_IN_UI) == []


def test_the_checker_sees_a_violation(tmp_path, monkeypatch):
    fake = tmp_path / "app" / "services"
    fake.mkdir(parents=True)
    (fake / "bad.py").write_text("from ..ui import main_window\nfrom PySide6.QtWidgets import QLabel\n")
    monkeypatch.setattr(__import__(__name__), "APP", tmp_path / "app")
    assert len(offenders("services", FORBIDDEN_BELOW_UI)) >= 2
