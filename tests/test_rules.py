"""Letters say only what is true for the case: rules cited only for the plan types they govern (the registry in
letter_templates/rules.yaml), the deadline and route of each plan and stage, facts only when the case holds them,
and grammar that holds for any treatment name. The matrix renders every bundled template for every plan type over
each sample case."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from conftest import copy_sample, rendered_text, run_cli, sample_variant, write_case

from appeal_kit import checks, rules
from appeal_kit.case import names
from appeal_kit.case.folder import PLAN_TYPES, Case, load_case
from appeal_kit.intake import deadlines
from appeal_kit.letter import arguments, clinic, render

REPO = Path(__file__).resolve().parent.parent
SAMPLES = {name: REPO / "evidence_samples" / name
           for name in ("ketamine-trd", "spravato-step-therapy", "out-of-network-gap")}
TODAY = date(2026, 11, 26)
TEMPLATES = render.list_templates()
# any regulation or statute citation a letter might print
CITATION = re.compile(r"\b\d+ (?:CFR|U\.S\.C\.) [\w.-]+")
# a word or code printed twice in a row (case-insensitive); "that that" is never needed in a letter
DOUBLED = re.compile(r"(?<![\w-])([A-Za-z][\w-]*)\s+\1(?![\w-])", re.I)


def case_with(sample: str = "ketamine-trd", **changes) -> Case:
    return sample_variant(SAMPLES[sample], **changes)


def letter(tmp_path: Path, case: Case, template: str, **kw) -> str:
    return rendered_text(tmp_path, case, template, TODAY, **kw)


def governing_citations(plan_type: str | None) -> list[str]:
    return sorted((r.citation(plan_type) for r in rules.registry().values() if r.governs(plan_type)),
                  key=len, reverse=True)


# ---------------------------------------------------------------------------------------------- the registry

def test_every_rule_says_what_it_provides_and_for_whom():
    registry = rules.registry()
    assert len(registry) >= 20
    for rule in registry.values():
        assert rule.provides and rule.cite
        assert set(rule.cite) <= set(rules.ROUTES)
        assert all(CITATION.search(c) for c in rule.cite.values()), rule.id
    assert set(rules.PLAN_TYPES) == set(PLAN_TYPES) - {"unknown"}


def test_docs_table_matches_the_registry():
    letters_doc = (REPO / "docs" / "letters.md").read_text(encoding="utf-8")
    assert rules.readme_table() in letters_doc, \
        "regenerate the table in docs/letters.md with appeal_kit.rules.readme_table()"


def test_an_unknown_rule_id_is_an_error_naming_it():
    from appeal_kit.errors import TemplateError

    with pytest.raises(TemplateError, match="no rule named 'no_such_rule'"):
        rules.Citations("employer_erisa").law("no_such_rule")


def test_templates_and_arguments_write_no_citation_of_their_own():
    """Every citation goes through law(): none is typed into a template or an argument block."""
    import zipfile

    for t in TEMPLATES:
        with zipfile.ZipFile(t.path) as z:
            xml = re.sub(r"<[^>]+>", "", z.read("word/document.xml").decode("utf-8"))
        assert not CITATION.search(xml), t.name
    for name, block in arguments.load_blocks().items():
        for text in arguments.block_texts(block):
            assert not CITATION.search(text), name


# ---------------------------------------------------------------------------------------------- the matrix

@pytest.mark.slow  # 24 cases of 14 letters each: the whole suite spreads them over every core
@pytest.mark.parametrize("sample", sorted(SAMPLES))
@pytest.mark.parametrize("plan_type", PLAN_TYPES)
def test_matrix_no_rule_outside_its_plan_types(tmp_path, sample, plan_type):
    """Every template x plan type x sample case: each citation printed belongs to a rule governing that plan type;
    unknown plan types get none; no letter promises 72 hours where no rule gives them; every statement the claims
    report lists has a source and none contradicts the quoted text."""
    from appeal_kit.letter import claims, facts

    allowed = governing_citations(plan_type)
    for template in TEMPLATES:
        report: dict = {}
        text = letter(tmp_path, case_with(sample, **{"claim.plan_type": plan_type}), template.name, report=report)
        # every statement about the case has a source, and no sentence says the opposite of what the letter quotes
        assert not claims.unsourced(claims.statements(report["facts"])), template.name
        assert not facts.contradictions(text, report["facts"]), template.name
        assert "{{" not in text and "{%" not in text, template.name
        # an empty field printed (never "None could provide" or "None of the four sources contacted")
        assert not re.search(r"\bNone\b(?! could provide| of the)", text), template.name
        rest = text
        for citation in allowed:
            rest = rest.replace(citation, "")
        stray = CITATION.findall(rest)
        assert not stray, f"{template.name} for {plan_type} cites {stray}"
        if plan_type == "unknown":
            assert not CITATION.search(text), template.name
        if not rules.Citations(plan_type).applies("urgent_decision"):
            assert "72 hours" not in text and "72 HOURS" not in text, (template.name, plan_type)
        if not rules.Citations(plan_type).applies("parity_nqtl"):
            assert "MHPAEA" not in text and "Parity and Addiction Equity" not in text, (template.name, plan_type)
        assert "for complex regional pain syndrome for" not in text and " for chronic pain for " not in text
        doubled = DOUBLED.search(text)  # "UM-114 UM-114", "the the"
        assert not doubled, f"{template.name} for {plan_type}: {doubled.group(0)!r}"


def test_positive_controls(tmp_path):
    employer = letter(tmp_path, case_with(**{"claim.plan_type": "employer_erisa"}), "medical-necessity")
    assert "29 CFR 2560.503-1(h)(2)(iii) and (m)(8)" in employer and "29 CFR 2560.503-1(h)(3)(ii)–(v)" in employer
    ma = letter(tmp_path, case_with(**{"claim.plan_type": "medicare_advantage"}), "expedited-appeal")
    assert "42 CFR 422.584" in ma and "72 hours" in ma
    medicaid = letter(tmp_path, case_with(**{"claim.plan_type": "medicaid",
                                             "claim.pending_services": ["the last two infusions"]}),
                      "expedited-appeal")
    assert "42 CFR 438.410" in medicaid and "(42 CFR 438.420)" in medicaid
    # benefits continue only for a service already being given: not for a new request, nor for a finished course
    for dates in ([], ["2026-09-08"]):
        done = letter(tmp_path, case_with(**{"claim.plan_type": "medicaid", "claim.service_dates": dates}),
                      "expedited-appeal")
        assert "438.420" not in done
    medicaid_parity = letter(tmp_path, case_with(**{"claim.plan_type": "medicaid",
                                                   "claim.denial_category": "step_therapy"}),
                             "esketamine-step-therapy")
    assert "42 CFR 438.910(d)" in medicaid_parity and "MHPAEA" not in medicaid_parity
    individual_gap = letter(tmp_path, case_with("out-of-network-gap", **{"claim.plan_type": "individual_aca"}),
                            "out-of-network-gap-exception")
    assert "45 CFR 156.230(a)(1)(ii)" in individual_gap
    medicaid_gap = letter(tmp_path, case_with("out-of-network-gap", **{"claim.plan_type": "medicaid"}),
                          "out-of-network-gap-exception")
    assert "42 CFR 438.206(b)(4)" in medicaid_gap and "156.230" not in medicaid_gap
    employer_gap = letter(tmp_path, case_with("out-of-network-gap", **{"claim.plan_type": "employer_erisa"}),
                          "out-of-network-gap-exception")
    assert "156.230" not in employer_gap and "438.206" not in employer_gap
    assert "the plan's own provisions for covered services that no network provider can give" in employer_gap


def test_urgent_by_physician_is_m_1_iii(tmp_path):
    text = letter(tmp_path, case_with(**{"claim.plan_type": "employer_erisa",
                                         "urgency.certified_by": "Dr. Miriam Osei"}), "expedited-appeal")
    assert "29 CFR 2560.503-1(m)(1)(iii)" in text and "(m)(1)(ii))" not in text
    assert "Dr. Miriam Osei, who treats me, has determined" in text  # the patient writes
    # without a physician's word the letter does not claim one
    plain = letter(tmp_path, case_with(**{"claim.plan_type": "employer_erisa"}), "expedited-appeal")
    assert "has determined" not in plain and "(m)(1)(iii)" not in plain


def test_original_medicare_has_no_72_hour_promise(tmp_path):
    text = letter(tmp_path, case_with(**{"claim.plan_type": "medicare"}), "expedited-appeal")
    assert "URGENT — EXPEDITED APPEAL" in text and "72 hours" not in text and "72 HOURS" not in text
    assert "without delay" in text
    lines = "\n".join(deadlines.describe(deadlines.rule_deadline("medicare", TODAY, urgent=True), TODAY))
    assert "no 72-hour appeal" in lines and "within 72 hours" not in lines


def test_next_level_per_plan(tmp_path):
    final = date(2026, 11, 2)
    erisa = deadlines.next_level_deadline("employer_erisa", final)
    assert erisa.date == date(2027, 3, 2) and "29 CFR 2590.715-2719(d)(2)(i)" in erisa.basis
    medicaid = deadlines.next_level_deadline("medicaid", final)
    assert medicaid.date == date(2027, 3, 2) and "42 CFR 438.408(f)(2)" in medicaid.basis
    assert "120 calendar days" in medicaid.basis and "notice of resolution" in medicaid.basis
    fehb = deadlines.next_level_deadline("fehb", final)
    assert fehb.date == date(2027, 1, 31) and "Office of Personnel Management" in fehb.basis
    ma = deadlines.next_level_deadline("medicare_advantage", final)
    assert ma.date is None and "automatic" in ma.basis and "42 CFR 422.592" in ma.basis
    qic = deadlines.next_level_deadline("medicare", final)
    assert qic.date == date(2027, 5, 1) and "42 CFR 405.962" in qic.basis
    # the letter's request names the plan's own next level
    assert "how to request a state fair hearing" in letter(tmp_path, case_with(**{"claim.plan_type": "medicaid"}),
                                                             "medical-necessity")
    assert "when you will send the case to the independent review entity, as 42 CFR 422.592 requires" in letter(
        tmp_path, case_with(**{"claim.plan_type": "medicare_advantage"}), "medical-necessity")


def test_medicaid_continuation_is_told_to_the_patient():
    lines = "\n".join(deadlines.describe(deadlines.rule_deadline("medicaid", date(2026, 10, 14)), TODAY))
    assert "by October 24, 2026 (10 days after the notice date)" in lines and "42 CFR 438.420" in lines


# ---------------------------------------------------------------------------------------------- external review

EXTERNAL = """\
external_review:
  final_denial_date: November 2, 2026
  agency: Oregon Division of Financial Regulation
