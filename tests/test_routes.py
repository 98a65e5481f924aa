"""The right law and route for each plan type (issue 18; set-7 review): a fee-for-service Medicaid or CHIP case has no
plan appeal and none of the managed-care rules (claim.delivery); each test failed on the code before the change."""
from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import copy_sample, rendered_text, sample_variant

from appeal_kit import rules
from appeal_kit.intake import deadlines
from appeal_kit.letter import render

REPO = Path(__file__).resolve().parent.parent
TRD = REPO / "evidence_samples" / "ketamine-trd"
TODAY = date(2026, 11, 26)
NOTICE = "2026-11-20"

# What only a managed-care plan has: the plan appeal's rules (42 CFR 438), its notice of resolution, the 120 days after
# it, and an appeal of the member's own before the hearing.
MANAGED_CARE = re.compile(r"\b438\.\d+|notice of resolution|120 calendar days|decision on the appeal|457\.1260", re.I)


def ffs(plan_type: str = "medicaid", **changes):
    # the decision ends care already authorized with more of it still to come (what continuation keeps going)
    return sample_variant(TRD, **{"claim.plan_type": plan_type, "claim.delivery": "fee_for_service",
                                  "claim.notice_date": NOTICE, "claim.action": "end",
                                  "claim.pending_services": ["4 more infusions"], **changes})


def test_the_route_is_the_plan_type_unless_medicaid_or_chip_is_fee_for_service():
    assert rules.route({"claim": {"plan_type": "medicaid", "delivery": "fee_for_service"}}) == \
        "medicaid_fee_for_service"
    assert rules.route({"claim": {"plan_type": "chip", "delivery": "Fee-for-service"}}) == "chip_fee_for_service"
    assert rules.route({"claim": {"plan_type": "medicaid", "delivery": "managed_care"}}) == "medicaid"
    assert rules.route({"claim": {"plan_type": "medicaid"}}) == "medicaid"
    assert rules.route({"claim": {"plan_type": "employer_erisa", "delivery": "fee_for_service"}}) == "employer_erisa"
    # the registry: no managed-care rule governs a fee-for-service route
    for route in rules.FEE_FOR_SERVICE.values():
        for r in rules.registry().values():
            assert not (r.governs(route) and re.search(r"\b438\.|457\.1260", r.citation(route))), (route, r.id)


@pytest.mark.parametrize("template", sorted(t.name for t in render.list_templates()))
def test_a_fee_for_service_medicaid_or_chip_letter_cites_no_managed_care_rule(tmp_path, template):
    every = {c for r in rules.registry().values() for c in r.cite.values()}
    for plan_type, route in rules.FEE_FOR_SERVICE.items():
        letter = rendered_text(tmp_path, ffs(plan_type), template, TODAY)
        assert not MANAGED_CARE.search(letter), (template, plan_type, MANAGED_CARE.search(letter))
        governed = {r.citation(route) for r in rules.registry().values() if r.governs(route)}
        printed = {c for c in every if f"({c})" in letter}
        assert printed <= governed, (template, plan_type, printed - governed)


def test_a_fee_for_service_case_asks_the_state_for_a_fair_hearing_directly(tmp_path):
    case = ffs(**{"claim.appeal_deadline": None, "claim.deadline_basis": None})  # the rule's window, no stated date
    template, note = render.template_for_case(case)
    assert template.route == "next level" and "no plan appeal" in note
    letter = rendered_text(tmp_path, case, template.name, TODAY)
    assert "I request a state fair hearing of" in letter and "decision dated November 20, 2026" in letter
    assert "This request is made within the time the notice gives, which is at most 90 days from the date it was " \
           "mailed (42 CFR 431.221(d))." in letter
    # services already given continue when the hearing is asked for before the change takes effect
    assert "continue as authorized while this request is decided (42 CFR 431.230(a))" in letter
    assert "Thank you for your prompt attention to this request." in letter
    # the same case in managed care: the plan's appeal, then the hearing
    managed = sample_variant(TRD, **{"claim.plan_type": "medicaid", "claim.delivery": "managed_care",
                                     "claim.notice_date": NOTICE})
    assert render.template_for_case(managed) == (render.find_template(managed.template), "")


