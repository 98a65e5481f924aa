#!/usr/bin/env python3
# FICTIONAL test-set generator: letters set 93 (issue 18), written blind. Every person, plan, provider,
# number and address in this file is invented. Run: /work/main/.venv/bin/python make_set.py [--check] [NN ...]
import io, re, shutil, subprocess, sys, textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEAD = "FICTIONAL - invented for a blind test set (set 93); not a real person, plan, clinic or number.\n\n"
FOOT = "\n\nFICTIONAL DOCUMENT - end.\n"
HEADINGS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes",
            "What a letter must NOT say"]
CASES = []


def case(num, slug, yaml, docs, truth, answers):
    CASES.append(dict(num=num, slug=f"{num}-{slug}", yaml=textwrap.dedent(yaml).strip() + "\n",
                      docs={k: textwrap.dedent(v).strip() for k, v in docs.items()},
                      truth=textwrap.dedent(truth).strip() + "\n", answers=answers))


def norm(s):
    return re.sub(r"\s+", " ", s.replace("*", "")).strip().lower()


def npi_ok(n):
    s = "80840" + n
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            d = d - 9 if d > 9 else d
        t += d
    return t % 10 == 0


def write(c):
    folder = HERE / c["slug"]
    if folder.exists():
        shutil.rmtree(folder)
    for sub in ("denial", "clinical", "other"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    (folder / "case.yaml").write_text(c["yaml"])
    for rel, text in c["docs"].items():
        (folder / rel).write_text(HEAD + text + FOOT)
    (HERE / f"{c['slug']}.truth.md").write_text(c["truth"])


def selfcheck(c):
    from ruamel.yaml import YAML
    probs = []
    folder = HERE / c["slug"]
    truth = (HERE / f"{c['slug']}.truth.md").read_text()
    texts = {"truth": truth, "case.yaml": c["yaml"]}
    for rel in c["docs"]:
        texts[rel] = (folder / rel).read_text()
        if not rel.split("/")[0] in ("denial", "clinical", "other") or not rel.endswith(".txt"):
            probs.append(f"{rel}: not a .txt in denial/, clinical/ or other/")
        if not texts[rel].startswith("FICTIONAL") or not texts[rel].rstrip().endswith("FICTIONAL DOCUMENT - end."):
            probs.append(f"{rel}: FICTIONAL header/footer")
    try:
        data = YAML(typ="safe").load(c["yaml"])
    except Exception as e:  # noqa
        probs.append(f"case.yaml does not parse: {e}")
        data = {}
    if "FICTIONAL" not in c["yaml"].splitlines()[0]:
        probs.append("case.yaml first line lacks FICTIONAL")
    if "FICTIONAL" not in truth.splitlines()[0]:
        probs.append("truth first line lacks FICTIONAL")
    heads = re.findall(r"^## (.+)$", truth, re.M)
    if heads != HEADINGS:
        probs.append(f"truth headings {heads}")
    # every path case.yaml names exists
    for p in set(re.findall(r"\b((?:denial|clinical|other)/[A-Za-z0-9_.-]+\.txt)", c["yaml"])):
        if p not in c["docs"]:
            probs.append(f"case.yaml names missing file {p}")
    # no stray file
    for f in folder.rglob("*"):
        if f.is_file():
            rel = f.relative_to(folder).as_posix()
            if rel != "case.yaml" and rel not in c["docs"]:
                probs.append(f"stray file {rel}")
    if len(c["answers"]) != 16:
        probs.append(f"{len(c['answers'])} answers, not 16")
    for q, a, doc in c["answers"]:
        if doc not in texts:
            probs.append(f"answer doc {doc} unknown ({q})")
        elif norm(a) not in norm(texts[doc]):
            probs.append(f"answer not printed: {q!r} -> {a!r} in {doc}")
    alltext = "\n".join(texts.values())
    for m in re.finditer(r"555[-. ]?\d{4}", alltext):
        start = max(0, m.start() - 8)
        ctx = alltext[start:m.end()]
        if not re.search(r"(\(\d{3}\) |1-\d{3}-|\d{3}-)555-01\d\d$", ctx):
            probs.append(f"phone rule: {ctx!r}")
    for m in re.finditer(r"[\w.+-]+@([\w-]+\.)+([A-Za-z]+)", alltext):
        if m.group(2) != "example":
            probs.append(f"e-mail not .example: {m.group(0)}")
    for m in re.finditer(r"https?://[^\s)]+|www\.[^\s)]+", alltext):
        if ".example" not in m.group(0):
            probs.append(f"web not .example: {m.group(0)}")
    for m in re.finditer(r"NPI[: ]*\"?(\d{10})|npi: \"(\d{10})\"", alltext):
        n = m.group(1) or m.group(2)
        if not npi_ok(n):
            probs.append(f"NPI fails Luhn: {n}")
    return probs


def main():
    args = sys.argv[1:]
    check = "--check" in args
    nums = [a for a in args if a != "--check"]
    todo = [c for c in CASES if not nums or c["num"] in nums]
    problems = 0
    codes = {}
    out = io.StringIO()
    for c in todo:
        write(c)
        for p in selfcheck(c):
            print(f"{c['num']}: {p}")
            problems += 1
    if check:
        for c in todo:
            r = subprocess.run(["/work/main/.venv/bin/appeal-kit", "check", str(HERE / c["slug"])],
                               capture_output=True, text=True)
            codes[c["num"]] = r.returncode
            out.write(f"===== {c['slug']} (exit {r.returncode})\n{r.stdout}{r.stderr}\n")
        name = "check-output.txt" if not nums else "check-output-partial.txt"
        (HERE / name).write_text(out.getvalue())
        print("check exit codes: " + ", ".join(f"{k}={v}" for k, v in codes.items()))
    n_ans = sum(len(c["answers"]) for c in todo)
    print(f"{len(todo)} cases, {n_ans} expected answers, {problems} problems")
    sys.exit(1 if problems or any(codes.values()) else 0)


# ---------------------------------------------------------------------------------------------------------
# CASES (appended below)

case("01", "insured-employer-tms-crit2-said-two-trials-bupropion-partial-fax-omitted-note-patient", """
# FICTIONAL CASE (set 93, case 01) - every person, plan, provider, number and address is invented.
# Insured employer plan (ERISA), Ohio, 2,800 employees. TMS denied before care under MP-TMS-44 criterion 2: the
# denial counts "two trials (sertraline and trazodone)" and calls bupropion "ongoing with good response". The record:
# four current-episode trials from three classes (sertraline, escitalopram, venlafaxine stopped for intolerance,
# bupropion continuing with 29% improvement); trazodone is a sleep dose. The patient writes ("I").
patient:
  name: Corwin Aldaine-Pruitt
  salutation: Mr. Aldaine-Pruitt
  date_of_birth: 1979-05-14
  member_id: FICT-BKH-20448817
  address: |-
    418 Quarry Ridge Road
    Mansfield, OH 44903
  phone: (419) 555-0127
  email: corwin.ap@mailbox.example
insurer:
  name: Buckeye Keystone Health Insurance Company (FICTIONAL)
  appeals_address: |-
    Buckeye Keystone Health, Member Appeals (FICTIONAL)
    PO Box 22817
    Columbus, OH 43215
  fax: (614) 555-0183
request: prior_authorization
claim:
  number: BK-PA-26-1112-40871
  plan_type: employer_erisa
  funding: insured
  employees: 2800
  notice_date: 2026-11-19
  appeal_deadline: 2027-05-18
  deadline_basis: >-
    Notice of 11/19/2026: "You have 180 days after you receive this notice to appeal." Counted from the notice date.
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  sessions: 36
  setting: outpatient
  denial_reason: >-
    Medical Policy MP-TMS-44, criterion 2, is not met. The records show two antidepressant trials (sertraline and
    trazodone). Bupropion is ongoing with good response. Criterion 2 requires failure of four antidepressant
    trials from at least two different classes.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: "Glen Marchetti, MD", specialty: Family Medicine}
  action: none
  corrections:
    - said: The records show two antidepressant trials (sertraline and trazodone).
      record: >-
        The psychiatric evaluation of 11/04/2026 records four trials in the current episode: sertraline 200 mg
        (12 weeks, no response), escitalopram 20 mg (10 weeks, no response), venlafaxine XR 150 mg (stopped after
        3 weeks for blood pressure 162/104) and bupropion XL 300 mg (continuing, partial response). Trazodone 50 mg
        is taken at bedtime for sleep. The fax of 11/12/2026 sent only the two-page primary care list.
      file: [clinical/psychiatric-evaluation-2026-11-04.txt, other/fax-cover-2026-11-12.txt]
      page: 1
    - said: Bupropion is ongoing with good response.
      record: >-
        Bupropion XL 300 mg is continued with a partial response only: PHQ-9 24 to 17 (29% improvement), below the
        policy's 50% mark; PHQ-9 21 on 11/04/2026.
      file: clinical/psychiatric-evaluation-2026-11-04.txt
      page: 1
plan_policy:
  name: Buckeye Keystone Medical Policy MP-TMS-44, Transcranial Magnetic Stimulation
  number: MP-TMS-44
  quote: >-
    2. Failure of, or intolerance to, at least four antidepressant trials from at least two different classes in
    the current episode, each at an adequate dose for at least 6 weeks unless stopped sooner for intolerance. A
    trial continued with less than 50% improvement on a standardized scale counts as a failed trial.
  file: other/medical-policy-mp-tms-44-excerpt.txt
payer_criteria:
  - criterion: 1. Major depressive disorder, severe, without psychotic features
    how_met: Recurrent major depressive disorder, severe, without psychotic features (F33.2); PHQ-9 21 on 11/04/2026
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-11-04.txt, page: 1}
  - criterion: 2. Failure of, or intolerance to, at least four antidepressant trials from at least two classes
    how_met: >-
      Four trials from three classes in the current episode: sertraline and escitalopram (SSRIs, no response),
      venlafaxine XR (SNRI, stopped for intolerance), bupropion XL (continued with 29% improvement)
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-11-04.txt, page: 1}
  - criterion: 3. No implanted metal in the head, no seizure disorder
    how_met: No implants, no seizure history (screening of 11/04/2026)
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-11-04.txt, page: 1}
treatment:
  name: Transcranial magnetic stimulation (TMS), acute course of 36 sessions
  summary: >-
    I have recurrent severe depression that has not lifted after four medicines in this episode; my psychiatrist
    has prescribed a course of TMS while I keep taking bupropion.
  plan: 36 sessions over 9 weeks (30 daily sessions and 6 taper sessions), PHQ-9 every week; stop if no improvement by session 20.
  alongside: bupropion XL 300 mg daily
clinical:
  severity: PHQ-9 21 on 11/04/2026
  severity_date: 2026-11-04
  suicidality: passive
  suicidality_date: 2026-11-04
  episode_onset: 2024-01
  treating_since: 2025-02
  history:
    - {drug: Sertraline, dose: 200 mg daily, start: 2024-02, end: 2024-05, weeks: 12, kind: antidepressant, adequate: true, failed: true, response: none, outcome: No response after 12 weeks; stopped, evidence: {file: clinical/psychiatric-evaluation-2026-11-04.txt, page: 1}}
    - {drug: Escitalopram, dose: 20 mg daily, start: 2024-06, end: 2024-09, weeks: 10, kind: antidepressant, adequate: true, failed: true, response: none, outcome: No response after 10 weeks; stopped, evidence: {file: clinical/psychiatric-evaluation-2026-11-04.txt, page: 1}}
    - {drug: Venlafaxine XR, dose: 150 mg daily, start: 2025-01-06, end: 2025-01-27, weeks: 3, kind: antidepressant, adequate: false, failed: true, outcome: Stopped after 3 weeks for intolerance (blood pressure 162/104), evidence: {file: clinical/psychiatric-evaluation-2026-11-04.txt, page: 1}}
    - {drug: Bupropion XL, dose: 300 mg daily, start: 2025-03, ongoing: true, kind: antidepressant, adequate: true, response: partial, outcome: "Partial response (PHQ-9 24 to 17, 29%); continued", evidence: {file: clinical/psychiatric-evaluation-2026-11-04.txt, page: 1}}
    - {drug: Trazodone, dose: 50 mg at bedtime for sleep, start: 2024-02, ongoing: true, kind: other, outcome: Sleep dose; not an antidepressant trial, evidence: {file: clinical/pcp-medication-list-2024-2025.txt, page: 1}}
    - {drug: Cognitive behavioral therapy, dose: 16 sessions, start: 2025-04, end: 2025-08, kind: psychotherapy, sessions: 16, response: partial, outcome: Completed with partial benefit, evidence: {file: clinical/psychiatric-evaluation-2026-11-04.txt, page: 1}}
  exclusions: No implanted metal, no seizure disorder, no psychosis, no active substance use (11/04/2026).
author:
  name: Corwin Aldaine-Pruitt
  relation: patient
provider:
  name: Priya Venkataraman-Hale
  credentials: MD, psychiatrist, Lakeview Behavioral Health (FICTIONAL)
  npi: "1795115223"
  address: |-
    77 Park Avenue West, Suite 300
    Mansfield, OH 44902
  phone: (419) 555-0164
record_dates:
  - {file: clinical/psychiatric-evaluation-2026-11-04.txt, date: 2026-11-04, submitted: false}
  - {file: clinical/pcp-medication-list-2024-2025.txt, date: 2025-02-03}
employer:
  name: Lakemont Tool and Die, Benefits Office (FICTIONAL)
  address: |-
    2200 Industrial Parkway
    Mansfield, OH 44903
bates_prefix: ALDAINEPRUITT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", {
"denial/prior-authorization-denial-2026-11-19.txt": """
BUCKEYE KEYSTONE HEALTH INSURANCE COMPANY (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date of notice: 11/19/2026                                                                    Page 1 of 1
Member: Corwin Aldaine-Pruitt   ID FICT-BKH-20448817   Group: Lakemont Tool and Die (insured group plan)
Reference: BK-PA-26-1112-40871   Request received 11/12/2026 from Lakeview Behavioral Health
Service requested: 90867, 90868 - TMS, 36 sessions. Diagnosis F33.2.
Decision: DENIED (not medically necessary).
Reason: Medical Policy MP-TMS-44, criterion 2, is not met. The records show two antidepressant trials (sertraline
and trazodone). Bupropion is ongoing with good response. Criterion 2 requires failure of four antidepressant
trials from at least two different classes.
Reviewed by: Glen Marchetti, MD, Family Medicine.
Your rights: You have 180 days after you receive this notice to appeal. Write to Member Appeals, PO Box 22817,
Columbus, OH 43215, or fax (614) 555-0183. You may ask for the documents used in this decision free of charge.
""",
"clinical/psychiatric-evaluation-2026-11-04.txt": """
LAKEVIEW BEHAVIORAL HEALTH (FICTIONAL) - PSYCHIATRIC EVALUATION, TMS CONSULTATION        Date: 11/04/2026
Patient: Corwin Aldaine-Pruitt   DOB 05/14/1979   Psychiatrist: Priya Venkataraman-Hale, MD   Page 1 of 1
NPI 1795115223
Diagnosis: major depressive disorder, recurrent, severe, without psychotic features (F33.2). Current episode
began 01/2024. Earlier episode 2016: fluoxetine 20 mg, remission by 10 weeks, tapered off 2017.
Current-episode medication trials:
  1. Sertraline 200 mg daily, 02/2024-05/2024 (12 weeks), no response; stopped. Prescribed by PCP Dr. Hessa Lindqvist.
  2. Escitalopram 20 mg daily, 06/2024-09/2024 (10 weeks), no response; stopped (Dr. Lindqvist).
  3. Venlafaxine XR 150 mg daily, 01/06/2025-01/27/2025: stopped after 3 weeks for intolerance, blood pressure 162/104.
  4. Bupropion XL 300 mg daily since 03/2025 (my care from 02/2025): partial response only, PHQ-9 24 to 17 (29%);
     continued. Not a good response.
Other: trazodone 50 mg at bedtime for sleep since 02/2024 (sleep dose, not an antidepressant trial).
CBT 16 sessions 04/2025-08/2025 with partial benefit.
Today: PHQ-9 21. Passive death wishes, no plan or intent; safety plan reviewed.
Screening: no implanted metal, no seizure disorder, no psychosis, no substance use.
Plan: TMS 36 sessions (30 daily, 6 taper); continue bupropion XL 300 mg; PHQ-9 weekly; stop if no
improvement by session 20.
""",
"clinical/pcp-medication-list-2024-2025.txt": """
NORTH CENTRAL FAMILY MEDICINE (FICTIONAL) - ACTIVE MEDICATION LIST                     Printed: 02/03/2025
Patient: Corwin Aldaine-Pruitt   DOB 05/14/1979   PCP: Hessa Lindqvist, DO                 Page 1 of 2
Sertraline 200 mg daily - discontinued 05/2024 (no benefit)
Trazodone 50 mg at bedtime - for sleep - active
Lisinopril 10 mg daily - started 01/27/2025 (blood pressure) - active
Page 2 of 2
Escitalopram 20 mg daily - discontinued 09/2024
Referral: psychiatry, Lakeview Behavioral Health, sent 01/28/2025.
""",
"other/fax-cover-2026-11-12.txt": """
LAKEVIEW BEHAVIORAL HEALTH (FICTIONAL) - FAX COVER SHEET                              Date: 11/12/2026
To: Buckeye Keystone Health, Utilization Review   Fax (614) 555-0190
From: Tamsin Orr, medical assistant, for Dr. Priya Venkataraman-Hale   Phone (419) 555-0164
Re: TMS prior authorization, Corwin Aldaine-Pruitt
Pages: 2 (PCP medication list) plus this cover. Evaluation of 11/04/2026 to follow once signed.
""",
"other/medical-policy-mp-tms-44-excerpt.txt": """
BUCKEYE KEYSTONE HEALTH (FICTIONAL) - MEDICAL POLICY MP-TMS-44, TRANSCRANIAL MAGNETIC STIMULATION (excerpt)
Effective 01/01/2026                                                                             Page 3 of 9
TMS is medically necessary when all of the following are met:
1. Major depressive disorder, severe, without psychotic features.
2. Failure of, or intolerance to, at least four antidepressant trials from at least two different classes in
the current episode, each at an adequate dose for at least 6 weeks unless stopped sooner for intolerance. A
trial continued with less than 50% improvement on a standardized scale counts as a failed trial.
3. No implanted metal in the head, no seizure disorder.
""",
}, """
# 01 - Insured employer plan: TMS denied as "two trials"; four trials in the record, bupropion partial; the patient writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Corwin Aldaine-Pruitt (DOB 05/14/1979), insured employer group plan (ERISA, 2,800 employees, Lakemont Tool and Die),
  Buckeye Keystone Health. Pre-service request for TMS, 36 sessions (90867, 90868), F33.2, denied **11/19/2026**
  (BK-PA-26-1112-40871) under **MP-TMS-44 criterion 2**. Reviewer: Glen Marchetti, MD, **Family Medicine**.
- Current episode from 01/2024. **Four trials from three classes**: sertraline 200 mg 12 wk no response;
  escitalopram 20 mg 10 wk no response; venlafaxine XR 150 mg stopped after 3 wk for **intolerance** (BP 162/104);
  bupropion XL 300 mg since 03/2025, **continuing, partial response PHQ-9 24 to 17 (29%)**, which the policy's own
  words count as a failed trial (less than 50% improvement). Criterion 2 counts intolerance.
- Trazodone 50 mg at bedtime is a **sleep dose**. Fluoxetine 2016 was an **earlier episode, remission**.
- PHQ-9 21 on 11/04/2026; **passive** death wishes, no plan or intent (11/04/2026).
- The fax of 11/12/2026 sent only the 2-page PCP list; the evaluation of 11/04/2026 was **never sent**.
- First internal appeal, pre-service; 180 days (29 CFR 2560.503-1(h)(3)(i)): by 2027-05-18; decision in 30 days.

## Deliberately unknown
- Whether the plan ever received the evaluation "to follow": nothing shows it was sent.
- Cost of the TMS course; the clinic's network status (assumed in network, not stated).

## Traps
- Bupropion is **continuing**: an inadequate (partial) response, never "stopped" nor "good response".
- Trazodone is not a trial; fluoxetine 2016 is not a failure and not in the current episode.
- Venlafaxine was 3 weeks: an intolerance, not an "adequate 6-week trial"; the policy counts it anyway.
- Other people: PCP Dr. Hessa Lindqvist, medical assistant Tamsin Orr (fax cover).
- Suicidality is passive only: never "active suicidal ideation" or "a plan".
- Voice: the patient signs; "I", never "Mr. Aldaine-Pruitt has failed".

## Arguments a strong letter makes
1. Criterion 2 is met by the policy's own words: four trials from three classes, with intolerance and the <50%
   partial response both counted; the denial saw only the PCP list because the evaluation was never sent.
2. Correct the two misstatements (two trials; "good response").
3. The reviewer is family medicine, not psychiatry; ask for a psychiatrist reviewer and the claim file (ERISA).
4. Criteria 1 and 3 met; plan with stopping rule.

## What a letter must NOT say
- "failed trazodone"; "fluoxetine failed"; "stopped bupropion"; "good response".
- "active suicidal ideation"; "suicidal plan".
- "Mr. Aldaine-Pruitt has failed" (third person by the signing patient).
- "45 CFR 156.230"; "Medicaid"; "Medicare".
""", [
("Notice date", "11/19/2026", "denial/prior-authorization-denial-2026-11-19.txt"),
("Reference number", "BK-PA-26-1112-40871", "denial/prior-authorization-denial-2026-11-19.txt"),
("Reviewer specialty", "Family Medicine", "denial/prior-authorization-denial-2026-11-19.txt"),
("Criterion 2 count", "at least four antidepressant trials from at least two different classes", "other/medical-policy-mp-tms-44-excerpt.txt"),
("Partial response rule", "less than 50% improvement on a standardized scale counts as a failed trial", "other/medical-policy-mp-tms-44-excerpt.txt"),
("Bupropion response", "PHQ-9 24 to 17 (29%)", "clinical/psychiatric-evaluation-2026-11-04.txt"),
("Why venlafaxine stopped", "blood pressure 162/104", "clinical/psychiatric-evaluation-2026-11-04.txt"),
("Trazodone use", "trazodone 50 mg at bedtime for sleep", "clinical/psychiatric-evaluation-2026-11-04.txt"),
("Earlier episode", "fluoxetine 20 mg, remission by 10 weeks", "clinical/psychiatric-evaluation-2026-11-04.txt"),
("Current severity", "PHQ-9 21", "clinical/psychiatric-evaluation-2026-11-04.txt"),
("Suicidality", "Passive death wishes, no plan or intent", "clinical/psychiatric-evaluation-2026-11-04.txt"),
("What the fax sent", "Pages: 2 (PCP medication list)", "other/fax-cover-2026-11-12.txt"),
("Who prescribed sertraline", "Hessa Lindqvist", "clinical/pcp-medication-list-2024-2025.txt"),
("Appeal deadline", "2027-05-18", "case.yaml"),
("Trial count", "Four trials from three classes", "truth"),
("Voice", 'the patient signs; "I"', "truth"),
])

case("02", "medicare-advantage-spravato-internal-criteria-said-no-oral-ad-vortioxetine-samples-old-phq9-psychiatrist", """
# FICTIONAL CASE (set 93, case 02) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, Georgia. Spravato denied before care under the plan's internal criteria MA-ESK-12: "no
# current oral antidepressant (sertraline stopped 09/30/2026)" and "most recent score PHQ-9 9 (06/12/2025)". The
# record: vortioxetine 10 mg started 10/02/2026 from clinic samples (not in the plan's claims); MADRS 33 on
# 11/16/2026; the PHQ-9 9 was the 2025 remission. The treating psychiatrist requests the reconsideration ("I").
patient:
  name: Eulalia Brannigan-Soto
  salutation: Mrs. Brannigan-Soto
  date_of_birth: 1955-08-03
  member_id: FICT-PSA-77013562
  address: |-
    96 Magnolia Bend Court
    Macon, GA 31204
  phone: (478) 555-0138
insurer:
  name: Peachline Senior Advantage HMO (FICTIONAL)
  appeals_address: |-
    Peachline Senior Advantage, Appeals and Grievances (FICTIONAL)
    PO Box 51390
    Atlanta, GA 30303
  fax: (404) 555-0171
request: prior_authorization
claim:
  number: PSA-OD-26-1120-66104
  plan_type: medicare_advantage
  notice_date: 2026-11-24
  appeal_deadline: 2027-01-28
  deadline_basis: >-
    Notice of 11/24/2026: "You must ask for a reconsideration within 65 calendar days from the date of this notice."
  procedure_codes: [G2082, G2083]
  diagnosis_codes: [F33.2]
  setting: outpatient
  denial_reason: >-
    Plan criteria MA-ESK-12 not met. Criterion 3: pharmacy records show sertraline was stopped 09/30/2026; there is
    no current oral antidepressant. Criterion 4: the most recent score on file is PHQ-9 9 (06/12/2025).
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: "Maria Feld, MD", specialty: Internal Medicine}
  action: none
  corrections:
    - said: pharmacy records show sertraline was stopped 09/30/2026; there is no current oral antidepressant.
      record: >-
        Sertraline was stopped 09/30/2026 for low sodium (127) and vortioxetine 10 mg daily started 10/02/2026 from
        clinic samples, which the plan's pharmacy claims do not show; she takes it now and will continue it.
      file: clinical/psychiatry-progress-note-2026-11-16.txt
      page: 1
    - said: the most recent score on file is PHQ-9 9 (06/12/2025).
      record: >-
        PHQ-9 9 was recorded 06/12/2025, during the remission before this relapse; MADRS 33 on 11/16/2026, four
        days before the request.
      file: clinical/psychiatry-progress-note-2026-11-16.txt
      page: 1
plan_policy:
  name: Peachline Senior Advantage internal coverage criteria MA-ESK-12, esketamine nasal spray
  number: MA-ESK-12
  quote: >-
    3. The member is currently taking an oral antidepressant and will continue it with esketamine. 4. MADRS of 28
    or more, or PHQ-9 of 20 or more, within 30 days before the request.
  file: other/plan-criteria-ma-esk-12-excerpt.txt
payer_criteria:
  - criterion: 3. Currently taking an oral antidepressant and will continue it
    how_met: Vortioxetine 10 mg daily since 10/02/2026 (clinic samples), to be continued with esketamine
    met: true
    evidence: [{file: clinical/psychiatry-progress-note-2026-11-16.txt, page: 1}, {file: other/sample-dispensing-log-2026.txt, page: 1}]
  - criterion: 4. MADRS 28 or more within 30 days before the request
    how_met: MADRS 33 on 11/16/2026; request 11/20/2026
    met: true
    evidence: {file: clinical/psychiatry-progress-note-2026-11-16.txt, page: 1}
treatment:
  name: Spravato (esketamine nasal spray), induction 56-84 mg twice weekly for 4 weeks
  summary: >-
    Relapse of treatment-resistant depression after three antidepressant trials and one lithium augmentation in this episode;
    esketamine with her continuing oral antidepressant, vortioxetine.
  plan: 56 mg at sessions 1-2, then 84 mg twice weekly to week 4; MADRS at weeks 2 and 4; continue only with 50% improvement.
  setting: Certified Spravato REMS treatment center (Middle Georgia Mood Clinic, FICTIONAL)
  monitoring: Blood pressure before and at 40 and 120 minutes; observed 2 hours after each dose.
  alongside: vortioxetine 10 mg daily
clinical:
  severity: MADRS 33 on 11/16/2026
  severity_date: 2026-11-16
  suicidality: none
  suicidality_date: 2026-11-16
  episode_onset: 2025-10
  treating_since: 2021-03
  history:
    - {drug: Duloxetine, dose: 60 mg daily, start: 2025-10, end: 2026-01, weeks: 10, kind: antidepressant, adequate: true, failed: true, response: none, outcome: No response after 10 weeks; stopped, evidence: {file: clinical/psychiatry-progress-note-2026-11-16.txt, page: 1}}
    - {drug: Mirtazapine, dose: 30 mg at bedtime, start: 2026-01, end: 2026-03, weeks: 8, kind: antidepressant, adequate: true, failed: true, response: none, outcome: "No response after 8 weeks at 30 mg (antidepressant dose); stopped", evidence: {file: clinical/psychiatry-progress-note-2026-11-16.txt, page: 1}}
    - {drug: Sertraline, dose: 150 mg daily, start: 2026-03, end: 2026-09-30, weeks: 26, kind: antidepressant, adequate: true, failed: true, response: partial, outcome: Partial response; stopped 09/30/2026 for low sodium (127), evidence: {file: clinical/psychiatry-progress-note-2026-11-16.txt, page: 1}}
    - {drug: Lithium (augmentation), dose: "600 mg daily, level 0.7", start: 2026-05, end: 2026-07, weeks: 9, kind: augmentation, adequate: true, failed: true, response: none, outcome: No added benefit; stopped for tremor, evidence: {file: clinical/psychiatry-progress-note-2026-11-16.txt, page: 1}}
    - {drug: Vortioxetine, dose: 10 mg daily, start: 2026-10-02, ongoing: true, kind: antidepressant, paid_outside: manufacturer samples, outcome: Started 10/02/2026; continuing with esketamine, evidence: {file: other/sample-dispensing-log-2026.txt, page: 1}}
    - {drug: Electroconvulsive therapy (earlier episode), dose: 9 sessions, start: 2021-04, end: 2021-05, kind: neuromodulation, sessions: 9, adequate: true, response: remission, outcome: "Remission in the 2021 episode, with 5 days of post-ECT delirium; ECT not advised again", evidence: {file: clinical/psychiatry-progress-note-2026-11-16.txt, page: 1}}
  exclusions: No aneurysm or uncontrolled hypertension (BP 132/78), no psychosis, no substance use.
alternatives:
  - treatment: Electroconvulsive therapy
    why_not: Five days of delirium after ECT in 2021; her psychiatrist advises against repeating it.
author:
  name: Ignatius Okafor-Lind
  role: MD, treating psychiatrist
  relation: physician
  address: |-
    Middle Georgia Mood Clinic (FICTIONAL), 1410 Forsyth Street
    Macon, GA 31201
  phone: (478) 555-0152
  email: iokaforlind@mgmoodclinic.example
provider:
  name: Ignatius Okafor-Lind
  credentials: MD, psychiatrist
  npi: "1612909816"
  address: |-
    1410 Forsyth Street
    Macon, GA 31201
  phone: (478) 555-0152
peer_to_peer:
  availability: weekdays 12-1 pm
record_dates:
  - {file: clinical/psychiatry-progress-note-2026-11-16.txt, date: 2026-11-16}
bates_prefix: BRANNIGANSOTO
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", {
"denial/integrated-denial-notice-2026-11-24.txt": """
PEACHLINE SENIOR ADVANTAGE HMO (FICTIONAL) - NOTICE OF DENIAL OF MEDICAL COVERAGE          Date: 11/24/2026
Member: Eulalia Brannigan-Soto   ID FICT-PSA-77013562                                          Page 1 of 1
Request: PSA-OD-26-1120-66104, received 11/20/2026 from Ignatius Okafor-Lind, MD. G2082, G2083 (esketamine).
We denied this request. Plan criteria MA-ESK-12 not met. Criterion 3: pharmacy records show sertraline was stopped
09/30/2026; there is no current oral antidepressant. Criterion 4: the most recent score on file is PHQ-9 9
(06/12/2025).
Reviewed by Maria Feld, MD, Internal Medicine.
You must ask for a reconsideration within 65 calendar days from the date of this notice. Your doctor may ask for
you. Write to Appeals and Grievances, PO Box 51390, Atlanta, GA 30303, or fax (404) 555-0171.
""",
"clinical/psychiatry-progress-note-2026-11-16.txt": """
MIDDLE GEORGIA MOOD CLINIC (FICTIONAL) - PSYCHIATRY PROGRESS NOTE                         Date: 11/16/2026
Patient: Eulalia Brannigan-Soto   DOB 08/03/1955   Psychiatrist: Ignatius Okafor-Lind, MD   Page 1 of 1
NPI 1612909816. In my care since 03/2021. Accompanied by her daughter, Renata Soto.
Relapse of recurrent major depression from 10/2025 (F33.2), after remission 2023-2025 (PHQ-9 9 on 06/12/2025).
This episode: duloxetine 60 mg 10 weeks, no response; mirtazapine 30 mg 8 weeks (antidepressant dose), no response;
sertraline 150 mg 03/2026-09/30/2026, partial response, stopped for sodium 127 (Dr. Hal Pruett, nephrology);
lithium augmentation 600 mg (level 0.7) 9 weeks, no added benefit, stopped for tremor.
Vortioxetine 10 mg daily started 10/02/2026 from clinic samples; taking it daily; continue.
2021 episode: ECT x9, remission, but 5 days of post-ECT delirium; I advise against ECT again.
MADRS 33 today. Denies suicidal ideation. BP 132/78. No psychosis, no substance use.
Plan: Spravato 56 mg then 84 mg twice weekly for 4 weeks with vortioxetine; MADRS weeks 2 and 4.
""",
"other/sample-dispensing-log-2026.txt": """
MIDDLE GEORGIA MOOD CLINIC (FICTIONAL) - SAMPLE DISPENSING LOG, VORTIOXETINE 10 MG           Page 1 of 1
10/02/2026  Brannigan-Soto, Eulalia   28 tablets   lot FX-2291   by I. Okafor-Lind, MD
10/30/2026  Brannigan-Soto, Eulalia   28 tablets   lot FX-2317   by I. Okafor-Lind, MD
10/30/2026  Whitcombe, Arliss         14 tablets   lot FX-2317   by I. Okafor-Lind, MD
11/16/2026  Brannigan-Soto, Eulalia   28 tablets   lot FX-2340   by I. Okafor-Lind, MD
""",
"other/plan-criteria-ma-esk-12-excerpt.txt": """
PEACHLINE SENIOR ADVANTAGE (FICTIONAL) - INTERNAL COVERAGE CRITERIA MA-ESK-12, ESKETAMINE     Page 2 of 4
3. The member is currently taking an oral antidepressant and will continue it with esketamine.
4. MADRS of 28 or more, or PHQ-9 of 20 or more, within 30 days before the request.
""",
}, """
# 02 - Medicare Advantage: Spravato denied for "no oral antidepressant" and an old PHQ-9; treating psychiatrist requests reconsideration (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Eulalia Brannigan-Soto (DOB 08/03/1955), Peachline Senior Advantage HMO (Medicare Advantage). Spravato (G2082,
  G2083) denied **11/24/2026** (PSA-OD-26-1120-66104) under the plan's **internal** criteria MA-ESK-12, criteria 3
  and 4. Reviewer: Maria Feld, MD, Internal Medicine.
- **Vortioxetine 10 mg daily since 10/02/2026**, from clinic **samples** (log: 10/02, 10/30, 11/16), continuing: the
  plan's pharmacy claims cannot show it. Sertraline stopped 09/30/2026 for **sodium 127** (a partial response).
- **MADRS 33 on 11/16/2026** (within 30 days). PHQ-9 9 on 06/12/2025 was the **remission before this relapse**.
- Episode from 10/2025: duloxetine 10 wk none; mirtazapine **30 mg** 8 wk none (antidepressant dose); sertraline
  partial; lithium augmentation (level 0.7) 9 wk no added benefit, stopped for tremor.
- ECT in 2021: remission, but 5 days of post-ECT delirium; the psychiatrist advises against it.
- No suicidal ideation (11/16/2026).
- Pre-service reconsideration, Part B drug: decided within 7 days (42 CFR 422.590(c)); 65 days from the notice:
  by 2027-01-28 (422.582(b)). Internal criteria are limited by 42 CFR 422.101(b)(6).

## Deliberately unknown
- Whether Medicare's contractor has a local coverage article for esketamine in Georgia: not in the case.
- The plan's Part D record of vortioxetine: none (samples).

## Traps
- Vortioxetine is **current**; never "no oral antidepressant"; the label itself allows monotherapy for TRD since
  January 2025 - the oral antidepressant row is the plan's criterion, not the label's.
- Mirtazapine 30 mg is an antidepressant trial, not a sleep dose. ECT 2021 was a **remission** (earlier episode), not
  a failure. Lithium was **augmentation**.
- Other people: daughter Renata Soto, nephrologist Dr. Hal Pruett, and another patient (Arliss Whitcombe) on the
  sample log.
- No suicidal ideation: no suicidality argument.
- Voice: the treating psychiatrist writes "I" as treating physician, about Mrs. Brannigan-Soto.
- Medicare: no parity, no ERISA, no state external review.

## Arguments a strong letter makes
1. Criterion 3 is met: vortioxetine since 10/02/2026 (samples log, note of 11/16); correct the denial.
2. Criterion 4 is met: MADRS 33 on 11/16/2026; the PHQ-9 9 of 06/12/2025 predates the relapse.
3. Internal criteria may be applied only as 42 CFR 422.101(b)(6) allows; decide within 7 days (422.590(c)).
4. ECT is not a safe alternative (2021 delirium); internist reviewer, ask for a psychiatrist.

## What a letter must NOT say
- "no current oral antidepressant"; "stopped all antidepressants"; "failed ECT"; "mirtazapine sleep dose".
- "suicidal ideation" as present; "acute suicidal ideation" indication.
- "Whitcombe"; "ERISA"; "29 CFR 2560.503-1"; "parity"; "45 CFR 147.136".
""", [
("Notice date", "11/24/2026", "denial/integrated-denial-notice-2026-11-24.txt"),
("Request number", "PSA-OD-26-1120-66104", "denial/integrated-denial-notice-2026-11-24.txt"),
("Reviewer", "Maria Feld, MD, Internal Medicine", "denial/integrated-denial-notice-2026-11-24.txt"),
("Criterion 3 words", "currently taking an oral antidepressant and will continue it with esketamine", "other/plan-criteria-ma-esk-12-excerpt.txt"),
("Vortioxetine start", "Vortioxetine 10 mg daily started 10/02/2026 from clinic samples", "clinical/psychiatry-progress-note-2026-11-16.txt"),
("Sample lot 11/16", "lot FX-2340", "other/sample-dispensing-log-2026.txt"),
("Why sertraline stopped", "sodium 127", "clinical/psychiatry-progress-note-2026-11-16.txt"),
("Current MADRS", "MADRS 33 today", "clinical/psychiatry-progress-note-2026-11-16.txt"),
("Old PHQ-9 context", "remission 2023-2025 (PHQ-9 9 on 06/12/2025)", "clinical/psychiatry-progress-note-2026-11-16.txt"),
("Mirtazapine dose", "mirtazapine 30 mg 8 weeks (antidepressant dose)", "clinical/psychiatry-progress-note-2026-11-16.txt"),
("Lithium level", "level 0.7", "clinical/psychiatry-progress-note-2026-11-16.txt"),
("ECT history", "5 days of post-ECT delirium", "clinical/psychiatry-progress-note-2026-11-16.txt"),
("Daughter", "Renata Soto", "clinical/psychiatry-progress-note-2026-11-16.txt"),
("Deadline", "2027-01-28", "case.yaml"),
("Decision time", "7 days (42 CFR 422.590(c))", "truth"),
("Internal criteria limit", "422.101(b)(6)", "truth"),
])

