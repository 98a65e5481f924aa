"""Make fresh set 4: 18 fictional denial notices and their answer keys.

Run with /work/main/.venv/bin/python make_fresh4.py (from any directory).
Every person, plan, administrator, number and address below is invented.
"""
import datetime as dt
import json
import os
import sys
from email.message import EmailMessage
from email.utils import format_datetime

from dateutil.relativedelta import relativedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import writers as W  # noqa: E402

FICTION = "All people, plans, administrators, providers, numbers and addresses in this notice are fictional."
CASES = []


def d(s):
    return dt.date.fromisoformat(s)


def plus(notice, days=None, months=None):
    n = d(notice)
    return (n + dt.timedelta(days=days) if days is not None else n + relativedelta(months=months)).isoformat()


def case(fn):
    CASES.append(fn)
    return fn


def addr(lines):
    return "\n".join(lines)


def key_of(file, note, **kw):
    k = {"file": file, "_note": FICTION + " " + note}
    order = ["patient_name", "member_id", "claim_number", "notice_date", "service_dates", "procedure_codes",
             "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent", "appeal_deadline",
             "deadline_basis", "appeals_address"]
    for o in order:
        if o in kw and kw[o] is not None:
            v = kw[o]
            if o == "appeals_address" and isinstance(v, list):
                v = ", ".join(v)
            k[o] = v
    extra = set(kw) - set(order)
    assert not extra, extra
    return k


# ---------------------------------------------------------------- 01
@case
def n01():
    stem = "01-insured-group-medical-necessity"
    appeal = ["Northwind Mutual Health Insurance Company", "Grievance and Appeals Department",
              "PO Box 30417", "Tacoma Flats, WA 98991-0417"]
    items = [
        ("title", "NORTHWIND MUTUAL HEALTH"),
        ("center", "Northwind Mutual Health Insurance Company\n4400 Harbor Point Blvd, Suite 900, Bayview, WA 98990\n"
                   "Customer Service 1-800-555-0131 (TTY 711)"),
        ("rule",),
        ("table", [["Date of notice", "Date we received your claim", "Group number"],
                   ["November 2, 2026", "10/14/2026", "GRP-004471 (Olympic Tool & Die Co.)"]], True),
        ("lines", "Delphine R. Okonkwo-Hale\n2219 Larch Street, Apt 4\nEverett Hollow, WA 98999"),
        ("h", "NOTICE OF ADVERSE BENEFIT DETERMINATION - GROUP HEALTH COVERAGE"),
        ("table", [["Member", "Member ID", "Date of birth", "Claim number"],
                   ["Delphine R. Okonkwo-Hale", "NWM 884 20 1173", "11/01/1987", "26-287-004415-00"]], True),
        "Dear Ms. Okonkwo-Hale:",
        "We reviewed the claim that Cascadia Ketamine Wellness, PLLC sent us for services you received. Your "
        "employer's group policy is insured by Northwind Mutual. After review by one of our physician reviewers, a "
        "board-certified anesthesiologist, we have decided not to pay this claim.",
        ("table", [["Date of service", "Service (code)", "Diagnosis", "Billed", "Plan paid", "Code"],
                   ["09/29/2026", "IV infusion, first hour (96365)", "F33.2", "$650.00", "$0.00", "CO-50"],
                   ["09/29/2026", "Drug not otherwise classified (J3490)", "F33.2", "$225.00", "$0.00", "CO-50"],
                   ["10/01/2026", "IV infusion, first hour (96365)", "F33.2, F43.10", "$650.00", "$0.00", "CO-50"],
                   ["10/06/2026", "IV infusion, each added hour (96366)", "F33.2", "$180.00", "$0.00", "CO-50"]],
         True),
        ("h", "Why we denied this claim"),
        "Code CO-50: These are non-covered services because this is not deemed a medical necessity by the payer. "
        "Our Medical Policy MP-7.112, Intravenous Anesthetic Agents for Psychiatric Conditions, requires records "
        "showing failure of at least four antidepressant trials from two or more classes at adequate dose and "
        "duration. The records we received show two trials. You may ask for a free copy of the policy and of all "
        "documents relevant to your claim.",
        ("h", "Your right to appeal"),
        "You or your authorized representative may file an appeal within 180 days after you receive this notice. "
        "Please send your written appeal, any medical records and a copy of this notice to:",
        ("lines", addr(appeal)),
        "Fax: 1-253-555-0148. Do not send appeals to our Bayview office address shown above; mail sent there is "
        "not logged as an appeal. If your doctor believes waiting could seriously jeopardize your life or health, "
        "call us to ask for an urgent (expedited) appeal, which we decide within 72 hours. After our final decision "
        "you may ask for an external review by an independent review organization within four months.",
        "Questions? Call Customer Service at 1-800-555-0131. You may also contact the Washington Office of the "
        "Insurance Commissioner consumer hotline.",
        ("small", "NWM-LTR-220 rev 03/2026    Printed 11/03/2026 09:14    Page 1 of 1"),
    ]
    W.write_pdf(os.path.join(HERE, stem + ".pdf"), items)
    nd = "2026-11-02"
    return stem + ".pdf", "text PDF", "Insured employer group (Northwind Mutual)", "medical necessity", \
        "DOB 11/01/1987 one day before the notice; received 10/14 and printed 11/03 dates; labels above values in a gridded header; appeal PO box differs from letterhead", \
        key_of(stem + ".pdf",
               "Insured employer group plan. DOB 11/01/1987 is one day before the notice date; 'Date we received your "
               "claim' 10/14/2026 and 'Printed 11/03/2026' are not the notice date. Window counted from receipt; "
               "deadline computed from the notice date (no mailing days). External review's four months is a later "
               "level.",
               patient_name="Delphine R. Okonkwo-Hale", member_id="NWM 884 20 1173", claim_number="26-287-004415-00",
               notice_date=nd, service_dates=["2026-09-29", "2026-10-01", "2026-10-06"],
               procedure_codes=["96365", "J3490", "96366"], diagnosis_codes=["F33.2", "F43.10"],
               carc_codes=["CO-50"], denial_category="medical_necessity", plan_type="employer_erisa", urgent=False,
               appeal_deadline=plus(nd, 180), deadline_basis="within 180 days after you receive this notice",
               appeals_address=appeal)


# ---------------------------------------------------------------- 02
@case
def n02():
    stem = "02-medicaid-mco-es-prior-auth-scan"
    appeal = ["Plan de Salud Comunitario Río Bravo", "Departamento de Apelaciones de Miembros",
              "Apartado Postal 6120", "Laredo Viejo, TX 78999"]
    items = [
        ("title", "Plan de Salud Comunitario Río Bravo"),
        ("center", "Un plan de Medicaid administrado (STAR)\n1550 Calle Mercado, Harlingen Norte, TX 78998\n"
                   "Servicios para Miembros: 1-866-555-0172 (TTY 711)"),
        ("rule",),
        ("right", "Fecha del aviso: 9 de noviembre de 2026\nFecha de envío: 10 de noviembre de 2026"),
        ("lines", "Rosalba Itzel Cárdenas Quiñones\n418 Calle Nogal\nEdinburg Sur, TX 78997"),
        ("title", "AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS"),
        ("lines", "Nombre del miembro: Rosalba Itzel Cárdenas Quiñones\n"
                  "Fecha de nacimiento: 08/11/1979\n"
                  "Número de identificación de Medicaid: 7 2041 5589 3\n"
                  "Número de reclamo: RB-2026-11-003318\n"
                  "Fecha en que recibimos el reclamo: 28/10/2026\n"
                  "Proveedor: Clínica de Salud Mental Valle Alto"),
        "Estimada Sra. Cárdenas Quiñones:",
        "Revisamos el reclamo por esketamina en aerosol nasal (Spravato), código J0013, 84 unidades, con "
        "observación clínica (códigos 99415 y 99416), que usted recibió el 21/10/2026 y el 24/10/2026. "
        "Diagnóstico informado: F32.2.",
        ("h", "Nuestra decisión: NEGADO"),
        "Motivo: este medicamento requiere autorización previa del plan y no se obtuvo autorización antes de "
        "prestar el servicio. Su proveedor puede pedir una autorización retroactiva. Usted puede pedir sin costo "
        "copias de los documentos y criterios que usamos.",
        ("h", "Cómo apelar"),
        "Usted tiene 60 días a partir de la fecha de este aviso para pedir una apelación. Puede llamarnos o "
        "escribirnos. Envíe su apelación por escrito a:",
        ("lines", addr(appeal)),
        "Fax de apelaciones: 1-866-555-0190. No envíe apelaciones a la dirección de Harlingen Norte.",
        "Si necesita una decisión rápida porque su salud está en peligro, pida una apelación acelerada; "
        "decidiremos en 72 horas. Continuación de beneficios: si ya recibía este servicio y quiere seguir "
        "recibiéndolo durante la apelación, debe apelar dentro de 10 días a partir de la fecha de envío de este "
        "aviso. Después de nuestra decisión sobre la apelación, puede pedir una audiencia imparcial estatal "
        "dentro de 120 días.",
        ("small", "RB-NOA-ES 2026/04  Página 1 de 1"),
    ]
    n = W.write_scan_pdf(os.path.join(HERE, stem + ".pdf"), items, seed=2, family="sans", pt=10)
    nd = "2026-11-09"
    return stem + ".pdf", f"image-only scanned PDF ({n} p)", "Medicaid MCO (STAR), Spanish", "prior authorization", \
        "DOB 08/11/1979 day-first one day before the notice; mailed date and received date 28/10; spaced Medicaid ID; 10-day continuation and 120-day hearing limits", \
        key_of(stem + ".pdf",
               "Spanish Medicaid managed-care notice, image-only scan. Dates are day-first (Spanish). DOB 08/11/1979 "
               "is 8 November, one day before the notice date; 'Fecha de envío' 10 de noviembre and 'Fecha en que "
               "recibimos el reclamo' 28/10/2026 are not the notice date. The 10-day continuation of benefits and "
               "the 120-day fair hearing are not the appeal window. Medicaid ID printed with spaces.",
               patient_name="Rosalba Itzel Cárdenas Quiñones", member_id="7 2041 5589 3",
               claim_number="RB-2026-11-003318", notice_date=nd, service_dates=["2026-10-21", "2026-10-24"],
               procedure_codes=["J0013", "99415", "99416"], diagnosis_codes=["F32.2"],
               denial_category="prior_authorization", plan_type="medicaid", urgent=False,
               appeal_deadline=plus(nd, 60), deadline_basis="60 días a partir de la fecha de este aviso",
               appeals_address=appeal)


