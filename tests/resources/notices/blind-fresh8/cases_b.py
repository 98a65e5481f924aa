"""Notices 10-18 of blind-fresh8. Everything here is FICTIONAL."""
from render import Layout
from cases_a import FICT, FICT_ES


# ------------------------------------------------------------------ 10
def c10():
    L = Layout("dv", 9.5, footer="NSP-AV-04  " + FICT_ES + "  Página {page} de {pages}")
    L.text("Niños Sanos Plus", bold=True, size=16)
    L.text("Plan del Programa de Seguro Médico para Niños (CHIP) de Texas", size=9)
    L.text("Oficina administrativa: 7200 Camino Real Norte, Loma Quemada, TX 78598", size=8.5)
    L.rule()
    L.boxhdr([("Fecha del aviso", "12 de noviembre de 2026"), ("Niño/a (paciente)", "Mateo Ibarra Solís"),
              ("Fecha de nacimiento", "14/11/2011"), ("Número de miembro", "NSP-FICT-330912"),
              ("Padre/madre o tutor", "Graciela Solís Ramírez"), ("Cuenta familiar", "FAM-8820-FICT"),
              ("Número de reclamación", "NS-26-4471-0930"), ("Proveedor", "Dr. Elías Montoya Vega, MD")], 4)
    L.text("Estimada Sra. Solís Ramírez:")
    L.text("Le escribimos sobre los servicios que su hijo Mateo recibió del Dr. Elías Montoya Vega el 8 de octubre "
           "de 2026 y el 22 de octubre de 2026: una evaluación psiquiátrica (código 90792) y una consulta de "
           "seguimiento (código 99214), con el diagnóstico F32.2.")
    L.text("Nuestra decisión: no pagaremos estos servicios.", bold=True)
    L.text("El Dr. Montoya Vega no pertenece a la red de proveedores de Niños Sanos Plus y el plan no aprobó una "
           "excepción antes de la visita. Código de ajuste de la reclamación: CO-242. Si no hay un psiquiatra de la "
           "red que pueda atender a Mateo a una distancia o en un plazo razonable, puede pedirnos que lo tengamos "
           "en cuenta en la apelación.")
    L.text("Cómo apelar", bold=True, size=11)
    L.text("Debe presentar su apelación a más tardar el 15 de enero de 2027. Puede llamar al 1-855-555-0166 o "
           "escribir a:")
    L.lines(["Niños Sanos Plus", "Unidad de Quejas y Apelaciones", "P.O. Box 55310", "Loma Quemada, TX 78599"],
            indent=40)
    L.text("Si la salud de su hijo corre peligro grave por esperar, pida una apelación acelerada. Como miembro de "
           "CHIP, después de la apelación usted puede pedir una revisión externa por una organización de revisión "
           "independiente. A diferencia de Medicaid, CHIP no ofrece una audiencia imparcial estatal.")
    return dict(
        slug="10-chip-red-fuera-espanol", fmt="pdf", lang="es", layout=L,
        note="Separate CHIP (Texas-style) out-of-network denial in Spanish, text PDF with a boxed header (labels "
             "above values, 4 columns). Parent and child both named (child is the patient); family account number "
             "beside the member number; child's DOB 14/11/2011 two days after the notice date; 'no ofrece una audiencia imparcial estatal' sentence names Medicaid; stated deadline as a "
             "Spanish calendar date (later than 60 days, so it wins); administrative office street address is not "
             "the appeal address; provider 'Dr.' name is not the patient.",
        key=dict(patient_name="Mateo Ibarra Solís", member_id="NSP-FICT-330912", claim_number="NS-26-4471-0930",
                 notice_date="2026-11-12", service_dates=["2026-10-08", "2026-10-22"],
                 procedure_codes=["90792", "99214"], diagnosis_codes=["F32.2"], carc_codes=["CO-242"],
                 denial_category="out_of_network", plan_type="chip", urgent=False,
                 deadline_basis="a más tardar el 15 de enero de 2027",
                 appeals_address="Niños Sanos Plus, Unidad de Quejas y Apelaciones, P.O. Box 55310, Loma Quemada, "
                                 "TX 78599"),
        deadline=("date", "2027-01-15"),
        printed=["12 de noviembre de 2026", "8 de octubre de 2026", "22 de octubre de 2026", "15 de enero de 2027"],
        traps="boxed header labels over values; parent vs child; family account; DOB day-first two days after; stated "
              "Spanish date deadline; admin office address; doctor's name",
    )


