"""The 18 notices of set 34, as data. Everything here is FICTIONAL (people, plans, providers, numbers, addresses).

Blocks: ("title", t) ("h", t) ("p", t) ("small", t) ("kv", [(label, value)]) ("table", header, rows)
("addr", [lines]) ("box", [blocks]) ("cols", [blocks], [blocks]) ("sp",) ("rule",)
"""
from dates import D, us, long, abbr, caps, dmy, es

FICT = "FICTIONAL SAMPLE - invented people, plan and numbers; not a real notice."
FICTES = "MUESTRA FICTICIA - personas, plan y números inventados; no es un aviso real."


def c01():
    nd = D(2026, 11, 13)
    name, mid, claim = "MARISOL T. ABERNATHY-KWAN", "BMH 604 218 337", "2026-3318-04471"
    d1, d2 = D(2026, 10, 20), D(2026, 10, 22)
    basis = "You have 180 days from the date you receive this statement to file an appeal"
    blocks = [
        ("title", "BRAMBLEWOOD MUTUAL HEALTH INSURANCE CO."),
        ("small", "2200 Harrodsburg Road, Lexington, KY 40503  |  Member Services 1-555-0142  |  bramblewood.example"),
        ("small", FICT),
        ("rule",),
        ("h", "EXPLANATION OF BENEFITS - THIS IS NOT A BILL"),
        ("cols", [("kv", [("MEMBER", name), ("MEMBER ID", mid), ("GROUP NO.", "GRP-77120"),
                          ("EMPLOYER", "CARDINAL RIDGE LOGISTICS, INC.")])],
                 [("kv", [("EOB ISSUED", us(nd)), ("CLAIM NO.", claim), ("CLAIM RECEIVED", us(D(2026, 10, 29))),
                          ("PROVIDER", "BLUE HERON INFUSION CENTER")])]),
        ("sp",),
        ("table", ["DATE OF SERVICE", "CODE", "DX", "BILLED", "ALLOWED", "PLAN PAID", "ADJ", "YOU OWE"], [
            [us(d1), "99214", "F33.2", "$210.00", "$148.20", "$118.56", "PR-2", "$29.64"],
            [us(d1), "96365", "F33.2", "$390.00", "$0.00", "$0.00", "CO-50", "$0.00"],
            [us(d1), "J3490", "F33.2", "$145.00", "$0.00", "$0.00", "CO-50", "$0.00"],
            [us(d2), "96365", "F33.2", "$390.00", "$0.00", "$0.00", "CO-50", "$0.00"],
            [us(d2), "96366", "F33.2", "$120.00", "$0.00", "$0.00", "CO-50", "$0.00"],
            [us(d2), "J3490", "F33.2", "$145.00", "$0.00", "$0.00", "CO-50", "$0.00"],
        ]),
        ("small", "CO-50: We decided these services were not medically necessary under the plan's medical policy "
                  "MP-BH-044 (intravenous ketamine for depression). PR-2: your coinsurance."),
        ("p", "Your coverage is an employer group health plan that Cardinal Ridge Logistics, Inc. buys from "
              "Bramblewood Mutual. The office visit on the first day was paid. The infusion and drug lines were "
              "denied because the records we received did not show that the plan's criteria were met; you can ask "
              "for a free copy of the criteria and of the records we used."),
        ("h", "YOUR RIGHT TO APPEAL"),
        ("p", f"{basis}. If your doctor says your health would be in serious danger while you wait, ask for an "
              "urgent appeal by phone and we will decide within 72 hours. Mail or fax your written appeal to:"),
        ("addr", ["Bramblewood Mutual Health Insurance Co.", "Attn: Member Appeals", "PO Box 40218",
                  "Lexington, KY 40512"]),
        ("p", "Fax 1-555-0143. After our final decision you may ask for an external review by an independent "
              "organization within 4 months."),
    ]
    return dict(n=1, slug="employer-insured-eob-six-lines-ketamine-necessity-fogged-lens-photo", lang="en",
                kind="jpg", device="fog", blocks=blocks,
                facts=dict(patient_name=name, member_id=mid, claim_number=claim, notice_date=nd,
                           service_dates=[d1, d2], procedure_codes=["96365", "J3490", "96366"],
                           diagnosis_codes=["F33.2"], carc_codes=["CO-50"], denial_category="medical_necessity",
                           plan_type="employer_erisa", urgent=False),
                nd_label="EOB ISSUED", nd_printed=us(nd), sd_printed=[us(d1), us(d2)],
                ev=dict(denial_category="not medically necessary", plan_type="employer group health plan"),
                window=("days", 180, basis),
                addr=["Bramblewood Mutual Health Insurance Co.", "Attn: Member Appeals", "PO Box 40218",
                      "Lexington, KY 40512"],
                traps=["GRP-77120", us(D(2026, 10, 29)), "99214", "72 hours", "2200 Harrodsburg Road"],
                note="An insured employer plan's EOB (ERISA), names in capitals, one claim of six lines photographed "
                     "with a lens fogged after coming in from the cold. IV ketamine on 2 days (96365, J3490, 96366; "
                     "F33.2) not medically necessary (CO-50). Stated 180 days from receipt. Traps: the paid 99214 "
                     "line, the group number, the received date, 72 hours, the letterhead office.")


def c02():
    nd = D(2026, 11, 3)
    name, mid, claim = "Desmond Okafor-Reyes", "CBA 7731 5520", "CL-26-0917734"
    ds = [D(2026, 10, 5), D(2026, 10, 6), D(2026, 10, 7), D(2026, 10, 8)]
    blocks = [
        ("title", "Copperline Benefit Administrators, LLC"),
        ("small", "Third-party administrator for self-funded employer plans - 220 West Superior Street, Duluth, MN "
                  "55802 - 1-555-0157"),
        ("small", FICT),
        ("sp",),
        ("kv", [("Date of issue", long(nd)), ("Plan", "Harbor & Finch Manufacturing Employee Medical Plan"),
                ("Member", name), ("Member ID", mid), ("Claim number", claim),
                ("Call reference", "CR-558120")]),
        ("sp",),
        ("addr", ["Desmond Okafor-Reyes", "4117 Ridgewood Avenue", "Hermantown, MN 55811"]),
        ("sp",),
        ("p", "Dear Mr. Okafor-Reyes:"),
        ("p", "Copperline Benefit Administrators processes claims for the Harbor & Finch Manufacturing Employee "
              "Medical Plan. Your employer pays the plan's claims from its own funds (a self-funded plan governed by "
              "ERISA); we only administer it. This letter explains why we did not pay a claim from North Shore "
              "Neuromodulation Clinic."),
        ("p", f"The claim is for transcranial magnetic stimulation given on {long(ds[0])} (code 90867, the first "
              f"session with mapping of the motor threshold) and on {long(ds[1])}, {long(ds[2])} and "
              f"{long(ds[3])} (code 90868, later sessions), billed with diagnosis F33.2. The plan requires "
              "precertification before a course of TMS begins. We have no record of a request for these sessions, "
              "so they were denied under adjustment code CO-197 (precertification or authorization absent)."),
        ("p", "This is a denial for a missing authorization, not a finding about whether TMS was right for you. "
              "Your doctor may still send the clinical records showing the plan's TMS criteria were met. A "
              "request by your provider to reopen the claim within 30 days is a reconsideration of the billing and "
              "is not an appeal."),
        ("p", "You have the right to appeal. The time limits and the steps for an appeal are set out in your "
              "Summary Plan Description, which we will send free on request. Send a written appeal, with anything "
              "you want the plan to consider, to Harbor & Finch Manufacturing Employee Medical Plan, c/o "
              "Copperline Benefit Administrators, LLC, Appeals Unit, 1450 Quarry Street, Suite 310, Duluth, MN "
              "55802. Claims sent to our claims box, PO Box 8812, Duluth, MN 55808, are not appeals."),
        ("p", "You may also have the right to bring a civil action under section 502(a) of ERISA after the appeal. "
              "Questions: 1-555-0157, Monday to Friday."),
        ("p", "Sincerely,"),
        ("p", "Ingrid Solheim, Claims Review Specialist"),
    ]
    return dict(n=2, slug="self-funded-tpa-letter-tms-no-precert-docx", lang="en", kind="docx", blocks=blocks,
                facts=dict(patient_name=name, member_id=mid, claim_number=claim, notice_date=nd, service_dates=ds,
                           procedure_codes=["90867", "90868"], diagnosis_codes=["F33.2"], carc_codes=["CO-197"],
                           denial_category="prior_authorization", plan_type="employer_erisa", urgent=False),
                nd_label="Date of issue", nd_printed=long(nd), sd_printed=[long(d) for d in ds],
                ev=dict(denial_category="precertification or authorization absent",
                        plan_type="self-funded plan governed by ERISA"),
                window=("rule", None, None),
                addr=["Harbor & Finch Manufacturing Employee Medical Plan", "c/o Copperline Benefit Administrators, LLC",
                      "Appeals Unit", "1450 Quarry Street", "Suite 310", "Duluth, MN 55802"],
                traps=["CR-558120", "30 days", "PO Box 8812", "4117 Ridgewood Avenue", "220 West Superior Street"],
                note="A TPA's Word letter for a self-funded employer plan (ERISA), the facts in sentences. TMS on 4 "
                     "days (90867, 90868; F33.2) without precertification (CO-197). No time limit printed (points to "
                     "the SPD): ERISA rule, 180 days. Traps: a call reference, a 30-day reopening that is no appeal, "
                     "the claims box, the home address, the TPA's office.")


