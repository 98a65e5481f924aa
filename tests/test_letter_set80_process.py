"""Process findings of letters set 80's blind review at a5cd194b (tests/resources/letter-review/set80-review.md),
each fixed by its kind and tested on the set's own fictional case and on other shapes: a reprint of the plan's own
notice is never a record its reviewer lacked, and a safe date is never called the deadline."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import docx_text
from test_letter_set14_findings import case_of

from appeal_kit.case.folder import Case
from appeal_kit.letter import derived, render

TODAY = date(2026, 12, 7)  # the day the set was drafted and reviewed


def draft(tmp_path: Path, case: Case) -> str:
    """The letter's text, whitespace folded, drafted on the set's day from the template `draft` picks."""
    info, _why = render.template_for_case(case)
    out = render.render_letter(case, info, tmp_path / f"{info.name}.docx", today=TODAY, clinic=None)
    return " ".join(docx_text(out).split())


def test_a_duplicate_of_the_plans_notice_is_never_offered_as_a_record_its_reviewer_never_had(tmp_path):
    # set 80, case 03 (FALSE): a duplicate MSN printed 10/26/2026 ("This is a copy of the notice dated 08/20/2026 for
    # claim 2226233044819. It is not a new decision.") was offered as "a record dated after the decision, which its
    # reviewer never had", to be weighed in this decision
    text = draft(tmp_path, case_of("set80", "03"))
    assert "Records the reviewer did not have" not in text
    assert "A record dated after the decision" not in text
    assert "Duplicate MSN" not in text
    assert "Criterion 3, which the decision found unmet, is met" in text
    # the same paper naming another claim is no copy of this notice: it is weighed as a later record, as before
    text = draft(tmp_path, case_of("set80", "03", **{"claim.number": "2226233099999"}))
    assert "A record dated after the decision, which its reviewer never had, is enclosed" in text


def test_a_reprint_is_known_by_its_own_words_and_the_claim_it_names(tmp_path):
    claim = "EOB-77-1042"

    def copies(file: str, text: str) -> list[str]:
        folder = tmp_path / file.replace("/", "_")
        (folder / Path(file).parent).mkdir(parents=True)
        (folder / file).write_text(text)
        return derived.notice_copies({"claim": {"number": claim}, "record_dates": [{"file": file,
                                                                                     "date": "2026-11-02"}]}, folder)

    # a reprinted EOB that says so and names the claim
    assert copies("other/eob-reprint.txt", f"EXPLANATION OF BENEFITS - DUPLICATE COPY\nClaim {claim}\n") \
        == ["other/eob-reprint.txt"]
    assert copies("other/notice.txt", f"This is a reprint of our letter of 09/01 on claim {claim}.") \
        == ["other/notice.txt"]
    # a copy of another claim's notice, a clinic's letter enclosing a copy of the notice, a longer number that only
    # begins with the claim's, and a clinical record are not reprints of this notice
    assert copies("other/other-claim.txt", "DUPLICATE COPY. Claim EOB-77-1043.") == []
    assert copies("other/clinic.txt", f"Re: claim {claim}. I enclose a copy of the notice and my evaluation.") == []
    assert copies("other/longer.txt", f"DUPLICATE COPY. Claim {claim}5.") == []
    assert copies("clinical/note.txt", f"This is a copy of the notice for claim {claim}, kept in the chart.") == []
    # no claim number: nothing can be known to be this claim's notice
    assert derived.notice_copies({"record_dates": [{"file": "other/eob-reprint.txt"}]}, tmp_path) == []


def test_a_safe_date_is_never_called_the_deadline(tmp_path):
    # set 80, case 03 (FALSE, mild): "This appeal is made by December 18, 2026, the deadline for appealing it", where
    # 12/18 is counted from the MSN's date and the rule's 120 days run from receipt presumed 5 days later (12/23,
    # 42 CFR 405.942(a)); the letter says the appeal is within the time allowed, and by which day
    text = draft(tmp_path, case_of("set80", "03"))
    assert "This appeal is made by December 18, 2026, within the time allowed for appealing it." in text
    assert "the deadline for appealing it" not in text


def test_an_exclusion_answered_by_epsdt_sets_out_the_trials_the_case_holds(tmp_path):
    # set 80, case 04 (MISSING): a fair hearing on a TMS exclusion for members under 21, resting on EPSDT (the care
    # necessary to correct or ameliorate the condition, 42 U.S.C. 1396d(r)(5)), said "the records enclosed show that it
    # is" and set out none of the three antidepressant trials the case holds
    text = draft(tmp_path, case_of("set80", "04"))
    assert "The condition and the treatment already tried" in text
    assert "Each treatment tried, with its dose, dates and outcome" in text
    for row in ("fluoxetine 40 mg daily 9/2024 12/2024 No response", "sertraline 150 mg daily 2/2025 5/2025 Partial "
                "response", "bupropion XL 300 mg daily 8/2025 11/2025 No response"):
        assert row in text  # the history table (docx_text puts the tables last)
    # the decision did not review necessity: the letter's own six-week count has no source there (count_left_out)
    assert "adequate antidepressant trials" not in text
    assert "Coverage for a Medicaid member under 21 (EPSDT)" in text
    # at 21 EPSDT no longer reaches her: the exclusion's words decide, and no trial is set out under them
    text = draft(tmp_path, case_of("set80", "04", **{"patient.date_of_birth": "2004-05-03"}))
    assert "(EPSDT)" not in text
    assert "bupropion XL" not in text


def test_service_dates_the_treatments_name_gives_in_words_are_not_said_again_after_it(tmp_path):
    # set 80, cases 05 and 06 (REPETITION, mild): "for intensive outpatient program (16 program days, June 1 through
    # June 26, 2026) provided from June 1, 2026 through June 26, 2026"
    text = draft(tmp_path, case_of("set80", "06"))
    assert ("for a 30-session course of transcranial magnetic stimulation (May 4 through June 12, 2026). This request "
            "is made within four months") in text
    assert "provided from May 4, 2026" not in text
    # a name that gives only the first day, or the days in another year, says none of them: the dates follow it
    for name in ("TMS course (from May 4, 2026)", "TMS course (May 4 through June 12, 2025)"):
        text = draft(tmp_path, case_of("set80", "06", **{"treatment.name": name}))
        assert f"for {name} provided from May 4, 2026 through June 12, 2026 (30 sessions)." in text


def test_a_hearing_is_asked_to_decide_the_necessity_the_plans_notice_says_it_never_reviewed(tmp_path):
    # set 80, case 04 (MISSING): the notice of resolution says "Medical necessity was not reviewed." (its text, not the
    # reason case.yaml quotes); the hearing letter never said so, and the paragraph that asks the plan to review it is
    # not for a next level
    text = draft(tmp_path, case_of("set80", "04"))
    assert ("What the decision did not review The decision says that medical necessity was not reviewed, so no one "
            "has yet decided it. I ask you to decide it on the records enclosed.") in text
    # a notice that is not the decision appealed's (dated another day) is not read for it
    rows = [{"file": "denial/notice-of-resolution-2026-11-16.txt", "date": "2026-11-15"},
            {"file": "clinical/psychiatry-evaluation-2026-11-24.txt", "date": "2026-11-24"}]
    text = draft(tmp_path, case_of("set80", "04", record_dates=rows))
    assert "medical necessity was not reviewed" not in text


def test_a_hearing_letter_asks_the_hearing_officer_to_direct_the_plan_never_the_plan_itself(tmp_path):
    # set 80, case 04 (REQUEST, mild): "It asks the plan to cover the treatment by the routes that remain" in a letter
    # to the State Medicaid Fair Hearings Office
    text = draft(tmp_path, case_of("set80", "04"))
    assert "It asks you to direct the plan to cover the treatment by the routes that remain, set out below." in text
    assert "It asks the plan to cover" not in text
