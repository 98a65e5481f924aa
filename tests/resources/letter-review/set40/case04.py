"""Set 40, case 04 (FICTIONAL): Marketplace EPO, OCD exposure therapy out of network; the EOC's own network-exception terms; first internal; mother."""

SLUG = "04-marketplace-epo-teen-ocd-erp-out-of-network-eoc-access-standard-first-appeal-mother"

CASE_YAML = r'''
# FICTIONAL CASE (set 40, case 04) - every person, plan, provider, number and address is invented.
# Individual Marketplace EPO (Sandia Ridge Health Plan Silver EPO, insured), NM. Mateo Archuleta-Byrne, 16, has OCD;
# 15 weekly exposure and response prevention (ERP) sessions 07/21-10/27/2026 with an out-of-network psychologist
# were denied CO-242 ("EPO: no out-of-network benefits; no network exception on file"). EOC Section 3.6 covers a
# non-network provider at the network level when no network provider can give the service within 45 miles or 15
# business days AND the member contacts the plan first. His mother called the plan on 07/10/2026 (ref. SR-0710-2291)
# after three network contacts; she writes the first internal appeal.
patient:
  name: Mateo Archuleta-Byrne
  salutation: Mateo
  date_of_birth: 2010-03-02
  member_id: FICT-SRH-0093317-02
  address: |-
    5208 Calle Tranquila NW
    Albuquerque, NM 87120
  phone: (505) 555-0121
insurer:
  name: Sandia Ridge Health Plan (FICTIONAL)
  appeals_address: |-
    Sandia Ridge Health Plan - Member Appeals (FICTIONAL)
    PO Box 27719
    Albuquerque, NM 87125
  fax: (505) 555-0145
claim:
  number: SRH-26-1112-90431
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-11-20
  service_dates: [2026-07-21, 2026-10-27]
  sessions: 15
  setting: outpatient
  procedure_codes: ["90837"]
  diagnosis_codes: [F42.2]
  carc_codes: [CO-242]
  denial_reason: >-
    Services from a non-network provider. Your EPO plan has no out-of-network benefits except for emergencies. No
    network exception is on file. (CARC 242)
  denial_category: out_of_network
  denial_reasons: [out_of_network]
  action: none
  corrections:
    - said: No network exception is on file.
      record: >-
        The plan's own member services record of 07/10/2026 (reference SR-0710-2291), before the first session on
        07/21/2026, shows the mother asked for a network provider for ERP and was told none was found; the plan
        never sent a decision on that request.
      file: other/member-services-call-record-2026-07-10.txt
      page: 1
plan_policy:
  name: Sandia Ridge Health Plan Silver EPO Evidence of Coverage 2026, Section 3.6 "When no network provider is available"
  number: Section 3.6
  quote: >-
    This EPO plan pays for services from non-network providers only for emergencies and as this section allows. If
    no network provider can provide a covered service within 45 miles of your home, or with a first available
    appointment within 15 business days of your request, and you contact us before you receive the service, we will
    cover the service from a non-network provider at the network benefit level.
  file: other/evidence-of-coverage-2026-section-3-excerpt.txt
network:
  - name: Dr. Priya Castellano-Wu, PhD (listed for OCD and ERP)
    date: 2026-07-07
    outcome: In network; first available appointment 10/05/2026
    miles: 8
    first_opening: 2026-10-05
    evidence: {file: other/network-search-log-2026-07.txt, page: 1}
  - name: Rio Grande Anxiety Clinic
    date: 2026-07-08
    outcome: In network; ERP for adults only, does not see patients under 18
    miles: 11
    evidence: {file: other/network-search-log-2026-07.txt, page: 1}
  - name: Dr. Harlan Vigil, PsyD (listed in the 2025 directory)
    date: 2026-07-09
    outcome: Left the plan's network 12/31/2025; his office confirmed he is not in network in 2026
    in_network: false
    evidence: {file: other/network-search-log-2026-07.txt, page: 1}
  - name: Santa Fe OCD and Anxiety Program
    date: 2026-07-09
    outcome: In network; first available appointment 08/03/2026
    miles: 62
    first_opening: 2026-08-03
    evidence: {file: other/network-search-log-2026-07.txt, page: 1}
  - name: Sandia Ridge Health Plan member services
    date: 2026-07-10
    outcome: Asked for a network ERP provider for a 16-year-old; the representative found none sooner and said to keep records and submit claims
    evidence: {file: other/member-services-call-record-2026-07-10.txt, page: 1}
treatment:
  name: Exposure and response prevention (ERP) psychotherapy for OCD, 15 weekly sessions (90837)
  summary: >-
    Weekly exposure and response prevention, the first-line psychotherapy for OCD, with a psychologist trained in
    it, after no network provider could see a 16-year-old within the plan's own access standard.
clinical:
  severity: CY-BOCS 29 on 07/21/2026; CY-BOCS 17 on 10/27/2026
  severity_date: 2026-10-27
  suicidality: none
  suicidality_date: 2026-10-27
  response: CY-BOCS 29 (07/21/2026) to 17 (10/27/2026)
  response_level: response
  history:
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2026-02
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with ERP
      evidence: {file: clinical/psychologist-progress-summary-2026-10-27.txt, page: 1}
    - drug: Fluvoxamine
      dose: 50 mg daily
      start: 2025-12
      end: 2026-01
      weeks: 3
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for agitation and insomnia (intolerance)
      evidence: {file: clinical/psychologist-progress-summary-2026-10-27.txt, page: 1}
    - drug: Melatonin
      dose: 3 mg at bedtime
      start: 2026-01
      ongoing: true
      kind: other
      outcome: For sleep; not a trial
      evidence: {file: clinical/psychologist-progress-summary-2026-10-27.txt, page: 1}
    - drug: School counseling for anxiety
      dose: every other week
      start: 2024-01
      end: 2024-06
      kind: psychotherapy
      response: response
      outcome: Earlier, separate concern (test anxiety, 2024); improved; not OCD treatment
      evidence: {file: clinical/psychologist-progress-summary-2026-10-27.txt, page: 1}
impact:
  daily_life: Before ERP, hand washing and checking took about 4 hours a day; he was late to school most days in spring 2026.
author:
  name: Lucia Archuleta-Byrne
  role: Mother and parent of a minor (the policyholder)
  relation: parent
  address: |-
    5208 Calle Tranquila NW
    Albuquerque, NM 87120
  phone: (505) 555-0121
  email: lucia.ab@mail.example
provider:
  name: Dr. Simone Trujillo-Hale
  credentials: PhD, licensed psychologist (out of network)
  npi: "1193847203"
  address: |-
    3301 Menaul Boulevard NE, Suite 14
    Albuquerque, NM 87107
  phone: (505) 555-0157
expenses:
  - {date: 2026-10-27, item: "ERP sessions 07/21-10/27/2026, 15 x 90837 at $190", amount: "$2,850.00", paid: "$2,850.00", reimbursed: "$0.00"}
copies: [prescriber]
record_dates:
  - file: clinical/psychologist-progress-summary-2026-10-27.txt
    date: 2026-10-27
  - file: other/provider-directory-2025-stale.txt
    date: 2025-09-01
bates_prefix: ARCHULETABYRNE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/explanation-of-benefits-2026-11-20.txt": """
SANDIA RIDGE HEALTH PLAN (FICTIONAL) - EXPLANATION OF BENEFITS                   Date: 11/20/2026
Member: Mateo Archuleta-Byrne   ID FICT-SRH-0093317-02   Plan: Silver EPO (Marketplace)   Page 1 of 1
Claim SRH-26-1112-90431   Provider: Dr. Simone Trujillo-Hale, PhD (non-network)
07/21/2026-10/27/2026   90837 x15   Billed $2,850.00   Paid $0.00
CO-242. Services from a non-network provider. Your EPO plan has no out-of-network benefits except for
emergencies. No network exception is on file. (CARC 242)
You may file an appeal within 180 days of receiving this notice.
""",
    "clinical/psychologist-progress-summary-2026-10-27.txt": """
DR. SIMONE TRUJILLO-HALE, PhD (FICTIONAL) - ERP PROGRESS SUMMARY                 Date: 10/27/2026
Patient: Mateo Archuleta-Byrne   DOB 03/02/2010   Page 1 of 1
Diagnosis: obsessive-compulsive disorder, mixed obsessional thoughts and acts (F42.2).
Treatment: weekly exposure and response prevention, 60 minutes, 15 sessions 07/21/2026-10/27/2026.
CY-BOCS 29 at intake, 17 on 10/27/2026. No suicidal ideation.
Medication (pediatric psychiatry): fluoxetine 40 mg daily since 02/2026, partial response, continuing; melatonin
3 mg at bedtime. Fluvoxamine 50 mg 12/2025-01/2026 stopped after 3 weeks for agitation and insomnia.
Earlier: school counseling for test anxiety, 01/2024-06/2024, improved.
""",
    "other/network-search-log-2026-07.txt": """
NETWORK SEARCH LOG kept by Lucia Archuleta-Byrne (FICTIONAL)            07/07/2026-07/10/2026   Page 1 of 1
Home: 5208 Calle Tranquila NW, Albuquerque. Source: Sandia Ridge 2026 online directory, "OCD / ERP" filter.
07/07/2026 Dr. Priya Castellano-Wu, PhD - in network - 8 miles - first opening 10/05/2026.
07/08/2026 Rio Grande Anxiety Clinic - in network - 11 miles - ERP for adults only; no patients under 18.
07/09/2026 Dr. Harlan Vigil, PsyD (from the 2025 printed directory) - office: left Sandia Ridge network 12/31/2025.
07/09/2026 Santa Fe OCD and Anxiety Program - in network - 62 miles - first opening 08/03/2026.
07/10/2026 Called Sandia Ridge member services (see call record SR-0710-2291).
07/14/2026 Dr. Simone Trujillo-Hale, PhD (not in network) - first session offered 07/21/2026.
""",
    "other/member-services-call-record-2026-07-10.txt": """
SANDIA RIDGE HEALTH PLAN (FICTIONAL) - MEMBER SERVICES CALL RECORD (copy provided on request 11/24/2026)
Date: 07/10/2026 15:32   Reference: SR-0710-2291   Page 1 of 1
Caller: Lucia Archuleta-Byrne (policyholder) for Mateo Archuleta-Byrne, age 16.
Request: network provider for exposure and response prevention (OCD) for a minor.
Notes: searched network; Castellano-Wu first availability October; Rio Grande Anxiety adults only; Santa Fe
program 62 miles. No sooner network option found. Advised member to keep records and submit claims.
Follow-up: none recorded.
""",
    "other/evidence-of-coverage-2026-section-3-excerpt.txt": """
SANDIA RIDGE HEALTH PLAN (FICTIONAL) - SILVER EPO EVIDENCE OF COVERAGE 2026 (excerpt)   Page 1 of 1
Section 3.6 When no network provider is available
This EPO plan pays for services from non-network providers only for emergencies and as this section allows. If
no network provider can provide a covered service within 45 miles of your home, or with a first available
appointment within 15 business days of your request, and you contact us before you receive the service, we will
cover the service from a non-network provider at the network benefit level.
""",
    "other/provider-directory-2025-stale.txt": """
SANDIA RIDGE HEALTH PLAN (FICTIONAL) - 2025 PRINTED PROVIDER DIRECTORY (page)     Printed: 09/01/2025
Behavioral health - Albuquerque: Dr. Harlan Vigil, PsyD - anxiety, OCD, ERP - accepting new patients.
[2025 directory; Dr. Vigil left the network on 12/31/2025.]
""",
    "other/sibling-appointment-card-2026.txt": """
SANDIA RIDGE PEDIATRICS (FICTIONAL) - APPOINTMENT CARD
Patient: Sofia Archuleta-Byrne, age 12   Well-child visit 08/12/2026 09:00. [Found in the family's folder.]
""",
}

TRUTH = r'''
# 04 - Marketplace EPO: a 16-year-old's OCD exposure therapy out of network; the plan's own network-exception terms were met, with the plan contacted first; first internal appeal by his mother (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mateo Archuleta-Byrne, 16 (DOB 03/02/2010), is on his mother's **individual Marketplace Silver EPO** (Sandia Ridge
  Health Plan, insured), New Mexico. OCD (F42.2).
