"""The mild findings of sets 50, 51 and 52's blind reviews (tests/resources/letter-review/set50-review.md,
set51-review.md, set52-review.md), each fixed by the rule that produced it and tested on the sets' own fictional
case folders, with the case changed to show where the sentence still belongs. These sets are fix sets: no accuracy
figure is measured on them."""
from __future__ import annotations

import re
from datetime import date

from test_letter_set14_findings import draft
from test_letter_set67_findings import count_printed

from appeal_kit.letter import arguments, derived


def _case(n: int, number: str, **changes):
    from test_letter_set14_findings import case_of

    return case_of(f"set{n}", number, **changes)


def _draft(tmp_path, n: int, number: str, **changes):
    from test_letter_set14_findings import draft

    return draft(tmp_path, _case(n, number, **changes))


# ---------------- 50/01: the access standard said with the words that qualify its provider

def test_the_access_standard_keeps_the_words_that_say_which_provider_counts(tmp_path):
    standard = derived.access_standard(_case(50, "01").data)
    assert standard and standard["miles"] == 60
    assert standard["offers"] == "who offers the covered service you need"
    text, _ = _draft(tmp_path, 50, "01")
    assert "(a network provider “who offers the covered service you need” within 60 miles)" in text
    assert "(a network provider within 60 miles)" not in text
    # terms with no such words: the distance alone, as before
    plain = "If no Plan provider is available within 60 miles of your home, you may see a non-Plan provider."
    standard = derived.access_standard(_case(50, "01", **{"plan_policy.quote": plain}).data)
    assert standard and standard["offers"] == ""
    text, _ = _draft(tmp_path, 50, "01", **{"plan_policy.quote": plain})
    assert "(a network provider within 60 miles)" in text


# ---------------- 51/03: the step exception after the plan's own list that makes the drug preferred

def test_a_step_exception_beside_the_plans_own_list_is_asked_only_in_the_alternative(tmp_path):
    text, facts = _draft(tmp_path, 51, "03")
    assert facts.by_id["plan_lists_treatment"].value is True
    assert "In the alternative: the steps already taken" in text
    assert "By the plan's own list quoted above, the step rule the denial applied does not reach it" in text
    assert "Only if the plan still holds that it does is an exception to the steps not completed asked for here, " \
           "in the alternative." in text
    assert "Where a step was not completed, this letter asks for an exception to it." not in text
    # the quoted rule is called the denial's only where the denial's words name it (set 53, case 06: the SPD's limit
    # on step therapy, the appeal's own document, called "the step rule the denial applied")
    assert "The plan's own Narragansett" in text and "The step rule the denial applied, Narragansett" not in text
    name = _case(51, "03").data["plan_policy"]["name"]
    text, _ = _draft(tmp_path, 51, "03", **{"claim.denial_reason": f"Denied under the {name}."})
    assert "The step rule the denial applied, Narragansett" in text
    assert "The plan's own Narragansett" not in text
    # without the list, the exception is the letter's own request, as before
    text, facts = _draft(tmp_path, 51, "03", **{"plan_policy.listed": None})
    assert "Where a step was not completed, this letter asks for an exception to it." in text
    assert "In the alternative" not in text


# ---------------- 51/04: a decision that stated the criterion in other words (another version's)

def test_a_criterion_the_decision_stated_in_other_words_is_not_said_to_be_its_ground(tmp_path):
    met = derived.denied_criteria_met(_case(51, "04").data)
    assert [c["number"] for c in met] == ["1"]
    assert met[0]["stated"] == "Criterion 1: the member must be 18 years of age or older."
    assert met[0]["reads"] == "The member is 16 years of age or older"
    text, _ = _draft(tmp_path, 51, "04")
    assert "The decision found criterion 1 unmet as it stated it: “Criterion 1: the member must be 18 years of age " \
           "or older.” Criterion 1 of RX-MOUD-2 reads: “The member is 16 years of age or older.” It is met:" in text
    assert "rests on criterion 1" not in text and "asks for the member" not in text
    # a decision that states the criterion's own figure: its ground, read as the criterion's words
    same = "Reviewed under RX-MOUD-2. Criterion 1: the member must be 16 years of age or older. Criterion 1 is not met."
    met = derived.denied_criteria_met(_case(51, "04", **{"claim.denial_reason": same}).data)
    assert met and met[0]["stated"] == ""
    text, _ = _draft(tmp_path, 51, "04", **{"claim.denial_reason": same})
    assert "The decision rests on criterion 1 of RX-MOUD-2, which reads: “The member is 16 years of age or older.”" \
        in text


# ---------------- 52/02: an approval the denial counted against is not one it overlooked

def test_an_approval_the_denial_counted_against_is_never_said_overlooked(tmp_path):
    assert derived.approval_counted(_case(52, "02").data)
    text, _ = _draft(tmp_path, 52, "02")
    assert "overlooks the plan's own approval" not in text
    assert "I ask the plan to honor authorization AUT-26-0828-31177 and to reprocess the claim" in text
    # a denial whose words never read the approval: the oversight is said
    silent = "Services on 10/01/2026-10/07/2026 are not covered: no authorization on file. (CARC 198)"
    case = _case(52, "02", **{"claim.denial_reason": silent, "claim.corrections": []})
    assert not derived.approval_counted(case.data)
    text, _ = _draft(tmp_path, 52, "02", **{"claim.denial_reason": silent, "claim.corrections": []})
    assert "A denial that overlooks the plan's own approval is the plan's error" in text


