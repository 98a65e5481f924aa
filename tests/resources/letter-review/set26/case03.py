"""Set 26, case 03 (FICTIONAL): a self-funded employer plan denies a residential alcohol-treatment stay under its
"court-ordered services" exclusion, though the stay began voluntarily 17 days before the court's order and the plan's
own review approved it as medically necessary; second-level appeal by the wife."""

SLUG = "03-self-funded-erisa-residential-aud-court-order-exclusion-second-level-wife"

CASE_YAML = r"""
# FICTIONAL CASE (set 26, case 03) - every person, plan, provider, court, number and address is invented.
# Self-funded employer plan (ERISA), Tennessee address. Mr. Whitacre, 44, the employee, was in residential treatment for
# severe alcohol use disorder from 06/01 through 06/21/2026, admitted on his own application and pre-certified by the
# plan's utilization review (14 days, extended by 7). On 06/18 a court's diversion order made completing "the program in
# which the defendant is currently enrolled" a condition of diversion. The claim was denied under SPD 10.2(u)
# (court-ordered services), and the first-level appeal was upheld on 10/20/2026 saying he "was admitted pursuant to a
# court order dated 06/18/2026". His wife, his authorized representative, writes the second-level appeal.
patient:
  name: Daniel Whitacre
  salutation: Mr. Whitacre
  date_of_birth: 1982-08-03
  member_id: FICT-CFL-300418826
  address: |-
    5108 Sutherland Avenue
    Knoxville, TN 37919
  phone: (865) 555-0135
insurer:
  name: Cumberland Freight Lines Employee Health Plan, administered by Ridgeline Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Ridgeline Benefit Administrators - Appeals Unit (address FICTIONAL)
    PO Box 22817
    Nashville, TN 37202
  fax: (615) 555-0149
employer:
  name: Cumberland Freight Lines, Inc. - Benefits Office (FICTIONAL)
  address: |-
    900 Industrial Park Road
    Knoxville, TN 37921
claim:
  number: CLM-26-0705-448120
  plan_type: employer_erisa
  funding: self_funded
  stage: second level
  action: none
  notice_date: 2026-07-22
  service_dates: [2026-06-01, 2026-06-21]
  setting: residential
  procedure_codes: [H0018]
  revenue_codes: ["1002"]
  diagnosis_codes: [F10.20, F32.1]
  carc_codes: [CO-96]
  denial_reason: >-
    CO-96: Non-covered charge. Plan exclusion 10.2(u): services or supplies ordered by a court, or required as a
    condition of parole, probation, release or a court proceeding.
  denial_category: not_covered
  denial_reasons: [not_covered]
plan_policy:
  name: Summary Plan Description, Section 10.2(u) (court-ordered services)
  quote: >-
    The Plan does not cover: (u) Services or supplies ordered by a court, or required as a condition of parole,
    probation, release or a court proceeding, unless the services are Medically Necessary and would otherwise be
    covered under this Plan.
  file: other/spd-excerpts-2026.txt
  exclusion:
    name: SPD Section 10.2(u)
    reaches: false
    why: >-
      The residential treatment was not ordered by a court: Mr. Whitacre applied and was admitted on June 1, 2026 on
      the recommendation of his addiction medicine physician (May 20, 2026), seventeen days before the court's
      diversion order of June 18, 2026, which only made completing "the program in which the defendant is currently
      enrolled" a condition of diversion. And the exclusion's own words do not reach services that are Medically
      Necessary and otherwise covered: the plan's own utilization review certified every day of the stay as meeting
      medical necessity criteria (June 1-14, extended June 15-21).
    file: other/diversion-order-2026-06-18.txt
  other_terms: >-
    Section 12.4: If your first-level appeal is denied, you may file a second-level appeal within 60 days after you
    receive the first-level decision. Each level of appeal of a post-service claim is decided within 30 days after the
    Plan receives it. Section 14.1: The Plan Administrator has discretionary authority to interpret the Plan and
    decide claims.
  other_terms_file: other/spd-excerpts-2026.txt
prior_auth:
  approved:
    number: UR-26-0601-7781
    date: 2026-06-01
    covers: >-
      Residential treatment for alcohol use disorder at Laurel Bend Recovery Center, 14 days from June 1, 2026,
      extended on June 12, 2026 by 7 days (June 15-21, 2026)
    quote: >-
      Request meets medical necessity criteria for residential substance use disorder treatment. Approved: 14 days,
      06/01/2026 - 06/14/2026.
    file:
      - other/ur-approval-2026-06-01.txt
      - other/ur-extension-2026-06-12.txt
    from: 2026-06-01
    through: 2026-06-21
    lines:
      - {code: H0018, units: 21, given: 21}
decisions:
  - date: 2026-10-20
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2026-12-19
    reason: >-
      The member was admitted pursuant to a court order dated 06/18/2026 requiring completion of residential
      treatment. Services required by a court are excluded under SPD Section 10.2(u). The exclusion applies regardless
      of whether utilization review approved the stay. The denial is upheld.
    corrections:
      - said: "The member was admitted pursuant to a court order dated 06/18/2026"
        record: >-
          He was admitted on June 1, 2026 on his own application ("referral source: self and family"), seventeen days
          before the order; the order itself speaks of "the program in which the defendant is currently enrolled"
        file: clinical/admission-assessment-2026-06-01.txt
        page: 1
treatment:
  name: Residential treatment for alcohol use disorder (Laurel Bend Recovery Center), June 1-21, 2026
  summary: >-
    Twenty-one days of residential treatment for severe alcohol use disorder, after a relapse during an intensive
    outpatient program and with a past withdrawal seizure, recommended by his addiction medicine physician on May 20,
    2026 and certified by the plan's utilization review.
clinical:
  severity: >-
    Severe alcohol use disorder (11 of 11 criteria, 05/20/2026); drinking daily by week 5 of IOP; withdrawal seizure in
    2021
  severity_date: 2026-05-20
  suicidality: none
  suicidality_date: 2026-06-01
  history:
    - drug: Intensive outpatient program (IOP), 2019
      dose: 3 evenings a week for 8 weeks
      start: 2019-09
      end: 2019-11
      kind: psychotherapy
      sessions: 24
      adequate: true
      response: remission
      outcome: Completed; abstinent for about four years afterwards (an earlier period of recovery)
      evidence: {file: clinical/addiction-medicine-evaluation-2026-05-20.txt, page: 1}
    - drug: Intensive outpatient program (IOP), 2026
      dose: 3 evenings a week
      start: 2026-03-02
      end: 2026-04-10
      kind: psychotherapy
      sessions: 15
      adequate: false
      response: none
      outcome: Relapsed to daily drinking by week 5; discharged to a higher level of care recommendation
      evidence: {file: clinical/addiction-medicine-evaluation-2026-05-20.txt, page: 1}
    - drug: Sertraline
      dose: 100 mg daily
      start: 2025-11
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: For the co-occurring depression; partial response; continues
      evidence: {file: clinical/discharge-summary-2026-06-21.txt, page: 1}
    - drug: Naltrexone
      dose: 50 mg daily
      start: 2026-06-05
      ongoing: true
      kind: other
      outcome: Started during the residential stay; continues after discharge
      evidence: {file: clinical/discharge-summary-2026-06-21.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2026-06
      ongoing: true
      kind: other
      outcome: For sleep only
      evidence: {file: clinical/discharge-summary-2026-06-21.txt, page: 1}
author:
  name: Carla Whitacre
  role: Wife of the member and his authorized representative
  relation: representative
  authorization: other/authorized-representative-form-2026-08-10.txt
  address: |-
    5108 Sutherland Avenue
    Knoxville, TN 37919
  phone: (865) 555-0178
  email: carla.whitacre@mail.example
provider:
  name: Laurel Bend Recovery Center
  npi: "1411860277"
  address: |-
    2250 Laurel Bend Road
    Maryville, TN 37803
  phone: (865) 555-0190
record_dates:
  - file: clinical/face-sheet-update-2026-06-19.txt
    date: 2026-06-19
reimbursement:
  amount_billed: "$24,150.00"
  amount_paid: "$0.00"
copies: [employer]
bates_prefix: WHITACRE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {}

DOCS["denial/first-level-appeal-decision-2026-10-20.txt"] = """
RIDGELINE BENEFIT ADMINISTRATORS (FICTIONAL), claims administrator for the Cumberland Freight Lines Employee Health Plan
FIRST-LEVEL APPEAL DECISION          Date: 10/20/2026          Page 1

