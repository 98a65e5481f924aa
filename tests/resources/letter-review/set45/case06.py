"""Set 45, case 06 (FICTIONAL): insured employer plan; capsaicin 8% patch for painful diabetic neuropathy denied as
"has not tried all three drug classes" when the plan's policy asks for two of three. External review (state) after
the final internal denial, written by the treating pain physician."""
SLUG = "06-insured-employer-capsaicin-patch-neuropathy-policy-two-of-three-external-review-pain-physician"

CASE_YAML = """
# FICTIONAL CASE (set 45, case 06) - every person, plan, provider, number and address is invented.
# Insured employer group plan (KY), 850 employees. Loretta Fairbanks-Oyelowo, 58, painful diabetic neuropathy of both
# feet. Her pain physician asked for an in-office capsaicin 8% patch (J7336). The plan's final internal decision
# (10/26/2026) says criterion 2 of MP-NP-14 is not met because she "has not tried all three drug classes" and
# "amitriptyline 10 mg is below the analgesic dose". The policy asks for two of the three; she tried two.
patient:
  name: Loretta Fairbanks-Oyelowo
  salutation: Mrs. Fairbanks-Oyelowo
  date_of_birth: 1968-01-22
  member_id: FICT-BGH-31447290
  address: |-
    2715 Tates Creek Road
    Lexington, KY 40502
  phone: (859) 555-0113
insurer:
  name: Bluegrass Heritage Health Insurance Company (FICTIONAL)
  appeals_address: |-
    Bluegrass Heritage Health Insurance Company - Appeals (FICTIONAL)
    PO Box 11650
    Louisville, KY 40251
  fax: (502) 555-0149
claim:
  number: BGH-PA-26-0908-61532
  plan_type: employer_erisa
  funding: insured
  employees: 850
  state: KY
  notice_date: 2026-09-21
  procedure_codes: [J7336]
  diagnosis_codes: [E11.42]
  denial_reason: >-
    Capsaicin 8% patch does not meet Medical Policy MP-NP-14, criterion 2. The member has not tried all three drug
    classes. Amitriptyline 10 mg is below the analgesic dose.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
decisions:
  - date: 2026-10-26
    outcome: denied
    stage: final internal appeal
    opens: external review
    next_deadline: 2027-02-26
    reason: >-
      Capsaicin 8% patch does not meet Medical Policy MP-NP-14, criterion 2. The member has not tried all three drug
      classes (serotonin-norepinephrine reuptake inhibitor, gabapentinoid and tricyclic antidepressant). Amitriptyline
      10 mg is below the analgesic dose. The denial is upheld. This is the final internal decision.
    corrections:
      - said: The member has not tried all three drug classes (serotonin-norepinephrine reuptake inhibitor, gabapentinoid and tricyclic antidepressant).
        record: >-
          Medical Policy MP-NP-14 criterion 2 asks for an inadequate response, intolerance or contraindication to at
          least two of the three classes; the record shows duloxetine (an SNRI) stopped for hyponatremia and
          gabapentin then pregabalin (gabapentinoids) with an inadequate response.
        file: other/medical-policy-mp-np-14.txt
        page: 1
external_review:
  agency: Kentucky external review through the Department of Insurance, as named in the final decision
  final_denial_date: 2026-10-26
plan_policy:
  name: Bluegrass Heritage Medical Policy MP-NP-14, Capsaicin 8% patch (revised 01/2026)
  number: MP-NP-14
  quote: >-
    1. Painful diabetic peripheral neuropathy of the feet, documented by a physician. 2. Inadequate response,
    intolerance or contraindication to at least TWO of the following classes: (a) an SNRI (duloxetine or venlafaxine);
    (b) a gabapentinoid (gabapentin or pregabalin); (c) a tricyclic antidepressant at an analgesic dose (amitriptyline
    or nortriptyline 25 mg a day or more) for at least 4 weeks. 3. Applied in the office by a trained clinician.
  file: other/medical-policy-mp-np-14.txt
payer_criteria:
  - criterion: "1. Painful diabetic peripheral neuropathy of the feet, documented by a physician"
    how_met: Painful diabetic polyneuropathy of both feet (E11.42), documented by the pain physician with monofilament loss and burning pain 7/10
    met: true
    evidence: {file: clinical/pain-medicine-consult-2026-09-02.txt, page: 1}
  - criterion: "2. Inadequate response, intolerance or contraindication to at least TWO of the classes (a) SNRI, (b) gabapentinoid, (c) tricyclic at an analgesic dose"
    how_met: "(a) duloxetine 60 mg stopped 06/2025 for hyponatremia (sodium 127), an intolerance; (b) gabapentin 900 mg a day for 10 weeks and pregabalin 150 mg twice daily since 02/2026 with an inadequate response. Two of the three classes; the third is not required"
    met: true
    evidence: {file: clinical/pain-medicine-consult-2026-09-02.txt, page: 1}
  - criterion: "3. Applied in the office by a trained clinician"
    how_met: Applied in the pain clinic's procedure room by the physician, with topical anesthetic and monitoring for an hour
    met: true
    evidence: {file: clinical/pain-medicine-consult-2026-09-02.txt, page: 1}
treatment:
  name: Capsaicin 8% patch (J7336), applied in the office to both feet
  summary: >-
    A single in-office application of capsaicin 8% patches to both feet for painful diabetic neuropathy, repeated no
    more often than every 3 months if it helps.
  plan: Up to four patches to the feet for 30 minutes under topical anesthesia; blood pressure and pain checked for an hour; reassess at 12 weeks; repeat only with at least 30% less pain.
  setting: Pain clinic procedure room, applied by the physician
clinical:
  severity: Burning foot pain 7/10, sleep interrupted most nights (09/02/2026)
  severity_date: 2026-09-02
  suicidality: none
  suicidality_date: 2026-09-02
  history:
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2025-03
      end: 2025-06
      kind: antidepressant
      adequate: false
      outcome: Stopped for hyponatremia (sodium 127); an intolerance
      evidence: {file: clinical/pain-medicine-consult-2026-09-02.txt, page: 1}
    - drug: Gabapentin
      dose: 300 mg three times daily
      start: 2025-07-01
      end: 2025-09-10
      weeks: 10
      kind: other
      adequate: true
      failed: true
      response: none
      outcome: No meaningful relief after 10 weeks
      evidence: {file: clinical/pain-medicine-consult-2026-09-02.txt, page: 1}
    - drug: Pregabalin
      dose: 150 mg twice daily
      start: 2026-02
      ongoing: true
      kind: other
      adequate: true
      response: partial
      outcome: Pain 8/10 to 7/10 only; continued while other options are sought
      evidence: {file: clinical/pain-medicine-consult-2026-09-02.txt, page: 1}
    - drug: Amitriptyline
      dose: 10 mg at bedtime for sleep
      start: 2026-05
      ongoing: true
      kind: other
      outcome: Sleep dose prescribed by her primary care physician; not a tricyclic trial at an analgesic dose
      evidence: {file: clinical/pain-medicine-consult-2026-09-02.txt, page: 1}
author:
  name: Samuel Adeyemi-Ross, MD
  role: Treating physician, pain medicine
  relation: physician
  authorization: other/member-authorization-external-review-2026-11-20.txt
  address: |-
    Bluegrass Pain and Neuropathy Clinic (FICTIONAL), 1780 Nicholasville Road, Suite 210
    Lexington, KY 40503
  phone: (859) 555-0132
  fax: (859) 555-0134
provider:
  name: Samuel Adeyemi-Ross, MD
  credentials: MD, pain medicine
  npi: "1550293843"
  address: |-
    1780 Nicholasville Road, Suite 210
    Lexington, KY 40503
  phone: (859) 555-0132
template: external-review-request
record_dates:
  - file: clinical/pain-medicine-consult-2026-09-02.txt
    date: 2026-09-02
bates_prefix: FAIRBANKSOYELOWO
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/prior-authorization-denial-2026-09-21.txt": """
BLUEGRASS HERITAGE HEALTH INSURANCE COMPANY (FICTIONAL) - PRIOR AUTHORIZATION DENIAL          Date: 09/21/2026
Member: Loretta Fairbanks-Oyelowo   ID FICT-BGH-31447290   Group: Commonwealth Ceramics (FICTIONAL), insured plan
Reference BGH-PA-26-0908-61532   Service: capsaicin 8% patch (J7336), requested 09/08/2026 by Samuel Adeyemi-Ross, MD
Capsaicin 8% patch does not meet Medical Policy MP-NP-14, criterion 2. The member has not tried all three drug
classes. Amitriptyline 10 mg is below the analgesic dose.
""",
    "denial/final-internal-appeal-decision-2026-10-26.txt": """