- 15 weekly **ERP** sessions (90837) **07/21/2026-10/27/2026** with Dr. Simone Trujillo-Hale, PhD (non-network) were
  denied **CO-242** on **11/20/2026**: "No network exception is on file."
- **EOC Section 3.6:** a non-network provider is covered at the network level if no network provider can give the
  service **within 45 miles** or with a **first appointment within 15 business days** of the request, **and the member
  contacts the plan before** the service.
- Network tried (07/07-07/09/2026): Castellano-Wu 8 miles, first opening **10/05/2026** (about 3 months); Rio Grande
  Anxiety Clinic: **adults only**; Dr. Vigil: **not in network in 2026** (2025 directory); Santa Fe program: **62
  miles**. The mother called **member services on 07/10/2026 (SR-0710-2291)**, before the first session (07/21), and
  was told no sooner network option was found.
- The family paid $2,850.00 (15 x $190).
- CY-BOCS 29 to 17 (response). No suicidal ideation.
- **Rule and stage:** first internal appeal, ACA individual coverage, 45 CFR 147.136(b)(3), **180 days from the notice:
  by 05/19/2027**; external review after the final internal denial. The winning point is the plan's own terms.
- **Author:** his mother, the policyholder, parent of a minor; she writes about "Mateo".

## Deliberately unknown
- Whether the plan logged the 07/10/2026 call as an exception request: the record shows "Follow-up: none recorded";
  a letter must not say the plan approved an exception.