def c03():
    nd = D(2026, 11, 17)
    name, mid, req = "Rosario Inés Valdivia Peña", "GAL-5530-1187", "PA-26-118204"
    basis = "Tiene 180 días a partir de la fecha en que reciba este aviso para presentar una apelación"
    blocks = [
        ("title", "Plan Médico de Empleados de Grupo Almendral"),
        ("small", "Administrado por Ceibamar Servicios de Administración - 1-555-0161 - ceibamar.example"),
        ("small", FICTES),
        ("rule",),
        ("h", "Aviso de denegación de una solicitud de autorización previa"),
        ("kv", [("Fecha de la determinación", es(nd)), ("Afiliada", name), ("Número de afiliada", mid),
                ("Fecha de nacimiento", "02/09/1983"), ("Número de solicitud", req),
                ("Solicitud recibida", es(D(2026, 11, 10)))]),
        ("p", "Su plan es un plan de salud autofinanciado de su empleador, Grupo Almendral, sujeto a ERISA. "
              "Ceibamar lo administra, pero las reclamaciones las paga el empleador."),
        ("p", "Su psiquiatra pidió aprobación para tratamiento con esketamina en aerosol nasal (Spravato), "
              "códigos J0013 y 99415 (observación después de la dosis) y 99416, con el diagnóstico F33.2."),
        ("h", "Por qué lo denegamos"),
        ("p", "Terapia escalonada: el plan exige que antes se hayan probado dos antidepresivos de clases distintas "
              "y un tratamiento de potenciación, cada uno por al menos seis semanas. Los registros muestran solo "
              "un antidepresivo. Si hubo otros tratamientos, su médico puede enviarlos."),
        ("h", "Cómo apelar"),
        ("p", f"{basis}. Si su médico indica que esperar pone en grave peligro su salud, pida una apelación "
              "acelerada; la decidiremos en 72 horas. Envíe su apelación por escrito a:"),
        ("addr", ["Plan Médico de Empleados de Grupo Almendral", "a/c Ceibamar Servicios de Administración",
                  "Atención: Unidad de Apelaciones", "8200 NW 41st Street, Suite 250", "Doral, FL 33166"]),
        ("p", "Fax: 1-555-0162. Después de la apelación puede pedir una revisión externa independiente."),
    ]
    return dict(n=3, slug="es-self-funded-employer-spravato-step-therapy-notification-banner-screenshot-png",
                lang="es", kind="png", device="banner", blocks=blocks,
                facts=dict(patient_name=name, member_id=mid, claim_number=req, notice_date=nd,
                           procedure_codes=["J0013", "99415", "99416"], diagnosis_codes=["F33.2"],
                           denial_category="step_therapy", plan_type="employer_erisa", urgent=False),
                nd_label="Fecha de la determinación", nd_printed=es(nd), sd_printed=[],
                ev=dict(denial_category="Terapia escalonada", plan_type="plan de salud autofinanciado de su empleador"),
                window=("days", 180, basis),
                addr=["Plan Médico de Empleados de Grupo Almendral", "a/c Ceibamar Servicios de Administración",
                      "Atención: Unidad de Apelaciones", "8200 NW 41st Street, Suite 250", "Doral, FL 33166"],
                traps=["02/09/1983", es(D(2026, 11, 10)), "72 horas"],
                note="A self-funded employer plan's prior-authorization denial in Spanish (ERISA, via a TPA), seen as a "
                     "phone screenshot of a PDF viewer with the status bar and a message notification over the "
                     "letterhead. Spravato before care (J0013, 99415, 99416; F33.2) refused for step therapy. Stated "
                     "180 días from receipt. Traps: DOB, the request's received date, 72 horas.",
                extra=dict(banner=["Mensajes · ahora", "Tía Lupe: ¿Ya te contestó el seguro? Llámame"]))


def c04():
    nd = D(2026, 11, 18)
    name, mid, claim = "Keiko Marchetti-Ambrose", "JTH4471902235", "JT-26-11-008413"
    ds = [D(2026, 10, 26), D(2026, 10, 27), D(2026, 10, 28)]
    basis = "You may file an appeal within 180 days after you receive this notice"
    blocks = [
        ("h", "Claim details"),
        ("kv", [("Patient", name), ("Member ID", mid), ("Plan", "Juniper Trail Silver 3500 HMO (Nevada Health "
                 "Insurance Marketplace plan)"), ("Claim number", claim), ("EOB issued", us(nd)),
                ("Provider", "Sagebrush TMS & Wellness"), ("Status", "Denied")]),
        ("table", ["Service date", "Code", "Diagnosis", "Billed", "Plan paid", "Reason"], [
            [us(ds[0]), "90868", "F33.1", "$285.00", "$0.00", "CO-119"],
            [us(ds[1]), "90868", "F33.1", "$285.00", "$0.00", "CO-119"],
            [us(ds[2]), "90868", "F33.1", "$285.00", "$0.00", "CO-119"],
        ]),
        ("p", "Reason CO-119: the benefit maximum for this period has been reached. Your plan covers up to 36 TMS "
              "sessions per benefit year, and sessions 37 to 39 are over that limit."),
        ("h", "Appeal this decision"),
        ("p", f"{basis}. Send it through Messages on this site, or mail it to Juniper Trail Health, Appeals and "
              "Grievances, PO Box 19044, Reno, NV 89510. If we uphold the denial you can ask for an independent "
              "external review."),
    ]
    extra = dict(title="Claim JT-26-11-008413 | Juniper Trail Health member portal",
                 stamp="12/5/26, 9:14 AM", user="Signed in as Keiko M.",
                 others=[("JT-26-10-004120", us(D(2026, 10, 2)), "90834", "Paid"),
                         ("JT-26-11-009907", us(D(2026, 11, 9)), "99214", "Processing"),
                         (claim, us(ds[0]), "90868", "Denied")])
    return dict(n=4, slug="marketplace-portal-page-tms-session-cap-benefit-limit-html", lang="en", kind="html",
                blocks=blocks, extra=extra,
                facts=dict(patient_name=name, member_id=mid, claim_number=claim, notice_date=nd, service_dates=ds,
                           procedure_codes=["90868"], diagnosis_codes=["F33.1"], carc_codes=["CO-119"],
                           denial_category="benefit_limit", plan_type="individual_aca", urgent=False),
                nd_label="EOB issued", nd_printed=us(nd), sd_printed=[us(d) for d in ds],
                ev=dict(denial_category="benefit maximum", plan_type="Marketplace"),
                window=("days", 180, basis),
                addr=["Juniper Trail Health", "Appeals and Grievances", "PO Box 19044", "Reno, NV 89510"],
                traps=["12/5/26, 9:14 AM", "JT-26-10-004120", "90834", "99214", "JT-26-11-009907"],
                note="A Marketplace HMO's member-portal page (HTML): the claim's details beside a list of three "
                     "claims. TMS sessions 37-39 on 3 days (90868; F33.1) over the 36-session yearly maximum "
                     "(CO-119): benefit_limit. Stated 180 days from receipt. Traps: the paid and processing claims "
                     "and their codes, the print stamp.")


