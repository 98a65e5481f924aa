"""`appeal-kit ledger CASE`: the expense ledger (case.yaml `expenses`) summed by tax year, exported as CSV, and a
short checklist of other avenues to ask about (letter_templates/other_avenues.yaml).

An expense counts in the year of its date: record the day you paid (IRS Publication 502 counts medical expenses in
the year they were paid). Each year gives what was charged, what you paid, what the plan reimbursed, your net cost
(paid less reimbursed) and what is still owed (charged less paid): the record a medical-expense deduction or an
HSA/FSA claim asks for. appeal-kit gives no financial or tax advice; the checklist says whom to ask.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from appeal_kit.bundled import bundled_dir, read_yaml_mapping
from appeal_kit.case.folder import Case, load_case_data
from appeal_kit.cases.caseload import spreadsheet_safe
from appeal_kit.errors import CaseError, OutputError, WouldOverwriteError
from appeal_kit.files import atomic_write
from appeal_kit.i18n import N_, _
from appeal_kit.letter.records import Expense, ExpenseTotals, expense_totals, parse_expenses
from appeal_kit.money import money

AVENUES_FILE = "other_avenues.yaml"
CSV_COLUMNS = ("date", "tax_year", "item", "charged", "paid", "reimbursed", "net_cost", "still_owed")


@dataclass
class Year:
    year: int
    entries: list[Expense]
    totals: ExpenseTotals

    @property
    def net_cost(self) -> Decimal:
        """What you paid and the plan has not paid back."""
        return self.totals.unreimbursed_paid


def expenses(folder: Path) -> list[Expense]:
    """The case's expenses, checked, without needing the appeal's own fields (a ledger starts before any denial)."""
    return parse_expenses(Case(folder=Path(folder), data=load_case_data(folder)))


def by_year(entries: list[Expense]) -> list[Year]:
    years: dict[int, list[Expense]] = {}
    for e in entries:
        years.setdefault(int(e.date[:4]), []).append(e)
    return [Year(y, items, expense_totals(items)) for y, items in sorted(years.items())]


def table(years: list[Year]) -> str:
    """The yearly totals as a plain table, with a row for all years when there are several."""
    head = ("year", "entries", "charged", "you paid", "reimbursed", "net cost", "still owed")
    rows = [(str(y.year), str(len(y.entries)), money(y.totals.amount), money(y.totals.paid),
             money(y.totals.reimbursed), money(y.net_cost), money(y.totals.still_owed)) for y in years]
    if len(years) > 1:
        t = expense_totals([e for y in years for e in y.entries])
        rows.append(("all", str(sum(len(y.entries) for y in years)), money(t.amount), money(t.paid),
                     money(t.reimbursed), money(t.unreimbursed_paid), money(t.still_owed)))
    widths = [max(len(r[i]) for r in (head, *rows)) for i in range(len(head))]
    line = lambda r: "  ".join(c.ljust(w) if i < 1 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))  # noqa: E731
    return "\n".join(line(r) for r in (head, *rows)) + "\n"


def csv_text(entries: list[Expense], year: int | None = None) -> str:
    """One row per expense (of `year`, or all), amounts as plain numbers for a spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for e in entries:
        if year is not None and int(e.date[:4]) != year:
            continue
        writer.writerow([e.date, e.date[:4], spreadsheet_safe(e.item), f"{e.amount:.2f}", f"{e.paid:.2f}",
                         f"{e.reimbursed:.2f}", f"{e.paid - e.reimbursed:.2f}", f"{e.amount - e.paid:.2f}"])
    return out.getvalue()


def write_csv(target: Path, text: str, *, force: bool = False) -> Path:
    """Write the CSV in one rename; an existing file (perhaps edited in a spreadsheet) only with `force`."""
    target = Path(target)
    if target.name == "case.yaml":
        raise OutputError(_("{file}: is the case file; choose another name for the CSV.").format(file=target))
    if target.exists() and not force:
        raise WouldOverwriteError(_("{file}: already exists (you may have edited it); appeal-kit will not replace "
                                    "it. Choose another name, or add --force.").format(file=target))
    if not target.parent.is_dir():
        raise OutputError(_("{folder}: folder does not exist. Create it or choose another --csv path.").format(
            folder=target.parent))
    return atomic_write(target, lambda fh: fh.write(text.encode("utf-8")), what=N_("expense CSV"))


def avenues(lang: str = "en") -> list[str]:
    table_ = read_yaml_mapping(bundled_dir() / AVENUES_FILE, "a mapping with `avenues`")
    return [" ".join(str(a.get(lang) or a["en"]).split()) for a in table_["avenues"]]


def ledger(folder: Path, year: int | None = None) -> tuple[list[Expense], list[Year]]:
    entries = expenses(folder)
    years = by_year(entries)
    if year is not None:
        years = [y for y in years if y.year == year]
        if not years:
            raise CaseError(_("{file}: no expenses dated in {year} (years with expenses: {years})").format(
                file=Path(folder) / "case.yaml", year=year,
                years=", ".join(str(y.year) for y in by_year(entries)) or _("none")))
    return entries, years
