"""Intake never takes a wrong date, and never silently: dates of birth, dates before 2000, before the service or
after today are set aside with the reason; day-first dates follow the notice; --force never makes a date worse;
a deadline stated as a calendar date wins; a stored deadline that no longer agrees is flagged everywhere.

All notices here are fictional, typed for the test.
"""
from __future__ import annotations

import re
from datetime import date

import pytest
from conftest import run_cli, write_case

from appeal_kit.case.folder import read_yaml
from appeal_kit.intake import deadlines, facts as intake_facts

TODAY = date(2026, 12, 1)


def facts(text: str) -> dict:
    return intake_facts.extract_facts(text, today=TODAY)


# the case: a Spanish Medicaid notice whose only numeric date near the top is the date of birth
DOB_ONLY = """Plan de Salud Estatal Medicaid
Nombre del miembro: Rosa María Quintero
Fecha de nacimiento: 03/05/1961
Número de Medicaid: 5503321
Le negamos la solicitud porque no es médicamente necesaria.
"""


def test_a_date_of_birth_is_never_the_notice_date():
    f = facts(DOB_ONLY)
    assert f["notice_date"] is None and f["appeal_deadline"] is None
    english = facts("Acme Health Plan\nMember: Tom Reyes   DOB: 03/05/1961\nDate: 03/05/1961\nWe denied the claim.\n")
    assert english["notice_date"] is None
    assert english["rejected"]["notice_date"]["reason"].startswith("1961-03-05 is before 2000")


@pytest.mark.parametrize("written, why", [
    ("Date: 04/02/1998", "before 2000"),
    ("Date: 02/01/2027", "after today"),
    ("Date: 01/05/2026\nDate of service: 02/10/2026", "before the date of service"),
])
def test_implausible_notice_dates_are_left_empty_with_the_reason(written, why):
    f = facts(f"Acme Health Plan\n{written}\nClaim #: 88120034\nWe denied this claim because it is not covered.\n")
    assert f["notice_date"] is None
    assert why in f["rejected"]["notice_date"]["reason"] and why in f["uncertain"]["notice_date"]


def test_a_prior_authorization_notice_may_be_dated_before_the_care():
    f = facts("Acme Health Plan\nDate: 01/05/2026\nRequested dates of service: 02/10/2026\n"
              "Your prior authorization request for ketamine infusions is denied.\n")
    assert f["notice_date"] == "2026-01-05" and not f["rejected"]


def test_the_next_plausible_date_is_taken_but_marked_to_check():
    f = facts("Acme Health Plan\nDate: 02/01/2027\n\nMarch 3, 2026\n\nDear Tom Reyes,\nWe denied the claim.\n")
    assert f["notice_date"] == "2026-03-03"
    assert f["confidence"]["notice_date"] == "low" and "set aside" in f["uncertain"]["notice_date"]


def test_the_cli_says_why_a_date_was_not_taken(tmp_path):
    notice = tmp_path / "aviso.txt"
    notice.write_text("Acme Health Plan\nMember: Tom Reyes   DOB: 03/05/1961\nNotice date: 03/05/1961\n"
                      "We denied the claim.\n", encoding="utf-8")
    proc = run_cli("intake", str(notice), "--today", "2026-12-01")
    assert proc.returncode == 0, proc.stderr
    assert "Warning: notice_date: not taken from 1961-03-05: 1961-03-05 is before 2000" in proc.stderr
    assert re.search(r"^  Notice date: +left empty, CHECK THIS", proc.stdout, re.M)
    assert "PAST DUE" not in proc.stdout


# ---------------------------------------------------------------------------------------------- case.yaml

def test_force_never_replaces_a_date_with_one_the_case_shows_to_be_wrong(tmp_path):
    folder = write_case(tmp_path / "case")  # date_of_birth April 12, 1980; notice 03/03/2026; service 2/2/2026
    f = facts("Acme Health Plan\nNotice date: January 10, 2026\nWe denied the claim for infusions.\n")
    assert f["notice_date"] == "2026-01-10"  # plausible on its own: the notice names no service date
    res = intake_facts.merge_into_case(folder, f, None, force=True, today=TODAY)
    assert read_yaml(folder / "case.yaml")["claim"]["notice_date"] == "03/03/2026"
    (path, value, why), = [h for h in res.held if h[0] == "claim.notice_date"]
    assert value == "2026-01-10" and "before the date of service 2026-02-02" in why