# ---------------- 52/03: Medicare's rule, quoted, is the measure: never "the criteria, if any"

def test_a_medicare_letter_weighs_the_records_against_the_rule_it_quoted(tmp_path):
    text, _ = _draft(tmp_path, 52, "03")
    assert "criteria, if any" not in text
    assert "Please weigh them against Transcranial Magnetic Stimulation for Major Depressive Disorder (FICTIONAL " \
           "LCD), Revision 3, effective 01/01/2026 (L99958), quoted above." in text
    assert "generally accepted standards" not in text


# ---------------- 52/04: a yearly limit's count, and a denial's way of counting

def test_a_yearly_limit_is_answered_with_the_count_toward_it_not_the_course_billed(tmp_path):
    limit = derived.benefit_limit(_case(52, "04").data)
    assert limit["yearly"] and limit["applied_manner"]
    text, facts = _draft(tmp_path, 52, "04")
    assert "course billed" not in text and "the course billed" not in facts.by_id["limit_not_exceeded"].says.lower()
    assert "the count toward that limit (25 inpatient days, as those terms count them) is within them" in text
    assert "the count toward that limit reached 25, as those terms count" in text
    # the denial's way of counting is said as how it counted, never as the limit's unit nor as a kind left out
    assert "The denial applied a limit of 30 inpatient days, counting each partial hospitalization day as one " \
           "inpatient day" in text
    assert "The terms limit inpatient days only" not in text
    assert "A limit on the number of inpatient days is a quantitative treatment limitation" in text
    # a unit the denial counted in (set 25, case 04) keeps its sentence
    assert not derived.benefit_limit(_case(25, "04").data)["applied_manner"]


def test_a_limit_not_counted_by_the_year_keeps_the_course_billed():
    quote = "Inpatient mental health care: 30 days. Two days of partial hospitalization count as one inpatient day."
    limit = derived.benefit_limit(_case(52, "04", **{"plan_policy.quote": quote}).data)
    assert not limit["yearly"]


# ---------------- 52/06: a course of psychotherapy named beside the drug count, so the numbers add up

def test_the_uncounted_rows_name_the_psychotherapy_course_said_beside_the_count(tmp_path):
    text, _ = draft(tmp_path, count_printed(_case(52, "06")))
    # (vortioxetine, still taken, is in the whole count the paragraph leads with: letters set 99, case 07)
    assert re.search(r"has had three adequate antidepressant trials \([^()]+\) without an adequate response; a course "
                     r"of cognitive behavioral therapy brought only a partial response", text)
    assert "Apart from Cognitive behavioral therapy, said above, two of the six treatments listed are not among these " \
           "trials" in text


# ---------------- kind 2: generic blocks said without a source

def test_no_commercial_standard_of_medical_necessity_is_stated_without_its_source(tmp_path):
    # 50/04, 07, 08 (employer and governmental plans), 51/01 (Medicare Advantage), 51/04 (CHIP): no case holds the
    # plan's definition, so "generally accepted standards of medical practice" is never the letter's measure
    for n, number in ((50, "04"), (50, "07"), (50, "08"), (51, "01"), (51, "04")):
        (tmp_path / f"{n}{number}").mkdir()
        text, _ = _draft(tmp_path / f"{n}{number}", n, number)
        assert "generally accepted standards" not in text, (n, number)
        assert "By that measure" not in text, (n, number)
    # Original Medicare's own statute is still the measure it states (52/03)
    text, _ = _draft(tmp_path, 52, "03")
    assert "Medicare covers services that are reasonable and necessary" in text and "By that measure" in text


def test_the_letters_own_trial_count_is_said_only_where_the_denial_is_medical(tmp_path):
    # a precertification never decided (50/03), an authorization the plan's terms did not require (50/05): the
    # letter's way of counting trials answers neither
    for n, number in ((50, "03"), (50, "05")):
        (tmp_path / f"{n}{number}").mkdir()
        text, _ = _draft(tmp_path / f"{n}{number}", n, number)
        assert "This letter counts" not in text and "adequate antidepressant trial" not in text, (n, number)
        assert "Each treatment tried, with its dose, dates and outcome:" in text, (n, number)
    # a medical-necessity denial keeps its count and the rule it is counted by (52/06, with a criterion unmet; a drug
    # still taken in the count, so the rule is said as what those trials were: letters set 99, case 07)
    text, _ = draft(tmp_path, count_printed(_case(52, "06")))
    assert arguments.TRIALS_SENTENCE in text


def test_the_response_line_is_a_label_with_its_words_never_a_fragment(tmp_path):
    text, _ = _draft(tmp_path, 50, "01")
    assert "Response to the treatment: " in text and "Response to the treatment. " not in text


# ---------------- kind 3: requests that fit the denial and the case's dates

