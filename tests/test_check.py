"""`appeal-kit check`, and `build` refusing on the same errors while printing the warnings."""
from __future__ import annotations

import json
import shutil

import pytest
from conftest import PDFS, ROOT, copy_sample, run_cli, write_case
from test_render import make_template

from appeal_kit.checks import check_case
from appeal_kit.errors import ExitCode


@pytest.mark.parametrize("sample", ["ketamine-trd", "spravato-step-therapy", "out-of-network-gap"])
def test_every_sample_case_is_ready_to_build(sample):
    result = run_cli("check", str(ROOT / "evidence_samples" / sample))
    assert result.returncode == 0, result.stderr
    assert "Ready to build" in result.stdout
    assert "Warning: claim.denial_category" not in result.stdout  # each letter answers its denial
    assert "urgency.certified_by" not in result.stdout  # no urgency recorded: nothing to certify
    assert "claim.action" not in result.stdout  # changes nothing in a letter outside Medicaid or an approval
    assert "severity_date" not in result.stdout  # each sample's severity line is dated, or it has none


def test_claim_action_is_asked_for_where_it_changes_the_letter(tmp_path):
    """Medicaid keeps care going during a timely appeal (42 CFR 438.420): there the case is asked what the decision
    does to care already authorized; an employer plan's letter, its care all given (the sample), is the same either
    way and is not asked (with care still to come, its concurrent-care rule makes it ask: test_concurrent_care.py)."""
    from appeal_kit.checks import check_case

    folder = tmp_path / "case"
    copy_sample("ketamine-trd", folder)
    assert "claim.action" not in [f.field for f in check_case(folder).findings]
    text = (folder / "case.yaml").read_text(encoding="utf-8")
    (folder / "case.yaml").write_text(text.replace("plan_type: employer_erisa", "plan_type: medicaid\n  delivery: "
                                                   "managed_care"), encoding="utf-8")
    assert "claim.action" in [f.field for f in check_case(folder).findings]


def test_the_continuation_deadline_is_noted_only_while_care_is_still_to_come(tmp_path):
    """Letters set 18's writer, case 03: check noted the date by which an appeal keeps Medicaid care going (42 CFR
    438.420) for a stay that had already ended; care that is over has nothing left to keep."""
    folder = tmp_path / "case"
    copy_sample("ketamine-trd", folder)
    text = (folder / "case.yaml").read_text(encoding="utf-8")
    text = text.replace("plan_type: employer_erisa", "plan_type: medicaid\n  delivery: managed_care\n  action: end")
    (folder / "case.yaml").write_text(text, encoding="utf-8")
    notes = [f for f in check_case(folder).findings if f.field == "claim.action" and f.level == "note"]
    assert notes == []  # every date of service is past, none still to come
    (folder / "case.yaml").write_text(text.replace("  action: end", "  action: end\n  pending_services: [4 more "
                                                   "infusions]"), encoding="utf-8")
    assert [f for f in check_case(folder).findings if f.field == "claim.action" and f.level == "note"]


def test_check_describes_the_codes():
    result = run_cli("check", str(ROOT / "evidence_samples" / "ketamine-trd"))
    assert "F33.2: Major depressive disorder" in result.stdout


@pytest.mark.libreoffice  # build starts LibreOffice before it checks the case, so a failing build starts one too
def test_bad_codes_stop_check_and_build_with_the_same_errors(tmp_path):
    folder = write_case(tmp_path / "case")
    text = (folder / "case.yaml").read_text().replace("diagnosis_codes: [F33.2]", "diagnosis_codes: [G90.52]")
    (folder / "case.yaml").write_text(text)
    shutil.copy(PDFS / "unbalanced-state.pdf", folder / "denial")
    checked = run_cli("check", str(folder))
    assert checked.returncode == int(ExitCode.bad_case)
    assert "G90.52" in checked.stderr and "G90.521" in checked.stderr
    built = run_cli("build", str(folder))
    assert built.returncode == int(ExitCode.bad_case)
    assert built.stderr.startswith("Error: ") and "G90.52" in built.stderr
    assert not (folder / "packet.pdf").exists()


