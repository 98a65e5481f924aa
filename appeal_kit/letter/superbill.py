"""The superbill: an itemized statement of services a patient sends to the plan for out-of-network reimbursement.

`appeal-kit superbill DIR` reads the case's `service_lines`, `provider`, patient and `claim.diagnosis_codes` and
writes DIR/superbill.docx (a python-docx document with real tables, editable in Word) and DIR/superbill.pdf
(LibreOffice). With `add_exhibit` the PDF is also copied to DIR/other/superbill.pdf, so the next build includes
it as an exhibit. Existing files are never replaced without `force`.

A superbill carries (docs/domain.md, "Network gap exceptions and superbills"): patient name, date of birth, member
ID and address; provider name, credentials, license, individual NPI, tax ID, address and phone; each date of
service with place of service, CPT/HCPCS code, modifiers, units, ICD-10 pointers, charge and amount paid; totals;
a signature line.

    provider:                          # who gave the care (or from clinic.yaml, see below)
      name: Miriam Okafor
      credentials: MD
      license: Oregon MD 123456
      npi: "1234567893"                # 10 digits; the check digit is verified (Luhn, prefix 80840)
      tax_id: 93-1234567               # EIN, 9 digits
      address: |-
        1450 Willamette Street, Suite 300
        Eugene, OR 97401
      phone: (541) 555-0100
    service_lines:
      - date: 2026-02-02
        place_of_service: 11           # 11 office; 02 telehealth elsewhere; 10 telehealth in the patient's home
        code: "96365"                  # CPT or HCPCS
        modifiers: []                  # optional, e.g. [25] or [KX]
        units: 1                       # optional, default 1
        diagnosis_pointers: [A]        # letters (or 1, 2, ...) into claim.diagnosis_codes; optional with one code
        charge: 450                    # the line's total charge
        paid: 450                      # optional (0): what the patient paid
        description: ...               # optional: replaces the built-in short description (e.g. NDC and dose)

When case.yaml has no `provider` (or leaves some of its fields blank) and a clinic profile (clinic.yaml, see
clinic.py) exists, the blanks are filled from the profile: its provider named like `author.name`, else its first
provider, with the clinic's address, phone and tax ID.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from appeal_kit.case.folder import Case, is_blank, parse_date
from appeal_kit.errors import CaseError, WouldOverwriteError
from appeal_kit.files import BUILD_SCRATCH_BYTES, atomic_copy, scratch
from appeal_kit.letter.docxstyles import save_reproducibly
from appeal_kit.letter.records import Column, add_table, money, new_document, parse_money, short_date

DOCX_FILE = "superbill.docx"
PDF_FILE = "superbill.pdf"
EXHIBIT_PATH = Path("other") / PDF_FILE
PROVIDER_KEYS = ("name", "credentials", "license", "npi", "tax_id", "address", "phone")
PATIENT_KEYS = ("name", "date_of_birth", "member_id", "address")
LINE_KEYS = ("date", "place_of_service", "code", "modifiers", "units", "diagnosis_pointers", "charge", "paid",
             "description")
POINTER_LETTERS = "ABCDEFGHIJKL"  # the CMS-1500 claim form has twelve diagnosis slots, A to L
MAX_POINTERS = 4  # and at most four pointers on a service line

# Place-of-service codes (CMS list), in our own short words.
PLACES_OF_SERVICE = {
    "02": "Telehealth, not at home",
    "10": "Telehealth, at home",
    "11": "Office",
    "12": "Home",
    "19": "Hospital outpatient, off campus",
    "22": "Hospital outpatient, on campus",
    "49": "Independent clinic",
}


@dataclass
class ServiceLine:
    date: str  # ISO
    place_of_service: str  # two digits
    code: str
    modifiers: list[str]
    units: int
    pointers: list[str]  # letters
    charge: Decimal
    paid: Decimal
    description: str


@dataclass
class Superbill:
    patient: dict[str, str]
    provider: dict[str, str]
    insurer: str | None
    claim_number: str | None
    diagnoses: list[tuple[str, str, str]]  # (pointer letter, code, description)
    lines: list[ServiceLine]
    provider_source: str  # "case.yaml" or the clinic.yaml path
    group_npi: str | None = None  # the practice's own NPI (clinic.yaml group_npi), when the profile supplied details
    secondary: str | None = None  # the secondary payer and its member ID (case.yaml secondary_payer)

    @property
    def total_charges(self) -> Decimal:
        return sum((x.charge for x in self.lines), Decimal("0.00"))

    @property
    def total_paid(self) -> Decimal:
        return sum((x.paid for x in self.lines), Decimal("0.00"))

    @property
    def balance(self) -> Decimal:
        return self.total_charges - self.total_paid


@dataclass
class SuperbillResult:
    docx: Path
    pdf: Path
    exhibit: Path | None
    bill: Superbill
    notes: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------- checks

def npi_check_digit(first_nine: str) -> int:
    """The NPI check digit: Luhn over the 80840 prefix and the first nine digits (CMS NPI standard)."""
    total = 0
    for i, ch in enumerate(reversed("80840" + first_nine)):
        d = int(ch)
        if i % 2 == 0:  # the digit next to the (missing) check digit is doubled, then every second one
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return (10 - total % 10) % 10


def npi_problem(npi: str) -> str | None:
    """None when `npi` is a well-formed NPI, else what is wrong with it."""
    digits = re.sub(r"[\s-]", "", npi)
    if not re.fullmatch(r"\d{10}", digits):
        return f"provider.npi: {npi!r} should be the provider's 10-digit NPI"
    expected = npi_check_digit(digits[:9])
    if int(digits[9]) != expected:
        return (f"provider.npi: {npi} fails the NPI check-digit test (Luhn check with the 80840 prefix): with "
                f"these first nine digits the last digit would be {expected}. Check the number on the NPPES "
                "registry (npiregistry.cms.hhs.gov).")
    return None



def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _as_items(value: Any) -> list[str]:
    if is_blank(value):
        return []
    if isinstance(value, (list, tuple)):
        return [_text(v).upper() for v in value if not is_blank(v)]
    return [p.upper() for p in re.split(r"[\s,;]+", _text(value)) if p]


def _clinic_provider(case: Case) -> tuple[dict[str, str], str] | None:
    """The clinic profile's provider (named by author.provider or like author.name, else the first: the bill is the
    clinic's, not a signature) with the clinic's contact details."""
    try:
        from appeal_kit.letter import clinic as clinic_mod
    except ImportError:  # no clinic profile support in this installation
        return None
    profile = clinic_mod.load_clinic(case.folder)
    if profile is None:
        return None
    prov = clinic_mod.find_provider(profile, case.get("author.provider") or case.get("author.name")) \
        or next(iter(profile.get("providers") or []), {})
    merged = {k: _text(prov.get(k)) for k in ("name", "credentials", "license", "npi")}
    for k in ("tax_id", "address", "phone"):
        merged[k] = _text(prov.get(k)) or _text(profile.get(k))
    return merged, str(profile.get("path") or "clinic.yaml")


def collect(case: Case) -> Superbill:
    """Read and check everything the superbill needs; one CaseError lists every missing or wrong field."""
    problems: list[str] = []
    missing: list[str] = []

    patient = {k: _text(case.get(f"patient.{k}")) for k in PATIENT_KEYS}
    missing += [f"patient.{k}" for k in PATIENT_KEYS if not patient[k]]

    raw_provider = case.data.get("provider")
    if raw_provider is not None and not isinstance(raw_provider, dict):
        problems.append("provider: should be a group of fields (name, credentials, license, npi, tax_id, "
                        "address, phone)")
        raw_provider = {}
    provider = {k: _text((raw_provider or {}).get(k)) for k in PROVIDER_KEYS}
    source = "case.yaml"
    from appeal_kit.letter import clinic as clinic_mod

    # The clinic's own bill (its author writes from the clinic): the profile, read now, wins over copies in
    # case.yaml, so a new address reaches it; anyone else's: the profile only fills what case.yaml leaves blank.
    profile = clinic_mod.load_clinic(case.folder)
    clinics_own = clinic_mod.writes_from_clinic(case.data, profile)
    from_clinic = _clinic_provider(case) if clinics_own or not all(provider.values()) else None
    if from_clinic:
        filled, clinic_path = from_clinic
        merged = {k: (filled.get(k) or provider[k]) if clinics_own else (provider[k] or filled.get(k, ""))
                  for k in PROVIDER_KEYS}
        if all(filled.get(k) == merged[k] for k in PROVIDER_KEYS if merged[k]):
            source = clinic_path
        elif any(merged[k] != provider[k] for k in PROVIDER_KEYS):
            source = f"case.yaml and {clinic_path}"
        provider = merged
    missing += [f"provider.{k}" for k in PROVIDER_KEYS if not provider[k]]
    if provider["npi"]:
        bad = npi_problem(provider["npi"])
        if bad:
            problems.append(bad)
    if provider["tax_id"] and not re.fullmatch(r"\d{2}-?\d{7}", provider["tax_id"]):
        problems.append(f"provider.tax_id: {provider['tax_id']!r} should be the 9-digit tax ID (EIN), written "
                        "like 93-1234567")

    dx_codes = [c for c in _as_items(case.get("claim.diagnosis_codes"))]
    if not dx_codes:
        missing.append("claim.diagnosis_codes")
    elif len(dx_codes) > len(POINTER_LETTERS):
        problems.append(f"claim.diagnosis_codes: a superbill has room for {len(POINTER_LETTERS)} diagnoses "
                        f"(A to L); this case lists {len(dx_codes)}")
    diagnoses = [(POINTER_LETTERS[i], code, _dx_description(code)) for i, code in enumerate(dx_codes[:12])]

    raw_lines = case.data.get("service_lines")
    lines: list[ServiceLine] = []
    if is_blank(raw_lines):
        missing.append("service_lines")
    elif not isinstance(raw_lines, list):
        problems.append("service_lines: should be a list of entries, each starting with `- date: ...`")
    else:
        for i, item in enumerate(raw_lines):
            line, line_missing, line_problems = _service_line(i, item, len(dx_codes))
            missing += line_missing
            problems += line_problems
            if line:
                lines.append(line)

    if missing:
        problems.insert(0, "these fields are missing or empty:\n    " + "\n    ".join(missing))
    if problems:
        raise CaseError(f"{case.folder / 'case.yaml'}: the superbill needs more:\n  - " + "\n  - ".join(problems))
    return Superbill(patient, provider, _text(case.get("insurer.name")) or None,
                     _text(case.get("claim.number")) or None, diagnoses, sorted(lines, key=lambda x: x.date),
                     source, (profile or {}).get("group_npi") if from_clinic else None, _secondary(case))


def _secondary(case: Case) -> str | None:
    """"Plan name, member ID X" for case.yaml's secondary_payer, or None."""
    name, member = _text(case.get("secondary_payer.name")), _text(case.get("secondary_payer.member_id"))
    return ", ".join(x for x in (name, f"member ID {member}" if member else "") if x) or None


