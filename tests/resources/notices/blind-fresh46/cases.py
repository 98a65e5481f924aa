"""The 18 notices of blind set 46. Everything here is FICTIONAL: people, plans, providers, numbers, addresses.
Blocks: ('h', text) heading, ('p', text) paragraph, ('kv', label, value), ('t', rows) table (first row heads),
('stamp', text) a rubber stamp, ('hand', text) a handwritten note, ('sp',) space."""
from dates import long_en, long_es, us, dmy, plus_days, plus_months, plus_business

FIC = "FICTIONAL SAMPLE - not a real notice; every person, plan and number is invented."
FICES = "MUESTRA FICTICIA - no es un aviso real; todas las personas, planes y números son inventados."
CH_RULE = "26 CFR 54.9815-2719(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)"
CASES = []

def case(**c):
    CASES.append(c)
    return c

def key(c, **k):
    c["key"] = k

# ---------------------------------------------------------------- 01
nd = "2026-11-12"
c = case(n=1, slug="employer-hmo-letter-facts-in-sentences-iop-four-days-text-pdf", lang="en", kind="pdf",
  note="Insured employer HMO (ERISA). A letter whose facts sit in its sentences: member, claim, days and codes. "
       "IOP on a list of four days of one month (S9480; F33.1), CO-50: medical_necessity. Stated 180 days from receipt. "
       "Traps: letterhead office, group number, 72-hour fast appeal, the clinic's address.",
  blocks=[("h", "Harborline Health Plan of Oregon"), ("p", "1200 Commercial Street SE, Salem, OR 97301  |  1-555-0110  |  harborline.example"),
   ("p", FIC), ("p", long_en(nd)), ("p", "Marisol Ettinger\n88 Alder Bend Road\nKeizer, OR 97303"),
   ("p", "Dear Ms. Ettinger:"),
   ("p", "We are writing about claim 26-1104-88321, which Cedar Loop Behavioral Clinic (4410 Liberty Road S, Salem, OR 97302) "
         "sent us for the intensive outpatient program you attended on October 5, 6, 7 and 8, 2026. The clinic billed "
         "code S9480 for each day, with diagnosis F33.1. Your member ID is HLH 4410 27783 and your coverage comes "
         "through your employer's group plan (group 00731-B)."),
   ("p", "After review by a licensed psychiatrist, we decided not to pay this claim. The records did not show that "
         "you needed this level of care on those days under our behavioral health criteria, so we find it not "
         "medically necessary (adjustment code CO-50). You owe the clinic nothing beyond your usual cost share while "
         "an appeal is open."),
   ("p", "If you disagree, you have 180 days from the date you receive this letter to ask for an appeal. "
         "Mail your appeal to Harborline Health Plan, Attn: Member Appeals, PO Box 3307, Salem, OR 97302. "
         "If waiting would seriously harm your health, call us to ask for a fast appeal; we decide those within 72 hours."),
   ("p", "Your plan is governed by the Employee Retirement Income Security Act (ERISA). After our final decision you "
         "may ask for an external review by an independent organization."),
   ("p", "Sincerely,\nAppeals and Grievances, Harborline Health Plan")],
  traps=["1200 Commercial Street SE", "00731-B", "72 hours", "4410 Liberty Road S"],
  ev={"plan": "employer's group plan", "cat": "not medically necessary"},
  nd_print=long_en(nd), sd_print=["October 5, 6, 7 and 8, 2026"])
key(c, patient_name="Marisol Ettinger", member_id="HLH 4410 27783", claim_number="26-1104-88321", notice_date=nd,
    service_dates=["2026-10-05", "2026-10-06", "2026-10-07", "2026-10-08"], procedure_codes=["S9480"],
    diagnosis_codes=["F33.1"], carc_codes=["CO-50"], denial_category="medical_necessity", plan_type="employer_erisa",
    urgent=False, appeal_deadline=plus_days(nd, 180),
    deadline_basis="you have 180 days from the date you receive this letter to ask for an appeal",
    appeals_address="Harborline Health Plan, Attn: Member Appeals, PO Box 3307, Salem, OR 97302")

# ---------------------------------------------------------------- 02
nd = "2026-11-18"
c = case(n=2, slug="self-funded-external-reviewer-final-decision-tms-upheld-no-further-appeal-docx", lang="en", kind="docx",
  note="Self-funded employer plan (ERISA) via a TPA. An independent review organization's final external-review decision "
       "upholding a TMS denial (90867, 90868; F33.2; CO-50 quoted from the plan's denial): medical_necessity. No further "
       "appeal is offered (a lawsuit under ERISA 502(a) is no appeal window), so appeal_deadline, deadline_basis and "
       "appeals_address are keyed null, as docs/intake.md's contract says where no rule sets a number and the notice prints none. "
       "claim_number is the original claim, not the IRO case number. Traps: IRO case number, the date the review was asked "
       "for, 'four months', the TPA's claims box, the subscriber.",
  blocks=[("h", "Keystone Independent Review, LLC"), ("p", "An independent review organization - 77 Furnace Street, Suite 300, Reading, PA 19601 - 1-555-0121"),
   ("p", FIC), ("h", "Final External Review Decision"),
   ("kv", "Date of decision", long_en(nd)), ("kv", "IRO case number", "KIR-26-05512"),
   ("p", "To: Desmond A. Okafor, and Meridian Claims Services as claims administrator for the Brightwater Logistics Employee Health Plan, a self-funded group health plan sponsored by an employer"),
   ("p", "Dear Mr. Okafor:"),
   ("p", "You asked on September 14, 2026 for an external review of your plan's final internal denial, within the four "
         "months allowed. The review concerns claim MCS2609-441170 for Desmond A. Okafor, member ID BWL-0098812-02, "
         "for transcranial magnetic stimulation given on July 6, 7 and 8, 2026 (codes 90867 and 90868; diagnosis F33.2). "
         "The plan denied the claim as not medically necessary, adjustment code CO-50. The subscriber is Grace Okafor, ID BWL-0098812-01."),
   ("p", "A board-certified psychiatrist who took no part in the earlier decisions reviewed the records, the plan's "
         "criteria and the studies you sent. Our decision: the denial is UPHELD. The records show two medication trials, "
         "and the plan's criteria, which the reviewer found consistent with accepted practice, ask for four."),
   ("p", "This decision is final and binding on you and on the plan, except to the extent other remedies are available "
         "under State or Federal law. There is no further review by this organization or within the plan. You may have "
         "the right to bring a civil action under section 502(a) of ERISA."),
   ("p", "Do not send claims or correspondence about payment to us; the plan's claims address is Meridian Claims Services, PO Box 5512, Lancaster, PA 17604."),
   ("p", "Free help: the Employee Benefits Security Administration, 1-555-0122, ebsa-help.example.")],
  traps=["KIR-26-05512", "September 14, 2026", "four months", "PO Box 5512", "BWL-0098812-01"],
  ev={"plan": "sponsored by an employer", "cat": "not medically necessary"},
  nd_print=long_en(nd), sd_print=["July 6, 7 and 8, 2026"])
