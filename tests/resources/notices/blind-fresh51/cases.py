"""FICTIONAL cases for intake set 51. Every person, plan, number and address here is invented."""
import datetime as dt

D = dt.date
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]


def us(d): return d.strftime("%m/%d/%Y")
def eu(d): return d.strftime("%d/%m/%Y")
def lng(d): return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
def es(d): return f"{d.day} de {MES[d.month-1]} de {d.year}"


def plus_days(d, n): return d + dt.timedelta(days=n)


def plus_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return D(y, m, min(d.day, calendar.monthrange(y, m)[1]))


FOOT_EN = "FICTIONAL SAMPLE - invented people, plan and numbers; not a real notice."
FOOT_ES = "MUESTRA FICTICIA - personas, plan y números inventados; no es un aviso real."

CASES = []


def add(**c):
    CASES.append(c)


# 01 ---------------------------------------------------------------------------------------------
nd = D(2026, 11, 4)
add(stem="01-self-funded-tpa-tms-partial-denial-session-cap-two-column-text-pdf", lang="en", fmt="pdf2col",
    note="A TPA's letter for a self-funded employer plan, printed in two columns: one TMS claim of three lines, the "
         "mapping session paid, two treatment sessions past the yearly session cap (CO-119) denied.",
    header=["QUILLFEATHER BENEFIT ADMINISTRATORS", "Third-party administrator for the Brackenridge Tile Works Employee Health Plan",
            "2290 Meridian Ave, Wichita, KS 67203  |  1-555-0131  |  quillfeather.example", FOOT_EN, ""],
    left=["Date of issue: " + lng(nd), "",
          "Osric T. Vandermolen", "418 Larkspur Lane", "Derby, KS 67037", "",
          "Member: Osric T. Vandermolen", "Member ID: QBA-77310-01", "Claim number: QB 26 1104 5521",
          "Provider: Prairie Neuromodulation Clinic (sample)", "Diagnosis: F33.1", "",
          "Service    Code    Billed    Plan paid   Adj.",
          "10/12/2026 90867   $410.00   $296.00     PR-2",
          "10/13/2026 90868   $265.00   $0.00       CO-119",
          "10/14/2026 90868   $265.00   $0.00       CO-119", "",
          "Lines 2 and 3 are denied: the plan year's limit of",
          "30 treatment sessions had already been reached.",
          "Line 1 was paid after your coinsurance.", "",
          "HOW TO APPEAL",
          "You may appeal within 180 days of the date of issue",
          "of this letter. Send your written appeal to:",
          "Brackenridge Tile Works Employee Health Plan",
          "c/o Quillfeather Benefit Administrators",
          "Attn: Appeals Review",
          "PO Box 38117",
          "Wichita, KS 67201"],
    right=["ABOUT YOUR PLAN", "This is a self-funded group", "health plan governed by ERISA.",
           "Quillfeather only processes", "claims; it does not insure", "the plan.", "",
           "CODES ON THIS PAGE", "CO-119: a benefit maximum", "for this period was met.",
           "PR-2: your coinsurance.", "", "QUESTIONS", "Call 1-555-0132,",
           "Mon-Fri 8am-6pm Central.", "", "You may ask for copies of",
           "documents about your claim", "free of charge.", "", "After a final internal",
           "decision you may ask for", "external review within", "4 months of that decision."],
    key=dict(patient_name="Osric T. Vandermolen", member_id="QBA-77310-01", claim_number="QB 26 1104 5521",
             notice_date=nd, service_dates=[D(2026, 10, 13), D(2026, 10, 14)], procedure_codes=["90868"],
             diagnosis_codes=["F33.1"], carc_codes=["CO-119"], denial_category="benefit_limit",
             plan_type="employer_erisa", urgent=False, appeal_deadline=plus_days(nd, 180),
             deadline_basis="within 180 days of the date of issue of this letter",
             appeals_address="Brackenridge Tile Works Employee Health Plan, c/o Quillfeather Benefit Administrators, "
                             "Attn: Appeals Review, PO Box 38117, Wichita, KS 67201"))

