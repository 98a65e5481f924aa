"""Cases 10-12 (English) and 13-18 (Spanish). All people, plans, numbers and addresses are FICTIONAL."""
import os

from PIL import Image

import render as R
from render import dmy, en_long, es_long, plus_days, us
from cases_a import FICT, key

FICT_ES = "MUESTRA FICTICIA - no es un aviso real. Todos los nombres, números y direcciones son inventados."


# ------------------------------------------------------------------------------------------------ 10
def c10(out):
    f = "10-church-plan-spravato-provider-remittance.pdf"
    nd = "2026-11-06"
    sd = ["2026-10-27", "2026-10-30"]
    basis = "within 180 days of the date of this remittance"
    addr = ("Harvest Fellowship Ministries Benefit Plan, c/o Steward Plan Services, Provider Appeals, PO Box 2218, "
            "Quarry Glen, TN 37999")
    p = R.Page(792, 612)
    p.text(40, 44, "STEWARD PLAN SERVICES", 14, bold=True)
    p.text(40, 57, "Claims administrator for Harvest Fellowship Ministries Benefit Plan (a church plan)", 8.5)
    p.text(752, 44, "PROVIDER REMITTANCE ADVICE", 12, bold=True, align="right")
    p.text(752, 57, FICT, 6.5, align="right")
    p.kv(40, 82, [("Payee:", "Clearwater Interventional Psychiatry"), ("NPI:", "1999000417"),
                  ("Tax ID:", "XX-XXX0417")], 50, 9)
    p.kv(470, 82, [("Remittance date:", us(nd)), ("Check/EFT number:", "EFT-000884213"),
                   ("Payment amount:", "$212.64")], 100, 9)
    rows = [["Patient", "Member ID", "Claim number", "From", "Code", "Dx", "Billed", "Allowed", "Paid", "Adj.", "Remark"],
            ["ALVAREZ, BEATRIZ", "HFM-FICT-7712046", "SPS-26310-04402", "10/21/2026", "99214", "F41.1", "185.00",
             "132.80", "106.24", "CO-45 PR-3", ""],
            ["NAKAMURA, KENJI", "HFM-FICT-7730158", "SPS-26310-04471", us(sd[0]), "G2083", "F33.2", "1,240.00",
             "0.00", "0.00", "CO-197", "N54"],
            ["", "", "", us(sd[1]), "G2083", "F33.2", "1,240.00", "0.00", "0.00", "CO-197", "N54"],
            ["OSEI, ABENA", "HFM-FICT-7698830", "SPS-26310-04488", "10/29/2026", "90834", "F43.10", "160.00",
             "132.00", "106.40", "CO-45 PR-3", ""]]
    y = p.table(40, 140, [104, 92, 92, 62, 44, 44, 60, 54, 50, 82, 58], rows, size=8, head_fill=0.8)
    p.text(40, y + 16, "Claim detail: SPS-26310-04471", 10.5, bold=True)
    y = p.para(40, y + 32, 712,
               "Patient: Kenji Nakamura    Member ID: HFM-FICT-7730158    Rendering: Lena Moravec, MD", 9)
    y = p.para(40, y, 712,
               "The Plan requires precertification of Spravato (esketamine) before the first treatment. No "
               "precertification was requested for this member, so both administrations are denied as billed. "
               "Member liability: the member may not be billed for services denied for missing precertification "
               "by a network provider.", 9)
    y = p.para(40, y, 712,
               "CO-197: precertification/authorization absent. N54: claim information does not match a "
               "certified or authorized service. CO-45: charge exceeds the network fee schedule. PR-3: copayment.",
               8.5)
    p.rect(40, y + 2, 712, 62, fill=0.92, stroke=0.0, lw=0.8)
    p.text(48, y + 17, "Provider appeals", 9.5, bold=True)
    p.para(48, y + 31, 696,
           "A request for review must be received " + basis + ". Send it with the records and any retroactive "
           "authorization request to Harvest Fellowship Ministries Benefit Plan, c/o Steward Plan Services, "
           "Provider Appeals, PO Box 2218, Quarry Glen, TN 37999. Corrected claims go to PO Box 2200, not to the "
           "appeals box. This plan is a church plan and is not governed by ERISA.", 8.5)
    p.text(396, 596, "Page 1 of 1   " + FICT, 6.5, align="center")
    R.to_pdf([p], os.path.join(out, f))
    k = key(file=f, _note="FICTIONAL: all people, plans, administrators, numbers and addresses are invented. "
            "Landscape provider remittance (text PDF) from the administrator of a church plan (administrator "
            "Steward Plan Services; plan Harvest Fellowship Ministries Benefit Plan): three patients, names in "
            "capitals last-first in the table; only SPS-26310-04471 (two rows, the second with blank patient, ID "
            "and claim cells) is denied; the detail gives the patient in mixed case. Paid rows' CO-45/PR-3 and the "
            "RARC N54 are not in carc_codes.",
            patient_name="Kenji Nakamura", member_id="HFM-FICT-7730158", claim_number="SPS-26310-04471",
            notice_date=nd, service_dates=sd, procedure_codes=["G2083"], diagnosis_codes=["F33.2"],
            carc_codes=["CO-197"], denial_category="prior_authorization", plan_type="church", urgent=False,
            appeal_deadline=plus_days(nd, 180), deadline_basis=basis, appeals_address=addr)
    return k, None, ("days", 180)