Member: Daniel Whitacre          ID: FICT-CFL-300418826          Claim: CLM-26-0705-448120
Appeal received: 09/28/2026, filed by Carla Whitacre (authorized representative)
Services: residential treatment, Laurel Bend Recovery Center, 06/01/2026 - 06/21/2026 (H0018, revenue code 1002)

Decision: UPHELD (denied).
Reason: The member was admitted pursuant to a court order dated 06/18/2026 requiring completion of residential
treatment. Services required by a court are excluded under SPD Section 10.2(u). The exclusion applies regardless of
whether utilization review approved the stay. The denial is upheld.
Reviewed by: Appeals Analyst, Ridgeline Benefit Administrators (non-clinical review).

Your rights: You may file a second-level appeal with the Plan within 60 days after you receive this decision. Send it
to Ridgeline Benefit Administrators - Appeals Unit, PO Box 22817, Nashville, TN 37202, or fax (615) 555-0149. You may
ask for copies of all documents relevant to your claim free of charge. You also have the right to bring a civil
action under section 502(a) of ERISA after the Plan's appeals are exhausted.
"""

DOCS["denial/explanation-of-benefits-2026-07-22.txt"] = """
RIDGELINE BENEFIT ADMINISTRATORS (FICTIONAL) - EXPLANATION OF BENEFITS          Date: 07/22/2026          Page 1

