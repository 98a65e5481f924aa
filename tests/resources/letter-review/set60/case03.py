# FICTIONAL data for set 60, case 03 (church plan, insured: network exception names both Spravato codes).
SLUG = "church-plan-insured-spravato-network-exception-names-both-codes-first-appeal-sister"

CASE_YAML = r'''
# FICTIONAL CASE (set 60, case 03) - every person, plan, insurer, provider, number and address is invented.
# Church plan (not ERISA), insured. Gideon Hartsfield, 53, a teacher at a diocesan school, had Spravato at an
# out-of-network REMS center under network exception NGE-26-0611-208 (56 mg or 84 mg, G2082 and G2083,
# 06/15-12/31/2026). The 56 mg sessions were paid; the 13 sessions at 84 mg (G2083, 08/04-10/27/2026) were denied
# as out of network: "the network exception on file covers HCPCS G2082 only". His sister appeals for him.
patient:
  name: Gideon Hartsfield
  salutation: Mr. Hartsfield
  date_of_birth: 1973-08-30
  member_id: FICT-GCM-55201946
  address: |-
    904 Magnolia Bend
    Baton Rouge, LA 70808
  phone: (225) 555-0118
insurer:
  name: Gulf Covenant Mutual Health, insurer of the Diocese of Saint Landry Employee Health Plan (FICTIONAL)
  appeals_address: |-
    Gulf Covenant Mutual Health - Member Appeals (FICTIONAL)
    PO Box 41907
    Baton Rouge, LA 70835
  fax: (225) 555-0164
claim:
  number: GCM-26-1029-40318
  plan_type: church
  funding: insured
  employees: 1900
  notice_date: 2026-11-04
  service_dates: [2026-08-04, 2026-10-27]
  sessions: 13
  setting: outpatient
  procedure_codes: [G2083]
  diagnosis_codes: [F33.2]
  carc_codes: [PR-242]
  denial_reason: >-
    Services from an out-of-network provider are not covered under your plan. The network exception on file
    covers HCPCS G2082 only. (CARC 242)
  denial_category: out_of_network
  denial_reasons: [out_of_network]
  coding_correct: true
  action: none
  corrections:
    - said: The network exception on file covers HCPCS G2082 only.
      record: >-
        Network exception NGE-26-0611-208, as the insurer issued it on 06/15/2026, approves esketamine sessions
        "56 mg or 84 mg (HCPCS G2082, G2083)" at Lakeshore Interventional Psychiatry from 06/15/2026 through
        12/31/2026.
      file: other/network-exception-approval-2026-06-15.txt
      page: 1
plan_policy:
  name: Gulf Covenant Mutual Health Certificate of Coverage 2026, Section 5.4 "Network exceptions"
  number: Section 5.4
  quote: >-
    If no network provider can provide a covered service within 60 miles or within 30 days, you may ask us for a
    network exception. An approved exception is paid at the network benefit level for the services, provider and
    dates it names.
  file: other/certificate-2026-section-5-4-excerpt.txt
prior_auth:
  approved:
    number: network exception NGE-26-0611-208
    date: 2026-06-15
    covers: Spravato (esketamine) nasal spray sessions, 56 mg or 84 mg (G2082, G2083), at Lakeshore Interventional Psychiatry, 06/15/2026 through 12/31/2026
    quote: >-
      Network exception approved: Spravato (esketamine) nasal spray treatment sessions, 56 mg or 84 mg (HCPCS
      G2082, G2083), at Lakeshore Interventional Psychiatry, 06/15/2026 through 12/31/2026, paid at the network
      benefit level.
    file: other/network-exception-approval-2026-06-15.txt
    from: 2026-06-15
    through: 2026-12-31
    what_went_wrong: entered in the insurer's claims system with HCPCS G2082 only, so the 84 mg sessions (G2083) were read as having no exception
    entered: other/member-portal-exception-record-2026-11-06.txt
treatment:
  name: Spravato (esketamine) nasal spray sessions, 84 mg (G2083), 13 sessions 08/04/2026 through 10/27/2026
  summary: >-
    Weekly Spravato 84 mg maintenance sessions with escitalopram, after the induction at 56 mg, for recurrent
    treatment-resistant depression; the insurer approved both doses in one network exception.
  alongside: escitalopram 20 mg daily
clinical:
  severity: MADRS 36 on 06/22/2026; MADRS 14 on 10/27/2026
  severity_date: 2026-10-27
  suicidality: passive
  suicidality_date: 2026-06-22
  response: MADRS 36 (06/22/2026) to 14 (10/27/2026)
  response_level: response
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2019-01
      end: 2020-03
      kind: antidepressant
      response: remission
      outcome: Remission in an earlier episode; stopped in 2020 while well
      evidence: {file: clinical/psychiatry-summary-2026-10-27.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2024-02
      end: 2024-07
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 20 weeks
      evidence: {file: clinical/psychiatry-summary-2026-10-27.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily (added to escitalopram)
      start: 2025-05
      end: 2025-06
      kind: augmentation
      adequate: false
      weeks: 3
      outcome: Stopped after 3 weeks for insomnia and agitation (intolerance)
      evidence: {file: clinical/psychiatry-summary-2026-10-27.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2024-08
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with Spravato
      evidence: {file: clinical/psychiatry-summary-2026-10-27.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2025-07
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-summary-2026-10-27.txt, page: 1}
author:
  name: Prudence Hartsfield-Noel
  role: Sister (authorized representative)
  relation: representative
  address: |-
    3318 Camellia Court
    Baton Rouge, LA 70810
  phone: (225) 555-0119
  email: prudence.hn@homemail.example
  authorization: other/authorized-representative-form-2026-11-12.txt
provider:
  name: Lakeshore Interventional Psychiatry
  credentials: Spravato REMS-certified treatment center (out of network)
  npi: "1775721933"
  address: |-
    1200 Lakeview Parkway, Suite 300
    Mandeville, LA 70471
  phone: (985) 555-0136
record_dates:
  - file: clinical/psychiatry-summary-2026-10-27.txt
    date: 2026-10-27
  - file: other/member-portal-exception-record-2026-11-06.txt
    date: 2026-11-06
bates_prefix: HARTSFIELD
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/explanation-of-benefits-2026-11-04.txt": r'''
GULF COVENANT MUTUAL HEALTH (FICTIONAL) - EXPLANATION OF BENEFITS               Date of notice: 11/04/2026
Plan: Diocese of Saint Landry Employee Health Plan (a church plan)   Member: Gideon Hartsfield
ID FICT-GCM-55201946   Provider: Lakeshore Interventional Psychiatry, NPI 1775721933 (out of network)
Claim GCM-26-1029-40318
Services 08/04/2026-10/27/2026   G2083 x 13   Billed $11,960.00   Allowed $0.00   You owe $11,960.00
PR-242. Services from an out-of-network provider are not covered under your plan. The network exception on file
covers HCPCS G2082 only.

