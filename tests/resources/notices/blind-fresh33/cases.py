"""The 18 FICTIONAL notices of set 33: printed lines, key facts and check anchors.

Line marks: "## " title, "# " bold, "---" a rule, "%" a shaded row (printed as a halftone screen on
paper), a tab separates table cells (the case's `tabs` are the cell x positions on a 1700 px page).
Everything here is invented: people, plans, providers, numbers and addresses.
"""
from dates import D, f

FIC = "FICTIONAL SAMPLE - not a real notice"
FICES = "MUESTRA FICTICIA - no es un aviso real"


def c01():
    nd = D(2026, 11, 3)
    s1, s2 = D(2026, 9, 14), D(2026, 9, 16)
    L = [
        "## Medicare Summary Notice for Part B (Medical Insurance)",
        "# The official summary of your Medicare claims      " + FIC,
        "---",
        "Harriet O. Vandermolen\tDate of this notice: " + f(nd, "long"),
        "4417 Tamarack Lane\tMedicare Number: 7QW2-HN4-RK61",
        "Duluth, MN 55803-1120\tClaims processed: Aug 4 - Nov 1, 2026",
        "",
        "# Your deductible status: you have met your Part B deductible of $283.00 for 2026.",
        "# Total you may be billed on this notice: $412.66",
        "---",
        "# Your claims and costs this period",
        "%Provider, claim number\tDate\tService\tApproved?\tYou may be billed\tSee",
        "Lakeview Neuromodulation Clinic\t" + f(D(2026, 8, 28), "us") + "\t90867\tYes\t$38.19\t",
        "   Claim 25-26247-903-21",
        "North Shore Family Medicine\t" + f(D(2026, 9, 2), "us") + "\t99214\tYes\t$26.84\t",
        "   Claim 25-26265-118-05",
        "%Lakeview Neuromodulation Clinic\t" + f(s1, "us") + "\t90868\tNo\t$173.80\tA",
        "%   Claim 25-26281-447-10\t" + f(s2, "us") + "\t90868\tNo\t$173.83\tA",
        "---",
        "# Notes for your claims",
        "A  Medicare did not pay for these sessions because, from the records the clinic sent, they",
        "   were not reasonable and necessary for your condition under the local coverage rules for",
        "   this treatment. Because the clinic gave you a written notice beforehand that Medicare",
        "   might not pay, you may be billed for them.",
        "---",
        "# How to appeal a decision on this notice",
        "If you disagree with a decision on this notice, you can file an appeal. Your appeal must",
        "be filed by " + f(D(2027, 3, 3), "long") + ". Circle the services you disagree with, explain why,",
        "sign the page and send it, with copies of anything that helps, to the company that",
        "handled the claim:",
        "     Prairie Gate Medicare Services",
        "     Part B Redeterminations",
        "     PO Box 0124",
        "     Fargo, ND 58108-0124",
        "Letters about your address or your Medicare card go to Prairie Gate Medicare Services,",
        "Correspondence, PO Box 0188, Fargo, ND 58108-0188. Do not send appeals there.",
        "Questions? Call 1-555-0110 (TTY 1-555-0111). Keep this notice for your records.",
        "Your name: ____________________  Phone: ______________  Signature: __________________",
        "Page 1 of 1                                                        " + FIC,
    ]
    return dict(
        n=1, slug="original-medicare-msn-tms-halftone-moire-photo", kind="jpg", device="moire",
        lang="en", font="sans", tabs=[0, 560, 790, 920, 1075, 1340],
        lines=L,
        key=dict(patient_name="Harriet O. Vandermolen", member_id="7QW2-HN4-RK61",
                 claim_number="25-26281-447-10", notice_date=nd, service_dates=[s1, s2],
                 procedure_codes=["90868"], denial_category="medical_necessity", plan_type="medicare",
                 urgent=False),
        nd_label="Date of this notice:", nd_print=f(nd, "long"), sd_prints=[f(s1, "us"), f(s2, "us")],
        cat_ev="not reasonable and necessary", plan_ev="Medicare Summary Notice for Part B",
        urgent_ev=None, window=("date", D(2027, 3, 3)),
        basis="Your appeal must be filed by March 3, 2027",
        addr=["Prairie Gate Medicare Services", "Part B Redeterminations", "PO Box 0124",
              "Fargo, ND 58108-0124"],
        traps=["25-26247-903-21", "25-26265-118-05", "90867", "99214", "Aug 4 - Nov 1, 2026",
               "PO Box 0188"],
        note="An Original Medicare (Part B) summary notice of three claims, one denied: TMS sessions on 2 days "
             "(90868) not reasonable and necessary under the local coverage rules: medical_necessity. No CARC and "
             "no diagnosis codes are printed (an MSN prints neither). The Medicare Number is the member ID. Phone "
             "photo of a page whose shaded rows are a halftone screen: moire bands. Deadline stated as a date.",
    )


def c02():
    nd = D(2026, 11, 9)
    s1, s2 = D(2026, 9, 22), D(2026, 9, 29)
    L = [
        "# Blue Ridge Federal Health Services",
        "TRICARE East Region contractor",
        "1200 Commonwealth Park Drive, Suite 400, Chesapeake, VA 23320",
        FIC,
        "",
        "Date: " + f(nd, "long"),
        "",
        "Ines M. Calloway-Reyes",
        "88 Harbor Light Court",
        "Virginia Beach, VA 23451",
        "",
        "Sponsor: SSG Darnell Calloway-Reyes          Sponsor DoD ID: 1298 4471 20",
        "Patient: Ines M. Calloway-Reyes (spouse)     DoD Benefits Number: 30477185263",
        "Patient date of birth: 07/12/1988            TRICARE Select",
        "Claim number: 2026 307 118 0442",
        "",
        "Dear Ms. Calloway-Reyes:",
        "",
        "We have finished our review of the claim listed above. Dr. Tobias Wren of Tidewater",
        "Infusion Partners billed us for intravenous ketamine given to you on " + f(s1, "long"),
        "and " + f(s2, "long") + ", reported with procedure codes 96365, 96366 and J3490 and the",
        "diagnosis code G90.59. We received your medical records on October 14, 2026.",
        "",
        "TRICARE cannot pay this claim. Ketamine infusions to treat complex regional pain syndrome",
        "are considered unproven under TRICARE policy: the program does not yet accept the",
        "published evidence as showing the treatment is safe and works for this use. The claim",
        "shows adjustment code CO-56. The amount billed, $2,140.00, is not covered.",
        "",
        "# If you disagree",
        "You or your representative may ask us to reconsider. A request for reconsideration must",
        "be postmarked or received within 90 days of the date of this notice. Tell us why you",
        "disagree and include a copy of this notice and any records that support your request.",
        "Mail it to:",
        "    Blue Ridge Federal Health Services",
        "    Attn: TRICARE Reconsiderations",
        "    PO Box 0167",
        "    Columbia, SC 29202-0167",
        "Claims go to TRICARE East Claims, PO Box 0199, Columbia, SC 29202-0199; that box is not",
        "for reconsideration requests.",
        "",
        "A Beneficiary Counseling and Assistance Coordinator at any military hospital or clinic",
        "can help you free of charge. Questions: 1-555-0112.",
        "",
        "Sincerely,",
        "Appeals and Hearings Department",
    ]
    return dict(
        n=2, slug="tricare-ketamine-crps-unproven-rolled-page-ballpoint", kind="jpg", device="rolled",
        lang="en", font="serif", tabs=[0],
        lines=L,
        key=dict(patient_name="Ines M. Calloway-Reyes", member_id="30477185263",
                 claim_number="2026 307 118 0442", notice_date=nd, service_dates=[s1, s2],
                 procedure_codes=["96365", "96366", "J3490"], diagnosis_codes=["G90.59"],
                 carc_codes=["CO-56"], denial_category="experimental_investigational", plan_type="tricare",
                 urgent=False),
        nd_label="Date:", nd_print=f(nd, "long"), sd_prints=[f(s1, "long"), f(s2, "long")],
        cat_ev="considered unproven", plan_ev="TRICARE Select", urgent_ev=None, window=("days", 90),
        basis="within 90 days of the date of this notice",
        addr=["Blue Ridge Federal Health Services", "Attn: TRICARE Reconsiderations", "PO Box 0167",
              "Columbia, SC 29202-0167"],
        traps=["SSG Darnell Calloway-Reyes", "1298 4471 20", "07/12/1988", "October 14, 2026",
               "PO Box 0199", "1200 Commonwealth Park Drive"],
        overlays=[("hand", "called 11/19 - Renee, ref 88213"), ("hand", "BCAC appt 12/2 ?"),
                  ("hand", "records sent again 11/20")],
        note="A TRICARE Select letter to the sponsor's spouse: IV ketamine on 2 days (96365, 96366, J3490; G90.59) "
             "for CRPS, unproven (CO-56): experimental_investigational. Phone photo of a page that was kept rolled "
             "(it bows back into a tube), with blue ballpoint notes in the margin (dates 11/19, 12/2, 11/20). "
             "Window stated: 90 days of the date of this notice. The DoD Benefits Number is keyed, not the sponsor's "
             "DoD ID.",
    )


