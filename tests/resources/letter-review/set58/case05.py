"""Case 05 (FICTIONAL): student health plan denies an out-of-network DBT program its own navigator cleared; patient."""

SLUG = "05-student-health-plan-dbt-out-of-network-access-standard-navigator-email-first-appeal-patient"

CASE_YAML = r"""
# FICTIONAL CASE (letters set 58, case 05) - every person, plan, school, provider, number and address is invented.
# University student health insurance plan (insured, individual market), Kansas. A graduate student called the plan's
# care navigation before care; it found no network DBT program within 60 miles and wrote that she could see one outside
# the network. The claims for 09/02-11/18/2026 were denied as out of network (CO-242). She appeals herself.
patient:
  name: Kiona Redcloud-Ames
  salutation: Ms. Redcloud-Ames
  date_of_birth: 2004-06-30
  member_id: FICT-FHS-26-038841
  address: |-
    1130 Bluemont Avenue, Apt 4
    Manhattan, KS 66502
  phone: (785) 555-0121
  email: kredcloudames@student.example
insurer:
  name: Prairie Mutual Life, Flint Hills State University Student Health Insurance Plan (FICTIONAL)
  appeals_address: |-
    Prairie Mutual Life - Member Appeals (FICTIONAL)
    PO Box 7780
    Topeka, KS 66601
  fax: (785) 555-0136
claim:
  number: PML-26-1121-90412
  plan_type: individual_aca
  funding: insured
  state: KS
  notice_date: 2026-11-24
  service_dates: [2026-09-02, 2026-11-18]
  sessions: 24
  setting: outpatient
  procedure_codes: [90837, 90853]
  diagnosis_codes: [F60.3, F33.1]
  carc_codes: [CO-242]
  denial_reason: >-
    Services from a non-network provider are not covered. No network exception is on file.
  denial_category: out_of_network
  denial_reasons: [out_of_network]
  action: none
plan_policy:
  name: Flint Hills State University Student Health Insurance Plan Certificate 2026-2027, Section 5.7 "Network access"
  number: Section 5.7
  quote: >-
    If no network provider can give you a covered service within 60 miles of your campus address or within 15 business
    days of your request, and you contact us before you receive the service, we will cover the service from a
    non-network provider at the network level of benefits.
  file: other/certificate-2026-2027-section-5-7-excerpt.txt
network:
  - name: Prairie Mutual Life care navigation (the plan), reference CN-0820-5571
    date: 2026-08-20
    outcome: >-
      The navigator found no network DBT program within 60 miles of campus and wrote on 08/21/2026 that she may see a
      DBT provider outside the network.
    evidence: {file: other/care-navigation-email-2026-08-21.txt, page: 1}
  - name: Wichita Dialectical Therapy Center
    date: 2026-08-24
    outcome: In network; accepting clients, but 118 miles from campus.
    miles: 118
    evidence: {file: other/provider-search-log-2026-08-24.txt, page: 1}
  - name: Topeka Behavioral Skills Institute
    date: 2026-08-24
    outcome: In network, 56 miles from campus; no opening before 01/19/2027.
    miles: 56
    first_opening: 2027-01-19
    evidence: {file: other/provider-search-log-2026-08-24.txt, page: 1}
  - name: Manhattan Mindful Counseling
    date: 2026-08-24
    outcome: Listed in the 2025-2026 directory; said it left the plan's network on 05/31/2026.
    in_network: false
    evidence: {file: other/provider-search-log-2026-08-24.txt, page: 1}
call_log:
  - date: 2026-08-20
    who: Prairie Mutual Life care navigation, navigator Bethany Strommen
    reference: CN-0820-5571
    summary: >-
      I asked for a DBT program near campus. She found none in the network within 60 miles and said she would e-mail
      me; the e-mail came on 08/21/2026.
expenses:
  - date: 2026-11-18
    item: Konza Prairie DBT Collective, 12 individual and 12 skills-group sessions, 09/02/2026-11/18/2026
    amount: 3120.00
    paid: 3120.00
treatment:
  name: Comprehensive dialectical behavior therapy (DBT) program, 24 sessions (90837, 90853)
  summary: >-
    Weekly individual DBT and a weekly skills group for borderline personality disorder with recurrent depression and
    self-harm, from a program outside the network because none in the network was within reach.
clinical:
  severity: PHQ-9 19 on 09/02/2026; PHQ-9 12 on 11/18/2026; self-harm urges weekly, no self-harm since 09/30/2026
  severity_date: 2026-11-18
  suicidality: passive
  suicidality_date: 2026-10-28
  response: PHQ-9 19 (09/02/2026) to 12 (11/18/2026); no self-harm since 09/30/2026
  response_level: partial
  history:
    - drug: Fluoxetine
      dose: 20 mg daily
      start: 2021-03
      end: 2022-04
      kind: antidepressant
      response: remission
      outcome: Remission in an earlier episode (high school, 2021)
      evidence: {file: clinical/dbt-progress-summary-2026-11-18.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: 12 weekly sessions
      start: 2025-01
      end: 2025-04
      kind: psychotherapy
      sessions: 12
      adequate: true
      response: partial
      outcome: Partial benefit; self-harm continued
      evidence: {file: clinical/dbt-progress-summary-2026-11-18.txt, page: 1}
    - drug: Sertraline
      dose: 100 mg daily
      start: 2025-03
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continuing
      evidence: {file: clinical/dbt-progress-summary-2026-11-18.txt, page: 1}
    - drug: Quetiapine
      dose: 50 mg daily
      start: 2025-10
      end: 2025-10
      weeks: 2
      kind: other
      adequate: false
      outcome: Stopped after 2 weeks for daytime sedation (intolerance)
      evidence: {file: clinical/dbt-progress-summary-2026-11-18.txt, page: 1}
    - drug: Lamotrigine
      dose: 100 mg daily
      start: 2026-01
      ongoing: true
      kind: other
      outcome: Mood stabilizer; continuing
      evidence: {file: clinical/dbt-progress-summary-2026-11-18.txt, page: 1}
    - drug: Melatonin
      dose: 3 mg at bedtime for sleep
      start: 2025-09
      ongoing: true
      kind: other
      outcome: Sleep aid only
      evidence: {file: clinical/dbt-progress-summary-2026-11-18.txt, page: 1}
author:
  name: Kiona Redcloud-Ames
  role: Patient (the plan's member)
  relation: patient
  address: |-
    1130 Bluemont Avenue, Apt 4
    Manhattan, KS 66502
  phone: (785) 555-0121
  email: kredcloudames@student.example
provider:
  name: Konza Prairie DBT Collective
  credentials: Wren Haldorsen, LSCSW, DBT program lead (not in the plan's network)
  npi: "1529681474"
  address: |-
    318 Poyntz Avenue, Suite 2
    Manhattan, KS 66502
  phone: (785) 555-0145
record_dates:
  - file: clinical/dbt-progress-summary-2026-11-18.txt
    date: 2026-11-18
bates_prefix: REDCLOUDAMES
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-11-24.txt": """
PRAIRIE MUTUAL LIFE (FICTIONAL) - FLINT HILLS STATE UNIVERSITY STUDENT HEALTH INSURANCE PLAN
EXPLANATION OF BENEFITS                                                     Date: 11/24/2026
Member: Kiona Redcloud-Ames   ID FICT-FHS-26-038841   Plan year 08/15/2026-08/14/2027
Provider: Konza Prairie DBT Collective (non-network)   NPI 1529681474
Claim PML-26-1121-90412

