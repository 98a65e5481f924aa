"""The letter library: every template renders and converts, arguments answer the denial, trial counting,
the payer-criteria table, the clinic profile, and the sandbox for argument text."""
from __future__ import annotations

import copy
import zipfile
from datetime import date
from pathlib import Path

import pytest
from conftest import docx_text, rendered_text, sample_variant
from docx import Document
from docx.shared import Inches, Pt
from jinja2 import nodes

from appeal_kit.case.folder import FIELDS, Case, load_case
from appeal_kit.errors import CaseError, TemplateError
from appeal_kit.letter import arguments, clinic, render

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "evidence_samples" / "ketamine-trd"
TODAY = date(2026, 11, 26)
BUNDLED = render.list_templates()
EXPECTED = {"medical-necessity", "ketamine-trd", "ketamine-chronic-pain", "esketamine-step-therapy",
            "experimental-investigational", "out-of-network-gap-exception", "retro-authorization",
            "letter-of-medical-necessity", "external-review-request", "expedited-appeal", "superbill-cover-letter"}
KNOWN_PATHS = {f.path for f in FIELDS}


@pytest.fixture
def no_user_clinic(tmp_path_factory, monkeypatch):
    """A config folder of the test's own, to write a clinic.yaml into (conftest.private_user_folders keeps every
    test away from the clinic.yaml of whoever runs the tests)."""
    empty = tmp_path_factory.mktemp("config")
    monkeypatch.setattr(clinic, "config_dir", lambda: empty)
    return empty



def flat(text: str) -> str:
    return " ".join(text.split())


def sample_case(**changes) -> Case:
    return sample_variant(SAMPLE, **changes)


def render_text(tmp_path: Path, case: Case, name: str, **kw) -> str:
    return rendered_text(tmp_path, case, name, TODAY, **kw)


# ---------------------------------------------------------------------------------------------- the library

def test_the_library_has_every_template_with_front_matter():
    assert EXPECTED <= {t.name for t in BUNDLED}
    for t in BUNDLED:
        assert t.title and t.purpose and t.when_to_use, t.name
        # a request before care (prior authorization) has no claim number until the plan gives one
        identifiers = {"patient.name", "treatment.name", "author.name"} | (set() if t.request else {"claim.number"})
        assert identifiers <= set(t.required), t.name
        assert t.path.with_suffix(".yaml").is_file()
        assert set(t.arguments) <= {arguments.DENIAL, *arguments.load_blocks()}, t.name


@pytest.fixture(scope="module")
def rendered_all(tmp_path_factory):
    """Every bundled template filled with the sample case, then converted in ONE LibreOffice run."""
    from appeal_kit._exec.soffice import convert_to_pdf

    tmp = tmp_path_factory.mktemp("letters")
    mp = pytest.MonkeyPatch()
    mp.setattr(clinic, "config_dir", lambda: tmp / "no-config")
    try:
        docs = {t.name: render.render_letter(sample_case(), t, tmp / f"{t.name}.docx", today=TODAY, clinic=None)
                for t in BUNDLED}
    finally:
        mp.undo()
    pdfs = convert_to_pdf(list(docs.values()), tmp / "pdf")
    return docs, {name: pdfs[docx] for name, docx in docs.items()}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_template_renders_and_converts(rendered_all, name):
    from pypdf import PdfReader

    docs, pdfs = rendered_all
    text = flat(docx_text(docs[name]))
    assert "Dana Whitfield" in text and "NWH-CLM-2026-0917-4452" in text
    assert "{{" not in text and "{%" not in text and "None" not in text
    reader = PdfReader(str(pdfs[name]))
    assert 1 <= len(reader.pages) <= 6
    if name == "expedited-appeal":  # short: the urgency, the rule, the denial and the answer to its reason
        # signed on page two at the latest; the list of references may follow it
        signed = next(i for i, page in enumerate(reader.pages) if "Sincerely" in page.extract_text())
        assert signed <= 1 and len(reader.pages) <= 3
    pdf_text = "".join(page.extract_text() for page in reader.pages)
    assert "Whitfield" in pdf_text


@pytest.mark.parametrize("template", BUNDLED, ids=lambda t: t.name)
def test_renders_with_only_the_required_fields(tmp_path, template):
    data: dict = {}
    for path in template.required:
        section, key = path.split(".")
        data.setdefault(section, {})[key] = f"<{path}>"
    out = render.render_letter(Case(folder=tmp_path, data=data), template, tmp_path / "l.docx", today=TODAY,
                               exhibits=[], clinic=None)
    text = docx_text(out)
    for path in ("patient.name", "patient.member_id", "treatment.name", *(() if template.request else ("claim.number",))):
        assert f"<{path}>" in text, (template.name, path)
    assert "None" not in text and "{{" not in text and "Date of birth" not in text


