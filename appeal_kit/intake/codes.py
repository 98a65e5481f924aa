"""Billing codes on a case: ICD-10-CM diagnoses, CPT/HCPCS procedures and claim adjustment reason codes.

- ICD-10-CM validity, billability and descriptions come from simple-icd-10-cm. Importing it loads the whole
  code set (about 2 s, docs/packet-engineering.md, "Imports"), so it is read once into an index in the user
  cache folder (`icd_index`) and imported only to build that index, never at module level.
- CPT/HCPCS codes are checked for shape only (the CPT code set is AMA-licensed). The codes common on
  ketamine, esketamine and TMS claims (docs/domain.md, "Billing codes") get short descriptions in our own words,
  kept with their sources in letter_templates/care_codes.yaml: never ship the AMA descriptors.
- Retired codes are flagged against the service dates: S0013 (esketamine nasal spray, 1 mg) was replaced
  by J0013 on 2026-01-01.
- CARC meanings (our wording) and the denial category each usually means (docs/domain.md,
  "Claim adjustment reason codes").

`check_codes(case_data)` is the entry point for `appeal-kit check` and `build`.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

# ---------------------------------------------------------------------------------------------- patterns

# ICD-10-CM: letter (not U), digit, letter-or-digit, then optionally a dot and 1-4 more characters.
ICD10_RE = re.compile(r"^[A-TV-Z][0-9][0-9A-Z](?:\.?[0-9A-Z]{1,4})?$")
CPT_RE = re.compile(r"^\d{5}$")  # CPT Category I
CPT_CAT2_RE = re.compile(r"^\d{4}F$")  # performance measures
CPT_CAT3_RE = re.compile(r"^\d{4}T$")  # emerging technology
CPT_PLA_RE = re.compile(r"^\d{4}U$")  # proprietary laboratory analyses
HCPCS_RE = re.compile(r"^[A-CEGHJ-MP-V]\d{4}$")  # HCPCS Level II sections (no D: dental CDT, no F/I/N/O/W-Z)
MODIFIER_RE = re.compile(r"^[A-Z0-9]{2}$")
# a revenue code of a facility claim (UB-04 form locator 42): four digits, the room, unit or department a hospital
# bills, never a procedure (CPT or HCPCS). The NUBC list runs 0100-0999 and goes on past it in three groups: 100X
# behavioural health accommodations (1001 residential treatment, psychiatric), 210X alternative therapy services and
# 310X adult care. 0001 (the total line) is no service.
REVENUE_RE = re.compile(r"^(?:0[1-9]\d{2}|100\d|210\d|310\d)$")


def _care_codes() -> dict:
    from appeal_kit.bundled import bundled_dir, read_yaml_mapping

    return read_yaml_mapping(bundled_dir() / "care_codes.yaml", "a mapping with `codes` and `kinds`")


def _descriptions(section: str, lang: str) -> dict[str, str]:
    """code -> our own short description in `lang` from letter_templates/care_codes.yaml: its `codes` (CPT/HCPCS,
    never the AMA descriptor; each with its source, docs/domain.md, "Billing codes") or its `diagnoses` (Spanish
    words for the ICD-10-CM codes these treatments are given for)."""
    return {str(code): str(entry[lang]) for code, entry in (_CARE_CODES.get(section) or {}).items() if lang in entry}


_CARE_CODES = _care_codes()
PROCEDURE_DESCRIPTIONS: dict[str, str] = _descriptions("codes", "en")

# code -> (first day it is no longer valid, replacement)
RETIRED_CODES: dict[str, tuple[str, str]] = {
    "S0013": ("2026-01-01", "J0013"),
}
# code -> first day it is valid
EFFECTIVE_FROM: dict[str, str] = {
    "J0013": "2026-01-01",
}
MEDICARE_ONLY_CODES = {"G2082", "G2083"}
MEDICARE_PLAN_TYPES = {"medicare", "medicare_advantage"}

# CARC number -> (meaning in our words, usual denial category): docs/domain.md, "Claim adjustment reason codes".
CARC_INFO: dict[str, tuple[str, str]] = {
    "4": ("the modifier is inconsistent with the procedure or missing", "coding_billing"),
    "11": ("the diagnosis does not fit the procedure", "coding_billing"),
    "15": ("the authorization number is missing, invalid or not for this service or provider", "prior_authorization"),
    "16": ("the claim lacks information or has a billing error (see the remark code)", "coding_billing"),
    "22": ("the care may be covered by another payer (coordination of benefits)", "coordination_of_benefits"),
    "26": ("the expenses were incurred before the coverage began", "other"),
    "27": ("the expenses were incurred after the coverage ended", "other"),
    # a clinician whose enrollment or credentialing did not cover the date of service (Medicare: the enrollment's
    # effective date; letters set 72, case 03): answered with the enrollment record, no clinical argument
    "B7": ("the provider was not certified or eligible to be paid for this service on the date it was given", "other"),
    "29": ("the time limit for filing has expired", "timely_filing"),
    "50": ("the payer deems the service not medically necessary", "medical_necessity"),
    "55": ("the payer deems the procedure or drug experimental or investigational", "experimental_investigational"),
    "56": ("the payer deems the treatment not proven effective", "experimental_investigational"),
    "96": ("non-covered charge", "not_covered"),
    "97": ("the payment for this service is included in the payment for another service (bundled)", "coding_billing"),
    # a cap on visits, sessions or days: check asks for the plan's limit (plan_policy.limit), the letter's cap block
    # answers it (the lead's decision, s55; `other` before)
    "119": ("the benefit maximum has been reached", "benefit_limit"),
    "197": ("precertification or authorization was absent", "prior_authorization"),
    "198": ("precertification or authorization was exceeded", "prior_authorization"),
    "204": ("the service is not covered under the patient's benefit plan", "not_covered"),
    "242": ("the provider is not in the network", "out_of_network"),
    "243": ("the service was not authorized by the network or primary care provider", "out_of_network"),
    # Cost-sharing adjustments: not denial reasons, no category.
    "1": ("deductible", ""),
    "2": ("coinsurance", ""),
    "3": ("copay", ""),
    "45": ("charge exceeds the fee schedule or allowed amount", ""),
}
# The same meanings in Spanish, for the person who reads intake and check in Spanish (our wording too).
CARC_SPANISH: dict[str, str] = {
    "4": "el modificador no corresponde al procedimiento o falta",
    "11": "el diagnóstico no corresponde al procedimiento",
    "15": "el número de autorización falta, no es válido o no es para este servicio o proveedor",
    "16": "al reclamo le falta información o tiene un error de facturación (vea el código de observación)",
    "22": "otro seguro podría cubrir esta atención (coordinación de beneficios)",
    "26": "los gastos son de antes de que empezara la cobertura",
    "27": "los gastos son de después de que terminó la cobertura",
    "B7": "el proveedor no estaba certificado o habilitado para cobrar este servicio en la fecha en que lo prestó",
    "29": "se venció el plazo para presentar el reclamo",
    "50": "el seguro considera que el servicio no es médicamente necesario",
    "55": "el seguro considera que el procedimiento o medicamento es experimental o está en investigación",
    "56": "el seguro considera que no está comprobado que el tratamiento funcione",
    "96": "cargo no cubierto",
    "97": "el pago de este servicio está incluido en el pago de otro servicio (agrupado)",
    "119": "se llegó al máximo del beneficio",
    "197": "faltó la precertificación o la autorización",
    "198": "se pasó de lo que permitía la precertificación o la autorización",
    "204": "el plan de beneficios del paciente no cubre el servicio",
    "242": "el proveedor no está en la red",
    "243": "la red o el médico de cabecera no autorizó el servicio",
    "1": "deducible",
    "2": "coseguro",
    "3": "copago",
    "45": "el cargo pasa de la tarifa o del monto permitido",
}
assert set(CARC_SPANISH) == set(CARC_INFO)
CARC_GROUPS = ("CO", "PR", "OA", "PI", "CR")


# ---------------------------------------------------------------------------------------------- helpers

def normalize_icd(code: str) -> str:
    """' f332 ' -> 'F33.2' (dot after the third character)."""
    c = re.sub(r"\s+", "", str(code)).upper().replace(",", ".")
    c = c.replace(".", "")
    return c if len(c) <= 3 else f"{c[:3]}.{c[3:]}"


def split_procedure(code: str) -> tuple[str, list[str]]:
    """'96365-25' / '96365 25' / '96365:KX' -> ('96365', ['25'])."""
    parts = re.split(r"[\s\-:]+", str(code).strip().upper())
    return parts[0], [p for p in parts[1:] if p]


def procedure_kind(code: str) -> str | None:
    """cpt | cpt_category_ii | cpt_category_iii | cpt_pla | hcpcs, or None when the shape is wrong."""
    base, _ = split_procedure(code)
    for kind, rx in (("cpt", CPT_RE), ("cpt_category_ii", CPT_CAT2_RE), ("cpt_category_iii", CPT_CAT3_RE),
                     ("cpt_pla", CPT_PLA_RE), ("hcpcs", HCPCS_RE)):
        if rx.match(base):
            return kind
    return None


# ICD-10-CM index. Importing simple-icd-10-cm parses its whole XML code set (2-3 s on the CI machine), far too
# slow for `check`, which people run again and again. So the codes, their billability and their descriptions
# are copied once into an SQLite file (about 10 MB) in the user cache folder and looked up there: a point lookup
# costs well under a millisecond, and descriptions are read only when a listing asks for them. The file records
# the library's version and our format, so upgrading simple-icd-10-cm rebuilds it.
ICD_INDEX_FORMAT = "2"  # 2: the categories that share their block's name (B20, C50, F99, Z68) are in it
ICD_LIBRARY = "simple-icd-10-cm"
ICD_MODULE = "simple_icd_10_cm"


def _icd():
    """The ICD-10-CM module, imported on first use (it takes about 2 s to load)."""
    import warnings

    with warnings.catch_warnings():  # it uses deprecated importlib.resources calls while loading its data
        warnings.simplefilter("ignore", DeprecationWarning)
        import simple_icd_10_cm  # noqa: PLC0415 - lazy on purpose

    return simple_icd_10_cm


def _library_version() -> str:
    """simple-icd-10-cm's installed version; ImportError when it is not installed. Read from the METADATA file
    beside the module when there is one (under a millisecond, against 30-60 ms for importlib.metadata, which
    `check` and `build` paid on every run), else from importlib.metadata."""
    from importlib.util import find_spec

    spec = find_spec(ICD_MODULE)
    if spec is None or spec.origin is None:
        # the package's name, as Python's own ImportError gives it: every caller catches this and words it itself
        raise ImportError(name=ICD_LIBRARY)
    site = Path(spec.origin).parent.parent if spec.submodule_search_locations is not None else \
        Path(spec.origin).parent
    for metadata in sorted(site.glob(f"{ICD_MODULE}-*.dist-info/METADATA")):
        try:
            with metadata.open(encoding="utf-8") as fh:
                headers = [line.rstrip("\n") for _, line in zip(range(20), fh)]
        except OSError:
            continue
        name = next((h.split(":", 1)[1].strip() for h in headers if h.startswith("Name:")), "")
        found = next((h.split(":", 1)[1].strip() for h in headers if h.startswith("Version:")), "")
        if found and re.sub(r"[-_.]+", "-", name).lower() == ICD_LIBRARY:
            return found
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(ICD_LIBRARY)
    except PackageNotFoundError:
        raise ImportError(name=ICD_LIBRARY) from None


def _library_rows():
    """(code, billable, description) for every category and subcategory, in the code set's own order."""
    icd = _icd()
    blocks: set[str] = set()
    for code in icd.get_all_codes(True):
        if not icd.is_chapter_or_block(code):
            yield code, icd.is_leaf(code), icd.get_description(code)
        elif code in blocks:
            # a block of one category has the category's own name (B20 "HIV disease", C50, F99, Z68): the code set
            # lists the name twice, the block first, then the category, which is a code like any other
            yield code, icd.is_leaf(code), icd.get_description(code)
        else:
            blocks.add(code)