def c03():
    nd = D(2026, 10, 27)
    s1, s2 = D(2024, 10, 8), D(2024, 10, 22)
    L = [
        "## Potomac Civil Servants Benefit Association",
        "A Federal Employees Health Benefits (FEHB) plan carrier      " + FIC,
        "Member Services, PO Box 0133, Rockville, MD 20849  |  1-555-0113",
        "---",
        "Letter date: " + f(nd, "us") + "\tMember: Gerald T. Okafor-Lind",
        "Member ID: PCS 884 120 337\tEnrollment code: 314 (Self Plus One)",
        "Claim no.: E-26-0931-55702\tClaim received: 09/30/2026",
        "---",
        "Gerald T. Okafor-Lind",
        "5 Quarry View Road, Apt 12",
        "Frederick, MD 21702",
        "",
        "Dear Mr. Okafor-Lind,",
        "",
        "We received a claim from Chesapeake Counseling Associates for two psychotherapy",
        "sessions (procedure code 90834, diagnosis F41.1) on " + f(s1, "us") + " and " + f(s2, "us") + ".",
        "Our brochure requires a claim to reach us by December 31 of the year after the year in",
        "which the care was given. For care in 2024 that date was December 31, 2025. This claim",
        "reached us after the filing time limit, so we cannot pay it (adjustment code CO-29).",
        "A second claim for the same provider, E-26-0931-55703, is still being processed and is",
        "not part of this decision.",
        "",
        "If you or the provider were prevented from filing on time by something outside your",
        "control, tell us what happened and send any proof with your request.",
        "",
        "# Your right to ask us to reconsider",
        "You may ask us in writing to reconsider this decision within 6 months from the date of",
        "this letter. Write to:",
        "     Potomac Civil Servants Benefit Association",
        "     Reconsideration Unit, Mail Stop 4C",
        "     7788 Linden Crest Parkway",
        "     Bethesda, MD 20817",
        "If we uphold our decision, you may then ask the Office of Personnel Management to review",
        "it within 90 days of our reconsideration decision (see Section 8 of your brochure).",
        "",
        "Sincerely,",
        "Claims Review Department",
    ]
    return dict(
        n=3, slug="fehb-psychotherapy-timely-filing-two-ceiling-shadows-violet-stamp", kind="jpg",
        device="ceiling", lang="en", font="sans", tabs=[0, 800],
        lines=L,
        key=dict(patient_name="Gerald T. Okafor-Lind", member_id="PCS 884 120 337",
                 claim_number="E-26-0931-55702", notice_date=nd, service_dates=[s1, s2],
                 procedure_codes=["90834"], diagnosis_codes=["F41.1"], carc_codes=["CO-29"],
                 denial_category="timely_filing", plan_type="fehb", urgent=False),
        nd_label="Letter date:", nd_print=f(nd, "us"), sd_prints=[f(s1, "us"), f(s2, "us")],
        cat_ev="filing time limit", plan_ev="Federal Employees Health Benefits (FEHB)", urgent_ev=None,
        window=("months", 6), basis="within 6 months from the date of this letter",
        addr=["Potomac Civil Servants Benefit Association", "Reconsideration Unit, Mail Stop 4C",
              "7788 Linden Crest Parkway", "Bethesda, MD 20817"],
        traps=["314", "09/30/2026", "E-26-0931-55703", "December 31, 2025", "90 days", "PO Box 0133"],
        overlays=[("stamp", "FEDERAL RETIREE BENEFITS DESK * RECEIVED * NOV 20 2026")],
        note="An FEHB carrier's letter: psychotherapy on 2 days in October 2024 (90834; F41.1) filed after the "
             "brochure's limit (CO-29): timely_filing. Phone photo under two ceiling lights, so the phone and hand "
             "cast two crossing soft shadows; a violet round RECEIVED stamp of a retirees' help desk (NOV 20 2026). "
             "Window stated: 6 months (calendar) from the letter. Traps: enrollment code 314, received date, a "
             "second claim still in process, OPM's 90 days.",
    )


def c04():
    nd = D(2026, 11, 16)
    sd = [D(2026, 10, 6), D(2026, 10, 9), D(2026, 10, 13)]
    L = [
        "## Plan Médico Sol del Valle Advantage (HMO)",
        "Un plan Medicare Advantage - " + FICES,
        "Oficina central: 900 N. 10th Street, McAllen, TX 78501  |  1-555-0114 (TTY 1-555-0115)",
        "---",
        "## AVISO DE DENEGACIÓN DE PAGO",
        "Fecha del aviso: " + f(nd, "es"),
        "Nombre del miembro: Rosalinda Quiñones Aguado",
        "Número de miembro del plan: SDV 500 771 284",
        "Número de Medicare: 2TK9-DW3-QF58        Fecha de nacimiento: 04/08/1957",
        "Número de reclamación: MA-26-3318-0071",
        "Proveedor: Centro de Salud Mental Ribera, 412 E. Nolana Ave., McAllen, TX 78504",
        "---",
        "# Lo que decidimos",
        "Denegamos el pago de las sesiones de esketamina en aerosol nasal con observación en el",
        "consultorio (código G2083, diagnóstico F33.2) del 6, 9 y 13 de octubre de 2026.",
        "Recibimos la reclamación el 21 de octubre de 2026.",
        "",
        "# Por qué",
        "Este medicamento está sujeto a terapia escalonada en nuestro plan: antes de cubrirlo, el",
        "plan exige que usted haya probado dos antidepresivos orales distintos a dosis y durante el",
        "tiempo adecuados, además de un tratamiento de refuerzo. Los registros que recibimos",
        "muestran un solo antidepresivo. Por eso no se cumplieron los requisitos de la terapia",
        "escalonada y el plan no pagará estas sesiones.",
        "",
        "# Si no está de acuerdo, puede apelar",
        "Usted tiene derecho a pedir una reconsideración. Debe pedirla por escrito dentro de los",
        "65 días a partir de la fecha de este aviso. Envíe su apelación a:",
        "     Plan Médico Sol del Valle Advantage",
        "     Departamento de Apelaciones y Quejas",
        "     Apartado Postal 0145",
        "     McAllen, TX 78505-0145",
        "     Fax: 1-555-0116",
        "No envíe apelaciones a la oficina central. Si necesita ayuda, llame al 1-555-0114.",
        "Si usted o su médico creen que esperar podría dañar gravemente su salud, puede pedir",
        "una apelación rápida; para reclamaciones de pago no se ofrece esa vía.",
        "",
        "Referencia de su llamada del 28 de octubre: 7719-442",
    ]
    return dict(
        n=4, slug="medicare-advantage-es-esketamina-terapia-escalonada-sombra-cortina-encaje",
        kind="jpg", device="lace", lang="es", font="sans", tabs=[0],
        lines=L,
        key=dict(patient_name="Rosalinda Quiñones Aguado", member_id="SDV 500 771 284",
                 claim_number="MA-26-3318-0071", notice_date=nd, service_dates=sd,
                 procedure_codes=["G2083"], diagnosis_codes=["F33.2"], denial_category="step_therapy",
                 plan_type="medicare_advantage", urgent=False),
        nd_label="Fecha del aviso:", nd_print=f(nd, "es"), sd_prints=["6, 9 y 13 de octubre de 2026"],
        cat_ev="terapia escalonada", plan_ev="Un plan Medicare Advantage", urgent_ev=None,
        window=("days", 65), basis="65 días a partir de la fecha de este aviso",
        addr=["Plan Médico Sol del Valle Advantage", "Departamento de Apelaciones y Quejas",
              "Apartado Postal 0145", "McAllen, TX 78505-0145"],
        traps=["2TK9-DW3-QF58", "04/08/1957", "21 de octubre de 2026", "7719-442", "900 N. 10th Street",
               "412 E. Nolana Ave."],
        note="Un aviso de denegación de pago de un plan Medicare Advantage, en español: esketamine sessions "
             "(G2083; F33.2) on 3 days written as one list, step therapy not met: step_therapy. No CARC. Phone photo "
             "in afternoon sun through a lace curtain (a dappled lace pattern over the page). Window stated: 65 días. "
             "Traps: the Medicare Number, DOB, received date, the call reference, head office and provider addresses.",
    )