# ------------------------------------------------------------------------------------------------ 11
def c11(out):
    f = "11-student-plan-rfa-portal-printout.txt"
    nd = "2026-11-03"
    sd = ["2026-10-16"]
    dl = plus_days(nd, 180)
    basis = "Appeal filing deadline: " + us(dl)
    addr = "Northfork Life & Health, Student Plan Appeals, PO Box 9031, Ridgeway, MN 55999"
    W = 96
    L = []
    L.append("12/1/26, 9:58 PM                Claim Details | Cascade State University Student Health Plan")
    L.append("")
    L.append("  CASCADE STATE UNIVERSITY  |  STUDENT HEALTH INSURANCE PLAN       Member Portal")
    L.append("  Insured by Northfork Life & Health Insurance Company")
    L.append("  " + FICT)
    L.append("")
    L.append("  Home   My Coverage   Claims   ID Card   Messages (2)   Find Care           Log out")
    L.append("-" * W)
    L.append("  Welcome, Priyanka                         Plan year 08/15/2026 - 08/14/2027")
    L.append("")
    L.append("  CLAIMS  >  Claim Details")
    L.append("")
    L.append("  Member            Priyanka Deshmukh-Hale")
    L.append("  Member ID         CSU-FICT-20883391          Student ID  C0049127")
    L.append("  Claim number      NF-7263-004417")
    L.append("  Provider          Ridgeway Spine Institute (in network)")
    L.append("  Claim status      DENIED")
    L.append("  Received          10/21/2026")
    L.append("  Processed         " + us(nd) + "           EOB date  " + us(nd))
    L.append("")
    L.append("  Service lines")
    L.append("  +------------+--------+---------+------------+----------+----------+--------+")
    L.append("  | Date       | Code   | Dx      | Billed     | Allowed  | Paid     | Adj.   |")
    L.append("  +------------+--------+---------+------------+----------+----------+--------+")
    L.append("  | " + us(sd[0]) + " | 64635  | M47.816 | $2,980.00  | $0.00    | $0.00    | CO-50  |")
    L.append("  | " + us(sd[0]) + " | 64636  | M47.816 | $1,120.00  | $0.00    | $0.00    | CO-50  |")
    L.append("  +------------+--------+---------+------------+----------+----------+--------+")
    L.append("")
    L.append("  Why was this denied?")
    L.append("  Radiofrequency ablation of the lumbar facet nerves is covered after two diagnostic medial")
    L.append("  branch blocks that each gave at least 80% relief. The records show one block (09/02/2026)")
    L.append("  with 60% relief, so the service is not medically necessary under the plan's policy.")
    L.append("  CO-50: not deemed a medical necessity by the payer.")
    L.append("")
    L.append("  Appeals")
    L.append("  " + basis)
    L.append("  You or your representative may appeal within 180 days of receiving this EOB. The date above")
    L.append("  is that limit counted from the EOB date. Mail appeals to:")
    L.append("      Northfork Life & Health")
    L.append("      Student Plan Appeals")
    L.append("      PO Box 9031")
    L.append("      Ridgeway, MN 55999")
    L.append("  Or upload a letter under Messages > New appeal. Student Health Center staff cannot accept")
    L.append("  appeals for the plan.")
    L.append("")
    L.append("  Other claims this plan year")
    L.append("    NF-7263-003980   09/02/2026   Ridgeway Spine Institute   64493   PAID")
    L.append("    NF-7263-002211   08/28/2026   Campus Health Center       99203   PAID")
    L.append("")
    L.append("-" * W)
    L.append("https://members.cascade-ship.example/claims/NF-7263-004417                            1/1")
    with open(os.path.join(out, f), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")
    k = key(file=f, _note="FICTIONAL: all people, plans, insurers, numbers and addresses are invented. Student "
            "health plan's member portal claim page printed to text (browser header with the print date, "
            "URL footer): facts as label/value lines, service lines in an ASCII table, two paid claims of the plan "
            "year below (not in the key), a student ID beside the member ID; the portal states the deadline as "
            "a date (the EOB date + 180 days). Plan insured by Northfork Life & Health.",
            patient_name="Priyanka Deshmukh-Hale", member_id="CSU-FICT-20883391", claim_number="NF-7263-004417",
            notice_date=nd, service_dates=sd, procedure_codes=["64635", "64636"], diagnosis_codes=["M47.816"],
            carc_codes=["CO-50"], denial_category="medical_necessity", plan_type="individual_aca", urgent=False,
            appeal_deadline=dl, deadline_basis=basis, appeals_address=addr)
    return k, None, ("stated", dl)


# ------------------------------------------------------------------------------------------------ 12
def c12(out):
    f = "12-employer-insured-ketamine-ptsd-two-column-scan.pdf"
    nd, dob = "2026-11-19", "1988-11-21"
    sd = ["2026-10-29", "2026-11-02"]
    basis = "within 180 days of receiving this letter"
    addr = "Bluewater Mutual Health Insurance Co., Attn: Grievances and Appeals, PO Box 14502, Sable Harbor, ME 04999"
    p1 = R.Page()
    p1.text(50, 56, "Bluewater Mutual", 20, "serif", True)
    p1.text(50, 70, "Health Insurance Co.", 10, "serif")
    p1.text(50, 82, "310 Wharf Street, Sable Harbor, ME 04998  -  Member Services 1-800-555-0193", 8, "serif")
    p1.text(50, 94, FICT, 7)
    # right column: claim box
    p1.rect(392, 110, 170, 250, fill=0.9, stroke=0.0, lw=1)
    p1.text(400, 126, "Your claim", 11, bold=True)
    p1.lines(400, 144, [("Member",), "Nathaniel Strand", ("Member ID",), "BWM-FICT-71903352", ("Group",),
                        "Tessaro Logistics Inc.", ("Date of birth",), us(dob), ("Claim number",), "BW26-3109-88120",
                        ("Provider",), "Seacoast Ketamine Clinic", ("Dates of service",), us(sd[0]) + " and",
                        us(sd[1])], 8.5, leading=11.6)
    # left column: letter
    y = p1.lines(50, 124, [en_long(nd), "", "Nathaniel Strand", "52 Lobster Cove Road", "Sable Harbor, ME 04997"], 10.5,
                 "serif")
    y = p1.para(50, y + 14, 325, "Dear Nathaniel Strand:", 10.5, "serif")
    y = p1.para(50, y, 325,
                "We received a claim from Seacoast Ketamine Clinic for intravenous ketamine infusions (codes 96365 "
                "and J3490) given to you for chronic post-traumatic stress disorder (F43.12). We have decided not "
                "to pay this claim.", 10.5, "serif")
    y = p1.para(50, y, 325,
                "Your group policy does not cover services that are experimental or investigational. Under our "
                "medical policy MED.00412, ketamine infusion for PTSD is considered investigational: the published "
                "studies are small and short, and no national guideline recommends it. The policy covers ketamine "
                "only for treatment-resistant depression that meets its criteria, and your claim did not list "
                "that diagnosis.", 10.5, "serif")
    y = p1.para(50, y, 325,
                "A physician board-certified in psychiatry made this decision. You have the right to ask for "
                "the policy, the studies we relied on and the reviewer's notes, free of charge.", 10.5, "serif")
    p1.text(306, 770, "Please see page 2 for your appeal rights.   1 of 2", 8.5, align="center")
    p2 = R.Page()
    p2.text(50, 56, "Nathaniel Strand  |  BWM-FICT-71903352  |  Claim BW26-3109-88120", 8.5)
    p2.text(50, 68, FICT, 7)
    p2.text(50, 96, "YOUR RIGHT TO APPEAL", 12, bold=True)
    y = p2.para(50, 114, 512,
                "If you disagree with this decision, you or someone you authorize can file an appeal " + basis +
                ". Tell us why you think the decision is wrong and send any records, studies or letters from your "
                "doctors. We will decide your appeal within 60 days. An appeal may be filed by mail to:", 10.5, "serif")
    p2.rect(80, y - 4, 300, 70, fill=None, stroke=0.0, lw=1)
    y = p2.lines(92, y + 12, ["Bluewater Mutual Health Insurance Co.", "Attn: Grievances and Appeals", "PO Box 14502",
                              "Sable Harbor, ME 04999"], 10.5, "serif")
    y = p2.para(50, y + 14, 512,
                "or by fax to 1-800-555-0194. Do not send appeals to our Wharf Street office. After our final "
                "decision you may ask for an external review by an independent review organization through the "
                "Maine Bureau of Insurance within 4 months. Because your employer buys this insurance from us, you "
                "may also have the right to bring a civil action under section 502(a) of ERISA.", 10.5, "serif")
    y = p2.para(50, y, 512,
                "Help is available: the state's Consumer Health Assistance program can help you file your appeal at "
                "1-800-555-0196.", 10.5, "serif")
    p2.text(306, 770, "2 of 2", 8.5, align="center")
    imgs = [R.scan(R.to_image(pg, 200), 1212 + i, angle=[0.7, -0.4][i], shade=0.16, specks=140, blur=0.5,
                   dark_edges=True) for i, pg in enumerate([p1, p2])]
    R.save_pdf_images(imgs, os.path.join(out, f), dpi=200)
    k = key(file=f, _note="FICTIONAL: all people, plans, numbers and addresses are invented. Insured employer "
            "group plan's letter scanned from a home printer (image-only PDF, 2 pages, darkened edges): a shaded "
            "claim box in a right-hand column beside the letter (dates of service wrapped over two lines, DOB two "
            "days after the notice); codes and diagnosis only inside a sentence; window and boxed address on "
            "page 2; Wharf Street office not for appeals; 180 days counted from the notice date.",
            patient_name="Nathaniel Strand", member_id="BWM-FICT-71903352", claim_number="BW26-3109-88120",
            notice_date=nd, service_dates=sd, procedure_codes=["96365", "J3490"], diagnosis_codes=["F43.12"],
            denial_category="experimental_investigational", plan_type="employer_erisa", urgent=False,
            appeal_deadline=plus_days(nd, 180), deadline_basis=basis, appeals_address=addr)
    txt = p1.plain_text() + "\n" + p2.plain_text()
    return k, txt, ("days", 180)


# ------------------------------------------------------------------------------------------------ 13
def c13(out):
    f = "13-medicaid-mco-ketamina-tabla-foto-cocina.jpg"
    nd, dob = "2026-11-20", "1974-11-22"
    sd = ["2026-10-27", "2026-10-30", "2026-11-03"]
    basis = "dentro de 60 días a partir de la fecha de esta carta"
    addr = ("Plan Sendero Salud, Departamento de Quejas y Apelaciones, 1200 Calle Alameda, Suite 5, Valle Rojo, "
            "NM 87999")
    p = R.Page()
    p.text(50, 56, "Plan Sendero Salud", 17, bold=True)
    p.text(50, 70, "Plan de atención administrada de Medicaid", 9.5)
    p.text(562, 52, "Oficina central: 40 Paseo del Norte", 8, align="right")
    p.text(562, 62, "Valle Rojo, NM 87998", 8, align="right")
    p.text(562, 72, "Servicios al Miembro: 1-888-555-0146", 8, align="right")
    p.text(306, 90, FICT_ES, 7, align="center")
    p.text(306, 114, "AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5, bold=True, align="center")
    p.text(50, 138, "Valle Rojo, " + es_long(nd), 10)
    y = p.lines(50, 160, ["Sra. Graciela Montoya Villarreal", "Calle Los Pinos 318", "Valle Rojo, NM 87997"], 10)
    y = p.table(50, y + 10, [150, 362], [
        ["Nombre del miembro", "Graciela Montoya Villarreal"],
        ["Número de identificación de Medicaid", "PSS-FICT-40918273"],
        ["Fecha de nacimiento", dmy(dob)],
        ["Número de reclamación", "SS-2611-0049812"],
        ["Proveedor", "Clínica Alivio Mental del Valle"],
    ], size=9.5, header=False)
    y = p.para(50, y + 16, 512, "Estimada Sra. Montoya Villarreal:", 10)
    y = p.para(50, y, 512,
               "Revisamos la reclamación que su proveedor nos envió por los servicios de la tabla. Decidimos no "
               "pagarlos.", 10)
    y = p.table(50, y, [92, 70, 80, 270], [
        ["Fecha", "Código", "Diagnóstico", "Decisión"],
        [dmy(sd[0]), "96365 / J3490", "F33.2", "Denegado: experimental o en investigación"],
        [dmy(sd[1]), "96365 / J3490", "F33.2", "Denegado: experimental o en investigación"],
        [dmy(sd[2]), "96365 / J3490", "F33.2", "Denegado: experimental o en investigación"],
    ], size=9.5)
    y = p.para(50, y + 12, 512,
               "Motivo: la infusión intravenosa de ketamina para la depresión no está aprobada por la FDA y "
               "nuestra política clínica la considera experimental o en investigación. Por eso no es un servicio "
               "cubierto por su plan de Medicaid. Un psiquiatra revisó su caso.", 10)
    y = p.para(50, y, 512,
               "Su derecho a apelar: usted, su proveedor con su permiso por escrito o su representante puede "
               "pedir una apelación " + basis + ". Envíe su apelación por escrito a:", 10)
    y = p.lines(90, y, ["Plan Sendero Salud", "Departamento de Quejas y Apelaciones", "1200 Calle Alameda, Suite 5",
                        "Valle Rojo, NM 87999"], 10)
    y = p.para(50, y + 6, 512,
               "No envíe su apelación a la oficina central. Si quiere que continúen servicios ya aprobados mientras "
               "decidimos, debe apelar dentro de 10 días. Si mantenemos nuestra decisión, puede pedir una audiencia "
               "imparcial estatal dentro de 120 días a partir de la fecha de nuestra carta de resolución.", 10)
    img = R.to_image(p, 200)
    ph = R.photo(img, 1313, out=(2250, 3000), quad=[(0.1, 0.08), (0.9, 0.04), (0.97, 0.94), (0.05, 0.97)],
                 bow=14, light=(0.48, 0.4), cast=(1.0, 0.9, 0.72), angle=1.6, table=(170, 168, 160),
                 shadow=([(0.0, 0.0), (0.45, 0.0), (0.2, 0.45), (0.0, 0.5)], 0.6, 60),
                 thumb=(0.9, 0.3, 0.09, 0.1), noise=8)
    ph.save(os.path.join(out, f), quality=78)
    k = key(file=f, _note="FICTIONAL / MUESTRA FICTICIA: all people, plans, numbers and addresses are invented. "
            "Spanish Medicaid managed-care notice photographed on a kitchen counter in dim light, a thumb on the "
            "right edge, a shadow over the top left; facts in a borderless-labelled grid (DOB 22/11/1974, two days "
            "after the notice) and a services table with two codes in one cell; day-first dates with no hint "
            "(27/10 and 30/10 only day first, 03/11 both ways); head office not for appeals; 10 and 120 days are "
            "not the window.",
            patient_name="Graciela Montoya Villarreal", member_id="PSS-FICT-40918273", claim_number="SS-2611-0049812",
            notice_date=nd, service_dates=sd, procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"],
            denial_category="experimental_investigational", plan_type="medicaid", urgent=False,
            appeal_deadline=plus_days(nd, 60), deadline_basis=basis, appeals_address=addr)
    return k, p.plain_text(), ("days", 60)


# ------------------------------------------------------------------------------------------------ 14
def c14(out):
    f = "14-medicare-advantage-emt-fax-estandar.tif"
    nd = "2026-11-24"
    sd = ["2026-10-19", "2026-10-21", "2026-10-23"]
    basis = "dentro de 65 días a partir de la fecha de este aviso"
    addr = "Vida Activa Medicare (HMO), Departamento de Apelaciones, Apartado Postal 7720, Loma Serena, FL 33999"
    cover = R.Page()
    cover.text(50, 70, "PORTADA DE FAX", 24, bold=True)
    cover.text(50, 88, FICT_ES, 7)
    cover.kv(50, 126, [("Fecha:", "30/11/2026"), ("Para:", "Lucía Andrade (representante)"),
                       ("Fax:", "555-0133"), ("De:", "Vida Activa Medicare, Servicios al Miembro"),
                       ("Páginas:", "3 (incluida esta portada)"),
                       ("Asunto:", "Copia del aviso solicitada por teléfono el 27/11/2026")], 80, 12)
    cover.para(50, 270, 512, "Este fax contiene información de salud protegida. Si lo recibió por error, llame al "
               "remitente y destrúyalo.", 10)
    p1 = R.Page()
    p1.text(50, 58, "Vida Activa Medicare (HMO)", 15, bold=True)
    p1.text(50, 71, "Plan Medicare Advantage  |  2500 Avenida Coral, Loma Serena, FL 33998", 8.5)
    p1.text(50, 83, FICT_ES, 7)
    p1.text(306, 112, "AVISO DE DENEGACIÓN DE PAGO", 13, bold=True, align="center")
    y = p1.kv(50, 140, [("Fecha del aviso:", es_long(nd)), ("Nombre del miembro:", "Rogelio Andrade Benítez"),
                        ("Número de miembro:", "VAM-FICT-30176644"), ("Número de reclamación:", "VA-26-1022-7781"),
                        ("Proveedor:", "Centro de Neuromodulación Bahía")], 130, 10.5)
    y = p1.para(50, y + 10, 512,
                "Denegamos el pago de las sesiones de estimulación magnética transcraneal (EMT, código 90868) que "
                "usted recibió los días " + dmy(sd[0]) + ", " + dmy(sd[1]) + " y " + dmy(sd[2]) + ". Diagnóstico "
                "informado por su proveedor: F33.2.", 10.5)
    y = p1.para(50, y, 512,
                "¿Por qué denegamos el pago? Medicare cubre la EMT para la depresión mayor cuando los expedientes "
                "muestran que no funcionaron al menos dos antidepresivos de clases distintas y una psicoterapia "
                "basada en evidencia. Los expedientes que recibimos mencionan un solo antidepresivo y ninguna "
                "psicoterapia. Por eso estas sesiones no son médicamente necesarias según las reglas de cobertura "
                "de Medicare que seguimos.", 10.5)
    p1.text(306, 770, "Página 1 de 2", 9, align="center")
    p2 = R.Page()
    p2.text(50, 58, "Rogelio Andrade Benítez - VAM-FICT-30176644 - página 2", 9)
    p2.text(50, 70, FICT_ES, 7)
    p2.text(50, 100, "Usted tiene derecho a apelar", 12.5, bold=True)
    y = p2.para(50, 120, 512,
                "Si no está de acuerdo, puede pedirnos una reconsideración. Debe pedirla por escrito " + basis +
                ". Podemos darle más tiempo si tiene una buena razón. Envíe su solicitud a:", 10.5)
    y = p2.lines(90, y, ["Vida Activa Medicare (HMO)", "Departamento de Apelaciones", "Apartado Postal 7720",
                         "Loma Serena, FL 33999"], 10.5)
    y = p2.para(50, y + 8, 512,
                "No envíe apelaciones a nuestra oficina de la Avenida Coral. Si mantenemos la denegación, "
                "enviaremos su caso automáticamente a una organización de revisión independiente. Las apelaciones "
                "de pagos no se deciden por la vía rápida.", 10.5)
    p2.text(306, 770, "Página 2 de 2", 9, align="center")
    h = "30/11/2026 11:26  VIDA ACTIVA MEDICARE    555 0148     P.{}/3"
    frames = [R.fax(pg, 1414 + i, h.format(i + 1), mode="standard") for i, pg in enumerate([cover, p1, p2])]
    R.save_tiff(frames, os.path.join(out, f), mode="standard")
    txt = "\n".join(pg.plain_text() for pg in (cover, p1, p2)) + "\n" + h
    k = key(file=f, _note="FICTIONAL / MUESTRA FICTICIA: all people, plans, numbers and addresses are invented. "
            "Spanish Medicare Advantage payment denial sent by fax (standard mode, 204 x 98, Group 4, 3 pages) "
            "to the member's daughter as representative: a cover sheet dated 30/11/2026 mentioning a call on "
            "27/11/2026; 'Fecha del aviso' in words; service dates day-first inside a sentence with no hint (all "
            "three read only day first); 'Apartado Postal'; Avenida Coral office not for appeals.",
            patient_name="Rogelio Andrade Benítez", member_id="VAM-FICT-30176644", claim_number="VA-26-1022-7781",
            notice_date=nd, service_dates=sd, procedure_codes=["90868"], diagnosis_codes=["F33.2"],
            denial_category="medical_necessity", plan_type="medicare_advantage", urgent=False,
            appeal_deadline=plus_days(nd, 65), deadline_basis=basis, appeals_address=addr)
    return k, txt, ("days", 65)


# ------------------------------------------------------------------------------------------------ 15
def c15(out):
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    f = "15-medicaid-pago-por-servicio-psicoterapia-docx.docx"
    nd, dob = "2026-11-16", "1990-11-14"
    sd = ["2026-10-13", "2026-10-20", "2026-10-27"]
    basis = "dentro de 90 días a partir de la fecha de este aviso"
    addr = ("Oficina de Audiencias Imparciales, Departamento de Salud y Servicios Familiares, Apartado Postal 2090, "
            "Santa Lucía, NM 87998")

    def shade(cell, hexcol="E7E6E6"):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), hexcol)
        tcPr.append(shd)

    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    d.sections[0].footer.paragraphs[0].text = FICT_ES + "  Formulario DSSF-NA-07 (rev. 2026)"
    p = d.add_paragraph()
    r = p.add_run("Departamento de Salud y Servicios Familiares")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Programa Medicaid - Pago por servicio  |  Calle Real 14, Santa Lucía, NM 87997  |  "
                    "Línea de ayuda 1-800-555-0157")
    p = d.add_paragraph()
    r = p.add_run("AVISO DE DENEGACIÓN DE PAGO DE SERVICIOS")
    r.bold = True
    r.font.size = Pt(12.5)
    tb = d.add_table(rows=3, cols=4)
    tb.style = "Table Grid"
    vals = [("Fecha del aviso", dmy(nd), "Número de Medicaid", "MCD-FICT-55102938"),
            ("Beneficiaria", "Esperanza Quiñones Delgado", "Fecha de nacimiento", dmy(dob)),
            ("Número de control (ICN)", "2026 318 44120 3", "Proveedor", "Lic. Tomás Ibáñez, LPCC")]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            tb.cell(i, j).text = v
            if j % 2 == 0:
                shade(tb.cell(i, j))
                tb.cell(i, j).paragraphs[0].runs[0].bold = True
    d.add_paragraph("")
    d.add_paragraph("Estimada Sra. Quiñones Delgado:")
    d.add_paragraph(
        "El Programa Medicaid revisó la reclamación de su proveedor por sesiones de psicoterapia. No pagaremos "
        "las sesiones de la tabla siguiente.")
    t2 = d.add_table(rows=4, cols=4)
    t2.style = "Table Grid"
    for j, v in enumerate(["Fecha de servicio", "Código", "Diagnóstico", "Decisión"]):
        t2.cell(0, j).text = v
        shade(t2.cell(0, j))
    for i, s in enumerate(sd):
        for j, v in enumerate([dmy(s), "90837", "F43.10", "Denegado (falta autorización previa)"]):
            t2.cell(i + 1, j).text = v
    d.add_paragraph("")
    p = d.add_paragraph()
    p.add_run("Razón: ").bold = True
    p.add_run(
        "Medicaid paga hasta 20 sesiones de psicoterapia por año calendario sin autorización previa. Usted ya "
        "había recibido 20 sesiones en 2026. Para más sesiones, su proveedor debía pedir autorización previa, y "
        "no la pidió. Su proveedor todavía puede pedirla con los expedientes clínicos.")
    p = d.add_paragraph()
    p.add_run("Su derecho a una audiencia imparcial estatal: ").bold = True
    p.add_run(
        "Si no está de acuerdo con esta decisión, puede pedir una audiencia imparcial estatal " + basis + ". "
        "Puede pedirla por teléfono o por escrito. Para pedirla por escrito, envíe este formulario firmado o una "
        "carta a:")
    for ln in ["Oficina de Audiencias Imparciales", "Departamento de Salud y Servicios Familiares",
               "Apartado Postal 2090", "Santa Lucía, NM 87998"]:
        q = d.add_paragraph(ln)
        q.paragraph_format.left_indent = Pt(36)
        q.paragraph_format.space_after = Pt(0)
    d.add_paragraph("")
    d.add_paragraph(
        "Continuación de beneficios: si ya tiene servicios aprobados y pide la audiencia dentro de 10 días a "
        "partir de la fecha de este aviso, esos servicios pueden continuar hasta la decisión. Esto no se aplica "
        "a las sesiones de este aviso, que ya se dieron.")
    d.add_paragraph(
        "Las reclamaciones de proveedores se envían a la Unidad de Reclamaciones, Apartado Postal 2000; esa "
        "dirección no recibe solicitudes de audiencia.")
    d.add_paragraph("Si necesita ayuda gratuita, llame a la asistencia legal al 1-800-555-0158.")
    d.save(os.path.join(out, f))
    k = key(file=f, _note="FICTIONAL / MUESTRA FICTICIA: all people, agencies, numbers and addresses are invented. "
            "Spanish Medicaid fee-for-service notice in Word: no plan appeal, the state fair hearing within 90 "
            "days is the first step, so its address is the appeals address; a shaded 3 x 4 header table with a "
            "day-first notice date, the DOB (two days before) and an ICN in spaced groups; sessions in a table; "
            "10-day continuation not the window; claims box not for hearings.",
            patient_name="Esperanza Quiñones Delgado", member_id="MCD-FICT-55102938", claim_number="2026 318 44120 3",
            notice_date=nd, service_dates=sd, procedure_codes=["90837"], diagnosis_codes=["F43.10"],
            denial_category="prior_authorization", plan_type="medicaid", urgent=False,
            appeal_deadline=plus_days(nd, 90), deadline_basis=basis, appeals_address=addr)
    return k, None, ("days", 90)


