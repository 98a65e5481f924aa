"""Letters set 15, cases 01-04 (FICTIONAL). Each case: slug, yaml, docs {path: text}, truth, expect [(file, text)]."""

CASES = []

# ---------------------------------------------------------------------------------------------------------------
# 01 insured employer plan (CO) | medical necessity, criterion 2(c) "no sympathetic block documented" | first
#    internal, pre-service | IV ketamine for CRPS (chronic pain) | the patient writes ("I")
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="01-insured-employer-ketamine-crps-block-records-patient",
    yaml="""
    # FICTIONAL CASE (set 15, case 01) - every person, plan, number and address is invented.
    # Insured employer group plan (Colorado): a 5-day IV ketamine series for CRPS I of the right leg was denied
    # before care under medical policy PM-318 criterion 2(c) ("no sympathetic nerve block documented"). Two lumbar
    # sympathetic blocks were done in 2025 at another clinic; their reports reached the patient after the denial.
    # The patient writes her own first internal appeal.
    patient:
      name: Marisol Ekwueme-Hart
      salutation: Ms. Ekwueme-Hart
      date_of_birth: 1984-07-19
      member_id: FPH-FICT-77120458-01
      address: |-
        2240 Wapiti Trail, Apt 3
        Cedar Mesa, CO 80999
      phone: (970) 555-0131
      email: marisol.eh@mail.example
    insurer:
      name: Frontier Peaks Health Insurance Company (FICTIONAL)
      appeals_address: |-
        Attn: Member Appeals
        PO Box 40921
        Denver, CO 80240-0921
      fax: (303) 555-0177
    employer:
      name: Larkspur Outdoor Gear, Inc., Benefits Office (FICTIONAL)
      address: 410 Foundry Street, Cedar Mesa, CO 80999
    claim:
      number: FPH-UM-2026-1104-5531
      plan_type: employer_erisa
      funding: insured
      notice_date: 2026-11-13
      service_dates: [2027-01-11, 2027-01-12, 2027-01-13, 2027-01-14, 2027-01-15]
      sessions: 5
      pending_services: 5
      procedure_codes: [96365, 96366, J3490]
      diagnosis_codes: [G90.521]
      denial_reason: >-
        Your request for ketamine infusion therapy (96365, 96366, J3490) for complex regional pain syndrome is denied
        as not medically necessary. Medical Policy PM-318, criterion 2(c), requires at least one sympathetic nerve
        block with inadequate or short-lived relief. The records submitted do not document a sympathetic nerve block.
      denial_category: medical_necessity
      reviewer: {name: "Glen Abernathy-Soto, MD", specialty: Family Medicine}
      action: none
      appeal_deadline: 2027-05-12
      deadline_basis: >-
        Stated in the notice: "You have 180 days from the date you receive this letter to ask for an appeal."
        Counted conservatively from the notice date (November 13, 2026).
    plan_policy:
      name: Medical Policy PM-318, Ketamine Infusion for Chronic Pain Conditions
      number: PM-318
      file: other/medical-policy-pm-318-excerpt.txt
      quote: >-
        2. Symptoms have persisted for at least 6 months despite multimodal therapy that includes ALL of the
        following: (a) physical or occupational therapy for at least 6 weeks; (b) trials of at least two medication
        classes from: gabapentinoids, serotonin-norepinephrine reuptake inhibitors or tricyclic antidepressants,
        NSAIDs, bisphosphonates, an oral corticosteroid course; (c) at least one sympathetic nerve block (stellate
        ganglion or lumbar sympathetic) with inadequate or short-lived relief.
    payer_criteria:
      - criterion: "1. Diagnosis of CRPS type I or II meeting the Budapest clinical criteria, made by a pain medicine, anesthesiology, neurology or PM&R physician"
        how_met: Budapest criteria documented by Dr. Okonkwo-Barr (anesthesiology and pain medicine) on October 29, 2026
        met: true
        evidence: {file: clinical/pain-clinic-notes-2026.txt, page: 1}
      - criterion: "2(a) Physical or occupational therapy for at least 6 weeks"
        how_met: Physical therapy twice weekly from April 2025 through June 2025 (about 11 weeks), desensitization and graded motor imagery
        met: true
        evidence: {file: clinical/pain-clinic-notes-2026.txt, page: 1}
      - criterion: "2(b) Trials of at least two medication classes"
        how_met: Gabapentinoids (gabapentin, then pregabalin), an SNRI (duloxetine), an NSAID (naproxen) and an oral prednisone course
        met: true
        evidence: {file: clinical/pain-clinic-notes-2026.txt, page: 1}
      - criterion: "2(c) At least one sympathetic nerve block with inadequate or short-lived relief"
        how_met: Right lumbar sympathetic blocks on July 22, 2025 and August 19, 2025 at Summit Valley Spine Center; relief lasted about 3 days and 2 days
        met: true
        evidence: {file: clinical/summit-valley-procedure-reports-2025.txt, page: 1}
      - criterion: "3. Psychological evaluation within 12 months; no untreated active substance use disorder or psychosis"
        how_met: Pain psychology evaluation on August 14, 2026; no substance use disorder, no psychosis
        met: true
        evidence: {file: clinical/pain-psychology-evaluation-2026-08-14.txt, page: 1}
      - criterion: "4. Given in a facility with continuous cardiac, blood pressure and pulse oximetry monitoring; initial series of up to 5 infusions"
        how_met: Five daily 4-hour infusions in the monitored infusion suite of Aspen Arc Pain Specialists
        met: true
        evidence: {file: clinical/pain-clinic-notes-2026.txt, page: 2}
    record_dates:
      - {file: clinical/summit-valley-procedure-reports-2025.txt, date: 2026-11-20}
    treatment:
      name: IV ketamine infusions for complex regional pain syndrome
      summary: >-
        A 5-day outpatient series of low-dose IV ketamine infusions for CRPS type I of the right lower limb after
        physical therapy, four kinds of medicine and two lumbar sympathetic blocks gave no lasting relief.
      plan: >-
        Ketamine 0.5 mg/kg/hour, titrated to a maximum of 1 mg/kg/hour, over 4 hours daily for 5 consecutive
        weekdays (January 11-15, 2027); continuation only if pain falls by at least 30 percent.
      setting: Aspen Arc Pain Specialists infusion suite, with an anesthesiologist on site (FICTIONAL)
      monitoring: continuous ECG, blood pressure every 15 minutes and pulse oximetry; recovery observation of 1 hour
    clinical:
      severity: >-
        Pain 8/10 at rest, 9/10 with weight-bearing (October 29, 2026); allodynia, edema and color change of the right
        foot; walks with a cane
      severity_date: 2026-10-29
      suicidality: none
      exclusions: >-
        August 14, 2026 and October 29, 2026: no psychosis, no substance use disorder, BP 124/78, no uncontrolled
        cardiac disease, not pregnant
      history:
        - drug: Physical therapy (desensitization, graded motor imagery)
          kind: other
          dose: twice weekly
          start: 2025-04
          end: 2025-06
          outcome: About 11 weeks; some gain in range of motion, pain unchanged
          response: partial
          adequate: true
          failed: true
          evidence: {file: clinical/pain-clinic-notes-2026.txt, page: 1}
        - drug: Prednisone (oral course)
          kind: other
          dose: 30 mg daily tapered over 10 days
          start: 2025-05
          end: 2025-05
          outcome: Swelling eased for about a week, then returned
          response: partial
          failed: true
        - drug: Gabapentin
          dose: titrated to 1800 mg daily
          start: 2025-03-10
          end: 2025-05-19
          outcome: Stopped after 10 weeks for dizziness and falls; little pain relief
          response: none
          evidence: {file: clinical/pain-clinic-notes-2026.txt, page: 1}
        - drug: Lumbar sympathetic blocks, right L2-L3 (two)
          kind: other
          dose: two blocks, July 22 and August 19, 2025
          start: 2025-07-22
          end: 2025-08-19
          outcome: Relief for about 3 days after the first and 2 days after the second
          response: partial
          failed: true
          evidence: {file: clinical/summit-valley-procedure-reports-2025.txt, page: 1}
        - drug: Pregabalin
          dose: 150 mg twice daily
          start: 2025-09
          ongoing: true
          outcome: Still taken; takes the edge off night pain only
          response: partial
          evidence: {file: clinical/pain-clinic-notes-2026.txt, page: 1}
        - drug: Duloxetine
          dose: 60 mg daily
          start: 2026-02-02
          ongoing: true
          outcome: Still taken; mood better, pain scores unchanged
          response: partial
          evidence: {file: clinical/pain-clinic-notes-2026.txt, page: 1}
        - drug: Naproxen
          dose: 500 mg as needed
          start: 2025-03
          ongoing: true
          outcome: As needed for swelling; minimal effect on pain
          response: none
    impact:
      work: I have been on reduced hours since March 2026; I can no longer do the warehouse floor work my job requires.
      daily_life: I use a cane, cannot wear a shoe on my right foot most days, and sleep three to four hours a night.
    alternatives:
      - treatment: Another sympathetic block
        why_not: Two blocks in 2025 each gave two to three days of relief; my pain physician does not recommend a third.
      - treatment: Spinal cord stimulator trial
        why_not: My pain physician considers it the step after the ketamine series, not before it; I would need surgery for the trial leads.
    author:
      name: Marisol Ekwueme-Hart
      role: Patient
      relation: patient
      phone: (970) 555-0131
      email: marisol.eh@mail.example
    provider:
      name: Anneliese Okonkwo-Barr
      credentials: MD, anesthesiology and pain medicine
      npi: "1598812208"
      phone: (970) 555-0142
      address: |-
        Aspen Arc Pain Specialists, 18 Bristlecone Plaza, Suite 300
        Cedar Mesa, CO 80999
    copies: [prescriber]
    literature:
      - id: cohen-2018
    bates_prefix: EKWUEMEHART
    footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
    """,
    docs={
        "denial/prior-authorization-denial-2026-11-13.txt": """
            FRONTIER PEAKS HEALTH INSURANCE COMPANY (FICTIONAL) - Utilization Management
            NOTICE OF ADVERSE BENEFIT DETERMINATION (PRE-SERVICE)
            Date: November 13, 2026
            Member: Marisol Ekwueme-Hart     Member ID: FPH-FICT-77120458-01     Group: LARKSPUR OUTDOOR GEAR 0044
            Reference: FPH-UM-2026-1104-5531   Requested by: Aspen Arc Pain Specialists / A. Okonkwo-Barr, MD
            Service requested: ketamine infusion, 5 sessions (96365, 96366 x3 per session, J3490)   Dx: G90.521
            Request received: 11/04/2026

            Decision: DENIED - not medically necessary.
            Your request for ketamine infusion therapy (96365, 96366, J3490) for complex regional pain syndrome is
            denied as not medically necessary. Medical Policy PM-318, criterion 2(c), requires at least one sympathetic
            nerve block with inadequate or short-lived relief. The records submitted do not document a sympathetic
            nerve block. Criteria 1, 2(a), 2(b), 3 and 4 were not reviewed further.

            Reviewed by: Glen Abernathy-Soto, MD (Family Medicine), Physician Reviewer.
            You may ask for a copy of Medical Policy PM-318 and of all documents relevant to your claim, free of charge.

            Your right to appeal: You have 180 days from the date you receive this letter to ask for an appeal.
            Write to Member Appeals, PO Box 40921, Denver CO 80240-0921, or fax 303-555-0177. If your situation is
            urgent, call 1-800-555-0176 for an expedited appeal. After our final decision you may ask the Colorado
            Division of Insurance for an independent external review.
            This plan is insured by Frontier Peaks Health Insurance Company and is subject to Colorado insurance law.
        """,
        "other/medical-policy-pm-318-excerpt.txt": """
            FRONTIER PEAKS HEALTH (FICTIONAL) - MEDICAL POLICY PM-318
            Ketamine Infusion for Chronic Pain Conditions      Effective 03/01/2026   Last reviewed 02/10/2026

            Intravenous ketamine infusion is considered medically necessary for complex regional pain syndrome (CRPS)
            when ALL of criteria 1 through 4 are met:
            1. Diagnosis of CRPS type I or II meeting the Budapest clinical criteria, made by a pain medicine,
               anesthesiology, neurology or PM&R physician;
            2. Symptoms have persisted for at least 6 months despite multimodal therapy that includes ALL of the
               following: (a) physical or occupational therapy for at least 6 weeks; (b) trials of at least two
               medication classes from: gabapentinoids, serotonin-norepinephrine reuptake inhibitors or tricyclic
               antidepressants, NSAIDs, bisphosphonates, an oral corticosteroid course; (c) at least one sympathetic
               nerve block (stellate ganglion or lumbar sympathetic) with inadequate or short-lived relief.
            3. Psychological evaluation within the past 12 months, with no untreated active substance use disorder
               and no psychosis;
            4. Infusions are given in a facility with continuous cardiac, blood pressure and pulse oximetry monitoring.
               An initial series of up to 5 infusions is approved. Continuation requires documented pain reduction of
               at least 30 percent.
            Ketamine infusion for other chronic pain conditions (fibromyalgia, chronic low back pain) is not medically
            necessary (see PM-318 section 5).
        """,
        "clinical/pain-clinic-notes-2026.txt": """
            ASPEN ARC PAIN SPECIALISTS (FICTIONAL) - Ekwueme-Hart, Marisol   DOB 07/19/1984
            Page 1
            06/03/2026 NEW PATIENT (referred by PCP). R foot/ankle pain since ankle fracture (ORIF 11/2024).
              Intake questionnaire reviewed. Prior PT spring 2025 (Apr-Jun, 2x/wk, ~11 wks, desensitization, GMI):
              ROM better, pain same. Gabapentin 03/10/25-05/19/25 up to 1800 mg, stopped for dizziness/falls.
              Prednisone burst May 2025: swelling better ~1 wk. Pregabalin 150 mg BID since Sept 2025 (continuing).
              Naproxen 500 mg PRN. Duloxetine 60 mg started by PCP 02/02/2026 (continuing) - mood better, pain same.
            08/14/2026 Pain psychology eval done (see report). No SUD, no psychosis.
            10/29/2026 Budapest criteria: continuing pain disproportionate to inciting event; symptoms in all 4
              categories (allodynia, temperature asymmetry 1.6 C, edema, decreased ROM); signs in 3 categories on exam.
              Dx CRPS type I, R lower limb (G90.521). Pain 8/10 rest, 9/10 weight-bearing. Uses cane.
              Pt reports 2 "back injections" in summer 2025 at Summit Valley Spine Center - these were R lumbar
              sympathetic blocks per pt description (relief a few days each). Intake form said "no nerve blocks" -
              pt did not know they counted. Records requested from Summit Valley 10/29/2026.
              BP 124/78. Plan: 5-day IV ketamine series. PA to be submitted.
            Page 2
            11/04/2026 PA submitted with 06/03, 08/14, 10/29 notes (Summit Valley records not yet received).
            Infusion protocol: ketamine 0.5 mg/kg/h titrated to max 1 mg/kg/h x 4 h, 5 consecutive weekdays.
              Monitored suite: continuous ECG, BP q15 min, SpO2; anesthesiologist on site; 1 h recovery.
              Tentative dates 01/11/2027-01/15/2027. Continue only if >=30% pain reduction.
            11/16/2026 PA denied 11/13 (criterion 2(c)). Summit Valley records still pending.
            11/23/2026 Summit Valley records received by pt (released 11/20/2026); copy to chart. Two R L2-L3 LSBs
              confirmed. Pt will appeal herself; I support the series.  - A. Okonkwo-Barr, MD
        """,
        "clinical/summit-valley-procedure-reports-2025.txt": """
            SUMMIT VALLEY SPINE CENTER (FICTIONAL) - PROCEDURE REPORTS
            Records released to patient 11/20/2026 (request dated 10/29/2026). Patient: EKWUEME-HART, MARISOL, DOB 07/19/1984

            07/22/2025  Procedure: Lumbar sympathetic block, right, L2-L3, fluoroscopic guidance.
              Indication: suspected CRPS R lower extremity. 10 mL 0.25% bupivacaine. Temp R foot rose 2.1 C (block
              confirmed). Pre 8/10, post 3/10.
              Follow-up call 07/25/2025: relief lasted about 3 days, pain back to 8/10.
            08/19/2025  Procedure: Lumbar sympathetic block, right, L2-L3 (repeat).
              Temp rise 1.8 C. Pre 8/10, post 4/10. Follow-up 08/22/2025: relief about 2 days.
              Plan: no further blocks recommended (short-lived relief x2). Refer to pain specialist for other options.
            Performing physician: Theo Marchetti-Lund, MD
        """,
        "clinical/pain-psychology-evaluation-2026-08-14.txt": """
            ASPEN ARC PAIN SPECIALISTS - PAIN PSYCHOLOGY EVALUATION (FICTIONAL)   08/14/2026
            Patient: Marisol Ekwueme-Hart. Evaluator: Priscilla Durand-Yoon, PhD, licensed psychologist.
            PHQ-9 11 (mild-moderate, pain-related sleep loss). GAD-7 8. No suicidal ideation. No psychosis.
            AUDIT-C 1; no substance use disorder. Pain catastrophizing moderate; engaged in CBT for pain (4 sessions
            so far). No psychological contraindication to ketamine infusion.
        """,
        "other/intake-questionnaire-2026-06-03.txt": """
            ASPEN ARC PAIN SPECIALISTS - NEW PATIENT QUESTIONNAIRE (FICTIONAL)   completed by patient 06/03/2026
            Where is your pain? right foot and ankle     Since when? after my fracture, late 2024
            Treatments tried: [x] physical therapy  [x] medicines  [ ] chiropractor  [ ] acupuncture
            Prior nerve blocks: No        Prior spine injections: "2 shots in my back last summer"
            Surgeries: ankle ORIF 11/2024
        """,
    },
    truth="""
    # 01 - Insured employer plan (CO), IV ketamine for CRPS denied before care under PM-318 criterion 2(c); the blocks were done; the patient writes (FICTIONAL)

    All people, plans, numbers and addresses are invented (FICTIONAL).

    ## What is true
    - Marisol Ekwueme-Hart, 42, member of an **insured** employer group plan (Frontier Peaks, Colorado). A 5-day IV
      ketamine series for **CRPS type I of the right lower limb** (G90.521) was requested 2026-11-04 and **denied
      before care** on 2026-11-13 as not medically necessary: "Medical Policy PM-318, criterion 2(c) ... The records
      submitted do not document a sympathetic nerve block." Reviewer: a family physician.
    - Two **right lumbar sympathetic blocks** were done at Summit Valley Spine Center on 2025-07-22 and 2025-08-19,
      relief about 3 and 2 days: criterion 2(c) is met. Their reports were released on 2026-11-20, after the
      decision, so the reviewer never saw them.
    - Criteria 1, 2(a), 2(b), 3 and 4 are met on the records (Budapest criteria 10/29/2026; PT Apr-Jun 2025, about
      11 weeks; gabapentinoids, SNRI, NSAID and a steroid course; psychology evaluation 08/14/2026; monitored suite).
    - Rule: ERISA insured group plan. First internal appeal within 180 days of receipt (29 CFR 2560.503-1(h)(3)(i));
      pre-service appeal decided within 30 days (2560.503-1(i)(2)(ii)); after the final internal denial, Colorado's
      external review (insured plan, 45 CFR 147.136(c)). The plan's rule is PM-318 (criteria 1-4).
    - Care still to come: 5 infusions scheduled January 11-15, 2027. Pregabalin and duloxetine are still taken.

    ## Deliberately unknown
    - Whether the plan would have found criterion 1 met had it looked ("not reviewed further").
    - Whether a bisphosphonate was ever considered (not needed: 2(b) asks for two classes).
    - How she will respond to ketamine; nothing about the result of the series.

    ## Traps
    - The clinic's own intake form says "Prior nerve blocks: No" (the patient did not know the "back shots" were
      sympathetic blocks); the procedure reports and the physician's 10/29 note show two LSBs. The letter must rely on
      the procedure reports, and may explain the form; it must not say no block was done.
    - The blocks (and PT) are not "medication trials"; duloxetine here is a pain/mood medicine, not a failed
      antidepressant trial for depression. Pregabalin and duloxetine are continuing: no end date.
    - Voice: the patient signs: "I", never "Ms. Ekwueme-Hart has failed...".
    - This is pain, not depression: no TRD, no Spravato, no depression literature, no suicidality paragraph
      (PHQ-9 11 and "no suicidal ideation" in the psychology report).
    - The denial names criteria (PM-318, numbered): the letter must not say the plan named no criteria.
    - Pre-service: the infusions are scheduled, not given.
    - Gabapentin was stopped for side effects at 10 weeks (a trial that failed on tolerance), not "no response" alone.

    ## Arguments a strong letter makes (strongest first)
    1. Criterion 2(c), the only ground given, is met: two right lumbar sympathetic blocks (07/22/2025, 08/19/2025)
       with short-lived relief, shown by Summit Valley's reports, released 11/20/2026 and never before the reviewer.
    2. Every other PM-318 criterion (1, 2(a), 2(b), 3, 4) is met, point by point with exhibits; the request is
       within the initial series of 5 the policy itself allows.
    3. Ask for review by a pain medicine or anesthesiology physician (the reviewer was family medicine), a decision
       within the pre-service time limit, the claim file, and a peer-to-peer with Dr. Okonkwo-Barr.

    ## What a letter must NOT say
    - "no nerve block", "the plan named no criteria", "treatment-resistant depression", "Spravato", "suicidal",
      "experimental" as the ground of denial, "the infusions were given", a failed "antidepressant trial" count,
      "emergency", Medicare/Medicaid rules, "contra proferentem" as law.
    """,
    expect=[
        ("denial/prior-authorization-denial-2026-11-13.txt", "criterion 2(c)"),
        ("denial/prior-authorization-denial-2026-11-13.txt", "Family Medicine"),
        ("clinical/summit-valley-procedure-reports-2025.txt", "Lumbar sympathetic block, right, L2-L3"),
        ("clinical/summit-valley-procedure-reports-2025.txt", "released to patient 11/20/2026"),
        ("other/intake-questionnaire-2026-06-03.txt", "Prior nerve blocks: No"),
        ("other/medical-policy-pm-318-excerpt.txt", "at least one sympathetic"),
        ("clinical/pain-clinic-notes-2026.txt", "G90.521"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
# 02 FEHB | medical necessity: TRD criterion applied to the suicidal-ideation indication | carrier
#    reconsideration, urgent (pre-service) | Spravato | a psychiatric nurse practitioner (prescriber) writes
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="02-fehb-spravato-suicidal-ideation-indication-reconsideration-np",
    yaml="""
    # FICTIONAL CASE (set 15, case 02) - every person, plan, number and address is invented.
    # FEHB plan: Spravato requested for depressive symptoms with acute suicidal ideation (the second labelled use)
    # was denied under the policy's TRD criterion 1.2 ("two antidepressant trials"). The clinic's request form
    # ticked the TRD box by mistake. The prescribing psychiatric nurse practitioner asks the carrier to reconsider,
    # urgently, with the member's written consent.
    patient:
      name: Corwin Baptiste-Halvorsen
      salutation: Mr. Baptiste-Halvorsen
      date_of_birth: 1992-02-11
      member_id: FMB-FICT-R40917733
      address: |-
        77 Lantern Cove Road
        Harbor Glen, MD 21999
      phone: (410) 555-0119
    insurer:
      name: Federal Meridian Benefit Plan (FICTIONAL), an FEHB carrier
      appeals_address: |-
        Federal Meridian Benefit Plan - Reconsiderations
        PO Box 8820
        Baltimore, MD 21298-8820
      fax: (410) 555-0181
    claim:
      number: FMB-PA-26-1121-00874
      plan_type: fehb
      notice_date: 2026-11-24
      procedure_codes: [J0013, 99415, 99416, 99214]
      diagnosis_codes: [F33.2, R45.851]
      sessions: 8
      pending_services: 8
      denial_reason: >-
        Spravato (esketamine) is covered for treatment-resistant depression when the member has not responded to at
        least two antidepressants of different classes at an adequate dose and duration in the current episode
        (Policy RX-ESK-2, criterion 1.2). The records show one antidepressant trial (escitalopram). The request does
        not meet criteria and is denied as not medically necessary.
      denial_category: medical_necessity
      reviewer: {name: "Harold Vance-Iqbal, PharmD", specialty: Clinical Pharmacy}
      urgent: true
      action: none
      appeal_deadline: 2027-05-24
      deadline_basis: >-
        Stated in the notice: "You may ask us to reconsider this decision within 6 months of the date of this
        letter" (5 CFR 890.105(b)(1)).
    urgency:
      reason: >-
        Active suicidal ideation with some intent in the past week (C-SSRS, November 19, 2026), five days after
        discharge from an inpatient admission for suicidal ideation with a plan; waiting for a standard decision
        could seriously jeopardize his life.
      certified_by: Liesl Marquardt-Ansah, DNP, PMHNP-BC
    plan_policy:
      name: Policy RX-ESK-2, Esketamine Nasal Spray (Spravato)
      number: RX-ESK-2
      file: other/policy-rx-esk-2-esketamine.txt
      quote: >-
        Section 2. Depressive symptoms in adults with major depressive disorder with acute suicidal ideation or
        behavior. Esketamine is medically necessary when ALL of the following are met: 2.1 age 18 or older with
        major depressive disorder; 2.2 acute suicidal ideation or behavior documented by the prescriber within the
        past 14 days; 2.3 used together with an oral antidepressant; 2.4 given in a REMS-certified health care
        setting with post-dose monitoring. Approval: 4 weeks. Section 2 does not require prior antidepressant trials.
      # which section the denial applied and which governs this request (added by the set-15 fix work, issue 18)
      section:
        applied: Section 1, criterion 1.2 (treatment-resistant depression)
        requested: Section 2
        use: depressive symptoms with acute suicidal ideation in major depressive disorder, with sertraline
        proof: [other/pa-request-form-2026-11-21.txt, clinical/psychiatric-notes-2026.txt]
    payer_criteria:
      - criterion: "2.1 Age 18 or older with major depressive disorder"
        how_met: Age 34; major depressive disorder, recurrent, severe without psychotic features (F33.2)
        met: true
        evidence: {file: clinical/psychiatric-notes-2026.txt, page: 1}
      - criterion: "2.2 Acute suicidal ideation or behavior documented by the prescriber within the past 14 days"
        how_met: C-SSRS on November 19, 2026 by the prescriber; active ideation with some intent in the past week, after a hospital admission for suicidal ideation with a plan (November 12-17, 2026)
        met: true
        evidence: {file: clinical/psychiatric-notes-2026.txt, page: 2}
      - criterion: "2.3 Used together with an oral antidepressant"
        how_met: Sertraline 100 mg daily, started November 14, 2026 in hospital and continuing
        met: true
        evidence: {file: clinical/discharge-summary-2026-11-17.txt, page: 1}
      - criterion: "2.4 REMS-certified health care setting with post-dose monitoring"
        how_met: Bayfront Interventional Psychiatry is REMS-certified; blood pressure checks and 2 hours of observation after each dose
        met: true
        evidence: {file: other/rems-certification-bayfront.txt, page: 1}
    treatment:
      name: Spravato (esketamine nasal spray)
      summary: >-
        Esketamine 84 mg twice weekly for 4 weeks with sertraline, for depressive symptoms with acute suicidal
        ideation in major depressive disorder, the second use on the FDA label.
      plan: >-
        Esketamine 84 mg intranasally twice weekly for 4 weeks (8 sessions), with sertraline 100 mg daily continued;
        reassess with MADRS and C-SSRS at week 4; no maintenance is requested.
      setting: Bayfront Interventional Psychiatry, a REMS-certified outpatient clinic (FICTIONAL)
      monitoring: blood pressure before dosing, at 40 minutes and at 2 hours; observation for 2 hours after each dose
      alongside: sertraline 100 mg daily
    clinical:
      severity: MADRS 38 and PHQ-9 24 on November 19, 2026
      severity_date: 2026-11-19
      suicidality: active
      suicidality_date: 2026-11-19
      episode_onset: 2026-06
      exclusions: >-
        November 19, 2026: no aneurysmal vascular disease or arteriovenous malformation, no intracerebral hemorrhage,
        BP 126/82, no psychosis, no substance use disorder (urine drug screen negative November 12, 2026)
      history:
        - drug: Bupropion XL
          dose: 300 mg daily
          start: 2019-03
          end: 2020-01
          outcome: Remission of an earlier episode (2019); stopped when well
          response: remission
          failed: false
          evidence: {file: clinical/psychiatric-notes-2026.txt, page: 1}
        - drug: Escitalopram
          dose: 10 mg, then 20 mg daily
          start: 2026-07-06
          end: 2026-11-13
          outcome: Partial response at 20 mg, then worsening with suicidal ideation; stopped in hospital
          response: partial
          evidence: {file: clinical/psychiatric-notes-2026.txt, page: 1}
        - drug: Sertraline
          dose: 100 mg daily
          start: 2026-11-14
          ongoing: true
          outcome: Started in hospital; continuing alongside esketamine
        - drug: Quetiapine (for sleep)
          kind: other
          dose: 25 mg at bedtime
          start: 2026-11-14
          ongoing: true
          outcome: Sleep dose only, not an augmentation trial
          adequate: false
        - drug: Cognitive behavioral therapy
          kind: psychotherapy
          dose: weekly
          start: 2026-08
          ongoing: true
          outcome: Ongoing weekly; engaged
          failed: false
    impact:
      hospitalizations: Inpatient psychiatric admission November 12-17, 2026 for suicidal ideation with a plan.
      work: On leave from his federal job since November 12, 2026.
    author:
      name: Liesl Marquardt-Ansah
      role: Prescribing psychiatric nurse practitioner (DNP, PMHNP-BC), writing with the member's signed consent
      relation: representative
      authorization: other/member-consent-to-represent.txt
      phone: (410) 555-0124
      fax: (410) 555-0125
    provider:
      name: Liesl Marquardt-Ansah
      credentials: DNP, PMHNP-BC
      npi: "1730448820"
      phone: (410) 555-0124
      address: |-
        Bayfront Interventional Psychiatry, 300 Quayside Avenue, Suite 5
        Harbor Glen, MD 21999
    peer_to_peer:
      availability: weekdays 8-9 am and 12-1 pm
    template: expedited-appeal
    literature:
      - id: popova-2019
    bates_prefix: BAPTISTEHALVORSEN
    footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
    """,
    docs={
        "denial/coverage-denial-2026-11-24.txt": """
            FEDERAL MERIDIAN BENEFIT PLAN (FICTIONAL) - FEHB Program carrier
            PRE-SERVICE CLAIM DECISION - DENIAL          Date of this letter: 11/24/2026
            Member: CORWIN BAPTISTE-HALVORSEN   ID: FMB-FICT-R40917733   Enrollment code: FICT-112 (Self Only)
            Reference: FMB-PA-26-1121-00874   Received: 11/21/2026
            Requested: Spravato (esketamine) 84 mg twice weekly x 4 weeks; J0013 (84 units/session), 99415/99416
            Prescriber: L. Marquardt-Ansah, PMHNP-BC, Bayfront Interventional Psychiatry
            Indication on request form: Treatment-resistant depression

            Reason: Spravato (esketamine) is covered for treatment-resistant depression when the member has not
            responded to at least two antidepressants of different classes at an adequate dose and duration in the
            current episode (Policy RX-ESK-2, criterion 1.2). The records show one antidepressant trial
            (escitalopram). The request does not meet criteria and is denied as not medically necessary.
            Reviewed by: Harold Vance-Iqbal, PharmD, Clinical Pharmacist.

            Your rights: You may ask us to reconsider this decision within 6 months of the date of this letter
            (see Section 8 of the FEHB brochure). If you have an urgent care claim, call us at 1-800-555-0189 and we
            will expedite our review; we will tell you our decision within 72 hours. If we uphold the denial you may
            ask OPM to review it within 90 days of our reconsideration decision.
        """,
        "other/policy-rx-esk-2-esketamine.txt": """
            FEDERAL MERIDIAN BENEFIT PLAN (FICTIONAL) - CLINICAL POLICY RX-ESK-2: Esketamine Nasal Spray (Spravato)
            Effective 01/01/2026

            Section 1. Treatment-resistant depression (TRD). Esketamine is medically necessary when ALL are met:
            1.1 age 18 or older with major depressive disorder; 1.2 no adequate response to at least two
            antidepressants of different classes, each at an adequate dose for at least 6 weeks, in the current
            episode; 1.3 REMS-certified setting. Approval: induction 4 weeks, then maintenance by re-review.

            Section 2. Depressive symptoms in adults with major depressive disorder with acute suicidal ideation or
            behavior. Esketamine is medically necessary when ALL of the following are met: 2.1 age 18 or older with
            major depressive disorder; 2.2 acute suicidal ideation or behavior documented by the prescriber within
            the past 14 days; 2.3 used together with an oral antidepressant; 2.4 given in a REMS-certified health
            care setting with post-dose monitoring. Approval: 4 weeks. Section 2 does not require prior
            antidepressant trials.
        """,
        "clinical/psychiatric-notes-2026.txt": """
            BAYFRONT INTERVENTIONAL PSYCHIATRY (FICTIONAL) - Baptiste-Halvorsen, Corwin   DOB 02/11/1992
            Page 1
            07/06/2026 Intake. Recurrent MDD. Prior episode 2019: bupropion XL 300 mg Mar 2019 - Jan 2020, remission,
              tapered off when well. Current episode since ~June 2026. PHQ-9 18. No SI. Start escitalopram 10 mg.
            08/2026 Referred for weekly CBT (therapist: J. Okafor, LCSW) - continuing.
            08/31/2026 Escitalopram -> 20 mg. PHQ-9 15.
            10/19/2026 PHQ-9 16, "some better weeks". Passive death wish, no plan. Safety plan reviewed.
            Page 2
            11/19/2026 Post-discharge visit (admitted 11/12-11/17, Harbor Glen General, SI with plan to overdose).
              Escitalopram stopped in hospital; sertraline 100 mg started 11/14 (continue). Quetiapine 25 mg hs for
              sleep. MADRS 38, PHQ-9 24 (item 9 = 2). C-SSRS (past week): active suicidal ideation with some intent to
              act, without specific plan; no preparatory behavior since discharge. Lethal means removed by sister.
              No psychosis. BP 126/82. No aneurysm/AVM/ICH hx. UDS neg (11/12).
              Plan: Spravato 84 mg twice weekly x 4 wk for depressive sx with acute SI (label indication #2) with
              sertraline. Not requesting under TRD - only one trial this episode. PA sent 11/21.
              NOTE 11/25: denial received - front desk ticked "TRD" on the carrier's PA form; my note and letter
              said acute SI. Will ask for urgent reconsideration.  - L. Marquardt-Ansah, DNP, PMHNP-BC
        """,
        "clinical/discharge-summary-2026-11-17.txt": """
            HARBOR GLEN GENERAL HOSPITAL (FICTIONAL) - BEHAVIORAL HEALTH UNIT - DISCHARGE SUMMARY
            Patient: Corwin Baptiste-Halvorsen   Admitted 11/12/2026   Discharged 11/17/2026
            Reason for admission: suicidal ideation with plan (overdose), MDD recurrent severe.
            Course: escitalopram 20 mg discontinued 11/13 (inadequate response); sertraline started 11/14 at 50 mg,
            100 mg from 11/16. Quetiapine 25 mg at bedtime for insomnia. At discharge: denies intent, "thoughts still
            there"; C-SSRS ideation without intent on day of discharge.
            Recommendation: outpatient esketamine for depressive symptoms with acute suicidal ideation; follow-up
            with Bayfront Interventional Psychiatry 11/19.
        """,
        "other/rems-certification-bayfront.txt": """
            SPRAVATO REMS - HEALTH CARE SETTING CERTIFICATION (FICTIONAL COPY)
            Setting: Bayfront Interventional Psychiatry, 300 Quayside Avenue, Suite 5, Harbor Glen, MD 21999
            Status: Certified. Monitoring: blood pressure pre-dose, ~40 minutes and 2 hours; observation 2 hours.
        """,
        "other/pa-request-form-2026-11-21.txt": """
            FEDERAL MERIDIAN BENEFIT PLAN - PRIOR APPROVAL REQUEST FORM (FICTIONAL), as faxed 11/21/2026
            Drug: Spravato 84 mg    Indication (check one): [x] Treatment-resistant depression
                                                             [ ] Depressive symptoms in MDD with acute suicidal ideation
            Attached: letter of 11/20/2026 ("for depressive symptoms with acute suicidal ideation"), notes 07/06-11/19,
            discharge summary 11/17.
        """,
        "other/member-consent-to-represent.txt": """
            AUTHORIZATION TO ACT ON MY BEHALF (FICTIONAL)
            I, Corwin Baptiste-Halvorsen (ID FMB-FICT-R40917733), authorize Liesl Marquardt-Ansah, DNP, PMHNP-BC, to
            ask Federal Meridian Benefit Plan, and OPM if needed, to reconsider the 11/24/2026 denial of Spravato, and
            to receive information about it.  Signed 11/25/2026.
        """,
    },
    truth="""
    # 02 - FEHB, Spravato for depressive symptoms with acute suicidal ideation denied under the TRD criterion; the psychiatric nurse practitioner asks the carrier to reconsider, urgently (FICTIONAL)

    All people, plans, numbers and addresses are invented (FICTIONAL).

    ## What is true
    - Corwin Baptiste-Halvorsen, 34, FEHB enrollee. Spravato 84 mg twice weekly x 4 weeks (8 sessions, none given)
      was requested for **depressive symptoms in MDD with acute suicidal ideation** (the second FDA-labelled use,
      with an oral antidepressant). The carrier denied it on 2026-11-24 under the **TRD** criterion 1.2 of its
      policy RX-ESK-2 ("one antidepressant trial").
    - The carrier's own policy has a Section 2 for the suicidal-ideation use whose criteria 2.1-2.4 are all met,
      and it says "Section 2 does not require prior antidepressant trials".
    - The clinic's front desk ticked "Treatment-resistant depression" on the form; the attached letter, the notes and
      the discharge summary say acute suicidal ideation. The prescriber says so honestly.
    - Suicidality: **active** ideation with some intent, C-SSRS 2026-11-19; admission 11/12-11/17 for SI with a plan.
      Sertraline 100 mg since 11/14, continuing (the oral antidepressant). MADRS 38, PHQ-9 24 on 11/19.
    - Rule: FEHB, 5 CFR 890.105: ask the carrier to reconsider within 6 months (2027-05-24); the brochure's
      urgent-care route (decision within 72 hours); then OPM review within 90 days of the carrier's decision.
    - The author is a **psychiatric nurse practitioner** (DNP, PMHNP-BC), the prescriber, not a physician, writing
      with the member's signed authorization.

    ## Deliberately unknown
    - Whether the carrier's reviewer saw the attached letter of 11/20 (the notice names only the form's box).
    - Any response to esketamine (none given yet).

    ## Traps
    - This is **not** a TRD request: the letter must not argue "two failed antidepressants" or count trials to meet
      1.2; escitalopram is one trial in this episode; bupropion (2019) brought remission in an earlier episode and
      is not a failure; quetiapine 25 mg is a sleep dose, not augmentation; CBT is psychotherapy.
    - "Prescribed for its approved use" is true here (MDSI with an oral antidepressant). The oral-antidepressant
      requirement does apply to this indication.
    - The author is not a physician: no "Dr.", no "as the treating physician"; "the prescriber has determined".
    - Suicidality is active and current (11/19/2026): a present risk; the discharge summary's "ideation without
      intent" on 11/17 is older than the 11/19 C-SSRS.
    - FEHB: no ERISA (29 CFR 2560.503-1), no ACA external review, no state insurance department; the next level is
      OPM, not an "independent external review". Parity statute (29 CFR 2590.712) not cited as governing FEHB.

    ## Arguments a strong letter makes (strongest first)
    1. The denial applied the wrong section: the request is for the suicidal-ideation use, governed by RX-ESK-2
       Section 2, which requires no prior trials; every Section 2 criterion (2.1-2.4) is met, with exhibits; the form's
       box was a clerical error, the attached letter and records say so.
    2. Urgent: active suicidal ideation after a recent admission; ask the carrier to reconsider as an urgent care
       claim within 72 hours, as its own notice offers.
    3. The FDA label's second indication (with an oral antidepressant, sertraline); a reviewer who is a psychiatrist
       (the reviewer was a pharmacist); peer-to-peer with the prescriber; OPM review afterwards if upheld.

    ## Tool gap
    - No field records that the carrier itself offers a 72-hour decision on an urgent care claim (its notice says so);
      `check` warns that FEHB has no 72-hour route. `urgency.certified_by` is described as a physician; here the
      certifying prescriber is a nurse practitioner.

    ## What a letter must NOT say
    - "treatment-resistant depression" as the indication, "failed two antidepressants", "bupropion failed",
      "augmentation with quetiapine", "Dr. Marquardt-Ansah", "I am his physician", ERISA or 29 CFR 2560.503-1,
      "external review" by a state or IRO, "no suicidal ideation", "the plan named no criteria", maintenance dosing.
    """,
    expect=[
        ("denial/coverage-denial-2026-11-24.txt", "criterion 1.2"),
        ("denial/coverage-denial-2026-11-24.txt", "within 72 hours"),
        ("other/policy-rx-esk-2-esketamine.txt", "Section 2 does not require prior antidepressant trials"),
        ("other/pa-request-form-2026-11-21.txt", "[x] Treatment-resistant depression"),
        ("clinical/psychiatric-notes-2026.txt", "active suicidal ideation with some intent"),
        ("clinical/discharge-summary-2026-11-17.txt", "sertraline started 11/14"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
# 03 Medicaid managed care (KY), member aged 15 | benefit limit 24 psychotherapy visits/yr (handbook says
#    under-21 may exceed) | first plan appeal | adolescent DBT | the mother writes (parent of a minor)
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="03-medicaid-mco-teen-dbt-visit-limit-epsdt-mother",
    yaml="""
    # FICTIONAL CASE (set 15, case 03) - every person, plan, number and address is invented.
    # Kentucky Medicaid managed care: more DBT sessions for a 15-year-old were denied because she reached the
    # 24-visit yearly limit. The plan's own handbook says members under 21 may have more when medically
    # necessary (EPSDT). Her mother writes the first plan appeal.
    patient:
      name: Isabella Moreno-Whitcomb
      salutation: Isabella
      date_of_birth: 2011-03-02
      member_id: BHH-FICT-6604419920
      address: |-
        519 Sycamore Bend Lane
        Millbrook Falls, KY 40999
      phone: (859) 555-0137
    insurer:
      name: Bluegrass Horizons Health Plan (FICTIONAL), a Kentucky Medicaid managed care organization
      appeals_address: |-
        Bluegrass Horizons Health Plan - Appeals
        PO Box 33015
        Louisville, KY 40232-3015
      fax: (502) 555-0163
    claim:
      number: BHH-AUTH-2611-0297741
      plan_type: medicaid
      delivery: managed_care
      notice_date: 2026-11-18
      service_dates: [2026-11-02, 2026-11-09, 2026-11-16, 2026-11-23, 2026-11-30]
      pending_services: "[the remaining DBT sessions through January 31, 2027]"
      procedure_codes: [90837, 90849]
      diagnosis_codes: [F33.1, R45.88]
      carc_codes: [CO-119]
      denial_reason: >-
        Your request for 16 more individual therapy visits (90837) and 8 more family group therapy visits (90849)
        is denied. You have used 24 outpatient psychotherapy visits in calendar year 2026. The benefit limit is 24
        visits per calendar year (Member Handbook, section 6.4). Services beyond the benefit limit are not covered.
      denial_category: benefit_limit
      action: none
      appeal_deadline: 2027-01-17
      deadline_basis: >-
        Stated in the notice: "You must ask for an appeal within 60 calendar days from the date on this notice."
    plan_policy:
      name: Bluegrass Horizons Member Handbook, section 6.4 (Outpatient behavioral health)
      number: "6.4"
      file: other/member-handbook-section-6-4.txt
      quote: >-
        Outpatient psychotherapy (individual, family and group): Members age 21 and older: up to 24 visits per
        calendar year. Members under age 21: the 24-visit limit does not apply. Visits beyond 24 are covered when
        medically necessary under EPSDT (Early and Periodic Screening, Diagnostic and Treatment); your provider asks
        us for prior authorization.
      limit:
        applied: 24
        current: none
        # the limit is set for members 21 and older only (added by the set-15 fix work, issue 18)
        from_age: 21
        course: 48
        unit: visits
    treatment:
      name: Dialectical behavior therapy (DBT) for adolescents
      summary: >-
        Comprehensive adolescent DBT (weekly individual DBT and a weekly multifamily skills group) for recurrent
        depression with repeated self-harm, continued through January 2027 to finish the skills modules.
      plan: >-
        Weekly individual DBT (90837) and weekly multifamily skills group (90849) with between-session phone
        coaching, through January 31, 2027: 16 more individual and 8 more group visits; then step down to
        every-other-week individual therapy.
      alongside: fluoxetine 40 mg daily
    clinical:
      severity: >-
        PHQ-A 13 on November 16, 2026 (21 on June 8, 2026); self-harm (cutting) about three times a week in June,
        once in the past month
      severity_date: 2026-11-16
      suicidality: passive
      suicidality_date: 2026-11-09
      response: PHQ-A 21 (June 8, 2026) to 13 (November 16, 2026); self-harm from about 3 times a week to once a month
      response_level: partial
      history:
        - drug: Sertraline
          dose: 25 mg, then 50 mg daily
          start: 2025-10-01
          end: 2025-10-22
          outcome: Stopped after 3 weeks for nausea and stomach pain; not an adequate trial
          adequate: false
        - drug: Cognitive behavioral therapy (school-based therapist)
          kind: psychotherapy
          dose: weekly
          sessions: 14
          start: 2026-01
          end: 2026-05
          outcome: 14 sessions; partial benefit, then suicide attempt in April 2026
          response: partial
          evidence: {file: clinical/dbt-program-notes-2026.txt, page: 1}
        - drug: Fluoxetine
          dose: 20 mg, 40 mg since July 2026
          start: 2026-04-17
          ongoing: true
          outcome: Continuing; partial response
          response: partial
          evidence: {file: clinical/dbt-program-notes-2026.txt, page: 1}
        - drug: DBT, adolescent program (individual and multifamily group)
          kind: psychotherapy
          dose: weekly individual and weekly group
          start: 2026-06-08
          sessions: 24
          ongoing: true
          failed: false
          outcome: Helping; self-harm much reduced; skills modules not finished
          evidence: {file: clinical/dbt-program-notes-2026.txt, page: 2}
    impact:
      hospitalizations: Hospital admission April 11-16, 2026 after an overdose (suicide attempt).
      daily_life: Back at school full time since August 2026 with a 504 plan; before DBT she was missing two or three days a week.
      relapse: Her therapist expects self-harm to return if the program stops before the distress-tolerance and emotion-regulation modules are finished.
    author:
      name: Renata Moreno-Whitcomb
      role: Mother of the member (Isabella is 15)
      relation: parent
      phone: (859) 555-0137
      email: renata.mw@mail.example
      address: |-
        519 Sycamore Bend Lane
        Millbrook Falls, KY 40999
    provider:
      name: Dana Kirkpatrick-Osei
      credentials: LCSW, intensively trained DBT therapist
      npi: "1467590331"
      phone: (859) 555-0146
      address: |-
        Riverbend Family Counseling, 88 Mill Race Road
        Millbrook Falls, KY 40999
    record_dates:
      - {file: clinical/letter-from-dbt-therapist-2026-11-20.txt, date: 2026-11-20}
    copies: [prescriber]
    bates_prefix: MORENOWHITCOMB
    footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
    """,
    docs={
        "denial/notice-of-adverse-benefit-determination-2026-11-18.txt": """
            BLUEGRASS HORIZONS HEALTH PLAN (FICTIONAL) - Kentucky Medicaid
            NOTICE OF ADVERSE BENEFIT DETERMINATION          Date on this notice: November 18, 2026
            To the parent or guardian of: ISABELLA MORENO-WHITCOMB   Member ID: BHH-FICT-6604419920   Age: 15
            Authorization request: BHH-AUTH-2611-0297741, received 11/04/2026
            Provider: Riverbend Family Counseling (D. Kirkpatrick-Osei, LCSW)
            Requested: 90837 x 16, 90849 x 8, dates 11/02/2026 - 01/31/2027

            What we decided: Your request for 16 more individual therapy visits (90837) and 8 more family group
            therapy visits (90849) is denied. You have used 24 outpatient psychotherapy visits in calendar year 2026.
            The benefit limit is 24 visits per calendar year (Member Handbook, section 6.4). Services beyond the
            benefit limit are not covered. (CO-119)
            This decision was made by a benefits specialist. A medical necessity review was not done.

            Your right to appeal: You must ask for an appeal within 60 calendar days from the date on this notice.
            If you want your services to continue during the appeal, you must ask within 10 days of this notice.
            You can ask for a fast appeal if waiting could seriously harm the member's health. After our appeal
            decision you may ask for a State Fair Hearing.
        """,
        "other/member-handbook-section-6-4.txt": """
            BLUEGRASS HORIZONS HEALTH PLAN MEMBER HANDBOOK 2026 (FICTIONAL) - excerpt
            6.4 Outpatient behavioral health
            Outpatient psychotherapy (individual, family and group): Members age 21 and older: up to 24 visits per
            calendar year. Members under age 21: the 24-visit limit does not apply. Visits beyond 24 are covered when
            medically necessary under EPSDT (Early and Periodic Screening, Diagnostic and Treatment); your provider
            asks us for prior authorization.
            6.5 EPSDT: Members under 21 can get any medically necessary service Medicaid covers, even if it is not
            listed in this handbook or is more than a limit in it.
        """,
        "clinical/dbt-program-notes-2026.txt": """
            RIVERBEND FAMILY COUNSELING (FICTIONAL) - DBT ADOLESCENT PROGRAM - Moreno-Whitcomb, Isabella  DOB 03/02/2011
            Page 1
            History (from intake 06/08/2026): Recurrent depression since age 13. Sertraline Oct 2025, stopped after
            ~3 weeks (GI upset). CBT with school-based therapist Jan-May 2026 (14 sessions), some benefit.
            04/11/2026 overdose (acetaminophen), admitted 04/11-04/16/2026. Fluoxetine started 04/17/2026, 40 mg
            since July 2026 (prescribed by PCP, Dr. A. Whitlock) - continuing.
            06/08/2026 DBT intake: PHQ-A 21. Cutting ~3x/week. Passive SI. Enrolled: weekly individual DBT +
            weekly multifamily skills group (mother attends), phone coaching. Program: 2 full rounds of 4 modules.
            Page 2
            Visits billed in 2026 (Riverbend): individual 90837 x 16, group 90849 x 8 = 24 (06/08-10/26).
            Note: the 14 school-based CBT sessions (Jan-May) were billed by the school program under a different
            code set and the plan did NOT count them toward the 24 (per plan rep 11/20/2026).
            11/04/2026 Auth request for 16 more 90837 + 8 more 90849 through 01/31/2027 (round 2 of modules).
            11/09/2026 Individual: "wishes she could disappear", denies plan or intent; C-SSRS passive ideation only.
              Self-harm once in past month (10/18). Safety plan updated.
            11/16/2026 PHQ-A 13. Emotion regulation module in progress; distress tolerance not yet repeated.
              Sessions 11/02-11/30 given; Riverbend holding the bills pending appeal.
            Clinical opinion: stopping now carries a high risk of return of self-harm. - D. Kirkpatrick-Osei, LCSW
        """,
        "clinical/letter-from-dbt-therapist-2026-11-20.txt": """
            RIVERBEND FAMILY COUNSELING (FICTIONAL)                                   November 20, 2026
            To Bluegrass Horizons Health Plan - re Isabella Moreno-Whitcomb (age 15), BHH-FICT-6604419920
            Isabella has been in our comprehensive adolescent DBT program since June 8, 2026. Her PHQ-A fell from 21
            to 13 and her self-harm from about three times a week to once in the past month. She has not finished the
            second round of skills modules, which is where gains are consolidated. In my clinical opinion continued
            weekly individual DBT and the multifamily skills group through January 31, 2027 are medically necessary
            to correct and ameliorate her condition. - Dana Kirkpatrick-Osei, LCSW
        """,
    },
    truth="""
    # 03 - Kentucky Medicaid managed care, 15-year-old's DBT denied at the 24-visit limit; the handbook exempts under-21s (EPSDT); her mother writes the first plan appeal (FICTIONAL)

    All people, plans, numbers and addresses are invented (FICTIONAL).

    ## What is true
    - Isabella Moreno-Whitcomb, **15** (DOB 2011-03-02), Kentucky Medicaid **managed care**. Her DBT therapist asked
      on 2026-11-04 for 16 more individual (90837) and 8 more multifamily group (90849) visits through 2027-01-31.
      The plan denied on 2026-11-18 (CO-119): "24 visits per calendar year (Member Handbook, section 6.4)". No
      medical necessity review was done (the notice says so).
    - The **same handbook section 6.4** says: "Members under age 21: the 24-visit limit does not apply. Visits
      beyond 24 are covered when medically necessary under EPSDT". Section 6.5 repeats EPSDT.
    - EPSDT (42 U.S.C. 1396d(r)(5)) requires coverage of medically necessary care to correct or ameliorate a
      condition for Medicaid members under 21, beyond the state plan's limits.
    - Rule: Medicaid managed care; plan appeal within 60 days of the notice (42 CFR 438.402(c)(2)(ii)): 2027-01-17.
      State fair hearing within 120 days of the plan's resolution (438.408(f)(2)). The mother is the parent of a
      minor: no authorization form needed.
    - Clinical: recurrent depression with non-suicidal self-harm (F33.1, R45.88); suicide attempt (overdose)
      2026-04-11, admitted 04/11-04/16; **passive** ideation on 2026-11-09, no plan or intent. Fluoxetine 40 mg
      continuing. DBT is working (PHQ-A 21 -> 13; self-harm 3/week -> once a month): partial response.
    - Sessions 11/02-11/30 were given, Riverbend is holding the bills; the rest through 01/31/2027 is to come.

    ## Deliberately unknown
    - Whether the plan counted the 14 school-based CBT sessions (the plan rep said no; not in writing).
    - Whether continued benefits under 438.420 apply: the 24 visits needed no authorization, and this is a request for
      new visits (`action: none`), not the reduction of an authorized service; the notice mentions the 10-day
      window anyway. The letter may ask conditionally but must not assert a right to continued benefits.

    ## Traps
    - Strongest point is not medical necessity: it is the plan's own handbook + EPSDT. No "exception beyond the
      limit": the limit does not apply to her at all.
    - Sertraline (3 weeks, GI) is not an adequate trial; CBT and DBT are psychotherapy, not antidepressant trials;
      DBT is helping (not failed). No count of "failed antidepressants" is needed.
    - Suicidality is passive now (11/09/2026); the April 2026 attempt is history with its date. Never "active".
    - Voice: the mother writes ("my daughter", "I"), never as Isabella; no "I have failed ...".
    - No ERISA/ACA citations, no commercial external review; parity under 42 CFR 438.910 only if cited at all.

    ## Arguments a strong letter makes (strongest first)
    1. The plan's own handbook, section 6.4 (and 6.5): the 24-visit limit does not apply to members under 21; more
       visits are covered when medically necessary under EPSDT. The denial applied the adult limit to a 15-year-old.
    2. EPSDT, 42 U.S.C. 1396d(r)(5): medically necessary care to correct or ameliorate her condition is covered
       beyond any limit; the therapist's letter says it is, and no medical necessity review was done.
    3. The record: DBT is working (PHQ-A 21 -> 13, self-harm down), attempt in April, passive ideation now;
       stopping mid-program risks relapse; ask for approval through 01/31/2027 and payment of the sessions given.

    ## What a letter must NOT say
    - "active suicidal ideation", "failed sertraline" as an adequate trial, "DBT has failed", "exception to the
      24-visit limit" as the only route, "continued benefits are required under 438.420" as a right, ERISA, 45 CFR
      147.136, "external review", "the plan named no policy", Isabella speaking in the first person.
    """,
    expect=[
        ("denial/notice-of-adverse-benefit-determination-2026-11-18.txt", "Member Handbook, section 6.4"),
        ("denial/notice-of-adverse-benefit-determination-2026-11-18.txt", "A medical necessity review was not done"),
        ("other/member-handbook-section-6-4.txt", "Members under age 21: the 24-visit limit does not apply"),
        ("clinical/dbt-program-notes-2026.txt", "C-SSRS passive ideation only"),
        ("clinical/dbt-program-notes-2026.txt", "04/11/2026 overdose"),
        ("clinical/letter-from-dbt-therapist-2026-11-20.txt", "correct and ameliorate"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
# 04 governmental (public transit authority, PA), self-funded | medical necessity: repeat TMS, criterion 5.2
#    "no 50% response" (scores show 59%) | external review after the final internal denial | TMS retreatment |
#    a nonprofit patient advocate writes (representative)
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="04-governmental-tms-retreatment-external-review-advocate",
    yaml="""
    # FICTIONAL CASE (set 15, case 04) - every person, plan, number and address is invented.
    # Self-funded plan of a public transit authority (a governmental plan, Pennsylvania): a repeat TMS course was
    # denied twice under policy BH-TMS-03 criterion 5.2 ("did not respond to the prior course") because a
    # discharge summary said "partial response". The first course's scores fell by 59 percent. A patient advocate
    # of a nonprofit asks for external review after the final internal denial.
    patient:
      name: Gideon Farrow-Nakashima
      salutation: Mr. Farrow-Nakashima
      date_of_birth: 1974-05-27
      member_id: KVT-FICT-220913-00
      address: |-
        1408 Tannery Hill Road
        Conestoga Ridge, PA 17999
      phone: (717) 555-0152
    insurer:
      name: Keystone Valley Transit Authority Employee Health Plan (FICTIONAL), administered by Allegheny Crest Benefit Services
      appeals_address: |-
        Allegheny Crest Benefit Services - Appeals Unit
        PO Box 7740
        Harrisburg, PA 17106-7740
      fax: (717) 555-0170
    employer:
      name: Keystone Valley Transit Authority, Human Resources - Benefits (FICTIONAL)
      address: 1 Depot Square, Conestoga Ridge, PA 17999
    claim:
      number: ACB-PA-2026-08-61530
      plan_type: governmental
      funding: self_funded
      notice_date: 2026-08-14
      sessions: 36
      pending_services: 36
      procedure_codes: [90867, 90868]
      diagnosis_codes: [F33.2]
      denial_reason: >-
        Repeat TMS is not medically necessary. Clinical Policy BH-TMS-03, criterion 5.2, requires a response to the
        prior course, defined as at least a 50% reduction in a standardized rating scale score. The discharge
        summary for the 2025 course documents a "partial response". Criterion 5.2 is not met.
      denial_category: medical_necessity
      reviewer: {name: "Margaret Oyelowo-Strand, MD", specialty: Internal Medicine}
      action: none
    decisions:
      - date: 2026-09-02
        outcome: denied
        stage: first level
        opens: second level
        reason: >-
          Upheld. The records do not show a response to the prior course as defined in criterion 5.2.
      - date: 2026-10-21
        outcome: denied
        stage: second level
        opens: external review
        next_deadline: 2027-02-21
        reason: >-
          Final internal decision: upheld. Criterion 5.2 is not met; the 2025 discharge summary states "partial
          response". This is the plan's final internal adverse benefit determination.
    external_review:
      final_denial_date: 2026-10-21
      agency: the external review process named in the plan's final notice (HHS-administered Federal External Review Process)
    plan_policy:
      name: Clinical Policy BH-TMS-03, Transcranial Magnetic Stimulation
      number: BH-TMS-03
      file: other/clinical-policy-bh-tms-03-excerpt.txt
      quote: >-
        5. Repeat course. A repeat course of TMS is medically necessary when ALL of the following are met: 5.1 the
        member met the criteria of section 3 for the prior course; 5.2 the member responded to the prior course,
        defined as at least a 50% reduction in a standardized rating scale score (PHQ-9, HAM-D, MADRS or BDI-II)
        from the start to the end of that course; 5.3 the member relapsed after at least 2 months of sustained
        response; 5.4 the prior course ended at least 3 months before the repeat course.
    payer_criteria:
      - criterion: "5.1 The member met the criteria of section 3 for the prior course"
        how_met: The plan approved the 2025 course under section 3 (authorization ACB-PA-2025-02-11870)
        met: true
        evidence: {file: clinical/tms-2025-session-log-and-discharge.txt, page: 1}
      - criterion: "5.2 At least a 50% reduction in a standardized rating scale score over the prior course"
        how_met: PHQ-9 22 at session 1 (March 10, 2025) and 9 at session 36 (April 25, 2025), a 59% reduction; HAM-D 24 to 11, a 54% reduction
        met: true
        evidence: {file: clinical/tms-2025-session-log-and-discharge.txt, page: 1}
      - criterion: "5.3 Relapse after at least 2 months of sustained response"
        how_met: PHQ-9 of 9 or below at every visit from May 2025 through May 2026 (about 13 months); relapse in June 2026 (PHQ-9 20)
        met: true
        evidence: {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
      - criterion: "5.4 The prior course ended at least 3 months before the repeat course"
        how_met: The prior course ended April 25, 2025 (with taper May 9, 2025), more than a year before
        met: true
        evidence: {file: clinical/tms-2025-session-log-and-discharge.txt, page: 1}
    treatment:
      name: Repeat course of transcranial magnetic stimulation (TMS)
      summary: >-
        A repeat course of TMS (30 sessions plus 6 taper sessions) for a relapse of recurrent major depression after
        the 2025 course brought a 59 percent fall in PHQ-9 and more than a year of sustained response.
      plan: >-
        Left DLPFC 10 Hz, 120% of motor threshold, 3,000 pulses per session, 5 days a week for 6 weeks (30 sessions),
        then 6 taper sessions over 3 weeks; PHQ-9 weekly and HAM-D at sessions 1, 15 and 30.
      alongside: venlafaxine XR 225 mg daily
    clinical:
      severity: PHQ-9 20 and HAM-D 23 on July 28, 2026
      severity_date: 2026-07-28
      suicidality: passive
      suicidality_date: 2026-07-28
      episode_onset: 2026-06
      history:
        - drug: Sertraline
          dose: 150 mg daily
          start: 2019-02
          end: 2020-08
          outcome: Remission in an earlier episode; lost effect in 2023
          response: lost
        - drug: Venlafaxine XR
          dose: 225 mg daily
          start: 2023-09
          ongoing: true
          outcome: Partial response; continued
          response: partial
          evidence: {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
        - drug: Lithium (augmenting venlafaxine)
          kind: augmentation
          dose: 900 mg daily, level 0.7
          start: 2024-01
          end: 2024-03
          outcome: No response after 8 weeks at a therapeutic level; tremor
          response: none
          adequate: true
        - drug: Aripiprazole (augmenting venlafaxine)
          kind: augmentation
          dose: 2 mg, then 5 mg daily
          start: 2024-05
          end: 2024-06
          outcome: Stopped after 4 weeks for akathisia; not an adequate trial
          adequate: false
        - drug: TMS, first course (2025)
          kind: neuromodulation
          dose: 30 sessions plus 6 taper sessions
          sessions: 36
          adequate: true
          start: 2025-03-10
          end: 2025-05-09
          outcome: PHQ-9 22 to 9 (59% reduction); sustained until a relapse in June 2026
          response: response
          failed: false
          evidence: {file: clinical/tms-2025-session-log-and-discharge.txt, page: 1}
    impact:
      work: On medical leave from his job as a bus mechanic since July 20, 2026.
    author:
      name: Yvette Brandauer-Mensah
      role: Patient advocate, Susquehanna Health Access Project (a nonprofit), authorized representative
      relation: representative
      authorization: other/authorized-representative-form.txt
      phone: (717) 555-0158
      email: advocate@shap.example
      address: |-
        Susquehanna Health Access Project, 25 Market Street, 2nd floor
        Conestoga Ridge, PA 17999
    provider:
      name: Tobias Reinholt-Achebe
      credentials: MD, psychiatrist
      npi: "1285637710"
      phone: (717) 555-0165
      address: |-
        Conestoga Neuromodulation Center, 400 Orchard Lane
        Conestoga Ridge, PA 17999
    template: external-review-request
    literature:
      - id: perera-2016
    bates_prefix: FARROWNAKASHIMA
    footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
    """,
    docs={
        "denial/final-internal-denial-2026-10-21.txt": """
            ALLEGHENY CREST BENEFIT SERVICES (FICTIONAL), claims administrator for the
            KEYSTONE VALLEY TRANSIT AUTHORITY EMPLOYEE HEALTH PLAN (a self-funded governmental plan)
            SECOND-LEVEL APPEAL DECISION - FINAL INTERNAL ADVERSE BENEFIT DETERMINATION      October 21, 2026
            Member: Gideon Farrow-Nakashima   ID: KVT-FICT-220913-00   Reference: ACB-PA-2026-08-61530
            Request: repeat TMS, 90867 x1, 90868 x35 (36 sessions)   Dx F33.2
            History: initial denial 08/14/2026; first-level appeal denied 09/02/2026.

            Decision: Final internal decision: upheld. Criterion 5.2 is not met; the 2025 discharge summary states
            "partial response". This is the plan's final internal adverse benefit determination.
            Reviewer: Margaret Oyelowo-Strand, MD, board certified in Internal Medicine.

            External review: You may ask for an independent external review within four (4) months of the date you
            receive this notice, through the HHS-administered Federal External Review Process (instructions enclosed).
            The plan does not require you to file anything else first.
        """,
        "denial/initial-denial-2026-08-14.txt": """
            ALLEGHENY CREST BENEFIT SERVICES (FICTIONAL) - PRE-SERVICE DENIAL          August 14, 2026
            Member: Gideon Farrow-Nakashima   Reference: ACB-PA-2026-08-61530
            Repeat TMS is not medically necessary. Clinical Policy BH-TMS-03, criterion 5.2, requires a response to
            the prior course, defined as at least a 50% reduction in a standardized rating scale score. The discharge
            summary for the 2025 course documents a "partial response". Criterion 5.2 is not met.
        """,
        "other/clinical-policy-bh-tms-03-excerpt.txt": """
            ALLEGHENY CREST BENEFIT SERVICES (FICTIONAL) - CLINICAL POLICY BH-TMS-03  Transcranial Magnetic Stimulation
            Effective 07/01/2026 (adopted by the Keystone Valley Transit Authority Employee Health Plan)
            3. Initial course ... (not excerpted)
            5. Repeat course. A repeat course of TMS is medically necessary when ALL of the following are met: 5.1 the
            member met the criteria of section 3 for the prior course; 5.2 the member responded to the prior course,
            defined as at least a 50% reduction in a standardized rating scale score (PHQ-9, HAM-D, MADRS or BDI-II)
            from the start to the end of that course; 5.3 the member relapsed after at least 2 months of sustained
            response; 5.4 the prior course ended at least 3 months before the repeat course.
        """,
        "clinical/tms-2025-session-log-and-discharge.txt": """
            CONESTOGA NEUROMODULATION CENTER (FICTIONAL) - TMS COURSE 2025 - Farrow-Nakashima, Gideon  DOB 05/27/1974
            Page 1
            Authorization ACB-PA-2025-02-11870 (36 sessions) approved 02/24/2025.
            Session log (PHQ-9 / HAM-D):
              S1  03/10/2025  PHQ-9 22  HAM-D 24
              S10 03/21/2025  PHQ-9 18
              S20 04/04/2025  PHQ-9 13  HAM-D 16
              S30 04/18/2025  PHQ-9 10
              S36 04/25/2025  PHQ-9 9   HAM-D 11    (acute course complete)
              Taper 6 sessions 04/28-05/09/2025.
            DISCHARGE SUMMARY 05/09/2025: "Course complete. Partial response (did not reach remission, PHQ-9 9).
              Continue venlafaxine XR 225 mg. Return if relapse."
            Addendum 08/20/2026 (T. Reinholt-Achebe, MD): "Partial response" in our discharge template means response
              without remission. By the scores the patient was a responder: PHQ-9 22 -> 9 (59%), HAM-D 24 -> 11 (54%).
        """,
        "clinical/psychiatry-notes-2025-2026.txt": """
            CONESTOGA NEUROMODULATION CENTER - PSYCHIATRY FOLLOW-UP (FICTIONAL) - Farrow-Nakashima, Gideon
            Page 1
            Background: recurrent MDD. 2019-2020 sertraline 150 mg, remission; lost effect 2023. Venlafaxine XR
            225 mg since Sept 2023 (partial, continuing). Lithium augmentation Jan-Mar 2024 (900 mg, level 0.7,
            8 wk) - no response, tremor. Aripiprazole 2 -> 5 mg May-Jun 2024, akathisia, stopped at 4 wk.
            TMS 03/10-05/09/2025 (see log).
            06/2025 PHQ-9 8; 09/2025 PHQ-9 6; 12/2025 PHQ-9 7; 03/2026 PHQ-9 5; 05/2026 PHQ-9 9.
            06/29/2026 PHQ-9 20 - relapse after job stress; sleep poor.
            07/28/2026 PHQ-9 20, HAM-D 23. Passive SI ("would not mind not waking up"), no plan, no intent.
              Off work since 07/20. Plan: repeat TMS course (36). Continue venlafaxine.
        """,
        "other/authorized-representative-form.txt": """
            KEYSTONE VALLEY TRANSIT AUTHORITY EMPLOYEE HEALTH PLAN - AUTHORIZED REPRESENTATIVE DESIGNATION (FICTIONAL)
            Member: Gideon Farrow-Nakashima (KVT-FICT-220913-00). I designate Yvette Brandauer-Mensah, Susquehanna
            Health Access Project, to act for me in my appeals and external review about repeat TMS
            (ACB-PA-2026-08-61530).  Signed 10/30/2026.
        """,
    },
    truth="""
    # 04 - Governmental self-funded plan (PA), repeat TMS denied twice under BH-TMS-03 criterion 5.2; the scores show a 59% response; external review requested by a nonprofit advocate (FICTIONAL)

    All people, plans, numbers and addresses are invented (FICTIONAL).

    ## What is true
    - Gideon Farrow-Nakashima, 52, in the self-funded health plan of a **public transit authority** (governmental,
      not ERISA). A repeat TMS course (36 sessions, none given) was denied on 2026-08-14, on first-level appeal
      2026-09-02 and at the **second (final) internal level on 2026-10-21**, each time under BH-TMS-03 **criterion
      5.2** because the 2025 discharge summary says "partial response".
    - The 2025 session log: PHQ-9 22 -> 9 (**59%**), HAM-D 24 -> 11 (**54%**): criterion 5.2 (at least 50% on a
      standardized scale) is met. The clinic's template uses "partial response" for response without remission
      (addendum 08/20/2026). Criteria 5.1, 5.3 (about 13 months well, relapse June 2026) and 5.4 are met.
    - Rule: non-federal governmental plan, 45 CFR 147.136: external review within 4 months of the final internal
      denial (2027-02-21), decided by an independent reviewer; the plan's notice names the HHS-administered federal
      process. The advocate writes with the member's signed designation.
    - Passive suicidal ideation on 2026-07-28 (no plan or intent). Venlafaxine XR 225 mg continuing.

    ## Deliberately unknown
    - Whether the external reviewer will read HAM-D or PHQ-9 (either meets 5.2).
    - The exact date the member received the final notice (count from 10/21/2026).

    ## Traps
    - The words "partial response" against the numbers: the letter must use the numbers (59%, 54%) and must not say
      the first TMS course failed or count it as a failed trial; it worked (response), then relapse after 13 months.
    - Aripiprazole (4 weeks, akathisia) is not an adequate trial; sertraline gave remission in an earlier episode.
    - Stage: this is an **external review request** after the final internal denial of 10/21; quote that decision,
      not only the 08/14 notice; not a third internal appeal.
    - Governmental plan: no ERISA as governing law, no 29 CFR 2560.503-1 cited alone, no EBSA/Labor Department.
    - Suicidality passive, more than 90 days before a December letter (07/28/2026): history with its date, not a
      present-risk harm paragraph.
    - The reviewer was an internist: a psychiatrist should review.

    ## Arguments a strong letter makes (strongest first)
    1. Criterion 5.2, the only ground of all three decisions, is met by the plan's own definition: PHQ-9 22 -> 9
       (59%) and HAM-D 24 -> 11 (54%); "partial response" in a template meant "not remission", as the addendum says.
    2. Criteria 5.1, 5.3 and 5.4 are met with exhibits; the first course is the same treatment that worked before.
    3. External review is timely (within 4 months of 10/21/2026) and the question turns on medical judgment; ask for
       a psychiatrist reviewer.

    ## What a letter must NOT say
    - "the prior TMS failed", "no response to TMS", "partial response" as a fact without the numbers, ERISA/29 CFR
      2560.503-1 as governing, EBSA, "second-level appeal" as what this letter is, "active suicidal ideation",
      "aripiprazole failed after an adequate trial", "the plan named no criteria".
    """,
    expect=[
        ("denial/final-internal-denial-2026-10-21.txt", "Criterion 5.2 is not met"),
        ("denial/final-internal-denial-2026-10-21.txt", "within four (4) months"),
        ("clinical/tms-2025-session-log-and-discharge.txt", "S36 04/25/2025  PHQ-9 9"),
        ("clinical/tms-2025-session-log-and-discharge.txt", "Partial response (did not reach remission"),
        ("other/clinical-policy-bh-tms-03-excerpt.txt", "at least a 50% reduction"),
        ("clinical/psychiatry-notes-2025-2026.txt", "Passive SI"),
    ],
))
