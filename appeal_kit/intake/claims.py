"""Statements and EOBs that list several claims: which of them were denied.

A statement lists claims in one of two shapes:
- blocks, each under a heading naming its claim ("Claim 26072B40512 - Provider: ...", "... - Claim number
  22617300441520") with the rows of its services below;
- one table with a claim column, a row per service ("Claim #   Provider   Service date   Code ... Plan paid").

A claim counts as denied when a row of it says so: "denied", "not covered", "No" under "approved?", a plan
payment of $0.00 on a billed service (unless its adjustment codes say the member's deductible or coinsurance took
it: "CO-45 PR-1"), or a denial adjustment code (group CO, OA or PI other than the
contractual write-downs that paid claims carry too). The facts of the denial (claim number, dates, codes,
adjustment codes) are then read from the denied claims only; the paid ones are listed as context.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_CLAIM_ID = r"(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{5,}"
# a claim number printed in groups: "CR 2607 4418 0021" (six digits or more, its last group digits), maybe closed
# by a check digit ("14 2609 3347 018 0", a Medicare claim); its first group up to eight ("2026301 00917", a
# TRICARE claim), and never a date's month ("2026301 10/14/2026")
_SPACED_ID = r"(?=(?:\D*\d){6})[A-Z0-9]{1,8}(?: [A-Z0-9]{2,6}){0,3} \d{2,6}(?![/.,]\d)(?: \d(?![\w/.,-]))?"
# a block heading: a line naming one claim, with more words than the number ("Claim 2607 - Provider: ...")
_BLOCK_HEADING = re.compile(rf"\b(?:claim|reclamo|reclamaci[oó]n)(?:\s+(?:number|no\.?|#|id|n[uú]m(?:ero)?\.?))?\s*"
                            rf"[:#]?\s*"
                            rf"(?P<id>{_SPACED_ID}(?![\w-])|(?-i:[A-Z]{{2,4}} )?{_CLAIM_ID})\b", re.IGNORECASE)
# the column headings of a claim table, English and Spanish
# (in Spanish the number may lead: "Número de reclamo / proveedor")
_CLAIM_COLUMN = re.compile(r"^(?:(?:n[uú]mero|n[uú]m\.|no\.|#)[ \t]+de(?:l| la)?[ \t]+)?"
                           r"(?:claim|reclamo|reclamaci[oó]n)\b", re.IGNORECASE)
_STATUS_COLUMN = re.compile(r"(?:claim )?(?:status|estado)$", re.IGNORECASE)
_PAID_COLUMN = re.compile(r"\b(?:plan|medicare|medicaid|insurer|we|amount)?\s*paid\b|\bpagado\b|\bpago del plan\b",
                          re.IGNORECASE)
_NOT_PLAN_PAID = re.compile(r"\byou|patient|member|your|owe|usted|paciente|miembro|debe", re.IGNORECASE)
# (a Spanish question opens with its mark, so "¿Aprobado" is the heading though OCR lost its closing mark or ran the
# next heading on: "¿AprobadoPuede que le facturen?")
_APPROVED_COLUMN = re.compile(r"approved\?|service\s+approved|aprobad[oa]\?|¿[ \t]?(?:fue[ \t]+|se[ \t]+)?aprob[oó]?",
                              re.IGNORECASE)
_DENIED_WORDS = re.compile(r"\b(?:denied|not covered|not approved|not payable|not paid|rejected|negad[oa]|denegad[oa]|"
                           r"no cubiert[oa]|no pagad[oa])\b", re.IGNORECASE)
# a block's status line under its rows: "Claim status: DENIED", or its heading's "Status: PARTLY DENIED" (some
# lines paid, some denied: the claim is a denied one, its paid lines told apart by unpaid_and_paid_lines)
_STATUS_DENIED = re.compile(rf"\b(?:status|estado)\s*:?\s*(?P<why>(?:(?:partly|partially|in part|parcialmente)\s+)?"
                            rf"{_DENIED_WORDS.pattern})", re.IGNORECASE)
_HEADING_ENDS_DENIED = re.compile(rf"[ \t](?:[-–|][ \t]+)?(?P<why>(?:(?:partly|partially|in part|parcialmente)[ \t]+)?"
                                  rf"{_DENIED_WORDS.pattern})[ \t.]*$", re.IGNORECASE)
# a heading's status in brackets, anywhere after the number ("CLAIM CLM 2026-0922-118  (DENIED)  received 10/01/2026",
# "Reclamo X [NEGADO]"), and a sentence after it that says what the payer did with the claim ("Provider. Claim number
# X. Medicare denied this claim.", "... Medicare negó esta reclamación."; "approved", "aprobó" say it was not)
_HEADING_STATUS = re.compile(rf"[(\[][ \t]*(?:(?P<why>(?:(?:partly|partially|in part|parcialmente)[ \t]+)?"
                             rf"{_DENIED_WORDS.pattern})|paid|approved|pagad[oa]|aprobad[oa])[ \t]*[)\]]",
                             re.IGNORECASE)
_STATUS_SENTENCE = re.compile(r"^\.[ \t]+(?:[\w&'-]+[ \t]+){0,4}?(?:(?P<why>(?:partly |partially )?denied|"
                              r"neg[oó]|deneg[oó]|rechaz[oó])|approved|paid|aprob[oó]|pag[oó])[ \t]+"
                              r"(?:(?:part of )?(?:this|the) claim|(?:parte de )?(?:esta|la) reclamaci[oó]n|"
                              r"(?:parte de )?(?:este|el) reclamo)[ \t]*\.?[ \t]*$", re.IGNORECASE)
# a claim's diagnosis line, under its rows ("Diagnosis: F41.1", "Dx: F33.1", "Diagnóstico: F33.1")
_DIAGNOSIS_LINE = re.compile(r"[ \t]*(?:diagnos[ie]s(?: codes?)?|dx|diagn[oó]sticos?)[ \t]*:", re.IGNORECASE)
_CARC = re.compile(r"(?<![A-Za-z0-9])(CO|OA|PI|PR|CR)\s?-?\s?(\d{1,3}|[A-Z]\d{1,2})(?![\w.])")
# contractual and routine adjustments that paid claims carry too (fee schedule, bundled payment, sequestration)
_ROUTINE_CARCS = {"45", "253", "94", "59", "97", "23", "144"}
_BUNDLED = "97"  # the benefit is included in the payment for another service
# (an amount may be written with a decimal comma, as Spanish notices write it: "612,40", "1.188,00", "0,00")
_ZERO = re.compile(r"^\$?\s?0(?:[.,]00)?$")
_AMOUNT = re.compile(r"^\$?\s?(?:\d[\d,]*\.\d\d|\d{1,3}(?:\.\d{3})*,\d\d)$")
_AMOUNTS_RUN = re.compile(r"\$\d[\d,]*\.\d\d(?: \$\d[\d,]*\.\d\d)+")


@dataclass
class Claim:
    number: str
    lines: list[int] = field(default_factory=list)  # line numbers of its heading and rows
    denied: bool = False
    why: str = ""  # the words that show it was denied
    left: int = 0  # where its table's first column starts: words that end before it are a sidebar's
    # lines of its heading's details above its column headings ("Provider: ... Received 10/29/2026", "Diagnosis:
    # F33.2"): its own, but no service rows
    details: list[int] = field(default_factory=list)

    def row(self, line: str) -> str:
        """A line of the claim with a sidebar's words beside the table blanked out."""
        for start, cell in _segments(line):
            if start + len(cell) <= self.left - 2:
                line = line[:start] + " " * len(cell) + line[start + len(cell):]
        return line