@pytest.mark.parametrize("template", BUNDLED, ids=lambda t: t.name)
def test_page_setup_leaves_room_for_the_packet_stamps(template):
    doc = Document(str(template.path))
    for section in doc.sections:
        assert (section.page_width, section.page_height) == (Inches(8.5), Inches(11))
        for side in (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin):
            assert side == Inches(1)
        assert not any(p.text.strip() for p in section.header.paragraphs + section.footer.paragraphs)
    normal = doc.styles["Normal"].font
    assert normal.name == "Times New Roman" and normal.size == Pt(11)


def test_missing_required_field_of_a_template_is_named(tmp_path):
    case = sample_case()
    del case.data["urgency"]
    with pytest.raises(TemplateError, match=r"template expedited-appeal needs urgency\.reason"):
        render_text(tmp_path, case, "expedited-appeal")


# ---------------------------------------------------------------------------------------------- known fields

def _paths_in(env, source: str) -> set[str]:
    """Dotted variable paths a piece of Jinja text reads (loop and set variables excluded)."""
    from jinja2 import meta

    ast = env.parse(source)
    top = meta.find_undeclared_variables(ast)
    paths = set()
    for node in ast.find_all(nodes.Getattr):
        parts, inner = [node.attr], node.node
        while isinstance(inner, nodes.Getattr):
            parts.append(inner.attr)
            inner = inner.node
        if isinstance(inner, nodes.Name) and inner.name in top:
            paths.add(".".join([inner.name, *reversed(parts)]))
    paths |= {n for n in top if not any(p.startswith(n + ".") for p in paths)}
    return {p for p in paths if not any(q.startswith(p + ".") for q in paths)}


def test_argument_blocks_only_use_known_fields():
    env = render._environment()
    blocks = arguments.load_blocks()
    for name, block in blocks.items():
        texts = arguments.block_texts(block)
        used = set().union(*(_paths_in(env, t) for t in texts))
        unknown = {v for v in used if v not in KNOWN_PATHS and v.split(".")[0] not in render.EXTRA_KEYS}
        assert not unknown, f"arguments.yaml block {name} uses undocumented fields {unknown}"
        for need in block.get("needs") or []:
            assert need["field"] in KNOWN_PATHS or need["field"].split(".")[0] in render.EXTRA_KEYS
            assert need.get("why")


def test_every_denial_category_has_an_argument():
    from appeal_kit.case.folder import DENIAL_CATEGORIES

    assert set(DENIAL_CATEGORIES) <= set(arguments.load_blocks())


def test_the_blocks_said_before_the_reasons_are_ordered_by_their_order_field_alone(tmp_path):
    # issue 18: partial_payment, wrong_section, not_new_start... each had its own line in code; their order is now
    # the `order:` of arguments.yaml, read by one function, so a library's own block can take a place among them
    blocks = arguments.load_blocks()
    data = sample_case().data
    leading = arguments.leading_blocks(blocks)
    assert leading[:5] == ["partial_payment", "transition_supply", "wrong_section", "decision_corrected",
                           "not_new_start"]
    names = arguments.block_names(data, [arguments.DENIAL], blocks)
    reasons = [n for n in names if n not in leading]
    assert names[:len(leading)] == leading and reasons and set(reasons) & set(arguments.denial_reasons(data))
    swapped = copy.deepcopy(blocks)
    swapped["partial_payment"]["order"], swapped["wrong_section"]["order"] = 2, 1
    swapped["clinic_first"] = {"heading": "H", "paragraphs": ["P"], "order": 0}
    assert arguments.block_names(data, [arguments.DENIAL], swapped)[:3] == ["clinic_first", "wrong_section",
                                                                              "partial_payment"]
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "arguments.yaml").write_text("medical_necessity:\n  heading: H\n  order: first\n  paragraphs: [P]\n")
    with pytest.raises(TemplateError, match="has `order: first`; write a whole number"):
        arguments.load_blocks([pack])


# ---------------------------------------------------------------------------------------------- arguments

def test_step_therapy_letter_counts_trials_and_raises_parity(tmp_path):
    text = render_text(tmp_path, sample_case(**{"claim.denial_category": "step_therapy"}), "esketamine-step-therapy")
    # the TMS course is named beside the drug trials, never summed into their count
    assert "have failed four adequate medication trials (two antidepressant trials and two augmentation trials), " \
           "and a course of transcranial magnetic stimulation (TMS)" in text
    assert "The step-therapy requirement has been met" in text
    assert "MHPAEA" in text and "29 CFR 2590.712(c)(4)" in text and "45 CFR 146.136(c)(4)" in text
    assert "a step-therapy or fail-first requirement is a nonquantitative treatment limitation" in text
    assert text.count("Mental health parity") == 1


