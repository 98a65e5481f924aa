"""Set 39: the eighteen FICTIONAL notices as data. Every person, plan, provider, number and address is invented."""
from layout import fmt

FX = "FICTIONAL SAMPLE - not a real notice. Every person, plan, number and address on it is invented."
FXS = "MUESTRA FICTICIA - no es un aviso real. Todas las personas, planes, números y direcciones son inventados."


def case(**kw):
    kw.setdefault("traps", [])
    kw.setdefault("extra", {})
    kw.setdefault("carc", [])
    kw.setdefault("sd", [])
    kw.setdefault("urgent_ev", None)
    return kw


# --------------------------------------------------------------------------------------------- 01
def c01():
    nd, sd = "2026-11-12", ["2026-10-05", "2026-10-08"]
    addr = ["Halvorsen Mutual Life & Health Insurance Co.", "Attn: Grievance and Appeals Dept.", "PO Box 61290",
            "Harrisburg, PA 17106-1290"]
    u = lambda x: fmt(x, "us")
    rows = [
        [u(sd[0]), "99214", "Office visit", "$210.00", "$148.60", "$118.88", "-", "$29.72"],
        [u(sd[0]), "J0013", "Esketamine spray, 84 u", "$1,932.00", "$0.00", "$0.00", "CO-197", "$0.00"],
        [u(sd[0]), "99415", "Observation time", "$180.00", "$0.00", "$0.00", "CO-197", "$0.00"],
        [u(sd[1]), "J0013", "Esketamine spray, 84 u", "$1,932.00", "$0.00", "$0.00", "CO-197", "$0.00"],
        [u(sd[1]), "99415", "Observation time", "$180.00", "$0.00", "$0.00", "CO-197", "$0.00"],
        ["10/12/2026", "99213", "Office visit, short", "$140.00", "$101.20", "$80.96", "-", "$20.24"],
    ]
    blocks = [
        ("title", "HALVORSEN MUTUAL LIFE & HEALTH INSURANCE CO."),
        ("small", "Member Services 1-555-0142  |  www.halvorsenmutual.example  |  Claims: PO Box 61288, Harrisburg, PA 17106"),
        ("small", FX.upper()),
        ("rule",),
        ("center", "EXPLANATION OF BENEFITS - THIS IS NOT A BILL"),
        ("cols",
         [("addr", ["MARISOL DE LA TORRE-VANCE", "1187 WINDWARD HOLLOW RD", "MECHANICSBURG PA 17050"])],
         [("kv", [("DATE PREPARED:", u(nd)), ("MEMBER:", "MARISOL DE LA TORRE-VANCE"),
                  ("MEMBER ID:", "HMH 882401173"), ("DATE OF BIRTH:", "04/17/1979"),
                  ("GROUP NO.:", "0074412"), ("CLAIM NO.:", "E26-11-0047719")], 0.45)]),
        ("p", "PLAN: TIDEWATER LOGISTICS EMPLOYEE HEALTH PLAN - EMPLOYER GROUP PPO, INSURED BY HALVORSEN MUTUAL. "
              "PROVIDER: NORTHSHORE INTERVENTIONAL PSYCHIATRY (IN NETWORK). DIAGNOSIS: F33.2"),
        ("table", ["DATE", "CODE", "SERVICE", "BILLED", "ALLOWED", "PAID", "ADJ.", "YOU OWE"],
         rows, [1.25, 0.8, 2.6, 1.1, 1.05, 1.0, 0.95, 1.05]),
        ("h", "WHY SOME LINES WERE NOT PAID"),
        ("p", "CO-197: NO PRIOR AUTHORIZATION ON FILE. Your plan requires prior authorization before esketamine "
              "nasal spray treatment and the observation that goes with it. We have no approved request for the "
              "dates shown, so these lines were denied. Because this is a contractual adjustment, the in-network "
              "provider may not bill you for them."),
        ("h", "YOUR RIGHT TO APPEAL"),
        ("p", "You have 180 days from receipt of this statement to ask for an appeal. Write to us and include this "
              "statement, your member ID and any records you want us to review. Mail your appeal to:"),
        ("addr", [a.upper() if i == 0 else a for i, a in enumerate(addr)], 18),
        ("p", "If waiting for a decision could seriously harm your health, you or your doctor may ask for an urgent "
              "appeal by calling 1-555-0143; we decide urgent appeals within 72 hours. Your employer's plan is "
              "governed by ERISA; after the appeal you may also have the right to an external review and to bring "
              "a civil action under section 502(a)."),
        ("small", "Do not send appeals to the claims address at the top of this page."),
    ]
    addr_k = [addr[0].upper()] + addr[1:]
    return case(
        n=1, slug="employer-insured-eob-caps-esketamine-no-auth-marker-redacted-carpet-photo", lang="en", kind="jpg",
        device="marker_carpet", blocks=blocks, family="sans",
        patient_name="MARISOL DE LA TORRE-VANCE", member_id="HMH 882401173", claim_number="E26-11-0047719",
        nd=nd, nd_label="DATE PREPARED:", nd_fmt="us", sd=sd, sd_fmt="us",
        proc=["J0013", "99415"], dx=["F33.2"], carc=["CO-197"], category="prior_authorization",
        plan="employer_erisa", cat_ev="NO PRIOR AUTHORIZATION ON FILE", plan_ev="EMPLOYER GROUP PPO",
        window=dict(days=180, basis="You have 180 days from receipt of this statement to ask for an appeal"),
        addr=addr_k,
        traps=["0074412", "99214", "99213", "10/12/2026", "PO Box 61288", "72 hours"],
        redact=["1187 WINDWARD HOLLOW RD", "04/17/1979"],
        note="An insured employer PPO's EOB in capitals (ERISA), one claim of six lines: two office visits paid, "
             "esketamine (J0013) and its observation (99415) on 2 days denied, no prior authorization (CO-197). "
             "Phone photo on a patterned carpet; the member blacked out her street and date of birth with a felt "
             "marker before sharing it. Stated 180 days from receipt. Traps: the paid 99214 and 99213 lines and "
             "the 10/12 date, the group number, the claims box, the 72-hour urgent appeal.")