BLUEGRASS HERITAGE HEALTH INSURANCE COMPANY (FICTIONAL) - FINAL INTERNAL APPEAL DECISION      Date: 10/26/2026
Member: Loretta Fairbanks-Oyelowo   Reference BGH-PA-26-0908-61532   Appeal received 10/02/2026
Reviewer: Harlan Pettibone, MD, family medicine.
Capsaicin 8% patch does not meet Medical Policy MP-NP-14, criterion 2. The member has not tried all three drug
classes (serotonin-norepinephrine reuptake inhibitor, gabapentinoid and tricyclic antidepressant). Amitriptyline 10
mg is below the analgesic dose. The denial is upheld. This is the final internal decision.
You may ask for an external review by an independent review organization within 4 months of receiving this notice,
through the Kentucky Department of Insurance.
""",
    "clinical/pain-medicine-consult-2026-09-02.txt": """
BLUEGRASS PAIN AND NEUROPATHY CLINIC (FICTIONAL) - CONSULTATION                              Date: 09/02/2026
Patient: Loretta Fairbanks-Oyelowo   DOB 01/22/1968   Physician: Samuel Adeyemi-Ross, MD   Page 1 of 1
Type 2 diabetes with painful diabetic polyneuropathy of both feet (E11.42): burning pain 7/10, monofilament loss to
the ankles, sleep interrupted most nights. A1c 7.1%. No suicidal ideation.
Tried: duloxetine 60 mg 03/2025-06/2025, stopped for hyponatremia (sodium 127) - intolerance. Gabapentin 300 mg three
times daily 07/01/2025-09/10/2025 (10 weeks), no meaningful relief. Pregabalin 150 mg twice daily since 02/2026, pain
8/10 to 7/10 only; continue for now. Amitriptyline 10 mg at bedtime for sleep since 05/2026 (her primary care
physician) - not an analgesic dose; a higher dose is unwise with her orthostatic dizziness and QTc 468 ms.
Plan: capsaicin 8% patch to both feet in the procedure room, 30 minutes under topical anesthetic, monitored 1 hour.
""",
    "other/medical-policy-mp-np-14.txt": """