def c05():
    nd = D(2026, 12, 1)
    L = [
        "12/01/2026 16:42   FROM: NORTHWAY RX CLIN REVIEW   1-555-0163   TO: 1-555-0171   P.002/003",
        "# Northway Rx Solutions",
        "Pharmacy benefit manager for Harborlight Medicare Rx (PDP)",
        "2200 E. Camelback Road, Phoenix, AZ 85016        " + FIC,
        "---",
        "## NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE",
        "Date: " + f(nd, "us"),
        "Enrollee's name: Walter Pennington-Ruiz          Date of birth: 09/14/1949",
        "Member ID: HLX 40291 776                          Medicare Number: 5RM3-KP7-XH20",
        "Case number: CD-26-8831047",
        "Prescriber: Leona Fairweather, MD   Fax 1-555-0171",
        "Drug: dextromethorphan-bupropion extended-release 45 mg/105 mg tablets, #60 for 30 days",
        "Diagnosis given by the prescriber: F33.1",
        "---",
        "We received your request on 11/30/2026. We reviewed it as an expedited (fast) request",
        "because your prescriber told us that waiting could seriously harm your health.",
        "",
        "We denied your request. This drug is not on our plan's Drug List (formulary). Your",
        "prescriber asked for a formulary exception, but the statement we received did not show",
        "that the drugs on our Drug List for depression would not work as well for you or would",
        "cause you harm. Drugs on our list you could try include: sertraline, escitalopram,",
        "bupropion extended-release, mirtazapine and vortioxetine.",
        "",
        "# You have the right to ask us for a redetermination (appeal)",
        "You must ask for a redetermination within 65 days from the date of this notice. You,",
        "your representative or your prescriber may ask. Send a written request to:",
        "     Harborlight Medicare Rx",
        "     c/o Northway Rx Solutions",
        "     Attn: Part D Redeterminations",
        "     PO Box 0152",
        "     Scottsdale, AZ 85261-0152",
        "     Fax: 1-555-0164",
        "For a fast appeal, call 1-555-0165 (24 hours a day). The address at the top of this",
        "page is our business office; it does not accept appeals.",
        "",
        "Harborlight Medicare Rx is a fictional prescription drug plan with a Medicare contract.",
        "CONFIDENTIAL: this fax is meant only for the office named above.",
    ]
    return dict(
        n=5, slug="part-d-pbm-formulary-exception-expedited-sheared-fax-tiff", kind="tif", device="shear_fax",
        lang="en", font="sans", tabs=[0],
        lines=L,
        key=dict(patient_name="Walter Pennington-Ruiz", member_id="HLX 40291 776",
                 claim_number="CD-26-8831047", notice_date=nd, diagnosis_codes=["F33.1"],
                 denial_category="not_covered", plan_type="medicare_part_d", urgent=True),
        nd_label="Date:", nd_print=f(nd, "us"), sd_prints=[],
        cat_ev="not on our plan's Drug List", plan_ev="MEDICARE PRESCRIPTION DRUG COVERAGE",
        urgent_ev="expedited (fast) request", window=("days", 65),
        basis="within 65 days from the date of this notice",
        addr=["Harborlight Medicare Rx", "c/o Northway Rx Solutions", "Attn: Part D Redeterminations",
              "PO Box 0152", "Scottsdale, AZ 85261-0152"],
        traps=["5RM3-KP7-XH20", "09/14/1949", "11/30/2026", "2200 E. Camelback Road", "P.002/003"],
        note="A pharmacy benefit manager's Part D coverage-determination denial, faxed to the prescriber, decided "
             "on an expedited basis: a drug not on the Drug List, exception refused: not_covered; urgent. No dates of "
             "care, no codes but F33.1; the case number is keyed. 1-bit fine-mode fax TIFF (Group 4) whose lines "
             "drift sideways more and more down the page (a crooked paper feed at the sender: a shear). Window "
             "stated: 65 days.",
    )


def c06():
    nd = D(2026, 11, 20)
    sd = [D(2026, 11, d) for d in (2, 3, 4, 5, 6)]
    L = [
        "## Salud Pradera Plan de Medicaid",
        "Plan de atención administrada de Medicaid de Illinois - " + FICES,
        "Servicios al Miembro: PO Box 0139, Chicago, IL 60680  |  1-555-0117",
        "---",
        "## AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS",
        "Las fechas de este aviso están escritas día/mes/año.",
        "Fecha de la carta: " + f(nd, "dmy"),
        "Miembro: Tomás Echeverría Lugo\tFecha de nacimiento: 11/03/1979",
        "Número de identificación del miembro: SPM-22870415",
        "Número de reclamo: 2026-PH-0048812",
        "Proveedor: Hospital Lakeside Norte, Programa de Hospitalización Parcial",
        "---",
        "# Qué servicio negamos",
        "Hospitalización parcial psiquiátrica (código H0035, diagnóstico F33.2) en los días",
        "02/11/2026, 03/11/2026, 04/11/2026, 05/11/2026 y 06/11/2026.",
        "Código de ajuste: CO-50.",
        "",
        "# Por qué",
        "Nuestro médico revisor, psiquiatra, leyó los registros. El servicio no es médicamente",
        "necesario en este nivel: sus síntomas pueden tratarse en un nivel de atención menor,",
        "un programa intensivo ambulatorio, que está disponible en nuestra red.",
        "",
        "# Su derecho a apelar",
        "Puede pedir una apelación dentro de 60 días calendario a partir de la fecha de esta",
        "carta. Envíe su apelación a esta dirección:",
        "     Salud Pradera Plan de Medicaid",
        "     Atención: Unidad de Apelaciones",
        "     3300 W. Harrison Street, Piso 6",
        "     Chicago, IL 60624",
        "No envíe apelaciones al PO Box de Servicios al Miembro.",
        "Si quiere seguir recibiendo un servicio durante la apelación, debe apelar dentro de",
        "10 días a partir de la fecha de esta carta.",
        "Después de la apelación, si no está de acuerdo, puede pedir una audiencia imparcial",
        "estatal dentro de 120 días a partir de la decisión de la apelación.",
        "Puede pedir una apelación rápida si esperar podría dañar gravemente su salud.",
        "Recibimos la reclamación el 13/11/2026.",
    ]
    return dict(
        n=6, slug="medicaid-mco-es-hospitalizacion-parcial-escaneo-16-bits-cunas-negras-numerador",
        kind="png", device="deskew", lang="es", font="serif", tabs=[0, 820],
        lines=L,
        key=dict(patient_name="Tomás Echeverría Lugo", member_id="SPM-22870415",
                 claim_number="2026-PH-0048812", notice_date=nd, service_dates=sd, procedure_codes=["H0035"],
                 diagnosis_codes=["F33.2"], carc_codes=["CO-50"], denial_category="medical_necessity",
                 plan_type="medicaid", urgent=False),
        nd_label="Fecha de la carta:", nd_print=f(nd, "dmy"), sd_prints=[f(d, "dmy") for d in sd],
        cat_ev="no es médicamente necesario", plan_ev="atención administrada de Medicaid", urgent_ev=None,
        window=("days", 60), basis="dentro de 60 días calendario a partir de la fecha de esta carta",
        addr=["Salud Pradera Plan de Medicaid", "Atención: Unidad de Apelaciones",
              "3300 W. Harrison Street, Piso 6", "Chicago, IL 60624"],
        traps=["11/03/1979", "13/11/2026", "10 días", "120 días", "PO Box 0139"],
        overlays=[("imprint", "SCN 0003417  24/11/2026 09:12  LOTE 088  IMG 0003")],
        note="Aviso de un plan de Medicaid de atención administrada (Illinois), en español: partial hospitalization on "
             "5 days (H0035; F33.2), a lower level of care would do (CO-50): medical_necessity. Day-first dates, said "
             "on the notice. A 16-bit greyscale PNG from a sheet-fed scanner whose auto-deskew left black wedges in "
             "the corners, with the scanner's imprinter line along the top (24/11/2026). Window stated: 60 días "
             "calendario. Traps: DOB 11/03/1979, received 13/11/2026, 10 días, 120 días, the member-services box.",
    )


