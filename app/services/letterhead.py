"""Who issues a document: the institution's name, tax ID, address and logo as the administrator
set them (the Institution tab), read inside the unit of work that reads the document's data."""
from __future__ import annotations

from dataclasses import dataclass

from .context import UnitOfWork


@dataclass(frozen=True)
class Letterhead:
    name: str
    tax_id: str
    address: str = ""              # "C/ Major 1 · 08001 Barcelona" (empty when not set)
    contact: str = ""              # "+34 93 000 00 00 · info@exemple.coop"
    logo: bytes | None = None      # PNG or JPEG


def letterhead(uow: UnitOfWork) -> Letterhead:
    inst = uow.institution()
    place = " ".join(p for p in (inst.postal_code, inst.city) if p)
    address = " · ".join(p for p in (inst.address, place) if p)
    contact = " · ".join(p for p in (inst.phone, inst.email) if p)
    return Letterhead(inst.name, inst.tax_id, address, contact, inst.logo)