# --------------------------------------------------------------------------------------------- 02
def c02():
    nd, sd = "2026-11-18", ["2026-11-02", "2026-11-03", "2026-11-04"]
    addr = ["Corwin Aggregates Employee Medical Plan", "c/o Pinecrest Benefit Administrators, Inc.",
            "Appeals Unit", "PO Box 7720", "Boise, ID 83707"]
    blocks = [
        ("title", "Pinecrest Benefit Administrators, Inc."),
        ("small", "Third-party administrator for self-funded employer plans  -  1-555-0150  -  help@pinecrest.example"),
        ("small", FX),
        ("kv", [("Letter date", fmt(nd, "long")), ("Plan", "Corwin Aggregates Employee Medical Plan (self-funded)"),
                ("Patient", "Theodore Nakashima-Bell"), ("Member ID", "CWA-0193374"),
                ("Claim number", "PBA 2611 004 7731"), ("Provider", "Basin Neuromodulation Clinic")], 0.3),
        ("p", "Dear Theodore Nakashima-Bell: we processed the claim above for repetitive transcranial magnetic "
              "stimulation (diagnosis F33.1). Session 36 on 10/30/2026 was paid. The three sessions below were not."),
        ("table", ["Date of service", "Code", "Service", "Charge", "Paid", "Reason"],
         [["10/30/2026", "90868", "TMS treatment session", "$325.00", "$260.00", "-"]] +
         [[fmt(x, "us"), "90868", "TMS treatment session", "$325.00", "$0.00", "CO-119"] for x in sd],
         [1.5, 0.8, 2.3, 1.0, 0.9, 0.9]),
        ("p", "Reason CO-119: benefit maximum reached. The plan covers up to 36 TMS treatment sessions per plan year, "
              "and that limit was used by 10/30/2026."),
        ("p", "You may appeal within 180 days after you receive this notice. The plan is self-funded by your "
              "employer and governed by ERISA. Send your appeal to:"),
        ("addr", addr, 14),
    ]
    return case(
        n=2, slug="self-funded-tpa-tms-session-cap-video-call-screen-share-png", lang="en", kind="png",
        device="video_call", blocks=blocks, family="sans",
        patient_name="Theodore Nakashima-Bell", member_id="CWA-0193374", claim_number="PBA 2611 004 7731",
        nd=nd, nd_label="Letter date", nd_fmt="long", sd=sd, sd_fmt="us",
        proc=["90868"], dx=["F33.1"], carc=["CO-119"], category="benefit_limit", plan="employer_erisa",
        cat_ev="benefit maximum reached", plan_ev="self-funded by your employer",
        window=dict(days=180, basis="within 180 days after you receive this notice"), addr=addr,
        traps=["10/30/2026", "Theo N-B", "Ruth Okafor"],
        note="A self-funded employer plan's TPA letter (ERISA), shown in a video call: the patient shares the PDF "
             "and the advocate takes a screenshot (participant tiles, the 'viewing' banner, the call clock). TMS on "
             "3 days (90868; F33.1) past the 36-session yearly maximum (CO-119): benefit_limit. Stated 180 days "
             "after receipt. Traps: session 36 paid on 10/30, the short screen name, the advocate.")


# --------------------------------------------------------------------------------------------- 03
def c03():
    nd, sd = "2026-11-13", ["2026-10-20", "2026-10-27"]
    addr = ["Aseguradora Solmar Health Plans, Inc.", "Atención: Unidad de Apelaciones y Quejas", "PO Box 24518",
            "Tampa, FL 33623-4518"]
    blocks = [
        ("title", "Solmar Health Plans"),
        ("small", "Aseguradora Solmar Health Plans, Inc.  -  1-555-0161  -  www.solmar.example  -  " + FXS),
        ("right", "Fecha de la carta: " + fmt(nd, "es")),
        ("addr", ["Sra. Rosaura Quiñones Delgado", "Fecha de nacimiento: 13/11/1968", "Número de miembro: SLM 550 271 884",
                  "Reclamación n.º 26-10-55108-4"]),
        ("p", "Estimada Sra. Quiñones Delgado: Su plan de salud de grupo, que le ofrece su empleador Costa Brava "
              "Hoteles y que está asegurado por Solmar, no pagará la reclamación de la Dra. Elena Marchetti por las "
              "infusiones de ketamina por vía intravenosa (códigos 96365 y J3490; diagnóstico F33.2) del "
              + fmt(sd[0], "dmy") + " y del " + fmt(sd[1], "dmy") + " (fechas en formato día/mes/año)."),
        ("p", "Motivo (código CO-50): el médico revisor determinó que el servicio no es médicamente necesario según "
              "nuestra política clínica PC-221, porque el expediente no muestra dos tratamientos previos adecuados."),
        ("p", "Usted tiene 180 días a partir de la fecha en que reciba esta carta para pedir una apelación. Envíela a:"),
        ("addr", addr, 14),
        ("small", "Si su caso es urgente, llame al 1-555-0162; decidimos las apelaciones urgentes en 72 horas."),
    ]
    return case(
        n=3, slug="es-employer-insured-ketamine-medical-necessity-chat-app-viewer-png", lang="es", kind="png",
        device="chat_viewer", blocks=blocks, family="serif",
        patient_name="Rosaura Quiñones Delgado", member_id="SLM 550 271 884", claim_number="26-10-55108-4",
        nd=nd, nd_label="Fecha de la carta:", nd_fmt="es", sd=sd, sd_fmt="dmy",
        proc=["96365", "J3490"], dx=["F33.2"], carc=["CO-50"], category="medical_necessity", plan="employer_erisa",
        cat_ev="no es médicamente necesario", plan_ev="plan de salud de grupo, que le ofrece su empleador",
        window=dict(days=180, basis="Usted tiene 180 días a partir de la fecha en que reciba esta carta"), addr=addr,
        traps=["13/11/1968", "72 horas", "Camila", "PC-221"],
        note="An insured employer plan's letter in Spanish (Florida, ERISA), photographed and sent by the member's "
             "daughter in a messaging app; the screenshot is the app's full-screen photo viewer (sender, date, "
             "caption, reply bar). IV ketamine on 2 days (96365, J3490; F33.2) not medically necessary (CO-50). "
             "Stated 180 días from receipt. Traps: the DOB 13/11/1968 (the letter's day and month), the chat's "
             "own date and sender, 72 horas.")


# --------------------------------------------------------------------------------------------- 04
def c04():
    nd, sd = "2026-10-30", ["2026-10-06", "2026-10-08", "2026-10-13"]
    addr = ["Sunflower State Employee Health Plan", "Member Appeals", "Sunflower Plaza", "410 SW Tenth Ave, Suite 600",
            "Topeka, KS 66612"]
    blocks = [
        ("bp", "SUNFLOWER STATE EMPLOYEE HEALTH PLAN"),
        ("small", "The group health plan for employees of the State of Kansas and participating local units. " + FX),
        ("p", "Date: " + fmt(nd, "long")),
        ("p", "Delphine Ashworth-Mbeki, Member ID SEHP 30418872, Claim C-2026-310-88412"),
        ("p", "Dear Ms. Ashworth-Mbeki,"),
        ("p", "We reviewed the claim from Prairie Hills Behavioral Hospital for electroconvulsive therapy with "
              "anesthesia (codes 90870 and 00104, diagnosis F33.2) given on " + fmt(sd[0], "long") + ", "
              + fmt(sd[1], "long") + " and " + fmt(sd[2], "long") + "."),
        ("p", "Authorization A-55120 approved 12 treatments, and all 12 had been given by October 1, 2026. The three "
              "treatments above were beyond the number authorized, so we denied them with adjustment code CO-198 "
              "(authorization exceeded). Your doctor may ask us to extend the authorization."),
        ("p", "If you disagree, you may file an appeal. Your appeal rights and time limits are in the Benefits "
              "Booklet, section 9. Please mail the appeal to:"),
        ("addr", addr, 14),
        ("p", "Sincerely, Utilization Management, 1-555-0171"),
    ]
    return case(
        n=4, slug="state-employees-ect-authorization-exceeded-word-processor-squiggles-png", lang="en", kind="png",
        device="word_processor", blocks=blocks, family="serif", base=12.5,
        patient_name="Delphine Ashworth-Mbeki", member_id="SEHP 30418872", claim_number="C-2026-310-88412",
        nd=nd, nd_label="Date:", nd_fmt="long", sd=sd, sd_fmt="long",
        proc=["90870", "00104"], dx=["F33.2"], carc=["CO-198"], category="prior_authorization", plan="governmental",
        cat_ev="beyond the number authorized", plan_ev="employees of the State of Kansas",
        window=dict(rule="governmental"), addr=addr,
        traps=["A-55120", "October 1, 2026"],
        squiggle=["Delphine", "Ashworth-Mbeki", "SEHP", "electroconvulsive", "A-55120", "Topeka", "Sunflower"],
        note="A state employees' plan (governmental) letter opened in a desktop word processor and screenshotted: "
             "red spell-check squiggles under names and codes, the mouse pointer and a hover tooltip. ECT with "
             "anesthesia on 3 days (90870, 00104; F33.2) beyond the 12 authorized (CO-198): prior_authorization. "
             "No time limit printed (points to the booklet): the governmental rule, 180 days. Traps: the "
             "authorization number, the day the 12 were used.")


