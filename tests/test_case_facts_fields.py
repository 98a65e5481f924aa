"""Facts a case holds that no field could say, each given a field and a sentence that applies it (letters sets 20 and
21, the blind writers' "Tool gaps"):
- an exclusion set for one age group (plan_policy.exclusion.from_age / under_age), measured by the patient's age on
  every date of service from the record that holds the date of birth (patient.birth_record), and a first notice's
  own wrong statement corrected (claim.corrections);
Tests look at structure (which block says which fact, from which field and exhibit, for which plan types), never at
the letter's wording. All FICTIONAL."""
from __future__ import annotations

from datetime import date

import pytest
from conftest import TRD_SAMPLE, block, letter_context as context, said_in, sample_variant

from appeal_kit.letter import derived, render

TODAY = date(2026, 12, 4)
ANSWERING = [t.name for t in render.list_templates() if t.route in ("internal appeal", "next level")]
NEXT_LEVEL = {"external_review.final_denial_date": "2026-11-20"}
FILE = "clinical/progress-notes.pdf"  # the sample's enclosed record: stands in for the record named here




def findings(**changes) -> list:
    from appeal_kit import checks

    case = sample_variant(TRD_SAMPLE, **changes)
    return checks._fact_findings(case, (), TODAY) + checks._denial_fit_findings(case)


# -- 1. an exclusion set for one age group ---------------------------------------------------------------------------
# the sample's care is September 8-17, 2026: a member born March 14, 2006 is 20 on every date
EXCLUDED = {"claim.denial_category": "not_covered", "payer_criteria": None,
            "claim.denial_reason": "Ketamine infusion is not a covered service for members age 21 and older.",
            "plan_policy.name": "Coverage Manual, Section 90.05-7",
            "plan_policy.quote": "The following are not covered for members age 21 and older: (g) intravenous "
                                 "ketamine infusion for the treatment of a psychiatric condition.",
            "plan_policy.exclusion": {"name": "Section 90.05-7(g)", "from_age": 21},
            "patient.date_of_birth": "2006-03-14",
            "patient.birth_record": {"file": FILE, "page": 1}}


AGE_PLANS = ["medicaid", "chip", "employer_erisa", "individual_aca"]


def answered(template: str, plan_type: str, changes: dict) -> tuple[dict, dict]:
    """The letter's context and its not_covered block, which must be there."""
    ctx = context(template, **changes, **{"claim.plan_type": plan_type})
    answer = block(ctx, "not_covered")
    assert answer is not None, template
    return ctx, answer


@pytest.mark.parametrize("plan_type", AGE_PLANS)
@pytest.mark.parametrize("template", ANSWERING)
def test_an_exclusion_for_an_age_group_does_not_reach_a_patient_outside_it(template, plan_type):
    ctx, answer = answered(template, plan_type, EXCLUDED)
    fact = ctx["facts"]["exclusion_outside_ages"]
    assert fact.value is True
    assert said_in(ctx, "exclusion_outside_ages")[0] == answer["heading"], template
    # its sources: the age group's field, the date of birth, the record that holds it (by exhibit), the dates
    assert {"plan_policy.exclusion.from_age", "patient.date_of_birth", "claim.service_dates",
            "Exhibit B, p. 1"} <= set(fact.sources)
    assert ctx["excl_ages"]["where"] == "Exhibit B, p. 1" and ctx["excl_ages"]["where"] in answer["paragraphs"][0]
    assert ctx["excl_ages"]["first_age"] == ctx["excl_ages"]["last_age"] == 20
    assert ctx["excl_ages"]["turns"] == date(2027, 3, 14)
    # the exclusion names the treatment, and that is never denied; nor is it conceded: the age paragraph is the
    # block's answer, with no "misses the care" and no request for an exception to an excluded treatment
    assert ctx["facts"]["exclusion_names_treatment"].value is True
    assert not said_in(ctx, "exclusion_misses_care")
    assert len(answer["paragraphs"]) == 1, answer["paragraphs"]
    from appeal_kit.letter import facts as facts_mod

    assert not facts_mod.contradictions(" ".join(answer["paragraphs"]), ctx["facts"])
    # EPSDT, for a Medicaid member under 21 only: no other plan type owes it
    epsdt = block(ctx, "epsdt")
    assert (epsdt is not None and bool(epsdt["paragraphs"])) is (plan_type == "medicaid"), template