def c07():
    nd = D(2026, 12, 2)
    s1, s2 = D(2026, 11, 18), D(2026, 11, 25)
    L = [
        "## Plan Infantil Cumbre",
        "Programa de Seguro Médico Infantil (CHIP) de Colorado, separado de Medicaid",
        "Oficina: 4020 Grant Street, Denver, CO 80216  |  1-555-0118   " + FICES,
        "---",
        "Fecha: " + f(nd, "es"),
        "",
        "Sr. Esteban Ruiz Molina",
        "2291 Pecos Way",
        "Aurora, CO 80011",
        "",
        "Asunto: reclamación n.º CK26-00773-19 de su hija Valentina Ruiz Ocampo",
        "Número de miembro de Valentina: CHK-0395-7781   (fecha de nacimiento 19/07/2013)",
        "",
        "Estimado Sr. Ruiz Molina:",
        "",
        "Le escribimos sobre las sesiones de psicoterapia de 60 minutos (código 90837) que",
        "Valentina recibió los días 18 y 25 de noviembre de 2026 con la Lic. Marta Iriarte,",
        "diagnóstico F43.10. No podemos pagar estas dos sesiones porque Valentina ya alcanzó el",
        "máximo de 20 consultas de psicoterapia por año del plan que fija su cobertura (código de",
        "ajuste CO-119). Las 20 consultas anteriores, del 3 de febrero al 11 de noviembre de 2026,",
        "se pagaron.",
        "",
        "Si la terapeuta cree que Valentina necesita más sesiones, puede pedirnos una excepción",
        "con una nota sobre su tratamiento.",
        "",
        "# Cómo apelar",
        "Si no está de acuerdo, usted puede apelar a más tardar el 31 de enero de 2027. Envíe",
        "una carta o el formulario de apelación a:",
        "     Plan Infantil Cumbre",
        "     Atención: Apelaciones de Miembros",
        "     1550 Larimer Street, Suite 410",
        "     Denver, CO 80202",
        "Después de nuestra decisión, podrá pedir una revisión externa del estado.",
        "",
        "Atentamente,",
        "Departamento de Reclamaciones",
    ]
    return dict(
        n=7, slug="chip-es-psicoterapia-maximo-de-consultas-escaneo-cmyk-etiqueta-amarilla", kind="jpg",
        device="cmyk_sticker", lang="es", font="sans", tabs=[0],
        lines=L,
        key=dict(patient_name="Valentina Ruiz Ocampo", member_id="CHK-0395-7781",
                 claim_number="CK26-00773-19", notice_date=nd, service_dates=[s1, s2],
                 procedure_codes=["90837"], diagnosis_codes=["F43.10"], carc_codes=["CO-119"],
                 denial_category="benefit_limit", plan_type="chip", urgent=False),
        nd_label="Fecha:", nd_print=f(nd, "es"), sd_prints=["18 y 25 de noviembre de 2026"],
        cat_ev="máximo de 20 consultas", plan_ev="(CHIP) de Colorado, separado de Medicaid", urgent_ev=None,
        window=("date", D(2027, 1, 31)), basis="a más tardar el 31 de enero de 2027",
        addr=["Plan Infantil Cumbre", "Atención: Apelaciones de Miembros", "1550 Larimer Street, Suite 410",
              "Denver, CO 80202"],
        traps=["Sr. Esteban Ruiz Molina", "19/07/2013", "3 de febrero", "11 de noviembre de 2026",
               "4020 Grant Street", "2291 Pecos Way"],
        overlays=[("sticker", "Cita con la consejera: 9/12, 3:30 pm - llamar 1-555-0177")],
        note="Carta de un CHIP separado (Colorado) al padre, en español: psychotherapy on 2 days (90837; F43.10) "
             "past the 20-visit yearly maximum (CO-119): benefit_limit. A colour scan from a copy-shop kiosk saved as "
             "a CMYK JPEG, with a yellow printed reminder label stuck in the upper right margin (date 9/12). Deadline "
             "stated as a date. Traps: the father, the child's DOB, the span of the 20 paid visits, addresses.",
    )


def c08():
    nd = D(2026, 10, 30)
    s1, s2 = D(2026, 10, 6), D(2026, 10, 13)
    L = [
        "## Cedar Hollow Medicare Advantage PPO",
        "Cedar Hollow Health Plans, 250 Monroe Ave NW, Grand Rapids, MI 49503   " + FIC,
        "---",
        "## Notice of Denial of Payment",
        "Date: " + f(nd, "long"),
        "Member: Augustine Fairbanks            Member ID: CHM-7730-19204",
        "Medicare Number: 8HN4-XY2-TT37         Plan: Medicare Advantage PPO",
        "---",
        "# Claims on this notice",
        "Claim\tDate of service\tCode\tDiagnosis\tDecision",
        "C26-2270-4419\t" + f(s1, "us") + "\t99214\tF33.2\tPaid",
        "C26-2270-4418\t" + f(s1, "us") + "\t96365\tF33.2\tDenied CO-16, M119",
        "C26-2270-4418\t" + f(s1, "us") + "\tJ3490\tF33.2\tDenied CO-16, M119",
        "C26-2270-4418\t" + f(s2, "us") + "\t96365\tF33.2\tDenied CO-16, M119",
        "C26-2270-4418\t" + f(s2, "us") + "\tJ3490\tF33.2\tDenied CO-16, M119",
        "---",
        "# Why we denied payment",
        "The infusion claim from Great Lakes Infusion Therapy billed an unlisted drug code without",
        "the drug's National Drug Code (NDC), name and dose. Without them we cannot tell what was",
        "given, so the lines were denied for missing information. A corrected claim from the",
        "provider with the NDC is not an appeal and does not change your appeal rights.",
        "",
        "# Your right to appeal",
        "You may ask us to reconsider. Your request must reach us within 65 calendar days from",
        "the date of this notice. We can give you more time if you have a good reason.",
        "Mail your appeal to:",
        "     Cedar Hollow Health Plans",
        "     Attn: Medicare Appeals",
        "     PO Box 0181",
        "     Grand Rapids, MI 49501-0181",
        "Or fax it to 1-555-0119. Questions: 1-555-0120, TTY 711.",
        "",
        "If the plan upholds this decision, your case goes to an independent reviewer on its own.",
    ]
    return dict(
        n=8, slug="medicare-advantage-ketamine-missing-ndc-scanner-app-dewarp-pdf", kind="pdf_img",
        device="dewarp", lang="en", font="sans", tabs=[0, 300, 620, 800, 1000],
        lines=L,
        key=dict(patient_name="Augustine Fairbanks", member_id="CHM-7730-19204", claim_number="C26-2270-4418",
                 notice_date=nd, service_dates=[s1, s2], procedure_codes=["96365", "J3490"],
                 diagnosis_codes=["F33.2"], carc_codes=["CO-16"], denial_category="coding_billing",
                 plan_type="medicare_advantage", urgent=False),
        nd_label="Date:", nd_print=f(nd, "long"), sd_prints=[f(s1, "us"), f(s2, "us")],
        cat_ev="National Drug Code (NDC)", plan_ev="Medicare Advantage PPO", urgent_ev=None,
        window=("days", 65), basis="within 65 calendar days from the date of this notice",
        addr=["Cedar Hollow Health Plans", "Attn: Medicare Appeals", "PO Box 0181", "Grand Rapids, MI 49501-0181"],
        traps=["C26-2270-4419", "99214", "8HN4-XY2-TT37", "250 Monroe Ave NW", "M119"],
        note="A Medicare Advantage PPO's notice of denial of payment with a paid and a denied claim: IV ketamine on 2 "
             "days (96365, J3490; F33.2) billed without the NDC (CO-16, RARC M119): coding_billing. Image-only PDF "
             "from a phone scanner app whose dewarping left a slow wave in the lines and whose 'enhance' whitened the "
             "paper with halos round the letters. Window stated: 65 calendar days. Traps: the paid claim and its "
             "99214, the Medicare Number, the corrected claim that is not an appeal.",
    )


def c09():
    nd = D(2026, 11, 12)
    L = [
        "## Prairie Kids Health Plan",
        "Kansas's separate Children's Health Insurance Program (CHIP) plan      " + FIC,
        "2100 SW Fairlawn Road, Suite 200, Topeka, KS 66614  |  1-555-0121",
        "---",
        "Notice date: " + f(nd, "us"),
        "",
        "Paulette Stroud, parent of Micah J. Stroud-Ellery",
        "1417 Cottonwood Drive",
        "Lawrence, KS 66044",
        "",
        "Member: Micah J. Stroud-Ellery          Date of birth: 03/22/2011",
        "Member ID: PKH 0061 4479 02",
        "Authorization request no.: PA-2611-30875",
        "Service asked for: intensive outpatient program, 3 hours a day, 4 days a week (S9480)",
        "Diagnoses: F32.2, F41.1          Requested start date: 11/16/2026",
        "Program: Blue Stem Adolescent Recovery Center, Kansas City, MO (not in our network)",
        "",
        "# Our decision: not approved",
        "Because Micah's doctor told us that waiting could seriously harm his health, we made",
        "this decision within 72 hours (expedited review). The program you asked for is not in",
        "our network.",
        "",
        "Two programs in our network offer this service within 40 miles of your home and have",
        "openings this month: Sunflower Youth IOP in Lawrence (1-555-0122) and Kaw Valley Teen",
        "Program in Topeka (1-555-0123). Both run after school, so Micah would not miss classes,",
        "and both include a weekly family session. Our care coordinator, who can also arrange",
        "rides to the program, will call you this week to help you choose one and set up a first",
        "visit. We would consider a program outside the network only if no network program could",
        "give Micah the care he needs in a reasonable time; if that happens, tell us which",
        "programs you tried and what they said. Until then, Micah's current outpatient visits",
        "with his therapist continue without change and are not affected by this decision.",
        "This letter is about a service that has not been given yet. It is not a bill.",
        "",
        "# If you disagree: appeal to us first",
        "You can ask for an appeal within 60 days of the date on this notice. Because this is",
        "about care Micah needs now, you can ask for a fast appeal by phone at 1-555-0124.",
        "Written appeals go to:",
        "     Prairie Kids Health Plan",
        "     Appeals and Grievances",
        "     2100 SW Fairlawn Road, Suite 250",
        "     Topeka, KS 66614",
        "After our appeal decision you may ask the State for a review of it; that later step",
        "is explained in the decision letter and has its own time limit.",
    ]
    return dict(
        n=9, slug="chip-adolescent-iop-out-of-network-expedited-reading-magnifier-photo", kind="jpg",
        device="magnifier", lang="en", font="serif", tabs=[0],
        lines=L, lens_line=26,
        key=dict(patient_name="Micah J. Stroud-Ellery", member_id="PKH 0061 4479 02",
                 claim_number="PA-2611-30875", notice_date=nd, procedure_codes=["S9480"],
                 diagnosis_codes=["F32.2", "F41.1"], denial_category="out_of_network", plan_type="chip",
                 urgent=True),
        nd_label="Notice date:", nd_print=f(nd, "us"), sd_prints=[],
        cat_ev="not in our network", plan_ev="separate Children's Health Insurance Program (CHIP)",
        urgent_ev="within 72 hours (expedited review)", window=("days", 60),
        basis="within 60 days of the date on this notice",
        addr=["Prairie Kids Health Plan", "Appeals and Grievances", "2100 SW Fairlawn Road, Suite 250",
              "Topeka, KS 66614"],
        traps=["Paulette Stroud", "03/22/2011", "11/16/2026", "Suite 200", "1417 Cottonwood Drive"],
        note="A separate CHIP plan's decision before care, expedited, to a teenager's mother: an intensive outpatient "
             "program (S9480; F32.2, F41.1) at a non-network program: out_of_network; urgent. No dates of care and no "
             "CARC; the request number is keyed. Phone photo of the page with a round reading magnifier lying on it: the lens "
             "enlarges the middle of the page (only explanation lines lie under it). Window stated: 60 days. Traps: "
             "the mother, DOB, requested start date, the letterhead's Suite 200 beside the appeals Suite 250.",
    )


