#!/usr/bin/env python3
"""Generate intake-blind/fresh3: 18 fictional denial notices for issue 19, each with <name>.expected.json.

Every person, plan, administrator, number and address is fictional.
Run:  /work/main/.venv/bin/python make_fresh3.py
"""
import datetime as dt, json, os, random, sys
from email.message import EmailMessage
from email.policy import SMTP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/notes/notes-blind")
import render as R  # noqa: E402
from PIL import Image, ImageDraw, ImageFont  # noqa: E402

FICT = "All people, plans, administrators, numbers and addresses in this notice are fictional. "
NOTICES = []


def plus_days(iso, n):
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=n)).isoformat()


def plus_months(iso, m):
    d = dt.date.fromisoformat(iso)
    y, mo = divmod(d.month - 1 + m, 12)
    return dt.date(d.year + y, mo + 1, d.day).isoformat()


def add(name, fmt, pages, exp, **kw):
    NOTICES.append(dict(name=name, fmt=fmt, pages=pages, exp=exp, kw=kw))


# ---------------------------------------------------------------- 01 TPA letter, text PDF
nd = "2026-10-28"
add("01-tpa-self-funded-letter.pdf", "pdf", [[
    ("h", "KEYSTONE RIDGE BENEFIT ADMINISTRATORS, INC."),
    "Third-party administrator for the Harrowgate Manufacturing Co. Employee Health Benefit Plan (a self-funded plan)",
    "P.O. Box 77100  |  Lancaster Mills, PA 17999  |  Customer Service 1-888-555-0142",
    "Date of issue: October 28, 2026",
    ("table", [["Employee (participant)", "Marguerite L. Osterhout"],
               ["Patient", "Julian Osterhout (dependent)"],
               ["Patient date of birth", "10/30/2001"],
               ["Member ID", "HMC-00451872-02"],
               ["Claim reference", "KRB 2026 1019 4471"],
               ["Provider", "Stillwater Ketamine Therapeutics, LLC"]]),
    "Dear Ms. Osterhout:",
    "Keystone Ridge Benefit Administrators processes claims for the Harrowgate Manufacturing Co. Employee Health "
    "Benefit Plan. The Plan Administrator has delegated initial claim decisions to us. We have reviewed the claim "
    "submitted for your son's intravenous ketamine infusions on 10/02/2026, 10/06/2026 and 10/09/2026 "
    "(CPT 96365, 96366; HCPCS J3490; diagnoses F33.2, F41.1).",
    "Decision: the claim is denied. Adjustment reason CO-50: these are non-covered services because this is not "
    "deemed a medical necessity by the payer. Our physician reviewer, a board-certified psychiatrist, found that "
    "the records do not document an adequate trial of an augmentation agent, which the Plan's clinical policy "
    "BH-114 requires before ketamine infusion therapy is considered medically necessary.",
    ("h", "Your right to appeal"),
    "You have 180 days following your receipt of this notice to file an appeal. Send your written appeal, with any "
    "records or comments you want considered, to:",
    ("pre", "Keystone Ridge Benefit Administrators\nAttn: Appeals Unit\nP.O. Box 77120\nLancaster Mills, PA 17999"),
    "You may ask for copies of all documents relevant to your claim free of charge. If your appeal is denied you "
    "may bring a civil action under section 502(a) of ERISA. If your situation is urgent, call us to request an "
    "expedited appeal.",
    "Sincerely, Claims Review Department",
]], dict(
    _note=FICT + "TPA letter for a self-funded ERISA plan; names both administrator and plan. Patient is the "
          "dependent son, not the addressed employee. DOB 10/30/2001 is two days after the notice date. Deadline is "
          "from receipt; computed from the notice date (no mailing days), per docs/domain.md. Claim reference "
          "printed with spaces; compare without spaces.",
    patient_name="Julian Osterhout", member_id="HMC-00451872-02", claim_number="KRB 2026 1019 4471",
    notice_date=nd, service_dates=["2026-10-02", "2026-10-06", "2026-10-09"],
    procedure_codes=["96365", "96366", "J3490"], diagnosis_codes=["F33.2", "F41.1"], carc_codes=["CO-50"],
    denial_category="medical_necessity", plan_type="employer_erisa", urgent=False,
    appeal_deadline=plus_days(nd, 180), deadline_basis="180 days following your receipt of this notice",
    appeals_address="Keystone Ridge Benefit Administrators, Attn: Appeals Unit, P.O. Box 77120, Lancaster Mills, PA 17999"))

# ---------------------------------------------------------------- 02 commercial EOB, three claims, one denied
nd = "2026-11-09"
add("02-commercial-eob-three-claims.pdf", "pdf", [[
    ("h", "Bellwether Health Insurance Company"),
    "EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL",
    ("table", [["Member", "Member ID", "Group", "Statement date"],
               ["Priya Raman-Castellano", "BWH884120057", "0045512 - Corliss Freight Systems", "11/09/2026"]]),
    ("h", "Claims processed since your last statement"),
    ("table", [["Claim number", "Provider", "Service date", "Service", "Billed", "Allowed", "Plan paid",
                "You owe", "Codes"],
               ["26-301-118822", "Lumen Psychiatry Group", "10/05/2026", "99214 office visit", "$240.00",
                "$148.10", "$118.48", "$29.62", "PR-2"],
               ["26-301-118823", "Lumen Psychiatry Group", "10/12/2026", "99214 office visit", "$240.00",
                "$148.10", "$118.48", "$29.62", "PR-2"],
               ["26-305-009941", "Northstar Infusion Center", "10/19/2026", "96365 IV infusion; J3490 drug",
                "$1,150.00", "$0.00", "$0.00", "$0.00", "CO-197"]]),
    "Diagnosis on claim 26-305-009941: F33.2.",
    ("h", "Message codes"),
    "PR-2  Coinsurance amount (your share).",
    "CO-197  Precertification/authorization/notification/pre-treatment absent. Claim 26-305-009941 is denied: "
    "the infusion was given without the prior authorization your plan requires. The provider may not bill you for "
    "this amount while an appeal is possible.",
    ("h", "Your appeal rights"),
    "You or your authorized representative may appeal within 180 days after you receive this statement. Write to "
    "Bellwether Health, Appeals & Grievances, PO Box 30418, Tallow Creek, OH 43999, or fax 1-866-555-0170. Your "
    "plan is governed by ERISA; you have the right to bring a civil action under section 502(a) after the appeal.",
]], dict(
    _note=FICT + "EOB with three claims; only 26-305-009941 is denied (the PR-2 lines are paid claims, not denials). "
          "Deadline counted from the statement date.",
    patient_name="Priya Raman-Castellano", member_id="BWH884120057", claim_number="26-305-009941",
    notice_date=nd, service_dates=["2026-10-19"], procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"],
    carc_codes=["CO-197"], denial_category="prior_authorization", plan_type="employer_erisa", urgent=False,
    appeal_deadline=plus_days(nd, 180), deadline_basis="within 180 days after you receive this statement",
    appeals_address="Bellwether Health, Appeals & Grievances, PO Box 30418, Tallow Creek, OH 43999"))

