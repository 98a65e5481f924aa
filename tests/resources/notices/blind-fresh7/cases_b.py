"""Cases 10-18 of blind set fresh7. Everything here is FICTIONAL."""
from datetime import date, timedelta as td
from cases_a import FICT, FICT_ES

C = []


def add_business_days(d, n):
    while n:
        d += td(1)
        if d.weekday() < 5:
            n -= 1
    return d


def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    return date(d.year + y, mo + 1, d.day)


# ---------------------------------------------------------------- 10 English e-mail, HTML table, Marketplace
nd = date(2026, 11, 12)
html10 = """<html><body style="font-family:Arial">
<p style="font-size:10px;color:#777">FICTIONAL TEST DOCUMENT - all people, plans, numbers and addresses are invented.</p>
<p><b>Lakeshore Health Exchange Plans</b><br>Secure Message Center</p>
<p>Hello Dariusz,</p>
<p>A new document is available in your member portal. For your convenience, the text of the notice is copied below.</p>
<hr>
<h3>Adverse Benefit Determination</h3>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td><b>Notice date</b></td><td>November 12, 2026</td></tr>
<tr><td><b>Member</b></td><td>Dariusz Kowalczyk-Brandt</td></tr>
<tr><td><b>Member ID</b></td><td>LHX-30-889104</td></tr>
<tr><td><b>Subscriber</b></td><td>Dariusz Kowalczyk-Brandt</td></tr>
<tr><td><b>Plan</b></td><td>Lakeshore Silver 3500 (individual coverage purchased through the Health Insurance Marketplace)</td></tr>
<tr><td><b>Claim number</b></td><td>26310-448-0192</td></tr>
<tr><td><b>Provider</b></td><td>Northwind Infusion Therapy (out of network)</td></tr>
</table>
<p>&nbsp;</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Date of service</th><th>Procedure</th><th>Diagnosis</th><th>Billed</th><th>Paid</th><th>Reason</th></tr>
<tr><td>10/20/2026</td><td>96365</td><td>F33.2, F43.12</td><td>$725.00</td><td>$0.00</td><td>CO-242</td></tr>
<tr><td>10/22/2026</td><td>96365</td><td>F33.2, F43.12</td><td>$725.00</td><td>$0.00</td><td>CO-242</td></tr>
<tr><td>10/27/2026</td><td>96365</td><td>F33.2, F43.12</td><td>$725.00</td><td>$0.00</td><td>CO-242</td></tr>
</table>
<p><b>Reason:</b> CO-242 &ndash; services not provided by network/primary care providers. Your plan is an EPO and does not cover care from providers outside the Lakeshore network except for emergencies. You may ask for a network exception if no in-network provider could give this care.</p>
<p><b>Your appeal rights.</b> You may file an internal appeal within 180 days of receiving this notice. Mail your appeal to:<br>
Lakeshore Health Exchange Plans<br>Attn: Member Appeals<br>PO Box 60921<br>Millbrook, WI 53999</p>
<p>Or fax it to 1-555-0186. Please do not reply to this e-mail: this mailbox is not monitored and replies are not appeals.
If your health could be seriously harmed by waiting, ask for an expedited appeal at 1-555-0185. After our final decision you can ask for an external review.</p>
<p>Lakeshore Health Exchange Plans, 12 Harbor Point, Millbrook, WI 53990</p>
</body></html>"""
C.append(dict(
    slug="10-marketplace-portal-email-html", lang="en", fmt="eml",
    eml=dict(frm='"Lakeshore Health Exchange Plans" <no-reply@lakeshore-health.example>',
             to='"Dariusz Kowalczyk-Brandt" <dkb1988@mailbox.example>',
             subject="New document in your portal: Adverse Benefit Determination (claim 26310-448-0192)",
             date="Mon, 16 Nov 2026 09:41:07 -0600", html=html10, text=None),
    key=dict(patient_name="Dariusz Kowalczyk-Brandt", member_id="LHX-30-889104", claim_number="26310-448-0192",
             notice_date=nd, service_dates=[date(2026, 10, 20), date(2026, 10, 22), date(2026, 10, 27)],
             procedure_codes=["96365"], diagnosis_codes=["F33.2", "F43.12"], carc_codes=["CO-242"],
             denial_category="out_of_network", plan_type="individual_aca", urgent=False,
             appeal_deadline=nd + td(180), deadline_basis="within 180 days of receiving this notice",
             appeals_address="Lakeshore Health Exchange Plans, Attn: Member Appeals, PO Box 60921, Millbrook, WI 53999"),
    note="Portal notification e-mail (.eml, HTML only, quoted-printable) with the notice copied into it as two HTML tables. E-mail Date 16 Nov 2026 differs from the notice date 12 Nov 2026. Reply address is not for appeals; company street address at the foot is not the appeal address. Codes repeated on every row: each counted once.",
    trap="HTML-only e-mail, quoted-printable; e-mail date vs notice date; label/value table; service table; reply mailbox and foot address not for appeals",
    kind="individual Marketplace plan (EPO): out of network",
    must=["November 12, 2026", "10/20/2026", "10/22/2026", "10/27/2026"],
))