# 02 ---------------------------------------------------------------------------------------------
nd = D(2026, 10, 29)
add(stem="02-fehb-carrier-esketamine-no-precert-three-page-text-pdf", lang="en", fmt="pdfpages",
    note="An FEHB carrier's initial denial over three pages: three esketamine sessions (G2082) without "
         "precertification (CO-197); page 3 only rights and OPM's later review.",
    pages=[["RIDGEWAY FEDERAL EMPLOYEES HEALTH PLAN", "A plan in the Federal Employees Health Benefits (FEHB) Program",
            "900 Harbor Point Road, Lansing, MI 48906 - 1-555-0147", FOOT_EN, "",
            "October 29, 2026", "",
            "Thaddeus Okonkwo-Reyes", "77 Birchfield Court", "Okemos, MI 48864", "",
            "Enrollee: Thaddeus Okonkwo-Reyes", "Enrollee ID: R47718203",
            "Claim: FR-2026-0918-4471", "",
            "Dear Mr. Okonkwo-Reyes:", "",
            "We have denied payment for the nasal esketamine treatment sessions listed on page 2.",
            "Our brochure requires precertification before this treatment starts. We received no",
            "precertification request from your provider before the sessions were given.",
            "", "If you disagree, you must ask us in writing to reconsider within 6 months from the",
            "date of this letter. Send your request, with a copy of this letter and any records, to:", "",
            "    Ridgeway Federal Employees Health Plan", "    Attn: Reconsideration Unit",
            "    4100 Corliss Parkway, Suite 300", "    Lansing, MI 48911", "",
            "                                                     Page 1 of 3"],
           ["Claim detail - FR-2026-0918-4471 - Enrollee ID R47718203", "",
            "Date of service   Code    Units  Charged    Allowed  Paid   Reason",
            "10/06/2026        G2082   1      $890.00    $0.00    $0.00  CO-197",
            "10/09/2026        G2082   1      $890.00    $0.00    $0.00  CO-197",
            "10/13/2026        G2082   1      $890.00    $0.00    $0.00  CO-197", "",
            "Diagnosis on the claim: F32.2", "Provider: Lakeview Interventional Psychiatry (sample)", "",
            "CO-197: precertification or authorization was absent.", "",
            "                                                     Page 2 of 3"],
           ["Your rights", "",
            "If we do not reconsider in your favor, you may then ask the U.S. Office of Personnel",
            "Management (OPM) to review our decision within 90 days of our reconsideration decision.",
            "Your plan brochure, section 8, explains that step and gives OPM's address.", "",
            "You may ask for the precertification criteria we used, free of charge.", "",
            "Language help: call 1-555-0148.", "", FOOT_EN, "",
            "                                                     Page 3 of 3"]],
    key=dict(patient_name="Thaddeus Okonkwo-Reyes", member_id="R47718203", claim_number="FR-2026-0918-4471",
             notice_date=nd, service_dates=[D(2026, 10, 6), D(2026, 10, 9), D(2026, 10, 13)],
             procedure_codes=["G2082"], diagnosis_codes=["F32.2"], carc_codes=["CO-197"],
             denial_category="prior_authorization", plan_type="fehb", urgent=False,
             appeal_deadline=plus_months(nd, 6), deadline_basis="within 6 months from the date of this letter",
             appeals_address="Ridgeway Federal Employees Health Plan, Attn: Reconsideration Unit, "
                             "4100 Corliss Parkway, Suite 300, Lansing, MI 48911"))

# 03 ---------------------------------------------------------------------------------------------
nd = D(2026, 11, 18)
dl = D(2027, 3, 18)
add(stem="03-original-medicare-msn-facet-injections-stated-deadline-date-text-pdf", lang="en", fmt="pdfpages",
    note="An Original Medicare Part B summary notice: one claim, the office visit approved, two facet-joint injection "
         "lines denied as not reasonable and necessary; no CARC or diagnosis printed; the deadline printed as a date.",
    pages=[["Medicare Summary Notice for Part B (Medical Insurance)", FOOT_EN, "",
            "Geraldine M. Postlethwaite            Notice date: November 18, 2026",
            "2 Quarry Hill Road                    Medicare Number: 5TR8-QK2-MX47",
            "Millbrook, NY 12545                   Customer service: 1-555-0150", "",
            "Your Claims for Part B", "",
            "Claim number 26302884117050   Hudson Spine and Pain Associates (sample)",
            "Service date   Service                           Approved?   Medicare paid   Notes",
            "10/08/2026     Office visit (99213)              Yes         $71.12          ",
            "10/08/2026     Facet joint injection (64493)     No          $0.00           A",
            "10/08/2026     Facet joint injection (64494)     No          $0.00           A", "",
            "Notes: A  Medicare does not pay for this item or service because it is not reasonable",
            "          and necessary for your condition as documented.", "",
            "How to handle denied claims or file an appeal",
            "Deadline to file an appeal: March 18, 2027", "",
            "Circle the services you disagree with, explain why, sign, and send this page to:",
            "    Lakemont Medicare Administrative Services", "    Part B Redeterminations",
            "    PO Box 61730", "    Omaha, NE 68106", "",
            "Get help: 1-555-0150 (sample). Do not send appeals to the return address on the envelope."]],
    key=dict(patient_name="Geraldine M. Postlethwaite", member_id="5TR8-QK2-MX47", claim_number="26302884117050",
             notice_date=nd, service_dates=[D(2026, 10, 8)], procedure_codes=["64493", "64494"],
             diagnosis_codes=[], carc_codes=[], denial_category="medical_necessity", plan_type="medicare",
             urgent=False, appeal_deadline=dl, deadline_basis="Deadline to file an appeal: March 18, 2027",
             appeals_address="Lakemont Medicare Administrative Services, Part B Redeterminations, PO Box 61730, "
                             "Omaha, NE 68106"))

# 04 ---------------------------------------------------------------------------------------------
nd = D(2026, 11, 12)
add(stem="04-es-medicaid-mco-noabd-psychotherapy-not-necessary-day-first-text-pdf", lang="es", fmt="pdfpages",
    note="A Medicaid managed-care plan's Spanish notice of adverse benefit determination: two 60-minute psychotherapy "
         "sessions not medically necessary (CO-50); table dates day first with a printed hint; date of birth printed.",
    pages=[["PLAN DE SALUD COMUNITARIO MESA ALTA", "Plan de atención administrada de Medicaid",
            "1500 Calle Encino, Las Cruces, NM 88001 - 1-555-0161", FOOT_ES, "",
            "AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", "",
            "Fecha del aviso: " + es(nd), "",
            "Miembro: Inés Carvajal Muñoz", "Fecha de nacimiento: 14/02/1988",
            "Número de identificación de Medicaid: 700418836", "Número de reclamo: MA-26-88410", "",
            "Las fechas de la tabla están en formato DD/MM/AAAA.",
            "Fecha      Código  Diagnóstico  Decisión   Código de ajuste",
            "05/10/2026  90837   F43.10       Denegado   CO-50",
            "19/10/2026  90837   F43.10       Denegado   CO-50", "",
            "Motivo: el plan determinó que las sesiones de 60 minutos no eran médicamente necesarias;",
            "sus registros no muestran por qué no bastaba una sesión más corta.", "",
            "Su derecho a apelar: puede pedir una apelación dentro de 60 días a partir de la fecha de",
            "este aviso. Envíe su apelación por escrito a:",
            "   Plan de Salud Comunitario Mesa Alta", "   Atención: Unidad de Apelaciones",
            "   Apartado Postal 27045", "   Las Cruces, NM 88004", "",
            "Si el plan mantiene la denegación, puede pedir una audiencia imparcial estatal dentro de 120",
            "días de la decisión de la apelación. Continuación de beneficios: si pide la apelación dentro de",
            "10 días, el servicio puede continuar mientras se decide.", "Ayuda: 1-555-0162."]],
    key=dict(patient_name="Inés Carvajal Muñoz", member_id="700418836", claim_number="MA-26-88410", notice_date=nd,
             service_dates=[D(2026, 10, 5), D(2026, 10, 19)], procedure_codes=["90837"], diagnosis_codes=["F43.10"],
             carc_codes=["CO-50"], denial_category="medical_necessity", plan_type="medicaid", urgent=False,
             appeal_deadline=plus_days(nd, 60), deadline_basis="dentro de 60 días a partir de la fecha de este aviso",
             appeals_address="Plan de Salud Comunitario Mesa Alta, Atención: Unidad de Apelaciones, "
                             "Apartado Postal 27045, Las Cruces, NM 88004"))