def _segments(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", line)]


def _cells_by_header(header: list[tuple[int, str]], row: str) -> dict[str, str]:
    """Cells of `row` under the column headings `header`: by order when both have as many cells (a Word table
    joined with wide spaces), else by position (layout text keeps columns lined up)."""
    head, cells = header, _segments(row)
    if len(cells) < len(head):
        # amounts of two columns one space apart where a long one filled its cell ("$1,188.00 $0.00" under "BILLED"
        # and "PAID"): each amount a cell of its own
        cells = [(start + m.start(), m.group()) for start, cell in cells
                 for m in re.finditer(r"\S+" if _AMOUNTS_RUN.fullmatch(cell) else r".+", cell)]
    if len(head) == len(cells):
        return {h: c for (_, h), (_, c) in zip(head, cells)}
    # a heading OCR split in two where a border stood between its words ("Plan | paid" read "Plan   paid"): headings
    # three spaces apart or less are one, and the row's cells taken by order when that makes as many
    joined: list[tuple[int, str]] = []
    for start, h in head:
        if joined and start - (joined[-1][0] + len(joined[-1][1])) <= 3:
            joined[-1] = (joined[-1][0], f"{joined[-1][1]} {h}")
        else:
            joined.append((start, h))
    if len(joined) == len(cells) < len(head):
        return {h: c for (_, h), (_, c) in zip(joined, cells)}
    out = {}
    for i, (col, h) in enumerate(head):
        end = head[i + 1][0] if i + 1 < len(head) else 10_000
        inside = [c for start, c in cells if col - 3 <= start < end - 1]
        if inside:
            out[h] = " ".join(inside)
    return out


def _merge_header(head: list[tuple[int, str]], more: str) -> list[tuple[int, str]]:
    """Column headings written over two or three lines ("Service" over "approved?"), joined column by column."""
    out = list(head)
    for start, text in _segments(more):
        near = min(range(len(out)), key=lambda i: abs(out[i][0] - start)) if out else None
        if near is not None and abs(out[near][0] - start) <= 4:
            out[near] = (out[near][0], f"{out[near][1]} {text}")
        else:
            out.append((start, text))
    return sorted(out)


# a row the payer has not decided yet ("Pending", "Processing", "In process", "En proceso", "Pendiente"): nothing paid
# on it yet is no denial
_PENDING = re.compile(r"(?<![\w-])(?:pending|processing|in process|under review|en (?:proceso|tr[aá]mite|revisi[oó]n)|"
                      r"pendiente)(?![\w-])[ \t.|]*$", re.IGNORECASE)


def _row_denied(header: list[tuple[int, str]] | None, row: str) -> str:
    """Why this service row was denied ("" when it was not)."""
    if denied := _DENIED_WORDS.search(row):
        return denied.group(0)
    if _PENDING.search(row) and not any(m.group(1).upper() in ("CO", "OA", "PI") and m.group(2) not in _ROUTINE_CARCS
                                        for m in _CARC.finditer(row)):
        return ""
    if header:
        cells = _cells_by_header(header, row)
        for h, c in cells.items():
            if _APPROVED_COLUMN.search(h) and re.match(r"no\b", c.strip(), re.IGNORECASE):
                return f"{h} {c}"
        if any(_APPROVED_COLUMN.search(h) for _, h in header) and not re.search(r"\b(?:Yes|S[ií])\b", row, re.I) \
                and re.search(r"(?<![\w.])No(?![\w.])(?![ \t]*[#:.]?[ \t]*\d)", row):
            return "No under approved?"  # OCR ran the cells together, so the column is not known, only the word
        paid = [c for h, c in cells.items() if _PAID_COLUMN.search(h) and not _NOT_PLAN_PAID.search(h)]
        if paid and any(_AMOUNT.match(c.strip()) for c in paid):
            if not all(_ZERO.match(c.strip()) for c in paid):
                return ""
            # nothing paid because the member's deductible or coinsurance took it all ("CO-45 PR-1"): allowed, not
            # denied
            codes = [(m.group(1).upper(), m.group(2)) for m in _CARC.finditer(row)]
            if any(g == "PR" for g, _ in codes) and all(g == "PR" or n in _ROUTINE_CARCS for g, n in codes):
                return ""
            return f"paid {paid[0]}"
    for m in _CARC.finditer(row):
        if m.group(1).upper() in ("CO", "OA", "PI") and m.group(2) not in _ROUTINE_CARCS:
            return m.group(0)
    return ""


def _has_service(line: str) -> bool:
    return bool(re.search(r"\d{1,2}/\d{1,2}/\d{2,4}|\$\s?\d|\b\d{5}\b|\b[A-Z]\d{4}\b", line))


def statement_claims(lines: list[str]) -> list[Claim]:
    """The claims of a statement listing two or more, with which were denied; [] for any other notice."""
    claims = _same_number_once(_table_claims(lines) or _block_claims(lines) or _column_read_apart(lines))
    if len(claims) < 2:
        # (a page's title naming its one claim is no statement of claims; a bare list of them below may be)
        claims = _listed_claims(lines)
    if len(claims) < 2:
        return []
    _detail_rows(lines, claims)
    return claims


# a heading over one claim's detail, below or above a list of claims: "Claim details: NF-26-1108-55271", "Details for
# claim X", the claim and its number alone on their line ("Claim 26-CR-0418877"), or the detail's own labelled number
# alone on its line ("Claim number:    CL-26-40021905", "Número de reclamo:    KN-26-5581902")
_DETAIL_HEADING = re.compile(r"^\s*(?:claim details?|details? (?:of|for) (?:claim|this claim)|detalles? de (?:la )?"
                             r"reclamaci[oó]n|(?:n[uú]m(?:ero|\.)?\s+de\s+)?(?:claim|reclamo|reclamaci[oó]n)"
                             r"(?=\s*(?:#|no\.?|number)?\s*[:#]?\s*[A-Z0-9-]*\d[A-Z0-9-]*\s*$))"
                             r"\s*(?:#|no\.?|number)?\s*[:#-]?\s*(?P<number>\S.*?)\s*$", re.IGNORECASE)


# a detail block's heading that names the claim first and then what it was, after a dash or bar: "Reclamación número
# 0526 2991 3307 0 - Clínica ..., 1-555-0147", "Claim # CR-2607-118 | Provider: ..." (a summary notice's table of
# claims over each claim's own block of service rows)
_DETAIL_HEADING_LED = re.compile(rf"^\s*(?:claim|reclamo|reclamaci[oó]n)\s*(?:#|no\.?|number|n[uú]m(?:ero|\.)?)?"
                                 rf"\s*[:#]?\s*(?P<number>{_SPACED_ID}|{_CLAIM_ID})[ \t]+[-–—|][ \t]+\S",
                                 re.IGNORECASE)


def _detail_rows(lines: list[str], claims: list[Claim]) -> None:
    """A portal's list of claims over the detail of one of them ("Claim details: X" over its table of services), or a
    summary's table of claims over a block of rows for each: the detail's service rows are that claim's, however many
    the list's one row stands for (so a paid claim's codes are never the denied one's)."""
    taken = {i for c in claims for i in c.lines}
    for hi, line in enumerate(lines):
        m = _DETAIL_HEADING.match(line) or _DETAIL_HEADING_LED.match(line)
        key = re.sub(r"[\s-]", "", m.group("number")).upper() if m else ""
        claim = next((c for c in claims if key and re.sub(r"[\s-]", "", c.number).upper() == key), None)
        if claim is None or hi in taken:
            continue
        added = False
        for i in range(hi + 1, min(hi + 30, len(lines))):
            row = lines[i]
            if i in taken or _BLOCK_HEADING.search(row) and not _has_service(row):
                break
            # (a row of three cells when it opens with its date: "09/10/2026    A visit (99213)    Yes")
            cells = len(_segments(row))
            if re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", row) and _has_service(row) and \
                    (cells >= 4 or cells == 3 and re.match(r"\s*\d{1,2}/\d{1,2}/\d{2,4}", row)) and \
                    re.search(r"\$\s?\d|\b\d{5}\b|\b[A-Z]\d{4}\b", row):
                claim.lines.append(i)
                added = True
            elif added and not row.strip():  # the detail's table has ended
                break


# a list of claims with no column headings, each claim's number alone on its line over one line of what it was
# (a portal's "Recent claims": "JT-26-10-004120" over "10/02/2026 · 90834 · Paid"), its status that line's last word
_LISTED_STATUS = re.compile(rf"(?:{_DENIED_WORDS.pattern}|paid|approved|pagad[oa]|aprobad[oa]|{_PENDING.pattern})"
                            r"[ \t.|]*$", re.IGNORECASE)


def _listed_claims(lines: list[str]) -> list[Claim]:
    claims: list[Claim] = []
    for i, line in enumerate(lines[:-1]):
        below = next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j].strip()), None)
        if below is None or not re.fullmatch(rf"\s*(?:{_SPACED_ID}|{_CLAIM_ID})\s*", line) or \
                not re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", lines[below]) or not _LISTED_STATUS.search(lines[below]) or \
                re.fullmatch(rf"\s*(?:{_SPACED_ID}|{_CLAIM_ID})\s*", lines[below]):
            continue
        why = _row_denied(None, lines[below])
        claims.append(Claim(line.strip(), [i, below], denied=bool(why), why=why))
    return claims if len(claims) >= 2 else []


