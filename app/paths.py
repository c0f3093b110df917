"""Where ledgers live on this desk (platformdirs). The demo ledger is a file of its own.
Light on purpose: the desk imports it before its first paint."""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs



def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path)}"


def data_dir() -> Path:
    configured = os.environ.get("VENTANILLA_DATA_DIR")
    path = Path(configured) if configured else Path(platformdirs.user_data_dir("ventanilla"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_ledger_url() -> str:
    return os.environ.get("VENTANILLA_DB") or sqlite_url(data_dir() / "ledger.sqlite")


def demo_ledger_path(profile: str = "es-coop") -> Path:
    return data_dir() / f"demo-{profile}.sqlite"
