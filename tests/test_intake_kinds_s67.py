"""Intake on the kinds of notice the blind sets 48 and 49 missed (s67-intake), one synthetic notice per kind, each
written in other words, layouts and numbers than the notices that showed the kind.

Every notice here is FICTIONAL, typed for the test: invented people, plans, numbers and addresses (phones 555-01xx).
"""
from __future__ import annotations

from datetime import date

from appeal_kit.intake import facts as intake_facts

TODAY = date(2026, 12, 7)


def _facts(text: str) -> dict:
    return intake_facts.extract_facts(text, today=TODAY)


def test_a_childrens_health_department_is_no_medicaid_word():
    # (K) a separate CHIP's decision whose next level is a "Departamento de Salud Infantil": CHIP, not Medicaid
    notice = """Plan Niños Ejemplo (MUESTRA FICTICIA)
Plan del Programa de Seguro Médico para Niños (CHIP)
Fecha de la decisión: 3 de noviembre de 2026
Paciente: Lucía Ejemplo
Mantenemos la denegación de las sesiones.
Puede pedir una revisión estatal dentro de 30 días. Envíe su solicitud a:
Oficina de Revisión Estatal
Departamento de Salud Infantil
100 Calle Uno
Fresno, CA 93701
"""
    assert _facts(notice)["plan_type"] == "chip"
    # a state's health department still says Medicaid
    assert _facts(notice.replace("Salud Infantil", "Salud").replace(
        "Plan del Programa de Seguro Médico para Niños (CHIP)\n", ""))["plan_type"] == "medicaid"


def test_an_adjustment_group_read_with_a_capital_and_a_small_letter():
    # (L) OCR's "Co-97" in a reason column is CO-97 (contract item 18)
    notice = """Plan Ejemplo (MUESTRA FICTICIA)
Fecha de este aviso: 2 de noviembre de 2026
Nombre del miembro: Ana Ejemplo
Fecha              Código        Decisión          Código de ajuste
01/10/2026         H2012         Denegado          Co-97
02/10/2026         H2012         Denegado          Co-97
"""
    assert _facts(notice)["carc_codes"] == ["CO-97"]


def test_the_first_day_of_a_rule_for_dates_of_service_is_no_care():
    # (R) "not valid for dates of service on or after ...": the day a rule starts, in English and Spanish
    english = """Example Advantage Plan (FICTIONAL SAMPLE)
Notice date: November 2, 2026
Member name: Ana Example
Date of service    Code     Paid
10/06/2026         S0013    $0.00
10/09/2026         S0013    $0.00
Reason: code S0013 is not valid for dates of service on or after January 1, 2026, and the claim lacks information.
"""
    assert _facts(english)["service_dates"] == ["2026-10-06", "2026-10-09"]
    spanish = """Plan Ejemplo (MUESTRA FICTICIA)
Fecha del aviso: 2 de noviembre de 2026
Nombre del miembro: Ana Ejemplo
Fecha (día/mes/año)   Código     Pagado
06/10/2026            S0013      $0.00
09/10/2026            S0013      $0.00
Motivo: el código S0013 ya no es válido para fechas de servicio {} 1 de enero de 2026.
"""
    for words in ("desde el", "a partir del"):
        assert _facts(spanish.format(words))["service_dates"] == ["2026-10-06", "2026-10-09"]


def test_the_day_the_coverage_began_is_no_care():
    # (C) a pre-existing condition's reason names the day the policy began, after the word "treatment"
    notice = """Example Short-Term Medical (FICTIONAL SAMPLE)
Date of this letter: November 2, 2026
Insured: Sam Example
Claim number: ST-1234
Date of service  Code   Paid
10/12/2026       S9480  $0.00
10/13/2026       S9480  $0.00
CO-51: these charges treat a pre-existing condition. Your records show treatment for this condition in the 24 months
before your coverage began on June 1, 2026, and the policy excludes it.
"""
    assert _facts(notice)["service_dates"] == ["2026-10-12", "2026-10-13"]


