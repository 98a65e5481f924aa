"""The regulation audit (its corrections are listed in docs/domain.md, "Which rules a letter may cite"): each
corrected rule, as the deadline code and the letters now apply it. Every test here failed on the text that shipped
before the audit."""
from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import rendered_text, sample_variant

from appeal_kit import rules
from appeal_kit.intake import deadlines
from appeal_kit.letter import arguments, criteria, render

REPO = Path(__file__).resolve().parent.parent
TRD = REPO / "evidence_samples" / "ketamine-trd"
SPRAVATO = REPO / "evidence_samples" / "spravato-step-therapy"
GAP = REPO / "evidence_samples" / "out-of-network-gap"
TODAY = date(2026, 11, 26)


def text(tmp_path, sample, template, **changes) -> str:
    return rendered_text(tmp_path, sample_variant(sample, **changes), template, TODAY)


def test_medicaid_fair_hearing_is_120_days_from_the_notice_of_resolution():
    final = date(2026, 11, 2)
    dl = deadlines.next_level_deadline("medicaid", final)
    assert dl.date == final + timedelta(days=120)
    assert "42 CFR 438.408(f)(2)" in dl.basis and "notice of resolution" in dl.basis
    assert not re.search(r"90 and 120|between 90", dl.basis + rules.rule("fair_hearing").provides)


def test_employer_plans_cite_the_labor_departments_external_review_rule(tmp_path):
    cite = rules.Citations("employer_erisa")
    for rule_id in ("external_review", "external_review_window", "expedited_external_review", "deemed_exhaustion"):
        assert cite.cite(rule_id).startswith("29 CFR 2590.715-2719"), rule_id
        assert rules.Citations("individual_aca").cite(rule_id).startswith("45 CFR 147.136"), rule_id
    assert "29 CFR 2590.715-2719(d)(2)(i)" in deadlines.next_level_deadline("employer_erisa", date(2026, 11, 2)).basis
    letter = text(tmp_path, TRD, "external-review-request", **{"claim.plan_type": "employer_erisa"})
    assert "29 CFR 2590.715-2719(c)–(d)" in letter and "147.136(c)" not in letter


@pytest.mark.parametrize("plan_type", ["medicaid", "medicare_advantage", "medicare_part_d", "fehb", "unknown"])
def test_experts_are_asked_for_but_no_duty_is_cited_outside_erisa(tmp_path, plan_type):
    letter = text(tmp_path, TRD, "medical-necessity", **{"claim.plan_type": plan_type})
    # its own sentence, so that the citation before it does not read as the source of a duty
    sentence = re.search(r"\. Please also tell me the name and qualifications of each expert consulted[^.]*\.",
                         letter).group(0)
    assert "2560.503-1" not in sentence and "CFR" not in sentence
    request = text(tmp_path, TRD, "claim-file-request", **{"claim.plan_type": plan_type})
    bullet = re.search(r"the names and qualifications of every health care professional[^;]*;", request).group(0)
    assert "CFR" not in bullet


def test_erisa_plans_cite_the_experts_rule(tmp_path):
    letter = text(tmp_path, TRD, "medical-necessity", **{"claim.plan_type": "employer_erisa"})
    assert "each expert consulted (29 CFR 2560.503-1(h)(3)(iv))" in letter


@pytest.mark.parametrize("template", ["esketamine-step-therapy", "claim-file-request"])
def test_parity_comparative_analysis_is_a_claim_document_not_a_statutory_right(tmp_path, template):
    for plan_type in ("employer_erisa", "individual_aca"):
        letter = text(tmp_path, SPRAVATO, template, **{"claim.plan_type": plan_type})
        assert "comparative analysis" in letter
        assert "1185a" not in letter and "300gg-26" not in letter and "must prepare" not in letter
    assert not any("1185a" in c or "300gg-26" in c for r in rules.registry().values() for c in r.cite.values())


def test_part_d_window_is_65_days_from_the_notice_date():
    notice = date(2026, 3, 3)
    dl = deadlines.appeal_deadline("medicare_part_d", notice)
    assert dl.date == notice + timedelta(days=65) and "42 CFR 423.582(b)" in dl.basis
    assert "after receipt" not in dl.basis and "60 days" not in dl.basis
    assert deadlines.appeal_deadline("medicare_part_d", date(2024, 11, 1)).date == date(2024, 12, 31)


