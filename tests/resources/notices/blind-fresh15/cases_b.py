"""Cases 10-18 of the intake15 blind set (13-18 in Spanish). Everything here is FICTIONAL."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

from render import Page

FICT = "FICTIONAL SAMPLE NOTICE - invented plan, people and numbers - not a real document"
FICT_ES = "MUESTRA FICTICIA - plan, personas y números inventados - no es un documento real"


def _borders(table, on=True):
    tbl = table._tbl
    pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "single" if on else "nil")
        el.set(qn("w:sz"), "6")
        el.set(qn("w:color"), "000000")
        b.append(el)
    pr.append(b)


def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:fill"), hexcolor)
    tcPr.append(sh)


def _par(doc_or_cell, text, bold=False, size=10.5, italic=False, align=None, space_after=4):
    par = doc_or_cell.add_paragraph()
    run = par.add_run(text)
    run.bold, run.italic = bold, italic
    run.font.size = Pt(size)
    par.paragraph_format.space_after = Pt(space_after)
    if align == "c":
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return par


# ---------------------------------------------------------------------------------------------- 10
def _docx10(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Liberation Serif", Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    _par(d, "COVENANT BENEFIT TRUST", True, 15, space_after=0)
    _par(d, "of the Great Plains Conference  -  a church plan  -  benefits office 1200 Prairie Chapel Road, "
            "Ashgrove, KS 66998", size=8.5, italic=True)
    _par(d, "Notice of Adverse Benefit Determination", True, 13, align="c")
    t = d.add_table(rows=2, cols=4)
    _borders(t)
    labels = ["Date of this notice", "Plan member", "Member number", "Claim no."]
    vals = ["December 1, 2026", "Samuel K. Okonkwo", "LMB-FICT-20774", "26-11-0074533"]
    for i in range(4):
        t.cell(0, i).text = labels[i]
        _shade(t.cell(0, i), "D9D9D9")
        t.cell(1, i).text = vals[i]
    t2 = d.add_table(rows=2, cols=4)
    _borders(t2)
    for i, (a, b) in enumerate([("Date of birth", "11/29/1975"), ("Employer", "St. Brendan Parish, Ashgrove"),
                                ("Provider", "Clearwater Interventional Psychiatry"), ("Claim received", "11/12/2026")]):
        t2.cell(0, i).text = a
        _shade(t2.cell(0, i), "D9D9D9")
        t2.cell(1, i).text = b
    _par(d, "")
    _par(d, "Dear Pastor Okonkwo,")
    _par(d, "The Trust has reviewed the claim from Clearwater Interventional Psychiatry for esketamine nasal spray "
            "(Spravato) treatment sessions. The lines of the claim are shown below.")
    t3 = d.add_table(rows=1, cols=6)
    _borders(t3)
    for i, h in enumerate(["Date of service", "Code", "Units", "Charge", "Trust paid", "Decision"]):
        t3.cell(0, i).text = h
        _shade(t3.cell(0, i), "D9D9D9")
    for row in [("11/03/2026", "J0013", "84", "$1,092.00", "$0.00", "Denied"),
                ("11/03/2026", "99415", "1", "$120.00", "$0.00", "Denied"),
                ("11/05/2026", "J0013", "84", "$1,092.00", "$0.00", "Denied"),
                ("11/05/2026", "99415", "1", "$120.00", "$0.00", "Denied")]:
        cells = t3.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    _par(d, "")
    _par(d, "Diagnosis on the claim: F33.2 (major depressive disorder, recurrent, severe without psychotic features).")
    _par(d, "Reason for the decision", True)
    _par(d, "The Trust's prescription drug guideline for esketamine is a step-therapy rule: it is covered after "
            "adequate trials of at least two oral antidepressants of different classes in the current episode and "
            "one trial of an augmenting agent (an atypical antipsychotic or lithium). The records show sertraline "
            "and bupropion trials but no augmentation trial, so the step requirement was not met. The Trust did not "
            "decide that the treatment is unsafe or ineffective for you; if your doctor shows that augmentation was "
            "tried, is contraindicated, or would harm you, the Trust will review the claim again.")
    _par(d, "Your right to appeal", True)
    _par(d, "You may appeal to the Trust's Appeals Committee within 180 days after you receive this notice. Write to:")
    for ln in ["Covenant Benefit Trust of the Great Plains Conference", "Appeals Committee",
               "1200 Prairie Chapel Road", "Ashgrove, KS 66999"]:
        p = _par(d, ln, space_after=0)
        p.paragraph_format.left_indent = Cm(1.5)
    _par(d, "")
    _par(d, "The Trust is a church plan under section 3(33) of ERISA and is not governed by ERISA. It follows the "
            "claims and appeals standards of the Internal Revenue Code. After the Appeals Committee's final decision "
            "you may ask for an external review of a decision that involves medical judgment. Questions about this "
            "notice: 1-555-0126. Claim forms and bills go to the benefits office in the heading; that office does not "
            "decide appeals.")
    _par(d, "In Christ's service,")
    _par(d, "Claims Review Staff, Covenant Benefit Trust")
    f = sec.footer.paragraphs[0]
    f.text = FICT + "   |   CBT-ABD rev. 03/2026"
    d.save(path)


def c10():
    key = dict(
        patient_name="Samuel K. Okonkwo", member_id="LMB-FICT-20774", claim_number="26-11-0074533",
        notice_date="2026-12-01", service_dates=["2026-11-03", "2026-11-05"], procedure_codes=["J0013", "99415"],
        diagnosis_codes=["F33.2"], denial_category="step_therapy", plan_type="church", urgent=False,
        appeal_deadline="2027-05-30", deadline_basis="within 180 days after you receive this notice",
        appeals_address="Covenant Benefit Trust of the Great Plains Conference, Appeals Committee, "
                        "1200 Prairie Chapel Road, Ashgrove, KS 66999",
    )
    note = ("Church plan (not governed by ERISA) Word letter: two boxed header tables of four shaded label cells "
            "over four value cells (notice date, member, member number, claim; DOB two days before, claim received), "
            "a claim-line table (Spravato J0013 84 units with 99415 on two days), step therapy. The patient is "
            "greeted as 'Pastor Okonkwo' (no title in the key). The benefits office in the heading is not for appeals.")
    return dict(slug="10-church-plan-spravato-step-docx", kind="docx", ext="docx", build=_docx10, key=key, note=note)


# ---------------------------------------------------------------------------------------------- 11
def c11():
    plain = """State Employees' Health Benefit Program