# ---------------------------------------------------------------- 03
@case
def n03():
    stem = "03-part-d-pbm-step-therapy-fax"
    appeal = ["Evergreen Senior Rx Plan", "Attn: Part D Redeterminations", "P.O. Box 21990",
              "Phoenix Mesa, AZ 85099"]
    items = [
        ("title", "FAX TRANSMITTAL"),
        ("lines", "TO:      Dr. Anselm Virtanen, Willowbrook Geriatric Psychiatry\n"
                  "FAX:     (503) 555-0164\n"
                  "FROM:   Meridian Rx Solutions, Coverage Determination Unit\n"
                  "           on behalf of Evergreen Senior Rx Plan (PDP)\n"
                  "PAGES: 2 including cover\n"
                  "RE:       Coverage determination decision - copy of member notice"),
        "CONFIDENTIAL: this transmission contains protected health information. If you received it in error, "
        "call 1-877-555-0119 and destroy all copies.",
        "The enclosed notice was mailed to your patient today. Prescriber copy.",
        ("page",),
        ("center", "Meridian Rx Solutions, pharmacy benefit manager for\nEvergreen Senior Rx Plan (PDP)\n"
                   "2800 Saguaro Commerce Pkwy, Scottsdale Vista, AZ 85098"),
        ("title", "Notice of Denial of Medicare Prescription Drug Coverage"),
        ("lines", "Date: November 16, 2026\n"
                  "Request received: 11/12/2026\n"
                  "Enrollee: Wendell Augustine Farrow          Date of birth: 11/19/1951\n"
                  "Member ID: EVR-P 55019 2287\n"
                  "Case number: CD 2611 0473 8\n"
                  "Drug: Auvelity ER 45 mg-105 mg tablet, #60 per 30 days\n"
                  "Diagnosis submitted: F33.1"),
        "We have denied the drug you (or your prescriber) asked for. Your plan covers this drug only after you "
        "have tried the required drugs first (step therapy). Our records and your prescriber's statement do not "
        "show a trial of generic bupropion and of one generic SSRI or SNRI in the last 365 days. If your "
        "prescriber tells us why the required drugs would not work for you or would harm you, we will look at "
        "the request again.",
        ("h", "You have the right to ask us to review our decision (a redetermination)"),
        "You must request a redetermination within 65 days from the date of this notice. Write to:",
        ("lines", addr(appeal) + "\nFax: 1-877-555-0120"),
        "Do not send your request to the Scottsdale Vista address above. If you or your prescriber believe that "
        "waiting for a standard decision could seriously harm your health, ask for a fast (expedited) "
        "redetermination; we answer within 72 hours.",
        ("small", "Y0099_EVRDN26_M   Form MRX-CD-3"),
    ]
    hdr = lambda i, n: f"NOV-16-2026 17:42   FROM 18775550119 MERIDIAN RX CDU   TO 15035550164   P.{i:03d}/{n:03d}"
    n = W.write_fax_tiff(os.path.join(HERE, stem + ".tif"), items, hdr, seed=3, family="sans", pt=10.5)
    nd = "2026-11-16"
    return stem + ".tif", f"1-bit fax TIFF, Group 4 ({n} p)", "Part D plan via PBM", "step therapy", \
        "fax cover page first; fax stamp date; DOB 11/19/1951 three days after the notice; spaced case number; no CPT codes", \
        key_of(stem + ".tif",
               "Part D coverage determination denial faxed to the prescriber by the plan's PBM; page 1 is the fax "
               "cover, page 2 the notice. The plan-type tag '(PDP)' is dropped from names. Request received "
               "11/12/2026 is not the notice date; DOB 11/19/1951. No procedure codes, no service dates (a drug "
               "request). The addressee of the cover is the prescriber, not the patient.",
               patient_name="Wendell Augustine Farrow", member_id="EVR-P 55019 2287", claim_number="CD 2611 0473 8",
               notice_date=nd, diagnosis_codes=["F33.1"], denial_category="step_therapy",
               plan_type="medicare_part_d", urgent=False, appeal_deadline=plus(nd, 65),
               deadline_basis="within 65 days from the date of this notice", appeals_address=appeal)


# ---------------------------------------------------------------- 04
@case
def n04():
    stem = "04-medicare-msn-timely-filing-photo"
    appeal = ["Noble Plains Medicare Administrative Services", "Part B Redeterminations", "PO Box 6610",
              "Fargo Flats, ND 58199-6610"]
    items = [
        ("title", "Medicare Summary Notice for Part B\n(Medical Insurance)"),
        ("center", "Notice for Harriet L. Pembroke-Vance"),
        ("lines", "HARRIET L PEMBROKE-VANCE                 Medicare Number: 7XK4-RT2-MN58\n"
                  "77 CHESTNUT RIDGE RD                        Date of This Notice: October 26, 2026\n"
                  "MAPLE GROVE, ND 58997                      Claims Processed: July 24 - October 22, 2026"),
        ("rule",),
        ("h", "Your Claims for Part B (Medical Insurance)"),
        ("table", [["Claim / provider / service", "Date", "Approved?", "You may be billed"],
                   ["Claim 26-07-118-442-210  Red River Psychiatry", "", "", ""],
                   ["  Office visit, est. patient (99214)", "08/03/2026", "Yes", "$27.41"],
                   ["Claim 25-12-339-007-581  Red River Psychiatry", "", "", ""],
                   ["  Supervised esketamine visit (G2082)", "09/15/2025", "No  (A)", "$0.00"]]),
        ("h", "Notes for Your Claims"),
        "A  This claim was denied because it was filed after the time limit. Medicare must receive claims no "
        "later than 12 months after the date of service; Medicare received this claim on 10/20/2026. The "
        "provider may not bill you for this service.",
        ("h", "How to Handle Denied Claims or File an Appeal"),
        "If you disagree with a decision on this notice, you must file your appeal in writing by February 28, 2027. "
        "Circle the items you disagree with, explain why, sign, and send this notice or a copy to:",
        ("lines", addr(appeal)),
        "Questions about this notice: 1-800-MEDICARE. Customer service mail: Noble Plains, PO Box 6600, Fargo Flats, "
        "ND 58199-6600 (not for appeals).",
    ]
    W.write_photo(os.path.join(HERE, stem + ".jpg"), items, seed=4, angle=-3.2, family="sans", pt=10.5)
    nd = "2026-10-26"
    return stem + ".jpg", "phone photo JPEG (tilt, shadow, border)", "Original Medicare MSN (Part B)", "timely filing", \
        "two claims, second denied; dashed claim numbers; stated deadline as a date; 'received 10/20/2026' and processed range; service in 2025", \
        key_of(stem + ".jpg",
               "Original Medicare Part B summary notice photographed at a tilt. Two claims: 26-07-118-442-210 paid, "
               "25-12-339-007-581 denied (only its facts here). Deadline is stated as a date. The processing range "
               "and 'received 10/20/2026' are not the notice date. No diagnosis codes or CARC printed.",
               patient_name="Harriet L. Pembroke-Vance", member_id="7XK4-RT2-MN58", claim_number="25-12-339-007-581",
               notice_date=nd, service_dates=["2025-09-15"], procedure_codes=["G2082"],
               denial_category="timely_filing", plan_type="medicare", urgent=False, appeal_deadline="2027-02-28",
               deadline_basis="you must file your appeal in writing by February 28, 2027", appeals_address=appeal)


