"""The claims report traces each sentence by what it carries: every case value, exhibit pointer, document said to be
enclosed, date, number, count, citation and quotation in a sentence has a source in the case (a case.yaml field, an
exhibit, the rule that governs this case's plan type), or the sentence is reported with the field or exhibit that would
give it one. Only a sentence carrying none of these is reasoning or a request. Set 7's review found factual sentences
labelled as reasoning (an exhibit pointer), citations traced to rules of another route (managed-care rules in a
fee-for-service Medicaid case) and a fax proof traced to the field that mentions it instead of the fax report."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import copy_sample, edit_letter, run_cli, sample_variant

from appeal_kit.letter import claims, facts, render
from appeal_kit.rules import PLAN_TYPES

REPO = Path(__file__).resolve().parents[1]
SAMPLES = {name: REPO / "evidence_samples" / name for name in ("ketamine-trd", "spravato-step-therapy",
                                                              "out-of-network-gap")}
TODAY = date(2026, 11, 26)
# every route a letter is cited under: each plan type, fee-for-service Medicaid and CHIP, an integrated D-SNP and a
# plan type unknown
ROUTES = [(p, {}) for p in PLAN_TYPES] + [(p, {"claim.delivery": "fee_for_service"}) for p in ("medicaid", "chip")] + \
    [("medicare_advantage", {"claim.integrated": True}), ("unknown", {})]


def traced(sentence: str, data: dict | None = None, exhibits=(), asserted: facts.Facts | None = None):
    """The one sentence traced against a small case."""
    data = data if data is not None else {"claim": {"plan_type": "employer_erisa"}}
    (st,) = claims.trace([sentence], asserted or facts.Facts({}), data, list(exhibits), TODAY)
    return st


CORRECTED = {"claim": {"plan_type": "medicare"},
             "corrected_claim": {"file": "other/psychiatrist-letter.txt", "lines": [{"code": "90870", "units": 1}]}}
EXHIBITS = [("A", "denial/notice.txt"), ("B", "clinical/notes.txt"), ("C", "other/psychiatrist-letter.txt")]


def test_an_exhibit_pointer_is_a_fact_traced_to_the_document_it_names():
    # set 7, letter 07: "The corrected claim is enclosed as Exhibit C" was labelled reasoning; Exhibit C is the
    # psychiatrist's letter, which the report now says, with the field that put it there
    st = traced("The corrected claim is enclosed as Exhibit C.", CORRECTED, EXHIBITS)
    assert st.kind == "case"
    assert st.sources == ["Exhibit C: other/psychiatrist-letter.txt", "corrected_claim.file"]
    # a pointer to an exhibit the packet does not have is reported, with what would answer it
    st = traced("The corrected claim is enclosed as Exhibit F.", CORRECTED, EXHIBITS)
    assert st.kind == "unsourced" and st.missing[0][1] == "exhibits" and "(A, B, C)" in st.missing[0][0]
    assert traced("Enclosed: Exhibits A–C.", CORRECTED, EXHIBITS).kind == "case"
    assert traced("Enclosed: Exhibits A–D.", CORRECTED, EXHIBITS).kind == "unsourced"


def test_the_number_of_a_plans_numbered_criterion_is_no_sentence_of_its_own():
    """Set 14, case 04: the table row "2. Inadequate response to two antidepressants | ..." was split after "2.", and
    check warned the letter says “2.” that nothing in the case gives, for each of the plan's criteria copied with its
    number. An item's number opening a sentence, or after a colon or semicolon, starts the item."""
    data = {"claim": {"plan_type": "medicaid"},
            "payer_criteria": [{"criterion": "3. Failure of an augmenting agent", "how_met": "Stopped for akathisia"}]}
    row = "3. Failure of an augmenting agent | Stopped for akathisia | Exhibit C, p. 1"
    (st,) = claims.trace([row], facts.Facts({}), data, EXHIBITS, TODAY)
    assert st.kind == "case" and "payer_criteria row 1" in " ".join(st.sources)
    listed = "The policy requires: 1. Age 18 or older; 2. Two failed trials. I meet both."
    assert claims.split_sentences(listed) == ["The policy requires: 1. Age 18 or older; 2. Two failed trials.",
                                              "I meet both."]
    # a sentence that ends in a number still ends there
    assert claims.split_sentences("Her score fell to 12. It rose again.") == ["Her score fell to 12.",
                                                                               "It rose again."]
    # an item named by its label and number ("Exclusion 2."; set 79, cases 04 and 08) starts the item too
    labelled = "Exclusion 2. Implanted stimulators or other metal in or near the head."
    assert claims.split_sentences(labelled) == [labelled]


