"""Records a patient keeps, turned into exhibits: the insurance call log and the expense ledger.

Patient guides tell people to keep a log of every call to the insurer (date, who, reference number, what was
said) and a ledger of what the treatment cost (date, item, amount, paid, reimbursed). When case.yaml has them,
`build` adds each as an exhibit, after the files from the evidence folders:

    call_log:                       # -> exhibit "Insurance call log"
      - date: March 4, 2026         # required
        who: Rita, member services  # required: the person and department spoken to
        reference: REF-2231         # optional: the call reference number they gave
        summary: Said the claim ... # required: what was said or promised
    expenses:                       # -> exhibit "Expense ledger"
      - date: 2026-02-02            # required
        item: Ketamine infusion 1   # required
        amount: 650                 # required: what was charged ($1,234.50 or 1234.5)
        paid: "$650.00"             # optional (0): what the patient paid
        reimbursed: 0               # optional (0): what the plan paid back

Each becomes a Word document built with python-docx (a real table with a totals row) and is converted to PDF in
the same LibreOffice run as the letter. The table code here is shared with the superbill (superbill.py).
Problems in the entries are all reported at once, each naming its entry (`expenses item 3 (March 5, 2026)`).
"""
from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from appeal_kit.case.folder import Case, is_blank, parse_date
from appeal_kit.errors import CaseError
from appeal_kit.i18n import _, ngettext
from appeal_kit.letter.docxstyles import drop_unused_styles, save_reproducibly
from appeal_kit.money import CENT, money, parse_money  # noqa: F401 - also used from here by superbill and tests

CALL_LOG_TITLE = "Insurance call log"
EXPENSES_TITLE = "Expense ledger"
FOOTER_NOTE_KEY = "footer_note"  # optional case key: a line printed at the foot of every generated record

# ---------------------------------------------------------------------------------------------- dates

def short_date(iso: str) -> str:
    """"2026-03-04" -> "03/04/2026", the way US billing forms write dates."""
    y, m, d = iso.split("-")
    return f"{m}/{d}/{y}"


def _entry_name(kind: str, i: int, item: Any) -> str:
    """`expenses item 3 (March 5, 2026)`: how problems point at an entry."""
    label = f"{kind} item {i + 1}"
    if isinstance(item, dict) and item.get("date") not in (None, ""):
        label += f" ({item['date']})"
    return label



def _entries(case: Case, key: str, shape: str) -> list[Any]:
    value = case.data.get(key)
    if value is None or value == []:
        return []
    if not isinstance(value, list):
        raise CaseError(_("{file}: `{key}` should be a list of entries, each starting with `- date: ...` "
                          "({shape}).").format(file=case.folder / "case.yaml", key=key, shape=shape))
    return value


# ---------------------------------------------------------------------------------------------- Word tables

@dataclass
class Column:
    header: str
    width: float  # inches
    right: bool = False  # right-aligned (amounts)


def new_document(title: str, subtitle_lines: Sequence[str] = (), *, footer: str | None = None,
                 margins: float = 1.0):
    """A US Letter python-docx Document with a heading and a few identification lines.

    The footer sits 0.7 in from the edge, clear of the Bates stamp the packet puts in the bottom band.
    """
    from docx import Document
    from docx.shared import Inches, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
        setattr(section, side, Inches(margins))
    section.footer_distance = Inches(0.7)
    normal = doc.styles["Normal"]
    normal.font.name = "Liberation Sans"
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(4)
    doc.add_heading(title, level=1)
    for line in subtitle_lines:
        doc.add_paragraph(line)
    if footer:
        para = section.footer.paragraphs[0]
        para.text = footer
        para.runs[0].bold = True
        para.runs[0].font.size = Pt(8)
    doc.core_properties.title = title
    return doc