# ---------------------------------------------------------------- 03 Medicare Advantage IDN, image-only PDF
nd = "2026-11-13"
add("03-medicare-advantage-idn-scan.pdf", "scan", [[
    ("h", "Crescent Senior Advantage (HMO)"),
    "2100 Lantern Way, Dover Pines, DE 19999",
    ("h", "NOTICE OF DENIAL OF MEDICAL COVERAGE"),
    "Date: 11/13/2026                         Member number: CSA47702913",
    "Name: Walter P. Emberly                  Date of birth: 11/15/1950",
    "Request number: PA-2026-1187734",
    "Your request was denied. We have denied the medical services listed below that you or your physician "
    "requested: esketamine nasal spray (Spravato) treatment sessions, HCPCS G2083, for diagnosis F33.2.",
    "Why did we deny your request? Our plan covers esketamine only after you have tried two different oral "
    "antidepressants and one augmentation medicine (step therapy). Our records show one antidepressant trial. "
    "This decision was made by Dr. Harriet Voss, a psychiatrist.",
    ("h", "You have the right to appeal our decision"),
    "You have the right to ask Crescent Senior Advantage to review our decision by asking us for an appeal. You "
    "must ask for an appeal within 65 days of the date of this notice. We can give you more time if you have a good "
    "reason for missing the deadline.",
    "How to ask for a standard appeal: write to Crescent Senior Advantage, Appeals Department, 2100 Lantern Way, "
    "Dover Pines, DE 19999, or fax 1-877-555-0108.",
    "How to ask for a fast appeal: if you or any doctor believe that waiting for a standard decision could "
    "seriously harm your health, call 1-877-555-0109. We will decide within 72 hours.",
]], dict(
    _note=FICT + "Image-only PDF (no text layer) of an Integrated Denial Notice, pre-service: no service dates. "
          "DOB 11/15/1950 two days after the notice date. The fast-appeal paragraph is an option, not an urgent "
          "decision (urgent false). Request number used as the claim number.",
    patient_name="Walter P. Emberly", member_id="CSA47702913", claim_number="PA-2026-1187734",
    notice_date=nd, procedure_codes=["G2083"], diagnosis_codes=["F33.2"],
    denial_category="step_therapy", plan_type="medicare_advantage", urgent=False,
    appeal_deadline=plus_days(nd, 65), deadline_basis="within 65 days of the date of this notice",
    appeals_address="Crescent Senior Advantage, Appeals Department, 2100 Lantern Way, Dover Pines, DE 19999"))

# ---------------------------------------------------------------- 04 Part D denial from a PBM, TXT
nd = "2026-11-17"
add("04-part-d-pbm-denial.txt", "txt", [[
    ("pre", "TESSELLATE RX SOLUTIONS\n"
            "on behalf of BrightOak Medicare Rx (PDP)\n"
            "\n"
            "                NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE\n"
            "\n"
            "Date: November 17, 2026\n"
            "Enrollee's name: Cordelia M. Ashgrove              Member ID: BOR-5528130-01\n"
            "Date of birth: November 19, 1948\n"
            "Coverage determination case #: CD-26-0917733\n"
            "Drug: Auvelity (dextromethorphan-bupropion) 45 mg/105 mg ER tablet, #60 per 30 days\n"
            "Prescriber: Nadia Ferreira-Holm, MD      Diagnosis submitted by prescriber: F33.1"),
    "We have denied your request for the prescription drug listed above. Your request was denied because our plan "
    "requires step therapy for this drug: you must first try bupropion and one other generic antidepressant (for "
    "example sertraline or escitalopram) before we will cover Auvelity. Our records do not show that you tried "
    "these drugs, and your prescriber did not tell us why they would not work for you or would cause harm.",
    ("pre", "WHAT IF I DON'T AGREE WITH THIS DECISION?\n"
            "You have the right to ask us to review our decision (a redetermination). You must ask for a\n"
            "redetermination within 65 days from the date of this notice.\n"
            "\n"
            "Standard redetermination: mail your request to\n"
            "   BrightOak Medicare Rx Appeals\n"
            "   c/o Tessellate Rx Solutions\n"
            "   P.O. Box 6604\n"
            "   Glenrock, AZ 85999\n"
            "or fax it to 1-855-555-0136.\n"
            "\n"
            "Expedited redetermination: if you or your prescriber believe waiting 7 days could seriously harm\n"
            "your health, call 1-855-555-0135, 24 hours a day. We will decide within 72 hours."),
]], dict(
    _note=FICT + "Part D coverage-determination denial sent by the PBM for a PDP: no CPT/HCPCS codes (a drug), no "
          "service date, no CARC. DOB two days after notice date, both in words. Case # used as the claim number.",
    patient_name="Cordelia M. Ashgrove", member_id="BOR-5528130-01", claim_number="CD-26-0917733",
    notice_date=nd, diagnosis_codes=["F33.1"], denial_category="step_therapy", plan_type="medicare_part_d",
    urgent=False, appeal_deadline=plus_days(nd, 65),
    deadline_basis="within 65 days from the date of this notice",
    appeals_address="BrightOak Medicare Rx Appeals, c/o Tessellate Rx Solutions, P.O. Box 6604, Glenrock, AZ 85999"))