Claims administered by Mesa Verde Claims Administration

FICTIONAL SAMPLE NOTICE - invented plan, people and numbers - not a real document

Notice date: November 10, 2026

Dear Ms. Brandt,

This notice is about a claim for your daughter, who is covered as your dependent.

  Subscriber:      Katrin Brandt (ID SEH-FICT-661204-01)
  Patient:         Lena Brandt (ID SEH-FICT-661204-02), date of birth 11/12/2009
  Claim:           5530-2611-8842
  Provider:        Foothill Family Therapy, LLC
  Services:        90837 psychotherapy, 60 minutes - 10/07/2026, 10/14/2026, 10/21/2026
                   90846 family psychotherapy without the patient - 10/14/2026
  Diagnosis:       F43.10
  Adjustment:      CO-50 (not medically necessary)

What we decided: We will not pay for these sessions. Our behavioral health reviewer found that weekly
60-minute sessions in addition to the intensive outpatient program Lena attended in September are more
than her records show she needs. The plan's level-of-care guideline asks for a treatment plan update when
outpatient therapy continues at this frequency after a higher level of care; none was sent.

The guideline and the reviewer's notes are free on request.

Appeal: You, Lena (she is 17), or the provider with your written permission may appeal. Because the 180th
day after this notice falls on a Sunday, your appeal must be received no later than May 10, 2027.
Mail or fax it to:

  State Employees' Health Benefit Program
  c/o Mesa Verde Claims Administration
  Appeals Unit
  PO Box 88140
  Sunfield, CO 80999
  Fax 1-555-0113

Please do not send appeals to the Program's enrollment office at the State Office Building; it cannot
accept them. This is a governmental plan of the State and is not subject to ERISA. After the final
internal appeal you may ask for an external review.

Member Services 1-555-0112
"""
    rows = "".join(f"<tr><td style='background:#eef;padding:4px'><b>{a}</b></td><td style='padding:4px'>{b}</td></tr>"
                   for a, b in [
                       ("Subscriber", "Katrin Brandt (ID SEH-FICT-661204-01)"),
                       ("Patient", "Lena Brandt (ID SEH-FICT-661204-02), date of birth 11/12/2009"),
                       ("Claim", "5530-2611-8842"),
                       ("Provider", "Foothill Family Therapy, LLC"),
                       ("Services", "90837 psychotherapy, 60 minutes - 10/07/2026, 10/14/2026, 10/21/2026<br>"
                                    "90846 family psychotherapy without the patient - 10/14/2026"),
                       ("Diagnosis", "F43.10"),
                       ("Adjustment", "CO-50 (not medically necessary)")])
    html = f"""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<div style="border-bottom:3px solid #335;padding:6px"><span style="font-size:18px;color:#335"><b>State Employees' Health Benefit Program</b></span><br>
