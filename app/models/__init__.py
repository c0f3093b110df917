"""SQLAlchemy tables. No business logic here."""
from .access import Card, MailServer, OnlineCredential, OtpEnrolment, OutboxMessage
from .audit import AuditHead, AuditRecord
from .backup import BackupRecord
from .base import Base
from .counter import (DrawerSession, EndOfDayRun, EndOfDayStep, FeeRuleRow, FundsDeclaration,
                      HolidayOverride)
from .institution import Branch, Institution, Staff
from .ledger import Account, AccountHolder, Entry, Hold, Posting, ReceiptCounter
from .loan import Loan, LoanInstallment, LoanPayment, LoanProduct
from .member import Member, MemberHistory, MemberSearchTerm, Representative
from .petition import Petition, PetitionEvent
from .periodic import Collection, PeriodicContribution, PeriodicRun, SepaMandate
from .returns import RemunerationRate, RemunerationRun, ReturnPayment
from .transfers import BankFile, OutgoingTransfer

__all__ = ["Base", "Institution", "Branch", "Staff", "Member", "MemberHistory",
           "MemberSearchTerm", "Representative", "Account", "AccountHolder", "Entry", "Posting",
           "Hold", "ReceiptCounter", "AuditRecord", "AuditHead", "Petition", "PetitionEvent",
           "DrawerSession", "FeeRuleRow", "HolidayOverride", "EndOfDayRun", "EndOfDayStep",
           "FundsDeclaration", "BackupRecord", "BankFile", "OutgoingTransfer", "RemunerationRate", "RemunerationRun",
           "ReturnPayment", "SepaMandate", "PeriodicContribution", "PeriodicRun", "Collection",
           "LoanProduct", "Loan", "LoanInstallment", "LoanPayment", "OnlineCredential", "OtpEnrolment",
           "Card", "OutboxMessage", "MailServer"]
