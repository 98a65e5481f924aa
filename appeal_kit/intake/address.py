"""Where an appeal is mailed: the whole address block a denial notice gives for appeals, as a letter's inside
address needs it: the addressee (the plan or its administrator), the department or "Attn:" line, the street or
post-office box, and the city, state and ZIP, in the notice's order, joined with ", ".

Notices print it two ways: as a block of short lines under "send your appeal to:", or inside a sentence ("write
to Plan X, Appeals Unit, PO Box 1, City, ST 00000"), often wrapped over lines. Either way the block is read
backwards from its city, state and ZIP: the street parts first (a number-led street, a PO box or "Apartado
Postal", a suite or mail stop), then the addressee parts, which are names (capitalised words), until the words
that introduce the address ("send it to:", "por escrito a"). Only an address in a passage about appeals is taken
(or, failing one, about a state fair hearing: a fee-for-service Medicaid notice's first appeal), and never one
the notice says is not for appeals ("Do not send appeals to the PO Box above").
"""
from __future__ import annotations

import re

from appeal_kit.intake.deadlines import (
    _APPEAL_WORDS as APPEAL_ASKED,
    FAIR_HEARING,
    NEXT_AFTER_FINAL,
    final_internal_decision,
)
from appeal_kit.intake.extract import _APPEAL_WORDS as APPEAL_WORDS, Doc, denial_section, squeeze

# the notice says this address is not the one for appeals
_NOT_FOR_APPEALS = re.compile(
    r"not (?:for|an?) appeals?|(?:do not|don't|never) (?:send|mail|fax) (?:your |any )?appeals|"
    r"not (?:be )?(?:treated|logged) as an appeal|is not an appeal|"
    r"no (?:env[ií]e|mande) (?:sus |las |su )?apelaci|no (?:es|son) (?:para )?(?:las )?apelaci|"
    # the request for the next step sent elsewhere ("no envíe esta solicitud a nuestro Apartado Postal 9021")
    r"(?:do not|don't|never) (?:send|mail) (?:this|the|your) request|no (?:env[ií]e|mande) (?:esta|la|su) solicitud",
    re.IGNORECASE)

# "City, ST 00000": the end of a US address (OCR may put a stray quote before the ZIP, and a scan or photo a
# blank line between a wrapped sentence's state and its ZIP)
_STATE_ZIP = re.compile(
    r"(?<![A-Za-z])(?P<state>[A-Z]{2})[ \t]*(?:\n[ \t]*){0,2}['‘’]?[ \t]*(?P<zip>\d{5}(?:-\d{4})?)(?![\d-])")
_CITY = re.compile(r"[A-ZÁÉÍÓÚÑ][\w.'’-]*(?:[ \t]+(?:[A-ZÁÉÍÓÚÑ][\w.'’-]*|de|del|la|las|los|el)){0,4}")
# a street, a post-office box or a mail stop: the part of an address that is neither a name nor the city
# a box or a street with its ending word, as it ends a run of address parts printed without commas ("Plan X Member
# Appeals P.O. Box 40915 Ashgrove, OH"): where the addressee's words stop and the city's start
_BOX = (r"(?:P\.?[ \t]?O\.?[ \t]?Box|Post Office Box|Apartado(?:[ \t]+(?:Postal|de Correos))?|"
        r"Casilla(?:[ \t]+Postal)?|Drawer)")
# where a mail room sorts the post inside a building or box: "Mail Stop AG-4", "Mail Slot H-22", "Mail Code 7"
_MAIL_SORT = r"Mail[ \t]?(?:stop|slot|drop|code|station|room|sort)"
_STREET_END = (r"(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Parkway|Pkwy|Plaza|Square|Court|"
               r"Ct|Highway|Hwy|Place|Pl|Circle|Row|Quay|Terrace)\.?")
_RUN_ON_STREET = (rf"(?:{_BOX}\s*#?\s*\d[\w-]*|\d{{1,6}}[A-Za-z]?(?:\s+[A-Z][\w.'’-]*){{1,4}}?\s+{_STREET_END})"
                  rf"(?:,?\s+(?:Suite|Ste\.?|Room|Rm\.?|Floor|Unit|{_MAIL_SORT})\s+[\w-]+)?")