# 05 ---------------------------------------------------------------------------------------------
nd = D(2026, 10, 30)
add(stem="05-part-d-pbm-coverage-denial-pain-drug-nonformulary-pencil-crosshatch-scan-pdf", lang="en",
    fmt="imgpdf", defect="pencil_crosshatch",
    note="A Part D plan's coverage-determination denial sent by its pharmacy benefit manager: an extended-release "
         "pain drug not on the formulary. No codes or service dates. Image-only PDF; a reader cross-hatched the "
         "member-services paragraph out in pencil before scanning.",
    lines=["TESSALINE PHARMACY SOLUTIONS", "for Cobalt Ridge Rx (PDP), a Medicare Part D prescription drug plan",
           "PO Box 90711, Tulsa, OK 74190   1-555-0170", FOOT_EN, "",
           "NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE", "",
           "Date: 10/30/2026", "",
           "Name: Wendell A. Marchetti", "Member ID: CRX88310472", "Request number: CD-26-1027-0093",
           "Drug requested: pregabalin extended-release 165 mg tablets", "",
           "We denied your request. This drug is not on our plan's list of covered drugs",
           "(formulary), and you have not asked for a formulary exception.", "",
           "Member services hours are 8 a.m. to 8 p.m., seven days a week. Hold times",
           "are longest on Mondays. This paragraph has nothing to do with your request.", "",
           "You have the right to ask us for a redetermination (appeal). You must request",
           "a redetermination within 65 days from the date of this notice. Mail it to:",
           "   Cobalt Ridge Rx", "   Attn: Part D Redeterminations", "   PO Box 90772",
           "   Tulsa, OK 74190", "Or fax it to 1-555-0171.", "",
           "If your health could be seriously harmed by waiting, ask for a fast decision."],
    key=dict(patient_name="Wendell A. Marchetti", member_id="CRX88310472", claim_number="CD-26-1027-0093",
             notice_date=nd, service_dates=[], procedure_codes=[], diagnosis_codes=[], carc_codes=[],
             denial_category="not_covered", plan_type="medicare_part_d", urgent=False,
             appeal_deadline=plus_days(nd, 65), deadline_basis="within 65 days from the date of this notice",
             appeals_address="Cobalt Ridge Rx, Attn: Part D Redeterminations, PO Box 90772, Tulsa, OK 74190"))

# 06 ---------------------------------------------------------------------------------------------
nd = D(2026, 10, 20)
add(stem="06-tricare-family-member-ketamine-unproven-red-led-strip-photo", lang="en", fmt="jpg", defect="red_led",
    note="A TRICARE regional contractor's denial for an active-duty family member: two IV ketamine infusions "
         "unproven (CO-55). Phone photo under a red LED strip light: the paper is red, blue and green channels dim.",
    lines=["MERIDIAN CREST HEALTH SOLUTIONS", "TRICARE East Region contractor (sample)", FOOT_EN, "",
           "October 20, 2026", "",
           "Corbin L. Ashdown", "1406 Sentry Oak Drive", "Fayetteville, NC 28314", "",
           "Beneficiary: Corbin L. Ashdown (active-duty family member)",
           "DoD Benefits Number: 1029384756", "Claim number: TE 26 3301 08842", "",
           "Dates of service: 09/22/2026 and 09/25/2026",
           "Procedures: 96365, J3490     Diagnosis: F43.12", "Reason code: CO-55", "",
           "TRICARE does not cover this care. Ketamine infusion for this condition is",
           "unproven under 32 CFR 199.4(g)(15): it has not been shown safe and effective.", "",
           "You may ask for a reconsideration. Your request must be postmarked or received",
           "within 90 days from the date of this notice. Mail it to:",
           "   Meridian Crest Health Solutions", "   TRICARE Reconsiderations",
           "   PO Box 200417", "   Fayetteville, NC 28302", "",
           "Beneficiary counseling: 1-555-0172."],
    key=dict(patient_name="Corbin L. Ashdown", member_id="1029384756", claim_number="TE 26 3301 08842",
             notice_date=nd, service_dates=[D(2026, 9, 22), D(2026, 9, 25)], procedure_codes=["96365", "J3490"],
             diagnosis_codes=["F43.12"], carc_codes=["CO-55"], denial_category="experimental_investigational",
             plan_type="tricare", urgent=False, appeal_deadline=plus_days(nd, 90),
             deadline_basis="within 90 days from the date of this notice",
             appeals_address="Meridian Crest Health Solutions, TRICARE Reconsiderations, PO Box 200417, "
                             "Fayetteville, NC 28302"))

