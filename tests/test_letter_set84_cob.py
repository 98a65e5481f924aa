"""Findings of letters sets 84 and 82's blind reviews (tests/resources/letter-review/set84-review.md at eb010e4d,
set82-review.md at b4aa4624) about other coverage, coding and exclusions, fixed by kind (round s79-cob)."""
from __future__ import annotations

from pathlib import Path

from test_letter_set14_findings import case_of, draft

OHI_EOB = {"date": "2026-10-30", "paid": 0, "file": "other/ohi-eob-2026-10-30.txt",
           "quote": "Excluded benefit. Partial hospitalization programs are not a covered benefit under this plan "
                    "(Certificate Section 7.4(m)). This is not a denial for missing information."}


def test_tricare_never_says_the_other_health_insurance_was_wrongly_put_first(tmp_path: Path):
    # set 84, case 05 (FALSE, UNSUPPORTED mild): under TRICARE the other health insurance pays first, so "yet the claim
    # was processed as if <OHI> paid first" called a correct step an error; and the OHI's EOB of 10/30 was cited for
    # the family's report of 08/10
    text, found = draft(tmp_path, case_of("set84", "05"))
    assert "processed as if" not in text
    assert "on August 10, 2026 (Exhibit E)." in text
    assert found["other_coverage_processed"].value is None and found["other_coverage_processed"].about
    # no order-of-benefits rule the plan quotes makes TRICARE the first payer
    subscriber = case_of("set84", "05", **{"plan_policy.quote": "The plan covering the person as an employee, member "
                                           "or subscriber pays before the plan covering the person as a dependent.",
                                           "other_coverage.member_is": "dependent",
                                           "other_coverage.covered_here_as": "subscriber"})
    text, found = draft(tmp_path, subscriber)
    assert not found["this_plan_primary"].value and "processed as if" not in text
    # the same report under a plan the subscriber rule puts first is still said to have been ignored
    employer = case_of("set84", "05", **{"claim.plan_type": "employer_erisa", "plan_policy.quote": "The plan covering "
                                         "the person as an employee, member or subscriber pays before the plan covering "
                                         "the person as a dependent.", "other_coverage.member_is": "dependent",
                                         "other_coverage.covered_here_as": "subscriber"})
    text, found = draft(tmp_path, employer)
    assert found["this_plan_primary"].value and "processed as if Granite Peak Outfitters Employee HMO paid first" in text


def test_the_other_plans_eob_is_said_and_the_claim_asked_to_be_processed_second_on_it(tmp_path: Path):
    # set 84, case 05 (MISSING): the letter never said what the OHI's EOB says (paid $0, the care excluded), the whole
    # answer to a "submit the OHI EOB" denial, nor asked TRICARE to process the claim as secondary on it
    text, found = draft(tmp_path, case_of("set84", "05", **{"other_coverage.processed": OHI_EOB}))
    assert found["other_coverage_processed"].value
    assert ("Granite Peak Outfitters Employee HMO has processed this claim: its explanation of benefits of October 30, "
            "2026 (Exhibit D) paid $0.00 and reads: “Excluded benefit. Partial hospitalization programs are not a "
            "covered benefit") in text
    assert ("I ask the plan to process the claim as the secondary payer on that explanation of benefits, under "
            "AUTH-26-0731-5520.") in text
    assert "Please show the record on which" not in text and "processed as if" not in text
    assert "has processed the claim and paid $0.00 (Exhibit D), so the plan can process it as the secondary" in text


DECREE = {"name": "the Judgment of Divorce of the Washtenaw County Circuit Court", "date": "2024-05-17",
          "quote": "the mother shall provide health care coverage for the minor child through her employer's group "
                   "health plan for as long as it is available, and shall be responsible for the child's health care "
                   "coverage.", "parent": "here", "sent": "2026-11-12", "file": "other/divorce-decree-excerpt.txt"}