# ---------------------------------------------------------------- 11 Spanish e-mail, plain text base64
nd = date(2026, 11, 16)
text11 = """DOCUMENTO DE PRUEBA FICTICIO - todas las personas, planes, números y direcciones son inventados.

Estimada señora Quispe:

Le reenviamos por correo electrónico, como usted pidió, el aviso de denegación de su reclamación.
La versión impresa se le envió por correo postal.

----------------------------------------------------------------------
SOLSTICIO SALUD - Plan individual del Mercado de Seguros Médicos
AVISO DE DENEGACIÓN DE RECLAMACIÓN

Fecha: 16 de noviembre de 2026
Paciente: Rosa Elvira Quispe Mamani
Fecha de nacimiento: 18/11/1983
Identificación del miembro: SOL-775-31-0042
Número de reclamación: 9081 2633 0157
Proveedor: Centro Renacer Ketamina

Fechas de servicio: 08/10/2026 y 22/10/2026
Códigos de procedimiento: 96365, 96366, J3490
Diagnóstico: F33.2

Decisión: su plan no cubre este servicio. La póliza excluye la ketamina por vía
intravenosa para trastornos de salud mental (Sección 9, Exclusión 31 de su
Evidencia de Cobertura). Código de ajuste CO-204: servicio no cubierto por el
plan de beneficios del paciente.

SU DERECHO A APELAR
Puede presentar una apelación interna a más tardar el 15 de mayo de 2027.
Envíe su apelación por escrito a:

   Solsticio Salud
   Unidad de Apelaciones de Miembros
   P.O. Box 48810
   Tucsonia Wells, AZ 85999

Si espera y su salud corre grave peligro, pida una apelación acelerada al
1-555-0190. Después de nuestra decisión final, puede pedir una revisión externa
independiente.
----------------------------------------------------------------------

Atentamente,
Equipo de Servicios para Miembros
Solsticio Salud - 700 Avenida Saguaro, Tucsonia Wells, AZ 85990 (no es para apelaciones)
"""
C.append(dict(
    slug="11-marketplace-espanol-email-base64", lang="es", fmt="eml",
    eml=dict(frm='"Solsticio Salud Servicios" <servicios@solsticio-salud.example>',
             to='"Rosa E. Quispe" <rosa.quispe@correo.example>',
             subject="Su aviso de denegación - reclamación 9081 2633 0157",
             date="Wed, 18 Nov 2026 16:05:44 -0700", html=None, text=text11, b64=True),
    key=dict(patient_name="Rosa Elvira Quispe Mamani", member_id="SOL-775-31-0042", claim_number="9081 2633 0157",
             notice_date=nd, service_dates=[date(2026, 10, 8), date(2026, 10, 22)],
             procedure_codes=["96365", "96366", "J3490"], diagnosis_codes=["F33.2"], carc_codes=["CO-204"],
             denial_category="not_covered", plan_type="individual_aca", urgent=False,
             appeal_deadline=date(2027, 5, 15), deadline_basis="a más tardar el 15 de mayo de 2027",
             appeals_address="Solsticio Salud, Unidad de Apelaciones de Miembros, P.O. Box 48810, Tucsonia Wells, AZ 85999"),
    note="Spanish e-mail (.eml, text/plain UTF-8 in base64) forwarding a Marketplace plan's denial. Day-first dates because the notice is in Spanish: 08/10/2026 is 8 October (readable month-first as 10 August). DOB 18/11/1983 two days after the notice date; e-mail Date 18 Nov 2026. Deadline stated as a date in Spanish. Claim number in groups (compare without spaces). Street address in the signature is not for appeals.",
    trap="base64 UTF-8 body; day-first 08/10/2026 readable month-first; DOB 18/11/1983 two days after; e-mail date 18 Nov; stated deadline date in Spanish; signature address",
    kind="individual Marketplace plan in Spanish: not covered (exclusion)",
    must=["16 de noviembre de 2026", "08/10/2026", "22/10/2026", "15 de mayo de 2027"],
))

