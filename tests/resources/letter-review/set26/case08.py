"""Set 26, case 08 (FICTIONAL): a Medicare Advantage PPO refuses to pay back twelve psychotherapy sessions with an
out-of-network licensed marriage and family therapist as "provider type not eligible ... not enrolled in Medicare",
applying a 2022 internal table; its own 2026 EOC lists marriage and family therapists, Medicare has covered them since
01/01/2024, and the therapist is enrolled. Reconsideration asked by the therapist as appointed representative."""

SLUG = "08-medicare-advantage-ppo-lmft-psychotherapy-provider-type-not-eligible-reconsideration-therapist"

CASE_YAML = r"""
# FICTIONAL CASE (set 26, case 08) - every person, plan, provider, contractor, number and address is invented.
# Medicare Advantage PPO, California. Mrs. Fenwick, 68, saw a licensed marriage and family therapist (LMFT), outside the
# PPO's network, for 12 weekly psychotherapy sessions (90837, 06/03-08/19/2026), paid him $110 a session and asked the
# plan to pay her back. The plan's notice of 10/16/2026: "This provider type (marriage and family therapist) is not
# eligible for payment under our plan (Provider Specialty Eligibility Table BH-PS-7, revised 06/2022). The provider is
# not enrolled in Medicare." The 2026 EOC covers outpatient mental health care by marriage and family therapists, in
# or out of network (40% coinsurance out of network), and says the EOC governs over other plan documents; Medicare has
# covered marriage and family therapists since 01/01/2024; the therapist has been enrolled since 03/11/2024. He writes
# the reconsideration request as her appointed representative (CMS-1696).
patient:
  name: Gloria Fenwick
  salutation: Mrs. Fenwick
  date_of_birth: 1958-01-22
  member_id: FICT-SGA-H9921-004-771823
  address: |-
    6120 Riverside Boulevard
    Sacramento, CA 95831
  phone: (916) 555-0133
insurer:
  name: Sierra Golden Advantage PPO (Medicare Advantage) (FICTIONAL)
  appeals_address: |-
    Sierra Golden Advantage - Appeals and Grievances (address FICTIONAL)
    PO Box 25519
    Sacramento, CA 95865
  fax: (916) 555-0148
claim:
  number: SGA-MR-26-0902-118834
  plan_type: medicare_advantage
  notice_date: 2026-10-16
  appeal_deadline: 2026-12-20
  deadline_basis: >-
    Notice of 10/16/2026: "You must ask for a reconsideration within 65 calendar days from the date of this notice."
  service_dates: [2026-06-03, 2026-06-10, 2026-06-17, 2026-06-24, 2026-07-01, 2026-07-08, 2026-07-15, 2026-07-22, 2026-07-29, 2026-08-05, 2026-08-12, 2026-08-19]
  sessions: 12
  setting: outpatient
  procedure_codes: [90837]
  diagnosis_codes: [F32.1]
  denial_reason: >-
    We will not pay for these services. This provider type (marriage and family therapist) is not eligible for payment
    under our plan (Provider Specialty Eligibility Table BH-PS-7, revised 06/2022). The provider is not enrolled in
    Medicare.
  denial_category: not_covered
  denial_reasons: [not_covered]
  corrections:
    - said: "The provider is not enrolled in Medicare."
      record: >-
        Daniel Okafor, LMFT, has been enrolled in Medicare as a marriage and family therapist since March 11, 2024
        (the Medicare contractor's approval letter of March 29, 2024)
      file: other/medicare-enrollment-approval-2024-03-29.txt
      page: 1
provider_enrollment:
  provider: Daniel Okafor, LMFT (marriage and family therapist)
  effective: 2024-03-11
  record:
    name: Medicare enrollment approval (Pacific Coast Medicare Administrators, MAC)
    date: 2024-03-29
    file: other/medicare-enrollment-approval-2024-03-29.txt
    page: 1
plan_policy:
  name: Evidence of Coverage 2026, Chapter 4, Medical Benefits Chart - Outpatient mental health care
  quote: >-
    Outpatient mental health care. We cover individual and group therapy given by any of these Medicare-qualified
    professionals, as state law allows: psychiatrists and other physicians, clinical psychologists, clinical social
    workers, clinical nurse specialists, nurse practitioners, physician assistants, marriage and family therapists,
    and mental health counselors. No prior authorization is needed. In network: $20 copay per visit. Out of network:
    40% coinsurance.
  file: other/eoc-2026-excerpts.txt
  listed:
    name: Evidence of Coverage 2026, Chapter 4, Medical Benefits Chart
    entry: >-
      We cover individual and group therapy given by any of these Medicare-qualified professionals, as state law
      allows: ... marriage and family therapists, and mental health counselors.
    as: covered outpatient mental health care when a marriage and family therapist gives it
    file: other/eoc-2026-excerpts.txt
    page: 1
  exclusion:
    name: Provider Specialty Eligibility Table BH-PS-7 (revised 06/2022), "Not eligible ... marriage and family therapist"
    file: other/provider-specialty-table-bh-ps-7-2022.txt
    superseded:
      by: >-
        the 2026 Evidence of Coverage, Chapter 4 (outpatient mental health care by marriage and family therapists),
        following Medicare's coverage of marriage and family therapists from January 1, 2024, as the plan's own
        December 2023 provider bulletin announced
      from: 2024-01-01
      quote: >-
        We cover individual and group therapy given by any of these Medicare-qualified professionals, as state law
        allows: ... marriage and family therapists, and mental health counselors.
      file:
        - other/eoc-2026-excerpts.txt
        - other/plan-provider-bulletin-2023-12.txt
  precedence:
    name: Evidence of Coverage 2026, Chapter 1, Section 1.3
    quote: >-
      This Evidence of Coverage is part of our contract with you. If a provider manual, payment policy or other
      document we use differs from this Evidence of Coverage about what we cover, this Evidence of Coverage governs.
    file: other/eoc-2026-excerpts.txt
    page: 1
    governs: the Evidence of Coverage 2026
    over: Provider Specialty Eligibility Table BH-PS-7 (revised 06/2022)
    ground: This provider type (marriage and family therapist) is not eligible for payment under our plan
  other_terms: >-
    Chapter 3, Section 2.4: As a PPO member you may see providers outside our network for covered services; you pay
    the out-of-network cost sharing, and we pay providers who are eligible to be paid by Medicare. Chapter 7, Section
    2.1: If you paid for covered services, send us the bill and proof of payment and ask us to pay you back.
  other_terms_file: other/eoc-2026-excerpts.txt
treatment:
  name: Outpatient individual psychotherapy (90837), 12 weekly sessions with a licensed marriage and family therapist
  summary: >-
    Twelve weekly 60-minute psychotherapy sessions for a moderate depressive episode after her husband's death, with a
    licensed marriage and family therapist enrolled in Medicare; PHQ-9 17 to 9.
clinical:
  severity: PHQ-9 17 on 05/27/2026 (before therapy); PHQ-9 9 on 08/19/2026
  severity_date: 2026-08-19
  suicidality: none
  suicidality_date: 2026-08-19
  response: PHQ-9 17 (05/27/2026) before the sessions and 9 (08/19/2026) after the twelfth
  response_level: response
  history:
    - drug: Counseling (2009 episode)
      dose: weekly sessions
      start: 2009-03
      end: 2009-07
      kind: psychotherapy
      sessions: 14
      adequate: true
      response: remission
      outcome: Remission of an earlier episode
      evidence: {file: clinical/therapy-progress-summary-2026-08-19.txt, page: 1}
    - drug: Sertraline
      dose: 50 mg daily
      start: 2026-04-14
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Prescribed by her primary care physician; partial response; continues
      evidence: {file: clinical/therapy-progress-summary-2026-08-19.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2026-03
      ongoing: true
      kind: other
      outcome: For sleep only
      evidence: {file: clinical/therapy-progress-summary-2026-08-19.txt, page: 1}
author:
  name: Daniel Okafor
  role: Licensed marriage and family therapist (LMFT), the member's treating therapist and appointed representative (form CMS-1696)
  relation: clinician
  authorization: other/cms-1696-appointment-2026-11-05.txt
  address: |-
    Riverside Family Therapy, 2701 Land Park Drive, Suite 5
    Sacramento, CA 95818
  phone: (916) 555-0169
  email: dokafor@riversidefamilytherapy.example
provider:
  name: Daniel Okafor
  credentials: LMFT
  npi: "1433720954"
  license: California LMFT FICT-LMFT-118204
  address: |-
    Riverside Family Therapy, 2701 Land Park Drive, Suite 5
    Sacramento, CA 95818
  phone: (916) 555-0169
reimbursement:
  amount_billed: "$1,320.00"
  amount_paid: "$0.00"
bates_prefix: FENWICK
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {}

DOCS["denial/notice-of-denial-of-payment-2026-10-16.txt"] = """
SIERRA GOLDEN ADVANTAGE PPO (FICTIONAL) - A MEDICARE ADVANTAGE PLAN
NOTICE OF DENIAL OF PAYMENT          Date of this notice: 10/16/2026          Page 1