key(c, patient_name="Desmond A. Okafor", member_id="BWL-0098812-02", claim_number="MCS2609-441170", notice_date=nd,
    service_dates=["2026-07-06", "2026-07-07", "2026-07-08"], procedure_codes=["90867", "90868"], diagnosis_codes=["F33.2"],
    carc_codes=["CO-50"], denial_category="medical_necessity", plan_type="employer_erisa", urgent=False,
    appeal_deadline=None, deadline_basis=None, appeals_address=None)

# ---------------------------------------------------------------- 03
nd = "2026-11-09"
c = case(n=3, slug="medicaid-county-behavioral-carve-out-noabd-family-therapy-no-auth-stamped-chromatic-photo", lang="en", kind="jpg", device="chroma",
  note="Medicaid managed care: a county behavioral-health carve-out (a prepaid inpatient health plan) sends a notice of adverse "
       "benefit determination for family therapy on 2 days (90847; F43.10) without authorization (CO-197): prior_authorization. "
       "Stated 60 days. Phone photo with lateral chromatic aberration (colour fringes growing to the corners), a red RECEIVED "
       "stamp and a blue handwritten note. Traps: Medicaid ID, stamp date, 10 days, 120 days, the note's phone.",
  blocks=[("h", "PELL COUNTY BEHAVIORAL HEALTH PLAN"), ("p", "Medicaid behavioral health for Pell County residents - 40 Courthouse Square, Millbrook, PA 17013"),
   ("p", FIC), ("h", "Notice of Adverse Benefit Determination"),
   ("kv", "Date of this notice", long_en(nd)), ("kv", "Member", "Tobias Renninger"), ("kv", "Plan member ID", "PCBH-227-0419"),
   ("kv", "Medicaid ID", "MA 881 204 337"), ("kv", "Claim", "PC26-0091734"),
   ("p", "The county plan manages your Medicaid mental health and substance use services. We denied payment for family "
         "therapy (code 90847) given by Riverside Family Counseling on 10/19/2026 and 10/26/2026, diagnosis F43.10, because "
         "no prior authorization was on file for these visits (CO-197)."),
   ("p", "You have 60 days from the date of this notice to ask for an appeal. Send it to: Pell County Behavioral Health Plan, "
         "Grievance and Appeals Unit, 40 Courthouse Square, Room 210, Millbrook, PA 17013."),
   ("p", "If you want services already approved to continue while you appeal, ask within 10 days. If we uphold our decision, "
         "you may ask for a state fair hearing within 120 days of our appeal decision."),
   ("stamp", "RECEIVED\nNOV 16 2026"), ("hand", "call care mgr Tues\n1-555-0144 - appeal!")],
  traps=["MA 881 204 337", "10 days", "120 days", "1-555-0144"],
  ev={"plan": "Medicaid", "cat": "no prior authorization"}, nd_print=long_en(nd), sd_print=["10/19/2026", "10/26/2026"])
key(c, patient_name="Tobias Renninger", member_id="PCBH-227-0419", claim_number="PC26-0091734", notice_date=nd,
    service_dates=["2026-10-19", "2026-10-26"], procedure_codes=["90847"], diagnosis_codes=["F43.10"], carc_codes=["CO-197"],
    denial_category="prior_authorization", plan_type="medicaid", urgent=False, appeal_deadline=plus_days(nd, 60),
    deadline_basis="You have 60 days from the date of this notice to ask for an appeal",
    appeals_address="Pell County Behavioral Health Plan, Grievance and Appeals Unit, 40 Courthouse Square, Room 210, Millbrook, PA 17013")

# ---------------------------------------------------------------- 04
nd = "2026-11-13"
c = case(n=4, slug="es-medicaid-county-health-system-tms-five-days-dirty-platen-copy-image-pdf", lang="es", kind="imgpdf", device="platen",
  note="Medicaid managed care through a county-organized health system, in Spanish. TMS on a list of five days of one month "
       "(90868; F33.2), CO-50: medical_necessity. Stated 60 días. Image-only PDF of a photocopy made on a dirty platen "
       "(vertical toner lines, dust specks, a grey border). Traps: DOB 13/11/1958 (the notice's day and month), 10 días, 120 días.",
  blocks=[("h", "Plan de Salud del Condado de Sierra Alta"), ("p", "Sistema de salud organizado por el condado - Medi-Cal (Medicaid)"),
   ("p", FICES), ("h", "Aviso de determinación adversa de beneficios"),
   ("kv", "Fecha del aviso", long_es(nd)), ("kv", "Nombre del miembro", "Graciela Montiel Núñez"),
   ("kv", "Fecha de nacimiento", "13/11/1958"), ("kv", "Número de identificación del miembro", "SAH-5520-1187"),
   ("kv", "Número de reclamo", "2026-SA-77120"),
   ("p", "Revisamos el reclamo de la estimulación magnética transcraneal (código 90868, diagnóstico F33.2) que recibió los "
         "días 26, 27, 28, 29 y 30 de octubre de 2026. Lo negamos porque no es médicamente necesario según nuestros criterios "
         "(código de ajuste CO-50)."),
   ("p", "Tiene 60 días a partir de la fecha de este aviso para pedir una apelación. Envíe su apelación a: Plan de Salud del "
         "Condado de Sierra Alta, Atención: Unidad de Apelaciones, Apartado Postal 1450, Sonora, CA 95370."),
   ("p", "Si quiere seguir recibiendo el servicio durante la apelación, pídalo dentro de 10 días. Si mantenemos la negación, "
         "puede pedir una audiencia imparcial estatal dentro de 120 días de nuestra decisión.")],
  traps=["13/11/1958", "10 días", "120 días"], ev={"plan": "Medicaid", "cat": "no es médicamente necesario"},
  nd_print=long_es(nd), sd_print=["26, 27, 28, 29 y 30 de octubre de 2026"])
key(c, patient_name="Graciela Montiel Núñez", member_id="SAH-5520-1187", claim_number="2026-SA-77120", notice_date=nd,
    service_dates=[f"2026-10-{x}" for x in (26, 27, 28, 29, 30)], procedure_codes=["90868"], diagnosis_codes=["F33.2"],
    carc_codes=["CO-50"], denial_category="medical_necessity", plan_type="medicaid", urgent=False,
    appeal_deadline=plus_days(nd, 60), deadline_basis="Tiene 60 días a partir de la fecha de este aviso para pedir una apelación",
    appeals_address="Plan de Salud del Condado de Sierra Alta, Atención: Unidad de Apelaciones, Apartado Postal 1450, Sonora, CA 95370")