# --------------------------------------------------------------------------------------------- 05
def c05():
    nd = "2026-11-20"
    addr = ["Office of Appeals and Hearings", "PO Box 9130", "Mail Slot H-22", "Little Rock, AR 72203-9130"]
    blocks = [
        ("title", "ARKANSAS DEPARTMENT OF HUMAN SERVICES"),
        ("bp", "DIVISION OF MEDICAL SERVICES - MEDICAID FEE-FOR-SERVICE"),
        ("small", FX.upper()),
        ("rule",),
        ("kv", [("MAILING DATE:", fmt(nd, "us")), ("BENEFICIARY:", "LEVON ABERNATHY-KURZ"),
                ("MEDICAID ID:", "71 2044 9981"), ("DATE OF BIRTH:", "02/08/1990"),
                ("PRIOR AUTHORIZATION REQUEST NO.:", "PA 2026 1104 5531"), ("REQUEST RECEIVED:", "11/09/2026"),
                ("REQUESTING PROVIDER:", "OUACHITA INFUSION AND PAIN CENTER")], 0.48),
        ("h", "NOTICE OF ACTION: PRIOR AUTHORIZATION DENIED"),
        ("p", "Your provider asked the Medicaid program to approve a series of six intravenous ketamine infusions "
              "(procedure codes 96365 and J3490) for diagnosis F33.2. The request is DENIED."),
        ("p", "Reason: ketamine infusion for depression is considered experimental and investigational by the "
              "Arkansas Medicaid program. It is not an accepted standard of treatment under the Medicaid provider "
              "manual, section 212.500."),
        ("p", "This is a fee-for-service Medicaid decision made by the state agency. There is no health plan appeal: "
              "if you disagree, you may ask for a fair hearing (see page 2)."),
        ("pagebreak",),
        ("h", "PAGE 2 - YOUR RIGHT TO A FAIR HEARING"),
        ("p", "You must ask for a fair hearing within 33 days of the mailing date of this notice. Ask in writing, "
              "by phone at 1-555-0180, or in person at your county office. Write to:"),
        ("addr", addr, 14),
        ("p", "If this notice stops or reduces a service you already get, the service can continue while you wait "
              "for the hearing if you ask within 10 days of the mailing date."),
        ("p", "You may bring a lawyer, a friend or a relative. Free legal help: 1-555-0181."),
        ("small", "DHS-703-FFS (FICTIONAL FORM)"),
    ]
    return case(
        n=5, slug="medicaid-ffs-caps-ketamine-pa-experimental-two-page-adf-tiff", lang="en", kind="tif",
        device="adf_tiff", blocks=blocks, family="sans", dpi=150,
        patient_name="LEVON ABERNATHY-KURZ", member_id="71 2044 9981", claim_number="PA 2026 1104 5531",
        nd=nd, nd_label="MAILING DATE:", nd_fmt="us",
        proc=["96365", "J3490"], dx=["F33.2"], category="experimental_investigational", plan="medicaid",
        cat_ev="experimental and investigational", plan_ev="MEDICAID FEE-FOR-SERVICE",
        window=dict(days=33, basis="within 33 days of the mailing date of this notice"), addr=addr,
        traps=["02/08/1990", "11/09/2026", "10 days", "212.500"],
        note="A fee-for-service Medicaid prior authorization denial in capitals (Arkansas, marked fictional), two "
             "pages scanned by an office sheet feeder into one multi-page TIFF; the second sheet went through "
             "skewed. Six IV ketamine infusions before care (96365, J3490; F33.2), experimental: "
             "experimental_investigational. No plan appeal: the fair hearing's stated 33 days from mailing, on "
             "page 2, and the hearing office's address. Traps: DOB, the request's received date, 10 days.")


# --------------------------------------------------------------------------------------------- 06
def c06():
    nd, sd = "2026-11-02", ["2026-03-03", "2026-03-10", "2026-03-17"]
    addr = ["Plan de Beneficios de Salud de la Diócesis de San Gregorio", "Comité de Apelaciones",
            "1120 Calle Misión, Piso 3", "San Antonio, TX 78207"]
    blocks = [
        ("title", "Diócesis de San Gregorio"),
        ("bp", "Plan de Beneficios de Salud - plan de iglesia no sujeto a ERISA"),
        ("small", FXS + " Tel. 1-555-0112."),
        ("kv", [("Fecha", fmt(nd, "es")), ("Participante", "Ignacio Barrientos Solís"),
                ("Identificación", "DSG-004417-00"), ("Reclamación", "DSG26-0917-3302"),
                ("Recibida", "14/10/2026")], 0.3),
        ("p", "Estimado Sr. Barrientos Solís:"),
        ("p", "Recibimos el 14/10/2026 la reclamación de la Lic. Amparo Quiroga por psicoterapia individual de 60 "
              "minutos (código 90837, diagnóstico F43.10). Las fechas de servicio (día/mes/año) son:"),
        ("table", ["Fecha de servicio", "Código", "Cargo", "Pagado", "Ajuste"],
         [[fmt(x, "dmy"), "90837", "$165.00", "$0.00", "CO-29"] for x in sd], [1.6, 1, 1, 1, 1]),
        ("p", "Motivo: la reclamación llegó después del plazo de presentación. El plan exige que las reclamaciones "
              "se presenten dentro de los 180 días siguientes a la fecha de servicio; esta llegó fuera de ese plazo."),
        ("p", "Si no está de acuerdo, puede apelar por escrito dentro de los 180 días siguientes a la fecha de esta "
              "carta. Incluya cualquier prueba de que la reclamación se envió a tiempo. Diríjala a:"),
        ("addr", addr, 14),
    ]
    return case(
        n=6, slug="es-church-plan-psychotherapy-timely-filing-candlelight-photo", lang="es", kind="jpg",
        device="candle", blocks=blocks, family="serif",
        patient_name="Ignacio Barrientos Solís", member_id="DSG-004417-00", claim_number="DSG26-0917-3302",
        nd=nd, nd_label="Fecha", nd_fmt="es", sd=sd, sd_fmt="dmy",
        proc=["90837"], dx=["F43.10"], carc=["CO-29"], category="timely_filing", plan="church",
        cat_ev="después del plazo de presentación", plan_ev="plan de iglesia no sujeto a ERISA",
        window=dict(days=180, basis="dentro de los 180 días siguientes a la fecha de esta carta"), addr=addr,
        traps=["14/10/2026", "Amparo Quiroga"],
        note="A church plan's letter in Spanish (a diocese in Texas, not under ERISA), photographed by candlelight "
             "during a power cut: warm, dim, grainy, brightest near the flame. Psychotherapy on 3 days in March "
             "(90837; F43.10), filed late (CO-29): timely_filing. Stated 180 días from the letter's date. Traps: "
             "the received date 14/10/2026 (twice), the plan's own 180-day filing limit.")