@pytest.mark.parametrize("changes, outside", [
    ({"patient.date_of_birth": "2005-03-14"}, False),  # 21 on every date: inside the group
    ({"patient.date_of_birth": "2005-09-12"}, False),  # turns 21 on September 12, between the dates: one date inside
    ({"patient.date_of_birth": None}, None),  # no date of birth: nothing is said
    ({"plan_policy.exclusion": {"name": "Section 90.05-7(g)", "under_age": 21}}, False),  # the under-21 group: inside
    ({"plan_policy.exclusion": {"name": "Section 90.05-7(g)", "under_age": 18}}, True),
])
def test_the_age_is_measured_on_every_date_of_service(changes, outside):
    ctx = context("medical-necessity", **{**EXCLUDED, **changes})
    assert ctx["facts"]["exclusion_outside_ages"].value is outside
    assert bool(said_in(ctx, "exclusion_outside_ages")) is bool(outside)


# the case says why the exclusion is no ground for this denial (reaches: false, why) in no field the letter can apply,
# against quoted words that name the treatment: the letter cannot say the words miss the care, and it never concedes
# them beside the case's reason (set 21, case 03: "this appeal does not dispute what it says" after "she is 20",
# under a rule for 21 and older); check asks for the field that would let it answer (the age group here)
DISPUTED = {**EXCLUDED, "plan_policy.exclusion": {
    "name": "Section 90.05-7(g)", "reaches": False, "file": FILE,
    "why": "The section's own words reach members age 21 and older; she is 20 on every date of service."}}


@pytest.mark.parametrize("plan_type", AGE_PLANS)
@pytest.mark.parametrize("template", ANSWERING)
def test_an_exclusion_the_case_disputes_is_never_conceded(template, plan_type):
    from appeal_kit.letter import facts as facts_mod

    ctx, answer = answered(template, plan_type, DISPUTED)
    assert ctx["facts"]["exclusion_names_treatment"].value is True
    assert ctx["facts"]["exclusion_disputed"].value is True
    assert not said_in(ctx, "exclusion_misses_care") and not said_in(ctx, "exclusion_disputed")
    assert not facts_mod.contradictions(" ".join([answer["heading"], *answer["paragraphs"]]), ctx["facts"])
    # the same case without the case's reason concedes, as a case with nothing to answer the words should
    plain = context(template, **{**DISPUTED, "plan_policy.exclusion": {"name": "Section 90.05-7(g)"}},
                    **{"claim.plan_type": plan_type})
    assert facts_mod.contradictions(" ".join(block(plain, "not_covered")["paragraphs"]), ctx["facts"]), template


def test_a_concession_beside_an_exclusion_the_case_disputes_is_a_contradiction():
    from appeal_kit.letter import facts as facts_mod

    ctx = context("medical-necessity", **DISPUTED)
    found = facts_mod.contradictions("The provision names IV ketamine infusions, and this appeal does not dispute "
                                     "what it says.", ctx["facts"])
    assert [fact.id for fact, _sentence, _problem in found] == ["exclusion_disputed"]
    # with the age group in its own field, the age answers the exclusion instead
    aged = context("medical-necessity", **{**DISPUTED, "plan_policy.exclusion": {
        **DISPUTED["plan_policy.exclusion"], "from_age": 21}})
    assert aged["facts"]["exclusion_outside_ages"].value is True and not aged["facts"]["exclusion_disputed"].value
    assert "plan_policy.exclusion.from_age" in [f.field for f in findings(**DISPUTED)]


