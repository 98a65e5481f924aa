"""Notices 10-18 of blind intake set 19 (13-18 in Spanish). FICTIONAL: every person, plan and number is invented."""
import datetime as dt

import docx
import numpy as np
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFilter

import render as R
from cases_a import _addr, _shade
from common import D, deadline_from, dmy, long_en, long_es, make_key, mdy, mdy2, out, short_en

FICT = "FICTIONAL SAMPLE - invented people, plan and numbers - not a real notice"
FICT_ES = "MUESTRA FICTICIA - personas, plan y números inventados - no es un aviso real"
GREEN = (0.08, 0.35, 0.2)
PURPLE = (0.32, 0.16, 0.45)


# ------------------------------------------------------------------------------------------------------------
def case10():
    """Church plan via TPA: TMS out of network (CO-242) for the spouse; statement of two patients, e-fax PDF."""
    name = "Naomi L. Greaves"
    member = "SAC-FICT-3301776-02"
    claim = "E2611-04419"
    notice = D("2026-11-12")
    received = D("2026-11-19")
    svc = [D("2026-10-12"), D("2026-10-13"), D("2026-10-14")]
    paid_svc = D("2026-10-20")
    basis = "within 180 days following receipt of this notice"
    rule = ("days", 180)
    addr = ["Saint Anselm Conference Benefit Plan", "c/o Covenant Lane Benefit Services", "Appeals Committee",
            "510 Chapel Row", "Suite 2", "Millbrook Springs, TN 37999"]

    cover = R.Doc(family="dv", size=11, margins=(60, 60, 60, 60))
    cover.text("FaxRelay Online", size=22, bold=True)
    cover.text("You have received a fax", size=14)
    cover.space(10)
    cover.kv([("Received:", f"{mdy(received)} 09:42 AM CST"), ("From:", "615-555-0166 (COVENANT LANE)"),
              ("To:", "Your fax number 615-555-0167"), ("Pages:", "3 including this page"),
              ("Job ID:", "FR-88120-33-7")], labelw=110)
    cover.space(10)
    cover.para("This page was added by FaxRelay Online. The pages that follow are the fax as it was received.",
               size=10)
    cover.text(FICT, size=8, bold=True)

    d = R.Doc(family="sans", size=9.5, margins=(48, 48, 48, 50))
    d.text("COVENANT LANE BENEFIT SERVICES", size=13, bold=True)
    d.text("Third-party administrator for the Saint Anselm Conference Benefit Plan, a church plan", size=8.5)
    d.text("Claims: PO Box 1400, Millbrook Springs, TN 37998", size=8.5)
    d.text(FICT, size=7.5, bold=True)
    d.rule()
    d.text("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", size=11, bold=True, align="center")
    d.kv([("Statement date:", mdy(notice)), ("Plan member:", "Samuel T. Greaves"),
          ("Family ID:", "SAC-FICT-3301776"), ("Group:", "SAC-CLERGY-04")], labelw=110, size=9.5)
    d.space(4)
    d.text(f"Patient: Samuel T. Greaves (01)    ID SAC-FICT-3301776-01    Claim E2611-04418", bold=True, size=9)
    d.text("Provider: Riverbend Family Medicine (in network)", size=9)
    d.table(["Service date", "Code", "Dx", "Billed", "Allowed", "Plan paid", "You owe", "Codes"],
            [[mdy(paid_svc), "99214", "F41.1", "$185.00", "$121.00", "$96.00", "$25.00", "PR-3"]],
            [70, 48, 48, 60, 60, 60, 55, 50], size=8.5)
    d.text(f"Patient: {name} (02)    ID {member}    Claim {claim}", bold=True, size=9)
    d.text("Provider: Cumberland TMS Center (not in network)", size=9)
    d.table(["Service date", "Code", "Dx", "Billed", "Allowed", "Plan paid", "You owe", "Codes"],
            [[mdy(svc[0]), "90867", "F33.2", "$650.00", "$0.00", "$0.00", "$650.00", "CO-242"],
             [mdy(svc[1]), "90868", "F33.2", "$420.00", "$0.00", "$0.00", "$420.00", "CO-242"],
             [mdy(svc[2]), "90868", "F33.2", "$420.00", "$0.00", "$0.00", "$420.00", "CO-242"]],
            [70, 48, 48, 60, 60, 60, 55, 50], size=8.5)
    d.para("CO-242: services not provided by network providers. Your plan covers out-of-network care only in an "
           "emergency or with an approved network exception requested before care. No exception was on file.",
           size=9)
    d.para("PR-3: copayment amount.", size=9)
    d.new_page()
    d.text("YOUR RIGHTS TO APPEAL", size=11, bold=True)
    d.para("The Saint Anselm Conference Benefit Plan is a church plan. If you disagree with how a claim was "
           f"processed, you may file an appeal {basis}. The appeal must be in writing and should name the "
           "patient, the claim number and why you believe the claim should be paid. Send it to:", after=2)
    for ln in addr:
        d.text(ln, x=d.left + 24)
    d.space(4)
    d.para("Do not send appeals to the claims post office box. You may ask for copies of all documents about your "
           "claim free of charge. If the Appeals Committee upholds the denial, you may ask for an external review "
           "within four months after you receive that decision. For an urgent care claim you may ask for an "
           "expedited appeal by calling 1-555-0168.")
    d.finish()

    pages = []
    for doc in (cover, d):
        pages += R.to_fax(doc, xdpi=204, ydpi=196, seed=100 + len(pages), noise=0.001, dropouts=1,
                          header=(None if doc is cover else
                                  (lambda n, t: f"NOV-19-2026 09:41  COVENANT LANE BEN SVC  615 555 0166  "
                                                f"PAGE {n + 1}/3")),
                          skew=0.0 if doc is cover else -0.4)
    fname = "10-church-plan-tms-out-of-network-two-patients-efax.pdf"
    R.images_to_pdf(pages, out(fname), dpi=(204, 196), fmt="TIFF")
    key = make_key(
        file=fname,
        _note="FICTIONAL: invented people, plan and numbers. Church plan's TPA statement of two patients, the "
              "member's visit paid (PR-3) and his spouse's TMS out of network (CO-242), received through an "
              "online fax service as a PDF of 1-bit fine-mode pages (204 x 196 dpi) behind the service's own cover "
              "page (received a week later); the family ID and the member's own claim, ID and dates are not the "
              "key's; the spouse's ID has the -02 suffix; 4 months is external review.",
        patient_name=name, member_id=member, claim_number=claim, notice_date=notice, service_dates=svc,
        procedure_codes=["90867", "90868"], diagnosis_codes=["F33.2"], carc_codes=["CO-242"],
        denial_category="out_of_network", plan_type="church", urgent=False,
        appeal_deadline=deadline_from(notice, rule), deadline_basis=basis, appeals_address=_addr(addr))
    text = cover.strings() + "\n" + d.strings()
    return dict(key=key, text=text, rule=rule)