def c10():
    nd = D(2026, 10, 19)
    sd = [D(2026, 9, 8), D(2026, 9, 10), D(2026, 9, 15), D(2026, 9, 17)]
    L = [
        "# Keystone Benefit Administrators, Inc.",
        "Third-party administrator for the Marlow Foundry Employee Health Plan",
        "3601 Vartan Way, Harrisburg, PA 17110  |  1-555-0125         " + FIC,
        "---",
        "Date of Notice: " + f(nd, "abbr"),
        "Participant: Corinne A. Battersby          Participant ID: MF-884210",
        "Group: 00731 (Marlow Foundry, Inc.)        Claim: KBA-2026-1019-3347",
        "---",
        "# Notice of adverse benefit determination",
        "The Marlow Foundry Employee Health Plan is a self-funded group health plan governed by",
        "ERISA. The Plan pays benefits from the employer's own funds; Keystone processes claims",
        "and appeals for the Plan but does not insure them.",
        "",
        "Services reviewed (Summit Ketamine Wellness, Camp Hill, PA; diagnosis F33.2):",
        "Date of service\tCode\tBilled\tPlan pays\tReason",
        f(sd[0], "us") + "\t96365\t$650.00\t$0.00\tCO-55",
        f(sd[0], "us") + "\tJ3490\t$95.00\t$0.00\tCO-55",
        f(sd[1], "us") + "\t96365\t$650.00\t$0.00\tCO-55",
        f(sd[2], "us") + "\t96365\t$650.00\t$0.00\tCO-55",
        f(sd[3], "us") + "\t96365\t$650.00\t$0.00\tCO-55",
        "The office visit of " + f(sd[0], "us") + " was paid under claim KBA-2026-1019-3348.",
        "",
        "Reason: Article 6.2 of the Plan excludes drugs and treatments that are experimental",
        "or investigational. Intravenous ketamine for depression is not approved by the FDA",
        "for that use, and the Plan's medical policy MP-114 treats it as investigational.",
        "You may ask for a free copy of MP-114 and of every document used in this decision.",
        "",
        "# Appeal rights",
        "You may appeal within 180 days after you receive this letter. Send your appeal to:",
        "     Marlow Foundry Employee Health Plan",
        "     c/o Keystone Benefit Administrators, Inc.",
        "     Attn: Appeals Unit",
        "     PO Box 0147",
        "     Harrisburg, PA 17105-0147",
        "Do not send appeals to our claims address, PO Box 0148, Harrisburg, PA 17105-0148.",
        "After the final internal appeal you may ask for an external review within 4 months.",
        "You also have the right to bring a civil action under section 502(a) of ERISA.",
    ]
    return dict(
        n=10, slug="self-funded-erisa-tpa-ketamine-investigational-fuser-smear-scan", kind="png",
        device="fuser", lang="en", font="sans", tabs=[0, 330, 520, 720, 930],
        lines=L, smear_lines=(24, 25),
        key=dict(patient_name="Corinne A. Battersby", member_id="MF-884210", claim_number="KBA-2026-1019-3347",
                 notice_date=nd, service_dates=sd, procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"],
                 carc_codes=["CO-55"], denial_category="experimental_investigational", plan_type="employer_erisa",
                 urgent=False),
        nd_label="Date of Notice:", nd_print=f(nd, "abbr"), sd_prints=[f(d, "us") for d in sd],
        cat_ev="experimental or investigational", plan_ev="self-funded group health plan governed by ERISA",
        urgent_ev=None, window=("days", 180), basis="within 180 days after you receive this letter",
        addr=["Marlow Foundry Employee Health Plan", "c/o Keystone Benefit Administrators, Inc.",
              "Attn: Appeals Unit", "PO Box 0147", "Harrisburg, PA 17105-0147"],
        traps=["00731", "KBA-2026-1019-3348", "PO Box 0148", "3601 Vartan Way", "4 months"],
        note="A TPA's notice for a self-funded ERISA plan: IV ketamine on 4 days (96365, J3490; F33.2) excluded as "
             "investigational (CO-55): experimental_investigational. Greyscale PNG scan of a laser print whose fuser "
             "failed: a band of unfused toner smeared downward across three explanation lines (no keyed value lies "
             "under it). Window stated: 180 days after receipt. Traps: group number, the paid visit's claim, the claims "
             "box, the TPA's office, external review's 4 months.",
    )


def c11():
    nd = D(2026, 11, 5)
    sd = [D(2026, 10, 14), D(2026, 10, 16), D(2026, 10, 19)]
    L = [
        "## Sagebrush State Employees Group Health Plan",
        "Plan for employees of the State of Idaho and their families - " + FIC,
        "Administered by the Department of Administration, Employee Benefits Division",
        "Division office: 650 W. Front Street, Boise, ID 83702  |  1-555-0126",
        "---",
        "Letter date: " + f(nd, "long"),
        "",
        "Lorenzo P. Whitcombe",
        "915 Ridgecrest Drive",
        "Pocatello, ID 83201",
        "",
        "Member ID: SEG-20931877               Claim number: SEGHP-26-554019",
        "",
        "Dear Lorenzo P. Whitcombe:",
        "",
        "We reviewed the claim from Snake River Behavioral Hospital for electroconvulsive therapy",
        "and its anesthesia (codes 90870 and 00104; diagnosis F33.2) on these dates:",
        "     " + f(sd[0], "dmon") + "     " + f(sd[1], "dmon") + "     " + f(sd[2], "dmon"),
        "",
        "The Plan requires prior authorization for a course of electroconvulsive therapy. The",
        "hospital asked for authorization on 20-OCT-2026, after the first three treatments had",
        "been given, and no authorization was in place on the dates above. The claim is",
        "therefore denied (adjustment code CO-197). Treatments from 20-OCT-2026 on were",
        "authorized under PA-77120 and will be paid on a separate claim.",
        "",
        "# How to appeal",
        "The steps and time limits for an appeal are described in the Appeals section of your",
        "Summary Plan Description. Send a written appeal to:",
        "     Sagebrush State Employees Group Health Plan",
        "     Attn: Benefit Appeals",
        "     4115 Capitol Ridge Drive, Room 112",
        "     Boise, ID 83705",
        "",
        "Sincerely,",
        "Employee Benefits Division",
    ]
    return dict(
        n=11, slug="state-employees-plan-ect-no-prior-auth-telephoto-across-table", kind="jpg",
        device="telephoto", lang="en", font="serif", tabs=[0],
        lines=L,
        key=dict(patient_name="Lorenzo P. Whitcombe", member_id="SEG-20931877", claim_number="SEGHP-26-554019",
                 notice_date=nd, service_dates=sd, procedure_codes=["90870", "00104"], diagnosis_codes=["F33.2"],
                 carc_codes=["CO-197"], denial_category="prior_authorization", plan_type="governmental",
                 urgent=False),
        nd_label="Letter date:", nd_print=f(nd, "long"), sd_prints=[f(d, "dmon") for d in sd],
        cat_ev="requires prior authorization", plan_ev="employees of the State of Idaho", urgent_ev=None,
        window=("rule",), basis="45 CFR 147.136(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)",
        addr=["Sagebrush State Employees Group Health Plan", "Attn: Benefit Appeals",
              "4115 Capitol Ridge Drive, Room 112", "Boise, ID 83705"],
        traps=["20-OCT-2026", "PA-77120", "650 W. Front Street", "915 Ridgecrest Drive"],
        note="A state employees' plan's letter (governmental): ECT with anesthesia on 3 days (90870, 00104; F33.2), "
             "written 14-OCT-2026 style, without prior authorization (CO-197): prior_authorization. Photo taken with "
             "the phone's 3x telephoto lens from across a table: a small, flat, slightly hazy page with a little "
             "pincushion bend, on a plaid tablecloth. No time limit printed (points to the SPD): governmental rule, "
             "180 days. Traps: the later authorization date and number, division office, home address.",
    )


