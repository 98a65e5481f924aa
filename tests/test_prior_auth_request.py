"""A prior-authorization request before any denial (case.yaml `request: prior_authorization`): the plan's clock for
deciding it per plan type, what `check` says it still needs, the letter saying only what the case holds, the call
log leading to it, `deadline` and `cases` showing when the plan must answer, the packet built with LibreOffice, and
the same case becoming the appeal once intake reads the denial. Every person and plan here is fictional."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from conftest import page_texts, rendered_text, run_cli

from appeal_kit.case.folder import Case, is_request, load_case, load_case_data
from appeal_kit.checks import check_before_denial, check_case
from appeal_kit.errors import CaseError
from appeal_kit.intake import deadlines
from appeal_kit.rules import Citations

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "evidence_samples" / "ketamine-trd"
TODAY = date(2026, 12, 2)


def request_case(folder: Path, *, plan_type: str = "employer_erisa", extra: str = "") -> Path:
    """A fictional request case: the sample's clinical notes, no denial, the clinic's codes for six infusions."""
    folder.mkdir(parents=True)
    for sub in ("denial", "other", "literature"):
        (folder / sub).mkdir()
    shutil.copytree(SAMPLE / "clinical", folder / "clinical")
    shutil.copy(SAMPLE / "literature" / "murrough-2013-summary.pdf", folder / "literature")
    (folder / "case.yaml").write_text(f"""\
# Fictional test case: no real person.
request: prior_authorization
patient:
  name: Dana Whitfield
  date_of_birth: April 17, 1986
  member_id: NWH-48213-0077
insurer:
  name: Northwind Health Plan
  fax: (503) 555-0190
claim:
  diagnosis_codes: [F33.2]
  plan_type: {plan_type}
treatment:
  name: IV ketamine infusions
  plan: six infusions of ketamine 0.5 mg/kg over 40 minutes, twice weekly, with PHQ-9 measured before each
planned_care:
  kind: ketamine_iv
  sessions: 6
  start: 2027-01-11
  ndc: 12345-678-90
  codes: ["96365", J3490]
author:
  name: Dr. Lena Ortiz
  role: Treating psychiatrist
  phone: (541) 555-0199
clinical:
  severity: PHQ-9 of 22 on November 25, 2026 (severe).
  severity_date: 2026-11-25
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2023-02-06
      end: 2023-07-24
      outcome: Partial response, then relapse
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2024-01-08
      end: 2024-08-19
      outcome: No response after 12 weeks