BLUEGRASS HERITAGE HEALTH INSURANCE COMPANY (FICTIONAL) - MEDICAL POLICY MP-NP-14              Revised 01/2026
Capsaicin 8% patch. Page 1 of 1. Covered when all are met:
1. Painful diabetic peripheral neuropathy of the feet, documented by a physician. 2. Inadequate response,
intolerance or contraindication to at least TWO of the following classes: (a) an SNRI (duloxetine or venlafaxine);
(b) a gabapentinoid (gabapentin or pregabalin); (c) a tricyclic antidepressant at an analgesic dose (amitriptyline
or nortriptyline 25 mg a day or more) for at least 4 weeks. 3. Applied in the office by a trained clinician.
""",
    "other/medical-policy-mp-np-14-2024-version-stale.txt": """
BLUEGRASS HERITAGE HEALTH INSURANCE COMPANY (FICTIONAL) - MEDICAL POLICY MP-NP-14              Revised 03/2024
Capsaicin 8% patch. 2. Inadequate response, intolerance or contraindication to ALL of: an SNRI, a gabapentinoid and
a tricyclic antidepressant at an analgesic dose. [Replaced by the revision of 01/2026.]
""",
    "other/member-authorization-external-review-2026-11-20.txt": """
AUTHORIZATION OF REPRESENTATIVE FOR EXTERNAL REVIEW (FICTIONAL)                                 Date: 11/20/2026
I, Loretta Fairbanks-Oyelowo, authorize Samuel Adeyemi-Ross, MD, my treating physician, to request external review
for me of reference BGH-PA-26-0908-61532 and to receive my records for it.   Signed: Loretta Fairbanks-Oyelowo
""",
}

TRUTH = """
# 06 - Insured employer plan: capsaicin 8% patch for painful diabetic neuropathy denied as "not all three classes" under a policy that asks for two; external review requested by the treating pain physician (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Loretta Fairbanks-Oyelowo, 58, in an **insured employer group plan** (ERISA; Kentucky; 850 employees), painful
  diabetic polyneuropathy of both feet (E11.42). Requested **09/08/2026**: an in-office **capsaicin 8% patch (J7336)**.
- Denied **09/21/2026**; **final internal decision 10/26/2026** (reviewer: family medicine): MP-NP-14 criterion 2 not
  met, "has not tried all three drug classes"; "amitriptyline 10 mg is below the analgesic dose".
- **MP-NP-14 (revised 01/2026), criterion 2** asks for **at least TWO of three classes**. She has **(a) duloxetine**:
  stopped for **hyponatremia (sodium 127)** - intolerance; **(b) gabapentin 10 weeks** (no relief) and **pregabalin
  since 02/2026** (8 -> 7/10, continued). Two classes: met. The tricyclic is **not required**, and the decision's
  point about amitriptyline 10 mg is **true but irrelevant** (it is a sleep dose; a higher dose is unwise: orthostatic
  dizziness, QTc 468 ms).
- Criteria 1 and 3 are met (documented neuropathy; applied in office by the physician).
- **Rule and stage:** insured group plan: **external review** under **45 CFR 147.136** through the state (Kentucky
  Department of Insurance) within **4 months of the final internal denial: by 02/26/2027**; standard decision within 45
  days. Parity applies (850 employees) but the denial is a pain (medical) benefit.