case("03", "part-d-cariprazine-adjunct-step-said-aripiprazole-2-mg-only-discount-card-quetiapine-syncope-patient", """
# FICTIONAL CASE (set 93, case 03) - every person, plan, provider, number and address is invented.
# Stand-alone Part D plan, Arizona. Cariprazine as an add-on to sertraline for major depression, denied under step
# therapy ST-ADJ-9: "claims show aripiprazole 2 mg for 3 weeks only; no quetiapine; no prescriber reason". The
# record: aripiprazole was raised to 5 mg then 10 mg (8 more weeks, paid with a discount card), partial benefit,
# stopped for akathisia; quetiapine 25 mg at bedtime in 2023 (a sleep dose) caused fainting with a wrist fracture,
# so her psychiatrist will not use quetiapine. Sertraline continues. The patient writes ("I").
patient:
  name: Hollis Vandermeer-Quist
  salutation: Ms. Vandermeer-Quist
  date_of_birth: 1959-06-20
  member_id: FICT-SRX-40591276
  address: |-
    2715 E Camino Linda
    Tucson, AZ 85716
  phone: (520) 555-0114
  email: hollis.vq@desertmail.example
insurer:
  name: Saguaro Rx Choice PDP (FICTIONAL)
  appeals_address: |-
    Saguaro Rx Choice, Part D Redeterminations (FICTIONAL)
    PO Box 88204
    Phoenix, AZ 85004
  fax: (602) 555-0147
claim:
  number: SRX-CD-26-1125-30418
  plan_type: medicare_part_d
  notice_date: 2026-12-01
  appeal_deadline: 2027-02-04
  deadline_basis: >-
    Notice of 12/01/2026: "You have 65 days from the date of this notice to ask for a redetermination."
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Step therapy ST-ADJ-9 not met. Our claims show aripiprazole 2 mg for 3 weeks only and no claim for quetiapine.
    Your prescriber gave no reason why the step drugs cannot be used.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  corrections:
    - said: Our claims show aripiprazole 2 mg for 3 weeks only and no claim for quetiapine.
      record: >-
        After the 3 weeks at 2 mg (04/2026), I took aripiprazole 5 mg for 4 weeks and 10 mg for 4 weeks
        (05/2026-06/2026), paid with a pharmacy discount card; it helped partly and I stopped it for akathisia.
        Quetiapine 25 mg at bedtime for sleep in 2023 made me faint, and I broke my wrist in the fall; my
        psychiatrist will not prescribe quetiapine again.
      file: [clinical/psychiatry-note-2026-11-24.txt, other/discount-card-receipts-aripiprazole-2026.txt]
      page: 1
    - said: Your prescriber gave no reason why the step drugs cannot be used.
      record: >-
        My psychiatrist's supporting statement of 11/30/2026 gives the reasons: aripiprazole was tried at 5 and 10
        mg and stopped for akathisia, and quetiapine caused fainting with a fracture.
      file: other/prescriber-supporting-statement-2026-11-30.txt
      page: 1
plan_policy:
  name: Saguaro Rx Choice step therapy criteria ST-ADJ-9, cariprazine for major depression (add-on)
  number: ST-ADJ-9
  quote: >-
    Cariprazine as add-on treatment for major depression is covered after a trial of aripiprazole (at least 5 mg
    daily for 6 weeks) and a trial of quetiapine XR (at least 150 mg daily for 6 weeks), unless a step drug was
    not tolerated or is contraindicated.
  file: other/step-therapy-criteria-st-adj-9.txt
payer_criteria:
  - criterion: A trial of aripiprazole (at least 5 mg daily for 6 weeks)
    how_met: Aripiprazole 5 mg for 4 weeks then 10 mg for 4 weeks (8 weeks at 5 mg or more); partial benefit; stopped for akathisia
    met: true
    evidence: [{file: clinical/psychiatry-note-2026-11-24.txt, page: 1}, {file: other/discount-card-receipts-aripiprazole-2026.txt, page: 1}]
  - criterion: A trial of quetiapine XR (at least 150 mg daily for 6 weeks), unless not tolerated or contraindicated
    how_met: Not tolerated - quetiapine 25 mg in 2023 caused fainting with a wrist fracture; the prescriber judges it unsafe
    met: true
    evidence: [{file: clinical/psychiatry-note-2026-11-24.txt, page: 1}, {file: other/prescriber-supporting-statement-2026-11-30.txt, page: 1}]
prescriber_statement:
  date: 2026-11-30
  quote: >-
    Ms. Vandermeer-Quist took aripiprazole at 5 mg and then 10 mg daily for 8 weeks in 2026 with partial benefit
    and stopped it for akathisia. Quetiapine 25 mg in 2023 caused orthostatic fainting with a wrist fracture; I
    will not prescribe quetiapine at any dose.
  file: other/prescriber-supporting-statement-2026-11-30.txt
treatment:
  name: Cariprazine 1.5 mg daily, added to sertraline
  summary: >-
    I have recurrent major depression that sertraline only partly helps; the first add-on drug the plan requires
    was tried and stopped for akathisia, and the second made me faint, so my psychiatrist prescribed cariprazine
    with my sertraline.
  plan: Cariprazine 1.5 mg daily with sertraline 200 mg; PHQ-9 and akathisia rating at 2, 6 and 12 weeks.
  alongside: sertraline 200 mg daily
clinical:
  severity: PHQ-9 19 on 11/24/2026
  severity_date: 2026-11-24
  suicidality: none
  suicidality_date: 2026-11-24
  episode_onset: 2025-11
  treating_since: 2019-08
  history:
    - {drug: Bupropion XL (2019 episode), dose: 300 mg daily, start: 2019-08, end: 2021-02, kind: antidepressant, adequate: true, response: remission, outcome: Remission in the 2019 episode; tapered off 2021, evidence: {file: clinical/psychiatry-note-2026-11-24.txt, page: 1}}
    - {drug: Quetiapine, dose: 25 mg at bedtime for sleep, start: 2023-03, end: 2023-04, kind: other, outcome: "Sleep dose from primary care; stopped after orthostatic fainting with a wrist fracture", evidence: {file: clinical/psychiatry-note-2026-11-24.txt, page: 1}}
    - {drug: Sertraline, dose: 200 mg daily, start: 2025-12, ongoing: true, weeks: 50, kind: antidepressant, adequate: true, response: partial, outcome: Partial response; continued, evidence: {file: clinical/psychiatry-note-2026-11-24.txt, page: 1}}
    - {drug: Aripiprazole (augmentation), dose: "2 mg for 3 weeks, 5 mg for 4 weeks, 10 mg for 4 weeks", start: 2026-04, end: 2026-06, weeks: 11, kind: augmentation, adequate: true, failed: true, response: partial, paid_outside: discount card, outcome: Partial benefit; stopped for akathisia, evidence: {file: clinical/psychiatry-note-2026-11-24.txt, page: 1}}
author:
  name: Hollis Vandermeer-Quist
  relation: patient
provider:
  name: Anselm Trevino-Pike
  credentials: MD, psychiatrist, Sonoran Psychiatric Associates (FICTIONAL)
  npi: "1956113371"
  address: |-
    5050 N Oracle Road, Suite 210
    Tucson, AZ 85704
  phone: (520) 555-0189
record_dates:
  - {file: clinical/psychiatry-note-2026-11-24.txt, date: 2026-11-24}
  - {file: other/prescriber-supporting-statement-2026-11-30.txt, date: 2026-11-30}
bates_prefix: VANDERMEERQUIST
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", {
"denial/coverage-determination-denial-2026-12-01.txt": """
SAGUARO RX CHOICE PDP (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE   Date: 12/01/2026
Member: Hollis Vandermeer-Quist   ID FICT-SRX-40591276   Coverage determination SRX-CD-26-1125-30418   Page 1 of 1
Drug: cariprazine 1.5 mg capsules, #30 per 30 days. Prescriber: Anselm Trevino-Pike, MD.
Denied. Step therapy ST-ADJ-9 not met. Our claims show aripiprazole 2 mg for 3 weeks only and no claim for
quetiapine. Your prescriber gave no reason why the step drugs cannot be used.
You have 65 days from the date of this notice to ask for a redetermination. Write to Part D Redeterminations,
PO Box 88204, Phoenix, AZ 85004, fax (602) 555-0147, or call 1-800-555-0122. You may ask for a fast decision.
""",
"clinical/psychiatry-note-2026-11-24.txt": """
SONORAN PSYCHIATRIC ASSOCIATES (FICTIONAL) - PSYCHIATRY FOLLOW-UP                      Date: 11/24/2026
Patient: Hollis Vandermeer-Quist   DOB 06/20/1959   Psychiatrist: Anselm Trevino-Pike, MD   Page 1 of 1
NPI 1956113371. In my care since 08/2019. Major depressive disorder, recurrent, severe (F33.2); episode from 11/2025.
2019 episode: bupropion XL 300 mg, remission; tapered off 02/2021.
Quetiapine 25 mg at bedtime for sleep, 03/2023-04/2023, from her PCP, Dr. Ines Baca: orthostatic fainting, fall,
left wrist fracture; stopped. I will not use quetiapine at any dose.
Sertraline 200 mg daily since 12/2025: partial response; continue.
Aripiprazole add-on: 2 mg 3 weeks (04/2026), 5 mg 4 weeks, 10 mg 4 weeks (05/2026-06/2026; she paid with a discount
card): partial benefit, then akathisia; stopped 06/30/2026.
PHQ-9 19 today. No suicidal ideation.
Plan: cariprazine 1.5 mg daily with sertraline; PHQ-9 and akathisia rating at 2, 6 and 12 weeks.
""",
"other/prescriber-supporting-statement-2026-11-30.txt": """
SONORAN PSYCHIATRIC ASSOCIATES (FICTIONAL) - SUPPORTING STATEMENT FOR A PART D EXCEPTION     Date: 11/30/2026
Patient: Hollis Vandermeer-Quist   Drug: cariprazine 1.5 mg daily                           Page 1 of 1
Ms. Vandermeer-Quist took aripiprazole at 5 mg and then 10 mg daily for 8 weeks in 2026 with partial benefit
and stopped it for akathisia. Quetiapine 25 mg in 2023 caused orthostatic fainting with a wrist fracture; I
will not prescribe quetiapine at any dose.
Signed: Anselm Trevino-Pike, MD   Fax (520) 555-0190
""",
"other/discount-card-receipts-aripiprazole-2026.txt": """
CACTUS FLOWER PHARMACY (FICTIONAL) - CASH AND DISCOUNT CARD RECEIPTS                          Page 1 of 1
Patient: Hollis Vandermeer-Quist
05/04/2026  aripiprazole 5 mg #30    discount card RXS-FICT-5512   paid $9.80    not billed to insurance
06/02/2026  aripiprazole 10 mg #30   discount card RXS-FICT-5512   paid $10.40   not billed to insurance
""",
"other/pharmacy-household-history-2026.txt": """
CACTUS FLOWER PHARMACY (FICTIONAL) - HOUSEHOLD FILL HISTORY 01/2026-11/2026                  Page 1 of 1
Hollis Vandermeer-Quist   sertraline 100 mg #60 monthly     Saguaro Rx Choice
Hollis Vandermeer-Quist   aripiprazole 2 mg #30 04/06/2026  Saguaro Rx Choice
Dorian Vandermeer-Quist   atorvastatin 20 mg #30 monthly    Saguaro Rx Choice
""",
"other/step-therapy-criteria-st-adj-9.txt": """
SAGUARO RX CHOICE (FICTIONAL) - STEP THERAPY CRITERIA ST-ADJ-9, CARIPRAZINE (ADD-ON, MAJOR DEPRESSION)   Page 1 of 1
Cariprazine as add-on treatment for major depression is covered after a trial of aripiprazole (at least 5 mg
daily for 6 weeks) and a trial of quetiapine XR (at least 150 mg daily for 6 weeks), unless a step drug was
not tolerated or is contraindicated.
""",
}, """
# 03 - Part D: cariprazine add-on denied at step therapy ("aripiprazole 2 mg only, no quetiapine"); aripiprazole went on outside the plan and quetiapine caused a fall; the patient writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Hollis Vandermeer-Quist (DOB 06/20/1959), Saguaro Rx Choice PDP. Cariprazine 1.5 mg, added to sertraline for
  recurrent major depression (F33.2), denied **12/01/2026** (SRX-CD-26-1125-30418) under **ST-ADJ-9**.
- **Aripiprazole**: 2 mg 3 weeks (the only fill the plan paid, 04/06/2026), then **5 mg 4 weeks and 10 mg 4 weeks**
  paid with a **discount card** (05/04 and 06/02/2026, not billed): 8 weeks at 5 mg or more, meeting the step's
  5 mg / 6 weeks; partial benefit, stopped 06/30/2026 for **akathisia**.
- **Quetiapine 25 mg at bedtime (2023) was a sleep dose** from her PCP (Dr. Ines Baca); it caused **orthostatic
  fainting, a fall and a wrist fracture**: not tolerated, in the criterion's own words. No quetiapine XR trial.
- **Sertraline 200 mg continues** (partial response); cariprazine is an **add-on** to it. Bupropion 2019 was an
  **earlier-episode remission**. PHQ-9 19 on 11/24/2026; no suicidal ideation.
- Prescriber's supporting statement **11/30/2026** answers "no reason given".
- Redetermination with a coverage exception (**42 CFR 423.578(b)**); 65 days from the notice: by **2027-02-04**
  (423.582(b)); standard decision 7 days, expedited 72 hours.

## Deliberately unknown
- Whether the 11/30 statement reached the plan before its 12/01 decision: not shown.
- Why sertraline appears as 100 mg #60 on the fills (two tablets a day = 200 mg; a letter need not explain it).

## Traps
- The plan's claims are not the record: the discount-card fills count as the trial.
- Quetiapine was a **sleep dose**, not a quetiapine XR trial - and never say she "tried quetiapine XR"; it counts
  as not tolerated, not as a failed trial.
- Aripiprazole and cariprazine are **augmenting** agents (add-on); sertraline is the antidepressant and continues.
- Bupropion 2019 was a remission, not a failure. Other person: Dorian Vandermeer-Quist on the household printout.
- Voice: the patient writes "I".

## Arguments a strong letter makes
1. Both steps are answered in the criterion's own words: aripiprazole 8 weeks at 5-10 mg (receipts), and
   quetiapine "not tolerated" (fainting, fracture).
2. Coverage exception 423.578(b) on the prescriber's statement of 11/30/2026.
3. Correct both misstatements.

## What a letter must NOT say
- "aripiprazole 2 mg only"; "never tried aripiprazole"; "failed quetiapine XR"; "stopped sertraline".
- "failed bupropion"; "Dorian"; "suicidal ideation" as present.
- "ERISA"; "parity"; "45 CFR 147.136"; "60 days" as the Part D window.
""", [
("Notice date", "12/01/2026", "denial/coverage-determination-denial-2026-12-01.txt"),
("Coverage determination", "SRX-CD-26-1125-30418", "denial/coverage-determination-denial-2026-12-01.txt"),
("Denial words on claims", "aripiprazole 2 mg for 3 weeks only and no claim for", "denial/coverage-determination-denial-2026-12-01.txt"),
("Step dose aripiprazole", "aripiprazole (at least 5 mg daily for 6 weeks)", "other/step-therapy-criteria-st-adj-9.txt"),
("Step exception words", "unless a step drug was not tolerated or is contraindicated", "other/step-therapy-criteria-st-adj-9.txt"),
("Aripiprazole doses", "5 mg 4 weeks, 10 mg 4 weeks", "clinical/psychiatry-note-2026-11-24.txt"),
("Aripiprazole stop", "partial benefit, then akathisia; stopped 06/30/2026", "clinical/psychiatry-note-2026-11-24.txt"),
("Discount card fill", "06/02/2026  aripiprazole 10 mg #30", "other/discount-card-receipts-aripiprazole-2026.txt"),
("Quetiapine harm", "left wrist fracture", "clinical/psychiatry-note-2026-11-24.txt"),
("PCP", "Dr. Ines Baca", "clinical/psychiatry-note-2026-11-24.txt"),
("Sertraline", "Sertraline 200 mg daily since 12/2025: partial response; continue", "clinical/psychiatry-note-2026-11-24.txt"),
("Severity", "PHQ-9 19 today", "clinical/psychiatry-note-2026-11-24.txt"),
("Statement date", "Date: 11/30/2026", "other/prescriber-supporting-statement-2026-11-30.txt"),
("Deadline", "2027-02-04", "case.yaml"),
("Exception rule", "42 CFR 423.578(b)", "truth"),
("Other person", "Dorian Vandermeer-Quist", "other/pharmacy-household-history-2026.txt"),
])

case("04", "medicaid-mco-teen-iop-said-no-therapy-fluoxetine-effective-old-phqa-epsdt-mother", """
# FICTIONAL CASE (set 93, case 04) - every person, plan, provider, number and address is invented.
# Medicaid managed care, Oregon, member aged 16. Adolescent intensive outpatient program denied before care under
# BH-IOP-ADOL-4: "no outpatient therapy tried; responds to fluoxetine (PHQ-A 8)". The record: 18 CBT sessions
# 03-08/2026 with partial benefit; fluoxetine 40 mg continuing with partial response; PHQ-A 8 is from 02/2025 (the
# last episode's remission), PHQ-A 22 on 11/18/2026. EPSDT applies (under 21). Her mother writes.
patient:
  name: Amara Okonkwo-Reyes
  salutation: Amara
  date_of_birth: 2010-04-09
  member_id: FICT-CFH-63310947
  address: |-
    1187 NE Holman Street
    Portland, OR 97211
  phone: (503) 555-0176
insurer:
  name: Cascadia Family Health Plan (FICTIONAL)
  appeals_address: |-
    Cascadia Family Health Plan, Appeals Unit (FICTIONAL)
    PO Box 14620
    Portland, OR 97293
  fax: (503) 555-0158
request: prior_authorization
claim:
  number: CFH-UM-26-1119-52207
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-25
  appeal_deadline: 2027-01-24
  deadline_basis: >-
    Notice of 11/25/2026: "You have 60 days from the date of this notice to ask us for an appeal."
  procedure_codes: [S9480]
  diagnosis_codes: [F33.2]
  setting: intensive_outpatient
  denial_reason: >-
    Criteria BH-IOP-ADOL-4 not met. Outpatient therapy has not been tried. The member is responding to fluoxetine
    (PHQ-A 8). Weekly outpatient care is the appropriate level.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity, level_of_care]
  reviewer: {name: "Colin Ashgrove, MD", specialty: Pediatrics}
  action: none
  corrections:
    - said: Outpatient therapy has not been tried.
      record: >-
        Amara had 18 weekly CBT sessions from 03/2026 to 08/2026 with Joaquin Ferrante-Moss, LCSW, with partial
        benefit; the discharge summary of 08/28/2026 recommends a higher level of care if symptoms return.
      file: clinical/therapy-discharge-summary-2026-08-28.txt
      page: 1
    - said: The member is responding to fluoxetine (PHQ-A 8).
      record: >-
        PHQ-A 8 was recorded 02/10/2025, in the remission after her first episode. Fluoxetine 40 mg since 06/2026
        has given a partial response only; PHQ-A 22 on 11/18/2026.
      file: clinical/psychiatry-note-2026-11-18.txt
      page: 1
plan_policy:
  name: Cascadia Family Health Plan level-of-care criteria BH-IOP-ADOL-4, adolescent intensive outpatient
  number: BH-IOP-ADOL-4
  quote: >-
    2. The member has not improved with at least 8 weeks of outpatient psychotherapy, or symptoms are too severe for
    weekly outpatient care. 3. The member can be safely treated outside a 24-hour setting.
  file: other/level-of-care-criteria-bh-iop-adol-4.txt
payer_criteria:
  - criterion: 2. Not improved with at least 8 weeks of outpatient psychotherapy
    how_met: 18 weekly CBT sessions (03/2026-08/2026), partial benefit; PHQ-A 22 on 11/18/2026
    met: true
    evidence: [{file: clinical/therapy-discharge-summary-2026-08-28.txt, page: 1}, {file: clinical/psychiatry-note-2026-11-18.txt, page: 1}]
  - criterion: 3. Can be safely treated outside a 24-hour setting
    how_met: Passive thoughts of death without plan or intent; safety plan; parent supervision
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-18.txt, page: 1}
treatment:
  name: Adolescent intensive outpatient program (IOP), 3 hours a day, 4 days a week, 8 weeks
  summary: >-
    Amara's depression returned despite 18 sessions of therapy and a continuing antidepressant; her psychiatrist
    prescribes an intensive outpatient program while she stays on fluoxetine.
  plan: IOP 4 days a week for 8 weeks with family sessions weekly; PHQ-A weekly; step down to weekly therapy when PHQ-A is under 10.
  alongside: fluoxetine 40 mg daily