# ---------------------------------------------------------------- 05 Spanish Medicaid MCO, text PDF
nd = "2026-11-09"
add("05-medicaid-mco-aviso-es.pdf", "pdf", [[
    ("h", "SALUD SERENA - Plan de salud de Medicaid"),
    "P.O. Box 4400, San Ysidro Flats, TX 78999  -  Servicios para miembros: 1-800-555-0161 (TTY 711)",
    ("h", "AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS"),
    "Fecha del aviso: 9 de noviembre de 2026",
    ("table", [["Nombre del miembro", "María Guadalupe Ibarra Núñez"],
               ["Fecha de nacimiento", "03/05/1961"],
               ["Número de identificación de Medicaid", "700 418 2296"],
               ["Número de referencia", "SS-AB-2026-55107"],
               ["Proveedor", "Clínica Horizonte de Salud Mental"]]),
    "Estimada Sra. Ibarra Núñez:",
    "Salud Serena revisó la reclamación de su proveedor por infusiones intravenosas de ketamina (CPT 96365 y "
    "HCPCS J3490) que recibió el 27/10/2026 y el 30/10/2026, con diagnóstico F33.2. Hemos decidido negar el pago "
    "porque el servicio no es médicamente necesario para su condición según nuestras pautas clínicas: los "
    "expedientes no muestran que usted haya probado dos antidepresivos a dosis y duración adecuadas.",
    ("h", "Su derecho a apelar"),
    "Usted tiene 60 días calendario a partir de la fecha de este aviso para pedir una apelación. Puede pedirla por "
    "teléfono o por escrito a: Salud Serena, Departamento de Quejas y Apelaciones, P.O. Box 4410, San Ysidro "
    "Flats, TX 78999.",
    "Continuación de beneficios: si usted ya recibía este servicio y quiere seguir recibiéndolo durante la "
    "apelación, debe pedir la apelación dentro de 10 días de la fecha de este aviso.",
    "Audiencia imparcial estatal: si no está de acuerdo con nuestra decisión sobre su apelación, puede pedir una "
    "audiencia imparcial estatal dentro de 120 días de la fecha de la carta con la decisión de la apelación.",
    "Si necesita ayuda, llame al 1-800-555-0161. Este aviso está disponible en inglés y en otros formatos.",
]], dict(
    _note=FICT + "Spanish Medicaid managed-care NABD (text PDF). DOB 03/05/1961 is day-first (3 May 1961), the issue's "
          "own trap; service dates 27/10 and 30/10 can only be day-first. The 10-day continuation-of-benefits and "
          "the 120-day fair hearing windows are not the appeal deadline.",
    patient_name="María Guadalupe Ibarra Núñez", member_id="700 418 2296", claim_number="SS-AB-2026-55107",
    notice_date=nd, service_dates=["2026-10-27", "2026-10-30"], procedure_codes=["96365", "J3490"],
    diagnosis_codes=["F33.2"], denial_category="medical_necessity", plan_type="medicaid", urgent=False,
    appeal_deadline=plus_days(nd, 60),
    deadline_basis="60 días calendario a partir de la fecha de este aviso",
    appeals_address="Salud Serena, Departamento de Quejas y Apelaciones, P.O. Box 4410, San Ysidro Flats, TX 78999"))

# ---------------------------------------------------------------- 06 Spanish Medicaid, phone photo JPEG, stated date
nd = "2026-11-16"
add("06-medicaid-denegacion-foto-es.jpg", "photo", [[
    ("h", "FAMILIA PLENA HEALTH PLAN - Medicaid"),
    "Apartado 3302, Loma Clara, AZ 85998",
    ("h", "AVISO DE DENEGACIÓN DE PAGO"),
    "Fecha: 16 de noviembre de 2026",
    "Miembro: José Antonio Quiñones Ferrer",
    "Núm. de miembro: FP-30917245        Fecha de nacimiento: 14/11/1979",
    "Reclamación n.º: 2026-RC-081144",
    "Servicios: estimulación magnética transcraneal (CPT 90867, 90868) los días 19/10/2026, 21/10/2026 y "
    "23/10/2026. Diagnóstico: F33.2.",
    "Motivo: los servicios se prestaron sin la autorización previa que exige su plan (código CO-197).",
    "Si no está de acuerdo, puede apelar. Debemos recibir su apelación a más tardar el 15 de enero de 2027. "
    "Envíela a: Familia Plena Health Plan, Unidad de Apelaciones, Apartado 3310, Loma Clara, AZ 85998.",
    "Después de la apelación puede pedir una audiencia imparcial estatal.",
]], dict(
    _note=FICT + "Phone photo (JPEG, skew, shadow) of a Spanish Medicaid denial. Deadline stated as a calendar date "
          "(it wins). DOB 14/11/1979 two days before the notice date, day-first.",
    patient_name="José Antonio Quiñones Ferrer", member_id="FP-30917245", claim_number="2026-RC-081144",
    notice_date=nd, service_dates=["2026-10-19", "2026-10-21", "2026-10-23"], procedure_codes=["90867", "90868"],
    diagnosis_codes=["F33.2"], carc_codes=["CO-197"], denial_category="prior_authorization", plan_type="medicaid",
    urgent=False, appeal_deadline="2027-01-15", deadline_basis="a más tardar el 15 de enero de 2027",
    appeals_address="Familia Plena Health Plan, Unidad de Apelaciones, Apartado 3310, Loma Clara, AZ 85998"))