def test_a_quoted_court_decree_rule_is_applied_to_the_decree_with_its_record(tmp_path: Path):
    # set 84, case 01 (MISSING): SPD 11.3(a) was quoted ("If a court decree states that one of the parents is
    # responsible ... that plan is primary") but the decree itself, making the mother responsible, was never stated
    text, found = draft(tmp_path, case_of("set84", "01"))
    assert found["decree_rule_primary"].value is None and "other_coverage.decree" in found["decree_rule_primary"].about
    text, found = draft(tmp_path, case_of("set84", "01", **{"other_coverage.decree": DECREE}))
    assert found["decree_rule_primary"].value
    assert not found["other_coverage_ended"].about  # the decree decides: no end date is asked for
    assert ("A court decree, the Judgment of Divorce of the Washtenaw County Circuit Court entered on May 17, 2024, "
            "makes the parent through whom the plan covers Theo responsible for Theo's health care coverage: “the "
            "mother shall provide") in text
    assert "health care coverage” (Exhibit C). A copy of it was sent to the plan on November 12, 2026" in text
    assert "I ask the plan to correct its coordination-of-benefits record, and to reprocess the claim as the primary " \
           "payer." in text and "Please show the record on which" not in text
    # a decree that makes the other parent responsible puts this plan first nowhere
    text, found = draft(tmp_path, case_of("set84", "01", **{"other_coverage.decree": {**DECREE, "parent": "other"}}))
    assert found["decree_rule_primary"].value is False and "court decree, the Judgment" not in text


TIMES = {"file": "clinical/session-times-2026.txt",
         "sessions": [{"date": f"2026-{day}", "minutes": minutes} for day, minutes in
                      (("06-02", 55), ("06-09", 58), ("06-16", 56), ("06-23", 60), ("06-30", 53), ("07-07", 57))]}


def test_a_denial_of_the_time_billed_is_answered_with_the_minutes_recorded(tmp_path: Path):
    # set 84, case 07 (MISSING): CO-150 on 90837 ("documentation does not support 60 minutes") answered with "the
    # claim is correctly coded" and never the session-times record (53 to 60 minutes on the six dates)
    text, found = draft(tmp_path, case_of("set84", "07"))
    assert found["session_times_recorded"].value is None and "claim.session_times" in found[
        "session_times_recorded"].about
    text, found = draft(tmp_path, case_of("set84", "07", **{"claim.session_times": TIMES}))
    assert ("The record of the session times (Exhibit C) shows how long each session lasted: 55 minutes on June 2, "
            "2026, 58 minutes on June 9, 2026") in text and "57 minutes on July 7, 2026." in text
    assert "Each session lasted 53 minutes or more, and under CPT's rule for timed codes 90837 is reported for " \
           "psychotherapy of 53 minutes or more, so the documentation supports the code billed." in text
    # a session short of the code's time is said as recorded, and the code is never said to be supported
    short = {**TIMES, "sessions": [*TIMES["sessions"][:-1], {"date": "2026-07-07", "minutes": 50}]}
    text, found = draft(tmp_path, case_of("set84", "07", **{"claim.session_times": short}))
    assert found["session_times_support_code"].value is False
    assert "50 minutes on July 7, 2026." in text and "supports the code billed" not in text


def test_quoted_terms_that_grant_coverage_are_never_called_an_exclusion(tmp_path: Path):
    # set 82, case 05 (FALSE): an FEHB brochure's Section 5(e) grant ("Professional services, including individual
    # psychotherapy, by ... licensed professional counselors"), under a benefits heading, was headed "The exclusion, and
    # the routes to coverage that remain" and conceded ("this appeal does not dispute what it says")
    from appeal_kit.letter import derived

    case = case_of("set82", "05")
    assert derived.quote_grants(case.data) and derived.quote_is_listing(case.data)
    text, _found = draft(tmp_path, case)
    assert "exclusion" not in text.lower() and "does not dispute" not in text
    assert ("What the plan's terms cover The plan's own terms, in Front Range Federal Health Plan 2026 Brochure, "
            "Section 5(e) (Mental health and substance use disorder benefits), read (Exhibit C): “Professional "
            "services, including individual psychotherapy") in text
    assert "acting within the scope of their license.” Please pay the claim under them." in text
    # words that take coverage away, in the quote or its heading, are an exclusion still
    for changes in ({"plan_policy.quote": "We do not cover services by counselors."},
                    {"plan_policy.name": "Brochure, Section 6 (Exclusions)"},
                    {"plan_policy.quote": "Professional services are covered only when given by a psychiatrist."},
                    {"plan_policy.quote": "Covered drugs include drugs that usually are not self-administered."}):
        assert not derived.quote_grants(case_of("set82", "05", **changes).data)


def test_a_case_that_needed_no_authorization_is_asked_no_request_date(tmp_path: Path):
    # a writer's note (round s79): set 82, case 03's plan document needs no precertification for TMS
    # (prior_auth.required: false), and check still asked when the provider asked for authorization
    _text, found = draft(tmp_path, case_of("set82", "03"))
    assert found["pa_requested"].value is None and not found["pa_requested"].about
    _text, found = draft(tmp_path, case_of("set82", "03", **{"prior_auth.required": True}))
    assert found["pa_requested"].about