- The plan's network allowed amount for 90837: not in the case; the letter asks for payment at the network level,
  not a figure.
- Whether a network provider beyond those listed had an opening: not known; say none "within the plan's standard
  among those contacted", never that none exists.

## Traps
- **Plan document and dates, not medicine:** medical necessity is not disputed; the answer is Section 3.6 applied to
  dates and miles.
- **Both branches of the standard:** Castellano-Wu's first opening (10/05/2026) is far past 15 business days from
  07/07/2026; Santa Fe is 62 miles, beyond 45. Rio Grande does not see minors. Dr. Vigil was not in network in 2026 and
  must not be counted among network providers tried.
- **Contact before care:** the 07/10/2026 call came before 07/21/2026.
- **A decision's wrong statement:** "No network exception is on file" - the plan's own call record shows the request.
- **Stale document:** the 2025 directory lists Dr. Vigil as accepting patients.
- **Other person:** the sibling's (Sofia's) pediatric appointment card.
- **Drug still taken:** fluoxetine continues (partial): never "failed". **Intolerance:** fluvoxamine 3 weeks: not an
  adequate trial. **Sleep:** melatonin. **Earlier, separate concern:** 2024 school counseling for test anxiety.
- **Wrong law:** network adequacy 45 CFR 156.230 promises no out-of-network coverage; no Medicaid 438.206(b)(4); no
  ERISA (individual plan); no emergency services rule.