def test_a_coverage_determinations_number_is_the_claim_number_on_a_redetermination():
    # (D) contract items 3 and 19: the (original) coverage determination's number, not the redetermination's
    english = """EXAMPLE RX (PDP) - MEDICARE PRESCRIPTION DRUG PLAN (FICTIONAL SAMPLE)
REDETERMINATION NOTICE
Date of this notice:       November 3, 2026
Enrollee:                  Pat Example
Member ID:                 EXR100200
Redetermination number:    RD-11-2233
Original coverage determination:  CD-44-5566 (October 1, 2026)
We are upholding our denial of the drug, which has a step therapy requirement.
"""
    assert _facts(english)["claim_number"] == "CD-44-5566"
    spanish = """Plan de Medicamentos Ejemplo (PDP) (MUESTRA FICTICIA)
AVISO DE REDETERMINACIÓN
Fecha del aviso:               3 de noviembre de 2026
Afiliado:                      Paco Ejemplo
ID de afiliado:                EXR 100 200
Determinación de cobertura:    DC-44-5566
Redeterminación:               RD-11-2233
Mantenemos la denegación: el medicamento tiene un requisito de terapia escalonada.
"""
    assert _facts(spanish)["claim_number"] == "DC-44-5566"


def test_codes_each_on_its_days_in_a_list_cut_by_semicolons():
    # (S) "96365 on September 9, 2026; 96366 on September 10 ...": the code names the care after the semicolon
    notice = """Example Benefit Plan (FICTIONAL SAMPLE)
Date:  November 4, 2026
Participant:    Lee Example
Claim:          EX-26-1000
Dear Mr. Example:
The Plan has reviewed the claim from Example Clinic for infusion therapy 96365 on September 9, 2026; 96366 on
September 10, 2026 and September 12, 2026 for depression (F33.1). The Plan found the care not medically necessary.
"""
    assert _facts(notice)["service_dates"] == ["2026-09-09", "2026-09-10", "2026-09-12"]


def test_a_dependants_letter_to_the_policyholder_with_the_facts_in_sentences():
    # (P) the patient named by a dependant's role in a sentence, not the addressee; the claim's number set off by a
    # comma ("The claim, number ...")
    notice = """Example Benefit Administrators (FICTIONAL SAMPLE)
November 2, 2026
Sam Roe
1 Main Street
Duluth, MN 55802
Dear Mr. Roe:
This letter is about the claim we received for your son, Leo Roe-Diaz, whose member ID is EXA-1000-03. The claim,
number EXA-26-1234-5678, was sent by Example Clinic for infusions given on October 5, 2026.
We have denied the claim because the care is experimental.
"""
    f = _facts(notice)
    assert f["patient_name"] == "Leo Roe-Diaz"
    assert f["claim_number"] == "EXA-26-1234-5678"
    assert f["member_id"] == "EXA-1000-03"


def test_a_spanish_sentence_that_names_the_member_then_the_members_number():
    # (M) "Usted, NOMBRE, afiliada número X": the member's number after the role word, the whole name before it (the
    # greeting gives only the surnames)
    notice = """Plan Ejemplo de Medicaid (MUESTRA FICTICIA)
Fecha:    3 de noviembre de 2026
Estimada señora Ruiz Paz:
Le escribimos sobre su apelación. Usted, Ana María Ruiz Paz, afiliada número EJ-4410-2210, nos pidió revisar la
denegación de la reclamación original número EJ-2609-1111 por la terapia que recibió el 2 de octubre de 2026.
Mantenemos la denegación.
"""
    f = _facts(notice)
    assert f["patient_name"] == "Ana María Ruiz Paz"
    assert f["member_id"] == "EJ-4410-2210"
    assert f["claim_number"] == "EJ-2609-1111"


