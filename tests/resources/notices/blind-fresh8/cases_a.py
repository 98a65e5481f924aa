"""Notices 01-09 of blind-fresh8. Everything here is FICTIONAL."""
from render import Layout

FICT = "FICTIONAL SAMPLE: every person, plan, number and address in this notice is invented."
FICT_ES = "MUESTRA FICTICIA (FICTIONAL): todas las personas, planes, números y direcciones de este aviso son inventados."


# ------------------------------------------------------------------ 01
def c01():
    L = Layout("sans", 9.5, footer="HBA-ABD-07 (rev. 03/2026)   " + FICT + "   Page {page} of {pages}")
    L.columns(["HARBORLINE", "Benefit Administrators, Inc.", "2210 Quarry Point Road, Suite 400",
               "Fennick Springs, OH 43998", "Customer Service 1-800-555-0142"],
              ["Printed 11/11/2026 06:12 ET", "Correspondence Ref: 2026-314-00917", "", "November 10, 2026"],
              right_x=390, bold_first=(True, False))
    L.space(8)
    L.lines(["GORDON T ASHBY", "1187 WILLOWCREST LN", "FENNICK SPRINGS OH 43997"])
    L.space(6)
    L.text("NOTICE OF ADVERSE BENEFIT DETERMINATION", bold=True, size=12, align="center")
    L.text("Calloway Freight Lines Employee Health Plan (a self-funded group health plan)", align="center", size=9)
    L.space(4)
    L.table(["Employee / Subscriber", "Subscriber ID", "Patient", "Relationship", "Patient ID", "Patient DOB"],
            [["Gordon T. Ashby", "FICT-CFL-204417", "Wren Ashby-Molina", "Daughter", "FICT-CFL-204417-02",
              "11/09/2007"]], [1.3, 1.2, 1.3, 0.9, 1.35, 0.9], size=8)
    L.table(["Claim #", "Provider", "Date(s) of service", "Billed", "Plan paid"],
            [["2026-311-48872", "Lumen Ridge Infusion Center", "10/06/2026, 10/08/2026, 10/13/2026",
              "$2,940.00", "$0.00"]], [1.1, 1.6, 1.9, 0.7, 0.7], size=8)
    L.text("Dear Mr. Ashby:")
    L.text("Harborline Benefit Administrators, Inc. is the third-party claims administrator for the Calloway Freight "
           "Lines Employee Health Plan (the Plan). Harborline processes claims for the Plan but does not insure it; "
           "benefits are paid from Plan assets. We have reviewed the claim listed above for your dependent, Wren "
           "Ashby-Molina, and the Plan will not pay it.")
    L.text("What was billed. Procedure codes 96365 (three units, one for each date of service) and J3490 "
           "(unclassified drug, reported as ketamine hydrochloride), with diagnosis code F33.2. Adjustment code "
           "CO-50: these are non-covered services because this is not deemed a medical necessity by the payer.",
           )
    L.text("Why we denied it. Plan document Section 6.2 (Medically Necessary Services) and the Plan's clinical "
           "criteria for intravenous ketamine require documentation of an adequate trial of at least two "
           "antidepressants from different classes and a current standardized severity score. The records we "
           "received did not include a severity score dated within 30 days before treatment. A copy of the "
           "criteria is available free of charge on request.")
    L.text("Your right to appeal", bold=True, size=10.5)
    L.text("You have 180 days from the date you receive this notice to file an appeal. Your appeal should include "
           "the claim number, the reasons you disagree, and any records that support the claim. You may ask, free "
           "of charge, for copies of all documents relevant to the claim. If your situation is urgent you may ask "
           "for an expedited review by calling the number above.")
    L.text("Send your written appeal to:")
    L.lines(["Calloway Freight Lines Employee Health Plan", "c/o Harborline Benefit Administrators",
             "Attn: Appeals Review Unit", "PO Box 40718", "Fennick Springs, OH 43999"], indent=24)
    L.text("Claims and bills go to PO Box 40700; that box is not staffed for appeals. After the Plan's final "
           "decision you may have the right to an external review and to bring a civil action under section "
           "502(a) of ERISA.")
    L.text("Sincerely,")
    L.text("Appeals and Grievance Coordination, Harborline Benefit Administrators, Inc.")
    return dict(
        slug="01-self-funded-tpa-dependent-table", fmt="pdf", lang="en", layout=L,
        note="Self-funded employer plan (ERISA) administered by a TPA (administrator: Harborline Benefit "
             "Administrators, Inc.; plan: Calloway Freight Lines Employee Health Plan). Letter addressed to the "
             "subscriber (Gordon T. Ashby, FICT-CFL-204417); the patient is his daughter (own ID with -02 suffix). "
             "DOB 11/09/2007 one day before the notice date; 'Printed 11/11/2026' stamp; correspondence ref "
             "2026-314-00917 looks like the claim number; claims PO Box 40700 is not for appeals. Deadline counted "
             "from the notice date (no mailing days).",
        key=dict(patient_name="Wren Ashby-Molina", member_id="FICT-CFL-204417-02", claim_number="2026-311-48872",
                 notice_date="2026-11-10", service_dates=["2026-10-06", "2026-10-08", "2026-10-13"],
                 procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"], carc_codes=["CO-50"],
                 denial_category="medical_necessity", plan_type="employer_erisa", urgent=False,
                 deadline_basis="180 days from the date you receive this notice",
                 appeals_address="Calloway Freight Lines Employee Health Plan, c/o Harborline Benefit "
                                 "Administrators, Attn: Appeals Review Unit, PO Box 40718, Fennick Springs, OH 43999"),
        deadline=("days", 180),
        printed=["November 10, 2026", "10/06/2026", "10/08/2026", "10/13/2026"],
        traps="dependent patient in a table beside the subscriber; patient ID with suffix; DOB one day before; "
              "print stamp 11/11; correspondence ref shaped like the claim number; claims PO Box not for appeals",
    )


