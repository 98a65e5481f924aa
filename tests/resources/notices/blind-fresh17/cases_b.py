"""Cases 10-18 of the intake17 set (10-12 English, 13-18 Spanish). Everything FICTIONAL."""
import base64, email.message, email.policy, email.utils
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import charset as _cs
from render import Page, to_image, to_pdf, photo, scan, fax_page, save_tiff, save_pdf_images, pdftotext, _font
from common import *
from PIL import Image, ImageDraw, ImageFilter
import numpy as np


def fict(p, y=None, es_=False):
    p.text(54, y or 770, FICT_ES if es_ else FICT, 7.5, True)


# ---------------------------------------------------------------- 10
def case10():
    f = "10-church-plan-ect-provider-letter-received-stamp.pdf"
    nd = D("2026-11-04")
    pat, mid, clm = "Ezra K. Lindqvist", "GHC-FICT-618204", "CPB-26-1104-2291"
    sd = [D("2026-10-19"), D("2026-10-21")]
    addr = ["Grace Harbor Conference Benefit Plan", "c/o Covenant Pines Benefit Services", "Appeals Department",
            "2200 Meeting House Road", "Suite 110", "Abbotsford, WI 54999"]
    basis = "within 180 days from the date of this notice"
    p = Page("serif")
    p.text(54, 56, "Covenant Pines Benefit Services", 14, True, color=(0.2, 0.3, 0.15))
    p.text(54, 69, "Third-party administrator for church and ministry benefit plans", 8.5)
    p.text(54, 80, "Claims: PO Box 880, Abbotsford, WI 54998   Phone 555-0115", 8.5)
    fict(p, 94)
    p.y = 122
    p.line(long_en(nd), 10.5)
    p.y += 6
    for l in ["Westfield Behavioral Medicine", "Attn: Patient Accounts", "1500 Old Mill Road", "Cranston Lake, WI 54997"]:
        p.line(l, 10.5)
    p.y += 8
    p.line(f"RE: Claim {clm}   Patient: {pat}   Member ID: {mid}", 10.5, True)
    p.line("Plan: Grace Harbor Conference Benefit Plan (a church plan)   Diagnosis: F33.2", 10.5)
    p.y += 6
    p.para("Dear Provider: Covenant Pines Benefit Services administers claims for the Grace Harbor Conference Benefit "
           "Plan. The plan requires precertification before a course of electroconvulsive therapy begins. We have no "
           "precertification on file for the sessions below, and none was requested within two business days after "
           "the first session as the plan allows, so the claim lines are denied. The member may not be billed for "
           "them under your network agreement.", size=10.5)
    p.table(54, [96, 70, 150, 70, 118], [
        ["Date of service", "Code", "Service", "Billed", "Adjustment"],
        [us(sd[0]), "90870", "ECT session", "$1,150.00", "CO-197"],
        [us(sd[0]), "00104", "anesthesia for ECT", "$640.00", "CO-197"],
        [us(sd[1]), "90870", "ECT session", "$1,150.00", "CO-197"],
        [us(sd[1]), "00104", "anesthesia for ECT", "$640.00", "CO-197"]], size=9.5)
    p.para("CO-197: precertification/authorization/notification/pre-treatment absent.", size=9)
    p.line("Appeal rights", 11, True)
    p.para(f"The member, or you with the member's written authorization, may appeal {basis}. Corrected claims go to "
           "the claims PO Box above; appeals do not. Send appeals to Grace Harbor Conference Benefit Plan, c/o "
           "Covenant Pines Benefit Services, Appeals Department, 2200 Meeting House Road, Suite 110, Abbotsford, WI "
           "54999, or fax them to 555-0117. The plan is a church plan and is not governed by ERISA; after its final "
           "decision the member may ask for an external review.", size=10.5)
    p.para("Sincerely,", size=10.5, after=0)
    p.para("Claims Review, Covenant Pines Benefit Services", size=10.5)
    # the clinic's received stamp and a note in the margin (drawn as part of the scan-to-PDF the clinic saved)
    p.rect(396, 104, 162, 52, stroke=(0.75, 0.1, 0.1), lw=1.6)
    p.text(477, 122, "RECEIVED", 13, True, face="sans", color=(0.75, 0.1, 0.1), align="center")
    p.text(477, 140, "NOV 10 2026", 12, True, face="mono", color=(0.75, 0.1, 0.1), align="center")
    p.text(410, 175, "appeal? ask Dr. L - 11/12", 10, face="serif", color=(0.1, 0.2, 0.7))
    to_pdf([p], f"{OUT}/{f}")
    k = key(f, "FICTIONAL: invented people, plans, numbers and addresses. Church plan's administrator letter to the "
            "provider (text PDF) with the clinic's red RECEIVED stamp six days later and a blue margin note with "
            "another date; RE line with the patient and IDs; claim lines with CO-197; address inside a sentence; "
            "claims PO Box in the letterhead not for appeals. Administrator Covenant Pines Benefit Services, plan "
            "Grace Harbor Conference Benefit Plan.",
            patient_name=pat, member_id=mid, claim_number=clm, notice_date=nd, service_dates=sd,
            procedure_codes=["90870", "00104"], diagnosis_codes=["F33.2"], carc_codes=["CO-197"],
            denial_category="prior_authorization", plan_type="church", urgent=False,
            appeal_deadline=add_days(nd, 180), deadline_basis=basis, appeals_address=", ".join(addr))
    return k, pdftotext(f"{OUT}/{f}") + "\n" + pdftotext(f"{OUT}/{f}", False)