# ------------------------------------------------------------------------------------------------------------
def case11():
    """Student health plan: psychotherapy billed without the telehealth place of service (CO-16); portal print."""
    name = "Priyanka D. Sorensen-Malik"
    member = "RVU-FICT-00458217"
    claim = "ALD-26-7730192"
    notice = D("2026-11-06")
    printed = D("2026-11-24")
    recvd = D("2026-10-20")
    svc = [D("2026-10-01"), D("2026-10-08"), D("2026-10-15")]
    basis = "within 180 days of receiving this notice"
    rule = ("days", 180)
    addr = ["Aldercrest Student Health Insurance Company", "Appeals Coordinator", "1200 Quarry Lane", "Suite 5B",
            "Hollins Gap, CO 80999"]
    url = "https://members.aldercrest.example/claims/ALD-26-7730192/detail"

    d = R.Doc(family="dv", size=9.5, margins=(36, 40, 36, 40))

    def chrome(doc, n, tot):
        doc.textat(30, 22, f"{mdy2(printed)}, 2:07 PM", size=7.5)
        doc.textat(250, 22, "Claim detail | Aldercrest Student Health", size=7.5)
        doc.textat(30, 776, url, size=7.5)
        doc.textat(560, 776, f"{n}/{tot}", size=7.5)
    d.header = chrome
    d.rectat(36, 40, 540, 34, fill=(0.16, 0.2, 0.42), stroke=None)
    d.textat(48, 62, "ALDERCREST  Student Health", size=13, bold=True, color=(1, 1, 1))
    d.textat(330, 62, "Home   Claims   ID card   Messages   Sign out", size=8.5, color=(0.85, 0.88, 1))
    d.y = 84
    d.text("Ravenmoor University Student Health Insurance Plan 2026-27, insured by Aldercrest Student Health "
           "Insurance Company", size=8)
    d.text(FICT, size=7.5, bold=True)
    d.space(4)
    d.text("Claims  >  Claim detail", size=8, color=(0.3, 0.3, 0.6))
    d.text(f"Claim {claim}", size=15, bold=True)
    with d.boxed(pad=6, fill=(0.99, 0.93, 0.9), stroke=(0.8, 0.3, 0.2)):
        d.text("Status: DENIED - action needed by your provider", bold=True, color=(0.6, 0.1, 0.05))
        d.para("We could not process this claim as billed. See the reason below and your appeal rights.", size=9,
               after=0)
    # two cards side by side
    top = d.y
    with d.column(36, 300):
        with d.boxed(pad=7, stroke=(0.75, 0.75, 0.8)):
            d.text("MEMBER", size=7.5, bold=True, color=(0.4, 0.4, 0.5))
            d.text(name, size=10.5, bold=True)
            d.kv([("Member ID", member), ("Student ID", "900371552"), ("Plan year", "08/15/2026 - 08/14/2027")],
                 labelw=80, size=9, bold_label=False, after=0)
    y1 = d.y
    d.y = top
    with d.column(312, 576):
        with d.boxed(pad=7, stroke=(0.75, 0.75, 0.8)):
            d.text("THIS CLAIM", size=7.5, bold=True, color=(0.4, 0.4, 0.5))
            d.kv([("Notice issued", short_en(notice)), ("Received", short_en(recvd)),
                  ("Provider", "Elm Street Counseling Group"), ("Billed", "$540.00")],
                 labelw=85, size=9, bold_label=False, after=0)
    d.y = max(y1, d.y)
    d.text("Services on this claim", size=11, bold=True)
    d.table(["Date", "Service code", "Place of service", "Diagnosis", "Billed", "Paid", "Adjustment"],
            [[short_en(s), "90837", "11 - office", "F41.1, F43.10", "$180.00", "$0.00", "CO-16"] for s in svc],
            [80, 70, 80, 90, 60, 50, 70], size=8.5, grid=False, header_fill=(0.93, 0.94, 0.97),
            row_fill=[None, (0.97, 0.97, 0.97)])
    d.text("Why this claim was denied", size=11, bold=True)
    d.para("CO-16: the claim lacks information or has a billing error. Remark M77: missing, incomplete or invalid "
           "place of service. Our records show these sessions were held by video, but the claim reports place of "
           "service 11 (office) without the telehealth modifier. Your provider can send a corrected claim; "
           "corrected claims must be received within 90 days of this notice.")
    d.new_page()
    d.text("Your appeal rights", size=12, bold=True)
    d.para(f"If you disagree with this decision, you or your authorized representative may file an appeal {basis}. "
           "Write to us at the address below, or use the Appeals form under Messages. Include the claim number "
           "and any records that support your appeal.")
    with d.boxed(pad=8, fill=(0.95, 0.96, 0.99), stroke=(0.6, 0.65, 0.8)):
        d.text("Mail appeals to", size=8, bold=True, color=(0.3, 0.3, 0.5))
        for ln in addr:
            d.text(ln, size=10)
    d.para("Do not send appeals to the Student Health Center or the university's Bursar; they cannot act on them. "
           "If our final decision upholds the denial you may ask for an independent external review within four "
           "months after you receive it. Urgent situations: call 1-555-0171 for an expedited appeal, decided "
           "within 72 hours. Help: the state's Office of Health Insurance Consumer Assistance, 1-555-0172.")
    d.finish()
    fname = "11-student-plan-psychotherapy-coding-portal-printout.pdf"
    R.to_pdf(d, out(fname))
    key = make_key(
        file=fname,
        _note="FICTIONAL: invented people, plan and numbers. Student health plan (insured) portal page printed "
              "from a browser (text PDF, 2 pages): browser date/time header 18 days later and URL footer, a dark "
              "navigation bar, a status banner, two cards side by side (student ID beside the member ID; received "
              "date), zebra-striped services with two diagnoses in one cell; psychotherapy billed without the "
              "telehealth place of service (CO-16, remark M77); the 90-day corrected-claim limit and 4 months of "
              "external review are not the appeal window; the health center is not for appeals.",
        patient_name=name, member_id=member, claim_number=claim, notice_date=notice, service_dates=svc,
        procedure_codes=["90837"], diagnosis_codes=["F41.1", "F43.10"], carc_codes=["CO-16"],
        denial_category="coding_billing", plan_type="individual_aca", urgent=False,
        appeal_deadline=deadline_from(notice, rule), deadline_basis=basis, appeals_address=_addr(addr))
    return dict(key=key, text=None, rule=rule)