_RUN_ON_BEFORE_CITY = re.compile(_RUN_ON_STREET + r"\s+", re.IGNORECASE)
_RUN_ON_AT_END = re.compile(r"(?:^|\s)(?P<street>" + _RUN_ON_STREET + r")$", re.IGNORECASE)
_STREET_PART = re.compile(
    r"^(?:\d{1,6}[A-Za-z]?(?:[ \t]+[\w.'’#-]+){1,6}|"
    rf"(?:{_BOX}|{_MAIL_SORT}|MS)[ \t]*#?[ \t]*[\w-]+|"
    r"(?:Suite|Ste\.?|Floor|Fl\.?|Building|Bldg\.?|Tower|Wing|Room|Rm\.?|Unit|Apt\.?|Oficina|Piso|Edificio|Edif\.?|"
    r"Torre|Local|Apto\.?|Apartamento)[ \t]+[\w-]+|"
    r"\d{1,3}(?:st|nd|rd|th)[ \t]+Floor)$", re.IGNORECASE)
# words that may stand in lower case inside a name ("Department of Appeals", "Unidad de Quejas y Apelaciones")
_NAME_LINKS = {"of", "the", "and", "for", "de", "del", "la", "las", "los", "el", "y", "e", "en", "c/o", "a/c", "to",
               "at", "a", "&", "para", "por"}
_INTRO_WORDS = {"to", "at", "a", "al", "and", "or", "y", "o"}
# OCR reads "Attn:" on a fax or photo as "Aun:", "Atin:", "Alln:" or "Attm:"; such a part is written "Attn:"
_OCR_ATTN = re.compile(r"\bA(?:un|tin|[tl1I]{2}[nm]|ltn|tln)\s*:(?=[ \t]+[A-Z])")
_ATTN = re.compile(r"\b(?:Attn|Attention|Atenci[oó]n|Atn)\s*:|" + _OCR_ATTN.pattern, re.IGNORECASE)
_JUNK_CHARS = " \t\n-–—:;.,|'‘’\"“”«»_~*•+=!¿¡"  # what OCR strews at the ends of a line (a speck, a rule's end)
_JUNK = re.escape(_JUNK_CHARS)
# the words that introduce the address, in a sentence: "write to", "send it to:", "or mail", "por escrito a:"
# (the last such words before the name: "Mail your appeal to: Plan X" is introduced by "to:", not by "Mail")
_INTRO = re.compile(r"(?:.*[\s(]|^)(?:to|at|mail|a|al)\s*[:;]?\s+|.*[:;]\s*", re.IGNORECASE | re.DOTALL)
# a letter's closing: the address under it is the sender's signature, not where appeals go
_CLOSING = re.compile(r"(?:thanks|thank you|sincerely(?: yours)?|(?:best |kind |warm )?regards|"
                      r"yours (?:truly|sincerely)|respectfully|atentamente|saludos(?: cordiales)?|cordialmente|"
                      r"gracias)\W*$", re.IGNORECASE)
# a label before the addressee on the same line ("Mail: Plan X", "Dirección: Plan X"); "Attn:" is part of the block
# ("ATTN:" in capitals too: a notice in capitals prints it so)
_LEAD_LABEL = re.compile(r"^(?!(?i:Attn|Attention|Atenci[oó]n|Atn)|" + _OCR_ATTN.pattern[2:] +
                         r")[A-Za-zÁÉÍÓÚáéíóúñ]+(?: [a-záéíóúñ]+)?\s*:\s+")


# a ZIP code after a state that OCR read with look-alikes ("MN $5999", "OH 4S2O1"); repairs keep the text's
# length, so that offsets stay
_OCR_ZIP = re.compile(r"(?<=\b[A-Z]{2}[ \t])(?=[\dSsOoIl$]{5}\b)(?=(?:\D*\d){3})[\dSsOoIl$]{5}")
_ZIP_DIGITS = str.maketrans("SsOoIl$", "5500115")


# "P.0. Box": a zero OCR read for the O
_OCR_PO_BOX = re.compile(r"\b(P\.?[ \t]?)0(?=\.?[ \t]?Box\b)", re.IGNORECASE)