# 07 ---------------------------------------------------------------------------------------------
nd = D(2026, 11, 9)
add(stem="07-county-employees-eob-three-claims-rf-ablation-not-necessary-ink-blot-photo", lang="en", fmt="jpg",
    defect="ink_blot",
    note="A county employees' plan statement of three claims: an office visit and physical therapy paid, a "
         "radiofrequency ablation claim denied (CO-50). Photo; a large fountain-pen ink blot and its spatter sit in the "
         "right margin beside the claim rows (print untouched, the blot and drops a dense dark shape OCR may read).",
    lines=["TAMARIND COUNTY EMPLOYEES HEALTH PLAN", "Self-funded governmental plan of Tamarind County", FOOT_EN, "",
           "EXPLANATION OF BENEFITS      Statement date: 11/09/2026", "",
           "Employee: Rosalind V. Tranquada     ID: TCE-550192-00", "",
           "Claim 26-1012-3301  Patient: Rosalind V. Tranquada  Status: PAID",
           "  10/12/2026  99204  billed $240.00  paid $172.00  PR-2",
           "Claim 26-1015-7719  Patient: Rosalind V. Tranquada  Status: DENIED",
           "  10/15/2026  64635  billed $1,980.00  paid $0.00  CO-50",
           "  Diagnosis: M47.816",
           "Claim 26-1020-0458  Patient: Rosalind V. Tranquada  Status: PAID",
           "  10/20/2026  97110  billed $150.00  paid $120.00  PR-3", "",
           "CO-50: the plan found the service not medically necessary.", "",
           "You have 180 days from the date of this statement to file an appeal.",
           "Mail appeals to:", "   Tamarind County Employees Health Plan", "   Attn: Claim Appeals",
           "   1200 Civic Center Drive, Room 410", "   Ventura Springs, CA 93009", "",
           "Benefits office: 1-555-0174"],
    key=dict(patient_name="Rosalind V. Tranquada", member_id="TCE-550192-00", claim_number="26-1015-7719",
             notice_date=nd, service_dates=[D(2026, 10, 15)], procedure_codes=["64635"],
             diagnosis_codes=["M47.816"], carc_codes=["CO-50"], denial_category="medical_necessity",
             plan_type="governmental", urgent=False, appeal_deadline=plus_days(nd, 180),
             deadline_basis="180 days from the date of this statement",
             appeals_address="Tamarind County Employees Health Plan, Attn: Claim Appeals, "
                             "1200 Civic Center Drive, Room 410, Ventura Springs, CA 93009"))

# 08 ---------------------------------------------------------------------------------------------
nd = D(2026, 11, 2)
add(stem="08-church-plan-iop-out-of-network-subject-lift-cutout-rgba-png", lang="en", fmt="png", defect="cutout",
    note="A church plan's letter: intensive outpatient days at an out-of-network program (CO-242). The phone's "
         "'lift subject' cut-out saved as an RGBA PNG: transparent surround, a ragged cut edge that clips letters.",
    lines=["FELLOWSHIP OF HARBOR CHURCHES HEALTH PLAN", "A church plan - 77 Chapel Row, Harrisburg, PA 17101",
           FOOT_EN, "", "November 2, 2026", "",
           "Re: Ezra P. Montford, ID FHC-3097714", "Claim: CLM 448 2076 15", "",
           "Dear Ezra P. Montford,", "",
           "We cannot pay for the intensive outpatient program days below. The program",
           "is not in our network and no network exception was approved.", "",
           "   09/28/2026   S9480   F33.2   CO-242   $0.00 paid",
           "   09/30/2026   S9480   F33.2   CO-242   $0.00 paid",
           "   10/02/2026   S9480   F33.2   CO-242   $0.00 paid", "",
           "You may appeal within 180 days after you receive this letter. Write to:",
           "   Fellowship of Harbor Churches Health Plan", "   Attn: Appeals Committee",
           "   77 Chapel Row, Suite 2", "   Harrisburg, PA 17101", "",
           "Questions: 1-555-0176"],
    key=dict(patient_name="Ezra P. Montford", member_id="FHC-3097714", claim_number="CLM 448 2076 15",
             notice_date=nd, service_dates=[D(2026, 9, 28), D(2026, 9, 30), D(2026, 10, 2)],
             procedure_codes=["S9480"], diagnosis_codes=["F33.2"], carc_codes=["CO-242"],
             denial_category="out_of_network", plan_type="church", urgent=False,
             appeal_deadline=plus_days(nd, 180), deadline_basis="within 180 days after you receive this letter",
             appeals_address="Fellowship of Harbor Churches Health Plan, Attn: Appeals Committee, "
                             "77 Chapel Row, Suite 2, Harrisburg, PA 17101"))