claim_extra: true
"""


def test_external_review_has_its_own_deadline_in_deadline_check_and_ics(tmp_path):
    folder = write_case(tmp_path / "case", extra=EXTERNAL.replace("claim_extra: true\n", "")
                        + "template: external-review-request\n")
    text = (folder / "case.yaml").read_text().replace("denial_category: medical_necessity",
                                                      "denial_category: medical_necessity\n  plan_type: employer_erisa")
    (folder / "case.yaml").write_text(text)
    out = run_cli("deadline", str(folder), "--today", "2026-11-30", "--ics", str(tmp_path / "d.ics"))
    assert out.returncode == 0, out.stderr
    assert "Next-level deadline: Tuesday March 2, 2027" in out.stdout and "29 CFR 2590.715-2719(d)(2)(i)" in out.stdout
    assert "Send it to: Oregon Division of Financial Regulation" in out.stdout
    assert "20270302" in (tmp_path / "d.ics").read_text()
    report = checks.check_case(folder, today=date(2027, 2, 20))
    assert any(f.field == "external_review.final_denial_date" and "March 2, 2027" in f.message
               for f in report.warnings)


def test_external_letter_timeliness_and_deemed_exhaustion(tmp_path):
    timely = letter(tmp_path, case_with(**{"claim.plan_type": "employer_erisa",
                                           "external_review.final_denial_date": "2026-11-02"}),
                    "external-review-request")
    assert "This request is made within four months after receipt of that final internal determination " \
           "(29 CFR 2590.715-2719(d)(2)(i))" in timely
    assert "deemed exhausted" not in timely  # there was a final internal decision: exhaustion is moot
    late = letter(tmp_path, case_with(**{"claim.plan_type": "employer_erisa",
                                         "external_review.final_denial_date": "2026-05-02"}),
                  "external-review-request")
    assert "within four months" not in late
    no_final = letter(tmp_path, case_with(**{"claim.plan_type": "employer_erisa"}), "external-review-request")
    assert "other than in minor ways that caused no harm and are not part of a pattern, internal appeals are " \
           "deemed exhausted" in no_final and "29 CFR 2590.715-2719(b)(2)(ii)(F)" in no_final


def test_next_level_request_refused_where_the_member_files_none(tmp_path):
    """The next-level letter serves every plan type whose member asks for the next level; a Medicare Advantage plan
    sends its case to the IRE itself, and external review hears only denials that turn on medical judgment."""
    def errors(plan_type: str, category: str = "medical_necessity") -> list[str]:
        folder = write_case(tmp_path / f"{plan_type}-{category}", extra="template: external-review-request\n")
        text = (folder / "case.yaml").read_text().replace(
            "denial_category: medical_necessity", f"denial_category: {category}\n  plan_type: {plan_type}")
        if category == "coding_billing":
            text = text.replace("Not medically necessary: criteria not met", "Invalid procedure code for the date")
        (folder / "case.yaml").write_text(text)
        return [f.message for f in checks.check_case(folder, today=TODAY).errors if f.field == "template"]

    assert any("Independent Review Entity" in m for m in errors("medicare_advantage"))
    assert any("hears only denials that turn on medical judgment" in m for m in errors("employer_erisa",
                                                                                        "coding_billing"))
    for plan_type in ("medicare", "medicaid", "employer_erisa", "fehb", "chip"):
        assert errors(plan_type) == [], plan_type


# ---------------------------------------------------------------------------------------------- facts the case holds

def test_trials_with_partial_dates_count_as_meant():
    assert arguments.trial_is_adequate({"start": "January 2022", "end": "June 2022"})
    assert arguments.trial_is_adequate({"start": "2021", "end": "2023"})
    assert not arguments.trial_is_adequate({"start": "January 2022", "end": "January 2022"})  # under six weeks
    assert arguments.adequacy_problem({"start": "January 2022", "end": "January 2022"}) == \
        "it lasted less than six weeks"
    ambiguous = {"start": "January 2022", "end": "February 2022"}  # between 0 and 8 weeks
    assert not arguments.trial_is_adequate(ambiguous)
    assert "given by month" in arguments.uncountable_reason(ambiguous)
    assert "cannot be read" in arguments.uncountable_reason({"start": "spring 2023", "end": "2023-09-01"})
    assert arguments.uncountable_reason({"start": "2022-01-01", "end": "2022-06-01"}) is None


def test_check_names_trial_rows_that_cannot_be_counted(tmp_path):
    folder = write_case(tmp_path / "case", extra="""\