Employee: Daniel Whitacre          ID: FICT-CFL-300418826          Plan: Cumberland Freight Lines Employee Health Plan

Patient: Daniel Whitacre          Claim CLM-26-0705-448120          Provider: Laurel Bend Recovery Center
06/01/2026-06/21/2026   H0018 / rev 1002   21 days   Billed $24,150.00   Allowed $0.00   Paid $0.00
Reason CO-96: Non-covered charge. Plan exclusion 10.2(u): services or supplies ordered by a court, or required as a
condition of parole, probation, release or a court proceeding.

Patient: Maya Whitacre (dependent)          Claim CLM-26-0709-451377          Provider: Knox Pediatrics
07/02/2026   99393   Billed $210.00   Paid $168.00
"""

DOCS["other/spd-excerpts-2026.txt"] = """
CUMBERLAND FREIGHT LINES EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION, 2026 (excerpts)
The Plan is self-funded by Cumberland Freight Lines, Inc.; Ridgeline Benefit Administrators processes claims.   Page 1

Section 6.9 - Substance use disorder treatment
Covered at every level of care, including residential treatment, when Medically Necessary and pre-certified.

Section 10.2 - Exclusions. The Plan does not cover:
(u) Services or supplies ordered by a court, or required as a condition of parole, probation, release or a court
    proceeding, unless the services are Medically Necessary and would otherwise be covered under this Plan.

Section 12.4 - Appeals
If your first-level appeal is denied, you may file a second-level appeal within 60 days after you receive the
first-level decision. Each level of appeal of a post-service claim is decided within 30 days after the Plan receives
it. A second-level appeal is decided by persons who did not decide the first level.

Section 14.1 - Plan interpretation
The Plan Administrator has discretionary authority to interpret the Plan and decide claims.
"""

DOCS["other/ur-approval-2026-06-01.txt"] = """
RIDGELINE BENEFIT ADMINISTRATORS (FICTIONAL) - UTILIZATION REVIEW: NOTICE OF CERTIFICATION      Date: 06/01/2026  Page 1

Member: Daniel Whitacre          Reference: UR-26-0601-7781
Facility: Laurel Bend Recovery Center          Level of care: residential substance use disorder treatment
Request meets medical necessity criteria for residential substance use disorder treatment. Approved: 14 days,
06/01/2026 - 06/14/2026. Concurrent review due by 06/12/2026.
Certification is not a guarantee of payment; benefits are subject to eligibility and to the terms of the Plan.
"""

DOCS["other/ur-extension-2026-06-12.txt"] = """
RIDGELINE BENEFIT ADMINISTRATORS (FICTIONAL) - UTILIZATION REVIEW: CONCURRENT REVIEW      Date: 06/12/2026      Page 1

Member: Daniel Whitacre          Reference: UR-26-0601-7781 (extension 1)
Continued stay meets medical necessity criteria. Approved: 7 additional days, 06/15/2026 - 06/21/2026. Planned
discharge 06/21/2026 to intensive outpatient aftercare.
Certification is not a guarantee of payment; benefits are subject to eligibility and to the terms of the Plan.
"""

DOCS["other/diversion-order-2026-06-18.txt"] = """
GENERAL SESSIONS COURT, KNOX COUNTY (FICTIONAL) - ORDER OF PRETRIAL DIVERSION          Entered: 06/18/2026      Page 1

