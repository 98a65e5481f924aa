#!/usr/bin/env python3
"""FICTIONAL letters set 87 (issue 18) generator: writes 8 case folders + truth files and self-checks.
Usage: make_set.py [--check] [NN ...]"""
import io, re, shutil, subprocess, sys
from pathlib import Path
from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
SET = 87


def npi(base9):
    """Complete a 9-digit NPI base with its Luhn check digit over prefix 80840."""
    digits = "80840" + base9
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return base9 + str((10 - total % 10) % 10)


def luhn_ok(n):
    s = "80840" + n
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


CASES = []  # filled by the case blocks below


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


PHONE_ANY = re.compile(r"(?<![\d.(])(\(?\d{3}\)?[ .-]?)?\d{3}-\d{4}(?!\d)")
PHONE_OK = re.compile(r"^(\(\d{3}\) 555-01\d\d|1-800-555-01\d\d|1-8\d\d-555-01\d\d)$")


def check_text(label, text, problems):
    for m in re.finditer(r"(?:1-8\d\d-|\(\d{3}\) )?\d{3}-\d{4}\b", text):
        ph = m.group(0)
        if re.match(r"^\d{3}-\d{4}$", ph) and not re.search(r"\d{5}-\d{4}", text[max(0, m.start()-3):m.end()]):
            # bare 7-digit: allowed only if part of a longer id (e.g. ZIP+4 or an ID)
            before = text[max(0, m.start()-1):m.start()]
            if before and (before.isalnum() or before in "-/."):
                continue
            problems.append(f"{label}: bare phone-like number {ph!r}")
            continue
        if not PHONE_OK.match(ph):
            problems.append(f"{label}: phone not 555-01xx: {ph!r}")
    for m in re.finditer(r"[\w.+-]+@[\w.-]+", text):
        if not m.group(0).rstrip(".").endswith(".example"):
            problems.append(f"{label}: e-mail not .example: {m.group(0)}")
    for m in re.finditer(r"\bwww\.[\w.-]+|https?://[\w.-]+", text):
        if ".example" not in m.group(0):
            problems.append(f"{label}: web not .example: {m.group(0)}")


def build(case, problems):
    nn = case["nn"]
    folder = HERE / f"{nn}-{case['slug']}"
    truth = HERE / f"{nn}-{case['slug']}.truth.md"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    subs = {k: npi(v) for k, v in case.get("npis", {}).items()}

    def fill(t):
        for k, v in subs.items():
            t = t.replace("{" + k + "}", v)
        return t
    ytext = fill(case["yaml"]).lstrip("\n")
    (folder / "case.yaml").write_text(ytext)
    head = f"FICTIONAL TEST DOCUMENT - letters set {SET}, case {nn}. Every person, plan, provider, number and address is invented.\n\n"
    foot = "\n\n-- FICTIONAL TEST DOCUMENT: not a real patient, plan or provider. --\n"
    texts = {}
    for rel, body in case["docs"].items():
        p = folder / rel
        if p.suffix != ".txt" or p.parts[-2] not in ("denial", "clinical", "other"):
            problems.append(f"{nn}: bad document path {rel}")
        p.parent.mkdir(parents=True, exist_ok=True)
        t = head + fill(body).strip("\n") + foot
        p.write_text(t)
        texts[rel] = t
    ttext = fill(case["truth"]).lstrip("\n")
    truth.write_text(ttext)
    # self-checks
    try:
        data = YAML(typ="safe").load(ytext)
    except Exception as e:  # noqa: BLE001
        problems.append(f"{nn}: case.yaml does not parse: {e}")
        data = {}
    if "FICTIONAL" not in ytext.splitlines()[0]:
        problems.append(f"{nn}: case.yaml first line lacks FICTIONAL")
    if "FICTIONAL" not in ttext.splitlines()[0]:
        problems.append(f"{nn}: truth first line lacks FICTIONAL")
    heads = ["## What is true", "## Deliberately unknown", "## Traps", "## Arguments a strong letter makes",
             "## What a letter must NOT say"]
    pos = [ttext.find(h) for h in heads]
    if -1 in pos or pos != sorted(pos):
        problems.append(f"{nn}: truth headings missing or out of order {pos}")
    check_text(f"{nn}/case.yaml", ytext, problems)
    check_text(f"{nn}/truth", ttext, problems)
    for rel, t in texts.items():
        check_text(f"{nn}/{rel}", t, problems)
    for k, v in subs.items():
        if not (len(v) == 10 and luhn_ok(v)):
            problems.append(f"{nn}: NPI {k} fails Luhn")
    for m in re.finditer(r"\b(\d{10})\b", ytext + "".join(texts.values())):
        pass
    npi_vals = re.findall(r'npi: "(\d+)"', ytext)
    for v in npi_vals:
        if not luhn_ok(v):
            problems.append(f"{nn}: case.yaml NPI {v} fails Luhn")
    # files named in case.yaml exist
    for m in re.finditer(r"\b((?:denial|clinical|other)/[\w.\-]+\.txt)", ytext):
        if not (folder / m.group(1)).exists():
            problems.append(f"{nn}: case.yaml names missing file {m.group(1)}")
    answers = case["answers"]
    if len(answers) != 16:
        problems.append(f"{nn}: {len(answers)} answers, want 16")
    for q, a, doc in answers:
        src = ytext if doc == "case.yaml" else texts.get(doc)
        if src is None:
            problems.append(f"{nn}: answer doc missing: {doc}")
        elif norm(a) not in norm(src):
            problems.append(f"{nn}: answer {a!r} not printed in {doc}")
    return folder, len(answers)


def main(argv):
    check = "--check" in argv
    only = [a for a in argv if a != "--check"]
    problems, n_ans, folders = [], 0, []
    for c in CASES:
        if only and c["nn"] not in only:
            continue
        f, n = build(c, problems)
        folders.append(f)
        n_ans += n
    print(f"cases: {len(folders)}, expected answers: {n_ans}, problems: {len(problems)}")
    for p in problems:
        print("PROBLEM:", p)
    bad = bool(problems)
    if check:
        out = io.StringIO()
        for f in folders:
            r = subprocess.run(["/work/main/.venv/bin/appeal-kit", "check", str(f)], capture_output=True, text=True)
            out.write(f"===== {f.name}: exit {r.returncode}\n{r.stdout}{r.stderr}\n")
            print(f"check {f.name[:2]}: exit {r.returncode}")
            bad = bad or r.returncode != 0
        name = "check-output.txt" if not only else "check-output-partial.txt"
        (HERE / name).write_text(out.getvalue())
    return 1 if bad else 0


# ---------------- case data ----------------

