"""Generate the second intake corpus: denial notices in layouts the intake rules were not written against.

ALL PEOPLE, PAYERS, PLANS, ADDRESSES AND NUMBERS IN THESE NOTICES ARE FICTIONAL (random choices from the
invented pools below). Each notice says so in its last line.

Run from anywhere:  python tests/resources/notices/make_new_layouts.py
Writes dev/ (the development set: rules may be tuned on it) and test/ (the held-out set: never tuned on; its
misses are only looked at after the rules are done). Both sets come from the same thirteen layouts with
different random seeds, so every test notice has its own people, numbers, dates, wording variants and
date styles. Beside each notice, <name>.expected.json holds the facts a careful person would copy from it.
Needs reportlab, python-docx and Pillow; deterministic (seeded).
"""
from __future__ import annotations

import json
import random
import re
import sys
import textwrap
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from make_notices import FICTION, FONT_DIR, plain, plus, render_page, write_docx, write_pdf  # noqa: E402

PER_LAYOUT = {"dev": 4, "test": 2}
SEEDS = {"dev": 1000, "test": 7000}

FIRST = ["Ana", "Marisol", "Tomás", "Inés", "Kwame", "Priya", "Hollis", "Renée", "Dmitri", "Beatriz", "Oluwaseun",
         "Wen", "Garrett", "Zoë", "Imani", "Joaquín", "Leora", "Tobias", "Nadia", "Ezra"]
LAST = ["Núñez", "Whitfield", "Okonkwo-Reyes", "Lindqvist", "Castellanos", "Pemberton", "Ibáñez", "Marchetti",
        "Abernathy", "Oyelowo", "Szymański", "Thibodeaux", "Haddad", "Quintero", "Vasquez-Hale", "Brennan"]
PLAIN_LAST = ["Whitfield", "Lindqvist", "Pemberton", "Marchetti", "Abernathy", "Thibodeaux", "Haddad", "Brennan"]
INSURERS = ["Cedar Valley Health Plan", "Bluewater Mutual Insurance Company", "Kestrel Health Insurance Co.",
            "Silverline Health Partners", "Tamarack Community Health Plan", "Lodestar Health Plans, Inc.",
            "Granite Peak Assurance Company", "Meridian Shore Health Insurance Company"]
CARRIERS = ["Mountain States Benefit Association", "Harbor Federal Health Plan", "Postal Workers Mutual Benefit Plan"]
CLINICS = ["Lakeshore Infusion Center", "Riverbend Psychiatry Associates", "Northgate Ketamine Clinic",
           "Sunfield Behavioral Health", "Copper Hill Medical Group"]
DOCTORS = ["Dr. Miriam Castell", "Dr. Samuel Oduya", "Dr. Helen Park", "Dr. Raúl Esteban", "Dr. Grace Winther"]
CITIES = [("Dayton", "OH", "45401"), ("Boise", "ID", "83702"), ("Tulsa", "OK", "74103"), ("Albany", "NY", "12207"),
          ("Fresno", "CA", "93721"), ("Madison", "WI", "53703"), ("Mobile", "AL", "36602")]
STREETS = ["Larkspur Lane", "Quarry Road", "Birchwood Avenue", "Old Mill Street", "Heron Court"]
SERVICES = [("intravenous ketamine infusion", ["96365", "96366"]), ("ketamine infusion therapy", ["96365"]),
            ("esketamine nasal spray treatment", ["J0013", "G2083"]), ("ketamine infusion", ["96365", "J3490"]),
            ("psychotherapy sessions", ["90837"])]
DIAGNOSES = ["F33.2", "F33.1", "F32.2", "F43.10", "F31.81"]

# denial category -> (sentence stating it only as a rationale, CARC usually printed for it)
CATEGORIES = {
    "medical_necessity": (["The records sent do not show that this care is medically necessary for you.",
                           "Our reviewer found this treatment is not medically necessary based on the notes we got."],
                          "CO-50"),
    "prior_authorization": (["We did not receive a request for prior approval before the service was given.",
                             "Your provider did not get our approval before giving this service, and approval "
                             "is required for it."], "CO-197"),
    "coding_billing": (["The claim is missing billing information we need: the National Drug Code for the drug.",
                        "The claim was sent with incomplete billing information, so we could not process it."],
                       "CO-16"),
    "experimental_investigational": (["This treatment is considered investigational for your condition.",
                                      "We consider this use of the drug experimental."], "CO-55"),
    "out_of_network": (["The provider who treated you is not in our network.",
                        "This provider does not participate in your plan's network."], "CO-242"),
    "not_covered": (["Your plan does not cover this service; it is listed among the plan's exclusions.",
                     "This service is excluded from your benefits."], "CO-204"),
}
# plan type -> ways a notice says it in words only
PLAN_WORDS = {
    "employer_erisa": ["This coverage is provided through your employer's group health plan.",
                       "Your plan is a self-funded group health plan sponsored by your employer.",
                       "Your health benefits are an employer-sponsored plan governed by ERISA."],
    "individual_aca": ["You bought this plan through the Health Insurance Marketplace.",
                       "This is an individual health plan you purchased on HealthCare.gov.",
                       "Your plan is an individual and family plan sold on the health insurance exchange."],
    "medicaid": ["This plan serves members of the state Medicaid program.",
                 "You get your Medicaid benefits through our managed care plan."],
}
# the rule's citation, which the basis of a deadline the notice does not state must contain
RULE_CITATION = {"employer_erisa": "29 CFR 2560.503-1", "individual_aca": "45 CFR 147.136", "medicare_advantage":
                 "42 CFR 422.582", "medicare_part_d": "42 CFR 423.582", "medicare": "42 CFR 405.942",
                 "medicaid": "42 CFR 438.402", "fehb": "5 CFR 890.105", "unknown": "Plan type unknown"}