# ------------------------------------------------------------------------------------------------------------
def case12():
    """Marketplace EPO: IV ketamine for CRPS filed late (CO-29); yellow paper photographed in a car, motion blur."""
    name = "Wendell R. Pascoe"
    member = "MPH-FICT-84451907"
    claim = "26-118-00932-1"
    notice = D("2026-11-23")
    recvd = D("2026-10-29")
    svc = [D("2026-03-03"), D("2026-03-10")]
    basis = "within 180 days after you receive this notice"
    rule = ("days", 180)
    addr = ["Meridian Prairie Health Plans", "Appeals and Grievances", "PO Box 30871", "Plainsview, KS 66999"]

    d = R.Doc(family="serif", size=10.5, margins=(58, 46, 58, 50))
    d.text("MERIDIAN PRAIRIE", size=18, bold=True, color=GREEN)
    d.text("HEALTH PLANS", size=9, bold=True, color=GREEN)
    d.text("Meridian Prairie Silver 70 EPO  -  a plan bought through the Health Insurance Marketplace", size=8.5)
    d.text(FICT, size=7.5, bold=True)
    d.space(6)
    with d.boxed(pad=6, stroke=GREEN, lw=1.2):
        d.kv([("Notice date", long_en(notice)), ("Member", name), ("Member ID", member), ("Claim", claim),
              ("Claim received", long_en(recvd)), ("Provider", "Sunflower Infusion & Pain Clinic")],
             labelw=110, size=9.5, after=0)
    d.text("Why we did not pay your claim", size=12, bold=True)
    d.para("Your provider sent this claim after the time allowed. Our provider agreement and your plan require "
           "that claims be submitted within 180 days from the date of service. The services were given in March "
           "and the claim reached us in late October.")
    d.table(["Date of service", "Code", "Diagnosis", "Charge", "Paid", "Adjustment"],
            [[mdy(svc[0]), "96365", "G90.59", "$690.00", "$0.00", "CO-29"],
             [mdy(svc[0]), "J3490", "G90.59", "$95.00", "$0.00", "CO-29"],
             [mdy(svc[1]), "96365", "G90.59", "$690.00", "$0.00", "CO-29"],
             [mdy(svc[1]), "96366", "G90.59", "$310.00", "$0.00", "CO-29"],
             [mdy(svc[1]), "J3490", "G90.59", "$95.00", "$0.00", "CO-29"]],
            [90, 60, 70, 70, 60, 80], size=9.5, header_fill=(0.88, 0.93, 0.88))
    d.para("CO-29 means the time limit for filing has expired. Because this is a contracted provider's late "
           "claim, the provider may not bill you for these services.", size=10)
    d.text("If you disagree", size=12, bold=True)
    d.para(f"You or your provider may appeal {basis}. If the claim was sent on time, include proof, such as a "
           "clearinghouse acceptance report. Send your appeal to:", after=2)
    for ln in addr:
        d.text(ln, x=d.left + 22, bold=True)
    d.space(4)
    d.para("Our member services office on Prairie Gate Road does not accept appeals. After our final decision you "
           "may ask for external review within 4 months. Call 1-555-0176 (TTY 711) with questions.", size=10)
    d.finish()
    page = R.to_image(d, 0, dpi=170, paper=(252, 243, 190))
    page = R.bow(page, 14, axis="y", phase=0.3)
    W, H = 3024, 4032
    quad = [(330, 420), (2760, 520), (2690, 3720), (250, 3640)]
    img = R.photo(page, (W, H), quad, bg="car-seat", seed=120, light=(0.3, 0.0, 0.3), cast=(0.93, 0.97, 1.04),
                  noise=6, blur=0.6, motion=1, vignette=0.5, angle=-2.2)
    fname = "12-marketplace-ketamine-crps-late-yellow-paper-car-photo.jpg"
    R.save_jpeg(img, out(fname), quality=80)
    key = make_key(
        file=fname,
        _note="FICTIONAL: invented people, plan and numbers. Marketplace EPO denial of IV ketamine for CRPS "
              "claims filed late (CO-29), printed on pale yellow paper and photographed on a car seat under "
              "overcast light, a slight horizontal motion blur, curl, -2.2 degrees; a green-ruled box of facts "
              "with the claim received date; 180 days from the date of service is the filing limit, not the "
              "appeal window; 4 months is external review; member services office not for appeals.",
        patient_name=name, member_id=member, claim_number=claim, notice_date=notice, service_dates=svc,
        procedure_codes=["96365", "J3490", "96366"], diagnosis_codes=["G90.59"], carc_codes=["CO-29"],
        denial_category="timely_filing", plan_type="individual_aca", urgent=False,
        appeal_deadline=deadline_from(notice, rule), deadline_basis=basis, appeals_address=_addr(addr))
    return dict(key=key, text=d.strings(), rule=rule)


