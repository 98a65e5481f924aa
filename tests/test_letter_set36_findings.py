"""Set 36's not-mild findings (tests/resources/letter-review/set36-review.md: drafted at 0951e932, reviewed blind,
3 (21)), each fix tested on its structure; the rest is the next stop's fix set."""
from __future__ import annotations


def _draft(tmp_path, number: str, **changes):
    from test_letter_set14_findings import case_of, draft

    return draft(tmp_path, case_of("set36", number, **changes))


# ---------------- 08: a drug still taken on a partial response is counted, never left out of the opening's count

def test_the_opening_says_every_adequate_trial_without_an_adequate_response(tmp_path):
    text, state = _draft(tmp_path, "08")
    assert "augmentation_counted" in {fact_id for fact_id, _ in state.asserted}
    assert "three adequate medication trials have not brought Ms. Okonkwo-Hart an adequate response" in text
    assert "which counts augmentation as a trial, Ms. Okonkwo-Hart has failed two" not in text


# ---------------- 07: the plan's terms that require other criteria are never called the criterion the denial applies

def test_terms_requiring_other_criteria_are_not_the_denials_criterion(tmp_path):
    text, state = _draft(tmp_path, "07")
    assert state.by_id["criteria_required"].value is True
    assert "criterion the denial applies" not in text


# ---------------- 03: a Medicaid notice that ended authorized care 3 days ahead, where 10 are required

def test_a_cut_on_short_notice_is_said_with_the_advance_notice_rule(tmp_path):
    """The IOP was ended on 12/03/2026 by a notice of 11/30/2026: the letter says so with 42 CFR 431.211 (through
    438.404(c)(1)), says the appeal is filed within the 10 days that keep the care going, and asks that the care stay
    authorized, never that a claim be paid."""
    text, state = _draft(tmp_path, "03", **{"claim.action_date": "2026-12-03"})
    assert state.by_id["advance_notice_short"].value is True
    assert "advance_notice_short" in {fact_id for fact_id, _ in state.asserted}
    assert "three days after the notice of November 30, 2026" in text
    assert "(42 CFR 438.404(c)(1), applying 42 CFR 431.211)" in text
    assert "within 10 days of the notice, and I ask that this care continue" in text
    assert "Appeal of the decision to end authorized care" in text
    assert "pay the claim" not in text and "denied claim" not in text


def test_notice_given_ten_days_ahead_or_outside_medicaid_says_nothing_of_advance_notice(tmp_path):
    text, state = _draft(tmp_path, "03", **{"claim.action_date": "2026-12-10"})
    assert state.by_id["advance_notice_short"].value is False
    assert "431.211" not in text
    employer = {"claim.action_date": "2026-12-03", "claim.plan_type": "employer_erisa", "claim.delivery": None}
    text, state = _draft(tmp_path, "03", **employer)
    assert "431.211" not in text and "438.420" not in text


def test_check_asks_for_the_day_a_medicaid_cut_takes_effect(tmp_path):
    from test_letter_set14_findings import SETS

    from appeal_kit.checks import check_case

    folder = next(p for p in (SETS / "set36").iterdir() if p.is_dir() and p.name.startswith("03-"))
    assert "claim.action_date" in [f.field for f in check_case(folder).findings]


# ---------------- 03 and 07: a program named as "the prescribing clinician" in the peer-to-peer request

def test_a_program_is_reached_through_its_clinicians_never_called_one(tmp_path):
    from appeal_kit.letter import derived

    text, _ = _draft(tmp_path, "07")
    assert "the prescribing clinician, Puget Sound DBT Center" not in text
    assert "treating clinicians at Puget Sound DBT Center, at (253) 555-0165" in text
    person = derived.prescriber({"provider": {"name": "Ridgeview Neuromodulation Clinic - Dr. Imogen Sallowe-Barte",
                                              "phone": "(555) 555-0100", "credentials": "MD"}}, None)
    assert person and person["organization"] is False and person["credentials"] == "MD"


def test_fee_for_service_care_cut_on_a_late_notice_is_asked_back_under_the_reinstatement_rule(tmp_path):
    """Letters set 59, case 08's writer: fee-for-service Medicaid ended TMS three days after its notice and the hearing
    is asked for after that day, so 'before the change takes effect' (431.230(a)) cannot be met; asked for within 10
    days of receiving the late notice (5 days after its date), the agency must reinstate the service (431.231(c))."""
    ffs = {"claim.delivery": "fee_for_service", "claim.action_date": "2026-12-03"}
    text, state = _draft(tmp_path, "03", **ffs)  # notice 11/30, letter 12/04
    assert state.by_id["advance_notice_short"].value is True
    assert "ask that this care be reinstated and continue as authorized" in text
    assert "(42 CFR 431.231(c))" in text and "431.230(a)" not in text
    # later than 10 days after the notice was received: no window is claimed, and nothing is reinstated
    text, _ = _draft(tmp_path, "03", **{**ffs, "claim.notice_date": "2026-11-10", "claim.action_date": "2026-11-13"})
    assert "431.231" not in text and "reinstated" not in text and "is filed on" not in text