clinical:
  history:
    - {drug: Sertraline, start: January 2022, end: February 2022, outcome: No response}
    - {drug: Escitalopram, start: 2022-03-01, end: 2022-06-01, outcome: No response}
""")
    warnings = checks.check_case(folder, today=TODAY).warnings
    rows = [f for f in warnings if f.field.startswith("clinical.history")]
    assert len(rows) == 1 and rows[0].field == "clinical.history item 1 (Sertraline)"
    assert "given by month" in rows[0].message


def test_a_row_still_taken_is_counted_up_to_the_letters_date_and_never_printed_with_it(tmp_path):
    rows = [{"drug": "Sertraline", "start": "2026-01-05", "ongoing": True, "outcome": "Partial response only",
             "response": "partial"},
            {"drug": "Escitalopram", "start": "2025-03-01", "end": "2025-06-01", "response": "none"}]
    data = {"clinical": {"history": rows}}
    assert arguments.trial_summary(rows)["medication"] == 1  # no end: its length cannot be told
    counted = arguments.counted_history(data, date(2026, 3, 20))  # ten weeks after the start
    # counted as an inadequate response, said as still taken, never summed into the trials that failed
    summary = arguments.trial_summary(counted)
    assert summary["medication"] == 1 and len(summary["groups"]["inadequate"]) == 1 and "end" not in rows[0]
    assert "Sertraline, still being taken, has brought only a partial response" in summary["summary"]
    assert not arguments.trial_summary(arguments.counted_history(data, date(2026, 1, 30)))["groups"]["inadequate"]
    folder = write_case(tmp_path / "case", extra="clinical:\n  history:\n" + "".join(
        f"    - {{drug: {r['drug']}, start: {r['start']}, {'ongoing: true' if 'ongoing' in r else 'end: ' + r['end']},"
        f" response: {r['response']}}}\n" for r in rows))
    warnings = checks.check_case(folder, today=TODAY).warnings
    assert not [f for f in warnings if f.field.startswith("clinical.history")]


def test_a_dose_for_another_purpose_is_not_called_a_trial_cut_short():
    sleep = {"drug": "Quetiapine (for sleep)", "kind": "other", "dose": "25 mg at bedtime", "start": "2025-08",
             "end": "2025-12", "adequate": False}
    early = {"drug": "Lidocaine infusion", "kind": "other", "start": "2025-08-01", "end": "2025-08-01",
             "adequate": False, "failed": True}
    reasons = {e["drug"]: e["reason"] for e in arguments.trial_summary([sleep, early])["excluded"]}
    assert reasons["Quetiapine (for sleep)"] == "it was given for another purpose, not as a trial of treatment for this " \
        "condition"
    short = {**sleep, "drug": "Lamotrigine", "outcome": "Stopped after two weeks"}
    assert arguments.trial_summary([short])["excluded"][0]["reason"] == \
        "it was not given as a full trial of treatment for this condition"
    assert "Lidocaine infusion" not in reasons or reasons["Lidocaine infusion"] != reasons["Quetiapine (for sleep)"]


def test_letter_says_why_rows_are_not_counted_and_states_the_rule(tmp_path):
    history = load_case(SAMPLES["ketamine-trd"]).data["clinical"]["history"] + [
        {"drug": "Lithium (augmenting)", "dose": "600 mg", "start": "2025-06-01", "end": "2025-06-20",
         "outcome": "Stopped for tremor"},
        {"drug": "Mirtazapine", "dose": "30 mg", "start": "2025-07-01", "end": "2025-10-01",
         "outcome": "Remission for three months"}]
    text = letter(tmp_path, case_with(**{"clinical.history": history}), "ketamine-trd")
    assert "have failed four adequate medication trials" in text
    summary = arguments.trial_summary(history)
    # stopped for a named harm within weeks: the harm is why it is not a full trial (arguments.adverse_stop, s70)
    assert summary["excluded"] == [{"drug": "Lithium (augmenting)", "reason": "it could not be tolerated and was "
                                    "stopped, an intolerance rather than a full trial"},
                                   {"drug": "Mirtazapine", "reason": "it brought a response"}]
    assert summary["uncounted"] in text
    assert arguments.RULE_SENTENCE in text
    assert arguments.RULE_SENTENCE in (REPO / "docs" / "letters.md").read_text(encoding="utf-8")


def test_a_plans_longer_minimum_for_a_trial_replaces_the_six_week_rule_only_when_it_counts_the_same_rows():
    # set 8's review, letter 01: a six-week rule printed beside a quoted policy asking for 8 weeks each
    data = {"claim": {"denial_reason": "Policy RX-1, section 2(b), requires an inadequate response to at least two "
                                       "antidepressants, each at an adequate dose for at least 8 weeks."}}
    assert arguments.plan_trial_weeks(data) == (8, "claim.denial_reason")
    assert arguments.plan_trial_weeks({"payer_criteria": [{"criterion": "Two trials of eight (8) weeks minimum"}]}) \
        is None  # "minimum" after the number is not read: only "at least 8 weeks" and the like
    assert arguments.plan_trial_weeks({"payer_criteria": [{"criterion": "At least eight weeks of a medication"}]}) \
        == (8, "payer_criteria item 1.criterion")
    # weeks not about drug trials (an appeal window), or two minimums that disagree, set none
    assert arguments.plan_trial_weeks({"claim": {"denial_reason": "Appeal within at least 8 weeks."}}) is None
    assert arguments.plan_trial_weeks({"claim": {"denial_reason": "Each antidepressant for at least 8 weeks; each "
                                                                  "augmenting drug for at least 4 weeks."}}) is None
    long = [{"drug": "Sertraline", "start": "2025-01-06", "end": "2025-03-31", "outcome": "Partial response"},
            {"drug": "Bupropion XL", "start": "2025-04-07", "end": "2025-06-30", "outcome": "No response"}]
    assert arguments.rule_text(long) == arguments.RULE_SENTENCE
    said = arguments.rule_text(long, plan_weeks=8)
    assert said != arguments.RULE_SENTENCE and "eight weeks or more" in said and "six" not in said
    # a counted trial of seven weeks meets six but not the plan's eight: the count is the six-week one, so is the rule
    short = long + [{"drug": "Mirtazapine", "start": "2025-07-07", "end": "2025-08-25", "outcome": "No response"}]
    # a trial counted that the plan's minimum does not reach: the six weeks stand, with the plan's own minimum said
    # beside them (letters set 57, case 04)
    assert arguments.rule_text(short, plan_weeks=8) == arguments.RULE_SENTENCE + " " + \
        arguments.PLAN_WEEKS_SENTENCE.format(weeks="eight")
    assert arguments.trial_summary(long, plan_weeks=8)["rule"] == said


@pytest.mark.parametrize("count, phrase", [(3, "more than that definition requires"),
                                           (2, "which meets that definition")])
def test_more_than_the_definition_only_when_it_is_more(tmp_path, count, phrase):
    rows = [{"drug": f"Drug {i}", "kind": "antidepressant", "start": "2024-01-01", "end": "2024-04-01",
             "outcome": "No response"}
            for i in range(count)]
    text = letter(tmp_path, case_with("spravato-step-therapy", **{"clinical.history": rows,
                                                                  "claim.denial_category": "step_therapy"}),
                  "esketamine-step-therapy")
    assert phrase in text
    assert ("more than that definition requires" in text) is (count > 2)


def test_spravato_approved_use_only_when_labelled(tmp_path):
    exp = {"claim.denial_category": "experimental_investigational"}
    labelled = letter(tmp_path, case_with("spravato-step-therapy", **exp), "esketamine-step-therapy")
    assert "prescribed here for its approved use" in labelled
    anxiety = letter(tmp_path, case_with("spravato-step-therapy", **exp, **{"claim.diagnosis_codes": ["F41.1"]}),
                     "esketamine-step-therapy")
    assert "approved use" not in anxiety
    suicidal = letter(tmp_path, case_with("spravato-step-therapy", **exp, **{
        "clinical.history": [], "clinical.severity": "MADRS 41 with active suicidal ideation",
        "clinical.suicidality": "active"}),
        "esketamine-step-therapy")
    assert "for an approved use, depressive symptoms in major depression with acute suicidal ideation" in suicidal


def test_no_fact_the_case_lacks(tmp_path):
    bare = case_with(**{"clinical.severity": None, "clinical.history": []})
    text = letter(tmp_path, bare, "medical-necessity")
    assert "standard measures" not in text and "after less intensive treatment had failed" not in text
    assert "risk of self-harm" not in text
    vague = letter(tmp_path, case_with(**{"clinical.severity": "very low mood"}), "medical-necessity")
    assert "standard measures" not in vague
    # a treatment with no published criteria set, so the letter asks for the plan's criteria instead
    measured = letter(tmp_path, case_with(**{"treatment.name": "a course of TMS", "treatment.summary": None}),
                      "medical-necessity")
    assert "recorded with standard measures (PHQ-9 and MADRS)" in measured
    assert "the enclosed records address the diagnosis, its severity, the treatments already tried and the risk of " \
           "self-harm" in measured
    no_records = Case(folder=bare.folder, data=case_with().data, exhibits=[e for e in bare.exhibits
                                                                           if e.path.parent.name != "clinical"])
    assert "enclosed records address" not in letter(tmp_path, no_records, "medical-necessity")
    pain = letter(tmp_path, case_with(**{"claim.diagnosis_codes": ["G90.512"],
                                         "claim.denial_category": "experimental_investigational"}),
                  "ketamine-chronic-pain")
    assert "do not publish practice guidelines" not in pain


@pytest.mark.parametrize("name, verb", [("IV ketamine infusions", "are"), ("Spravato (esketamine) nasal spray", "is"),
                                        ("Ketamine infusion therapy for complex regional pain syndrome", "is"),
                                        ("TMS", "is")])
def test_grammar_holds_for_any_treatment_name(tmp_path, name, verb):
    text = letter(tmp_path, case_with(**{"treatment.name": name, "clinical.severity": "phq-9 of 22, severe"}),
                  "medical-necessity")
    # mid-sentence, a name whose first word is plain is said in lower case (letters set 18: every letter)
    assert f"{arguments.name_in_sentence(name)} {verb} medically necessary" in text
    assert ". Phq-9 of 22, severe." in text  # a lowercase fragment becomes a sentence
    pain = letter(tmp_path, case_with(**{"treatment.name": name}), "ketamine-chronic-pain")
    # the condition is appended to the name only when the name does not already say what it is for
    assert (f"{name} for chronic pain" in pain) is (" for " not in name)


def test_full_name_once_then_the_short_form(tmp_path):
    advocate = {"author.name": "Jordan Reyes", "author.role": "Patient advocate"}  # the patient writes as "I"
    text = letter(tmp_path, case_with(**advocate), "ketamine-trd")
    body = text.split("Dear Appeals Reviewer:")[1].split("Sincerely,")[0]
    assert body.count("Dana Whitfield") <= 1 and "Ms. Whitfield has failed" in body
    anonymous = letter(tmp_path, case_with(**advocate, **{"patient.salutation": None}), "ketamine-trd")
    assert "The patient has failed" in anonymous


# ---------------------------------------------------------------------------------------------- who signs, for whom

CLINIC = """\
name: Cascade Ridge Behavioral Health
phone: (541) 555-0122
providers:
  - name: Ana Ruiz, MD
    credentials: Psychiatrist
  - name: Omar Haddad, DO
    credentials: Psychiatrist
