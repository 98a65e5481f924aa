"""Set 55, case 07 (FICTIONAL): city employees' plan (governmental, self-funded), IV ketamine maintenance denied as
"authorization ended 09/30/2026"; the clinic asked for the extension on 09/22/2026, before it ended, as the Plan
Document allows, and the plan never decided it; first internal appeal by the clinic for its own claim."""

SLUG = "07-city-plan-self-funded-ketamine-maintenance-auth-ended-extension-asked-before-end-never-decided-clinic"

CASE_YAML = """
# FICTIONAL CASE (set 55, case 07) - every person, plan, provider, number and address is invented.
# City employees' plan (governmental, self-funded, 2,100 employees), Virginia. Nadia Castellanos, 37, in remission
# from treatment-resistant depression on monthly IV ketamine maintenance, had authorization PA-26-0402-1188 (6
# infusions, 04/06-09/30/2026). The clinic asked for an extension through the plan's portal and by fax on 09/22/2026;
# the plan never answered. Infusions of 10/13 and 11/10/2026 were denied (CO-197): "authorization ended 09/30/2026".
# Plan Document Section 7.4: an extension asked before the authorization ends is decided within 15 days, and care
# given while it is pending is reviewed under the request. The clinic appeals its own claim.
patient:
  name: Nadia Castellanos
  salutation: Ms. Castellanos
  date_of_birth: 1989-11-04
  member_id: FICT-CFS-20458831
  address: |-
    2716 Grove Avenue
    Richmond, VA 23220
insurer:
  name: City of Fairmont Springs Employee Health Plan (FICTIONAL), administered by Old Dominion Plan Services
  appeals_address: |-
    Old Dominion Plan Services - Appeals (FICTIONAL)
    PO Box 27781
    Richmond, VA 23261
  fax: (804) 555-0169
claim:
  number: CLM-26-1112-40871
  plan_type: governmental
  funding: self_funded
  employees: 2100
  notice_date: 2026-11-19
  service_dates: [2026-10-13, 2026-11-10]
  setting: outpatient
  procedure_codes: [96365, J3490]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-197]
  denial_reason: >-
    CO-197 Precertification/authorization absent. Authorization PA-26-0402-1188 ended 09/30/2026. No authorization is
    on file for these dates of service.
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  coding_correct: true
  action: none
plan_policy:
  name: City of Fairmont Springs Employee Health Plan, Plan Document 2026, Section 7.4 "Extending an authorization"
  number: Section 7.4
  quote: >-
    An authorization covers the care, dates and number of services it names. The provider may ask us to extend an
    authorization for the same care. We will decide a request for extension received before the authorization ends
    within 15 days after we receive it, and care given while that request is pending is reviewed under the request,
    not denied for lack of authorization.
  file: other/plan-document-2026-section-7-4-excerpt.txt
prior_auth:
  requested_on: 2026-09-22
  reference: EXT-26-0922-0417
  never_decided: true
  proof:
    - other/extension-request-fax-report-2026-09-22.txt
    - other/portal-acknowledgment-ext-26-0922-0417.txt
  approved:
    number: authorization PA-26-0402-1188
    date: 2026-04-02
    covers: IV ketamine maintenance infusions, up to 6, 04/06/2026 through 09/30/2026
    quote: "Approved: ketamine infusion, maintenance, 96365 and J3490, up to 6 infusions, 04/06/2026 - 09/30/2026."
    file: other/authorization-approval-2026-04-02.txt
    from: 2026-04-06
    through: 2026-09-30
    extension_asked: 2026-09-22
    lines:
      - {code: 96365, units: 6, given: 6}
treatment:
  name: Intravenous ketamine maintenance infusions (96365, J3490), 10/13/2026 and 11/10/2026
  summary: >-
    Monthly ketamine maintenance infusions that have kept her depression in remission since the spring of 2026; the
    plan authorized the same care through 09/30/2026.
  plan: >-
    Ketamine 0.5 mg/kg over 40 minutes once a month through 03/2027, MADRS at each visit; taper the interval to every
    6 weeks if remission holds at 03/2027.
  setting: Harbor Lane Ketamine & Wellness Center, an infusion suite staffed for airway care
  monitoring: Continuous pulse oximetry, blood pressure every 15 minutes, observation until discharge criteria are met
clinical:
  severity: MADRS 11 (11/10/2026); MADRS 38 before the acute series (02/2026)
  severity_date: 2026-11-10
  suicidality: none
  suicidality_date: 2026-11-10
  response: MADRS 38 (02/2026) to 11 (11/10/2026) on the acute series and monthly maintenance
  response_level: remission
  treating_since: 2026-02
  exclusions: Screened before the acute series (02/2026) - no psychosis, no substance use disorder, blood pressure controlled
  history:
    - drug: IV ketamine, acute series and monthly maintenance
      dose: 0.5 mg/kg over 40 minutes
      start: 2026-02
      ongoing: true
      kind: other
      response: remission
      outcome: Remission (MADRS 38 to 11); monthly maintenance continues
      evidence: {file: clinical/infusion-records-2026-10-13-and-11-10.txt, page: 1}
    - drug: Vortioxetine
      dose: 10 mg daily
      start: 2025-06-01
      end: 2025-06-19
      kind: antidepressant
      adequate: false
      outcome: Stopped after 18 days for persistent nausea and vomiting (intolerance)
      evidence: {file: clinical/infusion-records-2026-10-13-and-11-10.txt, page: 1}
    - drug: Lamotrigine
      dose: 100 mg daily
      start: 2025-09
      ongoing: true
      kind: other
      outcome: Mood stabilizer, continues; not an antidepressant
      evidence: {file: clinical/infusion-records-2026-10-13-and-11-10.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2025-10
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/infusion-records-2026-10-13-and-11-10.txt, page: 1}
author:
  name: Jolene Whitacre
  role: Revenue cycle manager, Harbor Lane Ketamine & Wellness Center (the treating clinic)
  relation: provider
  address: |-
    Harbor Lane Ketamine & Wellness Center (FICTIONAL), 1801 Libbie Avenue, Suite 120
    Richmond, VA 23226
  phone: (804) 555-0138
  email: billing@harborlaneketamine.example
provider:
  name: Harbor Lane Ketamine & Wellness Center
  credentials: Outpatient infusion clinic; attending physician Theodore Nwachukwu-Ames, MD, anesthesiology
  npi: "1923846707"
  address: |-
    1801 Libbie Avenue, Suite 120
    Richmond, VA 23226
  phone: (804) 555-0138
employer:
  name: City of Fairmont Springs (FICTIONAL), Department of Human Resources, Benefits
  address: |-
    100 Municipal Plaza
    Fairmont Springs, VA 23230
record_dates:
  - file: clinical/infusion-records-2026-10-13-and-11-10.txt
    date: 2026-11-10
copies: [employer]
bates_prefix: CASTELLANOS
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-11-19.txt": """
OLD DOMINION PLAN SERVICES (FICTIONAL) for the City of Fairmont Springs Employee Health Plan
EXPLANATION OF BENEFITS / NOTICE OF ADVERSE BENEFIT DETERMINATION                          Date: 11/19/2026
Patient: Nadia Castellanos   Member ID FICT-CFS-20458831   Claim CLM-26-1112-40871
Provider: Harbor Lane Ketamine & Wellness Center, NPI 1923846707
10/13/2026  96365 x1, J3490   Billed $725.00   Paid $0.00   CO-197
11/10/2026  96365 x1, J3490   Billed $725.00   Paid $0.00   CO-197
CO-197 Precertification/authorization absent. Authorization PA-26-0402-1188 ended 09/30/2026. No authorization is
on file for these dates of service.
You or your provider may appeal within 180 days of receiving this notice. The Plan has one level of internal appeal.
FICTIONAL notice.
""",
    "other/plan-document-2026-section-7-4-excerpt.txt": """
