"""Supporting literature: the evidence library checked against stored PubMed records, imports from every format,
citeproc formatting, letters that cite by key, and pointers that land on the right Bates pages of the packet."""
from __future__ import annotations

import copy
import re
import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest
from conftest import RESOURCES, docx_text, page_texts, run_cli, write_case

from appeal_kit import checks
from appeal_kit.case.folder import Case, load_case
from appeal_kit.errors import CaseError, TemplateError
from appeal_kit.letter import arguments, cite, render
from appeal_kit.numbering import lay_out

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "evidence_samples" / "ketamine-trd"
LITERATURE = RESOURCES / "literature"
PUBMED = RESOURCES / "pubmed"
TODAY = date(2026, 11, 26)


# ---------------------------------------------------------------------------------------------- the library

def test_every_bundled_reference_matches_its_stored_pubmed_record():
    library = cite.library()
    assert set(library) == {p.stem for p in PUBMED.glob("*.nbib")}
    for key, ref in library.items():
        (record,) = cite.read_references(PUBMED / f"{key}.nbib")
        assert ref.doi == record["DOI"] and ref.pmid == record["PMID"], key
        assert ref.csl["author"][0] == record["author"][0], key
        assert ref.csl["issued"] == record["issued"], key
        assert ref.csl["container-title-short"] == record["container-title-short"], key
        assert (ref.csl["volume"], ref.csl["issue"]) == (record["volume"], record["issue"]), key
        assert ref.csl["page"] == record["page"], key  # MEDLINE's "1134-42" read back in full
        assert ref.csl["title"].rstrip(".").lower() == record["title"].lower(), key
        assert ref.summary and ref.supports and set(ref.tags) <= set(cite.TAGS), key


def test_library_tags_and_cli_listing():
    assert {r.key for r in cite.by_tag("esketamine")} == {"popova-2019", "daly-2019", "mcintyre-2021"}
    # TMS and ECT papers (issue 18) carry their own tags, never `trd`: a ketamine case's `literature_tags: [trd]`
    # takes no TMS or ECT paper
    assert {r.key for r in cite.by_tag("tms")} == {"perera-2016"}
    assert {r.key for r in cite.by_tag("ect")} == {"uk-ect-2003", "kellner-2006"}
    assert not {r.key for r in cite.by_tag("trd")} & {"perera-2016", "uk-ect-2003", "kellner-2006"}
    out = run_cli("evidence", "list", "--tag", "crps")
    assert out.returncode == 0 and "cohen-2018" in out.stdout and "10.1097/AAP.0000000000000808" in out.stdout
    assert "murrough" not in out.stdout
    shown = run_cli("evidence", "show", "anand-2023")
    assert "Ketamine versus ECT" in shown.stdout and "37224232" in shown.stdout and "noninferior" in shown.stdout
    missing = run_cli("evidence", "show", "nobody-1999")
    assert missing.returncode == 2 and "no reference 'nobody-1999'" in missing.stderr


# ---------------------------------------------------------------------------------------------- imports

AMA = {
    "zarate-2006.bib": "Zarate CA, Singh JB, Carlson PJ. A randomized trial of an N-methyl-D-aspartate antagonist in "
                       "treatment-resistant major depression. Archives of General Psychiatry. 2006;63(8):856-864. "
                       "doi:10.1001/archpsyc.63.8.856",
    "cohen-2018.ris": "Cohen SP, Bhatia A, Buvanendran A. Consensus guidelines on the use of intravenous ketamine "
                      "infusions for chronic pain from the American Society of Regional Anesthesia and Pain Medicine, "
                      "the American Academy of Pain Medicine, and the American Society of Anesthesiologists. Reg "
                      "Anesth Pain Med. 2018;43(5):521-546. doi:10.1097/AAP.0000000000000808",
    "sanacora-2017.json": "Sanacora G, Frye MA, McDonald W. A consensus statement on the use of ketamine in the "
                          "treatment of mood disorders. JAMA Psychiatry. 2017;74(4):399-405. "
                          "doi:10.1001/jamapsychiatry.2017.0080",
}