def _ocr_repaired(text: str) -> str:
    text = _OCR_PO_BOX.sub(lambda m: m.group(1) + "O", text)
    return _OCR_ZIP.sub(lambda m: m.group(0).translate(_ZIP_DIGITS), text)


def _tidy(part: str) -> str:
    part = re.sub(rf"^[{_JUNK}]+", "", squeeze(part))
    return re.sub(rf"(?:\s[{_JUNK}]+|[{re.escape(_JUNK_CHARS.replace('.', ''))}]+)$", "", part)


def _is_name(part: str) -> bool:
    """A part of an addressee: capitalised words (an organisation, a department, "Attn: Appeals"), not a
    sentence's words."""
    unlabelled = _ATTN.sub(" ", part)
    words = unlabelled.split()
    if not words or len(words) > 12 or part.endswith(":") or words[0] in _INTRO_WORDS:
        return False  # "to Plan X": the words that introduce the address, then the name
    if re.search(r"(?:^|\s)(?:to|at|a|al)\s*:", unlabelled, re.IGNORECASE):
        return False  # a heading in capitals and the name after it: "WRITE TO: Plan X"
    if re.search(r"(?:\d|\b[a-z]{4,})\.\s+[A-Z]", part):
        return False  # a sentence's end and the next one's start ("... by May 24, 2027. Write to Plan X")
    # (a last word or two in brackets is a gloss of the name, in whatever case: "Autoridad de Salud (muestra)",
    # "Plan X (formerly Y)", or what the body is: "Review Partners (fictional Part D Independent Review Entity)")
    words = re.sub(r"\s+\([^()]{1,60}\)$", "", unlabelled).split() or words
    significant = [w.lstrip("(\"“'‘") for w in words if w.lower() not in _NAME_LINKS and any(c.isalpha() for c in w)]
    return bool(significant) and all(w[0].isupper() or any(c.isdigit() for c in w) for w in significant)


def _city_start(text: str, state_at: int) -> int | None:
    """Where the city before a state code starts: after the last comma or line break before it (a city written
    over two lines in a wrapped sentence stays whole)."""
    head = text[max(0, state_at - 60):state_at]
    head_start = state_at - len(head)
    stripped = head.rstrip(" \t\n,")
    if not stripped:
        return None
    cut = max(stripped.rfind(","), stripped.rfind("|"), stripped.rfind("*"))
    segment = stripped[cut + 1:]
    pieces = segment.split("\n")
    start = len(segment) - len(pieces[-1])
    # "..., Sage\nHollow, ID": a sentence's city wrapped after its first word or two, after a comma on the line
    # above; in a block the line above the city is the street's ("4125 Quarry Road, Building C")
    if len(pieces) == 2 and cut >= 0 and len(pieces[0].split()) <= 2 and _CITY.fullmatch(pieces[0].strip()) \
            and not _STREET_PART.match(pieces[0].strip()):
        start = 0
    city = segment[start:]
    lead = len(city) - len(city.lstrip(_JUNK_CHARS))
    if not _CITY.fullmatch(squeeze(city[lead:])):
        # the city opening a cell of its own, a table's row to its left ("11/11/2026   90847   CO-197   Topeka, KS"):
        # a block printed beside the rows
        gaps = list(re.finditer(r"\S[ \t]{3,}", city))
        if gaps and _CITY.fullmatch(squeeze(city[gaps[-1].end():])):
            return head_start + cut + 1 + start + gaps[-1].end()
        # the parts printed without commas: the city starts after the last box or street before it
        for run in reversed(list(_RUN_ON_BEFORE_CITY.finditer(segment))):
            if _CITY.fullmatch(squeeze(segment[run.end():])):
                return head_start + cut + 1 + run.end()
        return None
    return head_start + cut + 1 + start + lead


