"""`ventanilla demo`: a demo ledger built through the services, in a file of its own."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from ..demo_users import DEMO_PASSWORD, DEMO_STAFF
from ..domain.member_form import MemberInput
from . import auth, demo_activity, demo_data as d, ledger as ledger_svc, members
from .context import Actor, Ledger
from .institution import init_ledger



@dataclass(frozen=True)
class DemoResult:
    members: int
    staff: tuple[tuple[str, str, str], ...]     # (username, role, password)
    pending_petitions: int


def _person(profile_code: str, rng: random.Random, today: date) -> MemberInput:
    es = profile_code == "es-coop"
    given = rng.choice(d.ES_GIVEN if es else d.EC_GIVEN)
    surnames = " ".join(rng.sample(d.ES_SURNAMES if es else d.EC_SURNAMES, 2))
    birth = today - timedelta(days=rng.randrange(18 * 365, 85 * 365))
    street = rng.choice(d.ES_STREETS if es else d.EC_STREETS)
    city = rng.choice(d.ES_CITIES if es else d.EC_CITIES)
    handle = given.split()[0].lower().translate(str.maketrans("áéíóúàèòïüñç", "aeiouaeoiunc"))
    has_bank = rng.random() < 0.8
    return MemberInput(
        document=d.dni(rng) if es else d.cedula(rng), given_names=given, surnames=surnames,
        document_expiry=today + timedelta(days=rng.randrange(200, 3000)), birth_date=birth,
        address=f"{street}, {rng.randrange(1, 200)}, {city}",
        email=f"{handle}{rng.randrange(10, 999)}@example.org",
        phone=f"+34 6{rng.randrange(10_000_000, 99_999_999)}" if es else f"+593 9{rng.randrange(10_000_000, 99_999_999)}",
        occupation=rng.choice(d.OCCUPATIONS), income_source=rng.choice(d.INCOME),
        pep=rng.random() < 0.01, risk=rng.choices(("low", "medium", "high"), (90, 8, 2))[0],
        bank_account=(d.spanish_ccc(rng) if es else f"22{rng.randrange(10**8, 10**9)}") if has_bank else "",
        bank_name="" if es or not has_bank else rng.choice(("Banco Pichincha", "Produbanco",
                                                            "Banco Guayaquil")))


def build_demo(ledger: Ledger, *, profile: str = "es-coop", members_count: int = 200,
               seed: int = 57, activity_days: int = 365, say=lambda s: None) -> DemoResult:  # noqa: ANN001
    rng = random.Random(seed)
    es = profile == "es-coop"
    today = date.today()
    # Savings and cash exist in the Ecuadorian profile: its demo lives a year at the counter.
    start = today - timedelta(days=activity_days) if not es else today
    admin = init_ledger(ledger, profile=profile,
                        name="Coop57 Demo SCCL" if es else "Cooperativa Progreso Demo",
                        tax_id="F08000002" if es else "1790000001001", admin="admin",
                        admin_password=DEMO_PASSWORD, admin_name="Admin Demo",
                        branch_name="Oficina Centro" if es else "Matriz Quito", today=start)
    actors: dict[str, Actor] = {"admin": admin}
    for username, name, role in DEMO_STAFF:
        if username == "admin":
            continue
        auth.add_staff(ledger, admin, username=username, full_name=name, role=role,
                       password=DEMO_PASSWORD)
        auth.change_password(ledger, auth.login(ledger, username, DEMO_PASSWORD), DEMO_PASSWORD,
                             DEMO_PASSWORD + "!")
        actor = auth.login(ledger, username, DEMO_PASSWORD + "!")
        auth.change_password(ledger, actor, DEMO_PASSWORD + "!", DEMO_PASSWORD)
        actors[username] = actor
    teller = actors["ana"]
    created = []
    people = 0
    while people < members_count:
        try:
            created.append(members.register_member(ledger, teller, _person(profile, rng, today)))
            people += 1
        except members.ValidationError:
            continue                       # a random document collided: draw another
    if es:
        for org_name in d.ES_ORGS:
            org = members.register_member(ledger, teller, MemberInput(
                document=d.cif(rng), given_names=org_name, address=rng.choice(d.ES_STREETS)))
            rep = rng.choice([m for m in created if m.kind == "person"])
            members.add_representative(ledger, teller, org.id, rep.id, "Administrator")
    people_ids = [m.id for m in created if m.kind == "person"]
    if start < today:
        savings = [(a.id, m.id) for m in created for a in m.accounts if a.product == "savings"]
        demo_activity.run_year(ledger, tellers=[actors["ana"], actors["pau"]],
                               supervisor=actors["sara"], admin=admin, accounts=savings,
                               until=today, rng=rng, say=say)
        funded = {m: a for a, m in savings
                  if ledger_svc.balance(ledger, admin, a).available >= 100}
        demo_activity.capital_day(ledger, teller=actors["pau"], admin=admin, member_ids=people_ids,
                                  rng=rng, currency_code="USD", savings_of=funded)
    else:
        demo_activity.capital_day(ledger, teller=actors["pau"], admin=admin, member_ids=people_ids,
                                  rng=rng, currency_code="EUR")
    from .demo_loans import seed_loans
    seed_loans(ledger, admin=admin, teller=teller, supervisor=actors["sara"], member_ids=people_ids,
               rng=rng, es=es)
    from .demo_cards import seed_access
    seed_access(ledger, teller=teller, member_ids=people_ids, rng=rng, today=today)
    waiting = 2                      # the loan applications left for a supervisor
    for m in rng.sample(created, 3):
        new = d.spanish_ccc(rng) if es else f"22{rng.randrange(10**8, 10**9)}"
        members.request_bank_account_change(ledger, teller, m.id, new,
                                            "" if es else "Banco Pichincha")
        waiting += 1
    return DemoResult(len(created) + (len(d.ES_ORGS) if es else 0),
                      tuple((u, r, DEMO_PASSWORD) for u, _n, r in DEMO_STAFF), waiting)