# ------------------------------------------------------------------ 11
def c11():
    L = Layout("sans", 9, footer="NMH-EOB-2026  " + FICT + "  Page {page} of {pages}")
    L.columns(["Northgate Mutual", "Health Insurance Company", "PO Box 19000, Tamsin Harbor, WA 98998"],
              ["EXPLANATION OF BENEFITS", "THIS IS NOT A BILL", "Date of this statement: November 18, 2026"],
              right_x=360, bold_first=(True, True), size=10)
    L.rule()
    L.kv([("Member:", "Beatriz Kettering-Lund"), ("Member ID:", "NMH-FICT-60218-01"),
          ("Group:", "Ridley & Pask Engineering, Group 00841 (insured group plan)"),
          ("Statement period:", "10/01/2026 - 11/16/2026")], label_w=100)
    L.text("Summary of claims processed", bold=True, size=10)
    L.table(["Claim number", "Provider", "Service date", "Code", "Dx", "Billed", "Plan paid", "You owe", "Notes"],
            [["26-2950-11802", "Fairmount Counseling", "10/01/2026", "90834", "F33.1", "$180.00", "$144.00", "$36.00",
              ""],
             ["26-2950-11803", "Brookfield Infusion Care", "10/06/2026", "96365", "F32.A", "$725.00", "$0.00",
              "$0.00", "CO-11"],
             ["", "", "10/06/2026", "J3490", "F32.A", "$120.00", "$0.00", "$0.00", "CO-11"],
             ["26-2950-11810", "Fairmount Counseling", "10/09/2026", "99214", "F33.1", "$210.00", "$168.00",
              "$42.00", ""],
             ["26-2951-00044", "Crestline Lab Services", "10/13/2026", "80053", "F33.1", "$64.00", "$51.20",
              "$12.80", ""]],
            [1.25, 1.55, 0.95, 0.6, 0.55, 0.7, 0.7, 0.65, 0.55], size=7.5)
    L.text("Processed: 11/16/2026", size=8)
    L.text("Notes", bold=True, size=10)
    L.text("CO-11: The diagnosis is inconsistent with the procedure. Claim 26-2950-11803 was denied because the "
           "diagnosis billed (F32.A) does not support intravenous infusion therapy under the plan's medical policy. "
           "Your provider may send a corrected claim with the complete diagnosis. All other claims on this "
           "statement were paid.")
    L.text("Corrected claims go to PO Box 19000 above. Do not send appeals to the claims PO Box.", size=8.5)
    L.pagebreak()
    L.text("Your rights to appeal", bold=True, size=11)
    L.text("If you disagree with how a claim on this statement was processed, you or your authorized representative "
           "may file an appeal. You have 180 days from the date you receive this statement to appeal. You may "
           "request, free of charge, copies of documents relevant to your claim, and the diagnosis and treatment "
           "codes with their meanings. If your case is urgent, you may ask for an expedited appeal.")
    L.text("Write to us at:")
    L.lines(["Northgate Mutual Health Insurance Company", "Attn: Member Appeals", "PO Box 19044",
             "Tamsin Harbor, WA 98999"], indent=30)
    L.text("After our final decision you may be able to ask for an independent external review and to bring a civil "
           "action under ERISA section 502(a). For help, contact the Employee Benefits Security Administration at "
           "1-866-444-3272 or your state consumer assistance program at 1-800-555-0172.")
    return dict(
        slug="11-eob-four-claims-one-denied", fmt="pdf", lang="en", layout=L,
        note="Insured employer group plan EOB with four claims, one denied (CO-11, coding/billing). Only the denied "
             "claim's number, date, codes and diagnosis are in the key; the paid claims have nearby claim numbers "
             "(26-2950-11802, -11810) and their own dates and codes. Statement date is the notice date; 'Processed "
             "11/16' and the statement period are not. Appeal address on page 2; claims PO Box 19000 not for "
             "appeals. No DOB printed.",
        key=dict(patient_name="Beatriz Kettering-Lund", member_id="NMH-FICT-60218-01", claim_number="26-2950-11803",
                 notice_date="2026-11-18", service_dates=["2026-10-06"],
                 procedure_codes=["96365", "J3490"], diagnosis_codes=["F32.A"], carc_codes=["CO-11"],
                 denial_category="coding_billing", plan_type="employer_erisa", urgent=False,
                 deadline_basis="180 days from the date you receive this statement",
                 appeals_address="Northgate Mutual Health Insurance Company, Attn: Member Appeals, PO Box 19044, "
                                 "Tamsin Harbor, WA 98999"),
        deadline=("days", 180),
        printed=["November 18, 2026", "10/06/2026"],
        traps="four claims one denied; nearby claim numbers; statement period and processed dates; claims box; "
              "address on page 2; continuation row without claim number",
    )


