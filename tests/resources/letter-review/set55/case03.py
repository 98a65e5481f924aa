"""Set 55, case 03 (FICTIONAL): Medicaid managed care, WA, adult 29 on Sublocade; the plan ends an authorization
running to 02/28/2027 as "non-preferred", but the state PDL the plan's own handbook adopts lists it as preferred;
notice 5 days before the end; expedited plan appeal by a legal-aid attorney."""

SLUG = "03-medicaid-mco-sublocade-ended-state-pdl-preferred-5-days-notice-expedited-appeal-legal-aid"

CASE_YAML = """
# FICTIONAL CASE (set 55, case 03) - every person, plan, provider, number and address is invented.
# Medicaid managed care (Washington Apple Health), Tyler Brandvold, 29, in remission from opioid use disorder on
# monthly buprenorphine extended-release injections (Sublocade) authorized through 02/28/2027. A notice dated
# 11/30/2026 ends the authorization on 12/05/2026 as "non-preferred on the plan's preferred drug list". The plan's
# 2026 handbook says it uses the state's single PDL, which lists Sublocade as preferred without prior authorization
# from 07/01/2026. A legal-aid attorney files an expedited plan appeal on 12/06 and asks that the care continue.
patient:
  name: Tyler Brandvold
  salutation: Mr. Brandvold
  date_of_birth: 1997-01-15
  member_id: FICT-CCH-88204517
  address: |-
    1419 West Maxwell Avenue, Apt 6
    Spokane, WA 99201
  phone: (509) 555-0121
insurer:
  name: Cascadia Community Health Plan (FICTIONAL), an Apple Health managed care plan
  appeals_address: |-
    Cascadia Community Health Plan - Appeals (FICTIONAL)
    PO Box 44120
    Spokane, WA 99220
  fax: (509) 555-0163
claim:
  number: NABD-26-1130-02291
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-30
  appeal_deadline: 2027-01-29
  deadline_basis: >-
    Notice of adverse benefit determination of 11/30/2026: "You have 60 calendar days from the date of this notice to
    ask for an appeal."
  action: end
  action_date: 2026-12-05
  urgent: true
  service_dates: [2026-12-12]
  pending_services: "[monthly injections from 12/12/2026 through 02/28/2027]"
  setting: outpatient
  procedure_codes: [Q9991, 96372]
  diagnosis_codes: [F11.20]
  denial_reason: >-
    Your authorization for buprenorphine extended-release injection (Sublocade) ends 12/05/2026. Sublocade is a
    non-preferred drug on the Cascadia Community Health Plan preferred drug list. You must use the preferred drug,
    buprenorphine-naloxone sublingual film, first.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
plan_policy:
  name: Cascadia Community Health Plan Pharmacy Review, preferred drug list check of 11/2026
  quote: >-
    Sublocade is a non-preferred drug on the Cascadia Community Health Plan preferred drug list. You must use the
    preferred drug, buprenorphine-naloxone sublingual film, first.
  file: denial/notice-of-adverse-benefit-determination-2026-11-30.txt
  listed:
    name: Washington Apple Health Preferred Drug List, effective 07/01/2026 (FICTIONAL excerpt)
    entry: "Buprenorphine extended-release injection (Sublocade) - Preferred - no prior authorization"
    file: other/apple-health-pdl-2026-07-01-excerpt.txt
    page: 1
    as: a preferred drug, covered without prior authorization
  other_terms: >-
    Cascadia uses the Apple Health Preferred Drug List set by the state. If a drug is preferred on that list, we
    cover it the same way.
  other_terms_file: other/member-handbook-2026-section-8-1-excerpt.txt
  other_terms_apply: >-
    Since 07/01/2026 the state's list names Sublocade as preferred without prior authorization, so by the plan's
    own handbook it covers Sublocade the same way; the plan's 2025 formulary, which had it non-preferred, no longer
    governs.
prior_auth:
  approved:
    number: authorization PA-26-0901-41172
    date: 2026-09-01
    covers: Sublocade 100 mg monthly injection, 09/01/2026 through 02/28/2027
    quote: "Approved: buprenorphine extended-release (Sublocade) 100 mg monthly, Q9991, 09/01/2026 - 02/28/2027."
    file: other/authorization-approval-2026-09-01.txt
    from: 2026-09-01
    through: 2027-02-28
    lines:
      - {code: Q9991, units: 6, given: 3}
payer_criteria:
  - criterion: Use the preferred drug, buprenorphine-naloxone sublingual film, first
    how_met: >-
      Buprenorphine-naloxone film 16 mg/4 mg daily 06/2025-02/2026; missed doses, recurrent fentanyl use and a
      nonfatal overdose on 02/08/2026
    met: true
    evidence: {file: clinical/addiction-medicine-note-2026-11-14.txt, page: 1}
treatment:
  name: Buprenorphine extended-release injection (Sublocade) 100 mg monthly (Q9991)
  summary: >-
    Monthly buprenorphine extended-release injections have kept him in remission from opioid use disorder since
    April 2026, after sublingual buprenorphine-naloxone ended in a nonfatal overdose.
  plan: >-
    Sublocade 100 mg by subcutaneous injection every month (next 12/12/2026), urine drug testing monthly, counseling
    every two weeks; review at 02/2027.
  setting: Riverside Recovery Clinic, an outpatient addiction medicine clinic
clinical:
  severity: >-
    Opioid use disorder, severe, in early remission on Sublocade; urine drug screens negative for fentanyl since
    04/2026 (latest 11/14/2026)
  severity_date: 2026-11-14
  suicidality: none
  suicidality_date: 2026-11-14
  response: Urine drug screens negative for fentanyl every month since 04/2026; working full time since 07/2026
  response_level: remission
  treating_since: 2025-06
  history:
    - drug: Buprenorphine extended-release injection (Sublocade)
      dose: 300 mg monthly x2, then 100 mg monthly
      start: 2026-03
      ongoing: true
      kind: other
      response: remission
      outcome: Remission; every urine drug screen negative for fentanyl since 04/2026
      evidence: {file: clinical/addiction-medicine-note-2026-11-14.txt, page: 1}
    - drug: Buprenorphine-naloxone sublingual film
      dose: 16 mg/4 mg daily
      start: 2025-06
      end: 2026-02
      kind: other
      adequate: true
      failed: true
      response: none
      outcome: Missed doses and recurrent fentanyl use; nonfatal overdose on 02/08/2026
      evidence: {file: clinical/addiction-medicine-note-2026-11-14.txt, page: 1}
    - drug: Naltrexone extended-release injection
      dose: 380 mg monthly (2 injections)
      start: 2024-03
      end: 2024-04
      kind: other
      adequate: false
      outcome: Stopped after 2 injections for a severe injection-site reaction (intolerance)
      evidence: {file: clinical/addiction-medicine-note-2026-11-14.txt, page: 1}
    - drug: Methadone (opioid treatment program)
      dose: 90 mg daily
      start: 2021-03
      end: 2022-08
      kind: other
      response: remission
      failed: false
      outcome: Stable in an earlier period; ended when he moved to a county with no program
      evidence: {file: clinical/addiction-medicine-note-2026-11-14.txt, page: 1}
    - drug: Sertraline
      dose: 100 mg daily (for depression)
      start: 2025-09
      ongoing: true
      kind: antidepressant
      outcome: Continues for depression; not a treatment of the opioid use disorder
      evidence: {file: clinical/addiction-medicine-note-2026-11-14.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime as needed for sleep
      start: 2026-05
      ongoing: true
      kind: other
      outcome: Sleep aid only
      evidence: {file: clinical/addiction-medicine-note-2026-11-14.txt, page: 1}
impact:
  work: He has worked full time at a warehouse since 07/2026.
  hospitalizations: Emergency department after a nonfatal fentanyl overdose on 02/08/2026.
  relapse: Each earlier interruption of treatment (2022, 2024, 2025-2026) was followed by a return to opioid use.
urgency:
  reason: >-
    His next injection is due on 12/12/2026; stopping it, or switching him back to the sublingual film that ended in
    an overdose in February 2026, puts him at serious risk of relapse and a fatal overdose.
  certified_by: Samuel Aldana-Fisk, MD
author:
  name: Priya Halvorsen
  role: Staff attorney, Evergreen Health Law Project (FICTIONAL), authorized representative
  relation: representative
  authorization: other/authorization-to-represent-2026-12-01.txt
  address: |-
    Evergreen Health Law Project (FICTIONAL), 25 West Main Avenue, Suite 400
    Spokane, WA 99201
  phone: (509) 555-0126
  email: phalvorsen@evergreenhealthlaw.example
provider:
  name: Samuel Aldana-Fisk, MD
  credentials: MD, addiction medicine
  npi: "1245780360"
  address: |-
    Riverside Recovery Clinic (FICTIONAL), 610 North Division Street
    Spokane, WA 99202
  phone: (509) 555-0133
record_dates:
  - file: clinical/addiction-medicine-note-2026-11-14.txt
    date: 2026-11-14
template: expedited-appeal
copies: [prescriber]
bates_prefix: BRANDVOLD
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-adverse-benefit-determination-2026-11-30.txt": """
CASCADIA COMMUNITY HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION      Date: 11/30/2026
Member: Tyler Brandvold   Apple Health ID FICT-CCH-88204517   Reference NABD-26-1130-02291
Service: buprenorphine extended-release injection (Sublocade) 100 mg monthly, Q9991
Action: we are ending this service. Effective date: 12/05/2026.