bates_prefix: WHITFIELD
{extra}""", encoding="utf-8")
    return folder


# ---------------------------------------------------------------------------------------------- the clock

@pytest.mark.parametrize("plan, part_b_drug, standard, urgent, cited", [
    ("employer_erisa", True, (15, 0), (0, 72), "29 CFR 2560.503-1(f)(2)(iii)(A)"),
    ("individual_aca", False, (15, 0), (0, 72), "45 CFR 147.136(b)(3)"),
    ("governmental", False, (15, 0), (0, 72), "45 CFR 147.136(b)(2)(i)"),
    ("church", False, (15, 0), (0, 72), "26 CFR 54.9815-2719(b)(2)(i)"),
    ("medicare_advantage", False, (7, 0), (0, 72), "42 CFR 422.568(b)(1)"),  # TMS: no drug
    ("medicare_advantage", True, (0, 72), (0, 24), "42 CFR 422.568(b)(2)"),  # ketamine or esketamine in the office
    ("medicaid", True, (7, 0), (0, 72), "42 CFR 438.210(d)(1)"),
    ("chip", False, (7, 0), (0, 72), "42 CFR 457.1230(d)"),
    ("medicare_part_d", True, (0, 72), (0, 24), "42 CFR 423.568(b)"),
])
def test_the_plan_types_clock_for_a_request(plan, part_b_drug, standard, urgent, cited):
    clock = deadlines.prior_auth_clock(plan, part_b_drug=part_b_drug, sent=TODAY)
    fast = deadlines.prior_auth_clock(plan, urgent=True, part_b_drug=part_b_drug, sent=TODAY)
    assert clock is not None and fast is not None
    assert (clock.days, clock.hours) == standard and (fast.days, fast.hours) == urgent
    assert Citations(plan).cite(clock.rule_id).startswith(cited)
    assert Citations(plan).cite(fast.rule_id)  # the urgent clock has its rule for this plan type too
    sent = date(2026, 12, 1)
    assert deadlines.clock_due(clock, sent) == sent.replace(day=1 + (standard[0] or 3))


def test_no_clock_is_counted_where_no_rule_sets_one():
    for plan in ("medicare", "fehb", "unknown", None):  # Original Medicare asks none; FEHB: the carrier's brochure
        assert deadlines.prior_auth_clock(plan, sent=TODAY) is None
    # CMS's 7 days hold for requests from 2026 on; an older request is not counted by them
    assert deadlines.prior_auth_clock("medicaid", sent=date(2025, 12, 20)) is None
    assert deadlines.prior_auth_clock("employer_erisa", sent=date(2025, 12, 20)).days == 15


# ---------------------------------------------------------------------------------------------- the case and check

def test_a_request_needs_no_denial_and_check_says_what_it_still_needs(tmp_path):
    folder = request_case(tmp_path / "req", plan_type="fehb")
    case = load_case(folder)  # no claim number, no denial reason: a request has none yet
    assert case.is_request and case.letter_path.name == "request-letter.docx"
    assert case.template == "prior-authorization-request" and "Prior authorization request" in case.header_text
    assert check_before_denial(folder) is None  # checked as the packet it becomes
    report = check_case(folder, today=TODAY)
    fields = {f.field for f in report.findings}
    assert not report.errors
    assert not {"claim.number", "claim.denial_reason", "claim.notice_date", "claim.denial_category",
                "insurer.appeals_address"} & fields  # nothing only an appeal needs
    assert {"prior_auth.requested_on", "payer_criteria"} <= fields
    assert any(f.field == "claim.plan_type" and "knows no rule" in f.message for f in report.findings)
    assert "planned_care.codes" not in fields and "clinical/" not in fields  # the case has both

    bare = request_case(tmp_path / "bare", extra="")
    text = (bare / "case.yaml").read_text(encoding="utf-8")
    (bare / "case.yaml").write_text(text.replace('  codes: ["96365", J3490]\n', "").replace(
        "claim:\n  diagnosis_codes: [F33.2]\n", "claim:\n"), encoding="utf-8")
    shutil.rmtree(bare / "clinical")
    fields = {f.field for f in check_case(bare, today=TODAY).findings}
    assert {"planned_care.codes", "claim.diagnosis_codes", "clinical/"} <= fields


def test_an_unknown_request_kind_is_named(tmp_path):
    folder = request_case(tmp_path / "req")
    case_file = folder / "case.yaml"
    case_file.write_text(case_file.read_text(encoding="utf-8").replace("request: prior_authorization",
                                                                       "request: preauth"), encoding="utf-8")
    with pytest.raises(CaseError, match="request.*'preauth' is not one of: prior_authorization"):
        load_case(folder)


def test_the_call_log_leads_to_the_request(tmp_path):
    folder = request_case(tmp_path / "req")
    case_file = folder / "case.yaml"
    case_file.write_text(case_file.read_text(encoding="utf-8").replace("request: prior_authorization\n", ""),
                         encoding="utf-8")
    said = run_cli("called", str(folder), "--who", "Bo, behavioral health", "--date", "2026-11-20",
                   "--answer", "prior_authorization=yes, for J3490 and 96365; form on the portal")
    assert said.returncode == 0 and "appeal-kit prepare" in said.stdout and "--request" in said.stdout
    before = check_before_denial(folder)
    assert before is not None and any(f.field == "request" for f in before.findings)
    started = run_cli("prepare", str(folder), "--request")
    assert started.returncode == 0, started.stderr
    assert is_request(load_case(folder).data) and check_before_denial(folder) is None
    assert "# Fictional test case" in case_file.read_text(encoding="utf-8")  # the user's comments stay


# ---------------------------------------------------------------------------------------------- the letter

def letter(tmp_path, folder: Path, **changes) -> str:
    from appeal_kit.case.folder import set_path

    case = load_case(folder)
    for dotted, value in changes.items():
        set_path(case.data, dotted, value)
    return rendered_text(tmp_path, Case(case.folder, case.data, case.exhibits, case.bates_prefix),
                         "prior-authorization-request", TODAY)


def test_the_request_letter_says_only_what_the_case_holds(tmp_path):
    folder = request_case(tmp_path / "req")
    text = letter(tmp_path, folder)
    assert "I ask Northwind Health Plan to authorize IV ketamine infusions for my patient Dana Whitfield" in text
    assert "Procedure codes: 96365, J3490" in text and "NDC 12345-678-90" in text
    assert "Please decide this request within 15 days of receiving it (29 CFR 2560.503-1(f)(2)(iii)(A))." in text
    assert "Urgent" not in text and "expedited" not in text
    for appeal_words in ("denial", "denied on", "appeal of", "has not said which criteria"):
        assert appeal_words not in text.replace("If any part is denied", "")
    assert "Reference number" not in text  # none until the plan gives one
    addressed = letter(tmp_path, folder, **{"insurer.appeals_address": "Member Appeals, PO Box 9",
                                            "prior_auth.fax": "(503) 555-0177"})
    assert "Sent by fax to (503) 555-0177" in addressed and "Attn: Utilization Management" in addressed
    assert "Member Appeals" not in addressed and "555-0190" not in addressed  # a denial's appeal routes, not these

    urgent = letter(tmp_path, folder, **{"urgency.reason": "Passive suicidal ideation has returned."})
    assert "Urgent request. Passive suicidal ideation has returned. I ask for an expedited decision, within 72 " \
           "hours of receiving this request (29 CFR 2560.503-1(f)(2)(i))." in urgent
    assert "Please decide this request within 15 days" not in urgent

    drug = letter(tmp_path, folder, **{"claim.plan_type": "medicare_advantage"})
    assert "within 72 hours of receiving it (42 CFR 422.568(b)(2))" in drug
    assert "Please decide this request within" not in letter(tmp_path, folder, **{"claim.plan_type": "fehb"})

    no_codes = letter(tmp_path, folder, **{"planned_care.codes": None, "claim.number": "PA-77"})
    assert "Procedure codes" not in no_codes and "under the codes above" not in no_codes
    assert "Reference number: PA-77" in no_codes


# ---------------------------------------------------------------------------------------------- deadline and cases

def test_deadline_and_cases_show_when_the_plan_must_answer(tmp_path):
    from appeal_kit.cases import caseload

    folder = request_case(tmp_path / "req", plan_type="medicaid", extra="prior_auth:\n  requested_on: 2026-11-30\n")
    shown = run_cli("deadline", str(folder), "--today", "2026-12-02")
    assert shown.returncode == 0, shown.stderr
    assert "42 CFR 438.210(d)(1)" in shown.stdout and "December 7, 2026" in shown.stdout
    (row,) = caseload.caseload([folder], TODAY)
    assert row.stage == "prior authorization request" and row.decision_due == date(2026, 12, 7)
    assert "438.210(d)(1)" in row.next_action and "intake NOTICE" in row.next_action
    (late,) = caseload.caseload([folder], date(2026, 12, 20))
    assert late.flag == "overdue"


def test_sending_the_request_records_the_day_and_when_the_plan_must_decide(tmp_path):
    from pypdf import PdfWriter

    from appeal_kit.cases import caseload

    folder = request_case(tmp_path / "req", plan_type="individual_aca")
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    with (folder / "request-packet.pdf").open("wb") as fh:  # stands for the built packet: `sent` reads its pages
        writer.write(fh)
    done = run_cli("sent", str(folder), "--date", "2026-11-30", "--method", "fax")
    assert done.returncode == 0, done.stderr
    assert "December 15, 2026" in done.stdout and "147.136(b)(3)" in done.stdout
    data = load_case_data(folder)
    (entry,) = data["submissions"]
    assert entry["packet"] == "request-packet.pdf" and entry["stage"] == "prior authorization request"
    assert entry["decision_due"] == "2026-12-15" and str(data["prior_auth"]["requested_on"]) == "2026-11-30"
    refused = run_cli("decided", str(folder), "--outcome", "denied", "--date", "2026-12-01")
    assert refused.returncode != 0 and "appeal-kit intake NOTICE" in refused.stderr  # a denial comes in by intake
    assert run_cli("decided", str(folder), "--outcome", "approved", "--date", "2026-12-01").returncode == 0
    (row,) = caseload.caseload([folder], date(2026, 12, 20))
    assert row.next_action.startswith("none: approved on 2026-12-01") and row.flag != "overdue"


def test_the_summary_for_the_person_who_signs_is_about_the_request(tmp_path):
    from appeal_kit import explain

    folder = request_case(tmp_path / "req", extra="prior_auth:\n  requested_on: 2026-11-30\n  fax: (503) 555-0177\n")
    summary = explain.summarize(load_case(folder), TODAY)
    said = " ".join(line for _heading, lines in summary.sections for line in lines)
    assert summary.title.startswith("Your prior authorization request")
    assert "to approve IV ketamine infusions before the treatment starts" in said
    assert "(503) 555-0177" in said and "Decision due by December 15, 2026" in said
    for appeal_words in ("reverse the denial", "Deadline", "appeals go", "555-0190"):
        assert appeal_words not in said
    assert "Treatment requested" in [f.label for f in summary.facts]


# ---------------------------------------------------------------------------------------------- request -> appeal

NOTICE = """\
Northwind Health Plan - Utilization Management
Notice date: December 1, 2026

