"""Set 22's findings (tests/resources/letter-review/set22): each fix tested on its structure, with the cases that
must stay as they were."""
from __future__ import annotations

from datetime import date

import pytest

from appeal_kit.letter import arguments, derived


@pytest.mark.parametrize("drug, asked, same", [
    # case 04: bupropion XL, one of Auvelity's two drugs, was a step of its own, never the treatment asked for
    ("Bupropion XL", "Auvelity (dextromethorphan-bupropion ER)", False),
    ("Auvelity (samples)", "Auvelity (dextromethorphan-bupropion ER)", True),
    ("Dextromethorphan-bupropion", "Auvelity (dextromethorphan-bupropion ER)", True),
    ("Fluoxetine", "Olanzapine/fluoxetine 6/25 mg", False),
    ("Olanzapine and fluoxetine", "Olanzapine/fluoxetine 6/25 mg", True),
    # a hyphen that joins no second drug leaves the drug's own name to decide
    ("Bupropion SR", "Bupropion extended-release 300 mg", True),
    ("IV ketamine", "Ketamine-assisted psychotherapy", True),
    ("Vraylar (cariprazine) samples", "Vraylar (cariprazine)", True),
    # what the treatment asked for is given with or added to is another treatment (set 4, case 03, found by the
    # sweep of every review case: escitalopram "the treatment this appeal asks for" in a TMS letter)
    ("Escitalopram (SSRI)", "Transcranial magnetic stimulation (TMS), 36 sessions, as an adjunct to escitalopram",
     False),
    ("rTMS course (2024)", "Transcranial magnetic stimulation (TMS), as an adjunct to escitalopram", True),
    ("Sertraline", "Spravato (esketamine) with sertraline", False),
    ("Sertraline", "Cariprazine 1.5 mg added to sertraline", False),
    ("Cariprazine (samples)", "Cariprazine 1.5 mg added to sertraline", True),
    # a long-acting injection is not its drug by mouth, nor a combination holding it (letters set 55, case 03)
    ("Buprenorphine-naloxone sublingual film", "Sublocade (buprenorphine extended-release injection)", False),
    ("Buprenorphine-naloxone", "Buprenorphine extended-release injection, monthly", False),
    ("Naltrexone 50 mg tablets", "Vivitrol (naltrexone for extended-release injectable suspension)", False),
    ("Sublocade 300 mg (first dose)", "Sublocade (buprenorphine extended-release injection)", True)])
def test_one_drug_of_a_combination_is_not_the_combination(drug, asked, same):
    assert arguments.same_treatment({"drug": drug}, asked) is same


def test_a_combinations_own_drug_is_counted_as_the_trial_it_was():
    history = [{"drug": "Sertraline", "dose": "150 mg", "start": "2024-10", "end": "2025-03", "response": "partial"},
               {"drug": "Bupropion XL", "dose": "300 mg", "start": "2025-09", "end": "2026-06", "response": "none"}]
    summary = arguments.trial_summary(history, treatment="Auvelity (dextromethorphan-bupropion ER)")
    assert summary["medication"] == 2 and not summary["excluded"]


def case_with_records(how: dict) -> dict:
    return {"claim": {"notice_date": "2026-08-20"},
            "decisions": [{"date": "2026-10-16", "outcome": "denied", "reason": "Upheld."}],
            "record_dates": [{"file": "clinical/old.txt", "date": "2025-03-20", **how}],
            "clinical": {"history": [{"drug": "Sertraline", "start": "2024-10", "end": "2025-03",
                                      "evidence": {"file": "clinical/old.txt", "page": 1}}]}}


@pytest.mark.parametrize("how, told", [({"released": "2026-11-09"}, True), ({"submitted": False}, True),
                                       # dated before the decision and sent: the reviewer had it
                                       ({}, False)])
def test_an_old_record_new_to_the_reviewer_is_news_in_all_it_holds(how, told):
    # case 04: a former psychiatrist's records released after the decision hold a trial ended long before it
    found = derived.records_after_decision(case_with_records(how))
    assert [r["drug"] for r in found["rows"]] == (["Sertraline"] if told else [])


def test_a_new_record_repeating_old_history_still_says_nothing_of_it():
    data = case_with_records({})
    data["record_dates"] = [{"file": "clinical/old.txt", "date": "2026-11-18"}]
    found = derived.records_after_decision(data)
    assert found["records"] and not found["rows"]


