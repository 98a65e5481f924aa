#!/usr/bin/env python3
"""FICTIONAL blind test set 101 (issue 18, clinical emphasis) for appeal-kit letters.

Run: /work/main/.venv/bin/python make_set.py [--check] [NN ...]
All data lives in this file (cases.py-free). It deletes and rewrites each case folder and its truth file,
then self-checks. --check also runs `appeal-kit check` on every case and writes check-output.txt.
"""
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"
HEAD = "FICTIONAL - invented for a blind test set (set 101); not a real person, plan, clinic or number.\n\n"
FOOT = "\n\nFICTIONAL DOCUMENT - end.\n"
HEADINGS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes",
            "What a letter must NOT say"]

CASES = []


def case(slug, yaml, docs, truth, answers):
    CASES.append(dict(slug=slug, yaml=yaml, docs=docs, truth=truth, answers=answers))


def npi_ok(npi):
    digits = [int(c) for c in "80840" + npi]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return len(npi) == 10 and total % 10 == 0


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


PHONE = re.compile(r"(?<![\d.])(?:1-)?(?:\(\d{3}\)\s?|\b\d{3}[-.])?\b\d{3}-\d{4}\b")


def phone_problems(text, where):
    out = []
    for m in PHONE.finditer(text):
        p = m.group(0)
        digits = re.sub(r"\D", "", p)
        if digits.startswith("1") and len(digits) == 11:
            digits = digits[1:]
        if len(digits) != 10:
            out.append(f"{where}: phone without area code: {p!r}")
            continue
        if digits[3:6] != "555" or not digits[6:8] == "01":
            out.append(f"{where}: phone not 555-01xx: {p!r}")
    for m in re.finditer(r"[\w.+-]+@([\w-]+\.)+[A-Za-z]+", text):
        if not m.group(0).lower().endswith(".example"):
            out.append(f"{where}: e-mail not on .example: {m.group(0)}")
    for m in re.finditer(r"\b(?:www\.|https?://)[^\s)]+", text):
        host = re.sub(r"^https?://", "", m.group(0)).split("/")[0]
        if not host.lower().rstrip(".").endswith(".example"):
            out.append(f"{where}: web address not on .example: {m.group(0)}")
    return out


def write_case(num, c):
    folder = HERE / f"{num}-{c['slug']}"
    truth = HERE / f"{num}-{c['slug']}.truth.md"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(c["yaml"].lstrip("\n"))
    for rel, text in c["docs"].items():
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(HEAD + text.strip("\n") + FOOT)
    truth.write_text(c["truth"].lstrip("\n"))
    return folder, truth


def self_check(num, c, folder, truth):
    probs = []
    where = f"{num}"
    yaml_text = (folder / "case.yaml").read_text()
    try:
        data = YAML(typ="safe").load(io.StringIO(yaml_text))
    except Exception as e:  # noqa: BLE001
        return [f"{where}: case.yaml does not parse: {e}"]
    if "FICTIONAL" not in yaml_text.splitlines()[0]:
        probs.append(f"{where}: case.yaml first line lacks FICTIONAL")
    ttext = truth.read_text()
    if "FICTIONAL" not in ttext.splitlines()[0]:
        probs.append(f"{where}: truth first line lacks FICTIONAL")
    heads = re.findall(r"^## (.+)$", ttext, re.M)
    if heads != HEADINGS:
        probs.append(f"{where}: truth headings {heads}")
    for rel in c["docs"]:
        if rel.split("/")[0] not in ("denial", "clinical", "other") or not rel.endswith(".txt"):
            probs.append(f"{where}: document outside denial/clinical/other or not .txt: {rel}")
        t = (folder / rel).read_text()
        if not t.startswith("FICTIONAL") or "FICTIONAL DOCUMENT - end." not in t:
            probs.append(f"{where}: {rel} lacks FICTIONAL header/footer")
    # every path named in case.yaml exists
    for m in re.finditer(r"\b((?:denial|clinical|other)/[\w.\-]+\.txt)\b", yaml_text):
        if not (folder / m.group(1)).exists():
            probs.append(f"{where}: case.yaml names missing file {m.group(1)}")
    # no stray files
    made = {"case.yaml", *c["docs"].keys()}
    for p in folder.rglob("*"):
        if p.is_file() and str(p.relative_to(folder)) not in made:
            probs.append(f"{where}: stray file {p.relative_to(folder)}")
    # phones, e-mail, web
    texts = {"case.yaml": yaml_text, "truth": ttext}
    texts.update({rel: (folder / rel).read_text() for rel in c["docs"]})
    for k, t in texts.items():
        probs += phone_problems(t, f"{where} {k}")
        for m in re.finditer(r"\b(?:NPI:?\s*|npi:\s*\"?)(\d{10})\b", t):
            if not npi_ok(m.group(1)):
                probs.append(f"{where} {k}: NPI fails Luhn: {m.group(1)}")
    # answers
    if len(c["answers"]) != 16:
        probs.append(f"{where}: {len(c['answers'])} answers, not 16")
    for q, a, doc in c["answers"]:
        t = texts.get(doc)
        if t is None:
            probs.append(f"{where}: answer names unknown document {doc}")
        elif norm(a) not in norm(t):
            probs.append(f"{where}: answer {a!r} ({q}) not printed in {doc}")
    if not isinstance(data, dict) or "patient" not in data:
        probs.append(f"{where}: case.yaml lacks patient")
    return probs


def main(argv):
    do_check = "--check" in argv
    only = [a for a in argv if a.isdigit() or re.fullmatch(r"\d\d", a)]
    problems, results = [], []
    n_answers = 0
    for i, c in enumerate(CASES, 1):
        num = f"{i:02d}"
        if only and num not in only:
            continue
        folder, truth = write_case(num, c)
        problems += self_check(num, c, folder, truth)
        n_answers += len(c["answers"])
        if do_check:
            r = subprocess.run([APPEAL_KIT, "check", str(folder)], capture_output=True, text=True)
            results.append((num, folder.name, r.returncode, r.stdout + r.stderr))
    for p in problems:
        print("PROBLEM:", p)
    ncases = len(only) if only else len(CASES)
    print(f"{ncases} cases, {n_answers} expected answers, {len(problems)} problems")
    bad = False
    if do_check:
        name = "check-output-partial.txt" if only else "check-output.txt"
        with open(HERE / name, "w") as f:
            for num, fname, rc, out in results:
                f.write(f"===== {fname}: exit {rc}\n{out}\n")
                print(f"check {num}: exit {rc}")
                bad |= rc != 0
    return 1 if problems or bad else 0


# ---------------------------------------------------------------------------------------------------------------
# CASES (all FICTIONAL). "Today" in the cases is 2026-12-08.
# ---------------------------------------------------------------------------------------------------------------