def _dx_description(code: str) -> str:
    from appeal_kit.intake.codes import describe_code

    try:
        return describe_code(code, kind="diagnosis") or ""
    except Exception:  # noqa: BLE001 - a description is a courtesy; `check` reports bad codes
        return ""


def _service_line(i: int, item: Any, dx_count: int) -> tuple[ServiceLine | None, list[str], list[str]]:
    from appeal_kit.intake.codes import MODIFIER_RE, PROCEDURE_DESCRIPTIONS, procedure_kind, split_procedure

    where = f"service_lines item {i + 1}"
    if not isinstance(item, dict):
        return None, [], [f"{where}: should be a group of fields ({', '.join(LINE_KEYS)})"]
    if not is_blank(item.get("date")):
        where += f" ({item['date']})"
    missing, problems = [], []
    unknown = sorted(set(item) - set(LINE_KEYS))
    if unknown:
        problems.append(f"{where}: unknown field{'s' if len(unknown) > 1 else ''} {', '.join(unknown)} "
                        f"(a service line has: {', '.join(LINE_KEYS)})")
    required = ["date", "place_of_service", "code", "charge"] + (["diagnosis_pointers"] if dx_count != 1 else [])
    missing += [f"{where}: {k}" for k in required if is_blank(item.get(k))]

    day = ""
    if not is_blank(item.get("date")):
        try:
            day = parse_date(item["date"], what=f"{where}: date")
        except CaseError as exc:
            problems.append(exc.message)

    pos = _text(item.get("place_of_service"))
    if pos:
        if re.fullmatch(r"\d{1,2}", pos):
            pos = pos.zfill(2)
        else:
            problems.append(f"{where}: place_of_service {pos!r} should be a two-digit code: 11 office, "
                            "02 telehealth not at home, 10 telehealth in the patient's home")

    code, modifiers = "", _as_items(item.get("modifiers"))
    if not is_blank(item.get("code")):
        code, extra = split_procedure(_text(item["code"]))
        modifiers = extra + modifiers
        if procedure_kind(code) is None:
            problems.append(f"{where}: code {_text(item['code'])!r} is not a CPT or HCPCS code (CPT: five digits "
                            "like 96365; HCPCS: a letter and four digits like J0013)")
    bad_mods = [m for m in modifiers if not MODIFIER_RE.match(m)]
    if bad_mods:
        problems.append(f"{where}: modifier {', '.join(bad_mods)} should be two letters or digits (like 25 or KX)")
    if len(modifiers) > 4:
        problems.append(f"{where}: at most four modifiers fit on a service line")

    units = 1
    if not is_blank(item.get("units")):
        try:
            units = int(str(item["units"]).strip())
            if units < 1 or str(units) != str(item["units"]).strip():
                raise ValueError
        except ValueError:
            problems.append(f"{where}: units {item['units']!r} should be a whole number of 1 or more")

    pointers: list[str] = []
    raw_pointers = _as_items(item.get("diagnosis_pointers"))
    if not raw_pointers and dx_count == 1:
        raw_pointers = ["A"]
    for p in raw_pointers:
        if re.fullmatch(r"\d{1,2}", p) and 1 <= int(p) <= len(POINTER_LETTERS):
            p = POINTER_LETTERS[int(p) - 1]
        if not re.fullmatch(r"[A-L]", p):
            problems.append(f"{where}: diagnosis pointer {p!r} should be a letter A to L (or a number 1 to 12)")
        elif POINTER_LETTERS.index(p) >= dx_count:
            problems.append(f"{where}: diagnosis pointer {p} points past claim.diagnosis_codes, which has "
                            f"{dx_count} code{'s' if dx_count != 1 else ''} (A"
                            f"{'-' + POINTER_LETTERS[dx_count - 1] if dx_count > 1 else ''})")
        elif p not in pointers:
            pointers.append(p)
    if len(pointers) > MAX_POINTERS:
        problems.append(f"{where}: a service line can point to at most {MAX_POINTERS} diagnoses")

    amounts = {}
    for key in ("charge", "paid"):
        if is_blank(item.get(key)):
            amounts[key] = Decimal("0.00")
            continue
        try:
            amounts[key] = parse_money(item[key], what=f"{where}: {key}")
            if amounts[key] < 0:
                problems.append(f"{where}: {key} {money(amounts[key])} should not be negative")
        except CaseError as exc:
            problems.append(exc.message)

    if missing or problems:
        return None, missing, problems
    # Our own short wording (codes.py), without its notes in brackets, capitalised for a bill.
    description = _text(item.get("description")) or re.sub(r"\s*\([^)]*\)$", "", PROCEDURE_DESCRIPTIONS.get(code, ""))
    description = description[:1].upper() + description[1:]
    return ServiceLine(day, pos, code, modifiers, units, pointers, amounts["charge"], amounts["paid"],
                       description), [], []