SERTRALINE = {"drug": "Sertraline", "dose": "150 mg daily", "start": "2024-10", "end": "2025-03",
              "evidence": {"file": "clinical/old.txt", "page": 1}}


@pytest.mark.parametrize("reason, answered", [
    ("The chart notes mention a prior sertraline trial but give no dates or dose.", True),
    ("The duration of the sertraline trial is not documented.", True),
    ("Sertraline is undocumented in our pharmacy claims.", True),
    # a judgement of the trial, or a sentence about another drug, is no lack of record
    ("The sertraline trial was not documented at an adequate dose.", False),
    ("The chart gives no dates for the fluoxetine trial.", False),
    ("Sertraline 150 mg was taken for five months.", False)])
def test_a_trial_a_decision_says_is_undocumented_is_answered_from_its_row(reason, answered):
    data = {"claim": {"notice_date": "2026-08-20"}, "clinical": {"history": [SERTRALINE]},
            "decisions": [{"date": "2026-10-16", "outcome": "denied", "reason": reason}]}
    found = derived.decision_corrections(data)
    if answered:
        assert len(found) == 1 and found[0]["record"] == "Sertraline, 150 mg daily, from 10/2024 to 3/2025"
        assert (found[0]["file"], found[0]["page"], found[0]["date"]) == ("clinical/old.txt", 1, "2026-10-16")
    else:
        assert found == []


@pytest.mark.parametrize("row", [{k: v for k, v in SERTRALINE.items() if k != key}
                                 for key in ("dose", "start", "evidence")])
def test_a_row_without_its_particulars_answers_nothing(row):
    data = {"claim": {"denial_reason": "Sertraline is undocumented."}, "clinical": {"history": [row]}}
    assert derived.decision_corrections(data) == []


def test_the_cases_own_correction_is_not_said_twice():
    data = {"clinical": {"history": [SERTRALINE]},
            "decisions": [{"date": "2026-10-16", "reason": "No dates or dose for sertraline.",
                           "corrections": [{"said": "No dates or dose for sertraline", "record": "The records give "
                                            "150 mg from October 2024"}]}]}
    assert [c["record"] for c in derived.decision_corrections(data)] == ["The records give 150 mg from October 2024"]


# -- a limit counted over the plan's own period (case 02) -----------------------------------------------------------
# the sample's care is September 8-17, 2026: in the Plan Year that began July 1, 2026
def per_plan_year(**limit) -> dict:
    return {"claim.denial_category": "benefit_limit", "payer_criteria": None,
            "claim.denial_reason": "Infusions are limited to 6 per calendar year; 6 were paid in 2026.",
            "plan_policy.name": "Summary Plan Description, Schedule of Benefits",
            "plan_policy.quote": "Up to 6 infusions per Plan Year. The Plan Year begins each July 1.",
            "plan_policy.limit": {"applied": 6, "current": 6, "course": 4, "unit": "infusions", "period": "Plan Year",
                                  "period_start": "2026-07-01", "applied_period": "calendar year", **limit}}


def answering() -> list[str]:
    from appeal_kit.letter import render

    return [t.name for t in render.list_templates() if t.route in ("internal appeal", "next level")]


@pytest.mark.parametrize("plan_type", ["employer_erisa", "individual_aca", "medicaid", "fehb", "medicare"])
@pytest.mark.parametrize("template", answering())
def test_a_course_counted_in_the_plans_own_period_is_said_to_be(template, plan_type):
    from conftest import block, letter_context, said_in

    ctx = letter_context(template, **per_plan_year(), **{"claim.plan_type": plan_type})
    fact = ctx["facts"]["limit_period"]
    if plan_type == "medicare":  # Original Medicare has no plan terms: no period of theirs
        assert fact.value is None and not said_in(ctx, "limit_period")
        return
    assert fact.value is True
    assert {"plan_policy.limit.period", "plan_policy.limit.period_start", "claim.service_dates"} <= set(fact.sources)
    answer = block(ctx, "benefit_limit")
    assert answer is not None and said_in(ctx, "limit_period"), template
    # the limit the denial applied is the plan's own number: never said to be outside the terms
    assert not said_in(ctx, "limit_superseded")


@pytest.mark.parametrize("limit, holds", [
    ({}, True),
    ({"period_start": "2026-09-10"}, False),  # a date of service (September 8) before the period began
    ({"period_start": "2025-09-17"}, False),  # the period ended the day before the last date of service
    ({"period_start": "2025-09-18"}, True),
    ({"period": None}, None), ({"period_start": None}, None)])