def c05():
    nd = D(2026, 11, 9)
    name, mid, claim = "Wren Haldane", "SCH-0091-4452-03", "SC2611-30487"
    ds = [D(2026, 10, 12), D(2026, 10, 13), D(2026, 10, 14), D(2026, 10, 15)]
    dl = D(2027, 5, 10)
    basis = f"Your appeal must be received by {long(dl)}"
    blocks = [
        ("h", "Sable Creek Health Insurance Company - Notice of Adverse Benefit Determination"),
        ("small", FICT),
        ("kv", [("Issue date", long(nd)), ("Subscriber", "Gregory Haldane (SCH-0091-4452-01)"),
                ("Patient", f"{name} (dependent daughter)"), ("Patient member ID", mid), ("Claim", claim),
                ("Provider", "Cedar Lantern Behavioral Health, Intensive Outpatient Program"),
                ("Coverage", "Ostrander Freight employer group plan, HMO option (insured)")]),
        ("table", ["Date", "Code", "Dx", "Billed", "Paid", "Code / reason"], [
            [us(d), "S9480", "F33.2", "$640.00", "$0.00", "CO-242"] for d in ds]),
        ("p", "Why: CO-242 - the program is not in the HMO network, and your HMO option pays for out-of-network "
              "care only in an emergency or with a referral we approved. We found no approved referral."),
        ("p", f"How to appeal: {basis}. Write to Sable Creek Health Insurance Company, Attention: Appeals "
              "Coordinator, 400 Commerce Plaza, Floor 7, Hartford, CT 06103, or fax 1-555-0178. You may send "
              "records and a letter from the treating clinician. If waiting would seriously jeopardize the "
              "patient's health, call 1-555-0177 for an expedited appeal (decided within 72 hours)."),
        ("p", "You may also ask the Connecticut Insurance Department's consumer office for help."),
    ]
    extra = dict(
        outer_from=("Gregory Haldane", "greg.haldane@mailbox.example"),
        outer_to=("Billing - Cedar Lantern", "billing@cedarlantern.example"),
        outer_date="Wed, 02 Dec 2026 19:41:07 -0500",
        subject="FW: Your Sable Creek claim SC2611-30487 - decision notice",
        note_text=("Hi, this is Wren's dad. Sable Creek sent the message below about her IOP weeks. "
                   "Can your office help with the network question? Her appeal is due in May. Thanks, Greg"),
        inner_from=("Sable Creek Health Member Notices", "notices@sablecreek.example"),
        inner_sent="Tuesday, November 10, 2026 6:02 AM",
        inner_to="greg.haldane@mailbox.example",
        inner_subject="Your Sable Creek claim SC2611-30487 - decision notice")
    return dict(n=5, slug="employer-insured-hmo-forwarded-by-father-iop-out-of-network-outlook-eml", lang="en",
                kind="eml", blocks=blocks, extra=extra,
                facts=dict(patient_name=name, member_id=mid, claim_number=claim, notice_date=nd, service_dates=ds,
                           procedure_codes=["S9480"], diagnosis_codes=["F33.2"], carc_codes=["CO-242"],
                           denial_category="out_of_network", plan_type="employer_erisa", urgent=False),
                nd_label="Issue date", nd_printed=long(nd), sd_printed=[us(d) for d in ds],
                ev=dict(denial_category="not in the HMO network", plan_type="employer group plan"),
                window=("date", dl, basis),
                addr=["Sable Creek Health Insurance Company", "Attention: Appeals Coordinator", "400 Commerce Plaza",
                      "Floor 7", "Hartford, CT 06103"],
                traps=["Gregory Haldane", "SCH-0091-4452-01", "Wed, 02 Dec 2026", "Tuesday, November 10, 2026",
                       "72 hours"],
                note="The subscriber (her father) forwards his insured employer HMO's e-mailed notice (ERISA) to the "
                     "program's billing office, Outlook style. IOP on 4 days (S9480; F33.2) out of network "
                     "(CO-242). Stated date May 10, 2027. Traps: the father and his -01 ID, the Date header (2 Dec), "
                     "the original message's date (10 Nov), 72 hours.")


def c06():
    nd = D(2026, 11, 20)
    name, mid, claim = "Anjali Brennan-Oduya", "LSU-SHIP 80441927", "TLH-26-44180-2"
    d1, d2 = D(2026, 10, 1), D(2026, 10, 29)
    basis = "You may appeal within 180 days of receiving this letter"
    blocks = [
        ("title", "Tessellate Life & Health Insurance Company"),
        ("small", "Underwriter of the Larkspur State University Student Health Insurance Plan, 2026-2027"),
        ("small", FICT),
        ("rule",),
        ("kv", [("Notice mailed", us(nd)), ("Student member", name), ("Member ID", mid),
                ("Student ID", "0093314"), ("Claim", claim), ("Provider", "Larkspur Headache and Pain Clinic")]),
        ("p", "Dear Anjali Brennan-Oduya,"),
        ("p", "We reviewed the claim below under your student health insurance plan. The plan's medical policy "
              "treats repeated sphenopalatine ganglion blocks for chronic migraine as experimental or "
              "investigational, because the studies so far do not show lasting benefit. For that reason we did "
              "not pay the two nerve-block lines (adjustment code CO-55). The visit on the first day was paid."),
        ("table", ["Date of service", "Procedure", "Diagnosis", "Charged", "Paid", "Adjustment"], [
            [us(d1), "99204", "G43.709", "$325.00", "$241.10", "-"],
            [us(d1), "64505", "G43.709", "$610.00", "$0.00", "CO-55"],
            [us(d2), "64505", "G43.709", "$610.00", "$0.00", "CO-55"],
        ]),
        ("h", "Your appeal rights"),
        ("p", f"{basis}. Please write to us at Tessellate Life & Health, Student Plan Appeals, Attn: Grievance "
              "Review, PO Box 2747, Columbus, OH 43216. Include the claim number and any letters or records from "
              "your doctor. We decide appeals of claims already paid or denied within 60 days. If we keep the "
              "denial, you may ask for an independent external review."),
        ("p", "The Student Health Center cannot change this decision; call us at 1-555-0186 with questions."),
    ]
    return dict(n=6, slug="student-plan-letter-nerve-blocks-migraine-experimental-ruler-on-glass-scan-pdf",
                lang="en", kind="pdfimg", device="ruler", blocks=blocks,
                facts=dict(patient_name=name, member_id=mid, claim_number=claim, notice_date=nd,
                           service_dates=[d1, d2], procedure_codes=["64505"], diagnosis_codes=["G43.709"],
                           carc_codes=["CO-55"], denial_category="experimental_investigational",
                           plan_type="individual_aca", urgent=False),
                nd_label="Notice mailed", nd_printed=us(nd), sd_printed=[us(d1), us(d2)],
                ev=dict(denial_category="experimental or investigational", plan_type="student health insurance plan"),
                window=("days", 180, basis),
                addr=["Tessellate Life & Health", "Student Plan Appeals", "Attn: Grievance Review", "PO Box 2747",
                      "Columbus, OH 43216"],
                traps=["0093314", "99204", "60 days"],
                note="A student health insurance plan's letter, scanned flatbed with a clear plastic ruler left on "
                     "the glass (image-only PDF). Sphenopalatine ganglion blocks on 2 days (64505; G43.709) "
                     "experimental (CO-55). Stated 180 days from receipt. Traps: the student ID, the paid 99204 "
                     "visit, the 60-day decision time.")