def test_fee_for_service_deadline_is_the_notices_own_else_the_shortest_count():
    data = ffs(**{"claim.appeal_deadline": None, "claim.deadline_basis": None}).data
    dl = deadlines.deadline_for_case(data)
    assert dl.date == date(2026, 11, 20) + timedelta(days=30) and "42 CFR 431.221(d)" in dl.basis
    assert "notice dated 2026-11-20" in dl.basis and "internal" not in dl.basis
    lines = deadlines.describe(dl, TODAY)
    assert lines[0].startswith("Appeal deadline") and any("no plan appeal" in line for line in lines)
    assert not any("internal appeals address" in line or "438" in line for line in lines)
    assert any("431.230(a)" in line and "before the date the change takes effect" in line for line in lines)
    stated = {**data, "claim": {**data["claim"], "appeal_deadline": "2027-02-18",
                                "deadline_basis": 'Stated in the notice: "You have 90 days to ask for a hearing."'}}
    dl = deadlines.deadline_for_case(stated)
    assert dl.date == date(2027, 2, 18) and dl.basis.startswith("Stated in the notice")
    # managed care keeps the plan appeal's 60 days and the 120-day hearing after it
    managed = {**data, "claim": {**data["claim"], "delivery": "managed_care"}}
    assert deadlines.deadline_for_case(managed).date == date(2026, 11, 20) + timedelta(days=60)


def test_a_fee_for_service_chip_case_cites_the_states_review_not_the_plan_rules(tmp_path):
    case = ffs("chip", **{"patient.date_of_birth": "2010-03-15"})
    template, _ = render.template_for_case(case)
    letter = rendered_text(tmp_path, case, template.name, TODAY)
    assert "I request a state review of" in letter
    assert not MANAGED_CARE.search(letter) and "fair hearing" not in letter and "EPSDT" not in letter


@pytest.mark.parametrize("plan_type, warned", [("medicaid", True), ("chip", True), ("employer_erisa", False)])
def test_check_asks_how_medicaid_or_chip_is_given(tmp_path, plan_type, warned):
    from conftest import write_case

    from appeal_kit import checks

    folder = write_case(tmp_path / "case")
    yaml = (folder / "case.yaml").read_text()
    (folder / "case.yaml").write_text(yaml.replace("denial_category: medical_necessity",
                                                   f"denial_category: medical_necessity\n  plan_type: {plan_type}"))
    fields = {f.field for f in checks.check_case(folder, today=TODAY).warnings}
    assert ("claim.delivery" in fields) == warned
    (folder / "case.yaml").write_text(yaml.replace("denial_category: medical_necessity",
                                                   f"denial_category: medical_necessity\n  plan_type: {plan_type}\n"
                                                   "  delivery: fee_for_service"))
    assert "claim.delivery" not in {f.field for f in checks.check_case(folder, today=TODAY).warnings}


def test_explain_says_there_is_no_plan_to_appeal_to():
    from appeal_kit import explain

    summary = explain.summarize(ffs(), TODAY)
    said = " ".join(line for _, lines in summary.sections for line in lines)
    assert "asks for a state fair hearing" in said and "no plan to appeal to" in said
    assert "If the plan says no again" not in said and "438" not in said and "431.230(a)" in said


# ---------------------------------------------------------------------------------------------- Original Medicare
# Original Medicare has no plan: no plan terms, plan documents, exception process, network, peer-to-peer or external
# review (set 7 letter 07: "Please process the corrected claim ... under the plan's terms").
PLAN_ONLY = re.compile(r"plan['’]s (?:own )?(?:terms|provisions?|documents?|exception|filing (?:rule|limit))|"
                       r"terms of the plan|plan documents?|peer-to-peer|external review|\breconsider\b", re.I)
PLAN_FIELDS = {"plan_policy.name": "LCD L99999 (FICTIONAL)", "plan_policy.quote": "Covered when reasonable and necessary.",
               "plan_policy.other_terms": "Other words of the rule.", "plan_policy.exception": "Exceptions apply."}
