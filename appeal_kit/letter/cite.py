"""The `cite` stage: supporting literature, gathered, formatted and cited by key.

Where references come from:
  * the bundled evidence library, letter_templates/evidence.yaml (checked records only: DOI, PMID, authors, journal,
    volume, pages; tags; a plain summary and the claim each supports);
  * a case's `literature:` list: `- id: murrough-2013` (a bundled reference), `- import: literature/x.nbib` (every
    reference in a file), or a reference written out with its metadata (`doi:`, `pmid:`, `title:`, `authors:`,
    `journal:`, `year:`, `organization:` for a corporate author, ...); any entry may add `file:` (a PDF in the case
    folder: the paper, an FDA label, the payer's policy), which makes it an enclosed exhibit the letter points to.
    `literature_tags: [trd]` adds the bundled references with those tags;
  * files a reference manager or PubMed writes: CSL-JSON (.json), BibTeX (.bib, read with bibtexparser), RIS (.ris,
    read with rispy) and PubMed MEDLINE (.nbib, what PubMed's "Cite" button saves; read here, see read_medline).

Everything becomes a CSL-JSON item and is formatted by citeproc-py with a bundled CSL style (letter_templates/csl/,
licence beside it): AMA by default, Vancouver or APA on request.

In letters, templates and argument blocks write `{{ cite("murrough-2013") }}`. That prints a token; once the whole
letter is rendered, `Citations.finish` numbers the tokens in order of first appearance ("[1]", "[2, 3]") and fills
the References section, each enclosed reference followed by where it sits in the packet ("(enclosed: Exhibit D,
WHITFIELD-000013–WHITFIELD-000014)"). A key that does not exist is an error naming it.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from appeal_kit.bundled import bundled_dir, read_yaml_mapping
from appeal_kit.case.folder import inside, is_blank
from appeal_kit.errors import CaseError, TemplateError
from appeal_kit.i18n import _

LIBRARY_FILE = "evidence.yaml"
STYLES = {"ama": "ama.csl", "vancouver": "vancouver.csl", "apa": "apa.csl"}
DEFAULT_STYLE = "ama"
TAGS = ("trd", "suicidality", "esketamine", "crps", "chronic-pain", "guideline", "comparative", "relapse-prevention",
        "tms", "ect")
_TOKEN = re.compile(r"⟦cite:([\w.;-]+)⟧")
REFERENCES_MARK = "⟦references⟧"


@dataclass
class Reference:
    key: str
    csl: dict[str, Any]  # a CSL-JSON item; csl["id"] == key
    tags: tuple[str, ...] = ()
    summary: str = ""
    supports: str = ""
    file: Path | None = None  # an enclosed copy (exhibit), absolute
    origin: str = "evidence library"

    @property
    def doi(self) -> str:
        return str(self.csl.get("DOI") or "")

    @property
    def pmid(self) -> str:
        return str(self.csl.get("PMID") or "")

    def short(self) -> str:
        """"Murrough et al., Am J Psychiatry 2013": for exhibit titles and listings."""
        names = self.csl.get("author") or []
        first = (names[0].get("family") or names[0].get("literal") or "") if names else ""
        who = f"{first} et al." if len(names) > 1 else first
        journal = self.csl.get("container-title-short") or self.csl.get("container-title") or ""
        year = _year(self.csl)
        return ", ".join(x for x in (who, f"{journal} {year}".strip()) if x)


def _year(csl: dict) -> str:
    parts = (csl.get("issued") or {}).get("date-parts") or [[]]
    return str(parts[0][0]) if parts and parts[0] else ""


# ---------------------------------------------------------------------------------------------- names and keys

def parse_author(text: str) -> dict[str, str]:
    """"Zarate CA Jr" / "Zarate, Carlos A" / "Carlos A. Zarate" -> a CSL name {family, given[, suffix]}."""
    text = " ".join(str(text).split())
    if text.lower() in ("et al", "et al."):
        return {"literal": "et al."}
    if "," in text:
        family, given = (s.strip() for s in text.split(",", 1))
        return {"family": family, "given": given}
    words = text.split()
    suffix = words.pop() if len(words) > 2 and words[-1].rstrip(".") in ("Jr", "Sr", "II", "III", "IV") else ""
    if len(words) >= 2 and re.fullmatch(r"[A-Z]{1,4}", words[-1]):  # MEDLINE style: family, then initials
        name = {"family": " ".join(words[:-1]), "given": " ".join(words[-1])}
    else:
        name = {"family": words[-1], "given": " ".join(words[:-1])} if len(words) > 1 else {"family": text}
    if suffix:
        name["suffix"] = suffix.rstrip(".")
    return name


# one name as PubMed's citations write it: a family name, then initials ("Carmi L", "Zarate CA Jr"), or "et al."
_MEDLINE_NAME = re.compile(r"[^\W\d][\w'\-. ]*? [A-Z]{1,4}(?: (?:Jr|Sr|II|III|IV)\.?)?|et al\.?")


def split_authors(text: str) -> list[str]:
    """An authors line -> its names: "A; B; C", or PubMed's "Carmi L, Tendler A, Bystritsky A, et al." (a comma
    between names, each a family name and initials). A single "Family, Given" stays one name (letters set 18, case 08:
    "Carmi L, Tendler A, ..." was read as one author whose given names were "L, Tendler A, ...")."""
    text = " ".join(str(text).split())
    if ";" in text:
        return [a for a in re.split(r"\s*;\s*", text) if a]
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) > 1 and all(_MEDLINE_NAME.fullmatch(p) for p in parts):
        return parts
    return [text] if text else []


def make_key(csl: dict, taken: Iterable[str] = ()) -> str:
    """"murrough-2013" from the first author's family name and the year; "-b", "-c" when taken."""
    names = csl.get("author") or [{}]
    family = names[0].get("family") or names[0].get("literal") or csl.get("title") or "ref"
    ascii_only = unicodedata.normalize("NFKD", str(family)).encode("ascii", "ignore").decode()
    base = "-".join(filter(None, [re.sub(r"[^a-z0-9]+", "-", ascii_only.lower()).strip("-")[:30] or "ref",
                                  _year(csl)]))
    taken = set(taken)
    key, n = base, 1
    while key in taken:
        n += 1
        key = f"{base}-{chr(96 + n)}"
    return key