State v. Daniel R. Whitacre, Docket FICT-GS-26-118304 (charge of 04/26/2026)
Upon the motion of the defendant, and the court being informed that the defendant entered residential treatment at
Laurel Bend Recovery Center on 06/01/2026, it is ORDERED that prosecution is suspended for twelve months on the
conditions that the defendant (1) complete the program in which the defendant is currently enrolled and the aftercare
it recommends, (2) commit no new offense, and (3) pay court costs.
"""

DOCS["other/authorized-representative-form-2026-08-10.txt"] = """
CUMBERLAND FREIGHT LINES EMPLOYEE HEALTH PLAN (FICTIONAL) - AUTHORIZED REPRESENTATIVE DESIGNATION    Signed: 08/10/2026
Page 1

I, Daniel Whitacre (ID FICT-CFL-300418826), name my wife, Carla Whitacre, 5108 Sutherland Avenue, Knoxville, TN
37919, as my authorized representative for all claims and appeals about my treatment at Laurel Bend Recovery Center
(June 2026), including receiving my health information for that purpose.
Signature: Daniel Whitacre (signed)          Representative: Carla Whitacre (signed)
"""

DOCS["clinical/addiction-medicine-evaluation-2026-05-20.txt"] = """
EAST TENNESSEE ADDICTION MEDICINE (FICTIONAL)          Evaluation date: 05/20/2026          Page 1

Patient: Daniel Whitacre, DOB 08/03/1982          Physician: Owen Castellanos, MD (addiction medicine)
Severe alcohol use disorder (F10.20), 11 of 11 criteria; withdrawal seizure in 2021. Earlier recovery: IOP
09/2019-11/2019 (24 sessions, completed), then about four years abstinent. This episode: IOP 03/02-04/10/2026 (15
sessions attended), drinking daily again by week 5.
Legal: a charge from 04/26/2026 is pending; no court has ordered treatment.
Recommendation: residential treatment (ASAM Level 3.7) now; he and his wife agree and will apply to Laurel Bend.
"""

DOCS["clinical/admission-assessment-2026-06-01.txt"] = """
LAUREL BEND RECOVERY CENTER (FICTIONAL) - ADMISSION ASSESSMENT          Date: 06/01/2026          Page 1

Patient: Daniel Whitacre, 43          Admission: 06/01/2026, voluntary (signed own consent to treatment)
Referral source: self and family, on the recommendation of Dr. Owen Castellanos (05/20/2026)
Legal involvement: pending charge (04/26/2026); no court order for treatment.
Diagnoses: F10.20 alcohol use disorder, severe; F32.1 depression, moderate (on sertraline 100 mg since 11/2025,
partial response). No suicidal thoughts. CIWA monitoring for withdrawal.
"""

DOCS["clinical/face-sheet-update-2026-06-19.txt"] = """
LAUREL BEND RECOVERY CENTER (FICTIONAL) - PATIENT FACE SHEET (updated)          Updated: 06/19/2026          Page 1