def test_medicare_advantage_part_b_drug_reconsideration_is_7_days():
    sent = date(2026, 3, 2)
    drug = deadlines.decision_due("medicare_advantage", sent, urgent=False, pre_service=True, part_b_drug=True)
    assert drug.date == sent + timedelta(days=7) and drug.basis.startswith("42 CFR 422.590(c):")
    other = deadlines.decision_due("medicare_advantage", sent, urgent=False, pre_service=True)
    assert other.date == sent + timedelta(days=30)
    # the 7-day clock is Medicare Advantage's: an employer plan keeps its own
    assert deadlines.decision_due("employer_erisa", sent, urgent=False, pre_service=True,
                                  part_b_drug=True).date == sent + timedelta(days=30)
    assert deadlines.is_part_b_drug({"claim": {"procedure_codes": ["96365", "J3490"]}})
    assert not deadlines.is_part_b_drug({"claim": {"procedure_codes": ["90837"]}, "treatment": {"name": "TMS"}})


def test_individual_network_adequacy_promises_no_out_of_network_coverage(tmp_path):
    rule = rules.rule("network_adequacy")
    assert rule.cite == {"individual_aca": "45 CFR 156.230(a)(1)(ii)"}
    assert "outside" not in rule.provides and "out of network" not in rule.provides
    letter = text(tmp_path, GAP, "out-of-network-gap-exception", **{"claim.plan_type": "individual_aca"})
    assert "(45 CFR 156.230(a)(1)(ii))" in letter
    medicaid = text(tmp_path, GAP, "out-of-network-gap-exception", **{"claim.plan_type": "medicaid"})
    assert "(42 CFR 438.206(b)(4))" in medicaid and "156.230" not in medicaid


def test_unknown_plan_window_is_30_days():
    notice = date(2026, 3, 3)
    dl = deadlines.appeal_deadline("unknown", notice)
    assert dl.date == notice + timedelta(days=30) and "30 days" in dl.basis


def test_contra_proferentem_is_not_stated_as_law_for_employer_plans(tmp_path):
    quote = {"plan_policy.quote": "Services that are not covered include treatments not listed in this booklet."}
    for plan_type in ("employer_erisa", "medicare", "medicaid", "fehb", "unknown"):
        letter = text(tmp_path, TRD, "medical-necessity", **{"claim.plan_type": plan_type,
                                                               "claim.denial_category": "not_covered", **quote})
        assert "is read in the member's favor" not in letter, plan_type
    individual = text(tmp_path, TRD, "medical-necessity", **{"claim.plan_type": "individual_aca",
                                                            "claim.denial_category": "not_covered", **quote})
    assert "is read in the member's favor" in individual


def test_spravato_rows_say_which_criteria_are_the_labels_and_which_the_payers():
    rows = {c["id"]: " ".join(c["criterion"].split()) for c in criteria.criteria_set("esketamine")["criteria"]}
    assert "suicidal ideation" in rows["oral_antidepressant"] and "January 2025" in rows["oral_antidepressant"]
    assert "payer criterion" in rows["prescriber"]
    published = " ".join(criteria.criteria_set("esketamine")["published"].split())
    assert "payers' own policies" in published


def test_one_cited_trial_is_called_a_trial():
    blocks = arguments.load_blocks()
    for name in ("evidence", "step_therapy"):
        for para in blocks[name]["paragraphs"]:
            for m in re.finditer(r"trials[^{}]{0,200}\{\{ cite\('([\w-]+)'\) \}\}", para):
                raise AssertionError(f"{name}: plural 'trials' before a single citation: {m.group(0)[:80]}")


# ---------------------------------------------------------------------------------------------- plans outside ERISA
# A separate CHIP, a state or local government employer's plan and a church plan outside ERISA each have their own
# plan type: the near one (medicaid, employer_erisa) would cite rules that do not govern them (docs/domain.md,
# "Plans outside ERISA and Medicaid").

def cited(letter: str) -> set[str]:
    """Every rule id whose citation, for some plan type, the letter prints."""
    return {r.id for r in rules.registry().values() for c in r.cite.values() if f"({c})" in letter}


