"""Letter templates: finding them and rendering one into a Word letter with docxtpl.

A template is NAME.docx (Jinja tags inside Word runs, docxtpl syntax: `{{ }}`, `{% %}`, `{%p %}`, `{%tr %}`) with a
sidecar NAME.yaml describing it:

    name: medical-necessity
    title: Medical necessity appeal
    purpose: ...
    when_to_use: ...
    required: [patient.name, claim.number, ...]   # dotted case.yaml fields used without a guard
    optional: [patient.date_of_birth, ...]        # fields used only inside `{% if %}` guards

Templates come from the bundled `letter_templates` folder and from optional extra folders (a clinic's own pack),
which are searched first so a clinic can replace a bundled letter by using the same name.

What a template sees (the "context"):
  * every field of case.yaml; every case.FIELDS path the template does not require is filled with None (text,
    dates) or [] (lists) when absent, so `{% if patient.date_of_birth %}` works without `is defined`;
  * `clinical` ({history: [], severity: None} unless the case has them), `payer_criteria` ([]; each item gains
    `where`, e.g. "Exhibit C, p. 2", resolved from its `evidence: {file, page}` and the exhibit order) and the
    other optional groups in EXTRA_DEFAULTS (plan_policy, network, provider, prior_auth, urgency, external_review,
    filing, reimbursement), always present with None / [] members;
  * `letter_date` (ISO date), `exhibits` (list of {label, title}), `bates_prefix`, `template`;
  * `clinic`: the clinic profile (appeal_kit.letter.clinic; None when there is no clinic.yaml), its `logo` an image;
  * `trials`: counts of adequate failed trials in clinical.history (appeal_kit.letter.arguments.trial_summary);
  * `indication`: "depression", "pain", "esketamine", "tms", "ect" or "other" (which evidence fits the treatment);
  * `arguments`: [{name, heading, paragraphs}], the blocks of letter_templates/arguments.yaml that answer the
    denial (appeal_kit.letter.arguments), already rendered with this context.
  * `law(id, ...)`, `applies(id, ...)`, `cite_rule(id, ...)`: the rules registry seen from claim.plan_type
    (appeal_kit.rules): " (citation)" or "" / whether a rule governs / the bare citation;
  * facts worked out from the case (appeal_kit.letter.derived): `pt` (full name, then salutation or "the patient"),
    `tx` (verb forms that agree with the treatment name), `on_behalf` and `authorization` (author is not the
    patient; where the signed authorization is), `labelled_use` (Spravato as labelled), `records_cover` (topics the
    enclosed clinical records address), `scales` (rating scales named in clinical.severity), `next_level` (its
    deadline, whether the letter is on time, and what to ask the plan to explain), `contact_phone`, `reviewer` (the
    specialty the reviewer should have), `prescriber` (who a peer-to-peer call reaches), `criteria_named` (criteria
    products or policies the denial names), `decision_time` (how long the plan has to decide, and its rule),
    `pa_request` (a prior-authorization request's codes, sessions, urgency and the plan's clock for deciding it),
    `service` ("pre", "post" or "ongoing": nothing given yet, all given, some still to come), `filing_status` (the
    claim's filing date against the plan's own limit), `age` (the patient's age when treated), `enclosed` (exhibits of
    files the case names: corrected_claim, filing_proof), `stage` (second-level appeal or not, and the decision it
    answers), `policy` (the plan policy's name and number, each said once), `policy_cited` (the denial's words name
    that policy), `treatment_is_course` (the treatment is a course of sessions, not a drug), `medical_judgment` (a
    reason of the denial rests on medical judgment: the reviewer request and external review follow it),
    `copies_to` (the `copies:` the case lists, as {name, address}: the cc: lines under the signature);
  * `published`: when the case gives no payer_criteria, the published criteria for the treatment answered from the
    case (appeal_kit.letter.criteria), else None;
  * `why_wrong`: up to three one-line summaries of why the denial is wrong (the `summary:` of each answering
    block), `evidence_block`: the evidence block, printed apart from `arguments` (which no longer holds it);
None prints as an empty string. Values are XML-escaped (autoescape), so "O'Brien & Sons <x>" is safe.
A required field that is missing, or any other name the case does not have, stops rendering with a TemplateError
that names the full dotted field, e.g. `template medical-necessity needs claim.number, which case.yaml does
not have`.
"""
from __future__ import annotations

import copy
import hashlib
import marshal
import re
import threading
import time
import zipfile
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.exceptions import SecurityError, TemplateSyntaxError, UndefinedError
from jinja2.runtime import markup_join, str_join
from jinja2.sandbox import SandboxedEnvironment
from jinja2.visitor import NodeTransformer

from appeal_kit import clock, directory, interrupts
from appeal_kit.bundled import bundled_dir, read_yaml_mapping
from appeal_kit.case.folder import (
    DENIAL_FIELDS,
    FIELDS,
    FIELDS_BY_PATH,
    Case,
    get_path,
    is_blank,
    is_junk,
    missing_fields,
)
from appeal_kit.errors import TemplateError
from appeal_kit.files import atomic_write, kept_in_cache
from appeal_kit.i18n import N_, _
from appeal_kit.letter import limits, wording
from appeal_kit.letter.docxstyles import save_reproducibly
from appeal_kit.letter.wording import (
    NDC_UNITS,
    aside,
    capfirst,
    datelist,
    headed,
    join_and,
    longdate,
    lower_first,
    ndc11,
    number_words,
    oneline,
    pending,
    sentence,
    shortdate,
)
from appeal_kit.numbering import Numbering, exhibit_label
from appeal_kit.rules import GRANDFATHER_MATTERS, INTEGRATED, Citations, grandfathered, route, small_employer

# Keys a template may use besides the case.FIELDS paths (tests check bundled templates against this list).
# `clinical` and `payer_criteria` are free-form groups in case.yaml; the defaults below are what a template can
# rely on being present.
# the criteria table's row for a criterion the decision found unmet, whose answer the letter gives in its own section
ANSWERED_BELOW = "Met: set out below, where the decision's finding on it is answered"
# a row's answer that opens by saying the excluded condition is absent ("None: ...", "Absent - ...")
_ABSENT_LEAD = re.compile(r"^\s*(?:none|absent|not present)\s*[:;,.-]\s*", re.I)
# the row of a criterion the case concedes unmet, where the letter asks for an exception to it in its own section
ASKED_BELOW = "Not met as written: set out below, where an exception to it is asked"

EXTRA_DEFAULTS: dict[str, Any] = {
    # the physician-facing fields the letter of medical necessity is written from
    "clinical": {"history": [], "severity": None, "severity_date": None, "suicidality": None, "response": None,
                 "episode_onset": None, "treating_since": None, "exclusions": None},
    # [{criterion, how_met, met, instead_of, exception_ground, evidence: {file, page}}]: the payer's policy criteria
    # and where each is met
    "payer_criteria": [],
    # a coverage-ended denial's answer: why the coverage was in force on the dates of care, and the proof
    "eligibility": {"why": None, "proof": None, "grace_period": None},
    # a coordination-of-benefits denial's answer: the other coverage the plan's record names, and its end
    "other_coverage": {"plan": None, "member_is": None, "covered_here_as": None, "ended": None, "reported": None,
                       "proof": None, "current_employment": None, "employees": None, "never_enrolled": None,
                       "has": None, "processed": None, "decree": None},
    # Original Medicare's psychiatric day limit: where the stay was, its record, and days counted that do not belong
    "psychiatric_days": {"unit": None, "proof": None, "miscounted": []},
    # a first appeal filed after its deadline: why, and the records that show it (good cause, rules.yaml good_cause)
    "late_filing": {"reason": None, "proof": None},
    # when the notice was received, where that is after its date, and the record that shows it (an envelope, a
    # forwarding sticker, a delivery record): a rule that counts from receipt counts from that day
    "claim": {"notice_received": {"date": None, "proof": None}, "notice_window": None},
    # emergency care denied as out of network or unauthorized: the facts of the emergency and of the stay after it
    "emergency": {"care": None, "presented": None, "symptoms": None, "transfer_safe": None, "transfer_why": None,
                  "consent_signed": None, "file": None, "admitted": None,
                  "plan_paid": {"what": None, "date": None, "file": None, "page": None}},
    # urgently needed care away from home, denied as out of network or unauthorized
    "urgently_needed": {"care": None, "why": None, "file": None, "service_area": None, "cost_share": None,
                        "away": {"from": None, "to": None, "where": None, "proof": None},
                        "plan_advised": {"date": None, "who": None, "reference": None, "said": None, "file": None}},
    # the plan's medical policy or exclusion the denial relied on, and its exact words
    "plan_policy": {"name": None, "number": None, "quote": None, "medical_necessity_definition": None,
                    "exception": None, "other_terms": None, "other_terms_file": None, "other_terms_apply": None,
                    "augmentation_counts": None,
                    "urgent_review": None,
                    # the plan's own policy for a medical or surgical use, for the parity comparison
                    "comparator": {"name": None, "quote": None, "file": None},
                    "exclusion": {"name": None, "reaches": None, "why": None, "file": None,
                                  "superseded": {"by": None, "from": None, "quote": None, "file": None,
                                                 "state_plan": {"name": None, "file": None}}}},
    # a Part D exception's supporting statement from the prescriber: its date, words and enclosed copy
    "prescriber_statement": {"date": None, "quote": None, "file": None},
    # out-of-network gap exception: the in-network providers tried, [{name, date, outcome}]
    "network": [],
    # the treating provider when there is no clinic.yaml (also used by the superbill)
    "provider": {"name": None, "credentials": None, "license": None, "npi": None, "tax_id": None,
                 "address": None, "phone": None, "waiver": None},
    # missing prior authorization: why it was not obtained, and when the provider asked
    "prior_auth": {"reason_missing": None, "requested_on": None, "never_decided": None, "fax": None, "address": None,
                   "required": None, "notified": None, "proof": None, "reference": None,
                   "approved": None, "exception": None, "enrolled": None, "supply_ends": None},
    # expedited appeal: why the standard time frame would seriously jeopardize life, health or function, and the
    # physician who says so (a claim is urgent when the treating physician says it is)
    "urgency": {"reason": None, "certified_by": None},
    # external review: who decides it, their address, date of the final internal denial
    "external_review": {"agency": None, "address": None, "final_denial_date": None},
    # timely filing: when the claim was first submitted (and received) and the proof; `limit_deadline` is the date
    # the plan's own filing rule (quoted in plan_policy.quote) gives for these services
    "filing": {"first_submitted": None, "received": None, "proof": None, "limit_deadline": None, "limit_from": None,
               "limit_from_what": None, "asked": None,
               "method": None, "sent_to": None, "returned": None, "resent": None,
               "answered": None},
    # coding denial: what the original claim got wrong, and the corrected lines
    # [{code, units, ndc, ndc_unit, ndc_quantity}], the resubmission code and the corrected claim's file
    "corrected_claim": {"error": None, "lines": [], "resubmission_code": None, "file": None, "sent": None,
                        "accepted": None, "reference": None, "deadline": None, "replaces": None},
    # the harm the illness is doing, in the case's own words: what the letter may say about it
    "impact": {"work": None, "hospitalizations": None, "relapse": None, "daily_life": None},
    # alternatives the plan might point to, and why each will not work: [{treatment, why_not}]
    "alternatives": [],
    # regulator complaint: who it goes to (default: the plan type's regulator) and what went wrong
    "regulator": {"name": None, "address": None},
    "complaint": {"summary": None},
    # peer-to-peer request: when the prescriber can take the call ("weekdays 12-1 pm Pacific")
    "peer_to_peer": {"availability": None},
    # superbill cover letter: amounts, as text ("$1,950.00")
    "reimbursement": {"amount_billed": None, "amount_paid": None},
}
# the facts that make this plan the first payer where a coordination-of-benefits denial says another is (cob_first)
COB_FIRST_FACTS = ("other_coverage_never", "other_coverage_ended", "this_plan_primary", "birthday_rule_primary",
                   "decree_rule_primary", "plan_primary_active", "medicare_first_small_employer")
# the letters whose request asks for no decision time of the plan's own (scripts/make_templates.py)
NO_DECISION_TIME = frozenset({"expedited-appeal", "superbill-cover-letter"})
COMPUTED_KEYS = frozenset({"letter_date", "excepted", "exhibits", "bates_prefix", "template", "clinic", "trials",
                           "indication", "arguments", "law", "applies", "cite_rule", "part_d_exception", "pt", "tx",
                           "on_behalf",
                           "authorization", "waiver", "labelled_use", "records_cover", "next_level", "integrated",
                           "level_name",
                           "expedited_level_name", "statement_after_decision", "substance_use",
                           "contact_phone", "scales", "diagnostic_test", "severity_repeated", "response_repeated",
                           "urgent_case",
                           "expedite", "cite",
                           "reviewer", "prescriber",
                           "criteria_named", "criteria_named_of", "named_approved", "language_request", "state_review",
                           "regulator_name", "timeline", "definition", "published", "why_wrong",
                           "evidence_block", "medical_judgment", "policy", "policy_cited", "treatment_is_course",
                           "plan_criteria_yield", "approval_ran_out",
                           "stage", "filing_status", "age", "student_plan", "enclosed", "enclosed_titles",
                           "records_enclosed",
                           "ndc_units", "correction", "cut_notice", "care_cut", "pa_waiver", "extension_asked_on",
                           "quote_is_listing", "quote_grants", "quote_is_procedure", "medicare_replaced",
                           "quote_in_criteria", "quote_on_authorization",
                           "payer_word",
                           "exclusion_named", "exclusion_label", "exclusion_off_label", "service", "dates",
                           "shows_criteria", "criteria_unmet", "conceded", "steps_ruled_out",
                           "evidence_shown", "count_left_out",
                           "statutory_exclusion",
                           "need_questioned",
                           "asks_policy_copy", "terms", "fda", "criteria_policy", "plan_accepts_harm",
                           "plan_accepts_contraindication", "exclusions_only", "criteria_named_only",
                           "criteria_elsewhere", "transition",
                           "decision_time", "ire_overdue", "facts", "says", "says_once", "said", "sender_address",
                           "reasons", "earlier", "continues", "oral_appeal", "escalation", "agency_addressed",
                           "earlier_dismissal", "outside", "clinical_case", "shows_history", "new_records",
                           "sent_records", "started", "section",
                           "medicare_rule", "augmentation_rule", "prongs", "either", "denied_met", "instead",
                           "gaps", "carried", "gaps_held", "exception_applied",
                           "route", "standing", "appointment_form", "certifier", "first_reviewer", "access_standard",
                           "asked_first", "copies_to",
                           "pa_request",
                           "approval", "claim_ids", "not_appealed", "self_funded", "extension", "option", "cob",
                           "cob_first",
                           "psych", "grace",
                           "lower_levels",
                           "filing_request", "notice", "business_notice", "missed_notice", "superseded",
                           "plan_definition", "precedence", "in_force", "plan_list", "excl_ages", "coverage_span",
                           "setting",
                           "enrollment",
                           "required",
                           "post_stabilization_asked", "enclosed_as",
                           "enclosed_many",
                           "limit", "corrections", "necessity_not_reviewed", "filing_late",
                           "own_decision_time", "approval_period", "agency_in_address", "exception_clock", "deemed",
                           "harm_stopped", "outside_ok", "outside_claims_only", "summarized",
                           "severity_line_dated", "severity_series", "first_deadline", "receipt_counted",
                           "further_literature", "away", "member_paid", "taken_now", "other_terms_applied", "billed",
                           "session_times", "notice_short", "window_terms",
                           "least", "told", "denied_open", "i_am", "grandfather_open",
                           "policy_at", "stale_policy", "kept", "ask_plan", "step_replaced", "document_decides",
                           "pa_clock", "window", "count_bears", "no_notice", "pending_review",
                           "asked_ahead", "scheduled_care", "indicated_codes", "notice_copies", "measured",
                           "untried", "reason_criteria",
                           "concurrent_external",
                           "point_break"})  # set by arguments.render_blocks: a summary's break between two points
