"""Case data for set 12 (FICTIONAL). Each define() call registers one case."""

def define(case):
    c01(case); c02(case)
    for f in EXTRA:
        f(case)

EXTRA = []

# ---------------------------------------------------------------- 01
def c01(case):
    case(1, "marketplace-ketamine-experimental-external-review-psychiatrist", """
    # FICTIONAL CASE (set 12, case 01) - every person, plan, number and address is invented.
    # Marketplace (individual ACA) HMO, insured: IV ketamine for TRD denied as investigational under a policy that
    # names it; the final internal denial is upheld; the treating psychiatrist asks for state external review.
    template: external-review-request
    patient:
      name: Tobias Amund Renn-Halvorsen
      salutation: Mr. Renn-Halvorsen
      date_of_birth: 1992-02-17
      member_id: CPH-FICT-77120-0934
      address: |-
        88 Quarry Lantern Road
        Larkspur Falls, CO 80999
      phone: (719) 555-0131
    insurer:
      name: Cobalt Peak Health Plans Individual HMO (FICTIONAL)
      appeals_address: |-
        Cobalt Peak Health Plans, Appeals Unit
        PO Box 40021
        Larkspur Falls, CO 80998
      fax: (719) 555-0139
    claim:
      number: CPH-UM-2026-081544
      plan_type: individual_aca
      funding: insured
      notice_date: 2026-08-28
      pending_services: 6
      procedure_codes: [96365, J3490]
      diagnosis_codes: [F33.2, F43.12]
      denial_reason: >-
        Intravenous ketamine for depression or post-traumatic stress disorder is considered investigational under
        Medical Policy MP-4410 and is not a covered benefit.
      denial_category: experimental_investigational
      action: none
    decisions:
      - date: 2026-10-09
        outcome: denied
        stage: internal appeal
        opens: external review
        reason: >-
          The Appeals Committee upheld the denial. Medical Policy MP-4410 lists intravenous ketamine for psychiatric
          indications as investigational. This is our final internal adverse benefit determination.
    external_review:
      agency: Colorado Division of Insurance (FICTIONAL address for this test)
      final_denial_date: 2026-10-09
    plan_policy:
      name: Medical Policy MP-4410, Ketamine and Esketamine for Psychiatric Disorders
      number: MP-4410
      quote: >-
        Intravenous ketamine (racemic) for the treatment of major depressive disorder, treatment-resistant
        depression, post-traumatic stress disorder or any other psychiatric indication is considered
        investigational. Esketamine nasal spray (Spravato) is medically necessary when the criteria in Section 4 are met.
      file: denial/medical-policy-mp-4410-excerpt.txt
    treatment:
      name: IV ketamine infusions
      summary: >-
        Six infusions of racemic ketamine 0.5 mg/kg over 40 minutes over three weeks for severe recurrent depression
        with chronic PTSD after four failed treatments in the current episode.
      plan: >-
        Six infusions (0.5 mg/kg over 40 minutes, twice weekly for three weeks); MADRS before infusions 1, 4 and 6;
        stop if MADRS falls by less than 25% after infusion 4.
      setting: Columbine Ridge Interventional Psychiatry (FICTIONAL), infusion suite staffed for airway care
      monitoring: continuous pulse oximetry, blood pressure every 15 minutes, observation 60 minutes after each infusion
    author:
      name: Priya Solvang-Adeyemi
      role: Treating psychiatrist
      relation: physician
      authorization: other/member-authorization-external-review.txt
    provider:
      name: Priya Solvang-Adeyemi
      credentials: MD, psychiatrist
      npi: "1902845563"
      phone: (719) 555-0144
      address: |-
        Columbine Ridge Interventional Psychiatry, 410 Alder Switchback, Suite 3
        Larkspur Falls, CO 80999
    clinical:
      episode_onset: 2025-01
      severity: MADRS 36 and PHQ-9 22 on November 18, 2026
      severity_date: 2026-11-18
      suicidality: none
      treating_since: 2025-02
      exclusions: >-
        July 30, 2026: no psychosis, no substance use (AUDIT-C 1), BP 124/78
      history:
        - drug: Escitalopram
          dose: 20 mg daily
          start: 2017-03
          end: 2018-06
          outcome: Remission in an earlier episode (2017); not part of the current episode
          response: remission
          kind: antidepressant
        - drug: Sertraline
          dose: 200 mg daily
          start: 2025-02-10
          end: 2025-05-05
          outcome: No response after twelve weeks, six at 200 mg
          response: none
          adequate: true
          evidence: {file: clinical/psychiatry-progress-notes-2025-2026.txt, page: 1}
        - drug: Venlafaxine XR
          dose: 225 mg daily
          start: 2025-05-12
          end: 2025-07-21
          outcome: Partial response then loss of response; stopped after ten weeks
          response: partial
          adequate: true
          evidence: {file: clinical/psychiatry-progress-notes-2025-2026.txt, page: 1}
        - drug: Bupropion XL (added to venlafaxine)
          kind: augmentation
          dose: 300 mg daily
          start: 2025-06
          end: 2025-09
          outcome: No added benefit
          response: none
          adequate: true
        - drug: Prolonged exposure therapy
          kind: psychotherapy
          sessions: 14
          adequate: true
          dose: 14 weekly sessions
          start: 2025-09-08
          end: 2025-12-15
          outcome: PTSD checklist improved modestly; depression unchanged
          response: partial
        - drug: Trazodone (for sleep)
          kind: other
          dose: 50 mg at bedtime
          start: 2025-07
          end: 2026-03
          outcome: Hypnotic dose for insomnia, not an antidepressant trial
          adequate: false
        - drug: Prazosin (for nightmares)
          kind: other
          dose: 2 mg at bedtime
          start: 2025-10
          ongoing: true
          outcome: Given for trauma nightmares, not an antidepressant trial
          adequate: false
        - drug: Vortioxetine
          dose: 20 mg daily
          start: 2026-01-05
          end: 2026-03-30
          outcome: No response after twelve weeks
          response: none
          adequate: true
          evidence: {file: clinical/psychiatry-progress-notes-2025-2026.txt, page: 1}
    record_dates:
      - {file: clinical/psychiatry-progress-notes-2025-2026.txt, date: 2026-11-18}
    bates_prefix: RENNHALVORSEN
    footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
    literature:
      - id: murrough-2013
    """, {
    "denial/final-internal-appeal-decision-2026-10-09.txt": """
        COBALT PEAK HEALTH PLANS (FICTIONAL) - Individual & Family HMO (Marketplace)
        FINAL INTERNAL ADVERSE BENEFIT DETERMINATION          Date: October 9, 2026
        Member: Tobias A. Renn-Halvorsen     ID: CPH-FICT-77120-0934     Reference: CPH-UM-2026-081544
        Service requested: IV ketamine infusion x6 (96365, J3490), Columbine Ridge Interventional Psychiatry

        The Appeals Committee upheld the denial. Medical Policy MP-4410 lists intravenous ketamine for psychiatric
        indications as investigational. This is our final internal adverse benefit determination.
        Reviewer: Gordon Teale, MD, Family Medicine.

        Your right to an external review: you may ask for an independent external review within four months of
        the date you receive this letter. Send your request to the Colorado Division of Insurance.
        Original pre-service denial: August 28, 2026.
    """,
    "denial/medical-policy-mp-4410-excerpt.txt": """
        Medical Policy MP-4410  Ketamine and Esketamine for Psychiatric Disorders   Effective 01/01/2026
        Section 3. Intravenous ketamine (racemic) for the treatment of major depressive disorder,
        treatment-resistant depression, post-traumatic stress disorder or any other psychiatric indication is
        considered investigational. Esketamine nasal spray (Spravato) is medically necessary when the criteria in
        Section 4 are met.
        Section 7. Policy review: last reviewed 11/2025. References: FDA label (esketamine), 2017 APA consensus.
    """,
    "clinical/psychiatry-progress-notes-2025-2026.txt": """
        COLUMBINE RIDGE INTERVENTIONAL PSYCHIATRY (FICTIONAL)
        Patient: RENN-HALVORSEN, TOBIAS   DOB 02/17/1992   Provider: P. Solvang-Adeyemi, MD

        History: MDD recurrent. First episode 2017: escitalopram 20 mg, remission, off 06/2018.
        Current episode since Jan 2025 (job loss after a warehouse fire he was injured in); PTSD chronic since then.
        02/10/25 sertraline started, 200 mg from 03/24/25; 05/05/25 no response after 12 weeks, stop.
        05/12/25 venlafaxine XR to 225 mg; partial response wk 6, lost by wk 10; 07/21/25 stopped.
        Jun 2025 - Sep 2025 bupropion XL 300 mg added: no added benefit.
        Trazodone 50 mg hs for sleep Jul 2025 - Mar 2026. Prazosin 2 mg hs for nightmares since Oct 2025.
        09/08/25 - 12/15/25 prolonged exposure therapy, 14 sessions (therapist K. Ostrowski, LCSW): PCL-5 58 -> 47.
        01/05/26 vortioxetine 20 mg; 03/30/26 no response after 12 weeks.
        07/30/26: MADRS 38. Denies SI, HI. No psychosis. No substance use (AUDIT-C 1). BP 124/78.
        11/18/2026: MADRS 36, PHQ-9 22. Denies suicidal ideation; C-SSRS negative. Not working since 02/2025.
        Plan: IV ketamine 0.5 mg/kg x6 when covered; continue prazosin.
    """,
    "clinical/therapist-letter-2025-12-19.txt": """
        Kasimir Ostrowski, LCSW (FICTIONAL)
        Trauma Recovery Counseling, 16 Bellwether Street, Larkspur Falls, CO 80999

        December 19, 2025

        To Dr. Solvang-Adeyemi,

        Thank you for referring Tobias. He completed 14 sessions of prolonged exposure therapy with me between
        September 8 and December 15, 2025, and did every imaginal and in-vivo assignment I gave him. His PCL-5 fell
        from 58 to 47, which is real progress on the trauma symptoms, but his mood did not lift: he still sleeps
        most of the afternoon, has not returned to work, and describes himself as "flat".
        At no point during our work did he report suicidal ideation, and he was never hospitalized.
        I would be glad to continue with him once his depression is better treated.

        Sincerely,
        K. Ostrowski, LCSW
    """,
    "other/member-authorization-external-review.txt": """
        AUTHORIZATION TO ACT FOR THE MEMBER IN AN EXTERNAL REVIEW (FICTIONAL)
        I, Tobias A. Renn-Halvorsen (member CPH-FICT-77120-0934), authorize Dr. Priya Solvang-Adeyemi to request
        external review of reference CPH-UM-2026-081544 and to receive my records for it.
        Signed: T. Renn-Halvorsen   Date: 11/20/2026
    """,
    }, """
    # 01 - Marketplace HMO: IV ketamine called investigational under a policy that names it; external review requested by the treating psychiatrist (FICTIONAL)

    Everything here is FICTIONAL: people, plan, clinic, numbers.

    ## What is true
    - Tobias Renn-Halvorsen, 34, individual **Marketplace** HMO (`individual_aca`, insured, Colorado-regulated
      in this fiction). Six IV ketamine infusions (96365, J3490) were denied **pre-service** on 2026-08-28 as
      investigational under **MP-4410**, which names IV ketamine for depression and PTSD. The internal appeal was
      upheld on **2026-10-09** ("final internal adverse benefit determination"); reviewer: family medicine.
    - Next level: state external review, **4 months** from receipt of the final denial (45 CFR 147.136(c)/(d)
      as the individual-market rule): until about 2027-02-09. The request is timely on 2026-12-04.
    - Current episode since January 2025: sertraline 200 mg (12 wks, none), venlafaxine XR 225 mg (10 wks,
      partial then lost), vortioxetine 20 mg (12 wks, none) = **three adequate antidepressant trials**, plus
      bupropion augmentation (no benefit) and prolonged exposure therapy (psychotherapy, 14 sessions).
    - MADRS 36 / PHQ-9 22 on 2026-11-18. Suicidality: **none** (denies SI; C-SSRS negative).
    - Treatment is still to come (6 infusions pending); nothing has been given.
    - The progress notes as enclosed were released 2026-11-18 (`record_dates`), after the 10/09 decision, with the
      11/18 MADRS: evidence the internal reviewer never saw; the letter may say so and ask that it be weighed.

    ## Deliberately unknown
    - Whether the plan covers other off-label drugs for medical conditions (a parity comparison needs it: ask for
      the plan's comparative analysis as a document relevant to the claim; do not assert the result).
    - The external-review agency's exact address (the notice names the Division only).

    ## Traps
    - MP-4410 **names** IV ketamine: the letter must not say the policy does not address it or that the plan named
      no policy; it must argue that the label "investigational" is wrong for this use on the evidence.
    - Escitalopram 2017 = remission in an **earlier** episode: not a failed trial.
    - Trazodone 50 mg (sleep) and prazosin 2 mg (nightmares) are not antidepressant trials.
    - Prolonged exposure therapy is psychotherapy judged by sessions (14), not a medication trial.
    - Bupropion is augmentation with month-only dates (June-September 2025): keep it as months.
    - "Denies SI" twice: no suicidality paragraph.
    - External review, not a first or second internal appeal; quote the **10/09** decision, not the 08/28 denial.
    - Individual plan: no ERISA (29 CFR 2560.503-1), no DOL 2590.715-2719; the HHS rule 45 CFR 147.136 is right.
    - Racemic IV ketamine is not FDA-approved for depression (Spravato is the approved esketamine).

    ## Arguments a strong letter makes
    1. The treatment is not investigational for this patient's condition: randomized trials and the 2017 consensus
       statement (which MP-4410 itself lists) support IV ketamine for TRD; the independent reviewer should be a
       psychiatrist (the internal reviewer was family medicine).
    2. Three adequate failed antidepressants in the current episode, augmentation and psychotherapy tried; severe
       current symptoms (MADRS 36) with loss of work.
    3. The request is timely (within 4 months of the 10/09 final decision); ask that the plan send the full file.

    ## What a letter must NOT say
    - "MP-4410 does not address IV ketamine", "the plan cited no policy", "FDA-approved for depression" (for IV
      ketamine), "suicidal ideation", "failed escitalopram", "trazodone trial", "ERISA", "29 CFR 2560.503-1",
      "second-level appeal", "infusions given" (none given).
    """, [
        ("denial/final-internal-appeal-decision-2026-10-09.txt", "This is our final internal adverse benefit determination."),
        ("denial/final-internal-appeal-decision-2026-10-09.txt", "Gordon Teale, MD, Family Medicine"),
        ("denial/medical-policy-mp-4410-excerpt.txt", "treatment-resistant depression, post-traumatic stress disorder or any other psychiatric indication is considered investigational"),
        ("clinical/psychiatry-progress-notes-2025-2026.txt", "Denies suicidal ideation; C-SSRS negative"),
        ("clinical/psychiatry-progress-notes-2025-2026.txt", "First episode 2017: escitalopram 20 mg, remission"),
        ("clinical/psychiatry-progress-notes-2025-2026.txt", "Trazodone 50 mg hs for sleep"),
        ("clinical/psychiatry-progress-notes-2025-2026.txt", "prolonged exposure therapy, 14 sessions"),
        ("clinical/psychiatry-progress-notes-2025-2026.txt", "MADRS 36, PHQ-9 22"),
        ("clinical/therapist-letter-2025-12-19.txt", "At no point during our work did he report suicidal ideation"),
    ])