RULE_DAYS = {"employer_erisa": 180, "individual_aca": 180, "medicare_advantage": 65, "medicare_part_d": 65,
             "medicare": 120, "medicaid": 60}


class Gen:
    """Random fictional facts for one notice."""

    def __init__(self, rnd: random.Random, accents: bool = True):
        self.r = rnd
        self.first = rnd.choice(FIRST if accents else [f for f in FIRST if f.isascii()])
        self.last = rnd.choice(LAST if accents else PLAIN_LAST)
        self.middle = rnd.choice(["", "", "J.", "M.", "L."])
        self.patient = " ".join(x for x in (self.first, self.middle, self.last) if x)
        self.insurer = rnd.choice(INSURERS)
        self.clinic = rnd.choice(CLINICS)
        self.doctor = rnd.choice(DOCTORS)
        self.notice = date(2026, 1, 5) + timedelta(days=rnd.randrange(0, 300))
        self.service = self.notice - timedelta(days=rnd.randrange(8, 50))
        self.service_name, self.codes = rnd.choice(SERVICES)
        self.dx = rnd.choice(DIAGNOSES)
        self.category = rnd.choice(list(CATEGORIES))
        self.reason = rnd.choice(CATEGORIES[self.category][0])
        self.carc = CATEGORIES[self.category][1]
        city, st, zipc = rnd.choice(CITIES)
        self.home = (f"{rnd.randrange(12, 9800)} {rnd.choice(STREETS)}", f"{city}, {st} {zipc}")
        acity, ast, azip = rnd.choice(CITIES)
        box = rnd.randrange(1000, 99999)
        self.appeals_street = rnd.choice([f"PO Box {box}", f"P.O. Box {box}", f"{rnd.randrange(100, 999)} "
                                                                                f"Commerce Parkway, Suite 300"])
        self.appeals_city = f"{acity}, {ast} {azip}"
        self.appeals_address = f"{self.appeals_street}, {self.appeals_city}"
        self.fax = f"{rnd.randrange(201, 989)}-{rnd.randrange(200, 999)}-{rnd.randrange(1000, 9999)}"
        self.other_fax = f"{rnd.randrange(201, 989)}-{rnd.randrange(200, 999)}-{rnd.randrange(1000, 9999)}"

    def ident(self, shape: str) -> str:
        r = self.r
        out = []
        for ch in shape:
            out.append(str(r.randrange(10)) if ch == "9" else r.choice("ABCDEFGHJKLMNPRTUVWXY") if ch == "A" else ch)
        return "".join(out)

    def fmt(self, d: date, style: str | None = None) -> str:
        style = style or self.r.choice(["long", "num", "short", "abbr", "iso"])
        if style == "long":
            return f"{d:%B} {d.day}, {d.year}"
        if style == "num":
            return f"{d:%m/%d/%Y}"
        if style == "short":
            return f"{d.month}/{d.day}/{d:%y}"
        if style == "abbr":
            return f"{d:%b}. {d.day}, {d.year}" if d.month != 5 else f"May {d.day}, {d.year}"
        if style == "dmy":
            return f"{d.day} {d:%B} {d.year}"
        return d.isoformat()

    def fax_text(self, number: str) -> str:
        a, b, c = number.split("-")
        return self.r.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"1-{a}-{b}-{c}"])

    def expected(self, **over) -> dict:
        exp = {
            "patient_name": self.patient, "member_id": None, "claim_number": None, "insurer": self.insurer,
            "notice_date": self.notice.isoformat(), "service_dates": [self.service.isoformat()],
            "procedure_codes": list(self.codes), "diagnosis_codes": [self.dx], "carc_codes": [],
            "denial_category": self.category, "plan_type": "unknown", "urgent": False,
            "appeal_deadline": None, "deadline_basis": None, "appeals_address": None, "appeals_fax": None,
        }
        exp.update(over)
        if exp["appeal_deadline"] is None and exp["notice_date"]:
            plan = exp["plan_type"]
            nd = exp["notice_date"]
            if plan == "fehb":
                exp["appeal_deadline"] = plus(nd, months=6)
            else:
                exp["appeal_deadline"] = plus(nd, RULE_DAYS.get(plan, 60))
            exp["deadline_basis"] = RULE_CITATION[plan]
        return exp

    def stated(self, days: int, plan: str, **over) -> tuple[str, dict]:
        """A stated appeal window, and the expected facts that go with it."""
        sentence = self.r.choice([f"You must ask for an appeal within {days} days of the date of this notice.",
                                  f"Your appeal must reach us within {days} calendar days from the date of this "
                                  "letter."])
        key = sentence.split(" within ")[1].split(" of the")[0].split(" from")[0]
        return sentence, self.expected(plan_type=plan, appeal_deadline=plus(self.notice.isoformat(), days),
                                       deadline_basis=f"within {key}", **over)


# ---------------------------------------------------------------------------------------------- layouts
# Each layout returns (format, text, expected). Formats: txt, pdf, pdfmono, docx, scan180, photo, portal.

