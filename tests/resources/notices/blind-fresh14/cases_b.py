"""Cases 10-18 (10-12 English, 13-18 Spanish). All people, plans, numbers and addresses are FICTIONAL."""

FICT = "FICTIONAL SAMPLE - not a real notice. All names, numbers and addresses are invented."
FICT_ES = "MUESTRA FICTICIA - no es un aviso real. Todos los nombres, números y direcciones son inventados."

# ---------------------------------------------------------------- 10  student plan, HTML e-mail
c10_html = """\
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="640" cellpadding="6" style="border-collapse:collapse">
<tr><td style="background:#1d3b5c;color:#fff;font-size:18px"><b>Halvorsen University Student Health Insurance Plan</b><br>
<span style="font-size:12px">Administered by Academic Benefit Partners</span></td></tr>
<tr><td>
<p>Hello Yusuf,</p>
<p>A new document is ready about a claim under your student health insurance plan. For your privacy we also
print the full notice below. You can also see it under <i>My Documents</i> in the student portal.</p>
<hr>
<h3 style="margin:4px 0">Notice of Claim Denial</h3>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:13px">
<tr><td>Date of notice</td><td>November 10, 2026</td></tr>
<tr><td>Insured student</td><td>Yusuf Adeyemi-Brandt</td></tr>
<tr><td>Plan member ID</td><td>SHP-FICT-26-40918</td></tr>
<tr><td>University student ID</td><td>S00981234</td></tr>
<tr><td>Date of birth</td><td>11/08/2003</td></tr>
<tr><td>Claim number</td><td>UHP2611-44019</td></tr>
<tr><td>Provider</td><td>Eastbrook Neuromodulation Clinic</td></tr>
</table>
<p><b>Services on this claim</b></p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:13px">
<tr><th>Date of service</th><th>Code</th><th>Diagnosis</th><th>Billed</th><th>Paid</th><th>Reason</th></tr>
<tr><td>10/12/2026</td><td>90867</td><td>F33.1</td><td>$480.00</td><td>$0.00</td><td>CO-197</td></tr>
<tr><td>10/13/2026</td><td>90868</td><td>F33.1</td><td>$310.00</td><td>$0.00</td><td>CO-197</td></tr>
<tr><td>10/14/2026</td><td>90868</td><td>F33.1</td><td>$310.00</td><td>$0.00</td><td>CO-197</td></tr>
</table>
<p><b>Why your claim was denied.</b> CO-197: transcranial magnetic stimulation needs prior authorization
(precertification) under your plan, and none was requested before the first session. The clinic may ask for
a retroactive review; if the plan approves it, the claim will be reprocessed.</p>
<p><b>Your right to appeal.</b> You may appeal within 180 days of the date of this notice. If your condition
is urgent, you may ask for an expedited appeal. Write to the address below, or upload your appeal in the
student portal:</p>
<p style="margin-left:24px">Halvorsen University Student Health Insurance Plan<br>
c/o Academic Benefit Partners<br>
Appeals Unit<br>
PO Box 5120<br>
Eastbrook, MN 55999</p>
<p>Questions about your coverage? Call 555-0104. The university's Student Health Center (Pell Hall, room 110)
cannot take appeals. Minnesota's consumer assistance program can also help with appeals of student plans.</p>
<p style="font-size:11px;color:#555">This e-mail was sent on November 11, 2026 to the address in your student
record. Please do not reply to this message.<br>FICTIONAL SAMPLE - not a real notice. All names, numbers and
addresses are invented.</p>
</td></tr></table></body></html>
"""

CASE10 = dict(
    n=10, slug="student-plan-html-email-tms", fmt="eml", lang="en",
    eml=dict(kind="html", subject="New document: Notice of Claim Denial (UHP2611-44019)",
             sender="Student Health Insurance <no-reply@halvorsen-ship.example>",
             to="Yusuf Adeyemi-Brandt <yadeyemibrandt@students.halvorsen.example>",
             date="Wed, 11 Nov 2026 08:02:44 -0600", html=c10_html),
    note="Student health plan (keyed individual_aca as earlier sets do) administered by Academic Benefit Partners, "
         "HTML-only e-mail, quoted-printable, with tables: member ID beside a university student ID, DOB two days "
         "before the notice, e-mail sent the next day; TMS without prior authorization (CO-197); the student health "
         "center is not for appeals.",
    key=dict(patient_name="Yusuf Adeyemi-Brandt", member_id="SHP-FICT-26-40918", claim_number="UHP2611-44019",
             notice_date="2026-11-10", service_dates=["2026-10-12", "2026-10-13", "2026-10-14"],
             procedure_codes=["90867", "90868"], diagnosis_codes=["F33.1"], carc_codes=["CO-197"],
             denial_category="prior_authorization", plan_type="individual_aca", urgent=False,
             appeal_deadline="2027-05-09", deadline_basis="within 180 days of the date of this notice",
             appeals_address="Halvorsen University Student Health Insurance Plan, c/o Academic Benefit Partners, "
                             "Appeals Unit, PO Box 5120, Eastbrook, MN 55999"),
)