# ---------------------------------------------------------------- 12 student plan, DOCX, day-first with hint
nd = date(2026, 11, 5)
C.append(dict(
    slug="12-student-plan-dayfirst-docx", lang="en", fmt="docx",
    lines=[
        ("small", FICT),
        ("b", "Ivybrook University Student Health Insurance Plan"),
        "Underwritten by Aldermoor Life & Health Insurance Company  |  Administered by CampusCare Claims",
        ("box", [["*Letter date", "*Student / patient", "*Student ID", "*Policy no."],
                 ["05/11/2026", "Kwame Asante-Larbi", "IVB-2025-55817", "SHIP-26-IVB"],
                 ["*Date of birth", "*Claim reference", "*Provider", "*Dates of service"],
                 ["07/11/1999", "CC-118 204 593", "Riverside Ketamine Clinic", "02/10/2026, 19/10/2026"]],
         [0, 0.25, 0.5, 0.75], 9, "hdr"),
        ("small", "Please note: all dates in this letter are shown as DD/MM/YYYY (day/month/year)."),
        "Dear Kwame,",
        "We have processed the claim from Riverside Ketamine Clinic for intravenous ketamine therapy (procedure codes 96365 and J3490; diagnosis F32.2). The claim has been denied and returned for correction.",
        ("b", "Reason for denial"),
        "Adjustment code CO-16: the claim lacks information needed for adjudication. Remark M119: missing/incomplete/invalid National Drug Code (NDC) for the drug billed as J3490. The provider may send a corrected claim with the NDC, drug name and dose.",
        ("b", "Appealing this decision"),
        "You, or someone you name to act for you, may appeal within 180 days after you receive this letter. Send a written appeal to:",
        ("p", "Aldermoor Life & Health Insurance Company"), ("p", "Student Health Appeals"),
        ("p", "PO Box 7355"), ("p", "New Carrick, CT 06999"),
        "A corrected claim from your provider is not an appeal; it goes to CampusCare Claims, PO Box 7300, New Carrick, CT 06998.",
        "If your appeal is denied, you may ask for an external review by an independent review organization within 4 months of the final decision. For help, contact the state Office of the Healthcare Advocate at 1-555-0171.",
    ],
    key=dict(patient_name="Kwame Asante-Larbi", member_id="IVB-2025-55817", claim_number="CC-118 204 593",
             notice_date=nd, service_dates=[date(2026, 10, 2), date(2026, 10, 19)],
             procedure_codes=["96365", "J3490"], diagnosis_codes=["F32.2"], carc_codes=["CO-16"],
             denial_category="coding_billing", plan_type="individual_aca", urgent=False,
             appeal_deadline=nd + td(180), deadline_basis="within 180 days after you receive this letter",
             appeals_address="Aldermoor Life & Health Insurance Company, Student Health Appeals, PO Box 7355, New Carrick, CT 06999"),
    note="Student health insurance plan (individual market coverage, so individual_aca) as a Word file whose boxed header puts labels above values. Dates are day-first and the notice says so ('DD/MM/YYYY'): letter date 05/11/2026 is 5 November (readable as May 11); service 02/10/2026 is 2 October; DOB 07/11/1999 is 7 November, two days after. The corrected-claims PO Box is not for appeals. Policy number beside the student ID; claim reference in groups.",
    trap="DOCX boxed header labels above values; day-first with a hint; 05/11 and 02/10 readable month-first; DOB 07/11/1999 two days after; corrected-claim PO Box not for appeals; policy no. beside ID",
    kind="student health plan (individual market): coding/billing (missing NDC)",
    must=["05/11/2026", "02/10/2026", "19/10/2026", "DD/MM/YYYY"],
))