def fax_ur(g: Gen):
    """Fax cover sheet to the provider, then the utilization-review determination."""
    ref = g.ident(g.r.choice(["UM-9999999", "AA99-999999", "9999-999-99999"]))
    mid = g.ident(g.r.choice(["AAA999999999", "A99999999", "999999999-01"]))
    d1 = g.service
    d2 = d1 + timedelta(days=g.r.choice([14, 28, 42]))
    plan = g.r.choice(["employer_erisa", "individual_aca"])
    window, exp = g.stated(180, plan, member_id=mid, claim_number=ref, service_dates=[d1.isoformat(), d2.isoformat()],
                           appeals_address=g.appeals_address, appeals_fax=g.fax)
    text = f"""
FAX TRANSMISSION
Date: {g.fmt(g.notice)}                    Pages: 3 (including cover)
To: {g.doctor}, {g.clinic}          Fax: {g.fax_text(g.other_fax)}
From: Utilization Management, {g.insurer}
Re: {g.patient} - determination enclosed
CONFIDENTIAL: this fax contains protected health information meant only for the person named above.

{g.insurer.upper()}
UTILIZATION REVIEW DETERMINATION

Member name: {g.patient}            Member ID: {mid}
Reference #: {ref}
Requesting provider: {g.doctor}
Service requested: {g.service_name} ({", ".join(g.codes)})     Diagnosis: {g.dx}
Dates requested: {g.fmt(d1, "num")} - {g.fmt(d2, "num")}
Determination: DENIED

Rationale: {g.reason}
{g.r.choice(PLAN_WORDS[plan])}

To appeal, write to {g.insurer} Appeals, {g.appeals_street}, {g.appeals_city}, or fax your appeal to
{g.fax_text(g.fax)}. {window}
"""
    return "pdf", text, exp


def portal(g: Gen):
    """A patient-portal claim page, saved as a PNG screenshot at screen resolution."""
    claim = g.ident(g.r.choice(["E99999999999", "99A999999999", "CLM-9999999"]))
    mid = g.ident(g.r.choice(["AAA999999999", "A999999999"]))
    plan = g.r.choice(["employer_erisa", "individual_aca"])
    exp = g.expected(member_id=mid, claim_number=claim, plan_type=plan, carc_codes=[g.carc], diagnosis_codes=[],
                     procedure_codes=g.codes[:1])
    text = f"""
{g.insurer}   |   Member Portal                         Welcome, {g.first}     Sign out
Home    Claims    Benefits    ID card    Messages
Claims  >  Claim details
Claim ID      {claim}                     Status      Denied
Patient       {g.patient}                 Member ID   {mid}
Provider      {g.clinic}
Service date  {g.fmt(g.service, "num")}                 Processed   {g.fmt(g.notice, "num")}
Service       {g.service_name} ({g.codes[0]})
Billed  $1,480.00      Plan paid  $0.00      You may owe  $1,480.00
Reason code   {g.carc}
Why: {g.reason}
{g.r.choice(PLAN_WORDS[plan])}
Notice date {g.fmt(g.notice, "num")}. You can appeal this decision; see the letter in Messages for how.
"""
    return "portal", text, exp


def ma_idn(g: Gen):
    """Medicare Advantage integrated denial notice (CMS-10003 shape)."""
    mid = g.ident("9AA9-AA9-AA99")
    exp = g.expected(member_id=mid, plan_type="medicare_advantage", appeals_fax=g.fax,
                     appeals_address=g.appeals_address)
    head = g.r.choice([f"{g.insurer} Medicare Advantage (HMO)", f"{g.insurer} Senior Care (PPO)\n"
                       "A Medicare Advantage plan"])
    # as in the first corpus: the plan name the notice is headed with, without the plan-type tag ("(HMO)"),
    # which plan_type carries
    exp["insurer"] = re.sub(r"\s*\([A-Z]{2,5}\)$", "", head.split("\n")[0])
    text = f"""
{head}
Notice of Denial of Medical Coverage (or Payment)

Date: {g.fmt(g.notice)}                      Member number: {mid}
Name: {g.patient}

Your request was denied
We denied the medical services listed below, requested by you or your doctor:
{g.service_name} ({", ".join(g.codes)}) for a visit on {g.fmt(g.service, "long")}, diagnosis {g.dx}.

Why we denied your request
{g.reason}

You have the right to appeal our decision
You can ask us for a standard or fast appeal. Mail or fax your written request to:
{g.insurer} Appeals and Grievances
{g.appeals_street}
{g.appeals_city}
Fax: {g.fax_text(g.fax)}
You must ask within 65 days from the date of this notice.
"""
    exp.update(appeal_deadline=plus(g.notice.isoformat(), 65), deadline_basis="within 65 days")
    return "pdf", text, exp