# ------------------------------------------------------------------ 02
def c02():
    cover = Layout("sans", 11)
    cover.text("FAX", bold=True, size=30)
    cover.text("Tallgrass Federal Health Partners - Utilization Management", bold=True, size=12)
    cover.text("1400 Mesa Verde Boulevard, Building C, Corriente Flats, AZ 85398", size=10)
    cover.rule()
    cover.kv([("Date:", "11/23/2026"), ("To:", "Sunstone Interventional Psychiatry, Attn: Prior Auth"),
              ("Fax:", "(520) 555-0119"), ("From:", "TRICARE UM Review, Tallgrass Federal Health Partners"),
              ("Fax:", "(520) 555-0187"), ("Pages:", "2 (including cover)"),
              ("Re:", "Preprocedure review determination - see attached")], label_w=70, size=11)
    cover.rule()
    cover.text("This fax contains protected health information. If you received it in error, call 520-555-0186 and "
               "destroy it. The address above is our utilization management office: do not mail reconsideration "
               "requests to it.", size=10)
    cover.text(FICT, size=9)
    L = Layout("serif", 10.5)
    L.text("TRICARE West Region - Tallgrass Federal Health Partners", bold=True, size=12)
    L.text("Preprocedure Review: Notice of Denial", bold=True, size=12)
    L.space(4)
    L.kv([("Date of Notice:", "November 19, 2026"),
          ("Beneficiary:", "Delphine R. Okonkwo-Hale"),
          ("Beneficiary DOB:", "11/21/1988"),
          ("DoD Benefits Number:", "FICT 308 812 9407"),
          ("Sponsor:", "SSgt Marcus L. Hale (sponsor DBN FICT 308 812 9400)"),
          ("Beneficiary category:", "Active-duty family member, TRICARE Prime"),
          ("Request Number:", "0926RW-55184"),
          ("Requesting provider:", "Sunstone Interventional Psychiatry"),
          ("Services requested:", "J0013 esketamine nasal spray, 84 units per session; 99214 office visit"),
          ("Diagnosis:", "F33.2"),
          ], label_w=150)
    L.text("Determination: DENIED. The physician reviewer found that the request does not meet medical necessity "
           "criteria: the records do not document two adequate antidepressant trials in the current episode. "
           "This is a medical necessity determination under 32 CFR 199.15.")
    L.text("Reconsideration rights: You must request reconsideration within 90 days of the date of this notice. "
           "If you request it within 3 calendar days of receiving this notice, the request will be handled as an "
           "expedited reconsideration. Send a written request with the Request Number to: Tallgrass Federal Health "
           "Partners, Attn: TRICARE Appeals Reconsiderations, P.O. Box 88170, Corriente Flats, AZ 85399.")
    L.text("Free help is available from the Beneficiary Counseling and Assistance Coordinator at your military "
           "hospital or clinic.")
    L.text(FICT, size=8)
    return dict(
        slug="02-tricare-preprocedure-fax", fmt="fax", lang="en", layouts=[cover, L],
        fax_header="NOV-23-2026 09:41  FROM:TALLGRASS FHP UM 5205550187  TO:15205550119   P.{page}/2",
        note="TRICARE preprocedure (prior authorization) denial for Spravato, faxed to the clinic: 1-bit TIFF, "
             "standard mode 204x98 dpi, cover sheet + notice. Cover date 11/23 and fax header stamps are not the "
             "notice date; the UM street address on the cover is not for appeals. Patient is an active-duty family "
             "member; sponsor's DBN also printed (ends 9400). DBN printed in groups (compare without spaces). "
             "Request Number is the claim_number (no claim yet); no service dates printed; no CARC. DOB two days "
             "after the notice date. Not urgent: the 3-day expedited route is only an option.",
        key=dict(patient_name="Delphine R. Okonkwo-Hale", member_id="FICT 308 812 9407", claim_number="0926RW-55184",
                 notice_date="2026-11-19", procedure_codes=["J0013", "99214"], diagnosis_codes=["F33.2"],
                 denial_category="medical_necessity", plan_type="tricare", urgent=False,
                 deadline_basis="within 90 days of the date of this notice",
                 appeals_address="Tallgrass Federal Health Partners, Attn: TRICARE Appeals Reconsiderations, "
                                 "P.O. Box 88170, Corriente Flats, AZ 85399"),
        deadline=("days", 90),
        printed=["November 19, 2026"],
        traps="1-bit fax 204x98, 2 pages; cover date and header stamps; sponsor vs beneficiary DBN; UM street "
              "address on cover; address inside a sentence; expedited 3-day option (not urgent)",
    )