# ---------------------------------------------------------------- 02
def c02(case):
    case(2, "medicaid-mco-epsdt-ketamine-19yo-advocate", """
    # FICTIONAL CASE (set 12, case 02) - every person, plan, number and address is invented.
    # Medicaid managed care, member aged 19 (EPSDT applies under 21): IV ketamine denied under adult criteria that
    # require age 21; a legal-aid advocate writes the plan appeal (first level).
    patient:
      name: Marisol Quintana-Byrd
      salutation: Ms. Quintana-Byrd
      date_of_birth: 2007-04-02
      member_id: BRH-FICT-55019-2207
      address: |-
        19 Tamarack Ferry Lane, Apt 2B
        Oxbow Bend, NM 87999
      phone: (505) 555-0117
    insurer:
      name: Bluestem River Health Medicaid Plan (FICTIONAL)
      appeals_address: |-
        Bluestem River Health, Member Appeals
        PO Box 7720
        Oxbow Bend, NM 87998
      fax: (505) 555-0125
    claim:
      number: BRH-PA-2026-113097
      plan_type: medicaid
      delivery: managed_care
      notice_date: 2026-11-10
      pending_services: 6
      procedure_codes: [96365, J3490]
      diagnosis_codes: [F33.2]
      denial_reason: >-
        Not medically necessary. Member does not meet criteria in Clinical Guideline BRH-BH-031: member must be
        21 years of age or older and must have failed four antidepressants from two classes.
      denial_category: medical_necessity
      action: none
      appeal_deadline: 2027-01-09
      deadline_basis: >-
        Stated in the notice: "You have 60 calendar days from the date of this notice to ask for an appeal."
      reviewer: {name: "Harlan Voss, DO", specialty: internal medicine}
    plan_policy:
      name: Clinical Guideline BRH-BH-031, Ketamine Infusion Therapy
      number: BRH-BH-031
      quote: >-
        Ketamine infusion may be approved when ALL of the following are met: (1) member is 21 years of age or older;
        (2) diagnosis of major depressive disorder without psychotic features; (3) failure of at least four
        antidepressants from at least two classes at adequate dose and duration in the current episode;
        (4) no active substance use disorder.
      file: denial/clinical-guideline-brh-bh-031.txt
      other_terms: >-
        Note: requests for members under 21 are reviewed under EPSDT on an individual basis.
    payer_criteria:
      - criterion: Member is 21 years of age or older
        how_met: Not met by age (19); for a Medicaid member under 21 the EPSDT standard (42 USC 1396d(r)(5)) governs instead
        met: false
        evidence: {file: denial/notice-of-adverse-benefit-determination-2026-11-10.txt, page: 1}
      - criterion: Major depressive disorder without psychotic features
        how_met: F33.2, recurrent severe without psychotic features; no psychosis on examination
        met: true
        evidence: {file: clinical/adolescent-psychiatry-notes.txt, page: 1}
      - criterion: Failure of at least four antidepressants from at least two classes in the current episode
        how_met: Three adequate trials in the current episode (fluoxetine, sertraline, bupropion); the 2022 fluoxetine trial was in an earlier episode
        met: false
        evidence: {file: clinical/adolescent-psychiatry-notes.txt, page: 1}
      - criterion: No active substance use disorder
        how_met: Urine drug screen negative 10/2026; no substance use
        met: true
        evidence: {file: clinical/adolescent-psychiatry-notes.txt, page: 1}
    treatment:
      name: IV ketamine infusions
      summary: >-
        Six infusions of ketamine 0.5 mg/kg for severe recurrent depression in a 19-year-old after three adequate
        failed antidepressants and dialectical behavior therapy.
      plan: Six infusions over three weeks, 0.5 mg/kg over 40 minutes; stop if PHQ-A/PHQ-9 falls by less than 25% after four.
      setting: High Mesa Children's and Young Adult Psychiatry infusion room (FICTIONAL), anesthesia-credentialed nurse present
      monitoring: pulse oximetry and blood pressure every 10 minutes, 60 minutes observation
    author:
      name: Delphine Okonkwo-Rasmussen
      role: Benefits advocate, Oxbow Bend Legal Aid (FICTIONAL)
      relation: representative
      authorization: other/authorized-representative-form.txt
      address: |-
        Oxbow Bend Legal Aid (FICTIONAL), 5 Courthouse Row
        Oxbow Bend, NM 87999
      phone: (505) 555-0163
      email: d.okonkwo@legalaid-oxbow.example
    provider:
      name: Samuel Ferreira-Lund
      credentials: MD, child and adolescent psychiatrist
      npi: "1730095514"
      phone: (505) 555-0171
    clinical:
      episode_onset: 2025-06
      severity: PHQ-9 24 and MADRS 35 on November 3, 2026
      severity_date: 2026-11-03
      suicidality: passive
      suicidality_date: 2026-09-22
      history:
        - drug: Fluoxetine
          dose: 40 mg daily
          start: 2022-01
          end: 2023-02
          outcome: Response in an earlier episode at age 14-15; stopped when well
          response: response
        - drug: Sertraline
          dose: 150 mg daily
          start: 2025-07-01
          end: 2025-09-23
          outcome: No response after twelve weeks
          response: none
          adequate: true
          evidence: {file: clinical/adolescent-psychiatry-notes.txt, page: 1}
        - drug: Fluoxetine (current episode)
          dose: 60 mg daily
          start: 2025-10-01
          end: 2026-01-12
          outcome: No response this time after fifteen weeks
          response: none
          adequate: true
          evidence: {file: clinical/adolescent-psychiatry-notes.txt, page: 1}
        - drug: Bupropion XL
          dose: 300 mg daily
          start: 2026-01-20
          end: 2026-04-28
          outcome: Partial response only
          response: partial
          adequate: true
          evidence: {file: clinical/adolescent-psychiatry-notes.txt, page: 1}
        - drug: Dialectical behavior therapy
          kind: psychotherapy
          sessions: 24
          adequate: true
          dose: 24 weekly skills and individual sessions
          start: 2026-02
          end: 2026-08
          outcome: Fewer self-harm urges; depression unchanged
          response: partial
        - drug: Hydroxyzine (for anxiety)
          kind: other
          dose: 25 mg as needed
          start: 2025-08
          end: 2026-06
          outcome: As-needed anxiety medicine, not an antidepressant trial
          adequate: false
    impact:
      work: Withdrew from community college in spring 2026
      hospitalizations: Psychiatric admission May 11-19, 2026 (Sagebrush Behavioral Hospital, FICTIONAL)
    bates_prefix: QUINTANA
    footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
    """, {
    "denial/notice-of-adverse-benefit-determination-2026-11-10.txt": """
        BLUESTEM RIVER HEALTH MEDICAID PLAN (FICTIONAL)
        NOTICE OF ADVERSE BENEFIT DETERMINATION                       November 10, 2026
        To: Marisol Quintana-Byrd (DOB 04/02/2007), Member ID BRH-FICT-55019-2207   Ref: BRH-PA-2026-113097
        We denied: ketamine infusion therapy, 6 sessions (96365, J3490), requested by Dr. S. Ferreira-Lund.
        Why: Not medically necessary. Member does not meet criteria in Clinical Guideline BRH-BH-031: member must
        be 21 years of age or older and must have failed four antidepressants from two classes.
        Reviewed by: Harlan Voss, DO (Internal Medicine).
        You have 60 calendar days from the date of this notice to ask for an appeal. After our appeal decision you
        may ask for a State Fair Hearing. You can ask for a fast appeal if waiting could seriously harm your health.
    """,
    "denial/clinical-guideline-brh-bh-031.txt": """
        Clinical Guideline BRH-BH-031 Ketamine Infusion Therapy (rev. 03/2026)
        Ketamine infusion may be approved when ALL of the following are met: (1) member is 21 years of age or older;
        (2) diagnosis of major depressive disorder without psychotic features; (3) failure of at least four
        antidepressants from at least two classes at adequate dose and duration in the current episode;
        (4) no active substance use disorder.
        Note: requests for members under 21 are reviewed under EPSDT on an individual basis.
    """,
    "clinical/adolescent-psychiatry-notes.txt": """
        HIGH MESA CHILDREN'S AND YOUNG ADULT PSYCHIATRY (FICTIONAL) - Dr. S. Ferreira-Lund
        Patient: Quintana-Byrd, Marisol   DOB 04/02/2007
        Earlier episode age 14-15: fluoxetine 40 mg Jan 2022 - Feb 2023, good response, tapered when well.
        Current episode since June 2025. 07/01/25 sertraline to 150 mg; 09/23/25 no response at 12 weeks.
        10/01/25 fluoxetine retried, 60 mg; 01/12/26 no response at 15 weeks.
        01/20/26 bupropion XL 300 mg; 04/28/26 partial response only, stopped.
        Hydroxyzine 25 mg prn anxiety Aug 2025 - Jun 2026.
        DBT Feb-Aug 2026, 24 sessions: fewer self-harm urges, mood unchanged.
        05/11-05/19/26 inpatient, Sagebrush Behavioral Hospital, after self-cutting. No suicide attempt.
        09/22/2026: passive death wishes ("I wouldn't mind not waking up"), no plan or intent. Safety plan.
        10/2026: UDS negative; no substance use. No psychotic features.
        11/03/2026: PHQ-9 24, MADRS 35. Denies active SI. Mother present.
        Plan: IV ketamine 0.5 mg/kg x6 (young-adult protocol), pending Medicaid plan approval.
    """,
    "clinical/discharge-summary-2026-05-19.txt": """
        SAGEBRUSH BEHAVIORAL HOSPITAL (FICTIONAL)            DISCHARGE SUMMARY
        ------------------------------------------------------------------------
        Patient ........ QUINTANA-BYRD, MARISOL        MRN ...... SBH-FICT-40817
        Admitted ....... 05/11/2026                    Discharged 05/19/2026
        Reason ......... Depressed mood, superficial cutting of forearm, unable to contract for safety at home
        Course ......... No suicide attempt; self-harm without suicidal intent. Sertraline not restarted.
                         Continued bupropion XL 300 mg. Joined DBT skills group on unit.
        Discharge dx ... F33.2 MDD, recurrent, severe w/o psychotic features
        Follow-up ...... Dr. S. Ferreira-Lund within 7 days
    """,
    "clinical/college-disability-office-letter.txt": """
        Oxbow Bend Community College - Office of Accessibility Services (FICTIONAL)
        To whom it may concern: Marisol Quintana-Byrd withdrew from all spring 2026 courses on medical grounds. She
        was in hospital from May 12 to May 20, 2026 and has not re-enrolled. - Office of Accessibility Services
    """,
    "other/authorized-representative-form.txt": """
        APPOINTMENT OF AUTHORIZED REPRESENTATIVE - Bluestem River Health (FICTIONAL)
        Member: Marisol Quintana-Byrd, ID BRH-FICT-55019-2207. I am 19 and I appoint Delphine Okonkwo-Rasmussen,
        Oxbow Bend Legal Aid, to file and handle my appeal of reference BRH-PA-2026-113097.
        Signed: Marisol Quintana-Byrd   11/16/2026
    """,
    }, """
    # 02 - Medicaid managed care, member aged 19: adult ketamine criteria (age 21+, four failed drugs) applied despite EPSDT; legal-aid advocate, first plan appeal (FICTIONAL)

    Everything here is FICTIONAL.

    ## What is true
    - Marisol Quintana-Byrd, **19** (DOB 2007-04-02), Medicaid **managed care**. Six IV ketamine infusions were
      denied **pre-service** on 2026-11-10 as not medically necessary under BRH-BH-031 (age 21+, four failed
      antidepressants). Reviewer: internal medicine DO.
    - Under 21, **EPSDT** (42 USC 1396d(r)(5)) requires the plan to cover care needed to "correct or ameliorate" a
      condition, judged individually; the guideline's own note says under-21 requests are reviewed under EPSDT.
    - Plan appeal within **60 days** of the notice (42 CFR 438.402(c)(2)(ii)): 2027-01-09 (stated in the notice).
      Then a state fair hearing (120 days from the plan's resolution, 438.408(f)(2)).
    - Current episode since June 2025: sertraline 150 mg (12 wks, none), fluoxetine 60 mg retried (15 wks, none),
      bupropion XL 300 mg (partial): **three** adequate trials. DBT (psychotherapy, 24 sessions).
    - Suicidality **passive**, dated **2026-09-22**; admission May 2026 after self-cutting (no suicide attempt).
    - The author is a representative (authorization signed by the adult member), not a parent.

    ## Deliberately unknown
    - Whether a fast appeal is warranted (no physician has certified urgency; the notice mentions the route).
    - Whether the plan has ever approved ketamine for another member under 21.

    ## Traps
    - Criteria 1 and 3 are **not met** as written (age 19; three, not four, trials): the letter must not say every
      criterion is met; it must argue EPSDT overrides the adult limits.
    - Fluoxetine 2022-23 = **earlier-episode response**, not a failure; the 2025-26 fluoxetine retrial is a trial.
    - Hydroxyzine prn = not an antidepressant. DBT = psychotherapy by sessions.
    - "No suicide attempt" (self-cutting is self-harm, not an attempt); "Denies active SI" on 11/03 but passive SI on
      09/22: suicidality passive, dated 09/22, never "active" or "attempt".
    - No continuation of benefits (new request, action none): 438.420 does not apply.
    - Managed-care Medicaid: no ERISA, no parity under MHPAEA (Medicaid MCO parity is 42 CFR 438.910 if at all).
    - She is 19: no parent-signature rule for a minor.
    - Date conflict: the college letter says hospital "May 12 to May 20"; the discharge summary (the source) says
      **05/11-05/19/2026**. Use the hospital's dates.

    ## Arguments a strong letter makes
    1. EPSDT: the member is under 21, so the plan must decide whether the infusions are necessary to correct or
       ameliorate her depression, individually; an age-21 rule and a four-drug count cannot be applied as bars
       (the guideline itself says so).
    2. Three adequate failed antidepressants plus DBT, hospitalization in May 2026, PHQ-9 24 / MADRS 35, passive SI
       09/22/2026, withdrawal from college.
    3. Ask for a reviewer with child/adolescent psychiatry expertise who took no part in the denial (ask, not a
       duty to name them) and the complete case file.

    ## What a letter must NOT say
    - "meets all of the plan's criteria", "four failed antidepressants", "suicide attempt", "active suicidal
      ideation", "failed fluoxetine in 2022", "ERISA", "MHPAEA" as binding law here, "continue benefits during the
      appeal", "as her parent".
    """, [
        ("denial/notice-of-adverse-benefit-determination-2026-11-10.txt", "member must be 21 years of age or older"),
        ("denial/notice-of-adverse-benefit-determination-2026-11-10.txt", "You have 60 calendar days from the date of this notice to ask for an appeal."),
        ("denial/clinical-guideline-brh-bh-031.txt", "requests for members under 21 are reviewed under EPSDT"),
        ("clinical/adolescent-psychiatry-notes.txt", "fluoxetine 40 mg Jan 2022 - Feb 2023, good response"),
        ("clinical/adolescent-psychiatry-notes.txt", "No suicide attempt."),
        ("clinical/adolescent-psychiatry-notes.txt", "09/22/2026: passive death wishes"),
        ("clinical/adolescent-psychiatry-notes.txt", "Hydroxyzine 25 mg prn anxiety"),
        ("other/authorized-representative-form.txt", "I am 19 and I appoint"),
        ("clinical/discharge-summary-2026-05-19.txt", "Discharged 05/19/2026"),
        ("clinical/college-disability-office-letter.txt", "from May 12 to May 20, 2026"),
    ])