def msn(g: Gen):
    """Medicare Summary Notice: name in the address block, service dates as ranges with two-digit years."""
    mid = g.ident("9AA9-AA9-AA99")
    claim = g.ident("99-99999-999-999")
    d2 = g.service + timedelta(days=2)
    appeal_by = g.notice + timedelta(days=120)
    exp = g.expected(member_id=mid, claim_number=claim, insurer="Centers for Medicare & Medicaid Services",
                     plan_type="medicare", service_dates=[g.service.isoformat(), d2.isoformat()],
                     carc_codes=[], diagnosis_codes=[], procedure_codes=g.codes[:1],
                     denial_category="medical_necessity", appeal_deadline=appeal_by.isoformat(),
                     deadline_basis="filed by")
    text = f"""
Medicare Summary Notice for Part B (Medical Insurance)
The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services

{g.patient.upper():<42}Notice Date: {g.fmt(g.notice, "long")}
{g.home[0].upper():<42}Medicare Number: {mid}
{g.home[1].upper():<42}

If you disagree with any claims decision, you can file an appeal. Appeals must be filed by {g.fmt(appeal_by, "long")}.

Your Claims & Costs This Period
Claim Number {claim}     {g.clinic}

Service dates        Service Provided & Billing Code              Amount Charged    Medicare Approved    See Notes
{g.fmt(g.service, "short")} - {g.fmt(d2, "short")}    {g.service_name[:32]} ({g.codes[0]})    $1,250.00         $0.00                A

Notes for Claims Above
A  Medicare does not pay for items or services that are not reasonable and necessary to diagnose or treat
   an illness or injury.
"""
    return "pdfmono", text, exp


def medicaid_mco(g: Gen):
    """Medicaid managed-care notice of adverse benefit determination with the 10-day continuation paragraph."""
    mid = g.ident(g.r.choice(["99999999999", "AA99999A"]))
    ref = g.ident("NABD-99999-9")
    exp = g.expected(member_id=mid, claim_number=ref, plan_type="medicaid", appeals_address=g.appeals_address,
                     appeals_fax=g.fax, appeal_deadline=plus(g.notice.isoformat(), 60),
                     deadline_basis="60 calendar days")
    label = g.r.choice(["Date of this notice", "Mailing date", "Date mailed", "Date of action"])
    text = f"""
{g.insurer}
A Medicaid managed care plan
{g.r.randrange(100, 999)} Main Street, {g.r.choice(CITIES)[0]}

NOTICE OF ADVERSE BENEFIT DETERMINATION
{label}: {g.fmt(g.notice)}

Member: {g.patient}
Medicaid ID #: {mid}
Notice #: {ref}

Dear {g.first} {g.last}:

We reviewed the request from {g.doctor} for {g.service_name} ({", ".join(g.codes)}) starting
{g.fmt(g.service, "long")} for diagnosis {g.dx}. We denied this request. {g.reason}

You have 60 calendar days from the date on this notice to ask us for an appeal.
Send your appeal to: {g.insurer} Appeals, {g.appeals_street}, {g.appeals_city}. Fax: {g.fax_text(g.fax)}.

Continuing your services: if you are already getting this service and want it to continue during your
appeal, you must ask for an appeal within 10 days of the date of this notice or before the date the
change takes effect, whichever is later.
"""
    return "docx", text, exp


def fehb_carrier(g: Gen):
    """FEHB carrier letter under a program banner."""
    carrier = g.r.choice(CARRIERS)
    mid = "R" + g.ident("99999999")
    claim = g.ident("99999A99999")
    exp = g.expected(member_id=mid, claim_number=claim, insurer=carrier, plan_type="fehb",
                     appeal_deadline=plus(g.notice.isoformat(), months=6), deadline_basis="6 months",
                     appeals_address=g.appeals_address, appeals_fax=None)
    text = f"""
FEDERAL EMPLOYEE PROGRAM
{carrier}
{g.r.randrange(100, 999)} Capitol Avenue, {g.r.choice(CITIES)[0]}

{g.fmt(g.notice, g.r.choice(["long", "abbr"]))}

{g.patient}
{g.home[0]}
{g.home[1]}

RE: Enrollee {g.patient}, Enrollee ID {mid}, Claim {claim}

Dear {g.first} {g.last}:

We reviewed the claim for {g.service_name} ({", ".join(g.codes)}) you received on {g.fmt(g.service, "long")}
(diagnosis {g.dx}). {g.reason} We therefore did not pay it.

You may ask us to reconsider. Write to us within 6 months from the date of this letter at
{carrier} Reconsiderations, {g.appeals_street}, {g.appeals_city}. If we do not change our decision you may
ask the Office of Personnel Management to review it.
"""
    return "txt", text, exp


def eob_pipes(g: Gen):
    """EOB drawn as a bordered table; service dates in a column as ranges with two-digit years."""
    mid = g.ident(g.r.choice(["W999999999", "AAA999A99999"]))
    claim = g.ident("9999999999999")
    d2 = g.service + timedelta(days=1)
    plan = g.r.choice(["employer_erisa", "individual_aca"])
    exp = g.expected(member_id=mid, claim_number=claim, plan_type=plan, carc_codes=[g.carc],
                     service_dates=[g.service.isoformat(), d2.isoformat()], procedure_codes=g.codes[:1],
                     diagnosis_codes=[])
    rule = "+" + "-" * 92 + "+"
    text = f"""
{rule}
| {g.insurer:<44}| EXPLANATION OF BENEFITS                     |
| Statement date: {g.fmt(g.notice, "short"):<28}| THIS IS NOT A BILL                          |
{rule}
| Patient: {g.patient:<35}| Member ID: {mid:<33}|
| Claim #: {claim:<35}| Provider: {g.clinic:<34}|
{rule}
| Dates of service  | Code   | Billed    | Allowed | Plan paid | Reason code             |
| {g.fmt(g.service, "short") + "-" + g.fmt(d2, "short"):<18}| {g.codes[0]:<7}| $2,400.00 | $0.00   | $0.00     | {g.carc:<24}|
{rule}
Reason {g.carc}: {g.reason}
{g.r.choice(PLAN_WORDS[plan])}
"""
    return "pdfmono", text, exp


