"""The appeals address intake reads: the whole block an appeal is mailed to, addressee first (address.py).
Every name and address here is fictional."""
from __future__ import annotations

import pytest

from appeal_kit.intake.address import find_appeals_address
from appeal_kit.intake.extract import Doc


def address(text: str) -> str | None:
    hit = find_appeals_address(Doc.of(text))
    return hit[0] if hit else None


@pytest.mark.parametrize("text, expected", [
    # a block of short lines under the sentence that introduces it; the letterhead's office is not it
    ("Lantern Health Plan\n12 Office Park Drive, Dover, DE 19901\n\nWe denied the claim.\n\nTo appeal, send a "
     "letter within 180 days to:\nLantern Health Plan\nAttn: Member Appeals\nPO Box 4410\nDover, DE 19903\n",
     "Lantern Health Plan, Attn: Member Appeals, PO Box 4410, Dover, DE 19903"),
    # a scan's blank lines between the lines, a speck before a line, a street with its suite
    ("Puede apelar dentro de 60 días. Envíe su apelación por escrito a\n\nPlan Sereno de Salud\n"
     "Unidad de Apelaciones\n\n- Apartado Postal 3120\n: Ciudad Alta, TX 78999\n",
     "Plan Sereno de Salud, Unidad de Apelaciones, Apartado Postal 3120, Ciudad Alta, TX 78999"),
    ("Mail your appeal to:\n    Oakline Employee Health Plan\n    c/o Fenwick Benefit Services, Appeals Unit\n"
     "    90 Mill Row, Suite 300\n    Brookfield, OH 43999\n",
     "Oakline Employee Health Plan, c/o Fenwick Benefit Services, Appeals Unit, 90 Mill Row, Suite 300, "
     "Brookfield, OH 43999"),
    # inside a sentence, wrapped over lines, the city too
    ("If you disagree you may appeal within 65 days. Write to Juniper Grove Health\nPlan, Attn: Appeals, P.O. Box "
     "31870, Sage\nHollow, ID 83999. Include this notice.\n",
     "Juniper Grove Health Plan, Attn: Appeals, P.O. Box 31870, Sage Hollow, ID 83999"),
    ("Usted tiene 60 días para apelar. Envíela a: Plan Familia Sana, Unidad de Apelaciones, Apartado 3310, "
     "Loma Clara, AZ 85998.\n", "Plan Familia Sana, Unidad de Apelaciones, Apartado 3310, Loma Clara, AZ 85998"),
    # the ZIP code on the next line
    ("To appeal, write to Kestrel Health Appeals, P.O. Box 39678, Dayton, OH\n45401, or fax us.\n",
     "Kestrel Health Appeals, P.O. Box 39678, Dayton, OH 45401"),
])
def test_the_whole_address_block_addressee_first(text, expected):
    assert address(text) == expected


def test_an_address_the_notice_says_is_not_for_appeals_is_not_taken():
    text = ("How to appeal: send this notice to\nNorth Plains Medicare Services\nPart B Redeterminations\n\n"
            "PO Box 6610\n\nFargo, ND 58199-6610\n\nQuestions? Customer service mail: North Plains, PO Box 6600, "
            "Fargo, ND 58199-6600 (not for appeals).\n")
    assert address(text) == "North Plains Medicare Services, Part B Redeterminations, PO Box 6610, Fargo, ND 58199-6610"
    assert address("Do not send appeals to our office: Harbor Plan, 1 Main Street, Bayview, WA 98990.\n") is None


def test_no_address_outside_a_passage_about_appeals():
    # the patient's own address block and the plan's letterhead are not where appeals go
    assert address("Harbor Plan\n1 Main Street\nBayview, WA 98990\n\nDana Reyes\n45 Linden Court\nEverett, WA "
                   "98999\n\nWe denied the claim.\n") is None


def test_the_letter_prints_the_block_under_the_insurer_name_once(tmp_path):
    from datetime import date
    from pathlib import Path

    from conftest import rendered_text, sample_variant

    sample = Path(__file__).resolve().parent.parent / "evidence_samples" / "ketamine-trd"
    name = sample_variant(sample).data["insurer"]["name"]
    block = "Attn: Member Appeals, PO Box 4410, Dover, DE 19903"
    text = rendered_text(tmp_path, sample_variant(sample, **{"insurer.appeals_address": f"{name}, {block}"}),
                         "medical-necessity", date(2026, 12, 2), clinic=None)
    assert f"{name} {block}" in text and f"{name} {name}" not in text
    # another addressee (the plan a TPA acts for) is kept under the name
    other = f"Oakline Employee Health Plan, c/o {name}, {block}"
    text = rendered_text(tmp_path, sample_variant(sample, **{"insurer.appeals_address": other}),
                         "medical-necessity", date(2026, 12, 2), clinic=None)
    assert f"{name} {other}" in text


def test_the_word_that_introduces_the_address_is_not_its_addressee():
    text = ("Appeal: you may ask for a standard appeal in writing, within 180 days of receiving this notice,\n"
            "to Larch Assurance Appeals, 600 Quill Road, Suite\n\n40, Cedar Harbor, WA 98999.\n")
    assert address(text) == "Larch Assurance Appeals, 600 Quill Road, Suite 40, Cedar Harbor, WA 98999"