def _same_number_once(claims: list[Claim]) -> list[Claim]:
    """One claim per number: a second heading that names a claim again ("Diagnosis on claim 2607: F33.1")
    adds its lines to that claim rather than making a second claim that was not denied."""
    by_number: dict[str, Claim] = {}
    for c in claims:
        key = re.sub(r"[\s-]", "", c.number).upper()
        first = by_number.setdefault(key, c)
        if first is not c:
            first.lines.extend(c.lines)
            if c.denied and not first.denied:
                first.denied, first.why = True, c.why
    return list(by_number.values())


# a note a row points to by its key ("Note A: Denied. CO-15: ..."), keyed rows being denied
_DENIAL_NOTE = re.compile(r"^\s*(?:note|remark|message|nota)\s+(?P<key>[A-Z0-9]{1,3})\s*[:.\-]\s*"
                          r"(?:this (?:claim|service) (?:was|is) )?"
                          r"(?:denied|not covered|not approved|not payable|rejected|negad[oa]|denegad[oa])",
                          re.IGNORECASE | re.MULTILINE)


def _claim_token(cell: str) -> str:
    """The claim number a claim column's cell starts with: the whole cell when it is one number written in groups
    ("CR 2607 4418 0021"), its first word when that is a number, else a grouped number OCR ran together with the
    next cells ("2610 7734 0012 10/08/2026 90867 ...")."""
    if re.fullmatch(_SPACED_ID, cell):
        return cell
    first = (cell.split() or [""])[0]
    if re.fullmatch(_CLAIM_ID, first):
        return first
    grouped = re.match(rf"{_SPACED_ID}(?=\s|$)", cell)
    return grouped.group(0) if grouped else first