# ---------------------------------------------------------------------------------------------- the library

def library_path() -> Path:
    return bundled_dir() / LIBRARY_FILE


def _entry_to_csl(key: str, entry: dict) -> dict[str, Any]:
    """A reference written out in YAML (the library's form, and a case's own) -> CSL-JSON."""
    authors = entry.get("authors") or []
    if isinstance(authors, str):
        authors = split_authors(authors)
    csl: dict[str, Any] = {"id": key, "type": str(entry.get("type") or "article-journal"),
                           "title": str(entry.get("title") or "").strip()}
    names = [parse_author(a) for a in authors]
    if entry.get("organization"):  # a corporate author: printed as written, never split into names
        names.insert(0, {"literal": " ".join(str(entry["organization"]).split())})
    if entry.get("et_al"):
        names.append({"literal": "et al."})  # more authors than recorded: styles print "et al."
    if names:
        csl["author"] = names
    for ours, theirs in (("journal", "container-title"), ("journal_abbrev", "container-title-short"),
                         ("volume", "volume"), ("issue", "issue"), ("pages", "page"), ("doi", "DOI"),
                         ("pmid", "PMID"), ("url", "URL"), ("publisher", "publisher")):
        if not is_blank(entry.get(ours)):
            csl[theirs] = str(entry[ours]).strip()
    if entry.get("year"):
        csl["issued"] = {"date-parts": [[int(str(entry["year"])[:4])]]}
    if "container-title-short" not in csl and csl.get("container-title"):
        csl["container-title-short"] = csl["container-title"]
    return csl


@lru_cache(maxsize=1)
def library() -> dict[str, Reference]:
    path = library_path()
    data = read_yaml_mapping(path, "a map of reference ids to {title, authors, journal, year, ...}")
    out = {}
    for key, entry in data.items():
        if not isinstance(entry, dict):
            raise TemplateError(f"{path}: reference {key!r} should be a group of fields")
        out[str(key)] = Reference(str(key), _entry_to_csl(str(key), entry), tuple(entry.get("tags") or ()),
                                  str(entry.get("summary") or "").strip(), str(entry.get("supports") or "").strip())
    return out