<span style="font-size:11px">Claims administered by Mesa Verde Claims Administration</span></div>
<p style="color:#900;font-size:11px">FICTIONAL SAMPLE NOTICE - invented plan, people and numbers - not a real document</p>
<p><b>Notice date:</b> November 10, 2026</p>
<p>Dear Ms. Brandt,</p>
<p>This notice is about a claim for your daughter, who is covered as your dependent.</p>
<table style="border-collapse:collapse;border:1px solid #99a">{rows}</table>
<p><b>What we decided:</b> We will not pay for these sessions. Our behavioral health reviewer found that weekly
60-minute sessions in addition to the intensive outpatient program Lena attended in September are more
than her records show she needs. The plan's level-of-care guideline asks for a treatment plan update when
outpatient therapy continues at this frequency after a higher level of care; none was sent.</p>
<p>The guideline and the reviewer's notes are free on request.</p>
<p><b>Appeal:</b> You, Lena (she is 17), or the provider with your written permission may appeal. Because the 180th
day after this notice falls on a Sunday, your appeal must be received no later than May 10, 2027.
Mail or fax it to:</p>
<p style="margin-left:24px">State Employees' Health Benefit Program<br>c/o Mesa Verde Claims Administration<br>Appeals Unit<br>PO Box 88140<br>Sunfield, CO 80999<br>Fax 1-555-0113</p>
<p>Please do not send appeals to the Program's enrollment office at the State Office Building; it cannot
accept them. This is a governmental plan of the State and is not subject to ERISA. After the final
internal appeal you may ask for an external review.</p>
<p>Member Services 1-555-0112</p></body></html>"""
    headers = {
        "From": "SEHBP Member Notices <notices@mesaverde-claims.example>",
        "To": "Katrin Brandt <kbrandt@homemail.example>",
        "Date": "Wed, 11 Nov 2026 07:45:03 -0700",
        "Subject": "Claim decision notice for a dependent on your plan",
    }
    key = dict(
        patient_name="Lena Brandt", member_id="SEH-FICT-661204-02", claim_number="5530-2611-8842",
        notice_date="2026-11-10", service_dates=["2026-10-07", "2026-10-14", "2026-10-21"],
        procedure_codes=["90837", "90846"], diagnosis_codes=["F43.10"], carc_codes=["CO-50"],
        denial_category="medical_necessity", plan_type="governmental", urgent=False, appeal_deadline="2027-05-10",
        deadline_basis="must be received no later than May 10, 2027",
        appeals_address="State Employees' Health Benefit Program, c/o Mesa Verde Claims Administration, Appeals Unit, "
                        "PO Box 88140, Sunfield, CO 80999",
    )
    note = ("State employees' plan (governmental) via a claims administrator (administrator Mesa Verde Claims "
            "Administration; plan State Employees' Health Benefit Program), e-mailed to the subscriber mother about "
            "her dependent daughter: multipart/alternative, both parts quoted-printable. The patient's row carries "
            "her own ID (-02) and DOB two days after the notice; the subscriber row (-01) is not the patient. A "
            "stated date (the 180th day, a Sunday, moved to Monday) wins. E-mail Date a day after the notice.")
    return dict(slug="11-state-employees-dependent-email-qp", kind="eml", ext="eml", key=key, note=note,
                eml=dict(headers=headers, parts=[("plain", plain, "quoted-printable", "utf-8"),
                                                 ("html", html, "quoted-printable", "utf-8")]))


# ---------------------------------------------------------------------------------------------- 12
def c12():
    p = Page()
    p.text(54, 54, "AURORA STUDENT HEALTH PLAN", "sans-b", 14)
    p.text(54, 67, "Underwritten for Northfield State University students  *  administered by Campus Benefit Services LLC",
           "sans", 7.8)
    p.line(54, 74, 558, 74, 2)
    p.rect(54, 84, 504, 58, lw=0.8)
    col = [("Insured student", "Priya N. Raman"), ("Member ID", "UHP-FICT-2026-55102"),
           ("Student ID", "902 118 447"), ("Date of birth", "11/07/2004")]
    col2 = [("Claim #", "26SHP0918830"), ("Date of notice", "November 9, 2026"),
            ("Provider", "Northfield Sports & Spine"), ("Adjustment code", "CO-50")]
    p.kv(60, 98, col, 84, "sans", 8.6, 12)
    p.kv(312, 98, col2, 84, "sans", 8.6, 12)
    # two columns of body text
    lx, rx, cw = 54, 318, 240
    y = 166
    left = [
        ("h", "About this decision"),
        ("p", "Dear Priya,"),
        ("p", "We reviewed the claim from Northfield Sports & Spine for trigger point injections in your upper back "
              "and shoulders (procedure code 20553) that you received on September 30, 2026 and October 14, 2026, for "
              "myalgia of other sites (M79.18)."),
        ("p", "Decision: denied. The plan covers trigger point injections for muscle pain that has not improved "
              "after at least six weeks of a supervised exercise or physical therapy program, with no more than "
              "four injection sessions a year. The records show the injections began two weeks after your pain "
              "started and before any therapy was tried, so they were not medically necessary under the plan's "
              "guideline."),
        ("p", "The guideline, the reviewer's credentials and every document used are free on request."),
    ]
    right = [
        ("h", "How to appeal"),
        ("p", "You may appeal within 180 days following receipt of this notice. Put it in writing and mail it to:"),
        ("a", ["Aurora Student Health Plan", "c/o Campus Benefit Services LLC", "Appeals", "PO Box 4410",
               "Elm Prairie, IA 52999"]),
        ("p", "Do not bring appeals to the Student Health Center; staff there cannot file them for you."),
        ("p", "If your health would be in serious danger while you wait, call 1-555-0151 for an urgent appeal, "
              "decided within 72 hours. After our final decision you may ask for an independent external "
              "review. The Iowa insurance division's consumer assistance line can help."),
        ("h", "Other help"),
        ("p", "Member services 1-555-0150. Spanish: 1-555-0152."),
    ]

    def flow(x, y, items):
        for kind, v in items:
            if kind == "h":
                y = p.text(x, y + 4, v, "sans-b", 10.5) + 15
            elif kind == "p":
                y = p.para(x, y, cw, v, "serif", 10, 12.6) + 6
            else:
                y = p.lines(x + 16, y, v, "serif", 10, 12.4) + 6
        return y

    flow(lx, y, left)
    flow(rx, y, right)
    p.line(306, 160, 306, 600, 0.5)
    p.text(54, 756, FICT, "sans", 7.5)
    p.text(558, 756, "ASHP-NOD-11", "sans", 7.5, align="r")
    key = dict(
        patient_name="Priya N. Raman", member_id="UHP-FICT-2026-55102", claim_number="26SHP0918830",
        notice_date="2026-11-09", service_dates=["2026-09-30", "2026-10-14"], procedure_codes=["20553"],
        diagnosis_codes=["M79.18"], carc_codes=["CO-50"], denial_category="medical_necessity",
        plan_type="individual_aca", urgent=False, appeal_deadline="2027-05-08",
        deadline_basis="within 180 days following receipt of this notice",
        appeals_address="Aurora Student Health Plan, c/o Campus Benefit Services LLC, Appeals, PO Box 4410, "
                        "Elm Prairie, IA 52999",
    )
    note = ("Student health plan (keyed individual_aca) through an administrator (administrator Campus Benefit "
            "Services LLC; plan Aurora Student Health Plan), as an image-only scan of a page set in two columns of "
            "text under a boxed header of two label columns: the dates and codes in the left column's sentence, the "
            "appeal window and address in the right column. University student ID beside the member ID; DOB two "
            "days before the notice. Student Health Center not for appeals.")
    return dict(slug="12-student-plan-two-column-scan", kind="scan", ext="pdf", pages=[p], key=key, note=note,
                scan=dict(seed=1212, skew=0.9, specks=90, shade=16, blur=0.5))


# ---------------------------------------------------------------------------------------------- 13
def c13():
    p = Page()
    p.text(54, 56, "Salud Fronteriza", "serif-b", 19)
    p.text(54, 70, "Plan Comunitario de Medicaid (STAR)", "serif-i", 10)
    p.text(558, 56, "Servicios al Miembro: 1-555-0134", "sans", 8.5, align="r")
    p.text(558, 68, "TTY 711  *  Lunes a viernes, 8:00 a 6:00", "sans", 8.5, align="r")
    p.text(558, 80, "Oficina central: 15 Calle Ocampo, Ciudad del Río, TX 78998", "sans", 8, align="r")
    p.text(54, 112, "Fecha del aviso: 17 de noviembre de 2026", "serif", 11)
    y = p.lines(54, 136, ["María del Carmen Ibarra Solís", "2207 Calle Girasol", "Ciudad del Río, TX 78997"],
                "serif", 11, 14) + 8
    p.text(54, y, "AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", "sans-b", 12)
    y += 18
    p.rect(54, y, 504, 80, lw=0.8)
    p.kv(62, y + 15, [("Miembro:", "María del Carmen Ibarra Solís"), ("Número de Medicaid:", "FICT-TX-88301746"),
                      ("Fecha de nacimiento:", "19/11/1983"), ("Número de reclamación:", "MCD-26-7731904"),
                      ("Proveedor:", "Consultorio Psicológico Luna Azul (fuera de la red)")], 122, "sans", 9.5, 13)
    y += 98
    p.text(54, y, "Estimada Sra. Ibarra Solís:", "serif", 11)
    y += 20
    for b in [
        "Salud Fronteriza revisó la reclamación de psicoterapia individual de 45 minutos (código 90834) que recibió "
        "los días 06/10/2026, 13/10/2026 y 20/10/2026 por trastorno depresivo mayor, episodio único, moderado "
        "(F32.1). Negamos el pago.",
        "Motivo: el Consultorio Psicológico Luna Azul no participa en la red de Salud Fronteriza y los servicios "
        "no eran de emergencia. Tampoco teníamos una autorización para atención fuera de la red. Su plan tiene "
        "psicólogos de la red a menos de 10 millas de su casa que atienden en español.",
        "Si usted no encontró un proveedor de la red que pudiera atenderla a tiempo, díganos con quién intentó "
        "hacer cita y cuándo. Eso puede cambiar nuestra decisión.",
        "Su derecho a apelar: usted puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. "
        "Puede llamarnos o escribirnos. Envíe su apelación por escrito a:",
    ]:
        y = p.para(54, y, 504, b, "serif", 10.5, 13.4) + 6
    y = p.lines(96, y, ["Salud Fronteriza Plan Comunitario", "Departamento de Apelaciones",
                        "901 Avenida Las Palmas, Suite 210", "Ciudad del Río, TX 78999"], "serif", 10.5, 13.2) + 6
    y = p.para(54, y, 504, "No envíe apelaciones a la oficina central. Si usted ya recibía estos servicios y quiere "
               "que continúen durante la apelación, debe apelar dentro de 10 días. Si mantenemos nuestra decisión, "
               "puede pedir una audiencia imparcial estatal dentro de 120 días a partir de la fecha de nuestra "
               "carta de resolución.", "serif", 10.5, 13.4) + 6
    p.para(54, y, 504, "Atentamente, Departamento de Gestión de Utilización, Salud Fronteriza.", "serif", 10.5, 13.4)
    p.text(54, 760, FICT_ES, "sans", 7.5)
    key = dict(
        patient_name="María del Carmen Ibarra Solís", member_id="FICT-TX-88301746", claim_number="MCD-26-7731904",
        notice_date="2026-11-17", service_dates=["2026-10-06", "2026-10-13", "2026-10-20"],
        procedure_codes=["90834"], diagnosis_codes=["F32.1"], denial_category="out_of_network",
        plan_type="medicaid", urgent=False, appeal_deadline="2027-01-16",
        deadline_basis="dentro de 60 días a partir de la fecha de este aviso",
        appeals_address="Salud Fronteriza Plan Comunitario, Departamento de Apelaciones, 901 Avenida Las Palmas, "
                        "Suite 210, Ciudad del Río, TX 78999",
    )
    note = ("MUESTRA FICTICIA / FICTIONAL. Spanish Medicaid managed-care letter photographed held in one hand in a "
            "dim kitchen: the page bows, a thumb on the left edge, a table edge at the bottom, warm light and a "
            "shadow from the top right. Service dates day-first in a sentence with no hint (06/10/2026 reads two "
            "ways; 13/10 and 20/10 only day first); DOB 19/11/1983 two days after the notice. Head office not for "
            "appeals; 10-day continuation and 120-day fair hearing are not the window.")
    return dict(slug="13-medicaid-mco-fuera-de-red-foto-mano", kind="photo", ext="jpg", pages=[p], key=key, note=note,
                photo=dict(seed=1313, dpi=180, out=(1800, 2400),
                           corners=[(0.09, 0.05), (0.95, 0.08), (0.93, 0.96), (0.05, 0.93)], curl=0.05, rot=-2.4,
                           dim=0.66, vignette=0.5, light=(1.0, 0.9, 0.74),
                           thumb=(0.05, 0.42, 0.05, 0.09, -10),
                           edge=dict(poly=[(0, 0.95), (1, 0.97), (1, 1), (0, 1)], color=(58, 40, 30)),
                           shadow=dict(poly=[(0.5, 0), (1, 0), (1, 0.4)], depth=0.4, blur=70)))


# ---------------------------------------------------------------------------------------------- 14
def c14():
    cover = Page()
    cover.text(72, 80, "TRANSMISIÓN POR FAX", "sans-b", 26)
    cover.kv(72, 130, [("Fecha:", "25/11/2026"), ("Para:", "Centro de Salud Mental Los Almendros"),
                       ("Atención:", "Facturación / Dra. Inés Quiñones"), ("Fax:", "555-0146"),
                       ("De:", "Plan Isla Dorada, Revisión de Utilización"), ("Fax:", "555-0196"),
                       ("Páginas:", "2 (incluye esta portada)")], 90, "sans", 12, 22)
    cover.para(72, 320, 468, "AVISO DE CONFIDENCIALIDAD: este fax contiene información de salud protegida. Si lo "
               "recibió por error, llame al 1-555-0196 y destruya todas las páginas.", "sans", 10, 13)
    cover.text(72, 740, FICT_ES, "sans", 8)
    p = Page()
    p.text(72, 58, "Plan Isla Dorada Medicare Advantage", "serif-b", 15)
    p.text(72, 72, "Calle Fortaleza 250, Bahía Serena, PR 00998", "serif", 9)
    p.text(306, 100, "AVISO DE DENEGACIÓN DE PAGO", "sans-b", 13, align="c")
    p.text(306, 114, "(copia para el proveedor)", "sans", 9, align="c")
    y = p.kv(72, 140, [("Fecha del aviso:", "24 de noviembre de 2026"), ("Afiliado:", "José Luis Arriaga Benítez"),
                       ("Núm. de miembro:", "MAP-FICT-44018275"), ("Reclamación núm.:", "2026-PR-330918"),
                       ("Proveedor:", "Centro de Salud Mental Los Almendros"),
                       ("Fechas de servicio:", "03/11/2026 y 07/11/2026"),
                       ("Servicio:", "G2083 (esketamina autoadministrada bajo supervisión, más de 56 mg)"),
                       ("Diagnóstico:", "F33.2")], 120, "serif", 11, 15) + 10
    for b in [
        "Negamos el pago de estos servicios porque no son médicamente necesarios según las reglas de cobertura "
        "de Medicare que aplica el plan. La guía del plan cubre la esketamina dos veces por semana durante las "
        "primeras cuatro semanas y luego una vez por semana si hay respuesta. Estas visitas corresponden a la "
        "semana 7 de tratamiento y siguen siendo dos por semana, sin una nota que explique la necesidad.",
        "El afiliado, su representante o el médico que lo trata pueden pedir una reconsideración del plan dentro "
        "de 65 días a partir de la fecha de este aviso. Envíe la solicitud por escrito a:",
    ]:
        y = p.para(72, y, 468, b, "serif", 11, 14) + 6
    y = p.lines(108, y, ["Plan Isla Dorada Medicare Advantage", "Unidad de Apelaciones y Querellas",
                         "Apartado Postal 70419", "Bahía Serena, PR 00999"], "serif", 11, 14) + 6
    p.para(72, y, 468, "No envíe apelaciones a la oficina de la Calle Fortaleza. Si el plan mantiene su decisión, "
           "enviará el caso automáticamente a una entidad de revisión independiente.", "serif", 11, 14)
    p.text(72, 750, FICT_ES, "serif", 8)
    key = dict(
        patient_name="José Luis Arriaga Benítez", member_id="MAP-FICT-44018275", claim_number="2026-PR-330918",
        notice_date="2026-11-24", service_dates=["2026-11-03", "2026-11-07"], procedure_codes=["G2083"],
        diagnosis_codes=["F33.2"], denial_category="medical_necessity", plan_type="medicare_advantage",
        urgent=False, appeal_deadline="2027-01-28",
        deadline_basis="dentro de 65 días a partir de la fecha de este aviso",
        appeals_address="Plan Isla Dorada Medicare Advantage, Unidad de Apelaciones y Querellas, "
                        "Apartado Postal 70419, Bahía Serena, PR 00999",
    )
    note = ("MUESTRA FICTICIA / FICTIONAL. Spanish Medicare Advantage payment denial, the provider's copy, received "
            "as a two-page 1-bit fax in standard mode (204 x 98 dpi, Group 4 TIFF): a cover sheet dated 25/11/2026, "
            "then the notice dated 24 de noviembre de 2026. Service dates 03/11/2026 and 07/11/2026 are day-first "
            "with no hint (either reading falls before the notice; Spanish, so day first). The plan's street office "
            "is not for appeals.")
    headers = ["25/11/2026 14:07  PLAN ISLA DORADA UR   7875550196     P.{n}/2"]
    return dict(slug="14-medicare-advantage-fax-proveedor", kind="fax", ext="tif", pages=[cover, p], key=key,
                note=note, headers=headers, fine=False, seed=1414)


# ---------------------------------------------------------------------------------------------- 15
def c15():
    p = Page(792, 612)  # landscape statement
    p.text(40, 44, "Servicios Administrativos Costanera, Inc.", "sans-b", 14)
    p.text(40, 57, "Administrador del Plan Médico de Empleados de Distribuidora Tres Ríos (autofinanciado)",
           "sans", 8.5)
    p.text(752, 44, "EXPLICACIÓN DE BENEFICIOS", "sans-b", 13, align="r")
    p.text(752, 57, "ESTO NO ES UNA FACTURA", "sans-b", 8.5, align="r")
    p.rect(40, 66, 712, 46, lw=0.8)
    p.kv(48, 80, [("Paciente:", "Rosa Elena Cárdenas Villaseñor"), ("ID de miembro:", "STR-FICT-7045512-01")], 78,
         "sans", 9, 12.5)
    p.kv(320, 80, [("Fecha del estado de cuenta:", "20/11/2026"), ("Fecha de nacimiento:", "18/11/1970")], 140,
         "sans", 9, 12.5)
    p.kv(570, 80, [("Grupo:", "DTR-2210"), ("Página:", "1 de 1")], 50, "sans", 9, 12.5)
    cols = [("Reclamación", 92), ("Proveedor", 128), ("Fecha de\nservicio", 62), ("Código", 48), ("Cargo", 60),
            ("Permitido", 60), ("Pagado\npor el plan", 66), ("Su\nresponsabilidad", 84), ("Ajuste", 52), ("Nota", 60)]
    rows = [
        ["TR26-10-55127", "Clínica del Dolor\nSan Gabriel", "15/10/2026", "99214", "185,00", "131,20", "104,96",
         "26,24", "CO-45", "A"],
        ["TR26-11-60381", "Clínica del Dolor\nSan Gabriel", "29/10/2026", "96365", "720,00", "0,00", "0,00", "0,00",
         "CO-55", "B"],
        ["", "", "29/10/2026", "J3490", "260,00", "0,00", "0,00", "0,00", "CO-55", "B"],
        ["", "", "05/11/2026", "96365", "720,00", "0,00", "0,00", "0,00", "CO-55", "B"],
        ["", "", "05/11/2026", "96366", "310,00", "0,00", "0,00", "0,00", "CO-55", "B"],
        ["", "", "05/11/2026", "J3490", "260,00", "0,00", "0,00", "0,00", "CO-55", "B"],
        ["TR26-11-61004", "Terapia Física\nRío Grande", "02/11/2026", "97110", "140,00", "96,00", "76,80", "19,20",
         "CO-45", "A"],
    ]
    y = p.table(40, 122, cols, rows, size=8, head_fill=(0.88, 0.88, 0.88)) + 14
    p.text(40, y, "Diagnóstico de la reclamación TR26-11-60381: G90.521", "sans", 8.8)
    y += 16
    y = p.para(40, y, 712, "A  Pagado según la tarifa del plan; la diferencia entre el cargo y lo permitido no le "
               "corresponde a usted (CO-45).", "sans", 8.6, 11.4) + 2
    y = p.para(40, y, 712, "B  Denegado (CO-55): las infusiones intravenosas de ketamina para el síndrome de dolor "
               "regional complejo se consideran experimentales o en investigación según la política médica MP-417 "
               "del plan. El plan pagó la consulta, pero no las infusiones.", "sans", 8.6, 11.4) + 10
    p.text(40, y, "Su derecho a apelar", "sans-b", 10)
    y = p.para(40, y + 14, 712, "Usted o su representante puede apelar dentro de los 180 días siguientes a la fecha "
               "en que reciba este estado de cuenta. Envíe su apelación por escrito, con el número de reclamación y "
               "los documentos que la apoyen, a: Plan Médico de Empleados de Distribuidora Tres Ríos, a/c Servicios "
               "Administrativos Costanera, Inc., Unidad de Apelaciones, PO Box 61022, San Lázaro del Monte, NM 87999. "
               "Las reclamaciones nuevas se envían al PO Box 61000; ese apartado no recibe apelaciones.", "sans", 8.6,
               11.4) + 4
    p.para(40, y, 712, "El plan es autofinanciado por su empleador y se rige por ERISA. Después de la decisión final "
           "puede pedir una revisión externa independiente. Apelaciones urgentes: 1-555-0137.", "sans", 8.6, 11.4)
    p.text(40, 580, FICT_ES, "sans", 7.5)
    key = dict(
        patient_name="Rosa Elena Cárdenas Villaseñor", member_id="STR-FICT-7045512-01", claim_number="TR26-11-60381",
        notice_date="2026-11-20", service_dates=["2026-10-29", "2026-11-05"], procedure_codes=["96365", "J3490", "96366"],
        diagnosis_codes=["G90.521"], carc_codes=["CO-55"], denial_category="experimental_investigational",
        plan_type="employer_erisa", urgent=False, appeal_deadline="2027-05-19",
        deadline_basis="dentro de los 180 días siguientes a la fecha en que reciba este estado de cuenta",
        appeals_address="Plan Médico de Empleados de Distribuidora Tres Ríos, a/c Servicios Administrativos Costanera, "
                        "Inc., Unidad de Apelaciones, PO Box 61022, San Lázaro del Monte, NM 87999",
    )
    note = ("MUESTRA FICTICIA / FICTIONAL. Spanish EOB of a self-funded employer plan through its administrator "
            "(administrator Servicios Administrativos Costanera, Inc.; plan Plan Médico de Empleados de Distribuidora "
            "Tres Ríos), landscape text PDF: three claims, two paid (CO-45; 15/10 and 02/11, 99214 and 97110 not in the "
            "key), the denied claim's five rows over two days, four without a claim number; decimal commas; "
            "day-first dates with no hint (DOB 18/11/1970 two days before the statement); appeals address inside a "
            "sentence after 'a/c'; claims box not for appeals.")
    return dict(slug="15-eob-empleador-ketamina-dolor-apaisado", kind="pdf", ext="pdf", pages=[p], key=key, note=note)


# ---------------------------------------------------------------------------------------------- 16
def c16():
    p = Page()
    p.text(54, 56, "Plan Pequeños Pasos", "sans-b", 17)
    p.text(54, 70, "Programa de Seguro Médico para Niños (CHIP) de Arizona  -  CHIP no es Medicaid", "sans", 8.5)
    p.line(54, 78, 558, 78, 1.5)
    # left narrow column: boxed case data; right: letter
    lx, lw = 54, 150
    p.rect(lx, 92, lw, 300, lw=0.8, fill=(0.93, 0.93, 0.93))
    p.text(lx + 6, 108, "DATOS DEL CASO", "sans-b", 9)
    yy = 126
    for lab, val in [("Fecha", "20 de noviembre de 2026"), ("Niña (paciente)", "Valeria Ximena Ortega Ruiz"),
                     ("ID de miembro", "CHP-FICT-7710394"), ("Fecha de nacimiento", "22/11/2009"),
                     ("Núm. de reclamación", "CHIP-26-4409127"), ("Proveedor", "NeuroSalud Tucsonense"),
                     ("Diagnóstico", "F33.1"), ("Códigos", "90867, 90868")]:
        p.text(lx + 6, yy, lab, "sans", 7.8)
        p.text(lx + 6, yy + 12, val, "sans-b", 8.8)
        yy += 33
    rx, rw = 222, 336
    y = p.lines(rx, 100, ["Sr. Héctor Ortega Luján", "1840 Calle Saguaro", "Valle Cobre, AZ 85997"], "serif", 10.5,
                13.4) + 10
    p.text(rx, y, "Estimado Sr. Ortega:", "serif", 10.5)
    y += 18
    for b in [
        "Le escribimos sobre la estimulación magnética transcraneal (EMT) que recibió su hija Valeria los días 2, 4 y "
        "6 de noviembre de 2026 en NeuroSalud Tucsonense. Negamos el pago de estos servicios.",
        "Motivo: la EMT necesita autorización previa del plan y no se pidió ni se aprobó una antes de empezar el "
        "tratamiento. El proveedor pertenece a nuestra red y no puede cobrarle a usted estos servicios.",
        "Qué puede hacer: su médico puede pedir la autorización para las sesiones que faltan. Usted, o alguien que "
        "usted nombre, puede apelar esta decisión. Tiene 60 días a partir de la fecha de esta carta para pedir la "
        "apelación. Escriba a:",
    ]:
        y = p.para(rx, y, rw, b, "serif", 10.5, 13.4) + 6
    y = p.lines(rx + 24, y, ["Plan Pequeños Pasos", "Unidad de Quejas y Apelaciones", "2205 Calle Ocotillo, Piso 3",
                             "Valle Cobre, AZ 85998"], "serif", 10.5, 13.2) + 6
    for b in [
        "CHIP no es Medicaid: no hay audiencia imparcial estatal. Si mantenemos la negación, puede pedir que el "
        "estado revise nuestra decisión; la carta de resolución le dirá cómo y en qué plazo.",
        "Preguntas: 1-555-0139 (TTY 711). Esta carta también está disponible en inglés.",
    ]:
        y = p.para(rx, y, rw, b, "serif", 10.5, 13.4) + 6
    p.text(54, 756, FICT_ES, "sans", 7.5)
    key = dict(
        patient_name="Valeria Ximena Ortega Ruiz", member_id="CHP-FICT-7710394", claim_number="CHIP-26-4409127",
        notice_date="2026-11-20", service_dates=["2026-11-02", "2026-11-04", "2026-11-06"],
        procedure_codes=["90867", "90868"], diagnosis_codes=["F33.1"], denial_category="prior_authorization",
        plan_type="chip", urgent=False, appeal_deadline="2027-01-19",
        deadline_basis="60 días a partir de la fecha de esta carta",
        appeals_address="Plan Pequeños Pasos, Unidad de Quejas y Apelaciones, 2205 Calle Ocotillo, Piso 3, "
                        "Valle Cobre, AZ 85998",
    )
    note = ("MUESTRA FICTICIA / FICTIONAL. Spanish letter of a separate CHIP ('CHIP no es Medicaid'), image-only "
            "scan, set in two columns: a narrow shaded box of small labels over bold values on the left (DOB "
            "22/11/2009 two days after the notice), the letter to the father on the right; the child is the patient. "
            "Service dates in a sentence in words ('los días 2, 4 y 6 de noviembre de 2026'). The appeals address "
            "shares its city and a nearby ZIP with the family's own address.")
    return dict(slug="16-chip-dos-columnas-escaneada", kind="scan", ext="pdf", pages=[p], key=key, note=note,
                scan=dict(seed=1616, skew=-0.5, specks=140, shade=20, blur=0.55))


# ---------------------------------------------------------------------------------------------- 17
def c17():
    plain = """Departamento de Servicios Humanos - División de Asistencia Médica (Medicaid)