MEDICARE_KINDS = {
    "necessity": {},
    "coding": {"claim.denial_category": "coding_billing", "claim.denial_reasons": ["coding_billing"],
               "claim.coding_correct": False, "claim.denial_reason": "The diagnosis billed does not support the service.",
               "corrected_claim": {"error": "The claim gave diagnosis F32.A.", "lines": [{"code": "96365", "units": 1}]}},
    "timely": {"claim.denial_category": "timely_filing", "claim.denial_reasons": ["timely_filing"],
               "claim.denial_reason": "The claim was filed late."},
    "not covered": {"claim.denial_category": "not_covered", "claim.denial_reasons": ["not_covered"],
                    "claim.denial_reason": "This is not a covered benefit."},
    "authorization": {"claim.denial_category": "prior_authorization", "claim.denial_reasons": ["prior_authorization"],
                      "claim.denial_reason": "No authorization on file."},
    "next level": {"external_review.final_denial_date": "2026-10-07", "external_review.agency": "The QIC"},
}


@pytest.mark.parametrize("template", sorted(t.name for t in render.list_templates()))
def test_an_original_medicare_letter_speaks_of_no_plan_terms(tmp_path, template):
    from appeal_kit import checks

    for kind, changes in MEDICARE_KINDS.items():
        case = sample_variant(TRD, **{"claim.plan_type": "medicare", **PLAN_FIELDS, **changes})
        if template in checks.NO_ORIGINAL_MEDICARE:  # check refuses the letter itself
            continue
        letter = rendered_text(tmp_path, case, template, TODAY)
        found = PLAN_ONLY.search(letter)
        assert not found, (kind, template, letter[max(0, found.start() - 80):found.end() + 40])
    # the same case for an employer plan keeps the plan's own terms (what is left out is Medicare's alone)
    if template == "medical-necessity":
        coding = sample_variant(TRD, **{"claim.plan_type": "employer_erisa", **PLAN_FIELDS,
                                        **MEDICARE_KINDS["coding"]})
        assert "The plan's own terms, in LCD L99999" in rendered_text(tmp_path, coding, template, TODAY)


def test_check_refuses_a_network_or_peer_to_peer_letter_for_original_medicare(tmp_path):
    from conftest import write_case

    from appeal_kit import checks

    folder = write_case(tmp_path / "case")
    yaml = (folder / "case.yaml").read_text().replace("denial_category: medical_necessity",
                                                      "denial_category: medical_necessity\n  plan_type: medicare")
    for template in sorted(checks.NO_ORIGINAL_MEDICARE):
        (folder / "case.yaml").write_text(yaml + f"template: {template}\n")
        errors = [f.message for f in checks.check_case(folder, today=TODAY).errors if f.field == "template"]
        assert any("Original Medicare has no plan" in e for e in errors), template


# ---------------------------------------------------------------------------------------------- external review
# An insured plan's external review is the state's process (45 CFR 147.136(c)), not the federal process of 29 CFR
# 2590.715-2719(d), which is for self-funded plans (set 7 letter 01); and a request to the external reviewer does not
# ask it for the plan's own documents.
NEXT = {"claim.plan_type": "employer_erisa", "external_review.final_denial_date": "2026-10-20",
        "external_review.agency": "The state's external review program (FICTIONAL)"}


@pytest.mark.parametrize("funding, cited, never", [
    ("insured", ["(45 CFR 147.136(c)(2))", "(45 CFR 147.136(c))"], "2590.715-2719"),
    ("self_funded", ["(29 CFR 2590.715-2719(d)(2)(i))", "(29 CFR 2590.715-2719(d))"], "147.136(c)"),
])
def test_an_employer_plans_external_review_follows_its_funding(tmp_path, funding, cited, never):
    case = sample_variant(TRD, **{**NEXT, "claim.funding": funding})
    letter = rendered_text(tmp_path, case, "external-review-request", TODAY)
    for citation in cited:
        assert citation in letter, (funding, citation)
    assert never not in letter
    basis = deadlines.deadline_for_case(case.data).basis
    assert (cited[0].strip("()") in basis) and never not in basis