# --------------------------------------------------------------------------------------------- 07
def c07():
    nd, sd = "2026-11-24", ["2026-11-02", "2026-11-16"]
    addr = ["Bluewater Cooperative Health Plan", "Appeals Department", "2200 Harbor View Pkwy, Mail Stop 14B",
            "Norfolk, VA 23502"]
    u = lambda x: fmt(x, "us")
    blocks = [
        ("title", "BLUEWATER COOPERATIVE HEALTH PLAN"),
        ("small", "BLUEWATER SILVER 2500 EPO  -  A QUALIFIED HEALTH PLAN SOLD ON THE HEALTH INSURANCE MARKETPLACE"),
        ("small", FX),
        ("kv", [("EOB issued", fmt(nd, "abbr")), ("Member", "KWAME ODHIAMBO-PRICE"), ("Member ID", "BWC7730915501"),
                ("Claim", "7726-3318-0042"), ("Claim received", "11/19/2026"),
                ("Provider", "TIDEWATER HEADACHE AND NERVE CENTER")], 0.3),
        ("table", ["Date", "Code", "Dx", "Billed", "Paid", "Code/Reason"],
         [[u(sd[0]), "64405", "M54.81", "$640.00", "$412.00", "-"],
          [u(sd[0]), "99214", "M54.81", "$230.00", "$0.00", "CO-97"],
          [u(sd[1]), "64405", "M54.81", "$640.00", "$412.00", "-"],
          [u(sd[1]), "99213", "M54.81", "$150.00", "$0.00", "CO-97"]], [1.3, 1, 1, 1, 1, 1.3]),
        ("p", "CO-97: The office visit on the same day as the nerve block is included in the payment for the "
              "block. It is not paid separately unless the record shows a separate, significant service and the "
              "claim carries the modifier for it."),
        ("p", "You may appeal within 180 days of getting this EOB. Send a letter and any records to:"),
        ("addr", addr, 14),
        ("p", "Questions? 1-555-0120. For an urgent appeal call 1-555-0121."),
    ]
    return case(
        n=7, slug="marketplace-eob-caps-nerve-block-visit-bundled-range-hood-spotlight-marble-photo", lang="en",
        kind="jpg", device="spotlight_marble", blocks=blocks, family="sans",
        patient_name="KWAME ODHIAMBO-PRICE", member_id="BWC7730915501", claim_number="7726-3318-0042",
        nd=nd, nd_label="EOB issued", nd_fmt="abbr", sd=sd, sd_fmt="us",
        proc=["99214", "99213"], dx=["M54.81"], carc=["CO-97"], category="coding_billing", plan="individual_aca",
        cat_ev="included in the payment for the block", plan_ev="HEALTH INSURANCE MARKETPLACE",
        window=dict(days=180, basis="within 180 days of getting this EOB"), addr=addr,
        traps=["64405", "11/19/2026"],
        note="A Marketplace EPO's EOB with the member in capitals, four lines: occipital nerve blocks (64405) paid "
             "on 2 days, the office visits the same days (99214, 99213; M54.81) bundled into them (CO-97): "
             "coding_billing. Photographed on a marble counter under a range hood's spotlight (a bright pool, dark "
             "edges). Stated 180 days. Traps: the paid 64405 lines, the received date.")


# --------------------------------------------------------------------------------------------- 08
def c08():
    nd = "2026-12-01"
    addr = ["Meridian Crest Insurance Company", "Student Plan Appeals", "1500 Fourth Ave, Suite 900",
            "Seattle, WA 98101"]
    blocks = [
        ("title", "Cascadia University Student Health Insurance Plan"),
        ("small", "Underwritten by Meridian Crest Insurance Company  |  1-555-0131  |  ship@meridiancrest.example"),
        ("small", FX),
        ("box", [("kv", [("Date of decision", fmt(nd, "long")), ("Student", "Anjali Venkataraman-Ruiz"),
                         ("Student ID", "954-221-830"), ("Plan member ID", "CUS-26-0081442"),
                         ("Request number", "UM-2611-66013"), ("Prescriber", "Dr. Owen Halloway, MD")], 0.32)]),
        ("h", "Decision on a request for prior approval"),
        ("p", "Dr. Halloway asked us to approve esketamine nasal spray (J0013) with observation after each dose "
              "(99415) for diagnosis F32.2. We cannot approve it now."),
        ("p", "Why: this treatment falls under the plan's step therapy rule. Before esketamine is covered, the "
              "record must show adequate trials of two oral antidepressants from different classes and of one "
              "augmenting medicine. We found one antidepressant trial."),
        ("p", "Your rights: you or your prescriber may appeal within 180 days after you receive this letter. A "
              "standard appeal is decided within 15 days; if a delay could seriously harm your health, ask for an "
              "expedited appeal, decided within 72 hours. Write to:"),
        ("addr", addr, 14),
        ("p", "You may also ask for an external review after our final decision."),
    ]
    return case(
        n=8, slug="student-plan-esketamine-step-therapy-jpeg2000-image-pdf", lang="en", kind="pdf_img",
        device="jpeg2000", blocks=blocks, family="sans",
        patient_name="Anjali Venkataraman-Ruiz", member_id="CUS-26-0081442", claim_number="UM-2611-66013",
        nd=nd, nd_label="Date of decision", nd_fmt="long",
        proc=["J0013", "99415"], dx=["F32.2"], category="step_therapy", plan="individual_aca",
        cat_ev="step therapy", plan_ev="Student Health Insurance Plan",
        window=dict(days=180, basis="within 180 days after you receive this letter"), addr=addr,
        traps=["954-221-830", "15 days", "72 hours"],
        note="A student health insurance plan's prior-approval denial (individual_aca), a boxed header; an "
             "image-only PDF whose page was saved as a heavily compressed JPEG 2000 (wavelet smear and ringing, "
             "no blocks). Esketamine with observation before care (J0013, 99415; F32.2), step therapy. Stated 180 "
             "days after receipt. Traps: the student ID, 15 days, 72 hours.")


# --------------------------------------------------------------------------------------------- 09
def c09():
    nd, sd = "2026-11-19", ["2026-10-28", "2026-11-04"]
    addr = ["Sierra Ámbar Salud", "Atención: Departamento de Apelaciones", "6100 W Sahara Ave, Suite 300",
            "Las Vegas, NV 89146"]
    blocks = [
        ("title", "Mi Cuenta - Sierra Ámbar Salud"),
        ("small", "Plan Plata 3 del Mercado de Seguros Médicos (Marketplace)  |  " + FXS),
        ("h", "Explicación de beneficios"),
        ("kv", [("Fecha de emisión del EOB", fmt(nd, "dmy")), ("Paciente", "Yesenia Carrasco Ibarra"),
                ("Número de miembro", "SAS-0412-7789-01"), ("Número de reclamo", "NV26-118-40563"),
                ("Proveedora", "Centro Terapéutico Lumbre (fuera de la red)")], 0.38),
        ("small", "Todas las fechas de esta página están en formato día/mes/año."),
        ("table", ["Fecha", "Código", "Diagnóstico", "Cobrado", "Pagado", "Ajuste"],
         [[fmt(x, "dmy"), "90837", "F43.10", "$190.00", "$0.00", "CO-242"] for x in sd], [1.2, 1, 1.2, 1, 1, 1]),
        ("p", "Motivo CO-242: la proveedora no pertenece a la red de su plan EPO, que no cubre atención fuera de la "
              "red salvo emergencias o con una excepción aprobada."),
        ("p", "Puede apelar dentro de 180 días a partir de la fecha en que reciba este aviso. Envíe su apelación a:"),
        ("addr", addr, 14),
        ("h", "Otras reclamaciones"),
        ("table", ["Reclamo", "Fecha", "Estado"],
         [["NV26-101-39022", "14/10/2026", "Pagado"], ["NV26-122-40977", "11/11/2026", "En proceso"]], [1.5, 1, 1]),
    ]
    return case(
        n=9, slug="es-marketplace-portal-psychotherapy-out-of-network-print-preview-png", lang="es", kind="png",
        device="print_preview", blocks=blocks, family="sans",
        patient_name="Yesenia Carrasco Ibarra", member_id="SAS-0412-7789-01", claim_number="NV26-118-40563",
        nd=nd, nd_label="Fecha de emisión del EOB", nd_fmt="dmy", sd=sd, sd_fmt="dmy",
        proc=["90837"], dx=["F43.10"], carc=["CO-242"], category="out_of_network", plan="individual_aca",
        cat_ev="no pertenece a la red", plan_ev="Mercado de Seguros Médicos",
        window=dict(days=180, basis="dentro de 180 días a partir de la fecha en que reciba este aviso"), addr=addr,
        traps=["NV26-101-39022", "NV26-122-40977", "14/10/2026", "5/12/26"],
        note="A Marketplace plan's portal EOB in Spanish (Nevada), screenshotted in the browser's print-preview "
             "dialog: the page shrunk beside the print settings, with the browser's print header (date, time) and "
             "footer (web address). Psychotherapy on 2 days (90837; F43.10) out of network (CO-242). Stated 180 "
             "días from receipt. Traps: two other claims, their dates, the print header's 5/12/26.")