@pytest.mark.parametrize("plan_type, delivery, short", [
    ("medicaid", "fee_for_service", "the agency"), ("chip", "fee_for_service", "the agency"),
    ("medicaid", "managed_care", "the plan"), ("employer_erisa", None, "the plan"), ("medicare", None, "Medicare")])
def test_the_payers_name_is_shortened_to_what_it_is(plan_type, delivery, short):
    # set 21, case 03: "direct the plan to cover" at a fee-for-service Medicaid fair hearing, where the state agency
    # decided and pays; Original Medicare is no plan either
    assert derived.payer_short_name({"claim": {"plan_type": plan_type, "delivery": delivery}}) == short


def test_check_asks_for_the_age_group_and_the_record_of_the_birth_date():
    fields = [f.field for f in findings(**{**EXCLUDED, "plan_policy.exclusion": {"name": "Section 90.05-7(g)"}})]
    assert "plan_policy.exclusion.from_age" in fields
    assert "patient.birth_record" in [f.field for f in findings(**{**EXCLUDED, "patient.birth_record": None})]
    given = [f.field for f in findings(**EXCLUDED)]
    assert "plan_policy.exclusion.from_age" not in given and "patient.birth_record" not in given
    # an exclusion that speaks of no age is asked nothing
    plain = {**EXCLUDED, "plan_policy.quote": "Ketamine infusions are not covered.", "plan_policy.exclusion": None}
    assert "plan_policy.exclusion.from_age" not in [f.field for f in findings(**plain)]
    # an age the criteria for coverage name, beside an exclusion that names none, is no age group of the exclusion
    # (letters set 89, case 08)
    criteria = {**plain, "plan_policy.quote": "1. Age 18 or older with major depressive disorder. 2. Failure of two "
                "oral antidepressants. Exclusion: current psychotic features."}
    assert "plan_policy.exclusion.from_age" not in [f.field for f in findings(**criteria)]
    aged = {**plain, "plan_policy.quote": "1. Major depressive disorder. Exclusion: members age 65 and older."}
    assert "plan_policy.exclusion.from_age" in [f.field for f in findings(**aged)]


def test_a_record_named_as_the_source_of_a_fact_must_be_enclosed():
    from appeal_kit import checks

    case = sample_variant(TRD_SAMPLE, **{**EXCLUDED, "patient.birth_record": {"file": "other/not-there.pdf"}})
    errors = [f for f in checks._evidence_findings(case) if f.level == "error"]
    assert [f.field for f in errors] == ["patient.birth_record.file"]


@pytest.mark.parametrize("template", ANSWERING)
def test_a_first_notices_wrong_statement_is_corrected_as_the_notices(template):
    row = {"said": "Member age: 21 (DOB 03/14/2005)", "record": "The eligibility notice gives 03/14/2006.",
           "file": FILE, "page": 2}
    ctx = context(template, **EXCLUDED, **{"claim.plan_type": "medicaid", "claim.corrections": [row]})
    found = ctx["corrections"]
    assert [(c["notice"], c["where"]) for c in found] == [(True, "Exhibit B, p. 2")]
    assert str(found[0]["date"]) == str(sample_variant(TRD_SAMPLE).data["claim"]["notice_date"])
    fixed = block(ctx, "decision_corrected")
    assert fixed is not None and "Exhibit B, p. 2" in fixed["paragraphs"][0], template
    # a later decision's own correction comes after the notice's, as the decision's
    later = {**row, "said": "Member age: 21"}
    ctx = context(template, **EXCLUDED, **{"claim.corrections": [row], "decisions": [
        {"date": "2026-11-20", "outcome": "denied", "stage": "first level", "corrections": [later]}]})
    assert [c["notice"] for c in ctx["corrections"]] == [True, False]
    assert derived.decision_corrections(sample_variant(TRD_SAMPLE, **{"claim.corrections": "x"}).data) == []