EXTRA_KEYS = frozenset({*COMPUTED_KEYS, *EXTRA_DEFAULTS})
# the evidence library's tags of the trials for each indication (letter_templates/evidence.yaml)
INDICATION_TAGS = {"depression": frozenset({"trd"}), "esketamine": frozenset({"esketamine"}),
                   "pain": frozenset({"chronic-pain", "crps"}), "tms": frozenset({"tms"}), "ect": frozenset({"ect"})}

# Characters XML 1.0 forbids, plus \a and \f which docxtpl would turn into paragraph and page breaks
# (text pasted from a PDF often carries a form feed). Tab and newline are kept: docxtpl renders them as a tab
# and a line break.
_BAD_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass
class TemplateInfo:
    name: str
    title: str
    purpose: str
    when_to_use: str
    required: list[str]
    optional: list[str]
    path: Path  # the .docx file
    # argument blocks the letter carries ("denial" = the case's claim.denial_category); see appeal_kit.letter.arguments
    arguments: tuple[str, ...] = ("denial",)
    indication: str | None = None  # forces the evidence set: depression | pain | esketamine | tms | ect
    criteria: bool = False  # the letter answers criteria one by one (the plan's, else the published ones)
    published_criteria: bool = True  # ... the published ones too (sidecar `criteria: plan`: only the plan's)
    evidence: bool = False  # the letter has the evidence paragraph (the `evidence` block) before its request
    says: tuple[str, ...] = ()  # facts the template's own sentences may assert (sidecar `says:`; facts.py)
    # What the letter is, from its sidecar (make_templates.KINDS), so a clinic's copy is checked like the bundled one:
    signed_by: str | None = None  # "clinician": in the treating clinician's own voice, signed by them
    phone_call: bool = False  # asks the plan to telephone (a decision, a peer-to-peer call)
    expedited: bool = False  # asks for the 72-hour decision
    route: str | None = None  # "internal appeal", "next level", "regulator" (ROUTES); None: another kind of letter
    request: bool = False  # a request before any denial (prior authorization), drafted for a case that is one


# ---------------------------------------------------------------------------------------------- finding

def _as_str_list(value: Any, *, key: str, sidecar: Path) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TemplateError(_("{file}: `{key}` should be a list of dotted case fields, like [claim.number]").format(
            file=sidecar, key=key))
    return [v.strip() for v in value]


def _load_info(docx: Path) -> TemplateInfo:
    name = docx.stem
    sidecar = docx.with_suffix(".yaml")
    meta: Any = {}
    if sidecar.is_file():  # a .docx without its sidecar still works, it just has no description
        meta = read_yaml_mapping(sidecar, "`key: value` lines (name, title, purpose, required, ...)")
        if meta.get("name") not in (None, name):
            raise TemplateError(_("{file}: says name {name} but belongs to {template}; make them the same").format(
                file=sidecar, name=repr(meta["name"]), template=docx.name))
    return TemplateInfo(
        name=name,
        title=str(meta.get("title") or name),
        purpose=str(meta.get("purpose") or "").strip(),
        when_to_use=str(meta.get("when_to_use") or "").strip(),
        required=_as_str_list(meta.get("required"), key="required", sidecar=sidecar),
        optional=_as_str_list(meta.get("optional"), key="optional", sidecar=sidecar),
        path=docx,
        arguments=tuple(_as_str_list(meta["arguments"], key="arguments", sidecar=sidecar)
                        if "arguments" in meta else ("denial",)),
        indication=str(meta["indication"]) if meta.get("indication") else None,
        criteria=meta.get("criteria") is True or meta.get("criteria") == "plan",
        published_criteria=meta.get("criteria") != "plan",
        evidence=meta.get("evidence") is True,
        says=tuple(_as_str_list(meta.get("says"), key="says", sidecar=sidecar)),
        signed_by=_kind_value(meta, "signed_by", SIGNERS, sidecar),
        phone_call=meta.get("phone_call") is True,
        expedited=meta.get("expedited") is True,
        request=meta.get("request") is True,
        # "external review" is the next level's older name, in a clinic's copy made before the others had one
        route={"external review": "next level"}.get(str(meta.get("route")),
                                                    _kind_value(meta, "route", ROUTES, sidecar)),
    )


SIGNERS = ("clinician",)
# "internal appeal": a letter to the plan's internal appeal; "next level": the request for the level after it
# (external review, a QIC reconsideration, a state fair hearing, OPM review...); "regulator": a complaint
ROUTES = ("internal appeal", "next level", "external review", "regulator")


def _kind_value(meta: dict, key: str, allowed: tuple[str, ...], sidecar: Path) -> str | None:
    value = meta.get(key)
    if value in (None, ""):
        return None
    if value not in allowed:
        raise TemplateError(_("{file}: `{key}: {value}` is not one of: {allowed} (leave it out for the usual "
                              "case)").format(file=sidecar, key=key, value=value, allowed=", ".join(allowed)))
    return str(value)


def template_folders(extra_dirs: Iterable[Path] = ()) -> list[Path]:
    """Where templates are looked for, in order: --templates folders, the clinic profile's `templates:` folder
    (set once instead of --templates on every command), the bundled ones."""
    from appeal_kit.errors import AppealKitError
    from appeal_kit.letter.clinic import load_clinic

    try:
        profile = load_clinic(None)
    except AppealKitError:  # a broken profile is reported by `check` and when a letter is rendered
        profile = None
    own = [Path(profile["templates"])] if profile and profile.get("templates") else []
    return [*map(Path, extra_dirs), *own, bundled_dir()]


def list_templates(extra_dirs: Iterable[Path] = ()) -> list[TemplateInfo]:
    """All templates by name; a template in an extra folder hides a bundled one of the same name."""
    found: dict[str, TemplateInfo] = {}
    for folder in template_folders(extra_dirs):
        if not folder.is_dir():
            raise TemplateError(_("{folder}: template folder not found").format(folder=folder))
        for docx in sorted(folder.glob("*.docx")):
            if is_junk(docx):  # Word's lock files and hidden files
                continue
            if docx.stem not in found:
                found[docx.stem] = _load_info(docx)
    return sorted(found.values(), key=lambda t: t.name)


def template_for_case(case: Case, extra_dirs: Iterable[Path] = ()) -> tuple[TemplateInfo, str]:
    """The template the case's letter is drafted from, and a note when it is not the one case.yaml names: the letter
    follows the stage, so an internal-appeal template on a case past its internal appeal (a final internal decision
    recorded) gives way to the next-level request (external review, a QIC reconsideration, a state fair hearing,
    OPM review: intake.deadlines.NEXT_LEVELS), where the member files one."""
    from appeal_kit.intake.deadlines import FIRST_LEVEL_IS_THE_STATE, RULES, at_next_level, later_level, level_of_case
    from appeal_kit.letter import derived

    named = find_template(case.template, extra_dirs)
    level = level_of_case(case.data)
    if named.route != "internal appeal" or not at_next_level(case.data, named.route) or not level.member_files \
            or (level.judgment_only and not derived.medical_judgment(case.data)):  # check says the level is closed
        return named, ""
    found = [t for t in list_templates(extra_dirs) if t.route == "next level"]
    if not found:
        return named, ""
    from appeal_kit.intake.deadlines import deemed_exhausted, final_internal_denial, qic_undecided

    escalation = qic_undecided(case.data)
    if escalation:  # the QIC never decided the reconsideration: the letter asks it to escalate (deadline set 01, 09)
        return found[0], _("The QIC did not decide the reconsideration sent on {sent} (its time ran out on {due}), so "
                           "the letter is the written request to the QIC to escalate the appeal to an Administrative "
                           "Law Judge, from the template {found}, not {named}; set template: {name} in case.yaml to "
                           "say so yourself.").format(sent=escalation.sent.isoformat(), due=escalation.due.isoformat(),
                                                      found=repr(found[0].name), named=repr(named.name),
                                                      name=found[0].name)
    final = final_internal_denial(case.data)
    when = final.isoformat() if final else None
    undecided = None if final else deemed_exhausted(case.data)
    decision = _("final decision of {date}").format(date=when) if when else _(
        "the appeal sent on {sent} was never decided; the plan's time ran out on {due}").format(
            sent=undecided.sent.isoformat(), due=undecided.due.isoformat()) if undecided else _("final decision")
    rule = RULES.get(str(route(case.data) or ""))
    # the rule's words are in the catalog; a level past the rule's next one by its own title (letters set 76, case 01:
    # "the request for reconsideration by a QIC" after the ALJ's decision)
    requested = _(rule.next_level) if rule and rule.next_level and not later_level(case.data) else level.title
    if route(case.data) in FIRST_LEVEL_IS_THE_STATE and not when:
        return found[0], _("Fee-for-service (claim.delivery) has no plan and no plan appeal: the first step is "
                           "{level}, so the letter is its request, from the template {found}, not {named}; set "
                           "template: {name} in case.yaml to say so yourself.").format(
                               level=requested, found=repr(found[0].name), named=repr(named.name),
                               name=found[0].name)
    return found[0], _("The case is past its internal appeal ({decision}), so the letter is the request for {level}, "
                       "from the template {found}, not {named}; set template: {name} in case.yaml to say so "
                       "yourself.").format(decision=decision, level=requested, found=repr(found[0].name),
                                           named=repr(named.name), name=found[0].name)


def find_template(name: str, extra_dirs: Iterable[Path] = ()) -> TemplateInfo:
    # Open the one template asked for when its file is there: reading every sidecar slows `check` down.
    if re.fullmatch(r"[^./\\~][^/\\]*", name):
        for folder in template_folders(extra_dirs):
            if not folder.is_dir():
                break  # list_templates says which folder is missing
            if (folder / f"{name}.docx").is_file():
                return _load_info(folder / f"{name}.docx")
    templates = list_templates(extra_dirs)
    for t in templates:
        if t.name == name:
            return t
    available = ", ".join(t.name for t in templates) or _("none")
    raise TemplateError(_("no letter template named {name}. Available: {available}. See `appeal-kit "
                          "templates`.").format(name=repr(name), available=available))


# ---------------------------------------------------------------------------------------------- context

class _Node(dict):
    """A context dict that knows its dotted path in case.yaml, so a missing key can be named in full."""

    def __init__(self, items: dict, path: str):
        super().__init__(items)
        self.path = path


def _wrap(value: Any, path: str) -> Any:
    if isinstance(value, dict):
        return _Node({str(k): _wrap(v, f"{path}.{k}") for k, v in value.items()}, path)
    if isinstance(value, list):
        # Items are counted from 1 in messages, as a person counts the `- ` entries in case.yaml.
        return [_wrap(v, f"{path}[{i + 1}]") for i, v in enumerate(value)]
    if isinstance(value, str):
        return _BAD_CHARS.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    return value


class _MissingField(UndefinedError):
    """Raised when a template uses a name the case does not have; the message is the dotted path."""


class _StrictUndefined(jinja2.StrictUndefined):
    """StrictUndefined whose error is the full dotted path of what is missing (claim.number, not 'number')."""

    __slots__ = ()

    def __init__(self, hint=None, obj=jinja2.utils.missing, name=None, exc=UndefinedError):
        # The sandbox passes exc=SecurityError for unsafe attributes: keep that one.
        super().__init__(hint, obj, name, _MissingField if exc is UndefinedError else exc)

    @property
    def _undefined_message(self) -> str:
        if self._undefined_hint or self._undefined_exception is not _MissingField:
            return super()._undefined_message
        obj = self._undefined_obj
        if isinstance(obj, _Node):
            return f"{obj.path}.{self._undefined_name}"
        if obj is jinja2.utils.missing:
            return str(self._undefined_name)
        # e.g. an attribute of a number or of a list: say what was looked up
        return f"{self._undefined_name} (looked up on a {type(obj).__name__} value)"


def _set_default(data: dict, dotted: str, value: Any) -> None:
    *parents, key = dotted.split(".")
    node = data
    for part in parents:
        if not isinstance(node.get(part), dict):
            if node.get(part) is not None:
                return  # a wrong type is the case loader's business, not ours
            node[part] = {}
        node = node[part]
    if node.get(key) is None:
        node[key] = copy.deepcopy(value)


_AUTO = object()


class Pointers:
    """Where a case file sits in the packet, as a letter says it: "Exhibit C, p. 2" from the exhibit order alone, or
    "Exhibit C, WHITFIELD-000011" once the packet is numbered (appeal_kit.numbering). Remembers whether it used a
    Bates number, so the build knows the letter has to be rendered again when the numbers change."""

    def __init__(self, case: Case, exhibits: list[dict] | None, numbering: Numbering | None):
        self.folder = Path(case.folder)
        self.numbering = numbering
        self.used_bates = False
        self.past_end: list[str] = []  # pointers to pages an exhibit does not have (the build warns)
        if exhibits is not None and exhibits and all(isinstance(e, dict) and e.get("file") for e in exhibits):
            files = [(self.folder / str(e["file"])).resolve() for e in exhibits]
            labels = [str(e["label"]) for e in exhibits]
            titles = [str(e.get("title") or "") for e in exhibits]
        else:
            files = [Path(e.path).resolve() for e in case.exhibits]
            labels = [exhibit_label(i) for i in range(len(files))]
            titles = [e.title for e in case.exhibits]
        self.index = {f: (i, label) for i, (f, label) in enumerate(zip(files, labels))}
        self.titles = dict(zip(files, titles))

    def _bates(self, i: int, page: Any, file: str = "") -> str | None:
        """Bates number(s) of `page` ("2", "1-3", or empty for the whole exhibit) of exhibit i, when numbered."""
        if self.numbering is None or i >= len(self.numbering.exhibits):
            return None
        text = str(page or "").strip().replace("–", "-").replace("--", "-")
        first, last = self.numbering.exhibit_pages(i)
        if text:
            m = re.fullmatch(r"(\d+)(?:\s*-\s*(\d+))?", text)
            if not m:
                return None
            a = self.numbering.exhibit_page(i, int(m.group(1)))
            b = self.numbering.exhibit_page(i, int(m.group(2) or m.group(1)))
            if a is None or b is None:
                self.past_end.append(f"{file}: page {text} is past the end of that exhibit, which has "
                                     f"{last - first + 1} page(s); the letter gives the page without a Bates "
                                     "number. Correct the page in case.yaml")
                return None
            first, last = a, b
        self.used_bates = True
        return self.numbering.bates_span(first, last)

    def where(self, evidence: Any) -> str:
        """`evidence: {file, page}` (or a file, or a list of them) -> "Exhibit C, WHITFIELD-000011; Exhibit D,
        WHITFIELD-000013–WHITFIELD-000014" (numbered) or "Exhibit C, p. 2; Exhibit D" (not yet). A file that is not
        among the exhibits is named as "FILE (not enclosed)"."""
        items = evidence if isinstance(evidence, list) else [evidence] if evidence else []
        out = []
        for item in items:
            if isinstance(item, (str, Path)):
                item = {"file": item}
            if not isinstance(item, dict) or not item.get("file"):
                continue
            page = _page_text(item.get("page") or item.get("pages") or "")
            found = self.index.get((self.folder / str(item["file"])).resolve())
            if found is None:
                out.append(f"{item['file']}" + (f", {_pages(page)}" if page else "") + " (not enclosed)")
                continue
            i, label = found
            bates = self._bates(i, page, str(item["file"]))
            detail = bates or _pages(page)
            out.append(f"Exhibit {label}" + (f", {detail}" if detail else ""))
        return "; ".join(out)


    def enclosed(self, path: Any) -> str | None:
        """Where an enclosed file is ("Exhibit F"), or None when the file is not among the exhibits: a sentence that
        says a document is enclosed prints only when this gives it an exhibit."""
        if not isinstance(path, (str, Path)) or not str(path).strip() or "\n" in str(path):
            return None
        try:
            found = self.index.get((self.folder / str(path).strip()).resolve())
        except (OSError, ValueError):
            return None
        return self.where(str(path).strip()) if found else None

    def title(self, path: Any) -> str | None:
        """The exhibit title of an enclosed file (its index line), or None when it is not among the exhibits: what a
        letter calls an enclosure it cannot vouch for (a field names the file, not what the file is)."""
        if not self.enclosed(path):
            return None
        return self.titles.get((self.folder / str(path).strip()).resolve()) or None


