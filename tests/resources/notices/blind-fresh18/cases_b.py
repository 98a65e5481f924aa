"""Cases 10-18 of the intake18 blind set (15-18 and 13-14 in Spanish). Everything here is FICTIONAL."""
import os

import render as R
from cases_a import M, head, save_photo
from common import D, dmy, es_long, long, make_key, plus_days, us

FICT = "FICTIONAL SAMPLE - invented people, plans, providers and numbers"
MF = "MUESTRA FICTICIA - personas, planes y números inventados"


# 10 ---------------------------------------------------------------------------------------------
def c10(out):
    f = "10-selffunded-tpa-spravato-remittance-lineprinter.txt"
    notice = D(2026, 11, 11)
    svc = [D(2026, 10, 14), D(2026, 10, 17)]
    name, mid, clm = "Camila R. Okafor", "MWB-FICT-583301", "71026 11180 4402"
    deadline = plus_days(notice, 180)
    basis = f"Appeals must be received by {long(deadline)}"
    addr = ("Meadowbank Woodworks Employee Benefit Plan, c/o Trellis Claims Administration, Appeals Department, "
            "PO Box 2716, Quarry Hill, PA 17999")
    rows = [
        ("WHITLOCK, DANA M", "MWB-FICT-583177", "71026 11172 3310", "10/09/2026", "99214", "1", "190.00",
         "131.40", "106.40", "PR-3"),
        ("OKAFOR, CAMILA R", mid, clm, us(svc[0]), "J0013", "84", "1,428.00", "0.00", "0.00", "CO-197"),
        ("", "", "", us(svc[0]), "99215", "1", "265.00", "0.00", "0.00", "CO-197"),
        ("", "", "", us(svc[1]), "J0013", "84", "1,428.00", "0.00", "0.00", "CO-197"),
        ("", "", "", us(svc[1]), "99215", "1", "265.00", "0.00", "0.00", "CO-197"),
        ("BRANDT, OLIVER J", "MWB-FICT-584020", "71026 11191 0087", "10/21/2026", "90834", "1", "150.00",
         "112.00", "87.00", "PR-3"),
    ]
    hdr = f"{'PATIENT NAME':<18}{'MEMBER ID':<17}{'CLAIM NUMBER':<18}{'DOS':<11}{'CODE':<6}{'UN':>3}" \
          f"{'BILLED':>10}{'ALLOWED':>9}{'PAID':>9}  ADJ"
    lines = [
        "TRELLIS CLAIMS ADMINISTRATION                         PROVIDER REMITTANCE ADVICE",
        "PO BOX 2700  QUARRY HILL PA 17901                     PAGE 1 OF 1",
        FICT.upper(),
        "",
        "PLAN:    MEADOWBANK WOODWORKS EMPLOYEE BENEFIT PLAN (SELF-FUNDED, ADMINISTERED BY TRELLIS)",
        "PAYEE:   RIDGEWAY PSYCHIATRIC ASSOCIATES PC     TIN XX-XXX5521",
        f"REMIT DATE: {us(notice)}      EFT TRACE: 0048813      REMIT NO: RA-2611-0099",
        "PRINTED: 11/13/2026 06:02",
        "",
        hdr,
        "-" * len(hdr),
    ]
    for r in rows:
        lines.append(f"{r[0]:<18}{r[1]:<17}{r[2]:<18}{r[3]:<11}{r[4]:<6}{r[5]:>3}{r[6]:>10}{r[7]:>9}{r[8]:>9}"
                     f"  {r[9]}")
        if r[0] == "OKAFOR, CAMILA R":
            lines.append(f"{'':<18}{'DX: F33.2':<17}")
    lines += ["-" * len(hdr), f"{'TOTAL PAID THIS REMIT':<70}{'193.40':>9}", "",
              "ADJUSTMENT CODES ON THIS REMIT:",
              "  PR-3    COPAYMENT AMOUNT",
              "  CO-197  PRECERTIFICATION/AUTHORIZATION/NOTIFICATION ABSENT",
              "",
              f"DENIAL DETAIL - CLAIM {clm}",
              f"  Patient: {name}   Member ID: {mid}   DOB: 11/09/1990",
              f"  Services {us(svc[0])} and {us(svc[1])}: esketamine nasal spray (J0013, 84 mg) with",
              "  observation visit (99215). Diagnosis F33.2.",
              "  The plan requires precertification of esketamine before the first dose. No precertification",
              "  was requested for this member, so both dates are denied. Under the plan's terms the member",
              "  may not be billed for amounts denied CO-197 by a network provider.",
              "",
              "  APPEAL RIGHTS: The member, or the provider with the member's written authorization, may",
              f"  appeal this decision. {basis}. Send appeals in writing to:",
              "      Meadowbank Woodworks Employee Benefit Plan",
              "      c/o Trellis Claims Administration",
              "      Appeals Department",
              "      PO Box 2716",
              "      Quarry Hill, PA 17999",
              "  Corrected claims and remittance questions go to PO Box 2700, which does not accept appeals.",
              "  Provider services: 1-888-555-0138.",
              "",
              "END OF REMITTANCE"]
    text = "\n".join(lines) + "\n\f"
    with open(os.path.join(out, f), "w", encoding="utf-8") as fh:
        fh.write(text)
    key = make_key(f, "FICTIONAL: invented people, plan, administrator and numbers. Provider remittance advice "
                   "from a self-funded plan's TPA as line-printer text: three patients, the denied claim's "
                   "continuation rows with blank patient and claim cells, a DX line under the member-ID column, "
                   "a print date two days later, a denial-detail block in mixed case; the deadline stated as a "
                   "date (notice + 180); the remittance PO Box is not for appeals. Administrator: Trellis Claims "
                   "Administration; plan: Meadowbank Woodworks Employee Benefit Plan.",
                   name, mid, clm, notice, svc, ["J0013", "99215"], ["F33.2"], ["CO-197"], "prior_authorization",
                   "employer_erisa", False, deadline, basis, addr)
    return key, [text]


