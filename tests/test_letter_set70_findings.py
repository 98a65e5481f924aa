"""Process findings of letters set 70's blind reviews (tests/resources/letter-review/set70, set70-review.md and
set70-review-27a20766.md), each fixed by its kind and tested on the set's own fictional case."""
from __future__ import annotations

import re
import shutil
from datetime import date

import pytest
from test_letter_set14_findings import TODAY, case_of, draft

from appeal_kit import checks
from appeal_kit.letter import derived


def test_a_quoted_access_standard_is_applied_to_the_waitlist_and_the_search_the_rows_record(tmp_path):
    # set 70, case 08 (MISSING): Section 6.3's "within 30 days or 45 miles" quoted, never applied to the 14-week
    # waitlist or to member services' "no ERP provider within 45 miles"
    case = case_of("set70", "08")
    standard = derived.access_standard(case.data)
    assert standard and standard["miles"] == 45 and standard["days"] == 30
    assert standard["offers"].startswith("with the expertise needed")
    text, _ = draft(tmp_path, case)
    assert "Sangre Behavioral Health (FICTIONAL) had a waitlist of 14 weeks, far more than 30 days" in text
    assert "member services (FICTIONAL) reported “no ERP provider within 45 miles”" in text
    assert "knows of an in-network provider who meets that standard for this treatment, please name it" in text


def test_a_wait_or_a_search_within_the_standard_is_not_said_to_fall_outside_it():
    standard = {"miles": 45, "days": 30, "business": False}
    assert not derived.beyond_standard({"date": "2026-07-08", "outcome": "waitlist 3 weeks"}, standard)
    assert not derived.beyond_standard({"date": "2026-07-08", "outcome": "no ERP provider within 20 miles"}, standard)
    assert derived.beyond_standard({"date": "2026-07-08", "outcome": "waiting list of 3 months"}, standard)["wait"] \
        == "3 months"


def test_the_notices_later_date_of_receipt_is_answered_with_the_first_receipt(tmp_path):
    # set 70, case 01 (MISSING): "This claim was received 10/02/2026" never answered beside the clearinghouse's
    # acceptance on 07/02, day 20 of the notice's own 90
    text, _ = draft(tmp_path, case_of("set70", "01"))
    assert ("The notice gives October 2, 2026 as the date the claim was received; that is not the date it was first "
            "received, July 2, 2026, twenty days after the first date of service, June 12, 2026, within even the "
            "90 days the notice applies.") in text


def test_a_notice_date_of_receipt_no_later_than_the_first_is_not_answered(tmp_path):
    case = case_of("set70", "01", **{"claim.denial_reason": "Claims must be received within 90 days of the date of "
                                     "service. This claim was received 07/02/2026."})
    text, _ = draft(tmp_path, case)
    assert "The notice gives" not in text


SENT = {"date": date(2026, 9, 1), "stage": "reconsideration", "confirmation": "REC-26-0901-77"}
# set 64, case 05 moved back in time: a payment reconsideration sent 09/01/2026 for care of 07/21/2026
# (its typed deadline moved back with it: 65 days from the notice, 42 CFR 422.582(b))
OVERDUE = {"claim.notice_date": "2026-08-14", "claim.appeal_deadline": "2026-10-18", "claim.service_dates": ["2026-07-21"],
           "submissions": [SENT]}


def test_a_medicare_advantage_reconsideration_never_decided_asks_the_plan_to_send_the_case_file_on(tmp_path):
    # the set 68 review's "what is left", set 70 brief item 3: a payment reconsideration sent 09/01 and never decided
    # was drafted as a reconsideration asked again, "Please decide this appeal within 60 days", restarting the clock;
    # by 42 CFR 422.590(b) the plan had 60 days to pay in full or send the case file to the independent review entity
    case = case_of("set64", "05", **OVERDUE)
    assert derived.ire_overdue(case.data, TODAY) == {"sent": "2026-09-01", "due": "2026-10-31",
                                                    "confirmation": "REC-26-0901-77", "by": "2026-10-18"}
    text, _ = draft(tmp_path, case)
    assert ("The reconsideration requested on September 1, 2026 (REC-26-0901-77), made by October 18, 2026, the last "
            "day to ask for it (42 CFR 422.582(b)), was never decided. The plan had until October 31, 2026 either to "
            "decide it fully in") in text
    assert ("to the independent review entity (42 CFR 422.590(a)-(b) and 422.592(a)), and that time has run out. "
            "Please send the case file, with this letter and its exhibits, to the independent review entity now") in text
    assert "Please decide this appeal within" not in text


