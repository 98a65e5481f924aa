"""Set 32 case 07 (FICTIONAL): Marketplace PPO, PHP denied for late notice; Labor Day; the adult son writes."""
SLUG = "marketplace-ppo-php-notice-within-two-business-days-labor-day-first-appeal-adult-son"

CASE_YAML = r'''
# FICTIONAL CASE (set 32, case 07) - every person, plan, provider, number and address is invented.
# Individual Marketplace Silver PPO, insured, Texas. Rosalind Achterberg, 61, began a partial hospitalization program
# on Friday 09/04/2026. The plan's terms ask the provider to notify it "within two business days following the day
# of admission"; the program notified it on Wednesday 09/09/2026. Monday 09/07/2026 was Labor Day, so the notice was
# on the second business day. The plan denied the 15 program days (CO-197) as notified late. Her son, her authorized
# representative, writes the first internal appeal.
patient:
  name: Rosalind Achterberg
  salutation: Ms. Achterberg
  date_of_birth: 1965-01-27
  member_id: FICT-LSH-81904476
  address: |-
    2907 Wheeler Street
    Houston, TX 77004
  phone: (713) 555-0121
insurer:
  name: Lone Star Health Exchange Silver PPO (FICTIONAL)
  appeals_address: |-
    Lone Star Health - Member Appeals (address FICTIONAL)
    PO Box 201177
    Houston, TX 77216
  fax: (713) 555-0174
claim:
  number: LSH-26-1016-902233
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-10-16
  appeal_deadline: 2027-04-14
  deadline_basis: >-
    Notice of 10/16/2026: "You have 180 days from the date you receive this notice to file an appeal"; counted from
    the notice date, without mailing days.
  service_dates: [2026-09-04, 2026-09-25]
  sessions: 15
  setting: partial_hospitalization
  procedure_codes: [H0035]
  revenue_codes: ["0912"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification/notification absent. Partial hospitalization requires notification within two business days
    following the day of admission. Admission 09/04/2026; notification received 09/09/2026, more than two business
    days later. Medical necessity was not reviewed. (CARC 197: precertification/authorization/notification absent.)
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  action: none
plan_policy:
  name: 2026 Evidence of Coverage, Section 4.3, Notification for admissions
  quote: >-
    For an admission to a hospital, a residential treatment center or a partial hospitalization program, your
    provider must notify us within two business days following the day of admission. A business day is Monday
    through Friday, except federal holidays.
  file: other/evidence-of-coverage-2026-section-4-3.txt
prior_auth:
  notified: 2026-09-09 10:20
  notice_rule:
    business_days: 2
    from: 2026-09-04
  proof:
    - other/notification-fax-confirmation-2026-09-09.txt
  reference: NTF-26-0909-14472
treatment:
  name: Adult partial hospitalization program (PHP), 5 days a week, 09/04-09/25/2026
  summary: >-
    Partial hospitalization after an emergency visit for a suicidal crisis on 09/03/2026, 15 program days, discharged
    to intensive outpatient care on 09/25/2026.
clinical:
  severity: PHQ-9 25 on 09/04/2026; PHQ-9 12 on 09/25/2026
  severity_date: 2026-09-25
  suicidality: active
  suicidality_date: 2026-09-03
  response: PHQ-9 25 (09/04/2026) to 12 (09/25/2026)
  response_level: partial
  history:
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2026-03
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/php-discharge-summary-2026-09-25.txt, page: 1}
    - drug: Sertraline (earlier episode)
      dose: 150 mg daily
      start: 2019-02
      end: 2020-06
      kind: antidepressant
      response: remission
      outcome: Remission in the 2019 episode; stopped in 2020 when well (not a failure)
      evidence: {file: clinical/php-discharge-summary-2026-09-25.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2026-06
      ongoing: true
      kind: other
      outcome: Sleep dose only; not a trial
      evidence: {file: clinical/php-discharge-summary-2026-09-25.txt, page: 1}
author:
  name: Julian Achterberg
  role: Son of the member and her authorized representative
  relation: representative
  authorization: other/authorized-representative-2026-10-22.txt
  address: |-
    1120 Hyde Park Boulevard
    Houston, TX 77006
  phone: (713) 555-0128
  email: julian.achterberg@mail.example
provider:
  name: Marguerite Olusegun-Paz
  credentials: MD, psychiatry
  npi: "1811267347"
  address: |-
    Bayou City Behavioral Health PHP (FICTIONAL), 6400 Fannin Street, Floor 5
    Houston, TX 77030
  phone: (713) 555-0147
record_dates:
  - file: clinical/php-discharge-summary-2026-09-25.txt
    date: 2026-09-25
bates_prefix: ACHTERBERG
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/explanation-of-benefits-2026-10-16.txt": """
LONE STAR HEALTH EXCHANGE SILVER PPO (FICTIONAL) - EXPLANATION OF BENEFITS AND NOTICE OF ADVERSE BENEFIT
DETERMINATION                                                              Date of this notice: 10/16/2026
Member: Rosalind Achterberg   Member ID FICT-LSH-81904476   Claim LSH-26-1016-902233
Page 1 of 1

Provider: Bayou City Behavioral Health PHP (in network)   09/04/2026-09/25/2026   H0035, rev. 0912, 15 days, F33.2
Billed $9,750.00   Paid $0.00
Reason: Precertification/notification absent. Partial hospitalization requires notification within two business
days following the day of admission. Admission 09/04/2026; notification received 09/09/2026, more than two business
days later. Medical necessity was not reviewed. (CARC 197: precertification/authorization/notification absent.)
YOUR RIGHT TO APPEAL: You have 180 days from the date you receive this notice to file an appeal.
""",
    "other/evidence-of-coverage-2026-section-4-3.txt": """
LONE STAR HEALTH EXCHANGE SILVER PPO (FICTIONAL) - 2026 EVIDENCE OF COVERAGE, SECTION 4.3 (page 22)
Notification for admissions. For an admission to a hospital, a residential treatment center or a partial
hospitalization program, your provider must notify us within two business days following the day of admission.
A business day is Monday through Friday, except federal holidays.
""",
    "other/notification-fax-confirmation-2026-09-09.txt": """
BAYOU CITY BEHAVIORAL HEALTH PHP (FICTIONAL) - FAX TRANSMISSION REPORT
Sent: Wednesday 09/09/2026 10:20   To: Lone Star Health UM (713) 555-0175   Pages: 4   Result: OK
Content: notification of PHP admission, Rosalind Achterberg, admitted Friday 09/04/2026. Plan reference given by
phone the same day: NTF-26-0909-14472.
""",
    "other/provider-manual-2024-notification.txt": """
LONE STAR HEALTH (FICTIONAL) - 2024 PROVIDER MANUAL, page 40 (superseded)
"Notify us of a partial hospitalization admission within one business day."
(2024 edition; the 2026 Evidence of Coverage gives the member's terms.)
""",
    "other/php-census-2026-09-04.txt": """
BAYOU CITY BEHAVIORAL HEALTH PHP (FICTIONAL) - ADMISSIONS CENSUS, 09/04/2026
R. Achterberg - admitted 09/04, notification due 09/09 (Labor Day 09/07)
T.N. (another patient) - admitted 09/04, other plan, notified 09/04
""",
    "clinical/php-discharge-summary-2026-09-25.txt": """
BAYOU CITY BEHAVIORAL HEALTH PHP (FICTIONAL) - DISCHARGE SUMMARY                       Date: 09/25/2026
Patient: Rosalind Achterberg   DOB 01/27/1965   Attending: Marguerite Olusegun-Paz, MD (NPI 1811267347)
Page 1 of 1

Admitted Friday 09/04/2026 from the emergency department, where she was seen 09/03/2026 for suicidal ideation with
a plan (no attempt); not admitted to the hospital. Diagnosis F33.2. PHP 5 days a week, 6 hours a day; 15 program
days 09/04-09/25/2026. PHQ-9 25 -> 12. No suicidal ideation at discharge; safety plan.
Medication: venlafaxine XR 225 mg daily since 03/2026, partial response, continued; quetiapine 25 mg at bedtime for
sleep since 06/2026. Earlier episode (2019): sertraline 150 mg, remission; stopped 06/2020 when well.
Discharged to intensive outpatient care.
""",
    "other/authorized-representative-2026-10-22.txt": """
AUTHORIZED REPRESENTATIVE DESIGNATION (FICTIONAL)                          Signed: 10/22/2026
I, Rosalind Achterberg, name my son, Julian Achterberg, to act for me in the appeal of claim LSH-26-1016-902233.
Signed: Rosalind Achterberg.
""",
}

TRUTH = r'''
# 07 - Marketplace PPO: PHP denied as notified late, when Labor Day made the notice timely; first appeal by the adult son (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Rosalind Achterberg, **61** (DOB 01/27/1965), Houston, TX, has an **individual Marketplace Silver PPO** (insured).
- She attended an in-network **partial hospitalization program, 15 program days, Friday 09/04 - 09/25/2026**, after an
  emergency visit on **09/03/2026** for suicidal ideation with a plan (not admitted).
