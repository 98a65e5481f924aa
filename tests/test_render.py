"""Letter rendering: the bundled templates, missing fields, escaping and the sandbox."""
from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from conftest import docx_text
from docx import Document

from appeal_kit.case.folder import FIELDS, Case, load_case
from appeal_kit.errors import TemplateError
from appeal_kit.letter import render

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "evidence_samples" / "ketamine-trd"
TODAY = date(2026, 11, 26)
BUNDLED = render.list_templates()



def required_only_case(tmp_path: Path, template: render.TemplateInfo, **overrides: str) -> Case:
    """A case holding nothing but the template's required fields (values are the dotted path itself)."""
    data: dict = {}
    for path in template.required:
        section, key = path.split(".")
        data.setdefault(section, {})[key] = overrides.get(path, f"<{path}>")
    return Case(folder=tmp_path, data=data)


def make_template(folder: Path, name: str, *paragraphs: str, required=()) -> render.TemplateInfo:
    """A one-off template: each paragraph is a single run, so tags are never split."""
    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    doc.save(str(folder / f"{name}.docx"))
    (folder / f"{name}.yaml").write_text(f"name: {name}\ntitle: Test\nrequired: {list(required)}\n")
    return render.find_template(name, [folder])


@pytest.fixture(scope="module")
def sample_case() -> Case:
    return load_case(SAMPLE)


@pytest.fixture(scope="module")
def medical_necessity() -> render.TemplateInfo:
    return render.find_template("medical-necessity")


# ---------------------------------------------------------------------------------------------- finding

def test_bundled_templates_are_listed_with_their_front_matter(medical_necessity):
    assert "medical-necessity" in [t.name for t in BUNDLED]
    assert medical_necessity.title and medical_necessity.purpose and medical_necessity.when_to_use
    assert medical_necessity.path.suffix == ".docx" and medical_necessity.path.is_file()
    assert set(medical_necessity.required) == {"patient.name", "patient.member_id", "insurer.name", "claim.number",
                                               "claim.denial_reason", "treatment.name", "author.name"}


def test_unknown_template_names_the_available_ones():
    with pytest.raises(TemplateError, match="medical-necessity"):
        render.find_template("no-such-letter")


def test_extra_folder_is_searched_first(tmp_path):
    own = make_template(tmp_path, "medical-necessity", "Clinic version for {{ patient.name }}")
    assert own.path.parent == tmp_path
    assert render.find_template("medical-necessity").path.parent != tmp_path


# ---------------------------------------------------------------------------------------------- rendering

def test_sample_case_renders_with_everything(tmp_path, sample_case, medical_necessity):
    out = render.render_letter(sample_case, medical_necessity, tmp_path / "letter.docx", today=TODAY)
    text = docx_text(out)
    assert "Dana Whitfield" in text
    assert "NWH-CLM-2026-0917-4452" in text
    reason = " ".join(sample_case.get("claim.denial_reason").split())
    assert f"“{reason}”" in " ".join(text.split())
    assert "November 26, 2026" in text and "October 14, 2026" in text
    assert "Exhibits A–G, listed in the exhibit index that follows this letter" in text  # more than three
    assert "Sertraline" in text and "Transcranial magnetic stimulation" in text  # the history table rows
    assert "{{" not in text and "{%" not in text
    assert not list(tmp_path.glob(".*tmp"))  # the temporary file was renamed into place


def test_renders_with_only_the_required_fields(tmp_path, medical_necessity):
    case = required_only_case(tmp_path, medical_necessity)
    out = render.render_letter(case, medical_necessity, tmp_path / "letter.docx", today=TODAY, exhibits=[])
    text = docx_text(out)
    for path in medical_necessity.required:
        assert f"<{path}>" in text
    assert "None" not in text and "Date of birth" not in text and "Exhibit" not in text


def test_explicit_exhibit_list_is_used(tmp_path, medical_necessity):
    case = required_only_case(tmp_path, medical_necessity)
    out = render.render_letter(case, medical_necessity, tmp_path / "l.docx", today=TODAY,
                               exhibits=[{"label": "Q", "title": "Letter of medical necessity"}])
    assert "Exhibit Q: Letter of medical necessity" in docx_text(out)


@pytest.mark.parametrize("missing", ["claim.number", "patient.member_id"])
def test_missing_required_field_is_named_in_full(tmp_path, medical_necessity, missing):
    case = required_only_case(tmp_path, medical_necessity)
    section, key = missing.split(".")
    del case.data[section][key]
    with pytest.raises(TemplateError, match=f"template medical-necessity needs {re.escape(missing)}, which "
                                            "case.yaml does not have"):
        render.render_letter(case, medical_necessity, tmp_path / "letter.docx", today=TODAY)
    assert not (tmp_path / "letter.docx").exists()


def test_undeclared_missing_field_is_named_in_full(tmp_path):
    """A field the sidecar does not list still fails with its full dotted path (StrictUndefined)."""
    t = make_template(tmp_path, "nested", "Plan: {{ insurer.plan.group_number }}")
    case = Case(folder=tmp_path, data={"insurer": {"plan": {}}})
    with pytest.raises(TemplateError, match=r"template nested needs insurer\.plan\.group_number,"):
        render.render_letter(case, t, tmp_path / "out.docx")
    t = make_template(tmp_path, "looped", "{% for t in clinical.history %}{{ t.drug }} {{ t.route }}{% endfor %}")
    case = Case(folder=tmp_path, data={"clinical": {"history": [{"drug": "Sertraline"}]}})
    with pytest.raises(TemplateError, match=r"needs clinical\.history\[1\]\.route,"):
        render.render_letter(case, t, tmp_path / "out.docx")