clinical:
  severity: PHQ-A 22 on 11/18/2026
  severity_date: 2026-11-18
  suicidality: passive
  suicidality_date: 2026-11-18
  episode_onset: 2026-02
  treating_since: 2024-09
  history:
    - {drug: Sertraline (first episode), dose: 100 mg daily, start: 2024-09, end: 2025-08, kind: antidepressant, adequate: true, response: remission, outcome: "Remission in the first episode (PHQ-A 8 on 02/10/2025); tapered off 08/2025", evidence: {file: clinical/psychiatry-note-2026-11-18.txt, page: 1}}
    - {drug: Cognitive behavioral therapy, dose: 18 weekly sessions, start: 2026-03, end: 2026-08, kind: psychotherapy, sessions: 18, adequate: true, response: partial, outcome: Completed with partial benefit, evidence: {file: clinical/therapy-discharge-summary-2026-08-28.txt, page: 1}}
    - {drug: Fluoxetine, dose: 40 mg daily, start: 2026-06, ongoing: true, kind: antidepressant, adequate: true, response: partial, outcome: Partial response; continued, evidence: {file: clinical/psychiatry-note-2026-11-18.txt, page: 1}}
    - {drug: Hydroxyzine, dose: 25 mg as needed for anxiety, start: 2026-09, ongoing: true, kind: other, outcome: For anxiety as needed; not an antidepressant trial, evidence: {file: clinical/psychiatry-note-2026-11-18.txt, page: 1}}
