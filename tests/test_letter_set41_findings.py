"""Set 41's findings (tests/resources/letter-review/set41-review.md: drafted at 2c330784, reviewed blind, 6 (17)):
the first kind fixed at the stop it was reviewed; the rest is the next stop's fix set."""
from __future__ import annotations


def _draft(tmp_path, number: str, **changes):
    from test_letter_set14_findings import case_of, draft

    return draft(tmp_path, case_of("set41", number, **changes))


# ---------------- 01 and 03: no criterion shown met and fewer than two failed trials: the steps are never "met"

def test_a_step_requirement_is_never_said_met_without_the_trials_or_criteria_to_show_it(tmp_path):
    for number in ("01", "03"):
        text, state = _draft(tmp_path, number)
        assert "They have been." not in text and "The step-therapy requirement has been met" not in text, number
        assert "The treatments already tried" in text, number
        assert state.by_id["all_criteria_met"].value is not True


# ---------------- 05 and 07: a therapy course is never the "one adequate failed trial" beside a drug still taken

def test_a_therapy_course_is_never_counted_as_a_failed_medication_trial(tmp_path):
    from appeal_kit.letter import arguments

    for number, course in (("05", "Occupational therapy"), ("07", "Physical therapy")):
        text, state = _draft(tmp_path, number)
        row = next(r for r in _case(number)["clinical"]["history"] if r["drug"] == course)
        assert arguments.is_therapy_course(row) and arguments.therapy_course_not_failed(row)
        assert not arguments.counted_trials([row])["all"], number
        assert "failed one adequate" not in text and "adequate treatment trial" not in text, number
        assert state.by_id["trials_failed"].value is not True, number
    # a drug trial in the same history still counts: the rule reaches the therapy course alone
    drug = {"drug": "Gabapentin", "dose": "900 mg daily", "start": "2025-01", "end": "2025-04", "kind": "other",
            "response": "none"}
    assert arguments.counted_trials([drug, row])["all"] == [drug]
    # a course completed without any benefit is a failed trial of its own kind, never a medication trial
    failed = {**row, "response": "none", "outcome": "No improvement"}
    counted = arguments.counted_trials([drug, failed])
    assert counted["all"] == [drug, failed] and counted["medication"] == []


# ---------------- 03: the drug asked for is taken every day: no "goes without effective treatment", and ideation
# recorded at the admission before it began is history; the harms the case holds (cost, relapse on a switch) are said

def test_a_treatment_still_taken_is_never_said_to_be_going_without_and_old_ideation_is_history(tmp_path):
    text, state = _draft(tmp_path, "03")
    assert state.by_id["treatment_taken_now"].value is True
    assert state.by_id["taken_now_improving"].value is True
    assert state.by_id["suicidal_ideation_current"].value is False
    assert state.by_id["suicidal_ideation_past"].value is True
    assert "goes without effective treatment" not in text and "every month carries a real risk" not in text
    assert "The records document passive suicidal ideation on September 12, 2026." in text
    assert ("Mr. Kwarteng-Moss has taken lurasidone 80 mg daily with the evening meal since September 15, 2026"
            in text and "and still takes it" in text)
    assert "$172.80 has been paid for it out of pocket" in text
    assert "would risk a relapse" in text
    # with no response recorded on it, no relapse is argued; with no row of it still taken, none of it is said
    history = _case("03")["clinical"]["history"]
    rows = [{**history[0], "response": None}, *history[1:]]
    text, state = _draft(tmp_path, "03", **{"clinical.history": rows})
    assert state.by_id["taken_now_improving"].value is False and "would risk a relapse" not in text
    rows = [{**history[0], "ongoing": False, "end": "2026-10-01"}, *history[1:]]
    text, state = _draft(tmp_path, "03", **{"clinical.history": rows})
    assert state.by_id["treatment_taken_now"].value is None and "and still takes it" not in text
    # another form of the drug still taken is not the one asked for (02: immediate-release pregabalin, while the
    # extended-release form is asked for): no switch is argued against
    text, state = _draft(tmp_path, "02")
    assert state.by_id["treatment_taken_now"].value is None and "would risk a relapse" not in text


# ---------------- 05: the policy version in force on the dates of service leads, as the tool's own point

