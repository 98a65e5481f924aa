"""Before treatment and after it (docs/coverage.md): the call script's codes per kind of care, the call log's
answers, claims per date of service and partial payment, the expense ledger by tax year. Fictional cases only."""
from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal

import pytest
from conftest import run_cli, write_case

from appeal_kit.case.folder import load_case, load_case_data
from appeal_kit.cases import caseload, ledger
from appeal_kit.checks import check_before_denial, check_case
from appeal_kit.coverage import calls, care, claims, eob, script
from appeal_kit.errors import CaseError, WouldOverwriteError
from appeal_kit.intake import deadlines
from appeal_kit.letter import render
from appeal_kit.letter.records import parse_call_log

KETAMINE = """
planned_care:
  kind: ketamine_iv
  sessions: 6
  infusion_minutes: 100
  ndc: 12345-678-90
  dose: 0.5 mg/kg
  clinic: Fictional Ketamine Clinic
"""


def codes_by_role(data: dict, **kw) -> dict[str, tuple[str, ...]]:
    return {line.role: line.codes for line in care.planned_lines(data, **kw)}


# ---------------------------------------------------------------------------------------------- the call script

def test_ketamine_script_carries_infusion_drug_and_visit_codes():
    data = {"treatment": {"name": "IV ketamine infusions"},
            "planned_care": {"infusion_minutes": 100, "ndc": "12345-678-90"}}
    by_role = codes_by_role(data)
    assert by_role["infusion"] == ("96365",)
    assert by_role["infusion_extra_hour"] == ("96366",)
    assert by_role["drug"] == ("J3490",)
    assert by_role["consultation"][0] == "99205" and by_role["monitoring"][0] == "99214"
    drug = next(line for line in care.planned_lines(data) if line.role == "drug")
    assert "12345-678-90" in drug.note


@pytest.mark.parametrize("minutes, hours", [(40, 0), (90, 0), (91, 1), (120, 1), (150, 1), (151, 2)])
def test_further_infusion_hours_count_from_thirty_one_minutes_past_the_hour(minutes, hours):
    assert care.extra_infusion_hours(minutes) == hours


def test_a_short_infusion_has_no_further_hour_and_an_unknown_length_keeps_the_line():
    short = {"planned_care": {"kind": "ketamine_iv", "infusion_minutes": 45}}
    assert "infusion_extra_hour" not in codes_by_role(short)
    assert "infusion_extra_hour" in codes_by_role({"planned_care": {"kind": "ketamine_iv"}})


def test_spravato_script_carries_the_drug_and_observation_codes():
    by_role = codes_by_role({"treatment": {"name": "Spravato (esketamine) nasal spray"}}, today=date(2026, 3, 1))
    assert by_role["drug"] == ("J0013",)
    assert by_role["visit"][0] == "99214" and by_role["observation"] == ("99415",)
    # before J0013 took effect, the drug was S0013
    assert codes_by_role({"planned_care": {"kind": "spravato", "start": "2025-11-03"}})["drug"] == ("S0013",)


def test_spravato_under_medicare_uses_the_g_codes_which_include_the_drug():
    data = {"planned_care": {"kind": "spravato", "dose": "84 mg"}, "claim": {"plan_type": "medicare_advantage"}}
    by_role = codes_by_role(data)
    assert by_role["visit"] == ("G2083",)
    assert "drug" not in by_role and "observation" not in by_role
    data["planned_care"]["dose"] = "56 mg"
    assert codes_by_role(data)["visit"] == ("G2082",)


def test_tms_script_carries_the_session_codes():
    by_role = codes_by_role({"treatment": {"name": "TMS for depression"}})
    assert by_role["first_session"] == ("90867",) and by_role["session"] == ("90868",)
    assert by_role["remapping"] == ("90869",)


def test_the_clinics_own_codes_replace_the_usual_ones():
    lines = care.planned_lines({"planned_care": {"kind": "ketamine_iv", "codes": ["96365", "J3490", "99215"],
                                                 "ndc": "12345-678-90"}})
    assert [line.codes for line in lines] == [("96365",), ("J3490",), ("99215",)]
    with pytest.raises(CaseError, match="planned_care.codes: KETAMINE is not"):
        care.planned_lines({"planned_care": {"kind": "ketamine_iv", "codes": ["96365", "KETAMINE"]}})