def icd_index_path() -> Path:
    from platformdirs import user_cache_dir

    # (named by its format, so that an older checkout's index and this one's do not rebuild each other in turn)
    return Path(user_cache_dir("appeal-kit")) / f"icd10cm-index-{ICD_INDEX_FORMAT}.sqlite3"


class IcdIndex:
    """Read-only lookups in the cached ICD-10-CM index."""

    def __init__(self, connection):
        self._db = connection

    def lookup(self, code: str) -> tuple[bool, bool]:
        """(valid, billable) for a normalized code."""
        row = self._db.execute("SELECT billable FROM icd WHERE code = ?", (code,)).fetchone()
        return (False, False) if row is None else (True, bool(row[0]))

    def billable_descendants(self, code: str) -> tuple[str, ...]:
        # Every descendant's code starts with its ancestor's (dotted codes: F33 -> F33.2, G90.51 -> G90.511).
        rows = self._db.execute("SELECT code FROM icd WHERE code > ? AND code < ? AND billable ORDER BY pos",
                                (code, code + "~"))
        return tuple(r[0] for r in rows)

    def description(self, code: str) -> str | None:
        row = self._db.execute("SELECT description FROM icd WHERE code = ?", (code,)).fetchone()
        return row[0] if row else None


_INDEX: IcdIndex | None = None


