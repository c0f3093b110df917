"""Table models of loans: a member's loans as the seed shows them, and a loan's live schedule."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from app.domain.loan_payments import STATUS_LABELS
from app.domain.schedule import METHOD_NAMES
from app.services.loan_views import LOAN_STATUS_LABELS, InstallmentView, LoanRow

from ..desk_context import DeskContext
from ..i18n import translate
from ..list_model import Index, ListTableModel

CONTEXT = "LoanTables"


def _h(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class _Table(ListTableModel):
    CONTEXT = CONTEXT


class LoansModel(_Table):
    HEADERS = (QT_TRANSLATE_NOOP(CONTEXT, "Number"), QT_TRANSLATE_NOOP(CONTEXT, "Description"),
               QT_TRANSLATE_NOOP(CONTEXT, "Amount"), QT_TRANSLATE_NOOP(CONTEXT, "Principal balance"),
               QT_TRANSLATE_NOOP(CONTEXT, "Amount due"), QT_TRANSLATE_NOOP(CONTEXT, "Next payment"),
               QT_TRANSLATE_NOOP(CONTEXT, "Granted"), QT_TRANSLATE_NOOP(CONTEXT, "Status"))
    MONEY = frozenset({2, 3, 4})

    def cell(self, r: LoanRow, column: int) -> str:
        return (r.number, r.purpose or r.product, self._money(r.amount, r.currency),
                self._money(r.balance, r.currency), self._money(r.amount_due, r.currency),
                self._date(r.next_due), self._date(r.granted),
                translate(LOAN_STATUS_LABELS[r.status]))[column]


class ScheduleModel(_Table):
    HEADERS = (QT_TRANSLATE_NOOP(CONTEXT, "No."), QT_TRANSLATE_NOOP(CONTEXT, "Due date"),
               QT_TRANSLATE_NOOP(CONTEXT, "Principal"), QT_TRANSLATE_NOOP(CONTEXT, "Interest"),
               QT_TRANSLATE_NOOP(CONTEXT, "Late interest"), QT_TRANSLATE_NOOP(CONTEXT, "Insurance"),
               QT_TRANSLATE_NOOP(CONTEXT, "Payment"), QT_TRANSLATE_NOOP(CONTEXT, "Paid"),
               QT_TRANSLATE_NOOP(CONTEXT, "Owed"), QT_TRANSLATE_NOOP(CONTEXT, "Status"))
    MONEY = frozenset({2, 3, 4, 5, 6, 7, 8})

    def __init__(self, ctx: DeskContext):
        super().__init__(ctx)
        self.currency = ctx.profile.currency

    def cell(self, r: InstallmentView, column: int) -> str:
        c = self.currency
        return (str(r.number), self._date(r.due_date), self._money(r.principal, c),
                self._money(r.interest, c), self._money(r.late_interest, c), self._money(r.insurance, c),
                self._money(r.payment, c), self._money(r.paid, c), self._money(r.owed, c),
                translate(STATUS_LABELS[r.status]))[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() \
                and self.rows[index.row()].status == "overdue":
            return QColor("#b3261e")
        return super().data(index, role)



class ProductsModel(_Table):
    """The loan products of the administration tab."""
    HEADERS = (QT_TRANSLATE_NOOP(CONTEXT, "Code"), QT_TRANSLATE_NOOP(CONTEXT, "Name"),
               QT_TRANSLATE_NOOP(CONTEXT, "Method"), QT_TRANSLATE_NOOP(CONTEXT, "Rate"),
               QT_TRANSLATE_NOOP(CONTEXT, "Term (months)"), QT_TRANSLATE_NOOP(CONTEXT, "Amounts"),
               QT_TRANSLATE_NOOP(CONTEXT, "Status"))

    def cell(self, p, column: int) -> str:  # noqa: ANN001 - a ProductView
        r = p.rules
        pct = lambda v: f"{(v * 100).normalize():f}".replace(".", self._ctx.number_format.decimal)  # noqa: E731
        return (r.code, r.name, translate(METHOD_NAMES[r.method]), f"{pct(r.rate_min)}–{pct(r.rate_max)} %",
                f"{r.term_min}–{r.term_max}",
                f"{self._money(r.amount_min, p.currency)}–{self._money(r.amount_max, p.currency)}",
                _h("Offered") if p.active else _h("Withdrawn"))[column]


QT_TRANSLATE_NOOP(CONTEXT, "Offered")
QT_TRANSLATE_NOOP(CONTEXT, "Withdrawn")
