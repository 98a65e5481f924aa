"""The directory of regulators, external-review routes and free help (letter_templates/directory/): every state and DC
present with every field sourced or explicitly not found, and letters addressed from it. Cases are fictional."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from conftest import rendered_text, sample_variant

from appeal_kit import directory
from appeal_kit.errors import TemplateError

REPO = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 12, 2)
SAMPLE = REPO / "evidence_samples" / "out-of-network-gap"


@pytest.mark.parametrize("code", sorted(directory.STATES))
def test_every_state_and_dc_has_every_field_sourced_or_explicitly_missing(code):
    entry = directory.state(code)
    assert entry.name == directory.STATES[code]
    assert set(entry.facts) == set(directory.STATE_FIELDS)
    for name, fact in entry.facts.items():
        if fact.found or fact.none:
            assert fact.source.startswith("http") and fact.checked, (code, name)
        else:
            assert fact.source.startswith("not found in the stored copies on "), (code, name)


# the fields a letter prints as its addressee: a name or an address alone, what else the page says goes in `note`
ENVELOPE = ("insurance_department.name", "insurance_department.address", "external_review.agency",
            "external_review.address")


@pytest.mark.parametrize("code", sorted(directory.STATES))
def test_an_addressee_field_holds_a_name_or_address_alone(code):
    for name in ENVELOPE:
        value = directory.state(code).get(name)
        if value is None:
            continue
        # an abbreviation in brackets is part of a name ("(DIFS)"); a clause or a second sentence is not
        assert ";" not in value and not re.search(r"\((?![A-Z]{2,6}\))", value), (code, name, value)
    # the letter prints the name above the address, so an address that begins with the name prints it twice
    entry = directory.state(code)
    for name, address in (("insurance_department.name", "insurance_department.address"),
                          ("external_review.agency", "external_review.address")):
        if entry.get(name) and entry.get(address):
            assert not entry.get(address).startswith(entry.get(name)), (code, address)


# hosts whose word the directory does not take (docs/sending.md): third-party copies of statutes and rules, document-
# sharing and guide sites, blogs, and pages seen carrying a state's facts without being the state's (an Area Agency on
# Aging's own site, a Senate caucus site); then those seen on 2026-12-04 carrying states' external-review, complaint and
# SHIP facts: more statute copies, exam-prep, law-firm and advocacy guides, document-sharing sites and web proxies
NOT_OFFICIAL = ("blogspot.", "justia.com", "cornell.edu", "casetext.com", "elaws.us", "type2.wiki", "readkong.com",
                "docplayer.", "vdocuments.", "pdfslide.", "yumpu.com", "scribd.com", "wikipedia.org", "healthline.com",
                "payingforseniorcare.com", "patientadvocates.io", "apellica.com", "claimgotdenied.com",
                "seniorresourcealliance.org", "seniorsolutionsvt.org", "wcaaa.org", "mainesenate.org",
                "lawserver.com", "instalawyer.io", "getpocketlaw.com", "laws9.com", "onecle.com", "public.law",
                "self-law.org", "legalfix.com", "lexace.ai", "legalclarity.org", "open-exam-prep.com",
                "coveragerights.org", "denialhelp.com", "mypatientrights.org", "stateregstoday.com",
                "propertyinsurancecoveragelaw.com", "diminishedvalueofgeorgia.com", "studylib.net", "docslib.org",
                "cupdf.com", "fdocuments.", "doczz.net", "documents.pub", "vdocument.", "kipdf.com", "paperzz.com",
                "docsbay.net", "docbox.com", "abcdocz.com", "docslides.com", "fill.io", "workers.dev", "pages.dev",
                "eti.pw", "melakarnets.com")


def test_no_fact_rests_on_a_host_the_directory_does_not_take():
    entries = [(code, directory.state(code).facts) for code in directory.STATES]
    entries += [(key, entry.facts) for key, entry in directory.federal().items()]
    for key, facts in entries:
        for name, fact in facts.items():
            if fact.found or fact.none:
                host = fact.source.split("/")[2].lower()
                assert not any(bad in host for bad in NOT_OFFICIAL), (key, name, host)


def test_a_note_is_kept_beside_the_value_and_never_in_it():
    fact = directory._fact("XX.yaml f", {"value": "Idaho Department of Insurance", "note": "assigns the reviewer",
                                         "source": "https://doi.idaho.gov", "checked": TODAY})
    assert fact.value == "Idaho Department of Insurance"
    with pytest.raises(TemplateError, match="unknown key"):
        directory._fact("XX.yaml f", {"value": "x", "remark": "y", "source": "https://a.gov", "checked": TODAY})


def test_all_fifty_states_and_dc():
    assert len(directory.STATES) == 51 and "DC" in directory.STATES
    files = {p.stem for p in directory.directory_dir().glob("*.yaml")} - {"federal"}
    assert files == set(directory.STATES)


def test_federal_entries_are_sourced():
    entries = directory.federal()
    assert set(entries) == set(directory.FEDERAL_ENTRIES)
    for key, entry in entries.items():
        assert entry.get("name"), key
        for name, fact in entry.facts.items():
            assert fact.found == fact.source.startswith("http"), (key, name)


def test_a_value_without_a_source_is_refused(tmp_path):
    with pytest.raises(TemplateError, match="official page"):
        directory._fact("XX.yaml f", {"value": "123 Main St", "source": "from memory"})
    with pytest.raises(TemplateError, match="not found"):
        directory._fact("XX.yaml f", {"value": None, "source": "https://example.gov"})
    with pytest.raises(TemplateError, match="source"):
        directory._fact("XX.yaml f", {"value": "x"})


@pytest.mark.parametrize("address, state", [
    ("12 Elm St\nHartford, CT 06103", "CT"), ("PO Box 5, Austin, TX 78701-1234", "TX"),
    ("Apt 2, 5 Main Street, Twin Falls, Idaho", "ID"), ("somewhere", None), (None, None)])
def test_state_from_the_patients_address(address, state):
    assert directory.case_state({"patient": {"address": address}}) == state


def test_claim_state_wins_over_the_address():
    data = {"patient": {"address": "Hartford, CT 06103"}, "claim": {"state": "Texas"}}
    assert directory.case_state(data) == "TX"


def _complaint(tmp_path, **changes) -> str:
    case = sample_variant(SAMPLE, **changes)
    return rendered_text(tmp_path, case, "regulator-complaint", TODAY).split("Dear Sir or Madam:")[0]


@pytest.mark.parametrize("address, department, street", [
    ("1 Fictional Way, Hartford, CT 06103", "Connecticut Insurance Department", "P.O. Box 816, Hartford, CT"),
    ("2 Fictional Road, Austin, TX 78701", "Texas Department of Insurance", "P.O. Box 149104, Austin, Texas")])
def test_an_insured_individual_plans_complaint_goes_to_the_states_department(tmp_path, address, department, street):
    head = _complaint(tmp_path, **{"claim.plan_type": "individual_aca", "patient.address": address})
    assert department in head and street in head
    assert "State Department of Insurance" not in head


def test_an_insured_employer_plan_goes_to_the_state_and_a_self_funded_one_to_the_labor_department(tmp_path):
    where = {"patient.address": "1 Fictional Way, Hartford, CT 06103", "claim.plan_type": "employer_erisa"}
    insured = _complaint(tmp_path, **where, **{"claim.funding": "insured"})
    assert "Connecticut Insurance Department" in insured and "Employee Benefits Security" not in insured
    self_funded = _complaint(tmp_path, **where, **{"claim.funding": "self_funded"})
    assert "Employee Benefits Security Administration, Boston Regional Office" in self_funded
    assert "J.F.K. Building, Room 575, Boston, MA 02203" in self_funded and "Connecticut" not in self_funded


@pytest.mark.parametrize("address, office, street", [
    ("2 Fictional Road, Austin, TX 78701", "Dallas Regional Office", "525 South Griffin St, Room 900"),
    ("3 Fictional Lane, Olympia, WA 98501", "Seattle District Office", "300 Fifth Avenue, Suite 1110"),
    ("4 Fictional Court, Portland, ME 04101", "Employee Benefits Security Administration", "200 Constitution Avenue")])
def test_a_self_funded_plans_complaint_goes_to_the_ebsa_office_its_states_regulator_names(tmp_path, address, office,
                                                                                          street):
    head = _complaint(tmp_path, **{"patient.address": address, "claim.plan_type": "employer_erisa",
                                   "claim.funding": "self_funded"})
    assert office in head and street in head
    if "Regional" not in office and "District" not in office:  # no office named for Maine: the national one
        assert "Regional Office" not in head and "District Office" not in head


def test_every_ebsa_office_has_its_facts_and_each_state_served_has_its_states_page():
    offices = directory.ebsa_offices()
    assert offices
    served = [code for office in offices.values() for code in office.states]
    assert len(served) == len(set(served)) and set(served) <= set(directory.STATES)
    for key, office in offices.items():
        assert all(office.entry.facts[f].found for f in directory.OFFICE_FIELDS), key
        for code, fact in office.states.items():
            assert fact.source.startswith("http") and fact.checked == TODAY, (key, code)


def test_an_office_serving_a_state_already_served_or_without_its_page_is_refused(tmp_path, monkeypatch):
    fields = {f: {"value": "x", "source": "https://example.gov", "checked": TODAY} for f in directory.OFFICE_FIELDS}
    page = {"source": "https://example.gov", "checked": TODAY}
    federal = dict(directory.read_yaml_mapping(directory.directory_dir() / "federal.yaml", "federal"))
    for offices, error in [
            ({"a": {"name": "A", "fields": fields, "states": {"TX": page}},
              "b": {"name": "B", "fields": fields, "states": {"TX": page}}}, "already served by a"),
            ({"a": {"name": "A", "fields": fields, "states": {"TX": {"checked": TODAY}}}}, "source"),
            ({"a": {"name": "A", "fields": fields, "states": {"XX": page}}}, "postal code")]:
        def read(path, what, offices=offices):
            return {**federal, "ebsa_offices": offices}
        monkeypatch.setattr(directory, "read_yaml_mapping", read)
        directory.ebsa_offices.cache_clear()
        with pytest.raises(TemplateError, match=error):
            directory.ebsa_offices()
    directory.ebsa_offices.cache_clear()


def test_a_self_funded_plans_external_review_is_the_federal_route_never_the_states():
    data = {"patient": {"address": "Hartford, CT 06103"},
            "claim": {"plan_type": "employer_erisa", "funding": "self_funded"}}
    assert directory.external_review(data) is None
    note = directory.route_note(data)
    assert note and "federal process" in note and "not the state's" in note


def test_fehb_goes_to_opm_and_check_says_the_directory_has_no_address(tmp_path):
    head = _complaint(tmp_path, **{"claim.plan_type": "fehb", "patient.address": "Austin, TX 78701"})
    assert "U.S. Office of Personnel Management" in head and "Texas" not in head
    data = {"claim": {"plan_type": "fehb"}, "regulator": {"name": None}}
    [(field, message)] = directory.warnings(data, route="regulator", today=TODAY)
    assert field == "regulator.address" and "no guessed one" in message


def test_a_case_that_names_its_regulator_keeps_it():
    data = {"claim": {"plan_type": "individual_aca"}, "patient": {"address": "Austin, TX 78701"},
            "regulator": {"name": "Someone Else", "address": None}}
    directory.fill_addressees(data)
    assert data["regulator"] == {"name": "Someone Else", "address": None}


def test_check_warns_when_an_entry_is_over_a_year_old():
    data = {"claim": {"plan_type": "individual_aca"}, "patient": {"address": "Austin, TX 78701"}, "regulator": {}}
    assert directory.warnings(data, route="regulator", today=TODAY) == []
    later = directory.warnings(data, route="regulator", today=TODAY + dt.timedelta(days=400))
    assert later and all(f == "directory" and "check this address before you send" in m for f, m in later)


def test_unknown_funding_of_an_employer_plan_is_asked_for():
    data = {"claim": {"plan_type": "employer_erisa"}, "patient": {"address": "Austin, TX 78701"}}
    assert ("claim.funding" in [f for f, _ in directory.warnings(data, route="regulator", today=TODAY)])


def test_cases_names_whom_to_complain_to_when_a_decision_is_overdue(tmp_path):
    from conftest import write_case

    from appeal_kit.cases import caseload

    folder = write_case(tmp_path / "waiting", extra="""\
