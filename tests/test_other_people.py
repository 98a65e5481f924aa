"""Other people's information in an exhibit (appeal_kit/packet/others.py): a clearinghouse report or a family
statement that lists other patients beside this one is named by the build, page by page, never with the names it
found. All names FICTIONAL."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import TRD_SAMPLE, copy_sample, run_cli

from appeal_kit.packet import others

PATIENT = "Hannah Ruth Lindqvist-Amos"
REPORT = """CLEARINGHOUSE CLAIM ACKNOWLEDGMENT REPORT (277CA) - FICTIONAL      Batch 55310     09/29/2026
Patient   Claim ref              Freq  Status
R.T.      SB-26-0928-0012        1     ACCEPTED
H.L.-A.   SB-26-0928-0013        7     ACCEPTED
J.M.      SB-26-0928-0014        1     REJECTED - invalid member ID

Totals: 3 claims
"""


def test_a_column_of_patients_names_the_others_by_their_initials():
    assert others.people_in(REPORT) == ["R.T.", "H.L.-A.", "J.M."]
    assert others.other_people_pages([REPORT], PATIENT) == [(1, 2)]
    # the patient's own initials, in any order of her name's parts, are hers
    assert others.is_this_patient("H.L.-A.", PATIENT) and not others.is_this_patient("L.H.", PATIENT)


@pytest.mark.parametrize("page, count", [
    ("Patient: Hannah Lindqvist-Amos    DOB: 03/02/1988\nPatient: Lindqvist-Amos, Hannah R.", 0),
    ("Member name: Rosa Delgado de la Cruz\nMember: Hannah R. Lindqvist-Amos", 1),  # a label's value
    ("Paciente: Ulises Carrizales Peña", 1),  # Spanish labels
    # a family statement: the subscriber's spouse's visit
    ("Subscriber: WALTER O PENNICK\nPatient  Provider          DOS\nWALTER   Bayfront Regional  09/01/2026\n"
     "DIANE    Palmetto Cove      09/09/2026", 1),
    # no name to weigh: an ID, a date, "Self", a subscriber who holds the policy
    ("Member: FICT-2210984-01\nPatient: Self\nPatient: 09/01/2026\nSubscriber: Marcus Lindqvist", 0),
])
def test_labels_and_columns_name_the_people_a_page_is_about(page, count):
    patient = "Walter Owen Pennick" if "PENNICK" in page else PATIENT
    assert len(others.other_people_pages([page], patient)) == count


# Rosters and logs name people without a "Patient" label, as the patient's own row does (letters sets 53 and 54:
# 13 such documents went unwarned). Each page here is FICTIONAL and made for the test.
@pytest.mark.parametrize("page, others_found", [
    # a schedule: times, then initials; hers among them
    ("ECT SUITE LOG 09/14/2026\n09/14/2026  08:10 H.L.-A. (treatment 1)   08:40 R.M. (treatment 6)   09:10 T.K. "
     "(maintenance)\n", {"R.M.", "T.K."}),
    # a shared monitoring sheet: her row begun by a label, another begun by a chair
    ("Patient: Lindqvist-Amos, H.   84 mg   BP 132/84\nChair 2: Pruitt, J.   56 mg   BP 128/80\n", {"Pruitt, J."}),
    # one line of cells: her score beside the group's
    ("WEEKLY PHQ-9 SHEET\nH. L.-A. 14   |   L. Marsh 22   |   B. Tran 11\n", {"L. Marsh", "B. Tran"}),
    ("Relapse group: H.L.-A. present; D. Hollins present, left early; K. Reyes present.\n", {"D. Hollins", "K. Reyes"}),
    # a household printout: a relative with her family name on a row like hers
    ("02/27/2026  Hannah Lindqvist-Amos   sertraline 50 mg   #30\n05/04/2026  Lena Lindqvist-Amos    "
     "escitalopram 10 mg   #30\n", {"Lena Lindqvist-Amos"}),
    # a misfiled schedule: someone else's appointment, the patient not on it
    ("NERVE BLOCK SCHEDULE 11/03/2026\n09:00 Halvorsen, Bettina - occipital nerve block\n", {"Halvorsen, Bettina"}),
    # a list of first names and initials after a label (letters set 58, case 04)
    ("Present: Hannah L.-A., Jordan M., Kaylee S.   Absent: Marcus D.\n", {"Jordan M.", "Kaylee S."}),
    # a household fill history printed in capitals, a relative among the rows (set 58, case 07)
    ("LINDQVIST-AMOS, HANNAH   sertraline 50 mg #30   07/06/2026  paid\n"
     "AMOS, OLUMIDE            atorvastatin 40 mg #90   09/15/2026  paid\n", {"AMOS, OLUMIDE"}),
    # a fax log's subject line (set 58, case 08)
    ("10/26/2026 09:52  to (801) 555-0175   6 pages   OK   Re: FERREIRA, LUCIA - records\n", {"FERREIRA, LUCIA"}),
    # a roster under a "Client" column, a two-word family name (set 57, case 01)
    ("Client                         Days attended\nAlvarado, Teresa                    17\n"
     "Lindqvist Amos, Hannah              20\n", {"Alvarado, Teresa"}),
    # a waitlist whose rows end in a middle initial (letters set 59, case 03)
    ("1. Lindqvist-Amos, Hannah R.    ref. Dr. Sato     acute course   awaiting authorization\n"
     "2. Pelletier, Annette           ref. Dr. Kovac    maintenance    scheduled 11/18/2026\n", {"Pelletier, Annette"}),
    # a chair and a time before the colon
    ("Chair 2, 8:00 am: H. Lindqvist-Amos - ketamine, day 1 of 5\nChair 3, 8:30 am: R. Okonjo - ketamine, day 3\n",
     {"R. Okonjo"}),
])
def test_a_roster_names_the_people_listed_where_the_patient_is(page, others_found):
    assert set(others.roster_people(page, PATIENT)) == others_found
    assert others.other_people_pages([page], PATIENT) == [(1, len(others_found))]


def test_a_household_printout_knows_both_family_names_of_a_spanish_name():
    # letters set 59, case 01: the patient printed with both family names, her husband with the first alone
    page = ("QUINTANILLA BARRIOS, ROSA E   sertraline 100 mg tab   last fill 11/02/2026\n"
            "QUINTANILLA, TOMAS            lisinopril 20 mg tab    last fill 10/28/2026\n")
    assert set(others.roster_people(page, "Rosa Elena Quintanilla Barrios")) == {"QUINTANILLA, TOMAS"}


def test_a_household_table_lists_siblings_who_share_both_family_names():
    # letters set 61, case 02: the patient's row and her siblings' rows; the family's second surname is no given name
    page = ("ELIGIBILITY NOTICE (FICTIONAL)\n"
            "Marisol Ibarra Quintero (head of household)   eligible   renewal 06/30/2027\n"
            "Lucia Vega Ibarra                             eligible   renewal 06/30/2027\n"
            "Tomasa Vega Ibarra, age 12                    eligible   renewal 06/30/2027\n")
    assert set(others.roster_people(page, "Lucia Vega Ibarra")) == {"Marisol Ibarra Quintero", "Tomasa Vega Ibarra"}
    # in a note's prose the same names are the family the note is about, not a list of other people
    prose = ("Lucia Vega Ibarra is 17 and came with her mother.\n"
             "Marisol Ibarra Quintero (mother) reports she eats one meal a day.\n")
    assert others.other_people_pages([prose], "Lucia Vega Ibarra") == []


def test_a_sign_in_sheet_reads_accented_names():
    # letters set 61, case 03: "Tomás E." is the patient; the rest of the group is listed as he is
    page = "GROUP SIGN-IN (FICTIONAL)   11/17/2026\n1. Tomás E.      present\n2. Brianna K.    present\n"
    assert others.roster_people(page, "Tomás Echeverría Luna") == ["Brianna K."]


@pytest.mark.parametrize("page, patient, found", [
    # letters set 63, case 02: two family names after an initial, where the cell ends
    ("Slot 1  07:00  H. Vandermolen     maintenance\nSlot 2  07:30  L. Ibarra Cruz     acute, treatment 1\n",
     "Lucia Fernanda Ibarra Cruz", ["H. Vandermolen"]),
    # letters set 64, case 08: an initial for the first of two hyphened family names
    ("Mon-Fri 15:30  J. R.-Ballantyne (tx 24-28)    Mon-Fri 16:15  K. Odhiambo (tx 8-12)\n",
     "Jonah Reyes-Ballantyne", ["K. Odhiambo"]),
    # letters set 64, case 06: a fax report's subject names the patient after a spaced dash, and another below
    ("2231 15:29  (317) 555-0189   6   OK   Precert ECT - B. Lindqvist-Mora\n"
     "2232 15:41  (317) 555-0106   4   OK   Precert TMS - D. Farrington\n", "Beatrix Lindqvist-Mora", ["D. Farrington"]),
])
def test_a_schedule_or_log_reads_the_patient_s_name_in_its_short_forms(page, patient, found):
    assert others.roster_people(page, patient) == found


def test_a_family_statement_numbers_each_person_s_claim():
    # letters set 62, cases 03 and 04: "Member 02 ..." is a dependent's claim, never the policy holder
    page = ("Enrollment: Self and Family   Page 1 of 1\n"
            "Member 01 Hannah Lindqvist-Amos   Claim KF-1   Dr. Aino Sato\n"
            "Member 02 Corwin Lindqvist-Amos   Claim KF-2   Valley Physical Therapy\n"
            "Patient 03 Ezra Pell   Claim KF-3   Dayton Pediatric Dental\n")
    assert others.other_people_pages([page], PATIENT) == [(1, 2)]


@pytest.mark.parametrize("page", [
    # a label's value runs on into other words on its line (letters set 55, cases 03 and 06)
    "Patient: Delbert Aames DOB 01/02/1990 page 3 of the release\nMirtazapine 30 mg daily, 12 weeks, no response.\n",
    "Patient: J. Whitlock (page sent in error)\nUrine drug screen 11/18/2026.\n",
    # a relative under the label the patient's own section has (set 55, case 02)
    "Patient: Hannah Lindqvist-Amos\n  02/03/2025 sertraline 50 mg\nPatient: Louisa Lindqvist-Amos\n  lisinopril\n",
    # another dependent's line on a family statement (set 56, case 03)
    "Patient: Hannah Lindqvist-Amos (dependent)\nAlso on this statement - Patient: Nolan Lindqvist-Amos (dependent), "
    "10/14/2026, office visit, paid.\n",
    # a label without its colon, in a fax log (set 55, case 07)
    "09/22/2026 11:19 am  To: (804) 555-0170  Pages: 3  Result: OK  Contents: new request - patient R. Delgado-Finch\n",
])
def test_a_label_names_another_person_whatever_follows_the_name(page):
    assert len(others.other_people_pages([page], PATIENT)) == 1


@pytest.mark.parametrize("page", [
    # clinicians, titles and signatures are not other patients
    "Patient: Lindqvist-Amos, H.   DOB 03/02/1988\nSeen by Dr. Sato today.\n08:10 K. Reyes, LCSW - group\n",
    "09/14/2026  H.L.-A. seen; plan discussed with Ms. Hale.\n",
    # the patient's own name in other forms: a short given name in capitals, an initial, words after it
    "PATIENT: LINDQVIST-AMOS, HAN   DOB 03/02/1988\nPatient: H. Lindqvist-Amos, DOB 03/02/1988\n"
    "Patient: Hannah Lindqvist-Amos. Episode 2 began in 2025.\n",
    # a questionnaire named after the patient's label
    "Patient Health Questionnaire (PHQ-9): 14 on 09/01/2026\nPatient: Hannah Lindqvist-Amos DOB 03/02/1988\n",
    # headings in capitals or with a two-word first part are no names
    "FEHB Standard Option, Self Only   Administrative Services, Part B\nPatient: Hannah Lindqvist-Amos\n"
    "09:00  Signed: Dana Okafor, MA, LPC   09:30  RN, BSN on duty\n",
    # dotted abbreviations are not initials
    "09/14/2026  H.L.-A.  Box 12\n09/15/2026  P.O.  Box 40817\n10:00  H.L.-A. (session 2)\n11:00  A.M. (session 3)\n",
    # places and plans: a city and state, a run of capitalised words, a line of prose wrapped after a comma
    "09:00 Dayton, Ohio office\nProvider: Saguaro Regional Hospital Behavioral Health\nPatient: Hannah Lindqvist-Amos\n"
    "Appeals, State Employees Plan, PO Box 12\n",
    # an address's second line after a wrap, a clinic and its doctor (letters set 60, case 07)
    "Send it to Cumberland Medicare\nServices, Part B Redeterminations, PO Box 30874\nPatient: Hannah Lindqvist-Amos\n"
    "Claim 26-1105   Smoky Ridge Psychiatry & Neuromodulation, Dr. Ansel Whitcombe\n",
    # family on a coverage document: the policy holder, a parent who signs, a sponsor named alone
    "Subscriber: Marcus Lindqvist-Amos\nPatient: Hannah Lindqvist-Amos\nSigned: Rosa Lindqvist-Amos (mother)\n"
    "Sponsor Daniel Lindqvist-Amos, on active duty since 2019.\n",
])
def test_a_page_about_the_patient_alone_names_no_one_else(page):
    assert others.other_people_pages([page], PATIENT) == []


@pytest.mark.libreoffice
def test_the_build_names_the_exhibit_and_page_that_list_other_patients(tmp_path: Path):
    folder = copy_sample(TRD_SAMPLE, tmp_path / "case")
    plain = run_cli("build", str(folder))
    assert plain.returncode == 0 and "names other people" not in plain.stdout + plain.stderr
    (folder / "other").mkdir(exist_ok=True)
    (folder / "other" / "clearinghouse-report.txt").write_text(REPORT.replace("H.L.-A.", "D.W."), encoding="utf-8")
    case_yaml = folder / "case.yaml"
    case_yaml.write_text(case_yaml.read_text(encoding="utf-8").replace(
        "exhibits:\n", "exhibits:\n  - file: other/clearinghouse-report.txt\n    title: Clearinghouse report\n", 1),
        encoding="utf-8")
    result = run_cli("build", str(folder), "--force")
    assert result.returncode == 0, result.stderr
    said = [line for line in (result.stdout + result.stderr).splitlines() if "names other people" in line]
    assert len(said) == 1 and "(other/clearinghouse-report.txt)" in said[0] and "(page 1)" in said[0]
    assert "R.T." not in said[0] and "J.M." not in said[0]  # the names found are never printed