# ---------------------------------------------------------------- 03
def c03(case):
    case(3, "part-d-auvelity-step-therapy-expedited-daughter", """
    # FICTIONAL CASE (set 12, case 03) - every person, plan, number and address is invented.
    # Part D (stand-alone PDP): dextromethorphan-bupropion (Auvelity) denied for step therapy; the two required
    # generic trials were paid outside the plan (discount card, samples); expedited redetermination by the daughter.
    template: expedited-appeal
    patient:
      name: Winifred Aoife Delacroix-Mbeki
      salutation: Mrs. Delacroix-Mbeki
      date_of_birth: 1951-09-30
      member_id: MCR-FICT-S7781-30552
      address: |-
        702 Heron Weir Court
        Pell Harbor, ME 04999
      phone: (207) 555-0104
    insurer:
      name: Meridian Crest Rx Medicare Prescription Drug Plan (PDP) (FICTIONAL)
      appeals_address: |-
        Meridian Crest Rx, Part D Appeals
        PO Box 19330
        Pell Harbor, ME 04998
      fax: (207) 555-0112
    claim:
      number: MCR-CD-2026-1127-4410
      plan_type: medicare_part_d
      notice_date: 2026-11-27
      urgent: true
      pending_services: 30-day supply of dextromethorphan-bupropion ER 45 mg/105 mg twice daily
      diagnosis_codes: [F32.2]
      denial_reason: >-
        Step therapy not met. Auvelity requires a trial of two formulary generic antidepressants
        (e.g., sertraline, escitalopram, bupropion) within the past 365 days. Our claims history shows no such trials.
      denial_category: step_therapy
      denial_reasons: [step_therapy]
      action: none
      appeal_deadline: 2027-01-31
      deadline_basis: >-
        Stated in the notice: "You must request a redetermination within 65 days from the date of this notice."
    urgency:
      reason: >-
        Severe depression with 6 kg weight loss since August, poor oral intake and inability to manage her own
        insulin; waiting up to 7 days for a standard decision could seriously jeopardize her health.
      certified_by: Dr. Elspeth Marchetti-Oyelaran, MD
    plan_policy:
      name: Meridian Crest Rx 2026 Step Therapy Criteria, Auvelity
      quote: >-
        Auvelity: Step 2. Requires a trial of two formulary generic antidepressants (e.g., sertraline,
        escitalopram, bupropion) within the past 365 days.
      file: denial/coverage-determination-denial-2026-11-27.txt
    payer_criteria:
      - criterion: A trial of two formulary generic antidepressants (e.g., sertraline, escitalopram, bupropion) within the past 365 days
        how_met: >-
          Escitalopram 10 mg January 6 to April 14, 2026 (cash, discount card) and bupropion XL 300 mg April 21 to
          July 7, 2026 (clinic samples): both within 365 days of November 27, 2026, both paid outside the plan
        met: true
        evidence:
          - {file: other/pharmacy-discount-card-receipts-2026.txt, page: 1}
          - {file: clinical/geriatric-psychiatry-notes-2026.txt, page: 1}
    treatment:
      name: Auvelity (dextromethorphan-bupropion extended-release tablets)
      summary: >-
        Dextromethorphan-bupropion ER 45 mg/105 mg twice daily for severe major depression after escitalopram and
        bupropion failed within the past year.
      plural: false
    author:
      name: Colette Delacroix-Mbeki
      role: Daughter, appointed representative
      relation: representative
      authorization: other/appointment-of-representative-cms-1696.txt
      phone: (207) 555-0119
      email: colette.dm@mail.example
    provider:
      name: Elspeth Marchetti-Oyelaran
      credentials: MD, geriatric psychiatrist
      npi: "1457309981"
      phone: (207) 555-0127
      address: |-
        Pell Harbor Geriatric Psychiatry (FICTIONAL), 3 Wharf Street
        Pell Harbor, ME 04999
    clinical:
      episode_onset: 2025-11
      severity: PHQ-9 21 and GDS-15 13 on November 20, 2026
      severity_date: 2026-11-20
      suicidality: none
      history:
        - drug: Escitalopram
          dose: 10 mg daily (maximum advised over age 65)
          start: 2026-01-06
          end: 2026-04-14
          outcome: No response after fourteen weeks; paid in cash with a pharmacy discount card, not through the plan
          paid_outside: pharmacy discount card (cash), not billed to the plan
          response: none
          adequate: true
          evidence: {file: other/pharmacy-discount-card-receipts-2026.txt, page: 1}
        - drug: Bupropion XL
          dose: 300 mg daily
          start: 2026-04-21
          end: 2026-07-07
          outcome: Partial response only after eleven weeks; given as clinic samples, not through the plan
          paid_outside: manufacturer samples dispensed by the clinic
          response: partial
          adequate: true
          evidence: {file: clinical/geriatric-psychiatry-notes-2026.txt, page: 1}
        - drug: Sertraline
          dose: 25 mg daily
          start: 2025-12
          end: 2025-12
          outcome: Stopped after nine days for nausea; too short to count as a trial
          response: none
          adequate: false
        - drug: Mirtazapine (for sleep)
          kind: other
          dose: 7.5 mg at bedtime
          start: 2026-07
          ongoing: true
          outcome: Hypnotic dose for insomnia, not an antidepressant trial
          adequate: false
    impact:
      daily_life: Lost 6 kg since August 2026; her daughter now manages her insulin and meals
    bates_prefix: DELACROIXMBEKI
    footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
    """, {
    "denial/coverage-determination-denial-2026-11-27.txt": """
        MERIDIAN CREST RX (PDP) (FICTIONAL)   S7781
        NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE          Date: 11/27/2026
        Enrollee: Winifred A. Delacroix-Mbeki   Member ID: MCR-FICT-S7781-30552   Case: MCR-CD-2026-1127-4410
        Drug: AUVELITY 45-105 MG TABLET ER, #60/30 days. Prescriber: E. Marchetti-Oyelaran, MD
        We denied this drug because: Step therapy not met. Auvelity requires a trial of two formulary generic
        antidepressants (e.g., sertraline, escitalopram, bupropion) within the past 365 days. Our claims history
        shows no such trials.
        Formulary criteria: Auvelity: Step 2. Requires a trial of two formulary generic antidepressants (e.g.,
        sertraline, escitalopram, bupropion) within the past 365 days.
        You must request a redetermination within 65 days from the date of this notice. If your health could be
        seriously harmed by waiting, ask for a fast (expedited) decision: we will decide within 72 hours.
        Your prescriber may ask for an exception and send a supporting statement.
    """,
    "clinical/geriatric-psychiatry-notes-2026.txt": """
        PELL HARBOR GERIATRIC PSYCHIATRY (FICTIONAL) - Dr. E. Marchetti-Oyelaran
        Pt: Delacroix-Mbeki, Winifred   DOB 09/30/1951   Dx F32.2 single episode, severe, no psychosis
        Episode onset Nov 2025 (after husband's death). No prior depressive episodes.
        Dec 2025: sertraline 25 mg by PCP - stopped after 9 days, nausea.
        01/06/26 escitalopram 10 mg (max advised >65); pt paid cash with discount card (plan PA delay). 04/14/26:
        no response at 14 weeks. Stopped.
        04/21/26 bupropion XL 150 -> 300 mg from clinic samples (6 boxes logged). 07/07/26 partial response only.
        Jul 2026: mirtazapine 7.5 mg hs for sleep.
        08/2026 - 11/2026: weight 61 kg -> 55 kg.
        11/20/2026: PHQ-9 21, GDS-15 13. No SI; denies thoughts of death. No psychosis. QTc 428. Na 138.
        Seizure history: none. Plan: Auvelity 45/105 mg daily x3 days, then BID. I certify an expedited review is
        needed: waiting could seriously jeopardize her health (weight loss, cannot manage insulin).  - E.M.-O., MD
    """,
    "other/pharmacy-discount-card-receipts-2026.txt": """
        HARBORSIDE PHARMACY (FICTIONAL) - CASH / DISCOUNT CARD RECEIPTS, patient DELACROIX-MBEKI, W
        01/06/2026  ESCITALOPRAM 10MG TAB #30  Discount card SAVE-FICT-0087  Paid $9.40  (not billed to insurance)
        02/04/2026  ESCITALOPRAM 10MG TAB #30  Discount card SAVE-FICT-0087  Paid $9.40
        03/05/2026  ESCITALOPRAM 10MG TAB #30  Discount card SAVE-FICT-0087  Paid $9.40
        04/03/2026  ESCITALOPRAM 10MG TAB #30  Discount card SAVE-FICT-0087  Paid $9.40
    """,
    "denial/plan-pharmacy-claims-history-2025-11-to-2026-11.txt": """
        MERIDIAN CREST RX (FICTIONAL) - PHARMACY CLAIMS HISTORY used for step review (printed 11/27/2026)
        FILL DATE   DRUG                      QTY  DAYS  PHARMACY             STATUS
        12/02/2025  SERTRALINE 25MG TAB        30    30  HARBORSIDE PHARMACY  PAID
        07/14/2026  MIRTAZAPINE 7.5MG TAB      30    30  HARBORSIDE PHARMACY  PAID
        08/13/2026  MIRTAZAPINE 7.5MG TAB      30    30  HARBORSIDE PHARMACY  PAID
        09/12/2026  MIRTAZAPINE 7.5MG TAB      30    30  HARBORSIDE PHARMACY  PAID
        10/12/2026  MIRTAZAPINE 7.5MG TAB      30    30  HARBORSIDE PHARMACY  PAID
        STEP EDIT RESULT: 1 qualifying antidepressant found (SERTRALINE 12/02/2025); 2 required. Mirtazapine
        excluded (dose below antidepressant range).
    """,
    "other/appointment-of-representative-cms-1696.txt": """
        FORM CMS-1696 APPOINTMENT OF REPRESENTATIVE (content, FICTIONAL)
        I, Winifred A. Delacroix-Mbeki (Medicare Part D enrollee MCR-FICT-S7781-30552), appoint my daughter
        Colette Delacroix-Mbeki to act as my representative for Part D case MCR-CD-2026-1127-4410.
        Signed 11/28/2026. Accepted: Colette Delacroix-Mbeki, 11/28/2026.
    """,
    }, """
    # 03 - Part D PDP: Auvelity step therapy; trials paid by discount card and samples; expedited redetermination by the daughter (FICTIONAL)

    Everything here is FICTIONAL.

    ## What is true
    - Winifred Delacroix-Mbeki, 75, stand-alone **Part D** plan. Coverage determination denied 2026-11-27: step
      therapy ("two formulary generic antidepressants within 365 days"; "claims history shows no such trials").
    - The two trials **were** made within the past year, **outside the plan**: escitalopram 10 mg 14 weeks (cash,
      discount card receipts) and bupropion XL 300 mg 11 weeks (clinic samples). Both are named in the plan's own
      examples. Step therapy is met on the plan's own words; alternatively a coverage exception (42 CFR 423.578(b)).
    - Redetermination window **65 days** from the notice (423.582(b)): 2027-01-31. Expedited: prescriber certifies
      (note of 11/20); decision within **72 hours** (423.590(d)). Author: daughter with CMS-1696.
    - Suicidality **none**; single episode (F32.2), onset November 2025.

    ## Deliberately unknown
    - Whether the plan will accept non-plan claims as proof (its notice says only "claims history").
    - Any prescriber supporting statement beyond the notes (the exception needs one; the letter may say it is
      enclosed only if it is: only the notes are).

    ## Traps
    - Sertraline 25 mg for 9 days (intolerance) is not an adequate trial; do not count it as the second trial, even
      though the plan's own step edit counted it as "1 qualifying antidepressant found". The two qualifying trials
      are escitalopram and bupropion.
    - Mirtazapine 7.5 mg = sleep, not an antidepressant trial.
    - "No SI; denies thoughts of death": no suicidality paragraph.
    - Auvelity is FDA-approved for MDD in adults; do not call it a treatment-resistant-depression drug or say
      Spravato rules apply; it is a drug benefit, no peer-to-peer on infusions.
    - Part D: no ERISA, no MHPAEA/parity (parity law does not apply to Medicare), no state external review; the next
      level is the IRE.
    - Expedited Part D is 72 hours; the standard redetermination is 7 days: don't say 30/60 days.
    - The daughter writes about her mother ("Mrs. Delacroix-Mbeki"), not "I" as the patient.

    ## Arguments a strong letter makes
    1. Step therapy is satisfied: two formulary generics named in the criterion were tried within 365 days
       (receipts; sample log in notes); the plan's claims history is not the whole record.
    2. Alternatively grant a step-therapy exception (423.578(b)): the required drugs were ineffective; prescriber's
       statement (notes of 11/20).
    3. Expedite: prescriber certified that waiting could seriously jeopardize her health (weight loss, insulin).

    ## What a letter must NOT say
    - "sertraline failed" as a trial, "mirtazapine trial", "suicidal", "MHPAEA", "parity", "ERISA",
      "treatment-resistant depression" as Auvelity's approved use, "within 30 days", "I have been depressed" (voice).
    """, [
        ("denial/coverage-determination-denial-2026-11-27.txt", "Our claims history shows no such trials."),
        ("denial/coverage-determination-denial-2026-11-27.txt", "You must request a redetermination within 65 days from the date of this notice."),
        ("other/pharmacy-discount-card-receipts-2026.txt", "(not billed to insurance)"),
        ("clinical/geriatric-psychiatry-notes-2026.txt", "bupropion XL 150 -> 300 mg from clinic samples"),
        ("clinical/geriatric-psychiatry-notes-2026.txt", "stopped after 9 days, nausea"),
        ("clinical/geriatric-psychiatry-notes-2026.txt", "No SI; denies thoughts of death."),
        ("clinical/geriatric-psychiatry-notes-2026.txt", "I certify an expedited review is needed"),
        ("other/appointment-of-representative-cms-1696.txt", "appoint my daughter"),
        ("denial/plan-pharmacy-claims-history-2025-11-to-2026-11.txt", "1 qualifying antidepressant found (SERTRALINE 12/02/2025)"),
    ])
