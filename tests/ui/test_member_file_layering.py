"""The UI rules of test_layering.py, applied to the app/ui/member_file package too (that test
only looks at the modules directly in app/ui): services only, and no god modules."""
from __future__ import annotations

import pytest
from test_layering import FORBIDDEN, MAX_LINES, UI, _imports

PACKAGE_FILES = sorted((UI / "member_file").glob("*.py"))


def test_the_package_is_there():
    assert {p.name for p in PACKAGE_FILES} >= {"page.py", "header.py", "summary_tab.py",
                                                "bank_change.py", "fields.py"}


@pytest.mark.parametrize("path", PACKAGE_FILES, ids=lambda p: p.name)
def test_member_file_calls_services_only(path):
    for name in _imports(path):
        if name.startswith(".."):
            absolute = "app.ui." + name[2:]
        elif name.startswith("."):
            absolute = "app.ui.member_file." + name[1:]
        else:
            absolute = name
        assert not absolute.startswith(FORBIDDEN), f"{path.name} imports {name}"


@pytest.mark.parametrize("path", PACKAGE_FILES, ids=lambda p: p.name)
def test_no_god_modules_in_the_member_file(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.name} has {lines} lines: split it by concept"