def test_warnings_do_not_stop_the_build(tmp_path, fake_office):  # not a test of conversion
    folder = write_case(tmp_path / "case")  # notice date March 3, 2026: the deadline has passed
    shutil.copy(PDFS / "unbalanced-state.pdf", folder / "clinical")
    checked = run_cli("check", str(folder))
    assert checked.returncode == 0, checked.stderr
    assert "Warning: claim.appeal_deadline" in checked.stdout and "passed" in checked.stdout
    assert "Warning: exhibits: nothing in denial/" in checked.stdout
    built = run_cli("build", str(folder))
    assert built.returncode == 0, built.stderr
    assert "Warning: claim.appeal_deadline" in built.stderr


def test_criteria_evidence_must_be_an_exhibit(tmp_path):
    folder = write_case(tmp_path / "case", extra="""\
payer_criteria:
  - criterion: Failed two antidepressants
    how_met: Four failed trials
    evidence: {file: clinical/missing.pdf, page: 1}
  - criterion: Severity documented
""")
    shutil.copy(PDFS / "unbalanced-state.pdf", folder / "denial")
    result = run_cli("check", str(folder))
    assert result.returncode == int(ExitCode.bad_case)
    assert "clinical/missing.pdf is not one of the packet's exhibits" in result.stderr
    assert "'Severity documented' points to no evidence" in result.stdout


def test_unanswered_denial_reason_is_a_warning(tmp_path):
    folder = write_case(tmp_path / "case")
    text = (folder / "case.yaml").read_text().replace("denial_category: medical_necessity",
                                                       "denial_category: step_therapy")
    (folder / "case.yaml").write_text(text)  # step therapy needs the treatments already tried: none given
    shutil.copy(PDFS / "unbalanced-state.pdf", folder / "denial")
    result = run_cli("check", str(folder))
    assert result.returncode == 0, result.stderr
    assert "Warning: claim.denial_category:" in result.stdout and "clinical.history" in result.stdout


@pytest.mark.parametrize("kind, warned", [("", True), ("\n      kind: other", False), ("\n      ongoing: true", False),
                                          ("\n      ongoing: true\n      response: partial", True)])
def test_a_row_never_counted_as_a_trial_is_not_asked_for_its_length(tmp_path, kind, warned):
    """Month-only dates cannot show six weeks: check asks for the length of an antidepressant trial, not of a row
    never counted as a failed trial: a `kind: other` row that says nothing of how it went (a sleep dose), a drug still
    taken that has not failed (one still taken with a partial response may count, so its length is asked)."""
    folder = write_case(tmp_path / "case", extra=f"""clinical:
  history:
    - drug: trazodone 50 mg at bedtime{kind}
      start: 2025-02
      end: 2025-03
      outcome: helped sleep
""")
    shutil.copy(PDFS / "unbalanced-state.pdf", folder / "denial")
    result = run_cli("check", str(folder))
    assert result.returncode == 0, result.stderr
    assert ("clinical.history item 1 (trazodone 50 mg at bedtime): cannot be counted" in result.stdout) is warned


def test_bad_record_entries_are_found_by_check(tmp_path):
    folder = write_case(tmp_path / "case", extra="expenses:\n  - {date: March 1, 2026, item: Infusion, amount: twelve}\n")
    shutil.copy(PDFS / "unbalanced-state.pdf", folder / "denial")
    result = run_cli("check", str(folder))
    assert result.returncode == int(ExitCode.bad_case)
    assert "Error: expenses:" in result.stderr and "twelve" in result.stderr


def test_drafted_letter_lists_generated_record_exhibits(tmp_path):
    from docx import Document

    folder = write_case(tmp_path / "case", extra="call_log:\n  - {date: March 5, 2026, who: Plan rep, summary: Asked}\n")
    shutil.copy(PDFS / "unbalanced-state.pdf", folder / "denial")
    assert run_cli("draft", str(folder)).returncode == 0
    text = "\n".join(p.text for p in Document(folder / "letter.docx").paragraphs)
    assert "Exhibit B: Insurance call log" in text