def email(g: Gen):
    """A notice sent as an e-mail: the date in the header, identifiers in the subject line and in sentences."""
    claim = g.ident(g.r.choice(["99999999999", "A9999999999"]))
    mid = g.ident("AAA999999999")
    plan = g.r.choice(["employer_erisa", "individual_aca", "medicaid"])
    sent = f"{g.notice:%A}, {g.notice:%B} {g.notice.day}, {g.notice.year} 10:14 AM"
    domain = g.insurer.split()[0].lower()
    exp = g.expected(member_id=mid, claim_number=claim, plan_type=plan, diagnosis_codes=[],
                     appeals_fax=g.fax, appeals_address=None)
    text = f"""
From: {g.insurer} Member Services <noreply@{domain}-example.test>
Sent: {sent}
To: {g.first.lower()}.{g.last.lower()}@mail-example.test
Subject: Claim {claim} for {g.patient} - coverage decision

Hello {g.first},

We reviewed claim {claim} for the {g.service_name} ({", ".join(g.codes)}) you received from {g.clinic}
on {g.fmt(g.service, "long")}. Your member ID is {mid}.

We are not able to pay this claim. {g.reason}

{g.r.choice(PLAN_WORDS[plan])} If you disagree, you can appeal. Fax your appeal to {g.fax_text(g.fax)}
and include a copy of this message.

{g.insurer} Member Services
"""
    return "txt", text, exp


def docx_prose(g: Gen):
    """A DOCX letter with no labels at all: every fact is in a sentence."""
    claim = g.ident("9999-99999-99")
    mid = g.ident("AA99999999")
    plan = g.r.choice(["employer_erisa", "individual_aca"])
    window, exp = g.stated(180, plan, member_id=mid, claim_number=claim, appeals_address=g.appeals_address)
    text = f"""
{g.insurer}
{g.r.randrange(100, 999)} Harbor Boulevard, {g.r.choice(CITIES)[0]}

{g.fmt(g.notice, g.r.choice(["long", "dmy"]))}

{g.patient}
{g.home[0]}
{g.home[1]}

Dear {g.first} {g.last},

We are writing about claim number {claim} for the {g.service_name} you received from {g.clinic} on
{g.fmt(g.service, "long")}. The member ID on this claim is {mid}, and the claim listed procedure codes
{", ".join(g.codes)} and diagnosis {g.dx}.

We cannot pay this claim. {g.reason}

{g.r.choice(PLAN_WORDS[plan])} {window} Please send your appeal letter to {g.insurer}, Attention: Appeals,
{g.appeals_street}, {g.appeals_city}.

Sincerely,
Claims Review Team
"""
    return "docx", text, exp


def photo(g: Gen):
    """A phone photo of a short letter, taken sideways or upside down, with no EXIF orientation."""
    mid = g.ident("AAA999999999")
    claim = g.ident("9999999999")
    plan = g.r.choice(["employer_erisa", "individual_aca"])
    window, exp = g.stated(180, plan, member_id=mid, claim_number=claim, diagnosis_codes=[g.dx])
    text = f"""
{g.insurer}
Date: {g.fmt(g.notice, "long")}
Patient: {g.patient}
Member ID: {mid}
Claim number: {claim}
Date of service: {g.fmt(g.service, "num")}

We reviewed the claim for {g.service_name} ({", ".join(g.codes)}), diagnosis {g.dx}.
We denied the claim. {g.reason}
{g.r.choice(PLAN_WORDS[plan])}
{window}
"""
    return "photo", text, exp


def subject_letter(g: Gen):
    """A letter to the provider: identifiers only in the subject line, the salutation names the doctor."""
    ref = g.ident(g.r.choice(["PA-9999-99999", "9999A99999"]))
    mid = g.ident("A999999999")
    plan = g.r.choice(["employer_erisa", "individual_aca", "medicaid"])
    category = "prior_authorization"
    reason = g.r.choice(CATEGORIES[category][0])
    exp = g.expected(member_id=mid, claim_number=ref, plan_type=plan, denial_category=category,
                     appeals_fax=g.fax, appeals_address=g.appeals_address)
    text = f"""
{g.insurer}
Provider Services

{g.fmt(g.notice)}

{g.doctor}
{g.clinic}
{g.home[0]}
{g.home[1]}

Subject: Denial of request {ref} for {g.patient} (member {mid})

Dear {g.doctor}:

You asked us to cover {g.service_name} ({", ".join(g.codes)}) given to your patient on
{g.fmt(g.service, "long")}, diagnosis {g.dx}. We denied it. {reason}

{g.r.choice(PLAN_WORDS[plan])} You or your patient may appeal by mail to {g.insurer} Appeals,
{g.appeals_street}, {g.appeals_city}, or by fax to {g.fax_text(g.fax)}.
"""
    return "txt", text, exp