EXTRA.append(c03)

# ---------------------------------------------------------------- 04
def c04(case):
    case(4, "insured-employer-ketamine-timely-filing-patient", """
    # FICTIONAL CASE (set 12, case 04) - every person, plan, number and address is invented.
    # Insured large-group employer plan: the patient's own claim for IV ketamine paid out of pocket is denied as
    # late under the 90-day provider rule; the certificate gives members 12 months. Patient writes, first level.
    patient:
      name: Ignatius Boleslaw Farrow-Nakamura
      salutation: Mr. Farrow-Nakamura
      date_of_birth: 1979-06-11
      member_id: TLL-FICT-402277-01
      address: |-
        2300 Millrace Terrace
        Stonefield Crossing, OH 43999
      phone: (614) 555-0186
      email: ignatius.fn@mail.example
    insurer:
      name: Tallgrass Life and Health Insurance Company (FICTIONAL)
      appeals_address: |-
        Tallgrass Life and Health, Member Appeals
        PO Box 88210
        Stonefield Crossing, OH 43998
      fax: (614) 555-0190
    employer:
      name: Kestrel Valve and Fitting Co. (FICTIONAL), Benefits Office
      address: |-
        1 Foundry Way
        Stonefield Crossing, OH 43999
    claim:
      number: TLL-MC-26-3309817
      plan_type: employer_erisa
      funding: insured
      notice_date: 2026-11-12
      service_dates: [2025-12-15, 2025-12-18, 2025-12-22, 2025-12-29, 2026-01-05, 2026-01-09]
      procedure_codes: [96365, J3490]
      diagnosis_codes: [F33.2]
      carc_codes: [CO-29]
      denial_reason: >-
        The time limit for filing has expired. Claims must be received within 90 days of the date of service.
        Claim received 11/02/2026.
      denial_category: timely_filing
      action: none
    plan_policy:
      name: Certificate of Coverage, Section 9.2, Filing a Claim
      quote: >-
        If you receive services from a provider who does not file the claim for you, you must send us the claim
        within 12 months after the date of service. Participating providers must file within 90 days.
        A claim filed late will be accepted if you show it was not reasonably possible to file it in time.
      file: denial/certificate-section-9-2.txt
    filing:
      first_submitted: 2026-10-20
      received: 2026-10-23
      proof: other/certified-mail-receipt-and-tracking.txt
      limit_deadline: 2026-12-15
    treatment:
      name: IV ketamine infusions
      summary: Six IV ketamine infusions for treatment-resistant depression, paid by the patient and submitted as a member claim.
    author:
      name: Ignatius Boleslaw Farrow-Nakamura
      role: Patient
      relation: patient
    clinical:
      episode_onset: 2025-03
      severity: PHQ-9 19 on December 10, 2025; PHQ-9 8 on January 12, 2026
      suicidality: none
      history:
        - drug: Sertraline
          dose: 150 mg daily
          start: 2025-04
          end: 2025-07
          outcome: No response
          response: none
          adequate: true
        - drug: Duloxetine
          dose: 90 mg daily
          start: 2025-07
          end: 2025-11
          outcome: Partial response only
          response: partial
          adequate: true
    expenses:
      - {date: 2025-12-15, item: "IV ketamine infusion 1 (paid to Buckeye Meadow Infusion, FICTIONAL)", amount: 575.00, paid: 575.00}
      - {date: 2025-12-18, item: IV ketamine infusion 2, amount: 575.00, paid: 575.00}
      - {date: 2025-12-22, item: IV ketamine infusion 3, amount: 575.00, paid: 575.00}
      - {date: 2025-12-29, item: IV ketamine infusion 4, amount: 575.00, paid: 575.00}
      - {date: 2026-01-05, item: IV ketamine infusion 5, amount: 575.00, paid: 575.00}
      - {date: 2026-01-09, item: IV ketamine infusion 6, amount: 575.00, paid: 575.00}
    reimbursement:
      amount_billed: $3,450.00
      amount_paid: $0.00
    service_lines:
      - {date: 2025-12-15, place_of_service: "11", code: "96365", units: 1, diagnosis_pointers: "A", charge: 425.00, description: IV infusion first hour}
      - {date: 2025-12-15, place_of_service: "11", code: J3490, units: 1, diagnosis_pointers: "A", charge: 150.00, description: "ketamine HCl 50 mg/mL, NDC 0409-2051-05, 40 mg given"}
    bates_prefix: FARROWNAKAMURA
    footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
    """, {
    "denial/explanation-of-benefits-2026-11-12.txt": """
        TALLGRASS LIFE AND HEALTH INSURANCE COMPANY (FICTIONAL)    EXPLANATION OF BENEFITS    11/12/2026
        Member: IGNATIUS FARROW-NAKAMURA   ID TLL-FICT-402277-01   Group: Kestrel Valve and Fitting Co.
        Claim TLL-MC-26-3309817 (member-submitted)   Provider: Buckeye Meadow Infusion (non-participating)
        DOS 12/15/2025-01/09/2026  96365 x6, J3490 x6   Billed $3,450.00   Allowed $0.00   Paid $0.00
        CO-29: The time limit for filing has expired. Claims must be received within 90 days of the date of
        service. Claim received 11/02/2026.
        You may appeal within 180 days of receiving this notice.
    """,
    "denial/certificate-section-9-2.txt": """
        Tallgrass Group Certificate of Coverage (Ohio, insured) - Section 9.2 Filing a Claim
        If you receive services from a provider who does not file the claim for you, you must send us the claim
        within 12 months after the date of service. Participating providers must file within 90 days.
        A claim filed late will be accepted if you show it was not reasonably possible to file it in time.
    """,
    "other/certified-mail-receipt-and-tracking.txt": """
        POSTAL CERTIFIED MAIL RECEIPT (FICTIONAL)   Article 9407 1111 FICT 0000 4410 22
        Mailed: 10/20/2026  To: Tallgrass Life and Health, Claims, PO Box 88200, Stonefield Crossing OH 43998
        Tracking: 10/23/2026 09:14  Delivered, PO Box.  Signed for by agent.
        Contents (sender's note): member claim form + superbill + receipts, 6 infusion dates 12/15/25-01/09/26.
        11/02/2026: Tallgrass portal shows "claim received" (date of data entry).
    """,
    "clinical/superbill-buckeye-meadow-infusion.txt": """
        BUCKEYE MEADOW INFUSION (FICTIONAL) - SUPERBILL   Patient: Farrow-Nakamura, Ignatius  DOB 06/11/1979
        Dx F33.2. Dates: 12/15/2025, 12/18/2025, 12/22/2025, 12/29/2025, 01/05/2026, 01/09/2026.
        Each date: 96365 $425.00; J3490 ketamine HCl (NDC 0409-2051-05) 40 mg $150.00. Paid in full by patient.
        Infusion series started mid-Dec 2025. Note: "1st infusion 12/16" on intake sheet is a typo; see MAR 12/15.
        PHQ-9 19 on 12/10/2025; PHQ-9 8 on 01/12/2026. No SI.
    """,
    }, """
    # 04 - Insured employer plan: member-submitted IV ketamine claim denied as late under the 90-day provider rule; the certificate gives members 12 months; the patient writes (FICTIONAL)

    Everything here is FICTIONAL.

    ## What is true
    - Ignatius Farrow-Nakamura, insured **employer** plan (ERISA, insured, Ohio in this fiction). He paid for six IV
      ketamine infusions (12/15/2025-01/09/2026) at a non-participating clinic and filed a **member claim**.
    - Denied 2026-11-12, CO-29, "must be received within 90 days". The certificate (Section 9.2) gives **members 12
      months** after the date of service; 90 days is the rule for participating providers.
    - The claim was mailed 10/20/2026 and **delivered 10/23/2026** (certified mail); the plan logged it 11/02/2026.
      Even 11/02 is within 12 months of the first service (last day 12/15/2026). The claim is **timely**.
    - First internal appeal, 180 days (29 CFR 2560.503-1(h)(3)(i)). Patient writes as "I".

    ## Deliberately unknown
    - Whether the plan will pay at out-of-network rates or how much (no allowed amount yet).
    - Medical necessity has not been reviewed at all.

    ## Traps
    - Timely filing is the only question: no medical-necessity argument as the answer, no clinical-reviewer request,
      no peer-to-peer, no "because the denial rests on a medical judgment".
    - "Good cause" is the fallback only; the lead is that the claim was on time under the plan's own 12-month term.
    - Date conflict: the intake sheet's "1st infusion 12/16" is a typo; the first service was **12/15/2025**.
      The plan's "received 11/02/2026" vs delivery **10/23/2026**.
    - "Infusion series started mid-Dec 2025" (month phrase); keep exact dates from the superbill.
    - Do not promise an amount ("the plan will reimburse $3,450").
    - Do not say the claim is "correctly coded" (coding is not in question) or that external review is available
      for a timely-filing denial.

    ## Arguments a strong letter makes
    1. Section 9.2: member-filed claims have 12 months; the 90-day limit applies to participating providers. The
       claim arrived 10/23/2026 (certified mail), within 12 months of every date of service (earliest 12/15/2025).
    2. Even by the plan's own 11/02/2026 receipt date the claim is timely.
    3. Ask that the claim be processed on its merits; alternatively, good cause under 9.2's last sentence.

    ## What a letter must NOT say
    - "not medically necessary" rebuttal as the main argument, "peer-to-peer", "clinical reviewer", "12/16/2025"
      as the first date, "filed late but", "the plan owes $3,450", "external review", "she" (voice: "I").
    """, [
        ("denial/explanation-of-benefits-2026-11-12.txt", "Claims must be received within 90 days of the date of service. Claim received 11/02/2026."),
        ("denial/certificate-section-9-2.txt", "you must send us the claim within 12 months after the date of service"),
        ("other/certified-mail-receipt-and-tracking.txt", "10/23/2026 09:14  Delivered"),
        ("clinical/superbill-buckeye-meadow-infusion.txt", "\"1st infusion 12/16\" on intake sheet is a typo"),
    ])