# ---------------------------------------------------------------- 13 state employees plan, business days, text PDF
nd = date(2026, 10, 13)
dl13 = add_business_days(nd, 20)
C.append(dict(
    slug="13-state-employees-plan-business-days", lang="en", fmt="pdf", family="libserif",
    lines=[
        ("small", FICT),
        ("c", "COMMONWEALTH OF EASTMARCH", "b"),
        ("c", "State Health Benefit Plan  -  Office of Employee Benefits"),
        ("c", "Claims correspondence: P.O. Box 1180, Kingsferry, ME 04999"),
        ("rule",),
        ("row", [(0, "Letter date: Tuesday, October 13, 2026", "n"), (0.6, "Reference: SHBP-DEN-26-40718", "n")]),
        ("row", [(0, "Employee: Lorraine B. Achterberg", "n"), (0.6, "Employee ID: 000417723", "n")]),
        ("row", [(0, "Patient: Lorraine B. Achterberg", "n"), (0.6, "SHBP Member No.: EM55108234", "n")]),
        ("row", [(0, "Date of birth: 10/11/1971", "n"), (0.6, "Claim No.: 2609-118-0441-7", "n")]),
        ("s",),
        "Dear Ms. Achterberg:",
        "The State Health Benefit Plan has reviewed the claim from Kingsferry Interventional Psychiatry for services on 09/21/2026, 09/23/2026 and 09/25/2026 (CPT 96365, 96366; HCPCS J3490; ICD-10 F33.2). The claim is denied.",
        "Reason: Based on review by a board-certified psychiatrist, ketamine infusion therapy was not medically necessary for you under the Plan's Medical Policy MP-61. The documentation did not show an adequate trial of electroconvulsive therapy or a reason it could not be used. Adjustment code: CO-50.",
        ("b", "First-level appeal"),
        "This is a governmental plan sponsored by the Commonwealth for state employees and is not subject to ERISA. Under the Plan's appeal procedure, your written appeal must be received within 20 business days of the date of this letter. Appeals received later will not be reviewed. Mail or hand-deliver your appeal to:",
        ("ind", "State Health Benefit Plan Appeals Board"), ("ind", "Office of Employee Benefits"),
        ("ind", "44 Capitol Square, Room 310"), ("ind", "Kingsferry, ME 04998"),
        "Do not send appeals to the claims P.O. Box above. After the Appeals Board's decision you may request an external review by an independent review organization within 4 months.",
        ("s",), "Office of Employee Benefits", ("small", "Mailed 10/15/2026  /  ltr code SHBP-7"),
    ],
    key=dict(patient_name="Lorraine B. Achterberg", member_id="EM55108234", claim_number="2609-118-0441-7",
             notice_date=nd, service_dates=[date(2026, 9, 21), date(2026, 9, 23), date(2026, 9, 25)],
             procedure_codes=["96365", "96366", "J3490"], diagnosis_codes=["F33.2"], carc_codes=["CO-50"],
             denial_category="medical_necessity", plan_type="governmental", urgent=False,
             appeal_deadline=dl13, deadline_basis="within 20 business days of the date of this letter",
             appeals_address="State Health Benefit Plan Appeals Board, Office of Employee Benefits, 44 Capitol Square, Room 310, Kingsferry, ME 04998"),
    note="State employees' plan (governmental, 'not subject to ERISA'). Deadline in business days: 20 business days (Mon-Fri) counted from the day after the notice date, no federal holiday in the span (Columbus Day 10/12 is the day before the notice; Veterans Day 11/11 is the day after the deadline), so holidays do not matter. Employee ID, reference number and claim number beside the member number; DOB 10/11/1971 two days before; mailing date 10/15/2026.",
    trap="20 business days; several numbers (employee ID, reference, member no., claim no.); DOB 10/11/1971 two days before; mailed 10/15; claims P.O. Box not for appeals; weekday in the date line",
    kind="state employees' plan (governmental): medical necessity",
    must=["October 13, 2026", "09/21/2026", "09/23/2026", "09/25/2026"],
))