def test_a_separate_chip_cites_the_chip_rules_never_medicaids_own(tmp_path):
    gap = text(tmp_path, GAP, "out-of-network-gap-exception", **{"claim.plan_type": "chip",
                                                                  "patient.date_of_birth": "2010-03-15"})
    assert "(42 CFR 457.1230(a), applying 42 CFR 438.206(b)(4))" in gap and "A CHIP managed care plan" in gap
    assert "Medicaid" not in gap and "(42 CFR 438.206(b)(4))" not in gap
    necessity = text(tmp_path, TRD, "medical-necessity", **{"claim.plan_type": "chip",
                                                            "patient.date_of_birth": "2010-03-15"})
    assert "(42 CFR 457.1260, applying 42 CFR 438.406(b)(5))" in necessity
    # no EPSDT, no fair hearing, no continued benefits (457.1260 leaves out 438.420)
    assert not cited(necessity) & {"epsdt", "fair_hearing", "medicaid_continued_benefits"}
    assert "fair hearing" not in necessity and "EPSDT" not in necessity
    dl = deadlines.appeal_deadline("chip", date(2026, 11, 17))
    assert dl.date == date(2027, 1, 16) and "42 CFR 457.1260, applying 42 CFR 438.402(c)(2)(ii)" in dl.basis
    assert not any("438.420" in n for n in dl.notes)
    assert "no state fair hearing" in deadlines.next_level_deadline("chip", date(2027, 1, 2)).basis


@pytest.mark.parametrize("plan_type, governs", [("governmental", "45 CFR 147.136"),
                                                ("church", "26 CFR 54.9815-2719")])
def test_government_and_church_plans_cite_the_rule_that_reaches_them_not_erisa(tmp_path, plan_type, governs):
    letter = text(tmp_path, TRD, "medical-necessity", **{"claim.plan_type": plan_type})
    citations = re.findall(r"\((\d+ CFR [^()]*(?:\([^()]*\)[^()]*)*)\)", letter)
    assert citations
    for citation in citations:  # the ERISA claims rule only as the standard another rule applies
        assert citation.startswith(governs) or "2560.503-1" not in citation, citation
    assert not re.search(r"\bERISA\b|Department of Labor|2590\.715", letter)
    assert deadlines.appeal_deadline(plan_type, date(2026, 10, 27)).date == date(2027, 4, 25)
    external = text(tmp_path, TRD, "external-review-request", **{"claim.plan_type": plan_type})
    assert f"({governs.split('(')[0]}" in external and "2590.715" not in external


def test_check_names_a_plan_type_the_case_contradicts(tmp_path):
    from conftest import write_case

    from appeal_kit import checks

    folder = write_case(tmp_path / "case")
    text_ = (folder / "case.yaml").read_text()
    text_ = text_.replace("name: Fictional Health Plan", "name: Lone Star Youth Health Plan (Texas CHIP)")
    text_ = text_.replace("denial_category: medical_necessity", "denial_category: medical_necessity\n  plan_type: medicaid")
    (folder / "case.yaml").write_text(text_)
    warnings = [f.message for f in checks.check_case(folder, today=TODAY).warnings if f.field == "claim.plan_type"]
    assert any("set claim.plan_type: chip" in w for w in warnings)


def test_check_reads_no_plan_type_from_the_other_payer_a_coordination_denial_names(tmp_path):
    """Letters set 47, case 04: an FEHB plan's denial said "Our records show TRICARE coverage" (the other payer), and
    check told the member to set claim.plan_type: tricare."""
    from conftest import write_case

    from appeal_kit import checks

    def plan_warnings(category: str) -> list[str]:
        folder = write_case(tmp_path / category)
        text_ = (folder / "case.yaml").read_text()
        text_ = text_.replace("denial_category: medical_necessity", f"denial_category: {category}\n  plan_type: fehb")
        text_ = text_.replace('denial_reason: "Not medically necessary: criteria not met"',
                              "denial_reason: Another payer may cover this care. Our records show TRICARE coverage.")
        (folder / "case.yaml").write_text(text_)
        return [f.message for f in checks.check_case(folder, today=TODAY).warnings if f.field == "claim.plan_type"]

    assert not any("tricare" in w for w in plan_warnings("coordination_of_benefits"))
    assert any("set claim.plan_type: tricare" in w for w in plan_warnings("medical_necessity"))


# ---------------------------------------------------------------------------------------------- the letter follows the stage