# ------------------------------------------------------------------ 12
def c12():
    L = Layout("sans", 10.5, footer="Form CMS-10003-NDMCP (plan version)  " + FICT)
    L.text("Silverpine Advantage Plus (HMO-POS)", bold=True, size=13)
    L.text("Notice of Denial of Medical Coverage", bold=True, size=15, align="center")
    L.space(2)
    L.kv([("Date:", "11/24/2026"), ("Name:", "Maeve O'Shaughnessy"), ("Member number:", "SPA-FICT-90317-44"),
          ("Date of birth:", "11/26/1954"), ("Request #:", "OD-26-88140")], label_w=115)
    L.text("We have denied the medical coverage listed below that you or your doctor asked for.", bold=True)
    L.text("Your request was for: supervised esketamine (Spravato) treatment, code G2083, for diagnosis F33.2, to "
           "be given at Bayview Behavioral Associates.")
    L.text("You asked for a fast decision, and we made a fast (expedited) decision on your request.")
    L.text("Why we denied your request: Silverpine Advantage Plus covers esketamine only after a trial of at least "
           "two oral antidepressants and one augmentation drug (step therapy for Part B drugs). Our records show "
           "two antidepressant trials and no augmentation trial.")
    L.text("You have the right to appeal our decision", bold=True, size=11.5)
    L.text("You must ask for a Plan Reconsideration within 65 days of the date of this notice. We can give you more "
           "time if you have a good reason for missing the deadline.")
    L.text("Ask for a fast appeal if your health could be seriously harmed by waiting: call 1-844-555-0129 or fax "
           "1-844-555-0130. We will decide within 72 hours. For a standard appeal, write to:")
    L.lines(["Silverpine Advantage Plus", "Appeals & Grievances Department", "515 Tollgate Avenue, Room 300",
             "Kestrel Point, MI 49999"], indent=30)
    return dict(
        slug="12-medicare-advantage-fast-photo", fmt="photo", ext="png", lang="en", layout=L, angle=-3.0,
        seed=1212, shadow="tl", blur=0.7,
        note="Medicare Advantage pre-service denial (Notice of Denial of Medical Coverage) for supervised esketamine "
             "(G2083), step therapy, photographed (PNG, tilted about -3 degrees, keystone, shadow in the top-left "
             "corner). Expedited decision made on the member's request: urgent. Request # is the claim_number; no "
             "service dates (pre-service). DOB two days after the notice date; apostrophe in the name.",
        key=dict(patient_name="Maeve O'Shaughnessy", member_id="SPA-FICT-90317-44", claim_number="OD-26-88140",
                 notice_date="2026-11-24", procedure_codes=["G2083"], diagnosis_codes=["F33.2"],
                 denial_category="step_therapy", plan_type="medicare_advantage", urgent=True,
                 deadline_basis="within 65 days of the date of this notice",
                 appeals_address="Silverpine Advantage Plus, Appeals & Grievances Department, 515 Tollgate Avenue, "
                                 "Room 300, Kestrel Point, MI 49999"),
        deadline=("days", 65),
        printed=["11/24/2026"],
        traps="phone photo PNG; expedited decision (urgent); apostrophe in the name; DOB two days after; pre-service, "
              "no dates; '&' in the department; room on the street line",
    )


