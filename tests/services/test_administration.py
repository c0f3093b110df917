"""The administrator's desk: institution details, logo, region, branches, staff branch moves and
settings; every change audited and seen by another desk (a second engine on the same ledger)."""
import json
from datetime import date
from decimal import Decimal
from dataclasses import dataclass, replace

import pytest
from sqlalchemy import select

from app.domain.institution_details import BranchDetails, InstitutionDetails
from app.models import Account, AuditRecord
from app.services import auth, branches, institution_admin, settings
from app.services.context import Ledger, UnitOfWork
from app.services.errors import Conflict, PermissionDenied, ValidationError
from tests.conftest import fast_hasher

DETAILS = InstitutionDetails(name="Coop Exemple SCCL", tax_id="F08000002", address="C/ Major 1",
                             postal_code="08001", city="Barcelona", email="info@exemple.coop",
                             sepa_creditor_id="ES94ZZZF08000002", iban="ES9121000418450200051332",
                             bic="CAIXESBBXXX", pain008_version="pain.008.001.02")


def audit_rows(lut, action):
    """(action, detail as a dict) of each audit row of `action`."""
    with UnitOfWork(lut.ledger, None, None, read_only=True) as uow:
        rows = uow.session.execute(select(AuditRecord).where(AuditRecord.action == action)).scalars()
        return [Row(r.action, json.loads(r.detail or "{}")) for r in rows]


@dataclass
class Row:
    action: str
    detail: dict


def second_desk(lut) -> Ledger:
    other = Ledger.open(lut.url, hasher=fast_hasher())
    return other


def test_institution_details_are_stored_audited_and_seen_by_another_desk(ledger):
    record = institution_admin.update_institution(ledger.ledger, ledger.admin, DETAILS)
    assert record.details.pain008_version == "pain.008.001.02"
    rows = audit_rows(ledger, "institution.update")
    assert len(rows) == 1 and "iban" in rows[0].detail["fields"]
    assert "ES91" not in str(rows[0].detail)           # field names, not values
    other = second_desk(ledger)
    try:
        seen = institution_admin.institution_record(other, ledger.admin)
        assert seen.details == DETAILS
    finally:
        other.dispose()
    # the same details again change nothing and audit nothing
    institution_admin.update_institution(ledger.ledger, ledger.admin, DETAILS)
    assert len(audit_rows(ledger, "institution.update")) == 1


def test_a_bad_detail_names_the_field_and_writes_nothing(ledger):
    with pytest.raises(ValidationError) as info:
        institution_admin.update_institution(ledger.ledger, ledger.admin,
                                             replace(DETAILS, city="Girona", bic="CAIX"))
    assert info.value.field == "bic" and info.value.render().startswith("BIC:")
    assert institution_admin.institution_record(ledger.ledger, ledger.admin).details.city == ""


def test_only_administrators_change_the_institution(ledger):
    supervisor = ledger.staff("supervisor")
    with pytest.raises(PermissionDenied):
        institution_admin.update_institution(ledger.ledger, supervisor, DETAILS)
    with pytest.raises(PermissionDenied):
        branches.add_branch(ledger.ledger, supervisor, BranchDetails("Gràcia"))
    with pytest.raises(PermissionDenied):
        settings.set_setting(ledger.ledger, supervisor, "cash_soft_limit", "700")


def test_logo_and_region(ledger):
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
    assert institution_admin.set_logo(ledger.ledger, ledger.admin, png).has_logo
    assert institution_admin.logo(ledger.ledger, ledger.admin) == png
    with pytest.raises(ValidationError, match="PNG or JPEG"):
        institution_admin.set_logo(ledger.ledger, ledger.admin, b"GIF89a....")
    assert not institution_admin.set_logo(ledger.ledger, ledger.admin, None).has_logo
    assert institution_admin.set_region(ledger.ledger, ledger.admin, "ct").region == "CT"
    with pytest.raises(ValidationError) as info:
        institution_admin.set_region(ledger.ledger, ledger.admin, "XX")
    assert info.value.field == "region"
    assert len(audit_rows(ledger, "institution.logo")) == 2
    assert len(audit_rows(ledger, "institution.region")) == 1


def test_a_new_branch_gets_its_code_and_its_internal_accounts(ledger):
    view = branches.add_branch(ledger.ledger, ledger.admin,
                               BranchDetails("Gràcia", address="Travessera 10", city="Barcelona"))
    assert view.code == "0002" and view.active
    with UnitOfWork(ledger.ledger, None, None, read_only=True) as uow:
        numbers = uow.session.execute(select(Account.number).where(Account.branch_id == view.id)).scalars().all()
    assert numbers and all(n.startswith("0002-") for n in numbers)
    with pytest.raises(Conflict, match="already"):
        branches.add_branch(ledger.ledger, ledger.admin, BranchDetails("gràcia"))
    changed = branches.update_branch(ledger.ledger, ledger.admin, view.id,
                                     BranchDetails("Gràcia", "Travessera 10", "Barcelona", "+34 93 111 11 11"))
    assert changed.phone == "+34 93 111 11 11"
    assert [b.code for b in branches.list_branches(ledger.ledger, ledger.admin)] == ["0001", "0002"]
    assert audit_rows(ledger, "branch.update")[0].detail["fields"] == ["phone"]