submissions:
- date: 2026-01-02
  method: mail
  stage: internal appeal
  decision_due: 2026-02-01
""")
    text = (folder / "case.yaml").read_text(encoding="utf-8")
    text = text.replace("  notice_date: 03/03/2026\n", "  notice_date: 03/03/2026\n  plan_type: individual_aca\n")
    text = text.replace("  member_id: XJ 4471-002\n", "  member_id: XJ 4471-002\n  address: 2 Fictional Road, Austin, TX 78701\n")
    (folder / "case.yaml").write_text(text, encoding="utf-8")
    [row] = caseload.caseload([folder], today=dt.date(2026, 3, 2))
    assert "decision overdue" in row.next_action
    assert "complain to Texas Department of Insurance" in row.next_action


def test_check_says_when_the_states_department_is_not_in_the_directory_yet(monkeypatch):
    # every state's department is sourced now, so the gap is made: Iowa's entry with its name not found
    code = "IA"
    real = directory.state(code)
    facts = dict(real.facts)
    facts["insurance_department.name"] = directory.Fact(None, "not found in the stored copies on 2026-12-02", None)
    monkeypatch.setattr(directory, "state", lambda c: directory.Entry(code, real.name, facts))
    data = {"claim": {"plan_type": "individual_aca", "state": code}, "regulator": {}}
    [(field, message)] = directory.warnings(data, route="regulator", today=TODAY)
    assert field == "regulator.name" and directory.STATES[code] in message


def test_deadline_names_whom_the_next_steps_go_to_with_their_addresses():
    data = {"claim": {"plan_type": "individual_aca"}, "patient": {"address": "1 Fictional Way, Boise, ID 83702"}}
    idaho = directory.state("ID")
    review, complaint = directory.contact_lines(data)
    assert review.startswith("Send the external review request to: ")
    assert idaho.get("external_review.agency") in review and idaho.get("external_review.address") in review
    assert complaint.startswith("A complaint about the plan goes to: ")
    assert idaho.get("insurance_department.address") in complaint and idaho.get("insurance_department.phone") in complaint
    # a denial external review does not hear (not on medical judgment): only the complaint
    assert directory.contact_lines(data, reviewable=False) == [complaint]
    # the case's own addressee wins, its lines joined
    own = {**data, "regulator": {"name": "Someone Else", "address": "5 Any St\nBoise, ID 83702"}}
    assert directory.contact_lines(own)[-1] == "A complaint about the plan goes to: Someone Else, 5 Any St, Boise, ID 83702."
    # no address in the directory: said, never guessed
    fehb = directory.contact_lines({"claim": {"plan_type": "fehb"}, "patient": {"address": "Austin, TX 78701"}})
    assert len(fehb) == 1 and "no address in the directory" in fehb[0]


def test_deadline_command_prints_the_addressees(tmp_path):
    from conftest import run_cli, write_case

    folder = write_case(tmp_path / "c")
    text = (folder / "case.yaml").read_text(encoding="utf-8")
    text = text.replace("  notice_date: 03/03/2026\n", "  notice_date: 03/03/2026\n  plan_type: individual_aca\n")
    text = text.replace("  member_id: XJ 4471-002\n", "  member_id: XJ 4471-002\n  address: 2 Fictional Road, Austin, TX 78701\n")
    (folder / "case.yaml").write_text(text, encoding="utf-8")
    result = run_cli("deadline", str(folder), "--today", "2026-03-05")
    assert result.returncode == 0, result.stderr
    texas = directory.state("TX")
    [line] = [x for x in result.stdout.splitlines() if x.startswith("A complaint about the plan goes to:")]
    assert texas.get("insurance_department.name") in line and texas.get("insurance_department.address") in line


@pytest.mark.parametrize("plan_type, told", [("medicaid", True), ("chip", True), ("individual_aca", False),
                                             ("medicare", False)])
def test_legal_aid_is_named_on_medicaid_and_chip_only(plan_type, told):
    data = {"claim": {"plan_type": plan_type}, "patient": {"address": "Austin, TX 78701"}}
    legal = directory.federal()["legal_aid"]
    lines = [x for x in directory.help_lines(data) if legal.get("url") in x]
    assert len(lines) == (1 if told else 0)
    if told:
        assert legal.get("name") in lines[0]


def test_check_says_an_old_entry_in_the_persons_language():
    from appeal_kit import i18n

    data = {"claim": {"plan_type": "individual_aca"}, "patient": {"address": "Austin, TX 78701"}, "regulator": {}}
    i18n.choose("es")
    try:
        later = directory.warnings(data, route="regulator", today=TODAY + dt.timedelta(days=400))
    finally:
        i18n.choose("en")
    assert later and all("compruebe esta dirección antes de enviar" in m for _, m in later)


@pytest.mark.parametrize("delivery", [None, "fee_for_service"])
def test_medicaid_names_the_fair_hearing_office_and_where_the_request_goes(delivery):
    data = {"claim": {"plan_type": "medicaid", **({"delivery": delivery} if delivery else {})},
            "patient": {"address": "1 Fictional Way, Boise, ID 83702"}}
    idaho = directory.state("ID")
    lines = directory.help_lines(data)
    hearing = [x for x in lines if x.startswith("State fair hearing: ")]
    assert len(hearing) == 1
    assert idaho.get("medicaid.fair_hearing_office") in hearing[0]
    assert idaho.get("medicaid.fair_hearing_address") in hearing[0]
    # the office is named once, not again as free help
    assert sum(idaho.get("medicaid.fair_hearing_office") in x for x in lines) == 1
    # no hearing line on a plan that has none
    assert directory.fair_hearing_line({**data, "claim": {"plan_type": "individual_aca"}}) is None


def _decided_case(tmp_path, plan_type: str, opens: str):
    from conftest import write_case

    folder = write_case(tmp_path / plan_type.replace("_", "-"), extra=f"""\