def icd_index(path: Path | None = None) -> IcdIndex:
    """The ICD-10-CM index, built from simple-icd-10-cm on first use and whenever its version changes.

    Raises ImportError when simple-icd-10-cm is not installed. An unwritable cache folder only costs speed:
    the index is then built in memory for this run.
    """
    global _INDEX
    if path is None and _INDEX is not None:
        return _INDEX
    stamp = f"{ICD_LIBRARY} {_library_version()}, format {ICD_INDEX_FORMAT}"
    index = IcdIndex(_open_index(path or icd_index_path(), stamp))
    if path is None:
        _INDEX = index
    return index


def _open_index(path: Path, stamp: str):
    import sqlite3

    def open_read_only():
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)

    db = None
    try:
        db = open_read_only()
        if db.execute("SELECT value FROM meta WHERE key = 'source'").fetchone() == (stamp,):
            return db
    except sqlite3.Error:
        pass  # missing, damaged or not an index: build it
    if db is not None:
        db.close()
    try:
        _write_index(path, stamp)
        return open_read_only()
    except (OSError, sqlite3.Error):
        db = sqlite3.connect(":memory:")
        _fill_index(db, stamp)
        return db


def _write_index(path: Path, stamp: str) -> None:
    """Build into a private temporary file, then rename: a reader never sees half an index, and two builds
    running at once both end with a whole one."""
    import os
    import sqlite3
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        try:
            _fill_index(db, stamp)
        finally:
            db.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _fill_index(db, stamp: str) -> None:
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    db.execute("CREATE TABLE icd (code TEXT PRIMARY KEY, pos INTEGER, billable INTEGER, description TEXT) "
               "WITHOUT ROWID")
    db.executemany("INSERT INTO icd VALUES (?, ?, ?, ?)",
                   ((code, pos, int(billable), desc) for pos, (code, billable, desc) in enumerate(_library_rows())))
    db.execute("INSERT INTO meta VALUES ('source', ?)", (stamp,))
    db.commit()