def c07():
    nd = D(2026, 11, 6)
    name, mid, claim = "THADDEUS J. MORROW-ELLIS", "CPB-118-40-7726", "26-3107-88213"
    ds = [D(2026, 10, 19), D(2026, 10, 20), D(2026, 10, 21)]
    basis = "you have 180 days from the date of this statement to ask for a review"
    blocks = [
        ("title", "COVENANT PINES BENEFIT PLAN"),
        ("small", "MINISTERS AND LAY WORKERS HEALTH BENEFIT PLAN  -  A CHURCH PLAN NOT SUBJECT TO ERISA"),
        ("small", FICT),
        ("rule",),
        ("h", "STATEMENT OF CLAIM PAYMENT"),
        ("kv", [("DATE ISSUED", us(nd)), ("PARTICIPANT", name), ("PARTICIPANT NO.", mid), ("CLAIM", claim),
                ("FACILITY", "STILLWATER RIDGE BEHAVIORAL HOSPITAL - DAY PROGRAM")]),
        ("table", ["SERVICE", "CODE", "DIAG", "CHARGE", "PAID", "REMARK"], [
            [us(D(2026, 10, 16)), "90792", "F33.2", "$380.00", "$304.00", "PAID"],
            [us(ds[0]), "H0035", "F33.2", "$925.00", "$0.00", "CO-204"],
            [us(ds[1]), "H0035", "F33.2", "$925.00", "$0.00", "CO-204"],
            [us(ds[2]), "H0035", "F33.2", "$925.00", "$0.00", "CO-204"],
        ]),
        ("p", "REMARK CO-204: PARTIAL HOSPITALIZATION IS NOT A COVERED BENEFIT UNDER SECTION 7.3 OF THE PLAN "
              "DOCUMENT (EXCLUDED LEVELS OF CARE). THE EVALUATION VISIT WAS PAID AT 80%."),
        ("h", "IF YOU DISAGREE"),
        ("p", f"As a participant {basis}. Mail it to: Covenant Pines Benefit Plan, Attn: Appeals Committee, "
              "1100 Vesper Lane, Indianapolis, IN 46260. The committee meets monthly and decides within 60 days. "
              "You may then ask for an external review by an independent reviewer."),
        ("small", "QUESTIONS: 1-555-0191  -  PLAN OFFICE, 88 CHAPEL STREET, CARMEL, IN 46032 (NOT FOR APPEALS)"),
    ]
    return dict(n=7, slug="church-plan-statement-php-excluded-caps-tile-floor-photo", lang="en", kind="jpg",
                device="tiles", blocks=blocks,
                facts=dict(patient_name=name, member_id=mid, claim_number=claim, notice_date=nd, service_dates=ds,
                           procedure_codes=["H0035"], diagnosis_codes=["F33.2"], carc_codes=["CO-204"],
                           denial_category="not_covered", plan_type="church", urgent=False),
                nd_label="DATE ISSUED", nd_printed=us(nd), sd_printed=[us(d) for d in ds],
                ev=dict(denial_category="NOT A COVERED BENEFIT", plan_type="A CHURCH PLAN"),
                window=("days", 180, basis),
                addr=["Covenant Pines Benefit Plan", "Attn: Appeals Committee", "1100 Vesper Lane",
                      "Indianapolis, IN 46260"],
                traps=["90792", us(D(2026, 10, 16)), "88 CHAPEL STREET", "60 days"],
                note="A church plan's claim statement in capitals (not ERISA), photographed from standing height on "
                     "a terracotta tile floor. PHP on 3 days (H0035; F33.2) excluded (CO-204): not_covered. Stated "
                     "180 days from the statement. Traps: the paid 90792 evaluation and its date, the plan office, "
                     "the 60-day decision time.")


def c08():
    nd = D(2026, 11, 16)
    name, mid, claim = "Harriet Szabo-Nguyen", "VSE 0047 3318 2", "7720-2611-0093"
    d1, d2 = D(2026, 10, 7), D(2026, 10, 9)
    basis = "you may request an appeal within 180 days after you receive this notice"
    blocks = [
        ("title", "Green Mountain State Employees' Medical Plan"),
        ("small", "A self-insured plan of the State of Vermont for state employees, retirees and their families, "
                  "administered by Birchline Claims Services. " + FICT),
        ("box", [("kv", [("Issued", us(nd)), ("Employee/member", name), ("Member ID", mid),
                         ("Claim number", claim), ("Provider", "Lake Champlain Psychiatric Associates"),
                         ("Agency", "Department of Transportation")])]),
        ("h", "Notice of claim denial"),
        ("p", "We could not pay the electroconvulsive therapy lines on this claim. The claim gives generalized "
              "anxiety disorder (F41.1) as the only diagnosis, and the plan's policy covers ECT for severe "
              "depression, catatonia and some other conditions, not for that diagnosis alone. The codes on the "
              "claim do not match: adjustment CO-11, the diagnosis is inconsistent with the procedure. If the "
              "diagnosis was coded in error, the provider can send a corrected claim."),
        ("table", ["Service date", "Procedure", "Diagnosis", "Amount billed", "Paid", "CARC"], [
            [us(d1), "90870", "F41.1", "$720.00", "$0.00", "CO-11"],
            [us(d1), "00104", "F41.1", "$480.00", "$0.00", "CO-11"],
            [us(d2), "90870", "F41.1", "$720.00", "$0.00", "CO-11"],
            [us(d2), "00104", "F41.1", "$480.00", "$0.00", "CO-11"],
        ]),
        ("h", "Appeals"),
        ("p", f"If you disagree, {basis}. Send it to Green Mountain State Employees' Medical Plan, c/o Birchline "
              "Claims Services, Appeals Department, 62 Pearl Street, Mail Stop 3, Burlington, VT 05401. Fax "
              "1-555-0124. A corrected claim from the provider is not an appeal and has its own 90-day limit. "
              "After our decision on appeal you can ask for external review by an independent review "
              "organization, within 4 months."),
    ]
    return dict(n=8, slug="state-employees-plan-ect-diagnosis-mismatch-boxed-header-text-pdf", lang="en",
                kind="pdf", blocks=blocks,
                facts=dict(patient_name=name, member_id=mid, claim_number=claim, notice_date=nd,
                           service_dates=[d1, d2], procedure_codes=["90870", "00104"], diagnosis_codes=["F41.1"],
                           carc_codes=["CO-11"], denial_category="coding_billing", plan_type="governmental",
                           urgent=False),
                nd_label="Issued", nd_printed=us(nd), sd_printed=[us(d1), us(d2)],
                ev=dict(denial_category="the diagnosis is inconsistent with the procedure",
                        plan_type="State of Vermont for state employees"),
                window=("days", 180, basis),
                addr=["Green Mountain State Employees' Medical Plan", "c/o Birchline Claims Services",
                      "Appeals Department", "62 Pearl Street", "Mail Stop 3", "Burlington, VT 05401"],
                traps=["90-day", "4 months", "Department of Transportation"],
                note="A state employees' plan (governmental) via its TPA, a text PDF with a boxed header. ECT with "
                     "anesthesia on 2 days (90870, 00104; F41.1) refused as the diagnosis does not fit (CO-11): "
                     "coding_billing. Stated 180 days from receipt. Traps: the corrected claim's 90 days, external "
                     "review's 4 months, the employing agency.")