@pytest.mark.parametrize("plan_type, level_rules, never", [
    ("medicare", {"qic_reconsideration", "qic_decision", "qic_evidence"}, {"redetermination_decision"}),
    ("medicaid", {"fair_hearing"}, {"appeal_decision_pre_service", "appeal_decision_post_service"}),
    ("employer_erisa", {"external_review", "external_review_window"}, {"appeal_decision_post_service"}),
])
def test_a_case_past_its_internal_appeal_gets_the_next_levels_letter(tmp_path, plan_type, level_rules, never):
    """An internal-appeal template on a case with a final internal decision: `draft` writes the next level's request
    (Original Medicare: the QIC reconsideration, with its 60-day clock and its evidence rule, no redetermination
    clock, no plan terms, no peer-to-peer; Medicaid: the state fair hearing; employer plans: external review)."""
    from appeal_kit.letter import render

    case = sample_variant(TRD, **{"claim.plan_type": plan_type, "external_review.final_denial_date": "2026-10-07",
                                  "external_review.agency": "The reviewer the final decision names"})
    template, note = render.template_for_case(case)
    assert template.route == "next level" and template.name != case.template and note
    letter = rendered_text(tmp_path, case, template.name, TODAY)
    assert level_rules <= cited(letter) and not never & cited(letter)
    level = deadlines.next_level_of(plan_type)
    assert letter.startswith("") and f"I request {level.request} of" in letter
    assert "peer-to-peer" not in letter and "under the terms of the plan" not in letter
    # the first internal appeal keeps its own template
    first = sample_variant(TRD, **{"claim.plan_type": plan_type})
    assert render.template_for_case(first) == (render.find_template(first.template), "")


# ---------------------------------------------------------------------------------------------- the denial's own kind

def test_a_medicare_advantage_treatment_cap_is_held_to_medicares_coverage(tmp_path):
    """A cap on the number of treatments: a Medicare Advantage plan covers what Original Medicare covers, on its
    coverage determinations (42 CFR 422.101(a)-(b)); no clinical-criteria request for a denial that is not clinical."""
    cap = {"claim.denial_category": "other", "claim.denial_reason": "Covered up to 30 treatments per course of "
           "treatment. The request for 6 more treatments exceeds this benefit limit and is denied.",
           "plan_policy.quote": "Covered up to 30 treatments per course of treatment."}
    ma = text(tmp_path, TRD, "medical-necessity", **{"claim.plan_type": "medicare_advantage", **cap})
    assert "ma_basic_benefits" in cited(ma) and "independent_reviewer" not in cited(ma)
    assert "Please identify the provision" not in ma  # it is quoted
    assert "clinical criteria" not in ma and "under the terms of the plan" not in ma
    assert arguments.denial_reasons(sample_variant(TRD, **cap).data) == ["benefit_limit"]
    employer = text(tmp_path, TRD, "medical-necessity", **{"claim.plan_type": "employer_erisa", **cap})
    assert "ma_basic_benefits" not in cited(employer) and "Original Medicare" not in employer


def test_a_denial_whose_words_give_a_coding_reason_is_answered_as_one(tmp_path):
    """claim.denial_category says only "not covered" (the adjustment code's label) while the denial's words say the
    code was not valid: the letter answers the coding reason, never an exclusion, and check says why."""
    from conftest import write_case

    from appeal_kit import checks

    coded = {"claim.denial_category": "not_covered", "claim.plan_type": "individual_aca",
             "claim.denial_reason": "Not covered. HCPCS code S0013 is not a payable code for dates of service on or "
                                    "after January 1, 2026 (remark N56)."}
    case = sample_variant(TRD, **coded)
    assert arguments.denial_reasons(case.data) == ["coding_billing"]
    assert arguments.category_set_aside(case.data) == "not_covered"
    letter = text(tmp_path, TRD, "medical-necessity", **coded)
    assert "exclusion" not in letter.lower() and "member's favor" not in letter
    assert not cited(letter) & {"parity_nqtl", "independent_reviewer", "experts_identified"}
    # a real exclusion keeps its category
    excluded = {**coded, "claim.denial_reason": "Not covered: ketamine for depression is excluded under the plan."}
    assert arguments.denial_reasons(sample_variant(TRD, **excluded).data) == ["not_covered"]
    folder = write_case(tmp_path / "case")
    yaml_text = (folder / "case.yaml").read_text().replace("denial_category: medical_necessity",
                                                           "denial_category: not_covered")
    (folder / "case.yaml").write_text(yaml_text.replace("Not medically necessary: criteria not met",
                                                        "Code S0013 is not a payable code (N56)"))
    assert any(f.field == "claim.denial_category" and str(arguments.argument_words("coding_billing")) in f.message
               for f in checks.check_case(folder, today=TODAY).warnings)


