"""Superbill, call log and expense ledger: real DOCX and LibreOffice PDFs, checked with python-docx and pdftotext;
and the two sample cases that use them build."""
from __future__ import annotations

import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import ROOT, page_texts, run_cli, write_case

from appeal_kit.case.folder import Case
from appeal_kit.errors import CaseError
from appeal_kit.letter.records import money, parse_call_log, parse_expenses, parse_money
from appeal_kit.letter.superbill import npi_check_digit, npi_problem

SAMPLES = ROOT / "evidence_samples"

PROVIDER = """
provider:
  name: Miriam Okafor
  credentials: MD
  license: Oregon MD 123456
  npi: "1234567893"
  tax_id: 93-1234567
  address: |-
    1450 Willamette Street, Suite 300
    Eugene, OR 97401
  phone: (541) 555-0100
"""

SERVICE_LINES = """
service_lines:
  - date: 2026-02-02
    place_of_service: 11
    code: "96365"
    diagnosis_pointers: [A]
    charge: 450
    paid: 450
  - date: February 2, 2026
    place_of_service: 11
    code: J3490
    units: 2
    description: Ketamine HCl, NDC 0409-2051-05, 40 mg
    diagnosis_pointers: [1, 2]
    charge: "$1,234.50"
    paid: "$100.25"
  - date: 02/04/2026
    place_of_service: "10"
    code: 99214-25
    modifiers: [95]
    diagnosis_pointers: B
    charge: 200
"""

RECORDS = """
call_log:
  - date: March 4, 2026
    who: Rita, member services
    reference: REF-2231
    summary: Said the claim was denied & to appeal in writing.
  - date: 2026-03-01
    who: Clinic billing office
    summary: Confirmed the claim was sent on time.
expenses:
  - date: 2026-02-02
    item: Ketamine infusion 1
    amount: 650
    paid: "$650.00"
  - date: Feb 9, 2026
    item: Ketamine infusion 2
    amount: "$1,234.50"
    paid: 600.25
    reimbursed: 100
  - date: 2026-02-16
    item: Parking
    amount: "12"
"""


def superbill_case(folder: Path, extra: str = PROVIDER + SERVICE_LINES) -> Path:
    write_case(folder, name="Dana Whitfield", extra=extra)
    case_file = folder / "case.yaml"
    text = case_file.read_text(encoding="utf-8")
    text = text.replace("  member_id: XJ 4471-002\n", "  member_id: XJ 4471-002\n  address: 12 Elm St, Eugene, OR 97401\n")
    text = text.replace("  diagnosis_codes: [F33.2]\n", "  diagnosis_codes: [F33.2, F41.1]\n")
    case_file.write_text(text, encoding="utf-8")
    return folder


def flat(text: str) -> str:
    return " ".join(text.split())


def case_of(data: dict, folder: Path = Path("/nowhere")) -> Case:
    return Case(folder=folder, data=data)


# ---------------------------------------------------------------------------------------------- money, NPI

@pytest.mark.parametrize("value, expected", [
    (1234.5, "1234.50"), (650, "650.00"), ("$1,234.50", "1234.50"), ("1234.5", "1234.50"), ("$ 12", "12.00"),
    ("-$12.00", "-12.00"), (".5", "0.50"), (Decimal("3.456"), "3.46"),
])
def test_parse_money_accepts_numbers_and_dollar_strings(value, expected):
    assert parse_money(value, what="x") == Decimal(expected)


@pytest.mark.parametrize("value", ["abc", "$", "1,23.00", "12.345", "", None, True, "$12 dollars"])
def test_parse_money_rejects_what_is_not_money(value):
    with pytest.raises(CaseError, match="not an amount of money"):
        parse_money(value, what="expenses item 2")


def test_money_format():
    assert money(Decimal("1234.5")) == "$1,234.50"
    assert money(Decimal("-12")) == "-$12.00"
    assert money(Decimal("0")) == "$0.00"


def test_npi_luhn_check_with_80840_prefix():
    # 1234567893 is the worked example in the CMS NPI check-digit paper.
    assert npi_check_digit("123456789") == 3
    assert npi_problem("1234567893") is None
    wrong = npi_problem("1234567890")
    assert "Luhn" in wrong and "80840" in wrong and "would be 3" in wrong
    assert "10-digit" in npi_problem("12345")


# ---------------------------------------------------------------------------------------------- record parsing

def test_bad_amounts_and_dates_are_all_named_with_their_entry():
    data = {"expenses": [
        {"date": "2026-02-02", "item": "Infusion", "amount": "lots"},
        {"date": "March 5, 2026", "item": "Drug", "amount": 10, "paid": "$1,2"},
        {"date": "not a day", "item": "Parking", "amount": 5},
        {"item": "Travel", "amount": -3},
    ]}
    with pytest.raises(CaseError) as err:
        parse_expenses(case_of(data))
    msg = err.value.message
    assert "expenses item 1 (2026-02-02): amount: 'lots' is not an amount of money" in msg
    assert "expenses item 2 (March 5, 2026): paid: '$1,2' is not an amount of money" in msg
    assert "expenses item 3 (not a day): date" in msg
    assert "expenses item 4: needs date" in msg
    assert "negative" in msg