CITY OF FAIRMONT SPRINGS EMPLOYEE HEALTH PLAN (FICTIONAL) - PLAN DOCUMENT 2026 (plan year 01/01-12/31/2026)
Section 7.4 Extending an authorization
An authorization covers the care, dates and number of services it names. The provider may ask us to extend an
authorization for the same care. We will decide a request for extension received before the authorization ends
within 15 days after we receive it, and care given while that request is pending is reviewed under the request,
not denied for lack of authorization.
FICTIONAL plan document excerpt.
""",
    "other/authorization-approval-2026-04-02.txt": """
OLD DOMINION PLAN SERVICES (FICTIONAL) - AUTHORIZATION APPROVAL                              Date: 04/02/2026
Patient: Nadia Castellanos   Provider: Harbor Lane Ketamine & Wellness Center   Number: PA-26-0402-1188
Approved: ketamine infusion, maintenance, 96365 and J3490, up to 6 infusions, 04/06/2026 - 09/30/2026.
To continue care after this period, the provider may request an extension before it ends (Plan Document 7.4).
FICTIONAL approval.
""",
    "other/authorization-approval-2025-stale.txt": """
OLD DOMINION PLAN SERVICES (FICTIONAL) - AUTHORIZATION APPROVAL, 2025
Patient: N. Castellanos   Number: PA-25-0310-0562   Approved: ketamine infusion, acute series, 6 infusions,
03/10/2025 - 04/30/2025 (not used: the series was postponed and began in 02/2026 under a new request).
Out of date. FICTIONAL.
""",
    "other/extension-request-fax-report-2026-09-22.txt": """