# ------------------------------------------------------------------ 03
def c03():
    L = Layout("dv", 9.5, footer="Y0099_PDX26CD_M  " + FICT + "  {page}/{pages}")
    L.bar("Brightwater Rx Solutions  |  on behalf of Cedar Prairie Medicare Rx (PDP)", size=11, gray=0.2)
    L.text("Member Services: 1-877-555-0163 (TTY 711), 8 a.m. to 8 p.m., 7 days a week", size=8.5)
    L.space(6)
    L.text("NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE", bold=True, size=12.5)
    L.space(2)
    L.kv([("Date:", "November 6, 2026"), ("Member name:", "Theodora P. Vance"),
          ("Member number:", "PDX-FICT-7781-2046"), ("Date of birth:", "11/08/1944"),
          ("Case #:", "CD-26-1104-5531"), ("Request received:", "11/04/2026 3:42 PM"),
          ("Prescriber fax confirmation #:", "26110455310"),
          ("Drug requested:", "Auvelity (dextromethorphan-bupropion) 45 mg/105 mg extended-release tablet, #60 per "
                              "30 days"),
          ("Diagnosis provided by prescriber:", "F33.1")], label_w=205)
    L.text("We have denied your request for the drug listed above.", bold=True)
    L.text("Cedar Prairie Medicare Rx covers Auvelity only under its step therapy requirement: members must first "
           "try bupropion extended-release and at least one other generic antidepressant on our formulary "
           "(for example sertraline, escitalopram or venlafaxine) for at least 6 weeks each. Our records and your "
           "prescriber's statement show a trial of sertraline only. Your prescriber may send information that you "
           "have tried the required drugs or that they would not be right for you.")
    L.text("If you disagree with our decision", bold=True, size=10.5)
    L.text("You have the right to ask us for a redetermination (appeal) of our decision. You must ask for a "
           "redetermination within 65 days from the date of this notice. We can give more time if you have a good "
           "reason for missing the deadline.")
    L.text("Standard appeal: mail your written request to the address below, or fax it to 1-877-555-0164. "
           "Fast (expedited) appeal: if you or your prescriber believe waiting for a standard decision could "
           "seriously harm your health, call 1-877-555-0163. We will decide within 72 hours.")
    L.lines(["Brightwater Rx Solutions", "Medicare Part D Redeterminations", "Attn: Appeals Department",
             "PO Box 27160", "Lantern Bay, MN 55799"], indent=30, bold=False)
    L.text("Pharmacy claims and paper receipts go to PO Box 27100 (not for appeals).", size=8.5)
    L.text("Cedar Prairie Medicare Rx is a Prescription Drug Plan with a Medicare contract. Enrollment depends on "
           "contract renewal.", size=8.5)
    return dict(
        slug="03-part-d-step-therapy-pbm-letter", fmt="pdf", lang="en", layout=L,
        note="Medicare Part D coverage determination denial from a PBM for a PDP: step therapy (Auvelity). "
             "Case # is the claim_number; the prescriber fax confirmation number looks like it. No service dates "
             "or procedure codes are printed (keys left out); diagnosis F33.1 is printed. DOB two days after the "
             "notice date; request received 11/04 with a time. Pharmacy claims PO Box not for appeals. Expedited "
             "route described but not requested: not urgent.",
        key=dict(patient_name="Theodora P. Vance", member_id="PDX-FICT-7781-2046", claim_number="CD-26-1104-5531",
                 notice_date="2026-11-06", diagnosis_codes=["F33.1"],
                 denial_category="step_therapy", plan_type="medicare_part_d", urgent=False,
                 deadline_basis="within 65 days from the date of this notice",
                 appeals_address="Brightwater Rx Solutions, Medicare Part D Redeterminations, Attn: Appeals "
                                 "Department, PO Box 27160, Lantern Bay, MN 55799"),
        deadline=("days", 65),
        printed=["November 6, 2026"],
        traps="dark title bar; 'Date:' and 'Request received' with time; DOB two days after; fax confirmation "
              "number shaped like the case number; two PO boxes; footer form number",
    )