def test_experimental_letter_cites_evidence_fda_status_and_parity(tmp_path):
    text = render_text(tmp_path, sample_case(**{"claim.denial_category": "experimental_investigational"}),
                       "ketamine-trd")
    assert "Not experimental or investigational" in text
    assert "Zarate CA Jr, Singh JB, Carlson PJ, et al." in text and "N Engl J Med. 2023;388(25):2315-2325" in text
    assert "FDA-approved drug" in text and "29 CFR 2590.715-2719(c)–(d)" in text and "MHPAEA" in text
    assert text.count("The published evidence") == 1  # included by two blocks, shown once


def test_medical_necessity_letter_has_no_parity_block(tmp_path):
    text = render_text(tmp_path, sample_case(), "medical-necessity")
    assert "The medical necessity of IV ketamine infusions" in text
    assert "MHPAEA" not in text
    assert "suicidal ideation" in text  # the risk paragraph, from clinical.severity


@pytest.mark.parametrize("category, phrase", [
    ("out_of_network", "No in-network provider tried within a reasonable time and distance"),
    ("prior_authorization", "Authorization should be granted retroactively"),
    ("not_covered", "The exclusion relied on"),
    ("coding_billing", "J3490 with its National Drug Code"),
    ("timely_filing", "When the claim was filed"),
    ("other", "29 CFR 2560.503-1(g)(1)(i)"),
])
def test_each_category_gets_its_answer(tmp_path, category, phrase):
    # an out-of-network answer claims a gap only with the in-network providers tried
    network = [{"name": "Lakeside Behavioral", "date": "2026-08-01", "outcome": "no ketamine service"}]
    text = render_text(tmp_path, sample_case(**{"claim.denial_category": category, "network": network}),
                       "medical-necessity")
    assert phrase in text


def test_pain_letter_uses_pain_evidence_and_no_parity(tmp_path):
    case = sample_case(**{"claim.denial_category": "experimental_investigational", "claim.diagnosis_codes": ["G90.512"],
                          "literature": []})  # the TRD sample's own depression literature is not this letter's
    text = render_text(tmp_path, case, "ketamine-chronic-pain")
    assert "Cohen SP, Bhatia A, Buvanendran A, et al." in text and "Reg Anesth Pain Med. 2018" in text
    assert "Zarate CA" not in text and "MHPAEA" not in text  # no depression evidence cited


def test_network_providers_tried_are_listed(tmp_path):
    case = sample_case(**{"claim.denial_category": "out_of_network",
                          "network": [{"name": "Valley Psychiatry", "date": "2026-08-01", "outcome": "No ketamine"},
                                      {"name": "River Clinic", "date": "2026-08-03", "outcome": "Waitlist 7 months."}]})
    text = render_text(tmp_path, case, "out-of-network-gap-exception")
    assert "Two in-network sources were contacted: Valley Psychiatry (contacted August 1, 2026): No ketamine; " \
           "River Clinic (contacted August 3, 2026): Waitlist 7 months. None could" in text


def test_superbill_cover_letter_carries_no_appeal_arguments(tmp_path):
    text = render_text(tmp_path, sample_case(reimbursement={"amount_billed": "$2,260.00", "amount_paid": "$2,260.00"}),
                       "superbill-cover-letter")
    assert "Total charges: $2,260.00" in text and "MHPAEA" not in text and "I respectfully disagree" not in text


def test_argument_text_is_escaped_and_sandboxed(tmp_path):
    pack = tmp_path / "pack"
    pack.mkdir()
    doc = Document(render.find_template("medical-necessity").path)
    doc.save(str(pack / "medical-necessity.docx"))
    (pack / "medical-necessity.yaml").write_text("name: medical-necessity\nrequired: [patient.name]\n")
    (pack / "arguments.yaml").write_text(
        "medical_necessity:\n  heading: H\n  paragraphs:\n    - \"{{ ''.__class__.__mro__[1].__subclasses__() }}\"\n")
    with pytest.raises(TemplateError, match="arguments.yaml block medical_necessity, paragraph 1 tried something"):
        render.render_letter(sample_case(), render.find_template("medical-necessity", [pack]), tmp_path / "o.docx",
                             clinic=None)
    (pack / "arguments.yaml").write_text(
        "medical_necessity:\n  heading: H\n  paragraphs:\n    - \"{{ claim.no_such_field }}\"\n")
    with pytest.raises(TemplateError, match=r"block medical_necessity, paragraph 1 needs claim\.no_such_field"):
        render.render_letter(sample_case(), render.find_template("medical-necessity", [pack]), tmp_path / "o.docx",
                             clinic=None)
    (pack / "arguments.yaml").write_text(
        "medical_necessity:\n  heading: H\n  paragraphs:\n    - \"{{ patient.name }} & <Co>\"\n")
    out = render.render_letter(sample_case(), render.find_template("medical-necessity", [pack]), tmp_path / "o.docx",
                               clinic=None)
    assert "Dana Whitfield & <Co>" in docx_text(out)