def by_tag(tag: str | None = None) -> list[Reference]:
    return [r for r in library().values() if tag is None or tag in r.tags]


# ---------------------------------------------------------------------------------------------- importing

def read_references(path: Path) -> list[dict[str, Any]]:
    """CSL-JSON items from a reference file: .json (CSL-JSON), .bib, .ris or .nbib (PubMed MEDLINE)."""
    path = Path(path)
    suffix = path.suffix.lower()
    readers = {".json": _read_csl_json, ".bib": _read_bibtex, ".ris": _read_ris, ".nbib": read_medline,
               ".txt": read_medline}
    if suffix not in readers:
        raise CaseError(_("{file}: not a reference file appeal-kit can read; use CSL-JSON (.json), BibTeX (.bib), "
                          "RIS (.ris) or PubMed's MEDLINE export (.nbib)").format(file=path))
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CaseError(_("{file}: not found").format(file=path)) from None
    except UnicodeDecodeError:
        raise CaseError(_("{file}: is not UTF-8 text; export it again as UTF-8").format(file=path)) from None
    items = readers[suffix](text) if suffix != ".json" else _read_csl_json(text, path)
    items = [{**i, "page": full_pages(i["page"])} if i.get("page") else i for i in items if i.get("title")]
    if not items:
        raise CaseError(_("{file}: no reference with a title was found in it").format(file=path))
    return items


def _read_csl_json(text: str, path: Path | None = None) -> list[dict]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CaseError(_("{file}: is not valid CSL-JSON ({reason}, line {line})").format(
            file=path, reason=exc.msg, line=exc.lineno)) from None
    items = data if isinstance(data, list) else [data]
    return [dict(i) for i in items if isinstance(i, dict)]


def _bib_names(value: str) -> list[dict]:
    return [parse_author(n) for n in re.split(r"\s+and\s+", " ".join(value.split())) if n.strip()]


def _read_bibtex(text: str) -> list[dict]:
    import bibtexparser

    library_ = bibtexparser.parse_string(text)
    out = []
    for entry in library_.entries:
        f = {k.lower(): str(v.value if hasattr(v, "value") else v).strip("{} ") for k, v in entry.fields_dict.items()}
        item: dict[str, Any] = {"type": "article-journal" if entry.entry_type.lower() == "article" else "book",
                                "title": re.sub(r"[{}]", "", f.get("title", ""))}
        if f.get("author"):
            item["author"] = _bib_names(re.sub(r"[{}]", "", f["author"]))
        for bib, csl in (("journal", "container-title"), ("volume", "volume"), ("number", "issue"),
                         ("pages", "page"), ("doi", "DOI"), ("pmid", "PMID"), ("url", "URL")):
            if f.get(bib):
                item[csl] = f[bib].replace("--", "-")
        if f.get("year", "").strip()[:4].isdigit():
            item["issued"] = {"date-parts": [[int(f["year"].strip()[:4])]]}
        out.append(item)
    return out


def _read_ris(text: str) -> list[dict]:
    import rispy

    out = []
    for entry in rispy.loads(text):
        item: dict[str, Any] = {"type": "article-journal", "title": entry.get("title") or entry.get("primary_title")}
        names = entry.get("authors") or entry.get("first_authors") or []
        if names:
            item["author"] = [parse_author(n) for n in names]
        journal = entry.get("journal_name") or entry.get("secondary_title") or entry.get("alternate_title3")
        if journal:
            item["container-title"] = journal
        if entry.get("alternate_title1") or entry.get("alternate_title2"):
            item["container-title-short"] = entry.get("alternate_title1") or entry.get("alternate_title2")
        pages = "-".join(p for p in (entry.get("start_page"), entry.get("end_page")) if p)
        for key, value in (("volume", entry.get("volume")), ("issue", entry.get("number")), ("page", pages),
                           ("DOI", entry.get("doi")), ("URL", (entry.get("urls") or [None])[0])):
            if value:
                item[key] = str(value)
        year = str(entry.get("year") or entry.get("publication_year") or entry.get("date") or "")[:4]
        if year.isdigit():
            item["issued"] = {"date-parts": [[int(year)]]}
        out.append(item)
    return out