def add_table(doc, columns: Sequence[Column], rows: Iterable[Sequence[str]], *,
              totals: Sequence[str] | None = None, font_size: float = 9):
    """Append a grid table: bold header row (repeated on every page), the rows, and a bold totals row."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches, Pt

    table = doc.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER

    def fill(row, values: Sequence[str], bold: bool = False) -> None:
        for cell, col, text in zip(row.cells, columns, values):
            para = cell.paragraphs[0]
            para.paragraph_format.space_after = Pt(0)
            lines = str(text).split("\n")
            for n, line in enumerate(lines):
                run = para.add_run(line)
                run.bold = bold
                run.font.size = Pt(font_size)
                if n < len(lines) - 1:
                    run.add_break()
            if col.right:
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    header = table.rows[0]
    fill(header, [c.header for c in columns], bold=True)
    tr_pr = header._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")  # repeat the header row on each page
    repeat.set(qn("w:val"), "true")
    tr_pr.append(repeat)
    for cell in header.cells:  # a light shade marks the header
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), "E8ECF2")
        cell._tc.get_or_add_tcPr().append(shading)
    for values in rows:
        fill(table.add_row(), values)
    if totals is not None:
        fill(table.add_row(), totals, bold=True)
    # LibreOffice sizes columns from the table grid, Word from the cells: set both.
    table.autofit = False
    for column, col in zip(table.columns, columns):
        column.width = Inches(col.width)
        for cell in column.cells:
            cell.width = Inches(col.width)
    return table


def _identification(case: Case) -> list[str]:
    p = case.get
    line = f"Patient: {p('patient.name')}"
    if p("patient.date_of_birth"):
        from appeal_kit.letter.wording import longdate

        line += f"    Date of birth: {longdate(p('patient.date_of_birth'))}"
    line += f"    Member ID: {p('patient.member_id')}"
    return [line, f"Insurer: {p('insurer.name')}    Claim: {p('claim.number')}"]


def _footer(case: Case) -> str | None:
    note = case.data.get(FOOTER_NOTE_KEY)
    return str(note).strip() if not is_blank(note) else None


# ---------------------------------------------------------------------------------------------- call log

@dataclass
class Call:
    date: str  # ISO
    who: str
    reference: str
    summary: str
    answers: dict[str, str] = field(default_factory=dict)  # question id (coverage_questions.yaml) -> answer

    def said(self) -> str:
        """What was said: the answers, each after its question's short name, then the summary."""
        from appeal_kit.coverage.care import question_labels

        labels = question_labels()
        parts = [f"{labels.get(qid, qid)}: {answer}" for qid, answer in self.answers.items()]
        return "\n".join([*parts, *([self.summary] if self.summary else [])])


CALL_KEYS = ("date", "who", "reference", "summary", "answers")


def parse_call_log(case: Case) -> list[Call]:
    """The case's `call_log`, checked (every problem at once) and sorted by date."""
    from appeal_kit.coverage.care import question_ids

    shape = "date, who, reference, summary, answers"
    calls, problems = [], []
    known = question_ids()
    for i, item in enumerate(_entries(case, "call_log", shape)):
        where = _entry_name("call_log", i, item)
        if not isinstance(item, dict):
            problems.append(_("{where}: should be a group of fields ({shape})").format(where=where, shape=shape))
            continue
        unknown = sorted(set(item) - set(CALL_KEYS))
        if unknown:
            problems.append(ngettext("{where}: unknown field {fields} (a call has: {shape})",
                                     "{where}: unknown fields {fields} (a call has: {shape})", len(unknown)).format(
                where=where, fields=", ".join(unknown), shape=shape))
        answers = item.get("answers") or {}
        if not isinstance(answers, dict):
            problems.append(_("{where}: answers should be a group of `question: answer` lines").format(where=where))
            answers = {}
        for qid in answers:
            if str(qid) not in known:
                close = difflib.get_close_matches(str(qid), known, n=1)
                problems.append(_("{where}: answers: {answer} is not a question of the call script").format(
                    where=where, answer=repr(qid)) + (_("; did you mean {key}?").format(key=close[0]) if close
                                                      else f" ({', '.join(known)})"))
        answers = {str(k): " ".join(str(v).split()) for k, v in answers.items() if not is_blank(v)}
        missing = [k for k in ("date", "who") if is_blank(item.get(k))]
        if is_blank(item.get("summary")) and not answers:
            missing.append("summary")
        if missing:
            problems.append(_("{where}: needs {fields}").format(where=where, fields=", ".join(missing)))
        day = ""
        if not is_blank(item.get("date")):
            try:
                day = parse_date(item["date"], what=f"{where}: date")
            except CaseError as exc:
                problems.append(exc.message)
        if not missing and day:
            calls.append(Call(day, str(item["who"]).strip(), str(item.get("reference") or "").strip(),
                              str(item.get("summary") or "").strip(), answers))
    if problems:
        raise CaseError(_("{file}: call_log needs fixing:").format(file=case.folder / "case.yaml") + "\n  - "
                        + "\n  - ".join(problems))
    return sorted(calls, key=lambda c: c.date)