# ---------------------------------------------------------------- 11  church plan, phone photo PNG
c11 = [
    ("t", "Covenant Ministries Benefit Trust", {"size": 17, "bold": True, "serif": True}),
    ("t", "Health benefits for pastors, lay staff and their families", {"size": 10, "serif": True}),
    ("t", "Benefits Office: 900 Tabernacle Street, Wexley, IN 46998  -  555-0107", {"size": 9, "serif": True}),
    ("rule", {}), ("t", FICT, {"size": 8}), ("gap", 3),
    ("t", "November 5, 2026", {"size": 11, "serif": True}), ("gap", 2),
    ("t", "Clara J. Whitcombe", {"size": 11, "serif": True}),
    ("t", "61 Orchard Glen Drive", {"size": 11, "serif": True}),
    ("t", "Harmon Falls, IN 46997", {"size": 11, "serif": True}), ("gap", 2),
    ("t", "Participant ID: CBT-FICT-900613     Claim: MPB-26-552019", {"size": 11, "serif": True, "bold": True}),
    ("t", "Date of birth on file: November 7, 1968", {"size": 10, "serif": True}), ("gap", 2),
    ("w", "Dear Ms. Whitcombe,", {"size": 11, "serif": True}),
    ("w", "The Trust received a claim from Cedar Row Wellness for ketamine infusions (96365 and J3490) given on "
          "October 6, October 9 and October 13, 2026, for major depressive disorder, recurrent, severe (F33.2), "
          "with generalized anxiety (F41.1). The Trust cannot pay this claim.", {"size": 11, "serif": True}),
    ("w", "The Trust's Plan Document, Article 9.4(m), excludes \"intravenous or intramuscular ketamine for any "
          "psychiatric condition.\" The exclusion applies however the drug is billed. Esketamine nasal spray is "
          "covered with prior approval, and your doctor may call us about it.", {"size": 11, "serif": True}),
    ("w", "Covenant Ministries Benefit Trust is a church plan. It is not governed by ERISA, but it follows the "
          "federal rules for claims and appeals and for external review.", {"size": 11, "serif": True}),
    ("w", "You may appeal within 180 days of receiving this letter. Write to the Appeals Committee at the "
          "address below, and send anything you would like the Committee to read. The Committee meets monthly "
          "and will answer within 60 days.", {"size": 11, "serif": True}),
    ("t", "Covenant Ministries Benefit Trust", {"x": 12, "size": 11, "serif": True}),
    ("t", "Appeals Committee", {"x": 12, "size": 11, "serif": True}),
    ("t", "18 Chapel Row, Second Floor", {"x": 12, "size": 11, "serif": True}),
    ("t", "Wexley, IN 46999", {"x": 12, "size": 11, "serif": True}), ("gap", 2),
    ("w", "In Christian service,", {"size": 11, "serif": True}),
    ("w", "Claims Department, Covenant Ministries Benefit Trust", {"size": 11, "serif": True}),
]

CASE11 = dict(
    n=11, slug="church-plan-letter-photo", fmt="photo", lang="en", pages=[c11],
    photo=dict(fmt="png", angle=3.4, bg=(64, 50, 40), tint=(1.0, 0.96, 0.88), shadow="corner", keystone=0.04,
               pen=True),
    note="Church plan letter (not ERISA, keyed church) photographed on a dark desk (PNG, 3.4 degrees, warm light, "
         "corner shadow, a pen lying across the margin). Serif type; exclusion of IV ketamine quoted; DOB two days "
         "after the letter; the Benefits Office in the letterhead is not for appeals.",
    key=dict(patient_name="Clara J. Whitcombe", member_id="CBT-FICT-900613", claim_number="MPB-26-552019",
             notice_date="2026-11-05", service_dates=["2026-10-06", "2026-10-09", "2026-10-13"],
             procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2", "F41.1"], denial_category="not_covered",
             plan_type="church", urgent=False, appeal_deadline="2027-05-04",
             deadline_basis="within 180 days of receiving this letter",
             appeals_address="Covenant Ministries Benefit Trust, Appeals Committee, 18 Chapel Row, Second Floor, "
                             "Wexley, IN 46999"),
)