# --------------------------------------------------------------------------------------------- 10
def c10():
    nd, sd = "2026-11-25", ["2026-10-21", "2026-10-28"]
    addr = ["Wasatch Children's Health Plan", "Attn: Appeals", "PO Box 45820", "Salt Lake City, UT 84145-0820"]
    u = lambda x: fmt(x, "us")
    blocks = [
        ("title", "WASATCH CHILDREN'S HEALTH PLAN"),
        ("bp", "UTAH CHILDREN'S HEALTH INSURANCE PROGRAM (CHIP) - A SEPARATE CHIP, NOT MEDICAID"),
        ("small", FX.upper()),
        ("addr", ["TO THE PARENT OR GUARDIAN OF:", "MATEO ALVARADO-FINCH", "C/O DANIELA FINCH",
                  "PO BOX 118, OGDEN UT 84402"]),
        ("kv", [("DATE OF NOTICE:", u(nd)), ("MEMBER:", "MATEO ALVARADO-FINCH"), ("MEMBER NUMBER:", "WCH 3300 1187 2"),
                ("CLAIM NUMBER:", "2611 2204 9917"), ("OTHER COVERAGE ON FILE:", "GRANITE MUTUAL 77120044")], 0.42),
        ("table", ["DATE", "CODE", "DIAGNOSIS", "BILLED", "PAID", "REMARK"],
         [[u(sd[0]), "90834", "F43.23", "$140.00", "$0.00", "CO-22"],
          [u(sd[1]), "90834", "F43.23", "$140.00", "$0.00", "CO-22"],
          [u(sd[1]), "90847", "F43.23", "$155.00", "$0.00", "CO-22"]], [1.2, 1, 1.2, 1, 1, 1]),
        ("p", "WHY WE DID NOT PAY: CO-22. OUR RECORDS SHOW OTHER HEALTH COVERAGE THROUGH THE CHILD'S FATHER'S "
              "EMPLOYER PLAN THAT PAYS FIRST. THE PROVIDER SHOULD BILL THAT PLAN FIRST AND SEND US ITS EOB."),
        ("p", "IF YOU DISAGREE, YOU CAN APPEAL WITHIN 60 DAYS FROM THE DATE OF THIS NOTICE. MAIL YOUR APPEAL TO:"),
        ("addr", [a.upper() for a in addr], 14),
        ("p", "IF WE UPHOLD OUR DECISION, YOU CAN ASK THE STATE TO REVIEW IT. CALL 1-555-0190 WITH QUESTIONS."),
    ]
    return case(
        n=10, slug="chip-caps-child-therapy-other-coverage-first-camera-shake-ironing-board-photo", lang="en",
        kind="jpg", device="shake_ironing", blocks=blocks, family="sans",
        patient_name="MATEO ALVARADO-FINCH", member_id="WCH 3300 1187 2", claim_number="2611 2204 9917",
        nd=nd, nd_label="DATE OF NOTICE:", nd_fmt="us", sd=sd, sd_fmt="us",
        proc=["90834", "90847"], dx=["F43.23"], carc=["CO-22"], category="coordination_of_benefits", plan="chip",
        cat_ev="OTHER HEALTH COVERAGE", plan_ev="A SEPARATE CHIP, NOT MEDICAID",
        window=dict(days=60, basis="WITHIN 60 DAYS FROM THE DATE OF THIS NOTICE"), addr=[a.upper() for a in addr],
        traps=["DANIELA FINCH", "77120044", "PO BOX 118"],
        note="A separate CHIP's claim notice in capitals (Utah, marked fictional) for a child, addressed to the "
             "parent: family and individual therapy on 2 days (90834, 90847; F43.23) denied because the father's "
             "employer plan pays first (CO-22): coordination_of_benefits. A hand-held photo on an ironing board's "
             "printed cover, blurred along a curved shake path. Stated 60 days. Traps: the mother, the other "
             "coverage's number, the family's PO box.")


# --------------------------------------------------------------------------------------------- 11
def c11():
    nd, sd = "2026-11-06", ["2026-10-14", "2026-10-21"]
    addr = ["Plan de Empleados del Estado de Colorado", "c/o Aspen Ridge Health",
            "Atención: Apelaciones de Miembros", "3800 Grape St, Suite 210", "Denver, CO 80207"]
    blocks = [
        ("title", "Aspen Ridge Health"),
        ("small", "Administrador del Plan de Empleados del Estado de Colorado (plan de salud del gobierno estatal). "
                  + FXS),
        ("kv", [("Fecha de la determinación", fmt(nd, "es")), ("Miembro", "Teresa Villaseñor Ortega"),
                ("Núm. de miembro", "CSE 7712 0034"), ("Núm. de grupo", "CO-STATE-0410"),
                ("Reclamo", "AR-2026-10-770451"), ("Fecha de recepción", "29 de octubre de 2026")], 0.42),
        ("p", "Estimada Sra. Villaseñor Ortega:"),
        ("p", "Revisamos el reclamo por infusiones intravenosas de ketamina para el síndrome de dolor regional "
              "complejo (diagnóstico G90.59), códigos 96365, 96366 y J3490, recibidas el " + fmt(sd[0], "es")
              + " y el " + fmt(sd[1], "es") + "."),
        ("p", "Decisión: no cubierto, código CO-55. El plan considera experimental o en investigación la ketamina "
              "intravenosa para el dolor crónico, según su política médica MP-118."),
        ("p", "Usted tiene 180 días a partir de la fecha en que reciba este aviso para presentar una apelación. "
              "Envíela por escrito a:"),
        ("addr", addr, 14),
        ("p", "Puede pedir copias gratuitas de los documentos de su reclamo. Teléfono: 1-555-0133."),
        ("p", "Después de la apelación interna, puede pedir una revisión externa independiente dentro de 4 meses."),
    ]
    return case(
        n=11, slug="es-state-employees-ketamine-crps-experimental-overlapping-page-tray-photo", lang="es", kind="jpg",
        device="overlap_tray", blocks=blocks, family="sans",
        patient_name="Teresa Villaseñor Ortega", member_id="CSE 7712 0034", claim_number="AR-2026-10-770451",
        nd=nd, nd_label="Fecha de la determinación", nd_fmt="es", sd=sd, sd_fmt="es",
        proc=["96365", "96366", "J3490"], dx=["G90.59"], carc=["CO-55"], category="experimental_investigational",
        plan="governmental", cat_ev="experimental o en investigación", plan_ev="plan de salud del gobierno estatal",
        window=dict(days=180, basis="Usted tiene 180 días a partir de la fecha en que reciba este aviso"), addr=addr,
        traps=["CO-STATE-0410", "29 de octubre de 2026", "MP-118"],
        note="A state employees' plan (governmental) notice in Spanish from its administrator (Colorado, marked "
             "fictional), photographed on a hospital over-bed tray table with a pharmacy printout lying across its "
             "lower half, over the ends of its last two lines. IV ketamine for CRPS on 2 days (96365, 96366, J3490; G90.59), experimental "
             "(CO-55). Stated 180 días from receipt. Traps: the group number, the received date, the policy number.")


