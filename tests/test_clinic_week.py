"""A clinic's week (docs/caseload.md). What was sent stays as sent, the records set the status, a denial sets up the
next level, the clinic profile reaches every letter, templates clinics can edit.

Every case is fictional. Where LibreOffice is not the point, `soffice` on PATH is tests/fake_soffice.py (a blank
page per document), so these tests run in seconds; packets are still assembled, stamped and hashed for real.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

import pytest
from conftest import run_cli, write_case

from appeal_kit.case.folder import load_case_data

HERE = Path(__file__).resolve().parent


@pytest.fixture
def env(tmp_path, fake_office) -> dict:
    """Builds convert with the fake converter, in this process (conftest.FakeOffice); batches with a fake soffice
    first on PATH and no LibreOffice listener; a private cache and config folder."""
    shim = tmp_path / "shim"
    shim.mkdir()
    (shim / "soffice").write_text(f"#!/bin/sh\nexec {sys.executable} {HERE / 'fake_soffice.py'} \"$@\"\n")
    (shim / "soffice").chmod(0o755)
    return {"PATH": f"{shim}{os.pathsep}{os.environ['PATH']}", "APPEAL_KIT_UNO_PYTHON": "",
            "XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_CONFIG_HOME": str(tmp_path / "config")}


def a_case(folder: Path, extra: str = "") -> Path:
    write_case(folder, extra=extra)
    text = (folder / "case.yaml").read_text(encoding="utf-8")
    (folder / "case.yaml").write_text(text.replace("  notice_date: 03/03/2026\n",
                                                   "  notice_date: 03/03/2026\n  plan_type: employer_erisa\n"),
                                      encoding="utf-8")
    (folder / "denial" / "notice.txt").write_text("Fictional denial notice for claim CLM-2026-0099.\n")
    return folder


def ok(result) -> str:
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cases_json(root: Path, env: dict, today: str = "2026-03-10") -> dict[str, dict]:
    rows = json.loads(ok(run_cli("cases", str(root), "--json", "--today", today, env=env)))
    return {Path(r["folder"]).name: r for r in rows}


# ---------------------------------------------------------------------------------------------- nothing sent is lost

@pytest.mark.slow  # several builds and a batch, each its own process
def test_a_rebuild_after_sent_keeps_the_sent_packet_and_the_status(tmp_path, env):
    folder = a_case(tmp_path / "clients" / "okafor")
    ok(run_cli("build", str(folder), "-q", env=env))
    sent_hash = sha(folder / "packet.pdf")
    out = ok(run_cli("sent", str(folder), "--date", "2026-03-05", "--method", "fax", env=env))
    [entry] = load_case_data(folder)["submissions"]
    copy = folder / entry["copy"]
    assert entry["copy"] == "sent/2026-03-05-fax.pdf" and sha(copy) == sent_hash == entry["packet_sha256"]
    assert "sent/2026-03-05-fax.pdf" in out

    # A new exhibit, a rebuild: packet.pdf is the new one, the sent copy is untouched, the case is still `sent`.
    (folder / "clinical" / "late-note.txt").write_text("A clinical note found after the appeal went out.\n")
    ok(run_cli("build", str(folder), "-q", env=env))
    assert sha(folder / "packet.pdf") != sent_hash and sha(copy) == sent_hash
    row = cases_json(folder.parent, env)["okafor"]
    assert row["status"] == "sent" and row["sent_packets_kept"] is True
    assert row["next_action"].startswith("wait for the decision")
    check = ok(run_cli("check", str(folder), env=env))
    assert "submissions" not in check  # neither "changed: submissions" nor a lost packet

    # The copy edited or lost: check and cases both say so.
    copy.write_bytes(copy.read_bytes() + b"\n% edited\n")
    row = cases_json(folder.parent, env)["okafor"]
    assert row["sent_packets_kept"] is False and row["next_action"].startswith("CHECK: the packet sent on 2026-03-05")
    result = run_cli("check", str(folder), env=env)
    assert "Warning: submissions: the packet sent on 2026-03-05 (sent/2026-03-05-fax.pdf" in result.stdout


@pytest.mark.slow  # several builds and a batch, each its own process
def test_a_record_without_a_copy_is_filed_before_a_rebuild_replaces_its_packet(tmp_path, env):
    folder = a_case(tmp_path / "case")
    ok(run_cli("build", str(folder), "-q", env=env))
    ok(run_cli("sent", str(folder), "--date", "2026-03-05", "--method", "mail", env=env))
    # As a record from before copies were filed: no copy, packet.pdf the only file with the hash.
    (folder / "sent" / "2026-03-05-mail.pdf").unlink()
    sent_hash = load_case_data(folder)["submissions"][0]["packet_sha256"]
    (folder / "clinical" / "new.txt").write_text("Another fictional note.\n")
    out = ok(run_cli("build", str(folder), "-q", env=env))
    assert "kept as" in out
    [kept] = list((folder / "sent").iterdir())
    assert sha(kept) == sent_hash and sha(folder / "packet.pdf") != sent_hash


@pytest.mark.slow  # several builds and a batch, each its own process
def test_batch_skips_sent_and_decided_cases_unless_asked(tmp_path, env):
    root = tmp_path / "clients"
    fresh, sent, decided = (a_case(root / n) for n in ("fresh", "sent", "decided"))
    for folder in (sent, decided):
        ok(run_cli("build", str(folder), "-q", env=env))
        ok(run_cli("sent", str(folder), "--date", "2026-03-05", "--method", "portal", env=env))
    ok(run_cli("decided", str(decided), "--outcome", "approved", "--date", "2026-03-09", env=env))
    before = {n: (root / n / "packet.pdf").stat().st_mtime_ns for n in ("sent", "decided")}
    result = run_cli("batch", str(root), "-q", "--jobs", "1", env=env)
    ok(result)
    assert (fresh / "packet.pdf").is_file()
    assert {n: (root / n / "packet.pdf").stat().st_mtime_ns for n in before} == before
    assert f"Skipped {sent}: sent;" in result.stderr and f"Skipped {decided}: decided;" in result.stderr
    rows = cases_json(root, env)
    assert (rows["sent"]["status"], rows["decided"]["status"]) == ("sent", "decided")

    ok(run_cli("batch", str(root), "-q", "--jobs", "1", "--include-sent", env=env))
    assert all((root / n / "packet.pdf").stat().st_mtime_ns != t for n, t in before.items())
    rows = cases_json(root, env)
    assert (rows["sent"]["status"], rows["decided"]["status"]) == ("sent", "decided")
    assert rows["sent"]["sent_packets_kept"] and rows["decided"]["sent_packets_kept"]


# ---------------------------------------------------------------------------------------------- the next level

@pytest.mark.slow  # several builds and a batch, each its own process
def test_a_denial_sets_up_the_next_level_and_the_printed_command_works(tmp_path, env):
    from icalendar import Calendar

    folder = a_case(tmp_path / "clients" / "haddad", extra="external_review:\n  agency: Fictional State DOI\n")
    ok(run_cli("draft", str(folder), env=env))
    ok(run_cli("build", str(folder), "-q", env=env))
    first_letter = sha(folder / "letter.docx")
    ok(run_cli("sent", str(folder), "--date", "2026-03-05", "--method", "fax", env=env))
    out = ok(run_cli("decided", str(folder), "--outcome", "denied", "--date", "2026-04-01", env=env))
    level = folder / "levels" / "1-internal-appeal-first-level"
    assert sorted(p.name for p in level.iterdir()) == [".letter-fingerprint.json", "letter.docx", "packet.pdf"]
    assert sha(level / "letter.docx") == first_letter and not (folder / "letter.docx").exists()
    assert load_case_data(folder)["template"] == "external-review-request"
    assert "template external-review-request" in out

    row = cases_json(folder.parent, env, "2026-04-02")["haddad"]
    assert row["stage"].startswith("external review") and row["status"] == "decided"
    assert row["appeal_deadline"] == "2026-08-01" and row["decision_due"] is None  # the old one is cleared
    assert row["sent_packets_kept"]
    # The next command, run exactly as printed (in `decided` and in `cases`).
    printed = out.strip().splitlines()[-1]
    assert printed == f"Then: appeal-kit draft {folder}" and f"appeal-kit draft {folder})" in row["next_action"]
    ok(run_cli(*printed.split()[2:], env=env))
    assert "external review" in " ".join(
        p.text for p in __import__("docx").Document(str(folder / "letter.docx")).paragraphs).lower()
    row = cases_json(folder.parent, env, "2026-04-02")["haddad"]
    assert row["status"] == "drafted" and row["next_action"].startswith("build: appeal-kit build")

    calendar = tmp_path / "week.ics"
    ok(run_cli("cases", str(folder.parent), "--ics", str(calendar), "--today", "2026-04-02", env=env))
    [event] = Calendar.from_ical(calendar.read_bytes()).walk("VEVENT")
    assert event.decoded("dtstart").isoformat() == "2026-08-01"
    summary = str(event.get("summary"))
    assert summary.startswith("Deadline for external review") and "N.T.H., case haddad" in summary
    assert "Nguyễn" not in calendar.read_text(encoding="utf-8")  # initials and the case, never the full name


# ---------------------------------------------------------------------------------------------- the clinic profile

PROFILE = """\
# Fictional clinic for tests.
name: Cascade Ridge Behavioral Health
letterhead:
  - 1450 Willamette Street, Suite 300, Eugene, OR 97401
  - Phone (541) 555-0100
