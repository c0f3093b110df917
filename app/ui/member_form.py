"""Registering a member, and editing one: the form that says what is wrong while you type.

Every change (debounced) runs the domain's `clean_member` on what is typed; the FieldError it
raises is shown under the field it names and Save stays off until the form is valid. On Save the
service validates again; its ValidationError is shown the same way and nothing is written. In
edit mode the bank account is read-only: changing it is a petition (`BankChangeDialog`).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from app.domain.errors import FieldError
from app.domain.identifiers import is_organisation_document
from app.domain.member_form import RISKS, MemberInput, clean_document, clean_member
from app.services import members
from app.services.errors import FIELD_LABELS

from .desk_context import DeskContext
from .i18n import render_error, tr_msg, translate
from .member_file.bank_change import BankChangeDialog
from .member_file.style import FORMS
from .member_file.fields import DOCUMENT_TYPES, RISK_LABELS, DateField, FieldRows, parse_dates

CHECK_MS = 200
TEXT_FIELDS = ("document", "given_names", "surnames", "address", "email", "phone", "occupation",
               "income_source", "bank_account", "bank_name")


class MemberForm(QDialog):
    """`MemberForm(ctx)` registers; `MemberForm(ctx, member_file)` edits. After `accepted`,
    `saved` holds the service's MemberFile."""

    def __init__(self, ctx: DeskContext, member: members.MemberFile | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("MemberForm")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(FORMS)
        self._ctx, self.member = ctx, member
        self.saved: members.MemberFile | None = None
        self.problems: dict[str, str] = {}
        self._touched: set[str] = set(TEXT_FIELDS) if member else set()
        self.organisation = member is not None and member.kind == "organisation"
        self.setWindowTitle(self.tr("Edit member %1").replace("%1", member.name) if member
                            else self.tr("New member"))
        self._build()
        if member is not None:
            self._fill(member.data)
        self._connect()
        self.check()

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        profile = self._ctx.profile
        w: dict[str, QWidget] = {}
        w["document_type"] = QComboBox()
        w["document_type"].addItem(self.tr("Detect from the number"), "")
        for code in profile.document_types:
            w["document_type"].addItem(translate(DOCUMENT_TYPES.get(code, code.upper())), code)
        for name in TEXT_FIELDS:
            w[name] = QLineEdit(maxLength=200)
        w["document"].setMaxLength(30)
        w["document"].setPlaceholderText(self.tr("As on the document; dots and dashes are fine"))
        w["birth_date"], w["document_expiry"] = DateField(), DateField()
        w["email"].setPlaceholderText("name@example.org")
        w["phone"].setPlaceholderText("+34 600 000 000" if profile.country == "ES" else "+593 99 000 0000")
        w["pep"] = QCheckBox(self.tr("Politically exposed person (PEP)"))
        w["risk"] = QComboBox()
        for risk in RISKS:
            w["risk"].addItem(translate(RISK_LABELS[risk]), risk)
        w["bank_account"].setPlaceholderText(
            "ES91 2100 0418 4502 0005 1332" if profile.bank_account_kind == "iban" else "2200123456")
        for name, edit in w.items():
            edit.setObjectName(f"input_{name}")
        self.inputs = w
        self.rows = FieldRows(w)
        self.change_bank_button = QPushButton(self.tr("Change bank account…"),
                                              objectName="ChangeBankButton", autoDefault=False)
        self.change_bank_button.clicked.connect(self.change_bank_account)

        left, right = QFormLayout(), QFormLayout()
        rows = self.rows
        rows.section(left, self.tr("Identity"))
        rows.add(left, "document_type", self.tr("Document &type"))
        rows.add(left, "document", self.tr("&Document"))
        rows.add(left, "given_names", self.tr("&Given names"))
        rows.add(left, "surnames", self.tr("S&urnames"))
        rows.add(left, "birth_date", self.tr("&Birth date"))
        rows.add(left, "document_expiry", self.tr("Document &expires"))
        rows.section(left, self.tr("Risk"))
        rows.add(left, "pep", "")
        rows.add(left, "risk", self.tr("&Risk rating"))
        rows.section(right, self.tr("Contact"))
        rows.add(right, "address", self.tr("&Address"))
        rows.add(right, "email", self.tr("E-&mail"))
        rows.add(right, "phone", self.tr("&Phone"))
        rows.add(right, "occupation", self.tr("&Occupation"))
        rows.add(right, "income_source", self.tr("&Source of income"))
        rows.section(right, self.tr("External bank account"))
        if self.member is not None:
            w["bank_account"].setReadOnly(True)
            w["bank_account"].setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            rows.add(right, "bank_account", self.tr("Ban&k account"), extra=self.change_bank_button,
                     extra_below=True)
        else:
            rows.add(right, "bank_account", self.tr("Ban&k account"))
            if profile.bank_account_kind != "iban":
                rows.add(right, "bank_name", self.tr("Ba&nk"))

        self.problem_label = QLabel(objectName="ProblemLabel", wordWrap=True)
        self.save_button = QPushButton(self.tr("Save") if self.member else self.tr("Register"),
                                       objectName="SaveButton", default=True)
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="CancelButton",
                                         autoDefault=False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

        columns = QHBoxLayout()
        columns.setSpacing(28)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.problem_label, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 16)
        layout.setSpacing(12)
        layout.addLayout(columns)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self.setMinimumWidth(940)
        # Tab goes down the identity column, then the contact column (not in creation order).
        chain = [w[n] for n in self.rows.order] + [self.save_button, self.cancel_button]
        if self.member is not None:
            chain.insert(chain.index(w["bank_account"]) + 1, self.change_bank_button)
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        w["document"].setFocus()

    def _fill(self, data: MemberInput) -> None:
        w = self.inputs
        w["document_type"].setCurrentIndex(max(0, w["document_type"].findData(data.document_type)))
        for name in TEXT_FIELDS:
            w[name].setText(getattr(data, name))
        if self.member is not None:
            w["bank_account"].setText(self.member.bank_account_display)
            w["bank_account"].setCursorPosition(0)
        w["birth_date"].set_date(data.birth_date)
        w["document_expiry"].set_date(data.document_expiry)
        w["pep"].setChecked(data.pep)
        w["risk"].setCurrentIndex(max(0, w["risk"].findData(data.risk)))

    def _connect(self) -> None:
        self._timer = QTimer(self, singleShot=True, interval=CHECK_MS)
        self._timer.timeout.connect(self.check)
        for name, widget in self.inputs.items():
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(lambda _t, n=name: self._changed(n))
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(lambda _i, n=name: self._changed(n))
            else:
                widget.toggled.connect(lambda _b, n=name: self._changed(n))

    def _changed(self, name: str) -> None:
        self._touched.add(name)
        self._timer.start()

    # --- checking ------------------------------------------------------------------------------

    def data(self) -> tuple[MemberInput, dict[str, str]]:
        """What is typed, and the dates that cannot be read (field -> message)."""
        w = self.inputs
        dates, bad_dates = parse_dates({n: w[n].text() for n in ("birth_date", "document_expiry")})
        keep_bank = self.member is not None
        return MemberInput(
            document=w["document"].text(), given_names=w["given_names"].text(),
            surnames=w["surnames"].text(), document_type=w["document_type"].currentData() or "",
            document_expiry=dates["document_expiry"], birth_date=dates["birth_date"],
            address=w["address"].text(), email=w["email"].text(), phone=w["phone"].text(),
            occupation=w["occupation"].text(), income_source=w["income_source"].text(),
            pep=w["pep"].isChecked(), risk=w["risk"].currentData(),
            bank_account=self.member.data.bank_account if keep_bank else w["bank_account"].text(),
            bank_name=self.member.data.bank_name if keep_bank else w["bank_name"].text(),
        ), bad_dates

    def check(self) -> bool:
        """Validate what is typed; show the problems; enable Save when there are none."""
        self._timer.stop()
        data, problems = self.data()
        self._update_kind(data)
        try:
            clean_member(self._ctx.profile, data, self._ctx.institution.business_date)
        except FieldError as exc:
            field = "given_names" if exc.field == "legal_name" else exc.field
            problems.setdefault(field, tr_msg(exc.msg))
        self._show(problems)
        self.save_button.setEnabled(not problems)
        return not problems

    def _update_kind(self, data: MemberInput) -> None:
        """Organisations have a legal name instead of given names and surnames, no birth date."""
        try:
            doc_type, compact = clean_document(self._ctx.profile, data.document_type, data.document)
        except FieldError:
            return
        self.organisation = organisation = is_organisation_document(doc_type, compact)
        self.rows.set_caption("given_names", self.tr("&Legal name") if organisation
                              else self.tr("&Given names"))
        for name in ("surnames", "birth_date"):   # hidden only when empty: else say to clear it
            self.rows.set_visible(name, not organisation or bool(self.inputs[name].text().strip()))

    def _show(self, problems: dict[str, str]) -> None:
        self.problems = problems
        for name in self.inputs:
            self.rows.set_error(name, problems.get(name, "") if name in self._touched else "")
        self.rows.grow_to_fit(self)
        first = next((n for n in self.rows.order if n in problems), next(iter(problems), None))
        if first is None:
            self.problem_label.setText("")
            return
        label = "legal_name" if first == "given_names" and self.organisation else first
        text = QCoreApplication.translate("ventanilla", "%1: %2").replace(
            "%1", translate(FIELD_LABELS.get(label, label))).replace("%2", problems[first])
        self.problem_label.setText(text)
        self.problem_label.setProperty("error", first in self._touched)
        self.problem_label.style().polish(self.problem_label)

    # --- saving --------------------------------------------------------------------------------

    def save(self) -> None:
        if not self.check():
            self._touched.update(self.inputs)
            self.check()
            return
        data, _bad = self.data()
        ctx = self._ctx
        try:
            if self.member is None:
                self.saved = members.register_member(ctx.ledger, ctx.actor, data)
            else:
                self.saved = members.update_member(ctx.ledger, ctx.actor, self.member.id, data)
        except Exception as exc:  # noqa: BLE001 - shown, not raised
            field = getattr(exc, "field", None)
            field = "given_names" if field == "legal_name" else field
            if field in self.inputs and hasattr(exc, "msg"):
                self._touched.add(field)
                self._show({field: tr_msg(exc.msg)})
                self.inputs[field].setFocus()
            else:
                self.problem_label.setText(render_error(exc))
                self.problem_label.setProperty("error", True)
                self.problem_label.style().polish(self.problem_label)
            self.save_button.setEnabled(False)
            return
        ctx.events.notify(self.saved)
        self.accept()

    def change_bank_account(self) -> None:
        if self.member is not None:
            BankChangeDialog(self._ctx, self.member, parent=self).open()