def test_call_log_needs_date_who_summary_and_sorts_by_date():
    with pytest.raises(CaseError) as err:
        parse_call_log(case_of({"call_log": [{"date": "2026-03-01"}, {"who": "x", "summary": "y", "note": 1}]}))
    msg = err.value.message
    assert "call_log item 1 (2026-03-01): needs who, summary" in msg
    assert "call_log item 2: unknown field note" in msg and "call_log item 2: needs date" in msg
    calls = parse_call_log(case_of({"call_log": [
        {"date": "March 4, 2026", "who": "A", "summary": "later"},
        {"date": "2026-03-01", "who": "B", "summary": "earlier", "reference": 12}]}))
    assert [c.summary for c in calls] == ["earlier", "later"]
    assert calls[0].reference == "12" and calls[1].reference == ""


def test_records_must_be_lists():
    with pytest.raises(CaseError, match="`expenses` should be a list"):
        parse_expenses(case_of({"expenses": "lots"}))


# ---------------------------------------------------------------------------------------------- superbill

@pytest.fixture(scope="module")
def superbill(tmp_path_factory):
    folder = superbill_case(tmp_path_factory.mktemp("superbill") / "case")
    result = run_cli("superbill", str(folder))
    assert result.returncode == 0, result.stderr
    return folder, result


def test_superbill_docx_has_real_tables_with_codes_pointers_and_totals(superbill):
    from docx import Document

    folder, result = superbill
    assert "3 service lines, charges $1,884.50, paid $550.25, balance $1,334.25" in result.stdout
    doc = Document(folder / "superbill.docx")
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in doc.tables]
    provider_patient, diagnoses, services, totals = tables
    assert "NPI: 1234567893" in provider_patient[1][0] and "Tax ID (EIN): 93-1234567" in provider_patient[1][0]
    assert "License: Oregon MD 123456" in provider_patient[1][0]
    assert "Member ID: XJ 4471-002" in provider_patient[1][1] and "April 12, 1980" in provider_patient[1][1]
    assert diagnoses[1][:2] == ["A", "F33.2"] and diagnoses[2][:2] == ["B", "F41.1"]
    assert services[0][0] == "Date of service"
    # Sorted by date; modifiers from the code ("99214-25") and the list; numeric pointers become letters.
    assert services[1][:4] == ["02/02/2026", "11 Office", "96365", ""]
    assert services[2][2] == "J3490" and services[2][5] == "A, B" and services[2][6] == "2"
    assert services[2][4] == "Ketamine HCl, NDC 0409-2051-05, 40 mg"
    assert services[3][:4] == ["02/04/2026", "10 Telehealth, at home", "99214", "25 95"] and services[3][5] == "B"
    assert services[4][0] == "Total" and services[4][-2:] == ["$1,884.50", "$550.25"]
    assert totals[1] == ["$1,884.50", "$550.25", "$1,334.25"]
    assert any("Provider signature" in p.text for p in doc.paragraphs)


def test_superbill_pdf_says_the_same(superbill):
    folder, _ = superbill
    text = flat("\n".join(page_texts(folder / "superbill.pdf", layout=True)))
    for expected in ("Superbill", "NPI: 1234567893", "Tax ID (EIN): 93-1234567", "F33.2", "F41.1", "96365",
                     "J3490", "99214", "25 95", "A, B", "$1,234.50", "$100.25",
                     "Total charges Amount paid Balance due $1,884.50 $550.25 $1,334.25", "Provider signature"):
        assert expected in text, expected
    assert "IV infusion for therapy" in text  # our own short wording (codes.py), not a CPT descriptor


@pytest.mark.libreoffice
def test_superbill_refuses_to_overwrite_then_force(superbill, tmp_path):
    folder, _ = superbill
    before = (folder / "superbill.pdf").read_bytes()
    again = run_cli("superbill", str(folder))
    assert again.returncode == 8
    assert "superbill.docx" in again.stderr and "--force" in again.stderr
    assert (folder / "superbill.pdf").read_bytes() == before
    forced = run_cli("superbill", str(folder), "--force")
    assert forced.returncode == 0, forced.stderr