def test_the_period_is_measured_against_every_date_of_service(limit, holds):
    from conftest import letter_context, said_in

    ctx = letter_context("medical-necessity", **per_plan_year(**limit))
    assert ctx["facts"]["limit_period"].value is holds
    assert bool(said_in(ctx, "limit_period")) is bool(holds)


def test_check_asks_for_the_period_when_the_denial_counts_by_another():
    from conftest import TRD_SAMPLE, sample_variant

    from appeal_kit import checks

    def fields(**changes):
        case = sample_variant(TRD_SAMPLE, **changes)
        return [f.field for f in checks._fact_findings(case, (), date(2026, 12, 4)) + checks._denial_fit_findings(case)]

    bare = {**per_plan_year(), "plan_policy.limit": {"applied": 6, "current": 6, "course": 4}}
    assert "plan_policy.limit.period" in fields(**bare)
    assert "plan_policy.limit.period" not in fields(**per_plan_year())
    same = {**bare, "plan_policy.quote": "Up to 6 infusions per calendar year."}
    assert "plan_policy.limit.period" not in fields(**same)


@pytest.mark.parametrize("outcome, flagged", [("Stopped after about 2.5 weeks for nausea", False),
                                              ("Stopped after 5 weeks for nausea", True),
                                              ("Stopped after 2,5 weeks", False)])
def test_a_decimal_number_of_weeks_is_read_whole(outcome, flagged):
    from appeal_kit import checks

    # case 04: "about 2.5 weeks" over 09/03-09/20/2024 read as 5 weeks
    row = {"drug": "Escitalopram", "start": "2024-09-03", "end": "2024-09-20", "outcome": outcome}
    assert bool(checks._duration_contradiction(row)) is flagged


def test_the_bundling_reason_code_is_known():
    from appeal_kit.intake.codes import CARC_INFO, CARC_SPANISH

    # case 07: "CO-97: no description known"
    assert CARC_INFO["97"][1] == "coding_billing" and CARC_SPANISH["97"]


@pytest.mark.parametrize("plan_type", ["church", "employer_erisa", "individual_aca", "medicaid", "medicare"])
def test_a_next_level_request_asks_for_its_expedited_review_itself(plan_type):
    from conftest import TRD_SAMPLE, sample_variant

    # case 08: an urgent external review request told by `check` that it never asks for an expedited decision
    case = sample_variant(TRD_SAMPLE, **{"claim.plan_type": plan_type, "urgency.certified_by": "Dr. A. Example",
                                         "external_review.final_denial_date": "2026-11-20",
                                         "claim.service_dates": None, "claim.urgent": True})
    assert derived.expedited_request(case.data, date(2026, 12, 4), expedited_letter=False) == \
        {"rule": None, "terms": False, "review": True}


@pytest.mark.parametrize("name, address, printed", [
    # cases 01, 03, 04: the address's first lines are the agency's name after a state's or country's name
    ("Virginia Department of Medical Assistance Services, Appeals Division",
     "Department of Medical Assistance Services, Appeals Division (address FICTIONAL)\n600 East Broad Street\n"
     "Richmond, VA 23219", "600 East Broad Street\nRichmond, VA 23219"),
    ("United States Office of Personnel Management, Federal Employee Insurance Operations, Health Insurance Group 4",
     "Office of Personnel Management, Federal Employee Insurance Operations\nHealth Insurance Group 4\n1900 E Street NW"
     "\nWashington, DC 20415", "1900 E Street NW\nWashington, DC 20415"),
    # another office, or the words of the name in another order, stay
    ("Colorado Department of Health Care Policy and Financing, CHIP State Review",
     "CHIP State Review\nDepartment of Health Care Policy and Financing\nPO Box 90417\nDenver, CO 80291",
     "Department of Health Care Policy and Financing\nPO Box 90417\nDenver, CO 80291"),
    ("Blue Ridge Health Plan", "Attn: Member Appeals\nPO Box 1\nRoanoke, VA 24001",
     "Attn: Member Appeals\nPO Box 1\nRoanoke, VA 24001"),
    # the last line is never dropped, however it reads
    ("Appeals Division, Richmond", "Appeals Division", "Appeals Division")])
def test_an_address_does_not_print_the_addressees_name_again(name, address, printed):
    data = {"external_review": {"agency": name, "address": address}}
    assert derived.appeals_address_under_name(data, "external_review.agency", "external_review.address") == printed