Programa de pago por servicio

MUESTRA FICTICIA - plan, personas y números inventados - no es un documento real

Fecha del aviso: 30/11/2026

Para: Guadalupe Esquivel Ortiz
Número de identificación de Medicaid: FICT-NM-5590214
Fecha de nacimiento: 02/12/1958
Número de control de la reclamación (ICN): 2026 334 00918 7
Proveedor: Centro de Columna Sierra Blanca

Servicio negado: bloqueo de ramo medial cervical, códigos 64490 y 64491, fecha de servicio 10/11/2026.
Diagnóstico: M47.812

Decisión: Medicaid no pagará este servicio porque no es médicamente necesario. Las normas del programa piden
tres meses de tratamiento conservador (terapia física, medicamentos) documentado antes de un bloqueo de ramo
medial, y los expedientes enviados muestran seis semanas.

Sus derechos: como su Medicaid es de pago por servicio (no tiene un plan de atención administrada), no hay una
apelación con un plan. Si no está de acuerdo, tiene 90 días a partir de la fecha de este aviso para pedir una
audiencia imparcial. Envíe su solicitud firmada a:

    Departamento de Servicios Humanos
    Oficina de Audiencias Imparciales
    PO Box 2348
    Santa Lucía, NM 87599

No mande la solicitud a la oficina de reclamaciones de Medicaid (PO Box 2300); allí no se tramitan audiencias.
Puede traer a un abogado, a un familiar o a otra persona para que la represente. Ayuda legal gratuita:
1-555-0148.
"""
    html = """<html><body style="font-family:Georgia,serif;font-size:14px">