def other_claims(lines: list[str]) -> list[Claim]:
    """Every claim of the tables with a claim column, even a table of one ("Also processed this period (for your
    records)" under the notice's own claim): for telling other claims from the notice's."""
    return _table_claims(lines, least=1)


def _table_claims(lines: list[str], least: int = 2) -> list[Claim]:
    noted = {m.group("key").upper() for m in _DENIAL_NOTE.finditer("\n".join(lines))}
    # every table with a claim column counts, the claims of each added to the others': a table a page break cut
    # prints its header again over the rest of its rows (the denied claim's too)
    found: dict[str, Claim] = {}
    for hi, header in enumerate(lines):
        segs = _segments(header)
        # (four columns or more; three when one is the claim's status: a portal's list, "Claim  Date  Status")
        if len(segs) < (3 if any(_STATUS_COLUMN.match(s) for _, s in segs) else 4) or \
                not any(_CLAIM_COLUMN.search(s) for _, s in segs) or re.search(r"\d", header):
            continue
        col = next(i for i, (_, s) in enumerate(segs) if _CLAIM_COLUMN.search(s))
        claims: dict[str, Claim] = {}
        blank = 0
        for ri in range(hi + 1, min(hi + 60, len(lines))):
            row = lines[ri]
            if not row.strip():
                blank += 1
                if claims and blank > 1:
                    break
                continue
            # (a scan's speck or mark before the row, "*  26-1009-33962", is no cell, nor a sidebar's words that end
            # before the table's first column starts: "Plan" or "Meridian Crest Silver 2500" beside a claim's row)
            cells = [c for c in _segments(Claim("", left=segs[0][0]).row(row)) if re.search(r"\w", c[1])]
            if not cells:
                continue
            cell = cells[col][1] if len(cells) > col else ""
            token = _claim_token(cell)
            if not re.fullmatch(f"{_CLAIM_ID}|{_SPACED_ID}", token) or not _has_service(row):
                if claims and _row_of_last_claim(segs, col, cells, row):
                    # a row under the claim above with no number of its own: its next service, or its diagnosis
                    above = list(claims.values())[-1]
                    above.lines.append(ri)
                    if _has_service(row) and (why := _row_denied(segs, row)):
                        above.denied, above.why = True, why
                    blank = 0
                    continue
                # the rest of the row above's cells, wrapped under their columns ("network)    Dx F33.1"; a
                # "Patient / Member ID" cell's ID under the name, before the next row)
                if claims and _wrapped_cells(segs, cells, lines[ri + 1:ri + 3]):
                    list(claims.values())[-1].lines.append(ri)
                    blank = 0
                    continue
                # a paragraph after the table ends it; a cell's wrapped words (under a column, indented, or ending
                # before the next column starts: "Harbor Counseling LLC (out of" under "Claim / Provider") do not
                within = col + 1 < len(segs) and cells[0][0] + len(cells[0][1]) < segs[col + 1][0]
                if claims and (len(cells) < 2 and cells[0][0] <= segs[col][0] + 2 and not within or blank):
                    break
                blank = 0
                continue
            blank = 0
            token += _wrapped_rest(lines, ri, cells[col][0] if len(cells) > col else 0)
            claim = claims.setdefault(token, found.setdefault(token, Claim(token, left=segs[0][0])))
            if ri in claim.lines:
                continue  # read already, under the header printed above it
            claim.lines.append(ri)
            why = _row_denied(segs, row)
            last = cells[-1][1].strip().upper() if len(cells) > 2 else ""
            if not why and last in noted:
                why = f"note {last}"
            if why:
                claim.denied, claim.why = True, why
    return list(found.values()) if len(found) >= least else []


