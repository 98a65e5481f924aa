"""Set 42's findings (tests/resources/letter-review/set42-review.md: drafted at 2c330784, reviewed blind, 5 (23)):
case 03, a residential stay authorized on concurrent review through 10/20/2026 and denied from 10/06 on
retrospective review, under a plan document (Section 6.7) that forbids denying authorized care later."""
from __future__ import annotations

from datetime import date

from appeal_kit.letter import derived
from appeal_kit.letter.wording import dayspan

QUOTE = ("When we authorize a level of care for a stated period, we will not later deny that care for the authorized "
         "period on the ground that it was not medically necessary. A request to extend an authorization is decided "
         "before the authorized period ends.")


def _case(number: str = "03", **changes):
    from test_letter_set14_findings import case_of

    return case_of("set42", number, **changes)


def _draft(tmp_path, number: str = "03", **changes):
    from test_letter_set14_findings import draft

    return draft(tmp_path, _case(number, **changes))


def _iso(first: date, last: date) -> list[str]:
    return [date.fromordinal(n).isoformat() for n in range(first.toordinal(), last.toordinal() + 1)]


# ---------------- a stay billed by its first and last day is every day between them, for what an approval reaches

def test_a_stay_is_counted_day_by_day_against_the_approval():
    assert derived.care_days(_case().data) == [date.fromisoformat(d) for d in
                                               _iso(date(2026, 10, 6), date(2026, 10, 30))]
    # two dates of outpatient care are those two days only
    assert len(derived.care_days(_case(**{"claim.setting": "outpatient"}).data)) == 2


def test_days_in_a_row_are_said_by_their_first_and_last():
    assert dayspan(_iso(date(2026, 10, 6), date(2026, 10, 20))) == "October 6, 2026 through October 20, 2026"
    assert dayspan(["2026-10-06", "2026-10-07"]) == "October 6 and 7, 2026"


# ---------------- finding 2: an approval given 18 days into the stay it covers was not given "before the care began"

def test_an_approval_given_during_the_care_it_covers_is_not_before_the_care():
    approval = derived.approval(_case().data)
    assert approval["before_care"] is False and approval["on_first_day"] is False
    # given before the first day it reaches, it was
    early = derived.approval(_case(**{"prior_auth.approved.date": "2026-09-10"}).data)
    assert early["before_care"] is True


# ---------------- findings 1 and 3: Section 6.7 is the plan's promise to keep to its authorization, applied to the
# 15 of the 25 days denied that fall inside it, never the criterion the denial applied

def test_the_promise_not_to_deny_authorized_care_is_applied_to_the_days_inside_it(tmp_path):
    kept = derived.kept_authorized(_case().data)
    assert kept["field"] == "plan_policy.quote" and kept["necessity"] is True
    assert (kept["count"], kept["total"]) == (15, 25)
    assert kept["days"] == _iso(date(2026, 10, 6), date(2026, 10, 20))
    text, state = _draft(tmp_path)
    assert state.by_id["authorized_days_kept"].value is True
    # the section is not what the denial relies on, and is never asked for "in the version applied to this claim"
    assert not any("Section 6.7" in name for name in derived.criteria_named(_case().data))
    assert state.by_id["policy_copy_asked"].value is None
    assert "criterion the denial applies" not in text
    # the claim is reprocessed for the days inside the approval, never for the approval's 37 units
    assert "(1001, 37 units)" not in text and "reprocess the claim for the fifteen days of care within it" in text


def test_the_promise_holds_only_where_the_terms_make_it_and_the_ground_is_the_one_they_name():
    assert derived.kept_authorized(_case(**{"plan_policy.quote": "Authorized care is paid at the network level."}
                                         ).data) is None
    # a promise against denials as not medically necessary says nothing of a denial for late filing
    assert derived.kept_authorized(_case(**{"claim.denial_category": "timely_filing"}).data) is None
    # a promise that names no ground holds whatever the denial's ground
    plain = derived.kept_authorized(_case(**{
        "plan_policy.quote": "Care we authorize will not be retroactively denied.",
        "claim.denial_category": "timely_filing"}).data)
    assert plain and plain["necessity"] is False


# ---------------- findings 4 and 5: the extension asked for on 10/19, never decided, for the ten days after 10/20

def test_the_extension_asked_before_the_authorization_ended_is_asked_to_be_granted_for_the_days_after_it(tmp_path):
    ext = derived.extension_request(_case().data, date(2026, 12, 6))
    assert ext["dates"] == _iso(date(2026, 10, 21), date(2026, 10, 30)) and ext["count"] == 10
    assert ext["before_end"] is True and ext["asked"] == "2026-10-19" and ext["asked_in_time"] is True
    assert ext["asked_field"] == "prior_auth.requested_on"
    assert ext["never_decided"] is True and ext["reference"] == "RTC-26-0914-2231-EXT"
    text, state = _draft(tmp_path)
    assert state.by_id["extension_asked_before_end"].value is True
    assert state.by_id["extension_asked_before_end"].sources[0] == "prior_auth.requested_on"
    assert "I request an extension" not in text
    # a request sent before the approval was given asked for the approval itself, never for its extension
    first = derived.extension_request(_case(**{"prior_auth.requested_on": "2026-09-12"}).data, date(2026, 12, 6))
    assert first["asked"] is None and first["asked_in_time"] is None


# ---------------- mild findings: 04 the signer copied to himself; 06 "which asks for or: catatonia", said met twice

def test_the_letter_s_own_signer_gets_no_copy_of_it():
    from appeal_kit import directory

    copies, problems = directory.copies(_case("04").data)
    assert copies == [] and [where for where, _ in problems] == ["copies item 1 (prescriber)"]


def test_an_alternative_criterion_is_said_without_its_connector_and_met_once(tmp_path):
    instead = derived.denied_criteria_met(_case("06").data)
    assert instead[0]["asks_for"].startswith("catatonia")
    text, _ = _draft(tmp_path, "06")
    # said met once: here in the correction that sets out its record (sets 43 and 44: concluded there, not retold)
    assert text.count("It is met") + text.count("is therefore met") == 1


# ---------------- 07: a state fair hearing is heard by a hearing officer, and the case file is asked for under its rule

def test_a_fair_hearing_request_asks_for_the_hearing_file_under_the_hearing_rule(tmp_path):
    from appeal_kit.rules import Citations

    level = derived.next_level(_case("07").data, date(2026, 12, 6))
    assert level["fair_hearing"] is True and level["hearing"] is False
    text, _ = _draft(tmp_path, "07")
    assert Citations("medicaid").cite("hearing_file") in text
    assert "gives the reviewer" not in text and "Dear Reviewer" not in text
    # an external review (the Marketplace case 04) keeps its own wording
    assert derived.next_level(_case("04").data, date(2026, 12, 6))["fair_hearing"] is False
