"""What every part of the signed-in desk needs: the ledger, the actor and the shared signals.

Built once per sign-in by the desk controller and handed to each part (no globals, no Session:
parts call services with `ledger` and `actor`, one unit of work per call).
"""
from __future__ import annotations

from dataclasses import dataclass

from app.domain.money import NumberFormat
from app.domain.permissions import Permission, allows
from app.domain.profiles import Profile, get_profile
from app.services.context import Actor, Ledger
from app.services.institution import InstitutionView, institution_view

from .events import AppEvents
from .formatting import number_format


@dataclass(frozen=True)
class DeskContext:
    ledger: Ledger
    actor: Actor
    events: AppEvents
    institution: InstitutionView          # as read at sign-in (the status bar re-reads it)
    profile: Profile
    number_format: NumberFormat

    @classmethod
    def open(cls, ledger: Ledger, actor: Actor, events: AppEvents) -> DeskContext:
        view = institution_view(ledger, actor)
        profile = get_profile(view.profile)
        return cls(ledger, actor, events, view, profile, number_format(profile, view.number_format))

    def can(self, permission: Permission) -> bool:
        """A courtesy for hiding what the role cannot use; services check for real."""
        return allows(self.actor.role, permission)