def c09():
    nd = D(2026, 11, 4)
    name, mid, pa = "LUCIA M. FERREIRA-HOLT", "7012 4459 18", "PA 26-318-0442"
    dl = D(2027, 2, 2)
    basis = f"Your hearing request must be received by {long(dl)}"
    blocks = [
        ("title", "WYOMING DEPARTMENT OF HEALTH - DIVISION OF HEALTHCARE FINANCING"),
        ("small", "Medicaid fee-for-service pharmacy and medical prior authorization unit - " + FICT),
        ("rule",),
        ("kv", [("DATE SENT", us(nd)), ("RECIPIENT", name), ("MEDICAID ID", mid), ("DATE OF BIRTH", "04/11/1990"),
                ("PRIOR AUTHORIZATION NO.", pa), ("PRESCRIBER", "DR. ELIAS BRANDT, CASPER MOOD DISORDERS CLINIC")]),
        ("h", "NOTICE OF ACTION: PRIOR AUTHORIZATION DENIED"),
        ("p", "Wyoming Medicaid received a request for esketamine nasal spray given in the clinic (codes J0013 and "
              "99415) for diagnosis F33.2. The request is denied. Medicaid's preferred drug list requires step "
              "therapy: a trial of at least two preferred antidepressants at an adequate dose for 8 weeks each "
              "before esketamine can be approved. The request listed one trial."),
        ("p", "This decision is made under the Wyoming Medicaid rules for prior authorization of drugs. Your "
              "prescriber may send a new request with the other trials at any time."),
        ("h", "YOUR RIGHT TO A FAIR HEARING"),
        ("p", f"You may ask for a state fair hearing if you think this decision is wrong. {basis}. Send it to:"),
        ("addr", ["Wyoming Department of Health", "Office of Administrative Hearings", "Attn: Medicaid Fair Hearings",
                  "2020 Carey Avenue, 5th Floor", "Cheyenne, WY 82002"]),
        ("p", "You may speak for yourself or have a friend, relative or lawyer speak for you. Free legal help: "
              "1-555-0133."),
    ]
    return dict(n=9, slug="medicaid-fee-for-service-spravato-step-therapy-caps-linear-gamma-scan-tiff", lang="en",
                kind="tif", device="lineargamma", blocks=blocks,
                facts=dict(patient_name=name, member_id=mid, claim_number=pa, notice_date=nd,
                           procedure_codes=["J0013", "99415"], diagnosis_codes=["F33.2"],
                           denial_category="step_therapy", plan_type="medicaid", urgent=False),
                nd_label="DATE SENT", nd_printed=us(nd), sd_printed=[],
                ev=dict(denial_category="step therapy", plan_type="Medicaid"),
                window=("date", dl, basis),
                addr=["Wyoming Department of Health", "Office of Administrative Hearings", "Attn: Medicaid Fair Hearings",
                      "2020 Carey Avenue, 5th Floor", "Cheyenne, WY 82002"],
                traps=["04/11/1990", "8 weeks"],
                note="A fee-for-service Medicaid prior-authorization denial in capitals, scanned by a driver that "
                     "saved linear (un-gamma'd) values: a dark, crushed greyscale TIFF. Spravato before care "
                     "(J0013, 99415; F33.2) refused for step therapy. The fair hearing is the first step: stated date "
                     "February 2, 2027, the hearing office's address. Traps: DOB 04/11/1990 (the notice's day and "
                     "month swapped).")


def c10():
    nd = D(2026, 11, 24)
    name, mid, req = "Jamal Okonkwo-Price", "RCH-40027716", "UM-26-1103-5587"
    basis = "You have 60 calendar days from the date on this notice to ask for an appeal"
    blocks = [
        ("title", "Riverbend Community Health Plan"),
        ("small", "A Medicaid managed care plan for members in New Mexico - " + FICT),
        ("h", "Notice of Adverse Benefit Determination"),
        ("kv", [("Mailing date", long(nd)), ("Member", name), ("Plan member ID", mid),
                ("State Medicaid ID", "118004927365"), ("Date of birth", "06/30/2001"),
                ("Authorization request", req), ("Requested by", "Mesa Verde Behavioral Health, partial hospital")]),
        ("p", "Your provider asked us to approve 20 days of partial hospitalization (H0035) for diagnosis F33.2. "
              "We made this decision on an expedited (fast) basis because your provider told us that waiting could "
              "seriously harm your health."),
        ("p", "What we decided: we did not approve the partial hospitalization program. After reviewing your records, "
              "our psychiatrist found it is not medically necessary at this time: you could be treated safely at "
              "a lower level of care, an intensive outpatient program three days a week, which we will approve if "
              "your provider asks."),
        ("h", "Your right to appeal"),
        ("p", f"{basis}. You can call 1-555-0147 or write to: Riverbend Community Health Plan, Appeals Department, "
              "5600 Jefferson Street NE, Suite 210, Albuquerque, NM 87109. If you need a fast appeal, say so; we "
              "decide fast appeals within 72 hours."),
        ("p", "If we say no again, you may ask for a State Fair Hearing within 120 days of our appeal decision. "
              "To keep any service you already get while you appeal, you must appeal within 10 days."),
    ]
    return dict(n=10, slug="medicaid-managed-care-noabd-php-expedited-lower-level-cat-paw-photo", lang="en",
                kind="jpg", device="cat", blocks=blocks,
                facts=dict(patient_name=name, member_id=mid, claim_number=req, notice_date=nd,
                           procedure_codes=["H0035"], diagnosis_codes=["F33.2"], denial_category="medical_necessity",
                           plan_type="medicaid", urgent=True),
                nd_label="Mailing date", nd_printed=long(nd), sd_printed=[],
                ev=dict(denial_category="not medically necessary", plan_type="Medicaid managed care plan",
                        urgent="We made this decision on an expedited (fast) basis"),
                window=("days", 60, basis),
                addr=["Riverbend Community Health Plan", "Appeals Department", "5600 Jefferson Street NE",
                      "Suite 210", "Albuquerque, NM 87109"],
                traps=["118004927365", "06/30/2001", "120 days", "10 days", "72 hours"],
                note="A Medicaid managed-care plan's NOABD, decided on an expedited basis, photographed with the "
                     "family cat's paw and tail on the page. PHP before care (H0035; F33.2) not medically "
                     "necessary, a lower level (IOP) offered; urgent. Stated 60 days. Traps: the state Medicaid ID, "
                     "DOB, 120 days, 10 days, 72 hours.")


def c11():
    nd = D(2026, 11, 5)
    name, mid, claim = "Eleanor Vasquez-Whitford", "SBA88104273", "26-1029-77418"
    d1, d2 = D(2026, 10, 6), D(2026, 10, 13)
    basis = "You must ask for an appeal within 65 days of the date of this notice"
    blocks = [
        ("title", "Silverbrook Advantage Plus (HMO)"),
        ("small", "A Medicare Advantage plan - PO Box 3300, Spokane, WA 99220 - 1-555-0115 (TTY 711) - " + FICT),
        ("h", "Notice of Denial of Payment"),
        ("kv", [("Date issued", long(nd)), ("Enrollee", name), ("Member number", mid),
                ("Medicare Number", "1EG4-TE5-MK73"), ("Claim number", claim),
                ("Provider", "Inland Empire Interventional Psychiatry")]),
        ("p", f"We have denied payment for the services listed below, given on {long(d1)} and {long(d2)}: "
              "a visit with supervised esketamine nasal spray and two hours of observation (G2083), with diagnosis "
              "F33.2. Adjustment code CO-197: the plan requires prior authorization for this drug and none was "
              "requested before the visits. You do not owe the provider more than your usual copayment."),
        ("h", "If you disagree with our decision"),
        ("p", f"{basis}. We can give you more time if you have a good reason for missing the deadline. Send your "
              "request to: Silverbrook Advantage Plus, Attn: Part C Appeals, PO Box 91770, Spokane, WA 99209. "
              "Fax 1-555-0116. If we uphold the denial, your case goes to an independent review entity on its "
              "own."),
    ]
    return dict(n=11, slug="medicare-advantage-spravato-no-prior-auth-page-on-lap-denim-photo", lang="en",
                kind="jpg", device="lap", blocks=blocks,
                facts=dict(patient_name=name, member_id=mid, claim_number=claim, notice_date=nd,
                           service_dates=[d1, d2], procedure_codes=["G2083"], diagnosis_codes=["F33.2"],
                           carc_codes=["CO-197"], denial_category="prior_authorization",
                           plan_type="medicare_advantage", urgent=False),
                nd_label="Date issued", nd_printed=long(nd), sd_printed=[long(d1), long(d2)],
                ev=dict(denial_category="requires prior authorization", plan_type="Medicare Advantage"),
                window=("days", 65, basis),
                addr=["Silverbrook Advantage Plus", "Attn: Part C Appeals", "PO Box 91770", "Spokane, WA 99209"],
                traps=["1EG4-TE5-MK73", "PO Box 3300"],
                note="A Medicare Advantage plan's denial of payment, photographed on the reader's lap, the page bent "
                     "across denim-covered knees. Spravato visits on 2 days (G2083; F33.2) without prior "
                     "authorization (CO-197). Stated 65 days from the notice. Traps: the Medicare Number, the "
                     "letterhead's box.")