Services 09/02/2026-11/18/2026   90837 x12, 90853 x12   Billed $3,120.00   Paid $0.00   You owe: $3,120.00
CO-242. Services from a non-network provider are not covered. No network exception is on file.

You may appeal within 180 days of receiving this notice: Member Appeals, PO Box 7780, Topeka, KS 66601, fax
(785) 555-0136. After our final decision you may ask for an external review.
""",
    "clinical/dbt-progress-summary-2026-11-18.txt": """
KONZA PRAIRIE DBT COLLECTIVE (FICTIONAL) - PROGRESS SUMMARY                              Date: 11/18/2026
Client: Kiona Redcloud-Ames   DOB 06/30/2004   Page 1 of 1
Diagnoses: borderline personality disorder (F60.3); major depressive disorder, recurrent, moderate (F33.1).
Program: weekly individual DBT (90837) and weekly skills group (90853), 09/02/2026-11/18/2026, 12 of each.
PHQ-9 19 at intake, 12 on 11/18/2026. Last self-harm 09/30/2026. Passive suicidal thoughts on 10/28/2026, no plan;
none reported since.
History: fluoxetine 20 mg 03/2021-04/2022, remission in an earlier episode (high school); CBT 12 sessions 01-04/2025,
partial benefit; sertraline 100 mg daily since 03/2025, partial response, continuing; quetiapine 50 mg 10/2025,
stopped after 2 weeks for daytime sedation; lamotrigine 100 mg daily since 01/2026, continuing; melatonin 3 mg at
bedtime for sleep.
Signed: Wren Haldorsen, LSCSW
""",
    "other/certificate-2026-2027-section-5-7-excerpt.txt": """
