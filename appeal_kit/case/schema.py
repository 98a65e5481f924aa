"""Every key case.yaml may hold, in one place, so a misspelled key is caught instead of silently dropped.

`KEYS` is the schema: a group maps each key it knows to the shape of its value. To teach appeal-kit a new key,
add it here (or, for a plain text/date/list field with help text, to case.folder.FIELDS, which is merged in).

  * `VALUE`: a single value or a list of values; nothing inside it is checked.
  * `group(...)`: a mapping with known keys; an unknown key inside it is a warning with a suggestion.
  * `FREE`: a mapping whose keys are the user's own (extra columns of a history row); never warned about.
  * `list_of(...)`: a list whose mapping items have the given shape (plain text items are fine too).

An unknown top-level key is an error (`load_case` refuses it, naming the line); an unknown key deeper down is a
warning, because the rest of the group still works.
"""
from __future__ import annotations

import difflib
import functools
from dataclasses import dataclass, field
from typing import Any

from appeal_kit.i18n import _


@dataclass(frozen=True)
class Group:
    keys: dict[str, Shape] = field(default_factory=dict)
    free: bool = False  # the user's own keys: accepted without a word


@dataclass(frozen=True)
class ListOf:
    item: Shape


Shape = Group | ListOf | None
VALUE: Shape = None
FREE = Group(free=True)


def group(*leaves: str, **shaped: Shape) -> Group:
    return Group({**dict.fromkeys(leaves, VALUE), **shaped})


def list_of(*leaves: str, **shaped: Shape) -> ListOf:
    return ListOf(group(*leaves, **shaped))


# Where a criterion is met: {file, page} or a list of them (render.criterion_where reads both).
_EVIDENCE = group("file", "page", "pages")

