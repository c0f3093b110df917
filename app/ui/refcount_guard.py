"""A stopgap for a reference-counting bug of PySide6 6.12.0 on CPython 3.11.

PySide6 6.12.0 drops a reference it does not own:
  - every `Signal.emit()` called from Python returns True without a new reference to it;
  - every Python slot called by a C++ signal (textChanged, timeout...) and returning None, and
    every invalid QVariant handed back to Python as None, drops one reference to None.
On CPython 3.12+ None, True and False are immortal (PEP 683) and nothing happens. On 3.11 their
counts fall with use until one reaches zero and the interpreter aborts ("Fatal Python error:
bool_dealloc: deallocating True or False" / "none_dealloc"): True starts near 150-7,000
references, so a desk would die after a few thousand signals. PySide6 6.11.3 does not have the
bug. Until the project runs on a fixed PySide6 or on Python 3.12+, `guard()` detects the bug and
gives the three singletons a reference count so large (2**60) that no process can use it up,
which is what 3.12 does by design. Without the bug it does nothing.
"""
from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_HEADROOM = 1 << 60
_applied = False


class _Probe(QObject):
    ping = Signal()


def pyside_drops_references() -> bool:
    """True when this PySide6 build loses a reference to True on Signal.emit()."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(4):
        probe.ping.emit()
    after = sys.getrefcount(True)
    probe.deleteLater()
    return after < before


def guard() -> bool:
    """Make None, True and False effectively immortal if (and only if) this interpreter can be
    hurt by the bug. Returns True when it did (once per process)."""
    global _applied
    if _applied:
        return True
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    if not pyside_drops_references():
        return False
    # ob_refcnt is the first field of every object in a release build of CPython 3.11; check
    # that it reads as sys.getrefcount() says (which counts its own argument) before writing.
    counts = [ctypes.c_ssize_t.from_address(id(s)) for s in (None, True, False)]
    if any(c.value != sys.getrefcount(s) - 1 for c, s in zip(counts, (None, True, False))):
        return False
    for count in counts:
        count.value += _HEADROOM
    _applied = True
    return True
