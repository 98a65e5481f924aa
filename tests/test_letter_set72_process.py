"""Process findings of letters set 72's blind review at 9c996cb1 (tests/resources/letter-review/set72-review-9c996cb1.md),
each fixed by its kind and tested on the set's own fictional case: the level a letter asks for, the request it
makes and the notice it quotes."""
from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

from conftest import docx_text
from test_letter_set14_findings import SETS, case_of

from appeal_kit.case.folder import Case
from appeal_kit.checks import check_case
from appeal_kit.intake import deadlines
from appeal_kit.letter import render

TODAY = date(2026, 12, 7)  # the day the set was drafted and reviewed


def draft(tmp_path: Path, case: Case) -> str:
    """The letter's text, whitespace folded, drafted on the set's day from the template `draft` picks."""
    info, _why = render.template_for_case(case)
    out = render.render_letter(case, info, tmp_path / f"{info.name}.docx", today=TODAY, clinic=None)
    return " ".join(docx_text(out).split())


def test_a_carrier_that_never_answered_the_reconsideration_leaves_the_member_free_to_ask_opm(tmp_path):
    # set 72, case 01 (REQUEST, MISSING): the carrier never answered the reconsideration faxed 08/10/2026; the letter
    # was a second reconsideration to the carrier the day before the OPM window closed (5 CFR 890.105(a)(1))
    case = case_of("set72", "01")
    assert deadlines.deemed_exhausted(case.data, TODAY) is not None
    assert deadlines.deadline_for_case(case.data).date == date(2026, 12, 8)
    text = draft(tmp_path, case)
    assert "RE: Request for review by the Office of Personnel Management" in text
    assert "OPM FEHB Disputed Claims Review" in text
    assert "never decided the appeal sent to it on August 10, 2026 (confirmation fax transmission report, 6 pages, " \
           "OK, 08/10/2026 14:22; the appeal as sent: Exhibit" in text
    # in the rule's own terms: the member may ask OPM (nothing "deemed exhausted")
    assert "Because the plan did not decide the appeal within the time the rules give, review by the U.S. Office of " \
           "Personnel Management may be asked for now (5 CFR 890.105(a)(1))." in text
    assert "deemed exhausted" not in text
    for wrong in ("request a reconsideration", "Please decide this appeal within the 30 days"):
        assert wrong not in text
    # answered in time, the carrier's own reconsideration is still the step
    answered = case_of("set72", "01", decisions=[{"date": "2026-09-01", "outcome": "denied"}])
    assert deadlines.deemed_exhausted(answered.data, TODAY) is None


def test_a_reconsideration_never_decided_is_answered_by_the_demand_to_send_it_on_first(tmp_path):
    # set 72, case 02 (REQUEST): the letter asked the plan to forward the undecided reconsideration to the IRE, but its
    # RE line and opening said "Request for reconsideration", which invites a new request and a new 60 days
    text = draft(tmp_path, case_of("set72", "02"))
    assert "RE: Request to send the reconsideration of August 24, 2026 to the independent review entity" in text
    assert "I am writing about the reconsideration of Casco Bay Medicare Advantage HMO (FICTIONAL)’s denial" in text
    assert "request a reconsideration" not in text and "Request for reconsideration" not in text
    # sent in time, before the appeal deadline passed: never late, no good cause asked
    assert "made after" not in text and "good cause" not in text
    request = text.split(" Request The ", 1)[1]
    # and it says the request was made in time (mild: never said)
    assert request.startswith("reconsideration requested on August 24, 2026 (portal receipt RCN-26-0824-5521), made "
                              "by September 23, 2026, the last day to ask for it (42 CFR 422.582(b)), was never "
                              "decided.")
    # decided in time, the letter is the reconsideration request it was
    decided = draft(tmp_path, case_of("set72", "02", submissions=[]))
    assert "Request for reconsideration of denied claim" in decided
    assert "independent review entity now" not in decided


def test_a_redetermination_filed_late_asks_for_more_time_for_good_cause_with_its_reasons(tmp_path):
    # set 72, case 03 (MISSING): a redetermination filed after the 120 days (42 CFR 405.942(a)) never asked for an
    # extension for good cause (405.942(b)), though the good-cause statement and the stay summary were enclosed
    case = case_of("set72", "03")
    text = draft(tmp_path, case)
    assert "This appeal is made after October 18, 2026, the deadline for appealing it, and I ask you to extend the " \
           "time for filing it for good cause (42 CFR 405.942(b)). Mr. Okonkwo-Barrasso was in the hospital" in text
    assert "(Exhibit D: Good cause statement; Exhibit E: Hospital and snf stay summary)." in text
    assert "timely" not in text and "made by October 18" not in text
    # no reason given: the extension is still asked for, and nothing more is said
    bare = draft(tmp_path, case_of("set72", "03", late_filing={}))
    assert "for good cause (42 CFR 405.942(b))." in bare and "Mr. Okonkwo-Barrasso was in the hospital" not in bare
    # a plan type whose rules give no good cause extension: nothing asked (the plan's own terms govern)
    erisa = draft(tmp_path, case_of("set72", "03", **{"claim.plan_type": "employer_erisa"}))
    assert "good cause" not in erisa