def test_a_document_said_to_be_enclosed_is_traced_to_the_exhibit_that_is_it():
    # set 7, letter 03: the fax proof was traced to the prior_auth fields that mention it, not to the fax report
    data = {"claim": {"plan_type": "medicare_advantage"},
            "prior_auth": {"reason_missing": "The clinic faxed the request on August 21, 2026."}}
    fax = [*EXHIBITS, ("D", "other/prior-authorization-fax-confirmation-2026-08-21.txt")]
    st = traced("The request was faxed (fax confirmation enclosed).", data, fax)
    assert st.kind == "case" and "Exhibit D: other/prior-authorization-fax-confirmation-2026-08-21.txt" in st.sources
    st = traced("The request was faxed (fax confirmation enclosed).", data, EXHIBITS)
    assert st.kind == "unsourced" and st.missing == [("“fax confirmation enclosed”: no exhibit's file name says fax "
                                                      "confirmation", "exhibits")]


def test_the_prescribers_supporting_statement_said_enclosed_is_the_exhibit_its_field_names():
    # letters set 96, case 03: the Part D letter says the prescriber's supporting statement is enclosed; its file
    # (prescriber_statement.file) was "prescriber-statement-...", and `check` asked for an exhibit whose name says
    # "supporting statement", quoting the name cut at its apostrophe ("s supporting statement")
    sentence = "The prescriber’s supporting statement is enclosed, and this letter asks for the tiering exception on it."
    statement = "clinical/prescriber-statement-2026-11-30.txt"
    data = {"claim": {"plan_type": "medicare_part_d"}, "prescriber_statement": {"file": statement}}
    st = traced(sentence, data, [*EXHIBITS, ("D", statement)])
    assert st.kind == "case" and f"Exhibit D: {statement}" in st.sources
    # off shape: the same file enclosed with no field saying what it is is not taken for the statement, and the
    # report names the document whole
    st = traced(sentence, {"claim": {"plan_type": "medicare_part_d"}}, [*EXHIBITS, ("D", statement)])
    assert st.kind == "unsourced" and st.missing == [("“The prescriber’s supporting statement is enclosed”: no "
                                                      "exhibit's file name says supporting statement",
                                                      "exhibits")]


@pytest.mark.parametrize("sentence, sources", [
    ("I ask that care continue while this is decided (42 CFR 438.420).", ["rule medicaid_continued_benefits"]),
    ("The hearing may be asked for within 120 calendar days (42 CFR 438.408(f)(2)).", ["rule fair_hearing"]),
])
def test_a_citation_is_traced_to_the_rule_that_governs_this_cases_route_or_reported(sentence, sources):
    # set 7, letter 04: managed-care rules were traced in a fee-for-service case; the registry's rule for the
    # case's own route is the source, and a citation no rule gives for that route has none
    managed = {"claim": {"plan_type": "medicaid", "delivery": "managed_care"}}
    assert traced(sentence, managed).sources == sources
    fee_for_service = {"claim": {"plan_type": "medicaid", "delivery": "fee_for_service"}}
    st = traced(sentence, fee_for_service)
    assert st.kind == "unsourced"
    citation = [what for what, field in st.missing if what.startswith("the citation")]
    assert citation and "not for this case's (medicaid_fee_for_service)" in citation[0]
    assert all(field == "claim.plan_type, claim.delivery" for _, field in st.missing)
    # a citation that no rule in the registry gives at all
    st = traced("The plan must pay (29 CFR 9999.1(a)).", managed)
    assert st.missing == [("the citation 29 CFR 9999.1(a), which no rule in the rules registry gives", "rules.yaml")]