# ---------------------------------------------------------------- 12  family EOB, TPA, timely filing (scan)
c12 = [
    ("cols", [(0, "NORTHFIELD CLAIMS ADMINISTRATION"), (118, "EXPLANATION OF BENEFITS")], {"size": 12, "bold": True}),
    ("cols", [(0, "Claims administrator for the"), (118, "This is not a bill")], {"size": 9}),
    ("cols", [(0, "Tolland Valley Logistics Employee Benefit Plan"), (118, "Statement date: 11/23/2026")], {"size": 9}),
    ("t", FICT, {"size": 8}), ("rule", {"thick": True}),
    ("cols", [(0, "Subscriber:"), (28, "Raymond Castellanos"), (95, "Subscriber ID:"), (125, "TVL-FICT-448120-01")], {"size": 9.5}),
    ("cols", [(0, "Group:"), (28, "TVL-3300 (self-funded)"), (95, "Statement #:"), (125, "ST-0447102")], {"size": 9.5}),
    ("rule", {}), ("gap", 2),
    ("t", "CLAIM SUMMARY", {"size": 10, "bold": True}),
    ("cols", [(0, "Patient / ID"), (45, "Claim no."), (75, "Date(s)"), (97, "Code"), (112, "Billed"), (130, "Plan paid"), (150, "Adj.")], {"size": 8.5, "bold": True}),
    ("rule", {}),
    ("cols", [(0, "Raymond Castellanos"), (45, "TPA-26-88712-2"), (75, "10/20/2026"), (97, "97110"), (112, "$165.00"), (130, "$112.20"), (150, "CO-45")], {"size": 8.5}),
    ("cols", [(0, "  -01"), (75, "10/20/2026"), (97, "97140"), (112, "$95.00"), (130, "$64.60"), (150, "CO-45")], {"size": 8.5}),
    ("gap", 1.5),
    ("cols", [(0, "Ileana Castellanos"), (45, "TPA-26-89003-5"), (75, "10/28/2026"), (97, "99213"), (112, "$140.00"), (130, "$88.00"), (150, "CO-45")], {"size": 8.5}),
    ("cols", [(0, "  -02"), (45, ""), (75, "Dx M54.50")], {"size": 8.5}),
    ("gap", 1.5),
    ("cols", [(0, "Ileana Castellanos"), (45, "TPA-26-90144-7"), (75, "03/04/2026"), (97, "64635"), (112, "$2,450.00"), (130, "$0.00"), (150, "CO-29")], {"size": 8.5}),
    ("cols", [(0, "  -02"), (75, "03/04/2026"), (97, "64636"), (112, "$780.00"), (130, "$0.00"), (150, "CO-29")], {"size": 8.5}),
    ("cols", [(75, "Dx M47.816, G89.4")], {"size": 8.5}),
    ("rule", {}), ("gap", 2),
    ("t", "ABOUT THE CLAIM THAT WAS NOT PAID", {"size": 10, "bold": True}),
    ("w", "Claim TPA-26-90144-7 for Ileana Castellanos (ID TVL-FICT-448120-02, date of birth 11/21/1975), "
          "lumbar radiofrequency nerve ablation by Brill Harbor Spine & Pain. We first received this claim on "
          "11/02/2026, more than 180 days after the date of service. CO-29: the time limit for filing has expired. "
          "Your plan requires claims within 180 days of the service unless the provider shows it could not file sooner.",
          {"size": 9.5}),
    ("w", "CO-45 on the other claims is the network discount; you do not owe it.", {"size": 9.5}),
    ("t", "YOUR RIGHT TO APPEAL", {"size": 10, "bold": True}),
    ("w", "You or your authorized representative may appeal within 180 days after you receive this statement. "
          "Proof that the claim was filed on time (a clearinghouse acceptance report, for example) helps. Mail "
          "appeals to: Tolland Valley Logistics Employee Benefit Plan, c/o Northfield Claims Administration, Attn: "
          "Appeals, 400 Granary Street, Suite 12, Brill Harbor, ME 04999. Your plan is governed by ERISA; you may "
          "have the right to external review and to sue under section 502(a).", {"size": 9.5}),
    ("gap", 3), ("rule", {}),
    ("t", "Northfield Claims Administration  -  PO Box 880, Brill Harbor, ME 04998 (claims)  -  555-0112", {"size": 8}),
]

CASE12 = dict(
    n=12, slug="family-eob-timely-filing-scan", fmt="scan", lang="en", pages=[c12],
    scan=dict(angles=[0.9], specks=700),
    note="Family EOB from a third-party administrator (administrator: Northfield Claims Administration; plan: "
         "Tolland Valley Logistics Employee Benefit Plan, self-funded), image-only scan with more dust. Three claims "
         "for two people: the subscriber's physical therapy and the spouse's office visit are paid (CO-45 discount); "
         "the spouse's radiofrequency ablation from March is denied CO-29. Patient is the spouse (-02), not the "
         "subscriber (-01) at the top; 'first received' date; DOB two days before the statement; the claims PO Box "
         "in the footer is not for appeals.",
    key=dict(patient_name="Ileana Castellanos", member_id="TVL-FICT-448120-02", claim_number="TPA-26-90144-7",
             notice_date="2026-11-23", service_dates=["2026-03-04"], procedure_codes=["64635", "64636"],
             diagnosis_codes=["M47.816", "G89.4"], carc_codes=["CO-29"], denial_category="timely_filing",
             plan_type="employer_erisa", urgent=False, appeal_deadline="2027-05-22",
             deadline_basis="within 180 days after you receive this statement",
             appeals_address="Tolland Valley Logistics Employee Benefit Plan, c/o Northfield Claims Administration, "
                             "Attn: Appeals, 400 Granary Street, Suite 12, Brill Harbor, ME 04999"),
)