# ------------------------------------------------------------------ 04
def c04():
    L = Layout("sans", 10, footer="Formulario CMS-10003-NDMCP (aviso en español)   " + FICT_ES)
    L.columns(["Plan Ventana Dorada Medicare Advantage (HMO)", "Calle Tetuán 214, Piso 3",
               "Villa Serena, PR 00998", "Servicios al Miembro: 1-888-555-0131 (TTY 711)"],
              ["Fecha: 28 de octubre de 2026", "", "Número de afiliado:", "VDM-FICT-55012-8"], right_x=380,
              bold_first=(True, False))
    L.space(8)
    L.lines(["Sr. Aurelio Benítez Carmona", "Urb. Los Almendros, Calle 4 B-12", "Villa Serena, PR 00997"])
    L.text("AVISO DE DENEGACIÓN DE PAGO", bold=True, size=13, align="center")
    L.text("Aviso de denegación de cobertura médica (o de pago)", align="center", size=9)
    L.kv([("Nombre del miembro:", "Aurelio Benítez Carmona"), ("Fecha de nacimiento:", "30/10/1950"),
          ("Número de reclamación:", "MA 2610 0447 19"), ("Proveedor:", "Clínica Aurora de Infusiones")],
         label_w=150)
    L.text("Hemos denegado el pago de los servicios que recibió el 9 de octubre de 2026 y el 16 de octubre de 2026 "
           "en la Clínica Aurora de Infusiones (códigos 96365, 96366 y J3490; diagnóstico F33.2).")
    L.text("Por qué denegamos su solicitud:", bold=True)
    L.text("Las infusiones intravenosas de ketamina para la depresión se consideran experimentales o de "
           "investigación según la política clínica del plan, porque la ketamina no está aprobada por la FDA "
           "para este uso. Medicare y nuestro plan no pagan servicios experimentales.")
    L.text("Usted tiene derecho a apelar", bold=True)
    L.text("Si no está de acuerdo, puede pedir una reconsideración del plan. Debe pedirla dentro de 65 días a "
           "partir de la fecha de este aviso. Envíe su pedido por escrito a:")
    L.lines(["Plan Ventana Dorada", "Departamento de Apelaciones y Quejas", "Apartado Postal 7719",
             "Villa Serena, PR 00999"], indent=36)
    L.text("También puede enviarlo por fax al 1-888-555-0132. Si denegamos su apelación, la enviaremos "
           "automáticamente a una entidad de revisión independiente.")
    L.text("Recibido por el plan: 21/10/2026. Impreso el 29/10/2026.", size=8.5)
    return dict(
        slug="04-medicare-advantage-pago-escaneado", fmt="scan", lang="es", layout=L, angle=-0.7, seed=404,
        note="Spanish Medicare Advantage payment denial (IDN style), image-only scanned PDF. Notice date in "
             "Spanish words in the right column of the letterhead; DOB 30/10/1950 (day-first) two days after; "
             "'Recibido' 21/10 and 'Impreso' 29/10 dates; service dates inside a Spanish sentence; claim number in "
             "groups (compare without spaces); head-office street address (Calle Tetuán) is not the appeal address; member number under the label 'Número de afiliado' (the 2024 Spanish form's word) in the right column; "
             "'Sr.' courtesy title before the name in the address block.",
        key=dict(patient_name="Aurelio Benítez Carmona", member_id="VDM-FICT-55012-8", claim_number="MA 2610 0447 19",
                 notice_date="2026-10-28", service_dates=["2026-10-09", "2026-10-16"],
                 procedure_codes=["96365", "96366", "J3490"], diagnosis_codes=["F33.2"],
                 denial_category="experimental_investigational", plan_type="medicare_advantage", urgent=False,
                 deadline_basis="dentro de 65 días a partir de la fecha de este aviso",
                 appeals_address="Plan Ventana Dorada, Departamento de Apelaciones y Quejas, Apartado Postal 7719, "
                                 "Villa Serena, PR 00999"),
        deadline=("days", 65),
        printed=["28 de octubre de 2026", "9 de octubre de 2026", "16 de octubre de 2026"],
        traps="image-only scan; Spanish; date in right column; DOB day-first two days after; received/printed "
              "dates; member number in the letterhead column; head office vs Apartado Postal",
    )