# ---------------------------------------------------------------------------------------------- rendering

def write_docx(bill: Superbill, out: Path, *, footer: str | None = None) -> Path:
    from docx.shared import Pt

    from appeal_kit.letter.wording import longdate

    doc = new_document("Superbill", ["Itemized statement of services for insurance reimbursement"],
                       footer=footer, margins=0.75)
    p, v = bill.patient, bill.provider
    provider_text = "\n".join([f"{v['name']}, {v['credentials']}", f"License: {v['license']}",
                               f"NPI: {v['npi']}", *([f"Group NPI: {bill.group_npi}"] if bill.group_npi else []),
                               f"Tax ID (EIN): {v['tax_id']}", v["address"],
                               f"Phone: {v['phone']}"])
    patient_lines = [p["name"], f"Date of birth: {longdate(p['date_of_birth'])}", f"Member ID: {p['member_id']}",
                     p["address"]]
    if bill.insurer:
        patient_lines.append(f"Insurance: {bill.insurer}")
    if bill.claim_number:
        patient_lines.append(f"Claim / reference: {bill.claim_number}")
    if bill.secondary:  # coordination of benefits: the second plan is billed what the first leaves
        patient_lines.append(f"Secondary insurance: {bill.secondary}")
    add_table(doc, [Column("Provider", 3.5), Column("Patient", 3.5)], [[provider_text, "\n".join(patient_lines)]],
              font_size=9.5)

    doc.add_heading("Diagnoses (ICD-10-CM)", level=2)
    add_table(doc, [Column("Pointer", 0.8), Column("Code", 1.0), Column("Description", 5.2)],
              [[letter, code, desc] for letter, code, desc in bill.diagnoses])

    doc.add_heading("Services", level=2)
    columns = [Column("Date of service", 0.78), Column("Place of service", 0.85), Column("CPT / HCPCS", 0.58),
               Column("Modifiers", 0.65), Column("Description", 1.72), Column("Dx pointer", 0.55),
               Column("Units", 0.47, True), Column("Charge", 0.72, True), Column("Paid", 0.68, True)]
    rows = [[short_date(x.date), f"{x.place_of_service} {PLACES_OF_SERVICE.get(x.place_of_service, '')}".strip(),
             x.code, " ".join(x.modifiers), x.description, ", ".join(x.pointers), str(x.units), money(x.charge),
             money(x.paid)] for x in bill.lines]
    add_table(doc, columns, rows, font_size=8,
              totals=["Total", f"{len(bill.lines)} line{'s' if len(bill.lines) != 1 else ''}", "", "", "", "",
                      str(sum(x.units for x in bill.lines)), money(bill.total_charges), money(bill.total_paid)])

    doc.add_paragraph().paragraph_format.space_after = Pt(0)
    add_table(doc, [Column("Total charges", 2.0, True), Column("Amount paid", 2.0, True),
                    Column("Balance due", 2.0, True)],
              [[money(bill.total_charges), money(bill.total_paid), money(bill.balance)]], font_size=10)

    # The certification, signature line and name stay together on one page.
    cert = doc.add_paragraph("I certify that the services listed above were provided to this patient on the dates "
                             "shown and that the charges are my usual fees.")
    cert.paragraph_format.space_before = Pt(10)
    cert.paragraph_format.keep_with_next = True
    sig = doc.add_paragraph()
    sig.paragraph_format.space_before = Pt(20)
    sig.paragraph_format.keep_with_next = True
    sig.add_run("Provider signature: ______________________________________      Date: ________________")
    doc.add_paragraph(f"{v['name']}, {v['credentials']}    NPI {v['npi']}")
    out.parent.mkdir(parents=True, exist_ok=True)
    save_reproducibly(doc, out)
    return out