def _wrapped_cells(header: list[tuple[int, str]], cells: list[tuple[int, str]], after: list[str]) -> bool:
    """A line of short cells, each under a column of the header (within its heading's width): words of the row
    above wrapped in their cells, not a sentence or a total. A line of one such cell is one only when a row of the
    table follows it (`after`: the lines below), since a line after a table may be one short cell too."""
    more_rows = any(_has_service(line) and len(_segments(line)) >= 2 for line in after)
    return (len(cells) >= 2 or more_rows and not re.search(r"[.:;]$", cells[0][1])) and all(
        len(text) <= 30 and not re.search(r"\btotal", text, re.IGNORECASE) and
        any(h - 3 <= start <= h + len(head) + 3 for h, head in header) for start, text in cells)


def _row_of_last_claim(header: list[tuple[int, str]], col: int, cells: list[tuple[int, str]], row: str) -> bool:
    """A row of a claim table that belongs to the claim above it: cells lined up under the header's columns
    and a service (a date, a code, an amount; two or more cells starting where a heading starts), or a note of the
    claim under its number ("Dx F33.2"), but no total and no sentence."""
    starts = {start for start, _ in header}
    # (a cell that opens with the row's date is that date run together with the service's words, as a photo's OCR
    # prints it: "10/16/2026 Estimulación magnética transcraneal," under "Fecha")
    if not cells or any(len(text) > 40 and not re.match(r"\d{1,2}/\d{1,2}/\d{2,4}[ \t]", text) for _, text in cells):
        return False
    # the claim's diagnosis on a line of its own, under the claim column or another ("Dx F41.1" under "Patient")
    if re.match(r"(?:dx|diag\w*)\b", cells[0][1], re.IGNORECASE) and any(abs(cells[0][0] - h) <= 3 for h in starts):
        return True
    if len(cells) < 2 or re.match(r"\s*(?:totals?|subtotal|claim total|total de)\b", row, re.IGNORECASE):
        return False
    # (a heading counts once a cell starts under it or runs across its start: a date and a service run together)
    return _has_service(row) and sum(any(abs(start - h) <= 3 or start < h < start + len(text) for start, text in cells)
                                     for h in starts) >= 2


def _column_read_apart(lines: list[str]) -> list[Claim]:
    """A claim table whose claim column OCR read apart from the other columns (a photographed EOB): a "Claim"
    heading over a list of claim numbers, and further on a table with as many service rows; paired in order."""
    noted = {m.group("key").upper() for m in _DENIAL_NOTE.finditer("\n".join(lines))}
    for hi, heading in enumerate(lines):
        if not re.fullmatch(r"\s*claim(?:\s*(?:#|no\.?|number|id))?\s*:?\s*", heading, re.IGNORECASE):
            continue
        numbers: list[tuple[int, str]] = []
        for ri in range(hi + 1, min(hi + 30, len(lines))):
            cell = lines[ri].strip()
            if not cell and not numbers:
                continue
            if not re.fullmatch(f"{_SPACED_ID}|{_CLAIM_ID}", cell):
                break
            numbers.append((ri, cell))
        if len(numbers) < 2:
            continue
        after = numbers[-1][0] + 1
        for ti in range(after, min(after + 15, len(lines))):
            header = _segments(lines[ti])
            if len(header) < 3 or re.search(r"\d", lines[ti]):
                continue
            rows = [ri for ri in range(ti + 1, min(ti + 1 + 3 * len(numbers), len(lines)))
                    if _has_service(lines[ri])]
            if len(rows) != len(numbers) or any(b - a > 2 for a, b in zip(rows, rows[1:])):
                continue
            claims = []
            for (ni, number), ri in zip(numbers, rows):
                claim = Claim(number, [ni, ri])
                why = _row_denied(header, lines[ri])
                last = _segments(lines[ri])[-1][1].strip().upper()
                if not why and last in noted:
                    why = f"note {last}"
                claim.denied, claim.why = bool(why), why
                claims.append(claim)
            return claims
    return []