def test_special_characters_survive(tmp_path, medical_necessity):
    name = "O'Brien & Sons <x> \"Nguyễn Thị Hằng\""
    reason = "Not medically necessary: criteria 1 & 2 < 3 > 0; see \"policy\" 'BH-114'"
    case = required_only_case(tmp_path, medical_necessity,
                              **{"patient.name": name, "claim.denial_reason": reason})
    out = render.render_letter(case, medical_necessity, tmp_path / "letter.docx", today=TODAY, exhibits=[])
    text = docx_text(out)  # python-docx parsing the XML at all proves it is well-formed
    assert name in text and reason in text


def test_control_characters_are_dropped(tmp_path):
    t = make_template(tmp_path, "plain", "{{ claim.denial_reason }}")
    case = Case(folder=tmp_path, data={"claim": {"denial_reason": "page one\x0cpage\x07 two\x00"}})
    out = render.render_letter(case, t, tmp_path / "out.docx")
    assert "page onepage two" in docx_text(out)


def test_filters():
    assert render.longdate("2026-03-03") == "March 3, 2026"
    assert render.longdate(date(2026, 11, 26)) == "November 26, 2026"
    assert render.longdate("spring 2024") == "spring 2024"
    assert render.longdate(None) == ""
    assert render.join_and(["a", "b", "c"]) == "a, b and c"
    assert render.join_and(["a", "b"]) == "a and b"
    assert render.join_and(["a"]) == "a"
    assert render.join_and([]) == ""


# ---------------------------------------------------------------------------------------------- hostile templates

@pytest.mark.parametrize("payload", [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ self._TemplateReference__context }}",
    "{{ patient.__class__.__init__.__globals__ }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
])
def test_sandbox_stops_hostile_templates(tmp_path, payload):
    t = make_template(tmp_path, "hostile", "Dear {{ patient.name }}", payload)
    case = Case(folder=tmp_path, data={"patient": {"name": "Dana"}})
    with pytest.raises(TemplateError, match="template hostile"):
        render.render_letter(case, t, tmp_path / "out.docx")
    assert not (tmp_path / "out.docx").exists()


def test_syntax_error_names_template_and_line(tmp_path):
    t = make_template(tmp_path, "broken", "fine", "{% if patient.name %}no endif")
    with pytest.raises(TemplateError, match=r"template broken .*line \d+"):
        render.render_letter(Case(folder=tmp_path, data={"patient": {"name": "x"}}), t, tmp_path / "o.docx")


def test_not_a_docx_is_a_template_error(tmp_path):
    (tmp_path / "fake.docx").write_text("not a zip")
    t = render.find_template("fake", [tmp_path])
    with pytest.raises(TemplateError, match="not a Word .docx"):
        render.render_letter(Case(folder=tmp_path, data={}), t, tmp_path / "o.docx")


# ---------------------------------------------------------------------------------------------- template hygiene

KNOWN_PATHS = {f.path for f in FIELDS}


@pytest.mark.parametrize("template", BUNDLED, ids=lambda t: t.name)
def test_templates_only_use_known_fields(template):
    unknown = {v for v in render.template_variables(template)
               if v not in KNOWN_PATHS and v.split(".")[0] not in render.EXTRA_KEYS}
    assert not unknown, f"{template.name} uses fields that are neither in case.FIELDS nor documented extras"
    declared = set(template.required) | set(template.optional)
    assert {v for v in render.template_variables(template) if v in KNOWN_PATHS} <= declared, \
        "every case field a template uses should be listed as required or optional in its sidecar"


def test_template_variables_gives_dotted_paths(medical_necessity):
    found = render.template_variables(medical_necessity)
    assert {"patient.member_id", "patient.name", "letter_date", "exhibits", "clinical.history"} <= found
    assert "claim" not in found and "t" not in found  # prefixes and loop variables are not reported


def split_tags(docx: Path) -> list[str]:
    """Jinja tags opened in one <w:t> and closed in another, per paragraph of document.xml."""
    with zipfile.ZipFile(docx) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    problems = []
    for para in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.DOTALL):
        for text in re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para):
            # each run's text on its own must have balanced tag delimiters
            opened = len(re.findall(r"\{\{|\{%|\{#", text))
            closed = len(re.findall(r"\}\}|%\}|#\}", text))
            if opened != closed:
                problems.append(text)
    return problems


@pytest.mark.parametrize("template", BUNDLED, ids=lambda t: t.name)
def test_no_jinja_tag_is_split_across_runs(template):
    assert split_tags(template.path) == []


def test_split_tag_detector_catches_a_split(tmp_path):
    doc = Document()
    para = doc.add_paragraph()
    para.add_run("{{ patient.")
    para.add_run("name }}").bold = True
    doc.save(str(tmp_path / "split.docx"))
    assert split_tags(tmp_path / "split.docx")