# ------------------------------------------------------------------------------------------------ 16
def c16(out):
    f = "16-eob-empleador-epidural-foto-fluorescente.png"
    nd = "2026-11-12"
    sd = ["2026-10-21"]
    basis = "180 días a partir de la fecha en que reciba esta explicación"
    addr = ("Seguros de Salud Brisamar, Inc., Departamento de Apelaciones, Apartado Postal 36190, Villa Coral, "
            "PR 00999")
    p = R.Page()
    p.rect(40, 34, 532, 46, fill=0.25, stroke=None)
    p.text(52, 62, "Seguros de Salud Brisamar", 16, bold=True, color=1.0)
    p.text(560, 54, "EXPLICACIÓN DE BENEFICIOS", 10.5, bold=True, align="right", color=1.0)
    p.text(560, 68, "ESTO NO ES UNA FACTURA", 8.5, align="right", color=1.0)
    p.text(306, 92, FICT_ES, 7, align="center")
    p.kv(40, 114, [("Asegurado:", "Héctor Luis Rivera Colón"), ("Núm. de asegurado:", "BRS-FICT-88012745"),
                   ("Grupo:", "Panadería Los Almendros, Inc.")], 110, 9.5)
    p.kv(330, 114, [("Fecha de la explicación:", dmy(nd)), ("Período:", "01/10/2026 al 31/10/2026"),
                    ("Plan:", "Plan Grupal PPO 20")], 125, 9.5)
    p.text(40, 164, "Detalle de reclamaciones", 11.5, bold=True)
    rows = [["Reclamación", "Proveedor", "Fecha", "Servicio", "Dx", "Facturado", "Pagado", "Usted debe", "Ajuste"],
            ["BRS-2610-440318", "Dr. Ángel Ortiz", "07/10/2026", "99213", "M54.16", "95,00", "61,40", "15,00", "CO-45"],
            ["BRS-2610-440319", "Imágenes del Este", "07/10/2026", "72100", "M54.16", "140,00", "88,20", "0,00", "CO-45"],
            ["BRS-2610-447102", "Centro de Dolor Isla", dmy(sd[0]), "64483", "M54.16", "1.380,00", "0,00", "0,00",
             "CO-50"],
            ["", "", dmy(sd[0]), "64484", "M54.16", "610,00", "0,00", "0,00", "CO-50"]]
    y = p.table(40, 176, [82, 92, 56, 46, 44, 56, 48, 52, 56], rows, size=8, head_fill=0.82)
    y = p.para(40, y + 10, 532, "Códigos de ajuste: CO-45 - el cargo excede la tarifa contratada; usted no lo debe. "
               "CO-50 - el servicio no se considera médicamente necesario.", 8.5)
    p.text(40, y + 6, "Sobre la reclamación BRS-2610-447102", 11, bold=True)
    y = p.para(40, y + 22, 532,
               "Denegamos las inyecciones epidurales transforaminales lumbares. Nuestra política cubre estas "
               "inyecciones cuando el dolor radicular ha durado al menos 4 semanas a pesar de terapia física o "
               "medicamentos, y hay un estudio de imagen que lo explique. El expediente no documenta terapia "
               "física ni el resultado de la resonancia. Por eso el servicio no es médicamente necesario según "
               "los términos de su póliza. El proveedor de la red no puede cobrarle estos servicios.", 9.5)
    p.rect(40, y, 532, 118, fill=None, stroke=0.0, lw=1.2)
    p.text(50, y + 16, "Cómo apelar", 11, bold=True)
    y2 = p.para(50, y + 32, 512,
                "Usted tiene " + basis + " para apelar. Envíe su apelación por escrito, con los expedientes "
                "que la apoyen, a:", 9.5)
    p.lines(90, y2, ["Seguros de Salud Brisamar, Inc.", "Departamento de Apelaciones", "Apartado Postal 36190",
                     "Villa Coral, PR 00999"], 9.5)
    y = y + 130
    p.para(40, y, 532, "Las reclamaciones nuevas se envían al Apartado Postal 36100; no envíe apelaciones a esa "
           "dirección. Este plan es un plan de salud grupal de su patrono, regido por ERISA. Servicio al cliente: "
           "1-787-555-0162.", 8.5)
    img = R.to_image(p, 170)
    ph = R.photo(img, 1616, out=(1760, 2280), quad=[(0.05, 0.09), (0.94, 0.05), (0.96, 0.97), (0.07, 0.98)],
                 bow=9, light=(0.82, 0.2), cast=(0.93, 1.0, 0.92), angle=-2.2, table=(210, 212, 214),
                 shadow=([(0.55, 0.55), (1.0, 0.5), (1.0, 1.0), (0.45, 1.0)], 0.62, 45),
                 table_edge=("left", 0.03), noise=5)
    ph.save(os.path.join(out, f), optimize=True)
    k = key(file=f, _note="FICTIONAL / MUESTRA FICTICIA: all people, insurers, numbers and addresses are invented. "
            "Spanish insured employer EOB from Puerto Rico photographed on a white desk under fluorescent light, "
            "a shadow over the lower right: a dark title bar, two label columns, a table of three claims (two "
            "paid with CO-45, not in the key) where the denied claim's second row has no claim number; decimal "
            "commas; day-first dates with no hint (the notice 12/11/2026 reads both ways; 21/10 only day first); "
            "claims box not for appeals.",
            patient_name="Héctor Luis Rivera Colón", member_id="BRS-FICT-88012745", claim_number="BRS-2610-447102",
            notice_date=nd, service_dates=sd, procedure_codes=["64483", "64484"], diagnosis_codes=["M54.16"],
            carc_codes=["CO-50"], denial_category="medical_necessity", plan_type="employer_erisa", urgent=False,
            appeal_deadline=plus_days(nd, 180), deadline_basis=basis, appeals_address=addr)
    return k, p.plain_text(), ("days", 180)