# ------------------------------------------------------------------------------------------------------------
def case13():
    """Medicaid fee-for-service (es): ECT authorization denied; fair hearing first; waiting-room photo."""
    name = "Ernestina Valdivia Ocampo"
    member = "7730-FICT-5512"
    claim = "SA-2026-44871"
    notice = D("2026-11-18")
    dob = D("1962-11-16")
    basis = "dentro de 90 días a partir de la fecha de envío de este aviso"
    rule = ("days", 90)
    addr = ["Oficina de Audiencias Imparciales", "Agencia Estatal de Asistencia Médica", "2600 Avenida Los Robles",
            "Piso 3", "San Aurelio, TX 78999"]

    d = R.Doc(family="sans", size=10, margins=(52, 44, 52, 50))
    d.text("AGENCIA ESTATAL DE ASISTENCIA MÉDICA", size=13, bold=True, color=PURPLE)
    d.text("Programa Medicaid  -  servicios de pago por servicio", size=9)
    d.text("Oficina central: 100 Calle del Capitolio, San Aurelio, TX 78998", size=8.5)
    d.text(FICT_ES, size=7.5, bold=True)
    d.rule(color=PURPLE)
    d.text("AVISO DE DENEGACIÓN DE AUTORIZACIÓN PREVIA", size=12, bold=True)
    d.kv([("Fecha de envío:", long_es(notice)), ("Nombre del beneficiario:", name),
          ("Número de Medicaid:", member), ("Fecha de nacimiento:", dmy(dob)),
          ("Número de solicitud:", claim), ("Proveedor que pidió:", "Hospital Santa Brígida, Psiquiatría")],
         labelw=150)
    d.para("Revisamos la solicitud de su proveedor para un curso de terapia electroconvulsiva (TEC). La agencia "
           "NO aprobó el servicio que se indica abajo.")
    d.table(["Código", "Servicio pedido", "Cantidad", "Decisión"],
            [["90870", "terapia electroconvulsiva, una sesión", "12", "Denegado"]],
            [60, 230, 70, 90], size=9.5, header_fill=(0.9, 0.86, 0.94))
    d.para("Diagnóstico indicado: F33.2.")
    d.para("Motivo: según las normas de necesidad médica del programa, la TEC se aprueba cuando hubo al menos dos "
           "tratamientos con medicamentos sin respuesta o cuando hay riesgo inmediato. Los documentos recibidos "
           "no muestran ninguna de las dos cosas. Puede pedir gratis una copia de las normas usadas.")
    d.text("Su derecho a una audiencia imparcial estatal", size=11, bold=True)
    d.para(f"Si no está de acuerdo, puede pedir una audiencia imparcial estatal {basis}. Este programa no tiene "
           "una apelación previa con un plan: la audiencia es el primer paso. Envíe su pedido por escrito a:",
           after=2)
    for ln in addr:
        d.text(ln, bold=True, x=d.left + 22)
    d.space(4)
    d.para("Si ya recibía este servicio y pide la audiencia dentro de 10 días a partir de la fecha de este aviso, "
           "el servicio puede continuar mientras se decide. No envíe su pedido a la oficina central. Si su salud "
           "corre peligro, pida una audiencia acelerada llamando al 1-555-0181. Ayuda legal gratuita: "
           "1-555-0182.", size=9.5)
    d.finish()
    page = R.to_image(d, 0, dpi=170)
    W, H = 3000, 4000

    def hand(img):
        dr = ImageDraw.Draw(img)
        dr.ellipse((-260, 2700, 330, 3700), fill=(196, 150, 122))
        dr.ellipse((180, 2920, 420, 3080), fill=(206, 160, 132))
        return img
    quad = [(240, 300), (2780, 240), (2850, 3760), (170, 3800)]
    img = R.photo(page, (W, H), quad, bg="lino", seed=130, light=(0.5, 0.0, 0.25), cast=(0.95, 1.02, 0.98),
                  noise=6, blur=2.0, vignette=0.4, angle=0.9, extra=hand)
    fname = "13-medicaid-pago-por-servicio-tec-audiencia-foto-sala-espera.jpg"
    R.save_jpeg(img, out(fname), quality=78)
    key = make_key(
        file=fname,
        _note="FICTIONAL / MUESTRA FICTICIA: invented people, agency and numbers. Spanish Medicaid fee-for-service "
              "denial of prior authorization for ECT; the state fair hearing is the first step and its office the "
              "address; photographed in a waiting room under cool fluorescent light, a little out of focus, fingers "
              "at the lower left edge; dateline in words labelled 'Fecha de envío'; DOB day-first two days before; "
              "no service dates; the request number is the claim number; 10 days keeps benefits, not the window; "
              "head office not for hearings.",
        patient_name=name, member_id=member, claim_number=claim, notice_date=notice,
        procedure_codes=["90870"], diagnosis_codes=["F33.2"], denial_category="medical_necessity",
        plan_type="medicaid", urgent=False, appeal_deadline=deadline_from(notice, rule), deadline_basis=basis,
        appeals_address=_addr(addr))
    return dict(key=key, text=d.strings(), rule=rule, lang="es")