impact:
  work: Amara has missed 19 school days since 10/01/2026.
alternatives:
  - treatment: Weekly outpatient therapy
    level: weekly outpatient therapy
    name: Eastside Counseling Collective (FICTIONAL)
    why_not: Tried for 18 weekly CBT sessions (03/2026-08/2026) with partial benefit; the therapist recommended a higher level of care if symptoms returned.
    proof: clinical/therapy-discharge-summary-2026-08-28.txt
author:
  name: Delphine Okonkwo-Reyes
  role: mother
  relation: parent
  address: |-
    1187 NE Holman Street
    Portland, OR 97211
  phone: (503) 555-0176
provider:
  name: Bettina Halloran-Vos
  credentials: MD, child and adolescent psychiatrist, Rosewood Youth Behavioral Health (FICTIONAL)
  npi: "1294945377"
  address: |-
    3030 NE Broadway
    Portland, OR 97232
  phone: (503) 555-0133
record_dates:
  - {file: clinical/psychiatry-note-2026-11-18.txt, date: 2026-11-18}
  - {file: clinical/therapy-discharge-summary-2026-08-28.txt, date: 2026-08-28}
bates_prefix: OKONKWOREYES
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", {
"denial/notice-of-adverse-benefit-determination-2026-11-25.txt": """
CASCADIA FAMILY HEALTH PLAN (FICTIONAL) - OREGON HEALTH PLAN MEMBER
NOTICE OF ADVERSE BENEFIT DETERMINATION                                       Date: 11/25/2026   Page 1 of 1
Member: Amara Okonkwo-Reyes   ID FICT-CFH-63310947   Age 16   Reference CFH-UM-26-1119-52207
Requested: adolescent intensive outpatient program (S9480), Rosewood Youth Behavioral Health. Diagnosis F33.2.
Decision: denied. Criteria BH-IOP-ADOL-4 not met. Outpatient therapy has not been tried. The member is responding
to fluoxetine (PHQ-A 8). Weekly outpatient care is the appropriate level.
Reviewer: Colin Ashgrove, MD, Pediatrics.
You have 60 days from the date of this notice to ask us for an appeal. Write to the Appeals Unit, PO Box 14620,
Portland, OR 97293, fax (503) 555-0158, or call 1-800-555-0109. After our appeal decision you may ask for a state
fair hearing.
""",
"clinical/psychiatry-note-2026-11-18.txt": """
ROSEWOOD YOUTH BEHAVIORAL HEALTH (FICTIONAL) - PSYCHIATRY FOLLOW-UP                    Date: 11/18/2026
Patient: Amara Okonkwo-Reyes   DOB 04/09/2010   Psychiatrist: Bettina Halloran-Vos, MD   Page 1 of 1
NPI 1294945377. Seen with her mother, Delphine Okonkwo-Reyes. In my care since 09/2024.
First episode 2024-2025: sertraline 100 mg, remission (PHQ-A 8 on 02/10/2025); tapered off 08/2025.
Current episode from 02/2026 (F33.2). CBT 18 sessions 03/2026-08/2026, partial benefit.
Fluoxetine 40 mg daily since 06/2026: partial response only; continue. Hydroxyzine 25 mg as needed for anxiety.
PHQ-A 22 today. Passive thoughts of death, no plan or intent; safety plan updated; firearms none in home.
Missed 19 school days since 10/01/2026 (per school counselor Ms. Renee Lathrop).
Plan: adolescent IOP 4 days/week for 8 weeks, family session weekly; continue fluoxetine.
""",
"clinical/therapy-discharge-summary-2026-08-28.txt": """
EASTSIDE COUNSELING COLLECTIVE (FICTIONAL) - THERAPY DISCHARGE SUMMARY                   Date: 08/28/2026
Client: Amara Okonkwo-Reyes   Therapist: Joaquin Ferrante-Moss, LCSW                        Page 1 of 1
18 weekly CBT sessions, 03/05/2026-08/27/2026. Partial benefit: PHQ-A 24 to 16.
Discharged as her family moved clinics. Recommend a higher level of care if symptoms return.
""",
"other/level-of-care-criteria-bh-iop-adol-4.txt": """
CASCADIA FAMILY HEALTH PLAN (FICTIONAL) - LEVEL OF CARE CRITERIA BH-IOP-ADOL-4               Page 1 of 2
Adolescent intensive outpatient program. All of the following:
1. A DSM-5 diagnosis.
2. The member has not improved with at least 8 weeks of outpatient psychotherapy, or symptoms are too severe for
weekly outpatient care.
3. The member can be safely treated outside a 24-hour setting.
""",
}, """
# 04 - Medicaid managed care, age 16: IOP denied as "no therapy tried" and "responding to fluoxetine (PHQ-A 8)"; her mother writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Amara Okonkwo-Reyes, **16** (DOB 04/09/2010), Oregon Medicaid through Cascadia Family Health Plan (managed care).
  Adolescent IOP (S9480) denied **11/25/2026** (CFH-UM-26-1119-52207) under BH-IOP-ADOL-4; reviewer a pediatrician.
- **18 weekly CBT sessions** 03/05-08/27/2026 (Joaquin Ferrante-Moss, LCSW): PHQ-A 24 to 16, partial benefit.
- **Fluoxetine 40 mg since 06/2026, continuing, partial response only**. Hydroxyzine as needed is for anxiety.
- **PHQ-A 8 on 02/10/2025** was the **first episode's remission on sertraline**; **PHQ-A 22 on 11/18/2026**.
- **Passive** thoughts of death, no plan or intent (11/18/2026). 19 school days missed since 10/01/2026.
- Plan appeal: 60 days from the notice, by **2027-01-24** (42 CFR 438.402(c)(2)(ii)); then a state fair hearing
  within 120 days of the plan's resolution (438.408(f)(2)). **EPSDT** (42 USC 1396d(r)(5)) reaches her (under 21).

## Deliberately unknown
- Whether the therapy summary was sent with the request: not shown.
- An IOP start date or opening: not given.

## Traps
- Therapy **was** tried (18 sessions) - never concede "no therapy"; CBT is psychotherapy, not a medication trial.
- Fluoxetine is continuing with a **partial** response, not "responding" and not "failed"; sertraline in 2024-2025
  was a **remission in the first episode**, not a failure.
- Passive thoughts only: never "active suicidal ideation"; but not "no suicidal thoughts" either.
- Other people: therapist, school counselor Renee Lathrop, her mother.
- Voice: the mother writes about Amara (a parent of a minor needs no authorization).
- Medicaid: no ERISA, no parity under 2590.712 (Medicaid's is 438.910), no "name and qualifications" duty.

## Arguments a strong letter makes
1. Criterion 2 met by its own words: 18 sessions (well over 8 weeks) without enough improvement; PHQ-A 22 now.
2. Correct the denial: PHQ-A 8 is from 02/2025, the last episode; fluoxetine is a partial response.
3. EPSDT: medically necessary care to correct or ameliorate a condition must be covered for a member under 21.
4. Criterion 3 met (safety plan, passive only); reviewer a pediatrician, ask for a child psychiatrist.

## What a letter must NOT say
- "no outpatient therapy"; "responding to fluoxetine"; "failed sertraline"; "stopped fluoxetine".
- "active suicidal ideation"; "suicide plan".
- "ERISA"; "29 CFR 2560.503-1"; "Medicare"; "90 days" for the fair hearing.
""", [
("Notice date", "11/25/2026", "denial/notice-of-adverse-benefit-determination-2026-11-25.txt"),
("Reference", "CFH-UM-26-1119-52207", "denial/notice-of-adverse-benefit-determination-2026-11-25.txt"),
("Reviewer specialty", "Colin Ashgrove, MD, Pediatrics", "denial/notice-of-adverse-benefit-determination-2026-11-25.txt"),
("Criterion 2", "at least 8 weeks of outpatient psychotherapy", "other/level-of-care-criteria-bh-iop-adol-4.txt"),
("Therapy sessions", "18 weekly CBT sessions, 03/05/2026-08/27/2026", "clinical/therapy-discharge-summary-2026-08-28.txt"),
("Therapy result", "PHQ-A 24 to 16", "clinical/therapy-discharge-summary-2026-08-28.txt"),
("Therapist", "Joaquin Ferrante-Moss, LCSW", "clinical/therapy-discharge-summary-2026-08-28.txt"),
("Old PHQ-A", "PHQ-A 8 on 02/10/2025", "clinical/psychiatry-note-2026-11-18.txt"),
("Current PHQ-A", "PHQ-A 22 today", "clinical/psychiatry-note-2026-11-18.txt"),
("Fluoxetine", "Fluoxetine 40 mg daily since 06/2026: partial response only; continue", "clinical/psychiatry-note-2026-11-18.txt"),
("Suicidality", "Passive thoughts of death, no plan or intent", "clinical/psychiatry-note-2026-11-18.txt"),
("School", "Missed 19 school days since 10/01/2026", "clinical/psychiatry-note-2026-11-18.txt"),
("School counselor", "Renee Lathrop", "clinical/psychiatry-note-2026-11-18.txt"),
("Deadline", "2027-01-24", "case.yaml"),
("EPSDT", "42 USC 1396d(r)(5)", "truth"),
("Fair hearing window", "within 120 days of the plan's resolution", "truth"),
])