# ---------------------------------------------------------------- 13  Medicaid fee-for-service, Spanish form (text PDF)
c13 = [
    ("t", "AGENCIA ESTATAL DE CUIDADO DE SALUD  -  PROGRAMA MEDICAID", {"size": 12, "bold": True}),
    ("t", "División de Reclamaciones de Pago por Servicio  |  Apartado Postal 2200, Santa Lucía del Valle, NM 87998", {"size": 8.5}),
    ("t", FICT_ES, {"size": 8}), ("rule", {"thick": True}), ("gap", 2),
    ("t", "AVISO DE ACCIÓN: DENEGACIÓN DE PAGO", {"size": 13, "bold": True, "center": True}),
    ("t", "Formulario MAD-612-S (en español)", {"size": 8, "center": True}), ("gap", 3),
    ("box", 33, {}),
    ("cols", [(3, "Fecha del aviso:"), (48, "12 de noviembre de 2026")], {"size": 10}),
    ("cols", [(3, "Beneficiario(a):"), (48, "Rosario Ibarra Quintanilla")], {"size": 10}),
    ("cols", [(3, "Número de Medicaid:"), (48, "MCD-FICT-30994127"), (110, "Fecha de nacimiento: 14/11/1979")], {"size": 10}),
    ("cols", [(3, "Número de reclamación:"), (48, "4426-3091-1183-0"), (110, "Recibida: 23/10/2026")], {"size": 10}),
    ("cols", [(3, "Proveedor:"), (48, "Centro de Neuromodulación Alameda")], {"size": 10}),
    ("cols", [(3, "Diagnóstico:"), (48, "F33.2")], {"size": 10}),
    ("gap", 6),
    ("cols", [(0, "Fecha del servicio"), (40, "Código"), (62, "Servicio"), (130, "Resultado")], {"size": 9.5, "bold": True}),
    ("rule", {}),
    ("cols", [(0, "06/10/2026"), (40, "90867"), (62, "Estimulación magnética (primera sesión)"), (130, "Denegado")], {"size": 9.5}),
    ("cols", [(0, "08/10/2026"), (40, "90868"), (62, "Estimulación magnética (sesión siguiente)"), (130, "Denegado")], {"size": 9.5}),
    ("rule", {}), ("gap", 2),
    ("t", "Motivo de la acción (marcado con X):", {"size": 10, "bold": True}),
    ("t", "[  ]  El servicio no es médicamente necesario.", {"size": 10}),
    ("t", "[X]  El servicio necesitaba autorización previa y no se pidió ni se aprobó antes de darlo.", {"size": 10}),
    ("t", "[  ]  El servicio no está cubierto por el programa Medicaid.", {"size": 10}),
    ("t", "[  ]  Usted no era elegible en la fecha del servicio.", {"size": 10}),
    ("w", "Regla aplicada: Manual de Proveedores de Medicaid, sección 8.310.8, que exige autorización previa para "
          "la estimulación magnética transcraneal. El proveedor puede pedir una autorización retroactiva si explica "
          "por qué no la pidió a tiempo.", {"size": 10}),
    ("t", "SUS DERECHOS", {"size": 11, "bold": True}),
    ("w", "Usted recibe Medicaid por pago por servicio (no está inscrito en un plan de atención administrada), así "
          "que no hay apelación ante un plan: si no está de acuerdo, puede pedir una audiencia imparcial estatal. "
          "Usted tiene 90 días a partir de la fecha de este aviso para pedirla. Esta acción no reduce ni suspende "
          "servicios que usted recibe, por lo que no aplica la continuación de beneficios.", {"size": 10}),
    ("w", "Envíe su solicitud de audiencia por escrito a:", {"size": 10}),
    ("t", "Oficina de Audiencias Imparciales", {"x": 12, "size": 10}),
    ("t", "Agencia Estatal de Cuidado de Salud", {"x": 12, "size": 10}),
    ("t", "Apartado Postal 2208", {"x": 12, "size": 10}),
    ("t", "Santa Lucía del Valle, NM 87999", {"x": 12, "size": 10}),
    ("w", "o llame al 555-0118. No envíe solicitudes de audiencia al apartado de reclamaciones (Apartado Postal "
          "2200). Puede traer a un abogado, un familiar o un amigo. Para ayuda legal gratuita llame al 555-0119.",
          {"size": 10}),
    ("gap", 3), ("t", "MAD-612-S  rev. 07/2025   Página 1 de 1", {"size": 8}),
]

CASE13 = dict(
    n=13, slug="medicaid-pago-por-servicio-formulario", fmt="pdf", lang="es", pages=[c13],
    note="Spanish Medicaid fee-for-service notice of action (text PDF form with a boxed header and checkboxes): no "
         "plan appeal, the first step is the state fair hearing, asked for within 90 days of the notice (the "
         "appeals_address is where the hearing request goes). Day-first dates (14/11/1979 and 23/10/2026 can only be "
         "day-first; 06/10 and 08/10 read two ways); received date; DOB two days after the notice; no continuation of "
         "benefits applies; claims box 2200 not for hearings.",
    key=dict(patient_name="Rosario Ibarra Quintanilla", member_id="MCD-FICT-30994127", claim_number="4426-3091-1183-0",
             notice_date="2026-11-12", service_dates=["2026-10-06", "2026-10-08"], procedure_codes=["90867", "90868"],
             diagnosis_codes=["F33.2"], denial_category="prior_authorization", plan_type="medicaid", urgent=False,
             appeal_deadline="2027-02-10", deadline_basis="Usted tiene 90 días a partir de la fecha de este aviso",
             appeals_address="Oficina de Audiencias Imparciales, Agencia Estatal de Cuidado de Salud, Apartado Postal "
                             "2208, Santa Lucía del Valle, NM 87999"),
)