def aca_glued(g: Gen):
    """Label and value pairs on single-spaced lines: the next label follows the name with one space."""
    mid = g.ident("AAA99999999")
    claim = g.ident("99999999999")
    plan = g.r.choice(["individual_aca", "employer_erisa"])
    nd_label = g.r.choice(["Letter date", "Date of determination", "Date issued", "Date of notice"])
    window, exp = g.stated(180, plan, member_id=mid, claim_number=claim, appeals_fax=g.fax,
                           appeals_address=g.appeals_address)
    text = f"""
{g.insurer}
Coverage Decision
{nd_label}: {g.fmt(g.notice)}
Member Name: {g.patient} Member ID: {mid} Group: {g.ident("99999")}
Claim Number: {claim} Date of Service: {g.fmt(g.service, "num")}
Provider: {g.clinic} Procedure: {", ".join(g.codes)} Diagnosis: {g.dx}

Decision: we will not pay this claim. {g.reason}
{g.r.choice(PLAN_WORDS[plan])}

Appeals: {window} Mail: {g.insurer} Appeals, {g.appeals_street}, {g.appeals_city}
Appeals fax: {g.fax_text(g.fax)}
"""
    return "pdf", text, exp


def scan_upside(g: Gen):
    """A state Medicaid notice scanned upside down (image-only PDF)."""
    mid = g.ident("99999999999")
    ref = g.ident("99-999999")
    exp = g.expected(member_id=mid, claim_number=ref, plan_type="medicaid", insurer="Department of Human Services",
                     appeal_deadline=plus(g.notice.isoformat(), 90), deadline_basis="within 90 days",
                     service_dates=[g.service.isoformat()])
    text = f"""
Department of Human Services
Medical Assistance Program - Notice of Decision

Date of notice: {g.fmt(g.notice, "long")}
Recipient name: {g.patient}
Recipient ID: {mid}
Case number: {ref}

The Medicaid program will not pay for {g.service_name} ({", ".join(g.codes)}) you received on
{g.fmt(g.service, "long")}, diagnosis {g.dx}. {g.reason}

You may ask for a fair hearing. Your request must be received within 90 days of the date of this notice.
"""
    return "scan180", text, exp


LAYOUTS = [fax_ur, portal, ma_idn, msn, medicaid_mco, fehb_carrier, eob_pipes, email, docx_prose, photo,
           subject_letter, aca_glued, scan_upside]
OCR_LAYOUTS = {portal, photo, scan_upside}


# ---------------------------------------------------------------------------------------------- writers

def write_portal(text: str, out: Path) -> None:
    """A screenshot: 1280 px wide, 15 px sans text, a coloured navigation bar, grey panels."""
    from PIL import Image, ImageDraw, ImageFont

    lines = plain(text)
    font = ImageFont.truetype(str(FONT_DIR / "dejavu" / "DejaVuSans.ttf"), 15)
    img = Image.new("RGB", (1280, 40 + 26 * len(lines)), (246, 247, 249))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, 1280, 62), fill=(28, 74, 128))
    for i, line in enumerate(lines):
        y = 14 + 26 * i + (10 if i > 1 else 0)
        colour = (255, 255, 255) if i < 2 else (33, 37, 41)
        draw.text((24, y), line, font=font, fill=colour)
    img.save(out, "PNG")


def write_photo(text: str, out: Path, turn: int) -> None:
    from PIL import Image, ImageEnhance, ImageFilter

    n = {"name": out.stem, "text": text}
    page = render_page(n, 170).convert("RGB")
    page = page.crop((0, 0, page.width, int(6 * 170)))
    canvas = Image.new("RGB", (page.width + 120, page.height + 120), (70, 84, 96))
    canvas.paste(page, (60, 60))
    canvas = canvas.rotate(-1.0, fillcolor=(70, 84, 96), resample=Image.BICUBIC)
    canvas = ImageEnhance.Contrast(canvas).enhance(0.7)
    noise = Image.effect_noise(canvas.size, 18).convert("RGB")
    canvas = Image.blend(canvas, noise, 0.1).filter(ImageFilter.GaussianBlur(0.5))
    canvas.rotate(turn, expand=True).save(out, "JPEG", quality=85)  # no EXIF: the picture itself is turned


def write_scan180(text: str, out: Path) -> None:
    page = render_page({"name": out.stem, "text": text}, 200).rotate(180.4, fillcolor=250, resample=3)
    page.save(out, "PDF", resolution=200)