# 09 ---------------------------------------------------------------------------------------------
nd = D(2026, 10, 27)
add(stem="09-short-term-policy-ketamine-assisted-therapy-excluded-boxed-header-docx", lang="en", fmt="docx",
    note="A short-term, limited-duration policy's denial in Word with a boxed header (labels over values): "
         "ketamine-assisted psychotherapy excluded (CO-204). Only a policy number identifies the insured.",
    header_table=[["Date", "Insured", "Policy number", "Claim"],
                  [us(nd), "Delia F. Kowalczyk", "STM-0044819-KS", "SB-26-77120"]],
    lines=["SUMMIT BRIDGE INSURANCE COMPANY", "Short-Term Medical - a short-term, limited-duration policy",
           "PO Box 4400, Topeka, KS 66601 - 1-555-0178", FOOT_EN, "",
           "Claim decision", "",
           "Service date: 10/07/2026. Codes billed: 90837 and J3490. Diagnosis: F41.1.",
           "Adjustment: CO-204 - this service is not covered under the insured's policy.", "",
           "Your policy excludes drug-assisted psychotherapy (Exclusions, item 14). We therefore deny",
           "the claim in full.", "",
           "If you disagree, write to us within 60 days of the date of this letter and tell us why.",
           "Send it to:", "Summit Bridge Insurance Company", "Attn: Grievances and Appeals",
           "PO Box 4480", "Topeka, KS 66601", "",
           "This policy is not subject to the appeal rules of the Affordable Care Act."],
    key=dict(patient_name="Delia F. Kowalczyk", member_id="STM-0044819-KS", claim_number="SB-26-77120",
             notice_date=nd, service_dates=[D(2026, 10, 7)], procedure_codes=["90837", "J3490"],
             diagnosis_codes=["F41.1"], carc_codes=["CO-204"], denial_category="not_covered",
             plan_type="short_term", urgent=False, appeal_deadline=plus_days(nd, 60),
             deadline_basis="within 60 days of the date of this letter",
             appeals_address="Summit Bridge Insurance Company, Attn: Grievances and Appeals, PO Box 4480, "
                             "Topeka, KS 66601"))

# 10 ---------------------------------------------------------------------------------------------
nd = D(2026, 11, 23)
add(stem="10-marketplace-reviewer-fax-expedited-tms-preservice-not-necessary-docx", lang="en", fmt="docx",
    note="A utilization-review firm's faxed letter (Word) for a Marketplace plan: an expedited pre-service TMS "
         "request denied as not medically necessary. A fax cover with its own later date comes first. No "
         "service dates and no CARC printed.",
    header_table=None,
    lines=["FAX COVER SHEET", "Date: 11/24/2026   Pages: 3 including cover", "To: Anselm R. Whitcombe",
           "From: Northfield Review Partners (sample)  Fax 1-555-0181", "", FOOT_EN, "",
           "NORTHFIELD REVIEW PARTNERS", "Utilization review agent for Cascadia Marketplace Health Plan",
           "(a Health Insurance Marketplace plan)", "",
           "Notice date: 11/23/2026", "",
           "Patient: Anselm R. Whitcombe", "Member ID: CMK-20881457", "Authorization number: UR-26-51190",
           "Requested: 90867 and 90868 (transcranial magnetic stimulation course)", "Diagnosis: F33.2", "",
           "You asked for an expedited (urgent) review of this request. A board-certified",
           "psychiatrist reviewed it and found the treatment not medically necessary at this time:",
           "the records show one antidepressant trial, and the plan's criteria ask for two.", "",
           "You may appeal within 180 days of receiving this notice. Because your request was",
           "urgent, you may ask for an expedited appeal by phone at 1-555-0182. Written appeals go to:",
           "Cascadia Marketplace Health Plan", "Attn: Expedited Appeals", "PO Box 7122",
           "Olympia, WA 98507"],
    key=dict(patient_name="Anselm R. Whitcombe", member_id="CMK-20881457", claim_number="UR-26-51190",
             notice_date=nd, service_dates=[], procedure_codes=["90867", "90868"], diagnosis_codes=["F33.2"],
             carc_codes=[], denial_category="medical_necessity", plan_type="individual_aca", urgent=True,
             appeal_deadline=plus_days(nd, 180), deadline_basis="within 180 days of receiving this notice",
             appeals_address="Cascadia Marketplace Health Plan, Attn: Expedited Appeals, PO Box 7122, "
                             "Olympia, WA 98507"))

# 11 ---------------------------------------------------------------------------------------------
nd = D(2026, 11, 10)
add(stem="11-marketplace-html-email-esketamine-missing-ndc-eml", lang="en", fmt="eml_html",
    note="A Marketplace plan's HTML e-mail (plain part a stub): two esketamine sessions denied for missing "
         "information (CO-16, the drug's NDC). Sent the day after the notice date in its body.",
    email=dict(frm="Bluewater Valley Health <notices@bluewatervalley.example>",
               to="Hollis J. Paderewski <hjp@mailbox.example>", date="Wed, 11 Nov 2026 07:42:10 -0800",
               subject="Claim decision 7712-0940-2613"),
    lines=["BLUEWATER VALLEY HEALTH - a Health Insurance Marketplace plan", FOOT_EN,
           "Notice date: " + lng(nd),
           "Member name: Hollis J. Paderewski", "Member ID: BVH-71920044", "Claim number: 7712-0940-2613",
           "TABLE", "Service date|Code|Diagnosis|Plan paid|Adjustment",
           "10/14/2026|G2083|F33.2|$0.00|CO-16", "10/16/2026|G2083|F33.2|$0.00|CO-16", "ENDTABLE",
           "We need more information to process this claim: the provider's bill did not give the National "
           "Drug Code of the medicine used. Your provider can send a corrected claim.",
           "If you disagree with this decision you may file an appeal within 180 days of the notice date.",
           "Appeals Department address:", "Bluewater Valley Health", "Appeals Department", "PO Box 55190",
           "Portland, OR 97238"],
    key=dict(patient_name="Hollis J. Paderewski", member_id="BVH-71920044", claim_number="7712-0940-2613",
             notice_date=nd, service_dates=[D(2026, 10, 14), D(2026, 10, 16)], procedure_codes=["G2083"],
             diagnosis_codes=["F33.2"], carc_codes=["CO-16"], denial_category="coding_billing",
             plan_type="individual_aca", urgent=False, appeal_deadline=plus_days(nd, 180),
             deadline_basis="within 180 days of the notice date",
             appeals_address="Bluewater Valley Health, Appeals Department, PO Box 55190, Portland, OR 97238"))