Member: Dana Whitfield
Member ID: NWH-48213-0077
Reference number: PA-2026-55107

NOTICE OF DENIAL OF PRIOR AUTHORIZATION (fictional)

Service requested: IV ketamine infusions (CPT 96365, HCPCS J3490)
Diagnosis: F33.2

Reason for denial: The requested service is not medically necessary.

You may appeal this decision within 180 days of receiving this notice.
"""


def test_a_denied_request_becomes_its_appeal_without_retyping(tmp_path):
    folder = request_case(tmp_path / "req", extra="prior_auth:\n  requested_on: 2026-11-20\n")
    (folder / "request-letter.docx").write_bytes(b"the request letter as sent")
    notice = tmp_path / "pa-denial.txt"
    notice.write_text(NOTICE, encoding="utf-8")
    done = run_cli("intake", str(notice), "--case", str(folder))
    assert done.returncode == 0, done.stderr
    assert "this case is now its appeal" in done.stdout + done.stderr
    case_file = folder / "case.yaml"
    data = load_case_data(folder)
    assert not is_request(data)
    assert data["claim"]["number"] == "PA-2026-55107" and data["claim"]["notice_date"] == "2026-12-01"
    # what the request held is the appeal's without retyping: patient, plan, treatment, history, the day it asked
    assert data["patient"]["member_id"] == "NWH-48213-0077" and len(data["clinical"]["history"]) == 2
    assert str(data["prior_auth"]["requested_on"]) == "2026-11-20"
    with pytest.raises(CaseError, match="claim.denial_reason"):  # the plan's words, which the person types
        load_case(folder)
    case_file.write_text(case_file.read_text(encoding="utf-8").replace(
        "claim:\n", "claim:\n  denial_reason: The requested service is not medically necessary.\n"), encoding="utf-8")
    case = load_case(folder)
    assert case.letter_path.name == "letter.docx" and case.template == "medical-necessity"
    assert (folder / "request-letter.docx").read_bytes() == b"the request letter as sent"  # kept as sent
    assert any(e.path.parent.name == "denial" for e in case.exhibits)


# ---------------------------------------------------------------------------------------------- the packet

@pytest.mark.libreoffice
@pytest.mark.parametrize("plan, clock", [
    ("employer_erisa", "within 15 days of receiving it (29 CFR 2560.503-1(f)(2)(iii)(A))"),
    ("medicare_advantage", "within 72 hours of receiving it (42 CFR 422.568(b)(2))"),
])
def test_the_request_packet_is_stamped_indexed_and_bookmarked(tmp_path, plan, clock):
    from pypdf import PdfReader

    folder = request_case(tmp_path / "req", plan_type=plan)
    built = run_cli("build", str(folder))
    assert built.returncode == 0, built.stderr
    packet = folder / "request-packet.pdf"
    assert packet.is_file() and not (folder / "packet.pdf").exists()
    reader = PdfReader(packet)
    pages = page_texts(packet)
    assert len(pages) == len(reader.pages) >= 8  # letter, index, three exhibits each behind its cover sheet
    for n, text in enumerate(pages, 1):
        assert "Prior authorization request" in text and "NWH-48213-0077" in text, n
        assert f"WHITFIELD-{n:06d}" in text, n
    marks = [m.title for m in reader.outline]
    assert marks[:2] == ["Letter of medical necessity", "Exhibit index"]
    assert [m[:10] for m in marks[2:]] == ["Exhibit A:", "Exhibit B:", "Exhibit C:"]
    letter_pages = reader.get_destination_page_number(reader.outline[1])
    letter = " ".join(" ".join(pages[:letter_pages]).split())
    assert "Request for prior authorization" in letter and clock in letter
    index = " ".join(pages[letter_pages].split())
    assert "Prior authorization request for Dana Whitfield" in index and "Letter of medical necessity" in index
    assert "Submitted with the prior authorization request" in " ".join(pages[letter_pages + 1].split())
    assert reader.metadata.title.startswith("Prior authorization request packet")