"""


def test_signer_matches_names_without_titles_and_never_guesses(tmp_path):
    (tmp_path / "clinic.yaml").write_text(CLINIC)
    profile = clinic.load_clinic(path=tmp_path / "clinic.yaml")
    assert names.person_key("Dr. Omar Haddad") == names.person_key("Omar Haddad, DO") == "omar haddad"
    text = letter(tmp_path, case_with(**{"author.name": "Dr. Omar Haddad"}), "letter-of-medical-necessity",
                  clinic=profile)
    assert "I am Omar Haddad, DO, Psychiatrist" in text
    chosen = letter(tmp_path, case_with(**{"author.name": "Front Desk", "author.provider": "ana ruiz"}),
                    "letter-of-medical-necessity", clinic=profile)
    assert "I am Ana Ruiz, MD" in chosen
    nobody = letter(tmp_path, case_with(**{"author.name": "Dana Whitfield"}), "letter-of-medical-necessity",
                    clinic=profile)
    assert "Ana Ruiz" not in nobody  # never the first provider


def test_check_errors_when_no_provider_matches(tmp_path):
    folder = write_case(tmp_path / "case", extra="template: letter-of-medical-necessity\n")
    (folder / "clinic.yaml").write_text(CLINIC)
    errors = checks.check_case(folder, today=TODAY).errors
    assert any(f.field == "author.name" and "'Test Author' is not one of the providers" in f.message
               and "Ana Ruiz, MD, Omar Haddad, DO" in f.message for f in errors)


def test_author_for_someone_else_names_the_authorization(tmp_path):
    advocate = {"author.name": "Rosa Delgado", "author.role": "Advocate"}
    text = letter(tmp_path, case_with(**advocate, **{"author.authorization": "denial/denial-notice.pdf"}),
                  "medical-necessity")
    assert text.count("On behalf of Dana Whitfield, I am writing") == 1
    # which form it is, the case does not say outside Medicare: the letter does not name one
    assert "the signed authorization is enclosed as Exhibit A" in text
    # under Medicare the form is named only when the enclosed document is that form by its own words (set 52, 03)
    medicare = letter(tmp_path, case_with(**advocate, **{"author.authorization": "denial/denial-notice.pdf",
                                                         "claim.plan_type": "medicare"}), "medical-necessity")
    assert "the signed authorization is enclosed as Exhibit A" in medicare and "CMS-1696" not in medicare
    folder = copy_sample(SAMPLES["ketamine-trd"], tmp_path / "case")
    (folder / "other").mkdir(exist_ok=True)
    case_file = folder / "case.yaml"  # the sample lists its exhibits: the new documents join the list
    case_file.write_text(case_file.read_text().replace("exhibits:\n", "exhibits:\n  - file: other/cms-1696.txt\n", 1))
    (folder / "other" / "cms-1696.txt").write_text("FICTIONAL. Form CMS-1696, Appointment of Representative.\n")
    medicare = letter(tmp_path, sample_variant(folder, **advocate, **{"author.authorization": "other/cms-1696.txt",
                                                                     "claim.plan_type": "medicare"}),
                      "medical-necessity")
    assert "the signed authorization on form CMS-1696 (Appointment of Representative) is enclosed as" in medicare


def test_check_warns_about_authorization_address_fax_phone_and_plan_type(tmp_path):
    folder = write_case(tmp_path / "case", extra="template: expedited-appeal\nurgency:\n  reason: x\n")
    text = (folder / "case.yaml").read_text().replace("  role: Patient\n", "  role: Advocate\n") \
        .replace("  appeals_address: PO Box 1, Nowhere, ST 00000\n", "")
    (folder / "case.yaml").write_text(text)
    warnings = {f.field: f.message for f in checks.check_case(folder, today=TODAY).warnings}
    assert "form CMS-1696" not in warnings["author.authorization"] and "authorized-representative" in \
        warnings["author.authorization"]
    assert "insurer.appeals_address" in warnings and "insurer.fax" in warnings
    assert "asks for a telephone call but has no number" in warnings["author.phone"]
    plan_warning = warnings["claim.plan_type"]
    assert plan_warning.startswith("plan type unknown: the letter cites no law")
    # every plan type is offered, and no near one is urged on a plan none fits (a church plan set to employer_erisa
    # would cite ERISA)
    assert all(p in plan_warning for p in PLAN_TYPES if p != "unknown") and "leave it unknown" in plan_warning


# ---------------------------------------------------------------------------------------------- who writes

def _standing_case(tmp_path, role: str, born: str = "April 12, 1980", extra: str = "") -> Path:
    folder = write_case(tmp_path / "case", extra=extra)
    text = (folder / "case.yaml").read_text().replace("  role: Patient\n", f"  role: {role}\n") \
        .replace("date_of_birth: April 12, 1980", f"date_of_birth: {born}")
    (folder / "case.yaml").write_text(text)
    return folder


def test_a_parent_of_a_minor_needs_no_signed_authorization(tmp_path):
    folder = _standing_case(tmp_path / "minor", "Mother and legal guardian", born="June 3, 2010")
    warnings = {f.field for f in checks.check_case(folder, today=TODAY).warnings}
    assert "author.authorization" not in warnings
    text = letter(tmp_path, load_case(folder), "medical-necessity")
    assert "I write as the patient's mother; the patient is a minor." in text and "authorized representative" not in text
    # the same mother writing for an adult child needs the adult's authorization
    adult = _standing_case(tmp_path / "adult", "Mother")
    assert "author.authorization" in {f.field for f in checks.check_case(adult, today=TODAY).warnings}


def test_a_physician_author_writes_as_the_treating_physician(tmp_path):
    (tmp_path / "c").mkdir()
    folder = _standing_case(tmp_path / "c", "Treating psychiatrist", extra=(
        "  authorization: other/consent.txt\nurgency:\n  reason: Discharged last week after an admission.\n"
        "  certified_by: Test Author, MD, the treating psychiatrist\n"))
    (folder / "other" / "consent.txt").write_text("Fictional: member consent for a provider to file an appeal.\n")
    warnings = {f.field: f.message for f in checks.check_case(folder, today=TODAY).warnings}
    assert "author.authorization" not in warnings
    text = letter(tmp_path, load_case(folder), "expedited-appeal")
    assert "authorized representative" not in text and "signed authorization" not in text
    assert "I write as the patient's treating psychiatrist; the patient's written consent to this appeal is " \
           "enclosed as Exhibit" in text
    assert "As the patient's treating psychiatrist, I have determined that it is urgent" in text
    assert "Test Author, MD" not in text.split("Sincerely")[0]  # never about herself in the third person
    # a physician without the consent on file is asked for the consent, not an authorized-representative form
    (folder / "case.yaml").write_text((folder / "case.yaml").read_text().replace(
        "  authorization: other/consent.txt\n", ""))
    warnings = {f.field: f.message for f in checks.check_case(folder, today=TODAY).warnings}
    assert "written consent" in warnings["author.authorization"]
    assert "authorized-representative" not in warnings["author.authorization"]


def test_a_deadline_stated_on_the_eob_is_not_recounted_by_an_unknown_plans_default(tmp_path):
    from appeal_kit.intake import deadlines

    folder = write_case(tmp_path / "case")
    text = (folder / "case.yaml").read_text().replace("  notice_date: 03/03/2026\n", (
        "  notice_date: October 27, 2026\n  plan_type: unknown\n  appeal_deadline: April 25, 2027\n"
        "  deadline_basis: 'Stated on the explanation of benefits: \"You may appeal within 180 days of receiving "
        "this notice.\" Counted from the notice date.'\n"))
    (folder / "case.yaml").write_text(text)
    assert deadlines.deadline_disagreement(load_case(folder).data) is None
    assert "claim.appeal_deadline" not in {f.field for f in checks.check_case(folder, today=TODAY).warnings}


def test_the_proof_that_the_coverage_was_in_force_must_be_an_exhibit(tmp_path):
    folder = write_case(tmp_path / "case", extra="eligibility:\n  why: The premium was paid in time.\n"
                                                  "  proof: other/receipt.txt\n")
    errors = [f for f in checks.check_case(folder, today=TODAY).findings if f.field == "eligibility.proof"]
    assert errors and errors[0].level == "error" and "other/receipt.txt" in errors[0].message
    (folder / "other").mkdir(exist_ok=True)
    (folder / "other" / "receipt.txt").write_text("FICTIONAL receipt: premium mailed 2026-09-24.\n")
    assert not [f for f in checks.check_case(folder, today=TODAY).findings if f.field == "eligibility.proof"]


def test_a_criterions_evidence_may_be_a_list_and_an_approval_needs_no_reason_authorization_was_missing(tmp_path):
    """Set 10's writer: a list of {file, page} was 'no evidence', and a case with an approval was asked why
    authorization was missing."""
    folder = write_case(tmp_path / "case", extra="""\