# ----------------------------------------------------------------------------------------------------- case 01
case(
    slug="ma-hmo-spravato-internal-criteria-lithium-augmentation-omitted-aripiprazole-intolerance-reconsideration-patient",
    yaml='''
# FICTIONAL CASE (set 101, case 01) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, AZ. Spravato (Part B, G2083) denied before care under the plan's own criterion 3
# (augmentation). The denial names only aripiprazole (10 days, akathisia: intolerance, truly not an adequate
# trial) and leaves out the adequate, failed lithium augmentation (level 0.7). The patient writes.
patient:
  name: Rosalind Achterberg-Vane
  salutation: Ms. Achterberg-Vane
  date_of_birth: 1956-04-11
  member_id: FICT-MA-30418827
  address: |-
    4127 N Calle Serena
    Tucson, AZ 85718
  phone: (520) 555-0147
  email: r.achterberg@mailbox.example
insurer:
  name: Desert Crest Health Plans - Saguaro Senior Advantage HMO (FICTIONAL)
  appeals_address: |-
    Desert Crest Health Plans, Medicare Appeals and Grievances (FICTIONAL)
    PO Box 61204
    Phoenix, AZ 85082
  fax: (602) 555-0163
claim:
  number: DC-PA-26-1109-4471
  plan_type: medicare_advantage
  notice_date: 2026-11-16
  appeal_deadline: 2027-01-20
  deadline_basis: >-
    Notice of Denial of Medical Coverage of 11/16/2026: "you must ask for an appeal within 65 calendar days from
    the date of this notice." Counted from the notice date.
  procedure_codes: [G2082, G2083]
  diagnosis_codes: [F33.2]
  pending_services: [induction course of 8 treatments]
  denial_reason: >-
    Plan criteria BH-ESK-03 criterion 3 not met: the records show aripiprazole was stopped after 10 days. There is
    no adequate trial of an augmenting agent (lithium or a second-generation antipsychotic) for at least 6 weeks.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: "Carl Presby, MD", specialty: internal medicine}
  action: none
  corrections:
    - said: There is no adequate trial of an augmenting agent (lithium or a second-generation antipsychotic) for at least 6 weeks.
      record: >-
        Lithium carbonate 600 mg daily was added to venlafaxine from 03/02/2026 to 04/27/2026 (8 weeks); the lithium
        level was 0.7 mEq/L on 04/14/2026, and MADRS was 34 before and 33 after: no response.
      file: clinical/psychiatry-progress-note-2026-04-27.txt
      page: 1
treatment:
  name: Spravato (esketamine) nasal spray, induction course
  summary: >-
    Esketamine 56 mg, then 84 mg, twice weekly for 4 weeks (8 treatments) under observation at a REMS-certified
    clinic, with venlafaxine XR continued, after two failed antidepressants and a failed lithium augmentation.
  plan: >-
    Esketamine 56 mg at the first treatment, then 84 mg, twice weekly for 4 weeks (8 treatments); MADRS at
    baseline, week 2 and week 4; stop if MADRS has not fallen by at least 25% by week 4.
  setting: Sonoran Mind Clinic, a clinic certified in the Spravato REMS
  monitoring: blood pressure before and at 40 and 120 minutes; observation for 2 hours; no driving that day
  alongside: venlafaxine XR 225 mg daily
clinical:
  severity: MADRS 33 on 10/27/2026; PHQ-9 21 on 11/10/2026
  severity_date: 2026-11-10
  suicidality: passive
  suicidality_date: 2026-11-10
  episode_onset: 2025-08
  treating_since: 2025-09
  exclusions: >-
    No psychosis; no substance use disorder; no aneurysmal vascular disease or history of intracerebral hemorrhage;
    blood pressure 128/78 on 10/27/2026.
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-09
      end: 2025-12
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: lost
      outcome: Partial response at week 6, lost by week 12; switched
      evidence: {file: clinical/psychiatry-progress-note-2026-04-27.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2026-01
      ongoing: true
      kind: antidepressant
      adequate: true
      failed: true
      response: partial
      outcome: Partial response (MADRS 36 to 31); continued
      evidence: {file: clinical/psychiatry-progress-note-2026-04-27.txt, page: 1}
    - drug: Lithium carbonate (augmentation)
      dose: 600 mg daily, level 0.7 mEq/L
      start: 2026-03-02
      end: 2026-04-27
      weeks: 8
      kind: augmentation
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks at a therapeutic level; stopped
      evidence: {file: clinical/psychiatry-progress-note-2026-04-27.txt, page: 1}
    - drug: Aripiprazole (augmentation)
      dose: 2 mg daily, raised to 5 mg
      start: 2026-05-04
      end: 2026-05-14
      kind: augmentation
      adequate: false
      outcome: Stopped after 10 days for akathisia (intolerance); not an adequate trial
      evidence: {file: clinical/psychiatry-progress-note-2026-05-14.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2024-06
      ongoing: true
      kind: other
      outcome: Sleep dose since 2024; not an antidepressant trial
      evidence: {file: clinical/psychiatry-progress-note-2026-04-27.txt, page: 1}
payer_criteria:
  - criterion: "1. Major depressive disorder, moderate or severe, without psychotic features."
    how_met: Recurrent major depression, severe (F33.2), without psychotic features.
    met: true
    evidence: {file: clinical/psychiatry-evaluation-2026-10-27.txt, page: 1}
  - criterion: "2. Inadequate response to at least two antidepressants at adequate dose for at least 6 weeks in the current episode."
    how_met: Sertraline 150 mg for 12 weeks (response lost) and venlafaxine XR 225 mg since 01/2026 (partial response only).
    met: true
    evidence: {file: clinical/psychiatry-progress-note-2026-04-27.txt, page: 1}
  - criterion: "3. Inadequate response to, or intolerance of, an augmenting agent (lithium or a second-generation antipsychotic); a trial for response must last at least 6 weeks."
    how_met: Lithium 600 mg at a level of 0.7 mEq/L for 8 weeks without response; aripiprazole stopped after 10 days for akathisia (intolerance).
    met: true
    evidence: [{file: clinical/psychiatry-progress-note-2026-04-27.txt, page: 1}, {file: clinical/psychiatry-progress-note-2026-05-14.txt, page: 1}]
  - criterion: "4. An oral antidepressant is continued with esketamine."
    how_met: Venlafaxine XR 225 mg daily continues.
    met: true
    evidence: {file: clinical/psychiatry-evaluation-2026-10-27.txt, page: 1}
plan_policy:
  name: Desert Crest Health Plans Medical Policy BH-ESK-03, Esketamine nasal spray
  number: BH-ESK-03
  quote: >-
    Esketamine is medically necessary when all are met: 1. Major depressive disorder, moderate or severe, without
    psychotic features. 2. Inadequate response to at least two antidepressants at adequate dose for at least 6
    weeks in the current episode. 3. Inadequate response to, or intolerance of, an augmenting agent (lithium or a
    second-generation antipsychotic); a trial for response must last at least 6 weeks. 4. An oral antidepressant is
    continued with esketamine.
  file: other/plan-policy-bh-esk-03-excerpt.txt
author:
  name: Rosalind Achterberg-Vane
  relation: patient
provider:
  name: Ignatius Farrow-Delgado, MD
  credentials: MD, psychiatrist
  npi: "1847361023"
  address: |-
    Sonoran Mind Clinic, 2250 E Speedway Blvd, Suite 300
    Tucson, AZ 85719
  phone: (520) 555-0132
peer_to_peer:
  availability: weekdays 12-1 pm
record_dates:
  - file: clinical/psychiatry-progress-note-2026-04-27.txt
    date: 2026-04-27
  - file: clinical/psychiatry-progress-note-2026-05-14.txt
    date: 2026-05-14
  - file: clinical/psychiatry-evaluation-2026-10-27.txt
    date: 2026-10-27
bates_prefix: ACHTERBERGVANE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/notice-of-denial-of-medical-coverage-2026-11-16.txt": '''
DESERT CREST HEALTH PLANS (FICTIONAL) - SAGUARO SENIOR ADVANTAGE HMO
NOTICE OF DENIAL OF MEDICAL COVERAGE (fictional rendition)           Date of notice: 11/16/2026   Page 1 of 2
Member: Rosalind Achterberg-Vane   Member ID FICT-MA-30418827
Request: esketamine nasal spray, G2083, induction course of 8 treatments; requested by Ignatius Farrow-Delgado, MD
Reference: DC-PA-26-1109-4471   Received 11/09/2026

We denied this request. Plan criteria BH-ESK-03 criterion 3 not met: the records show aripiprazole was stopped
after 10 days. There is no adequate trial of an augmenting agent (lithium or a second-generation antipsychotic)
for at least 6 weeks.
Reviewed by: Carl Presby, MD (internal medicine).

Your right to appeal: you must ask for an appeal within 65 calendar days from the date of this notice. Mail:
Medicare Appeals and Grievances, PO Box 61204, Phoenix, AZ 85082. Fax: (602) 555-0163. Phone 1-800-555-0171.
''',
        "clinical/psychiatry-progress-note-2026-04-27.txt": '''
SONORAN MIND CLINIC (FICTIONAL) - PSYCHIATRY PROGRESS NOTE                          Date: 04/27/2026   Page 1 of 1
Patient: Rosalind Achterberg-Vane   DOB 04/11/1956   Psychiatrist: Ignatius Farrow-Delgado, MD
Current episode began 08/2025 (recurrent MDD; earlier episode 2019 remitted on sertraline 100 mg).
Medication history this episode: sertraline 150 mg 09/2025-12/2025, 12 weeks, partial response at week 6, lost by
week 12. Venlafaxine XR 225 mg since 01/2026: partial response (MADRS 36 to 31), continued.
Lithium carbonate 600 mg daily added 03/02/2026. Lithium level 0.7 mEq/L on 04/14/2026. MADRS 34 before lithium,
33 today after 8 weeks: no response. Lithium stopped today; creatinine stable.
Trazodone 50 mg at bedtime for sleep since 06/2024 (sleep dose), continued.
Plan: start aripiprazole 2 mg. Continue venlafaxine XR 225 mg.
''',
        "clinical/psychiatry-progress-note-2026-05-14.txt": '''
SONORAN MIND CLINIC (FICTIONAL) - PSYCHIATRY PROGRESS NOTE                          Date: 05/14/2026   Page 1 of 1
Patient: Rosalind Achterberg-Vane   DOB 04/11/1956   Psychiatrist: Ignatius Farrow-Delgado, MD
Aripiprazole started 05/04/2026 at 2 mg, raised to 5 mg on 05/11/2026. Severe restlessness and inability to sit:
akathisia (BARS global 3). Aripiprazole stopped today after 10 days for akathisia: intolerance.
Plan: continue venlafaxine XR 225 mg; no further antipsychotic trial (akathisia); discuss esketamine.
''',
        "clinical/psychiatry-evaluation-2026-10-27.txt": '''
SONORAN MIND CLINIC (FICTIONAL) - ESKETAMINE EVALUATION                             Date: 10/27/2026   Page 1 of 1
Patient: Rosalind Achterberg-Vane   DOB 04/11/1956   Psychiatrist: Ignatius Farrow-Delgado, MD
Diagnosis: major depressive disorder, recurrent, severe, without psychotic features (F33.2).
MADRS 33 today. Blood pressure 128/78. No psychosis, no substance use, no aneurysmal vascular disease.
Treatment-resistant: two antidepressants (sertraline, venlafaxine XR) and lithium augmentation failed;
aripiprazole not tolerated. Venlafaxine XR 225 mg continues with esketamine.
Transport: her daughter, Lena Achterberg, will drive her home after each treatment.
Plan: esketamine 56 mg then 84 mg twice weekly x 4 weeks (8 treatments).
Addendum 11/10/2026 (phone): PHQ-9 21. Passive wish not to wake up; no plan, no intent. Safety plan reviewed.
''',
        "other/plan-policy-bh-esk-03-excerpt.txt": '''
DESERT CREST HEALTH PLANS (FICTIONAL) - MEDICAL POLICY BH-ESK-03, ESKETAMINE NASAL SPRAY (excerpt)   Page 1 of 1
Esketamine is medically necessary when all are met: 1. Major depressive disorder, moderate or severe, without
psychotic features. 2. Inadequate response to at least two antidepressants at adequate dose for at least 6 weeks
in the current episode. 3. Inadequate response to, or intolerance of, an augmenting agent (lithium or a
second-generation antipsychotic); a trial for response must last at least 6 weeks. 4. An oral antidepressant is
continued with esketamine.
''',
    },
    truth='''
# 01 - Medicare Advantage HMO: Spravato denied under the plan's criterion 3; the denial names the 10-day aripiprazole and leaves out 8 weeks of lithium; the patient appeals (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Rosalind Achterberg-Vane, 70 (DOB 04/11/1956), Saguaro Senior Advantage HMO (Desert Crest Health Plans), Arizona.
- Pre-service request DC-PA-26-1109-4471 for Spravato (G2083, 8 treatments) denied 11/16/2026 by Carl Presby, MD
  (internal medicine) under the plan's own policy **BH-ESK-03 criterion 3**.
- Current episode began **08/2025**. Sertraline 150 mg 09-12/2025, 12 weeks, response lost (failed). **Venlafaxine XR
  225 mg since 01/2026, partial response, still taken** and continued with esketamine.
- **Lithium 600 mg, 03/02/2026-04/27/2026, 8 weeks, level 0.7 mEq/L (04/14/2026), MADRS 34 -> 33: no response** - an
  adequate failed augmentation trial. **Aripiprazole 05/04-05/14/2026, 10 days, stopped for akathisia** - intolerance,
  which criterion 3 accepts in words ("or intolerance of").
- Trazodone 50 mg at bedtime since 2024 is a sleep dose, not an antidepressant trial.
- MADRS 33 on 10/27/2026; PHQ-9 21 on 11/10/2026; passive death wish, no plan or intent (11/10/2026). BP 128/78.
- **Stage/rule:** first appeal = reconsideration, 65 days from the notice: by **01/20/2027**; Part B drug: a standard
  reconsideration is decided within 7 days (42 CFR 422.590(c)). The plan applies its own internal criteria: 42 CFR
  422.101(b)(6) limits them.
- Author: the patient herself ("I").

## Deliberately unknown
- Whether the plan's criteria were published as 422.101(b)(6) requires: not in the case; a letter may ask.
- What the reviewer had before him (whether the 04/27/2026 note was sent): not stated.

## Traps
- Aripiprazole really was not an adequate trial: a letter must not call it a failed 6-week trial; it is an
  **intolerance**, and criterion 3 accepts intolerance.
- Lithium is the adequate augmentation trial; the denial simply leaves it out.
- **Venlafaxine continues**: never "stopped" or "discontinued". Partial response, not no response.
- The 2019 remission on sertraline 100 mg is an earlier episode; it does not count in the current episode and is
  not a reason sertraline would work now.
- Trazodone 50 mg is a sleep dose.
- Suicidality is **passive** (no plan, no intent): not "active", not the Spravato suicidality indication.
- Daughter Lena Achterberg drives her; she is not a party.
- Voice: the patient writes "I", never "Ms. Achterberg-Vane has failed".

## Arguments a strong letter makes
1. Criterion 3 is met twice over: lithium at a therapeutic level (0.7 mEq/L) for 8 weeks without response, and
   aripiprazole stopped for akathisia - intolerance, which the criterion's own words accept.
2. Correct the denial: it names only aripiprazole and leaves out lithium (Exhibit of 04/27/2026).
3. Criteria 1, 2 and 4 met (F33.2; sertraline and venlafaxine; venlafaxine continues).
4. A Medicare Advantage plan's internal criteria are limited by 42 CFR 422.101(b)(6); ask for the evidence behind them.
5. Ask for a decision within 7 days (Part B drug) and offer a peer-to-peer with the psychiatrist.

## What a letter must NOT say
- "no augmentation trial"; "aripiprazole for 6 weeks"; "failed aripiprazole" as an adequate trial.
- "stopped venlafaxine"; "discontinued venlafaxine"; "no response to venlafaxine".
- "failed trazodone"; trazodone as an antidepressant trial.
- "active suicidal ideation"; "suicide attempt".
- "Ms. Achterberg-Vane has failed" (third person from the patient).
- "ERISA"; "29 CFR 2560.503-1"; "external review within 4 months"; "Medicaid".
''',
    answers=[
        ("Reference number of the denied request", "DC-PA-26-1109-4471", "denial/notice-of-denial-of-medical-coverage-2026-11-16.txt"),
        ("Date of the denial notice", "11/16/2026", "denial/notice-of-denial-of-medical-coverage-2026-11-16.txt"),
        ("Criterion the denial says is unmet", "BH-ESK-03 criterion 3", "denial/notice-of-denial-of-medical-coverage-2026-11-16.txt"),
        ("Reviewer's specialty", "internal medicine", "denial/notice-of-denial-of-medical-coverage-2026-11-16.txt"),
        ("Lithium level", "0.7 mEq/L on 04/14/2026", "clinical/psychiatry-progress-note-2026-04-27.txt"),
        ("Lithium dose", "Lithium carbonate 600 mg daily added 03/02/2026", "clinical/psychiatry-progress-note-2026-04-27.txt"),
        ("MADRS before and after lithium", "MADRS 34 before lithium, 33 today after 8 weeks", "clinical/psychiatry-progress-note-2026-04-27.txt"),
        ("Why aripiprazole was stopped", "stopped today after 10 days for akathisia: intolerance", "clinical/psychiatry-progress-note-2026-05-14.txt"),
        ("Is venlafaxine still taken", "Venlafaxine XR 225 mg continues with esketamine", "clinical/psychiatry-evaluation-2026-10-27.txt"),
        ("Trazodone purpose", "Trazodone 50 mg at bedtime for sleep since 06/2024 (sleep dose)", "clinical/psychiatry-progress-note-2026-04-27.txt"),
        ("Current episode onset", "Current episode began 08/2025", "clinical/psychiatry-progress-note-2026-04-27.txt"),
        ("Latest MADRS and date", "MADRS 33 today", "clinical/psychiatry-evaluation-2026-10-27.txt"),
        ("Suicidality on 11/10/2026", "Passive wish not to wake up; no plan, no intent", "clinical/psychiatry-evaluation-2026-10-27.txt"),
        ("Who drives the patient home", "Lena Achterberg", "clinical/psychiatry-evaluation-2026-10-27.txt"),
        ("Criterion 3 words on intolerance", "Inadequate response to, or intolerance of, an augmenting agent", "other/plan-policy-bh-esk-03-excerpt.txt"),
        ("Appeal deadline", "2027-01-20", "case.yaml"),
    ],
)



# ----------------------------------------------------------------------------------------------------- case 02
case(
    slug="part-d-pdp-pimavanserin-parkinson-psychosis-quetiapine-25mg-tablets-read-as-dose-falls-citalopram-said-current-switched-qtc-redetermination-wife",
    yaml='''
# FICTIONAL CASE (set 101, case 02) - every person, plan, provider, number and address is invented.
# Stand-alone Part D PDP, NM. Pimavanserin for Parkinson's disease psychosis denied under step PSY-ST-11: "claims
# show quetiapine 25 mg only" and "claims show citalopram (QT)". The 25 mg is the tablet strength: 2 tablets at
# bedtime (50 mg) for 5 weeks without benefit, then 75 mg for a week with orthostatic falls (intolerance).
# Citalopram was stopped 08/2026 (sertraline since); QTc 428 ms. Levodopa and rivastigmine continue. The wife writes.
patient:
  name: Teodoro Ballesteros-Quinn
  salutation: Mr. Ballesteros-Quinn
  date_of_birth: 1952-02-19
  member_id: FICT-PDP-72205591
  address: |-
    918 Calle Alamosa NW
    Albuquerque, NM 87107
  phone: (505) 555-0126
insurer:
  name: Cibola Mutual Health - Mesa Verde Rx Plus (PDP) (FICTIONAL)
  appeals_address: |-
    Cibola Mutual Health, Part D Redeterminations (FICTIONAL)
    PO Box 33815
    Albuquerque, NM 87190
  fax: (505) 555-0178
claim:
  number: CM-CD-26-1117-2290
  plan_type: medicare_part_d
  notice_date: 2026-11-20
  appeal_deadline: 2027-01-24
  deadline_basis: >-
    Notice of Denial of Medicare Prescription Drug Coverage of 11/20/2026: "You must ask for a redetermination
    within 65 days from the date of this notice." Counted from the notice date.
  diagnosis_codes: [F06.0, G20.A1]
  denial_reason: >-
    Step therapy PSY-ST-11 is not met. Our claims show quetiapine 25 mg only; there is no trial at 50 mg daily or
    more. Our claims show citalopram, which prolongs the QT interval (criterion 2).
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  corrections:
    - said: Our claims show quetiapine 25 mg only; there is no trial at 50 mg daily or more.
      record: >-
        25 mg is the tablet strength. The prescription was 2 tablets (50 mg) at bedtime, #60 for 30 days, taken
        05/04/2026-06/08/2026 (5 weeks) without benefit; at 75 mg he had orthostatic hypotension and two falls, and
        quetiapine was stopped 06/15/2026.
      file: [clinical/neurology-note-2026-06-15.txt, other/household-pharmacy-printout-2026.txt]
      page: 1
    - said: Our claims show citalopram, which prolongs the QT interval (criterion 2).
      record: >-
        Citalopram 20 mg was stopped on 08/12/2026 (last fill 07/10/2026) and replaced by sertraline 50 mg; the ECG of
        11/18/2026 shows a QTc of 428 ms.
      file: clinical/neurology-note-2026-11-18.txt
      page: 1
treatment:
  name: Pimavanserin (Nuplazid) 34 mg daily
  summary: >-
    Pimavanserin for hallucinations and delusions of Parkinson's disease psychosis, after quetiapine at 50 mg gave no
    benefit and 75 mg caused falls; citalopram has been stopped and the QTc is 428 ms.
  alongside: carbidopa/levodopa 25/100 mg three times daily
prescriber_statement:
  date: 2026-11-24
  quote: >-
    He took quetiapine 50 mg at bedtime for five weeks without benefit, and at 75 mg had orthostatic hypotension with
    two falls; quetiapine is not tolerated. He has not taken citalopram since 08/12/2026, and his QTc on 11/18/2026
    was 428 ms. Pimavanserin is medically necessary.
  file: other/prescriber-supporting-statement-2026-11-24.txt
clinical:
  severity: SAPS-PD 13 and MoCA 21 on 11/18/2026
  severity_date: 2026-11-18
  suicidality: none
  suicidality_date: 2026-11-18
  treating_since: 2017-09
  history:
    - drug: Rivastigmine patch
      dose: 9.5 mg/24 h
      start: 2025-12
      ongoing: true
      kind: other
      outcome: For Parkinson's disease dementia; continued
      evidence: {file: clinical/neurology-note-2026-06-15.txt, page: 1}
    - drug: Citalopram
      dose: 20 mg daily
      start: 2023-05
      end: 2026-08-12
      kind: antidepressant
      outcome: For depression of Parkinson's disease; stopped 08/12/2026 and replaced by sertraline
      evidence: {file: clinical/neurology-note-2026-11-18.txt, page: 1}
    - drug: Sertraline
      dose: 50 mg daily
      start: 2026-08-12
      ongoing: true
      kind: antidepressant
      outcome: For depression of Parkinson's disease; continued
      evidence: {file: clinical/neurology-note-2026-11-18.txt, page: 1}
    - drug: Carbidopa/levodopa
      dose: 25/100 mg three times daily
      start: 2017-09
      ongoing: true
      kind: other
      outcome: Continued at the same dose
      evidence: {file: clinical/neurology-note-2026-06-15.txt, page: 1}
    - drug: Quetiapine
      dose: 50 mg at bedtime (2 x 25 mg tablets), then 75 mg for 1 week
      start: 2026-05-04
      end: 2026-06-15
      weeks: 5
      kind: other
      adequate: true
      failed: true
      response: none
      outcome: No benefit after 5 weeks at 50 mg; orthostatic hypotension and two falls at 75 mg; stopped
      evidence: {file: clinical/neurology-note-2026-06-15.txt, page: 1}
    - drug: Melatonin
      dose: 6 mg at bedtime for sleep
      start: 2024-01
      ongoing: true
      kind: other
      outcome: For REM sleep behavior; not a treatment of the psychosis
      evidence: {file: clinical/neurology-note-2026-11-18.txt, page: 1}
payer_criteria:
  - criterion: >-
      1. A trial of quetiapine of at least 4 weeks at 50 mg daily or more, unless quetiapine was not tolerated or is
      contraindicated.
    how_met: >-
      Quetiapine 50 mg at bedtime (2 x 25 mg tablets) for 5 weeks without benefit; at 75 mg orthostatic hypotension
      and two falls: not tolerated.
    met: true
    evidence: [{file: clinical/neurology-note-2026-06-15.txt, page: 1}, {file: other/household-pharmacy-printout-2026.txt, page: 1}]
  - criterion: >-
      2. No concurrent drug that prolongs the QT interval, unless the prescriber documents an ECG with a QTc under
      450 ms.
    how_met: Citalopram was stopped 08/12/2026 (sertraline since); ECG 11/18/2026, QTc 428 ms.
    met: true
    evidence: {file: clinical/neurology-note-2026-11-18.txt, page: 1}
plan_policy:
  name: Mesa Verde Rx Plus Step Therapy Criteria PSY-ST-11, pimavanserin
  number: PSY-ST-11
  quote: >-
    Pimavanserin is covered for hallucinations and delusions of Parkinson's disease psychosis when: 1. A trial of
    quetiapine of at least 4 weeks at 50 mg daily or more, unless quetiapine was not tolerated or is contraindicated.
    2. No concurrent drug that prolongs the QT interval, unless the prescriber documents an ECG with a QTc under
    450 ms.
  file: other/step-therapy-criteria-psy-st-11-excerpt.txt
author:
  name: Marguerite Ballesteros-Quinn
  role: wife and appointed representative
  relation: representative
  address: |-
    918 Calle Alamosa NW
    Albuquerque, NM 87107
  phone: (505) 555-0127
  authorization: other/appointment-of-representative-2026-11-22.txt
provider:
  name: Anika Sorensen-Mbeki, MD
  credentials: MD, neurologist (movement disorders)
  npi: "1720938459"
  address: |-
    Rio Grande Movement Disorders Clinic, 5100 Menaul Blvd NE, Suite 12
    Albuquerque, NM 87110
  phone: (505) 555-0139
record_dates:
  - file: clinical/neurology-note-2026-06-15.txt
    date: 2026-06-15
  - file: clinical/neurology-note-2026-11-18.txt
    date: 2026-11-18
  - file: other/prescriber-supporting-statement-2026-11-24.txt
    date: 2026-11-24
bates_prefix: BALLESTEROSQUINN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/notice-of-denial-part-d-2026-11-20.txt": '''
CIBOLA MUTUAL HEALTH (FICTIONAL) - MESA VERDE RX PLUS (PDP)
NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE (fictional rendition)   Date: 11/20/2026   Page 1 of 2
Member: Teodoro Ballesteros-Quinn   ID FICT-PDP-72205591   Coverage determination CM-CD-26-1117-2290
Drug: pimavanserin 34 mg capsule, #30 per 30 days. Prescriber: Anika Sorensen-Mbeki, MD

We denied your request. Step therapy PSY-ST-11 is not met. Our claims show quetiapine 25 mg only; there is no
trial at 50 mg daily or more. Our claims show citalopram, which prolongs the QT interval (criterion 2).

You must ask for a redetermination within 65 days from the date of this notice. Write to Part D
Redeterminations, PO Box 33815, Albuquerque, NM 87190, or fax (505) 555-0178. Your prescriber may ask for you.
''',
        "clinical/neurology-note-2026-06-15.txt": '''
RIO GRANDE MOVEMENT DISORDERS CLINIC (FICTIONAL) - NEUROLOGY NOTE                   Date: 06/15/2026   Page 1 of 1
Patient: Teodoro Ballesteros-Quinn   DOB 02/19/1952   Neurologist: Anika Sorensen-Mbeki, MD
Parkinson's disease since 2017 (G20.A1); visual hallucinations and a delusion of intruders since 2025 (F06.0).
Quetiapine 25 mg tablets: 2 tablets (50 mg) at bedtime from 05/04/2026 to 06/08/2026, 5 weeks: hallucinations
unchanged (SAPS-PD 14 to 13). Raised to 3 tablets (75 mg) 06/08/2026: orthostatic hypotension (BP 142/80 lying,
104/62 standing) and two falls (06/10/2026, 06/13/2026). Quetiapine stopped today: not tolerated.
Rivastigmine patch 9.5 mg/24 h since 12/2025 continues.
''',
        "clinical/neurology-note-2026-11-18.txt": '''
RIO GRANDE MOVEMENT DISORDERS CLINIC (FICTIONAL) - NEUROLOGY NOTE                   Date: 11/18/2026   Page 1 of 1
Patient: Teodoro Ballesteros-Quinn   DOB 02/19/1952   Neurologist: Anika Sorensen-Mbeki, MD
Hallucinations nightly; he called the police about intruders on 11/02/2026. SAPS-PD 13; MoCA 21. No suicidal ideation.
Citalopram 20 mg (since 05/2023, for depression) stopped 08/12/2026; sertraline 50 mg daily since. ECG today: QTc 428 ms.
Melatonin 6 mg at bedtime for REM sleep behavior since 01/2024. Carbidopa/levodopa 25/100 three times daily continues.
Plan: pimavanserin 34 mg daily; supporting statement to the plan. His wife, Marguerite, will handle the appeal.
''',
        "other/prescriber-supporting-statement-2026-11-24.txt": '''
PRESCRIBER SUPPORTING STATEMENT FOR A COVERAGE EXCEPTION (42 CFR 423.578(b))         Date: 11/24/2026   Page 1 of 1
Member: Teodoro Ballesteros-Quinn   ID FICT-PDP-72205591   Drug: pimavanserin 34 mg daily
He took quetiapine 50 mg at bedtime for five weeks without benefit, and at 75 mg had orthostatic hypotension with
two falls; quetiapine is not tolerated. He has not taken citalopram since 08/12/2026, and his QTc on 11/18/2026
was 428 ms. Pimavanserin is medically necessary.
Signed: Anika Sorensen-Mbeki, MD, neurologist. NPI 1720938459. Phone (505) 555-0139.
''',
        "other/step-therapy-criteria-psy-st-11-excerpt.txt": '''
MESA VERDE RX PLUS (PDP) (FICTIONAL) - STEP THERAPY CRITERIA PSY-ST-11 (excerpt)              Page 1 of 1
Pimavanserin is covered for hallucinations and delusions of Parkinson's disease psychosis when: 1. A trial of
quetiapine of at least 4 weeks at 50 mg daily or more, unless quetiapine was not tolerated or is contraindicated.
2. No concurrent drug that prolongs the QT interval, unless the prescriber documents an ECG with a QTc under 450 ms.
''',
        "other/appointment-of-representative-2026-11-22.txt": '''
APPOINTMENT OF REPRESENTATIVE (fictional rendition of form CMS-1696)                 Date: 11/22/2026   Page 1 of 1
I, Teodoro Ballesteros-Quinn (Medicare Part D member ID FICT-PDP-72205591), appoint my wife, Marguerite
Ballesteros-Quinn, to act as my representative on my request for pimavanserin with Mesa Verde Rx Plus.
Signed: Teodoro Ballesteros-Quinn        Accepted: Marguerite Ballesteros-Quinn, (505) 555-0127
''',
        "other/household-pharmacy-printout-2026.txt": '''
SANDIA FAMILY PHARMACY (FICTIONAL) - HOUSEHOLD PRESCRIPTION HISTORY                Printed 11/21/2026   Page 1 of 1
Household: Ballesteros-Quinn
Teodoro     quetiapine 25 mg tablet #60, sig: 2 tablets at bedtime   filled 05/04/2026, 06/03/2026   plan: Mesa Verde Rx Plus
Teodoro     citalopram 20 mg #30                                     last filled 07/10/2026         plan: Mesa Verde Rx Plus
Teodoro     sertraline 50 mg #30                                     filled 08/12/2026 to 11/10/2026 plan: Mesa Verde Rx Plus
Marguerite  levothyroxine 75 mcg #30                                 filled 11/05/2026              plan: Mesa Verde Rx Plus
''',
    },
    truth='''
# 02 - Part D step therapy: pimavanserin for Parkinson's psychosis; the plan read the 25 mg tablet strength as the dose and a stopped citalopram as current; the wife asks for a redetermination (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Teodoro Ballesteros-Quinn, 74, Mesa Verde Rx Plus (stand-alone Part D PDP, Cibola Mutual Health), New Mexico.
  Parkinson's disease since 2017 (G20.A1); hallucinations and a delusion of intruders since 2025 (F06.0).
- Coverage determination **CM-CD-26-1117-2290** denied pimavanserin 34 mg on 11/20/2026 under **PSY-ST-11**.
- **Quetiapine**: 25 mg **tablets**, sig **2 at bedtime = 50 mg**, #60/30 days, 05/04-06/08/2026 (**5 weeks**), no
  benefit (SAPS-PD 14 -> 13); then **75 mg** for a week: orthostatic hypotension (142/80 lying, 104/62 standing), **two
  falls** (06/10, 06/13/2026); stopped 06/15/2026. Criterion 1 is met twice: 4+ weeks at 50 mg, and not tolerated.
- **Citalopram** 20 mg (for depression of PD) was **stopped 08/12/2026** (last fill 07/10/2026) and replaced by
  **sertraline 50 mg, still taken**; ECG 11/18/2026 **QTc 428 ms**. Criterion 2 is met both ways.
- **Carbidopa/levodopa 25/100 three times daily and rivastigmine 9.5 mg/24 h continue.** Melatonin 6 mg is for REM sleep behavior.
- SAPS-PD 13, MoCA 21, no suicidal ideation (11/18/2026).
- **Prescriber's supporting statement 11/24/2026** (after the denial), from the treating neurologist.
- **Rule/stage:** redetermination within 65 days of the notice date: by **01/24/2027** (42 CFR 423.582(b)); exception
  on the prescriber's statement (42 CFR 423.578(b)).
- Author: his wife, appointed representative (fictional rendition of CMS-1696, 11/22/2026).

## Deliberately unknown
- Whether the plan saw the sig (quantity 60) on its own claims: its claims must show #60, but the notice reads only the strength.
- The independent review entity's later time limit: not in the case.

## Traps
- "Quetiapine 25 mg" is the tablet strength, not the dose: the dose was 50 mg (then 75 mg).
- Quetiapine is both an inadequate response at 50 mg **and** an intolerance at 75 mg; never "quetiapine 25 mg trial".
- Citalopram is **stopped**, not current; sertraline is current (for depression, not a psychosis trial).
- Levodopa **continues** - never "stopped levodopa".
- Sertraline is not claimed to be free of QT effect: the ECG (QTc 428 ms) answers criterion 2 whatever the drug list.
- Rivastigmine continues; melatonin is a sleep medicine, not a trial.
- This is psychosis of Parkinson's disease, not depression: no antidepressant-trial language, no ketamine/TMS criteria.
- The household printout names Marguerite's own prescription (levothyroxine): private.
- No suicidal ideation.
- The 11/24/2026 statement is new: not "the plan ignored it".

## Arguments a strong letter makes
1. PSY-ST-11 criterion 1 is met: quetiapine 50 mg for 5 weeks without benefit (2 x 25 mg tablets, #60 per 30 days),
   and it was not tolerated at 75 mg (falls) - the criterion's own "unless ... not tolerated".
2. Criterion 2 is met: citalopram stopped 08/12/2026, QTc 428 ms on 11/18/2026 (under the 450 ms the rule names).
3. Coverage exception under 42 CFR 423.578(b) resting on the neurologist's statement, quoted.
4. Correct both statements of the notice with their exhibits.

## What a letter must NOT say
- "quetiapine 25 mg" as the dose or "a 25 mg trial"; "takes citalopram"; "QTc over 450".
- "stopped levodopa"; "discontinued carbidopa/levodopa"; "rivastigmine stopped".
- "failed antidepressants"; "treatment-resistant depression".
- "levothyroxine"; anything about Marguerite's own prescriptions.
- "suicidal ideation" as present.
- "ERISA"; "external review within 4 months"; "60 days after receipt".
''',
    answers=[
        ("Coverage determination number", "CM-CD-26-1117-2290", "denial/notice-of-denial-part-d-2026-11-20.txt"),
        ("What the notice says of quetiapine", "Our claims show quetiapine 25 mg only", "denial/notice-of-denial-part-d-2026-11-20.txt"),
        ("Redetermination window", "within 65 days from the date of this notice", "denial/notice-of-denial-part-d-2026-11-20.txt"),
        ("Quetiapine dose taken", "2 tablets (50 mg) at bedtime from 05/04/2026 to 06/08/2026, 5 weeks", "clinical/neurology-note-2026-06-15.txt"),
        ("Quetiapine sig on the pharmacy record", "quetiapine 25 mg tablet #60, sig: 2 tablets at bedtime", "other/household-pharmacy-printout-2026.txt"),
        ("Effect at 50 mg", "hallucinations unchanged (SAPS-PD 14 to 13)", "clinical/neurology-note-2026-06-15.txt"),
        ("Harm at 75 mg", "orthostatic hypotension", "clinical/neurology-note-2026-06-15.txt"),
        ("Falls", "two falls (06/10/2026, 06/13/2026)", "clinical/neurology-note-2026-06-15.txt"),
        ("When citalopram stopped", "stopped 08/12/2026; sertraline 50 mg daily since", "clinical/neurology-note-2026-11-18.txt"),
        ("QTc", "QTc 428 ms", "clinical/neurology-note-2026-11-18.txt"),
        ("Citalopram last fill", "last filled 07/10/2026", "other/household-pharmacy-printout-2026.txt"),
        ("Current scales", "SAPS-PD 13; MoCA 21", "clinical/neurology-note-2026-11-18.txt"),
        ("Melatonin purpose", "Melatonin 6 mg at bedtime for REM sleep behavior", "clinical/neurology-note-2026-11-18.txt"),
        ("Date of the prescriber statement", "11/24/2026", "other/prescriber-supporting-statement-2026-11-24.txt"),
        ("Step rule's intolerance clause", "unless quetiapine was not tolerated or is contraindicated", "other/step-therapy-criteria-psy-st-11-excerpt.txt"),
        ("Appeal deadline", "2027-01-24", "case.yaml"),
    ],
)

# ----------------------------------------------------------------------------------------------------- case 03
case(
    slug="separate-chip-teen-16-tms-denial-quotes-june-phq-a-9-relapse-since-no-epsdt-first-appeal-mother",
    yaml='''
# FICTIONAL CASE (set 101, case 03) - every person, plan, provider, number and address is invented.
# Separate CHIP (not Medicaid), managed care, CO, member aged 16. TMS (36 sessions) denied: "responding to
# sertraline (PHQ-A 9 on 06/15/2026)" and "no psychotherapy". The June score was followed by a relapse (PHQ-A 19,
# inpatient 10/20-10/24/2026); 16 CBT sessions were completed. Sertraline continues. A separate CHIP has no EPSDT
# and no state fair hearing: the state reviews. The mother writes.
patient:
  name: Jonah Featherstone-Ruiz
  salutation: Jonah
  date_of_birth: 2010-06-02
  member_id: FICT-CHP-CO-88140263
  address: |-
    2715 W 38th Avenue
    Denver, CO 80211
  phone: (303) 555-0152
insurer:
  name: Front Range Kids Health Plan (FICTIONAL), a separate CHIP managed care plan
  appeals_address: |-
    Front Range Kids & Families Health Plan, Appeals Unit (FICTIONAL)
    PO Box 17730
    Denver, CO 80217
  fax: (303) 555-0181
claim:
  number: FR-AUTH-26-1104-5526
  plan_type: chip
  delivery: managed_care
  notice_date: 2026-11-12
  appeal_deadline: 2027-01-11
  deadline_basis: >-
    Notice of Adverse Benefit Determination of 11/12/2026: "You have 60 days from the date of this notice to ask
    for an appeal." Counted from the notice date.
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F32.2]
  sessions: 36
  pending_services: 36
  denial_reason: >-
    TMS is not medically necessary. Criteria BH-TMS-Y2 are not met: the member is responding to sertraline (PHQ-A 9
    on 06/15/2026), and the member has not completed a trial of psychotherapy.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: "Alvin Stroud, MD", specialty: family medicine}
  action: none
  corrections:
    - said: the member has not completed a trial of psychotherapy
      record: >-
        Jonah completed 16 sessions of cognitive behavioral therapy from 10/2025 to 02/2026 with a partial response,
        and 6 family therapy sessions from 03/2026 to 05/2026.
      file: clinical/therapy-summary-2026-10-28.txt
      page: 1
    - said: the member is responding to sertraline (PHQ-A 9 on 06/15/2026)
      record: >-
        The June response was lost: Jonah relapsed from 09/2026 on the same sertraline dose, was in hospital
        10/20/2026-10/24/2026 for suicidal thoughts with a plan, and scored PHQ-A 19 and CDRS-R 68 on 11/03/2026.
      file: clinical/psychiatry-evaluation-2026-11-03.txt
      page: 1
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions
  summary: >-
    A course of 36 TMS sessions, added to sertraline, for a 16-year-old with severe depression after two failed
    SSRIs, a lost response to a third, and 16 sessions of CBT.
  plan: >-
    36 sessions over 6 weeks, 5 per week, then taper; PHQ-A weekly and CDRS-R at sessions 10, 20 and 36; stop if
    CDRS-R has not fallen by 20% at session 20. Sertraline 150 mg continues.
  setting: Foothills Adolescent TMS Center, under a child and adolescent psychiatrist
  alongside: sertraline 150 mg daily
