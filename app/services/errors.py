"""Errors raised by services. Each carries a translatable `Msg`; the edges render it."""
from __future__ import annotations

from typing import Callable

from ..domain.messages import Msg, N_

FIELD_LABELS: dict[str, str] = {
    "document": N_("Document"), "document_type": N_("Document type"),
    "document_expiry": N_("Document expiry"), "given_names": N_("Given names"),
    "legal_name": N_("Legal name"), "surnames": N_("Surnames"), "birth_date": N_("Birth date"),
    "address": N_("Address"), "email": N_("E-mail"), "phone": N_("Phone"),
    "occupation": N_("Occupation"), "income_source": N_("Source of income"),
    "risk": N_("Risk rating"), "bank_account": N_("Bank account"), "bank_name": N_("Bank"),
    "amount": N_("Amount"), "account": N_("Account"), "lines": N_("Postings"),
    "username": N_("User name"), "full_name": N_("Full name"), "password": N_("Password"),
    "new_password": N_("New password"), "role": N_("Role"), "reason": N_("Reason"),
    "name": N_("Name"), "tax_id": N_("Tax ID"), "profile": N_("Profile"), "region": N_("Region"),
    "idempotency_key": N_("Operation key"), "description": N_("Description"),
    "kind": N_("Kind"), "language": N_("Language"), "funds_origin": N_("Origin of the funds"),
    "date_from": N_("From"), "date_to": N_("To"), "representative": N_("Representative"), "passphrase": N_("Passphrase"),
    "file": N_("Backup file"), "key_file": N_("Key file"), "database": N_("Database"),
    "branch": N_("Branch"), "postal_code": N_("Postal code"), "city": N_("City"),
    "sepa_creditor_id": N_("SEPA creditor ID"), "iban": N_("IBAN"), "bic": N_("BIC"),
    "pain008_version": N_("Collections file (pain.008)"),
    "pain001_version": N_("Transfers file (pain.001)"), "logo": N_("Logo"),
    "rate": N_("Rate"), "day": N_("Day"), "months": N_("Frequency"),
    "signed_on": N_("Signature date"), "source": N_("Payment method"), "remuneration_choice": N_("Yearly return"), "year": N_("Year"),
    "registration_key": N_("Registration key"), "external_account": N_("External account"),
    "otp_code": N_("Authenticator code"), "delivery": N_("Delivery"),
    "card_number": N_("Card number"), "credit_limit": N_("Credit limit"), "expires_on": N_("Expiry"),
    "pin": N_("PIN"), "old_pin": N_("Current PIN"), "new_pin": N_("New PIN"),
    "new_pin_again": N_("New PIN again"), "block_reason": N_("Why it is blocked"),
    "host": N_("Mail server"), "port": N_("Port"), "security": N_("Security"),
    "sender": N_("Sender address"),
}


class ServiceError(Exception):
    """Base of every error a service raises on purpose."""

    def __init__(self, msg: Msg):
        super().__init__(msg.render())
        self.msg = msg

    def render(self, translate: Callable[[str], str] = lambda s: s) -> str:
        return self.msg.render(translate)


class ValidationError(ServiceError):
    """Bad input in one field; nothing was written."""

    def __init__(self, field: str, msg: Msg):
        self.field = field
        super().__init__(msg)

    def render(self, translate: Callable[[str], str] = lambda s: s) -> str:
        label = translate(FIELD_LABELS.get(self.field, self.field))
        return f"{label}: {self.msg.render(translate)}"

    def __str__(self) -> str:
        return self.render()


class PermissionDenied(ServiceError):
    pass


class NotFound(ServiceError):
    pass


class Conflict(ServiceError):
    """The operation contradicts the ledger's state (already reversed, already decided...)."""


class InsufficientFunds(ServiceError):
    pass


class AuthenticationFailed(ServiceError):
    pass


class KeyMissing(ServiceError):
    pass


def invalid(field: str, text: str, **params: object) -> ValidationError:
    return ValidationError(field, Msg.of(text, **params))