def _wrapped_rest(lines: list[str], ri: int, start: int) -> str:
    """The end of a claim number its cell wrapped onto the next line ("26-305-00994" over "1")."""
    if ri + 1 >= len(lines):
        return ""
    below = _segments(lines[ri + 1])
    if below and abs(below[0][0] - start) <= 1 and re.fullmatch(r"[0-9A-Z]{1,3}", below[0][1]):
        return below[0][1]
    return ""


def _table_heading(line: str) -> bool:
    """Whether `line` heads a table of service lines: three cells or more, no figures, a date or code column and one
    saying what the plan did (paid, status, adjustment)."""
    return len(_segments(line)) >= 3 and not re.search(r"\d", line) and bool(_LINE_KEY_COLUMN.search(line)) and \
        bool(_LINE_OUTCOME_COLUMN.search(line))


def _block_claims(lines: list[str]) -> list[Claim]:
    headings = []
    for i, line in enumerate(lines):
        m = _BLOCK_HEADING.search(line)
        # a heading names the claim and something else (a provider, a patient), not a sentence about it
        # (a full stop right after the number ends the heading, not a sentence: "Lakeview Clinic. Claim number
        # 12-26300-448-120.")
        # (nor does one before the claim's one service told in the same line: "Claim number 26-297-11520-03.
        # Lakeside Psychiatry, Oct 2, 2026: office visit (99214), Medicare approved.")
        if m and len(line.split()) >= 3 and len(line.strip()) < 160 and \
                (not re.search(r"[.;]\s*$", line.strip()) or re.fullmatch(r"\.\s*", line[m.end():]) or
                 _STATUS_SENTENCE.match(line[m.end():]) or
                 re.match(r"\.[ \t]+\S", line[m.end():]) and _ONE_LINE_CLAIM.search(line[m.end():])):
            headings.append((i, m.group("id")))
    # the column headings of the whole statement, over its first claim ("Claim / provider / service   Date
    # Approved?"), serve every block that has none of its own
    above = lines[headings[0][0] - 1] if headings and headings[0][0] > 0 else ""
    if headings and headings[0][0] > 1 and len(_segments(above)) == 1 and len(above.split()) <= 2 and \
            not re.search(r"\d", above):
        # (a heading's word OCR put on a line of its own under the row of headings: "Code  Approved?  ..." over
        # "Service")
        above = lines[headings[0][0] - 2]
    shared = _segments(above) if len(_segments(above)) >= 3 and not _has_service(above) else None
    claims = []
    for k, (start, number) in enumerate(headings):
        end = headings[k + 1][0] if k + 1 < len(headings) else len(lines)
        claim = Claim(number, [start])
        # "Claim X - Patient: ... - Status: DENIED", or the status alone as the heading's last cell ("Claim
        # 22-26284-771-340 Pinecrest Counseling DENIED")
        if status := _STATUS_DENIED.search(lines[start]) or _HEADING_ENDS_DENIED.search(lines[start]):
            claim.denied, claim.why = True, status.group(0)
        elif (status := _HEADING_STATUS.search(lines[start]) or
              _STATUS_SENTENCE.match(lines[start][lines[start].find(number) + len(number):])) and status.group("why"):
            claim.denied, claim.why = True, status.group(0).strip(" .")
        header: list[tuple[int, str]] | None = shared
        blank = 0
        for i in range(start + 1, end):
            line = lines[i]
            if not line.strip():
                blank += 1
                if blank >= 2 and len(claim.lines) > 1:
                    break
                continue
            if not header and _table_heading(line) and not any(_has_service(lines[r]) and len(_segments(lines[r])) >= 3
                                                                for r in claim.lines[1:]):
                # the block's column headings under its detail lines ("Provider: ... Received 10/29/2026",
                # "Diagnosis: F33.2"), maybe after a blank line: the lines before them are no service rows
                header, blank = _segments(line), 0
                claim.details, claim.lines = claim.lines[1:], [start]
                continue
            if blank and len(claim.lines) > 1 and not _has_service(line):
                break  # a paragraph after the rows: notes, appeal rights
            if len(_segments(line)) < 2 and len(line.strip()) > 50 and \
                    any(len(_segments(lines[r])) >= 3 for r in claim.lines[1:]):
                # the same with no blank line before it, under a table's rows ("CO-119: the benefit maximum ... has
                # been reached."); a claim told in sentences keeps them
                break
            blank = 0
            if not _has_service(line) and len(_segments(line)) >= 3 and len(claim.lines) == 1:
                # the column headings of this block
                header = _merge_header(header if header is not shared and header else [], line)
                continue
            if _has_service(line):
                claim.lines.append(i)
                why = _row_denied(header, line)
                if why:
                    claim.denied, claim.why = True, why
            elif status := _STATUS_DENIED.search(line):
                claim.denied, claim.why = True, status.group(0)
            elif _DIAGNOSIS_LINE.match(line):
                claim.lines.append(i)  # the block's "Diagnosis: F41.1" under its rows: this claim's
        if len(claim.lines) > 1:
            claims.append(claim)
        elif _ONE_LINE_CLAIM.search(lines[start].replace(number, " ")):
            # a claim of one service told on its heading's own line ("Claim 9D2603981 Hollow Creek Pain Center
            # 08/14/2026 99204 PAID $212.00"), before the next claim's heading
            why = _row_denied(None, lines[start])
            claim.denied, claim.why = claim.denied or bool(why), claim.why or why
            claims.append(claim)
    return claims