# ---------------------------------------------------------------- 05
nd = "2026-11-05"
c = case(n=5, slug="self-funded-tpa-family-statement-three-members-spouse-ketamine-experimental-bleed-through-scan-png", lang="en", kind="png", device="bleed",
  note="Self-funded employer plan (ERISA) via a TPA: a family statement of three members and three claims; only the spouse's "
       "ketamine infusion claim is denied (96365, J3490; F33.2; CO-55): experimental_investigational. Stated 180 days. Grey PNG "
       "scan of thin paper whose back page shows through mirrored. Traps: subscriber and his -01 ID, son's paid claim, paid "
       "99214 and 90834, group, claims box.",
  blocks=[("h", "Quarry Trail Employee Benefit Plan"), ("p", "Administered by Lakemont Benefit Administrators - claims: PO Box 9000, Rapid City, SD 57709"),
   ("p", FIC), ("h", "Family Statement of Benefits - this is not a bill"),
   ("kv", "Statement date", us(nd)), ("kv", "Subscriber", "Harold Vancleave   ID QTV118204-01   Group 4471"),
   ("t", [["Claim", "Patient / ID", "Service date", "Code", "Dx", "Billed", "Plan paid", "Adj."],
          ["E2610-55810", "Harold Vancleave QTV118204-01", "10/08/2026", "99214", "I10", "$180.00", "$132.40", "PR-3"],
          ["E2610-55902", "Ruth Vancleave QTV118204-02", "10/14/2026", "96365", "F33.2", "$650.00", "$0.00", "CO-55"],
          ["", "", "10/14/2026", "J3490", "F33.2", "$95.00", "$0.00", "CO-55"],
          ["", "", "10/21/2026", "96365", "F33.2", "$650.00", "$0.00", "CO-55"],
          ["E2610-56017", "Owen Vancleave QTV118204-03", "10/16/2026", "90834", "F41.1", "$160.00", "$128.00", "PR-2"]]),
   ("p", "CO-55: the plan treats this service as experimental or investigational for this diagnosis. Claim E2610-55902 is denied."),
   ("p", "You may appeal a denied claim within 180 days after you receive this statement. Send appeals to: Quarry Trail Employee "
         "Benefit Plan, c/o Lakemont Benefit Administrators, Appeals Department, PO Box 9021, Rapid City, SD 57709. Do not send appeals to the claims box above."),
   ("p", "This plan is self-funded by your employer and governed by ERISA.")],
  traps=["QTV118204-01", "E2610-55810", "E2610-56017", "99214", "90834", "PO Box 9000", "4471"],
  ev={"plan": "self-funded by your employer", "cat": "experimental or investigational"},
  nd_print=us(nd), sd_print=["10/14/2026", "10/21/2026"])
key(c, patient_name="Ruth Vancleave", member_id="QTV118204-02", claim_number="E2610-55902", notice_date=nd,
    service_dates=["2026-10-14", "2026-10-21"], procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"],
    carc_codes=["CO-55"], denial_category="experimental_investigational", plan_type="employer_erisa", urgent=False,
    appeal_deadline=plus_days(nd, 180), deadline_basis="You may appeal a denied claim within 180 days after you receive this statement",
    appeals_address="Quarry Trail Employee Benefit Plan, c/o Lakemont Benefit Administrators, Appeals Department, PO Box 9021, Rapid City, SD 57709")

# ---------------------------------------------------------------- 06
nd = "2026-11-20"
c = case(n=6, slug="es-medicare-advantage-idn-spravato-request-expedited-sodium-streetlight-photo", lang="es", kind="jpg", device="sodium",
  note="Medicare Advantage, Spanish notice of denial of medical coverage, a request before care for esketamine with observation "
       "(J0013, G2082; F33.2), criteria not met: medical_necessity; decided on an expedited basis: urgent. Stated 65 días. "
       "Photo in a parked car under a sodium streetlight: orange monochrome, low contrast, grain. Traps: Medicare number, "
       "DOB, 72 horas, the plan's office.",
  blocks=[("h", "Plan Vida Plena Medicare Advantage (HMO)"), ("p", "Oficina: 900 Mesa Street, El Paso, TX 79902 - 1-555-0130"),
   ("p", FICES), ("h", "Aviso de denegación de cobertura médica"),
   ("kv", "Fecha del aviso", long_es(nd)), ("kv", "Nombre del afiliado", "Aurelio Bustamante Reyes"),
   ("kv", "Número de miembro", "MAV 300 412 877"), ("kv", "Número de Medicare", "1EG4-TE5-MK73"),
   ("kv", "Fecha de nacimiento", "20/11/1951"), ("kv", "Número de solicitud", "PA-26-118430"),
   ("p", "Negamos la solicitud de su médico para el aerosol nasal de esketamina (J0013) con observación en el consultorio (G2082), "
         "diagnóstico F33.2. No cumple nuestros criterios de necesidad médica: el expediente muestra un solo antidepresivo probado."),
   ("p", "Tomamos esta decisión de forma acelerada porque su médico dijo que esperar podía dañar su salud."),
   ("p", "Debe pedir una apelación dentro de 65 días a partir de la fecha de este aviso. Envíela a: Plan Vida Plena Medicare "
         "Advantage, Departamento de Apelaciones y Quejas, Apartado Postal 7740, El Paso, TX 79901. Una apelación rápida se decide en 72 horas.")],
  traps=["1EG4-TE5-MK73", "20/11/1951", "72 horas", "900 Mesa Street"], urgent_ev="de forma acelerada",
  ev={"plan": "Medicare Advantage", "cat": "necesidad médica"}, nd_print=long_es(nd), sd_print=[])
key(c, patient_name="Aurelio Bustamante Reyes", member_id="MAV 300 412 877", claim_number="PA-26-118430", notice_date=nd,
    procedure_codes=["J0013", "G2082"], diagnosis_codes=["F33.2"], denial_category="medical_necessity",
    plan_type="medicare_advantage", urgent=True, appeal_deadline=plus_days(nd, 65),
    deadline_basis="Debe pedir una apelación dentro de 65 días a partir de la fecha de este aviso",
    appeals_address="Plan Vida Plena Medicare Advantage, Departamento de Apelaciones y Quejas, Apartado Postal 7740, El Paso, TX 79901")

