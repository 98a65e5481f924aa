SLUG = "church-plan-insured-in-ocd-erp-out-of-network-directory-listed-in-network-first-appeal-patient"

CASE_YAML = r'''
# FICTIONAL CASE (set 63, case 07) - every person, plan, clinic, number and address is invented.
# Church plan (insured, not ERISA), Indiana. Abigail Stroud-Nakamura, 36, a teacher at a church school, with OCD, had
# 10 sessions of exposure and response prevention with a psychologist the plan's online directory and its member
# services both called in-network on 08/28/2026. The EPO denied the claims as out of network. The plan's own
# Certificate, Section 5.6, promises in-network cost sharing in exactly that case. She writes her own first appeal.
patient:
  name: Abigail Stroud-Nakamura
  salutation: Ms. Stroud-Nakamura
  date_of_birth: 1990-10-11
  member_id: FICT-NMH-33920571
  address: |-
    5127 Carrollton Avenue
    Indianapolis, IN 46205
  phone: (317) 555-0119
  email: abigail.sn@mail.example
insurer:
  name: Northstar Mutual Health Insurance Company, insurer of the Grace Fellowship Schools and Ministries Health Plan (FICTIONAL)
  appeals_address: |-
    Northstar Mutual Health - Member Appeals (FICTIONAL)
    PO Box 7315
    Carmel, IN 46082
  fax: (317) 555-0161
claim:
  number: NMH-26-1109-553018
  plan_type: church
  funding: insured
  employees: 640
  notice_date: 2026-11-12
  appeal_deadline: 2027-05-11
  deadline_basis: >-
    Explanation of benefits of 11/12/2026: "You have 180 days from receipt of this notice to appeal"; counted from
    the notice date.
  service_dates: [2026-09-03, 2026-09-10, 2026-09-17, 2026-09-24, 2026-10-01, 2026-10-08, 2026-10-15, 2026-10-22, 2026-10-29, 2026-11-05]
  sessions: 10
  setting: outpatient
  action: none
  procedure_codes: ['90837']
  diagnosis_codes: [F42.2]
  carc_codes: [PR-242]
  denial_reason: >-
    Provider is not in your plan's network. Out-of-network services are not covered under your EPO plan except
    emergencies and services we approve in advance. (CARC 242)
  denial_category: out_of_network
  denial_reasons: [out_of_network]
  corrections:
    - said: Provider is not in your plan's network.
      record: >-
        On 08/28/2026, the day I made my first appointment, the plan's online provider directory listed Dr. Okafor-Whitman
        as in network, and the plan's member services confirmed it on a call (reference NMH-CALL-26-0828-3310).
      file: [other/provider-directory-printout-2026-08-28.txt, other/member-services-call-record-2026-08-28.txt]
      page: 1
      leaves_out: true
plan_policy:
  name: Northstar Mutual Health Certificate of Coverage 2026, Grace Fellowship Schools and Ministries Health Plan (EPO), Section 4.2 "Out-of-network services"
  number: Section 4.2
  quote: >-
    Under the EPO, services from out-of-network providers are not covered, except emergency services and services we
    approve in advance.
  file: other/certificate-of-coverage-2026-sections-4-and-5-excerpt.txt
  other_terms: >-
    Section 5.6 Provider directory. If you receive covered services from a provider that our provider directory
    showed as in-network when you made the appointment, or that we told you was in-network when you asked, we will
    apply in-network cost sharing and count your payments toward your in-network deductible and out-of-pocket
    maximum, and the provider may not bill you more than that cost sharing.
  other_terms_file: other/certificate-of-coverage-2026-sections-4-and-5-excerpt.txt
  other_terms_apply: >-
    I made my first appointment on 08/28/2026, the day the plan's directory showed Dr. Okafor-Whitman as in network
    and member services told me Dr. Okafor-Whitman was in network; under Section 5.6 the ten sessions must be paid
    at in-network cost sharing ($30 a visit).
treatment:
  name: Exposure and response prevention (ERP) psychotherapy for OCD, 10 weekly sessions (90837)
  summary: >-
    Ten weekly sessions of exposure and response prevention for OCD with a psychologist the plan's own directory and
    member services listed as in network when I booked.
clinical:
  severity: Y-BOCS 31 on 09/03/2026, 27 on 10/08/2026, 22 on 11/05/2026
  severity_date: 2026-11-05
  suicidality: none
  suicidality_date: 2026-11-05
  response: Y-BOCS 31 (09/03/2026) to 22 (11/05/2026)
  response_level: partial
  history:
    - drug: Fluvoxamine
      dose: 200 mg daily
      start: 2025-11
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/erp-treatment-summary-2026-11-05.txt, page: 1}
    - drug: Sertraline (earlier episode, 2018)
      dose: 100 mg daily
      start: 2018-02
      end: 2019-03
      kind: antidepressant
      failed: false
      response: remission
      outcome: Earlier OCD episode remitted; stopped before pregnancy. Not a failed trial
      evidence: {file: clinical/erp-treatment-summary-2026-11-05.txt, page: 1}
author:
  name: Abigail Stroud-Nakamura
  role: Patient
  relation: patient
  address: |-
    5127 Carrollton Avenue
    Indianapolis, IN 46205
  phone: (317) 555-0119
  email: abigail.sn@mail.example
provider:
  name: Lena Okafor-Whitman, PsyD
  credentials: PsyD, licensed psychologist
  npi: "1505056147"
  address: |-
    Crossroads OCD and Anxiety Clinic (FICTIONAL), 8935 North Meridian Street, Suite 120
    Indianapolis, IN 46260
  phone: (317) 555-0186
record_dates:
  - {file: clinical/erp-treatment-summary-2026-11-05.txt, date: 2026-11-05}
bates_prefix: STROUD
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/explanation-of-benefits-2026-11-12.txt": '''
NORTHSTAR MUTUAL HEALTH INSURANCE COMPANY (FICTIONAL) - EXPLANATION OF BENEFITS         Date: 11/12/2026
Plan: Grace Fellowship Schools and Ministries Health Plan (EPO)   Subscriber: Abigail Stroud-Nakamura
ID FICT-NMH-33920571                                                                Page 1 of 1
Claim NMH-26-1109-553018 - Patient: Abigail Stroud-Nakamura - Provider: Lena Okafor-Whitman, PsyD, NPI 1505056147
  09/03, 09/10, 09/17, 09/24, 10/01, 10/08, 10/15, 10/22, 10/29, 11/05/2026   90837 x10   Billed $2,300.00
  Allowed $0.00   Paid $0.00   You owe $2,300.00   PR-242
  Provider is not in your plan's network. Out-of-network services are not covered under your EPO plan except
  emergencies and services we approve in advance. (CARC 242)