def test_a_clinical_reviewer_is_asked_only_conditionally_where_a_plan_document_decides(tmp_path):
    for number in ("03", "04"):  # the October list; the policy version in force
        (tmp_path / number).mkdir()
        text, _ = _draft(tmp_path / number, 51, number)
        assert "Because this appeal turns on a medical judgment" not in text, number
        # Medicaid and CHIP: a decider with the expertise (438.406(b)(2)), never "after consulting" (set 68)
        # the specialty asked apart from the rule, which names none (letters set 78, case 03)
        assert re.search(r"If the plan treats any part of this appeal as a medical judgment, please have it decided "
                         r"by someone with the clinical expertise this condition calls for who took no part in the "
                         r"denial \(.+?\); I ask that it be a [^.]+ experienced in treating this condition\.",
                         text), number
        assert "peer-to-peer" not in text, number
    # a level-of-care denial answered by the record: the request as before (52/07)
    text, _ = _draft(tmp_path, 52, "07")
    assert "Because this appeal turns on a medical judgment" in text


def test_a_decision_is_asked_before_care_that_starts_sooner_than_the_plans_clock(tmp_path):
    # 50/04: the program starts 12/14/2026, the plan has 30 days
    clock = derived.decision_time(_case(50, "04").data, date(2026, 12, 4))
    assert clock and clock["before"] == "2026-12-14"
    text, _ = _draft(tmp_path, 50, "04")
    assert "Please decide this appeal within 30 days of receiving it (29 CFR 2560.503-1(i)(2)(ii)). The care is " \
           "scheduled to begin on December 14, 2026, before that time runs out: please decide before that date." in text
    # care that starts after the clock runs out: nothing more is asked
    later = {"claim.service_dates": ["2027-02-15", "2027-03-01"]}
    assert derived.decision_time(_case(50, "04", **later).data, date(2026, 12, 4))["before"] is None
    text, _ = _draft(tmp_path, 50, "04", **later)
    assert "scheduled to begin" not in text


def test_the_plans_own_decision_time_is_worked_on_the_requests_dates(tmp_path):
    # 50/03: SPD 7.3's 15 days from 08/20, stopped 08/24 to 08/25 for records: due 09/05, before the first infusion
    clock = derived.undecided_request_clock(_case(50, "03").data, date(2026, 12, 4))
    assert clock and (clock["days"], clock["paused"], clock["due"], clock["first"]) == (15, 1, "2026-09-05",
                                                                                         "2026-09-14")
    text, facts = _draft(tmp_path, 50, "03")
    assert facts.by_id["pa_clock_ran_out"].value is True
    assert "had to decide the request within 15 days of receiving it on August 20, 2026, the time stopping from " \
           "August 24, 2026 until the records it asked for were sent on August 25, 2026: that is, by September 5, " \
           "2026, before the first date of care, September 14, 2026." in text
    assert "The request was not one for retroactive authorization" in text
    assert "the 15 days the rules allow" not in text and "within the time its own terms allow" in text
    # terms that give no decision time: the rule's clock, as before
    quote = "Precertification must be requested before the services are received."
    assert derived.undecided_request_clock(_case(50, "03", **{"plan_policy.quote": quote}).data,
                                           date(2026, 12, 4)) is None


def test_continuity_of_care_terms_are_worked_on_the_cases_own_dates(tmp_path):
    # 50/05: Section 6.8's 30 and 90 days from the day coverage began; the case gives that day only when told
    assert derived.coverage_window(_case(50, "05").data) is None
    text, _ = _draft(tmp_path, 50, "05")
    assert "(the plan's reference PTH-CS-0805-40127)" in text and "Coverage began on" not in text
    began = {"eligibility.start": "2026-08-01"}
    window = derived.coverage_window(_case(50, "05", **began).data)
    assert window and window["holds"] and (window["told_after"], window["tell_days"], window["cover_days"]) == (4, 30,
                                                                                                              90)
    text, facts = _draft(tmp_path, 50, "05", **began)
    assert facts.by_id["continuity_window_met"].value is True
    assert "Coverage began on August 1, 2026; the plan was told of the course on August 5, 2026, four days later, " \
           "within the 30 days those terms allow; and every date of service, the last on August 26, 2026, falls " \
           "within the 90 days after coverage began that they cover" in text
    # told too late: the conditions are not said to be met
    late = {**began, "prior_auth.notified": "2026-09-15"}
    assert not derived.coverage_window(_case(50, "05", **late).data)["holds"]
    text, _ = _draft(tmp_path, 50, "05", **late)
    assert "Coverage began on" not in text


def test_no_trial_count_beside_a_clause_that_puts_the_denials_ground_outside_the_governing_terms(tmp_path):
    # 51/05: the brochure governs over the carrier's policy, whose "experimental" ground it does not hold; a count of
    # "one adequate treatment trial" (lumbar sympathetic blocks) by a six-week rule answers nothing the carrier decides
    text, facts = _draft(tmp_path, 51, "05")
    assert facts.by_id["policy_ground_outside"].value is True
    assert "This letter counts" not in text and "adequate treatment trial" not in text
    assert "Each treatment tried, with its dose, dates and outcome:" in text