def _parts_before(text: str, end: int) -> tuple[list[str], int] | None:
    """The street and addressee parts that end at `end` (the city's start), as printed, and where they start.
    A block of short lines is read line by line; a sentence is read comma by comma, wrapped lines joined."""
    line_start = text.rfind("\n", 0, end) + 1
    before_on_line = text[line_start:end]
    above = text[:line_start].rstrip("\n")
    last_above = above[above.rfind("\n") + 1:]
    own = _cell_at(last_above, end - line_start)  # a block beside another column: its own cells
    last_above = last_above[own[0]:own[1]] if own else ""
    # (the city may open a cell of its own, a table's row on its left: a block printed beside the table's rows)
    beside = bool(re.search(r"\S[ \t]{3,}$", before_on_line)) and bool(own)
    in_block = (beside or not before_on_line.strip(_JUNK_CHARS)) and not (
        len(last_above.strip() if beside else last_above) > 60 or last_above.rstrip().endswith(","))
    parts: list[tuple[str, int]] = []  # (part, start), last first
    if in_block:
        # lines upwards, a blank line between them allowed (scans and photos put one in)
        pos, blanks = line_start, 0
        column = end - line_start  # where the block's lines start (the city's)
        while pos > 0 and len(parts) < 8:
            prev_end = pos - 1
            prev_start = text.rfind("\n", 0, prev_end) + 1
            line = text[prev_start:prev_end]
            pos = prev_start
            # a block beside another column (a sidebar's cells on the same rows, a fax and phone number to the
            # right): its own cells only, and a row with nothing at the block's column is a blank line of the block
            own = _cell_at(line, column)
            line = line[own[0]:own[1]] if own else ""
            prev_start += own[0] if own else 0
            if not line.strip():
                blanks += 1
                if blanks > 2:
                    break
                continue
            # two blank lines end the block, but for a page break inside it (the text layer's form feed read as a
            # second blank line): the Attn or care-of line above the break is the block's ("Attn: Part D
            # Redeterminations", then the next page's "PO Box 77302")
            if blanks == 2 and not _ATTN.search(line):
                break
            blanks = 0
            pieces = [p for p in line.split(",")]
            offs, o = [], prev_start
            for p in pieces:
                offs.append(o)
                o += len(p) + 1
            for p, o in reversed(list(zip(pieces, offs))):
                parts.append((p, o))
            if len(squeeze(line)) > 90:
                break
    else:
        start = line_start
        # back to the paragraph's start; a scan's blank line inside a sentence (the long line above it does not
        # end one) is not a paragraph's end
        while start > max(end - 400, 0):
            gap = text.rfind("\n\n", 0, start)
            if gap < 0:
                start = 0
                break
            above_gap = text[:gap].rstrip()
            if not above_gap or above_gap[-1] in ".!?:" or len(above_gap) - above_gap.rfind("\n") < 40:
                start = gap + 2
                break
            start = gap + 1
        start = max(start, end - 400, 0)
        window = text[start:end]
        # a sentence: split at commas only, its wrapped lines joined; OCR's blank lines inside it dropped
        o = start
        for p in window.split(","):
            parts.insert(0, (p, o))
            o += len(p) + 1
    kept: list[str] = []
    first = None
    streets = True  # reading the street parts (next to the city), then the addressee's
    for raw, at in parts:
        part = _OCR_ATTN.sub("Attn:", _tidy(raw))
        if not part:
            continue
        if streets and not kept and not _STREET_PART.match(part):
            trimmed = raw.rstrip(_JUNK_CHARS)
            run_on = _RUN_ON_AT_END.search(trimmed)
            if run_on:
                # "Plan X Member Appeals P.O. Box 40915": the box ends the part, the addressee's words lead it
                kept.insert(0, squeeze(run_on.group("street")))
                first = at + run_on.start("street")
                streets = False
                raw = trimmed[:run_on.start("street")]
                part = _tidy(raw)
                if not part:
                    continue
        if streets and _STREET_PART.match(part):
            kept.insert(0, part)
            first = at
            continue
        if not kept:
            return None  # no street, box or mail stop before the city: not a mailing address
        streets = False
        # (the line that introduces the block ends in a colon, or in the semicolon OCR reads for one: "YOUR APPEAL TQ;")
        if part.endswith(":") and not _ATTN.search(part) or raw.rstrip().endswith((":", ";")):
            break
        label = _LEAD_LABEL.match(part)
        if label and _is_name(part[label.end():]):
            kept.insert(0, part[label.end():])
            first = at
            break
        if _is_name(part):
            kept.insert(0, part)
            first = at
            continue
        if in_block and part[:1].islower() and _is_name(part[:1].upper() + part[1:]) and \
                not re.search(r"[.:;,]$", raw.strip()) and part.split()[0] not in _INTRO_WORDS | _NAME_LINKS:
            # a line of the block whose first letter OCR read in lower case ("office of Administrative Hearings")
            kept.insert(0, part[:1].upper() + part[1:])
            first = at
            continue
        # a table's row ("Appeals of this decision     Plan X, Attn: ..."): the addressee opens the row's last cell
        cell = re.split(r"[ \t]{3,}", raw.strip())[-1]
        if not in_block and cell != raw.strip() and _is_name(_tidy(cell)):
            # (or the block's parts set apart by wide gaps in the row's cell, as a form prints "Plan X | Appeals
            # Unit | Attention: | Y | PO Box 1" with its bars read as gaps, wrapped: each part a name, up to the
            # row's label, the first cell of its line)
            for part_at, name in _gap_parts(raw):
                kept.insert(0, name)
                first = at + part_at
            break
        # the words that introduce the address, then the addressee's first part: "... Write to Plan X"
        flat = raw.replace("\n", " ")
        masked = _ATTN.sub(lambda a: a.group(0).replace(":", "\0"), flat)
        # (or the colon after them: "Send your appeal to the contractor that handled the claim: Plan X")
        for m in (_INTRO.match(masked), re.match(r".*[:;]\s*", masked, re.DOTALL)):
            if m and _is_name(_tidy(flat[m.end():])):
                kept.insert(0, _tidy(flat[m.end():]))
                first = at + m.end()
                break
        break
    if not kept or first is None:
        return None
    return kept, first


