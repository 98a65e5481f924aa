#!/usr/bin/env python3
"""FICTIONAL letters review set 83 generator. All people, plans, providers, numbers are invented.
Usage: make_set.py [--check] [NN ...]"""
import re, sys, shutil, subprocess, pathlib
from ruamel.yaml import YAML
HERE = pathlib.Path(__file__).resolve().parent
HDR = "FICTIONAL TEST DOCUMENT (letters set 83) - invented people, plan and numbers.\n"
FTR = "\n-- FICTIONAL: not a real patient, plan or provider. --\n"
HEADINGS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes", "What a letter must NOT say"]

def npi(base9):
    digits = "80840" + base9
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return base9 + str((10 - s % 10) % 10)

def luhn_ok(n):
    digits = "80840" + n
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        s += d
    return s % 10 == 0

CASES = []
def case(**k): CASES.append(k)


def norm(s): return re.sub(r"\s+", " ", s).strip().lower()

def build(c, problems):
    slug = c["slug"]; d = HERE / slug
    if d.exists(): shutil.rmtree(d)
    for sub in ("denial", "clinical", "other"): (d / sub).mkdir(parents=True)
    (d / "case.yaml").write_text(c["yaml"].strip() + "\n")
    for p, t in c["docs"].items():
        if not p.endswith(".txt") or p.split("/")[0] not in ("denial", "clinical", "other"):
            problems.append(f"{slug}: bad doc path {p}")
        (d / p).write_text(HDR + "\n" + t.strip() + "\n" + FTR)
    (HERE / f"{slug}.truth.md").write_text(c["truth"].strip() + "\n")
    # self-checks
    y = YAML(typ="safe").load((d / "case.yaml").read_text())
    if not isinstance(y, dict): problems.append(f"{slug}: case.yaml not a mapping")
    if "FICTIONAL" not in (d / "case.yaml").read_text().splitlines()[0]: problems.append(f"{slug}: case.yaml header")
    tr = (HERE / f"{slug}.truth.md").read_text()
    if "FICTIONAL" not in tr.splitlines()[0]: problems.append(f"{slug}: truth header")
    pos = [tr.find("## " + h) for h in HEADINGS]
    if -1 in pos or pos != sorted(pos): problems.append(f"{slug}: truth headings {pos}")
    if len(c["answers"]) != 16: problems.append(f"{slug}: {len(c['answers'])} answers")
    for q, a, doc in c["answers"]:
        f = d / doc
        if not f.exists(): problems.append(f"{slug}: answer doc missing {doc}"); continue
        if norm(a) not in norm(f.read_text()): problems.append(f"{slug}: answer not printed: {q!r} -> {a!r} in {doc}")
    alltext = [(d / "case.yaml").read_text(), tr] + [(d / p).read_text() for p in c["docs"]]
    for t in alltext:
        for m in re.finditer(r"555-?\d{4}", t):
            ctx = t[max(0, m.start()-8):m.end()]
            if not re.search(r"(\(\d{3}\) 555-01\d\d|1-800-555-01\d\d)$", ctx):
                problems.append(f"{slug}: phone rule: {ctx!r}")
        for m in re.finditer(r"[\w.-]+@([\w-]+\.)+([a-z]+)", t):
            if m.group(2) != "example": problems.append(f"{slug}: e-mail rule {m.group(0)}")
        for m in re.finditer(r"(?:www\.|https?://)([\w.-]+)", t):
            if not m.group(1).rstrip(".").endswith(".example"): problems.append(f"{slug}: web rule {m.group(0)}")
    for p in c["docs"]:
        if not (d / p).read_text().startswith("FICTIONAL"): problems.append(f"{slug}: doc header {p}")
    for m in re.finditer(r'npi: "(\d+)"', c["yaml"]):
        if not luhn_ok(m.group(1)): problems.append(f"{slug}: NPI Luhn {m.group(1)}")
    for m in re.finditer(r"\b((?:denial|clinical|other)/[\w.-]+\.txt)", c["yaml"]):
        if not (d / m.group(1)).exists(): problems.append(f"{slug}: yaml names missing {m.group(1)}")

def main():
    define(case, npi)
    args = sys.argv[1:]; check = "--check" in args
    sel = [a for a in args if a != "--check"]
    cases = [c for c in CASES if not sel or c["slug"][:2] in sel]
    problems = []
    for c in cases: build(c, problems)
    print(f"{len(cases)} cases, {sum(len(c['answers']) for c in cases)} expected answers, {len(problems)} problems")
    for p in problems: print("PROBLEM", p)
    bad = bool(problems)
    if check:
        out = []
        for c in cases:
            r = subprocess.run(["/work/main/.venv/bin/appeal-kit", "check", str(HERE / c["slug"])], capture_output=True, text=True)
            out.append(f"===== {c['slug']} exit {r.returncode}\n{r.stdout}{r.stderr}")
            print(f"check {c['slug'][:2]} exit {r.returncode}")
            if r.returncode != 0: bad = True
        (HERE / ("check-output.txt" if not sel else "check-output-partial.txt")).write_text("\n".join(out))
    sys.exit(1 if bad else 0)