PRAIRIE MUTUAL LIFE (FICTIONAL) - STUDENT HEALTH INSURANCE PLAN CERTIFICATE 2026-2027 (excerpt)   Page 1 of 1
Section 5.7 Network access. If no network provider can give you a covered service within 60 miles of your campus
address or within 15 business days of your request, and you contact us before you receive the service, we will cover
the service from a non-network provider at the network level of benefits.
""",
    "other/care-navigation-email-2026-08-21.txt": """
From: care.navigation@prairiemutual.example
To: kredcloudames@student.example
Date: 08/21/2026 09:14
Subject: Your request CN-0820-5571 - DBT near campus                                          Page 1 of 1
Hi Kiona, following up on your call of 08/20. I could not find a network DBT program within 60 miles of your campus
address. You may see a DBT provider outside the network; please keep this email. - Bethany Strommen, Care Navigator
""",
    "other/provider-search-log-2026-08-24.txt": """
PROVIDER SEARCH LOG kept by Kiona Redcloud-Ames                                           Page 1 of 1
08/24/2026  Wichita Dialectical Therapy Center (in network): taking new clients; 118 miles from campus.
08/24/2026  Topeka Behavioral Skills Institute (in network): 56 miles; waitlist, first opening 01/19/2027.
08/24/2026  Manhattan Mindful Counseling (in the 2025-2026 directory): told me they left the network 05/31/2026.
08/26/2026  Konza Prairie DBT Collective (not in network): intake 09/02/2026.
""",
    "other/provider-directory-2025-2026-page.txt": """
PRAIRIE MUTUAL LIFE (FICTIONAL) - STUDENT PLAN PROVIDER DIRECTORY 2025-2026, page 41
Behavioral health - Manhattan, KS: Manhattan Mindful Counseling, 1201 Moro Street - DBT, CBT - accepting new patients
""",
    "other/skills-group-sign-in-2026-09-09.txt": """
KONZA PRAIRIE DBT COLLECTIVE (FICTIONAL) - SKILLS GROUP SIGN-IN                     Date: 09/09/2026
Module: mindfulness, week 2   Leader: W. Haldorsen
Signed in: Kiona R.-A., Alyssa P., Dominic F., Grace L., Mateo V.
""",
}

TRUTH = r"""
# 05 - Student health plan: an out-of-network DBT program the plan's own navigator cleared, denied as "no network exception on file"; first appeal by the patient (FICTIONAL)

All people, plans, schools, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Kiona Redcloud-Ames, 22, a graduate student, is covered by the **Flint Hills State University Student Health
  Insurance Plan** (Prairie Mutual Life, insured; student coverage is individual-market coverage), plan year
  08/15/2026-08/14/2027. She had **24 DBT sessions (12 individual 90837, 12 skills group 90853), 09/02/2026-11/18/2026**
  at Konza Prairie DBT Collective (non-network) and **paid $3,120.00**.
- **Certificate Section 5.7:** if no network provider can give a covered service within **60 miles** of the campus
  address **or** within **15 business days** of the request, **and the member contacts the plan before the service**,
  the plan covers the non-network provider at the network level.
- She **called the plan's care navigation on 08/20/2026** (reference **CN-0820-5571**), before the first session
  (09/02/2026); the navigator's **e-mail of 08/21/2026** says no network DBT program was within 60 miles and that she
  may see a provider outside the network.
- In-network programs tried: Wichita (118 miles: beyond 60); Topeka (56 miles, first opening **01/19/2027**: far past
  15 business days); Manhattan Mindful Counseling is in the **2025-2026 directory** but had **left the network on
  05/31/2026** - not an in-network source.