EXTRA.append(c04)

# ---------------------------------------------------------------- 05
def c05(case):
    case(5, "self-funded-spravato-retired-code-units-second-level-patient", """
    # FICTIONAL CASE (set 12, case 05) - every person, plan, number and address is invented.
    # Self-funded employer plan: Spravato claims billed with the retired S0013, one unit per session and no NDC;
    # the corrected claim (J0013, 56/84 units, 11-digit NDCs) is in the record; the first level said "no corrected
    # claim received"; the patient writes the second-level appeal.
    patient:
      name: Henrike Asante-Lindqvist
      salutation: Ms. Asante-Lindqvist
      date_of_birth: 1986-12-01
      member_id: GRV-FICT-880341-02
      address: |-
        47 Saltmarsh Gate
        Brindle Cove, NC 27999
      phone: (919) 555-0108
      email: henrike.al@mail.example
    insurer:
      name: Granite Vale Benefit Administrators, for the Orrin Textiles Employee Health Plan (FICTIONAL)
      appeals_address: |-
        Granite Vale Benefit Administrators, Second Level Appeals
        PO Box 5120
        Brindle Cove, NC 27998
      fax: (919) 555-0114
    employer:
      name: Orrin Textiles Inc. (FICTIONAL), Plan Administrator
      address: |-
        900 Loom Street
        Brindle Cove, NC 27999
    claim:
      number: GRV-26-0715-77302
      plan_type: employer_erisa
      funding: self_funded
      notice_date: 2026-08-14
      stage: second level
      service_dates: [2026-07-06, 2026-07-09, 2026-07-13, 2026-07-16, 2026-07-20, 2026-07-23, 2026-07-27, 2026-07-30]
      sessions: 8
      procedure_codes: [J0013, 99214]
      diagnosis_codes: [F33.2]
      carc_codes: [CO-16, CO-181]
      denial_reason: >-
        Claim lacks information or has submission/billing error(s). Procedure code S0013 was invalid on the date of
        service. National Drug Code missing or invalid. Units billed do not match the dosage.
      denial_category: coding_billing
      coding_correct: false
      action: none
    decisions:
      - date: 2026-10-30
        outcome: denied
        stage: first level
        opens: second level
        next_deadline: 2027-04-28
        reason: >-
          The original denial is upheld. No corrected claim has been received. Services must be billed with a valid
          HCPCS code, units and NDC.
    corrected_claim:
      error: >-
        The clinic billed the retired code S0013 with one unit per session and no NDC; esketamine is billed with
        J0013 (1 mg per unit) since January 1, 2026, with the NDC of the device kit given.
      resubmission_code: "7"
      file: other/corrected-claim-cms1500-2026-09-02.txt
      lines:
        - code: J0013
          units: 56
          ndc: 50458-0028-02
          ndc_unit: UN
          ndc_quantity: 1
          documented: 56 mg (two 28 mg devices) self-administered under observation on 7/6, 7/9, 7/13 and 7/16/2026
          evidence: {file: clinical/spravato-session-log-july-2026.txt, page: 1}
        - code: J0013
          units: 84
          ndc: 50458-0028-03
          ndc_unit: UN
          ndc_quantity: 1
          documented: 84 mg (three 28 mg devices) on 7/20, 7/23, 7/27 and 7/30/2026
          evidence: {file: clinical/spravato-session-log-july-2026.txt, page: 1}
    plan_policy:
      name: Orrin Textiles Employee Health Plan, Summary Plan Description, Claims Procedures, Corrected Claims
      quote: >-
        A corrected claim (frequency code 7) may be submitted within 180 days of the original claim's processing
        date and will be reprocessed under the same claim number.
      file: denial/spd-corrected-claims-excerpt.txt
    treatment:
      name: Spravato (esketamine nasal spray)
      summary: Eight induction sessions (56 mg then 84 mg), July 2026, given and observed at a REMS-certified clinic.
      alongside: escitalopram 20 mg daily
    author:
      name: Henrike Asante-Lindqvist
      role: Patient
      relation: patient
    clinical:
      episode_onset: 2025-09
      severity: MADRS 33 on July 1, 2026; MADRS 15 on August 3, 2026
      suicidality: none
      history:
        - drug: Escitalopram
          dose: 20 mg daily
          start: 2025-10-01
          ongoing: true
          outcome: Partial response; continued alongside esketamine
          response: partial
          adequate: true
        - drug: Sertraline
          dose: 200 mg daily
          start: 2025-12
          end: 2026-03
          outcome: No response
          response: none
          adequate: true
    bates_prefix: ASANTELINDQVIST
    footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
    """, {
    "denial/first-level-appeal-decision-2026-10-30.txt": """
        GRANITE VALE BENEFIT ADMINISTRATORS (FICTIONAL) - claims administrator, Orrin Textiles Employee Health Plan
        (self-funded)             FIRST LEVEL APPEAL DECISION            October 30, 2026
        Participant: Henrike Asante-Lindqvist   ID GRV-FICT-880341-02   Claim GRV-26-0715-77302
        The original denial is upheld. No corrected claim has been received. Services must be billed with a valid
        HCPCS code, units and NDC.
        You may request a second level appeal within 180 days of receipt of this letter. After the second level you
        may have the right to external review.
    """,
    "denial/eob-2026-08-14.txt": """
        GRANITE VALE - EXPLANATION OF BENEFITS 08/14/2026  Claim GRV-26-0715-77302  Provider: Sandhill Mood Clinic
        07/06-07/30/2026  S0013 x1 (each of 8 dates)  $0.00 paid   CO-16 N4 (NDC missing), CO-181 (invalid code on DOS)
        99214 (8 dates) paid.
        Claim lacks information or has submission/billing error(s). Procedure code S0013 was invalid on the date of
        service. National Drug Code missing or invalid. Units billed do not match the dosage.
    """,
    "denial/spd-corrected-claims-excerpt.txt": """
        Orrin Textiles Employee Health Plan SPD (2026), Claims Procedures - Corrected Claims
        A corrected claim (frequency code 7) may be submitted within 180 days of the original claim's processing
        date and will be reprocessed under the same claim number.
    """,
    "other/corrected-claim-cms1500-2026-09-02.txt": """
        CORRECTED CLAIM (CMS-1500 data, FICTIONAL) - Sandhill Mood Clinic - sent by clearinghouse 09/02/2026
        Box 22: resubmission code 7, original ref GRV-26-0715-77302
        24A shaded: N450458002802 UN1   24D: J0013   24G: 56 units  DOS 07/06, 07/09, 07/13, 07/16/2026
        24A shaded: N450458002803 UN1   24D: J0013   24G: 84 units  DOS 07/20, 07/23, 07/27, 07/30/2026
        Clearinghouse acceptance report 09/02/2026: ACCEPTED by payer, batch FICT-CH-22871.
    """,
    "clinical/spravato-session-log-july-2026.txt": """
        SANDHILL MOOD CLINIC (FICTIONAL) - SPRAVATO REMS SESSION LOG, Asante-Lindqvist H.
        07/06, 07/09, 07/13, 07/16/2026: 56 mg (2 x 28 mg devices), lot recorded, observed 2 h, BP stable.
        07/20, 07/23, 07/27, 07/30/2026: 84 mg (3 x 28 mg devices), observed 2 h.
        Escitalopram 20 mg continued. 07/01 MADRS 33; 08/03 MADRS 15. No SI at any visit.
    """,
    }, """
    # 05 - Self-funded employer plan: Spravato billed with retired S0013, 1 unit, no NDC; corrected claim in the record; second-level appeal by the patient (FICTIONAL)

    Everything here is FICTIONAL.

    ## What is true
    - Henrike Asante-Lindqvist, **self-funded** ERISA plan. Eight Spravato sessions (July 2026) denied 2026-08-14:
      S0013 invalid on the date of service (retired 2026-01-01), NDC missing, units wrong. 99214s were paid.
    - The clinic sent a **corrected claim** (frequency code 7) on **2026-09-02**, accepted by the clearinghouse:
      J0013 x56 (NDC 50458-0028-02, N4 qualifier, UN 1) for four dates and J0013 x84 (50458-0028-03) for four.
    - First-level decision **2026-10-30**: "No corrected claim has been received." This is the **second-level**
      appeal, within 180 days of that decision (next_deadline 2027-04-28). The patient writes ("I").
    - The original claim **was wrong** (`coding_correct: false`).

    ## Deliberately unknown
    - Why the administrator did not match the corrected claim (lost, or filed under another number).
    - Whether the plan covers Spravato under medical or pharmacy benefit beyond this claim (not in issue).

    ## Traps
    - Never "the claim was correctly coded"; the error was the clinic's and is corrected.
    - Coding denial: no medical-necessity argument, no clinical reviewer, no peer-to-peer; external review is for
      medical judgment (and rescission), so do not request it for this coding question.
    - Quote the **10/30 first-level decision**, and say this is the second-level appeal.
    - S0013 is retired; do not cite it as valid. NDCs in 11-digit 5-4-2 form with N4.
    - Self-funded: DOL rules (29 CFR 2560.503-1; external review 29 CFR 2590.715-2719 if ever), no state insurance
      department complaint.
    - Voice: "I", not "Ms. Asante-Lindqvist has".

    ## Arguments a strong letter makes
    1. The corrected claim was sent 09/02/2026 and accepted (clearinghouse report), well within the SPD's 180 days;
       the first-level decision's premise is wrong. Process the claim as corrected (J0013, 56/84 units, NDCs, N4).
    2. The session log documents each dose; units match the 1 mg per unit descriptor.
    3. Ask for the claim file (documents relevant to the claim, 2560.503-1(h)(2)(iii)).

    ## What a letter must NOT say
    - "correctly coded", "S0013 is valid", "not medically necessary", "peer-to-peer", "external review" as the next
      step for this coding dispute, "first-level appeal", "state insurance department", "she" (voice).
    """, [
        ("denial/first-level-appeal-decision-2026-10-30.txt", "No corrected claim has been received."),
        ("denial/eob-2026-08-14.txt", "Procedure code S0013 was invalid on the date of service."),
        ("other/corrected-claim-cms1500-2026-09-02.txt", "N450458002802 UN1"),
        ("other/corrected-claim-cms1500-2026-09-02.txt", "ACCEPTED by payer"),
        ("clinical/spravato-session-log-july-2026.txt", "84 mg (3 x 28 mg devices)"),
        ("denial/spd-corrected-claims-excerpt.txt", "within 180 days of the original claim's processing"),
    ])