def test_a_time_limit_rests_on_the_deadline_rule_of_the_cases_plan_type():
    sentence = "Please decide this appeal within 60 days of receiving it."
    assert traced(sentence, {"claim": {"plan_type": "employer_erisa"}}).sources == ["rule appeal_decision_post_service"]
    # a time limit beside the citation of another rule: the rule cited does not set it (30 days is the ERISA
    # pre-service clock, the post-service rule is cited)
    cited = "Please decide this appeal within 30 days of receiving it (29 CFR 2560.503-1(i)(2)(iii)(A))."
    st = traced(cited, {"claim": {"plan_type": "employer_erisa"}})
    assert st.kind == "unsourced" and st.missing == [("the number 30", "claim.plan_type")]
    assert traced(cited.replace("30", "60"), {"claim": {"plan_type": "employer_erisa"}}).kind == "rule"
    # a Part D plan decides in 7 or 14 days and is asked within 65: no rule of Part D's gives 60 days
    st = traced(sentence, {"claim": {"plan_type": "medicare_part_d"}})
    assert st.kind == "unsourced" and st.missing == [("the number 60", "claim.plan_type")]
    st = traced(sentence, {"claim": {"plan_type": "chip", "delivery": "fee_for_service"}})
    assert st.missing == [("the number 60", "claim.plan_type, claim.delivery")]


def test_dates_numbers_counts_and_quotations_need_a_field_that_holds_them():
    data = {"claim": {"plan_type": "employer_erisa", "notice_date": "2026-10-14", "sessions": 12,
                      "service_dates": ["2026-09-08", "2026-09-10"],
                      "denial_reason": "The requested service is not medically necessary."}}
    assert traced("Your notice of October 14, 2026 denied it.", data).sources == ["claim.notice_date"]
    assert traced("The services were given on September 8 and 10, 2026.", data).kind == "case"
    assert traced("The claim covers 12 sessions.", data).sources == ["claim.sessions"]
    assert traced("The services were given on two days.", data).sources == ["claim.service_dates"]  # a list's length
    assert traced("The notice says: “The requested service is not medically necessary.”", data).kind == "case"
    # none of these is in the case: each is reported, with the field that would hold it
    assert traced("Your notice of October 2, 2026 denied it.", data).missing == [
        ("the date October 2, 2026", "claim.notice_date")]
    assert traced("I was hospitalized 3 times.", data).missing == [("the number 3", "impact.hospitalizations")]
    st = traced("The notice says: “The service is experimental.”", data)
    assert st.kind == "unsourced" and st.missing[0][1] == "claim.denial_reason"
    # what the sentence carries inside a case value it prints is that value's: the twelve lines of the error text
    error = {"claim": {"plan_type": "medicare"}, "corrected_claim": {"error": "F32.A was billed on all twelve lines."}}
    assert traced("F32.A was billed on all twelve lines.", error).sources == ["corrected_claim.error"]


def test_a_number_in_a_list_row_is_named_by_its_own_key():
    data = {"claim": {"plan_type": "employer_erisa"},
            "prior_auth": {"approved": {"number": "PA-1", "lines": [{"code": 90867, "units": 1, "given": 1},
                                                                    {"code": 90868, "units": 34, "given": 27}]}}}
    st = traced("Please pay for the services it approved (90867, 1 unit; 90868, 34 units).", data)
    assert not st.missing and "prior_auth.approved.lines row 2" in st.sources
    # a row's number the sentence does not speak of is still reported
    assert traced("I was hospitalized 27 times.", data).missing == [("the number 27", "impact.hospitalizations")]