Your authorization for buprenorphine extended-release injection (Sublocade) ends 12/05/2026. Sublocade is a
non-preferred drug on the Cascadia Community Health Plan preferred drug list. You must use the preferred drug,
buprenorphine-naloxone sublingual film, first.

You have 60 calendar days from the date of this notice to ask for an appeal. If you want your services to continue
during the appeal, you must ask within 10 days of the date of this notice or before the effective date, whichever
is later. Ask for an expedited appeal if waiting could seriously harm your health. Mail: Appeals, PO Box 44120,
Spokane, WA 99220. Fax: (509) 555-0163. After the plan's appeal you may ask for a state hearing.
FICTIONAL notice.
""",
    "other/apple-health-pdl-2026-07-01-excerpt.txt": """
WASHINGTON APPLE HEALTH PREFERRED DRUG LIST (FICTIONAL EXCERPT FOR A TEST CASE) - effective 07/01/2026 - page 14
Opioid use disorder treatments (all Apple Health managed care plans use this list)
  Buprenorphine extended-release injection (Sublocade) - Preferred - no prior authorization
  Buprenorphine-naloxone sublingual film - Preferred - no prior authorization
  Naltrexone extended-release injection - Preferred - no prior authorization
FICTIONAL excerpt; not the state's real list.
""",
    "other/member-handbook-2026-section-8-1-excerpt.txt": """