def test_every_code_of_every_kind_has_a_description_in_both_languages():
    for kind, spec in care.kinds().items():
        for line in spec["lines"]:
            for code in [*line["codes"], *line.get("medicare", [])]:
                assert care.describe(code, "en") and care.describe(code, "es") != care.describe(code, "en"), code


def test_questions_per_kind():
    ketamine = [q.id for q in care.questions("ketamine_iv")]
    assert {"in_network", "out_of_network_benefits", "allowed_amounts", "prior_authorization",
            "generic_drug_infusion", "related_services", "spravato_instead", "claim_submission"} <= set(ketamine)
    assert "generic_drug_infusion" not in [q.id for q in care.questions("spravato")]
    assert "spravato_benefit" in [q.id for q in care.questions("spravato")]


def test_kind_unknown_or_ndc_malformed_names_the_field():
    with pytest.raises(CaseError, match="planned_care.kind"):
        care.care_kind({"treatment": {"name": "psychotherapy"}})
    with pytest.raises(CaseError, match="planned_care.kind: 'ketamin'"):
        care.care_kind({"planned_care": {"kind": "ketamin"}})
    with pytest.raises(CaseError, match="planned_care.ndc"):
        care.planned_lines({"planned_care": {"kind": "ketamine_iv", "ndc": "123"}})


def test_prepare_prints_and_saves_and_never_replaces_an_edited_script(tmp_path):
    folder = write_case(tmp_path / "case", extra=KETAMINE)
    result = run_cli("prepare", str(folder))
    assert result.returncode == 0, result.stderr
    saved = folder / script.SCRIPT_NAME
    assert saved.read_text(encoding="utf-8").startswith(result.stdout)
    assert not script.edited_by_hand(saved)
    assert run_cli("prepare", str(folder)).returncode == 0  # our own, unedited: replaced
    saved.write_text(saved.read_text(encoding="utf-8").replace("Answer: ____", "Answer: yes, in network"),
                     encoding="utf-8")
    refused = run_cli("prepare", str(folder))
    assert refused.returncode == WouldOverwriteError.exit_code and refused.stderr.startswith("Error: ")
    assert "yes, in network" in saved.read_text(encoding="utf-8")
    assert run_cli("prepare", str(folder), "--force").returncode == 0
    assert "yes, in network" not in saved.read_text(encoding="utf-8")


def test_prepare_in_spanish(tmp_path):
    folder = write_case(tmp_path / "case", extra=KETAMINE)
    result = run_cli("prepare", str(folder), "--lang", "es")
    assert result.returncode == 0, result.stderr
    assert (folder / "call-script-es.txt").is_file() and not (folder / script.SCRIPT_NAME).exists()
    said = " ".join(result.stdout.split())  # the script wraps its lines
    assert all(q.text in said for q in care.questions("ketamine_iv", "es"))
    assert care.describe("96365", "es") in said


def test_prepare_without_a_kind_says_which_field(tmp_path):
    folder = write_case(tmp_path / "case")
    (folder / "case.yaml").write_text((folder / "case.yaml").read_text(encoding="utf-8")
                                      .replace("IV ketamine infusions", "infusions"), encoding="utf-8")
    result = run_cli("prepare", str(folder))
    assert result.returncode == CaseError.exit_code and "Error: planned_care.kind" in result.stderr


# ---------------------------------------------------------------------------------------------- the call log

def test_answers_land_in_the_call_log_and_keep_the_users_comments(tmp_path):
    folder = write_case(tmp_path / "case", extra=KETAMINE + """\
call_log:   # my calls
  - date: March 1, 2026   # the first one
    who: Ann at member services
    summary: Asked for the claims address
""")
    result = run_cli("called", str(folder), "--date", "March 9, 2026", "--who", "Bo (behavioral health)",
                     "--reference", "REF-77", "--answer", "in_network=no", "--answer",
                     "prior_authorization=yes, for J3490 and 96365; form on the portal")
    assert result.returncode == 0, result.stderr
    text = (folder / "case.yaml").read_text(encoding="utf-8")
    assert "# my calls" in text and "# the first one" in text
    data = load_case_data(folder)
    call = data["call_log"][-1]
    assert call["who"] == "Bo (behavioral health)" and call["reference"] == "REF-77"
    assert call["answers"] == {"in_network": "no",
                               "prior_authorization": "yes, for J3490 and 96365; form on the portal"}
    assert calls.answers_by_question(data)["in_network"] == ("2026-03-09", "no")
    left = [q.id for q in calls.unanswered(data)]
    assert "in_network" not in left and "claim_submission" in left
    made = script.make_script(folder, data)
    assert "in_network" not in made.unanswered and made.unanswered == left


