"""The two institution profiles that ship with the program (DOMAIN.md, first table).

A profile fixes the country's conventions (currency, number format, identity documents, chart of
accounts, products) and gives defaults for the settings an institution may change later.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .messages import N_
from .money import NumberFormat


class Product(StrEnum):
    """What a ledger account is for. Member products first, then internal accounts."""
    SAVINGS = "savings"
    CAPITAL_MANDATORY = "capital_mandatory"
    CAPITAL_VOLUNTARY = "capital_voluntary"
    CAPITAL = "capital"                  # Ecuador's certificados de aportación
    LOAN = "loan"                        # a member's loan: the principal outstanding
    CREDIT_CARD = "credit_card"          # what a member owes on one credit card
    VAULT = "vault"
    CASH_DRAWER = "cash_drawer"
    BANK = "bank"
    CLEARING = "clearing"
    FEE_INCOME = "fee_income"
    TAX_PAYABLE = "tax_payable"
    INTEREST_EXPENSE = "interest_expense"
    CASH_DIFFERENCES = "cash_differences"
    INTEREST_INCOME = "interest_income"
    LATE_INTEREST_INCOME = "late_interest_income"
    INSURANCE_PAYABLE = "insurance_payable"


PRODUCT_LABELS = {
    Product.SAVINGS: N_("Savings account"),
    Product.CAPITAL_MANDATORY: N_("Mandatory capital"),
    Product.CAPITAL_VOLUNTARY: N_("Voluntary capital"),
    Product.CAPITAL: N_("Contribution certificates"),
    Product.LOAN: N_("Loan"),
    Product.CREDIT_CARD: N_("Credit card"),
    Product.VAULT: N_("Vault"),
    Product.CASH_DRAWER: N_("Cash drawer"),
    Product.BANK: N_("Bank"),
    Product.CLEARING: N_("Clearing"),
    Product.FEE_INCOME: N_("Fee income"),
    Product.TAX_PAYABLE: N_("Taxes payable"),
    Product.INTEREST_EXPENSE: N_("Interest expense"),
    Product.CASH_DIFFERENCES: N_("Cash over and short"),
    Product.INTEREST_INCOME: N_("Interest on loans"),
    Product.LATE_INTEREST_INCOME: N_("Late interest on loans"),
    Product.INSURANCE_PAYABLE: N_("Credit-life insurance payable"),
}

# Which side an account's balance normally sits on: "D" assets and expenses, "C" liabilities,
# equity and income. Balances are shown in that sign.
NORMAL_SIDE = {
    Product.SAVINGS: "C", Product.CAPITAL_MANDATORY: "C", Product.CAPITAL_VOLUNTARY: "C",
    Product.CAPITAL: "C", Product.VAULT: "D", Product.CASH_DRAWER: "D", Product.BANK: "D",
    Product.CLEARING: "D", Product.FEE_INCOME: "C", Product.TAX_PAYABLE: "C",
    Product.INTEREST_EXPENSE: "D", Product.CASH_DIFFERENCES: "D", Product.LOAN: "D", Product.CREDIT_CARD: "D",
    Product.INTEREST_INCOME: "C", Product.LATE_INTEREST_INCOME: "C", Product.INSURANCE_PAYABLE: "C",
}

# Two-digit product code used in member account numbers.
PRODUCT_CODES = {
    Product.SAVINGS: "10", Product.CAPITAL_MANDATORY: "01", Product.CAPITAL_VOLUNTARY: "02",
    Product.CAPITAL: "03", Product.LOAN: "40", Product.CREDIT_CARD: "50",
}


@dataclass(frozen=True)
class InternalAccount:
    product: Product
    chart_code: str
    name: str


@dataclass(frozen=True)
class Profile:
    code: str
    name: str
    country: str
    locale: str
    currency: str
    decimal_symbol: str
    group_symbol: str
    document_types: tuple[str, ...]
    default_products: tuple[Product, ...]
    member_chart: dict[Product, str]
    internal_accounts: tuple[InternalAccount, ...]
    default_region: str | None
    bank_account_kind: str = "iban"      # "iban" (Spanish CCC/IBAN) or "local" (Ecuadorian)
    timezone: str = "Europe/Madrid"


ES_COOP = Profile(
    code="es-coop", name=N_("Spanish ethical-finance cooperative"), country="ES", locale="es_ES",
    currency="EUR", decimal_symbol=",", group_symbol=".",
    document_types=("dni", "nie", "nif", "cif", "passport"),
    default_products=(Product.CAPITAL_MANDATORY, Product.CAPITAL_VOLUNTARY),
    member_chart={Product.CAPITAL_MANDATORY: "1000", Product.CAPITAL_VOLUNTARY: "1001",
                  Product.SAVINGS: "5290", Product.LOAN: "5420", Product.CREDIT_CARD: "5421"},
    internal_accounts=(
        InternalAccount(Product.VAULT, "5700", N_("Vault cash")),
        InternalAccount(Product.BANK, "5720", N_("Current account at the bank")),
        InternalAccount(Product.CLEARING, "5550", N_("Items pending application")),
        InternalAccount(Product.FEE_INCOME, "7590", N_("Income from services")),
        InternalAccount(Product.TAX_PAYABLE, "4751", N_("Withholding payable to the tax office")),
        InternalAccount(Product.INTEREST_EXPENSE, "6620", N_("Remuneration of capital")),
        InternalAccount(Product.CASH_DIFFERENCES, "6590", N_("Cash over and short")),
        InternalAccount(Product.INTEREST_INCOME, "7620", N_("Interest on loans to members")),
        InternalAccount(Product.LATE_INTEREST_INCOME, "7621", N_("Late interest on loans")),
        InternalAccount(Product.INSURANCE_PAYABLE, "4109", N_("Credit-life insurance payable")),
    ),
    default_region="CT",
)

EC_COOP = Profile(
    code="ec-coop", name=N_("Ecuadorian savings and credit cooperative"), country="EC",
    locale="es_EC", currency="USD", decimal_symbol=".", group_symbol=",",
    document_types=("cedula", "ruc", "passport"),
    default_products=(Product.SAVINGS, Product.CAPITAL),
    member_chart={Product.SAVINGS: "210135", Product.CAPITAL: "310301", Product.LOAN: "140205",
                  Product.CREDIT_CARD: "140220"},
    internal_accounts=(
        InternalAccount(Product.VAULT, "110105", N_("Cash")),
        InternalAccount(Product.BANK, "110310", N_("Banks and other financial institutions")),
        InternalAccount(Product.CLEARING, "199090", N_("Other assets: clearing")),
        InternalAccount(Product.FEE_INCOME, "540490", N_("Income from services")),
        InternalAccount(Product.TAX_PAYABLE, "250405", N_("VAT payable")),
        InternalAccount(Product.INTEREST_EXPENSE, "410115", N_("Interest on savings deposits")),
        InternalAccount(Product.CASH_DIFFERENCES, "459090", N_("Cash over and short")),
        InternalAccount(Product.INTEREST_INCOME, "510410", N_("Interest on consumer loans")),
        InternalAccount(Product.LATE_INTEREST_INCOME, "510450", N_("Late interest on loans")),
        InternalAccount(Product.INSURANCE_PAYABLE, "259090", N_("Credit-life insurance payable")),
    ),
    default_region=None,
    bank_account_kind="local",
    timezone="America/Guayaquil",
)

PROFILES = {p.code: p for p in (ES_COOP, EC_COOP)}


def number_format(profile: Profile, choice: str | None = None) -> NumberFormat:
    """How the institution writes amounts (its symbols override babel's locale data): the
    profile's own, or the administrator's `number_format` setting ("1.234,56", "1,234.56"...)."""
    decimal, group = profile.decimal_symbol, profile.group_symbol
    if choice:
        decimal, group = choice[-3], choice[1]
    return NumberFormat(decimal, group, symbol_first=profile.code == "ec-coop", locale=profile.locale)


def get_profile(code: str) -> Profile:
    try:
        return PROFILES[code]
    except KeyError:
        raise ValueError(code) from None