# ---------------------------------------------------------------- 05
@case
def n05():
    stem = "05-county-plan-tpa-out-of-network"
    appeal = ["Marlowe County Employee Health Benefit Plan", "c/o Crestline Benefits Group, Appeals Unit",
              "77 Foundry Row, Suite 300", "Kingsbridge, OH 43999"]
    items = [
        ("title", "Crestline Benefits Group"),
        ("center", "Claims Administrator for the Marlowe County Employee Health Benefit Plan\n"
                   "PO Box 1200, Kingsbridge, OH 43998  |  1-888-555-0177"),
        ("box", [[("Employee (subscriber)", "Tobias Reyes"), ("Member ID", "MCE-330-71-0042"),
                  ("Group", "Marlowe County - Self-Funded")],
                 [("Patient", "Imogen Castellanos-Reyes"), ("Patient date of birth", "10/30/2004"),
                  ("Relationship", "Dependent child")],
                 [("Claim number", "CBG 26 300 1187"), ("Date of this notice", "10/28/2026"),
                  ("Claim received", "10/05/2026")]]),
        ("lines", "Tobias Reyes\n1406 Sumner Avenue\nKingsbridge, OH 43997"),
        ("h", "Explanation of Benefits and Notice of Adverse Benefit Determination"),
        "This notice is about services your dependent, Imogen Castellanos-Reyes, received from Lakeview Pain & "
        "Infusion Center, which does not participate in the plan's network. Your plan, a self-funded plan "
        "sponsored by Marlowe County for its employees, has no out-of-network benefit except for emergencies.",
        ("table", [["Service date", "Code", "Diagnosis", "Billed", "Allowed", "Plan paid", "Reason"],
                   ["09/08/2026", "96365", "G90.59", "$700.00", "$0.00", "$0.00", "CO-242"],
                   ["09/08/2026", "J3490", "G90.59", "$240.00", "$0.00", "$0.00", "CO-242"],
                   ["09/10/2026", "96365", "G90.59, G89.4", "$700.00", "$0.00", "$0.00", "CO-242"],
                   ["09/10/2026", "96366", "G90.59", "$210.00", "$0.00", "$0.00", "CO-242"]]),
        "CO-242: Services not provided by network/primary care providers. If no network provider could give this "
        "care within a reasonable distance and time, you may ask for a network gap exception as part of your "
        "appeal; tell us the network providers you contacted.",
        ("h", "Appeal rights"),
        "You may appeal within 180 days from the date you receive this notice. Send a written appeal to:",
        ("lines", addr(appeal)),
        "Appeals fax: 1-888-555-0178. Correspondence sent to the PO Box above is not an appeal. An urgent care "
        "appeal is decided within 72 hours. When our internal process is complete you may request external "
        "review within 4 months of the final decision.",
    ]
    W.write_docx(os.path.join(HERE, stem + ".docx"), items, header="CRESTLINE BENEFITS GROUP  -  CONFIDENTIAL")
    nd = "2026-10-28"
    return stem + ".docx", "DOCX (boxed header, labels above values, table)", "County employee plan, self-funded, TPA", \
        "out of network", "labels above values in boxes; patient is the dependent, not the addressee; DOB 10/30/2004 two days after notice; spaced claim number; claim received date", \
        key_of(stem + ".docx",
               "County government employee plan (not ERISA), self-funded, administered by a TPA. Boxed header with "
               "labels above values. Patient is the dependent daughter, not the addressed employee. DOB 10/30/2004. "
               "Claim received 10/05/2026 is not the notice date. Window from receipt; deadline computed from the "
               "notice date (no mailing days). Claim number printed with spaces.",
               patient_name="Imogen Castellanos-Reyes", member_id="MCE-330-71-0042", claim_number="CBG 26 300 1187",
               notice_date=nd, service_dates=["2026-09-08", "2026-09-10"],
               procedure_codes=["96365", "J3490", "96366"], diagnosis_codes=["G90.59", "G89.4"],
               carc_codes=["CO-242"], denial_category="out_of_network", plan_type="governmental", urgent=False,
               appeal_deadline=plus(nd, 180),
               deadline_basis="within 180 days from the date you receive this notice", appeals_address=appeal)


# ---------------------------------------------------------------- 06
@case
def n06():
    stem = "06-marketplace-es-experimental-email"
    appeal = ["Pinar Salud", "Unidad de Quejas y Apelaciones", "P.O. Box 44120", "Orlando Sur, FL 32899"]
    rows = [("Fecha del aviso", "13 de noviembre de 2026"),
            ("Miembro", "Sr. Ezequiel Montaño Barrientos"),
            ("Fecha de nacimiento", "14/11/1983"),
            ("Número de miembro", "PSI-40 1187 553"),
            ("Plan", "Pinar Salud Individual Oro (plan del Mercado de Seguros Médicos)"),
            ("Número de reclamo", "2026 1104 7719"),
            ("Proveedor", "Centro de Infusiones Bahía Serena")]
    lines = [("19/10/2026", "96365", "Infusión intravenosa, primera hora", "F33.2", "CO-55"),
             ("19/10/2026", "J3490", "Medicamento sin código propio (ketamina)", "F33.2", "CO-55"),
             ("22/10/2026", "96365", "Infusión intravenosa, primera hora", "F33.2", "CO-55"),
             ("26/10/2026", "96365", "Infusión intravenosa, primera hora", "F33.2", "CO-55"),
             ("26/10/2026", "96366", "Cada hora adicional", "F33.2", "CO-55")]
    motivo = ("Motivo de la negación: el plan considera que la infusión intravenosa de ketamina para la "
              "depresión es un tratamiento experimental o de investigación (código CO-55), según la Política "
              "Médica PS-MED-0419. Puede pedir una copia gratuita de la política.")
    plazo = ("Tiene 180 días a partir de la fecha en que reciba este aviso para presentar una apelación interna. "
             "Envíe su apelación por escrito a: " + ", ".join(appeal) + ". Fax: 1-407-555-0151. No responda a "
             "este correo: las apelaciones enviadas por correo electrónico no se aceptan. Si su salud corre "
             "peligro, puede pedir una apelación acelerada (72 horas). Después puede pedir una revisión externa "
             "independiente dentro de 4 meses.")
    plain = ["Estimado Sr. Montaño Barrientos:", "",
             "Le informamos la decisión sobre su reclamo. Los detalles están abajo.", ""]
    plain += [f"{a}: {b}" for a, b in rows] + [""]
    plain += ["Fecha de servicio | Código | Descripción | Diagnóstico | Ajuste"]
    plain += [" | ".join(r) for r in lines] + ["", motivo, "", plazo, "",
                                               "Pinar Salud - Servicios al Miembro",
                                               "Correspondencia: 9000 Avenida Palmeras, Kissimmee Norte, FL 32898"]
    html_rows = "".join(f"<tr><td><b>{a}</b></td><td>{b}</td></tr>" for a, b in rows)
    html_lines = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in lines)
    html = f"""<html><body style="font-family:Arial">
<div style="background:#0b5d3b;color:#fff;padding:8px"><b>Pinar Salud</b> &middot; Aviso de determinación adversa</div>
<p>Estimado Sr. Montaño Barrientos:</p>
<p>Le informamos la decisión sobre su reclamo. Los detalles están abajo.</p>
<table border="1" cellpadding="4">{html_rows}</table>
<p></p>
<table border="1" cellpadding="4"><tr><th>Fecha de servicio</th><th>Código</th><th>Descripción</th>
<th>Diagnóstico</th><th>Ajuste</th></tr>{html_lines}</table>
<p>{motivo}</p>
<p>{plazo}</p>
<p style="font-size:small">Pinar Salud - Servicios al Miembro<br>Correspondencia: 9000 Avenida Palmeras,
Kissimmee Norte, FL 32898</p></body></html>"""
    m = EmailMessage()
    m["From"] = "Pinar Salud Avisos <avisos@pinarsalud.example>"
    m["To"] = "Ezequiel Montaño <emontano.b@correo.example>"
    m["Subject"] = "Aviso importante sobre su reclamo 2026 1104 7719"
    m["Date"] = format_datetime(dt.datetime(2026, 11, 16, 7, 3, 11, tzinfo=dt.timezone(dt.timedelta(hours=-5))))
    m["Message-ID"] = "<aviso-20261116-7719@pinarsalud.example>"
    m.set_content("\n".join(plain), cte="quoted-printable")
    m.add_alternative(html, subtype="html", cte="base64")
    with open(os.path.join(HERE, stem + ".eml"), "wb") as f:
        f.write(bytes(m))
    nd = "2026-11-13"
    return stem + ".eml", ".eml (plain QP + HTML base64 tables)", "Marketplace individual plan, Spanish", \
        "experimental", "e-mail Date 16 Nov vs notice date 13 Nov; DOB 14/11/1983 day after notice; day-first service dates; spaced claim number in subject", \
        key_of(stem + ".eml",
               "Spanish e-mail from an individual Marketplace plan. The e-mail's Date header (16 Nov 2026) is not "
               "the notice date printed in the body (13 de noviembre de 2026). DOB 14/11/1983 is day-first. "
               "Window from receipt; deadline computed from the notice date. Claim number printed with spaces.",
               patient_name="Ezequiel Montaño Barrientos", member_id="PSI-40 1187 553", claim_number="2026 1104 7719",
               notice_date=nd, service_dates=["2026-10-19", "2026-10-22", "2026-10-26"],
               procedure_codes=["96365", "J3490", "96366"], diagnosis_codes=["F33.2"], carc_codes=["CO-55"],
               denial_category="experimental_investigational", plan_type="individual_aca", urgent=False,
               appeal_deadline=plus(nd, 180),
               deadline_basis="180 días a partir de la fecha en que reciba este aviso", appeals_address=appeal)