def test_the_address_block_prints_the_office_the_name_above_it_gives_once(tmp_path):
    # set 72, case 03 (REPETITION, mild): "..., Part B Redeterminations (FICTIONAL contractor)" then "Part B
    # Redeterminations, PO Box 7740"
    text = draft(tmp_path, case_of("set72", "03"))
    assert "Part B Redeterminations (FICTIONAL contractor) PO Box 7740 Des Moines, IA 50306" in text


def test_a_corrected_notice_is_quoted_under_its_own_date_not_as_the_decision_appealed(tmp_path):
    # set 72, case 06 (CONTRADICTION): the 10/14 corrected notice's words were quoted as the 09/30 decision's
    text = draft(tmp_path, case_of("set72", "06"))
    assert "Decision appealed: September 30, 2026" in text
    assert "The plan's notice of October 14, 2026 states: “This corrected notice replaces our notice of " \
           "09/30/2026" in text
    assert "That decision states: “This corrected notice" not in text
    # the latest decision the one appealed (a QIC's reconsideration before an ALJ hearing): "That decision" still
    assert "That decision states: “The records do not show a trial" in draft(tmp_path, case_of("set68", "02"))


def test_a_claim_processed_under_the_point_of_service_option_is_not_called_denied(tmp_path):
    # set 70, case 04 (FALSE and REQUEST, mild): TRICARE Prime visits on a referral processed under the point-of-service
    # option were called "denied", and the point-of-service cost share was never asked removed
    text = draft(tmp_path, case_of("set70", "04"))
    assert "payment of a first psychiatric assessment (90792) and a medication follow-up visit (99214) only at a " \
           "lower benefit level, and to ask you to correct it" in text
    assert "I ask the plan to reprocess the claim at the full benefit level, without the lower level's cost sharing, " \
           "under TRICARE's coverage rules. If any part of this decision is upheld" in text
    for wrong in ("denied all the same", "overturn the denial", "A denial that overlooks"):
        assert wrong not in text


def test_check_asks_why_a_late_appeal_is_late_where_the_rule_has_good_cause(tmp_path):
    # set 72, case 03: the letter asks for the extension with the reason the case gives; without one, check asks for it
    def warned(folder):
        return [f for f in check_case(folder, today=TODAY).findings if f.field == "late_filing.reason"]

    source = next(p for p in (SETS / "set72").iterdir() if p.is_dir() and p.name.startswith("03-"))
    folder = tmp_path / "case"
    shutil.copytree(source, folder)
    assert not warned(folder)
    yaml = folder / "case.yaml"
    yaml.write_text(re.sub(r"(?ms)^late_filing:.*?(?=^provider_enrollment:)", "", yaml.read_text(encoding="utf-8")),
                    encoding="utf-8")
    assert warned(folder)
    # sent in time and never decided (case 02): not late, nothing asked
    assert not warned(next(p for p in (SETS / "set72").iterdir() if p.is_dir() and p.name.startswith("02-")))


def test_a_request_the_plan_let_run_out_asks_the_independent_review_entity_not_the_plan(tmp_path):
    # letters set 90, case 02 (REQUEST): beside "send the case file to the independent review entity now" the letter
    # also asked the plan to overturn the denial, to have a psychiatrist decide it (42 CFR 422.590) and to arrange a
    # peer-to-peer call: the plan's time to decide had passed, and those asks would have it decide again
    text = draft(tmp_path, case_of("set72", "02"))
    request = text.split(" Request The ", 1)[1]
    assert "I ask the independent review entity to overturn the denial" in request
    assert "I ask Casco Bay" not in request
    for plans_own in ("peer-to-peer", "please have it decided", "(42 CFR 422.590);"):
        assert plans_own not in request, plans_own
    # decided in time, the plan is the one asked
    decided = draft(tmp_path, case_of("set72", "02", submissions=[]))
    assert "I ask the independent review entity" not in decided
    assert "I ask the plan to overturn the denial" in decided