def read_medline(text: str) -> list[dict]:
    """PubMed's MEDLINE format (.nbib): one "TAG - value" line per field, continuation lines indented, a blank line
    between records. Written here because the only PyPI parser for it (nbib) has had no release since 2021."""
    records: list = []
    fields: list = []
    for line in text.splitlines() + [""]:
        if not line.strip():
            if fields:
                records.append(fields)
                fields = []
            continue
        m = re.match(r"^([A-Z][A-Z0-9]{0,3})\s*-\s?(.*)$", line)
        if m:
            fields.append([m.group(1), m.group(2).strip()])
        elif fields and line.startswith(" "):
            fields[-1][1] += " " + line.strip()
    return [_medline_item(f) for f in records]


def full_pages(pages: str) -> str:
    """MEDLINE shortens page ranges ("1134-42"); reference lists print them in full ("1134-1142")."""
    m = re.fullmatch(r"\s*(\d+)\s*[-–]+\s*(\d+)\s*", str(pages))
    if not m or len(m.group(2)) >= len(m.group(1)):
        return str(pages).replace("--", "-").strip()
    first, last = m.group(1), m.group(2)
    return f"{first}-{first[:len(first) - len(last)]}{last}"


def _medline_item(fields: list[list[str]]) -> dict[str, Any]:
    get = lambda tag: next((v for t, v in fields if t == tag), "")  # noqa: E731
    item: dict[str, Any] = {"type": "article-journal", "title": get("TI").rstrip(".")}
    # a corporate author (CN, "UK ECT Review Group") is printed as written, never split into names
    names = [{"literal": " ".join(v.split())} for t, v in fields if t == "CN"] + \
        [parse_author(v) for t, v in fields if t == "AU"]
    if names:
        item["author"] = names
    for tag, key in (("JT", "container-title"), ("TA", "container-title-short"), ("VI", "volume"), ("IP", "issue"),
                     ("PG", "page"), ("PMID", "PMID")):
        if get(tag):
            item[key] = get(tag)
    for t, v in fields:
        if t in ("LID", "AID") and v.endswith("[doi]"):
            item["DOI"] = v[:-5].strip()
            break
    year = get("DP")[:4]
    if year.isdigit():
        item["issued"] = {"date-parts": [[int(year)]]}
    return item


def references_from_file(path: Path, taken: Iterable[str] = ()) -> list[Reference]:
    taken = set(taken)
    out = []
    for item in read_references(path):
        key = str(item.get("id") or "") if re.fullmatch(r"[\w.-]+", str(item.get("id") or "")) else ""
        key = key if key and key not in taken else make_key(item, taken)
        taken.add(key)
        out.append(Reference(key, {**item, "id": key}, origin=str(path.name)))
    return out


# ---------------------------------------------------------------------------------------------- a case's literature

def case_references(data: dict, folder: Path) -> list[Reference]:
    """The references a case gathers, in the order listed (literature:, then literature_tags:). CaseError names
    every entry that cannot be used."""
    folder = Path(folder)
    listed = data.get("literature") or []
    tags = data.get("literature_tags") or []
    problems: list[str] = []
    if not isinstance(listed, list):
        raise CaseError(_("literature: should be a list of `- id: ...`, `- import: FILE` or references with "
                          "`title:`, `authors:`, `journal:`, `year:`"))
    if not isinstance(tags, list) or any(t not in TAGS for t in map(str, tags)):
        problems.append(_("literature_tags: should be a list of these tags: {tags}").format(tags=", ".join(TAGS)))
        tags = []
    out: dict[str, Reference] = {}
    for i, entry in enumerate(listed, 1):
        where = f"literature item {i}"
        if isinstance(entry, str):
            entry = {"id": entry}
        if not isinstance(entry, dict):
            problems.append(_("{where}: should be `- id: murrough-2013`, `- import: literature/FILE.nbib` or a "
                              "reference with title, authors, journal and year").format(where=where))
            continue
        try:
            refs = _entry_references(entry, folder, where, taken=out)
        except CaseError as exc:
            problems.append(exc.message)
            continue
        for ref in refs:
            out[ref.key] = ref
    for tag in tags:
        for ref in by_tag(str(tag)):
            out.setdefault(ref.key, ref)
    if problems:
        raise CaseError("; ".join(problems))
    return list(out.values())