# ---------------------------------------------------------------- 07
@case
def n07():
    stem = "07-clinic-portal-three-claims-prior-auth"
    appeal = ["Prairie Heartland Health Plan", "Member Appeals", "PO Box 9045", "Sioux Bend, SD 57199"]
    txt = f"""LAKESHORE INTEGRATIVE PSYCHIATRY - PATIENT BILLING PORTAL
Message Center > Inbox > Message detail
=====================================================================================
From:          Billing Office, Lakeshore Integrative Psychiatry
To:            Marcus Oyelaran (guarantor, account 100-44817)
Message sent:  10/12/2026 3:47 PM
Subject:       Insurance update on your account - action needed
=====================================================================================

Hello Marcus,

Your insurer has processed three claims for visits by NAOMI OYELARAN (patient).

  Patient:        Naomi Oyelaran
  Insurer:        Prairie Heartland Health Plan - Group PPO (employer group 88120)
  Subscriber ID:  PHH 0047 7731 02
  Diagnosis:      F33.2
  EOB date (date of the insurer's notice): 10/07/2026

Claim #               Date of svc   Codes                      Billed     Ins paid   Status
------------------    -----------   -----------------------    --------   --------   ----------------
PHH-2026-0918-1104    09/18/2026    90792                      $385.00    $241.60    Paid
PHH 2026 0925 2217    09/25/2026    J0013 x84, 99415, 99416    $1,912.00  $0.00      Denied - CO-197
PHH-2026-1002-0871    10/02/2026    99214                      $210.00    $133.15    Paid

Claim PHH 2026 0925 2217 was denied with code CO-197 (precertification/authorization absent). Our
authorization request for Spravato was submitted on 09/19/2026 but the plan shows no approval on file.
We are asking the plan for a retroactive authorization. You may also appeal yourself.

The insurer's EOB says: "You have 180 days from the date of this Explanation of Benefits to file an
appeal." Send appeals to the plan, not to our office:

    {appeal[0]}
    {appeal[1]}
    {appeal[2]}
    {appeal[3]}

Lakeshore Integrative Psychiatry, 612 Shoreline Drive, Suite B, Lake Preston Heights, SD 57998.
Please do not reply to this message with card numbers. Portal help: 1-605-555-0143.
"""
    with open(os.path.join(HERE, stem + ".txt"), "w", encoding="utf-8") as f:
        f.write(txt)
    nd = "2026-10-07"
    return stem + ".txt", "plain text (portal message export)", "Clinic billing portal relaying an insured employer PPO EOB", \
        "prior authorization", "three claims, middle one denied; spaced vs dashed claim numbers; portal message date vs EOB date; guarantor is not the patient; PA request date", \
        key_of(stem + ".txt",
               "A clinic billing portal message relaying the insurer's EOB. Of three claims only PHH 2026 0925 2217 "
               "is denied (claim number printed with spaces; the paid ones with dashes). The notice date is the EOB "
               "date, which the message labels as the insurer's notice; the message date 10/12/2026 and the "
               "authorization request 09/19/2026 are not it. The guarantor Marcus is not the patient. Employer "
               "group PPO.",
               patient_name="Naomi Oyelaran", member_id="PHH 0047 7731 02", claim_number="PHH 2026 0925 2217",
               notice_date=nd, service_dates=["2026-09-25"], procedure_codes=["J0013", "99415", "99416"],
               diagnosis_codes=["F33.2"], carc_codes=["CO-197"], denial_category="prior_authorization",
               plan_type="employer_erisa", urgent=False, appeal_deadline=plus(nd, 180),
               deadline_basis="You have 180 days from the date of this Explanation of Benefits to file an appeal",
               appeals_address=appeal)


# ---------------------------------------------------------------- 08
@case
def n08():
    stem = "08-fehb-step-therapy-scan"
    appeal = ["CCSBA Health Plan", "Reconsideration Unit", "P.O. Box 52804", "Alexandria Heights, VA 22399"]
    items = [
        ("title", "Capitol Civil Service Benefit Association\nHealth Plan"),
        ("center", "A Federal Employees Health Benefits (FEHB) Program carrier\n"
                   "1120 Constitution Commons, Arlington Park, VA 22398  -  1-800-555-0184"),
        ("rule",),
        ("lines", "September 30, 2026\n\nGideon P. Marchetti\n5520 Wexford Lane\nBethesda Knolls, MD 20899"),
        ("lines", "Enrollee: Gideon P. Marchetti\nMember ID: R7 004418 93-01\nDate of birth: 09/28/1972\n"
                  "Reference No.: PA 26-09-55871\nDate request received: 09/24/2026\n"
                  "Prescriber: Helena Stroud, MD, Potomac Mood Disorders Clinic"),
        ("h", "RE: Prior approval request for Spravato (esketamine) nasal spray - DENIED"),
        "Dear Mr. Marchetti:",
        "We received a request from your doctor for prior approval of esketamine nasal spray, 84 mg twice weekly "
        "(HCPCS J0013, 84 units per session) with post-dose monitoring (99415, 99416), for major depressive "
        "disorder, recurrent, severe (F33.2). We cannot approve this request.",
        "Reason: Under Section 5(f) of the plan brochure, esketamine is covered after step therapy. You must have "
        "tried and not responded to at least two oral antidepressants of different classes, each for at least 6 "
        "weeks at an adequate dose, and one augmentation agent. The records sent show one oral antidepressant "
        "(sertraline, 5 weeks) and no augmentation trial. This is a step therapy requirement and not a decision "
        "that the treatment is experimental.",
        ("h", "If you disagree with our decision"),
        "You may ask us in writing to reconsider our initial decision. You must write to us within 6 months from "
        "the date of this letter. Include this letter, the reasons you believe we should approve the request, and "
        "any records. Mail your request to:",
        ("lines", addr(appeal)),
        "or fax it to 1-800-555-0186. If the delay would seriously jeopardize your life or health, call us and ask "
        "for an urgent review. If we deny your request again, you may ask the U.S. Office of Personnel Management "
        "(OPM) to review it within 90 days of our reconsideration decision.",
        "Sincerely,",
        ("lines", "Pharmacy Prior Approval Unit\nCCSBA Health Plan"),
        ("small", "Mailed 10/02/2026    LTR-PA-STEP-07    cc: Helena Stroud, MD"),
    ]
    n = W.write_scan_pdf(os.path.join(HERE, stem + ".pdf"), items, seed=8, family="serif", pt=11)
    nd = "2026-09-30"
    return stem + ".pdf", f"image-only scanned PDF ({n} p)", "FEHB carrier", "step therapy (pre-service)", \
        "DOB 09/28/1972 two days before the letter; mailed 10/02 and received 09/24 dates; window in months; OPM 90 days later level; pre-service (no service dates)", \
        key_of(stem + ".pdf",
               "FEHB carrier's prior-approval denial, image-only scan. Pre-service: no service dates. DOB "
               "09/28/1972 is two days before the letter date; 'Mailed 10/02/2026' and 'Date request received "
               "09/24/2026' are not the notice date. Window is 6 months from the date of the letter, counted as "
               "calendar months (2026-09-30 + 6 months). OPM's 90 days is the next level. The letter says this is "
               "step therapy, not experimental.",
               patient_name="Gideon P. Marchetti", member_id="R7 004418 93-01", claim_number="PA 26-09-55871",
               notice_date=nd, procedure_codes=["J0013", "99415", "99416"], diagnosis_codes=["F33.2"],
               denial_category="step_therapy", plan_type="fehb", urgent=False, appeal_deadline=plus(nd, months=6),
               deadline_basis="within 6 months from the date of this letter", appeals_address=appeal)


# ---------------------------------------------------------------- 09
@case
def n09():
    stem = "09-chip-es-out-of-network-photo"
    appeal = ["Plan de Salud Infantil Arcoíris", "Atención: Apelaciones", "Apartado Postal 3307",
              "Santa Fe Alta, NM 87599"]
    items = [
        ("title", "Plan de Salud Infantil Arcoíris"),
        ("center", "Programa de Seguro Médico para Niños (CHIP) - no es Medicaid\n"
                   "Oficina: 240 Calle Cerrillos, Albuquerque Este, NM 87598"),
        ("rule",),
        ("lines", "Fecha: 13 de noviembre de 2026\n\nSra. Guadalupe Ruiz Ortega\n901 Camino del Sol\n"
                  "Las Cruces Norte, NM 87597"),
        ("h", "AVISO DE DENEGACIÓN DE PAGO"),
        ("lines", "Niño/a (miembro): Mateo Andrés Villaseñor Ruiz\nFecha de nacimiento: 12/11/2013\n"
                  "Número de miembro: ARC-2210-5548-07\nNúmero de caso: AC 26 1113 0094"),
        "Estimada Sra. Ruiz Ortega: revisamos la factura de la Dra. Inés Carvajal, psiquiatra infantil que no "
        "pertenece a la red del plan, por la evaluación psiquiátrica (90792) del 02/10/2026 y la visita de "
        "seguimiento (99214) del 16/10/2026. Diagnóstico: F32.2.",
        "Decisión: no pagaremos estos servicios porque la proveedora está fuera de la red y no había una "
        "referencia aprobada. Si no había un psiquiatra infantil de la red disponible a una distancia o en un "
        "tiempo razonable, díganos a quién llamó en su apelación.",
        "Usted tiene 60 días calendario a partir de la fecha de este aviso para apelar. Envíe su apelación a:",
        ("lines", addr(appeal)),
        "Si la salud de su hijo/a está en peligro, pida una apelación rápida (72 horas). Después de la apelación, "
        "puede pedir una revisión estatal independiente; los plazos vendrán en nuestra decisión.",
    ]
    W.write_photo(os.path.join(HERE, stem + ".png"), items, seed=9, angle=3.0, family="dejavu", pt=10.5)
    nd = "2026-11-13"
    return stem + ".png", "phone photo PNG (tilt, shadow, border)", "Separate CHIP plan, Spanish", "out of network", \
        "child's DOB 12/11/2013 is 12 Nov (day before notice); day-first service dates 02/10 and 16/10; parent is addressee; spaced case number", \
        key_of(stem + ".png",
               "Spanish CHIP (separate, not Medicaid) payment denial, phone photo. The patient is the child; the "
               "parent is the addressee. Dates are day-first: DOB 12/11/2013 = 12 November 2013; services 2 and "
               "16 October 2026. Case number printed with spaces.",
               patient_name="Mateo Andrés Villaseñor Ruiz", member_id="ARC-2210-5548-07", claim_number="AC 26 1113 0094",
               notice_date=nd, service_dates=["2026-10-02", "2026-10-16"], procedure_codes=["90792", "99214"],
               diagnosis_codes=["F32.2"], denial_category="out_of_network", plan_type="chip", urgent=False,
               appeal_deadline=plus(nd, 60),
               deadline_basis="60 días calendario a partir de la fecha de este aviso", appeals_address=appeal)


