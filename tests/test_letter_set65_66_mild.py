"""Mild findings of letters sets 65 and 66's blind reviews (drafted at 040f149e; tests/resources/letter-review/set65,
set66 and their reviews), fixed by kind and tested on the sets' own fictional cases: what the letter says and what it
no longer says."""
from __future__ import annotations

import re

from test_letter_set14_findings import case_of, draft
from test_letter_set67_findings import count_printed

from appeal_kit.letter import arguments, derived


def test_a_drug_still_taken_counted_without_an_adequate_response_is_never_said_uncounted(tmp_path):
    # set 65, cases 01 and 08 (CONTRADICTION): "failed two", "which makes three ... without an adequate response",
    # then "A drug still being taken is not counted as failed" beside a rule that counts a partial response as failed
    for number in ("01", "08"):
        text, _ = draft(tmp_path / number, count_printed(case_of("set65", number)))
        # the count of both said, the paragraph leading with it (letters set 99, case 07)
        assert re.search(r"has had three adequate antidepressant trials \([^()]+\) without an adequate response\. "
                         r"\w+( XL)?, still being taken, has brought only a partial response\.", text), number
        assert "not counted as failed" not in text, number
        # the drug still taken is in the count the paragraph leads with, and the rule says what those trials were
        # (letters set 99, case 07: "never counted among the failed trials" conceded the denial's count)
        assert arguments.TRIALS_SENTENCE in text and arguments.STILL_SENTENCE not in text, number
    assert "never counted among the failed trials" in arguments.STILL_SENTENCE


def test_the_notices_words_quoted_at_the_opening_are_referred_to_in_their_correction(tmp_path):
    # set 65, cases 01, 02, 04 and 07 (REPETITION): the notice's sentence printed three times, in the opening quote,
    # summary item 1 and "What the notice gets wrong"
    said = {"01": "Venlafaxine was stopped after 2 weeks due to intolerance and does not count as an adequate trial",
            "02": "The records do not show an adequate trial of an augmenting agent",
            "04": "Gabapentin was tried at 300 mg, a subtherapeutic dose",
            "07": "The records show active alcohol use disorder"}
    for number, words in said.items():
        case = case_of("set65", number)
        assert all(c["quoted"] for c in derived.decision_corrections(case.data)), number
        text, _ = draft(tmp_path / number, case)
        assert text.count(words) == 2, number  # the opening's quote and the summary's line
        assert "As to the notice’s words quoted above" in text, number
    # several are told apart by their first words, the first named as the notice's and the others after it
    text, _ = draft(tmp_path / "04b", case_of("set65", "04"))
    assert "As to the notice’s words quoted above, “Gabapentin was tried ...”, the record shows" in text
    assert "As to “The member continues ...”, the record shows otherwise" in text
    assert text.count("Gabapentin was tried at 300 mg") == 2
    # words the opening does not quote (a first notice's, beside a later decision) are still quoted where corrected
    case = case_of("set65", "01", decisions=[{"date": "2026-11-20", "outcome": "denied", "stage": "first-level appeal",
                                              "opens": "second level", "reason": "The denial is upheld."}])
    assert not any(c["quoted"] for c in derived.decision_corrections(case.data))


def test_a_treatment_still_taken_is_never_one_had_before(tmp_path):
    # set 66, case 03 (FALSE): weekly esketamine taken since January 2026 said "has had this treatment before, and it
    # worked" beside "has taken ... since January 2026 ... and still takes it"
    text, _ = draft(tmp_path, case_of("set66", "03"))
    assert "had this treatment before" not in text and "The same treatment worked before" not in text
    assert "since January 2026 (Exhibit B, p. 1) and still takes it" in text
    # a course that ended is still one had before (set 65, case 05: ECT in 2022)
    text, _ = draft(tmp_path / "05", case_of("set65", "05"))
    assert "has had this treatment before, and it worked" in text


def test_terms_not_about_authorization_are_never_headed_so(tmp_path):
    # set 66, case 05 (FALSE): the brochure's disputed-claims section, quoted for OPM's 90 days, headed "The plan's
    # terms on authorization" and applied to what the member owes
    case = case_of("set66", "05")
    assert not derived.quote_on_authorization(case.data)
    text, _ = draft(tmp_path, case)
    assert "on authorization" not in text and "what, if anything, I owe" not in text
    assert "The plan's own terms, in Piedmont Federal Benefit Plan 2026 Brochure, Section 8" in text
    words = "Services need precertification; call us before admission."
    assert derived.quote_on_authorization(case_of("set66", "05", **{"plan_policy.quote": words}).data)


def test_fee_for_service_medicaid_is_no_plan_that_never_decided(tmp_path):
    # set 66, case 01 (FALSE): "The plan never decided the authorization request" and "A plan that is asked ..." at a
    # fee-for-service fair hearing, where the state agency holds the request
    text, _ = draft(tmp_path, case_of("set66", "01"))
    assert "The agency never decided the authorization request" in text
    assert "A state agency that is asked to authorize a service in advance" in text
    assert not re.search(r"\b[Tt]he plan\b|\bA plan\b", text)
    # and (REPETITION) the care still to come joins the services given in one request
    assert text.count("now, on its merits") == 1
    assert "and for the care still to come, and to pay the claim" in text