CASES.append(dict(
    nn="01",
    slug="self-funded-erisa-spravato-rx-esk-40-denial-skips-venlafaxine-partial-calls-liothyronine-thyroid-phenelzine-intolerance-patient",
    npis={"NPI1": "174062318"},
    yaml='''
# FICTIONAL CASE (letters set 87, case 01) - every person, plan, provider, number and address is invented.
# Self-funded employer plan (ERISA), TX, 1,900 employees. Pre-service Spravato denied under RX-ESK-40.
# The denial counts one antidepressant trial (sertraline), calls phenelzine "not adequate" and liothyronine
# "for hypothyroidism". Record: venlafaxine XR 225 mg 14 months (partial response), liothyronine 25 mcg as
# augmentation (TSH normal), phenelzine stopped after 3 weeks for a hypertensive reaction (intolerance).
# The patient writes ("I").
patient:
  name: Delphine Okonkwo-Ruiz
  salutation: Ms. Okonkwo-Ruiz
  date_of_birth: 1979-04-22
  member_id: FICT-BMH-77120458
  address: |-
    8804 Colonial Oak Drive
    Austin, TX 78745
  phone: (512) 555-0134
  email: dokonkwo.ruiz@mail.example
insurer:
  name: Bluebonnet Manufacturing Employee Health Plan, administered by Meridian Claims Administrators (FICTIONAL)
  appeals_address: |-
    Meridian Claims Administrators - Appeals Unit (FICTIONAL)
    PO Box 40218
    Dallas, TX 75240
  fax: (214) 555-0172
claim:
  number: PA-26-1109-44817
  plan_type: employer_erisa
  funding: self_funded
  employees: 1900
  grandfathered: false
  notice_date: 2026-11-16
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2]
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  denial_reason: >-
    Criterion 2 is not met: the records show one adequate antidepressant trial (sertraline). Phenelzine was
    stopped after 3 weeks, which is not an adequate trial. Criterion 3 is not met: liothyronine 25 mcg was
    prescribed for hypothyroidism and is not an augmentation trial.
  reviewer:
    name: Dr. Garrick Holloway-Penn
    specialty: internal medicine
  corrections:
    - said: the records show one adequate antidepressant trial (sertraline)
      record: >-
        venlafaxine XR was taken at 225 mg daily from 05/05/2025 to 07/20/2026, with a partial response only
        (PHQ-9 22 to 15), an adequate trial of a second class
      file: clinical/psychiatry-summary-2026-11-02.txt
      page: 1
    - said: liothyronine 25 mcg was prescribed for hypothyroidism
      record: >-
        liothyronine was added to venlafaxine as augmentation on 03/02/2026; my TSH of 1.9 on 02/23/2026 was
        normal and I have no thyroid disease
      file: clinical/psychiatry-summary-2026-11-02.txt
      page: 1
  action: none
payer_criteria:
  - criterion: "2. two antidepressants from different classes, adequate dose 6 weeks, or stopped earlier for intolerance"
    how_met: sertraline 200 mg 12 weeks and venlafaxine XR 225 mg 14 months (partial response); phenelzine stopped after 3 weeks for intolerance
    met: true
    evidence: {file: clinical/psychiatry-summary-2026-11-02.txt, page: 1}
  - criterion: "3. one augmentation agent (lithium, an atypical antipsychotic or liothyronine) for 6 weeks"
    how_met: liothyronine 25 mcg added to venlafaxine for 11 weeks (03/02-05/18/2026), TSH normal
    met: true
    evidence: {file: clinical/psychiatry-summary-2026-11-02.txt, page: 1}
plan_policy:
  name: Meridian pharmacy policy RX-ESK-40 (esketamine nasal spray)
  number: RX-ESK-40
  quote: >-
    2. The member has tried at least two antidepressants from different classes in the current episode, each at
    an adequate dose for at least 6 weeks, or stopped earlier because of intolerance. 3. The member has tried
    at least one augmentation agent (lithium, an atypical antipsychotic or liothyronine) for at least 6 weeks,
    or has a contraindication to all of them.
  file: denial/prior-authorization-denial-2026-11-16.txt
treatment:
  name: Spravato (esketamine) nasal spray, induction and maintenance per label, at a certified treatment center
  summary: >-
    Major depression, recurrent, severe, after two adequate antidepressant trials of two classes, a third
    antidepressant (an MAOI) stopped for intolerance, and an 11-week liothyronine augmentation trial.
  alongside: mirtazapine 15 mg at bedtime
  plan: >-
    56 mg twice weekly for weeks 1-4 (84 mg if tolerated), then weekly for weeks 5-8, then weekly or every
    two weeks by response; MADRS every 4 weeks; stop if MADRS has not fallen 25% by week 8.
  setting: Hill Country Mood Clinic, a certified Spravato REMS treatment center
  monitoring: blood pressure before, at 40 minutes and until stable; 2 hours observation
clinical:
  history:
    - drug: sertraline
      dose: 200 mg daily
      start: 2025-01
      end: 2025-04
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      weeks: 12
      outcome: no response after 12 weeks at 200 mg
      evidence: {file: clinical/psychiatry-summary-2026-11-02.txt, page: 1}
    - drug: venlafaxine XR
      dose: 225 mg daily
      start: 2025-05-05
      end: 2026-07-20
      kind: antidepressant
      adequate: true
      failed: true
      response: partial
      outcome: partial response only (PHQ-9 22 to 15); tapered and stopped before the MAOI trial
      evidence: {file: clinical/psychiatry-summary-2026-11-02.txt, page: 1}
    - drug: liothyronine (T3)
      dose: 25 mcg daily, added to venlafaxine
      start: 2026-03-02
      end: 2026-05-18
      kind: augmentation
      adequate: true
      failed: true
      response: none
      weeks: 11
      outcome: no further improvement after 11 weeks; TSH normal before it (no thyroid disease)
      evidence: {file: clinical/psychiatry-summary-2026-11-02.txt, page: 1}
    - drug: phenelzine
      dose: 45 mg daily
      start: 2026-08-10
      end: 2026-08-31
      kind: antidepressant
      adequate: false
      failed: true
      outcome: stopped after 3 weeks for intolerance (hypertensive reaction, BP 186/108 on 08/30/2026)
      evidence: {file: clinical/psychiatry-summary-2026-11-02.txt, page: 1}
    - drug: mirtazapine
      dose: 15 mg at bedtime
      start: 2026-09-21
      kind: antidepressant
      ongoing: true
      outcome: started 09/21/2026 after the phenelzine washout; continuing; too early to judge
      evidence: {file: clinical/psychiatry-summary-2026-11-02.txt, page: 1}
  severity: MADRS 31 on 11/02/2026 (PHQ-9 22 on 05/01/2025; PHQ-9 15 on 08/12/2025)
  severity_date: 2026-11-02
  suicidality: passive
  suicidality_date: 2026-11-02
  exclusions: >-
    Blood pressure 124/78 on 11/02/2026; phenelzine stopped 08/31/2026, more than 14 days before any dose; no
    psychosis; no substance use disorder.
  episode_onset: 2024-11
  treating_since: 2025-01-06
author:
  name: Delphine Okonkwo-Ruiz
  relation: patient
  role: Patient
provider:
  name: Dr. Tobias Rendell-Achebe
  credentials: MD, psychiatrist
  npi: "{NPI1}"
  address: |-
    1220 West Anderson Lane, Suite 300
    Austin, TX 78757
  phone: (512) 555-0187
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/prior-authorization-denial-2026-11-16.txt": '''
Meridian Claims Administrators (FICTIONAL), claims administrator for the
Bluebonnet Manufacturing Employee Health Plan (self-funded, FICTIONAL)
PO Box 40218, Dallas, TX 75240   Appeals fax (214) 555-0172   Member services 1-800-555-0146

Date of notice: 11/16/2026
Member: Delphine Okonkwo-Ruiz   Member ID: FICT-BMH-77120458   Date of birth: 04/22/1979
Reference: PA-26-1109-44817
Prescriber: Tobias Rendell-Achebe, MD
Request: esketamine nasal spray (Spravato), code J0013, received 11/09/2026

DECISION: DENIED (pre-service prior authorization)

We reviewed the request against pharmacy policy RX-ESK-40 (esketamine nasal spray). The policy requires:
2. The member has tried at least two antidepressants from different classes in the current episode, each at
an adequate dose for at least 6 weeks, or stopped earlier because of intolerance. 3. The member has tried
at least one augmentation agent (lithium, an atypical antipsychotic or liothyronine) for at least 6 weeks,
or has a contraindication to all of them.

Reason: Criterion 2 is not met: the records show one adequate antidepressant trial (sertraline). Phenelzine was
stopped after 3 weeks, which is not an adequate trial. Criterion 3 is not met: liothyronine 25 mcg was
prescribed for hypothyroidism and is not an augmentation trial.

Reviewed by: Garrick Holloway-Penn, MD, internal medicine.

Your rights: You may appeal within 180 days after you receive this notice. Send your appeal to the Appeals
Unit at the address above or fax (214) 555-0172. You may ask for copies of all documents relevant to your claim
free of charge. After the plan's final decision you may ask for external review.
''',
        "clinical/psychiatry-summary-2026-11-02.txt": '''
Hill Country Mood Clinic (FICTIONAL) - certified Spravato REMS treatment center
1220 West Anderson Lane, Suite 300, Austin, TX 78757   Phone (512) 555-0187   Fax (512) 555-0188

PSYCHIATRIC TREATMENT SUMMARY - 11/02/2026
Patient: Delphine Okonkwo-Ruiz   DOB 04/22/1979
Psychiatrist: Tobias Rendell-Achebe, MD (treating since 01/06/2025)
Diagnosis: F33.2 major depressive disorder, recurrent, severe, without psychotic features.
Current episode began November 2024.

Medication history in this episode:
1. Sertraline titrated to 200 mg daily, January-April 2025: no response after 12 weeks at 200 mg.
2. Venlafaxine XR 225 mg daily, 05/05/2025 to 07/20/2026. PHQ-9 22 on 05/01/2025; PHQ-9 15 on 08/12/2025:
   partial response only, never remission. Tapered and stopped 07/20/2026 before the MAOI trial.
3. Liothyronine (T3) 25 mcg daily ADDED TO VENLAFAXINE AS AUGMENTATION, 03/02/2026 to 05/18/2026 (11 weeks).
   Baseline TSH 1.9 on 02/23/2026 (normal). She has no thyroid disease; T3 was prescribed for depression.
   No further improvement; stopped.
4. Phenelzine 45 mg daily from 08/10/2026 after washout. Stopped 08/31/2026 after 3 weeks because of a
   hypertensive reaction (BP 186/108 in the emergency department 08/30/2026): intolerance.
5. Mirtazapine 15 mg at bedtime since 09/21/2026, continuing; too early to judge.

Today: MADRS 31. Passive death wishes ("I wish I would not wake up"), no plan or intent. BP 124/78.
No psychosis. No substance use disorder. Her sister, Marisol Ruiz, drives her to visits.

Plan: Spravato 56 mg twice weekly for weeks 1-4 (84 mg if tolerated), then weekly for weeks 5-8, then weekly or
every two weeks by response. MADRS every 4 weeks; stop if MADRS has not fallen 25% by week 8. Continue
mirtazapine. No MAOI within 14 days of any dose.

Tobias Rendell-Achebe, MD, psychiatrist   NPI {NPI1}
''',
        "clinical/emergency-visit-2026-08-30.txt": '''
St. Brendan Community Hospital Emergency Department (FICTIONAL), Austin, TX   Phone (512) 555-0161
Visit 08/30/2026   Patient: Delphine Okonkwo-Ruiz   DOB 04/22/1979

Chief complaint: severe occipital headache after a meal.
Medications: phenelzine 45 mg daily (started 08/10/2026).
Triage BP 186/108. Treated; BP 142/88 at discharge. Impression: hypertensive reaction on an MAOI.
Disposition: stop phenelzine; follow up with psychiatrist Dr. Rendell-Achebe.
Emergency physician: Priya Szalai-Monroe, MD
''',
    },
    truth='''
# FICTIONAL TRUTH FILE - 87/01 - self-funded ERISA plan, Spravato RX-ESK-40: a denial that leaves out venlafaxine and misnames T3 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Self-funded employer plan under ERISA (Texas employer, 1,900 employees, not grandfathered); Meridian is the
  claims administrator. Pre-service prior authorization for Spravato, denied 11/16/2026 (PA-26-1109-44817) under
  RX-ESK-40 criteria 2 and 3 by an internist. First internal appeal; the patient writes ("I").
- Trials in this episode: sertraline 200 mg x 12 weeks, no response (adequate failure); **venlafaxine XR 225 mg
  05/05/2025-07/20/2026, partial response only** (PHQ-9 22 -> 15; adequate dose and duration, not remission);
  **phenelzine 45 mg 08/10-08/31/2026, stopped for intolerance** (hypertensive reaction, BP 186/108 on
  08/30/2026); **liothyronine 25 mcg added to venlafaxine as augmentation** 03/02-05/18/2026 (11 weeks), TSH
  1.9 normal, no thyroid disease.
- Criterion 2 is met: three antidepressants of three classes (SSRI, SNRI, MAOI), two adequate and one stopped for
  intolerance, which the policy's own words accept. Criterion 3 is met: liothyronine is one of the three agents the
  policy names, taken 11 weeks.
- Current: mirtazapine 15 mg at bedtime since 09/21/2026, **continuing** (alongside Spravato; not a failed
  trial). MADRS 31 on 11/02/2026. Passive suicidal ideation on 11/02/2026, no plan or intent. BP 124/78.
- Deadline: 180 days after receipt of the 11/16/2026 notice (29 CFR 2560.503-1(h)(3)(i)); counted from the notice
  date, 05/15/2027.

## Deliberately unknown
- The day the notice was received. Whether the plan's reviewer had the full summary (which records were sent).
- Whether the plan has a separate step list for mirtazapine; any response to mirtazapine.

## Traps
- Phenelzine was NOT an adequate trial; it counts because the policy accepts a trial stopped for intolerance.
  Do not call it "adequate" or "failed after an adequate trial".
- Venlafaxine was a partial response, not "no response" and not remission; it is stopped, not continuing.
- Liothyronine is augmentation, not a thyroid replacement; no hypothyroidism.
- Mirtazapine is continuing and not a failed trial; no end date.
- She takes no MAOI now (stopped 08/31/2026); BP is controlled. Do not describe "uncontrolled hypertension".
- Suicidality is passive (no plan or intent): not "active", not Spravato's suicidality indication.
- Marisol Ruiz (sister) drives her; she is not the author. Priya Szalai-Monroe is the ED physician, not the prescriber.
- Self-funded: external review under 29 CFR 2590.715-2719 later; no state insurance department route.

## Arguments a strong letter makes
1. Quote criteria 2 and 3 and answer each by name with the record: three antidepressant classes (one stopped for
   intolerance, which criterion 2's own words accept), and an 11-week liothyronine augmentation trial.
2. Correct the two misstatements in one sentence each with the source (venlafaxine left out; T3 for depression
   with a normal TSH).
3. Current severity MADRS 31 (11/02/2026) and passive SI with its date; treatment plan with stop rule.
4. The reviewer is an internist, not a psychiatrist: ask for review by an appropriate specialist (ERISA
   (h)(3)(iii)) and the name of the expert consulted ((h)(3)(iv)); ask for the claim file.

## What a letter must NOT say
- "failed five antidepressants", "adequate trial of phenelzine", "venlafaxine was ineffective (no response)".
- That mirtazapine failed, or that she takes phenelzine now.
- "active suicidal ideation", "prescribed for its approved use for suicidal ideation".
- A state insurance department external review for this self-funded plan.
''',
    answers=[
        ("Date of the denial notice", "Date of notice: 11/16/2026", "denial/prior-authorization-denial-2026-11-16.txt"),
        ("Reference number", "PA-26-1109-44817", "denial/prior-authorization-denial-2026-11-16.txt"),
        ("Policy applied", "RX-ESK-40", "denial/prior-authorization-denial-2026-11-16.txt"),
        ("Reviewer and specialty", "Garrick Holloway-Penn, MD, internal medicine", "denial/prior-authorization-denial-2026-11-16.txt"),
        ("Venlafaxine dose and dates", "Venlafaxine XR 225 mg daily, 05/05/2025 to 07/20/2026", "clinical/psychiatry-summary-2026-11-02.txt"),
        ("Venlafaxine outcome", "partial response only, never remission", "clinical/psychiatry-summary-2026-11-02.txt"),
        ("What liothyronine was for", "ADDED TO VENLAFAXINE AS AUGMENTATION", "clinical/psychiatry-summary-2026-11-02.txt"),
        ("Baseline TSH", "TSH 1.9 on 02/23/2026 (normal)", "clinical/psychiatry-summary-2026-11-02.txt"),
        ("Liothyronine duration", "03/02/2026 to 05/18/2026 (11 weeks)", "clinical/psychiatry-summary-2026-11-02.txt"),
        ("Why phenelzine stopped", "because of a hypertensive reaction", "clinical/psychiatry-summary-2026-11-02.txt"),
        ("ED blood pressure", "Triage BP 186/108", "clinical/emergency-visit-2026-08-30.txt"),
        ("Sertraline trial", "no response after 12 weeks at 200 mg", "clinical/psychiatry-summary-2026-11-02.txt"),
        ("Current drug, continuing", "Mirtazapine 15 mg at bedtime since 09/21/2026, continuing", "clinical/psychiatry-summary-2026-11-02.txt"),
        ("Current severity", "Today: MADRS 31", "clinical/psychiatry-summary-2026-11-02.txt"),
        ("Suicidality", "no plan or intent", "clinical/psychiatry-summary-2026-11-02.txt"),
        ("Appeal window", "within 180 days after you receive this notice", "denial/prior-authorization-denial-2026-11-16.txt"),
    ],
))


CASES.append(dict(
    nn="02",
    slug="medicare-advantage-hmo-pre-service-ect-psychotic-depression-ma-ect-20-mirtazapine-sleep-dose-olanzapine-fall-2019-ect-remission-daughter-cms1696",
    npis={"NPI1": "196430572"},
    yaml='''
# FICTIONAL CASE (letters set 87, case 02) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, KY. Pre-service ECT (90870) for recurrent depression with psychotic features, age 78.
# Internal criteria MA-ECT-20 crit. 2; denial counts mirtazapine 7.5 mg (a sleep dose never offered as a trial)
# and calls olanzapine augmentation "not completed" (stopped after 10 days for an orthostatic fall, rib fracture).
# Nortriptyline level 96 ng/mL for 7 weeks left out. 2019 episode remitted with ECT. Daughter writes (CMS-1696).
patient:
  name: Harold Vinterberg-Lusk
  salutation: Mr. Vinterberg-Lusk
  date_of_birth: 1948-02-11
  member_id: FICT-BSA-30418872
  address: |-
    412 Tates Creek Road
    Lexington, KY 40502
  phone: (859) 555-0121
insurer:
  name: Bluegrass Senior Advantage HMO (FICTIONAL)
  appeals_address: |-
    Bluegrass Senior Advantage - Appeals and Grievances (FICTIONAL)
    PO Box 11860
    Louisville, KY 40251
  fax: (502) 555-0149
claim:
  number: ORG-26-1117-60235
  plan_type: medicare_advantage
  notice_date: 2026-11-20
  urgent: true
  procedure_codes: ["90870"]
  diagnosis_codes: [F33.3]
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  denial_reason: >-
    Criterion 2 of MA-ECT-20 is not met. Only one adequate antidepressant trial is documented (sertraline).
    Mirtazapine 7.5 mg is below the therapeutic range. Olanzapine was stopped and antipsychotic augmentation has
    not been completed.
  reviewer:
    name: Dr. Yvette Brannigan-Sato
    specialty: family medicine
  action: none
urgency:
  reason: >-
    He has lost 6 kg since September, eats less than half of meals and holds fixed delusions of guilt; waiting 30
    days risks dehydration, further weight loss and falls.
  certified_by: Dr. Lionel Achterhof-Banda, MD
payer_criteria:
  - criterion: "2. failure of at least two antidepressant trials of adequate dose and duration, one combined with an antipsychotic when psychotic features are present, or intolerance of the antipsychotic"
    how_met: sertraline 150 mg 8 weeks and nortriptyline 75 mg (level 96 ng/mL) 7 weeks, no response; olanzapine 5 mg added to nortriptyline, stopped after 10 days for intolerance (orthostatic fall, rib fracture)
    met: true
    evidence: {file: clinical/geriatric-psychiatry-note-2026-11-10.txt, page: 1}
plan_policy:
  name: Bluegrass Senior Advantage internal coverage criteria MA-ECT-20 (electroconvulsive therapy)
  number: MA-ECT-20
  quote: >-
    2. Failure of at least two antidepressant trials of adequate dose and duration in the current episode, one of
    them combined with an antipsychotic when psychotic features are present, or intolerance of the antipsychotic.
  file: denial/notice-of-denial-of-medical-coverage-2026-11-20.txt
treatment:
  name: Electroconvulsive therapy, acute course (up to 12 treatments, three a week)
  summary: >-
    Recurrent major depression with psychotic features (delusions of guilt, weight loss) after two adequate
    antidepressant trials and an antipsychotic stopped for intolerance; remitted with ECT in 2019.
  plan: Up to 12 right unilateral ultrabrief treatments three times a week; MADRS weekly; stop at remission or after 12.
  setting: Central Kentucky Behavioral Hospital ECT suite (FICTIONAL), anesthesia present
clinical:
  history:
    - drug: sertraline
      dose: 150 mg daily
      start: 2026-05
      end: 2026-07
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      weeks: 8
      evidence: {file: clinical/geriatric-psychiatry-note-2026-11-10.txt, page: 1}
    - drug: nortriptyline
      dose: 75 mg daily (level 96 ng/mL on 09/02/2026)
      start: 2026-08-10
      end: 2026-09-28
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      weeks: 7
      evidence: {file: clinical/geriatric-psychiatry-note-2026-11-10.txt, page: 1}
    - drug: olanzapine
      dose: 5 mg at bedtime, added to nortriptyline
      start: 2026-09-17
      end: 2026-09-27
      kind: augmentation
      adequate: false
      failed: true
      outcome: stopped after 10 days for intolerance (orthostatic fall 09/26/2026 with a rib fracture)
      evidence: {file: clinical/geriatric-psychiatry-note-2026-11-10.txt, page: 1}
    - drug: mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2026-10-01
      kind: other
      ongoing: true
      outcome: sleep dose, continuing; not an antidepressant trial
      evidence: {file: clinical/geriatric-psychiatry-note-2026-11-10.txt, page: 1}
    - drug: electroconvulsive therapy (2019 episode)
      dose: 10 treatments
      start: 2019-03
      end: 2019-04
      kind: neuromodulation
      sessions: 10
      adequate: true
      response: remission
      outcome: remission in the 2019 episode
      evidence: {file: clinical/geriatric-psychiatry-note-2026-11-10.txt, page: 1}
  severity: MADRS 38 on 11/10/2026; weight 61 kg (67 kg on 09/01/2026)
  severity_date: 2026-11-10
  suicidality: none
  suicidality_date: 2026-11-10
  episode_onset: 2026-04
author:
  name: Ingrid Vinterberg-Castell
  relation: representative
  role: Daughter and appointed representative (Form CMS-1696)
  address: |-
    77 Chinoe Road
    Lexington, KY 40502
  phone: (859) 555-0156
  authorization: other/cms-1696-appointment-2026-11-22.txt
provider:
  name: Dr. Lionel Achterhof-Banda
  credentials: MD, geriatric psychiatrist
  npi: "{NPI1}"
  address: |-
    1800 Nicholasville Road, Suite 210
    Lexington, KY 40503
  phone: (859) 555-0177
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/notice-of-denial-of-medical-coverage-2026-11-20.txt": '''
Bluegrass Senior Advantage HMO (FICTIONAL) - a Medicare Advantage plan
NOTICE OF DENIAL OF MEDICAL COVERAGE
Date: 11/20/2026
Member: Harold Vinterberg-Lusk   Member ID: FICT-BSA-30418872
Reference: ORG-26-1117-60235
Requested: electroconvulsive therapy (90870), up to 12 treatments, requested by Lionel Achterhof-Banda, MD

We denied this request. We applied our internal coverage criteria MA-ECT-20 (electroconvulsive therapy):
2. Failure of at least two antidepressant trials of adequate dose and duration in the current episode, one of
them combined with an antipsychotic when psychotic features are present, or intolerance of the antipsychotic.

Why: Criterion 2 of MA-ECT-20 is not met. Only one adequate antidepressant trial is documented (sertraline).
Mirtazapine 7.5 mg is below the therapeutic range. Olanzapine was stopped and antipsychotic augmentation has
not been completed.

Reviewed by Yvette Brannigan-Sato, MD (family medicine).

You have the right to ask for a reconsideration. Ask within 65 calendar days from the date of this notice.
If your health could be seriously harmed by waiting, ask for a fast (expedited) decision: we decide within 72
hours. Appeals fax (502) 555-0149. Member services 1-800-555-0138 (TTY 711).
''',
        "clinical/geriatric-psychiatry-note-2026-11-10.txt": '''
Bluegrass Geriatric Psychiatry (FICTIONAL), 1800 Nicholasville Road, Suite 210, Lexington, KY 40503
Phone (859) 555-0177
Visit 11/10/2026   Patient: Harold Vinterberg-Lusk, age 78   Accompanied by daughter Ingrid Vinterberg-Castell

Diagnosis: F33.3 major depressive disorder, recurrent, severe, with psychotic features (delusions of guilt).
Current episode since April 2026.

Trials this episode:
- Sertraline 150 mg daily, May-July 2026, 8 weeks: no response.
- Nortriptyline 75 mg daily 08/10/2026-09/28/2026 (7 weeks); level 96 ng/mL on 09/02/2026 (therapeutic): no response.
- Olanzapine 5 mg at bedtime added to nortriptyline 09/17/2026; orthostatic fall 09/26/2026 with a rib
  fracture (seen by his primary care physician, Dr. Marguerite Oyelaran-Fitch); olanzapine stopped 09/27/2026
  for intolerance.
- Mirtazapine 7.5 mg at bedtime since 10/01/2026 FOR SLEEP ONLY; continuing. This is not an antidepressant trial
  and was never offered as one.
Earlier episode: March-April 2019, 10 ECT treatments, full remission.

Today: MADRS 38. Weight 61 kg (67 kg on 09/01/2026). Eats less than half of meals. Believes he "ruined the
family". No suicidal ideation. No contraindication to anesthesia per cardiology 10/2026.

Plan: acute ECT, up to 12 right unilateral ultrabrief treatments three times a week. Expedited review requested:
waiting risks dehydration, further weight loss and falls.
Lionel Achterhof-Banda, MD, geriatric psychiatrist   NPI {NPI1}
''',
        "other/cms-1696-appointment-2026-11-22.txt": '''
Form CMS-1696 Appointment of Representative (FICTIONAL COPY FOR TESTING)
Beneficiary: Harold Vinterberg-Lusk   Medicare number: FICT-1EG4-TE5-MK71   Plan member ID FICT-BSA-30418872
I appoint Ingrid Vinterberg-Castell, my daughter, 77 Chinoe Road, Lexington, KY 40502, phone (859) 555-0156,
to act as my representative in connection with my claim or asserted right under Title XVIII.
Signed: Harold Vinterberg-Lusk, 11/22/2026
Accepted: Ingrid Vinterberg-Castell, daughter, 11/22/2026
''',
    },
    truth='''
# FICTIONAL TRUTH FILE - 87/02 - Medicare Advantage HMO, expedited pre-service ECT for psychotic depression (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Medicare Advantage HMO; pre-service organization determination for ECT (90870) denied 11/20/2026
  (ORG-26-1117-60235) under the plan's INTERNAL criteria MA-ECT-20 criterion 2, by a family physician.
- Trials in this episode: sertraline 150 mg 8 weeks, no response; **nortriptyline 75 mg 7 weeks with a therapeutic
  level (96 ng/mL on 09/02/2026)**, no response (the denial leaves it out); **olanzapine 5 mg added to nortriptyline,
  stopped after 10 days for intolerance** (orthostatic fall 09/26/2026, rib fracture): criterion 2's own words
  accept "intolerance of the antipsychotic".
- **Mirtazapine 7.5 mg is a sleep dose, continuing**, never offered as a trial: the denial judges a trial that no
  one claimed.
- 2019 episode: 10 ECT treatments, full remission (earlier-episode response).
- MADRS 38 on 11/10/2026; weight 67 -> 61 kg; no suicidal ideation (11/10/2026). The physician asks for an
  expedited decision (72 hours, 42 CFR 422.584, 422.590).
- Reconsideration window: 65 days from the notice date (42 CFR 422.582(b)): 01/24/2027. Daughter is the
  appointed representative (CMS-1696 signed 11/22/2026).

## Deliberately unknown
- Whether a Medicare national or local coverage determination for ECT exists in this jurisdiction (none in the record).
- Whether MA-ECT-20 is publicly posted as 42 CFR 422.101(b)(6) requires. Cardiology report itself is not enclosed.

## Traps
- Do not call mirtazapine a failed antidepressant trial or a "subtherapeutic trial"; it is a sleep dose, continuing.
- Olanzapine was not an adequate trial; it was stopped for intolerance (which the criterion accepts).
- Nortriptyline was adequate by level, not just by dose.
- No suicidal ideation: no harm paragraph about suicide. The harm is weight loss, poor intake, falls, delusions.
- Dr. Marguerite Oyelaran-Fitch is the primary care physician (saw the fracture), not the prescriber.
- Medicare Advantage: no ERISA, no ACA external review, no parity law, no state insurance external review.
  An upheld reconsideration goes to the IRE automatically. Expert names: ask, cite no duty.
- The daughter writes about "my father"/"Mr. Vinterberg-Lusk"; not "I" as the patient.

## Arguments a strong letter makes
1. Ask for an expedited reconsideration (physician's statement of risk) decided within 72 hours.
2. Criterion 2 is met by the record: two adequate trials (sertraline; nortriptyline at a therapeutic level) and an
   antipsychotic stopped for intolerance; correct each misstatement (nortriptyline omitted, mirtazapine a sleep
   dose, olanzapine intolerance) with the page.
3. Internal criteria are limited by 42 CFR 422.101(b)(6): ask for the evidence behind MA-ECT-20 and its public posting.
4. Prior remission with ECT in 2019; psychotic features; a physician of the right specialty should decide.

## What a letter must NOT say
- "failed three antidepressants including mirtazapine", "an adequate trial of olanzapine".
- "suicidal ideation" as a present risk; "out of school/work".
- ERISA, 29 CFR 2560.503-1, 45 CFR 147.136, parity, "state external review".
- That the plan "named no criteria".
''',
    answers=[
        ("Notice date", "Date: 11/20/2026", "denial/notice-of-denial-of-medical-coverage-2026-11-20.txt"),
        ("Reference", "ORG-26-1117-60235", "denial/notice-of-denial-of-medical-coverage-2026-11-20.txt"),
        ("Criteria applied", "internal coverage criteria MA-ECT-20", "denial/notice-of-denial-of-medical-coverage-2026-11-20.txt"),
        ("Reviewer specialty", "Yvette Brannigan-Sato, MD (family medicine)", "denial/notice-of-denial-of-medical-coverage-2026-11-20.txt"),
        ("Window", "within 65 calendar days from the date of this notice", "denial/notice-of-denial-of-medical-coverage-2026-11-20.txt"),
        ("Nortriptyline level", "level 96 ng/mL on 09/02/2026 (therapeutic)", "clinical/geriatric-psychiatry-note-2026-11-10.txt"),
        ("Nortriptyline dates", "Nortriptyline 75 mg daily 08/10/2026-09/28/2026 (7 weeks)", "clinical/geriatric-psychiatry-note-2026-11-10.txt"),
        ("Sertraline", "Sertraline 150 mg daily, May-July 2026, 8 weeks: no response", "clinical/geriatric-psychiatry-note-2026-11-10.txt"),
        ("Why olanzapine stopped", "olanzapine stopped 09/27/2026 for intolerance", "clinical/geriatric-psychiatry-note-2026-11-10.txt"),
        ("Mirtazapine purpose", "FOR SLEEP ONLY; continuing", "clinical/geriatric-psychiatry-note-2026-11-10.txt"),
        ("Earlier episode", "10 ECT treatments, full remission", "clinical/geriatric-psychiatry-note-2026-11-10.txt"),
        ("Severity", "Today: MADRS 38", "clinical/geriatric-psychiatry-note-2026-11-10.txt"),
        ("Weight", "Weight 61 kg (67 kg on 09/01/2026)", "clinical/geriatric-psychiatry-note-2026-11-10.txt"),
        ("Suicidality", "No suicidal ideation", "clinical/geriatric-psychiatry-note-2026-11-10.txt"),
        ("Primary care physician", "Dr. Marguerite Oyelaran-Fitch", "clinical/geriatric-psychiatry-note-2026-11-10.txt"),
        ("Representative form date", "Signed: Harold Vinterberg-Lusk, 11/22/2026", "other/cms-1696-appointment-2026-11-22.txt"),
    ],
))


CASES.append(dict(
    nn="03",
    slug="part-d-pdp-levomilnacipran-step-st-snri-4-duloxetine-liver-injury-venlafaxine-225-on-discount-card-pregabalin-pain-husband-cms1696",
    npis={"NPI1": "162084739"},
    yaml='''
# FICTIONAL CASE (letters set 87, case 03) - every person, plan, provider, number and address is invented.
# Stand-alone Part D PDP, MT. Coverage determination 11/13/2026 denied levomilnacipran ER under step therapy
# ST-SNRI-4: "claims show duloxetine 60 mg for 4 weeks and venlafaxine 37.5 mg only; prescriber gave no reason".
# Record: duloxetine stopped for drug-induced liver injury (ALT 168); venlafaxine 225 mg for 10 weeks paid by a
# discount card; pregabalin is for neuropathic pain (continuing), not an antidepressant. Husband writes (CMS-1696).
patient:
  name: Corinne Abernathy-Vosk
  salutation: Mrs. Abernathy-Vosk
  date_of_birth: 1955-09-30
  member_id: FICT-BSR-5521907A
  address: |-
    2310 Poly Drive
    Billings, MT 59102
  phone: (406) 555-0112
insurer:
  name: Big Sky Rx Prescription Drug Plan (PDP) (FICTIONAL)
  appeals_address: |-
    Big Sky Rx - Part D Redeterminations (FICTIONAL)
    PO Box 30877
    Helena, MT 59604
  fax: (406) 555-0165
claim:
  number: CD-26-1110-90514
  plan_type: medicare_part_d
  notice_date: 2026-11-13
  diagnosis_codes: [F33.1, E11.42]
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  denial_reason: >-
    Step therapy ST-SNRI-4 is not met. Our claims show duloxetine 60 mg for 4 weeks and venlafaxine 37.5 mg only.
    Your prescriber did not give a medical reason for an exception.
  action: none
payer_criteria:
  - criterion: "duloxetine for at least 6 weeks in the past 365 days, unless not tolerated or contraindicated"
    how_met: duloxetine 60 mg stopped at 4 weeks for drug-induced liver injury (ALT 168 U/L); contraindicated
    met: true
    evidence: {file: clinical/prescriber-supporting-statement-2026-11-24.txt, page: 1}
  - criterion: "venlafaxine for at least 6 weeks in the past 365 days"
    how_met: venlafaxine XR 225 mg daily 07/06-09/14/2026 (10 weeks), fills paid with a discount card; partial response
    met: true
    evidence: {file: other/pharmacy-fill-history-2026-11-20.txt, page: 1}
prescriber_statement:
  date: 2026-11-24
  quote: >-
    Duloxetine caused drug-induced liver injury (ALT 168 U/L on 05/19/2026) and must not be restarted.
    Venlafaxine was taken at 225 mg daily for 10 weeks with only a partial response; those fills were paid with a
    discount card, not through the plan.
  file: clinical/prescriber-supporting-statement-2026-11-24.txt
plan_policy:
  name: Big Sky Rx step therapy criteria ST-SNRI-4 (levomilnacipran ER)
  number: ST-SNRI-4
  quote: >-
    Levomilnacipran ER is covered after the member has tried duloxetine and venlafaxine, each for at least 6
    weeks in the past 365 days, unless the prescriber states that a step drug was not tolerated or is
    contraindicated.
  file: denial/coverage-determination-2026-11-13.txt
treatment:
  name: Fetzima (levomilnacipran ER) 40 mg capsules, one daily
  summary: >-
    Recurrent moderate depression after duloxetine (stopped for liver injury) and venlafaxine 225 mg for 10
    weeks with a partial response.
clinical:
  history:
    - drug: duloxetine
      dose: 60 mg daily
      start: 2026-04-20
      end: 2026-05-19
      kind: antidepressant
      adequate: false
      failed: true
      outcome: stopped after 4 weeks for drug-induced liver injury (ALT 168 U/L); contraindicated now
      evidence: {file: clinical/prescriber-supporting-statement-2026-11-24.txt, page: 1}
    - drug: venlafaxine XR
      dose: 37.5 mg, then 225 mg daily from 07/06/2026
      start: 2026-06-22
      end: 2026-09-14
      kind: antidepressant
      adequate: true
      failed: true
      response: partial
      weeks: 10
      paid_outside: discount card
      outcome: partial response at 225 mg for 10 weeks (PHQ-9 19 to 14); stopped
      evidence: {file: clinical/prescriber-supporting-statement-2026-11-24.txt, page: 1}
    - drug: pregabalin
      dose: 150 mg twice daily for diabetic nerve pain
      start: 2024-02
      kind: other
      ongoing: true
      outcome: for neuropathic pain, continuing; not an antidepressant trial
      evidence: {file: clinical/prescriber-supporting-statement-2026-11-24.txt, page: 1}
  severity: PHQ-9 17 on 11/18/2026
  severity_date: 2026-11-18
  suicidality: none
  suicidality_date: 2026-11-18
author:
  name: Walter Abernathy-Vosk
  relation: representative
  role: Husband and appointed representative (Form CMS-1696)
  authorization: other/cms-1696-appointment-2026-11-21.txt
provider:
  name: Dr. Lucinda Farrow-Ibsen
  credentials: MD, psychiatrist
  npi: "{NPI1}"
  address: |-
    2900 12th Avenue North, Suite 400
    Billings, MT 59101
  phone: (406) 555-0183
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/coverage-determination-2026-11-13.txt": '''
Big Sky Rx Prescription Drug Plan (PDP) (FICTIONAL) - Medicare Part D
NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
Date: 11/13/2026
Member: Corinne Abernathy-Vosk   Member ID: FICT-BSR-5521907A
Coverage determination number: CD-26-1110-90514
Drug: levomilnacipran ER 40 mg, one daily. Prescriber: Lucinda Farrow-Ibsen, MD

Step therapy criteria ST-SNRI-4 (levomilnacipran ER): Levomilnacipran ER is covered after the member has tried
duloxetine and venlafaxine, each for at least 6 weeks in the past 365 days, unless the prescriber states that a
step drug was not tolerated or is contraindicated.

Why we denied: Step therapy ST-SNRI-4 is not met. Our claims show duloxetine 60 mg for 4 weeks and venlafaxine 37.5 mg only.
Your prescriber did not give a medical reason for an exception.

You may ask for a redetermination within 65 days from the date of this notice. Fax (406) 555-0165 or call
1-800-555-0152. Your prescriber may ask for you.
''',
        "clinical/prescriber-supporting-statement-2026-11-24.txt": '''
PRESCRIBER SUPPORTING STATEMENT FOR A COVERAGE EXCEPTION - 11/24/2026
Patient: Corinne Abernathy-Vosk   DOB 09/30/1955   Drug: levomilnacipran ER 40 mg daily
Prescriber: Lucinda Farrow-Ibsen, MD, psychiatrist, 2900 12th Avenue North, Suite 400, Billings, MT 59101
Phone (406) 555-0183   NPI {NPI1}

Diagnoses: F33.1 recurrent major depression, moderate; E11.42 type 2 diabetes with polyneuropathy.
Duloxetine caused drug-induced liver injury (ALT 168 U/L on 05/19/2026) and must not be restarted.
Venlafaxine was taken at 225 mg daily for 10 weeks with only a partial response; those fills were paid with a
discount card, not through the plan.
Duloxetine 60 mg 04/20/2026-05/19/2026: stopped at 4 weeks; ALT normalized by 06/30/2026 (hepatology,
Dr. Tariq Lindqvist-Obeng).
Venlafaxine XR 37.5 mg from 06/22/2026, 225 mg daily from 07/06/2026 to 09/14/2026: PHQ-9 19 to 14, partial response.
Pregabalin 150 mg twice daily is for diabetic nerve pain (since 2024), continuing; it is not an antidepressant trial.
Current PHQ-9 17 on 11/18/2026. No suicidal ideation.
I request a coverage exception (step therapy) for levomilnacipran ER.
Lucinda Farrow-Ibsen, MD
''',
        "other/pharmacy-fill-history-2026-11-20.txt": '''
Rimrock Pharmacy (FICTIONAL), Billings, MT   Phone (406) 555-0129
Fill history for Corinne Abernathy-Vosk, printed 11/20/2026
06/22/2026  venlafaxine ER 37.5 mg #14     billed to Big Sky Rx PDP
07/06/2026  venlafaxine ER 225 mg #30      paid with discount card (ValueScript card, FICTIONAL)
08/05/2026  venlafaxine ER 225 mg #30      paid with discount card
09/04/2026  venlafaxine ER 225 mg #30      paid with discount card
Pharmacist: Henrietta Quaye-Dunmore, PharmD
''',
        "other/cms-1696-appointment-2026-11-21.txt": '''
Form CMS-1696 Appointment of Representative (FICTIONAL COPY FOR TESTING)
Beneficiary: Corinne Abernathy-Vosk   Plan member ID FICT-BSR-5521907A
I appoint Walter Abernathy-Vosk, my husband, 2310 Poly Drive, Billings, MT 59102, to act as my representative
in connection with my claim or asserted right under Title XVIII.
Signed: Corinne Abernathy-Vosk, 11/21/2026   Accepted: Walter Abernathy-Vosk, 11/21/2026
''',
    },
    truth='''
# FICTIONAL TRUTH FILE - 87/03 - Part D PDP step therapy ST-SNRI-4 for levomilnacipran ER (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Stand-alone Part D plan; coverage determination 11/13/2026 (CD-26-1110-90514) denied levomilnacipran ER under
  step therapy ST-SNRI-4. Standard redetermination; the husband writes as appointed representative (CMS-1696, 11/21/2026).
- **Duloxetine 60 mg was stopped at 4 weeks for drug-induced liver injury** (ALT 168 U/L on 05/19/2026): not an
  adequate trial, but the policy itself excuses a step drug "not tolerated or contraindicated"; restarting it is unsafe.
- **Venlafaxine XR reached 225 mg daily for 10 weeks** (07/06-09/14/2026) with a **partial** response (PHQ-9 19 -> 14).
  Only the first 37.5 mg fill went through the plan; the 225 mg fills were **paid with a discount card**.
- **Pregabalin is for diabetic nerve pain, continuing**: not an antidepressant, not a step drug.
- The prescriber's supporting statement (11/24/2026) answers "no medical reason given". Coverage exception:
  42 CFR 423.578(b). Window: 65 days from the notice date (423.582(b)): 01/17/2027.
- PHQ-9 17 on 11/18/2026; no suicidal ideation.

## Deliberately unknown
- Whether the plan received any prescriber statement before its 11/13 decision.
- Whether the plan counts discount-card fills (its step rule speaks of trials, not of claims).

## Traps
- Duloxetine is not "an adequate trial that failed"; it is intolerance/contraindication.
- Venlafaxine: partial response, stopped; not "no response", not continuing. 10 weeks, not "over 14 weeks".
- Pregabalin must not be counted as a failed antidepressant.
- Part D: no ERISA, no ACA, no parity, no state department. Expedited not requested by the prescriber here.
- The husband writes about his wife (third person), not "I" as the patient.
- Tariq Lindqvist-Obeng (hepatology) and Henrietta Quaye-Dunmore (pharmacist) are not prescribers.

## Arguments a strong letter makes
1. Quote ST-SNRI-4 and show both steps answered: duloxetine contraindicated (liver injury), venlafaxine 225 mg for
   10 weeks shown as a trial though paid outside the plan (fill history).
2. Quote the prescriber's statement as the supporting statement for a coverage exception (42 CFR 423.578(b)).
3. Ask for a redetermination within the Part D time; note IRE next.

## What a letter must NOT say
- "failed three antidepressants" (pregabalin), "duloxetine failed after an adequate trial".
- "continues to take venlafaxine".
- 29 CFR 2560.503-1, 45 CFR 147.136, parity, "external review by the state".
''',
    answers=[
        ("Notice date", "Date: 11/13/2026", "denial/coverage-determination-2026-11-13.txt"),
        ("Number", "CD-26-1110-90514", "denial/coverage-determination-2026-11-13.txt"),
        ("Policy", "ST-SNRI-4", "denial/coverage-determination-2026-11-13.txt"),
        ("What the plan claims show", "duloxetine 60 mg for 4 weeks and venlafaxine 37.5 mg only", "denial/coverage-determination-2026-11-13.txt"),
        ("Policy exception words", "unless the prescriber states that a step drug was not tolerated or is contraindicated", "denial/coverage-determination-2026-11-13.txt"),
        ("Window", "within 65 days from the date of this notice", "denial/coverage-determination-2026-11-13.txt"),
        ("Duloxetine harm", "ALT 168 U/L on 05/19/2026", "clinical/prescriber-supporting-statement-2026-11-24.txt"),
        ("Venlafaxine high dose dates", "225 mg daily from 07/06/2026 to 09/14/2026", "clinical/prescriber-supporting-statement-2026-11-24.txt"),
        ("Venlafaxine result", "PHQ-9 19 to 14, partial response", "clinical/prescriber-supporting-statement-2026-11-24.txt"),
        ("How 225 mg was paid", "paid with discount card", "other/pharmacy-fill-history-2026-11-20.txt"),
        ("Only plan-paid venlafaxine fill", "venlafaxine ER 37.5 mg #14     billed to Big Sky Rx PDP", "other/pharmacy-fill-history-2026-11-20.txt"),
        ("Pregabalin purpose", "Pregabalin 150 mg twice daily is for diabetic nerve pain", "clinical/prescriber-supporting-statement-2026-11-24.txt"),
        ("Current severity", "Current PHQ-9 17 on 11/18/2026", "clinical/prescriber-supporting-statement-2026-11-24.txt"),
        ("Statement date", "COVERAGE EXCEPTION - 11/24/2026", "clinical/prescriber-supporting-statement-2026-11-24.txt"),
        ("Hepatologist", "Dr. Tariq Lindqvist-Obeng", "clinical/prescriber-supporting-statement-2026-11-24.txt"),
        ("Representative", "I appoint Walter Abernathy-Vosk, my husband", "other/cms-1696-appointment-2026-11-21.txt"),
    ],
))

CASES.append(dict(
    nn="04",
    slug="medicaid-managed-care-age-20-olanzapine-samidorphan-pa-ap-os-2-metformin-from-clinic-dispensary-aripiprazole-akathisia-not-effective-epsdt-mother",
    npis={"NPI1": "148253906"},
    yaml='''
# FICTIONAL CASE (letters set 87, case 04) - every person, plan, provider, number and address is invented.
# Medicaid managed care, NM, member aged 20 (EPSDT to 21). Olanzapine/samidorphan denied under PDL criteria
# PA-AP-OS-2: "no metformin claim" (metformin 16 weeks from the clinic's own dispensary) and "aripiprazole was
# effective and should be restarted" (it caused akathisia in 10 days and was stopped). Olanzapine works (PANSS
# 88 -> 52), continuing; weight +19.7%, A1c 6.1. First plan appeal. Mother writes with his signed authorization.
patient:
  name: Jaylen Marchetti-Obi
  salutation: Mr. Marchetti-Obi
  date_of_birth: 2006-06-14
  member_id: FICT-RGC-880214377
  address: |-
    1509 Girard Boulevard NE
    Albuquerque, NM 87106
  phone: (505) 555-0117
insurer:
  name: Rio Grande Community Health Plan (Medicaid managed care) (FICTIONAL)
  appeals_address: |-
    Rio Grande Community Health Plan - Member Appeals (FICTIONAL)
    PO Box 27014
    Albuquerque, NM 87125
  fax: (505) 555-0166
claim:
  number: PA-RX-26-1112-3071
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-18
  diagnosis_codes: [F20.9, R73.03]
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  denial_reason: >-
    Criterion 3 is not met: there is no pharmacy claim for metformin. Criterion 4 is not met: the member's
    records show aripiprazole was effective, and the member should restart aripiprazole, a preferred agent.
  action: none
  corrections:
    - said: the member's records show aripiprazole was effective
      record: aripiprazole 15 mg caused severe akathisia and was stopped after 10 days (03/2025), an intolerance
      file: clinical/psychiatry-note-2026-11-05.txt
      page: 1
    - said: there is no pharmacy claim for metformin
      record: metformin 1,000 mg twice daily was dispensed by the clinic's own pharmacy from 06/08/2026 to 09/28/2026 (16 weeks)
      file: other/clinic-dispensary-record-2026-11-06.txt
      page: 1
      leaves_out: true
payer_criteria:
  - criterion: "1. schizophrenia or bipolar I disorder"
    how_met: schizophrenia (F20.9) since 2024
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-05.txt, page: 1}
  - criterion: "2. weight gain of 7% or more on olanzapine, which remains effective"
    how_met: 71 to 85 kg (+19.7%); PANSS 88 to 52 on olanzapine, continuing
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-05.txt, page: 1}
  - criterion: "3. metformin for at least 12 weeks"
    how_met: metformin 1,000 mg twice daily for 16 weeks (06/08-09/28/2026) from the clinic dispensary
    met: true
    evidence: {file: other/clinic-dispensary-record-2026-11-06.txt, page: 1}
  - criterion: "4. a preferred antipsychotic with less weight gain, or a documented intolerance of it"
    how_met: aripiprazole 15 mg stopped after 10 days for severe akathisia (documented intolerance)
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-05.txt, page: 1}
plan_policy:
  name: Rio Grande Community Health Plan preferred drug list criteria PA-AP-OS-2 (olanzapine and samidorphan)
  number: PA-AP-OS-2
  quote: >-
    1. Diagnosis of schizophrenia or bipolar I disorder. 2. Weight gain of 7% or more from baseline on olanzapine,
    which remains effective. 3. Metformin for at least 12 weeks, or a documented reason it cannot be used.
    4. A trial of at least one preferred antipsychotic with less weight gain (aripiprazole, ziprasidone or
    lurasidone), or a documented intolerance of it.
  file: denial/notice-of-adverse-benefit-determination-2026-11-18.txt
treatment:
  name: Lybalvi (olanzapine and samidorphan) 15 mg/10 mg tablets, one daily, in place of olanzapine 15 mg
  summary: >-
    Schizophrenia controlled on olanzapine with 19.7% weight gain and prediabetes despite 16 weeks of metformin;
    aripiprazole and risperidone were not tolerated.
clinical:
  history:
    - drug: risperidone
      dose: 4 mg daily
      start: 2024-09
      end: 2025-02
      kind: other
      failed: true
      response: partial
      outcome: partial response; stopped for galactorrhea with prolactin 98 ng/mL (intolerance)
      evidence: {file: clinical/psychiatry-note-2026-11-05.txt, page: 1}
    - drug: aripiprazole
      dose: 15 mg daily
      start: 2025-03-03
      end: 2025-03-13
      kind: other
      failed: true
      outcome: stopped after 10 days for severe akathisia (intolerance); never effective
      evidence: {file: clinical/psychiatry-note-2026-11-05.txt, page: 1}
    - drug: olanzapine
      dose: 15 mg daily
      start: 2025-06
      kind: other
      ongoing: true
      response: response
      outcome: effective (PANSS 88 to 52), continuing; weight 71 to 85 kg
      evidence: {file: clinical/psychiatry-note-2026-11-05.txt, page: 1}
    - drug: metformin
      dose: 1,000 mg twice daily
      start: 2026-06-08
      end: 2026-09-28
      kind: other
      adequate: true
      failed: true
      weeks: 16
      paid_outside: the clinic's own dispensary (no pharmacy claim to the plan)
      outcome: 16 weeks; weight still rose 3 kg and A1c rose to 6.1%
      evidence: {file: other/clinic-dispensary-record-2026-11-06.txt, page: 1}
  severity: PANSS 52 on 11/05/2026 (88 in 06/2025); weight 85 kg (71 kg at baseline, +19.7%); A1c 6.1% on 10/30/2026
  severity_date: 2026-11-05
  suicidality: none
  suicidality_date: 2026-11-05
author:
  name: Rosa Marchetti
  relation: representative
  role: Mother, authorized representative
  phone: (505) 555-0153
  authorization: other/authorized-representative-form-2026-11-20.txt
provider:
  name: Dr. Kwabena Ellsworth-Tamayo
  credentials: MD, psychiatrist
  npi: "{NPI1}"
  address: |-
    2211 Lomas Boulevard NE
    Albuquerque, NM 87106
  phone: (505) 555-0178
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/notice-of-adverse-benefit-determination-2026-11-18.txt": '''
Rio Grande Community Health Plan (FICTIONAL) - New Mexico Medicaid managed care
NOTICE OF ADVERSE BENEFIT DETERMINATION
Date: 11/18/2026
Member: Jaylen Marchetti-Obi   Member ID: FICT-RGC-880214377   Date of birth: 06/14/2006
Reference: PA-RX-26-1112-3071   Drug: olanzapine/samidorphan 15 mg/10 mg daily
Prescriber: Kwabena Ellsworth-Tamayo, MD

We applied preferred drug list criteria PA-AP-OS-2 (olanzapine and samidorphan):
1. Diagnosis of schizophrenia or bipolar I disorder. 2. Weight gain of 7% or more from baseline on olanzapine,
which remains effective. 3. Metformin for at least 12 weeks, or a documented reason it cannot be used.
4. A trial of at least one preferred antipsychotic with less weight gain (aripiprazole, ziprasidone or
lurasidone), or a documented intolerance of it.

Reason: Criterion 3 is not met: there is no pharmacy claim for metformin. Criterion 4 is not met: the member's
records show aripiprazole was effective, and the member should restart aripiprazole, a preferred agent.

You may appeal to the plan within 60 calendar days from the date of this notice. After our appeal decision you
may ask for a State Fair Hearing. Member services 1-800-555-0131. Appeals fax (505) 555-0166.
''',
        "clinical/psychiatry-note-2026-11-05.txt": '''
Sandia Early Psychosis Clinic (FICTIONAL), 2211 Lomas Boulevard NE, Albuquerque, NM 87106   Phone (505) 555-0178
Visit 11/05/2026   Patient: Jaylen Marchetti-Obi, age 20   With his mother, Rosa Marchetti

Diagnosis: F20.9 schizophrenia (first episode 2024). R73.03 prediabetes.
Risperidone 4 mg 09/2024-02/2025: partial response; galactorrhea, prolactin 98 ng/mL; stopped (intolerance).
Aripiprazole 15 mg 03/03/2025-03/13/2025: severe akathisia, pacing, could not sit; stopped after 10 days. It was
never effective; restarting it is not appropriate.
Olanzapine 15 mg since 06/2025: effective. PANSS 88 (06/2025) to 52 today. Continuing.
Weight 71 kg at baseline, 85 kg today (+19.7%). A1c 6.1% on 10/30/2026.
Metformin 1,000 mg twice daily 06/08/2026-09/28/2026 (16 weeks), from our clinic dispensary; weight rose a further
3 kg. Stopped by Dr. Priscilla Haugen-Ndiaye (primary care) for GI upset and no benefit.
No suicidal ideation. Plan: olanzapine/samidorphan 15/10 mg daily in place of olanzapine.
Kwabena Ellsworth-Tamayo, MD   NPI {NPI1}
''',
        "other/clinic-dispensary-record-2026-11-06.txt": '''
Sandia Early Psychosis Clinic on-site dispensary (FICTIONAL) - dispensing record printed 11/06/2026
Patient: Jaylen Marchetti-Obi   DOB 06/14/2006
06/08/2026  metformin 500 mg tablets #120 (1,000 mg twice daily)   no charge to patient; not billed to any plan
07/06/2026  metformin 500 mg tablets #120   no charge; not billed
08/03/2026  metformin 500 mg tablets #120   no charge; not billed
08/31/2026  metformin 500 mg tablets #120   no charge; not billed (last fill; therapy ended 09/28/2026)
Dispensed by: Orlando Benavidez-Shaw, RPh
''',
        "other/authorized-representative-form-2026-11-20.txt": '''
Rio Grande Community Health Plan - Authorized Representative Form (FICTIONAL COPY FOR TESTING)
Member: Jaylen Marchetti-Obi   Member ID: FICT-RGC-880214377
I name my mother, Rosa Marchetti, phone (505) 555-0153, to act for me in my appeal, including receiving my
health information.   Member signature: Jaylen Marchetti-Obi   Date: 11/20/2026
''',
    },
    truth='''
# FICTIONAL TRUTH FILE - 87/04 - Medicaid managed care, member aged 20, olanzapine/samidorphan PA-AP-OS-2 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- New Mexico Medicaid managed care; notice 11/18/2026 (PA-RX-26-1112-3071) denied olanzapine/samidorphan under
  PA-AP-OS-2 criteria 3 and 4. Member is **20** (born 06/14/2006): under 21, EPSDT applies (42 USC 1396d(r)(5)).
  First plan appeal: 60 days from the notice (42 CFR 438.402(c)(2)(ii)): 01/17/2027; then a state fair hearing
  within 120 days of the plan's resolution.
- Criterion 3: **metformin 1,000 mg twice daily for 16 weeks** (06/08-09/28/2026), dispensed free by the clinic's own
  dispensary, not billed to the plan ("no claim" is true, but leaves out the trial). Weight rose a further 3 kg.
- Criterion 4: **aripiprazole caused severe akathisia and was stopped after 10 days; it was never effective** (the
  denial says the reverse). Risperidone partial response, stopped for galactorrhea/prolactin 98 (intolerance).
  The criterion accepts "documented intolerance".
- **Olanzapine 15 mg works (PANSS 88 -> 52) and is continuing**; weight 71 -> 85 kg (+19.7%), A1c 6.1%.
- Mother writes with the member's signed authorization (he is an adult, 20).

## Deliberately unknown
- Whether the plan's records hold the clinic's notes at all (what the reviewer saw). Reviewer's name/specialty: not given.
- Whether ziprasidone or lurasidone would be tolerated (never tried; the criterion needs only one).

## Traps
- Not depression: no antidepressant counts, no PHQ-9/MADRS; no suicidality sentence beyond "none".
- Olanzapine is effective and continuing; the request replaces it with the combination product; do not say olanzapine "failed".
- Aripiprazole: intolerance, not failure after an adequate trial, and not effective.
- Metformin stopped by the primary care physician (Dr. Priscilla Haugen-Ndiaye) for GI upset and no benefit.
- He is an adult: his mother is a representative, not a parent of a minor; he signed.
- Medicaid: no ERISA, no ACA 147.136 external review, no commercial parity statute (Medicaid MCO parity is 42 CFR 438.910 if at all).

## Arguments a strong letter makes
1. Quote PA-AP-OS-2 and answer each criterion: 1 (schizophrenia), 2 (+19.7% on effective olanzapine), 3 (16 weeks
   metformin, dispensary record), 4 (documented intolerance of aripiprazole and risperidone).
2. Correct the aripiprazole statement with the page; say the "no claim" statement leaves out the dispensary trial.
3. EPSDT for a member under 21: necessary to correct or ameliorate, whatever the PDL limit.
4. Tell the family about the state fair hearing next and 120 days.

## What a letter must NOT say
- "aripiprazole was effective", "olanzapine failed", "depression", "treatment-resistant depression".
- "the state sets 90-120 days"; ERISA or 45 CFR 147.136.
- "my son, a minor" or parental authority without authorization.
''',
    answers=[
        ("Notice date", "Date: 11/18/2026", "denial/notice-of-adverse-benefit-determination-2026-11-18.txt"),
        ("Reference", "PA-RX-26-1112-3071", "denial/notice-of-adverse-benefit-determination-2026-11-18.txt"),
        ("Criteria name", "PA-AP-OS-2", "denial/notice-of-adverse-benefit-determination-2026-11-18.txt"),
        ("Plan window", "within 60 calendar days from the date of this notice", "denial/notice-of-adverse-benefit-determination-2026-11-18.txt"),
        ("Denial's aripiprazole claim", "records show aripiprazole was effective", "denial/notice-of-adverse-benefit-determination-2026-11-18.txt"),
        ("Member DOB", "Date of birth: 06/14/2006", "denial/notice-of-adverse-benefit-determination-2026-11-18.txt"),
        ("Aripiprazole truth", "severe akathisia, pacing, could not sit; stopped after 10 days", "clinical/psychiatry-note-2026-11-05.txt"),
        ("Risperidone", "galactorrhea, prolactin 98 ng/mL; stopped (intolerance)", "clinical/psychiatry-note-2026-11-05.txt"),
        ("Olanzapine effect", "PANSS 88 (06/2025) to 52 today", "clinical/psychiatry-note-2026-11-05.txt"),
        ("Weight change", "Weight 71 kg at baseline, 85 kg today (+19.7%)", "clinical/psychiatry-note-2026-11-05.txt"),
        ("A1c", "A1c 6.1% on 10/30/2026", "clinical/psychiatry-note-2026-11-05.txt"),
        ("Metformin dates", "06/08/2026-09/28/2026 (16 weeks)", "clinical/psychiatry-note-2026-11-05.txt"),
        ("Who stopped metformin", "Dr. Priscilla Haugen-Ndiaye (primary care)", "clinical/psychiatry-note-2026-11-05.txt"),
        ("Metformin billing", "not billed to any plan", "other/clinic-dispensary-record-2026-11-06.txt"),
        ("First metformin fill", "06/08/2026  metformin 500 mg tablets #120", "other/clinic-dispensary-record-2026-11-06.txt"),
        ("Authorization signed", "Member signature: Jaylen Marchetti-Obi   Date: 11/20/2026", "other/authorized-representative-form-2026-11-20.txt"),
    ],
))


CASES.append(dict(
    nn="05",
    slug="fehb-high-option-iv-ketamine-mp-ket-61-buprenorphine-patch-for-back-pain-called-opioid-exclusion-nortriptyline-pain-dose-never-claimed-psychiatrist",
    npis={"NPI1": "135720864", "NPI2": "171903528"},
    yaml='''
# FICTIONAL CASE (letters set 87, case 05) - every person, plan, provider, number and address is invented.
# FEHB High Option, NY. Precertification for IV ketamine denied 11/12/2026 under MP-KET-61: exclusion 4 ("uses an
# opioid: buprenorphine") and criterion 2 ("nortriptyline 25 mg subtherapeutic; remains on bupropion").
# Record: transdermal buprenorphine for chronic back pain from one pain specialist, no opioid use disorder (the
# exclusion names opioid use DISORDER); nortriptyline 25 mg is a pain dose never counted; trials: escitalopram
# (partial), desvenlafaxine, aripiprazole augmentation; bupropion continuing. Treating psychiatrist writes.
patient:
  name: Anneliese Gartside-Moreno
  salutation: Ms. Gartside-Moreno
  date_of_birth: 1971-12-03
  member_id: FICT-KFE-R61120945
  address: |-
    46 Manning Boulevard
    Albany, NY 12203
  phone: (518) 555-0125
insurer:
  name: Keystone Federal Employee Health Plan, High Option (FICTIONAL)
  appeals_address: |-
    Keystone Federal Employee Health Plan - Reconsiderations (FICTIONAL)
    PO Box 70344
    Harrisburg, PA 17106
  fax: (717) 555-0141
claim:
  number: PC-26-1104-22918
  plan_type: fehb
  notice_date: 2026-11-12
  procedure_codes: ["96365", "96366", J3490]
  diagnosis_codes: [F33.2, M54.50]
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  denial_reason: >-
    Exclusion 4 applies: the member uses an opioid (buprenorphine). Criterion 2 is not met: nortriptyline 25 mg is
    a subtherapeutic dose, and the member remains on bupropion, so that trial is not complete.
  reviewer:
    name: Dr. Curtis Vandermolen-Ash
    specialty: anesthesiology
  action: none
  corrections:
    - said: the member uses an opioid (buprenorphine)
      record: >-
        transdermal buprenorphine 10 mcg/hour for chronic low back pain from one pain specialist since 2023; the
        pain specialist documents no opioid use disorder; the exclusion reaches an opioid use disorder, not a
        prescribed pain medicine
      file: clinical/pain-clinic-letter-2026-11-09.txt
      page: 1
    - said: nortriptyline 25 mg is a subtherapeutic dose
      record: nortriptyline 25 mg at bedtime is a pain dose from the pain clinic and was never offered as an antidepressant trial
      file: clinical/psychiatry-evaluation-2026-11-03.txt
      page: 1
payer_criteria:
  - criterion: "2. at least three antidepressant trials of adequate dose and duration in the current episode, one of them with augmentation"
    how_met: escitalopram 20 mg 10 weeks (partial), desvenlafaxine 100 mg 8 weeks (none), bupropion XL 300 mg since 02/2025 (partial, continuing), aripiprazole 5 mg added for 8 weeks (none)
    met: true
    evidence: {file: clinical/psychiatry-evaluation-2026-11-03.txt, page: 1}
  - criterion: "Exclusion 4. current opioid use disorder or other active substance use disorder"
    how_met: no opioid use disorder; buprenorphine patch prescribed for back pain by one pain specialist, monitoring consistent
    met: true
    evidence: {file: clinical/pain-clinic-letter-2026-11-09.txt, page: 1}
plan_policy:
  name: Keystone Federal medical policy MP-KET-61 (intravenous ketamine for depression)
  number: MP-KET-61
  quote: >-
    2. At least three antidepressant trials of adequate dose and duration in the current episode, one of them with
    augmentation. Exclusion 4: current opioid use disorder or other active substance use disorder.
  file: denial/precertification-denial-2026-11-12.txt
treatment:
  name: IV ketamine infusions, six in three weeks (induction)
  summary: >-
    Recurrent severe depression after three antidepressant trials and an aripiprazole augmentation trial; bupropion continues.
  alongside: bupropion XL 300 mg daily
  plan: 0.5 mg/kg over 40 minutes, six infusions in three weeks; MADRS before infusions 1, 4 and 6; stop if MADRS falls less than 25%.
  monitoring: blood pressure, pulse oximetry and ECG throughout and for 60 minutes after; the pain specialist is told each infusion date
clinical:
  history:
    - drug: escitalopram
      dose: 20 mg daily
      start: 2024-10
      end: 2024-12
      kind: antidepressant
      adequate: true
      failed: true
      response: partial
      weeks: 10
      evidence: {file: clinical/psychiatry-evaluation-2026-11-03.txt, page: 1}
    - drug: bupropion XL
      dose: 300 mg daily
      start: 2025-02
      kind: antidepressant
      ongoing: true
      adequate: true
      response: partial
      outcome: partial response, continuing
      evidence: {file: clinical/psychiatry-evaluation-2026-11-03.txt, page: 1}
    - drug: aripiprazole
      dose: 5 mg daily, added to bupropion
      start: 2025-06
      end: 2025-08
      kind: augmentation
      adequate: true
      failed: true
      response: none
      weeks: 8
      evidence: {file: clinical/psychiatry-evaluation-2026-11-03.txt, page: 1}
    - drug: desvenlafaxine
      dose: 100 mg daily, with bupropion
      start: 2026-01
      end: 2026-03
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      weeks: 8
      evidence: {file: clinical/psychiatry-evaluation-2026-11-03.txt, page: 1}
    - drug: nortriptyline
      dose: 25 mg at bedtime for back pain
      start: 2023
      kind: other
      ongoing: true
      outcome: pain dose from the pain clinic, continuing; not an antidepressant trial
      evidence: {file: clinical/psychiatry-evaluation-2026-11-03.txt, page: 1}
    - drug: buprenorphine transdermal
      dose: 10 mcg/hour weekly patch for chronic low back pain
      start: 2023
      kind: other
      ongoing: true
      outcome: pain medicine, stable dose, continuing; no opioid use disorder
      evidence: {file: clinical/pain-clinic-letter-2026-11-09.txt, page: 1}
  severity: MADRS 34 on 11/03/2026
  severity_date: 2026-11-03
  suicidality: none
  suicidality_date: 2026-11-03
  exclusions: No psychosis; no substance use disorder (including opioid use disorder); BP 122/76; no uncontrolled hypertension.
author:
  name: Dr. Benedikt Sorensen-Alaoui
  relation: physician
  role: Treating psychiatrist
  address: |-
    1365 Washington Avenue, Suite 200
    Albany, NY 12206
  phone: (518) 555-0182
  authorization: other/patient-consent-2026-11-20.txt
provider:
  name: Dr. Benedikt Sorensen-Alaoui
  credentials: MD, psychiatrist
  npi: "{NPI1}"
  address: |-
    1365 Washington Avenue, Suite 200
    Albany, NY 12206
  phone: (518) 555-0182
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/precertification-denial-2026-11-12.txt": '''
Keystone Federal Employee Health Plan, High Option (FICTIONAL) - FEHB
PRECERTIFICATION DECISION   Date: 11/12/2026
Member: Anneliese Gartside-Moreno   Member ID: FICT-KFE-R61120945
Reference: PC-26-1104-22918   Service: IV ketamine infusions (96365, 96366, J3490), six in three weeks
Requesting physician: Benedikt Sorensen-Alaoui, MD

Medical policy MP-KET-61 (intravenous ketamine for depression):
2. At least three antidepressant trials of adequate dose and duration in the current episode, one of them with
augmentation. Exclusion 4: current opioid use disorder or other active substance use disorder.

Decision: not medically necessary. Exclusion 4 applies: the member uses an opioid (buprenorphine). Criterion 2 is not met: nortriptyline 25 mg is
a subtherapeutic dose, and the member remains on bupropion, so that trial is not complete.
Physician reviewer: Curtis Vandermolen-Ash, MD, anesthesiology.

Disputed claims: ask us in writing to reconsider within 6 months from the date of this decision (brochure
Section 8). If we uphold it, you may ask OPM to review it. Fax (717) 555-0141. Customer service 1-800-555-0144.
''',
        "clinical/psychiatry-evaluation-2026-11-03.txt": '''
Capital District Mood Disorders Practice (FICTIONAL), 1365 Washington Avenue, Suite 200, Albany, NY 12206
Phone (518) 555-0182   Fax (518) 555-0189
Evaluation 11/03/2026   Patient: Anneliese Gartside-Moreno   DOB 12/03/1971
Psychiatrist: Benedikt Sorensen-Alaoui, MD   NPI {NPI1}

Diagnoses: F33.2 recurrent major depression, severe; M54.50 chronic low back pain.
Antidepressant trials, current episode (since 09/2024):
- Escitalopram 20 mg, 10/2024-12/2024, 10 weeks: partial response; stopped.
- Bupropion XL 300 mg since 02/2025: partial response; CONTINUING.
- Aripiprazole 5 mg added to bupropion, 06/2025-08/2025, 8 weeks: no response (augmentation trial).
- Desvenlafaxine 100 mg with bupropion, 01/2026-03/2026, 8 weeks: no response.
Not a trial: nortriptyline 25 mg at bedtime since 2023 is a pain dose prescribed by the pain clinic; it has never
been counted as an antidepressant trial.
Pain: transdermal buprenorphine 10 mcg/hour weekly from Dr. Hollis Adeyemi-Grant (pain medicine). No history of
opioid misuse; no substance use disorder.
Today MADRS 34. No suicidal ideation. BP 122/76. No psychosis.
Plan: IV ketamine 0.5 mg/kg, six infusions in three weeks; continue bupropion; I have spoken with the pain specialist.
''',
        "clinical/pain-clinic-letter-2026-11-09.txt": '''
Hudson Valley Spine and Pain (FICTIONAL), 9 Executive Park Drive, Albany, NY 12203   Phone (518) 555-0174
Letter 11/09/2026   Re: Anneliese Gartside-Moreno, DOB 12/03/1971

I have treated Ms. Gartside-Moreno for chronic low back pain since 2023. She uses a buprenorphine transdermal
patch, 10 mcg/hour weekly, prescribed only by me, at a stable dose. State prescription monitoring shows one
prescriber and one pharmacy; urine drug tests are consistent. She does NOT have an opioid use disorder.
Nortriptyline 25 mg at bedtime is prescribed by this clinic for pain.
Hollis Adeyemi-Grant, MD, pain medicine   NPI {NPI2}
''',
        "other/patient-consent-2026-11-20.txt": '''
PATIENT CONSENT (FICTIONAL COPY FOR TESTING)
I, Anneliese Gartside-Moreno, ask my psychiatrist, Dr. Benedikt Sorensen-Alaoui, to ask Keystone Federal Employee
Health Plan to reconsider its 11/12/2026 decision for me, and I allow the plan to discuss my records with him.
Signed: Anneliese Gartside-Moreno   Date: 11/20/2026
''',
    },
    truth='''
# FICTIONAL TRUTH FILE - 87/05 - FEHB High Option, IV ketamine MP-KET-61: a pain patch read as an opioid use disorder (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- FEHB High Option; precertification for IV ketamine denied 11/12/2026 (PC-26-1104-22918) under MP-KET-61 by an
  anesthesiologist. Carrier reconsideration (FEHB step 1), 6 months from the decision (5 CFR 890.105(b)(1)):
  05/12/2027; then OPM review. The treating psychiatrist writes, with the patient's consent (11/20/2026).
- **Exclusion 4 names an opioid use DISORDER**, not opioid use. She uses a buprenorphine patch for back pain from
  one pain specialist (Dr. Hollis Adeyemi-Grant), stable dose, PDMP one prescriber, urine tests consistent, no OUD.
- Criterion 2: escitalopram 20 mg 10 weeks (partial, stopped); bupropion XL 300 mg since 02/2025 (partial,
  **continuing**); aripiprazole 5 mg augmentation 8 weeks (none); desvenlafaxine 100 mg 8 weeks (none). Three
  antidepressant trials of adequate dose and duration, one with augmentation: met without nortriptyline.
- **Nortriptyline 25 mg is a pain dose, never counted**: the denial answers a trial no one claimed. Bupropion being
  continued does not make the other trials incomplete; it continues alongside ketamine.
- MADRS 34 on 11/03/2026; no suicidal ideation; BP 122/76.

## Deliberately unknown
- Whether bupropion's own trial is "adequate" by the plan's measure (partial response, continuing): the letter need not rely on it.
- Ketamine–buprenorphine interaction management beyond "pain specialist informed" is not documented.

## Traps
- Not "opioid-free", not "no opioids": she takes a prescribed opioid partial agonist; the point is no use disorder.
- Nortriptyline must not be listed as a failed antidepressant (nor as subtherapeutic trial).
- Bupropion continuing: no end date, not "failed".
- FEHB: no ERISA, no ACA external review, no state insurance department; parity not a member right here.
- Physician author writes about "Ms. Gartside-Moreno"; the pain specialist is a second clinician, not the author.

## Arguments a strong letter makes
1. Quote exclusion 4 by its words: it reaches a use disorder; the pain specialist's letter shows none. Correct the
   misstatement with the page.
2. Quote criterion 2 and list the trials that meet it (three antidepressants incl. one augmentation), saying
   nortriptyline is a pain dose never offered as a trial and bupropion continues alongside.
3. A reviewer in psychiatry (not anesthesiology) should decide; ask for the clinical basis.
4. Next level: OPM review if upheld (90 days from the carrier's decision).

## What a letter must NOT say
- "she does not take opioids"; "failed nortriptyline"; "stopped bupropion".
- "suicidal ideation"; 29 CFR 2560.503-1; 45 CFR 147.136; "state external review".
''',
    answers=[
        ("Decision date", "PRECERTIFICATION DECISION   Date: 11/12/2026", "denial/precertification-denial-2026-11-12.txt"),
        ("Reference", "PC-26-1104-22918", "denial/precertification-denial-2026-11-12.txt"),
        ("Exclusion words", "Exclusion 4: current opioid use disorder or other active substance use disorder", "denial/precertification-denial-2026-11-12.txt"),
        ("Reviewer", "Curtis Vandermolen-Ash, MD, anesthesiology", "denial/precertification-denial-2026-11-12.txt"),
        ("Window", "within 6 months from the date of this decision", "denial/precertification-denial-2026-11-12.txt"),
        ("Escitalopram", "Escitalopram 20 mg, 10/2024-12/2024, 10 weeks: partial response; stopped", "clinical/psychiatry-evaluation-2026-11-03.txt"),
        ("Bupropion status", "Bupropion XL 300 mg since 02/2025: partial response; CONTINUING", "clinical/psychiatry-evaluation-2026-11-03.txt"),
        ("Augmentation", "Aripiprazole 5 mg added to bupropion, 06/2025-08/2025, 8 weeks: no response", "clinical/psychiatry-evaluation-2026-11-03.txt"),
        ("Desvenlafaxine", "Desvenlafaxine 100 mg with bupropion, 01/2026-03/2026, 8 weeks: no response", "clinical/psychiatry-evaluation-2026-11-03.txt"),
        ("Nortriptyline", "nortriptyline 25 mg at bedtime since 2023 is a pain dose", "clinical/psychiatry-evaluation-2026-11-03.txt"),
        ("Severity", "Today MADRS 34", "clinical/psychiatry-evaluation-2026-11-03.txt"),
        ("Patch dose", "buprenorphine transdermal", "case.yaml"),
        ("No OUD", "She does NOT have an opioid use disorder", "clinical/pain-clinic-letter-2026-11-09.txt"),
        ("PDMP", "one prescriber and one pharmacy", "clinical/pain-clinic-letter-2026-11-09.txt"),
        ("Pain specialist", "Hollis Adeyemi-Grant, MD, pain medicine", "clinical/pain-clinic-letter-2026-11-09.txt"),
        ("Consent date", "Signed: Anneliese Gartside-Moreno   Date: 11/20/2026", "other/patient-consent-2026-11-20.txt"),
    ],
))

CASES.append(dict(
    nn="06",
    slug="tricare-prime-adfm-spravato-cc-esk-12-trazodone-sleep-dose-counted-madrs-14-from-2025-episode-vortioxetine-intolerance-not-adequate-patient",
    npis={"NPI1": "188317265"},
    yaml='''
# FICTIONAL CASE (letters set 87, case 06) - every person, plan, provider, number and address is invented.
# TRICARE Prime, active-duty family member (spouse), VA. Spravato denied 11/19/2026 under CC-ESK-12: crit. 2
# "trials were bupropion and trazodone; trazodone 50 mg below antidepressant dose" and crit. 3 "most recent MADRS
# 14". Record: trazodone 50 mg is a sleep dose never offered; the trials are bupropion (none) and desvenlafaxine
# (partial, 23 weeks, continuing); vortioxetine stopped at 3 weeks for vomiting (the criterion does NOT accept
# intolerance, so it is no trial here). MADRS 14 is from 03/12/2025, the earlier episode; MADRS 27 on 11/09/2026.
# The patient writes ("I").
patient:
  name: Kiana Halvorsen-Delacroix
  salutation: Mrs. Halvorsen-Delacroix
  date_of_birth: 1990-07-19
  member_id: FICT-DBN-40912877
  address: |-
    915 Hampton Boulevard, Apt 3B
    Norfolk, VA 23507
  phone: (757) 555-0138
  email: kiana.hd@mail.example
insurer:
  name: TRICARE Prime, East Region contractor Tidewater Military Health Services (FICTIONAL)
  appeals_address: |-
    Tidewater Military Health Services - TRICARE Reconsiderations (FICTIONAL)
    PO Box 88201
    Virginia Beach, VA 23450
  fax: (757) 555-0167
claim:
  number: TPA-26-1113-70402
  plan_type: tricare
  notice_date: 2026-11-19
  procedure_codes: [J0013, "99214"]
  diagnosis_codes: [F33.2]
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  denial_reason: >-
    Criterion 2 is not met: the trials were bupropion and trazodone, and trazodone 50 mg is below an antidepressant
    dose, so only one adequate trial is documented. Criterion 3 is not met: the most recent MADRS is 14, which
    shows a response to current treatment.
  action: none
  corrections:
    - said: the trials were bupropion and trazodone
      record: >-
        trazodone 50 mg at bedtime is for sleep and was never offered as a trial; the second trial is desvenlafaxine
        100 mg daily since 06/01/2026 (23 weeks), partial response, continuing
      file: clinical/behavioral-health-note-2026-11-09.txt
      page: 1
    - said: the most recent MADRS is 14
      record: MADRS 14 was on 03/12/2025, in my earlier episode; my MADRS on 11/09/2026 was 27
      file: clinical/behavioral-health-note-2026-11-09.txt
      page: 1
payer_criteria:
  - criterion: "2. two antidepressant trials at adequate dose for at least 6 weeks in the current episode"
    how_met: bupropion XL 300 mg 8 weeks (no response) and desvenlafaxine 100 mg since 06/01/2026, 23 weeks (partial response, continuing)
    met: true
    evidence: {file: clinical/behavioral-health-note-2026-11-09.txt, page: 1}
  - criterion: "3. MADRS 20 or more, or PHQ-9 15 or more, within 30 days of the request"
    how_met: MADRS 27 on 11/09/2026; request 11/13/2026
    met: true
    evidence: {file: clinical/behavioral-health-note-2026-11-09.txt, page: 1}
plan_policy:
  name: Tidewater Military Health Services clinical criteria CC-ESK-12 (esketamine)
  number: CC-ESK-12
  quote: >-
    2. Two antidepressant trials at an adequate dose for at least 6 weeks each in the current episode.
    3. MADRS of 20 or more, or PHQ-9 of 15 or more, within 30 days of the request.
  file: denial/tricare-authorization-denial-2026-11-19.txt
treatment:
  name: Spravato (esketamine) nasal spray at a certified treatment center, induction (8 sessions in 4 weeks)
  summary: >-
    Recurrent severe depression after two adequate antidepressant trials in this episode (bupropion; desvenlafaxine,
    continuing with a partial response); vortioxetine not tolerated.
  alongside: desvenlafaxine 100 mg daily
clinical:
  history:
    - drug: bupropion XL
      dose: 300 mg daily
      start: 2026-04-06
      end: 2026-05-31
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      weeks: 8
      evidence: {file: clinical/behavioral-health-note-2026-11-09.txt, page: 1}
    - drug: desvenlafaxine
      dose: 100 mg daily
      start: 2026-06-01
      kind: antidepressant
      ongoing: true
      adequate: true
      response: partial
      outcome: partial response (MADRS 35 to 27), continuing
      evidence: {file: clinical/behavioral-health-note-2026-11-09.txt, page: 1}
    - drug: vortioxetine
      dose: 10 mg daily, added briefly
      start: 2026-09-07
      end: 2026-09-28
      kind: antidepressant
      adequate: false
      failed: true
      outcome: stopped after 3 weeks for persistent vomiting (intolerance); not an adequate trial
      evidence: {file: clinical/behavioral-health-note-2026-11-09.txt, page: 1}
    - drug: trazodone
      dose: 50 mg at bedtime for sleep
      start: 2026-04-06
      kind: other
      ongoing: true
      outcome: sleep dose, continuing; not an antidepressant trial
      evidence: {file: clinical/behavioral-health-note-2026-11-09.txt, page: 1}
    - drug: cognitive behavioral therapy (2025 episode)
      dose: 16 weekly sessions
      start: 2024-12
      end: 2025-03
      kind: psychotherapy
      sessions: 16
      adequate: true
      response: remission
      outcome: remission of the earlier episode (MADRS 14 on 03/12/2025)
      evidence: {file: clinical/behavioral-health-note-2026-11-09.txt, page: 1}
  severity: MADRS 27 on 11/09/2026 (35 on 06/01/2026)
  severity_date: 2026-11-09
  suicidality: none
  suicidality_date: 2026-11-09
  episode_onset: 2026-03
author:
  name: Kiana Halvorsen-Delacroix
  relation: patient
  role: Patient (active-duty family member)
provider:
  name: Dr. Marcus Ilunga-Pedersen
  credentials: DO, psychiatrist
  npi: "{NPI1}"
  address: |-
    6161 Kempsville Circle, Suite 310
    Norfolk, VA 23502
  phone: (757) 555-0184
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/tricare-authorization-denial-2026-11-19.txt": '''
TRICARE Prime - East Region - Tidewater Military Health Services (FICTIONAL contractor)
AUTHORIZATION DENIAL   Date: 11/19/2026
Beneficiary: Kiana Halvorsen-Delacroix (active-duty family member)   DoD benefits number: FICT-DBN-40912877
Reference: TPA-26-1113-70402   Requested 11/13/2026: esketamine nasal spray (J0013) with monitoring visits
Provider: Marcus Ilunga-Pedersen, DO

Clinical criteria CC-ESK-12 (esketamine):
2. Two antidepressant trials at an adequate dose for at least 6 weeks each in the current episode.
3. MADRS of 20 or more, or PHQ-9 of 15 or more, within 30 days of the request.

Reason: Criterion 2 is not met: the trials were bupropion and trazodone, and trazodone 50 mg is below an antidepressant
dose, so only one adequate trial is documented. Criterion 3 is not met: the most recent MADRS is 14, which
shows a response to current treatment.

You may request reconsideration within 90 days of the date of this notice (32 CFR 199.10). Mail or fax
(757) 555-0167. Beneficiary services 1-800-555-0157.
''',
        "clinical/behavioral-health-note-2026-11-09.txt": '''
Chesapeake Bay Behavioral Health (FICTIONAL), 6161 Kempsville Circle, Suite 310, Norfolk, VA 23502
Phone (757) 555-0184
Visit 11/09/2026   Patient: Kiana Halvorsen-Delacroix   DOB 07/19/1990
Psychiatrist: Marcus Ilunga-Pedersen, DO   NPI {NPI1}

F33.2 recurrent major depression, severe. Current episode began March 2026 (husband deployed 02/2026).
Earlier episode 2024-2025: remission with 16 sessions of CBT (therapist Noor Castellane-Bright, LCSW);
MADRS 14 on 03/12/2025 belongs to that earlier episode.
This episode:
- Bupropion XL 300 mg 04/06/2026-05/31/2026, 8 weeks: no response.
- Desvenlafaxine 100 mg since 06/01/2026 (23 weeks): partial response, MADRS 35 to 27; continuing.
- Vortioxetine 10 mg added 09/07/2026, stopped 09/28/2026 after 3 weeks for persistent vomiting (intolerance).
- Trazodone 50 mg at bedtime since 04/06/2026 is for sleep only; it was never an antidepressant trial.
Today MADRS 27. No suicidal ideation. BP 118/72.
Plan: Spravato at our certified center; continue desvenlafaxine.
''',
    },
    truth='''
# FICTIONAL TRUTH FILE - 87/06 - TRICARE Prime ADFM, Spravato CC-ESK-12: a sleep dose counted and a stale score (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- TRICARE Prime, active-duty family member; authorization for Spravato denied 11/19/2026 (TPA-26-1113-70402)
  under CC-ESK-12 criteria 2 and 3. Reconsideration within 90 days of the notice (32 CFR 199.10): 02/17/2027.
  The patient writes ("I").
- Criterion 2 (two trials, adequate dose, 6 weeks each, current episode): **bupropion XL 300 mg 8 weeks, no
  response** and **desvenlafaxine 100 mg for 23 weeks, partial response, continuing**. Met.
- **Trazodone 50 mg is a sleep dose**, continuing, never offered as a trial.
- **Vortioxetine was stopped after 3 weeks for vomiting**; CC-ESK-12's words do NOT accept intolerance: it is not a
  trial under this criterion and the letter should not count it toward criterion 2.
- Criterion 3: **MADRS 14 was on 03/12/2025, the earlier episode** (remission with CBT). MADRS 27 on 11/09/2026,
  within 30 days of the 11/13/2026 request. Met.
- No suicidal ideation (11/09/2026).

## Deliberately unknown
- Whether the contractor received the 11/09/2026 note with the request. The reviewer's name and specialty (not printed).
- Whether desvenlafaxine would help at a higher dose (not tried).

## Traps
- Do not count vortioxetine as an adequate trial or say "three failed antidepressants".
- Do not call trazodone a trial; do not call CBT a failed trial (it worked in the earlier episode).
- Desvenlafaxine: partial response and continuing; no end date.
- Husband (deployed) and the therapist (Noor Castellane-Bright, LCSW) are named in the record; neither writes.
- TRICARE: no ERISA, no ACA external review, no state insurance department, no parity statute.
- "I", not "Mrs. Halvorsen-Delacroix has ...".

## Arguments a strong letter makes
1. Quote criteria 2 and 3 and answer each with the record, exactly two adequate trials, and the current MADRS.
2. Correct both misstatements with the page (trazodone a sleep dose; MADRS 14 from 03/12/2025).
3. Ask for reconsideration under 32 CFR 199.10 within 90 days; note Spravato continues with desvenlafaxine.

## What a letter must NOT say
- "failed three antidepressant trials", "adequate trial of vortioxetine", "trazodone failed".
- "currently MADRS 14", "suicidal ideation".
- 29 CFR 2560.503-1, 45 CFR 147.136, parity law, "state external review".
''',
    answers=[
        ("Notice date", "AUTHORIZATION DENIAL   Date: 11/19/2026", "denial/tricare-authorization-denial-2026-11-19.txt"),
        ("Reference", "TPA-26-1113-70402", "denial/tricare-authorization-denial-2026-11-19.txt"),
        ("Criteria", "CC-ESK-12", "denial/tricare-authorization-denial-2026-11-19.txt"),
        ("Criterion 2 words", "Two antidepressant trials at an adequate dose for at least 6 weeks each in the current episode", "denial/tricare-authorization-denial-2026-11-19.txt"),
        ("Window", "within 90 days of the date of this notice (32 CFR 199.10)", "denial/tricare-authorization-denial-2026-11-19.txt"),
        ("Request date", "Requested 11/13/2026", "denial/tricare-authorization-denial-2026-11-19.txt"),
        ("Stale score", "MADRS 14 on 03/12/2025 belongs to that earlier episode", "clinical/behavioral-health-note-2026-11-09.txt"),
        ("Current score", "Today MADRS 27", "clinical/behavioral-health-note-2026-11-09.txt"),
        ("Bupropion", "Bupropion XL 300 mg 04/06/2026-05/31/2026, 8 weeks: no response", "clinical/behavioral-health-note-2026-11-09.txt"),
        ("Desvenlafaxine", "Desvenlafaxine 100 mg since 06/01/2026 (23 weeks): partial response, MADRS 35 to 27; continuing", "clinical/behavioral-health-note-2026-11-09.txt"),
        ("Vortioxetine", "stopped 09/28/2026 after 3 weeks for persistent vomiting (intolerance)", "clinical/behavioral-health-note-2026-11-09.txt"),
        ("Trazodone", "Trazodone 50 mg at bedtime since 04/06/2026 is for sleep only", "clinical/behavioral-health-note-2026-11-09.txt"),
        ("Earlier episode treatment", "remission with 16 sessions of CBT", "clinical/behavioral-health-note-2026-11-09.txt"),
        ("Therapist", "Noor Castellane-Bright, LCSW", "clinical/behavioral-health-note-2026-11-09.txt"),
        ("Episode onset", "Current episode began March 2026", "clinical/behavioral-health-note-2026-11-09.txt"),
        ("Suicidality", "No suicidal ideation", "clinical/behavioral-health-note-2026-11-09.txt"),
    ],
))


CASES.append(dict(
    nn="07",
    slug="church-plan-self-funded-not-grandfathered-tms-mp-tms-30-spinal-cord-stimulator-trial-leads-removed-2023-lithium-not-required-quetiapine-sleep-wife",
    npis={"NPI1": "129604831"},
    yaml='''
# FICTIONAL CASE (letters set 87, case 07) - every person, plan, provider, number and address is invented.
# Church plan outside ERISA, self-funded, not grandfathered, MI, 700 employees. Pre-service TMS denied 11/17/2026
# under MP-TMS-30: exclusion 1 "record lists an implanted stimulator" and criterion 2 "lithium stopped at a
# subtherapeutic level (0.6)". Record: a 7-day spinal cord stimulator TRIAL in 04/2023 with percutaneous leads,
# removed 04/14/2023, never implanted; criterion 2 asks for two antidepressants and psychotherapy, not lithium
# (sertraline none; duloxetine partial, continuing; CBT 20 sessions). Quetiapine 25 mg is a sleep dose. Wife writes.
patient:
  name: Reuben Castellanos-Whitby
  salutation: Mr. Castellanos-Whitby
  date_of_birth: 1968-03-08
  member_id: FICT-LRC-11873045
  address: |-
    2240 Breton Road SE
    Grand Rapids, MI 49506
  phone: (616) 555-0119
insurer:
  name: Lakeshore Reformed Churches Benefit Plan (FICTIONAL)
  appeals_address: |-
    Lakeshore Reformed Churches Benefit Plan - Appeals (FICTIONAL)
    PO Box 88912
    Grand Rapids, MI 49518
  fax: (616) 555-0163
claim:
  number: UM-26-1112-38260
  plan_type: church
  funding: self_funded
  grandfathered: false
  employees: 700
  notice_date: 2026-11-17
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  denial_reason: >-
    Exclusion 1 applies: the record lists an implanted stimulator. Criterion 2 is not met: lithium was stopped at a
    subtherapeutic level (0.6 mEq/L).
  reviewer:
    name: Dr. Sunniva Okereke-Lund
    specialty: neurology
  action: none
  corrections:
    - said: the record lists an implanted stimulator
      record: >-
        a spinal cord stimulator TRIAL in April 2023 with temporary percutaneous leads for 7 days, removed on
        04/14/2023; no device was ever implanted
      file: clinical/pain-procedure-note-2023-04-14.txt
      page: 1
payer_criteria:
  - criterion: "2. two antidepressants at adequate dose for 6 weeks each, and a course of evidence-based psychotherapy"
    how_met: sertraline 200 mg 10 weeks (none); duloxetine 120 mg since 04/2026 (partial, continuing); CBT 20 sessions
    met: true
    evidence: {file: clinical/psychiatry-tms-referral-2026-11-04.txt, page: 1}
  - criterion: "Exclusion 1. implanted electronic or metallic device within 30 cm of the coil"
    how_met: no implanted device; the 2023 spinal cord stimulator trial leads were removed after 7 days
    met: true
    evidence: {file: clinical/pain-procedure-note-2023-04-14.txt, page: 1}
plan_policy:
  name: Lakeshore Reformed Churches Benefit Plan medical policy MP-TMS-30 (transcranial magnetic stimulation)
  number: MP-TMS-30
  quote: >-
    2. Two antidepressants at an adequate dose for at least 6 weeks each, and a course of evidence-based
    psychotherapy, in the current episode. Exclusion 1: an implanted electronic or metallic device within 30 cm
    of the treatment coil (for example a vagus nerve stimulator, deep brain stimulator or cochlear implant).
  file: denial/tms-denial-2026-11-17.txt
treatment:
  name: Transcranial magnetic stimulation, 36 sessions
  summary: >-
    Recurrent severe depression after two antidepressants (duloxetine continuing with a partial response), a
    20-session course of CBT, and lithium augmentation stopped for tremor.
  alongside: duloxetine 120 mg daily
  plan: 30 daily sessions over 6 weeks then a 6-session taper; PHQ-9 weekly; stop if less than 25% improvement by session 20.
clinical:
  history:
    - drug: sertraline
      dose: 200 mg daily
      start: 2025-09
      end: 2025-11
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      weeks: 10
      evidence: {file: clinical/psychiatry-tms-referral-2026-11-04.txt, page: 1}
    - drug: duloxetine
      dose: 120 mg daily
      start: 2026-04
      kind: antidepressant
      ongoing: true
      adequate: true
      response: partial
      outcome: partial response, continuing
      evidence: {file: clinical/psychiatry-tms-referral-2026-11-04.txt, page: 1}
    - drug: lithium
      dose: 900 mg daily (level 0.6 mEq/L), added to duloxetine
      start: 2026-07-06
      end: 2026-08-17
      kind: augmentation
      adequate: false
      failed: true
      outcome: stopped after 6 weeks for tremor (intolerance) before the dose could be raised
      evidence: {file: clinical/psychiatry-tms-referral-2026-11-04.txt, page: 1}
    - drug: cognitive behavioral therapy
      dose: 20 weekly sessions
      start: 2025-12
      end: 2026-05
      kind: psychotherapy
      sessions: 20
      adequate: true
      failed: true
      response: none
      evidence: {file: clinical/psychiatry-tms-referral-2026-11-04.txt, page: 1}
    - drug: quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2026-08
      kind: other
      ongoing: true
      outcome: sleep dose, continuing; not an augmentation trial
      evidence: {file: clinical/psychiatry-tms-referral-2026-11-04.txt, page: 1}
  severity: PHQ-9 20 on 11/04/2026
  severity_date: 2026-11-04
  suicidality: none
  suicidality_date: 2026-11-04
  exclusions: No implanted device (2023 trial leads removed); no seizure history; no metal in the head.
author:
  name: Lorraine Castellanos-Whitby
  relation: representative
  role: Wife, authorized representative
  authorization: other/authorization-2026-11-21.txt
provider:
  name: Dr. Evander Quist-Mahlangu
  credentials: MD, psychiatrist
  npi: "{NPI1}"
  address: |-
    750 East Beltline Avenue NE, Suite 105
    Grand Rapids, MI 49525
  phone: (616) 555-0186
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/tms-denial-2026-11-17.txt": '''
Lakeshore Reformed Churches Benefit Plan (FICTIONAL) - a church plan; self-funded
PRE-SERVICE DECISION   Date: 11/17/2026
Member: Reuben Castellanos-Whitby   Member ID: FICT-LRC-11873045
Reference: UM-26-1112-38260   Service: transcranial magnetic stimulation (90867, 90868), 36 sessions
Requesting provider: Evander Quist-Mahlangu, MD

Medical policy MP-TMS-30: 2. Two antidepressants at an adequate dose for at least 6 weeks each, and a course of
evidence-based psychotherapy, in the current episode. Exclusion 1: an implanted electronic or metallic device
within 30 cm of the treatment coil (for example a vagus nerve stimulator, deep brain stimulator or cochlear implant).

Decision: denied. Exclusion 1 applies: the record lists an implanted stimulator. Criterion 2 is not met: lithium was stopped at a
subtherapeutic level (0.6 mEq/L).
Reviewer: Sunniva Okereke-Lund, MD, neurology.

You may appeal within 180 days after you receive this decision. The plan is not grandfathered; after its final
decision you may ask for external review. Appeals fax (616) 555-0163. Member line 1-800-555-0126.
''',
        "clinical/psychiatry-tms-referral-2026-11-04.txt": '''
Beltline Psychiatric Associates (FICTIONAL), 750 East Beltline Avenue NE, Suite 105, Grand Rapids, MI 49525
Phone (616) 555-0186
TMS referral 11/04/2026   Patient: Reuben Castellanos-Whitby   DOB 03/08/1968
Psychiatrist: Evander Quist-Mahlangu, MD   NPI {NPI1}

F33.2 recurrent major depression, severe; current episode since 08/2025.
- Sertraline 200 mg 09/2025-11/2025, 10 weeks: no response.
- CBT, 20 weekly sessions 12/2025-05/2026 with Tobiah Renwick-Amadi, LPC: no meaningful change.
- Duloxetine 120 mg since 04/2026: partial response; continuing.
- Lithium 900 mg added 07/06/2026 (level 0.6 mEq/L); coarse tremor; stopped 08/17/2026 (intolerance).
- Quetiapine 25 mg at bedtime since 08/2026 for sleep only; not an augmentation trial.
Problem list entry "spinal cord stimulator" refers to a 7-day TRIAL in April 2023; leads removed 04/14/2023.
No device is implanted. No seizures. No metal in the head.
Today PHQ-9 20. No suicidal ideation. Wife Lorraine present.
Plan: TMS 30 daily sessions then a 6-session taper; continue duloxetine.
''',
        "clinical/pain-procedure-note-2023-04-14.txt": '''
Grand River Spine Center (FICTIONAL), Grand Rapids, MI   Phone (616) 555-0171
Procedure note 04/14/2023   Patient: Reuben Castellanos-Whitby   DOB 03/08/1968
Removal of percutaneous spinal cord stimulator TRIAL leads (thoracic T8-T10) placed 04/07/2023 for a 7-day trial.
Both leads removed intact. Trial did not relieve pain; NO permanent implant will be placed.
Physician: Ambrose Feldkamp-Osei, MD, pain medicine
''',
        "other/authorization-2026-11-21.txt": '''
AUTHORIZATION OF REPRESENTATIVE (FICTIONAL COPY FOR TESTING)
I, Reuben Castellanos-Whitby, authorize my wife, Lorraine Castellanos-Whitby, to file and pursue my appeal of
decision UM-26-1112-38260 and to receive my health information for it.
Signed: Reuben Castellanos-Whitby   Date: 11/21/2026
''',
    },
    truth='''
# FICTIONAL TRUTH FILE - 87/07 - church plan, TMS MP-TMS-30: trial leads removed in 2023 read as an implant (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Church plan outside ERISA, self-funded, not grandfathered (notice says so), 700 employees. Pre-service TMS
  (90867, 90868; 36 sessions) denied 11/17/2026 (UM-26-1112-38260) by a neurologist. First internal appeal;
  180 days after receipt (26 CFR 54.9815-2719 / 45 CFR 147.136 procedures for a non-grandfathered church plan).
  The wife writes with his signed authorization (11/21/2026).
- **No implanted device**: the "spinal cord stimulator" is a 7-day trial with percutaneous thoracic leads, removed
  04/14/2023; no permanent implant. (Thoracic leads would not be within 30 cm of the coil anyway.)
- **Criterion 2 does not mention lithium**: it needs two antidepressants and psychotherapy. Met: sertraline 200 mg
  10 weeks (none); duloxetine 120 mg since 04/2026 (partial, **continuing**); CBT 20 sessions (no change).
- Lithium 900 mg (level 0.6) stopped after 6 weeks for tremor: intolerance, an extra, not a required step.
- **Quetiapine 25 mg is a sleep dose**, not augmentation. PHQ-9 20 on 11/04/2026; no suicidal ideation.

## Deliberately unknown
- Whether the plan has a separate lithium requirement elsewhere (none quoted). The plan's external review route
  details (state or federal process) are not stated beyond "you may ask".

## Traps
- Do not say lithium was "therapeutic" or an adequate trial; do not say it was required.
- Do not call quetiapine an antipsychotic augmentation trial; do not end-date duloxetine.
- CBT is psychotherapy (counted under criterion 2's psychotherapy part), not an antidepressant.
- Church plan: no ERISA (29 CFR 2560.503-1 only as applied through 54.9815-2719, not as ERISA law), no DOL complaint.
- Two other clinicians named (Tobiah Renwick-Amadi, LPC; Ambrose Feldkamp-Osei, MD): neither is the prescriber.
- The wife writes about "my husband"; not "I" as the patient.

## Arguments a strong letter makes
1. Quote exclusion 1 and show no device is implanted (procedure note 04/14/2023); correct the misstatement.
2. Quote criterion 2 and show it met by its own words; say lithium is not among its terms.
3. Ask for a psychiatrist reviewer (neurology decided a depression treatment question) and the claim file.
4. Parity may apply (700 employees; church plans are not exempt from the Code's parity rule) — hedged.

## What a letter must NOT say
- "the stimulator was explanted" (it was never implanted), "lithium was adequate", "quetiapine augmentation failed".
- "ERISA section 503", "contact the Department of Labor", "suicidal ideation".
''',
    answers=[
        ("Notice date", "PRE-SERVICE DECISION   Date: 11/17/2026", "denial/tms-denial-2026-11-17.txt"),
        ("Reference", "UM-26-1112-38260", "denial/tms-denial-2026-11-17.txt"),
        ("Policy", "MP-TMS-30", "denial/tms-denial-2026-11-17.txt"),
        ("Reviewer", "Sunniva Okereke-Lund, MD, neurology", "denial/tms-denial-2026-11-17.txt"),
        ("Grandfathered?", "The plan is not grandfathered", "denial/tms-denial-2026-11-17.txt"),
        ("Window", "within 180 days after you receive this decision", "denial/tms-denial-2026-11-17.txt"),
        ("Criterion 2 words", "Two antidepressants at an adequate dose for at least 6 weeks each, and a course of evidence-based psychotherapy", "denial/tms-denial-2026-11-17.txt"),
        ("Lead removal date", "leads removed 04/14/2023", "clinical/psychiatry-tms-referral-2026-11-04.txt"),
        ("No permanent implant", "NO permanent implant will be placed", "clinical/pain-procedure-note-2023-04-14.txt"),
        ("Sertraline", "Sertraline 200 mg 09/2025-11/2025, 10 weeks: no response", "clinical/psychiatry-tms-referral-2026-11-04.txt"),
        ("CBT", "CBT, 20 weekly sessions 12/2025-05/2026", "clinical/psychiatry-tms-referral-2026-11-04.txt"),
        ("Duloxetine", "Duloxetine 120 mg since 04/2026: partial response; continuing", "clinical/psychiatry-tms-referral-2026-11-04.txt"),
        ("Lithium stop", "coarse tremor; stopped 08/17/2026 (intolerance)", "clinical/psychiatry-tms-referral-2026-11-04.txt"),
        ("Quetiapine", "Quetiapine 25 mg at bedtime since 08/2026 for sleep only", "clinical/psychiatry-tms-referral-2026-11-04.txt"),
        ("Severity", "Today PHQ-9 20", "clinical/psychiatry-tms-referral-2026-11-04.txt"),
        ("Authorization", "Signed: Reuben Castellanos-Whitby   Date: 11/21/2026", "other/authorization-2026-11-21.txt"),
    ],
))

CASES.append(dict(
    nn="08",
    slug="marketplace-silver-ppo-continuation-ect-mp-ect-c4-remission-used-as-reason-2022-relapse-on-lithium-nortriptyline-lithium-now-contraindicated-ckd-advocate",
    npis={"NPI1": "157392046"},
    yaml='''
# FICTIONAL CASE (letters set 87, case 08) - every person, plan, provider, number and address is invented.
# Marketplace Silver PPO, insured, PA. Pre-service continuation ECT (8 sessions) denied 11/23/2026 under MP-ECT-C4:
# "member is in remission (MADRS 8); continuation not necessary; lithium and nortriptyline are the standard
# alternative". Record: remission IS criterion (a); 2022 relapse at 7 weeks despite lithium 0.7 + nortriptyline
# 75 mg (criterion (b)); lithium now contraindicated (eGFR 41, nephrologist); venlafaxine 300 mg continuing.
# An advocate writes with the patient's authorization.
patient:
  name: Tomasz Eberhardt-Nwosu
  salutation: Mr. Eberhardt-Nwosu
  date_of_birth: 1962-10-25
  member_id: FICT-AVH-W33019284
  address: |-
    5520 Walnut Street
    Pittsburgh, PA 15232
  phone: (412) 555-0128
insurer:
  name: Allegheny Valley Health Plans, Silver 70 PPO (FICTIONAL)
  appeals_address: |-
    Allegheny Valley Health Plans - Member Appeals (FICTIONAL)
    PO Box 44190
    Pittsburgh, PA 15230
  fax: (412) 555-0168
claim:
  number: UM-26-1119-51177
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-11-23
  procedure_codes: ["90870"]
  diagnosis_codes: [F33.2]
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  denial_reason: >-
    The member is in remission (MADRS 8 on 10/20/2026). Continuation ECT is not medically necessary. Relapse
    prevention with lithium and nortriptyline is the standard alternative.
  reviewer:
    name: Dr. Wendell Prokopenko-Yates
    specialty: psychiatry
  action: none
payer_criteria:
  - criterion: "(a) response or remission with the acute course of ECT"
    how_met: MADRS 36 to 8 with 12 acute treatments (09/08-10/16/2026)
    met: true
    evidence: {file: clinical/ect-summary-2026-10-20.txt, page: 1}
  - criterion: "(b) relapse after an earlier course despite continuation medication, or medication for relapse prevention that is ineffective, not tolerated or contraindicated"
    how_met: 2022 relapse 7 weeks after ECT despite lithium (level 0.7) and nortriptyline 75 mg; lithium now contraindicated (eGFR 41)
    met: true
    evidence: {file: clinical/ect-summary-2026-10-20.txt, page: 1}
alternatives:
  - treatment: lithium with nortriptyline for relapse prevention
    why_not: >-
      it failed in 2022 (relapse at 7 weeks, hospitalized) and lithium is now contraindicated by chronic kidney
      disease stage 3b (eGFR 41; nephrologist, 06/18/2025)
plan_policy:
  name: Allegheny Valley Health Plans medical policy MP-ECT-C4 (continuation and maintenance ECT)
  number: MP-ECT-C4
  quote: >-
    Continuation ECT is medically necessary when (a) the member responded to or remitted with the acute course,
    and (b) the member relapsed after an earlier course despite continuation medication, or medication for
    relapse prevention is ineffective, not tolerated or contraindicated.
  file: denial/continuation-ect-denial-2026-11-23.txt
treatment:
  name: Continuation ECT, 8 treatments tapering from weekly to monthly (from 11/30/2026)
  summary: >-
    Remission with acute ECT; in 2022 he relapsed within 7 weeks of ECT despite lithium and nortriptyline, and
    lithium is now contraindicated by kidney disease.
  alongside: venlafaxine 300 mg daily
  plan: weekly x 4, every 2 weeks x 2, monthly x 2; MADRS before each; stop or extend by MADRS and cognition.
clinical:
  history:
    - drug: electroconvulsive therapy (acute course)
      dose: 12 right unilateral treatments
      start: 2026-09-08
      end: 2026-10-16
      kind: neuromodulation
      sessions: 12
      adequate: true
      response: remission
      outcome: remission (MADRS 36 to 8)
      evidence: {file: clinical/ect-summary-2026-10-20.txt, page: 1}
    - drug: lithium with nortriptyline (2022 continuation after ECT)
      dose: lithium level 0.7 mEq/L; nortriptyline 75 mg
      start: 2022-06
      end: 2022-08
      kind: other
      failed: true
      response: lost
      weeks: 7
      outcome: relapse 7 weeks after the last ECT despite both; hospitalized 08/2022
      evidence: {file: clinical/ect-summary-2026-10-20.txt, page: 1}
    - drug: venlafaxine
      dose: 300 mg daily
      start: 2025-11
      kind: antidepressant
      ongoing: true
      response: partial
      outcome: partial response before ECT; continuing
      evidence: {file: clinical/ect-summary-2026-10-20.txt, page: 1}
  severity: MADRS 8 on 10/20/2026 (36 on 09/04/2026)
  severity_date: 2026-10-20
  response: MADRS 36 before the acute course, 8 after it
  response_level: remission
  suicidality: none
  suicidality_date: 2026-10-20
author:
  name: Felicity Osei-Brandt
  relation: representative
  role: Patient advocate, Three Rivers Mental Health Appeals Project (FICTIONAL)
  address: |-
    100 Ross Street, Suite 400
    Pittsburgh, PA 15219
  phone: (412) 555-0147
  email: fosei-brandt@threerivers-appeals.example
  authorization: other/authorization-2026-11-25.txt
provider:
  name: Dr. Imogen Stavrakis-Bell
  credentials: MD, psychiatrist
  npi: "{NPI1}"
  address: |-
    3811 O'Hara Street, ECT Service
    Pittsburgh, PA 15213
  phone: (412) 555-0181
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/continuation-ect-denial-2026-11-23.txt": '''
Allegheny Valley Health Plans (FICTIONAL) - Silver 70 PPO, individual coverage through the Marketplace
PRE-SERVICE DENIAL   Date: 11/23/2026
Member: Tomasz Eberhardt-Nwosu   Member ID: FICT-AVH-W33019284
Reference: UM-26-1119-51177   Requested: continuation ECT (90870), 8 treatments from 11/30/2026
Requesting physician: Imogen Stavrakis-Bell, MD

Medical policy MP-ECT-C4 (continuation and maintenance ECT): Continuation ECT is medically necessary when (a) the
member responded to or remitted with the acute course, and (b) the member relapsed after an earlier course despite
continuation medication, or medication for relapse prevention is ineffective, not tolerated or contraindicated.

Reason: The member is in remission (MADRS 8 on 10/20/2026). Continuation ECT is not medically necessary. Relapse
prevention with lithium and nortriptyline is the standard alternative.
Reviewer: Wendell Prokopenko-Yates, MD, psychiatry.

You may file an internal appeal within 180 days after you receive this notice; after that, external review.
Fax (412) 555-0168. Member services 1-800-555-0133.
''',
        "clinical/ect-summary-2026-10-20.txt": '''
Oakland University Hospital ECT Service (FICTIONAL), 3811 O'Hara Street, Pittsburgh, PA 15213   Phone (412) 555-0181
ECT SUMMARY 10/20/2026   Patient: Tomasz Eberhardt-Nwosu   DOB 10/25/1962
Attending: Imogen Stavrakis-Bell, MD   NPI {NPI1}

F33.2 recurrent major depression, severe.
Acute course: 12 right unilateral ultrabrief treatments 09/08/2026-10/16/2026. MADRS 36 (09/04/2026) to 8 (10/20/2026): remission.
2022 episode: ECT, remission; continuation with lithium (level 0.7 mEq/L) and nortriptyline 75 mg; relapse 7 weeks
after the last ECT despite both; hospitalized 08/2022.
Lithium is now contraindicated: chronic kidney disease stage 3b, eGFR 41 (nephrologist Dr. Adaeze Whitcombe-Lyle,
06/18/2025, advised no lithium).
Venlafaxine 300 mg daily since 11/2025: partial response before ECT; continuing.
No suicidal ideation. Cognition: MoCA 27 (baseline 28).
Recommendation: continuation ECT, weekly x 4, every 2 weeks x 2, monthly x 2, starting 11/30/2026.
''',
        "other/authorization-2026-11-25.txt": '''
AUTHORIZATION TO APPEAL (FICTIONAL COPY FOR TESTING)
I, Tomasz Eberhardt-Nwosu, authorize Felicity Osei-Brandt of the Three Rivers Mental Health Appeals Project
(fosei-brandt@threerivers-appeals.example, (412) 555-0147) to appeal decision UM-26-1119-51177 for me and to
receive my health information for it.
Signed: Tomasz Eberhardt-Nwosu   Date: 11/25/2026
''',
    },
    truth='''
# FICTIONAL TRUTH FILE - 87/08 - Marketplace PPO, continuation ECT MP-ECT-C4: remission used against the policy's own criterion (a) (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Individual Marketplace Silver PPO (insured), PA. Pre-service continuation ECT (90870 x 8 from 11/30/2026) denied
  11/23/2026 (UM-26-1119-51177) by a psychiatrist. First internal appeal: 180 days after receipt (45 CFR
  147.136(b)(3)); then external review. An advocate writes with the patient's authorization (11/25/2026).
- **Remission is criterion (a) of MP-ECT-C4**, not a reason against it: MADRS 36 -> 8 with 12 acute treatments.
- Criterion (b): **2022 relapse 7 weeks after ECT despite lithium (level 0.7) and nortriptyline 75 mg**, hospitalized
  08/2022; **lithium now contraindicated** (CKD 3b, eGFR 41; nephrologist 06/18/2025). The "standard alternative"
  the denial names has failed and is now unsafe.
- Venlafaxine 300 mg continuing (partial response before ECT). No suicidal ideation. MoCA 27 (baseline 28).

## Deliberately unknown
- Whether nortriptyline alone (without lithium) was considered this time; the record does not say.
- The 2022 hospital's records are not enclosed (the summary reports the relapse).

## Traps
- He is in remission: do not call him "severely depressed now" or cite MADRS 36 as current.
- Response level is remission, not partial; the argument is relapse prevention.
- Lithium + nortriptyline was a continuation regimen (2022), not an antidepressant "trial" in this episode.
- The reviewer is a psychiatrist: do not say the reviewer lacked the specialty.
- Nephrologist (Dr. Adaeze Whitcombe-Lyle) is not the treating physician. The advocate is not a clinician.
- Individual plan: cite 45 CFR 147.136, never ERISA 29 CFR 2560.503-1 or the DOL rule.

## Arguments a strong letter makes
1. Quote MP-ECT-C4 and show (a) and (b) met by its own words; the remission the denial cites is criterion (a).
2. Answer the named alternative: failed in 2022 and lithium now contraindicated (eGFR 41).
3. Plan of continuation with taper and MADRS monitoring; risk of relapse and hospitalization.
4. Ask the plan to decide on time (pre-service, 30 days) and note external review next.

## What a letter must NOT say
- "MADRS 36" as current severity; "has not responded"; "partial response to ECT".
- "reviewer is not a psychiatrist"; "ERISA"; "suicidal ideation".
''',
    answers=[
        ("Notice date", "PRE-SERVICE DENIAL   Date: 11/23/2026", "denial/continuation-ect-denial-2026-11-23.txt"),
        ("Reference", "UM-26-1119-51177", "denial/continuation-ect-denial-2026-11-23.txt"),
        ("Policy", "MP-ECT-C4", "denial/continuation-ect-denial-2026-11-23.txt"),
        ("Criterion (a) words", "(a) the member responded to or remitted with the acute course", "denial/continuation-ect-denial-2026-11-23.txt"),
        ("Reviewer", "Wendell Prokopenko-Yates, MD, psychiatry", "denial/continuation-ect-denial-2026-11-23.txt"),
        ("Window", "within 180 days after you receive this notice", "denial/continuation-ect-denial-2026-11-23.txt"),
        ("Start date", "8 treatments from 11/30/2026", "denial/continuation-ect-denial-2026-11-23.txt"),
        ("Acute course", "12 right unilateral ultrabrief treatments 09/08/2026-10/16/2026", "clinical/ect-summary-2026-10-20.txt"),
        ("Response", "MADRS 36 (09/04/2026) to 8 (10/20/2026): remission", "clinical/ect-summary-2026-10-20.txt"),
        ("2022 relapse", "relapse 7 weeks", "clinical/ect-summary-2026-10-20.txt"),
        ("2022 lithium level", "lithium (level 0.7 mEq/L) and nortriptyline 75 mg", "clinical/ect-summary-2026-10-20.txt"),
        ("Kidney", "chronic kidney disease stage 3b, eGFR 41", "clinical/ect-summary-2026-10-20.txt"),
        ("Nephrologist", "Dr. Adaeze Whitcombe-Lyle", "clinical/ect-summary-2026-10-20.txt"),
        ("Venlafaxine", "Venlafaxine 300 mg daily since 11/2025: partial response before ECT; continuing", "clinical/ect-summary-2026-10-20.txt"),
        ("Cognition", "MoCA 27 (baseline 28)", "clinical/ect-summary-2026-10-20.txt"),
        ("Authorization", "Signed: Tomasz Eberhardt-Nwosu   Date: 11/25/2026", "other/authorization-2026-11-25.txt"),
    ],
))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
