"""The documentation keeps up with the code: docs/case-yaml.md has a row for every key case.yaml may hold, and every
link between the documents lands on a heading that exists."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from appeal_kit.case.schema import known_paths

ROOT = Path(__file__).resolve().parent.parent
CASE_YAML_DOC = ROOT / "docs" / "case-yaml.md"
DOCUMENTS = sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")])

KEY = re.compile(r"[a-z_][a-z0-9_]*")
PATH = re.compile(r"[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*")


def table_rows(text: str) -> list[tuple[str, str]]:
    """(first cell, whole row) of each row of the reference table, its heading and rule lines left out."""
    rows = []
    for line in text.splitlines():
        if not line.startswith("|") or line.startswith("|---") or line.startswith("| field |"):
            continue
        cells = re.split(r"(?<!\\)\|", line)
        rows.append((cells[1], line))
    return rows


def row_names(first_cell: str) -> list[str]:
    """The dotted paths a row's first cell names: `a.b`, and `.c` for a sibling of the path before it (a.c)."""
    names: list[str] = []
    for span in re.findall(r"`([^`]+)`", first_cell):
        if span.startswith(".") and names and PATH.fullmatch(span[1:]):
            parent = names[-1].rpartition(".")[0]
            names.append(f"{parent}.{span[1:]}" if parent else span[1:])
        elif PATH.fullmatch(span):
            names.append(span)
    return names


def listed_keys(row: str) -> set[str]:
    """The keys a row lists: a code span that is a key, every `key:` in a code span, and every key inside `{...}`."""
    keys = set()
    for span in re.findall(r"`([^`]+)`", row):
        if KEY.fullmatch(span.strip()):
            keys.add(span.strip())
        keys |= set(re.findall(r"([a-z_][a-z0-9_]*)\s*:", span))
    for inside in re.findall(r"\{([^{}]*)\}", row):
        keys |= {k for k in re.findall(r"[a-z_][a-z0-9_]*", inside)}
    return keys


def documented_paths(text: str) -> set[str]:
    """Every schema path the table documents: named in a row's first cell, listed as a key in the row of the path
    above it (`claims` lists `lines` and `code`: claims.lines.code), or a group whose keys have rows (`patient`)."""
    row_of: dict[str, set[str]] = {}
    for first, row in table_rows(text):
        for name in row_names(first):
            row_of.setdefault(name, set()).update(listed_keys(row))
    documented = set()
    for path in sorted(known_paths(), key=lambda p: p.count(".")):
        if path in row_of:
            documented.add(path)
            continue
        parent, _, key = path.rpartition(".")
        if parent in documented and key in row_of.get(parent, set()):
            documented.add(path)
            row_of.setdefault(path, row_of[parent])  # the keys below it are listed in the same row
    return documented | {name.rpartition(".")[0] for name in row_of if "." in name} & known_paths()


def test_every_key_case_yaml_may_hold_has_a_row_in_docs_case_yaml():
    missing = sorted(known_paths() - documented_paths(CASE_YAML_DOC.read_text(encoding="utf-8")))
    assert not missing, (f"{len(missing)} keys appeal_kit/case/schema.py knows have no row in docs/case-yaml.md "
                         f"(write one, or list the key in its group's row): {missing}")


def test_every_row_of_docs_case_yaml_names_a_key_the_schema_knows():
    """A row for a key renamed or removed would tell people to write what case.yaml then refuses."""
    named = [name for first, _ in table_rows(CASE_YAML_DOC.read_text(encoding="utf-8")) for name in row_names(first)]
    assert len(named) > 100 and not [name for name in named if name not in known_paths()]


def test_the_doc_check_sees_a_missing_row():
    """The check itself: a table without the `impact` row leaves its keys undocumented; listed keys count."""
    text = CASE_YAML_DOC.read_text(encoding="utf-8")
    assert {"impact.work", "network.miles", "claims.lines.code", "patient.phone"} <= documented_paths(text)
    without = "\n".join(line for line in text.splitlines() if not line.startswith("| `impact"))
    assert "impact.work" not in documented_paths(without)
    assert documented_paths("| `x` | | `network.name`, `.date` |") == set()  # only the first cell names a row
    assert {"network.name", "network.date"} <= documented_paths("| `network.name`, `.date` | | the row |")
    assert "network.evidence.file" in documented_paths("| `network` | | each `{name, evidence: {file, page}}` |")


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped (not `-` or `_`), spaces to hyphens."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading.strip())  # a link in a heading: its words
    return re.sub(r"[^\w\- ]", "", text.lower()).replace(" ", "-")


def outside_code(text: str) -> str:
    """The text with fenced code blocks and code spans blanked: a `#` or `[..](..)` there is no heading or link."""
    text = re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)
    return re.sub(r"`[^`\n]*`", "", text)


def anchors(document: Path) -> set[str]:
    found: set[str] = set()
    seen: dict[str, int] = {}
    for heading in re.findall(r"^#{1,6}\s+(.*?)\s*#*\s*$", outside_code(document.read_text(encoding="utf-8")),
                              flags=re.M):
        base = slug(heading)
        n = seen.get(base, 0)
        seen[base] = n + 1
        found.add(base if n == 0 else f"{base}-{n}")  # GitHub numbers a repeated heading's anchor
    found |= set(re.findall(r"""<a\s+(?:name|id)=["']([^"']+)["']""", document.read_text(encoding="utf-8")))
    return found


def links(document: Path) -> list[tuple[str, str]]:
    """(file, anchor) of each link to a file of the repository or a heading ("" where the link gives none)."""
    out = []
    for target in re.findall(r"\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)", outside_code(document.read_text(encoding="utf-8"))):
        if re.match(r"[a-z]+:", target):  # https:, mailto:: not a file of the repository
            continue
        file, _, anchor = target.partition("#")
        out.append((file, anchor))
    return out


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_link_to_a_document_lands_on_a_heading_that_exists(document):
    broken = []
    for file, anchor in links(document):
        target = (document.parent / file).resolve() if file else document
        if not target.exists():
            broken.append(f"{file}: no such file")
        elif anchor and target.suffix == ".md" and anchor not in anchors(target):
            broken.append(f"{file}#{anchor}: no such heading in {target.relative_to(ROOT)}")
    assert not broken, broken


def test_the_link_check_knows_githubs_anchors(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("# Where to send it: regulators, external review and free help\n\n## Copies (cc:)\n\n"
                    "## Notes\n\n## Notes\n\n```\n# not a heading\n```\n", encoding="utf-8")
    assert anchors(page) == {"where-to-send-it-regulators-external-review-and-free-help", "copies-cc", "notes",
                             "notes-1"}
    page.write_text("[a](other.md#x) [b](#notes) [c](https://example.org/#y) `[d](e.md#f)`\n", encoding="utf-8")
    assert links(page) == [("other.md", "x"), ("", "notes")]