# 11 ---------------------------------------------------------------------------------------------
def c11(out):
    f = "11-student-plan-ketamine-ptsd-portal-printout.pdf"
    notice, dob = D(2026, 11, 18), D(2001, 11, 19)
    svc = [D(2026, 10, 29), D(2026, 11, 5)]
    name, mid, clm = "Imogen L. Ashcroft-Baptiste", "BSL-FICT-0277315", "BSL-26-778104"
    basis = "within 180 days following receipt of this notice"
    addr = "Beacon Scholar Life Insurance Company, Student Plan Appeals, PO Box 30117, Wexford Hills, MA 01999"
    url = f"https://members.beaconscholar.example/claims/{clm}/decision"
    pages = []
    p = R.Page()
    p.text(30, 22, "11/24/26, 9:14 AM", 7.5)
    p.text(306, 22, "Claim decision | Beacon Scholar Member Portal", 7.5, align="center")
    p.rect(30, 36, 552, 30, stroke=None, fill=(0, 84, 122))
    p.text(42, 56, "Beacon Scholar  |  Student Health", 13, bold=True, color=(255, 255, 255))
    p.text(570, 56, "Sign out", 8, color=(255, 255, 255), align="right")
    p.text(42, 84, "Home  >  Claims  >  Claim " + clm, 8, color=(0, 84, 122))
    p.fictional(42, 98, FICT)
    y = 124
    p.text(42, y, "Claim decision", 16, bold=True)
    y += 22
    y = p.table(42, y, [150, 378], [
        ["Claim summary", ""],
        ["Patient", name],
        ["Member ID", mid],
        ["Student ID", "C-20219944"],
        ["Date of birth", us(dob)],
        ["Plan", "Calder Polytechnic University Student Health Insurance Plan 2026-2027"],
        ["Insured by", "Beacon Scholar Life Insurance Company"],
        ["Provider", "Northgate Ketamine Therapeutics"],
        ["Claim number", clm],
        ["Decision date", us(notice)],
        ["Status", "Denied"]], size=9, grid=True)
    y = p.table(42, y, [90, 60, 230, 70, 78], [
        ["Service date", "Code", "Description", "Billed", "Plan pays"],
        [us(svc[0]), "96365", "Intravenous infusion, first hour", "$600.00", "$0.00"],
        [us(svc[0]), "J3490", "Ketamine (unlisted drug)", "$85.00", "$0.00"],
        [us(svc[1]), "96365", "Intravenous infusion, first hour", "$600.00", "$0.00"],
        [us(svc[1]), "J3490", "Ketamine (unlisted drug)", "$85.00", "$0.00"]], size=9, grid=True)
    y = p.para(42, y, 528, "Diagnosis: F43.12", 9.5)
    p.text(42, y, "Why this claim was denied", 11, bold=True)
    y += 16
    y = p.para(42, y, 528, "Intravenous ketamine for post-traumatic stress disorder is experimental or "
               "investigational under our medical policy BSL-MP-077: the published studies are small and short, "
               "and no professional society's guideline recommends it for PTSD. The plan does not cover "
               "experimental or investigational services (Certificate of Coverage, Exclusions, item 14).", 9.5)
    p.text(30, 778, url, 7)
    p.text(582, 778, "1/2", 7, align="right")
    pages.append(p)
    p = R.Page()
    p.text(30, 22, "11/24/26, 9:14 AM", 7.5)
    p.text(306, 22, "Claim decision | Beacon Scholar Member Portal", 7.5, align="center")
    y = 60
    p.text(42, y, "Your appeal rights", 11, bold=True)
    y += 16
    y = p.para(42, y, 528, "You or someone you name to act for you may ask us to review this decision. You must "
               f"file your appeal {basis}. You may send written comments, records and other information. You "
               "may ask for copies of the policy we used, free of charge.", 9.5)
    y = p.para(42, y, 528, "Mail or fax your appeal to:", 9.5, bold=True)
    y = p.lines(60, y, ["Beacon Scholar Life Insurance Company", "Student Plan Appeals", "PO Box 30117",
                        "Wexford Hills, MA 01999", "Fax 1-855-555-0147"], 9.5)
    y += 8
    y = p.para(42, y, 528, "The Student Health Center (10 Campus Loop) cannot accept appeals for the insurance "
               "plan. If your appeal is denied you may ask for an independent external review. For urgent care "
               "situations you may ask for an expedited appeal by phone at 1-855-555-0140.", 9.5)
    p.fictional(42, y + 6, FICT)
    p.text(30, 778, url, 7)
    p.text(582, 778, "2/2", 7, align="right")
    pages.append(p)
    R.to_pdf(pages, os.path.join(out, f), "Claim decision | Beacon Scholar Member Portal")
    key = make_key(f, "FICTIONAL: invented people, plan, insurer and numbers. Student health plan's claim "
                   "decision printed from the member portal to PDF (text, 2 pages): browser header with the print "
                   "date six days later and URL footer; a two-column summary grid (student ID beside the member "
                   "ID, DOB the day after the decision date); services in a grid; the health center is not for "
                   "appeals. Insurer: Beacon Scholar Life Insurance Company.",
                   name, mid, clm, notice, svc, ["96365", "J3490"], ["F43.12"], None,
                   "experimental_investigational", "individual_aca", False, plus_days(notice, 180), basis, addr)
    return key, sum((pg.texts for pg in pages), [])