@pytest.mark.parametrize("name", sorted(AMA))
def test_import_round_trip_bibtex_ris_csl_json(name):
    items = cite.read_references(LITERATURE / name)
    assert len(items) == 1
    assert cite.format_references(items, "ama") == [AMA[name]]


def test_import_pubmed_nbib_with_two_records_and_wrapped_lines():
    items = cite.read_references(LITERATURE / "esketamine-two-records.nbib")
    assert [i["PMID"] for i in items] == ["31109201", "31166571"]
    assert items[0]["title"].endswith("a randomized double-blind active-controlled study")  # joined over 3 lines
    assert items[0]["author"][0] == {"family": "Popova", "given": "V"}
    assert items[1]["DOI"] == "10.1001/jamapsychiatry.2019.1189" and items[1]["page"] == "893-903"
    keys = [r.key for r in cite.references_from_file(LITERATURE / "esketamine-two-records.nbib")]
    assert keys == ["popova-2019", "daly-2019"]


def test_cite_command_styles():
    out = run_cli("cite", str(PUBMED / "murrough-2013.nbib"), "--style", "vancouver")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("1. Murrough JW, Iosifescu DV, Chang LC. Antidepressant efficacy")
    assert "2013;170(10):1134–42" in out.stdout and "PMID: 23982301" in out.stdout
    apa = run_cli("cite", str(LITERATURE / "sanacora-2017.json"), "--style", "apa")
    assert "Sanacora, G., Frye, M. A., & McDonald, W. (2017)." in apa.stdout
    bad = run_cli("cite", str(RESOURCES / "pdfs" / "plain-notes.txt"))
    assert bad.returncode != 0 and bad.stderr.startswith("Error:") and "Traceback" not in bad.stderr


def test_a_medline_corporate_author_is_printed_as_written():
    """PubMed gives a group author as `CN` ("UK ECT Review Group"): one name, never split into family and initials."""
    (record,) = cite.read_references(PUBMED / "uk-ect-2003.nbib")
    assert record["author"] == [{"literal": "UK ECT Review Group"}]
    (line,) = cite.format_references([record])
    assert line.startswith("UK ECT Review Group. Efficacy and safety of electroconvulsive therapy")


def test_medline_pages_are_written_in_full():
    assert cite.full_pages("1134-42") == "1134-1142" and cite.full_pages("856-64") == "856-864"
    assert cite.full_pages("e123") == "e123" and cite.full_pages("521-546") == "521-546"


# ---------------------------------------------------------------------------------------------- a case's literature

def test_case_literature_by_id_import_metadata_and_tags(tmp_path):
    folder = write_case(tmp_path / "case", extra="""\
literature:
  - id: murrough-2013
    file: literature/murrough.pdf
  - import: literature/zarate-2006.bib
  - title: Esketamine nasal spray prescribing information
    organization: Janssen Pharmaceuticals
    publisher: Janssen Pharmaceuticals
    year: 2025
    type: report
literature_tags: [crps]
""")
    shutil.copy(LITERATURE / "zarate-2006.bib", folder / "literature")
    shutil.copy(RESOURCES / "pdfs" / "rotated.pdf", folder / "literature" / "murrough.pdf")
    case = load_case(folder)
    refs = cite.case_references(case.data, case.folder)
    assert [r.key for r in refs] == ["murrough-2013", "zarate-2006", "janssen-pharmaceuticals-2025", "cohen-2018"]
    assert refs[0].file == (folder / "literature" / "murrough.pdf").resolve()
    # the .bib export beside the papers is a source of references, not an exhibit
    assert [e.path.name for e in case.exhibits] == ["murrough.pdf"]