def _entry_references(entry: dict, folder: Path, where: str, taken: dict) -> list[Reference]:
    file = entry.get("file")
    enclosed = None
    if file:
        enclosed = inside(folder, file, what=f"{where} file")
        if not enclosed.is_file():
            raise CaseError(_("{where}: file {file} was not found in {folder}").format(where=where, file=file,
                                                                                      folder=folder))
    if entry.get("import"):
        refs = references_from_file(inside(folder, entry["import"], what=f"{where} import"), taken)
        if enclosed and len(refs) != 1:
            raise CaseError(_("{where}: `file:` can go with an import of one reference only ({file} holds "
                              "{n})").format(where=where, file=entry["import"], n=len(refs)))
    elif entry.get("id") and set(entry) <= {"id", "file"}:
        ref = library().get(str(entry["id"]))
        if ref is None:
            raise CaseError(_("{where}: {key} is not in the evidence library; see `appeal-kit evidence list`, or "
                              "write the reference out with title, authors, journal and year").format(
                where=where, key=repr(entry["id"])))
        refs = [Reference(**{**ref.__dict__, "csl": dict(ref.csl)})]
    else:
        missing = [k for k in ("title", "year") if is_blank(entry.get(k))]
        if is_blank(entry.get("authors")) and is_blank(entry.get("organization")):
            missing.append("authors (or organization)")
        if missing or (is_blank(entry.get("journal")) and is_blank(entry.get("publisher"))):
            raise CaseError(_("{where}: a reference needs title, authors (or organization), journal (or "
                              "publisher) and year; missing {fields}").format(
                where=where, fields=", ".join(missing) if missing else "journal"))
        csl = _entry_to_csl("", entry)
        key = str(entry.get("id") or make_key(csl, taken))
        csl["id"] = key
        refs = [Reference(key, csl, origin="case.yaml")]
    if enclosed:
        refs[0].file = enclosed
    return refs


def exhibit_title(ref: Reference) -> str:
    return f"{ref.short()}: {ref.csl.get('title', '')}".strip(": ")


# ---------------------------------------------------------------------------------------------- formatting

def _style_path(style: str) -> Path:
    if style not in STYLES:
        raise CaseError(_("unknown citation style {style}; choose one of: {styles}").format(
            style=repr(style), styles=", ".join(STYLES)))
    return bundled_dir() / "csl" / STYLES[style]


@lru_cache(maxsize=4)
def _style(style: str):
    from citeproc import CitationStylesStyle

    return CitationStylesStyle(str(_style_path(style)), validate=False)


def format_references(items: list[dict], style: str = DEFAULT_STYLE) -> list[str]:
    """Each CSL-JSON item formatted as a reference-list entry (plain text), in the order given."""
    import warnings

    from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    known = {"id", "type", "title", "author", "editor", "container-title", "container-title-short", "volume",
             "issue", "page", "issued", "DOI", "PMID", "URL", "publisher", "publisher-place"}
    out = []
    with warnings.catch_warnings():  # citeproc-py warns about CSL variables it does not model; none are used
        warnings.simplefilter("ignore")
        for item in items:  # one at a time: the letter keeps its own order, whatever the style sorts by
            item = {"id": "item", **{k: v for k, v in item.items() if k in known}}
            key = (style, repr(sorted(item.items())))
            if key not in _FORMATTED:
                bib = CitationStylesBibliography(_style(style), CiteProcJSON([item]), formatter.plain)
                bib.register(Citation([CitationItem(item["id"])]))
                if len(_FORMATTED) >= MAX_FORMATTED:
                    _FORMATTED.clear()
                _FORMATTED[key] = _tidy(str(bib.bibliography()[0]))
            out.append(_FORMATTED[key])
    return out