# ---------------------------------------------------------------- 07 Spanish CHIP e-mail (.eml, HTML + plain)
nd = "2026-11-23"
html07 = """<html><body style="font-family:Arial">
<p><b>Arboleda Kids CHIP</b> &ndash; Programa de Seguro M&eacute;dico Infantil</p>
<p>Fecha del aviso: 23 de noviembre de 2026</p>
<table border="1" cellpadding="4">
<tr><td>Paciente</td><td>Sofía Belén Arancibia Toro</td></tr>
<tr><td>Número de miembro</td><td>AK-5510293</td></tr>
<tr><td>Fecha de nacimiento</td><td>21/11/2012</td></tr>
<tr><td>Reclamación</td><td>88-2026-771203</td></tr>
<tr><td>Fecha del servicio</td><td>02/11/2026</td></tr>
<tr><td>Servicio</td><td>Evaluación psiquiátrica diagnóstica (CPT 90792)</td></tr>
<tr><td>Diagnóstico</td><td>F32.1</td></tr>
<tr><td>Código de ajuste</td><td>CO-242</td></tr>
</table>
<p>Estimada Sra. Toro:</p>
<p>Negamos el pago de esta reclamación porque la Dra. Lucía Berrondo no pertenece a la red de proveedores de
Arboleda Kids CHIP y el servicio no fue una emergencia.</p>
<p>Usted puede apelar esta decisión dentro de 60 días a partir de la fecha de este aviso. Envíe su apelación a:
Arboleda Kids CHIP, Unidad de Apelaciones, Apartado Postal 2290, Villa Cedros, NM 87999, o por fax al
1-888-555-0114.</p>
<p>Este mensaje fue enviado por el Portal de Miembros. No responda a este correo.</p>
</body></html>"""
plain07 = """Arboleda Kids CHIP - Programa de Seguro Médico Infantil
Fecha del aviso: 23 de noviembre de 2026

Paciente: Sofía Belén Arancibia Toro
Número de miembro: AK-5510293
Fecha de nacimiento: 21/11/2012
Reclamación: 88-2026-771203
Fecha del servicio: 02/11/2026
Servicio: Evaluación psiquiátrica diagnóstica (CPT 90792)
Diagnóstico: F32.1
Código de ajuste: CO-242

Estimada Sra. Toro:

Negamos el pago de esta reclamación porque la Dra. Lucía Berrondo no pertenece a la red de proveedores de
Arboleda Kids CHIP y el servicio no fue una emergencia.

Usted puede apelar esta decisión dentro de 60 días a partir de la fecha de este aviso. Envíe su apelación a:
Arboleda Kids CHIP, Unidad de Apelaciones, Apartado Postal 2290, Villa Cedros, NM 87999, o por fax al
1-888-555-0114.

Este mensaje fue enviado por el Portal de Miembros. No responda a este correo.
"""
add("07-chip-aviso-correo-es.eml", "eml", None, dict(
    _note=FICT + "Spanish CHIP notice as an .eml (plain + HTML, quoted-printable UTF-8). The patient is the child; "
          "the mother (Sra. Toro) is addressed. Service date 02/11/2026 is day-first (2 Nov; the notice is Spanish "
          "and the notice date is 23 Nov). DOB 21/11/2012 two days before the notice. plan_type medicaid: CHIP "
          "through a managed-care plan follows the Medicaid managed-care appeal rules; no other value fits.",
    patient_name="Sofía Belén Arancibia Toro", member_id="AK-5510293", claim_number="88-2026-771203",
    notice_date=nd, service_dates=["2026-11-02"], procedure_codes=["90792"], diagnosis_codes=["F32.1"],
    carc_codes=["CO-242"], denial_category="out_of_network", plan_type="medicaid", urgent=False,
    appeal_deadline=plus_days(nd, 60), deadline_basis="dentro de 60 días a partir de la fecha de este aviso",
    appeals_address="Arboleda Kids CHIP, Unidad de Apelaciones, Apartado Postal 2290, Villa Cedros, NM 87999"),
    headers={"From": "Portal de Miembros - Arboleda Kids CHIP <avisos@arboledakids.example>",
             "To": "Inés Toro Valdivia <ines.toro@correo.example>",
             "Date": "Mon, 23 Nov 2026 14:05:11 -0600",
             "Subject": "Aviso de determinación adversa – Reclamación 88-2026-771203"},
    plain=plain07, html=html07)

# ---------------------------------------------------------------- 08 TRICARE, DOCX with tables
nd = "2026-11-12"
add("08-tricare-contractor-letter.docx", "docx", [[
    ("h", "SENTINEL FEDERAL HEALTH - TRICARE Regional Contractor"),
    "Claims Department, P.O. Box 55000, Fort Marlow, SC 29999",
    ("table", [["Notice date", "12-Nov-2026"],
               ["Sponsor", "SSgt Ramon Brandt-Moreno"],
               ["Beneficiary", "Kaylee Brandt-Moreno"],
               ["DoD Benefits Number", "10934722618"],
               ["Transaction control number (TCN)", "2631 5540 0078 120"]]),
    ("table", [["Date of service", "Procedure", "Diagnosis", "Billed", "Allowed", "Status"],
               ["14-Oct-2026", "96365", "F33.2", "$420.00", "$0.00", "Denied"],
               ["14-Oct-2026", "J3490", "F33.2", "$380.00", "$0.00", "Denied"],
               ["16-Oct-2026", "96365", "F33.2", "$420.00", "$0.00", "Denied"],
               ["16-Oct-2026", "J3490", "F33.2", "$380.00", "$0.00", "Denied"]]),
    "Reason: TRICARE does not cover intravenous ketamine for depression. It is considered unproven "
    "(experimental or investigational) under the TRICARE Policy Manual and cannot be cost-shared.",
    "If you disagree, you may request a reconsideration. Your request must be postmarked or received within "
    "90 days of the date of this notice. Include a copy of this notice and any medical records. Mail to: "
    "Sentinel Federal Health, TRICARE Claims Reconsiderations, P.O. Box 55021, Fort Marlow, SC 29999.",
    "Unproven care cannot be appealed beyond the reconsideration level unless the amount in dispute is $50 or more.",
]], dict(
    _note=FICT + "TRICARE contractor letter in DOCX tables; member ID is the 11-digit DoD Benefits Number; the TCN is "
          "the claim number (printed with spaces). Dates written 12-Nov-2026. plan_type omitted: TRICARE is none "
          "of the case.yaml plan types.",
    patient_name="Kaylee Brandt-Moreno", member_id="10934722618", claim_number="2631 5540 0078 120",
    notice_date=nd, service_dates=["2026-10-14", "2026-10-16"], procedure_codes=["96365", "J3490"],
    diagnosis_codes=["F33.2"], denial_category="experimental", urgent=False,
    appeal_deadline=plus_days(nd, 90),
    deadline_basis="postmarked or received within 90 days of the date of this notice",
    appeals_address="Sentinel Federal Health, TRICARE Claims Reconsiderations, P.O. Box 55021, Fort Marlow, SC 29999"))

