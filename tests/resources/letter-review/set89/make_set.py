#!/usr/bin/env python3
"""FICTIONAL blind test set 89 (issue 18, clinical emphasis) for appeal-kit letters.

Run: /work/main/.venv/bin/python make_set.py [--check] [NN ...]
Rewrites every case folder and truth file from the data below, then self-checks.
"""
import io, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
HDR = "FICTIONAL - invented for a blind test set (set 89); not a real person, plan, clinic or number.\n\n"
FTR = "\n\nFICTIONAL DOCUMENT - end.\n"
CASES = []


def case(num, slug, yaml, docs, truth, answers):
    CASES.append(dict(num=num, slug=f"{num}-{slug}", yaml=yaml, docs=docs, truth=truth, answers=answers))




def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def luhn_ok(npi):
    s = "80840" + npi
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


TRUTH_HEADS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes",
               "What a letter must NOT say"]


def write_case(c):
    folder = os.path.join(HERE, c["slug"])
    if os.path.exists(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    with open(os.path.join(folder, "case.yaml"), "w") as f:
        f.write(c["yaml"].lstrip("\n"))
    for path, text in c["docs"].items():
        p = os.path.join(folder, path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w") as f:
            f.write(HDR + text.strip("\n") + FTR)
    with open(os.path.join(HERE, c["slug"] + ".truth.md"), "w") as f:
        f.write(c["truth"].lstrip("\n"))


def self_check(c):
    from ruamel.yaml import YAML
    probs = []
    folder = os.path.join(HERE, c["slug"])
    texts = {"case.yaml": c["yaml"], "truth": c["truth"]}
    texts.update({p: HDR + t + FTR for p, t in c["docs"].items()})
    try:
        data = YAML(typ="safe").load(c["yaml"])
    except Exception as e:  # noqa: BLE001
        probs.append(f"case.yaml does not parse: {e}")
        data = {}
    if not c["yaml"].lstrip().startswith("# FICTIONAL"):
        probs.append("case.yaml first line lacks FICTIONAL")
    if "FICTIONAL" not in c["truth"].lstrip().splitlines()[0]:
        probs.append("truth first line lacks FICTIONAL")
    heads = [l[3:].strip() for l in c["truth"].splitlines() if l.startswith("## ")]
    if heads != TRUTH_HEADS:
        probs.append(f"truth headings {heads}")
    if len(c["answers"]) != 16:
        probs.append(f"{len(c['answers'])} answers, want 16")
    for q, a, doc in c["answers"]:
        if doc not in texts:
            probs.append(f"answer doc missing: {doc}")
        elif norm(a) not in norm(texts[doc]):
            probs.append(f"answer not printed: {q!r} -> {a!r} in {doc}")
    for p in c["docs"]:
        if p.split("/")[0] not in ("denial", "clinical", "other") or not p.endswith(".txt"):
            probs.append(f"bad doc path {p}")
    # every path case.yaml names exists
    for m in re.findall(r"((?:denial|clinical|other)/[A-Za-z0-9._-]+\.txt)", c["yaml"]):
        if m not in c["docs"]:
            probs.append(f"case.yaml names missing file {m}")
    # stray files
    for root, _, files in os.walk(folder):
        for fn in files:
            rel = os.path.relpath(os.path.join(root, fn), folder)
            if rel != "case.yaml" and rel not in c["docs"]:
                probs.append(f"stray file {rel}")
    for name, t in texts.items():
        for m in re.finditer(r"555-\d{4}", t):
            line = m.group(0)
            if not re.match(r"555-01\d\d", line):
                probs.append(f"{name}: phone line not 01xx: {line}")
            pre = t[max(0, m.start() - 7):m.start()]
            if not re.search(r"(\(\d{3}\) |\d{3}-|1-8\d\d-)$", pre):
                probs.append(f"{name}: bare 555 number near {t[max(0, m.start()-20):m.end()]!r}")
        for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", t):
            if not m.group(0).endswith(".example"):
                probs.append(f"{name}: e-mail not .example: {m.group(0)}")
        for m in re.finditer(r"https?://[^\s)]+|www\.[^\s)]+", t):
            if ".example" not in m.group(0):
                probs.append(f"{name}: web address not .example: {m.group(0)}")
        for m in re.finditer(r"NPI:?\s*\"?(\d{10})", t):
            if not luhn_ok(m.group(1)):
                probs.append(f"{name}: NPI fails Luhn {m.group(1)}")
        if name not in ("case.yaml", "truth") and not (t.startswith("FICTIONAL") and "FICTIONAL DOCUMENT - end." in t):
            probs.append(f"{name}: FICTIONAL header/footer")
    npi = (data or {}).get("provider", {}) or {}
    if npi.get("npi") and not luhn_ok(str(npi["npi"])):
        probs.append("provider.npi fails Luhn")
    return probs


def main(argv):
    check = "--check" in argv
    only = [a for a in argv if a.isdigit() or re.fullmatch(r"\d\d", a)]
    todo = [c for c in CASES if not only or c["num"] in only]
    total_probs, n_ans, outs, bad = 0, 0, [], []
    for c in todo:
        write_case(c)
        probs = self_check(c)
        n_ans += len(c["answers"])
        total_probs += len(probs)
        for p in probs:
            print(f"{c['slug']}: PROBLEM {p}")
        if check:
            r = subprocess.run(["/work/main/.venv/bin/appeal-kit", "check", os.path.join(HERE, c["slug"])],
                               capture_output=True, text=True)
            outs.append(f"===== {c['slug']} (exit {r.returncode})\n{r.stdout}{r.stderr}")
            print(f"{c['slug']}: check exit {r.returncode}")
            if r.returncode != 0:
                bad.append(c["slug"])
    if check:
        name = "check-output.txt" if not only else "check-output-partial.txt"
        with open(os.path.join(HERE, name), "w") as f:
            f.write("\n".join(outs))
    print(f"{len(todo)} cases, {n_ans} expected answers, {total_probs} problems")
    return 1 if (total_probs or bad) else 0


# ============================ CASE DATA (all FICTIONAL) ============================

# ---------------------------------------------------------------- case 01
case("01", "insured-employer-tms-preservice-partial-response-counts-as-failure-escitalopram-intolerance-patient",
r'''
# FICTIONAL CASE (set 89, case 01) - every person, plan, provider, number and address is invented.
# Insured employer plan (ERISA), Nebraska. Pre-service TMS denied under MP-TMS-35 criterion 2: "one adequate
# trial". The policy's own definition counts a partial response at adequate dose as a failure (bupropion, continued)
# and an early stop for documented intolerance as a trial (escitalopram, sodium 128). Trazodone 50 mg is a sleep dose.
patient:
  name: Tobias Ferreira-Lund
  salutation: Mr. Ferreira-Lund
  date_of_birth: 1983-06-21
  member_id: FICT-PLH-40817726
  address: |-
    2214 Larkspur Lane
    Lincoln, NE 68502
  phone: (402) 555-0138
  email: t.ferreiralund@mailbox.example
insurer:
  name: Prairie Lantern Health Insurance Company (FICTIONAL)
  appeals_address: |-
    Prairie Lantern Health, Appeals Unit (FICTIONAL)
    PO Box 8812
    Omaha, NE 68103
  fax: (402) 555-0147
claim:
  number: PA-26-1104-5521
  plan_type: employer_erisa
  funding: insured
  employees: 1200
  notice_date: 2026-11-20
  appeal_deadline: 2027-05-19
  deadline_basis: >-
    Notice of 11/20/2026: "You have 180 days after you receive this notice to appeal." Counted from the notice date.
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  setting: outpatient
  sessions: 36
  pending_services: 36
  denial_reason: >-
    MP-TMS-35 criterion 2 is not met. The records show one adequate antidepressant trial (sertraline).
    Escitalopram was taken for less than 6 weeks, and bupropion is still being taken, so neither is a failed trial.
  denial_category: medical_necessity
  reviewer: {name: "Dr. Alden Vorhees", specialty: family medicine}
  action: none
  corrections:
    - said: bupropion is still being taken, so neither is a failed trial.
      record: >-
        MP-TMS-35 defines failure to include a partial response (less than a 50% reduction in a standardized score)
        at an adequate dose and duration, whether or not the medication is continued. Bupropion XL 300 mg daily for
        14 weeks brought the PHQ-9 from 23 to 17 (a 26% reduction): a partial response, so a failed trial.
      file: [other/medical-policy-mp-tms-35-excerpt.txt, clinical/psychiatry-note-2026-11-02.txt]
      page: 1
    - said: Escitalopram was taken for less than 6 weeks
      record: >-
        Escitalopram was stopped on day 19 because of hyponatremia (sodium 128 mmol/L on 04/14/2026); the policy
        counts a medication discontinued earlier because of intolerance documented in the record.
      file: [clinical/lab-report-2026-04-14.txt, clinical/psychiatry-note-2026-11-02.txt]
      page: 1
plan_policy:
  name: Prairie Lantern Medical Policy MP-TMS-35, Transcranial Magnetic Stimulation
  number: MP-TMS-35
  quote: >-
    2. Failure of at least two antidepressant medications from at least two different classes, each at an adequate
    dose for at least 6 weeks, or discontinued earlier because of intolerance documented in the record. Failure
    includes no response or a partial response (less than a 50% reduction in a standardized score) at an adequate
    dose and duration, whether or not the medication is continued.
  file: other/medical-policy-mp-tms-35-excerpt.txt
payer_criteria:
  - criterion: "1. Major depressive disorder, severe, without psychotic features (PHQ-9 of 20 or more)"
    how_met: F33.2; PHQ-9 22 on 11/02/2026
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-02.txt, page: 1}
  - criterion: "2. Failure of at least two antidepressant medications from at least two different classes"
    how_met: >-
      Sertraline 200 mg daily for 10 weeks, no response (SSRI); bupropion XL 300 mg daily for 14 weeks, partial
      response, continued (NDRI); escitalopram stopped for documented hyponatremia (SSRI)
    met: true
    evidence: [{file: clinical/psychiatry-note-2026-11-02.txt, page: 1}, {file: clinical/lab-report-2026-04-14.txt, page: 1}]
  - criterion: "3. An adequate course of evidence-based psychotherapy"
    how_met: 16 sessions of cognitive behavioral therapy, 04/2026-10/2026
    met: true
    evidence: {file: clinical/therapy-summary-2026-10-28.txt, page: 1}
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions
  summary: >-
    A standard course of TMS for severe recurrent major depression after two failed antidepressant trials from two
    classes, a third stopped for hyponatremia, and a course of CBT.
  plan: >-
    36 sessions over 9 weeks (30 daily sessions, then a 6-session taper); PHQ-9 every week; stop if no 20% fall by
    session 20.
  alongside: bupropion XL 300 mg daily
clinical:
  severity: PHQ-9 22 on 11/02/2026
  severity_date: 2026-11-02
  suicidality: passive
  suicidality_date: 2026-11-02
  episode_onset: 2025-12
  treating_since: 2025-12-15
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-12
      end: 2026-03
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks at 200 mg (PHQ-9 24 to 23); stopped
      evidence: {file: clinical/psychiatry-note-2026-11-02.txt, page: 1}
    - drug: Escitalopram
      dose: 10 mg daily
      start: 2026-03-26
      end: 2026-04-14
      kind: antidepressant
      adequate: false
      failed: true
      outcome: Stopped on day 19 for hyponatremia (sodium 128 mmol/L); intolerance
      evidence: {file: clinical/lab-report-2026-04-14.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2026-07
      ongoing: true
      weeks: 14
      kind: antidepressant
      adequate: true
      failed: true
      response: partial
      outcome: Partial response (PHQ-9 23 to 17 at week 14); continued
      evidence: {file: clinical/psychiatry-note-2026-11-02.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2026-01
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-note-2026-11-02.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: 16 weekly sessions
      start: 2026-04
      end: 2026-10
      kind: psychotherapy
      sessions: 16
      adequate: true
      response: partial
      outcome: Completed 16 sessions; partial benefit
      evidence: {file: clinical/therapy-summary-2026-10-28.txt, page: 1}
author:
  name: Tobias Ferreira-Lund
  relation: patient
provider:
  name: Dr. Sunniva Ekwueme-Hart
  credentials: MD, psychiatrist
  npi: "1482039173"
  address: |-
    Saltillo Road Behavioral Health (FICTIONAL), 4410 Saltillo Road, Suite 2
    Lincoln, NE 68516
  phone: (402) 555-0156
record_dates:
  - {file: clinical/psychiatry-note-2026-11-02.txt, date: 2026-11-02}
  - {file: clinical/lab-report-2026-04-14.txt, date: 2026-04-14}
  - {file: clinical/therapy-summary-2026-10-28.txt, date: 2026-10-28}
bates_prefix: FERREIRALUND
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
{
"denial/prior-authorization-denial-2026-11-20.txt": r'''
PRAIRIE LANTERN HEALTH INSURANCE COMPANY (FICTIONAL)
NOTICE OF ADVERSE BENEFIT DETERMINATION (PRE-SERVICE)          Date of notice: 11/20/2026
Member: Tobias Ferreira-Lund   ID FICT-PLH-40817726   Group: Kestrel Grain Cooperative (FICTIONAL)
Reference: PA-26-1104-5521   Received: 11/05/2026
Requested: TMS, 36 sessions (90867, 90868), diagnosis F33.2
Requesting provider: Dr. Sunniva Ekwueme-Hart, MD, NPI 1482039173

Decision: DENIED - not medically necessary.
Reason: MP-TMS-35 criterion 2 is not met. The records show one adequate antidepressant trial (sertraline).
Escitalopram was taken for less than 6 weeks, and bupropion is still being taken, so neither is a failed trial.
Reviewer: Dr. Alden Vorhees, MD (family medicine).

Your right to appeal: You have 180 days after you receive this notice to appeal. Write to Prairie Lantern Health,
Appeals Unit, PO Box 8812, Omaha, NE 68103, or fax (402) 555-0147. You may ask for the criteria used and for copies
of all documents relevant to your claim, free of charge. After our final decision you may ask for external review.
''',
"clinical/psychiatry-note-2026-11-02.txt": r'''
SALTILLO ROAD BEHAVIORAL HEALTH (FICTIONAL) - PSYCHIATRY FOLLOW-UP
Date of visit: 11/02/2026   Patient: Tobias Ferreira-Lund   DOB 06/21/1983
Clinician: Dr. Sunniva Ekwueme-Hart, MD   Accompanied by his wife, Ingrid Ferreira-Lund, with his permission.

Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2). Current episode since
December 2025. PHQ-9 today 22. Passive wish not to wake up; no plan or intent; no past attempts. Safety plan updated.

Medication history, this episode:
- Sertraline, titrated to 200 mg daily; 10 weeks at 200 mg, 12/2025-03/2026. No response (PHQ-9 24 to 23). Stopped.
- Escitalopram 10 mg daily from 03/26/2026; stopped 04/14/2026 (day 19) for hyponatremia, sodium 128 mmol/L,
  confusion and nausea. Intolerance. Sodium normal (139) two weeks later.
- Bupropion XL 300 mg daily since 07/2026. Partial response: PHQ-9 23 to 17 at week 14 (a 26% reduction), then
  back up to 22 today. Continuing bupropion.
- Trazodone 50 mg at bedtime since 01/2026, for sleep only. Not an antidepressant trial at this dose.
Psychotherapy: CBT, 16 sessions with Marguerite Oyelaran, LIMHP (summary 10/28/2026).
Plan: request TMS, 36 sessions; continue bupropion XL 300 mg during TMS. No seizure history; no metal in the head.
''',
"clinical/lab-report-2026-04-14.txt": r'''
BLUESTEM REGIONAL LABORATORY (FICTIONAL) - CHEMISTRY REPORT
Collected: 04/14/2026   Patient: Tobias Ferreira-Lund   DOB 06/21/1983
Ordering: Dr. Sunniva Ekwueme-Hart, MD
Sodium 128 mmol/L (LOW; reference 135-145)   Potassium 4.1   Creatinine 0.9
Comment (ordering clinician): hyponatremia on escitalopram, started 03/26/2026. Escitalopram stopped today.
''',
"clinical/therapy-summary-2026-10-28.txt": r'''
PSYCHOTHERAPY SUMMARY - Marguerite Oyelaran, LIMHP (FICTIONAL)        Date: 10/28/2026
Client: Tobias Ferreira-Lund   DOB 06/21/1983
Cognitive behavioral therapy, 16 weekly sessions, 04/2026 to 10/2026, all attended.
Partial benefit: better activity scheduling; mood and sleep remain poor. I support the TMS referral.
''',
"other/medical-policy-mp-tms-35-excerpt.txt": r'''
PRAIRIE LANTERN HEALTH (FICTIONAL) - MEDICAL POLICY MP-TMS-35, TRANSCRANIAL MAGNETIC STIMULATION (excerpt)
TMS is medically necessary when all of the following are met:
1. Major depressive disorder, severe, without psychotic features (PHQ-9 of 20 or more).
2. Failure of at least two antidepressant medications from at least two different classes, each at an adequate
dose for at least 6 weeks, or discontinued earlier because of intolerance documented in the record. Failure
includes no response or a partial response (less than a 50% reduction in a standardized score) at an adequate
dose and duration, whether or not the medication is continued.
3. An adequate course of evidence-based psychotherapy.
''',
"other/clinic-fax-cover-2026-11-05.txt": r'''
SALTILLO ROAD BEHAVIORAL HEALTH (FICTIONAL) - FAX COVER SHEET
Date: 11/05/2026   To: Prairie Lantern Health, Utilization Management, fax (402) 555-0149
From: Renata Quill, intake coordinator, phone (402) 555-0156, fax (402) 555-0157
Re: TMS prior authorization, Tobias Ferreira-Lund, 9 pages (note of 11/02/2026, lab of 04/14/2026, CBT summary)
''',
},
r'''
# 01 - Insured employer plan: TMS denied as "one trial"; the plan's own policy counts the continued, partially effective bupropion and the escitalopram stopped for hyponatremia; the patient writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Tobias Ferreira-Lund (DOB 06/21/1983), insured employer plan (Prairie Lantern Health, group Kestrel Grain
  Cooperative, 1,200 employees): ERISA, insured. Pre-service request for **36 TMS sessions** (90867, 90868), F33.2.
- Denied **11/20/2026**, reference **PA-26-1104-5521**, by a family-medicine reviewer: "one adequate trial".
- **Sertraline 200 mg, 10 weeks, no response** (stopped). **Escitalopram 10 mg stopped day 19 for hyponatremia
  (sodium 128 on 04/14/2026)**: intolerance, which MP-TMS-35 counts. **Bupropion XL 300 mg, 14 weeks, partial
  response (PHQ-9 23 to 17, 26%), continued**: the policy's own words count a partial response "whether or not the
  medication is continued". Two classes (SSRI, NDRI): criterion 2 is met.
- **Trazodone 50 mg at bedtime** is for sleep. CBT 16 sessions, partial benefit (criterion 3 met).
- PHQ-9 22 on 11/02/2026; passive death wish, no plan or intent (11/02/2026).
- First internal appeal, pre-service; 180 days (29 CFR 2560.503-1(h)(3)(i)); by **05/19/2027**. The patient writes
  ("I"). Bupropion continues during TMS.

## Deliberately unknown
- Whether the plan's reviewer saw the lab report: the fax cover lists it, nothing shows what the plan logged.
- The start day of the TMS course: not scheduled.
- Whether the plan has a second internal level: the notice does not say.

## Traps
- **Bupropion is continued**: never "stopped" or "discontinued"; it is a partial response counted as failure by the
  policy's words, not "no response".
- **Escitalopram** lasted 19 days: never "6 weeks" or "adequate dose and duration"; it counts as intolerance.
- **Sertraline and escitalopram are the same class**: two SSRIs do not make "two classes"; bupropion is the second.
- **Trazodone 50 mg** is a sleep dose, never an antidepressant trial.
- **Other people:** his wife Ingrid (present at the visit), the therapist Marguerite Oyelaran, the intake coordinator
  Renata Quill: none is the author or a party.
- Suicidality is **passive** only: never "active suicidal ideation", never a plan or attempt.
- Voice: the patient signs: "I", never "Mr. Ferreira-Lund has failed".

## Arguments a strong letter makes
Strongest first.
1. Criterion 2 is met under MP-TMS-35's own words: sertraline (no response, 10 weeks at 200 mg) and bupropion XL
   (partial response at 300 mg for 14 weeks, counted "whether or not the medication is continued") are two failures
   from two classes; escitalopram, stopped for documented hyponatremia, is a third trial the policy counts.
2. Correct the notice's two misstatements with their exhibits (policy excerpt; note of 11/02/2026; lab of 04/14/2026).
3. Criteria 1 and 3 met (PHQ-9 22; 16 CBT sessions). Ask for a reviewer in psychiatry (the reviewer is family
   medicine), the criteria and claim file, and the peer-to-peer; external review after the final decision.

## What a letter must NOT say
- "stopped bupropion", "discontinued bupropion", "bupropion failed with no response".
- "escitalopram for 6 weeks", "two SSRIs from two classes".
- trazodone as a failed antidepressant trial.
- "active suicidal ideation", "suicide attempt".
- "Ingrid Ferreira-Lund" as author; "Renata Quill"; "Medicaid"; "Medicare".
''',
[
("Notice date", "Date of notice: 11/20/2026", "denial/prior-authorization-denial-2026-11-20.txt"),
("Reference number", "PA-26-1104-5521", "denial/prior-authorization-denial-2026-11-20.txt"),
("Reviewer specialty", "Dr. Alden Vorhees, MD (family medicine)", "denial/prior-authorization-denial-2026-11-20.txt"),
("Sessions requested", "TMS, 36 sessions (90867, 90868)", "denial/prior-authorization-denial-2026-11-20.txt"),
("Sertraline outcome", "No response (PHQ-9 24 to 23). Stopped.", "clinical/psychiatry-note-2026-11-02.txt"),
("Why escitalopram stopped", "stopped 04/14/2026 (day 19) for hyponatremia, sodium 128 mmol/L", "clinical/psychiatry-note-2026-11-02.txt"),
("Sodium value", "Sodium 128 mmol/L (LOW; reference 135-145)", "clinical/lab-report-2026-04-14.txt"),
("Bupropion response", "PHQ-9 23 to 17 at week 14 (a 26% reduction)", "clinical/psychiatry-note-2026-11-02.txt"),
("Is bupropion continued", "Continuing bupropion.", "clinical/psychiatry-note-2026-11-02.txt"),
("Trazodone purpose", "Trazodone 50 mg at bedtime since 01/2026, for sleep only", "clinical/psychiatry-note-2026-11-02.txt"),
("Current PHQ-9", "PHQ-9 today 22", "clinical/psychiatry-note-2026-11-02.txt"),
("Suicidality", "Passive wish not to wake up; no plan or intent", "clinical/psychiatry-note-2026-11-02.txt"),
("Policy words on partial response", "whether or not the medication is continued", "other/medical-policy-mp-tms-35-excerpt.txt"),
("CBT sessions", "16 weekly sessions, 04/2026 to 10/2026", "clinical/therapy-summary-2026-10-28.txt"),
("Fax sender", "From: Renata Quill, intake coordinator", "other/clinic-fax-cover-2026-11-05.txt"),
("Appeal deadline", "appeal_deadline: 2027-05-19", "case.yaml"),
])
# ---------------------------------------------------------------- case 02
case("02", "part-d-pdp-pregabalin-er-step-gabapentin-discount-card-trial-falls-not-sleep-dose-redetermination-daughter",
r'''
# FICTIONAL CASE (set 89, case 02) - every person, plan, provider, number and address is invented.
# Stand-alone Part D PDP, Wyoming. Step therapy ST-NP-8 for pregabalin extended-release: "claims show gabapentin
# 300 mg once daily only". The plan paid only the first fill; the titrated trial (900 mg three times a day, 9 weeks)
# was paid with a discount card and stopped for two falls and ankle edema. A 2023 gabapentin 300 mg at bedtime was a
# sleep dose from another prescriber. The daughter appeals with a CMS-1696 appointment.
patient:
  name: Eulalia Brandvold
  salutation: Mrs. Brandvold
  date_of_birth: 1948-02-11
  member_id: FICT-SSR-71920384
  address: |-
    615 Cottonwood Drive
    Casper, WY 82601
  phone: (307) 555-0121
insurer:
  name: Sagebrush Senior Rx (PDP) (FICTIONAL)
  appeals_address: |-
    Sagebrush Senior Rx, Part D Redeterminations (FICTIONAL)
    PO Box 3307
    Cheyenne, WY 82003
  fax: 1-888-555-0166
claim:
  number: CD-26-1119-60412
  plan_type: medicare_part_d
  notice_date: 2026-11-24
  appeal_deadline: 2027-01-28
  deadline_basis: >-
    Coverage determination notice of 11/24/2026: "You must ask for a redetermination within 65 days from the date of
    this notice." 65 days from the notice date (42 CFR 423.582(b)).
  diagnosis_codes: [E11.42, G62.9]
  denial_reason: >-
    Step therapy ST-NP-8 not met. Pregabalin extended-release requires a trial of gabapentin at 1,200 mg per day or
    more for at least 4 weeks in the past 365 days. Our claims show gabapentin 300 mg once daily only (09/18/2025).
    Your prescriber did not show that gabapentin was tried at the required dose or could not be taken.
  denial_category: step_therapy
  action: none
  corrections:
    - said: Our claims show gabapentin 300 mg once daily only (09/18/2025).
      leaves_out: true
      record: >-
        The plan paid only the first fill of the titration. Gabapentin was raised to 900 mg three times a day
        (2,700 mg per day) and taken for 9 weeks, 10/20/2025-12/22/2025, filled with a discount card, and stopped for
        two falls and ankle edema.
      file: [clinical/primary-care-note-2025-12-22.txt, other/discount-card-pharmacy-history.txt]
      page: 1
    - said: Your prescriber did not show that gabapentin was tried at the required dose or could not be taken.
      record: >-
        The prescriber's supporting statement of 12/01/2026 states the dose, the weeks and the falls and edema that
        ended the trial.
      file: other/prescriber-supporting-statement-2026-12-01.txt
      page: 1
plan_policy:
  name: Sagebrush Senior Rx 2026 Step Therapy Criteria ST-NP-8 (pregabalin extended-release)
  number: ST-NP-8
  quote: >-
    Pregabalin extended-release: the member must have tried gabapentin at 1,200 mg per day or more for at least 4
    weeks in the past 365 days, or have a documented intolerance or contraindication to gabapentin.
  file: other/step-therapy-st-np-8-excerpt.txt
payer_criteria:
  - criterion: >-
      Tried gabapentin at 1,200 mg per day or more for at least 4 weeks in the past 365 days, or a documented
      intolerance or contraindication to gabapentin
    how_met: >-
      Gabapentin 2,700 mg per day for 9 weeks, 10/20/2025-12/22/2025 (discount-card fills), stopped for two falls
      and ankle edema: both the dose-and-duration arm and the intolerance arm are met
    met: true
    evidence: [{file: clinical/primary-care-note-2025-12-22.txt, page: 1}, {file: other/discount-card-pharmacy-history.txt, page: 1}]
prescriber_statement:
  date: 2026-12-01
  quote: >-
    Mrs. Brandvold took gabapentin 900 mg three times a day (2,700 mg per day) for 9 weeks, from 10/20/2025 to
    12/22/2025. It was stopped because she fell twice and had ankle edema. Requiring another gabapentin trial would
    put her at risk of another fall.
  file: other/prescriber-supporting-statement-2026-12-01.txt
treatment:
  name: Pregabalin extended-release 165 mg once daily after the evening meal
  summary: >-
    Once-daily pregabalin for painful diabetic neuropathy, after gabapentin at 2,700 mg per day for 9 weeks was
    stopped for falls and edema.
  plan: Pregabalin ER 165 mg once daily after the evening meal; renal function checked every 6 months (eGFR 52).
clinical:
  severity: Pain 7/10 on the numeric rating scale on 11/10/2026
  severity_date: 2026-11-10
  suicidality: none
  suicidality_date: 2026-11-10
  history:
    - drug: Gabapentin
      dose: 300 mg at bedtime for sleep (another prescriber)
      start: 2023-02
      end: 2023-08
      kind: other
      outcome: Sleep dose from a former physician; not a trial for neuropathic pain
      evidence: {file: clinical/primary-care-note-2025-12-22.txt, page: 1}
    - drug: Gabapentin
      dose: titrated to 900 mg three times a day (2,700 mg per day)
      start: 2025-09-18
      end: 2025-12-22
      weeks: 9
      kind: other
      adequate: true
      failed: true
      paid_outside: discount card
      outcome: 9 weeks at 2,700 mg per day; stopped for two falls and ankle edema (intolerance)
      evidence: {file: clinical/primary-care-note-2025-12-22.txt, page: 1}
    - drug: Duloxetine
      dose: 30 mg daily
      start: 2026-01-12
      end: 2026-02-02
      kind: other
      failed: true
      outcome: Stopped after 3 weeks for nausea and dizziness (intolerance)
      evidence: {file: clinical/pain-follow-up-2026-11-10.txt, page: 1}
    - drug: Pregabalin immediate-release
      dose: 75 mg twice daily
      start: 2026-03
      ongoing: true
      kind: other
      response: partial
      outcome: Partial relief (pain 8 to 5) when doses are taken; evening doses often missed; continued until the ER form is covered
      evidence: {file: clinical/pain-follow-up-2026-11-10.txt, page: 1}
author:
  name: Signe Brandvold-Ruiz
  role: daughter and appointed representative (form CMS-1696)
  relation: representative
  address: |-
    88 Elkhorn Court
    Casper, WY 82604
  phone: (307) 555-0129
  authorization: other/appointment-of-representative-cms-1696.txt
provider:
  name: Dr. Halvard Penwright
  credentials: MD, internal medicine
  npi: "1567302843"
  address: |-
    North Platte Internal Medicine (FICTIONAL), 1200 E 2nd Street
    Casper, WY 82601
  phone: (307) 555-0133
record_dates:
  - {file: clinical/primary-care-note-2025-12-22.txt, date: 2025-12-22}
  - {file: clinical/pain-follow-up-2026-11-10.txt, date: 2026-11-10}
  - {file: other/prescriber-supporting-statement-2026-12-01.txt, date: 2026-12-01}
bates_prefix: BRANDVOLD
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
{
"denial/coverage-determination-denial-2026-11-24.txt": r'''
SAGEBRUSH SENIOR RX (PDP) (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
Date of notice: 11/24/2026   Member: Eulalia Brandvold   Member ID FICT-SSR-71920384
Request: CD-26-1119-60412   Drug: pregabalin extended-release 165 mg tablet, 30 per 30 days
Prescriber: Dr. Halvard Penwright, MD

We denied this request. Step therapy ST-NP-8 not met. Pregabalin extended-release requires a trial of gabapentin at
1,200 mg per day or more for at least 4 weeks in the past 365 days. Our claims show gabapentin 300 mg once daily only
(09/18/2025). Your prescriber did not show that gabapentin was tried at the required dose or could not be taken.

You must ask for a redetermination within 65 days from the date of this notice. Your prescriber may ask for an
exception on your behalf. Send to Sagebrush Senior Rx, Part D Redeterminations, PO Box 3307, Cheyenne, WY 82003, fax
1-888-555-0166. If your health could be seriously harmed by waiting, ask for a fast (expedited) decision.
''',
"clinical/primary-care-note-2025-12-22.txt": r'''
NORTH PLATTE INTERNAL MEDICINE (FICTIONAL) - OFFICE NOTE     Date: 12/22/2025
Patient: Eulalia Brandvold   DOB 02/11/1948   Clinician: Dr. Halvard Penwright, MD
Painful diabetic polyneuropathy, both feet. Gabapentin started 09/18/2025 at 300 mg daily, titrated to 900 mg three
times a day (2,700 mg per day) from 10/20/2025: 9 weeks at that dose. Two falls at home (11/30 and 12/19/2025),
bilateral ankle edema. Gabapentin stopped today: intolerance. Her pharmacy fills were on a discount card (lower cash
price than her plan copay).
Past: gabapentin 300 mg at bedtime 02/2023-08/2023 prescribed by her former physician for sleep; not used for pain.
eGFR 52. Accompanied by her daughter Signe.
''',
"clinical/pain-follow-up-2026-11-10.txt": r'''
NORTH PLATTE INTERNAL MEDICINE (FICTIONAL) - FOLLOW-UP     Date: 11/10/2026
Patient: Eulalia Brandvold   Clinician: Dr. Halvard Penwright, MD
Pain 7/10 today (numeric rating scale). Duloxetine 30 mg daily 01/12/2026-02/02/2026: stopped after 3 weeks for
nausea and dizziness. Pregabalin immediate-release 75 mg twice daily since 03/2026: partial relief, pain 8 to 5 when
taken, but evening doses are often missed (lives alone; daughter visits evenings on weekdays only).
Plan: pregabalin extended-release 165 mg once daily after the evening meal. Not depressed; denies thoughts of
self-harm. Amitriptyline avoided: age and orthostatic dizziness.
''',
"other/discount-card-pharmacy-history.txt": r'''
HIGH PLAINS PHARMACY (FICTIONAL) - PRESCRIPTION HISTORY, HOUSEHOLD ACCOUNT   Printed 11/28/2026
Patient: Eulalia Brandvold
09/18/2025 gabapentin 300 mg cap #30   billed to Sagebrush Senior Rx
10/01/2025 gabapentin 300 mg cap #90   discount card SAVERX-FICT
10/20/2025 gabapentin 300 mg cap #270  discount card SAVERX-FICT (900 mg three times a day)
11/19/2025 gabapentin 300 mg cap #270  discount card SAVERX-FICT
Patient: Arne Brandvold (same household)
10/02/2025 atorvastatin 20 mg #30      billed to his own plan
''',
"other/prescriber-supporting-statement-2026-12-01.txt": r'''
PRESCRIBER SUPPORTING STATEMENT - EXCEPTION REQUEST        Date: 12/01/2026
Patient: Eulalia Brandvold   Drug: pregabalin extended-release 165 mg once daily
Prescriber: Dr. Halvard Penwright, MD, NPI 1567302843, phone (307) 555-0133
Mrs. Brandvold took gabapentin 900 mg three times a day (2,700 mg per day) for 9 weeks, from 10/20/2025 to
12/22/2025. It was stopped because she fell twice and had ankle edema. Requiring another gabapentin trial would
put her at risk of another fall.
''',
"other/step-therapy-st-np-8-excerpt.txt": r'''
SAGEBRUSH SENIOR RX 2026 STEP THERAPY CRITERIA (FICTIONAL) - ST-NP-8
Pregabalin extended-release: the member must have tried gabapentin at 1,200 mg per day or more for at least 4
weeks in the past 365 days, or have a documented intolerance or contraindication to gabapentin.
''',
"other/appointment-of-representative-cms-1696.txt": r'''
APPOINTMENT OF REPRESENTATIVE (form CMS-1696, fictional rendition)
I, Eulalia Brandvold, Medicare member of Sagebrush Senior Rx, appoint my daughter Signe Brandvold-Ruiz,
88 Elkhorn Court, Casper, WY 82604, (307) 555-0129, to act for me in my Part D appeals.
Signed: Eulalia Brandvold, 11/30/2026.   Accepted: Signe Brandvold-Ruiz, 11/30/2026.
''',
},
r'''
# 02 - Part D PDP: pregabalin ER step denied on "gabapentin 300 mg only"; the real trial (2,700 mg/day, 9 weeks) was on a discount card and ended by falls; the daughter appeals (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Eulalia Brandvold (DOB 02/11/1948), stand-alone Part D plan Sagebrush Senior Rx. Request **CD-26-1119-60412** for
  pregabalin ER 165 mg once daily, painful diabetic neuropathy (E11.42); denied **11/24/2026** under ST-NP-8.
- ST-NP-8 is met **two ways**: gabapentin **2,700 mg per day for 9 weeks** (10/20/2025-12/22/2025, within 365 days of
  the request) and a **documented intolerance** (two falls, ankle edema). The plan paid only the first fill
  (09/18/2025, 300 mg #30); the rest was paid with a **discount card**.
- **2023 gabapentin 300 mg at bedtime** was a sleep dose from a former physician: not a pain trial.
- Duloxetine 30 mg stopped after 3 weeks (nausea, dizziness). Pregabalin IR 75 mg twice daily **continues** with
  partial relief; evening doses missed.
- Prescriber's supporting statement dated **12/01/2026** (42 CFR 423.578(b) exception ground).
- Standard redetermination; **65 days from the notice (423.582(b)): by 01/28/2027**. Daughter **Signe
  Brandvold-Ruiz** appointed on form CMS-1696 (11/30/2026).

## Deliberately unknown
- Whether the prescriber asked for an expedited decision: not stated; nothing says waiting would seriously harm her.
- The plan's tier for pregabalin ER and her cost: not in the case.
- Whether the plan's 365 days count from the request or the notice: both dates reach the trial.

## Traps
- **Sleep dose** of 2023 is not the trial and not "300 mg once daily" of the claims.
- **Paid outside the plan**: the trial happened even though the plan's claims do not show it.
- **Pregabalin IR continues** (partial relief): never "failed" or "stopped"; ER is the same drug in a once-daily form.
- **Duloxetine** is an intolerance, 3 weeks: never "adequate trial".
- **Other person on a document:** Arne Brandvold on the pharmacy printout, another person's fill.
- Not depression: no suicidality argument; no "treatment-resistant depression".
- Part D: never ERISA, external review under 45 CFR 147.136, or "60 days after receipt".

## Arguments a strong letter makes
Strongest first.
1. ST-NP-8 is met as written: 2,700 mg per day for 9 weeks within 365 days, and a documented intolerance, with the
   pharmacy history showing the discount-card fills the plan's claims do not show.
2. In the alternative, a coverage exception on the prescriber's statement (42 CFR 423.578(b)): another gabapentin
   trial would risk another fall.
3. Correct the notice: its claims line leaves out the titration; the prescriber did state dose and intolerance.

## What a letter must NOT say
- "gabapentin 300 mg at bedtime" as the trial; "never tried gabapentin".
- "pregabalin failed", "stopped pregabalin".
- "duloxetine adequate trial".
- "Arne Brandvold"; "depression"; "suicidal".
- "ERISA"; "45 CFR 147.136"; "60 days after receipt".
''',
[
("Notice date", "Date of notice: 11/24/2026", "denial/coverage-determination-denial-2026-11-24.txt"),
("Request number", "CD-26-1119-60412", "denial/coverage-determination-denial-2026-11-24.txt"),
("Claims the plan cites", "Our claims show gabapentin 300 mg once daily only (09/18/2025)", "denial/coverage-determination-denial-2026-11-24.txt"),
("Redetermination window", "within 65 days from the date of this notice", "denial/coverage-determination-denial-2026-11-24.txt"),
("Gabapentin dose reached", "900 mg three times a day (2,700 mg per day)", "clinical/primary-care-note-2025-12-22.txt"),
("Weeks at that dose", "9 weeks at that dose", "clinical/primary-care-note-2025-12-22.txt"),
("Why gabapentin stopped", "Two falls at home (11/30 and 12/19/2025)", "clinical/primary-care-note-2025-12-22.txt"),
("How fills were paid", "discount card SAVERX-FICT (900 mg three times a day)", "other/discount-card-pharmacy-history.txt"),
("2023 gabapentin purpose", "prescribed by her former physician for sleep", "clinical/primary-care-note-2025-12-22.txt"),
("Duloxetine", "stopped after 3 weeks for nausea and dizziness", "clinical/pain-follow-up-2026-11-10.txt"),
("Pregabalin IR response", "partial relief, pain 8 to 5 when taken", "clinical/pain-follow-up-2026-11-10.txt"),
("Current pain", "Pain 7/10 today", "clinical/pain-follow-up-2026-11-10.txt"),
("Statement date", "Date: 12/01/2026", "other/prescriber-supporting-statement-2026-12-01.txt"),
("Other household member", "Patient: Arne Brandvold (same household)", "other/discount-card-pharmacy-history.txt"),
("Step criterion alternative", "or have a documented intolerance or contraindication to gabapentin", "other/step-therapy-st-np-8-excerpt.txt"),
("Representative", "appoint my daughter Signe Brandvold-Ruiz", "other/appointment-of-representative-cms-1696.txt"),
])
# ---------------------------------------------------------------- case 03
case("03", "medicaid-mco-teen-ocd-erp-iop-ssri-said-untried-fluoxetine-ongoing-clomipramine-qtc-epsdt-mother",
r'''
# FICTIONAL CASE (set 89, case 03) - every person, plan, provider, number and address is invented.
# Medicaid managed care, North Carolina, member aged 15. Pre-service exposure and response prevention (ERP)
# intensive outpatient program denied: "no adequate SRI trial; outpatient therapy not tried". Record: fluoxetine
# 60 mg 36 weeks partial response (continued), sertraline 150 mg 10 weeks no response, clomipramine not given
# (QTc 476 ms), aripiprazole 2 mg augmentation stopped at 5 weeks for akathisia, 20 outpatient ERP sessions.
patient:
  name: Chidera Achterberg-Nwosu
  salutation: Chidera
  date_of_birth: 2011-04-09
  member_id: FICT-PBM-30587164
  address: |-
    47 Longleaf Circle
    Greensboro, NC 27405
  phone: (336) 555-0117
insurer:
  name: Piedmont Bridges Health Plan (Medicaid managed care) (FICTIONAL)
  appeals_address: |-
    Piedmont Bridges Health Plan, Member Appeals (FICTIONAL)
    PO Box 20418
    Raleigh, NC 27619
  fax: (919) 555-0183
claim:
  number: UM-26-1123-77815
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-30
  appeal_deadline: 2027-01-29
  deadline_basis: >-
    Notice of 11/30/2026: "You have 60 days from the date of this notice to ask for an appeal." (42 CFR 438.402(c)(2)(ii))
  diagnosis_codes: [F42.2]
  procedure_codes: [S9480]
  setting: intensive_outpatient
  denial_reason: >-
    BH-IOP-OCD-2 criteria 3 and 4 are not met. The member has not had an adequate trial of a serotonin reuptake
    inhibitor. Outpatient therapy at a lower level of care has not been tried.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity, level_of_care]
  reviewer: {name: "Dr. Wendell Ashgrove", specialty: internal medicine}
  action: none
  corrections:
    - said: The member has not had an adequate trial of a serotonin reuptake inhibitor.
      record: >-
        Sertraline 150 mg daily for 10 weeks (no response, stopped) and fluoxetine 60 mg daily for 36 weeks (partial
        response, CY-BOCS 34 to 27, continued); clomipramine was not given because of a QTc of 476 ms.
      file: [clinical/child-psychiatry-note-2026-11-18.txt, clinical/ecg-report-2026-06-03.txt]
      page: 1
    - said: Outpatient therapy at a lower level of care has not been tried.
      record: >-
        20 weekly outpatient ERP sessions, 05/2026-10/2026, with partial benefit; CY-BOCS 31 after them.
      file: clinical/outpatient-erp-summary-2026-11-12.txt
      page: 1
plan_policy:
  name: Piedmont Bridges Behavioral Health Criteria BH-IOP-OCD-2, Intensive Outpatient ERP for OCD
  number: BH-IOP-OCD-2
  quote: >-
    3. At least one adequate trial (8 weeks or more at a therapeutic dose) of a serotonin reuptake inhibitor, or a
    documented contraindication. 4. Outpatient cognitive behavioral therapy with exposure and response prevention of
    at least 12 sessions without adequate improvement.
  file: other/bh-iop-ocd-2-criteria-excerpt.txt
payer_criteria:
  - criterion: "3. At least one adequate trial (8 weeks or more at a therapeutic dose) of a serotonin reuptake inhibitor"
    how_met: Sertraline 150 mg daily 10 weeks, no response; fluoxetine 60 mg daily 36 weeks, partial response, continued
    met: true
    evidence: {file: clinical/child-psychiatry-note-2026-11-18.txt, page: 1}
  - criterion: "4. Outpatient CBT with exposure and response prevention of at least 12 sessions without adequate improvement"
    how_met: 20 outpatient ERP sessions 05/2026-10/2026; CY-BOCS 31 after them
    met: true
    evidence: {file: clinical/outpatient-erp-summary-2026-11-12.txt, page: 1}
treatment:
  name: Intensive outpatient exposure and response prevention program (S9480), 3 hours a day, 4 days a week
  summary: >-
    An ERP intensive outpatient program for severe OCD in a 15-year-old after two SRI trials, a failed antipsychotic
    augmentation and 20 outpatient ERP sessions.
  plan: 4 days a week, 3 hours a day, for 8 weeks; CY-BOCS every 2 weeks; family sessions weekly.
  alongside: fluoxetine 60 mg daily
clinical:
  severity: CY-BOCS 31 on 11/18/2026 (severe)
  severity_date: 2026-11-18
  suicidality: none
  suicidality_date: 2026-11-18
  treating_since: 2025-01-14
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-01
      end: 2025-04
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks at 150 mg; stopped
      evidence: {file: clinical/child-psychiatry-note-2026-11-18.txt, page: 1}
    - drug: Fluoxetine
      dose: 60 mg daily
      start: 2026-03
      ongoing: true
      weeks: 36
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response (CY-BOCS 34 to 27); continued
      evidence: {file: clinical/child-psychiatry-note-2026-11-18.txt, page: 1}
    - drug: Aripiprazole
      dose: 2 mg daily (augmentation)
      start: 2026-08
      end: 2026-09
      weeks: 5
      kind: augmentation
      adequate: false
      failed: true
      outcome: Stopped at 5 weeks for akathisia (intolerance)
      evidence: {file: clinical/child-psychiatry-note-2026-11-18.txt, page: 1}
    - drug: Outpatient exposure and response prevention
      dose: 20 weekly sessions
      start: 2026-05
      end: 2026-10
      kind: psychotherapy
      sessions: 20
      adequate: true
      response: partial
      outcome: Partial benefit; CY-BOCS 31 after 20 sessions
      evidence: {file: clinical/outpatient-erp-summary-2026-11-12.txt, page: 1}
alternatives:
  - level: outpatient
    name: Weekly outpatient ERP (Talia Brennock-Vance, LCSW)
    why_not: >-
      Tried: 20 weekly sessions, 05/2026-10/2026, partial benefit only; CY-BOCS 31 and rituals 4 hours a day after
      them, and the therapist recommends the intensive outpatient program.
    proof: clinical/outpatient-erp-summary-2026-11-12.txt
impact:
  work: Missed 23 school days this semester (school attendance letter of 11/20/2026).
author:
  name: Rosalind Achterberg-Nwosu
  role: mother
  relation: parent
  address: |-
    47 Longleaf Circle
    Greensboro, NC 27405
  phone: (336) 555-0117
provider:
  name: Dr. Obadiah Fenwick-Sato
  credentials: MD, child and adolescent psychiatrist
  npi: "1729403653"
  address: |-
    Haw River Child Psychiatry (FICTIONAL), 900 Battleground Avenue
    Greensboro, NC 27408
  phone: (336) 555-0162
record_dates:
  - {file: clinical/child-psychiatry-note-2026-11-18.txt, date: 2026-11-18}
  - {file: clinical/ecg-report-2026-06-03.txt, date: 2026-06-03}
  - {file: clinical/outpatient-erp-summary-2026-11-12.txt, date: 2026-11-12}
bates_prefix: ACHTERBERGNWOSU
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
{
"denial/notice-of-adverse-benefit-determination-2026-11-30.txt": r'''
PIEDMONT BRIDGES HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date of notice: 11/30/2026   Member: Chidera Achterberg-Nwosu (age 15)   Medicaid ID FICT-PBM-30587164
Reference: UM-26-1123-77815   Service: intensive outpatient ERP program (S9480), F42.2
Decision: DENIED. BH-IOP-OCD-2 criteria 3 and 4 are not met. The member has not had an adequate trial of a
serotonin reuptake inhibitor. Outpatient therapy at a lower level of care has not been tried.
Reviewer: Dr. Wendell Ashgrove, MD (internal medicine).
You have 60 days from the date of this notice to ask for an appeal. You may appeal by phone or in writing:
Member Appeals, PO Box 20418, Raleigh, NC 27619, fax (919) 555-0183. After our appeal decision you may ask for a State
Fair Hearing. Members under 21 are entitled to medically necessary services under EPSDT.
''',
"clinical/child-psychiatry-note-2026-11-18.txt": r'''
HAW RIVER CHILD PSYCHIATRY (FICTIONAL) - PROGRESS NOTE       Date: 11/18/2026
Patient: Chidera Achterberg-Nwosu, age 15 (DOB 04/09/2011)   Psychiatrist: Dr. Obadiah Fenwick-Sato, MD
Present: mother (Rosalind Achterberg-Nwosu); younger brother Emeka waited outside.
OCD with good insight (F42.2). CY-BOCS today 31 (severe). Contamination and checking rituals 4-5 hours a day.
No suicidal ideation; no self-harm.
Medications:
- Sertraline 150 mg daily, 10 weeks, 01/2025-04/2025: no response. Stopped.
- Fluoxetine since 03/2026, 60 mg daily, 36 weeks: partial response (CY-BOCS 34 to 27), since worse. Continue.
- Aripiprazole 2 mg augmentation 08/2026-09/2026: akathisia; stopped at 5 weeks.
- Clomipramine: not started. ECG 06/03/2026 QTc 476 ms; contraindicated.
Outpatient ERP, 20 sessions with Talia Brennock-Vance, LCSW: partial benefit only.
Plan: ERP intensive outpatient program, 4 days a week, 3 hours a day, 8 weeks. Continue fluoxetine 60 mg.
''',
"clinical/ecg-report-2026-06-03.txt": r'''
GREENSBORO PEDIATRIC CARDIOLOGY (FICTIONAL) - 12-LEAD ECG
Date: 06/03/2026   Patient: Chidera Achterberg-Nwosu   DOB 04/09/2011
Sinus rhythm, rate 74. QTc 476 ms (prolonged for age and sex). Read by: Dr. Imelda Rusk-Oyama, MD.
Comment: avoid medicines that prolong the QT interval where alternatives exist.
''',
"clinical/outpatient-erp-summary-2026-11-12.txt": r'''
OUTPATIENT THERAPY SUMMARY - Talia Brennock-Vance, LCSW (FICTIONAL)      Date: 11/12/2026
Client: Chidera Achterberg-Nwosu, age 15
Cognitive behavioral therapy with exposure and response prevention, 20 weekly sessions, 05/2026-10/2026.
Partial benefit: hierarchy items 1-4 completed; rituals still 4 hours a day. CY-BOCS 31 at session 20.
Recommend a higher level of care (ERP intensive outpatient).
''',
"other/bh-iop-ocd-2-criteria-excerpt.txt": r'''
PIEDMONT BRIDGES HEALTH PLAN (FICTIONAL) - BEHAVIORAL HEALTH CRITERIA BH-IOP-OCD-2 (excerpt)
Intensive outpatient ERP for OCD is medically necessary when:
1. OCD is diagnosed and the CY-BOCS or Y-BOCS is 24 or more.
2. Symptoms impair school, work or family function.
3. At least one adequate trial (8 weeks or more at a therapeutic dose) of a serotonin reuptake inhibitor, or a
documented contraindication. 4. Outpatient cognitive behavioral therapy with exposure and response prevention of
at least 12 sessions without adequate improvement.
''',
"other/school-attendance-letter-2026-11-20.txt": r'''
GUILFORD RIDGE HIGH SCHOOL (FICTIONAL) - ATTENDANCE LETTER        Date: 11/20/2026
To the parent of Chidera Achterberg-Nwosu, grade 10.
Chidera has missed 23 school days this semester (08/26/2026 to 11/20/2026). School counselor: Mr. Pablo Iredale.
''',
},
r'''
# 03 - Medicaid managed care: a 15-year-old's ERP intensive outpatient program denied as "no SRI trial; outpatient not tried"; two SRI trials, a QTc contraindication and 20 ERP sessions; the mother appeals (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Chidera Achterberg-Nwosu, **15** (DOB 04/09/2011), Medicaid managed care (Piedmont Bridges, North Carolina).
  Pre-service ERP IOP (S9480) for OCD (F42.2), denied **11/30/2026**, reference **UM-26-1123-77815**, by an
  internal-medicine reviewer.
- **Sertraline 150 mg, 10 weeks, no response** (stopped). **Fluoxetine 60 mg, 36 weeks, partial response
  (CY-BOCS 34 to 27), continued.** Criterion 3 is met twice over.
- **Clomipramine never given**: QTc 476 ms (ECG 06/03/2026): a contraindication, not a trial.
- **Aripiprazole 2 mg augmentation** stopped at 5 weeks for akathisia: intolerance, not an adequate trial.
- **20 outpatient ERP sessions** (criterion 4 asks 12), partial benefit; CY-BOCS 31 on 11/18/2026. No suicidal
  ideation. 23 school days missed.
- Plan appeal within **60 days: by 01/29/2027** (438.402(c)(2)(ii)); then a State Fair Hearing within 120 days of the
  plan's resolution (438.408(f)(2)). Under 21: **EPSDT, 42 USC 1396d(r)(5)**. The mother writes as parent.

## Deliberately unknown
- The IOP's start date and whether a place is held: not stated.
- Whether the plan sent the criteria it used beyond the excerpt: not in the case.
- Whether the family wants an expedited appeal: nothing says waiting would seriously jeopardize health.

## Traps
- **Fluoxetine continues**: never "failed and stopped"; partial response.
- **Clomipramine** is a contraindication (QTc), never a "failed trial".
- **Aripiprazole** is an augmentation stopped for akathisia, not an SRI trial and not adequate.
- **ERP is psychotherapy** (sessions), never in an antidepressant count or judged by weeks.
- **Other people:** brother Emeka, the therapist Talia Brennock-Vance, the ECG reader Dr. Imelda Rusk-Oyama,
  the school counselor Mr. Pablo Iredale.
- No suicidal ideation: no harm paragraph about suicide. Not an adult: EPSDT applies.
- Medicaid: no ERISA, no "name and qualifications" as a duty, no "state sets between 90 and 120".

## Arguments a strong letter makes
Strongest first.
1. Criterion 3 is met (sertraline 10 weeks no response; fluoxetine 36 weeks partial response) and criterion 4 is
   met (20 ERP sessions, CY-BOCS 31); clomipramine is contraindicated by QTc 476 ms.
2. Correct the notice's two statements with their exhibits.
3. EPSDT: for a member under 21, Medicaid covers care necessary to correct or ameliorate a condition (42 USC
   1396d(r)(5)); ask for a child and adolescent psychiatrist as reviewer; then the State Fair Hearing.

## What a letter must NOT say
- "stopped fluoxetine", "fluoxetine failed with no response".
- "clomipramine trial", "failed clomipramine".
- "suicidal ideation" as present.
- "Emeka", "Pablo Iredale" as parties; "ERISA"; "between 90 and 120".
''',
[
("Notice date", "Date of notice: 11/30/2026", "denial/notice-of-adverse-benefit-determination-2026-11-30.txt"),
("Reference", "UM-26-1123-77815", "denial/notice-of-adverse-benefit-determination-2026-11-30.txt"),
("Reviewer specialty", "Dr. Wendell Ashgrove, MD (internal medicine)", "denial/notice-of-adverse-benefit-determination-2026-11-30.txt"),
("Appeal window", "60 days from the date of this notice", "denial/notice-of-adverse-benefit-determination-2026-11-30.txt"),
("Member age", "age 15 (DOB 04/09/2011)", "clinical/child-psychiatry-note-2026-11-18.txt"),
("CY-BOCS current", "CY-BOCS today 31 (severe)", "clinical/child-psychiatry-note-2026-11-18.txt"),
("Sertraline", "Sertraline 150 mg daily, 10 weeks, 01/2025-04/2025: no response. Stopped.", "clinical/child-psychiatry-note-2026-11-18.txt"),
("Fluoxetine", "partial response (CY-BOCS 34 to 27)", "clinical/child-psychiatry-note-2026-11-18.txt"),
("Fluoxetine continues", "Continue fluoxetine 60 mg.", "clinical/child-psychiatry-note-2026-11-18.txt"),
("Aripiprazole", "akathisia; stopped at 5 weeks", "clinical/child-psychiatry-note-2026-11-18.txt"),
("QTc", "QTc 476 ms (prolonged for age and sex)", "clinical/ecg-report-2026-06-03.txt"),
("ERP sessions", "20 weekly sessions, 05/2026-10/2026", "clinical/outpatient-erp-summary-2026-11-12.txt"),
("Suicidality", "No suicidal ideation; no self-harm.", "clinical/child-psychiatry-note-2026-11-18.txt"),
("School days missed", "missed 23 school days this semester", "other/school-attendance-letter-2026-11-20.txt"),
("Criterion 4 threshold", "at least 12 sessions without adequate improvement", "other/bh-iop-ocd-2-criteria-excerpt.txt"),
("EPSDT on notice", "Members under 21 are entitled to medically necessary services under EPSDT.", "denial/notice-of-adverse-benefit-determination-2026-11-30.txt"),
])
# ---------------------------------------------------------------- case 04
case("04", "fehb-maintenance-ect-remission-said-no-response-lithium-held-not-stopped-earlier-relapse-psychiatrist",
r'''
# FICTIONAL CASE (set 89, case 04) - every person, plan, provider, number and address is invented.
# FEHB Standard Option, Colorado. Maintenance ECT after an acute course that reached remission (MADRS 38 to 8)
# denied under CG-ECT-14 section 4: "no documented response to the acute course; lithium discontinued". Lithium was
# held only on the evenings before treatments and is taken (level 0.8 mmol/L on 10/30/2026); sertraline was added
# as continuation. In 2023 she relapsed 10 weeks after acute ECT ended despite lithium. The psychiatrist writes.
patient:
  name: Philippa Marchbank-Oduya
  salutation: Ms. Marchbank-Oduya
  date_of_birth: 1967-09-30
  member_id: FICT-FMB-R58204417
  address: |-
    3190 Juniper Hollow Road
    Fort Collins, CO 80524
  phone: (970) 555-0112
insurer:
  name: Federal Meridian Benefit Plan, Standard Option (FICTIONAL FEHB carrier)
  appeals_address: |-
    Federal Meridian Benefit Plan, Reconsiderations (FICTIONAL)
    PO Box 61920
    Denver, CO 80206
  fax: (303) 555-0174
claim:
  number: FMB-PC-26-1102-3380
  plan_type: fehb
  notice_date: 2026-11-16
  appeal_deadline: 2027-05-16
  deadline_basis: >-
    Carrier's decision of 11/16/2026: "You may ask us to reconsider within 6 months of the date of this letter."
    (5 CFR 890.105(b)(1); FEHB brochure Section 8)
  procedure_codes: ["90870"]
  diagnosis_codes: [F33.2]
  setting: outpatient
  pending_services: 12
  denial_reason: >-
    Maintenance ECT is not medically necessary. CG-ECT-14 section 4 requires a documented response to the acute
    course. The records do not show a response to the acute course. Lithium was discontinued, so the member has not
    had pharmacologic relapse prevention.
  denial_category: medical_necessity
  reviewer: {name: "Dr. Lucan Threlkeld", specialty: anesthesiology}
  action: none
  corrections:
    - said: The records do not show a response to the acute course.
      record: >-
        The acute course (12 treatments, 08/10/2026-09/18/2026) took the MADRS from 38 on 08/07/2026 to 8 on
        09/21/2026: remission.
      file: clinical/ect-course-summary-2026-09-21.txt
      page: 1
    - said: Lithium was discontinued
      record: >-
        Lithium was held only on the evenings before each treatment during the acute course and resumed; she takes
        lithium 900 mg daily (level 0.8 mmol/L on 10/30/2026), with sertraline 150 mg added in 09/2026.
      file: [clinical/psychiatry-note-2026-10-30.txt, clinical/lithium-level-2026-10-30.txt]
      page: 1
plan_policy:
  name: Federal Meridian Clinical Guideline CG-ECT-14, Electroconvulsive Therapy
  number: CG-ECT-14
  quote: >-
    4. Continuation or maintenance ECT is medically necessary when the member responded to the acute course
    (a reduction of 50% or more on a standardized scale) and either relapsed after an earlier acute course despite
    pharmacotherapy or cannot be kept well on pharmacotherapy alone.
  file: other/cg-ect-14-excerpt.txt
payer_criteria:
  - criterion: "4. The member responded to the acute course (a reduction of 50% or more on a standardized scale)"
    how_met: MADRS 38 on 08/07/2026 to 8 on 09/21/2026 (79% reduction; remission)
    met: true
    evidence: {file: clinical/ect-course-summary-2026-09-21.txt, page: 1}
  - criterion: "4. ... and relapsed after an earlier acute course despite pharmacotherapy"
    how_met: >-
      In 2023 she remitted with acute ECT and relapsed 10 weeks after it ended despite lithium 900 mg daily
      (readmitted 05/2023)
    met: true
    evidence: {file: clinical/discharge-summary-2023-05-12.txt, page: 1}
treatment:
  name: Maintenance electroconvulsive therapy (90870), 12 treatments
  summary: >-
    Maintenance ECT after an acute course that brought remission, for recurrent severe depression that relapsed
    within 10 weeks of stopping ECT in 2023 despite lithium.
  plan: >-
    Weekly for 4 weeks, every 2 weeks for 4 treatments, then monthly for 4 (12 treatments through 05/2027); MADRS
    before each; lithium held the evening before each treatment and resumed after; taper if remission holds 6 months.
  alongside: lithium carbonate 900 mg daily
clinical:
  severity: MADRS 8 on 09/21/2026 after the acute course (from 38 on 08/07/2026); MADRS 10 on 10/30/2026
  severity_date: 2026-10-30
  response: MADRS 38 on 08/07/2026 to 8 on 09/21/2026 after 12 acute treatments; 10 on 10/30/2026
  response_level: remission
  suicidality: none
  suicidality_date: 2026-10-30
  treating_since: 2019-03-04
  episode_onset: 2026-05
  history:
    - drug: Lithium carbonate
      dose: 900 mg daily (level 0.8 mmol/L)
      start: 2021-02
      ongoing: true
      kind: augmentation
      adequate: true
      outcome: Taken since 2021; held only the evenings before ECT treatments and resumed; continued
      evidence: {file: clinical/psychiatry-note-2026-10-30.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 300 mg daily
      start: 2026-05
      end: 2026-07
      weeks: 9
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response in this episode; stopped
      evidence: {file: clinical/psychiatry-note-2026-10-30.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2026-09
      ongoing: true
      kind: antidepressant
      outcome: Started after the acute course as continuation treatment with lithium; continued
      evidence: {file: clinical/psychiatry-note-2026-10-30.txt, page: 1}
    - drug: Acute ECT course
      dose: 12 treatments, right unilateral ultrabrief
      start: 2026-08-10
      end: 2026-09-18
      kind: neuromodulation
      sessions: 12
      adequate: true
      response: remission
      outcome: Remission (MADRS 38 to 8)
      evidence: {file: clinical/ect-course-summary-2026-09-21.txt, page: 1}
    - drug: Acute ECT course (earlier episode)
      dose: 10 treatments
      start: 2023-01
      end: 2023-02
      kind: neuromodulation
      sessions: 10
      adequate: true
      response: lost
      outcome: Remission, then relapse 10 weeks after ECT ended despite lithium; readmitted 05/2023
      evidence: {file: clinical/discharge-summary-2023-05-12.txt, page: 1}
impact:
  hospitalizations: Psychiatric admission 04/28/2023-05/12/2023 after relapse following the 2023 acute ECT course.
  relapse: Relapsed within 10 weeks of stopping ECT in 2023 despite lithium.
author:
  name: Dr. Ysolde Marchetti-Okafor
  role: treating psychiatrist
  relation: physician
  address: |-
    Poudre Valley Mood Disorders Clinic (FICTIONAL), 1801 Laporte Avenue
    Fort Collins, CO 80521
  phone: (970) 555-0145
  authorization: other/patient-consent-2026-11-20.txt
provider:
  name: Dr. Ysolde Marchetti-Okafor
  credentials: MD, psychiatrist
  npi: "1830561720"
  address: |-
    Poudre Valley Mood Disorders Clinic (FICTIONAL), 1801 Laporte Avenue
    Fort Collins, CO 80521
  phone: (970) 555-0145
record_dates:
  - {file: clinical/ect-course-summary-2026-09-21.txt, date: 2026-09-21}
  - {file: clinical/psychiatry-note-2026-10-30.txt, date: 2026-10-30}
  - {file: clinical/lithium-level-2026-10-30.txt, date: 2026-10-30}
  - {file: clinical/discharge-summary-2023-05-12.txt, date: 2023-05-12}
bates_prefix: MARCHBANKODUYA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
{
"denial/carrier-decision-2026-11-16.txt": r'''
FEDERAL MERIDIAN BENEFIT PLAN (FICTIONAL FEHB CARRIER) - PRECERTIFICATION DECISION
Date: 11/16/2026   Member: Philippa Marchbank-Oduya   ID FICT-FMB-R58204417   Standard Option
Reference: FMB-PC-26-1102-3380   Service: maintenance ECT (90870), 12 treatments, F33.2
Decision: not approved. Maintenance ECT is not medically necessary. CG-ECT-14 section 4 requires a documented
response to the acute course. The records do not show a response to the acute course. Lithium was discontinued, so
the member has not had pharmacologic relapse prevention.
Reviewer: Dr. Lucan Threlkeld, MD (anesthesiology).
You may ask us to reconsider within 6 months of the date of this letter. Write to Reconsiderations, PO Box 61920,
Denver, CO 80206, fax (303) 555-0174. If we deny your reconsideration, you may ask OPM to review it.
''',
"clinical/ect-course-summary-2026-09-21.txt": r'''
POUDRE VALLEY HOSPITAL ECT SERVICE (FICTIONAL) - ACUTE COURSE SUMMARY       Date: 09/21/2026
Patient: Philippa Marchbank-Oduya   DOB 09/30/1967   Attending: Dr. Ysolde Marchetti-Okafor, MD
Acute course: 12 treatments, right unilateral ultrabrief, 08/10/2026 to 09/18/2026.
MADRS 38 on 08/07/2026; 21 after treatment 6; 8 on 09/21/2026. Remission.
Lithium held the evening before each treatment and resumed the same day after recovery.
Anesthesia: Dr. Kofi Lindqvist, MD. ECT nurse: Brielle Ostrander, RN. Her sister Maren drove her home after each.
''',
"clinical/psychiatry-note-2026-10-30.txt": r'''
POUDRE VALLEY MOOD DISORDERS CLINIC (FICTIONAL) - FOLLOW-UP      Date: 10/30/2026
Patient: Philippa Marchbank-Oduya   Psychiatrist: Dr. Ysolde Marchetti-Okafor, MD (treating since 03/2019)
MADRS 10 today. Denies suicidal ideation. Sleeping 7 hours.
Medications: lithium carbonate 900 mg daily since 02/2021, continued (level today 0.8 mmol/L); sertraline 150 mg
daily, added 09/2026 as continuation treatment. Venlafaxine XR 300 mg daily 05/2026-07/2026, 9
weeks, no response, stopped.
History: 2023 episode remitted with acute ECT; relapsed 10 weeks after ECT ended despite lithium 900 mg daily;
admitted 04/28/2023-05/12/2023.
Plan: maintenance ECT, 12 treatments (weekly x4, every 2 weeks x4, monthly x4).
''',
"clinical/lithium-level-2026-10-30.txt": r'''
POUDRE VALLEY LABORATORY (FICTIONAL)      Collected: 10/30/2026 08:10
Patient: Philippa Marchbank-Oduya   DOB 09/30/1967
Lithium, serum (12-hour trough) 0.8 mmol/L (therapeutic 0.6-1.0)   Creatinine 0.8   TSH 2.1
''',
"clinical/discharge-summary-2023-05-12.txt": r'''
POUDRE VALLEY HOSPITAL (FICTIONAL) - PSYCHIATRIC DISCHARGE SUMMARY
Admitted 04/28/2023   Discharged 05/12/2023   Patient: Philippa Marchbank-Oduya
Reason: relapse of severe depression 10 weeks after an acute ECT course (10 treatments, 01/2023-02/2023) that had
brought remission; lithium 900 mg daily taken throughout (level 0.7). Restarted ECT; discharged improved.
''',
"other/cg-ect-14-excerpt.txt": r'''
FEDERAL MERIDIAN BENEFIT PLAN (FICTIONAL) - CLINICAL GUIDELINE CG-ECT-14 (excerpt)
4. Continuation or maintenance ECT is medically necessary when the member responded to the acute course
(a reduction of 50% or more on a standardized scale) and either relapsed after an earlier acute course despite
pharmacotherapy or cannot be kept well on pharmacotherapy alone.
''',
"other/patient-consent-2026-11-20.txt": r'''
CONSENT TO APPEAL        Date: 11/20/2026
I, Philippa Marchbank-Oduya, ask my psychiatrist Dr. Ysolde Marchetti-Okafor to appeal the Federal Meridian Benefit
Plan's decision on maintenance ECT for me, and consent to the release of my records to the plan for it.
Signed: Philippa Marchbank-Oduya
''',
},
r'''
# 04 - FEHB: maintenance ECT denied as "no response; lithium discontinued"; remission MADRS 38 to 8, lithium only held before treatments, 2023 relapse despite lithium; the psychiatrist writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Philippa Marchbank-Oduya (DOB 09/30/1967), FEHB Standard Option (Federal Meridian Benefit Plan). Precertification
  of **12 maintenance ECT treatments (90870)** denied **11/16/2026**, reference **FMB-PC-26-1102-3380**, by an
  anesthesiologist.
- Acute course **12 treatments 08/10/2026-09/18/2026: MADRS 38 (08/07) to 8 (09/21), remission**; MADRS 10 on
  10/30/2026.
- **Lithium 900 mg continues** (level **0.8 mmol/L**, 10/30/2026); it was **held** the evening before each treatment.
  **Sertraline 150 mg** added 09/2026 (continuation), continues. Venlafaxine XR 300 mg 9 weeks, no response.
- **2023:** remission with acute ECT, **relapse 10 weeks after ECT ended despite lithium**; admitted
  04/28/2023-05/12/2023. CG-ECT-14 section 4 is met on both of its parts.
- FEHB: carrier reconsideration within 6 months (5 CFR 890.105(b)(1)): by **05/16/2027**; then OPM review. The
  treating psychiatrist writes, with the patient's consent of 11/20/2026. No suicidal ideation now.

## Deliberately unknown
- Dates of the maintenance treatments: not scheduled.
- Whether the carrier read the ECT summary: it was sent, nothing shows what the carrier logged.
- Whether she could be kept well on pharmacotherapy alone: not tested in this episode; the criterion's first arm
  (earlier relapse despite pharmacotherapy) is what the record shows.

## Traps
- **Lithium held, not stopped**: never "lithium was discontinued" or "restarted lithium".
- **Remission**, not "partial response"; the response is to ECT, not a failure.
- **Sertraline is continuation**, started after remission, not a failed trial. Venlafaxine is the failed trial of this episode.
- The 2023 course is an **earlier-episode response then relapse**, not a failure of ECT.
- **Other people:** sister Maren, Dr. Kofi Lindqvist, Brielle Ostrander, RN: not parties.
- FEHB: no ERISA, no external review under 45 CFR 147.136 as the next level (OPM review is), no "state insurance
  department".
- Voice: physician writes about the patient.

## Arguments a strong letter makes
Strongest first.
1. Section 4 is met: response (MADRS 38 to 8, 79%) and relapse after the 2023 acute course despite lithium.
2. Correct both statements: the ECT summary shows the response; lithium was held only before treatments and is
   taken now (level 0.8 on 10/30/2026), with sertraline added.
3. Reviewer was an anesthesiologist: ask for a psychiatrist; risk of relapse (2023 admission); then OPM review.

## What a letter must NOT say
- "lithium was discontinued", "stopped lithium", "no longer takes lithium".
- "partial response" to the acute course; "ECT failed".
- "suicidal ideation" as present.
- "ERISA"; "29 CFR 2560.503-1"; "Maren" or "Brielle Ostrander" as parties.
''',
[
("Decision date", "Date: 11/16/2026", "denial/carrier-decision-2026-11-16.txt"),
("Reference", "FMB-PC-26-1102-3380", "denial/carrier-decision-2026-11-16.txt"),
("Reviewer specialty", "Dr. Lucan Threlkeld, MD (anesthesiology)", "denial/carrier-decision-2026-11-16.txt"),
("Reconsideration window", "within 6 months of the date of this letter", "denial/carrier-decision-2026-11-16.txt"),
("Acute course dates", "12 treatments, right unilateral ultrabrief, 08/10/2026 to 09/18/2026", "clinical/ect-course-summary-2026-09-21.txt"),
("MADRS before", "MADRS 38 on 08/07/2026", "clinical/ect-course-summary-2026-09-21.txt"),
("MADRS after", "8 on 09/21/2026. Remission.", "clinical/ect-course-summary-2026-09-21.txt"),
("Lithium during ECT", "Lithium held the evening before each treatment and resumed", "clinical/ect-course-summary-2026-09-21.txt"),
("Lithium level", "0.8 mmol/L (therapeutic 0.6-1.0)", "clinical/lithium-level-2026-10-30.txt"),
("Continuation sertraline", "sertraline 150 mg daily, added 09/2026 as continuation treatment", "clinical/psychiatry-note-2026-10-30.txt"),
("Venlafaxine", "Venlafaxine XR 300 mg daily 05/2026-07/2026, 9 weeks, no response, stopped", "clinical/psychiatry-note-2026-10-30.txt"),
("2023 relapse", "relapse of severe depression 10 weeks after an acute ECT course", "clinical/discharge-summary-2023-05-12.txt"),
("2023 admission", "Admitted 04/28/2023   Discharged 05/12/2023", "clinical/discharge-summary-2023-05-12.txt"),
("Current MADRS", "MADRS 10 today", "clinical/psychiatry-note-2026-10-30.txt"),
("Criterion wording", "relapsed after an earlier acute course despite pharmacotherapy", "other/cg-ect-14-excerpt.txt"),
("Consent date", "CONSENT TO APPEAL        Date: 11/20/2026", "other/patient-consent-2026-11-20.txt"),
])
# ---------------------------------------------------------------- case 05
case("05", "tricare-select-spravato-reinduction-earlier-remission-stopped-for-pcs-move-aripiprazole-tried-spouse",
r'''
# FICTIONAL CASE (set 89, case 05) - every person, plan, provider, number and address is invented.
# TRICARE Select, retired sponsor's spouse, South Carolina. Spravato re-induction denied under CC-ESK-7: "prior
# esketamine course stopped for lack of benefit; aripiprazole augmentation not tried". Record: the 2025 course reached
# remission (MADRS 36 to 10) and stopped because of a PCS move to an area with no REMS site; aripiprazole 5 mg was
# tried 8 weeks in 2024 (akathisia, partial). Venlafaxine continues. Mirtazapine 7.5 mg is for sleep.
patient:
  name: Marisela Quintanar-Holt
  salutation: Mrs. Quintanar-Holt
  date_of_birth: 1982-01-17
  member_id: FICT-DBN-2290471856
  address: |-
    1406 Sweetgrass Way
    Summerville, SC 29485
  phone: (843) 555-0126
insurer:
  name: TRICARE Select - Lodestar Federal Health Services, East Region contractor (FICTIONAL)
  appeals_address: |-
    Lodestar Federal Health Services, TRICARE Reconsiderations (FICTIONAL)
    PO Box 77041
    Columbia, SC 29202
  fax: 1-877-555-0152
claim:
  number: LFH-PA-26-1106-91734
  plan_type: tricare
  notice_date: 2026-11-12
  appeal_deadline: 2027-02-10
  deadline_basis: >-
    Denial of 11/12/2026: "Your request for reconsideration must be received within 90 days of the date of this
    notice." (32 CFR 199.10)
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2]
  setting: outpatient
  pending_services: 12
  denial_reason: >-
    CC-ESK-7 criteria 3 and 5 are not met. The member's prior esketamine course was stopped for lack of benefit.
    Augmentation with an atypical antipsychotic (aripiprazole) has not been tried.
  denial_category: medical_necessity
  reviewer: {name: "Dr. Ambrose Kettleby", specialty: psychiatry}
  action: none
  corrections:
    - said: The member's prior esketamine course was stopped for lack of benefit.
      record: >-
        The 2025 course took the MADRS from 36 to 10 (remission) by week 8; it was stopped on 12/19/2025 because the
        family moved under PCS orders to an area with no certified treatment center within reach, not for lack of
        benefit.
      file: [clinical/spravato-course-summary-2025-12-19.txt, other/pcs-orders-excerpt-2025.txt]
      page: 1
    - said: Augmentation with an atypical antipsychotic (aripiprazole) has not been tried.
      record: >-
        Aripiprazole 5 mg daily was added to escitalopram for 8 weeks in 2024 (02/2024-04/2024): partial response,
        stopped for akathisia.
      file: clinical/psychiatry-note-2026-11-03.txt
      page: 1
plan_policy:
  name: Lodestar TRICARE Clinical Criteria CC-ESK-7, Esketamine Nasal Spray
  number: CC-ESK-7
  quote: >-
    3. For re-treatment: a documented response to a prior esketamine course. 5. An adequate trial of augmentation
    with an atypical antipsychotic or lithium, or a documented intolerance.
  file: other/cc-esk-7-excerpt.txt
payer_criteria:
  - criterion: "3. For re-treatment: a documented response to a prior esketamine course"
    how_met: 2025 course, MADRS 36 to 10 (remission) by week 8; stopped for a PCS move
    met: true
    evidence: {file: clinical/spravato-course-summary-2025-12-19.txt, page: 1}
  - criterion: "5. An adequate trial of augmentation with an atypical antipsychotic or lithium, or a documented intolerance"
    how_met: Aripiprazole 5 mg daily for 8 weeks in 2024 with escitalopram; partial response; stopped for akathisia
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-03.txt, page: 1}
treatment:
  name: Spravato (esketamine nasal spray) 84 mg re-induction, twice weekly for 4 weeks then weekly
  summary: >-
    Re-induction of esketamine, which brought remission in 2025 until a PCS move ended access; relapse since 09/2026.
  plan: 84 mg twice weekly for 4 weeks, then weekly for 4 weeks; MADRS every 2 weeks; 2-hour monitoring at a certified site.
  alongside: venlafaxine XR 225 mg daily
clinical:
  severity: MADRS 33 on 11/03/2026
  severity_date: 2026-11-03
  suicidality: passive
  suicidality_date: 2026-11-03
  episode_onset: 2026-09
  treating_since: 2026-02-10
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2023-09
      end: 2024-04
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks at 20 mg, then with aripiprazole; stopped 04/2024
      weeks: 10
      evidence: {file: clinical/psychiatry-note-2026-11-03.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily (augmentation)
      start: 2024-02
      end: 2024-04
      weeks: 8
      kind: augmentation
      adequate: true
      failed: true
      response: partial
      outcome: Partial response; stopped after 8 weeks for akathisia
      evidence: {file: clinical/psychiatry-note-2026-11-03.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2024-05
      ongoing: true
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response alone; continued as the oral antidepressant with esketamine
      evidence: {file: clinical/psychiatry-note-2026-11-03.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2026-10
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-note-2026-11-03.txt, page: 1}
    - drug: Spravato (esketamine) 2025 course
      dose: 84 mg
      start: 2025-06
      end: 2025-12-19
      kind: other
      response: remission
      outcome: Remission (MADRS 36 to 10 by week 8); stopped 12/19/2025 for a PCS move, not for lack of benefit
      evidence: {file: clinical/spravato-course-summary-2025-12-19.txt, page: 1}
impact:
  relapse: Relapsed in 09/2026, nine months after the 2025 course ended; MADRS 33 on 11/03/2026.
author:
  name: Garrett Holt
  role: husband and TRICARE sponsor (retired), authorized representative
  relation: representative
  address: |-
    1406 Sweetgrass Way
    Summerville, SC 29485
  phone: (843) 555-0127
  authorization: other/representative-authorization-2026-11-20.txt
provider:
  name: Dr. Cassius Beaumont-Iwu
  credentials: MD, psychiatrist
  npi: "1198740239"
  address: |-
    Lowcountry Interventional Psychiatry (FICTIONAL), 200 Trolley Road
    Summerville, SC 29485
  phone: (843) 555-0161
record_dates:
  - {file: clinical/spravato-course-summary-2025-12-19.txt, date: 2025-12-19}
  - {file: clinical/psychiatry-note-2026-11-03.txt, date: 2026-11-03}
bates_prefix: QUINTANARHOLT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
{
"denial/tricare-prior-authorization-denial-2026-11-12.txt": r'''
LODESTAR FEDERAL HEALTH SERVICES (FICTIONAL) - TRICARE EAST - PRIOR AUTHORIZATION DECISION
Date: 11/12/2026   Beneficiary: Marisela Quintanar-Holt   DBN FICT-DBN-2290471856   Plan: TRICARE Select
Sponsor: Garrett Holt (retired)   Reference: LFH-PA-26-1106-91734
Service: esketamine nasal spray 84 mg (J0013), 12 sessions, F33.2
Decision: DENIED. CC-ESK-7 criteria 3 and 5 are not met. The member's prior esketamine course was stopped for lack
of benefit. Augmentation with an atypical antipsychotic (aripiprazole) has not been tried.
Reviewer: Dr. Ambrose Kettleby, MD (psychiatry).
Your request for reconsideration must be received within 90 days of the date of this notice. Send it to TRICARE
Reconsiderations, PO Box 77041, Columbia, SC 29202, fax 1-877-555-0152.
''',
"clinical/spravato-course-summary-2025-12-19.txt": r'''
TIDEWATER MOOD CENTER (FICTIONAL) - ESKETAMINE TREATMENT SUMMARY      Date: 12/19/2025
Patient: Marisela Quintanar-Holt   DOB 01/17/1982   Prescriber: Dr. Leopold Arkwright-Soto, MD
Esketamine 84 mg, induction 06/2025, then weekly and every other week. MADRS 36 at baseline; 18 at week 4; 10 at
week 8 (remission); 9 on 12/12/2025.
Final session 12/19/2025. Reason for ending: family relocating under PCS orders; no certified treatment center near
the new duty station. Not stopped for lack of benefit. Recommend resuming if symptoms return.
''',
"clinical/psychiatry-note-2026-11-03.txt": r'''
LOWCOUNTRY INTERVENTIONAL PSYCHIATRY (FICTIONAL) - EVALUATION      Date: 11/03/2026
Patient: Marisela Quintanar-Holt   Psychiatrist: Dr. Cassius Beaumont-Iwu, MD (treating since 02/2026)
Relapse since 09/2026. MADRS 33 today. Passive death wishes; no plan, no intent, no attempts. Husband Garrett present.
Medication history:
- Escitalopram 20 mg daily 09/2023-04/2024: no response after 10 weeks.
- Aripiprazole 5 mg daily added to escitalopram 02/2024-04/2024 (8 weeks): partial response; akathisia; stopped.
- Venlafaxine XR 225 mg daily since 05/2024: no response alone; continuing.
- Mirtazapine 7.5 mg at bedtime since 10/2026, for sleep only.
- Esketamine 2025: remission; ended 12/19/2025 for a PCS move (summary from Tidewater Mood Center).
Plan: esketamine 84 mg re-induction with venlafaxine; BP 124/78; no psychosis; no substance use.
''',
"other/pcs-orders-excerpt-2025.txt": r'''
PERMANENT CHANGE OF STATION ORDERS (EXCERPT, FICTIONAL RENDITION)
Member: Garrett Holt   Dependents: Marisela Quintanar-Holt (spouse)
Report no later than: 01/05/2026   Household goods pickup: 12/22/2025
''',
"other/cc-esk-7-excerpt.txt": r'''
LODESTAR TRICARE CLINICAL CRITERIA CC-ESK-7 (FICTIONAL) - ESKETAMINE NASAL SPRAY (excerpt)
3. For re-treatment: a documented response to a prior esketamine course. 5. An adequate trial of augmentation
with an atypical antipsychotic or lithium, or a documented intolerance.
''',
"other/representative-authorization-2026-11-20.txt": r'''
AUTHORIZATION OF REPRESENTATIVE       Date: 11/20/2026
I, Marisela Quintanar-Holt, authorize my husband Garrett Holt to file and pursue my TRICARE reconsideration for
esketamine and to receive my health information for it.   Signed: Marisela Quintanar-Holt
''',
},
r'''
# 05 - TRICARE Select: Spravato re-induction denied as "stopped for lack of benefit; aripiprazole not tried"; the 2025 course reached remission and ended for a PCS move; aripiprazole was tried 8 weeks; the husband appeals (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Marisela Quintanar-Holt (DOB 01/17/1982), TRICARE Select, spouse of retired sponsor **Garrett Holt**, who writes
  with her authorization of 11/20/2026. Request **LFH-PA-26-1106-91734** for esketamine 84 mg re-induction, denied
  **11/12/2026** under CC-ESK-7 criteria 3 and 5 (reviewer: a psychiatrist).
- **2025 esketamine course: MADRS 36 to 10 at week 8 (remission)**, ended **12/19/2025 because of PCS orders** (no
  certified center near the new station), "not stopped for lack of benefit". Criterion 3 is met.
- **Aripiprazole 5 mg, 8 weeks (02/2024-04/2024), added to escitalopram: partial response, akathisia, stopped.**
  Criterion 5 is met (adequate trial and intolerance).
- **Venlafaxine XR 225 mg continues**; **mirtazapine 7.5 mg** is a sleep dose. Escitalopram 20 mg no response.
- Relapse 09/2026; **MADRS 33 on 11/03/2026**; passive death wishes, no plan or intent.
- TRICARE reconsideration, received within **90 days: by 02/10/2027** (32 CFR 199.10).

## Deliberately unknown
- Whether a certified treatment center near Summerville has a start date: not stated.
- Whether the contractor has the Tidewater summary: not shown.
- The sponsor's branch and retirement date: not given and not needed.

## Traps
- The earlier course is a **remission** ended by a move, never "no benefit", "failed" or "partial response".
- **Aripiprazole was tried**: never "not tried"; it is an augmentation, not an antidepressant trial.
- **Venlafaxine continues** with esketamine; **mirtazapine 7.5 mg** is not a trial.
- **Other people:** the earlier prescriber Dr. Leopold Arkwright-Soto; the reviewer is a psychiatrist (do not say
  otherwise).
- Suicidality passive only. TRICARE: no ERISA, no state insurance department, no 45 CFR 147.136.
- Voice: the husband writes about his wife ("Mrs. Quintanar-Holt"), never "I relapsed".

## Arguments a strong letter makes
Strongest first.
1. Criterion 3: the 2025 course brought remission (MADRS 36 to 10) and ended for a PCS move, as its summary says.
2. Criterion 5: aripiprazole 5 mg for 8 weeks, partial response, stopped for akathisia.
3. Correct both statements with exhibits; relapse within nine months of stopping; re-treatment with a drug that
   worked; then ask for the contractor's reconsideration by 02/10/2027.

## What a letter must NOT say
- "stopped for lack of benefit", "esketamine failed", "did not respond to esketamine".
- "aripiprazole was not tried"; mirtazapine as a failed trial; "stopped venlafaxine".
- "active suicidal ideation"; "the reviewer is not a psychiatrist".
- "ERISA"; "45 CFR 147.136"; "state insurance department".
''',
[
("Decision date", "Date: 11/12/2026", "denial/tricare-prior-authorization-denial-2026-11-12.txt"),
("Reference", "LFH-PA-26-1106-91734", "denial/tricare-prior-authorization-denial-2026-11-12.txt"),
("Reviewer", "Dr. Ambrose Kettleby, MD (psychiatry)", "denial/tricare-prior-authorization-denial-2026-11-12.txt"),
("Window", "received within 90 days of the date of this notice", "denial/tricare-prior-authorization-denial-2026-11-12.txt"),
("2025 MADRS", "MADRS 36 at baseline; 18 at week 4; 10 at", "clinical/spravato-course-summary-2025-12-19.txt"),
("Why 2025 course ended", "family relocating under PCS orders", "clinical/spravato-course-summary-2025-12-19.txt"),
("Not lack of benefit", "Not stopped for lack of benefit.", "clinical/spravato-course-summary-2025-12-19.txt"),
("Final 2025 session", "Final session 12/19/2025", "clinical/spravato-course-summary-2025-12-19.txt"),
("Aripiprazole trial", "02/2024-04/2024 (8 weeks): partial response; akathisia; stopped", "clinical/psychiatry-note-2026-11-03.txt"),
("Venlafaxine status", "Venlafaxine XR 225 mg daily since 05/2024: no response alone; continuing", "clinical/psychiatry-note-2026-11-03.txt"),
("Mirtazapine purpose", "Mirtazapine 7.5 mg at bedtime since 10/2026, for sleep only", "clinical/psychiatry-note-2026-11-03.txt"),
("Current MADRS", "MADRS 33 today", "clinical/psychiatry-note-2026-11-03.txt"),
("Suicidality", "Passive death wishes; no plan, no intent, no attempts", "clinical/psychiatry-note-2026-11-03.txt"),
("Report date", "Report no later than: 01/05/2026", "other/pcs-orders-excerpt-2025.txt"),
("Earlier prescriber", "Prescriber: Dr. Leopold Arkwright-Soto, MD", "clinical/spravato-course-summary-2025-12-19.txt"),
("Representative", "authorize my husband Garrett Holt", "other/representative-authorization-2026-11-20.txt"),
])
# ---------------------------------------------------------------- case 06
case("06", "medicare-advantage-hmo-tms-pacemaker-said-contraindicated-four-trials-counted-two-nortriptyline-heart-block-np",
r'''
# FICTIONAL CASE (set 89, case 06) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, Louisiana, pre-service TMS. Denied: "implanted pacemaker is a contraindication" and internal
# criteria MA-TMS-27 criterion 2 "four trials; records show two". Pacemaker is in the left chest, well away from the
# coil; the device clinic cleared TMS. Trials: sertraline (no response), venlafaxine (stopped for BP 168/96),
# bupropion (no response), mirtazapine (partial, continued). Nortriptyline was never given (heart block). Trazodone
# 50 mg is for sleep. A psychiatric nurse practitioner writes, appointed on form CMS-1696.
patient:
  name: Bartholomew Okonkwo-Reyes
  salutation: Mr. Okonkwo-Reyes
  date_of_birth: 1954-08-03
  member_id: FICT-BCM-66120937
  address: |-
    512 Magnolia Bend
    Lafayette, LA 70503
  phone: (337) 555-0114
insurer:
  name: Bayou Crescent Medicare Advantage HMO (FICTIONAL)
  appeals_address: |-
    Bayou Crescent Health Plan, Medicare Appeals and Grievances (FICTIONAL)
    PO Box 52290
    Baton Rouge, LA 70892
  fax: 1-866-555-0185
claim:
  number: BC-OD-26-1118-24066
  plan_type: medicare_advantage
  notice_date: 2026-11-25
  appeal_deadline: 2027-01-29
  deadline_basis: >-
    Notice of 11/25/2026: "You must ask for a reconsideration within 65 days from the date of this notice."
    (42 CFR 422.582(b))
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2, I44.2]
  setting: outpatient
  sessions: 36
  pending_services: 36
  denial_reason: >-
    TMS is contraindicated because the member has an implanted cardiac pacemaker. In addition, internal criteria
    MA-TMS-27 criterion 2 requires four antidepressant trials; the records show two.
  denial_category: medical_necessity
  reviewer: {name: "Dr. Prosper Delacroix-Whit", specialty: internal medicine}
  action: none
  corrections:
    - said: TMS is contraindicated because the member has an implanted cardiac pacemaker.
      record: >-
        The pacemaker (left chest, placed 03/2024 for complete heart block) is far from the head; the device clinic
        letter of 11/09/2026 finds no contraindication and asks for ECG monitoring in the first session. The TMS
        device manual excerpt names implanted metal or devices in or near the head.
      file: [other/device-clinic-letter-2026-11-09.txt, other/tms-device-manual-excerpt.txt]
      page: 1
    - said: the records show two.
      record: >-
        Four trials: sertraline 150 mg 10 weeks (no response), venlafaxine XR stopped at 3 weeks for blood pressure
        168/96 (intolerance), bupropion XL 300 mg 12 weeks (no response), mirtazapine 30 mg 8 weeks (partial
        response, continued).
      file: clinical/psychiatry-note-2026-11-10.txt
      page: 1
plan_policy:
  name: Bayou Crescent internal coverage criteria MA-TMS-27, Transcranial Magnetic Stimulation
  number: MA-TMS-27
  quote: >-
    2. Four antidepressant trials in the current or a prior episode, each at an adequate dose for 6 weeks or more or
    stopped earlier for documented intolerance; a partial response counts as a trial.
  file: other/ma-tms-27-excerpt.txt
payer_criteria:
  - criterion: "2. Four antidepressant trials, each adequate or stopped earlier for documented intolerance; a partial response counts"
    how_met: Sertraline (no response), venlafaxine XR (intolerance), bupropion XL (no response), mirtazapine (partial, continued)
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
clinical:
  severity: HAM-D 24 on 11/10/2026
  severity_date: 2026-11-10
  suicidality: none
  suicidality_date: 2026-11-10
  episode_onset: 2025-10
  treating_since: 2025-10-20
  exclusions: >-
    No seizure history; no metal or device in or near the head; pacemaker in the left chest cleared by the device
    clinic (11/09/2026); no psychosis.
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-10
      end: 2026-01
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks; stopped
      evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 75 mg daily
      start: 2026-01-19
      end: 2026-02-09
      kind: antidepressant
      adequate: false
      failed: true
      outcome: Stopped at 3 weeks for blood pressure 168/96 (intolerance)
      evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2026-02
      end: 2026-05
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks; stopped before TMS was requested
      evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
    - drug: Mirtazapine
      dose: 30 mg at bedtime
      start: 2026-06
      ongoing: true
      weeks: 8
      kind: antidepressant
      adequate: true
      failed: true
      response: partial
      outcome: Partial response (HAM-D 29 to 22 at week 8, since 24); continued
      evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-11
      end: 2026-06
      kind: other
      outcome: Sleep dose; stopped when mirtazapine began; not an antidepressant trial
      evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions
  summary: >-
    TMS for severe recurrent depression after four antidepressant trials; tricyclics are unsafe with his conduction
    disease, and the pacemaker in his chest is no bar to TMS.
  plan: 36 sessions (30 daily, 6-session taper); HAM-D every 2 weeks; ECG monitoring during the first session.
  alongside: mirtazapine 30 mg at bedtime
author:
  name: Lucinda Thibodeaux-Marsh
  role: psychiatric nurse practitioner (PMHNP-BC), treating prescriber, appointed representative (form CMS-1696)
  relation: prescriber
  address: |-
    Vermilion Bayou Psychiatry (FICTIONAL), 3000 Johnston Street
    Lafayette, LA 70503
  phone: (337) 555-0158
  authorization: other/appointment-of-representative-cms-1696.txt
provider:
  name: Lucinda Thibodeaux-Marsh
  credentials: APRN, PMHNP-BC
  npi: "1625309483"
  address: |-
    Vermilion Bayou Psychiatry (FICTIONAL), 3000 Johnston Street
    Lafayette, LA 70503
  phone: (337) 555-0158
record_dates:
  - {file: clinical/psychiatry-note-2026-11-10.txt, date: 2026-11-10}
  - {file: other/device-clinic-letter-2026-11-09.txt, date: 2026-11-09}
bates_prefix: OKONKWOREYES
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
{
"denial/organization-determination-denial-2026-11-25.txt": r'''
BAYOU CRESCENT MEDICARE ADVANTAGE HMO (FICTIONAL) - NOTICE OF DENIAL OF MEDICAL COVERAGE
Date of notice: 11/25/2026   Member: Bartholomew Okonkwo-Reyes   ID FICT-BCM-66120937
Request: BC-OD-26-1118-24066   Service: TMS, 36 sessions (90867, 90868)
Requested by: Lucinda Thibodeaux-Marsh, APRN, PMHNP-BC
We denied this request. TMS is contraindicated because the member has an implanted cardiac pacemaker. In addition,
internal criteria MA-TMS-27 criterion 2 requires four antidepressant trials; the records show two.
Reviewed by: Dr. Prosper Delacroix-Whit, MD (internal medicine).
You must ask for a reconsideration within 65 days from the date of this notice. Send to Medicare Appeals and
Grievances, PO Box 52290, Baton Rouge, LA 70892, fax 1-866-555-0185.
''',
"clinical/psychiatry-note-2026-11-10.txt": r'''
VERMILION BAYOU PSYCHIATRY (FICTIONAL) - FOLLOW-UP      Date: 11/10/2026
Patient: Bartholomew Okonkwo-Reyes, 72   Clinician: Lucinda Thibodeaux-Marsh, APRN, PMHNP-BC (treating since 10/2025)
HAM-D 24 today. Denies suicidal ideation. Son Tobenna present.
Antidepressant trials, this episode (since 10/2025):
1. Sertraline 150 mg daily, 10 weeks: no response. Stopped 01/2026.
2. Venlafaxine XR 75 mg from 01/19/2026: BP 168/96 at week 3; stopped 02/09/2026 (intolerance).
3. Bupropion XL 300 mg daily, 12 weeks, 02/2026-05/2026: no response. Stopped.
4. Mirtazapine 30 mg at bedtime since 06/2026: partial response, HAM-D 29 to 22 at week 8, now 24. Continue.
Trazodone 50 mg at bedtime 11/2025-06/2026 for sleep only; stopped when mirtazapine began.
Nortriptyline and other tricyclics: not given; complete heart block with pacemaker (cardiology).
Pacemaker in the left chest; no metal or device in or near the head; no seizures. Plan: TMS, 36 sessions.
''',
"other/device-clinic-letter-2026-11-09.txt": r'''
ACADIANA HEART RHYTHM CLINIC (FICTIONAL) - DEVICE CLINIC LETTER      Date: 11/09/2026
Re: Bartholomew Okonkwo-Reyes, DOB 08/03/1954. Dual-chamber pacemaker, left chest, implanted 03/2024 for complete
heart block. Device check today normal. The device is well away from the head. I see no contraindication to TMS;
please monitor the ECG during the first session.   Dr. Henrietta Villaseñor-Pike, MD, cardiac electrophysiology
''',
"other/tms-device-manual-excerpt.txt": r'''
TMS SYSTEM OPERATOR MANUAL (EXCERPT, FICTIONAL RENDITION) - CONTRAINDICATIONS
Do not use in patients with conductive, ferromagnetic or other magnetic-sensitive metals implanted in the head or
within 30 cm of the treatment coil, or with implanted devices in or near the head (such as cochlear implants or
deep brain stimulators).
''',
"other/ma-tms-27-excerpt.txt": r'''
BAYOU CRESCENT HEALTH PLAN (FICTIONAL) - INTERNAL COVERAGE CRITERIA MA-TMS-27 (excerpt)
2. Four antidepressant trials in the current or a prior episode, each at an adequate dose for 6 weeks or more or
stopped earlier for documented intolerance; a partial response counts as a trial.
''',
"other/appointment-of-representative-cms-1696.txt": r'''
APPOINTMENT OF REPRESENTATIVE (form CMS-1696, fictional rendition)
I, Bartholomew Okonkwo-Reyes, appoint Lucinda Thibodeaux-Marsh, APRN, PMHNP-BC, Vermilion Bayou Psychiatry, to act
for me in my appeal about TMS.   Signed 11/28/2026 by both.
''',
},
r'''
# 06 - Medicare Advantage HMO: TMS denied as "contraindicated by a pacemaker" and "two trials"; the device is in the chest and cleared, there are four trials, tricyclics are unsafe; the nurse practitioner appeals (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Bartholomew Okonkwo-Reyes, 72 (DOB 08/03/1954), Bayou Crescent MA HMO. Pre-service TMS, 36 sessions, request
  **BC-OD-26-1118-24066**, denied **11/25/2026** by an internal-medicine reviewer.
- **Pacemaker in the left chest** (complete heart block, 03/2024); the device clinic (11/09/2026) sees no
  contraindication and asks for ECG monitoring in session 1. The manual's contraindication is metal or devices in or
  near the head.
- **Four trials** under MA-TMS-27's own words: sertraline 10 wk no response; **venlafaxine stopped at 3 weeks for BP
  168/96 (intolerance)**; bupropion 12 wk no response; **mirtazapine 30 mg partial response, continued**.
- **Nortriptyline never given** (heart block). **Trazodone 50 mg** was a sleep dose. HAM-D 24 (11/10/2026); no SI.
- MA reconsideration within **65 days: by 01/29/2027** (422.582(b)); pre-service standard decision 30 days. The plan
  applies internal criteria: 42 CFR 422.101(b)(6) limits them to where Medicare criteria are not fully established.
- Author: a **nurse practitioner** (prescriber), appointed on CMS-1696; never "Dr." or "physician".

## Deliberately unknown
- Whether a local coverage determination for TMS governs the plan's area: not in the case; a letter may ask.
- Whether the plan publicly posted MA-TMS-27 with its evidence: not shown.
- The TMS start date.

## Traps
- Pacemaker is **not near the head**: do not concede a contraindication; do not call it a "brain device".
- **Nortriptyline** is a contraindication, never a trial. **Trazodone** is sleep.
- **Mirtazapine continues**, partial response; **venlafaxine** 3 weeks is intolerance, not adequate duration.
- **Other people:** son Tobenna; Dr. Henrietta Villaseñor-Pike (cardiology).
- Voice: the NP writes as treating nurse practitioner; an MA pre-service reconsideration by a non-physician needs
  the appointment (enclosed). No suicidal ideation.
- Medicare Advantage: no ERISA, no state external review.

## Arguments a strong letter makes
Strongest first.
1. No contraindication: the manual's bar is metal or devices in or near the head; the pacemaker is in the chest and
   the electrophysiologist cleared TMS with ECG monitoring.
2. Criterion 2 is met under MA-TMS-27's own words (four trials, counting intolerance and partial response).
3. Internal criteria limits (422.101(b)(6)); ask for a psychiatrist reviewer; decide within 30 days.

## What a letter must NOT say
- "contraindicated" as conceded; "stopped mirtazapine"; "nortriptyline trial"; trazodone as a trial.
- "Dr. Thibodeaux-Marsh", "I write as his physician".
- "suicidal ideation" as present; "ERISA"; "Tobenna" as a party.
''',
[
("Notice date", "Date of notice: 11/25/2026", "denial/organization-determination-denial-2026-11-25.txt"),
("Request number", "BC-OD-26-1118-24066", "denial/organization-determination-denial-2026-11-25.txt"),
("Reviewer", "Dr. Prosper Delacroix-Whit, MD (internal medicine)", "denial/organization-determination-denial-2026-11-25.txt"),
("Window", "within 65 days from the date of this notice", "denial/organization-determination-denial-2026-11-25.txt"),
("Pacemaker site", "Dual-chamber pacemaker, left chest, implanted 03/2024 for complete", "other/device-clinic-letter-2026-11-09.txt"),
("Device clinic view", "I see no contraindication to TMS", "other/device-clinic-letter-2026-11-09.txt"),
("Manual contraindication", "implanted devices in or near the head", "other/tms-device-manual-excerpt.txt"),
("Venlafaxine", "BP 168/96 at week 3; stopped 02/09/2026 (intolerance)", "clinical/psychiatry-note-2026-11-10.txt"),
("Sertraline", "Sertraline 150 mg daily, 10 weeks: no response", "clinical/psychiatry-note-2026-11-10.txt"),
("Bupropion", "Bupropion XL 300 mg daily, 12 weeks, 02/2026-05/2026: no response", "clinical/psychiatry-note-2026-11-10.txt"),
("Mirtazapine", "partial response, HAM-D 29 to 22 at week 8, now 24. Continue.", "clinical/psychiatry-note-2026-11-10.txt"),
("Trazodone", "Trazodone 50 mg at bedtime 11/2025-06/2026 for sleep only", "clinical/psychiatry-note-2026-11-10.txt"),
("Nortriptyline", "not given; complete heart block with pacemaker", "clinical/psychiatry-note-2026-11-10.txt"),
("Current HAM-D", "HAM-D 24 today", "clinical/psychiatry-note-2026-11-10.txt"),
("Criterion 2 wording", "a partial response counts as a trial", "other/ma-tms-27-excerpt.txt"),
("Author credential", "Lucinda Thibodeaux-Marsh, APRN, PMHNP-BC", "denial/organization-determination-denial-2026-11-25.txt"),
])
# ---------------------------------------------------------------- case 07
case("07", "church-plan-insured-zuranolone-ppd-onset-misread-from-prenatal-visit-ssri-not-a-criterion-expedited-husband",
r'''
# FICTIONAL CASE (set 89, case 07) - every person, plan, provider, number and address is invented.
# Church plan (insured, outside ERISA, not grandfathered), Pennsylvania, 380 employees. Zuranolone for postpartum depression denied under PA-PPD-2:
# "onset 06/2026, six months after delivery" and "no SSRI tried". Delivery was 10/02/2026; onset 10/19/2026 (day 17);
# 06/2026 is a prenatal visit with EPDS 4. PA-PPD-2 has no SSRI criterion; sertraline 100 mg started 10/24/2026 and
# continues (5 weeks, partial). In 2021 she remitted on sertraline. The husband appeals, expedited.
patient:
  name: Annika Valdés-Morrow
  salutation: Ms. Valdés-Morrow
  date_of_birth: 1995-05-28
  member_id: FICT-KCH-80266153
  address: |-
    77 Wissahickon Terrace
    Philadelphia, PA 19128
  phone: (215) 555-0135
insurer:
  name: Keystone Commons Health, insurer of the Wissahickon Parish Schools Employee Health Plan (church plan) (FICTIONAL)
  appeals_address: |-
    Keystone Commons Health, Member Appeals (FICTIONAL)
    PO Box 15530
    Harrisburg, PA 17105
  fax: (717) 555-0172
claim:
  number: KCH-RX-26-1124-51807
  plan_type: church
  funding: insured
  grandfathered: false
  employees: 380
  notice_date: 2026-11-27
  appeal_deadline: 2027-05-26
  deadline_basis: >-
    Notice of 11/27/2026: "You have 180 days from the date you receive this notice to file an appeal." Counted from
    the notice date (45 CFR 147.136(b)(2); 26 CFR 54.9815-2719).
  urgent: true
  diagnosis_codes: [F53.0]
  denial_reason: >-
    Criteria PA-PPD-2 are not met. Onset of the depressive episode was not during the third trimester or within 4
    weeks after delivery: the record dates onset to 06/2026, six months after delivery. The member has not tried an
    SSRI.
  denial_category: medical_necessity
  reviewer: {name: "Dr. Ignatius Porro", specialty: pharmacy (PharmD)}
  action: none
  corrections:
    - said: "the record dates onset to 06/2026, six months after delivery."
      record: >-
        She delivered on 10/02/2026; symptoms began 10/19/2026, 17 days after delivery. The 06/2026 entry is a
        prenatal visit at 24 weeks with an EPDS of 4 (no depression).
      file: [clinical/obstetric-postpartum-note-2026-11-20.txt, clinical/prenatal-visit-2026-06-11.txt]
      page: 1
    - said: The member has not tried an SSRI.
      record: >-
        PA-PPD-2 does not ask for an SSRI trial. Even so, sertraline was started 10/24/2026 and raised to 100 mg
        daily, and she takes it now (partial response after 5 weeks).
      file: [other/pa-ppd-2-criteria.txt, clinical/obstetric-postpartum-note-2026-11-20.txt]
      page: 1
plan_policy:
  name: Keystone Commons Health Prior Authorization Criteria PA-PPD-2, Zuranolone
  number: PA-PPD-2
  quote: >-
    1. Diagnosis of postpartum depression with onset during the third trimester or within 4 weeks after delivery.
    2. Moderate to severe symptoms (EPDS 13 or more, or HAM-D 20 or more). 3. Counseling documented not to drive or
    operate machinery for at least 12 hours after each dose. Approval: 14 days.
  file: other/pa-ppd-2-criteria.txt
payer_criteria:
  - criterion: "1. Postpartum depression with onset during the third trimester or within 4 weeks after delivery"
    how_met: Delivery 10/02/2026; onset 10/19/2026 (day 17)
    met: true
    evidence: {file: clinical/obstetric-postpartum-note-2026-11-20.txt, page: 1}
  - criterion: "2. Moderate to severe symptoms (EPDS 13 or more, or HAM-D 20 or more)"
    how_met: EPDS 21 and HAM-D 23 on 11/20/2026
    met: true
    evidence: {file: clinical/obstetric-postpartum-note-2026-11-20.txt, page: 1}
  - criterion: "3. Counseling documented not to drive for at least 12 hours after each dose"
    how_met: Counseling documented 11/20/2026; husband will drive
    met: true
    evidence: {file: clinical/obstetric-postpartum-note-2026-11-20.txt, page: 1}
treatment:
  name: Zuranolone 50 mg once daily in the evening for 14 days
  summary: A 14-day course of zuranolone for severe postpartum depression that began 17 days after delivery.
  plan: 50 mg each evening with fat-containing food for 14 days; no driving for 12 hours after each dose; EPDS at day 15 and day 45.
  alongside: sertraline 100 mg daily
urgency:
  reason: >-
    Severe postpartum depression (EPDS 21) with a newborn at home; she cannot care for herself or the baby without
    help, and a standard decision would come after most of the early postpartum period in which the treatment is
    meant to act.
  certified_by: Dr. Perpetua Ashdown, MD
clinical:
  severity: EPDS 21 and HAM-D 23 on 11/20/2026
  severity_date: 2026-11-20
  suicidality: none
  suicidality_date: 2026-11-20
  episode_onset: 2026-10-19
  treating_since: 2026-03-02
  history:
    - drug: Sertraline (2021 episode)
      dose: 100 mg daily
      start: 2021-03
      end: 2022-02
      kind: antidepressant
      response: remission
      outcome: Remission of a 2021 depressive episode (not postpartum); tapered off 02/2022
      evidence: {file: clinical/obstetric-postpartum-note-2026-11-20.txt, page: 1}
    - drug: Sertraline
      dose: 100 mg daily (from 50 mg on 10/24/2026)
      start: 2026-10-24
      ongoing: true
      weeks: 5
      kind: antidepressant
      response: partial
      outcome: Partial response after 5 weeks (EPDS 24 to 21); continued with zuranolone
      evidence: {file: clinical/obstetric-postpartum-note-2026-11-20.txt, page: 1}
author:
  name: Desmond Morrow
  role: husband, authorized representative
  relation: representative
  address: |-
    77 Wissahickon Terrace
    Philadelphia, PA 19128
  phone: (215) 555-0136
  authorization: other/authorization-to-represent-2026-11-28.txt
provider:
  name: Dr. Perpetua Ashdown
  credentials: MD, obstetrics and gynecology (perinatal mental health)
  npi: "1374098261"
  address: |-
    Schuylkill Women's Health (FICTIONAL), 4100 Ridge Avenue
    Philadelphia, PA 19129
  phone: (215) 555-0164
record_dates:
  - {file: clinical/obstetric-postpartum-note-2026-11-20.txt, date: 2026-11-20}
  - {file: clinical/prenatal-visit-2026-06-11.txt, date: 2026-06-11}
template: expedited-appeal
bates_prefix: VALDESMORROW
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
{
"denial/prior-authorization-denial-2026-11-27.txt": r'''
KEYSTONE COMMONS HEALTH (FICTIONAL) - PHARMACY PRIOR AUTHORIZATION DENIAL
Date of notice: 11/27/2026   Member: Annika Valdés-Morrow   ID FICT-KCH-80266153   Group: Wissahickon Parish Schools (church plan)
Reference: KCH-RX-26-1124-51807   Drug: zuranolone 50 mg, 14-day course   Prescriber: Dr. Perpetua Ashdown, MD
Criteria PA-PPD-2 are not met. Onset of the depressive episode was not during the third trimester or within 4
weeks after delivery: the record dates onset to 06/2026, six months after delivery. The member has not tried an
SSRI.   Reviewed by: Dr. Ignatius Porro, PharmD.
You have 180 days from the date you receive this notice to file an appeal. If waiting could seriously harm your
health, you may ask for an expedited appeal, decided within 72 hours. Member Appeals, PO Box 15530, Harrisburg,
PA 17105, fax (717) 555-0172. You may also have the right to an external review.
''',
"clinical/obstetric-postpartum-note-2026-11-20.txt": r'''
SCHUYLKILL WOMEN'S HEALTH (FICTIONAL) - POSTPARTUM MENTAL HEALTH VISIT      Date: 11/20/2026
Patient: Annika Valdés-Morrow, 31   Clinician: Dr. Perpetua Ashdown, MD (her obstetrician since 03/2026)
Delivered 10/02/2026 (daughter Lucía, healthy). Depressive symptoms began 10/19/2026, 17 days after delivery.
EPDS 21 today (24 on 10/24/2026); HAM-D 23. No suicidal ideation; no thoughts of harming the baby.
Sertraline 50 mg started 10/24/2026, 100 mg daily since 11/07/2026: partial response; continue.
History: depressive episode in 2021 (not postpartum), remission on sertraline 100 mg; tapered off 02/2022.
Breastfeeding: pumping; discussed zuranolone and lactation with lactation consultant Noor Castellanos-Byrd, IBCLC.
Counseled: no driving or machinery for at least 12 hours after each zuranolone dose; husband Desmond will drive.
Plan: zuranolone 50 mg each evening for 14 days, with sertraline.
''',
"clinical/prenatal-visit-2026-06-11.txt": r'''
SCHUYLKILL WOMEN'S HEALTH (FICTIONAL) - PRENATAL VISIT      Date: 06/11/2026
Patient: Annika Valdés-Morrow   Gestational age 24 weeks. EPDS 4 (routine screen, negative). Mood good.
''',
"other/pa-ppd-2-criteria.txt": r'''
KEYSTONE COMMONS HEALTH (FICTIONAL) - PRIOR AUTHORIZATION CRITERIA PA-PPD-2, ZURANOLONE
1. Diagnosis of postpartum depression with onset during the third trimester or within 4 weeks after delivery.
2. Moderate to severe symptoms (EPDS 13 or more, or HAM-D 20 or more). 3. Counseling documented not to drive or
operate machinery for at least 12 hours after each dose. Approval: 14 days.
''',
"other/authorization-to-represent-2026-11-28.txt": r'''
AUTHORIZATION TO REPRESENT       Date: 11/28/2026
I, Annika Valdés-Morrow, authorize my husband Desmond Morrow to appeal Keystone Commons Health's denial of zuranolone
for me and to receive my health information for it.   Signed: Annika Valdés-Morrow
''',
},
r'''
# 07 - Church plan (insured): zuranolone for postpartum depression denied on an onset read from a prenatal visit and an SSRI step the criteria do not have; expedited appeal by the husband (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Annika Valdés-Morrow, 31 (DOB 05/28/1995), church plan of Wissahickon Parish Schools (insured by Keystone Commons Health; outside ERISA;
  not grandfathered; 380 employees). Zuranolone 50 mg 14-day course, reference **KCH-RX-26-1124-51807**, denied **11/27/2026** by a PharmD.
- **Delivered 10/02/2026; onset 10/19/2026 (day 17)**: criterion 1 met. "06/2026" is a **prenatal visit at 24 weeks
  with EPDS 4**. EPDS 21, HAM-D 23 on 11/20/2026 (criterion 2). Driving counseling documented (criterion 3).
- **PA-PPD-2 has no SSRI criterion.** Sertraline started 10/24/2026, **100 mg since 11/07/2026, continued**, partial
  response after 5 weeks. In **2021** (not postpartum) she **remitted on sertraline** and tapered off 02/2022.
- No suicidal ideation; no thoughts of harming the baby. Pumping breast milk (lactation discussed).
- Expedited internal appeal (72 hours; urgency certified by her obstetrician, a physician); 180-day window (45 CFR
  147.136(b)(2) and 26 CFR 54.9815-2719, reaching a non-grandfathered church plan): by **05/26/2027**; then external
  review (state process: the plan is insured). The husband writes with her authorization (11/28/2026).

## Deliberately unknown
- Whether zuranolone is on the plan's formulary tier: not stated.
- Whether she will continue pumping during the course: not decided in the record.
- Whether the plan's reviewer saw the postpartum note: not shown.

## Traps
- **Onset is 10/19/2026**, not 06/2026; never "six months postpartum"; 06/11/2026 is before delivery.
- **Sertraline continues** and is 5 weeks old: never "failed sertraline" nor "adequate trial"; the 2021 sertraline is
  an **earlier-episode remission**, not a failure. The SSRI point is answered as not a criterion.
- **No suicidal ideation**, no thoughts of harming the baby: no suicide paragraph.
- **Other people:** the baby Lucía; lactation consultant Noor Castellanos-Byrd; the PharmD reviewer.
- Voice: the husband writes about his wife; never "I delivered".
- Church plan: never ERISA or 29 CFR 2560.503-1 as governing law, never the Labor Department, never "Marketplace"
  or 45 CFR 156.230; never "Medicaid".

## Arguments a strong letter makes
Strongest first.
1. Criterion 1 is met: delivery 10/02/2026, onset 10/19/2026; the 06/2026 date is a prenatal visit with EPDS 4.
2. The SSRI requirement is not in PA-PPD-2; the denial applied a criterion the plan's own criteria do not contain.
   (Sertraline is being taken in any case.)
3. Criteria 2 and 3 met; expedited decision within 72 hours, certified by her obstetrician; a psychiatrist or
   obstetrician as reviewer; external review after.

## What a letter must NOT say
- "onset in June", "six months after delivery".
- "failed sertraline", "stopped sertraline", "sertraline did not work in 2021".
- "suicidal ideation", "thoughts of harming the baby" as present.
- "ERISA"; "Department of Labor"; "Marketplace"; "Medicaid"; "Lucía" as a patient.
''',
[
("Notice date", "Date of notice: 11/27/2026", "denial/prior-authorization-denial-2026-11-27.txt"),
("Reference", "KCH-RX-26-1124-51807", "denial/prior-authorization-denial-2026-11-27.txt"),
("Reviewer", "Dr. Ignatius Porro, PharmD", "denial/prior-authorization-denial-2026-11-27.txt"),
("Denial's onset claim", "the record dates onset to 06/2026, six months after delivery", "denial/prior-authorization-denial-2026-11-27.txt"),
("Delivery date", "Delivered 10/02/2026", "clinical/obstetric-postpartum-note-2026-11-20.txt"),
("Onset", "Depressive symptoms began 10/19/2026, 17 days after delivery", "clinical/obstetric-postpartum-note-2026-11-20.txt"),
("EPDS now", "EPDS 21 today (24 on 10/24/2026); HAM-D 23", "clinical/obstetric-postpartum-note-2026-11-20.txt"),
("June 2026 entry", "Gestational age 24 weeks. EPDS 4", "clinical/prenatal-visit-2026-06-11.txt"),
("Sertraline now", "100 mg daily since 11/07/2026: partial response; continue", "clinical/obstetric-postpartum-note-2026-11-20.txt"),
("2021 episode", "remission on sertraline 100 mg; tapered off 02/2022", "clinical/obstetric-postpartum-note-2026-11-20.txt"),
("Suicidality", "No suicidal ideation; no thoughts of harming the baby", "clinical/obstetric-postpartum-note-2026-11-20.txt"),
("Driving counseling", "no driving or machinery for at least 12 hours after each zuranolone dose", "clinical/obstetric-postpartum-note-2026-11-20.txt"),
("Criteria list", "Approval: 14 days.", "other/pa-ppd-2-criteria.txt"),
("Expedited time", "decided within 72 hours", "denial/prior-authorization-denial-2026-11-27.txt"),
("Lactation consultant", "Noor Castellanos-Byrd, IBCLC", "clinical/obstetric-postpartum-note-2026-11-20.txt"),
("Representative", "authorize my husband Desmond Morrow", "other/authorization-to-represent-2026-11-28.txt"),
])
# ---------------------------------------------------------------- case 08
case("08", "school-district-plan-self-funded-spravato-psychosis-exclusion-from-sleep-quetiapine-augmentation-not-a-criterion-second-level-advocate",
r'''
# FICTIONAL CASE (set 89, case 08) - every person, plan, provider, number and address is invented.
# School district employees' plan (governmental), self-funded, Maine, 1,600 employees, not grandfathered. Spravato denied 09/30/2026; the
# first-level appeal upheld it 11/18/2026: "history of psychotic disorder (quetiapine and aripiprazole in the pharmacy
# record)" and "no adequate augmentation trial (aripiprazole 2 weeks)". Quetiapine 25 mg was a sleep dose; aripiprazole
# 2 mg was an augmentation stopped for akathisia; a structured interview found no psychotic symptoms ever. RX-ESK-20
# has no augmentation criterion. Second-level appeal by a patient advocate.
patient:
  name: Lorenzo Vaillancourt-Ibe
  salutation: Mr. Vaillancourt-Ibe
  date_of_birth: 1979-12-05
  member_id: FICT-PVS-15093382
  address: |-
    2208 Hemlock Ridge Road
    Bangor, ME 04401
  phone: (207) 555-0119
insurer:
  name: Penobscot Valley School District Employees' Health Plan, administered by Gateway Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Gateway Benefit Administrators, Second-Level Appeals (FICTIONAL)
    PO Box 4471
    Augusta, ME 04332
  fax: (207) 555-0177
claim:
  number: GBA-26-0921-40558
  plan_type: governmental
  funding: self_funded
  employees: 1600
  grandfathered: false
  notice_date: 2026-09-30
  stage: second level
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2]
  setting: outpatient
  pending_services: 8
  denial_reason: >-
    Esketamine is excluded under RX-ESK-20 for members with a history of psychotic disorder. The pharmacy record shows
    quetiapine and aripiprazole.
  denial_category: medical_necessity
  reviewer: {name: "Dr. Cordelia Banfield", specialty: emergency medicine}
  action: none