# A plan known to be self-funded has only the federal process of paragraph (d): citing (c)-(d) names a state process
# that cannot reach it (set 2's review, case 05). The citation follows the funding the case knows; unknown funding
# keeps (c)-(d), and a self-funded government plan keeps it too (its state may extend its own process to it).
@pytest.mark.parametrize("plan_type, funding, external", [
    ("employer_erisa", "self_funded", "29 CFR 2590.715-2719(d)"),
    ("church", "self_funded", "26 CFR 54.9815-2719(d)"),
    ("employer_erisa", None, "29 CFR 2590.715-2719(c)–(d)"),
    ("church", None, "26 CFR 54.9815-2719(c)–(d)"),
    ("governmental", "self_funded", "45 CFR 147.136(c)–(d)"),
])
def test_the_external_review_citation_follows_the_known_funding(tmp_path, plan_type, funding, external):
    from appeal_kit import rules

    changes = {"claim.plan_type": plan_type, "claim.funding": funding}
    experimental = {"claim.denial_category": "experimental_investigational",
                    "claim.denial_reason": "Ketamine infusion for depression is considered investigational."}
    for template in ("experimental-investigational", "external-review-request"):
        case = sample_variant(TRD, **({**NEXT, **changes} if template == "external-review-request" else
                                      {**changes, **experimental}))
        letter = rendered_text(tmp_path, case, template, TODAY)
        assert f"({external})" in letter, (template, plan_type, funding)
        others = {r.cite[plan_type] for r in (rules.rule("external_review"), rules.rule("federal_external_review"))
                  if plan_type in r.cite} - {external}
        assert not any(f"({c})" in letter for c in others), (template, plan_type, funding)


def test_a_next_level_request_asks_the_reviewer_for_none_of_the_plans_documents(tmp_path):
    experimental = {"claim.denial_category": "experimental_investigational"}
    internal = rendered_text(tmp_path, sample_variant(TRD, **{"claim.plan_type": "employer_erisa", **experimental}),
                             "medical-necessity", TODAY)
    assert "Please send me the criteria used for this determination (29 CFR 2590.712(d)(1))" in internal
    external = rendered_text(tmp_path, sample_variant(TRD, **{**NEXT, "claim.funding": "insured", **experimental}),
                             "external-review-request", TODAY)
    assert "2590.712(d)(1)" not in external and "criteria used for this determination" not in external
    assert "parity" in external.lower()  # the argument itself stays


# ---------------------------------------------------------------------------------------------- enclosures
# A sentence that says a document is enclosed traces to an exhibit the case holds, and names it by its exhibit
# title, never by what a field guesses it to be (set 7 letter 07: "The corrected claim is enclosed as Exhibit C",
# Exhibit C being the psychiatrist's letter).
ENCLOSED = re.compile(r"[^.]*\b(?<!not )(?:enclos|attach)\w*[^.]*\.", re.I)
CODING = {"claim.denial_category": "coding_billing", "claim.denial_reasons": ["coding_billing"],
          "claim.coding_correct": False, "claim.denial_reason": "The diagnosis billed does not support the service.",
          "treatment.summary": "Six infusions for severe depression."}


@pytest.mark.parametrize("template", sorted(t.name for t in render.list_templates()))
def test_nothing_is_said_to_be_enclosed_when_the_case_encloses_nothing(tmp_path, template):
    import dataclasses

    for plan_type in ("employer_erisa", "medicaid", "medicare_part_d"):
        case = sample_variant(TRD, **{"claim.plan_type": plan_type, **CODING, "patient.date_of_birth": "2010-01-01",
                                      "corrected_claim": {"error": "The claim gave F32.A.", "file": "other/claim.pdf",
                                                          "lines": [{"code": "96365", "units": 1}]}})
        case = dataclasses.replace(case, exhibits=[])
        letter = rendered_text(tmp_path, case, template, TODAY)
        found = [m.group(0) for m in ENCLOSED.finditer(letter) if "not enclosed" not in m.group(0)]
        assert not found, (template, plan_type, found)