# ---------------------------------------------------------------- 09 FEHB, text PDF, benefit limit, 6 months
nd = "2026-11-06"
add("09-fehb-benefit-limit.pdf", "pdf", [[
    ("h", "Capitol Hearth Benefit Plan"),
    "A health plan under the Federal Employees Health Benefits (FEHB) Program",
    "P.O. Box 9000, Anacostia Heights, MD 20999",
    "November 6, 2026",
    "Desmond K. Oyelaran-Price",
    "41 Juniper Terrace, Apt 2, Anacostia Heights, MD 20998",
    "Enrollee ID: R81544092          Claim: CHB-26-44190-07",
    "Dear Mr. Oyelaran-Price:",
    "We processed the claim from Potomac Neuromodulation Associates for repetitive transcranial magnetic "
    "stimulation (CPT 90868) on 10/28/2026, 10/30/2026 and 11/02/2026, diagnosis F33.2. We paid sessions 1 through "
    "36 in calendar year 2026. The sessions on these dates are sessions 37, 38 and 39 and exceed the plan's benefit "
    "maximum of 36 TMS sessions per calendar year (Section 5(e) of the 2026 brochure). Claim adjustment reason "
    "CO-119: benefit maximum for this time period or occurrence has been reached.",
    "If you disagree with our decision, you may ask us in writing to reconsider it. You must write to us within "
    "6 months from the date of our decision. Write to: Capitol Hearth Benefit Plan, Reconsideration Unit, P.O. Box "
    "9050, Anacostia Heights, MD 20999. Include copies of documents that support your claim.",
    "If we maintain our denial, you may ask the U.S. Office of Personnel Management (OPM) to review it within 90 "
    "days after the date of our reconsideration decision.",
    "Sincerely, Claims Review, Capitol Hearth Benefit Plan",
]], dict(
    _note=FICT + "FEHB carrier letter; the deadline is 6 months from the date of the decision (this letter), added "
          "as calendar months. The OPM 90-day window is the next level, not this deadline.",
    patient_name="Desmond K. Oyelaran-Price", member_id="R81544092", claim_number="CHB-26-44190-07",
    notice_date=nd, service_dates=["2026-10-28", "2026-10-30", "2026-11-02"], procedure_codes=["90868"],
    diagnosis_codes=["F33.2"], carc_codes=["CO-119"], denial_category="benefit_limit", plan_type="fehb",
    urgent=False, appeal_deadline=plus_months(nd, 6),
    deadline_basis="within 6 months from the date of our decision",
    appeals_address="Capitol Hearth Benefit Plan, Reconsideration Unit, P.O. Box 9050, Anacostia Heights, MD 20999"))

# ---------------------------------------------------------------- 10 student plan, image-only PDF, day-first
nd = "2026-11-04"
add("10-student-plan-day-first-scan.pdf", "scan", [[
    ("h", "THORNBURY UNIVERSITY STUDENT HEALTH INSURANCE PLAN"),
    "Underwritten by Larkfield Mutual Insurance Co. - Administered by Campus Cover Services",
    "14 Chancery Walk, Thornbury, VT 05999",
    "Please note: all dates in this letter are shown as DD/MM/YYYY.",
    "Date of letter: 04/11/2026",
    "Student / insured: Aarav Venkataraman-Leigh      Member no.: TU-2291-0447",
    "Date of birth: 05/11/2003                        Claim ref: CCS/26/118604",
    "Service: ketamine-assisted psychotherapy (CPT 90837 with HCPCS J3490) on 19/10/2026",
    "Diagnoses on claim: F43.10, F33.1",
    "Decision: we are unable to pay this claim. Ketamine-assisted psychotherapy is excluded under the plan as "
    "experimental or investigational (Schedule of Exclusions, item 22).",
    "Appeals: this plan is student health insurance coverage subject to the Affordable Care Act's internal appeal "
    "and external review rules. You may appeal within 180 days of the date of this letter by writing to Campus "
    "Cover Services, Appeals Team, 14 Chancery Walk, Thornbury, VT 05999.",
]], dict(
    _note=FICT + "Student plan scanned to an image-only PDF; the letter says dates are DD/MM/YYYY, so 04/11/2026 is "
          "4 November (not 11 April) and the DOB 05/11/2003 is 5 November, the day after the notice. Student health "
          "coverage is individual-market coverage under the ACA: plan_type individual_aca.",
    patient_name="Aarav Venkataraman-Leigh", member_id="TU-2291-0447", claim_number="CCS/26/118604",
    notice_date=nd, service_dates=["2026-10-19"], procedure_codes=["90837", "J3490"],
    diagnosis_codes=["F43.10", "F33.1"], denial_category="experimental", plan_type="individual_aca", urgent=False,
    appeal_deadline=plus_days(nd, 180), deadline_basis="within 180 days of the date of this letter",
    appeals_address="Campus Cover Services, Appeals Team, 14 Chancery Walk, Thornbury, VT 05999"))

# ---------------------------------------------------------------- 11 1-bit fax TIFF, expedited
nd = "2026-11-19"
add("11-marketplace-expedited-fax.tif", "fax", [[
    ("pre", "11/20/2026 15:42  FROM: LARKSPUR ASSURANCE UM  (877)555-0199   TO: 5415550143   P.001/001"),
    ("h", "LARKSPUR ASSURANCE - Marketplace Silver 70 HMO"),
    ("h", "UTILIZATION MANAGEMENT: EXPEDITED REVIEW DETERMINATION"),
    "Determination date: 11/19/2026",
    "Member: Ignatius Reuben Calloway    Member ID: LKA-7730-55812",
    "Authorization #: UM-2611-04478",
    "Requested: esketamine nasal spray treatment, G2083 x 8, requested date of service 11/23/2026",
    "Diagnoses: F33.2, R45.851",
    "This request was reviewed on an expedited (urgent) basis at the prescriber's request. Decision: DENIED. The "
    "information received does not show that the requested care is medically necessary: the notes do not document "
    "current severity scores or the outcome of the two antidepressant trials listed.",
    "Appeal: you may request an expedited appeal by phone at (877) 555-0190 or by fax at (877) 555-0191, or a "
    "standard appeal in writing, within 180 days of receiving this notice, to Larkspur Assurance Appeals, "
    "600 Quill Road, Suite 40, Cheney Harbor, WA 98999. You may also ask for an expedited external review at the "
    "same time.",
]], dict(
    _note=FICT + "1-bit Group 4 fax TIFF. The fax header date 11/20/2026 is the transmission date; the notice date is "
          "the determination date 11/19/2026. Pre-service: the requested date of service 11/23/2026 is listed "
          "as the service date. urgent true (an expedited review decision). Marketplace plan -> individual_aca.",
    patient_name="Ignatius Reuben Calloway", member_id="LKA-7730-55812", claim_number="UM-2611-04478",
    notice_date=nd, service_dates=["2026-11-23"], procedure_codes=["G2083"], diagnosis_codes=["F33.2", "R45.851"],
    denial_category="medical_necessity", plan_type="individual_aca", urgent=True,
    appeal_deadline=plus_days(nd, 180), deadline_basis="within 180 days of receiving this notice",
    appeals_address="Larkspur Assurance Appeals, 600 Quill Road, Suite 40, Cheney Harbor, WA 98999"))