# ------------------------------------------------------------------ 13
def c13():
    L = Layout("sans", 9.5, footer=FICT_ES)
    L.bar("Aseguradora Islabrisa  ·  Explicación de Beneficios (EOB)", size=12, gray=0.3)
    L.text("Esto no es una factura. Plan médico grupal de su patrono: Cooperativa Agrícola del Yunque Norte.",
           size=8.5)
    L.kv([("Fecha de emisión:", "3 de noviembre de 2026"), ("Suscriptor:", "Héctor Rosado Vélez"),
          ("Núm. de contrato:", "ISB-FICT-770231"), ("Paciente:", "Valentina Rosado Méndez (hija)"),
          ("Núm. de socio:", "ISB-FICT-770231-03")], label_w=120)
    L.text("Fechas en formato día/mes/año.", size=8.5)
    L.table(["Reclamación", "Fecha servicio", "Código", "Diagnóstico", "Cargo", "Pagado por el plan", "Estado"],
            [["2610-55821", "06/10/2026", "90792", "F33.1", "$320.00", "$256.00", "Pagada"],
             ["2610-55822", "13/10/2026", "96365", "F33.2", "$600.00", "$0.00", "Negada CO-50"],
             ["", "13/10/2026", "J3490", "F33.2", "$90.00", "$0.00", "Negada CO-50"],
             ["2610-55830", "20/10/2026", "99213", "F33.1", "$140.00", "$112.00", "Pagada"]],
            [1.1, 1.0, 0.7, 0.9, 0.7, 1.0, 1.1], size=8.5)
    L.text("Reclamación 2610-55822: Negada. CO-50: según la política médica del plan, la infusión de ketamina no es "
           "médicamente necesaria para la paciente, porque no consta un segundo tratamiento antidepresivo adecuado.")
    L.text("Derecho a apelar", bold=True, size=10.5)
    L.text("Tiene 180 días a partir del recibo de esta explicación para apelar. Envíe su apelación por escrito a: "
           "Aseguradora Islabrisa, Departamento de Apelaciones, Apartado Postal 366120, Bahía Serena, PR 00981. "
           "Las reclamaciones de proveedores se envían al Apartado Postal 366100 (no para apelaciones).")
    return dict(
        slug="13-eob-patrono-pr-foto", fmt="photo", ext="jpg", lang="es", layout=L, angle=4.0, seed=1313,
        shadow="br",
        note="Puerto Rico insured employer group plan (ERISA) EOB in Spanish, phone photo JPEG (4 degrees, keystone, "
             "shadow bottom right). Dependant daughter is the patient ('Núm. de socio' with -03) beside the "
             "subscriber's contract number. Three claims, one denied; day-first dates 06/10/2026 and 13/10/2026 read "
             "month-first too (hint: 'día/mes/año'); only the denied claim's date and codes are in the key. "
             "Provider claims Apartado 366100 is not for appeals. No DOB printed.",
        key=dict(patient_name="Valentina Rosado Méndez", member_id="ISB-FICT-770231-03", claim_number="2610-55822",
                 notice_date="2026-11-03", service_dates=["2026-10-13"],
                 procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"], carc_codes=["CO-50"],
                 denial_category="medical_necessity", plan_type="employer_erisa", urgent=False,
                 deadline_basis="180 días a partir del recibo de esta explicación",
                 appeals_address="Aseguradora Islabrisa, Departamento de Apelaciones, Apartado Postal 366120, "
                                 "Bahía Serena, PR 00981"),
        deadline=("days", 180),
        printed=["3 de noviembre de 2026", "13/10/2026"],
        traps="photo of a bordered EOB table; subscriber vs dependant patient; '(hija)' after the name; three claims "
              "one denied; day-first; two Apartados",
    )


