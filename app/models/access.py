"""A member's access: online-banking credentials, the authenticator (OTP) and payment cards.
Secrets are never here in clear: registration keys as peppered hashes, OTP secrets encrypted
with the institution key, card numbers as their first 6 and last 4 digits and a token, PINs as
peppered slow hashes."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Minor, utcnow


class OnlineCredential(Base):
    """The member's online-banking access: issued with a one-time registration key, active once
    the member completes it, revoked or locked by failures."""
    __tablename__ = "online_credential"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), unique=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    key_hash: Mapped[str] = mapped_column(String(64), default="")          # HMAC of the key
    key_expires_at: Mapped[datetime | None] = mapped_column(DateTime)
    password_hash: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(10))          # issued | active | revoked | locked
    failures: Mapped[int] = mapped_column(Integer, default=0)
    issued_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    issued_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    activated_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)


class OtpEnrolment(Base):
    """The member's authenticator: a TOTP secret (encrypted), pending until a first code confirms
    it; the last accepted time step makes a code work once."""
    __tablename__ = "otp_enrolment"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), unique=True)
    secret_enc: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10))          # pending | active | locked | revoked
    last_step: Mapped[int] = mapped_column(Integer, default=0)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime)


class Card(Base):
    """A debit card (linked to a savings account) or a credit card (with a limit)."""
    __tablename__ = "card"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8))             # debit | credit
    brand: Mapped[str] = mapped_column(String(20))
    first6: Mapped[str] = mapped_column(String(6))
    last4: Mapped[str] = mapped_column(String(4))
    token: Mapped[str] = mapped_column(String(64), unique=True)    # HMAC of the number
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    credit_limit: Mapped[int] = mapped_column(Minor, default=0)
    expires_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10))          # active | blocked | cancelled
    block_reason: Mapped[str] = mapped_column(String(20), default="")
    pin_hash: Mapped[str] = mapped_column(String(200), default="")
    pin_must_change: Mapped[bool] = mapped_column(Boolean, default=False)
    pin_failures: Mapped[int] = mapped_column(Integer, default=0)
    pin_locked: Mapped[bool] = mapped_column(Boolean, default=False)
    issued_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    issued_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    status_changed_at: Mapped[datetime | None] = mapped_column(DateTime)


class OutboxMessage(Base):
    """A message to a member waiting to go out: e-mailed by a dispatcher that claims it first, or
    printed. A message carrying a secret keeps its body encrypted and loses it once sent."""
    __tablename__ = "outbox_message"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))            # credential_letter | temporary_pin | ...
    ref: Mapped[str] = mapped_column(String(40), default="")  # what it is about: card:12
    channel: Mapped[str] = mapped_column(String(10))         # email | print
    recipient: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(200))
    body_enc: Mapped[str] = mapped_column(Text, default="")  # Fernet token under the institution key
    secret: Mapped[bool] = mapped_column(Boolean, default=False)
    # queued | sending | sent | retrying (a transient failure, tried again later) | failed (given up) |
    # cancelled; a print message is queued until the desk prints it, then sent
    status: Mapped[str] = mapped_column(String(10), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    last_error: Mapped[str] = mapped_column(String(500), default="")
    claimed_by: Mapped[str] = mapped_column(String(80), default="")
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)


class MailServer(Base):
    """The SMTP server the outbox dispatcher sends through (one row, set by an administrator);
    its password is encrypted with the institution key."""
    __tablename__ = "mail_server"

    id: Mapped[int] = mapped_column(primary_key=True)
    host: Mapped[str] = mapped_column(String(200))
    port: Mapped[int] = mapped_column(Integer)
    security: Mapped[str] = mapped_column(String(10))        # none | starttls | tls
    username: Mapped[str] = mapped_column(String(200), default="")
    password_enc: Mapped[str] = mapped_column(Text, default="")
    sender: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