def test_a_family_statement_whose_patient_column_glosses_the_members_number():
    # (F) "Patient (member no.)" over "Omar Example (01)": the denied row's patient, and the member ID the list of
    # covered members gives for that number, not the subscriber's
    notice = """Example County Employees' Health Plan (FICTIONAL SAMPLE)
A self-funded governmental plan
Family Benefit Statement
Statement date:        11/20/2026                                     Covered members
Subscriber:            Rita Example                                   00 Rita Example              EXC-1001-00
Subscriber ID:         EXC-1001-00                                    01 Omar Example              EXC-1001-01
Coverage:              Employee + family                              02 Ida Example               EXC-1001-02

Patient (member no.)       Claim              Date            Code       Billed           Plan paid     Adj.      Status
Rita Example (00)          EX2610-10001       10/06/2026      99213      $165.00          $125.00       PR-3      Paid
Omar Example (01)          EX2611-20002       10/12/2026      90868      $320.00          $0.00         CO-119    Denied
                                              10/13/2026      90868      $320.00          $0.00         CO-119    Denied
Ida Example (02)           EX2610-30003       10/15/2026      90837      $210.00          $180.00       PR-3      Paid

Code CO-119: the benefit maximum has been reached.
You may appeal a denied claim in writing within 120 days of the statement date.
"""
    f = _facts(notice)
    assert (f["patient_name"], f["member_id"], f["claim_number"]) == ("Omar Example", "EXC-1001-01", "EX2611-20002")
    assert f["service_dates"] == ["2026-10-12", "2026-10-13"]


def test_care_dates_named_by_the_kind_of_care():
    # (T) "treatment dates Oct 9, 2026 and Oct 16, 2026:" before the lines of that care
    notice = """Medicare Summary Notice for Part B (Medical Insurance) (FICTIONAL SAMPLE)
Name:               JO EXAMPLE
Date of this notice: November 16, 2026
Your Claims for Part B
Claim number 26-311-00001-11. Example Hospital Outpatient Dept., treatment dates Oct 9, 2026 and Oct 16, 2026:
Service                            Code      Approved?   Amount Medicare paid
Electroconvulsive therapy          90870     No          $0.00
Electroconvulsive therapy          90870     No          $0.00
A Medicare does not pay for this service because it is not reasonable and necessary.
"""
    assert _facts(notice)["service_dates"] == ["2026-10-09", "2026-10-16"]


def test_a_summary_notice_that_tells_each_claim_in_a_sentence():
    # (H) "Claim number X. Provider, Sep 3, 2026: office visit (99213), Medicare approved." then the denied claim's
    # heading over its rows: the denied claim is the claim, its dates the care's
    notice = """Medicare Summary Notice for Part B (Medical Insurance) (FICTIONAL SAMPLE)
Name:               JO EXAMPLE
Date of this notice: November 16, 2026
Your Claims for Part B
Claim number 26-290-00002-22. Example Psychiatry, Sep 3, 2026: office visit (99213), Medicare approved.
You may be billed $20.00.
Claim number 26-311-00001-11. Example Hospital Outpatient Dept., treatment dates Oct 9, 2026 and Oct 16, 2026:
Service                            Code      Approved?   Amount Medicare paid
Electroconvulsive therapy          90870     No          $0.00
Electroconvulsive therapy          90870     No          $0.00
A Medicare does not pay for this service because it is not reasonable and necessary.
"""
    f = _facts(notice)
    assert f["claim_number"] == "26-311-00001-11"
    assert f["service_dates"] == ["2026-10-09", "2026-10-16"]
    assert f["procedure_codes"] == ["90870"]


def test_a_paid_rows_adjustment_code_read_in_lower_case_is_still_the_paid_rows():
    # (O) OCR's "co-45" on a paid row and "CO-45" in the legend: a code of the paid claim only, not the denial's
    notice = """Example Benefit Services (FICTIONAL SAMPLE)
EXPLANATION OF BENEFITS - THIS IS NOT A BILL
Plan:              Example Foundry Employee Medical Plan (self-funded)
Subscriber:        Al Example ID EXB-100-01
Statement date:    November 12, 2026
Claim         Patient / Member ID               Service date  Code    Dx      Billed  Plan paid   Adj.     Status
26-310-10001  Bea Example / EXB-100-02          10/14/2026    99214   F33.2   210.00  96.40       co-45    Paid
26-310-20002  Bea Example / EXB-100-02          10/21/2026    96365   F33.2   780.00  0.00        CO-197   Denied
                                                10/23/2026    96365   F33.2   780.00  0.00        CO-197   Denied
Adjustment codes: CO-45 means the charge is above the amount the plan allows; CO-197 means the plan required
approval before this care and none was on file.
"""
    f = _facts(notice)
    assert f["carc_codes"] == ["CO-197"]
    assert f["claim_number"] == "26-310-20002"