# Groups and lists the letters, records and superbill read, beyond the plain fields of case.folder.FIELDS.
_SHAPES: dict[str, Shape] = {
    # language: the patient's language (ISO code, e.g. es); the letter asks the plan to write in it
    # birth_record: the enclosed record that holds the date of birth {file, page}, pointed to where the letter
    # measures the patient's age against an age group (letter.derived.exclusion_ages)
    "patient": group("salutation", "pronouns", "language", birth_record=group("file", "page")),
    # coding_correct: true when the claim as billed is right, false when it had an error (facts.coded_correctly)
    # state: where the plan is regulated when not the patient's state; funding: insured | self_funded (directory);
    # reviewer: who decided the denial, {name, specialty} as the notice gives them (letter.derived.first_reviewer)
    # sessions: how many treatment sessions the claim covers; when it is more than the dates listed, the dates are
    # the first and last of a course (letter.derived.service_dates), never the only days treated
    # action: reduce | suspend | end | none, what the decision does to care already authorized (facts.CARE_CUTS)
    # action_date: the day that cut takes effect (letter.derived.care_cut_notice: Medicaid's 10 days' advance notice)
    # delivery: managed_care | fee_for_service, how Medicaid or CHIP coverage is given (rules.route)
    # student: true for student health insurance (an individual plan a college offers its students), false when an
    # individual plan is not one; unset, the insurer's or plan's name decides (letter.derived.student_plan)
    # integrated: true for a Medicare Advantage D-SNP whose appeals are integrated (rules.route, rules.INTEGRATED)
    # setting: inpatient | residential | partial_hospitalization | intensive_outpatient | outpatient, the level of care
    # the claim is for (letter.derived.care_setting): a residential stay is never called inpatient
    # corrections: what the first notice states that the record contradicts, each {said, record, file, page}, as
    # decisions[].corrections for a later decision (letter.derived.decision_corrections)
    # other_numbers: the other claims the same appeal covers, when one decision denied several
    # (letter.derived.claim_ids); not_appealed: lines of the claim the appeal leaves aside, each {date, code, why}
    # (letter.derived.lines_not_appealed); employees: the plan's employer's number of employees, 50 or fewer
    # putting an employer, governmental or church plan outside the parity rules (rules.small_employer); abn_given:
    # whether an Advance Beneficiary Notice was given before Original Medicare care (rules.yaml
    # limitation_on_liability); notice_received: {date, proof}, the day the notice arrived, when later than its date,
    # and the record that shows it (intake.deadlines.rule_deadline counts a rule that runs from receipt from that day)
    # notice_window: the notice's own sentence giving the time to appeal, where the deadline kept is the rule's longer
    # one (letter.derived.notice_window_short)
    # session_times: {file, page, sessions: [{date, minutes}]}, how long each session billed under a timed
    # psychotherapy code lasted, from the record of the session times (letter.derived.session_times)
    "claim": group("urgent", "stage", "pending_services", "action", "action_date", "coding_correct", "abn_given",
                   "state", "funding", "grandfathered", "notice_window",
                   "delivery", "integrated", "student", "other_numbers", "employees",
                   "sessions", "inpatient", "setting",
                   reviewer=group("name", "specialty"),
                   notice_received=group("date", "proof"),
                   corrections=list_of("said", "record", "file", "page", "leaves_out"),
                   not_appealed=list_of("date", "code", "why"),
                   session_times=group("file", "page", sessions=list_of("date", "minutes"))),
    # authorization: path of the patient's signed authorization; clinic: the author writes from the clinic profile's
    # clinic (its address and phone are read from clinic.yaml, letter.clinic.sender_details); relation: patient |
    # physician | prescriber (a nurse practitioner or physician assistant) | clinician (a treating clinician who neither
    # is a physician nor prescribes: a therapist, psychologist, clinical social worker) | parent | representative, who
    # the author is to the patient (letter.derived.author_standing)
    "author": group("provider", "authorization", "clinic", "relation"),
    # plural: letter.derived, true/false when "infusions are" is guessed wrong; fda: the FDA's approval or clearance
    # of the treatment {action: approved | cleared | de_novo, date, what, use, ages: [from, to], file, page}
    # (derived.fda_action);
    # earlier_doses: doses of the treatment requested given before this request, so a step-therapy denial can be
    # answered as "not a new start" (letter.derived.new_start)
    "treatment": group("plural", fda=group("action", "date", "what", "use", "ages", "file", "page"),
                       earlier_doses=list_of("date", "dose", "paid_by_plan", "claim", "file")),
    "template": VALUE,
    # prior_authorization: the case is a request before care, not an appeal, until a denial is recorded
    # (case.folder.is_request)
    "request": VALUE,
    "bates_prefix": VALUE,
    "footer_note": VALUE,  # letter.records: a line at the foot of every generated record
    "exhibits": list_of("file", "title"),
    # when each enclosed record was written or released, and `submitted: false` for one never sent to the plan: one
    # dated after the decision appealed, or never sent before it, was never before its reviewer, and the letter says
    # so (letter.derived.records_after_decision)
    # sent, sent_proof: when the record was sent to the plan and the proof (a fax report), for a record the decision
    # had in its file (letter.derived.records_sent)
    # received: the day the plan's own receipt shows (an acknowledgment, a portal receipt), never a fax report's
    "record_dates": list_of("file", "date", "released", "submitted", "sent", "sent_proof", "received"),
    # suicidality: none | passive | active | attempt (facts.SUICIDALITY), suicidality_date: when the record shows it
    # (the only date a sentence about it prints); severity_date: when the severity was
    # recorded (the letter calls it current only within 90 days). History rows: drug, dose, start, end, outcome,
    # kind (antidepressant | augmentation | psychotherapy | neuromodulation | other), sessions, adequate, failed,
    # response (none | partial | lost | response | remission), evidence {file, page}, and the user's own columns.
    "clinical": group("severity", "severity_date", "suicidality", "suicidality_date", "response", "response_level",
                      "episode_onset",
                      "treating_since", "exclusions", history=ListOf(FREE)),
    # met: true / false, said by the user; "every criterion is met" only when every row says true
    # instead_of: the number of the criterion this one may replace ("or 3. ..., without criterion 2": instead_of: 2)
    # exception_ground: on a row met: false, why the criterion cannot apply to the patient (the letter asks for an
    # exception to it on an individual medical review)
    "payer_criteria": list_of("criterion", "how_met", "met", "instead_of", "exception_ground", evidence=_EVIDENCE),
    # exception / other_terms: the plan's exception provision and other terms bearing on an exclusion, quoted;
    # file: the enclosed document the quotes come from; comparator: the plan's own policy for a medical or surgical
    # use that the parity argument compares with {name, quote, file}
    # exclusion: an exclusion the denial relies on, answered by name: {name, reaches (true / false: whether it reaches
    # this care), why (the reason, with its record), file (the record that shows it)} (facts.exclusion_misses_care)
    # augmentation_counts: the policy's or coverage rule's own words that count an augmentation trial as a
    # medication trial (derived.augmentation_rule)
    # definition: the plan's own definition of "experimental or investigational" by alternative tests {name, quote,
    # file, page, tests: [{label, words, answer (fda | fda_use | no_trials | not_in_trial | consensus | evidence),
    # literature (reference keys), file, page}]} (letter.derived.plan_definition)
    # other_terms_file: the enclosed document other_terms come from (the letter points to it as their exhibit)
    # precedence: the plan's clause on which of its documents governs {name, quote, file, page, governs, over, ground}
    # (letter.derived.precedence_clause); listed: a list of the plan's own that names the treatment {name, entry,
    # file, page, as, part_b} (letter.derived.plan_list)
    "plan_policy": group("name", "number", "quote", "medical_necessity_definition", "exception", "other_terms",
                         "other_terms_file", "other_terms_apply",
                         "urgent_review", "file", "augmentation_counts", comparator=group("name", "quote", "file"),
                         definition=group("name", "quote", "file", "page",
                                          tests=list_of("label", "words", "answer", "literature", "file", "page")),
                         precedence=group("name", "quote", "file", "page", "governs", "over", "ground"),
                         listed=group("name", "entry", "file", "page", "as", "part_b"),
                         # the policy version in force on the dates of service, which the plan's own clause (rule,
                         # quote) applies, and the day the version the denial applied took effect
                         # (letter.derived.version_in_force)
                         in_force=group("name", "from", "through", "applied_from", "rule", "quote", "file", "page",
                                        text=group("file", "page")),
                         # the criteria the plan's own document requires for the decision {name, source (the document
                         # that requires them), quote, file, page, for (what they decide), applied (the criteria the
                         # denial applied instead)} (letter.derived.required_criteria)
                         required_criteria=group("name", "source", "quote", "file", "page", "for", "applied"),

                         # a limit on the number of treatments: applied (by the denial), current (in the plan's
                         # current terms, or none), course (the number the course billed reaches), unit
                         # (letter.derived.benefit_limit); from_age / under_age: the age group the terms set it for
                         # source: where the limit applied comes from {name, year, through, file, page}, so a
                         # limit from terms that no longer governed the dates of service is said to be so
                         # (letter.derived.limit_source); period, period_start, applied_period: the period the
                         # terms count it in ("Plan Year"), the day the dates of service's period began, the period
                         # the denial counted by (letter.derived.limit_period); counted: what the plan's own count
                         # holds, by kind [{what, count, limited: false for a kind the terms do not count}], with
                         # counted_file, the record of that count, or a row's own file and page
                         # (letter.derived.benefit_limit); printed: the count the plan printed {count, as (its own
                         # breakdown), file, page}, the only count the letter calls the plan's
                         # (letter.derived.limit_printed)
                         limit=group("applied", "current", "course", "unit", "from_age", "under_age", "period",
                                     "period_start", "applied_period", "applied_unit", "counted_file",
                                     source=group("name", "year", "through", "file", "page"),
                                     printed=group("count", "as", "file", "page"),
                                     counted=list_of("what", "count", "limited", "file", "page")),
                         # superseded: later plan terms that replaced the exclusion {by (what replaced it), from
                         # (the date they govern from), quote (their words), file (their source: a file or a list),
                         # state_plan {name, file} (the state's notice that its Medicaid plan covers the care from
                         # then)} (letter.derived.superseded_exclusion)
                         # from_age / under_age: the age group an exclusion is set for (members that age and older;
                         # younger members), measured by the patient's age on every date of service
                         # (letter.derived.exclusion_ages)
                         exclusion=group("name", "reaches", "why", "file", "from_age", "under_age",
                                         superseded=group("by", "from", "quote", "file",
                                                          state_plan=group("name", "file"))),
                         # the policy's section the denial applied and the one that governs the use requested, when
                         # they differ (letter.derived.policy_section)
                         section=group("applied", "requested", "use", "proof"),
                         # the days a step-therapy rule of the plan's terms looks back for earlier doses, so a
                         # member given the drug within them is no new start (letter.derived.new_start)
                         step_lookback_days=VALUE,
                         # the day those days count back from, when the terms name one (the day coverage began)
                         step_lookback_from=group("date", "what", "file")),
    # Medicare's own coverage rule for the treatment (an NCD or LCD excerpt) in a Medicare Advantage case: the plan
    # may apply only its criteria where they are fully established (letter.derived.medicare_coverage)
    # replaced: the revision the decision applied, retired before the care {name, through, file, page}
    # (letter.derived.medicare_replaced)
    "medicare_coverage": group("name", "number", "quote", "file", "augmentation_counts",
                               replaced=group("name", "through", "file", "page")),
    # Original Medicare's 190-day lifetime limit on inpatient psychiatric hospital care (42 CFR 409.62), for a stay it
    # was applied to: unit (where the stay was: distinct_part, a psychiatric unit of a general hospital, or
    # psychiatric_hospital), proof (the record that shows it: a file or a list), miscounted (days Medicare counted
    # toward the limit that do not belong there: [{stay, days, why}]) (letter.derived.psychiatric_days)
    "psychiatric_days": group("unit", "proof", miscounted=list_of("stay", "days", "why")),
    # in_network: false for a provider the plan lists that was not in its network on the date it was tried (it had
    # left it): the letter never calls it an in-network source (set 17, case 04)
    "network": list_of("name", "date", "outcome", "miles", "first_opening", "in_network", evidence=_EVIDENCE),
    # the plan option the member is enrolled in: {name, out_of_network (true: it pays for out-of-network care),
    # since (effective date), applied (the option whose rule the denial applied instead), proof (enrollment records:
    # a file or a list)}; an out-of-network denial is then answered under those benefits, never as a network gap
    # (letter.derived.plan_option)
    "plan_option": group("name", "out_of_network", "since", "applied", "proof"),
    "provider": group("name", "credentials", "license", "npi", "tax_id", "address", "phone", "waiver"),
    # fax / address: where a request for prior authorization goes, from the plan's instructions (its letter's addressee)
    # approved: an authorization or exception the plan did approve (letter.derived.approval): its number, date, what
    # it covers in words, its own words (quote), the enclosed approval (file), what went wrong with it, and its lines
    # [{code, units approved, given}] so the letter says plainly what was given beyond it
    # a denial that says coverage had ended (or not begun) on the dates of care: why it was in force, and the proof
    # (letter_templates/arguments.yaml, coverage_ended)
    # grace_period: a premium grace period the member paid within: {aptc (true: the enrollee receives advance payments
    # of the premium tax credit), paid_on (all outstanding premium paid), ends (the grace period's last day)}
    # (letter.derived.grace_period)
    # start / end: when the coverage began (and ends), coverage: what coverage it is ("Medicare Part B"), record: the
    # record that shows it {name, date, file, page}, often the corrected one (letter.derived.coverage_span)
    # a denial that says the provider was not enrolled on the date of service: when the provider's enrollment took
    # effect, the later date the payer's record used, and the record that shows it (letter.derived.provider_enrollment)
    "provider_enrollment": group("provider", "effective", "applied", record=group("name", "date", "file", "page")),
    # an appeal filed after its deadline: why it could not be filed in time, in the person's words, and the records
    # that show it; the letter asks for the time to be extended for good cause where the plan's rule allows it
    "late_filing": group("reason", "proof"),
    "eligibility": group("why", "proof", "start", "end", "coverage", grace_period=group("aptc", "paid_on", "ends"),
                         record=group("name", "date", "file", "page")),
    # a coordination-of-benefits denial (another payer said to pay first, CARC 22): the other coverage the plan's
    # record names {plan, member_is (how it covered the patient: subscriber, dependent, ...), covered_here_as (how
    # this plan does), ended (its last day), reported (when the member told the plan), proof (a file or a list)}
    # (letter.derived.other_coverage; letter_templates/arguments.yaml, coordination_of_benefits)
    # current_employment: member | spouse, when this plan covers the patient through the patient's own (or the
    # spouse's) current employment, so Medicare pays second; employees: the employer's number of employees
    # parents: {here, other}, each {name, born}, the parents through whom this plan and the other plan cover a child
    # (the birthday rule); other_says_second: the record in which the other plan says it pays second; continued:
    # false when the coverage was not continued after it ended (no COBRA election), with continued_proof;
    # never_enrolled: true when the patient never had the coverage the plan's record names (nothing ended), with has:
    # what the patient does have instead ("Medicare Part A"); processed: {date, paid, quote, file}, the other plan's
    # explanation of benefits for this claim, what it paid and why in its words; decree: {name, date, quote, parent
    # (here | other: the parent it makes responsible for the child's coverage), sent (given to the plan), file}
    "other_coverage": group("plan", "member_is", "covered_here_as", "ended", "reported", "proof",
                            "current_employment", "employees", "other_says_second", "continued", "continued_proof",
                            "never_enrolled", "has",
                            parents=group(here=group("name", "born"), other=group("name", "born")),
                            processed=group("date", "paid", "quote", "file"),
                            decree=group("name", "date", "quote", "parent", "sent", "file")),
    # emergency care (care: true), denied as out of network or unauthorized: where the patient presented, the
    # symptoms that brought them, and for care after stabilization in the same stay whether a transfer by non-medical
    # transport was safe (transfer_safe, transfer_why) and whether written consent to out-of-network care was signed
    # (consent_signed); file: the record that shows it (letter_templates/arguments.yaml, emergency_services)
    # admitted: when the admission began, a date and time ("2026-10-04 02:10"), which the plan's notice rule counts
    # from (letter.derived.admission_notice)
    "emergency": group("care", "presented", "symptoms", "transfer_safe", "transfer_why", "consent_signed", "file",
                       "admitted", plan_paid=group("what", "date", "file", "page")),
    # urgently needed care away from home (care: true), denied as out of network or unauthorized: the absence from the
    # plan's service area (away: from, to, where, proof), what made the care urgent (why, file), the service area the
    # plan's terms name (service_area), their cost sharing for such care (cost_share) and the plan's own advice to get
    # the care (plan_advised: date, who, reference, said, file) (letter_templates/arguments.yaml, urgently_needed)
    "urgently_needed": group("care", "why", "file", "service_area", "cost_share",
                             away=group("from", "to", "where", "proof"),
                             plan_advised=group("date", "who", "reference", "said", "file")),
    # required: false when the plan's own terms (plan_policy.quote) require no authorization for this care (an
    # emergency admission); notified: when the provider notified the plan or asked it; proof: the record of that
    # notice or request, a file or a list (a hospital's utilization-review call log, a fax confirmation)
    # reference: the plan's own number for the request; pended_on / pended_for: when and why the plan held it
    # (asked for records) without deciding it; approved.extension_asked: when the provider or member asked the plan
    # to extend the approval's dates; approved.entered: the plan's own record of the approval as it entered it (a
    # member-portal printout, a claims-system screen), where it was entered wrong
    # notice_rule: the plan's notice rule in business days {business_days, from (the event's day; default the
    # admission's, emergency.admitted)} (letter.derived.business_notice); missed_notice: the plan's stated
    # consequence of a missed notice that is a penalty, not a denial {quote, penalty} (letter.derived.missed_notice)
    # exception: `formulary` (the drug is not on the plan's formulary); enrolled: the first day of the member's
    # coverage (a Part D transition supply); supply_ends: the last day of the drug on hand (letter.derived
    # prior_auth_request)
    "prior_auth": group("reason_missing", "requested_on", "never_decided", "fax", "address", "required", "notified",
                        "proof", "reference", "pended_on", "pended_for", "exception", "enrolled", "supply_ends",
                        notice_rule=group("business_days", "from"), missed_notice=group("quote", "penalty"),
                        approved=group("number", "date", "from", "through", "covers", "quote", "file",
                                       "what_went_wrong", "extension_asked", "entered",
                                       lines=list_of("code", "units", "given"))),
    # the prescriber's supporting statement for a Part D exception (42 CFR 423.578(b)): its date, its own words and
    # the enclosed copy (letter_templates/arguments.yaml, exception_request)
    "prescriber_statement": group("date", "quote", "file"),
    "urgency": group("reason", "certified_by"),
    "external_review": group("agency", "address", "final_denial_date"),
    # asked / answered: when the plan asked for more information and when what it asked for was sent, for the plan's
    # quoted rule that the claim keeps the date first received (letter.derived.filing_request_rule)
    # method / sent_to: how and where the claim was first sent (certified mail to the claims address, a clearinghouse,
    # the plan's former administrator); returned: when it came back or the plan said it had none; resent: when it was
    # sent again (derived.filing_late_clause)
    # limit_from / limit_from_what: the day the plan's filing limit counts from, where its rule counts from an event
    # (the primary plan's explanation of benefits), and that event, so the deadline is shown as the sum that gives it
    "filing": group("first_submitted", "received", "proof", "limit_deadline", "limit_from", "limit_from_what", "asked",
                    "answered", "method", "sent_to", "returned", "resent"),
    # a coding denial's answer: what the original claim got wrong and the corrected lines
    "corrected_claim": group("error", "resubmission_code", "file", "sent", "accepted", "reference", "deadline", "proof",
                             "replaces",
                             lines=list_of("code", "units", "ndc", "ndc_unit", "ndc_quantity", "modifiers",
                                           "documented", evidence=_EVIDENCE)),
    "peer_to_peer": group("availability"),
    "impact": group("work", "hospitalizations", "relapse", "daily_life"),
    # other treatments a reviewer might point to {treatment, why_not}; for a level-of-care denial, the lower level of
    # care it named {level, name (the program), first_opening (its first opening), why_not, proof (its record)}
    # (letter.derived.lower_levels: "the lower level was not available", never a network gap)
    "alternatives": list_of("treatment", "why_not", "level", "name", "first_opening", "proof"),
    "regulator": group("name", "address"),
    # the employer that sponsors a group plan: its benefits office, for a copy of the letter (directory.copies)
    "employer": group("name", "address"),
    # who gets a copy of the letter (cc:): regulator | employer | prescriber, or {name, address}; why: a line for the
    # copy's cover letter; enclose: letter (default) | packet (directory.copies, build --copies)
    "copies": list_of("to", "name", "address", "why", "enclose"),
    "complaint": group("summary"),
    "secondary_payer": group("name", "member_id", "group_number"),  # a second plan, printed on the superbill
    "reimbursement": group("amount_billed", "amount_paid"),
    # answers: what the insurer said, under the ids of letter_templates/coverage_questions.yaml (coverage.calls)
    "call_log": list_of("date", "who", "reference", "summary", answers=FREE),
    # claims for reimbursement, one per date of service (coverage.claims): written by `claimed` and `eob`
    "claims": list_of("date", "submitted", "to", "number", "eob_date", "eob_file",
                      lines=list_of("code", "units", "charge", "allowed", "paid", "patient_responsibility",
                                    "adjustment")),
    # the care still to come, for the call script (coverage.care): kind ketamine_iv | spravato | tms
    "planned_care": group("kind", "start", "sessions", "infusion_minutes", "ndc", "dose", "codes", "clinic"),
    "expenses": list_of("date", "item", "amount", "paid", "reimbursed"),
    # written by `appeal-kit sent` and `decided` (appeal_kit.cases.record)
    "submissions": list_of("date", "method", "to", "confirmation", "stage", "packet", "copy", "packet_pages",
                           "packet_sha256", "decision_due", "decision_basis", "proof"),
    # corrections: what the decision states that the record contradicts, each {said (the decision's own words),
    # record (what the record shows), file, page}: the letter corrects it in a sentence with its source
    "decisions": list_of("date", "outcome", "stage", "opens", "next_deadline", "reason", "in_dispute",
                         corrections=list_of("said", "record", "file", "page", "leaves_out")),
    "service_lines": list_of("date", "place_of_service", "code", "modifiers", "units", "diagnosis_pointers",
                             "charge", "paid", "description"),
    "literature": ListOf(FREE),  # references the letter cites
    "literature_tags": VALUE,
    "citation_style": VALUE,  # ama (default), vancouver or apa: how the letter's references are written (letter.cite)
    "custom": FREE,  # the user's own fields, for their own templates
}