@dataclass(frozen=True)
class IcdInfo:
    code: str  # normalized, with dot
    valid: bool
    billable: bool
    billable_children: tuple[str, ...] = ()


def icd_info(code: str) -> IcdInfo:
    c = normalize_icd(code)
    if not ICD10_RE.match(c):
        return IcdInfo(c, False, False)
    index = icd_index()
    valid, billable = index.lookup(c)
    children = index.billable_descendants(c) if valid and not billable else ()
    return IcdInfo(c, valid, billable, children)


def describe_code(code: str, lang: str = "en", kind: str | None = None) -> str | None:
    """A short description of an ICD-10-CM, CPT/HCPCS or CARC ("CO-50") code in `lang` ("en", "es"), or None if we
    have none. In English a diagnosis is the code set's own description; in another language our own words from
    care_codes.yaml `diagnoses`, or those of the nearest listed code above it, said as its group. `kind`
    ("procedure", "diagnosis", "carc"): the field the code comes from, so it is read in that code set only; a HCPCS
    code is never described as the diagnosis its letters happen to spell (H0015, an intensive outpatient program,
    read as H00.15, an eyelid's chalazion: letters set 98, case 01; E1161 as E11.61: deadline set 01, case 15)."""
    s = str(code).strip().upper()
    carc = re.fullmatch(r"(CO|PR|OA|PI|CR)[\s-]?(\d{1,3}|[A-Z]\d{1,2})|(\d{1,3})", s)
    if carc and kind in (None, "carc"):
        number = (carc.group(2) or carc.group(3)).lstrip("0") or "0"
        if lang == "es":
            return CARC_SPANISH.get(number)
        info = CARC_INFO.get(number)
        return info[0] if info else None
    if kind == "carc":
        return None
    base, _modifiers = split_procedure(s)
    if base in PROCEDURE_DESCRIPTIONS and kind != "diagnosis":
        return _descriptions("codes", lang).get(base) or PROCEDURE_DESCRIPTIONS[base]
    icd = normalize_icd(s)
    if ICD10_RE.match(icd) and kind != "procedure":
        return _diagnosis_words(icd, lang) if lang != "en" else _icd_description(icd)
    return None