# --------------------------------------------------------------------------------------------- 12
def c12():
    nd, sd = "2026-11-09", ["2026-10-12", "2026-10-13", "2026-10-14", "2026-10-15"]
    addr = ["Harlow Precision Tooling Co. Employee Benefit Plan", "c/o Granite Ledger Health Services",
            "Appeals Review Unit", "PO Box 3390", "Manchester, NH 03105-3390"]
    blocks = [
        ("bp", "GRANITE LEDGER HEALTH SERVICES - Claims administrator for self-funded employer plans"),
        ("small", FX),
        ("kv", [("Letter date:", fmt(nd, "long")), ("Plan:", "Harlow Precision Tooling Co. Employee Benefit Plan"),
                ("Employee (subscriber):", "Nathan Holloway, ID GLH8820173-01"),
                ("Patient:", "Beatriz Holloway"), ("Patient ID:", "GLH8820173-02"),
                ("Claim:", "GL-26-1102-33871"), ("Provider:", "Merrimack Valley Recovery Center")]),
        ("h", "Adverse benefit determination"),
        ("p", "We have denied the intensive outpatient program claim for Beatriz Holloway (code S9480, diagnosis "
              "F33.1). Days denied:"),
        ("table", ["Date of service", "Code", "Billed", "Allowed", "Adjustment"],
         [[fmt(x, "us"), "S9480", "$520.00", "$0.00", "CO-50"] for x in sd]),
        ("p", "Reason: not medically necessary. Our reviewing psychiatrist found that the records support routine "
              "outpatient therapy, a lower level of care, rather than an intensive program."),
        ("p", "The plan is self-insured by Harlow Precision Tooling Co. and governed by ERISA. You may request an "
              "appeal within 180 days from the date you receive this notice, by writing to:"),
        ("addr", addr),
        ("p", "Call 1-555-0155 for the criteria we used, free of charge."),
    ]
    return case(
        n=12, slug="self-funded-tpa-iop-four-days-lower-level-outlook-forward-eml", lang="en", kind="eml",
        device=None, blocks=blocks,
        patient_name="Beatriz Holloway", member_id="GLH8820173-02", claim_number="GL-26-1102-33871",
        nd=nd, nd_label="Letter date:", nd_fmt="long", sd=sd, sd_fmt="us",
        proc=["S9480"], dx=["F33.1"], carc=["CO-50"], category="medical_necessity", plan="employer_erisa",
        cat_ev="not medically necessary", plan_ev="self-insured by Harlow Precision Tooling Co.",
        window=dict(days=180, basis="within 180 days from the date you receive this notice"), addr=addr,
        traps=["GLH8820173-01", "Nathan Holloway", "Carmen Ruiz-Otero"],
        extra=dict(
            outer_from="Nathan Holloway <nate.holloway@mailbox.example>",
            outer_to="Carmen Ruiz-Otero <carmen@advocacy.example>",
            outer_date="Wed, 02 Dec 2026 21:47:10 -0500",
            subject="FW: Claim determination GL-26-1102-33871",
            intro=["Carmen,", "", "Here's the denial for Bea's IOP program that I mentioned on the phone. The "
                   "letter is pasted below by the portal. Thanks for looking at it.", "", "Nate"],
            orig=[("From", "Granite Ledger Health Services <no-reply@graniteledger.example>"),
                  ("Sent", "Tuesday, November 10, 2026 3:12 PM"), ("To", "nate.holloway@mailbox.example"),
                  ("Subject", "Claim determination GL-26-1102-33871")]),
        note="A self-funded employer plan's TPA letter (ERISA) inside its e-mail, forwarded Outlook-style by the "
             "employee to an advocate (-----Original Message----- block). Intensive outpatient program on 4 days "
             "(S9480; F33.1), a lower level of care would do (CO-50): medical_necessity. Stated 180 days. Traps: "
             "the subscriber and his -01 ID, the Date header (2 Dec), the original's Sent date (10 Nov).")


# --------------------------------------------------------------------------------------------- 13
def c13():
    nd = "2026-11-30"
    addr = ["Plan de Salud Comunitario Río Verde", "Atención: Departamento de Apelaciones", "4500 Calle Alameda, Edificio B",
            "El Paso, TX 79905"]
    blocks = [
        ("title", "Plan de Salud Comunitario Río Verde"),
        ("small", "Plan de atención administrada de Medicaid (STAR) de Texas. " + FXS),
        ("h", "Aviso de determinación adversa de beneficios"),
        ("kv", [("Fecha del aviso:", fmt(nd, "es")), ("Miembro:", "Héctor Manuel Ybarra Luna"),
                ("Número de miembro del plan:", "RVC-55120984"), ("Número de Medicaid:", "5270 1188 43"),
                ("Número de autorización:", "PA-RV-2611-0788")], 0.45),
        ("p", "Su proveedor pidió aprobación para 10 días de hospitalización parcial psiquiátrica (código H0035, "
              "diagnóstico F33.2). Revisamos su solicitud de forma acelerada (rápida) porque su médico dijo que "
              "esperar podía poner en peligro su salud."),
        ("p", "Decisión: negada. Motivo: no es médicamente necesaria; según los criterios clínicos, usted puede "
              "recibir la atención en un programa ambulatorio intensivo."),
        ("p", "Tiene derecho a apelar dentro de 60 días a partir de la fecha de este aviso. Puede llamar al "
              "1-555-0114 o escribir a:"),
        ("addr", addr),
        ("p", "Si pide la apelación dentro de 10 días, los servicios ya aprobados pueden continuar. Si el plan "
              "mantiene su decisión, puede pedir una audiencia imparcial estatal dentro de 120 días."),
    ]
    return case(
        n=13, slug="es-medicaid-mco-php-expedited-denial-forwarded-by-daughter-eml", lang="es", kind="eml",
        device=None, blocks=blocks,
        patient_name="Héctor Manuel Ybarra Luna", member_id="RVC-55120984", claim_number="PA-RV-2611-0788",
        nd=nd, nd_label="Fecha del aviso:", nd_fmt="es",
        proc=["H0035"], dx=["F33.2"], category="medical_necessity", plan="medicaid",
        cat_ev="no es médicamente necesaria", plan_ev="atención administrada de Medicaid",
        urgent_ev="de forma acelerada (rápida)",
        window=dict(days=60, basis="dentro de 60 días a partir de la fecha de este aviso"), addr=addr,
        traps=["5270 1188 43", "10 días", "120 días", "Lucía Ybarra"],
        extra=dict(
            outer_from="Lucía Ybarra <lucia.ybarra@correo.example>",
            outer_to="Promotora Norma Téllez <ntellez@clinicacomunitaria.example>",
            outer_date="Fri, 04 Dec 2026 08:15:33 -0700",
            subject="Fwd: Aviso de su plan de salud - autorización PA-RV-2611-0788",
            intro=["Buenos días, Norma:", "", "Le reenvío el aviso que le llegó a mi papá. Él quiere apelar. ¿Nos "
                   "puede ayudar esta semana?", "", "Lucía"],
            orig=[("De", "Río Verde Avisos <avisos@rioverde.example>"), ("Fecha", "lun, 30 nov 2026 a las 16:02"),
                  ("Asunto", "Aviso de su plan de salud - autorización PA-RV-2611-0788"),
                  ("Para", "hector.ybarra@correo.example")]),
        note="A Medicaid managed-care plan's expedited notice in Spanish (Texas STAR, marked fictional), sent by "
             "e-mail and forwarded by the member's daughter to a community health worker (Gmail's Spanish "
             "'Mensaje reenviado'). Partial hospitalization before care (H0035; F33.2), a lower level would do: "
             "medical_necessity; urgent. Stated 60 días. Traps: the Medicaid number, the daughter, 10 and 120 "
             "días, the Date header (4 Dec).")