- **Author:** Dr. Samuel Adeyemi-Ross, **treating physician**, with the member's written authorization (11/20/2026);
  "I" as her physician.

## Deliberately unknown
- Whether she will respond: no trial of the patch yet.
- The reviewer's reasons beyond the decision's words: the claim file is not in the case.

## Traps
- **Plan document, not a new clinical fact.** The win is the policy's own "at least TWO"; the decision read it as
  "all three".
- **Stale document:** the **2024** version of MP-NP-14 required **ALL** three - replaced in 01/2026; the request
  (09/2026) falls under the 2026 version. A letter must never quote the 2024 words as the criterion.
- **Sleep dose:** amitriptyline 10 mg is **not** a tricyclic trial - a letter must not claim the third class or
  dispute that 10 mg is below the analgesic dose.
- **Drug still taken:** pregabalin continues (partial) - "inadequate response", never "stopped".
- **Intolerance:** duloxetine stopped for hyponatremia - not "failed after an adequate trial".
- **Voice:** the physician writes "I" about "Mrs. Fairbanks-Oyelowo"; not the patient.
- **Wrong law:** no Medicare, Medicaid; not 29 CFR 2590.715-2719 (that is for self-funded plans); no "parity"
  argument is needed to win.

## Arguments a strong letter makes (strongest first)
1. **MP-NP-14 criterion 2 requires two of three classes**, and she has two: SNRI intolerance (hyponatremia) and
   gabapentinoid inadequate response (gabapentin 10 weeks; pregabalin since 02/2026). The denial applied a test the
   policy does not contain ("all three").
2. Criteria 1 and 3 are met; the final decision named no other ground: every criterion is met; approve.
3. Amitriptyline 10 mg is a sleep dose, as the decision says; criterion 2 does not need the tricyclic class, and a
   higher dose is unsafe for her (orthostatic dizziness, QTc 468 ms).
4. Ask the independent reviewer, a physician in pain medicine or neurology, to decide under MP-NP-14 as revised 01/2026.

## What a letter must NOT say
- "all three classes were tried"; "a tricyclic trial"; "amitriptyline at an analgesic dose".
- "ALL of: an SNRI, a gabapentinoid and a tricyclic" as the criterion in force.
- "failed pregabalin", "stopped pregabalin"; "duloxetine failed after an adequate trial"; "suicidal".
- "Medicare", "Medicaid", "29 CFR 2590.715-2719" as the external review rule for this insured plan.
- "I have diabetic neuropathy" (voice).
"""

ANSWERS = [
    ("insured", "insured plan", "denial/prior-authorization-denial-2026-09-21.txt"),
    ("final decision date", "FINAL INTERNAL APPEAL DECISION      Date: 10/26/2026", "denial/final-internal-appeal-decision-2026-10-26.txt"),
    ("external review window", "within 4 months of receiving this notice", "denial/final-internal-appeal-decision-2026-10-26.txt"),
    ("deadline", "next_deadline: 2027-02-26", "case.yaml"),
    ("wrong reading", "has not tried all three drug", "denial/final-internal-appeal-decision-2026-10-26.txt"),
    ("policy words", "at least TWO of the following classes", "other/medical-policy-mp-np-14.txt"),
    ("policy version", "Revised 01/2026", "other/medical-policy-mp-np-14.txt"),
    ("stale version", "Replaced by the revision of 01/2026", "other/medical-policy-mp-np-14-2024-version-stale.txt"),
    ("SNRI intolerance", "stopped for hyponatremia (sodium 127) - intolerance", "clinical/pain-medicine-consult-2026-09-02.txt"),
    ("gabapentin", "07/01/2025-09/10/2025 (10 weeks), no meaningful relief", "clinical/pain-medicine-consult-2026-09-02.txt"),
    ("pregabalin continues", "8/10 to 7/10 only; continue for now", "clinical/pain-medicine-consult-2026-09-02.txt"),
    ("sleep dose", "Amitriptyline 10 mg at bedtime for sleep", "clinical/pain-medicine-consult-2026-09-02.txt"),
    ("why no higher TCA", "QTc 468 ms", "clinical/pain-medicine-consult-2026-09-02.txt"),
    ("reviewer specialty", "Harlan Pettibone, MD, family medicine", "denial/final-internal-appeal-decision-2026-10-26.txt"),
    ("authorization", "authorize Samuel Adeyemi-Ross, MD, my treating physician", "other/member-authorization-external-review-2026-11-20.txt"),
    ("rule", "**45 CFR 147.136**", "truth"),
]