payer_criteria:
  - criterion: Two antidepressants failed
    how_met: Sertraline and bupropion
    evidence: [{file: clinical/progress-notes.pdf, page: 1}, {file: clinical/progress-notes.pdf, page: 2}]
prior_auth:
  approved: {number: PA-1, date: 2026-03-27}
""")
    findings = checks.check_case(folder, today=TODAY).findings
    assert not [f for f in findings if f.field == "payer_criteria item 1" and "no evidence" in f.message]
    assert not [f for f in findings if f.field == "prior_auth.reason_missing"]


def test_a_row_of_the_treatment_asked_for_is_never_measured_by_the_six_week_rule():
    """Set 10, case 03: esketamine spaced to the plan's quantity relapsed in five weeks; the letter said it was not
    counted "because it lasted less than six weeks", handing the carrier its answer."""
    spaced = {"drug": "Esketamine every other week (the plan's quantity)", "kind": "other", "start": "2026-08-10",
              "end": "2026-09-14", "response": "lost"}
    assert arguments.trial_summary([spaced])["excluded"][0]["reason"] == "it lasted less than six weeks"
    asked = arguments.trial_summary([spaced], treatment="Spravato (esketamine nasal spray)")["excluded"]
    assert asked == [{"drug": spaced["drug"], "reason": "it is the treatment this appeal asks for"}]


def test_eligibility_in_the_denial_reasons_names_the_coverage_ended_argument_and_carc_27_is_known():
    """Set 11's writer listed `eligibility` in claim.denial_reasons; check said no argument answered it."""
    from appeal_kit.intake import codes

    assert arguments.denial_reasons({"claim": {"denial_reasons": ["eligibility"]}}) == ["coverage_ended"]
    assert not [p for p in arguments.unanswered({"claim": {"denial_reasons": ["Eligibility"]},
                                                 "eligibility": {"why": "The premium was paid in time."}})
                if "no argument" in p or "answer" in p.lower() and "eligibility" in p.lower()]
    assert codes.carc_category("CO-27") == "other" and "after the coverage ended" in (codes.describe_code("CO-27") or "")


def test_a_deadline_counted_from_a_recorded_receipt_is_not_recounted_from_the_notice_date():
    from appeal_kit.intake import deadlines

    # letters set 97, case 02: an MSN dated 08/05 reached the patient on 08/18 (a forwarding label); the rule counts
    # 120 days from receipt, so 12/16 is the rule's own count, once warned of as "the notice date gives 12/03"
    claim = {"plan_type": "medicare", "notice_date": "2026-08-05", "appeal_deadline": "2026-12-16",
             "deadline_basis": "42 CFR 405.942(a): 120 days from receipt. Counted from the day the notice was "
                               "received, not the notice date."}
    received = {**claim, "notice_received": {"date": "2026-08-18", "proof": "other/envelope.txt"}}
    assert deadlines.deadline_disagreement({"claim": received}) is None
    # off shape: with no receipt recorded the same date is 13 days past the count from the notice date
    assert deadlines.rederived_deadline({"claim": claim}) == date(2026, 12, 3)
    assert deadlines.deadline_disagreement({"claim": claim}) is not None
