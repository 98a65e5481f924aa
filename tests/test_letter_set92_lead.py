"""Process findings of letters set 92's blind review at cc987886 (tests/resources/letter-review/set92-review.md),
fixed by the lead: the other plan's explanation of benefits that says it pays second itself is never the ground for
processing the claim here as the secondary payer."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import docx_text
from test_letter_set14_findings import case_of

from appeal_kit.case.folder import Case
from appeal_kit.checks import check_case
from appeal_kit.letter import render

TODAY = date(2026, 12, 7)
CASE = "92-04"  # an insured employer plan's child, the birthday rule misread by the parents' ages


def draft(tmp_path: Path, case: Case) -> str:
    info, _why = render.template_for_case(case)
    out = render.render_letter(case, info, tmp_path / f"{info.name}.docx", today=TODAY, clinic=None)
    return " ".join(docx_text(out).split())


def test_an_eob_that_says_its_plan_pays_second_is_not_processed_on_as_secondary(tmp_path):
    # 04 (CONTRADICTION, REQUEST): "so the plan can process it as the secondary payer" and "I ask the plan to process
    # the claim as the secondary payer on that explanation of benefits", beside the father's plan's "This plan is
    # secondary for this dependent" and $0.00 paid: granted, the claim is left unpaid between the two plans
    text = draft(tmp_path, case_of("set92", CASE))
    assert "as the secondary payer" not in text
    assert "and its explanation of benefits says that it pays second itself, so neither plan is paying first" in text
    assert "having found that it pays second, to reprocess the claim as the primary payer, or else to say which rule " \
           "makes Monongahela Builders Health Plan (the father's employer plan) the first payer" in text
    # an explanation of benefits that pays nothing for another reason is still processed on as the secondary payer
    other = draft(tmp_path, case_of("set92", CASE, **{"other_coverage.processed.quote": "Service not covered."}))
    assert "so the plan can process it as the secondary payer" in other
    assert "pays second itself" not in other


def test_the_birthday_rule_is_asked_for_and_applied_with_the_parents(tmp_path):
    folder = case_of("set92", CASE).folder
    assert "other_coverage.parents" in [f.field for f in check_case(folder, today=TODAY).warnings]
    parents = {"here": {"name": "Sofia Lindgren-Farouk", "born": "1988-03-14"},
               "other": {"name": "Karim Farouk", "born": "1984-09-03"}}
    text = draft(tmp_path, case_of("set92", CASE, **{"other_coverage.parents": parents}))
    assert "Under the plan's own birthday rule" in text and "reprocess the claim as the primary payer" in text
    assert "as the secondary payer" not in text


def test_an_approval_honored_for_an_option_that_pays_out_of_network_asks_no_in_network_level(tmp_path):
    # 03 (CONTRADICTION): the PPO's out-of-network benefits argued, then the approval (which says "out-of-network")
    # asked honored "at the in-network benefit level"
    text = draft(tmp_path, case_of("set92", "92-03"))
    assert "I ask the plan to honor organization determination OD-26-0612-7730 and to reprocess the claim under its " \
           "terms: 90867 and 90868, provided from June 22, 2026 through August 11, 2026 (36 sessions)." in text
    assert "in-network benefit level" not in text
    # an option that pays nothing out of network: the approval is honored at the in-network level
    closed = draft(tmp_path, case_of("set92", "92-03", **{"plan_option.out_of_network": False}))
    assert "(36 sessions), at the in-network benefit level." in closed