# ---------------------------------------------------------------- 14 FEHB carrier, image-only scan
nd = date(2026, 9, 28)
C.append(dict(
    slug="14-fehb-carrier-scan", lang="en", fmt="scanpdf", family="sans", angle=0.4,
    lines=[
        ("small", FICT),
        ("row", [(0, "FEDERAL MERIT HEALTH BENEFIT PLAN", "b"), (0.62, "Customer Service: 1-555-0155", "n")], 11),
        ("row", [(0, "A plan of the Federal Employees Health Benefits Program", "n"), (0.62, "Customer service mail:", "n")]),
        ("row", [(0.62, "PO Box 8800, Capital Heights, VA 22999", "n")]),
        ("rule",),
        ("row", [(0, "Decision date:", "b"), (0.2, "09/28/2026", "n"), (0.46, "Printed:", "b"), (0.70, "10/01/2026", "n")], 10),
        ("row", [(0, "Enrollee:", "b"), (0.2, "Calvin J. Morrow", "n"), (0.46, "Enrollment code:", "b"), (0.70, "105 (Self Plus One)", "n")], 10),
        ("row", [(0, "Patient:", "b"), (0.2, "Beatriz Morrow", "n"), (0.46, "Patient DOB:", "b"), (0.70, "09/26/1975", "n")], 10),
        ("row", [(0, "Member ID:", "b"), (0.2, "R40882913-02", "n"), (0.46, "Claim:", "b"), (0.70, "FM 2609 41 0077", "n")], 10),
        ("row", [(0, "Received:", "b"), (0.2, "09/08/2026", "n")], 10),
        ("s",),
        ("b", "Notice of Claim Denial"),
        "We received a claim from Capitol Psychiatric Associates for services given to Beatriz Morrow on 08/24/2026 and 08/27/2026: esketamine nasal spray (J0013, 84 units each day) with observation (99415, 99416), diagnosis F33.2.",
        "We denied the claim (adjustment code CO-15) because the prior approval number submitted with the claim is not valid for this service. Under the Plan brochure, Section 3, esketamine requires prior approval, and the approval on file (PA-26-3321) covered an office visit only.",
        ("b", "Your right to ask us to reconsider"),
        "If you disagree with our decision, you must ask us in writing to reconsider within 6 months from the date of our decision. Write to us at:",
        ("ind", "Federal Merit Health Benefit Plan"), ("ind", "Reconsideration Unit"), ("ind", "2600 Arsenal Drive, Building C"),
        ("ind", "Capital Heights, VA 22998"),
        "Include the patient's name, member ID, claim number and a copy of this letter. If we do not change our decision, you may ask the Office of Personnel Management (OPM) to review it within 90 days from the date of our reconsideration decision. Urgent care claims may be reconsidered by telephone at 1-555-0155.",
    ],
    key=dict(patient_name="Beatriz Morrow", member_id="R40882913-02", claim_number="FM 2609 41 0077",
             notice_date=nd, service_dates=[date(2026, 8, 24), date(2026, 8, 27)],
             procedure_codes=["J0013", "99415", "99416"], diagnosis_codes=["F33.2"], carc_codes=["CO-15"],
             denial_category="prior_authorization", plan_type="fehb", urgent=False,
             appeal_deadline=add_months(nd, 6), deadline_basis="within 6 months from the date of our decision",
             appeals_address="Federal Merit Health Benefit Plan, Reconsideration Unit, 2600 Arsenal Drive, Building C, Capital Heights, VA 22998"),
    note="FEHB carrier letter, scanned to an image-only PDF. 'Decision date' 09/28/2026 with 'Printed' 10/01/2026 beside it and 'Received' 09/08/2026 below. Enrollee is the employee, patient the spouse; patient DOB 09/26/1975 two days before. 6-month window counted as calendar months. Enrollment code 105 and prior approval number PA-26-3321 are not member or claim numbers. OPM's 90 days is a later level. Customer service PO Box is not for appeals.",
    trap="image-only scan; decision vs printed vs received dates; enrollee vs patient; DOB 09/26/1975 two days before; 6 months; enrollment code and PA number; OPM 90 days; customer-service PO Box",
    kind="FEHB carrier: prior authorization (invalid approval number, Spravato)",
    must=["09/28/2026", "08/24/2026", "08/27/2026"],
))

# ---------------------------------------------------------------- 15 Spanish Part D, expedited, phone photo PNG
nd = date(2026, 11, 19)
C.append(dict(
    slug="15-parte-d-acelerada-foto", lang="es", fmt="photo_png", family="sans", angle=-4.5,
    lines=[
        ("small", FICT_ES),
        ("b", "Cóndor Rx Plan de Medicamentos Recetados de Medicare (PDP)"),
        "Reclamaciones de farmacia: P.O. Box 2040, Valle Verde, NM 87998 (solo reclamaciones de farmacia)",
        ("rule",),
        ("h", "AVISO DE DENEGACIÓN DE COBERTURA DE MEDICAMENTOS RECETADOS DE MEDICARE"), ("s", 6),
        ("row", [(0, "Fecha:", "b"), (0.3, "19 de noviembre de 2026", "n")], 10.5),
        ("row", [(0, "Nombre del afiliado:", "b"), (0.3, "Héctor Manuel Zúñiga Báez", "n")], 10.5),
        ("row", [(0, "Número de afiliado:", "b"), (0.3, "CRX 40 771 852", "n")], 10.5),
        ("row", [(0, "Número de caso:", "b"), (0.3, "DC-261118-0937", "n")], 10.5),
        ("row", [(0, "Fecha de nacimiento:", "b"), (0.3, "21/11/1951", "n")], 10.5),
        ("s",),
        "Usted o su médico pidieron una decisión de cobertura ACELERADA (rápida). Hemos denegado la cobertura del siguiente medicamento: ketamina en tabletas para disolver en la boca (preparación magistral), 50 mg.",
        ("b", "Denegamos esta solicitud porque:"),
        "Este medicamento no está en la lista de medicamentos cubiertos (formulario) de nuestro plan y las preparaciones magistrales de ketamina no son un medicamento de la Parte D cubierto para este uso. Su médico puede pedir una excepción.",
        ("b", "Tiene derecho a pedir una redeterminación (apelación)"),
        "Debe pedir la redeterminación dentro de los 65 días a partir de la fecha de este aviso. Como su médico indicó que esperar podría dañar gravemente su salud, puede pedir una redeterminación acelerada; decidiremos en 72 horas. Envíe su solicitud a:",
        ("ind", "Cóndor Rx Plan de Medicamentos Recetados de Medicare"), ("ind", "Atención: Redeterminaciones de la Parte D"),
        ("ind", "P.O. Box 2077"), ("ind", "Valle Verde, NM 87997"),
        "Fax: 1-555-0194. Para una redeterminación acelerada también puede llamar al 1-555-0193.",
    ],
    key=dict(patient_name="Héctor Manuel Zúñiga Báez", member_id="CRX 40 771 852", claim_number="DC-261118-0937",
             notice_date=nd, denial_category="not_covered", plan_type="medicare_part_d", urgent=True,
             appeal_deadline=nd + td(65), deadline_basis="dentro de los 65 días a partir de la fecha de este aviso",
             appeals_address="Cóndor Rx Plan de Medicamentos Recetados de Medicare, Atención: Redeterminaciones de la Parte D, P.O. Box 2077, Valle Verde, NM 87997"),
    note="Spanish Part D coverage-determination denial of an expedited (acelerada) request, as a phone photo PNG tilted about -4.5 degrees with a shadow. Drug request: no service dates and no codes printed (keys left out). Case number taken as the claim number. DOB 21/11/1951 (day-first) two days after the notice. Pharmacy claims P.O. Box is not for appeals; '(PDP)' tag after the plan name; accents in the name.",
    trap="phone photo PNG, tilt and shadow; accents (Zúñiga Báez); expedited; DOB 21/11/1951 two days after; pharmacy-claims P.O. Box above the appeal P.O. Box; member number in groups; no codes",
    kind="Medicare Part D coverage determination in Spanish, expedited: not covered (non-formulary compound)",
    must=["19 de noviembre de 2026"],
))

