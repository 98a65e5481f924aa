"""The case.yaml schema: misspelled keys are caught, every key the code reads is known."""
from __future__ import annotations

import re

import pytest
from conftest import ROOT, run_cli, write_case

from appeal_kit.case import schema
from appeal_kit.case.folder import FIELDS, load_case
from appeal_kit.errors import CaseError, ExitCode
from appeal_kit.letter import render

KNOWN = schema.known_paths()


def test_unknown_top_level_key_is_an_error_with_line_and_suggestion(tmp_path):
    folder = write_case(tmp_path / "case")
    text = (folder / "case.yaml").read_text().replace("patient:", "patinet:")
    (folder / "case.yaml").write_text(text)
    with pytest.raises(CaseError, match=r"patinet: unknown key \(line 2\), did you mean patient\?"):
        load_case(folder)
    result = run_cli("check", str(folder))
    assert result.returncode == int(ExitCode.bad_case)
    assert "patinet: unknown key (line 2), did you mean patient?" in result.stderr


def test_unknown_nested_key_is_a_warning_with_suggestion(tmp_path):
    folder = write_case(tmp_path / "case")
    text = (folder / "case.yaml").read_text().replace("date_of_birth:", "date_of_brith:")
    (folder / "case.yaml").write_text(text)
    case = load_case(folder)
    assert case.unknown_keys == [("patient.date_of_brith",
                                  "unknown key (line 4), did you mean date_of_birth? It is ignored.")]
    result = run_cli("check", str(folder))
    assert result.returncode == 0, result.stderr
    assert "Warning: patient.date_of_brith: unknown key (line 4), did you mean date_of_birth?" in result.stdout


def test_keys_inside_lists_are_checked_and_free_groups_are_not(tmp_path):
    folder = write_case(tmp_path / "case", extra="""\
clinical:
  history:
    - {drug: Sertraline, dose: 200 mg, start: 2024-01-01, end: 2024-06-01, outcome: none, prescriber: Dr. Q}
exhibits:
  - {file: clinical/a.pdf, titel: Notes}
payer_criteria:
  - criterion: Two trials
    evidence: [{file: clinical/a.pdf, pgae: 2}]
custom:
  anything_at_all: fine
literature:
  - {citation: "Sanacora 2017", pmid: 28249076, my_note: key study}
literature_tags: [ketamine, depression]
""")
    (folder / "clinical" / "a.pdf").write_bytes(b"%PDF-1.4\n")
    case = load_case(folder)
    assert [path for path, _ in case.unknown_keys] == ["exhibits item 1.titel",
                                                       "payer_criteria item 1.evidence.pgae"]
    assert "did you mean title?" in case.unknown_keys[0][1] and "did you mean page?" in case.unknown_keys[1][1]


def test_the_keys_being_added_are_known():
    for path in ("literature", "literature_tags", "author.provider", "author.authorization", "patient.salutation",
                 "patient.pronouns", "claim.urgent", "claim.stage", "claim.pending_services", "custom"):
        assert path in KNOWN, path


ADD_IT = "add it to _SHAPES in appeal_kit/case/schema.py, or case.yaml will call it an unknown key"


def test_every_field_and_template_default_is_in_the_schema():
    assert {f.path for f in FIELDS} <= KNOWN
    for key, value in render.EXTRA_DEFAULTS.items():
        assert key in KNOWN, f"{key}: {ADD_IT}"
        if isinstance(value, dict):
            assert {f"{key}.{sub}" for sub in value} <= KNOWN, f"{key}: {ADD_IT}"


def test_every_variable_a_bundled_template_reads_is_known():
    for template in render.list_templates():
        for path in render.template_variables(template):
            assert path in KNOWN or path.split(".")[0] in render.COMPUTED_KEYS, f"{template.name}: {path}: {ADD_IT}"


def test_every_dotted_key_the_code_reads_is_known():
    """`case.get("a.b")` / `get_path(data, "a.b")` anywhere in the package must name a key of the schema."""
    pattern = re.compile(r"""(?:get_path\([^,()]+,\s*|case\.get\()["']([a-z_]+(?:\.[a-z_]+)+)["']""")
    unknown = {(m.group(1), str(p.relative_to(ROOT))) for p in (ROOT / "appeal_kit").rglob("*.py")
               for m in pattern.finditer(p.read_text(encoding="utf-8")) if m.group(1) not in KNOWN}
    assert not unknown, f"{sorted(unknown)}: {ADD_IT}"


@pytest.mark.parametrize("sample", ["ketamine-trd", "spravato-step-therapy", "out-of-network-gap"])
def test_sample_cases_use_only_known_keys(sample):
    assert load_case(ROOT / "evidence_samples" / sample).unknown_keys == []


def test_the_citation_style_docs_literature_shows_is_a_key_case_yaml_may_hold(tmp_path):
    """docs/literature.md tells people to write `citation_style: ama`; the schema refused it as an unknown key."""
    folder = write_case(tmp_path / "case", extra="citation_style: vancouver\n")
    assert load_case(folder).data["citation_style"] == "vancouver"


def test_a_key_written_in_the_wrong_group_is_pointed_to_where_it_belongs(tmp_path):
    """A blind writer put `relapse` under clinical; check suggested `response`, not impact.relapse."""
    found = schema.unknown_keys({"clinical": {"relapse": "after two weeks"}, "patient": {"nmae": "X"}})
    by_key = {u.key: u.suggestion for u in found}
    assert by_key == {"relapse": "impact.relapse", "nmae": "name"}


def test_an_approvals_dates_of_service_are_known_keys():
    """docs/case-yaml.md documents prior_auth.approved.from and .through (letter.derived reads them); `check` once
    called them unknown keys (set 15's writer)."""
    found = schema.unknown_keys({"prior_auth": {"approved": {"number": "A-1", "from": "2026-09-18",
                                                             "through": "2027-03-17"}}})
    assert found == []