def test_check_names_the_questions_still_unanswered(tmp_path):
    folder = write_case(tmp_path / "case", extra=KETAMINE)
    run_cli("called", str(folder), "--who", "Bo", "--answer", "in_network=yes")
    report = check_case(folder)
    finding = next(f for f in report.findings if f.field == "call_log")
    assert "claim_submission" in finding.message and "in_network" not in finding.message
    every = [f"{q.id}=asked" for q in care.questions("ketamine_iv")]
    run_cli("called", str(folder), "--who", "Cy", *[a for pair in every for a in ("--answer", pair)])
    assert not [f for f in check_case(folder).findings if f.field == "call_log"]


def test_an_unknown_question_or_a_call_without_a_name_is_refused(tmp_path):
    folder = write_case(tmp_path / "case", extra=KETAMINE)
    before = (folder / "case.yaml").read_text(encoding="utf-8")
    result = run_cli("called", str(folder), "--who", "Bo", "--answer", "in_netwrok=no")
    assert result.returncode == CaseError.exit_code and "did you mean in_network?" in result.stderr
    assert run_cli("called", str(folder), "--answer", "in_network=no").returncode == CaseError.exit_code
    assert (folder / "case.yaml").read_text(encoding="utf-8") == before


def test_the_interview_asks_only_what_is_unanswered(tmp_path):
    data = {"planned_care": {"kind": "tms"}, "call_log": [{"date": "2026-03-01", "who": "Ann",
                                                           "answers": {"in_network": "yes"}}]}
    asked = []
    w = care.words("en")
    replies = {w["call_date"]: "", w["call_who"]: "Dee", w["call_reference"]: "X9"}

    def ask(question: str, default: str) -> str:
        asked.append(question)
        if question.startswith(care.questions("tms")[-1].text):
            return "Claims PO Box 5, within 180 days"
        return replies.get(question, "")

    entry = calls.interview(data, ask, today=date(2026, 3, 9))
    assert entry == {"date": "2026-03-09", "who": "Dee", "reference": "X9",
                     "answers": {"claim_submission": "Claims PO Box 5, within 180 days"}}
    assert not any(q.startswith(care.questions("tms")[0].text) for q in asked)  # in_network was answered
    spanish = []
    calls.interview(data, lambda q, d: spanish.append(q) or ("Dee" if len(spanish) == 2 else ""),
                    today=date(2026, 3, 9), lang="es")
    assert spanish[0] == care.words("es")["call_date"] and spanish[3].startswith(care.questions("tms", "es")[1].text)


def test_the_call_log_exhibit_names_each_answer(tmp_path):
    folder = write_case(tmp_path / "case", extra="""\
call_log:
  - {date: 2026-03-09, who: Bo, answers: {in_network: "no", related_services: "yes"}}
""")
    call = parse_call_log(load_case(folder))[0]
    labels = care.question_labels()
    assert call.said().splitlines() == [f"{labels['in_network']}: no", f"{labels['related_services']}: yes"]


# ---------------------------------------------------------------------------------------------- after treatment

PARTLY_PAID_EOB = """\
FICTIONAL EOB FOR SOFTWARE TESTING - every name and number is invented
Fictional Health Plan - EXPLANATION OF BENEFITS     Date: May 2, 2026
Member: Nguyen Thi Hang   ID: XJ 4471-002
Claim number: FHP-26-0410-77   Provider: Fictional Ketamine Clinic (out of network)

Service Date   Code    Billed     Allowed   Plan Paid   You Owe   Remark
04/06/2026     99205   $400.00    $250.00   $200.00     $50.00
04/06/2026     96365   $600.00    $300.00   $240.00     $60.00
04/06/2026     J3490   $150.00    $0.00     $0.00       $150.00   CO-96
Totals                 $1,150.00  $550.00   $440.00     $260.00

CO-96: Non-covered charge.
"""

AFTER = """\
service_lines:
  - {date: 2026-04-06, code: "99205", charge: 400}
  - {date: 2026-04-06, code: "96365", charge: 600}
  - {date: 2026-04-06, code: J3490, units: 1, charge: 150}
"""