# ---------------------------------------------------------------- 14  CHIP, Spanish, phone photo JPEG
c14 = [
    ("t", "Horizonte Kids Plan de Salud", {"size": 17, "bold": True}),
    ("t", "Plan de salud del programa CHIP de Texas para niños y adolescentes  -  CHIP no es Medicaid", {"size": 9}),
    ("t", "Oficina central: 77 Avenida Los Robles, Brazos Altos, TX 78998  -  Servicios al miembro: 555-0124", {"size": 9}),
    ("t", FICT_ES, {"size": 8}), ("rule", {"thick": True}), ("gap", 2),
    ("t", "19 de noviembre de 2026", {"size": 11}), ("gap", 2),
    ("t", "Sra. Gabriela Montoya Reyes", {"size": 11}),
    ("t", "Madre o tutora de: Mateo A. Montoya", {"size": 11}),
    ("t", "4120 Calle Nogal, Brazos Altos, TX 78997", {"size": 11}), ("gap", 2),
    ("cols", [(0, "Miembro (niño):"), (45, "Mateo A. Montoya")], {"size": 11}),
    ("cols", [(0, "Núm. de miembro:"), (45, "KDS-FICT-5520176")], {"size": 11}),
    ("cols", [(0, "Fecha de nacimiento:"), (45, "21/11/2015")], {"size": 11}),
    ("cols", [(0, "Núm. de reclamo:"), (45, "CH-26-0091842")], {"size": 11}),
    ("gap", 2),
    ("w", "Estimada Sra. Montoya Reyes:", {"size": 11}),
    ("w", "Recibimos el reclamo de la terapeuta Lorena Saldívar, LPC, por la psicoterapia que Mateo recibió los días "
          "20 de octubre y 27 de octubre de 2026 (códigos 90832 y 90847; diagnóstico F43.10). No podemos pagarlo "
          "porque la terapeuta no participa en la red de Horizonte Kids y no se pidió una autorización para ver a "
          "un proveedor fuera de la red.", {"size": 11}),
    ("w", "Si no había en nuestra red un terapeuta para niños con trauma a una distancia y en un tiempo "
          "razonables, díganos en su apelación qué proveedores de la red llamó y qué le contestaron.", {"size": 11}),
    ("w", "Cómo apelar: usted puede apelar esta decisión dentro de 60 días a partir de la fecha de este aviso. "
          "Mande su apelación por escrito a:", {"size": 11}),
    ("t", "Horizonte Kids Plan de Salud", {"x": 12, "size": 11}),
    ("t", "Unidad de Apelaciones", {"x": 12, "size": 11}),
    ("t", "1450 Calle Mesquite, Suite 200", {"x": 12, "size": 11}),
    ("t", "Brazos Altos, TX 78999", {"x": 12, "size": 11}), ("gap", 1),
    ("w", "Si la apelación no se resuelve a su favor, puede pedir una revisión externa independiente. Como CHIP no "
          "es Medicaid, no hay audiencia imparcial estatal.", {"size": 11}),
]

CASE14 = dict(
    n=14, slug="chip-fuera-de-red-foto", fmt="photo", lang="es", pages=[c14],
    photo=dict(fmt="jpg", angle=-4.2, bg=(150, 120, 85), tint=(1.0, 0.93, 0.8), shadow="right", keystone=0.07),
    note="Separate CHIP (keyed chip) letter in Spanish photographed under tungsten light (JPEG, -4.2 degrees, "
         "keystone, shadow down the right side, on a wooden table). Addressed to the mother; the child is the "
         "patient. Service dates in a sentence ('los días 20 de octubre y 27 de octubre de 2026'); DOB 21/11/2015 "
         "two days after the notice; head office not for appeals; no fair hearing.",
    key=dict(patient_name="Mateo A. Montoya", member_id="KDS-FICT-5520176", claim_number="CH-26-0091842",
             notice_date="2026-11-19", service_dates=["2026-10-20", "2026-10-27"], procedure_codes=["90832", "90847"],
             diagnosis_codes=["F43.10"], denial_category="out_of_network", plan_type="chip", urgent=False,
             appeal_deadline="2027-01-18", deadline_basis="dentro de 60 días a partir de la fecha de este aviso",
             appeals_address="Horizonte Kids Plan de Salud, Unidad de Apelaciones, 1450 Calle Mesquite, Suite 200, "
                             "Brazos Altos, TX 78999"),
)

