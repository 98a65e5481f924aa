"""Process findings of letters sets 88 and 86's blind reviews (tests/resources/letter-review/set88-review.md at
9e74a405, set86-review.md at 393ab75f), each fixed by its kind and tested on the set's own fictional case and on
other shapes."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from conftest import docx_text
from test_letter_set14_findings import SETS, case_of

from appeal_kit.case.folder import Case, load_case
from appeal_kit.letter import render

TODAY = date(2026, 12, 7)  # the day the sets were drafted and reviewed


def draft(tmp_path: Path, case: Case) -> str:
    """The letter's text, whitespace folded, drafted on the set's day from the template `draft` picks."""
    info, _why = render.template_for_case(case)
    out = render.render_letter(case, info, tmp_path / f"{info.name}.docx", today=TODAY, clinic=None)
    return " ".join(docx_text(out).split())


def copied(tmp_path: Path, set_name: str, number: str) -> Path:
    folder = tmp_path / "case"
    source = next(p for p in (SETS / set_name).iterdir() if p.is_dir() and p.name.startswith(number + "-"))
    shutil.copytree(source, folder)
    return folder


def test_a_record_is_never_said_to_show_a_coverage_date_it_does_not_hold(tmp_path):
    # set 88, case 07 (UNSUPPORTED): "Plan Document, Section 3.2(c) of January 1, 2026 (Exhibit E, p. 1) shows that
    # ... coverage ... was in force from January 1, 2024": the plan rule holds no start date, only case.yaml does
    text = draft(tmp_path, case_of("set88", "07"))
    assert ("Ms. Fairbanks-Olawale's dependent coverage under her mother's state employee plan was in force from "
            "January 1, 2024 through July 31, 2026.") in text
    assert "shows that" not in text
    assert "through July 31, 2026 (Exhibit" not in text
    # the summary of coverage that has ended says "was", as the paragraph does
    assert "plan was in force from January 1, 2024 through July 31, 2026, and every date of service" in text
    assert "is in force from" not in text
    # set 86, case 06 (UNSUPPORTED): the FMLA letter holds no coverage start of February 1, 2019
    text = draft(tmp_path, case_of("set86", "06"))
    assert "Saguaro County Employee Health Plan coverage is in force from February 1, 2019." in text
    assert "FMLA approval letter of July 29, 2026 (Exhibit" not in text and "shows that" not in text
    assert "February 1, 2019 (Exhibit" not in text


def test_a_record_that_holds_the_coverage_dates_is_still_said_to_show_them(tmp_path):
    # the off shape: the same plan document, holding the member's own coverage dates, is the record that shows them
    folder = copied(tmp_path, "set88", "07")
    record = folder / "other" / "plan-document-sections-3-2-and-14-3.txt"
    record.write_text(record.read_text() + "\nEnrollment record: dependent coverage effective 01/01/2024; "
                                           "ends 07/31/2026 (end of the month the child reaches age 26).\n")
    text = draft(tmp_path, load_case(folder))
    assert ("Plan Document, Section 3.2(c) of January 1, 2026 (Exhibit E, p. 1) shows that Ms. Fairbanks-Olawale's "
            "dependent coverage under her mother's state employee plan was in force from January 1, 2024 through "
            "July 31, 2026.") in text
    # one of the two dates missing from its text: not shown
    record.write_text(record.read_text().replace("01/01/2024", "01/01/2025"))
    assert "shows that" not in draft(tmp_path, load_case(folder))


def test_the_council_is_addressed_at_the_address_the_case_gives_for_it(tmp_path):
    # set 88, case 01 (REQUEST): "The Medicare Appeals Council, at the address the ALJ's decision names", though
    # insurer.appeals_address held the Council's PO box
    text = draft(tmp_path, case_of("set88", "01"))
    assert ("December 7, 2026 Medicare Appeals Council Departmental Appeals Board (FICTIONAL address for this test) PO "
            "Box 40177 Washington, DC 20044 RE:") in text
    assert "at the address the ALJ's decision names" not in text
    # the off shape: an appeals address that is the contractor's, not the Council's, is never printed for it
    text = draft(tmp_path, case_of("set88", "01", **{
        "insurer.name": "Original Medicare (Part B)",
        "insurer.appeals_address": "Desert Medicare Services, Part B Redeterminations\nPO Box 1\nPhoenix, AZ 85001"}))
    assert "The Medicare Appeals Council, at the address the ALJ's decision names RE:" in text
    assert "PO Box 1" not in text


def test_the_councils_window_is_the_date_the_case_records_by_the_rule_not_the_safe_date_alone():
    # set 88, case 01: 60 days after receipt of the ALJ decision of 10/20/2026, presumed 10/25, so 12/24/2026 (the
    # decision's next_deadline and claim.appeal_deadline); `check` counted 12/19 and warned 12 days were left
    from appeal_kit.intake import deadlines

    case = case_of("set88", "01")
    dl = deadlines.deadline_for_case(case.data)
    assert dl.date == date(2026, 12, 24)
    assert "2026-12-19, without the 5 days, is the safe date" in dl.basis
    # the off shape: nothing recorded, or a date the rule does not give, keeps the safe date
    for recorded in (None, "2026-12-30"):
        case = case_of("set88", "01", **{"claim.appeal_deadline": recorded})
        case.data["decisions"][-1]["next_deadline"] = recorded
        assert deadlines.deadline_for_case(case.data).date == date(2026, 12, 19)


def test_an_office_whose_address_names_it_by_its_initials_is_printed_once(tmp_path):
    # set 88, case 05 and set 86, case 05 (REPETITION): "United States Office of Personnel Management, FEHB disputed
    # claims review" above "OPM FEHB Disputed Claims Review"; "Iowa Department of Health and Human Services, Appeals
    # Section" above "Iowa HHS Appeals Section"
    from appeal_kit.directory import names_repeated

    text = draft(tmp_path, case_of("set88", "05"))
    assert "December 7, 2026 OPM FEHB Disputed Claims Review (FICTIONAL address for this test) PO Box 40915" in text
    assert "United States Office of Personnel Management, FEHB disputed claims review" not in text
    text = draft(tmp_path, case_of("set86", "05"))
    assert "December 7, 2026 Iowa HHS Appeals Section (FICTIONAL address for this test) PO Box 66051" in text
    # the off shapes: initials that are not the name's, a unit line that shares nothing with it
    assert not names_repeated("United States Office of Personnel Management", "DHA Claims Review Unit\nPO Box 1")
    assert not names_repeated("United States Office of Personnel Management", "FEHB Disputed Claims Review\nPO Box 1")


def test_deadline_names_the_next_levels_body_once(tmp_path):
    # set 86, case 01: "Send the external review request to: Northeast Reconsideration Contractor (FICTIONAL QIC),
    # Northeast Reconsideration Contractor (FICTIONAL QIC), Part B Reconsiderations, ..."
    from appeal_kit import directory

    lines = directory.contact_lines(case_of("set86", "01").data)
    said = next(line for line in lines if "Northeast Reconsideration Contractor" in line)
    assert said.count("Northeast Reconsideration Contractor") == 1 and "PO Box 77310" in said
    # a name its address does not repeat is kept
    data = case_of("set86", "01", **{"external_review.address": "PO Box 77310\nAlbany, NY 12212"}).data
    said = next(line for line in directory.contact_lines(data) if "PO Box 77310" in line)
    assert "Northeast Reconsideration Contractor (FICTIONAL QIC), PO Box 77310" in said


def test_a_note_entered_by_the_member_names_no_other_person(tmp_path):
    # set 88, case 04: check warned that the member's own portal receipt ("Note entered by member: Itemized bill sent
    # as requested ...") names other people
    from appeal_kit import checks
    from appeal_kit.packet.others import people_in

    folder = copied(tmp_path, "set88", "04")
    warned = [f.message for f in checks.check_case(folder, today=TODAY).findings if "other people" in f.message]
    assert warned == []
    assert people_in("Note entered by member: Itemized bill sent as requested") == []
    # a label that is a name's field still reads the name
    assert people_in("Member: Dorian Vale-Okafor") == ["Dorian Vale-Okafor"]


def test_terms_that_will_treat_a_claim_as_first_received_are_applied_to_the_request_and_its_answer(tmp_path):
    # set 88, case 04 (MISSING): Section 9.2, "the claim will be treated as received on the date we first received
    # it, provided the information we requested is furnished within 180 days of our request", quoted and never
    # applied to the plan's request of 03/24/2026 and the member's answer of 08/27/2026 (filing.asked, .answered)
    text = draft(tmp_path, case_of("set88", "04"))
    assert ("The plan asked for more information on March 24, 2026, and what it asked for was sent on August 27, "
            "2026, 156 days later, within the 180 days the plan's own rule allows. Under that rule the claim keeps the "
            "date it was first received, March 10, 2026") in text
    # the off shape: an answer sent after the rule's 180 days keeps nothing
    text = draft(tmp_path, case_of("set88", "04", **{"filing.answered": "2026-10-30"}))
    assert "keeps the date it was first received" not in text


def test_a_criterion_that_excepts_psychotic_features_is_argued_for_a_diagnosis_with_them(tmp_path):
    # set 86, case 08 (MISSING): MP-ECT-31 criterion 2 reads "... unless the member has psychotic features, catatonia
    # or an urgent need for rapid response", quoted in plan_policy; the diagnosis is F33.3, which ICD-10-CM describes
    # as "Major depressive disorder, recurrent, severe with psychotic symptoms"; the exception was never argued
    text = draft(tmp_path, case_of("set86", "08"))
    assert ("Criterion 2 does not apply: it excepts a member with psychotic features, and Ms. Brightwater-Ruiz's "
            "diagnosis, F33.3, is major depressive disorder, recurrent, severe with psychotic symptoms.") in text
    assert ("the plan's own terms add “unless the member has psychotic features, catatonia or an urgent need for "
            "rapid response” (Exhibit E)") in text
    assert ("which the ICD-10-CM code set describes as major depressive disorder, recurrent, severe with psychotic "
            "symptoms: a member with psychotic features, whom that criterion excepts. It is therefore no ground to "
            "deny eight treatments") in text
    # the off shapes: a diagnosis without psychotic features (the severity line's "nihilistic delusions" is free
    # text, never the source), and terms with no such exception
    text = draft(tmp_path, case_of("set86", "08", **{"claim.diagnosis_codes": ["F33.2"]}))
    assert "does not apply" not in text and "excepts" not in text
    quote = case_of("set86", "08").data["plan_policy"]["quote"]
    text = draft(tmp_path, case_of("set86", "08", **{"plan_policy.quote": quote.split(", unless")[0] + "."}))
    assert "does not apply" not in text and "excepts" not in text


def test_deadline_and_cases_count_the_expedited_clock_for_a_request_urgent_by_its_supply_alone():
    # left by round s79 (set 84, case 08): the letter asked 24 hours for a Part D request whose supply ran out on
    # 12/09, but `deadline` and `cases` counted the standard 72 hours (request_is_urgent had no day to compare)
    from appeal_kit.coverage import claims
    from appeal_kit.intake import deadlines

    facts = {"prior_auth.exception": "formulary", "prior_auth.enrolled": "2026-10-01",
             "prior_auth.supply_ends": "2026-12-09", "prior_auth.requested_on": "2026-12-07"}
    data = case_of("set84", "08", **facts).data
    sent = date(2026, 12, 7)
    assert deadlines.prior_auth_urgent(data, sent)
    assert deadlines.request_decision_due(data, sent).date == date(2026, 12, 8)
    assert any("24 hours" in line for line in deadlines.describe_request(data, TODAY))
    follow = next(f for f in claims.follow_up(data, TODAY) if "prior authorization" in f.what)
    assert follow.due == date(2026, 12, 8)
    # the off shape: a supply that lasts past the standard clock keeps it
    data = case_of("set84", "08", **{**facts, "prior_auth.supply_ends": "2026-12-20"}).data
    assert not deadlines.prior_auth_urgent(data, sent)
    assert deadlines.request_decision_due(data, sent).date == date(2026, 12, 10)