# --------------------------------------------------------------------------------------------- 14
def c14():
    nd, sd = "2026-11-19", ["2026-11-03", "2026-11-10"]
    addr = ["Keystone Harbor Health Insurance Co.", "Attention: Appeals", "PO Box 8806", "Pittsburgh, PA 15230-8806"]
    u = lambda x: fmt(x, "us")
    blocks = [
        ("h", "Claim details"),
        ("kv", [("Statement issued", u(nd)), ("Patient", "Siobhan O'Rourke-Lindqvist"),
                ("Member ID", "KHH-4409-1182-7"), ("Claim #", "KH2611-558023"),
                ("Plan", "Allegheny Robotics, Inc. Employee PPO (employer group plan insured by Keystone Harbor)"),
                ("Provider", "Three Rivers Family Counseling"), ("Status", "Denied")]),
        ("table", ["Service date", "Code", "Diagnosis", "Billed", "Plan paid", "Adjustment"],
         [[u(x), "90847", "Z63.0", "$175.00", "$0.00", "CO-204"] for x in sd]),
        ("p", "Why this claim was denied: CO-204. Couples counseling for relationship distress, when no mental "
              "health condition is diagnosed, is excluded under your plan (Certificate of Coverage, Exclusions, "
              "item 31)."),
        ("p", "Your appeal rights and their time limits are explained in the notice we mailed you and in your "
              "plan's Summary Plan Description. Written appeals go to:"),
        ("addr", addr),
    ]
    return case(
        n=14, slug="employer-insured-portal-claim-list-couples-counseling-excluded-html", lang="en", kind="html",
        device=None, blocks=blocks,
        patient_name="Siobhan O'Rourke-Lindqvist", member_id="KHH-4409-1182-7", claim_number="KH2611-558023",
        nd=nd, nd_label="Statement issued", nd_fmt="us", sd=sd, sd_fmt="us",
        proc=["90847"], dx=["Z63.0"], carc=["CO-204"], category="not_covered", plan="employer_erisa",
        cat_ev="is excluded under your plan", plan_ev="employer group plan insured by Keystone Harbor",
        window=dict(rule="employer_erisa"), addr=addr,
        traps=["KH2610-549911", "KH2611-561470", "90834", "10/20/2026", "12/05/2026"],
        extra=dict(
            other_claims=[["KH2610-549911", "10/20/2026", "90834", "Paid $96.40"],
                          ["KH2611-558023", "11/03/2026 - 11/10/2026", "90847", "Denied"],
                          ["KH2611-561470", "11/17/2026", "90834", "Pending"]],
            printed="Printed 12/05/2026 9:02 PM"),
        note="An insured employer PPO's member portal page (ERISA), saved as HTML: a list of three claims and the "
             "details of the denied one. Couples counseling on 2 days (90847; Z63.0) excluded (CO-204): "
             "not_covered. The page prints no time limit (it points to the mailed notice and the SPD): ERISA rule, "
             "180 days. Traps: the paid and pending claims, their 90834 and dates, the print stamp.")


# --------------------------------------------------------------------------------------------- 15
def c15():
    nd, sd = "2026-11-04", ["2026-08-24", "2026-09-14"]
    addr = ["Northbridge Student Benefits", "SHIP Appeals", "77 Summer St, 5th Floor", "Boston, MA 02110"]
    blocks = [
        ("h", "Notice of claim denial"),
        ("kv", [("Notice date", fmt(nd, "long")), ("Covered student", "Mei-Lin Castellanos"),
                ("Member number", "LSU-SHIP-22801937"), ("Claim number", "NSB-0926-11873"),
                ("Coverage", "Commonwealth Lakeshore University Student Health Insurance Plan, 2025-2026"),
                ("Coverage end date", "08/14/2026")]),
        ("table", ["Service date", "Procedure", "Diagnosis", "Amount billed", "Adjustment"],
         [[fmt(sd[0], "us"), "90792", "F41.1", "$395.00", "CO-27"],
          [fmt(sd[1], "us"), "99214", "F41.1", "$215.00", "CO-27"]]),
        ("p", "Reason: CO-27. These services were received after your student plan coverage ended on 08/14/2026, "
              "when your enrollment for the fall term was not confirmed."),
        ("p", "You may appeal within 180 days of receiving this notice. Include proof of enrollment if you "
              "believe your coverage should have continued. Mail or fax your appeal to:"),
        ("addr", addr),
        ("p", "Fax 1-555-0166. Questions: 1-555-0165 or ship@northbridge.example."),
    ]
    return case(
        n=15, slug="student-plan-portal-visits-after-coverage-ended-html", lang="en", kind="html",
        device=None, blocks=blocks,
        patient_name="Mei-Lin Castellanos", member_id="LSU-SHIP-22801937", claim_number="NSB-0926-11873",
        nd=nd, nd_label="Notice date", nd_fmt="long", sd=sd, sd_fmt="us",
        proc=["90792", "99214"], dx=["F41.1"], carc=["CO-27"], category="other", plan="individual_aca",
        cat_ev="after your student plan coverage ended", plan_ev="Student Health Insurance Plan",
        window=dict(days=180, basis="within 180 days of receiving this notice"), addr=addr,
        traps=["08/14/2026", "NSB-0726-10402", "07/30/2026"],
        extra=dict(other_claims=[["NSB-0726-10402", "07/30/2026", "90834", "Paid"],
                                 ["NSB-0926-11873", "08/24/2026, 09/14/2026", "90792, 99214", "Denied"]],
                   printed=None),
        note="A student health insurance plan's portal message (individual_aca), saved as HTML with a tab bar and "
             "a claims list. A psychiatric evaluation and a visit (90792, 99214; F41.1) after the coverage ended "
             "(CO-27): `other`, as docs/domain.md's CARC table gives for 26 and 27. Stated 180 days. Traps: the "
             "coverage end date, a paid claim and its date.")