# ---------------------------------------------------------------- 07
nd = "2026-11-16"
c = case(n=7, slug="original-medicare-redetermination-unfavorable-ect-next-qic-speckled-scan-tiff", lang="en", kind="tif", device="speckle",
  note="Original Medicare: a Medicare contractor's redetermination notice, unfavorable, for ECT on 2 days (90870; F33.2): "
       "medical_necessity. A decision after an appeal: the next level is the QIC's reconsideration, and the notice prints its 180 "
       "days, keyed from the notice date; the address is the QIC's. claim_number is the original claim (ICN), not the appeal "
       "number. Grey TIFF scan with salt-and-pepper noise and a few hot-pixel streaks. Traps: appeal number, date the appeal "
       "was received, the contractor's own box, 60 days.",
  blocks=[("h", "MEDICARE REDETERMINATION NOTICE"), ("p", "Northern Plains Medicare Services (fictional contractor) - PO Box 6703, Fargo, ND 58108"),
   ("p", FIC), ("kv", "Date of this notice", long_en(nd)), ("kv", "Beneficiary", "Wilhelmina Strand"),
   ("kv", "Medicare Number", "7QW2-HN4-PR81"), ("kv", "Claim number (ICN)", "2226255113840"),
   ("kv", "Appeal number", "R-26-4471902"),
   ("p", "We received your request for a redetermination on September 30, 2026. It concerned electroconvulsive therapy "
         "(code 90870) given on 08/25/2026 and 08/27/2026, diagnosis F33.2."),
   ("p", "Our decision is UNFAVORABLE. Medicare will not pay for these services: the records do not show they were reasonable "
         "and necessary for you."),
   ("p", "If you disagree, you may ask for a reconsideration by a Qualified Independent Contractor. You must file your request "
         "within 180 days of receiving this letter. Send it to: Heartland Qualified Independent Contractor, Part B "
         "Reconsiderations, PO Box 45310, Jacksonville, FL 32232. We usually decide within 60 days; do not send it to us.")],
  traps=["R-26-4471902", "September 30, 2026", "PO Box 6703", "60 days"],
  ev={"plan": "Medicare", "cat": "reasonable and necessary"}, nd_print=long_en(nd), sd_print=["08/25/2026", "08/27/2026"])
key(c, patient_name="Wilhelmina Strand", member_id="7QW2-HN4-PR81", claim_number="2226255113840", notice_date=nd,
    service_dates=["2026-08-25", "2026-08-27"], procedure_codes=["90870"], diagnosis_codes=["F33.2"],
    denial_category="medical_necessity", plan_type="medicare", urgent=False, appeal_deadline=plus_days(nd, 180),
    deadline_basis="You must file your request within 180 days of receiving this letter",
    appeals_address="Heartland Qualified Independent Contractor, Part B Reconsiderations, PO Box 45310, Jacksonville, FL 32232")

# ---------------------------------------------------------------- 08
nd = "2026-11-20"
c = case(n=8, slug="part-d-redetermination-unfavorable-step-therapy-forwarded-by-daughter-eml", lang="en", kind="eml",
  note="Part D: the plan's redetermination (a decision after an appeal), unfavorable, for an antidepressant under step therapy: "
       "step_therapy. The next level is the IRE's reconsideration in the time the notice prints, 65 days, keyed from the "
       "notice date; the address is the IRE's. No procedure, diagnosis or CARC codes printed. An e-mail in which the member's "
       "daughter forwards the plan's secure message to a SHIP counselor. Traps: Date header, forwarded date, the daughter, "
       "Medicare number, the plan's own box, the coverage-determination number.",
  extra={"from": "Nadine Beauchesne <nadine.b@mailbox.example>", "to": "SHIP Counseling <help@ship-counsel.example>",
         "date": "Wed, 02 Dec 2026 19:04:11 -0500", "subject": "Fwd: Your redetermination decision - Lorraine Beauchesne",
         "intro": "Hi, this is about my mother Lorraine. The plan said no again. What do we do next? - Nadine (1-555-0151)",
         "fwd": "---------- Forwarded message ---------\nFrom: Evergreen Rx Medicare Plan <no-reply@evergreenrx.example>\nDate: Tue, Nov 24, 2026 at 8:12 AM\nSubject: Your redetermination decision"},
  blocks=[("h", "Evergreen Rx Medicare Prescription Drug Plan"), ("p", FIC), ("h", "Redetermination Notice - Denial of Medicare Prescription Drug Coverage"),
   ("kv", "Date", long_en(nd)), ("kv", "Enrollee's name", "Lorraine Beauchesne"), ("kv", "Member ID", "PDX77104259"),
   ("kv", "Medicare Number", "2HF8-KD3-RW55"), ("kv", "Redetermination case number", "RD-26-330918"),
   ("kv", "Coverage determination number", "CD-26-301277"),
   ("p", "We have completed our redetermination of your request for dextromethorphan-bupropion extended-release tablets. "
         "We have affirmed our earlier decision. This drug requires step therapy: our records show one generic antidepressant "
         "tried, and the plan's rule asks for two before this drug is covered."),
   ("p", "If you disagree, you can ask for a reconsideration by the Independent Review Entity. You must make your request "
         "within 65 days from the date of this notice. Mail it to: Granite Independent Review Entity, Part D Reconsiderations, "
         "PO Box 42288, Pittsburgh, PA 15203."),
   ("p", "Do not mail this request to our office at PO Box 3100, Spokane, WA 99220.")],
  traps=["2HF8-KD3-RW55", "CD-26-301277", "PO Box 3100", "Nadine"], ev={"plan": "Medicare Prescription Drug", "cat": "step therapy"},
  nd_print=long_en(nd), sd_print=[])
key(c, patient_name="Lorraine Beauchesne", member_id="PDX77104259", claim_number="RD-26-330918", notice_date=nd,
    denial_category="step_therapy", plan_type="medicare_part_d", urgent=False, appeal_deadline=plus_days(nd, 65),
    deadline_basis="You must make your request within 65 days from the date of this notice",
    appeals_address="Granite Independent Review Entity, Part D Reconsiderations, PO Box 42288, Pittsburgh, PA 15203")

# ---------------------------------------------------------------- 09
nd = "2026-11-10"
c = case(n=9, slug="tricare-php-claim-not-authorized-rolling-shutter-photo", lang="en", kind="jpg", device="rolling",
  note="TRICARE: the regional contractor's claim denial for partial hospitalization on 3 days (H0035; F43.12) without "
       "authorization (CO-197): prior_authorization. Stated 90 days from the date on the notice. Phone photo taken while the "
       "hand moved: rolling-shutter skew and wobble. Traps: sponsor and sponsor's SSN-like number, 'DoD benefits number' is the "
       "member's own ID, received date, claims box.",
  blocks=[("h", "Pacific Ridge Health Partners"), ("p", "TRICARE West Region contractor (fictional) - claims: PO Box 202000, Phoenix, AZ 85072"),
   ("p", FIC), ("h", "TRICARE Explanation of Benefits"),
   ("kv", "Date", us(nd)), ("kv", "Patient", "Caleb J. Moravec (active-duty family member)"),
   ("kv", "DoD benefits number", "DBN 1029384756"), ("kv", "Sponsor", "SSG Irene Moravec, sponsor ID 5566 1122 08"),
   ("kv", "Claim number", "TW-26-301887-00"), ("kv", "Received", "10/28/2026"),
   ("t", [["Service date", "Code", "Diagnosis", "Billed", "Allowed", "Paid", "Reason"],
          ["10/12/2026", "H0035", "F43.12", "$540.00", "$0.00", "$0.00", "CO-197"],
          ["10/13/2026", "H0035", "F43.12", "$540.00", "$0.00", "$0.00", "CO-197"],
          ["10/14/2026", "H0035", "F43.12", "$540.00", "$0.00", "$0.00", "CO-197"]]),
   ("p", "CO-197: partial hospitalization needs approval before it begins; none was on file."),
   ("p", "To ask for a reconsideration, write within 90 days from the date on this notice to: Pacific Ridge Health Partners, "
         "Attn: TRICARE Reconsiderations, PO Box 202118, Phoenix, AZ 85072.")],
  traps=["5566 1122 08", "10/28/2026", "PO Box 202000"], ev={"plan": "TRICARE", "cat": "approval before it begins"},
  nd_print=us(nd), sd_print=["10/12/2026", "10/13/2026", "10/14/2026"])