def test_reasons_listed_by_hand_decide_and_a_generic_category_is_only_a_label(tmp_path):
    """claim.denial_reasons says what the denial rests on: a generic category ("not covered", the adjustment code's
    label) left out of the list draws no warning (set 13's writer could not quiet it); a specific one left out is named
    as left out of the list, not as set aside by the denial's words."""
    from conftest import write_case

    from appeal_kit import checks

    folder = write_case(tmp_path / "case")
    text = (folder / "case.yaml").read_text()
    listed = text.replace("denial_category: medical_necessity",
                          "denial_category: not_covered\n  denial_reasons: [formulary_exception]")
    (folder / "case.yaml").write_text(listed)
    case = checks.load_case(folder)
    assert arguments.denial_reasons(case.data) == ["formulary_exception"]
    assert arguments.category_set_aside(case.data) is None
    fields = [f.field for f in checks.check_case(folder, today=TODAY).warnings]
    assert "claim.denial_category" not in fields and "claim.denial_reasons" not in fields
    (folder / "case.yaml").write_text(text.replace("denial_category: medical_necessity",
                                                   "denial_category: medical_necessity\n  denial_reasons: [coding_billing]"))
    found = [f for f in checks.check_case(folder, today=TODAY).warnings if f.field == "claim.denial_reasons"]
    assert len(found) == 1 and str(arguments.argument_words("medical_necessity")) in found[0].message

def test_a_deadline_stated_on_the_eob_is_never_recounted_by_another_rule():
    """A basis quoting the explanation of benefits ("Stated on the explanation of benefits: ...") is counted again
    from its own sentence; a basis no plan rule wrote is not replaced by the plan type's window (set2 case 03 was
    warned of a 30-day date against a 180-day window it stated)."""
    claim = {"notice_date": "2026-10-27", "plan_type": "unknown", "appeal_deadline": "2027-04-25",
             "deadline_basis": 'Stated on the explanation of benefits: "You may appeal within 180 days of receiving '
                               'this notice." Counted from the notice date.'}
    assert deadlines.rederived_deadline({"claim": claim}) == date(2027, 4, 25)
    assert deadlines.deadline_disagreement({"claim": claim}) is None
    typed = {**claim, "deadline_basis": "The booklet, page 12, read by the advocate. Counted from the notice date."}
    assert deadlines.rederived_deadline({"claim": typed}) is None


# ---------------------------------------------------------------------------------------------- the matrix by stage

# Rules that only a denial turning on medical judgment calls for (a reviewer with clinical expertise, external
# review): never cited for a coding denial, whatever the plan type and template.
JUDGMENT_RULES = {"independent_reviewer", "external_review", "expedited_external_review"}


@pytest.mark.slow  # every template for every plan type, twice
@pytest.mark.parametrize("plan_type", [p for p in rules.PLAN_TYPES] + ["unknown"])
def test_matrix_every_template_by_stage_and_kind_cites_only_its_plan_types_rules(tmp_path, plan_type):
    """Every bundled template for every plan type, for a case past its internal appeal and for a coding denial:
    every citation printed is one a rule governing the plan type gives (read from the registry, not from the
    letter's words), every statement in the claims report has a source and none contradicts what is quoted, and a
    coding denial cites no rule that only medical judgment calls for."""
    from appeal_kit.letter import claims, facts, render

    governed = {r.citation(plan_type) for r in rules.registry().values() if r.governs(plan_type)}
    every = {c for r in rules.registry().values() for c in r.cite.values()}
    variants = {
        "next level": {"external_review.final_denial_date": "2026-10-07", "external_review.agency": "The reviewer"},
        "coding": {"claim.denial_category": "coding_billing", "claim.denial_reasons": ["coding_billing"],
                   "claim.denial_reason": "Code S0013 is not a payable code for the date of service (N56)."},
    }
    for kind, changes in variants.items():
        case = sample_variant(TRD, **{"claim.plan_type": plan_type, **changes})
        for template in render.list_templates():
            report: dict = {}
            letter = rendered_text(tmp_path, case, template.name, TODAY, report=report)
            printed = {c for c in every if f"({c})" in letter}
            assert printed <= governed, (kind, template.name, plan_type, printed - governed)
            used = cited(letter)
            assert not claims.unsourced(claims.statements(report["facts"])), (kind, template.name)
            assert not facts.contradictions(letter, report["facts"]), (kind, template.name)
            if kind == "coding":
                assert not used & JUDGMENT_RULES, (template.name, plan_type, used & JUDGMENT_RULES)


@pytest.mark.parametrize("plan_type", ["governmental", "employer_erisa", "medicaid", "unknown"])
def test_a_prior_authorization_never_decided_cites_the_pre_service_clock_where_it_governs(tmp_path, plan_type):
    """The plan never decided a request made before treatment: the 15-day pre-service clock and deemed exhaustion
    are cited where they govern the plan (a state employees' plan through 45 CFR 147.136), never elsewhere, and the
    letter does not call the request missing."""
    pa = {"claim.plan_type": plan_type, "claim.denial_category": "prior_authorization",
          "prior_auth.requested_on": "2026-07-21", "prior_auth.never_decided": True,
          "prior_auth.reason_missing": "the clinic's request was still pending when treatment began"}
    letter = text(tmp_path, TRD, "retro-authorization", **pa)
    governs = rules.Citations(plan_type).applies("pre_service_decision")
    assert ({"pre_service_decision", "deemed_exhaustion"} <= cited(letter)) == governs
    assert governs == (plan_type in ("governmental", "employer_erisa"))
    assert "had authorization been requested" not in letter and "procedural gap" not in letter