## Arguments a strong letter makes (strongest first)
1. EOC Section 3.6 applies: among the network providers contacted, none could see him within 15 business days (first
   opening 10/05/2026) or within 45 miles (Santa Fe, 62 miles), and one treats adults only; the mother contacted the
   plan on 07/10/2026, before the first session on 07/21/2026. Pay the 15 sessions at the network benefit level and
   reimburse what was paid, less network cost sharing.
2. Correct the notice's "No network exception is on file": the plan's own call record SR-0710-2291 shows the request.
3. ERP is the first-line therapy for OCD and worked (CY-BOCS 29 to 17).

## What a letter must NOT say
- "no in-network provider exists"; Dr. Vigil as a network provider tried; "the plan approved an exception".
- "medically necessary" as the ground; "peer-to-peer"; "clinical reviewer".
- "failed fluoxetine", "stopped fluoxetine"; fluvoxamine as an adequate trial; melatonin as a trial.
- "Sofia"; a payment figure for the plan's allowed amount.
- "45 CFR 156.230 requires the plan to pay", "438.206", "ERISA", "29 CFR 2560.503-1", "emergency".
- "I received ERP" / "my OCD" (the mother writes about her son).
'''

ANSWERS = [
    ("Plan type?", "plan_type: individual_aca", "case.yaml"),
    ("Plan's terms for non-network care?", "within 45 miles of your home, or with a first available appointment within 15 business days of your request, and you contact us before you receive the service", "other/evidence-of-coverage-2026-section-3-excerpt.txt"),
    ("What network level is paid then?", "at the network benefit level", "other/evidence-of-coverage-2026-section-3-excerpt.txt"),
    ("First opening of the nearest network psychologist?", "first opening 10/05/2026", "other/network-search-log-2026-07.txt"),
    ("Santa Fe program distance?", "62 miles", "other/network-search-log-2026-07.txt"),
    ("Rio Grande Anxiety Clinic?", "ERP for adults only; no patients under 18", "other/network-search-log-2026-07.txt"),
    ("Dr. Vigil's status?", "left Sandia Ridge network 12/31/2025", "other/network-search-log-2026-07.txt"),
    ("When did the mother contact the plan?", "Date: 07/10/2026 15:32   Reference: SR-0710-2291", "other/member-services-call-record-2026-07-10.txt"),
    ("First session?", "15 sessions 07/21/2026-10/27/2026", "clinical/psychologist-progress-summary-2026-10-27.txt"),
    ("Notice's wrong statement?", "No network exception is on file", "denial/explanation-of-benefits-2026-11-20.txt"),
    ("Amount paid?", "$2,850.00", "case.yaml"),
    ("Response?", "CY-BOCS 29 at intake, 17 on 10/27/2026", "clinical/psychologist-progress-summary-2026-10-27.txt"),
    ("Fluoxetine status?", "fluoxetine 40 mg daily since 02/2026, partial response, continuing", "clinical/psychologist-progress-summary-2026-10-27.txt"),
    ("Appeal deadline?", "by 05/19/2027", "truth"),
    ("Whose appointment card is in the folder?", "Patient: Sofia Archuleta-Byrne, age 12", "other/sibling-appointment-card-2026.txt"),
    ("Author?", "Mother and parent of a minor (the policyholder)", "case.yaml"),
]