# 12 ---------------------------------------------------------------------------------------------
def c12(out):
    f = "12-marketplace-rfa-pain-boxed-photo-desk-angle.png"
    notice, dob = D(2026, 11, 9), D(1966, 11, 11)
    svc = [D(2026, 10, 22)]
    name, mid, clm = "Gideon T. Farrow", "STH-FICT-7730418", "ST-2610-93384"
    basis = "within 180 days of receiving this notice"
    addr = ("Summit Trail Health, Attn: Grievances and Appeals, 2100 Larkspur Road, Suite 300, Pinecrest Junction, "
            "CO 80999")
    p = R.Page()
    y = head(p, "Summit Trail Health", ["Individual & Family EPO  -  bought through the Health Insurance "
             "Marketplace  -  Claims: PO Box 5521, Pinecrest Junction, CO 80998"], color=(120, 40, 90))
    # At a glance box, right
    bx, by = 336, y - 6
    p.rect(bx, by, 222, 146, stroke=(120, 40, 90), lw=1.4)
    p.text(bx + 8, by + 15, "AT A GLANCE", 9.5, bold=True, color=(120, 40, 90))
    p.table(bx + 6, by + 22, [84, 126], [
        ["Member", name], ["Member ID", mid], ["Claim number", clm], ["Service date", us(svc[0])],
        ["Codes", "64635, 64636"], ["Diagnosis", "M47.816"], ["Adjustment", "CO-50"]], size=8, grid=True,
        head_fill=None, head_bold=False)
    y = p.lines(M, y + 4, [long(notice), "", name, "3170 Aspen Hollow Court", "Lone Cedar, CO 80921", "",
                           f"Date of birth: {us(dob)}"], 10)
    y = max(y, by + 168)
    p.text(M, y, "We denied payment for your nerve ablation", 12.5, bold=True)
    y += 20
    y = p.para(M, y, 504, f"Dear Mr. {name.split()[-1]}:", 10)
    y = p.para(M, y, 504, f"On {long(svc[0])}, Front Range Spine & Pain performed radiofrequency ablation of the "
               "lumbar medial branch nerves (64635 and 64636). We reviewed the claim against our medical policy "
               "for facet joint procedures. That policy covers ablation after two diagnostic medial branch blocks "
               "that each gave at least 80% relief. The records sent show one block with 60% relief. We "
               "therefore find the ablation not medically necessary, and the claim is denied (CO-50).", 10)
    p.text(M, y, "What you can do", 11, bold=True)
    y += 16
    y = p.para(M, y, 504, f"You may appeal {basis}. Tell us why you disagree and send any records, such as the "
               "report of a second block. A doctor who did not make this decision will review your appeal.", 10)
    p.rect(M, y, 504, 88, fill=(246, 238, 243), stroke=(120, 40, 90))
    p.text(M + 10, y + 16, "Send your appeal to", 10, bold=True)
    p.lines(M + 10, y + 32, ["Summit Trail Health", "Attn: Grievances and Appeals", "2100 Larkspur Road, Suite 300",
                             "Pinecrest Junction, CO 80999"], 10)
    p.text(M + 270, y + 32, "Fax: 1-888-555-0166", 10)
    p.text(M + 270, y + 46, "Phone: 1-888-555-0161", 10)
    y += 104
    y = p.para(M, y, 504, "Do not send appeals to the claims PO Box above. If we uphold our decision you can ask "
               "for an external review by an independent organization. Free help: your state's consumer "
               "assistance program, 1-800-555-0172.", 9)
    save_photo(p, os.path.join(out, f), 170, out_size=(1800, 2000),
               quad=[(330, 180), (1480, 210), (1760, 1930), (60, 1880)], bg="desk", seed=1212, light=0.95,
               warm=(1.02, 1.0, 0.93), shadow=([(0, 1200), (600, 1000), (900, 2000), (0, 2000)], 0.35, 60),
               angle=-1.2, curl_amp=8, gradient=(0.15, 0.2))
    key = make_key(f, "FICTIONAL: invented people, plan and numbers. Marketplace EPO letter photographed on a "
                   "desk (PNG) from a low angle (strong keystone, narrow at the top), curled, a shadow at the "
                   "lower left: a gridded 'At a glance' box at the top right (codes listed with a comma, CO-50) "
                   "beside the dateline and addressee; DOB two days after the notice; service date also in words "
                   "in the text; address in a shaded box with fax and phone beside it; claims PO Box not for "
                   "appeals.",
                   name, mid, clm, notice, svc, ["64635", "64636"], ["M47.816"], ["CO-50"], "medical_necessity",
                   "individual_aca", False, plus_days(notice, 180), basis, addr)
    return key, p.texts