def test_a_course_the_name_counts_is_never_all_provided_on_fewer_dates(tmp_path):
    # set 66, case 01 (CONTRADICTION): "36 sessions (90868) provided from October 12, 2026 through November 13, 2026
    # (24 sessions)"
    text, _ = draft(tmp_path, case_of("set66", "01"))
    assert ("36 sessions (90868), of which 24 sessions were provided from October 12, 2026 through November 13, 2026."
            in text)
    assert "36 sessions (90868) provided" not in text
    dates = {"phrase": "provided from May 1, 2026 through May 30, 2026 (24 sessions)", "course": True, "sessions": 24}
    assert derived.dates_after_name(dates, "TMS, 24 sessions") == "provided from May 1, 2026 through May 30, 2026"
    assert derived.dates_after_name(dates, "TMS") == dates["phrase"]


def test_medicare_first_to_a_small_employer_plan_in_the_patients_own_voice(tmp_path):
    # set 66, case 04 (VOICE and FALSE): "through a spouse's current employment", "Medicare, as my Medicare plan, pays
    # first", and the rule said as if it were all Medicare's secondary-payer law
    text, _ = draft(tmp_path, case_of("set66", "04"))
    assert "through my spouse’s current employment" in text and "a spouse’s" not in text
    assert "so Medicare pays first" in text and "as my Medicare plan" not in text
    assert "For a beneficiary aged 65 or older, Medicare pays after a group health plan only" in text


def test_a_drug_kept_for_another_illness_is_never_an_unjudged_depression_trial(tmp_path):
    # set 65, case 07 (UNSUPPORTED): naltrexone, relapse prevention for alcohol use disorder in remission, "not counted
    # ... because the record does not say it failed as a trial of treatment for this condition"
    text, _ = draft(tmp_path, count_printed(case_of("set65", "07")))
    assert "Naltrexone, because it was given for another purpose, not as a trial of treatment for this condition" in text
    assert "Naltrexone, because the record does not say it failed" not in text
    # a row that says it was not for that purpose is not read as one
    row = {"drug": "Naltrexone", "kind": "other", "outcome": "Given for depression, not for alcohol use disorder"}
    assert "another purpose" not in arguments._why_not_counted(row)


def test_the_rule_for_a_failed_course_is_never_said_beside_a_course_that_worked(tmp_path):
    # set 65, case 05 (CONTRADICTION): "This letter counts a course of ECT as adequate and failed when ..." in a letter
    # whose point is that the 2022 ECT course brought remission
    text, _ = draft(tmp_path, case_of("set65", "05"))
    assert "counts a course of ECT as adequate and failed" not in text
    failed = [{"drug": "ECT (2022 episode)", "dose": "12 treatments", "start": "2022-04", "end": "2022-06",
               "response": "none"}]
    assert "counts a course of ECT as adequate and failed" in arguments.rule_text(failed)


def test_an_exhibit_answering_two_statements_is_named_once_in_the_summary(tmp_path):
    # set 65, case 08 (REPETITION): summary item 1 "(Exhibit C, p. 1; Exhibit B; Exhibit C, p. 1)"
    text, _ = draft(tmp_path, case_of("set65", "08"))
    summary = text.split("In short:")[1].split("The plan’s criteria")[0]
    assert "(Exhibit C, p. 1; Exhibit B)" in summary and "Exhibit B; Exhibit C, p. 1" not in summary


def test_an_intensive_outpatient_programs_two_dates_are_its_first_and_last_days(tmp_path):
    # set 66, case 02 (FALSE): "Date(s) of service: May 18, 2026 and June 26, 2026" for 18 program days between them
    text, _ = draft(tmp_path, case_of("set66", "02"))
    assert "May 18, 2026 through June 26, 2026" in text and "May 18, 2026 and June 26, 2026" not in text


def test_care_not_yet_given_is_a_request_to_decide_never_a_claim(tmp_path):
    # set 66, case 03 (UNSUPPORTED): "Please decide the claim with it." of a maintenance course still to come
    text, _ = draft(tmp_path, case_of("set66", "03"))
    assert "Please decide the request with it." in text and "decide the claim" not in text


def test_a_corrected_claim_under_a_time_limit_denial_is_told_as_it_is(tmp_path):
    # set 66, case 07 (UNSUPPORTED, FALSE): "supplies what the denial says was missing" of a CARC 29 time-limit denial,
    # and "The records of that filing" (the first filing) naming the corrected claim's acceptance
    text, _ = draft(tmp_path, case_of("set66", "07"))
    assert "what the denial says was missing" not in text
    assert "within the time the plan's own terms allow." in text
    assert "The records of the claim’s filings, first and corrected, are enclosed" in text
    assert "records of that filing" not in text