@pytest.mark.parametrize("entry, message", [
    ("- id: nobody-1999", "'nobody-1999' is not in the evidence library"),
    ("- import: literature/missing.ris", "missing.ris: not found"),
    ("- {title: A paper, year: 2020}", "a reference needs title, authors (or organization), journal"),
    ("- {id: murrough-2013, file: literature/absent.pdf}", "file literature/absent.pdf was not found"),
])
def test_literature_problems_are_check_errors(tmp_path, entry, message):
    folder = write_case(tmp_path / "case", extra=f"literature:\n  {entry}\n")
    errors = checks.check_case(folder, today=TODAY).errors
    assert any(f.field == "literature" and message in f.message for f in errors), errors


def test_an_unknown_cite_key_is_an_error_naming_it(tmp_path):
    pack = tmp_path / "pack"
    pack.mkdir()
    shutil.copy(render.find_template("medical-necessity").path, pack / "medical-necessity.docx")
    (pack / "arguments.yaml").write_text(
        "medical_necessity:\n  heading: H\n  paragraphs:\n    - \"Shown before {{ cite('smith-2099') }}.\"\n")
    case = load_case(SAMPLE)
    with pytest.raises(TemplateError, match=r"cite\('smith-2099'\): no reference with that key"):
        render.render_letter(case, render.find_template("medical-necessity", [pack]), tmp_path / "l.docx",
                             clinic=None)


def test_no_hand_typed_citations_in_templates_or_arguments():
    """Citations come from keys, so the text and the reference list cannot disagree."""
    typed = re.compile(r"et al\.|\d{4};\d+\(\d+\)|Am J Psychiatry|JAMA Psychiatry|N Engl J Med|Reg Anesth")
    for t in render.list_templates():
        with zipfile.ZipFile(t.path) as z:
            assert not typed.search(z.read("word/document.xml").decode("utf-8")), t.name
    source = (REPO / "letter_templates" / "arguments.yaml").read_text(encoding="utf-8")
    assert not typed.search(source)
    assert "cite('" in source


# ---------------------------------------------------------------------------------------------- letters

def _letter(tmp_path: Path, case: Case, name: str = "ketamine-trd", **kw) -> str:
    out = render.render_letter(case, render.find_template(name), tmp_path / "l.docx", today=TODAY, clinic=None, **kw)
    return docx_text(out)


def test_citations_are_numbered_in_reading_order_with_a_reference_list(tmp_path):
    text = _letter(tmp_path, load_case(SAMPLE))
    body, refs = text.split("\nReferences\n")
    cited = re.findall(r"\[(\d+(?:, \d+)*)\]", body)
    firsts = []
    for group in cited:
        for n in map(int, group.split(", ")):
            if n not in firsts:
                firsts.append(n)
    assert firsts == list(range(1, len(firsts) + 1)) and len(firsts) >= 5  # first use gives the number
    entries = re.findall(r"^(\d+)\.\t(.+)$", refs, re.M)
    assert [int(n) for n, _ in entries] == list(range(1, len(entries) + 1))
    # the first cited is the consensus statement the published-criteria table is measured against
    assert entries[0][1].startswith("Sanacora G, Frye MA, McDonald W, et al. A consensus statement")
    assert "(enclosed: Exhibit D)" in refs  # without packet numbers: the exhibit only


def test_a_letter_without_citations_has_no_reference_section(tmp_path):
    data = copy.deepcopy(load_case(SAMPLE).data)
    data["literature"] = []
    data["claim"]["denial_category"] = "coding_billing"
    data["claim"]["denial_reason"] = "The claim does not give the NDC for J3490."
    case = Case(folder=SAMPLE, data=data, exhibits=load_case(SAMPLE).exhibits)
    text = _letter(tmp_path, case, "medical-necessity")
    assert "References" not in text and "⟦" not in text and "[1]" not in text


