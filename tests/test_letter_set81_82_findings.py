"""Findings of letters sets 81 and 82's blind reviews at b4aa4624 (tests/resources/letter-review/set81-review.md,
set82-review.md), fixed by kind."""
from __future__ import annotations

import pytest

from appeal_kit.letter import derived


@pytest.mark.parametrize("codes, wanted", [
    # set 81, case 03 (REQUEST): a capsaicin patch for diabetic neuropathy, E11.42 first and a depression after it,
    # was to be decided by "a psychiatrist experienced in treating this condition"
    (["E11.42", "F33.0"], "a physician in the same specialty as the treating clinician"),
    (["I63.9", "F32.A"], "a physician in the same specialty as the treating clinician"),
    # a mental disorder first, or one coded under pregnancy or as a symptom, is a psychiatrist's
    (["F33.0", "E11.42"], "a psychiatrist"),
    (["O99.345", "F53.0"], "a psychiatrist"),
    (["R45.851", "F33.2"], "a psychiatrist"),
])
def test_a_body_systems_condition_first_is_not_a_psychiatrists_to_review(codes, wanted):
    assert derived.reviewer_specialty({"claim": {"diagnosis_codes": codes}}) == wanted


def test_a_grandfathered_government_plans_letter_cites_none_of_the_acas_appeal_rules(tmp_path):
    # set 82, case 03 (FALSE x3): a city plan that says it is grandfathered had 45 CFR 147.136 (applying 29 CFR
    # 2560.503-1) cited for its appeal; those rules reach only a plan that is not grandfathered
    from datetime import date

    from conftest import docx_text
    from test_letter_set14_findings import case_of

    from appeal_kit.letter import render
    from appeal_kit.rules import Citations

    def letter(**changes) -> str:
        case = case_of("set82", "03", **changes)
        info, _why = render.template_for_case(case)
        out = render.render_letter(case, info, tmp_path / "letter.docx", today=date(2026, 12, 7), clinic=None)
        return " ".join(docx_text(out).split())

    assert "147.136" not in letter() and "2560.503-1" not in letter()
    assert "147.136" in letter(**{"claim.grandfathered": False})
    # the rules that reach such a plan by another law still do (parity, 45 CFR 146.136)
    assert Citations("governmental", grandfathered=True).cite("parity_nqtl") == Citations("governmental").cite("parity_nqtl") != ""
    assert Citations("church", grandfathered=True).cite("appeal_window") == ""
    assert Citations("employer_erisa", grandfathered=True).cite("appeal_window") == "29 CFR 2560.503-1(h)(3)(i)"


def test_after_the_ires_decision_a_part_d_letter_asks_an_alj_hearing(tmp_path):
    # set 82, case 07 (REQUEST, FALSE, CONTRADICTION): the IRE upheld the denial on 10/20 and the letter, addressed to
    # OMHA, asked for the IRE reconsideration that had already been decided
    from datetime import date

    from conftest import docx_text
    from test_letter_set14_findings import case_of

    from appeal_kit.intake import deadlines
    from appeal_kit.letter import render

    case = case_of("set82", "07")
    assert deadlines.level_of_case(case.data) is deadlines.PART_D_ALJ_LEVEL
    info, _why = render.template_for_case(case)
    assert info.name == "external-review-request"
    out = render.render_letter(case, info, tmp_path / "letter.docx", today=date(2026, 12, 7), clinic=None)
    text = " ".join(docx_text(out).split())
    assert "Request for hearing before an Administrative Law Judge (ALJ)" in text and "Dear Judge:" in text
    assert "as the independent review entity upheld it in the reconsideration dated October 20, 2026" in text
    assert "within 60 days after receipt of the independent review entity's reconsideration notice " \
           "(42 CFR 423.2002(a))" in text
    assert "423.600" not in text  # the IRE's own level is over
    # the plan's redetermination alone still goes to the IRE
    case.data["decisions"] = case.data["decisions"][:1]
    assert deadlines.level_of_case(case.data) is deadlines.NEXT_LEVELS["medicare_part_d"]