def _is_case_file(case: Case, path: Any) -> bool:
    """`path` names a file inside the case folder (a field may hold a file or a sentence)."""
    if not isinstance(path, str) or not path.strip() or "\n" in path:
        return False
    try:
        return (Path(case.folder) / path.strip()).resolve().is_relative_to(Path(case.folder).resolve()) and \
            (Path(case.folder) / path.strip()).is_file()
    except (OSError, ValueError):
        return False


def _counted_said(case: Case, pointers: Pointers, lim: dict) -> dict[str, Any]:
    """The records' count by kind as the letter says it (`counted_said`: "10 ECT treatments (Exhibit A) and 10
    hospital facility lines (Exhibit B)", each kind with the record it is counted from where the rows name their own,
    else `counted_where` once after them), and the count the plan printed (`printed`, with `where`: "Exhibit A, p.
    1"), or None (set 54, case 01)."""
    own = [_where_enclosed(case, pointers, [r["file"]], r["page"]) if r.get("file") else None
           for r in lim["counted"]]
    said = join_and([f"{r['count']} {r['what']}" + (f" ({w})" if w else "") for r, w in zip(lim["counted"], own)])
    printed = lim["printed"]
    if printed:
        printed = {**printed, "where": _where_enclosed(case, pointers, [printed["file"]], printed["page"])
                   if printed["file"] else None}
    return {"counted_said": said, "counted_rows_where": any(own), "printed": printed}


def _enclosed_all(case: Case, pointers: Pointers, value: Any) -> str | None:
    """Where the files a field names (one or a list: derived.files_named) are enclosed ("Exhibit C and Exhibit D"),
    or None unless every one is a case file among the exhibits (set 14, case 01: `filing.proof: [a, b]`)."""
    from appeal_kit.letter.derived import files_named

    where = [pointers.enclosed(p) if _is_case_file(case, p) else None for p in files_named(value)]
    return join_and(where) if where and all(where) else None


def _record_exhibit(exhibits: list[dict], title: str) -> str | None:
    """Where a record appeal-kit makes from case.yaml (records.RECORD_KINDS: the call log, the expense ledger) sits
    among the packet's exhibits, by its exhibit title: "Exhibit H", or None."""
    label = next((str(e["label"]) for e in exhibits if e.get("title") == title and e.get("label")), "")
    return f"Exhibit {label}" if label else None


def _member_paid(case: Case, exhibits: list[dict]) -> dict[str, str] | None:
    """What the member paid the provider, from the case's expenses (`amount`, "$730.00"), and the expense ledger's
    exhibit (`where`, "Exhibit I"), or None when the expenses show nothing paid: the letter asks for it back only
    then (set 25, case 03: $730 paid by card at the visits)."""
    from appeal_kit.letter.records import EXPENSES_TITLE, expense_totals, parse_expenses
    from appeal_kit.money import money

    if not case.data.get("expenses"):
        return None
    paid = expense_totals(parse_expenses(case)).paid
    if not paid:
        return None
    return {"amount": money(paid), "where": _record_exhibit(exhibits, EXPENSES_TITLE) or ""}


def _call_logged(data: dict, exhibits: list[dict], call: Any) -> str | None:
    """The call log's exhibit ("Exhibit H") when one of its calls has the reference `call` (a {reference} mapping)
    gives, or None."""
    from appeal_kit.letter.records import CALL_LOG_TITLE

    reference = " ".join(str((call or {}).get("reference") or "").split()) if isinstance(call, dict) else ""
    logged = reference and any(isinstance(c, dict) and " ".join(str(c.get("reference") or "").split()) == reference
                               for c in data.get("call_log") or [])
    return _record_exhibit(exhibits, CALL_LOG_TITLE) if logged else None


def _where_enclosed(case: Case, pointers: Pointers, files: list[str], page: Any = None) -> str | None:
    """Where the files a structured field names are enclosed, with its page ("Exhibit F, p. 6"), or None unless every
    one is a case file among the exhibits."""
    shown = [pointers.where({"file": f, "page": page}) if _is_case_file(case, f) and pointers.enclosed(f) else None
             for f in files]
    return "; ".join(w for w in shown if w) if shown and all(shown) else None


def _shown_by_record(case: Case, pointers: Pointers, span: dict, *keys: str) -> dict:
    """A span of dates from case.yaml (derived.coverage_span, provider_enrollment) with `where` its record is enclosed;
    a record whose text does not hold the span's dates (`keys`) is dropped, so no sentence says it "shows" them or
    points to it for them (letters set 88, case 07; set 86, case 06: a date only case.yaml gives, said shown by an
    exhibit that holds none)."""
    from appeal_kit.letter import derived

    record = span["record"]
    if derived.record_shows(case.folder, record["files"], [span[k] for k in keys if span.get(k)]) is False:
        return {**span, "record": {**record, "name": None, "date": None, "files": []}, "where": None}
    return {**span, "where": _where_enclosed(case, pointers, record["files"], record["page"])}


def _records_named(case: Case, pointers: Pointers, files: list[str], *, inline: bool = False) -> str | None:
    """Where the enclosed records among `files` are, each named by what it is when there are several ("Exhibit G:
    Suncoast payment confirmation 2026-10-16; Exhibit H: Suncoast premium statement 2026-11-03", by the exhibit
    index's titles), so a reviewer knows which record shows what (set 17, case 05: "enclosed as Exhibit G, Exhibit F
    and Exhibit H"); `inline`, as a sentence's subject reads them ("as Exhibit G (Suncoast payment ...) and Exhibit H
    (...) show": set 20, case 05 printed "as Exhibit G: ...; Exhibit F: ... show"); one record alone is "Exhibit G";
    None when none is enclosed."""
    shown = [p for p in files if _is_case_file(case, p) and pointers.enclosed(p)]
    if len(shown) < 2:
        return pointers.where(shown[0]) if shown else None
    if inline:
        return join_and([f"{pointers.where(p)} ({pointers.title(p)})" if pointers.title(p) else pointers.where(p)
                         for p in shown])
    return "; ".join(f"{pointers.where(p)}: {pointers.title(p)}" if pointers.title(p) else pointers.where(p)
                     for p in shown)


def _appealed_notice(case: Case) -> Path | None:
    """The notice in denial/ that the letter appeals: of several, the one whose file name carries the notice's date
    (claim.notice_date) or whose text holds the claim's number, else the first (letters set 74, case 05: the revised
    notice's words traced to Exhibit A, the superseded first notice, whose name sorts first)."""
    from appeal_kit.intake.deadlines import as_date_or_none

    notices = [e.path for e in case.exhibits if e.path.parent.name == "denial"]
    if len(notices) < 2:
        return notices[0] if notices else None
    day = as_date_or_none(get_path(case.data, "claim.notice_date"))
    number = str(get_path(case.data, "claim.number") or "").strip()

    def holds_number(path: Path) -> bool:
        if not number or path.suffix.lower() not in (".txt", ".md"):
            return False
        try:
            return number in path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False

    # the date in a name first: a revised notice may keep the first one's claim number
    return next((p for p in notices if day and day.isoformat() in p.name), None) \
        or next((p for p in notices if holds_number(p)), notices[0])


def _page_text(page: Any) -> str:
    """A page or pages as a case gives them ("2", "2-3", `[1, 2]`) in the one form the rest reads: a list of whole
    consecutive pages as a range ("1-2"), else the pages with commas (set 34, case 01: "pp. [1, 2]" printed)."""
    if not isinstance(page, (list, tuple)):
        return str(page).strip()
    items = [str(p).strip() for p in page if str(p).strip()]
    if len(items) > 1 and all(p.isdigit() for p in items) and \
            [int(p) for p in items] == list(range(int(items[0]), int(items[0]) + len(items))):
        return f"{items[0]}-{items[-1]}"
    return ", ".join(items)


def _pages(page: Any) -> str:
    text = str(page).strip().replace("--", "-").replace("–", "-")
    if not text:
        return ""
    return f"pp. {text.replace('-', '–')}" if re.search(r"[-,]", text) else f"p. {text}"


def _row_said(row: dict) -> str:
    """A treatment-history row in a sentence, as its table row gives it: "aripiprazole 10 mg daily, 2/2025 to 8/2025,
    Response lost (Exhibit B)"."""
    dates = " to ".join(shortdate(row[k]) for k in ("start", "end") if not is_blank(row.get(k)))
    if row.get("end") == "continuing":
        dates = f"since {shortdate(row.get('start'))}, still taken" if not is_blank(row.get("start")) else "still taken"
    sessions = f"{row['sessions']} sessions" if not is_blank(row.get("sessions")) else ""
    parts = [" ".join(str(row.get(k) or "").strip() for k in ("drug", "dose")).strip(), dates, sessions,
             lower_first(str(row.get("outcome") or "").strip().rstrip("."))]
    said = ", ".join(p for p in parts if p)
    return f"{said} ({row['where']})" if row.get("where") else said


def _in_sentence(text: str) -> str:
    """A drug's name as it reads inside a sentence: a generic name written with a capital ("Duloxetine 60 mg daily")
    lowered, a brand kept ("Spravato"); letters set 91, case 06: "leaves out why Duloxetine was stopped"."""
    from appeal_kit.letter.arguments import brand_names

    first = (re.findall(r"[A-Za-z]+", text) or [""])[0].lower()
    return text if first in brand_names() else lower_first(text)