# -- Medicare pays first where the employer is small (case 05) ------------------------------------------------------
# the sample's patient, born 1958 in these variants, is 68 at the September 2026 care
SMALL_EMPLOYER = {"claim.denial_category": "coordination_of_benefits", "payer_criteria": None,
                  "claim.denial_reason": "CO-22: your group health plan through current employment pays first.",
                  "patient.date_of_birth": "1958-03-02",
                  "other_coverage": {"plan": "Harbor Mutual small group PPO", "current_employment": "member",
                                     "employees": 12}}


@pytest.mark.parametrize("plan_type, first", [("medicare_advantage", True), ("medicare", True),
                                              ("employer_erisa", None), ("medicaid", None)])
def test_medicare_pays_first_where_the_employer_has_fewer_than_20_employees(plan_type, first):
    from conftest import block, letter_context, said_in

    ctx = letter_context("medical-necessity", **SMALL_EMPLOYER, **{"claim.plan_type": plan_type})
    fact = ctx["facts"]["medicare_first_small_employer"]
    assert fact.value is first
    assert bool(said_in(ctx, "medicare_first_small_employer")) is bool(first)
    if first:
        assert {"other_coverage.employees", "patient.date_of_birth"} <= set(fact.sources)
        assert block(ctx, "coordination_of_benefits") is not None


@pytest.mark.parametrize("changes, first", [
    ({"other_coverage": {**SMALL_EMPLOYER["other_coverage"], "employees": 25}}, False),
    ({"other_coverage": {**SMALL_EMPLOYER["other_coverage"], "employees": None}}, None),
    ({"other_coverage": {**SMALL_EMPLOYER["other_coverage"], "current_employment": None}}, None),
    ({"patient.date_of_birth": "1970-03-02"}, None)])  # under 65: the rule for the aged does not decide it
def test_medicare_first_needs_the_employers_size_the_employment_and_the_age(changes, first):
    from conftest import letter_context

    ctx = letter_context("medical-necessity", **{**SMALL_EMPLOYER, **changes,
                                                 "claim.plan_type": "medicare_advantage"})
    assert ctx["facts"]["medicare_first_small_employer"].value is first


@pytest.mark.parametrize("coded", [True, None])
def test_a_claim_held_correctly_coded_is_offered_no_corrected_claim(coded):
    from conftest import block, letter_context

    # case 07: "If any element of the claim is wrong or missing ... (code, units, modifier, NDC ...)" in a letter
    # whose case holds the claims correctly coded
    ctx = letter_context("medical-necessity", **{"claim.denial_category": "coding_billing", "payer_criteria": None,
                                                 "claim.coding_correct": coded})
    paragraphs = [p for p in block(ctx, "coding_billing")["paragraphs"] if p.strip()]
    plain = letter_context("medical-necessity", **{"claim.denial_category": "coding_billing",
                                                   "payer_criteria": None, "claim.coding_correct": None})
    offered = [p for p in block(plain, "coding_billing")["paragraphs"] if p.strip()]
    assert len(paragraphs) == len(offered) - (1 if coded else 0)


@pytest.mark.parametrize("others, numbers, many", [
    (["B-2", "C-3"], "A-1, B-2 and C-3", True), ("B-2", "A-1 and B-2", True),
    ([], "A-1", False), (None, "A-1", False), (["A-1", " "], "A-1", False)])  # repeats and blanks are no claims
def test_an_appeal_of_several_claims_names_them_all(others, numbers, many):
    # case 07: three monthly claims, one appeal reference in claim.number and the others only in the documents
    found = derived.claim_ids({"claim": {"number": "A-1", "other_numbers": others}})
    assert (found["numbers"], found["many"], found["noun"]) == (numbers, many, "claims" if many else "claim")


@pytest.mark.parametrize("template", answering())
def test_every_letter_that_names_the_claim_names_all_of_them(template, tmp_path):
    from conftest import TRD_SAMPLE, rendered_text, sample_variant

    from appeal_kit.letter import render

    case = sample_variant(TRD_SAMPLE, **{"claim.other_numbers": ["FICT-2ND-0001", "FICT-3RD-0002"],
                                         **({"external_review.final_denial_date": "2026-11-20"}
                                            if render.find_template(template).route == "next level" else {})})
    text = rendered_text(tmp_path, case, template, date(2026, 12, 4))
    # the claim numbers are identifiers, not free text: each printed wherever the first is
    number = str(case.data["claim"]["number"])
    assert text.count("FICT-2ND-0001") == text.count("FICT-3RD-0002") == text.count(number) >= 1


