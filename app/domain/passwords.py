"""Staff password policy."""
from __future__ import annotations

from .messages import Msg, N_

MIN_LENGTH = 8
MAX_LENGTH = 128
MAX_FAILED_LOGINS = 5


def password_problem(password: str, username: str) -> Msg | None:
    """Why `password` is not acceptable for `username`, or None."""
    if len(password) < MIN_LENGTH:
        return Msg.of(N_("Use at least {n} characters."), n=MIN_LENGTH)
    if len(password) > MAX_LENGTH:
        return Msg.of(N_("Use at most {n} characters."), n=MAX_LENGTH)
    if username and username.casefold() in password.casefold():
        return Msg.of(N_("The password must not contain the user name."))
    if len(set(password)) < 4:
        return Msg.of(N_("Use at least four different characters."))
    return None


# No 0/O, 1/l/I: a temporary password is read off a screen and typed by someone else.
_TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def temporary_password(groups: int = 3, size: int = 4) -> str:
    """A one-time password an administrator hands over ("k7dm-x3pa-9rtw"); the user must change
    it at the first sign-in."""
    import secrets
    return "-".join("".join(secrets.choice(_TEMPORARY_ALPHABET) for _ in range(size))
                    for _ in range(groups))
