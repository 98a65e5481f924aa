"""Word documents appeal-kit writes with python-docx carry only the styles they use.

python-docx starts every document from its default template, whose styles part defines 164 styles (350 KB of XML).
LibreOffice builds every one of them when it opens the document, which was half its work converting a drafted letter:
about 106 ms of CPU for a batch case's letter with them, 55 ms without (docs/speed.md). So the bundled letter
templates (scripts/make_templates.py), the record exhibits (letter/records.py) and `explain`'s summary drop, before
they are saved, every style definition nothing in the document refers to. What the document shows does not change:
the styles a paragraph, run, table or numbering names are kept with the styles they are based on or linked to, and so
are the defaults. Word's list of its built-in styles (latentStyles) stays, so Word still offers its Heading, List and
Quote styles to whoever edits the document. The copy of the styles only Word 2010 read (stylesWithEffects.xml) goes
too: Word 2013 and later, and LibreOffice, do not read it.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import BinaryIO

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Elements whose w:val names a style: in the text, tables, numbering and settings.
STYLE_REFERENCES = frozenset(W + t for t in ("pStyle", "rStyle", "tblStyle", "numStyleLink", "styleLink",
                                             "clickAndTypeStyle", "defaultTableStyle"))
# Inside a style, the styles it needs: its parent, the style of the next paragraph, and its linked twin.
STYLE_NEEDS = tuple(W + t for t in ("basedOn", "next", "link"))


# The relationship of python-docx's second copy of the styles (stylesWithEffects.xml, 438 KB), which only Word 2010
# read: compressing it again was most of saving a drafted letter (about 10 ms), and LibreOffice does not read it.
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


def drop_unused_styles(document) -> int:
    """Remove from a python-docx Document every style definition its parts do not refer to (directly, or through
    another kept style), and the Word 2010 copy of the styles; returns how many style definitions were removed."""
    for r_id, rel in list(document.part.rels.items()):
        if rel.reltype == STYLES_WITH_EFFECTS:
            document.part.drop_rel(r_id)
    styles_element = document.styles.element
    used: set[str] = set()
    for part in document.part.package.iter_parts():
        element = getattr(part, "_element", None)
        if element is None or element is styles_element:
            continue
        for node in element.iter(*STYLE_REFERENCES):
            used.add(node.get(W + "val"))
    by_id = {s.get(W + "styleId"): s for s in styles_element.iterchildren(W + "style")}
    used.update(sid for sid, s in by_id.items() if s.get(W + "default") in ("1", "true", "on"))
    todo = list(used)
    while todo:
        style = by_id.get(todo.pop())
        if style is None:
            continue
        for tag in STYLE_NEEDS:
            needed = style.find(tag)
            if needed is not None and (sid := needed.get(W + "val")) not in used:
                used.add(sid)
                todo.append(sid)
    unused = [s for sid, s in by_id.items() if sid not in used]
    for style in unused:
        styles_element.remove(style)
    return len(unused)


# A zip stores the time each entry was written, so one document saved twice differed in those bytes alone. With one
# fixed time, an unchanged letter or record exhibit is the same file whenever it is made, and a rebuild finds its PDF
# in the conversion cache (packet/cache.py) instead of starting LibreOffice for it.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest a zip can hold, as reproducible builds use


def save_reproducibly(document, target: BinaryIO | str | Path) -> None:
    """Save a python-docx or docxtpl document to `target`: the same bytes whenever its content is the same."""
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(target, "w") as out:
        for entry in source.infolist():  # in the order written: [Content_Types].xml first, as Word expects
            fixed = zipfile.ZipInfo(entry.filename, ZIP_TIME)
            fixed.compress_type = entry.compress_type
            fixed.external_attr = entry.external_attr
            out.writestr(fixed, source.read(entry.filename))