def _build() -> Group:
    from appeal_kit.case.folder import FIELDS

    top: dict[str, Shape] = {}
    for name, shape in _SHAPES.items():
        top[name] = Group(dict(shape.keys), shape.free) if isinstance(shape, Group) else shape
    for f in FIELDS:
        parent, _, key = f.path.partition(".")
        node = top.setdefault(parent, Group())
        if isinstance(node, Group):
            node.keys.setdefault(key, VALUE)
    return Group(top)


KEYS = _build()


def known_paths(shape: Shape = KEYS, prefix: str = "") -> set[str]:
    """Every dotted path the schema names ("patient.name", "exhibits.file", "clinical.history")."""
    if isinstance(shape, ListOf):
        shape = shape.item
    if not isinstance(shape, Group):
        return set()
    out = set()
    for key, inner in shape.keys.items():
        path = f"{prefix}{key}"
        out.add(path)
        out |= known_paths(inner, path + ".")
    return out


@dataclass
class UnknownKey:
    path: str  # where it is, e.g. "patient.date_of_brith" or "call_log item 2.whoo"
    key: str
    line: int | None
    suggestion: str | None  # the known key it most resembles (difflib) in its group, or the same key elsewhere
    top_level: bool

    @property
    def message(self) -> str:
        where = _(" (line {line})").format(line=self.line) if self.line else ""
        hint = _(", did you mean {key}?").format(key=self.suggestion) if self.suggestion else \
            _(" (docs/case-yaml.md lists the keys appeal-kit reads)")
        return _("unknown key{where}{hint}").format(where=where, hint=hint) + \
            ("" if self.top_level else " " + _("It is ignored."))