EXTRA.append(c05)

# ---------------------------------------------------------------- 06
def c06(case):
    case(6, "medicare-advantage-maintenance-ect-internal-criteria-wife", """
    # FICTIONAL CASE (set 12, case 06) - every person, plan, number and address is invented.
    # Medicare Advantage HMO: continuation of maintenance ECT denied under the plan's internal guideline (no
    # maintenance ECT beyond 6 months); no NCD/LCD sets ECT criteria; standard pre-service reconsideration by the wife.
    patient:
      name: Augustin Pelletier-Nwosu
      salutation: Mr. Pelletier-Nwosu
      date_of_birth: 1949-01-23
      member_id: LKH-FICT-H4410-118206
      address: |-
        12 Cranberry Bog Lane
        Wexmoor, WI 53999
      phone: (608) 555-0151
    insurer:
      name: Lakehaven Medicare Advantage HMO (FICTIONAL)
      appeals_address: |-
        Lakehaven Medicare Advantage, Appeals and Grievances
        PO Box 3306
        Wexmoor, WI 53998
      fax: (608) 555-0159
    claim:
      number: LKH-PA-2026-11-5521
      plan_type: medicare_advantage
      notice_date: 2026-11-18
      pending_services: 6
      procedure_codes: [90870]
      diagnosis_codes: [F33.3]
      denial_reason: >-
        Not medically necessary. Per Lakehaven Behavioral Health Guideline LBH-22 (Electroconvulsive Therapy),
        maintenance ECT is not approved beyond 6 months after the acute course. You have received maintenance ECT
        since April 2026.
      denial_category: medical_necessity
      action: end
      reviewer: {name: "Miriam Oduya, MD", specialty: geriatric medicine}
      appeal_deadline: 2027-01-22
      deadline_basis: >-
        Stated in the notice: "you must ask for a reconsideration within 65 calendar days from the date of this notice."
    plan_policy:
      name: Lakehaven Behavioral Health Guideline LBH-22, Electroconvulsive Therapy
      number: LBH-22
      quote: >-
        Maintenance ECT (after the acute course) may be approved at intervals of 2 to 6 weeks for up to 6 months.
        Maintenance ECT beyond 6 months is not medically necessary.
      file: denial/organization-determination-denial-2026-11-18.txt
    payer_criteria:
      - criterion: Maintenance ECT at intervals of 2 to 6 weeks
        how_met: Every 4 weeks since April 2026
        met: true
        evidence: {file: clinical/ect-service-notes-2026.txt, page: 1}
      - criterion: For up to 6 months
        how_met: >-
          Not met as written: maintenance began April 2026; but two attempts to lengthen the interval beyond 4 weeks
          (2025 course and August 2026) were followed by relapse, and the guideline's 6-month cap is an internal
          criterion that Medicare's own coverage rules do not contain
        met: false
        evidence: {file: clinical/ect-service-notes-2026.txt, page: 1}
    treatment:
      name: Maintenance electroconvulsive therapy (ECT)
      summary: Maintenance ECT every 4 weeks, six further sessions, for recurrent severe psychotic depression that relapsed when ECT was spaced out or stopped.
      plan: Six more sessions every 4 weeks (December 2026 to May 2027), right unilateral ultrabrief pulse; MoCA every 3 months; taper trial to 5 weeks only if HAM-D stays under 10 for 3 months.
      setting: Lakehaven-network hospital ECT suite, Wexmoor General (FICTIONAL), anesthesia present
    author:
      name: Bernadette Pelletier-Nwosu
      role: Wife, appointed representative
      relation: representative
      authorization: other/cms-1696-appointment-of-representative.txt
      phone: (608) 555-0152
    provider:
      name: Oskar Thorvaldsen-Reyes
      credentials: MD, psychiatrist (ECT service director)
      npi: "1548266703"
      phone: (608) 555-0166
    clinical:
      episode_onset: 2025-10
      severity: HAM-D 8 on November 10, 2026 (on maintenance ECT); HAM-D 29 at relapse in August 2026
      severity_date: 2026-11-10
      suicidality: attempt
      suicidality_date: 2025-10-02
      response: HAM-D 31 before the acute course (January 2026), 9 after 10 sessions; relapse to 29 when spaced to 6 weeks (August 2026); 8 on 4-weekly maintenance (November 2026)
      history:
        - drug: Sertraline
          dose: 150 mg daily
          start: 2025-10
          end: 2025-12
          outcome: No response
          response: none
          adequate: true
        - drug: Nortriptyline
          dose: 75 mg daily (level 110 ng/mL)
          start: 2025-12-15
          ongoing: true
          outcome: Partial response; continued with ECT
          response: partial
          adequate: true
        - drug: Olanzapine
          kind: augmentation
          dose: 5 mg daily
          start: 2025-10
          end: 2026-02
          outcome: Psychotic features resolved; stopped for sedation and falls
          response: partial
        - drug: Acute ECT course
          kind: neuromodulation
          sessions: 10
          adequate: true
          dose: 10 sessions right unilateral ultrabrief
          start: 2026-01-12
          end: 2026-02-13
          outcome: Remission (HAM-D 31 to 9)
          response: remission
        - drug: Trazodone (for sleep)
          kind: other
          dose: 25 mg at bedtime
          start: 2026-03
          ongoing: true
          outcome: Sleep only, not an antidepressant trial
          adequate: false
    impact:
      hospitalizations: Admitted October 2-20, 2025 after an overdose (suicide attempt); admitted August 18-25, 2026 at relapse
      relapse: Relapsed in August 2026 within three weeks of spacing maintenance ECT to 6 weeks
    bates_prefix: PELLETIERNWOSU
    footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
    """, {
    "denial/organization-determination-denial-2026-11-18.txt": """
        LAKEHAVEN MEDICARE ADVANTAGE HMO (FICTIONAL)   H4410
        NOTICE OF DENIAL OF MEDICAL COVERAGE (model notice wording adapted, FICTIONAL)     Date: 11/18/2026
        Member: Augustin Pelletier-Nwosu   ID LKH-FICT-H4410-118206   Request: LKH-PA-2026-11-5521
        Requested: maintenance ECT (90870) x6, every 4 weeks from 12/2026, Dr. O. Thorvaldsen-Reyes.
        Not medically necessary. Per Lakehaven Behavioral Health Guideline LBH-22 (Electroconvulsive Therapy),
        maintenance ECT is not approved beyond 6 months after the acute course. You have received maintenance ECT
        since April 2026.
        LBH-22 excerpt: Maintenance ECT (after the acute course) may be approved at intervals of 2 to 6 weeks for
        up to 6 months. Maintenance ECT beyond 6 months is not medically necessary.
        Reviewed by Miriam Oduya, MD (Geriatric Medicine).
        If you disagree, you must ask for a reconsideration within 65 calendar days from the date of this notice.
        You may ask for a fast decision if waiting 30 days could seriously harm your health.
    """,
    "clinical/ect-service-notes-2026.txt": """
        WEXMOOR GENERAL ECT SERVICE (FICTIONAL) - Dr. O. Thorvaldsen-Reyes
        Pelletier-Nwosu, Augustin  DOB 01/23/1949  Dx F33.3 MDD recurrent severe WITH psychotic features (resolved)
        Episode since Oct 2025; 10/02/25 overdose (suicide attempt), admitted 10/02-10/20/25.
        2019 episode: remitted on sertraline alone (not ECT). 
        Sertraline 150 mg Oct-Dec 2025: no response. Nortriptyline 75 mg since 12/15/25, level 110: partial.
        Olanzapine 5 mg Oct 2025 - Feb 2026: delusions resolved; stopped for falls.
        Acute ECT 01/12/26-02/13/26, 10 sessions RUL UB: HAM-D 31 -> 9.
        Continuation weekly -> biweekly Feb-Mar 2026; maintenance every 4 weeks since April 2026.
        07/2026 spaced to 6 weeks -> relapse, HAM-D 29 on 08/18/26, admitted 08/18-08/25/26; back to q4 weeks.
        11/10/2026: HAM-D 8. MoCA 27/30 (baseline 27). No current SI. No psychosis. Trazodone 25 mg hs for sleep.
        Plan: continue maintenance ECT q4 weeks x6; do not stop (two relapses when spaced/stopped).
    """,
    "other/cms-1696-appointment-of-representative.txt": """
        FORM CMS-1696 APPOINTMENT OF REPRESENTATIVE (content, FICTIONAL)
        I, Augustin Pelletier-Nwosu (plan member LKH-FICT-H4410-118206), appoint my wife Bernadette
        Pelletier-Nwosu as my representative for request LKH-PA-2026-11-5521.  Signed 11/21/2026; accepted 11/21/2026.
    """,
    }, """
    # 06 - Medicare Advantage HMO: maintenance ECT cut off at 6 months by the plan's internal guideline; standard reconsideration by the wife (FICTIONAL)

    Everything here is FICTIONAL.

    ## What is true
    - Augustin Pelletier-Nwosu, 77, **Medicare Advantage** HMO. Six further maintenance ECT sessions (90870, every
      4 weeks) denied pre-service on 2026-11-18 under internal guideline **LBH-22** (6-month cap). Reviewer:
      geriatric medicine.
    - Medicare has no NCD or LCD that sets a time cap on maintenance ECT in this fiction; under **42 CFR
      422.101(b)(6)** an MA plan may use internal criteria only where Medicare's criteria are not fully established,
      and then must base them on current evidence and publish them with that evidence. The letter may ask the plan
      to show the evidence for a 6-month cap and the public posting.
    - Reconsideration: **65 days** (422.582(b)), stated in the notice: 2027-01-22. Standard pre-service decision
      30 days (422.590(a)); expedited 72 hours only if asked and warranted (422.584). Author: wife with CMS-1696.
    - Relapse when spaced to 6 weeks (August 2026, admitted); remission on 4-weekly ECT (HAM-D 8).
    - Suicidality: **attempt** on 2025-10-02 (history, more than 90 days ago), no current SI.

    ## Deliberately unknown
    - Whether the plan posted LBH-22 publicly with its evidence as 422.101(b)(6) requires (ask, do not assert).
    - Whether waiting 30 days risks harm enough to expedite (no physician certified urgency; the next session is
      due in December).

    ## Traps
    - The guideline's 6-month limit is NOT met as written (row met: false): do not say every criterion is met.
    - Suicide attempt is **history (2025-10-02)**, not a present risk; no "current suicidal ideation".
    - "2019 episode: remitted on sertraline" (earlier episode) vs sertraline Oct-Dec 2025 (failed, current episode).
    - Olanzapine = augmentation for psychosis; trazodone 25 mg = sleep.
    - ECT courses are counted in sessions (10 acute), not weeks.
    - Medicare: no ERISA, no MHPAEA/parity, no state external review; after an upheld reconsideration the case goes
      to the IRE automatically.
    - Not Medicaid: no continuation-of-benefits claim (438.420) even though action is "end".
    - The wife writes about her husband, not "I have depression".

    ## Arguments a strong letter makes
    1. LBH-22's 6-month cap is an internal criterion; 422.101(b)(6) limits such criteria to where Medicare's are not
       fully established and requires evidence and publication: the cap overrides the individual record.
    2. The record: two relapses when ECT was spaced or stopped (August 2026 admission), remission on 4-weekly ECT,
       cognition stable (MoCA 27/27), suicide attempt in this episode.
    3. Ask for a psychiatrist reviewer (the denial's reviewer is geriatric medicine) and for the guideline's evidence.

    ## What a letter must NOT say
    - "meets all criteria", "current suicidal ideation", "sertraline 2019 failed", "olanzapine antidepressant trial",
      "ERISA", "parity", "continue ECT during the appeal" as a Medicaid right, "72 hours" as a given,
      "state external review".
    """, [
        ("denial/organization-determination-denial-2026-11-18.txt", "maintenance ECT is not approved beyond 6 months after the acute course"),
        ("denial/organization-determination-denial-2026-11-18.txt", "Miriam Oduya, MD (Geriatric Medicine)"),
        ("denial/organization-determination-denial-2026-11-18.txt", "within 65 calendar days from the date of this notice"),
        ("clinical/ect-service-notes-2026.txt", "10/02/25 overdose (suicide attempt)"),
        ("clinical/ect-service-notes-2026.txt", "spaced to 6 weeks -> relapse"),
        ("clinical/ect-service-notes-2026.txt", "2019 episode: remitted on sertraline alone"),
        ("clinical/ect-service-notes-2026.txt", "No current SI."),
    ])
