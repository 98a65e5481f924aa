"""How fast does `appeal-kit notes` read a 20-page set of clinical notes (text layer, no OCR)?

    .venv/bin/python benchmarks/notes_bench.py [--pages 20] [--repeat 3]

Makes a PDF of N pages of synthetic progress notes (each page: visit headings, medication trials in prose and in a
table, negated and planned mentions, scales, a code, suicidality), then measures, best of --repeat runs:
  pdftotext   `pdftotext -layout` of the whole file: the reference, measured in the same run
  notes       appeal_kit.notes.propose.read_notes on the case folder: text extraction (the same pdftotext, per page)
              and every proposal, wall seconds after imports (and the CPU seconds of the Python part)
The issue's target: proposals for 20 pages in under 5 s without OCR. Compare the ratio on a noisy machine.
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAGE = [
    "March {d}, 2026 - Psychiatric follow-up - FICTIONAL",
    "Sertraline 200 mg daily from March 2023 to June 2023, stopped after 4 weeks for nausea.",
    "Venlafaxine XR 225 mg (2021-2022) with bupropion XL 300 mg added as augmentation, no response.",
    "Never tried lithium. Declined ECT. Consider vortioxetine. Mother responded to fluoxetine.",
    "Completed 36 sessions of TMS in 2025 without response. CBT, 16 sessions in 2020, partial response.",
    "Medication    Dose    Started    Ended    Outcome",
    "Escitalopram    20 mg    01/2022    08/2022    partial response",
    "Aripiprazole    5 mg    09/2022    11/2022    akathisia; stopped",
    "PHQ-9 21, MADRS 33, GAD-7 14. Passive SI without plan or intent. Dx F33.2.",
    "Plan: continue duloxetine 60 mg. Refer for IV ketamine evaluation.",
]


def make_notes(folder: Path, pages: int) -> Path:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    (folder / "clinical").mkdir(parents=True)
    pdf = folder / "clinical" / "notes.pdf"
    c = canvas.Canvas(str(pdf), pagesize=letter)
    for n in range(pages):
        y = 740
        for _ in range(3):  # three visits a page
            for line in PAGE:
                c.drawString(40, y, line.format(d=n % 28 + 1))
                y -= 13
            y -= 10
        c.showPage()
    c.save()
    return pdf


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=20)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    from appeal_kit.notes.propose import read_notes

    with tempfile.TemporaryDirectory() as tmp:
        pdf = make_notes(Path(tmp) / "case", args.pages)
        reference, ours, wall, rows = [], [], [], 0
        for _ in range(args.repeat):
            started = time.perf_counter()
            subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True)
            reference.append(time.perf_counter() - started)
            before, started = cpu(), time.perf_counter()
            result = read_notes(pdf.parent.parent)
            ours.append(cpu() - before)
            wall.append(time.perf_counter() - started)
            rows = len(result.history)
    print(f"{args.pages} pages, {rows} history rows proposed")
    print(f"  pdftotext -layout: {min(reference):.2f} s (wall)")
    print(f"  notes:             {min(wall):.2f} s wall, {min(ours):.2f} s CPU in Python (target < 5 s), "
          f"{min(wall) / min(reference):.0f}x pdftotext")
    return 0 if min(wall) < 5 else 1


if __name__ == "__main__":
    sys.exit(main())
