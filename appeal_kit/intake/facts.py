"""Denial intake: read a denial letter or EOB and pull out the facts an appeal needs, with provenance.

The work is split three ways: labels.yaml / labels.py (the label vocabulary, as data), extract.py (one finder per
fact) and merge.py (the summary and case.yaml). This module runs the finders over a notice and checks the result.

Public API:
- `extract_facts(text) -> dict`: the facts (see FACT_KEYS) plus "evidence".
- `intake_file(path, *, today=None) -> IntakeResult`: text extraction + facts + warnings.
- `merge_into_case` and `summary_lines`: see merge.py.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from appeal_kit.intake import deadlines
from appeal_kit.intake.extract import (
    _ICD_DOTTED, Doc, LabelSet, _clean_id, _values_after, find_appeals_address, find_appeals_fax,
    find_carc_codes, find_claim_number, find_denial_category, find_diagnosis_codes, find_insurer, find_member_id,
    find_notice_date, find_patient_name, find_plan_type, find_procedure_codes, find_service_dates, find_urgent)
from appeal_kit.intake.labels import claim_label_sets, label_set
from appeal_kit.intake.merge import CASE_PATHS, MergeResult, merge_into_case, summary_lines  # noqa: F401

FACT_KEYS = ("patient_name", "member_id", "claim_number", "insurer", "notice_date", "service_dates",
             "procedure_codes", "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent",
             "appeal_deadline", "deadline_basis", "appeals_address", "appeals_fax", "evidence")
LIST_KEYS = ("service_dates", "procedure_codes", "diagnosis_codes", "carc_codes")

# ---------------------------------------------------------------------------------------------- the whole notice

def extract_facts(text: str) -> dict:
    """The facts of a denial notice from its text: FACT_KEYS, nulls and [] when not found."""
    doc = Doc.of(text or "")
    facts: dict[str, Any] = {k: ([] if k in LIST_KEYS else None) for k in FACT_KEYS}
    facts["urgent"] = False
    ev: dict[str, str] = {}
    id_spans: list[tuple[int, int]] = []

    for key, finder in (("member_id", find_member_id), ("claim_number", find_claim_number),
                        ("patient_name", find_patient_name), ("insurer", find_insurer)):
        hit = finder(doc)
        if hit:
            facts[key], ev[key] = hit[0], hit[1]
            if key in ("member_id", "claim_number"):
                id_spans.append(hit[2])
    # every labelled identifier, not just the chosen one, is off limits for code detection
    for labels in (label_set("member_id"), *claim_label_sets(),
                   LabelSet(("group #", "group id", "account #", "policy #", "npi", "tax id", "provider #",
                             "provider id"))):
        for m in labels.regex().finditer(doc.text):
            li = doc.line_at(m.start())
            for value, pos in _values_after(doc, m, li):
                cleaned = _clean_id(value)
                if cleaned and not _ICD_DOTTED.fullmatch(cleaned):
                    id_spans.append((pos, pos + len(cleaned)))
                    break
    nd = find_notice_date(doc)
    if nd:
        facts["notice_date"], ev["notice_date"] = nd[0].isoformat(), nd[1]
    sd = find_service_dates(doc)
    if sd:
        facts["service_dates"] = sorted(d.isoformat() for d in sd)
        ev["service_dates"] = " | ".join(dict.fromkeys(sd.values()))[:400]
    for key, finder in (("procedure_codes", find_procedure_codes), ("diagnosis_codes", find_diagnosis_codes),
                        ("carc_codes", find_carc_codes)):
        found = finder(doc, id_spans)
        if found:
            facts[key] = list(found)
            ev[key] = " | ".join(dict.fromkeys(found.values()))[:400]
    cat = find_denial_category(doc, facts["carc_codes"])
    if cat:
        facts["denial_category"], ev["denial_category"] = cat
    pt = find_plan_type(doc)
    facts["plan_type"] = pt[0] if pt else "unknown"
    if pt:
        ev["plan_type"] = pt[1]
    for key, finder in (("appeals_address", find_appeals_address), ("appeals_fax", find_appeals_fax)):
        hit = finder(doc)
        if hit:
            facts[key], ev[key] = hit[0], hit[1]
    ur = find_urgent(doc)
    if ur:
        facts["urgent"], ev["urgent"] = True, ur[1]
    notice_date = date.fromisoformat(facts["notice_date"]) if facts["notice_date"] else None
    stated = deadlines.find_stated_deadline(doc.text, notice_date)
    dl = deadlines.appeal_deadline(facts["plan_type"], notice_date, stated=stated, urgent=facts["urgent"])
    facts["appeal_deadline"] = dl.date.isoformat() if dl.date else None
    facts["deadline_basis"] = dl.basis
    if stated:
        ev["appeal_deadline"] = stated.sentence[:300]
    facts["evidence"] = ev
    return facts


def found_anything(facts: dict) -> bool:
    return any(facts.get(k) for k in ("patient_name", "member_id", "claim_number", "insurer", "notice_date",
                                      "service_dates", "procedure_codes", "diagnosis_codes", "carc_codes",
                                      "denial_category"))


@dataclass
class IntakeResult:
    facts: dict
    method: str
    warnings: list[str] = field(default_factory=list)


def intake_file(path: Path, *, today: date | None = None) -> IntakeResult:
    """Read the notice at `path` (PDF, scan, photo, DOCX, TXT) and extract its facts."""
    from appeal_kit.intake.textract import extract_text

    extracted = extract_text(Path(path))
    facts = extract_facts(extracted.text)
    warnings = list(extracted.warnings)
    if not extracted.text.strip():
        warnings.append(f"{path}: no text could be read from the notice. If it is a photo, take it again in good "
                        "light, flat and straight; fill in case.yaml by hand.")
    elif not found_anything(facts):
        warnings.append(f"{path}: nothing recognizable as a denial notice was found (no names, IDs, dates or "
                        "codes). Check that this is the right file; fill in case.yaml by hand.")
    return IntakeResult(facts, extracted.method, warnings)