key(c, patient_name="Caleb J. Moravec", member_id="DBN 1029384756", claim_number="TW-26-301887-00", notice_date=nd,
    service_dates=["2026-10-12", "2026-10-13", "2026-10-14"], procedure_codes=["H0035"], diagnosis_codes=["F43.12"],
    carc_codes=["CO-197"], denial_category="prior_authorization", plan_type="tricare", urgent=False,
    appeal_deadline=plus_days(nd, 90), deadline_basis="write within 90 days from the date on this notice",
    appeals_address="Pacific Ridge Health Partners, Attn: TRICARE Reconsiderations, PO Box 202118, Phoenix, AZ 85072")

# ---------------------------------------------------------------- 10
nd = "2026-11-17"
c = case(n=10, slug="fehb-portal-two-claims-psychotherapy-medicare-primary-html", lang="en", kind="html",
  note="FEHB: a carrier's member-portal claim page with two claims, one paid, one denied because Medicare Part B is primary "
       "(90837 on 2 days; F41.1; CO-22): coordination_of_benefits. Stated 6 months. Traps: paid claim, its 90791 and date, "
       "the page's print stamp, the OPM 90 days, the carrier's claims box.",
  blocks=[("h", "Blue Heron Federal Health Plan - Member portal"), ("p", FIC),
   ("kv", "Signed in", "Agnes Whitcombe"), ("kv", "Member ID", "BHF 771 002 418"),
   ("h", "Your claims"), ("t", [["Claim", "Service date", "Provider", "Status"], ["BH-26-7731048", "10/06/2026", "Linden Psychology Group", "Paid"], ["BH-26-7790215", "10/20/2026", "Linden Psychology Group", "Denied"]]),
   ("h", "Claim details: BH-26-7790215"), ("kv", "Patient", "Agnes Whitcombe"), ("kv", "Notice date", long_en(nd)),
   ("t", [["Service date", "Code", "Diagnosis", "Billed", "Plan paid", "Adjustment"],
          ["10/20/2026", "90837", "F41.1", "$210.00", "$0.00", "CO-22"], ["10/27/2026", "90837", "F41.1", "$210.00", "$0.00", "CO-22"]]),
   ("p", "CO-22: Medicare Part B is your primary coverage for these visits. Please have the provider bill Medicare first, then send us the Medicare Summary Notice."),
   ("p", "Claim BH-26-7731048 (10/06/2026, code 90791) was paid in full."),
   ("p", "This plan is offered under the Federal Employees Health Benefits (FEHB) Program. If you disagree, ask us to reconsider "
         "within 6 months of the date of this decision. Write to: Blue Heron Federal Health Plan, Attn: FEHB Reconsideration, "
         "PO Box 14802, Baltimore, MD 21203. If we do not change our decision, you may ask OPM to review it within 90 days."),
   ("p", "Printed 12/03/2026 2:41 PM")],
  traps=["BH-26-7731048", "90791", "10/06/2026", "12/03/2026", "90 days"], ev={"plan": "Federal Employees Health Benefits", "cat": "primary coverage"},
  nd_print=long_en(nd), sd_print=["10/20/2026", "10/27/2026"])
key(c, patient_name="Agnes Whitcombe", member_id="BHF 771 002 418", claim_number="BH-26-7790215", notice_date=nd,
    service_dates=["2026-10-20", "2026-10-27"], procedure_codes=["90837"], diagnosis_codes=["F41.1"], carc_codes=["CO-22"],
    denial_category="coordination_of_benefits", plan_type="fehb", urgent=False, appeal_deadline=plus_months(nd, 6),
    deadline_basis="ask us to reconsider within 6 months of the date of this decision",
    appeals_address="Blue Heron Federal Health Plan, Attn: FEHB Reconsideration, PO Box 14802, Baltimore, MD 21203")

# ---------------------------------------------------------------- 11
nd = "2026-11-06"
c = case(n=11, slug="es-self-funded-employer-statement-two-claims-therapist-out-of-network-bayer-mosaic-photo", lang="es", kind="jpg", device="bayer",
  note="Self-funded employer plan (ERISA), Spanish statement of two claims, day-first dates announced; one claim denied: "
       "psychotherapy on 2 days out of network (90834; F43.10; CO-242): out_of_network. Stated 180 días. Photo from a cheap "
       "camera whose colour mosaic was demosaiced crudely (zipper colour edges, colour noise). Traps: paid claim, its 90791, "
       "DOB, group, claims box.",
  blocks=[("h", "Plan de Salud para Empleados de Conservas del Valle"), ("p", "Plan autofinanciado por su empleador - reclamos: Apartado Postal 500, Yakima, WA 98907"),
   ("p", FICES), ("h", "Estado de cuenta de beneficios"), ("p", "Las fechas están en formato DD/MM/AAAA."),
   ("kv", "Fecha del estado de cuenta", dmy(nd)), ("kv", "Miembro", "Yesenia Olmedo Cárdenas"), ("kv", "ID de miembro", "CDV-40917-01"),
   ("kv", "Fecha de nacimiento", "02/03/1990"), ("kv", "Grupo", "CDV-220"),
   ("t", [["Reclamación", "Fecha", "Código", "Diagnóstico", "Pagado", "Ajuste"],
          ["CV26-10-3318", "05/10/2026", "90791", "F43.10", "$140,00", "PR-2"],
          ["CV26-10-4402", "13/10/2026", "90834", "F43.10", "$0,00", "CO-242"],
          ["", "20/10/2026", "90834", "F43.10", "$0,00", "CO-242"]]),
   ("p", "CO-242: la terapeuta no pertenece a la red del plan. La reclamación CV26-10-4402 fue negada."),
   ("p", "Puede apelar dentro de 180 días a partir de la fecha en que reciba este estado de cuenta. Envíe su apelación a: Plan de "
         "Salud para Empleados de Conservas del Valle, Atención: Comité de Apelaciones, 310 Fruitvale Boulevard, Yakima, WA 98902.")],
  traps=["CV26-10-3318", "90791", "02/03/1990", "CDV-220", "Apartado Postal 500"], ev={"plan": "autofinanciado por su empleador", "cat": "no pertenece a la red"},
  nd_print=dmy(nd), sd_print=["13/10/2026", "20/10/2026"])