# ---------------------------------------------------------------------------------------------- trials

@pytest.mark.parametrize("row, adequate, failed", [
    ({"start": "2024-01-01", "end": "2024-02-12", "outcome": "No response"}, True, True),      # exactly 6 weeks
    ({"start": "2024-01-01", "end": "2024-02-11", "outcome": "No response"}, False, True),     # 5 weeks 6 days
    ({"start": "2024-01-01", "end": "2024-02-11", "adequate": True, "outcome": "x"}, True, True),
    ({"start": "2024-01-01", "end": "2024-06-01", "adequate": "no", "outcome": "x"}, False, True),
    ({"start": "spring 2023", "end": "2024-06-01", "outcome": "No response"}, False, True),
    ({"start": "2024-01-01", "end": "2024-06-01", "outcome": "Remission by week 8"}, True, False),
    ({"start": "2024-01-01", "end": "2024-06-01", "outcome": "Responded well; stopped for cost"}, True, False),
    ({"start": "2024-01-01", "end": "2024-06-01", "outcome": "Partial response, then relapse"}, True, True),
    ({"start": "2024-01-01", "end": "2024-06-01", "outcome": "Non-response; weight gain"}, True, True),
    ({"start": "2024-01-01", "end": "2024-06-01", "outcome": "Response", "failed": True}, True, True),
])
def test_adequacy_rule(row, adequate, failed):
    assert arguments.trial_is_adequate(row) is adequate
    assert arguments.trial_failed(row) is failed


def test_trial_summary_separates_medication_and_other_treatments():
    history = load_case(SAMPLE).data["clinical"]["history"]
    summary = arguments.trial_summary(history)
    # two antidepressants, two augmenting drugs (not antidepressant trials), and TMS
    counts = summary["adequate_failed"], summary["medication"], summary["augmentation"], summary["other"]
    assert counts == (5, 2, 2, 1)
    assert arguments.trial_summary([])["summary"] == ""
    one = arguments.trial_summary([{"drug": "Sertraline", "start": "2024-01-01", "end": "2024-04-01"}])
    # the summary names the trials it counts; the opening's short line keeps to the count
    assert one["summary"] == "one adequate antidepressant trial (sertraline)"
    assert one["short"] == "one adequate antidepressant trial"


# ---------------------------------------------------------------------------------------------- unanswered

def test_unanswered():
    data = copy.deepcopy(load_case(SAMPLE).data)
    assert arguments.unanswered(data) == []
    data["claim"]["denial_category"] = None
    assert "claim.denial_category is empty" in arguments.unanswered(data)[0]
    data["claim"]["denial_category"] = "step_therapy"
    data["clinical"]["history"] = []
    problems = arguments.unanswered(data)
    assert len(problems) == 1 and problems[0].startswith("clinical.history is empty, but the step therapy and medical "
                                                         "necessity arguments need it")
    data["clinical"]["history"] = [{"drug": "Sertraline", "start": "2024-01-01", "end": "2024-01-20"}]
    assert "no adequate failed trial" in arguments.unanswered(data)[0]
    data["claim"]["denial_category"] = "out_of_network"
    assert arguments.unanswered(data)[0].startswith("network is empty")
    data["claim"]["denial_category"] = "made_up"
    assert "has no argument" in arguments.unanswered(data)[0]


# ---------------------------------------------------------------------------------------------- criteria table