Patient: Daniel Whitacre          Admitted: 06/01/2026
Referral source: Court - pretrial diversion (order 06/18/2026 on file)
Updated by: admissions clerk, after the court order was received. (The original entry of 06/01/2026 read "self and
family".)
"""

DOCS["clinical/discharge-summary-2026-06-21.txt"] = """
LAUREL BEND RECOVERY CENTER (FICTIONAL) - DISCHARGE SUMMARY          Date: 06/21/2026          Page 1

Patient: Daniel Whitacre          Stay: 06/01/2026 - 06/21/2026 (21 days), residential, completed
Withdrawal managed without complications. Naltrexone 50 mg daily started 06/05/2026, continues. Sertraline 100 mg
continues (partial response). Trazodone 50 mg at bedtime for sleep, started during the stay. Discharged to intensive
outpatient aftercare. Abstinent throughout the stay.
"""

TRUTH = r"""
# 03 - Self-funded employer plan: residential alcohol treatment denied under a "court-ordered services" exclusion; second-level appeal by the wife (FICTIONAL)

All people, plans, providers, courts, numbers and addresses are invented (FICTIONAL).

## What is true
- Daniel Whitacre, 44 (DOB 08/03/1982), is the employee-member of the **Cumberland Freight Lines Employee Health
  Plan**, **self-funded** (ERISA), claims processed by Ridgeline Benefit Administrators.
- On **05/20/2026** his addiction medicine physician recommended residential treatment (severe alcohol use disorder,
  withdrawal seizure in 2021, relapse during IOP in March-April 2026), noting that **no court had ordered treatment**.
- He was admitted **voluntarily on 06/01/2026** ("referral source: self and family") and stayed through **06/21/2026**
  (21 days, $24,150.00). The plan's **utilization review certified the stay as meeting medical necessity criteria**:
  UR-26-0601-7781, **06/01-06/14**, extended **06/15-06/21** on 06/12.
- On **06/18/2026** a court entered a **pretrial diversion order** conditioned on completing "the program in which the
  defendant is currently enrolled". The order came **17 days after admission**; it did not send him to treatment.
- The EOB of **07/22/2026** denied the claim (CO-96) under **SPD 10.2(u)**; the first-level appeal (filed 09/28) was
  upheld on **10/20/2026** by a non-clinical analyst: "admitted pursuant to a court order dated 06/18/2026 ...
  regardless of whether utilization review approved the stay".
- **SPD 10.2(u)** excludes services "ordered by a court, or required as a condition of ... a court proceeding, **unless
  the services are Medically Necessary and would otherwise be covered**". SPD 6.9 covers residential SUD treatment when
  medically necessary and pre-certified. The stay meets the exclusion's own exception (certified medically necessary,
  pre-certified, covered under 6.9), and the services were not "ordered by a court" (they began first).
- **Stage:** second-level internal appeal (SPD 12.4), due **60 days after the first-level decision: by 12/19/2026**;
  each level decided within 30 days (29 CFR 2560.503-1(i)(2)(iii)(B) for a plan with two levels).
- **Author:** Carla Whitacre, his wife, his authorized representative (designation signed 08/10/2026); she writes
  about "my husband".

## Deliberately unknown
- Whether the plan applies 10.2(u) to court-ordered medical/surgical care (a physical exam ordered by a court, injury
  treatment) the same way: unknown, so a parity **violation** cannot be stated as fact; a letter may ask for the
  comparative analysis and the plan's application of 10.2(u) as documents relevant to the claim.
- The outcome of the diversion (whether aftercare was completed): not in the case.
- The plan's allowed amount: unknown; no amount may be promised.

## Traps
- **Date and document, not medicine.** Medical necessity is not disputed: the plan's own UR certified every day. The
  winning points are the exclusion's own "unless" clause and the dates (admission 06/01 before the 06/18 order). A
  letter that argues medical necessity at length, counts failed drug trials or cites depression literature misses the
  point; no evidence paragraph is needed.
- **Decision's stated fact contradicted:** "admitted pursuant to a court order dated 06/18/2026" is false on its face:
  the admission record (06/01, voluntary, no court order) and the order itself ("currently enrolled").
- **Misleading later form:** the face sheet **updated 06/19/2026** says "Referral source: Court - pretrial diversion";
  it was changed after the order; the original 06/01 entry was "self and family". A letter must not say he was
  referred by a court.
- **The exclusion's words do not name the treatment**, and they carry an exception the stay meets; arguing that
  10.2(u) does not reach this care is correct here. But the UR certification is "not a guarantee of payment": the
  letter should use it as proof of medical necessity (the exception), not as a promise the plan broke.
- **History, if mentioned:** sertraline is **continuing with a partial response** (never "failed"); **naltrexone was
  started during the stay** (06/05) - not a trial before it; **trazodone 50 mg is for sleep**; the **2019 IOP brought
  four years of recovery** (an earlier period, never a failure); the 2026 IOP is the lower level that did not hold.
- **Other person on a document:** the EOB also shows **Maya Whitacre's** pediatric visit (paid); not part of the appeal.
- **Wrong law / wrong route:** self-funded ERISA plan: no state insurance law, no state insurance department, no state
  external review (45 CFR 147.136(c)); the SPD gives the administrator **discretion** (14.1), so "ambiguities are read
  against the plan" must not be stated as law. External review (29 CFR 2590.715-2719(d)) is for denials that turn on
  medical judgment; this one turns on the exclusion's words: a letter must not promise it. No Medicaid/Medicare rules.
- **Stage:** it is a **second-level** appeal: it must say so and answer the **10/20/2026 decision**, not only the EOB.
- **Voice:** the wife writes "I" for herself, "my husband"/"Mr. Whitacre" for him; never his first person.