key(c, patient_name="Yesenia Olmedo Cárdenas", member_id="CDV-40917-01", claim_number="CV26-10-4402", notice_date=nd,
    service_dates=["2026-10-13", "2026-10-20"], procedure_codes=["90834"], diagnosis_codes=["F43.10"], carc_codes=["CO-242"],
    denial_category="out_of_network", plan_type="employer_erisa", urgent=False, appeal_deadline=plus_days(nd, 180),
    deadline_basis="Puede apelar dentro de 180 días a partir de la fecha en que reciba este estado de cuenta",
    appeals_address="Plan de Salud para Empleados de Conservas del Valle, Atención: Comité de Apelaciones, 310 Fruitvale Boulevard, Yakima, WA 98902")

# ---------------------------------------------------------------- 12
nd = "2026-11-19"
c = case(n=12, slug="marketplace-letter-stellate-ganglion-block-ptsd-experimental-txt", lang="en", kind="txt",
  note="Marketplace plan; a plain-text letter (the member asked for plain text) whose facts sit in sentences: a stellate "
       "ganglion block for PTSD on one day (64510; F43.12; CO-55): experimental_investigational. Stated 180 days. Traps: "
       "the plan's street office, a retrospective review that is no appeal, 72 hours.",
  blocks=[("h", "Cascade Commons Health Insurance Company"), ("p", "Individual and family plans sold on the Health Insurance Marketplace"),
   ("p", "Office: 2200 Sixth Avenue, Seattle, WA 98121"), ("p", FIC), ("p", "Date: " + long_en(nd)),
   ("p", "Dear Jonah Farrugia,"),
   ("p", "This letter is about the claim Sound Interventional Pain Center sent for you, Jonah Farrugia (member number "
         "CCH-93310457), for the stellate ganglion block you received on October 22, 2026. The claim number is "
         "84-2271-0963. The center billed code 64510 with diagnosis F43.12."),
   ("p", "We will not pay for this service. Our medical policy treats a stellate ganglion block for post-traumatic stress "
         "as experimental or investigational, because studies have not yet shown it works for this use (CO-55)."),
   ("p", "Your provider may ask for a retrospective review within 30 days; that review is not an appeal."),
   ("p", "You may file an appeal within 180 days of receiving this letter. Mail it to Cascade Commons Health Insurance Company, "
         "Appeals Department, PO Box 34110, Seattle, WA 98124. For an urgent appeal we answer within 72 hours."),
   ("p", "Sincerely, Member Appeals")],
  traps=["2200 Sixth Avenue", "30 days", "72 hours"], ev={"plan": "Marketplace", "cat": "experimental or investigational"},
  nd_print=long_en(nd), sd_print=["October 22, 2026"])
key(c, patient_name="Jonah Farrugia", member_id="CCH-93310457", claim_number="84-2271-0963", notice_date=nd,
    service_dates=["2026-10-22"], procedure_codes=["64510"], diagnosis_codes=["F43.12"], carc_codes=["CO-55"],
    denial_category="experimental_investigational", plan_type="individual_aca", urgent=False, appeal_deadline=plus_days(nd, 180),
    deadline_basis="You may file an appeal within 180 days of receiving this letter",
    appeals_address="Cascade Commons Health Insurance Company, Appeals Department, PO Box 34110, Seattle, WA 98124")

# ---------------------------------------------------------------- 13
nd = "2026-11-03"
c = case(n=13, slug="church-plan-ect-three-days-no-window-printed-margin-notes-shallow-focus-photo", lang="en", kind="jpg", device="focus",
  note="Church plan (not ERISA): a letter denying ECT with its anesthesia on 3 days (90870, 00104; F33.2; CO-50): "
       "medical_necessity. No time limit printed (it points to the plan document): church rule, 180 days. Phone photo at a "
       "low angle with a shallow depth of field (sharp band in the middle, both ends soft), a green PAID? stamp crossed out "
       "and pencil notes. Traps: letterhead office, the note's date, the home address.",
  blocks=[("h", "Covenant Shepherd Benefit Plan"), ("p", "A church plan of the Lakes Conference - 18 Vestry Lane, Duluth, MN 55802"),
   ("p", FIC), ("kv", "Date", long_en(nd)), ("p", "Philippa Oyelaran-Dix\n2207 Harbor View Drive\nSuperior, WI 54880"),
   ("kv", "Member", "Philippa Oyelaran-Dix"), ("kv", "Member no.", "CSB-117-40-22"), ("kv", "Claim no.", "CS-2610-55187"),
   ("t", [["Date of service", "Code", "Diagnosis", "Reason"],
          ["10/06/2026", "90870", "F33.2", "CO-50"], ["10/06/2026", "00104", "F33.2", "CO-50"],
          ["10/08/2026", "90870", "F33.2", "CO-50"], ["10/08/2026", "00104", "F33.2", "CO-50"],
          ["10/13/2026", "90870", "F33.2", "CO-50"], ["10/13/2026", "00104", "F33.2", "CO-50"]]),
   ("p", "We find these treatments not medically necessary: the records do not show the severity our criteria require."),
   ("p", "You may appeal as the plan document describes. Send appeals to: Covenant Shepherd Benefit Plan, Attention: Appeals "
         "Committee, 400 Cathedral Square, Suite 12, Duluth, MN 55802."),
   ("stamp", "PAID?\nno - see appeal"), ("hand", "asked Dr. K for letter 11/24")],
  traps=["18 Vestry Lane", "2207 Harbor View Drive", "11/24"], ev={"plan": "church plan", "cat": "not medically necessary"},
  nd_print=long_en(nd), sd_print=["10/06/2026", "10/08/2026", "10/13/2026"])
key(c, patient_name="Philippa Oyelaran-Dix", member_id="CSB-117-40-22", claim_number="CS-2610-55187", notice_date=nd,
    service_dates=["2026-10-06", "2026-10-08", "2026-10-13"], procedure_codes=["90870", "00104"], diagnosis_codes=["F33.2"],
    carc_codes=["CO-50"], denial_category="medical_necessity", plan_type="church", urgent=False,
    appeal_deadline=plus_days(nd, 180), deadline_basis=CH_RULE,
    appeals_address="Covenant Shepherd Benefit Plan, Attention: Appeals Committee, 400 Cathedral Square, Suite 12, Duluth, MN 55802")