plan_policy:
  name: Penobscot Valley School District Employees' Health Plan Pharmacy Policy RX-ESK-20, Esketamine Nasal Spray
  number: RX-ESK-20
  quote: >-
    1. Age 18 or older with major depressive disorder. 2. Failure of two or more oral antidepressants at adequate
    dose and duration in the current episode. 3. Used with an oral antidepressant. Exclusion: current psychotic
    features, or a history of a psychotic disorder.
  file: other/rx-esk-20-excerpt.txt
payer_criteria:
  - criterion: "1. Age 18 or older with major depressive disorder"
    how_met: Age 46; F33.2
    met: true
    evidence: {file: clinical/psychiatry-evaluation-2026-09-08.txt, page: 1}
  - criterion: "2. Failure of two or more oral antidepressants at adequate dose and duration in the current episode"
    how_met: Duloxetine 120 mg 12 weeks, no response; vortioxetine 20 mg 8 weeks, partial response, stopped (episode since 11/2025)
    met: true
    evidence: {file: clinical/psychiatry-evaluation-2026-09-08.txt, page: 1}
  - criterion: "3. Used with an oral antidepressant"
    how_met: Sertraline 200 mg daily, taken since 07/2026, continues with esketamine
    met: true
    evidence: {file: clinical/psychiatry-evaluation-2026-09-08.txt, page: 1}
  - criterion: "Exclusion: current psychotic features, or a history of a psychotic disorder"
    how_met: >-
      None: structured interview (MINI) 09/08/2026 finds no psychotic symptoms, current or past; quetiapine 25 mg was
      a sleep dose and aripiprazole 2 mg an augmentation, neither for psychosis
    met: true
    evidence: [{file: clinical/psychiatry-evaluation-2026-09-08.txt, page: 1}, {file: clinical/primary-care-letter-2026-10-14.txt, page: 1}]