def _icd_description(icd: str) -> str | None:
    try:
        return icd_index().description(icd)
    except ImportError:
        return None


def _diagnosis_words(icd: str, lang: str) -> str | None:
    from appeal_kit.i18n import _

    words = _descriptions("diagnoses", lang)
    if icd in words:
        return words[icd]
    group = next((icd[:n].rstrip(".") for n in range(len(icd) - 1, 2, -1) if icd[:n].rstrip(".") in words), None)
    return _("{words} (group {code})").format(words=words[group], code=group) if group else None


def carc_category(carc: str) -> str | None:
    """'CO-50' -> 'medical_necessity'; None for cost-sharing codes and codes we do not know."""
    m = re.fullmatch(r"(?:[A-Z]{2}-)?(\w+)", str(carc).strip().upper())
    if not m:
        return None
    info = CARC_INFO.get(m.group(1).lstrip("0") or "0")
    return (info[1] or None) if info else None


def as_list(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    return [p.strip() for p in re.split(r"[,;]", str(value)) if p.strip()]


def parse_dates(values: Iterable[Any]) -> list[date]:
    out = []
    for v in values:
        if isinstance(v, date):
            out.append(v)
            continue
        try:
            out.append(date.fromisoformat(str(v).strip()[:10]))
        except ValueError:
            try:
                from appeal_kit.case.folder import parse_date

                out.append(date.fromisoformat(parse_date(v, what="claim.service_dates")))
            except Exception:  # noqa: BLE001 - unreadable dates are case.py's business, not ours
                pass
    return out


# ---------------------------------------------------------------------------------------------- OCR look-alikes

# Characters OCR reads in place of digits inside a code ("J0O13", "9636S").
_DIGIT_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "Q": "0", "S": "5", "s": "5", "I": "1", "l": "1"})
# A leading digit that stands for the letter of a drug code: J (drugs given by a clinician), S (temporary).
_LETTER_LOOKALIKES = {"3": "J", "5": "S"}
# A leading digit read for a letter it looks like, corrected when that gives one of the codes this care is billed
# with (care_codes.yaml) and the code as read is none of them: 62082 for G2082 (3 and 5 for J and S need a drug
# named nearby, above: a five-digit CPT code in 30000-59999 is common)
_CARE_CODE_LETTERS = {"6": "G", "8": "B", "0": "Q"}
_DRUG_CONTEXT = re.compile(r"ketamin[ea]|esketamin[ea]|spravato|\bdrugs?\b|medication|injection|nasal spray|\bmg\b|"
                           r"\bNDC\b|J-?code|\bf[aá]rmacos?\b|medicamentos?|inyecci[oó]n|aerosol nasal",
                           re.IGNORECASE)
_OCR_CODE_TOKEN = re.compile(r"(?<![\w$.,/-])[A-Za-z0-9][A-Za-z0-9]{4,5}(?![\w/]|[.,]\d)")  # "jo013" too
_CODE_CONTEXT = re.compile(r"\b(?:HCPCS|CPT|codes?|c[oó]digos?|procedures?|procedimientos?|billed|facturad[oa])\b",
                           re.IGNORECASE)
# a dollar sign OCR read for the S of a temporary drug code beside a drug ("$0013 esketamine 84 mg"): an amount
# never opens with a zero and has cents, so "$0013" is no amount
_DOLLAR_FOR_S = re.compile(r"(?<![\w$.,/-])\$(?=0\d{3}(?![\w/]|[.,]\d))")
# the same dollar sign before any four digits, right after a code label or in a list of codes ("HCPCS $9480",
# "codes G2082 and $0013"): an amount is not written in a list of codes, and S9480 is no amount
_DOLLAR_AFTER_CODE = re.compile(r"(?:\b(?:HCPCS|CPT|codes?|c[oó]digos?)[:#]?[ \t]+(?:[A-Z]\d{4}[ \t]+(?:and|y)[ \t]+)?)"
                                r"\$(?=\d{4}(?![\w/]|[.,]\d))", re.IGNORECASE)
