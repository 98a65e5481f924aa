"""The planned care of a case and the codes it will be billed with, and the questions to ask the insurer about it.

The codes of each kind of care (IV ketamine, Spravato, TMS) and their descriptions are data:
letter_templates/care_codes.yaml, with the source of each code; the questions are letter_templates/
coverage_questions.yaml. This module only picks from them for one case: its kind of care (case.yaml
`planned_care.kind`, else the words of `treatment.name`), the clinic's own codes when it gave them
(`planned_care.codes`), the infusion's length (how many 96366 hours), the NDC, the plan type (Medicare's
esketamine visit codes) and the planned start (J0013 or the retired S0013).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from appeal_kit.bundled import bundled_dir, read_yaml_mapping
from appeal_kit.case.folder import get_path, is_blank, parse_date
from appeal_kit.errors import CaseError
from appeal_kit.i18n import _, ngettext
from appeal_kit.intake.codes import EFFECTIVE_FROM, MEDICARE_PLAN_TYPES, RETIRED_CODES, procedure_kind, split_procedure

CODES_FILE = "care_codes.yaml"
QUESTIONS_FILE = "coverage_questions.yaml"
LANGUAGES = ("en", "es")
# An NDC as printed on the package: 10 digits in 4-4-2, 5-3-2 or 5-4-1 groups, or the 11-digit 5-4-2 billing form.
NDC_RE = re.compile(r"^(\d{4}-\d{4}-\d{2}|\d{5}-\d{3}-\d{2}|\d{5}-\d{4}-\d{1,2}|\d{11})$")
# The observation of a Spravato session under Medicare: G2082 up to 56 mg, G2083 above (care_codes.yaml, pfs-2020)
MEDICARE_DOSE_SPLIT_MG = 56


@dataclass(frozen=True)
class PlannedLine:
    role: str  # consultation, infusion, drug, ... (care_codes.yaml); "clinic" for the clinic's own codes
    what: str  # what the line is for, in the person's language
    codes: tuple[str, ...]  # the code, or the usual choices, the likeliest first
    note: str = ""  # units, the NDC, when it applies


@dataclass(frozen=True)
class Question:
    id: str
    text: str  # in the person's language
    per_code: bool = False


def _table() -> dict:
    return read_yaml_mapping(bundled_dir() / CODES_FILE, "a mapping with `codes` and `kinds`")


def kinds() -> dict[str, dict]:
    return _table()["kinds"]


def describe(code: str, lang: str = "en") -> str:
    """Our short description of `code` in `lang`, or "" when the table has none."""
    entry = _table()["codes"].get(split_procedure(code)[0]) or {}
    return str(entry.get(lang) or entry.get("en") or "")


def words(lang: str) -> dict[str, str]:
    """The script's own headings and phrases in `lang` (coverage_questions.yaml `words`)."""
    table = read_yaml_mapping(bundled_dir() / QUESTIONS_FILE, "a mapping with `questions` and `words`")["words"]
    return {key: str(entry.get(lang) or entry["en"]) for key, entry in table.items()}


def care_kind(data: dict) -> str:
    """ketamine_iv | spravato | tms: `planned_care.kind`, else the first kind whose words `treatment.name` has
    (esketamine before ketamine). CaseError naming the field when neither tells."""
    known = kinds()
    given = get_path(data, "planned_care.kind")
    if not is_blank(given):
        kind = str(given).strip().lower()
        if kind not in known:
            raise CaseError(_("planned_care.kind: {given!r} is not a kind appeal-kit knows; write one of "
                              "{known}").format(given=given, known=", ".join(known)))
        return kind
    name = str(get_path(data, "treatment.name") or "").lower()
    # The longer words first, so "esketamine" is Spravato and not ketamine.
    pairs = [(k, w) for k, v in known.items() for w in v.get("words", ())]
    for kind, word in sorted(pairs, key=lambda kw: -len(kw[1])):
        if re.search(rf"\b{re.escape(word)}\b", name):
            return kind
    raise CaseError((_("planned_care.kind: say which care is planned, one of {known} (treatment.name is empty); for "
                       "example `planned_care: {{kind: ketamine_iv, sessions: 6}}`") if not name else
                     _("planned_care.kind: say which care is planned, one of {known} (treatment.name {name!r} does "
                       "not tell); for example `planned_care: {{kind: ketamine_iv, sessions: 6}}`")).format(
        known=", ".join(known), name=name))


def extra_infusion_hours(minutes: int) -> int:
    """How many 96366 hours an infusion of `minutes` carries: one for each full hour past the first, and one for a
    last part of more than 30 minutes (care_codes.yaml, the cpt time rule)."""
    beyond = minutes - 60
    if beyond <= 30:
        return 0
    return beyond // 60 + (1 if beyond % 60 > 30 else 0)


def _number(data: dict, path: str) -> int | None:
    value = get_path(data, path)
    if is_blank(value):
        return None
    match = re.fullmatch(r"\s*(\d+)\s*(?:min(?:utes?)?|sessions?|mg)?\s*", str(value), re.I)
    if not match or isinstance(value, bool):
        raise CaseError(_("{field}: {value!r} should be a whole number").format(field=path, value=value))
    return int(match.group(1))