def after_treatment_case(tmp_path):
    """A fictional case whose claim has not been denied yet: its appeal fields are empty."""
    folder = write_case(tmp_path / "case", extra=AFTER)
    case_file = folder / "case.yaml"
    text = case_file.read_text(encoding="utf-8")
    for line in ("  number: CLM-2026-0099\n", "  notice_date: 03/03/2026\n", "  service_dates: [February 2, 2026]\n",
                 "  procedure_codes: [96365]\n", "  denial_category: medical_necessity\n"):
        text = text.replace(line, "")
    case_file.write_text(text.replace("claim:\n", "claim:\n  plan_type: employer_erisa   # my employer\n"),
                         encoding="utf-8")
    return folder


def test_eob_lines_are_read_from_a_table_and_from_labelled_amounts():
    lines = eob.read_eob_lines(PARTLY_PAID_EOB)
    assert [(x.date, x.code, x.charge, x.allowed, x.paid, x.patient, x.adjustment) for x in lines] == [
        ("2026-04-06", "99205", Decimal("400.00"), Decimal("250.00"), Decimal("200.00"), Decimal("50.00"), ""),
        ("2026-04-06", "96365", Decimal("600.00"), Decimal("300.00"), Decimal("240.00"), Decimal("60.00"), ""),
        ("2026-04-06", "J3490", Decimal("150.00"), Decimal("0.00"), Decimal("0.00"), Decimal("150.00"), "CO-96")]
    labelled = eob.read_eob_lines("99214 x12     billed $1,800.00   allowed $1,440.00   paid $1,440.00\n"
                                  "Totals: billed $1,800.00; plan paid $1,440.00\n")
    assert [(x.code, x.charge, x.allowed, x.paid) for x in labelled] == [
        ("99214", Decimal("1800.00"), Decimal("1440.00"), Decimal("1440.00"))]


def test_a_partly_paid_eob_leads_to_an_appeal_of_the_denied_lines_only(tmp_path):
    folder = after_treatment_case(tmp_path)
    assert run_cli("claimed", str(folder), "--date", "2026-04-06", "--submitted", "2026-04-10",
                   "--to", "FHP claims").returncode == 0
    notice = tmp_path / "eob.txt"
    notice.write_text(PARTLY_PAID_EOB, encoding="utf-8")
    result = run_cli("eob", str(folder), str(notice))
    assert result.returncode == 0, result.stderr
    data = load_case_data(folder)
    assert "# my employer" in (folder / "case.yaml").read_text(encoding="utf-8")
    (claim,) = claims.parse_claims(data)
    assert claim.status == "partly paid" and claim.submitted == "2026-04-10" and claim.eob_date == "2026-05-02"
    assert [line.code for line in claim.with_status("paid")] == ["99205", "96365"]
    assert [line.code for line in claim.with_status("denied")] == ["J3490"]
    assert claim.lines[2].units == "1"  # kept from the line the claim was sent with
    assert data["claim"]["procedure_codes"] == ["J3490"]  # the appeal is about the denied line only
    assert data["claim"]["service_dates"] == ["2026-04-06"] and data["claim"]["number"] == "FHP-26-0410-77"
    assert data["claim"]["carc_codes"] == ["CO-96"] and data["claim"]["denial_category"] == "not_covered"
    assert data["claim"]["notice_date"] == "2026-05-02"
    assert (folder / claim.eob_file).is_file() and claim.eob_file.startswith("denial/")
    (appeal,) = claims.appeal_lines(data)
    assert appeal.paid_total == Decimal("440.00") and [line.code for line in appeal.denied] == ["J3490"]


def test_cases_shows_a_claim_late_or_unanswered(tmp_path):
    folder = after_treatment_case(tmp_path)
    run_cli("claimed", str(folder), "--date", "2026-04-06", "--submitted", "2026-04-10")
    (waiting,) = caseload.caseload([folder], date(2026, 5, 1))
    assert waiting.due == date(2026, 5, 10) and waiting.flag == "due soon"
    (late,) = caseload.caseload([folder], date(2026, 5, 20))
    assert late.flag == "overdue" and "2560.503-1(f)(2)(iii)(B)" in late.next_action
    case_file = folder / "case.yaml"
    case_file.write_text(case_file.read_text(encoding="utf-8").replace("employer_erisa", "medicaid"),
                         encoding="utf-8")
    (unanswered,) = caseload.caseload([folder], date(2026, 5, 20))
    assert unanswered.flag == "overdue" and "CFR" not in unanswered.next_action  # no rule claimed for Medicaid
    notice = tmp_path / "eob.txt"
    notice.write_text(PARTLY_PAID_EOB, encoding="utf-8")
    run_cli("eob", str(folder), str(notice))
    (answered,) = caseload.caseload([folder], date(2026, 5, 20))
    assert "claim for" not in answered.next_action


