"""The sender lines of a letter: a patient writing their own appeal signs with the address, phone and e-mail given
once in the patient block, so the decision has somewhere to go (letters set 77, case 02; set 78, cases 02 and 04:
the sender block printed the name alone); anyone else's contact details are never taken from the patient's."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import rendered_text, sample_variant, write_case

from appeal_kit import checks
from appeal_kit.letter.clinic import sender_details

TRD = Path(__file__).resolve().parents[1] / "evidence_samples" / "ketamine-trd"
TODAY = date(2026, 12, 4)
NO_OWN_CONTACT = {"author.address": None, "author.phone": None, "author.email": None}


def sender_lines(text: str) -> str:
    return text.split("December 4, 2026", 1)[0]  # what comes before the date: the author's block


def test_a_patient_author_signs_with_the_patient_blocks_address(tmp_path):
    case = sample_variant(TRD, **NO_OWN_CONTACT, **{"patient.email": "dana@mail.example"})
    head = sender_lines(rendered_text(tmp_path, case, "ketamine-trd", TODAY))
    assert "2218 Alder Creek Lane, Eugene, OR 97405" in head
    assert "(541) 555-0148" in head and "dana@mail.example" in head
    # the author's own details, where given, are the ones printed
    own = sample_variant(TRD, **{"author.phone": "(541) 555-0177"})
    assert "(541) 555-0177" in sender_lines(rendered_text(tmp_path, own, "ketamine-trd", TODAY))


def test_someone_else_never_signs_with_the_patients_address(tmp_path):
    case = sample_variant(TRD, **NO_OWN_CONTACT, **{"author.name": "Rosa Whitfield", "author.relation": "parent",
                                                   "author.role": "Mother"})
    assert sender_details(case.data, None) == {"address": None, "phone": None, "fax": None, "email": None}
    head = sender_lines(rendered_text(tmp_path, case, "ketamine-trd", TODAY))
    assert "Alder Creek" not in head and "555-0148" not in head


def test_check_counts_the_patient_blocks_phone_as_the_authors(tmp_path):
    folder = write_case(tmp_path / "case", extra="template: expedited-appeal\nurgency:\n  reason: x\n")
    warned = {f.field for f in checks.check_case(folder, today=TODAY).warnings}
    assert "author.phone" in warned  # nobody to call
    text = (folder / "case.yaml").read_text().replace("  member_id: XJ 4471-002\n",
                                                      "  member_id: XJ 4471-002\n  phone: (541) 555-0148\n")
    (folder / "case.yaml").write_text(text)
    assert "author.phone" not in {f.field for f in checks.check_case(folder, today=TODAY).warnings}
