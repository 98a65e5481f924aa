"""Letters set 15, cases 05-08 (FICTIONAL). Each case: slug, yaml, docs {path: text}, truth, expect [(file, text)]."""

CASES = []

# ---------------------------------------------------------------------------------------------------------------
# 05 insured employer plan (MI) | coordination of benefits (CARC 22: "other payer primary"), category other |
#    first internal, post-service | TMS course (done, authorized) | the patient writes ("I")
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="05-insured-employer-tms-coordination-of-benefits-patient",
    yaml="""
    # FICTIONAL CASE (set 15, case 05) - every person, plan, number and address is invented.
    # Insured employer group plan (Michigan): an authorized TMS course was denied after it was given, CARC 22,
    # "another payer is primary". The plan's file still lists the husband's old employer plan, which ended
    # 2026-06-30; and under the plan's own order-of-benefits rule her own employer's plan is primary for her anyway.
    # The patient writes her first internal appeal.
    patient:
      name: Priya Raghunathan-Osei
      salutation: Ms. Raghunathan-Osei
      date_of_birth: 1985-09-30
      member_id: GLM-FICT-5510-88231-01
      address: |-
        61 Birch Landing Court
        Port Aldous, MI 49999
      phone: (231) 555-0114
      email: priya.ro@mail.example
    insurer:
      name: Great Lakes Mutual Health (FICTIONAL)
      appeals_address: |-
        Great Lakes Mutual Health - Grievances and Appeals
        PO Box 12040
        Lansing, MI 48901-2040
      fax: (517) 555-0183
    employer:
      name: Petoskey Bay Credit Union, Human Resources (FICTIONAL)
      address: 900 Harbor Drive, Port Aldous, MI 49999
    claim:
      number: GLM-CLM-26-2871104
      plan_type: employer_erisa
      funding: insured
      notice_date: 2026-10-14
      service_dates: [2026-08-03, 2026-09-23]
      sessions: 36
      inpatient: false
      procedure_codes: [90867, 90868]
      diagnosis_codes: [F33.2]
      carc_codes: [CO-22]
      denial_reason: >-
        22 - This care may be covered by another payer per coordination of benefits. Our records show other group
        coverage for this member (HURON RIDGE MFG GROUP PLAN). Please submit the primary payer's explanation of
        benefits.
      denial_category: other
      denial_reasons: [other]
      action: none
      appeal_deadline: 2027-04-12
      deadline_basis: >-
        Stated on the EOB: "You have 180 days from the date you receive this statement to file an appeal." Counted
        conservatively from the EOB date (October 14, 2026).
    plan_policy:
      name: Certificate of Coverage, section 9.2 (Order of benefit determination)
      number: "9.2"
      file: other/certificate-of-coverage-section-9-2.txt
      quote: >-
        9.2 When you are covered by more than one plan, the first of the following rules that applies decides which
        plan pays first: (a) The plan that covers the person as an employee, member or subscriber pays before the
        plan that covers the person as a dependent. (b) ... This plan coordinates benefits only with other coverage
        in force on the date of service.
    prior_auth:
      approved:
        number: PA-TMS-2026-07-4471
        date: 2026-07-24
        covers: TMS, 36 sessions (90867 x1, 90868 x35), 08/01/2026 through 10/31/2026
        quote: "Approved: 90867 x 1, 90868 x 35, dates of service 08/01/2026 - 10/31/2026."
        file: other/prior-authorization-approval-2026-07-24.txt
        what_went_wrong: The claim was denied for coordination of benefits, not authorization; the approval is not in dispute.
        from: 2026-08-01
        through: 2026-10-31
        lines:
          - {code: "90867", units: 1, given: 1}
          - {code: "90868", units: 35, given: 35}
    treatment:
      name: Transcranial magnetic stimulation (TMS)
      summary: A 36-session course of TMS, authorized by the plan, given August 3 through September 23, 2026.
      alongside: vortioxetine 20 mg daily
    clinical:
      severity: PHQ-9 23 on July 20, 2026; PHQ-9 8 on September 23, 2026
      severity_date: 2026-09-23
      suicidality: none
      response: PHQ-9 23 before the course and 8 at its end
      response_level: response
      history:
        - drug: Escitalopram
          dose: 20 mg daily
          start: 2024-09
          end: 2025-03
          outcome: Partial response
          response: partial
        - drug: Bupropion XL (augmenting escitalopram)
          kind: augmentation
          dose: 300 mg daily
          start: 2025-01
          end: 2025-03
          outcome: No added benefit; insomnia
          response: none
          adequate: true
        - drug: Vortioxetine
          dose: 20 mg daily
          start: 2025-04
          ongoing: true
          outcome: Partial response; continued
          response: partial
    author:
      name: Priya Raghunathan-Osei
      role: Patient and subscriber
      relation: patient
      phone: (231) 555-0114
      email: priya.ro@mail.example
    bates_prefix: RAGHUNATHANOSEI
    footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
    """,
    docs={
        "denial/explanation-of-benefits-2026-10-14.txt": """
            GREAT LAKES MUTUAL HEALTH (FICTIONAL) - EXPLANATION OF BENEFITS - THIS IS NOT A BILL   10/14/2026
            Subscriber: PRIYA RAGHUNATHAN-OSEI   ID: GLM-FICT-5510-88231-01   Group: PETOSKEY BAY CREDIT UNION 7710
            Patient: PRIYA (self)    Claim: GLM-CLM-26-2871104   Provider: NORTHSHORE TMS & PSYCHIATRY
            Service          Dates                     Billed       Allowed   Paid   Code
            90867 x1         08/03/2026                  $450.00     $0.00    $0.00  22
            90868 x35        08/04/2026-09/23/2026    $10,850.00     $0.00    $0.00  22
            Code 22: This care may be covered by another payer per coordination of benefits. Our records show other
            group coverage for this member (HURON RIDGE MFG GROUP PLAN). Please submit the primary payer's
            explanation of benefits.
            Your appeal rights: You have 180 days from the date you receive this statement to file an appeal. Write
            to Grievances and Appeals, PO Box 12040, Lansing MI 48901-2040, fax 517-555-0183.
        """,
        "other/certificate-of-coverage-section-9-2.txt": """
            GREAT LAKES MUTUAL HEALTH GROUP CERTIFICATE OF COVERAGE 2026 (FICTIONAL) - excerpt
            9.2 When you are covered by more than one plan, the first of the following rules that applies decides
            which plan pays first: (a) The plan that covers the person as an employee, member or subscriber pays
            before the plan that covers the person as a dependent. (b) For a dependent child, ... (c) ... This plan
            coordinates benefits only with other coverage in force on the date of service.
            9.4 We may ask you each year about other coverage. If you do not answer, we may hold claims until you do.
        """,
        "other/huron-ridge-coverage-termination-letter.txt": """
            HURON RIDGE MANUFACTURING (FICTIONAL) - BENEFITS DEPARTMENT                   July 2, 2026
            To: Kwame Osei, 61 Birch Landing Court, Port Aldous MI 49999
            Your medical coverage under the Huron Ridge Manufacturing Group Plan, and the coverage of your enrolled
            dependents (Priya Raghunathan-Osei, spouse), ended on June 30, 2026, because your employment ended on
            June 19, 2026. You elected not to continue coverage under COBRA (waiver signed 06/26/2026).
            Certificate of creditable coverage enclosed.
        """,
        "other/other-coverage-questionnaire-2026-08-28.txt": """
            GREAT LAKES MUTUAL HEALTH - OTHER COVERAGE QUESTIONNAIRE (FICTIONAL)
            Completed by: Priya Raghunathan-Osei (subscriber)    Faxed 08/28/2026 to 517-555-0190 - fax result OK
            Do you or your family have other health coverage? [ ] Yes  [x] No, not since 07/01/2026
            Previous other coverage: Huron Ridge Mfg Group Plan (through spouse), ended 06/30/2026.
            (An earlier questionnaire dated 03/12/2025 listed the Huron Ridge plan as current - it was then.)
        """,
        "other/prior-authorization-approval-2026-07-24.txt": """
            GREAT LAKES MUTUAL HEALTH (FICTIONAL) - PRIOR AUTHORIZATION APPROVAL          07/24/2026
            Member: Priya Raghunathan-Osei   Auth: PA-TMS-2026-07-4471   Provider: Northshore TMS & Psychiatry
            Approved: 90867 x 1, 90868 x 35, dates of service 08/01/2026 - 10/31/2026.
            Approval is subject to eligibility and plan provisions, including coordination of benefits, on the date
            of service.
        """,
        "other/call-log-member-services.txt": """
            MY NOTES OF CALLS TO GREAT LAKES MUTUAL (FICTIONAL) - Priya Raghunathan-Osei
            10/20/2026 1-800-555-0188, rep "Marcus", ref 26102047713: "system shows other coverage active through
            Huron Ridge"; I said it ended 6/30 and I faxed the questionnaire 8/28. Rep: "not updated, file an appeal
            with the termination letter". Also said: "you're the subscriber, so we'd normally be primary anyway".
            10/27/2026 called Huron Ridge benefits: no coverage after 06/30/2026; they would deny any claim.
        """,
        "clinical/tms-course-summary-2026.txt": """
            NORTHSHORE TMS & PSYCHIATRY (FICTIONAL) - TMS COURSE SUMMARY - Raghunathan-Osei, Priya  DOB 09/30/1985
            Course: 08/03/2026 (mapping, 90867) - 09/23/2026; 36 sessions given; left DLPFC 10 Hz.
            PHQ-9 23 (07/20/2026) -> 8 (09/23/2026). No SI throughout. Continue vortioxetine 20 mg.
            Prior: escitalopram 20 mg 9/2024-3/2025 (partial), bupropion XL 300 mg add-on 1/2025-3/2025 (no benefit).
        """,
    },
    truth="""
    # 05 - Insured employer plan (MI), authorized TMS course denied after care for coordination of benefits (CARC 22); the other plan had ended, and hers is primary anyway; the patient writes (FICTIONAL)

    All people, plans, numbers and addresses are invented (FICTIONAL).

    ## What is true
    - Priya Raghunathan-Osei, 41, is the **subscriber** (employee) of an insured group plan (Great Lakes Mutual,
      Michigan). A 36-session TMS course, **authorized** (PA-TMS-2026-07-4471, 08/01-10/31/2026), was given
      08/03-09/23/2026 and denied on the EOB of 2026-10-14, code 22: "another payer ... HURON RIDGE MFG GROUP PLAN".
    - The Huron Ridge plan (her husband's, she was a dependent) **ended 2026-06-30** (termination letter, COBRA
      waived). She told the plan so on 08/28/2026 (questionnaire faxed, result OK); the plan's file was not updated.
    - Even if it had not ended, the plan's own certificate **9.2(a)**: the plan covering the person as an employee
      or subscriber pays first; she is the subscriber of this plan and was a dependent on Huron Ridge. And 9.2 says
      the plan coordinates only with coverage in force on the date of service.
    - Rule: ERISA insured group plan, post-service appeal within 180 days (2027-04-12 counted from the EOB date),
      decided within 60 days (29 CFR 2560.503-1(i)(2)(iii)(A)).
    - The care is not in dispute: authorized, given within the authorization, 36 of 36; PHQ-9 23 -> 8.

    ## Deliberately unknown
    - Whether the plan will also want an EOB from Huron Ridge (none can exist; Huron Ridge says it would deny).
    - Nothing of medical necessity is in question; no reviewer looked at the care.

    ## Traps
    - Strongest argument is **not** medical necessity: the order-of-benefits rule and the ended coverage. A letter
      that leads with failed trials, criteria or evidence argues the wrong question.
    - Her own coverage never ended: the "coverage ended" (eligibility / CARC 27) argument is wrong here; it is the
      other plan that ended. The letter must not say her coverage lapsed.
    - The authorization is valid and covers every session; the approval itself says it is subject to COB, so
      "honor the authorization" alone does not answer code 22.
    - Stale fact: the 03/12/2025 questionnaire listed Huron Ridge as current (true then).
    - Voice: the patient signs: "I".
    - Course is complete: nothing pending, no expedited request, no request to continue care.

    ## Arguments a strong letter makes (strongest first)
    1. Under the certificate's own section 9.2(a), this plan is primary for its subscriber; and it coordinates only
       with coverage in force on the dates of service: Huron Ridge coverage ended 06/30/2026 (letter enclosed).
    2. She reported it on 08/28/2026 (questionnaire, fax OK) and by phone (ref 26102047713); ask the plan to correct
       its coordination-of-benefits record and reprocess the claim as primary under PA-TMS-2026-07-4471.
    3. Decide within the post-service time; provide the claim file if it upholds.

    ## What a letter must NOT say
    - "my coverage had ended"/"coverage terminated" for her plan, "the TMS was medically necessary because I failed"
      as the main argument, "retroactive authorization", "out of network", "the spouse's plan is primary",
      "please continue the treatment", "expedited", Medicaid/Medicare rules.

    ## Tool gap
    - appeal-kit has no field for coordination of benefits (other coverage, its end date, the order-of-benefits
      rule); category `other` with the certificate quoted in `plan_policy` and the facts in the documents.
    """,
    expect=[
        ("denial/explanation-of-benefits-2026-10-14.txt", "HURON RIDGE MFG GROUP PLAN"),
        ("other/huron-ridge-coverage-termination-letter.txt", "ended on June 30, 2026"),
        ("other/certificate-of-coverage-section-9-2.txt", "covers the person as an employee, member or subscriber pays"),
        ("other/other-coverage-questionnaire-2026-08-28.txt", "fax result OK"),
        ("other/call-log-member-services.txt", "26102047713"),
        ("other/prior-authorization-approval-2026-07-24.txt", "90868 x 35"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
# 06 church plan, self-funded (NE) | level of care: PHP continued stay, "IOP appropriate" | second-level internal,
#    quoting the 11/06 first-level decision | partial hospitalization (done) | the treating psychiatrist writes
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="06-church-plan-php-level-of-care-second-level-psychiatrist",
    yaml="""
    # FICTIONAL CASE (set 15, case 06) - every person, plan, number and address is invented.
    # Self-funded church plan (not ERISA), Nebraska: partial hospitalization days 09/28-10/09/2026 were denied in
    # concurrent review as "can be treated at IOP"; the first-level appeal was denied on 11/06/2026. The plan's
    # own guideline LOC-PHP-2 counts an unavailable lower level. The PHP attending psychiatrist writes the
    # second-level appeal with the member's consent.
    patient:
      name: Tobias Wainwright-Ferreira
      salutation: Mr. Wainwright-Ferreira
      date_of_birth: 1997-01-08
      member_id: HCW-FICT-30418-02
      address: |-
        3120 Prairie Wind Avenue
        Elm Hollow, NE 68999
      phone: (402) 555-0127
    insurer:
      name: Heartland Conference of Wesleyan Congregations Benefit Plan (FICTIONAL), a self-funded church plan
      appeals_address: |-
        Heartland Conference Benefit Plan - Appeals, c/o Plainsview Administrators
        PO Box 5521
        Omaha, NE 68103-5521
      fax: (402) 555-0186
    claim:
      number: PVA-CR-2026-09-40027
      plan_type: church
      funding: self_funded
      notice_date: 2026-09-28
      service_dates: [2026-09-28, 2026-09-29, 2026-09-30, 2026-10-01, 2026-10-02, 2026-10-05, 2026-10-06, 2026-10-07, 2026-10-08, 2026-10-09]
      inpatient: false
      procedure_codes: [H0035]
      diagnosis_codes: [F33.2, F41.1]
      denial_reason: >-
        Continued partial hospitalization from 09/28/2026 is not medically necessary. The member's symptoms have
        improved and he can be safely treated at a lower level of care (intensive outpatient program). Level of Care
        Guideline LOC-PHP-2, continued stay.
      denial_category: medical_necessity
      denial_reasons: [level_of_care]
      reviewer: {name: "Douglas Feeney-Achterberg, DO", specialty: Family Medicine}
      stage: second level
      action: end
      appeal_deadline: 2027-01-05
      deadline_basis: >-
        Stated in the first-level decision of November 6, 2026: "You may request a second-level appeal within 60
        days of the date of this letter."
    decisions:
      - date: 2026-11-06
        outcome: denied
        stage: first level
        opens: second level
        next_deadline: 2027-01-05
        reason: >-
          The denial is upheld. The member's symptoms improved during partial hospitalization (PHQ-9 decreased from
          25 to 17) and an intensive outpatient program was an appropriate and available lower level of care. LOC-PHP-2
          continued-stay criteria 2.1 through 2.3 were not met.
    plan_policy:
      name: Level of Care Guideline LOC-PHP-2, Partial Hospitalization, Continued Stay
      number: LOC-PHP-2
      file: other/level-of-care-guideline-loc-php-2.txt
      quote: >-
        2. Continued stay. Continued partial hospitalization is medically necessary when 2.1 and 2.2 and 2.3 are
        met: 2.1 the member continues to have symptoms or functional impairment that required admission, or new
        ones; 2.2 the treatment plan is individualized, with measurable goals and active family or support
        involvement where possible; 2.3 the member cannot be safely treated at a less intensive level of care because
        (a) the intensity of needed treatment exceeds that level, or (b) a less intensive level of care that can meet
        the member's needs is not available within a clinically appropriate time.
    payer_criteria:
      - criterion: "2.1 Continued symptoms or functional impairment that required admission"
        how_met: PHQ-9 17 on September 28 and 15 on October 7 (moderately severe); passive suicidal ideation on September 29; unable to drive or work; panic attacks daily until October 5
        met: true
        evidence: {file: clinical/php-daily-notes-2026.txt, page: 1}
      - criterion: "2.2 Individualized treatment plan with measurable goals and family involvement"
        how_met: Written plan with weekly PHQ-9 and GAD-7 goals; his sister attended family sessions on October 1 and 8
        met: true
        evidence: {file: clinical/php-daily-notes-2026.txt, page: 2}
      - criterion: "2.3(b) A less intensive level of care that can meet his needs not available within a clinically appropriate time"
        how_met: The only in-network adult IOP within 60 miles (Elm Hollow Behavioral Health) had no opening before October 12, 2026; he was admitted to it that day, as planned
        met: true
        evidence: {file: other/iop-waitlist-confirmation.txt, page: 1}
    treatment:
      name: Partial hospitalization program (PHP)
      summary: >-
        Partial hospitalization from September 14 through October 9, 2026, for recurrent severe depression with
        panic attacks, stepped down to an intensive outpatient program on its first opening, October 12, 2026.
      alongside: venlafaxine XR 150 mg daily
    clinical:
      severity: PHQ-9 25 and GAD-7 19 on September 14, 2026; PHQ-9 17 on September 28; PHQ-9 15 on October 7, 2026
      severity_date: 2026-10-07
      suicidality: passive
      suicidality_date: 2026-09-29
      response: PHQ-9 25 at admission (September 14), 17 on September 28, 15 on October 7, 2026
      response_level: partial
      history:
        - drug: Sertraline
          dose: 100 mg, then 150 mg daily
          start: 2025-11
          end: 2026-09-15
          outcome: Partial response, then worsening in August 2026
          response: partial
        - drug: Hydroxyzine (as needed for anxiety)
          kind: other
          dose: 25 mg as needed
          start: 2026-03
          ongoing: true
          outcome: As-needed anxiety relief only, not a treatment trial
          adequate: false
        - drug: Outpatient psychotherapy
          kind: psychotherapy
          dose: every other week
          sessions: 9
          start: 2026-02
          end: 2026-08
          outcome: 9 sessions; worsening despite therapy
          response: none
        - drug: Venlafaxine XR
          dose: 75 mg, then 150 mg daily
          start: 2026-09-16
          ongoing: true
          outcome: Started during the partial hospitalization; continuing
    impact:
      hospitalizations: Emergency department visit on September 12, 2026 for suicidal thoughts; suicide attempt (overdose) in February 2024.
      work: Unable to work as a youth program coordinator since September 8, 2026.
    alternatives:
      - treatment: Intensive outpatient program
        why_not: The only in-network adult IOP within 60 miles had no opening until October 12, 2026; he entered it that day.
    author:
      name: Hannelore Adebayo-Strand
      role: Attending psychiatrist, partial hospitalization program (treating physician)
      relation: physician
      authorization: other/member-consent-to-appeal.txt
      phone: (402) 555-0133
      fax: (402) 555-0134
    provider:
      name: Hannelore Adebayo-Strand
      credentials: MD, psychiatrist
      npi: "1902886351"
      phone: (402) 555-0133
      address: |-
        Platte River Behavioral Health, Partial Hospitalization Program, 1500 Meridian Road
        Elm Hollow, NE 68999
    peer_to_peer:
      availability: weekdays 7:30-8:30 am
    bates_prefix: WAINWRIGHTFERREIRA
    footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
    """,
    docs={
        "denial/first-level-appeal-decision-2026-11-06.txt": """
            PLAINSVIEW ADMINISTRATORS (FICTIONAL), for the HEARTLAND CONFERENCE OF WESLEYAN CONGREGATIONS BENEFIT PLAN
            (a church plan; self-funded)
            FIRST-LEVEL APPEAL DECISION                                         November 6, 2026
            Member: Tobias Wainwright-Ferreira   ID: HCW-FICT-30418-02   Reference: PVA-CR-2026-09-40027
            Services: partial hospitalization (H0035), 09/28/2026 - 10/09/2026 (10 program days)
            Decision: The denial is upheld. The member's symptoms improved during partial hospitalization (PHQ-9
            decreased from 25 to 17) and an intensive outpatient program was an appropriate and available lower
            level of care. LOC-PHP-2 continued-stay criteria 2.1 through 2.3 were not met.
            Reviewer: Douglas Feeney-Achterberg, DO (Family Medicine).
            You may request a second-level appeal within 60 days of the date of this letter. After the second-level
            decision you may be eligible for external review by an independent review organization.
        """,
        "denial/concurrent-review-denial-2026-09-28.txt": """
            PLAINSVIEW ADMINISTRATORS (FICTIONAL) - CONCURRENT REVIEW DETERMINATION          09/28/2026
            Member: Tobias Wainwright-Ferreira   Reference: PVA-CR-2026-09-40027
            Approved: PHP 09/14/2026 - 09/25/2026 (10 days). Denied: PHP from 09/28/2026.
            Continued partial hospitalization from 09/28/2026 is not medically necessary. The member's symptoms have
            improved and he can be safely treated at a lower level of care (intensive outpatient program). Level of
            Care Guideline LOC-PHP-2, continued stay.
        """,
        "other/level-of-care-guideline-loc-php-2.txt": """
            PLAINSVIEW ADMINISTRATORS (FICTIONAL) - LEVEL OF CARE GUIDELINE LOC-PHP-2, Partial Hospitalization
            1. Admission ... (not excerpted)
            2. Continued stay. Continued partial hospitalization is medically necessary when 2.1 and 2.2 and 2.3 are
            met: 2.1 the member continues to have symptoms or functional impairment that required admission, or new
            ones; 2.2 the treatment plan is individualized, with measurable goals and active family or support
            involvement where possible; 2.3 the member cannot be safely treated at a less intensive level of care
            because (a) the intensity of needed treatment exceeds that level, or (b) a less intensive level of care
            that can meet the member's needs is not available within a clinically appropriate time.
        """,
        "clinical/php-daily-notes-2026.txt": """
            PLATTE RIVER BEHAVIORAL HEALTH - PHP (FICTIONAL) - Wainwright-Ferreira, Tobias   DOB 01/08/1997
            Page 1
            09/14/2026 Admit to PHP (after ED visit 09/12 for suicidal thoughts). PHQ-9 25, GAD-7 19. Daily panic
              attacks. Hx overdose Feb 2024. Sertraline 150 mg since ~Nov 2025 (partial, worse since Aug). Therapy
              every other week Feb-Aug 2026 (9 sessions). Hydroxyzine 25 mg PRN.
            09/15 Sertraline stopped. 09/16 venlafaxine XR 75 mg started; 150 mg from 09/23.
            09/25 Plan's reviewer approved through 09/25 only.
            09/28 PHQ-9 17. Panic daily. Not driving. IOP referral sent 09/24 - earliest opening 10/12.
            09/29 Passive SI ("tired of all of it"), no plan, no intent. C-SSRS passive. Safety plan.
            Page 2
            Treatment plan (09/15): goals PHQ-9 < 15, panic < 2/week, return to driving, IOP step-down.
            10/01 Family session with sister. 10/05 first panic-free day. 10/07 PHQ-9 15, GAD-7 13.
            10/08 Family session. 10/09 Discharge from PHP to IOP starting 10/12/2026 (first available).
            Discharge note says "significant improvement" - PHQ-9 25 -> 15; still moderately severe.
        """,
        "other/iop-waitlist-confirmation.txt": """
            ELM HOLLOW BEHAVIORAL HEALTH (FICTIONAL) - ADULT INTENSIVE OUTPATIENT PROGRAM
            Referral for Tobias Wainwright-Ferreira received 09/24/2026 from Platte River PHP.
            First available start date: 10/12/2026 (program at capacity). Patient started IOP 10/12/2026.
            This is the only in-network adult IOP within 60 miles of Elm Hollow (per Plainsview provider directory,
            printed 09/24/2026: next nearest, Kearney Plains IOP, 94 miles).
        """,
        "other/member-consent-to-appeal.txt": """
            CONSENT TO APPEAL ON MY BEHALF (FICTIONAL)
            I, Tobias Wainwright-Ferreira (HCW-FICT-30418-02), authorize Dr. Hannelore Adebayo-Strand to file my
            second-level appeal and any external review about PHP days 09/28-10/09/2026.  Signed 11/14/2026.
        """,
    },
    truth="""
    # 06 - Church plan (NE), PHP days denied as "IOP appropriate"; second-level appeal by the attending psychiatrist; the IOP had no opening (FICTIONAL)

    All people, plans, numbers and addresses are invented (FICTIONAL).

    ## What is true
    - Tobias Wainwright-Ferreira, 29, in a **self-funded church plan** (not ERISA). Partial hospitalization
      09/14-10/09/2026; the plan approved 09/14-09/25 and denied 09/28-10/09 (10 program days) in concurrent review:
      "can be safely treated at a lower level of care (intensive outpatient program)". First-level appeal upheld on
      **2026-11-06** ("an appropriate and available lower level of care"; "criteria 2.1 through 2.3 were not met").
      This is the **second-level** appeal, due by 2027-01-05 (the decision's own 60 days).
    - LOC-PHP-2 criterion **2.3(b)**: continued PHP is necessary when a lower level that meets the member's needs
      is not available within a clinically appropriate time. The only in-network adult IOP within 60 miles had no
      opening before **10/12/2026**; he started it that day. 2.1 (PHQ-9 17 and 15, daily panic until 10/05,
      passive SI 09/29) and 2.2 (written plan, family sessions) are met.
    - Rule: church plan, 26 CFR 54.9815-2719 (claims and appeals by reference to the ERISA claims rule; external
      review for a medical-judgment denial, within 4 months of the final internal decision). Care is over.
    - Author: the attending psychiatrist (a physician), with the member's signed consent.

    ## Deliberately unknown
    - Whether the reviewer knew of the IOP wait (the first-level decision says "available" without evidence).
    - Whether IOP days 10/12 onward were paid (not in this appeal).

    ## Traps
    - Level of care: the letter answers whether IOP could meet his needs in time; it must not lead with a count of
      failed drug trials or say less intensive treatment "failed". "The symptoms improved" is true (25 -> 17 -> 15):
      the letter must not deny improvement; the point is partial response and no available IOP.
    - Venlafaxine was started during the PHP (09/16): not a prior trial. Hydroxyzine PRN is not a trial. Therapy
      9 sessions is psychotherapy.
    - Suicidality passive on 09/29/2026 (within 90 days of an early-December letter); the attempt was February 2024.
    - Stage: quote the **11/06 first-level decision**; say it is a second-level appeal.
    - Church plan: no ERISA as governing law, no EBSA/Labor Department, no state Medicaid; nothing pending, no
      request to continue care, no expedited request (the care is over). `action: end` records what concurrent
      review did; nothing continues.

    ## Arguments a strong letter makes (strongest first)
    1. LOC-PHP-2 2.3(b): no lower level that met his needs was available in time; the only in-network IOP within 60
       miles had no opening until 10/12/2026 (letter enclosed) and he stepped down that day.
    2. 2.1 and 2.2 are met with the daily notes: PHQ-9 17/15, daily panic, passive SI on 09/29, plan and family
       sessions; improvement was partial, not a reason to stop before the step-down existed.
    3. Ask for a psychiatrist reviewer (both reviews were family medicine), the claim file, a peer-to-peer; external
       review is open after this level.

    ## What a letter must NOT say
    - "no improvement", "failed IOP", "venlafaxine failed", "hydroxyzine trial", "active suicidal ideation",
      ERISA/29 CFR 2560.503-1 as governing or EBSA, "please continue PHP", "expedited", "first-level appeal" as this
      letter's level, "the plan named no criteria".
    """,
    expect=[
        ("denial/first-level-appeal-decision-2026-11-06.txt", "an appropriate and available lower level of care"),
        ("denial/first-level-appeal-decision-2026-11-06.txt", "within 60 days of the date of this letter"),
        ("other/level-of-care-guideline-loc-php-2.txt", "is not available within a clinically appropriate time"),
        ("other/iop-waitlist-confirmation.txt", "First available start date: 10/12/2026"),
        ("clinical/php-daily-notes-2026.txt", "09/16 venlafaxine XR 75 mg started"),
        ("clinical/php-daily-notes-2026.txt", "C-SSRS passive"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
# 07 self-funded employer plan (MT) | out of network: SPD access standard (60 miles / 15 business days) |
#    first internal, pre-service, urgent | acute ECT course | the adult daughter writes (representative)
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="07-self-funded-ect-network-access-standard-urgent-daughter",
    yaml="""
    # FICTIONAL CASE (set 15, case 07) - every person, plan, number and address is invented.
    # Self-funded employer plan (Montana): an acute ECT course at a non-network hospital 18 miles away was denied
    # before care as out of network. The SPD's own access standard (60 miles or 15 business days) is not met by
    # any network hospital. Urgent: psychotic depression, poor intake. His daughter writes with his authorization.
    patient:
      name: Walter Hennessey-Dube
      salutation: Mr. Hennessey-Dube
      date_of_birth: 1963-04-14
      member_id: BTW-FICT-004471-00
      address: |-
        12 Old Mill Spur
        Sapphire Flats, MT 59999
      phone: (406) 555-0128
    insurer:
      name: Bitterroot Timberworks Employee Health Plan (FICTIONAL), administered by Summit Crest Benefit Administrators
      appeals_address: |-
        Summit Crest Benefit Administrators - Appeals
        PO Box 2281
        Billings, MT 59103-2281
      fax: (406) 555-0191
    employer:
      name: Bitterroot Timberworks, Inc., Benefits (FICTIONAL)
      address: 5 Sawmill Road, Sapphire Flats, MT 59999
    claim:
      number: SCB-PRE-2611-30982
      plan_type: employer_erisa
      funding: self_funded
      notice_date: 2026-11-20
      service_dates: [2026-12-08]
      sessions: 12
      pending_services: 12
      procedure_codes: [90870, "00104"]
      diagnosis_codes: [F33.3]
      carc_codes: [CO-242]
      denial_reason: >-
        The requested provider, Bitterroot Valley Hospital, is not in the Big Sky Preferred network. Your plan does
        not cover services from non-network providers except for emergency care. (242)
      denial_category: out_of_network
      urgent: true
      action: none
      appeal_deadline: 2027-05-19
      deadline_basis: >-
        Rule: 180 days from receipt of the notice (29 CFR 2560.503-1(h)(3)(i)); counted from the notice date,
        November 20, 2026.
    urgency:
      reason: >-
        Severe depression with psychotic features: he has lost 18 pounds since September, eats and drinks little,
        and believes he is being poisoned; his psychiatrist expects him to need hospital admission if ECT is delayed.
      certified_by: Dr. Ruth Calloway-Benn, MD
    plan_policy:
      name: Summary Plan Description, section 5.3 (Network access standard)
      number: "5.3"
      file: other/spd-section-5-3-network-access.txt
      quote: >-
        5.3 Network access standard. If no network provider of the type needed is available within 60 miles of your
        home, or no network provider can see you within 15 business days of your request, the Plan will cover
        services from a non-network provider at the network benefit level, when the Plan approves it in advance.
    network:
      - name: Clark Fork Behavioral Hospital (in network)
        date: 2026-11-10
        outcome: Has not offered ECT since March 2026 (no anesthesia coverage for ECT)
        miles: 148
        evidence: {file: other/network-calls-log.txt, page: 1}
      - name: Glacier Regional Medical Center (in network)
        date: 2026-11-10
        outcome: Offers ECT; first new-patient consult January 19, 2027
        miles: 212
        first_opening: 2027-01-19
        evidence: {file: other/network-calls-log.txt, page: 1}
      - name: Summit Crest member services
        date: 2026-11-12
        outcome: Could name no other in-network ECT provider in Montana
        evidence: {file: other/network-calls-log.txt, page: 1}
    treatment:
      name: Electroconvulsive therapy (ECT), acute course
      summary: >-
        An acute course of ECT, three times a week, for recurrent major depression with psychotic features that
        has not responded to two antidepressants and an antipsychotic, at the one hospital near him that gives it.
      plan: >-
        Right unilateral ultrabrief ECT three times weekly, 12 treatments expected (starting December 8, 2026), with
        general anesthesia by an anesthesiologist; reassess after 6 and 12 treatments.
      setting: Bitterroot Valley Hospital ECT suite, 18 miles from home (FICTIONAL)
    clinical:
      severity: MADRS 41 on November 16, 2026; weight 151 lb (169 lb in September); delusion of being poisoned
      severity_date: 2026-11-16
      suicidality: passive
      suicidality_date: 2026-11-16
      episode_onset: 2026-05
      history:
        - drug: ECT (2015, earlier episode)
          kind: neuromodulation
          dose: 10 treatments
          sessions: 10
          adequate: true
          start: 2015-02
          end: 2015-03
          outcome: Remission of a psychotic depressive episode; well for years
          response: remission
          failed: false
          evidence: {file: clinical/psychiatry-notes-2026.txt, page: 1}
        - drug: Sertraline
          dose: 200 mg daily
          start: 2026-05-18
          end: 2026-08-10
          outcome: No response after 12 weeks
          response: none
          evidence: {file: clinical/psychiatry-notes-2026.txt, page: 1}
        - drug: Venlafaxine XR
          dose: 225 mg daily
          start: 2026-08-11
          ongoing: true
          outcome: No response; continued for now
          response: none
          evidence: {file: clinical/psychiatry-notes-2026.txt, page: 1}
        - drug: Olanzapine (added for psychotic features)
          kind: augmentation
          dose: 10 mg daily
          start: 2026-09-29
          ongoing: true
          outcome: Sleeps better; delusion unchanged after 7 weeks
          response: none
          evidence: {file: clinical/psychiatry-notes-2026.txt, page: 1}
    impact:
      work: On short-term disability from his job at the mill since September 2026.
      daily_life: He lives with me now; he has lost 18 pounds, eats little, and will not take food he did not see opened.
    author:
      name: Colleen Hennessey-Dube
      role: Daughter and authorized representative
      relation: representative
      authorization: other/authorized-representative-designation.txt
      phone: (406) 555-0129
      email: colleen.hd@mail.example
      address: |-
        12 Old Mill Spur
        Sapphire Flats, MT 59999
    provider:
      name: Ruth Calloway-Benn
      credentials: MD, psychiatrist
      npi: "1356079941"
      phone: (406) 555-0139
      address: |-
        Bitterroot Valley Psychiatry, 220 Main Street
        Sapphire Flats, MT 59999
    copies: [prescriber]
    literature:
      - id: uk-ect-2003
    bates_prefix: HENNESSEYDUBE
    footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
    """,
    docs={
        "denial/pre-service-denial-2026-11-20.txt": """
            SUMMIT CREST BENEFIT ADMINISTRATORS (FICTIONAL), claims administrator for the
            BITTERROOT TIMBERWORKS EMPLOYEE HEALTH PLAN (self-funded; ERISA)
            NOTICE OF PRE-SERVICE DENIAL                                   November 20, 2026
            Member: Walter Hennessey-Dube   ID: BTW-FICT-004471-00   Reference: SCB-PRE-2611-30982
            Requested: ECT 90870 x 12, anesthesia 00104, Bitterroot Valley Hospital; Dx F33.3; received 11/17/2026
            Decision: The requested provider, Bitterroot Valley Hospital, is not in the Big Sky Preferred network. Your
            plan does not cover services from non-network providers except for emergency care. (242)
            Medical necessity was not reviewed.
            Appeal: you may appeal within 180 days of receiving this notice. If your doctor says your situation is
            urgent, ask for an urgent appeal: we will decide within 72 hours.
        """,
        "other/spd-section-5-3-network-access.txt": """
            BITTERROOT TIMBERWORKS EMPLOYEE HEALTH PLAN - SUMMARY PLAN DESCRIPTION 2026 (FICTIONAL) - excerpt
            5.1 Non-network services are not covered, except emergency care and as described in 5.3.
            5.3 Network access standard. If no network provider of the type needed is available within 60 miles of
            your home, or no network provider can see you within 15 business days of your request, the Plan will
            cover services from a non-network provider at the network benefit level, when the Plan approves it in
            advance.
        """,
        "other/network-calls-log.txt": """
            CALLS MADE FOR ECT - kept by Colleen Hennessey-Dube (daughter) and Dr. Calloway-Benn's office (FICTIONAL)
            11/10/2026 Clark Fork Behavioral Hospital (in network, ~148 mi): "we stopped doing ECT in March, no
              anesthesia coverage." (spoke to intake, Jenna)
            11/10/2026 Glacier Regional Medical Center (in network, 212 mi; Dr. C-B's referral note says "210 mi"):
              ECT service: first new-patient consult 01/19/2027, treatment would start after that.
            11/12/2026 Summit Crest member services 1-800-555-0192, ref 4471-1112-09: rep searched network, "no other
              in-network ECT in Montana" she could find; suggested asking for an exception.
            11/17/2026 Request for Bitterroot Valley Hospital (18 mi), first treatment possible 12/08/2026.
            Nobody told us we had to ask for the 5.3 exception by name. The denial does not mention 5.3.
        """,
        "clinical/psychiatry-notes-2026.txt": """
            BITTERROOT VALLEY PSYCHIATRY (FICTIONAL) - Hennessey-Dube, Walter   DOB 04/14/1963
            Page 1
            Hx: MDD with psychotic features 2015, ECT x10 at Glacier Regional Feb-Mar 2015, remission; well until 2026.
            05/18/2026 Relapse. Sertraline 100 -> 200 mg. 08/10/2026 no response at 12 wk; switch.
            08/11/2026 Venlafaxine XR to 225 mg (continuing).
            09/29/2026 Delusion that food is poisoned; olanzapine 10 mg added (continuing). Wt 169 lb (Sept).
            11/16/2026 MADRS 41. Wt 151 lb. Drinks little; BUN up. Passive death wish, no plan.
              No response to olanzapine after 7 wk. Recommend acute ECT urgently - responded in 2015.
              Nearest in-network ECT 210 miles, first consult January. Bitterroot Valley Hosp can start 12/08.
              In my judgment this is urgent: delay risks dehydration and admission.  - R. Calloway-Benn, MD
        """,
        "other/authorized-representative-designation.txt": """
            BITTERROOT TIMBERWORKS EMPLOYEE HEALTH PLAN - DESIGNATION OF AUTHORIZED REPRESENTATIVE (FICTIONAL)
            I, Walter Hennessey-Dube (BTW-FICT-004471-00), name my daughter Colleen Hennessey-Dube to act for me in
            my appeal of reference SCB-PRE-2611-30982.  Signed 11/21/2026.
        """,
    },
    truth="""
    # 07 - Self-funded employer plan (MT), acute ECT at a non-network hospital denied before care; the SPD's own access standard is met; urgent; his daughter writes (FICTIONAL)

    All people, plans, numbers and addresses are invented (FICTIONAL).

    ## What is true
    - Walter Hennessey-Dube, 63, employee in a **self-funded ERISA** plan. Acute ECT (about 12 treatments from
      2026-12-08) at Bitterroot Valley Hospital, 18 miles away, was denied before care on 2026-11-20 as out of
      network (242); "Medical necessity was not reviewed."
    - SPD **section 5.3**: non-network care is covered at the network level when no network provider is within 60
      miles **or** none can see the member within 15 business days. Clark Fork (148 miles) no longer gives ECT;
      Glacier Regional (212 miles) first consult 2027-01-19 (more than 15 business days after the 11/10 call, and
      well beyond 60 miles); member services found no other. Both arms of 5.3 are met.
    - Urgent: MDD recurrent, severe, **with psychotic features** (F33.3); 18 lb weight loss, poor intake; the treating
      psychiatrist (a physician) certifies urgency. Under 29 CFR 2560.503-1(m)(1)(iii) a claim is urgent when a
      physician with knowledge of the condition says so; urgent appeal decided within 72 hours ((i)(2)(i)); expedited
      external review may run at the same time (29 CFR 2590.715-2719(d)(3)).
    - ECT in 2015 brought remission (same treatment worked before). Sertraline 200 mg 12 weeks no response;
      venlafaxine 225 mg no response (continuing); olanzapine added 7 weeks, delusion unchanged (continuing).
    - The daughter writes as authorized representative (signed designation).

    ## Deliberately unknown
    - Whether any network provider outside Montana is nearer (member services said none in Montana; not asked further).
    - The exact number of treatments (12 expected; reassess at 6 and 12).

    ## Traps
    - Not an emergency: the denial mentions emergency care; the letter must not argue emergency services.
    - The letter must say no network provider could give ECT within the SPD's distance and time standard, never that
      none exists anywhere.
    - Distances conflict (210 vs 212 miles): either is far beyond 60.
    - Medical necessity was not reviewed: the letter may show the need, but must not answer "criteria" the plan
      never applied. ECT 2015 is a response, not a failure. Passive death wish, no plan: never "active".
    - ERISA self-funded: cite 29 CFR 2560.503-1 and 2590.715-2719; no state insurance department external review;
      no Medicaid network rule 438.206, no 45 CFR 156.230 (Marketplace only).
    - Voice: the daughter writes ("my father"), not as the patient.

    ## Arguments a strong letter makes (strongest first)
    1. SPD 5.3: the plan's own access standard is met on both arms (148 miles and no ECT; 212 miles and first
       opening 01/19/2027; member services found none): approve Bitterroot Valley Hospital at the network level.
    2. Urgent: physician-certified; decide within 72 hours; delay risks dehydration and admission; ECT brought
       remission in 2015; psychotic depression unresponsive to two antidepressants and olanzapine.
    3. Ask for the decision as an exception under 5.3 in advance of care, and the claim documents.

    ## What a letter must NOT say
    - "emergency services", "no in-network ECT provider exists", "retroactive authorization", "active suicidal
      ideation", "ECT failed", "45 CFR 156.230", "42 CFR 438.206", a state insurance department as regulator of
      this self-funded plan, "the patient" speaking as "I".
    """,
    expect=[
        ("denial/pre-service-denial-2026-11-20.txt", "except for emergency care. (242)"),
        ("denial/pre-service-denial-2026-11-20.txt", "Medical necessity was not reviewed"),
        ("other/spd-section-5-3-network-access.txt", "within 60 miles of"),
        ("other/network-calls-log.txt", "first new-patient consult 01/19/2027"),
        ("other/network-calls-log.txt", "we stopped doing ECT in March"),
        ("clinical/psychiatry-notes-2026.txt", "ECT x10 at Glacier Regional Feb-Mar 2015, remission"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
# 08 Medicare Advantage HMO (NV) | step therapy on a Part B drug (not a new start: given within the lookback) |
#    standard pre-service reconsideration (Part B drug, 7 days) | paliperidone palmitate LAI | treating
#    psychiatrist writes (no appointment needed pre-service)
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="08-medicare-advantage-part-b-step-therapy-lai-not-new-start-psychiatrist",
    yaml="""
    # FICTIONAL CASE (set 15, case 08) - every person, plan, number and address is invented.
    # Medicare Advantage HMO (Nevada): monthly paliperidone palmitate injections (Part B, J2426) were denied under
    # the plan's Part B step therapy program ST-B-14 ("try aripiprazole extended-release injection first"). He is
    # not a new start: the plan itself paid his injection of October 27, 2026. The treating psychiatrist asks for a
    # standard pre-service reconsideration.
    patient:
      name: Rolando Estrella-Nakamura
      salutation: Mr. Estrella-Nakamura
      date_of_birth: 1958-12-03
      member_id: SPM-FICT-H7781-220945
      address: |-
        4471 Juniper Flats Road, Unit B
        Silver Pines, NV 89999
      phone: (775) 555-0116
    insurer:
      name: Sierra Pines Medicare Advantage HMO (FICTIONAL)
      appeals_address: |-
        Sierra Pines Medicare Advantage - Appeals and Grievances
        PO Box 19044
        Reno, NV 89510-9044
      fax: (775) 555-0187
    claim:
      number: SPM-OD-2026-11-77302
      plan_type: medicare_advantage
      notice_date: 2026-11-20
      service_dates: [2026-12-22]
      pending_services: "[monthly injections from December 22, 2026]"
      procedure_codes: [J2426, "96372"]
      diagnosis_codes: [F25.1]
      denial_reason: >-
        We denied your request for paliperidone palmitate extended-release injection (Invega Sustenna, J2426).
        This drug is part of our Part B Step Therapy Program (ST-B-14). You must first try aripiprazole
        extended-release injectable suspension (Abilify Maintena). We have no record that you tried it.
      denial_category: step_therapy
      action: none
      appeal_deadline: 2027-01-24
      deadline_basis: >-
        Stated in the notice: "You must ask for a reconsideration within 65 calendar days from the date of this
        notice."
    plan_policy:
      name: Part B Step Therapy Program ST-B-14, Long-acting injectable antipsychotics
      number: ST-B-14
      file: other/part-b-step-therapy-st-b-14.txt
      quote: >-
        Step therapy applies only to new starts. A member is not a new start, and step therapy does not apply, if
        claims or records show the member received the requested drug within the past 365 days. Step 1:
        aripiprazole extended-release injectable suspension. Step 2: paliperidone palmitate extended-release
        injection, after an inadequate response, intolerance or contraindication to Step 1.
      other_terms: >-
        Evidence of Coverage, Chapter 4: "Some Part B drugs are subject to step therapy. Step therapy applies only to
        new starts of the drug, using a lookback period described in the program."
      # the plan's own lookback, and the doses below (added by the set-15 fix work, issue 18)
      step_lookback_days: 365
    payer_criteria:
      - criterion: "Step therapy applies only to new starts: not a new start if the member received the requested drug within the past 365 days"
        how_met: Paliperidone palmitate 234 mg on September 22 and 156 mg on September 29, 2026 (hospital), and 156 mg on October 27, 2026 at the clinic, paid by the plan (claim SPM-CLM-26-10-55120)
        met: true
        evidence: [{file: other/plan-eob-2026-11-03-paid-injection.txt, page: 1}, {file: clinical/hospital-discharge-summary-2026-10-02.txt, page: 1}]
      - criterion: "Step 2 after intolerance of Step 1 (aripiprazole)"
        how_met: Oral aripiprazole 10 mg in 2023 caused akathisia; aripiprazole extended-release injection was never given
        met: false
        evidence: {file: clinical/psychiatry-notes-2026.txt, page: 1}
    treatment:
      name: Paliperidone palmitate extended-release injection (Invega Sustenna), monthly
      summary: >-
        Monthly paliperidone palmitate 156 mg by injection at the clinic, continuing the long-acting treatment begun
        in hospital in September 2026 that has kept him out of hospital since.
      plan: >-
        Paliperidone palmitate 156 mg deltoid or gluteal injection every 4 weeks at Tamarack CMHC (J2426, 156 units,
        with 96372), next due December 22, 2026; oral paliperidone 6 mg daily as a bridge until the injection
        resumes.
      alongside: oral paliperidone 6 mg daily (bridge since November 24, 2026)
      plural: true
      earlier_doses:
        - {date: 2026-09-22, dose: 234 mg, file: clinical/hospital-discharge-summary-2026-10-02.txt}
        - {date: 2026-09-29, dose: 156 mg, file: clinical/hospital-discharge-summary-2026-10-02.txt}
        - {date: 2026-10-27, dose: 156 mg, paid_by_plan: true, claim: SPM-CLM-26-10-55120,
           file: other/plan-eob-2026-11-03-paid-injection.txt}
    clinical:
      severity: BPRS 28 on November 24, 2026 (from 52 on admission, September 15, 2026); PHQ-9 9
      severity_date: 2026-11-24
      suicidality: none
      history:
        - drug: Risperidone (oral)
          kind: other
          dose: 4 mg daily
          start: 2019
          end: 2023-02
          outcome: Effective when taken; repeated stops (missed doses), two admissions
          response: lost
          adequate: true
          failed: true
        - drug: Aripiprazole (oral)
          kind: other
          dose: 10 mg daily
          start: 2023-03
          end: 2023-04
          outcome: Stopped after 5 weeks for akathisia
          response: none
          adequate: false
          failed: true
        - drug: Paliperidone (oral)
          kind: other
          dose: 6 mg daily
          start: 2023-05
          end: 2026-08
          outcome: Good effect when taken; nonadherence led to relapse and admission in September 2026
          response: response
          failed: false
        - drug: Sertraline
          dose: 100 mg daily
          start: 2024-01
          ongoing: true
          outcome: For depressive symptoms; continuing
          response: partial
    impact:
      hospitalizations: Admitted September 15 to October 2, 2026 (relapse after stopping oral medication); two admissions in 2022 for the same reason.
    author:
      name: Oluwaseun Petrakis-Lindgren
      role: Treating psychiatrist, requesting a pre-service reconsideration for the enrollee
      relation: physician
      phone: (775) 555-0144
      fax: (775) 555-0145
    provider:
      name: Oluwaseun Petrakis-Lindgren
      credentials: MD, psychiatrist
      npi: "1609923341"
      phone: (775) 555-0144
      address: |-
        Tamarack Community Mental Health Center, 900 Aspen Way
        Silver Pines, NV 89999
    bates_prefix: ESTRELLANAKAMURA
    footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
    """,
    docs={
        "denial/organization-determination-denial-2026-11-20.txt": """
            SIERRA PINES MEDICARE ADVANTAGE HMO (FICTIONAL) - H7781
            NOTICE OF DENIAL OF MEDICAL COVERAGE (FICTIONAL)                   Date: 11/20/2026
            Member: ROLANDO ESTRELLA-NAKAMURA   Member ID: SPM-FICT-H7781-220945   Reference: SPM-OD-2026-11-77302
            Requested by: O. Petrakis-Lindgren, MD, Tamarack CMHC    Received: 11/18/2026
            Request: J2426 paliperidone palmitate 156 mg every 4 weeks, with 96372
            We denied your request for paliperidone palmitate extended-release injection (Invega Sustenna, J2426).
            This drug is part of our Part B Step Therapy Program (ST-B-14). You must first try aripiprazole
            extended-release injectable suspension (Abilify Maintena). We have no record that you tried it.
            Decision made by: Pharmacy reviewer, K. Lindqvist-Obi, PharmD.
            You have the right to ask for a reconsideration. You must ask for a reconsideration within 65 calendar
            days from the date of this notice. Your doctor may ask for you. If waiting 7 days could seriously harm
            your health, ask for a fast (expedited) decision: we will answer within 72 hours.
        """,
        "other/part-b-step-therapy-st-b-14.txt": """
            SIERRA PINES MEDICARE ADVANTAGE (FICTIONAL) - PART B STEP THERAPY PROGRAM ST-B-14 (2026)
            Long-acting injectable antipsychotics
            Step therapy applies only to new starts. A member is not a new start, and step therapy does not apply, if
            claims or records show the member received the requested drug within the past 365 days. Step 1:
            aripiprazole extended-release injectable suspension. Step 2: paliperidone palmitate extended-release
            injection, after an inadequate response, intolerance or contraindication to Step 1.
        """,
        "other/plan-eob-2026-11-03-paid-injection.txt": """
            SIERRA PINES MEDICARE ADVANTAGE HMO (FICTIONAL) - EXPLANATION OF BENEFITS        11/03/2026
            Member: ROLANDO ESTRELLA-NAKAMURA   Claim: SPM-CLM-26-10-55120   Provider: TAMARACK CMHC
            DOS 10/27/2026   J2426 x156 units   Billed $2,184.00  Allowed $1,902.60  Plan paid $1,902.60  You owe $0.00
            DOS 10/27/2026   96372 x1           Billed $40.00     Allowed $18.10     Plan paid $18.10
        """,
        "clinical/hospital-discharge-summary-2026-10-02.txt": """
            HIGH DESERT REGIONAL HOSPITAL (FICTIONAL) - INPATIENT PSYCHIATRY DISCHARGE SUMMARY
            Patient: Rolando Estrella-Nakamura   Admitted 09/15/2026   Discharged 10/02/2026
            Dx: schizoaffective disorder, depressive type (F25.1). Relapse after stopping oral paliperidone ~Aug 2026.
            BPRS 52 on admission. Paliperidone palmitate 234 mg IM 09/22/2026 and 156 mg IM 09/29/2026 (initiation
            doses); well tolerated. Next dose 156 mg due ~10/27/2026 at Tamarack CMHC. Oral paliperidone stopped.
        """,
        "clinical/psychiatry-notes-2026.txt": """
            TAMARACK COMMUNITY MENTAL HEALTH CENTER (FICTIONAL) - Estrella-Nakamura, Rolando   DOB 12/03/1958
            Page 1
            Hx: schizoaffective, depressive type. Risperidone 4 mg 2019-02/2023 (effective when taken; repeated
            nonadherence, admissions x2 in 2022). Aripiprazole 10 mg oral 03-04/2023: akathisia at 5 wk, stopped.
            Paliperidone 6 mg oral 05/2023-08/2026: good effect when taken; stopped on his own ~Aug 2026 -> admission.
            Sertraline 100 mg since 01/2024 (continuing).
            10/27/2026 PP 156 mg given (3rd dose). BPRS 34. No SI.
            11/18/2026 PA request for monthly PP sent (plan asked for PA starting with the 4th dose).
            11/24/2026 PP due - not given, PA denied 11/20. Oral paliperidone 6 mg bridge started today. BPRS 28.
              PHQ-9 9. No SI/HI. Pt: "I don't want to go back to the hospital."
              Plan step 1 (aripiprazole LAI) not appropriate: akathisia on oral aripiprazole 2023; and pt is NOT a new
              start - plan paid 10/27 dose. Will request reconsideration (standard; next injection window 12/22).
              - O. Petrakis-Lindgren, MD
        """,
    },
    truth="""
    # 08 - Medicare Advantage HMO (NV), monthly paliperidone palmitate (Part B) denied under the plan's Part B step therapy; he is not a new start; the treating psychiatrist asks for a standard pre-service reconsideration (FICTIONAL)

    All people, plans, numbers and addresses are invented (FICTIONAL).

    ## What is true
    - Rolando Estrella-Nakamura, 68 (DOB 1958-12-03), Medicare Advantage HMO. Monthly paliperidone palmitate 156 mg (J2426 with 96372,
      a **Part B** drug given in the clinic) was denied on 2026-11-20 under the plan's Part B step therapy program
      ST-B-14: "You must first try aripiprazole extended-release ... We have no record that you tried it."
    - The plan's own ST-B-14: "Step therapy applies only to new starts ... not a new start ... if claims or records
      show the member received the requested drug within the past 365 days." He received paliperidone palmitate on
      09/22 and 09/29/2026 (hospital) and on **10/27/2026, paid by this plan** (EOB 11/03/2026). He is not a new start.
    - Federal rule: an MA plan may apply step therapy to Part B drugs only for new administrations, with a lookback
      period (42 CFR 422.136(a)); the plan's own 365-day lookback is the one to apply here.
    - Step 1 was never tried as an injection; oral aripiprazole (2023) caused akathisia at 5 weeks. `met: false` on
      the step row is true: the step is not met; the answer is that step therapy does not apply.
    - Rule: MA reconsideration within 65 days of the notice (42 CFR 422.582(b)): 2027-01-24. A standard pre-service
      reconsideration about a Part B drug is decided within **7 calendar days** (422.590(c)); expedited 72 hours if
      asked. A physician treating the enrollee may ask for a pre-service reconsideration without being appointed
      representative (422.578(c)). An upheld denial goes to the IRE automatically.
    - Next injection window 12/22/2026; oral paliperidone 6 mg bridge since 11/24 (continuing). No suicidality.

    ## Deliberately unknown
    - Whether the plan's step-therapy system reads the inpatient doses (the hospital stay was paid as a stay, the
      drug not itemized); the 10/27 clinic claim alone settles it.
    - Whether the plan would accept oral aripiprazole akathisia as Step 1 intolerance (the policy says Step 1 is the
      injection).

    ## Traps
    - Not depression/TRD: schizoaffective disorder, depressive type (F25.1); no ketamine/Spravato/TMS evidence.
    - Antipsychotic rows are not antidepressant trials; risperidone "effective when taken" is not a failure of the
      drug; oral paliperidone worked (relapse from nonadherence).
    - Must not say he "failed Abilify Maintena" or "tried the step 1 drug".
    - Medicare Advantage: no ERISA, no parity (MHPAEA does not reach Medicare), no state external review; the member
      does not file the IRE request. Part B, not Part D (no coverage-determination/423 rules).
    - Treating physician writing pre-service: no CMS-1696 needed; "I" is the psychiatrist.
    - Not expedited unless asked; a standard Part B drug reconsideration is 7 days (not 30).

    ## Arguments a strong letter makes (strongest first)
    1. Step therapy does not apply: by ST-B-14's own words he is not a new start; the plan itself paid his
       paliperidone palmitate injection on 10/27/2026 (EOB enclosed), and the hospital gave it 09/22 and 09/29.
    2. In any case Step 1 is inappropriate: akathisia on aripiprazole in 2023; switching a stabilized patient risks
       relapse (two 2022 admissions and one in 2026 after stopping oral medicine).
    3. Decide within 7 days (Part B drug, 422.590(c)) before the 12/22 injection; the plan's coverage of Part B drugs
       must follow Medicare's rules (step therapy only for new starts, 42 CFR 422.136).

    ## What a letter must NOT say
    - "failed Abilify Maintena", "tried aripiprazole injection", "treatment-resistant depression", "ketamine",
      ERISA/29 CFR 2560.503-1, MHPAEA/parity, "external review" as something the member files, Part D rules
      (423.578), "within 30 days" for this Part B drug request, "suicidal ideation".
    """,
    expect=[
        ("denial/organization-determination-denial-2026-11-20.txt", "Part B Step Therapy Program (ST-B-14)"),
        ("denial/organization-determination-denial-2026-11-20.txt", "within 65 calendar"),
        ("other/part-b-step-therapy-st-b-14.txt", "Step therapy applies only to new starts"),
        ("other/plan-eob-2026-11-03-paid-injection.txt", "J2426 x156 units"),
        ("clinical/hospital-discharge-summary-2026-10-02.txt", "Paliperidone palmitate 234 mg IM 09/22/2026"),
        ("clinical/psychiatry-notes-2026.txt", "akathisia at 5 wk"),
    ],
))