def test_claims_with_problems_are_named(tmp_path):
    data = {"claims": [{"date": "2026-04-06", "lines": [{"code": "KETA", "charge": "lots"}]}, {"submitted": "x"}]}
    with pytest.raises(CaseError) as err:
        claims.parse_claims(data)
    message = err.value.message
    assert "claims item 1 (2026-04-06) line 1: code 'KETA' is not a CPT or HCPCS code" in message
    assert "claims item 1 (2026-04-06) line 1: charge: 'lots' is not an amount of money" in message
    assert "claims item 2: needs date" in message


def test_the_letter_of_a_partly_paid_claim_says_what_was_paid_and_appeals_the_rest(tmp_path):
    folder = after_treatment_case(tmp_path)
    notice = tmp_path / "eob.txt"
    notice.write_text(PARTLY_PAID_EOB, encoding="utf-8")
    assert run_cli("eob", str(folder), str(notice)).returncode == 0
    case = load_case(folder)
    context = render.build_context(case, render.find_template(case.template))
    fact = context["facts"]["partly_paid"]
    assert fact.value is True and fact.sources[0] == "claims item 1" and fact.sources[1].startswith("Exhibit A")
    assert [a["name"] for a in context["arguments"]][0] == "partial_payment"
    assert ("partly_paid", context["arguments"][0]["heading"]) in context["facts"].asserted
    assert case.data["claim"]["procedure_codes"] == ["J3490"]  # what the letter's Codes line appeals


def test_no_word_of_payment_when_the_eob_paid_nothing(tmp_path):
    fully_denied = PARTLY_PAID_EOB.replace("$250.00   $200.00     $50.00", "$0.00     $0.00       $400.00").replace(
        "$300.00   $240.00     $60.00", "$0.00     $0.00       $600.00")
    folder = after_treatment_case(tmp_path)
    notice = tmp_path / "eob.txt"
    notice.write_text(fully_denied, encoding="utf-8")
    assert run_cli("eob", str(folder), str(notice)).returncode == 0
    case = load_case(folder)
    (claim,) = claims.parse_claims(case.data)
    assert claim.status == "denied" and case.data["claim"]["procedure_codes"] == ["99205", "96365", "J3490"]
    context = render.build_context(case, render.find_template(case.template))
    assert context["facts"]["partly_paid"].value is None
    assert "partial_payment" not in [a["name"] for a in context["arguments"]]


# ---------------------------------------------------------------------------------------------- the ledger

LEDGER = """\
expenses:   # what I paid, fictional
  - {date: 2025-12-15, item: Consultation, amount: 400, paid: 400, reimbursed: 200}
  - {date: 2025-12-29, item: Infusion 1, amount: "$750.00", paid: 750}
  - {date: 2026-01-05, item: Infusion 2, amount: 750, paid: 500, reimbursed: 240.5}
  - {date: 2026-02-02, item: "=HYPERLINK(1)", amount: 90.25, paid: 90.25, reimbursed: 90.25}
"""


def test_yearly_totals_match_the_ledger(tmp_path):
    folder = write_case(tmp_path / "case", extra=LEDGER)
    entries, years = ledger.ledger(folder)
    assert [y.year for y in years] == [2025, 2026]
    for y in years:
        assert y.totals.amount == sum(e.amount for e in entries if e.date.startswith(str(y.year)))
        assert y.totals.reimbursed == sum(e.reimbursed for e in entries if e.date.startswith(str(y.year)))
    y2025, y2026 = years
    assert (y2025.totals.amount, y2025.totals.paid, y2025.totals.reimbursed, y2025.net_cost) == (
        Decimal("1150.00"), Decimal("1150.00"), Decimal("200.00"), Decimal("950.00"))
    assert (y2026.totals.amount, y2026.totals.paid, y2026.net_cost, y2026.totals.still_owed) == (
        Decimal("840.25"), Decimal("590.25"), Decimal("259.50"), Decimal("250.00"))
    rows = list(csv.DictReader(io.StringIO(ledger.csv_text(entries))))
    for y in years:
        mine = [r for r in rows if r["tax_year"] == str(y.year)]
        assert sum(Decimal(r["paid"]) for r in mine) == y.totals.paid
        assert sum(Decimal(r["net_cost"]) for r in mine) == y.net_cost
    assert rows[-1]["item"] == "'=HYPERLINK(1)"  # a spreadsheet shows it as text, never runs it


