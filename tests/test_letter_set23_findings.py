"""Set 23's findings (tests/resources/letter-review/set23): each fix tested on its structure, with the cases that
must stay as they were."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from test_letter_set12_findings import case12

from appeal_kit.letter import claims, derived, render

SET23 = Path(__file__).resolve().parent / "resources" / "letter-review" / "set23"
TODAY = date(2026, 12, 5)


def paragraphs(*texts: str):
    doc = docx.Document()
    for text in texts:
        doc.add_paragraph(text)
    return doc


@pytest.mark.parametrize("name, head", [
    ("Aspen Peak Kids Health Plan (FICTIONAL), a CHIP managed care plan", "Aspen Peak Kids Health Plan"),
    ("Original Medicare (Part B), claims processed by Lakeshore Medicare Services, the Medicare Administrative "
     "Contractor", "Original Medicare"),
    ("Medicare Part A, claims processed by Gateway Plains", "Medicare Part A"),
    # a comma inside parentheses is no appositive, and a name without one is its own head
    ("Prairie Shield (Life, Health) Plan", "Prairie Shield (Life, Health) Plan"),
    ("Blue Heron Federal Health Plan", "Blue Heron Federal Health Plan")])
def test_a_payer_name_s_head_is_the_name_before_its_appositive(name, head):
    assert derived.appositive_head(name) == head


def test_a_long_payer_name_is_made_possessive_by_its_head_and_a_plural_name_by_the_apostrophe_alone():
    # set 23, cases 02 and 03: "... the Medicare Administrative Contractor’s denial"; "Benefit Services’s"
    long = "Lanternwood Federal Health Plan (FICTIONAL), administered by Lanternwood Benefit Services"
    doc = paragraphs(f"I request review of {long}’s reconsideration decision.", f"Its name is {long}.",
                     f"It quotes “{long}’s terms” as written.")
    assert render.possessive_head(doc, long) == 1
    assert [p.text for p in doc.paragraphs] == [
        "I request review of Lanternwood Federal Health Plan’s reconsideration decision.", f"Its name is {long}.",
        f"It quotes “{long}’s terms” as written."]
    doc = paragraphs("I appeal Westgate Military Health Services’s denial.", "Kestrel Health's decision")
    assert render.possessive_head(doc, "Westgate Military Health Services") == 1
    assert render.possessive_head(doc, "Kestrel Health") == 0  # a name in no plural form keeps its ’s
    assert [p.text for p in doc.paragraphs] == ["I appeal Westgate Military Health Services’ denial.",
                                                "Kestrel Health's decision"]


def test_an_appositive_in_a_payer_name_is_closed_by_a_comma_where_the_sentence_goes_on():
    # set 23, case 01: "which Aspen Peak Kids Health Plan (FICTIONAL), a CHIP managed care plan denied on ..."
    name = "Aspen Peak Kids Health Plan (FICTIONAL), a CHIP managed care plan"
    doc = paragraphs(f"The claim, which {name} denied on October 20.", f"The letter is sent to {name}.",
                     f"Care within the {name} network.", f"It says “{name} denies it”.")
    assert render.close_appositive(doc, name) == 1
    assert [p.text for p in doc.paragraphs] == [
        f"The claim, which {name}, denied on October 20.", f"The letter is sent to {name}.",
        f"Care within the {name} network.", f"It says “{name} denies it”."]
    assert render.close_appositive(paragraphs("Sent to Kestrel Health Plan today."), "Kestrel Health Plan") == 0


def test_the_claims_report_lists_a_fact_whose_paragraph_says_the_payer_s_name_short(tmp_path):
    # set 23, case 01: "The plan approved BH-26-0904-77315 ..." was rendered from "Aspen Peak Kids Health Plan
    # (FICTIONAL), a CHIP managed care plan approved ..." and shortened after; the report lost the approval when the
    # opening no longer said the long name whole
    case = case12("01", where=SET23)
    report: dict = {}
    out = render.render_letter(case, render.find_template(case.data["template"]), tmp_path / "letter.docx",
                               today=TODAY, clinic=None, report=report)
    text = " ".join(claims.letter_paragraphs(out, whole=True))
    assert "The plan approved BH-26-0904-77315" in text
    assert "Aspen Peak Kids Health Plan (FICTIONAL), a CHIP managed care plan, denied" in text
    listed = {st.id for st in claims.statements(report["facts"], out, case.data)}
    assert "pa_approved" in listed
    assert "pa_approved" not in {st.id for st in claims.statements(report["facts"], out)}  # without the names: lost


@pytest.mark.parametrize("changes, asked", [
    ({}, False),  # Original Medicare: the notice's stated reason is its basis; no plan provisions to name
    ({"claim.plan_type": "employer_erisa"}, True),
    ({"claim.plan_type": "medicare_advantage"}, True)])  # a plan: its provision is asked for
def test_original_medicare_is_not_asked_to_identify_the_provision_of_a_reason_it_stated(changes, asked):
    # set 23, case 03: "Please identify the provision this denial relies on" after the notice's enrollment reason
    case = case12("03", where=SET23, **changes)
    ctx = render.build_context(case, render.find_template(case.data.get("template") or "medical-necessity"),
                               today=TODAY, clinic=None)
    assert ("other" in [a["name"] for a in ctx["arguments"]]) is asked


@pytest.mark.parametrize("effective, said", [
    ("2026-01-26", True),  # case 03: billing privileges from January 26, the first visit February 2
    ("2026-02-09", False)])  # a visit before the enrollment took effect: the point is not made
def test_a_provider_enrolled_before_the_first_date_of_service_is_said_so_with_its_record(effective, said):
    case = case12("03", where=SET23, **{"provider_enrollment.effective": effective})
    ctx = render.build_context(case, render.find_template(case.data.get("template") or "medical-necessity"),
                               today=TODAY, clinic=None)
    assert derived.provider_enrollment(case.data)["within"] is said
    block = next((a for a in ctx["arguments"] if a["name"] == "provider_enrollment"), None)
    assert (block is not None) is said
    if block:
        assert any("correct its enrollment record to January 26, 2026" in p for p in block["paragraphs"])