clinical:
  severity: CDRS-R 68 and PHQ-A 19 on 11/03/2026
  severity_date: 2026-11-03
  suicidality: active
  suicidality_date: 2026-10-20
  episode_onset: 2025-08
  treating_since: 2025-09
  exclusions: No psychosis; no seizure disorder; no metal implants in the head; no substance use.
  history:
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2025-09
      end: 2025-12
      weeks: 14
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 14 weeks
      evidence: {file: clinical/psychiatry-evaluation-2026-11-03.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: weekly, 16 sessions
      start: 2025-10
      end: 2026-02
      sessions: 16
      kind: psychotherapy
      adequate: true
      response: partial
      outcome: Partial response; completed
      evidence: {file: clinical/therapy-summary-2026-10-28.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2026-01
      end: 2026-03
      weeks: 9
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 9 weeks
      evidence: {file: clinical/psychiatry-evaluation-2026-11-03.txt, page: 1}
    - drug: Family therapy
      dose: 6 sessions
      start: 2026-03
      end: 2026-05
      sessions: 6
      kind: psychotherapy
      outcome: Completed 6 sessions
      evidence: {file: clinical/therapy-summary-2026-10-28.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2026-04
      ongoing: true
      kind: antidepressant
      adequate: true
      response: lost
      outcome: Response by 06/2026 (PHQ-A 9), lost from 09/2026; continued with TMS
      evidence: {file: clinical/psychiatry-evaluation-2026-11-03.txt, page: 1}
    - drug: Aripiprazole (augmentation)
      dose: 2 mg daily
      start: 2026-07-06
      end: 2026-08-03
      weeks: 4
      kind: augmentation
      adequate: false
      outcome: Stopped after 4 weeks for a 6 kg weight gain (intolerance)
      evidence: {file: clinical/psychiatry-evaluation-2026-11-03.txt, page: 1}
    - drug: Melatonin
      dose: 3 mg at bedtime for sleep
      start: 2026-02
      ongoing: true
      kind: other
      outcome: For sleep; not an antidepressant trial
      evidence: {file: clinical/psychiatry-evaluation-2026-11-03.txt, page: 1}
impact:
  hospitalizations: Inpatient psychiatric stay 10/20/2026-10/24/2026 for suicidal thoughts with a plan.
  work: Missed 19 school days since September 2026; now on a reduced school schedule.
payer_criteria:
  - criterion: "1. Member aged 15 to 21 with major depressive disorder without psychotic features."
    how_met: Age 16; single episode, severe, without psychotic features (F32.2).
    met: true
    evidence: {file: clinical/psychiatry-evaluation-2026-11-03.txt, page: 1}
  - criterion: "2. Inadequate response to at least two antidepressants, each at an adequate dose for at least 6 weeks."
    how_met: Fluoxetine 40 mg for 14 weeks and escitalopram 20 mg for 9 weeks, no response to either.
    met: true
    evidence: {file: clinical/psychiatry-evaluation-2026-11-03.txt, page: 1}
  - criterion: "3. Inadequate response to at least 12 sessions of an evidence-based psychotherapy."
    how_met: 16 sessions of CBT, 10/2025-02/2026, partial response only.
    met: true
    evidence: {file: clinical/therapy-summary-2026-10-28.txt, page: 1}
  - criterion: "4. No psychosis, seizure disorder or metal in the head."
    how_met: None of them, per the evaluation of 11/03/2026.
    met: true
    evidence: {file: clinical/psychiatry-evaluation-2026-11-03.txt, page: 1}
plan_policy:
  name: Front Range Kids Health Plan Clinical Criteria BH-TMS-Y2, TMS for members under 22
  number: BH-TMS-Y2
  quote: >-
    TMS is medically necessary when all are met: 1. Member aged 15 to 21 with major depressive disorder without
    psychotic features. 2. Inadequate response to at least two antidepressants, each at an adequate dose for at
    least 6 weeks. 3. Inadequate response to at least 12 sessions of an evidence-based psychotherapy. 4. No
    psychosis, seizure disorder or metal in the head.
  file: other/clinical-criteria-bh-tms-y2-excerpt.txt
author:
  name: Daniela Ruiz
  role: mother
  relation: parent
  address: |-
    2715 W 38th Avenue
    Denver, CO 80211
  phone: (303) 555-0153
  email: daniela.ruiz@familymail.example
provider:
  name: Oluwaseun Pardo-Whitman, MD
  credentials: MD, child and adolescent psychiatrist
  npi: "1650382173"
  address: |-
    Foothills Adolescent TMS Center, 8800 W Colfax Avenue, Suite 210
    Lakewood, CO 80215
  phone: (303) 555-0134
record_dates:
  - file: clinical/therapy-summary-2026-10-28.txt
    date: 2026-10-28
  - file: clinical/psychiatry-evaluation-2026-11-03.txt
    date: 2026-11-03
bates_prefix: FEATHERSTONERUIZ
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/notice-of-adverse-benefit-determination-2026-11-12.txt": '''
FRONT RANGE KIDS HEALTH PLAN (FICTIONAL) - SEPARATE CHIP MANAGED CARE PLAN (NOT MEDICAID)
NOTICE OF ADVERSE BENEFIT DETERMINATION                                   Date: 11/12/2026   Page 1 of 2
Member: Jonah Featherstone-Ruiz   DOB 06/02/2010   Member ID FICT-CHP-CO-88140263
Request FR-AUTH-26-1104-5526: TMS, 90867 x1 and 90868 x35, Foothills Adolescent TMS Center

TMS is not medically necessary. Criteria BH-TMS-Y2 are not met: the member is responding to sertraline (PHQ-A 9 on
06/15/2026), and the member has not completed a trial of psychotherapy.
Reviewer: Alvin Stroud, MD (family medicine).

You have 60 days from the date of this notice to ask for an appeal. Appeals Unit, PO Box 17730, Denver, CO 80217;
fax (303) 555-0181; phone 1-800-555-0184. After our appeal decision you may ask the state to review it.
''',
        "clinical/therapy-summary-2026-10-28.txt": '''
MILE HIGH YOUTH COUNSELING (FICTIONAL) - THERAPY SUMMARY                           Date: 10/28/2026   Page 1 of 1
Client: Jonah Featherstone-Ruiz   DOB 06/02/2010   Therapist: Renata Oyelowo, LPC
Cognitive behavioral therapy: 16 weekly sessions, 10/2025-02/2026, completed. PHQ-A 22 to 16: partial response.
Family therapy: 6 sessions 03/2026-05/2026 with Jonah, his mother Daniela Ruiz and his sister Mia (12).
School counselor Dolores Haverford reports 19 missed school days since September 2026.
''',
        "clinical/psychiatry-evaluation-2026-11-03.txt": '''
FOOTHILLS ADOLESCENT TMS CENTER (FICTIONAL) - TMS EVALUATION                        Date: 11/03/2026   Page 1 of 1
Patient: Jonah Featherstone-Ruiz   DOB 06/02/2010 (age 16)   Psychiatrist: Oluwaseun Pardo-Whitman, MD
Major depressive disorder, single episode, severe, without psychotic features (F32.2); onset 08/2025.
Fluoxetine 40 mg 09/2025-12/2025, 14 weeks: no response. Escitalopram 20 mg 01/2026-03/2026, 9 weeks: no response.
Sertraline 150 mg since 04/2026: PHQ-A 9 on 06/15/2026, then relapse from 09/2026 on the same dose; continue with TMS.
Aripiprazole 2 mg added 07/06/2026, stopped 08/03/2026 after 4 weeks for a 6 kg weight gain: intolerance.
Melatonin 3 mg at bedtime for sleep since 02/2026.
Inpatient psychiatric stay 10/20/2026-10/24/2026 for suicidal thoughts with a plan (no attempt).
Today: CDRS-R 68; PHQ-A 19. Passive thoughts of death; no plan or intent. Safety plan in place.
No psychosis, no seizure disorder, no metal in the head, no substance use.
Plan: 36 TMS sessions over 6 weeks with sertraline 150 mg.
''',
        "other/clinical-criteria-bh-tms-y2-excerpt.txt": '''
FRONT RANGE KIDS HEALTH PLAN (FICTIONAL) - CLINICAL CRITERIA BH-TMS-Y2 (excerpt)     Page 1 of 1
TMS is medically necessary when all are met: 1. Member aged 15 to 21 with major depressive disorder without
psychotic features. 2. Inadequate response to at least two antidepressants, each at an adequate dose for at
least 6 weeks. 3. Inadequate response to at least 12 sessions of an evidence-based psychotherapy. 4. No
psychosis, seizure disorder or metal in the head.
''',
    },
    truth='''
# 03 - Separate CHIP, 16-year-old: TMS denied on a June PHQ-A score and "no psychotherapy"; he relapsed since and completed 16 CBT sessions; the mother appeals (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Jonah Featherstone-Ruiz, **16** (DOB 06/02/2010), Front Range Kids Health Plan: a **separate CHIP** (not Medicaid),
  managed care, Colorado.
- Request FR-AUTH-26-1104-5526: TMS, 36 sessions (90867 x1, 90868 x35), denied 11/12/2026 by Alvin Stroud, MD
  (family medicine), under BH-TMS-Y2.
- The denial relies on **PHQ-A 9 on 06/15/2026** - a real score, but **out of date**: he relapsed from 09/2026 on the
  same sertraline dose, was **inpatient 10/20-10/24/2026** for suicidal thoughts with a plan (no attempt), and on
  **11/03/2026 scored PHQ-A 19 and CDRS-R 68**.
- "No psychotherapy" is false: **CBT 16 sessions 10/2025-02/2026, completed, partial response** (PHQ-A 22 -> 16) plus 6
  family sessions.
- Criterion 2 met: **fluoxetine 40 mg 14 weeks, escitalopram 20 mg 9 weeks, no response**. **Sertraline 150 mg since
  04/2026, still taken** (response lost). Aripiprazole 2 mg, 4 weeks, stopped for 6 kg weight gain: intolerance.
  Melatonin 3 mg: sleep.
- On 11/03/2026: passive thoughts of death, no plan or intent.
- **Rule/stage:** first appeal to the CHIP plan within 60 days: by **01/11/2027** (42 CFR 457.1260 applying
  438.402(c)(2)(ii)); after it, the **state's review** (42 CFR 457.1130(b)), not a state fair hearing.
- Author: his mother, Daniela Ruiz (parent of a minor: no authorization needed).

## Deliberately unknown
- Whether the plan had the 11/03/2026 evaluation before deciding: not stated.
- The state review's time limit and address: not in the case.

## Traps
- **No EPSDT**: EPSDT is a Medicaid benefit; a separate CHIP need not provide it. No state fair hearing either.
- The June PHQ-A 9 is true as far as it goes: say the response was **lost** (scores with their dates), not that the
  plan invented it.
- Sertraline **continues**: never "stopped"; response lost, not "never worked".
- Psychotherapy is not an antidepressant: never list CBT among failed antidepressants.
- Aripiprazole is an intolerance (4 weeks), not an adequate augmentation trial.
- Suicidality: thoughts with a plan led to the admission; **no attempt**; passive now.
- Others in the records: sister Mia (12), school counselor Dolores Haverford, therapist Renata Oyelowo.
- Voice: the mother writes about her son, not "I" as the patient.

## Arguments a strong letter makes
1. Correct the score: PHQ-A 9 (06/15/2026) was followed by relapse, an inpatient stay and PHQ-A 19 / CDRS-R 68
   (11/03/2026), with exhibits and dates.
2. Correct "no psychotherapy": 16 CBT sessions completed (criterion 3).
3. Every BH-TMS-Y2 criterion is met, one by one (two failed SSRIs for criterion 2).
4. Plan with a stopping rule; severity and recent admission; ask for an expedited decision if the clinician certifies it.
5. Name the state's review after the plan's decision.

## What a letter must NOT say
- "EPSDT"; "1396d(r)"; "state fair hearing"; "Medicaid" as the program.
- "has not had psychotherapy"; "is responding to sertraline" as current.
- "stopped sertraline"; CBT counted as an antidepressant trial.
- "suicide attempt"; "attempted suicide".
- "Mia"; "Haverford".
- "ERISA"; "Medicare".
''',
    answers=[
        ("Request number", "FR-AUTH-26-1104-5526", "denial/notice-of-adverse-benefit-determination-2026-11-12.txt"),
        ("What the denial says of psychotherapy", "the member has not completed a trial of psychotherapy", "denial/notice-of-adverse-benefit-determination-2026-11-12.txt"),
        ("Score the denial relies on", "PHQ-A 9 on 06/15/2026", "denial/notice-of-adverse-benefit-determination-2026-11-12.txt"),
        ("Appeal window", "60 days from the date of this notice", "denial/notice-of-adverse-benefit-determination-2026-11-12.txt"),
        ("CBT sessions", "16 weekly sessions, 10/2025-02/2026, completed", "clinical/therapy-summary-2026-10-28.txt"),
        ("PHQ-A change in CBT", "PHQ-A 22 to 16: partial response", "clinical/therapy-summary-2026-10-28.txt"),
        ("Family therapy", "Family therapy: 6 sessions 03/2026-05/2026", "clinical/therapy-summary-2026-10-28.txt"),
        ("Fluoxetine trial", "Fluoxetine 40 mg 09/2025-12/2025, 14 weeks: no response", "clinical/psychiatry-evaluation-2026-11-03.txt"),
        ("Escitalopram trial", "Escitalopram 20 mg 01/2026-03/2026, 9 weeks: no response", "clinical/psychiatry-evaluation-2026-11-03.txt"),
        ("Sertraline course", "PHQ-A 9 on 06/15/2026, then relapse from 09/2026 on the same dose; continue with TMS", "clinical/psychiatry-evaluation-2026-11-03.txt"),
        ("Aripiprazole outcome", "stopped 08/03/2026 after 4 weeks for a 6 kg weight gain: intolerance", "clinical/psychiatry-evaluation-2026-11-03.txt"),
        ("Inpatient stay", "10/20/2026-10/24/2026 for suicidal thoughts with a plan (no attempt)", "clinical/psychiatry-evaluation-2026-11-03.txt"),
        ("Scales on 11/03/2026", "CDRS-R 68; PHQ-A 19", "clinical/psychiatry-evaluation-2026-11-03.txt"),
        ("Suicidality on 11/03/2026", "Passive thoughts of death; no plan or intent", "clinical/psychiatry-evaluation-2026-11-03.txt"),
        ("School days missed", "19 missed school days since September 2026", "clinical/therapy-summary-2026-10-28.txt"),
        ("Appeal deadline", "2027-01-11", "case.yaml"),
    ],
)

# ----------------------------------------------------------------------------------------------------- case 04
case(
    slug="fehb-iv-ketamine-venlafaxine-taper-dose-read-as-trial-bp-controlled-ect-remission-memory-loss-reconsideration-psychiatrist",
    yaml='''
# FICTIONAL CASE (set 101, case 04) - every person, plan, provider, number and address is invented.
# FEHB Standard Option, MD. IV ketamine (6 infusions) denied before care: "venlafaxine stopped at 75 mg",
# "uncontrolled hypertension (152/98)", "ECT not tried". The 75 mg was the taper after 9 weeks at 225 mg; blood
# pressure is controlled on amlodipine since 06/2026; ECT gave remission in 2018 with lasting memory loss and is
# declined after informed discussion. The treating psychiatrist asks the carrier to reconsider.
patient:
  name: Harriet Okonkwo-Lindqvist
  salutation: Ms. Okonkwo-Lindqvist
  date_of_birth: 1974-03-08
  member_id: FICT-FEHB-R41907326
  address: |-
    9012 Sligo Creek Parkway
    Silver Spring, MD 20901
insurer:
  name: Chesapeake Federal Health Benefit Plan, Standard Option (FICTIONAL)
  appeals_address: |-
    Chesapeake Federal Health Benefit Plan, Reconsiderations (FICTIONAL)
    PO Box 8841
    Baltimore, MD 21240
  fax: (410) 555-0166
claim:
  number: CF-PC-26-1022-7713
  plan_type: fehb
  notice_date: 2026-10-30
  appeal_deadline: 2027-04-30
  deadline_basis: >-
    Precertification denial of 10/30/2026: "You may ask us in writing to reconsider within 6 months of the date of
    this letter." Counted from the notice date.
  procedure_codes: ["96365", J3490]
  diagnosis_codes: [F33.2]
  sessions: 6
  pending_services: 6
  denial_reason: >-
    Medical policy MP-KET-04 is not met. Venlafaxine was stopped at 75 mg, so there is no adequate SNRI trial
    (criterion 2). Blood pressure 152/98 on 05/12/2026 shows uncontrolled hypertension (criterion 4). ECT has not
    been tried (criterion 3).
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: "Gerald Minton, DO", specialty: psychiatry}
  action: none
  corrections:
    - said: Venlafaxine was stopped at 75 mg, so there is no adequate SNRI trial (criterion 2).
      record: >-
        Venlafaxine XR was taken at 225 mg daily for 9 weeks (02/2026-04/2026) without response; 75 mg was a step of
        the taper that followed, 04/06/2026-05/18/2026.
      file: clinical/psychiatry-progress-note-2026-05-18.txt
      page: 1
    - said: Blood pressure 152/98 on 05/12/2026 shows uncontrolled hypertension (criterion 4).
      record: >-
        The 152/98 reading was taken during the venlafaxine taper; amlodipine 5 mg was started in 06/2026 and blood
        pressure was 124/80 on 09/15/2026 and 126/80 on 10/20/2026.
      file: [clinical/primary-care-bp-note-2026-09-15.txt, clinical/ketamine-evaluation-2026-10-20.txt]
      page: 1
    - said: ECT has not been tried (criterion 3).
      record: >-
        ECT was given in the 2018 episode (10 treatments, remission) with retrograde memory loss lasting about 6
        months; after an informed discussion on 10/20/2026 she declines ECT, which criterion 3 allows.
      file: clinical/ketamine-evaluation-2026-10-20.txt
      page: 1
treatment:
  name: IV ketamine infusions, 6 infusions
  summary: >-
    Six infusions of ketamine 0.5 mg/kg over 40 minutes across 2-3 weeks, for recurrent severe depression after
    three failed antidepressants, including an SNRI at 225 mg, and a failed quetiapine augmentation.
  plan: >-
    Ketamine 0.5 mg/kg IV over 40 minutes, twice weekly, 6 infusions; MADRS before infusions 1, 4 and 6; stop if
    MADRS has not fallen by 25% after infusion 4. Blood pressure every 15 minutes; no infusion if above 160/100.
  setting: Ebersole-Tan Psychiatry infusion suite, staffed for airway care
  monitoring: blood pressure every 15 minutes, pulse oximetry and cardiac monitoring, 60 minutes of recovery
clinical:
  severity: MADRS 36 and QIDS-SR 19 on 10/20/2026
  severity_date: 2026-10-20
  suicidality: passive
  suicidality_date: 2026-10-20
  episode_onset: 2025-02
  treating_since: 2017-11
  exclusions: >-
    No psychosis; no active substance use (AUDIT-C 1); blood pressure controlled on amlodipine (126/80 on 10/20/2026).
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-03
      end: 2025-06
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: lost
      outcome: Partial response, lost by week 10
      evidence: {file: clinical/ketamine-evaluation-2026-10-20.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-07
      end: 2025-09
      weeks: 8
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks
      evidence: {file: clinical/ketamine-evaluation-2026-10-20.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily (tapered off through 75 mg)
      start: 2026-02-02
      end: 2026-05-18
      weeks: 9
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 9 weeks at 225 mg; tapered off (blood pressure rose during the taper)
      evidence: {file: clinical/psychiatry-progress-note-2026-05-18.txt, page: 1}
    - drug: Quetiapine (augmentation)
      dose: 150 mg daily
      start: 2026-06
      end: 2026-08
      weeks: 8
      kind: augmentation
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks; stopped
      evidence: {file: clinical/ketamine-evaluation-2026-10-20.txt, page: 1}
    - drug: Mirtazapine
      dose: 15 mg at bedtime for sleep
      start: 2026-06
      ongoing: true
      kind: other
      outcome: Sleep dose; not an antidepressant trial
      evidence: {file: clinical/ketamine-evaluation-2026-10-20.txt, page: 1}
    - drug: ECT (2018 episode)
      dose: 10 treatments
      start: 2018-04
      end: 2018-05
      sessions: 10
      kind: neuromodulation
      adequate: true
      failed: false
      response: remission
      outcome: Remission in the 2018 episode; retrograde memory loss for about 6 months; declined now
      evidence: {file: clinical/ketamine-evaluation-2026-10-20.txt, page: 1}
alternatives:
  - treatment: ECT
    why_not: >-
      It brought remission in 2018 but with retrograde memory loss lasting about 6 months that kept her from her
      work; after an informed discussion on 10/20/2026 she declines it, which criterion 3 allows.
payer_criteria:
  - criterion: "1. Major depressive disorder without psychotic features."
    how_met: Recurrent, severe, without psychotic features (F33.2).
    met: true
    evidence: {file: clinical/ketamine-evaluation-2026-10-20.txt, page: 1}
  - criterion: "2. Inadequate response to at least three antidepressants, including one SNRI, each at an adequate dose for at least 6 weeks."
    how_met: Escitalopram 20 mg (10 weeks), bupropion XL 300 mg (8 weeks), venlafaxine XR 225 mg (9 weeks), all without adequate response.
    met: true
    evidence: [{file: clinical/ketamine-evaluation-2026-10-20.txt, page: 1}, {file: clinical/psychiatry-progress-note-2026-05-18.txt, page: 1}]
  - criterion: "3. ECT has been tried, or is contraindicated, or was declined after an informed discussion."
    how_met: ECT in 2018 (remission, lasting memory loss); declined after an informed discussion on 10/20/2026.
    met: true
    evidence: {file: clinical/ketamine-evaluation-2026-10-20.txt, page: 1}
  - criterion: "4. No uncontrolled hypertension, active substance use disorder or psychosis."
    how_met: Blood pressure 124/80 (09/15/2026) and 126/80 (10/20/2026) on amlodipine; AUDIT-C 1; no psychosis.
    met: true
    evidence: [{file: clinical/primary-care-bp-note-2026-09-15.txt, page: 1}, {file: clinical/ketamine-evaluation-2026-10-20.txt, page: 1}]
plan_policy:
  name: Chesapeake Federal Health Benefit Plan Medical Policy MP-KET-04, Ketamine infusion for depression
  number: MP-KET-04
  quote: >-
    Ketamine infusion is medically necessary when all are met: 1. Major depressive disorder without psychotic
    features. 2. Inadequate response to at least three antidepressants, including one SNRI, each at an adequate dose
    for at least 6 weeks. 3. ECT has been tried, or is contraindicated, or was declined after an informed
    discussion. 4. No uncontrolled hypertension, active substance use disorder or psychosis.
  file: other/medical-policy-mp-ket-04-excerpt.txt
author:
  name: Marcus Ebersole-Tan, MD
  role: treating psychiatrist
  relation: physician
  address: |-
    Ebersole-Tan Psychiatry, 8630 Fenton Street, Suite 420
    Silver Spring, MD 20910
  phone: (301) 555-0129
  fax: (301) 555-0130
  email: office@ebersoletan-psych.example
  authorization: other/patient-consent-2026-11-02.txt
provider:
  name: Marcus Ebersole-Tan, MD
  credentials: MD, psychiatrist
  npi: "1902745631"
  address: |-
    8630 Fenton Street, Suite 420
    Silver Spring, MD 20910
  phone: (301) 555-0129
peer_to_peer:
  availability: weekdays 8-9 am
record_dates:
  - file: clinical/psychiatry-progress-note-2026-05-18.txt
    date: 2026-05-18
  - file: clinical/primary-care-bp-note-2026-09-15.txt
    date: 2026-09-15
  - file: clinical/ketamine-evaluation-2026-10-20.txt
    date: 2026-10-20
bates_prefix: OKONKWOLINDQVIST
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/precertification-denial-2026-10-30.txt": '''
CHESAPEAKE FEDERAL HEALTH BENEFIT PLAN (FICTIONAL) - STANDARD OPTION
PRECERTIFICATION DENIAL                                                     Date: 10/30/2026   Page 1 of 2
Member: Harriet Okonkwo-Lindqvist   ID FICT-FEHB-R41907326   Reference CF-PC-26-1022-7713
Service: ketamine infusion, 96365 and J3490, 6 infusions. Provider: Marcus Ebersole-Tan, MD

Medical policy MP-KET-04 is not met. Venlafaxine was stopped at 75 mg, so there is no adequate SNRI trial
(criterion 2). Blood pressure 152/98 on 05/12/2026 shows uncontrolled hypertension (criterion 4). ECT has not been
tried (criterion 3). Reviewed by Gerald Minton, DO (psychiatry).

You may ask us in writing to reconsider within 6 months of the date of this letter. If we uphold our decision you
may ask OPM to review it. Reconsiderations, PO Box 8841, Baltimore, MD 21240; fax (410) 555-0166.
''',
        "clinical/psychiatry-progress-note-2026-05-18.txt": '''
EBERSOLE-TAN PSYCHIATRY (FICTIONAL) - PROGRESS NOTE                                 Date: 05/18/2026   Page 1 of 1
Patient: Harriet Okonkwo-Lindqvist   DOB 03/08/1974   Psychiatrist: Marcus Ebersole-Tan, MD
Venlafaxine XR: 75 mg from 02/02/2026, 150 mg, then 225 mg daily from 02/09/2026; 9 weeks at 225 mg with no
response (MADRS 35 to 34). Taper began 04/06/2026: 150 mg, then 75 mg from 04/27/2026; off 05/18/2026.
BP 152/98 on 05/12/2026 during the taper; referred to her primary care physician, Priya Venkataraman, MD.
''',
        "clinical/primary-care-bp-note-2026-09-15.txt": '''
CEDAR LANE PRIMARY CARE (FICTIONAL) - OFFICE NOTE                                   Date: 09/15/2026   Page 1 of 1
Patient: Harriet Okonkwo-Lindqvist   DOB 03/08/1974   Physician: Priya Venkataraman, MD
Hypertension: amlodipine 5 mg daily since 06/2026. BP 124/80 today; home readings average 122/78. Controlled.
''',
        "clinical/ketamine-evaluation-2026-10-20.txt": '''
EBERSOLE-TAN PSYCHIATRY (FICTIONAL) - KETAMINE EVALUATION                           Date: 10/20/2026   Page 1 of 1
Patient: Harriet Okonkwo-Lindqvist   DOB 03/08/1974   Psychiatrist: Marcus Ebersole-Tan, MD
Recurrent major depression, severe, without psychotic features (F33.2); current episode since 02/2025.
This episode: escitalopram 20 mg 03/2025-06/2025, 10 weeks, partial response lost; bupropion XL 300 mg
07/2025-09/2025, 8 weeks, no response; venlafaxine XR 225 mg 9 weeks, no response (see 05/18/2026); quetiapine
150 mg augmentation 06/2026-08/2026, 8 weeks, no response. Mirtazapine 15 mg at bedtime for sleep since 06/2026.
2018 episode: ECT, 10 treatments, remission, with retrograde memory loss for about 6 months that kept her from
her work. Informed discussion of ECT today: she declines ECT.
MADRS 36; QIDS-SR 19. Passive death wish; no plan or intent. BP 126/80 on amlodipine. AUDIT-C 1. No psychosis.
''',
        "other/medical-policy-mp-ket-04-excerpt.txt": '''
CHESAPEAKE FEDERAL HEALTH BENEFIT PLAN (FICTIONAL) - MEDICAL POLICY MP-KET-04 (excerpt)       Page 1 of 1
Ketamine infusion is medically necessary when all are met: 1. Major depressive disorder without psychotic
features. 2. Inadequate response to at least three antidepressants, including one SNRI, each at an adequate dose
for at least 6 weeks. 3. ECT has been tried, or is contraindicated, or was declined after an informed discussion.
4. No uncontrolled hypertension, active substance use disorder or psychosis.
''',
        "other/patient-consent-2026-11-02.txt": '''
PATIENT CONSENT TO APPEAL                                                          Date: 11/02/2026   Page 1 of 1
I, Harriet Okonkwo-Lindqvist (ID FICT-FEHB-R41907326), ask Dr. Marcus Ebersole-Tan to ask Chesapeake Federal
Health Benefit Plan to reconsider reference CF-PC-26-1022-7713 for me, and consent to his sending my records.
Signed: Harriet Okonkwo-Lindqvist
''',
        "other/fax-cover-2026-11-03.txt": '''
EBERSOLE-TAN PSYCHIATRY (FICTIONAL) - FAX COVER SHEET                              Date: 11/03/2026   Page 1 of 1
To: Chesapeake Federal Health Benefit Plan, Reconsiderations   Fax (410) 555-0166
From: Marcus Ebersole-Tan, MD   Phone (301) 555-0129   Fax (301) 555-0130
cc: Priya Venkataraman, MD (primary care), Cedar Lane Primary Care, fax (301) 555-0145
Re: Harriet Okonkwo-Lindqvist, reference CF-PC-26-1022-7713. Pages: 9 including this cover.
''',
    },
    truth='''
# 04 - FEHB: IV ketamine denied on a taper dose, an old blood pressure and "ECT not tried"; the treating psychiatrist asks the carrier to reconsider (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Harriet Okonkwo-Lindqvist, 52, Chesapeake Federal Health Benefit Plan, Standard Option (FEHB), Maryland.
- Precertification CF-PC-26-1022-7713 (6 ketamine infusions, 96365/J3490) denied 10/30/2026 by Gerald Minton, DO
  (psychiatry), under **MP-KET-04**, on three grounds, all misreadings:
  - **Venlafaxine**: 225 mg for **9 weeks**, no response (MADRS 35 -> 34); 75 mg was a **taper step** from 04/27/2026.
  - **Blood pressure**: 152/98 on 05/12/2026 was during the taper; **amlodipine 5 mg since 06/2026**, 124/80 on
    09/15/2026 and 126/80 on 10/20/2026: controlled.
  - **ECT**: given in **2018** (10 treatments) with **remission** but ~6 months of retrograde memory loss; she
    **declined** ECT after an informed discussion on 10/20/2026 - criterion 3's own words allow it.
- Episode since 02/2025; escitalopram (10 w, partial lost), bupropion XL 300 (8 w, none), venlafaxine (above),
  quetiapine 150 mg augmentation (8 w, none). Mirtazapine 15 mg at bedtime is a sleep dose, still taken.
- MADRS 36, QIDS-SR 19, passive death wish without plan (10/20/2026). AUDIT-C 1; no psychosis.
- **Rule/stage:** FEHB carrier reconsideration within 6 months: by **04/30/2027** (5 CFR 890.105(b)(1)); then OPM
  review within 90 days of the carrier's decision.
- Author: the treating psychiatrist, with the patient's written consent (11/02/2026).

## Deliberately unknown
- Which records the carrier had on 10/30/2026 (whether the 09/15/2026 primary-care note reached it): not stated.
- Infusion price: not in the case.

## Traps
- Venlafaxine is **not** a 75 mg trial and **not** stopped for lack of response at 75 mg: 225 mg for 9 weeks, then tapered.
- ECT is **not** a failed treatment: it brought remission in 2018; she declines it for memory loss. Never "failed ECT".
- Hypertension is **controlled**; a letter must not concede uncontrolled hypertension.
- Mirtazapine 15 mg at bedtime: sleep dose, not an antidepressant trial.
- Reviewer **is** a psychiatrist: never say the reviewer is not a psychiatrist.
- Others: Priya Venkataraman, MD (PCP) on the fax cover's cc line; not a party.
- FEHB: never ERISA, never state external review; OPM is the next level.

## Arguments a strong letter makes
1. Correct the three misstatements one by one, each with its exhibit.
2. Criterion 2 met by three antidepressants including an SNRI at 225 mg for 9 weeks; criterion 3 met by ECT tried
   in 2018 and declined after an informed discussion; criterion 4 met (BP controlled, AUDIT-C 1, no psychosis).
3. The physician's plan: 6 infusions, stopping rule, BP monitoring and hold rule.
4. Offer a peer-to-peer; note OPM review after the carrier's decision.

## What a letter must NOT say
- "venlafaxine 75 mg" as the trial dose; "no adequate SNRI trial".
- "uncontrolled hypertension" as true now.
- "failed ECT"; "ECT was ineffective"; "has never had ECT".
- "failed mirtazapine".
- "not a psychiatrist" about the reviewer.
- "ERISA"; "29 CFR 2560.503-1"; "state external review".
''',
    answers=[
        ("Reference number", "CF-PC-26-1022-7713", "denial/precertification-denial-2026-10-30.txt"),
        ("Denial's venlafaxine claim", "Venlafaxine was stopped at 75 mg", "denial/precertification-denial-2026-10-30.txt"),
        ("Reviewer", "Gerald Minton, DO (psychiatry)", "denial/precertification-denial-2026-10-30.txt"),
        ("Reconsideration window", "within 6 months of the date of this letter", "denial/precertification-denial-2026-10-30.txt"),
        ("Venlafaxine trial at 225 mg", "9 weeks at 225 mg with no", "clinical/psychiatry-progress-note-2026-05-18.txt"),
        ("When 75 mg was taken", "then 75 mg from 04/27/2026", "clinical/psychiatry-progress-note-2026-05-18.txt"),
        ("When BP 152/98 was measured", "BP 152/98 on 05/12/2026 during the taper", "clinical/psychiatry-progress-note-2026-05-18.txt"),
        ("Antihypertensive", "amlodipine 5 mg daily since 06/2026", "clinical/primary-care-bp-note-2026-09-15.txt"),
        ("BP on 09/15/2026", "BP 124/80 today", "clinical/primary-care-bp-note-2026-09-15.txt"),
        ("ECT history", "2018 episode: ECT, 10 treatments, remission", "clinical/ketamine-evaluation-2026-10-20.txt"),
        ("Why ECT is declined", "retrograde memory loss for about 6 months", "clinical/ketamine-evaluation-2026-10-20.txt"),
        ("Augmentation trial", "quetiapine 150 mg augmentation 06/2026-08/2026, 8 weeks, no response", "clinical/ketamine-evaluation-2026-10-20.txt"),
        ("Sleep medicine", "Mirtazapine 15 mg at bedtime for sleep since 06/2026", "clinical/ketamine-evaluation-2026-10-20.txt"),
        ("Scales on 10/20/2026", "MADRS 36; QIDS-SR 19", "clinical/ketamine-evaluation-2026-10-20.txt"),
        ("Who is copied on the fax", "cc: Priya Venkataraman, MD (primary care)", "other/fax-cover-2026-11-03.txt"),
        ("Reconsideration deadline", "2027-04-30", "case.yaml"),
    ],
)


# ----------------------------------------------------------------------------------------------------- case 05
case(
    slug="tricare-select-tms-bupropion-titration-read-as-150-psychotherapy-5-sessions-waitlist-conceded-reconsideration-advocate",
    yaml='''
# FICTIONAL CASE (set 101, case 05) - every person, plan, provider, number and address is invented.
# TRICARE Select, retiree's spouse, NC. TMS denied: "bupropion at 150 mg" (it was 300 mg for 7 weeks after a
# 2-week start at 150 mg), "vortioxetine 3 weeks" (true: nausea, intolerance), "5 psychotherapy sessions" (true:
# the therapist left the network; waitlists to 02/2027). Criterion 2 is met; criterion 3 is not met as written and
# is conceded with an exception request. A nonprofit advocate writes.
patient:
  name: Corinne Vasquez-Mallory
  salutation: Ms. Vasquez-Mallory
  date_of_birth: 1982-09-14
  member_id: FICT-TRI-60217745
  address: |-
    612 Longleaf Drive
    Fayetteville, NC 28303
  phone: (910) 555-0118
insurer:
  name: Piedmont Regional TRICARE Contractor (FICTIONAL), TRICARE Select
  appeals_address: |-
    Piedmont Regional TRICARE Contractor, Reconsiderations (FICTIONAL)
    PO Box 20913
    Raleigh, NC 27619
  fax: (919) 555-0172
claim:
  number: PR-TMS-26-1028-3306
  plan_type: tricare
  notice_date: 2026-11-05
  appeal_deadline: 2027-02-03
  deadline_basis: >-
    Denial of 11/05/2026: "Your request for reconsideration must be postmarked or received within 90 days of the
    date of this notice." Counted from the notice date.
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  sessions: 36
  pending_services: 36
  denial_reason: >-
    TMS policy TR-TMS-02 is not met. Criterion 2: bupropion XL was given at 150 mg, below an adequate dose, and
    vortioxetine was stopped after 3 weeks. Criterion 3: only 5 psychotherapy sessions are documented.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: "Lorna Beckwith, MD", specialty: psychiatry}
  action: none
  corrections:
    - said: bupropion XL was given at 150 mg, below an adequate dose
      record: >-
        Bupropion XL was started at 150 mg for 2 weeks and raised to 300 mg daily, taken for 7 weeks (06/2025-08/2025)
        without response.
      file: clinical/psychiatry-note-2026-10-22.txt
      page: 1
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions
  summary: >-
    36 TMS sessions for recurrent severe depression after two adequate antidepressant trials of two classes
    (sertraline 200 mg, bupropion XL 300 mg) failed and vortioxetine was not tolerated.
  plan: >-
    36 sessions, 5 per week for 6 weeks, then 6 taper sessions; PHQ-9 weekly and HAM-D at sessions 10, 20 and 30;
    stop if HAM-D has not fallen by 25% at session 20. Psychotherapy to resume when a network therapist opens.
  setting: Cape Fear Neuromodulation Clinic
clinical:
  severity: HAM-D 24 and PHQ-9 22 on 10/22/2026
  severity_date: 2026-10-22
  suicidality: none
  suicidality_date: 2026-10-22
  episode_onset: 2025-03
  treating_since: 2020-02
  exclusions: No seizure disorder, no metal in the head, no psychosis, no substance use.
  history:
    - drug: Sertraline (2020 episode)
      dose: 100 mg daily
      start: 2020-02
      end: 2023-01
      kind: antidepressant
      response: remission
      outcome: Remission in the 2020 episode; stopped in 01/2023 after two years well
      evidence: {file: clinical/psychiatry-note-2026-10-22.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-03
      end: 2025-05
      weeks: 8
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks at 200 mg in the current episode
      evidence: {file: clinical/psychiatry-note-2026-10-22.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily (150 mg for the first 2 weeks)
      start: 2025-06
      end: 2025-08
      weeks: 9
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 7 weeks at 300 mg
      evidence: {file: clinical/psychiatry-note-2026-10-22.txt, page: 1}
    - drug: Vortioxetine
      dose: 10 mg daily
      start: 2025-10
      end: 2025-10
      weeks: 3
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for nausea and vomiting (intolerance)
      evidence: {file: clinical/psychiatry-note-2026-10-22.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: 5 sessions
      start: 2026-04
      end: 2026-06
      sessions: 5
      kind: psychotherapy
      adequate: false
      outcome: 5 sessions; ended when the therapist left the network; on waitlists since
      evidence: {file: other/therapy-waitlist-letters-2026-10.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime for sleep
      start: 2025-11
      ongoing: true
      kind: other
      outcome: For sleep and anxiety at night; not an antidepressant trial
      evidence: {file: clinical/psychiatry-note-2026-10-22.txt, page: 1}
alternatives:
  - treatment: more psychotherapy first
    why_not: >-
      Her CBT therapist left the network in 06/2026 after 5 sessions; two network practices have no opening
      before 02/2027 (waitlist letters of 10/2026).
payer_criteria:
  - criterion: "1. Major depressive disorder, severe, without psychotic features."
    how_met: Recurrent, severe, without psychotic features (F33.2); HAM-D 24.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-10-22.txt, page: 1}
  - criterion: "2. Failure of at least two antidepressants from two different classes, each at an adequate dose for at least 6 weeks, in the current episode."
    how_met: Sertraline 200 mg for 8 weeks (SSRI) and bupropion XL 300 mg for 7 weeks (NDRI), no response to either.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-10-22.txt, page: 1}
  - criterion: "3. Failure of an evidence-based psychotherapy of at least 8 sessions."
    how_met: >-
      not met as written: 5 sessions of CBT (04/2026-06/2026) ended when the therapist left the network, and two
      network practices have no opening before 02/2027.
    met: false
    evidence: {file: other/therapy-waitlist-letters-2026-10.txt, page: 1}
  - criterion: "4. No seizure disorder, metal in the head or psychosis."
    how_met: None, per the note of 10/22/2026.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-10-22.txt, page: 1}
plan_policy:
  name: Piedmont Regional TRICARE Contractor medical policy TR-TMS-02, Transcranial magnetic stimulation
  number: TR-TMS-02
  quote: >-
    TMS is covered when all are met: 1. Major depressive disorder, severe, without psychotic features. 2. Failure of
    at least two antidepressants from two different classes, each at an adequate dose for at least 6 weeks, in the
    current episode. 3. Failure of an evidence-based psychotherapy of at least 8 sessions. 4. No seizure disorder,
    metal in the head or psychosis.
  file: other/tms-policy-tr-tms-02-excerpt.txt
author:
  name: Roderick Ansel-Pryce
  role: Patient Advocate, Cape Fear Military Family Advocates (authorized representative)
  relation: representative
  address: |-
    Cape Fear Military Family Advocates (FICTIONAL), 415 Hay Street, Suite 3
    Fayetteville, NC 28301
  phone: (910) 555-0190
  email: advocates@capefearmfa.example
  authorization: other/authorization-to-represent-2026-11-10.txt
provider:
  name: Simone Achebe-Whitlow, MD
  credentials: MD, psychiatrist
  npi: "1438620951"
  address: |-
    Cape Fear Neuromodulation Clinic, 1950 Skibo Road, Suite 140
    Fayetteville, NC 28314
  phone: (910) 555-0137
peer_to_peer:
  availability: Tuesdays and Thursdays 12-1 pm
record_dates:
  - file: clinical/psychiatry-note-2026-10-22.txt
    date: 2026-10-22
  - file: other/therapy-waitlist-letters-2026-10.txt
    date: 2026-10-19
bates_prefix: VASQUEZMALLORY
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/tms-denial-2026-11-05.txt": '''
PIEDMONT REGIONAL TRICARE CONTRACTOR (FICTIONAL) - TRICARE SELECT
NOTICE OF DENIAL                                                            Date: 11/05/2026   Page 1 of 2
Beneficiary: Corinne Vasquez-Mallory (spouse)   Sponsor: Luis Vasquez, MSG (Ret.)   ID FICT-TRI-60217745
Request PR-TMS-26-1028-3306: TMS 90867 x1, 90868 x35. Provider: Simone Achebe-Whitlow, MD

TMS policy TR-TMS-02 is not met. Criterion 2: bupropion XL was given at 150 mg, below an adequate dose, and
vortioxetine was stopped after 3 weeks. Criterion 3: only 5 psychotherapy sessions are documented.
Reviewer: Lorna Beckwith, MD (psychiatry).

Your request for reconsideration must be postmarked or received within 90 days of the date of this notice.
Reconsiderations, PO Box 20913, Raleigh, NC 27619; fax (919) 555-0172.
''',
        "clinical/psychiatry-note-2026-10-22.txt": '''
CAPE FEAR NEUROMODULATION CLINIC (FICTIONAL) - PSYCHIATRY NOTE                      Date: 10/22/2026   Page 1 of 1
Patient: Corinne Vasquez-Mallory   DOB 09/14/1982   Psychiatrist: Simone Achebe-Whitlow, MD
Recurrent major depressive disorder, severe, without psychotic features (F33.2). Current episode since 03/2025.
2020 episode: remission on sertraline 100 mg; stopped 01/2023 after two years well.
Current episode: sertraline 200 mg 03/2025-05/2025, 8 weeks, no response. Bupropion XL 150 mg for 2 weeks, then
300 mg daily for 7 weeks (06/2025-08/2025), no response. Vortioxetine 10 mg 10/2025, stopped after 3 weeks for
nausea and vomiting: intolerance. Hydroxyzine 25 mg at bedtime for sleep since 11/2025.
CBT: 5 sessions 04/2026-06/2026; therapist left the network.
HAM-D 24; PHQ-9 22. Denies suicidal ideation. No seizures, no metal in the head, no psychosis, no substance use.
''',
        "other/therapy-waitlist-letters-2026-10.txt": '''
TWO WAITLIST LETTERS (FICTIONAL)                                                   Dated 10/19/2026   Page 1 of 1
Sandhills Counseling Group: Corinne Vasquez-Mallory is on our waitlist for CBT; first expected opening 02/2027.
Longleaf Behavioral Health: no new TRICARE patients for individual therapy before 03/2027; added to waitlist.
Earlier therapist: Hollis Grady, LCSW, left the TRICARE network 06/2026 after 5 sessions with her.
''',
        "other/tms-policy-tr-tms-02-excerpt.txt": '''
PIEDMONT REGIONAL TRICARE CONTRACTOR (FICTIONAL) - MEDICAL POLICY TR-TMS-02 (excerpt)           Page 1 of 1
TMS is covered when all are met: 1. Major depressive disorder, severe, without psychotic features. 2. Failure of
at least two antidepressants from two different classes, each at an adequate dose for at least 6 weeks, in the
current episode. 3. Failure of an evidence-based psychotherapy of at least 8 sessions. 4. No seizure disorder,
metal in the head or psychosis.
''',
        "other/authorization-to-represent-2026-11-10.txt": '''
AUTHORIZATION TO REPRESENT                                                         Date: 11/10/2026   Page 1 of 1
I, Corinne Vasquez-Mallory (TRICARE ID FICT-TRI-60217745), authorize Roderick Ansel-Pryce of Cape Fear Military
Family Advocates to ask for reconsideration of request PR-TMS-26-1028-3306 and to receive my records for it.
Signed: Corinne Vasquez-Mallory
''',
        "other/clinic-fax-cover-2026-10-28.txt": '''
CAPE FEAR NEUROMODULATION CLINIC (FICTIONAL) - FAX COVER                           Date: 10/28/2026   Page 1 of 1
To: Piedmont Regional TRICARE Contractor, Utilization Management   Fax (919) 555-0173
From: Tessa Lindgren, authorization coordinator   Phone (910) 555-0138
Re: Corinne Vasquez-Mallory - TMS request, psychiatry note of 10/22/2026 (4 pages). Therapy records to follow.
''',
    },
    truth='''
# 05 - TRICARE Select: TMS denied on a misread bupropion dose and on 5 therapy sessions; criterion 2 met, criterion 3 honestly conceded with an exception; an advocate asks for reconsideration (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Corinne Vasquez-Mallory, 44, TRICARE Select (spouse of a retired sponsor), North Carolina.
- Request PR-TMS-26-1028-3306 (TMS, 36 sessions) denied 11/05/2026 by Lorna Beckwith, MD (psychiatry), TR-TMS-02.
- **Criterion 2 is met**: sertraline 200 mg, 8 weeks, no response (SSRI); **bupropion XL 300 mg for 7 weeks**, no
  response (150 mg only for the first 2 weeks). The denial's "150 mg" misreads the titration.
- **Vortioxetine** 10 mg was stopped after 3 weeks for nausea/vomiting: the denial is right that it is no adequate
  trial (it is an intolerance).
- **Criterion 3 is not met as written**: only 5 CBT sessions (04-06/2026); the therapist (Hollis Grady, LCSW) left the
  network; two network practices have no opening before 02/2027 and 03/2027.
- 2020 episode: **remission on sertraline 100 mg**, stopped 01/2023 (earlier episode - not a current-episode trial).
- Hydroxyzine 25 mg at bedtime: sleep.
- HAM-D 24, PHQ-9 22, no suicidal ideation (10/22/2026).
- **Rule/stage:** TRICARE reconsideration within 90 days of the notice: by **02/03/2027** (32 CFR 199.10).
- Author: nonprofit advocate with written authorization (11/10/2026).

## Deliberately unknown
- Whether TR-TMS-02 has an exception clause: the excerpt has none; the letter may only ask for individual review.
- Whether the therapy records "to follow" on the 10/28/2026 fax ever reached the contractor: unknown.

## Traps
- Do not say criterion 3 is met, nor that 5 sessions were an adequate psychotherapy trial: concede it once and ask
  for an exception on the waitlist facts.
- Bupropion: 300 mg for 7 weeks - not 150 mg, not 9 weeks at 300 mg.
- Vortioxetine: intolerance; the denial's words about it are true. Never "failed vortioxetine after an adequate trial".
- Sertraline 2020 remission was the earlier episode; sertraline 200 mg in 2025 failed. Both true; do not merge them.
- Reviewer **is** a psychiatrist.
- Others: sponsor Luis Vasquez (on the notice), coordinator Tessa Lindgren (fax cover), therapist Hollis Grady.
- TRICARE: never ERISA, never state external review; not Medicare.

## Arguments a strong letter makes
1. Correct the bupropion dose (Exhibit: note of 10/22/2026): criterion 2 met by two classes at adequate dose and duration.
2. Criterion 3: concede it is not met as written, say why (therapist left the network; waitlists to 02/2027 and
   03/2027), and ask for individual review of an exception.
3. Criteria 1 and 4 met; plan with a stopping rule; psychotherapy to resume.
4. Offer peer-to-peer.

## What a letter must NOT say
- "bupropion 150 mg" as the trial dose; "no adequate trial of bupropion".
- "completed psychotherapy"; "all criteria are met"; "8 sessions of psychotherapy".
- "failed vortioxetine" as an adequate trial.
- "suicidal ideation" as present.
- "not a psychiatrist" about the reviewer.
- "ERISA"; "Medicare"; "Tessa Lindgren".
''',
    answers=[
        ("Request number", "PR-TMS-26-1028-3306", "denial/tms-denial-2026-11-05.txt"),
        ("Denial's bupropion statement", "bupropion XL was given at 150 mg, below an adequate dose", "denial/tms-denial-2026-11-05.txt"),
        ("Denial's psychotherapy statement", "only 5 psychotherapy sessions are documented", "denial/tms-denial-2026-11-05.txt"),
        ("Reconsideration window", "within 90 days of the date of this notice", "denial/tms-denial-2026-11-05.txt"),
        ("Reviewer", "Lorna Beckwith, MD (psychiatry)", "denial/tms-denial-2026-11-05.txt"),
        ("Bupropion dose history", "Bupropion XL 150 mg for 2 weeks, then 300 mg daily for 7 weeks", "clinical/psychiatry-note-2026-10-22.txt"),
        ("Sertraline trial in current episode", "sertraline 200 mg 03/2025-05/2025, 8 weeks, no response", "clinical/psychiatry-note-2026-10-22.txt"),
        ("Earlier-episode response", "2020 episode: remission on sertraline 100 mg", "clinical/psychiatry-note-2026-10-22.txt"),
        ("Vortioxetine", "stopped after 3 weeks for nausea and vomiting: intolerance", "clinical/psychiatry-note-2026-10-22.txt"),
        ("Hydroxyzine purpose", "Hydroxyzine 25 mg at bedtime for sleep since 11/2025", "clinical/psychiatry-note-2026-10-22.txt"),
        ("Scales", "HAM-D 24; PHQ-9 22", "clinical/psychiatry-note-2026-10-22.txt"),
        ("First waitlist opening", "first expected opening 02/2027", "other/therapy-waitlist-letters-2026-10.txt"),
        ("Why CBT stopped", "left the TRICARE network 06/2026 after 5 sessions", "other/therapy-waitlist-letters-2026-10.txt"),
        ("Policy criterion 3 words", "Failure of an evidence-based psychotherapy of at least 8 sessions", "other/tms-policy-tr-tms-02-excerpt.txt"),
        ("Who sent the clinic's fax", "Tessa Lindgren, authorization coordinator", "other/clinic-fax-cover-2026-10-28.txt"),
        ("Reconsideration deadline", "2027-02-03", "case.yaml"),
    ],
)



# ----------------------------------------------------------------------------------------------------- case 06
case(
    slug="self-funded-erisa-crps-ketamine-infusions-paid-second-level-says-chronic-opioids-no-gabapentinoid-external-review-patient",
    yaml='''
# FICTIONAL CASE (set 101, case 06) - every person, plan, provider, number and address is invented.
# Self-funded ERISA plan, OH. Outpatient ketamine infusions for CRPS (given 08/03-08/14/2026, paid by the patient)
# denied as investigational; the second-level decision says "chronic opioid therapy (oxycodone)" and "no
# gabapentinoid". Oxycodone was tapered off by 06/2025; gabapentin 1800 mg continues (partial) and pregabalin was
# stopped for edema and dizziness. The principal diagnosis is CRPS (G90.522): no parity argument. The patient
# asks for external review.
patient:
  name: Desmond Kowalczyk-Ames
  salutation: Mr. Kowalczyk-Ames
  date_of_birth: 1987-01-23
  member_id: FICT-MVF-11840592
  address: |-
    3318 Glendale Avenue
    Toledo, OH 43614
  phone: (419) 555-0124
  email: dkowalczyk@homemail.example
insurer:
  name: Maumee Valley Fabrication Employee Health Plan (FICTIONAL), administered by Great Lakes Benefit Administrators
  appeals_address: |-
    Great Lakes Benefit Administrators, Appeals (FICTIONAL)
    PO Box 9930
    Toledo, OH 43697
  fax: (419) 555-0161
claim:
  number: GL-26-0811-40277
  plan_type: employer_erisa
  funding: self_funded
  employees: 1350
  notice_date: 2026-08-20
  service_dates: [2026-08-03, 2026-08-14]
  sessions: 10
  setting: outpatient
  procedure_codes: ["96365", "96366", J3490]
  diagnosis_codes: [G90.522, F32.1]
  denial_reason: >-
    Ketamine infusion for complex regional pain syndrome is investigational under medical policy MP-PAIN-KET-2 and
    is not covered.
  denial_category: experimental_investigational
  denial_reasons: [experimental_investigational]
  action: none
treatment:
  name: Outpatient IV ketamine infusions for CRPS, 10 infusions
  summary: >-
    Ten 4-hour low-dose ketamine infusions over two weeks for CRPS of the left leg after gabapentinoids, duloxetine,
    a tricyclic, physical therapy and sympathetic blocks gave too little relief.
  plan: >-
    Ketamine 0.35 mg/kg/hour for 4 hours on 10 weekdays, 08/03/2026-08/14/2026; pain scores daily; booster only if
    pain returns above 6/10.
  setting: Northwest Ohio Pain Institute infusion suite
clinical:
  severity: NRS pain 8/10 and CRPS severity score 14 on 07/20/2026
  severity_date: 2026-07-20
  suicidality: none
  suicidality_date: 2026-07-20
  response: NRS pain 8/10 before (07/20/2026), 4/10 after the course (08/14/2026), 5/10 on 10/26/2026; CRPS severity score 14 to 9
  response_level: partial
  treating_since: 2024-02
  history:
    - drug: Oxycodone
      dose: 10 mg twice daily
      start: 2023-11
      end: 2025-06
      outcome: Tapered off by 06/2025; no opioid since (PDMP report)
      evidence: {file: clinical/pdmp-report-2026-11-20.txt, page: 1}
    - drug: Pregabalin
      dose: 300 mg daily
      start: 2023-06
      end: 2023-10
      adequate: false
      outcome: Stopped for leg edema and dizziness (intolerance)
      evidence: {file: clinical/pain-clinic-note-2026-07-20.txt, page: 1}
    - drug: Gabapentin
      dose: 1800 mg daily
      start: 2024-03
      ongoing: true
      response: partial
      outcome: Partial relief; continued
      evidence: {file: clinical/pain-clinic-note-2026-07-20.txt, page: 1}
    - drug: Nortriptyline
      dose: 25 mg at bedtime
      start: 2024-05
      end: 2024-07
      adequate: false
      outcome: Stopped for urinary retention (intolerance)
      evidence: {file: clinical/pain-clinic-note-2026-07-20.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2024-08
      ongoing: true
      response: partial
      outcome: Partial relief; continued
      evidence: {file: clinical/pain-clinic-note-2026-07-20.txt, page: 1}
    - drug: Physical therapy
      dose: 24 sessions
      start: 2025-01
      end: 2025-04
      sessions: 24
      kind: other
      response: partial
      outcome: Better range of motion; pain unchanged; home program continues
      evidence: {file: clinical/pain-clinic-note-2026-07-20.txt, page: 1}
    - drug: Lumbar sympathetic blocks
      dose: 3 blocks
      start: 2025-05
      end: 2025-09
      kind: other
      response: partial
      outcome: Relief for about 2 weeks after each block
      evidence: {file: clinical/pain-clinic-note-2026-07-20.txt, page: 1}
payer_criteria:
  - criterion: "1. CRPS meeting the Budapest criteria for at least 6 months."
    how_met: CRPS type I of the left leg since 11/2023, Budapest criteria documented.
    met: true
    evidence: {file: clinical/pain-clinic-note-2026-07-20.txt, page: 1}
  - criterion: "2. Inadequate response to, or intolerance of, gabapentin or pregabalin, and an antidepressant (duloxetine or a tricyclic)."
    how_met: Gabapentin 1800 mg partial relief only; pregabalin not tolerated; duloxetine 60 mg partial relief; nortriptyline not tolerated.
    met: true
    evidence: {file: clinical/pain-clinic-note-2026-07-20.txt, page: 1}
  - criterion: "3. A course of physical therapy completed."
    how_met: 24 sessions, 01/2025-04/2025.
    met: true
    evidence: {file: clinical/pain-clinic-note-2026-07-20.txt, page: 1}
  - criterion: "4. No chronic opioid therapy or opioid use disorder; no uncontrolled hypertension."
    how_met: Oxycodone tapered off by 06/2025, no opioid fill since (PDMP); blood pressure 122/76.
    met: true
    evidence: [{file: clinical/pdmp-report-2026-11-20.txt, page: 1}, {file: clinical/pain-clinic-note-2026-07-20.txt, page: 1}]
plan_policy:
  name: Great Lakes Benefit Administrators Medical Policy MP-PAIN-KET-2, Ketamine infusion for chronic pain
  number: MP-PAIN-KET-2
  quote: >-
    Ketamine infusion for chronic pain is investigational except for complex regional pain syndrome when all are
    met: 1. CRPS meeting the Budapest criteria for at least 6 months. 2. Inadequate response to, or intolerance of,
    gabapentin or pregabalin, and an antidepressant (duloxetine or a tricyclic). 3. A course of physical therapy
    completed. 4. No chronic opioid therapy or opioid use disorder; no uncontrolled hypertension.
  file: other/medical-policy-mp-pain-ket-2-excerpt.txt
decisions:
  - date: 2026-10-01
    outcome: denied
    stage: first-level appeal
    opens: second level
    next_deadline: 2026-11-30
  - date: 2026-11-09
    outcome: denied
    stage: second-level appeal
    opens: external review
    next_deadline: 2027-03-09
    reason: >-
      The member is on chronic opioid therapy (oxycodone), a contraindication under criterion 4, and has not tried a
      gabapentinoid (criterion 2). The denial is upheld.
    corrections:
      - said: The member is on chronic opioid therapy (oxycodone), a contraindication under criterion 4
        record: >-
          Oxycodone was tapered off by 06/2025; the state PDMP report shows the last oxycodone fill on 05/28/2025 and
          no opioid since.
        file: clinical/pdmp-report-2026-11-20.txt
        page: 1
      - said: and has not tried a gabapentinoid (criterion 2)
        record: >-
          Pregabalin 300 mg (2023) was stopped for edema and dizziness, and gabapentin 1800 mg daily, since 03/2024,
          gives partial relief and continues.
        file: clinical/pain-clinic-note-2026-07-20.txt
        page: 1
external_review:
  agency: an independent review organization under the federal external review process
  final_denial_date: 2026-11-09
expenses:
  - date: 2026-08-03
    item: Ketamine infusion course, 10 infusions (Northwest Ohio Pain Institute)
    amount: $8,500.00
    paid: $8,500.00
author:
  name: Desmond Kowalczyk-Ames
  relation: patient
provider:
  name: Felix Marchbanks-Odu, MD
  credentials: MD, anesthesiology and pain medicine
  npi: "1284750365"
  address: |-
    Northwest Ohio Pain Institute, 4400 Talmadge Road, Suite 200
    Toledo, OH 43623
  phone: (419) 555-0135
record_dates:
  - file: clinical/pain-clinic-note-2026-07-20.txt
    date: 2026-07-20
  - file: clinical/infusion-summary-2026-10-26.txt
    date: 2026-10-26
  - file: clinical/pdmp-report-2026-11-20.txt
    date: 2026-11-20
template: external-review-request
bates_prefix: KOWALCZYKAMES
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/eob-2026-08-20.txt": '''
GREAT LAKES BENEFIT ADMINISTRATORS (FICTIONAL) for MAUMEE VALLEY FABRICATION EMPLOYEE HEALTH PLAN
EXPLANATION OF BENEFITS                                                      Date: 08/20/2026   Page 1 of 1
Member: Desmond Kowalczyk-Ames   ID FICT-MVF-11840592   Claim GL-26-0811-40277
Services 08/03/2026-08/14/2026: 96365 x10, 96366 x30, J3490 x10. Billed $8,500.00. Paid $0.00.
Ketamine infusion for complex regional pain syndrome is investigational under medical policy MP-PAIN-KET-2 and
is not covered. You may appeal within 180 days of receiving this notice.
''',
        "denial/second-level-appeal-decision-2026-11-09.txt": '''
GREAT LAKES BENEFIT ADMINISTRATORS (FICTIONAL) - SECOND-LEVEL APPEAL DECISION       Date: 11/09/2026   Page 1 of 2
Member: Desmond Kowalczyk-Ames   Claim GL-26-0811-40277   First-level decision 10/01/2026 (upheld)
The member is on chronic opioid therapy (oxycodone), a contraindication under criterion 4, and has not tried a
gabapentinoid (criterion 2). The denial is upheld. Reviewer: Janet Kroll, MD (anesthesiology).
This is the plan's final internal decision. You may ask for external review within 4 months of receiving this
notice. Appeals, PO Box 9930, Toledo, OH 43697; fax (419) 555-0161.
''',
        "clinical/pain-clinic-note-2026-07-20.txt": '''
NORTHWEST OHIO PAIN INSTITUTE (FICTIONAL) - PAIN CLINIC NOTE                        Date: 07/20/2026   Page 1 of 1
Patient: Desmond Kowalczyk-Ames   DOB 01/23/1987   Physician: Felix Marchbanks-Odu, MD
CRPS type I, left leg (G90.522), since a fracture in 11/2023; Budapest criteria met. Depression secondary (F32.1).
Pregabalin 300 mg 06/2023-10/2023 stopped for leg edema and dizziness. Gabapentin 1800 mg daily since 03/2024:
partial relief, continue. Nortriptyline 25 mg at bedtime 05/2024-07/2024 stopped for urinary retention.
Duloxetine 60 mg daily since 08/2024: partial relief, continue. Oxycodone tapered off by 06/2025.
Physical therapy 24 sessions 01/2025-04/2025 with Shauna Birch, DPT: better range of motion, pain unchanged.
Lumbar sympathetic blocks x3 05/2025-09/2025: relief for about 2 weeks after each.
NRS pain 8/10; CRPS severity score 14. BP 122/76. Plan: 10 outpatient ketamine infusions.
''',
        "clinical/infusion-summary-2026-10-26.txt": '''
NORTHWEST OHIO PAIN INSTITUTE (FICTIONAL) - INFUSION COURSE SUMMARY                 Date: 10/26/2026   Page 1 of 1
Patient: Desmond Kowalczyk-Ames   Physician: Felix Marchbanks-Odu, MD
10 infusions, 08/03/2026-08/14/2026, ketamine 0.35 mg/kg/hour for 4 hours. NRS pain 8/10 before, 4/10 on
08/14/2026, 5/10 today. CRPS severity score 9. Back at work on light duty since 09/2026. No booster needed yet.
''',
        "clinical/pdmp-report-2026-11-20.txt": '''
OHIO PRESCRIPTION MONITORING REPORT (FICTIONAL RENDITION)                        Report date 11/20/2026   Page 1 of 1
Patient: Desmond Kowalczyk-Ames   DOB 01/23/1987   Search period 11/20/2024-11/20/2026
Controlled-substance fills: oxycodone 5 mg, last fill 05/28/2025 (taper). No opioid fill after 05/28/2025.
''',
        "other/medical-policy-mp-pain-ket-2-excerpt.txt": '''
GREAT LAKES BENEFIT ADMINISTRATORS (FICTIONAL) - MEDICAL POLICY MP-PAIN-KET-2 (excerpt)         Page 1 of 1
Ketamine infusion for chronic pain is investigational except for complex regional pain syndrome when all are met:
1. CRPS meeting the Budapest criteria for at least 6 months. 2. Inadequate response to, or intolerance of,
gabapentin or pregabalin, and an antidepressant (duloxetine or a tricyclic). 3. A course of physical therapy
completed. 4. No chronic opioid therapy or opioid use disorder; no uncontrolled hypertension.
''',
    },
    truth='''
# 06 - Self-funded ERISA plan: CRPS ketamine infusions denied at the second level on "chronic opioids" and "no gabapentinoid"; the patient asks for external review (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Desmond Kowalczyk-Ames, 39, Maumee Valley Fabrication Employee Health Plan (self-funded ERISA, 1,350 employees),
  administered by Great Lakes Benefit Administrators, Ohio.
- Claim GL-26-0811-40277: **10 outpatient ketamine infusions 08/03-08/14/2026** for **CRPS type I, left leg (G90.522)**;
  depression (F32.1) is secondary. Paid by him: **$8,500.00**.
- EOB 08/20/2026: investigational under **MP-PAIN-KET-2**, whose own words make CRPS an exception when 4 criteria are met.
  First-level decision 10/01/2026 upheld; **second-level (final) decision 11/09/2026**: "chronic opioid therapy
  (oxycodone)" and "has not tried a gabapentinoid".
- **Oxycodone tapered off by 06/2025**; PDMP: last fill 05/28/2025, none since.
- **Pregabalin 300 mg 2023 stopped for edema/dizziness** (intolerance); **gabapentin 1800 mg since 03/2024, partial,
  continues**; **duloxetine 60 mg since 08/2024, partial, continues**; nortriptyline 25 mg stopped for urinary retention.
- Physical therapy 24 sessions (of some benefit: range of motion) - completed, never "failed"; 3 sympathetic blocks,
  ~2 weeks relief each.
- Response: NRS 8 -> 4 (08/14/2026) -> 5 (10/26/2026); CRPS severity 14 -> 9; back at light duty since 09/2026.
  Partial response.
- **Rule/stage:** final internal denial 11/09/2026; external review within 4 months: by **03/09/2027**, federal
  process for self-funded plans, 29 CFR 2590.715-2719; experimental/investigational denials are eligible.
- Author: the patient ("I").

## Deliberately unknown
- Which records the second-level reviewer had: not stated.
- Whether the plan grants discretion to the administrator: not in the case (so no contra proferentem as law).

## Traps
- **No parity argument**: the principal diagnosis is CRPS (G90.522), not a mental health code.
- Gabapentin and duloxetine **continue**; never "stopped" or "failed and discontinued".
- Physical therapy was of some benefit: never counted as a failed trial.
- Opioids ended in 06/2025: never concede "chronic opioid therapy".
- Response is partial: never "remission" or "pain-free".
- Others: Shauna Birch, DPT; reviewer Janet Kroll, MD - not parties.
- Voice: "I", not "Mr. Kowalczyk-Ames has".
- Not insured: not the state external review; not 45 CFR 147.136 alone.

## Arguments a strong letter makes
1. The policy's own CRPS exception applies: all four criteria are met, each with its exhibit.
2. Correct the final decision: no opioid since 05/2025 (PDMP); pregabalin tried (intolerance) and gabapentin 1800 mg taken.
3. The infusions worked in part (NRS 8 -> 4/5, back at work); reimburse $8,500.00.
4. External review under the federal process (29 CFR 2590.715-2719); ask the plan to assign an IRO; ask for the claim file.

## What a letter must NOT say
- "parity"; "Mental Health Parity"; "29 USC 1185a".
- "chronic opioid therapy" as true; "currently takes oxycodone".
- "stopped gabapentin"; "failed physical therapy".
- "remission"; "pain-free".
- "state external review"; "Medicaid"; "Medicare".
- "Mr. Kowalczyk-Ames has failed" (third person from the patient).
''',
    answers=[
        ("Claim number", "GL-26-0811-40277", "denial/eob-2026-08-20.txt"),
        ("First denial reason", "investigational under medical policy MP-PAIN-KET-2", "denial/eob-2026-08-20.txt"),
        ("Amount billed", "$8,500.00", "denial/eob-2026-08-20.txt"),
        ("Second-level decision opioid claim", "The member is on chronic opioid therapy (oxycodone)", "denial/second-level-appeal-decision-2026-11-09.txt"),
        ("External review window", "within 4 months of receiving this", "denial/second-level-appeal-decision-2026-11-09.txt"),
        ("Principal diagnosis", "CRPS type I, left leg (G90.522)", "clinical/pain-clinic-note-2026-07-20.txt"),
        ("Pregabalin outcome", "Pregabalin 300 mg 06/2023-10/2023 stopped for leg edema and dizziness", "clinical/pain-clinic-note-2026-07-20.txt"),
        ("Gabapentin status", "Gabapentin 1800 mg daily since 03/2024: partial relief, continue", "clinical/pain-clinic-note-2026-07-20.txt"),
        ("Duloxetine status", "Duloxetine 60 mg daily since 08/2024: partial relief, continue", "clinical/pain-clinic-note-2026-07-20.txt"),
        ("Nortriptyline outcome", "stopped for urinary retention", "clinical/pain-clinic-note-2026-07-20.txt"),
        ("Physical therapy", "better range of motion, pain unchanged", "clinical/pain-clinic-note-2026-07-20.txt"),
        ("Last opioid fill", "last fill 05/28/2025", "clinical/pdmp-report-2026-11-20.txt"),
        ("Pain after the course", "4/10 on 08/14/2026, 5/10 today", "clinical/infusion-summary-2026-10-26.txt"),
        ("Work status", "Back at work on light duty since 09/2026", "clinical/infusion-summary-2026-10-26.txt"),
        ("Policy CRPS exception", "investigational except for complex regional pain syndrome when all are met", "other/medical-policy-mp-pain-ket-2-excerpt.txt"),
        ("External review deadline", "2027-03-09", "case.yaml"),
    ],
)


# ----------------------------------------------------------------------------------------------------- case 07
case(
    slug="church-plan-insured-spravato-sertraline-50mg-from-2023-episode-current-200mg-continued-t3-augmentation-first-appeal-pmhnp",
    yaml='''
# FICTIONAL CASE (set 101, case 07) - every person, plan, provider, number and address is invented.
# Church plan (insured, not grandfathered), MO. Spravato denied: "sertraline 50 mg is below the minimum dose; only
# one adequate trial". The 50 mg was the 2023 episode (remission). In the current episode sertraline 200 mg has
# been taken since 02/2026 with a partial response and continues with Spravato; escitalopram 20 mg failed; T3
# augmentation failed. No suicidal ideation. The treating psychiatric nurse practitioner writes.
patient:
  name: Abigail Thornbury-Nakamura
  salutation: Ms. Thornbury-Nakamura
  date_of_birth: 1992-07-30
  member_id: FICT-GSM-44730918
  address: |-
    5521 Wornall Road
    Kansas City, MO 64113
insurer:
  name: Heartland Fidelity Life (FICTIONAL), insurer of the Good Shepherd Ministries Health Plan
  appeals_address: |-
    Heartland Fidelity Life, Member Appeals (FICTIONAL)
    PO Box 41128
    Kansas City, MO 64141
  fax: (816) 555-0169
claim:
  number: HF-RX-26-1112-0834
  plan_type: church
  funding: insured
  grandfathered: false
  employees: 640
  notice_date: 2026-11-18
  appeal_deadline: 2027-05-17
  deadline_basis: >-
    Denial of 11/18/2026: "You may appeal within 180 days after you receive this letter." Counted from the notice date.
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2]
  pending_services: [induction course of 8 treatments]
  denial_reason: >-
    Policy RX-ESK-09 criterion 1 is not met. Sertraline 50 mg is below the minimum dose in Table 1 (150 mg). Only one
    adequate antidepressant trial (escitalopram) is documented.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: "Thomas Ridley, MD", specialty: psychiatry}
  action: none
  corrections:
    - said: Sertraline 50 mg is below the minimum dose in Table 1 (150 mg).
      record: >-
        Sertraline 50 mg was the dose in the 2023 episode, which remitted. In the current episode sertraline has been
        taken at 200 mg daily since 02/16/2026 (more than 6 weeks) with only a partial response (MADRS 38 to 30).
      file: clinical/pmhnp-progress-note-2026-11-12.txt
      page: 1
    - said: Only one adequate antidepressant trial (escitalopram) is documented.
      record: >-
        Two are documented in the current episode: escitalopram 20 mg for 8 weeks (no response) and sertraline 200 mg
        since 02/16/2026 (partial response only); liothyronine augmentation also failed.
      file: clinical/pmhnp-progress-note-2026-11-12.txt
      page: 1
treatment:
  name: Spravato (esketamine) nasal spray, induction course
  summary: >-
    Esketamine twice weekly for 4 weeks with sertraline 200 mg continued, after escitalopram failed, sertraline 200 mg
    gave only a partial response and liothyronine augmentation failed.
  plan: >-
    Esketamine 56 mg then 84 mg twice weekly for 4 weeks (8 treatments), observed for 2 hours; MADRS at weeks 2 and
    4; stop if MADRS has not fallen by 25% at week 4. Sertraline 200 mg continues.
  setting: Brookside Psychiatric Care, certified in the Spravato REMS
  monitoring: blood pressure before and at 40 and 120 minutes; 2 hours of observation; no driving that day
  alongside: sertraline 200 mg daily
clinical:
  severity: MADRS 32 and PHQ-9 20 on 11/12/2026
  severity_date: 2026-11-12
  suicidality: none
  suicidality_date: 2026-11-12
  episode_onset: 2025-11
  treating_since: 2023-02
  exclusions: No psychosis; no substance use; no aneurysmal vascular disease; blood pressure 118/74.
  history:
    - drug: Sertraline (2023 episode)
      dose: 50 mg daily
      start: 2023-02
      end: 2024-06
      kind: antidepressant
      response: remission
      outcome: Remission in the 2023 episode; tapered off in 06/2024
      evidence: {file: clinical/pmhnp-progress-note-2026-11-12.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-11
      end: 2026-01
      weeks: 8
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks
      evidence: {file: clinical/pmhnp-progress-note-2026-11-12.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2026-02-16
      ongoing: true
      kind: antidepressant
      adequate: true
      failed: true
      response: partial
      outcome: Partial response (MADRS 38 to 30); continued with esketamine
      evidence: {file: clinical/pmhnp-progress-note-2026-11-12.txt, page: 1}
    - drug: Liothyronine (T3) augmentation
      dose: 25 mcg daily
      start: 2026-05
      end: 2026-07
      weeks: 8
      kind: augmentation
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks; stopped
      evidence: {file: clinical/pmhnp-progress-note-2026-11-12.txt, page: 1}
    - drug: Trazodone
      dose: 100 mg at bedtime for sleep
      start: 2025-12
      ongoing: true
      kind: other
      outcome: Sleep dose; not an antidepressant trial
      evidence: {file: clinical/pmhnp-progress-note-2026-11-12.txt, page: 1}
payer_criteria:
  - criterion: "1. Inadequate response to at least two antidepressants, each at or above the minimum dose in Table 1 for at least 6 weeks, in the current episode."
    how_met: Escitalopram 20 mg for 8 weeks (no response) and sertraline 200 mg since 02/16/2026 (partial response only); Table 1 minimums are 10 mg and 150 mg.
    met: true
    evidence: [{file: clinical/pmhnp-progress-note-2026-11-12.txt, page: 1}, {file: other/policy-rx-esk-09-excerpt.txt, page: 1}]
  - criterion: "2. An oral antidepressant is continued with esketamine."
    how_met: Sertraline 200 mg daily continues.
    met: true
    evidence: {file: clinical/pmhnp-progress-note-2026-11-12.txt, page: 1}
  - criterion: "3. Prescribed by or with a psychiatrist or a psychiatric nurse practitioner."
    how_met: Prescribed by Ingrid Solheim-Barrett, DNP, PMHNP-BC.
    met: true
    evidence: {file: clinical/pmhnp-progress-note-2026-11-12.txt, page: 1}
  - criterion: "4. Given in a setting certified in the Spravato REMS."
    how_met: Brookside Psychiatric Care is REMS-certified.
    met: true
    evidence: {file: clinical/pmhnp-progress-note-2026-11-12.txt, page: 1}
plan_policy:
  name: Heartland Fidelity Life Pharmacy Policy RX-ESK-09, Esketamine
  number: RX-ESK-09
  quote: >-
    Esketamine is covered when all are met: 1. Inadequate response to at least two antidepressants, each at or above
    the minimum dose in Table 1 for at least 6 weeks, in the current episode. 2. An oral antidepressant is continued
    with esketamine. 3. Prescribed by or with a psychiatrist or a psychiatric nurse practitioner. 4. Given in a
    setting certified in the Spravato REMS. Table 1 (minimum daily doses): sertraline 150 mg; escitalopram 10 mg;
    fluoxetine 40 mg; venlafaxine 150 mg; bupropion 300 mg.
  file: other/policy-rx-esk-09-excerpt.txt
author:
  name: Ingrid Solheim-Barrett, DNP, PMHNP-BC
  role: treating psychiatric nurse practitioner
  relation: prescriber
  address: |-
    Brookside Psychiatric Care, 6300 Brookside Plaza, Suite 2
    Kansas City, MO 64113
  phone: (816) 555-0128
  authorization: other/patient-consent-2026-11-20.txt
provider:
  name: Ingrid Solheim-Barrett, DNP, PMHNP-BC
  credentials: DNP, PMHNP-BC
  npi: "1593026747"
  address: |-
    Brookside Psychiatric Care, 6300 Brookside Plaza, Suite 2
    Kansas City, MO 64113
  phone: (816) 555-0128
peer_to_peer:
  availability: weekdays 4-5 pm
record_dates:
  - file: clinical/pmhnp-progress-note-2026-11-12.txt
    date: 2026-11-12
bates_prefix: THORNBURYNAKAMURA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/coverage-denial-2026-11-18.txt": '''
HEARTLAND FIDELITY LIFE (FICTIONAL) - GOOD SHEPHERD MINISTRIES HEALTH PLAN
COVERAGE DENIAL                                                             Date: 11/18/2026   Page 1 of 2
Member: Abigail Thornbury-Nakamura   ID FICT-GSM-44730918   Reference HF-RX-26-1112-0834
Request: esketamine nasal spray, induction (8 treatments). Prescriber: Ingrid Solheim-Barrett, DNP, PMHNP-BC

Policy RX-ESK-09 criterion 1 is not met. Sertraline 50 mg is below the minimum dose in Table 1 (150 mg). Only one
adequate antidepressant trial (escitalopram) is documented. Reviewer: Thomas Ridley, MD (psychiatry).

You may appeal within 180 days after you receive this letter. Member Appeals, PO Box 41128, Kansas City, MO
64141; fax (816) 555-0169. This plan is not grandfathered.
''',
        "clinical/pmhnp-progress-note-2026-11-12.txt": '''
BROOKSIDE PSYCHIATRIC CARE (FICTIONAL) - PROGRESS NOTE                              Date: 11/12/2026   Page 1 of 1
Patient: Abigail Thornbury-Nakamura   DOB 07/30/1992   Clinician: Ingrid Solheim-Barrett, DNP, PMHNP-BC
Collaborating psychiatrist: Raymond Oyelaran, MD. Clinic certified in the Spravato REMS.
Recurrent major depression, severe, without psychotic features (F33.2). Current episode since 11/2025.
2023 episode: sertraline 50 mg, remission; tapered off 06/2024.
Current episode: escitalopram 20 mg 11/2025-01/2026, 8 weeks, no response. Sertraline restarted 01/2026 and
200 mg daily since 02/16/2026: partial response (MADRS 38 to 30); continue. Liothyronine 25 mcg augmentation
05/2026-07/2026, 8 weeks, no response. Trazodone 100 mg at bedtime for sleep since 12/2025.
Today MADRS 32; PHQ-9 20. Denies suicidal ideation. BP 118/74. No psychosis, no substance use.
Plan: esketamine with sertraline 200 mg continued. Her husband, Kenji Nakamura, will drive her home.
''',
        "other/policy-rx-esk-09-excerpt.txt": '''
HEARTLAND FIDELITY LIFE (FICTIONAL) - PHARMACY POLICY RX-ESK-09, ESKETAMINE (excerpt)          Page 1 of 1
Esketamine is covered when all are met: 1. Inadequate response to at least two antidepressants, each at or above
the minimum dose in Table 1 for at least 6 weeks, in the current episode. 2. An oral antidepressant is continued
with esketamine. 3. Prescribed by or with a psychiatrist or a psychiatric nurse practitioner. 4. Given in a
setting certified in the Spravato REMS. Table 1 (minimum daily doses): sertraline 150 mg; escitalopram 10 mg;
fluoxetine 40 mg; venlafaxine 150 mg; bupropion 300 mg.
''',
        "other/patient-consent-2026-11-20.txt": '''
PATIENT CONSENT TO APPEAL                                                          Date: 11/20/2026   Page 1 of 1
I, Abigail Thornbury-Nakamura (ID FICT-GSM-44730918), ask Ingrid Solheim-Barrett, DNP, PMHNP-BC, to appeal
reference HF-RX-26-1112-0834 for me and consent to her sending my records to Heartland Fidelity Life.
Signed: Abigail Thornbury-Nakamura
''',
    },
    truth='''
# 07 - Church plan (insured): Spravato denied on a 2023 sertraline dose; the current episode has sertraline 200 mg, still taken; the psychiatric nurse practitioner appeals (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Abigail Thornbury-Nakamura, 34, Good Shepherd Ministries Health Plan (church plan, insured by Heartland Fidelity
  Life, **not grandfathered**, 640 employees), Missouri.
- Reference HF-RX-26-1112-0834 (Spravato induction, 8 treatments) denied 11/18/2026 by Thomas Ridley, MD
  (psychiatry), under **RX-ESK-09 criterion 1**.
- The denial reads the **2023 episode's sertraline 50 mg** (remission, tapered 06/2024) as the current trial.
- Current episode since **11/2025**: **escitalopram 20 mg, 8 weeks, no response**; **sertraline 200 mg daily since
  02/16/2026, partial response (MADRS 38 -> 30), still taken** and continued with esketamine; **liothyronine 25 mcg
  augmentation, 8 weeks, no response**. Trazodone 100 mg at bedtime: sleep.
- Table 1 minimums: sertraline 150 mg, escitalopram 10 mg - both trials are above them.
- MADRS 32, PHQ-9 20, **no suicidal ideation** (11/12/2026). BP 118/74. REMS-certified clinic.
- **Rule/stage:** first internal appeal; church plan not grandfathered: 26 CFR 54.9815-2719 (applying the claims
  rule's 180 days): by **05/17/2027**; then external review within 4 months.
- Author: the treating PMHNP (a prescriber, not a physician), with the patient's consent of 11/20/2026.

## Deliberately unknown
- Whether the plan's pharmacy records show the sertraline 200 mg fills: not in the case.
- Whether the plan is subject to state parity law: not in the case.

## Traps
- Sertraline 200 mg **continues**: never "stopped" or "discontinued"; partial response is an inadequate response,
  not "no response".
- The 2023 remission on 50 mg belongs to the earlier episode: it is neither the current trial nor a failure.
- Liothyronine is augmentation, not an antidepressant trial.
- No suicidal ideation: never the suicidality indication; never "active suicidal ideation".
- The author is a nurse practitioner: never "as her treating physician" or "Dr. Solheim-Barrett".
- Reviewer **is** a psychiatrist.
- Others: collaborating psychiatrist Raymond Oyelaran, MD; husband Kenji Nakamura - not parties.
- Church plan: never ERISA (29 CFR 2560.503-1 as governing law directly), never the Labor Department.

## Arguments a strong letter makes
1. Correct the notice: 50 mg was the 2023 episode; the current trial is 200 mg since 02/16/2026 (above Table 1's
   150 mg), with partial response - plus escitalopram 20 mg failed: criterion 1 is met.
2. Criteria 2-4 met: sertraline continues; PMHNP prescriber (the policy's own words); REMS-certified clinic.
3. Liothyronine augmentation also failed.
4. Plan with stopping rule; offer a peer-to-peer; external review next (26 CFR 54.9815-2719).

## What a letter must NOT say
- "sertraline 50 mg" as the current trial; "only one adequate trial".
- "stopped sertraline"; "discontinued sertraline"; "no response to sertraline".
- "suicidal ideation" as present; "suicidal thoughts".
- "treating physician" for the author; "Dr. Solheim-Barrett".
- "ERISA"; "Department of Labor"; "Medicaid".
- "not a psychiatrist" about the reviewer.
''',
    answers=[
        ("Reference", "HF-RX-26-1112-0834", "denial/coverage-denial-2026-11-18.txt"),
        ("Denial's sertraline statement", "Sertraline 50 mg is below the minimum dose in Table 1 (150 mg)", "denial/coverage-denial-2026-11-18.txt"),
        ("Reviewer", "Thomas Ridley, MD (psychiatry)", "denial/coverage-denial-2026-11-18.txt"),
        ("Grandfathered?", "This plan is not grandfathered", "denial/coverage-denial-2026-11-18.txt"),
        ("Appeal window", "within 180 days after you receive this letter", "denial/coverage-denial-2026-11-18.txt"),
        ("When was sertraline 50 mg taken", "2023 episode: sertraline 50 mg, remission; tapered off 06/2024", "clinical/pmhnp-progress-note-2026-11-12.txt"),
        ("Current sertraline dose and start", "200 mg daily since 02/16/2026", "clinical/pmhnp-progress-note-2026-11-12.txt"),
        ("Sertraline response", "partial response (MADRS 38 to 30); continue", "clinical/pmhnp-progress-note-2026-11-12.txt"),
        ("Escitalopram trial", "escitalopram 20 mg 11/2025-01/2026, 8 weeks, no response", "clinical/pmhnp-progress-note-2026-11-12.txt"),
        ("Augmentation", "Liothyronine 25 mcg augmentation", "clinical/pmhnp-progress-note-2026-11-12.txt"),
        ("Sleep medicine", "Trazodone 100 mg at bedtime for sleep since 12/2025", "clinical/pmhnp-progress-note-2026-11-12.txt"),
        ("Suicidality", "Denies suicidal ideation", "clinical/pmhnp-progress-note-2026-11-12.txt"),
        ("Scales", "MADRS 32; PHQ-9 20", "clinical/pmhnp-progress-note-2026-11-12.txt"),
        ("Who drives her", "Kenji Nakamura", "clinical/pmhnp-progress-note-2026-11-12.txt"),
        ("Table 1 sertraline minimum", "sertraline 150 mg", "other/policy-rx-esk-09-excerpt.txt"),
        ("Appeal deadline", "2027-05-17", "case.yaml"),
    ],
)



# ----------------------------------------------------------------------------------------------------- case 08
case(
    slug="marketplace-silver-continuation-ect-partial-response-read-as-response-lithium-aki-contraindicated-external-review-daughter",
    yaml='''
# FICTIONAL CASE (set 101, case 08) - every person, plan, provider, number and address is invented.
# Individual Marketplace Silver plan (insured), MI. Continuation ECT (8 treatments) denied; the final internal
# decision says he "responded" (MADRS 34 to 18) and "lithium has not been tried". MADRS 18 is a partial response,
# now 22; lithium was tried in 2024 and stopped after 3 weeks for acute kidney injury and is now contraindicated
# (CKD 3a). In 2019 he relapsed within 4 months of ECT without continuation. His daughter asks for external review.
patient:
  name: Walter Przybylski-Onu
  salutation: Mr. Przybylski-Onu
  date_of_birth: 1965-05-04
  member_id: FICT-GLM-90326614
  address: |-
    1447 Plainfield Avenue NE
    Grand Rapids, MI 49505
  phone: (616) 555-0121
insurer:
  name: Great Lakes Marketplace Health - Silver 3500 (FICTIONAL)
  appeals_address: |-
    Great Lakes Marketplace Health, Appeals (FICTIONAL)
    PO Box 2270
    Grand Rapids, MI 49501
  fax: (616) 555-0177
claim:
  number: GLM-UM-26-1019-6620
  plan_type: individual_aca
  student: false
  notice_date: 2026-10-09
  procedure_codes: ["90870"]
  diagnosis_codes: [F33.2]
  sessions: 8
  pending_services: 8
  denial_reason: >-
    Continuation ECT is not medically necessary under policy MP-ECT-C3: the member responded to acute ECT and can be
    managed with medication.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
treatment:
  name: Continuation ECT, 8 treatments
  summary: >-
    Continuation ECT after a partial response to acute ECT, for a man who relapsed within 4 months of stopping ECT
    without continuation in 2019 and cannot take lithium.
  plan: >-
    8 continuation treatments: weekly for 4 weeks, then every other week for 4 treatments; MADRS before each; a
    cognitive screen every 4 treatments; venlafaxine XR 300 mg and olanzapine 5 mg continue.
  setting: Grand River Hospital ECT service, outpatient
clinical:
  severity: MADRS 22 on 11/05/2026
  severity_date: 2026-11-05
  suicidality: passive
  suicidality_date: 2026-11-05
  response: MADRS 34 on 08/20/2026 before acute ECT, 18 on 10/08/2026 after 12 treatments, 22 on 11/05/2026
  response_level: partial
  episode_onset: 2025-01
  treating_since: 2019-03
  history:
    - drug: ECT (2019 episode)
      dose: 12 treatments
      start: 2019-09
      end: 2019-10
      sessions: 12
      kind: neuromodulation
      adequate: true
      response: remission
      outcome: Remission, no continuation; relapsed within 4 months (01/2020) and was hospitalized
      evidence: {file: clinical/ect-psychiatrist-summary-2026-11-05.txt, page: 1}
    - drug: Lithium carbonate (2024, earlier episode)
      dose: 900 mg daily, level 0.6 mEq/L
      start: 2024-04
      end: 2024-05
      weeks: 3
      kind: augmentation
      adequate: false
      outcome: Stopped after 3 weeks for acute kidney injury; now contraindicated (CKD stage 3a)
      evidence: {file: clinical/nephrology-letter-2026-10-30.txt, page: 1}
    - drug: Nortriptyline
      dose: 100 mg daily, level 110 ng/mL
      start: 2025-03
      end: 2025-05
      weeks: 8
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks at a therapeutic level
      evidence: {file: clinical/ect-psychiatrist-summary-2026-11-05.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 300 mg daily
      start: 2025-07
      ongoing: true
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response alone; continued with ECT
      evidence: {file: clinical/ect-psychiatrist-summary-2026-11-05.txt, page: 1}
    - drug: Olanzapine (augmentation)
      dose: 5 mg at bedtime
      start: 2026-08
      ongoing: true
      kind: augmentation
      response: partial
      outcome: Added for agitation and sleep during the admission; continued
      evidence: {file: clinical/ect-psychiatrist-summary-2026-11-05.txt, page: 1}
    - drug: Acute ECT (current episode)
      dose: 12 treatments
      start: 2026-08-24
      end: 2026-10-08
      sessions: 12
      kind: neuromodulation
      adequate: true
      response: partial
      outcome: Partial response (MADRS 34 to 18); not remission
      evidence: {file: clinical/ect-psychiatrist-summary-2026-11-05.txt, page: 1}
impact:
  hospitalizations: >-
    Inpatient psychiatric stays 01/2020 (relapse after ECT without continuation) and 08/18/2026-09/02/2026.
  relapse: Relapsed within 4 months of stopping ECT without continuation in 2019.
alternatives:
  - treatment: lithium to prevent relapse
    why_not: >-
      Tried in 2024 and stopped after 3 weeks for acute kidney injury (creatinine 1.0 to 1.6); with CKD stage 3a
      (eGFR 52) his nephrologist advises against lithium.
  - treatment: medication alone
    why_not: >-
      Nortriptyline and venlafaxine alone did not work in this episode, and in 2019 he relapsed within 4 months of
      stopping ECT.
payer_criteria:
  - criterion: "1. Response to an acute course of ECT in the current episode."
    how_met: Partial response to 12 acute treatments (MADRS 34 to 18).
    met: true
    evidence: {file: clinical/ect-psychiatrist-summary-2026-11-05.txt, page: 1}
  - criterion: "2. Relapse after an earlier course of ECT without continuation treatment, or relapse despite medication."
    how_met: Relapse within 4 months of stopping ECT without continuation in 2019.
    met: true
    evidence: {file: clinical/ect-psychiatrist-summary-2026-11-05.txt, page: 1}
  - criterion: "3. Medication alone has failed to prevent relapse, or is not tolerated or contraindicated."
    how_met: Nortriptyline and venlafaxine failed alone; lithium is contraindicated after acute kidney injury.
    met: true
    evidence: [{file: clinical/ect-psychiatrist-summary-2026-11-05.txt, page: 1}, {file: clinical/nephrology-letter-2026-10-30.txt, page: 1}]
plan_policy:
  name: Great Lakes Marketplace Health Medical Policy MP-ECT-C3, Continuation and maintenance ECT
  number: MP-ECT-C3
  quote: >-
    Continuation ECT is medically necessary when all are met: 1. Response to an acute course of ECT in the current
    episode. 2. Relapse after an earlier course of ECT without continuation treatment, or relapse despite medication.
    3. Medication alone has failed to prevent relapse, or is not tolerated or contraindicated.
  file: other/medical-policy-mp-ect-c3-excerpt.txt
decisions:
  - date: 2026-11-13
    outcome: denied
    stage: internal appeal
    opens: external review
    next_deadline: 2027-03-13
    reason: >-
      The member responded to acute ECT (MADRS 34 to 18). Continuation ECT is not medically necessary; symptoms can
      be managed with medication. Lithium, the standard agent to prevent relapse after ECT, has not been tried.
    corrections:
      - said: The member responded to acute ECT (MADRS 34 to 18).
        record: >-
          MADRS 34 to 18 is a 47% fall: a partial response, not remission, and MADRS rose to 22 on 11/05/2026.
        file: clinical/ect-psychiatrist-summary-2026-11-05.txt
        page: 1
      - said: Lithium, the standard agent to prevent relapse after ECT, has not been tried.
        record: >-
          Lithium 900 mg was tried in 04/2024 and stopped after 3 weeks for acute kidney injury; with CKD stage 3a his
          nephrologist advises against restarting it.
        file: clinical/nephrology-letter-2026-10-30.txt
        page: 1
external_review:
  final_denial_date: 2026-11-13
author:
  name: Agnieszka Przybylski-Onu
  role: daughter and authorized representative
  relation: representative
  address: |-
    220 Ionia Avenue SW, Apt 6C
    Grand Rapids, MI 49503
  phone: (616) 555-0122
  email: agnieszka.po@familymail.example
  authorization: other/authorization-to-represent-2026-11-16.txt
provider:
  name: Samuel Adeyemi-Clarke, MD
  credentials: MD, psychiatrist, ECT service director
  npi: "1376402917"
  address: |-
    Grand River Hospital ECT Service, 300 Michigan Street NE
    Grand Rapids, MI 49503
  phone: (616) 555-0136
template: external-review-request
record_dates:
  - file: clinical/nephrology-letter-2026-10-30.txt
    date: 2026-10-30
  - file: clinical/ect-psychiatrist-summary-2026-11-05.txt
    date: 2026-11-05
bates_prefix: PRZYBYLSKIONU
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/denial-2026-10-09.txt": '''
GREAT LAKES MARKETPLACE HEALTH (FICTIONAL) - SILVER 3500
NOTICE OF DENIAL                                                            Date: 10/09/2026   Page 1 of 1
Member: Walter Przybylski-Onu   ID FICT-GLM-90326614   Reference GLM-UM-26-1019-6620
Service: continuation ECT, 90870 x8. Provider: Samuel Adeyemi-Clarke, MD
Continuation ECT is not medically necessary under policy MP-ECT-C3: the member responded to acute ECT and can be
managed with medication. You may appeal within 180 days of receiving this notice.
''',
        "denial/final-internal-appeal-decision-2026-11-13.txt": '''
GREAT LAKES MARKETPLACE HEALTH (FICTIONAL) - FINAL INTERNAL APPEAL DECISION          Date: 11/13/2026   Page 1 of 2
Member: Walter Przybylski-Onu   Reference GLM-UM-26-1019-6620
The member responded to acute ECT (MADRS 34 to 18). Continuation ECT is not medically necessary; symptoms can be
managed with medication. Lithium, the standard agent to prevent relapse after ECT, has not been tried.
Reviewer: Paula Grimsby, MD (psychiatry). This is our final internal decision. You may ask for an external review
within 4 months of receiving this decision.
''',
        "clinical/ect-psychiatrist-summary-2026-11-05.txt": '''
GRAND RIVER HOSPITAL ECT SERVICE (FICTIONAL) - CLINICAL SUMMARY                     Date: 11/05/2026   Page 1 of 1
Patient: Walter Przybylski-Onu   DOB 05/04/1965   Psychiatrist: Samuel Adeyemi-Clarke, MD
Recurrent major depression, severe, without psychotic features (F33.2). Current episode since 01/2025.
2019 episode: 12 ECT treatments, remission; no continuation; relapsed within 4 months (01/2020), hospitalized.
This episode: nortriptyline 100 mg (level 110 ng/mL) 03/2025-05/2025, 8 weeks, no response. Venlafaxine XR 300 mg
since 07/2025, no response alone; continued. Olanzapine 5 mg at bedtime since 08/2026 for agitation and sleep.
Admitted 08/18/2026-09/02/2026. Acute ECT: 12 treatments 08/24/2026-10/08/2026 (anesthesia: Helen Marchetti, MD).
MADRS 34 on 08/20/2026, 18 on 10/08/2026, 22 today: partial response, not remission; rising.
Passive thoughts that life is not worth living; no plan or intent. His son Tomasz visits daily.
Recommendation: 8 continuation ECT treatments.
''',
        "clinical/nephrology-letter-2026-10-30.txt": '''
WEST MICHIGAN KIDNEY CARE (FICTIONAL) - LETTER                                      Date: 10/30/2026   Page 1 of 1
Patient: Walter Przybylski-Onu   DOB 05/04/1965   Nephrologist: Ruth Okafor-Lind, MD
Lithium 900 mg (level 0.6 mEq/L) was started 04/2024 and stopped after 3 weeks for acute kidney injury
(creatinine 1.0 to 1.6 mg/dL). He now has chronic kidney disease stage 3a (eGFR 52). I advise against lithium.
''',
        "other/medical-policy-mp-ect-c3-excerpt.txt": '''
GREAT LAKES MARKETPLACE HEALTH (FICTIONAL) - MEDICAL POLICY MP-ECT-C3 (excerpt)                 Page 1 of 1
Continuation ECT is medically necessary when all are met: 1. Response to an acute course of ECT in the current
episode. 2. Relapse after an earlier course of ECT without continuation treatment, or relapse despite medication.
3. Medication alone has failed to prevent relapse, or is not tolerated or contraindicated.
''',
        "other/authorization-to-represent-2026-11-16.txt": '''
AUTHORIZATION TO REPRESENT                                                         Date: 11/16/2026   Page 1 of 1
I, Walter Przybylski-Onu (ID FICT-GLM-90326614), authorize my daughter, Agnieszka Przybylski-Onu, to ask for
external review of reference GLM-UM-26-1019-6620 and to receive my health information for it.
Signed: Walter Przybylski-Onu
''',
    },
    truth='''
# 08 - Marketplace Silver: continuation ECT denied because he "responded" and "lithium has not been tried"; a partial response and a lithium kidney injury; his daughter asks for external review (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Walter Przybylski-Onu, 61, Great Lakes Marketplace Health Silver 3500 (individual Marketplace plan, insured), Michigan.
- Reference GLM-UM-26-1019-6620: **8 continuation ECT treatments (90870)**, denied 10/09/2026; **final internal
  decision 11/13/2026** (Paula Grimsby, MD, psychiatry) under **MP-ECT-C3**.
- **MADRS 34 (08/20/2026) -> 18 (10/08/2026) -> 22 (11/05/2026)**: partial response (47%), **not remission**, rising.
- **Lithium**: 900 mg, level 0.6, **04/2024 (earlier episode), stopped after 3 weeks for acute kidney injury**
  (creatinine 1.0 -> 1.6); **CKD 3a (eGFR 52)**; nephrologist advises against it (10/30/2026). Not an adequate trial;
  it is contraindicated.
- **2019: ECT remission, no continuation, relapse within 4 months** (01/2020, hospitalized) - criterion 2.
- This episode (since 01/2025): nortriptyline 100 mg (level 110) 8 weeks, no response; **venlafaxine XR 300 mg since
  07/2025, continues**; **olanzapine 5 mg at bedtime since 08/2026, continues** (augmenting antipsychotic).
- Admitted 08/18-09/02/2026; acute ECT 12 treatments 08/24-10/08/2026. Passive thoughts, no plan (11/05/2026).
- **Rule/stage:** external review after the final internal denial, within 4 months: by **03/13/2027** (45 CFR
  147.136, state process for an insured plan).
- Author: his daughter, authorized representative (11/16/2026).

## Deliberately unknown
- The state's external review office address: not in the case; the letter should not invent one.
- Whether care given since 10/08/2026 was paid: no continuation treatment has been given.

## Traps
- "Responded" is a partial response, not remission; a letter must not concede he is well.
- Lithium was **not** an adequate trial that failed: it was stopped for kidney injury and is contraindicated.
- The 2019 ECT remission is an earlier episode's response - evidence for relapse risk, not a current trial.
- Venlafaxine and olanzapine **continue**; never "stopped".
- Passive thoughts only: never "active suicidal ideation"; never "attempt".
- Others: son Tomasz, anesthesiologist Helen Marchetti, nephrologist Ruth Okafor-Lind, reviewer Paula Grimsby.
- Reviewer **is** a psychiatrist.
- Individual plan: not ERISA; no Labor Department; not the Marketplace network rule (not a network dispute).

## Arguments a strong letter makes
1. Correct the final decision: MADRS 18 is a partial response, now 22 - MP-ECT-C3 criterion 1 ("response") is met
   and remission is not; the risk of relapse is documented.
2. Lithium is contraindicated (AKI, CKD 3a; nephrologist's letter): criterion 3's "contraindicated" applies;
   medication alone failed (nortriptyline, venlafaxine).
3. Criterion 2: relapse within 4 months after ECT without continuation in 2019.
4. Ask the independent reviewer to decide on the criteria; plan of 8 treatments with monitoring.

## What a letter must NOT say
- "remission" as his current state; "fully responded".
- "failed lithium"; "an adequate trial of lithium"; "lithium has not been tried".
- "stopped venlafaxine"; "discontinued olanzapine".
- "active suicidal ideation"; "suicide attempt".
- "ERISA"; "29 CFR 2560.503-1" as governing law; "45 CFR 156.230"; "Medicaid".
- "not a psychiatrist" about the reviewer.
''',
    answers=[
        ("Reference", "GLM-UM-26-1019-6620", "denial/denial-2026-10-09.txt"),
        ("First denial ground", "the member responded to acute ECT and can be managed with medication", "denial/denial-2026-10-09.txt"),
        ("Final decision on lithium", "Lithium, the standard agent to prevent relapse after ECT, has not been tried", "denial/final-internal-appeal-decision-2026-11-13.txt"),
        ("Final decision reviewer", "Paula Grimsby, MD (psychiatry)", "denial/final-internal-appeal-decision-2026-11-13.txt"),
        ("External review window", "within 4 months of receiving this decision", "denial/final-internal-appeal-decision-2026-11-13.txt"),
        ("MADRS course", "MADRS 34 on 08/20/2026, 18 on 10/08/2026, 22 today", "clinical/ect-psychiatrist-summary-2026-11-05.txt"),
        ("Response level", "partial response, not remission; rising", "clinical/ect-psychiatrist-summary-2026-11-05.txt"),
        ("2019 relapse", "no continuation; relapsed within 4 months (01/2020)", "clinical/ect-psychiatrist-summary-2026-11-05.txt"),
        ("Nortriptyline trial", "nortriptyline 100 mg (level 110 ng/mL) 03/2025-05/2025, 8 weeks, no response", "clinical/ect-psychiatrist-summary-2026-11-05.txt"),
        ("Venlafaxine status", "Venlafaxine XR 300 mg since 07/2025, no response alone; continued", "clinical/ect-psychiatrist-summary-2026-11-05.txt"),
        ("Olanzapine", "Olanzapine 5 mg at bedtime since 08/2026 for agitation and sleep", "clinical/ect-psychiatrist-summary-2026-11-05.txt"),
        ("Lithium stop reason", "stopped after 3 weeks for acute kidney injury", "clinical/nephrology-letter-2026-10-30.txt"),
        ("Kidney function now", "chronic kidney disease stage 3a (eGFR 52)", "clinical/nephrology-letter-2026-10-30.txt"),
        ("Nephrologist's advice", "I advise against lithium", "clinical/nephrology-letter-2026-10-30.txt"),
        ("Suicidality", "Passive thoughts that life is not worth living; no plan or intent", "clinical/ect-psychiatrist-summary-2026-11-05.txt"),
        ("External review deadline", "2027-03-13", "case.yaml"),
    ],
)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