def call_log_docx(case: Case, out: Path) -> Path | None:
    """Write the call log exhibit to `out` (DOCX); None when the case has no call_log."""
    from appeal_kit.letter.wording import longdate

    calls = parse_call_log(case)
    if not calls:
        return None
    doc = new_document(CALL_LOG_TITLE, _identification(case), footer=_footer(case))
    doc.add_paragraph("Every call about this claim, as noted at the time of the call.")
    columns = [Column("Date", 1.0), Column("Spoke with", 1.35), Column("Reference no.", 1.1),
               Column("What was said", 3.05)]
    with_ref = sum(1 for c in calls if c.reference)
    first, last = longdate(calls[0].date), longdate(calls[-1].date)
    span = first if first == last else f"{first} to {last}"
    add_table(doc, columns, ([short_date(c.date), c.who, c.reference or "none given", c.said()] for c in calls),
              totals=[f"{len(calls)} call{'s' if len(calls) != 1 else ''}", span,
                      f"{with_ref} with reference", ""])
    return _save(doc, out)


# ---------------------------------------------------------------------------------------------- expenses

@dataclass
class Expense:
    date: str  # ISO
    item: str
    amount: Decimal
    paid: Decimal
    reimbursed: Decimal

    @property
    def outstanding(self) -> Decimal:
        """What the plan has not paid back: amount less reimbursed."""
        return self.amount - self.reimbursed


@dataclass
class ExpenseTotals:
    amount: Decimal
    paid: Decimal
    reimbursed: Decimal

    @property
    def outstanding(self) -> Decimal:
        return self.amount - self.reimbursed

    @property
    def unreimbursed_paid(self) -> Decimal:
        """Out of the patient's own pocket and not yet paid back."""
        return self.paid - self.reimbursed

    @property
    def still_owed(self) -> Decimal:
        """Charged but not yet paid by anyone."""
        return self.amount - self.paid


def parse_expenses(case: Case) -> list[Expense]:
    """The case's `expenses`, checked (every problem at once) and sorted by date."""
    shape = "date, item, amount, paid, reimbursed"
    out, problems = [], []
    for i, entry in enumerate(_entries(case, "expenses", shape)):
        where = _entry_name("expenses", i, entry)
        if not isinstance(entry, dict):
            problems.append(_("{where}: should be a group of fields ({shape})").format(where=where, shape=shape))
            continue
        unknown = sorted(set(entry) - {"date", "item", "amount", "paid", "reimbursed"})
        if unknown:
            problems.append(ngettext("{where}: unknown field {fields} (an expense has: {shape})",
                                     "{where}: unknown fields {fields} (an expense has: {shape})",
                                     len(unknown)).format(where=where, fields=", ".join(unknown), shape=shape))
        missing = [k for k in ("date", "item", "amount") if is_blank(entry.get(k))]
        if missing:
            problems.append(_("{where}: needs {fields}").format(where=where, fields=", ".join(missing)))
        day, amounts, ok = "", {}, not missing
        if not is_blank(entry.get("date")):
            try:
                day = parse_date(entry["date"], what=f"{where}: date")
            except CaseError as exc:
                problems.append(exc.message)
                ok = False
        for key in ("amount", "paid", "reimbursed"):
            if is_blank(entry.get(key)):
                amounts[key] = Decimal("0.00")
                continue
            try:
                amounts[key] = parse_money(entry[key], what=f"{where}: {key}")
            except CaseError as exc:
                problems.append(exc.message)
                ok = False
                continue
            if amounts[key] < 0:
                problems.append(_("{where}: {key} {amount} is negative; write refunds as `reimbursed`").format(
                    where=where, key=key, amount=money(amounts[key])))
                ok = False
        if ok and day:
            out.append(Expense(day, str(entry["item"]).strip(), amounts["amount"], amounts["paid"],
                               amounts["reimbursed"]))
    if problems:
        raise CaseError(_("{file}: expenses needs fixing:").format(file=case.folder / "case.yaml") + "\n  - "
                        + "\n  - ".join(problems))
    return sorted(out, key=lambda e: e.date)