# a curly bracket OCR read for the J of a drug code beside a drug or after a code label ("codes 96365 and {3490"
# for J3490)
_BRACE_FOR_J = re.compile(r"(?<![\w$.,/{-])\{(?=\d{4}(?![\w/]|[.,]\d))")
# one round glyph read twice, as the letter and the digit ("JO0013" for J0013: a page read turned, at an angle)
_DOUBLED_ROUND = re.compile(r"[Oo]0|0[Oo]")
# an ICD-10-CM code as OCR garbles it: an O in a digit place ("F3O.2") or a space after the dot ("F33. 2")
_OCR_ICD = re.compile(r"(?<![\w.])([A-TV-Z])([0-9O]{2})\.[ \t]?(\d[0-9A-Z]{0,3})(?=[).,;:]|[ \t]*$)", re.MULTILINE)


# an F (the chapter of mental and behavioural disorders) whose bars OCR lost, read as a slash or a bar, opening a
# diagnosis code in brackets after the condition's name ("major depression, recurrent, severe (/33.3)")
_SLASH_FOR_F = re.compile(r"(?<=\()[/|](?=\d{2}\.\d{1,4}\))")
_MENTAL_CONDITION = re.compile(r"depress|disorder|anxiety|bipolar|schizo|psychotic|PTSD|stress|panic|diagnos|"
                               r"trastorno|depresi[oó]n|ansiedad|esquizo|psic[oó]tic|estr[eé]s|p[aá]nico",
                               re.IGNORECASE)


_BAR_BEFORE_CODE = re.compile(r"^[1l]\d{5}$")
# a code's label right before a number in running text: "(código 59480", "code 59480", "HCPCS: 59480"
_CODE_LABEL_BEFORE = re.compile(r"\b(?:HCPCS|CPT|codes?|c[oó]digos?)[ \t]*[:#]?[ \t]*$", re.IGNORECASE)


def correct_ocr_code(token: str, context: str, *, labelled: bool = False) -> str | None:
    """The procedure code an OCR misreading of `token` stands for, or None to leave it alone.

    Three cases are corrected: a token that is no valid code as read but is one once look-alike characters
    are put back (O->0, S->5, I/l->1 in the digit places); a five-digit number whose first digit looks like the
    letter of one of the codes this care is billed with (care_codes.yaml: 62082 for G2082) when the number is
    none of them; and a five-digit number starting 3 or 5 when the `context` names a drug (J0013 read as 30013:
    J and S codes are drug codes). A six-character token is one
    round glyph read twice ("JO0013"): a letter code once that O/0 pair is one 0."""
    if len(token) == 6:
        pair = _DOUBLED_ROUND.search(token, 1)
        if not token[0].isalpha() or not pair or not (_DRUG_CONTEXT.search(context) or _CODE_CONTEXT.search(context)):
            return None  # an identifier ("MO0123") is left as printed
        token = token[:pair.start()] + "0" + token[pair.end():]
        return correct_ocr_code(token, context) or (token.upper() if HCPCS_RE.match(token.upper()) else None)
    if len(token) != 5 or sum(c.isdigit() for c in token) < 2:
        return None  # words like "SOLID" are not codes misread
    head, tail = token[0], token[1:].translate(_DIGIT_LOOKALIKES)
    if not tail.isdigit():
        return None
    known = PROCEDURE_DESCRIPTIONS  # the codes this care is billed with (care_codes.yaml)
    if head.isdigit() and token not in known and _CARE_CODE_LETTERS.get(head, "") + tail in known:
        return _CARE_CODE_LETTERS[head] + tail  # "62082" is no code this care is billed with; G2082 is
    # the same for J and S right after a code's label ("programa intensivo ... (código 59480" for S9480): a CPT code
    # of 30000-59999 is common, but one that is no code of this care where the J or S code is, named a code by the
    # words just before it, is that code read with its letter as a digit (a table's "Code" column is not enough)
    if labelled and head in _LETTER_LOOKALIKES and token not in known and _LETTER_LOOKALIKES[head] + tail in known:
        return _LETTER_LOOKALIKES[head] + tail
    drug = bool(_DRUG_CONTEXT.search(context))
    if head.isdigit() and drug and head in _LETTER_LOOKALIKES:
        fixed = _LETTER_LOOKALIKES[head] + tail
    else:
        fixed = head.upper() + tail
    if fixed == token or not (HCPCS_RE.match(fixed) or CPT_RE.match(fixed)):
        return None
    if procedure_kind(token) and not (drug and fixed[0].isalpha()):
        return None  # valid as read, and nothing says it is a drug code
    return fixed