def test_no_computed_letter_value_hides_a_case_field_of_the_same_name():
    from appeal_kit.case import schema
    from appeal_kit.letter import render

    # a computed `claims` once hid case.yaml's own `claims` (the EOBs of claims sent), and the partly-paid claim went
    # unsaid; the three shared names are computed from the case fields they are named after
    assert set(schema.KEYS.keys) & set(render.COMPUTED_KEYS) == {"bates_prefix", "exhibits", "template"}


# -- a record the plan had when it decided (case 08) ----------------------------------------------------------------
SENT = {"file": "clinical/progress-notes.pdf", "date": "2026-11-23", "sent": "2026-11-25",
        "sent_proof": "clinical/progress-notes.pdf"}


@pytest.mark.parametrize("row, told", [
    (SENT, True),
    ({**SENT, "sent": "2026-11-28"}, False),  # sent after the decision: one the reviewer did not have
    ({**SENT, "sent_proof": None}, False),  # no proof it was sent: nothing said
    ({**SENT, "sent": None}, False)])
def test_a_record_sent_before_the_decision_is_said_to_have_been_in_its_file(row, told):
    from conftest import block, letter_context, said_in

    # the decision appealed is of November 26, 2026; the record was faxed on November 25
    ctx = letter_context("external-review-request", **{"record_dates": [row],
                                                       "decisions": [{"date": "2026-11-26", "outcome": "denied"}]})
    fact = ctx["facts"]["records_sent_before"]
    assert (fact.value is True) is told
    assert bool(said_in(ctx, "records_sent_before")) is told
    if told:
        assert {"record_dates", "Exhibit B"} <= {s.split(",")[0] for s in fact.sources}
        assert block(ctx, "records_sent") is not None


@pytest.mark.parametrize("weeks, problem", [
    (10, ""), ("10", ""), (4, "it lasted less than six weeks"), (None, None),
    (20, None),  # more than February to April can hold: the dates win, and the row stays uncounted
    ("ten", None), (True, None)])
def test_a_trials_length_in_weeks_decides_where_month_dates_cannot(weeks, problem):
    from appeal_kit.letter.arguments import adequacy_problem

    # case 02: escitalopram 2024-02 to 2024-04, "no response after 10 weeks", left uncounted
    assert adequacy_problem({"drug": "Escitalopram", "start": "2024-02", "end": "2024-04", "weeks": weeks}) == problem


def test_check_holds_a_rows_weeks_to_its_dates():
    from appeal_kit import checks

    row = {"drug": "Escitalopram", "start": "2024-02", "end": "2024-04"}
    assert checks._duration_contradiction({**row, "weeks": 20})
    assert not checks._duration_contradiction({**row, "weeks": 10})


FILED = {"first_submitted": "2026-09-20", "received": "2026-09-21", "limit_deadline": "2026-12-31",
         "proof": "clinical/progress-notes.pdf"}


@pytest.mark.parametrize("filing, asked", [
    (FILED, False),
    # received, then returned or found not on file: the plan may say it has no record
    ({**FILED, "returned": "2026-10-30"}, True),
    # received after the limit: the plan is still asked to accept it for good cause
    ({**FILED, "limit_deadline": "2026-09-01"}, True),
    ({**FILED, "received": None}, True)])
def test_a_plan_that_received_the_claim_is_not_asked_what_if_it_has_no_record(filing, asked):
    from conftest import block, letter_context

    # case 01: "If the plan has no record of the original submission ..." beside the carrier's own acknowledgment
    ctx = letter_context("medical-necessity", **{"claim.denial_category": "timely_filing", "payer_criteria": None,
                                                 "filing": filing})
    bare = letter_context("medical-necessity", **{"claim.denial_category": "timely_filing", "payer_criteria": None,
                                                  "filing": {k: v for k, v in filing.items() if k != "received"}})
    count = lambda c: len([p for p in block(c, "timely_filing")["paragraphs"] if p.strip()])  # noqa: E731
    assert count(ctx) == count(bare) - (0 if asked else 1)