def unknown_keys(raw: Any) -> list[UnknownKey]:
    """Every key in a parsed case.yaml (ruamel round-trip node, for line numbers) that the schema does not know."""
    found: list[UnknownKey] = []
    _walk(raw, KEYS, "", found)
    return found


def _line(node: Any, key: Any) -> int | None:
    try:
        return node.lc.key(key)[0] + 1
    except (AttributeError, KeyError, TypeError):
        return None


def _walk(node: Any, shape: Shape, where: str, found: list[UnknownKey]) -> None:
    if isinstance(shape, ListOf):
        if isinstance(node, list):
            for i, item in enumerate(node):
                _walk(item, shape.item, f"{where} item {i + 1}", found)
        return
    if not isinstance(shape, Group) or shape.free:
        return
    if isinstance(node, list):  # a group given as a list of groups (several `evidence:` entries)
        for item in node:
            _walk(item, shape, where, found)
        return
    if not isinstance(node, dict):
        return  # a wrong type is the loader's business
    for key in node:
        name = str(key)
        path = f"{where}.{name}" if where else name
        if name in shape.keys:
            _walk(node[key], shape.keys[name], path, found)
            continue
        close = difflib.get_close_matches(name, list(shape.keys), n=1, cutoff=0.6)
        # the very key in another group ("clinical.relapse" for impact.relapse) says more than a near one here
        elsewhere = sorted(q for q in _paths_by_key().get(name, ()) if where and not q.startswith(where + "."))
        hint = elsewhere[0] if len(elsewhere) == 1 else close[0] if close else None
        found.append(UnknownKey(path, name, _line(node, key), hint, top_level=not where))