# ------------------------------------------------------------------ 05
def c05():
    body = [
        ("p", "ALLEGHENY CIVIL SERVANTS BENEFIT ASSOCIATION", dict(bold=True, size=14)),
        ("p", "An FEHB Program carrier  ·  480 Foundry Street, Marrowick, PA 17998  ·  1-800-555-0157", dict(size=9)),
        ("p", FICT, dict(size=8, italic=True)),
        ("p", "", {}),
        ("p", "November 13, 2026", {}),
        ("p", "Priscilla N. Oduya\n62 Larchmont Terrace\nMarrowick, PA 17996", {}),
        ("table", [["Enrollee", "Priscilla N. Oduya", "Enrollee ID", "FICT44710093"],
                   ["Patient", "Ambrose K. Oduya (spouse)", "Patient ID", "FICT44710093-02"],
                   ["Patient date of birth", "11/15/1970", "Enrollment code", "105"],
                   ["Claim number", "26-298-330417", "Received", "10/31/2026"],
                   ["Dates of service", "10/14/2026, 10/21/2026, 10/28/2026", "Provider", "Keel Point Pain Medicine"]],
         {}),
        ("p", "Re: Denial of benefits - intravenous ketamine for complex regional pain syndrome", dict(bold=True)),
        ("p", "Dear Ms. Oduya:", {}),
        ("p", "We reviewed the claim above for services your spouse received (CPT 96365 and 96366, HCPCS J3490, "
              "diagnosis G90.521). Under Section 6, General Exclusions, of the 2026 FEHB brochure, we do not cover "
              "services or drugs that are experimental or investigational. Our medical director found that "
              "ketamine infusions for complex regional pain syndrome are investigational for this use, and the "
              "claim is denied.", {}),
        ("p", "How to ask us to reconsider", dict(bold=True)),
        ("p", "If you disagree, you must ask us in writing to reconsider within 6 months from the date of this "
              "letter. Write to: Allegheny Civil Servants Benefit Association, Attn: FEHB Reconsideration Unit, "
              "PO Box 6620, Marrowick, PA 17999. Include this letter, the claim number and any medical records that "
              "support the claim.", {}),
        ("p", "If we maintain our denial, you may ask the U.S. Office of Personnel Management (OPM) to review it "
              "within 90 days of our reconsideration decision; the brochure, Section 8, explains how. Do not send "
              "a reconsideration request to the customer service address above.", {}),
        ("p", "Sincerely,\nClaims Review Department", {}),
    ]
    return dict(
        slug="05-fehb-spouse-docx", fmt="docx", lang="en", docx=body,
        note="FEHB carrier letter (Word .docx) addressed to the enrollee; the patient is her spouse (own ID with -02 "
             "suffix, enrollee ID printed too). Label/value table in 4 columns (two pairs per row). DOB 11/15/1970 "
             "two days after the notice date; 'Received 10/31/2026'; enrollment code 105 beside the IDs. Deadline "
             "6 calendar months from the notice date; OPM's 90 days is the next level. No CARC printed.",
        key=dict(patient_name="Ambrose K. Oduya", member_id="FICT44710093-02", claim_number="26-298-330417",
                 notice_date="2026-11-13", service_dates=["2026-10-14", "2026-10-21", "2026-10-28"],
                 procedure_codes=["96365", "96366", "J3490"], diagnosis_codes=["G90.521"],
                 denial_category="experimental_investigational", plan_type="fehb", urgent=False,
                 deadline_basis="within 6 months from the date of this letter",
                 appeals_address="Allegheny Civil Servants Benefit Association, Attn: FEHB Reconsideration Unit, "
                                 "PO Box 6620, Marrowick, PA 17999"),
        deadline=("months", 6),
        printed=["November 13, 2026", "10/14/2026", "10/21/2026", "10/28/2026"],
        traps="DOCX 4-column label/value table; enrollee vs spouse patient; DOB two days after; received date; "
              "enrollment code; address in a sentence; OPM 90 days not the deadline",
    )


