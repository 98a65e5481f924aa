"""Tracked changes in Word, OpenDocument and RTF files: the packet shows a document with every change accepted.

LibreOffice prints a DOCX, an ODT or an RTF with its tracked changes visible: a deleted sentence struck through but
readable, which is exactly what its author meant the reader not to see. So the copy LibreOffice converts has every
change accepted (deletions and moved-away text gone, insertions kept as plain text, formatting changes settled) and
`check`/`build` say so for each document that had any, so the person can accept or reject them if they meant
otherwise. An ODT keeps what was deleted apart, in <text:tracked-changes> (the text's own <text:change> marks where
it was), and an insertion in place between <text:change-start> and <text:change-end>: accepting drops the first and
the marks. Hidden text (hidden characters, hidden paragraphs and sections, Word's w:vanish) LibreOffice leaves out
of the PDF by itself, whatever the document's own print settings say (tests/test_hostile.py checks both formats).
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from appeal_kit.errors import InputFileError
from appeal_kit.i18n import _

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# The parts of a DOCX that hold text someone can track changes in.
TEXT_PARTS = re.compile(r"^word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$")
# Accepting a change: these go with what they hold (deleted or moved-away text, the record of old formatting) ...
REMOVED = frozenset(W + t for t in ("del", "moveFrom", "rPrChange", "pPrChange", "sectPrChange", "tblPrChange",
                                    "trPrChange", "tcPrChange", "tblGridChange", "numberingChange", "cellDel",
                                    "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd"))
# ... and these give way to what they hold (inserted or moved-here text).
UNWRAPPED = frozenset(W + t for t in ("ins", "moveTo", "cellIns"))
CHANGES = frozenset(W + t for t in ("ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange", "sectPrChange",
                                    "tblPrChange", "trPrChange", "tcPrChange", "cellIns", "cellDel"))

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
# An ODT's text and its headers and footers (in styles.xml).
ODT_PARTS = re.compile(r"^(content|styles)\.xml$")
ODT_CHANGE = TEXT + "changed-region"  # one per change, inside <text:tracked-changes>
ODT_REMOVED = frozenset(TEXT + t for t in ("tracked-changes", "change", "change-start", "change-end"))


def count_changes(document: Path, kind: str | None = None) -> int:
    """How many tracked changes the DOCX, ODT or RTF holds (0 for other kinds); InputFileError for damaged XML.
    `kind`: the document's real type (appeal_kit.packet.convert.real_type) when its name may not say it."""
    if (kind or document.suffix).lower() == ".rtf":
        return accept_rtf_changes(document.read_bytes())[1]
    return sum(_count(root) for _, root in _text_parts(document, kind))


# RTF keeps revisions as character formatting: text under \deleted was deleted, under \revised inserted, with
# \revauthN and \revdttmN saying who and when. One token of RTF: a control word with its number and the one space
# that ends it, a hex-escaped byte, a control symbol, a brace, or a run of plain text.
RTF_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'[0-9a-fA-F]{2}|\\[^a-zA-Z]|[{}]|[^\\{}]+", re.S)
RTF_REVISION_MARKS = frozenset({b"revised", b"revauth", b"revauthdel", b"revdttm", b"revdttmdel"})
RTF_NOT_TEXT = (b"{", b"}", b"\\*")  # what a deletion keeps besides control words: groups and destination marks


def accept_rtf_changes(data: bytes) -> tuple[bytes, int]:
    """The RTF with every revision accepted (text under \\deleted left out, \\revised text kept as plain text, the
    revision marks gone), and how many revisions there were."""
    if b"\\deleted" not in data and b"\\revised" not in data:
        return data, 0
    out, changes = bytearray(), 0
    deleted, outer = False, []
    for token in RTF_TOKEN.finditer(data):
        raw, word, number = token.group(0), token.group(1), token.group(2)
        if raw == b"{":
            outer.append(deleted)
        elif raw == b"}":
            deleted = outer.pop() if outer else False
        elif word == b"deleted":
            deleted = number != b"0"
            changes += deleted
            continue
        elif word in RTF_REVISION_MARKS:
            changes += word == b"revised" and number != b"0"
            continue
        elif word == b"plain":
            deleted = False
        if deleted and (word == b"u" or word is None and raw not in RTF_NOT_TEXT):
            continue  # deleted text: plain, escaped or \\u characters (formatting and paragraph marks stay)
        out += raw
    return bytes(out), changes


def accept_changes(document: Path, out: Path, kind: str | None = None) -> int:
    """Write `document` to `out` with every tracked change accepted; return how many there were (0: a plain copy)."""
    from lxml import etree

    parts = {name: root for name, root in _text_parts(document, kind) if _count(root)}
    total = sum(_count(root) for root in parts.values())
    with zipfile.ZipFile(document) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():  # each entry as it was stored (an ODT's mimetype first and uncompressed)
            data = source.read(info.filename)
            if info.filename in parts:
                _accept(parts[info.filename])
                data = etree.tostring(parts[info.filename], xml_declaration=True, encoding="UTF-8", standalone=True)
            target.writestr(info, data)
    return total


def _text_parts(document: Path, kind: str | None):
    from lxml import etree

    kind = (kind or document.suffix).lower()
    pattern = {".docx": TEXT_PARTS, ".odt": ODT_PARTS}.get(kind)
    if pattern is None:
        return
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
    name = ""
    try:
        with zipfile.ZipFile(document) as zf:
            for name in zf.namelist():
                if pattern.match(name):
                    yield name, etree.parse(io.BytesIO(zf.read(name)), parser).getroot()
    except etree.XMLSyntaxError as exc:
        raise InputFileError(_("{file}: its text ({part}) is damaged XML ({detail}, line {line}). Open it in Word or "
                               "LibreOffice and save it again, or export it to PDF.").format(
            file=document, part=name, detail=exc.msg, line=exc.lineno)) from None
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputFileError(_("{file}: is damaged ({detail}). Open it in Word or LibreOffice and save it again, or "
                               "export it to PDF.").format(file=document, detail=exc)) from None


def _count(root) -> int:
    return sum(1 for el in root.iter() if el.tag in CHANGES or el.tag == ODT_CHANGE)


def _accept(root) -> None:
    for el in [el for el in root.iter() if el.tag in ODT_REMOVED]:
        _remove_keeping_tail(el)  # an ODT: what was deleted, and the marks of every change
    for el in [el for el in root.iter() if el.tag in REMOVED or el.tag in UNWRAPPED]:
        parent = el.getparent()
        if parent is None:
            continue
        if el.tag == W + "del" and parent.tag == W + "trPr":  # a deleted table row: the row goes
            row = parent.getparent()
            if row is not None and row.getparent() is not None:
                row.getparent().remove(row)
            continue
        if el.tag in REMOVED or parent.tag in (W + "rPr", W + "trPr", W + "tcPr"):  # a mark without content
            _remove_keeping_tail(el)
        else:
            index = parent.index(el)
            for offset, child in enumerate(list(el)):
                parent.insert(index + offset, child)
            _remove_keeping_tail(el)


def _remove_keeping_tail(el) -> None:
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)