IN_FORCE = {"name": "the 2025 version of MP-KET-22", "from": "2025-01-01", "through": "2026-06-30",
            "applied_from": "2026-07-01", "rule": "Summary Plan Description, Section 7.2",
            "quote": "Medical policies are applied as they read on the date the service was provided.",
            "file": "other/spd-section-7-2-and-mp-ket-22-version-2025.txt"}


def test_the_policy_version_in_force_on_the_dates_of_service_is_the_letters_own_first_point(tmp_path):
    text, state = _draft(tmp_path, "05", **{"plan_policy.in_force": IN_FORCE})
    assert state.by_id["earlier_version_governs"].value is True
    short = text.split("In short:", 1)[1].split("The criteria of", 1)[0]
    assert short.index("the 2025 version of MP-KET-22 was in force") < short.index("not experimental")
    assert "before the version the denial applied took effect on July 1, 2026" in short
    assert "The policy version in force on the dates of service" in text
    assert ("Every date of service (May 18, 19, 20, 21 and 22, 2026) came before that day, while the 2025 version of "
            "MP-KET-22 was in force (January 1, 2025 through June 30, 2026)") in text
    assert "that version decides this claim, not the later one" in text and "Please decide the claim under it" in text
    assert "The criteria of the 2025 version of MP-KET-22, how each is met" in text
    # the plan's terms holding the clause are quoted once, with the point, never followed by the evidence standard
    assert text.count("Medical policies are applied as they read on the date the service was provided") == 1
    assert "(Exhibit G). The evidence set out in this letter meets that standard" not in text
    # the version section comes before the answer to the denial's own ground
    assert text.index("The policy version in force on the dates of service") < text.index(
        "Not experimental or investigational")
    # a date of service after the version ended: never said
    text, state = _draft(tmp_path, "05", **{"plan_policy.in_force": {**IN_FORCE, "through": "2026-05-20"}})
    assert state.by_id["earlier_version_governs"].value is False
    assert "The policy version in force on the dates of service" not in text


def test_the_evidence_standard_is_never_said_after_the_users_sentence_on_other_terms(tmp_path):
    text, _ = _draft(tmp_path, "05")
    assert "The evidence set out in this letter meets that standard" in text
    assert "(Exhibit G). The evidence set out in this letter meets that standard" not in text
    assert text.index("meets that standard") < text.index("Summary Plan Description, Section 7.2")


# ---------------- 03 and 08: no state step-therapy law in a Medicaid letter

def test_a_medicaid_letter_never_points_to_state_step_therapy_laws(tmp_path):
    for number in ("03", "08"):
        text, _ = _draft(tmp_path, number)
        assert "Many states also require" not in text, number


# ---------------- 07: what was paid is asked back less the member's cost sharing, never in full

def test_what_was_paid_is_asked_back_less_the_cost_sharing(tmp_path):
    text, state = _draft(tmp_path, "07")
    assert state.by_id["member_paid"].value is True
    # its share: the allowed amount less the cost sharing, never the amount paid (set 43's review, 01, 05 and 07)
    assert "to reimburse its share of the $1,180.00 paid for it" in text
    assert "the plan’s allowed amount for the care, less the cost sharing its terms set" in text


# ---------------- 01: a lookback counted from the request: check asks for the request's date, which the letter uses

def test_check_asks_for_the_request_date_a_step_lookback_counts_from(tmp_path):
    import shutil

    from test_letter_set14_findings import SETS

    from appeal_kit.checks import check_case

    folder = next(p for p in (SETS / "set41").iterdir() if p.is_dir() and p.name.startswith("01-"))
    assert "prior_auth.requested_on" in [f.field for f in check_case(folder).findings]
    copy = tmp_path / folder.name
    shutil.copytree(folder, copy)
    case_yaml = copy / "case.yaml"
    assert "prior_auth:" not in case_yaml.read_text(encoding="utf-8")
    case_yaml.write_text(case_yaml.read_text(encoding="utf-8") + "prior_auth:\n  requested_on: 2026-10-28\n",
                         encoding="utf-8")
    assert "prior_auth.requested_on" not in [f.field for f in check_case(copy).findings]
    text, state = _draft(tmp_path, "01", **{"prior_auth.requested_on": "2026-10-28"})
    assert "within the 365 days before October 28, 2026" in text
    assert "within the 365 days before November 10, 2026" not in text


def _case(number: str) -> dict:
    from test_letter_set14_findings import case_of

    return case_of("set41", number).data