# ---------------------------------------------------------------- 14
nd = "2026-11-11"
c = case(n=14, slug="student-plan-tms-session-cap-business-days-enlarged-thumbnail-png", lang="en", kind="png", device="alias",
  note="Student health insurance plan: TMS sessions past the 36-session yearly maximum on 2 days (90868; F33.1; CO-119): "
       "benefit_limit. A window in business days: 60 business days from the notice date, counted Monday to Friday. A small "
       "screenshot enlarged with nearest-neighbour scaling (blocky, aliased letters). Traps: student ID, the sessions paid, "
       "the 36.",
  blocks=[("h", "Northbridge University Student Health Insurance Plan"), ("p", "Underwritten by Tamarack Life and Health (fictional)"), ("p", FIC),
   ("h", "Claim decision"), ("kv", "Notice date", us(nd)), ("kv", "Insured student", "Priya Raman-Holt"), ("kv", "Member ID", "NBU-SHIP-660213"),
   ("kv", "Student ID", "0049127"), ("kv", "Claim", "TL26-118-2290"),
   ("t", [["Date", "Code", "Dx", "Status", "Reason"], ["11/02/2026", "90868", "F33.1", "Denied", "CO-119"], ["11/03/2026", "90868", "F33.1", "Denied", "CO-119"]]),
   ("p", "CO-119: your plan covers up to 36 TMS sessions per plan year, and sessions 1 to 36 have been paid."),
   ("p", "Appeal within 60 business days of the date of this notice to: Tamarack Life and Health, Student Plan Appeals, PO Box 7711, Ann Arbor, MI 48107.")],
  traps=["0049127"], ev={"plan": "Student Health Insurance", "cat": "36 TMS sessions"},
  nd_print=us(nd), sd_print=["11/02/2026", "11/03/2026"])
key(c, patient_name="Priya Raman-Holt", member_id="NBU-SHIP-660213", claim_number="TL26-118-2290", notice_date=nd,
    service_dates=["2026-11-02", "2026-11-03"], procedure_codes=["90868"], diagnosis_codes=["F33.1"], carc_codes=["CO-119"],
    denial_category="benefit_limit", plan_type="individual_aca", urgent=False, appeal_deadline=plus_business(nd, 60),
    deadline_basis="Appeal within 60 business days of the date of this notice",
    appeals_address="Tamarack Life and Health, Student Plan Appeals, PO Box 7711, Ann Arbor, MI 48107")

# ---------------------------------------------------------------- 15
nd = "2026-11-24"
c = case(n=15, slug="county-employees-final-internal-decision-ketamine-upheld-external-review-interlaced-frame-pdf", lang="en", kind="imgpdf", device="interlace",
  note="A county government employees' plan (governmental): the Level 2 final internal appeal decision upholding the denial of "
       "ketamine infusions on 2 days (96365, J3490; F33.2; CO-55): experimental_investigational. Decision after an appeal: the "
       "next level is external review and the notice prints 4 months, keyed from the decision's date; the address is the "
       "external review office. claim_number is the original claim. Image-only PDF of a frame grabbed from an interlaced video "
       "(combing on alternate rows). Traps: appeal number, the level-1 decision date, the plan's appeals box, 180 days.",
  blocks=[("h", "Marlow County Employee Health Plan"), ("p", "A self-funded governmental plan for county employees"), ("p", FIC),
   ("h", "RE: Level 2 appeal - final internal decision"), ("kv", "Decision date", long_en(nd)),
   ("kv", "Employee / patient", "Dorian Castellanos-Pike"), ("kv", "Member ID", "MCE-300-8842"), ("kv", "Original claim", "MCE-26-0731"),
   ("kv", "Appeal number", "APL-2026-0418"),
   ("p", "Your first appeal was denied on October 2, 2026. The committee has now reviewed claim MCE-26-0731 for ketamine "
         "infusions on 09/09/2026 and 09/16/2026 (codes 96365 and J3490; diagnosis F33.2). We have affirmed the denial: "
         "the plan excludes treatments it considers experimental or investigational (CO-55). This is the final decision; no further internal appeal is available."),
   ("p", "You may ask for an external review within 4 months of the date of this letter. Send the request to: Office of the "
         "State Insurance Commissioner, External Review Section, 101 Capitol Way N, Suite 4, Olympia, WA 98501."),
   ("p", "Do not send it to the plan's appeals box (PO Box 1180, Marlow, WA 98000). Your original appeal window was 180 days.")],
  traps=["APL-2026-0418", "October 2, 2026", "PO Box 1180", "180 days"], ev={"plan": "governmental plan", "cat": "experimental or investigational"},
  nd_print=long_en(nd), sd_print=["09/09/2026", "09/16/2026"])
key(c, patient_name="Dorian Castellanos-Pike", member_id="MCE-300-8842", claim_number="MCE-26-0731", notice_date=nd,
    service_dates=["2026-09-09", "2026-09-16"], procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"], carc_codes=["CO-55"],
    denial_category="experimental_investigational", plan_type="governmental", urgent=False, appeal_deadline=plus_months(nd, 4),
    deadline_basis="You may ask for an external review within 4 months of the date of this letter",
    appeals_address="Office of the State Insurance Commissioner, External Review Section, 101 Capitol Way N, Suite 4, Olympia, WA 98501")

# ---------------------------------------------------------------- 16
nd = "2026-11-23"
c = case(n=16, slug="es-employer-insured-letter-in-sentences-spravato-step-therapy-request-docx", lang="es", kind="docx",
  note="Insured employer plan (ERISA), a Spanish letter with every fact in its sentences: a request before care for esketamine "
       "with observation (J0013, 99415; F33.2) denied for step therapy: step_therapy. Stated 180 días. Traps: the request "
       "received date, the plan's office, the group, 72 horas.",
  blocks=[("h", "Seguros Médicos Altamira"), ("p", "Oficina central: 45 Calle Loíza, San Juan, PR 00911"), ("p", FICES),
   ("p", "San Juan, " + long_es(nd)),
   ("p", "Estimada señora Marisela Quiñones Ortega:"),
   ("p", "Le escribimos sobre la solicitud de autorización número AUT-26-509184, que su psiquiatra nos envió el 16 de noviembre de "
         "2026 para usted, Marisela Quiñones Ortega, con número de asegurada SMA-7730-2291-00, dentro del plan de grupo que le "
         "ofrece su patrono (grupo 10412). Pidió el aerosol nasal de esketamina (código J0013) con observación en la clínica "
         "(código 99415), diagnóstico F33.2."),
   ("p", "Negamos la solicitud por terapia escalonada: la póliza requiere que antes pruebe dos antidepresivos orales y un "
         "tratamiento de aumento, y el expediente muestra solo uno."),
   ("p", "Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta carta. Envíe su apelación a Seguros "
         "Médicos Altamira, Atención: Departamento de Apelaciones, PO Box 195533, San Juan, PR 00919. Si su caso es urgente, "
         "decidimos en 72 horas."),
   ("p", "Atentamente,\nDepartamento de Manejo de Utilización")],
  traps=["16 de noviembre de 2026", "45 Calle Loíza", "10412", "72 horas"], ev={"plan": "patrono", "cat": "terapia escalonada"},
  nd_print=long_es(nd), sd_print=[])
key(c, patient_name="Marisela Quiñones Ortega", member_id="SMA-7730-2291-00", claim_number="AUT-26-509184", notice_date=nd,
    procedure_codes=["J0013", "99415"], diagnosis_codes=["F33.2"], denial_category="step_therapy", plan_type="employer_erisa",
    urgent=False, appeal_deadline=plus_days(nd, 180),
    deadline_basis="puede apelar dentro de 180 días a partir de la fecha de esta carta",
    appeals_address="Seguros Médicos Altamira, Atención: Departamento de Apelaciones, PO Box 195533, San Juan, PR 00919")