# 12 ---------------------------------------------------------------------------------------------
nd = D(2026, 10, 26)
add(stem="12-medicare-advantage-tms-no-auth-forwarded-as-attachment-eml", lang="en", fmt="eml_attached",
    note="A clinic's billing office forwards a Medicare Advantage HMO's payment denial as an attached message: "
         "two TMS sessions without authorization (CO-197). Outer and inner e-mails both dated after the notice.",
    email=dict(frm="Billing Desk <billing@pinecrestneuro.example>", to="Lucinda Farrow <lwfarrow@mailbox.example>",
               date="Mon, 02 Nov 2026 10:15:00 -0500", subject="Fwd: Your plan's decision on TMS",
               note="Hi Ms. Farrow, the plan's letter is attached below. Call us at 1-555-0185 with questions.",
               ifrm="Keystone Harbor Medicare Advantage <letters@keystoneharbor.example>",
               ito="Pinecrest Neuro Billing <billing@pinecrestneuro.example>",
               idate="Tue, 27 Oct 2026 16:03:44 -0400", isubject="Notice of denial of payment KH26-10-889431"),
    lines=["Keystone Harbor Medicare Advantage (HMO)", FOOT_EN, "",
           "NOTICE OF DENIAL OF PAYMENT", "Date: October 26, 2026", "",
           "Enrollee: Lucinda W. Farrow", "Member number: KHM448201937", "Claim number: KH26-10-889431", "",
           "Services: 90868 on 10/01/2026 and 10/02/2026 (diagnosis F33.1)", "Adjustment: CO-197", "",
           "We will not pay for these services because they were not authorized before they were given.", "",
           "If you disagree, you must ask for a reconsideration within 65 days from the date of this notice.",
           "Mail your request to:", "Keystone Harbor Medicare Advantage", "Attn: Appeals and Grievances",
           "PO Box 31907", "Scranton, PA 18505", "", "Member services: 1-555-0186"],
    key=dict(patient_name="Lucinda W. Farrow", member_id="KHM448201937", claim_number="KH26-10-889431",
             notice_date=nd, service_dates=[D(2026, 10, 1), D(2026, 10, 2)], procedure_codes=["90868"],
             diagnosis_codes=["F33.1"], carc_codes=["CO-197"], denial_category="prior_authorization",
             plan_type="medicare_advantage", urgent=False, appeal_deadline=plus_days(nd, 65),
             deadline_basis="within 65 days from the date of this notice",
             appeals_address="Keystone Harbor Medicare Advantage, Attn: Appeals and Grievances, PO Box 31907, "
                             "Scranton, PA 18505"))

# 13 ---------------------------------------------------------------------------------------------
nd = D(2026, 12, 2)
add(stem="13-state-employees-plan-final-internal-decision-epidural-upheld-portal-txt", lang="en", fmt="txt",
    note="A state employees' plan's final internal decision, saved from its portal as text: an epidural steroid "
         "injection denial upheld; the external review window is printed and its office named. Claim number is "
         "the original claim's, not the appeal reference.",
    lines=["Silverlake State Employees Health Benefit Plan - Member Portal - Letters", FOOT_EN, "",
           "Letter type ........ Final internal adverse benefit determination",
           "Decision date ...... 12/02/2026",
           "Member ............. Marguerite O. Castellanos",
           "Member ID .......... SEHBP-300917264",
           "Original claim ..... SL-26-0815-3392",
           "Appeal reference ... APL-26-2207",
           "Service ............ 62323 on 08/14/2026, diagnosis M54.16, adjustment CO-50", "",
           "We reviewed your appeal of the denial of the lumbar epidural injection. We uphold our",
           "decision: the records do not show the six weeks of conservative care the plan's criteria",
           "require. This is the final internal decision; no further internal appeal is available.", "",
           "You may ask for an independent external review within 4 months after the date of this",
           "decision. Send your request for external review to:",
           "  Kentucky Office of Health Plan External Review (sample)",
           "  210 Statehouse Plaza, Suite 8",
           "  Frankfort, KY 40601", "",
           "This is a governmental plan sponsored by the State of Kentucky for its employees (sample).",
           "[Print]  [Download PDF]  [Back to letters]"],
    key=dict(patient_name="Marguerite O. Castellanos", member_id="SEHBP-300917264", claim_number="SL-26-0815-3392",
             notice_date=nd, service_dates=[D(2026, 8, 14)], procedure_codes=["62323"], diagnosis_codes=["M54.16"],
             carc_codes=["CO-50"], denial_category="medical_necessity", plan_type="governmental", urgent=False,
             appeal_deadline=plus_months(nd, 4), deadline_basis="within 4 months after the date of this decision",
             appeals_address="Kentucky Office of Health Plan External Review (sample), 210 Statehouse Plaza, "
                             "Suite 8, Frankfort, KY 40601"))