def c12():
    nd = D(2026, 11, 19)
    name, mid, claim = "BEATRIZ A. HOLLOWAY", "NBS-3381-0076", "CLM 2026-0922-118"
    d1, d2 = D(2026, 3, 4), D(2026, 3, 11)
    basis = "You or your authorized representative may appeal within 180 days following receipt of this statement"
    blocks = [
        ("title", "NORTHWIND BENEFIT SERVICES - CLAIMS HISTORY STATEMENT"),
        ("p", "Plan: QUILLFEATHER SOFTWARE INC. GROUP HEALTH PLAN (self-funded employer plan, ERISA). "
              "Administrator: Northwind Benefit Services. " + FICT),
        ("kv", [("Statement run date", us(nd)), ("Member", name), ("Member ID", mid),
                ("Period", f"{us(D(2026, 8, 1))} to {us(D(2026, 10, 31))}")]),
        ("h", "CLAIM CLM 2026-0811-407  (PAID)"),
        ("table", ["DOS", "CPT/HCPCS", "DX", "BILLED", "PAID", "CARC"], [
            [us(D(2026, 8, 5)), "90837", "F43.10", "190.00", "152.00", "PR-2"]]),
        ("h", f"CLAIM {claim}  (DENIED)  received {us(D(2026, 10, 1))}"),
        ("table", ["DOS", "CPT/HCPCS", "DX", "BILLED", "PAID", "CARC"], [
            [us(d1), "90837", "F43.10", "190.00", "0.00", "CO-29"],
            [us(d2), "90837", "F43.10", "190.00", "0.00", "CO-29"]]),
        ("p", "CO-29: THE TIME LIMIT FOR FILING HAS EXPIRED. The plan accepts claims up to 180 days after the date "
              "of service; this claim arrived later than that."),
        ("h", "CLAIM CLM 2026-1014-233  (PAID)"),
        ("table", ["DOS", "CPT/HCPCS", "DX", "BILLED", "PAID", "CARC"], [
            [us(D(2026, 10, 7)), "90834", "F43.10", "150.00", "120.00", "PR-2"]]),
        ("h", "APPEAL RIGHTS"),
        ("p", f"{basis}. Mail appeals to: Quillfeather Software Inc. Group Health Plan, c/o Northwind Benefit "
              "Services, Attn: Appeals Review, PO Box 55120, Boise, ID 83705. Phone 1-555-0168. You may send proof "
              "that the claim was filed on time."),
    ]
    return dict(n=12, slug="self-funded-claims-history-three-claims-psychotherapy-late-filing-caps-txt", lang="en",
                kind="txt", blocks=blocks,
                facts=dict(patient_name=name, member_id=mid, claim_number=claim, notice_date=nd,
                           service_dates=[d1, d2], procedure_codes=["90837"], diagnosis_codes=["F43.10"],
                           carc_codes=["CO-29"], denial_category="timely_filing", plan_type="employer_erisa",
                           urgent=False),
                nd_label="Statement run date", nd_printed=us(nd), sd_printed=[us(d1), us(d2)],
                ev=dict(denial_category="THE TIME LIMIT FOR FILING HAS EXPIRED", plan_type="self-funded employer plan"),
                window=("days", 180, basis),
                addr=["Quillfeather Software Inc. Group Health Plan", "c/o Northwind Benefit Services",
                      "Attn: Appeals Review", "PO Box 55120", "Boise, ID 83705"],
                traps=["CLM 2026-0811-407", "CLM 2026-1014-233", "90834", us(D(2026, 10, 1)), us(D(2026, 10, 31))],
                note="A TPA's plain-text claims history of three claims for a self-funded employer plan (ERISA), name "
                     "in capitals. Psychotherapy on 2 days in March (90837; F43.10) filed late (CO-29). Stated 180 "
                     "days from receipt. Traps: the two paid claims and their 90834, the received date, the period's "
                     "end.")


def c13():
    nd = D(2026, 11, 12)
    name, mid, claim = "Nadia Fairbanks", "ML5512883001", "2026 1104 0071 3"
    d1, d2 = D(2026, 10, 8), D(2026, 10, 15)
    dl = D(2027, 5, 11)
    basis = f"Your appeal must be postmarked by {long(dl)}"
    blocks = [
        ("title", "Meridian Lake Health Cooperative"),
        ("small", "Member-governed health insurer - Wisconsin Health Insurance Marketplace plans - " + FICT),
        ("sp",),
        ("kv", [("Letter date", long(nd))]),
        ("addr", ["Nadia Fairbanks", "2719 Willow Bend Road", "Middleton, WI 53562"]),
        ("p", f"Re: Member ID {mid} - Claim {claim} - Marketplace Bronze 7000 plan"),
        ("p", "Dear Ms. Fairbanks,"),
        ("p", f"We are writing about the infusion claim from Driftless Ketamine Clinic for {us(d1)} and {us(d2)}. "
              "The claim lists an intravenous infusion (96365) and the drug under J3490, for diagnosis F32.2. We "
              "could not process the drug and infusion lines: CO-16 with remark M119, a missing or invalid "
              "National Drug Code (NDC). A drug billed under J3490 must carry the NDC, the drug's name and the dose."),
        ("p", "Your clinic can send a corrected claim with the NDC; a corrected claim is not an appeal and must "
              "reach us within 90 days. If you believe we made a mistake, you can also appeal."),
        ("p", f"{basis}. Address it to Meridian Lake Health Cooperative, Appeals & Grievances, Attention: Member "
              "Advocacy, 909 Lakeshore Drive, Suite 1400, Madison, WI 53703. Our decision comes within 60 days. "
              "You then have the right to an independent external review."),
        ("p", "With regards,"),
        ("p", "Claims Resolution Team, 1-555-0108"),
        ("seal", "MERIDIAN LAKE HEALTH COOPERATIVE * OFFICIAL RECORD *"),
    ]
    return dict(n=13, slug="marketplace-coop-letter-ketamine-missing-ndc-embossed-seal-side-light-photo",
                lang="en", kind="jpg", device="emboss", blocks=blocks,
                facts=dict(patient_name=name, member_id=mid, claim_number=claim, notice_date=nd,
                           service_dates=[d1, d2], procedure_codes=["96365", "J3490"], diagnosis_codes=["F32.2"],
                           carc_codes=["CO-16"], denial_category="coding_billing", plan_type="individual_aca",
                           urgent=False),
                nd_label="Letter date", nd_printed=long(nd), sd_printed=[us(d1), us(d2)],
                ev=dict(denial_category="missing or invalid National Drug Code", plan_type="Marketplace"),
                window=("date", dl, basis),
                addr=["Meridian Lake Health Cooperative", "Appeals & Grievances", "Attention: Member Advocacy",
                      "909 Lakeshore Drive", "Suite 1400", "Madison, WI 53703"],
                traps=["M119", "90 days", "2719 Willow Bend Road", "60 days"],
                note="A Marketplace co-op's letter with an embossed seal, photographed under low side light that "
                     "raises the seal's relief. IV ketamine on 2 days (96365, J3490; F32.2) missing the NDC (CO-16, "
                     "M119): coding_billing. Stated date May 11, 2027. Traps: the remark code, the corrected claim's "
                     "90 days, the home address, 60 days.")