EXTRA.append(c06)

# ---------------------------------------------------------------- 07
def c07(case):
    case(7, "student-plan-ect-out-of-network-access-standard-patient", """
    # FICTIONAL CASE (set 12, case 07) - every person, plan, number and address is invented.
    # Student health insurance (individual market, insured): an acute ECT course at an out-of-network hospital
    # denied as out of network; the only in-network ECT services were beyond the plan's own access standard.
    # The patient (a graduate student) writes the first internal appeal, post-service.
    patient:
      name: Kwame Eriksen-Valdivia
      salutation: Mr. Eriksen-Valdivia
      date_of_birth: 2001-08-05
      member_id: UAS-FICT-26-0047712
      address: |-
        Graduate Housing, Building C, Apt 214
        Fenwick Hollow, IA 52999
      phone: (319) 555-0120
      email: k.eriksen-valdivia@grad.fenwick.example
    insurer:
      name: Upland Assurance Student Health Plan for Fenwick State University (FICTIONAL)
      appeals_address: |-
        Upland Assurance, Student Plan Appeals
        PO Box 6402
        Fenwick Hollow, IA 52998
      fax: (319) 555-0129
    claim:
      number: UAS-CLM-26-100455
      plan_type: individual_aca
      funding: insured
      notice_date: 2026-10-21
      service_dates: [2026-08-24, 2026-09-18]
      sessions: 9
      procedure_codes: [90870]
      diagnosis_codes: [F32.2]
      carc_codes: [CO-242]
      denial_reason: >-
        Services were provided by an out-of-network provider. Your plan does not cover non-emergency out-of-network
        services unless approved in advance.
      denial_category: out_of_network
      action: none
    plan_policy:
      name: Student Health Plan Certificate, Section 5.3, Access to Network Providers
      quote: >-
        If no network provider who can provide a covered service is available within 60 miles of the member's campus
        address, or cannot see the member within 30 days of the request, the Plan will cover the service from a
        non-network provider at the network benefit level. Advance approval is requested but not required for
        this provision to apply.
      file: denial/certificate-section-5-3.txt
    network:
      - name: Cedar Mill Behavioral Hospital ECT program (FICTIONAL, in network)
        date: 2026-08-10
        outcome: In network, but first ECT consultation offered October 5, 2026, with treatment one to two weeks after
        miles: 38
        first_opening: 2026-10-05
        evidence: {file: other/cedar-mill-scheduling-email-2026-08-10.txt, page: 1}
      - name: Prairie Lakes University Hospital ECT service (FICTIONAL, in network)
        date: 2026-08-10
        outcome: In network; earliest start September 21, 2026, 112 miles from campus
        miles: 112
        first_opening: 2026-09-21
        evidence: {file: other/network-search-call-notes-2026-08.txt, page: 1}
      - name: Upland Assurance member services
        date: 2026-08-11
        outcome: Confirmed the two programs above are the only network ECT providers in the state; offered no exception form
        evidence: {file: other/network-search-call-notes-2026-08.txt, page: 1}
    treatment:
      name: Electroconvulsive therapy (ECT), acute course
      summary: Nine ECT sessions (August 24 to September 18, 2026) for severe depression with catatonic features after two failed antidepressants and a lorazepam trial.
      plural: false
    author:
      name: Kwame Eriksen-Valdivia
      role: Patient
      relation: patient
    provider:
      name: Anneliese Mbatha-Corrigan
      credentials: MD, psychiatrist
      npi: "1669483129"
      address: |-
        Riverbend Regional Hospital ECT Service (FICTIONAL, out of network), 700 Levee Road
        Fenwick Hollow, IA 52999
    clinical:
      episode_onset: 2026-03
      severity: MADRS 40 and Bush-Francis 14 on August 19, 2026; MADRS 9 on September 21, 2026
      severity_date: 2026-09-21
      suicidality: none
      response: MADRS 40 before the course, 9 after nine sessions
      history:
        - drug: Sertraline
          dose: 150 mg daily
          start: 2026-03-16
          end: 2026-06-08
          outcome: No response
          response: none
          adequate: true
        - drug: Venlafaxine XR
          dose: 150 mg daily
          start: 2026-06-10
          end: 2026-07-20
          outcome: Worsening; catatonic features emerged
          response: none
          adequate: false
        - drug: Lorazepam challenge
          kind: other
          dose: 2 mg three times daily
          start: 2026-08-12
          end: 2026-08-22
          outcome: Partial easing of catatonia only (lorazepam given for catatonia, not as an antidepressant)
          response: partial
        - drug: Cognitive behavioral therapy
          kind: psychotherapy
          sessions: 10
          dose: 10 weekly sessions at student counseling
          start: 2026-03
          end: 2026-05
          outcome: Stopped when he could no longer attend
          response: none
    impact:
      work: Took a medical leave from his PhD program for fall 2026
    bates_prefix: ERIKSENVALDIVIA
    footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
    """, {
    "denial/explanation-of-benefits-2026-10-21.txt": """
        UPLAND ASSURANCE (FICTIONAL) - Fenwick State University Student Health Plan     EOB  10/21/2026
        Member: KWAME ERIKSEN-VALDIVIA   ID UAS-FICT-26-0047712   Claim UAS-CLM-26-100455
        Provider: Riverbend Regional Hospital (OUT OF NETWORK)   90870 x9   08/24/2026 - 09/18/2026
        Billed $11,700.00  Allowed $0.00  Paid $0.00   Your responsibility: $11,700.00
        CO-242: Services were provided by an out-of-network provider. Your plan does not cover non-emergency
        out-of-network services unless approved in advance.
        Appeal: within 180 days of receipt of this notice.
    """,
    "denial/certificate-section-5-3.txt": """
        Upland Assurance Student Health Plan Certificate 2026-2027 - Section 5.3 Access to Network Providers
        If no network provider who can provide a covered service is available within 60 miles of the member's campus
        address, or cannot see the member within 30 days of the request, the Plan will cover the service from a
        non-network provider at the network benefit level.
        Advance approval is requested but not required for this provision to apply.
    """,
    "other/network-search-call-notes-2026-08.txt": """
        CALL NOTES kept by Kwame Eriksen-Valdivia and his sister (FICTIONAL)
        08/10/2026 Cedar Mill Behavioral Hospital (in network, 38 mi): ECT intake - first consult Oct 5, 2026.
        08/10/2026 Prairie Lakes University Hospital (in network, 112 mi): earliest start Sept 21.
        08/11/2026 Upland member services, rep "Tomas", ref UAS-CALL-88120: only those two network ECT programs in
        the state; "no form for exceptions, just file a claim".
        08/19/2026 Riverbend (out of network, 4 mi): Dr. Mbatha-Corrigan can start 08/24.
    """,
    "other/cedar-mill-scheduling-email-2026-08-10.txt": """
        From: ect.scheduling@cedarmill-bh.example
        To: k.eriksen-valdivia@grad.fenwick.example
        Date: Mon, 10 Aug 2026 15:42
        Subject: RE: ECT referral - Eriksen-Valdivia

        Hi Kwame, thanks for your patience. We have your referral from Dr. Mbatha-Corrigan. Our next available ECT
        consultation is Monday, October 5, 2026 at 9:00 am; treatment would start after the consult and anesthesia
        pre-op, usually within one to two weeks. We are in network with Upland Assurance. Reply to confirm.
        Cedar Mill Behavioral Hospital ECT Scheduling (FICTIONAL)
    """,
    "clinical/riverbend-ect-summary.txt": """
        RIVERBEND REGIONAL HOSPITAL ECT SERVICE (FICTIONAL) - course summary
        Eriksen-Valdivia, Kwame, 25, F32.2 single episode severe (catatonic features), no psychotic features.
        Sertraline 150 mg 03/16-06/08/26 no response. Venlafaxine XR to 150 mg 06/10-07/20/26: worse, stopped
        after 6 wks (catatonia emerged). Lorazepam 2 mg tid 08/12-08/22: partial easing only.
        CBT at student counseling Mar-May 2026, 10 sessions, stopped attending.
        08/19/26: MADRS 40, Bush-Francis 14. Not eating well; no SI ("I don't want to die, I just can't move").
        Course 08/24-09/18/2026: 9 sessions bilateral. 09/21/26 MADRS 9. No maintenance planned; follow-up outpatient.
    """,
    }, """
    # 07 - Student health plan: acute ECT course at an out-of-network hospital; the plan's own access standard (60 miles / 30 days) was not met by the network; the patient writes (FICTIONAL)

    Everything here is FICTIONAL.

    ## What is true
    - Kwame Eriksen-Valdivia, 25, PhD student, **student health insurance** (individual market, insured).
      Nine ECT sessions (08/24-09/18/2026) at an out-of-network hospital 4 miles away; denied 2026-10-21, CO-242.
    - Certificate **5.3**: non-network care is covered at the network level when no network provider is within
      **60 miles** or cannot see the member within **30 days**; advance approval "requested but not required".
    - Network: Cedar Mill 38 miles but first consult **10/05** (56 days after the 08/10 call); Prairie Lakes
      **112 miles**. Member services said these are the only two. Neither met the standard.
    - First internal appeal, post-service, 180 days (45 CFR 147.136(b)(3)). Patient writes ("I").
    - Course is finished; nothing pending. Suicidality **none**.

    ## Deliberately unknown
    - Whether the plan will pay billed charges or an allowed amount (do not promise $11,700).
    - Whether any other network ECT existed in a neighbouring state (member services said none in the state).

    ## Traps
    - The argument is the plan's **own access standard**; the letter says no network provider could give the care
      within the standard's time and distance, never that none exists anywhere.
    - Not an emergency claim; do not invoke No Surprises Act emergency rules.
    - Venlafaxine stopped at 6 weeks for worsening: not an adequate failed trial; lorazepam is for catatonia;
      CBT is psychotherapy (10 sessions, not completed).
    - "I don't want to die": no suicidality paragraph.
    - Course complete: no expedited appeal, no "remaining sessions".
    - Individual market: no ERISA/29 CFR 2560.503-1.

    ## Arguments a strong letter makes
    1. Section 5.3 applies on its terms: Prairie Lakes 112 miles (> 60); Cedar Mill could not see him within 30 days
       (first opening 10/05 after the 08/10 request); member services confirmed no other; advance approval not
       required. Pay at the network benefit level.
    2. ECT was needed promptly: catatonic features, MADRS 40, poor intake; remission after 9 sessions (MADRS 9).
    3. Ask for the claim file and reprocessing at in-network cost sharing.

    ## What a letter must NOT say
    - "no in-network ECT provider exists", "emergency", "No Surprises Act", "failed venlafaxine" as an adequate
      trial, "suicidal", "remaining sessions", "ERISA", "the plan must pay $11,700", "he" (voice: "I").
    """, [
        ("denial/certificate-section-5-3.txt", "within 60 miles of the member's campus"),
        ("denial/certificate-section-5-3.txt", "Advance approval is requested but not required"),
        ("other/network-search-call-notes-2026-08.txt", "first consult Oct 5, 2026"),
        ("other/network-search-call-notes-2026-08.txt", "in network, 112 mi"),
        ("other/cedar-mill-scheduling-email-2026-08-10.txt", "Our next available ECT consultation is Monday, October 5, 2026"),
        ("clinical/riverbend-ect-summary.txt", "I don't want to die, I just can't move"),
        ("clinical/riverbend-ect-summary.txt", "worse, stopped after 6 wks"),
    ])
EXTRA.append(c07)