def c12():
    nd = D(2026, 11, 18)
    s1, s2 = D(2026, 10, 9), D(2026, 10, 23)
    L = [
        "## Brightwater Health Insurance Company",
        "Explanation of Benefits - THIS IS NOT A BILL      " + FIC,
        "Brightwater Individual Silver 3500, a plan bought on the Health Insurance Marketplace",
        "---",
        "Statement date: " + f(nd, "us") + "\tMember: Delphine Araujo-Kent",
        "Member ID: BWI 7734 0021 9\tPlan year: 01/01/2026 - 12/31/2026",
        "Customer service: 1-555-0127\tbrightwater-health.example/members",
        "---",
        "# Claim BW2610-0001183   Rivermark Primary Care",
        "Date\tService\tBilled\tAllowed\tPlan paid\tYou owe\tCode",
        f(D(2026, 10, 1), "us") + "\t99213\t$185.00\t$112.40\t$82.40\t$30.00\t",
        "# Claim BW2610-0009921   Cascade Headache & Pain Center (diagnosis G43.709)",
        "Date\tService\tBilled\tAllowed\tPlan paid\tYou owe\tCode",
        f(s1, "us") + "\t64405\t$420.00\t$0.00\t$0.00\t$0.00\tCO-22",
        f(s1, "us") + "\tJ1030\t$38.00\t$0.00\t$0.00\t$0.00\tCO-22",
        f(s2, "us") + "\t64405\t$420.00\t$0.00\t$0.00\t$0.00\tCO-22",
        "# Claim BW2610-0004470   Harbor Mind Counseling",
        "Date\tService\tBilled\tAllowed\tPlan paid\tYou owe\tCode",
        f(D(2026, 10, 15), "us") + "\t90834\t$160.00\t$118.00\t$88.00\t$30.00\t",
        "---",
        "# What the codes mean",
        "CO-22: Our records show that you have other coverage that is primary for these dates",
        "(coordination of benefits). We need the other plan's explanation of benefits, or a",
        "statement from you that the other coverage had ended, before we can pay this claim.",
        "Send the coordination-of-benefits form to: COB Unit, PO Box 0177, Richmond, VA",
        "23218-0177. That box does not take appeals.",
        "",
        "# Your right to appeal",
        "If you disagree with how we processed a claim, you may file an internal appeal within",
        "180 days of receiving this statement. Write to Brightwater Health Insurance Company,",
        "Member Appeals, PO Box 0176, Richmond, VA 23218-0176, or fax 1-555-0128. If we",
        "uphold our decision, you may ask for an external review by an independent reviewer.",
        "Help in your state: the Consumer Assistance Program, 1-555-0129.",
    ]
    return dict(
        n=12, slug="marketplace-eob-three-claims-occipital-block-other-coverage-text-pdf", kind="pdf",
        lang="en", font="sans", tabs=[0, 200, 360, 520, 680, 840, 1000],
        lines=L,
        key=dict(patient_name="Delphine Araujo-Kent", member_id="BWI 7734 0021 9", claim_number="BW2610-0009921",
                 notice_date=nd, service_dates=[s1, s2], procedure_codes=["64405", "J1030"],
                 diagnosis_codes=["G43.709"], carc_codes=["CO-22"], denial_category="coordination_of_benefits",
                 plan_type="individual_aca", urgent=False),
        nd_label="Statement date:", nd_print=f(nd, "us"), sd_prints=[f(s1, "us"), f(s2, "us")],
        cat_ev="coordination of benefits", plan_ev="Health Insurance Marketplace", urgent_ev=None,
        window=("days", 180), basis="within 180 days of receiving this statement",
        addr=["Brightwater Health Insurance Company", "Member Appeals", "PO Box 0176", "Richmond, VA 23218-0176"],
        traps=["BW2610-0001183", "BW2610-0004470", "99213", "90834", "PO Box 0177", "01/01/2026"],
        note="A Marketplace plan's EOB of three claims, one denied: occipital nerve blocks on 2 days with a steroid "
             "(64405, J1030; G43.709), other coverage primary (CO-22): coordination_of_benefits. Text PDF: a boxed "
             "two-column header and one small table per claim. Window stated: 180 days of receiving the statement; "
             "the appeals address is inside a sentence. Traps: the paid claims and their codes, the COB box.",
    )


def c13():
    nd = D(2026, 11, 24)
    sd = [D(2026, 10, 5), D(2026, 10, 6), D(2026, 10, 7)]
    L = [
        "## Covenant Fellowship Benefits Board",
        "Ministers and Staff Health Plan - a church plan not subject to ERISA   " + FIC,
        "8800 Meridian Way, Suite 300, Indianapolis, IN 46260  |  1-555-0130",
        "Date: " + f(nd, "long"),
        "Rev. Abigail N. Thornquist, 62 Chapel Hill Road, Carmel, IN 46032",
        "Subscriber ID: CFB-55120-01",
        "|| Claim facts\tWhat we decided and why",
        "|| Patient: Samuel Thornquist (son)\tWe cannot pay for the transcranial magnetic stimulation Samuel received.",
        "|| Patient ID: CFB-55120-03\tSection 7.4 of the Plan Document lists treatments the Plan does not cover.",
        "|| Claim number: CF26-118422\tTranscranial magnetic stimulation is on that list, so it is not a covered",
        "|| Provider: Meridian TMS Institute\tbenefit under the Plan (adjustment code CO-204), whatever the diagnosis.",
        "|| Dates of service: " + f(sd[0], "us") + ", " + f(sd[1], "us") + ", " + f(sd[2], "us") +
        "\tThe exclusion applies to the first session with motor-threshold mapping (90867) and to",
        "|| Codes billed: 90867, 90868\tthe treatment sessions that followed (90868).",
        "|| Diagnosis: F33.2\tAmount billed: $1,260.00. Plan payment: $0.00.",
        "What you can do",
        "You may ask the Benefits Board to review this decision. How to file and the time limits for",
        "a review are set out in Article 9 of the Plan Document, which you can read in the member portal",
        "or ask us to mail to you. Send your written request for review to:",
        "Covenant Fellowship Benefits Board",
        "Attn: Claims Review Committee",
        "8800 Meridian Way, Suite 300",
        "Indianapolis, IN 46260",
        "Please include this letter and any records from Samuel's doctors.",
        "With warm regards, Member Care Team",
    ]
    return dict(
        n=13, slug="church-plan-tms-excluded-two-column-word-letter", kind="docx", lang="en", font="serif",
        tabs=[0],
        lines=L,
        key=dict(patient_name="Samuel Thornquist", member_id="CFB-55120-03", claim_number="CF26-118422",
                 notice_date=nd, service_dates=sd, procedure_codes=["90867", "90868"], diagnosis_codes=["F33.2"],
                 carc_codes=["CO-204"], denial_category="not_covered", plan_type="church", urgent=False),
        nd_label="Date:", nd_print=f(nd, "long"), sd_prints=[f(d, "us") for d in sd],
        cat_ev="not a covered", plan_ev="a church plan not subject to ERISA", urgent_ev=None,
        window=("rule",), basis="26 CFR 54.9815-2719(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)",
        addr=["Covenant Fellowship Benefits Board", "Attn: Claims Review Committee", "8800 Meridian Way, Suite 300",
              "Indianapolis, IN 46260"],
        traps=["Rev. Abigail N. Thornquist", "CFB-55120-01", "62 Chapel Hill Road"],
        note="A church plan's Word letter to the subscriber about her son: TMS on 3 days (90867, 90868; F33.2) "
             "excluded by the Plan Document (CO-204): not_covered. A two-column table (claim facts on the left, the "
             "decision in sentences on the right). No time limit printed (points to Article 9): church rule, 180 "
             "days. The appeals address is the letterhead's address too, here named as where to send the review. "
             "Traps: the subscriber and her -01 ID, the home address.",
    )