# ---------------------------------------------------------------- 15  Medicare Advantage, Spanish, DOCX
c15_docx = [
    ("h", "Brisa del Norte Medicare Advantage"),
    ("p", "Plan HMO con contrato de Medicare  |  Servicios al miembro: 555-0135 (TTY 711)  |  Oficina: 300 Paseo del "
          "Mar, San Benito del Río, CA 92998"),
    ("p", FICT_ES),
    ("title", "AVISO DE DENEGACIÓN DE PAGO"),
    ("p", "Fecha: 24 de noviembre de 2026"),
    ("table", [["Nombre del miembro", "Número de miembro", "Número de reclamación"],
               ["Héctor Ramírez Olivares", "BDN-FICT-772019", "26-3280-004417"],
               ["Fecha de nacimiento", "Proveedor", "Diagnóstico"],
               ["22/11/1955", "Clínica Serena de Salud Mental", "F33.2"]]),
    ("p", "Servicios que no pagaremos:"),
    ("table", [["Fecha del servicio", "Código", "Descripción", "Cantidad facturada"],
               ["03/11/2026", "G2083", "Visita con esketamina nasal autoadministrada bajo observación (más de 56 mg)", "$1.240,00"],
               ["06/11/2026", "G2083", "Visita con esketamina nasal autoadministrada bajo observación (más de 56 mg)", "$1.240,00"]]),
    ("p", "Por qué denegamos el pago: su médico solicitó 84 mg dos veces por semana en la fase de mantenimiento. "
          "Según la información recibida, usted lleva más de ocho semanas de tratamiento sin que se documente una "
          "recaída, y nuestras pautas de cobertura piden sesiones semanales o cada dos semanas en esa fase. Un "
          "psiquiatra del plan revisó el caso y determinó que las sesiones no eran médicamente necesarias con esa "
          "frecuencia."),
    ("p", "Su derecho a apelar: si no está de acuerdo, puede pedir una reconsideración. Debe pedirla dentro de 65 "
          "días a partir de la fecha de este aviso. Si pide una apelación rápida, la decidiremos en 72 horas. Si "
          "mantenemos la denegación, enviaremos su caso automáticamente a una entidad de revisión independiente."),
    ("p", "Envíe su apelación por escrito a:"),
    ("addr", ["Brisa del Norte Medicare Advantage", "Departamento de Apelaciones y Quejas", "Apartado Postal 7781",
              "San Benito del Río, CA 92999"]),
    ("p", "Fax para apelaciones: 555-0137. La oficina del Paseo del Mar no recibe apelaciones."),
    ("footer", "H9999_DENPAGO26_S   " + FICT_ES),
]

CASE15 = dict(
    n=15, slug="medicare-advantage-pago-docx", fmt="docx", lang="es", docx=c15_docx,
    note="Medicare Advantage payment denial in Spanish, in Word: a table whose rows alternate labels and values "
         "(three columns), day-first dates with no hint (22/11/1955 can only be day-first; 03/11 and 06/11 read two "
         "ways), DOB two days before the notice; Spravato visits billed G2083; 65 days; office address not for appeals.",
    key=dict(patient_name="Héctor Ramírez Olivares", member_id="BDN-FICT-772019", claim_number="26-3280-004417",
             notice_date="2026-11-24", service_dates=["2026-11-03", "2026-11-06"], procedure_codes=["G2083"],
             diagnosis_codes=["F33.2"], denial_category="medical_necessity", plan_type="medicare_advantage",
             urgent=False, appeal_deadline="2027-01-28",
             deadline_basis="dentro de 65 días a partir de la fecha de este aviso",
             appeals_address="Brisa del Norte Medicare Advantage, Departamento de Apelaciones y Quejas, Apartado "
                             "Postal 7781, San Benito del Río, CA 92999"),
)

# ---------------------------------------------------------------- 16  employer insured EOB, Spanish scan
c16 = [
    ("t", "ASEGURADORA CUMBRE AZUL", {"size": 15, "bold": True}),
    ("t", "Explicación de beneficios (EOB)  -  Esto no es una factura", {"size": 10}),
    ("t", "Las fechas de este documento aparecen en formato día/mes/año.", {"size": 9}),
    ("t", FICT_ES, {"size": 8}), ("rule", {"thick": True}),
    ("cols", [(0, "Fecha de la explicación:"), (48, "10/11/2026"), (98, "Póliza de grupo:"), (135, "PLE-20455")], {"size": 9.5}),
    ("cols", [(0, "Asegurada:"), (48, "Lucía Fernández Ocampo"), (98, "Empleador:"), (135, "Panadería La Estrella")], {"size": 9.5}),
    ("cols", [(0, "Identificación:"), (48, "ASG-FICT-660318"), (98, "Nacimiento:"), (135, "12/11/1980")], {"size": 9.5}),
    ("rule", {}), ("gap", 2),
    ("cols", [(0, "Reclamación"), (30, "Fecha"), (52, "Código"), (70, "Cargo"), (92, "Pagado"), (114, "Ajuste"), (135, "Proveedor")], {"size": 8.5, "bold": True}),
    ("rule", {}),
    ("cols", [(0, "EOB-26-7702-1"), (30, "02/10/2026"), (52, "99214"), (70, "$210,00"), (92, "$151,20"), (114, "CO-45"), (135, "Dr. Iván Prado")], {"size": 8.5}),
    ("cols", [(0, "EOB-26-7719-3"), (30, "09/10/2026"), (52, "96365"), (70, "$600,00"), (92, "$0,00"), (114, "CO-204"), (135, "Centro Aurora")], {"size": 8.5}),
    ("cols", [(30, "09/10/2026"), (52, "J3490"), (70, "$95,00"), (92, "$0,00"), (114, "CO-204"), (135, "de Infusión")], {"size": 8.5}),
    ("cols", [(30, "16/10/2026"), (52, "96365"), (70, "$600,00"), (92, "$0,00"), (114, "CO-204")], {"size": 8.5}),
    ("cols", [(30, "16/10/2026"), (52, "J3490"), (70, "$95,00"), (92, "$0,00"), (114, "CO-204")], {"size": 8.5}),
    ("cols", [(30, "Dx F33.1")], {"size": 8.5}),
    ("cols", [(0, "EOB-26-7731-8"), (30, "21/10/2026"), (52, "90834"), (70, "$140,00"), (92, "$100,80"), (114, "CO-45"), (135, "Lic. Marta Ruiz")], {"size": 8.5}),
    ("rule", {}), ("gap", 2),
    ("t", "Códigos de ajuste", {"size": 10, "bold": True}),
    ("w", "CO-45: cargo mayor que la tarifa de la red; usted no lo debe. CO-204: este servicio no está cubierto por "
          "el plan de la asegurada. Su póliza (Sección 5, Exclusiones, inciso 22) excluye las infusiones de "
          "ketamina para la depresión. La esketamina nasal tiene cobertura con autorización previa.", {"size": 9.5}),
    ("t", "Derecho a apelar", {"size": 10, "bold": True}),
    ("w", "Si no está de acuerdo con la reclamación EOB-26-7719-3, puede apelar dentro de 180 días a partir de la "
          "fecha en que reciba esta explicación. Escriba a Aseguradora Cumbre Azul, Departamento de Apelaciones, "
          "Apartado Postal 4410, Villa Serena, FL 33999. Puede pedir copia gratis de los documentos de su "
          "reclamación. Si mantenemos la decisión, puede pedir una revisión externa. Su plan es un plan de grupo "
          "de su empleador sujeto a ERISA.", {"size": 9.5}),
    ("gap", 2), ("rule", {}),
    ("t", "Aseguradora Cumbre Azul  -  Reclamaciones: Apartado Postal 4400, Villa Serena, FL 33998  -  555-0147", {"size": 8}),
]