# ------------------------------------------------------------------ 14
def c14():
    L = Layout("serif", 10.5, footer=FICT)
    L.text("Prairie Heart Community Health Plan", bold=True, size=14)
    L.text("A Medicaid managed care plan  |  3300 Sumner Way, Redmoor, KS 66998  |  1-855-555-0145",
           size=8.5)
    L.rule()
    L.text("NOTICE OF ADVERSE BENEFIT DETERMINATION", bold=True, size=12.5, align="center")
    L.table(None, [["Notice Date: 11/16/2026", "Member: DeShawn Whitcombe"],
                   ["Medicaid ID: FICT 4410 2287 55", "Case Number: 0091-FICT-3320"],
                   ["Date of Birth: 11/14/1992", "Claim #: 2026 1102 3345 0"]], [1, 1], size=10)
    L.text("Dear DeShawn Whitcombe:")
    L.text("We denied payment for intravenous ketamine infusions you received at Redmoor Mood & Infusion Clinic on "
           "10/19/2026 and 10/21/2026 (96365, J3490; diagnosis F33.2). Adjustment code CO-204.")
    L.text("Reason: Ketamine infusion therapy for depression is not a covered benefit under the state Medicaid plan "
           "or your plan's member handbook (Chapter 8, Services Not Covered).")
    L.text("Appeal: You have 60 calendar days from the date on this notice to ask for an appeal. To keep getting a "
           "service during the appeal you must appeal within 10 days; that does not apply to services already "
           "given. After the appeal, you can ask for a State Fair Hearing within 120 days of our appeal decision.")
    L.text("Mail your appeal to: Prairie Heart Community Health Plan, Attn: Appeals Department, PO Box 30441, "
           "Redmoor, KS 66999. Or call Member Services to appeal by phone.")
    L.text("Prairie Heart Community Health Plan complies with federal civil rights laws. ATENCIÓN: si habla español, "
           "tiene a su disposición servicios gratuitos de asistencia lingüística. Llame al 1-855-555-0145.",
           size=8.5)
    return dict(
        slug="14-medicaid-not-covered-photo-exif", fmt="photo", ext="jpg", lang="en", layout=L, angle=2.5,
        seed=1414, shadow="bl", exif_rotate=True,
        note="Medicaid managed-care NABD (not covered), phone photo JPEG stored sideways with EXIF Orientation 6 "
             "(viewers show it upright), plus a 2.5-degree tilt and shadow. Borderless two-column header table "
             "(two labels per row). Household case number beside the Medicaid ID; claim number in groups with a "
             "check digit (compare without spaces); DOB two days before the notice date; 10-day continuation and "
             "120-day fair hearing are not the deadline; head-office street address in the letterhead; Spanish "
             "taglines in an English notice.",
        key=dict(patient_name="DeShawn Whitcombe", member_id="FICT 4410 2287 55", claim_number="2026 1102 3345 0",
                 notice_date="2026-11-16", service_dates=["2026-10-19", "2026-10-21"],
                 procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"], carc_codes=["CO-204"],
                 denial_category="not_covered", plan_type="medicaid", urgent=False,
                 deadline_basis="60 calendar days from the date on this notice",
                 appeals_address="Prairie Heart Community Health Plan, Attn: Appeals Department, PO Box 30441, "
                                 "Redmoor, KS 66999"),
        deadline=("days", 60),
        printed=["11/16/2026", "10/19/2026", "10/21/2026"],
        traps="EXIF-rotated photo; two label/value pairs per row; case number; grouped IDs; DOB two days before; "
              "10/120-day windows; Spanish tagline",
    )


# ------------------------------------------------------------------ 15
def c15():
    body = [
        ("p", "Horizonte Azul Health Plans", dict(bold=True, size=16)),
        ("p", "Plan individual del Mercado de Seguros Médicos  ·  1-888-555-0159  ·  horizonteazul.example", dict(size=9)),
        ("p", FICT_ES, dict(size=8, italic=True)),
        ("p", "AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", dict(bold=True, size=13)),
        ("table", [["Fecha del aviso", "Miembro", "ID de miembro", "Número de póliza"],
                   ["20 de noviembre de 2026", "Itzel Carrasco Domínguez", "HAZ-FICT-2026-88130", "IND-5531-FICT"],
                   ["Fecha de nacimiento", "Reclamación núm.", "Fechas de servicio", "Proveedor"],
                   ["22/11/1987", "88 2611 0457", "02/11/2026 y 09/11/2026", "Clínica Serenidad IV"]], dict(boxed=True)),
        ("p", "Estimada Sra. Carrasco Domínguez:", {}),
        ("p", "Procesamos la reclamación de la Clínica Serenidad IV por las infusiones de los días indicados "
              "(códigos 96365, 96366 y J3490; diagnóstico F33.1). La reclamación fue denegada con el código CO-4: "
              "el código 96366 se facturó sin el modificador que exige el plan para una segunda hora de infusión "
              "en la misma fecha. No se trata de una decisión sobre la necesidad médica: su proveedor puede enviar "
              "una reclamación corregida.", {}),
        ("p", "Su derecho a apelar", dict(bold=True)),
        ("p", "Tiene 180 días desde que reciba este aviso para presentar una apelación interna. Envíe su apelación "
              "a la dirección siguiente:", {}),
        ("p", "Horizonte Azul Health Plans\nDepartamento de Apelaciones\n2100 Avenida Central, Piso 5\n"
              "Miramar Norte, FL 33999", dict(indent=True)),
        ("p", "Si su salud está en peligro, puede pedir una apelación acelerada. Después de la apelación interna "
              "puede pedir una revisión externa independiente. Las reclamaciones corregidas se envían a P.O. Box "
              "9180, Miramar Norte, FL 33998 (no envíe apelaciones a esa dirección).", {}),
        ("p", "Atentamente,\nServicios para Miembros", {}),
    ]
    return dict(
        slug="15-marketplace-codigo-docx", fmt="docx", lang="es", docx=body,
        note="Spanish Marketplace (individual) plan, coding/billing denial (CO-4 modifier), Word .docx with a boxed "
             "header table whose label row stands over its value row (two such pairs). Day-first service dates "
             "02/11/2026 and 09/11/2026 (read month-first they would be February and September) in one cell joined "
             "by 'y'; DOB 22/11/1987 two days after the notice date; policy number beside member ID; claim number "
             "in groups (compare without spaces); corrected-claims P.O. Box is not for appeals.",
        key=dict(patient_name="Itzel Carrasco Domínguez", member_id="HAZ-FICT-2026-88130", claim_number="88 2611 0457",
                 notice_date="2026-11-20", service_dates=["2026-11-02", "2026-11-09"],
                 procedure_codes=["96365", "96366", "J3490"], diagnosis_codes=["F33.1"], carc_codes=["CO-4"],
                 denial_category="coding_billing", plan_type="individual_aca", urgent=False,
                 deadline_basis="180 días desde que reciba este aviso",
                 appeals_address="Horizonte Azul Health Plans, Departamento de Apelaciones, 2100 Avenida Central, "
                                 "Piso 5, Miramar Norte, FL 33999"),
        deadline=("days", 180),
        printed=["20 de noviembre de 2026", "02/11/2026", "09/11/2026"],
        traps="DOCX boxed header (labels over values, two bands); day-first dates joined by 'y'; DOB two days after; "
              "policy number; corrected-claims box",
    )