def build_context(case: Case, template: TemplateInfo, *, exhibits: list[dict] | None = None,
                  today: date | None = None, clinic: Any = _AUTO, numbering: Numbering | None = None,
                  pointers: Pointers | None = None, cited: Any = None) -> dict[str, Any]:
    """The variables a template sees (see the module docstring). Raises TemplateError for missing required
    fields, all of them at once. `clinic`: a profile dict, None for none, or (default) look for clinic.yaml in
    the case folder and then the user config folder."""
    from appeal_kit.intake.deadlines import first_level_name
    from appeal_kit.letter import (
        arguments as args_mod,
        clinic as clinic_mod,
        criteria as criteria_mod,
        derived,
        facts as facts_mod,
    )

    missing = missing_fields(case.data, template.required)
    if missing:
        from appeal_kit.i18n import said_list

        paths = [m.split(":", 1)[0] for m in missing]
        raise TemplateError(  # the person meets this at `draft`: in their language
            _("template {name} needs {fields}, which case.yaml does not have. Add to case.yaml:").format(
                name=template.name, fields=said_list(paths)) + "\n    " + "\n    ".join(missing))
    data = copy.deepcopy(case.data)
    # the treatment's name as said mid-sentence (a sentence that opens with it capitalises it: `|capfirst`)
    if isinstance(get_path(data, "treatment.name"), str):
        data["treatment"]["name"] = args_mod.name_in_sentence(data["treatment"]["name"])
    # "Tobias Whitcombe-Ames, MD" with credentials "MD, pain medicine": the degree the name ends with, said once
    # wherever the two are printed together (letters set 47, case 06: "MD, MD, pain medicine")
    if isinstance(get_path(data, "provider.credentials"), str):
        data["provider"]["credentials"] = derived.credentials_beyond_name(get_path(data, "provider.name"),
                                                                          data["provider"]["credentials"])
    # Required fields get no default: if a template uses one it did not declare, StrictUndefined names it.
    core = {f.path for f in FIELDS if f.required} - (set(DENIAL_FIELDS) if template.request else set())
    no_default = set(template.required) | core  # a request has no denial: its claim number may be blank
    for f in FIELDS:
        if f.path not in no_default:
            _set_default(data, f.path, [] if f.kind in ("list", "dates") else None)

    def defaults(prefix: str, value: Any) -> None:  # a group's keys, and a group's group's keys
        _set_default(data, prefix, {} if isinstance(value, dict) else value)
        if isinstance(value, dict) and isinstance(get_path(data, prefix), dict):
            for sub, sub_value in value.items():
                defaults(f"{prefix}.{sub}", sub_value)

    for key, value in EXTRA_DEFAULTS.items():
        defaults(key, value)
    if derived.medicare_rule_in_plan_policy(data):  # Medicare's NCD or LCD, never the plan's own criteria
        data["medicare_coverage"] = {k: data["plan_policy"].get(k) for k in derived.MEDICARE_RULE_KEYS}
        data["plan_policy"].update(dict.fromkeys(derived.MEDICARE_RULE_KEYS))
    if isinstance(data.get("insurer"), dict) and data["insurer"].get("appeals_address"):
        data["insurer"]["appeals_address"] = derived.appeals_address_under_name(data)
    if isinstance(data.get("external_review"), dict) and data["external_review"].get("address"):
        data["external_review"]["address"] = derived.appeals_address_under_name(data, "external_review.agency",
                                                                                 "external_review.address")
    directory.fill_addressees(data)  # regulator and external-review addressee, with address, where the case has none
    pointers = pointers or Pointers(case, exhibits, numbering)  # before `exhibits` is defaulted: it may carry files
    if exhibits is None:
        from appeal_kit.letter.records import record_titles
        from appeal_kit.numbering import (
            exhibit_label,  # the packet's own labels, so letter and packet agree
        )

        titles = [e.title for e in case.exhibits] + record_titles(case)  # the packet's exhibits, in order
        exhibits = [{"label": exhibit_label(i), "title": t} for i, t in enumerate(titles)]
    # urgently needed care away from home: the time away, and what the member paid the provider (the expense ledger)
    data["away"] = derived.time_away(data)
    data["member_paid"] = _member_paid(case, exhibits)
    # the treatment asked for, already taken and still taken (set 41, case 03), with where its record is enclosed
    now = derived.taken_now(data)
    data["taken_now"] = {**now, "where": pointers.where(now.get("evidence")) or ""} if now else None
    data["billed"] = derived.billed_as(data)  # the places of service and modifiers billed (service_lines)
    data["session_times"] = derived.session_times(data)  # the minutes of each session billed under a timed code
    if isinstance(data.get("payer_criteria"), list):
        data["payer_criteria"] = [
            {"criterion": None, "how_met": None, "evidence": None, **c,
             "where": pointers.where(c.get("evidence"))} if isinstance(c, dict) else c
            for c in data["payer_criteria"]]
    fix = data.get("corrected_claim")
    if isinstance(fix, dict) and isinstance(fix.get("lines"), list):
        # `documented`: what the record shows of the line (an E/M visit apart from the infusion), `where` it shows it,
        # and whether it bills modifier 25 ("99214-25", or modifiers: [25])
        fix["lines"] = [{"code": None, "units": None, "ndc": None, "ndc_unit": None, "ndc_quantity": None,
                         "modifiers": None, "documented": None, "evidence": None, **line,
                         "where": pointers.where(line.get("evidence")),
                         "modifier_25": derived.modifier_25(line)} if isinstance(line, dict) else line
                        for line in fix["lines"]]
    if clinic is _AUTO:
        clinic = clinic_mod.load_clinic(case.folder)
    clinic = clinic_mod.with_signer(clinic, get_path(data, "author.name"), get_path(data, "author.provider"))
    if isinstance(data.get("author"), dict):  # a clinic author's address and phone: the profile's, read now
        data["author"].update(clinic_mod.sender_details(case.data, clinic))
    # the lower levels of care a level-of-care denial named (alternatives rows with a `level`), before the rows are
    # narrowed to the other treatments the alternatives block answers
    data["lower_levels"] = derived.lower_levels(data)
    if isinstance(data.get("alternatives"), list):  # ECT named as an alternative: the letter cites the ECT trial
        data["alternatives"] = [{**a, "is_ect": bool({"ect", "electroconvulsive"} & set(
            re.findall(r"[a-z]+", str(a.get("treatment") or "").lower())))} if isinstance(a, dict) else a
            for a in data["alternatives"] if not (isinstance(a, dict) and not is_blank(a.get("level")))]
    history = get_path(data, "clinical.history")
    indication = args_mod.indication(data, template.indication)
    plan_weeks = args_mod.plan_trial_weeks(data)  # the plan's own minimum for a medication trial, if it sets one
    letter_day = today or clock.today()
    # the one count of the trials (a row still taken counts up to the letter's date): the facts and claims read it
    trials = args_mod.case_trials(data, letter_day, pain=indication == "pain",
                                  plan_weeks=plan_weeks[0] if plan_weeks else None)
    if isinstance(history, list):  # a row's `evidence: {file, page}` as the letter cites it: "Exhibit B, p. 3"
        # a row still taken (derived.continuing_rows) is shown as continuing, never with an end date
        still = derived.continuing_rows(data)
        data["clinical"]["history"] = [{**r, "where": pointers.where(r["evidence"]) if r.get("evidence") else None,
                                        "outcome": derived.outcome_shown(r) or r.get("outcome"),
                                        **({"end": "continuing"} if i in still and not derived.outcome_says_ended(r)
                                           else {})}
                                       if isinstance(r, dict) else r for i, r in enumerate(history)]
    # a kind of treatment the decision says was never tried, or a drug it says is taken now, that the history's rows
    # answer, each row as a sentence says it (letters set 83, cases 03, 06 and 07)
    shown = data["clinical"]["history"] if isinstance(history, list) else []
    data["untried"] = [{**u, "said": _in_sentence((" and " if len(u["rows"]) == 2 else "; ").join(
                            _row_said(shown[i]) for i in u["rows"])),
                        "name": _in_sentence(str(shown[u["rows"][0]].get("drug") or "").strip())}
                       for u in args_mod.untried_named(data, letter_day)]
    # the decision's reason that is a criterion of the policy's own, met (a remission the criterion asks for), with
    # where its record is (letters set 87, case 08)
    data["reason_criteria"] = [{**r, "where": pointers.where(r["evidence"]) if isinstance(r["evidence"], dict) else ""}
                               for r in derived.reason_is_criterion(data)]
    # the FDA's approval or clearance the case records (treatment.fda), with where its record is enclosed
    fda = derived.fda_action(data, letter_day)
    data["fda"] = {**fda, "where": pointers.where({"file": fda["file"], "page": fda["page"]}) if fda["file"] else ""} \
        if fda else None
    # the plan's own access standard (its quoted distance and wait), worked out here once: the network block, the
    # facts and the claims trace (through Facts.access_standard) read this one; so are each network row's place
    # against it (`beyond`) and the contact made before the care (`asked_first`), which the block and the facts read
    standard = data["access_standard"] = derived.access_standard(data)
    data["asked_first"] = None  # the network contact made before the care, when the plan's terms ask for one
    if isinstance(data.get("network"), list):  # a source contacted, cited where the records show the contact
        # and set against the plan's own access standard where the row gives its miles and first opening
        data["network"] = [{**p, "where": pointers.where(p["evidence"]) if p.get("evidence") else None,
                            "beyond": derived.beyond_standard(p, standard),
                            # not in the network on the date it was tried: said so, never counted as in-network
                            "left": args_mod._flag(p.get("in_network")) is False,
                            "source": derived.network_source(p)}
                           if isinstance(p, dict) else p for p in data["network"]]
        # the same terms' condition that the member asked the plan first, against the dates of care
        data["asked_first"] = derived.asked_before_care(data, standard, letter_day)
    from appeal_kit.intake.deadlines import at_next_level, deadline_for_case, state_runs_review

    first_due = None if at_next_level(data) else deadline_for_case(data)
    plan_type = get_path(data, "claim.plan_type")
    authorization = get_path(data, "author.authorization")
    # the enclosed authorization is Medicare's appointment form by its own words: its signer is an appointed
    # representative (derived.author_standing), and the letter names the form (set 70, case 02)
    data["appointment_form"] = bool(authorization and plan_type in derived.MEDICARE_PLANS
                                    and derived.encloses_appointment_form(case.folder / str(authorization)))
    standing = derived.author_standing(data, letter_day)
    data["notice_copies"] = derived.notice_copies(data, case.folder)
    later = derived.records_after_decision(data)
    data.update(
        letter_date=letter_day.isoformat(),
        exhibits=[{k: v for k, v in e.items() if k != "file"} for e in exhibits],
        bates_prefix=case.bates_prefix,
        template=template.name,
        route=template.route,
        # whom "I ask ... to" asks: the plan, or at the next level the reviewer, to direct the plan
        ask_plan=("you to direct " if template.route == "next level" else "")
        + str(get_path(data, "insurer.name") or ""),
        clinic=clinic,
        trials=trials,
        indication=indication,
        indicated_codes=args_mod.indicated_codes(data, indication),
        pt=derived.patient_names(data, clinician=template.signed_by == "clinician"),
        tx=derived.treatment_forms(data),
        on_behalf=derived.writes_for_someone_else(data),
        standing=standing,
        # the roles the author holds, so the letter speaks of them as "I" and "my", never in the third person (letters
        # set 43, cases 02 and 06: "on the prescriber's supporting statement", "prescribed by the treating clinician",
        # each signed by that prescriber): `clinician` the treating clinician writing (or a letter a clinician signs),
        # `prescriber` one who prescribes
        i_am={"clinician": standing["kind"] == "clinician" or template.signed_by == "clinician",
              "prescriber": (standing["kind"] == "clinician" and standing.get("prescribes") is not False)
              or template.signed_by == "clinician"},
        certifier=derived.certifier(data),
        first_reviewer=derived.first_reviewer(data),
        substance_use=derived.substance_use_first(data),
        # the letter names the form only where one form is the rule (Medicare's CMS-1696) and the enclosed document
        # is that form by its own words; elsewhere the signed authorization may be the plan's form or the member's
        # own letter, and the case does not say which
        authorization={"where": pointers.enclosed(authorization) if authorization else None,
                       "form": derived.authorization_form(plan_type) if data["appointment_form"] else None},
        # a provider appealing its own claim encloses its waiver of liability, and cites the rule that makes such a
        # provider a party where it governs: under a plan whose member-appeal rules a provider's own appeal otherwise
        # cites none (Citations below), the one rule that is about that provider's standing (set 92, case 03)
        waiver={"where": pointers.enclosed(get_path(data, "provider.waiver"))
                if standing["kind"] == "provider" else None,
                "law": Citations(route(data)).law("provider_waiver")},
        labelled_use=derived.spravato_labelled_use(data, trials, indication),
        records_cover=derived.records_cover(data, any(e.path.parent.name == "clinical" for e in case.exhibits)),
        # clinical records are among the exhibits: only then may a sentence say "the enclosed records"
        records_enclosed=any(e.path.parent.name == "clinical" for e in case.exhibits),
        next_level=derived.next_level(data, letter_day),
        # the address's first line already names the body the request goes to: the block prints it once
        agency_in_address=derived.names_repeated(get_path(data, "external_review.agency"),
                                                 get_path(data, "external_review.address")),
        # the next level's body is written to only at an address; a name alone is no addressee (set 78, case 08: the
        # federal process, which the plan sends to a reviewer it assigns), except the state agency the directory
        # names as where the state's review is asked for: the request is filed with it, never sent through the plan
        # "to be forwarded", and `check` asks for its address (letters set 101, case 08: Michigan's DIFS). A body the
        # case names without an address keeps the plan's: in some states the insurer takes the request
        agency_addressed=not is_blank(get_path(data, "external_review.agency"))
        and (not is_blank(get_path(data, "external_review.address")) or _directory_agency(data)),
        # an integrated D-SNP (rules.route): its first level is one integrated reconsideration of Medicare and Medicaid
        integrated=route(data) in INTEGRATED.values(),
        # the first level by its name for the plan (deadlines.FIRST_LEVEL_NAMES): "redetermination", ... or None
        level_name=first_level_name(route(data)),
        expedited_level_name=first_level_name(route(data), expedited=True),
        contact_phone=(clinic or {}).get("phone") or get_path(data, "author.phone"),
        # cc: the copies the case lists, as {name, address} (directory.copies; check reports the ones it cannot name)
        copies_to=[{"name": c.name, "address": ", ".join(line.strip() for line in (c.address or "").splitlines()
                                                         if line.strip())} for c in directory.copies(case.data)[0]],
        scales=derived.severity_scales(data),
        diagnostic_test=args_mod.is_diagnostic_test(get_path(data, "treatment.name")),
        severity_repeated=derived.severity_repeated(data),
        response_repeated=derived.response_repeated(data),
        urgent_case=derived.urgent_case(data),
        # the standard letter's request for an expedited decision, under a rule's clock or the plan's own terms
        expedite=derived.expedited_request(data, letter_day, expedited_letter=template.expedited),
        reviewer=derived.reviewer_specialty(data),
        prescriber=derived.prescriber(data, clinic),
        criteria_named=derived.criteria_named(data),
        criteria_named_of=derived.criteria_of(derived.criteria_named(data)),
        named_approved=derived.named_approved(data),
        policy=derived.policy_label(data),
        criteria_policy=derived.criteria_policy(data),  # a criteria table's title, never an exclusion list
        # a criterion whose own exception the diagnosis meets (set 86, case 08)
        excepted=derived.criterion_excepted(data),
        policy_cited=derived.policy_cited(data),  # the denial's words name the plan language quoted
        # the plan text quoted is word for word a criterion the table already shows: not quoted again (set 53, case
        # 07: criterion 2 in the table, in its own section and then as "The plan's own RX-CGRP-3 reads")
        quote_in_criteria=derived.quote_is_a_criterion(data),
        # the plan's own criteria beside Medicare's, which govern: quoted, never asked to be applied (set 63, case 08)
        plan_criteria_yield=derived.plan_criteria_yield(data),
        # an approval that had run its period before the care denied: nothing authorized is cut (set 63, case 03)
        approval_ran_out=derived.approval_ran_out(data),
        # a course of sessions (TMS, ECT, psychotherapy), not a drug: no off-label drug comparison is drawn for it
        treatment_is_course=args_mod.is_course({"drug": get_path(data, "treatment.name") or ""}),
        stage=derived.appeal_stage(data),
        # records dated after the decision appealed, each with where the letter points to it ("Exhibit C"), its
        # exhibit title, and whether it is a clinical record (only those "document care": set 19, case 05's HR letter)
        new_records=(lambda later: {**later, "records": [
            {**r, "where": pointers.where(r["file"]), "title": pointers.title(r["file"]),
             "clinical": Path(str(r["file"])).parts[:1] == ("clinical",)} for r in later["records"]]})(later),
        statement_after_decision=derived.statement_after_decision(data, later),
        # records the plan had when it decided, with where each and its proof of sending are (set 22, case 08)
        sent_records=[{**r, "where": pointers.where(r["file"]), "proof_where": pointers.where(r["proof"])}
                      for r in derived.records_sent(data)],
        # what a decision states that the record contradicts, each with where the record is (set 18, 03 and 04)
        # a record told from more than one document names each (`file` a list; its `page` is the first one's): the
        # letter cites each document for what it holds, never the first for all (set 44, case 06: the portal's end
        # date cited to the approval letter)
        # a correction whose words the history itself records (a drug still taken, a dose as given) says the record
        # bears them out and answers the conclusion drawn from them (`confirmed`; letters set 87, case 05)
        corrections=[{**c, "where": pointers.where([{"file": f, "page": c["page"] if i == 0 else None}
                                                    for i, f in enumerate(derived.files_named(c["file"]))]),
                      "confirmed": not c["word"] and not c.get("leaves_out")
                      and (c.get("borne_out") or args_mod.history_bears_out(c["said"], data))}
                     for c in derived.decision_corrections(data)],
        necessity_not_reviewed=derived.necessity_not_reviewed(data, case.folder),
        # the policy's section for the use requested, against the one the denial applied, with where its proof is
        section=(lambda sec: {**sec, "where": [pointers.where(f) or f for f in sec["proof"]]})(
            derived.policy_section(data)),
        # a step-therapy rule's new starts: the earlier doses within its lookback, each with where the letter points
        started=(lambda st: {**st, "within": [{**d, "where": pointers.where(d["file"]) if d["file"] else ""}
                                             for d in st["within"]],
                             "from_where": pointers.where(st["from_file"]) if st["from_file"] else ""})(
            derived.new_start(data)),
        exclusion_named=derived.exclusion_names_treatment(data),
        quote_is_listing=derived.quote_is_listing(data),
        quote_grants=derived.quote_grants(data),
        quote_is_procedure=derived.quote_is_procedure(data),
        quote_on_authorization=derived.quote_on_authorization(data),
        # what the payer is called after its name: "the agency" for fee-for-service Medicaid, which has no plan
        payer_word=derived.payer_short_name(data),
        exclusion_label=derived.exclusion_label(data),
        exclusion_off_label=derived.exclusion_off_label(data, indication,
                                                    derived.spravato_labelled_use(data, trials, indication)),
        statutory_exclusion=derived.statutory_exclusion(data),
        filing_status=derived.filing_status(data),
        correction=derived.correction_status(data),
        service=derived.service_status(data, letter_day),
        cut_notice=derived.care_cut_notice(data, letter_day),
        # what the decision does to care authorized with some still to come ("end"), for the subject and request
        care_cut=derived.care_cut(data, letter_day),
        # the plan's other terms set aside the authorization its quoted terms require
        pa_waiver=derived.authorization_waived_elsewhere(data),
        # the day a renewal of the plan's approval was asked for (prior_auth.approved.extension_asked)
        extension_asked_on=get_path(data, "prior_auth.approved.extension_asked") or None,
        shows_criteria=template.criteria,  # the template sets out the criteria one by one in a table
        summarized=opens_with_summary(template),
        # the payer_criteria rows marked not met (`met: false`), 1-based, whatever replaces them: the table is never
        # framed as "how each is met" above one (letters set 40, case 07: criterion 2 replaced by criterion 3)
        criteria_unmet=[i for i, c in enumerate(get_path(data, "payer_criteria") or [], start=1)
                        if isinstance(c, dict) and args_mod._flag(c.get("met")) is False],
        # some required step cannot safely be taken: never "the required drugs have been tried" (coverage_exception)
        steps_ruled_out=args_mod.steps_ruled_out(data),
        # the criteria conceded unmet, for the exception the letter asks in their place (criterion_exception)
        conceded=derived.conceded_said(data),
        # the letter sets out published evidence: the evidence paragraph, for a treatment the library has evidence
        # for, or the case's own literature in its References; only then may an argument point to "the evidence below"
        # the denial asks whether the treatment is needed at all (not a level of care, not care already under way):
        # only then does the count of failed trials answer it, or the question of what should have come first
        need_questioned=args_mod.trials_bear(data) and not derived.continuation_questioned(data),
        # the letter's own count of failed trials, with its rule: only where the denial's question is medical, and
        # not where it rests on an authorization the plan never decided or did not require, which the plan's own
        # dates and terms answer (letters set 50, cases 03 and 05: the six-week rule read as the plan's)
        count_bears=args_mod.trials_bear(data) and not derived.continuation_questioned(data) and not (
            set(args_mod.denial_reasons(data)) == {"prior_authorization"}
            and (get_path(data, "prior_auth.never_decided") is True or get_path(data, "prior_auth.required") is False)),
        evidence_shown=template.evidence and args_mod.care_questioned(data) and bool(data.get("literature") or (
            indication in args_mod.EVIDENCE_INDICATIONS and not derived.protocol_variant(data))),
        # the template's request asks for a copy of the policy the denial names, so no argument asks for it again
        asks_policy_copy="policy_copy_asked" in template.says,
        dates=(lambda said: {**said, "after_name": derived.dates_after_name(said, get_path(data, "treatment.name"))})(
            derived.service_dates(data, letter_day)),
        decision_time=derived.decision_time(data, letter_day),
        # a Medicare Advantage reconsideration never decided in its time: the plan is asked to send the case file on
        ire_overdue=derived.ire_overdue(data, letter_day),
        # an appeal made by phone, where the plan type's rules date the appeal from it: confirmed in writing
        oral_appeal=derived.oral_appeal(data, letter_day),
        # a written request at this level that the plan dismissed: the letter says this one is new (set 98, case 02)
        earlier_dismissal=derived.earlier_dismissal(data, letter_day),
        # an Original Medicare reconsideration the QIC never decided in its time: the QIC is asked to escalate it
        escalation=derived.qic_escalation(data, letter_day),
        # the plan's own promised clock, asked for in the request of the letters that ask for a decision time
        own_decision_time=(lambda own: own and {**own, "asked": template.name not in NO_DECISION_TIME})(
            derived.plan_decision_time(data, letter_day)),
        # the first day of care to come, asked to be decided before where no clock or term gives a decision time
        scheduled_care=(lambda care: care and {**care, "asked": template.name not in NO_DECISION_TIME})(
            derived.scheduled_care(data, letter_day)),
        approval_period=derived.approval_period(data),
        exception_clock=derived.exception_clock(data),
        deemed=derived.deemed_approval(data, letter_day),
        harm_stopped=args_mod.stopped_for_harm(data),
        # the quoted protocol's own words accept a drug stopped for harm or contraindicated (set 37: said as the
        # plan's rule only where its words hold one) and the criteria rows are another document's, not the quoted
        # protocol's (set 37, cases 02 and 04: the SPD's conditions and the state's criteria that govern instead)
        transition=derived.transition_supply(data),  # a Part D new member's temporary supply (set 37, case 05)
        plan_accepts_harm=bool(args_mod.plan_accepts_adverse_stop(data)),
        plan_accepts_contraindication=args_mod.plan_accepts_contraindication(data),
        criteria_elsewhere=bool(not is_blank(get_path(data, "plan_policy.quote")) and data.get("payer_criteria")
                                and not derived.criteria_from_policy(data)),
        severity_line_dated=derived.severity_line_dated(data),
        severity_series=derived.severity_series_from(data, letter_day, facts_mod.CURRENT_DAYS),
        measured=derived.measured_response(data, letter_day),  # scores before the care and after it began
        # the deadline for a first appeal of the notice (facts.appeal_timely says whether this letter meets it)
        first_deadline=first_due.date.isoformat() if first_due and first_due.date else None,
        # that deadline counted by its rule from the day the notice was received (claim.notice_received): the day and
        # the rule's days, which the letter gives as the deadline's reason (letters set 76, case 05)
        receipt_counted={"date": first_due.received_on.isoformat(), "days": first_due.rule.days}
        if first_due and first_due.received_on and first_due.rule else None,
        # the notice's own window, shorter than the rule's that gives that deadline (letters set 97, case 07)
        notice_short=derived.notice_window_short(data, first_due.date if first_due else None),
        outside_ok=derived.outside_trials_accepted(data),
        outside_claims_only=derived.trials_read_from_claims(data),
        pa_request=derived.prior_auth_request(data, letter_day),
        pa_clock=derived.undecided_request_clock(data, letter_day),
        # a request to authorize care not yet given that the plan never decided: no notice to quote, no claim to pay
        # (letters set 58, case 08)
        no_notice=derived.no_decision_notice(data, letter_day),
        # the request for authorization came before the care, decided or not: no notice was missed (set 60, case 02)
        asked_ahead=derived.requested_before_care(data, letter_day),
        # the plan's terms that care given while a request is pending is reviewed under it (set 55, case 07)
        pending_review=derived.pending_request_review(data, letter_day),
        window=derived.coverage_window(data),
        # with whether the denial's own words rule on it (derived.approval_ruled_on)
        approval=(lambda a: {**a, "ruled_on": derived.approval_ruled_on(data),
                             "counted": derived.approval_counted(data)} if a else a)(derived.approval(data)),
        claim_ids=derived.claim_ids(data),
        not_appealed=derived.lines_not_appealed(data),
        # a self-funded plan answers to federal law only: no state law is asked to be applied to it
        self_funded=directory.funding(data) == "self_funded",
        # a church or government plan's appeal rules hold only if it is not grandfathered, which the case may leave
        # open (claim.grandfathered): the letter says so once, and asks (set 67, case 07)
        grandfather_open=route(data) in GRANDFATHER_MATTERS and get_path(data, "claim.grandfathered") is None,
        # the extension of that approval the plan's own terms allow, for the dates it does not reach
        extension=derived.extension_request(data, letter_day),
        # the claim's days inside that approval, which the plan's own terms promise not to deny later
        kept=derived.kept_authorized(data),
        ndc_units=NDC_UNITS,
        age=derived.age_at_service(data, letter_day),
        # individual coverage that is no qualified health plan: the Marketplace's network rule is not its
        student_plan=derived.student_plan(data),
        # where enclosed files are, as the letter points to them ("Exhibit F")
        # and their exhibit titles, for a sentence that names an enclosure by what the index calls it
        enclosed_titles={"corrected_claim": pointers.title(get_path(data, "corrected_claim.file"))
                         if _is_case_file(case, get_path(data, "corrected_claim.file")) else None},
        enclosed={key: _enclosed_all(case, pointers, path) for key, path in (
            ("corrected_claim", get_path(data, "corrected_claim.file")),
            ("comparator", get_path(data, "plan_policy.comparator.file")),
            ("approval", get_path(data, "prior_auth.approved.file")),
            ("approval_entered", get_path(data, "prior_auth.approved.entered")),
            ("prescriber_statement", get_path(data, "prescriber_statement.file")),
            ("medicare_rule", get_path(data, "medicare_coverage.file")),
            ("exclusion", get_path(data, "plan_policy.exclusion.file")),
            ("other_terms", get_path(data, "plan_policy.other_terms_file")),
            ("plan_policy", get_path(data, "plan_policy.file")),
            ("emergency", get_path(data, "emergency.file")),
            ("urgent_record", get_path(data, "urgently_needed.file")),
            ("away", get_path(data, "urgently_needed.away.proof")),
            ("plan_advised", get_path(data, "urgently_needed.plan_advised.file")))},
        enclosed_as={}, enclosed_many={},
        medicare_rule=derived.medicare_coverage(data),
        # the revision of Medicare's rule the decision applied, retired before the care (set 54, case 04)
        medicare_replaced=(lambda c: {**c, "where": _where_enclosed(case, pointers, c["files"], c["page"])
                                      if c["files"] else None})(derived.medicare_replaced(data)),
        augmentation_rule=derived.augmentation_rule(data),
        option=derived.plan_option(data),
        cob=(lambda cob, quote: {**cob, "other_second_where": pointers.where(cob["other_second"]) if cob["other_second"]
                          else "", "continued_where": pointers.where(cob["continued_proof"]) if cob["continued_proof"]
                          else "",
                          # the plan's quoted terms state the employee-before-dependent rule themselves: applied,
                          # never restated beside the quote (letters set 62, case 08)
                          "quote_states_rule": bool(re.search(r"\b(?:employee|subscriber)\b", quote, re.I)
                                                    and re.search(r"\bdependent\b", quote, re.I))})(
            derived.other_coverage(data), str(get_path(data, "plan_policy.quote") or "")),
        superseded=derived.superseded_exclusion(data),
        # the plan's clause on which of its documents governs, with where its document is enclosed (set 19, case 01)
        precedence=(lambda c: {**c, "where": _where_enclosed(case, pointers, c["files"], c["page"])})(
            derived.precedence_clause(data)),
        # the criteria the plan's own document requires, with where it is enclosed (set 21, case 06)
        required=(lambda c: {**c, "where": _where_enclosed(case, pointers, c["files"], c["page"])})(
            derived.required_criteria(data)),
        # the policy version in force on the dates of service, with where its clause is enclosed (set 41, case 05)
        in_force=(lambda c: {**c, "where": _where_enclosed(case, pointers, c["files"], c["page"]),
                             "text_where": _where_enclosed(case, pointers, c["text_files"], c["text_page"])
                             if c["text_files"] else None})(derived.version_in_force(data)),
        # a list of the plan's own that names the treatment, with where it is enclosed (set 19, case 07)
        plan_list=(lambda c: {**c, "where": _where_enclosed(case, pointers, c["files"], c["page"])})(
            derived.plan_list(data)),
        psych=derived.psychiatric_days(data),
        # the level of care the claim is for (claim.setting), as the letter names it
        setting=derived.care_setting(data),
        # an exclusion set for one age group, with where the record of the date of birth is (set 21, case 03)
        excl_ages=(lambda a: {**a, "where": _where_enclosed(case, pointers, [a["record"]["file"]], a["record"]["page"])
                              if a["record"] else None})(derived.exclusion_ages(data)),
        grace=derived.grace_period(data),
        # when the coverage began (and ends), with where its record is enclosed (set 21, case 02; set 20, case 03)
        coverage_span=_shown_by_record(case, pointers, derived.coverage_span(data), "start", "end"),
        enrollment=_shown_by_record(case, pointers, derived.provider_enrollment(data), "effective"),
        # a decision's higher minimum than the criteria set (set 33, case 05)
        least=derived.decision_minimum(data),
        # the policy relied on, last reviewed before the FDA's action (set 35, case 08)
        stale_policy=derived.policy_reviewed_before_fda(data),
        filing_request=derived.filing_request_rule(data),
        filing_late=derived.filing_late_clause(data),
        notice=derived.admission_notice(data),
        post_stabilization_asked=derived.post_stabilization_request(data),
        business_notice=derived.business_notice(data),
        missed_notice=derived.missed_notice(data),
        # the limit, with where the document it comes from is enclosed (set 21, case 07)
        limit=(lambda lim: {**lim, "source": {**lim["source"], "where": _where_enclosed(
            case, pointers, lim["source"]["files"], lim["source"]["page"])},
            "counted_where": _enclosed_all(case, pointers, lim["counted_file"]),
            **_counted_said(case, pointers, lim)})(derived.benefit_limit(data)),
        terms=derived.plan_terms(data),
        medical_judgment=derived.medical_judgment(data),
        # the reasons the letter answers (arguments.denial_reasons): a shared block words itself by them
        reasons=args_mod.denial_reasons(data),
        # the letter argues the care itself unless every reason it answers is about the claim's paperwork
        clinical_case=not set(args_mod.denial_reasons(data)) or
        not set(args_mod.denial_reasons(data)) <= args_mod.NOT_CLINICAL,
        # the treatment history is set out only where the denial turns on it (arguments.history_bears): never for
        # emergency care (set 11, case 07), the network, an authorization given, an exclusion's words or another payer
        shows_history=bool(get_path(data, "clinical.history")) and args_mod.history_bears(data),
        # the rows of the history that are the treatment requested, given before with a response or remission
        earlier=(earlier := args_mod.earlier_responses(get_path(data, "clinical.history"),
                                                       get_path(data, "treatment.name"),
                                                       get_path(data, "clinical.episode_onset"))),
        # the course asked for continues or maintains what those rows brought, none of them such a course itself
        continues=args_mod.continuing_course(get_path(data, "treatment.name"), earlier),
        # the rows tried and paid outside the plan (`paid_outside`), the treatment requested aside: samples of the
        # drug asked for are its response so far, never a step tried (set 21, case 04)
        outside=[r for r in get_path(data, "clinical.history") or [] if isinstance(r, dict) and r.get("paid_outside")
                 and not args_mod.same_treatment(r, get_path(data, "treatment.name"))],
        sender_address=derived.sender_address(data, clinic),
        regulator_name=derived.regulator(data),
        definition=derived.definition_parts(data, trials),
        timeline=derived.timeline(data),
        language_request=derived.language_request(data, letter_day),
        state_review=state_runs_review(data),  # the external review is the state's process (rules.STATE_PROCESS)
        # a provider's appeal of its own claim is a party's under Original Medicare's rules (42 CFR 405.906(b)); under
        # any other plan it follows the plan's provider dispute terms, not the member-appeal rules, so none is cited
        # (letters set 31, case 05: a practice's claim appeal argued under the CHIP member-appeal rules)
        **Citations(route(data) if standing["kind"] != "provider"
                    or route(data) == "medicare" else None, state_review=state_runs_review(data),
                    self_funded=directory.funding(data) == "self_funded",
                    small_employer=small_employer(data),
                    mental_health=derived.care_for_mental_health(data),
                    grandfathered=grandfathered(data)).functions(),
    )
    # the letter asks that an expedited external review run beside this expedited appeal (make_templates
    # SIMULTANEOUS_EXTERNAL prints it on this test): quoted words that make external review wait for the internal
    # appeal's end are then answered, never left as terms that "bear on this claim" (letters set 92, case 05)
    data["concurrent_external"] = (
        template.route == "internal appeal" and data["applies"]("expedited_external_review")
        and bool(data["medical_judgment"] or data["clinical_case"])
        and (template.expedited or bool(data["expedite"] and data["expedite"].get("rule"))))
    # the Part D exception rule, one sentence both the appeal (exception_request) and the prior-authorization request
    # (scripts/make_templates.py) say
    law, applies = data["law"], data["applies"]
    data["part_d_exception"] = lambda formulary=False, step=False: wording.part_d_exception_rule(law, applies,
                                                                                                 formulary, step)
    # the records a field names, as the letter points to them (_records_named): the enrollment records of the
    # member's plan option, the proof that the coverage was in force, the provider's notice to the plan or request for
    # authorization, the records of the other coverage, the record of where a psychiatric stay was
    proofs = [p for p in data["option"]["proof"] if _is_case_file(case, p)]
    data["option"]["enclosed"] = len(proofs)
    for key, files in (("plan_option", data["option"]["proof"]),
                       ("eligibility", derived.files_named(get_path(data, "eligibility.proof"))),
                       ("pa_proof", derived.files_named(get_path(data, "prior_auth.proof"))),
                       ("other_coverage", data["cob"]["proof"]), ("psychiatric_days", data["psych"]["proof"]),
                       # the other plan's explanation of benefits for this claim, and the records of what the plan
                       # was told (derived.other_coverage)
                       ("other_processed", (data["cob"]["processed"] or {}).get("files") or []),
                       ("other_reported", data["cob"]["reported_proof"]),
                       ("decree", data["cob"]["decree"]["files"]),
                       ("session_times", data["session_times"]["files"]),
                       ("superseded", data["superseded"]["files"]),
                       ("state_plan", data["superseded"]["state_plan"]["files"]),
                       ("correction_proof", derived.files_named(get_path(data, "corrected_claim.proof"))),
                       # each filing record by what it is: a form answered later proves no first submission (set 33,
                       # case 01: "The proof of that submission is enclosed as Exhibit C, Exhibit D and Exhibit F")
                       ("filing_proof", derived.files_named(get_path(data, "filing.proof"))),
                       ("late_proof", derived.files_named(get_path(data, "late_filing.proof"))),
                       ("received_proof", derived.files_named(get_path(data, "claim.notice_received.proof"))),
                       # the appeal the plan never decided, as sent, with its proof of sending (set 72, case 01)
                       ("undecided_proof", (data["next_level"]["undecided"] or {}).get("proof") or [])):
        data["enclosed"][key] = _records_named(case, pointers, files)
        # the same records as the subject of "as ... show(s)", with the verb's number
        data["enclosed_as"][key] = _records_named(case, pointers, files, inline=True)
        data["enclosed_many"][key] = sum(1 for p in files if _is_case_file(case, p) and pointers.enclosed(p)) > 1
    # `told`: the records a correction of the decision's words (decision_corrected, said early) has already set out,
    # by the field that names them: the block that argues from the same record refers to it there rather than telling
    # its facts again (letters set 44, cases 04 and 06; set 43, cases 01 and 03: the correction, then a section that
    # retold the same dates, enrollment or list)
    corrected = {f for c in data["corrections"] for f in derived.files_named(c.get("file"))}
    argued_from = (("approval", derived.files_named(get_path(data, "prior_auth.approved.file"))),
                   ("option", derived.files_named(data["option"]["proof"])),
                   ("pa_proof", derived.files_named(get_path(data, "prior_auth.proof"))),
                   ("plan_policy", derived.files_named(get_path(data, "plan_policy.file"))))
    data["told"] = {key: bool(corrected & set(files)) for key, files in argued_from}
    # a correction whose record another block argues from (the approval, the plan's terms, the request's proof) is
    # summed up by that block's own summary line; the others are named in the opening summary (decision_corrected)
    argued = {f for _, files in argued_from for f in files} | {
        f for key in ("plan_policy.listed.file", "plan_policy.other_terms_file")
        for f in derived.files_named(get_path(data, key))}
    data["corrections"] = [{**c, "argued": bool(argued & set(derived.files_named(c.get("file"))))}
                           for c in data["corrections"]]
    # the plan's quoted terms with their exhibit, before the colon that opens the quotation (set 33, case 03: SPD 6.3
    # quoted with no exhibit)
    data["policy_at"] = f" ({data['enclosed']['plan_policy']})" if data["enclosed"].get("plan_policy") else ""
    # why the plan held a request, with or without its own "for" (set 34, case 02: "pended it clinical records"; set
    # 17, case 02 wrote "for clinical records"): the letter says "for" once
    held = get_path(data, "prior_auth")
    if isinstance(held, dict) and isinstance(held.get("pended_for"), str):
        data["prior_auth"] = {**held, "pended_for": re.sub(r"^\s*for\s+", "", held["pended_for"], flags=re.I)}
    paid = get_path(data, "emergency.plan_paid.file")  # the record of the plan's own payment, with its page
    data["enclosed"]["emergency_paid"] = _where_enclosed(case, pointers, [str(paid)], get_path(
        data, "emergency.plan_paid.page")) if paid and _is_case_file(case, paid) else None
    # the person's own sentence on how the other terms apply to the case: said right after the terms are quoted with
    # their exhibit, in place of asking the plan to address them (sets 24 and 25: quoted, never applied); the terms'
    # exhibit is not given again, as the proof of the case's own facts the sentence states (letters set 74, case 07:
    # a notice's receipt and postmark "(Exhibit F)", the SPD excerpt)
    apply = " ".join(str(get_path(data, "plan_policy.other_terms_apply") or "").split()).rstrip(".")
    data["other_terms_applied"] = f"{apply}." if apply else ""
    # terms that only give the time to ask for this level: used to say the request is on time (letters set 98, 03)
    data["window_terms"] = None if apply else derived.filing_window_terms(data, letter_day)
    if not data["enclosed"].get("plan_advised"):  # the plan's advice, recorded in the call log by its reference
        data["enclosed"]["plan_advised"] = _call_logged(data, exhibits, get_path(data, "urgently_needed.plan_advised"))
    for level in data["lower_levels"]:  # where each lower level's record is, as the letter points to it
        shown = [p for p in level["proof"] if _is_case_file(case, p)]
        level["where"] = join_and([pointers.where(p) for p in shown]) if shown else None
    citations = cited or _citations(case, pointers)
    # the enclosed peer-reviewed trials of this indication, for a policy alternative that asks for such articles
    tags = INDICATION_TAGS.get(data["indication"], frozenset())
    articles = [{"key": r.key, "short": r.short(), "where": pointers.enclosed(str(r.file))}
                for r in (citations.known[k] for k in citations.listed if k in citations.known)
                if r.file and pointers.enclosed(str(r.file)) and tags & set(r.tags) and "guideline" not in r.tags]
    data["prongs"] = derived.policy_prongs(data, articles)
    # the plan's own definition of "experimental" with alternative tests, each with what the case answers it with and
    # where its record is; the references an answer cites must be among those the letter lists (set 19, cases 01, 08)
    definition = derived.plan_definition(data, letter_day, data["indication"], data["labelled_use"],
                                         listed=citations.listed)
    definition["where"] = _where_enclosed(case, pointers, definition["files"], definition["page"])
    for test in definition["tests"]:
        test["where"] = _where_enclosed(case, pointers, test["files"], test["page"])
        test["refs"] = [{"key": k, "short": citations.known[k].short()} for k in test["refs"] if k in citations.known]
        if test["answer"] in ("no_trials", "not_in_trial") and not test["where"]:
            test["unmet"] = None  # the record that shows it is not enclosed: the letter cannot point to it
    definition["all_unmet"] = True if definition["tests"] and all(t["unmet"] for t in definition["tests"]) else None
    definition["open"] = [t["label"] for t in definition["tests"] if not t["unmet"]]
    data["plan_definition"] = definition
    data["either"] = derived.criteria_alternatives(data)  # (case.yaml's `alternatives` are other treatments)
    # criteria the denial names as unmet that the record meets, each with where its record is
    # `told`: a correction of the decision's words already set out the same record, so the criterion points to it
    # rather than telling it again (set 33, cases 02, 04, 08: the IOP told under "What the notice gets wrong", then
    # again under "Criterion 3 the decision found unmet")
    # (a record among several the criterion's row cites counts: set 43, case 06, duloxetine's rheumatology record
    # beside the psychiatry note)
    passages = derived.denial_passages(data)

    def _telling(where: Any, criterion: dict | None = None) -> int | None:
        """The first correction whose `where` is the row's, or one of the records it cites; for a criterion the
        decision found unmet, never one whose quoted words stand in the passage of the decision that names another
        criterion or an exclusion (letters set 71, case 08: the remission quoted under Exclusion 4 concluded
        criterion 2 met)."""
        parts = set(str(where).split("; ")) if where else set()
        for i, c in enumerate(data["corrections"]):
            held = derived.passage_of(passages, c.get("said"))
            elsewhere = bool(criterion and held and criterion.get("passage") not in (None, held)
                             and derived.names_by_number(held))
            if c.get("where") and (c["where"] == where or c["where"] in parts) and not elsewhere:
                return i
        return None

    def _told_by(where: Any) -> str | None:
        i = _telling(where)
        return None if i is None else data["corrections"][i]["where"]

    # an alternative of the criterion set out in words whose every row's record a correction has set out is referred
    # to, not told a fourth time after its row, the history table and the correction (letters set 67, case 04:
    # olanzapine's six weeks in all four)
    either = data.get("either")
    if either:
        data["either"] = {**either, "told": {label: bool(either["rows"][label]) and all(
            _told_by(data["payer_criteria"][i - 1].get("where")) for i in either["rows"][label])
            for label in either["shown"]}}
    data["denied_met"] = [{**c, "where": where, "told": telling is not None, "told_by": telling}
                          for c in derived.denied_criteria_met(data)
                          for where in [data["payer_criteria"][c["row"] - 1].get("where")]
                          for telling in [_telling(where, c)]]
    # a criterion whose record a correction has set out is concluded there, in the same sentence ("... criterion 1,
    # which the decision found unmet, is therefore met"), not in a section of its own that adds no fact (set 44, case
    # 01: the cell, the correction and "It is met, as the record set out above shows" told it three times)
    # (one the decision measured against a figure of its own keeps its section, which answers that figure)
    concluded = [d for d in data["denied_met"] if d["told"] and not d.get("applied")]
    # (the criterion's own answer stays in its table row, or is said in the correction where no table is shown: set
    # 44, case 01's "maintenance began 07/10/2026, 42 days later" was left unsaid behind "set out below")
    # and an exclusion of the policy's own the criteria table answers as absent is concluded after the statement
    # that gave it as the ground: "Exclusion 4 ... does not apply", never a criterion met (letters set 71, case 08)
    data["corrections"] = [{**c, "criteria": [{"number": d["number"], "how_met": d["how_met"]} for d in concluded
                                              if d["told_by"] == i],
                            "exclusion": derived.exclusion_answered(data, c.get("said"))}
                           for i, c in enumerate(data["corrections"])]
    data["denied_open"] = [c for c in data["denied_met"] if c not in concluded]
    _file_under_open_criteria(data, passages)
    # the denial's ground is answered by a plan document the case holds, not by a clinical judgment: the plan's own
    # list names the treatment, or the decision stated a criterion in another version's words. A clinical reviewer
    # is then asked for only if the plan treats the appeal as a medical judgment, and no peer-to-peer is offered
    # (letters set 51, cases 03 and 04: "Because this appeal turns on a medical judgment" where a formulary in force
    # or a policy version decides)
    data["document_decides"] = bool((data.get("plan_list") or derived.plan_list(data)).get("holds")) or any(
        c.get("stated") for c in data["denied_met"]) or \
        bool((data.get("started") or {}).get("not_new"))  # the plan's own fills show no new start (set 58, case 07)
    # nor is the letter's own count of failed trials an answer where the plan's own clause puts the denial's ground
    # outside the terms that govern (letters set 51, case 05: "failed one adequate treatment trial: lumbar
    # sympathetic blocks" and the six-week rule, beside a brochure that governs over the policy the denial applied)
    clause = data.get("precedence") or {}
    if clause.get("holds") and clause.get("ground"):
        data["count_bears"] = False
    # what the decision says the records do not show (the prescriber's plan, the risk of relapse, the response), each
    # with the field that answers it; `gaps_held`, those the case holds
    data["gaps"] = derived.gaps_named(data)
    data["gaps_held"] = [g for g in data["gaps"] if not is_blank(get_path(data, g["field"]))]
    # the conditions of the plan's exception provision, each with the case's answer (empty when it answers none)
    data["exception_applied"] = derived.exception_met(data, derived.author_standing(data, letter_day))
    # criteria rows that stand in for another criterion (`instead_of`), met, each with where its record is
    # and `shown_above` when the criterion found unmet (denied_met) is the same row, whose record is said there
    data["instead"] = [{**c, "where": data["payer_criteria"][c["row"] - 1].get("where"),
                        "shown_above": c["row"] in {d["row"] for d in data["denied_met"]}}
                       for c in derived.criteria_instead(data) if c["met"]]
    # a criterion met in the place of one the policy lets it replace: a step that was never taken is never said taken
    # (letters set 43, case 02: "less costly treatments are tried first. They have been." where the policy's third
    # criterion stood in for the two long-acting opioids never prescribed)
    data["step_replaced"] = any(c["replaced"] for c in data["instead"])
    # counted from the history as recorded, as `check` and the trial paragraph count it: a row still taken is shown
    # as "continuing" above, but its recorded end is what shows it an adequate trial (set 8, case 06: the table said
    # two antidepressant trials and the paragraph three, leaving out nortriptyline, continued after it failed)
    recorded = ({**data, "clinical": {**data["clinical"], "history": history}}
                if isinstance(history, list) and isinstance(data.get("clinical"), dict) else data)
    # published criteria answer a judgment of medical necessity; a denial that made none (an approval overlooked, a
    # coverage question) is never measured against criteria nobody applied (set 9, case 06)
    data["published"] = criteria_mod.published_criteria(recorded, data["indication"], prescriber=data["prescriber"],
                                                   today=letter_day) \
        if data.get("medical_judgment") and template.published_criteria else None
    denial_file = _appealed_notice(case)
    data["facts"] = facts_mod.compute(data, letter_day=letter_day, trials=trials, where=pointers.where,
                                      denial_where=pointers.where(str(denial_file)) if denial_file else "")
    data["says"] = data["facts"].says
    data["says_once"] = data["facts"].says_once
    data["said"] = data["facts"].said
    # this plan pays first on the case's own facts, in answer to a coordination-of-benefits denial: the block's heading
    # and its request to correct the record read this one, and the plan is said to have processed the claim wrongly
    # only then (letters set 84, case 05)
    data["cob_first"] = any(data["facts"][k].value is True for k in COB_FIRST_FACTS) or (
        data["facts"]["medicare_second_by_law"].value is True and data["applies"]("msp_working_aged"))
    # the letter's own count of adequate failed trials, with its six-week rule, is left out where the plan's criteria
    # are each shown met in the table, which answers them in the plan's own test ("without remission", "tried or
    # contraindicated"), and where the decision did not review medical necessity at all: its rule has no source there
    # (letters set 45, case 06; set 46, case 02). Beside such a table the count only retold it in another test, which
    # echoed the denial's ("has failed one adequate antidepressant trial" beside a criterion counting trials without
    # remission) or summed an intolerance the criterion accepts as tried (letters set 67, cases 03, 05, 06 and 08)
    data["count_left_out"] = bool(data.get("shows_criteria") and data.get("payer_criteria")
                                  and data["facts"].all_criteria_met.value is True) \
        or bool(data.get("necessity_not_reviewed"))
    if data.get("shows_criteria") and data.get("payer_criteria") and derived.criteria_quoted(data):
        # the criteria table sets out the policy the denial relies on, criterion by criterion: its words are not
        # quoted again in full after it (set 18, cases 02 and 05)
        says_once = data["facts"].says_once
        data["says_once"] = lambda *ids: "plan_quoted" not in ids and says_once(*ids)
    data["cite"] = citations.cite
    blocks = args_mod.load_blocks([template.path.parent])
    names = args_mod.block_names(data, template.arguments, blocks)
    # the blocks the letter carries: a sentence that points to another part of the letter ("set out below") is said
    # only when that part is there (set 15, case 06)
    data["carried"] = list(names)
    if data.get("shows_criteria") and args_mod.CRITERION_MET in names and data["denied_met"] \
            and data["facts"]["denied_criterion_met"].value is True:
        # a criterion the decision found unmet is answered in words once, in its own section: its table row points
        # there instead of printing the same answer again (set 16, case 05: the answer printed three times)
        answered = {c["row"] for c in data["denied_open"]}
        data["payer_criteria"] = [{**c, "how_met": ANSWERED_BELOW} if i in answered and isinstance(c, dict) else c
                                  for i, c in enumerate(data["payer_criteria"], start=1)]
    # the policy's exclusions the table answers as absent: an exclusion "met" would be one that applies, so the table
    # says they do not apply (letters set 79, cases 04 and 08: "How it is met" and "is met" beside "does not apply")
    absent = {e["row"] for e in derived.exclusion_rows(data).values() if e["met"]}
    criteria = data.get("payer_criteria")
    rows: list[Any] = criteria if isinstance(criteria, list) else []
    data["exclusions_only"] = bool(rows) and len(absent) == len(rows)
    if absent and not data["exclusions_only"]:
        # "None: structured interview finds ..." says the same as the label: one of them (letters set 89, case 08)
        data["payer_criteria"] = [{**c, "how_met": "Does not apply: " + _ABSENT_LEAD.sub("", str(c["how_met"]))}
                                  if i in absent and isinstance(c, dict) and c.get("how_met") not in (None, "")
                                  and not re.search(r"\bdoes not apply\b", str(c["how_met"]), re.I) else c
                                  for i, c in enumerate(rows, start=1)]
    # every row the table holds is one the decision named (found unmet, or an exclusion it applied), or it holds one
    # numbered criterion alone: the rest of the policy is not in the case, so meeting them never makes the treatment
    # "medically necessary" (letters set 79, cases 02-08); one row without a number may be the whole rule (set 77,
    # case 02: ST-SLP-3's "two of ... tried")
    named = absent | {c["row"] for c in data["denied_met"]}
    data["criteria_named_only"] = all(i in named for i in range(1, len(rows) + 1)) or (
        len(rows) == 1 and derived.criterion_number(rows[0]) is not None)
    if args_mod.CRITERION_EXCEPTION in names and data["conceded"] and data.get("shows_criteria") \
            and data["facts"]["criterion_conceded"].value is True:
        # a criterion conceded is said once, where the exception to it is asked: its row points there (set 73, 07)
        asked = {c["row"] for c in data["conceded"]["rows"]}
        data["payer_criteria"] = [{**c, "how_met": ASKED_BELOW} if i in asked and isinstance(c, dict) else c
                                  for i, c in enumerate(data["payer_criteria"], start=1)]
    evidence = args_mod.EVIDENCE in names or (template.evidence and citations.listed and args_mod.care_questioned(data))
    if not evidence:
        # no evidence paragraph will be printed: the plan's "generally accepted standards" is not answered with "the
        # published trials ... set out in this letter" (set 11, case 05)
        data["definition"] = [{**d, "answer": ""} if d.get("key") == "standards" else d
                              for d in data.get("definition") or []]
    context = {k: _wrap(v, k) for k, v in data.items()}
    with _filling(_("the argument library")):
        rendered = args_mod.render_blocks(names, blocks, context, _environment(autoescape=False))
    # other terms of the plan the case applies (plan_policy.other_terms_apply), quoted by the generic block alone (no
    # block of the letter's own argument quoted them), are its winning point: that block leads the reasons' own
    # blocks, after those with `order:`, and so the opening summary (fresh letters set 62, case 05: Certificate Section
    # 10.3, no cut of an approved course before an appeal can be decided, came sixth and never in the summary)
    terms = next((a for a in rendered if a["name"] == args_mod.EXCLUSION_ROUTES), None)
    if terms is not None and data.get("other_terms_applied"):
        rendered.remove(terms)
        rendered.insert(next((i for i, a in enumerate(rendered) if blocks[a["name"]].get("order") is None),
                             len(rendered)), terms)
    # The letter's order (docs/letters.md): the three-line "why the denial is wrong" from the blocks that answer a
    # reason, the answers themselves, and the one evidence paragraph kept for just before the request.
    # The case's own references that nothing else in the letter cites are each said in the evidence paragraph, with
    # what the reference supports, so the References section lists nothing no sentence cites (set 7's review,
    # letters 03 and 04). The criteria table's own citation counts as a citation.
    if evidence and citations.listed:
        env = _environment(autoescape=False)
        if args_mod.EVIDENCE not in names:  # a letter whose case lists literature sets out the evidence
            with _filling(_("the argument library")):
                rendered += args_mod.render_blocks([args_mod.EVIDENCE], blocks, context, env)
        further = _further_literature(citations, rendered, data)
        if further:
            context["further_literature"] = _wrap(further, "further_literature")
            with _filling(_("the argument library")):
                again = args_mod.render_blocks([args_mod.EVIDENCE], blocks, context, env)
            rendered = [a for a in rendered if a["name"] != args_mod.EVIDENCE] + again
    summaries = [a for a in rendered if a.get("summary")]
    facts = data["facts"]
    if facts.all_criteria_met.value is False:
        # a plan criterion the table marks unmet: the opening leads with the arguments that do not rest on the
        # count of failed trials (EPSDT, the limits on a plan's own criteria, an exception), then the count (set 12,
        # case 02: EPSDT, the winning point, came second to a count the criteria table says falls short)
        summaries.sort(key=lambda a: bool(blocks[a["name"]].get("counts_trials")))
        # the exception asked for the criterion conceded follows the arguments that meet the criteria as written
        # (letters set 12, case 02: EPSDT; set 73, case 07)
        summaries.sort(key=lambda a: a["name"] == args_mod.CRITERION_EXCEPTION)
    # records the reviewer never had are said after the arguments that answer the denial: they support those
    # arguments and never take the place of the winning point (letters set 39, cases 04, 05, 07 and 08: "A record dated
    # after the decision ..." first, the replaced policy version or the plan's own rule not in the opening at all)
    # the plan's other terms the case applies take a line of the three where one is free, after the reasons' own
    # lines: they never push out an exception asked in the alternative (set 39, case 02; set 62, case 05)
    summaries.sort(key=lambda a: a["name"] == args_mod.EXCLUSION_ROUTES)
    summaries.sort(key=lambda a: a["name"] == "new_records")
    # the line that only names the decision's statements the record contradicts (decision_corrected, concluding no
    # criterion) points to the correction below: it gives way when the three lines are full without it (letters set
    # 39, case 02: the coverage exception in the alternative)
    if len(summaries) > 3 and not any(c.get("criteria") for c in data["corrections"]):
        summaries = [a for a in summaries if a["name"] != "decision_corrected"]
    context["why_wrong"] = [point for a in summaries for point in [a["summary"], *a.get("more_points", [])]][:3]
    context["evidence_block"] = next((a for a in rendered if a["name"] == args_mod.EVIDENCE), None)
    context["arguments"] = [a for a in rendered if a["name"] != args_mod.EVIDENCE]
    return context