# -- 2. the date the coverage began, from the record that shows it ----------------------------------------------------
# the sample's care is September 8-17, 2026
ENDED = {"claim.denial_category": "other", "claim.denial_reasons": ["coverage_ended"], "payer_criteria": None,
         "claim.denial_reason": "Our records show your coverage starts 10/01/2026.",
         "eligibility": {"why": "The coverage began on September 1, 2026; the record was wrong.",
                         "start": "2026-09-01", "coverage": "Part B",
                         "record": {"name": "the corrected entitlement record", "date": "2026-11-18", "file": FILE,
                                    "page": 1}}}


@pytest.mark.parametrize("plan_type", ["medicare", "medicare_advantage", "chip", "employer_erisa", "individual_aca"])
@pytest.mark.parametrize("template", ANSWERING)
def test_the_dates_of_service_fall_inside_the_coverage_from_its_record(template, plan_type):
    ctx = context(template, **ENDED, **{"claim.plan_type": plan_type})
    answer = block(ctx, "coverage_ended")
    assert answer is not None, template
    fact = ctx["facts"]["services_within_coverage"]
    assert fact.value is True and answer["heading"] in said_in(ctx, "services_within_coverage"), template
    assert {"eligibility.start", "claim.service_dates", "Exhibit B, p. 1"} <= set(fact.sources)
    assert ctx["coverage_span"]["where"] == "Exhibit B, p. 1"
    assert any("Exhibit B, p. 1" in p for p in answer["paragraphs"])


@pytest.mark.parametrize("eligibility, within", [
    ({"start": "2026-09-10"}, False),  # began after the first date of service
    ({"start": "2026-09-01", "end": "2026-09-15"}, False),  # ended before the last
    ({"start": "2026-09-01", "end": "2026-09-30"}, True),
    ({"start": None}, None),
])
def test_every_date_of_service_is_measured_against_the_coverage(eligibility, within):
    ctx = context("medical-necessity", **{**ENDED, "eligibility": {**ENDED["eligibility"], **eligibility}})
    assert ctx["facts"]["services_within_coverage"].value is within
    assert bool(said_in(ctx, "services_within_coverage")) is bool(within)


def test_check_asks_for_the_coverage_start_under_a_coverage_denial_only():
    assert "eligibility.start" in [f.field for f in findings(**{**ENDED, "eligibility": {"why": "x"}})]
    assert "eligibility.start" not in [f.field for f in findings(**ENDED)]
    assert "eligibility.start" not in [f.field for f in findings()]
    from appeal_kit import checks

    case = sample_variant(TRD_SAMPLE, **{**ENDED, "eligibility": {**ENDED["eligibility"],
                                                                   "record": {"file": "other/none.pdf"}}})
    assert [f.field for f in checks._evidence_findings(case) if f.level == "error"] == ["eligibility.record.file"]


# -- 3. the level of care a stay is given at --------------------------------------------------------------------------
LEVEL = {"claim.denial_category": "medical_necessity", "claim.denial_reasons": ["level_of_care"],
         "claim.denial_reason": "Continued stay is not medically necessary; care can be given at a lower level.",
         "claim.service_dates": ["2026-08-28", "2026-09-15"], "claim.procedure_codes": ["H0018"]}


@pytest.mark.parametrize("setting, span", [("residential", True), ("partial_hospitalization", True), ("PHP", True),
                                           ("inpatient", True), ("intensive_outpatient", True)])