def c14():
    nd = D(2026, 11, 6)
    name, mid, claim = "Octavio Ruiz Barragán", "SAZ-209-44-118", "SA26-0418837"
    ds = [D(2026, 10, 5), D(2026, 10, 6), D(2026, 10, 7)]
    basis = "Puede apelar dentro de los 180 días siguientes a la fecha en que reciba esta explicación"
    blocks = [
        ("title", "Salvia Azul Seguros de Salud"),
        ("small", "Plan Plata 4000 del Mercado de Seguros Médicos - Texas - " + FICTES),
        ("h", "Explicación de beneficios (EOB) - esto no es una factura"),
        ("kv", [("Fecha del estado de cuenta", es(nd)), ("Asegurado", name), ("Núm. de identificación", mid),
                ("Núm. de reclamo", claim), ("Reclamo recibido", dmy(D(2026, 10, 20))),
                ("Proveedor", "Centro de Estimulación Magnética del Valle")]),
        ("small", "Las fechas de la tabla están en formato día/mes/año."),
        ("table", ["Fecha", "Código", "Diagnóstico", "Cargo", "Pagado", "Ajuste"], [
            [dmy(D(2026, 10, 1)), "90791", "F33.1", "$260.00", "$208.00", "PR-2"],
            [dmy(ds[0]), "90867", "F33.1", "$410.00", "$0.00", "CO-22"],
            [dmy(ds[1]), "90868", "F33.1", "$285.00", "$0.00", "CO-22"],
            [dmy(ds[2]), "90868", "F33.1", "$285.00", "$0.00", "CO-22"],
        ]),
        ("p", "CO-22: coordinación de beneficios. Según nuestros registros, usted tiene otro seguro (el plan de su "
              "empleador) que debe pagar primero. Si ese seguro terminó, avísenos y volveremos a procesar el "
              "reclamo."),
        ("h", "Sus derechos de apelación"),
        ("p", f"{basis}. Envíela a: Salvia Azul Seguros de Salud, Departamento de Apelaciones y Quejas, Apartado "
              "Postal 12088, San Antonio, TX 78212. Teléfono 1-555-0151. Después puede pedir una revisión externa."),
    ]
    return dict(n=14, slug="es-marketplace-eob-four-lines-tms-other-coverage-upscaled-thumbnail-png", lang="es",
                kind="png", device="thumb", blocks=blocks,
                facts=dict(patient_name=name, member_id=mid, claim_number=claim, notice_date=nd, service_dates=ds,
                           procedure_codes=["90867", "90868"], diagnosis_codes=["F33.1"], carc_codes=["CO-22"],
                           denial_category="coordination_of_benefits", plan_type="individual_aca", urgent=False),
                nd_label="Fecha del estado de cuenta", nd_printed=es(nd), sd_printed=[dmy(d) for d in ds],
                ev=dict(denial_category="coordinación de beneficios", plan_type="Mercado de Seguros"),
                window=("days", 180, basis),
                addr=["Salvia Azul Seguros de Salud", "Departamento de Apelaciones y Quejas", "Apartado Postal 12088",
                      "San Antonio, TX 78212"],
                traps=["90791", dmy(D(2026, 10, 1)), dmy(D(2026, 10, 20))],
                note="A Marketplace plan's EOB in Spanish with four lines, day-first dates, sent as a messaging app's "
                     "small preview that was saved and enlarged (PNG). TMS on 3 days (90867, 90868; F33.1), other "
                     "coverage primary (CO-22): coordination_of_benefits. Stated 180 días from receipt. Traps: the "
                     "paid 90791 line and its date, the received date.")


def c15():
    nd = D(2026, 11, 10)
    name, mid, claim = "Mercedes Quintanilla Ocampo", "ASO-7741-0928", "4419-2611-0283"
    d1, d2 = D(2026, 10, 13), D(2026, 10, 15)
    basis = "tiene 60 días calendario a partir de la fecha de esta carta para pedir una apelación"
    blocks = [
        ("h", "Alianza Sol Salud - Aviso de determinación adversa de beneficios"),
        ("small", "Plan de cuidado administrado de Medicaid (NJ FamilyCare) - " + FICTES),
        ("kv", [("Fecha de la carta", es(nd)), ("Afiliada", name), ("Número de miembro del plan", mid),
                ("Número de Medicaid", "3301 8842 7719"), ("Reclamo", claim),
                ("Proveedor", "Hospital Bayfront, servicio de terapia electroconvulsiva")]),
        ("p", f"No pagaremos la terapia electroconvulsiva (código 90870) ni su anestesia (código 00104) de los días "
              f"{es(d1)} y {es(d2)}, diagnóstico F33.3. Motivo: CO-197, no se pidió la autorización previa que el "
              "plan exige para este tratamiento."),
        ("p", f"Si no está de acuerdo, {basis}. Escriba a: Alianza Sol Salud, Atención: Departamento de "
              "Apelaciones, 1 Gateway Center, Piso 9, Newark, NJ 07102, o llame al 1-555-0129. Si mantenemos la "
              "decisión, podrá pedir una audiencia imparcial estatal dentro de los 120 días siguientes a nuestra "
              "respuesta. Para seguir recibiendo un servicio ya aprobado mientras apela, debe apelar en 10 días."),
    ]
    extra = dict(
        outer_from=("Mercedes Quintanilla", "mquintanilla@correo.example"),
        outer_to=("Graciela Quintanilla", "graciela.q@correo.example"),
        outer_date="Thu, 03 Dec 2026 08:15:44 -0500",
        subject="RV: Aviso de Alianza Sol Salud - reclamo 4419-2611-0283",
        note_text=("Graciela, te reenvío el aviso del seguro sobre las sesiones de octubre. ¿Me ayudas con la "
                   "apelación? Dicen que tengo 60 días. Gracias, Meche"),
        inner_from=("Alianza Sol Salud", "avisos@alianzasol.example"),
        inner_sent="miércoles, 11 de noviembre de 2026 7:30",
        inner_to="mquintanilla@correo.example",
        inner_subject="Aviso de Alianza Sol Salud - reclamo 4419-2611-0283")
    return dict(n=15, slug="es-medicaid-managed-care-forwarded-to-sister-ect-no-auth-outlook-eml", lang="es",
                kind="eml", blocks=blocks, extra=extra,
                facts=dict(patient_name=name, member_id=mid, claim_number=claim, notice_date=nd,
                           service_dates=[d1, d2], procedure_codes=["90870", "00104"], diagnosis_codes=["F33.3"],
                           carc_codes=["CO-197"], denial_category="prior_authorization", plan_type="medicaid",
                           urgent=False),
                nd_label="Fecha de la carta", nd_printed=es(nd), sd_printed=[es(d1), es(d2)],
                ev=dict(denial_category="autorización previa", plan_type="Medicaid"),
                window=("days", 60, basis),
                addr=["Alianza Sol Salud", "Atención: Departamento de Apelaciones", "1 Gateway Center", "Piso 9",
                      "Newark, NJ 07102"],
                traps=["3301 8842 7719", "Graciela Quintanilla", "120 días", "10 días", "Thu, 03 Dec 2026",
                       "11 de noviembre de 2026"],
                note="A Medicaid managed-care plan's e-mailed notice in Spanish, forwarded by the member to her sister "
                     "(Outlook in Spanish, \"RV:\" and \"Mensaje original\"). ECT with anesthesia on 2 days (90870, "
                     "00104; F33.3) without prior authorization (CO-197). Stated 60 días. Traps: the Medicaid "
                     "number, the sister, 120 días, 10 días, the Date header (3 Dec), the original's date (11 nov).")


def c16():
    nd = D(2026, 11, 19)
    name, mid, pa = "ESPERANZA DEL CARMEN ROJAS", "5540 2211 8093", "2026-PA-77281"
    dl = D(2027, 1, 18)
    basis = f"debe pedir la audiencia imparcial a más tardar el {es(dl)}"
    blocks = [
        ("title", "DEPARTAMENTO DE SERVICIOS HUMANOS DE ARKANSAS"),
        ("small", "División de Servicios Médicos - Medicaid de pago por servicio - " + FICTES),
        ("h", "AVISO DE DECISIÓN SOBRE UNA AUTORIZACIÓN PREVIA"),
        ("kv", [("Fecha de la notificación", es(nd)), ("Beneficiaria", name), ("ID de Medicaid", mid),
                ("Fecha de nacimiento", "19/11/1975"), ("Núm. de autorización previa", pa)]),
        ("p", "Revisamos de forma acelerada (urgente) la solicitud de su médico porque dijo que esperar podría "
              "dañar gravemente su salud."),
        ("p", "Se pidió estimulación magnética transcraneal: la primera sesión con medición del umbral motor "
              "(90867) y 35 sesiones más (90868), por el diagnóstico F33.2. La solicitud se deniega porque no es "
              "médicamente necesaria según los criterios de Medicaid: el expediente no muestra que se hayan "
              "probado cuatro antidepresivos ni psicoterapia."),
        ("h", "SU DERECHO A UNA AUDIENCIA"),
        ("p", f"Medicaid de Arkansas no tiene una apelación previa con un plan: la audiencia es el primer paso. Si "
              f"no está de acuerdo, {basis}. Envíe su pedido a:"),
        ("addr", ["Oficina de Apelaciones y Audiencias", "Departamento de Servicios Humanos de Arkansas",
                  "Apartado Postal 1437, Slot N401", "Little Rock, AR 72203"]),
        ("p", "Puede pedir ayuda legal gratuita al 1-555-0137."),
    ]
    return dict(n=16, slug="es-medicaid-fee-for-service-tms-request-expedited-caps-zipper-demosaic-photo",
                lang="es", kind="jpg", device="zipper", blocks=blocks,
                facts=dict(patient_name=name, member_id=mid, claim_number=pa, notice_date=nd,
                           procedure_codes=["90867", "90868"], diagnosis_codes=["F33.2"],
                           denial_category="medical_necessity", plan_type="medicaid", urgent=True),
                nd_label="Fecha de la notificación", nd_printed=es(nd), sd_printed=[],
                ev=dict(denial_category="no es médicamente necesaria", plan_type="Medicaid de pago por servicio",
                        urgent="Revisamos de forma acelerada (urgente)"),
                window=("date", dl, basis),
                addr=["Oficina de Apelaciones y Audiencias", "Departamento de Servicios Humanos de Arkansas",
                      "Apartado Postal 1437, Slot N401", "Little Rock, AR 72203"],
                traps=["19/11/1975"],
                note="A fee-for-service Medicaid prior-authorization denial in Spanish, name in capitals, decided on "
                     "an expedited basis, photographed by a cheap camera whose demosaicing leaves colour zippers on "
                     "every edge. TMS before care (90867, 90868; F33.2) not medically necessary; urgent. The fair "
                     "hearing is the first step: stated date 18 de enero de 2027. Traps: DOB 19/11/1975 (the "
                     "notice's day and month).")