CASCADIA COMMUNITY HEALTH PLAN (FICTIONAL) - APPLE HEALTH MEMBER HANDBOOK 2026, Section 8.1 Prescription drugs
Cascadia uses the Apple Health Preferred Drug List set by the state. If a drug is preferred on that list, we
cover it the same way.
FICTIONAL handbook excerpt.
""",
    "other/cascadia-formulary-2025-stale.txt": """
CASCADIA COMMUNITY HEALTH PLAN (FICTIONAL) - PLAN FORMULARY 2025 (replaced by the state list from 07/01/2026)
Buprenorphine extended-release injection (Sublocade): non-preferred; prior authorization; step through sublingual
buprenorphine-naloxone.
FICTIONAL; out of date.
""",
    "other/authorization-approval-2026-09-01.txt": """
CASCADIA COMMUNITY HEALTH PLAN (FICTIONAL) - AUTHORIZATION APPROVAL                      Date: 09/01/2026
Member: Tyler Brandvold   Provider: Samuel Aldana-Fisk, MD, Riverside Recovery Clinic
Number: PA-26-0901-41172
Approved: buprenorphine extended-release (Sublocade) 100 mg monthly, Q9991, 09/01/2026 - 02/28/2027.
FICTIONAL approval.
""",
    "clinical/addiction-medicine-note-2026-11-14.txt": """
RIVERSIDE RECOVERY CLINIC (FICTIONAL) - ADDICTION MEDICINE VISIT                         Date: 11/14/2026
Patient: Tyler Brandvold   DOB 01/15/1997   Physician: Samuel Aldana-Fisk, MD
Opioid use disorder, severe (F11.20), in early remission on Sublocade. Sublocade 300 mg 03/2026 and 04/2026, then
100 mg monthly (under the current authorization: 09/14/2026, 10/14/2026 and today); injection given today; next due 12/12/2026. Urine drug screen today negative for fentanyl and
opioids other than buprenorphine, as every month since 04/2026. Working full time at a warehouse since 07/2026.
History: methadone 90 mg daily in an opioid treatment program 03/2021-08/2022, stable; ended when he moved to a
county with no program, followed by relapse. Naltrexone ER 380 mg, 2 injections 03/2024-04/2024, stopped for a
severe injection-site reaction. Buprenorphine-naloxone film 16 mg/4 mg daily 06/2025-02/2026: missed doses and
recurrent fentanyl use; nonfatal overdose on 02/08/2026 (emergency department).
Also: sertraline 100 mg daily for depression (continues); hydroxyzine 25 mg at bedtime as needed for sleep.
No suicidal ideation.
Plan: continue Sublocade 100 mg monthly; returning to the film is not safe for him.
FICTIONAL record.
""",
    "other/clinic-fax-packet-page-4-other-patient.txt": """