def make_superbill(folder: Path, *, force: bool = False, add_exhibit: bool = False) -> SuperbillResult:
    """Write FOLDER/superbill.docx and .pdf (and other/superbill.pdf with add_exhibit). Never overwrites
    without force; checks everything before writing anything; files appear whole or not at all."""
    from appeal_kit._exec import soffice
    from appeal_kit.letter.records import FOOTER_NOTE_KEY

    folder = Path(folder)
    case = _load(folder)
    bill = collect(case)
    docx_path, pdf_path = folder / DOCX_FILE, folder / PDF_FILE
    exhibit_path = folder / EXHIBIT_PATH if add_exhibit else None
    targets = [t for t in (docx_path, pdf_path, exhibit_path) if t is not None]
    existing = [t for t in targets if t.exists()]
    if existing and not force:
        one = len(existing) == 1
        raise WouldOverwriteError(f"{', '.join(map(str, existing))} already exist{'s' if one else ''}; appeal-kit "
                                  f"will not replace {'it' if one else 'them'}. Use --force to write a fresh "
                                  "superbill (edits in those files are lost), or rename them first.")
    footer = _text(case.data.get(FOOTER_NOTE_KEY)) or None
    with scratch("superbill", needs=BUILD_SCRATCH_BYTES) as tmp_name:
        tmp = Path(tmp_name)
        staged_docx = write_docx(bill, tmp / DOCX_FILE, footer=footer)
        staged_pdf = soffice.convert_to_pdf([staged_docx], tmp / "pdf")[staged_docx]
        _place(staged_docx, docx_path)
        _place(staged_pdf, pdf_path)
        if exhibit_path is not None:
            exhibit_path.parent.mkdir(exist_ok=True)
            _place(staged_pdf, exhibit_path)
    notes = []
    if exhibit_path is not None and case.data.get("exhibits") is not None:
        notes.append(f"case.yaml lists its exhibits, so add `- file: {EXHIBIT_PATH.as_posix()}` (with a title) "
                     "to `exhibits:` for the packet to include the superbill.")
    return SuperbillResult(docx_path, pdf_path, exhibit_path, bill, notes)


def _load(folder: Path) -> Case:
    """case.yaml read and checked like `load_case` does, but without the appeal's own required fields and the
    exhibit list: a superbill can be made before there is a denial, and before other/superbill.pdf exists even
    when `exhibits:` already lists it."""
    from appeal_kit.case.folder import load_case_data

    return Case(folder=folder, data=load_case_data(folder))


def _place(src: Path, dst: Path) -> None:
    atomic_copy(src, dst, what=dst.suffix.lstrip(".").upper() or "file")