@functools.cache
def _paths_by_key() -> dict[str, list[str]]:
    """Every known path by its last key ("relapse" -> ["impact.relapse"]), for a key written in the wrong group."""
    out: dict[str, list[str]] = {}
    for path in known_paths():
        out.setdefault(path.rsplit(".", 1)[-1], []).append(path)
    return out


# Leaves that hold one date: a list or a group there would be printed into a letter as it is.
DATE_LEAVES = frozenset({"date", "start", "end", "requested_on", "enrolled", "supply_ends", "first_submitted",
                         "final_denial_date", "eob_date", "decision_due", "next_deadline", "episode_onset",
                         "treating_since"})


def wrong_shapes(raw: Any) -> list[str]:
    """A message for each value whose kind is not what the schema says (a list where one date belongs, text where
    a list of rows belongs, a list inside a row's cell), naming its place, so nothing is printed wrongly or dropped
    unsaid. The plain fields of case.folder.FIELDS are checked by the loader itself."""
    found: list[str] = []
    if isinstance(raw, dict):
        for key, shape in _SHAPES.items():
            if key in raw and raw[key] not in (None, "", [], {}):
                _shape(raw[key], shape, key, found)
    return found


def _shape(node: Any, shape: Shape, where: str, found: list[str]) -> None:
    if isinstance(shape, ListOf):
        if not isinstance(node, list):
            found.append(_("{field}: should be a list, one `- ...` entry per line (it is {kind})").format(
                field=where, kind=_kind(node)))
            return
        for i, item in enumerate(node, 1):
            if isinstance(item, (list, tuple)):
                found.append(_("{field} item {n}: should be one entry, not a list inside the list").format(
                    field=where, n=i))
            elif isinstance(item, dict):
                _shape(item, shape.item, f"{where} item {i}", found)
        return
    if not isinstance(shape, Group):
        return
    if not isinstance(node, dict):
        if not (isinstance(node, list) and all(isinstance(i, dict) for i in node)):  # several `evidence:` groups
            found.append(_("{field}: should be a group of `name: value` lines (it is {kind})").format(
                field=where, kind=_kind(node)))
        return
    for key, value in node.items():
        name, path = str(key), f"{where}.{key}"
        inner = shape.keys.get(name) if not shape.free else VALUE
        if inner is not None:
            _shape(value, inner, path, found)
        elif name in DATE_LEAVES and isinstance(value, (list, dict)):
            found.append(_("{field}: should be one date, like March 3, 2026 (it is {kind})").format(
                field=path, kind=_kind(value)))


def _kind(node: Any) -> str:
    if isinstance(node, dict):
        return _("a group")
    if isinstance(node, list):
        return _("a list")
    return _("text") if isinstance(node, str) else _("the value {value}").format(value=repr(node))