# ---------------------------------------------------------------- 16 Spanish EOB 3 claims 1 denied, text PDF
nd = date(2026, 11, 12)
rows16 = [["*Reclamación", "*Fecha de\nservicio", "*Código", "*Cargo", "*Pagado por\nel plan", "*Código de\najuste", "*Estado"],
          ["4410-2271-01", "03/10/2026", "90792", "$380.00", "$304.00", "", "Pagada"],
          ["4410-2271-02", "06/10/2026", "96365", "$700.00", "$0.00", "CO-50", "Denegada"],
          ["", "06/10/2026", "J3490", "$150.00", "$0.00", "CO-50", "Denegada"],
          ["4410-2271-03", "20/10/2026", "99213", "$160.00", "$128.00", "", "Pagada"]]
C.append(dict(
    slug="16-eob-espanol-tres-reclamaciones", lang="es", fmt="pdf", family="sans",
    lines=[
        ("small", FICT_ES),
        ("row", [(0, "ALBORADA SALUD", "b"), (0.55, "Fecha de la declaración: 12/11/2026", "b")], 11),
        ("row", [(0, "Plan individual - Mercado de Seguros Médicos", "n"), (0.55, "Fecha de procesamiento: 10/11/2026", "n")]),
        ("row", [(0, "P.O. Box 30300, Lagos del Sur, FL 33998 (pagos)", "n"), (0.55, "Miembro: Joaquín Esteban Arévalo Soto", "n")]),
        ("row", [(0.55, "ID de miembro: ALB-2230-7781-00", "n")]),
        ("s",),
        ("h", "Explicación de beneficios (EOB) - ESTO NO ES UNA FACTURA"),
        "Proveedores: Dra. Inés Carvajal (consultas) y Clínica Aurora de Infusiones (infusiones). Diagnóstico de las reclamaciones: F33.2 (todas las fechas se escriben día/mes/año).",
        ("box", rows16, [0, 0.14, 0.29, 0.38, 0.49, 0.65, 0.82], 8),
        ("s",),
        ("b", "Explicación del código de ajuste"),
        "CO-50: el plan considera que estos servicios no son médicamente necesarios. La reclamación 4410-2271-02 (infusión de ketamina) fue denegada porque la documentación no cumple con los criterios de la política médica BH-9 del plan.",
        ("b", "Cómo apelar"),
        "Si no está de acuerdo con la decisión sobre una reclamación denegada, puede apelar dentro de 180 días a partir de la fecha en que reciba este aviso. Envíe su apelación por escrito a:",
        ("ind", "Alborada Salud, Departamento de Apelaciones, 1200 Avenida Coral, Piso 4, Lagos del Sur, FL 33997"),
        "Si su salud está en grave peligro, puede pedir una apelación acelerada llamando al 1-555-0115. También puede pedir una revisión externa independiente después de nuestra decisión final.",
    ],
    key=dict(patient_name="Joaquín Esteban Arévalo Soto", member_id="ALB-2230-7781-00", claim_number="4410-2271-02",
             notice_date=nd, service_dates=[date(2026, 10, 6)],
             procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"], carc_codes=["CO-50"],
             denial_category="medical_necessity", plan_type="individual_aca", urgent=False,
             appeal_deadline=nd + td(180), deadline_basis="dentro de 180 días a partir de la fecha en que reciba este aviso",
             appeals_address="Alborada Salud, Departamento de Apelaciones, 1200 Avenida Coral, Piso 4, Lagos del Sur, FL 33997"),
    note="Spanish EOB of a Marketplace plan with three claims, one denied (4410-2271-02). Day-first dates (Spanish; the EOB also says 'día/mes/año'): statement date 12/11/2026 is 12 November (readable as December 11, which would be after today); processing date 10/11/2026 beside it; the denied claim's 06/10/2026 is 6 October. The paid claims (90792, 99213; 03/10 and 20/10) must not be taken. Claim numbers share a prefix. Appeal address given in one line inside the body; payments P.O. Box at top is not for appeals.",
    trap="three claims, one denied; numbers share a prefix; day-first 12/11/2026 and 06/10/2026 readable month-first; statement vs processing date; one-line appeal address; payments P.O. Box",
    kind="individual Marketplace plan EOB in Spanish, 3 claims 1 denied: medical necessity",
    must=["12/11/2026", "06/10/2026"],
))