Claim NMH-26-1030-551177 - Patient: Kenji Nakamura (spouse) - Provider: Eastside Chiropractic
  10/27/2026   98941 x1   Billed $85.00   Allowed $62.00   Paid $32.00   You owe $30.00
Appeal rights: You have 180 days from receipt of this notice to appeal. Write to Member Appeals, PO Box 7315, Carmel,
IN 46082, or fax (317) 555-0161.
''',
"clinical/erp-treatment-summary-2026-11-05.txt": '''
CROSSROADS OCD AND ANXIETY CLINIC (FICTIONAL) - TREATMENT SUMMARY                     Date: 11/05/2026
Patient: Abigail Stroud-Nakamura   DOB 10/11/1990   Clinician: Lena Okafor-Whitman, PsyD      Page 1 of 1
OCD (F42.2), contamination and checking. Earlier episode 2018-2019: sertraline 100 mg, remitted; stopped before
pregnancy. Current episode since 2025; fluvoxamine 200 mg since 11/2025 (partial, continued, prescribed by her PCP).
ERP weekly, 60 minutes, 10 sessions 09/03/2026-11/05/2026. Y-BOCS 31 (09/03), 27 (10/08), 22 (11/05). No suicidal
thoughts. Plan: 8 to 10 more weekly sessions.
''',
"other/certificate-of-coverage-2026-sections-4-and-5-excerpt.txt": '''
NORTHSTAR MUTUAL HEALTH INSURANCE COMPANY (FICTIONAL) - CERTIFICATE OF COVERAGE 2026
Grace Fellowship Schools and Ministries Health Plan (EPO)                                Page 1 of 1
Section 4.2 Out-of-network services. Under the EPO, services from out-of-network providers are not covered, except
emergency services and services we approve in advance.
Section 5.6 Provider directory. If you receive covered services from a provider that our provider directory showed as
in-network when you made the appointment, or that we told you was in-network when you asked, we will apply
in-network cost sharing and count your payments toward your in-network deductible and out-of-pocket maximum, and the
provider may not bill you more than that cost sharing.
Schedule of benefits: outpatient mental health office visit, in network: $30 copay per visit.
''',
"other/provider-directory-printout-2026-08-28.txt": '''
NORTHSTAR MUTUAL HEALTH (FICTIONAL) - FIND A PROVIDER       Printed from the member website 08/28/2026 7:42 PM
Plan: Grace Fellowship EPO   Search: psychologist, OCD, within 15 miles of 46205
Lena Okafor-Whitman, PsyD - Crossroads OCD and Anxiety Clinic, 8935 North Meridian Street, Suite 120
  IN NETWORK - Accepting new patients - Specialties: OCD, anxiety, exposure therapy
