"""How far two readers of the same clinical records agree: reader B's truth files scored as if they were
`appeal-kit notes` proposals against reader A's, with scripts/notes_accuracy.py's own matching and conventions.

Usage:  python scripts/notes_agreement.py A_DIR B_DIR [--verbose]
A_DIR holds the cases and their NN-slug.truth.json (a blind set); B_DIR the second reader's NN-slug.truth.json.
What it measures is the ceiling a reader of these records reaches under the set's conventions (docs/notes.md,
"Two readers"), beside which the tool's figure on the same set can be read."""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import notes_accuracy  # noqa: E402


class _Read:
    def __init__(self, data: dict):
        self.data = data

    def to_json(self) -> dict:
        return self.data


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Agreement of a second reader's truth files with a blind set's.")
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)

    def second_reading(case: Path) -> _Read:
        data = json.loads((args.second / f"{case.name}.truth.json").read_text(encoding="utf-8"))
        return _Read(data)

    notes_accuracy.read_notes = second_reading  # the second reader's rows in place of the tool's
    total: dict = {}
    cases = 0
    for truth in sorted(args.first.glob("*.truth.json")):
        if not (args.second / truth.name).is_file():
            print(f"{truth.name}: no second reading")
            continue
        cases += 1
        for key, value in notes_accuracy.score_case(truth, args.verbose).items():
            if key != "misses":
                total[key] = total.get(key, 0) + value
    pct = notes_accuracy.pct
    print(f"history rows agreed: {pct(total['found'], total['rows'])}; named {total['named']}/{total['rows']}")
    print(f"scales: {pct(total['scales_found'], total['scales'])}, {total['scales_extra']} extra; codes: "
          f"{pct(total['codes_found'], total['codes'])}; suicidality level: {total['si_ok']}/{cases}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