case("05", "fehb-spravato-said-cannabis-sud-remission-mirtazapine-45-called-sleep-carrier-reconsideration-wife", """
# FICTIONAL CASE (set 93, case 05) - every person, plan, provider, number and address is invented.
# FEHB Standard Option, Maryland. Spravato denied before care under CP-ESK-33: "current cannabis use disorder" and
# "one adequate trial (desvenlafaxine); mirtazapine 45 mg was a sleep aid". The record: cannabis use disorder in
# sustained remission since 03/2025 (negative screens); mirtazapine 45 mg for 8 weeks is the top antidepressant
# dose. Aripiprazole was augmentation (the policy does not count it); citalopram stopped at 2 weeks for a long QTc.
# His wife writes with his written authorization.
patient:
  name: Thaddeus Greenhalgh-Imai
  salutation: Mr. Greenhalgh-Imai
  date_of_birth: 1983-01-27
  member_id: FICT-FMB-R81402296
  address: |-
    5208 Woodlawn Terrace
    Silver Spring, MD 20910
  phone: (301) 555-0146
insurer:
  name: Federal Meridian Benefit Plan, Standard Option (FICTIONAL FEHB carrier)
  appeals_address: |-
    Federal Meridian Benefit Plan, Reconsiderations (FICTIONAL)
    PO Box 7740
    Rockville, MD 20849
  fax: (301) 555-0129
request: prior_authorization
claim:
  number: FMB-PC-26-1103-18850
  plan_type: fehb
  notice_date: 2026-11-10
  appeal_deadline: 2027-05-10
  deadline_basis: >-
    Letter of 11/10/2026: "You may ask us to reconsider within 6 months of the date of this letter."
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2, F12.21]
  setting: outpatient
  denial_reason: >-
    Clinical policy CP-ESK-33 not met. Exclusion 4: current cannabis use disorder. Criterion 2: only one adequate
    antidepressant trial (desvenlafaxine); mirtazapine 45 mg was used as a sleep aid.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: "Rhea Castellanos, MD", specialty: Psychiatry}
  action: none
  corrections:
    - said: "Exclusion 4: current cannabis use disorder."
      record: >-
        Cannabis use disorder in sustained remission since 03/2025 (F12.21), more than 12 months before the request;
        urine drug screens negative 06/2026, 09/2026 and 11/02/2026.
      file: clinical/psychiatry-evaluation-2026-11-02.txt
      page: 1
    - said: mirtazapine 45 mg was used as a sleep aid.
      record: >-
        Mirtazapine was prescribed for depression and raised to 45 mg daily, the top antidepressant dose, for 8
        weeks (01/2026-03/2026) with no response; no sleep aid was prescribed at that dose.
      file: clinical/psychiatry-evaluation-2026-11-02.txt
      page: 1
plan_policy:
  name: Federal Meridian Benefit Plan clinical policy CP-ESK-33, esketamine nasal spray
  number: CP-ESK-33
  quote: >-
    2. Inadequate response to at least two antidepressants, each at an adequate dose for at least 6 weeks, in the
    current episode. Augmenting agents are not counted as antidepressant trials. 4. Excluded: a substance use
    disorder (other than nicotine) that is not in sustained remission for 12 months or more.
  file: other/clinical-policy-cp-esk-33-excerpt.txt
payer_criteria:
  - criterion: 2. Inadequate response to at least two antidepressants, adequate dose, 6 weeks, current episode
    how_met: Mirtazapine 45 mg 8 weeks, no response; desvenlafaxine 100 mg 10 weeks, partial response (continuing)
    met: true
    evidence: {file: clinical/psychiatry-evaluation-2026-11-02.txt, page: 1}
  - criterion: 4. Excluded - substance use disorder not in sustained remission for 12 months or more
    how_met: Cannabis use disorder in sustained remission since 03/2025; three negative screens in 2026
    met: true
    evidence: [{file: clinical/psychiatry-evaluation-2026-11-02.txt, page: 1}, {file: clinical/lab-urine-drug-screens-2026.txt, page: 1}]
treatment:
  name: Spravato (esketamine nasal spray), induction twice weekly for 4 weeks
  summary: >-
    Treatment-resistant depression after two adequate antidepressant trials in this episode and an augmentation;
    esketamine with his continuing desvenlafaxine.
  plan: 56 mg then 84 mg twice weekly for 4 weeks, then weekly to week 8; MADRS at weeks 4 and 8; urine screens monthly.
  setting: Certified Spravato REMS treatment center (Capital Mood and Ketamine Center, FICTIONAL)
  monitoring: Blood pressure before and at 40 and 120 minutes; 2 hours' observation.
  alongside: desvenlafaxine 100 mg daily
clinical:
  severity: MADRS 35 on 11/02/2026
  severity_date: 2026-11-02
  suicidality: none
  suicidality_date: 2026-11-02
  episode_onset: 2025-09
  treating_since: 2025-10
  history:
    - {drug: Citalopram, dose: 40 mg daily, start: 2025-10, end: 2025-10, weeks: 2, kind: antidepressant, adequate: false, outcome: Stopped after 2 weeks for a prolonged QTc (498 ms), evidence: {file: clinical/psychiatry-evaluation-2026-11-02.txt, page: 1}}
    - {drug: Mirtazapine, dose: 45 mg daily, start: 2026-01, end: 2026-03, weeks: 8, kind: antidepressant, adequate: true, failed: true, response: none, outcome: "No response after 8 weeks at 45 mg (antidepressant dose); stopped", evidence: {file: clinical/psychiatry-evaluation-2026-11-02.txt, page: 1}}
    - {drug: Desvenlafaxine, dose: 100 mg daily, start: 2026-04, ongoing: true, weeks: 30, kind: antidepressant, adequate: true, response: partial, outcome: Partial response; continued, evidence: {file: clinical/psychiatry-evaluation-2026-11-02.txt, page: 1}}
    - {drug: Aripiprazole (augmentation), dose: 5 mg daily, start: 2026-06, end: 2026-08, weeks: 8, kind: augmentation, adequate: true, failed: true, response: none, outcome: No added benefit; stopped for a 6 kg weight gain, evidence: {file: clinical/psychiatry-evaluation-2026-11-02.txt, page: 1}}
  exclusions: Cannabis use disorder in sustained remission since 03/2025; no psychosis; blood pressure 124/80.
author:
  name: Lorna Greenhalgh-Imai
  role: wife, authorized representative
  relation: representative
  address: |-
    5208 Woodlawn Terrace
    Silver Spring, MD 20910
  phone: (301) 555-0146
  authorization: other/authorization-to-represent-2026-11-14.txt
provider:
  name: Desmond Aberline-Koh
  credentials: MD, psychiatrist, Capital Mood and Ketamine Center (FICTIONAL)
  npi: "1110291113"
  address: |-
    8401 Colesville Road, Suite 500
    Silver Spring, MD 20910
  phone: (301) 555-0172
record_dates:
  - {file: clinical/psychiatry-evaluation-2026-11-02.txt, date: 2026-11-02}
  - {file: clinical/lab-urine-drug-screens-2026.txt, date: 2026-11-04}
bates_prefix: GREENHALGHIMAI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", {
"denial/precertification-denial-2026-11-10.txt": """
FEDERAL MERIDIAN BENEFIT PLAN (FICTIONAL FEHB CARRIER) - PRECERTIFICATION DECISION        Date: 11/10/2026
Member: Thaddeus Greenhalgh-Imai   ID FICT-FMB-R81402296   Standard Option, Self and Family   Page 1 of 1
Reference FMB-PC-26-1103-18850. Requested by Desmond Aberline-Koh, MD: esketamine (J0013).
Denied. Clinical policy CP-ESK-33 not met. Exclusion 4: current cannabis use disorder. Criterion 2: only one
adequate antidepressant trial (desvenlafaxine); mirtazapine 45 mg was used as a sleep aid.
Reviewer: Rhea Castellanos, MD, Psychiatry.
You may ask us to reconsider within 6 months of the date of this letter (brochure Section 8). Write to
Reconsiderations, PO Box 7740, Rockville, MD 20849, or fax (301) 555-0129. If we uphold our decision, you may ask
OPM to review it.
""",
"clinical/psychiatry-evaluation-2026-11-02.txt": """
CAPITAL MOOD AND KETAMINE CENTER (FICTIONAL) - PSYCHIATRIC EVALUATION                    Date: 11/02/2026
Patient: Thaddeus Greenhalgh-Imai   DOB 01/27/1983   Psychiatrist: Desmond Aberline-Koh, MD   Page 1 of 1
NPI 1110291113. Referred by his PCP, Dr. Wen Abernathy. Wife Lorna present.
Major depressive disorder, recurrent, severe (F33.2); current episode from 09/2025.
Cannabis use disorder, in sustained remission since 03/2025 (F12.21); urine screens negative 06/2026, 09/2026, today.
Trials this episode: citalopram 40 mg stopped after 2 weeks (10/2025) for QTc 498 ms; mirtazapine raised to 45 mg
daily for depression, 8 weeks 01/2026-03/2026, no response; desvenlafaxine 100 mg since 04/2026, partial response,
continuing; aripiprazole 5 mg augmentation 06/2026-08/2026, no added benefit, stopped for 6 kg weight gain.
MADRS 35 today. No suicidal ideation. No psychosis. BP 124/80.
Plan: esketamine induction with desvenlafaxine; monthly urine screens.
""",
"clinical/lab-urine-drug-screens-2026.txt": """
CHESAPEAKE REFERENCE LAB (FICTIONAL) - URINE DRUG SCREEN RESULTS                           Reported: 11/04/2026
Patient: Greenhalgh-Imai, Thaddeus   Ordering: D. Aberline-Koh, MD                           Page 1 of 1
06/15/2026  cannabinoids NEGATIVE   all panels NEGATIVE
09/14/2026  cannabinoids NEGATIVE   all panels NEGATIVE
11/02/2026  cannabinoids NEGATIVE   all panels NEGATIVE
""",
"other/authorization-to-represent-2026-11-14.txt": """
AUTHORIZATION TO REPRESENT                                                               Date: 11/14/2026
I, Thaddeus Greenhalgh-Imai (member ID FICT-FMB-R81402296), authorize my wife, Lorna Greenhalgh-Imai, to ask
Federal Meridian Benefit Plan to reconsider reference FMB-PC-26-1103-18850 for me, and OPM to review it.
Signed: Thaddeus Greenhalgh-Imai
""",
"other/clinical-policy-cp-esk-33-excerpt.txt": """
FEDERAL MERIDIAN BENEFIT PLAN (FICTIONAL) - CLINICAL POLICY CP-ESK-33, ESKETAMINE (excerpt)    Page 2 of 5
2. Inadequate response to at least two antidepressants, each at an adequate dose for at least 6 weeks, in the
current episode. Augmenting agents are not counted as antidepressant trials.
4. Excluded: a substance use disorder (other than nicotine) that is not in sustained remission for 12 months or more.
""",
}, """
# 05 - FEHB: Spravato denied for "current cannabis use disorder" and "mirtazapine 45 mg a sleep aid"; his wife writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Thaddeus Greenhalgh-Imai (DOB 01/27/1983), FEHB, Federal Meridian Benefit Plan Standard Option. Spravato denied
  **11/10/2026** (FMB-PC-26-1103-18850) under **CP-ESK-33**. The reviewer **is** a psychiatrist (Rhea Castellanos).
- **Cannabis use disorder in sustained remission since 03/2025** (more than 12 months); screens negative 06/15,
  09/14 and 11/02/2026. Exclusion 4 reaches only a disorder **not** in sustained remission for 12 months.
- **Mirtazapine 45 mg daily for 8 weeks** for depression: no response (an antidepressant dose, not a sleep aid).
- **Desvenlafaxine 100 mg since 04/2026: partial response, continuing.** Two adequate trials = criterion 2 met.
- Aripiprazole 5 mg was **augmentation** (the policy does not count it); citalopram stopped at 2 weeks for
  **QTc 498 ms** (not an adequate trial). MADRS 35 on 11/02/2026; no suicidal ideation.
- Carrier reconsideration within 6 months (5 CFR 890.105(b)(1)): by **2027-05-10**; then OPM review.

## Deliberately unknown
- When Spravato would start; the REMS center's network status (not stated).

## Traps
- Never "current substance use", never "active cannabis use"; nor deny the history: it is a disorder **in remission**.
- Count exactly two antidepressant trials; do not count aripiprazole or citalopram as trials under this policy.
- Desvenlafaxine continues: "partial response", not "failed" or "stopped".
- The reviewer is a psychiatrist: do not say the reviewer lacked the specialty.
- Other people: wife Lorna (author), PCP Dr. Wen Abernathy.
- FEHB: no ERISA, no state external review, no parity citation under 2590.712.

## Arguments a strong letter makes
1. Exclusion 4's own words do not reach a disorder in sustained remission since 03/2025; three negative screens.
2. Criterion 2 met: mirtazapine 45 mg (8 weeks) and desvenlafaxine 100 mg (continuing, partial); correct the
   "sleep aid" statement.
3. Plan with monthly screens; OPM review next if upheld.

## What a letter must NOT say
- "active cannabis use"; "current substance use disorder"; "four failed antidepressants"; "three antidepressant trials".
- "the reviewer is not a psychiatrist"; "stopped desvenlafaxine".
- "ERISA"; "29 CFR 2560.503-1"; "45 CFR 147.136"; "Medicare"; "suicidal ideation" as present.
""", [
("Notice date", "11/10/2026", "denial/precertification-denial-2026-11-10.txt"),
("Reference", "FMB-PC-26-1103-18850", "denial/precertification-denial-2026-11-10.txt"),
("Reviewer", "Rhea Castellanos, MD, Psychiatry", "denial/precertification-denial-2026-11-10.txt"),
("Exclusion words", "not in sustained remission for 12 months or more", "other/clinical-policy-cp-esk-33-excerpt.txt"),
("Augmentation rule", "Augmenting agents are not counted as antidepressant trials", "other/clinical-policy-cp-esk-33-excerpt.txt"),
("Remission date", "in sustained remission since 03/2025", "clinical/psychiatry-evaluation-2026-11-02.txt"),
("Screen 11/02", "11/02/2026  cannabinoids NEGATIVE", "clinical/lab-urine-drug-screens-2026.txt"),
("Mirtazapine", "mirtazapine raised to 45 mg daily for depression, 8 weeks", "clinical/psychiatry-evaluation-2026-11-02.txt"),
("Citalopram", "QTc 498 ms", "clinical/psychiatry-evaluation-2026-11-02.txt"),
("Desvenlafaxine", "desvenlafaxine 100 mg since 04/2026, partial response", "clinical/psychiatry-evaluation-2026-11-02.txt"),
("Aripiprazole", "stopped for 6 kg weight gain", "clinical/psychiatry-evaluation-2026-11-02.txt"),
("Severity", "MADRS 35 today", "clinical/psychiatry-evaluation-2026-11-02.txt"),
("PCP", "Dr. Wen Abernathy", "clinical/psychiatry-evaluation-2026-11-02.txt"),
("Authorization date", "11/14/2026", "other/authorization-to-represent-2026-11-14.txt"),
("Deadline", "2027-05-10", "case.yaml"),
("Count", "Two adequate trials = criterion 2 met", "truth"),
])

case("06", "tricare-select-ect-psychotic-depression-said-lithium-not-tried-ckd-ect-2018-remission-advocate", """
# FICTIONAL CASE (set 93, case 06) - every person, plan, provider, number and address is invented.
# TRICARE Select, retired sponsor, Virginia. Acute ECT for psychotic depression denied before care under the
# contractor's criteria CC-ECT-6: "lithium not tried; olanzapine-sertraline combination under 8 weeks; ECT in
# 2018 not effective". The record: lithium contraindicated (eGFR 38, chronic kidney disease stage 3b); the
# combination ran 7 weeks (the criterion asks 6); ECT in 2018 brought remission (relapse came in 2019 after
# nortriptyline was stopped). 9 kg weight loss. An advocate writes with his authorization; expedited.
patient:
  name: Wendell Ashcombe-Nakamura
  salutation: Mr. Ashcombe-Nakamura
  date_of_birth: 1964-02-11
  member_id: FICT-DBN-1049927361
  address: |-
    731 Bayberry Lane
    Chesapeake, VA 23322
  phone: (757) 555-0161
insurer:
  name: Tidewater Federal Health Solutions, TRICARE East contractor (FICTIONAL)
  appeals_address: |-
    Tidewater Federal Health Solutions, Reconsiderations (FICTIONAL)
    PO Box 30911
    Norfolk, VA 23510
  fax: (757) 555-0186
request: prior_authorization
claim:
  number: TFH-RA-26-1124-71590
  plan_type: tricare
  notice_date: 2026-11-30
  appeal_deadline: 2027-02-28
  deadline_basis: >-
    Notice of 11/30/2026: "You must request reconsideration within 90 calendar days of the date of this notice."
  procedure_codes: ["90870"]
  diagnosis_codes: [F33.3]
  sessions: 12
  setting: outpatient
  urgent: true
  denial_reason: >-
    Clinical criteria CC-ECT-6, criterion 2, not met. Lithium has not been tried. The antidepressant-antipsychotic
    combination (olanzapine with sertraline) was given for less than 8 weeks. Prior ECT (2018) was not effective.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: "Paulette Rinaldi, MD", specialty: Internal Medicine}
  action: none
  corrections:
    - said: Lithium has not been tried.
      record: >-
        Lithium is contraindicated: chronic kidney disease stage 3b, eGFR 38 (nephrology letter of 10/21/2026,
        Dr. Yusuf Halvorsen); the criterion itself excuses lithium when contraindicated.
      file: clinical/nephrology-letter-2026-10-21.txt
      page: 1
    - said: The antidepressant-antipsychotic combination (olanzapine with sertraline) was given for less than 8 weeks.
      record: >-
        Olanzapine 15 mg with sertraline 150 mg ran 7 weeks (08/10/2026-09/28/2026) with a partial response and
        then worsening; criterion 2 asks for 6 weeks.
      file: clinical/psychiatry-note-2026-11-20.txt
      page: 1
    - said: Prior ECT (2018) was not effective.
      record: >-
        ECT in 2018 (10 sessions) brought remission; the relapse came in 2019, months after continuation
        nortriptyline was stopped.
      file: clinical/psychiatry-note-2026-11-20.txt
      page: 1
