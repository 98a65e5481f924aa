"""Field accuracy of `appeal-kit intake` over the sample notices (tests/resources/notices/*.expected.json).

Usage:  python scripts/intake_accuracy.py [NOTICE_DIR] [--verbose]

Each expected JSON names its notice ("file") and the facts a careful person would copy from it. Every field
counts once per notice: lists are compared as sets, "deadline_basis" passes when the expected text is a
substring of the basis, everything else must be equal. Prints each miss and the accuracy per field and
overall; exits 1 when the overall accuracy is below 95%.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from appeal_kit.intake.facts import FACT_KEYS, intake_file  # noqa: E402

FIELDS = [k for k in FACT_KEYS if k != "evidence"]
TARGET = 0.95


def same(field: str, got, want) -> bool:
    if field == "deadline_basis":
        return want is None and got is None or bool(want and got and want.lower() in got.lower())
    if isinstance(want, list):
        return isinstance(got, list) and sorted(map(str, got)) == sorted(map(str, want))
    return got == want


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    args = [a for a in argv if not a.startswith("--")]
    folder = Path(args[0]) if args else ROOT / "tests" / "resources" / "notices"
    expected_files = sorted(folder.glob("*.expected.json"))
    if not expected_files:
        print(f"no *.expected.json files in {folder}", file=sys.stderr)
        return 2
    hits = {f: 0 for f in FIELDS}
    total = {f: 0 for f in FIELDS}
    misses: list[str] = []
    for exp_path in expected_files:
        exp = json.loads(exp_path.read_text(encoding="utf-8"))
        notice = folder / exp["file"]
        t0 = time.perf_counter()
        got = intake_file(notice).facts
        took = time.perf_counter() - t0
        if verbose:
            print(f"{notice.name}: {took:.2f} s", file=sys.stderr)
        for f in FIELDS:
            if f not in exp:
                continue
            total[f] += 1
            if same(f, got.get(f), exp[f]):
                hits[f] += 1
            else:
                misses.append(f"  {notice.name}: {f}: got {got.get(f)!r}, expected {exp[f]!r}")
    print(f"Notices: {len(expected_files)}")
    print("Misses:" if misses else "Misses: none")
    for m in misses:
        print(m)
    print("\nPer field:")
    for f in FIELDS:
        if total[f]:
            print(f"  {f:<18} {hits[f]:>3}/{total[f]:<3} {hits[f] / total[f]:6.1%}")
    n_hit, n_all = sum(hits.values()), sum(total.values())
    acc = n_hit / n_all
    print(f"\nOverall field accuracy: {n_hit}/{n_all} = {acc:.1%} (target {TARGET:.0%})")
    return 0 if acc >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