def test_uncertain_fields_need_accept_uncertain(tmp_path):
    folder = write_case(tmp_path / "case")
    text = (folder / "case.yaml").read_text().replace("  notice_date: 03/03/2026\n", "")
    (folder / "case.yaml").write_text(text)
    f = facts("Acme Health Plan\nDate: 02/01/2027\n\nMarch 3, 2026\n\nDear Tom Reyes,\nWe denied the claim.\n")
    res = intake_facts.merge_into_case(folder, f, None, today=TODAY)
    assert "notice_date" not in read_yaml(folder / "case.yaml")["claim"]
    assert any(p == "claim.notice_date" and "--accept-uncertain" in why for p, _, why in res.held)
    intake_facts.merge_into_case(folder, f, None, accept_uncertain=True, today=TODAY)
    assert read_yaml(folder / "case.yaml")["claim"]["notice_date"] == "2026-03-03"


def test_cli_accept_uncertain_needs_a_case():
    proc = run_cli("intake", "x.txt", "--accept-uncertain")
    assert proc.returncode == 2 and "--accept-uncertain only applies with --case" in proc.stderr


# ---------------------------------------------------------------------------------------------- day first

@pytest.mark.parametrize("text, notice, order_known", [
    ("Student Health Plan. Dates are DD/MM/YYYY.\nDate of notice: 03/04/2026\n", "2026-04-03", True),
    ("Student Health Plan\nDate of notice: 03/04/2026\nDate of service: 25/03/2026\n", "2026-04-03", True),
    ("Student Health Plan\nDate of notice: 03/04/2026\nDate of service: 02/25/2026\n", "2026-03-04", True),
    ("Plan de Salud\nFecha del aviso: 03/04/2026\nLe negamos el servicio porque no es médicamente necesario. "
     "Usted puede apelar esta decisión del plan de salud.\n", "2026-04-03", False),
])
def test_day_first_dates_follow_the_notice(text, notice, order_known):
    f = facts(text)
    assert f["notice_date"] == notice
    assert ("notice_date" not in f["uncertain"]) == order_known
    if not order_known:
        assert "read two ways" in f["uncertain"]["notice_date"]


def test_spanish_and_dotted_dates():
    hits = deadlines.find_dates("el 5 de abril de 2027, el 15 marzo 2026 y el 25.03.2026", "DMY")
    assert [h.value for h in hits] == [date(2027, 4, 5), date(2026, 3, 15), date(2026, 3, 25)]


# ---------------------------------------------------------------------------------------------- deadlines

@pytest.mark.parametrize("sentence, due", [
    ("You may appeal this decision. Your appeal must be received by April 5, 2027.", "2027-04-05"),
    ("Puede apelar esta decisión. Su apelación debe llegar a más tardar el 5 de abril de 2027.", "2027-04-05"),
    ("Tiene derecho a apelar. Debe pedir la apelación dentro de 60 días a partir de la fecha de este aviso.",
     "2026-05-02"),
])
def test_a_stated_deadline_wins_over_the_rule(sentence, due):
    f = facts(f"Acme Health Plan\nDate of notice: March 3, 2026\nPlan: Medicaid managed care\n{sentence}\n")
    assert f["appeal_deadline"] == due and f["deadline_basis"].startswith("Stated in the notice")


def test_the_limit_for_keeping_benefits_is_not_the_appeal_deadline():
    f = facts("Medicaid Health Plan\nDate of notice: March 3, 2026\nYou may appeal. To keep getting your services "
              "during the appeal, you must ask within 10 days. You must ask for an appeal within 60 days of the "
              "date of this notice.\n")
    assert f["appeal_deadline"] == "2026-05-02"