# ------------------------------------------------------------------ 06
def c06():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="100%" style="background:#0b4f6c;color:#fff"><tr><td><b>Juniper Ridge Health</b> &middot; Member Portal</td>
<td align="right">Secure message</td></tr></table>
<p>Hello Kenji,</p>
<p>A new letter about one of your claims was posted to your account. The full text of the letter follows. Please do
not reply to this e-mail: this mailbox (noreply@portal.juniperridge.example) is not monitored and is not a way to
file an appeal.</p>
<hr>
<h2 style="font-size:18px">Notice of Adverse Benefit Determination</h2>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Notice date</b></td><td>November 13, 2026</td></tr>
<tr><td><b>Member</b></td><td>Kenji Albright</td></tr>
<tr><td><b>Member ID</b></td><td>JRH-FICT-0081-3327</td></tr>
<tr><td><b>Plan</b></td><td>Juniper Ridge Silver 3500 EPO (purchased through the Health Insurance Marketplace)</td></tr>
<tr><td><b>Claim ID</b></td><td>7702-5518-2026</td></tr>
<tr><td><b>Provider</b></td><td>Tessellate Ketamine Wellness (out of network)</td></tr>
</table>
<p>&nbsp;</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e6eef2"><th>Service date</th><th>Code</th><th>Diagnosis</th><th>Billed</th><th>Allowed</th><th>Adj.</th></tr>
<tr><td>10/20/2026</td><td>96365</td><td>F33.1, F41.1</td><td>$650.00</td><td>$0.00</td><td>CO-242</td></tr>
<tr><td>10/20/2026</td><td>J3490</td><td>F33.1</td><td>$95.00</td><td>$0.00</td><td>CO-242</td></tr>
<tr><td>10/27/2026</td><td>96365</td><td>F33.1, F41.1</td><td>$650.00</td><td>$0.00</td><td>CO-242</td></tr>
<tr><td>10/27/2026</td><td>J3490</td><td>F33.1</td><td>$95.00</td><td>$0.00</td><td>CO-242</td></tr>
</table>
<p><b>Why your claim was denied.</b> Your plan is an exclusive provider organization (EPO). It pays only for care
from providers in the Juniper Ridge network, except for emergencies. Tessellate Ketamine Wellness is not in the
network, and no network exception was approved before the services were given (CO-242: services not provided by
network/primary care providers).</p>
<p><b>Your right to appeal.</b> You must file your appeal within 180 days after you receive this notice. You can ask
for an expedited appeal if waiting could seriously jeopardize your life or health. Mail or deliver your appeal to:<br>
Juniper Ridge Health Plan<br>Member Appeals<br>8800 Larkspur Parkway<br>Mail Stop 14-B<br>Orrin Falls, CO 80999<br>
or fax it to 720-555-0148.</p>
<p>You may also have the right to an independent external review. For help, contact your state's consumer
assistance program at 1-800-555-0171.</p>
<p style="font-size:11px;color:#666">Message reference 7702-5518-2206 &middot; Juniper Ridge Health, 40 Canyon Gate
Drive, Orrin Falls, CO 80998 &middot; """ + FICT + """</p>
</body></html>"""
    return dict(
        slug="06-marketplace-epo-portal-email", fmt="eml", lang="en", html=html,
        headers={"From": "Juniper Ridge Health <noreply@portal.juniperridge.example>",
                 "To": "kenji.albright@mail.example",
                 "Subject": "New letter in your Juniper Ridge account: claim decision",
                 "Date": "Mon, 16 Nov 2026 14:22:08 -0700"},
        note="Marketplace individual EPO, out-of-network denial delivered as an HTML-only portal e-mail "
             "(quoted-printable). E-mail Date 16 Nov is not the notice date (13 Nov). Message reference "
             "7702-5518-2206 looks like the claim ID 7702-5518-2026. Line-item table repeats dates and codes; "
             "a second diagnosis F41.1 appears on the infusion lines. Foot address and the no-reply mailbox are not "
             "for appeals. No DOB printed.",
        key=dict(patient_name="Kenji Albright", member_id="JRH-FICT-0081-3327", claim_number="7702-5518-2026",
                 notice_date="2026-11-13", service_dates=["2026-10-20", "2026-10-27"],
                 procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.1", "F41.1"], carc_codes=["CO-242"],
                 denial_category="out_of_network", plan_type="individual_aca", urgent=False,
                 deadline_basis="within 180 days after you receive this notice",
                 appeals_address="Juniper Ridge Health Plan, Member Appeals, 8800 Larkspur Parkway, Mail Stop 14-B, "
                                 "Orrin Falls, CO 80999"),
        deadline=("days", 180),
        printed=["November 13, 2026", "10/20/2026", "10/27/2026"],
        traps="HTML-only e-mail; e-mail date vs notice date; message reference shaped like the claim ID; line table; "
              "address lines split by <br>; no-reply box and foot address",
    )


# ------------------------------------------------------------------ 07
def c07():
    t = """PLAN COMUNITARIO MESA CLARA
Plan de atención administrada de Medicaid
Oficina central: 900 Avenida de los Pueblos, Sierra Llana, NM 88998
Servicios al miembro: 1-866-555-0125 (TTY 711)

============================================================
   AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS
============================================================

Fecha del aviso:            2 de noviembre de 2026
Fecha de envío por correo:  3 de noviembre de 2026

Nombre del miembro:         Rosalba Quiñónez Tapia
Fecha de nacimiento:        04/11/1979
Número de Medicaid:         FICT-NM-7729104
Número de caso del hogar:   4410-2298-FICT
Número de reclamación:      26-1015-880412
Proveedor:                  Centro de Neuromodulación Valle Encantado

Estimada Sra. Quiñónez Tapia:

Revisamos la reclamación por la estimulación magnética transcraneal (EMT)
que usted recibió los días 5 de octubre de 2026, 7 de octubre de 2026 y
9 de octubre de 2026 (códigos 90867 y 90868; diagnóstico F33.2).

DECISIÓN: Denegamos el pago.

RAZÓN: Estos servicios requieren autorización previa del plan y no se
pidió ni se aprobó una autorización antes de la primera sesión.
Código de ajuste: CO-197 (falta la autorización previa).

