"""`appeal-kit services CASE FILE.csv`: service lines from a practice-management export into case.yaml.

Practice-management systems export charges as CSV with their own column names. The columns are recognised by
their header (case, spaces and punctuation ignored): the date of service, the CPT/HCPCS code, and the charge are
needed; units, modifiers, place of service, amount paid, description and diagnosis pointers are read when present;
other columns (patient names, account numbers) are left out, so nothing more of the export goes into the case.
The lines become case.yaml's `service_lines` (what the superbill itemises), and `claim.service_dates` and
`claim.procedure_codes` are filled when empty. Existing service lines are kept unless `force`.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from appeal_kit.case.folder import load_case_data, parse_date, update_case_file
from appeal_kit.errors import CaseError, InputFileError, WouldOverwriteError

# service_lines key -> header names seen in exports (normalised: lower case, letters and digits only)
COLUMNS = {
    "date": ("date", "dos", "dateofservice", "servicedate", "fromdate", "datefrom", "svcdate"),
    "code": ("code", "cpt", "cptcode", "hcpcs", "cpthcpcs", "procedure", "procedurecode", "proccode"),
    "charge": ("charge", "charges", "amount", "billed", "billedamount", "fee", "chargeamount", "totalcharge"),
    "units": ("units", "unit", "qty", "quantity"),
    "modifiers": ("modifier", "modifiers", "mod", "mods"),
    "place_of_service": ("pos", "placeofservice"),
    "paid": ("paid", "payment", "payments", "amountpaid", "patientpaid", "paidamount"),
    "description": ("description", "desc", "servicedescription"),
    "diagnosis_pointers": ("dxpointer", "dxpointers", "diagnosispointer", "diagnosispointers", "pointer"),
}
NEEDED = ("date", "code", "charge")


@dataclass
class Imported:
    case_file: Path
    lines: list[dict]
    filled: list[str]  # claim fields filled because they were empty
    ignored: list[str]  # export columns left out


def _key(header: str) -> str:
    return re.sub(r"[^a-z0-9]", "", header.lower())


def read_lines(csv_file: Path) -> tuple[list[dict], list[str]]:
    """(service lines, the export's columns that were left out). Raises InputFileError naming the file and row."""
    try:
        text = Path(csv_file).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputFileError(f"{csv_file}: cannot be read as a UTF-8 CSV file ({exc}); export it again as CSV "
                             "(UTF-8).") from None
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(text.splitlines(), dialect))
    if not rows:
        raise InputFileError(f"{csv_file}: the file is empty")
    header = rows[0]
    where = {}
    for i, name in enumerate(header):
        for key, names in COLUMNS.items():
            if _key(name) in names and key not in where:
                where[key] = i
    missing = [k for k in NEEDED if k not in where]
    if missing:
        raise InputFileError(f"{csv_file}: no column for {', '.join(missing)} (the header has: "
                             f"{', '.join(header)}). Rename the columns to date, code and charge.")
    ignored = [name for i, name in enumerate(header) if i not in where.values()]
    lines = []
    for n, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        cell = lambda key, row=row: row[where[key]].strip() if key in where and where[key] < len(row) else ""  # noqa: E731
        line: dict = {"date": parse_date(cell("date"), what=f"{Path(csv_file).name} row {n}, date"),
                      "code": cell("code").upper()}
        if not re.fullmatch(r"[0-9A-Z]\d{3}[0-9A-Z]", line["code"].split("-")[0]):
            raise InputFileError(f"{csv_file} row {n}: {cell('code')!r} is not a CPT or HCPCS code")
        for key in ("place_of_service", "description"):
            if cell(key):
                line[key] = cell(key)
        if cell("units"):
            line["units"] = int(float(cell("units"))) if re.fullmatch(r"\d+(\.0+)?", cell("units")) else cell("units")
        if cell("modifiers"):
            line["modifiers"] = [m for m in re.split(r"[\s,;:]+", cell("modifiers")) if m]
        if cell("diagnosis_pointers"):
            line["diagnosis_pointers"] = [p for p in re.split(r"[\s,;:]+", cell("diagnosis_pointers")) if p]
        line["charge"] = cell("charge")
        if cell("paid"):
            line["paid"] = cell("paid")
        lines.append(line)
    if not lines:
        raise InputFileError(f"{csv_file}: no service lines under the header")
    return lines, ignored


def import_lines(folder: Path, csv_file: Path, *, force: bool = False) -> Imported:
    folder = Path(folder)
    data = load_case_data(folder)
    if data.get("service_lines") and not force:
        raise WouldOverwriteError(f"{folder / 'case.yaml'} already has service_lines; appeal-kit will not replace "
                                  "them. Add --force to replace them with the export's.")
    lines, ignored = read_lines(csv_file)
    claim = data.get("claim") or {}
    if not isinstance(claim, dict):
        raise CaseError(f"{folder / 'case.yaml'}: claim should be a group of fields")
    values: dict = {"service_lines": lines}
    filled = []
    if not claim.get("service_dates"):
        values["claim.service_dates"] = sorted({line["date"] for line in lines})
        filled.append("claim.service_dates")
    if not claim.get("procedure_codes"):
        values["claim.procedure_codes"] = list(dict.fromkeys(line["code"] for line in lines))
        filled.append("claim.procedure_codes")
    update = update_case_file(folder, values, force=True)
    return Imported(update.case_file, lines, filled, ignored)