def test_check_names_a_field_the_template_needs_and_draft_would_stop_on(tmp_path):
    """`check` fills the letter as `draft` would: a field the template uses and the case lacks is an error there, not
    a 'Ready to build' followed by a failing draft (set 12, case 07)."""
    folder = write_case(tmp_path / "case", extra="template: nickname-letter\n")
    templates = tmp_path / "templates"
    templates.mkdir()
    make_template(templates, "nickname-letter", "Dear {{ insurer.name }},", "I am {{ patient.nickname }}.")
    errors = check_case(folder, template_dirs=(templates,)).errors
    assert [e.field for e in errors] == ["template"]
    assert "patient.nickname" in errors[0].message and "nickname-letter" in errors[0].message
    (folder / "case.yaml").write_text((folder / "case.yaml").read_text().replace(
        "  member_id:", "  nickname: Hang\n  member_id:"))
    assert check_case(folder, template_dirs=(templates,)).errors == []


def test_check_names_a_field_an_argument_block_needs(tmp_path):
    """An argument block that needs a field the case lacks stopped `draft` while `check` said ready (set 12, case 07:
    network[1].beyond.miles); the block is made to need one here, through a clinic's own arguments.yaml."""
    folder = write_case(tmp_path / "case", extra="template: own-letter\n")
    templates = tmp_path / "templates"
    templates.mkdir()
    make_template(templates, "own-letter", "Dear {{ insurer.name }},")
    (templates / "arguments.yaml").write_text(
        "medical_necessity:\n  heading: Why the care is needed\n  paragraphs:\n"
        "    - \"Seen on {{ treatment.first_visit_weekday }}.\"\n", encoding="utf-8")
    errors = check_case(folder, template_dirs=(templates,)).errors
    assert any("treatment.first_visit_weekday" in e.message for e in errors), errors


def test_criteria_a_medicare_denial_names_are_never_called_the_plans_own(tmp_path):
    """Letters set 18's writer, case 06: Original Medicare has no plan, and check told the daughter that the MAC's
    "does not show ..." named "the plan's own criteria or policy"; the warning now speaks of criteria the decision
    applied, for every plan type."""
    folder = tmp_path / "case"
    shutil.copytree(next((ROOT / "tests/resources/letter-review/set18").glob("06-*/")), folder)
    (warned,) = [f for f in check_case(folder).findings if f.field == "payer_criteria" and f.level == "warning"]
    assert "the decision applied" in warned.message and "plan's own" not in warned.message


@pytest.mark.parametrize(("instead_of", "quote", "warned"), [
    ("2", "", False),  # row 2 is numbered "2."
    ("5", "", True),  # no row, no quote numbers a criterion 5
    ("5", "4. Two antidepressant trials. 5. A trial of psychotherapy. Criterion 6 may replace 5.", False),
    ("criterion 5", "The member meets criterion 5 (psychotherapy) or criterion 6.", False),
    ("5", "Each of the 5 criteria below must be met.", True),  # a count, not a numbered criterion
    ("4.2(a)", "4.2 Response means either (a) a 50% decrease or (b) a 25% decrease with an attestation.", False),
    ("4.2", "Continue for 4.20 weeks", True),  # not the section 4.2
    ("(b)", "", False),  # no number to judge by
])
def test_a_replaced_criterion_must_be_one_the_plan_numbers(tmp_path, instead_of, quote, warned):
    folder = copy_sample("ketamine-trd", tmp_path / "case")
    criteria = [{"criterion": "1. A diagnosis of major depressive disorder.", "met": True, "how_met": "F33.2"},
                {"criterion": "2. Two failed antidepressant trials.", "met": True, "how_met": "three trials"},
                {"criterion": "3. A clinician certifies the need.", "met": True, "how_met": "letter",
                 "instead_of": instead_of}]
    lines = [f"payer_criteria: {json.dumps(criteria)}"]  # JSON is YAML's flow style
    if quote:
        lines.append(f"plan_policy: {json.dumps({'name': 'Fictional policy BH-1', 'quote': quote})}")
    with (folder / "case.yaml").open("a", encoding="utf-8") as fh:
        fh.write("\n" + "\n".join(lines) + "\n")
    messages = [f.message for f in check_case(folder).findings if f.field == "payer_criteria"]
    assert any("instead_of" in m for m in messages) is warned, messages