def expense_totals(expenses: Iterable[Expense]) -> ExpenseTotals:
    items = list(expenses)
    zero = Decimal("0.00")
    return ExpenseTotals(sum((e.amount for e in items), zero), sum((e.paid for e in items), zero),
                         sum((e.reimbursed for e in items), zero))


def expense_ledger_docx(case: Case, out: Path) -> Path | None:
    """Write the expense ledger exhibit to `out` (DOCX); None when the case has no expenses."""
    expenses = parse_expenses(case)
    if not expenses:
        return None
    t = expense_totals(expenses)
    doc = new_document(EXPENSES_TITLE, _identification(case), footer=_footer(case))
    doc.add_paragraph("Costs of the treatment, what the patient paid and what the plan has paid back.")
    columns = [Column("Date", 0.85), Column("Item", 1.8), Column("Amount", 0.95, True),
               Column("Paid", 0.9, True), Column("Reimbursed", 1.0, True), Column("Outstanding", 1.0, True)]
    add_table(doc, columns,
              ([short_date(e.date), e.item, money(e.amount), money(e.paid), money(e.reimbursed),
                money(e.outstanding)] for e in expenses),
              totals=["Total", f"{len(expenses)} item{'s' if len(expenses) != 1 else ''}", money(t.amount),
                      money(t.paid), money(t.reimbursed), money(t.outstanding)])
    doc.add_paragraph()
    doc.add_paragraph(f"Outstanding is the amount less what the plan reimbursed: {money(t.outstanding)} in all. "
                      f"Of the amounts charged, the patient has paid {money(t.paid)}, of which "
                      f"{money(t.unreimbursed_paid)} has not been reimbursed; {money(t.still_owed)} has not yet "
                      "been paid to the providers.")
    return _save(doc, out)


# ---------------------------------------------------------------------------------------------- the build's hook

def _save(doc, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    drop_unused_styles(doc)  # LibreOffice converts it: half its work was python-docx's unused styles
    save_reproducibly(doc, out)
    return out


# (case key, exhibit title, writer): the order they follow the folder exhibits in.
RECORD_KINDS = (("call_log", CALL_LOG_TITLE, call_log_docx), ("expenses", EXPENSES_TITLE, expense_ledger_docx))


def record_titles(case: Case) -> list[str]:
    """Titles of the exhibits `generated_exhibits` will add, without writing anything."""
    return [title for key, title, _ in RECORD_KINDS if case.data.get(key) not in (None, [])]


def generated_exhibits(case: Case, workdir: Path) -> list[tuple[Path, str]]:
    """Write a DOCX for each record the case has into workdir; return (path, exhibit title) in packet order.

    All records are checked before anything is written, so one CaseError lists every problem.
    """
    problems = []
    for parse in (parse_call_log, parse_expenses):
        try:
            parse(case)
        except CaseError as exc:
            problems.append(exc.message)
    if problems:
        raise CaseError("\n".join(problems))
    out = []
    for key, title, write in RECORD_KINDS:
        path = write(case, Path(workdir) / f"record-{key.replace('_', '-')}.docx")
        if path is not None:
            out.append((path, title))
    return out