# ---------------------------------------------------------------- 17 Spanish CHIP notice, DOCX
nd = date(2026, 11, 4)
C.append(dict(
    slug="17-chip-aviso-espanol-docx", lang="es", fmt="docx",
    lines=[
        ("small", FICT_ES),
        ("b", "Niños Sanos del Llano - Plan CHIP"),
        "Programa de Seguro Médico para Niños (CHIP) del estado. Este plan no es Medicaid.",
        ("h", "Aviso de determinación adversa de beneficios"),
        ("box", [["*Fecha del aviso:", "4 de noviembre de 2026"],
                 ["*Padre/madre o tutor:", "Marisol Echeverría Luna"],
                 ["*Niño/a (miembro):", "Tomás Echeverría Luna"],
                 ["*Fecha de nacimiento del niño/a:", "02/11/2009"],
                 ["*Número de identificación del miembro:", "NSL-09-552017"],
                 ["*Número de reclamación:", "NSL-R-2610-3318"],
                 ["*Proveedor:", "Centro de Neuromodulación Horizonte"]], [0, 0.45]),
        "Estimada Sra. Echeverría Luna:",
        "Hemos denegado el pago de las sesiones de estimulación magnética transcraneal (EMT) que su hijo Tomás recibió el 13 de octubre de 2026 y el 14 de octubre de 2026 (códigos 90867 y 90868; diagnóstico F32.2).",
        ("b", "Motivo de la decisión"),
        "Estos servicios requieren autorización previa del plan. El proveedor no pidió la autorización antes de dar los servicios.",
        ("b", "Su derecho a apelar"),
        "Usted puede apelar esta decisión dentro de 60 días calendario a partir de la fecha de este aviso. Envíe su apelación por escrito a:",
        ("p", "Niños Sanos del Llano"), ("p", "Unidad de Apelaciones"), ("p", "P.O. Box 9127"), ("p", "Llano Verde, OK 73999"),
        "Si mantenemos la decisión, puede pedir una revisión estatal independiente del programa CHIP. El plazo para pedirla aparecerá en nuestra carta de decisión. Como este plan no es Medicaid, no hay audiencia imparcial estatal de Medicaid ni continuación de beneficios.",
        "Si esperar podría poner en grave peligro la salud de su hijo, pida una apelación acelerada al 1-555-0138; decidiremos en 72 horas.",
    ],
    key=dict(patient_name="Tomás Echeverría Luna", member_id="NSL-09-552017", claim_number="NSL-R-2610-3318",
             notice_date=nd, service_dates=[date(2026, 10, 13), date(2026, 10, 14)],
             procedure_codes=["90867", "90868"], diagnosis_codes=["F32.2"],
             denial_category="prior_authorization", plan_type="chip", urgent=False,
             appeal_deadline=nd + td(60), deadline_basis="dentro de 60 días calendario a partir de la fecha de este aviso",
             appeals_address="Niños Sanos del Llano, Unidad de Apelaciones, P.O. Box 9127, Llano Verde, OK 73999"),
    note="Separate CHIP (says 'no es Medicaid') notice in Spanish as a Word file with a label/value table. Addressed to the mother; the patient is the child. Child's DOB 02/11/2009 (2 November, day-first) two days before the notice. Service dates written with Spanish month names in a sentence. TMS codes (not ketamine). Mentions Medicaid only to say it is not Medicaid.",
    trap="separate CHIP, 'no es Medicaid'; parent vs child; child's DOB 02/11/2009 day-first two days before; dates in a Spanish sentence; TMS codes",
    kind="separate CHIP notice in Spanish: no prior authorization (TMS for a teenager)",
    must=["4 de noviembre de 2026", "13 de octubre de 2026", "14 de octubre de 2026"],
))