- The **2026 Evidence of Coverage, Section 4.3**: the provider must notify the plan "**within two business days
  following the day of admission**"; "A business day is Monday through Friday, **except federal holidays**."
- **Monday 09/07/2026 was Labor Day**, a federal holiday. The business days following Friday 09/04 are **Tuesday
  09/08** and **Wednesday 09/09**; the program faxed the notice **Wednesday 09/09/2026 at 10:20** (fax report; plan
  reference NTF-26-0909-14472): **within the rule**.
- Denied **10/16/2026** (CO-197): "more than two business days later"; "**Medical necessity was not reviewed**."
- **Stage and rule:** first internal appeal, individual market, 45 CFR 147.136(b)(3): 180 days, **by 04/14/2027**
  counted from the notice date; post-service: decided within 60 days.
- **Author:** her son, authorized representative (10/22/2026): "my mother".

## Deliberately unknown
- How the plan counted (whether it treated 09/07 as a business day): the notice does not say; a letter may show the
  count, not assert the plan's method.
- Whether the plan will then review medical necessity: not known; the letter may enclose the discharge summary and
  ask that, if it does, it decide on these records.
- Amount the plan would pay: not in the case.

## Traps
- **A date, not medicine:** the winning point is the count of business days with **Labor Day**; the notice was
  timely, so there is nothing to excuse: never ask for a "retroactive authorization" as the main request, never say
  notice was late "because of the crisis".