def _file_under_open_criteria(data: dict, passages: Any) -> None:
    """A correction of the latest decision whose records include all the records of the row of a criterion the
    decision found unmet, kept in its own section (`denied_open`), answers that criterion: the opening summary files
    its quoted words under that criterion's number (the correction's `answers`; the criterion's `answered`), never
    under another criterion's that a second correction concludes (letters set 89, cases 03 and 05: "no adequate SRI
    trial", criterion 3's finding, quoted under "Criterion 4 ... is met", then criterion 3 said again). A criterion
    the decision judged by a figure or words of its own keeps its own summary line, which answers them."""
    from appeal_kit.letter import derived
    answers: dict[int, list[dict]] = {}
    for criterion in data["denied_met"]:
        criterion["answered"] = False
    for criterion in data["denied_open"]:
        row = set(str(criterion.get("where") or "").split("; ")) - {""}
        if not row or criterion.get("applied") or criterion.get("stated"):
            continue
        for i, c in enumerate(data["corrections"]):
            held = derived.passage_of(passages, c.get("said"))
            elsewhere = bool(held and criterion.get("passage") not in (None, held) and derived.names_by_number(held))
            if c.get("latest") and not c.get("argued") and not elsewhere and \
                    row <= set(str(c.get("where") or "").split("; ")):
                criterion["answered"] = True
                answers.setdefault(i, []).append({"number": criterion["number"], "how_met": criterion["how_met"]})
                break
    data["corrections"] = [{**c, "answers": answers.get(i, [])} for i, c in enumerate(data["corrections"])]