@pytest.mark.parametrize("template", ANSWERING)
def test_a_stays_setting_names_its_level_of_care_and_spans_its_days(template, setting, span):
    # claim.inpatient given as well (as set 20, case 06 had to): the setting decides, never "inpatient" for a program
    ctx = context(template, **LEVEL, **{"claim.setting": setting, "claim.inpatient": True})
    assert ctx["dates"]["course"] is span, template
    # a stay spans its days because of its setting; an intensive outpatient program's two past dates weeks apart are
    # its first and last program days, as a daily course's are (letters set 66, case 02), not a stay's
    assert ("claim.setting" in ctx["facts"]["services_dated"].sources) is (setting != "intensive_outpatient")
    assert "claim.inpatient" not in ctx["facts"]["services_dated"].sources
    answer = block(ctx, "level_of_care")
    # said in the block's heading, which names the level
    assert answer is not None and said_in(ctx, "care_setting") == ["level_of_care"], template
    assert ctx["facts"]["care_setting"].sources == ("claim.setting",)
    assert ctx["setting"]["words"] == derived.SETTINGS[ctx["setting"]["kind"]]["words"]
    assert ctx["setting"]["stay"] is (ctx["setting"]["kind"] in ("inpatient", "residential"))


def test_without_a_setting_the_codes_and_claim_inpatient_decide_as_before():
    assert context("medical-necessity", **LEVEL)["dates"]["course"] is False
    assert context("medical-necessity", **LEVEL, **{"claim.inpatient": True})["dates"]["course"] is True
    hospital = context("medical-necessity", **{**LEVEL, "claim.procedure_codes": ["99231"]})
    assert hospital["dates"]["course"] is True
    assert context("medical-necessity", **{**LEVEL, "claim.procedure_codes": ["99231"],
                                            "claim.setting": "outpatient"})["dates"]["course"] is False
    assert not said_in(context("medical-necessity", **LEVEL), "care_setting")


def test_check_asks_for_the_setting_and_flags_a_program_called_inpatient():
    program = {**LEVEL, "treatment.name": "residential treatment for alcohol use disorder", "claim.inpatient": True}
    assert "claim.setting" in [f.field for f in findings(**program)]
    both = [f.field for f in findings(**program, **{"claim.setting": "residential"})]
    assert "claim.inpatient" in both and "claim.setting" not in both
    assert "claim.inpatient" not in [f.field for f in findings(**{**program, "claim.inpatient": None},
                                                               **{"claim.setting": "residential"})]
    assert "claim.setting" not in [f.field for f in findings(**LEVEL)]


# -- 4. criteria the plan's own document requires ---------------------------------------------------------------------
REQUIRED = {"name": "The ASAM Criteria", "source": "Summary Plan Description, Section 7.6",
            "for": "the level of care for a substance use disorder", "file": FILE, "page": 3,
            "applied": "ClearPath continued stay criteria CP-SUD-RES-3"}
SUD = {**LEVEL, "claim.setting": "residential",
       "claim.denial_reason": "Continued residential treatment (ASAM level 3.5) is not medically necessary under "
                              "ClearPath criteria CP-SUD-RES-3; care can continue at a lower level.",
       "plan_policy.name": "Summary Plan Description, Section 7.6",
       "plan_policy.quote": "The Plan decides whether a level of care for a substance use disorder is medically "
                            "necessary using the dimensional criteria of The ASAM Criteria."}


@pytest.mark.parametrize("plan_type", ["employer_erisa", "individual_aca", "medicaid", "medicare_advantage", "medicare"])
@pytest.mark.parametrize("template", ANSWERING)
def test_the_criteria_the_plans_terms_require_are_set_against_those_the_denial_applied(template, plan_type):
    ctx = context(template, **SUD, **{"claim.plan_type": plan_type, "plan_policy.required_criteria": REQUIRED})
    answer = block(ctx, "required_criteria")
    if plan_type == "medicare":  # Original Medicare has no plan terms
        assert answer is None and ctx["facts"]["criteria_required"].value is None
        return
    names = [a["name"] for a in ctx["arguments"]]
    assert answer is not None and names.index("required_criteria") < names.index("level_of_care"), template
    assert said_in(ctx, "criteria_required") == [answer["heading"]]
    assert answer["heading"] in said_in(ctx, "other_criteria_applied")
    assert "Exhibit B, p. 3" in ctx["facts"]["criteria_required"].sources
    assert ctx["required"]["where"] == "Exhibit B, p. 3" and "Exhibit B, p. 3" in answer["paragraphs"][0]