address: |-
  1450 Willamette Street, Suite 300
  Eugene, OR 97401
phone: (541) 555-0100
fax: (541) 555-0101
providers:
  - name: Miriam Okafor, MD
    npi: "1234567893"
"""

CLINIC_AUTHOR = """\
  clinic: Cascade Ridge Behavioral Health
  address: 1450 Willamette Street, Suite 100, Eugene, OR 97401
  phone: (541) 555-0999
insurer_fax_placeholder: ""
"""


def clinic_case(folder: Path) -> Path:
    """A case whose author writes from the clinic, with an old address and phone copied into case.yaml."""
    a_case(folder)
    text = (folder / "case.yaml").read_text(encoding="utf-8")
    text = text.replace("  name: Test Author\n  role: Patient\n",
                        "  name: Dana Reyes\n  role: Appeals coordinator\n"
                        + CLINIC_AUTHOR.split("insurer_fax_placeholder")[0])
    text = text.replace("  appeals_address: PO Box 1, Nowhere, ST 00000\n",
                        "  appeals_address: PO Box 1, Nowhere, ST 00000\n  fax: (555) 010-0200\n")
    (folder / "case.yaml").write_text(text, encoding="utf-8")
    (folder / "other" / "authorization.txt").write_text("Fictional signed authorization.\n")
    return folder


def letter_text(folder: Path) -> str:
    from docx import Document

    return "\n".join(p.text for p in Document(str(folder / "letter.docx")).paragraphs)


@pytest.mark.slow  # several builds and a batch, each its own process
def test_the_clinic_profile_reaches_every_letter(tmp_path, env):
    from conftest import page_texts
    from docx import Document

    profile = tmp_path / "shared-drive" / "clinic.yaml"
    profile.parent.mkdir()
    profile.write_text(PROFILE, encoding="utf-8")
    plain, edited = clinic_case(tmp_path / "plain"), clinic_case(tmp_path / "edited")

    # A second computer without the profile: check says so instead of building letters without letterhead.
    result = run_cli("check", str(plain), env=env)
    assert "Warning: author.clinic: names a clinic, but no clinic profile was found" in result.stdout

    env = {**env, "APPEAL_KIT_CLINIC": str(profile)}
    for folder in (plain, edited):
        ok(run_cli("draft", str(folder), env=env))
        text = letter_text(folder)
        assert "Suite 300" in text and "Suite 100" not in text and "555-0999" not in text  # the profile, not copies
    doc = Document(str(edited / "letter.docx"))
    doc.add_paragraph("A sentence the coordinator added by hand.")
    doc.save(str(edited / "letter.docx"))

    # The clinic moves to suite 410; a misspelt key is named.
    profile.write_text(PROFILE.replace("Suite 300", "Suite 410") + "adress: typo\n", encoding="utf-8")
    out = ok(run_cli("check", str(plain), env=env))
    assert "Note: letter.docx: letter.docx has no hand edits since it was drafted, and these changed: " \
           "clinic.yaml address, clinic.yaml letterhead; the next build drafts it again" in out
    assert "Warning: clinic.yaml: " in out and "unknown key 'adress'" in out
    out = ok(run_cli("check", str(edited), env=env))
    assert "Warning: letter.docx: letter.docx was drafted before these changed: clinic.yaml address, " \
           "clinic.yaml letterhead. It has hand edits" in out

    out = ok(run_cli("build", str(plain), "-q", "--fax", env=env))
    assert "drafted again from the template" in out and "Suite 410" in letter_text(plain)
    assert "drafted before" not in ok(run_cli("check", str(plain), env=env))
    cover = page_texts(plain / "packet.pdf")[0]
    assert "(541) 555-0100" in cover and "555-0999" not in cover  # the fax cover follows the profile too

    before = sha(edited / "letter.docx")
    ok(run_cli("build", str(edited), "-q", env=env))
    assert sha(edited / "letter.docx") == before  # hand edits are never redrafted away

    # A new exhibit ahead of the authorization: the edited letter is told exactly what moved.
    (edited / "clinical" / "progress-note.txt").write_text("Fictional progress note.\n")
    out = ok(run_cli("check", str(edited), env=env))
    assert "letter.docx says Exhibit B for Authorization; it is now Exhibit C" in out
    assert "Exhibit B (Progress note) is new; letter.docx does not mention it" in out


# ---------------------------------------------------------------------------------------------- clinic templates

def test_bundled_templates_are_what_make_templates_writes(tmp_path):
    """A drift test: every bundled .docx part and companion equals the generator's output."""
    import importlib.util
    import zipfile

    spec = importlib.util.spec_from_file_location("make_templates", HERE.parent / "scripts" / "make_templates.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.main(tmp_path)
    bundled = HERE.parent / "letter_templates"
    made = sorted(p.name for p in tmp_path.iterdir())
    assert made == sorted(f"{n}.{ext}" for n in module.TEMPLATES for ext in ("docx", "yaml"))
    for name in made:
        if name.endswith(".yaml"):
            assert (tmp_path / name).read_text() == (bundled / name).read_text(), name
            continue
        with zipfile.ZipFile(tmp_path / name) as new, zipfile.ZipFile(bundled / name) as old:
            assert new.namelist() == old.namelist(), name
            assert [n for n in new.namelist() if new.read(n) != old.read(n)] == [], name


def test_a_clinic_template_made_edited_and_checked(tmp_path, env):
    from docx import Document

    from appeal_kit.letter import render

    profile = tmp_path / "office" / "clinic.yaml"
    profile.parent.mkdir()
    (profile.parent / "templates").mkdir()
    profile.write_text(PROFILE + "templates: templates\n", encoding="utf-8")
    env = {**env, "APPEAL_KIT_CLINIC": str(profile)}
    out = ok(run_cli("templates", "new", "cascade-trd", "--from", "ketamine-trd", env=env))
    docx = profile.parent / "templates" / "cascade-trd.docx"
    companion = docx.with_suffix(".yaml")
    assert f"Wrote {docx} and its companion {companion}" in out
    meta = companion.read_text(encoding="utf-8")
    assert "name: cascade-trd" in meta and "criteria: true" in meta and "indication: depression" in meta

    # Edited with python-docx as Word would: a house sentence, and a placeholder with a typo.
    doc = Document(str(docx))
    doc.paragraphs[-1].insert_paragraph_before("Cascade Ridge has treated {{ patient.name }} since intake.")
    doc.save(str(docx))
    assert "templates ready (0 warning(s))" in ok(run_cli("templates", "check", str(docx.parent), env=env))
    doc.add_paragraph("Questions: {{ clinic.phone_number }} or {{ patient.nmae }}.")
    doc.save(str(docx))
    result = run_cli("templates", "check", str(docx.parent), env=env)
    assert result.returncode != 0
    assert "{{ clinic.phone_number }}: clinic.yaml has no key 'phone_number'" in result.stderr
    assert "{{ patient.nmae }}: no case.yaml field" in result.stderr

    # Drafting with it names the file the value belongs in.
    case = a_case(tmp_path / "case")
    (case / "case.yaml").write_text((case / "case.yaml").read_text().replace("author:\n", "template: cascade-trd\n"
                                                                              "author:\n"))
    result = run_cli("draft", str(case), env=env)
    assert "needs 'phone_number' from the clinic profile, which clinic.yaml does not have: add `phone_number:` to " \
           "clinic.yaml (not case.yaml)" in result.stderr

    # A .docx copied without its companion is an error, not a silently thinner letter.
    (docx.parent / "bare.docx").write_bytes((HERE.parent / "letter_templates" / "ketamine-trd.docx").read_bytes())
    result = run_cli("templates", "check", str(docx.parent), env=env)
    assert "Error: bare.docx: bare.yaml, its companion, is missing" in result.stderr

    # The profile's template folder is searched without --templates, and the template is what its companion says.
    listing = ok(run_cli("templates", env=env))
    assert "cascade-trd" in listing
    os.environ["APPEAL_KIT_CLINIC"] = str(profile)
    try:
        info = render.find_template("cascade-trd")
    finally:
        del os.environ["APPEAL_KIT_CLINIC"]
    assert info.path == docx and info.criteria and info.indication == "depression"


def test_a_missing_font_is_named(tmp_path):
    from docx import Document

    from appeal_kit.letter import pack

    doc = Document(str(HERE.parent / "letter_templates" / "medical-necessity.docx"))
    doc.styles["Normal"].font.name = "Fictional Grotesk"
    doc.save(str(tmp_path / "house.docx"))
    (tmp_path / "house.yaml").write_text("name: house\n")
    [problem] = [p for p in pack.check_folder(tmp_path) if "font" in p.message]
    assert problem.level == "warning" and "uses the font Fictional Grotesk, which is not installed" in problem.message


# ---------------------------------------------------------------------------------------------- no crying wolf

def test_j3490_reminder_only_without_ndc_and_quantity():
    from appeal_kit.checks import check_codes

    claim = {"claim": {"procedure_codes": ["J3490"], "service_dates": ["2026-02-02"]}}
    assert any("J3490" in f.message for f in check_codes(claim))
    line = {"code": "J3490", "units": 2, "description": "Ketamine HCl, NDC 0409-2051-05, 40 mg"}
    assert not any("J3490" in f.message for f in check_codes({**claim, "service_lines": [line]}))
    assert any("J3490" in f.message for f in check_codes({**claim, "service_lines": [{**line, "units": None}]}))


def test_no_lmn_warning_when_the_physician_signs_the_appeal(tmp_path):
    from appeal_kit.checks import check_case

    folder = a_case(tmp_path / "case")
    lmn = lambda: [f for f in check_case(folder).findings if "no letter of medical necessity" in f.message]  # noqa: E731
    assert lmn()
    text = (folder / "case.yaml").read_text(encoding="utf-8")
    (folder / "case.yaml").write_text(text.replace("  name: Test Author\n  role: Patient\n",
                                                   "  name: Miriam Okafor, MD\n  role: Treating psychiatrist\n"
                                                   "  authorization: other/authorization.txt\n"), encoding="utf-8")
    (folder / "other" / "authorization.txt").write_text("Fictional authorization.\n")
    assert not lmn()


def test_batch_bar_and_cases_table_fit_80_columns(monkeypatch, capsys):
    from datetime import date

    from appeal_kit import cli
    from appeal_kit.cases.caseload import CaseRow

    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setattr(cli, "_on_terminal", lambda: True)
    report, say, close = cli._batch_progress(20, quiet=False)
    say("converting the documents of 20 case(s) in one LibreOffice run, and writing each packet as its documents "
        "are ready")
    close()
    lines = capsys.readouterr().err.splitlines()
    assert lines and max(len(line) for line in lines) <= 80

    rows = [CaseRow(Path(f"clients/case-{i:02d}"), "drafted", "build: appeal-kit build clients/case-01 " * 2,
                    "Nguyễn Thị Hằng", "Fictional Health Plan of the Pacific Northwest", "CLM-2026-0099",
                    "internal appeal (first level)", date(2026, 8, 1), 144, date(2026, 9, 30)) for i in range(3)]
    cli._rich_caseload(rows)
    out = capsys.readouterr().out
    assert max(len(line) for line in out.splitlines()) <= 80
    assert out.count("2026-08-01") == 3 and out.count("2026-09-30") == 3  # no date broken across lines


# ---------------------------------------------------------------------------------------------- the week

TEMPLATES = ("ketamine-trd", "ketamine-chronic-pain", "esketamine-step-therapy", "medical-necessity", "cascade-trd")


@pytest.mark.slow
def test_a_clinic_week(tmp_path, env, monkeypatch):
    """Twenty cases through a week, in one process (click's runner) with the fake converter: batch, sent, a rebuild
    after sent, a letterhead change, a denial and the next level, a clinic template made and edited."""
    from click.testing import CliRunner
    from conftest import PDFS
    from docx import Document
    from icalendar import Calendar

    from appeal_kit.cli import cli

    for key, value in env.items():
        monkeypatch.setenv(key, value)
    office = tmp_path / "office"
    (office / "templates").mkdir(parents=True)
    profile = office / "clinic.yaml"
    profile.write_text(PROFILE + "templates: templates\n", encoding="utf-8")
    monkeypatch.setenv("APPEAL_KIT_CLINIC", str(profile))
    runner = CliRunner()

    def run(*args: str) -> str:
        result = runner.invoke(cli, list(args), catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    # Monday: the house template, copied with its companion and edited as Word would.
    run("templates", "new", "cascade-trd", "--from", "ketamine-trd")
    house = office / "templates" / "cascade-trd.docx"
    doc = Document(str(house))
    doc.paragraphs[-1].insert_paragraph_before("Cascade Ridge Behavioral Health has treated {{ patient.name }}.")
    doc.save(str(house))
    assert "templates ready" in run("templates", "check", str(office / "templates"))

    # Twenty cases: notices as PDF and text, each drafted from its template; one letter edited by hand.
    root = tmp_path / "clients"
    cases = [clinic_case(root / f"case-{i:02d}") for i in range(20)]
    for i, folder in enumerate(cases):
        text = (folder / "case.yaml").read_text(encoding="utf-8")
        (folder / "case.yaml").write_text(f"template: {TEMPLATES[i % len(TEMPLATES)]}\n" + text, encoding="utf-8")
        if i % 2:
            (folder / "denial" / "notice.txt").unlink()
            (folder / "denial" / "notice.pdf").write_bytes((PDFS / "rotated.pdf").read_bytes())
        run("draft", str(folder))
    assert "Cascade Ridge Behavioral Health has treated" in letter_text(cases[4])  # the house template
    edited = cases[1]
    doc = Document(str(edited / "letter.docx"))
    doc.add_paragraph("Dr. Okafor asked us to add this sentence.")
    doc.save(str(edited / "letter.docx"))

    # Tuesday: one batch builds them all.
    out = run("batch", str(root), "--jobs", "1", "-q")
    assert "20 built, 0 failed." in out

    # Wednesday: ten are faxed. A late note for one of them: the rebuild keeps what was sent, and its status.
    sent = cases[:10]
    for folder in sent:
        run("sent", str(folder), "--date", "2026-03-05", "--method", "fax")
    kept = {f: sha(f / "sent" / "2026-03-05-fax.pdf") for f in sent}
    (sent[2] / "clinical" / "late-note.txt").write_text("Fictional note found after sending.\n")
    run("build", str(sent[2]), "-q")
    assert {f: sha(f / "sent" / "2026-03-05-fax.pdf") for f in sent} == kept
    out = run("batch", str(root), "--jobs", "1", "-q")
    assert "10 built, 0 failed." in out
    rows = {Path(r["folder"]).name: r for r in json.loads(run("cases", str(root), "--json", "--today", "2026-03-10"))}
    assert [rows[f.name]["status"] for f in sent] == ["sent"] * 10
    assert all(rows[f.name]["sent_packets_kept"] for f in sent)

    # Thursday: the clinic moves to suite 410. Unedited letters are redrafted by the next build; the edited one
    # is named, and told what its exhibit letters now point at.
    profile.write_text(profile.read_text().replace("Suite 300", "Suite 410"), encoding="utf-8")
    (edited / "clinical" / "progress-note.txt").write_text("Fictional progress note.\n")
    out = run("check", str(edited))
    assert "letter.docx says Exhibit B for Authorization; it is now Exhibit C" in out and "hand edits" in out
    out = run("batch", str(root), "--jobs", "1", "-q")
    assert "10 built, 0 failed." in out
    assert out.count("letter.docx had no hand edits, so it was drafted again") == 10
    unsent = cases[10:]
    assert all("Suite 410" in letter_text(f) for f in unsent)
    assert "Suite 300" in letter_text(edited) and "Dr. Okafor asked us" in letter_text(edited)

    # Friday: a denial. The first level's papers are archived, the next letter's template set, the deadline in
    # the calendar under the patient's initials and the case, and the printed next command works.
    denied = sent[0]
    out = run("decided", str(denied), "--outcome", "denied", "--date", "2026-03-12")
    assert (denied / "levels" / "1-internal-appeal-first-level" / "packet.pdf").is_file()
    assert load_case_data(denied)["template"] == "external-review-request"
    run(*out.strip().splitlines()[-1].split()[2:])
    assert (denied / "letter.docx").is_file()
    calendar = tmp_path / "week.ics"
    run("cases", str(root), "--ics", str(calendar), "--today", "2026-03-13")
    events = Calendar.from_ical(calendar.read_bytes()).walk("VEVENT")
    deadline = [e for e in events if str(e.get("summary")).startswith("Deadline for external review")]
    assert len(deadline) == 1 and "case case-00" in str(deadline[0].get("summary"))
    assert "Nguyễn" not in calendar.read_text(encoding="utf-8")


def test_check_before_drafting_agrees_with_the_letter_on_criteria_rows(tmp_path, env):
    """The psychiatrist criterion is met by the clinic profile's signing provider: check must not call it missing
    when the letter it drafts shows that row."""
    from appeal_kit.checks import check_case

    folder = a_case(tmp_path / "case", extra="template_placeholder")
    text = (folder / "case.yaml").read_text(encoding="utf-8").replace("template_placeholder", "")
    text = text.replace("  name: Test Author\n  role: Patient\n", "  name: Dana Reyes\n  provider: Miriam Okafor\n")
    (folder / "case.yaml").write_text("template: esketamine-step-therapy\n" + text, encoding="utf-8")
    (folder / "clinic.yaml").write_text(PROFILE.replace('    npi: "1234567893"\n', '    npi: "1234567893"\n'
                                                        "    credentials: Board-certified psychiatrist\n"))
    missing = [f.message for f in check_case(folder).findings if f.field == "payer_criteria"]
    assert missing and "psychiatrist" not in missing[0].lower()  # other rows are missing, this one is not
    ok(run_cli("draft", str(folder), env=env))
    assert "Prescribed by Miriam Okafor, MD, Board-certified psychiatrist." in letter_text(folder) + \
        "\n".join(c.text for t in __import__("docx").Document(str(folder / "letter.docx")).tables
                  for r in t.rows for c in r.cells)


def test_service_lines_from_a_practice_management_export(tmp_path):
    folder = a_case(tmp_path / "case")
    text = (folder / "case.yaml").read_text(encoding="utf-8")
    (folder / "case.yaml").write_text(text.replace("  service_dates: [February 2, 2026]\n", "")
                                      .replace("  procedure_codes: [96365]\n", ""), encoding="utf-8")
    export = tmp_path / "charges.csv"
    export.write_text("Patient Name,Acct #,DOS,CPT Code,Mod,Units,POS,Billed Amount,Paid\n"
                      "Fictional Patient,1001,02/02/2026,96365,,1,11,$450.00,450\n"
                      "Fictional Patient,1001,02/02/2026,j3490,,2,11,\"$1,234.50\",\n"
                      "Fictional Patient,1001,02/09/2026,99214,\"25, 95\",1,10,200,0\n", encoding="utf-8")
    out = ok(run_cli("services", str(folder), str(export)))
    assert "Wrote 3 service line(s)" in out and "Left out the export's other columns: Patient Name, Acct #" in out
    data = load_case_data(folder)
    assert [(ln["date"], ln["code"], ln["charge"]) for ln in data["service_lines"]] == \
        [("2026-02-02", "96365", "$450.00"), ("2026-02-02", "J3490", "$1,234.50"), ("2026-02-09", "99214", "200")]
    assert data["service_lines"][2]["modifiers"] == ["25", "95"] and data["service_lines"][1]["units"] == 2
    assert data["claim"]["service_dates"] == ["2026-02-02", "2026-02-09"]
    assert data["claim"]["procedure_codes"] == ["96365", "J3490", "99214"]
    assert "Fictional Patient" not in (folder / "case.yaml").read_text(encoding="utf-8")
    result = run_cli("services", str(folder), str(export))
    assert result.returncode != 0 and "--force" in result.stderr


def test_the_superbill_follows_the_profile_with_its_group_npi(tmp_path, monkeypatch):
    from appeal_kit.case.folder import load_case
    from appeal_kit.letter.superbill import collect

    folder = clinic_case(tmp_path / "case")
    text = (folder / "case.yaml").read_text(encoding="utf-8")
    (folder / "case.yaml").write_text(text.replace("  date_of_birth:", "  address: 1 Fictional Way, Eugene, OR\n"
                                                   "  date_of_birth:")
                                      + "provider:\n  address: 1450 Willamette Street, Suite 100 (old copy)\n"
                                      "service_lines:\n  - date: 2026-02-02\n    code: \"96365\"\n    charge: 450\n"
                                      "    place_of_service: 11\n",
                                      encoding="utf-8")
    profile = PROFILE.replace('    npi: "1234567893"\n', '    npi: "1234567893"\n    credentials: MD\n'
                              "    license: Oregon MD 123456\n")
    (folder / "clinic.yaml").write_text(profile + 'group_npi: "1245319599"\ntax_id: 93-1234567\n', encoding="utf-8")
    (folder / "case.yaml").write_text((folder / "case.yaml").read_text(encoding="utf-8")
                                      + "secondary_payer:\n  name: Fictional Medicaid\n  member_id: MC-778\n")
    bill = collect(load_case(folder))
    assert "Suite 300" in bill.provider["address"] and "old copy" not in bill.provider["address"]
    assert bill.group_npi == "1245319599" and bill.secondary == "Fictional Medicaid, member ID MC-778"


def signature_paragraph(folder: Path) -> tuple[str, int]:
    """The letter's sign-off paragraph text and the number of images in it."""
    from docx import Document

    para = next(p for p in Document(str(folder / "letter.docx")).paragraphs if p.text.startswith("Sincerely,"))
    return para.text, len(para._p.xpath(".//pic:pic"))


def test_a_provider_author_signs_with_image_npi_and_license_and_a_patient_never_does(tmp_path, env):
    from PIL import Image

    folder = a_case(tmp_path / "case")
    (folder / "clinic.yaml").write_text(PROFILE + "    license: Oregon MD 123456\n"
                                        "    signature: signatures/okafor.png\n", encoding="utf-8")
    (folder / "signatures").mkdir()
    Image.new("RGB", (300, 80), "white").save(folder / "signatures" / "okafor.png")
    text = (folder / "case.yaml").read_text(encoding="utf-8")

    # The patient writes; the prescriber is named for the letter of medical necessity, and signs nothing here.
    (folder / "case.yaml").write_text(text.replace("  role: Patient\n", "  role: Patient\n"
                                                   "  provider: Miriam Okafor, MD\n"), encoding="utf-8")
    ok(run_cli("draft", str(folder), env=env))
    signed, images = signature_paragraph(folder)
    assert images == 0 and "NPI" not in signed and "License" not in signed and "Test Author" in signed

    # The psychiatrist writes the appeal herself: her signature image, NPI and license go under her name.
    (folder / "case.yaml").write_text(text.replace("  name: Test Author\n  role: Patient\n",
                                                   "  name: Dr. Miriam Okafor\n  role: Treating psychiatrist\n"),
                                      encoding="utf-8")
    ok(run_cli("draft", str(folder), "--force", env=env))
    signed, images = signature_paragraph(folder)
    assert images == 1
    assert signed.split("\n")[-3:] == ["NPI 1234567893", "License Oregon MD 123456", "Treating psychiatrist"]


def test_a_signature_image_outside_the_profile_folder_is_refused(tmp_path):
    from appeal_kit.errors import CaseError
    from appeal_kit.letter.clinic import load_clinic

    office = tmp_path / "office"
    office.mkdir()
    (tmp_path / "elsewhere.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (office / "clinic.yaml").write_text(PROFILE + "    signature: ../elsewhere.png\n", encoding="utf-8")
    with pytest.raises(CaseError, match="providers item 1 signature"):
        load_clinic(path=office / "clinic.yaml")