HARBOR LANE KETAMINE & WELLNESS CENTER (FICTIONAL) - FAX TRANSMISSION REPORT
09/22/2026 11:06 am   To: (804) 555-0170 (Old Dominion utilization management)   Pages: 5   Result: OK
Contents: request to extend authorization PA-26-0402-1188 (ketamine maintenance, monthly, 10/2026-03/2027) with the
infusion notes - N. Castellanos
09/22/2026 11:19 am   To: (804) 555-0170   Pages: 3   Result: OK   Contents: new request - patient R. Delgado-Finch
(another patient; not part of this appeal)
FICTIONAL report.
""",
    "other/portal-acknowledgment-ext-26-0922-0417.txt": """
OLD DOMINION PLAN SERVICES (FICTIONAL) - PROVIDER PORTAL
Request received: 09/22/2026 11:02 am   Reference: EXT-26-0922-0417
Type: extension of PA-26-0402-1188   Patient: Nadia Castellanos   Status (printed 11/20/2026): Pending review
FICTIONAL printout.
""",
    "clinical/infusion-records-2026-10-13-and-11-10.txt": """
HARBOR LANE KETAMINE & WELLNESS CENTER (FICTIONAL) - INFUSION RECORDS
Patient: Nadia Castellanos   DOB 11/04/1989   Physician: Theodore Nwachukwu-Ames, MD
Diagnosis: major depressive disorder, recurrent, severe (F33.2), in remission on ketamine (MADRS 38 in 02/2026 before
the acute series). Maintenance monthly since 04/2026.
10/13/2026: ketamine 0.5 mg/kg IV over 40 minutes; pre-MADRS 12; vitals stable; discharged at 90 minutes.
11/10/2026: ketamine 0.5 mg/kg IV over 40 minutes; pre-MADRS 11; vitals stable; discharged at 90 minutes.
No suicidal ideation at either visit.
Other medicines: lamotrigine 100 mg daily (mood stabilizer, continues); mirtazapine 7.5 mg at bedtime for sleep.
Screened before the acute series (02/2026): no psychosis, no substance use disorder, blood pressure controlled.
Past: vortioxetine 10 mg 06/2025, stopped after 18 days for persistent nausea and vomiting.
Plan: monthly maintenance through 03/2027; extension of the authorization requested 09/22/2026.
FICTIONAL record.
""",
}

TRUTH = """# 07 - City employees' plan: ketamine maintenance denied as "authorization ended 09/30/2026" although an extension was asked for on 09/22 and never decided; first internal appeal by the clinic (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Nadia Castellanos, 37, in the **City of Fairmont Springs Employee Health Plan** (a governmental plan, self-funded,
  2,100 employees; TPA Old Dominion), is in remission from recurrent severe depression (MADRS 38 -> 11) on monthly IV
  ketamine maintenance.
- **Authorization PA-26-0402-1188**: up to **6 infusions, 04/06/2026-09/30/2026**; all 6 were given in that period.
- The clinic asked to **extend** it on **09/22/2026** (portal reference **EXT-26-0922-0417**, 11:02 am; fax 11:06 am,
  OK) - **8 days before it ended**. The portal still shows "Pending review" on 11/20/2026: **never decided**.
- **Plan Document 2026, Section 7.4**: a request for extension received before the authorization ends is decided
  **within 15 days** (here by **10/07/2026**, before the first date of care, 10/13/2026), and "care given while that
  request is pending is reviewed under the request, not denied for lack of authorization."
- The EOB of **11/19/2026** (CLM-26-1112-40871) denied the infusions of **10/13/2026 and 11/10/2026** (CO-197:
  "authorization ended 09/30/2026. No authorization is on file").
- **Rule and stage:** a non-federal governmental plan: 45 CFR 147.136(b)(2)(i), applying the ERISA claims rule's
  standards; **first (only) internal appeal within 180 days of receipt: by 05/18/2027** (counted from the notice
  date); post-service decision within 60 days. Not ERISA itself (29 USC 1003(b)(1)).
- **Author:** the clinic's revenue cycle manager, for the clinic (a party to its own claim); no patient authorization
  needed; writes about "Ms. Castellanos" / "the patient".

## Deliberately unknown
- Why the plan did not decide the extension: unknown; a letter may ask for its record of EXT-26-0922-0417.
- Whether external review reaches an authorization denial that does not turn on medical judgment: unknown; a letter
  must not promise it.
- The allowed amount: not in the case.