# ------------------------------------------------------------------------------------------------ 17
def c17(out):
    f = "17-mercado-spravato-fuera-de-red-html-base64.eml"
    nd = "2026-11-03"
    sd = ["2026-10-09", "2026-10-12", "2026-10-16"]
    dl = plus_days(nd, 180)
    basis = "a más tardar el " + es_long(dl)
    addr = ("Horizonte Verde Seguros de Salud, Unidad de Apelaciones, 880 Avenida Central, Piso 4, San Benito, "
            "TX 78999")
    rows = "".join(
        f"<tr><td>{dmy(s)}</td><td>G2082</td><td>F33.2</td><td>$890.00</td><td>$0.00</td>"
        f"<td>Fuera de la red</td></tr>" for s in sd)
    html = f"""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Aviso de decisión</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #ccc">
<tr><td style="background:#1d5e3a;color:#fff;padding:14px"><b style="font-size:20px">Horizonte Verde</b><br>
Seguros de Salud &middot; Plan Horizonte Bronce 6000 HMO (Mercado de Seguros Médicos)</td></tr>
<tr><td style="padding:14px">
<p style="font-size:11px;color:#666">{FICT_ES}</p>
<p>Hola, Adriana:</p>
<p>Tiene un aviso nuevo sobre una reclamación. Lo copiamos aquí; también está en su cuenta en línea.</p>
<h3>Aviso de determinación adversa de beneficios</h3>
<table cellpadding="4" style="border-collapse:collapse" border="1">
<tr><td><b>Fecha del aviso</b></td><td>{es_long(nd)}</td></tr>
<tr><td><b>Miembro</b></td><td>Adriana Beltrán Ocampo</td></tr>
<tr><td><b>ID de miembro</b></td><td>HVS-FICT-61730092</td></tr>
<tr><td><b>Número de reclamación</b></td><td>HV-2610-7730418</td></tr>
<tr><td><b>Proveedor</b></td><td>Centro Renacer de Salud Mental (no participa en la red)</td></tr>
</table>
<p>Servicios de la reclamación:</p>
<table cellpadding="4" style="border-collapse:collapse" border="1">
<tr><th>Fecha</th><th>Código</th><th>Diagnóstico</th><th>Cargo</th><th>Pagado</th><th>Motivo</th></tr>
{rows}
</table>
<p><b>¿Por qué no pagamos?</b> Su plan es una HMO: paga la atención de proveedores que no participan en la red
solo en una emergencia o con una remisión aprobada por nosotros antes del servicio. El Centro Renacer de Salud
Mental no participa en la red y no había una remisión aprobada para Spravato. Hay dos centros de la red certificados
para administrar Spravato a menos de 30 millas de su casa. Si no pudo obtener una cita en ellos a tiempo, díganoslo
en su apelación.</p>
<p><b>Su derecho a apelar.</b> Puede pedirnos que revisemos esta decisión. Su apelación debe llegarnos
{basis} (180 días a partir de la fecha de este aviso). Envíela a:</p>
<p style="margin-left:30px">Horizonte Verde Seguros de Salud<br>Unidad de Apelaciones<br>880 Avenida Central, Piso 4<br>
San Benito, TX 78999</p>
<p>Nuestra oficina de la Calle Comercio 12 atiende pagos de primas y no recibe apelaciones. Después de nuestra
decisión final, puede pedir una revisión externa independiente. Para ayuda gratis, llame al programa de asistencia
al consumidor de su estado: 1-800-555-0169.</p>
<p>Atentamente,<br>Servicios al Miembro, Horizonte Verde Seguros de Salud</p>
</td></tr></table></body></html>
"""
    R.eml(os.path.join(out, f), [
        ("From", "Horizonte Verde <avisos@horizonteverde-salud.example>"),
        ("To", "Adriana Beltrán Ocampo <adriana.beltran@correo.example>"),
        ("Subject", "Aviso sobre su reclamación HV-2610-7730418"),
        ("Date", "Wed, 04 Nov 2026 07:15:40 -0600"),
        ("Message-ID", "<fict-1717-intake16@horizonteverde-salud.example>"),
        ("X-Note", "MUESTRA FICTICIA"),
    ], html=html, cte_html="base64")
    k = key(file=f, _note="FICTIONAL / MUESTRA FICTICIA: all people, insurers, numbers and addresses are invented. "
            "Spanish Marketplace HMO notice as an HTML-only e-mail in base64, the facts in two bordered tables; "
            "the deadline stated as a date in words (notice date + 180, also said as 180 days); the e-mail's Date "
            "is the next day; day-first service dates (09/10 and 12/10 read both ways, 16/10 only day first); "
            "premium office not for appeals.",
            patient_name="Adriana Beltrán Ocampo", member_id="HVS-FICT-61730092", claim_number="HV-2610-7730418",
            notice_date=nd, service_dates=sd, procedure_codes=["G2082"], diagnosis_codes=["F33.2"],
            denial_category="out_of_network", plan_type="individual_aca", urgent=False,
            appeal_deadline=dl, deadline_basis=basis, appeals_address=addr)
    return k, None, ("stated", dl)