def test_cases_flags_a_stored_deadline_that_no_longer_agrees(tmp_path):
    folder = write_case(tmp_path / "cases" / "one")
    basis = 'Stated in the notice: "You must appeal within 60 days of the date of this letter." Counted from the ' \
            'notice date 2026-03-03.'
    text = (folder / "case.yaml").read_text().replace(
        "  notice_date: 03/03/2026\n",
        f"  notice_date: 01/03/2026\n  appeal_deadline: 2026-05-02\n  deadline_basis: '{basis}'\n")
    (folder / "case.yaml").write_text(text)
    proc = run_cli("cases", str(tmp_path / "cases"), "--today", "2026-03-20")
    assert proc.returncode == 0, proc.stderr
    assert "CHECK THE DEADLINE: case.yaml says 2026-05-02, the notice date 2026-01-03 gives 2026-03-04" in proc.stdout
    assert "OVERDUE" in proc.stdout  # sorted and marked by the earlier date


# ---------------------------------------------------------------------------------------------- where the date stands

@pytest.mark.parametrize("text, notice", [
    # a title or letterhead line of prose over a date alone on its line is no label ("cobertura", "to ERISA")
    ("Plan Advantage (HMO)\nAviso de denegación de cobertura médica (o de pago)\n18-nov-2026\n\n"
     "Estimado señor:\nNegamos el pago.\n", "2026-11-18"),
    ("Church Benefits Trust\nA church plan under section 3(33) of ERISA and not subject to ERISA's claims rules\n"
     "November 19th, 2026\n\nDear Rev. Lee,\nThe sessions exceed the benefit maximum.\n", "2026-11-19"),
    # a header cell over its date still names it
    ("Acme Health Plan\nDate of birth      Claim\n11/20/1970         CL-1\n\nNovember 2, 2026\n\nDear Ann,\n",
     "2026-11-02"),
    # a weekday before a date alone on its line
    ("Pike County Employees Health Plan\n\nFriday, November 27, 2026\n\nMember: Ann Lee\nWe denied the claim "
     "because the records do not show that the plan's criteria for the infusion were met.\n", "2026-11-27"),
])
def test_a_date_alone_on_its_line_is_the_letters_date(text, notice):
    assert facts(text)["notice_date"] == notice


def test_a_page_of_taglines_before_the_letter_and_a_fax_cover_without_a_salutation():
    taglines = "".join(f"ATTENTION {i}: language assistance services are available free of charge. Call 1-800-555-0141."
                       "\n" for i in range(12))
    letter = ("Acme Mutual\n4100 Prairie Parkway | Millbrook, KS 66999\n\nNovember 9, 2026\n\nNathan Lee\n"
              "NOTICE OF ADVERSE BENEFIT DETERMINATION\nPatient: Ann Lee\nDate of service: 10/13/2026\n"
              "Benefits are denied because the service was not medically necessary.\n")
    assert facts(taglines + letter)["notice_date"] == "2026-11-09"
    cover = ("11/30/2026 10:42 FROM: UR LINE TO: 555-0190 P.001/002\n\nFAX COVER SHEET\n\nDate:    11/30/2026\n"
             "Re:      Your appeal rights\n\nPlease see the attached notice.\n\n\n"
             "11/30/2026 10:42 FROM: UR LINE TO: 555-0190  P.002/002\n\nPike County Employees Health Plan\n\n"
             "Friday, November 27, 2026\n\nMember:   Ann Lee\nDate of service:   11/03/2026\n\n"
             "The reviewer found the infusion not medically necessary.\n"
             "To appeal, write within 15 business days of the date of this notice to the plan.\n")
    assert facts(cover)["notice_date"] == "2026-11-27"


@pytest.mark.parametrize("next_header", [
    "12/01/2026 08:15  FROM: COUNTY PLAN  555-0142  TO: 555-0177  P.2/2",
    "DEC-01-2026 C8I5  FROM, COUNTY PLAN  555-0l42",  # as OCR leaves a noisy fax's header: time and TO: lost
])
def test_a_fax_cover_named_only_by_its_count_of_pages(next_header):
    # no "cover sheet" heading: the cover says what it is in its page count, and its "Date:" is the day it was faxed
    cover = ("FAX\n\nDate:     12/01/2026\nTo:       Harbor Clinic - Billing\nFax:      555-0177\n"
             "Pages:    2 (including cover)\nRe:      Claim letter\n\n")
    letter = (f"{next_header}\n\nCounty Employees Health Plan\n\nNovember 24, 2026\n\nDear Harbor Clinic:\nPatient:   Ann Lee\n"
              "Date of service:   11/03/2026\n\nThe reviewer found the infusion not medically necessary.\n")
    assert facts(cover + letter)["notice_date"] == "2026-11-24"
    spanish = cover.replace("Pages:    2 (including cover)", "Páginas:  2 (con esta)")
    assert facts(spanish + letter)["notice_date"] == "2026-11-24"