# ---------------------------------------------------------------- 12 portal message, TXT, timely filing
nd = "2026-11-23"
add("12-portal-message-timely-filing.txt", "txt", [[
    ("pre", "NovaHarbor Health  |  Member Portal  >  Message Center  >  Inbox\n"
            "------------------------------------------------------------------\n"
            "From:     Claims Resolution Team\n"
            "To:       Fenella Quartermaine (Member ID: NVH 6620 1193)\n"
            "Sent:     11/23/2026 4:12 PM CT\n"
            "Subject:  Your claim was denied - action available\n"
            "Plan:     NovaHarbor Employer PPO (group 55-20817, Tamsin & Reyes Architects)\n"
            "------------------------------------------------------------------"),
    "Hi Fenella,",
    "We've finished reviewing claim 2026-0814-55290 from Birchgate Counseling for psychotherapy (90837) on "
    "06/03/2026, diagnosis F33.1. We had to deny it because we received it on 10/30/2026, after the 90-day filing "
    "limit in your plan (remark CO-29: the time limit for filing has expired). Your provider agreed in their network "
    "contract not to bill you for a claim denied for late filing.",
    "You can appeal within 180 days of this decision. Reply to this message with your reasons and attach any "
    "documents, or mail them to NovaHarbor Health Appeals, PO Box 2188, Marrow Point, NE 68999.",
    "Thanks,\nNovaHarbor Claims Resolution Team",
    ("pre", "[Reply]   [Print]   [Download as PDF]\n"
            "Messages are kept for 24 months. Last sign-in: 11/24/2026 7:55 AM"),
]], dict(
    _note=FICT + "Member-portal message copied as text. The notice date is the Sent date (no other notice date); the "
          "received date 10/30/2026 and the last sign-in 11/24/2026 are not it. Member ID printed with spaces.",
    patient_name="Fenella Quartermaine", member_id="NVH 6620 1193", claim_number="2026-0814-55290",
    notice_date=nd, service_dates=["2026-06-03"], procedure_codes=["90837"], diagnosis_codes=["F33.1"],
    carc_codes=["CO-29"], denial_category="timely_filing", plan_type="employer_erisa", urgent=False,
    appeal_deadline=plus_days(nd, 180), deadline_basis="within 180 days of this decision",
    appeals_address="NovaHarbor Health Appeals, PO Box 2188, Marrow Point, NE 68999"))

# ---------------------------------------------------------------- 13 MA EOB phone photo PNG, three claims
nd = "2026-11-03"
add("13-medicare-advantage-eob-photo.png", "photo", [[
    ("h", "Juniper Valley Medicare Advantage (PPO)"),
    "EXPLANATION OF BENEFITS - monthly summary for October 2026 - This is not a bill",
    "Date issued: Nov 3, 2026",
    "Member: Rosemary T. Ellingsworth     Member ID: JVM 0047 3391 5",
    ("table", [["Claim", "Date", "Service", "Plan paid", "You pay", "Note"],
               ["2610 7731 0045", "10/02/2026", "99213 office visit", "$78.20", "$20.00", ""],
               ["2610 7734 0012", "10/08/2026", "90867 TMS, first session", "$0.00", "$0.00", "A"],
               ["2610 7740 0391", "10/15/2026", "90834 psychotherapy", "$81.44", "$20.00", ""]]),
    "Note A: Denied. CO-15: the authorization number is missing, invalid, or does not apply to the billed "
    "services. TMS needs prior authorization from our plan.",
    "If you disagree with a coverage decision on this EOB, you can appeal. You must ask within 65 days of the date "
    "of this notice. Write to Juniper Valley Health Plan, Attn: Appeals, P.O. Box 31877, Sage Hollow, ID 83999.",
]], dict(
    _note=FICT + "Phone photo (PNG) of a Medicare Advantage EOB with three claims, one denied (2610 7734 0012). No "
          "diagnosis code on the EOB. Claim numbers and member ID printed with spaces.",
    patient_name="Rosemary T. Ellingsworth", member_id="JVM 0047 3391 5", claim_number="2610 7734 0012",
    notice_date=nd, service_dates=["2026-10-08"], procedure_codes=["90867"], carc_codes=["CO-15"],
    denial_category="prior_authorization", plan_type="medicare_advantage", urgent=False,
    appeal_deadline=plus_days(nd, 65), deadline_basis="within 65 days of the date of this notice",
    appeals_address="Juniper Valley Health Plan, Attn: Appeals, P.O. Box 31877, Sage Hollow, ID 83999"))

# ---------------------------------------------------------------- 14 English e-mail, coding denial
nd = "2026-11-09"
plain14 = """Dear Samira Toussaint-Vale,

Letter date: November 9, 2026
Member ID: PCX442091773
Claim number: PCH-9918-2204-5
Provider: Meadowlark Infusion Partners
Date of service: 10/21/2026
Billed: 96365-59 (IV infusion, initial hour), J3490 (unclassified drug)
Diagnosis: F33.2

Your claim was denied because the procedure code is inconsistent with the modifier used (CO-4), and the
claim lacks the National Drug Code needed to identify the unclassified drug (CO-16). Your provider can send a
corrected claim; you may also appeal.

Your employer's group health plan is insured by Prairie Crest Health and governed by ERISA. You may appeal
within 180 days of receiving this notice by writing to:

Prairie Crest Health, Member Appeals
1201 Switchgrass Blvd
Wheatland, KS 66999

Questions? Call 1-800-555-0187.
"""
html14 = "<html><body>" + "".join(
    f"<p>{l}</p>" if l else "<br>" for l in plain14.split("\n")) + "</body></html>"
add("14-claim-notice-email.eml", "eml", None, dict(
    _note=FICT + "English .eml (plain + HTML). The e-mail's Date header is the day after the letter date; the notice "
          "date is the letter date printed in the body. Two CARCs. Coding denial, correctable by the provider.",
    patient_name="Samira Toussaint-Vale", member_id="PCX442091773", claim_number="PCH-9918-2204-5",
    notice_date=nd, service_dates=["2026-10-21"], procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"],
    carc_codes=["CO-4", "CO-16"], denial_category="coding", plan_type="employer_erisa", urgent=False,
    appeal_deadline=plus_days(nd, 180), deadline_basis="within 180 days of receiving this notice",
    appeals_address="Prairie Crest Health, Member Appeals, 1201 Switchgrass Blvd, Wheatland, KS 66999"),
    headers={"From": "Prairie Crest Health <no-reply@notices.prairiecrest.example>",
             "To": "samira.tv@mailbox.example",
             "Date": "Tue, 10 Nov 2026 08:31:02 -0500",
             "Subject": "Claim determination notice - Claim #PCH-9918-2204-5"},
    plain=plain14, html=html14)