RIVERSIDE RECOVERY CLINIC (FICTIONAL) - LAB RESULT (page 4 of a fax packet sent to the plan on 11/20/2026)
Patient: J. Whitlock (another patient; this page was sent in error and is not part of this appeal)
Urine drug screen 11/18/2026: positive for fentanyl.
FICTIONAL.
""",
    "other/authorization-to-represent-2026-12-01.txt": """
AUTHORIZATION TO REPRESENT (FICTIONAL)
I, Tyler Brandvold (Apple Health ID FICT-CCH-88204517), authorize Priya Halvorsen of the Evergreen Health Law
Project to file appeals and ask for a state hearing for me with Cascadia Community Health Plan, and to receive my
health information for that purpose.
Signed: Tyler Brandvold, 12/01/2026.
FICTIONAL.
""",
}

TRUTH = """# 03 - Medicaid managed care: Sublocade ended as "non-preferred" while the state PDL the plan adopts lists it as preferred; expedited plan appeal by a legal-aid attorney (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Tyler Brandvold, 29, in **Cascadia Community Health Plan** (Apple Health managed care, Washington), has severe
  opioid use disorder (F11.20) **in early remission on Sublocade** (300 mg x2 from 03/2026, then 100 mg monthly);
  every urine drug screen negative for fentanyl since 04/2026; working full time since 07/2026. Last injection
  11/14/2026; **next due 12/12/2026**.
- The plan **authorized Sublocade 09/01/2026-02/28/2027** (PA-26-0901-41172).
- The notice dated **11/30/2026** (NABD-26-1130-02291) **ends** it **effective 12/05/2026**: "non-preferred on the
  Cascadia ... preferred drug list. You must use the preferred drug, buprenorphine-naloxone sublingual film, first."
- The plan's own **2026 Member Handbook, Section 8.1**: "Cascadia uses the Apple Health Preferred Drug List set by
  the state. If a drug is preferred on that list, we cover it the same way." The (fictional) **Apple Health PDL
  effective 07/01/2026** lists Sublocade as **Preferred - no prior authorization**. The non-preferred status comes from
  Cascadia's 2025 formulary, which the state list replaced.
- The step the notice asks for was already taken: the sublingual film 06/2025-02/2026 ended in a nonfatal overdose
  (02/08/2026).
- **Dates:** the notice came **5 days** before the action (11/30 -> 12/05), not the 10 days 42 CFR 431.211 requires
  for ending authorized care (through 438.404(c)(1)); the appeal, filed 12/06/2026, is **within 10 days of the notice**
  (by 12/10/2026), so under **42 CFR 438.420** the care continues during the appeal (the authorization period has not
  run out). Expedited appeal: decided within 72 hours (438.410, 438.408(b)(3)). Standard window: 60 days, **by
  01/29/2027** (438.402(c)(2)(ii)); then a state fair hearing within 120 days of the plan's resolution (438.408(f)(2)).
- **Author:** Priya Halvorsen, a legal-aid staff attorney, authorized in writing (12/01/2026); she writes about
  "Mr. Brandvold". The treating physician certifies the urgency.

## Deliberately unknown
- Why the plan applied its 2025 formulary: unknown; a letter may ask.
- Whether the plan will keep paying for the 12/12 injection pending the appeal: not yet decided; the letter asks.
- The state's real PDL: the excerpt is invented; no real list is described.

## Traps
- **The plan's own document (and the state list it adopts) grants the care:** the winning point is the handbook's
  Section 8.1 and the 07/01/2026 list, not a medical argument; never concede that Sublocade is "non-preferred" or ask
  only for an exception.
- **Stale document:** the 2025 Cascadia formulary (non-preferred, step through the film) is out of date.
- **Other person's record:** the lab page for J. Whitlock (positive for fentanyl) was sent in error; never his result.
- **Drug still taken:** Sublocade continues; never "stopped", never "in the past"; sertraline continues for
  depression and is not an OUD trial; hydroxyzine is a sleep aid.
