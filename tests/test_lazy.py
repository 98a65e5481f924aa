"""Commands load only what they use, so they start fast (docs/speed.md): checked by which modules a run imports,
never by timing."""
from __future__ import annotations

import marshal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from conftest import ROOT, write_case

from appeal_kit.bundled import read_yaml_mapping
from appeal_kit.case.folder import parse_date
from appeal_kit.errors import TemplateError
from appeal_kit.intake import codes

# and intake's notice reader, whose few hundred patterns check needs only for a Medicare Advantage plan's words
HEAVY = ("simple_icd_10_cm", "pypdf", "fontTools", "docxtpl", "docx", "dateparser", "PIL", "img2pdf",
         "appeal_kit.intake.extract")


def modules_loaded_by(*args: str) -> set[str]:
    """Top-level modules of HEAVY that running `appeal-kit ARGS` in a fresh interpreter imported."""
    code = ("import sys\nfrom appeal_kit.cli import cli\n"
            f"cli.main({list(args)!r}, standalone_mode=False)\n"
            f"print('loaded:', *(m for m in {HEAVY!r} if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return set(proc.stdout.splitlines()[-1].split()[1:])


def test_help_and_check_load_no_pdf_font_letter_or_code_set_library(tmp_path):
    codes.icd_index()  # as after setup.sh or a first check
    assert modules_loaded_by("--help") == set()
    folder = write_case(tmp_path / "case")
    case_file = folder / "case.yaml"
    # A date list that YAML split at its commas ([February 2, 2026]) is mended through dateparser: not this one.
    case_file.write_text(case_file.read_text(encoding="utf-8").replace("[February 2, 2026]", "[February 2 2026]"),
                         encoding="utf-8")
    assert modules_loaded_by("check", str(folder)) == set()


def test_check_reads_a_clinical_word_file_without_the_word_library(tmp_path):
    """The record dated after the decision (checks._undated_record_findings) is found from the file's first
    paragraphs read straight from its XML: python-docx and docxtpl stay unloaded (checking exhibits may load pypdf)."""
    from docx import Document

    folder = write_case(tmp_path / "case")
    doc = Document()
    doc.add_paragraph("Progress summary, April 9, 2026")
    doc.add_paragraph("Fictional test record.")
    doc.save(str(folder / "clinical" / "summary.docx"))
    assert modules_loaded_by("check", str(folder)) & {"docx", "docxtpl"} == set()
    from appeal_kit.checks import check_case

    notes = [f.message for f in check_case(folder).findings if f.field == "record_dates"]
    assert len(notes) == 1 and "clinical/summary.docx" in notes[0] and "April 9, 2026" in notes[0]

def test_a_build_runs_no_check_whose_findings_it_never_shows(tmp_path, monkeypatch):
    """`build` (and each case of a `batch`) shows errors and warnings, never notes: a check that can only add notes,
    such as the record dated after the decision above, is not run for it, while `check` still names that record."""
    from docx import Document

    from appeal_kit import checks
    from appeal_kit.pipeline import PacketJob

    folder = write_case(tmp_path / "case")
    doc = Document()
    doc.add_paragraph("Progress summary, April 9, 2026")
    doc.save(str(folder / "clinical" / "summary.docx"))
    assert [f.level for f in checks.check_case(folder).findings if f.field == "record_dates"] == ["note"]

    def not_for_a_build(case):
        raise AssertionError("a check whose findings a build never shows ran for a build")

    monkeypatch.setattr(checks, "_undated_record_findings", not_for_a_build)
    for defer in (False, True):
        job = PacketJob(folder, tmp_path / f"packet-{defer}.pdf", tmp_path / f"tmp-{defer}", defer_checks=defer)
        job.finish_checks()
        assert all(f.level == "warning" for f in job.warnings)


def test_the_command_collects_cyclic_garbage_less_often_than_python_s_default():
    """A run keeps most of what it allocates to its end, so the collector runs at cli.GC_THRESHOLDS, not (700, 10, 10),
    which walked every live object 166 times in one build (docs/speed.md)."""
    code = ("import gc, sys\nfrom appeal_kit import cli\nsys.argv = ['appeal-kit', '--help']\n"
            "try:\n    cli.main()\nexcept SystemExit:\n    pass\nprint(gc.get_threshold())")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    from appeal_kit.cli import GC_THRESHOLDS

    assert proc.stdout.splitlines()[-1] == str(GC_THRESHOLDS) and GC_THRESHOLDS[0] > 700, proc.stderr


def test_everyday_dates_are_read_without_dateparser_and_odd_ones_with_it():
    code = ("import sys\nfrom appeal_kit.case.folder import parse_date\n"
            "dates = [parse_date(d, what='x') for d in ('March 3, 2026', 'Mar 3 2026', '3/3/2026', '3 March 2026')]\n"
            "print(set(dates), 'dateparser' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.stdout.strip() == "{'2026-03-03'} False", proc.stderr
    for written in ("Mar. 3, 2026", "Sept 3, 2026", "03/03/26", "3-3-2026"):
        assert parse_date(written, what="x")[:4] == "2026"
    assert parse_date("13/01/2026", what="x") == "2026-01-13"  # not MDY: dateparser decides, as before


def test_template_yaml_is_parsed_once_but_never_shared_or_stale(tmp_path):
    path = tmp_path / "arguments.yaml"
    path.write_text("a: {paragraphs: [one]}\n", encoding="utf-8")
    first = read_yaml_mapping(path, "a map")
    first["a"]["paragraphs"].append("changed by a caller")
    assert read_yaml_mapping(path, "a map") == {"a": {"paragraphs": ["one"]}}
    path.write_text("a: {paragraphs: [one, two]}\n", encoding="utf-8")
    assert read_yaml_mapping(path, "a map") == {"a": {"paragraphs": ["one", "two"]}}
    # the copy is deep below an alias too, and keeps what is not a dict or a list as it was read
    path.write_text("a: &x {paragraphs: [one], since: 2026-03-02}\nb: *x\n", encoding="utf-8")
    first = read_yaml_mapping(path, "a map")
    first["a"]["paragraphs"].append("changed by a caller")
    again = read_yaml_mapping(path, "a map")
    assert again["a"] == again["b"] == {"paragraphs": ["one"], "since": date(2026, 3, 2)} != first["a"]


def test_template_yaml_parsed_in_an_earlier_run_is_read_back_not_parsed(tmp_path, monkeypatch):
    import pickle

    from appeal_kit import bundled

    monkeypatch.setattr(bundled, "_parse_cache", lambda: (tmp_path / "parsed", b"salt"))
    parsed = []
    real = bundled.load_yaml
    monkeypatch.setattr(bundled, "load_yaml", lambda *a, **kw: parsed.append(a[1]) or real(*a, **kw))
    path = tmp_path / "arguments.yaml"
    path.write_text("a: {paragraphs: [one], since: 2026-03-02}\nb: &x [1, 2]\nc: *x\n", encoding="utf-8")
    first = read_yaml_mapping(path, "a map")
    bundled._read_yaml.cache_clear()  # as in a new run
    again = read_yaml_mapping(path, "a map")
    assert again == first and parsed == [path]  # the second run read the first one's entry
    assert isinstance(again["a"]["since"], date)
    # An entry holding anything but plain data is not trusted: the file is parsed again.
    entry, = (tmp_path / "parsed").iterdir()
    entry.write_bytes(pickle.dumps({"a": Path("/etc")}))
    bundled._read_yaml.cache_clear()
    assert read_yaml_mapping(path, "a map") == first and parsed == [path, path]
    # A file refused (aliases expanding past the limit) is refused every time, never kept.
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text("a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n" + "".join(
        f"{k}: &{k} [{', '.join(['*' + p] * 10)}]\n" for p, k in zip("abcde", "bcdef")), encoding="utf-8")
    for _ in range(2):
        bundled._read_yaml.cache_clear()
        with pytest.raises(TemplateError):
            read_yaml_mapping(bomb, "a map")
    assert len(list((tmp_path / "parsed").iterdir())) == 1


def test_large_patterns_kept_between_runs_match_as_re_compile_does(tmp_path, monkeypatch):
    import re

    from appeal_kit import regexes
    from appeal_kit.intake import labels

    monkeypatch.setattr(regexes, "_folder", lambda: tmp_path / "regex")
    patterns = [(labels.label_set("member_id").regex().pattern, re.IGNORECASE),
                (r"(?P<month>\d{1,2})/(?P<day>\d{1,2})/(\d{4})|(?i:n[uú]mero)\s*(?P=month)", 0),
                (r"^\s*(?:Claim|Reclamo)\b.*$", re.MULTILINE | re.ASCII)]
    texts = ["Member ID: XJK 1234 56789", "Número de identificación de Medicaid: 55-1", "12/31/2026 numero 12",
             "x\n  Claim 2026-0912\nReclamo 7", "Membr lD # 0O1I-23"]
    for pattern, flags in patterns:
        plain = re.compile(pattern, flags)
        made, read_back = regexes.kept(pattern, flags), regexes.kept(pattern, flags)  # compiled, then from its entry
        for compiled in (made, read_back):
            assert (compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex) == \
                (plain.pattern, plain.flags, plain.groups, plain.groupindex)
            for text in texts:
                assert [m.span() + m.groups() for m in compiled.finditer(text)] == \
                    [m.span() + m.groups() for m in plain.finditer(text)]
    assert len(list((tmp_path / "regex").iterdir())) == len(patterns)
    # An entry the matcher would not accept (damaged, or from another Python) is compiled again.
    for entry in (tmp_path / "regex").iterdir():
        entry.write_bytes(marshal.dumps((0, [1, 2, 3], 0, {}, (None,))))
    assert regexes.kept(patterns[1][0]).groupindex == re.compile(patterns[1][0]).groupindex


def test_a_cache_entry_is_made_once_read_back_after_and_made_again_when_damaged(tmp_path):
    from appeal_kit.files import kept_in_cache

    made = []

    def make() -> list[int]:
        made.append(1)
        return [1, 2, 3]

    entry = tmp_path / "cache" / "entry.marshal"
    for _ in range(2):
        assert kept_in_cache(entry, make, dump=marshal.dumps, load=marshal.loads) == [1, 2, 3]
    assert len(made) == 1 and not list(entry.parent.glob("*.part"))
    entry.write_bytes(b"\x00damaged")
    assert kept_in_cache(entry, make, dump=marshal.dumps, load=marshal.loads) == [1, 2, 3] and len(made) == 2
    unwritable = tmp_path / "file-not-folder"
    unwritable.write_text("")
    assert kept_in_cache(unwritable / "entry", make, dump=marshal.dumps, load=marshal.loads) == [1, 2, 3]
    with pytest.raises(ZeroDivisionError):  # the work's own errors are the caller's
        kept_in_cache(tmp_path / "other", lambda: 1 // 0, dump=marshal.dumps, load=marshal.loads)


def test_a_cache_folder_past_its_limit_loses_its_oldest_entries(tmp_path):
    import os

    from appeal_kit import files

    folder = tmp_path / "kept"
    folder.mkdir()
    for n in range(8):  # 8 entries of 100 bytes, oldest first
        (folder / f"old-{n}").write_bytes(b"x" * 100)
        os.utime(folder / f"old-{n}", ns=(n * 10**9, n * 10**9))
    files._trim_cache_folder(folder, limit=1000)  # 800 bytes: under the limit, nothing goes
    assert len(list(folder.iterdir())) == 8
    files._TRIMMED.discard(folder)
    files._trim_cache_folder(folder, limit=600)  # over it: the oldest go until 450 bytes or less are left
    assert sorted(p.name for p in folder.iterdir()) == ["old-4", "old-5", "old-6", "old-7"]