# 13 ---------------------------------------------------------------------------------------------
def c13(out):
    f = "13-medicaid-mco-spravato-escalonada-foto-cobija.jpg"
    notice, dob = D(2026, 11, 10), D(1967, 11, 12)
    svc = [D(2026, 10, 15), D(2026, 10, 22), D(2026, 10, 29)]
    name, mid, clm = "Rosalinda Peña Quiroga", "SCR-FICT-3308172", "SCR-26-55017"
    basis = "dentro de 60 días calendario a partir de la fecha de este aviso"
    addr = ("Salud Comunitaria del Río, Departamento de Apelaciones, 1450 Calle Mesa Verde, Suite 120, Valle "
            "Escondido, NM 87999")
    p = R.Page()
    p.text(M, 50, "Salud Comunitaria del Río", 15, bold=True, color=(150, 60, 20))
    p.text(M, 64, "Plan de atención administrada de Medicaid  -  300 Avenida Central, Valle Escondido, NM 87901", 8.5)
    p.fictional(M, 76, MF)
    y = 100
    p.text(M, y, f"Valle Escondido, {es_long(notice)}", 10)
    y += 20
    y = p.lines(M, y, [name, "Calle Los Álamos 218", "Valle Escondido, NM 87905"], 10)
    y += 10
    p.text(M, y, "AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12, bold=True)
    y += 14
    y = p.table(M, y, [150, 354], [
        ["Datos del aviso", ""],
        ["Nombre del miembro", name],
        ["Número de identificación de Medicaid", mid],
        ["Fecha de nacimiento", dmy(dob)],
        ["Número de reclamación", clm],
        ["Proveedor", "Clínica de Salud Mental Sandía, Dra. Teresa Olguín"]], size=8.5, grid=True)
    y = p.para(M, y, 504, f"Estimada señora {name.split()[1]}:", 10)
    y = p.para(M, y, 504, "Negamos el pago de los tratamientos con esketamina en aerosol nasal (Spravato) que "
               "aparecen abajo. Nuestro plan cubre este medicamento cuando se cumple la terapia escalonada: antes "
               "de la esketamina, el miembro debe haber probado dos antidepresivos orales a dosis adecuadas por lo "
               "menos seis semanas cada uno. Los expedientes que recibimos muestran un solo antidepresivo "
               "(escitalopram). Por no cumplir la terapia escalonada, el servicio no se paga.", 10)
    y = p.table(M, y, [84, 60, 220, 140], [
        ["Fecha", "Código", "Servicio", "Decisión"],
        [dmy(svc[0]), "J0013", "Esketamina, 56 unidades", "Negado"],
        [dmy(svc[0]), "99215", "Visita de observación", "Negado"],
        [dmy(svc[1]), "J0013", "Esketamina, 56 unidades", "Negado"],
        [dmy(svc[2]), "J0013", "Esketamina, 84 unidades", "Negado"]], size=8.5)
    y = p.para(M, y, 504, "Diagnóstico: F33.2.", 10)
    p.text(M, y, "Su derecho a apelar", 11, bold=True)
    y += 15
    y = p.para(M, y, 504, f"Puede pedirnos una apelación {basis}. Envíe su apelación por escrito a:", 10)
    y = p.lines(M + 20, y, ["Salud Comunitaria del Río", "Departamento de Apelaciones",
                            "1450 Calle Mesa Verde, Suite 120", "Valle Escondido, NM 87999"], 10)
    y += 6
    y = p.para(M, y, 504, "Nuestra oficina principal de la Avenida Central no recibe apelaciones. Si quiere seguir "
               "recibiendo servicios durante la apelación, pídala dentro de 10 días. Si mantenemos la decisión, "
               "puede pedir una audiencia imparcial estatal dentro de 120 días a partir de nuestra decisión sobre "
               "la apelación.", 9)
    save_photo(p, os.path.join(out, f), 180, out_size=(1750, 2250),
               quad=[(140, 170), (1600, 200), (1580, 2120), (160, 2080)], bg="blanket", seed=1313, light=0.62,
               warm=(1.08, 0.95, 0.75), shadow=([(1000, 0), (1750, 0), (1750, 800), (1300, 700)], 0.4, 70),
               thumb=(1640, 1500, 70), angle=1.2, curl_amp=12, gradient=(-0.2, 0.1), noise=8)
    key = make_key(f, "FICTIONAL / MUESTRA FICTICIA: invented people, plan and numbers. Spanish Medicaid managed "
                   "care notice photographed on a green knitted blanket (JPEG) in dim warm light, curled, a thumb "
                   "on the right and a shadow top right: dateline in words; a gridded facts table with the DOB "
                   "12/11/1967 (reads two ways); services in a grid with day-first dates (15/10, 22/10, 29/10 "
                   "only day first); step therapy; head office not for appeals; 10 and 120 days are not the "
                   "window.",
                   name, mid, clm, notice, svc, ["J0013", "99215"], ["F33.2"], None, "step_therapy", "medicaid",
                   False, plus_days(notice, 60), basis, addr)
    return key, p.texts


# 14 ---------------------------------------------------------------------------------------------
def c14(out):
    f = "14-chip-psicoterapia-fuera-de-red-dos-columnas-foto-mano.png"
    notice, dob = D(2026, 11, 13), D(2010, 11, 14)
    svc = [D(2026, 10, 5), D(2026, 10, 19), D(2026, 10, 26)]
    name, mid, clm = "Mateo Alejandro Ruiz Benítez", "NSP-FICT-6620417", "NS-2611-04418"
    basis = "dentro de 60 días a partir de la fecha de esta carta"
    addr = "Niños Sanos Plan de Salud, Unidad de Apelaciones, Apartado Postal 7781, Río Claro, TX 78599"
    p = R.Page()
    p.text(M, 50, "Niños Sanos Plan de Salud", 15, bold=True, color=(20, 110, 120))
    p.text(M, 64, "Plan del Programa de Seguro Médico Infantil (CHIP)  -  CHIP no es Medicaid", 8.5)
    p.text(M, 75, "Servicios al miembro: 410 Calle Comercio, Río Claro, TX 78501  -  1-866-555-0153", 8.5)
    p.fictional(M, 87, MF)
    y = 112
    sx, sw = M, 170
    p.rect(sx, y, sw, 330, fill=(228, 240, 241), stroke=None)
    yy = y + 16
    p.text(sx + 8, yy, "RESUMEN", 10, bold=True, color=(20, 110, 120))
    yy += 18
    for lab, vals in [("Fecha:", [dmy(notice)]), ("Niño(a) paciente:", ["Mateo Alejandro", "Ruiz Benítez"]),
                      ("Fecha de nacimiento:", [dmy(dob)]), ("Núm. de miembro:", [mid]), ("Reclamación:", [clm]),
                      ("Fechas de servicio:", [dmy(s) for s in svc]), ("Código:", ["90837"]),
                      ("Diagnóstico:", ["F32.1"]), ("Proveedor:", ["Consejería Familiar", "Horizonte"])]:
        p.text(sx + 8, yy, lab, 7.5, bold=True)
        yy += 11
        for v in vals:
            p.text(sx + 8, yy, v, 9)
            yy += 12
        yy += 3
    cx, cw = M + sw + 16, 504 - sw - 16
    ry = y + 8
    ry = p.lines(cx, ry, ["Sra. Verónica Benítez", "Calle Nogal 77", "Río Claro, TX 78504"], 9.5)
    ry += 8
    ry = p.para(cx, ry, cw, "Estimada Sra. Benítez:", 9.5)
    ry = p.para(cx, ry, cw, f"Le escribimos sobre su hijo, {name}. Negamos la reclamación de las sesiones de "
                "psicoterapia que recibió en Consejería Familiar Horizonte. Ese proveedor está fuera de la red de "
                "Niños Sanos. El plan paga servicios fuera de la red solo en una emergencia o cuando aprobamos "
                "antes una excepción porque no hay un proveedor de la red disponible. No teníamos una solicitud "
                "de excepción para estas sesiones.", 9.5)
    ry = p.para(cx, ry, cw, "Si ningún terapeuta de nuestra red podía atender a Mateo a una distancia y en un "
                "tiempo razonables, díganoslo en su apelación con los nombres de los proveedores que llamó.", 9.5)
    p.text(cx, ry, "Cómo apelar", 10.5, bold=True)
    ry += 14
    ry = p.para(cx, ry, cw, f"Usted puede apelar {basis}. Mande su apelación por escrito a:", 9.5)
    ry = p.lines(cx + 12, ry, ["Niños Sanos Plan de Salud", "Unidad de Apelaciones", "Apartado Postal 7781",
                               "Río Claro, TX 78599"], 9.5)
    y2 = max(ry, y + 330) + 18
    y2 = p.para(M, y2, 504, "La oficina de Servicios al miembro de la Calle Comercio no recibe apelaciones. Como "
                "CHIP no es Medicaid, no hay audiencia imparcial estatal; si mantenemos la decisión, puede pedir "
                "una revisión por una organización de revisión independiente.", 9)
    save_photo(p, os.path.join(out, f), 165, out_size=(1600, 2000),
               quad=[(90, 140), (1480, 100), (1530, 1900), (40, 1940)], bg="carseat", seed=1414, light=0.85,
               warm=(1.0, 0.97, 0.92), shadow=([(0, 1400), (1600, 1250), (1600, 2000), (0, 2000)], 0.3, 60),
               thumb=(60, 1000, 62), angle=-2.0, curl_amp=9, gradient=(0.2, -0.1))
    key = make_key(f, "FICTIONAL / MUESTRA FICTICIA: invented people, plan and numbers. Spanish separate-CHIP "
                   "letter to a mother about her son, photographed in hand (PNG) over a car seat, a thumb at the "
                   "left edge, a shadow over the lower part: two columns, a shaded summary sidebar (day-first "
                   "dates; the child's name wrapped over two lines; DOB 14/11/2010 the day after the notice; "
                   "05/10 reads two ways) beside the letter; member services office not for appeals; no fair "
                   "hearing (CHIP no es Medicaid).",
                   name, mid, clm, notice, svc, ["90837"], ["F32.1"], None, "out_of_network", "chip", False,
                   plus_days(notice, 60), basis, addr)
    return key, p.texts


# 15 ---------------------------------------------------------------------------------------------
def c15(out):
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText
    from email import charset as cs
    f = "15-medicare-advantage-tec-correo-html-qp.eml"
    notice = D(2026, 11, 3)
    svc = [D(2026, 10, 6), D(2026, 10, 9), D(2026, 10, 13)]
    name, mid, clm = "Ernesto Villafañe Rosado", "CSS-FICT-9081123", "CS26-1103-6620"
    basis = "dentro de 65 días a partir de la fecha de este aviso"
    addr = ("Costa Serena Salud, Departamento de Apelaciones y Querellas, Apartado Postal 190233, San Lorenzo del "
            "Mar, PR 00999")
    reason = ("Los tratamientos de terapia electroconvulsiva (TEC) de mantenimiento no son médicamente necesarios "
              "según nuestros criterios: el expediente no documenta una recaída ni una evaluación del psiquiatra "
              "en las últimas cuatro semanas.")
    plain = f"""Costa Serena Salud - Plan Médico Costa Serena Advantage (HMO)
AVISO DE DENEGACIÓN DE PAGO

Fecha del aviso: {dmy(notice)}
Miembro: {name}
Número de miembro: {mid}
Fecha de nacimiento: 02/11/1948
Número de reclamación: {clm}

Servicios negados:
{dmy(svc[0])}  90870  Terapia electroconvulsiva
{dmy(svc[0])}  00104  Anestesia para TEC
{dmy(svc[1])}  90870  Terapia electroconvulsiva
{dmy(svc[1])}  00104  Anestesia para TEC
{dmy(svc[2])}  90870  Terapia electroconvulsiva
{dmy(svc[2])}  00104  Anestesia para TEC
Diagnóstico: F33.2

Motivo: {reason}

Usted tiene derecho a pedir una reconsideración (apelación) {basis}.
Envíe su apelación a:
Costa Serena Salud
Departamento de Apelaciones y Querellas
Apartado Postal 190233
San Lorenzo del Mar, PR 00999

No envíe apelaciones a nuestra oficina de servicio al cliente en la Avenida Muñoz.

{MF}
"""
    rows = "".join(f"<tr><td>{dmy(d)}</td><td>{c}</td><td>{s}</td><td>Negado</td></tr>" for d in svc for c, s in
                   [("90870", "Terapia electroconvulsiva"), ("00104", "Anestesia para TEC")])
    html = f"""<html><body style="font-family:Arial">
<p style="font-size:18px;color:#0a5"><b>Costa Serena Salud</b><br>Plan Médico Costa Serena Advantage (HMO)</p>
<p style="font-size:11px">Oficina de servicio al cliente: Avenida Muñoz 1550, Isla Verde Norte, PR 00983</p>
<h2>AVISO DE DENEGACIÓN DE PAGO</h2>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Fecha del aviso</th><td>{dmy(notice)}</td></tr>
<tr><th>Miembro</th><td>{name}</td></tr>
<tr><th>Número de miembro</th><td>{mid}</td></tr>
<tr><th>Fecha de nacimiento</th><td>02/11/1948</td></tr>
<tr><th>Número de reclamación</th><td>{clm}</td></tr>
</table>
<p>Estimado señor Villafañe:</p>
<p>Hemos negado el pago de los servicios que aparecen abajo, prestados por el Hospital Psiquiátrico Brisas del
Sur.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Fecha</th><th>Código</th><th>Servicio</th><th>Decisión</th></tr>
{rows}
</table>
<p>Diagnóstico: F33.2</p>
<p><b>Motivo:</b> {reason}</p>
<p><b>Sus derechos de apelación.</b> Usted tiene derecho a pedir una reconsideración (apelación) {basis}.
Si no estamos de acuerdo con su apelación, enviaremos su caso automáticamente a una entidad de revisión
independiente.</p>
<p>Envíe su apelación a:<br>Costa Serena Salud<br>Departamento de Apelaciones y Querellas<br>
Apartado Postal 190233<br>San Lorenzo del Mar, PR 00999</p>
<p>No envíe apelaciones a nuestra oficina de servicio al cliente en la Avenida Muñoz.</p>
<p style="font-size:10px"><b>{MF}</b></p>
</body></html>"""
    msg = MIMEMultipart("alternative")
    msg["From"] = "Costa Serena Salud <avisos@costaserena.example>"
    msg["To"] = f"{name} <evillafane@correo.example>"
    msg["Subject"] = f"Aviso sobre su reclamación {clm}"
    msg["Date"] = "Wed, 04 Nov 2026 10:31:05 -0400"
    msg["Message-ID"] = "<aviso-6620@costaserena.example>"
    qp = cs.Charset("utf-8")
    qp.body_encoding = cs.QP
    part1 = MIMEText(plain, "plain", qp)
    part2 = MIMEText(html, "html", "utf-8")  # base64 by default for utf-8
    msg.attach(part1)
    msg.attach(part2)
    with open(os.path.join(out, f), "wb") as fh:
        fh.write(msg.as_bytes())
    key = make_key(f, "FICTIONAL / MUESTRA FICTICIA: invented people, plan and numbers. Spanish Medicare "
                   "Advantage payment denial (Puerto Rico) as a multipart e-mail: plain part quoted-printable, "
                   "HTML part base64 with two bordered tables; e-mail Date the next day; dd/mm dates (03/11/2026 "
                   "month first would fall before the care; DOB 02/11/1948); maintenance ECT with anesthesia; "
                   "customer service office not for appeals.",
                   name, mid, clm, notice, svc, ["90870", "00104"], ["F33.2"], None, "medical_necessity",
                   "medicare_advantage", False, plus_days(notice, 65), basis, addr)
    return key, [plain, html]


# 16 ---------------------------------------------------------------------------------------------
def c16(out):
    f = "16-mercado-eob-ketamina-tres-reclamaciones-escaneo.pdf"
    notice = D(2026, 11, 16)
    svc = [D(2026, 10, 14), D(2026, 10, 21)]
    name, mid, clm = "Lucía Fernanda Ocampo", "AHP-FICT-1209984", "AHP-5520-1688-02"
    basis = "dentro de 180 días a partir de la fecha en que reciba este aviso"
    addr = "Aseguradora Horizonte Pleno, Unidad de Quejas y Apelaciones, PO Box 44871, Mesa Alta, AZ 85999"
    p1 = R.Page()
    y = head(p1, "Aseguradora Horizonte Pleno", ["Plan individual Plata HMO comprado en el Mercado de Seguros "
             "Médicos  -  Reclamaciones: PO Box 44800, Mesa Alta, AZ 85901"], color=(150, 90, 0), fict=MF)
    p1.text(M, y + 4, "EXPLICACIÓN DE BENEFICIOS", 14, bold=True)
    p1.text(558, y + 4, "ESTO NO ES UNA FACTURA", 9, bold=True, align="right")
    y += 26
    y = p1.table(M, y, [126, 126, 126, 126], [
        ["Miembro", "Núm. de miembro", "Fecha del estado de cuenta", "Período"],
        [name, mid, dmy(notice), "01/10/2026 - 31/10/2026"]], size=8.5)
    y = p1.para(M, y, 504, "Las fechas de este documento están escritas en el orden día/mes/año.", 9)
    y = p1.table(M, y, [92, 58, 48, 40, 58, 58, 56, 94], [
        ["Reclamación", "Fecha", "Código", "Dx", "Cobrado", "Pagado", "Ajuste", "Estado"],
        ["AHP-5520-1571-01", "01/10/2026", "99214", "F41.1", "$195.00", "$140.00", "PR-3", "Pagada"],
        [clm, dmy(svc[0]), "96365", "F33.2", "$650.00", "$0.00", "CO-55", "Negada"],
        ["", dmy(svc[0]), "96366", "", "$220.00", "$0.00", "CO-55", "Negada"],
        ["", dmy(svc[0]), "J3490", "", "$110.00", "$0.00", "CO-55", "Negada"],
        ["", dmy(svc[1]), "96365", "", "$650.00", "$0.00", "CO-55", "Negada"],
        ["", dmy(svc[1]), "J3490", "", "$110.00", "$0.00", "CO-55", "Negada"],
        ["AHP-5520-1702-03", "20/10/2026", "80053", "Z13.89", "$48.00", "$31.20", "CO-45", "Pagada"]], size=8)
    y = p1.para(M, y, 504, "Códigos de ajuste: PR-3 copago; CO-45 el cargo excede la tarifa contratada; CO-55 "
                "procedimiento o tratamiento considerado experimental o en investigación por el pagador.", 8.5)
    p1.text(M, y, "Motivo de la denegación (reclamación " + clm + ")", 10.5, bold=True)
    y += 15
    y = p1.para(M, y, 504, "Las infusiones intravenosas de ketamina para la depresión se consideran experimentales "
                "o en investigación según nuestra política médica AHP-PM-112. La única forma de ketamina aprobada "
                "por la FDA para la depresión es la esketamina en aerosol nasal, que sí está cubierta con "
                "autorización previa.", 9.5)
    p1.text(558, 770, "Página 1 de 2", 8, align="right")
    p2 = R.Page()
    y = 56
    p2.text(M, y, f"{name}  -  {mid}  -  Página 2 de 2", 8.5)
    y += 26
    p2.text(M, y, "Sus derechos de apelación", 12, bold=True)
    y += 18
    y = p2.para(M, y, 504, f"Si no está de acuerdo con una reclamación negada, puede apelar {basis}. Puede "
                "enviar expedientes médicos, cartas de su médico y estudios publicados. Puede pedir gratis copias "
                "de los documentos que usamos.", 10)
    y = p2.para(M, y, 504, "Envíe su apelación a:", 10, bold=True)
    y = p2.lines(M + 20, y, ["Aseguradora Horizonte Pleno", "Unidad de Quejas y Apelaciones", "PO Box 44871",
                             "Mesa Alta, AZ 85999"], 10)
    y += 8
    y = p2.para(M, y, 504, "No envíe apelaciones al apartado de reclamaciones PO Box 44800. Si mantenemos la "
                "denegación, puede pedir una revisión externa independiente dentro de 4 meses. Ayuda gratuita: "
                "programa de asistencia al consumidor, 1-800-555-0177.", 9.5)
    p2.fictional(M, y + 4, MF)
    imgs = [R.scan(R.to_image(pg, 200), 1600 + i, angle=(-0.6 if i == 0 else 0.9), specks=350,
                   streak=(900 if i == 0 else None)) for i, pg in enumerate([p1, p2])]
    R.save_image_pdf(imgs, os.path.join(out, f), 200)
    key = make_key(f, "FICTIONAL / MUESTRA FICTICIA: invented people, plan and numbers. Spanish Marketplace HMO "
                   "explanation of benefits scanned on a flatbed (image-only PDF, 2 pages, a toner streak on page "
                   "1): a gridded header row with the statement date beside the period; a day/month/year hint; a "
                   "gridded claims table of three claims, the denied one on five rows with blank claim cells, the "
                   "paid ones (99214 F41.1 PR-3, 80053 Z13.89 CO-45) not the denial's; appeal rights on page 2; the "
                   "claims PO Box is not for appeals.",
                   name, mid, clm, notice, svc, ["96365", "96366", "J3490"], ["F33.2"], ["CO-55"],
                   "experimental_investigational", "individual_aca", False, plus_days(notice, 180), basis, addr)
    return key, p1.texts + p2.texts


# 17 ---------------------------------------------------------------------------------------------
def c17(out):
    from docx import Document
    from docx.shared import Pt
    f = "17-medicaid-pago-por-servicio-epidural-audiencia-docx.docx"
    notice = D(2026, 11, 9)
    svc = [D(2026, 10, 21)]
    name, mid, clm = "Aurelio Sandoval Mejía", "FICT-88230415-M", "2026 315 00 4471 8"
    basis = "dentro de 30 días a partir de la fecha de envío de este aviso"
    addr = ("Oficina de Audiencias Imparciales, Agencia Estatal de Asistencia Médica, 2728 Avenida Capital, Piso 3, "
            "Puerto Laurel, FL 32999")
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(11)
    texts = []

    def para(s, bold=False, size=None):
        pr = doc.add_paragraph()
        r = pr.add_run(s)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        texts.append(s)

    para("Agencia Estatal de Asistencia Médica", True, 15)
    para("Programa Medicaid - pago por servicio  |  Unidad de Reclamaciones: Apartado Postal 1100, Puerto Laurel, "
         "FL 32901", size=9)
    para(MF, True, 8)
    para("AVISO DE ACCIÓN: DENEGACIÓN DE PAGO", True, 13)
    t = doc.add_table(rows=6, cols=2)
    for i, (a, b) in enumerate([("Fecha del aviso:", dmy(notice)), ("Beneficiario(a):", name),
                                ("Número de Medicaid:", mid), ("Fecha de nacimiento:", "10/11/1955"),
                                ("Número de control interno (ICN):", clm),
                                ("Proveedor:", "Centro de Dolor Costa Norte, Dr. Félix Arce")]):
        t.rows[i].cells[0].text = a
        t.rows[i].cells[1].text = b
        t.rows[i].cells[0].paragraphs[0].runs[0].bold = True
        texts += [a, b]
    para("")
    para(f"Estimado señor Sandoval:")
    para("La Agencia negó el pago del servicio de abajo. Medicaid paga una inyección epidural de esteroides en la "
         "columna lumbar cuando el expediente muestra dolor radicular de por lo menos cuatro semanas y un "
         "tratamiento conservador (fisioterapia o medicamentos) que no dio resultado. El expediente del proveedor "
         "no documenta el tratamiento conservador, por lo que el servicio no es médicamente necesario.")
    t2 = doc.add_table(rows=2, cols=4)
    t2.style = "Table Grid"
    for i, row in enumerate([("Fecha de servicio", "Código", "Diagnóstico", "Decisión"),
                             (dmy(svc[0]), "62323", "M54.16", "Negado")]):
        for j, v in enumerate(row):
            t2.rows[i].cells[j].text = v
            texts.append(v)
    para("")
    para("Su derecho a una audiencia imparcial estatal", True, 12)
    para("Si no está de acuerdo, puede pedir una audiencia imparcial estatal. Este programa no tiene una "
         f"apelación con un plan: la audiencia es el primer paso. Debe pedirla {basis}. Puede pedirla por "
         "teléfono al 1-850-555-0186 o por escrito a:")
    for ln in ["Oficina de Audiencias Imparciales", "Agencia Estatal de Asistencia Médica", "2728 Avenida Capital, "
               "Piso 3", "Puerto Laurel, FL 32999"]:
        para(ln)
    para("No envíe su pedido de audiencia a la Unidad de Reclamaciones. Si el servicio ya había sido aprobado y "
         "usted pide la audiencia antes de la fecha en que la acción entra en vigor, los servicios pueden "
         "continuar. Puede traer a un abogado o a otra persona para que le represente; llame a servicios legales "
         "al 1-800-555-0189.")
    fp = doc.sections[0].footer.paragraphs[0]
    fp.text = "Formulario AEAM-NA-07 (rev. 2026)  -  " + MF
    texts.append(fp.text)
    doc.save(os.path.join(out, f))
    key = make_key(f, "FICTIONAL / MUESTRA FICTICIA: invented people, agency and numbers. Spanish Medicaid "
                   "fee-for-service notice of action in Word: a borderless two-column label table (notice date "
                   "09/11/2026, which month first would fall before the care; DOB 10/11/1955; an ICN with "
                   "spaces); a gridded services table; the state fair hearing is the first step, its office the "
                   "key's address; a 30-day window from mailing; the claims unit is not for hearings.",
                   name, mid, clm, notice, svc, ["62323"], ["M54.16"], None, "medical_necessity", "medicaid", False,
                   plus_days(notice, 30), basis, addr)
    return key, texts


# 18 ---------------------------------------------------------------------------------------------
def c18(out):
    f = "18-empleador-asegurado-emt-fuera-de-termino-fax-estandar.tif"
    notice, recd = D(2026, 11, 20), D(2026, 10, 30)
    svc = [D(2026, 6, 16), D(2026, 6, 18), D(2026, 6, 23)]
    name, mid, clm = "Yadira Colón Echevarría", "BSM-FICT-4472016", "BR 2611 30742"
    basis = "dentro de 180 días a partir del recibo de esta notificación"
    addr = ("Cooperativa de Seguros de Salud Brisamar, Departamento de Apelaciones, Apartado Postal 362200, Villa "
            "Coral, PR 00999")
    p1 = R.Page(face="sans")
    y = head(p1, "Cooperativa de Seguros de Salud Brisamar", ["Oficina central: Calle Marina 45, Villa Coral, PR "
             "00901  -  Servicio al socio 1-787-555-0112"], size=16, color=(0, 0, 0), fict=MF)
    p1.text(M, y + 2, f"Villa Coral, {es_long(notice)}", 11)
    y += 24
    y = p1.lines(M, y, [name, "Urb. Los Flamboyanes, Calle 4 B-12", "Villa Coral, PR 00907"], 11)
    y += 12
    y = p1.kv(M, y, [("Núm. de contrato:", mid), ("Patrono:", "Destilería Santa Inés (plan médico grupal)"),
                     ("Reclamación:", clm), ("Recibida:", dmy(recd)),
                     ("Proveedor:", "Centro de Neuromodulación del Este")], 125, 11, 15)
    y += 10
    p1.text(M, y, "NOTIFICACIÓN DE DENEGACIÓN DE RECLAMACIÓN", 12, bold=True)
    y += 18
    y = p1.para(M, y, 550 - M, "Estimada socia:", 11)
    y = p1.para(M, y, 504, "Denegamos la reclamación de estimulación magnética transcraneal (EMT) que se describe "
                "abajo. Según su póliza, las reclamaciones deben radicarse dentro de 90 días a partir de la fecha "
                "de servicio. Esta reclamación se recibió después de ese término (CO-29).", 11)
    y = p1.table(M, y, [100, 70, 200, 134], [
        ["Fecha de servicio", "Código", "Servicio", "Ajuste"],
        [dmy(svc[0]), "90868", "EMT, sesión de tratamiento", "CO-29"],
        [dmy(svc[1]), "90868", "EMT, sesión de tratamiento", "CO-29"],
        [dmy(svc[2]), "90868", "EMT, sesión de tratamiento", "CO-29"]], size=10)
    y = p1.para(M, y, 504, "Diagnóstico: F33.1. Como el proveedor participante radicó tarde, él no puede cobrarle a "
                "usted estas sesiones.", 11)
    p2 = R.Page(face="sans")
    y = 60
    p2.text(M, y, f"{name}  -  Reclamación {clm}  -  página 2", 10)
    y += 28
    p2.text(M, y, "DERECHO A APELAR", 12, bold=True)
    y += 18
    y = p2.para(M, y, 504, f"Usted o su representante puede apelar esta decisión {basis}. Si tiene prueba de que "
                "la reclamación se radicó a tiempo, o de una razón válida para la demora, inclúyala. Envíe su "
                "apelación a:", 11)
    y = p2.lines(M + 24, y, ["Cooperativa de Seguros de Salud Brisamar", "Departamento de Apelaciones",
                             "Apartado Postal 362200", "Villa Coral, PR 00999"], 11)
    y += 12
    y = p2.para(M, y, 504, "La oficina central de la Calle Marina no recibe apelaciones. Después de la decisión "
                "final puede pedir una revisión externa por medio de la Oficina del Comisionado de Seguros. Para "
                "ayuda, llame al 1-787-555-0115.", 11)
    imgs = [R.fax(R.to_image(pg, 200), 1800 + i, f"20/11/2026 14:07  DE: BRISAMAR SALUD 787-555-0118  "
                  f"PAG {i + 1}/2", standard=True, specks=450, dropouts=10, threshold=150, angle=-0.5 * (i + 1))
            for i, pg in enumerate([p1, p2])]
    R.save_tiff(imgs, os.path.join(out, f), standard=True)
    key = make_key(f, "FICTIONAL / MUESTRA FICTICIA: invented people, plan and numbers. Spanish insured employer "
                   "group plan (Puerto Rico) notice faxed in standard mode (1-bit TIFF, 204 x 98 dpi, 2 pages): "
                   "dateline in words, label lines with the claim received date 30/10/2026, services in a grid "
                   "with day-first June dates (only day first), timely filing CO-29; appeal rights and address on "
                   "page 2; head office not for appeals.",
                   name, mid, clm, notice, svc, ["90868"], ["F33.1"], ["CO-29"], "timely_filing",
                   "employer_erisa", False, plus_days(notice, 180), basis, addr)
    return key, p1.texts + p2.texts


CASES = [c10, c11, c12, c13, c14, c15, c16, c17, c18]