def pdf_font(mono: bool) -> str:
    """A TrueType font embedded in the PDF: the standard PDF fonts cannot show letters such as the n-acute of
    Szymański (they would come out as a black box)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = "LiberationMono-Regular" if mono else "LiberationSans-Regular"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / "liberation2" / f"{name}.ttf")))
    return name


def write(fmt: str, text: str, out_stem: Path, rnd: random.Random) -> Path:
    n = {"name": out_stem.name, "text": text}
    if fmt == "txt":
        out = out_stem.with_suffix(".txt")
        out.write_text("\n".join(plain(text)) + "\n", encoding="utf-8")
    elif fmt in ("pdf", "pdfmono"):
        out = out_stem.with_suffix(".pdf")
        # the PDF writer does not wrap: keep every line inside the page, as a word processor would
        wrapped = "\n".join(textwrap.fill(ln, 96) if len(ln) > 96 else ln for ln in text.splitlines())
        write_pdf({**n, "text": wrapped, "font": pdf_font(fmt == "pdfmono")}, out)
    elif fmt == "docx":
        out = out_stem.with_suffix(".docx")
        write_docx(n, out)
    elif fmt == "portal":
        out = out_stem.with_suffix(".png")
        write_portal(text, out)
    elif fmt == "photo":
        out = out_stem.with_suffix(".jpg")
        write_photo(text, out, rnd.choice([90, 270, 180]))
    elif fmt == "scan180":
        out = out_stem.with_suffix(".pdf")
        write_scan180(text, out)
    else:
        raise ValueError(fmt)
    return out


def main() -> None:
    for split, count in PER_LAYOUT.items():
        folder = HERE / split
        folder.mkdir(exist_ok=True)
        for old in folder.iterdir():
            old.unlink()
        for li, layout in enumerate(LAYOUTS):
            for k in range(count):
                rnd = random.Random(SEEDS[split] + 31 * li + k)
                g = Gen(rnd)
                fmt, text, exp = layout(g)
                text = text.strip("\n") + f"\n\n{FICTION}\n"
                out = write(fmt, text, folder / f"{split}_{li + 1:02d}{'abcd'[k]}_{layout.__name__}", rnd)
                (folder / f"{out.stem}.expected.json").write_text(json.dumps(
                    {"file": out.name, "layout": layout.__name__, "_note": "fictional; deadline_basis is a "
                     "substring to find; appeals_address is compared ignoring case and punctuation", **exp},
                    indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
                print(f"{split}/{out.name}")



# ---------------------------------------------------------------------------------------------- fresh/
# Six notices typed by hand after the rules for dev/ were done, in layouts no rule was written for, and
# scored once without changing any rule afterwards: a check on layouts nobody has seen (see the README).
FRESH = [
    ("fresh_01_part_d_table", "txt", """
Juniper Senior Rx (PDP)
Notice of Denial of Medicare Prescription Drug Coverage

Date: 05/18/2026
Enrollee's name: Beatriz Santamaría Ocampo
Member ID: JSR-40021-7
Request #: CD-2026-77120

Drug you asked for: Spravato (esketamine) 56 mg nasal spray
We denied your request for the drug listed above. Reason: your plan covers this drug only after you have
tried two other antidepressants and they did not work for you.

Diagnosis submitted: F33.2

If you want to appeal, you must ask within 65 days from the date of this notice. Send your written request
to Juniper Senior Rx Appeals, PO Box 7731, Omaha, NE 68102 or fax it to (402) 555-0143.
""", {"patient_name": "Beatriz Santamaría Ocampo", "member_id": "JSR-40021-7", "claim_number": "CD-2026-77120",
      "insurer": "Juniper Senior Rx", "notice_date": "2026-05-18", "service_dates": [], "procedure_codes": [],
      "diagnosis_codes": ["F33.2"], "carc_codes": [], "denial_category": "step_therapy",
      "plan_type": "medicare_part_d", "urgent": False, "appeal_deadline": plus("2026-05-18", 65),
      "deadline_basis": "within 65 days", "appeals_address": "PO Box 7731, Omaha, NE 68102",
      "appeals_fax": "402-555-0143"}),
    ("fresh_02_tpa_participant", "txt", """
Keystone Benefit Administrators, Inc.
Claims administrator for the Alder Ridge Manufacturing Employee Health Plan

June 30, 2026

Plan participant: Desmond Achterberg
Participant ID: ARM 0088 1452
Claim no.: KBA-26-0419-3310
Dates of service: 04/02/2026 through 04/16/2026

NOTICE OF ADVERSE BENEFIT DETERMINATION

We reviewed the claim for ketamine infusions (CPT 96365) billed by Brightwater Wellness. The plan does
not pay for drugs used for purposes the FDA has not approved; intravenous ketamine for depression is
considered experimental under the plan, so the claim is denied.

You may appeal within 180 days of receiving this letter. You also have the right to bring a civil action
under section 502(a) of ERISA after your appeal.
""", {"patient_name": "Desmond Achterberg", "member_id": "ARM 0088 1452", "claim_number": "KBA-26-0419-3310",
      "insurer": "Keystone Benefit Administrators, Inc.", "notice_date": "2026-06-30",
      "service_dates": ["2026-04-02", "2026-04-16"], "procedure_codes": ["96365"], "diagnosis_codes": [],
      "carc_codes": [], "denial_category": "experimental_investigational", "plan_type": "employer_erisa",
      "urgent": False, "appeal_deadline": plus("2026-06-30", 180), "deadline_basis": "within 180 days",
      "appeals_address": None, "appeals_fax": None}),
    ("fresh_03_chip_questions", "txt", """
Bright Futures Kids Health Plan
Serving CHIP and Medicaid members

What is this notice about?
This notice, dated 8/14/2026, is about a request for outpatient therapy for your child, Mateo Ferreira-Lund.
Member number: BFK7730215
Authorization number: 26-AUTH-55810

What did we decide?
We denied the request for 12 sessions of psychotherapy (90837) from Lantern Family Counseling starting
08/20/2026.

Why?
The request did not include the clinical information needed to show the sessions are medically necessary.

What can you do?
You can ask for an appeal. You have 60 days from the date of this notice to ask. Call us, or write to
Bright Futures Kids Health Plan, Attn: Appeals, 220 Meridian Street, Indianapolis, IN 46204.
""", {"patient_name": "Mateo Ferreira-Lund", "member_id": "BFK7730215", "claim_number": "26-AUTH-55810",
      "insurer": "Bright Futures Kids Health Plan", "notice_date": "2026-08-14", "service_dates": ["2026-08-20"],
      "procedure_codes": ["90837"], "diagnosis_codes": [], "carc_codes": [], "denial_category": "medical_necessity",
      "plan_type": "medicaid", "urgent": False, "appeal_deadline": plus("2026-08-14", 60),
      "deadline_basis": "60 days from the date of this notice",
      "appeals_address": "220 Meridian Street, Indianapolis, IN 46204", "appeals_fax": None}),
    ("fresh_04_field_value_table", "docx", """