decisions:
- date: 2026-04-01
  outcome: denied
  stage: internal appeal
  opens: {opens}
  next_deadline: 2026-08-01
""")
    text = (folder / "case.yaml").read_text(encoding="utf-8")
    text = text.replace("  notice_date: 03/03/2026\n", f"  notice_date: 03/03/2026\n  plan_type: {plan_type}\n")
    text = text.replace("  member_id: XJ 4471-002\n",
                        "  member_id: XJ 4471-002\n  address: 1 Fictional Way, Boise, ID 83702\n")
    (folder / "case.yaml").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("plan_type, opens, field", [
    ("individual_aca", "external review", "external_review.address"),
    ("medicaid", "a state fair hearing", "medicaid.fair_hearing_address"),
    ("individual_aca", "internal appeal (second level)", None)])
def test_cases_says_where_the_next_level_goes(tmp_path, plan_type, opens, field):
    from appeal_kit.cases import caseload

    [row] = caseload.caseload([_decided_case(tmp_path, plan_type, opens)], today=dt.date(2026, 4, 2))
    assert row.next_action.startswith("file ")
    if field:  # the directory's addressee for that level, with its address
        assert "; send it to " in row.next_action and directory.state("ID").get(field) in row.next_action
    else:  # a second internal appeal goes to the plan, never to the state's agency
        assert "send it to" not in row.next_action


@pytest.mark.parametrize("state, managed, fee_for_service", [
    ("CO", "Office of Administrative Courts", "within 60 days of the Notice of Action"),
    ("WI", "Wisconsin Department of Administration, Division of Hearings and Appeals (DHA)", "within 45 days"),
])
def test_a_managed_care_members_fair_hearing_office_is_named_without_the_states_own_time_limit(state, managed,
                                                                                               fee_for_service):
    # letters set 103's writer: `check` printed Colorado's office "(state fair hearing, requested in writing within 60
    # days of the Notice of Action ...)" for a managed-care member, whose hearing is asked within 120 days of the
    # plan's resolution (42 CFR 438.408(f)(2)); on fee-for-service the state's own limit is the one, and stays
    assert directory.fair_hearing({"claim": {"plan_type": "medicaid", "state": state}})[0] == managed
    ffs = {"claim": {"plan_type": "medicaid", "state": state, "delivery": "fee_for_service"}}
    assert fee_for_service in directory.fair_hearing(ffs)[0]