def c14():
    nd = D(2026, 11, 2)
    sd = [D(2026, 10, 6), D(2026, 10, 13), D(2026, 10, 20)]
    letter = [
        "Cascade Federal Health Partners - TRICARE West Region (" + FIC + ")",
        "",
        "Notice date: " + f(nd, "us"),
        "Beneficiary: Kendra Delacroix-Webb",
        "DoD Benefits Number: 28816403915",
        "Sponsor: Marcus Delacroix-Webb, DoD ID 1187 3302 54",
        "Program: TRICARE Prime",
        "Claim number: 2026 291 000 7735",
        "",
        "We could not pay the claim from Evergreen Counseling Group (not a TRICARE network",
        "provider) for psychotherapy (90837, diagnosis F43.12) on " + ", ".join(f(d, "us") for d in sd) + ".",
        "As a TRICARE Prime enrollee you need a referral from your primary care manager before",
        "seeing a provider outside the network for this care, and no referral was on file (code",
        "CO-243). You may still be able to use the point-of-service option; see the enclosed sheet.",
        "",
        "If you disagree, you may ask for a reconsideration within 90 days of the date of this",
        "notice. Send your request and a copy of this notice to:",
        "Cascade Federal Health Partners",
        "Attn: TRICARE West Reconsiderations",
        "PO Box 0115",
        "Salt Lake City, UT 84130-0115",
        "Questions: 1-555-0131. Free help: the Beneficiary Counseling and Assistance Coordinator",
        "at your nearest military hospital or clinic.",
    ]
    return dict(
        n=14, slug="tricare-prime-psychotherapy-no-referral-forwarded-by-sponsor-eml", kind="eml", lang="en",
        font="sans", tabs=[0],
        lines=letter,
        email=dict(
            frm="Marcus Delacroix-Webb <mdwebb@familymail.example>",
            to="Advocate Desk <help@veteransadvocates.example>",
            date="Fri, 04 Dec 2026 19:22:05 -0800",
            subject="Fwd: TRICARE claim denied - Kendra's therapy",
            intro=["Hi, this is the letter my wife got. Can you help us appeal? I typed it in from the",
                   "paper letter since our scanner is broken. She is the patient, not me.",
                   "Thanks, Marcus (sponsor)", "",
                   "---------- Forwarded message ---------",
                   "From: Kendra Delacroix-Webb <kendra.dw@familymail.example>",
                   "Date: Tue, Nov 10, 2026 at 8:05 PM",
                   "Subject: letter from TRICARE",
                   "To: Marcus Delacroix-Webb <mdwebb@familymail.example>", ""]),
        key=dict(patient_name="Kendra Delacroix-Webb", member_id="28816403915", claim_number="2026 291 000 7735",
                 notice_date=nd, service_dates=sd, procedure_codes=["90837"], diagnosis_codes=["F43.12"],
                 carc_codes=["CO-243"], denial_category="out_of_network", plan_type="tricare", urgent=False),
        nd_label="Notice date:", nd_print=f(nd, "us"), sd_prints=[f(d, "us") for d in sd],
        cat_ev="not a TRICARE network", plan_ev="TRICARE Prime", urgent_ev=None, window=("days", 90),
        basis="within 90 days of the date of this notice",
        addr=["Cascade Federal Health Partners", "Attn: TRICARE West Reconsiderations", "PO Box 0115",
              "Salt Lake City, UT 84130-0115"],
        traps=["Marcus Delacroix-Webb", "1187 3302 54", "Nov 10, 2026", "04 Dec 2026"],
        note="A TRICARE Prime letter the sponsor forwards to an advocate in an .eml (multipart, the letter typed in by "
             "the family, forwarded twice): psychotherapy on 3 days (90837; F43.12) out of network without a referral "
             "(CO-243): out_of_network. Window stated: 90 days. Traps: the sponsor (sender) and his DoD ID, the Date "
             "header 4 Dec, the inner forward's 10 Nov.",
    )


def c15():
    nd = D(2026, 11, 27)
    sd = [D(2026, 11, 2), D(2026, 11, 5)]
    L = [
        "RIDGEFIELD MUTUAL LIFE & HEALTH                      CLAIM STATEMENT (" + FIC + ")",
        "Group policy issued to Tidewater Logistics, Inc. - insured employer group PPO",
        "PO Box 0128, Hartford, CT 06102-0128 (claims)             Member services 1-555-0132",
        "",
        "Statement Date: " + f(nd, "us"),
        "Member: Priyanka S. Mehta-Olsen",
        "Member ID: RM 661 209 34          Group No.: TL-40022",
        "",
        "CLAIM NO.      PROVIDER                  DOS          CODE   UNITS  BILLED    PAID     RSN",
        "RM-26-4470911  Bayside Psychiatry        10/20/2026   90792      1  $310.00   $248.00  ",
        "RM-26-4471802  Bayside Psychiatry        " + f(sd[0], "us") + "   J0013     56  $1,188.00 $0.00    S7",
        "RM-26-4471802  Bayside Psychiatry        " + f(sd[0], "us") + "   99415      1  $140.00   $0.00    S7",
        "RM-26-4471802  Bayside Psychiatry        " + f(sd[1], "us") + "   J0013     56  $1,188.00 $0.00    S7",
        "RM-26-4471802  Bayside Psychiatry        " + f(sd[1], "us") + "   99415      1  $140.00   $0.00    S7",
        "RM-26-4472290  Bayside Psychiatry        11/09/2026   99214      1  $205.00   $164.00  ",
        "",
        "Diagnosis on claim RM-26-4471802: F33.2",
        "",
        "REASON CODES",
        "S7  Step therapy requirement not met. The plan covers esketamine nasal spray after two",
        "    antidepressants from different classes have been tried, at an adequate dose and for",
        "    at least 6 weeks each. Our records show one. The provider may send the missing",
        "    history with a new request; that request is not an appeal.",
        "",
        "APPEALS",
        "Your benefit booklet explains your appeal rights and how long you have to appeal.",
        "Mail appeals to: Ridgefield Mutual Life & Health, Attn: Grievance and Appeals,",
        "PO Box 0129, Hartford, CT 06102-0129. Appeals sent to the claims box will be delayed.",
        "Questions: 1-555-0132. Web: ridgefield-mutual.example",
    ]
    return dict(
        n=15, slug="insured-employer-ppo-statement-spravato-step-therapy-plain-text", kind="txt", lang="en",
        font="mono", tabs=[0],
        lines=L,
        key=dict(patient_name="Priyanka S. Mehta-Olsen", member_id="RM 661 209 34", claim_number="RM-26-4471802",
                 notice_date=nd, service_dates=sd, procedure_codes=["J0013", "99415"], diagnosis_codes=["F33.2"],
                 denial_category="step_therapy", plan_type="employer_erisa", urgent=False),
        nd_label="Statement Date:", nd_print=f(nd, "us"), sd_prints=[f(d, "us") for d in sd],
        cat_ev="Step therapy requirement not met", plan_ev="insured employer group PPO", urgent_ev=None,
        window=("rule",), basis="29 CFR 2560.503-1(h)(3)(i)",
        addr=["Ridgefield Mutual Life & Health", "Attn: Grievance and Appeals", "PO Box 0129",
              "Hartford, CT 06102-0129"],
        traps=["RM-26-4470911", "RM-26-4472290", "90792", "99214", "TL-40022", "PO Box 0128"],
        note="An insured employer PPO's claim statement as plain text, three claims, one denied: esketamine with "
             "observation on 2 days (J0013 x 56 units, 99415; F33.2), step therapy not met, under the plan's own "
             "reason code S7 (no CARC printed): step_therapy. No time limit printed (points to the booklet): ERISA "
             "rule, 180 days. Traps: paid claims and codes, group number, claims box.",
    )


def c16():
    nd = D(2026, 12, 1)
    s1, s2 = D(2026, 9, 30), D(2026, 10, 7)
    L = [
        "## Resumen de Medicare (MSN) - Parte B (Seguro Médico)",
        "El resumen oficial de sus reclamaciones de Medicare     " + FICES,
        "---",
        "Eusebio Marroquín Tello\tFecha de este aviso: " + f(nd, "es"),
        "1208 Calle Girasol\tNúmero de Medicare: 3CF7-GV8-WA22",
        "Las Cruces, NM 88001\tReclamaciones procesadas del 2 de septiembre al 30 de noviembre de 2026",
        "---",
        "# Sus reclamaciones y costos de este período",
        "Proveedor y número de reclamación\tFecha\tServicio\t¿Aprobado?\tPuede deber\tNota",
        "Clínica Mesilla Valley, reclamación 26-28790-318-11\t" + f(D(2026, 9, 2), "dmy") + "\t99213\tSí\t$21.40\t",
        "Acupuntura Organ Mountain, reclamación 26-28811-047-20\t" + f(s1, "dmy") + "\t97810\tNo\t$72.00\tB",
        "\t" + f(s1, "dmy") + "\t97811\tNo\t$48.00\tB",
        "\t" + f(s2, "dmy") + "\t97810\tNo\t$72.00\tB",
        "(Las fechas de la tabla se escriben día/mes/año.)",
        "---",
        "# Notas",
        "B  Medicare no cubre la acupuntura para este problema de salud. Medicare solo la cubre para",
        "   el dolor lumbar crónico, y estas sesiones se facturaron para dolor de cuello. Usted",
        "   puede deber el monto indicado si firmó un aviso previo de que Medicare podría no pagar.",
        "---",
        "# Cómo apelar",
        "Si no está de acuerdo con una decisión, puede apelar. Debe presentar la apelación a más",
        "tardar el " + f(D(2027, 3, 31), "es") + ". Encierre en un círculo los servicios, explique por qué no está",
        "de acuerdo, firme y envíe esta página a la compañía que tramitó la reclamación:",
        "Servicios Medicare Frontera del Sol",
        "Redeterminaciones de la Parte B",
        "Apartado Postal 0193",
        "Albuquerque, NM 87103-0193",
        "Los cambios de dirección no se envían allí: llame al 1-555-0133.",
        "Preguntas: 1-555-0134 (TTY 1-555-0135).",
    ]
    return dict(
        n=16, slug="medicare-msn-es-acupuntura-no-cubierta-pdf-de-texto", kind="pdf", lang="es", font="sans",
        tabs=[0, 690, 870, 1010, 1170, 1330],
        lines=L,
        key=dict(patient_name="Eusebio Marroquín Tello", member_id="3CF7-GV8-WA22", claim_number="26-28811-047-20",
                 notice_date=nd, service_dates=[s1, s2], procedure_codes=["97810", "97811"],
                 denial_category="not_covered", plan_type="medicare", urgent=False),
        nd_label="Fecha de este aviso:", nd_print=f(nd, "es"), sd_prints=[f(s1, "dmy"), f(s2, "dmy")],
        cat_ev="Medicare no cubre", plan_ev="Resumen de Medicare (MSN) - Parte B", urgent_ev=None,
        window=("date", D(2027, 3, 31)), basis="a más tardar el 31 de marzo de 2027",
        addr=["Servicios Medicare Frontera del Sol", "Redeterminaciones de la Parte B", "Apartado Postal 0193",
              "Albuquerque, NM 87103-0193"],
        traps=["26-28790-318-11", "99213", "2 de septiembre", "30 de noviembre de 2026", "1208 Calle Girasol"],
        note="Un Resumen de Medicare (Parte B) en español, two claims, one denied: acupuncture on 2 days (97810, "
             "97811) billed for neck pain, which Medicare does not cover (only chronic low back pain): not_covered. "
             "No CARC, no diagnosis codes. Day-first dates in the table, said under it. Text PDF. Deadline stated "
             "as a date (the notice date + 120 days). Traps: the paid claim, the period, the home address.",
    )