# ------------------------------------------------------------------------------------------------ 18
def c18(out):
    f = "18-chip-emt-adolescente-escaneo-dos-paginas.pdf"
    nd, dob = "2026-11-25", "2009-11-27"
    sd = ["2026-11-03", "2026-11-04", "2026-11-05"]
    basis = "dentro de 60 días a partir de la fecha de este aviso"
    addr = "Niños Sanos CHIP, Unidad de Apelaciones, 310 Calle Encino, Oficina 12, Mesa Alta, CO 80999"
    p1 = R.Page()
    p1.text(50, 56, "Niños Sanos CHIP", 18, bold=True)
    p1.text(50, 70, "Programa de Seguro Médico para Niños  -  CHIP no es Medicaid", 9)
    p1.text(50, 98, FICT_ES, 7)
    p1.rect(360, 40, 202, 50, fill=None, stroke=0.0, lw=0.8)
    p1.lines(368, 54, ["Reclamaciones: Apartado Postal 880", "Mesa Alta, CO 80998", "Teléfono: 1-877-555-0138"], 8)
    p1.text(50, 118, "Fecha: " + dmy(nd), 10.5)
    y = p1.lines(50, 140, ["Sr. Ernesto Castañeda", "Padre de la miembro", "Avenida Los Cerezos 45, Apto. 3",
                           "Mesa Alta, CO 80997"], 10.5)
    p1.text(306, y + 16, "AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5, bold=True, align="center")
    y = p1.table(50, y + 28, [128, 128, 128, 128], [
        ["Miembro (paciente)", "Número de miembro", "Fecha de nacimiento", "Número de reclamación"],
        ["Valeria Sofía Castañeda Ruiz", "NSC-FICT-11840562", dmy(dob), "NSC-26-1109-5521"],
    ], size=9)
    y = p1.para(50, y + 16, 512, "Estimado Sr. Castañeda:", 10.5)
    y = p1.para(50, y, 512,
                "Recibimos la reclamación del Instituto de Neuromodulación Cumbre por la estimulación magnética "
                "transcraneal (EMT) que recibió su hija Valeria. Decidimos no pagar estos servicios:", 10.5)
    y = p1.table(50, y, [100, 80, 90, 242], [
        ["Fecha del servicio", "Código", "Diagnóstico", "Decisión"],
        [dmy(sd[0]), "90867", "F32.2", "No pagado: en investigación"],
        [dmy(sd[1]), "90868", "F32.2", "No pagado: en investigación"],
        [dmy(sd[2]), "90868", "F32.2", "No pagado: en investigación"],
    ], size=9.5)
    y = p1.para(50, y + 14, 512,
                "Motivo: según nuestra política clínica, la EMT en menores de 18 años se considera en investigación. "
                "Aunque un dispositivo tiene autorización de la FDA para adolescentes de 15 años o más, nuestra "
                "política todavía no la incluye, y los estudios en adolescentes son pocos. Un psiquiatra de niños y "
                "adolescentes revisó los expedientes.", 10.5)
    p1.text(306, 770, "Página 1 de 2 - continúa al dorso", 8.5, align="center")
    p2 = R.Page()
    p2.text(50, 56, "Valeria Sofía Castañeda Ruiz  -  NSC-26-1109-5521  -  página 2", 8.5)
    p2.text(50, 68, FICT_ES, 7)
    p2.text(50, 98, "SUS DERECHOS DE APELACIÓN", 12, bold=True)
    y = p2.para(50, 118, 512,
                "Usted puede pedir que revisemos esta decisión. Esto se llama una apelación. Debe pedirla " + basis +
                ". Puede llamarnos o escribirnos. Envíe su apelación por escrito a:", 10.5)
    p2.rect(80, y - 6, 290, 74, fill=0.92, stroke=0.0, lw=0.8)
    y = p2.lines(92, y + 10, ["Niños Sanos CHIP", "Unidad de Apelaciones", "310 Calle Encino, Oficina 12",
                              "Mesa Alta, CO 80999"], 10.5)
    y = p2.para(50, y + 16, 512,
                "No envíe apelaciones al apartado de reclamaciones de la primera página. Decidiremos su apelación "
                "dentro de 30 días. Si no está de acuerdo con nuestra decisión sobre la apelación, puede pedir una "
                "revisión externa del estado dentro de 4 meses a partir de la fecha de esa decisión.", 10.5)
    y = p2.para(50, y, 512, "Si necesita un intérprete o este aviso en otro formato, llame al 1-877-555-0138.", 10.5)
    imgs = [R.scan(R.to_image(pg, 200), 1818 + i, angle=[-1.1, 0.5][i], shade=0.1, specks=160, blur=0.55,
                   streak=0.71 if i == 0 else None) for i, pg in enumerate([p1, p2])]
    R.save_pdf_images(imgs, os.path.join(out, f), dpi=200)
    k = key(file=f, _note="FICTIONAL / MUESTRA FICTICIA: all people, plans, numbers and addresses are invented. "
            "Spanish separate-CHIP notice to the father about his daughter, scanned to an image-only PDF of 2 "
            "pages (a toner streak on page 1): a claims box in the letterhead not for appeals; a row of four "
            "column headings over the facts (DOB 27/11/2009, two days after the notice); services in a table with "
            "day-first dates that read both ways (03/11, 04/11, 05/11) and a day-first notice date (25/11/2026) "
            "that settles them; window and shaded address box on page 2; the state's 4-month external review is "
            "the next level.",
            patient_name="Valeria Sofía Castañeda Ruiz", member_id="NSC-FICT-11840562", claim_number="NSC-26-1109-5521",
            notice_date=nd, service_dates=sd, procedure_codes=["90867", "90868"], diagnosis_codes=["F32.2"],
            denial_category="experimental_investigational", plan_type="chip", urgent=False,
            appeal_deadline=plus_days(nd, 60), deadline_basis=basis, appeals_address=addr)
    txt = p1.plain_text() + "\n" + p2.plain_text()
    return k, txt, ("days", 60)


CASES = [c10, c11, c12, c13, c14, c15, c16, c17, c18]