def test_an_enclosure_is_named_by_its_exhibit_title_not_by_the_field_that_points_to_it(tmp_path):
    case = sample_variant(TRD, **{"claim.plan_type": "medicare", **CODING})
    exhibit = next(e for e in case.exhibits if e.path.parent.name == "clinical")
    file = str(exhibit.path.relative_to(case.folder))
    fixed = sample_variant(TRD, **{"claim.plan_type": "medicare", **CODING, "corrected_claim": {
        "error": "The claim gave diagnosis F32.A.", "lines": [{"code": "96365", "units": 1}], "file": file}})
    letter = rendered_text(tmp_path, fixed, "medical-necessity", TODAY)
    label = render.Pointers(fixed, None, None).enclosed(file)
    assert f"Enclosed as {label}: {exhibit.title}." in letter
    assert "The corrected claim is enclosed" not in letter and "which the corrected claim fixes" not in letter
    # no replacement claim recorded: the letter gives the corrections, and claims no corrected claim was sent
    assert "Corrected, the claim reports 96365, 1 unit." in letter and "the claim as corrected" in letter
    sent = sample_variant(TRD, **{"claim.plan_type": "medicare", **CODING, "corrected_claim": {
        "lines": [{"code": "96365", "units": 1}], "resubmission_code": 7, "file": "other/not-an-exhibit.pdf"}})
    letter = rendered_text(tmp_path, sent, "medical-necessity", TODAY)
    assert "The corrected claim, sent as a replacement (claim frequency code 7)" in letter
    assert "not-an-exhibit" not in letter and "Enclosed as Exhibit" not in letter.split("Request")[0]


# ---------------------------------------------------------------------------------------------- the plan's clock
def test_care_given_with_more_to_come_names_both_decision_clocks(tmp_path):
    """An employer plan's appeal about sessions given and sessions still to come: 30 days for the care to come
    (pre-service), 60 for the care given, each with its rule (set 6 letter 04 named only the 60)."""
    ongoing = {"claim.plan_type": "employer_erisa", "claim.service_dates": ["2026-11-02", "2026-12-08"]}
    letter = rendered_text(tmp_path, sample_variant(TRD, **ongoing), "medical-necessity", TODAY)
    assert "Please decide this appeal within 30 days of receiving it for the care still to come " \
           "(29 CFR 2560.503-1(i)(2)(ii)), and within 60 days for the care already given " \
           "(29 CFR 2560.503-1(i)(2)(iii)(A))." in letter
    # Medicaid managed care decides both in 30 days: one clock, said once
    medicaid = rendered_text(tmp_path, sample_variant(TRD, **{**ongoing, "claim.plan_type": "medicaid"}),
                             "medical-necessity", TODAY)
    assert "Please decide this appeal within 30 days of receiving it (42 CFR 438.408(b)(2))." in medicaid


def test_a_medicare_plan_is_asked_to_decide_a_request_it_never_decided_not_to_deem_it_granted(tmp_path):
    never = {"claim.denial_category": "prior_authorization", "claim.denial_reasons": ["prior_authorization"],
             "prior_auth.requested_on": "2026-08-21", "prior_auth.never_decided": True,
             "claim.denial_reason": "No authorization on file."}
    for template in ("medical-necessity", "retro-authorization"):
        ma = rendered_text(tmp_path, sample_variant(TRD, **{**never, "claim.plan_type": "medicare_advantage"}),
                           template, TODAY)
        assert "as granted" not in ma and "now, on its merits" in ma, template
        # Medicare's clock, not "its own rules" (sample_variant's case is urgent: a Part B drug's 24 hours)
        assert re.search(r"within the \d+ (?:hours|days) the rules allow \(42 CFR 422\.5", ma) or \
            template == "retro-authorization"
        assert "its own rules allow" not in ma and "the plan's rules allow" not in ma
        erisa = rendered_text(tmp_path, sample_variant(TRD, **{**never, "claim.plan_type": "employer_erisa"}),
                              template, TODAY)
        # no plan type's rule makes an undecided request a grant: every plan is asked to decide it now (set 17, case 02)
        assert "as granted" not in erisa and "now, on its merits" in erisa, template