# ------------------------------------------------------------------ 16
def c16():
    L = Layout("sans", 10, footer="BCX 4471-26  " + FICT)
    L.columns(["BLUEWATER CREST", "INSURANCE COMPANY", "1 Harborview Plaza, Suite 900", "Clement Bay, ME 04998"],
              ["Letter date: 11/25/2026", "Internal reference: CSR-26-77140", "Member services: 1-866-555-0134"],
              right_x=350, bold_first=(True, False))
    L.space(4)
    L.lines(["Annika Lindqvist", "309 Foghorn Road", "Clement Bay, ME 04997"])
    L.text("RE: Coverage decision on claim 9902-77140-26", bold=True)
    L.kv([("Member ID:", "BCX-FICT-55102-00"), ("Group:", "Tamarack Outdoor Supply Co. / TOS-5510"),
          ("Date of birth:", "11/27/1976"), ("Services:", "11/03/2026 and 11/05/2026 - Gullrock Pain Institute"),
          ("Codes billed:", "96365, 96366, J3490"), ("Diagnoses:", "G89.4, G90.50"), ("Adjustment:", "CO-55")],
         label_w=100)
    L.text("Dear Ms. Lindqvist,")
    L.text("Your employer's group health plan, insured by Bluewater Crest, does not cover ketamine infusions for "
           "chronic pain. Our Medical Policy MP-311 classifies intravenous ketamine for chronic pain syndromes as "
           "experimental/investigational, because the evidence does not yet show improved long-term outcomes. The "
           "claim is therefore denied.")
    L.text("Appeals", bold=True, size=11)
    L.text("Federal law gives you at least 180 days after you receive this letter to appeal. To allow for "
           "mailing time, we will accept your appeal if it is received by May 28, 2027.")
    L.text("Send your appeal, with any medical records or letters from your doctor, to: Bluewater Crest Insurance "
           "Company, Appeals and Grievances, PO Box 7310, Clement Bay, ME 04999.")
    L.text("You may also ask for an external review by an independent review organization after our final decision, "
           "and you may bring a civil action under section 502(a) of ERISA. Questions: your state consumer "
           "assistance program, 1-800-555-0175.")
    return dict(
        slug="16-employer-insured-stated-date-scan", fmt="scan", lang="en", layout=L, angle=0.5, seed=1616,
        note="Insured employer group plan (ERISA), experimental/investigational (ketamine for chronic pain), "
             "image-only scanned PDF. The notice states a calendar date (May 28, 2027) later than 180 days from "
             "the letter date: the stated date wins. Claim number only in the RE line; 'Internal reference "
             "CSR-26-77140' shares its digits. DOB two days after the letter date; letterhead street address is not "
             "the appeal address; group number beside the member ID; two diagnoses.",
        key=dict(patient_name="Annika Lindqvist", member_id="BCX-FICT-55102-00", claim_number="9902-77140-26",
                 notice_date="2026-11-25", service_dates=["2026-11-03", "2026-11-05"],
                 procedure_codes=["96365", "96366", "J3490"], diagnosis_codes=["G89.4", "G90.50"],
                 carc_codes=["CO-55"], denial_category="experimental_investigational", plan_type="employer_erisa",
                 urgent=False, deadline_basis="received by May 28, 2027",
                 appeals_address="Bluewater Crest Insurance Company, Appeals and Grievances, PO Box 7310, Clement "
                                 "Bay, ME 04999"),
        deadline=("date", "2027-05-28"),
        printed=["11/25/2026", "11/03/2026", "11/05/2026", "May 28, 2027"],
        traps="image-only scan; stated calendar deadline beside '180 days'; claim number only in RE line; internal "
              "reference; DOB two days after; letterhead address",
    )