- **Stale document:** the **2024 provider manual** ("within one business day") is not the member's 2026 terms.
- **Other patient:** the census lists **"T.N."**.
- **Suicidality:** active, with a plan, on **09/03/2026** - more than 90 days before the letter: said as history with
  its date; none at discharge. Never "currently suicidal".
- **Level of care:** a partial hospitalization program is **not inpatient or hospital care** and not a "stay".
- **Drugs:** **venlafaxine continues** (partial); **quetiapine 25 mg** is a sleep dose; **sertraline 2019** brought
  remission in an earlier episode - never "failed".
- **Not a medical-judgment denial:** no clinical-reviewer request or peer-to-peer as the point.
- **Wrong law:** no ERISA (employer plan rules), no 29 CFR 2590.715-2719, no Medicare/Medicaid; parity only as a side
  remark at most.

## Arguments a strong letter makes (strongest first)
1. Under the plan's own **Section 4.3**, business days exclude federal holidays; **Monday 09/07/2026 was Labor Day**,
   so the two business days after Friday 09/04 were **Tuesday 09/08 and Wednesday 09/09**; the program notified the
   plan on **Wednesday 09/09/2026 at 10:20** (fax report, reference NTF-26-0909-14472): on time. The ground fails;
   reprocess and pay the 15 program days.
2. Ask the plan to correct its record of the notification so the claim is not denied again on the same count.
3. If the plan now reviews medical necessity, the discharge summary shows it (ED visit 09/03, PHQ-9 25 -> 12).

## What a letter must NOT say
- "the notification was late", "retroactive authorization" as the main ask, "good cause for late notice".
- "one business day"; "T.N."; "inpatient", "hospital stay", "admitted to the hospital".
- "currently suicidal", "active suicidal ideation" without its 09/03/2026 date.
- "failed venlafaxine", "stopped venlafaxine", "failed sertraline"; quetiapine as a trial.
- "ERISA", "29 CFR 2560.503-1" as governing, "Medicaid", "Medicare".
'''

ANSWERS = [
    ("denial/explanation-of-benefits-2026-10-16.txt", "notification received 09/09/2026, more than two business"),
    ("denial/explanation-of-benefits-2026-10-16.txt", "Medical necessity was not reviewed"),
    ("denial/explanation-of-benefits-2026-10-16.txt", "180 days from the date you receive this notice"),
    ("other/evidence-of-coverage-2026-section-4-3.txt", "within two business days following the day of admission"),
    ("other/evidence-of-coverage-2026-section-4-3.txt", "Monday through Friday, except federal holidays"),
    ("other/notification-fax-confirmation-2026-09-09.txt", "Sent: Wednesday 09/09/2026 10:20"),
    ("other/notification-fax-confirmation-2026-09-09.txt", "NTF-26-0909-14472"),
    ("other/provider-manual-2024-notification.txt", "within one business day"),
    ("other/php-census-2026-09-04.txt", "T.N. (another patient)"),
    ("clinical/php-discharge-summary-2026-09-25.txt", "09/03/2026 for suicidal ideation with"),
    ("clinical/php-discharge-summary-2026-09-25.txt", "venlafaxine XR 225 mg daily since 03/2026, partial response, continued"),
    ("clinical/php-discharge-summary-2026-09-25.txt", "quetiapine 25 mg at bedtime for"),
    ("clinical/php-discharge-summary-2026-09-25.txt", "sertraline 150 mg, remission"),
    ("other/authorized-representative-2026-10-22.txt", "name my son, Julian Achterberg"),
    ("case.yaml", "business_days: 2"),
    ("truth", "Monday 09/07/2026 was Labor Day"),
]
