"""The findings of set 19's reviews (tests/resources/letter-review/set19-review.md and set19-review-4d0a758.md), each
fixed by its kind: one case per kind, across template x plan type where it applies. Set 19 is a fix set: these cases
shaped the fixes, so no accuracy figure is measured on it."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import rendered_text, sample_variant

from appeal_kit.letter import arguments, derived

REPO = Path(__file__).resolve().parent.parent
TRD = REPO / "evidence_samples" / "ketamine-trd"
TODAY = date(2026, 12, 4)


def text(tmp_path, template, **changes) -> str:
    return " ".join(rendered_text(tmp_path, sample_variant(TRD, **changes), template, TODAY).split())


# ------------------------------------------- 1: a plan's own adequacy terms decide over the six weeks

def drug(name: str, start: str, end: str, outcome: str, **more) -> dict:
    return {"drug": name, "kind": "other", "dose": "a therapeutic dose", "start": start, "end": end,
            "outcome": outcome, **more}


FULL = drug("Atomizine", "2025-01-06", "2025-03-10", "No benefit", response="none")
EARLY = drug("Brevodrine", "2025-04-01", "2025-04-15", "Stopped at two weeks for a rash and vomiting (adverse "
             "reaction)", failed=True)
ACCEPTS = {
    "plan_policy.quote": "Covered after a trial of two formulary agents, each for at least 30 days, or one "
                         "discontinued earlier due to an adverse reaction.",
    "payer_criteria": "Two prior agents for 4 weeks each, or one stopped sooner because of documented side effects",
    "claim.denial_reason": "The member has not tried two formulary agents or shown intolerance to one of them.",
}


def case(where: str, text: str) -> dict:
    if where == "payer_criteria":
        return {"payer_criteria": [{"criterion": text, "how_met": "Both agents were tried.", "met": True}]}
    head, tail = where.split(".")
    return {head: {tail: text}}


@pytest.mark.parametrize("where", ACCEPTS)
def test_a_drug_stopped_for_an_adverse_effect_counts_where_the_plans_terms_accept_it(where):
    data = {**case(where, ACCEPTS[where]), "clinical": {"history": [FULL, EARLY]}}
    trials = arguments.trial_summary(arguments.counted_history(data, TODAY))
    assert trials["adequate_failed"] == 2, where
    assert "six weeks" not in trials["uncounted"] and "six weeks" not in trials["rule"], where


def test_without_such_terms_the_six_weeks_still_judge_a_short_trial():
    data = {"plan_policy": {"quote": "Covered after a trial of two formulary agents, each for at least 30 days."},
            "clinical": {"history": [FULL, EARLY]}}
    trials = arguments.trial_summary(arguments.counted_history(data, TODAY))
    assert trials["adequate_failed"] == 1 and "less than six weeks" in trials["uncounted"]
    # a short trial stopped for no adverse effect is not what the plan's terms accept
    lapsed = drug("Brevodrine", "2025-04-01", "2025-04-15", "Stopped at two weeks; ran out of refills", failed=True)
    data = {**case("plan_policy.quote", ACCEPTS["plan_policy.quote"]), "clinical": {"history": [FULL, lapsed]}}
    trials = arguments.trial_summary(arguments.counted_history(data, TODAY))
    assert trials["adequate_failed"] == 1 and "less than six weeks" in trials["uncounted"]


# ------------------------------------------- 2: "meets those terms" only for terms that are a standard to meet

DEFINES_EXPERIMENTAL = (
    'Section 9 (Definitions): "Investigational means a service that, when provided, (a) lacks the FDA approval its '
    'marketing requires, or (b) is under study in a phase I, II or III trial, or (c) reliable evidence shows that '
    'experts think further studies are needed."')
EXCLUSION_LIST = ("Section 4, services we do not cover: any treatment not shown safe and effective by peer-reviewed "
                  "literature.")
NOT_ABOUT_EVIDENCE = "SPD Section 2.1: The Plan complies with the federal mental health parity requirements."
STANDARD = ("Section 1 (Definitions): a service is not experimental when peer-reviewed evidence shows it safe and "
            "effective and it is in line with generally accepted standards of medical practice.")
MEETS_TERMS = "meets that standard and those terms"


@pytest.mark.parametrize("terms", [DEFINES_EXPERIMENTAL, EXCLUSION_LIST, NOT_ABOUT_EVIDENCE])
def test_terms_that_define_what_is_excluded_or_set_no_standard_are_never_a_standard_met(terms):
    assert not derived.plan_terms({"plan_policy": {"other_terms": terms}})["standard"]
    assert derived.plan_terms({"plan_policy": {"other_terms": STANDARD}})["standard"]
    assert not derived.plan_terms({})["standard"]


@pytest.mark.parametrize("plan_type", ["employer_erisa", "individual_aca", "medicaid"])
@pytest.mark.parametrize("template", ["experimental-investigational", "medical-necessity"])
def test_the_letter_says_its_evidence_meets_the_plans_terms_only_when_they_are_a_standard(tmp_path, template,
                                                                                         plan_type):
    base = {"claim.plan_type": plan_type, "claim.denial_category": "experimental_investigational",
            "claim.denial_reason": "The treatment is investigational."}
    for terms in (DEFINES_EXPERIMENTAL, NOT_ABOUT_EVIDENCE):
        letter = text(tmp_path / str(len(terms)), template, **base, **{"plan_policy.other_terms": terms})
        assert MEETS_TERMS not in letter, (template, plan_type, terms)
    letter = text(tmp_path / "standard", template, **base, **{"plan_policy.other_terms": STANDARD})
    assert MEETS_TERMS in letter, (template, plan_type)


# ------------------------------------------- 3: an exclusion list is never called criteria

ROWS = [{"criterion": "Age 18 or older with major depression", "how_met": "Age 41, major depression.", "met": True},
        {"criterion": "Two antidepressant trials failed", "how_met": "Sertraline and bupropion failed.", "met": True}]


@pytest.mark.parametrize("name", ["Benefit Grid, section 4 (non-covered services)", "Member Handbook, Exclusions",
                                  "Services we do not cover"])
def test_a_policy_named_as_an_exclusion_list_never_titles_a_criteria_table(name):
    assert derived.criteria_policy({"plan_policy": {"name": name}}) == ""
    assert derived.criteria_policy({"plan_policy": {"name": "Clinical Policy BH-207"}}) == "Clinical Policy BH-207"


@pytest.mark.parametrize("plan_type", ["employer_erisa", "medicaid", "individual_aca"])
@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd", "external-review-request"])
def test_the_criteria_table_is_titled_by_its_rows_not_by_an_exclusion_list(tmp_path, template, plan_type):
    base = {"claim.plan_type": plan_type, "payer_criteria": ROWS}
    listed = text(tmp_path / "list", template, **base,
                  **{"plan_policy.name": "Benefit Grid 2025, section 4 (non-covered services)"})
    assert "The criteria of Benefit Grid" not in listed, (template, plan_type)
    assert "The criteria for " in listed, (template, plan_type)
    named = text(tmp_path / "named", template, **base, **{"plan_policy.name": "Clinical Policy BH-207"})
    assert "The criteria of Clinical Policy BH-207" in named, (template, plan_type)


# ------------------------------------------- records after the decision: what each is, "care" only for clinical ones

@pytest.mark.parametrize(("file", "clinical"), [("other/hr-employment-letter.txt", False),
                                                ("clinical/addendum-2026-10-20.txt", True)])
@pytest.mark.parametrize("template", ["ketamine-trd", "medical-necessity"])
def test_a_record_after_the_decision_is_said_to_document_care_only_when_it_is_a_clinical_record(tmp_path, file,
                                                                                                 clinical, template):
    import shutil

    folder = tmp_path / "case"
    shutil.copytree(TRD, folder, ignore=shutil.ignore_patterns("packet.pdf", "letter.docx"))
    (folder / file).parent.mkdir(exist_ok=True)
    (folder / file).write_text("Fictional record for a test.\n", encoding="utf-8")
    yaml = (folder / "case.yaml").read_text(encoding="utf-8")  # the record among the exhibits, with no title
    (folder / "case.yaml").write_text(yaml.replace("exhibits:\n", f"exhibits:\n  - file: {file}\n", 1),
                                      encoding="utf-8")
    variant = sample_variant(folder, record_dates=[{"file": file, "date": "2026-10-20"}])
    letter = " ".join(rendered_text(tmp_path, variant, template, TODAY).split())
    leads = [s for s in letter.split(". ") if "which its reviewer never had" in s]
    # a clinical record that shows nothing the summary can name is left out of it, never "documents ... care"
    # (letters set 53, cases 05, 06 and 07); a record outside clinical/ is named by what it is
    assert bool(leads) is not clinical and not any(s.endswith("care") for s in leads), leads
    if not clinical:
        assert "HR employment letter (Exhibit" in leads[0]  # named by its exhibit title, the abbreviation in capitals


@pytest.mark.parametrize(("category", "leads"), [("medical_necessity", True), ("experimental_investigational", True),
                                                 ("coordination_of_benefits", False), ("timely_filing", False),
                                                 ("coding_billing", False)])
def test_records_after_the_decision_lead_only_a_medical_question(category, leads):
    """Under another payer, a filing limit or the paperwork the denial's own answer leads the letter, and the records
    the reviewer never had follow it (set 19, case 05)."""
    data = {"claim": {"denial_category": category, "plan_type": "employer_erisa"}}
    names = arguments.block_names(data, [arguments.DENIAL], arguments.load_blocks())
    assert arguments.NEW_RECORDS in names and category in names, names
    assert (names.index(arguments.NEW_RECORDS) < names.index(category)) is leads, names