# ------------------------------------------------------------------ 17
def c17():
    t = """Hola Joaquín:

Le reenvío el aviso que el administrador del plan mandó a la oficina de
Beneficios sobre su reclamación. Lea la parte "Cómo apelar": el plazo
cuenta desde que usted recibe el aviso. Si necesita ayuda, llámenos.

Saludos,
Marisol Ybarra
Oficina de Beneficios para Empleados, Condado de Sauce Verde
455 Plaza del Gobierno, 2.º piso, Sauce Verde, CA 95998
Tel. 707-555-0114

-------- Mensaje reenviado --------
De: Servicios Administrativos Alameda <avisos@alameda-tpa.example>
Fecha: 23 nov 2026 16:05
Asunto: Aviso de denegación - reclamación 26-SV-040931

PLAN DE SALUD DE LOS EMPLEADOS DEL CONDADO DE SAUCE VERDE
Plan gubernamental autofinanciado, administrado por
Servicios Administrativos Alameda

Fecha: 23 de noviembre de 2026

Paciente: Joaquín Arellano Fuentes (cónyuge)
ID de miembro: SVC-FICT-88213-02
Empleada titular: Lucía Fuentes Marín, número de empleado 004417
Fecha de nacimiento del paciente: 25/11/1968
Número de reclamación: 26-SV-040931

Denegamos la reclamación de Infusiones Río Claro por los servicios del
14 y el 21 de octubre de 2026 (códigos 96365 y J3490; diagnóstico F33.2).
Motivo: el plan no considera médicamente necesarias las infusiones de
ketamina, porque el expediente no muestra dos tratamientos antidepresivos
adecuados antes de la infusión (código de ajuste CO-50).

CÓMO APELAR
Tiene 180 días a partir de la fecha en que recibe este aviso para apelar.
Envíe su apelación a:
  Plan de Salud de los Empleados del Condado de Sauce Verde
  c/o Servicios Administrativos Alameda
  Unidad de Apelaciones
  P.O. Box 7741
  Sauce Verde, CA 95999

Después de la decisión final puede pedir una revisión externa
independiente.

""" + FICT_ES + "\n"
    return dict(
        slug="17-condado-reenvio-email-base64", fmt="eml", lang="es", plain=t,
        headers={"From": "Marisol Ybarra <beneficios@sauceverde-county.example>",
                 "To": "Joaquín Arellano <jarellano@correo.example>",
                 "Subject": "RV: Aviso de denegación - reclamación 26-SV-040931",
                 "Date": "Wed, 25 Nov 2026 09:12:40 -0800"},
        note="County employees' self-funded plan (governmental) via a TPA (administrator: Servicios Administrativos "
             "Alameda; plan: Plan de Salud de los Empleados del Condado de Sauce Verde), Spanish, text/plain UTF-8 "
             "in base64, forwarded by the county benefits office. E-mail date 25 Nov and forwarded header date "
             "'23 nov 2026 16:05' vs notice date 23 Nov; the patient is the employee's spouse (employee number "
             "004417 beside); DOB 25/11/1968 two days after; service dates in 'del 14 y el 21 de octubre de 2026'; "
             "the benefits office's signature address is not the appeal address.",
        key=dict(patient_name="Joaquín Arellano Fuentes", member_id="SVC-FICT-88213-02", claim_number="26-SV-040931",
                 notice_date="2026-11-23", service_dates=["2026-10-14", "2026-10-21"],
                 procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"], carc_codes=["CO-50"],
                 denial_category="medical_necessity", plan_type="governmental", urgent=False,
                 deadline_basis="180 días a partir de la fecha en que recibe este aviso",
                 appeals_address="Plan de Salud de los Empleados del Condado de Sauce Verde, c/o Servicios "
                                 "Administrativos Alameda, Unidad de Apelaciones, P.O. Box 7741, Sauce Verde, CA 95999"),
        deadline=("days", 180),
        printed=["23 de noviembre de 2026", "14 y el 21 de octubre de 2026"],
        traps="base64 plain e-mail forwarding a notice; signature address; two header dates; spouse vs employee; "
              "employee number; shared-month date list",
    )