# ---------------------------------------------------------------------------------------------- TRICARE
# TRICARE, the military's health program, has its own plan type (docs/domain.md, "TRICARE"): its appeals are those of
# 32 CFR 199.10 (with 199.15 for medical-necessity determinations), and no state insurance department, state external
# review, ERISA, ACA appeal rule or parity law reaches it (set-5 case 01, README item 1).

NOT_TRICARE = re.compile(r"\bERISA\b|2560\.503|147\.136|2590\.715|MHPAEA|Parity and Addiction|146\.136|"
                         r"Department of Labor|insurance department|72 hours", re.I)


@pytest.mark.parametrize("template", sorted(t.name for t in render.list_templates()))
def test_a_tricare_letter_cites_only_tricares_own_rules(tmp_path, template):
    letter = text(tmp_path, TRD, template, **{"claim.plan_type": "tricare", "claim.notice_date": "2026-11-09"})
    assert not NOT_TRICARE.search(letter), (template, NOT_TRICARE.search(letter))
    for citation in re.findall(r"\((\d+ (?:CFR|USC) [^()]*(?:\([^()]*\)[^()]*)*)\)", letter):
        assert citation.startswith("32 CFR 199"), (template, citation)


def test_tricare_deadline_next_level_urgent_route_and_help():
    from appeal_kit import directory

    dl = deadlines.appeal_deadline("tricare", date(2026, 11, 9))
    assert dl.date == date(2027, 2, 7) and dl.basis.startswith("32 CFR 199.10: 90 days from the date on the notice")
    assert any("Beneficiary Counseling and Assistance Coordinator" in n for n in dl.notes)
    assert not any("72 hours" in n for n in dl.notes)
    urgent = deadlines.urgent_route("tricare")
    assert "within 3 calendar days of receiving the denial (32 CFR 199.15)" in urgent and "72 hours" not in urgent
    nxt = deadlines.next_level_deadline("tricare", date(2027, 1, 5))
    assert "TRICARE Quality Monitoring Contractor" in nxt.basis and "(32 CFR 199.10 and 199.15)" in nxt.basis
    # no state's consumer program or insurance department: TRICARE's own counselors
    case = {"claim": {"plan_type": "tricare"}, "patient": {"address": "418 Longleaf Pine Court\nJacksonville, NC 28546"}}
    assert directory.help_lines(case) == [] and directory.regulator(case) is None
    assert directory.help_lines({**case, "claim": {"plan_type": "individual_aca"}})  # the control: a state program


def test_tricare_is_offered_by_check_and_init_and_named_when_the_case_says_it(tmp_path):
    from conftest import write_case

    from appeal_kit import checks
    from appeal_kit.case import interview

    assert next(plan for pattern, plan in interview.PLAN_WORDS if re.search(pattern, "TRICARE Prime", re.I)) == \
        "tricare"
    assert "tricare" in interview.PLAN_CHOICES and "tricare" in interview.PLAN_NAMES
    folder = write_case(tmp_path / "case")
    case_text = (folder / "case.yaml").read_text()
    (folder / "case.yaml").write_text(case_text.replace("name: Fictional Health Plan",
                                                        "name: Coastline Federal Health Services, TRICARE East"))
    warnings = [f.message for f in checks.check_case(folder, today=TODAY).warnings if f.field == "claim.plan_type"]
    assert any("tricare for TRICARE" in w for w in warnings)  # the unknown plan type's advice offers it
    assert any("set claim.plan_type: tricare" in w for w in warnings)


# ---------------------------------------------------------------------------------------------- short-term policies
# A short-term limited-duration policy is not individual health insurance coverage (45 CFR 144.103): no federal
# appeal rule governs it (not 45 CFR 147.136, not ERISA's claims rule, not parity), so its letters cite none and ask
# in plain words; state insurance law and the policy decide, and the state insurance department regulates it
# (docs/domain.md, "Short-term limited-duration insurance"; set 9, case 01).
NOT_SHORT_TERM = re.compile(r"\bERISA\b|\bMHPAEA\b|Parity and Addiction|external review is available|"
                            r"independent external review|72 hours|\bACA\b|Affordable Care Act", re.I)