def test_a_next_level_letter_asks_its_reviewer_to_direct_the_plan():
    import re
    from pathlib import Path

    # case 08 (and set 21's QIC and TRICARE formal review): "I ask the plan to ..." in a letter to the reviewer of
    # the next level, who decides instead of the plan; every request to the plan in the argument blocks says whom,
    # through the one render key that words it (ask_plan)
    text = (Path(__file__).parents[1] / "letter_templates" / "arguments.yaml").read_text(encoding="utf-8")
    asks = re.findall(r"I (?:therefore )?ask (\{\{ ask_plan \}\}|\{\{ insurer\.name \}\}) to", text)
    assert asks and set(asks) == {"{{ ask_plan }}"}


@pytest.mark.parametrize("name, number, short", [
    ("Prairie Covenant Medical Policy MP-PSY-112, Ketamine and esketamine for psychiatric conditions (revised "
     "07/2026)", "MP-PSY-112", "MP-PSY-112"),
    ("Medical Policy MP-PSY-112", "MP-PSY-112", ""),  # short enough to say whole
    ("Clinical Guideline on Ketamine Infusion Therapy for Depression", "", ""),
    ("Clinical Guideline on Ketamine Infusion Therapy for Depression", "CG-9", "")])  # a number the name lacks
def test_a_long_policy_name_is_said_by_its_number_after_the_first_time(name, number, short):
    assert derived.policy_short_name({"plan_policy": {"name": name, "number": number}}) == short


def test_a_name_in_quoted_words_is_never_shortened():
    import docx

    from appeal_kit.letter.render import shorten_repeated_name

    name = "Prairie Covenant Medical Policy MP-PSY-112, Ketamine infusions"
    doc = docx.Document()
    for text in ("Dear Reviewer:", f"The denial applied {name}.", f"It states: “Under {name} this is excluded.”",
                 f"Again, {name} does not reach this care."):
        doc.add_paragraph(text)
    assert shorten_repeated_name(doc, name, "MP-PSY-112") == 1
    assert [p.text for p in doc.paragraphs][2:] == [f"It states: “Under {name} this is excluded.”",
                                                    "Again, MP-PSY-112 does not reach this care."]


@pytest.mark.parametrize("funding, asked", [("self_funded", False), ("insured", True), (None, True)])
def test_a_self_funded_plan_is_not_asked_to_apply_state_step_therapy_law(funding, asked):
    from conftest import block, letter_context

    # set 22, case 04's mild finding, seen from the plan it must never reach: state law does not govern a
    # self-funded ERISA plan, so the letter asks it to apply none
    ctx = letter_context("esketamine-step-therapy", **{"claim.plan_type": "employer_erisa", "claim.funding": funding})
    other = letter_context("esketamine-step-therapy", **{"claim.plan_type": "employer_erisa",
                                                          "claim.funding": "insured"})
    paragraphs = block(ctx, "step_therapy")["paragraphs"]
    assert (paragraphs == block(other, "step_therapy")["paragraphs"]) is asked


@pytest.mark.parametrize("rows, said", [
    ([{"date": "2026-09-02", "code": "99214", "why": "billed alone and paid"}], [("99214", "billed alone and paid")]),
    ([{"date": "2026-09-02", "code": "99214"}], [("99214", None)]),
    ([{"code": "99214"}, {"date": "2026-09-02"}, "99214"], []),  # without a date and a code, nothing is said
    (None, []),
    # lines of one date left aside for one reason are said together (set 24, case 04: two sentences for one point)
    ([{"date": "2026-07-09", "code": "90834", "why": "paid"}, {"date": "2026-07-09", "code": "90785", "why": "paid"},
      {"date": "2026-07-16", "code": "90785", "why": "paid"}], [("90834 and 90785", "paid"), ("90785", "paid")])])
def test_a_claim_line_the_appeal_leaves_aside_is_named(rows, said):
    found = derived.lines_not_appealed({"claim": {"not_appealed": rows}})
    assert [(r["code"], r["why"]) for r in found] == said


@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd", "experimental-investigational",
                                      "external-review-request"])
def test_every_letter_that_quotes_the_denial_names_the_lines_left_aside(template, tmp_path):
    from conftest import TRD_SAMPLE, rendered_text, sample_variant

    from appeal_kit.letter import render

    extra = {"external_review.final_denial_date": "2026-11-20"} \
        if render.find_template(template).route == "next level" else {}
    case = sample_variant(TRD_SAMPLE, **{"claim.not_appealed": [{"date": "2026-09-02", "code": "FICT9"}], **extra})
    # the code is an identifier the case gives, printed once in the sentence that leaves it aside
    assert rendered_text(tmp_path, case, template, date(2026, 12, 4)).count("FICT9") == 1


