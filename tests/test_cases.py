"""Many cases (docs/caseload.md): the caseload view, submissions and decisions, batches and the conversion cache.

Every case here is fictional. Builds are real (LibreOffice, pypdf); a shim named `soffice` ahead of the real one on
PATH logs each LibreOffice start with its arguments, so the tests can count starts and see which files went in.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import PDFS, ROOT, copy_sample, page_texts, processes_mentioning, run_cli, write_case

from appeal_kit.case.folder import load_case_data
from appeal_kit.cases.caseload import JSON_KEYS
from appeal_kit.intake.deadlines import decision_due, next_level_decision_due
from appeal_kit.rules import Citations

TODAY = "2026-03-10"


def a_case(folder: Path, *, plan: str = "employer_erisa", notice: str = "03/03/2026", claim_extra: str = "",
           extra: str = "") -> Path:
    write_case(folder, extra=extra)
    text = (folder / "case.yaml").read_text(encoding="utf-8")
    text = text.replace("  notice_date: 03/03/2026\n", f"  notice_date: {notice}\n  plan_type: {plan}\n{claim_extra}")
    (folder / "case.yaml").write_text(text, encoding="utf-8")
    return folder


def fake_packet(folder: Path, pages: int = 3) -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(612, 792)
    writer.write(folder / "packet.pdf")
    return folder / "packet.pdf"


def cases_json(root: Path, today: str = TODAY) -> list[dict]:
    result = run_cli("cases", str(root), "--json", "--today", today)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


# ---------------------------------------------------------------------------------------------- decision clocks

@pytest.mark.parametrize("plan, urgent, pre_service, days, rule_id", [
    ("employer_erisa", True, True, 3, "urgent_decision"),
    ("employer_erisa", False, True, 30, "appeal_decision_pre_service"),
    ("employer_erisa", False, False, 60, "appeal_decision_post_service"),
    ("individual_aca", False, False, 60, "appeal_decision_post_service"),
    ("medicare_advantage", False, True, 30, "appeal_decision_pre_service"),
    ("medicare_part_d", False, True, 7, "appeal_decision_pre_service"),
    ("medicare_part_d", False, False, 14, "appeal_decision_post_service"),
    ("medicaid", True, False, 3, "urgent_decision"),
    ("medicaid", False, False, 30, "appeal_decision_post_service"),
    ("medicare", True, True, 60, "redetermination_decision"),  # no 72-hour route for an Original Medicare claim
])
def test_decision_clock_by_plan_urgency_and_service(plan, urgent, pre_service, days, rule_id):
    sent = date(2026, 3, 2)
    due = decision_due(plan, sent, urgent=urgent, pre_service=pre_service)
    assert due.date == sent + timedelta(days=days)
    citation = Citations(plan).cite(rule_id)
    assert citation and due.basis.startswith(f"{citation}:")
    if plan == "employer_erisa":
        assert "29 CFR 2560.503-1(i)" in due.basis


def test_no_decision_clock_is_invented():
    for plan in ("fehb", "unknown", None):
        due = decision_due(plan, date(2026, 3, 2), urgent=False, pre_service=True)
        assert due.date is None and "CFR" not in due.basis


@pytest.mark.parametrize("plan", ["employer_erisa", "governmental", "church", "individual_aca", "fehb", "unknown"])
def test_a_second_internal_level_is_timed_by_its_own_clock_or_not_at_all(plan):
    # a group plan's second level has half a single level's time (set 20, case 07); a single level's 60 days would
    # promise a date a month late. Individual coverage has one internal level: no second-level time is counted.
    sent = date(2026, 3, 2)
    given = decision_due(plan, sent, urgent=False, pre_service=False, second_level=True)
    ahead = decision_due(plan, sent, urgent=False, pre_service=True, second_level=True)
    urgent = decision_due(plan, sent, urgent=True, pre_service=True, second_level=True)
    if plan in ("employer_erisa", "governmental", "church"):
        assert (given.date, ahead.date) == (sent + timedelta(days=30), sent + timedelta(days=15))
        assert given.basis.startswith(Citations(plan).cite("appeal_decision_second_level_post_service") + ":")
    else:
        assert given.date is None and ahead.date is None and "CFR" not in given.basis
    assert urgent.date is None and "CFR" not in urgent.basis


@pytest.mark.parametrize("plan, rule_id, who", [
    ("employer_erisa", "external_review", "the external reviewer your final denial names"),
    ("individual_aca", "external_review", "the external reviewer your final denial names"),
    ("medicare_advantage", "independent_review_entity", "the Independent Review Entity"),
    ("medicare_part_d", "part_d_ire", "the Independent Review Entity"),
    ("chip", "chip_review", "the state review body the plan's appeal decision names"),
    ("medicaid", "fair_hearing", "the state fair hearing office"),
    ("fehb", "opm_review", "the Office of Personnel Management"),
    ("unknown", None, "the agency your final denial names"),
])
def test_no_decision_clock_is_invented_for_the_next_level(plan, rule_id, who):
    # docs/domain.md records no decision time for any level after the plan's internal appeal: ask, never guess.
    due = next_level_decision_due(plan, date(2026, 5, 4), urgent=False)
    assert due.date is None and due.basis.startswith(f"Decision due: ask {who}.")
    if rule_id:
        assert f"({Citations(plan).cite(rule_id)})" in due.basis
    else:
        assert "CFR" not in due.basis


def test_a_qic_reconsideration_is_decided_within_60_days():
    # the one later level docs/domain.md records a clock for: 42 CFR 405.970(a)
    due = next_level_decision_due("medicare", date(2026, 5, 4), urgent=False)
    assert due.date == date(2026, 7, 3) and due.basis.startswith("42 CFR 405.970(a): a reconsideration is decided")


def test_an_urgent_external_review_is_asked_to_be_expedited_where_a_rule_gives_one():
    erisa = next_level_decision_due("employer_erisa", date(2026, 5, 4), urgent=True)
    assert "expedited review (29 CFR 2590.715-2719(d)(3))" in erisa.basis and erisa.date is None
    fehb = next_level_decision_due("fehb", date(2026, 5, 4), urgent=True)
    assert "expedited review." in fehb.basis and "147.136" not in fehb.basis


# ---------------------------------------------------------------------------------------------- sent, decided

def test_sent_records_what_went_out_and_when_the_plan_must_decide(tmp_path):
    folder = a_case(tmp_path / "case")
    packet = fake_packet(folder, pages=3)
    result = run_cli("sent", str(folder), "--date", "March 5, 2026", "--method", "fax", "--to", "555-0100",
                     "--confirmation", "OK 7")
    assert result.returncode == 0, result.stderr
    # Service on February 2 was before the appeal: post-service, 60 days.
    assert "The plan must decide by May 4, 2026." in result.stdout and "29 CFR 2560.503-1(i)(2)(iii)(A)" in result.stdout
    text = (folder / "case.yaml").read_text(encoding="utf-8")
    assert text.startswith("# Fictional test case")
    [entry] = load_case_data(folder)["submissions"]
    assert entry["packet_pages"] == 3
    assert entry["packet_sha256"] == hashlib.sha256(packet.read_bytes()).hexdigest()
    assert (entry["method"], entry["to"], entry["confirmation"]) == ("fax", "555-0100", "OK 7")
    assert entry["stage"] == "internal appeal (first level)"

    # A comment the user writes on the first entry survives the second one; --service pre gives 30 days.
    (folder / "case.yaml").write_text(text.replace("  method: fax", "  method: fax  # receipt in the binder"))
    fake_packet(folder, pages=4)
    result = run_cli("sent", str(folder), "--date", "2026-03-06", "--method", "mail", "--service", "pre")
    assert result.returncode == 0, result.stderr
    assert "# receipt in the binder" in (folder / "case.yaml").read_text(encoding="utf-8")
    first, second = load_case_data(folder)["submissions"]
    assert first == entry
    assert (second["packet_pages"], second["decision_due"]) == (4, "2026-04-05")


def test_urgent_appeal_is_due_in_72_hours(tmp_path):
    folder = a_case(tmp_path / "case", claim_extra="  urgent: yes\n")
    fake_packet(folder)
    assert run_cli("sent", str(folder), "--date", "2026-03-05", "--method", "portal").returncode == 0
    [entry] = load_case_data(folder)["submissions"]
    assert entry["decision_due"] == "2026-03-08" and "72 hours" in entry["decision_basis"]


def test_without_a_known_clock_sent_and_cases_say_whom_to_ask(tmp_path):
    root = tmp_path / "clients"
    fehb = a_case(root / "fehb", plan="fehb")
    fake_packet(fehb)
    result = run_cli("sent", str(fehb), "--date", "2026-03-05", "--method", "mail")
    assert result.returncode == 0, result.stderr
    assert "Decision due: ask the plan." in result.stdout and "must decide by" not in result.stdout
    [entry] = load_case_data(fehb)["submissions"]
    assert "decision_due" not in entry and entry["decision_basis"].startswith("Decision due: ask the plan.")

    # An employer plan's final denial, then the external review request sent: no date, the reviewer to ask.
    review = a_case(root / "review")
    assert run_cli("decided", str(review), "--outcome", "denied", "--date", "2026-04-01").returncode == 0
    fake_packet(review)
    result = run_cli("sent", str(review), "--date", "2026-04-20", "--method", "portal")
    assert result.returncode == 0, result.stderr
    [entry] = load_case_data(review)["submissions"]
    assert entry["stage"].startswith("external review") and "decision_due" not in entry
    assert "(29 CFR 2590.715-2719(c)–(d))" in entry["decision_basis"]

    rows = {Path(r["folder"]).name: r for r in cases_json(root, "2026-04-21")}
    assert rows["fehb"]["decision_due"] is None and rows["review"]["decision_due"] is None
    assert rows["fehb"]["status"] == rows["review"]["status"] == "sent"
    assert "decision due: ask the plan;" in rows["fehb"]["next_action"]
    assert "decision due: ask the external reviewer your final denial names;" in rows["review"]["next_action"]
    table = run_cli("cases", str(root), "--today", "2026-04-21")
    assert table.returncode == 0, table.stderr
    assert "  ask the plan  " in table.stdout
    assert "  ask the external reviewer your final denial names  " in table.stdout


def test_sent_without_a_packet_is_a_clean_error(tmp_path):
    folder = a_case(tmp_path / "case")
    result = run_cli("sent", str(folder), "--date", "2026-03-05", "--method", "fax")
    assert result.returncode == 3 and result.stderr.startswith("Error: ") and "packet.pdf" in result.stderr
    assert "Traceback" not in result.stderr


def test_denial_opens_the_next_level_with_its_deadline(tmp_path):
    folder = a_case(tmp_path / "case")
    fake_packet(folder)
    assert run_cli("sent", str(folder), "--date", "2026-03-05", "--method", "fax").returncode == 0
    result = run_cli("decided", str(folder), "--outcome", "denied", "--date", "2026-04-01")
    assert result.returncode == 0, result.stderr
    assert "2026-08-01" in result.stdout and "29 CFR 2590.715-2719(d)(2)(i)" in result.stdout
    data = load_case_data(folder)
    assert data["external_review"]["final_denial_date"] == "2026-04-01"
    [decision] = data["decisions"]
    assert decision["outcome"] == "denied" and decision["next_deadline"] == "2026-08-01"
    [row] = cases_json(folder, "2026-04-02")
    assert row["stage"].startswith("external review") and row["status"] == "decided"
    assert row["appeal_deadline"] == "2026-08-01" and "2026-08-01" in row["next_action"]


def test_medicaid_denial_leads_to_a_fair_hearing_and_approval_closes(tmp_path):
    folder = a_case(tmp_path / "medicaid", plan="medicaid")
    assert run_cli("decided", str(folder), "--outcome", "partial", "--date", "2026-04-01").returncode == 0
    [row] = cases_json(folder, "2026-04-02")
    assert row["stage"] == "a state fair hearing" and row["appeal_deadline"] == "2026-07-30"  # 120 days, 42 CFR 438.408(f)(2)
    approved = a_case(tmp_path / "approved")
    assert run_cli("decided", str(approved), "--outcome", "approved", "--date", "2026-04-01").returncode == 0
    [row] = cases_json(approved, "2026-04-02")
    assert row["status"] == "decided" and row["next_action"].startswith("none: approved")
    assert "external_review" not in load_case_data(approved)


def test_second_internal_level_takes_the_deadline_from_the_decision(tmp_path):
    folder = a_case(tmp_path / "case")
    result = run_cli("decided", str(folder), "--outcome", "denied", "--date", "2026-04-01", "--second-level")
    assert result.returncode == 3 and "--deadline" in result.stderr
    assert run_cli("decided", str(folder), "--outcome", "denied", "--date", "2026-04-01", "--second-level",
                   "--deadline", "2026-05-31").returncode == 0
    [row] = cases_json(folder, "2026-04-02")
    assert row["stage"] == "internal appeal (second level)" and row["appeal_deadline"] == "2026-05-31"


# ---------------------------------------------------------------------------------------------- the caseload

def test_batch_reads_only_the_case_files_that_may_record_a_submission_before_it_starts(tmp_path, monkeypatch):
    from appeal_kit.cases import batch, caseload

    plain = write_case(tmp_path / "plain")
    sent = write_case(tmp_path / "sent")
    (sent / "case.yaml").write_text((sent / "case.yaml").read_text(encoding="utf-8")
                                    + "submissions:\n- date: 2026-03-01\n  method: fax\n", encoding="utf-8")
    unreadable = write_case(tmp_path / "latin1")
    (unreadable / "case.yaml").write_bytes((unreadable / "case.yaml").read_bytes() + b"# caf\xe9\n")
    rows = []
    real = caseload.case_row
    monkeypatch.setattr(caseload, "case_row", lambda folder, today: rows.append(folder) or real(folder, today))
    build, skipped = batch.skip_recorded([plain, sent, unreadable], date(2026, 3, 10))
    assert build == [plain, unreadable] and [folder for folder, _ in skipped] == [sent]
    assert rows == [sent, unreadable]  # the plain case is read once, by its worker


def test_caseload_lists_every_case_soonest_first_and_survives_a_broken_one(tmp_path):
    root = tmp_path / "clients"
    fresh = a_case(root / "fresh")  # 180 days from 2026-03-03: 2026-08-30
    built = a_case(root / "built", notice="09/01/2025")  # 2026-02-28: overdue
    fake_packet(built)
    drafted = a_case(root / "group" / "drafted", notice="09/15/2025")  # 2026-03-14: due within 14 days
    (drafted / "letter.docx").write_bytes(b"placeholder: only its presence counts here")
    waiting = a_case(root / "waiting")
    fake_packet(waiting)
    # Sent before the February service: pre-service, decided within 30 days, by 2026-02-01: overdue.
    assert run_cli("sent", str(waiting), "--date", "2026-01-02", "--method", "mail").returncode == 0
    broken = a_case(root / "group" / "broken")
    (broken / "case.yaml").write_text("patient:\n  name: [unclosed\n", encoding="utf-8")
    a_case(root / "x" / "y" / "too-deep")
    a_case(fresh / "clinical" / "not-a-case")

    rows = cases_json(root)
    assert [Path(r["folder"]).name for r in rows] == ["waiting", "built", "drafted", "fresh", "broken"]
    assert all(set(r) == set(JSON_KEYS) for r in rows)
    by_name = {Path(r["folder"]).name: r for r in rows}
    assert [by_name[n]["status"] for n in ("fresh", "built", "drafted", "waiting", "broken")] == \
        ["new", "built", "drafted", "sent", "error"]
    assert by_name["waiting"]["decision_due"] == "2026-02-01"
    assert "call the plan / ask for external review" in by_name["waiting"]["next_action"]
    assert "case.yaml" in by_name["broken"]["next_action"] and "line" in by_name["broken"]["next_action"]
    assert (by_name["fresh"]["appeal_deadline"], by_name["fresh"]["days_left"]) == ("2026-08-30", 173)

    table = run_cli("cases", str(root), "--today", TODAY)
    assert table.returncode == 0, table.stderr
    lines = {Path(r["folder"]).name: line for r, line in zip(rows, table.stdout.splitlines()[1:])}
    assert lines["waiting"].startswith("OVERDUE") and lines["built"].startswith("OVERDUE")
    assert lines["drafted"].startswith("DUE SOON") and not lines["fresh"].startswith(("OVERDUE", "DUE"))

    spreadsheet = run_cli("cases", str(root), "--csv", "--today", TODAY).stdout
    records = list(csv.DictReader(io.StringIO(spreadsheet)))
    assert tuple(records[0]) == JSON_KEYS and len(records) == 5

    calendar = tmp_path / "caseload.ics"
    assert run_cli("cases", str(root), "--ics", str(calendar), "--today", TODAY).returncode == 0
    from icalendar import Calendar

    events = [e for e in Calendar.from_ical(calendar.read_bytes()).walk("VEVENT")]
    days = sorted(e.decoded("dtstart").isoformat() for e in events)
    assert days == ["2026-02-01", "2026-02-28", "2026-03-14", "2026-08-30"]
    assert any(str(e.get("summary")).startswith("Plan decision due") for e in events)


# ---------------------------------------------------------------------------------------------- batches, cache

@pytest.fixture
def soffice_log(tmp_path) -> tuple[dict, Path]:
    """PATH with a `soffice` that logs each start (one line of arguments) and runs the real one."""
    real = shutil.which("soffice") or shutil.which("libreoffice")
    assert real, "LibreOffice is needed for these tests"
    shim_dir, log = tmp_path / "shim", tmp_path / "soffice.log"
    shim_dir.mkdir()
    shim = shim_dir / "soffice"
    shim.write_text(f'#!/bin/sh\necho "$@" >> "{log}"\nexec "{real}" "$@"\n')
    shim.chmod(0o755)
    log.touch()
    return {"PATH": f"{shim_dir}{os.pathsep}{os.environ['PATH']}"}, log


WORD97_SAVE = "--convert-to docx:MS Word 2007 XML"  # the start that saves Word 97 documents as DOCX first


def starts(log: Path) -> list[list[str]]:
    """The documents of each LibreOffice start so far that converts to PDF."""
    return [[a for a in line.split() if a.endswith((".docx", ".txt", ".rtf"))] for line in log.read_text().splitlines()
            if WORD97_SAVE not in line]


def has_uno_python() -> bool:
    from appeal_kit._exec.listener import uno_python
    from appeal_kit.errors import MissingDependencyError

    try:
        return bool(uno_python())
    except MissingDependencyError:
        return False


needs_uno = pytest.mark.skipif(not has_uno_python(), reason="needs LibreOffice's Python bridge (python3-uno)")
# APPEAL_KIT_UNO_PYTHON set empty: no listener, so a batch converts in `soffice --convert-to` runs.
ONE_RUN = {"APPEAL_KIT_UNO_PYTHON": ""}
WAYS = [pytest.param({}, id="listener", marks=needs_uno), pytest.param(ONE_RUN, id="one-run")]


def unreadable_doc(path: Path) -> Path:
    """A Word 97 .doc by its first bytes (so appeal-kit's own checks pass it) whose insides are junk, which LibreOffice
    refuses to open. (A .docx with damaged XML no longer reaches LibreOffice: `check` names it first.)"""
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + b"junk" * 1000)
    return path


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.libreoffice
def test_batch_starts_libreoffice_as_often_as_one_build_and_reports_failures(tmp_path, soffice_log, way):
    env, log = soffice_log
    env = {**env, **way}
    root = tmp_path / "clinic"
    good = [a_case(root / f"ok-{n}") for n in range(3)]
    for n, folder in enumerate(good):
        shutil.copy(PDFS / "plain-notes.txt", folder / "clinical" / f"notes-{n}.txt")
    no_member = a_case(root / "no-member-id")
    text = (no_member / "case.yaml").read_text(encoding="utf-8")
    (no_member / "case.yaml").write_text(text.replace("  member_id: XJ 4471-002\n", ""), encoding="utf-8")
    damaged = a_case(root / "damaged")
    shutil.copy(PDFS / "garbage.pdf", damaged / "clinical" / "scan.pdf")
    unreadable = a_case(root / "unreadable")
    unreadable_doc(unreadable / "clinical" / "cut-off.doc")

    single = run_cli("build", str(good[0]), "--no-cache", "-o", str(tmp_path / "single.pdf"), env=env)
    assert single.returncode == 0, single.stderr
    single_starts = len(starts(log))
    log.write_text("")

    result = run_cli("batch", str(root), "--jobs", "2", "--no-cache", env={**env, "XDG_CACHE_HOME": str(tmp_path)})
    assert result.returncode == 1, result.stderr
    # One block per failed case, starting with its folder; a message may run over lines.
    errors = re.split(rf"^Error: (?={re.escape(str(root))}/)", result.stderr, flags=re.MULTILINE)[1:]
    assert len(errors) == 3, result.stderr
    assert sum("no-member-id" in e for e in errors) == 1 and sum("scan.pdf" in e for e in errors) == 1
    [unreadable_error] = [e for e in errors if e.startswith(str(unreadable))]
    assert f"{unreadable}/clinical/cut-off.doc: LibreOffice could not convert" in unreadable_error
    assert "3 built, 3 failed." in result.stdout
    assert "Traceback" not in result.stderr
    runs = starts(log)
    if way:
        assert len(runs[0]) >= 6  # three letters and three notes went through the first start together
        # The unreadable document stopped that run: the cases it had not reached were converted one by one.
        assert single_starts == 1 and all("/alone-" in run[0] for run in runs[1:]), runs
        assert "APPEAL_KIT_UNO_PYTHON" in result.stderr  # the batch said why it used no listener
    else:
        lines = [line for line in log.read_text().splitlines() if WORD97_SAVE not in line]
        assert len(lines) == 1 and "--accept=pipe," in lines[0], lines  # one listener, fed every document
    # and one start that tried to save the Word 97 document as DOCX (packet.convert accepts tracked changes there)
    assert sum(WORD97_SAVE in line for line in log.read_text().splitlines()) >= 1
    for n, folder in enumerate(good):
        pages = page_texts(folder / "packet.pdf")
        assert any("Member ID: XJ 4471-002" in p for p in pages)
        assert any("Line two of the note." in p for p in pages)  # the notes, converted, behind their cover
    for folder in (no_member, damaged, unreadable):
        assert not (folder / "packet.pdf").exists()


def leftover_pipes(pid: int) -> list[Path]:
    """Pipes a listener started by process `pid` left where LibreOffice puts them."""
    return [p for folder in ("/tmp", "/var/tmp") for p in Path(folder).glob(f"OSL_PIPE_*_appeal-kit-{pid}-*")]


@needs_uno
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="looks for leftover processes in /proc")
@pytest.mark.parametrize("signum", [None, signal.SIGINT, signal.SIGTERM], ids=["finished", "SIGINT", "SIGTERM"])
@pytest.mark.libreoffice
def test_batch_listener_leaves_nothing_behind(tmp_path, signum):
    root = tmp_path / "clinic"
    for n in range(4):
        shutil.copy(PDFS / "plain-notes.txt", a_case(root / f"case-{n}") / "clinical" / "notes.txt")
    scratch = tmp_path / "tmpdir"
    scratch.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(scratch)}
    proc = subprocess.Popen([sys.executable, "-m", "appeal_kit", "batch", str(root), "--no-cache"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if signum is not None:
        deadline = time.monotonic() + 120
        while not list(scratch.glob("appeal-kit-lo-*/user/extensions")) and time.monotonic() < deadline:
            time.sleep(0.02)  # wait until the listener is running with its profile in TMPDIR (soffice made it)
        assert list(scratch.glob("appeal-kit-lo-*")), "LibreOffice never started"
        proc.send_signal(signum)
    out, err = proc.communicate(timeout=300)
    if signum is None:
        assert proc.returncode == 0, err
        assert "4 built, 0 failed." in out and "listener" in err
    else:
        assert proc.returncode == 128 + signum, err  # 130 for Ctrl-C, 143 for SIGTERM
        assert err.strip().splitlines()[-1].startswith("Interrupted: stopped before finishing")
    time.sleep(0.5)
    assert processes_mentioning(str(scratch)) == []  # no soffice, driver or worker left running
    assert leftover_pipes(proc.pid) == [], err
    left = sorted(str(p.relative_to(scratch)) for p in scratch.rglob("*"))
    assert left == [], (err, left[:20])  # no profile folder, batch folder or lock file


@pytest.mark.libreoffice
def test_batch_falls_back_to_one_run_when_the_listener_cannot_be_reached(tmp_path, soffice_log):
    env, log = soffice_log
    # A stand-in for the bridge's Python: it passes the `import uno` probe, and its driver cannot connect.
    fake = tmp_path / "python-without-libreoffice"
    fake.write_text('#!/bin/sh\ncase "$*" in *"import uno"*) exit 0;; esac\n'
                    'echo \'{"error": "could not connect to LibreOffice: (test)"}\'\nexit 1\n')
    fake.chmod(0o755)
    root = tmp_path / "clinic"
    for n in range(2):
        shutil.copy(PDFS / "plain-notes.txt", a_case(root / f"case-{n}") / "clinical" / "notes.txt")
    result = run_cli("batch", str(root), "--no-cache", "--jobs", "2", env={**env, "APPEAL_KIT_UNO_PYTHON": str(fake)})
    assert result.returncode == 0, result.stderr
    assert "2 built, 0 failed." in result.stdout
    lines = log.read_text().splitlines()
    assert "--accept=pipe," in lines[0] and "--convert-to" in lines[1], lines  # the listener, then one run
    assert len(starts(log)[1]) == 4  # both letters and both notes in that run
    assert all(any("Line two of the note." in p for p in page_texts(f / "packet.pdf")) for f in root.iterdir())


@pytest.mark.libreoffice
def test_listener_times_out_on_a_document_and_stops_everything(tmp_path, monkeypatch):
    from appeal_kit._exec import listener as listener_module
    from appeal_kit.errors import ConversionError

    # A stand-in driver that says it is ready and then never answers, like a LibreOffice stuck on a document.
    fake = tmp_path / "python-that-hangs"
    fake.write_text('#!/bin/sh\ncase "$*" in *"import uno"*) exit 0;; esac\necho \'{"ready": true}\'\nexec sleep 300\n')
    fake.chmod(0o755)
    monkeypatch.setenv("APPEAL_KIT_UNO_PYTHON", str(fake))
    monkeypatch.setattr(listener_module, "TIMEOUT_PER_FILE", 1.0)
    listener_module.uno_python.cache_clear()
    note = tmp_path / "note.txt"
    note.write_text("Fictional note.\n", encoding="utf-8")
    try:
        with listener_module.Listener() as listener:
            pipe, profile = listener._pipe, Path(listener._profile.name)
            started = time.monotonic()
            with pytest.raises(ConversionError, match="note.txt: .* did not finish it within 1 s"):
                listener.convert_to_pdf([note], tmp_path / "out")
            assert time.monotonic() - started < 20
            assert listener._driver is None and listener._office is None  # both stopped at the timeout
    finally:
        listener_module.uno_python.cache_clear()
    time.sleep(0.5)
    assert processes_mentioning(str(fake)) == [] and processes_mentioning(pipe) == []
    assert leftover_pipes(os.getpid()) == []
    assert not Path("/tmp", f"OSL_PIPE_{os.getuid()}_{listener_module.instance_pipe(profile)}").exists()


@needs_uno
@pytest.mark.libreoffice
def test_listener_fails_one_document_and_outlives_a_dead_soffice(tmp_path):
    from appeal_kit._exec.listener import Listener
    from appeal_kit.errors import ConversionError

    notes = []
    for n in range(3):
        notes.append(tmp_path / f"note-{n}.txt")
        notes[-1].write_text(f"Fictional note {n}.\n", encoding="utf-8")
    broken = unreadable_doc(tmp_path / "cut-off.doc")
    out = tmp_path / "out"
    with Listener() as listener:
        assert listener.convert_to_pdf(notes[:1], out) == {notes[0]: out / "note-0.pdf"}
        with pytest.raises(ConversionError, match="cut-off.doc: LibreOffice could not convert"):
            listener.convert_to_pdf([broken], out)
        os.killpg(listener._office.pid, signal.SIGKILL)  # as if LibreOffice had crashed between two documents
        handed = []
        listener.convert_to_pdf(notes[1:], out, on_converted=lambda src, pdf: handed.append(src))
        assert handed == notes[1:] and listener.starts == 2  # a fresh soffice took over
        pipe = listener._pipe
    assert "Fictional note 2." in page_texts(out / "note-2.pdf")[0]
    assert processes_mentioning(pipe) == [] and leftover_pipes(os.getpid()) == []


@pytest.mark.libreoffice
def test_rebuild_converts_only_the_document_that_changed(tmp_path, soffice_log):
    env, log = soffice_log
    # Without the listener, so each soffice start names the documents it converts.
    env = {**env, **ONE_RUN, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    folder = a_case(tmp_path / "case")
    notes = folder / "clinical" / "notes.txt"
    shutil.copy(PDFS / "plain-notes.txt", notes)
    shutil.copy(PDFS / "letter-from-therapist.rtf", folder / "other" / "therapist.rtf")

    def build(*extra: str) -> list[str]:
        before = len(starts(log))
        result = run_cli("build", str(folder), *extra, env=env)
        assert result.returncode == 0, result.stderr
        started = starts(log)[before:]
        return started[0] if started else []  # the first start of this build: letter and evidence together

    assert sorted(Path(a).suffix for a in build()) == [".docx", ".rtf", ".txt"]
    # nothing changed: the letter drafted again is the same bytes (fixed zip times), so LibreOffice never starts
    time.sleep(2.1)  # a zip entry's time is to two seconds: the second draft is made in a later one
    assert build() == []
    with notes.open("a", encoding="utf-8") as fh:
        fh.write("\nAdded after the first build: a line only the second packet has.\n")
    # the changed notes only: never the unchanged RTF, nor the letter, whose words and page numbers did not change
    assert sorted(Path(a).suffix for a in build()) == [".txt"]
    text = " ".join(" ".join(page_texts(folder / "packet.pdf")).split())
    assert "a line only the second packet has" in text
    assert sorted(Path(a).suffix for a in build("--no-cache")) == [".docx", ".rtf", ".txt"]


def test_one_build_starts_libreoffice_once_with_the_listener_and_per_pass_without(tmp_path, soffice_log):
    """The sample letter points at Bates ranges, so its first draft needs its own length: estimated from the draft
    (letter.length), it is right, and the letter is converted once, by one soffice either way (the second pass a
    wrong estimate costs: test_the_next_build_guesses_the_letters_length_from_the_packet_it_replaces). Both ways
    make the same packet."""
    env, log = soffice_log
    folder = tmp_path / "case"
    copy_sample("ketamine-trd", folder)
    texts = {}
    for way in ([{}] if has_uno_python() else []) + [ONE_RUN]:
        log.write_text("")
        out = tmp_path / f"packet-{len(texts)}.pdf"
        result = run_cli("build", str(folder), "--no-cache", "-o", str(out), env={**env, **way})
        assert result.returncode == 0, result.stderr
        lines = log.read_text().splitlines()
        if way:
            assert len(lines) == 1 and "--convert-to" in lines[0], lines
        else:
            assert len(lines) == 1 and "--accept=pipe," in lines[0], lines
        texts[len(texts)] = page_texts(out)
    assert len(set(map(tuple, texts.values()))) == 1


def test_a_build_whose_listener_cannot_be_reached_converts_with_soffice_runs(tmp_path, soffice_log):
    env, log = soffice_log
    fake = tmp_path / "python-without-libreoffice"  # passes the `import uno` probe; its driver cannot connect
    fake.write_text('#!/bin/sh\ncase "$*" in *"import uno"*) exit 0;; esac\n'
                    'echo \'{"error": "could not connect to LibreOffice: (test)"}\'\nexit 1\n')
    fake.chmod(0o755)
    folder = a_case(tmp_path / "case")
    shutil.copy(PDFS / "plain-notes.txt", folder / "clinical" / "notes.txt")
    result = run_cli("build", str(folder), "--no-cache", env={**env, "APPEAL_KIT_UNO_PYTHON": str(fake)})
    assert result.returncode == 0, result.stderr
    lines = log.read_text().splitlines()
    assert "--accept=pipe," in lines[0] and all("--convert-to" in line for line in lines[1:]), lines
    assert len(starts(log)[1]) == 2  # the letter and the notes, in the first run
    assert any("Line two of the note." in p for p in page_texts(folder / "packet.pdf"))


def test_a_listener_that_never_became_ready_is_not_started_again(tmp_path, soffice_log, monkeypatch):
    """A build asks its listener from two threads (the exhibits, then the letter queued behind them). When the first
    finds it cannot be reached, the second, which asked before that was known, gets the same answer at once rather
    than a second LibreOffice start (CI, 2026-12-04: a second `--accept` start in the soffice log of the test above,
    one run in many)."""
    from appeal_kit._exec import listener as listener_module

    env, log = soffice_log
    fake = tmp_path / "python-without-libreoffice"
    fake.write_text('#!/bin/sh\ncase "$*" in *"import uno"*) exit 0;; esac\n'
                    'echo \'{"error": "could not connect to LibreOffice: (test)"}\'\nexit 1\n')
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", env["PATH"])
    monkeypatch.setenv("APPEAL_KIT_UNO_PYTHON", str(fake))
    listener_module.uno_python.cache_clear()
    note = tmp_path / "note.txt"
    note.write_text("Fictional note.\n", encoding="utf-8")
    try:
        with listener_module.Listener() as listener:
            for _ in range(2):  # the first asker, then one that held the listener before it failed
                with pytest.raises(listener_module.ListenerUnavailable, match="could not connect"):
                    listener.convert_to_pdf([note], tmp_path / "out")
            assert listener.starts == 1
    finally:
        listener_module.uno_python.cache_clear()
    assert sum("--accept=pipe," in line for line in log.read_text().splitlines()) == 1


@pytest.mark.libreoffice
@pytest.mark.parametrize("way", WAYS)
def test_the_next_build_guesses_the_letters_length_from_the_packet_it_replaces(tmp_path, monkeypatch, way):
    from appeal_kit import pipeline
    from appeal_kit._exec import listener

    for name, value in way.items():
        monkeypatch.setenv(name, value)
    listener.uno_python.cache_clear()
    folder = tmp_path / "case"
    copy_sample("ketamine-trd", folder)
    calls = []  # each conversion of a letter draft (the exhibits may be converted in a call of their own)
    real = pipeline.convert.to_pdfs
    monkeypatch.setattr(pipeline.convert, "to_pdfs", lambda sources, *a, **kw: calls.extend(
        s for s in sources if s.name.startswith("letter-")) or real(sources, *a, **kw))
    try:
        # No estimate from the draft (as without the fonts to measure with): the fixed guess, then the real length,
        # both converted by the build's one LibreOffice.
        with monkeypatch.context() as no_estimate:
            no_estimate.setattr("appeal_kit.letter.length.estimate_pages", lambda path: None)
            first = pipeline.build_packet(folder)
        pages = first.sections[0].reader.get_num_pages()
        assert pipeline.letter_pages_in(folder / "packet.pdf") == pages
        assert len(calls) == (1 if pages == pipeline.GUESS_LETTER_PAGES else 2)
        calls.clear()
        again = pipeline.build_packet(folder)
        assert len(calls) == 1 and again.pages == first.pages  # drafted once, with the length the packet had
    finally:
        listener.uno_python.cache_clear()
    assert pipeline.letter_pages_in(tmp_path / "no-packet.pdf") is None
    assert pipeline.letter_pages_in(folder / "case.yaml") is None  # not a packet of ours


@pytest.mark.libreoffice
def test_soffice_hands_over_each_pdf_complete_and_in_order(tmp_path):
    """Batches write a case's packet while LibreOffice converts the next documents: each PDF must be whole when
    it is handed over."""
    from appeal_kit._exec.soffice import convert_to_pdf

    sources = []
    for n in range(4):
        sources.append(tmp_path / f"note-{n}.txt")
        sources[-1].write_text(f"Fictional note {n}.\n" * (40 * (n + 1)), encoding="utf-8")
    handed = []

    def take(source: Path, pdf: Path) -> None:
        body = pdf.read_bytes()
        assert body.startswith(b"%PDF") and body.rstrip().endswith(b"%%EOF"), pdf
        handed.append(source)

    result = convert_to_pdf(sources, tmp_path / "out", on_converted=take)
    assert handed == sources and set(result) == set(sources)


SAMPLES = ("ketamine-trd", "spravato-step-therapy", "out-of-network-gap")


def copy_samples(root: Path) -> Path:
    for name in SAMPLES:
        copy_sample(name, root / name)
    return root


@pytest.fixture(scope="module")
def single_builds(tmp_path_factory) -> dict[str, list[str]]:
    """The page texts of each sample built on its own (the packet is the same whichever way LibreOffice runs:
    test_one_build_starts_libreoffice_once_with_the_listener_and_per_pass_without), made once for the batches below."""
    root = copy_samples(tmp_path_factory.mktemp("singles"))
    texts = {}
    for name in SAMPLES:
        out = root / f"{name}.pdf"
        result = run_cli("build", str(root / name), "-o", str(out), "--no-cache")
        assert result.returncode == 0, result.stderr
        texts[name] = page_texts(out)
    return texts


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.libreoffice
def test_batch_packets_match_single_builds_of_the_samples(tmp_path, soffice_log, way, single_builds):
    """The sample letters point at exhibit Bates ranges, so their numbers settle over more than one LibreOffice
    pass (pipeline.LetterDraft); a batch must settle them the same way, in shared runs or through its listener."""
    env, log = soffice_log
    root = copy_samples(tmp_path / "samples")
    result = run_cli("batch", str(root), "--no-cache", "--jobs", "2", env={**env, **way})
    assert result.returncode == 0, result.stderr
    for name, pages in single_builds.items():
        assert page_texts(root / name / "packet.pdf") == pages, name
    # shared: fewer starts than cases (a single build starts LibreOffice at least once)
    assert len(starts(log)) < len(SAMPLES), log.read_text()


def test_a_python_with_the_uno_bridge_is_asked_once_and_asked_again_once_it_changes(tmp_path, monkeypatch):
    from appeal_kit._exec import listener

    monkeypatch.setattr(listener, "_uno_record", lambda: tmp_path / "cache" / "uno-python.json")
    uno = tmp_path / "uno.py"
    uno.write_text("")
    python = tmp_path / "python-with-uno"
    python.write_text(f'#!/bin/sh\ncase "$*" in *"import uno"*) echo "{uno}"; exit 0;; esac\nexit 1\n')
    python.chmod(0o755)
    asked = []
    real_run = subprocess.run
    monkeypatch.setattr(listener.subprocess, "run", lambda args, **kw: asked.append(args[0]) or real_run(args, **kw))
    assert listener._has_uno(str(python)) and listener._has_uno(str(python))
    assert asked == [str(python)]  # the second answer was the kept one
    python.write_text(python.read_text() + "# replaced\n")  # another interpreter at the same path
    assert listener._has_uno(str(python)) and len(asked) == 2
    uno.unlink()  # the bridge uninstalled: asked again, and the answer is no
    python.write_text('#!/bin/sh\nexit 1\n')
    assert not listener._has_uno(str(python)) and not listener._has_uno(str(python)) and len(asked) == 4


def test_the_letter_is_queued_while_the_exhibits_still_convert(tmp_path, fake_office):
    """With a listener, the letter's conversion is asked for as soon as it is drafted, not once the exhibits are
    converted: LibreOffice goes from the exhibits to the letter without waiting for Python in between. The fake's
    exhibit conversion waits (up to 10 s) for the letter's request; a build that asks only afterwards never sends it."""
    from appeal_kit import pipeline

    asked = threading.Event()
    order = []

    class Office(fake_office):
        def convert_early(self, sources, outdir, *, on_converted=None):
            if outdir.parent.name.startswith("pdf-"):  # a letter pass (the exhibits go to pdf/)
                order.append("letter asked")
                asked.set()
            else:
                order.append("exhibits started")
                order.append("letter asked meanwhile" if asked.wait(10) else "letter not asked")
            return self.convert_to_pdf(sources, outdir, on_converted=on_converted)

    folder = a_case(tmp_path / "case")
    shutil.copy(PDFS / "plain-notes.txt", folder / "clinical" / "notes.txt")
    result = pipeline.build_packet(folder, office=Office())
    assert order == ["exhibits started", "letter asked", "letter asked meanwhile"], order
    assert result.pages > 2