def _further_literature(citations, rendered: list[dict], data: dict) -> list[dict]:
    """The case's listed references (literature:) that no rendered argument and not the criteria table cites: each
    with its key, what it supports (the library's `supports:`, empty for a reference written out in case.yaml) and
    its short name."""
    from appeal_kit.letter import cite as cite_mod

    cited = set(cite_mod.cited_keys(" ".join(p for a in rendered for p in a["paragraphs"])))
    published = data.get("published")
    if isinstance(published, dict) and data.get("shows_criteria") and not data.get("payer_criteria"):
        cited.add(str(published.get("cite") or ""))
    # esketamine's own papers in a letter for another treatment, where the history shows esketamine stopped because it
    # could not be tolerated: they argue for a drug the patient cannot take, not for this one (letters set 54, case
    # 08: "Continuing esketamine after a response lowers the risk of relapse" after Spravato stopped for hypertension)
    from appeal_kit.letter.arguments import stopped_for_intolerance

    stopped = data.get("indication") != "esketamine" and any(
        isinstance(r, dict) and re.search(r"\b(?:esketamine|spravato)\b", str(r.get("drug") or ""), re.I)
        and stopped_for_intolerance(r) for r in get_path(data, "clinical.history") or [])
    if stopped:  # nor listed among the references, uncited
        citations.listed[:] = [k for k in citations.listed if k in cited or k not in citations.known
                               or "esketamine" not in citations.known[k].tags]
    out = []
    for key in citations.listed:
        ref = citations.known.get(key)
        if ref is None or key in cited or (stopped and "esketamine" in ref.tags):
            continue
        out.append({"key": key, "supports": ref.supports.rstrip(". "), "short": ref.short()})
    return out