@pytest.mark.parametrize("line, claim_codes, expected", [
    # set 21, case 05: "90868 and 90869 for the remaining sessions" (35 together) could not be written as a line
    ({"code": ["90868", "90869"], "units": 35, "given": 30}, ["90868", "90869"],
     [("90868 and 90869", "90868 and 90869", 35, 30, True)]),
    ({"code": ["90868", "90869"], "units": 35, "given": 30}, ["90868"], [("90868", "90868 and 90869", 35, 30, True)]),
    ({"code": "90868", "units": 35, "given": 30}, ["90868"], [("90868", None, 35, 30, True)]),
    ({"code": ["90868", "90869"], "units": 35, "given": 40}, ["90869"], [("90869", "90868 and 90869", 35, 40, False)]),
    ({"code": [], "units": 35}, ["90868"], [])])
def test_an_approval_may_count_several_codes_together(line, claim_codes, expected):
    data = {"prior_auth": {"approved": {"number": "FICT-PA-1", "date": "2026-08-01", "lines": [line]}},
            "claim": {"procedure_codes": claim_codes, "service_dates": ["2026-08-10"], "sessions": 5}}
    found = derived.approval(data)
    assert [(c["code"], c["pool"], c["approved"], c["given"], c["within"]) for c in found["claim_lines"]] == expected
    if line["code"] and line.get("given", 0) > line["units"]:
        assert [b["code"] for b in found["beyond"]] == ["90868 and 90869"]


@pytest.mark.parametrize("quote, named", [
    ("Maintenance care is not covered: services that keep a condition stable once improvement has stopped.", False),
    ("Esketamine nasal spray given as maintenance is not covered.", True),
    ("Spravato is not covered.", True)])
def test_a_course_phase_word_is_not_the_treatment_named(quote, named):
    # set 23's writer (a tool gap): a "maintenance care" exclusion that names no drug read as naming "Spravato
    # maintenance", so the letter could never argue the exclusion does not reach it
    data = {"plan_policy": {"quote": quote}, "treatment": {"name": "Spravato (esketamine) maintenance, every 2 weeks"}}
    assert derived.exclusion_names_treatment(data) is named


def test_an_approval_enclosed_as_two_letters_is_sourced_by_both():
    from conftest import letter_context

    # set 23's writer (a tool gap): an approval and the letter that extended it, with one `file` to name them
    ctx = letter_context("medical-necessity", **{"prior_auth.approved": {
        "number": "FICT-PA-7", "date": "2026-08-01",
        "file": ["clinical/progress-notes.pdf", "denial/denial-notice.pdf"]}})
    sources = ctx["facts"]["pa_approved"].sources
    assert sum(s.startswith("Exhibit") for s in sources) == 2


def test_benefits_through_a_fair_hearing_are_counted_from_the_plans_appeal_decision():
    from appeal_kit.intake.deadlines import medicaid_continuation

    # set 23's writer (a tool gap): at the fair hearing, `check` counted the 10 days from the first notice (11/20)
    # instead of from the plan's decision on the appeal (11/30, so 12/10)
    first = medicaid_continuation(date(2026, 11, 20))
    hearing = medicaid_continuation(date(2026, 11, 20), resolution=date(2026, 11, 30))
    assert "December 10, 2026" in hearing and "November 30, 2026" in first
    # fee-for-service has no plan appeal: its rule is the hearing before the change takes effect, whatever is given
    assert medicaid_continuation(None, "medicaid_fee_for_service", resolution=date(2026, 11, 30)) == \
        medicaid_continuation(None, "medicaid_fee_for_service")


@pytest.mark.parametrize("name, address, printed", [
    # set 23's review (six letters): the name's words, then the office, on the address's first line
    ("Aspen Peak Kids Health Plan (FICTIONAL), a CHIP managed care plan",
     "Aspen Peak Kids Health Plan, Member Appeals\nPO Box 66120\nCottonwood Falls, CO 80901",
     "Member Appeals\nPO Box 66120\nCottonwood Falls, CO 80901"),
    ("Original Medicare (Part B), claims processed by Lakeshore Medicare Services (FICTIONAL), the contractor",
     "Lakeshore Medicare Services, Part B Redeterminations\nPO Box 182604\nColumbus Reach, OH 43218",
     "Part B Redeterminations\nPO Box 182604\nColumbus Reach, OH 43218"),
    # another addressee's name stays whole
    ("Aspen Peak Kids Health Plan", "Beacon Review Services, Appeals Unit\nPO Box 1\nDenver, CO 80202",
     "Beacon Review Services, Appeals Unit\nPO Box 1\nDenver, CO 80202")])