def test_a_number_in_an_exhibits_file_name_is_that_exhibits_own():
    """Set 10, case 08: "Enclosed as Exhibit C: Corrected cms 1500 claim data." reported 1500 as having no source."""
    exhibits = [("C", "other/corrected-cms-1500-claim-data.txt")]
    st = traced("Enclosed as Exhibit C: Corrected cms 1500 claim data.", CORRECTED, exhibits)
    assert not st.missing
    assert traced("Enclosed as Exhibit C: 2500 pages.", CORRECTED, exhibits).missing


def test_the_treatment_named_as_a_sentence_says_it_is_the_treatment_field():
    """Letters sets 69 and 71: "Pimavanserin 34 mg capsules, one daily", printed up to its comma ("The medical
    necessity of pimavanserin 34 mg capsules"), reported 34 as having no source."""
    data = {"treatment": {"name": "Pimavanserin 34 mg capsules, one daily"}}
    st = traced("The medical necessity of pimavanserin 34 mg capsules", data)
    assert not st.missing and "treatment.name" in st.sources
    assert traced("The medical necessity of pimavanserin 17 mg capsules", data).missing


def test_a_year_range_in_an_exhibits_file_name_is_that_exhibits_own():
    """Letters set 69, case 06: "Exhibit B: Psychiatry notes 2022-2026" (from clinical/psychiatry-notes-2022-2026.txt)
    reported 2022 as having no source: a bare year in the file name was read as a date, not a number."""
    exhibits = [("B", "clinical/psychiatry-notes-2022-2026.txt")]
    assert not traced("Enclosed as part of this appeal: Exhibit B: Psychiatry notes 2022-2026.", CORRECTED,
                      exhibits).missing
    assert traced("Enclosed as part of this appeal: Exhibit B: Psychiatry notes 2019-2026.", CORRECTED,
                  exhibits).missing


def test_only_a_sentence_carrying_no_fact_is_reasoning_or_a_request():
    assert traced("Medical necessity is measured against generally accepted standards.").kind == "reasoning"
    assert traced("Please send me the claim file.").kind == "request"
    # a date, a number, a pointer or a citation makes it a statement that needs a source, whatever its words
    for sentence in ("Please decide by December 1, 2026.", "Please send the 4 documents.", "See Exhibit Q.",
                     "Please apply 42 CFR 431.230(a)."):
        assert traced(sentence).kind == "unsourced", sentence


def test_a_sentence_of_an_argument_paragraph_rests_on_the_facts_that_paragraph_says():
    state = facts.Facts({"claim_corrected": facts.Fact("claim_corrected", True, "The claim was corrected",
                                                       ("corrected_claim.lines", "Exhibit C"))})
    state.paragraphs.append(("The original claim had an error, which the corrected claim fixes. It reports 90870.",
                             ["claim_corrected"]))
    st = traced("The original claim had an error, which the corrected claim fixes.", CORRECTED, EXHIBITS, state)
    assert st.kind == "case" and st.sources == ["corrected_claim.lines", "Exhibit C"]


@pytest.mark.slow  # 14 templates for each sample and route: the whole suite spreads them over every core
@pytest.mark.parametrize("sample", sorted(SAMPLES))
@pytest.mark.parametrize("plan_type, changes", ROUTES,
                         ids=[p + ("-ffs" if "claim.delivery" in c else "-integrated" if c else "") for p, c in ROUTES])
def test_every_sentence_of_every_bundled_template_has_a_source_or_is_reported(tmp_path, sample, plan_type, changes):
    """Every bundled template x route x sample case: each sentence that carries a fact has its sources or is reported
    with the field that would give it one, and the sample letters leave nothing unsourced."""
    case = sample_variant(SAMPLES[sample], **{"claim.plan_type": plan_type, **changes})
    for template in render.list_templates():
        report: dict = {}
        out = render.render_letter(case, template, tmp_path / "letter.docx", today=TODAY, clinic=None, report=report)
        sentences = claims.trace_letter(case, report["facts"], out, TODAY)
        assert sentences, template.name
        for st in sentences:
            carried = [c for c in claims.carriers(st.text) if c.kind != "reference"]
            if carried:
                assert st.kind in ("case", "rule", "unsourced"), (template.name, st.text)
            assert bool(st.missing) == (st.kind == "unsourced"), (template.name, st.text)
            assert all(field for _, field in st.missing), (template.name, st.text)
        assert [st.text for st in claims.unsourced_sentences(sentences)] == [], (template.name, plan_type)