# 14 ---------------------------------------------------------------------------------------------
nd = D(2026, 11, 9)
add(stem="14-es-chip-child-psychotherapy-no-prior-auth-to-parent-corner-fold-png", lang="es", fmt="png",
    defect="corner_fold",
    note="A separate CHIP plan's Spanish letter to a mother about her son: two psychotherapy sessions without prior "
         "authorization (CO-197); table dates day first. Photo with the top-right corner folded over (a dog-ear "
         "showing the grey back of the sheet).",
    lines=["PLAN INFANTIL SOL DE VALLE", "Programa de Seguro Médico para Niños (CHIP)", FOOT_ES, "",
           "San Antonio, " + es(nd), "",
           "Sra. Beatriz Quintanilla", "Calle Nogal 219", "San Antonio, TX 78207", "",
           "Paciente: Mateo Ibarra Quintanilla", "Número de miembro: CHP-6620194-01", "Reclamo: SV-26-40187", "",
           "Fecha (DD/MM/AAAA)   Código   Diagnóstico   Ajuste",
           "02/10/2026           90834    F90.2         CO-197",
           "16/10/2026           90834    F90.2         CO-197", "",
           "No pagamos estas sesiones porque no se pidió la autorización previa.",
           "Este plan es CHIP separado; no es Medicaid.", "",
           "Puede apelar dentro de 60 días a partir de la fecha de este aviso. Envíe su apelación a:",
           "   Plan Infantil Sol de Valle", "   Departamento de Apelaciones", "   Apartado Postal 11842",
           "   San Antonio, TX 78211", "", "Ayuda en español: 1-555-0188"],
    key=dict(patient_name="Mateo Ibarra Quintanilla", member_id="CHP-6620194-01", claim_number="SV-26-40187",
             notice_date=nd, service_dates=[D(2026, 10, 2), D(2026, 10, 16)], procedure_codes=["90834"],
             diagnosis_codes=["F90.2"], carc_codes=["CO-197"], denial_category="prior_authorization",
             plan_type="chip", urgent=False, appeal_deadline=plus_days(nd, 60),
             deadline_basis="dentro de 60 días a partir de la fecha de este aviso",
             appeals_address="Plan Infantil Sol de Valle, Departamento de Apelaciones, Apartado Postal 11842, "
                             "San Antonio, TX 78211"))

# 15 ---------------------------------------------------------------------------------------------
nd = D(2026, 11, 3)
add(stem="15-es-part-d-lidocaine-patch-not-on-formulary-bates-stamped-packbits-tiff", lang="es", fmt="tif",
    defect="bates_packbits",
    note="A Part D plan's Spanish coverage denial for lidocaine patches (not on the formulary). Grey TIFF with "
         "PackBits compression from a legal-aid office's copy: a Bates number stamped at the foot and a "
         "'RECEIVED' box at the top right with its own later date.",
    lines=["PLAN DE MEDICAMENTOS HORIZONTE CLARO (PDP)", "Plan de medicamentos recetados de Medicare", FOOT_ES, "",
           "AVISO DE DENEGACIÓN DE COBERTURA DE MEDICAMENTOS DE LA PARTE D", "",
           "Fecha del aviso: " + es(nd), "",
           "Nombre: Rogelio Anaya Betancourt", "Número de miembro: HCL907733104",
           "Número de solicitud: DC-2026-114502", "Medicamento: parches de lidocaína al 5%", "",
           "Denegamos su solicitud porque este medicamento no está en la lista de medicamentos",
           "cubiertos (formulario) del plan.", "",
           "Tiene derecho a pedir una redeterminación. Debe pedirla dentro de 65 días a partir",
           "de la fecha de este aviso. Envíela a:",
           "   Plan de Medicamentos Horizonte Claro", "   Atención: Redeterminaciones de la Parte D",
           "   Apartado Postal 66015", "   Phoenix, AZ 85082", "",
           "Si su salud puede sufrir por esperar, pida una decisión rápida."],
    key=dict(patient_name="Rogelio Anaya Betancourt", member_id="HCL907733104", claim_number="DC-2026-114502",
             notice_date=nd, service_dates=[], procedure_codes=[], diagnosis_codes=[], carc_codes=[],
             denial_category="not_covered", plan_type="medicare_part_d", urgent=False,
             appeal_deadline=plus_days(nd, 65), deadline_basis="dentro de 65 días a partir de la fecha de este aviso",
             appeals_address="Plan de Medicamentos Horizonte Claro, Atención: Redeterminaciones de la Parte D, "
                             "Apartado Postal 66015, Phoenix, AZ 85082"))

# 16 ---------------------------------------------------------------------------------------------
nd = D(2026, 10, 21)
add(stem="16-es-marketplace-stellate-ganglion-block-experimental-docx", lang="es", fmt="docx",
    note="A Marketplace plan's Spanish explanation of benefits in Word: a stellate ganglion block for PTSD "
         "denied as experimental (CO-55), the same day's evaluation paid beside it.",
    header_table=[["Fecha del aviso", "Asegurada", "ID de miembro", "Número de reclamo"],
                  [es(nd), "Yolanda Echeverría Soto", "SAD-4471902", "EX 2026 0930 118"]],
    lines=["SALUD ABIERTA DEL DESIERTO", "Plan del Mercado de Seguros Médicos", FOOT_ES, "",
           "EXPLICACIÓN DE BENEFICIOS", "",
           "TABLE", "Fecha|Código|Diagnóstico|Pagado por el plan|Ajuste",
           "30/09/2026|99204|F43.10|$165.00|PR-2",
           "30/09/2026|64510|F43.10|$0.00|CO-55", "ENDTABLE",
           "Las fechas están en formato día/mes/año.", "",
           "El bloqueo del ganglio estrellado para el trastorno de estrés postraumático se considera "
           "experimental o de investigación según la política médica del plan. La consulta se pagó.", "",
           "Puede apelar dentro de 180 días a partir de la fecha de este aviso. Envíe su apelación a:",
           "Salud Abierta del Desierto", "Atención: Apelaciones", "4500 Avenida Central, Suite 210",
           "Albuquerque, NM 87108"],
    key=dict(patient_name="Yolanda Echeverría Soto", member_id="SAD-4471902", claim_number="EX 2026 0930 118",
             notice_date=nd, service_dates=[D(2026, 9, 30)], procedure_codes=["64510"], diagnosis_codes=["F43.10"],
             carc_codes=["CO-55"], denial_category="experimental_investigational", plan_type="individual_aca",
             urgent=False, appeal_deadline=plus_days(nd, 180),
             deadline_basis="dentro de 180 días a partir de la fecha de este aviso",
             appeals_address="Salud Abierta del Desierto, Atención: Apelaciones, 4500 Avenida Central, Suite 210, "
                             "Albuquerque, NM 87108"))