# ---------------------------------------------------------------- 15 English Medicaid MCO NABD, image-only PDF
nd = "2026-11-18"
add("15-medicaid-mco-nabd-scan.pdf", "scan", [[
    ("h", "BLUESTEM COMMUNITY HEALTH PLAN"),
    "A Medicaid managed care plan  -  455 Prairie Rose Avenue, Cottonwood Bend, NE 68998",
    ("h", "NOTICE OF ADVERSE BENEFIT DETERMINATION"),
    "Date of Notice: 11/18/2026",
    "Member: Tobiah Ruthven-Okeke        Medicaid ID: 81-440-2291-7",
    "Date of birth: 11/16/1989           Reference #: NABD-2026-118845",
    "Service requested by Dr. Wilhelmina Achebe-Strand: IV ketamine infusions, 6 sessions (CPT 96365, 96366; "
    "HCPCS J3490); diagnosis F33.2.",
    "Action: Bluestem has denied this request. Reason: ketamine infusion for depression is not approved by the "
    "FDA for this use and is considered experimental/investigational under Bluestem's coverage policy.",
    "YOUR RIGHT TO APPEAL: You must ask for an appeal within 60 calendar days from the date on this notice. Call "
    "1-877-555-0122 or write to Bluestem Community Health Plan, Grievance and Appeals Dept., 455 Prairie Rose "
    "Avenue, Cottonwood Bend, NE 68998.",
    "CONTINUATION OF BENEFITS: if this notice ends or reduces a service you already get, you can keep getting it "
    "during the appeal if you ask within 10 days of the date of this notice.",
    "STATE FAIR HEARING: after the appeal, you can ask for a state fair hearing within 120 days of the date of the "
    "appeal decision.",
]], dict(
    _note=FICT + "Image-only PDF (scan) of an English Medicaid MCO NABD, pre-service (no service dates). DOB two days "
          "before the notice date. The 10-day and 120-day windows are traps.",
    patient_name="Tobiah Ruthven-Okeke", member_id="81-440-2291-7", claim_number="NABD-2026-118845",
    notice_date=nd, procedure_codes=["96365", "96366", "J3490"], diagnosis_codes=["F33.2"],
    denial_category="experimental", plan_type="medicaid", urgent=False,
    appeal_deadline=plus_days(nd, 60), deadline_basis="within 60 calendar days from the date on this notice",
    appeals_address="Bluestem Community Health Plan, Grievance and Appeals Dept., 455 Prairie Rose Avenue, Cottonwood Bend, NE 68998"))

# ---------------------------------------------------------------- 16 DOCX boxed header table, out of network
nd = "2026-11-12"
add("16-group-plan-out-of-network.docx", "docx", [[
    ("h", "Corvallan Mutual Life & Health"),
    "88 Beacon Quay, Port Anselm, RI 02999",
    ("h", "Claim Determination"),
    ("table", [["Member name", "Member ID", "Group", "Claim number", "Notice date"],
               ["Anneliese Dorfmann-Pike", "CMH-55-0912374", "GRP 71420 (Tidewater Logistics LLC)",
                "CM26 3318 8840", "2026-11-12"]]),
    ("table", [["Line", "Date of service", "Code", "Description", "Billed", "Paid", "Adj."],
               ["1", "2026-10-27", "90792", "Psychiatric diagnostic evaluation with medical services", "$450.00",
                "$0.00", "CO-242"],
               ["2", "2026-10-27", "96365", "IV infusion, therapeutic, initial hour", "$600.00", "$0.00", "CO-242"],
               ["3", "2026-10-27", "J3490", "Unclassified drug (ketamine)", "$95.00", "$0.00", "CO-242"]]),
    "Diagnosis: F33.2. Provider: Halcyon Ketamine Clinic (out of network).",
    "CO-242: Services not provided by network/primary care providers. Your plan (an employer group HMO) pays only "
    "for care from network providers except in an emergency. A network provider for this service was available "
    "within 25 miles.",
    "You have 180 days from the date you receive this notice to appeal. Send your appeal to Corvallan Mutual, "
    "Appeals Review Unit, 88 Beacon Quay, Port Anselm, RI 02999. You also have rights under ERISA section 502(a).",
]], dict(
    _note=FICT + "DOCX with a boxed header table (labels above values) and a line table; ISO dates. All three lines "
          "denied for the same reason. Claim number printed with spaces.",
    patient_name="Anneliese Dorfmann-Pike", member_id="CMH-55-0912374", claim_number="CM26 3318 8840",
    notice_date=nd, service_dates=["2026-10-27"], procedure_codes=["90792", "96365", "J3490"],
    diagnosis_codes=["F33.2"], carc_codes=["CO-242"], denial_category="out_of_network", plan_type="employer_erisa",
    urgent=False, appeal_deadline=plus_days(nd, 180),
    deadline_basis="180 days from the date you receive this notice",
    appeals_address="Corvallan Mutual, Appeals Review Unit, 88 Beacon Quay, Port Anselm, RI 02999"))

# ---------------------------------------------------------------- 17 Marketplace plan, TXT, calendar-date deadline
nd = "2026-11-25"
add("17-marketplace-not-covered-stated-date.txt", "txt", [[
    ("pre", "HERONFIELD HEALTH PLANS\n"
            "Individual & Family Plans (purchased through the Health Insurance Marketplace)\n"
            "P.O. Box 1400 * Salt Marsh, GA 31999\n"
            "\n"
            "Mailed on: 11/25/2026\n"
            "\n"
            "BARTHOLOMEW QUINCE\n"
            "77 Palmetto Run\n"
            "Salt Marsh, GA 31998\n"
            "\n"
            "RE: Prior authorization request PA-HF-26-7719042\n"
            "    Member ID HFD-IFP-30058821 | Date of birth 11/27/1973\n"
            "    Service: Spravato (esketamine) 84 mg sessions, G2083, diagnosis F33.2"),
    "Dear Mr. Quince,",
    "We reviewed the request from Dr. Odalys Perrin for esketamine treatment sessions in her office. Your "
    "Individual & Family plan does not cover esketamine given in a provider's office under the medical benefit; it "
    "is listed as an exclusion in your Evidence of Coverage (Section 8, item 41). This is a benefit exclusion, not "
    "a decision about medical necessity.",
    "You can appeal. Your appeal must be received by May 24, 2027. Send it to Heronfield Health Plans, Appeals, "
    "P.O. Box 1450, Salt Marsh, GA 31999, or fax 1-844-555-0153. If your doctor says waiting could seriously "
    "jeopardize your health, ask for an expedited appeal.",
    "Sincerely,\nUtilization Management, Heronfield Health Plans",
]], dict(
    _note=FICT + "Marketplace plan letter in capitals-and-RE: layout; patient named only in the address block and the "
          "salutation (written in capitals in the address). Deadline stated as a calendar date. DOB 11/27/1973 two "
          "days after the mailing date.",
    patient_name="Bartholomew Quince", member_id="HFD-IFP-30058821", claim_number="PA-HF-26-7719042",
    notice_date=nd, procedure_codes=["G2083"], diagnosis_codes=["F33.2"], denial_category="not_covered",
    plan_type="individual_aca", urgent=False, appeal_deadline="2027-05-24",
    deadline_basis="Your appeal must be received by May 24, 2027",
    appeals_address="Heronfield Health Plans, Appeals, P.O. Box 1450, Salt Marsh, GA 31999"))