# ---------------------------------------------------------------- 08
def c08(case):
    case(8, "county-plan-ketamine-crps-exclusion-exception-pain-physician", """
    # FICTIONAL CASE (set 12, case 08) - every person, plan, number and address is invented.
    # County employees' self-funded plan (governmental, not ERISA): IV ketamine for CRPS excluded by a clause that
    # names it; the plan document has a Medical Director exception process; the pain physician writes, first level.
    template: ketamine-chronic-pain
    patient:
      name: Theodora Vukovic-Achterberg
      salutation: Ms. Vukovic-Achterberg
      date_of_birth: 1974-05-19
      member_id: HCE-FICT-31908-00
      address: |-
        5 Sumac Hollow Court
        Greyholm, PA 16999
      phone: (814) 555-0133
    insurer:
      name: Hemlock County Employees' Health Benefit Plan (FICTIONAL), administered by Northgate Claims Services
      appeals_address: |-
        Northgate Claims Services, Appeals for Hemlock County Plan
        PO Box 1188
        Greyholm, PA 16998
      fax: (814) 555-0138
    employer:
      name: Hemlock County Human Resources, Benefits Division (FICTIONAL)
      address: |-
        County Office Building, 1 Court Square
        Greyholm, PA 16999
    claim:
      number: NCS-HC-2026-PA-20931
      plan_type: governmental
      funding: self_funded
      notice_date: 2026-11-05
      pending_services: 5
      procedure_codes: [96365, 96366, J3490]
      diagnosis_codes: [G90.522]
      denial_reason: >-
        Excluded service. Plan Document Section 7.4(m) excludes ketamine infusions for chronic pain, including
        complex regional pain syndrome.
      denial_category: not_covered
      action: none
    plan_policy:
      name: Hemlock County Employees' Health Benefit Plan Document, Section 7.4(m) and Section 12.6
      quote: >-
        7.4 Exclusions. The Plan does not cover: ... (m) ketamine infusions for chronic pain, including complex
        regional pain syndrome.
      exception: >-
        12.6 Medical Director Exception. The Medical Director may approve an otherwise excluded service when the
        member's treating physician documents that (a) the condition has not responded to at least three covered
        treatments, (b) the service is supported by published clinical guidelines, and (c) the service is expected
        to avoid a more costly covered service.
      exclusion:
        name: Plan Document Section 7.4(m)
        reaches: true
        why: Its words name ketamine infusions for chronic pain, including complex regional pain syndrome
        file: denial/plan-document-excerpt-7-4-12-6.txt
      file: denial/plan-document-excerpt-7-4-12-6.txt
    payer_criteria:
      - criterion: (a) the condition has not responded to at least three covered treatments
        how_met: Pregabalin 300 mg/day 12 weeks, duloxetine 60 mg 10 weeks, physical and mirror therapy 16 sessions, three lumbar sympathetic blocks (relief under 1 week each)
        met: true
        evidence: {file: clinical/pain-clinic-notes-2026.txt, page: 1}
      - criterion: (b) the service is supported by published clinical guidelines
        how_met: 2018 consensus guidelines on IV ketamine for chronic pain (ASRA, AAPM, ASA) support it for CRPS
        met: true
      - criterion: (c) the service is expected to avoid a more costly covered service
        how_met: Spinal cord stimulator trial and implant is the next covered option; the patient declines it for now
        met: true
        evidence: {file: clinical/pain-clinic-notes-2026.txt, page: 1}
    treatment:
      name: IV ketamine infusions
      summary: Five outpatient ketamine infusions (0.5 mg/kg/h for 4 hours, five consecutive days) for CRPS type I of the left lower limb after failed medicines, therapy and sympathetic blocks.
      plan: Five 4-hour infusions on consecutive weekdays; pain score and allodynia map daily; repeat only if relief lasts at least 6 weeks.
      setting: Greyholm Pain Institute procedure suite (FICTIONAL), anesthesiologist present
      monitoring: ECG, pulse oximetry, blood pressure every 15 minutes
    author:
      name: Matthias Oyelowo-Kerr
      role: Treating pain physician (anesthesiology and pain medicine)
      relation: physician
      authorization: other/patient-authorization.txt
    provider:
      name: Matthias Oyelowo-Kerr
      credentials: MD, anesthesiology and pain medicine
      npi: "1326657891"
      phone: (814) 555-0147
      address: |-
        Greyholm Pain Institute, 210 Mill Race Road
        Greyholm, PA 16999
    clinical:
      episode_onset: 2025-04
      severity: NRS pain 8/10, allodynia of the left foot and ankle, Budapest criteria met on October 28, 2026
      severity_date: 2026-10-28
      suicidality: none
      history:
        - drug: Gabapentin
          kind: other
          dose: 300 mg three times daily
          start: 2025-05
          end: 2025-05
          outcome: Stopped after 9 days for dizziness; not an adequate trial
          adequate: false
        - drug: Pregabalin
          dose: 150 mg twice daily
          start: 2025-06-02
          end: 2025-08-25
          outcome: No meaningful relief after twelve weeks
          response: none
          adequate: true
          evidence: {file: clinical/pain-clinic-notes-2026.txt, page: 1}
        - drug: Duloxetine
          dose: 60 mg daily
          start: 2025-09-01
          end: 2025-11-10
          outcome: No pain relief after ten weeks
          response: none
          adequate: true
          evidence: {file: clinical/pain-clinic-notes-2026.txt, page: 1}
        - drug: Physical and mirror therapy
          kind: other
          sessions: 16
          dose: 16 sessions
          start: 2025-07
          end: 2025-10
          outcome: Failed; allodynia unchanged
          response: none
          adequate: true
        - drug: Lumbar sympathetic blocks
          kind: other
          dose: three blocks
          start: 2026-01-14
          end: 2026-04-08
          outcome: Failed; relief under one week each
          response: none
          adequate: true
        - drug: Amitriptyline (for sleep)
          kind: other
          dose: 10 mg at bedtime
          start: 2026-02
          ongoing: true
          outcome: Low dose for sleep; not a pain or antidepressant trial
          adequate: false
    alternatives:
      - treatment: Spinal cord stimulator trial
        why_not: The patient declines an implanted device for now; it is the more costly covered option the exception asks to avoid
    impact:
      work: Reduced from full time to 20 hours a week as a county 911 dispatcher since March 2026
      daily_life: Cannot wear a shoe on the left foot; uses a cane
    bates_prefix: VUKOVICACHTERBERG
    footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
    """, {
    "denial/denial-letter-2026-11-05.txt": """
        NORTHGATE CLAIMS SERVICES (FICTIONAL) for the Hemlock County Employees' Health Benefit Plan (self-funded
        governmental plan)                    PRE-SERVICE DENIAL                    November 5, 2026
        Member: Theodora Vukovic-Achterberg   ID HCE-FICT-31908-00   Ref NCS-HC-2026-PA-20931
        Requested: ketamine infusion x5 (96365, 96366, J3490), Dr. M. Oyelowo-Kerr, Greyholm Pain Institute.
        Excluded service. Plan Document Section 7.4(m) excludes ketamine infusions for chronic pain, including
        complex regional pain syndrome. Medical necessity was not reviewed.
        You may appeal within 180 days to the Plan's Appeals Committee.
    """,
    "denial/plan-document-excerpt-7-4-12-6.txt": """
        Hemlock County Employees' Health Benefit Plan Document (restated 01/01/2026) - excerpt
        7.4 Exclusions. The Plan does not cover: ... (m) ketamine infusions for chronic pain, including complex
        regional pain syndrome.
        12.6 Medical Director Exception. The Medical Director may approve an otherwise excluded service when the
        member's treating physician documents that (a) the condition has not responded to at least three covered
        treatments, (b) the service is supported by published clinical guidelines, and (c) the service is expected
        to avoid a more costly covered service.
        13.1 The Plan Administrator has discretionary authority to interpret the Plan.
    """,
    "clinical/pain-clinic-notes-2026.txt": """
        GREYHOLM PAIN INSTITUTE (FICTIONAL) - Dr. M. Oyelowo-Kerr
        Vukovic-Achterberg, Theodora  DOB 05/19/1974   CRPS type I left lower limb (G90.522) after ankle fracture 03/2025
        Gabapentin May 2025: 9 days, dizziness, stopped. Pregabalin 150 mg bid 06/02/25-08/25/25: no meaningful relief.
        PT + mirror therapy Jul-Oct 2025, 16 sessions: allodynia unchanged. Duloxetine 60 mg 09/01/25-11/10/25: no relief.
        Lumbar sympathetic blocks 01/14/26, 02/25/26, 04/08/26: relief < 1 week each.
        Amitriptyline 10 mg hs since Feb 2026 for sleep.
        10/28/2026: NRS 8/10, allodynia, edema, color change; Budapest criteria met. Mood low but no SI; PHQ-9 9.
        No opioid use disorder. BP 122/76. Discussed SCS trial: patient declines implant for now.
        Plan: ketamine 0.5 mg/kg/h x4 h x5 days; request exception under plan 12.6.
    """,
    "other/patient-authorization.txt": """
        AUTHORIZATION (FICTIONAL): I, Theodora Vukovic-Achterberg, authorize Dr. Matthias Oyelowo-Kerr to appeal
        reference NCS-HC-2026-PA-20931 on my behalf and to release my records for it. Signed 11/12/2026.
    """,
    }, """
    # 08 - County employees' self-funded plan: IV ketamine for CRPS excluded by name; the plan's Medical Director exception is the route; the pain physician writes (FICTIONAL)

    Everything here is FICTIONAL.

    ## What is true
    - Theodora Vukovic-Achterberg, 52, county employees' plan: **governmental**, self-funded (not ERISA). Five IV
      ketamine infusions for **CRPS type I, left lower limb (G90.522)** denied pre-service on 2026-11-05 under
      exclusion **7.4(m)**, which names ketamine infusions for chronic pain **including CRPS**. "Medical necessity
      was not reviewed."
    - Section **12.6** lets the Medical Director approve an excluded service on three documented conditions, each met:
      (a) three covered treatments failed (pregabalin 12 wks, duloxetine 10 wks, PT/mirror therapy 16 sessions,
      three sympathetic blocks); (b) 2018 consensus guidelines support ketamine for CRPS; (c) avoids a spinal cord
      stimulator (more costly, covered).
    - Appeal within 180 days to the Appeals Committee (the plan's own notice). A non-federal governmental plan is
      not an ERISA plan (29 USC 1003(b)(1)); its claims and appeals follow 45 CFR 147.136(b)(2)(i), which applies
      the ERISA claims rule's standards (29 CFR 2560.503-1) by reference. Author: treating pain physician with the
      patient's authorization.

    ## Deliberately unknown
    - Whether external review will be open after the internal decision: 45 CFR 147.136(c)-(d) gives it for
      denials resting on medical judgment; a pure contract exclusion is not one, while a refused Medical Director
      exception may be. The notice is silent: the letter may ask, not promise.
    - Cost figures for SCS vs ketamine (the record says only that SCS is the covered alternative).

    ## Traps
    - The exclusion **names** the treatment and CRPS: never argue it does not apply; ask for the exception.
    - Section 13.1 gives discretion: do not state contra proferentem as law.
    - Pain case: **no mental-health parity** (CRPS is not a mental-health condition).
    - Governmental plan: never "this ERISA plan" or an EBSA/DOL complaint; citing 2560.503-1 standards is right only
      as applied through 45 CFR 147.136(b)(2)(i). Parity (45 CFR 146.136) is beside the point for a pain condition.
    - Gabapentin 9 days is not an adequate trial; amitriptyline 10 mg is for sleep; "Mood low but no SI".
    - The denial said medical necessity was not reviewed: do not answer it as a medical-necessity denial with a
      peer-to-peer, and do not say the plan found it unnecessary.
    - "SCS trial: patient declines": do not say an SCS was tried.

    ## Arguments a strong letter makes
    1. Section 12.6 exception: each of (a), (b), (c) documented, with the exhibits.
    2. The record: Budapest criteria met, NRS 8/10, work cut to half-time, failed medicines, therapy and blocks.
    3. Ask the Appeals Committee to refer the request to the Medical Director and to say whether external review is
       available after its decision.

    ## What a letter must NOT say
    - "the exclusion does not apply", "ambiguities are construed against the plan", "MHPAEA", "parity",
      "governed by ERISA", "Department of Labor", "external review is available" as a promise, "gabapentin failed" as an adequate trial, "SCS failed", "suicidal", "not medically necessary" as the plan's
      finding.
    """, [
        ("denial/denial-letter-2026-11-05.txt", "Medical necessity was not reviewed."),
        ("denial/plan-document-excerpt-7-4-12-6.txt", "ketamine infusions for chronic pain, including complex"),
        ("denial/plan-document-excerpt-7-4-12-6.txt", "12.6 Medical Director Exception"),
        ("denial/plan-document-excerpt-7-4-12-6.txt", "discretionary authority to interpret the Plan"),
        ("clinical/pain-clinic-notes-2026.txt", "9 days, dizziness, stopped"),
        ("clinical/pain-clinic-notes-2026.txt", "patient declines implant for now"),
        ("clinical/pain-clinic-notes-2026.txt", "Mood low but no SI"),
    ])
EXTRA.append(c08)