# ------------------------------------------------------------------------------------------------------------
def case14():
    """Medicare Advantage (es, Puerto Rico): IV ketamine experimental (CO-55); photo of a thermal-paper fax."""
    name = "Wilfredo Santiago Irizarry"
    member = "VCA-FICT-0671943"
    claim = "VC-26-0081774"
    notice = D("2026-10-30")
    faxed = D("2026-11-04")
    dob = D("1951-10-28")
    svc = [D("2026-10-01"), D("2026-10-08"), D("2026-10-15")]
    basis = "dentro de 65 días a partir de la fecha de este aviso"
    rule = ("days", 65)
    addr = ["Plan Médico Vista Coral", "Departamento de Apelaciones y Querellas", "Apartado Postal 19044",
            "Villa Marina, PR 00999"]

    d = R.Doc(family="sans", size=10, margins=(50, 56, 50, 50))
    d.text("PLAN MÉDICO VISTA CORAL ADVANTAGE (HMO)", size=12.5, bold=True)
    d.text("Servicios al Afiliado: Calle Tetuán 250, Villa Marina, PR 00998", size=8.5)
    d.text(FICT_ES, size=7.5, bold=True)
    d.rule()
    d.text("AVISO DE DENEGACIÓN DE PAGO", size=12, bold=True, align="center")
    d.text(f"Fecha de este aviso: {long_es(notice)}", size=10)
    d.space(4)
    d.kv([("Afiliado(a):", name), ("Núm. de afiliado:", member), ("Fecha de nacimiento:", dmy(dob)),
          ("Reclamación:", claim), ("Proveedor:", "Centro de Infusiones Bahía Azul")], labelw=140)
    d.table(["Fecha", "Código", "Diagnóstico", "Cargo", "Pagado", "Ajuste"],
            [[dmy(s), c, "F33.2", amt, "$0.00", "CO-55"] for s in svc
             for c, amt in (("96365", "$640.00"), ("J3490", "$90.00"))],
            [75, 60, 80, 70, 60, 60], size=9)
    d.para("Las fechas están escritas día/mes/año.", size=9, italic=True)
    d.para("Motivo: la infusión intravenosa de ketamina para la depresión es experimental o de investigación. "
           "Medicare no tiene una determinación de cobertura que la incluya y la FDA no la aprobó para ese uso. "
           "Código CO-55: procedimiento experimental o de investigación.")
    d.text("Su derecho a apelar", size=11, bold=True)
    d.para(f"Puede pedir una reconsideración {basis}. Envíe su pedido por escrito a:", after=2)
    for ln in addr:
        d.text(ln, bold=True, x=d.left + 22)
    d.space(4)
    d.para("Fax de apelaciones: 1-555-0186. Si mantenemos la denegación, su caso pasa automáticamente a una "
           "Entidad de Revisión Independiente. No envíe apelaciones a Servicios al Afiliado.", size=9.5)
    d.finish()

    def hdr(n, t):
        return f"NOV 04 2026 14:22  VISTA CORAL APEL  787 555 0187  P. {n}/{t}"
    fax = R.to_fax(d, xdpi=204, ydpi=196, seed=140, header=hdr, noise=0.0008, dropouts=2, skew=0.6)[0]
    g = np.asarray(fax.convert("L")).astype(np.float32) / 255.0
    # thermal paper: faded brownish-grey print, greyish cream paper, fading toward one side
    fade = np.linspace(0.55, 0.8, g.shape[1])[None, :]
    ink = np.array([95, 88, 80], np.float32)
    paper = np.array([236, 233, 222], np.float32)
    rgb = g[..., None] * paper + (1 - g[..., None]) * (ink + (paper - ink) * (1 - fade[..., None]) * 0.5)
    sheet = Image.fromarray(rgb.clip(0, 255).astype(np.uint8)).resize((1700, 2200), Image.BILINEAR)
    sheet = R.bow(sheet, 28, axis="y")
    sheet = R.bow(sheet, 12, axis="x")
    W, H = 2736, 3648
    quad = [(250, 260), (2480, 330), (2540, 3380), (190, 3300)]
    img = R.photo(sheet, (W, H), quad, bg="wood", seed=141, light=(0.1, 0.2, 0.3), cast=(1.05, 1.0, 0.9),
                  noise=5, blur=0.8, vignette=0.5, angle=-1.0,
                  shadow=([(2000, 0), (2736, 0), (2736, 3648), (2300, 3648)], 0.35, 60))
    fname = "14-medicare-advantage-ketamina-experimental-foto-fax-termico.jpg"
    R.save_jpeg(img, out(fname), quality=82)
    key = make_key(
        file=fname,
        _note="FICTIONAL / MUESTRA FICTICIA: invented people, plan and numbers. Spanish Medicare Advantage "
              "(Puerto Rico) payment denial of IV ketamine as experimental (CO-55), received on a thermal-paper "
              "fax (faded brownish print fading across the page, curled both ways) and photographed on a wooden "
              "table with a shadow at the right; fax header five days later; dateline in words; services "
              "day-first (01/10 reads two ways; 15/10 only day first) with a day/month/year hint; DOB 28/10/1951 "
              "two days before; the IRE is the next level; member services office not for appeals.",
        patient_name=name, member_id=member, claim_number=claim, notice_date=notice, service_dates=svc,
        procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"], carc_codes=["CO-55"],
        denial_category="experimental_investigational", plan_type="medicare_advantage", urgent=False,
        appeal_deadline=deadline_from(notice, rule), deadline_basis=basis, appeals_address=_addr(addr))
    text = d.strings() + "\n" + hdr(1, 1)
    return dict(key=key, text=text, rule=rule, lang="es")


# ------------------------------------------------------------------------------------------------------------
def case15():
    """Marketplace (es): Spravato without prior authorization (CO-197); Word file keeping US month/day dates."""
    name = "Maricela Duarte Villanueva"
    member = "SDS-FICT-3049917"
    claim = "SS2026-10-55832"
    notice = D("2026-11-09")
    dob = D("1991-11-07")
    svc = [D("2026-10-05"), D("2026-10-12"), D("2026-10-19")]
    basis = "dentro de 180 días después de recibir este aviso"
    rule = ("days", 180)
    addr = ["Sendero Salud Seguros", "Unidad de Apelaciones", "8801 Paseo del Norte", "Suite 1200",
            "El Mirador, FL 33999"]

    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.footer.paragraphs[0].add_run(FICT_ES + "  |  SSS-ABD-ES 11/2026").font.size = Pt(7.5)
    p = doc.add_paragraph()
    r = p.add_run("Sendero Salud Seguros")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x8A, 0x2B, 0x0E)
    doc.add_paragraph("Plan Sendero Oro 80 HMO  -  Mercado de Seguros Médicos  -  Oficina de reclamaciones: "
                      "PO Box 7700, El Mirador, FL 33998").runs[0].font.size = Pt(8.5)
    doc.add_paragraph(FICT_ES).runs[0].bold = True
    h = doc.add_paragraph()
    h.add_run("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS").bold = True
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Nota: las fechas de este aviso están en formato mes/día/año (MM/DD/AAAA).").runs[0].italic = True
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    cells = [("Fecha del aviso", mdy(notice)), ("Fecha de nacimiento", mdy(dob)),
             ("Asegurado(a)", name), ("Núm. de identificación", member),
             ("Reclamación núm.", claim), ("Proveedor", "Clínica Palmetal de Salud Mental")]
    for i, (lab, val) in enumerate(cells):
        rr, cc = divmod(i, 2)
        a, b = t.rows[rr].cells[cc * 2], t.rows[rr].cells[cc * 2 + 1]
        a.text, b.text = lab, val
        _shade(a, "F3E3DA")
        a.paragraphs[0].runs[0].bold = True
    doc.add_paragraph()
    doc.add_paragraph("Estimado(a) asegurado(a): no pagaremos los servicios de esta reclamación. Los detalles "
                      "están abajo.")
    t2 = doc.add_table(rows=1, cols=5)
    t2.style = "Table Grid"
    for c, hd in zip(t2.rows[0].cells, ["Fecha del servicio", "Código", "Diagnóstico", "Cargo", "Ajuste"]):
        c.text = hd
        c.paragraphs[0].runs[0].bold = True
    for s in svc:
        for code, amt in (("J0013", "$1,180.00"), ("99215", "$240.00")):
            row = t2.add_row().cells
            for c, v in zip(row, [mdy(s), code, "F33.2", amt, "CO-197"]):
                c.text = v
    doc.add_paragraph()
    doc.add_paragraph("Motivo: la esketamina en aerosol nasal (Spravato) requiere autorización previa del plan "
                      "antes de la primera dosis. No recibimos ninguna solicitud de su proveedor antes de estas "
                      "fechas. Código CO-197: falta la autorización previa o la precertificación.")
    doc.add_paragraph().add_run("Cómo apelar").bold = True
    doc.add_paragraph(f"Usted o su representante pueden presentar una apelación interna {basis}. Puede pedir "
                      "también que su proveedor solicite una autorización retroactiva. Envíe la apelación por "
                      "escrito a:")
    for ln in addr:
        q = doc.add_paragraph(ln)
        q.paragraph_format.left_indent = Inches(0.6)
        q.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    doc.add_paragraph("No envíe apelaciones a la oficina de reclamaciones. Si su salud corre grave peligro, pida "
                      "una apelación acelerada al 1-555-0191; la decidimos en 72 horas. Si mantenemos la "
                      "denegación, puede pedir una revisión externa independiente dentro de 4 meses después de "
                      "recibir nuestra decisión final.")
    fname = "15-mercado-spravato-sin-autorizacion-docx-fechas-us.docx"
    doc.core_properties.author = "FICTIONAL"
    doc.core_properties.created = dt.datetime(2026, 11, 9, 10, 0, 0)
    doc.save(out(fname))
    key = make_key(
        file=fname,
        _note="FICTIONAL / MUESTRA FICTICIA: invented people, plan and numbers. Spanish Marketplace HMO denial of "
              "Spravato (J0013, 99215) given without prior authorization (CO-197), a Word file that keeps US "
              "month/day dates and says so ('formato mes/día/año'): notice 11/09/2026 (day first it would be 11 "
              "September, before the care), DOB 11/07/1991 in the same 2 x 2 label grid, services 10/05 and 10/12 "
              "read two ways, 10/19 only month first; 72 hours and 4 months are not the window; the claims office "
              "is not for appeals.",
        patient_name=name, member_id=member, claim_number=claim, notice_date=notice, service_dates=svc,
        procedure_codes=["J0013", "99215"], diagnosis_codes=["F33.2"], carc_codes=["CO-197"],
        denial_category="prior_authorization", plan_type="individual_aca", urgent=False,
        appeal_deadline=deadline_from(notice, rule), deadline_basis=basis, appeals_address=_addr(addr))
    return dict(key=key, text=None, rule=rule, lang="es")