# ---------------------------------------------------------------- 10
@case
def n10():
    stem = "10-medicare-advantage-expedited-denial"
    appeal = ["Silverline Advantage", "Appeals & Grievances Dept., Mailstop AG-4", "500 Meridian Loop",
              "Tempe Ridge, AZ 85299"]
    items = [
        ("right", "Silverline Advantage Choice (HMO)\n3100 Camelback Gateway, Phoenix Heights, AZ 85298"),
        ("title", "Notice of Denial of Medical Coverage"),
        ("lines", "Date: November 20, 2026\nMember name: Bartholomew Quaye\nMember number: SLA 9920 0417\n"
                  "Date of birth: 11/21/1948\nRequest ID: 2026-11-A 40771"),
        "We have denied the medical care/services listed below that you or your physician asked for. We received "
        "the request on November 18, 2026 at 4:10 PM. Because your doctor told us that waiting could seriously "
        "harm your health, we made this decision on an expedited (fast) basis.",
        ("table", [["Service requested", "Code", "Diagnosis", "Requested by"],
                   ["Esketamine nasal spray treatment with 2-hour observation, > 56 mg, twice weekly x 4 weeks",
                    "G2083", "F33.2", "Mesa Verde Behavioral Health"]], True),
        ("h", "Why did we deny your request?"),
        "We denied this request because it is not medically necessary under Medicare coverage rules. The records "
        "do not document an adequate trial of at least two antidepressants in the current episode, and they show "
        "an uncontrolled blood pressure reading (176/104) on 11/16/2026 without a plan for monitoring. This "
        "decision was made by Laurel Ingersoll, MD, a physician with expertise in psychiatry.",
        ("h", "You have the right to appeal our decision"),
        "You have the right to ask Silverline Advantage to review our decision by asking us for an appeal. You "
        "must ask for a plan reconsideration within 65 calendar days from the date of this notice. We can give you "
        "more time if you have a good reason for missing the deadline.",
        ("h", "How to ask for an appeal with Silverline Advantage"),
        "Standard appeal: mail or fax your request to:",
        ("lines", addr(appeal) + "\nFax: 1-855-555-0195"),
        "Fast (expedited) appeal: call 1-855-555-0194, 24 hours a day. If your doctor says that waiting could "
        "seriously harm your health, we will automatically give you a fast appeal, decided within 72 hours. "
        "If we keep our denial, we will send your case to an Independent Review Entity automatically.",
        ("small", "Silverline Advantage is an HMO plan with a Medicare contract. H9917_IDN_2026   Form CMS-10003 style "
                  "notice   Page 1 of 2"),
    ]
    W.write_pdf(os.path.join(HERE, stem + ".pdf"), items, font="Times-Roman", size=10.5)
    nd = "2026-11-20"
    return stem + ".pdf", "text PDF", "Medicare Advantage HMO (pre-service)", "medical necessity (expedited)", \
        "DOB 11/21/1948 a day after the notice; request received 11/18; a vital-sign date 11/16; request ID with a space; urgent request", \
        key_of(stem + ".pdf",
               "Medicare Advantage pre-service denial decided as an expedited request, so urgent is true. No "
               "service dates (care not yet given). DOB 11/21/1948; request received 11/18/2026; a clinical date "
               "11/16/2026. The plan-type tag '(HMO)' is not part of the name. The request ID stands as the claim "
               "number.",
               patient_name="Bartholomew Quaye", member_id="SLA 9920 0417", claim_number="2026-11-A 40771",
               notice_date=nd, procedure_codes=["G2083"], diagnosis_codes=["F33.2"],
               denial_category="medical_necessity", plan_type="medicare_advantage", urgent=True,
               appeal_deadline=plus(nd, 65),
               deadline_basis="within 65 calendar days from the date of this notice", appeals_address=appeal)


# ---------------------------------------------------------------- 11
@case
def n11():
    stem = "11-tricare-not-covered-fax"
    appeal = ["Westfield Federal Health Services", "TRICARE Appeals", "P.O. Box 870144",
              "Lakeside Junction, WI 53799-0144"]
    items = [
        ("center", "WESTFIELD FEDERAL HEALTH SERVICES\nTRICARE Regional Contractor\n"
                   "Claims correspondence: P.O. Box 870100, Lakeside Junction, WI 53799-0100"),
        ("rule",),
        ("lines", "November 6, 2026\n\nLorelei M. Abernathy\n38 Redstone Court\nFort Halcyon, KY 42799"),
        ("h", "TRICARE Select - Notice of Claim Denial"),
        ("table", [["", "Name", "DoD Benefits Number"],
                   ["Sponsor", "SFC Raymond T. Abernathy", "1039 2210 446"],
                   ["Patient", "Lorelei M. Abernathy (spouse)", "1048 8832 917"]], True),
        ("lines", "Claim number: TSW-26-301-88104-00\nProvider: Bluegrass Ketamine & Infusion Therapy\n"
                  "Date claim received: 10/28/2026"),
        ("table", [["Service date", "Procedure", "Diagnosis", "Billed", "TRICARE paid", "Adj."],
                   ["10/13/2026", "96365", "F33.2", "$575.00", "$0.00", "CO-96"],
                   ["10/13/2026", "J3490", "F33.2", "$190.00", "$0.00", "CO-96"],
                   ["10/15/2026", "96365", "F33.2", "$575.00", "$0.00", "CO-96"],
                   ["10/15/2026", "J3490", "F33.2", "$190.00", "$0.00", "CO-96"]], True),
        "TRICARE does not cover intravenous ketamine given for depression. It is excluded from TRICARE coverage "
        "under the TRICARE Policy Manual as an off-label use that is not a covered benefit. Non-covered charge "
        "(CO-96).",
        ("h", "Reconsideration rights"),
        "If you disagree, you may request a reconsideration. Your request must be postmarked or received within "
        "90 days from the date of this notice. Send a signed letter with a copy of this notice to:",
        ("lines", addr(appeal)),
        "Appeals fax: 1-888-555-0163. Do not send appeals to the claims correspondence box.",
    ]
    hdr = lambda i, n: f"11/09/2026 08:15  WFHS APPEALS FAX 18885550160  -> 12705550122  PAGE {i} OF {n}"
    n = W.write_fax_tiff(os.path.join(HERE, stem + ".tif"), items, hdr, seed=11, family="serif", pt=11)
    nd = "2026-11-06"
    return stem + ".tif", f"1-bit fax TIFF, Group 4 ({n} p)", "TRICARE Select (regional contractor)", "not covered", \
        "sponsor vs patient DoD benefits numbers; fax stamp 11/09 vs letter 11/06; claim received date; bordered tables; appeal box differs from correspondence box", \
        key_of(stem + ".tif",
               "TRICARE Select claim denial, 1-bit fax. The member ID is the patient's DoD Benefits Number, not the "
               "sponsor's. The fax stamp date 11/09/2026 and 'Date claim received 10/28/2026' are not the notice "
               "date. TRICARE is none of the tool's plan types, so plan_type is left out.",
               patient_name="Lorelei M. Abernathy", member_id="1048 8832 917", claim_number="TSW-26-301-88104-00",
               notice_date=nd, service_dates=["2026-10-13", "2026-10-15"], procedure_codes=["96365", "J3490"],
               diagnosis_codes=["F33.2"], carc_codes=["CO-96"], denial_category="not_covered", urgent=False,
               appeal_deadline=plus(nd, 90),
               deadline_basis="postmarked or received within 90 days from the date of this notice",
               appeals_address=appeal)


