"""Letters a reviewer cannot ignore, part two (docs/letters.md): the order of an appeal (the denial quoted, why it is
wrong in three lines, the criteria one by one, the treatment history, the answers, one evidence paragraph, the
request), each fact said once, the published criteria answered only from the case, the sample TRD appeal in three
packet pages and the expedited letter in one."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from conftest import copy_sample, page_texts, rendered_text, run_cli, sample_variant

from appeal_kit import checks
from appeal_kit.letter import criteria
from appeal_kit.letter.wording import datelist, shortdate

REPO = Path(__file__).resolve().parent.parent
TRD = REPO / "evidence_samples" / "ketamine-trd"
SPRAVATO = REPO / "evidence_samples" / "spravato-step-therapy"
TODAY = date(2026, 11, 26)


def letter(tmp_path, name="ketamine-trd", folder=TRD, **changes) -> str:
    return rendered_text(tmp_path, sample_variant(folder, **changes), name, TODAY)


def positions(text: str, *marks: str) -> list[int]:
    found = [text.find(m) for m in marks]
    assert -1 not in found, [m for m, at in zip(marks, found) if at == -1]
    return found


def test_an_appeal_reads_in_the_order_a_reviewer_weighs_it(tmp_path):
    text = letter(tmp_path)
    order = positions(text, "Your notice of October 14, 2026 states: “", "I respectfully disagree. In short:",
                      "The criteria for IV ketamine for depression, one by one",
                      "The condition and the treatment already tried",
                      "The medical necessity of IV ketamine infusions", "FDA approval and medical necessity",
                      "The published evidence", "Request", "Sincerely")
    assert order == sorted(order)
    assert text.count("The published evidence") == 1  # one evidence paragraph


def test_why_the_denial_is_wrong_in_at_most_three_lines_each_true_for_the_case(tmp_path):
    text = letter(tmp_path)
    summary = text.split("In short:")[1].split("The criteria for")[0]
    items = re.findall(r"\d\. (.+?)(?= \d\. |$)", summary.strip())
    assert 1 <= len(items) <= 3
    assert items[0].startswith("I have failed four adequate medication trials and a course of transcranial magnetic "
                                "stimulation (TMS) (diagnosis F33.2)")  # she writes
    assert "published criteria for them are met, point by point" in items[0]  # every published criterion answered
    assert "ketamine is an FDA-approved drug" in items[1]
    # one criterion the case cannot answer: the summary no longer claims every criterion is met
    partial = letter(tmp_path, **{"clinical.exclusions": None})
    assert "point by point" not in partial.split("The criteria for")[0]
    # nothing failed: no line claims trials that the history does not show
    none = letter(tmp_path, **{"clinical.history": []})
    assert "have failed" not in none.split("The condition")[0]


def test_each_fact_is_said_once(tmp_path):
    text = letter(tmp_path)
    assert text.count("September 8, 10, 15 and 17, 2026") == 1  # the RE block only
    assert text.count("NWH-CLM-2026-0917-4452") == 1
    assert text.count("(541) 555-0148") == 1  # the sender lines; the closing no longer repeats it
    # the patient's own summary repeats what the three lines and the history say: left out of the appeal
    assert "My treating psychiatrist prescribed" not in text
    # with more than three exhibits the letter points to the index that follows it instead of repeating it
    assert "Exhibits A–G, listed in the exhibit index that follows this letter" in text


def test_published_criteria_are_answered_only_from_the_case(tmp_path):
    text = letter(tmp_path)
    assert "The plan has not said which criteria it applied" in text  # the insurer named once before (render)
    assert "Evaluated on September 1, 2026: no history of psychosis" in text
    assert "since the current episode began (January 2023): Sertraline and Venlafaxine XR" in text
    without = letter(tmp_path, **{"treatment.setting": None, "treatment.monitoring": None})
    assert "Given by clinicians able to manage airway" not in without  # no fact, no row
    assert "A major depressive episode" in without
    # the plan's own criteria replace the published ones
    own = letter(tmp_path, **{"payer_criteria": [{"criterion": "Two failed trials", "how_met": "Four failed"}]})
    assert "has not said which criteria" not in own and "Two failed trials" in own


def test_trials_before_the_current_episode_do_not_meet_the_current_episode_criterion():
    data = sample_variant(TRD, **{"clinical.episode_onset": "2024-01-01"}).data
    published = criteria.published_criteria(data, "depression")
    assert "No adequate response to adequate trials of standard antidepressant treatment" in [
        m["criterion"] for m in published["missing"]]  # only venlafaxine is in the episode: one is not two


def test_spravato_criteria_follow_the_label_and_check_names_what_is_missing(tmp_path):
    text = letter(tmp_path, "esketamine-step-therapy", SPRAVATO)
    assert "The criteria for Spravato (esketamine), one by one" in text
    assert "Prairie Lantern Psychiatry, an office certified in the Spravato REMS" in text
    assert "Prescribed by Anjali Deshmukh, MD, board-certified psychiatrist" in text
    assert "No contraindication on the label" not in text  # the case records no screening
    warnings = [w.message for w in checks.check_case(SPRAVATO, today=TODAY).warnings if w.field == "payer_criteria"]
    assert len(warnings) == 1 and "(clinical.exclusions)" in warnings[0]


def test_the_criteria_data_names_its_sources_and_known_facts():
    assert criteria.check_sets() == []
    for indication in ("depression", "esketamine"):
        entry = criteria.criteria_set(indication)
        assert entry["sources"] and all(c["fact"] in criteria.FACTS for c in entry["criteria"])


@pytest.mark.parametrize("plan_type", ["employer_erisa", "individual_aca", "medicare_advantage", "medicare",
                                       "medicare_part_d", "medicaid", "fehb"])
def test_the_summary_and_criteria_hold_for_every_plan_type(tmp_path, plan_type):
    text = letter(tmp_path, **{"claim.plan_type": plan_type})
    assert "In short:" in text and "one by one" in text and "{{" not in text
    assert ("29 CFR" in text) == (plan_type in ("employer_erisa", "individual_aca"))  # the registry decides


def test_dates_are_said_briefly():
    assert datelist(["2026-09-08", "2026-09-10", "2026-10-01"]) == "September 8 and 10, 2026 and October 1, 2026"
    assert datelist(["2026-09-08"]) == "September 8, 2026"
    assert shortdate("2023-02-06") == "2/6/2023" and shortdate("2025-09") == "9/2025"
    assert shortdate("spring 2024") == "spring 2024" and shortdate(None) == ""


@pytest.mark.libreoffice
def test_the_sample_appeal_fits_three_packet_pages_and_the_expedited_letter_one(tmp_path):
    case = tmp_path / "trd"
    copy_sample(TRD, case)
    result = run_cli("build", str(case), "--no-cache")
    assert result.returncode == 0, result.stderr
    assert "Letter   pages 1-3   Appeal letter" in result.stdout
    texts = page_texts(case / "packet.pdf")
    assert "References" in texts[2] and "Exhibit Index" in texts[3]

    yaml = (case / "case.yaml").read_text(encoding="utf-8")
    yaml = yaml.replace("template: ketamine-trd", "template: expedited-appeal").replace(
        "  service_dates: [2026-09-08", "  pending_services: [the last two infusions of the series]\n"
        "  service_dates: [2026-09-08")
    (case / "case.yaml").write_text(yaml + "urgency:\n  reason: severe depression with suicidal ideation, and the "
                                    "series is half done\n  certified_by: Dr. Miriam Osei\n", encoding="utf-8")
    (case / "packet.pdf").unlink()
    result = run_cli("build", str(case), "--no-cache")
    assert result.returncode == 0, result.stderr
    # short: the urgency, the rule, the denial and the answer to its reason (the argument blocks)
    assert "Letter   page 1   Appeal letter" in result.stdout or "Letter   pages 1-2   Appeal letter" in result.stdout


def test_a_pointer_past_the_end_of_an_exhibit_is_reported_at_build(tmp_path, fake_office):  # not a test of conversion
    case = tmp_path / "trd"
    copy_sample(TRD, case)
    with (case / "case.yaml").open("a", encoding="utf-8") as fh:
        fh.write("payer_criteria:\n  - criterion: Two failed antidepressant trials\n    how_met: Sertraline and "
                 "venlafaxine\n    evidence: {file: clinical/progress-notes.pdf, page: 9}\n")
    result = run_cli("build", str(case))
    assert result.returncode == 0, result.stderr
    assert ("Warning: payer_criteria: clinical/progress-notes.pdf: page 9 is past the end of that exhibit, which "
            "has 2 page(s)") in result.stderr


def test_a_reviewer_reading_an_unlike_case_finds_no_claim_it_lacks_and_no_request_twice(tmp_path):
    # Medicaid, chronic pain, three reasons at once, no network record: the gap is asked about, not asserted
    text = letter(tmp_path, "ketamine-chronic-pain", **{
        "claim.plan_type": "medicaid", "claim.diagnosis_codes": ["G90.512"], "literature": [], "alternatives": [],
        "claim.denial_category": "experimental_investigational",
        "claim.denial_reason": "Investigational, given without prior authorization by a non-participating provider."})
    assert "The provider is out of network" in text and "No in-network provider within" not in text
    assert "please name it" in text
    assert text.count("please explain how to request a state fair hearing") == 1  # the request says it once
    assert "29 CFR" not in text and "42 CFR 438.406(b)(5)" in text
