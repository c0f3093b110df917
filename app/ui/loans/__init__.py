"""Loans on the desk: the member file's Loans tab (the member's loans, a loan's live schedule,
its printed amortization table)."""