SU DERECHO A APELAR
Usted tiene 60 días calendario a partir de la fecha de este aviso para
pedir una apelación al plan. Puede pedirla por teléfono o por escrito.
Si la pide por escrito, envíela a:

    Plan Comunitario Mesa Clara
    Unidad de Apelaciones
    1450 Calle Alameda Sur, Suite 210
    Sierra Llana, NM 88999

No envíe su apelación al apartado de reclamaciones (P.O. Box 3300).

Si la salud suya corre peligro por esperar, pida una apelación rápida
(acelerada); le daremos una decisión en 72 horas.

AUDIENCIA IMPARCIAL ESTATAL: Si el plan mantiene su decisión, puede pedir
una audiencia imparcial estatal a más tardar 120 días calendario a partir
de la fecha del aviso con la decisión de su apelación.

CONTINUACIÓN DE BENEFICIOS: No aplica a este aviso, porque se trata de
servicios ya recibidos.

Atentamente,
Departamento de Administración de Utilización

---
""" + FICT_ES + "\n"
    return dict(
        slug="07-medicaid-mco-aviso-texto", fmt="txt", lang="es", text=t,
        note="Spanish Medicaid managed-care NABD as plain text. Notice date and mailing date in Spanish words; DOB "
             "04/11/1979 (4 November, day-first) two days after; household case number beside the Medicaid number; "
             "three service dates in a wrapped Spanish sentence; head office (Avenida de los Pueblos) and claims "
             "P.O. Box 3300 are not the appeal address; 120-day fair hearing is the next level, not the deadline.",
        key=dict(patient_name="Rosalba Quiñónez Tapia", member_id="FICT-NM-7729104", claim_number="26-1015-880412",
                 notice_date="2026-11-02", service_dates=["2026-10-05", "2026-10-07", "2026-10-09"],
                 procedure_codes=["90867", "90868"], diagnosis_codes=["F33.2"], carc_codes=["CO-197"],
                 denial_category="prior_authorization", plan_type="medicaid", urgent=False,
                 deadline_basis="60 días calendario a partir de la fecha de este aviso",
                 appeals_address="Plan Comunitario Mesa Clara, Unidad de Apelaciones, 1450 Calle Alameda Sur, "
                                 "Suite 210, Sierra Llana, NM 88999"),
        deadline=("days", 60),
        printed=["2 de noviembre de 2026", "5 de octubre de 2026", "7 de octubre de 2026", "9 de octubre de 2026"],
        traps="plain text, Spanish; notice vs mailing date; DOB day-first two days after; household case no.; "
              "dates in a wrapped sentence; head office and claims box; fair hearing 120 days",
    )


# ------------------------------------------------------------------ 08
def c08():
    t = """Campus Cover Administrators
for the PEMBERTON UNIVERSITY GRADUATE STUDENT HEALTH INSURANCE PLAN
Underwritten by Saltmarsh Mutual Life Insurance Company
----------------------------------------------------------------------
""" + FICT + """

Please note: all dates in this letter are written day/month/year (DD/MM/YYYY).

Date of this letter: 09/11/2026            Processed: 06/11/2026

  Insured student : Trần Minh Khôi
  Student ID      : 903-11-4478
  Member ID       : PGS-FICT-26-10427
  Date of birth   : 11/11/2001
  Claim No.       : SHP 2609 71553
  Claim received  : 28/09/2026
  Provider        : Halcyon Infusion Partners LLC

Dear Trần Minh Khôi,

EXPLANATION OF DENIAL

  Date of service   Code    Diagnosis   Charge     Paid    Reason
  03/02/2026        96365   F33.2       $700.00    $0.00   CO-29
  03/02/2026        J3490   F33.2       $110.00    $0.00   CO-29
  24/02/2026        96365   F33.2       $700.00    $0.00   CO-29
  12/03/2026        96365   F33.2       $700.00    $0.00   CO-29

Reason CO-29: the time limit for filing has expired. The Plan requires
claims to be filed within 180 days of the date of service. This claim
was first received on 28/09/2026, more than 180 days after each date of
service, and no proof of earlier filing was provided.

If you or your provider filed the claim on time, or something outside
your control prevented it (for example a hospital stay), please tell us.

HOW TO APPEAL
You may appeal within 180 days of receiving this letter. Write to:

    Pemberton University Graduate Student Health Insurance Plan
    c/o Campus Cover Administrators
    Appeals Coordinator
    77 Wexford Commons, Floor 2
    Ashgrove, MA 01999

Corrected claims (not appeals) go to P.O. Box 5120, Ashgrove, MA 01998.
Questions: 1-800-555-0153 or studentplan@campuscover.example.