def c17():
    nd = D(2026, 11, 20)
    name, mid, claim = "Joaquín Arellano Tafoya", "EPNM 4410 2283", "NM-26-991044"
    ds = [D(2026, 11, 2), D(2026, 11, 3), D(2026, 11, 4)]
    basis = "Tiene 180 días a partir de la fecha de este aviso para apelar"
    blocks = [
        ("h", "Detalle del reclamo"),
        ("kv", [("Paciente", name), ("Número de afiliado", mid),
                ("Plan", "Plan de Salud para Empleados Públicos del Estado de Nuevo México (muestra ficticia)"),
                ("Número de reclamo", claim), ("Fecha de la explicación de beneficios", dmy(nd)),
                ("Proveedor", "Programa Ambulatorio Intensivo Sangre de Cristo"), ("Estado", "Denegado")]),
        ("small", "Fechas en formato día/mes/año."),
        ("table", ["Fecha de servicio", "Código", "Diagnóstico", "Cobrado", "Pagado", "Motivo"], [
            [dmy(d), "S9480", "F41.1", "$560.00", "$0.00", "CO-27"] for d in ds]),
        ("p", "Motivo CO-27: gastos después de que terminó la cobertura. Según la oficina de personal del estado, "
              "su cobertura terminó el 31/10/2026. Si siguió empleado o pagó la continuación de cobertura, envíenos "
              "la prueba."),
        ("h", "Cómo apelar"),
        ("p", f"{basis}. Envíe su apelación a: Plan de Salud para Empleados Públicos, Unidad de Apelaciones, 2500 "
              "Cerrillos Road, Edificio B, Santa Fe, NM 87505, o por el buzón de mensajes de este portal."),
    ]
    extra = dict(title="Reclamo NM-26-991044 | Portal de afiliados - Empleados Públicos",
                 stamp="05/12/2026 10:22", user="Sesión iniciada: Joaquín A.",
                 others=[("NM-26-880317", dmy(D(2026, 10, 14)), "90834", "Pagado"),
                         (claim, dmy(ds[0]), "S9480", "Denegado"),
                         ("NM-26-995210", dmy(D(2026, 11, 16)), "99213", "En proceso")])
    return dict(n=17, slug="es-state-employees-portal-page-iop-coverage-ended-html", lang="es", kind="html",
                blocks=blocks, extra=extra,
                facts=dict(patient_name=name, member_id=mid, claim_number=claim, notice_date=nd, service_dates=ds,
                           procedure_codes=["S9480"], diagnosis_codes=["F41.1"], carc_codes=["CO-27"],
                           denial_category="other", plan_type="governmental", urgent=False),
                nd_label="Fecha de la explicación de beneficios", nd_printed=dmy(nd), sd_printed=[dmy(d) for d in ds],
                ev=dict(denial_category="gastos después de que terminó la cobertura",
                        plan_type="Empleados Públicos del Estado"),
                window=("days", 180, basis),
                addr=["Plan de Salud para Empleados Públicos", "Unidad de Apelaciones", "2500 Cerrillos Road",
                      "Edificio B", "Santa Fe, NM 87505"],
                traps=["05/12/2026 10:22", "31/10/2026", "NM-26-880317", "90834", "99213", "NM-26-995210"],
                note="A state employees' plan's member portal in Spanish (governmental), day-first dates, the claim "
                     "beside a list of three claims. IOP on 3 days (S9480; F41.1) after the coverage ended (CO-27): "
                     "`other`. Stated 180 días from the notice. Traps: the print stamp, the end of coverage, the "
                     "other claims and their codes.")


def c18():
    nd = D(2026, 11, 3)
    name, mid, claim = "Valentina Sáez Montoya", "UCA-ST 220915-7", "OS-2026-55178"
    ds = [D(2026, 9, 21), D(2026, 9, 22), D(2026, 9, 23), D(2026, 9, 24)]
    basis = "Puede apelar dentro de los 180 días siguientes a la recepción de esta carta"
    blocks = [
        ("title", "Olmo Seguros de Vida y Salud"),
        ("small", "Asegurador del Plan de Seguro Médico para Estudiantes de la Universidad de Costa Alta - "
                  + FICTES),
        ("sp",),
        ("kv", [("Fecha de la decisión", es(nd))]),
        ("addr", ["Valentina Sáez Montoya", "Residencia Las Palmas, Apto. 4C", "1200 Bayshore Drive",
                  "Tampa, FL 33606"]),
        ("kv", [("Número de afiliada", mid), ("Núm. de estudiante", "00881432"), ("Reclamo", claim)]),
        ("p", "Estimada Valentina:"),
        ("p", "Revisamos el reclamo del Programa Ambulatorio Intensivo Mar Abierto por los días que aparecen abajo "
              "(código S9480, diagnóstico F33.1). Nuestro psiquiatra revisor concluyó que el programa intensivo no "
              "era médicamente necesario: las notas muestran síntomas estables y que usted podía seguir en terapia "
              "semanal. Código de ajuste CO-50."),
        ("table", ["Fecha", "Código", "Cargo", "Pagado", "Ajuste"], [
            [es(d), "S9480", "$480.00", "$0.00", "CO-50"] for d in ds]),
        ("h", "Su derecho a apelar"),
        ("p", f"{basis}. Escriba a: Olmo Seguros de Vida y Salud, Apelaciones del Plan Estudiantil, Apartado "
              "Postal 30117, Tampa, FL 33630. Si la demora pone en peligro su salud, llame al 1-555-0183 y pida "
              "una apelación urgente."),
    ]
    return dict(n=18, slug="es-student-plan-letter-iop-necessity-pixelated-home-address-app-pdf", lang="es",
                kind="pdfimg", device="mosaic", blocks=blocks,
                facts=dict(patient_name=name, member_id=mid, claim_number=claim, notice_date=nd, service_dates=ds,
                           procedure_codes=["S9480"], diagnosis_codes=["F33.1"], carc_codes=["CO-50"],
                           denial_category="medical_necessity", plan_type="individual_aca", urgent=False),
                nd_label="Fecha de la decisión", nd_printed=es(nd), sd_printed=[es(d) for d in ds],
                ev=dict(denial_category="no era médicamente necesario", plan_type="Seguro Médico para Estudiantes"),
                window=("days", 180, basis),
                addr=["Olmo Seguros de Vida y Salud", "Apelaciones del Plan Estudiantil", "Apartado Postal 30117",
                      "Tampa, FL 33630"],
                traps=["00881432"],
                note="A student health plan's letter in Spanish, exported as an image-only PDF from a phone markup "
                     "app after the student pixelated her own home address (a mosaic). IOP on 4 days (S9480; F33.1) "
                     "not medically necessary (CO-50). Stated 180 días from receipt. Traps: the student number; the "
                     "home address is pixelated.")


CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18]
