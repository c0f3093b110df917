"""The one error type of pure rules: a bad value in a named field."""
from __future__ import annotations

from .messages import Msg


class FieldError(ValueError):
    def __init__(self, field: str, msg: Msg):
        super().__init__(f"{field}: {msg.render()}")
        self.field = field
        self.msg = msg
