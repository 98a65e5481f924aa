"""An approved course cut before its period is over: outside Medicaid too, the plans that follow the ERISA claims rule
must leave time to appeal, and decide the appeal, before the benefit is cut (rules.yaml concurrent_care_continuation;
letters set 58, case 04, where the docs had said only Medicaid kept care going). The cases are the fictional review
cases of tests/resources/letter-review; each letter is read back sentence by sentence with what each rests on."""
from __future__ import annotations

import pytest
from test_letter_set14_findings import TODAY, case_of

from appeal_kit.letter import claims, render

RULE = "rule concurrent_care_continuation"


def traced(tmp_path, case) -> list[claims.Sentence]:
    report: dict = {}
    out = render.render_letter(case, render.find_template("medical-necessity"), tmp_path / "letter.docx", today=TODAY,
                               clinic=None, report=report)
    return claims.trace_letter(case, report["facts"], out, TODAY)


@pytest.mark.parametrize("plan, cited", [
    ("church", "26 CFR 54.9815-2719(b)(2)(iii), applying 29 CFR 2560.503-1(f)(2)(ii)(A)"),
    ("employer_erisa", "29 CFR 2560.503-1(f)(2)(ii)(A)"),
    ("governmental", "45 CFR 147.136(b)(2)(iii), applying 29 CFR 2560.503-1(f)(2)(ii)(A)"),
    ("individual_aca", "45 CFR 147.136(b)(3), applying 29 CFR 2560.503-1(f)(2)(ii)(A)"),
])
def test_a_plan_under_the_claims_rule_is_asked_to_keep_an_approved_course_covered(tmp_path, plan, cited):
    case = case_of("set15", "06", **{"claim.plan_type": plan, "claim.pending_services": ["10 more program days"]})
    asked = [st for st in traced(tmp_path, case) if RULE in st.sources]
    assert len(asked) == 1 and asked[0].text.endswith(f"({cited}).") and not asked[0].missing


@pytest.mark.parametrize("changes", [
    {"claim.plan_type": "fehb", "claim.pending_services": ["10 more program days"]},  # no such rule for FEHB
    {"claim.pending_services": []},  # the program is over: nothing left to keep covered
    {"claim.action": "none", "claim.pending_services": ["10 more program days"]},  # a new request, nothing approved
])
def test_no_continuation_is_asked_where_the_rule_or_the_case_does_not_give_it(tmp_path, changes):
    assert not [st for st in traced(tmp_path, case_of("set15", "06", **changes)) if RULE in st.sources]