# A template from a clinic's pack or a shared folder can loop, recurse or multiply without end; the sandbox stops what
# it can do, this budget how much work it may take. Counted first: a count stops at the same place on any machine.
# The clock is a backstop for a loop whose every pass is slow, read at each loop pass and piece of text: no signal
# (SIGALRM upsets Ctrl-C and SIGTERM) and no thread (it could not stop this one). One letter (the template and every
# argument block) spends from one budget.
MAX_MADE_LENGTH = 1_000_000  # characters or items one `*` may make
MAX_LOOP_PASSES = 1_000_000  # passes through {% for %} loops in all (a long letter makes a few thousand)
MAX_TEXT_MADE = 50_000_000  # characters written and made by `*` in all (a long letter's XML is under a million)
MAX_RENDER_SECONDS = 60.0  # a long letter fills in well under a second


class _BudgetSpent(Exception):
    """A template did more work than any letter needs; `what` says which kind, in words for the user."""

    def __init__(self, what: str):
        super().__init__(what)
        self.what = what


@contextmanager
def _filling(what: str, template: TemplateInfo | None = None, advice: str = ""):
    """Turn what Jinja raises while filling `what` into a TemplateError that says what to do.

    Argument blocks name themselves (`argument_where` on the exception), so the user learns which block failed.
    """
    where = f"{what} ({template.path})" if template else what
    try:
        yield
    except RecursionError:
        raise TemplateError(_("{where} calls itself without end (a macro or include that uses itself) and was "
                              "stopped.").format(where=where)) from None
    except _BudgetSpent as exc:
        raise TemplateError(_("{where} {spent} and was stopped: a loop in it runs far too often or makes far too much "
                              "text (a loop inside a loop over a long list, range() of a large number, or `*` "
                              "repeating text). Check its {{% for %}} loops and `*`, or use a different "
                              "template.").format(where=where, spent=exc.what)) from None
    except MemoryError:
        raise TemplateError(_("{where} made more text than a letter can hold and was stopped.").format(where=where)) \
            from None
    except (TypeError, ValueError, ArithmeticError) as exc:  # `1 + "a"`, range() past the sandbox's limit, 1 / 0
        raise TemplateError(_("{where} could not be filled: {detail}. Check the template's expressions, or use a "
                              "different template.").format(where=where, detail=str(exc).rstrip("."))) from None
    except _MissingField as exc:
        missing = exc.message or ""  # the dotted path of what is missing
        # Say which file the value belongs in: clinic.yaml for the profile's keys, case.yaml for the rest.
        if missing.startswith("clinic."):
            key = missing.split(".", 1)[1]
            raise TemplateError(_("{where} needs {key} from the clinic profile, which clinic.yaml does not have: add "
                                  "`{name}:` to clinic.yaml (not case.yaml).").format(
                where=getattr(exc, "argument_where", what), key=repr(key), name=key)) from None
        if missing.endswith("(looked up on a NoneType value)"):
            raise TemplateError(_("{where} needs {key} of something the case does not have; when it is a clinic "
                                  "profile value (clinic.NAME), no clinic.yaml was found: run with --clinic FILE or "
                                  "set APPEAL_KIT_CLINIC.").format(where=getattr(exc, "argument_where", what),
                                                                   key=repr(missing.split(" ")[0]))) from None
        field = FIELDS_BY_PATH.get(missing)
        hint = f" ({_(field.help)})" if field else ""
        raise TemplateError(_("{where} needs {field}, which case.yaml does not have. Add it to case.yaml{hint}"
                              "{advice}.").format(where=getattr(exc, "argument_where", what), field=missing,
                                                  hint=hint, advice=_(advice) if advice else "")) from None
    except SecurityError as exc:
        where = getattr(exc, "argument_where", f"{what} ({template.path})" if template else what)
        raise TemplateError(_("{where} tried something letter templates may not do and was stopped: {detail}").format(
            where=where, detail=exc)) from None
    except TemplateSyntaxError as exc:
        if template is None:
            raise TemplateError(_("{where} could not be filled: {detail}").format(
                where=getattr(exc, "argument_where", what), detail=exc)) from None
        raise _syntax_error(template, exc) from None
    except jinja2.TemplateError as exc:
        where = getattr(exc, "argument_where", f"{what} ({template.path})" if template else what)
        raise TemplateError(_("{where} could not be filled: {detail}").format(where=where, detail=exc)) from None


# ---------------------------------------------------------------------------------------------- filters

@jinja2.pass_context
def _loop_pass(context, _) -> str:
    context.environment.spend_loop_pass()
    return ""


LOOP_PASS_FILTER = "_appeal_kit_loop_pass"
MAX_COMPILED = 512  # compiled templates and argument blocks kept (the bundled ones are about 150)
_COMPILED: dict[tuple, Any] = {}
_PATCHED: dict[str, str] = {}  # a template part's XML as docxtpl's patch_xml leaves it, by the XML read
_COMPILED_LOCK = threading.Lock()


def _compiled_on_disk(key: tuple, compile_now: Callable[[], Any]) -> Any:
    """The code `compile_now()` makes, kept in the user cache folder between runs, as Python keeps a module's
    bytecode: every `check` and `build` compiles the letter template and its argument blocks (70-120 ms of CPU for
    the sample case), and reading them back costs about a millisecond. Only template text is ever compiled (the
    bundled templates and arguments.yaml, or a template pack's), never a case's data. The entry's name is a hash of
    the text and of everything that shapes the code (Python's bytecode version, Jinja's version, this module and
    limits.py), so a change to any of them makes a new entry; an entry that cannot be read or written is compiled
    again, never an error."""
    folder, salt = _code_cache()
    kind, autoescape, source, name, filename, defer_init = key
    if folder is None or not isinstance(autoescape, bool):
        return compile_now()
    digest = hashlib.sha256(salt)
    for part in (kind.__qualname__, autoescape, name, filename, defer_init, source):
        digest.update(f"\0{part}".encode("utf-8", "surrogatepass"))
    return kept_in_cache(folder / f"{digest.hexdigest()}.code", compile_now, dump=marshal.dumps, load=marshal.loads)


@lru_cache(maxsize=1)
def _code_cache() -> tuple[Path | None, bytes]:
    """(the folder of compiled templates, None when there is no user cache folder; the salt of their names)."""
    from importlib.util import MAGIC_NUMBER

    try:
        from platformdirs import user_cache_dir

        folder: Path | None = Path(user_cache_dir("appeal-kit")) / "templates-compiled"
        salt = MAGIC_NUMBER + jinja2.__version__.encode() + Path(__file__).read_bytes() + \
            Path(limits.__file__).read_bytes()
    except (OSError, RuntimeError):
        return None, b""
    return folder, hashlib.sha256(salt).digest()


class _LimitedSandbox(SandboxedEnvironment):
    """The sandbox, with `*` and `**` kept to sizes a letter needs ("x" * 10**10 would fill the memory), and a budget
    of loop passes and text for everything rendered with it (see MAX_LOOP_PASSES)."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters[LOOP_PASS_FILTER] = _loop_pass
        self.filters[JOIN_FILTER] = _joined
        self.loop_passes = 0
        self.text_made = 0
        self.ends = time.monotonic() + MAX_RENDER_SECONDS

    def _parse(self, source, name, filename):
        """The template's tree, each {% for %} body starting with a call that counts one pass (recursive loops
        included: every pass runs the body)."""
        tree = _CheckedJoins().visit(super()._parse(source, name, filename))
        for loop in tree.find_all(nodes.For):
            # pass_context keeps Jinja from calling it once at compile time, as it would a filter of a constant
            count = nodes.ExprStmt(nodes.Filter(nodes.Const(None), LOOP_PASS_FILTER, [], [], None, None))
            loop.body.insert(0, count.set_lineno(loop.lineno).set_environment(self))
        return tree

    def compile(self, source, name=None, filename=None, raw=False, defer_init=False):
        """Jinja's compile, kept per source text: a letter renders its template and dozens of argument blocks, and
        compiling them was two thirds of rendering one. The code is the same for every environment of this class
        and escaping (the budgets are the running environment's), so it is shared between renders."""
        if raw or not isinstance(source, str):
            return super().compile(source, name, filename, raw, defer_init)
        key = (type(self), self.autoescape, source, name, filename, defer_init)
        with _COMPILED_LOCK:
            code = _COMPILED.pop(key, None)
        if code is None:
            code = _compiled_on_disk(key, lambda: SandboxedEnvironment.compile(self, source, name, filename, raw,
                                                                               defer_init))
        with _COMPILED_LOCK:
            _COMPILED[key] = code  # last used last, so the first is the least recently used
            while len(_COMPILED) > MAX_COMPILED:
                del _COMPILED[next(iter(_COMPILED))]
        return code

    def spend_loop_pass(self) -> None:
        self.loop_passes += 1
        if self.loop_passes > MAX_LOOP_PASSES:
            raise _BudgetSpent(_("ran its loops more than {count} times").format(count=f"{MAX_LOOP_PASSES:,}"))
        self._check_clock()

    def spend_text(self, length: int) -> None:
        self.text_made += length
        if self.text_made > MAX_TEXT_MADE:
            raise _BudgetSpent(_("made more than {count} characters of text").format(count=f"{MAX_TEXT_MADE:,}"))

    def _check_clock(self) -> None:
        interrupts.check()  # a safe point for Ctrl-C and SIGTERM too
        if time.monotonic() > self.ends:
            raise _BudgetSpent(_("took more than {seconds} s").format(seconds=f"{MAX_RENDER_SECONDS:.0f}"))

    def concat(self, pieces: Iterable[str]) -> str:
        """Jinja's join of what a template, macro or block writes, counted as it comes (a macro's text is counted
        again where it is written: the budget is of work done)."""
        made, length = [], 0
        for piece in pieces:
            length += len(piece)
            if self.text_made + length > MAX_TEXT_MADE:
                self.spend_text(length)
            self._check_clock()
            made.append(piece)
        self.spend_text(length)
        return "".join(made)

    def call_binop(self, context, operator, left, right):
        limits.check_binop(operator, left, right)
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(times, int):
                    self.spend_text(len(seq) * max(times, 0))
        return limits.check_made(f"`{operator}`", super().call_binop(context, operator, left, right))

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 - named as SandboxedEnvironment.call names them
        args = limits.check_call(__obj, args, kwargs)
        made = super().call(__context, __obj, *args, **kwargs)
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, (list, dict, set)):  # list.extend and the like grow what they belong to
            limits.check_made(f"{getattr(__obj, '__name__', 'a call')}()", owner)
        return limits.check_made(f"{getattr(__obj, '__name__', 'a call')}()", made)


