"""Copies of the letter (cc:): `copies:` in case.yaml resolved to names and addresses from the case and the directory,
printed under the signature, suggested by `check` where they help, and written by `build --copies` as the letter (or
the packet) behind a cover letter of its own. Every case is fictional."""
from __future__ import annotations

import datetime as dt

from conftest import ROOT, page_texts, rendered_text, run_cli, sample_variant, write_case
from pypdf import PdfReader

from appeal_kit import directory
from appeal_kit.checks import check_case

TODAY = dt.date(2026, 12, 2)
SAMPLE = ROOT / "evidence_samples" / "ketamine-trd"
EMPLOYER = {"name": "Harbor Mills Benefits Office", "address": "12 Quay Road\nPortland, ME 04101"}
PRESCRIBER = {"name": "Dr. Ada Lindqvist", "address": "9 Clinic Way, Bangor, ME 04401"}


def _data(**extra) -> dict:
    return {"claim": {"plan_type": "employer_erisa", "funding": "self_funded"},
            "patient": {"address": "1 Pine St\nAugusta, ME 04330"}, **extra}


def test_words_resolve_to_the_case_and_the_directory_and_a_name_and_address_pass_as_given():
    data = _data(employer=EMPLOYER, provider=PRESCRIBER,
                 copies=["prescriber", {"to": "employer", "enclose": "packet"},
                         {"name": "Maine Legal Aid", "address": "3 Court St, Augusta, ME 04330", "why": "as counsel"}])
    found, problems = directory.copies(data)
    assert problems == []
    assert [(c.name, c.address, c.enclose) for c in found] == [
        ("Dr. Ada Lindqvist", "9 Clinic Way, Bangor, ME 04401", "letter"),
        ("Harbor Mills Benefits Office", "12 Quay Road\nPortland, ME 04101", "packet"),
        ("Maine Legal Aid", "3 Court St, Augusta, ME 04330", "letter")]
    assert found[0].why == directory.COPY_PARTIES["prescriber"] and found[2].why == "as counsel"
    # a self-funded plan's regulator is the Labor Department (the directory's federal entry), never the state
    regulator = directory.copies(_data(copies=["regulator"]))[0][0]
    assert regulator.name == directory.federal()["ebsa"].get("name")


def test_what_cannot_be_resolved_is_named_with_the_field_to_set():
    data = _data(copies=["employer", "prescriber", "landlord", {"name": "Aunt May"}, {"to": "employer",
                                                                                     "enclose": "all"}])
    found, problems = directory.copies(data)
    assert found[0].name == "Aunt May" and len(found) == 1
    fields = [field for field, _ in problems]
    assert fields == ["copies item 1 (employer)", "copies item 2 (prescriber)", "copies item 3 (landlord)",
                      "copies item 4", "copies item 5 (employer)"]
    messages = dict(problems)
    assert "employer.name" in messages["copies item 1 (employer)"]
    assert "provider.name" in messages["copies item 2 (prescriber)"]
    assert "address" in messages["copies item 4"]
    assert directory.copies(_data(copies="employer"))[1][0][0] == "copies"  # not a list


def test_the_letter_s_own_signer_gets_no_copy_however_the_name_is_written():
    for written in ("Dr. Ada Lindqvist", "Ada Lindqvist, MD", "ADA LINDQVIST"):
        found, problems = directory.copies(_data(provider=PRESCRIBER, author={"name": written},
                                                 copies=["prescriber"]))
        assert found == [] and problems[0][0] == "copies item 1 (prescriber)", written
    found, problems = directory.copies(_data(provider=PRESCRIBER, author={"name": "Ada Lindqvist-Moe"},
                                             copies=["prescriber"]))
    assert [c.name for c in found] == ["Dr. Ada Lindqvist"] and problems == []


def test_copies_are_suggested_only_where_they_help_and_only_when_none_are_listed():
    assert directory.suggested_copies(_data(provider=PRESCRIBER), "internal appeal") == ["employer", "prescriber"]
    insured = _data(provider=PRESCRIBER)
    insured["claim"]["funding"] = "insured"
    assert directory.suggested_copies(insured, "internal appeal") == ["prescriber"]
    # a complaint about an insured plan: the state department, when the letter is not the complaint itself
    insured["complaint"] = {"summary": "no decision in time"}
    insured["patient"]["address"] = "5 Elm St, Springfield, IL 62701"  # a state whose department the directory has
    assert directory.suggested_copies(insured, "internal appeal")[0] == "regulator"
    assert "regulator" not in directory.suggested_copies(insured, "regulator")
    # the treating physician writing needs no copy to themselves; a case that chose its copies gets no suggestion
    assert directory.suggested_copies(_data(provider=PRESCRIBER, author={"relation": "physician"}),
                                      "internal appeal") == ["employer"]
    assert directory.suggested_copies(_data(copies=[]), "internal appeal") == []


def test_the_letter_prints_a_cc_line_per_copy_with_its_address_and_none_without_copies(tmp_path):
    plain = rendered_text(tmp_path, sample_variant(SAMPLE), "ketamine-trd", TODAY)
    assert "cc:" not in plain
    case = sample_variant(SAMPLE, copies=["prescriber", "employer"], employer=EMPLOYER, provider=PRESCRIBER)
    text = rendered_text(tmp_path, case, "ketamine-trd", TODAY)
    signature = text.index("Sincerely,")
    cc = text.index("cc:")
    assert signature < cc < text.index("References")
    assert "cc: Dr. Ada Lindqvist, 9 Clinic Way, Bangor, ME 04401 Harbor Mills Benefits Office, 12 Quay Road, " \
           "Portland, ME 04101" in text[cc:]