@pytest.mark.parametrize("delivery, said", [("managed_care", "10 days after the notice date"),
                                            ("fee_for_service", "before the date the change takes effect")])
def test_check_tells_how_to_keep_medicaid_services_that_the_decision_cuts(tmp_path, delivery, said):
    from conftest import write_case

    from appeal_kit import checks

    folder = write_case(tmp_path / "case")
    yaml = (folder / "case.yaml").read_text()
    (folder / "case.yaml").write_text(yaml.replace("denial_category: medical_necessity",
                                                   "denial_category: medical_necessity\n  plan_type: medicaid\n"
                                                   f"  delivery: {delivery}\n  action: end\n"
                                                   "  pending_services: [4 more infusions]"))
    notes = [f.message for f in checks.check_case(folder, today=TODAY).findings if f.field == "claim.action"]
    assert any(said in n for n in notes), notes


def test_init_asks_how_medicaid_or_chip_is_given():
    from appeal_kit.case import interview

    question = next(q for q in interview.QUESTIONS if q.path == "claim.delivery")
    assert set(question.plans) == {"medicaid", "chip"} and question.kind == "delivery"
    assert interview._check(question, "2") == "fee_for_service" and interview._check(question, "1") == "managed_care"
    said: list[str] = []
    answers = iter(["2"])
    assert interview.ask_one(question, lambda text, default: next(answers), said.append, {}) == "fee_for_service"
    assert any("no health plan" in line for line in said)


def test_a_request_about_care_already_given_is_put_in_the_past(tmp_path):
    """Set 6 letter 02: a redetermination of sessions already given asked which treatment 'should come first'."""
    given = rendered_text(tmp_path, sample_variant(TRD, **{"claim.plan_type": "medicare", "alternatives": []}),
                          "medical-necessity", TODAY)
    assert "another treatment should have come first" in given and "should come first" not in given
    coming = rendered_text(tmp_path, sample_variant(TRD, **{"claim.plan_type": "medicare", "alternatives": [],
                                                            "claim.service_dates": ["2026-12-08"]}),
                           "medical-necessity", TODAY)
    assert "another treatment should come first" in coming


def test_a_next_level_request_is_called_a_request(tmp_path):
    letter = rendered_text(tmp_path, sample_variant(TRD, **{**NEXT, "claim.plan_type": "medicare"}),
                           "external-review-request", TODAY)
    assert "Please decide this request within 60 days of receiving it (42 CFR 405.970(a))." in letter
    assert "this appeal" not in letter


@pytest.mark.parametrize("changes", [{"claim.plan_type": "medicare"},
                                     {"claim.plan_type": "medicaid", "claim.delivery": "fee_for_service"}])
def test_the_claims_report_speaks_of_no_plan_where_there_is_none(tmp_path, changes):
    """The claims report said 'The plan's own words in' an LCD for Original Medicare (set 6 letter 02) and 'after the
    final internal denial' for a fee-for-service hearing request, which follows no internal appeal."""
    from appeal_kit.letter import claims

    case = sample_variant(TRD, **{**changes, **PLAN_FIELDS, "claim.notice_date": NOTICE,
                                  "external_review.final_denial_date": NOTICE})
    report: dict = {}
    rendered_text(tmp_path, case, "external-review-request", TODAY, report=report)
    said = [str(s.text) for s in claims.statements(report["facts"])]
    assert any(s.startswith("The words of LCD L99999") for s in said), said
    assert not any("final internal" in s for s in said), said
    # (a fee-for-service program's own terms are its state plan's; Original Medicare has none)
    assert changes["claim.plan_type"] != "medicare" or not any("plan's" in s for s in said), said