# the adjustment group CO with its O read as a zero ("C0204", "C0-50" in a reason column): no HCPCS code starts
# with C0 (the C codes are C1000-C9999), so it is the group code
_CARC_GROUP_ZERO = re.compile(r"(?<![\w-])C0-?(\d{1,3})(?![\w.])")


def correct_ocr_codes(text: str) -> str:
    """`text` (from OCR only) with misread procedure codes put right (see correct_ocr_code), and diagnosis codes
    with an O in a digit place or a space after the dot ("F3O.2", "F33. 2") written as printed."""
    # the drug codes the notice prints as they are: the same code in another row, its letter read as a digit
    # ("33490" two rows above "J3490"), is that code
    printed = {t.upper() for t in _OCR_CODE_TOKEN.findall(text) if t[0].upper() in "JS" and HCPCS_RE.match(t.upper())}

    def fix(m: re.Match) -> str:
        token = m.group(0)
        if _BAR_BEFORE_CODE.match(token) and re.search(r"(?:^|[ \t]{2})$", text[max(0, m.start() - 2):m.start()]):
            # a table's border read as a 1 before the cell's code ("196365", "133490" for |J3490): a code this
            # care is billed with once the bar is gone
            rest = token[1:]
            for code in (rest, _LETTER_LOOKALIKES.get(rest[0], "") + rest[1:]):
                if code in PROCEDURE_DESCRIPTIONS:
                    return code
        if token[0] in _LETTER_LOOKALIKES and _LETTER_LOOKALIKES[token[0]] + token[1:] in printed:
            return _LETTER_LOOKALIKES[token[0]] + token[1:]
        context = text[max(0, m.start() - 80):m.end() + 80]
        labelled = bool(_CODE_LABEL_BEFORE.search(text[max(0, m.start() - 20):m.start()]))
        return correct_ocr_code(token, context, labelled=labelled) or token

    text = _SLASH_FOR_F.sub(lambda m: "F" if _MENTAL_CONDITION.search(text[max(0, m.start() - 120):m.start()])
                            else m.group(0), text)
    text = _OCR_ICD.sub(lambda m: f"{m.group(1)}{m.group(2).replace('O', '0')}.{m.group(3)}", text)
    text = _CARC_GROUP_ZERO.sub(lambda m: f"CO-{m.group(1)}", text)
    text = _DOLLAR_FOR_S.sub(lambda m: "S" if _DRUG_CONTEXT.search(text[max(0, m.start() - 80):m.end() + 80])
                             else m.group(0), text)
    text = _DOLLAR_AFTER_CODE.sub(lambda m: m.group(0)[:-1] + "S", text)
    text = _BRACE_FOR_J.sub(lambda m: "J" if (_DRUG_CONTEXT.search(text[max(0, m.start() - 80):m.end() + 80])
                                             or _CODE_CONTEXT.search(text[max(0, m.start() - 40):m.start()]))
                            and HCPCS_RE.match("J" + text[m.end():m.end() + 4]) else m.group(0), text)
    return _OCR_CODE_TOKEN.sub(fix, text)


def describe_case_codes(case_data: dict, lang: str = "en") -> list[tuple[str, str, str | None]]:
    """(field, code, description in `lang`) for every code on the case, for display by `check`."""
    claim = case_data.get("claim") or {}
    out = []
    for fld, kind in (("diagnosis_codes", "diagnosis"), ("procedure_codes", "procedure"), ("carc_codes", "carc")):
        for c in as_list(claim.get(fld)):
            out.append((f"claim.{fld}", c, describe_code(c, lang, kind)))
    return out