def test_a_spanish_notice_in_us_order_is_read_month_first_when_day_first_cannot_be_right():
    text = ("Plan de Salud\nFecha del aviso:   11/05/2026\nFecha de nacimiento:   11/06/1990\n"
            "Fecha del servicio:   10/08/2026\nHemos denegado esta reclamación.\n")
    f = facts(text)
    # read day first, the notice (11 May) would come before the care (10 August): read month first instead
    assert (f["notice_date"], f["service_dates"]) == ("2026-11-05", ["2026-10-08"])
    assert "month first" in f["uncertain"]["notice_date"] and not f["rejected"]
    # a Spanish notice whose dates can be right day first keeps them
    f = facts(text.replace("10/08/2026", "01/04/2026"))
    assert (f["notice_date"], f["service_dates"]) == ("2026-05-11", ["2026-04-01"])


@pytest.mark.parametrize(("sentence", "on"), [
    ("This letter explains our decision on the claim for a spinal cord stimulator trial on October 7, 2026.",
     "2026-10-07"),
    ("We reviewed the claim for the pump implant on 10/14/2026 and the surgery it needed.", "2026-10-14"),
    ("Revisamos la reclamación por la colocación del estimulador el 9 de octubre de 2026.", "2026-10-09"),
])
def test_a_device_or_operation_put_on_a_date_in_a_sentence(sentence, on):
    # the care named as a device put in or an operation, not as a visit or a treatment: its date is the service's
    frame = ("Plan de Salud Acme\n10 de noviembre de 2026\nEstimada Ana Lee:\n{}\nNegamos el pago porque no es "
             "médicamente necesario.\n") if "Revisamos" in sentence else \
        "Acme Health Plan\nNovember 10, 2026\nDear Ann Lee:\n{}\nThe claim is denied as not medically necessary.\n"
    assert facts(frame.format(sentence))["service_dates"] == [on]


@pytest.mark.parametrize(("written", "kept", "why"), [
    ("06/16/2026, 06/18/2026, 06/23/2076", ["2026-06-16", "2026-06-18"], "more than a year after today"),
    ("06/16/1926 and 06/18/2026", ["2026-06-18"], "before 2000"),
    ("01/04/2027 through 06/30/2027", ["2027-01-04", "2027-06-30"], None),  # care asked for months ahead
])
def test_a_date_of_service_that_cannot_be_one_is_set_aside_with_the_reason(written, kept, why):
    f = facts(f"Acme Health Plan\nDate: November 20, 2026\nMember: Tom Reyes  Member ID: FICT-1234\n"
              f"Claim number: CL-55\nDates of service: {written}\nWe denied the claim.\n")
    assert f["service_dates"] == kept
    if why is None:
        assert "service_dates" not in f["rejected"]
    else:
        assert why in f["rejected"]["service_dates"]["reason"]
        assert f["confidence"]["service_dates"] == "low"  # the dates kept are marked to check


@pytest.mark.parametrize("written, read", [("06-14-82", date(1982, 6, 14)), ("1/5/99", date(1999, 1, 5)),
                                           ("10/25/93", date(1993, 10, 25)), ("01/15/27", date(2027, 1, 15)),
                                           ("3/4/24", date(2024, 3, 4))])
def test_a_two_digit_year_far_ahead_is_the_last_centurys(written, read):
    # a paper chart copied as written ("06-14-82 Start amitriptyline"): never 2082 (notes set 44, case 08); a
    # notice's deadline a year ahead stays in this century
    assert [h.value for h in deadlines.find_dates(f"Seen {written} in clinic.")] == [read]