# ------------------------------------------------------------------------------------------------------------
def case16():
    """Self-funded employer plan via TPA (es): a daughter's psychotherapy out of network (CO-242); pink colour scan."""
    name = "Valeria Ruiz Toledo"
    member = "PCL-FICT-551820-03"
    claim = "PC-8841212"
    notice = D("2026-11-06")
    svc = [D("2026-10-13"), D("2026-10-20"), D("2026-10-27")]
    paid_svc = D("2026-10-02")
    basis = "dentro de 180 días después de recibir esta notificación"
    rule = ("days", 180)
    addr = ["Plan de Beneficios de Salud de Conservas Del Valle", "c/o Administradora Puente Claro",
            "Comité de Apelaciones", "Apartado Postal 4417", "Las Lomas, TX 79999"]

    d = R.Doc(family="dvs", size=9.5, margins=(50, 46, 50, 50))
    d.text("ADMINISTRADORA PUENTE CLARO", size=13, bold=True)
    d.text("Administrador externo del Plan de Beneficios de Salud de Conservas Del Valle, Inc. (plan "
           "autofinanciado por el empleador)", size=8)
    d.text("Reclamaciones: 44 Calle Comercio, Las Lomas, TX 79998", size=8)
    d.text(FICT_ES, size=7.5, bold=True)
    d.rule(lw=1.0)
    d.text("EXPLICACIÓN DE BENEFICIOS - ESTO NO ES UNA FACTURA", size=11, bold=True, align="center")
    d.kv([("Fecha de emisión:", dmy(notice)), ("Empleado(a) asegurado(a):", "Héctor Ruiz Saldaña"),
          ("Grupo:", "CDV-2210")], labelw=160)
    d.table(["Paciente / ID", "Reclamación", "Fecha", "Código", "Dx", "Cargo", "Pagado", "Ajuste"],
            [["Héctor Ruiz Saldaña / PCL-FICT-551820-01", "PC-8841207", dmy(paid_svc), "99213", "I10",
              "$140.00", "$110.00", "PR-3"],
             [f"{name} / {member}", claim, dmy(svc[0]), "90834", "F41.1", "$160.00", "$0.00", "CO-242"],
             ["", "", dmy(svc[1]), "90834", "F41.1", "$160.00", "$0.00", "CO-242"],
             ["", "", dmy(svc[2]), "90834", "F41.1", "$160.00", "$0.00", "CO-242"]],
            [120, 65, 60, 45, 40, 50, 50, 50], size=8)
    d.para("CO-242: el proveedor (Consultorio Psicológico Mirasol) no pertenece a la red del plan. El plan paga "
           "servicios fuera de la red solamente en una emergencia o con una excepción de red aprobada antes del "
           "servicio. PR-3: copago.", size=9)
    d.text("Sus derechos de apelación", size=11, bold=True)
    d.para(f"Si no está de acuerdo, usted puede apelar {basis}. La apelación debe ser por escrito e indicar el "
           "nombre de la paciente, el número de reclamación y por qué cree que debemos pagar. Envíela a:", after=2)
    for ln in addr:
        d.text(ln, x=d.left + 22)
    d.space(4)
    d.para("No envíe apelaciones a la dirección de reclamaciones. Puede pedir gratis copia de los documentos de su "
           "reclamación. Si el Comité mantiene la denegación, puede pedir una revisión externa dentro de 4 meses. "
           "Si se trata de atención urgente, llame al 1-555-0194 para una apelación acelerada.", size=9)
    d.finish()
    page = R.to_image(d, 0, dpi=150, paper=(250, 222, 228),
                      highlights=[claim, "dentro de 180 días"])
    arr = np.asarray(page).astype(np.float32)
    rng = np.random.default_rng(160)
    arr += rng.normal(0, 5, arr.shape)
    H, W = arr.shape[:2]
    xx = np.linspace(0, 1, W)[None, :]
    arr *= (0.88 + 0.12 * np.minimum(1, xx * 12))[..., None]  # the scanner lid's shade at the binding edge
    scan = Image.fromarray(arr.clip(0, 255).astype(np.uint8)).rotate(0.7, resample=Image.BICUBIC,
                                                                      fillcolor=(240, 240, 240))
    scan = scan.filter(ImageFilter.GaussianBlur(0.5))
    fname = "16-autofinanciado-psicoterapia-fuera-de-red-escaneo-rosa-resaltador.pdf"
    R.images_to_pdf([scan], out(fname), dpi=150, fmt="JPEG", quality=55)
    key = make_key(
        file=fname,
        _note="FICTIONAL / MUESTRA FICTICIA: invented people, plan and numbers. Spanish TPA statement for a "
              "self-funded employer plan: the employee's own visit paid (PR-3), his daughter's psychotherapy out of "
              "network (CO-242) on three rows, the second and third with blank patient and claim cells; scanned "
              "in colour at 150 dpi from pink paper with yellow highlighter over the claim number and the window "
              "(JPEG quality 55, shade at the binding edge, 0.7 degrees); day-first numeric dates with no hint "
              "(notice 06/11/2026 would be 11 June month first, before the care); 4 months is external review.",
        patient_name=name, member_id=member, claim_number=claim, notice_date=notice, service_dates=svc,
        procedure_codes=["90834"], diagnosis_codes=["F41.1"], carc_codes=["CO-242"],
        denial_category="out_of_network", plan_type="employer_erisa", urgent=False,
        appeal_deadline=deadline_from(notice, rule), deadline_basis=basis, appeals_address=_addr(addr))
    return dict(key=key, text=d.strings(), rule=rule, lang="es")