SHORT_TERM = {"claim.plan_type": "short_term", "claim.funding": "insured"}
CITATION = re.compile(r"\b\d+ (?:CFR|U\.S\.C\.|USC) [\w.-]+")


@pytest.mark.parametrize("stage", ["first", "next level"])
@pytest.mark.parametrize("template", sorted(t.name for t in render.list_templates()))
def test_a_short_term_letter_cites_no_federal_appeal_rule(tmp_path, template, stage):
    changes = {**SHORT_TERM, **({"external_review.final_denial_date": "2026-10-20"} if stage == "next level" else {})}
    letter = text(tmp_path, TRD, template, **changes)
    assert not CITATION.search(letter), (template, CITATION.search(letter))
    assert not NOT_SHORT_TERM.search(letter), (template, NOT_SHORT_TERM.search(letter))


def test_short_term_deadline_next_level_urgent_route_and_regulator():
    from appeal_kit import directory
    from appeal_kit.letter import derived

    dl = deadlines.appeal_deadline("short_term", date(2026, 10, 9))
    assert dl.date is None and "the policy and the notice give" in dl.basis  # no federal window is counted
    assert any("not ACA coverage" in n for n in dl.notes)
    stated = deadlines.appeal_deadline("short_term", date(2026, 10, 9),
                                       text="You may request an appeal within 60 days of the date of this letter.")
    assert stated.date == date(2026, 12, 8) and stated.source == "notice"  # the notice's own window governs
    assert "72 hours" not in deadlines.urgent_route("short_term")
    nxt = deadlines.next_level_deadline("short_term", date(2026, 11, 20))
    assert nxt.date is None and "federal external review does not apply" in nxt.basis and not CITATION.search(nxt.basis)
    case = {"claim": {"plan_type": "short_term"}, "patient": {"address": "88 Quarry Ridge Lane\nHarlow Bend, TN 37198"}}
    regulator = directory.regulator(case)
    assert regulator is not None and regulator.where == "TN.yaml"  # the state insurance department
    assert directory.external_review(case) is None  # no state external review is promised for it
    assert derived.regulator({"claim": {"plan_type": "short_term"}}).startswith("State Department of Insurance")
    assert rules.plan_table()[rules.ROUTES.index("short_term")] == ("short_term", [])


def test_short_term_is_offered_by_check_and_init_and_named_when_the_case_says_it(tmp_path):
    from conftest import write_case

    from appeal_kit import checks
    from appeal_kit.case import interview

    assert next(plan for pattern, plan in interview.PLAN_WORDS
                if re.search(pattern, "a short-term medical plan", re.I)) == "short_term"
    assert "short_term" in interview.PLAN_CHOICES and "short_term" in interview.PLAN_NAMES
    folder = write_case(tmp_path / "case")
    case_text = (folder / "case.yaml").read_text()
    (folder / "case.yaml").write_text(case_text.replace("name: Fictional Health Plan",
                                                        "name: Palisade Mutual Short-Term Medical"))
    warnings = [f.message for f in checks.check_case(folder, today=TODAY).warnings if f.field == "claim.plan_type"]
    assert any("short_term for short-term limited-duration insurance" in w for w in warnings)
    assert any("set claim.plan_type: short_term" in w for w in warnings)


# ---------------------------------------------------------------------------------------------- integrated D-SNPs
# A Medicare Advantage D-SNP that is an applicable integrated plan (claim.integrated: true) appeals through the
# unified process of 42 CFR 422.629-422.634: one integrated reconsideration, 60 days after receipt of the notice,
# continuation under 422.632, then the IRE or the state fair hearing (422.634). None of the ordinary Medicare Advantage
# appeal sections (422.582-422.592) nor Medicaid managed care's (438.402-438.420) is cited for it (set 9, case 05).
INTEGRATED = {"claim.plan_type": "medicare_advantage", "claim.integrated": True}
NOT_INTEGRATED = re.compile(r"422\.58\d|422\.59\d|438\.4\d\d|\bERISA\b|MHPAEA|Parity and Addiction|"
                            r"147\.136|2590\.715")