def test_criteria_table_resolves_exhibit_labels_and_pages(tmp_path):
    criteria = [
        {"criterion": "Two failed antidepressants", "how_met": "Four trials",
         "evidence": {"file": "clinical/medication-trial-history.docx", "page": 1}},
        {"criterion": "Severity scale", "how_met": "PHQ-9 22",
         "evidence": [{"file": "clinical/progress-notes.pdf", "page": "1-2"}, {"file": "denial/denial-notice.pdf"}]},
        {"criterion": "Consult note", "how_met": "Seen", "evidence": {"file": "clinical/missing.pdf", "page": 3}},
    ]
    out = render.render_letter(sample_case(payer_criteria=criteria), render.find_template("ketamine-trd"),
                               tmp_path / "l.docx", today=TODAY, clinic=None)
    doc = Document(str(out))
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == "Criterion")
    rows = [[c.text for c in r.cells] for r in table.rows[1:]]
    assert rows == [["Two failed antidepressants", "Four trials", "Exhibit C, p. 1"],
                    ["Severity scale", "PHQ-9 22", "Exhibit B, pp. 1–2; Exhibit A"],
                    ["Consult note", "Seen", "clinical/missing.pdf, p. 3 (not enclosed)"]]


def test_history_table_is_a_word_table(tmp_path):
    out = render.render_letter(sample_case(), render.find_template("ketamine-trd"), tmp_path / "l.docx",
                               today=TODAY, clinic=None)
    table = next(t for t in Document(str(out)).tables if t.rows[0].cells[0].text == "Medication or treatment")
    assert [c.text for c in table.rows[1].cells] == ["Sertraline", "200 mg daily", "2/6/2023",
                                                     "7/24/2023", "Partial response at 8 weeks, then relapse; "
                                                                      "PHQ-9 19 at stop (Exhibit C, p. 1)"]
    assert len(table.rows) == 6


# ---------------------------------------------------------------------------------------------- clinic

CLINIC = """\
name: Cascade Ridge Behavioral Health
letterhead:
  - 1450 Willamette Street, Suite 300, Eugene, OR 97401
  - Phone (541) 555-0122
logo: logo.png
phone: (541) 555-0122
tax_id: 93-5550148
providers:
  - name: Ana Ruiz, MD
    credentials: Psychiatrist
    npi: "1234567893"
    license: OR MD 1
  - name: Miriam Osei, MD
    credentials: Board-certified psychiatrist
    npi: "1999999992"
    license: Oregon MD 555014
"""


def _logo(path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (40, 40), (30, 80, 120)).save(path)


def test_clinic_letterhead_logo_and_signer(tmp_path):
    (tmp_path / "clinic.yaml").write_text(CLINIC)
    _logo(tmp_path / "logo.png")
    profile = clinic.load_clinic(path=tmp_path / "clinic.yaml")
    case = sample_case(author={"name": "Miriam Osei, MD", "role": "Treating psychiatrist"})
    for name in sorted(EXPECTED):
        out = render.render_letter(case, render.find_template(name), tmp_path / f"{name}.docx", today=TODAY,
                                   clinic=profile)
        text = docx_text(out)
        assert text.startswith("\nCascade Ridge Behavioral Health\n1450 Willamette Street"), name
        with zipfile.ZipFile(out) as z:
            assert any(n.startswith("word/media/") for n in z.namelist()), name
    lmn = flat(docx_text(tmp_path / "letter-of-medical-necessity.docx"))
    assert "I am Miriam Osei, MD, Board-certified psychiatrist. I write about my patient Dana Whitfield" in lmn
    assert "Miriam Osei, MD Board-certified psychiatrist NPI 1999999992 License Oregon MD 555014" in lmn


def test_clinic_is_found_in_case_folder_then_config(tmp_path, no_user_clinic):
    assert clinic.load_clinic(tmp_path) is None
    (no_user_clinic / "clinic.yaml").write_text("name: From Config\n")
    assert clinic.load_clinic(tmp_path)["name"] == "From Config"
    (tmp_path / "clinic.yaml").write_text("name: From Case\n")
    assert clinic.load_clinic(tmp_path)["name"] == "From Case"
    case = Case(folder=tmp_path, data=sample_case(literature=[]).data, exhibits=[])
    text = docx_text(render.render_letter(case, render.find_template("medical-necessity"), tmp_path / "l.docx"))
    assert "From Case" in text


def test_clinic_problems_are_all_named(tmp_path):
    (tmp_path / "clinic.yaml").write_text(
        "letterhead: {a: 1}\nlogo: nothere.png\ntax_id: 12345\nproviders:\n  - name: Dr X\n    npi: '1234567890'\n")
    with pytest.raises(CaseError) as exc:
        clinic.load_clinic(path=tmp_path / "clinic.yaml")
    message = exc.value.message
    for bit in ("name: the clinic", "letterhead:", "logo: nothere.png was not found", "tax_id:",
                "NPI '1234567890' is not a valid"):
        assert bit in message


def test_npi_check_digit():
    assert clinic.npi_is_valid("1234567893")
    assert not clinic.npi_is_valid("1234567890") and not clinic.npi_is_valid("12345")
