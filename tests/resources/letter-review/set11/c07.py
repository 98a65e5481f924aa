# FICTIONAL case 07: individual Marketplace EPO, emergency psychiatric admission out of state and out of network
# after an ED visit; the ED was paid, the inpatient stay denied as out-of-network and unauthorized. His wife writes
# the first internal appeal as authorized representative.
SLUG = "07-marketplace-epo-oon-emergency-psych-admission-spouse"

YAML = """
# FICTIONAL CASE (set 11, case 07) - every person, plan, number and address is invented.
# Individual Marketplace EPO (Washington): while visiting family in Oregon the member was taken to an
# out-of-network emergency department with active suicidal ideation and a plan, held involuntarily and admitted
# to the same hospital's psychiatric unit (09/12-09/19/2026). The plan paid the ED visit as an emergency but
# denied the inpatient stay as out-of-network and not authorized. His wife appeals with his written authorization.
patient:
  name: Ignatius Fairweather-Lund
  salutation: Mr. Fairweather-Lund
  date_of_birth: 1981-07-19
  member_id: CRH-FICT-W-5590217
  address: |-
    1229 Cormorant Street
    Vashon Reach, WA 98999
  phone: (360) 555-0125
insurer:
  name: Cobalt Ridge Health Plans, Individual EPO (FICTIONAL)
  appeals_address: |-
    Cobalt Ridge Health Plans - Appeals Department
    PO Box 91145
    Vashon Reach, WA 98998
  fax: (360) 555-0186
claim:
  number: CRH-26-1002-300871
  plan_type: individual_aca
  notice_date: 2026-10-22
  service_dates: [2026-09-12, 2026-09-19]
  procedure_codes: ["99223", "99232"]
  diagnosis_codes: [F33.3, R45.851]
  carc_codes: [CO-242, CO-197]
  denial_reason: >-
    Inpatient psychiatric admission 09/12/26-09/20/26 at Saint Avelline Regional Medical Center is denied. The
    provider is not in your EPO network, and out-of-network services are not covered except emergency services.
    No prior authorization was obtained for the admission. (CARC 242, 197)
  denial_category: out_of_network
  denial_reasons: [out_of_network, prior_authorization]
  action: none
  appeal_deadline: 2027-04-20
  deadline_basis: >-
    Stated in the notice: "You must file your appeal within 180 days of receiving this notice"; counted from the
    notice date, October 22, 2026.
prior_auth:
  reason_missing: >-
    An emergency admission: he was brought by police with active suicidal ideation and a plan, placed on a 72-hour
    emergency hold in the emergency department and admitted from it the same morning. Under Section 4.2 emergency
    services, including care after stabilization in the same stay, need no prior authorization.
plan_policy:
  name: Cobalt Ridge Individual EPO Policy, Section 4.2 Emergency Services (FICTIONAL)
  number: "4.2"
  quote: >-
    Emergency services are covered at the in-network cost share whether received from a network or non-network
    provider, without prior authorization. Emergency services include services to stabilize you, and services
    after you are stabilized, during the same stay, unless you are able to travel by non-medical transport to a
    network facility and you gave written consent to receive non-network care.
  file: other/cobalt-ridge-epo-policy-section-4-2.txt
treatment:
  name: Emergency inpatient psychiatric admission
  summary: >-
    An emergency admission from the emergency department to the same hospital's psychiatric unit, under an
    involuntary hold, for a severe depressive episode with psychotic features and active suicidal ideation with a plan.
  setting: Saint Avelline Regional Medical Center, Quillon, OR (FICTIONAL), emergency department then inpatient psychiatric unit
  plural: false
author:
  name: Rosalind Fairweather-Lund
  role: Wife of the member and his authorized representative
  relation: representative
  address: |-
    1229 Cormorant Street
    Vashon Reach, WA 98999
  phone: (360) 555-0125
  email: rosalind.fl@mail.example
  authorization: other/authorized-representative-designation-2026-11-05.txt
provider:
  name: Saint Avelline Regional Medical Center (FICTIONAL)
  npi: "1093847261"
  phone: (541) 555-0130
  address: |-
    2700 Beacon Hill Road
    Quillon, OR 97999
clinical:
  severity: PHQ-9 26 and active suicidal ideation with a plan on September 12, 2026 (emergency department); PHQ-9 12 at discharge on September 19, 2026
  severity_date: 2026-09-19
  suicidality: active
  suicidality_date: 2026-09-12
  history:
    - drug: Sertraline
      dose: 100 mg daily
      start: 2026-05
      end: 2026-09-12
      outcome: Partial response at 100 mg; changed in hospital
      response: partial
    - drug: Olanzapine (started in hospital)
      kind: augmentation
      dose: 5 mg at bedtime
      start: 2026-09-13
      ongoing: true
      outcome: Started for psychotic features during the admission
record_dates:
  - {file: clinical/discharge-summary-2026-09-19.txt, date: 2026-09-19}
bates_prefix: FAIRWEATHERLUND
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/eob-denial-2026-10-22.txt": """
COBALT RIDGE HEALTH PLANS (FICTIONAL) - Individual EPO (WA Marketplace)
EXPLANATION OF BENEFITS                                                    October 22, 2026
Member: IGNATIUS FAIRWEATHER-LUND   ID: CRH-FICT-W-5590217   Claim: CRH-26-1002-300871
Provider: SAINT AVELLINE REGIONAL MEDICAL CENTER, QUILLON OR (non-network)

