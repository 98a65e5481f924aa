"""The service lines of an explanation of benefits (EOB): date of service, code, and what was charged, allowed, paid
and left to the patient, with the adjustment code of a line the plan did not pay.

EOBs print their lines in two ways, and both are read:
- a table under a header naming its columns ("Service Dates  Proc  Charge  Allowed  Paid  Adj Code"): the amounts
  of a row are given to the header's money columns in order;
- lines that label each amount ("99214 x12  billed $1,800.00  allowed $1,440.00  paid $1,440.00").
A line counts only when it has one CPT or HCPCS code and at least two amounts: totals rows have no code, and a
summary line of several codes under one total ("90867 x1, 90868 x35  Billed $9,600.00") does not say which amount is
whose, so it is left for the person to type. The text
comes from intake (PDF text layer, OCR, DOCX, TXT), so a scan works as well as OCR reads it; what is not found is
left for the person to type.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from appeal_kit.intake.codes import CARC_GROUPS, procedure_kind
from appeal_kit.money import parse_money

_AMOUNT = re.compile(r"(?<![\w.])-?\$\s?\d[\d,]*(?:\.\d\d)?(?![\w])|(?<![\w.$/-])\d[\d,]*\.\d\d(?![\w%])")
_CODE = re.compile(r"(?<![\w$.,/-])(\d{5}|[A-Z]\d{4})(?:-[A-Z0-9]{2})?(?![\w.,/]|\.\d)")
_DATE = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?!\d)")
_ADJUSTMENT = re.compile(rf"(?<![A-Za-z0-9])((?:{'|'.join(CARC_GROUPS)})\s?-?\s?\d{{1,3}})(?![\w.])")
# What a column or a label means: the first kind whose words it has.
_KINDS = (
    ("patient", re.compile(r"you\s+(?:may\s+)?owe|patient\s+(?:resp|owes|share|pays)|member\s+(?:resp|owes|share)|"
                           r"your\s+(?:share|resp|cost)|not\s+covered\s+by\s+plan", re.I)),
    ("allowed", re.compile(r"allowed|approved\s+amount|eligible|plan\s+allowance|negotiated", re.I)),
    ("paid", re.compile(r"paid|payment|benefit\s+amount|plan\s+pays|we\s+paid", re.I)),
    ("charge", re.compile(r"charge|billed|amount\s+billed|submitted|provider\s+bill", re.I)),
)
_LABELED = re.compile(r"(?P<label>[A-Za-z][A-Za-z ]{1,30}?)\s*:?\s*(?P<amount>\$\s?\d[\d,]*(?:\.\d\d)?|\d[\d,]*\.\d\d)")


@dataclass
class EobLine:
    code: str
    date: str = ""  # ISO; "" when the row gives none
    charge: Decimal | None = None
    allowed: Decimal | None = None
    paid: Decimal | None = None
    patient: Decimal | None = None
    adjustment: str = ""
    row: int = 0  # the line of the text it was read from, 1-based

    def as_case_line(self) -> dict:
        """The line as case.yaml `claims` holds it (amounts as numbers, only those the EOB gave)."""
        out: dict = {"code": self.code}
        for key, value in (("charge", self.charge), ("allowed", self.allowed), ("paid", self.paid),
                           ("patient_responsibility", self.patient)):
            if value is not None:
                out[key] = float(value) if value != value.to_integral() else int(value)
        if self.adjustment:
            out["adjustment"] = self.adjustment
        return out


def _kind(words: str) -> str | None:
    return next((kind for kind, rx in _KINDS if rx.search(words)), None)


def _money(text: str) -> Decimal:
    return parse_money(text.replace("$", "").replace(" ", ""), what="EOB amount")


def _iso(m: re.Match) -> str | None:
    month, day, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    year += 2000 if year < 100 else 0
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _header_kinds(line: str) -> list[str] | None:
    """The money columns of a table header, in order, or None when `line` is no such header."""
    if re.search(r"\d", line) or not re.search(r"\b(?:code|proc|cpt|hcpcs|service)", line, re.I):
        return None
    cells = [c for c in re.split(r"\s{2,}|\t|\|", line) if c.strip()]
    kinds = [k for k in (_kind(c) for c in cells) if k]
    return kinds if len(kinds) >= 2 else None


def read_eob_lines(text: str) -> list[EobLine]:
    """Every service line of the EOB text, in the order printed."""
    header: list[str] | None = None
    found = []
    for n, line in enumerate(text.splitlines(), 1):
        kinds = _header_kinds(line)
        if kinds:
            header = kinds
            continue
        line_wo_dates = _DATE.sub(" ", line)
        codes = [m for m in _CODE.finditer(line_wo_dates) if procedure_kind(m.group(1))]
        amounts = list(_AMOUNT.finditer(line_wo_dates))
        if len({m.group(1) for m in codes}) != 1 or len(amounts) < 2:
            continue  # no code, or a summary of several codes under one total: which amount is whose is not said
        code_match = codes[0]
        eob = EobLine(code_match.group(1), row=n)
        dated = _DATE.search(line)
        if dated:
            eob.date = _iso(dated) or ""
        adjustment = _ADJUSTMENT.search(line)
        if adjustment:
            eob.adjustment = re.sub(r"\s|-", "", adjustment.group(1))
            eob.adjustment = f"{eob.adjustment[:2]}-{eob.adjustment[2:]}"
        labeled = {}
        for m in _LABELED.finditer(line_wo_dates):
            kind = _kind(m.group("label"))
            if kind and kind not in labeled:
                labeled[kind] = _money(m.group("amount"))
        if len(labeled) >= 2:
            values = labeled
        elif header:
            values = dict(zip(header, (_money(m.group(0)) for m in amounts)))
        else:
            continue  # amounts with no header and no labels: which is which cannot be told
        eob.charge, eob.allowed = values.get("charge"), values.get("allowed")
        eob.paid, eob.patient = values.get("paid"), values.get("patient")
        found.append(eob)
    return found