def test_staff_move_between_branches_and_a_branch_closes_only_when_empty(ledger):
    new = branches.add_branch(ledger.ledger, ledger.admin, BranchDetails("Sants"))
    ledger.staff("teller", "tina")
    moved = auth.set_branch(ledger.ledger, ledger.admin, "tina", new.id)
    assert moved.branch_id == new.id
    with pytest.raises(Conflict, match="move them"):
        branches.set_branch_active(ledger.ledger, ledger.admin, new.id, False)
    auth.set_branch(ledger.ledger, ledger.admin, "tina", 1)
    closed = branches.set_branch_active(ledger.ledger, ledger.admin, new.id, False)
    assert not closed.active
    with pytest.raises(ValidationError, match="closed"):
        auth.set_branch(ledger.ledger, ledger.admin, "tina", new.id)
    with pytest.raises(ValidationError, match="closed"):
        auth.add_staff(ledger.ledger, ledger.admin, username="uma", full_name="Uma", role="teller",
                       password="uma-secret-22", branch_id=new.id)
    assert branches.set_branch_active(ledger.ledger, ledger.admin, new.id, True).active
    assert [r.action for r in audit_rows(ledger, "branch.close")] == ["branch.close"]


def test_a_setting_changed_on_one_desk_applies_on_another(ledger):
    other = second_desk(ledger)
    try:
        teller = auth.login(other, *ledger_staff(ledger))
        assert settings.get_settings(other, teller)["idle_lock_minutes"] == 5
        settings.set_setting(ledger.ledger, ledger.admin, "idle_lock_minutes", "12")
        assert settings.get_settings(other, teller)["idle_lock_minutes"] == 12
    finally:
        other.dispose()
    assert audit_rows(ledger, "setting.change")[0].detail == {"key": "idle_lock_minutes"}


def ledger_staff(lut) -> tuple[str, str]:
    from tests.conftest import STAFF_PASSWORD
    lut.staff("teller", "vera")
    return "vera", STAFF_PASSWORD


def test_several_settings_change_together_or_not_at_all(ledger):
    with pytest.raises(ValidationError) as info:
        settings.set_settings(ledger.ledger, ledger.admin,
                              {"cash_soft_limit": "700.00", "idle_lock_minutes": "0"})
    assert info.value.field == "idle_lock_minutes"
    assert settings.get_settings(ledger.ledger, ledger.admin)["cash_soft_limit"] == Decimal("600.00")
    after = settings.set_settings(ledger.ledger, ledger.admin,
                                  {"cash_soft_limit": "700.00", "idle_lock_minutes": "5",
                                   "number_format": "1 234,56"})
    assert after["cash_soft_limit"] == Decimal("700.00") and after["number_format"] == "1 234,56"
    assert sorted(r.detail["key"] for r in audit_rows(ledger, "setting.change")) == [
        "cash_soft_limit", "number_format"]           # the unchanged one is not audited
    from app.services.institution import institution_view
    assert institution_view(ledger.ledger, ledger.admin).number_format == "1 234,56"


def test_the_holiday_calendar_with_overrides(ledger):
    institution_admin.set_region(ledger.ledger, ledger.admin, "CT")
    days = {h.day: h for h in settings.holidays_of(ledger.ledger, ledger.admin, 2026, "ca")}
    assert days[date(2026, 9, 11)].name == "Diada Nacional de Catalunya"
    assert days[date(2026, 9, 11)].source == "calendar" and days[date(2026, 9, 11)].closed
    settings.set_holiday(ledger.ledger, ledger.admin, date(2026, 9, 11), closed=False)
    settings.set_holiday(ledger.ledger, ledger.admin, date(2026, 7, 20), closed=True,
                         name="Festa major")
    days = {h.day: h for h in settings.holidays_of(ledger.ledger, ledger.admin, 2026)}
    assert days[date(2026, 9, 11)].source == "opened" and not days[date(2026, 9, 11)].closed
    assert days[date(2026, 7, 20)] == settings.HolidayView(date(2026, 7, 20), "Festa major", True, "added")
    settings.remove_holiday_override(ledger.ledger, ledger.admin, date(2026, 9, 11))
    days = {h.day: h for h in settings.holidays_of(ledger.ledger, ledger.admin, 2026)}
    assert days[date(2026, 9, 11)].source == "calendar"
    assert len(audit_rows(ledger, "holiday.remove")) == 1


def test_the_fee_schedule_reads_back(ledger):
    settings.set_fee_rule(ledger.ledger, ledger.admin, settings.FeeInput(
        "cash_withdrawal", fixed=Decimal("0.36"), percent=Decimal("0.001"), maximum=Decimal("5.00")))
    assert settings.fee_rules(ledger.ledger, ledger.admin) == [settings.FeeInput(
        "cash_withdrawal", Decimal("0.36"), Decimal("0.001"), Decimal("0.00"), Decimal("5.00"), True)]
    with pytest.raises(ValidationError, match="below the minimum"):
        settings.set_fee_rule(ledger.ledger, ledger.admin, settings.FeeInput(
            "cash_withdrawal", minimum=Decimal("2"), maximum=Decimal("1")))
