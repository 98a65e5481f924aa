"""Process findings of letters set 84's blind review at eb010e4d (tests/resources/letter-review/set84-review.md),
each fixed by its kind and tested on the set's own fictional case and on other shapes: a Part D request for a drug
already taken and off the formulary asks for a formulary exception, a transition supply and, when the supply on hand
runs out first, an expedited decision."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from conftest import docx_text
from test_letter_set14_findings import SETS, case_of

from appeal_kit import checks
from appeal_kit.case.folder import Case, load_case
from appeal_kit.letter import render

TODAY = date(2026, 12, 7)  # the day the set was drafted and reviewed
# set 84, case 08: what the pharmacy's rejection, the enrollment confirmation and the prescriber's statement say
PART_D_FACTS = {"prior_auth.exception": "formulary", "prior_auth.enrolled": "2026-10-01",
                "prior_auth.supply_ends": "2026-12-09"}


def draft(tmp_path: Path, case: Case) -> str:
    """The letter's text, whitespace folded, drafted on the set's day from the template `draft` picks."""
    info, _why = render.template_for_case(case)
    out = render.render_letter(case, info, tmp_path / f"{info.name}.docx", today=TODAY, clinic=None)
    return " ".join(docx_text(out).split())


def test_a_part_d_drug_off_the_formulary_already_taken_is_asked_as_an_exception_with_a_transition_supply(tmp_path):
    # set 84, case 08 (CONTRADICTION, REQUEST x2, MISSING): lumateperone, taken since 09/2025 and in remission, rejected
    # at the pharmacy as not on the formulary, was asked to be authorized "before the treatment begins", within 72
    # hours, with no formulary exception, no transition supply and no expedited decision though the supply ran out
    # on 12/09
    text = draft(tmp_path, case_of("set84", "08", **PART_D_FACTS))
    assert "Request for a formulary exception — lumateperone" in text
    assert ("for a formulary exception to cover lumateperone 42 mg capsules, one daily for my patient Bernard "
            "Fitzwilliam-Adeyemi (date of birth May 26, 1958), who has taken it since September 2025 and still takes "
            "it. This is a request for a coverage determination.") in text
    assert "is not on the plan’s formulary" in text and "(42 CFR 423.578(b))" in text
    assert ("My supporting statement of December 2, 2026, enclosed as Exhibit A, says: “The formulary alternatives "
            "(quetiapine and lurasidone) were tried") in text
    # the transition supply: coverage from 10/01/2026, the first 90 days through 12/29/2026
    assert "coverage with the plan began on October 1, 2026" in text
    assert "its first 90 days run through December 29, 2026" in text
    assert "a temporary supply of the drug now under its transition process (42 CFR 423.120(b)(3))" in text
    # the supply runs out before a standard 72-hour decision could be due: expedited, 24 hours
    assert "supply on hand runs out on December 9, 2026, before a standard decision would be due" in text
    assert "I ask for an expedited decision, within 24 hours of receiving this request (42 CFR 423.572(a))" in text
    assert "within 72 hours" not in text
    assert "Please grant the formulary exception and cover lumateperone" in text
    for wrong in ("before the treatment begins", "next step", "stop if it is not helping", "Utilization Management"):
        assert wrong not in text


def test_a_drug_taken_now_is_never_asked_before_it_begins_whatever_else_the_case_lacks(tmp_path):
    # the set's case as written (`end: ongoing`, none of the new fields): the drug is still taken all the same
    text = draft(tmp_path, case_of("set84", "08"))
    assert "who has taken it since September 2025 and still takes it" in text
    assert "continuing lumateperone 42 mg capsules, one daily is medically necessary" in text
    for wrong in ("before the treatment begins", "next step", "stop if it is not helping", "formulary exception"):
        assert wrong not in text
    assert "42 9/2025 continuing remission" in text.replace(" mg daily", "")


def test_check_asks_for_the_facts_a_drug_request_turns_on(tmp_path):
    folder = tmp_path / "case"
    source = next(p for p in (SETS / "set84").iterdir() if p.is_dir() and p.name.startswith("08-"))
    shutil.copytree(source, folder)

    def fields() -> set[str]:
        return {f.field for f in checks.check_case(folder, today=TODAY).findings}

    found = fields()
    assert {"prior_auth.exception", "prior_auth.supply_ends"} <= found
    assert "planned_care.codes" not in found  # a pharmacy drug has no procedure codes
    case_yaml = folder / "case.yaml"
    assert case_yaml.read_text().rstrip().endswith("prior_auth:\n  fax: 1-800-555-0158")
    case_yaml.write_text(case_yaml.read_text().rstrip() + "\n  exception: formulary\n")
    assert "prior_auth.enrolled" in fields()
    case_yaml.write_text(case_yaml.read_text() + "  enrolled: 2026-10-01\n  supply_ends: 2026-12-09\n")
    assert not {"prior_auth.exception", "prior_auth.enrolled", "prior_auth.supply_ends"} & fields()
    # `end: ongoing` is a drug still taken
    row = load_case(folder).data["clinical"]["history"][2]
    assert row["ongoing"] is True and row["end"] is None


def test_each_part_of_the_request_follows_its_own_fact(tmp_path):
    # a supply that lasts past a standard decision: the standard 72 hours, nothing urgent
    text = draft(tmp_path, case_of("set84", "08", **{**PART_D_FACTS, "prior_auth.supply_ends": "2026-12-20"}))
    assert "Please decide this request within 72 hours of receiving it (42 CFR 423.568(b))" in text
    assert "expedited" not in text and "runs out" not in text
    # a member past the first 90 days: no transition supply
    text = draft(tmp_path, case_of("set84", "08", **{**PART_D_FACTS, "prior_auth.enrolled": "2026-08-01"}))
    assert "transition" not in text and "formulary exception to cover" in text
    # a drug never taken: asked before it begins, with no transition supply and no continuing
    history = case_of("set84", "08").data["clinical"]["history"][:2]
    text = draft(tmp_path, case_of("set84", "08", **PART_D_FACTS, **{"clinical.history": history}))
    assert "before the treatment begins" in text and "transition" not in text and "continuing" not in text
    # a formulary exception asked of a plan no Part D rule governs: no Part D citation, no coverage determination
    text = draft(tmp_path, case_of("set84", "08", **PART_D_FACTS, **{"claim.plan_type": "individual_aca"}))
    assert "formulary exception to cover" in text
    for part_d in ("423.578", "423.120", "coverage determination", "Coverage Determinations"):
        assert part_d not in text


def test_an_individual_plans_external_review_says_why_it_is_open_after_one_internal_appeal(tmp_path):
    # set 84, case 06 (MISSING): the decision on the internal appeal offered "a second-level appeal with us"; the
    # letter to the external reviewer never said that individual coverage has one internal level, so that decision
    # is final (45 CFR 147.136(b)(3)(ii))
    text = draft(tmp_path, case_of("set84", "06"))
    assert ("Individual coverage has one level of internal appeal (45 CFR 147.136(b)(3)(ii)), so that decision on the "
            "internal appeal is the final internal adverse benefit determination: no second internal appeal is "
            "required before external review.") in text
    # (mild) nothing in it is addressed to the plan: the reviewer is asked to weigh the plan's criteria, and "you"
    assert "please identify them and say which you consider unmet" not in text
    assert "If the plan’s file holds criteria other than those answered above, please weigh the records" in text
    assert "If you believe another treatment should come first" in text
    # a student health plan may have two internal levels (45 CFR 147.145): nothing said of one
    assert "one level of internal appeal" not in draft(tmp_path, case_of("set84", "06", **{"claim.student": True}))
    # an employer plan may have two as well
    text = draft(tmp_path, case_of("set84", "06", **{"claim.plan_type": "employer_erisa"}))
    assert "one level of internal appeal" not in text and "147.136(b)(3)(ii)" not in text


def test_a_notice_given_on_time_is_argued_as_timely_never_as_missed(tmp_path):
    # set 84, case 04 (FALSE, CONTRADICTION, REQUEST): the hospital called on Tuesday 05/05/2026, the second business
    # day after a Saturday admission; the letter conceded "a missed notice", called the authorization missing and
    # asked for a review of medical necessity nobody questioned
    timely = {"prior_auth.notified": "2026-05-05", "prior_auth.notice_rule": {"business_days": 2},
              "emergency.admitted": "2026-05-02 23:40"}
    text = draft(tmp_path, case_of("set84", "04", **timely))
    assert ("Notice was given on Tuesday, May 5, 2026, within the two business days the plan's terms allow, so not "
            "even what those terms set for a missed notice, $500 reduction of the inpatient benefit, applies.") in text
    assert "The last day those terms allowed was Tuesday, May 5, 2026." in text
    assert "Notice was given within the time those terms allow, so not even that applies." in text
    assert ("I ask the plan to overturn the denial and to pay the claims in full, without the reduction the plan's "
            "terms set for a missed notice.") in text
    for wrong in ("for a late notice", "for the missed notice", "procedural gap", "reviewed for medical necessity",
                  "authorized retroactively", "without deciding whether the care was medically necessary",
                  "on care that was medically necessary"):
        assert wrong not in text
    # a call on the third business day: late, and the penalty, not the denial, is what the terms allow
    text = draft(tmp_path, case_of("set84", "04", **{**timely, "prior_auth.notified": "2026-05-06"}))
    assert "within the two business days" not in text and "not even that applies" not in text
    assert "without the reduction" not in text


def test_check_asks_when_the_notice_was_given_where_the_terms_count_business_days(tmp_path):
    folder = tmp_path / "case"
    shutil.copytree(next(p for p in (SETS / "set84").iterdir() if p.is_dir() and p.name.startswith("04-")), folder)
    found = [f for f in checks.check_case(folder, today=TODAY).findings if f.field == "prior_auth.notice_rule"]
    assert found and "prior_auth.notified" in found[0].message and "emergency.admitted" in found[0].message


def test_a_standard_reconsideration_cites_no_rule_of_an_expedited_one(tmp_path):
    # set 84, case 02 (FALSE, mild): a psychiatrist's standard reconsideration said she "may ask for this review
    # without being appointed as a representative (42 CFR 422.578(c) and 422.584(a))": 422.584(a) is the physician's
    # right to ask for an expedited one
    text = draft(tmp_path, case_of("set84", "02"))
    assert "without being appointed as a representative (42 CFR 422.578(c))." in text
    assert "422.584" not in text
    # the expedited reconsideration keeps both (set 68, case 01)
    text = draft(tmp_path, case_of("set68", "01"))
    assert "without being appointed as a representative (42 CFR 422.578(c) and 422.584(a))." in text
