"""What every counter operation shares: a preview (nothing written) that says in plain words what
will happen, and a result with the posted entry for the receipt. The UI's operation framework
(form -> confirmation -> result) is built on these two types."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ..domain.messages import Msg


@dataclass(frozen=True)
class Override:
    """A supervisor present at the counter approves on the spot."""
    username: str
    password: str


@dataclass(frozen=True)
class PreviewLine:
    label: Msg
    amount: Decimal


@dataclass(frozen=True)
class OperationPreview:
    operation: str
    title: Msg
    account_number: str
    member_name: str
    acting_name: str
    amount: Decimal
    fee: Decimal
    vat: Decimal
    balance_after: Decimal
    currency: str
    lines: tuple[PreviewLine, ...] = ()
    warnings: tuple[Msg, ...] = ()
    needs_override: bool = False          # above the hard limit / AML threshold
    needs_declaration: bool = False       # Ecuador: origin of funds
    refusal: Msg | None = None            # cannot be done at all (Spanish cash limit...)

    @property
    def total(self) -> Decimal:
        return self.amount + self.fee + self.vat


@dataclass(frozen=True)
class OperationResult:
    entry_id: int
    receipt: str
    preview: OperationPreview
    replayed: bool = False
    notices: tuple[Msg, ...] = field(default=())