plan_policy:
  name: Tidewater Federal Health Solutions clinical criteria CC-ECT-6, electroconvulsive therapy
  number: CC-ECT-6
  quote: >-
    2. Major depression with psychotic features and an inadequate response to an antidepressant with an
    antipsychotic for at least 6 weeks, or stopped sooner for side effects; or failure of two antidepressants
    including lithium augmentation unless lithium is contraindicated.
  file: other/clinical-criteria-cc-ect-6-excerpt.txt
payer_criteria:
  - criterion: 2. Psychotic features and inadequate response to an antidepressant with an antipsychotic for at least 6 weeks
    how_met: Olanzapine 15 mg with sertraline 150 mg for 7 weeks, partial response then worse; delusions persist
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-20.txt, page: 1}
treatment:
  name: Electroconvulsive therapy (ECT), acute course of 12 sessions
  summary: >-
    Psychotic depression with 9 kg weight loss; he reached remission with ECT in 2018, and lithium cannot be used
    because of his kidney disease.
  plan: ECT three times a week, right unilateral ultrabrief, up to 12 sessions; cognitive screening weekly; stop at remission.
  alongside: sertraline 150 mg daily
clinical:
  severity: HAM-D 31 on 11/20/2026; weight 9 kg below 08/2026
  severity_date: 2026-11-20
  suicidality: passive
  suicidality_date: 2026-11-20
  episode_onset: 2026-06
  treating_since: 2018-03
  history:
    - {drug: Electroconvulsive therapy (2018 episode), dose: 10 sessions, start: 2018-04, end: 2018-05, kind: neuromodulation, sessions: 10, adequate: true, response: remission, outcome: Remission in the 2018 episode, evidence: {file: clinical/psychiatry-note-2026-11-20.txt, page: 1}}
    - {drug: Nortriptyline (continuation after ECT), dose: 75 mg daily, start: 2018-05, end: 2019-01, kind: antidepressant, response: remission, outcome: Kept remission; stopped 01/2019 by the patient; relapse 06/2019, evidence: {file: clinical/psychiatry-note-2026-11-20.txt, page: 1}}
    - {drug: Venlafaxine XR, dose: 225 mg daily, start: 2026-06, end: 2026-08, weeks: 8, kind: antidepressant, adequate: true, failed: true, response: none, outcome: No response after 8 weeks; stopped, evidence: {file: clinical/psychiatry-note-2026-11-20.txt, page: 1}}
    - {drug: Sertraline, dose: 150 mg daily, start: 2026-08-10, ongoing: true, kind: antidepressant, adequate: true, response: partial, outcome: Partial response then worse; continued, evidence: {file: clinical/psychiatry-note-2026-11-20.txt, page: 1}}
    - {drug: Olanzapine (with sertraline), dose: 15 mg daily, start: 2026-08-10, end: 2026-09-28, weeks: 7, kind: augmentation, adequate: true, failed: true, response: partial, outcome: "Partial response for 7 weeks, then worse; stopped for sedation and falls", evidence: {file: clinical/psychiatry-note-2026-11-20.txt, page: 1}}
  exclusions: Lithium contraindicated (eGFR 38); no intracranial lesion on MRI 2025; cardiology clearance 11/18/2026.
urgency:
  reason: >-
    He has lost 9 kg since August, eats one meal a day and holds delusions of guilt; waiting for a standard
    decision risks dehydration and medical decline.
  certified_by: Marisela Quintero-Booth, MD
author:
  name: Orrin Feldkamp
  role: Patient Advocate, Veterans Family Advocacy Network (FICTIONAL), authorized representative
  relation: representative
  address: |-
    Veterans Family Advocacy Network (FICTIONAL), 400 Granby Street, Suite 12
    Norfolk, VA 23510
  phone: (757) 555-0105
  email: ofeldkamp@vfan.example
  authorization: other/appointment-of-representative-2026-12-02.txt
provider:
  name: Marisela Quintero-Booth
  credentials: MD, psychiatrist, Harborview Neuromodulation Service (FICTIONAL)
  npi: "1403939626"
  address: |-
    1200 Brambleton Avenue
    Norfolk, VA 23510
  phone: (757) 555-0144
record_dates:
  - {file: clinical/psychiatry-note-2026-11-20.txt, date: 2026-11-20}
  - {file: clinical/nephrology-letter-2026-10-21.txt, date: 2026-10-21}
template: expedited-appeal
bates_prefix: ASHCOMBENAKAMURA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", {
"denial/tricare-denial-notice-2026-11-30.txt": """
TIDEWATER FEDERAL HEALTH SOLUTIONS (FICTIONAL TRICARE EAST CONTRACTOR) - DENIAL NOTICE       Date: 11/30/2026
Beneficiary: Wendell Ashcombe-Nakamura   DBN FICT-DBN-1049927361   TRICARE Select (retired)   Page 1 of 1
Referral/authorization TFH-RA-26-1124-71590: ECT (90870) x12, Harborview Neuromodulation Service. Dx F33.3.
Denied. Clinical criteria CC-ECT-6, criterion 2, not met. Lithium has not been tried. The antidepressant-
antipsychotic combination (olanzapine with sertraline) was given for less than 8 weeks. Prior ECT (2018) was not
effective. Physician reviewer: Paulette Rinaldi, MD, Internal Medicine.
You must request reconsideration within 90 calendar days of the date of this notice. Write to Reconsiderations,
PO Box 30911, Norfolk, VA 23510, or fax (757) 555-0186. If delay could seriously jeopardize health, ask for an
expedited reconsideration.
""",
"clinical/psychiatry-note-2026-11-20.txt": """
HARBORVIEW NEUROMODULATION SERVICE (FICTIONAL) - ECT CONSULTATION                       Date: 11/20/2026
Patient: Wendell Ashcombe-Nakamura   DOB 02/11/1964   Psychiatrist: Marisela Quintero-Booth, MD   Page 1 of 1
NPI 1403939626. Known to this service since 03/2018. His wife, Gloria Ashcombe-Nakamura, gives the history.
Major depression, recurrent, severe, with psychotic features (F33.3); this episode from 06/2026.
2018 episode: ECT x10 (04-05/2018), remission; nortriptyline 75 mg continuation kept remission until he stopped it
01/2019; relapse 06/2019, treated by his former psychiatrist, Dr. Leland Stroud.
This episode: venlafaxine XR 225 mg 06-08/2026, 8 weeks, no response. Sertraline 150 mg with olanzapine 15 mg
from 08/10/2026: partial response for 7 weeks, then worse; olanzapine stopped 09/28/2026 for sedation and two falls.
Sertraline continues.
Lithium: contraindicated (CKD stage 3b, eGFR 38; see nephrology letter 10/21/2026).
Today: HAM-D 31. Delusions of guilt and poverty. Weight 9 kg below August; one meal a day. Passive wish to die,
no plan. MRI 2025 no lesion; cardiology clearance 11/18/2026.
Plan: acute ECT, right unilateral ultrabrief, three times weekly up to 12; MoCA weekly.
""",
"clinical/nephrology-letter-2026-10-21.txt": """
CHESAPEAKE KIDNEY ASSOCIATES (FICTIONAL) - LETTER                                        Date: 10/21/2026
Re: Wendell Ashcombe-Nakamura, DOB 02/11/1964                                               Page 1 of 1
Chronic kidney disease stage 3b, eGFR 38 mL/min (10/14/2026). I advise against lithium.
Yusuf Halvorsen, MD, Nephrology
""",
"other/appointment-of-representative-2026-12-02.txt": """
APPOINTMENT OF REPRESENTATIVE (TRICARE)                                                 Date: 12/02/2026
I, Wendell Ashcombe-Nakamura, appoint Orrin Feldkamp, Veterans Family Advocacy Network, to represent me in the
reconsideration of TFH-RA-26-1124-71590 and to receive my health information for it.
Signed: Wendell Ashcombe-Nakamura        Accepted: Orrin Feldkamp
""",
"other/clinical-criteria-cc-ect-6-excerpt.txt": """
TIDEWATER FEDERAL HEALTH SOLUTIONS (FICTIONAL) - CLINICAL CRITERIA CC-ECT-6, ECT (excerpt)     Page 1 of 3
2. Major depression with psychotic features and an inadequate response to an antidepressant with an
antipsychotic for at least 6 weeks, or stopped sooner for side effects; or failure of two antidepressants
including lithium augmentation unless lithium is contraindicated.
""",
}, """
# 06 - TRICARE Select: ECT for psychotic depression denied ("lithium not tried", "under 8 weeks", "ECT 2018 not effective"); an advocate writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Wendell Ashcombe-Nakamura (DOB 02/11/1964), TRICARE Select, retired sponsor. Acute ECT, 12 sessions (90870),
  for psychotic depression (F33.3), denied **11/30/2026** (TFH-RA-26-1124-71590) under **CC-ECT-6 criterion 2**;
  reviewer an internist.
- **Olanzapine 15 mg + sertraline 150 mg: 7 weeks** (08/10-09/28/2026), partial response then worse; olanzapine
  stopped for sedation and two falls. The criterion asks **6 weeks** (the denial's "8 weeks" is not its words).
- **Lithium contraindicated**: CKD stage 3b, **eGFR 38** (Dr. Yusuf Halvorsen, 10/21/2026). Lithium is needed only
  on the criterion's second branch, and excused there when contraindicated.
- **ECT 2018: remission**; relapse in 2019 after he stopped continuation nortriptyline - not an ECT failure.
- Venlafaxine XR 225 mg 8 weeks, no response. **Sertraline continues.** HAM-D 31 (11/20/2026), 9 kg weight loss,
  delusions of guilt; **passive** wish to die, no plan.
- Reconsideration by the contractor within 90 days: by **2027-02-28** (32 CFR 199.10); expedited asked, certified
  by the treating psychiatrist.

## Deliberately unknown
- Whether ECT would be given as an outpatient throughout (the plan says outpatient; may change).
- The amount in dispute (pre-service; none yet).

## Traps
- Never "failed ECT"; 2018 ECT is an **earlier-episode response** and the strongest evidence for ECT now.
- Never "lithium failed" nor "lithium was tried": it was never given; it is contraindicated.
- Sertraline continues (partial response, then worse): not "stopped". Olanzapine was stopped for side effects.
- Other people: wife Gloria, former psychiatrist Dr. Leland Stroud, nephrologist.
- Passive wish to die only; weight loss and food refusal are the urgency.
- Voice: the advocate writes about Mr. Ashcombe-Nakamura, never "I" for the patient.
- TRICARE: no ERISA, no ACA external review, no state insurance department, no parity citation.

## Arguments a strong letter makes
1. Criterion 2's first branch is met by its own words: psychotic features and 7 weeks of antidepressant with
   antipsychotic (6 required); lithium belongs to the other branch and is contraindicated anyway.
2. Correct all three statements (lithium, 8 weeks, ECT 2018 remission).
3. Expedited reconsideration: weight loss, food refusal, delusions; psychiatrist certifies.
4. Internist reviewer: ask for a psychiatrist.

## What a letter must NOT say
- "failed ECT"; "ECT was not effective"; "lithium trial"; "stopped sertraline".
- "active suicidal ideation"; "suicide plan".
- "ERISA"; "29 CFR 2560.503-1"; "45 CFR 147.136"; "parity"; "Medicare".
""", [
("Notice date", "11/30/2026", "denial/tricare-denial-notice-2026-11-30.txt"),
("Authorization number", "TFH-RA-26-1124-71590", "denial/tricare-denial-notice-2026-11-30.txt"),
("Reviewer", "Paulette Rinaldi, MD, Internal Medicine", "denial/tricare-denial-notice-2026-11-30.txt"),
("Criterion weeks", "antipsychotic for at least 6 weeks", "other/clinical-criteria-cc-ect-6-excerpt.txt"),
("Lithium clause", "unless lithium is contraindicated", "other/clinical-criteria-cc-ect-6-excerpt.txt"),
("eGFR", "eGFR 38 mL/min (10/14/2026)", "clinical/nephrology-letter-2026-10-21.txt"),
("Nephrologist", "Yusuf Halvorsen, MD, Nephrology", "clinical/nephrology-letter-2026-10-21.txt"),
("Combination length", "partial response for 7 weeks, then worse", "clinical/psychiatry-note-2026-11-20.txt"),
("Olanzapine stop", "sedation and two falls", "clinical/psychiatry-note-2026-11-20.txt"),
("ECT 2018", "ECT x10 (04-05/2018), remission", "clinical/psychiatry-note-2026-11-20.txt"),
("2019 relapse cause", "kept remission until he stopped it", "clinical/psychiatry-note-2026-11-20.txt"),
("Severity", "HAM-D 31", "clinical/psychiatry-note-2026-11-20.txt"),
("Weight", "Weight 9 kg below August", "clinical/psychiatry-note-2026-11-20.txt"),
("Wife", "Gloria Ashcombe-Nakamura", "clinical/psychiatry-note-2026-11-20.txt"),
("Deadline", "2027-02-28", "case.yaml"),
("Advocate", "Orrin Feldkamp", "other/appointment-of-representative-2026-12-02.txt"),
])