def test_check_names_unresolved_copies_and_suggests_them(tmp_path):
    folder = write_case(tmp_path / "case")
    text = (folder / "case.yaml").read_text(encoding="utf-8")
    text = text.replace("  denial_category: medical_necessity\n", "  denial_category: medical_necessity\n"
                        "  plan_type: employer_erisa\n  funding: self_funded\n")
    (folder / "case.yaml").write_text(text, encoding="utf-8")
    notes = [f for f in check_case(folder).findings if f.field == "copies"]
    assert len(notes) == 1 and notes[0].level == "note" and "copies: [employer]" in notes[0].message
    (folder / "case.yaml").write_text(text + "copies: [employer]\n", encoding="utf-8")
    findings = check_case(folder).findings
    assert not [f for f in findings if f.field == "copies"]
    assert [f.level for f in findings if f.field == "copies item 1 (employer)"] == ["warning"]


def test_a_copy_to_the_employer_is_kept_only_with_the_patients_agreement(tmp_path):
    """The letter tells the patient's diagnoses, treatments and scores; a copy to the benefits office gives them to
    the patient's employer (letters set 55, case 07), so check says so of that copy, and of no other."""
    folder = _copies_case(tmp_path, "copies: [employer, prescriber]\n")
    warned = {f.field: f.message for f in check_case(folder).warnings if f.field.startswith("copies item")}
    assert list(warned) == ["copies item 1 (employer)"] and "patient agrees" in warned["copies item 1 (employer)"]
    text = (folder / "case.yaml").read_text(encoding="utf-8").replace("copies: [employer, prescriber]\n", "")
    text = text.replace("  denial_category: medical_necessity\n", "  denial_category: medical_necessity\n"
                        "  plan_type: employer_erisa\n  funding: self_funded\n")
    (folder / "case.yaml").write_text(text, encoding="utf-8")
    note = next(f for f in check_case(folder).findings if f.field == "copies")
    assert "employer" in note.message and "agreement" in note.message


def _copies_case(tmp_path, copies: str):
    folder = write_case(tmp_path / "case", extra=(
        "  phone: (555) 010-2000\nprovider:\n  name: Dr. Ada Lindqvist\n  address: 9 Clinic Way, Bangor, ME 04401\n"
        "employer:\n  name: Harbor Mills Benefits Office\n  address: |-\n    12 Quay Road\n    Portland, ME 04101\n"
        + copies))
    (folder / "denial" / "notice.txt").write_text("Fictional denial notice.\n" * 60, encoding="utf-8")
    (folder / "clinical" / "notes.txt").write_text("Fictional progress note.\n" * 100, encoding="utf-8")
    return folder


def test_build_copies_writes_each_copy_behind_its_cover_letter(tmp_path, fake_office):
    folder = _copies_case(tmp_path, "copies:\n  - prescriber\n  - to: employer\n    enclose: packet\n")
    out = tmp_path / "out" / "packet.pdf"
    out.parent.mkdir()
    result = run_cli("build", str(folder), "-o", str(out), "--copies")
    assert result.returncode == 0, result.stderr
    packet = PdfReader(out)
    letter_pages = next(i for i, item in enumerate(packet.outline) if item.title == "Exhibit index")
    letter_pages = packet.get_destination_page_number(packet.outline[letter_pages])
    first = out.with_name("packet-copy-1-dr-ada-lindqvist.pdf")
    second = out.with_name("packet-copy-2-harbor-mills-benefits-office.pdf")
    assert sorted(p.name for p in out.parent.iterdir()) == sorted([out.name, first.name, second.name])
    for copy, pages in ((first, letter_pages), (second, len(packet.pages))):
        reader = PdfReader(copy)
        assert len(reader.pages) == 1 + pages  # the cover letter, then the letter's (or the packet's) own pages
        assert reader.outline[0].title == "Cover letter for this copy"
        assert reader.page_labels[1:] == packet.page_labels[:pages]  # the Bates numbers of the pages they copy
    cover = " ".join(page_texts(first)[0].split())
    assert "Dr. Ada Lindqvist 9 Clinic Way, Bangor, ME 04401" in cover
    assert "Copy of a letter to Fictional Health Plan for" in cover and "claim CLM-2026-0099" in cover
    assert f"({letter_pages} page" in cover and "as the treating provider who prescribed the care" in cover
    assert "(555) 010-2000" in cover
    cover = " ".join(page_texts(second)[0].split())
    assert "Harbor Mills Benefits Office 12 Quay Road Portland, ME 04101" in cover
    assert f"({len(packet.pages)} pages in all" in cover
    # the letter in the packet names both
    assert "cc:" in " ".join(page_texts(out)[letter_pages - 1].split())


def test_build_copies_refuses_a_copy_without_an_address_and_a_case_without_copies(tmp_path, fake_office):
    folder = _copies_case(tmp_path, "copies:\n  - name: Aunt May\n")
    result = run_cli("build", str(folder), "--copies")
    assert result.returncode == 3 and "copies item 1" in result.stderr and "Aunt May has no address" in result.stderr
    assert not (folder / "packet.pdf").exists()
    folder = write_case(tmp_path / "other")
    result = run_cli("build", str(folder), "--copies")
    assert result.returncode == 3 and "lists no copies" in result.stderr