Your appeal rights: You may appeal within 180 days after you receive this notice. Write to Member Appeals, PO Box
41907, Baton Rouge, LA 70835, or fax (225) 555-0164.
''',
"other/network-exception-approval-2026-06-15.txt": r'''
GULF COVENANT MUTUAL HEALTH (FICTIONAL) - NETWORK EXCEPTION APPROVAL                  Date: 06/15/2026
Member: Gideon Hartsfield   ID FICT-GCM-55201946   Number: NGE-26-0611-208             Page 1 of 1
No network provider offers this service within 60 miles of the member's home.
Network exception approved: Spravato (esketamine) nasal spray treatment sessions, 56 mg or 84 mg (HCPCS G2082,
G2083), at Lakeshore Interventional Psychiatry, 06/15/2026 through 12/31/2026, paid at the network benefit
level.
''',
"other/member-portal-exception-record-2026-11-06.txt": r'''
GULF COVENANT MUTUAL HEALTH MEMBER PORTAL (FICTIONAL) - AUTHORIZATIONS AND EXCEPTIONS    Printed 11/06/2026
Member: Gideon Hartsfield
NGE-26-0611-208   Network exception   Provider: Lakeshore Interventional Psychiatry   Codes: G2082
Effective 06/15/2026 - 12/31/2026   Status: Approved
''',
"other/certificate-2026-section-5-4-excerpt.txt": r'''
GULF COVENANT MUTUAL HEALTH (FICTIONAL) - CERTIFICATE OF COVERAGE 2026 (excerpt)           Page 27
Section 5.4 Network exceptions
If no network provider can provide a covered service within 60 miles or within 30 days, you may ask us for a
network exception. An approved exception is paid at the network benefit level for the services, provider and
dates it names.
''',
"other/earlier-eobs-g2082-paid-2026-08.txt": r'''
GULF COVENANT MUTUAL HEALTH (FICTIONAL) - EXPLANATION OF BENEFITS (summary)      Date of notice: 08/14/2026
Member: Gideon Hartsfield   Provider: Lakeshore Interventional Psychiatry
Services 06/22/2026-07/30/2026   G2082 x 12   Paid at network level under NGE-26-0611-208.
''',
"other/provider-directory-2025-page.txt": r'''
GULF COVENANT MUTUAL HEALTH (FICTIONAL) - PROVIDER DIRECTORY 2025 (page 212)
Esketamine treatment centers, Baton Rouge area: Riverbend Behavioral Health, 5 miles, accepting new patients.
[The member's call of 06/09/2026 to Riverbend: "we closed our esketamine program in March 2026".]
''',
"other/rems-session-log-2026-10-27.txt": r'''
LAKESHORE INTERVENTIONAL PSYCHIATRY (FICTIONAL) - REMS MONITORING LOG                 Date: 10/27/2026
Chair  Patient               Dose    Start   Discharged  BP max       Sedation
1      Hartsfield, Gideon    84 mg   09:00   11:05       138/86       mild, resolved
2      Villanueva, Oriana    56 mg   09:30   11:35       128/80       none
3      Prudhomme, Lucien     84 mg   10:00   12:10       142/90       mild, resolved
''',
"clinical/psychiatry-summary-2026-10-27.txt": r'''
LAKESHORE INTERVENTIONAL PSYCHIATRY (FICTIONAL) - TREATMENT SUMMARY               Date: 10/27/2026
Patient: Gideon Hartsfield   DOB 08/30/1973   Psychiatrist: Dr. Celestine Aubertin, MD     Page 1 of 1
Major depressive disorder, recurrent, severe (F33.2). Spravato from 06/22/2026: 56 mg twice weekly through
07/30/2026, then 84 mg weekly from 08/04/2026 (13 sessions to 10/27/2026), with escitalopram 20 mg daily (since
08/2024, partial response, continued). MADRS 36 on 06/22/2026 (passive thoughts of death that day), 14 on
10/27/2026.
Earlier treatment: sertraline 150 mg 01/2019-03/2020, remission in an earlier episode; venlafaxine XR 225 mg
02/2024-07/2024, no response; bupropion XL 300 mg added 05/2025, stopped after 3 weeks for insomnia and
agitation; mirtazapine 7.5 mg at bedtime for sleep since 07/2025.
''',
"other/authorized-representative-form-2026-11-12.txt": r'''
GULF COVENANT MUTUAL HEALTH (FICTIONAL) - AUTHORIZED REPRESENTATIVE DESIGNATION       Date: 11/12/2026
Member: Gideon Hartsfield (DOB 08/30/1973)   Representative: Prudence Hartsfield-Noel (sister)
I appoint my sister to file and pursue my appeal of claim GCM-26-1029-40318 and to receive my records for it.
Signed: Gideon Hartsfield
''',
}

TRUTH = r'''
# 03 - Church plan (insured): Spravato 84 mg sessions denied as out of network although the network exception names both codes; first appeal by the member's sister (FICTIONAL)

All people, plans, insurers, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Gideon Hartsfield, 53 (DOB 08/30/1973), is covered by the Diocese of Saint Landry Employee Health Plan, a
  **church plan** (not ERISA), **insured** by Gulf Covenant Mutual Health; the diocese has 1,900 employees.
- Network exception **NGE-26-0611-208** (06/15/2026): Spravato sessions **"56 mg or 84 mg (HCPCS G2082, G2083)"** at
  Lakeshore Interventional Psychiatry, **06/15/2026 through 12/31/2026**, paid at the network level. The 12 sessions
  at 56 mg (G2082, 06/22-07/30) were paid under it.
- The EOB of **11/04/2026** (claim **GCM-26-1029-40318**, **PR-242**) denies the **13 sessions at 84 mg (G2083,
  08/04-10/27/2026)**: "The network exception on file covers HCPCS G2082 only." The member portal (11/06/2026)
  shows the exception entered with **Codes: G2082** - the insurer's data entry, not its approval.
- The Certificate, Section 5.4: an approved exception is paid at the network level "for the services, provider and
  dates it names". Every date of the claim is inside the exception's dates.
- Escitalopram 20 mg continues with Spravato (partial response). MADRS 36 to 14.
- **Rule and stage:** church plan outside ERISA: 26 CFR 54.9815-2719 (claims and appeals by reference to the ERISA
  claims rule); first internal appeal within 180 days of receipt (by about **05/03/2027** counted from the notice
  date); the insurer also answers to Louisiana insurance law. Parity: 26 CFR 54.9812-1 (more than 50 employees).
- **Author:** the sister, an authorized representative (form of 11/12/2026); she writes about "Mr. Hartsfield".
- Expected answers (16) are in ANSWERS in case03.py, each checked by make_set.py in the document named.

## Deliberately unknown
- The allowed amount at the network level: not in the case; a letter must not state a payment figure.
- Who entered the exception and why only G2082: unknown; a letter may ask that the record be corrected.
- Whether sessions after 10/27/2026 will be billed the same way: not in the claim; a letter may ask the record be
  fixed so later claims are not denied.

## Traps
- **A plan document decides, not medicine:** no medical necessity argument is needed; no peer-to-peer.
- **Never a new network-gap request:** the exception already exists; ask that it be honored and the record
  corrected, not granted again.
- **The approval names both doses:** it names 84 mg and G2083; never say the approval was for 56 mg only.
- **Stale document:** the 2025 directory lists Riverbend as an in-network center; it closed its program in 03/2026.
- **Other people:** the REMS monitoring log names two other patients (Villanueva, Prudhomme).
- **Drugs:** escitalopram continues (never failed or stopped); bupropion XL was an intolerance (3 weeks), not an
  adequate trial; mirtazapine 7.5 mg is a sleep dose; sertraline 2019-2020 was a remission in an earlier episode.
- **Wrong law:** not ERISA (no 29 CFR 2560.503-1 cited alone as governing law, no EBSA or Labor Department).
- **Voice:** the sister writes; never "I" as the patient.

## Arguments a strong letter makes (strongest first)
1. The insurer's own exception NGE-26-0611-208 names G2083 and 84 mg at this provider for these dates; under
   Certificate 5.4 the 13 sessions are paid at the network level. Correct the EOB and reprocess the claim so.
2. The claims system holds the exception with G2082 only (portal printout of 11/06/2026): ask that the record be
   corrected so later sessions are not denied the same way.
3. The 56 mg sessions under the same exception were paid (EOB of 08/14/2026); the dose step to 84 mg is within it.
4. Appeal rights under 26 CFR 54.9815-2719; external review and the state insurance department as next steps.

## What a letter must NOT say
- "the exception covered only 56 mg"; "G2082 only" as true; "retroactive authorization"; "network gap exception"
  as a new request; "no in-network provider exists".
- "Riverbend" as available; "Villanueva"; "Prudhomme".
- "failed escitalopram"; "stopped escitalopram"; "failed bupropion" as an adequate trial; mirtazapine as a trial;
  "failed sertraline".
- "ERISA" as governing law; "EBSA"; "Department of Labor".
'''

ANSWERS = [
    ("Claim number", "GCM-26-1029-40318", "denial/explanation-of-benefits-2026-11-04.txt"),
    ("Denial's stated fact", "The network exception on file covers HCPCS G2082 only", "denial/explanation-of-benefits-2026-11-04.txt"),
    ("Exception number", "NGE-26-0611-208", "other/network-exception-approval-2026-06-15.txt"),
    ("Doses and codes it names", "56 mg or 84 mg (HCPCS G2082, G2083)", "other/network-exception-approval-2026-06-15.txt"),
    ("Its dates", "06/15/2026 through 12/31/2026", "other/network-exception-approval-2026-06-15.txt"),
    ("How it is paid", "paid at the network benefit level", "other/network-exception-approval-2026-06-15.txt"),
    ("The record as entered", "Codes: G2082", "other/member-portal-exception-record-2026-11-06.txt"),
    ("Certificate rule", "for the services, provider and dates it names", "other/certificate-2026-section-5-4-excerpt.txt"),
    ("Sessions denied", "G2083 x 13", "denial/explanation-of-benefits-2026-11-04.txt"),
    ("56 mg sessions paid", "Paid at network level under NGE-26-0611-208", "other/earlier-eobs-g2082-paid-2026-08.txt"),
    ("Drug taken alongside", "escitalopram 20 mg daily (since 08/2024, partial response, continued)", "clinical/psychiatry-summary-2026-10-27.txt"),
    ("Response", "MADRS 36 on 06/22/2026", "clinical/psychiatry-summary-2026-10-27.txt"),
    ("Intolerance, not a trial", "stopped after 3 weeks for insomnia and agitation", "clinical/psychiatry-summary-2026-10-27.txt"),
    ("Sleep dose", "mirtazapine 7.5 mg at bedtime for sleep", "clinical/psychiatry-summary-2026-10-27.txt"),
    ("Stale directory entry", "closed our esketamine program in March 2026", "other/provider-directory-2025-page.txt"),
    ("Other patient on the log", "Villanueva, Oriana", "other/rems-session-log-2026-10-27.txt"),
]