def c17():
    nd = D(2026, 11, 24)
    L = [
        "## Alameda Rx - Portal para miembros",
        "Plan de Medicamentos Recetados de Medicare (PDP) - " + FICES,
        "Sesión iniciada: Graciela Benítez Orozco | Cerrar sesión",
        "Impreso el 05/12/2026 10:14",
        "---",
        "# Mis solicitudes de cobertura",
        "Número\tMedicamento\tFecha\tEstado",
        "CD-ES-26-00211\tduloxetina 60 mg\t" + f(D(2026, 6, 3), "dmy") + "\tAprobada",
        "CD-ES-26-00419\tpregabalina 150 mg\t" + f(nd, "dmy") + "\tDenegada",
        "---",
        "# Detalle de la decisión: CD-ES-26-00419",
        "Aviso de denegación de cobertura de medicamentos recetados de Medicare",
        "Fecha de la decisión: " + f(nd, "es"),
        "Miembro: Graciela Benítez Orozco",
        "Número de identificación del miembro: ALR-88203-5561",
        "Fecha de nacimiento: 24/11/1952",
        "Medicamento: pregabalina 150 mg cápsulas, 2 al día; diagnóstico M79.7",
        "Recibimos la solicitud de su médico el 20 de noviembre de 2026.",
        "Motivo: este medicamento requiere autorización previa en su plan. Para aprobarla",
        "necesitamos que su médico confirme el diagnóstico y la dosis para su función renal.",
        "No recibimos esa información, por eso no pudimos aprobar la autorización previa.",
        "Su médico puede enviar la información con una nueva solicitud.",
        "# Cómo pedir una redeterminación (apelación)",
        "Debe pedirla dentro de 65 días a partir de la fecha de este aviso. Envíe su solicitud a:",
        "Alameda Rx, Departamento de Redeterminaciones de la Parte D,",
        "PO Box 0161, Sacramento, CA 95812-0161",
        "o por fax al 1-555-0136. Para una apelación rápida llame al 1-555-0137.",
        "Correspondencia general (no apelaciones): PO Box 0160, Sacramento, CA 95812-0160.",
        "Impreso el 05/12/2026 10:14 - alameda-rx.example",
    ]
    return dict(
        n=17, slug="part-d-es-pregabalina-autorizacion-previa-portal-html", kind="html", lang="es", font="sans",
        tabs=[0],
        lines=L,
        key=dict(patient_name="Graciela Benítez Orozco", member_id="ALR-88203-5561", claim_number="CD-ES-26-00419",
                 notice_date=nd, diagnosis_codes=["M79.7"], denial_category="prior_authorization",
                 plan_type="medicare_part_d", urgent=False),
        nd_label="Fecha de la decisión:", nd_print=f(nd, "es"), sd_prints=[],
        cat_ev="requiere autorización previa", plan_ev="Plan de Medicamentos Recetados de Medicare (PDP)",
        urgent_ev=None, window=("days", 65), basis="dentro de 65 días a partir de la fecha de este aviso",
        addr=["Alameda Rx", "Departamento de Redeterminaciones de la Parte D", "PO Box 0161",
              "Sacramento, CA 95812-0161"],
        traps=["CD-ES-26-00211", "24/11/1952", "05/12/2026", "20 de noviembre de 2026", "PO Box 0160"],
        note="Página del portal de un plan de la Parte D, en español: a coverage-determination denial before "
             "dispensing, pregabalin for fibromyalgia (M79.7), prior authorization not given for lack of information: "
             "prior_authorization. No dates of care, no procedure codes, no CARC; the request number is keyed. Traps: "
             "an earlier approved request, DOB 24/11/1952 (the decision's day and month), print stamp 05/12/2026, "
             "received date, correspondence box.",
    )


def c18():
    nd = D(2026, 11, 25)
    letter = [
        "Departamento de Salud Pública y Servicios Humanos de Montana - Programa Medicaid",
        "(pago por servicio) - " + FICES,
        "",
        "AVISO DE DENEGACIÓN DE AUTORIZACIÓN PREVIA",
        "Fecha del aviso: " + f(nd, "es"),
        "Fecha de envío: " + f(nd, "es"),
        "Nombre: Aurelio Zambrano Peña",
        "Número de identificación de Medicaid: 7741 0299 316",
        "Solicitud de autorización previa n.º PA-MT-26-118903",
        "Servicio pedido: estimulación magnética transcraneal, 36 sesiones (90867, 90868)",
        "Diagnóstico: F33.2",
        "",
        "Decisión: denegada. El servicio no es médicamente necesario según los criterios del",
        "programa: el expediente enviado muestra un solo ensayo de antidepresivo, y los criterios",
        "piden al menos dos ensayos de dosis y duración suficientes, o una razón para no hacerlos.",
        "",
        "Usted no tiene una apelación previa con un plan: la audiencia imparcial estatal es el",
        "primer paso. Debe pedirla dentro de 90 días a partir de la fecha de envío de este aviso.",
        "Envíe su solicitud de audiencia a:",
        "Oficina de Audiencias Administrativas",
        "Departamento de Salud Pública y Servicios Humanos",
        "Apartado Postal 0106",
        "Helena, MT 59604-0106",
        "También puede pedirla por teléfono: 1-555-0138.",
        "Si después de la audiencia no está de acuerdo con la decisión, puede pedir que se",
        "reconsidere o apelar al tribunal dentro de 30 días.",
    ]
    return dict(
        n=18, slug="medicaid-pago-por-servicio-es-emt-audiencia-reenviado-por-trabajadora-social-eml",
        kind="eml", lang="es", font="sans", tabs=[0],
        lines=letter,
        email=dict(
            frm="Lucía Prado <lprado@centrofamiliar.example>",
            to="Clínica Legal Comunitaria <intake@clinicalegal.example>",
            date="Thu, 03 Dec 2026 09:41:17 -0700",
            subject="RV: aviso de Medicaid del Sr. Zambrano (audiencia)",
            intro=["Buenos días:", "",
                   "Les reenvío el aviso del Sr. Aurelio Zambrano Peña, a quien acompaño como trabajadora",
                   "social. Él quiere pedir la audiencia. Su teléfono es 1-555-0139.", "",
                   "Lucía Prado, trabajadora social", "",
                   "-----Mensaje original-----",
                   "De: Aurelio Zambrano <azambrano@correo.example>",
                   "Enviado el: jueves, 26 de noviembre de 2026 18:02",
                   "Para: Lucía Prado <lprado@centrofamiliar.example>",
                   "Asunto: el aviso que me llegó", "",
                   "Lucía, aquí está lo que dice la carta, lo copié tal cual.", ""]),
        key=dict(patient_name="Aurelio Zambrano Peña", member_id="7741 0299 316", claim_number="PA-MT-26-118903",
                 notice_date=nd, procedure_codes=["90867", "90868"], diagnosis_codes=["F33.2"],
                 denial_category="medical_necessity", plan_type="medicaid", urgent=False),
        nd_label="Fecha del aviso:", nd_print=f(nd, "es"), sd_prints=[],
        cat_ev="no es médicamente necesario", plan_ev="Programa Medicaid", urgent_ev=None, window=("days", 90),
        basis="dentro de 90 días a partir de la fecha de envío de este aviso",
        addr=["Oficina de Audiencias Administrativas", "Departamento de Salud Pública y Servicios Humanos",
              "Apartado Postal 0106", "Helena, MT 59604-0106"],
        traps=["Lucía Prado", "26 de noviembre de 2026", "03 Dec 2026", "30 días"],
        note="Aviso de Medicaid de pago por servicio (Montana), en español, reenviado dos veces (el miembro a su "
             "trabajadora social, ella a una clínica legal) en un .eml estilo Outlook: TMS asked for before care "
             "(90867, 90868; F33.2), not medically necessary: medical_necessity. No plan appeal: the state fair "
             "hearing is the first step, 90 días from mailing (the mailing date printed equals the notice date). "
             "Traps: the social worker (sender), 'Enviado el' 26 Nov, Date header 3 Dec, the 30 days after a hearing.",
    )


CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18]