def _dose_mg(data: dict) -> int | None:
    match = re.search(r"(\d+)\s*mg\b", str(get_path(data, "planned_care.dose") or ""), re.I)
    return int(match.group(1)) if match else None


def planned_start(data: dict) -> date | None:
    value = get_path(data, "planned_care.start")
    return None if is_blank(value) else date.fromisoformat(parse_date(value, what="planned_care.start"))


def ndc(data: dict) -> str | None:
    """The drug's NDC from `planned_care.ndc`, checked for shape; None when the case has none."""
    value = get_path(data, "planned_care.ndc")
    if is_blank(value):
        return None
    text = str(value).strip()
    if not NDC_RE.match(text):
        raise CaseError(_("planned_care.ndc: {text!r} is not an NDC; copy it from the vial or the clinic's quote, "
                          "with its dashes (for example 12345-678-90)").format(text=text))
    return text


def planned_lines(data: dict, lang: str = "en", *, today: date | None = None) -> list[PlannedLine]:
    """The lines the planned care will be billed with, for the call script."""
    w = words(lang)
    kind = care_kind(data)
    own = get_path(data, "planned_care.codes")
    if not is_blank(own):
        codes = own if isinstance(own, list) else re.split(r"[,;\s]+", str(own).strip())
        bad = [str(c) for c in codes if not procedure_kind(str(c))]
        if bad:
            raise CaseError(ngettext("planned_care.codes: {codes} is not a CPT or HCPCS code",
                                     "planned_care.codes: {codes} are not CPT or HCPCS codes", len(bad)).format(
                codes=", ".join(bad)))
        return [PlannedLine("clinic", describe(str(c), lang) or w["clinic_code"], (str(c).upper(),),
                            _drug_note(str(c), data, w)) for c in codes]
    medicare = str(get_path(data, "claim.plan_type") or "") in MEDICARE_PLAN_TYPES
    minutes = _number(data, "planned_care.infusion_minutes")
    sessions = _number(data, "planned_care.sessions")
    start = planned_start(data) or today or date.today()
    lines = []
    for spec in kinds()[kind]["lines"]:
        codes = [str(c) for c in (spec["medicare"] if medicare and "medicare" in spec else spec["codes"])]
        if not codes:
            continue  # not billed under this plan type (Medicare's esketamine visit includes it)
        note = ""
        if spec["role"] == "infusion_extra_hour" and minutes is not None:
            hours = extra_infusion_hours(minutes)
            if not hours:
                continue  # a planned infusion of 90 minutes or less has no further hour
            note = w["units_per_session"].format(n=hours, minutes=minutes)
        if codes == ["J0013"] and start < date.fromisoformat(EFFECTIVE_FROM["J0013"]):
            codes = [c for c, (_retired, replacement) in RETIRED_CODES.items() if replacement == "J0013"]
        if medicare and spec.get("medicare") and len(codes) == 2:
            dose = _dose_mg(data)
            if dose is not None:
                codes = [codes[0] if dose <= MEDICARE_DOSE_SPLIT_MG else codes[-1]]
        if spec["role"] == "drug":
            if medicare and kind == "spravato":
                continue  # Medicare's G2082/G2083 include the esketamine itself
            note = _drug_note(codes[0], data, w)
        if sessions and spec["role"] in ("infusion", "visit", "session"):
            note = "; ".join(filter(None, [note, w["sessions"].format(n=sessions)]))
        lines.append(PlannedLine(spec["role"], str(spec.get(lang) or spec["en"]), tuple(codes), note))
    return lines


def _drug_note(code: str, data: dict, w: dict[str, str]) -> str:
    if split_procedure(code)[0] not in ("J3490", "J0013", "S0013"):
        return ""
    found = ndc(data)
    dose = get_path(data, "planned_care.dose")
    parts = [w["ndc"].format(ndc=found) if found else w["ndc_missing"]]
    if not is_blank(dose):
        parts.append(w["dose"].format(dose=dose))
    return "; ".join(parts)


def questions(kind: str, lang: str = "en") -> list[Question]:
    """The questions for this kind of care, in the file's order."""
    table = read_yaml_mapping(bundled_dir() / QUESTIONS_FILE, "a mapping with `questions` and `words`")
    out = []
    for q in table["questions"]:
        if q.get("kinds") and kind not in q["kinds"]:
            continue
        out.append(Question(str(q["id"]), " ".join(str(q.get(lang) or q["en"]).split()), bool(q.get("codes"))))
    return out


def question_labels() -> dict[str, str]:
    """question id -> its short English name, as the call log exhibit (sent to the plan) prints it."""
    table = read_yaml_mapping(bundled_dir() / QUESTIONS_FILE, "a mapping with `questions` and `words`")
    return {str(q["id"]): str(q.get("short") or q["id"]) for q in table["questions"]}


def question_ids() -> list[str]:
    """Every question id, whatever the kind of care (what an answer in call_log may be filed under)."""
    table = read_yaml_mapping(bundled_dir() / QUESTIONS_FILE, "a mapping with `questions` and `words`")
    return [str(q["id"]) for q in table["questions"]]


def text(value: Any) -> str:
    return "" if is_blank(value) else " ".join(str(value).split())