def define(case, npi):
    # ---------------- 01 Part D step therapy, daughter ----------------
    N1 = npi("184031762")
    case(slug="01-part-d-pdp-cariprazine-step-therapy-aripiprazole-parkinsonism-paid-by-former-plan-quetiapine-sleep-dose-not-a-trial-daughter",
    yaml=f"""
# FICTIONAL CASE (set 83, case 01) - every person, plan, provider, number and address is invented.
# Part D PDP coverage determination denied cariprazine (augmentation) for step therapy: "no trial of aripiprazole
# or quetiapine". Record: aripiprazole 5 mg stopped after 3 weeks for drug-induced parkinsonism (intolerance), paid by her former plan; quetiapine 25 mg at
# bedtime was a sleep dose, never an augmentation trial. Sertraline 200 mg continues. Daughter writes (CMS-1696).
patient:
  name: Eleanor Vasquez-Thornbury
  salutation: Ms. Vasquez-Thornbury
  date_of_birth: 1951-04-22
  member_id: FICT-SLD-77104592
  address: |-
    81 Orchard Hill Road
    Dover, DE 19901
  phone: (302) 555-0131
insurer:
  name: SilverLantern Medicare Rx (PDP) (FICTIONAL)
  appeals_address: |-
    SilverLantern Medicare Rx Redeterminations (FICTIONAL)
    PO Box 31877
    Wilmington, DE 19850
  fax: (302) 555-0164
claim:
  number: CD-26-1103-55821
  plan_type: medicare_part_d
  notice_date: 2026-11-03
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Step therapy requirement not met. Cariprazine requires a trial of aripiprazole or quetiapine. Our records do
    not show a trial of either drug. Your prescriber did not provide information showing that the required drugs
    were tried or would not be as effective or would cause harm.
  denial_category: step_therapy
  action: none
treatment:
  name: Cariprazine 1.5 mg daily as add-on to sertraline
  alongside: sertraline 200 mg daily
clinical:
  history:
    - {{drug: sertraline, dose: 200 mg daily, start: 2025-09, ongoing: true, kind: antidepressant, response: partial, evidence: {{file: clinical/psychiatry-note-2026-10-21.txt}}}}
    - {{drug: aripiprazole, dose: 5 mg daily, start: 2026-05-04, end: 2026-05-25, kind: augmentation, adequate: false, failed: true, outcome: "stopped after 3 weeks for drug-induced parkinsonism (intolerance)", paid_outside: another plan, evidence: {{file: clinical/psychiatry-note-2026-10-21.txt}}}}
    - {{drug: quetiapine, dose: 25 mg at bedtime, start: 2026-01, end: 2026-03, kind: other, outcome: "low dose for sleep only; not an augmentation trial", evidence: {{file: clinical/psychiatry-note-2026-10-21.txt}}}}
  severity: PHQ-9 17 on 10/21/2026
  severity_date: 2026-10-21
  suicidality: none
  suicidality_date: 2026-10-21
prescriber_statement:
  date: 2026-11-12
  quote: >-
    Ms. Vasquez-Thornbury took aripiprazole 5 mg daily from 05/04/2026 to 05/25/2026 and stopped it because of
    drug-induced parkinsonism. Quetiapine 25 mg at bedtime was given for sleep and was never an augmentation trial; an adequate
    antipsychotic dose of quetiapine would risk falls and orthostatic hypotension at her age.
  file: other/prescriber-supporting-statement-2026-11-12.txt
author:
  name: Marisol Thornbury
  relation: daughter
  role: Daughter and appointed representative
  address: |-
    14 Kent Avenue
    Dover, DE 19904
  phone: (302) 555-0142
  authorization: other/cms-1696-appointment-of-representative.txt
provider:
  name: Dr. Ravindra Oyelaran-Pike
  credentials: MD, geriatric psychiatrist
  npi: "{N1}"
  phone: (302) 555-0127
record_dates:
  - file: clinical/psychiatry-note-2026-10-21.txt
    date: 2026-10-21
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
    "denial/coverage-determination-notice-2026-11-03.txt": """
SilverLantern Medicare Rx (PDP) - Notice of Denial of Medicare Prescription Drug Coverage
Date of notice: 11/03/2026
Member: Eleanor Vasquez-Thornbury   Member ID: FICT-SLD-77104592
Reference: CD-26-1103-55821
Drug requested: cariprazine 1.5 mg capsule, 30 per 30 days
Prescriber: Ravindra Oyelaran-Pike, MD
Why we denied: Step therapy requirement not met. Cariprazine requires a trial of aripiprazole or quetiapine.
Our records do not show a trial of either drug. Your prescriber did not provide information showing that the
required drugs were tried or would not be as effective or would cause harm.
You may ask for a redetermination within 65 days from the date of this notice.
Fax: (302) 555-0164   Phone: 1-800-555-0151
""",
    "clinical/psychiatry-note-2026-10-21.txt": """
Geriatric psychiatry follow-up - 10/21/2026
Patient: Eleanor Vasquez-Thornbury, age 75. Clinician: Ravindra Oyelaran-Pike, MD
Diagnosis: major depressive disorder, recurrent, moderate (F33.1).
PHQ-9 today: 17. Denies suicidal ideation.
Current medicines: sertraline 200 mg daily since September 2025 (partial response; continue).
Past: aripiprazole 5 mg daily 05/04/2026 to 05/25/2026 - stopped after 3 weeks because of drug-induced parkinsonism (tremor); paid by her former Medicare drug plan before she joined this plan on 07/01/2026.
Quetiapine 25 mg at bedtime January to March 2026 for sleep only; this was not an augmentation trial.
Fall in March 2026 with orthostatic light-headedness.
Plan: start cariprazine 1.5 mg daily added to sertraline. Daughter Marisol present and helps with medicines.
""",
    "other/prescriber-supporting-statement-2026-11-12.txt": """
Prescriber supporting statement for a Part D exception - 11/12/2026
From: Ravindra Oyelaran-Pike, MD   Phone: (302) 555-0127
Ms. Vasquez-Thornbury took aripiprazole 5 mg daily from 05/04/2026 to 05/25/2026 and stopped it because of
drug-induced parkinsonism. Quetiapine 25 mg at bedtime was given for sleep and was never an augmentation trial; an adequate
antipsychotic dose of quetiapine would risk falls and orthostatic hypotension at her age.
""",
    "other/cms-1696-appointment-of-representative.txt": """
Appointment of Representative (Form CMS-1696) - signed 11/10/2026
Beneficiary: Eleanor Vasquez-Thornbury. Representative: Marisol Thornbury (daughter), 14 Kent Avenue, Dover, DE 19904.
""",
    },
    truth="""
# FICTIONAL TRUTH FILE - 01 - Part D step therapy for cariprazine; aripiprazole stopped for parkinsonism; quetiapine a sleep dose (FICTIONAL)

## What is true
- Part D PDP denied cariprazine 1.5 mg (add-on to sertraline) on 11/03/2026 for step therapy: "no trial of aripiprazole or quetiapine".
- Aripiprazole 5 mg daily 05/04-05/25/2026 (3 weeks) was stopped for **drug-induced parkinsonism**: an intolerance, not an adequate trial; it was paid by her **former Medicare drug plan** (before she joined this plan on 07/01/2026), which is why the plan's claims do not show it.
- Quetiapine 25 mg at bedtime (Jan-Mar 2026) was a **sleep dose**, not an augmentation trial. A full dose carries fall/orthostatic risk (fall in March 2026).
- Sertraline 200 mg daily continues (partial response). PHQ-9 17 on 10/21/2026; no suicidal ideation.
- Redetermination: 65 days from the notice date (by 01/07/2027). Daughter Marisol Thornbury is the appointed representative (CMS-1696).
## Deliberately unknown
- Whether the prescriber sent anything with the first request; the plan's step-therapy policy number.
## Traps
- Do not call aripiprazole an "adequate trial that failed"; it is an intolerance. Do not call quetiapine an augmentation trial.
- Sertraline is continuing, never "failed and stopped". No suicidal-ideation argument.
## Arguments a strong letter makes
- Step-therapy exception under 42 CFR 423.578(b) on the prescriber's supporting statement (harm: parkinsonism; quetiapine would risk falls).
- The aripiprazole trial happened although paid by her former plan.
## What a letter must NOT say
- That the patient has suicidal ideation; that quetiapine failed as augmentation; "60 days after receipt".
""",
    answers=[
     ("Notice date", "Date of notice: 11/03/2026", "denial/coverage-determination-notice-2026-11-03.txt"),
     ("Reference number", "CD-26-1103-55821", "denial/coverage-determination-notice-2026-11-03.txt"),
     ("Drug requested", "cariprazine 1.5 mg capsule", "denial/coverage-determination-notice-2026-11-03.txt"),
     ("Step drugs the plan requires", "a trial of aripiprazole or quetiapine", "denial/coverage-determination-notice-2026-11-03.txt"),
     ("Redetermination window", "within 65 days from the date of this notice", "denial/coverage-determination-notice-2026-11-03.txt"),
     ("Aripiprazole dates", "05/04/2026 to 05/25/2026", "clinical/psychiatry-note-2026-10-21.txt"),
     ("Why aripiprazole stopped", "stopped after 3 weeks because of drug-induced parkinsonism (tremor)", "clinical/psychiatry-note-2026-10-21.txt"),
     ("How aripiprazole was paid", "paid by her former Medicare drug plan", "clinical/psychiatry-note-2026-10-21.txt"),
     ("What quetiapine was", "Quetiapine 25 mg at bedtime January to March 2026 for sleep only", "clinical/psychiatry-note-2026-10-21.txt"),
     ("Is sertraline continuing", "sertraline 200 mg daily since September 2025 (partial response; continue)", "clinical/psychiatry-note-2026-10-21.txt"),
     ("Severity", "PHQ-9 today: 17", "clinical/psychiatry-note-2026-10-21.txt"),
     ("Suicidality", "Denies suicidal ideation", "clinical/psychiatry-note-2026-10-21.txt"),
     ("Fall history", "Fall in March 2026 with orthostatic light-headedness", "clinical/psychiatry-note-2026-10-21.txt"),
     ("Prescriber statement date", "Part D exception - 11/12/2026", "other/prescriber-supporting-statement-2026-11-12.txt"),
     ("Harm of quetiapine at full dose", "would risk falls and orthostatic hypotension at her age", "other/prescriber-supporting-statement-2026-11-12.txt"),
     ("Representative form", "Form CMS-1696", "other/cms-1696-appointment-of-representative.txt"),
    ])
    # ---------------- 02 Medicaid under 21, TMS, mother ----------------
    N2 = npi("129384750")
    case(slug="02-medicaid-mco-age-17-tms-denial-says-one-antidepressant-record-shows-two-adequate-plus-lithium-stopped-renal-epsdt-mother",
    yaml=f"""
# FICTIONAL CASE (set 83, case 02) - every person, plan, provider, number and address is invented.
# Medicaid managed care, member aged 17. TMS prior authorization denied: "only one antidepressant trial". Record:
# fluoxetine 40 mg 10 weeks failed, escitalopram 20 mg 8 weeks partial response (still taken), lithium augmentation
# stopped after 4 weeks for a rising creatinine (contraindication, not an adequate trial). CBT 14 sessions. Mother writes.
patient:
  name: Tobias Ferreira-Lindqvist
  salutation: Tobias
  date_of_birth: 2009-06-14
  member_id: FICT-GSM-40021873
  address: |-
    303 Maple Crest Drive
    Albuquerque, NM 87110
  phone: (505) 555-0116
insurer:
  name: Grand Sky Medicaid Health Plan (FICTIONAL)
  appeals_address: |-
    Grand Sky Medicaid Health Plan Appeals (FICTIONAL)
    PO Box 9120
    Albuquerque, NM 87199
  fax: (505) 555-0162
claim:
  number: PA-26-1109-30412
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-09
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F32.2]
  denial_reason: >-
    The request for transcranial magnetic stimulation does not meet criteria. The member has tried only one
    antidepressant medication. Criteria require two adequate antidepressant trials.
  denial_category: medical_necessity
  action: none
treatment:
  name: Transcranial magnetic stimulation, 36 sessions
  alongside: escitalopram 20 mg daily
clinical:
  history:
    - {{drug: fluoxetine, dose: 40 mg daily, start: 2025-10-01, end: 2025-12-10, kind: antidepressant, weeks: 10, adequate: true, failed: true, response: none, evidence: {{file: clinical/adolescent-psychiatry-summary-2026-10-28.txt}}}}
    - {{drug: escitalopram, dose: 20 mg daily, start: 2026-01-05, ongoing: true, kind: antidepressant, weeks: 8, adequate: true, response: partial, evidence: {{file: clinical/adolescent-psychiatry-summary-2026-10-28.txt}}}}
    - {{drug: lithium, dose: 600 mg daily, start: 2026-06-01, end: 2026-06-29, kind: augmentation, adequate: false, outcome: "stopped after 4 weeks for rising creatinine (contraindication)", evidence: {{file: clinical/adolescent-psychiatry-summary-2026-10-28.txt}}}}
    - {{drug: cognitive behavioral therapy, dose: weekly, start: 2025-09, end: 2026-01, kind: psychotherapy, sessions: 14, evidence: {{file: clinical/adolescent-psychiatry-summary-2026-10-28.txt}}}}
  severity: CDRS-R 68 on 10/28/2026; PHQ-A 19 on 10/28/2026
  severity_date: 2026-10-28
  suicidality: passive
  suicidality_date: 2026-10-28
author:
  name: Luciana Ferreira
  relation: parent
  role: Mother
  address: |-
    303 Maple Crest Drive
    Albuquerque, NM 87110
  phone: (505) 555-0116