CASE16 = dict(
    n=16, slug="eob-empleador-ketamina-escaneada", fmt="scan", lang="es", pages=[c16],
    scan=dict(angles=[-0.6]),
    note="Insured employer group plan (ERISA) EOB in Spanish, image-only scan, with a day-first hint ('formato "
         "día/mes/año'): the EOB date 10/11/2026 and DOB 12/11/1980 read two ways without it. Three claims: two paid "
         "(CO-45, not the denial's code) and the ketamine claim denied CO-204 on two dates, its second rows without a "
         "claim number; amounts with decimal commas; claims box not for appeals.",
    key=dict(patient_name="Lucía Fernández Ocampo", member_id="ASG-FICT-660318", claim_number="EOB-26-7719-3",
             notice_date="2026-11-10", service_dates=["2026-10-09", "2026-10-16"], procedure_codes=["96365", "J3490"],
             diagnosis_codes=["F33.1"], carc_codes=["CO-204"], denial_category="not_covered",
             plan_type="employer_erisa", urgent=False, appeal_deadline="2027-05-09",
             deadline_basis="dentro de 180 días a partir de la fecha en que reciba esta explicación",
             appeals_address="Aseguradora Cumbre Azul, Departamento de Apelaciones, Apartado Postal 4410, Villa Serena, "
                             "FL 33999"),
)

# ---------------------------------------------------------------- 17  Marketplace, Spanish e-mail, multipart base64
c17_plain = """\
Salud Mirador - Aviso de determinación adversa

Estimado Sr. Valdivia Soto:

Le escribimos sobre la reclamación de su proveedor. Este correo es el aviso
oficial de nuestra decisión; también está en su buzón del portal.

Fecha del aviso: 16 de noviembre de 2026
Asegurado: Ernesto Valdivia Soto
Núm. de identificación del miembro: MRC-FICT-4400981
Fecha de nacimiento: 18/11/1962
Número de reclamación: RC-2026-3318470
Plan: Salud Mirador Plata 2026 (Mercado de Seguros Médicos, plan individual)
Proveedor: Instituto de Dolor Articular Puerto Alegre
Servicio: inyección de plasma rico en plaquetas en la rodilla derecha
(código 0232T), el 29 de octubre de 2026
Diagnóstico: M17.11

Nuestra decisión: no pagaremos este servicio. Nuestra política médica
MM-0615 considera experimental o en investigación la inyección de plasma rico
en plaquetas para la artrosis de rodilla, porque los estudios publicados no
han demostrado de forma constante que mejore el dolor o la función a largo
plazo. Su póliza excluye los servicios experimentales o en investigación
(Sección 11.3).

Su derecho a apelar: tiene hasta el 17 de mayo de 2027 para presentar una
apelación interna. Esta fecha ya incluye cinco días de envío por correo. Si
mantenemos nuestra decisión, puede pedir una revisión externa independiente.
Si su caso es urgente, pida una apelación acelerada.

Envíe su apelación a:
Salud Mirador
Apelaciones Internas
Apartado Postal 9020
Puerto Alegre, NM 87998

También puede enviarla por fax al 555-0157. Nuestra oficina de la Calle
Real 40 es solo para atención en persona y no recibe apelaciones.

Atentamente,
Unidad de Reclamaciones, Salud Mirador

MUESTRA FICTICIA - no es un aviso real. Todos los nombres, números y
direcciones son inventados.
"""