case("07", "marketplace-iv-ketamine-said-current-clonazepam-tramadol-duloxetine-called-pain-drug-physician", """
# FICTIONAL CASE (set 93, case 07) - every person, plan, provider, number and address is invented.
# Marketplace Silver plan, insured, Illinois. IV ketamine for treatment-resistant depression denied before care
# under MP-KET-19: "current benzodiazepine (clonazepam) and opioid (tramadol) use" and "two trials; duloxetine is a
# pain medication". The record: clonazepam tapered off 09/15/2026; tramadol was a 10-day supply after knee surgery in
# 03/2026, no opioid use disorder; duloxetine 120 mg for 12 weeks for depression, no mood response, now 60 mg for
# neuropathic pain and continuing. Gabapentin continues for neuropathy; quetiapine 25 mg is for sleep.
# The treating psychiatrist writes ("I").
patient:
  name: Rosalind Tembo-Hargreave
  salutation: Ms. Tembo-Hargreave
  date_of_birth: 1974-09-30
  member_id: FICT-PLH-38820415
  address: |-
    2206 W Iowa Street
    Chicago, IL 60622
  phone: (773) 555-0118
insurer:
  name: Prairie Lantern Health, Silver 2026 (FICTIONAL Marketplace plan)
  appeals_address: |-
    Prairie Lantern Health, Internal Appeals (FICTIONAL)
    PO Box 66305
    Chicago, IL 60666
  fax: (312) 555-0153
request: prior_authorization
claim:
  number: PLH-PA-26-1110-93027
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-11-17
  appeal_deadline: 2027-05-16
  deadline_basis: >-
    Notice of 11/17/2026: "You have 180 days after you receive this notice to file an internal appeal." Counted
    from the notice date.
  procedure_codes: ["96365", "96366"]
  diagnosis_codes: [F33.2, E11.42]
  sessions: 6
  setting: outpatient
  denial_reason: >-
    Medical policy MP-KET-19 not met. Exclusion: current benzodiazepine use (clonazepam) and current opioid use
    (tramadol). Criterion 2: two antidepressant trials documented (sertraline, bupropion); duloxetine is a pain
    medication.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: "Graham Osterhout, MD", specialty: Anesthesiology}
  action: none
  corrections:
    - said: "Exclusion: current benzodiazepine use (clonazepam) and current opioid use (tramadol)."
      record: >-
        Clonazepam was tapered off; the last dose was 09/15/2026. Tramadol was a single 10-day supply filled
        03/12/2026 after knee surgery; there is no opioid use since and no opioid use disorder.
      file: [clinical/psychiatry-note-2026-11-09.txt, other/pharmacy-fill-history-2026.txt]
      page: 1
    - said: duloxetine is a pain medication.
      record: >-
        Duloxetine was prescribed for depression at 120 mg daily for 12 weeks (01/2026-04/2026) with no mood
        response; it was then lowered to 60 mg for diabetic neuropathic pain, which it still treats.
      file: clinical/psychiatry-note-2026-11-09.txt
      page: 1
plan_policy:
  name: Prairie Lantern Health medical policy MP-KET-19, intravenous ketamine for depression
  number: MP-KET-19
  quote: >-
    2. Failure of at least three antidepressants, each at an adequate dose for at least 6 weeks, in the current
    episode. Exclusions: benzodiazepine use above the equivalent of lorazepam 2 mg daily within 2 weeks of the
    first infusion; an active opioid use disorder.
  file: other/medical-policy-mp-ket-19-excerpt.txt
payer_criteria:
  - criterion: 2. Failure of at least three antidepressants, adequate dose, 6 weeks, current episode
    how_met: Sertraline 200 mg 8 weeks, bupropion XL 450 mg 10 weeks, duloxetine 120 mg 12 weeks, none with a mood response
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-09.txt, page: 1}
  - criterion: Exclusions - benzodiazepine above lorazepam 2 mg daily within 2 weeks of the first infusion; active opioid use disorder
    how_met: No benzodiazepine since 09/15/2026; tramadol 10 days in 03/2026 only; no opioid use disorder
    met: true
    evidence: [{file: clinical/psychiatry-note-2026-11-09.txt, page: 1}, {file: other/pharmacy-fill-history-2026.txt, page: 1}]
treatment:
  name: Intravenous ketamine, induction series of 6 infusions
  summary: >-
    Treatment-resistant depression after three failed antidepressants in this episode; IV ketamine with her
    continuing medicines.
  plan: 0.5 mg/kg over 40 minutes, 6 infusions over 3 weeks; MADRS before infusions 1, 4 and 6; stop if under 25% improvement after 4.
  setting: Infusion suite staffed for airway care (Lakeshore Interventional Psychiatry, FICTIONAL)
  monitoring: Blood pressure, pulse oximetry and ECG during the infusion and for 1 hour after.
clinical:
  severity: MADRS 30 on 11/09/2026
  severity_date: 2026-11-09
  suicidality: none
  suicidality_date: 2026-11-09
  episode_onset: 2025-05
  treating_since: 2025-07
  history:
    - {drug: Sertraline, dose: 200 mg daily, start: 2025-07, end: 2025-09, weeks: 8, kind: antidepressant, adequate: true, failed: true, response: none, outcome: No response after 8 weeks; stopped, evidence: {file: clinical/psychiatry-note-2026-11-09.txt, page: 1}}
    - {drug: Bupropion XL, dose: 450 mg daily, start: 2025-10, end: 2025-12, weeks: 10, kind: antidepressant, adequate: true, failed: true, response: none, outcome: No response after 10 weeks; stopped, evidence: {file: clinical/psychiatry-note-2026-11-09.txt, page: 1}}
    - {drug: Duloxetine, dose: "120 mg daily for depression; now 60 mg for neuropathic pain", start: 2026-01, ongoing: true, weeks: 12, kind: antidepressant, adequate: true, failed: true, response: none, outcome: "No mood response at 120 mg for 12 weeks; continued at 60 mg for neuropathic pain", evidence: {file: clinical/psychiatry-note-2026-11-09.txt, page: 1}}
    - {drug: Gabapentin, dose: 300 mg three times daily, start: 2024-02, ongoing: true, kind: other, outcome: For diabetic neuropathic pain; not an antidepressant trial, evidence: {file: clinical/psychiatry-note-2026-11-09.txt, page: 1}}
    - {drug: Quetiapine, dose: 25 mg at bedtime for sleep, start: 2026-05, ongoing: true, kind: other, outcome: Sleep dose; not a trial, evidence: {file: clinical/psychiatry-note-2026-11-09.txt, page: 1}}
    - {drug: Clonazepam, dose: 0.5 mg twice daily, start: 2025-08, end: 2026-09-15, kind: other, outcome: For anxiety; tapered off by 09/15/2026, evidence: {file: clinical/psychiatry-note-2026-11-09.txt, page: 1}}
  exclusions: No benzodiazepine since 09/15/2026; no opioid use disorder; no psychosis; blood pressure 128/82.
author:
  name: Anneliese Vukovich-Park
  role: MD, treating psychiatrist
  relation: physician
  address: |-
    Lakeshore Interventional Psychiatry (FICTIONAL), 680 N Lake Shore Drive, Suite 1400
    Chicago, IL 60611
  phone: (312) 555-0196
  email: avp@lakeshoreip.example
  authorization: other/patient-consent-2026-11-20.txt
provider:
  name: Anneliese Vukovich-Park
  credentials: MD, psychiatrist
  npi: "1571762826"
  address: |-
    680 N Lake Shore Drive, Suite 1400
    Chicago, IL 60611
  phone: (312) 555-0196
peer_to_peer:
  availability: Tuesdays and Thursdays 8-9 am
record_dates:
  - {file: clinical/psychiatry-note-2026-11-09.txt, date: 2026-11-09}
bates_prefix: TEMBOHARGREAVE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", {
"denial/prior-authorization-denial-2026-11-17.txt": """
PRAIRIE LANTERN HEALTH (FICTIONAL) - SILVER 2026 - NOTICE OF ADVERSE BENEFIT DETERMINATION   Date: 11/17/2026
Member: Rosalind Tembo-Hargreave   ID FICT-PLH-38820415   Reference PLH-PA-26-1110-93027   Page 1 of 1
Requested by Anneliese Vukovich-Park, MD: IV ketamine infusions (96365, 96366) x6. Diagnoses F33.2, E11.42.
Denied. Medical policy MP-KET-19 not met. Exclusion: current benzodiazepine use (clonazepam) and current opioid use
(tramadol). Criterion 2: two antidepressant trials documented (sertraline, bupropion); duloxetine is a pain
medication. Reviewer: Graham Osterhout, MD, Anesthesiology.
You have 180 days after you receive this notice to file an internal appeal: Internal Appeals, PO Box 66305,
Chicago, IL 60666, fax (312) 555-0153. You may also ask for an external review by an independent reviewer.
""",
"clinical/psychiatry-note-2026-11-09.txt": """
LAKESHORE INTERVENTIONAL PSYCHIATRY (FICTIONAL) - KETAMINE CONSULTATION                   Date: 11/09/2026
Patient: Rosalind Tembo-Hargreave   DOB 09/30/1974   Psychiatrist: Anneliese Vukovich-Park, MD   Page 1 of 1
NPI 1571762826. In my care since 07/2025. Referred by her endocrinologist, Dr. Obi Castellane.
Major depressive disorder, recurrent, severe (F33.2); episode from 05/2025. Type 2 diabetes with neuropathy (E11.42).
Trials this episode: sertraline 200 mg 8 weeks, no response; bupropion XL 450 mg 10 weeks, no response;
duloxetine 120 mg daily 01/2026-04/2026 (12 weeks) for depression, no mood response; lowered to 60 mg, continued
for neuropathic pain only.
Gabapentin 300 mg three times daily for neuropathy since 02/2024, continuing. Quetiapine 25 mg at bedtime for sleep.
Clonazepam 0.5 mg twice daily for anxiety, tapered off; last dose 09/15/2026.
Tramadol: one 10-day supply after knee surgery (03/2026); no opioid since; no opioid use disorder.
MADRS 30 today. No suicidal ideation. BP 128/82. No psychosis.
Plan: IV ketamine 0.5 mg/kg over 40 minutes x6 over 3 weeks; continue duloxetine 60 mg and gabapentin.
""",
"other/pharmacy-fill-history-2026.txt": """
LINCOLN SQUARE PHARMACY (FICTIONAL) - FILL HISTORY 01/01/2026-11/15/2026                      Page 1 of 1
Patient: Tembo-Hargreave, Rosalind
03/12/2026  tramadol 50 mg #20 (10-day supply)   Dr. Keon Marsh (orthopedics)
08/20/2026  clonazepam 0.5 mg #14 (taper)        Dr. A. Vukovich-Park - last fill
11/02/2026  duloxetine 60 mg #30                 Dr. A. Vukovich-Park
11/02/2026  gabapentin 300 mg #90                Dr. Obi Castellane
""",
"other/patient-consent-2026-11-20.txt": """
PATIENT CONSENT                                                                           Date: 11/20/2026
I, Rosalind Tembo-Hargreave, ask my psychiatrist, Dr. Anneliese Vukovich-Park, to appeal reference
PLH-PA-26-1110-93027 for me and allow Prairie Lantern Health to share my records with her for it.
Signed: Rosalind Tembo-Hargreave
""",
"other/medical-policy-mp-ket-19-excerpt.txt": """
PRAIRIE LANTERN HEALTH (FICTIONAL) - MEDICAL POLICY MP-KET-19, IV KETAMINE FOR DEPRESSION (excerpt)   Page 2 of 6
2. Failure of at least three antidepressants, each at an adequate dose for at least 6 weeks, in the current
episode.
Exclusions: benzodiazepine use above the equivalent of lorazepam 2 mg daily within 2 weeks of the first infusion;
an active opioid use disorder.
""",
}, """
# 07 - Marketplace: IV ketamine denied for "current clonazepam and tramadol" and "duloxetine a pain medication"; the treating psychiatrist writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Rosalind Tembo-Hargreave (DOB 09/30/1974), Prairie Lantern Health Silver (Marketplace, insured, IL). IV ketamine
  x6 (96365, 96366) denied **11/17/2026** (PLH-PA-26-1110-93027) under **MP-KET-19**; reviewer an anesthesiologist.
- **Three failed antidepressants** this episode: sertraline 200 mg 8 wk, bupropion XL 450 mg 10 wk, **duloxetine
  120 mg 12 wk for depression**, all without mood response. Duloxetine **continues at 60 mg for neuropathic pain**.
- **Clonazepam tapered off, last dose 09/15/2026** (last fill 08/20/2026, 0.5 mg - below lorazepam 2 mg
  equivalent in any case). **Tramadol**: one 10-day supply 03/12/2026 after knee surgery; **no opioid use
  disorder**. The policy excludes only benzodiazepines above lorazepam 2 mg within 2 weeks and an active OUD.
- Gabapentin 300 mg TID continues for neuropathy (pain medicine, not a trial); quetiapine 25 mg is a sleep dose.
- MADRS 30 on 11/09/2026; no suicidal ideation.
- First internal appeal, pre-service (45 CFR 147.136(b)(3)): by **2027-05-16**; external review available after
  (medical judgment).

## Deliberately unknown
- Cost of the infusions; whether the clinic is in network (not stated).
- Whether any aripiprazole or other augmentation was tried: none recorded (do not invent one).

## Traps
- Duloxetine: a failed antidepressant trial **and** still taken (for pain) - never "stopped duloxetine"; never
  call it only a pain drug.
- Gabapentin and quetiapine 25 mg are not trials; clonazepam is not current; tramadol is not current.
- Never "opioid use disorder" or "substance use"; never say she "never took" an opioid or a benzodiazepine.
- Other people: endocrinologist Dr. Obi Castellane, orthopedist Dr. Keon Marsh.
- Voice: the treating psychiatrist writes "I" as treating physician about Ms. Tembo-Hargreave.
- Individual market: not ERISA (no 29 CFR 2560.503-1 as governing law).

## Arguments a strong letter makes
1. Criterion 2 met: three adequate failed antidepressants, duloxetine at 120 mg for 12 weeks for depression.
2. The exclusions' own words do not reach her: no benzodiazepine since 09/15/2026, tramadol 10 days in March,
   no OUD; correct both statements with the pharmacy history.
3. Reviewer is an anesthesiologist: ask for a psychiatrist; external review after the internal appeal.

## What a letter must NOT say
- "current benzodiazepine use"; "current opioid use"; "opioid use disorder" as hers; "stopped duloxetine".
- "failed gabapentin"; "quetiapine trial"; "suicidal ideation" as present.
- "ERISA"; "29 CFR 2560.503-1"; "Medicare"; "Medicaid".
""", [
("Notice date", "11/17/2026", "denial/prior-authorization-denial-2026-11-17.txt"),
("Reference", "PLH-PA-26-1110-93027", "denial/prior-authorization-denial-2026-11-17.txt"),
("Reviewer", "Graham Osterhout, MD, Anesthesiology", "denial/prior-authorization-denial-2026-11-17.txt"),
("Benzodiazepine exclusion words", "above the equivalent of lorazepam 2 mg daily within 2 weeks of the first infusion", "other/medical-policy-mp-ket-19-excerpt.txt"),
("Opioid exclusion words", "an active opioid use disorder", "other/medical-policy-mp-ket-19-excerpt.txt"),
("Clonazepam last dose", "last dose 09/15/2026", "clinical/psychiatry-note-2026-11-09.txt"),
("Clonazepam last fill", "08/20/2026  clonazepam 0.5 mg #14 (taper)", "other/pharmacy-fill-history-2026.txt"),
("Tramadol fill", "03/12/2026  tramadol 50 mg #20 (10-day supply)", "other/pharmacy-fill-history-2026.txt"),
("Duloxetine depression trial", "duloxetine 120 mg daily 01/2026-04/2026 (12 weeks) for depression, no mood response", "clinical/psychiatry-note-2026-11-09.txt"),
("Duloxetine now", "lowered to 60 mg, continued for neuropathic pain only", "clinical/psychiatry-note-2026-11-09.txt"),
("Gabapentin", "Gabapentin 300 mg three times daily for neuropathy", "clinical/psychiatry-note-2026-11-09.txt"),
("Sleep dose", "Quetiapine 25 mg at bedtime for sleep", "clinical/psychiatry-note-2026-11-09.txt"),
("Severity", "MADRS 30 today", "clinical/psychiatry-note-2026-11-09.txt"),
("Orthopedist", "Dr. Keon Marsh", "other/pharmacy-fill-history-2026.txt"),
("Deadline", "2027-05-16", "case.yaml"),
("Trial count", "Three failed antidepressants", "truth"),
])

case("08", "church-plan-tms-retreatment-said-38-percent-midcourse-score-relapse-3-months-second-level-advocate", """
# FICTIONAL CASE (set 93, case 08) - every person, plan, provider, number and address is invented.
# Church plan, self-funded, not grandfathered, Missouri, 900 employees. TMS retreatment denied before care under
# MP-TMS-RT-2; the first-level appeal was upheld 11/18/2026: "prior course PHQ-9 24 to 15 (38%)" and "relapse
# within 3 months". The record: PHQ-9 15 was session 10 of 36; the course ended at PHQ-9 9 (62.5%); she stayed well
# 15 months (PHQ-9 6 on 09/10/2025, 7 on 01/14/2026) before relapse in 07/2026. Second-level appeal by an advocate.
patient:
  name: Bernadette Quillfeather-Osei
  salutation: Ms. Quillfeather-Osei
  date_of_birth: 1968-12-03
  member_id: FICT-SBH-90217734
  address: |-
    4412 Pershing Avenue
    St. Louis, MO 63108
  phone: (314) 555-0132
insurer:
  name: St. Brendan Health Ministries Employee Benefit Plan, administered by Heartland Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Heartland Benefit Administrators, Second-Level Appeals (FICTIONAL)
    PO Box 18450
    St. Louis, MO 63101
  fax: (314) 555-0177
request: prior_authorization
claim:
  number: HBA-PA-26-1001-27714
  plan_type: church
  funding: self_funded
  grandfathered: false
  employees: 900
  stage: second level
  notice_date: 2026-10-08
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.1]
  sessions: 30
  setting: outpatient
  denial_reason: >-
    TMS retreatment does not meet MP-TMS-RT-2: the prior course did not produce at least 50% improvement.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: "Franklin Dubose, MD", specialty: Neurology}
  action: none
