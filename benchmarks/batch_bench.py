"""How long does a batch of one-exhibit cases take, next to building one case, measured in the same run?

    .venv/bin/python benchmarks/batch_bench.py [--cases 50] [--jobs N] [--without-listener]

Makes N fictional case folders, each with one exhibit (a short text note, so LibreOffice converts the letter and
the exhibit), then times, each as its own `appeal-kit` process with --no-cache:
  one case   `appeal-kit build` of a single case (the reference), the median of three runs around the batch
  batch      `appeal-kit batch` over all N cases (with a LibreOffice listener when python3-uno is installed)
  --without-listener: the batch again without the listener (APPEAL_KIT_UNO_PYTHON set empty: one soffice run after
             every letter is drafted), right after the first, for a before/after under the same conditions
and prints the wall times and their ratio. Target (docs/caseload.md, "Cost"): 50 cases within 6x one case. The
machine is shared, so absolute seconds move between runs; the ratio moves less.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CASE = """\
# Fictional benchmark case: no real person.
patient:
  name: Bench Patient{n}
  member_id: BM-{n:04d}
insurer:
  name: Fictional Benchmark Plan
claim:
  number: BENCH-{n:04d}
  notice_date: 2026-03-03
  plan_type: employer_erisa
  service_dates: [2026-02-02]
  procedure_codes: [96365]
  diagnosis_codes: [F33.2]
  denial_reason: "Not medically necessary"
  denial_category: medical_necessity
treatment:
  name: IV ketamine infusions
author:
  name: Bench Patient{n}
  role: Patient
"""


def make_cases(root: Path, count: int) -> list[Path]:
    folders = []
    for n in range(count):
        folder = root / f"case-{n:03d}"
        for sub in ("denial", "clinical", "literature", "other"):
            (folder / sub).mkdir(parents=True)
        (folder / "case.yaml").write_text(CASE.format(n=n), encoding="utf-8")
        (folder / "clinical" / "progress-note.txt").write_text(
            f"Fictional progress note for benchmark case {n}.\nPHQ-9 today: 21.\n", encoding="utf-8")
        folders.append(folder)
    return folders


def timed(*args: str, env: dict) -> float:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "appeal_kit", *args], capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"appeal-kit {' '.join(args)} failed:\n{result.stderr}")
    return seconds


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=50)
    ap.add_argument("--jobs", type=int, default=None, help="passed to `batch --jobs` (default: its own)")
    ap.add_argument("--without-listener", action="store_true", help="also time the batch without the listener")
    args = ap.parse_args()
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    with tempfile.TemporaryDirectory(prefix="appeal-kit-batch-bench-") as tmp:
        tmp = Path(tmp)
        env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(tmp / "cache")}
        single = make_cases(tmp / "single", 1)[0]
        make_cases(tmp / "clinic", args.cases)
        # Untimed warm-up: one-time set-up that lands in the user cache folder is not part of either figure.
        subprocess.run([sys.executable, "-m", "appeal_kit", "check", str(single)], capture_output=True, env=env)
        ones = [timed("build", str(single), "--no-cache", "-q", env=env)]
        jobs = ["--jobs", str(args.jobs)] if args.jobs else []
        batches = {listening(): timed("batch", str(tmp / "clinic"), "--no-cache", "-q", *jobs, env=env)}
        if args.without_listener:
            batches["one run, no listener"] = timed("batch", str(tmp / "clinic"), "--no-cache", "-q", *jobs,
                                                    env={**env, "APPEAL_KIT_UNO_PYTHON": ""})
        ones += [timed("build", str(single), "--no-cache", "-q", env=env) for _ in range(2)]
    one = statistics.median(ones)
    print(f"CPUs: {os.cpu_count()}, load average before: {load}")
    print(f"one case      {one:7.1f} s   (runs: {', '.join(f'{t:.1f}' for t in ones)})")
    for how, batch in batches.items():
        print(f"{args.cases} cases batch {batch:7.1f} s   {batch / one:.1f}x one case   "
              f"{batch / args.cases:.2f} s a case   ({how})")


def listening() -> str:
    """How the batch converts here: through a listener, or in one run when LibreOffice's Python bridge is missing."""
    sys.path.insert(0, str(ROOT))
    from appeal_kit._exec.listener import uno_python
    from appeal_kit.errors import MissingDependencyError

    try:
        return f"listener, driven by {uno_python()}"
    except MissingDependencyError:
        return "one run: no python3-uno, so no listener"


if __name__ == "__main__":
    main()