def _gap_parts(raw: str) -> list[tuple[int, str]]:
    """The addressee's parts at the end of `raw` (a table row's cell before the street), set apart by gaps of three
    spaces or more or by wrapped lines, last first: each a name, a part "Attention:" joined to the one after it,
    up to a label that opens a line of cells ("Mail", "Send to"). At least the last cell."""
    pieces = [(m.start(), m.group()) for m in re.finditer(r"\S+(?:[ \t]{1,2}\S+)*", raw)]
    out: list[tuple[int, str]] = []
    for k in range(len(pieces) - 1, -1, -1):
        at, piece = pieces[k]
        line_start = raw.rfind("\n", 0, at) + 1
        opens_line = not raw[line_start:at].strip() and at - line_start <= 2 and line_start > 0 or \
            not raw[:at].strip()
        if opens_line and k + 1 < len(pieces) and "\n" not in raw[at:pieces[k + 1][0]] and out:
            break  # the row's label
        name = _tidy(piece)
        if out and _ATTN.fullmatch(name + ("" if name.endswith(":") else ":")):
            out[-1] = (at, f"{name.rstrip(':')}: {out[-1][1]}")
            continue
        if not name or not _is_name(name):
            break
        out.append((at, name))
    return out or [(raw.rfind(re.split(r"[ \t]{3,}", raw.strip())[-1]), _tidy(re.split(r"[ \t]{3,}", raw.strip())[-1]))]


def _cell_at(line: str, column: int) -> tuple[int, int] | None:
    """The span of the cell of `line` that starts at `column`, when the line also holds cells of other columns
    beside it, three spaces or more apart (a sidebar's rows to the left, "Fax: ..." to the right); the whole line
    when it is one cell (a sentence over the block) or has none at the column and reaches it; None when its cells
    all stand left of the column, apart from it (a row of the other column only)."""
    cells = [(m.start(), m.end()) for m in re.finditer(r"\S+(?:[ \t]{1,2}\S+)*", line)]
    if len(cells) < 2:
        return 0, len(line)
    here = next((cell for cell in cells if abs(cell[0] - column) <= 3), None)
    if here:
        return here
    return None if cells[-1][1] < column - 3 else (0, len(line))