This plan is individual student health insurance coverage; you may have
the right to an external review after the internal appeal.
"""
    return dict(
        slug="08-student-plan-dayfirst-text", fmt="txt", lang="en", text=t,
        note="Student health plan (individual market coverage, individual_aca) as plain text; timely filing "
             "(CO-29). Locale hint 'DD/MM/YYYY'. Notice date 09/11/2026 (9 November) and service dates 03/02/2026 "
             "and 12/03/2026 read two ways without the hint; 24/02/2026 is day-first only. 'Processed 06/11' and "
             "'Claim received 28/09' are not the notice date. DOB 11/11/2001 two days after. Student ID beside the "
             "member ID. Vietnamese name with diacritics in an English notice. Corrected-claims P.O. Box not for "
             "appeals. Administrator: Campus Cover Administrators.",
        key=dict(patient_name="Trần Minh Khôi", member_id="PGS-FICT-26-10427", claim_number="SHP 2609 71553",
                 notice_date="2026-11-09", service_dates=["2026-02-03", "2026-02-24", "2026-03-12"],
                 procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"], carc_codes=["CO-29"],
                 denial_category="timely_filing", plan_type="individual_aca", urgent=False,
                 deadline_basis="within 180 days of receiving this letter",
                 appeals_address="Pemberton University Graduate Student Health Insurance Plan, c/o Campus Cover "
                                 "Administrators, Appeals Coordinator, 77 Wexford Commons, Floor 2, Ashgrove, MA 01999"),
        deadline=("days", 180),
        printed=["09/11/2026", "03/02/2026", "24/02/2026", "12/03/2026"],
        traps="day-first hint; ambiguous notice and service dates; processed/received dates; DOB two days after; "
              "student ID; Vietnamese diacritics; case of the plan name differs between header and address; "
              "corrected-claims box",
    )


# ------------------------------------------------------------------ 09
def c09():
    L = Layout("serif", 11, footer=FICT)
    L.text("COVENANT MINISTRIES HEALTH BENEFIT PLAN", bold=True, size=14, align="center")
    L.text("Sponsored by the Evangelical Fellowship of the Lakes  ·  Benefits Office", align="center", size=9.5)
    L.text("41 Vesper Lane, Bellhaven, IN 46998  ·  (317) 555-0138", align="center", size=9.5)
    L.rule()
    L.kv([("Date of Notice", "10/30/2026"), ("Member", "Miriam E. Oyelaran-Best"), ("Member No.", "CMH-FICT-61-5530"),
          ("Birth date", "11/01/1983"), ("Employing unit", "Lakes Conference, Group 061"),
          ("Claim", "C-2026-1031-4478")], label_w=120, size=10.5)
    L.text("Dear Ms. Oyelaran-Best,")
    L.text("The Plan received a claim from Stillwater Ketamine Clinic for infusions given on 10/05/2026 and "
           "10/12/2026 (procedure 96365 with J3490; diagnoses F33.1 and F43.12). Infusion therapy in an outpatient "
           "clinic requires precertification under Article IX of the Plan. No precertification was requested, so "
           "the claim is denied (adjustment CO-197).")
    L.text("The Covenant Ministries Health Benefit Plan is a church plan. It is not governed by ERISA, but it "
           "follows the claims and appeals procedures described in your Summary of Benefits.")
    L.text("Appeal procedure. You or your authorized representative may appeal within 180 days following receipt "
           "of this notification. Please mail appeals to:")
    L.lines(["Covenant Ministries Health Benefit Plan", "Appeals Committee", "3 Chapel Ridge Road",
             "Bellhaven, IN 46999"], indent=40)
    L.text("The Appeals Committee meets monthly and will decide within 60 days of receiving your appeal. You may "
           "request the precertification criteria free of charge.")
    L.text("In Christian service,")
    L.text("Benefits Office")
    L.text("Mailed 11/02/2026", size=8, align="right")
    return dict(
        slug="09-church-plan-precert-scan", fmt="scan", lang="en", layout=L, angle=1.1, seed=909,
        note="Church plan (not ERISA) prior authorization (precertification) denial, image-only scanned PDF, serif "
             "type, skewed. DOB 11/01/1983 two days after the notice date; 'Mailed 11/02/2026' at the foot; Benefits "
             "Office street address in the letterhead is not the appeal address; two diagnoses; 'not governed by "
             "ERISA'.",
        key=dict(patient_name="Miriam E. Oyelaran-Best", member_id="CMH-FICT-61-5530", claim_number="C-2026-1031-4478",
                 notice_date="2026-10-30", service_dates=["2026-10-05", "2026-10-12"],
                 procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.1", "F43.12"], carc_codes=["CO-197"],
                 denial_category="prior_authorization", plan_type="church", urgent=False,
                 deadline_basis="within 180 days following receipt of this notification",
                 appeals_address="Covenant Ministries Health Benefit Plan, Appeals Committee, 3 Chapel Ridge Road, "
                                 "Bellhaven, IN 46999"),
        deadline=("days", 180),
        printed=["10/30/2026", "10/05/2026", "10/12/2026"],
        traps="image-only scan with skew; serif; labels without colons; DOB two days after; mailed date at the foot; "
              "letterhead street address; church plan 'not governed by ERISA'",
    )


CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09]