# ------------------------------------------------------------------------------------------------------------
def case17():
    """Medicaid managed care (es): maintenance ECT not medically necessary; photo on a glass table, coffee ring."""
    name = "Concepción Arriaga Beltrán"
    member = "SFV-FICT-7781204"
    claim = "SFV-R-26-30917"
    notice = D("2026-11-02")
    dob = D("1973-10-31")
    svc = [D("2026-10-05"), D("2026-10-12"), D("2026-10-19")]
    basis = "60 días a partir de la fecha de este aviso"
    rule = ("days", 60)
    addr = ["Salud Familiar del Valle Norte", "Departamento de Quejas y Apelaciones", "300 Calle Ocotillo",
            "Oficina 5", "Campo Verde, CA 92999"]

    d = R.Doc(family="dv", size=9.8, margins=(50, 44, 50, 50))
    d.text("Salud Familiar del Valle Norte", size=15, bold=True, color=(0.05, 0.3, 0.45))
    d.text("Plan de atención administrada de Medi-Salud (Medicaid)  ·  Oficina principal: 12 Plaza Mayor, "
           "Campo Verde, CA 92998", size=8)
    d.text(FICT_ES, size=7.5, bold=True)
    d.space(6)
    d.text(f"Campo Verde, {long_es(notice)}")
    d.space(6)
    for ln in [name, "1450 Calle Jacaranda, Depto. 2", "Campo Verde, CA 92998"]:
        d.text(ln)
    d.space(6)
    d.text("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", size=11.5, bold=True)
    d.table(["Miembro", "ID de Medicaid", "Fecha de nac.", "Reclamación"],
            [[name, member, dmy(dob), claim]], [150, 120, 90, 120], size=9, header_fill=(0.85, 0.92, 0.95))
    d.para("Revisamos la reclamación del Hospital del Valle Norte por terapia electroconvulsiva (TEC) de "
           "mantenimiento. No pagaremos las sesiones de abajo.")
    d.table(["Fecha", "Código", "Servicio", "Diagnóstico"],
            [[dmy(s), c, desc, "F33.3"] for s in svc for c, desc in (("90870", "sesión de TEC"),
                                                                     ("00104", "anestesia para TEC"))],
            [80, 60, 200, 80], size=9, header_fill=(0.85, 0.92, 0.95))
    d.para("Motivo: nuestro psiquiatra revisor decidió que no son médicamente necesarias. Nuestros criterios "
           "para TEC de mantenimiento piden una nota del médico cada mes sobre la respuesta y el plan para espaciar "
           "las sesiones; no la recibimos para octubre.")
    d.text("Cómo apelar", size=11, bold=True)
    d.para(f"Tiene {basis} para pedirnos una apelación, por teléfono (1-555-0196) o por escrito a:", after=2)
    for ln in addr:
        d.text(ln, x=d.left + 22, bold=True)
    d.space(4)
    d.para("Para seguir recibiendo un servicio ya aprobado durante la apelación, pídala dentro de 10 días. Si "
           "mantenemos nuestra decisión, puede pedir una audiencia imparcial estatal dentro de 120 días a partir "
           "de la fecha de nuestra carta de resolución. No envíe apelaciones a la oficina principal.", size=9.3)
    d.finish()
    page = R.to_image(d, 0, dpi=170)
    page = R.coffee_ring(page, int(page.width * 0.72), int(page.height * 0.86), int(page.width * 0.09))
    W, H = 3024, 4032
    quad = [(300, 380), (2700, 300), (2800, 3700), (260, 3800)]

    def reflect(img):
        arr = np.asarray(img).astype(np.float32)
        yy, xx = np.mgrid[0:arr.shape[0], 0:arr.shape[1]].astype(np.float32)
        band = np.exp(-((xx + yy * 0.5 - 2300) ** 2) / (2 * 160.0 ** 2)) * 0.25
        arr = arr + (255 - arr) * band[..., None]
        return Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    img = R.photo(page, (W, H), quad, bg="glass", seed=170, light=(0.8, 0.2, 0.2), cast=(1.0, 1.01, 1.03),
                  noise=5, blur=0.8, vignette=0.35, angle=4.0, extra=reflect)
    fname = "17-medicaid-mco-tec-mantenimiento-foto-mesa-vidrio-cafe.jpg"
    R.save_jpeg(img, out(fname), quality=83)
    key = make_key(
        file=fname,
        _note="FICTIONAL / MUESTRA FICTICIA: invented people, plan and numbers. Spanish Medicaid managed care "
              "denial of maintenance ECT and its anesthesia as not medically necessary, photographed on a glass "
              "table in daylight with a window's reflection across it, a coffee-cup ring over the lower right, "
              "turned 4 degrees; dateline with the city ('Campo Verde, 2 de noviembre de 2026'); a one-row table "
              "with DOB 31/10/1973; services day-first (05/10 reads two ways, 12/10 and 19/10 only day first); 10 "
              "and 120 days are not the window; head office not for appeals.",
        patient_name=name, member_id=member, claim_number=claim, notice_date=notice, service_dates=svc,
        procedure_codes=["90870", "00104"], diagnosis_codes=["F33.3"], denial_category="medical_necessity",
        plan_type="medicaid", urgent=False, appeal_deadline=deadline_from(notice, rule), deadline_basis=basis,
        appeals_address=_addr(addr))
    return dict(key=key, text=d.strings(), rule=rule, lang="es")