## Traps
- **A date decides:** the request for extension came before the authorization ended (09/22 < 09/30) and was never
  decided; the 15 days ran out on 10/07, before the first date of care. Never "the clinic failed to ask", never a
  request for "retroactive authorization".
- **Dates outside the approval:** 10/13 and 11/10 are after 09/30; the letter must not say they fall within
  PA-26-0402-1188, nor that the plan "denied them although approved" - it asks for the extension to be decided and
  the claim reviewed under the request, as Section 7.4 says.
- **Stale document:** the 2025 approval (PA-25-0310-0562, unused) is not the authorization at issue.
- **Other person on a document:** R. Delgado-Finch on the fax report.
- **Not antidepressants:** lamotrigine (mood stabilizer) continues; mirtazapine 7.5 mg is a sleep dose; vortioxetine
  was stopped after 18 days for nausea (intolerance). Medical necessity is not in dispute: no clinical reviewer
  request, no peer-to-peer as the ground.
- **Wrong law:** no ERISA as governing law (no 29 CFR 2560.503-1 cited alone, no EBSA), no Medicaid, no MHPAEA
  employer-plan claim unless framed under 45 CFR 146.136 (the case does not say the plan opted out).
- **Voice:** the clinic writes as the provider, for its own claim; never "I" as the patient, never "on the patient's
  behalf" as her representative.

## Arguments a strong letter makes (strongest first)
1. The clinic asked to extend PA-26-0402-1188 on 09/22/2026, before it ended (portal EXT-26-0922-0417, fax report);
   under Plan Document 7.4 the plan had to decide within 15 days (by 10/07/2026) and may not deny care given while
   the request is pending for lack of authorization. The request was never decided.
2. Decide the extension now, on its merits, and reprocess the 10/13 and 11/10/2026 infusions under it (not as a
   retroactive authorization).
3. The care is the same care the plan authorized through 09/30 (6 of 6 given); the patient is in remission on it.
4. Correct the record: the portal shows the request pending; "No authorization is on file" leaves it out.

## What a letter must NOT say
- "within the authorized period" for 10/13 or 11/10; "retroactive authorization".
- "the clinic did not request an extension"; "PA-25-0310-0562" as the authorization.
- "Delgado-Finch"; "failed vortioxetine" as an adequate trial; lamotrigine or mirtazapine as antidepressant trials.
- "ERISA" as the governing law; "29 CFR 2560.503-1" alone; "EBSA"; "medically necessary" as the ground; "peer-to-peer".
- "I" as the patient; "on behalf of Ms. Castellanos" as her representative.
"""

ANSWERS = [
    ("Date of the EOB", "Date: 11/19/2026", "denial/explanation-of-benefits-2026-11-19.txt"),
    ("The denial's words", "Authorization PA-26-0402-1188 ended 09/30/2026", "denial/explanation-of-benefits-2026-11-19.txt"),
    ("Dates denied", "10/13/2026  96365 x1, J3490", "denial/explanation-of-benefits-2026-11-19.txt"),
    ("Internal appeal levels", "The Plan has one level of internal appeal.", "denial/explanation-of-benefits-2026-11-19.txt"),
    ("The approval's period", "up to 6 infusions, 04/06/2026 - 09/30/2026", "other/authorization-approval-2026-04-02.txt"),
    ("What the approval says about continuing", "the provider may request an extension before it ends",
     "other/authorization-approval-2026-04-02.txt"),
    ("The Plan Document's decision time", "within 15 days after we receive it", "other/plan-document-2026-section-7-4-excerpt.txt"),
    ("The Plan Document on pending care",
     "care given while that request is pending is reviewed under the request, not denied for lack of authorization",
     "other/plan-document-2026-section-7-4-excerpt.txt"),
    ("When the extension was asked (portal)", "Request received: 09/22/2026 11:02 am", "other/portal-acknowledgment-ext-26-0922-0417.txt"),
    ("The plan's reference", "EXT-26-0922-0417", "other/portal-acknowledgment-ext-26-0922-0417.txt"),
    ("Status of the request", "Pending review", "other/portal-acknowledgment-ext-26-0922-0417.txt"),
    ("Fax of the request", "09/22/2026 11:06 am", "other/extension-request-fax-report-2026-09-22.txt"),
    ("Other patient on the fax report", "R. Delgado-Finch", "other/extension-request-fax-report-2026-09-22.txt"),
    ("Response on maintenance", "pre-MADRS 11", "clinical/infusion-records-2026-10-13-and-11-10.txt"),
    ("Why vortioxetine was stopped", "stopped after 18 days for persistent nausea and vomiting",
     "clinical/infusion-records-2026-10-13-and-11-10.txt"),
    ("Day the plan's 15 days ran out", "by **10/07/2026**", "truth"),
]