def test_draft_and_check_report_an_unsourced_sentence_with_the_field_that_would_give_it(tmp_path):

    folder = tmp_path / "case"
    copy_sample(SAMPLES["ketamine-trd"], folder)
    assert run_cli("draft", str(folder)).returncode == 0
    report = (folder / claims.REPORT_NAME).read_text()
    assert "NO SOURCE:" not in report
    # the letter is edited by hand: a hospitalization count and a pointer to an exhibit the packet does not have
    edit_letter(folder, "I was hospitalized 3 times in 2025, as Exhibit Q shows.")
    out = run_cli("check", str(folder)).stdout
    assert "Warning: impact.hospitalizations: letter.docx says “I was hospitalized 3 times" in out
    assert "nothing in the case gives the number 3: add it to impact.hospitalizations" in out
    assert "Warning: exhibits: letter.docx says" in out and "Exhibit Q, which is not among the packet's exhibits" in out


def test_the_statements_are_what_the_letter_prints_not_what_an_unprinted_summary_asserted(tmp_path):
    """An argument block's opening summary asserts its facts when it is rendered; a template that prints no summary
    (the expedited letter) does not say them, so its claims report does not list them."""
    case = sample_variant(SAMPLES["ketamine-trd"])
    listed = {}
    for name in ("expedited-appeal", "ketamine-trd"):
        report: dict = {}
        out = render.render_letter(case, render.find_template(name), tmp_path / f"{name}.docx", today=TODAY,
                                   clinic=None, report=report)
        assert "trials_failed" in {i for i, _ in report["facts"].asserted}, name  # the summary asserted it
        listed[name] = {st.id for st in claims.statements(report["facts"], out)}
        printed = " ".join(claims.letter_paragraphs(out, whole=True))
        assert ("four adequate medication trials" in printed) == ("trials_failed" in listed[name]), name
    # the expedited letter prints no summary, but it now prints the count with the history (set 6's review, letter
    # 07), so both list it, each because its own text says it
    assert "trials_failed" in listed["expedited-appeal"] and "trials_failed" in listed["ketamine-trd"]


def test_what_the_review_sets_print_correctly_is_traced_not_reported():
    """Sentences of review sets 1-6 that are true for their cases but were at first reported: a number of days between
    two dates the paragraph prints, an age limit the governing rule sets, an N4 segment built from the NDC, a proof
    enclosed under the field that points to it, units given beyond an approval."""
    dated = {"claim": {"plan_type": "fehb"}, "filing": {"limit_deadline": "2026-12-31",
                                                        "first_submitted": "2026-10-19"}}
    (_, st) = claims.trace(["The claim was due by December 31, 2026. It was first submitted on October 19, 2026, 73 "
                            "days before that date."], facts.Facts({}), dated, [], TODAY)
    assert st.kind == "case" and "filing.first_submitted" in st.sources and "filing.limit_deadline" in st.sources
    (_, st) = claims.trace(["The claim was due by December 31, 2026. It was first submitted on October 19, 2026, 74 "
                            "days before that date."], facts.Facts({}), dated, [], TODAY)
    assert st.missing == [("the number 74", "claim.plan_type")]
    under21 = "As a Medicaid member under 21, I am entitled to any care Medicaid can cover (EPSDT)."
    assert traced(under21, {"claim": {"plan_type": "medicaid"}}).sources == ["rule epsdt"]
    assert traced(under21, {"claim": {"plan_type": "employer_erisa"}}).kind == "unsourced"  # no such rule there
    ndc = {"claim": {"plan_type": "individual_aca"},
           "corrected_claim": {"lines": [{"code": "J0013", "units": 56, "ndc": "61234-567-02", "ndc_unit": "UN",
                                          "ndc_quantity": 2}]}}
    st = traced("It reports J0013, 56 units, with NDC 61234-0567-02 in its 11-digit 5-4-2 form, entered with the N4 "
                "qualifier as “N461234056702 UN2”.", ndc)
    assert st.kind == "case" and "corrected_claim.lines row 1" in st.sources
    assert traced("It is entered as “N461234056703 UN2”.", ndc).kind == "unsourced"
    proof = {"claim": {"plan_type": "fehb"}, "filing": {"proof": "other/clearinghouse-report.pdf"}}
    st = traced("Please accept the proof enclosed.", proof, [("A", "other/clearinghouse-report.pdf")])
    assert st.sources == ["Exhibit A: other/clearinghouse-report.pdf"]
    approval = {"claim": {"plan_type": "individual_aca"},
                "prior_auth": {"approved": {"lines": [{"code": "90868", "units": 30, "given": 41}]}}}
    assert traced("The eleven units beyond the approval were not covered by it.", approval).sources == [
        "prior_auth.approved.lines row 1"]
    assert traced("The twelve units beyond the approval were not covered by it.", approval).kind == "unsourced"