Member: Gloria Fenwick          Member ID: FICT-SGA-H9921-004-771823          Reference: SGA-MR-26-0902-118834
Your request received: 09/02/2026 (request to pay you back, with the provider's bill and your receipts)
Services: psychotherapy, 60 minutes (90837), 12 visits, 06/03/2026 - 08/19/2026
Provider: Daniel Okafor, LMFT, Riverside Family Therapy (not in our network)          Amount you paid: $1,320.00

We will not pay for these services. This provider type (marriage and family therapist) is not eligible for payment under
our plan (Provider Specialty Eligibility Table BH-PS-7, revised 06/2022). The provider is not enrolled in Medicare.

YOUR RIGHT TO APPEAL: You have the right to ask us to reconsider. You must ask for a reconsideration within 65 calendar
days from the date of this notice. Send it to Sierra Golden Advantage - Appeals and Grievances, PO Box 25519,
Sacramento, CA 95865, or fax (916) 555-0148. Because this is a request for payment for care you already received, a
fast (expedited) appeal is not available. If you want someone to appeal for you, send an Appointment of Representative
form (CMS-1696). If we do not decide fully in your favor, we will send your case to an independent review organization.
"""

DOCS["other/eoc-2026-excerpts.txt"] = """
SIERRA GOLDEN ADVANTAGE PPO (FICTIONAL) - 2026 EVIDENCE OF COVERAGE (excerpts)          Page 1

Chapter 1, Section 1.3 - Legal information about this document
This Evidence of Coverage is part of our contract with you. If a provider manual, payment policy or other document we
use differs from this Evidence of Coverage about what we cover, this Evidence of Coverage governs.

Chapter 3, Section 2.4 - Getting care from out-of-network providers
As a PPO member you may see providers outside our network for covered services; you pay the out-of-network cost
sharing, and we pay providers who are eligible to be paid by Medicare.

Chapter 4 - Medical Benefits Chart (what is covered and what you pay)
Outpatient mental health care. We cover individual and group therapy given by any of these Medicare-qualified
professionals, as state law allows: psychiatrists and other physicians, clinical psychologists, clinical social
workers, clinical nurse specialists, nurse practitioners, physician assistants, marriage and family therapists, and
mental health counselors. No prior authorization is needed. In network: $20 copay per visit. Out of network: 40%
coinsurance.

Chapter 7, Section 2.1 - Asking us to pay you back
If you paid for covered services, send us the bill and proof of payment and ask us to pay you back.
"""

DOCS["other/provider-specialty-table-bh-ps-7-2022.txt"] = """
SIERRA GOLDEN ADVANTAGE (FICTIONAL) - PROVIDER SPECIALTY ELIGIBILITY TABLE BH-PS-7          Revised: 06/2022      Page 1
(Internal claims table; printed from the plan's provider portal on 11/20/2026)

Behavioral health provider types eligible for payment (Medicare Advantage products):
psychiatrist; other physician; clinical psychologist; clinical social worker; clinical nurse specialist; nurse
practitioner; physician assistant.
Not eligible: licensed professional counselor; marriage and family therapist; unlicensed staff.
"""

DOCS["other/plan-provider-bulletin-2023-12.txt"] = """
SIERRA GOLDEN ADVANTAGE (FICTIONAL) - PROVIDER BULLETIN          December 2023          Page 1

New Medicare provider types from January 1, 2024
Beginning January 1, 2024, Medicare covers services of marriage and family therapists and mental health counselors
who are enrolled in Medicare. Our Medicare Advantage plans will pay these professionals for covered outpatient mental
health services furnished on or after that date. Claims systems and provider tables will be updated.
"""

DOCS["other/medicare-enrollment-approval-2024-03-29.txt"] = """
PACIFIC COAST MEDICARE ADMINISTRATORS (FICTIONAL MAC) - MEDICARE ENROLLMENT APPROVAL          Date: 03/29/2024    Page 1

To: Daniel Okafor, LMFT, Riverside Family Therapy, 2701 Land Park Drive, Suite 5, Sacramento, CA 95818
Your application to enroll in Medicare is APPROVED.
Provider type: marriage and family therapist          NPI: 1433720954
Effective date of Medicare billing privileges: 03/11/2024
"""

DOCS["other/superbill-and-receipts-2026.txt"] = """
RIVERSIDE FAMILY THERAPY (FICTIONAL) - STATEMENT FOR INSURANCE (superbill)          Date: 08/26/2026          Page 1

Patient: Gloria Fenwick, DOB 01/22/1958          Insurance: Sierra Golden Advantage PPO, ID FICT-SGA-H9921-004-771823
Provider: Daniel Okafor, LMFT, NPI 1433720954, California LMFT FICT-LMFT-118204, tax ID 68-0000291
Diagnosis: F32.1 major depressive disorder, single episode, moderate
Place of service 11 (office). 90837 on 06/03, 06/10, 06/17, 06/24, 07/01, 07/08, 07/15, 07/22, 07/29, 08/05, 08/12
and 08/19/2026; $110.00 each; 12 visits; total $1,320.00; paid in full by the patient (receipts attached).
"""

DOCS["other/cms-1696-appointment-2026-11-05.txt"] = """
APPOINTMENT OF REPRESENTATIVE (form CMS-1696, as completed - FICTIONAL copy)          Signed: 11/05/2026          Page 1

Name of party: Gloria Fenwick          Plan member ID: FICT-SGA-H9921-004-771823
I appoint Daniel Okafor, LMFT, Riverside Family Therapy, 2701 Land Park Drive, Suite 5, Sacramento, CA 95818, to act as
my representative in my request that Sierra Golden Advantage pay me back for my therapy visits of June-August 2026.
Signature of party: Gloria Fenwick (signed 11/05/2026)
Acceptance: I accept this appointment. I am the provider of the services at issue. I will not charge a fee for
representing her. Signature of representative: Daniel Okafor, LMFT (signed 11/05/2026)
"""

DOCS["clinical/therapy-progress-summary-2026-08-19.txt"] = """
RIVERSIDE FAMILY THERAPY (FICTIONAL) - PSYCHOTHERAPY PROGRESS SUMMARY          Date: 08/19/2026          Page 1

Client: Gloria Fenwick, 68          Therapist: Daniel Okafor, LMFT
Diagnosis: F32.1 major depressive disorder, single episode, moderate, after her husband's death in January 2026.
Treatment: weekly 60-minute individual psychotherapy (grief-focused cognitive behavioral therapy), 12 sessions,
06/03/2026 - 08/19/2026.
Measures: PHQ-9 17 on 05/27/2026; PHQ-9 9 on 08/19/2026. No suicidal thoughts at any session.
Other care: sertraline 50 mg daily since 04/14/2026 from her primary care physician, partial response, continues;
trazodone 50 mg at bedtime for sleep since March 2026. Earlier episode: counseling in 2009 (14 sessions), remission.
Plan: every other week through October, then review.
"""

TRUTH = r"""
# 08 - Medicare Advantage PPO: psychotherapy with an out-of-network marriage and family therapist denied as "provider type not eligible"; reconsideration asked by the therapist as appointed representative (FICTIONAL)

All people, plans, providers, contractors, numbers and addresses are invented (FICTIONAL).

## What is true
- Gloria Fenwick, 68 (DOB 01/22/1958), Sacramento, CA, is enrolled in **Sierra Golden Advantage PPO**, a Medicare
  Advantage plan.
- She had **12 weekly 60-minute psychotherapy sessions (90837), 06/03-08/19/2026**, with **Daniel Okafor, LMFT**, who is
  **outside the PPO's network**; she paid **$110 a session, $1,320.00**, and asked the plan to pay her back (received
  09/02/2026). PHQ-9 17 -> 9.
- The plan's **notice of 10/16/2026** refused: "This provider type (marriage and family therapist) is not eligible for
  payment under our plan (**Provider Specialty Eligibility Table BH-PS-7, revised 06/2022**). The provider is not enrolled
  in Medicare."
- The plan's own **2026 EOC, Chapter 4**, covers outpatient therapy by "**marriage and family therapists**" among the
  Medicare-qualified professionals, **no prior authorization**, **out of network: 40% coinsurance**; Chapter 3, 2.4 lets a
  PPO member see out-of-network providers eligible to be paid by Medicare; **Chapter 1, 1.3: where another document (a
  payment policy) differs about what is covered, the EOC governs**.
- **Medicare has covered services of marriage and family therapists since 01/01/2024** (the plan's own December 2023
  provider bulletin says so), and a Medicare Advantage plan must cover what Original Medicare covers (42 CFR
  422.101(a)-(b)). **Mr. Okafor has been enrolled in Medicare since 03/11/2024** (the MAC's approval of 03/29/2024): the
  "not enrolled" statement is false. Table BH-PS-7 (06/2022) predates the change.
- **Stage and rule:** a Medicare Advantage **reconsideration** of a payment denial (42 CFR 422.578-422.590), within
  **65 days of the notice: by 12/20/2026** (422.582(b)); a payment reconsideration is decided within **60 days**
  (422.590(b)); no expedited route for payment; if the plan does not decide fully in her favor it **sends the case to the
  independent review entity itself** (422.592).
- **Author:** Daniel Okafor, LMFT, her treating therapist, **appointed on CMS-1696 (11/05/2026)**. He writes as her
  treating marriage and family therapist about "Mrs. Fenwick", not as a physician.

## Deliberately unknown
- The plan's out-of-network allowed amount for 90837 by an LMFT: unknown; the plan pays its share after **40%
  coinsurance**, so what she gets back is **not** $1,320.00 and may be less than 60% of it. No amount may be promised.
- Whether Mr. Okafor accepts Medicare assignment or is bound by limits on what a non-contracted provider may charge an
  MA member: not in the case; the letter need not argue it.
- Whether other MFT claims of the plan were denied the same way: not in the case.

## Traps
- **Document and date, not medicine.** The denial is about the provider type and enrollment, not medical necessity.
  No count of failed trials, no literature, no peer-to-peer, no clinical reviewer's specialty.
- **Not a network case.** Out-of-network care is covered in the PPO at 40% coinsurance; a letter must not ask for a
  network gap exception or in-network cost sharing, nor cite network adequacy rules.
- **The therapy works:** PHQ-9 17 -> 9; psychotherapy is not a drug trial. **Sertraline is continuing with a partial
  response** (never "failed"); **trazodone is for sleep**; the **2009 counseling brought remission** of an earlier
  episode.
- **Stale documents:** Table **BH-PS-7 (06/2022)** is the plan's outdated internal table (its own Dec. 2023 bulletin
  says tables would be updated); a letter must not treat it as the plan's current terms.
- **Who writes:** a therapist who is the provider of the services, appointed on CMS-1696 - never "Dr. Okafor", "the
  physician", "the prescriber". (A non-contracted provider appealing in his own name would need a waiver of liability;
  here he appeals as her representative, for her refund.)