# ------------------------------------------------------------------------------------------------------------
def case18():
    """County employees' plan (es): lumbar epidural not medically necessary; e-mail, plain QP latin-1 + HTML."""
    from email.message import EmailMessage
    from email.utils import format_datetime
    name = "Gilberto Ochoa Benavides"
    member = "MST-FICT-2208814"
    claim = "MST-26-0415529"
    notice = D("2026-11-25")
    dob = D("1969-11-23")
    svc = [D("2026-10-22")]
    basis = "180 días a partir de la fecha en que reciba esta carta"
    rule = ("days", 180)
    addr = ["Plan de Salud para Empleados del Condado de San Telmo", "Oficina de Apelaciones",
            "455 Avenida Cabildo", "Piso 2", "San Telmo, AZ 85999"]

    plain = f"""Plan de Salud para Empleados del Condado de San Telmo
(plan autofinanciado del gobierno del condado)
{FICT_ES}

Fecha de la carta: {long_es(notice)}

Estimado Sr. Ochoa:

Le escribimos sobre la reclamación {claim} del Centro de Columna Alameda.

  Empleado / paciente ....... {name}
  ID del plan ............... {member}
  Fecha de nacimiento ....... {dmy(dob)}
  Fecha del servicio ........ {dmy(svc[0])}
  Códigos ................... 62323 y J1040
  Diagnóstico ............... M54.16

DECISIÓN: no cubriremos la inyección epidural lumbar ni el medicamento.
Nuestros criterios piden por lo menos 4 semanas de fisioterapia o
ejercicios indicados por un médico antes de una inyección epidural, y los
expedientes no lo muestran.

Usted tiene {basis} para presentar una apelación por escrito.
Envíela a:

  {addr[0]}
  {addr[1]}
  {addr[2]}
  {addr[3]}
  {addr[4]}

No envíe la apelación a Recursos Humanos del condado. Si la negamos otra
vez, puede pedir una revisión externa independiente dentro de 4 meses.
Para una apelación urgente llame al 1-555-0198 (se decide en 72 horas).

Atentamente,
Unidad de Revisión de Reclamaciones
{FICT_ES}
"""
    rows = "".join(f"<tr><td><b>{a}</b></td><td>{b}</td></tr>" for a, b in [
        ("Empleado / paciente", name), ("ID del plan", member), ("Fecha de nacimiento", dmy(dob)),
        ("Fecha del servicio", dmy(svc[0])), ("Códigos", "62323 y J1040"), ("Diagnóstico", "M54.16")])
    html = f"""<html><body style="font-family:Georgia">
<p><b>Plan de Salud para Empleados del Condado de San Telmo</b><br><i>plan autofinanciado del gobierno del condado</i></p>
<p style="font-size:10px">{FICT_ES}</p>
<p>Fecha de la carta: {long_es(notice)}</p>
<p>Estimado Sr. Ochoa:</p>
<p>Le escribimos sobre la reclamación {claim} del Centro de Columna Alameda.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">{rows}</table>
<p><b>DECISIÓN:</b> no cubriremos la inyección epidural lumbar ni el medicamento. Nuestros criterios piden por lo menos 4 semanas de fisioterapia o ejercicios indicados por un médico antes de una inyección epidural, y los expedientes no lo muestran.</p>
<p>Usted tiene {basis} para presentar una apelación por escrito. Envíela a:</p>
<blockquote>{'<br>'.join(addr)}</blockquote>
<p>No envíe la apelación a Recursos Humanos del condado. Si la negamos otra vez, puede pedir una revisión externa independiente dentro de 4 meses. Para una apelación urgente llame al 1-555-0198 (se decide en 72 horas).</p>
<p>Atentamente,<br>Unidad de Revisión de Reclamaciones</p>
<p style="font-size:10px">{FICT_ES}</p></body></html>"""
    msg = EmailMessage()
    msg["From"] = "Plan de Salud del Condado <avisos@plansantelmo.example>"
    msg["To"] = "Gilberto Ochoa <g.ochoa@correo.example>"
    msg["Subject"] = f"Decisión sobre su reclamación {claim}"
    msg["Date"] = format_datetime(dt.datetime(2026, 11, 26, 6, 45, 0, tzinfo=dt.timezone(dt.timedelta(hours=-7))))
    msg["Message-ID"] = "<fict-18-2026@plansantelmo.example>"
    msg.set_content(plain, charset="iso-8859-1", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="base64")
    fname = "18-condado-epidural-correo-latin1-qp.eml"
    with open(out(fname), "wb") as f:
        f.write(bytes(msg))
    key = make_key(
        file=fname,
        _note="FICTIONAL / MUESTRA FICTICIA: invented people, plan and numbers. Spanish county employees' "
              "self-funded plan (governmental) denying a lumbar epidural injection and its drug as not medically "
              "necessary, as an e-mail: multipart/alternative, plain part ISO-8859-1 quoted-printable with dotted "
              "labels, HTML part base64 with a bordered table; e-mail Date the next day; DOB 23/11/1969 two days "
              "before; one service date 22/10/2026 (only day first); 4 months is external review; county Human "
              "Resources not for appeals.",
        patient_name=name, member_id=member, claim_number=claim, notice_date=notice, service_dates=svc,
        procedure_codes=["62323", "J1040"], diagnosis_codes=["M54.16"], denial_category="medical_necessity",
        plan_type="governmental", urgent=False, appeal_deadline=deadline_from(notice, rule), deadline_basis=basis,
        appeals_address=_addr(addr))
    return dict(key=key, text=None, rule=rule, lang="es")


CASES = [case10, case11, case12, case13, case14, case15, case16, case17, case18]