def test_pointers_use_bates_numbers_once_the_packet_is_numbered(tmp_path):
    case = load_case(SAMPLE)
    data = copy.deepcopy(case.data)
    data["payer_criteria"] = [{"criterion": "Two failed antidepressants", "how_met": "Four trials",
                               "evidence": {"file": "clinical/progress-notes.pdf", "page": "2-3"}}]
    case = Case(folder=case.folder, data=data, exhibits=case.exhibits, bates_prefix=case.bates_prefix)
    numbering = lay_out("WHITFIELD", 4, 1, [(e.title, 2) for e in case.exhibits])
    report: dict = {}
    text = _letter(tmp_path, case, numbering=numbering, report=report)
    # the history's definition of TRD first, then the ECT comparison among the alternatives (the sample's ECT)
    assert report["uses_numbering"] and report["references"][:2] == ["mcintyre-2021", "anand-2023"]
    # exhibit B (progress notes): cover at 9, its pages 10-11; page 3 does not exist, so the range cannot be given
    assert "Exhibit B, pp. 2–3" in text
    assert "(enclosed: Exhibit D, WHITFIELD-000016–WHITFIELD-000017)" in text


# ---------------------------------------------------------------------------------------------- the built packet

@pytest.fixture(scope="module")
def sample_packet(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("packet") / "packet.pdf"
    result = run_cli("build", str(SAMPLE), "-o", str(out))
    assert result.returncode == 0, result.stderr
    return out


def _index_page(packet: Path) -> int:
    from pypdf import PdfReader

    reader = PdfReader(str(packet))
    return reader.get_destination_page_number(reader.outline[1])  # 0-based; outline: letter, index, exhibits


def test_every_pointer_in_the_sample_letter_lands_on_its_exhibit(sample_packet):
    pages = page_texts(sample_packet)
    letter = " ".join(" ".join(pages[:_index_page(sample_packet)]).split())
    pointers = re.findall(r"enclosed: Exhibit ([A-Z]+), WHITFIELD-(\d{6})(?:–WHITFIELD-(\d{6}))?", letter)
    assert len(pointers) >= 4
    for label, first, last in pointers:
        for n in range(int(first), int(last or first) + 1):
            assert f"Exhibit {label}, page" in pages[n - 1], (label, n)
            assert f"WHITFIELD-{n:06d}" in pages[n - 1]


def test_index_and_bookmarks_use_the_same_numbers(sample_packet):
    from pypdf import PdfReader

    reader = PdfReader(str(sample_packet))
    rows = page_texts(sample_packet, layout=True)[_index_page(sample_packet)].splitlines()
    for item in reader.outline[2:]:
        label = re.match(r"Exhibit ([A-Z]+):", item.title).group(1)
        first = reader.get_destination_page_number(item) + 1
        # the row's first line: label, title, packet pages, Bates range
        row = next(line for line in rows if re.match(rf"\s*{label}\s", line))
        assert re.search(rf"\b{first}[–-]\d+\s+WHITFIELD-{first:06d}\b", row), (label, first, row)


def test_adequacy_rule_text_is_the_one_the_code_applies():
    assert "six weeks" in arguments.RULE_SENTENCE


def test_unreadable_reference_file_is_a_case_error(tmp_path):
    bad = tmp_path / "x.json"
    bad.write_text("{not json")
    with pytest.raises(CaseError, match="is not valid CSL-JSON"):
        cite.read_references(bad)


def test_an_authors_line_as_pubmed_writes_it_is_split_into_its_names():
    """Letters set 18, case 08: `authors: Carmi L, Tendler A, Bystritsky A, et al.` was read as one author, Carmi,
    whose given names were the rest ("Carmi L TABA et al." in the reference list)."""
    from appeal_kit.letter.cite import _entry_to_csl, split_authors

    names = _entry_to_csl("carmi-2019", {"title": "Deep TMS for OCD", "year": 2019,
                                         "authors": "Carmi L, Tendler A, Bystritsky A, et al."})["author"]
    assert names == [{"family": "Carmi", "given": "L"}, {"family": "Tendler", "given": "A"},
                     {"family": "Bystritsky", "given": "A"}, {"literal": "et al."}]
    assert split_authors("Zarate CA Jr, Singh JB") == ["Zarate CA Jr", "Singh JB"]
    # one name written "Family, Given", and names separated by semicolons, as before
    assert split_authors("Zarate, Carlos A") == ["Zarate, Carlos A"]
    assert split_authors("Murrough JW; Iosifescu DV") == ["Murrough JW", "Iosifescu DV"]
