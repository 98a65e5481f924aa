"""How much of the directory (letter_templates/directory/) is sourced: per field, how many states and DC have a
value from an official page, how many an explicit "none", and which states have anything at all.

    .venv/bin/python scripts/directory_coverage.py
"""
from __future__ import annotations

from collections import Counter

from appeal_kit import directory


def main() -> None:
    sourced: Counter[str] = Counter()
    none: Counter[str] = Counter()
    per_state = {}
    for code in directory.STATES:
        facts = directory.state(code).facts
        per_state[code] = sum(f.found for f in facts.values())
        sourced.update(name for name, f in facts.items() if f.found)
        none.update(name for name, f in facts.items() if f.none)
    width = max(map(len, directory.STATE_FIELDS))
    for name in directory.STATE_FIELDS:
        print(f"{name:<{width}}  {sourced[name]:2d} sourced  {none[name]:2d} none  "
              f"{len(directory.STATES) - sourced[name] - none[name]:2d} not found")
    states = [f"{c} {n}" for c, n in sorted(per_state.items()) if n]
    print(f"{len(states)} of {len(directory.STATES)} have a sourced field: {', '.join(states)}")
    for key, entry in directory.federal().items():
        print(f"federal {key}: " + ", ".join(n for n, f in entry.facts.items() if f.found))
    offices = directory.ebsa_offices()
    served = [f"{code} ({key})" for key, office in offices.items() for code in sorted(office.states)]
    print(f"EBSA field offices named by a state's own regulator: {len(offices)}, serving {', '.join(served)}; "
          f"the other {len(directory.STATES) - len(served)} go to the national office")


if __name__ == "__main__":
    main()