# the heading of an address box: what the address is for
_BOX_HEADING = re.compile(APPEAL_WORDS.pattern + r"|correspondence|claims|mail|address|correspondencia|reclamaciones|"
                          r"direcci[oó]n", re.IGNORECASE)
# a line of two cells: the left one, a gap of 3 or more spaces, the right one from column `start`
_TWO_CELLS = re.compile(r"^[ \t]*(?P<left>\S.*?\S|\S)[ \t]{3,}(?P<right>\S.*)$")


def _boxes_one_after_another(text: str) -> str:
    """Address boxes printed side by side ("Correspondence and claims    Appeals" over two blocks of lines, each
    line a cell of both), each box's lines together, the left box first: a run of three or more lines of two
    cells, the right cells starting at one column, whose last line ends both boxes with a state and ZIP."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j, col = i, None
        while j < len(lines):
            m = _TWO_CELLS.match(lines[j])
            if not m or col is not None and abs(m.start("right") - col) > 1:
                break
            col = m.start("right") if col is None else col
            j += 1
        cells = [c for c in map(_TWO_CELLS.match, lines[i:j]) if c]
        last = cells[-1] if cells else None
        if j - i >= 3 and last and _STATE_ZIP.search(last.group("left")) and _STATE_ZIP.search(last.group("right")):
            # (two blank lines end a block; a heading over each box introduces it: "Appeals:")
            heading = not re.search(r"\d", lines[i]) and any(_BOX_HEADING.search(c) for c in cells[0].groups())
            for side in ("left", "right"):
                out += [c.group(side) + (":" if heading and k == 0 else "") for k, c in enumerate(cells)]
                out += ["", ""]
            i = j
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


# a sentence that tells where to send something, ending where the address starts: "Send your request, with a copy
# of this notice, to the QIC:", "Envíe su pedido por escrito a:"
_SEND_TO = re.compile(r"\s*(?:please\s+)?(?:send|mail|deliver|write|submit|return|forward|env[ií]e|env[ií]ela|mande|"
                      r"escriba|dirija)\b[^.!?]*(?:\bto|\ba|\bal)?\s*:\s*$", re.IGNORECASE)


# ... unless that sentence sends something else there, or says not to send: "Send questions to:", "Do not send
# appeals to:" (a "not to" the letterhead's office, "to the QIC, not to Northgate:", still sends it here)
_SENT_ELSEWHERE = re.compile(r"\b(?:(?:do not|don'?t|never|no) (?:send|mail|env[ií]e|mande)|questions?|preguntas?|"
                             r"bills?|payments?|pagos?)\b", re.IGNORECASE)


_HEARING_ASKED = re.compile(r"\b(?:hearing|audiencia)\b", re.IGNORECASE)


def find_appeals_address(doc: Doc):
    """The address block appeals are mailed to (see the module docstring), the words it came from and its span;
    None when the notice gives none in a passage about appeals."""
    text = _boxes_one_after_another(_ocr_repaired(doc.text))
    best = None
    # a passage that asks for the appeal, by whatever name the notice gives it ("you may request a review ... Send the
    # request to:"), or, on the plan's final internal decision, for the external review that is the next step
    final = final_internal_decision(doc.text)

    def asks_appeal(words: str) -> bool:
        return bool(APPEAL_WORDS.search(words) or APPEAL_ASKED.search(words) or
                    final and NEXT_AFTER_FINAL.search(words))

    # in a file of several letters, the address of the one that denies (its text unchanged while no boxes moved)
    section = denial_section(doc) if text == doc.text else None
    for m in _STATE_ZIP.finditer(text):
        city_at = _city_start(text, m.start())
        if city_at is None:
            continue
        found = _parts_before(text, city_at)
        if not found:
            continue
        parts, start = found
        city = squeeze(text[city_at:m.start()].replace("\n", " ")).rstrip(" ,")
        sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n\n", 0, start), 0)
        # a line of its own that sends the appeal here ("Send your written appeal to:") opens the sentence, whatever
        # OCR left of the full stop before it ("... within 4 months, Do not send appeals to the Claims Office,")
        above = text.rfind("\n", 0, max(0, start - 1)) + 1
        if above > sentence_start and _SEND_TO.fullmatch(text[above:start].rstrip("\n")) and \
                not _SENT_ELSEWHERE.search(text[above:start]):
            sentence_start = above
        # what the notice says of this address: its own sentence (to the first full stop after the ZIP, or the
        # line's end), and a next sentence that points back at it ("Do not send appeals to this address"); a
        # next sentence about another address ("Do not send appeals to the Lisbon office") does not count
        stop = re.compile(r"[.!?](?=\s|$)|\n").search(text, m.end())
        said_end = stop.end() if stop else len(text)
        said = text[sentence_start:said_end]
        following = re.match(r"[^.!?\n]*", text[said_end:].lstrip(" \t"))
        next_sentence = following.group(0) if following else ""
        points_back = re.search(r"\b(?:this|that|above|these) (?:address|p\.?\s?o\.?\s?box|box)\b|"
                                r"\bthe address above\b|\besta direcci[oó]n\b|\bhere\b", next_sentence, re.IGNORECASE)
        # ... unless it names the place it means, and the block is not that place ("Do not mail appeals to the
        # claims office above; that box is for new claims only" under the appeals unit's block)
        named = re.search(r"\bto (?:the|our) (?P<what>(?:[\w-]+ ){1,3}?)(?:office|box|address|department|unit)\b",
                          next_sentence, re.IGNORECASE)
        if points_back and named and not any(
                w.lower() in text[start:m.end()].lower() for w in named.group("what").split() if len(w) > 3):
            points_back = None
        if _NOT_FOR_APPEALS.search(said) or points_back and _NOT_FOR_APPEALS.search(next_sentence):
            continue
        closing = text[:start].rstrip().rsplit("\n", 1)[-1]
        if _CLOSING.match(parts[0]) or _CLOSING.search(closing) and len(closing) < 30:
            continue  # a signature block: the sender's address
        intro = text[max(0, start - 300):start].rstrip()
        # (the paragraph before the block; a scan's or photo's blank line inside a sentence, the line above it not
        # ending one, is no paragraph's end: "... a hearing with an Administrative Law Judge if ... for this" over
        # a blank line over "year. ... Send your written request to:")
        gap = intro.rfind("\n\n")
        while gap > 0 and intro[:gap].rstrip() and intro[:gap].rstrip()[-1] not in ".!?:;" and \
                len(intro[:gap].rstrip()) - intro[:gap].rstrip().rfind("\n") > 40:
            gap = intro.rfind("\n\n", 0, gap)
        intro = intro[gap + 1:]
        last_sentence = re.split(r"(?<=[.!?])\s", intro)[-1]
        if _SEND_TO.match(last_sentence) and asks_appeal(intro) and not _SENT_ELSEWHERE.search(last_sentence):
            score = 2.5  # told to send it there, in a passage about appeals: over a letterhead's "Appeals" office
        elif APPEAL_WORDS.search(last_sentence) or APPEAL_WORDS.search(" ".join(parts)):
            score = 2.0
        elif APPEAL_WORDS.search(intro):
            score = 1.0
        elif FAIR_HEARING.search(intro) or FAIR_HEARING.search(" ".join(parts)) or \
                _SEND_TO.match(last_sentence) and _HEARING_ASKED.search(last_sentence):
            # where a fee-for-service notice's first appeal, the state fair hearing, is asked for (or the request
            # for a hearing is sent: "Send your hearing request to:", "Envíe su solicitud de audiencia a:")
            score = 0.5
        else:
            continue
        if section and section[0] <= start < section[1]:
            score += 0.5
        # (an article in lower case before the addressee is the sentence's, not the name's: "Address your appeal to
        # the Covenant Benefits Trust, ...", "a la Unidad de Apelaciones")
        parts = [re.sub(r"^(?:the|el|la|los|las)[ \t]+(?=[A-ZÁÉÍÓÚÑ])", "", parts[0]), *parts[1:]]
        value = ", ".join([*parts, f"{city}, {m.group('state')} {m.group('zip')}"])
        if best is None or score > best[0]:
            best = (score, value, squeeze(text[start:m.end()])[:300], (start, m.end()))
    return best[1:] if best else None