# a heading's own service: a date and a code or an amount
# (the date maybe with its month's name: "Oct 2, 2026: office visit (99214)")
_ONE_LINE_CLAIM = re.compile(r"(?:\d{1,2}/\d{1,2}/\d{2,4}|\b[A-Z][a-z]{2,8}\.?[ \t]\d{1,2},[ \t]\d{4})"
                             r".*?(?:\$\s?\d|\b\d{5}\b|\b[A-Z]\d{4}\b)")


# a service table's headings: a date or code column, and a column saying what the plan did with each line (what it
# paid, a status, a decision, an adjustment or remark)
_LINE_KEY_COLUMN = re.compile(r"\b(?:dates?|DOS|service|code|cpt|hcpcs|fechas?|servicio|c[oó]digo)\b", re.IGNORECASE)
# (an appeal decision's table of lines says what the appeal did to each: "Result", "Outcome", "Resultado")
_LINE_OUTCOME_COLUMN = re.compile(r"\b(?:paid|pagado|pago|status|estado|decision|decisi[oó]n|adjustment|ajuste|"
                                  r"remark|reason|motivo|approved|aprobad[oa]|result|outcome|resultado)\b",
                                  re.IGNORECASE)
# a status cell that says the plan paid or allowed the line ("Paid, referral R-2609-55019", "Pagada")
_PAID_STATUS = re.compile(r"^(?:paid|approved|allowed|pagad[oa]|aprobad[oa]|autorizad[oa])\b", re.IGNORECASE)
_ANY_AMOUNT = re.compile(r"\$?\s?(\d[\d,]*\.\d\d|\d{1,3}(?:\.\d{3})*,\d\d(?![\d,]))\b")


def _amount(printed: str) -> float:
    """The value of an amount as printed, with a decimal point ("1,188.00") or a decimal comma ("1.188,00")."""
    if re.search(r",\d\d$", printed):
        return float(printed.replace(".", "").replace(",", "."))
    return float(printed.replace(",", ""))


# the headings of a table's columns of money ("Billed", "Allowed", "Plan paid", "You owe")
_MONEY_COLUMN = re.compile(r"\b(?:billed|charged?s?|allowed|paid|owe|amount|cost|pagado|facturado|cobrado|permitido|"
                           r"debe|monto|cantidad|deductible|deducible|copay|coinsurance|coseguro|copago)\b",
                           re.IGNORECASE)


def _row_paid(header: list[tuple[int, str]], row: str) -> str:
    """Why this service row was paid or allowed ("" when nothing says so): an amount above zero under the plan's
    paid column, nothing paid because the member's share took it (only PR adjustments: "$0.00  PR-1"), or a status
    cell that says paid or approved."""
    if _DENIED_WORDS.search(row):
        return ""
    cells = _cells_by_header(header, row)
    paid = [c for h, c in cells.items() if _PAID_COLUMN.search(h) and not _NOT_PLAN_PAID.search(h)]
    amounts = [_amount(m.group(1)) for c in paid for m in _ANY_AMOUNT.finditer(c)]
    if not amounts:
        # the row's amounts by order, where its cells do not stand under their headings (a photo's OCR): as many
        # amounts as the header has columns of money, the plan's paid one among them
        money = [h for _, h in header if _MONEY_COLUMN.search(h)]
        printed = [m.group(1) for m in _ANY_AMOUNT.finditer(row)]
        if len(money) >= 3 and len(printed) == len(money):
            amounts = [_amount(a) for h, a in zip(money, printed) if _PAID_COLUMN.search(h) and
                       not _NOT_PLAN_PAID.search(h)]
    if any(a > 0 for a in amounts):
        return f"paid {next(a for a in amounts if a > 0):.2f}"
    codes = [(m.group(1).upper(), m.group(2)) for m in _CARC.finditer(row)]
    # (a line paid nothing because it was bundled into another, CO-97 alone, is no member's share: the add-on
    # code's line denied beside the session paid)
    if amounts and codes and all(g == "PR" or n in _ROUTINE_CARCS for g, n in codes) and \
            not all(g != "PR" and n == _BUNDLED for g, n in codes):
        return "the member's share"
    for h, c in cells.items():
        if _LINE_OUTCOME_COLUMN.search(h) and _PAID_STATUS.match(c.strip(" |")):
            return c.strip(" |")
    # the row's last words, after its codes and amounts, say it was paid, where its cells cannot be told by the
    # headings (a remark "PR-3 (copay) PAID"; OCR's single spaces: "06/24/2025 90837 F31.81 Paid on an earlier
    # claim"), and no denial's adjustment code stands on it
    last = _ROW_ENDS_PAID.search(row)
    if last and not any(g in ("CO", "OA", "PI") and n not in _ROUTINE_CARCS for g, n in codes):
        return last.group(0).strip()
    return ""


