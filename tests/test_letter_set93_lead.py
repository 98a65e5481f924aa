"""Findings of letters set 93's blind review at f2fee163 (tests/resources/letter-review/set93-review.md), fixed by
the lead."""
from __future__ import annotations

import shutil
from datetime import date

from test_letter_set14_findings import case_of

from appeal_kit.checks import check_case

TODAY = date(2026, 12, 7)


def _summary_warnings(case) -> list[str]:
    return [f.message for f in check_case(case.folder, today=TODAY).findings if f.field == "treatment.summary"
            and "adequate medication trials" in f.message]


def test_a_summary_counting_a_drug_still_taken_on_a_partial_response_agrees_with_the_letter():
    # 05 (the reviewer's note: a false alarm): "two adequate antidepressant trials", mirtazapine failed and
    # desvenlafaxine still taken on a partial response, which the letter counts among the trials "without an adequate
    # response"; check said the history gives 1 and asked the user to make them agree
    assert _summary_warnings(case_of("set93", "05")) == []


def test_a_summary_counting_more_than_either_reading_is_still_warned_of(tmp_path):
    # off shape: three counted where the history gives one failed and one still taken
    case = case_of("set93", "05")
    folder = tmp_path / "case"
    shutil.copytree(case.folder, folder)
    yaml = folder / "case.yaml"
    text = yaml.read_text(encoding="utf-8")
    assert "two adequate antidepressant trials" in text
    yaml.write_text(text.replace("two adequate antidepressant trials", "three adequate antidepressant trials"),
                    encoding="utf-8")
    warned = [m for m in check_case(folder, today=TODAY).findings if m.field == "treatment.summary"
              and "adequate medication trials" in m.message]
    assert len(warned) == 1 and warned[0].message.startswith("says 3 adequate medication trials, but clinical.history "
                                                             "gives 1")


def test_the_expedited_letter_points_to_its_list_never_to_table_rows(tmp_path):
    # 06 (CONTRADICTION, mild): "as the treatment history above shows in its row for Electroconvulsive therapy (2018
    # episode)" in the expedited letter, which lists the treatments in a sentence and prints no table
    from test_letter_set14_findings import draft

    text, _ = draft(tmp_path, case_of("set93", "06"))
    assert "Mr. Ashcombe-Nakamura has had this treatment before, and it worked, as the list of treatments tried above " \
           "shows for Electroconvulsive therapy (2018 episode)." in text
    assert "in its row for" not in text
    # off shape: the same case in the standard letter, which prints the table, points to its row
    text, _ = draft(tmp_path, case_of("set93", "06", template="medical-necessity"))
    assert "as the treatment history above shows in its row for Electroconvulsive therapy (2018 episode)." in text