def test_an_expedited_or_decided_medicare_advantage_reconsideration_is_not_said_to_be_overdue():
    case = case_of("set64", "05", **OVERDUE)
    assert derived.ire_overdue({**case.data, "decisions": [{"date": "2026-10-20", "outcome": "denied"}]}, TODAY) is None
    urgent = case_of("set64", "05", **OVERDUE, **{"claim.urgent": True})
    assert derived.ire_overdue(urgent.data, TODAY) is None
    assert derived.ire_overdue(case_of("set64", "05").data, TODAY) is None


def test_check_says_the_letter_asks_for_the_case_file_to_be_sent_on(tmp_path):
    case = case_of("set64", "05", **OVERDUE)
    findings = checks._undecided_findings(case.data, TODAY)
    assert [f.level for f in findings] == ["note"]
    assert "asks it to send the case file to the independent review entity now" in findings[0].message


def test_the_signer_of_a_cms_1696_is_an_appointed_representative(tmp_path):
    # set 70, case 02 (FALSE, mild): "I write as Mr. Brzezinski-Amadi's authorized representative; the signed
    # authorization on form CMS-1696 (Appointment of Representative)"; in Medicare an authorized representative is
    # the state-law kind
    text, _ = draft(tmp_path, case_of("set70", "02"))
    # round s82: the daughter's own word from author.role is said too (letters set 96, cases 07 and 08, VOICE)
    assert "I write as Mr. Brzezinski-Amadi's daughter and appointed representative" in text
    assert "authorized representative" not in text


@pytest.mark.parametrize(("number", "field"), [("05", "eligibility.why"), ("06", "plan_policy.exclusion.why")])
def test_check_warns_of_the_third_person_in_typed_words_a_patients_letter_prints(number, field):
    # set 70, cases 05 and 06 (user text, a drafting warning asked): "after her employer coverage ended", "Her last
    # care for depression" in letters the patient writes as "I"
    findings = checks._voice_findings(case_of("set70", number))
    assert field in [f.field for f in findings]


def test_an_entitlement_denial_asks_for_medicares_record_of_the_entitlement_not_a_billing_article(tmp_path):
    # set 70, case 05 (REQUEST, mild): "including the coverage determination or billing article used to deny it" for a
    # Part B entitlement denial
    text, _ = draft(tmp_path, case_of("set70", "05"))
    assert "including Medicare's record of my entitlement and its dates used to deny it" in text
    assert "billing article" not in text


def test_deadline_says_the_plan_owes_the_case_to_the_independent_review_entity(tmp_path):
    # `deadline` agrees with the letter and `check`: the reconsideration window it prints is no new chance for the plan
    from click.testing import CliRunner

    from appeal_kit.cli import cli

    folder = tmp_path / "case"
    shutil.copytree(case_of("set64", "05").folder, folder)
    text = (folder / "case.yaml").read_text(encoding="utf-8")
    text = text.replace("notice_date: 2026-11-16", "notice_date: 2026-08-14")
    text = re.sub(r"service_dates: \[[^\]]*\]", "service_dates: [2026-07-21]", text)
    (folder / "case.yaml").write_text(text + "submissions:\n  - date: 2026-09-01\n    stage: reconsideration\n",
                                      encoding="utf-8")
    out = CliRunner().invoke(cli, ["deadline", str(folder), "--today", "2026-12-04"]).output
    assert "The appeal sent on September 1, 2026 was never decided" in out
    assert "send your case to the independent review entity (42 CFR 422.590(a)-(b) and 422.592(a))" in out