# ---------------------------------------------------------------- 17
nd = "2026-11-04"
c = case(n=17, slug="es-chip-county-plan-group-therapy-not-covered-business-days-mug-ring-photo", lang="es", kind="jpg", device="ring",
  note="A separate CHIP run by a county health plan, in Spanish: group psychotherapy for a child on 2 days (90853; F43.22; "
       "CO-96): not_covered. A window in business days: 40 días hábiles from the notice date. Phone photo of a page with a "
       "mug's tea ring and a drip stain, plus a handwritten note. Traps: the parent, DOB, the CHIP state review, the note's date.",
  blocks=[("h", "Plan Infantil del Condado de Bexar Norte - CHIP"), ("p", "Programa de Seguro Médico para Niños (CHIP), no es Medicaid"), ("p", FICES),
   ("kv", "Fecha del aviso", long_es(nd)), ("kv", "Niño(a) afiliado(a)", "Mateo Ibarra Soliz"), ("kv", "Padre o madre", "Lucía Soliz Herrera"),
   ("kv", "Fecha de nacimiento", "04/11/2015"), ("kv", "Número de afiliado", "BNC-CH-208817"), ("kv", "Número de reclamo", "BN26-4410-337"),
   ("p", "Negamos la terapia de grupo (código 90853, diagnóstico F43.22) de los días 5 de octubre de 2026 y 12 de octubre de 2026: "
         "este servicio no está cubierto por el plan CHIP de su hijo (CO-96)."),
   ("p", "Puede pedir una apelación dentro de 40 días hábiles a partir de la fecha de este aviso. Envíela a: Plan Infantil del "
         "Condado de Bexar Norte, Atención: Apelaciones CHIP, 1800 Frio City Road, Edificio B, San Antonio, TX 78226."),
   ("p", "Si mantenemos la negación, puede pedir una revisión estatal en el plazo que indique nuestra decisión."),
   ("hand", "llamé 19/11 - mandar carta de la terapeuta")],
  traps=["Lucía Soliz Herrera", "04/11/2015", "19/11"], ev={"plan": "CHIP", "cat": "no está cubierto"},
  nd_print=long_es(nd), sd_print=["5 de octubre de 2026", "12 de octubre de 2026"])
key(c, patient_name="Mateo Ibarra Soliz", member_id="BNC-CH-208817", claim_number="BN26-4410-337", notice_date=nd,
    service_dates=["2026-10-05", "2026-10-12"], procedure_codes=["90853"], diagnosis_codes=["F43.22"], carc_codes=["CO-96"],
    denial_category="not_covered", plan_type="chip", urgent=False, appeal_deadline=plus_business(nd, 40),
    deadline_basis="Puede pedir una apelación dentro de 40 días hábiles a partir de la fecha de este aviso",
    appeals_address="Plan Infantil del Condado de Bexar Norte, Atención: Apelaciones CHIP, 1800 Frio City Road, Edificio B, San Antonio, TX 78226")

# ---------------------------------------------------------------- 18
nd = "2026-11-25"
c = case(n=18, slug="es-medicaid-behavioral-carve-out-appeal-resolution-iop-upheld-fair-hearing-forwarded-eml", lang="es", kind="eml",
  note="Medicaid managed care, a behavioral-health carve-out's notice of appeal resolution in Spanish (a decision after an "
       "appeal): the IOP denial on 3 days (S9480; F33.2; CO-50) is upheld: medical_necessity. Next level: the state fair "
       "hearing, whose 120 días the notice prints, keyed from its date; the address is the hearing office's. claim_number is "
       "the original claim. An e-mail in which a community navigator forwards it as an attachment (message/rfc822). Traps: "
       "appeal number, the navigator, Date headers, 10 días, the plan's appeals box.",
  extra={"from": "Rosa Delgado, navegadora <rdelgado@centrocomunitario.example>", "to": "Clínica Legal <intake@clinicalegal.example>",
         "date": "Thu, 03 Dec 2026 10:22:40 -0700", "subject": "Caso de Ernesto Valdivia - resolución de apelación",
         "intro": "Buenos días: les reenvío como adjunto el aviso que recibió el señor Valdivia. Perdió la apelación con el plan. ¿Pueden ayudarle con la audiencia? Rosa (1-555-0162)",
         "attached": {"from": "Mesa Verde Salud Conductual <avisos@mesaverde-sc.example>", "date": "Fri, 27 Nov 2026 09:00:00 -0700",
                      "subject": "Aviso de resolución de apelación"}},
  blocks=[("h", "Mesa Verde Salud Conductual"), ("p", "Plan de salud conductual de Medicaid (muestra ficticia)"), ("p", FICES),
   ("h", "Aviso de resolución de apelación"), ("kv", "Fecha del aviso", long_es(nd)), ("kv", "Afiliado", "Ernesto Valdivia Roybal"),
   ("kv", "Número de identificación de Medicaid", "NM-4471093-8"), ("kv", "Reclamo original", "BHC-26-661903"), ("kv", "Número de apelación", "AP-26-00912"),
   ("p", "Revisamos su apelación sobre el programa intensivo ambulatorio (código S9480, diagnóstico F33.2) de los días 14, 15 y 16 "
         "de septiembre de 2026. Mantenemos la denegación: no es médicamente necesario (CO-50). Las apelaciones internas ya terminaron."),
   ("p", "Si no está de acuerdo, puede pedir una audiencia imparcial estatal dentro de 120 días a partir de la fecha de este aviso. "
         "Envíe su solicitud a: Departamento de Servicios Humanos, Oficina de Audiencias Imparciales, Apartado Postal 2348, Santa Fe, NM 87504."),
   ("p", "Si quiere que el servicio continúe durante la audiencia, pídala dentro de 10 días. No envíe la solicitud a nuestra "
         "unidad de apelaciones (Apartado Postal 9090, Albuquerque, NM 87119).")],
  traps=["AP-26-00912", "10 días", "Apartado Postal 9090", "Rosa"], ev={"plan": "Medicaid", "cat": "no es médicamente necesario"},
  nd_print=long_es(nd), sd_print=["14, 15 y 16 de septiembre de 2026"])
key(c, patient_name="Ernesto Valdivia Roybal", member_id="NM-4471093-8", claim_number="BHC-26-661903", notice_date=nd,
    service_dates=["2026-09-14", "2026-09-15", "2026-09-16"], procedure_codes=["S9480"], diagnosis_codes=["F33.2"],
    carc_codes=["CO-50"], denial_category="medical_necessity", plan_type="medicaid", urgent=False,
    appeal_deadline=plus_days(nd, 120),
    deadline_basis="puede pedir una audiencia imparcial estatal dentro de 120 días a partir de la fecha de este aviso",
    appeals_address="Departamento de Servicios Humanos, Oficina de Audiencias Imparciales, Apartado Postal 2348, Santa Fe, NM 87504")