Line  Dates              Service                         Billed      Plan paid  You may owe  Code
1     09/12/26           Emergency room visit (0450)     $3,910.00   $3,128.00  $250.00 copay PAID AS EMERGENCY
2     09/12/26-09/20/26  Inpatient psych R&B (0114) x8   $31,200.00  $0.00      $31,200.00   242, 197
3     09/12/26-09/19/26  Psychiatrist visits (99223/99232) $3,290.00 $0.00      $3,290.00    242, 197

Remark 242/197: Inpatient psychiatric admission 09/12/26-09/20/26 at Saint Avelline Regional Medical Center is
denied. The provider is not in your EPO network, and out-of-network services are not covered except emergency
services. No prior authorization was obtained for the admission. (CARC 242, 197)

You must file your appeal within 180 days of receiving this notice. Write to Cobalt Ridge Health Plans, Appeals
Department, PO Box 91145, Vashon Reach WA 98998, fax (360) 555-0186. You may have someone act for you.
""",
    "clinical/ed-record-2026-09-12.txt": """
SAINT AVELLINE REGIONAL MEDICAL CENTER (FICTIONAL) - EMERGENCY DEPARTMENT RECORD        09/12/2026 01:40
Pt: Fairweather-Lund, Ignatius   DOB 07/19/1981   Brought by: police (called by wife)   Visiting family.
CC: "I have to end it before I ruin everyone." Active SI with plan (firearm at brother-in-law's house), intent.
Hears a voice saying he is worthless. PHQ-9 26. Not intoxicated (BAL 0, UDS neg).
ED psychiatrist (Dr. Ewan Tallis): imminent danger to self; 72-hour emergency hold initiated 02:55.
Not safe for discharge or for transfer by private vehicle. Nearest in-network psychiatric bed (per plan call
09/12 04:10, ref CRH-FICT-0912-118): Tacoma, 290 miles; would require secured medical transport; plan rep could
not confirm a bed. Admitted to 4 West (inpatient psychiatry) 06:20 on hold.
No notice-and-consent form was presented or signed (patient lacked capacity to consent at the time).
""",
    "clinical/discharge-summary-2026-09-19.txt": """
SAINT AVELLINE REGIONAL MEDICAL CENTER (FICTIONAL) - PSYCHIATRIC DISCHARGE SUMMARY
Pt: Fairweather-Lund, Ignatius   Admit: 09/12/2026   Discharge: 09/19/2026 11:15   LOS 7 days
Dx: MDD, recurrent, severe with psychotic features (F33.3); suicidal ideation (R45.851).
Course: hold converted to voluntary 09/15. Sertraline changed to 150 mg; olanzapine 5 mg hs added 09/13.
SI resolved by 09/17; no voices by 09/18. PHQ-9 12 at discharge. Firearm removed by family (confirmed).
Prior outpatient visit 08/20/2026 (his PCP, WA): "denies SI" noted then.
Follow-up: Dr. Mara Quist (in-network psychiatrist, Vashon Reach) 09/24/2026.
""",
    "other/cobalt-ridge-epo-policy-section-4-2.txt": """
COBALT RIDGE HEALTH PLANS (FICTIONAL) - INDIVIDUAL EPO POLICY 2026, SECTION 4.2 EMERGENCY SERVICES
Emergency services are covered at the in-network cost share whether received from a network or non-network
provider, without prior authorization. Emergency services include services to stabilize you, and services
after you are stabilized, during the same stay, unless you are able to travel by non-medical transport to a
network facility and you gave written consent to receive non-network care.
An emergency medical condition includes a mental health condition with symptoms severe enough that a prudent
layperson could reasonably expect serious harm without immediate care.
""",
    "other/authorized-representative-designation-2026-11-05.txt": """
COBALT RIDGE HEALTH PLANS (FICTIONAL) - DESIGNATION OF AUTHORIZED REPRESENTATIVE
I, Ignatius Fairweather-Lund (ID CRH-FICT-W-5590217), name my wife Rosalind Fairweather-Lund to act for me in the
appeal of claim CRH-26-1002-300871.   Signed: /s/ Ignatius Fairweather-Lund   11/05/2026
""",
}

TRUTH = """
# 07 - Marketplace EPO: out-of-network emergency psychiatric admission denied; wife appeals (FICTIONAL)

All people, plans, numbers and addresses are invented. This truth file is FICTIONAL.

## What is true
- Ignatius Fairweather-Lund, 45, **individual Marketplace EPO** (`individual_aca`), Washington. In Oregon on
  2026-09-12 he was brought to a non-network ED with **active SI with a plan and intent** and psychotic features,
  placed on a **72-hour emergency hold**, and admitted to the same hospital's psychiatric unit until **2026-09-19**
  (7 days). The plan **paid the ED visit as an emergency** and denied the inpatient stay and psychiatrist visits
  (CARC 242, 197) on 2026-10-22.
- The plan's own **Section 4.2**: emergency services (covered at in-network cost share, no prior authorization)
  **include post-stabilization services in the same stay unless he could travel by non-medical transport to a
  network facility and gave written consent**. Neither condition holds: the ED record says not safe for transfer
  by private vehicle, nearest in-network bed 290 miles away needing secured transport, and **no notice-and-consent
  form was presented or signed** (he lacked capacity).
- Federal law says the same for individual coverage (emergency services including post-stabilization services,
  45 CFR 149.110 with the definition in 149.30 and the notice-and-consent conditions of 149.410(b)); a letter may
  cite it **only** this way (it is true here), or rely on Section 4.2 alone. (The writer cites these paragraphs
  from memory; they were not re-checked against the eCFR in this session. Section 4.2 is the safe ground, and a
  letter that relies on it alone loses nothing.)
- First internal appeal, 180 days (45 CFR 147.136(b)(3)) -> 2027-04-20. Author: his wife, authorized representative
  ("Mr. Fairweather-Lund", not "I" for the patient).

## Deliberately unknown
- What the hospital will bill him if the plan pays (balance billing): not for the letter to promise.
- The plan's allowed amount for the stay; whether the plan called it "post-stabilization" in its own review.

## Traps
- **Date conflict**: the EOB says 09/12-**09/20** and "x8" room-and-board days; the discharge summary says discharge
  **09/19**, LOS 7 days. The letter must use 09/19 (and may point out the EOB's error), not 8 days.
- **Earlier "denies SI"** (PCP 08/20/2026) is an earlier visit; on 09/12 he had active SI with a plan. The SI is
  >90 days ago now: the letter states it as the reason for the emergency admission with its date, not as a present risk.
- **Not a network gap exception**: the argument is emergency/post-stabilization coverage, not "no in-network
  provider exists". The 290-mile bed is a fact about transfer, not a network adequacy claim (no 45 CFR 156.230).
- **Prior authorization**: emergency services need none under Section 4.2; don't argue "retro-authorization for
  good cause" as the main point, and don't say authorization was requested (it wasn't).
- The ED visit was paid: don't appeal it.
- Olanzapine started in hospital is not a failed trial; sertraline 100 mg partial is not an adequate-trial count
  argument (this is not a medical-necessity denial).

## Arguments a strong letter makes
1. The admission was an emergency service under the plan's own Section 4.2 (and 45 CFR 149.110): stabilization and
   post-stabilization in the same stay, with neither exception met (no safe non-medical transport; no consent).
   Pay lines 2-3 at the in-network cost share, no prior authorization required.
2. The facts: police brought him, 72-hour hold, active SI with plan and psychotic features (ED record 09/12).
3. Correct the dates (09/12-09/19, 7 days) and ask for the claim documents and the plan's review notes.

## What a letter must NOT say
- "09/20", "8 days", "no in-network psychiatric hospital exists", "network adequacy 156.230", "network gap exception".
- "we requested authorization", "he consented to out-of-network care", "he is currently suicidal".
- ERISA, 29 CFR 2560.503-1, EBSA; "the No Surprises Act protects him from any bill" as a promise about amounts.
"""

CHECKS = [
    ("denial/eob-denial-2026-10-22.txt", "Inpatient psychiatric admission 09/12/26-09/20/26"),
    ("denial/eob-denial-2026-10-22.txt", "PAID AS EMERGENCY"),
    ("denial/eob-denial-2026-10-22.txt", "You must file your appeal within 180 days of receiving this notice"),
    ("clinical/discharge-summary-2026-09-19.txt", "Discharge: 09/19/2026 11:15   LOS 7 days"),
    ("clinical/discharge-summary-2026-09-19.txt", "Prior outpatient visit 08/20/2026 (his PCP, WA): \"denies SI\" noted then"),
    ("clinical/ed-record-2026-09-12.txt", "Active SI with plan"),
    ("clinical/ed-record-2026-09-12.txt", "72-hour emergency hold initiated"),
    ("clinical/ed-record-2026-09-12.txt", "Not safe for discharge or for transfer by private vehicle"),
    ("clinical/ed-record-2026-09-12.txt", "No notice-and-consent form was presented or signed"),
    ("clinical/ed-record-2026-09-12.txt", "Tacoma, 290 miles"),
    ("other/cobalt-ridge-epo-policy-section-4-2.txt", "unless you are able to travel by non-medical transport to a network facility and you gave written consent"),
]

CASE = {"slug": SLUG, "yaml": YAML, "docs": DOCS, "truth": TRUTH, "checks": CHECKS}