treatment:
  name: Spravato (esketamine nasal spray) 56 mg then 84 mg, induction of 8 sessions
  summary: >-
    Esketamine with sertraline for severe recurrent depression after two failed antidepressants in this episode; no
    psychotic disorder now or ever.
  plan: 56 mg then 84 mg twice weekly for 4 weeks (8 sessions); MADRS at weeks 2 and 4; continue only with a 50% fall.
  alongside: sertraline 200 mg daily
clinical:
  severity: MADRS 35 on 09/08/2026; PHQ-9 20 on 11/24/2026
  severity_date: 2026-11-24
  suicidality: passive
  suicidality_date: 2026-11-24
  episode_onset: 2025-11
  treating_since: 2026-09-08
  exclusions: No psychotic symptoms current or past (MINI, 09/08/2026); BP 128/82; no substance use disorder.
  history:
    - drug: Escitalopram (2021 episode)
      dose: 20 mg daily
      start: 2021-01
      end: 2021-12
      kind: antidepressant
      response: remission
      outcome: Remission of the 2021 episode; tapered off 12/2021 (earlier episode, not a failed trial)
      evidence: {file: clinical/psychiatry-evaluation-2026-09-08.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep (primary care)
      start: 2024-03
      end: 2024-08
      kind: other
      outcome: Prescribed by primary care for insomnia; never for psychosis; not an antidepressant or augmentation trial
      evidence: {file: clinical/primary-care-letter-2026-10-14.txt, page: 1}
    - drug: Duloxetine
      dose: 120 mg daily
      start: 2025-12
      end: 2026-03
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks; stopped
      evidence: {file: clinical/psychiatry-evaluation-2026-09-08.txt, page: 1}
    - drug: Aripiprazole
      dose: 2 mg daily (augmentation)
      start: 2026-03
      end: 2026-03
      weeks: 2
      kind: augmentation
      adequate: false
      failed: true
      outcome: Added to duloxetine; stopped after 2 weeks for akathisia (intolerance)
      evidence: {file: clinical/psychiatry-evaluation-2026-09-08.txt, page: 1}
    - drug: Vortioxetine
      dose: 20 mg daily
      start: 2026-04
      end: 2026-06
      weeks: 8
      kind: antidepressant
      adequate: true
      failed: true
      response: partial
      outcome: Partial response (PHQ-9 24 to 18); stopped for nausea at 20 mg
      evidence: {file: clinical/psychiatry-evaluation-2026-09-08.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2026-07
      ongoing: true
      kind: antidepressant
      outcome: Taken since 07/2026; continued as the oral antidepressant with esketamine
      evidence: {file: clinical/psychiatry-evaluation-2026-09-08.txt, page: 1}
decisions:
  - date: 2026-11-18
    outcome: denied
    stage: first-level appeal
    opens: second level appeal
    next_deadline: 2027-01-17
    reason: >-
      The denial is upheld. The member has a history of psychotic disorder based on quetiapine and aripiprazole in the
      pharmacy record, which excludes esketamine under RX-ESK-20. In addition, the member has not had an adequate
      augmentation trial (aripiprazole was taken for 2 weeks).
    corrections:
      - said: The member has a history of psychotic disorder based on quetiapine and aripiprazole in the pharmacy record
        record: >-
          No psychotic symptoms, current or past, on a structured interview (MINI) of 09/08/2026. Quetiapine 25 mg at
          bedtime was prescribed by primary care for insomnia in 2024; aripiprazole 2 mg was added to duloxetine as an
          augmentation and stopped after 2 weeks for akathisia.
        file: [clinical/psychiatry-evaluation-2026-09-08.txt, clinical/primary-care-letter-2026-10-14.txt]
        page: 1
      - said: the member has not had an adequate augmentation trial (aripiprazole was taken for 2 weeks).
        record: >-
          RX-ESK-20 has no augmentation criterion; its criteria are age and diagnosis, two failed oral antidepressants
          in the current episode, and use with an oral antidepressant.
        file: other/rx-esk-20-excerpt.txt
        page: 1
submissions:
  - date: 2026-10-20
    stage: first-level appeal
    method: fax
    confirmation: GBA-APL-26-1020-118
author:
  name: Henrietta Osei-Lindgren
  role: patient advocate, Penobscot Patient Advocacy Network (authorized representative)
  relation: representative
  address: |-
    Penobscot Patient Advocacy Network (FICTIONAL), 415 Exchange Street, Suite 3
    Bangor, ME 04401
  phone: (207) 555-0148
  email: hosei-lindgren@penobscotadvocacy.example
  authorization: other/authorization-to-represent-2026-11-25.txt
provider:
  name: Dr. Tamsin Rowell-Achebe
  credentials: MD, psychiatrist
  npi: "1902635477"
  address: |-
    Kenduskeag Psychiatry (FICTIONAL), 1960 Union Street
    Bangor, ME 04401
  phone: (207) 555-0163
record_dates:
  - {file: clinical/psychiatry-evaluation-2026-09-08.txt, date: 2026-09-08}
  - {file: clinical/primary-care-letter-2026-10-14.txt, date: 2026-10-14}
  - {file: clinical/phq9-2026-11-24.txt, date: 2026-11-24}
bates_prefix: VAILLANCOURTIBE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
{
"denial/initial-denial-2026-09-30.txt": r'''
GATEWAY BENEFIT ADMINISTRATORS (FICTIONAL) for the PENOBSCOT VALLEY SCHOOL DISTRICT EMPLOYEES' HEALTH PLAN - PRIOR AUTHORIZATION DENIAL
Date of notice: 09/30/2026   Member: Lorenzo Vaillancourt-Ibe   ID FICT-PVS-15093382   Reference GBA-26-0921-40558
Service: esketamine nasal spray (J0013), induction, F33.2   Prescriber: Dr. Tamsin Rowell-Achebe, MD
Esketamine is excluded under RX-ESK-20 for members with a history of psychotic disorder. The pharmacy record shows
quetiapine and aripiprazole.   Reviewer: Dr. Cordelia Banfield, MD (emergency medicine).
You may appeal within 180 days. The Plan has two levels of internal appeal.
''',
"denial/first-level-appeal-decision-2026-11-18.txt": r'''
GATEWAY BENEFIT ADMINISTRATORS (FICTIONAL) - FIRST-LEVEL APPEAL DECISION      Date: 11/18/2026
Member: Lorenzo Vaillancourt-Ibe   Reference GBA-26-0921-40558   Appeal received 10/20/2026 (GBA-APL-26-1020-118)
The denial is upheld. The member has a history of psychotic disorder based on quetiapine and aripiprazole in the
pharmacy record, which excludes esketamine under RX-ESK-20. In addition, the member has not had an adequate
augmentation trial (aripiprazole was taken for 2 weeks).
You may request a second-level appeal within 60 days of this decision (by 01/17/2027). After the Plan's final
decision you may request external review by an independent review organization.
''',
"clinical/psychiatry-evaluation-2026-09-08.txt": r'''
KENDUSKEAG PSYCHIATRY (FICTIONAL) - PSYCHIATRIC EVALUATION      Date: 09/08/2026
Patient: Lorenzo Vaillancourt-Ibe, 46   Psychiatrist: Dr. Tamsin Rowell-Achebe, MD
Major depressive disorder, recurrent, severe (F33.2); current episode since 11/2025. MADRS 35.
Structured interview (MINI): no psychotic symptoms, current or past. No mania. No substance use disorder. BP 128/82.
Past episode 2021: remission on escitalopram 20 mg; tapered off 12/2021.
This episode: duloxetine 120 mg daily 12/2025-03/2026, 12 weeks, no response. Aripiprazole 2 mg added 03/2026,
stopped after 2 weeks for akathisia. Vortioxetine 20 mg daily 04/2026-06/2026, 8 weeks, partial response (PHQ-9 24
to 18), stopped for nausea. Sertraline 200 mg daily since 07/2026, continuing.
Quetiapine 25 mg at bedtime in 2024 was from his primary care physician for sleep.
Plan: esketamine with sertraline. Wife Celestine aware of the plan and will drive him after sessions.
''',
"clinical/primary-care-letter-2026-10-14.txt": r'''
KENDUSKEAG FAMILY MEDICINE (FICTIONAL) - LETTER      Date: 10/14/2026
To whom it may concern: I prescribed quetiapine 25 mg at bedtime for Lorenzo Vaillancourt-Ibe from 03/2024 to
08/2024 for insomnia only. He has never had psychotic symptoms or a psychotic disorder in my care since 2016.
Dr. Augustin Mbeki-Farrow, DO
''',
"clinical/phq9-2026-11-24.txt": r'''
KENDUSKEAG PSYCHIATRY (FICTIONAL) - PHQ-9      Date: 11/24/2026   Patient: Lorenzo Vaillancourt-Ibe
PHQ-9 total 20. Item 9: "several days" (passive thoughts of being better off dead); denies plan or intent.
''',
"other/rx-esk-20-excerpt.txt": r'''
PENOBSCOT VALLEY SCHOOL DISTRICT EMPLOYEES' HEALTH PLAN (FICTIONAL) - PHARMACY POLICY RX-ESK-20, ESKETAMINE NASAL SPRAY (excerpt)
1. Age 18 or older with major depressive disorder. 2. Failure of two or more oral antidepressants at adequate
dose and duration in the current episode. 3. Used with an oral antidepressant. Exclusion: current psychotic
features, or a history of a psychotic disorder.
''',
"other/authorization-to-represent-2026-11-25.txt": r'''
AUTHORIZATION TO REPRESENT      Date: 11/25/2026
I, Lorenzo Vaillancourt-Ibe, authorize Henrietta Osei-Lindgren of the Penobscot Patient Advocacy Network to file my
second-level appeal with the Penobscot Valley School District Employees' Health Plan and to receive my health information for it.
Signed: Lorenzo Vaillancourt-Ibe
''',
},
r'''
# 08 - School district self-funded plan, second level: Spravato excluded for "psychotic disorder" read from a sleep-dose quetiapine and a 2-week aripiprazole augmentation; an augmentation criterion the policy lacks; a patient advocate writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Lorenzo Vaillancourt-Ibe, 46 (DOB 12/05/1979), Penobscot Valley School District Employees' Health Plan (governmental, self-funded,
  1,600 employees, not grandfathered; administrator Gateway Benefit Administrators). Esketamine (J0013) denied
  **09/30/2026**; first-level appeal (sent 10/20/2026, GBA-APL-26-1020-118) **upheld 11/18/2026**. This is the
  **second-level** appeal, due **01/17/2027** (the decision's own date).
- **No psychotic disorder:** MINI 09/08/2026 no psychotic symptoms current or past; PCP letter 10/14/2026:
  **quetiapine 25 mg at bedtime 03/2024-08/2024 for insomnia only**. **Aripiprazole 2 mg** was an augmentation to
  duloxetine stopped after 2 weeks for akathisia.
- **RX-ESK-20 has no augmentation criterion.** Criterion 2 (current episode, since 11/2025): **duloxetine 120 mg 12
  weeks no response**; **vortioxetine 20 mg 8 weeks partial response, stopped for nausea**. Criterion 3: **sertraline
  200 mg continues**. The **2021 escitalopram** remission is an earlier episode, not a failure.
- MADRS 35 (09/08/2026); PHQ-9 20 (11/24/2026) with passive thoughts (item 9), no plan or intent.
- Governmental plan: 45 CFR 147.136 (not ERISA); external review after the final internal decision. Reviewer of the
  first notice: emergency medicine.

## Deliberately unknown
- Who decided the first-level appeal and their specialty: the decision does not say.
- Whether the plan follows the federal external review process or a state one: not stated.
- The induction start date: not scheduled.

## Traps
- **Quetiapine 25 mg** was a sleep dose: never "antipsychotic trial" nor evidence of psychosis.
- **Aripiprazole** 2 weeks: not adequate; an augmentation, not an antidepressant; and not required by RX-ESK-20.
- **Escitalopram 2021** remitted: never counted as a failed trial of this episode.
- **Sertraline continues**; vortioxetine is partial response, stopped (not "no response").
- **Stage**: second level; quote the 11/18/2026 decision, not only the first notice.
- **Other people:** wife Celestine; Dr. Augustin Mbeki-Farrow (PCP).
- Governmental plan: no ERISA, no 29 CFR 2560.503-1 as governing law, no DOL complaint.
- Spravato label: TRD may be monotherapy since 01/2025; the "with an oral antidepressant" is the plan's criterion.

## Arguments a strong letter makes
Strongest first.
1. The exclusion does not apply: no psychotic disorder, current or past (MINI; PCP letter); the two drugs the
   decision names were a sleep dose and a short augmentation.
2. The augmentation point is not a criterion of RX-ESK-20; the decision added it.
3. Criteria 1-3 are met (two failures this episode; sertraline continues). Ask for a psychiatrist reviewer, the
   claim file; external review after the final decision.

## What a letter must NOT say
- "history of psychosis", "antipsychotic trial of quetiapine".
- "failed escitalopram", "stopped sertraline", "vortioxetine no response".
- "ERISA", "29 CFR 2560.503-1" as governing law; "first-level appeal" as this appeal's level.
- "active suicidal ideation"; "Celestine" as a party.
''',
[
("First notice date", "Date of notice: 09/30/2026", "denial/initial-denial-2026-09-30.txt"),
("Reference", "GBA-26-0921-40558", "denial/initial-denial-2026-09-30.txt"),
("First reviewer", "Dr. Cordelia Banfield, MD (emergency medicine)", "denial/initial-denial-2026-09-30.txt"),
("Level 1 decision date", "FIRST-LEVEL APPEAL DECISION      Date: 11/18/2026", "denial/first-level-appeal-decision-2026-11-18.txt"),
("Second-level deadline", "within 60 days of this decision (by 01/17/2027)", "denial/first-level-appeal-decision-2026-11-18.txt"),
("Level 1 confirmation", "GBA-APL-26-1020-118", "denial/first-level-appeal-decision-2026-11-18.txt"),
("Psychosis screen", "Structured interview (MINI): no psychotic symptoms, current or past", "clinical/psychiatry-evaluation-2026-09-08.txt"),
("Quetiapine purpose", "from 03/2024 to 08/2024 for insomnia only", "clinical/primary-care-letter-2026-10-14.txt"),
("Aripiprazole", "stopped after 2 weeks for akathisia", "clinical/psychiatry-evaluation-2026-09-08.txt"),
("Duloxetine", "duloxetine 120 mg daily 12/2025-03/2026, 12 weeks, no response", "clinical/psychiatry-evaluation-2026-09-08.txt"),
("Vortioxetine", "8 weeks, partial response (PHQ-9 24 to 18), stopped for nausea", "clinical/psychiatry-evaluation-2026-09-08.txt"),
("Sertraline", "Sertraline 200 mg daily since 07/2026, continuing", "clinical/psychiatry-evaluation-2026-09-08.txt"),
("2021 episode", "Past episode 2021: remission on escitalopram 20 mg", "clinical/psychiatry-evaluation-2026-09-08.txt"),
("MADRS", "current episode since 11/2025. MADRS 35", "clinical/psychiatry-evaluation-2026-09-08.txt"),
("PHQ-9 latest", "PHQ-9 total 20", "clinical/phq9-2026-11-24.txt"),
("Policy exclusion", "Exclusion: current psychotic features, or a history of a psychotic disorder", "other/rx-esk-20-excerpt.txt"),
])

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
