"""Denial intake: read a denial letter or EOB and pull out the facts an appeal needs, with provenance.

The work is split three ways: labels.yaml / labels.py (the label vocabulary, as data), extract.py (one finder per
fact) and merge.py (the summary and case.yaml). This module runs the finders over a notice and checks the result.

Public API:
- `extract_facts(text) -> dict`: the facts (see FACT_KEYS) plus "evidence".
- `intake_file(path, *, today=None) -> IntakeResult`: text extraction + facts + warnings.
- `merge_into_case` and `summary_lines`: see merge.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from appeal_kit.i18n import N_, Reason, _, said
from appeal_kit.intake import deadlines, plausible
from appeal_kit.intake.address import find_appeals_address
from appeal_kit.intake.claims import other_claims, statement_claims, unpaid_and_paid_lines
from appeal_kit.intake.extract import (
    _ICD_DOTTED,
    Doc,
    LabelSet,
    _clean_id,
    _values_after,
    as_printed,
    denial_section,
    find_administrator_and_plan,
    find_appeals_fax,
    find_birth_dates,
    find_carc_codes,
    find_claim_number,
    find_denial_category,
    find_diagnosis_codes,
    find_funding,
    find_insurer,
    find_integrated,
    find_member_id,
    find_patient_name,
    find_plan_type,
    find_procedure_codes,
    find_service_dates,
    find_urgent,
    notice_date_candidates,
    patient_in_heading,
    patient_of_block,
    patient_of_row,
    squeeze,
)
from appeal_kit.intake.labels import claim_label_sets, label_set
from appeal_kit.intake.merge import CASE_PATHS, MergeResult, merge_into_case, summary_lines  # noqa: F401
from appeal_kit.rules import INTEGRATED, route

FACT_KEYS = ("patient_name", "member_id", "claim_number", "insurer", "notice_date", "service_dates",
             "procedure_codes", "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent",
             "appeal_deadline", "deadline_basis", "appeals_address", "appeals_fax", "evidence")
LIST_KEYS = ("service_dates", "procedure_codes", "diagnosis_codes", "carc_codes")

# ---------------------------------------------------------------------------------------------- the whole notice

def extract_facts(text: str, *, today: date | None = None) -> dict:
    """The facts of a denial notice from its text: FACT_KEYS, nulls and [] when not found. Besides "evidence"
    (the words each fact came from) it holds "confidence" (field -> "high" or "low"), "uncertain" (field -> why
    it should be checked) and "rejected" (dates set aside, with the reason). `today` (default: the real date)
    is when the notice is read: a notice date after it is set aside.

    When nothing in the notice says in which order its numeric dates are written and the order guessed leaves
    the notice's date empty (read that way it falls before the care it denies, or after today), the dates are read
    the other way, which is kept when it gives a notice date that can be right (still marked CHECK THIS)."""
    doc = Doc.of(text or "")
    facts = _facts_of(doc, today)
    if not doc.order.certain and not facts["notice_date"] and "notice_date" in facts["rejected"]:
        other = deadlines.DateOrder("MDY" if doc.order.order == "DMY" else "DMY",
                                    Reason(N_("read the other way, the notice's own date could not be right")),
                                    certain=False)
        again = _facts_of(replace(doc, order=other), today)
        if again["notice_date"] and "notice_date" not in again["rejected"]:
            return again
    return facts


def _facts_of(doc: Doc, today: date | None) -> dict:
    """extract_facts on a notice whose text and order of dates are read."""
    facts: dict[str, Any] = {k: ([] if k in LIST_KEYS else None) for k in FACT_KEYS}
    facts["urgent"] = False
    ev: dict[str, str] = {}
    uncertain: dict[str, str] = {}
    rejected: dict[str, dict] = {}
    id_spans: list[tuple[int, int]] = []

    for key, finder in (("member_id", find_member_id), ("claim_number", find_claim_number),
                        ("patient_name", find_patient_name), ("insurer", find_insurer)):
        hit = finder(doc)
        if hit:
            facts[key], ev[key] = hit[0], hit[1]
            if len(hit) > 3:
                uncertain[key] = hit[3]
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
    births = find_birth_dates(doc)
    if births:  # kept apart so that no other date field takes it (not written to case.yaml)
        first = min(births, key=lambda d: doc.text.find(births[d]))
        facts["date_of_birth"], ev["date_of_birth"] = first.isoformat(), births[first]
    sd = {d: snippet for d, snippet in find_service_dates(doc).items() if d not in births}  # DOB is not DOS
    sd = {d: snippet for d, snippet in sd.items() if not _set_aside_service_date(d, snippet, rejected, today)}
    if sd:
        facts["service_dates"] = sorted(d.isoformat() for d in sd)
        ev["service_dates"] = " | ".join(dict.fromkeys(sd.values()))[:400]
    _pick_notice_date(doc, facts, ev, uncertain, rejected, births=births, services=sd, today=today)
    if not doc.order.certain and (_numeric(doc, ev.get("notice_date")) or _numeric(doc, ev.get("service_dates"))):
        why = Reason(N_("the notice writes dates in digits that read two ways (day or month first) and nothing in it "
                        "says which; read as day first ({why})") if doc.order.order == "DMY" else
                     N_("the notice writes dates in digits that read two ways (day or month first) and nothing in it "
                        "says which; read as month first ({why})"), why=doc.order.reason)
        for key in ("notice_date", "service_dates"):
            if facts[key] and _numeric(doc, ev.get(key)):
                uncertain.setdefault(key, why)
    for key, find_codes in (("procedure_codes", find_procedure_codes), ("diagnosis_codes", find_diagnosis_codes),
                            ("carc_codes", find_carc_codes)):
        found = find_codes(doc, id_spans)
        if found:
            facts[key] = list(found)
            ev[key] = " | ".join(dict.fromkeys(found.values()))[:400]
    claims = statement_claims(doc.lines)
    unpaid, paid = unpaid_and_paid_lines(doc.lines)
    if any(c.denied for c in claims):
        _keep_denied_claims(doc, claims, facts, ev, uncertain, births)
        if paid:  # a denied claim's own lines paid beside its lines denied
            _leave_values_of(doc, paid, unpaid, facts)
    else:
        if claims and facts["claim_number"] and "claim_number" not in uncertain and \
                not any(_like_number(c.number, facts["claim_number"]) for c in claims):
            # a list of other claims beside the one the notice labels as its own ("Other claims in the last 90
            # days"), none denied and none of them that claim (nor a number OCR could have made of it): their
            # dates and codes are theirs (a code also printed on the notice's own lines stays: the paid TMS session
            # listed under "Other claims" beside the four denied, all 90868)
            rows = [i for c in claims for i in c.lines]
            _leave_values_of(doc, rows, [i for i in range(len(doc.lines)) if i not in rows], facts)
        elif not claims and facts["claim_number"] and "claim_number" not in uncertain:
            # the same for a table of one other claim ("Also processed this period (for your records)"), none denied
            others = other_claims(doc.lines)
            own = re.sub(r"[\s-]", "", facts["claim_number"]).upper()
            if others and not any(c.denied or _like_number(c.number, facts["claim_number"]) or
                                  any(own in re.sub(r"[\s-]", "", doc.lines[i]).upper() for i in c.lines)
                                  for c in others):
                rows = [i for c in others for i in c.lines]
                _leave_values_of(doc, rows, [i for i in range(len(doc.lines)) if i not in rows], facts)
        if paid:
            _leave_values_of(doc, paid, unpaid, facts)
    used, unused = _legend_carcs(doc, paid)
    if used:  # the legend's codes that a denied line carries are its reasons, and those no line carries are none
        facts["carc_codes"] = [c for c in facts["carc_codes"] if c not in unused] + \
            [c for c in used if c not in facts["carc_codes"]]
    if facts["claim_number"] and "claim_number" not in uncertain:
        rows = _rows_of_other_numbers(doc, facts["claim_number"])
        if rows:  # a list of requests or claims, each on a row led by its number, beside the notice's own
            _leave_values_of(doc, rows, [i for i in range(len(doc.lines)) if i not in rows], facts)
    if facts["claim_number"]:
        told = _paid_claims_told(doc, facts["claim_number"])
        if told:  # another claim a sentence says was paid: its date and codes are its own (the sentence's words, not
            # its whole lines: a paragraph of a Word file is one line, and the denial's own code may share it)
            off = doc.text
            for start, end in reversed(told):
                off = off[:start] + " " * (end - start) + off[end:]
            _leave_values_in(doc, "\n".join(doc.text[a:b] for a, b in told), off, facts)
    if facts["notice_date"] and facts["service_dates"] and \
            facts["notice_date"] < min(facts["service_dates"]) < min((d.isoformat() for d in sd), default="9999"):
        # the denied claim's rows of a statement gave dates of care no label named, and the notice date read before
        # them falls before the care ("Date 10/12/20:", a photo's cut year): picked again against them
        ev.pop("notice_date", None)
        uncertain.pop("notice_date", None)
        rejected.pop("notice_date", None)
        facts["notice_date"] = None
        services = {date.fromisoformat(d): ev.get("service_dates", "") for d in facts["service_dates"]}
        _pick_notice_date(doc, facts, ev, uncertain, rejected, births=births, services=services, today=today)
    cat = find_denial_category(doc, facts["carc_codes"])
    if cat:
        facts["denial_category"], ev["denial_category"] = cat
    pt = find_plan_type(doc)
    facts["plan_type"] = pt[0] if pt else "unknown"
    if pt:
        ev["plan_type"] = pt[1]
    funding = find_funding(doc)
    if funding:
        facts["funding"], ev["funding"] = funding
    if facts["plan_type"] in INTEGRATED:
        said = find_integrated(doc)
        if said:
            facts["integrated"], ev["integrated"] = True, said
    tpa = find_administrator_and_plan(doc, facts["insurer"])
    if tpa:
        facts["administrator"], facts["plan_name"] = tpa[0], tpa[1]
        ev["administrator"] = ev["plan_name"] = tpa[2]
    for key, finder in (("appeals_address", find_appeals_address), ("appeals_fax", find_appeals_fax)):
        hit = finder(doc)
        if hit:
            facts[key], ev[key] = hit[0], hit[1]
    ur = find_urgent(doc)
    if ur:
        facts["urgent"], ev["urgent"] = True, ur[1]
    notice_date = date.fromisoformat(facts["notice_date"]) if facts["notice_date"] else None
    # in a file of several letters, the deadline the denying one states
    section = denial_section(doc)
    stated = (deadlines.find_stated_deadline(doc.text[section[0]:section[1]], notice_date, order=doc.order.order)
              if section else None) or deadlines.find_stated_deadline(doc.text, notice_date, order=doc.order.order)
    # a decision on an appeal that leaves no internal appeal: the next level's window is the one open
    dl = deadlines.appeal_deadline(route({"claim": facts}), notice_date, stated=stated, urgent=facts["urgent"],
                                   next_level=deadlines.final_internal_decision(doc.text))
    if not stated and deadlines.external_review_decision(doc.text):
        # the external reviewer's own decision: no level is left to count a window for (docs/intake.md, contract 9)
        dl = deadlines.Deadline(None, "An external review decision: it binds the plan, and no appeal level is left "
                                "after it, so no deadline is counted (a lawsuit or a state remedy the decision names "
                                "has its own limit).", "none", route({"claim": facts}) or "unknown")
    facts["appeal_deadline"] = dl.date.isoformat() if dl.date else None
    facts["deadline_basis"] = dl.basis
    if stated:
        ev["appeal_deadline"] = stated.sentence[:300]
    if facts["appeal_deadline"] and "notice_date" in uncertain and not (stated and not (stated.days or stated.months)):
        uncertain["appeal_deadline"] = Reason(N_("counted from a notice date to check"))
    # the denied rows of a statement give dates no label named: the same test
    facts["service_dates"] = [d for d in facts["service_dates"]
                              if not _set_aside_service_date(date.fromisoformat(d), d, rejected, today)]
    if "service_dates" in rejected and facts["service_dates"]:
        uncertain["service_dates"] = Reason(N_("a date of service was set aside ({why}); check the others"),
                                            why=rejected["service_dates"]["reason"])
    facts["evidence"] = ev
    facts["confidence"] = {k: ("low" if k in uncertain else "high") for k in FACT_KEYS
                           if k != "evidence" and facts[k] not in (None, [], "", "unknown", False)}
    facts["uncertain"] = uncertain
    facts["rejected"] = rejected
    facts["language"] = doc.language
    return facts


def _keep_denied_claims(doc: Doc, claims: list, facts: dict, ev: dict, uncertain: dict, births: dict) -> None:
    """On a statement of several claims, the denial's facts come from the denied claims only: their claim
    number, and the dates and codes their rows carry (a value printed only on paid claims' rows goes, and a date of
    birth is no date of care: `births`); the paid claims are listed in "paid_claims" as context, and several denied
    claims in "denied_claims"."""
    def summary(claim) -> dict:
        # the claim's own number is no code, and a heading's "Received 10/22/2026" is no service date
        rows = "\n".join(claim.row(doc.lines[i]) for i in claim.lines).replace(claim.number, " ")
        # (and a date its heading's details say is the service's: "Black Hills ..., PC, service on 09/14/2026")
        details = "\n".join(doc.lines[i] for i in claim.details)
        served = {h.value.isoformat() for h in doc.dates(details)
                  if _SERVICE_ON.search(details[max(0, h.start - 30):h.start]) and h.value not in births}
        return {"claim_number": claim.number,
                "service_dates": sorted(served | {h.value.isoformat() for h in doc.dates(rows)
                                                  if not _NOT_SERVICE.search(rows[max(0, h.start - 20):h.start])
                                                  and h.value not in births}),
                "procedure_codes": [c for c in facts["procedure_codes"] if c in rows],
                "carc_codes": [c for c in facts["carc_codes"] if _carc_in(c, rows)]}

    denied = [c for c in claims if c.denied]
    paid = [c for c in claims if not c.denied]
    # a denied row's code in the cell after its date, before its diagnosis or amount ("09/03/2026  64635  M47.816
    # $1,840.00  paid $0.00  CO-4"): a code though no heading names the column
    for c in denied:
        for i in c.lines:
            row = _ROW_CODE.match(c.row(doc.lines[i]))
            if row and row.group(1) not in facts["procedure_codes"]:
                facts["procedure_codes"].append(row.group(1))
                ev.setdefault("procedure_codes", squeeze(doc.lines[i])[:200])
    on_denied = [summary(c) for c in denied]
    on_paid = [summary(c) for c in paid]
    first = denied[0]
    facts["claim_number"] = first.number
    ev["claim_number"] = f"{squeeze(doc.lines[first.lines[0]])[:200]} (denied: {first.why})"
    # a family statement: the denied row names whose care it was, maybe not the subscriber's
    # (in a statement of blocks, the block's own "Patient:" line, between the claim before it and its last row)
    before = max((i for c in claims if c is not first for i in c.lines if i < first.lines[0]), default=-1)
    whose = next(filter(None, (patient_of_row(doc, li) for li in sorted(first.lines, reverse=True))), None) or \
        (patient_of_block(doc, before + 1, max(first.lines)) if before >= 0 else None) or \
        patient_in_heading(doc, first.lines[0], first.number, facts["patient_name"])
    # (a row's "OKAFOR, CAMILA R", title-cased by guess, as the notice prints it elsewhere: "Camila R. Okafor")
    whose = (as_printed(doc, whose[0]), *whose[1:]) if whose else None
    if whose and whose[0] != facts["patient_name"]:
        facts["patient_name"], ev["patient_name"] = whose[0], whose[2]
    if whose and whose[1]:  # the patient's own number beside the denied claim, over a family's or subscriber's
        facts["member_id"], ev["member_id"] = whose[1], whose[2]
    if len(denied) > 1:
        uncertain["claim_number"] = Reason(N_("the statement denies {n} claims ({numbers}); this is the first"),
                                           n=len(denied), numbers=", ".join(c.number for c in denied))
        facts["denied_claims"] = on_denied
    facts["paid_claims"] = on_paid
    unnumbered = doc.text
    for c in claims:
        unnumbered = unnumbered.replace(c.number, " ")
    # a code read from inside a claim number ("CLAIM 2025 0610 44178") is no code
    facts["procedure_codes"] = [c for c in facts["procedure_codes"] if c in unnumbered]
    for key in ("service_dates", "procedure_codes", "carc_codes"):
        kept = {v for s in on_denied for v in s[key]}
        only_paid = {v for s in on_paid for v in s[key]} - kept
        facts[key] = [v for v in facts[key] if v not in only_paid]
        if key == "service_dates" and kept:
            facts[key] = sorted(kept)  # the dates of the denied rows, even where no label named them
    # a diagnosis is a paid claim's when only its rows, or only the words right after its number elsewhere ("Diagnosis
    # codes on these claims: MC-1 I10; MC-2 F41.1"), name it
    def named_with(claim) -> str:
        return " ".join([*(claim.row(doc.lines[i]) for i in claim.lines + claim.details),
                         *(m.group(1) for m in re.finditer(re.escape(claim.number) + r"\b[ \t:=-]*([^;\n]{0,40})",
                                                           doc.text))])

    on_paid_rows, on_denied_rows = " ".join(map(named_with, paid)), " ".join(map(named_with, denied))
    dx_paid = {c for c in facts["diagnosis_codes"] if c in on_paid_rows and c not in on_denied_rows}
    facts["diagnosis_codes"] = [c for c in facts["diagnosis_codes"] if c not in dx_paid]


# another claim told of in a sentence, and that it was paid: "Also on this statement (your family): ..., claim
# TP26-118-40301, 10/02/2026, 90791, F41.1: paid in full", "La reclamación 26-0091 ... fue pagada"
_CLAIM_TOLD = re.compile(r"\b(?:claim|reclamaci[oó]n|reclamo)(?:\s+(?:number|no\.|#|n[uú]mero))?\s+"
                         r"(?P<number>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{5,})\b", re.IGNORECASE)
_TOLD_PAID = re.compile(r"\b(?:(?:was|were|been|is|are)\s+(?:approved\s+and\s+)?paid|paid in full|"
                        r"(?:fue|fueron|est[aá]n?)\s+(?:aprobad[oa]s?\s+y\s+)?pagad[oa]s?|pagad[oa]s? (?:en su "
                        r"totalidad|por completo))\b", re.IGNORECASE)


_ROW_CODE = re.compile(r"^[ \t]*\d{1,2}/\d{1,2}/\d{2,4}[ \t]+(\d{5}|[A-CEGHJ-MP-V]\d{4})(?:-[A-Z0-9]{2})?[ \t]+"
                       r"(?:[A-TV-Z]\d[0-9A-Z]\.?[0-9A-Z]{0,4}[ \t]+)?\$?[ \t]?\d")


def _paid_claims_told(doc: Doc, own: str) -> list[tuple[int, int]]:
    """Where each sentence is that names a claim other than `own` and says it was paid, and no denial."""
    out: list[tuple[int, int]] = []
    for m in _CLAIM_TOLD.finditer(doc.text):
        if _like_number(m.group("number"), own):
            continue
        before = [b.end() for b in re.finditer(r"\.\s|\n\s*\n", doc.text[:m.start()])]
        start = before[-1] if before else 0
        after = re.compile(r"\.(?:\s|$)|\n\s*\n").search(doc.text, m.end())
        end = after.start() + 1 if after else len(doc.text)
        sentence = doc.text[start:end]
        if not _TOLD_PAID.search(sentence) or re.search(r"\bden(?:y|ied|ial)|negad|denegad|not (?:covered|paid)",
                                                       sentence, re.IGNORECASE):
            continue
        if (start, end) not in out:
            out.append((start, end))
    return out


def _shape(number: str) -> str:
    return re.sub(r"\d", "9", re.sub(r"[^\W\d_]", "A", number.upper()))


def _rows_of_other_numbers(doc: Doc, own: str) -> list[int]:
    """The rows of a list of claims or requests, each led by its own number, that are not the notice's (a portal's
    "Recent requests": "PA-2609-01177    Elliott ...    90837    Approved" above the letter about PA-2611-09374):
    rows with cells of their own, led by a number written the way the notice's own is (letters, digits and
    separators in the same places), in a list that also holds the notice's own row. Their dates and codes are
    theirs."""
    shape = _shape(own)
    if len(re.sub(r"\W", "", own)) < 6 or not re.search(r"\d", own):
        return []
    led: list[tuple[int, bool]] = []
    for li, line in enumerate(doc.lines):
        cells = re.split(r"[ \t]{2,}", line.strip())
        if len(cells) >= 3 and _shape(cells[0]) == shape:
            led.append((li, _like_number(cells[0], own)))
    if not any(mine for _, mine in led):
        return []
    return [li for li, mine in led if not mine]


def _like_number(a: str, b: str) -> bool:
    """`a` and `b` may be one claim number: the same but for spaces and hyphens, one the start of the other (a
    number cut where its cell wrapped), or all but a character or two the same (OCR)."""
    from difflib import SequenceMatcher

    a, b = (re.sub(r"[\s-]", "", x).upper() for x in (a, b))
    return a == b or min(len(a), len(b)) >= 6 and (a.startswith(b) or b.startswith(a)) or \
        SequenceMatcher(None, a, b).ratio() >= 0.85


def _leave_values_of(doc: Doc, rows: list[int], others: list[int], facts: dict) -> None:
    """The dates of service, codes, diagnoses and adjustment codes printed on `rows` (a claim's paid lines, or a
    list of other claims) and on none of the `others` (the lines denied, or not said paid) are no facts of the
    denial: taken out of `facts`."""
    _leave_values_in(doc, "\n".join(doc.lines[i] for i in rows), "\n".join(doc.lines[i] for i in others), facts)


def _leave_values_in(doc: Doc, on: str, off: str, facts: dict) -> None:
    """_leave_values_of on texts: the values printed in `on` and nowhere in `off` are taken out of `facts`."""
    def printed(value: str, key: str, text: str) -> bool:
        if key == "service_dates":
            return any(h.value.isoformat() == value for h in doc.dates(text))
        if key == "carc_codes":
            return _carc_in(value, text)
        if key == "diagnosis_codes":  # OCR's "M51. 26"
            spaced = re.escape(value).replace(r"\.", r"\.\s?")
            return bool(re.search(rf"(?<![\w.]){spaced}(?![\w]|\.\d)", text))
        return bool(re.search(rf"(?<![\w-]){re.escape(value)}(?![\w])", text))

    for key in ("service_dates", "procedure_codes", "diagnosis_codes", "carc_codes"):
        facts[key] = [v for v in facts[key] if not (printed(v, key, on) and not printed(v, key, off))]


# (and a message's "Sent: 11/13/2026 4:18 PM" or a "Notice date" cell, a portal's header over the notice it
# carries: the notice's own date)
_NOT_SERVICE = re.compile(r"\b(?:receiv\w*|processed|paid|printed|mailed|sent|issued|recibid\w*|procesad\w*|"
                          r"enviad\w*|emitid\w*|(?:notice|letter) date|date of (?:this )?(?:notice|letter)|"
                          r"fecha del? (?:aviso|carta))\s*(?:on|el)?\s*:?\s*$", re.IGNORECASE)


# a date a claim's details line names as the care's: "service on 09/14/2026", "Date of service: ...", "DOS",
# "servicio del 14/09/2026", "fecha de servicio:"
_SERVICE_ON = re.compile(r"\b(?:services?(?: (?:on|date|dates))?|dates? of service|DOS|servicios?(?: (?:el|del))?|"
                         r"fechas? (?:de|del) servicio)\s*:?\s*$", re.IGNORECASE)


# a legend row that gives the plan's own remark code its adjustment code: "8C        CO-11      The diagnosis ...",
# "R07 = CO-242" (OCR may write the group "Co-119", or a code's letter as a digit: "77" for T7)
_LEGEND_ROW = re.compile(r"^[ \t]*(?P<key>[A-Za-z0-9]{2,4})(?:[ \t]{2,}|[ \t]*[=:][ \t]*)"
                         r"(?P<group>CO|Co|PR|OA|PI|CR)[ \t]?-?[ \t]?(?P<number>[A-Z]?\d{1,3})(?![\w.])")


def _legend_carcs(doc: Doc, paid: list[int]) -> tuple[list[str], set[str]]:
    """What a legend of the plan's own remark codes says of this denial: the adjustment codes it gives the remark
    codes a line outside the legend carries (the lines carry "8C" or "T4", and the legend on the next page gives each
    code its CARC), and those it gives only to codes no such line carries (codes no line uses, a paid line's). Both
    empty unless the legend has two rows, one code with a letter, and a line outside it carries one of its codes: a
    legend read alone is all the notice says."""
    legend: dict[int, tuple[str, str]] = {}
    for i, line in enumerate(doc.lines):
        m = _LEGEND_ROW.match(line)
        if m and not re.fullmatch(r"(?i)CO|PR|OA|PI|CR", m.group("key")):
            legend[i] = (m.group("key"), f"{m.group('group').upper()}-{m.group('number').lstrip('0') or '0'}")
    if len(legend) < 2 or not any(re.search(r"[A-Za-z]", key) for key, _ in legend.values()):
        return [], set()
    skip = set(legend) | set(paid)
    carried = {key for key, _ in legend.values()
               if any(re.search(rf"(?<![\w-]){key}(?![\w-])", line)
                      for i, line in enumerate(doc.lines) if i not in skip)}
    if not carried:
        return [], set()
    used = list(dict.fromkeys(carc for key, carc in legend.values() if key in carried))
    unused = {carc for key, carc in legend.values() if key not in carried} - set(used)
    # a code also printed outside the legend's rows (a line's own "CO-45") stays
    outside = "\n".join(line for i, line in enumerate(doc.lines) if i not in legend)
    return used, {c for c in unused if not _carc_in(c, outside)}


def _carc_in(code: str, text: str) -> bool:
    group, _, number = code.partition("-")
    # (the group as OCR may read it on a row: "co-45", "C0-45", contract item 18)
    group = group.replace("O", "[O0]")
    # a code read from a table's reason column may stand there without its group ("A1")
    written = rf"(?:{group}\s?-?\s?)?" if number[:1].isalpha() else rf"{group}\s?-?\s?"
    # (a speck after it, "PR-2.", is no decimal: a full stop before a digit is)
    return bool(re.search(rf"(?<![A-Za-z0-9]){written}{number}(?![\w]|\.\d)", text, re.IGNORECASE))


def _numeric(doc: Doc, evidence: str | None) -> bool:
    """The evidence holds a date written in digits only (03/05/2026), whose order of day and month matters."""
    return bool(evidence) and any(h.numeric for h in doc.dates(evidence))


def _set_aside_service_date(day: date, evidence: str, rejected: dict, today: date | None) -> bool:
    """Whether `day` cannot be a date of service (plausible.service_date_problem); the first one is kept in
    `rejected` with the reason, for the user to see."""
    problem = plausible.service_date_problem(day, today=today)
    if problem:
        rejected.setdefault("service_dates", {"value": day.isoformat(), "reason": problem, "evidence": evidence})
    return bool(problem)


def _pick_notice_date(doc: Doc, facts: dict, ev: dict, uncertain: dict, rejected: dict, *, births: dict,
                      services: dict, today: date | None) -> None:
    """The best candidate that can be the notice's date (plausible.py); candidates set aside are kept in
    `rejected` with the reason, and a date picked after a better-placed one was set aside is marked uncertain."""
    pre_service = plausible.is_pre_service(" ".join(services.values())) or \
        plausible.is_pre_service(" ".join(deadlines.sentences(doc.text)[:12]))
    candidates = notice_date_candidates(doc)
    for score, value, snippet, _span in candidates:
        problem = plausible.notice_date_problem(value, birth_dates=births, service_dates=services,
                                                pre_service=pre_service, today=today)
        if problem:
            rejected.setdefault("notice_date", {"value": value.isoformat(), "reason": problem, "evidence": snippet})
            continue
        facts["notice_date"], ev["notice_date"] = value.isoformat(), snippet
        if "notice_date" in rejected:
            uncertain["notice_date"] = Reason(N_("the date in the notice's date position was set aside ({why}); this "
                                                 "one is the next best"), why=rejected["notice_date"]["reason"])
        elif score < 2.0:  # not labelled, nor alone above the salutation where a letter's date goes
            uncertain["notice_date"] = Reason(N_("no label says this is the notice's date; it was taken from where it "
                                                 "stands"))
        elif value in services:
            # a date the notice also gives as a date of care (a layout that ran a label's value into a table's row):
            # never taken silently
            uncertain["notice_date"] = Reason(N_("the notice also gives this date as a date of service"))
        return
    if "notice_date" in rejected:
        uncertain["notice_date"] = Reason(N_("left empty: {why}"), why=rejected["notice_date"]["reason"])


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
    facts = extract_facts(extracted.text, today=today)
    if extracted.fields:  # an e-mail: its Date, From, To and Subject as they were sent
        facts["email"] = extracted.fields
    warnings = list(extracted.warnings)
    if not extracted.text.strip():
        warnings.append(_("{file}: no text could be read from the notice. If it is a photo, take it again in good "
                          "light, flat and straight; fill in case.yaml by hand.").format(file=path))
    elif not found_anything(facts):
        warnings.append(_("{file}: nothing recognizable as a denial notice was found (no names, IDs, dates or "
                          "codes). Check that this is the right file; fill in case.yaml by hand.").format(file=path))
    for key, why in facts["rejected"].items():
        warnings.append(_("{field}: not taken from {value}: {reason}.").format(field=key, value=why["value"],
                                                                                reason=said(why["reason"])))
    return IntakeResult(facts, extracted.method, warnings)