# ---------------------------------------------------------------- 11
def case11():
    f = "11-student-plan-spravato-email-multipart.eml"
    nd = D("2026-11-24")
    pat, mid, clm = "Jun Takeda-Morrow", "RSU-FICT-2025-8841", "SHP-88412-1119"
    sd = [D("2026-10-28"), D("2026-10-31")]
    dl = add_days(nd, 180)
    addr = ["Northfield Mutual Life", "Student Health Plan Appeals", "PO Box 5150", "Granite Ferry, PA 17999"]
    basis = f"You have until {long_en(dl)} to request an appeal"
    rows = [("Member", pat), ("Member ID", mid), ("Student ID", "900417735"), ("Claim number", clm),
            ("Date of this notice", long_en(nd)), ("Provider", "Ridgecrest Interventional Psychiatry"),
            ("Dates of service", f"{us(sd[0])}, {us(sd[1])}"), ("Codes billed", "J0013 (84 units), 99215"),
            ("Diagnosis", "F33.2"), ("Decision", "Denied - not medically necessary")]
    intro = (f"Hello {pat.split()[0]},\n\nA new coverage decision was posted to your Ridgecrest State University Student "
             "Health Plan account. Because you chose e-mail delivery, the full notice is below.\n")
    reason = ("Why: esketamine nasal spray (Spravato) is covered when the member has major depressive disorder that has "
              "not responded to at least two antidepressants taken at an adequate dose for an adequate time. The "
              "records received list one trial of sertraline for 4 weeks, which our criteria do not count as "
              "adequate. The reviewing psychiatrist found the treatment not medically necessary.")
    appeal = (f"Your appeal rights: {basis}. Ask for an expedited appeal by phone (555-0196) if waiting could "
              "seriously jeopardize your health. The Student Health Center cannot accept appeals. Mail your appeal to: "
              + ", ".join(addr) + ". After our final decision you may ask for an independent external review.")
    plain = intro + "\n" + "\n".join(f"{a}: {b}" for a, b in rows) + "\n\n" + reason + "\n\n" + appeal + \
        "\n\nThis plan is insured by Northfield Mutual Life.\n" + FICT + "\n"
    html = ("<html><body style='font-family:Arial'><p>" + intro.replace("\n\n", "</p><p>") + "</p>"
            "<h3>Notice of Adverse Benefit Determination</h3><table border='1' cellpadding='4'>" +
            "".join(f"<tr><td><b>{a}</b></td><td>{b}</td></tr>" for a, b in rows) + "</table>"
            f"<p>{reason}</p><p><b>Your appeal rights:</b> {basis}. Ask for an expedited appeal by phone (555-0196) if "
            "waiting could seriously jeopardize your health. The Student Health Center cannot accept appeals. Mail "
            "your appeal to:</p><p>" + "<br>".join(addr) + "</p><p>After our final decision you may ask for an "
            "independent external review.</p><p>This plan is insured by Northfield Mutual Life.</p>"
            f"<p style='font-size:9px'>{FICT}</p></body></html>")
    msg = email.message.EmailMessage()
    msg["From"] = "Ridgecrest Student Health Plan <notices@ridgecrest-shp.example>"
    msg["To"] = "jun.takedamorrow@student.ridgecrest.example"
    msg["Subject"] = f"Coverage decision for claim {clm}"
    msg["Date"] = "Wed, 25 Nov 2026 07:02:11 -0500"
    msg["Message-ID"] = "<fict-11-20261125@ridgecrest-shp.example>"
    msg.set_content(plain, charset="utf-8", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    msg.set_boundary("==intake17-11-boundary==")
    open(f"{OUT}/{f}", "wb").write(msg.as_bytes())
    k = key(f, "FICTIONAL: invented people, plans, numbers and addresses. Student health plan (insured) notice sent as an "
            "e-mail, multipart plain and HTML, quoted-printable; facts as label lines and an HTML table (a student ID "
            "beside the member ID); the e-mail's Date the next day; the deadline stated as a date (notice + 180); "
            "health center not for appeals.",
            patient_name=pat, member_id=mid, claim_number=clm, notice_date=nd, service_dates=sd,
            procedure_codes=["J0013", "99215"], diagnosis_codes=["F33.2"], denial_category="medical_necessity",
            plan_type="individual_aca", urgent=False, appeal_deadline=dl, deadline_basis=basis,
            appeals_address=", ".join(addr))
    return k, plain


# ---------------------------------------------------------------- 12
def case12():
    f = "12-employer-insured-scs-trial-fax-rescanned.pdf"
    nd = D("2026-11-10")
    pat, mid, clm = "Anton V. Szabo", "BHI-FICT-5510277", "BH2026-10-77314"
    sd = [D("2026-10-07")]
    addr = ["Bluestem Health Insurance Company", "Attn: Appeals Unit", "Mail Stop 4B", "77 Prairie Commons Drive",
            "Westlake Ridge, KS 66999"]
    basis = "180 days from the date you receive this letter"
    p1 = Page("sans")
    p1.text(54, 58, "BLUESTEM HEALTH INSURANCE COMPANY", 13, True)
    p1.text(54, 71, "Utilization Management  -  12 Wheatland Plaza, Westlake Ridge, KS 66998", 8.5)
    fict(p1, 84)
    p1.y = 108
    p1.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12, True)
    p1.y += 2
    y = p1.y
    cells = [("Notice date", long_en(nd)), ("Member", pat), ("Member ID", mid),
             ("Claim number", clm), ("Group", "Kestrel Logistics Inc. #4410"), ("Date of birth", us(D("1972-11-12")))]
    for i, (a, b) in enumerate(cells):
        cx, cy = 54 + (i % 3) * 168, y + (i // 3) * 40
        p1.rect(cx, cy, 168, 40, lw=1)
        p1.text(cx + 5, cy + 12, a.upper(), 7.5, True)
        p1.text(cx + 5, cy + 30, b, 10.5)
    p1.y = y + 96
    p1.para("This letter explains our decision on the claim from Meridian Spine & Pain Center for a spinal cord "
            f"stimulator trial on {long_en(sd[0])}: percutaneous placement of epidural electrode arrays, code 63650 "
            "(2 units). Diagnoses on the claim: G89.4 and M54.16.", size=10.5)
    p1.line("Our decision", 11, True)
    p1.para("The claim is denied as not medically necessary. Our coverage policy for spinal cord stimulation asks for "
            "a psychological evaluation before the trial and at least 6 months of documented conservative care. "
            "The records we received did not include the psychological evaluation. A board-certified "
            "anesthesiologist reviewed the claim.", size=10.5)
    p1.para("This plan is an insured group health plan your employer sponsors; it is governed by ERISA.", size=10.5)
    p1.text(306, 760, "1 of 2", 8, align="center")
    p2 = Page("sans")
    fict(p2, 50)
    p2.y = 78
    p2.line("How to appeal", 11, True)
    p2.para(f"You or your authorized representative may appeal within {basis}. Send the letter, this notice and any "
            "records, such as the psychological evaluation, to the address in the box. Do not send appeals to "
            "Utilization Management at Wheatland Plaza.", size=10.5)
    y = p2.y
    p2.rect(54, y, 300, 94, lw=1.4)
    p2.y = y + 18
    for a in addr:
        p2.line(a, 10.5, x=66)
    p2.y = y + 112
    p2.para("If we uphold the denial you may ask for an external review by an independent review organization within "
            "4 months of our final decision. You may also bring a civil action under ERISA section 502(a). Contact "
            "the state's consumer assistance program at 555-0199 for free help.", size=10.5)
    p2.text(306, 760, "2 of 2", 8, align="center")
    imgs = []
    for i, p in enumerate([p1, p2]):
        fx = fax_page(to_image(p, 200), f"NOV-17-2026 14:02  BLUESTEM UM  555-0121   P. {i+1}/2", standard=False,
                      seed=120 + i, dropouts=8)
        fx2 = Image.new("L", (fx.width, fx.height + 34), 255)
        ImageDraw.Draw(fx2).text((20, 6), f"11/18/2026 09:41 AM  MERIDIAN SPINE PAIN  555-0124  #{i+1}",
                                 font=_font("mono", False, 22), fill=0)
        fx2.paste(fx.convert("L"), (0, 34))
        g = fx2.resize((1700, int(fx2.height * 1700 / fx2.width)), Image.BILINEAR).filter(ImageFilter.GaussianBlur(0.7))
        imgs.append(scan(g, angle=0.9 - 1.5 * i, seed=125 + i, specks=250, shade=0.1))
    save_pdf_images(imgs, f"{OUT}/{f}", 200)
    k = key(f, "FICTIONAL: invented people, plans, numbers and addresses. Insured employer plan's two-page letter faxed "
            "by the plan to the provider (fine mode, 1-bit), faxed on by the clinic, printed and scanned grey with skew "
            "(image only): two fax header lines per page; a 3 x 2 grid of boxed fields (a DOB among them); date of "
            "service and codes inside a sentence; window and boxed address on page 2; UM office not for appeals.",
            patient_name=pat, member_id=mid, claim_number=clm, notice_date=nd, service_dates=sd,
            procedure_codes=["63650"], diagnosis_codes=["G89.4", "M54.16"], denial_category="medical_necessity",
            plan_type="employer_erisa", urgent=False, appeal_deadline=add_days(nd, 180), deadline_basis=basis,
            appeals_address=", ".join(addr))
    return k, p1.strings() + "\n" + p2.strings()


# ---------------------------------------------------------------- 13
def case13():
    f = "13-medicaid-mco-psicoterapia-dos-columnas-foto-cama.jpg"
    nd, dob = D("2026-11-17"), D("1979-11-19")
    pat, mid, clm = "Marisol Ibáñez Cárdenas", "TXM-FICT-5561093", "PSH-26-11-07719"
    sd = [D("2026-10-06"), D("2026-10-13"), D("2026-10-20")]
    addr = ["Plan Salud Horizonte", "Departamento de Apelaciones", "2450 Avenida Los Pinos", "Suite 210",
            "San Ysidro del Valle, TX 78999"]
    basis = "dentro de 60 días a partir de la fecha de este aviso"
    p = Page("sans")
    p.text(54, 58, "Plan Salud Horizonte", 16, True, color=(0.45, 0.1, 0.45))
    p.text(54, 71, "Plan de Medicaid administrado  -  Oficina principal: 800 Calle Real, San Ysidro del Valle, TX 78998", 8)
    fict(p, 84, True)
    p.text(558, 108, f"San Ysidro del Valle, {es(nd)}", 10, align="right")
    # left column: shaded facts box
    p.rect(54, 124, 170, 300, fill=(0.9, 0.9, 0.9), stroke=None)
    yy = 142
    for a, b in [("Miembro:", pat.rsplit(" ", 1)[0]), ("", pat.rsplit(" ", 1)[1]), ("Núm. de Medicaid:", mid),
                 ("Fecha de nacimiento:", dmy(dob)), ("Núm. de reclamación:", clm), ("Proveedor:", "Centro Familiar"),
                 ("", "Renacer"), ("Diagnóstico:", "F33.1")]:
        if a:
            p.text(62, yy, a, 8.5, True); yy += 12
        p.text(62, yy, b, 9.5); yy += 16
    p.text(62, yy + 4, "Servicios", 8.5, True); yy += 18
    for d in sd:
        p.text(62, yy, f"{dmy(d)}  90834", 9); yy += 12
        p.text(62, yy, f"{dmy(d)}  90847", 9); yy += 12
    # right column: the letter
    p.y = 140
    X, Wd = 240, 318
    p.para("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", x=X, width=Wd, size=11, bold=True, after=4)
    p.para(f"Estimada {pat}:", x=X, width=Wd, size=10)
    p.para("Revisamos la reclamación de las sesiones de psicoterapia individual y familiar que aparecen en el "
           "recuadro. Su plan cubre hasta 20 sesiones al año sin autorización previa; estas fueron las sesiones 21 a "
           "23 y no teníamos una autorización previa en el expediente. Por eso negamos el pago. Su proveedor puede "
           "pedir la autorización para sesiones futuras.", x=X, width=Wd, size=10)
    p.para("Cómo apelar", x=X, width=Wd, size=11, bold=True, after=2)
    p.para(f"Usted puede apelar esta decisión {basis}. Si quiere seguir recibiendo servicios durante la apelación, "
           "debe apelar dentro de 10 días. Si mantenemos la decisión, puede pedir una audiencia imparcial estatal "
           "dentro de 120 días. No envíe apelaciones a la oficina principal. Envíe su apelación a:", x=X, width=Wd,
           size=10, after=2)
    for a in addr:
        p.line(a, 10, x=X + 20)
    p.y += 4
    p.para("También puede llamar al 555-0138 (TTY 711). Si su salud corre grave peligro, pida una apelación "
           "rápida: la decidimos en 72 horas.", x=X, width=Wd, size=10)
    img = to_image(p, 200)
    out = photo(img, (2250, 3000), [(230, 330), (2000, 250), (2080, 2640), (180, 2750)], bg="quilt",
                light=(1.0, 0.86, 0.68), dim=0.68, curl=40, thumb=(2120, 1500, 140, 200), seed=131, blur=1.1,
                shadow=([(0, 0), (1100, 0), (800, 1200), (0, 1500)], 0.38, 80))
    out = out.rotate(-1.5, resample=Image.BICUBIC, fillcolor=(120, 50, 55))
    out.save(f"{OUT}/{f}", quality=82)
    k = key(f, "FICTIONAL / MUESTRA FICTICIA: invented people, plans, numbers and addresses. Spanish Medicaid managed-care "
            "notice photographed on a bedspread (JPEG) in dim warm light, curled, a thumb on the right, a shadow top "
            "left; two columns: a shaded facts box (the name wrapped over two lines, DOB 19/11 two days after, codes "
            "beside day-first dates, 06/10 reads two ways) beside the letter; dateline in words; head office not for "
            "appeals; 10 and 120 days are not the window.",
            patient_name=pat, member_id=mid, claim_number=clm, notice_date=nd, service_dates=sd,
            procedure_codes=["90834", "90847"], diagnosis_codes=["F33.1"], denial_category="prior_authorization",
            plan_type="medicaid", urgent=False, appeal_deadline=add_days(nd, 60), deadline_basis=basis,
            appeals_address=", ".join(addr))
    return k, p.strings()


# ---------------------------------------------------------------- 14
def case14():
    f = "14-medicare-advantage-tec-escaneo-tabla.pdf"
    nd, dob = D("2026-11-20"), D("1948-11-22")
    pat, mid, clm = "Ernesto Rivera Maldonado", "ALB-FICT-30227815", "26-1020-PR-44173"
    sd = [D("2026-10-02"), D("2026-10-09")]
    addr = ["Plan Médico Alborada", "Departamento de Apelaciones y Querellas", "Apartado Postal 19022",
            "Villa Serena, PR 00999"]
    basis = "dentro de 65 días a partir de la fecha de este aviso"
    p1 = Page("serif")
    p1.text(306, 56, "PLAN MÉDICO ALBORADA ADVANTAGE (HMO)", 13, True, align="center")
    p1.text(306, 70, "Servicios al Afiliado: Calle Luna 45, Villa Serena, PR 00998  -  555-0140", 8.5, align="center")
    fict(p1, 84, True)
    p1.y = 106
    p1.line("AVISO DE DENEGACIÓN DE PAGO", 12.5, True)
    p1.table(54, [168, 168, 168], [
        ["Fecha del aviso", "Afiliado", "Número de afiliado"],
        [dmy(nd), pat, mid],
        ["Fecha de nacimiento", "Número de reclamación", "Proveedor"],
        [dmy(dob), clm, "Hospital San Gabriel"]], size=9.5, header=False)
    p1.para("Las fechas de este aviso están escritas en el orden día/mes/año.", size=9.5)
    p1.table(54, [120, 80, 190, 114], [
        ["Fecha del servicio", "Código", "Servicio", "Decisión"],
        [dmy(sd[0]), "90870", "terapia electroconvulsiva", "Denegado"],
        [dmy(sd[0]), "00104", "anestesia para TEC", "Denegado"],
        [dmy(sd[1]), "90870", "terapia electroconvulsiva", "Denegado"],
        [dmy(sd[1]), "00104", "anestesia para TEC", "Denegado"]], size=9.5)
    p1.line("¿Por qué denegamos el pago?", 11, True)
    p1.para("Diagnóstico: F33.2. Nuestro médico revisó el expediente. Para cubrir la terapia electroconvulsiva, los "
            "criterios que usa este plan piden una evaluación psiquiátrica previa y el consentimiento informado "
            "firmado. El expediente no incluía la evaluación, por lo que el servicio no se consideró médicamente "
            "necesario.", size=10)
    p1.text(306, 760, "Página 1 de 2", 8, align="center")
    p2 = Page("serif")
    fict(p2, 50, True)
    p2.y = 80
    p2.line("Su derecho a apelar", 12, True)
    p2.para(f"Puede pedirnos una reconsideración {basis}. Si mantenemos la denegación, enviaremos su caso "
            "automáticamente a una entidad de revisión independiente. La oficina de Servicios al Afiliado de la Calle "
            "Luna no recibe apelaciones. Envíe su apelación por escrito a:", size=10.5, after=3)
    for a in addr:
        p2.line(a, 10.5, x=90)
    p2.y += 6
    p2.para("También puede enviarla por fax al 555-0144. Para ayuda gratuita, llame al programa estatal de asistencia "
            "sobre seguros de salud (SHIP) o al 1-800-MEDICARE.", size=10.5)
    p2.text(306, 760, "Página 2 de 2", 8, align="center")
    imgs = [scan(to_image(p1, 200), angle=0.7, seed=141, specks=350, shade=0.07),
            scan(to_image(p2, 200), angle=-0.4, seed=142, specks=350, shade=0.07, streak=900)]
    save_pdf_images(imgs, f"{OUT}/{f}", 200)
    k = key(f, "FICTIONAL / MUESTRA FICTICIA: invented people, plans, numbers and addresses. Spanish Medicare Advantage "
            "payment denial from Puerto Rico, a two-page flatbed scan (image only, a toner streak on page 2); a boxed "
            "2 x 3 grid with labels over values (DOB two days after); a day-first hint; both service dates read two "
            "ways (02/10, 09/10); window and Apartado Postal on page 2; member services office not for appeals.",
            patient_name=pat, member_id=mid, claim_number=clm, notice_date=nd, service_dates=sd,
            procedure_codes=["90870", "00104"], diagnosis_codes=["F33.2"], denial_category="medical_necessity",
            plan_type="medicare_advantage", urgent=False, appeal_deadline=add_days(nd, 65), deadline_basis=basis,
            appeals_address=", ".join(addr))
    return k, p1.strings() + "\n" + p2.strings()


# ---------------------------------------------------------------- 15
def case15():
    f = "15-mercado-eob-ketamina-tres-reclamaciones-foto-escritorio.png"
    nd = D("2026-11-12")
    pat, mid, clm = "Rocío Beltrán Fuentes", "ASS-FICT-44071238", "ASR-26-4417-06"
    sd = [D("2026-10-15"), D("2026-10-22")]
    addr = ["Alianza Salud del Sur", "Unidad de Apelaciones", "PO Box 8130", "Mesa Verde Alta, AZ 85999"]
    basis = "dentro de 180 días a partir de la fecha en que reciba esta explicación"
    p = Page("sans")
    p.rect(40, 40, 532, 40, fill=(0.1, 0.35, 0.35), stroke=None)
    p.text(50, 60, "Alianza Salud del Sur", 15, True, color=(1, 1, 1))
    p.text(50, 74, "Explicación de Beneficios  -  Plan del Mercado de Seguros (HMO Plata)", 9, color=(1, 1, 1))
    p.text(562, 60, "ESTO NO ES UNA FACTURA", 9, True, color=(1, 1, 1), align="right")
    fict(p, 94, True)
    p.y = 114
    p.kv([("Miembro:", pat), ("ID de miembro:", mid), ("Fecha de la explicación:", dmy(nd)),
          ("Período:", f"{dmy(D('2026-10-01'))} al {dmy(D('2026-10-31'))}")], x=40, lw=130, size=9.5)
    p.y += 4
    p.table(40, [92, 62, 44, 124, 58, 54, 50, 48], [
        ["Reclamación", "Fecha", "Código", "Proveedor", "Facturado", "Pagado", "Usted", "Ajuste"],
        ["ASR-26-4411-01", dmy(D("2026-10-03")), "99214", "Clínica Sol Naciente", "$190,00", "$121,60", "$25,00", "CO-45"],
        [clm, dmy(sd[0]), "96365", "Centro Quetzal de Infusión", "$700,00", "$0,00", "$0,00", "CO-55"],
        ["", dmy(sd[0]), "J3490", "", "$280,00", "$0,00", "$0,00", "CO-55"],
        ["", dmy(sd[1]), "96365", "", "$700,00", "$0,00", "$0,00", "CO-55"],
        ["", dmy(sd[1]), "J3490", "", "$280,00", "$0,00", "$0,00", "CO-55"],
        ["ASR-26-4429-11", dmy(D("2026-10-28")), "90834", "Clínica Sol Naciente", "$140,00", "$98,00", "$20,00", "CO-45"]],
        size=8)
    p.para(f"Reclamación {clm} (diagnóstico F33.2): el plan considera experimental o en investigación la infusión "
           "de ketamina para la depresión, por lo que no la cubre. CO-55: procedimiento o tratamiento considerado "
           "experimental o en investigación. CO-45: cargo mayor que la tarifa acordada.", x=40, width=532, size=9)
    y = p.y
    p.rect(40, y, 532, 118, fill=(0.93, 0.96, 0.96), stroke=(0.1, 0.35, 0.35), lw=1.2)
    p.y = y + 16
    p.line("Si no está de acuerdo", 10.5, True, x=50)
    p.para(f"Puede presentar una apelación {basis}. Si esperar pone en grave peligro su salud, pida una apelación "
           "acelerada al 555-0157. Envíe su apelación por escrito a:", x=50, width=512, size=9.5, after=2)
    for a in addr:
        p.line(a, 9.5, x=80, gap=12)
    p.y += 4
    p.para("Las reclamaciones nuevas se envían al PO Box 8100; esa dirección no recibe apelaciones.", x=50, width=512, size=9)
    img = to_image(p, 170)
    out = photo(img, (1600, 2100), [(140, 180), (1500, 120), (1540, 1960), (90, 2010)], bg="desk",
                light=(0.9, 1.0, 0.92), dim=0.9, curl=14, seed=151, blur=0.9,
                shadow=([(700, 1300), (1600, 1150), (1600, 2100), (500, 2100)], 0.42, 60),
                edge_strip=("left", 0.03, (40, 40, 44)))
    out = out.rotate(-2.0, resample=Image.BICUBIC, fillcolor=(200, 196, 186))
    out.save(f"{OUT}/{f}")
    k = key(f, "FICTIONAL / MUESTRA FICTICIA: invented people, plans, numbers and addresses. Spanish Marketplace EOB "
            "photographed on a desk (PNG) under fluorescent light, a shadow over the appeal box, a dark strip on the "
            "left, -2 degrees; dark title bar; label lines; a gridded table of three claims, the middle one denied on "
            "four rows with blank claim cells; decimal commas; day-first dates (15/10, 22/10 only day first); claims "
            "box not for appeals.",
            patient_name=pat, member_id=mid, claim_number=clm, notice_date=nd, service_dates=sd,
            procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"], carc_codes=["CO-55"],
            denial_category="experimental_investigational", plan_type="individual_aca", urgent=False,
            appeal_deadline=add_days(nd, 180), deadline_basis=basis, appeals_address=", ".join(addr))
    return k, p.strings()


# ---------------------------------------------------------------- 16
def case16():
    f = "16-chip-emt-adolescente-fax-estandar.tif"
    nd, dob = D("2026-11-18"), D("2010-11-20")
    pat, mid, clm = "Mateo Ocampo Lugo", "AKC-FICT-7720915", "AK-26-0318-552"
    sd = [D("2026-10-26"), D("2026-10-28"), D("2026-10-30")]
    addr = ["Arroyo Kids CHIP", "Unidad de Apelaciones", "Apartado Postal 5521", "Loma Dorada, NM 87999"]
    basis = "dentro de 60 días calendario a partir de la fecha de esta carta"
    cov = Page("sans")
    cov.text(54, 80, "FAX", 40, True)
    fict(cov, 104, True)
    cov.y = 140
    cov.kv([("Fecha:", "24/11/2026"), ("Para:", "Beatriz Ocampo Lugo"), ("Fax:", "555-0192"),
            ("De:", "Clínica Mente Clara - Facturación"), ("Fax:", "555-0190"), ("Páginas:", "3 (con esta)"),
            ("Asunto:", "Copia de la carta de CHIP, como habló con nosotros el 23/11/2026")], lw=80, size=12, lead=1.9)
    p1 = Page("serif")
    p1.text(54, 60, "Arroyo Kids CHIP", 15, True)
    p1.text(54, 73, "Programa de Seguro Médico para Niños (CHIP) del estado  -  CHIP no es Medicaid", 8.5)
    p1.text(54, 84, "Oficina de servicio: 300 Calle Mesa, Loma Dorada, NM 87998", 8.5)
    fict(p1, 97, True)
    p1.y = 124
    p1.line(f"Fecha de esta carta: {es(nd)}", 10.5)
    p1.y += 6
    for l in ["Sra. Beatriz Ocampo Lugo", "815 Camino del Alamo", "Loma Dorada, NM 87997"]:
        p1.line(l, 10.5)
    p1.y += 8
    p1.kv([("Niño (paciente):", pat), ("Fecha de nacimiento:", dmy(dob)), ("Núm. de identificación:", mid),
           ("Núm. de reclamación:", clm)], lw=140, size=10.5)
    p1.y += 6
    p1.para("Estimada Sra. Ocampo Lugo:", size=10.5)
    p1.para(f"Le escribimos sobre la estimulación magnética transcraneal (EMT) que su hijo recibió en la Clínica Mente "
            f"Clara los días {dmy(sd[0])}, {dmy(sd[1])} y {dmy(sd[2])} (códigos 90867 y 90868; diagnóstico F32.2). "
            "Este servicio necesita autorización previa del plan antes de empezar. No recibimos una solicitud de "
            "autorización, por lo que negamos el pago de estas sesiones.", size=10.5)
    p1.para("La clínica puede pedir la autorización para las sesiones que faltan. Usted no tiene que pagar estas "
            "sesiones a la clínica.", size=10.5)
    p1.text(306, 760, "1/2", 8, align="center")
    p2 = Page("serif")
    fict(p2, 50, True)
    p2.y = 80
    p2.line("Su derecho a apelar", 12, True)
    p2.para(f"Usted puede apelar {basis}. Si la salud de su hijo corre grave peligro, pida una apelación acelerada "
            "al 555-0194. No envíe apelaciones a la oficina de servicio de la Calle Mesa. Envíe su apelación a:",
            size=10.5, after=3)
    for a in addr:
        p2.line(a, 10.5, x=90)
    p2.y += 6
    p2.para("Si mantenemos nuestra decisión, puede pedir una revisión externa del estado dentro de 4 meses de nuestra "
            "decisión final. CHIP no ofrece una audiencia imparcial de Medicaid.", size=10.5)
    p2.text(306, 760, "2/2", 8, align="center")
    hdr = "24/11/2026 16:52  DE: CLINICA MENTE CLARA 555-0190   A: 5550192   P.{}/3"
    pages = [fax_page(to_image(p, 200), hdr.format(i + 1), standard=True, seed=160 + i, noise=12, dropouts=8) for i, p in enumerate([cov, p1, p2])]
    save_tiff(pages, f"{OUT}/{f}", standard=True)
    k = key(f, "FICTIONAL / MUESTRA FICTICIA: invented people, plans, numbers and addresses. Spanish separate-CHIP letter to "
            "a mother about her son, faxed by the clinic in standard mode (1-bit TIFF, 3 pages) behind a cover sheet "
            "dated 24/11/2026 naming a call on 23/11/2026; 'Niño (paciente):' label; DOB two days after; service "
            "dates and codes in a sentence; service office not for appeals; 4 months of state review is the next level.",
            patient_name=pat, member_id=mid, claim_number=clm, notice_date=nd, service_dates=sd,
            procedure_codes=["90867", "90868"], diagnosis_codes=["F32.2"], denial_category="prior_authorization",
            plan_type="chip", urgent=False, appeal_deadline=add_days(nd, 60), deadline_basis=basis,
            appeals_address=", ".join(addr))
    return k, "\n".join([cov.strings(), p1.strings(), p2.strings(), hdr])


# ---------------------------------------------------------------- 17
def case17():
    import docx
    from docx.shared import Pt, RGBColor
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    f = "17-empleador-tpa-spravato-escalonada-docx.docx"
    nd = D("2026-11-09")
    pat, mid, clm = "Joaquín Arellano Prieto", "CAV-FICT-118830", "PB-2611-09-3382"
    sd = [D("2026-10-14"), D("2026-10-17")]
    addr = ["Plan de Salud de Empleados de Cooperativa Agrícola del Valle", "a/c Puente Benefits",
            "Unidad de Apelaciones", "PO Box 2290", "Ciudad Alameda, CA 95999"]
    basis = "dentro de 180 días a partir de la fecha en que reciba esta notificación"
    doc = docx.Document()
    st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.footer.paragraphs[0].text = FICT_ES

    def shade(cell, color="D9D9D9"):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), color)
        tcPr.append(s)
    h = doc.add_paragraph(); r = h.add_run("PUENTE BENEFITS"); r.bold = True; r.font.size = Pt(16)
    h.add_run("\nAdministrador de terceros  -  1800 Avenida Central, Ciudad Alameda, CA 95998 (correspondencia general)")
    doc.add_paragraph(FICT_ES).runs[0].bold = True
    t = doc.add_table(rows=4, cols=4); t.style = "Table Grid"
    cells = [("Fecha de la notificación", es(nd)), ("Paciente", pat), ("Identificación del miembro", mid),
             ("Número de reclamación", clm), ("Fecha de nacimiento", "07/11/1985"), ("Grupo", "CAV-0091"),
             ("Recibida", dmy(D("2026-10-29"))), ("Diagnóstico", "F33.2")]
    for i, (a, b) in enumerate(cells):
        row, col = (i // 4) * 2, i % 4
        t.cell(row, col).text = a; shade(t.cell(row, col))
        t.cell(row, col).paragraphs[0].runs[0].bold = True
        t.cell(row + 1, col).text = b
    doc.add_paragraph()
    p = doc.add_paragraph(); p.add_run("Notificación de determinación adversa de beneficios").bold = True
    doc.add_paragraph(f"Estimado Sr. Arellano Prieto: Puente Benefits administra las reclamaciones del Plan de Salud de "
                      "Empleados de Cooperativa Agrícola del Valle, un plan autofinanciado por su empleador y sujeto a "
                      "ERISA. Revisamos la reclamación de esketamina en aerosol nasal (Spravato) que se indica abajo.")
    t2 = doc.add_table(rows=5, cols=4); t2.style = "Table Grid"
    data = [["Fecha del servicio", "Código", "Unidades", "Resultado"],
            [dmy(sd[0]), "J0013", "56", "Negado"], [dmy(sd[0]), "99214", "1", "Negado"],
            [dmy(sd[1]), "J0013", "56", "Negado"], [dmy(sd[1]), "99214", "1", "Negado"]]
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            t2.cell(i, j).text = v
            if i == 0:
                shade(t2.cell(i, j))
    doc.add_paragraph()
    doc.add_paragraph("Motivo: el plan aplica un requisito de terapia escalonada. Spravato se cubre después de que el "
                      "paciente haya probado dos antidepresivos orales de clases distintas y una estrategia de "
                      "potenciación. La información recibida muestra dos antidepresivos pero ninguna potenciación, por "
                      "lo que no se cumplió el requisito. Puede pedir gratis los criterios usados.")
    p = doc.add_paragraph(); p.add_run("Cómo apelar").bold = True
    doc.add_paragraph(f"Usted puede apelar {basis}. La oficina de la Avenida Central no recibe apelaciones. Envíe su "
                      "apelación, con esta notificación y sus expedientes, a:")
    for a in addr:
        doc.add_paragraph(a).paragraph_format.left_indent = Pt(36)
    doc.add_paragraph("Después de la decisión final puede pedir una revisión externa independiente, y tiene derecho a "
                      "presentar una demanda civil según la sección 502(a) de ERISA. Teléfono: 555-0103.")
    doc.core_properties.author = "FICTIONAL"
    doc.save(f"{OUT}/{f}")
    d2 = docx.Document(f"{OUT}/{f}")
    text = "\n".join(pp.text for pp in d2.paragraphs) + "\n" + "\n".join(
        c.text for tb in d2.tables for row in tb.rows for c in row.cells) + "\n" + d2.sections[0].footer.paragraphs[0].text
    k = key(f, "FICTIONAL / MUESTRA FICTICIA: invented people, plans, numbers and addresses. Spanish letter in Word from the "
            "TPA of a self-funded employer plan: a 4 x 4 gridded header of shaded labels over values (notice date in "
            "words, DOB 07/11/1985 and a received date 29/10/2026 beside it); a services table with day-first dates "
            "(14/10, 17/10); Spravato step therapy; 'a/c' care-of block; general correspondence office not for "
            "appeals. Administrator Puente Benefits, plan Plan de Salud de Empleados de Cooperativa Agrícola del Valle.",
            patient_name=pat, member_id=mid, claim_number=clm, notice_date=nd, service_dates=sd,
            procedure_codes=["J0013", "99214"], diagnosis_codes=["F33.2"], denial_category="step_therapy",
            plan_type="employer_erisa", urgent=False, appeal_deadline=add_days(nd, 180), deadline_basis=basis,
            appeals_address=", ".join(addr))
    return k, text


# ---------------------------------------------------------------- 18
def case18():
    f = "18-medicaid-pago-por-servicio-dolor-html-base64.eml"
    nd = D("2026-11-13")
    pat, mid, clm = "Aurelio Campos Sandoval", "88FICT20417", "2026-305-118842"
    sd = [D("2026-10-29")]
    dl = add_days(nd, 90)
    addr = ["Departamento de Servicios Humanos", "Oficina de Audiencias Imparciales", "600 Calle Capitolio",
            "Piso 4", "Santa Clara del Río, NM 87998"]
    basis = f"a más tardar el {es(dl)}"
    rows = [("Beneficiario", pat), ("Número de Medicaid", mid), ("Fecha de nacimiento", "15/11/1966"),
            ("Número de control de la reclamación (ICN)", clm), ("Fecha del aviso", dmy(nd)),
            ("Fecha del servicio", dmy(sd[0])), ("Códigos", "64493, 64494"), ("Diagnóstico", "M47.816"),
            ("Proveedor", "Centro de Dolor Río Bravo")]
    html = ("<html><head><meta charset='utf-8'></head><body style='font-family:Verdana'>"
            "<p><b>Programa Medicaid del Estado - Aviso de acción (pago por servicio)</b></p>"
            f"<p>Estimado Sr. {pat}:</p>"
            "<p>Este correo contiene el aviso que pidió recibir por vía electrónica.</p>"
            "<table border='1' cellspacing='0' cellpadding='5'>" +
            "".join(f"<tr><th align='left' bgcolor='#dddddd'>{a}</th><td>{b}</td></tr>" for a, b in rows) +
            "</table>"
            "<p><b>Decisión:</b> Medicaid no pagará las inyecciones de las articulaciones facetarias lumbares. Estas "
            "inyecciones se cubren cuando el expediente muestra al menos tres meses de tratamiento conservador "
            "(terapia física, medicamentos) sin alivio. El expediente no lo muestra, por lo que el servicio no se "
            "consideró médicamente necesario.</p>"
            "<p><b>Su derecho a una audiencia imparcial:</b> Si no está de acuerdo, puede pedir una audiencia imparcial "
            f"estatal. Tiene 90 días desde la fecha de envío de este aviso: su solicitud debe llegar {basis}. Si su "
            "servicio continuaba y quiere que siga mientras espera la audiencia, pídala dentro de 10 días. Envíe su "
            "solicitud de audiencia a:</p><p>" + "<br>".join(addr) + "</p>"
            "<p>No envíe solicitudes de audiencia a la unidad de reclamaciones (Apartado 700). Puede llamar al "
            "555-0109 para ayuda gratuita.</p>"
            f"<p style='color:#777;font-size:10px'>{FICT_ES}</p></body></html>")
    msg = email.message.EmailMessage()
    msg["From"] = "Medicaid Avisos <avisos@dsh-estado.example>"
    msg["To"] = "aurelio.campos@correo.example"
    msg["Subject"] = f"Aviso de acción - reclamación {clm}"
    msg["Date"] = "Mon, 16 Nov 2026 10:20:05 -0700"
    msg["Message-ID"] = "<fict-18-20261116@dsh-estado.example>"
    msg.set_content(html, subtype="html", charset="utf-8", cte="base64")
    open(f"{OUT}/{f}", "wb").write(msg.as_bytes())
    import re
    text = re.sub(r"<[^>]+>", " ", html)
    k = key(f, "FICTIONAL / MUESTRA FICTICIA: invented people, plans, numbers and addresses. Spanish Medicaid "
            "fee-for-service notice of action as an HTML-only e-mail, base64, UTF-8, sent three days after its date; "
            "facts in a bordered HTML table (DOB 15/11/1966, an ICN as the claim number); the state fair hearing is "
            "the first step, its request place is the appeals address, and its deadline is stated as a date (notice + "
            "90) beside '90 días'; 10 days to keep services is not the window; claims unit not for hearings.",
            patient_name=pat, member_id=mid, claim_number=clm, notice_date=nd, service_dates=sd,
            procedure_codes=["64493", "64494"], diagnosis_codes=["M47.816"], denial_category="medical_necessity",
            plan_type="medicaid", urgent=False, appeal_deadline=dl, deadline_basis=basis,
            appeals_address=", ".join(addr))
    return k, text


CASES = [case10, case11, case12, case13, case14, case15, case16, case17, case18]