- The EOB of **11/24/2026** (claim PML-26-1121-90412, **CO-242**) says "No network exception is on file".
- **Rule and stage:** 45 CFR 147.136(b)(3) (individual coverage, applying the ERISA claims rule's standards): first
  internal appeal within **180 days: by 05/23/2027**; then external review (state, Kansas) within 4 months of the final
  internal denial. Network adequacy (45 CFR 156.230) promises no out-of-network coverage by itself; the plan's own
  Section 5.7 does.
- **Author:** the patient herself, "I".
- Expected answers (16): notice date 11/24/2026 (EOB); claim PML-26-1121-90412 (EOB); CO-242 (EOB); "No network
  exception is on file" (EOB); Section 5.7's "within 60 miles of your campus address" (certificate); "you contact us
  before you receive the service" (certificate); reference CN-0820-5571 (e-mail); "You may see a DBT provider outside
  the network" (e-mail); Wichita "118 miles" (log); Topeka "first opening 01/19/2027" (log); "left the network
  05/31/2026" (log); amount "$3,120.00" (EOB); course "12 of each" (summary); deadline by 05/23/2027 (truth); sertraline
  "partial response, continuing" (summary); quetiapine "stopped after 2 weeks for daytime sedation" (summary).

## Deliberately unknown
- Whether Prairie Mutual keeps a written record of the 08/20 call: not in the case (the e-mail is hers).
- The plan's network-level allowed amount for 90837 and 90853: not in the case; ask the plan to pay at the network
  level and reimburse what she paid less network cost sharing, without stating a figure.
- Whether the student plan is grandfathered: not stated.

## Traps
- **Plan document and date, not medicine.** Section 5.7 with the 08/20 contact before care and the navigator's own
  e-mail decides the claim; not a medical-necessity or retroactive-authorization appeal.
- **The decision's wrong premise:** "No network exception is on file" - Section 5.7 sets conditions, which were met;
  and the plan's navigator said so in writing before care.
- **Stale document:** the 2025-2026 directory lists Manhattan Mindful Counseling as in network; it had left on
  05/31/2026 - never count it as an in-network provider that was available.
- **Miles and wait both:** Topeka is within 60 miles but fails the 15-business-day standard; do not say "no network
  provider within 60 miles" as the only ground, and never that "none exists".
- **Other people on a document:** the skills-group sign-in lists four other group members - never named.
- **Drugs and therapy:** sertraline and lamotrigine continue - never "failed"/"stopped"; lamotrigine is a mood
  stabilizer, not an antidepressant; quetiapine 50 mg was an intolerance; melatonin is for sleep; fluoxetine was a
  **remission in an earlier episode**; CBT gave partial benefit (not "failed").
- **Suicidality:** passive thoughts on 10/28/2026, no plan; last self-harm 09/30/2026 - no "active suicidal ideation".
- **Wrong law:** no ERISA section 502 or EBSA (not an employer plan); no Medicaid rule (438.206(b)(4)).
- **Voice:** the patient writes "I" throughout; never "Ms. Redcloud-Ames has ...".

## Arguments a strong letter makes (strongest first)
1. Section 5.7's conditions are met: no network DBT program could give the care within 60 miles (Wichita, 118 miles)
   or within 15 business days (Topeka, first opening 01/19/2027), and she **contacted the plan on 08/20/2026**, before
   the first session on 09/02/2026; the plan's own navigator confirmed it in writing on 08/21/2026. Cover the sessions
   at the network level.
2. Correct the "no network exception on file" premise; reimburse the $3,120.00 she paid, less network cost sharing.
3. The directory's listing of Manhattan Mindful Counseling was out of date: it had left the network.

## What a letter must NOT say
- "no in-network DBT provider exists"; Manhattan Mindful Counseling as an available network provider.
- "medically necessary" as the ground; "retroactive authorization"; "45 CFR 156.230 requires the plan to cover
  out-of-network care".
- names from the sign-in sheet (Alyssa, Dominic, Grace, Mateo).
- "failed sertraline", "stopped lamotrigine"; lamotrigine as an antidepressant; quetiapine as an adequate trial;
  melatonin as a trial; "failed fluoxetine"; "failed CBT".
- "active suicidal ideation"; "Ms. Redcloud-Ames has ..." in the patient's own letter; "ERISA section 502", "EBSA".
"""

ANSWERS = [
    ("notice date", "Date: 11/24/2026", "denial/explanation-of-benefits-2026-11-24.txt"),
    ("claim number", "PML-26-1121-90412", "denial/explanation-of-benefits-2026-11-24.txt"),
    ("CARC", "CO-242", "denial/explanation-of-benefits-2026-11-24.txt"),
    ("denial words", "No network exception is on file", "denial/explanation-of-benefits-2026-11-24.txt"),
    ("distance standard", "within 60 miles of your campus address", "other/certificate-2026-2027-section-5-7-excerpt.txt"),
    ("contact condition", "you contact us before you receive the service", "other/certificate-2026-2027-section-5-7-excerpt.txt"),
    ("call reference", "CN-0820-5571", "other/care-navigation-email-2026-08-21.txt"),
    ("navigator's words", "You may see a DBT provider outside the network", "other/care-navigation-email-2026-08-21.txt"),
    ("Wichita distance", "118 miles from campus", "other/provider-search-log-2026-08-24.txt"),
    ("Topeka wait", "first opening 01/19/2027", "other/provider-search-log-2026-08-24.txt"),
    ("stale listing", "left the network 05/31/2026", "other/provider-search-log-2026-08-24.txt"),
    ("amount paid", "$3,120.00", "denial/explanation-of-benefits-2026-11-24.txt"),
    ("course", "12 of each", "clinical/dbt-progress-summary-2026-11-18.txt"),
    ("appeal deadline", "by 05/23/2027", "truth"),
    ("sertraline", "partial response, continuing", "clinical/dbt-progress-summary-2026-11-18.txt"),
    ("quetiapine", "stopped after 2 weeks for daytime sedation", "clinical/dbt-progress-summary-2026-11-18.txt"),
]
