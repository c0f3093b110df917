"""The demo ledger's staff and password: shown on the sign-in window of a demo desk, so kept in a
module that imports nothing heavy."""
DEMO_PASSWORD = "counter-2026"
DEMO_STAFF = (("ana", "Ana Romero", "teller"), ("pau", "Pau Ferrer", "teller"),
              ("sara", "Sara Vidal", "supervisor"), ("admin", "Admin Demo", "administrator"),
              ("olga", "Olga Auditora", "auditor"))