<h3>Departamento de Servicios Humanos &ndash; División de Asistencia Médica (Medicaid)</h3>
<p><i>Programa de pago por servicio</i></p>
<p style="color:#a00;font-size:11px">MUESTRA FICTICIA - plan, personas y números inventados - no es un documento real</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th align="left">Fecha del aviso</th><td>30/11/2026</td></tr>
<tr><th align="left">Para</th><td>Guadalupe Esquivel Ortiz</td></tr>
<tr><th align="left">Número de identificación de Medicaid</th><td>FICT-NM-5590214</td></tr>
<tr><th align="left">Fecha de nacimiento</th><td>02/12/1958</td></tr>
<tr><th align="left">Número de control de la reclamación (ICN)</th><td>2026 334 00918 7</td></tr>
<tr><th align="left">Proveedor</th><td>Centro de Columna Sierra Blanca</td></tr>
</table>
<p><b>Servicio negado:</b> bloqueo de ramo medial cervical, códigos 64490 y 64491, fecha de servicio 10/11/2026.<br>
<b>Diagnóstico:</b> M47.812</p>
<p><b>Decisión:</b> Medicaid no pagará este servicio porque no es médicamente necesario. Las normas del programa piden
tres meses de tratamiento conservador (terapia física, medicamentos) documentado antes de un bloqueo de ramo
medial, y los expedientes enviados muestran seis semanas.</p>
<p><b>Sus derechos:</b> como su Medicaid es de pago por servicio (no tiene un plan de atención administrada), no hay una
apelación con un plan. Si no está de acuerdo, tiene 90 días a partir de la fecha de este aviso para pedir una
audiencia imparcial. Envíe su solicitud firmada a:</p>
<p style="margin-left:30px">Departamento de Servicios Humanos<br>Oficina de Audiencias Imparciales<br>PO Box 2348<br>Santa Lucía, NM 87599</p>
<p>No mande la solicitud a la oficina de reclamaciones de Medicaid (PO Box 2300); allí no se tramitan audiencias.
Puede traer a un abogado, a un familiar o a otra persona para que la represente. Ayuda legal gratuita:
1-555-0148.</p></body></html>"""
    headers = {
        "From": "Avisos Medicaid <avisos@dsh-medicaid.example>",
        "To": "Guadalupe Esquivel <lupe.esquivel@correo.example>",
        "Date": "Tue, 1 Dec 2026 09:20:11 -0700",
        "Subject": "Aviso sobre su reclamación de Medicaid",
    }
    key = dict(
        patient_name="Guadalupe Esquivel Ortiz", member_id="FICT-NM-5590214", claim_number="2026 334 00918 7",
        notice_date="2026-11-30", service_dates=["2026-11-10"], procedure_codes=["64490", "64491"],
        diagnosis_codes=["M47.812"], denial_category="medical_necessity", plan_type="medicaid", urgent=False,
        appeal_deadline="2027-02-28", deadline_basis="90 días a partir de la fecha de este aviso",
        appeals_address="Departamento de Servicios Humanos, Oficina de Audiencias Imparciales, PO Box 2348, "
                        "Santa Lucía, NM 87599",
    )
    note = ("MUESTRA FICTICIA / FICTIONAL. Spanish fee-for-service Medicaid notice (no plan appeal: the first step is "
            "the fair hearing, so its address and 90 days are keyed) sent as multipart/alternative e-mail, both parts "
            "quoted-printable in ISO-8859-1. Day-first with no hint: the notice date 30/11/2026 can only be day-first; "
            "the service date 10/11/2026 reads two ways (10 November, day-first). DOB 02/12/1958 two days after the "
            "notice; e-mail Date the next day. ICN in groups with spaces (keyed as printed). Claims box not for hearings.")
    return dict(slug="17-medicaid-pago-por-servicio-correo-latin1", kind="eml", ext="eml", key=key, note=note,
                eml=dict(headers=headers, parts=[("plain", plain, "quoted-printable", "iso-8859-1"),
                                                 ("html", html, "quoted-printable", "iso-8859-1")]))


# ---------------------------------------------------------------------------------------------- 18
def _docx18(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Liberation Sans", Pt(10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    _par(d, "Salud Abierta del Suroeste", True, 16, space_after=0)
    _par(d, "Plan individual comprado en el Mercado de Seguros Médicos (HealthCare.gov)  -  oficina: 75 Calle Tijeras, "
            "Piedra Alta, NM 87198", size=8.5, italic=True)
    _par(d, "AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", True, 12.5, align="c")
    lay = d.add_table(rows=1, cols=2)
    _borders(lay, on=False)
    left, right = lay.cell(0, 0), lay.cell(0, 1)
    left.width, right.width = Cm(5.6), Cm(12.2)
    _shade(left, "EDEDED")
    left.paragraphs[0].text = "RESUMEN"
    left.paragraphs[0].runs[0].bold = True
    for lab, val in [("Fecha:", "27/11/2026"), ("Asegurado:", "Ernesto Villalobos Prieto"),
                     ("Núm. de miembro:", "MKT-FICT-30044187"), ("Fecha de nac.:", "25/11/1962"),
                     ("Núm. de reclamo:", "7720-2611-0553"), ("Proveedor:", "Hospital San Rafael, Unidad de TEC"),
                     ("Fechas de servicio:", "09/11/2026, 12/11/2026"), ("Código:", "90870"),
                     ("Diagnóstico:", "F33.2"), ("Ajuste:", "CO-50"),
                     ("Formato de fechas:", "dd/mm/aaaa")]:
        par = left.add_paragraph()
        r = par.add_run(lab + " ")
        r.bold = True
        r.font.size = Pt(8.5)
        r2 = par.add_run(val)
        r2.font.size = Pt(8.5)
        par.paragraph_format.space_after = Pt(2)
    right.paragraphs[0].text = "Estimado Sr. Villalobos:"
    for b in [
        "Revisamos la reclamación del Hospital San Rafael por dos tratamientos de terapia electroconvulsiva (TEC) "
        "de continuación. No pagaremos estos tratamientos.",
        "Motivo: nuestra guía clínica cubre la TEC de continuación después de un curso agudo con respuesta, con "
        "una evaluación de la respuesta y del estado cognitivo cada cuatro semanas. El expediente no incluye una "
        "evaluación cognitiva desde agosto de 2026, por lo que los tratamientos no se consideran médicamente "
        "necesarios. Su médico puede pedir una conversación con el revisor (1-555-0128).",
        "Cómo apelar: usted o su representante puede pedir una apelación interna. Su apelación debe recibirse a más "
        "tardar el 26 de mayo de 2027. Envíela a:",
        "Salud Abierta del Suroeste\nDepartamento de Apelaciones\n3300 Avenida Central NE, Suite 500\n"
        "Piedra Alta, NM 87199",
        "No envíe apelaciones a la oficina de la Calle Tijeras. Si su salud corre peligro grave por esperar, pida una "
        "apelación urgente; se decide en 72 horas. Después de nuestra decisión final puede pedir una revisión "
        "externa independiente.",
    ]:
        par = right.add_paragraph(b)
        par.paragraph_format.space_after = Pt(5)
    _par(d, "")
    _par(d, "Asistencia en otros idiomas: 1-555-0129. Language assistance: 1-555-0129.", size=8.5)
    sec.footer.paragraphs[0].text = FICT_ES
    d.save(path)


def c18():
    key = dict(
        patient_name="Ernesto Villalobos Prieto", member_id="MKT-FICT-30044187", claim_number="7720-2611-0553",
        notice_date="2026-11-27", service_dates=["2026-11-09", "2026-11-12"], procedure_codes=["90870"],
        diagnosis_codes=["F33.2"], carc_codes=["CO-50"], denial_category="medical_necessity",
        plan_type="individual_aca", urgent=False, appeal_deadline="2027-05-26",
        deadline_basis="debe recibirse a más tardar el 26 de mayo de 2027",
        appeals_address="Salud Abierta del Suroeste, Departamento de Apelaciones, 3300 Avenida Central NE, Suite 500, "
                        "Piedra Alta, NM 87199",
    )
    note = ("MUESTRA FICTICIA / FICTIONAL. Spanish Marketplace notice in Word, laid out in two columns by a borderless "
            "table: a shaded 'RESUMEN' column of label-value lines on the left (with 'Formato de fechas: dd/mm/aaaa'; "
            "DOB 25/11/1962 two days before the notice), the letter in the right column, its address one paragraph "
            "with line breaks. Continuation ECT. Stated date 'a más tardar el 26 de mayo de 2027' (the 180th day). "
            "The office in the heading is not for appeals.")
    return dict(slug="18-mercado-tec-dos-columnas-docx", kind="docx", ext="docx", build=_docx18, key=key, note=note)


CASES = [c10, c11, c12, c13, c14, c15, c16, c17, c18]
