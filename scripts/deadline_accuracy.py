"""How often `appeal-kit deadline` gives the day a careful person would, on case folders written by someone else.

Usage:  python scripts/deadline_accuracy.py DIR [DIR ...] [--verbose]

A set (docs/blind-sets/writer-deadlines.md) is a folder of case folders, each `NN-name/` with `NN-name.deadline.json`
beside it: the last day the next request can be sent ("deadline", or null where none applies), the day the window
counts from and the rule. Each case is scored by the deadline `appeal-kit deadline` prints for it:
- EXACT: the same day;
- EARLY: an earlier day (safe for the patient, but days lost: how many is printed);
- LATE: a later day (a request sent on it would be late: the miss that matters);
- NONE: no day printed where the answer has one; EXTRA: a day printed where the answer says none applies;
- REQUEST: the folder is a request not yet decided (the command then prints when the plan must answer): not scored.
Prints every case that is not EXACT (every case with --verbose), the counts, and exits 1 when any case is LATE.
A disagreement is a question, not a verdict: the answer's writer can be wrong, so read the case and the rule before
changing anything, and say in tests/resources/README.md which side was right.
"""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from appeal_kit.case.folder import is_request  # noqa: E402
from appeal_kit.intake import deadlines  # noqa: E402


def score_case(folder: Path, answer: dict) -> tuple[str, int, str]:
    """(outcome, days off, the tool's basis) for one case folder."""
    data = deadlines.case_data_for_deadline(folder)
    if is_request(data):
        return "REQUEST", 0, ""
    dl = deadlines.deadline_for_case(data)
    want = date.fromisoformat(answer["deadline"]) if answer.get("deadline") else None
    basis = dl.basis.replace("\n", " ")
    if want is None:
        return ("EXACT", 0, basis) if dl.date is None else ("EXTRA", 0, basis)
    if dl.date is None:
        return "NONE", 0, basis
    off = (dl.date - want).days
    return ("EXACT" if off == 0 else "LATE" if off > 0 else "EARLY"), abs(off), basis


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv or "-v" in argv
    dirs = [Path(a) for a in argv if not a.startswith("-")]
    if not dirs:
        print(__doc__)
        return 2
    counts: dict[str, int] = {}
    for top in dirs:
        for answer_file in sorted(top.glob("*.deadline.json")):
            folder = answer_file.with_name(answer_file.name.removesuffix(".deadline.json"))
            answer = json.loads(answer_file.read_text(encoding="utf-8"))
            try:
                outcome, off, basis = score_case(folder, answer)
            except Exception as exc:  # a case the command refuses is a miss of its own kind, never a crash here
                outcome, off, basis = "ERROR", 0, f"{type(exc).__name__}: {exc}"
            counts[outcome] = counts.get(outcome, 0) + 1
            if verbose or outcome not in ("EXACT", "REQUEST"):
                days = f" by {off} days" if off else ""
                print(f"{outcome}{days}  {folder.name}\n  answer: {answer.get('deadline')} "
                      f"({answer.get('counted_how', '')}; {answer.get('rule', '')})\n  tool:   {basis}")
    scored = sum(n for k, n in counts.items() if k != "REQUEST")
    print("deadlines: " + ", ".join(f"{k.lower()} {counts.get(k, 0)}" for k in
                                    ("EXACT", "EARLY", "LATE", "NONE", "EXTRA", "ERROR")) + f" of {scored} scored"
          + (f" ({counts['REQUEST']} requests not scored)" if counts.get("REQUEST") else ""))
    return 1 if counts.get("LATE") else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