Ridgeway Health Insurance Company
Utilization Management Department

TABLE:Field|Value
TABLE:Notice date|September 2, 2026
TABLE:Patient|Ingrid Solvang
TABLE:Subscriber ID|RHI-553-018-22
TABLE:Case number|UM2609-4471
TABLE:Service|Esketamine nasal spray with observation (G2083, J0013)
TABLE:Planned start|September 8, 2026
TABLE:Diagnosis|F33.1
TABLE:Review type|Expedited
TABLE:Decision|Not approved

Reason for the decision: Ridgeway's network does not include the treating clinic, Pinecrest Behavioral Care,
and your plan has no out-of-network benefits.

Your plan is a group health plan through your employer. To appeal, fax 1-888-555-0199 (Appeals) or mail
Ridgeway Health Insurance Company, Appeals, 45 Commerce Drive, Hartford, CT 06103. You have 180 days from
receipt of this notice to appeal.
""", {"patient_name": "Ingrid Solvang", "member_id": "RHI-553-018-22", "claim_number": "UM2609-4471",
      "insurer": "Ridgeway Health Insurance Company", "notice_date": "2026-09-02", "service_dates": ["2026-09-08"],
      "procedure_codes": ["G2083", "J0013"], "diagnosis_codes": ["F33.1"], "carc_codes": [],
      "denial_category": "out_of_network", "plan_type": "employer_erisa", "urgent": True,
      "appeal_deadline": plus("2026-09-02", 180), "deadline_basis": "180 days",
      "appeals_address": "45 Commerce Drive, Hartford, CT 06103", "appeals_fax": "888-555-0199"}),
    ("fresh_05_eob_lines", "txt", """
OSPREY MUTUAL HEALTH
Explanation of Benefits - Claim detail
Printed 11/03/2026

Subscriber: KOWALCZYK, MAREK                   ID: OMH884102397
Patient: KOWALCZYK, ZOFIA                      Patient Account #: 77120-A
Claim: 2026103188420                           Provider: Elm Street Ketamine Center

Line  Service Dates        Proc    Charge     Allowed   Paid    Adj Code
1     10/06/26-10/06/26    96365   $850.00    $0.00     $0.00   CO-197
2     10/06/26-10/06/26    96366   $300.00    $0.00     $0.00   CO-197
3     10/13/26-10/13/26    96365   $850.00    $0.00     $0.00   CO-197
      Totals                       $2,000.00  $0.00     $0.00

CO-197: Precertification/authorization absent.
Your Silver plan from the Marketplace requires approval before these services.
""", {"patient_name": "Zofia Kowalczyk", "member_id": "OMH884102397", "claim_number": "2026103188420",
      "insurer": "OSPREY MUTUAL HEALTH", "notice_date": "2026-11-03", "service_dates": ["2026-10-06", "2026-10-13"],
      "procedure_codes": ["96365", "96366"], "diagnosis_codes": [], "carc_codes": ["CO-197"],
      "denial_category": "prior_authorization", "plan_type": "individual_aca", "urgent": False,
      "appeal_deadline": plus("2026-11-03", 180), "deadline_basis": "45 CFR 147.136", "appeals_address": None,
      "appeals_fax": None}),
    ("fresh_06_secure_message", "txt", """
Secure message - Larchmont Health Cooperative
Received: 01/22/2026 4:05 PM
Regarding: your claim filed 01/09/2026

Hi Priyanka,

This message is about claim LHC-0012-88817 for Priyanka Venkataraman, member LHC00458812. Your visit with
Dr. Aaron Feld on 12/30/2025 (99215 and 96365, diagnosis F32.2) was not paid. The claim was sent to us after
the 90-day limit for filing claims.

You may appeal within 180 days. Reply to this message or fax your appeal to 614-555-0182.
""", {"patient_name": "Priyanka Venkataraman", "member_id": "LHC00458812", "claim_number": "LHC-0012-88817",
      "insurer": "Larchmont Health Cooperative", "notice_date": "2026-01-22", "service_dates": ["2025-12-30"],
      "procedure_codes": ["99215", "96365"], "diagnosis_codes": ["F32.2"], "carc_codes": [],
      "denial_category": "timely_filing", "plan_type": "unknown", "urgent": False,
      "appeal_deadline": plus("2026-01-22", 180), "deadline_basis": "within 180 days", "appeals_address": None,
      "appeals_fax": "614-555-0182"}),
]


def write_fresh() -> None:
    folder = HERE / "fresh"
    folder.mkdir(exist_ok=True)
    for name, fmt, text, exp in FRESH:
        text = text.strip("\n") + f"\n\n{FICTION}\n"
        out = write(fmt, text, folder / name, random.Random(name))
        (folder / f"{name}.expected.json").write_text(json.dumps(
            {"file": out.name, "layout": "hand-typed", "_note": "fictional; typed by hand", **exp},
            indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"fresh/{out.name}")


if __name__ == "__main__":
    main()
    write_fresh()