- **Wrong law:** Medicare Advantage: no ERISA, no ACA external review (45 CFR 147.136), no MHPAEA/parity (does not reach
  Medicare), no state insurance department as the route, no Original Medicare MAC/QIC redetermination, no Part D rules,
  no "72 hours"/expedited, no 7-day Part B drug clock (this is not a drug), no request that she ask the IRE (automatic).
- **Voice:** the therapist writes "I" for himself and "Mrs. Fenwick"/"my client" for her; never her first person.

## Arguments a strong letter makes (strongest first)
1. The plan's **own 2026 EOC** covers outpatient therapy by **marriage and family therapists** (Chapter 4), out of network
   at 40% coinsurance with no prior authorization, and **says it governs** over any payment policy that differs (Chapter
   1, 1.3): Table BH-PS-7 (06/2022) cannot take away a benefit the EOC gives.
2. **Medicare** covers marriage and family therapists' services from **01/01/2024**, and the plan must cover what
   Original Medicare covers (42 CFR 422.101); the plan's own December 2023 bulletin says it would pay them.
3. The notice's "**not enrolled in Medicare**" is wrong: enrolled since **03/11/2024** (MAC approval of 03/29/2024),
   before every date of service. Ask the plan to reverse and pay her back under the out-of-network benefit for the 12
   visits (06/03-08/19/2026) and to correct its provider table; note the decision time for a payment reconsideration and
   that an adverse decision goes to the IRE. In time (by 12/20/2026); CMS-1696 enclosed.