plan_policy:
  name: Heartland Benefit Administrators medical policy MP-TMS-RT-2, TMS retreatment
  number: MP-TMS-RT-2
  quote: >-
    Retreatment is covered when (a) the member had at least 50% improvement on a standardized scale by the end of
    the prior course, and (b) the improvement lasted at least 3 months after the course ended.
  file: other/medical-policy-mp-tms-rt-2-excerpt.txt
  other_terms: >-
    Section 11.4: A second-level appeal must be filed within 60 days after you receive the first-level decision.
    We will decide a pre-service second-level appeal within 15 days.
  other_terms_file: other/plan-document-section-11-excerpt.txt
payer_criteria:
  - criterion: (a) at least 50% improvement on a standardized scale by the end of the prior course
    how_met: PHQ-9 24 at baseline (02/03/2025) to 9 at session 36 (03/26/2025), 62.5% improvement
    met: true
    evidence: {file: clinical/tms-treatment-log-2025.txt, page: 1}
  - criterion: (b) the improvement lasted at least 3 months after the course ended
    how_met: PHQ-9 6 on 09/10/2025 and 7 on 01/14/2026; relapse from 07/2026, about 15 months after the course
    met: true
    evidence: {file: clinical/psychiatry-note-2026-09-22.txt, page: 1}
submissions:
  - {date: 2026-10-20, stage: internal appeal (first level), method: fax, confirmation: HBA-APL-26-1020-0331}
decisions:
  - date: 2026-11-18
    outcome: denied
    stage: first level internal appeal
    opens: second level appeal
    next_deadline: 2027-01-17
    reason: >-
      Upheld. The prior course produced PHQ-9 24 to 15 (38%), below the 50% the policy requires. Relapse occurred
      within 3 months of the course.
    corrections:
      - said: The prior course produced PHQ-9 24 to 15 (38%), below the 50% the policy requires.
        record: >-
          PHQ-9 15 was recorded at session 10 of 36 (02/14/2025); at the end of the course, session 36 on
          03/26/2025, PHQ-9 was 9, a 62.5% improvement.
        file: clinical/tms-treatment-log-2025.txt
        page: 1
      - said: Relapse occurred within 3 months of the course.
        record: >-
          She stayed well for about 15 months: PHQ-9 6 on 09/10/2025 and 7 on 01/14/2026; relapse began 07/2026.
        file: clinical/psychiatry-note-2026-09-22.txt
        page: 1
treatment:
  name: TMS retreatment, 30 sessions
  summary: >-
    Relapse of recurrent depression 15 months after a TMS course that brought a 62.5% improvement; a retreatment
    course while she continues vilazodone.
  plan: 30 sessions over 6 weeks; PHQ-9 weekly; stop if under 25% improvement by session 15.
  alongside: vilazodone 40 mg daily
clinical:
  severity: PHQ-9 23 on 09/22/2026
  severity_date: 2026-09-22
  suicidality: none
  suicidality_date: 2026-09-22
  episode_onset: 2026-07
  treating_since: 2023-03
  history:
    - {drug: Escitalopram, dose: 20 mg daily, start: 2023-03, end: 2023-06, weeks: 12, kind: antidepressant, adequate: true, failed: true, response: none, outcome: No response; stopped, evidence: {file: clinical/psychiatry-note-2026-09-22.txt, page: 1}}
    - {drug: Venlafaxine XR, dose: 225 mg daily, start: 2023-07, end: 2024-04, weeks: 36, kind: antidepressant, adequate: true, failed: true, response: partial, outcome: Partial response; stopped for sweating and blood pressure, evidence: {file: clinical/psychiatry-note-2026-09-22.txt, page: 1}}
    - {drug: Liothyronine (augmentation), dose: 25 mcg daily, start: 2024-05, end: 2024-07, weeks: 8, kind: augmentation, adequate: true, failed: true, response: none, outcome: "No added benefit (TSH normal before and after); stopped", evidence: {file: clinical/psychiatry-note-2026-09-22.txt, page: 1}}
    - {drug: Vilazodone, dose: 40 mg daily, start: 2024-09, ongoing: true, kind: antidepressant, adequate: true, response: partial, outcome: Partial response; continued, evidence: {file: clinical/psychiatry-note-2026-09-22.txt, page: 1}}
    - {drug: TMS (first course), dose: 36 sessions, start: 2025-02-03, end: 2025-03-26, kind: neuromodulation, sessions: 36, adequate: true, response: response, outcome: "PHQ-9 24 to 9 (62.5%); well until 07/2026", evidence: {file: clinical/tms-treatment-log-2025.txt, page: 1}}
    - {drug: Doxepin, dose: 10 mg at bedtime for sleep, start: 2025-05, ongoing: true, kind: other, outcome: Sleep dose; not an antidepressant trial, evidence: {file: clinical/psychiatry-note-2026-09-22.txt, page: 1}}
author:
  name: Marguerite Ellison-Tate
  role: Peer Advocate, Show-Me Mental Health Alliance (FICTIONAL), authorized representative
  relation: representative
  address: |-
    Show-Me Mental Health Alliance (FICTIONAL), 1500 Locust Street, Suite 210
    St. Louis, MO 63103
  phone: (314) 555-0108
  email: mellisontate@showmemha.example
  authorization: other/authorization-to-represent-2026-11-24.txt
provider:
  name: Cyprian Adeyemi-Hart
  credentials: MD, psychiatrist, Gateway TMS and Mood Center (FICTIONAL)
  npi: "1814591800"
  address: |-
    9 Maryland Plaza, Suite 4
    St. Louis, MO 63108
  phone: (314) 555-0163
record_dates:
  - {file: clinical/psychiatry-note-2026-09-22.txt, date: 2026-09-22}
  - {file: clinical/tms-treatment-log-2025.txt, date: 2025-03-26}
bates_prefix: QUILLFEATHEROSEI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", {
"denial/precertification-denial-2026-10-08.txt": """
HEARTLAND BENEFIT ADMINISTRATORS (FICTIONAL) for ST. BRENDAN HEALTH MINISTRIES EMPLOYEE BENEFIT PLAN
PRECERTIFICATION DENIAL                                                      Date: 10/08/2026   Page 1 of 1
Member: Bernadette Quillfeather-Osei   ID FICT-SBH-90217734   Reference HBA-PA-26-1001-27714
Requested: TMS retreatment, 30 sessions (90867, 90868), Gateway TMS and Mood Center. Diagnosis F33.1.
Denied. TMS retreatment does not meet MP-TMS-RT-2: the prior course did not produce at least 50% improvement.
Reviewer: Franklin Dubose, MD, Neurology.
You may appeal within 180 days after you receive this notice (plan document Section 11.3).
""",
"denial/first-level-appeal-decision-2026-11-18.txt": """
HEARTLAND BENEFIT ADMINISTRATORS (FICTIONAL) - FIRST-LEVEL APPEAL DECISION           Date: 11/18/2026   Page 1 of 1
Member: Bernadette Quillfeather-Osei   Reference HBA-PA-26-1001-27714   Appeal HBA-APL-26-1020-0331
Upheld. The prior course produced PHQ-9 24 to 15 (38%), below the 50% the policy requires. Relapse occurred
within 3 months of the course.
You may file a second-level appeal within 60 days after you receive this decision (plan document Section 11.4):
Second-Level Appeals, PO Box 18450, St. Louis, MO 63101, fax (314) 555-0177.
""",
"clinical/tms-treatment-log-2025.txt": """
GATEWAY TMS AND MOOD CENTER (FICTIONAL) - TMS TREATMENT LOG, FIRST COURSE                   Page 1 of 1
Patient: Bernadette Quillfeather-Osei   Psychiatrist: Cyprian Adeyemi-Hart, MD   NPI 1814591800
Session 1   02/03/2025   PHQ-9 24   tech: J. Whitford
Session 10  02/14/2025   PHQ-9 15   tech: J. Whitford
Session 20  02/28/2025   PHQ-9 12   tech: L. Marsh-Oyelaran
Session 30  03/14/2025   PHQ-9 10   tech: L. Marsh-Oyelaran
Session 36  03/26/2025   PHQ-9 9    tech: J. Whitford   Course complete (62.5% improvement from baseline)
""",
"clinical/psychiatry-note-2026-09-22.txt": """
GATEWAY TMS AND MOOD CENTER (FICTIONAL) - PSYCHIATRY FOLLOW-UP                          Date: 09/22/2026
Patient: Bernadette Quillfeather-Osei   DOB 12/03/1968   Psychiatrist: Cyprian Adeyemi-Hart, MD   Page 1 of 1
In my care since 03/2023. Recurrent major depression (F33.1).
Earlier trials: escitalopram 20 mg 12 weeks, no response; venlafaxine XR 225 mg 07/2023-04/2024, partial, stopped
for sweating and blood pressure; liothyronine 25 mcg augmentation 8 weeks, no added benefit (TSH normal).
Vilazodone 40 mg since 09/2024: partial response; continue. Doxepin 10 mg at bedtime for sleep.
TMS 02/03/2025-03/26/2025, 36 sessions: PHQ-9 24 to 9. Well afterward: PHQ-9 6 on 09/10/2025, 7 on 01/14/2026.
Relapse from 07/2026 after her sister's illness (per her husband, Kwame Osei). PHQ-9 20 on 08/05/2026, 23 today.
No suicidal ideation.
Plan: TMS retreatment, 30 sessions; continue vilazodone; stop if under 25% improvement by session 15.
""",
"other/authorization-to-represent-2026-11-24.txt": """
AUTHORIZATION TO REPRESENT                                                               Date: 11/24/2026
I, Bernadette Quillfeather-Osei, authorize Marguerite Ellison-Tate, Show-Me Mental Health Alliance, to file my
second-level appeal of HBA-PA-26-1001-27714 and to receive my health information for it.
Signed: Bernadette Quillfeather-Osei
""",
"other/medical-policy-mp-tms-rt-2-excerpt.txt": """
HEARTLAND BENEFIT ADMINISTRATORS (FICTIONAL) - MEDICAL POLICY MP-TMS-RT-2, TMS RETREATMENT     Page 1 of 2
Retreatment is covered when (a) the member had at least 50% improvement on a standardized scale by the end of the
prior course, and (b) the improvement lasted at least 3 months after the course ended.
""",
"other/plan-document-section-11-excerpt.txt": """
ST. BRENDAN HEALTH MINISTRIES EMPLOYEE BENEFIT PLAN (FICTIONAL) - PLAN DOCUMENT (excerpt)      Page 58 of 80
This church plan is not grandfathered.
Section 11.4: A second-level appeal must be filed within 60 days after you receive the first-level decision.
We will decide a pre-service second-level appeal within 15 days.
""",
}, """
# 08 - Church plan: TMS retreatment denied on a mid-course PHQ-9 and a "relapse within 3 months"; second-level appeal by an advocate (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Bernadette Quillfeather-Osei (DOB 12/03/1968), St. Brendan Health Ministries Employee Benefit Plan: a church plan,
  self-funded, **not grandfathered**, 900 employees. TMS retreatment (30 sessions) denied 10/08/2026
  (HBA-PA-26-1001-27714); first-level appeal (fax 10/20/2026) **upheld 11/18/2026**. Reviewer: a neurologist.
- First course **02/03-03/26/2025, 36 sessions: PHQ-9 24 to 9 = 62.5%**. PHQ-9 **15 was session 10** (02/14/2025),
  the number the decision used ("38%").
- Well for about 15 months: **PHQ-9 6 on 09/10/2025, 7 on 01/14/2026**; relapse from **07/2026**. PHQ-9 23 on
  09/22/2026; no suicidal ideation.
- **Vilazodone 40 mg continues** (partial). Escitalopram and venlafaxine failed earlier; liothyronine was
  **augmentation** (TSH normal), not thyroid treatment; **doxepin 10 mg is a sleep dose**.
- **Second-level** appeal: 60 days after receipt of the 11/18 decision (plan document 11.4): by **2027-01-17**
  counted from the decision date; pre-service decision in 15 days. Rules: 45 CFR 147.136 / 26 CFR 54.9815-2719
  reach it (not grandfathered); not ERISA.

## Deliberately unknown
- When the 11/18 decision was received (the count is made from its date, the safe day).
- Whether parity law reaches this church plan: not argued from the case.

## Traps
- The decision appealed is the **first-level decision of 11/18/2026**; the letter says it is a second-level appeal.
- Never concede "38%" or "less than 50%"; never "relapse within 3 months".
- Vilazodone is continuing, not stopped; doxepin 10 mg is not an antidepressant trial; liothyronine is augmentation.
- The first TMS course **worked**: a response (62.5%; PHQ-9 9 is not remission), never a failed trial.
- Other people: technicians J. Whitford and L. Marsh-Oyelaran, husband Kwame Osei, her sister (unnamed).
- Voice: the advocate writes about Ms. Quillfeather-Osei.
- Church plan: not ERISA (no 29 CFR 2560.503-1 as governing law, no DOL complaint).

## Arguments a strong letter makes
1. Both retreatment criteria are met by the policy's own words: (a) 62.5% by the **end** of the prior course
   (session 36, PHQ-9 9); (b) improvement lasted about 15 months (PHQ-9 6 and 7 months after).
2. Correct the first-level decision's two statements, each with the log and the note.
3. Neurologist reviewer; ask for a psychiatrist; decide within 15 days (Section 11.4).

## What a letter must NOT say
- "38% improvement" as the result; "did not respond to TMS"; "failed TMS"; "relapse within 3 months".
- "stopped vilazodone"; "doxepin trial"; "Kwame"; "Whitford"; "suicidal ideation" as present.
- "ERISA"; "29 CFR 2560.503-1"; "Medicaid"; "Medicare".
""", [
("First notice date", "10/08/2026", "denial/precertification-denial-2026-10-08.txt"),
("Reference", "HBA-PA-26-1001-27714", "denial/precertification-denial-2026-10-08.txt"),
("Reviewer", "Franklin Dubose, MD, Neurology", "denial/precertification-denial-2026-10-08.txt"),
("First-level decision date", "Date: 11/18/2026", "denial/first-level-appeal-decision-2026-11-18.txt"),
("Decision misstatement", "PHQ-9 24 to 15 (38%)", "denial/first-level-appeal-decision-2026-11-18.txt"),
("Appeal number", "HBA-APL-26-1020-0331", "denial/first-level-appeal-decision-2026-11-18.txt"),
("Policy (a)", "at least 50% improvement on a standardized scale by the end of the", "other/medical-policy-mp-tms-rt-2-excerpt.txt"),
("Policy (b)", "lasted at least 3 months after the course ended", "other/medical-policy-mp-tms-rt-2-excerpt.txt"),
("Session 10 score", "Session 10  02/14/2025   PHQ-9 15", "clinical/tms-treatment-log-2025.txt"),
("End-of-course score", "Session 36  03/26/2025   PHQ-9 9", "clinical/tms-treatment-log-2025.txt"),
("Durability", "PHQ-9 6 on 09/10/2025, 7 on 01/14/2026", "clinical/psychiatry-note-2026-09-22.txt"),
("Current severity", "PHQ-9 20 on 08/05/2026, 23 today", "clinical/psychiatry-note-2026-09-22.txt"),
("Sleep dose", "Doxepin 10 mg at bedtime for sleep", "clinical/psychiatry-note-2026-09-22.txt"),
("Second-level window", "within 60 days after you receive the first-level decision", "other/plan-document-section-11-excerpt.txt"),
("Deadline", "2027-01-17", "case.yaml"),
("Improvement", "62.5%", "truth"),
])
if __name__ == "__main__":
    main()