# Entries formatted in this run, by style and item: citeproc takes about 20 ms an entry, and a letter lists the same
# library references as the last one did.
MAX_FORMATTED = 1024
_FORMATTED: dict[tuple[str, str], str] = {}


def _tidy(entry: str) -> str:
    entry = re.sub(r"^\d+\.\s*", "", entry.strip())  # the letter numbers the list itself
    entry = re.sub(r",?\s*&\s*et al\.", ", et al.", entry)  # APA with an "et al." placeholder author
    entry = entry.replace("et al.,.", "et al.").replace("et al.. ", "et al. ")
    return " ".join(entry.split())


# ---------------------------------------------------------------------------------------------- citing in letters

def cited_keys(text: str) -> list[str]:
    """The reference keys the cite() tokens in `text` name, in order."""
    return [key for m in _TOKEN.finditer(text) for key in m.group(1).split(";")]


@dataclass
class Citations:
    """What `cite()` does inside one letter: check keys, leave tokens, then number them and list the references."""

    known: dict[str, Reference]
    listed: list[str] = field(default_factory=list)  # the case's own references, listed even if not cited
    where: Callable[[Reference], str] = lambda ref: ""  # "Exhibit D, WHITFIELD-000013–..." for an enclosed copy
    style: str = DEFAULT_STYLE

    def cite(self, *keys: str) -> str:
        if not keys:
            raise TemplateError("cite() needs at least one reference key, like cite(\"murrough-2013\")")
        for key in keys:
            if key not in self.known:
                raise TemplateError(f"cite({key!r}): no reference with that key in the evidence library or the "
                                    "case's literature list (see `appeal-kit evidence list`)")
        return f"⟦cite:{';'.join(keys)}⟧"

    def numbered(self, texts: list[str]) -> tuple[list[str], list[str]]:
        """Replace the tokens in `texts` (in document order) with [n]; return the texts and the cited keys in
        the order of their numbers, followed by the case's listed references that were not cited."""
        order: list[str] = []

        def number(m: re.Match) -> str:
            nums = []
            for key in m.group(1).split(";"):
                if key not in order:
                    order.append(key)
                nums.append(order.index(key) + 1)
            return "[" + ", ".join(map(str, sorted(set(nums)))) + "]"

        out = [_TOKEN.sub(number, t) for t in texts]
        return out, order + [k for k in self.listed if k not in order]

    def entries(self, keys: list[str]) -> list[str]:
        refs = [self.known[k] for k in keys]
        formatted = format_references([r.csl for r in refs], self.style)
        out = []
        for ref, text in zip(refs, formatted):
            where = self.where(ref) if ref.file else ""
            out.append(text + (f" (enclosed: {where})" if where else ""))
        return out

    def finish(self, doc) -> list[str]:
        """Number the citation tokens of a rendered python-docx Document in document order and fill its
        References section (the paragraph holding REFERENCES_MARK and the heading just above it; both are
        removed when nothing is cited or listed). Returns the keys listed."""
        from docx.oxml.ns import qn

        body = doc.element.body
        texts = list(body.iter(qn("w:t")))
        new, keys = self.numbered([t.text or "" for t in texts])
        for el, text in zip(texts, new):
            el.text = text
        mark = next((p for p in doc.paragraphs if p.text.strip() == REFERENCES_MARK), None)
        if mark is None:
            return keys
        heading = mark._p.getprevious()
        if not keys:
            for el in (heading, mark._p):
                if el is not None and el.getparent() is not None:
                    el.getparent().remove(el)
            return keys
        for n, entry in enumerate(self.entries(keys), 1):
            para = mark.insert_paragraph_before(f"{n}.\t{entry}")
            para.paragraph_format.left_indent = mark.paragraph_format.left_indent
            para.paragraph_format.first_line_indent = mark.paragraph_format.first_line_indent
            para.paragraph_format.space_after = mark.paragraph_format.space_after
            for run in para.runs:
                run.font.size = mark.runs[0].font.size if mark.runs else None
        mark._p.getparent().remove(mark._p)
        return keys