@pytest.mark.libreoffice
def test_superbill_add_exhibit_goes_into_the_next_build(tmp_path):
    folder = superbill_case(tmp_path / "case")
    made = run_cli("superbill", str(folder), "--add-exhibit")
    assert made.returncode == 0, made.stderr
    assert (folder / "other" / "superbill.pdf").is_file()
    assert run_cli("superbill", str(folder), "--add-exhibit").returncode == 8  # other/superbill.pdf exists too
    built = run_cli("build", str(folder))
    assert built.returncode == 0, built.stderr
    assert re.search(r"Ex\. A\s+pages \d+-\d+\s+Superbill", built.stdout)
    text = flat("\n".join(page_texts(folder / "packet.pdf")))
    assert "Exhibit A, page 1 of 1" in text and "$1,334.25" in text


@pytest.mark.libreoffice
def test_superbill_with_listed_exhibits_says_how_to_include_it(tmp_path):
    folder = superbill_case(tmp_path / "case", PROVIDER + SERVICE_LINES + "exhibits:\n  - file: other/superbill.pdf\n")
    made = run_cli("superbill", str(folder), "--add-exhibit")
    assert made.returncode == 0, made.stderr  # the exhibit it is about to create does not stop it
    assert "Note:" in made.stdout and "other/superbill.pdf" in made.stdout


@pytest.mark.libreoffice
def test_superbill_wrong_npi_is_reported(tmp_path):
    folder = superbill_case(tmp_path / "case", PROVIDER.replace("1234567893", "1234567890") + SERVICE_LINES)
    result = run_cli("superbill", str(folder))
    assert result.returncode == 3
    assert "provider.npi: 1234567890 fails the NPI check-digit test (Luhn check with the 80840 prefix)" in \
        flat(result.stderr)
    assert not (folder / "superbill.pdf").exists()


@pytest.mark.libreoffice
def test_superbill_lists_every_missing_field(tmp_path):
    extra = """
provider:
  name: Miriam Okafor
  npi: "1234567893"
service_lines:
  - date: 2026-02-02
    code: "96365"
    diagnosis_pointers: [C]
  - place_of_service: 11
    code: "9636"
    charge: ten dollars
"""
    folder = superbill_case(tmp_path / "case", extra)
    result = run_cli("superbill", str(folder))
    assert result.returncode == 3
    err = result.stderr
    for expected in ("provider.credentials", "provider.license", "provider.tax_id",
                     "provider.address", "provider.phone", "service_lines item 1 (2026-02-02): place_of_service",
                     "service_lines item 1 (2026-02-02): charge", "service_lines item 2: date",
                     "service_lines item 2: diagnosis_pointers", "diagnosis pointer C points past",
                     "'9636' is not a CPT or HCPCS code", "'ten dollars' is not an amount of money"):
        assert expected in err, expected
    assert not (folder / "superbill.docx").exists()


@pytest.mark.libreoffice
def test_superbill_provider_falls_back_to_the_clinic_profile(tmp_path):
    clinic = pytest.importorskip("appeal_kit.letter.clinic")
    assert hasattr(clinic, "load_clinic")
    folder = superbill_case(tmp_path / "case", SERVICE_LINES)
    (folder / "clinic.yaml").write_text("""\
# Fictional clinic for a test.
name: Cascade Ridge Behavioral Health
address: |-
  1450 Willamette Street, Suite 300
  Eugene, OR 97401
phone: (541) 555-0100
tax_id: 93-1234567
providers:
  - name: Miriam Okafor, MD
    credentials: Board-certified psychiatrist
    npi: "1234567893"
    license: Oregon MD 123456
""", encoding="utf-8")
    result = run_cli("superbill", str(folder), env={"XDG_CONFIG_HOME": str(tmp_path / "config")})
    assert result.returncode == 0, result.stderr
    assert "clinic.yaml" in result.stdout
    text = flat("\n".join(page_texts(folder / "superbill.pdf")))
    assert "Miriam Okafor, MD, Board-certified psychiatrist" in text and "NPI: 1234567893" in text
    assert "Tax ID (EIN): 93-1234567" in text


# ---------------------------------------------------------------------------------------------- records in a build

@pytest.fixture(scope="module")
def records_packet(tmp_path_factory):
    folder = write_case(tmp_path_factory.mktemp("records") / "case", extra=RECORDS)
    shutil.copy(ROOT / "tests" / "resources" / "pdfs" / "rotated.pdf", folder / "denial" / "notice.pdf")
    result = run_cli("build", str(folder))
    assert result.returncode == 0, result.stderr
    return folder / "packet.pdf", result.stdout


def test_records_become_exhibits_after_the_folder_exhibits(records_packet):
    packet, stdout = records_packet
    labels = re.findall(r"Ex\. (\w+)\s+pages \d+-\d+\s+(.+)", stdout)
    assert labels == [("A", "Notice"), ("B", "Insurance call log"), ("C", "Expense ledger")]
    texts = page_texts(packet)
    letter = flat(" ".join(texts[:texts.index(next(t for t in texts if "Exhibit Index" in t))]))
    assert "Exhibit B: Insurance call log" in letter and "Exhibit C: Expense ledger" in letter  # the letter lists them