- **Intolerance:** naltrexone ER stopped after 2 injections for an injection-site reaction - not a failed trial of
  effect.
- **Earlier response:** methadone 2021-2022 was stable; it ended because of a move, not failure.
- **Dates:** 5 days' notice, not 10; the appeal is in time for continued benefits (within 10 days of the notice),
  although filed after 12/05.
- **No suicidality:** an overdose is not a suicide attempt; the record says no suicidal ideation.
- **Wrong law:** no ERISA, 45 CFR 147.136, external review, MHPAEA as the employer-plan law (Medicaid managed care's
  own parity rule is 42 CFR 438.910), no EPSDT (he is 29), no "state sets between 90 and 120 days".
- **Voice:** the attorney writes about him; never "I have been in remission".

## Arguments a strong letter makes (strongest first)
1. By the plan's own Member Handbook, Section 8.1, it covers drugs as the Apple Health PDL lists them, and that list
   (effective 07/01/2026) names Sublocade as preferred without prior authorization; the ground in the notice rests
   on a formulary that no longer governs. Withdraw the ending of the authorization.
2. Continue the care during the appeal: the appeal is filed within 10 days of the 11/30 notice (42 CFR 438.420), the
   authorization runs to 02/28/2027, and the notice gave 5 days, not the 10 the rules require (431.211).
3. Decide it as expedited (72 hours): the next injection is due 12/12/2026; the physician certifies the risk.
4. The step the notice names was already taken and ended in a nonfatal overdose (02/08/2026); naltrexone ER was not
   tolerated; Sublocade has kept him in remission since 04/2026.
5. Honor authorization PA-26-0901-41172 through 02/28/2027; name the state fair hearing (120 days) as the next level.

## What a letter must NOT say
- "Sublocade is non-preferred" as a fact; "we ask for an exception" as the only request.
- "Whitlock"; "positive for fentanyl" about Mr. Brandvold's current screens.
- "stopped Sublocade"; "failed sertraline"; naltrexone as an ineffective trial; "failed methadone".
- "suicide attempt"; "EPSDT"; "ERISA"; "45 CFR 147.136"; "external review"; "between 90 and 120 days".
- "I" as the patient.
"""

ANSWERS = [
    ("Date of the notice", "Date: 11/30/2026", "denial/notice-of-adverse-benefit-determination-2026-11-30.txt"),
    ("Effective date of the action", "Effective date: 12/05/2026", "denial/notice-of-adverse-benefit-determination-2026-11-30.txt"),
    ("The ground", "Sublocade is a non-preferred drug on the Cascadia Community Health Plan preferred drug list",
     "denial/notice-of-adverse-benefit-determination-2026-11-30.txt"),
    ("The plan's own rule on which list", "Cascadia uses the Apple Health Preferred Drug List set by the state",
     "other/member-handbook-2026-section-8-1-excerpt.txt"),
    ("The state list's entry", "Buprenorphine extended-release injection (Sublocade) - Preferred - no prior authorization",
     "other/apple-health-pdl-2026-07-01-excerpt.txt"),
    ("When the state list took effect", "effective 07/01/2026", "other/apple-health-pdl-2026-07-01-excerpt.txt"),
    ("The authorization's period", "09/01/2026 - 02/28/2027", "other/authorization-approval-2026-09-01.txt"),
    ("The authorization's number", "PA-26-0901-41172", "other/authorization-approval-2026-09-01.txt"),
    ("When the next injection is due", "next due 12/12/2026", "clinical/addiction-medicine-note-2026-11-14.txt"),
    ("What happened on the sublingual film", "nonfatal overdose on 02/08/2026", "clinical/addiction-medicine-note-2026-11-14.txt"),
    ("Why naltrexone ER stopped", "stopped for a severe injection-site reaction", "clinical/addiction-medicine-note-2026-11-14.txt"),
    ("Why methadone ended", "ended when he moved to a county with no program", "clinical/addiction-medicine-note-2026-11-14.txt"),
    ("The notice's own continuation rule", "you must ask within 10 days of the date of this notice or before the effective date",
     "denial/notice-of-adverse-benefit-determination-2026-11-30.txt"),
    ("Whose fentanyl-positive screen", "J. Whitlock (another patient", "other/clinic-fax-packet-page-4-other-patient.txt"),
    ("Days of notice before the action", "5 days", "truth"),
    ("Last day of the standard appeal window", "by 01/29/2027", "truth"),
]