# a paid status among the last words of a row, nothing but words after it
_ROW_ENDS_PAID = re.compile(r"(?<=[\d)])[ \t]+(?:\([^()\n]{1,20}\)[ \t]+)?(?<!not )(?<!no )"
                            r"(?:paid|pagad[oa]|approved|aprobad[oa])\b[^\d\n$]*$", re.IGNORECASE)


# a note that names the table's denied lines by their numbers: "lines 4 and 5 are sessions 31 and 32 and are not
# payable", "Line 3 was denied", "las líneas 2 y 3 no se pagan"
_NAMED_LINES = re.compile(r"\b(?:lines?|l[ií]neas?)\s+"
                          r"(?P<numbers>\d{1,2}(?:\s*(?:,|and|y|&|-|through|to|a)\s*\d{1,2})*)"
                          r"\b[^.;]{0,80}?\b(?:(?:is|are|was|were) (?:not (?:payable|paid|covered|allowed)|denied)|"
                          r"not payable|no (?:se )?(?:pagan?|pagables?|cubiert[oa]s?)|(?:fue|fueron) (?:negad|denegad|"
                          r"rechazad)[oa]s?)", re.IGNORECASE)
_ROW_NUMBER = re.compile(r"[ \t]*(\d{1,2})[.)]?[ \t]")


def _lines_named_denied(lines: list[str]) -> set[int]:
    """The numbers of the lines a note names as denied (see _NAMED_LINES), a range's too ("lines 4-6")."""
    named: set[int] = set()
    for m in _NAMED_LINES.finditer(" ".join(lines)):
        named.update(int(n) for n in re.findall(r"\d{1,2}", m.group("numbers")))
        for a, b in re.findall(r"(\d{1,2})\s*(?:-|through|to|a)\s*(\d{1,2})", m.group("numbers")):
            named.update(range(int(a), int(b) + 1))
    return named


_HEADER_NUMBER = re.compile(r"\d(?:\S*\d)|(?<!\S)\d[^\s\w]|[^\s\w]\d(?!\S)|\w\d|\d\w")


def unpaid_and_paid_lines(lines: list[str]) -> tuple[list[int], list[int]]:
    """The service rows of a notice's table of lines (one claim's services, each a row) that the plan did not pay and
    those it paid: the infusion lines denied beside an office visit paid. ([], []) unless the same table holds a
    paid row and a denied one; the rows neither paid nor denied by what they say (a cell OCR garbled) count with the
    unpaid. A value printed only on paid rows (their dates, codes, diagnoses and adjustment codes) is no fact of the
    denial."""
    unpaid: list[int] = []
    paid: list[int] = []
    named = _lines_named_denied(lines)
    hi = 0
    while hi < len(lines):
        header = _segments(lines[hi])
        # (a header holds no number, but a photo's speck may stand in it as a lone digit: "DATE   7 Cope   SERVICE")
        if len(header) < 3 or _HEADER_NUMBER.search(lines[hi]) or not _LINE_KEY_COLUMN.search(lines[hi]) or \
                not _LINE_OUTCOME_COLUMN.search(lines[hi]):
            hi += 1
            continue
        rows_unpaid: list[int] = []
        rows_paid: list[int] = []
        any_denied = False
        blank = 0
        ri = hi + 1
        while ri < min(hi + 40, len(lines)):
            row = lines[ri]
            if not row.strip():
                blank += 1
                if blank > 1:
                    break
                ri += 1
                continue
            if not _has_service(row):
                if ri == hi + 1 and len(_segments(row)) >= 2:
                    header = _merge_header(header, row)  # headings over two lines ("Service" over "date")
                elif blank or len(_segments(row)) < 2 and len(row.strip()) > 50:
                    break  # a paragraph after the rows
                ri += 1
                continue
            if blank and len(_segments(row)) < 3:
                break
            blank = 0
            number = _ROW_NUMBER.match(row)
            if named and number:  # the table's lines by number, the note naming the denied ones
                if int(number.group(1)) in named:
                    rows_unpaid.append(ri)
                    any_denied = True
                else:
                    rows_paid.append(ri)
            elif _row_paid(header, row):
                rows_paid.append(ri)
            else:
                rows_unpaid.append(ri)
                any_denied = any_denied or bool(_row_denied(header, row))
            ri += 1
        if any_denied and rows_paid:
            unpaid += rows_unpaid
            paid += rows_paid
        hi = max(ri, hi + 1)
    return unpaid, paid