# ---------------------------------------------------------------- 18 English ERISA letter, phone photo, stated date
nd = date(2026, 10, 28)
C.append(dict(
    slug="18-employer-timely-filing-photo", lang="en", fmt="photo_jpg", family="serif", angle=5.0,
    lines=[
        ("small", FICT),
        ("row", [(0, "HEARTWOOD HEALTH INSURANCE COMPANY", "b")], 11),
        ("row", [(0, "Claims: PO Box 14400, Elm Springs, GA 30998  -  do not send appeals to this address", "n")], 8.5),
        ("rule",),
        ("row", [(0, "October 28, 2026", "n"), (0.6, "Subscriber ID: HWH 229 410 877", "n")]),
        ("row", [(0.6, "Member suffix: 03", "n")]),
        ("row", [(0, "Selma R. Oyelaran-Park", "n"), (0.6, "Member ID: HWH 229 410 877-03", "n")]),
        ("row", [(0, "119 Orchard Lane", "n"), (0.6, "Group: BRIGHTLINE MFG 55120", "n")]),
        ("row", [(0, "Elm Springs, GA 30997", "n"), (0.6, "Claim #: 26-0302-HW-58841", "n")]),
        ("row", [(0.6, "DOB: 10/30/1990", "n")]),
        ("s",),
        "Dear Selma R. Oyelaran-Park:",
        "We received a claim on 10/19/2026 from Peachtree Ketamine Institute for infusions you received on 02/09/2026 and 02/11/2026 (96365, J3490; diagnosis F33.1). Your plan requires claims to be filed within 180 days of the date of service.",
        ("b", "Our decision: denied. Adjustment code CO-29 - the time limit for filing has expired."),
        "If your provider can show that the claim was filed on time (for example a clearinghouse acceptance report) or had good cause for the delay, you may appeal.",
        ("b", "Your appeal rights"),
        "You must submit your appeal no later than May 3, 2027. Send it to:",
        ("ind", "Heartwood Health Insurance Company"), ("ind", "Attn: Appeals Review Unit"), ("ind", "1800 Magnolia Parkway, Suite 900"), ("ind", "Elm Springs, GA 30996"),
        "You may have the right to an external review after a final internal denial and to bring a civil action under section 502(a) of ERISA. Your plan is sponsored by your employer, Brightline Manufacturing.",
    ],
    key=dict(patient_name="Selma R. Oyelaran-Park", member_id="HWH 229 410 877-03", claim_number="26-0302-HW-58841",
             notice_date=nd, service_dates=[date(2026, 2, 9), date(2026, 2, 11)],
             procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.1"], carc_codes=["CO-29"],
             denial_category="timely_filing", plan_type="employer_erisa", urgent=False,
             appeal_deadline=date(2027, 5, 3), deadline_basis="no later than May 3, 2027",
             appeals_address="Heartwood Health Insurance Company, Attn: Appeals Review Unit, 1800 Magnolia Parkway, Suite 900, Elm Springs, GA 30996"),
    note="Insured employer (ERISA) plan letter as a phone photo JPEG tilted 5 degrees with a shadow. Deadline stated as a calendar date (May 3, 2027), later than 180 days from the letter (April 26, 2027): the stated date wins. Several numbers: subscriber ID, member suffix, member ID (subscriber ID plus suffix), group number, claim number; DOB 10/30/1990 two days after the letter; claim received 10/19/2026. The '180 days of the date of service' sentence is the filing limit, not the appeal window. Claims PO Box is not for appeals.",
    trap="phone photo 5 degrees; stated deadline date (not 180 days); subscriber ID vs member ID with suffix; group no.; DOB 10/30/1990 two days after; received 10/19; '180 days' filing limit sentence; claims PO Box",
    kind="employer group plan, insured (ERISA): timely filing",
    must=["October 28, 2026", "02/09/2026", "02/11/2026", "May 3, 2027"],
))