# ---------------------------------------------------------------- 12
@case
def n12():
    stem = "12-church-plan-es-benefit-limit"
    appeal = ["Plan de Beneficios de Salud AIES", "Comité de Apelaciones", "2100 Avenida Misión, Suite 210",
              "San Antonio Viejo, TX 78299"]
    items = [
        ("title", "Alianza de Iglesias Evangélicas del Suroeste\nPlan de Beneficios de Salud"),
        ("center", "Plan de iglesia (church plan) no sujeto a ERISA\n"
                   "Oficina de correspondencia: Apartado 7710, Austin del Río, TX 78298"),
        ("box", [[("Nombre del participante", "Esperanza Lucía Gallardo Peña"),
                  ("Número de identificación", "AIES 5521 803 02"),
                  ("Fecha de nacimiento", "26/11/1966")],
                 [("Número de reclamación", "AIES-2611-00873-1"), ("Fecha de esta carta", "27/11/2026"),
                  ("Fecha en que recibimos el reclamo", "16/11/2026")]]),
        ("lines", "Sra. Esperanza Lucía Gallardo Peña\n1733 Calle Jacinto\nSan Marcos Alto, TX 78297"),
        ("h", "Aviso de determinación adversa de beneficios"),
        "Estimada Sra. Gallardo Peña:",
        "Hemos procesado el reclamo del Centro de Neuromodulación Hill Country por sesiones de estimulación "
        "magnética transcraneal (EMT).",
        ("table", [["Fecha de servicio", "Código", "Diagnóstico", "Cobrado", "Pagado", "Código de ajuste"],
                   ["03/11/2026", "90868", "F33.2", "$310.00", "$0.00", "CO-119"],
                   ["05/11/2026", "90868", "F33.2", "$310.00", "$0.00", "CO-119"],
                   ["09/11/2026", "90868", "F33.2", "$310.00", "$0.00", "CO-119"]]),
        "Motivo: se alcanzó el máximo del beneficio. El plan cubre hasta 36 sesiones de EMT por año del plan y el "
        "plan ya pagó 36 sesiones entre el 02/06/2026 y el 29/10/2026 (código CO-119, beneficio máximo alcanzado).",
        ("h", "Su derecho a apelar"),
        "Puede apelar esta decisión dentro de 180 días a partir de la fecha en que reciba esta carta. Envíe su "
        "apelación por escrito, con copia de esta carta, a:",
        ("lines", addr(appeal)),
        "No envíe apelaciones al Apartado 7710. Si su médico indica que la espera pone en grave peligro su salud, "
        "pida una apelación urgente, que se decide en 72 horas. Después de la decisión final podrá pedir una "
        "revisión externa independiente dentro de 4 meses.",
    ]
    W.write_docx(os.path.join(HERE, stem + ".docx"), items, font="Arial")
    nd = "2026-11-27"
    return stem + ".docx", "DOCX (boxed header, labels above values, table)", "Church plan (non-ERISA), Spanish", \
        "benefit limit", "labels above values; DOB 26/11/1966 a day before the letter; received 16/11; ambiguous day-first service dates (03/11 = 3 Nov); earlier paid range 02/06-29/10", \
        key_of(stem + ".docx",
               "Spanish church-plan notice (not ERISA) in Word with boxed labels above values. All dates day-first: "
               "services 3, 5 and 9 November 2026 (could be misread as March 11, May 11, September 11); DOB "
               "26/11/1966; 'Fecha en que recibimos el reclamo' 16/11/2026 and the range of earlier paid sessions "
               "are not notice or service dates. Benefit maximum (CO-119) is the 'other' category. Window from "
               "receipt; deadline computed from the letter date.",
               patient_name="Esperanza Lucía Gallardo Peña", member_id="AIES 5521 803 02",
               claim_number="AIES-2611-00873-1", notice_date=nd,
               service_dates=["2026-11-03", "2026-11-05", "2026-11-09"], procedure_codes=["90868"],
               diagnosis_codes=["F33.2"], carc_codes=["CO-119"], denial_category="other", plan_type="church",
               urgent=False, appeal_deadline=plus(nd, 180),
               deadline_basis="dentro de 180 días a partir de la fecha en que reciba esta carta",
               appeals_address=appeal)


# ---------------------------------------------------------------- 13
@case
def n13():
    stem = "13-self-funded-tpa-coding-email"
    appeal = ["Tidewater Shipbuilders Employee Health Plan", "c/o Harborview Benefit Services",
              "Appeals Department", "PO Box 3318", "Newport Landing, VA 23699"]
    body = f"""Harborview Benefit Services
Third-party claims administrator for the Tidewater Shipbuilders Employee Health Plan
(a self-funded group health plan governed by ERISA)

Date of notice: October 21, 2026

Member:        Priyanka Ramaswamy-Cole
Member ID:     THP-556210-01
Claim:         TPA-CLM 8830 2214 07
Provider:      Chesapeake Pain & Wellness Infusions
Received:      10/02/2026

Dear Priyanka Ramaswamy-Cole,

We have finished processing the claim above. The plan will not pay it as billed.

  DOS         CPT/HCPCS   Units   ICD-10   Billed    Paid    CARC / RARC
  09/24/2026  96365       1       G89.4    $620.00   $0.00   CO-16 / M119
  09/24/2026  J3490       1       G89.4    $180.00   $0.00   CO-16 / M119

Reason: CO-16, the claim lacks information or has submission/billing errors. Remark M119: missing,
incomplete or invalid NDC. An unlisted drug (J3490) must be billed with the National Drug Code, the drug
name and the dose given. Because the drug line cannot be priced, the infusion line was also denied. Your
provider may send a corrected claim; a corrected claim is not an appeal.

HOW TO APPEAL
You may file an appeal within 180 days of receipt of this notice. Put it in writing and mail it to:

    {appeal[0]}
    {appeal[1]}
    {appeal[2]}
    {appeal[3]}
    {appeal[4]}

or fax it to 1-757-555-0129. You may ask for copies of all documents relevant to your claim free of
charge. If your appeal is denied you may ask for an external review.

This mailbox is not monitored. Harborview Benefit Services, 1200 Commerce Quay, Norfolk Point, VA 23698.
"""
    m = EmailMessage()
    m["From"] = "Harborview Benefit Services <noreply@hbs-claims.example>"
    m["To"] = "priyanka.rc@mailbox.example"
    m["Subject"] = "Claim determination notice - Claim TPA-CLM 8830 2214 07"
    m["Date"] = format_datetime(dt.datetime(2026, 10, 22, 21, 20, tzinfo=dt.timezone(dt.timedelta(hours=-4))))
    m["Message-ID"] = "<cdn-88302214@hbs-claims.example>"
    m.set_content(body, cte="base64")
    html = "<html><body><pre style='font-family:Consolas,monospace'>" + body.replace("&", "&amp;").replace(
        "<", "&lt;") + "</pre></body></html>"
    m.add_alternative(html, subtype="html")
    with open(os.path.join(HERE, stem + ".eml"), "wb") as f:
        f.write(bytes(m))
    nd = "2026-10-21"
    return stem + ".eml", ".eml (base64 plain + HTML)", "Self-funded employer plan via TPA", "coding/billing", \
        "e-mail sent 22 Oct (23 Oct UTC) vs notice date 21 Oct; claim received 10/02; spaced claim number; CARC with RARC", \
        key_of(stem + ".eml",
               "E-mail from the TPA of a self-funded ERISA plan. The e-mail Date header (22 Oct 2026 21:20 -0400, "
               "i.e. 23 Oct in UTC) is not the notice date printed in the body. 'Received 10/02/2026' is the "
               "claim receipt. Window from receipt; deadline computed from the notice date. RARC M119 is not a "
               "CARC.",
               patient_name="Priyanka Ramaswamy-Cole", member_id="THP-556210-01", claim_number="TPA-CLM 8830 2214 07",
               notice_date=nd, service_dates=["2026-09-24"], procedure_codes=["96365", "J3490"],
               diagnosis_codes=["G89.4"], carc_codes=["CO-16"], denial_category="coding_billing",
               plan_type="employer_erisa", urgent=False, appeal_deadline=plus(nd, 180),
               deadline_basis="within 180 days of receipt of this notice", appeals_address=appeal)