def test_without_the_criteria_applied_only_the_requirement_is_said_and_check_asks_for_the_field():
    ctx = context("medical-necessity", **SUD, **{"plan_policy.required_criteria": {**REQUIRED, "applied": None}})
    assert said_in(ctx, "criteria_required") and not said_in(ctx, "other_criteria_applied")
    same = {**REQUIRED, "applied": "the ASAM criteria"}  # the same criteria: nothing to set against them
    assert not said_in(context("medical-necessity", **SUD, **{"plan_policy.required_criteria": same}),
                       "other_criteria_applied")
    assert "plan_policy.required_criteria" in [f.field for f in findings(**SUD)]
    assert "plan_policy.required_criteria" not in [f.field for f in findings(
        **SUD, **{"plan_policy.required_criteria": REQUIRED})]
    # the denial itself applied the criteria the terms require: nothing to ask
    applied = {**SUD, "claim.denial_reason": "Under The ASAM Criteria, dimension 5 does not support level 3.5."}
    assert "plan_policy.required_criteria" not in [f.field for f in findings(**applied)]


# -- 5. a limit taken from terms that no longer governed --------------------------------------------------------------
# the sample's care is September 2026; the limit applied came from the 2025 grid, the 2026 terms set none
LIMITED = {"claim.denial_category": "benefit_limit", "payer_criteria": None,
           "claim.denial_reason": "Your plan covers 20 visits per year (Benefit Grid BH-OP-2025).",
           "plan_policy.name": "2026 Evidence of Coverage, Chapter 4",
           "plan_policy.quote": "There is no limit on the number of visits.",
           "plan_policy.limit": {"applied": 20, "current": "none", "course": 26, "unit": "visits",
                                 "source": {"name": "Benefit Grid BH-OP-2025", "year": 2025, "file": FILE,
                                            "page": 4}}}


@pytest.mark.parametrize("plan_type", ["medicare_advantage", "employer_erisa", "medicaid", "fehb", "medicare"])
@pytest.mark.parametrize("template", ANSWERING)
def test_a_limit_from_an_earlier_years_terms_is_said_to_be_outside_the_terms_in_force(template, plan_type):
    ctx = context(template, **LIMITED, **{"claim.plan_type": plan_type})
    fact = ctx["facts"]["limit_superseded"]
    if plan_type == "medicare":  # Original Medicare has no plan terms: its limits are its own rules
        assert fact.value is None and not said_in(ctx, "limit_superseded")
        return
    answer = block(ctx, "benefit_limit")
    assert answer is not None and fact.value is True, template
    assert answer["heading"] in said_in(ctx, "limit_superseded") or "benefit_limit" in said_in(ctx, "limit_superseded")
    assert {"plan_policy.limit.source.name", "plan_policy.limit.source.year", "claim.service_dates",
            "Exhibit B, p. 4"} <= set(fact.sources)
    assert ctx["limit"]["source"]["where"] == "Exhibit B, p. 4"
    assert any("Exhibit B, p. 4" in p for p in answer["paragraphs"]), template
    assert ctx["limit"]["source"]["through"] == date(2025, 12, 31)


@pytest.mark.parametrize("source, superseded", [
    ({"year": 2026}, False),  # the same year's terms: still in force
    ({"year": None, "through": "2026-09-09"}, False),  # governed through a date between the dates of service
    ({"year": None, "through": "2026-09-07"}, True),
    ({"name": None}, None),
])
def test_the_limits_source_is_measured_against_every_date_of_service(source, superseded):
    limit = {**LIMITED["plan_policy.limit"], "source": {**LIMITED["plan_policy.limit"]["source"], **source}}
    ctx = context("medical-necessity", **{**LIMITED, "plan_policy.limit": limit})
    assert ctx["facts"]["limit_superseded"].value is superseded
    assert bool(said_in(ctx, "limit_superseded")) is bool(superseded)


