"""The institution key: kept outside the database, one file per ledger, readable only by its user.

It keys the audit chain (and, in later issues, encrypts OTP secrets and peppers PIN hashes).
`export` writes it under a passphrase (scrypt + Fernet); `import_` installs it on another desk.
"""
from __future__ import annotations

import base64
import json
import os
import secrets
from pathlib import Path

import platformdirs
from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from ..domain.messages import Msg, N_
from .errors import KeyMissing, ValidationError

KEY_BYTES = 32


def key_dir() -> Path:
    configured = os.environ.get("VENTANILLA_KEY_DIR")
    return Path(configured) if configured else Path(platformdirs.user_config_dir("ventanilla")) / "keys"


def key_path(ledger_id: str, directory: Path | None = None) -> Path:
    return (directory or key_dir()) / f"{ledger_id}.key"


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def save_key(ledger_id: str, key: bytes, directory: Path | None = None) -> Path:
    path = key_path(ledger_id, directory)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(base64.b64encode(key).decode() + "\n")
    os.chmod(path, 0o600)
    return path


def load_key(ledger_id: str, directory: Path | None = None) -> bytes | None:
    path = key_path(ledger_id, directory)
    if not path.exists():
        return None
    return base64.b64decode(path.read_text().strip())


def require_key(key: bytes | None) -> bytes:
    if key is None:
        raise KeyMissing(Msg.of(N_(
            "The institution key of this ledger is not installed on this desk. "
            "Import it with: ventanilla key import FILE")))
    return key


def _fernet(passphrase: str, salt: bytes) -> Fernet:
    kdf = Scrypt(salt=salt, length=32, n=2**15, r=8, p=1)
    return Fernet(base64.urlsafe_b64encode(kdf.derive(passphrase.encode())))


def export_key(ledger_id: str, key: bytes, passphrase: str) -> bytes:
    if len(passphrase) < 10:
        raise ValidationError("passphrase", Msg.of(N_("Use at least 10 characters.")))
    salt = secrets.token_bytes(16)
    token = _fernet(passphrase, salt).encrypt(key)
    return json.dumps({"format": "ventanilla-key-1", "ledger_id": ledger_id,
                       "salt": base64.b64encode(salt).decode(), "key": token.decode()}).encode()


def import_key(blob: bytes, passphrase: str) -> tuple[str, bytes]:
    try:
        data = json.loads(blob)
        assert data["format"] == "ventanilla-key-1"
        salt = base64.b64decode(data["salt"])
    except (ValueError, KeyError, AssertionError):
        raise ValidationError("passphrase", Msg.of(N_("This file is not a Ventanilla key export."))) from None
    try:
        key = _fernet(passphrase, salt).decrypt(data["key"].encode())
    except InvalidToken:
        raise ValidationError("passphrase", Msg.of(N_("The passphrase does not open this key."))) from None
    return data["ledger_id"], key
