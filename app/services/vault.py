"""Member secrets under the institution key (ARCHITECTURE.md): what must be read back (OTP
secrets, an outbox message's body until it is sent) is encrypted with Fernet; what must only be
checked is hashed with a pepper (registration keys, card numbers as tokens) or, when it is short
enough to guess (PINs, passwords), slow-hashed with argon2id over the peppered value, so a copy of
the database alone cannot be brute-forced. Each use has its own key derived from the institution
key (HKDF), so no two purposes share one."""
from __future__ import annotations

import base64
import hashlib
import hmac

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from . import keys


def _subkey(key: bytes | None, purpose: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=f"ventanilla/{purpose}".encode()).derive(keys.require_key(key))


def encrypt(key: bytes | None, purpose: str, text: str) -> str:
    return Fernet(base64.urlsafe_b64encode(_subkey(key, purpose))).encrypt(text.encode()).decode()


def decrypt(key: bytes | None, purpose: str, token: str) -> str:
    """The clear text; InvalidToken when it was encrypted under another key or altered."""
    return Fernet(base64.urlsafe_b64encode(_subkey(key, purpose))).decrypt(token.encode()).decode()


def pepper(key: bytes | None, purpose: str, value: str) -> str:
    """HMAC-SHA256 of `value` under the purpose's key, hex: for high-entropy secrets and tokens."""
    return hmac.new(_subkey(key, f"pepper/{purpose}"), value.encode(), hashlib.sha256).hexdigest()


def slow_hash(hasher: PasswordHasher, key: bytes | None, purpose: str, secret: str) -> str:
    return hasher.hash(pepper(key, purpose, secret))


def slow_verify(hasher: PasswordHasher, key: bytes | None, purpose: str, stored: str, secret: str) -> bool:
    if not stored:
        return False
    try:
        return hasher.verify(stored, pepper(key, purpose, secret))
    except (VerificationError, InvalidHashError):
        return False


def same(a: str, b: str) -> bool:
    return hmac.compare_digest(a, b)


__all__ = ["encrypt", "decrypt", "pepper", "slow_hash", "slow_verify", "same", "InvalidToken"]