@jinja2.pass_eval_context
def _joined(eval_ctx, pieces: list) -> str:
    """`a ~ b ~ c`, weighed before it is joined (see _LimitedSandbox._parse)."""
    size = limits.weigh(pieces)
    if size > limits.MAX_MADE:
        raise limits.too_big("joining text with `~`", size)
    return markup_join(pieces) if eval_ctx.autoescape else str_join(pieces)


JOIN_FILTER = "_appeal_kit_joined"


class _CheckedJoins(NodeTransformer):
    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        pieces = [self.visit(piece) for piece in node.nodes]
        joined = nodes.Filter(nodes.List(pieces), JOIN_FILTER, [], [], None, None).set_lineno(node.lineno)
        return joined.set_environment(node.environment) if node.environment is not None else joined


def _environment(cls: type[SandboxedEnvironment] = _LimitedSandbox, *,
                 autoescape: bool = True) -> SandboxedEnvironment:
    # autoescape: docxtpl pastes values straight into document.xml, so & < > must become entities. Argument text
    # (arguments.yaml) is rendered to plain text without it and escaped, literal text included, when the letter
    # template prints it.
    # No loader holds anything: an {% include %} or {% import %} names a template that is not found (a TemplateError),
    # never a file on the machine.
    env = cls(autoescape=autoescape, undefined=_StrictUndefined, loader=jinja2.DictLoader({}),
              finalize=lambda v: "" if v is None else limits.check_made("a value written", v))
    env.filters.update(longdate=longdate, join_and=join_and, words=number_words, sentence=sentence,
                       capfirst=capfirst, datelist=datelist, oneline=oneline, shortdate=shortdate, ndc11=ndc11,
                       pending=pending, aside=aside, headed=headed)
    # every filter weighed before and after it runs (limits.py), but the ones this module adds to count and join
    env.filters.update({name: limits.guard_filter(name, f) for name, f in env.filters.items()
                        if name not in (LOOP_PASS_FILTER, JOIN_FILTER)})
    return env


# ---------------------------------------------------------------------------------------------- rendering

def _open(template: TemplateInfo):
    if not template.path.is_file():
        raise TemplateError(_("template {name}: {path} not found").format(name=template.name, path=template.path))
    if not zipfile.is_zipfile(template.path):
        raise TemplateError(_("template {name}: {path} is not a Word .docx file. Open it in Word or LibreOffice and "
                              "save it as .docx.").format(name=template.name, path=template.path))
    return _template_class()(str(template.path))


@lru_cache(maxsize=1)
def _template_class() -> type:
    """DocxTemplate, with docxtpl's clean-up of Word's XML around the tags (patch_xml) kept per part's XML like the
    compiled code (about 15 ms a letter). Made on first use: docxtpl is imported only to render."""
    from docxtpl import DocxTemplate

    class Template(DocxTemplate):
        def patch_xml(self, src_xml: str) -> str:
            with _COMPILED_LOCK:
                patched = _PATCHED.get(src_xml)
            if patched is None:
                patched = super().patch_xml(src_xml)
                with _COMPILED_LOCK:
                    if len(_PATCHED) >= MAX_COMPILED:
                        _PATCHED.clear()
                    _PATCHED[src_xml] = patched
            return patched

    return Template


def _syntax_error(template: TemplateInfo, exc: TemplateSyntaxError) -> TemplateError:
    # docxtpl puts each <w:p> on its own line, so a line number is roughly a paragraph number. It also attaches
    # the text of the lines around the error (`docx_context`, starting 3 lines before it): show the bad one.
    where = ""
    context = list(getattr(exc, "docx_context", None) or [])
    if exc.lineno:
        where = _(" at line {line}").format(line=exc.lineno)
        offset = (exc.lineno - 1) - max(exc.lineno - 4, 0)
        if 0 <= offset < len(context) and context[offset].strip():
            where += _(" (near: {text})").format(text=repr(context[offset].strip()[:120]))
    return TemplateError(_("template {name} ({path}) has a template syntax error{where}: {detail}").format(
        name=template.name, path=template.path, where=where, detail=exc.message))


LOGO_HEIGHT_IN = 0.6  # a letterhead logo's height: room for the letter (an expedited appeal is one page)
SIGNATURE_HEIGHT_IN = 0.5  # about the three blank lines left for a handwritten signature


def _place_images(doc: Any, clinic: dict) -> None:
    """The profile's image paths (logo, the signers' signatures) as images in this document."""
    from docx.shared import Inches
    from docxtpl import InlineImage

    from appeal_kit.letter.clinic import SIGNERS

    if clinic.get("logo"):
        clinic["logo"] = InlineImage(doc, clinic["logo"], height=Inches(LOGO_HEIGHT_IN))
    for key in SIGNERS:
        if clinic.get(key) and clinic[key].get("signature"):
            clinic[key] = {**clinic[key], "signature": InlineImage(doc, clinic[key]["signature"],
                                                                   height=Inches(SIGNATURE_HEIGHT_IN))}


def _citations(case: Case, pointers: Pointers):
    """The references this letter may cite: the evidence library and the case's own literature."""
    from appeal_kit.letter import cite

    own = cite.case_references(case.data, case.folder)
    known = {**cite.library(), **{r.key: r for r in own}}
    return cite.Citations(known, listed=[r.key for r in own], where=lambda ref: pointers.enclosed(ref.file) or "",
                          style=str(case.get("citation_style") or cite.DEFAULT_STYLE))


_SENTENCE_END = re.compile(r"(?<=[.!?:”])\s+(?=[“\"(]?[A-Z0-9])")


def shorten_repeated_name(docx: Any, full: str, short: str) -> int:
    """After its first mention in the body (from the salutation on), the insurer's full name is said as `short` ("the
    plan"; "The plan" opening a sentence or a heading): a long name such as "Salish Coast Health Plan, a Medicaid
    managed care plan (FICTIONAL)" said again in sentence after sentence is what a reviewer notices (set 8's review).
    A name split across runs, or inside words quoted in “”, is left as it is. Returns how many were shortened."""
    full = " ".join(full.split())
    if len(full) < 12 or not short:
        return 0
    started = said = False
    done = 0
    for para in docx.paragraphs:
        text = para.text
        if not started:
            started = text.startswith("Dear ")
            continue
        found = [m.start() for m in re.finditer(re.escape(full), text)]
        if not said and found:
            said, found = True, found[1:]
        quoted = _quoted_spans(text)
        found = [at for at in found if not any(a < at < b for a, b in quoted)]
        starts = [0, *(m.end() for m in _SENTENCE_END.finditer(text))]
        for at in reversed(found):
            opening = any(text[b:at].strip(" “\"(") == "" for b in starts if b <= at)
            said_as = short[:1].upper() + short[1:] if opening else short
            if re.search(r"\bthe\s$", text[:at], re.I) and said_as.lower().startswith("the "):
                said_as = said_as[4:]  # "within the {insurer} network": "within the plan network", one "the"
            done += _replace_in_run(para, at, full, said_as)
    return done


def close_appositive(docx: Any, full: str) -> int:
    """A payer's name that carries an appositive ("Aspen Peak Kids Health Plan, a CHIP managed care plan") gets its
    closing comma where a sentence goes on after it: "which X, a CHIP managed care plan, denied" (set 23, case 01:
    the comma was missing). A name quoted, ending its sentence, or read as "the X network" is left alone. Returns
    how many commas were added."""
    from appeal_kit.letter import derived

    full = " ".join(full.split())
    if derived.appositive_head(full) == full:
        return 0
    done = 0
    for para in docx.paragraphs:
        text = para.text
        quoted = _quoted_spans(text)
        for m in reversed(list(re.finditer(re.escape(full) + r"(?= [a-z])", text))):
            if any(a < m.start() < b for a, b in quoted) or re.search(r"\bthe\s$", text[:m.start()], re.I):
                continue
            done += _replace_in_run(para, m.start(), full, full + ",")
    return done


def possessive_head(docx: Any, full: str) -> int:
    """The payer's name made possessive as a reader would write it. A name with an appositive is not made possessive
    whole ("Original Medicare (Part B), claims processed by Lakeshore Medicare Services, the Medicare Administrative
    Contractor’s denial", set 23, cases 02 and 03): its head takes the ’s ("Original Medicare’s denial"; the full name
    stays in the address block); a name in a plural form takes the apostrophe alone ("Health Services’ denial", not
    "Services’s"). Returns how many were changed."""
    from appeal_kit.letter import derived

    full = " ".join(full.split())
    head = derived.appositive_head(full)
    plural = re.search(r"[^s']s$", head) is not None
    if head == full and not plural:
        return 0
    done = 0
    for para in docx.paragraphs:
        quoted = _quoted_spans(para.text)
        for m in reversed(list(re.finditer(re.escape(full) + r"([’'])s\b", para.text))):
            if not any(a < m.start() < b for a, b in quoted):
                done += _replace_in_run(para, m.start(), m.group(), head + m.group(1) + ("" if plural else "s"))
    return done


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where words quoted from the notice or the plan's documents are: they stay as written."""
    return [m.span() for m in re.finditer(r"“[^”]*”", text)]


def _replace_in_run(para: Any, at: int, old: str, new: str) -> int:
    """Replace the text `old` found at offset `at` of the paragraph, when one run holds all of it."""
    offset = 0
    for run in para.runs:
        end = offset + len(run.text)
        if offset <= at and at + len(old) <= end:
            i = at - offset
            run.text = run.text[:i] + new + run.text[i + len(old):]
            return 1
        offset = end
    return 0


def fill(template: TemplateInfo, context: dict) -> Any:
    """The template filled with `context` (a docxtpl document, not saved): `check` fills it too, so a field a block
    or the template needs is named before `draft`."""
    doc = _open(template)
    if context.get("clinic"):
        _place_images(doc, context["clinic"])
    with _filling(_("template {name}").format(name=template.name), template,
                  advice=N_(", or use a different template")):
        doc.render(context, _environment())
    return doc


def render_letter(case: Case, template: TemplateInfo, out_path: Path, *, exhibits: list[dict] | None = None,
                  today: date | None = None, clinic: Any = _AUTO, numbering: Numbering | None = None,
                  report: dict | None = None) -> Path:
    """Fill `template` with the case and write the letter to out_path (atomically); return out_path.

    With `numbering` (appeal_kit.numbering.lay_out), the letter points to exhibits by Bates number; `report`, when
    given, gets `uses_numbering` (whether it did, so the packet knows the letter changes with the numbers),
    `references` (the keys listed, in order), `past_end` (pointers to pages an exhibit does not have) and `facts`
    (appeal_kit.letter.facts.Facts: what the letter asserted, for the claims report)."""
    out_path = Path(out_path)
    pointers = Pointers(case, exhibits, numbering)
    cited = _citations(case, pointers)
    context = build_context(case, template, exhibits=exhibits, today=today, clinic=clinic, pointers=pointers,
                            cited=cited)
    doc = fill(template, context)
    from appeal_kit.letter import derived

    shorten_repeated_name(doc.docx, str(get_path(context, "insurer.name") or ""), derived.payer_short_name(case.data))
    possessive_head(doc.docx, str(get_path(context, "insurer.name") or ""))
    close_appositive(doc.docx, str(get_path(context, "insurer.name") or ""))
    # the other coverage a coordination denial names, as long as the user wrote it, said by its head after the first
    # time (letters set 24, case 01: "Prairie Mutual Group Health (FICTIONAL), through the father ..." five times)
    other = " ".join(str(get_path(case.data, "other_coverage.plan") or "").split())
    shorten_repeated_name(doc.docx, other, derived.appositive_head(other))
    # a policy's long name, said again in block after block, by its number (set 22, case 08: five times in full)
    policy = derived.policy_short_name(case.data)
    if policy:
        shorten_repeated_name(doc.docx, str(get_path(case.data, "plan_policy.name") or ""), policy)
    keys = cited.finish(doc.docx)  # numbers the citations in reading order and fills the References section
    if report is not None:
        report.update(uses_numbering=pointers.used_bates, references=keys, past_end=pointers.past_end,
                      facts=context["facts"])

    out_path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(out_path, lambda fh: save_reproducibly(doc, fh), what=N_("letter"))
    return out_path


_SUMMARY_READ: dict[tuple[str, int], bool] = {}


def opens_with_summary(template: TemplateInfo) -> bool:
    """The template prints the numbered summary of why the denial is wrong (a loop over `why_wrong`; a template that
    only asks whether there is one prints none): a conclusion its line states is not said again in the argument below
    it (letters set 75). Read once per template file; a file that is not a Word document has none (_open says what
    is wrong with it when the letter is rendered)."""
    try:
        key = (str(template.path), template.path.stat().st_mtime_ns)
        if key not in _SUMMARY_READ:
            with zipfile.ZipFile(template.path) as docx:
                body = docx.read("word/document.xml").decode("utf-8", "replace")
            _SUMMARY_READ[key] = bool(re.search(r"\bfor\s+\w+\s+in\s+why_wrong\b", body))
    except (OSError, KeyError, zipfile.BadZipFile):
        return False
    return _SUMMARY_READ[key]


def template_variables(template: TemplateInfo) -> set[str]:
    """Every case variable the template reads, as dotted paths ("claim.number", "letter_date", "clinical.history").

    docxtpl's get_undeclared_template_variables gives the top-level names (loop variables excluded); the
    attribute chains hanging off those names give the full paths.
    """
    class _Recording(_LimitedSandbox):
        ast: nodes.Template | None = None

        def parse(self, *args, **kwargs):
            self.ast = super().parse(*args, **kwargs)
            return self.ast

    env = _environment(_Recording)
    try:
        top = _open(template).get_undeclared_template_variables(jinja_env=env)
    except TemplateSyntaxError as exc:
        raise _syntax_error(template, exc) from None

    paths: set[str] = set()
    ast = getattr(env, "ast", None)  # the _Recording environment's parse of the template
    for node in ast.find_all(nodes.Getattr) if ast is not None else ():
        parts = [node.attr]
        inner = node.node
        while isinstance(inner, nodes.Getattr):
            parts.append(inner.attr)
            inner = inner.node
        if isinstance(inner, nodes.Name) and inner.name in top:
            paths.add(".".join([inner.name, *reversed(parts)]))
    # A name used bare (`{{ letter_date }}`) or only as the start of a longer path: keep the bare name only when
    # no longer path starts with it.
    for name in top:
        if not any(p.startswith(name + ".") for p in paths):
            paths.add(name)
    # Drop prefixes of longer paths (`clinical` when `clinical.history` is there).
    return {p for p in paths if not any(q.startswith(p + ".") for q in paths)}


def _directory_agency(data: dict) -> bool:
    """The case's external-review agency is the one the directory names as where the state's review is asked for
    (directory.fill_addressees put it there, with no address to give)."""
    found = directory.external_review(data)
    return found is not None and found.name == get_path(data, "external_review.agency")