def test_a_physician_appealing_a_medicare_claim_encloses_the_appointment_form_by_its_name(tmp_path):
    """Set 6 letter 07 called the enclosed CMS-1696 the patient's 'written consent to this appeal'; set 52 letter 03
    called a one-paragraph consent 'form CMS-1696'. The document's own words say which it is."""
    folder = copy_sample(TRD, tmp_path / "case")
    (folder / "other").mkdir(exist_ok=True)
    case_file = folder / "case.yaml"  # the sample lists its exhibits: the new documents join the list
    case_file.write_text(case_file.read_text().replace("exhibits:\n", "exhibits:\n  - file: other/appointment.txt\n  - file: other/consent.txt\n", 1))
    (folder / "other" / "appointment.txt").write_text(
        "FICTIONAL. Appointment of Representative (form CMS-1696). I appoint Dr. Test Prescriber to act for me.\n")
    (folder / "other" / "consent.txt").write_text(
        "FICTIONAL. I agree that Dr. Test Prescriber may appeal this decision for me and share my records.\n")
    physician = {"author.name": "Dr. Test Prescriber", "author.role": "Treating psychiatrist",
                 "author.relation": "physician", "author.authorization": "other/appointment.txt"}
    for plan in ("medicare", "medicare_advantage", "medicare_part_d"):
        letter = rendered_text(tmp_path, sample_variant(folder, **{"claim.plan_type": plan, **physician}),
                               "medical-necessity", TODAY)
        assert "the signed authorization on form CMS-1696 (Appointment of Representative) is enclosed as" in letter
        # the form's name carries its own parenthesis: the sentence sets none around it (issue 18)
        said = next(s for s in re.split(r"(?<=\.) ", letter) if "Appointment of Representative" in s)
        assert not re.search(r"\([^()]*\(", said), said
        assert "written consent" not in letter
    consent = {**physician, "author.authorization": "other/consent.txt"}
    for plan in ("medicare", "medicare_advantage", "medicare_part_d"):
        letter = rendered_text(tmp_path, sample_variant(folder, **{"claim.plan_type": plan, **consent}),
                               "medical-necessity", TODAY)
        assert "written consent to this appeal is enclosed as" in letter
        assert "CMS-1696" not in letter


def test_fee_for_service_help_and_regulator_name_no_managed_care_ombudsman():
    from appeal_kit import directory
    from appeal_kit.letter import derived

    data = {"claim": {"plan_type": "medicaid", "delivery": "fee_for_service"},
            "patient": {"address": "415 Calle Arroyo Seco\nLas Cruces, NM 88001"}}
    assert [h.what for h in directory.free_help(data)] == ["state fair hearing office"]
    assert derived.regulator(data) == "State Medicaid agency"
    managed = {**data, "claim": {"plan_type": "medicaid", "delivery": "managed_care"}}
    assert "ombudsman" in (derived.regulator(managed) or "")


def test_a_fee_for_service_chip_deadline_is_the_notices_never_a_count_of_nothing():
    assert deadlines.rule_deadline("chip_fee_for_service", date(2026, 11, 20)).date is None
    data = {"claim": {"plan_type": "chip", "delivery": "fee_for_service", "notice_date": "2026-11-20"}}
    assert deadlines.deadline_for_case(data).date is None
    given = {"claim": {**data["claim"], "appeal_deadline": "2027-01-19", "deadline_basis": "Stated in the notice: "
                       '"You may ask for a review within 60 days."'}}
    assert deadlines.deadline_for_case(given).date == date(2027, 1, 19)
    assert deadlines.rederived_deadline(given) in (None, date(2027, 1, 19))


def test_the_decision_appealed_is_named_in_words_true_for_any_author():
    """Set 7 case 05 and set 8 case 06: a representative requesting the hearing wrote "the decision on my appeal";
    the member appealed, not the writer. The decision's name holds whoever signs."""
    from appeal_kit.intake.deadlines import NEXT_LEVELS, UNKNOWN_LEVEL

    for level in [*NEXT_LEVELS.values(), UNKNOWN_LEVEL]:
        assert not re.search(r"\b(my|I|me)\b", level.decision), level.decision