@pytest.mark.slow  # every template, twice
@pytest.mark.parametrize("treatment, code", [("Transcranial magnetic stimulation (TMS)", "90868"),
                                             ("Electroconvulsive therapy (ECT)", "90870")])
def test_a_tms_or_ect_letter_with_its_own_evidence_leaves_nothing_unsourced(tmp_path, treatment, code):
    """Issue 18: the TMS and ECT evidence paragraphs (their papers cited, no ketamine paper) add no sentence without a
    source to any bundled template's letter."""
    case = sample_variant(SAMPLES["ketamine-trd"], **{"treatment.name": treatment, "claim.procedure_codes": [code],
                                                      "literature": [], "claim.plan_type": "employer_erisa"})
    for template in render.list_templates():
        report: dict = {}
        out = render.render_letter(case, template, tmp_path / "letter.docx", today=TODAY, clinic=None, report=report)
        sentences = claims.trace_letter(case, report["facts"], out, TODAY)
        assert [st.text for st in claims.unsourced_sentences(sentences)] == [], template.name


def test_a_number_before_the_quotation_that_holds_it_rests_on_the_quotations_field():
    # set 20, case 01: "within the 30 days the plan's own terms give: “We have 30 days ...”" reported the 30 as
    # having no source, since the number was traced before the quotation that names its field
    data = {"claim": {"plan_type": "fehb"},
            "plan_policy": {"other_terms": 'Section 8: "We have 30 days from the date we receive your request to '
                                           'pay the claim."'}}
    st = traced("Please decide this appeal within the 30 days the plan's own terms give: “We have 30 days from the "
                "date we receive your request to pay the claim.”", data)
    assert st.kind == "case" and st.missing == [] and "plan_policy.other_terms" in st.sources
    # the same number with no quotation to hold it is still reported
    assert traced("Please decide this appeal within the 30 days the plan's own terms give.", data).missing


@pytest.mark.parametrize("case", ["set5/01", "set20/08", "set21/08"])
def test_the_review_cases_whose_true_sentences_were_reported_unsourced_are_sourced(tmp_path, case):
    # set 5, case 01: "Four of the seven treatments listed are not counted" leaves out the drug still taken; set 20,
    # case 08: "at 10:30 a.m." is prior_auth.notified's time; set 21, case 08: "Criterion 3 ... 3(a) or 3(b)"
    # is the criterion the payer_criteria rows and the quoted policy number
    import shutil

    folder = tmp_path / "case"
    set_name, number = case.split("/")
    shutil.copytree(next((REPO / "tests" / "resources" / "letter-review" / set_name).glob(f"{number}-*/")), folder)
    assert run_cli("draft", str(folder)).returncode == 0
    assert "NO SOURCE:" not in (folder / claims.REPORT_NAME).read_text()