@pytest.mark.parametrize("text, expected", [
    # addressee, department, box and city run together without commas, on one line or wrapped
    ("You may appeal within 180 days.\nMail the appeal to: Fernhill Mutual Claims Review P.O. Box 7702 Oak Mesa, "
     "NV 89999\nKeep a copy.\n", "Fernhill Mutual Claims Review, P.O. Box 7702, Oak Mesa, NV 89999"),
    ("Puede apelar dentro de 60 días. Mande su carta a:\nSalud Pradera Oficina de Apelaciones Apartado Postal\n"
     "818 Villa Serena, AZ\n85999\n", "Salud Pradera Oficina de Apelaciones, Apartado Postal 818, Villa Serena, AZ 85999"),
    ("To appeal, write within 60 days to Rowan Health Appeals 55 Tannery Road Suite 2 Elm Ford, VT 05999.\n",
     "Rowan Health Appeals, 55 Tannery Road Suite 2, Elm Ford, VT 05999"),
    # OCR read the colon after "to" as a semicolon
    ("Appeals must reach us within 90 days. Send them to; Quarry Point Health, Appeal Desk, PO Box 12, Slate Hill, "
     "ME 04999.\n", "Quarry Point Health, Appeal Desk, PO Box 12, Slate Hill, ME 04999"),
    # a label on the addressee's line
    ("You can ask for a redetermination within 65 days.\n\nAddress: Tallgrass Rx, Attn: Redeterminations, "
     "PO Box 3, Prairie Rock, NE 68999\n", "Tallgrass Rx, Attn: Redeterminations, PO Box 3, Prairie Rock, NE 68999"),
    # a scan's blank lines inside the sentence that gives the address
    ("You may appeal within 180 days. Send the appeal to: Lakeshore County Employee\n\nBenefit Plan, Appeals "
     "Office, PO Box 90,\n\nHarbor Mills, MI 49999.\n",
     "Lakeshore County Employee Benefit Plan, Appeals Office, PO Box 90, Harbor Mills, MI 49999"),
])
def test_addresses_as_other_writers_print_them(text, expected):
    assert address(text) == expected


def test_a_forwarded_notice_under_the_senders_signature():
    text = ("Hi, the plan denied your visit; see below. Appeals go to the plan, not to us.\n\nThanks,\nJo Park\n"
            "Front Desk\nBirchwood Clinic\n12 Alder Street, Pine Bluff, OR 97999\n\n"
            "---------- Forwarded message ---------\n> You may appeal within 180 days. Send your appeal to:\n>\n"
            ">   Cascade Valley Health Plan\n>   Appeals Unit\n>   PO Box 5501\n>   Salem Point, OR 97998\n")
    assert address(text) == "Cascade Valley Health Plan, Appeals Unit, PO Box 5501, Salem Point, OR 97998"


def test_a_warning_about_another_address_in_the_next_sentence_does_not_reject_this_one():
    text = ("You may appeal within 180 days. Send it to: Atlas Expat Health, Appeals Team, 3 Pier Road, Key Haven, FL "
            "33999. Do not send appeals to our Madrid office.\n")
    assert address(text) == "Atlas Expat Health, Appeals Team, 3 Pier Road, Key Haven, FL 33999"
    pointing_back = ("Appeals are explained below. Our office: Atlas Expat Health, 3 Pier Road, Key Haven, FL 33999. "
                     "Do not send appeals to this address.\n")
    assert address(pointing_back) is None


@pytest.mark.parametrize("text, expected", [
    # a photo's blank line between a wrapped sentence's state and its ZIP
    ("Mail your appeal to: Fernleaf Community Plan, Attn: Appeals, PO Box 2210, Oak Mesa, KS\n\n66998. Or call.\n",
     "Fernleaf Community Plan, Attn: Appeals, PO Box 2210, Oak Mesa, KS 66998"),
    # a fax's "Attn:" read as "Aun:" is the department's line, not a label before the addressee
    ("Send a written request to: Quillwood Health Partners, Aun: Appeals\nReconsiderations, P.O. Box 1180, "
     "Dune Flats, AZ 85398.\n",
     "Quillwood Health Partners, Attn: Appeals Reconsiderations, P.O. Box 1180, Dune Flats, AZ 85398"),
])
def test_ocr_damage_inside_an_address_sentence(text, expected):
    assert address(text) == expected


def test_a_label_before_the_addressee_is_still_dropped():
    text = "To appeal, mail it.\nAddress: Quillwood Health Partners\nPO Box 1180\nDune Flats, AZ 85398\n"
    assert address(text) == "Quillwood Health Partners, PO Box 1180, Dune Flats, AZ 85398"


def test_address_boxes_side_by_side_are_read_one_after_the_other():
    text = """You must file your appeal no later than May 24, 2027. Use the appeals address on the right.
Correspondence and claims                          Appeals
Northpass Health Plans                             Northpass Health Plans
Member Correspondence                              Attn: Grievance and Appeals Department
PO Box 4400                                        615 Meridian Trace, Suite 220
Halvorsen, OR 97998                                Halvorsen, OR 97999

For help, call 1-800-555-0193.
"""
    found = find_appeals_address(Doc.of(text))
    assert found and found[0] == ("Northpass Health Plans, Attn: Grievance and Appeals Department, "
                                  "615 Meridian Trace, Suite 220, Halvorsen, OR 97999")