def test_ledger_command_writes_the_csv_once_and_filters_a_year(tmp_path):
    folder = write_case(tmp_path / "case", extra=LEDGER)
    out = tmp_path / "2026.csv"
    result = run_cli("ledger", str(folder), "--year", "2026", "--csv", str(out))
    assert result.returncode == 0, result.stderr
    assert [r["date"] for r in csv.DictReader(out.open(encoding="utf-8"))] == ["2026-01-05", "2026-02-02"]
    assert all(item in " ".join(result.stdout.split()) for item in ledger.avenues())
    again = run_cli("ledger", str(folder), "--csv", str(out))
    assert again.returncode == WouldOverwriteError.exit_code and again.stderr.startswith("Error: ")
    assert run_cli("ledger", str(folder), "--csv", str(out), "--force").returncode == 0
    assert len(list(csv.DictReader(out.open(encoding="utf-8")))) == 4
    none = run_cli("ledger", str(folder), "--year", "2024")
    assert none.returncode == CaseError.exit_code and "2025, 2026" in none.stderr


def test_a_prior_authorization_request_is_followed_by_its_plans_clock(tmp_path):
    folder = write_case(tmp_path / "case", extra=KETAMINE + "prior_auth:\n  requested_on: 2026-03-02\n")
    case_file = folder / "case.yaml"
    case_file.write_text(case_file.read_text(encoding="utf-8").replace("  notice_date: 03/03/2026\n", "").replace(
        "claim:\n", "claim:\n  plan_type: individual_aca\n"), encoding="utf-8")
    (row,) = caseload.caseload([folder], date(2026, 3, 10))
    assert row.due == date(2026, 3, 17) and "2560.503-1(f)(2)(iii)(A)" in row.next_action
    clock = deadlines.claim_decision_clock("individual_aca", pre_service=True, urgent=True)
    assert clock is not None and clock.hours == 72 and clock.rule_id == "prior_auth_urgent"
    assert deadlines.claim_decision_clock("fehb", pre_service=True) is None
    case_file.write_text(case_file.read_text(encoding="utf-8").replace("individual_aca", "fehb"),
                         encoding="utf-8")
    (row,) = caseload.caseload([folder], date(2026, 4, 10))
    assert row.flag == "overdue" and row.due == date(2026, 4, 1) and "CFR" not in row.next_action


def test_check_before_any_denial_names_the_open_questions_not_the_appeals_fields(tmp_path):
    folder = after_treatment_case(tmp_path)
    case_file = folder / "case.yaml"
    case_file.write_text(case_file.read_text(encoding="utf-8").replace(
        '  denial_reason: "Not medically necessary: criteria not met"\n', "") + KETAMINE, encoding="utf-8")
    result = run_cli("check", str(folder))
    assert result.returncode == 0, result.stderr
    report = check_before_denial(folder)
    assert report is not None and not report.errors
    (finding,) = [f for f in report.findings if f.field == "call_log"]
    assert "in_network" in finding.message
    case_file.write_text(case_file.read_text(encoding="utf-8") + "claims:\n  - {date: 2026-04-06, lines: [{code: X}]}\n",
                         encoding="utf-8")
    bad = run_cli("check", str(folder))
    assert bad.returncode == CaseError.exit_code and "claims item 1" in bad.stderr
    assert check_before_denial(write_case(tmp_path / "appeal")) is None  # a denial: the appeal is checked


def test_a_summary_of_several_codes_under_one_total_is_not_given_to_one_code():
    summary = "Services 09/08/2025-10/24/2025: 90867 x1, 90868 x35   Billed $9,600.00   Allowed $0.00   Paid $0.00\n"
    assert eob.read_eob_lines(summary) == []