def test_call_log_exhibit_contents(records_packet):
    packet, _ = records_packet
    texts = page_texts(packet, layout=True)
    page = next(t for t in texts if "Every call about this claim" in t)
    assert "Exhibit B, page 1 of 1" in page
    lines = [flat(line) for line in page.splitlines()]
    first = next(i for i, line in enumerate(lines) if line.startswith("03/01/2026"))
    assert "Clinic billing office none given Confirmed the claim was sent on time." in lines[first]
    assert any(line.startswith("03/04/2026 Rita, member") and "REF-2231" in line for line in lines)
    # The totals row, read column by column (pdftotext's reading order keeps a table cell's lines together).
    columns = flat(next(t for t in page_texts(packet) if "Every call about this claim" in t))
    assert "03/01/2026 03/04/2026 2 calls" in columns
    assert "Clinic billing office Rita, member services March 1, 2026 to March 4, 2026" in columns
    assert "none given REF-2231" in columns and "1 with reference" in columns


def test_expense_ledger_totals(records_packet):
    packet, _ = records_packet
    texts = page_texts(packet, layout=True)
    page = next(t for t in texts if "Costs of the treatment" in t)
    assert "Exhibit C, page 1 of 1" in page
    lines = [flat(line) for line in page.splitlines()]
    assert "02/09/2026 Ketamine infusion 2 $1,234.50 $600.25 $100.00 $1,134.50" in lines
    assert "02/16/2026 Parking $12.00 $0.00 $0.00 $12.00" in lines
    # amount 650 + 1,234.50 + 12; paid 650 + 600.25; reimbursed 100; outstanding = amount - reimbursed
    assert "Total 3 items $1,896.50 $1,250.25 $100.00 $1,796.50" in lines
    text = flat(page)
    assert "patient has paid $1,250.25, of which $1,150.25 has not been reimbursed; $646.25 has not yet been paid" \
        in text


@pytest.mark.libreoffice
def test_bad_expense_stops_the_build_naming_the_entry(tmp_path):
    folder = write_case(tmp_path / "case", extra=RECORDS.replace('amount: "12"', "amount: twelve"))
    result = run_cli("build", str(folder))
    assert result.returncode == 3
    assert "expenses item 3 (2026-02-16): amount: 'twelve' is not an amount of money" in result.stderr
    assert not (folder / "packet.pdf").exists()


# ---------------------------------------------------------------------------------------------- sample cases

@pytest.mark.parametrize("name, exhibits, needles", [
    ("spravato-step-therapy",
     ["Prior authorization denial", "Pharmacy fill history", "Psychiatric progress notes",
      "Antidepressant and augmentation trial history", "Popova et al."],
     ["J0013", "FERREIRA-000001", "FICTIONAL SAMPLE"]),
    ("out-of-network-gap",
     ["Explanation of benefits", "Psychiatrist's referral", "Plan provider directory search results",
      "Superbill, Clearwater Ketamine Clinic", "Insurance call log", "Expense ledger"],
     ["PR-242", "CASTELLANOS-000001", "FICTIONAL SAMPLE", "Total charges Amount paid Balance due",
      "$3,715.00 $2,585.00 $1,130.00", "Total 8 items $3,732.64 $2,602.64 $0.00 $3,732.64", "4 calls"]),
])
@pytest.mark.libreoffice
def test_sample_case_builds(name, exhibits, needles, tmp_path):
    before = {p: p.stat().st_mtime_ns for p in (SAMPLES / name).rglob("*")}
    out = tmp_path / f"{name}.pdf"
    result = run_cli("build", str(SAMPLES / name), "-o", str(out))
    assert result.returncode == 0, result.stderr
    titles = [t for _, t in re.findall(r"Ex\. (\w+)\s+pages \d+-\d+\s+(.+)", result.stdout)]
    assert len(titles) == len(exhibits)
    for title, start in zip(titles, exhibits):
        assert title.startswith(start), (title, start)
    text = flat("\n".join(page_texts(out, layout=True)))
    for needle in needles:
        assert needle in text, needle
    assert {p: p.stat().st_mtime_ns for p in (SAMPLES / name).rglob("*")} == before  # build changes nothing


def test_sample_cases_say_they_are_fictional():
    for name in ("spravato-step-therapy", "out-of-network-gap"):
        folder = SAMPLES / name
        assert "FICTIONAL SAMPLE" in (folder / "case.yaml").read_text(encoding="utf-8")
        for pdf in folder.rglob("*.pdf"):
            assert all("FICTIONAL SAMPLE" in t for t in page_texts(pdf)), pdf
        for docx in folder.rglob("*.docx"):
            from docx import Document

            assert "FICTIONAL SAMPLE" in Document(docx).sections[0].footer.paragraphs[0].text, docx