# --------------------------------------------------------------------------------------------- 16
def c16():
    nd = "2026-11-24"
    addr = ["Oficina de Audiencias Administrativas", "Unidad de Medicaid", "2750 Center St NE, Oficina 120",
            "Salem, OR 97301"]
    blocks = [
        ("title", "Programa Medicaid de Oregón - pago por servicio"),
        ("small", "Autoridad de Salud del Estado (servicios sin plan de atención administrada). " + FXS),
        ("kv", [("Fecha de envío por correo", fmt(nd, "es")), ("Nombre del miembro", "Esperanza Ocampo Reyes"),
                ("Número de Medicaid", "OR-PM 881 204 55"), ("Fecha de nacimiento", "24 de noviembre de 1983"),
                ("Número de solicitud", "SA 2026-4471-09"), ("Proveedor", "Willamette Brain Health")]),
        ("h", "Aviso de denegación de servicios"),
        ("p", "Su proveedor pidió autorización para un tratamiento de estimulación magnética transcraneal (códigos "
              "90867 y 90868; diagnóstico F33.2). Negamos la solicitud: este tratamiento no es un servicio cubierto "
              "por el programa para adultos según la lista de servicios priorizados."),
        ("p", "Su proveedor puede pedirnos que reconsideremos la decisión con más información; esa reconsideración "
              "no es una apelación."),
        ("h", "Su derecho a una audiencia"),
        ("p", "Si no está de acuerdo, puede pedir una audiencia imparcial estatal dentro de 90 días a partir de la "
              "fecha de envío de este aviso. Llene el formulario adjunto y envíelo a:"),
        ("addr", addr),
        ("p", "Para ayuda gratuita, llame al 1-555-0117 (TTY 711)."),
    ]
    return case(
        n=16, slug="es-medicaid-ffs-tms-not-covered-docx", lang="es", kind="docx", device=None, blocks=blocks,
        patient_name="Esperanza Ocampo Reyes", member_id="OR-PM 881 204 55", claim_number="SA 2026-4471-09",
        nd=nd, nd_label="Fecha de envío por correo", nd_fmt="es",
        proc=["90867", "90868"], dx=["F33.2"], category="not_covered", plan="medicaid",
        cat_ev="no es un servicio cubierto", plan_ev="Programa Medicaid de Oregón - pago por servicio",
        window=dict(days=90, basis="dentro de 90 días a partir de la fecha de envío de este aviso"), addr=addr,
        traps=["24 de noviembre de 1983", "no es una apelación"],
        note="A fee-for-service Medicaid denial in Spanish (Oregon, marked fictional) as a Word letter with a "
             "label table. TMS before care (90867, 90868; F33.2), not a covered adult service: not_covered. No "
             "plan appeal: the fair hearing's stated 90 días from mailing and the hearing office. Traps: the DOB "
             "(same day and month as the notice), a provider reconsideration that is no appeal.")


# --------------------------------------------------------------------------------------------- 17
def c17():
    nd = "2026-12-02"
    addr = ["Silver Birch Health Plans", "Attn: Medicare Appeals and Grievances", "1401 Riverfront Dr, Suite 300",
            "Omaha, NE 68102"]
    blocks = [
        ("title", "Notice of Denial of Medical Coverage"),
        ("small", "Silver Birch Medicare Advantage (HMO), a Medicare Advantage plan of Silver Birch Health Plans. "
                  + FX),
        ("box", [("kv", [("Date of notice:", fmt(nd, "long")), ("Name:", "GERALDINE PFEIFFER-OKONKWO"),
                         ("Member number:", "SBH 900 413 627"), ("Medicare Number:", "5EG4-TE5-MK72"),
                         ("Case number:", "UM 26 3318 04")], 0.3)]),
        ("p", "We have denied the medical care listed below that you or your doctor asked for: treatment with "
              "esketamine nasal spray in the office with two hours of observation (G2083), for diagnosis F33.2."),
        ("h", "Why did we deny your request?"),
        ("p", "The care is not medically necessary for you at this time: the records sent do not show the "
              "depression scores our coverage criteria require before treatment starts."),
        ("p", "☒ We made this decision on a fast (expedited) basis because your doctor said your health could be "
              "seriously harmed by waiting."),
        ("h", "You have the right to appeal our decision"),
        ("p", "You must ask for an appeal within 65 days of the date of this notice. Fast appeals are decided "
              "within 72 hours. Mail or deliver your written appeal to:"),
        ("addr", addr, 14),
        ("p", "Or call 1-555-0177 (TTY 711), 8 a.m. to 8 p.m., seven days a week."),
    ]
    return case(
        n=17, slug="medicare-advantage-caps-esketamine-expedited-denial-boxed-text-pdf", lang="en", kind="pdf",
        device=None, blocks=blocks, family="dejavu",
        patient_name="GERALDINE PFEIFFER-OKONKWO", member_id="SBH 900 413 627", claim_number="UM 26 3318 04",
        nd=nd, nd_label="Date of notice:", nd_fmt="long",
        proc=["G2083"], dx=["F33.2"], category="medical_necessity", plan="medicare_advantage",
        cat_ev="not medically necessary", plan_ev="Medicare Advantage (HMO)",
        urgent_ev="We made this decision on a fast (expedited) basis",
        window=dict(days=65, basis="within 65 days of the date of this notice"), addr=addr,
        traps=["5EG4-TE5-MK72", "72 hours"],
        note="A Medicare Advantage plan's denial of care before it is given (the shape of the integrated denial "
             "notice), a text PDF with the member's name in capitals in a boxed header. Esketamine in the office "
             "(G2083; F33.2), not medically necessary; decided on an expedited basis (urgent). Stated 65 days. "
             "Traps: the Medicare Number, 72 hours.")


# --------------------------------------------------------------------------------------------- 18
def c18():
    nd, sd = "2026-11-23", ["2026-11-02", "2026-11-09", "2026-11-16"]
    addr = ["Cedar Valley Health Partners", "Attn: Appeals Coordinator", "PO Box 31057", "Des Moines, IA 50306-1057"]
    dl = "2027-01-22"
    blocks = [
        ("center", "CEDAR VALLEY HEALTH PARTNERS"),
        ("center", "A Medicaid managed care plan serving Iowa Medicaid members"),
        ("center", FX),
        ("sp",),
        ("right", "Date of Letter: " + fmt(nd, "us")),
        ("addr", ["Darnell Whitcombe-Oyelaran", "Member ID: CVH 0044 7812 3", "State Medicaid ID: 9981204T"]),
        ("h", "Notice of Adverse Benefit Determination"),
        ("p", "Claim CV 2611 0093 551 from Prairie Path Counseling for psychotherapy (code 90834, diagnosis "
              "F43.12) was denied for these dates:"),
        ("table", ["Date of service", "Code", "Billed", "Paid", "CARC"],
         [[fmt(x, "us"), "90834", "$120.00", "$0.00", "CO-119"] for x in sd]),
        ("p", "Reason: your plan's benefit limit of 24 outpatient psychotherapy visits per calendar year was "
              "reached on 10/26/2026. Your provider can ask us to approve more visits."),
        ("h", "How to appeal"),
        ("p", "You must file your appeal by " + fmt(dl, "long") + ". Call 1-555-0124 or write to:"),
        ("addr", addr),
        ("p", "To keep getting services that were already approved while we decide, ask within 10 days, by "
              "December 3, 2026. After our appeal decision you may ask for a State Fair Hearing within 120 days."),
    ]
    return case(
        n=18, slug="medicaid-mco-psychotherapy-visit-limit-stated-date-crlf-txt", lang="en", kind="txt",
        device=None, blocks=blocks,
        patient_name="Darnell Whitcombe-Oyelaran", member_id="CVH 0044 7812 3", claim_number="CV 2611 0093 551",
        nd=nd, nd_label="Date of Letter:", nd_fmt="us", sd=sd, sd_fmt="us",
        proc=["90834"], dx=["F43.12"], carc=["CO-119"], category="benefit_limit", plan="medicaid",
        cat_ev="benefit limit of 24 outpatient psychotherapy visits", plan_ev="A Medicaid managed care plan",
        window=dict(date=dl, date_fmt="long", basis="You must file your appeal by " + fmt(dl, "long")), addr=addr,
        traps=["9981204T", "10/26/2026", "December 3, 2026", "120 days", "10 days"],
        note="A Medicaid managed-care plan's notice (Iowa, marked fictional) as a plain-text file: CRLF line ends, "
             "80 columns, centred letterhead, an ASCII-ruled table. Psychotherapy on 3 days (90834; F43.12) past "
             "the 24-visit yearly limit (CO-119): benefit_limit. The deadline is stated as a date (January 22, "
             "2027). Traps: the state Medicaid ID, the limit's date, the 10-day continuation date, 120 days.")


ALL = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18]
