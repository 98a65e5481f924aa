"""The outcome classifier alone, on every read set's truth rows: `outcome_of` applied to each row's own outcome words
(the record's words the truth file quotes), compared with its class under the settled conventions.

Usage:  python scripts/notes_outcome_words.py [--show SET] [--dump FILE]

It reads no document, so it takes a second. A change to the outcome rules is general when it turns rows right in
sets other than the one it was written for and turns none wrong: run it before and after, with --dump, and compare
the files (one row a line: set, case, treatment, words, truth class, class read).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import notes_accuracy as na  # noqa: E402

from appeal_kit.notes.propose import outcome_of  # noqa: E402


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", choices=sorted(na.SETS), help="list this set's rows read wrong")
    parser.add_argument("--dump", type=Path, help="write every row, tab-separated, to this file")
    opts = parser.parse_args(argv)
    rows: list[tuple[str, ...]] = []
    right = total = 0
    for name, folder in na.SETS.items():
        ok = n = 0
        for truth_path in sorted(folder.glob("*.truth.json")):
            for want in json.loads(truth_path.read_text(encoding="utf-8"))["history"]:
                want = na.settled(want)
                if not want.get("outcome"):
                    continue
                got = outcome_of(want["outcome"])[0]
                n += 1
                ok += got == want["outcome_class"]
                rows.append((name, truth_path.name[:2], want["name"], want["outcome"], want["outcome_class"], got))
                if opts.show == name and got != want["outcome_class"]:
                    print(f"  {truth_path.name[:2]} {want['name']}: {want['outcome_class']}, read {got}: "
                          f"{want['outcome']!r}")
        right += ok
        total += n
        print(f"{name:>15} {ok}/{n}")
    print(f"{'total':>15} {right}/{total}")
    if opts.dump:
        opts.dump.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