def test_check_asks_where_a_limit_named_with_an_earlier_year_comes_from():
    bare = {**LIMITED, "plan_policy.limit": {**LIMITED["plan_policy.limit"], "source": None}}
    assert "plan_policy.limit.source" in [f.field for f in findings(**bare)]
    assert "plan_policy.limit.source" not in [f.field for f in findings(**LIMITED)]
    same_year = {**bare, "claim.denial_reason": "Your plan covers 20 visits per year (Benefit Grid 2026)."}
    assert "plan_policy.limit.source" not in [f.field for f in findings(**same_year)]


# -- 6. a treating clinician who is neither physician nor prescriber ---------------------------------------------------
THERAPIST = {"author.name": "Tomasz Wierzbicki", "author.relation": "clinician",
             "author.role": "Licensed clinical social worker (LCSW), her treating therapist",
             "author.authorization": FILE}


@pytest.mark.parametrize("plan_type", ["medicare_advantage", "medicare_part_d", "employer_erisa", "medicaid"])
@pytest.mark.parametrize("template", ANSWERING)
def test_a_therapist_writes_as_the_treating_clinician_never_as_physician_or_prescriber(template, plan_type):
    ctx = context(template, **THERAPIST, **{"claim.plan_type": plan_type})
    standing = ctx["standing"]
    assert (standing["kind"], standing["as"], standing["physician"], standing["prescribes"]) == \
        ("clinician", "treating therapist", False, False), template
    # no plan type lets a clinician who does not prescribe file without the patient's consent or appointment
    assert standing["needs_authorization"] is True
    fact = ctx["facts"]["author_standing"]
    assert fact.value is True and "author.relation" in fact.sources
    assert not ctx["pt"]["self"]  # writes about the patient, as every clinician does


@pytest.mark.parametrize("role, relation, expected", [
    ("LCSW, treating therapist", None, ("treating therapist", False, False)),
    ("Licensed professional counselor (LPC)", None, ("treating counselor", False, False)),
    ("PsyD, her psychologist", None, ("treating psychologist", False, False)),
    ("Clinical social worker", "clinician", ("treating clinical social worker", False, False)),
    ("Family friend", "clinician", ("treating clinician", False, False)),
    ("Treating psychiatrist", None, ("treating psychiatrist", True, True)),
    ("Psychiatric nurse practitioner (PMHNP-BC)", None, ("treating nurse practitioner", False, True)),
    ("Psychiatrist and psychotherapist", None, ("treating psychiatrist", True, True)),
])
def test_who_the_clinician_is_comes_from_the_relation_else_the_role(role, relation, expected):
    data = sample_variant(TRD_SAMPLE, **{**THERAPIST, "author.role": role, "author.relation": relation}).data
    standing = derived.author_standing(data, TODAY)
    assert (standing["as"], standing["physician"], standing["prescribes"]) == expected


def test_a_therapist_who_certifies_urgency_is_no_physician_and_not_partd_prescriber():
    data = sample_variant(TRD_SAMPLE, **{"urgency.certified_by": "Tomasz Wierzbicki, LCSW",
                                         "claim.plan_type": "medicare_part_d"}).data
    assert derived.certifier(data)["physician"] is False and derived.certifier(data)["binds"] is False
    data["claim"]["plan_type"] = "medicaid"  # the provider may say so under the managed-care rule
    assert derived.certifier(data)["binds"] is True


@pytest.mark.parametrize("changes, field", [
    ({"patient.date_of_birth": None}, "patient.date_of_birth"),
    ({"claim.service_dates": []}, "claim.service_dates"),  # a request before care: the date of birth is readable
])
def test_the_age_groups_missing_field_is_the_one_named(changes, field):
    ctx = context("medical-necessity", **{**EXCLUDED, **changes})
    assert ctx["facts"]["exclusion_outside_ages"].value is None
    assert ctx["facts"]["exclusion_outside_ages"].field == field  # letters set 80, case 04: DOB called unreadable