## What a letter must NOT say
- "network gap exception", "in-network cost sharing", "45 CFR 156.230", "438.206".
- "the plan must pay $1,320.00" (the full amount as owed); "not enrolled" (as true); "LMFTs are not Medicare providers".
- "medically necessary" as the ground; a count of failed trials; "failed sertraline", "failed psychotherapy",
  the 2009 counseling as a failure; "suicidal ideation".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review" (state/IRO), "parity", "MHPAEA", "QIC",
  "redetermination", "expedited"/"72 hours", "7 days".
- "Dr. Okafor", "as her physician", "the prescriber"; Mrs. Fenwick's first person.
"""

ANSWERS = [
    ("denial/notice-of-denial-of-payment-2026-10-16.txt", "This provider type (marriage and family therapist) is not"),
    ("denial/notice-of-denial-of-payment-2026-10-16.txt", "Provider Specialty Eligibility Table BH-PS-7, revised 06/2022"),
    ("denial/notice-of-denial-of-payment-2026-10-16.txt", "The provider is not enrolled in Medicare"),
    ("denial/notice-of-denial-of-payment-2026-10-16.txt", "within 65 calendar\ndays from the date of this notice"),
    ("denial/notice-of-denial-of-payment-2026-10-16.txt", "a\nfast (expedited) appeal is not available"),
    ("denial/notice-of-denial-of-payment-2026-10-16.txt", "we will send your case to an independent review organization"),
    ("other/eoc-2026-excerpts.txt", "this Evidence of Coverage governs"),
    ("other/eoc-2026-excerpts.txt", "marriage and family therapists, and\nmental health counselors"),
    ("other/eoc-2026-excerpts.txt", "No prior authorization is needed"),
    ("other/eoc-2026-excerpts.txt", "Out of network: 40%\ncoinsurance"),
    ("other/eoc-2026-excerpts.txt", "we pay providers who are eligible to be paid by Medicare"),
    ("other/provider-specialty-table-bh-ps-7-2022.txt", "Not eligible: licensed professional counselor; marriage and family therapist"),
    ("other/plan-provider-bulletin-2023-12.txt", "Beginning January 1, 2024, Medicare covers services of marriage and family therapists"),
    ("other/medicare-enrollment-approval-2024-03-29.txt", "Effective date of Medicare billing privileges: 03/11/2024"),
    ("other/superbill-and-receipts-2026.txt", "$110.00 each; 12 visits; total $1,320.00"),
    ("other/cms-1696-appointment-2026-11-05.txt", "I am the provider of the services at issue"),
    ("clinical/therapy-progress-summary-2026-08-19.txt", "PHQ-9 17 on 05/27/2026; PHQ-9 9 on 08/19/2026"),
    ("clinical/therapy-progress-summary-2026-08-19.txt", "sertraline 50 mg daily since 04/14/2026 from her primary care physician, partial response"),
    ("clinical/therapy-progress-summary-2026-08-19.txt", "trazodone 50 mg at bedtime for sleep"),
    ("clinical/therapy-progress-summary-2026-08-19.txt", "counseling in 2009 (14 sessions), remission"),
    ("clinical/therapy-progress-summary-2026-08-19.txt", "No suicidal thoughts at any session"),
]