# ---------------------------------------------------------------- 18 multi-employer fund, phone photo JPEG
nd = "2026-11-04"
add("18-union-fund-cob-photo.jpg", "photo", [[
    ("h", "LOCAL 408 STAGEHANDS & RIGGERS HEALTH & WELFARE FUND"),
    "2150 Rigging Loft Road, Harlow Junction, NJ 08999  -  Fund Office 732-555-0106",
    "Mailed on: November 4, 2026",
    "Participant: Cormac Delacroix-Finch        Participant ID: SR408-0071-3",
    "Claim no.: 0981-26-33174",
    "Services: electroconvulsive therapy (CPT 90870) from September 14, 2026 through September 18, 2026, "
    "diagnosis F33.2, Ravensmere Hospital.",
    "Decision: denied, CO-22 - this care may be covered by another payer per coordination of benefits. Our records "
    "show you are also covered by your spouse's plan, which pays first. Send us the other plan's explanation of "
    "benefits, or appeal if you have no other coverage.",
    "Appeal: you may appeal to the Board of Trustees within 180 days after you receive this notice. Write to Board "
    "of Trustees, Local 408 Stagehands & Riggers Health & Welfare Fund, Attn: Appeals, 2150 Rigging Loft Road, "
    "Harlow Junction, NJ 08999. The Fund is an ERISA plan.",
]], dict(
    _note=FICT + "Phone photo (JPEG, skew, shadow) of a multi-employer (Taft-Hartley) fund letter. Service dates given "
          "as a range 'from ... through ...': both ends are listed (the days in between are not stated). "
          "Coordination of benefits = denial_category other when the set was written; coordination_of_benefits since "
          "that category was added (session 41, CARC 22).",
    patient_name="Cormac Delacroix-Finch", member_id="SR408-0071-3", claim_number="0981-26-33174",
    notice_date=nd, service_dates=["2026-09-14", "2026-09-18"], procedure_codes=["90870"],
    diagnosis_codes=["F33.2"], carc_codes=["CO-22"], denial_category="coordination_of_benefits", plan_type="employer_erisa",
    urgent=False, appeal_deadline=plus_days(nd, 180),
    deadline_basis="within 180 days after you receive this notice",
    appeals_address="Board of Trustees, Local 408 Stagehands & Riggers Health & Welfare Fund, Attn: Appeals, 2150 Rigging Loft Road, Harlow Junction, NJ 08999"))


# ================================================================ writers
def write_eml(path, n):
    m = EmailMessage()
    for k, v in n["kw"]["headers"].items():
        m[k] = v
    m["Message-ID"] = "<%s@notices.example>" % os.path.basename(path).split(".")[0]
    m.set_content(n["kw"]["plain"], charset="utf-8", cte="quoted-printable")
    m.add_alternative(n["kw"]["html"], subtype="html", charset="utf-8", cte="quoted-printable")
    with open(path, "wb") as f:
        f.write(m.as_bytes(policy=SMTP))


def write_fax(path, pages, seed=11):
    img = R.render_page_image(pages[0], dpi=200, seed=seed)
    img = R.degrade_scan(img, seed=seed, angle=0.7)
    img = img.resize((1728, int(1728 * img.height / img.width)))  # fax width
    img = img.resize((1728, img.height // 2))  # standard resolution: half vertical
    img = img.point(lambda v: 255 if v > 150 else 0).convert("1")
    img.save(path, compression="group4", dpi=(204, 98))


ORDER = ["file", "_note", "patient_name", "member_id", "claim_number", "notice_date", "service_dates",
         "procedure_codes", "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent",
         "appeal_deadline", "deadline_basis", "appeals_address"]
CATS = {"medical_necessity", "experimental", "step_therapy", "out_of_network", "prior_authorization", "coding",
        "timely_filing", "not_covered", "benefit_limit", "other"}
PLANS = {"employer_erisa", "individual_aca", "medicare_advantage", "medicare", "medicare_part_d", "medicaid", "fehb"}

if __name__ == "__main__":
    for f in os.listdir(HERE):
        if f[:2].isdigit():
            os.remove(os.path.join(HERE, f))
    for i, n in enumerate(NOTICES):
        p = os.path.join(HERE, n["name"])
        fmt = n["fmt"]
        if fmt == "pdf":
            R.write_pdf(p, n["pages"])
        elif fmt == "txt":
            R.write_txt(p, n["pages"])
        elif fmt == "docx":
            R.write_docx(p, n["pages"])
        elif fmt in ("scan", "photo"):
            R.write_image(p, n["pages"], kind=fmt, seed=100 + i)
        elif fmt == "fax":
            write_fax(p, n["pages"])
        elif fmt == "eml":
            write_eml(p, n)
        e = dict(n["exp"], file=n["name"])
        assert set(e) <= set(ORDER), set(e) - set(ORDER)
        assert e["denial_category"] in CATS
        assert e.get("plan_type", "employer_erisa") in PLANS
        assert e["notice_date"] <= "2026-12-02"
        for d in e.get("service_dates", []):
            assert d <= e["notice_date"] or e["file"].startswith("11-"), (e["file"], d)
        out = {k: e[k] for k in ORDER if k in e}
        with open(p.rsplit(".", 1)[0] + ".expected.json", "w") as f:
            json.dump(out, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print(len(NOTICES), "notices written")