# 17 ---------------------------------------------------------------------------------------------
nd = D(2026, 11, 4)
add(stem="17-es-self-funded-tpa-tms-week-no-auth-plain-email-eml", lang="es", fmt="eml_plain",
    note="A TPA's plain-text Spanish e-mail (quoted-printable) for a self-funded employer plan: a week of TMS "
         "sessions written as a list of days, no prior authorization (CO-197).",
    email=dict(frm="Administradora Puente Sereno <avisos@puentesereno.example>",
               to="Esperanza Villalobos Ruiz <evr@correo.example>", date="Thu, 05 Nov 2026 09:20:00 -0500",
               subject="Aviso de denegación - reclamo PS-26-91470"),
    lines=["ADMINISTRADORA PUENTE SERENO", "Administrador del Plan Médico de Empleados de Conservas Marea Alta",
           "(plan autofinanciado del empleador, sujeto a ERISA)", FOOT_ES, "",
           "Fecha del aviso: " + es(nd), "",
           "Asegurada: Esperanza Villalobos Ruiz", "ID de miembro: APS-330817-01", "Reclamo: PS-26-91470", "",
           "Denegamos las sesiones de estimulación magnética transcraneal (código 90868, diagnóstico F33.2)",
           "de los días 19, 20, 21, 22 y 23 de octubre de 2026. Código de ajuste: CO-197.",
           "Motivo: no se pidió la autorización previa que exige el plan.", "",
           "Puede apelar dentro de 180 días a partir de la fecha en que reciba este aviso. Envíe su",
           "apelación por escrito a:", "Plan Médico de Empleados de Conservas Marea Alta",
           "c/o Administradora Puente Sereno", "Atención: Apelaciones", "Apartado Postal 5519",
           "Miami, FL 33152", "", "Teléfono: 1-555-0190"],
    list_dates=True,
    key=dict(patient_name="Esperanza Villalobos Ruiz", member_id="APS-330817-01", claim_number="PS-26-91470",
             notice_date=nd, service_dates=[D(2026, 10, d) for d in (19, 20, 21, 22, 23)],
             procedure_codes=["90868"], diagnosis_codes=["F33.2"], carc_codes=["CO-197"],
             denial_category="prior_authorization", plan_type="employer_erisa", urgent=False,
             appeal_deadline=plus_days(nd, 180),
             deadline_basis="dentro de 180 días a partir de la fecha en que reciba este aviso",
             appeals_address="Plan Médico de Empleados de Conservas Marea Alta, c/o Administradora Puente Sereno, "
                             "Atención: Apelaciones, Apartado Postal 5519, Miami, FL 33152"))

# 18 ---------------------------------------------------------------------------------------------
nd = D(2026, 11, 16)
add(stem="18-es-medicaid-mco-appeal-resolution-nerve-block-upheld-fair-hearing-txt", lang="es", fmt="txt",
    note="A Medicaid managed-care plan's Spanish notice of appeal resolution: a nerve-block denial upheld; the fair "
         "hearing's 120-day window printed and its office named. Date of birth printed; claim number is the "
         "original claim's.",
    lines=["PLAN COMUNITARIO RÍO VERDE - Plan de atención administrada de Medicaid", FOOT_ES, "",
           "AVISO DE RESOLUCIÓN DE LA APELACIÓN", "Fecha: " + es(nd), "",
           "Miembro: Aurelio Santillán Paz", "Fecha de nacimiento: 3 de marzo de 1959",
           "Número de Medicaid: 880214573", "Reclamo original: RV-26-0711-5530", "Número de apelación: AP-26-3318", "",
           "Servicio: bloqueo de nervio (64450) del 11 de julio de 2026, diagnóstico M79.2, ajuste CO-50.", "",
           "Revisamos su apelación. Mantenemos la denegación: el servicio no fue médicamente necesario según",
           "los criterios del plan. Ya no hay otra apelación con el plan.", "",
           "Puede pedir una audiencia imparcial estatal dentro de 120 días calendario a partir de la fecha de",
           "este aviso de resolución. Envíe su solicitud a:",
           "   Oficina de Audiencias Imparciales (muestra)", "   Departamento de Servicios Humanos",
           "   Apartado Postal 2470", "   Santa Fe, NM 87504", "",
           "Ayuda gratuita: 1-555-0192"],
    key=dict(patient_name="Aurelio Santillán Paz", member_id="880214573", claim_number="RV-26-0711-5530",
             notice_date=nd, service_dates=[D(2026, 7, 11)], procedure_codes=["64450"], diagnosis_codes=["M79.2"],
             carc_codes=["CO-50"], denial_category="medical_necessity", plan_type="medicaid", urgent=False,
             appeal_deadline=plus_days(nd, 120),
             deadline_basis="dentro de 120 días calendario a partir de la fecha de este aviso de resolución",
             appeals_address="Oficina de Audiencias Imparciales (muestra), Departamento de Servicios Humanos, "
                             "Apartado Postal 2470, Santa Fe, NM 87504"))