# ---------------------------------------------------------------- 14
@case
def n14():
    stem = "14-state-employees-eob-timely-filing"
    appeal = ["Lakes State Employees Health Plan", "Level One Appeals", "P.O. Box 14420", "Capitol Heights, MI 48999"]
    txt = f"""                         LAKES STATE EMPLOYEES HEALTH PLAN
                    Group health plan for employees of the State
                     EXPLANATION OF BENEFITS - THIS IS NOT A BILL

Statement date: 11/05/2026                                   Date mailed: 11/06/2026
Subscriber: ORLANDO J WHITCOMBE                             Member ID: SEH 221 884 190
Patient:    Orlando J. Whitcombe                             Relationship: Self
Customer service: 1-800-555-0137 / Member Services, 700 Capitol Ave, Lansing Mills, MI 48998

------------------------------------------------------------------------------------------------
CLAIM 2026 0815 33012   Provider: Great Lakes TMS Center        Received 09/02/2026
  Svc date    Code   Dx      Billed     Allowed    Plan paid   You owe   Code
  08/15/2026  99214  F33.1   $195.00    $132.40    $105.92     $26.48    PR-2
  Claim status: PAID

CLAIM 2025 0610 44178   Provider: Great Lakes TMS Center        Received 10/22/2026
  Svc date    Code   Dx      Billed     Allowed    Plan paid   You owe   Code
  06/10/2025  90868  F33.1   $340.00    $0.00      $0.00       $0.00     CO-29
  06/12/2025  90868  F33.1   $340.00    $0.00      $0.00       $0.00     CO-29
  Claim status: DENIED

CLAIM 2026 0921 50233   Provider: Great Lakes TMS Center        Received 10/01/2026
  Svc date    Code   Dx      Billed     Allowed    Plan paid   You owe   Code
  09/21/2026  99214  F33.1   $195.00    $132.40    $105.92     $26.48    PR-2
  Claim status: PAID
------------------------------------------------------------------------------------------------

MESSAGE CODES
PR-2   Coinsurance amount.
CO-29  The time limit for filing has expired. Claims must be filed within 365 days of the date of
       service. The provider may not bill you for these services.

YOUR RIGHT TO APPEAL
If you disagree with how a claim was processed, you have 180 days from the date you receive this
statement to file a Level One appeal. Write to:

      {appeal[0]}
      {appeal[1]}
      {appeal[2]}
      {appeal[3]}

Include the claim number and a copy of this statement. After a final adverse decision you may ask
for an independent external review within 4 months.
"""
    with open(os.path.join(HERE, stem + ".txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write(txt)
    nd = "2026-11-05"
    return stem + ".txt", "plain text EOB (CRLF, fixed width)", "State employees plan", "timely filing", \
        "three claims, middle one denied; spaced claim numbers; statement vs mailed date; claim received dates; PR-2 on paid claims", \
        key_of(stem + ".txt",
               "State employees' group plan EOB (governmental). Three claims; only 2025 0610 44178 is denied (its "
               "two lines). Claim numbers printed with spaces. 'Date mailed' 11/06/2026 and the claims' 'Received' "
               "dates are not the notice date. PR-2 belongs to the paid claims. Subscriber is printed in capitals; "
               "the patient line gives the name. Window from receipt; deadline computed from the statement date.",
               patient_name="Orlando J. Whitcombe", member_id="SEH 221 884 190", claim_number="2025 0610 44178",
               notice_date=nd, service_dates=["2025-06-10", "2025-06-12"], procedure_codes=["90868"],
               diagnosis_codes=["F33.1"], carc_codes=["CO-29"], denial_category="timely_filing",
               plan_type="governmental", urgent=False, appeal_deadline=plus(nd, 180),
               deadline_basis="180 days from the date you receive this statement", appeals_address=appeal)


# ---------------------------------------------------------------- 15
@case
def n15():
    stem = "15-medicare-advantage-es-not-covered"
    appeal = ["Plan Sol Dorado", "Departamento de Apelaciones y Quejas", "P.O. Box 55190", "Miami Lakes Oeste, FL 33099"]
    items = [
        ("center", "Plan Sol Dorado Medicare Advantage (PPO)\n4700 Biscayne Terrace, Coral Gables Norte, FL 33098\n"
                   "Servicios al Miembro: 1-800-555-0158 (TTY 711), de 8 a.m. a 8 p.m."),
        ("title", "Aviso de denegación de pago"),
        ("table", [["Fecha de este aviso", "Fecha de impresión", "Número de reclamación"],
                   ["4 de noviembre de 2026", "05/11/2026", "SD 26 1015 77102"]], True),
        ("lines", "Nombre del miembro: Aurelio Benítez Saldaña\nNúmero de miembro: SDM 7716 0093 1\n"
                  "Fecha de nacimiento: 03/11/1950\n"
                  "Proveedor: Instituto de Infusiones Brisas del Sur"),
        "Hemos denegado el pago de los servicios médicos que se indican a continuación.",
        ("table", [["Fecha del servicio", "Servicio", "Código", "Diagnóstico", "Ajuste"],
                   ["13/10/2026", "Infusión intravenosa, primera hora", "96365", "F33.2", "CO-96"],
                   ["13/10/2026", "Ketamina, medicamento sin clasificar", "J3490", "F33.2", "CO-96"],
                   ["15/10/2026", "Infusión intravenosa, primera hora", "96365", "F33.2", "CO-96"],
                   ["15/10/2026", "Ketamina, medicamento sin clasificar", "J3490", "F33.2", "CO-96"]], True),
        ("h", "¿Por qué denegamos el pago?"),
        "La infusión de ketamina para la depresión no es un beneficio cubierto por Medicare ni por su plan. No hay "
        "una determinación de cobertura de Medicare que la incluya y su Evidencia de Cobertura la excluye "
        "(capítulo 4, sección 3). Cargo no cubierto (CO-96).",
        ("h", "Usted tiene derecho a apelar nuestra decisión"),
        "Puede pedirnos que revisemos nuestra decisión. Debe pedir la apelación (reconsideración) dentro de 65 "
        "días a partir de la fecha de este aviso. Envíe su solicitud por escrito a:",
        ("lines", addr(appeal) + "\nFax: 1-800-555-0159"),
        "Las apelaciones de pagos no pueden ser aceleradas. Si mantenemos nuestra decisión, enviaremos su caso "
        "automáticamente a una Entidad de Revisión Independiente.",
        ("small", "Plan Sol Dorado es un plan PPO con contrato con Medicare. H9934_DP_ES_2026"),
    ]
    W.write_pdf(os.path.join(HERE, stem + ".pdf"), items, font="Helvetica", size=10)
    nd = "2026-11-04"
    return stem + ".pdf", "text PDF", "Medicare Advantage PPO, Spanish", "not covered", \
        "print date 05/11/2026 (day-first) vs notice date in words; DOB 03/11/1950 the day before; spaced claim number; labels above values", \
        key_of(stem + ".pdf",
               "Spanish Medicare Advantage payment denial. Notice date in words; 'Fecha de impresión' 05/11/2026 "
               "(5 Nov) is not it. DOB 03/11/1950 = 3 November 1950. Service dates day-first. The plan-type tag "
               "'(PPO)' is not part of the name.",
               patient_name="Aurelio Benítez Saldaña", member_id="SDM 7716 0093 1", claim_number="SD 26 1015 77102",
               notice_date=nd, service_dates=["2026-10-13", "2026-10-15"], procedure_codes=["96365", "J3490"],
               diagnosis_codes=["F33.2"], carc_codes=["CO-96"], denial_category="not_covered",
               plan_type="medicare_advantage", urgent=False, appeal_deadline=plus(nd, 65),
               deadline_basis="dentro de 65 días a partir de la fecha de este aviso", appeals_address=appeal)


# ---------------------------------------------------------------- 16
@case
def n16():
    stem = "16-expat-group-day-first-prior-auth-photo"
    appeal = ["Meridian Expat Health (US) Insurance Co.", "Appeals Team", "1 Liberty Plaza, 14th Floor",
              "Jersey Harbor, NJ 07399"]
    items = [
        ("title", "MERIDIAN EXPAT HEALTH"),
        ("center", "Meridian Expat Health (US) Insurance Co.  -  Group Medical Plan\n"
                   "Service centre: 300 Newport Quay, Jersey Harbor, NJ 07398"),
        ("small", "Please note: all dates on this notice are shown as DD/MM/YYYY."),
        ("box", [[("Date of issue", "04/11/2026"), ("Claim received", "02/11/2026"),
                  ("Claim reference", "MEH-C 2610 33185")],
                 [("Insured member", "Sebastian Kowalczyk-Ferreira"), ("Member number", "MEH/US/22017/03"),
                  ("Date of birth", "05/11/1991")]]),
        ("h", "Claim decision - not payable"),
        "Policyholder: Halvorsen Maritime Services Inc. employee group plan. We have assessed the claim from "
        "Hudson Ketamine Therapeutics for treatment given on 13/10/2026 and 20/10/2026: IV infusion first hour "
        "(96365), additional hour (96366) and ketamine (J3490), diagnosis F33.2.",
        "Reason: your group plan requires pre-authorisation before any course of infusion therapy begins. No "
        "pre-authorisation was requested for this treatment (adjustment code CO-197).",
        ("h", "Appealing this decision"),
        "You may appeal in writing within 180 days of the date of issue of this notice. Send your appeal and "
        "supporting medical evidence to:",
        ("lines", addr(appeal)),
        "Do not send appeals to the service centre. Urgent appeals are decided within 72 hours. You may also "
        "request external review after our final decision.",
    ]
    W.write_photo(os.path.join(HERE, stem + ".jpg"), items, seed=16, angle=-2.2, family="sans", pt=10.5)
    nd = "2026-11-04"
    return stem + ".jpg", "phone photo JPEG (tilt, shadow, border)", "Insured employer group (expat carrier)", \
        "prior authorization", "English notice with DD/MM/YYYY hint; 04/11 and 02/11 and DOB 05/11 all ambiguous; labels above values in boxes", \
        key_of(stem + ".jpg",
               "English group-plan notice that says its dates are DD/MM/YYYY: date of issue 04/11/2026 = 4 November "
               "2026; claim received 02/11/2026 (2 Nov); DOB 05/11/1991 (5 Nov) is one day after the notice. "
               "Boxed labels above values. Window counted from the date of issue.",
               patient_name="Sebastian Kowalczyk-Ferreira", member_id="MEH/US/22017/03", claim_number="MEH-C 2610 33185",
               notice_date=nd, service_dates=["2026-10-13", "2026-10-20"], procedure_codes=["96365", "96366", "J3490"],
               diagnosis_codes=["F33.2"], carc_codes=["CO-197"], denial_category="prior_authorization",
               plan_type="employer_erisa", urgent=False, appeal_deadline=plus(nd, 180),
               deadline_basis="within 180 days of the date of issue of this notice", appeals_address=appeal)


# ---------------------------------------------------------------- 17
@case
def n17():
    stem = "17-medicaid-mco-es-coding-fax"
    appeal = ["Salud Comunitaria del Valle Central", "Unidad de Quejas y Apelaciones", "Apartado Postal 2288",
              "Visalia Norte, CA 93299"]
    items = [
        ("center", "SALUD COMUNITARIA DEL VALLE CENTRAL\nPlan de atención administrada de Medi-Cal\n"
                   "Correspondencia: 815 Avenida Mooney, Fresno Sur, CA 93298"),
        ("rule",),
        ("title", "AVISO DE ACCIÓN\nSobre su reclamo de servicios de salud mental"),
        ("lines", "Fecha del aviso: 18 de noviembre de 2026\n"
                  "Nombre del miembro: Xiomara Beatriz Olivares Núñez\n"
                  "Fecha de nacimiento: 19/11/1988\n"
                  "Número de identificación del beneficiario (CIN): 90184 4772 A\n"
                  "Número de reclamo: VC-26-1029-04417\n"
                  "Proveedor: Centro de EMT San Joaquín"),
        "Estimada Sra. Olivares Núñez:",
        "Revisamos el reclamo por la primera sesión de estimulación magnética transcraneal con mapeo del umbral "
        "motor (código 90867) que usted recibió el 29/10/2026. El reclamo trae el diagnóstico F32.A (depresión, "
        "no especificada).",
        "Decisión: el reclamo fue negado porque el diagnóstico no corresponde al procedimiento facturado (código de "
        "motivo CO-11). La EMT se cubre para el trastorno depresivo mayor con diagnóstico específico. Su "
        "proveedor puede enviar un reclamo corregido.",
        ("h", "SUS DERECHOS"),
        "Si no está de acuerdo, puede pedir una apelación dentro de 60 días calendario a partir de la fecha de "
        "este aviso. Envíe su apelación por escrito a:",
        ("lines", addr(appeal) + "\nFax: 1-559-555-0117"),
        "Continuación de beneficios: para seguir recibiendo un servicio que ya recibía, apele dentro de 10 días. "
        "Si la apelación no se resuelve a su favor, puede pedir una audiencia imparcial estatal dentro de 120 "
        "días a partir de nuestra decisión.",
    ]
    hdr = lambda i, n: f"19/11/2026 10:02  SCVC APELACIONES  FAX 15595550110   PAG. {i}/{n}"
    n = W.write_fax_tiff(os.path.join(HERE, stem + ".tif"), items, hdr, seed=17, family="sans", pt=11)
    nd = "2026-11-18"
    return stem + ".tif", f"1-bit fax TIFF, Group 4 ({n} p)", "Medicaid MCO (Medi-Cal), Spanish", "coding/billing", \
        "DOB 19/11/1988 equals the fax stamp date; fax header 19/11; spaced CIN; 10-day and 120-day limits", \
        key_of(stem + ".tif",
               "Spanish Medi-Cal managed-care notice, 1-bit fax. Day-first dates. The DOB 19/11/1988 is one day "
               "after the notice date; the fax stamp 19/11/2026 is not the notice date. The 10-day continuation "
               "and 120-day fair hearing are not the appeal window. CIN printed with spaces.",
               patient_name="Xiomara Beatriz Olivares Núñez", member_id="90184 4772 A", claim_number="VC-26-1029-04417",
               notice_date=nd, service_dates=["2026-10-29"], procedure_codes=["90867"], diagnosis_codes=["F32.A"],
               carc_codes=["CO-11"], denial_category="coding_billing", plan_type="medicaid", urgent=False,
               appeal_deadline=plus(nd, 60),
               deadline_basis="dentro de 60 días calendario a partir de la fecha de este aviso",
               appeals_address=appeal)


# ---------------------------------------------------------------- 18
@case
def n18():
    stem = "18-self-funded-experimental-crps-text"
    appeal = ["Ridgeback Trucking Co. Employee Benefit Plan", "Attn: Plan Appeals Committee",
              "c/o Granite Peak Administrators", "4125 Quarry Road, Building C", "Boulder Springs, CO 80399"]
    txt = f"""GRANITE PEAK ADMINISTRATORS                                        Page 1 of 2
PO Box 18800, Boulder Springs, CO 80398          Date printed: 09/15/2026 06:02

September 14, 2026

CORNELIUS ADEBAYO-LINDQVIST
914 ASPEN DRAW
GOLDEN MEADOWS CO 80397

RE:  Patient: Cornelius Adebayo-Lindqvist    DOB: 09/12/1979
     Plan: Ridgeback Trucking Co. Employee Benefit Plan (self-funded)
     ID: RTC 00 417 2213
     Claim No.: GPA-2608-27714
     Provider: Front Range Regional Pain Institute

Dear Mr. Adebayo-Lindqvist:

Granite Peak Administrators processes claims for the Ridgeback Trucking Co. Employee Benefit Plan.
The Plan Administrator has denied the claim below.

  Date of Service   Procedure   Diagnosis          Amount     Allowed   Adjustment
  08/17/2026        96365       G90.511, G89.4     $690.00    $0.00     CO-55
  08/18/2026        96365       G90.511, G89.4     $690.00    $0.00     CO-55
  08/19/2026        96365       G90.511, G89.4     $690.00    $0.00     CO-55
  08/20/2026        96365       G90.511, G89.4     $690.00    $0.00     CO-55
  08/21/2026        96365       G90.511, G89.4     $690.00    $0.00     CO-55
  08/21/2026        96366       G90.511            $230.00    $0.00     CO-55
  08/17-08/21       J3490       G90.511            $1,150.00  $0.00     CO-55

The Plan excludes services that are experimental or investigational (Summary Plan Description,
Article VII, Exclusion 14). The Plan's medical reviewer, a board-certified physiatrist, found that
multi-day outpatient ketamine infusion for complex regional pain syndrome is investigational: the
evidence does not yet show improved long-term outcomes. CARC CO-55: procedure/treatment is deemed
experimental/investigational by the payer.
\f
GRANITE PEAK ADMINISTRATORS                                        Page 2 of 2

YOUR RIGHT TO APPEAL

You have 180 days from the date you receive this letter to file a written appeal with the Plan.
You may submit written comments, documents and records, and you may ask for free copies of all
documents relevant to your claim, including the name of the medical expert consulted. Mail your
appeal to:

    {appeal[0]}
    {appeal[1]}
    {appeal[2]}
    {appeal[3]}
    {appeal[4]}

Appeals faxed to 1-720-555-0125 are also accepted. Correspondence mailed to our PO Box 18800 is
not treated as an appeal. You may have the right to bring a civil action under Section 502(a) of
ERISA after you exhaust the Plan's appeal procedures, and to request external review under 29 CFR
2590.715-2719 after a final denial.
"""
    with open(os.path.join(HERE, stem + ".txt"), "w", encoding="utf-8") as f:
        f.write(txt)
    nd = "2026-09-14"
    return stem + ".txt", "plain text (two pages, form feed)", "Self-funded employer plan via TPA", "experimental", \
        "DOB 09/12/1979 two days before; printed 09/15; name in capitals in the address block; five service dates plus a range row; appeal address at plan c/o TPA street, not TPA PO box", \
        key_of(stem + ".txt",
               "Self-funded ERISA plan letter from its TPA, plain text in two pages. DOB 09/12/1979 is two days "
               "before the letter date; 'Date printed: 09/15/2026' is not the notice date. The J3490 row covers "
               "08/17-08/21 (the same five days). Window from receipt; deadline computed from the letter date.",
               patient_name="Cornelius Adebayo-Lindqvist", member_id="RTC 00 417 2213", claim_number="GPA-2608-27714",
               notice_date=nd,
               service_dates=["2026-08-17", "2026-08-18", "2026-08-19", "2026-08-20", "2026-08-21"],
               procedure_codes=["96365", "96366", "J3490"], diagnosis_codes=["G90.511", "G89.4"],
               carc_codes=["CO-55"], denial_category="experimental_investigational", plan_type="employer_erisa",
               urgent=False, appeal_deadline=plus(nd, 180),
               deadline_basis="180 days from the date you receive this letter", appeals_address=appeal)


def main():
    rows = []
    for fn in CASES:
        fname, fmt, payer, kind, trap, key = fn()
        with open(os.path.join(HERE, os.path.splitext(fname)[0] + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
            f.write("\n")
        rows.append((fname, payer, kind, fmt, trap))
        print("wrote", fname)
    table = "| notice | payer / kind | denial | format | traps |\n|---|---|---|---|---|\n"
    table += "".join("| " + " | ".join(r) + " |\n" for r in rows)
    readme = os.path.join(HERE, "README.md")
    if os.path.exists(readme):  # refresh the table below "## The notices"
        text = open(readme, encoding="utf-8").read()
        mark = "## The notices\n\n"
        text = text[:text.index(mark) + len(mark)] + table
        with open(readme, "w", encoding="utf-8") as f:
            f.write(text)

if __name__ == "__main__":
    main()