Directory information last updated: 08/01/2026
''',
"other/member-services-call-record-2026-08-28.txt": '''
MY NOTES OF THE CALL TO NORTHSTAR MEMBER SERVICES (written the same evening)              08/28/2026
Called (317) 555-0160 at 4:15 PM. Spoke with "Trevor". Asked whether Dr. Lena Okafor-Whitman at Crossroads is in
network for my EPO. He said yes, in network, $30 copay, no prior approval for office therapy.
Call reference: NMH-CALL-26-0828-3310. Booked first appointment with Crossroads for 09/03/2026 right after.
''',
"other/provider-network-letter-2026-11-16.txt": '''
CROSSROADS OCD AND ANXIETY CLINIC (FICTIONAL)                                             11/16/2026
To whom it may concern: Dr. Lena Okafor-Whitman's contract with Northstar Mutual Health ended 07/31/2026. The clinic
gave Northstar written notice on 06/02/2026. We learned of the directory listing only after the denial.
Kim Alvarado, Office Manager
''',
"other/provider-directory-2025-print-edition-page.txt": '''
NORTHSTAR MUTUAL HEALTH (FICTIONAL) - 2025 PROVIDER DIRECTORY, PRINT EDITION, PAGE 212
Okafor-Whitman, Lena, PsyD ........ Crossroads OCD and Anxiety Clinic ........ In network
''',
}

TRUTH = r'''
# 07 - Church plan, insured (Indiana): ERP therapy denied as out of network, but the plan's directory and member services called the psychologist in-network when she booked; the patient's own first appeal (FICTIONAL)

All people, plans, clinics, numbers and addresses are invented (FICTIONAL).

## What is true
- Abigail Stroud-Nakamura, **36**, covered by the Grace Fellowship Schools and Ministries Health Plan, an **insured
  church plan** (not ERISA; 640 employees), EPO, insurer Northstar Mutual Health. OCD (F42.2).
- Ten ERP sessions (90837) **09/03-11/05/2026** with **Lena Okafor-Whitman, PsyD**, whose contract ended
  **07/31/2026** (clinic letter). EOB **11/12/2026**: PR-242, "not in your plan's network", $2,300.00 owed.
- On **08/28/2026** the plan's **online directory** showed her **IN NETWORK** (printout 7:42 PM; "last updated
  08/01/2026") and **member services** said so on a call (reference **NMH-CALL-26-0828-3310**); the first
  appointment was booked that day.
- **Certificate Section 5.6** promises **in-network cost sharing** in exactly that case, and that the provider may
  not bill more; in-network office visit copay **$30**: 10 x $30 = $300 at most.
- Y-BOCS 31 -> 27 -> 22 (improving). Fluvoxamine 200 mg continues (partial). Sertraline 2018-2019 worked.
- **Rule and stage:** church plan: first internal appeal within **180 days: by 05/11/2027** (26 CFR 54.9815-2719
  applying 29 CFR 2560.503-1(h)(3)(i)); post-service; then external review.
- **Author:** the patient, "I".

## Deliberately unknown
- Whether a federal provider-directory statute reaches this church plan, and under which section: the case rests on
  the Certificate's own Section 5.6; a letter must not state a statute as the ground.