CASE17 = dict(
    n=17, slug="mercado-prp-correo-alternativo-base64", fmt="eml", lang="es",
    eml=dict(kind="alt64", subject="Aviso de determinación adversa - reclamación RC-2026-3318470",
             sender="Salud Mirador <avisos@saludmirador.example>",
             to="Ernesto Valdivia Soto <evaldivia@correo.example>", date="Tue, 17 Nov 2026 10:41:09 -0700",
             body=c17_plain),
    note="Marketplace individual plan notice in Spanish sent as e-mail, multipart/alternative with a plain and an "
         "HTML part, both UTF-8 in base64. Pain care: platelet-rich plasma injection (0232T) for knee osteoarthritis "
         "denied as experimental. The stated date (17 de mayo de 2027, which the notice says includes five mailing "
         "days) wins over 180 days (15 May); the e-mail's own Date is the day after the notice; DOB 18/11/1962 two "
         "days after; in-person office not for appeals.",
    key=dict(patient_name="Ernesto Valdivia Soto", member_id="MRC-FICT-4400981", claim_number="RC-2026-3318470",
             notice_date="2026-11-16", service_dates=["2026-10-29"], procedure_codes=["0232T"],
             diagnosis_codes=["M17.11"], denial_category="experimental_investigational", plan_type="individual_aca",
             urgent=False, appeal_deadline="2027-05-17", deadline_basis="tiene hasta el 17 de mayo de 2027",
             appeals_address="Salud Mirador, Apelaciones Internas, Apartado Postal 9020, Puerto Alegre, NM 87998"),
)

# ---------------------------------------------------------------- 18  municipal employees' plan (PR), Spanish TXT
c18_txt = """\
PLAN DE SALUD DE EMPLEADOS DEL MUNICIPIO DE COSTA SERENA
Administrado por Servicios Administrativos Caribe (SAC)
Calle Tamarindo 15, Costa Serena, PR 00998 - Tel. 555-0168
---------------------------------------------------------------------------
MUESTRA FICTICIA - no es un aviso real. Todos los nombres, números y
direcciones son inventados.

Costa Serena, 25/11/2026

Sr. Ramón Cruz Torres
Urb. Los Flamboyanes, Calle 4 B-12
Costa Serena, PR 00997

DETERMINACIÓN ADVERSA DE BENEFICIOS - DENEGACIÓN PARCIAL

  Empleado suscriptor ......... Ramón Cruz Torres   (MCS-FICT-220914-01)
  Paciente (hija) ............. Isabel Cruz Meléndez
  Núm. de socio del paciente .. MCS-FICT-220914-03
  Fecha de nacimiento ......... 27/11/2001
  Núm. de reclamación ......... SAC-26-118305
  Proveedor ................... Lic. Noemí Varela, Psicóloga

  Fecha        Código   Diagnóstico   Facturado   Pagado    Decisión
  02/11/2026   90837    F33.1         $150.00     $120.00   Aprobado
  04/11/2026   90837    F33.1         $150.00     $0.00     Denegado
  06/11/2026   90837    F33.1         $150.00     $0.00     Denegado

Estimado señor Cruz Torres:

Pagamos la sesión de psicoterapia que su hija recibió el 02/11/2026. Las
sesiones del 04/11/2026 y del 06/11/2026 fueron denegadas: nuestro psicólogo
revisor no encontró en el expediente una crisis u otra razón clínica para
tres sesiones de 60 minutos en la misma semana, y las guías del Plan cubren
una sesión semanal en la fase de tratamiento en que ella se encuentra. Las
consideramos no necesarias médicamente.

El Plan es un plan gubernamental del Municipio; no está sujeto a ERISA, pero
sigue las reglas federales de apelación y revisión externa.

Usted o su hija pueden apelar dentro de 180 días contados a partir de la
fecha de recibo de esta carta. Envíe la apelación, con las notas de la
psicóloga, a:

    Plan de Salud de Empleados del Municipio de Costa Serena
    a/c Servicios Administrativos Caribe
    División de Apelaciones
    PO Box 70331
    Costa Serena, PR 00999

No envíe apelaciones a la dirección de la calle Tamarindo.

Cordialmente,
División de Reclamaciones, SAC
"""

CASE18 = dict(
    n=18, slug="plan-municipal-hija-denegacion-parcial-txt", fmt="txt", lang="es", text=c18_txt,
    note="Governmental plan (a Puerto Rico municipality's employees' plan, administered by Servicios Administrativos "
         "Caribe) in Spanish plain text, addressed to the subscriber father; the adult daughter is the patient with "
         "her own ID suffix (-03). Partial denial: the first session paid, the next two denied (only those in the "
         "key). Place-and-date line 25/11/2026, DOB 27/11/2001 two days after, day-first with no hint; street "
         "office not for appeals.",
    key=dict(patient_name="Isabel Cruz Meléndez", member_id="MCS-FICT-220914-03", claim_number="SAC-26-118305",
             notice_date="2026-11-25", service_dates=["2026-11-04", "2026-11-06"], procedure_codes=["90837"],
             diagnosis_codes=["F33.1"], denial_category="medical_necessity", plan_type="governmental", urgent=False,
             appeal_deadline="2027-05-24",
             deadline_basis="dentro de 180 días contados a partir de la fecha de recibo de esta carta",
             appeals_address="Plan de Salud de Empleados del Municipio de Costa Serena, a/c Servicios Administrativos "
                             "Caribe, División de Apelaciones, PO Box 70331, Costa Serena, PR 00999"),
)

CASES = [CASE10, CASE11, CASE12, CASE13, CASE14, CASE15, CASE16, CASE17, CASE18]
