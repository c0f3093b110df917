"""The member file: one page per member (header, Summary and Movements tabs) and its dialogs.

Import the parts from their modules (`.page.MemberFilePage`, `.bank_change.BankChangeDialog`);
this package file imports nothing, so the member form can use the bank dialog without a cycle.
"""