- Whether the clinic will balance-bill before the appeal is decided; whether more sessions will be authorized.
- The plan's allowed amount for 90837.

## Traps
- **Plan document, not medicine:** no medical-necessity argument, no network gap exception (in-network
  psychologists may exist), no request for a clinical reviewer or peer-to-peer.
- **Leaves out:** "Provider is not in your plan's network" is true today; the Certificate turns on what the
  directory and member services said when she booked.
- **Other person on a document:** the EOB also lists her husband's chiropractic claim.
- **Stale document:** the 2025 print directory page is not what she relied on; the 08/28/2026 online printout is.
- **Drugs:** fluvoxamine continues (never "failed"); sertraline (2018) worked.
- **Wrong law:** no ERISA, no Medicaid/Medicare rules, no 45 CFR 156.230 (not a Marketplace plan).
- **Voice:** she writes "I"; never "Ms. Stroud-Nakamura has".

## Arguments a strong letter makes (strongest first)
1. Section 5.6 of the plan's own Certificate applies: the directory (printout of 08/28/2026) and member services
   (reference NMH-CALL-26-0828-3310) showed the psychologist in network when she made the appointment. The ten
   sessions must be processed at in-network cost sharing ($30 a visit), with payments counted toward the in-network
   deductible and out-of-pocket maximum, and the provider may bill no more.
2. Correct the record: the clinic's contract ended 07/31/2026 and was reported in 06/2026, but the directory still
   listed her on 08/28/2026 (last updated 08/01/2026); ask the plan to correct its directory.
3. Ask that the remaining planned sessions be handled the same way or approved in advance (Section 4.2's own
   exception), so care is not interrupted.

## What a letter must NOT say
- "medically necessary" as the ground; "network gap", "no in-network provider"; "peer-to-peer".
- "Kenji", "chiropractic", "98941".
- "45 CFR 156.230", "ERISA", "No Surprises Act" or a statute section stated as governing this plan.
- "failed fluvoxamine", "failed sertraline".
- "Ms. Stroud-Nakamura has" in her own letter; "$2,300" as what she owes.
'''

ANSWERS = [
    ("EOB date", "EXPLANATION OF BENEFITS         Date: 11/12/2026", "denial/explanation-of-benefits-2026-11-12.txt"),
    ("CARC", "PR-242", "denial/explanation-of-benefits-2026-11-12.txt"),
    ("Appeal window", "180 days from receipt of this notice", "denial/explanation-of-benefits-2026-11-12.txt"),
    ("Appeal deadline", "by 05/11/2027", "truth"),
    ("Directory status on booking day", "IN NETWORK - Accepting new patients", "other/provider-directory-printout-2026-08-28.txt"),
    ("Directory print date", "Printed from the member website 08/28/2026", "other/provider-directory-printout-2026-08-28.txt"),
    ("Call reference", "NMH-CALL-26-0828-3310", "other/member-services-call-record-2026-08-28.txt"),
    ("Booking", "Booked first appointment with Crossroads for 09/03/2026", "other/member-services-call-record-2026-08-28.txt"),
    ("Plan clause", "that our provider directory showed as\nin-network when you made the appointment", "other/certificate-of-coverage-2026-sections-4-and-5-excerpt.txt"),
    ("In-network copay", "$30 copay per visit", "other/certificate-of-coverage-2026-sections-4-and-5-excerpt.txt"),
    ("Contract end", "ended 07/31/2026", "other/provider-network-letter-2026-11-16.txt"),
    ("Sessions", "10 sessions 09/03/2026-11/05/2026", "clinical/erp-treatment-summary-2026-11-05.txt"),
    ("Response", "Y-BOCS 31 (09/03), 27 (10/08), 22 (11/05)", "clinical/erp-treatment-summary-2026-11-05.txt"),
    ("Fluvoxamine", "fluvoxamine 200 mg since 11/2025 (partial, continued", "clinical/erp-treatment-summary-2026-11-05.txt"),
    ("Directory last updated", "last updated: 08/01/2026", "other/provider-directory-printout-2026-08-28.txt"),
    ("Plan type", "insured church plan", "truth"),
]