## Arguments a strong letter makes (strongest first)
1. **The exclusion's own exception:** 10.2(u) does not apply to services that are "Medically Necessary and would
   otherwise be covered". The plan's own UR certified the stay as meeting medical necessity criteria (UR-26-0601-7781,
   06/01-06/14 and 06/15-06/21), and 6.9 covers residential SUD treatment. The first-level decision's "regardless of
   whether utilization review approved the stay" ignores the exclusion's own words.
2. **The dates:** the stay was not ordered by a court. He was admitted voluntarily on 06/01/2026 on his physician's
   recommendation of 05/20 (which records no court order); the diversion order came on 06/18 and refers to "the program
   in which the defendant is currently enrolled". The decision's "admitted pursuant to a court order dated 06/18/2026"
   is contradicted by the admission record and the order.
3. Ask that the second-level reviewers (who took no part in the first level) reverse, and the claim be paid as a
   covered, certified residential stay; ask for the claim file, including how 10.2(u) is applied to medical/surgical
   care (and any parity comparative analysis) as documents relevant to the claim; decision within 30 days. In time by
   12/19/2026; authorized representative's designation enclosed.

## What a letter must NOT say
- "admitted under a court order", "court-referred", "the court required residential treatment".
- "The exclusion does not exist / does not say court-ordered"; "the approval guarantees payment".
- "failed sertraline", "failed naltrexone", "naltrexone trial", "failed trazodone", the 2019 IOP as a failure; a count
  of failed antidepressant trials; "current suicidal ideation".
- "state insurance department", "state external review", "45 CFR 147.136(c)", "Medicaid", "contra proferentem" /
  "ambiguity construed against the plan" as law, a promise of external review for this exclusion.
- "first-level appeal" as this letter's stage (it is the second level); Maya's claim; the patient's first person.
"""

ANSWERS = [
    ("denial/first-level-appeal-decision-2026-10-20.txt", "The member was admitted pursuant to a court order dated 06/18/2026"),
    ("denial/first-level-appeal-decision-2026-10-20.txt", "regardless of whether utilization review approved the stay"),
    ("denial/first-level-appeal-decision-2026-10-20.txt", "within 60 days after you receive this decision"),
    ("denial/first-level-appeal-decision-2026-10-20.txt", "non-clinical review"),
    ("denial/explanation-of-benefits-2026-07-22.txt", "Plan exclusion 10.2(u)"),
    ("denial/explanation-of-benefits-2026-07-22.txt", "Maya Whitacre (dependent)"),
    ("other/spd-excerpts-2026.txt", "unless the services are Medically Necessary and would otherwise be covered under this Plan"),
    ("other/spd-excerpts-2026.txt", "Covered at every level of care, including residential treatment"),
    ("other/spd-excerpts-2026.txt", "Each level of appeal of a post-service claim is decided within 30 days"),
    ("other/spd-excerpts-2026.txt", "discretionary authority to interpret the Plan"),
    ("other/ur-approval-2026-06-01.txt", "Approved: 14 days, 06/01/2026 - 06/14/2026"),
    ("other/ur-approval-2026-06-01.txt", "Certification is not a guarantee of payment"),
    ("other/ur-extension-2026-06-12.txt", "Approved: 7 additional days, 06/15/2026 - 06/21/2026"),
    ("other/diversion-order-2026-06-18.txt", "entered residential treatment at Laurel Bend Recovery Center on 06/01/2026"),
    ("other/diversion-order-2026-06-18.txt", "complete the program in which the defendant is currently enrolled"),
    ("other/authorized-representative-form-2026-08-10.txt", "name my wife, Carla Whitacre"),
    ("clinical/addiction-medicine-evaluation-2026-05-20.txt", "no court has ordered treatment"),
    ("clinical/addiction-medicine-evaluation-2026-05-20.txt", "drinking daily again by week 5"),
    ("clinical/admission-assessment-2026-06-01.txt", "Referral source: self and family"),
    ("clinical/admission-assessment-2026-06-01.txt", "no court order for treatment"),
    ("clinical/face-sheet-update-2026-06-19.txt", "Referral source: Court - pretrial diversion"),
    ("clinical/discharge-summary-2026-06-21.txt", "Naltrexone 50 mg daily started 06/05/2026"),
    ("clinical/discharge-summary-2026-06-21.txt", "Trazodone 50 mg at bedtime for sleep"),
]