# ------------------------------------------------------------------ 18
def c18():
    L = Layout("sans", 9.5, footer="MUSD-EBT form 12  " + FICT + "  Page {page} of {pages}")
    L.bar("Marlow Unified School District Employee Benefit Trust", size=12, gray=0.15)
    L.columns(["A governmental health plan for district employees", "Administered in-house by the Trust office",
               "1200 Schoolhouse Lane, Marlow, OR 97998"],
              ["Notice Date: 11/30/2026", "Print date: 12/01/2026", "Member ID: MUS-FICT-31190",
               "Employee ID: 0091247"], right_x=370, size=8.5)
    L.rule()
    L.lines(["Harold E. Quist", "77 Tidepool Court", "Marlow, OR 97997"])
    L.text("Notice of Claim Denial", bold=True, size=13)
    L.table(["Claim Number", "Patient", "DOB", "Service Dates", "Codes", "Diagnosis", "Adj."],
            [["6634 0190 2277", "Harold E. Quist", "12/02/1965", "10/27/2026, 10/29/2026, 11/02/2026",
              "96365, J3490", "F33.2, F41.1", "CO-204"]], [1.0, 0.95, 0.7, 1.45, 0.8, 0.75, 0.55], size=8)
    L.text("Exclusion applied: Plan Document Article 7.4(q) excludes \"any drug used for an indication not approved "
           "by the U.S. Food and Drug Administration, and its administration\". Ketamine is not FDA-approved for "
           "depression, so the infusions and the drug are not covered.")
    L.text("How to appeal", bold=True, size=11)
    L.text("You must submit your appeal within 90 calendar days of the date of this notice. The Trust is a "
           "governmental plan and is not subject to ERISA. Appeals are decided by the Trust's Appeals Panel, which "
           "meets twice a month.")
    L.text("Send appeals to the Trust office's appeals mailbox, not to the street address above:")
    L.lines(["Marlow Unified School District Employee Benefit Trust", "Attn: Appeals Panel", "PO Box 2046",
             "Marlow, OR 97999"], indent=30)
    L.text("After the Trust's final decision you may request an independent external review. Questions: "
           "503-555-0177, Monday to Friday.")
    return dict(
        slug="18-school-district-trust-exclusion", fmt="pdf", lang="en", layout=L,
        note="School district employee benefit trust (governmental plan, not ERISA), not covered (exclusion, CO-204), "
             "text PDF. Right column holds Notice Date, Print date (12/01) and IDs; employee ID beside the member ID; "
             "claim number in groups (compare without spaces); DOB 12/02/1965 in the claim row two days after the "
             "notice date (and one day before the day the set was written); 90 calendar days stated; trust office "
             "street address not for appeals.",
        key=dict(patient_name="Harold E. Quist", member_id="MUS-FICT-31190", claim_number="6634 0190 2277",
                 notice_date="2026-11-30", service_dates=["2026-10-27", "2026-10-29", "2026-11-02"],
                 procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2", "F41.1"], carc_codes=["CO-204"],
                 denial_category="not_covered", plan_type="governmental", urgent=False,
                 deadline_basis="within 90 calendar days of the date of this notice",
                 appeals_address="Marlow Unified School District Employee Benefit Trust, Attn: Appeals Panel, "
                                 "PO Box 2046, Marlow, OR 97999"),
        deadline=("days", 90),
        printed=["11/30/2026", "10/27/2026", "10/29/2026", "11/02/2026"],
        traps="notice and print dates in a right column; employee ID; DOB in the claim table; grouped claim number; "
              "exclusion quote; trust office street address; 'not subject to ERISA'",
    )


CASES = [c10, c11, c12, c13, c14, c15, c16, c17, c18]