provider:
  name: Dr. Henrike Okonkwo-Baird
  credentials: MD, child and adolescent psychiatrist
  npi: "{N2}"
  phone: (505) 555-0128
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
    "denial/pa-denial-notice-2026-11-09.txt": """
Grand Sky Medicaid Health Plan - Notice of Adverse Benefit Determination
Date: 11/09/2026   Member: Tobias Ferreira-Lindqvist   ID: FICT-GSM-40021873   Reference: PA-26-1109-30412
Service: transcranial magnetic stimulation, 36 sessions (90867, 90868)
Reason: The request for transcranial magnetic stimulation does not meet criteria. The member has tried only one
antidepressant medication. Criteria require two adequate antidepressant trials.
Reviewer: Gordon Ashby-Kettle, MD, family medicine.
You may ask for an appeal within 60 days of the date of this notice. Call 1-800-555-0177.
""",
    "clinical/adolescent-psychiatry-summary-2026-10-28.txt": """
Adolescent psychiatry treatment summary - 10/28/2026
Patient: Tobias Ferreira-Lindqvist, age 17. Psychiatrist: Henrike Okonkwo-Baird, MD
Diagnosis: major depressive disorder, single episode, severe without psychotic features (F32.2).
CDRS-R 68; PHQ-A 19 (10/28/2026). Passive death wishes without plan or intent.
1. Fluoxetine 40 mg daily 10/01/2025-12/10/2025: 10 weeks at full dose, no response; stopped.
2. Escitalopram 20 mg daily since 01/05/2026: partial response after 8 weeks; he still takes it.
3. Lithium 600 mg daily 06/01/2026-06/29/2026 added to escitalopram: stopped after 4 weeks because creatinine rose from 0.8 to 1.3 mg/dL; pediatric nephrology (Dr. Samir Valdés-Hartmann) advised against restarting.
4. Cognitive behavioral therapy, 14 sessions, September 2025 to January 2026, with therapist Joanna Kuusela, LPCC.
Missed 31 school days this semester. Mother (Luciana Ferreira) attends visits.
Plan: TMS 36 sessions, continue escitalopram.
""",
    },
    truth="""
# FICTIONAL TRUTH FILE - 02 - Medicaid, age 17, TMS; denial says one antidepressant, record shows two (FICTIONAL)

## What is true
- Medicaid managed care denied TMS prior authorization (11/09/2026) saying only one antidepressant was tried.
- Record: fluoxetine 40 mg 10 weeks, no response (adequate, failed); escitalopram 20 mg since 01/05/2026, partial response after 8 weeks, **still taken** (adequate trial, partial response); lithium augmentation stopped after 4 weeks for rising creatinine (contraindication now; not an adequate trial); CBT 14 sessions.
- CDRS-R 68 and PHQ-A 19 on 10/28/2026; passive death wishes, no plan or intent. 31 school days missed.
- Reviewer is family medicine, not a psychiatrist. Member under 21: EPSDT applies.
## Deliberately unknown
- The plan's TMS policy name/number; whether the device is cleared for his age is not in the record.
## Traps
- Escitalopram is continuing with a partial response: not "failed and stopped". Lithium is not an adequate trial, and not an antidepressant. CBT is not an antidepressant.
- Suicidality is passive: no "active suicidal ideation".
## Arguments a strong letter makes
- The denial misstates the record: two adequate antidepressant trials (fluoxetine; escitalopram).
- EPSDT (42 USC 1396d(r)(5)); state fair hearing after the plan appeal, 120 days from the notice of resolution.
## What a letter must NOT say
- "Three failed antidepressants"; that the reviewer is a psychiatrist; that lithium failed as an adequate trial.
""",
    answers=[
     ("Notice date", "Date: 11/09/2026", "denial/pa-denial-notice-2026-11-09.txt"),
     ("Reference", "PA-26-1109-30412", "denial/pa-denial-notice-2026-11-09.txt"),
     ("Denial's claim", "The member has tried only one antidepressant medication", "denial/pa-denial-notice-2026-11-09.txt"),
     ("Reviewer and specialty", "Gordon Ashby-Kettle, MD, family medicine", "denial/pa-denial-notice-2026-11-09.txt"),
     ("Appeal window on notice", "within 60 days of the date of this notice", "denial/pa-denial-notice-2026-11-09.txt"),
     ("Age", "age 17", "clinical/adolescent-psychiatry-summary-2026-10-28.txt"),
     ("Fluoxetine trial", "10 weeks at full dose, no response", "clinical/adolescent-psychiatry-summary-2026-10-28.txt"),
     ("Escitalopram status", "partial response after 8 weeks; he still takes it", "clinical/adolescent-psychiatry-summary-2026-10-28.txt"),
     ("Lithium stop reason", "creatinine rose from 0.8 to 1.3 mg/dL", "clinical/adolescent-psychiatry-summary-2026-10-28.txt"),
     ("Nephrologist", "Dr. Samir Valdés-Hartmann", "clinical/adolescent-psychiatry-summary-2026-10-28.txt"),
     ("Therapy sessions", "Cognitive behavioral therapy, 14 sessions", "clinical/adolescent-psychiatry-summary-2026-10-28.txt"),
     ("Therapist", "Joanna Kuusela, LPCC", "clinical/adolescent-psychiatry-summary-2026-10-28.txt"),
     ("Scales", "CDRS-R 68; PHQ-A 19 (10/28/2026)", "clinical/adolescent-psychiatry-summary-2026-10-28.txt"),
     ("Suicidality", "Passive death wishes without plan or intent", "clinical/adolescent-psychiatry-summary-2026-10-28.txt"),
     ("School impact", "Missed 31 school days this semester", "clinical/adolescent-psychiatry-summary-2026-10-28.txt"),
     ("Sessions requested", "TMS 36 sessions", "clinical/adolescent-psychiatry-summary-2026-10-28.txt"),
    ])
    # ---------------- 03 FEHB ketamine, physician ----------------
    N3 = npi("160275391")
    case(slug="03-fehb-iv-ketamine-denial-says-no-antipsychotic-augmentation-record-shows-aripiprazole-lost-response-and-lithium-renal-physician",
    yaml=f"""
# FICTIONAL CASE (set 83, case 03) - every person, plan, provider, number and address is invented.
# FEHB carrier denied IV ketamine (medical necessity): "no augmentation with an antipsychotic or lithium". Record:
# aripiprazole 10 mg 12 weeks, response then lost; lithium contraindicated (stage 3 kidney disease). Physician writes.
patient:
  name: Desmond Achebe-Whitlow
  salutation: Mr. Achebe-Whitlow
  date_of_birth: 1972-02-09
  member_id: FICT-CFB-R55190374
  address: |-
    920 Juniper Lane
    Boise, ID 83702
insurer:
  name: Cascade Federal Benefit Association, High Option (FICTIONAL)
  appeals_address: |-
    Cascade Federal Benefit Association Reconsideration Unit (FICTIONAL)
    PO Box 7788
    Boise, ID 83707
  fax: (208) 555-0160
claim:
  number: CFB-26-1020-771204
  plan_type: fehb
  notice_date: 2026-10-20
  service_dates: [2026-09-14, 2026-09-17, 2026-09-21, 2026-09-24, 2026-09-28, 2026-10-01]
  procedure_codes: ["96365", "96366", J3490]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Not medically necessary. Ketamine infusion may be considered after failure of at least two antidepressants
    and of augmentation with an atypical antipsychotic or lithium. There is no documentation of augmentation.
  denial_category: medical_necessity
  action: none
treatment:
  name: Six intravenous ketamine infusions (September 14 through October 1, 2026)
clinical:
  history:
    - {{drug: venlafaxine XR, dose: 225 mg daily, start: 2024-03, end: 2024-07, kind: antidepressant, weeks: 16, adequate: true, failed: true, response: none, evidence: {{file: clinical/psychiatrist-letter-2026-11-04.txt}}}}
    - {{drug: bupropion XL, dose: 450 mg daily, start: 2024-08, end: 2025-01, kind: antidepressant, adequate: true, failed: true, response: none, evidence: {{file: clinical/psychiatrist-letter-2026-11-04.txt}}}}
    - {{drug: aripiprazole, dose: 10 mg daily, start: 2025-02, end: 2025-08, kind: augmentation, weeks: 12, adequate: true, failed: true, response: lost, evidence: {{file: clinical/psychiatrist-letter-2026-11-04.txt}}}}
    - {{drug: trazodone, dose: 50 mg at bedtime, start: 2024-03, ongoing: true, kind: other, outcome: "sleep dose only", evidence: {{file: clinical/psychiatrist-letter-2026-11-04.txt}}}}
  severity: MADRS 36 on 09/08/2026; MADRS 14 on 10/05/2026
  severity_date: 2026-10-05
  suicidality: none
  suicidality_date: 2026-10-05
  exclusions: lithium not used because of chronic kidney disease stage 3a (eGFR 52)
author:
  name: Dr. Priyanka Halvorsen-Adeyemi
  relation: physician
  role: Treating psychiatrist
  phone: (208) 555-0123
provider:
  name: Dr. Priyanka Halvorsen-Adeyemi
  credentials: MD, psychiatrist
  npi: "{N3}"
  phone: (208) 555-0123
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
    "denial/eob-2026-10-20.txt": """
Cascade Federal Benefit Association - Explanation of Benefits   Date: 10/20/2026
Member: Desmond Achebe-Whitlow  ID: FICT-CFB-R55190374  Claim: CFB-26-1020-771204
Dates 09/14/2026 - 10/01/2026, codes 96365, 96366, J3490: denied.
Not medically necessary. Ketamine infusion may be considered after failure of at least two antidepressants
and of augmentation with an atypical antipsychotic or lithium. There is no documentation of augmentation.
You may ask us to reconsider within 6 months of this decision.
""",
    "clinical/psychiatrist-letter-2026-11-04.txt": """
Letter from the treating psychiatrist - 11/04/2026
Priyanka Halvorsen-Adeyemi, MD. Patient: Desmond Achebe-Whitlow.
Venlafaxine XR 225 mg daily for 16 weeks (March-July 2024): no response.
Bupropion XL 450 mg daily August 2024 to January 2025: no response.
Aripiprazole 10 mg daily added February 2025: response at 12 weeks, lost by August 2025 despite adherence; stopped.
Trazodone 50 mg at bedtime continues for sleep; it is not an antidepressant trial at this dose.
Lithium was not used: chronic kidney disease stage 3a, eGFR 52 (nephrologist Dr. Ocampo-Reyes, 06/2025).
MADRS 36 on 09/08/2026 before infusions; MADRS 14 on 10/05/2026 after six infusions. No suicidal ideation.
Wife (Carmen Achebe-Whitlow) reports he returned to part-time work in October 2026.
""",
    "other/fehb-brochure-section-8-excerpt.txt": """
Cascade Federal Benefit Association 2026 Brochure, Section 8 (excerpt)
Step 1: Ask us in writing to reconsider our initial decision. You must write to us within 6 months from the date of our decision.
""",
    },
    truth="""
# FICTIONAL TRUTH FILE - 03 - FEHB IV ketamine; denial says no augmentation; record shows aripiprazole (FICTIONAL)

## What is true
- FEHB carrier denied six ketamine infusions (09/14-10/01/2026) on 10/20/2026 as not medically necessary, saying there is no documentation of augmentation.
- Aripiprazole 10 mg was an adequate augmentation trial: response at 12 weeks, **lost** by August 2025. Lithium was not used because of CKD stage 3a (eGFR 52): contraindicated.
- Two antidepressants failed (venlafaxine XR 16 weeks; bupropion XL). Trazodone 50 mg is a sleep dose, continuing; not a trial.
- MADRS 36 (09/08) -> 14 (10/05/2026): response after six infusions. No suicidal ideation.
- Reconsideration within 6 months of 10/20/2026 (brochure). The treating psychiatrist writes.
## Deliberately unknown
- The carrier's policy name; the infusion doses and J3490 NDC.
## Traps
- Do not count trazodone as a failed antidepressant; do not say lithium was tried; aripiprazole "lost response", not "no response".
- MADRS 14 is a response, not remission, and is after the treatment (letter must not use it as current severity before treatment).
## Arguments a strong letter makes
- The denial misstates the record: augmentation was documented (aripiprazole); lithium contraindicated.
- Infusions produced a measured response (MADRS 36 -> 14), return to part-time work.
## What a letter must NOT say
- That the patient is suicidal; that lithium failed; that four antidepressants failed.
""",
    answers=[
     ("EOB date", "Date: 10/20/2026", "denial/eob-2026-10-20.txt"),
     ("Claim", "CFB-26-1020-771204", "denial/eob-2026-10-20.txt"),
     ("Dates", "09/14/2026 - 10/01/2026", "denial/eob-2026-10-20.txt"),
     ("Denial claim about augmentation", "There is no documentation of augmentation", "denial/eob-2026-10-20.txt"),
     ("Appeal window", "within 6 months of this decision", "denial/eob-2026-10-20.txt"),
     ("Venlafaxine trial", "Venlafaxine XR 225 mg daily for 16 weeks", "clinical/psychiatrist-letter-2026-11-04.txt"),
     ("Bupropion trial", "Bupropion XL 450 mg daily August 2024 to January 2025: no response", "clinical/psychiatrist-letter-2026-11-04.txt"),
     ("Aripiprazole outcome", "response at 12 weeks, lost by August 2025", "clinical/psychiatrist-letter-2026-11-04.txt"),
     ("Trazodone", "Trazodone 50 mg at bedtime continues for sleep", "clinical/psychiatrist-letter-2026-11-04.txt"),
     ("Why no lithium", "chronic kidney disease stage 3a, eGFR 52", "clinical/psychiatrist-letter-2026-11-04.txt"),
     ("Nephrologist", "Dr. Ocampo-Reyes", "clinical/psychiatrist-letter-2026-11-04.txt"),
     ("MADRS before", "MADRS 36 on 09/08/2026", "clinical/psychiatrist-letter-2026-11-04.txt"),
     ("MADRS after", "MADRS 14 on 10/05/2026", "clinical/psychiatrist-letter-2026-11-04.txt"),
     ("Suicidality", "No suicidal ideation", "clinical/psychiatrist-letter-2026-11-04.txt"),
     ("Family member named", "Carmen Achebe-Whitlow", "clinical/psychiatrist-letter-2026-11-04.txt"),
     ("Brochure rule", "within 6 months from the date of our decision", "other/fehb-brochure-section-8-excerpt.txt"),
    ])
    # ---------------- 04 Medicare Advantage Spravato, spouse ----------------
    N4 = npi("145902837")
    case(slug="04-medicare-advantage-spravato-commercial-criteria-current-episode-trials-mirtazapine-sleep-dose-earlier-episode-venlafaxine-response-spouse",
    yaml=f"""
# FICTIONAL CASE (set 83, case 04) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO denied Spravato prior authorization using a commercial guideline: "fewer than two
# antidepressant trials in the current episode". Record: escitalopram 20 mg 8 weeks failed and sertraline 150 mg
# stopped for hyponatremia (intolerance) in this episode; duloxetine 60 mg continues with Spravato; mirtazapine 7.5 mg
# is a sleep dose; venlafaxine helped in the 2019 episode (earlier response). Husband writes.
patient:
  name: Margarethe Oduya-Castellanos
  salutation: Mrs. Oduya-Castellanos
  date_of_birth: 1956-11-30
  member_id: FICT-BRA-90314562
  address: |-
    47 Lighthouse Way
    Portland, ME 04101
insurer:
  name: Bright Harbor Medicare Advantage HMO (FICTIONAL)
  appeals_address: |-
    Bright Harbor Medicare Advantage Appeals (FICTIONAL)
    PO Box 4410
    Portland, ME 04112
  fax: (207) 555-0165
claim:
  number: BH-PA-26-1112-0457
  plan_type: medicare_advantage
  notice_date: 2026-11-12
  procedure_codes: [G2082]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Denied. Per InterQual-style Behavioral Health Criteria (Esketamine), the member must have had an inadequate
    response to at least two antidepressants of adequate dose and duration in the current episode. Records show
    one trial.
  denial_category: medical_necessity
  action: none
treatment:
  name: Spravato (esketamine) nasal spray, induction phase, 8 treatment sessions
  alongside: duloxetine 60 mg daily
clinical:
  episode_onset: 2025-11
  history:
    - {{drug: escitalopram, dose: 20 mg daily, start: 2025-12-01, end: 2026-02-09, kind: antidepressant, weeks: 10, adequate: true, failed: true, response: none, evidence: {{file: clinical/psychiatry-note-2026-11-02.txt}}}}
    - {{drug: sertraline, dose: 150 mg daily, start: 2026-02-16, end: 2026-03-20, kind: antidepressant, adequate: false, outcome: "stopped after 5 weeks for hyponatremia (sodium 127)", evidence: {{file: clinical/psychiatry-note-2026-11-02.txt}}}}
    - {{drug: duloxetine, dose: 60 mg daily, start: 2026-04-01, ongoing: true, kind: antidepressant, weeks: 30, adequate: true, response: none, evidence: {{file: clinical/psychiatry-note-2026-11-02.txt}}}}
    - {{drug: mirtazapine, dose: 7.5 mg at bedtime, start: 2026-04-01, ongoing: true, kind: other, outcome: "sleep dose only", evidence: {{file: clinical/psychiatry-note-2026-11-02.txt}}}}
  severity: MADRS 33 on 11/02/2026
  severity_date: 2026-11-02
  suicidality: none
  suicidality_date: 2026-11-02
author:
  name: Josiah Castellanos
  relation: spouse
  role: Husband and appointed representative
  phone: (207) 555-0119
  authorization: other/cms-1696-appointment-of-representative.txt
provider:
  name: Dr. Tomasz Ekwueme-Strand
  credentials: MD, psychiatrist
  npi: "{N4}"
  phone: (207) 555-0126
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
    "denial/organization-determination-denial-2026-11-12.txt": """
Bright Harbor Medicare Advantage HMO - Notice of Denial of Medical Coverage
Date: 11/12/2026   Member: Margarethe Oduya-Castellanos   ID: FICT-BRA-90314562   Reference: BH-PA-26-1112-0457
Request: Spravato (esketamine) nasal spray, induction, 8 sessions (G2082)
Denied. Per InterQual-style Behavioral Health Criteria (Esketamine), the member must have had an inadequate
response to at least two antidepressants of adequate dose and duration in the current episode. Records show
one trial.
You have 65 days from the date of this notice to ask for a reconsideration. Fax (207) 555-0165.
""",
    "clinical/psychiatry-note-2026-11-02.txt": """
Psychiatry note - 11/02/2026. Tomasz Ekwueme-Strand, MD. Patient: Margarethe Oduya-Castellanos, age 69.
Current episode began November 2025.
Escitalopram 20 mg daily 12/01/2025-02/09/2026, 10 weeks: no response.
Sertraline 150 mg daily 02/16/2026-03/20/2026: stopped after 5 weeks for hyponatremia (sodium 127).
Duloxetine 60 mg daily since 04/01/2026 (30 weeks): no meaningful response; continue with Spravato.
Mirtazapine 7.5 mg at bedtime for sleep since 04/01/2026 - not counted as an antidepressant trial.
Earlier episode (2019): remission on venlafaxine 150 mg; not restarted because of blood pressure 162/98 on it in 2019.
MADRS 33 today. No suicidal ideation. Husband Josiah manages her medicines.
""",
    "other/cms-1696-appointment-of-representative.txt": """
Appointment of Representative (Form CMS-1696) - signed 11/15/2026
Beneficiary: Margarethe Oduya-Castellanos. Representative: Josiah Castellanos (husband).
""",
    },
    truth="""
# FICTIONAL TRUTH FILE - 04 - Medicare Advantage Spravato; commercial-style criteria; two trials this episode (FICTIONAL)

## What is true
- MA HMO denied Spravato induction (11/12/2026) applying an internal commercial-style guideline: "one trial" in the current episode.
- Current episode (from November 2025): escitalopram 20 mg 10 weeks failed (adequate); duloxetine 60 mg 30 weeks no meaningful response (adequate, **continuing** with Spravato); sertraline stopped after 5 weeks for hyponatremia (intolerance, not adequate).
- Mirtazapine 7.5 mg at bedtime: sleep dose, not a trial. Venlafaxine gave remission in 2019 (earlier episode) but raised BP to 162/98: not restarted.
- MADRS 33 on 11/02/2026; no suicidal ideation. Reconsideration: 65 days from notice. Husband is representative (CMS-1696).
## Deliberately unknown
- Whether Medicare coverage criteria (NCD/LCD) exist for this use; the guideline's actual version.
## Traps
- Two adequate trials exist (escitalopram, duloxetine); sertraline is an intolerance; mirtazapine is not a trial.
- Duloxetine continues: never "stopped". Venlafaxine's earlier response is not a failure.
## Arguments a strong letter makes
- 42 CFR 422.101(b)(6): internal criteria limits for an MA plan; the denial miscounts the record.
## What a letter must NOT say
- That venlafaxine failed; that the patient has suicidal ideation; four failed trials.
""",
    answers=[
     ("Notice date", "Date: 11/12/2026", "denial/organization-determination-denial-2026-11-12.txt"),
     ("Reference", "BH-PA-26-1112-0457", "denial/organization-determination-denial-2026-11-12.txt"),
     ("Criteria named", "InterQual-style Behavioral Health Criteria (Esketamine)", "denial/organization-determination-denial-2026-11-12.txt"),
     ("Denial's count", "Records show one trial", "denial/organization-determination-denial-2026-11-12.txt"),
     ("Window", "65 days from the date of this notice", "denial/organization-determination-denial-2026-11-12.txt"),
     ("Episode onset", "Current episode began November 2025", "clinical/psychiatry-note-2026-11-02.txt"),
     ("Escitalopram", "Escitalopram 20 mg daily 12/01/2025-02/09/2026, 10 weeks: no response", "clinical/psychiatry-note-2026-11-02.txt"),
     ("Sertraline stop", "stopped after 5 weeks for hyponatremia (sodium 127)", "clinical/psychiatry-note-2026-11-02.txt"),
     ("Duloxetine", "Duloxetine 60 mg daily since 04/01/2026 (30 weeks)", "clinical/psychiatry-note-2026-11-02.txt"),
     ("Duloxetine continues", "continue with Spravato", "clinical/psychiatry-note-2026-11-02.txt"),
     ("Mirtazapine", "Mirtazapine 7.5 mg at bedtime for sleep", "clinical/psychiatry-note-2026-11-02.txt"),
     ("Earlier episode", "Earlier episode (2019): remission on venlafaxine 150 mg", "clinical/psychiatry-note-2026-11-02.txt"),
     ("Why not venlafaxine", "blood pressure 162/98", "clinical/psychiatry-note-2026-11-02.txt"),
     ("Severity", "MADRS 33 today", "clinical/psychiatry-note-2026-11-02.txt"),
     ("Age", "age 69", "clinical/psychiatry-note-2026-11-02.txt"),
     ("Representative", "Josiah Castellanos (husband)", "other/cms-1696-appointment-of-representative.txt"),
    ])
    # ---------------- 05 ERISA self-funded, Spravato, advocate ----------------
    N5 = npi("172039485")
    case(slug="05-self-funded-erisa-spravato-denial-cites-old-phq9-and-uncontrolled-hypertension-record-shows-bp-controlled-current-madrs-advocate",
    yaml=f"""
# FICTIONAL CASE (set 83, case 05) - every person, plan, provider, number and address is invented.
# Self-funded ERISA plan denied Spravato: "PHQ-9 of 9 shows mild depression" (03/2026, stale) and "uncontrolled
# hypertension is a contraindication". Record: MADRS 34 on 10/20/2026; BP 128/78 on amlodipine (cardiology letter).
# Patient advocate writes.
patient:
  name: Kwabena Lindstrom-Ayala
  salutation: Mr. Lindstrom-Ayala
  date_of_birth: 1988-07-03
  member_id: FICT-NTW-60082134
  address: |-
    5120 Prospect Avenue
    Kansas City, MO 64130
  phone: (816) 555-0114
insurer:
  name: Northway Logistics Employee Health Plan, administered by Keystone Claims Services (FICTIONAL)
  appeals_address: |-
    Keystone Claims Services Appeals (FICTIONAL)
    PO Box 2290
    Kansas City, MO 64121
  fax: (816) 555-0161
claim:
  number: KCS-26-1030-448190
  plan_type: employer_erisa
  funding: self_funded
  notice_date: 2026-10-30
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Esketamine is not medically necessary. The most recent PHQ-9 of 9 shows mild depression. The member has
    uncontrolled hypertension, which is a contraindication.
  denial_category: medical_necessity
  action: none
treatment:
  name: Spravato (esketamine) nasal spray, induction and maintenance
  alongside: venlafaxine XR 225 mg daily
clinical:
  history:
    - {{drug: sertraline, dose: 200 mg daily, start: 2024-05, end: 2024-09, kind: antidepressant, weeks: 16, adequate: true, failed: true, response: none, evidence: {{file: clinical/psychiatry-note-2026-10-20.txt}}}}
    - {{drug: vortioxetine, dose: 20 mg daily, start: 2024-10, end: 2025-02, kind: antidepressant, adequate: true, failed: true, response: none, evidence: {{file: clinical/psychiatry-note-2026-10-20.txt}}}}
    - {{drug: venlafaxine XR, dose: 225 mg daily, start: 2025-04, ongoing: true, kind: antidepressant, adequate: true, response: partial, evidence: {{file: clinical/psychiatry-note-2026-10-20.txt}}}}
  severity: MADRS 34 on 10/20/2026
  severity_date: 2026-10-20
  suicidality: passive
  suicidality_date: 2026-10-20
  exclusions: blood pressure controlled (128/78 on amlodipine 5 mg, cardiology 10/14/2026); no psychosis; no substance use
author:
  name: Ines Marchetti-Boateng
  relation: advocate
  role: Patient advocate, Heartland Care Advocates (FICTIONAL)
  phone: (816) 555-0137
  email: imarchetti@heartland-advocates.example
  authorization: other/authorization-to-represent-2026-11-05.txt
provider:
  name: Dr. Selene Abernathy-Kim
  credentials: DO, psychiatrist
  npi: "{N5}"
  phone: (816) 555-0125
record_dates:
  - file: clinical/cardiology-letter-2026-10-14.txt
    date: 2026-10-14
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
    "denial/adverse-benefit-determination-2026-10-30.txt": """
Keystone Claims Services for the Northway Logistics Employee Health Plan - Adverse Benefit Determination
Date: 10/30/2026  Participant: Kwabena Lindstrom-Ayala  ID: FICT-NTW-60082134  Reference: KCS-26-1030-448190
Esketamine is not medically necessary. The most recent PHQ-9 of 9 shows mild depression. The member has
uncontrolled hypertension, which is a contraindication.
Clinical records reviewed: primary care note dated 03/11/2026.
You may appeal within 180 days of receiving this notice.
""",
    "clinical/psychiatry-note-2026-10-20.txt": """
Psychiatry note - 10/20/2026. Selene Abernathy-Kim, DO. Patient: Kwabena Lindstrom-Ayala.
MADRS 34 today (severe). Passive thoughts that he would be better off asleep; no plan or intent.
Sertraline 200 mg daily May-September 2024 (16 weeks): no response.
Vortioxetine 20 mg daily October 2024 to February 2025: no response.
Venlafaxine XR 225 mg daily since April 2025: partial response; continue alongside Spravato.
The PHQ-9 of 9 was recorded by primary care on 03/11/2026 during a brief improvement; it is not current.
Blood pressure today 126/80.
""",
    "clinical/cardiology-letter-2026-10-14.txt": """
Cardiology letter - 10/14/2026. Dr. Anand Rousseau-Mbeki, MD, cardiologist.
Mr. Lindstrom-Ayala's hypertension is controlled: 128/78 on amlodipine 5 mg daily. No cardiovascular reason to avoid esketamine with standard monitoring.
""",
    "other/authorization-to-represent-2026-11-05.txt": """
Authorization to represent - signed 11/05/2026 by Kwabena Lindstrom-Ayala
I authorize Ines Marchetti-Boateng of Heartland Care Advocates to appeal claim KCS-26-1030-448190 for me.
""",
    },
    truth="""
# FICTIONAL TRUTH FILE - 05 - self-funded ERISA Spravato; denial relies on a stale PHQ-9 and "uncontrolled hypertension" (FICTIONAL)

## What is true
- Self-funded ERISA plan denied Spravato 10/30/2026 relying on a primary care note of 03/11/2026 (PHQ-9 9) and calling hypertension uncontrolled.
- Current severity: MADRS 34 on 10/20/2026 (severe). Passive ideation, no plan or intent.
- BP controlled: 128/78 on amlodipine 5 mg (cardiology 10/14/2026); 126/80 on 10/20/2026.
- Two failed adequate trials (sertraline 16 weeks; vortioxetine); venlafaxine XR partial response, **continuing** alongside Spravato.
- Appeal within 180 days of receipt. Advocate writes with a signed authorization.
## Deliberately unknown
- The plan's policy name/number; reviewer's name/specialty (not printed).
## Traps
- The PHQ-9 of 9 is old (03/11/2026), not current; venlafaxine is not failed/stopped; suicidality is passive, not active (not Spravato's suicidality use).
## Arguments a strong letter makes
- The denial misstates the record on both points; the reviewer saw only a March primary care note; the 10/14 and 10/20 records predate the decision but were not reviewed.
- ERISA: claim file and criteria on request; external review under 29 CFR 2590.715-2719 (self-funded).
## What a letter must NOT say
- Active suicidal ideation; uncontrolled hypertension; that PHQ-9 9 is current.
""",
    answers=[
     ("Notice date", "Date: 10/30/2026", "denial/adverse-benefit-determination-2026-10-30.txt"),
     ("Reference", "KCS-26-1030-448190", "denial/adverse-benefit-determination-2026-10-30.txt"),
     ("Denial's scale", "The most recent PHQ-9 of 9 shows mild depression", "denial/adverse-benefit-determination-2026-10-30.txt"),
     ("Denial's contraindication", "uncontrolled hypertension, which is a contraindication", "denial/adverse-benefit-determination-2026-10-30.txt"),
     ("Records reviewed", "primary care note dated 03/11/2026", "denial/adverse-benefit-determination-2026-10-30.txt"),
     ("Window", "within 180 days of receiving this notice", "denial/adverse-benefit-determination-2026-10-30.txt"),
     ("Current MADRS", "MADRS 34 today (severe)", "clinical/psychiatry-note-2026-10-20.txt"),
     ("Suicidality", "no plan or intent", "clinical/psychiatry-note-2026-10-20.txt"),
     ("Sertraline", "Sertraline 200 mg daily May-September 2024 (16 weeks): no response", "clinical/psychiatry-note-2026-10-20.txt"),
     ("Vortioxetine", "Vortioxetine 20 mg daily October 2024 to February 2025: no response", "clinical/psychiatry-note-2026-10-20.txt"),
     ("Venlafaxine", "partial response; continue alongside Spravato", "clinical/psychiatry-note-2026-10-20.txt"),
     ("PHQ-9 context", "it is not current", "clinical/psychiatry-note-2026-10-20.txt"),
     ("BP at psychiatry", "Blood pressure today 126/80", "clinical/psychiatry-note-2026-10-20.txt"),
     ("Cardiology BP", "128/78 on amlodipine 5 mg daily", "clinical/cardiology-letter-2026-10-14.txt"),
     ("Cardiologist", "Dr. Anand Rousseau-Mbeki", "clinical/cardiology-letter-2026-10-14.txt"),
     ("Advocate", "Ines Marchetti-Boateng of Heartland Care Advocates", "other/authorization-to-represent-2026-11-05.txt"),
    ])
    # ---------------- 06 Marketplace TMS, patient ----------------
    N6 = npi("190827364")
    case(slug="06-marketplace-tms-denial-says-no-psychotherapy-and-current-benzodiazepine-record-shows-18-cbt-sessions-and-lorazepam-tapered-off-patient",
    yaml=f"""
# FICTIONAL CASE (set 83, case 06) - every person, plan, provider, number and address is invented.
# Marketplace (individual) plan denied TMS: "no trial of psychotherapy" and "current benzodiazepine use reduces
# TMS efficacy". Record: 18 CBT sessions (therapist summary); lorazepam tapered off 08/15/2026. The patient writes.
patient:
  name: Rosalind Nakamura-Oyelowo
  salutation: Ms. Nakamura-Oyelowo
  date_of_birth: 1993-03-17
  member_id: FICT-SMH-31190824
  address: |-
    1180 Cedar Ridge Road
    Charlotte, NC 28205
  phone: (704) 555-0112
  email: rnakamura@mail.example
insurer:
  name: SunMeadow Health Marketplace Silver (FICTIONAL)
  appeals_address: |-
    SunMeadow Health Appeals (FICTIONAL)
    PO Box 5518
    Charlotte, NC 28256
  fax: (704) 555-0166
claim:
  number: SMH-PA-26-1105-2290
  plan_type: individual_aca
  notice_date: 2026-11-05
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    TMS is not medically necessary. There is no trial of evidence-based psychotherapy. Current benzodiazepine
    use (lorazepam) may reduce the effectiveness of TMS.
  denial_category: medical_necessity
  action: none
treatment:
  name: Transcranial magnetic stimulation, 36 sessions
  alongside: bupropion XL 300 mg daily
clinical:
  history:
    - {{drug: citalopram, dose: 40 mg daily, start: 2025-01, end: 2025-04, kind: antidepressant, weeks: 12, adequate: true, failed: true, response: none, evidence: {{file: clinical/psychiatry-note-2026-10-26.txt}}}}
    - {{drug: desvenlafaxine, dose: 100 mg daily, start: 2025-05, end: 2025-06, kind: antidepressant, adequate: false, outcome: "stopped after 3 weeks for severe nausea (intolerance)", evidence: {{file: clinical/psychiatry-note-2026-10-26.txt}}}}
    - {{drug: bupropion XL, dose: 300 mg daily, start: 2025-07, ongoing: true, kind: antidepressant, weeks: 60, adequate: true, response: partial, evidence: {{file: clinical/psychiatry-note-2026-10-26.txt}}}}
    - {{drug: lorazepam, dose: 0.5 mg twice daily, start: 2025-07, end: 2026-08-15, kind: other, outcome: "for anxiety; tapered off", evidence: {{file: clinical/psychiatry-note-2026-10-26.txt}}}}
    - {{drug: cognitive behavioral therapy, dose: weekly, start: 2025-02-03, end: 2025-06-09, kind: psychotherapy, sessions: 18, adequate: true, failed: true, evidence: {{file: clinical/therapist-summary-2026-10-30.txt}}}}
  severity: PHQ-9 22 on 10/26/2026; HAM-D 24 on 10/26/2026
  severity_date: 2026-10-26
  suicidality: none
  suicidality_date: 2026-10-26
author:
  name: Rosalind Nakamura-Oyelowo
  relation: patient
  role: Patient
provider:
  name: Dr. Bartholomew Iwu-Sandoval
  credentials: MD, psychiatrist
  npi: "{N6}"
  phone: (704) 555-0124
record_dates:
  - file: clinical/therapist-summary-2026-10-30.txt
    date: 2026-10-30
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
    "denial/pa-denial-2026-11-05.txt": """
SunMeadow Health - Adverse Benefit Determination   Date: 11/05/2026
Member: Rosalind Nakamura-Oyelowo  ID: FICT-SMH-31190824  Reference: SMH-PA-26-1105-2290
Service: TMS, 36 sessions. TMS is not medically necessary. There is no trial of evidence-based psychotherapy.
Current benzodiazepine use (lorazepam) may reduce the effectiveness of TMS.
Reviewed by: Lorraine Pettigrew-Osei, MD, internal medicine.
You may file an internal appeal within 180 days of receiving this notice.
""",
    "clinical/psychiatry-note-2026-10-26.txt": """
Psychiatry note - 10/26/2026. Bartholomew Iwu-Sandoval, MD. Patient: Rosalind Nakamura-Oyelowo.
PHQ-9 22, HAM-D 24. Denies suicidal ideation. On medical leave from her job as a pharmacist since 09/2026.
Citalopram 40 mg daily January-April 2025, 12 weeks: no response.
Desvenlafaxine 100 mg daily May-June 2025: stopped after 3 weeks for severe nausea.
Bupropion XL 300 mg daily since July 2025: partial response; continue during TMS.
Lorazepam 0.5 mg twice daily for anxiety: tapered off, last dose 08/15/2026. No benzodiazepine now.
""",
    "clinical/therapist-summary-2026-10-30.txt": """
Psychotherapy summary - 10/30/2026. Theodora Greenhalgh, LCSW.
Ms. Nakamura-Oyelowo completed 18 sessions of cognitive behavioral therapy, 02/03/2025 to 06/09/2025, weekly, with homework; symptoms did not remit.
""",
    },
    truth="""
# FICTIONAL TRUTH FILE - 06 - Marketplace TMS; denial says no psychotherapy and current lorazepam (FICTIONAL)

## What is true
- Marketplace plan denied TMS (11/05/2026): no psychotherapy; current lorazepam.
- CBT: 18 sessions 02/03-06/09/2025, no remission (therapist summary 10/30/2026). Lorazepam tapered off; last dose 08/15/2026: no benzodiazepine now.
- Citalopram 12 weeks failed (adequate); desvenlafaxine stopped after 3 weeks for nausea (intolerance); bupropion XL partial response, **continuing**.
- PHQ-9 22, HAM-D 24 on 10/26/2026; no suicidal ideation; medical leave since 09/2026. Reviewer is internal medicine.
- Internal appeal within 180 days of receipt; then external review. The patient writes ("I").
## Deliberately unknown
- The plan's TMS policy; whether the therapist summary was sent with the request.
## Traps
- CBT is psychotherapy, never listed as a failed antidepressant; judged by sessions, not six weeks.
- Do not say lorazepam "is being taken"; do not call desvenlafaxine an adequate trial.
## Arguments a strong letter makes
- Both denial facts are contradicted by the record; reviewer not a psychiatrist; external review available (45 CFR 147.136).
## What a letter must NOT say
- Third-person voice about the signer; suicidal ideation; three failed antidepressants.
""",
    answers=[
     ("Notice date", "Date: 11/05/2026", "denial/pa-denial-2026-11-05.txt"),
     ("Reference", "SMH-PA-26-1105-2290", "denial/pa-denial-2026-11-05.txt"),
     ("Psychotherapy claim", "There is no trial of evidence-based psychotherapy", "denial/pa-denial-2026-11-05.txt"),
     ("Benzodiazepine claim", "Current benzodiazepine use (lorazepam)", "denial/pa-denial-2026-11-05.txt"),
     ("Reviewer", "Lorraine Pettigrew-Osei, MD, internal medicine", "denial/pa-denial-2026-11-05.txt"),
     ("Window", "within 180 days of receiving this notice", "denial/pa-denial-2026-11-05.txt"),
     ("Scales", "PHQ-9 22, HAM-D 24", "clinical/psychiatry-note-2026-10-26.txt"),
     ("Suicidality", "Denies suicidal ideation", "clinical/psychiatry-note-2026-10-26.txt"),
     ("Work", "medical leave from her job as a pharmacist", "clinical/psychiatry-note-2026-10-26.txt"),
     ("Citalopram", "Citalopram 40 mg daily January-April 2025, 12 weeks: no response", "clinical/psychiatry-note-2026-10-26.txt"),
     ("Desvenlafaxine", "stopped after 3 weeks for severe nausea", "clinical/psychiatry-note-2026-10-26.txt"),
     ("Bupropion", "partial response; continue during TMS", "clinical/psychiatry-note-2026-10-26.txt"),
     ("Lorazepam last dose", "last dose 08/15/2026", "clinical/psychiatry-note-2026-10-26.txt"),
     ("No benzodiazepine now", "No benzodiazepine now", "clinical/psychiatry-note-2026-10-26.txt"),
     ("CBT sessions", "completed 18 sessions of cognitive behavioral therapy, 02/03/2025 to 06/09/2025", "clinical/therapist-summary-2026-10-30.txt"),
     ("Therapist", "Theodora Greenhalgh, LCSW", "clinical/therapist-summary-2026-10-30.txt"),
    ])
    # ---------------- 07 Church plan, ketamine for CRPS, pain physician ----------------
    N7 = npi("138475920")
    case(slug="07-church-plan-ketamine-crps-denial-says-no-gabapentinoid-record-shows-gabapentin-sedation-pregabalin-edema-nortriptyline-sleep-dose-physician",
    yaml=f"""
# FICTIONAL CASE (set 83, case 07) - every person, plan, provider, number and address is invented.
# Church plan (non-ERISA) denied outpatient ketamine infusions for complex regional pain syndrome: "no trial of a
# gabapentinoid". Record: gabapentin 1800 mg 10 weeks stopped for sedation; pregabalin 300 mg stopped for edema;
# duloxetine 60 mg continues; nortriptyline 10 mg is a sleep dose; tramadol stopped. Pain physician writes.
patient:
  name: Annaliese Okafor-Brennan
  salutation: Ms. Okafor-Brennan
  date_of_birth: 1979-08-25
  member_id: FICT-FMB-22081937
  address: |-
    66 Vine Street
    Columbus, OH 43215
insurer:
  name: Faithful Ministries Benefit Board Health Plan (FICTIONAL)
  appeals_address: |-
    Faithful Ministries Benefit Board Appeals (FICTIONAL)
    PO Box 1208
    Columbus, OH 43216
  fax: (614) 555-0167
claim:
  number: FMB-26-1027-60315
  plan_type: church
  funding: self_funded
  grandfathered: false
  notice_date: 2026-10-27
  service_dates: [2026-09-08, 2026-09-09, 2026-09-10]
  procedure_codes: ["96365", "96366", J3490]
  diagnosis_codes: [G90.512]
  denial_reason: >-
    Not medically necessary. Ketamine infusion for complex regional pain syndrome is considered only after
    failure of a gabapentinoid, a serotonin-norepinephrine reuptake inhibitor and physical therapy. No
    gabapentinoid trial is documented.
  denial_category: medical_necessity
  action: none
treatment:
  name: Three outpatient ketamine infusions for complex regional pain syndrome (September 8-10, 2026)
  alongside: duloxetine 60 mg daily
clinical:
  history:
    - {{drug: gabapentin, dose: 1800 mg daily, start: 2025-03-01, end: 2025-05-10, kind: other, weeks: 10, adequate: true, failed: true, outcome: "stopped after 10 weeks for sedation; pain unchanged", evidence: {{file: clinical/pain-clinic-letter-2026-11-10.txt}}}}
    - {{drug: pregabalin, dose: 300 mg daily, start: 2025-06-01, end: 2025-07-06, kind: other, adequate: false, outcome: "stopped after 5 weeks for leg edema (intolerance)", evidence: {{file: clinical/pain-clinic-letter-2026-11-10.txt}}}}
    - {{drug: duloxetine, dose: 60 mg daily, start: 2025-08, ongoing: true, kind: other, response: partial, outcome: "partial relief; continues", evidence: {{file: clinical/pain-clinic-letter-2026-11-10.txt}}}}
    - {{drug: nortriptyline, dose: 10 mg at bedtime, start: 2025-08, ongoing: true, kind: other, outcome: "sleep dose only; not an analgesic trial", evidence: {{file: clinical/pain-clinic-letter-2026-11-10.txt}}}}
    - {{drug: tramadol, dose: 50 mg up to 3 times daily, start: 2025-01, end: 2025-02, kind: other, outcome: "stopped after 4 weeks for dizziness", evidence: {{file: clinical/pain-clinic-letter-2026-11-10.txt}}}}
    - {{drug: physical therapy, dose: twice weekly, start: 2025-02, end: 2025-06, kind: other, sessions: 24, outcome: "24 sessions; limited by pain", evidence: {{file: clinical/pain-clinic-letter-2026-11-10.txt}}}}
  severity: "pain NRS 8/10 and Budapest criteria met on 08/25/2026; NRS 4/10 on 10/06/2026"
  severity_date: 2026-10-06
  suicidality: none
  suicidality_date: 2026-10-06
author:
  name: Dr. Gideon Marwick-Osei
  relation: physician
  role: Treating pain medicine physician
  phone: (614) 555-0122
  authorization: other/patient-consent-2026-11-08.txt
provider:
  name: Dr. Gideon Marwick-Osei
  credentials: MD, anesthesiology and pain medicine
  npi: "{N7}"
  phone: (614) 555-0122
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
    "denial/eob-2026-10-27.txt": """
Faithful Ministries Benefit Board Health Plan - Explanation of Benefits   Date: 10/27/2026
Member: Annaliese Okafor-Brennan  ID: FICT-FMB-22081937  Claim: FMB-26-1027-60315
Dates 09/08/2026-09/10/2026, codes 96365, 96366, J3490: denied.
Not medically necessary. Ketamine infusion for complex regional pain syndrome is considered only after
failure of a gabapentinoid, a serotonin-norepinephrine reuptake inhibitor and physical therapy. No
gabapentinoid trial is documented.
You may appeal within 180 days of receiving this notice.
""",
    "clinical/pain-clinic-letter-2026-11-10.txt": """
Pain medicine letter - 11/10/2026. Gideon Marwick-Osei, MD. Patient: Annaliese Okafor-Brennan.
Complex regional pain syndrome type I, left lower limb (G90.512), after ankle fracture 11/2024. Budapest criteria met.
Gabapentin titrated to 1800 mg daily 03/01/2025-05/10/2025: stopped after 10 weeks for sedation; pain unchanged.
Pregabalin 300 mg daily 06/01/2025-07/06/2025: stopped after 5 weeks for leg edema.
Duloxetine 60 mg daily since August 2025: partial relief; continues.
Nortriptyline 10 mg at bedtime for sleep; not an analgesic trial at this dose.
Tramadol January-February 2025: stopped after 4 weeks for dizziness. No opioid now.
Physical therapy 24 sessions February-June 2025, limited by pain.
Pain NRS 8/10 on 08/25/2026; NRS 4/10 on 10/06/2026 after the infusions; walking without a crutch.
Mother (Dorothea Brennan) drives her to visits.
""",
    "other/patient-consent-2026-11-08.txt": """
Patient consent - 11/08/2026. I, Annaliese Okafor-Brennan, ask Dr. Gideon Marwick-Osei to appeal claim FMB-26-1027-60315 for me.
""",
    },
    truth="""
# FICTIONAL TRUTH FILE - 07 - church plan, ketamine for CRPS; denial says no gabapentinoid (FICTIONAL)

## What is true
- Non-grandfathered church plan denied three ketamine infusions for CRPS (09/08-09/10/2026) on 10/27/2026: "no gabapentinoid trial".
- Gabapentin 1800 mg daily 10 weeks: stopped for sedation, pain unchanged (adequate trial, failed). Pregabalin 300 mg: stopped after 5 weeks for edema (intolerance).
- SNRI criterion met: duloxetine 60 mg, partial relief, **continuing**. PT 24 sessions. Nortriptyline 10 mg is a sleep dose; tramadol stopped (dizziness); no opioid now.
- NRS 8/10 (08/25) -> 4/10 (10/06/2026) after infusions. This is a pain case: depression criteria do not apply.
- Appeal within 180 days of receipt. Physician writes with patient consent.
## Deliberately unknown
- The plan's policy name; the ketamine dose/NDC; employee count.
## Traps
- Not a depression case: no antidepressant-trial count, no PHQ-9/MADRS, no suicidality argument.
- Duloxetine continues; nortriptyline is not a trial; pregabalin is an intolerance.
## Arguments a strong letter makes
- Every named criterion is met by the record (gabapentinoid, SNRI, PT); measured response.
- Church plan rules (26 CFR 54.9815-2719 / 45 CFR 147.136) as a non-grandfathered plan.
## What a letter must NOT say
- ERISA claims rules as governing a church plan; that the patient takes opioids.
""",
    answers=[
     ("EOB date", "Date: 10/27/2026", "denial/eob-2026-10-27.txt"),
     ("Claim", "FMB-26-1027-60315", "denial/eob-2026-10-27.txt"),
     ("Dates", "09/08/2026-09/10/2026", "denial/eob-2026-10-27.txt"),
     ("Criteria named", "failure of a gabapentinoid, a serotonin-norepinephrine reuptake inhibitor and physical therapy", "denial/eob-2026-10-27.txt"),
     ("Denial's claim", "No gabapentinoid trial is documented", "denial/eob-2026-10-27.txt"),
     ("Window", "within 180 days of receiving this notice", "denial/eob-2026-10-27.txt"),
     ("Diagnosis", "Complex regional pain syndrome type I, left lower limb (G90.512)", "clinical/pain-clinic-letter-2026-11-10.txt"),
     ("Gabapentin", "stopped after 10 weeks for sedation; pain unchanged", "clinical/pain-clinic-letter-2026-11-10.txt"),
     ("Pregabalin", "stopped after 5 weeks for leg edema", "clinical/pain-clinic-letter-2026-11-10.txt"),
     ("Duloxetine", "Duloxetine 60 mg daily since August 2025: partial relief; continues", "clinical/pain-clinic-letter-2026-11-10.txt"),
     ("Nortriptyline", "Nortriptyline 10 mg at bedtime for sleep", "clinical/pain-clinic-letter-2026-11-10.txt"),
     ("Tramadol", "stopped after 4 weeks for dizziness. No opioid now", "clinical/pain-clinic-letter-2026-11-10.txt"),
     ("PT", "Physical therapy 24 sessions February-June 2025", "clinical/pain-clinic-letter-2026-11-10.txt"),
     ("Pain before", "Pain NRS 8/10 on 08/25/2026", "clinical/pain-clinic-letter-2026-11-10.txt"),
     ("Pain after", "NRS 4/10 on 10/06/2026 after the infusions", "clinical/pain-clinic-letter-2026-11-10.txt"),
     ("Family member", "Mother (Dorothea Brennan)", "clinical/pain-clinic-letter-2026-11-10.txt"),
    ])
    # ---------------- 08 TRICARE TMS, bipolar misread, patient ----------------
    N8 = npi("157320498")
    case(slug="08-tricare-tms-denial-says-bipolar-recent-mania-record-shows-steroid-insomnia-2023-ruled-out-scid-no-mania-fax-cover-names-staff-patient",
    yaml=f"""
# FICTIONAL CASE (set 83, case 08) - every person, plan, provider, number and address is invented.
# TRICARE regional contractor denied TMS: "bipolar disorder with a recent manic episode". Record: a 2023 urgent care
# "r/o bipolar" note during prednisone insomnia; bipolar ruled out; SCID-5 10/22/2026: no lifetime mania. Fax cover from the clinic names a staff member.
# The patient (an active-duty spouse) writes.
patient:
  name: Callum Adebayo-Fairweather
  salutation: Mr. Adebayo-Fairweather
  date_of_birth: 1990-12-01
  member_id: FICT-TRW-88123405
  address: |-
    402 Sentry Loop
    Killeen, TX 76542
  phone: (254) 555-0113
insurer:
  name: Lone Star Regional TRICARE Contractor (FICTIONAL)
  appeals_address: |-
    Lone Star Regional TRICARE Contractor Appeals (FICTIONAL)
    PO Box 8703
    San Antonio, TX 78208
  fax: (210) 555-0168
claim:
  number: LSR-26-1116-93027
  plan_type: tricare
  notice_date: 2026-11-16
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Transcranial magnetic stimulation is denied. The beneficiary has bipolar disorder with a recent manic episode. TMS is
    not indicated and may induce mania.
  denial_category: medical_necessity
  action: none
treatment:
  name: Transcranial magnetic stimulation, 36 sessions
  alongside: sertraline 200 mg daily
clinical:
  history:
    - {{drug: escitalopram, dose: 20 mg daily, start: 2025-02, end: 2025-05, kind: antidepressant, weeks: 12, adequate: true, failed: true, response: none, evidence: {{file: clinical/psychiatry-note-2026-11-03.txt}}}}
    - {{drug: sertraline, dose: 200 mg daily, start: 2025-06, ongoing: true, kind: antidepressant, adequate: true, response: partial, evidence: {{file: clinical/psychiatry-note-2026-11-03.txt}}}}
    - {{drug: aripiprazole, dose: 5 mg daily, start: 2026-01, end: 2026-04, kind: augmentation, weeks: 12, adequate: true, failed: true, response: none, evidence: {{file: clinical/psychiatry-note-2026-11-03.txt}}}}
  severity: PHQ-9 20 on 11/03/2026
  severity_date: 2026-11-03
  suicidality: none
  suicidality_date: 2026-11-03
  exclusions: "no bipolar disorder: no lifetime manic or hypomanic episode (SCID-5 10/22/2026); no seizures; no psychosis"
author:
  name: Callum Adebayo-Fairweather
  relation: patient
  role: Patient
provider:
  name: Dr. Felicity Nwachukwu-Harlan
  credentials: MD, psychiatrist
  npi: "{N8}"
  phone: (254) 555-0121
record_dates:
  - file: clinical/psychological-evaluation-2026-10-29.txt
    date: 2026-10-29
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
    "denial/tricare-denial-2026-11-16.txt": """
Lone Star Regional TRICARE Contractor - Notice of Denial   Date: 11/16/2026
Beneficiary: Callum Adebayo-Fairweather  DoD benefits number on file  ID: FICT-TRW-88123405  Reference: LSR-26-1116-93027
Service: transcranial magnetic stimulation, 36 sessions.
Transcranial magnetic stimulation is denied. The beneficiary has bipolar disorder with a recent manic episode. TMS is
not indicated and may induce mania.
You may request reconsideration within 90 days of the date of this notice.
""",
    "clinical/psychiatry-note-2026-11-03.txt": """
Psychiatry note - 11/03/2026. Felicity Nwachukwu-Harlan, MD. Patient: Callum Adebayo-Fairweather.
PHQ-9 20. No suicidal ideation. Spouse (Sgt. Imogen Fairweather) deployed since 08/2026; he is sole caregiver of two children.
Escitalopram 20 mg daily February-May 2025, 12 weeks: no response.
Sertraline 200 mg daily since June 2025: partial response; continue with TMS.
Aripiprazole 5 mg daily added January-April 2026, 12 weeks: no response; stopped.
Past history: a 2023 urgent care note wrote "r/o bipolar" after two nights of poor sleep on prednisone; evaluated 03/2023: bipolar disorder ruled out; never manic or hypomanic.
""",
    "clinical/psychological-evaluation-2026-10-29.txt": """
Psychological evaluation - 10/29/2026. Dr. Ruairi Castellano-Mensah, PhD, psychologist.
Structured interview (SCID-5) on 10/22/2026: no lifetime manic or hypomanic episode. Bipolar disorder is not present. Diagnosis: major depressive disorder, recurrent, severe.
""",
    "other/clinic-fax-cover-2026-11-20.txt": """
FAX COVER - Killeen Behavioral Health (FICTIONAL)   Date: 11/20/2026
To: Callum Adebayo-Fairweather   From: Deshawn Pruitt, medical records clerk   Phone: (254) 555-0121
Pages: 4 (psychiatry note 11/03/2026, psychological evaluation 10/29/2026). Confidential health information.
""",
    },
    truth="""
# FICTIONAL TRUTH FILE - 08 - TRICARE TMS; denial calls a ruled-out 2023 "r/o bipolar" note bipolar disorder with recent mania (FICTIONAL)

## What is true
- TRICARE contractor denied TMS (11/16/2026): "bipolar disorder with a recent manic episode".
- Record: a 2023 urgent care "r/o bipolar" note during prednisone insomnia; bipolar ruled out 03/2023; SCID-5 on 10/22/2026 (psychologist, 10/29/2026): no lifetime manic or hypomanic episode. Diagnosis is MDD (F33.2).
- Escitalopram 12 weeks failed; sertraline 200 mg partial response, **continuing** with TMS; aripiprazole augmentation 12 weeks, no response.
- PHQ-9 20 on 11/03/2026; no suicidal ideation. Sole caregiver while spouse deployed.
- Reconsideration within 90 days of the notice. The patient writes ("I"). The fax cover names a records clerk (Deshawn Pruitt): another person, not a clinician; it carries no clinical fact.
## Deliberately unknown
- TRICARE policy manual section cited by the contractor; whether records were before the reviewer.
## Traps
- Do not call the 2023 note a bipolar diagnosis or a manic episode; sertraline is not stopped; aripiprazole is augmentation, not an antidepressant.
- The fax cover's clerk is not a clinician and must not be cited as one.
## Arguments a strong letter makes
- The denial misstates the record; the structured interview and the 2023 work-up answer it; the "r/o" note was a question, ruled out.
## What a letter must NOT say
- Third-person voice about the signer; ERISA/ACA rules for TRICARE; suicidal ideation; that he has bipolar disorder or had mania.
""",
    answers=[
     ("Notice date", "Date: 11/16/2026", "denial/tricare-denial-2026-11-16.txt"),
     ("Reference", "LSR-26-1116-93027", "denial/tricare-denial-2026-11-16.txt"),
     ("Denial's claim", "bipolar disorder with a recent manic episode", "denial/tricare-denial-2026-11-16.txt"),
     ("Window", "within 90 days of the date of this notice", "denial/tricare-denial-2026-11-16.txt"),
     ("Severity", "PHQ-9 20", "clinical/psychiatry-note-2026-11-03.txt"),
     ("Suicidality", "No suicidal ideation", "clinical/psychiatry-note-2026-11-03.txt"),
     ("Spouse", "Sgt. Imogen Fairweather", "clinical/psychiatry-note-2026-11-03.txt"),
     ("Caregiver", "sole caregiver of two children", "clinical/psychiatry-note-2026-11-03.txt"),
     ("Escitalopram", "Escitalopram 20 mg daily February-May 2025, 12 weeks: no response", "clinical/psychiatry-note-2026-11-03.txt"),
     ("Sertraline", "partial response; continue with TMS", "clinical/psychiatry-note-2026-11-03.txt"),
     ("Aripiprazole", "Aripiprazole 5 mg daily added January-April 2026, 12 weeks: no response", "clinical/psychiatry-note-2026-11-03.txt"),
     ("2023 note", "bipolar disorder ruled out; never manic or hypomanic", "clinical/psychiatry-note-2026-11-03.txt"),
     ("SCID-5", "Structured interview (SCID-5) on 10/22/2026: no lifetime manic or hypomanic episode", "clinical/psychological-evaluation-2026-10-29.txt"),
     ("Psychologist", "Dr. Ruairi Castellano-Mensah, PhD, psychologist", "clinical/psychological-evaluation-2026-10-29.txt"),
     ("Evaluation conclusion", "Bipolar disorder is not present", "clinical/psychological-evaluation-2026-10-29.txt"),
     ("Fax cover sender", "Deshawn Pruitt, medical records clerk", "other/clinic-fax-cover-2026-11-20.txt"),
    ])

if __name__ == "__main__":
    main()
