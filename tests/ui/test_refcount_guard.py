"""The stopgap for PySide6 6.12.0's dropped references (app/ui/refcount_guard.py)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.ui import refcount_guard

ROOT = Path(__file__).resolve().parents[2]

_MANY_SIGNALS = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
from app.ui.refcount_guard import guard
app = QCoreApplication([])
if sys.argv[1] == "guard":
    guard()
class E(QObject):
    ping = Signal(object)
e = E()
e.ping.connect(lambda value: None)
for _ in range(50_000):
    e.ping.emit(None)
print("survived")
"""


def _run(mode: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", _MANY_SIGNALS, mode], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_many_signals_are_survived_with_the_guard():
    done = _run("guard")
    assert done.returncode == 0 and "survived" in done.stdout, done.stderr[-2000:]


def test_the_guard_is_applied_only_where_the_bug_is():
    bug = refcount_guard.pyside_drops_references() if not refcount_guard._applied else None
    applied = refcount_guard.guard()
    if sys.version_info >= (3, 12):
        assert not applied
    elif bug is not None:
        assert applied == bug
    if applied:
        assert sys.getrefcount(None) > 1 << 59 and sys.getrefcount(True) > 1 << 59