@pytest.mark.parametrize("template", sorted(t.name for t in render.list_templates()))
def test_an_integrated_plans_letter_cites_the_unified_appeal_rules_only(tmp_path, template):
    governed = {r.citation("medicare_advantage_integrated") for r in rules.registry().values()
                if r.governs("medicare_advantage_integrated")}
    for changes in ({}, {"claim.action": "end", "claim.pending_services": ["the last six treatments"]},
                    {"external_review.final_denial_date": "2026-10-20"}):
        letter = text(tmp_path, TRD, template, **INTEGRATED, **changes)
        assert not NOT_INTEGRATED.search(letter), (template, changes, NOT_INTEGRATED.search(letter))
        printed = {c for c in re.findall(r"\((\d+ (?:CFR|U\.S\.C\.) [^()]*(?:\([^()]*\)[^()]*)*)\)", letter)}
        assert printed <= governed, (template, changes, printed - governed)


def test_an_integrated_plans_first_level_expedited_route_and_next_level(tmp_path):
    letter = text(tmp_path, TRD, "medical-necessity", **INTEGRATED)
    assert "Request for integrated reconsideration" in letter and "request an integrated reconsideration" in letter
    assert "(42 CFR 422.633(c))" in letter and "(42 CFR 422.634)" in letter
    assert "coverage rules and the terms of the plan" in letter and "Medicare's and Medicaid's" in letter
    urgent = text(tmp_path, TRD, "expedited-appeal", **INTEGRATED)
    assert "72 hours" in urgent and "(42 CFR 422.633)" in urgent
    assert "EXPEDITED INTEGRATED RECONSIDERATION" in urgent and "request an expedited integrated reconsideration" in urgent
    # care already authorized that the decision ends continues while it is decided (422.632), never under 438.420
    cut = text(tmp_path, TRD, "expedited-appeal", **INTEGRATED, **{"claim.action": "end",
                                                                  "claim.pending_services": ["the last two"]})
    assert "continue as authorized while this appeal is decided (42 CFR 422.632)" in cut and "438.420" not in cut
    plain = text(tmp_path, TRD, "expedited-appeal", **{"claim.plan_type": "medicare_advantage"})
    assert "42 CFR 422.584" in plain and "422.633" not in plain  # the control: an ordinary Medicare Advantage plan


def test_integrated_deadline_continuation_decision_time_and_next_level():
    route = rules.route({"claim": INTEGRATED_CLAIM})
    assert route == "medicare_advantage_integrated"
    dl = deadlines.rule_deadline(route, date(2026, 12, 2), care_cut=True)
    assert dl.date == date(2027, 1, 31) and dl.receipt_date == date(2027, 2, 5)
    assert dl.basis.startswith("42 CFR 422.633(d)(1): 60 days after you receive the notice")
    assert any("(42 CFR 422.632)" in n for n in dl.notes)
    assert not deadlines.rule_deadline(route, date(2026, 12, 2), care_cut=False).notes  # a new request keeps nothing
    assert deadlines.decision_due(route, date(2026, 12, 3), urgent=True, pre_service=True).date == date(2026, 12, 6)
    assert deadlines.decision_due(route, date(2026, 12, 3), urgent=False, pre_service=False).date is None
    nxt = deadlines.next_level_deadline(route, date(2027, 1, 5))
    assert "independent review entity" in nxt.basis.lower() and "state fair hearing" in nxt.basis
    assert "(42 CFR 422.634)" in nxt.basis
    # the flag changes nothing on another plan type
    assert rules.route({"claim": {"plan_type": "medicaid", "integrated": True}}) == "medicaid"


INTEGRATED_CLAIM = {"plan_type": "medicare_advantage", "integrated": True}


def test_check_names_an_integrated_plan_and_init_asks_it(tmp_path):
    from conftest import write_case

    from appeal_kit import checks
    from appeal_kit.case import interview

    assert any(q.path == "claim.integrated" and q.plans == ("medicare_advantage",) for q in interview.QUESTIONS)
    folder = write_case(tmp_path / "case")
    case_text = (folder / "case.yaml").read_text()
    (folder / "case.yaml").write_text(case_text.replace("name: Fictional Health Plan",
                                                        "name: RiverBend Unity Dual Complete (FIDE SNP)")
                                      .replace("denial_category: medical_necessity",
                                               "denial_category: medical_necessity\n  plan_type: medicare_advantage"))
    warnings = [f.message for f in checks.check_case(folder, today=TODAY).warnings if f.field == "claim.plan_type"]
    assert any("set claim.integrated: true" in w for w in warnings)
    (folder / "case.yaml").write_text((folder / "case.yaml").read_text().replace(
        "plan_type: medicare_advantage", "plan_type: medicare_advantage\n  integrated: true"))
    warnings = [f.message for f in checks.check_case(folder, today=TODAY).warnings if f.field == "claim.plan_type"]
    assert not any("claim.integrated" in w for w in warnings)