def test_an_address_line_that_opens_with_the_name_keeps_only_its_office(name, address, printed):
    data = {"insurer": {"name": name, "appeals_address": address}}
    assert derived.appeals_address_under_name(data) == printed


@pytest.mark.parametrize("through, decided, expired", [
    ("2026-09-30", None, True), ("2026-12-31", None, False), (None, None, False),
    # ended after the notice but before the decision appealed (set 23, case 06 itself: notice 09/24, through 09/30,
    # first-level decision 11/04)
    ("2026-10-31", "2026-11-04", True)])
def test_an_approval_that_ended_before_a_new_request_is_not_asked_to_be_honored(through, decided, expired):
    from conftest import block, letter_context, said_in

    # set 23's review, case 06 (FALSE): "honor PA-... and reprocess the claim" for care still to come, under an
    # approval that had ended before the notice, whose own words said a new request was needed
    ctx = letter_context("medical-necessity", **{
        "claim.service_dates": None, "claim.notice_date": "2026-10-20",
        "prior_auth.approved": {"number": "FICT-PA-9", "date": "2026-04-01", "from": "2026-04-01",
                                "through": through},
        "decisions": [{"date": decided, "outcome": "denied"}] if decided else None})
    assert ctx["approval"]["expired"] is expired
    assert (ctx["facts"]["approval_outside_claim"].value is True) is expired
    if expired:
        assert said_in(ctx, "approval_outside_claim")
        assert block(ctx, "approved_authorization") is not None


@pytest.mark.parametrize("why_not, unavailable", [
    ("It drops the weekly skills group and the chain analysis of self-harm urges", False),
    ("The program had no opening for six weeks", True), ("Its wait list was closed", True),
    ("The clinic was not accepting new patients", True)])
def test_a_lower_level_that_would_not_do_is_not_said_to_be_unavailable(why_not, unavailable):
    from conftest import letter_context

    # set 23's review, case 05 (FALSE): a step-down the plan approved, refused because it drops parts of the care,
    # said "not available ... when the stay was denied" in a letter about outpatient DBT
    ctx = letter_context("medical-necessity", **{
        "claim.denial_category": "medical_necessity", "payer_criteria": None,
        "claim.denial_reason": "The care can be provided at a lower level of care.",
        "alternatives": [{"level": "outpatient therapy twice a month", "why_not": why_not}]})
    assert ctx["facts"]["lower_level_unavailable"].value is unavailable


def test_steps_of_another_uses_section_are_never_said_met():
    from conftest import block, letter_context

    # set 23's review, case 07 (FALSE): "The step-therapy requirement has been met ... Every step the plan lists is
    # met" where the letter rightly argued that the step applied (Section A) belongs to another use's section
    section = {"applied": "Section A (ADHD)", "requested": "Section B (binge-eating disorder)",
               "proof": "clinical/progress-notes.pdf"}
    wrong, plain = (letter_context("esketamine-step-therapy", **{"claim.denial_category": "step_therapy",
                                                                 "plan_policy.section": s}) for s in (section, None))
    assert wrong["facts"]["wrong_section"].value is True and not plain["facts"]["wrong_section"].value
    steps, usual = block(wrong, "step_therapy"), block(plain, "step_therapy")
    # the "they have been" paragraph and the exception to a step go; the heading and summary claim no step met
    assert len(steps["paragraphs"]) < len(usual["paragraphs"]) and not steps["summary"]
    assert steps["heading"] != usual["heading"]


@pytest.mark.parametrize("outcome, flagged", [
    ("Remission, then relapse 10 weeks after ECT ended despite lithium", False),
    ("Relapsed within 10 weeks of stopping it", False),
    ("Remission; relapse came 10 weeks later", False),
    ("No response 10 weeks after starting", True),
    ("No response after 10 weeks", True)])
def test_weeks_counted_from_a_trials_end_are_not_its_length(outcome, flagged):
    from appeal_kit import checks

    # letters set 89, case 04: an acute ECT course 2023-01 to 2023-02 "then relapse 10 weeks after ECT ended"
    row = {"drug": "Acute ECT course", "start": "2023-01", "end": "2023-02", "outcome": outcome}
    assert bool(checks._duration_contradiction(row)) is flagged
