#!/usr/bin/env python3
"""FICTIONAL test-set generator: letters set 91 (issue 18, clinical emphasis), written blind.

Run: /work/main/.venv/bin/python make_set.py [--check] [NN ...]
All data is in this file. It deletes and rewrites each case folder and its truth file, then self-checks.
"""
import io, re, shutil, subprocess, sys, textwrap
from pathlib import Path
from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"
HEAD = "FICTIONAL - invented for a blind test set (set 91); not a real person, plan, clinic or number.\n\n"
FOOT = "\n\nFICTIONAL DOCUMENT - end.\n"
HEADINGS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes",
            "What a letter must NOT say"]
CASES = []


def d(s):
    return textwrap.dedent(s).strip("\n")


def case(num, slug, yaml, docs, truth, answers):
    CASES.append(dict(num=num, slug=f"{num}-{slug}", yaml=d(yaml) + "\n", truth=d(truth) + "\n",
                      docs={k: d(v) for k, v in docs.items()}, answers=answers))


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def luhn_npi(npi):
    s = "80840" + npi
    tot = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


PHONE = re.compile(r"(?:\(\d{3}\)\s?|1-\d{3}-|\b\d{3}-)(\d{3})-(\d{4})\b")
BARE = re.compile(r"(?<![\d)\-] )(?<![\d)\-])\b555-01\d\d\b")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


def text_problems(name, text):
    probs = []
    for m in PHONE.finditer(text):
        if m.group(1) != "555" or not m.group(2).startswith("01"):
            probs.append(f"{name}: phone not 555-01xx: {m.group(0)}")
    for m in re.finditer(r"555-01\d\d", text):
        before = text[max(0, m.start() - 6):m.start()]
        if not re.search(r"(\(\d{3}\) ?|\d{3}-)$", before):
            probs.append(f"{name}: bare 555 number: {text[max(0, m.start()-10):m.end()]}")
    for m in EMAIL.finditer(text):
        if not m.group(1).endswith(".example"):
            probs.append(f"{name}: e-mail not .example: {m.group(0)}")
    for m in re.finditer(r"NPI[^0-9\n]{0,12}(\d{10})", text, re.I):
        if not luhn_npi(m.group(1)):
            probs.append(f"{name}: NPI fails Luhn: {m.group(1)}")
    return probs


def build(c):
    probs = []
    folder = HERE / c["slug"]
    if folder.exists():
        shutil.rmtree(folder)
    for sub in ("denial", "clinical", "other"):
        (folder / sub).mkdir(parents=True)
    (folder / "case.yaml").write_text(c["yaml"])
    for rel, body in c["docs"].items():
        if rel.split("/")[0] not in ("denial", "clinical", "other") or not rel.endswith(".txt"):
            probs.append(f"{rel}: not a .txt in denial/, clinical/ or other/")
        (folder / rel).write_text(HEAD + body + FOOT)
    truth_path = HERE / f"{c['slug']}.truth.md"
    truth_path.write_text(c["truth"])
    # checks
    y = YAML(typ="safe")
    try:
        data = y.load(c["yaml"])
    except Exception as e:  # noqa
        probs.append(f"case.yaml does not parse: {e}")
        data = {}
    if "FICTIONAL" not in c["yaml"].splitlines()[0]:
        probs.append("case.yaml first line lacks FICTIONAL")
    if "FICTIONAL" not in c["truth"].splitlines()[0]:
        probs.append("truth first line lacks FICTIONAL")
    heads = [l[3:].strip() for l in c["truth"].splitlines() if l.startswith("## ")]
    if heads != HEADINGS:
        probs.append(f"truth headings {heads}")
    probs += text_problems("case.yaml", c["yaml"])
    probs += text_problems("truth", c["truth"])
    for rel, body in c["docs"].items():
        probs += text_problems(rel, body)
    npi = str((data.get("provider") or {}).get("npi", ""))
    if npi and not luhn_npi(npi):
        probs.append(f"provider.npi fails Luhn: {npi}")
    # every path named in case.yaml exists
    for m in re.finditer(r"\b((?:denial|clinical|other)/[\w.\-]+\.txt)", c["yaml"]):
        if m.group(1) not in c["docs"]:
            probs.append(f"case.yaml names missing file {m.group(1)}")
    if len(c["answers"]) != 16:
        probs.append(f"{len(c['answers'])} answers, want 16")
    for q, a, where in c["answers"]:
        src = {"truth": c["truth"], "case.yaml": c["yaml"]}.get(where, c["docs"].get(where))
        if src is None:
            probs.append(f"answer source missing: {where}")
        elif norm(a) not in norm(src):
            probs.append(f"answer not printed in {where}: {q!r} -> {a!r}")
    return [f"{c['num']}: {p}" for p in probs]


def main(argv):
    check = "--check" in argv
    only = [a for a in argv if a.isdigit() or re.fullmatch(r"\d\d", a)]
    todo = [c for c in CASES if not only or c["num"] in only]
    probs, answers = [], 0
    for c in todo:
        probs += build(c)
        answers += len(c["answers"])
    for p in probs:
        print("PROBLEM", p)
    print(f"{len(todo)} cases, {answers} expected answers, {len(probs)} problems")
    rc = 1 if probs else 0
    if check:
        out = io.StringIO()
        for c in todo:
            r = subprocess.run([APPEAL_KIT, "check", str(HERE / c["slug"])], capture_output=True, text=True)
            out.write(f"===== {c['slug']} (exit {r.returncode})\n{r.stdout}{r.stderr}\n")
            print(f"check {c['num']}: exit {r.returncode}")
            if r.returncode != 0:
                rc = 1
        name = "check-output.txt" if not only else "check-output-partial.txt"
        (HERE / name).write_text(out.getvalue())
    return rc


# ---------------------------------------------------------------- case 01
case("01", "erisa-self-funded-spravato-denial-missed-escitalopram-and-aripiprazole-first-appeal-wife", r"""
# FICTIONAL CASE (set 91, case 01) - every person, plan, provider, number and address is invented.
# Self-funded employer plan (ERISA), Nebraska, 2,100 employees. Spravato pre-service denied under RX-ESK-44:
# "one antidepressant (venlafaxine XR); vilazodone 3 weeks; no augmentation". Record: escitalopram 12 weeks
# (PCP notes, current episode), venlafaxine XR 225 mg continuing with partial response, aripiprazole 5 mg
# augmentation 8 weeks. The patient's wife writes as his authorized representative.
patient:
  name: Emmett Sorensby
  salutation: Mr. Sorensby
  date_of_birth: 1979-06-11
  member_id: FICT-PVG-20417736
  address: |-
    2215 Larkspur Drive
    Kearney, NE 68845
  phone: (308) 555-0147
insurer:
  name: Platte Valley Grain Cooperative Employee Health Plan, administered by Heartland Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Heartland Benefit Administrators, Appeals Unit (FICTIONAL)
    PO Box 61182
    Lincoln, NE 68501
  fax: (402) 555-0163
claim:
  number: HBA-PA-26-1104-7751
  plan_type: employer_erisa
  funding: self_funded
  employees: 2100
  notice_date: 2026-11-20
  appeal_deadline: 2027-05-19
  deadline_basis: >-
    Notice of 11/20/2026: "You have 180 days from receipt of this letter to appeal." Counted from the notice date.
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Request for esketamine nasal spray does not meet Clinical Policy RX-ESK-44. Criterion 2 requires an inadequate
    response to at least two oral antidepressants at adequate dose and duration (at least 6 weeks) in the current
    episode; the records show one (venlafaxine XR). Vilazodone was stopped after 3 weeks. Criterion 3 requires an
    augmentation trial with an atypical antipsychotic or lithium; no augmentation trial is documented.
  denial_category: step_therapy
  denial_reasons: [step_therapy, medical_necessity]
  reviewer: {name: "Gerald Omundsen, MD", specialty: internal medicine}
  action: none
  corrections:
    - said: the records show one (venlafaxine XR)
      record: >-
        Escitalopram 20 mg daily from 01/12/2026 to 04/06/2026 (12 weeks) in this episode, PHQ-9 21 at start and
        20 at 12 weeks, no response; then venlafaxine XR, titrated to 225 mg, from 04/06/2026, still taken with a
        partial response only.
      file: clinical/pcp-notes-escitalopram-2026.txt
      page: 1
    - said: no augmentation trial is documented
      record: >-
        Aripiprazole 5 mg daily was added to venlafaxine XR from 07/06/2026 to 09/01/2026 (8 weeks), no response
        (PHQ-9 20 to 21), and stopped.
      file: [clinical/psychiatry-note-2026-11-04.txt, other/pharmacy-fill-history-2026-11-10.txt]
      page: 1
    - said: Vilazodone was stopped after 3 weeks.
      record: >-
        True, but in an earlier episode (March 2023), stopped for diarrhea: an intolerance, not one of the trials
        the request relies on.
      leaves_out: true
      file: clinical/psychiatry-note-2026-11-04.txt
      page: 1
plan_policy:
  name: Heartland Benefit Administrators Clinical Policy RX-ESK-44, Esketamine Nasal Spray
  number: RX-ESK-44
  quote: >-
    Esketamine nasal spray is covered when all of the following are met: 1. The member is 18 or older with major
    depressive disorder without psychotic features. 2. Inadequate response to at least two oral antidepressants,
    each at an adequate dose for at least 6 weeks, in the current episode. 3. A trial of augmentation with an
    atypical antipsychotic or lithium, at an adequate dose for at least 6 weeks, or a documented reason it cannot be
    used. 4. Administration at a treatment center certified under the Spravato REMS.
  file: other/clinical-policy-rx-esk-44.txt
payer_criteria:
  - criterion: 1. Adult with major depressive disorder without psychotic features
    how_met: Recurrent major depressive disorder, severe, without psychotic features (F33.2); age 47.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-04.txt, page: 1}
  - criterion: 2. Inadequate response to at least two oral antidepressants, 6 weeks each, in the current episode
    how_met: >-
      Escitalopram 20 mg for 12 weeks (no response) and venlafaxine XR 225 mg from 04/06/2026 (partial response,
      still taken), both in the episode that began in December 2025.
    met: true
    evidence:
      - {file: clinical/pcp-notes-escitalopram-2026.txt, page: 1}
      - {file: clinical/psychiatry-note-2026-11-04.txt, page: 1}
  - criterion: 3. Augmentation with an atypical antipsychotic or lithium for at least 6 weeks
    how_met: Aripiprazole 5 mg added to venlafaxine XR for 8 weeks (07/06/2026-09/01/2026), no response.
    met: true
    evidence:
      - {file: clinical/psychiatry-note-2026-11-04.txt, page: 1}
      - {file: other/pharmacy-fill-history-2026-11-10.txt, page: 1}
  - criterion: 4. Administration at a Spravato REMS-certified treatment center
    how_met: Prairie Lantern Psychiatry is a REMS-certified treatment center.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-04.txt, page: 1}
treatment:
  name: Spravato (esketamine) nasal spray, induction and optimization (J0013)
  summary: >-
    Esketamine nasal spray added to venlafaxine XR for recurrent major depression that has not responded to two
    antidepressants and an aripiprazole augmentation in this episode.
  plan: >-
    56 mg twice weekly for weeks 1-4, then 56 or 84 mg weekly for weeks 5-8, each session observed for 2 hours with
    blood pressure checks; MADRS at baseline, week 4 and week 8; stop if MADRS has not fallen by at least 25% at
    week 8. Venlafaxine XR 225 mg continues.
  alongside: venlafaxine XR 225 mg daily
  setting: Prairie Lantern Psychiatry, a Spravato REMS-certified treatment center
clinical:
  severity: PHQ-9 23 and MADRS 34 on 11/04/2026
  severity_date: 2026-11-04
  suicidality: passive
  suicidality_date: 2026-11-04
  episode_onset: 2025-12
  treating_since: 2026-04-06
  exclusions: No psychotic features, no substance use disorder, blood pressure 124/78 on 11/04/2026.
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2018-02
      end: 2019-08
      kind: antidepressant
      response: remission
      outcome: Remission of an earlier episode (2018); tapered off in 2019
      evidence: {file: clinical/psychiatry-note-2026-11-04.txt, page: 1}
    - drug: Vilazodone
      dose: 20 mg daily (titrating to 40 mg)
      start: 2023-03
      end: 2023-03
      kind: antidepressant
      adequate: false
      weeks: 3
      outcome: Stopped after 3 weeks for diarrhea (intolerance, earlier episode); not an adequate trial
      evidence: {file: clinical/psychiatry-note-2026-11-04.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2026-01-12
      end: 2026-04-06
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      weeks: 12
      outcome: No response after 12 weeks (PHQ-9 21 to 20); cross-tapered to venlafaxine XR
      evidence: {file: clinical/pcp-notes-escitalopram-2026.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2026-04-06
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response (PHQ-9 20 to 16 at 10 weeks, 23 by November); continued
      evidence: {file: clinical/psychiatry-note-2026-11-04.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily (added to venlafaxine XR)
      start: 2026-07-06
      end: 2026-09-01
      kind: augmentation
      adequate: true
      failed: true
      response: none
      weeks: 8
      outcome: No response after 8 weeks (PHQ-9 20 to 21); stopped
      evidence: {file: clinical/psychiatry-note-2026-11-04.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2026-02
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-note-2026-11-04.txt, page: 1}
impact:
  work: On short-term disability from his job as a grain elevator supervisor since 09/14/2026.
alternatives:
  - treatment: electroconvulsive therapy
    why_not: Discussed 11/04/2026; Mr. Sorensby declined ECT after informed discussion, concerned about memory effects.
author:
  name: Lidia Sorensby
  role: wife and authorized representative
  relation: representative
  address: |-
    2215 Larkspur Drive
    Kearney, NE 68845
  phone: (308) 555-0148
  email: lidia.sorensby@mail.example
  authorization: other/authorization-of-representative-2026-11-24.txt
provider:
  name: Anselm Vrabec
  credentials: MD, psychiatrist, Prairie Lantern Psychiatry
  npi: "1482039579"
  address: |-
    4410 Dodge Street, Suite 300
    Omaha, NE 68131
  phone: (402) 555-0172
record_dates:
  - {file: clinical/psychiatry-note-2026-11-04.txt, date: 2026-11-04, sent: 2026-11-12, sent_proof: other/fax-cover-2026-11-12.txt}
  - {file: clinical/pcp-notes-escitalopram-2026.txt, date: 2026-04-06, sent: 2026-11-12, sent_proof: other/fax-cover-2026-11-12.txt}
bates_prefix: SORENSBY
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", {
"denial/denial-letter-2026-11-20.txt": r"""
HEARTLAND BENEFIT ADMINISTRATORS (FICTIONAL)
Claims administrator for the Platte Valley Grain Cooperative Employee Health Plan (self-funded; ERISA)
PO Box 61182, Lincoln, NE 68501   Appeals fax (402) 555-0163

Date: 11/20/2026
Member: Emmett Sorensby   Member ID FICT-PVG-20417736   Reference HBA-PA-26-1104-7751
Requested: esketamine nasal spray (Spravato), HCPCS J0013, Prairie Lantern Psychiatry
Decision: DENIED (pre-service)

Reason: Request for esketamine nasal spray does not meet Clinical Policy RX-ESK-44. Criterion 2 requires an
inadequate response to at least two oral antidepressants at adequate dose and duration (at least 6 weeks) in the
current episode; the records show one (venlafaxine XR). Vilazodone was stopped after 3 weeks. Criterion 3 requires
an augmentation trial with an atypical antipsychotic or lithium; no augmentation trial is documented.

Reviewed by: Gerald Omundsen, MD (internal medicine), physician reviewer.
Records reviewed: office note of 10/07/2026 (Prairie Lantern Psychiatry).

Your rights: You have 180 days from receipt of this letter to appeal. You may request, free of charge, copies of
all documents relevant to your claim, including the criteria used. You may have the right to an external review
and to bring a civil action under section 502(a) of ERISA after your appeal.
""",
"clinical/psychiatry-note-2026-11-04.txt": r"""
PRAIRIE LANTERN PSYCHIATRY (FICTIONAL) - 4410 Dodge Street, Suite 300, Omaha, NE 68131 - (402) 555-0172
Psychiatric follow-up - 11/04/2026
Patient: Emmett Sorensby   DOB 06/11/1979   Clinician: Anselm Vrabec, MD   NPI 1482039579

Diagnosis: Major depressive disorder, recurrent, severe, without psychotic features (F33.2). Current episode began
December 2025. Prior episode 2018, remitted on sertraline 150 mg; tapered off 2019.

Medication history:
- Vilazodone 20 mg (plan 40 mg), March 2023: stopped after 3 weeks for diarrhea. Intolerance; not an adequate trial.
- Escitalopram 20 mg 01/12/2026-04/06/2026 (prescribed by his PCP, Dr. Halvard Stene): no response; PCP notes enclosed.
- Venlafaxine XR from 04/06/2026, 225 mg since 05/04/2026: partial response (PHQ-9 16 at 10 weeks), now lost
  ground. CONTINUES.
- Aripiprazole 5 mg added 07/06/2026, stopped 09/01/2026 after 8 weeks: PHQ-9 20 -> 21, no response.
- Trazodone 50 mg at bedtime for sleep since February 2026 (not an antidepressant dose).

Today: PHQ-9 23. MADRS 34. C-SSRS: passive wish to be dead, no plan, no intent, no behavior. BP 124/78.
No psychotic features, no substance use. Off work (short-term disability) since 09/14/2026.
ECT discussed; he declines it after an informed discussion (memory concerns).
Prairie Lantern Psychiatry is a Spravato REMS-certified treatment center.

Plan: request esketamine 56 mg twice weekly weeks 1-4, then 56 or 84 mg weekly weeks 5-8; 2-hour observation with
blood pressure checks; MADRS at week 4 and week 8; stop if MADRS has not fallen at least 25% by week 8.
Continue venlafaxine XR 225 mg. Wife (Lidia) present for part of the visit and will drive him to sessions.
""",
"clinical/pcp-notes-escitalopram-2026.txt": r"""
KEARNEY FAMILY MEDICINE (FICTIONAL) - 118 West 39th Street, Kearney, NE 68845 - (308) 555-0126
Progress notes (excerpt) - Patient: Emmett Sorensby   DOB 06/11/1979   Clinician: Halvard Stene, MD

01/12/2026  Depressed since December 2025, PHQ-9 21. Start escitalopram 10 mg, increase to 20 mg on 01/26/2026.
03/09/2026  Escitalopram 20 mg for 6 weeks, PHQ-9 20. Taking it every day. Continue 4 more weeks.
04/06/2026  Escitalopram 20 mg for 10 weeks (12 weeks in all), PHQ-9 20: no response. Cross-taper to venlafaxine
            XR 75 mg; referred to psychiatry (Dr. Vrabec).
""",
"other/pharmacy-fill-history-2026-11-10.txt": r"""
PLATTE RIVER PHARMACY (FICTIONAL) - household fill history printed 11/10/2026 at the customer's request
Account: Sorensby household, 2215 Larkspur Drive, Kearney, NE

Patient            Drug                         Strength   Qty  Filled
Emmett Sorensby    escitalopram                 20 mg      30   01/26, 02/24, 03/25/2026
Emmett Sorensby    venlafaxine ER capsule       75 mg      90   04/06, 05/04 ... 11/02/2026 (monthly)
Emmett Sorensby    aripiprazole                 5 mg       30   07/06, 08/04/2026
Emmett Sorensby    trazodone                    50 mg      30   02/10 ... 11/02/2026 (monthly)
Lidia Sorensby     levothyroxine                88 mcg     90   03/02, 06/01, 08/31/2026
""",
"other/fax-cover-2026-11-12.txt": r"""
PRAIRIE LANTERN PSYCHIATRY (FICTIONAL) - FAX COVER
To: Heartland Benefit Administrators, Pharmacy Prior Authorization   Fax (402) 555-0164
From: Pauline Okerlund, RN, prior authorization nurse   Phone (402) 555-0172
Date: 11/12/2026   Pages: 4 (including cover)
Re: Emmett Sorensby, FICT-PVG-20417736 - esketamine request, additional records
Enclosed: psychiatric note of 11/04/2026 (medication history incl. aripiprazole augmentation) and Dr. Stene's notes.
Transmission report: OK, 4 pages, 11/12/2026 14:06.
""",
"other/authorization-of-representative-2026-11-24.txt": r"""
AUTHORIZATION OF AUTHORIZED REPRESENTATIVE
I, Emmett Sorensby (member ID FICT-PVG-20417736), name my wife, Lidia Sorensby, of 2215 Larkspur Drive, Kearney, NE
68845, as my authorized representative for the appeal of reference HBA-PA-26-1104-7751, and allow the plan to
share my health information with her for that appeal.
Signed: Emmett Sorensby   Date: 11/24/2026
""",
"other/clinical-policy-rx-esk-44.txt": r"""
HEARTLAND BENEFIT ADMINISTRATORS (FICTIONAL) - CLINICAL POLICY RX-ESK-44: ESKETAMINE NASAL SPRAY (excerpt)
Esketamine nasal spray is covered when all of the following are met: 1. The member is 18 or older with major
depressive disorder without psychotic features. 2. Inadequate response to at least two oral antidepressants, each
at an adequate dose for at least 6 weeks, in the current episode. 3. A trial of augmentation with an atypical
antipsychotic or lithium, at an adequate dose for at least 6 weeks, or a documented reason it cannot be used.
4. Administration at a treatment center certified under the Spravato REMS.
Approval period: 6 months.
""",
}, r"""
# 01 - Self-funded employer plan: Spravato denied as "one antidepressant, no augmentation"; the record holds escitalopram 12 weeks and aripiprazole 8 weeks; first appeal by the patient's wife (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Emmett Sorensby, 47 (DOB 06/11/1979), covered by the **Platte Valley Grain Cooperative Employee Health Plan**:
  self-funded, ERISA, 2,100 employees, administered by Heartland Benefit Administrators (Nebraska).
- Diagnosis: recurrent major depressive disorder, severe, without psychotic features (F33.2); **current episode
  began December 2025**. Earlier episode 2018 **remitted on sertraline** (tapered 2019).
- Trials in this episode: **escitalopram 20 mg, 01/12/2026-04/06/2026, 12 weeks, no response** (PCP notes of Dr.
  Halvard Stene); **venlafaxine XR 225 mg from 04/06/2026, partial response, still taken**; **aripiprazole 5 mg
  augmentation 07/06/2026-09/01/2026, 8 weeks, no response**, stopped.
- Vilazodone (March 2023, earlier episode) was stopped after 3 weeks for diarrhea: an intolerance, not an adequate
  trial. Trazodone 50 mg at bedtime is a sleep aid.
- PHQ-9 23 and MADRS 34 on **11/04/2026**; C-SSRS **passive** wish to be dead, no plan or intent.
- Denial **11/20/2026** (pre-service) under **RX-ESK-44**, reviewer Gerald Omundsen, MD (internal medicine), who
  reviewed only the 10/07/2026 note. Criteria 1-4 are all met on the record.
- The clinic faxed the 11/04 note and the PCP notes on **11/12/2026** (fax cover, transmission OK) - before the
  decision; the plan's letter lists only the 10/07 note as reviewed.
- Rule and stage: first internal appeal, pre-service, ERISA (29 CFR 2560.503-1; decision within 30 days);
  180 days: by **05/19/2027**. External review later under **29 CFR 2590.715-2719** (self-funded).
- Author: **Lidia Sorensby, wife**, authorized representative (authorization 11/24/2026); she writes about
  "Mr. Sorensby".

## Deliberately unknown
- Whether Heartland received the 11/12/2026 fax into the file (the fax report shows sending only).
- The plan's drug cost or any cost-sharing amount.
- Whether the plan document grants the administrator discretion (SPD not enclosed).

## Traps
- **Venlafaxine XR continues** with a partial response: "inadequate response", never "failed" or "stopped"; it is
  continued alongside esketamine.
- **Vilazodone** is an intolerance in an earlier episode: never counted as an adequate or failed trial; the denial's
  sentence about it is true as far as it goes.
- **Sertraline 2018** was a remission of an earlier episode: never a failure.
- **Trazodone 50 mg** is a sleep aid, not an antidepressant trial.
- **Aripiprazole** is an augmentation trial, not an antidepressant.
- Suicidality is **passive**: no "acute suicidal ideation", no Spravato suicidality indication.
- Other people: **Lidia's levothyroxine** on the household pharmacy printout; Pauline Okerlund, RN on the fax cover;
  Dr. Stene is the PCP, not the prescriber.
- The fax of 11/12 was *sent* before the decision; do not say the plan *received* it.

## Arguments a strong letter makes
1. The denial misstates the record: **two** antidepressants in this episode (escitalopram 12 weeks, venlafaxine XR
   225 mg) and **one augmentation** (aripiprazole 8 weeks) - criteria 2 and 3 of RX-ESK-44 are met, with exhibits.
2. Criteria 1 and 4 met (F33.2 without psychotic features; REMS-certified center); the treatment plan with
   week-8 stopping rule; the approval period the policy states (6 months).
3. The reviewer saw only the 10/07 note; the 11/04 note and PCP notes were faxed 11/12 - ask that they be weighed
   and that a psychiatrist review the appeal; offer a peer-to-peer call.
4. Severity (PHQ-9 23, MADRS 34), off work since 09/14/2026; ECT declined after informed discussion.
5. Request the claim file and criteria (29 CFR 2560.503-1(h)(2)(iii)); parity may be raised (2,100 employees).

## What a letter must NOT say
- "failed venlafaxine", "stopped venlafaxine"; "failed sertraline"; "failed vilazodone" or vilazodone as adequate.
- "trazodone" as an antidepressant trial; "levothyroxine"; "Okerlund" as a clinician of the patient.
- "acute suicidal ideation", "active suicidal ideation", "suicidal ideation with intent".
- "45 CFR 147.136" as the external review rule for this self-funded plan; "Medicaid"; "Medicare".
- "I" for the patient's own illness ("my depression"); the wife is not the patient.
- that the plan received the fax of 11/12/2026.
""", [
("Date of the denial notice", "Date: 11/20/2026", "denial/denial-letter-2026-11-20.txt"),
("Policy applied", "Clinical Policy RX-ESK-44", "denial/denial-letter-2026-11-20.txt"),
("Reviewer and specialty", "Gerald Omundsen, MD (internal medicine)", "denial/denial-letter-2026-11-20.txt"),
("What records the reviewer saw", "office note of 10/07/2026", "denial/denial-letter-2026-11-20.txt"),
("Escitalopram trial dates", "Escitalopram 20 mg 01/12/2026-04/06/2026", "clinical/psychiatry-note-2026-11-04.txt"),
("Escitalopram outcome per PCP", "12 weeks in all), PHQ-9 20: no response", "clinical/pcp-notes-escitalopram-2026.txt"),
("Is venlafaxine still taken", "CONTINUES", "clinical/psychiatry-note-2026-11-04.txt"),
("Augmentation trial", "Aripiprazole 5 mg added 07/06/2026, stopped 09/01/2026 after 8 weeks", "clinical/psychiatry-note-2026-11-04.txt"),
("Vilazodone reason stopped", "stopped after 3 weeks for diarrhea", "clinical/psychiatry-note-2026-11-04.txt"),
("Trazodone purpose", "Trazodone 50 mg at bedtime for sleep", "clinical/psychiatry-note-2026-11-04.txt"),
("Scales and date", "PHQ-9 23. MADRS 34", "clinical/psychiatry-note-2026-11-04.txt"),
("Suicidality level", "passive wish to be dead, no plan, no intent", "clinical/psychiatry-note-2026-11-04.txt"),
("Fax sent date and result", "OK, 4 pages, 11/12/2026 14:06", "other/fax-cover-2026-11-12.txt"),
("Other household member's drug (not the patient's)", "levothyroxine", "other/pharmacy-fill-history-2026-11-10.txt"),
("Appeal deadline", "2027-05-19", "case.yaml"),
("External review rule for this plan", "29 CFR 2590.715-2719", "truth"),
])

# ---------------------------------------------------------------- case 02
case("02", "part-d-pdp-selegiline-patch-step-therapy-bupropion-on-discount-card-tca-unsafe-redetermination-patient", r"""
# FICTIONAL CASE (set 91, case 02) - every person, plan, provider, number and address is invented.
# Stand-alone Part D plan (PDP), Delaware. Selegiline transdermal system denied under step therapy ST-MAOI-3: "claims
# show sertraline only; prescriber gave no reason". Bupropion XL 12 weeks was paid with a discount card; nortriptyline
# caused an orthostatic fall with a left bundle branch block on ECG. The member writes her own redetermination.
patient:
  name: Marguerite Oyelaran-Best
  salutation: Ms. Oyelaran-Best
  date_of_birth: 1954-03-22
  member_id: FICT-BSR-7730418
  address: |-
    61 Cedar Lane
    Dover, DE 19901
  phone: (302) 555-0119
  email: m.oyelaranbest@mail.example
insurer:
  name: Brandywine Senior Rx (PDP) (FICTIONAL)
  appeals_address: |-
    Brandywine Senior Rx, Part D Appeals (FICTIONAL)
    PO Box 30771
    Wilmington, DE 19850
  fax: 1-877-555-0134
claim:
  number: BSR-CD-26-1112-4409
  plan_type: medicare_part_d
  notice_date: 2026-11-16
  appeal_deadline: 2027-01-20
  deadline_basis: >-
    Coverage determination of 11/16/2026: "You must ask for a redetermination within 65 days from the date of this
    notice." Counted from the notice date (42 CFR 423.582(b)).
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Selegiline transdermal system requires step therapy (ST-MAOI-3): trials of two formulary antidepressants of
    different classes in the past 365 days. Our claims show sertraline only. Your prescriber did not provide a
    reason the required drugs are not appropriate for you.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  corrections:
    - said: Our claims show sertraline only.
      record: >-
        Bupropion XL 300 mg was taken from 03/02/2026 to 05/25/2026 (12 weeks), paid with a pharmacy discount card
        and never billed to the plan; no response (PHQ-9 18 to 19).
      file: [other/discount-card-receipts-bupropion-2026.txt, clinical/geriatric-psychiatry-note-2026-11-05.txt]
      page: 1
    - said: Your prescriber did not provide a reason the required drugs are not appropriate for you.
      record: >-
        Dr. Castellano-Wu's supporting statement of 11/25/2026 gives the reasons: two adequate trials already made,
        tricyclics unsafe after an orthostatic fall with left bundle branch block, and mirtazapine used only at a
        sleep dose.
      file: other/prescriber-supporting-statement-2026-11-25.txt
      page: 1
plan_policy:
  name: Brandywine Senior Rx 2026 Formulary, Step Therapy Criteria ST-MAOI-3 (selegiline transdermal)
  number: ST-MAOI-3
  quote: >-
    Selegiline transdermal system is covered after trials of at least two formulary antidepressants from different
    classes (for example an SSRI, an SNRI, bupropion or mirtazapine) within the past 365 days, or when the prescriber
    states that the required drugs are not appropriate for the member.
  file: other/formulary-step-therapy-st-maoi-3.txt
payer_criteria:
  - criterion: Trials of at least two formulary antidepressants from different classes within the past 365 days
    how_met: >-
      Sertraline 100 mg for 10 weeks (an SSRI, in the plan's claims) and bupropion XL 300 mg for 12 weeks (paid with
      a discount card), both without response, within the past 365 days.
    met: true
    evidence:
      - {file: clinical/geriatric-psychiatry-note-2026-11-05.txt, page: 1}
      - {file: other/discount-card-receipts-bupropion-2026.txt, page: 1}
  - criterion: or the prescriber states that the required drugs are not appropriate for the member
    how_met: >-
      The prescriber's statement of 11/25/2026: tricyclics unsafe (orthostatic fall with fracture, left bundle branch
      block); the remaining step drugs would not be as effective.
    met: true
    evidence: {file: other/prescriber-supporting-statement-2026-11-25.txt, page: 1}
prescriber_statement:
  date: 2026-11-25
  quote: >-
    Ms. Oyelaran-Best has had adequate trials of sertraline (10 weeks at 100 mg) and bupropion XL (12 weeks at 300 mg)
    without response. Nortriptyline caused an orthostatic fall with a wrist fracture, and her ECG shows a left bundle
    branch block, so tricyclic antidepressants are unsafe for her. Mirtazapine 7.5 mg has been used only for sleep.
    In my judgment the remaining step drugs would not be as effective and the transdermal MAOI is needed.
  file: other/prescriber-supporting-statement-2026-11-25.txt
treatment:
  name: Selegiline transdermal system 6 mg/24 hours
  summary: A transdermal MAOI for recurrent major depression after two antidepressants of different classes failed.
  plan: >-
    6 mg/24 hours daily patch; mirtazapine and tramadol stopped at least 2 weeks before the first patch; blood pressure
    checked at each visit; PHQ-9 and GDS-15 at 4 and 8 weeks; increase to 9 mg/24 hours at week 4 if tolerated and the
    response is partial.
clinical:
  severity: PHQ-9 19 and GDS-15 12 on 11/05/2026
  severity_date: 2026-11-05
  suicidality: none
  suicidality_date: 2026-11-05
  episode_onset: 2025-10
  exclusions: No pheochromocytoma; blood pressure 132/80; no stimulant use; tramadol stopped 11/05/2026.
  history:
    - drug: Citalopram
      dose: 20 mg daily
      start: 2010-01
      end: 2011-06
      kind: antidepressant
      response: remission
      outcome: Remission of an earlier episode (2010); tapered off in 2011
      evidence: {file: clinical/geriatric-psychiatry-note-2026-11-05.txt, page: 1}
    - drug: Sertraline
      dose: 100 mg daily
      start: 2025-11-03
      end: 2026-01-12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      weeks: 10
      outcome: No response after 10 weeks at 100 mg (PHQ-9 18 to 18); stopped
      evidence: {file: clinical/geriatric-psychiatry-note-2026-11-05.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2026-03-02
      end: 2026-05-25
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      weeks: 12
      paid_outside: discount card
      outcome: No response after 12 weeks (PHQ-9 18 to 19); paid with a pharmacy discount card
      evidence: {file: clinical/geriatric-psychiatry-note-2026-11-05.txt, page: 1}
    - drug: Nortriptyline
      dose: 25 mg at bedtime
      start: 2026-06-08
      end: 2026-06-22
      kind: antidepressant
      adequate: false
      weeks: 2
      outcome: Stopped after 2 weeks after an orthostatic fall (wrist fracture); intolerance, not an adequate trial
      evidence: {file: clinical/ed-visit-fall-2026-06-22.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2026-07
      end: 2026-11
      kind: other
      outcome: Sleep dose only, not an antidepressant trial; to be stopped before the patch
      evidence: {file: clinical/geriatric-psychiatry-note-2026-11-05.txt, page: 1}
    - drug: Tramadol
      dose: 50 mg up to twice daily for knee pain
      start: 2025-05
      end: 2026-11-05
      kind: other
      outcome: Pain medicine, stopped 11/05/2026 because it interacts with the MAOI; replaced by acetaminophen
      evidence: {file: clinical/geriatric-psychiatry-note-2026-11-05.txt, page: 1}
author:
  name: Marguerite Oyelaran-Best
  relation: patient
provider:
  name: Priyanka Castellano-Wu
  credentials: MD, geriatric psychiatrist, Christiana Valley Geriatric Psychiatry
  npi: "1629077342"
  address: |-
    900 Silverside Road, Suite 12
    Wilmington, DE 19809
  phone: (302) 555-0155
record_dates:
  - {file: clinical/geriatric-psychiatry-note-2026-11-05.txt, date: 2026-11-05}
  - {file: clinical/ed-visit-fall-2026-06-22.txt, date: 2026-06-22}
  - {file: other/prescriber-supporting-statement-2026-11-25.txt, date: 2026-11-25}
bates_prefix: OYELARANBEST
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", {
"denial/coverage-determination-2026-11-16.txt": r"""
BRANDYWINE SENIOR RX (PDP) (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
Date of this notice: 11/16/2026
Member: Marguerite Oyelaran-Best   Member ID FICT-BSR-7730418   Case BSR-CD-26-1112-4409
Drug: selegiline transdermal system 6 mg/24 hours, 30 patches   Prescriber: Priyanka Castellano-Wu, MD

We denied your request. Selegiline transdermal system requires step therapy (ST-MAOI-3): trials of two formulary
antidepressants of different classes in the past 365 days. Our claims show sertraline only. Your prescriber did not
provide a reason the required drugs are not appropriate for you.

You have the right to ask us for a redetermination (appeal). You must ask for a redetermination within 65 days from
the date of this notice. Send it to Part D Appeals, PO Box 30771, Wilmington, DE 19850, or fax 1-877-555-0134.
If your health could be seriously harmed by waiting, you or your prescriber may ask for a fast (expedited) decision.
Your prescriber can support an exception request with a statement.
""",
"clinical/geriatric-psychiatry-note-2026-11-05.txt": r"""
CHRISTIANA VALLEY GERIATRIC PSYCHIATRY (FICTIONAL) - 900 Silverside Road, Suite 12, Wilmington, DE 19809
Visit 11/05/2026 - Marguerite Oyelaran-Best, DOB 03/22/1954 - Priyanka Castellano-Wu, MD, NPI 1629077342

Major depressive disorder, recurrent, moderate (F33.1); this episode since October 2025. First episode 2010,
remitted on citalopram 20 mg (tapered 2011).
Trials this episode:
- Sertraline 100 mg 11/03/2025-01/12/2026, 10 weeks: no response (PHQ-9 18 -> 18). Stopped.
- Bupropion XL 300 mg 03/02/2026-05/25/2026, 12 weeks: no response (PHQ-9 18 -> 19). She paid with a pharmacy
  discount card because the plan's copay was higher; receipts enclosed.
- Nortriptyline 25 mg from 06/08/2026: orthostatic fall 06/22/2026 with a left wrist fracture; stopped after 2 weeks.
  ECG that day: left bundle branch block. Tricyclics unsafe.
- Mirtazapine 7.5 mg at bedtime since July 2026 for sleep only.
- Tramadol 50 mg for knee pain (from her orthopedist): stopped today, acetaminophen instead (MAOI interaction).
Today: PHQ-9 19, GDS-15 12. Denies suicidal ideation. BP 132/80. Lives alone; her son Dario visits weekly.
Plan: selegiline transdermal 6 mg/24 h. Stop mirtazapine 2 weeks before the first patch. Diet counselling not needed
at 6 mg. Recheck BP, PHQ-9 and GDS-15 at 4 and 8 weeks; 9 mg/24 h at week 4 if partial response.
""",
"clinical/ed-visit-fall-2026-06-22.txt": r"""
KENT GENERAL EMERGENCY DEPARTMENT (FICTIONAL) - Visit 06/22/2026
Patient: Marguerite Oyelaran-Best, DOB 03/22/1954
Dizzy on standing, fell at home. BP lying 138/82, standing 104/66. Left distal radius fracture, splinted.
Medications: nortriptyline 25 mg at bedtime (started 06/08/2026), tramadol 50 mg as needed.
ECG: sinus rhythm, left bundle branch block (new compared with 2019).
Impression: orthostatic hypotension, likely medication-related. Advise stopping nortriptyline; follow up with
psychiatry.
""",
"other/discount-card-receipts-bupropion-2026.txt": r"""
DOVER COMMUNITY PHARMACY (FICTIONAL) - receipts reprinted 11/20/2026
Patient: Marguerite Oyelaran-Best   Paid with: SaveWell Rx discount card (not insurance)
bupropion XL 300 mg #30   filled 03/02/2026   $14.20
bupropion XL 300 mg #30   filled 03/31/2026   $14.20
bupropion XL 300 mg #30   filled 04/28/2026   $14.20
Not billed to any insurance plan.
""",
"other/prescriber-supporting-statement-2026-11-25.txt": r"""
PRESCRIBER SUPPORTING STATEMENT - EXCEPTION REQUEST (FICTIONAL)
To: Brandywine Senior Rx, Part D Appeals   Re: Marguerite Oyelaran-Best, FICT-BSR-7730418, case BSR-CD-26-1112-4409
Date: 11/25/2026
Ms. Oyelaran-Best has had adequate trials of sertraline (10 weeks at 100 mg) and bupropion XL (12 weeks at 300 mg)
without response. Nortriptyline caused an orthostatic fall with a wrist fracture, and her ECG shows a left bundle
branch block, so tricyclic antidepressants are unsafe for her. Mirtazapine 7.5 mg has been used only for sleep.
In my judgment the remaining step drugs would not be as effective and the transdermal MAOI is needed.
Priyanka Castellano-Wu, MD   NPI 1629077342   (302) 555-0155
""",
"other/formulary-step-therapy-st-maoi-3.txt": r"""
BRANDYWINE SENIOR RX 2026 FORMULARY (FICTIONAL) - STEP THERAPY CRITERIA ST-MAOI-3
Selegiline transdermal system is covered after trials of at least two formulary antidepressants from different
classes (for example an SSRI, an SNRI, bupropion or mirtazapine) within the past 365 days, or when the prescriber
states that the required drugs are not appropriate for the member.
""",
}, r"""
# 02 - Part D PDP: selegiline patch denied by step therapy; bupropion was paid by discount card and the prescriber now explains; redetermination by the member herself (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Marguerite Oyelaran-Best, 72 (DOB 03/22/1954), Delaware, enrolled in **Brandywine Senior Rx (PDP)**, a
  stand-alone Part D plan.
- Recurrent major depression, moderate (F33.1); episode since October 2025; earlier episode 2010 **remitted on
  citalopram**.
- This episode: **sertraline 100 mg, 10 weeks, no response** (in the plan's claims); **bupropion XL 300 mg,
  03/02/2026-05/25/2026, 12 weeks, no response**, paid with a **SaveWell Rx discount card** (not in the plan's
  claims); **nortriptyline** stopped after 2 weeks after an orthostatic fall (wrist fracture) on 06/22/2026; ECG
  **left bundle branch block**. Mirtazapine 7.5 mg is a sleep dose. Tramadol (knee pain) stopped 11/05/2026.
- PHQ-9 19 and GDS-15 12 on **11/05/2026**; no suicidal ideation.
- Coverage determination **11/16/2026**, ST-MAOI-3: "claims show sertraline only"; "prescriber did not provide a
  reason". The prescriber's **supporting statement of 11/25/2026** gives the reasons (after the determination).
- Two classes are already met (SSRI + bupropion) once the discount-card trial is counted; ST-MAOI-3 also accepts a
  prescriber's statement that the required drugs are not appropriate.
- Rule and stage: standard redetermination, 42 CFR 423.580-423.590; **65 days from the notice: by 01/20/2027**
  (423.582(b)); exception with prescriber statement, **42 CFR 423.578(b)**; next level the IRE.
- Author: the member herself, "I".

## Deliberately unknown
- Whether the plan would accept the 12 weeks of fills as 12 weeks (the receipts show three 30-day fills).
- The patch's price or tier.
- Whether an expedited decision is needed (no one has said waiting would seriously harm her).

## Traps
- **Discount card:** bupropion is a real trial paid outside the plan; the letter says why the plan's claims do not
  show it - never that the plan's claims are wrong or that bupropion "was not tried".
- **Nortriptyline** was an intolerance (2 weeks): never an adequate trial; but it supports that TCAs are unsafe.
- **Mirtazapine 7.5 mg** is a sleep dose, and will be **stopped** before the patch - never "continued with" it.
- **Tramadol** is a pain medicine stopped for an interaction, not an antidepressant trial.
- **Citalopram 2010** remission is an earlier episode's response, never a failure.
- Her son **Dario** in the note is not part of the appeal.
- Part D: no ERISA, no 45 CFR 147.136, no parity, no external review by an IRO; "65 days", not "60".
- Voice: she writes "I", never "Ms. Oyelaran-Best has failed".

## Arguments a strong letter makes
1. The step is met: two classes in 365 days - sertraline (claims) and **bupropion XL 12 weeks paid by discount
   card** (receipts) - so ST-MAOI-3's own first route is satisfied.
2. The plan's second route is also met now: the **prescriber's statement of 11/25/2026** (quote it), supporting an
   exception under 42 CFR 423.578(b); TCAs unsafe (fall, LBBB).
3. Correct the notice's two statements with exhibits; ask the plan to weigh the statement dated after the decision.
4. Treatment plan (mirtazapine and tramadol stopped first, BP monitoring, 4 and 8 week reassessment).

## What a letter must NOT say
- "bupropion was not tried", "only sertraline"; "nortriptyline failed" as an adequate trial.
- "continue mirtazapine" with the patch; mirtazapine or tramadol as antidepressant trials.
- "failed citalopram".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "parity", "60 days"; "Dario".
- "Ms. Oyelaran-Best has" (third person in her own letter).
""", [
("Notice date", "Date of this notice: 11/16/2026", "denial/coverage-determination-2026-11-16.txt"),
("Step criterion number", "ST-MAOI-3", "denial/coverage-determination-2026-11-16.txt"),
("What the plan said its claims show", "Our claims show sertraline only", "denial/coverage-determination-2026-11-16.txt"),
("Sertraline trial", "Sertraline 100 mg 11/03/2025-01/12/2026, 10 weeks: no response", "clinical/geriatric-psychiatry-note-2026-11-05.txt"),
("Bupropion trial", "Bupropion XL 300 mg 03/02/2026-05/25/2026, 12 weeks: no response", "clinical/geriatric-psychiatry-note-2026-11-05.txt"),
("How bupropion was paid", "SaveWell Rx discount card (not insurance)", "other/discount-card-receipts-bupropion-2026.txt"),
("Why TCAs are unsafe (ECG)", "left bundle branch block", "clinical/ed-visit-fall-2026-06-22.txt"),
("Nortriptyline stop reason", "orthostatic fall 06/22/2026 with a left wrist fracture", "clinical/geriatric-psychiatry-note-2026-11-05.txt"),
("Mirtazapine purpose", "Mirtazapine 7.5 mg at bedtime since July 2026 for sleep only", "clinical/geriatric-psychiatry-note-2026-11-05.txt"),
("Tramadol status", "Tramadol 50 mg for knee pain (from her orthopedist): stopped today", "clinical/geriatric-psychiatry-note-2026-11-05.txt"),
("Scales", "PHQ-9 19, GDS-15 12", "clinical/geriatric-psychiatry-note-2026-11-05.txt"),
("Suicidality", "Denies suicidal ideation", "clinical/geriatric-psychiatry-note-2026-11-05.txt"),
("Prescriber statement date", "Date: 11/25/2026", "other/prescriber-supporting-statement-2026-11-25.txt"),
("Earlier episode response", "remitted on citalopram 20 mg", "clinical/geriatric-psychiatry-note-2026-11-05.txt"),
("Redetermination deadline", "2027-01-20", "case.yaml"),
("Exception rule", "42 CFR 423.578(b)", "truth"),
])

# ---------------------------------------------------------------- case 03
case("03", "medicaid-mco-age-16-clozapine-pa-risperidone-called-effective-aripiprazole-intolerance-plan-appeal-mother", r"""
# FICTIONAL CASE (set 91, case 03) - every person, plan, provider, number and address is invented.
# Medicaid managed care, Mississippi, member aged 16. Clozapine denied under PA-AP-CLZ-2: "risperidone effective;
# aripiprazole 4 weeks; only one adequate trial (olanzapine)". Record: risperidone 10 weeks, PANSS 98 to 86, stopped
# for hyperprolactinemia; aripiprazole stopped at 4 weeks for akathisia; olanzapine 20 mg 10 months, partial at best,
# still taken. The mother writes the plan appeal.
patient:
  name: Kaison Merriweather
  salutation: Kaison
  date_of_birth: 2010-04-02
  member_id: FICT-MBH-00915527
  address: |-
    417 Pecan Grove Road
    Hattiesburg, MS 39401
  phone: (601) 555-0138
insurer:
  name: Magnolia Bend Health Plan (Medicaid managed care) (FICTIONAL)
  appeals_address: |-
    Magnolia Bend Health Plan, Member Appeals (FICTIONAL)
    PO Box 22904
    Jackson, MS 39225
  fax: (601) 555-0177
claim:
  number: MBH-RX-26-1118-0562
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-23
  appeal_deadline: 2027-01-22
  deadline_basis: >-
    Notice of adverse benefit determination of 11/23/2026: "You have 60 calendar days from the date of this notice
    to ask for an appeal." (42 CFR 438.402(c)(2)(ii))
  diagnosis_codes: [F20.9]
  denial_reason: >-
    Clozapine requires treatment failure of two antipsychotics, each at an adequate dose for at least 6 weeks
    (PA-AP-CLZ-2). Records show risperidone was effective (PANSS improved). Aripiprazole was taken for only 4 weeks.
    Only one adequate trial is documented (olanzapine).
  denial_category: step_therapy
  denial_reasons: [step_therapy, medical_necessity]
  reviewer: {name: "Colette Rainwater, PharmD", specialty: clinical pharmacy}
  action: none
  corrections:
    - said: Records show risperidone was effective (PANSS improved).
      record: >-
        Risperidone 4 mg for 10 weeks (09/01/2025-11/10/2025) lowered the PANSS only from 98 to 86 (12%), with
        persisting hallucinations, and was stopped for hyperprolactinemia (prolactin 92 ng/mL, galactorrhea): an
        adequate trial with an inadequate response.
      file: clinical/child-psychiatry-summary-2026-11-09.txt
      page: 1
    - said: Aripiprazole was taken for only 4 weeks.
      record: >-
        True; it was stopped for severe akathisia, an intolerance, and the request does not count it as one of the two
        adequate trials (risperidone and olanzapine are the two).
      leaves_out: true
      file: clinical/child-psychiatry-summary-2026-11-09.txt
      page: 1
plan_policy:
  name: Magnolia Bend Health Plan Preferred Drug List Criteria PA-AP-CLZ-2, Clozapine
  number: PA-AP-CLZ-2
  quote: >-
    Clozapine is approved for schizophrenia when the member has had treatment failure with at least two different
    antipsychotics, each at an adequate dose for at least 6 weeks. Treatment failure means an inadequate response or
    adverse effects that prevented continuing treatment. Initial approval: 12 months.
  file: other/pdl-criteria-pa-ap-clz-2.txt
payer_criteria:
  - criterion: Treatment failure with at least two different antipsychotics, each at an adequate dose for at least 6 weeks
    how_met: >-
      Risperidone 4 mg for 10 weeks (PANSS 98 to 86, stopped for hyperprolactinemia) and olanzapine 20 mg since
      01/05/2026 (PANSS 88 to 81 after 10 months, 14 kg weight gain): two adequate trials without adequate response.
    met: true
    evidence:
      - {file: clinical/child-psychiatry-summary-2026-11-09.txt, page: 1}
      - {file: other/pharmacy-claims-history-2026-11-12.txt, page: 1}
treatment:
  name: Clozapine tablets, titrated to 300 mg daily
  summary: Clozapine for schizophrenia that has not responded to two adequate antipsychotic trials.
  plan: >-
    Start 12.5 mg and titrate over 4 weeks toward 300 mg daily as olanzapine is tapered; absolute neutrophil count
    weekly for 6 months, then every 2 weeks; weight, fasting glucose and lipids monthly; PANSS at 8 and 16 weeks.
clinical:
  severity: PANSS total 81 on 11/09/2026; command hallucinations most days
  severity_date: 2026-11-09
  suicidality: none
  suicidality_date: 2026-11-09
  episode_onset: 2025-07
  treating_since: 2025-08-20
  history:
    - drug: Risperidone
      dose: 4 mg daily
      start: 2025-09-01
      end: 2025-11-10
      kind: other
      adequate: true
      failed: true
      response: partial
      weeks: 10
      outcome: PANSS 98 to 86 after 10 weeks, hallucinations persisted; stopped for hyperprolactinemia (galactorrhea)
      evidence: {file: clinical/child-psychiatry-summary-2026-11-09.txt, page: 1}
    - drug: Benztropine
      dose: 1 mg twice daily
      start: 2025-09
      end: 2025-11
      kind: other
      outcome: For stiffness on risperidone; not an antipsychotic trial
      evidence: {file: clinical/child-psychiatry-summary-2026-11-09.txt, page: 1}
    - drug: Aripiprazole
      dose: 15 mg daily
      start: 2025-11-17
      end: 2025-12-15
      kind: other
      adequate: false
      weeks: 4
      outcome: Stopped after 4 weeks for severe akathisia (intolerance); not counted as an adequate trial
      evidence: {file: clinical/child-psychiatry-summary-2026-11-09.txt, page: 1}
    - drug: Olanzapine
      dose: 20 mg daily
      start: 2026-01-05
      ongoing: true
      kind: other
      adequate: true
      failed: true
      response: partial
      outcome: PANSS 88 to 81 after 10 months, 14 kg weight gain; continued until clozapine is titrated
      evidence: {file: clinical/child-psychiatry-summary-2026-11-09.txt, page: 1}
    - drug: Melatonin
      dose: 3 mg at bedtime
      start: 2026-02
      ongoing: true
      kind: other
      outcome: Sleep aid only
      evidence: {file: clinical/child-psychiatry-summary-2026-11-09.txt, page: 1}
impact:
  hospitalizations: [Inpatient psychiatric stay 08/04/2025-08/20/2025, Inpatient psychiatric stay 06/02/2026-06/19/2026]
  work: Homebound instruction since September 2026; he cannot attend school.
author:
  name: Shawna Merriweather
  role: mother
  relation: parent
  address: |-
    417 Pecan Grove Road
    Hattiesburg, MS 39401
  phone: (601) 555-0138
provider:
  name: Ifeoma Lindqvist-Adeyemi
  credentials: MD, child and adolescent psychiatrist, Pine Belt Youth Psychiatry
  npi: "1304588621"
  address: |-
    2800 Hardy Street, Suite 4
    Hattiesburg, MS 39401
  phone: (601) 555-0186
record_dates:
  - {file: clinical/child-psychiatry-summary-2026-11-09.txt, date: 2026-11-09}
  - {file: clinical/inpatient-discharge-summary-2026-06-19.txt, date: 2026-06-19}
bates_prefix: MERRIWEATHER
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", {
"denial/notice-of-adverse-benefit-determination-2026-11-23.txt": r"""
MAGNOLIA BEND HEALTH PLAN (FICTIONAL) - Mississippi Medicaid managed care
NOTICE OF ADVERSE BENEFIT DETERMINATION          Date of this notice: 11/23/2026
Member: Kaison Merriweather   Member ID FICT-MBH-00915527   Date of birth 04/02/2010   Reference MBH-RX-26-1118-0562
Drug requested: clozapine tablets   Prescriber: Ifeoma Lindqvist-Adeyemi, MD

We denied this request. Clozapine requires treatment failure of two antipsychotics, each at an adequate dose for at
least 6 weeks (PA-AP-CLZ-2). Records show risperidone was effective (PANSS improved). Aripiprazole was taken for only
4 weeks. Only one adequate trial is documented (olanzapine).
Reviewed by Colette Rainwater, PharmD.

Your appeal rights: You have 60 calendar days from the date of this notice to ask for an appeal. Call member
services at 1-800-555-0179 or write to Member Appeals, PO Box 22904, Jackson, MS 39225 (fax (601) 555-0177).
After our appeal decision you may ask for a State Fair Hearing.
""",
"clinical/child-psychiatry-summary-2026-11-09.txt": r"""
PINE BELT YOUTH PSYCHIATRY (FICTIONAL) - 2800 Hardy Street, Suite 4, Hattiesburg, MS 39401 - (601) 555-0186
Treatment summary 11/09/2026 - Kaison Merriweather, DOB 04/02/2010
Ifeoma Lindqvist-Adeyemi, MD (NPI 1304588621), treating since 08/20/2025 (discharge from first admission)

Diagnosis: schizophrenia (F20.9); first psychotic symptoms July 2025.
Antipsychotic trials:
1. Risperidone 4 mg 09/01/2025-11/10/2025 (10 weeks): PANSS 98 -> 86 (12%); voices persisted daily. Prolactin 92
   ng/mL with galactorrhea; stopped. Benztropine 1 mg twice daily was given for stiffness while on risperidone.
2. Aripiprazole 15 mg 11/17/2025-12/15/2025: severe akathisia; stopped after 4 weeks. Intolerance, not an adequate
   trial.
3. Olanzapine 20 mg from 01/05/2026, still taken: PANSS 88 -> 81 after 10 months; gained 14 kg; readmitted
   06/02/2026-06/19/2026 on it.
Melatonin 3 mg at bedtime for sleep.
Today: PANSS 81, command hallucinations most days, no suicidal ideation. Homebound instruction since September 2026.
Assessment: treatment-resistant schizophrenia (two adequate trials: risperidone and olanzapine).
Plan: clozapine, start 12.5 mg, titrate over 4 weeks toward 300 mg while tapering olanzapine; ANC weekly for 6
months then every 2 weeks; weight, glucose and lipids monthly; PANSS at 8 and 16 weeks.
""",
"clinical/inpatient-discharge-summary-2026-06-19.txt": r"""
SOUTH MISSISSIPPI CHILDREN'S BEHAVIORAL HOSPITAL (FICTIONAL) - Discharge summary
Patient: Kaison Merriweather, DOB 04/02/2010   Admitted 06/02/2026   Discharged 06/19/2026
Reason: command hallucinations telling him to leave home; found walking on the highway at night by his uncle,
Marcus Merriweather. On olanzapine 20 mg daily since January (adherent per mother and pharmacy records).
Course: olanzapine continued; no change in hallucinations; recommend clozapine evaluation as outpatient.
Discharge to mother, Shawna Merriweather.
""",
"other/pharmacy-claims-history-2026-11-12.txt": r"""
MAGNOLIA BEND HEALTH PLAN (FICTIONAL) - pharmacy claims history printed 11/12/2026 from the member portal
Member: Kaison Merriweather   FICT-MBH-00915527
risperidone 2 mg tablets #60    09/01/2025, 09/30/2025, 10/29/2025
benztropine 1 mg #60            09/15/2025, 10/14/2025
aripiprazole 15 mg #30          11/17/2025
olanzapine 20 mg #30            monthly 01/05/2026 through 11/02/2026
melatonin 3 mg                  (over the counter; not billed)
""",
"other/pdl-criteria-pa-ap-clz-2.txt": r"""
MAGNOLIA BEND HEALTH PLAN (FICTIONAL) - PREFERRED DRUG LIST CRITERIA PA-AP-CLZ-2: CLOZAPINE
Clozapine is approved for schizophrenia when the member has had treatment failure with at least two different
antipsychotics, each at an adequate dose for at least 6 weeks. Treatment failure means an inadequate response or
adverse effects that prevented continuing treatment. Initial approval: 12 months.
""",
}, r"""
# 03 - Medicaid managed care, member 16: clozapine denied as "risperidone effective"; two adequate antipsychotic trials in the record; plan appeal by his mother (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Kaison Merriweather, 16 (DOB 04/02/2010), Mississippi Medicaid through **Magnolia Bend Health Plan** (managed
  care). Schizophrenia (F20.9), first symptoms July 2025; two admissions (08/2025, 06/2026); homebound instruction.
- **Risperidone 4 mg, 10 weeks: PANSS 98 -> 86 (12%)**, voices persisted, stopped for hyperprolactinemia - an
  adequate trial and a treatment failure under the plan's own definition (inadequate response or adverse effects).
- **Aripiprazole 15 mg, 4 weeks**, stopped for akathisia: intolerance, not one of the two.
- **Olanzapine 20 mg since 01/05/2026, still taken**: PANSS 88 -> 81 after 10 months, +14 kg, readmitted on it.
- PANSS **81** on **11/09/2026**; no suicidal ideation.
- Notice **11/23/2026**, PA-AP-CLZ-2; reviewer **Colette Rainwater, PharmD** (a pharmacist, not a psychiatrist).
- Rule and stage: first plan appeal, 42 CFR 438.400-438.424; **60 days: by 01/22/2027**; then a State Fair Hearing
  within 120 days of the plan's resolution (438.408(f)(2)). Under 21: **EPSDT, 42 USC 1396d(r)(5)**.
- Author: **Shawna Merriweather, mother** of a minor (no authorization needed); writes about "Kaison".

## Deliberately unknown
- Whether the plan's pharmacist consulted a psychiatrist.
- Any ANC baseline (not yet drawn).
- Whether an expedited appeal is justified (no clinician has certified urgency).

## Traps
- **Risperidone was not effective**: a 12% PANSS fall with persisting voices and stopping for an adverse effect is
  a treatment failure by the plan's own definition.
- **Aripiprazole**: an intolerance at 4 weeks - never an adequate trial; the denial's sentence is true as far as it
  goes.
- **Olanzapine continues** until the cross-titration: never "stopped"; it is failing, not finished.
- **Benztropine** (side-effect treatment) and **melatonin** (sleep) are not antipsychotic trials.
- Other people: **Marcus Merriweather** (uncle) in the discharge summary.
- Not antidepressants: no depression criteria, no "antidepressant trials".
- Medicaid: no ERISA, no 45 CFR 147.136, no external review by an IRO; fair hearing 120 days, not "90 to 120".
- Naming the reviewer's qualifications is not a Medicaid duty (ask, don't cite 2560.503-1(h)(3)(iv)).

## Arguments a strong letter makes
1. PA-AP-CLZ-2 is met: **two treatment failures** - risperidone (10 weeks, inadequate response, and adverse
   effects) and olanzapine (10 months, inadequate response); correct "risperidone effective" with the PANSS figures.
2. Under 21: **EPSDT** requires coverage of care necessary to correct or ameliorate his condition.
3. Severity and cost: PANSS 81, command hallucinations, two admissions, homebound; clozapine plan with ANC monitoring
   and the 12-month approval period the policy states.
4. Ask for a reviewer with child psychiatry expertise who took no part in the denial (438.406(b)(2)); offer a
   peer-to-peer; state fair hearing route after.

## What a letter must NOT say
- "risperidone was effective"; "aripiprazole adequate trial"; "stopped olanzapine" (as already stopped).
- "benztropine" or "melatonin" as trials; "antidepressant".
- "Marcus"; "suicidal ideation" as present.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review organization", "90 to 120 days".
""", [
("Notice date", "Date of this notice: 11/23/2026", "denial/notice-of-adverse-benefit-determination-2026-11-23.txt"),
("Policy", "PA-AP-CLZ-2", "denial/notice-of-adverse-benefit-determination-2026-11-23.txt"),
("Reviewer", "Colette Rainwater, PharmD", "denial/notice-of-adverse-benefit-determination-2026-11-23.txt"),
("Risperidone PANSS change", "PANSS 98 -> 86 (12%)", "clinical/child-psychiatry-summary-2026-11-09.txt"),
("Risperidone stop reason", "Prolactin 92", "clinical/child-psychiatry-summary-2026-11-09.txt"),
("Aripiprazole stop reason", "severe akathisia; stopped after 4 weeks", "clinical/child-psychiatry-summary-2026-11-09.txt"),
("Olanzapine status", "Olanzapine 20 mg from 01/05/2026, still taken", "clinical/child-psychiatry-summary-2026-11-09.txt"),
("Olanzapine PANSS", "PANSS 88 -> 81 after 10 months", "clinical/child-psychiatry-summary-2026-11-09.txt"),
("Plan's definition of failure", "inadequate response or\nadverse effects that prevented continuing treatment", "other/pdl-criteria-pa-ap-clz-2.txt"),
("Current PANSS", "Today: PANSS 81", "clinical/child-psychiatry-summary-2026-11-09.txt"),
("Second admission dates", "Admitted 06/02/2026   Discharged 06/19/2026", "clinical/inpatient-discharge-summary-2026-06-19.txt"),
("Other relative named (not part of appeal)", "Marcus Merriweather", "clinical/inpatient-discharge-summary-2026-06-19.txt"),
("Monitoring plan", "ANC weekly for 6\nmonths then every 2 weeks", "clinical/child-psychiatry-summary-2026-11-09.txt"),
("Plan appeal deadline", "2027-01-22", "case.yaml"),
("EPSDT citation", "42 USC 1396d(r)(5)", "truth"),
("Fair hearing window rule", "438.408(f)(2)", "truth"),
])

# ---------------------------------------------------------------- case 04
case("04", "fehb-spravato-suicidal-ideation-section-judged-as-trd-expedited-reconsideration-psychiatrist", r"""
# FICTIONAL CASE (set 91, case 04) - every person, plan, provider, number and address is invented.
# FEHB High Option, Texas. Spravato requested under CP-ESK-21 Section 2 (depression with acute suicidal ideation,
# with an oral antidepressant), denied under Section 1 (treatment-resistant depression: "one antidepressant").
# Sertraline continues with it. The treating psychiatrist asks for an urgent reconsideration.
patient:
  name: Nathaniel Quarshie-Lund
  salutation: Mr. Quarshie-Lund
  date_of_birth: 1992-08-14
  member_id: FICT-LSF-R48810327
  address: |-
    9014 Mesquite Bend
    San Antonio, TX 78250
  phone: (210) 555-0124
insurer:
  name: Lone Star Federal Benefit Plan, High Option (FEHB) (FICTIONAL)
  appeals_address: |-
    Lone Star Federal Benefit Plan, Reconsiderations (FICTIONAL)
    PO Box 78841
    Austin, TX 78708
  fax: (512) 555-0159
claim:
  number: LSF-PRE-26-1123-3317
  plan_type: fehb
  notice_date: 2026-11-30
  appeal_deadline: 2027-05-30
  deadline_basis: >-
    Letter of 11/30/2026: "You may ask us in writing to reconsider within 6 months of the date of this letter."
    (5 CFR 890.105(b)(1))
  urgent: true
  procedure_codes: [J0013]
  diagnosis_codes: [F32.2]
  denial_reason: >-
    Esketamine does not meet Clinical Policy CP-ESK-21, Section 1 (treatment-resistant depression), which requires
    failure of at least two antidepressants of adequate dose and duration in the current episode. Records show one
    antidepressant (sertraline), currently taken for 8 weeks.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: "Howard Pelletier, MD", specialty: family medicine}
  action: none
plan_policy:
  name: Lone Star Federal Benefit Plan Clinical Policy CP-ESK-21, Esketamine Nasal Spray
  number: CP-ESK-21
  quote: >-
    Section 2. Major depressive disorder with acute suicidal ideation or behavior. Esketamine is covered when all
    are met: (a) the member is an adult with major depressive disorder and acute suicidal ideation or behavior
    documented by the prescriber within the past 14 days; (b) esketamine is used together with an oral
    antidepressant; (c) no psychotic features; (d) administration at a Spravato REMS-certified treatment center.
    Approval period: 4 weeks.
  file: other/clinical-policy-cp-esk-21.txt
  section:
    applied: Section 1 (treatment-resistant depression)
    requested: Section 2
    use: major depressive disorder with acute suicidal ideation or behavior
    proof: [other/precertification-request-2026-11-23.txt, clinical/psychiatric-evaluation-2026-11-20.txt]
  urgent_review: >-
    If your request involves urgent care, call or fax us and we will tell you our decision within 72 hours after we
    receive your request.
  other_terms_file: other/brochure-urgent-claims-excerpt.txt
payer_criteria:
  - criterion: (a) adult with major depressive disorder and acute suicidal ideation or behavior documented within 14 days
    how_met: >-
      Single-episode severe major depression (F32.2); C-SSRS on 11/20/2026: active suicidal ideation with a method,
      after an emergency visit on 11/18/2026. Age 34.
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-11-20.txt, page: 1}
  - criterion: (b) esketamine used together with an oral antidepressant
    how_met: Sertraline 150 mg daily continues alongside esketamine.
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-11-20.txt, page: 1}
  - criterion: (c) no psychotic features
    how_met: No hallucinations or delusions on examination 11/20/2026.
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-11-20.txt, page: 1}
  - criterion: (d) REMS-certified treatment center
    how_met: Alamo Heights Psychiatric Associates is a REMS-certified treatment center.
    met: true
    evidence: {file: other/precertification-request-2026-11-23.txt, page: 1}
treatment:
  name: Spravato (esketamine) nasal spray 84 mg twice weekly for 4 weeks (J0013)
  summary: >-
    Esketamine with sertraline for severe depression with acute suicidal ideation, to reduce depressive symptoms
    quickly while the patient is under a safety plan.
  plan: >-
    84 mg twice weekly for 4 weeks (8 sessions), 2-hour observation with blood pressure checks; sertraline 150 mg
    continues; MADRS and C-SSRS at each visit; hospital admission if intent or a plan emerges; reassess at week 4.
  alongside: sertraline 150 mg daily
  setting: Alamo Heights Psychiatric Associates, a Spravato REMS-certified treatment center
clinical:
  severity: MADRS 38 on 11/20/2026
  severity_date: 2026-11-20
  suicidality: active
  suicidality_date: 2026-11-20
  episode_onset: 2026-08
  treating_since: 2026-09-28
  exclusions: No psychotic features; no substance use disorder; BP 128/82; no aneurysmal vascular disease.
  history:
    - drug: Citalopram
      dose: 20 mg daily
      start: 2019-04
      end: 2020-05
      kind: antidepressant
      response: remission
      outcome: Remission of an earlier, milder episode (2019); tapered off 2020
      evidence: {file: clinical/psychiatric-evaluation-2026-11-20.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2026-09-28
      ongoing: true
      kind: antidepressant
      response: partial
      weeks: 8
      outcome: Started 09/28/2026, 150 mg since 10/12/2026; partial response; continues with esketamine
      evidence: {file: clinical/psychiatric-evaluation-2026-11-20.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg as needed for anxiety
      start: 2026-11-18
      ongoing: true
      kind: other
      outcome: For anxiety as needed; not an antidepressant trial
      evidence: {file: clinical/ed-visit-2026-11-18.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: weekly sessions
      start: 2026-10-05
      ongoing: true
      kind: psychotherapy
      outcome: Weekly psychotherapy, continuing
      evidence: {file: clinical/psychiatric-evaluation-2026-11-20.txt, page: 1}
urgency:
  reason: >-
    Active suicidal ideation with a method on 11/20/2026, four days after an emergency visit; waiting for a standard
    decision would seriously jeopardize his life.
  certified_by: Dr. Miriam Falkenrath-Ode, MD
author:
  name: Miriam Falkenrath-Ode
  role: treating psychiatrist, Alamo Heights Psychiatric Associates
  relation: physician
  address: |-
    5101 Broadway, Suite 210
    San Antonio, TX 78209
  phone: (210) 555-0191
  email: mfalkenrath@ahpa.example
  authorization: other/patient-consent-2026-12-01.txt
provider:
  name: Miriam Falkenrath-Ode
  credentials: MD, psychiatrist, Alamo Heights Psychiatric Associates
  npi: "1755304197"
  address: |-
    5101 Broadway, Suite 210
    San Antonio, TX 78209
  phone: (210) 555-0191
peer_to_peer:
  availability: weekdays 12-1 pm Central
record_dates:
  - {file: clinical/psychiatric-evaluation-2026-11-20.txt, date: 2026-11-20}
  - {file: clinical/ed-visit-2026-11-18.txt, date: 2026-11-18}
bates_prefix: QUARSHIELUND
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", {
"denial/precertification-denial-2026-11-30.txt": r"""
LONE STAR FEDERAL BENEFIT PLAN (FICTIONAL) - Federal Employees Health Benefits Program, High Option
PRECERTIFICATION DECISION        Date: 11/30/2026
Member: Nathaniel Quarshie-Lund   ID FICT-LSF-R48810327   Reference LSF-PRE-26-1123-3317
Service: esketamine nasal spray (J0013), Alamo Heights Psychiatric Associates
Decision: not approved

Esketamine does not meet Clinical Policy CP-ESK-21, Section 1 (treatment-resistant depression), which requires
failure of at least two antidepressants of adequate dose and duration in the current episode. Records show one
antidepressant (sertraline), currently taken for 8 weeks.
Physician reviewer: Howard Pelletier, MD (family medicine).

You may ask us in writing to reconsider within 6 months of the date of this letter. If we do not reverse our
decision, you may ask the U.S. Office of Personnel Management to review it.
""",
"clinical/psychiatric-evaluation-2026-11-20.txt": r"""
ALAMO HEIGHTS PSYCHIATRIC ASSOCIATES (FICTIONAL) - 5101 Broadway, Suite 210, San Antonio, TX 78209
Psychiatric evaluation 11/20/2026 - Nathaniel Quarshie-Lund, DOB 08/14/1992
Miriam Falkenrath-Ode, MD (NPI 1755304197), treating since 09/28/2026

Major depressive disorder, single episode, severe, without psychotic features (F32.2); onset August 2026.
(A milder episode in 2019 remitted on citalopram 20 mg; tapered 2020.)
Sertraline started 09/28/2026, 150 mg since 10/12/2026, taken daily: partial response only. CONTINUE.
Weekly CBT since 10/05/2026 with Jordan Esparza, LPC.
Emergency visit 11/18/2026 for suicidal thoughts (record enclosed).
Today: MADRS 38. C-SSRS: active suicidal ideation with a method (his service firearm, now stored with his sister),
no stated intent today, no preparatory behavior. No hallucinations or delusions. BP 128/82. No substance use.
Assessment: severe depression with acute suicidal ideation on an oral antidepressant.
Plan: esketamine 84 mg twice weekly for 4 weeks together with sertraline (CP-ESK-21 Section 2); MADRS and C-SSRS each
visit; admit if intent or plan emerges. Safety plan reviewed; sister Abena Quarshie staying with him.
""",
"clinical/ed-visit-2026-11-18.txt": r"""
METHODIST NORTHWEST EMERGENCY DEPARTMENT (FICTIONAL) - 11/18/2026
Patient: Nathaniel Quarshie-Lund, DOB 08/14/1992
Brought by his sister, Abena Quarshie, after he texted her that he "should not be here". Active suicidal ideation,
thought of using a firearm; firearm removed to the sister's home. Not intoxicated. Declined voluntary admission;
assessed as not meeting involuntary criteria with family supervision. Hydroxyzine 25 mg as needed for anxiety.
Follow up with his psychiatrist within 48 hours.
""",
"other/precertification-request-2026-11-23.txt": r"""
ALAMO HEIGHTS PSYCHIATRIC ASSOCIATES (FICTIONAL) - PRECERTIFICATION REQUEST, sent 11/23/2026 by fax to (512) 555-0158
Member: Nathaniel Quarshie-Lund   ID FICT-LSF-R48810327
Drug: esketamine nasal spray 84 mg twice weekly x 4 weeks (J0013), with sertraline 150 mg
Indication: major depressive disorder WITH ACUTE SUICIDAL IDEATION - CP-ESK-21 SECTION 2 (not Section 1)
Site: Alamo Heights Psychiatric Associates, Spravato REMS-certified treatment center
Marked URGENT. Contact: Dr. Falkenrath-Ode, (210) 555-0191.
""",
"other/clinical-policy-cp-esk-21.txt": r"""
LONE STAR FEDERAL BENEFIT PLAN (FICTIONAL) - CLINICAL POLICY CP-ESK-21: ESKETAMINE NASAL SPRAY (excerpt)
Section 1. Treatment-resistant depression. Covered when the member is an adult with major depressive disorder who
has not responded to at least two antidepressants of adequate dose and duration in the current episode ...
Section 2. Major depressive disorder with acute suicidal ideation or behavior. Esketamine is covered when all
are met: (a) the member is an adult with major depressive disorder and acute suicidal ideation or behavior
documented by the prescriber within the past 14 days; (b) esketamine is used together with an oral
antidepressant; (c) no psychotic features; (d) administration at a Spravato REMS-certified treatment center.
Approval period: 4 weeks.
""",
"other/brochure-urgent-claims-excerpt.txt": r"""
LONE STAR FEDERAL BENEFIT PLAN 2026 BROCHURE (FICTIONAL) - Section 8, urgent care claims (excerpt)
If your request involves urgent care, call or fax us and we will tell you our decision within 72 hours after we
receive your request.
""",
"other/patient-consent-2026-12-01.txt": r"""
PATIENT CONSENT
I, Nathaniel Quarshie-Lund (ID FICT-LSF-R48810327), ask Dr. Miriam Falkenrath-Ode to request reconsideration of
reference LSF-PRE-26-1123-3317 for me and allow the plan to discuss my records with her.
Signed: Nathaniel Quarshie-Lund   12/01/2026
""",
}, r"""
# 04 - FEHB: Spravato asked for depression with acute suicidal ideation, judged under the TRD section; urgent reconsideration by the treating psychiatrist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Nathaniel Quarshie-Lund, 34, FEHB **Lone Star Federal Benefit Plan, High Option** (Texas).
- Single-episode severe major depression (F32.2), onset August 2026; earlier milder episode 2019 **remitted on
  citalopram**. **Sertraline 150 mg since 10/12/2026 (started 09/28), partial response, continuing**; weekly CBT.
- **Active suicidal ideation with a method** (firearm, removed to his sister's home) on **11/18/2026** (ED) and
  **11/20/2026** (C-SSRS); MADRS **38** on 11/20/2026. No psychotic features.
- The request of **11/23/2026** was marked urgent and named **CP-ESK-21 Section 2** (acute suicidal ideation, with an
  oral antidepressant). The decision of **11/30/2026** judged it under **Section 1** (TRD, two failed trials) -
  reviewer Howard Pelletier, MD (family medicine). Section 2's criteria (a)-(d) are all met; approval period 4 weeks.
- This use fits Spravato's labelled suicidal-ideation indication (with an oral antidepressant).
- Rule and stage: carrier reconsideration, **5 CFR 890.105**, 6 months: by **05/30/2027**; then OPM review. Urgent:
  the brochure promises a decision within 72 hours.
- Author: the treating psychiatrist, **Dr. Miriam Falkenrath-Ode**, "I" as treating physician, with the patient's
  consent of 12/01/2026; she certifies the urgency herself.

## Deliberately unknown
- Whether the plan received the 11/23 request's "URGENT" marking (fax report not enclosed).
- Whether he would be admitted if the request is denied again.

## Traps
- **Wrong section:** the request was never for TRD; do not argue "two failed antidepressants" or call sertraline a
  failed trial.
- **Sertraline continues** (partial response): never "failed", "stopped".
- **Citalopram 2019** remission: an earlier episode's response.
- **Hydroxyzine** is for anxiety; **CBT** is psychotherapy - neither is an antidepressant trial.
- Other people: **Abena Quarshie** (sister), **Jordan Esparza, LPC** (therapist).
- FEHB: no ERISA, no 45 CFR 147.136 external review, no state insurance department; OPM review is next.
- Voice: the psychiatrist writes "I" as treating physician and "Mr. Quarshie-Lund" for the patient.

## Arguments a strong letter makes
1. The decision applied the wrong section: the request was for **Section 2** (exhibit: the request of 11/23/2026);
   decide it under Section 2, whose criteria (a)-(d) are met with exhibits.
2. Urgent: active suicidal ideation with a method within 14 days; decide within 72 hours as the brochure promises.
3. Labelled use: esketamine with an oral antidepressant for depressive symptoms with acute suicidal ideation.
4. Treatment plan (8 sessions in 4 weeks, monitoring, admission if intent); peer-to-peer weekdays 12-1 pm Central;
   a psychiatrist reviewer. OPM review follows if upheld.

## What a letter must NOT say
- "treatment-resistant depression" as the ground; "failed sertraline"; "two failed antidepressants".
- "failed citalopram"; hydroxyzine or CBT as medication trials.
- "Abena"; "Esparza".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "independent review organization".
- "no suicidal ideation".
""", [
("Decision date", "Date: 11/30/2026", "denial/precertification-denial-2026-11-30.txt"),
("Section applied", "Section 1 (treatment-resistant depression)", "denial/precertification-denial-2026-11-30.txt"),
("Reviewer", "Howard Pelletier, MD (family medicine)", "denial/precertification-denial-2026-11-30.txt"),
("Section requested", "CP-ESK-21 SECTION 2 (not Section 1)", "other/precertification-request-2026-11-23.txt"),
("Section 2 criterion (b)", "esketamine is used together with an oral\nantidepressant", "other/clinical-policy-cp-esk-21.txt"),
("Sertraline status", "partial response only. CONTINUE", "clinical/psychiatric-evaluation-2026-11-20.txt"),
("Suicidality on 11/20", "active suicidal ideation with a method", "clinical/psychiatric-evaluation-2026-11-20.txt"),
("MADRS", "Today: MADRS 38", "clinical/psychiatric-evaluation-2026-11-20.txt"),
("Earlier episode", "remitted on citalopram 20 mg", "clinical/psychiatric-evaluation-2026-11-20.txt"),
("ED visit: who brought him (not part of appeal)", "Brought by his sister, Abena Quarshie", "clinical/ed-visit-2026-11-18.txt"),
("Hydroxyzine purpose", "Hydroxyzine 25 mg as needed for anxiety", "clinical/ed-visit-2026-11-18.txt"),
("Brochure urgent promise", "within 72 hours after we\nreceive your request", "other/brochure-urgent-claims-excerpt.txt"),
("Approval period", "Approval period: 4 weeks", "other/clinical-policy-cp-esk-21.txt"),
("Consent date", "12/01/2026", "other/patient-consent-2026-12-01.txt"),
("Reconsideration deadline", "2027-05-30", "case.yaml"),
("FEHB disputed-claims rule", "5 CFR 890.105", "truth"),
])

# ---------------------------------------------------------------- case 05
case("05", "tricare-prime-adfm-spravato-maintenance-baseline-madrs-read-as-week-4-reconsideration-husband", r"""
# FICTIONAL CASE (set 91, case 05) - every person, plan, provider, number and address is invented.
# TRICARE Prime, active-duty family member, Alaska. Spravato maintenance after 8 weeks denied under CC-ESK-30 as
# "MADRS 34 at week 4; no improvement": 34 was the baseline of 08/31/2026; week 4 was 22 and week 8 was 15 (56%
# reduction: a response, not remission). Bupropion XL and lithium continue. Her husband, the sponsor, writes.
patient:
  name: Leilani Okonkwo-Brandt
  salutation: Mrs. Okonkwo-Brandt
  date_of_birth: 1997-01-09
  member_id: FICT-DBN-3381904271
  address: |-
    6620 Spruce Ridge Court
    Anchorage, AK 99504
  phone: (907) 555-0131
insurer:
  name: Northstar Military Health Services, TRICARE West Region contractor (FICTIONAL)
  appeals_address: |-
    Northstar Military Health Services, TRICARE Appeals (FICTIONAL)
    PO Box 99120
    Boise, ID 83707
  fax: 1-844-555-0117
claim:
  number: NMH-AUTH-26-1102-80314
  plan_type: tricare
  notice_date: 2026-11-19
  appeal_deadline: 2027-02-17
  deadline_basis: >-
    Letter of 11/19/2026: "You may request a reconsideration within 90 calendar days of the date of this notice."
    (32 CFR 199.10)
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Continued esketamine after the initial 8 weeks is not medically necessary under TRICARE clinical criteria
    CC-ESK-30: continuation requires at least a 25% reduction in MADRS from baseline. Records show MADRS 34 at week 4;
    no improvement.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  corrections:
    - said: Records show MADRS 34 at week 4; no improvement.
      record: >-
        MADRS 34 was the baseline score of 08/31/2026, before the first dose. MADRS was 22 at week 4 (10/01/2026) and
        15 at week 8 (10/29/2026): a 56% reduction from baseline.
      file: clinical/spravato-session-flowsheet-2026.txt
      page: 1
plan_policy:
  name: TRICARE West clinical criteria CC-ESK-30, Esketamine Nasal Spray, continuation
  number: CC-ESK-30
  quote: >-
    Continuation beyond the initial 8 weeks: approve for 6 months when the MADRS at week 8 shows at least a 25%
    reduction from the baseline score, esketamine continues with an oral antidepressant, and the dosing interval is
    weekly or every 2 weeks.
  file: other/tricare-criteria-cc-esk-30.txt
payer_criteria:
  - criterion: MADRS at week 8 at least 25% below baseline
    how_met: >-
      MADRS 34 at baseline (08/31/2026), 15 at week 8 (10/29/2026): 56% lower.
    met: true
    evidence: {file: clinical/spravato-session-flowsheet-2026.txt, page: 1}
  - criterion: esketamine continues with an oral antidepressant
    how_met: Bupropion XL 300 mg daily continues.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-10-29.txt, page: 1}
  - criterion: dosing weekly or every 2 weeks
    how_met: 84 mg weekly for weeks 9-16, then every 2 weeks if the response holds.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-10-29.txt, page: 1}
treatment:
  name: Spravato (esketamine) nasal spray 84 mg, maintenance weekly then every 2 weeks (J0013)
  summary: Maintenance esketamine after a response in the first 8 weeks, to prevent relapse.
  plan: >-
    84 mg weekly for weeks 9-16, then every 2 weeks through 6 months if MADRS stays at least 25% below baseline;
    bupropion XL 300 mg and lithium continue; MADRS every 4 weeks; stop if MADRS returns within 25% of baseline.
  alongside: bupropion XL 300 mg daily
clinical:
  severity: MADRS 15 on 10/29/2026 (baseline 34 on 08/31/2026)
  severity_date: 2026-10-29
  suicidality: none
  suicidality_date: 2026-10-29
  response: MADRS 34 at baseline (08/31/2026), 22 at week 4 (10/01/2026), 15 at week 8 (10/29/2026)
  response_level: response
  episode_onset: 2025-03
  treating_since: 2025-04-14
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-04-14
      end: 2025-07-07
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      weeks: 12
      outcome: No response after 12 weeks; stopped
      evidence: {file: clinical/psychiatry-note-2026-10-29.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-07-07
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with esketamine
      evidence: {file: clinical/psychiatry-note-2026-10-29.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily (added to bupropion)
      start: 2025-10-06
      end: 2025-11-03
      kind: augmentation
      adequate: false
      weeks: 4
      outcome: Stopped after 4 weeks for akathisia (intolerance)
      evidence: {file: clinical/psychiatry-note-2026-10-29.txt, page: 1}
    - drug: Lithium carbonate
      dose: 600 mg daily (level 0.7 mmol/L)
      start: 2026-01-12
      ongoing: true
      kind: augmentation
      adequate: true
      response: partial
      outcome: Partial response; continued as augmentation
      evidence: {file: clinical/psychiatry-note-2026-10-29.txt, page: 1}
    - drug: Spravato (esketamine)
      dose: 56 then 84 mg, twice weekly weeks 1-4, weekly weeks 5-8
      start: 2026-08-31
      end: 2026-10-29
      kind: other
      response: response
      outcome: Response (MADRS 34 to 15, 56% lower); maintenance requested
      evidence: {file: clinical/spravato-session-flowsheet-2026.txt, page: 1}
impact:
  relapse: The 2025 episode worsened within weeks each time a treatment was stopped (escitalopram, aripiprazole).
author:
  name: Tomas Brandt
  role: husband and TRICARE sponsor (Staff Sergeant, U.S. Army), authorized representative
  relation: representative
  address: |-
    6620 Spruce Ridge Court
    Anchorage, AK 99504
  phone: (907) 555-0132
  authorization: other/appointment-of-representative-2026-11-24.txt
provider:
  name: Yusra Tallent-Moreau
  credentials: MD, psychiatrist, Chugach Behavioral Health
  npi: "1196273456"
  address: |-
    3901 Lake Otis Parkway, Suite 5
    Anchorage, AK 99508
  phone: (907) 555-0140
record_dates:
  - {file: clinical/psychiatry-note-2026-10-29.txt, date: 2026-10-29}
  - {file: clinical/spravato-session-flowsheet-2026.txt, date: 2026-10-29}
bates_prefix: OKONKWOBRANDT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", {
"denial/continued-authorization-denial-2026-11-19.txt": r"""
NORTHSTAR MILITARY HEALTH SERVICES (FICTIONAL) - TRICARE West Region
NOTICE OF DENIAL        Date of this notice: 11/19/2026
Beneficiary: Leilani Okonkwo-Brandt (active-duty family member, TRICARE Prime)   DoD benefits no. FICT-DBN-3381904271
Sponsor: Tomas Brandt   Authorization request NMH-AUTH-26-1102-80314
Service: esketamine nasal spray (J0013), continuation after 8 weeks   Provider: Chugach Behavioral Health

Continued esketamine after the initial 8 weeks is not medically necessary under TRICARE clinical criteria CC-ESK-30:
continuation requires at least a 25% reduction in MADRS from baseline. Records show MADRS 34 at week 4; no
improvement.

You may request a reconsideration within 90 calendar days of the date of this notice. Send it to TRICARE Appeals,
PO Box 99120, Boise, ID 83707, or fax 1-844-555-0117.
""",
"clinical/spravato-session-flowsheet-2026.txt": r"""
CHUGACH BEHAVIORAL HEALTH (FICTIONAL) - ESKETAMINE SESSION FLOWSHEET
Patient: Leilani Okonkwo-Brandt, DOB 01/09/1997   REMS-certified treatment center
Date        Week  Dose   MADRS  BP before/peak   Notes
08/31/2026  base  -      34     118/76           Baseline, before first dose; passive death wish, no plan
09/01/2026  1     56 mg  -      120/78 / 138/86  Driven home by her husband
10/01/2026  4     84 mg  22     116/74 / 134/84  Week 4 score
10/29/2026  8     84 mg  15     118/76 / 136/82  Week 8 score; no suicidal ideation
Nurse: Olena Fairweather, RN
""",
"clinical/psychiatry-note-2026-10-29.txt": r"""
CHUGACH BEHAVIORAL HEALTH (FICTIONAL) - 3901 Lake Otis Parkway, Suite 5, Anchorage, AK 99508 - (907) 555-0140
Psychiatry note 10/29/2026 - Leilani Okonkwo-Brandt, DOB 01/09/1997 - Yusra Tallent-Moreau, MD, NPI 1196273456

Major depressive disorder, recurrent, severe (F33.2); this episode since March 2025; treating since 04/14/2025.
Escitalopram 20 mg 04/14/2025-07/07/2025: no response at 12 weeks, stopped.
Bupropion XL 300 mg since 07/07/2025: partial response, CONTINUES.
Aripiprazole 5 mg added 10/06/2025: akathisia, stopped 11/03/2025 after 4 weeks.
Lithium 600 mg since 01/12/2026 (level 0.7): partial response, CONTINUES.
Esketamine since 08/31/2026: MADRS 34 -> 22 (week 4) -> 15 (week 8), a 56% reduction: response, not remission.
No suicidal ideation today (passive death wish at baseline in August has resolved).
Plan: maintenance 84 mg weekly weeks 9-16, then every 2 weeks through 6 months if MADRS stays at least 25% below
baseline; MADRS every 4 weeks; stop if MADRS returns within 25% of baseline. Continue bupropion and lithium.
Past pattern: each stop of a treatment in 2025 was followed by worsening within weeks.
""",
"other/tricare-criteria-cc-esk-30.txt": r"""
TRICARE WEST REGION CLINICAL CRITERIA CC-ESK-30 (FICTIONAL) - ESKETAMINE NASAL SPRAY (excerpt)
Continuation beyond the initial 8 weeks: approve for 6 months when the MADRS at week 8 shows at least a 25%
reduction from the baseline score, esketamine continues with an oral antidepressant, and the dosing interval is
weekly or every 2 weeks.
""",
"other/appointment-of-representative-2026-11-24.txt": r"""
APPOINTMENT OF REPRESENTATIVE (TRICARE appeal)
I, Leilani Okonkwo-Brandt, appoint my husband, Tomas Brandt, to represent me in the reconsideration of
authorization request NMH-AUTH-26-1102-80314, and allow release of my health information to him for it.
Signed: Leilani Okonkwo-Brandt   11/24/2026     Accepted: Tomas Brandt   11/24/2026
""",
}, r"""
# 05 - TRICARE Prime: Spravato maintenance denied because the baseline MADRS was read as week 4; reconsideration by her husband, the sponsor (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Leilani Okonkwo-Brandt, 29, active-duty family member in **TRICARE Prime** (West Region contractor Northstar
  Military Health Services), Anchorage, Alaska. Sponsor: her husband, SSG Tomas Brandt.
- Recurrent severe MDD (F33.2); episode since March 2025. Escitalopram 12 weeks failed; **bupropion XL 300 mg
  continues (partial)**; aripiprazole stopped at 4 weeks for akathisia (intolerance); **lithium 600 mg (level 0.7)
  continues as augmentation (partial)**.
- Esketamine from **08/31/2026**: MADRS **34 baseline (08/31)**, **22 at week 4 (10/01)**, **15 at week 8 (10/29)**:
  **56% reduction - a response, not remission**.
- Passive death wish at baseline (08/31/2026) has resolved; no suicidal ideation on 10/29/2026.
- Denial **11/19/2026**: "MADRS 34 at week 4; no improvement" (CC-ESK-30). All three continuation criteria are met.
- Rule and stage: TRICARE reconsideration by the contractor, **32 CFR 199.10**, **90 days: by 02/17/2027**.
- Author: **Tomas Brandt**, husband and sponsor, appointed representative (11/24/2026); writes about the patient.

## Deliberately unknown
- Whether maintenance sessions have been given since 10/29/2026 and who paid.
- The contractor reviewer's name and specialty (the notice gives none).
- The amount in dispute.

## Traps
- **Response vs remission:** 56% is a response; MADRS 15 is not remission.
- **Baseline read as week 4:** correct it with the dates from the flowsheet.
- **Bupropion and lithium continue:** never "failed" or "stopped"; lithium is an augmentation, not an antidepressant.
- **Aripiprazole** is an intolerance (4 weeks), not an adequate trial.
- Suicidality: passive at baseline only (history); **none now** - no "suicidal ideation" as present.
- Other people: **Olena Fairweather, RN** on the flowsheet.
- TRICARE: no ERISA, no ACA external review, no parity, no state insurance department.
- Voice: the husband writes; not "my depression".

## Arguments a strong letter makes
1. The denial misread the flowsheet: 34 is the **baseline**; week 8 is 15, **56% below baseline** - CC-ESK-30's
   25% threshold is met, with the oral antidepressant (bupropion) continuing and weekly/every-2-week dosing.
2. Ask for approval of the 6-month continuation the criteria state.
3. Relapse risk: every 2025 stop was followed by worsening; stopping a working treatment risks relapse.
4. Treatment plan with its own stopping rule.

## What a letter must NOT say
- "remission"; "no improvement"; "MADRS 34 at week 4".
- "failed bupropion", "stopped lithium"; lithium or aripiprazole as an antidepressant.
- "current suicidal ideation"; "Fairweather".
- "ERISA", "45 CFR 147.136", "parity", "external review".
""", [
("Notice date", "Date of this notice: 11/19/2026", "denial/continued-authorization-denial-2026-11-19.txt"),
("What the denial said", "Records show MADRS 34 at week 4; no", "denial/continued-authorization-denial-2026-11-19.txt"),
("Baseline MADRS and date", "08/31/2026  base  -      34", "clinical/spravato-session-flowsheet-2026.txt"),
("Week 4 MADRS", "10/01/2026  4     84 mg  22", "clinical/spravato-session-flowsheet-2026.txt"),
("Week 8 MADRS", "10/29/2026  8     84 mg  15", "clinical/spravato-session-flowsheet-2026.txt"),
("Response level", "a 56% reduction: response, not remission", "clinical/psychiatry-note-2026-10-29.txt"),
("Bupropion status", "Bupropion XL 300 mg since 07/07/2025: partial response, CONTINUES", "clinical/psychiatry-note-2026-10-29.txt"),
("Lithium level", "Lithium 600 mg since 01/12/2026 (level 0.7)", "clinical/psychiatry-note-2026-10-29.txt"),
("Aripiprazole stop", "akathisia, stopped 11/03/2025 after 4 weeks", "clinical/psychiatry-note-2026-10-29.txt"),
("Current suicidality", "No suicidal ideation today", "clinical/psychiatry-note-2026-10-29.txt"),
("Continuation threshold", "at least a 25%\nreduction from the baseline score", "other/tricare-criteria-cc-esk-30.txt"),
("Approval length", "approve for 6 months", "other/tricare-criteria-cc-esk-30.txt"),
("Nurse on flowsheet (not part of appeal)", "Olena Fairweather, RN", "clinical/spravato-session-flowsheet-2026.txt"),
("Representative appointment date", "Signed: Leilani Okonkwo-Brandt   11/24/2026", "other/appointment-of-representative-2026-11-24.txt"),
("Reconsideration deadline", "2027-02-17", "case.yaml"),
("TRICARE appeal rule", "32 CFR 199.10", "truth"),
])

# ---------------------------------------------------------------- case 06
case("06", "marketplace-silver-iv-ketamine-crps-pregabalin-ongoing-prescribed-oxycodone-called-sud-first-appeal-patient", r"""
# FICTIONAL CASE (set 91, case 06) - every person, plan, provider, number and address is invented.
# Individual Marketplace Silver plan, insured, Utah. Pre-service IV ketamine for CRPS type I of the left leg denied
# under MP-PAIN-KET-18: "pregabalin ongoing, not failed; duloxetine 2 weeks; current opioid (oxycodone) - substance use
# exclusion". Record: pregabalin 300 mg with an inadequate response (continues), nortriptyline 8 weeks no benefit,
# duloxetine intolerance, PT 14 sessions completed without lasting benefit; oxycodone prescribed under an agreement, no
# substance use disorder. The patient writes her own first appeal.
patient:
  name: Bryony Castellanos-Hale
  salutation: Ms. Castellanos-Hale
  date_of_birth: 1988-05-30
  member_id: FICT-WSH-61190284
  address: |-
    1477 East Wilmington Avenue
    Salt Lake City, UT 84106
  phone: (801) 555-0173
  email: bryony.ch@mail.example
insurer:
  name: Wasatch Summit Health, Silver 3500 (Marketplace) (FICTIONAL)
  appeals_address: |-
    Wasatch Summit Health, Grievances and Appeals (FICTIONAL)
    PO Box 57310
    Salt Lake City, UT 84157
  fax: (801) 555-0166
claim:
  number: WSH-UM-26-1109-22718
  plan_type: individual_aca
  student: false
  notice_date: 2026-11-24
  appeal_deadline: 2027-05-23
  deadline_basis: >-
    Notice of 11/24/2026: "You have 180 days from the date you receive this notice to file an internal appeal."
    Counted from the notice date.
  procedure_codes: ["96365", "96366", J3490]
  diagnosis_codes: [G90.522]
  denial_reason: >-
    IV ketamine for complex regional pain syndrome does not meet Medical Policy MP-PAIN-KET-18. Criterion 2: pregabalin
    is ongoing and has not failed; duloxetine was stopped after 2 weeks. Exclusion 4: the member uses an opioid
    (oxycodone); active substance use is an exclusion.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: "Dale Whitcomb, MD", specialty: anesthesiology}
  action: none
  corrections:
    - said: pregabalin is ongoing and has not failed
      record: >-
        I have taken pregabalin 300 mg daily since 02/2026, for more than 8 months, with an inadequate response (pain
        8/10 to 6/10, allodynia unchanged); the policy counts an inadequate response, and a second agent,
        nortriptyline 50 mg for 8 weeks, gave no benefit.
      file: clinical/pain-clinic-note-2026-11-10.txt
      page: 1
    - said: the member uses an opioid (oxycodone); active substance use is an exclusion
      record: >-
        My pain physician prescribes oxycodone 5 mg up to twice daily under an opioid agreement; the state
        prescription monitoring report shows one prescriber and one pharmacy, my urine drug tests match, and I have
        no substance use disorder diagnosis.
      file: [clinical/pain-clinic-note-2026-11-10.txt, other/prescription-monitoring-report-2026-11-09.txt]
      page: 1
plan_policy:
  name: Wasatch Summit Health Medical Policy MP-PAIN-KET-18, Intravenous Ketamine for Chronic Pain
  number: MP-PAIN-KET-18
  quote: >-
    IV ketamine is medically necessary for complex regional pain syndrome when: 1. CRPS is diagnosed by the Budapest
    criteria; 2. the member has had an inadequate response to, or intolerance of, at least two of a gabapentinoid, a
    tricyclic antidepressant or an SNRI; 3. the member completed at least 6 weeks of physical therapy; and 4.
    (exclusion) the member has no active substance use disorder. Approval: one 5-day course.
  file: other/medical-policy-mp-pain-ket-18.txt
payer_criteria:
  - criterion: 1. CRPS diagnosed by the Budapest criteria
    how_met: >-
      Budapest criteria met (pain clinic note): allodynia, color and temperature asymmetry, edema, reduced motion.
    met: true
    evidence: {file: clinical/pain-clinic-note-2026-11-10.txt, page: 1}
  - criterion: 2. Inadequate response to, or intolerance of, at least two of a gabapentinoid, a TCA or an SNRI
    how_met: >-
      Pregabalin 300 mg (inadequate response, continues), nortriptyline 50 mg 8 weeks (no benefit) and duloxetine
      60 mg (nausea, stopped after 2 weeks): all three classes.
    met: true
    evidence: {file: clinical/pain-clinic-note-2026-11-10.txt, page: 1}
  - criterion: 3. At least 6 weeks of physical therapy completed
    how_met: 14 sessions, 03/02/2026-05/08/2026 (10 weeks), completed without lasting benefit.
    met: true
    evidence: {file: clinical/physical-therapy-discharge-2026-05-08.txt, page: 1}
  - criterion: 4. (exclusion) no active substance use disorder
    how_met: >-
      No substance use disorder; oxycodone is prescribed under an opioid agreement, single prescriber, urine drug
      tests consistent.
    met: true
    evidence:
      - {file: clinical/pain-clinic-note-2026-11-10.txt, page: 1}
      - {file: other/prescription-monitoring-report-2026-11-09.txt, page: 1}
treatment:
  name: Outpatient IV ketamine infusions for CRPS, 5 consecutive days (96365, 96366, J3490)
  summary: A 5-day course of IV ketamine for CRPS type I of the left leg after three oral agents, PT and sympathetic blocks.
  plan: >-
    Ketamine 0.5 mg/kg/hour over 4 hours on 5 consecutive weekdays, with continuous pulse oximetry, blood pressure
    every 15 minutes and an anesthesiologist present; pregabalin continues; reassess pain and function at 2 and 6 weeks.
  alongside: pregabalin 300 mg daily
clinical:
  severity: Pain 7/10 on average, allodynia of the left foot and ankle; cannot wear a shoe on the left (11/10/2026)
  severity_date: 2026-11-10
  suicidality: none
  suicidality_date: 2026-11-10
  treating_since: 2026-01-20
  exclusions: No psychosis, no uncontrolled hypertension (122/78), no substance use disorder, not pregnant.
  history:
    - drug: Pregabalin
      dose: 150 mg twice daily
      start: 2026-02
      ongoing: true
      kind: other
      adequate: true
      response: partial
      outcome: Inadequate response (pain 8/10 to 6/10, allodynia unchanged); continued
      evidence: {file: clinical/pain-clinic-note-2026-11-10.txt, page: 1}
    - drug: Physical therapy
      dose: 14 sessions (graded motor imagery, desensitization)
      start: 2026-03-02
      end: 2026-05-08
      kind: other
      failed: true
      response: none
      sessions: 14
      adequate: true
      outcome: Completed; no lasting benefit
      evidence: {file: clinical/pain-clinic-note-2026-11-10.txt, page: 1}
    - drug: Nortriptyline
      dose: 50 mg at bedtime
      start: 2026-05-11
      end: 2026-07-06
      kind: other
      adequate: true
      failed: true
      response: none
      weeks: 8
      outcome: No benefit after 8 weeks; stopped
      evidence: {file: clinical/pain-clinic-note-2026-11-10.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2026-07-13
      end: 2026-07-27
      kind: other
      adequate: false
      weeks: 2
      outcome: Stopped after 2 weeks for nausea and vomiting (intolerance)
      evidence: {file: clinical/pain-clinic-note-2026-11-10.txt, page: 1}
    - drug: Lumbar sympathetic blocks
      dose: 2 blocks, left
      start: 2026-09-08
      end: 2026-09-29
      kind: other
      failed: true
      response: none
      outcome: Relief for about 2 days after each; no lasting benefit
      evidence: {file: clinical/pain-clinic-note-2026-11-10.txt, page: 1}
    - drug: Oxycodone
      dose: 5 mg up to twice daily, as prescribed
      start: 2026-04
      ongoing: true
      kind: other
      outcome: Prescribed for breakthrough pain under an opioid agreement; continues
      evidence: {file: clinical/pain-clinic-note-2026-11-10.txt, page: 1}
impact:
  work: I stopped working as a dental hygienist in April 2026; I cannot stand for a full shift.
  daily_life: I cannot wear a shoe on my left foot, and I use a crutch outside the home.
author:
  name: Bryony Castellanos-Hale
  relation: patient
provider:
  name: Anand Reinholt-Okafor
  credentials: MD, pain medicine, Bonneville Pain and Infusion Center
  npi: "1863420976"
  address: |-
    3000 South Highland Drive, Suite 110
    Salt Lake City, UT 84106
  phone: (801) 555-0180
record_dates:
  - {file: clinical/pain-clinic-note-2026-11-10.txt, date: 2026-11-10}
  - {file: clinical/physical-therapy-discharge-2026-05-08.txt, date: 2026-05-08}
bates_prefix: CASTELLANOSHALE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", {
"denial/adverse-benefit-determination-2026-11-24.txt": r"""
WASATCH SUMMIT HEALTH (FICTIONAL) - Silver 3500 (individual Marketplace plan)
ADVERSE BENEFIT DETERMINATION - PRE-SERVICE        Date: 11/24/2026
Member: Bryony Castellanos-Hale   ID FICT-WSH-61190284   Reference WSH-UM-26-1109-22718
Request: IV ketamine infusions x5 days (96365, 96366, J3490) for G90.522, Bonneville Pain and Infusion Center

IV ketamine for complex regional pain syndrome does not meet Medical Policy MP-PAIN-KET-18. Criterion 2: pregabalin
is ongoing and has not failed; duloxetine was stopped after 2 weeks. Exclusion 4: the member uses an opioid
(oxycodone); active substance use is an exclusion.
Reviewer: Dale Whitcomb, MD (anesthesiology).

You have 180 days from the date you receive this notice to file an internal appeal. After our final decision you may
request an external review by an independent review organization.
""",
"clinical/pain-clinic-note-2026-11-10.txt": r"""
BONNEVILLE PAIN AND INFUSION CENTER (FICTIONAL) - 3000 South Highland Drive, Suite 110, Salt Lake City, UT 84106
Visit 11/10/2026 - Bryony Castellanos-Hale, DOB 05/30/1988 - Anand Reinholt-Okafor, MD (NPI 1863420976)
Treating since 01/20/2026.

CRPS type I, left lower limb (G90.522), after an ankle fracture in October 2025. Budapest criteria met: allodynia,
skin color and temperature asymmetry, edema, reduced range of motion.
Treatments:
- Pregabalin since February 2026, 150 mg twice daily: inadequate response (pain 8/10 -> 6/10, allodynia unchanged).
  CONTINUES.
- Physical therapy 14 sessions 03/02/2026-05/08/2026: completed, no lasting benefit.
- Nortriptyline 50 mg 05/11/2026-07/06/2026 (8 weeks): no benefit, stopped.
- Duloxetine 60 mg 07/13/2026: nausea and vomiting, stopped 07/27/2026 after 2 weeks.
- Left lumbar sympathetic blocks 09/08 and 09/29/2026: about 2 days of relief each.
- Oxycodone 5 mg up to twice daily since April 2026, prescribed here under a signed opioid agreement. Prescription
  monitoring report 11/09/2026: one prescriber, one pharmacy. Urine drug tests consistent. No substance use disorder.
Today: pain 7/10 average; cannot wear a shoe on the left; uses a crutch outdoors; off work since April 2026.
No suicidal ideation. BP 122/78. Not pregnant.
Plan: IV ketamine 0.5 mg/kg/h over 4 hours, 5 consecutive weekdays; pulse oximetry, BP every 15 minutes,
anesthesiologist present; continue pregabalin; reassess at 2 and 6 weeks.
""",
"clinical/physical-therapy-discharge-2026-05-08.txt": r"""
CANYON RIM PHYSICAL THERAPY (FICTIONAL) - Discharge summary 05/08/2026
Patient: Bryony Castellanos-Hale   Therapist: Corbin Sallee, DPT
14 visits 03/02/2026-05/08/2026: graded motor imagery, mirror therapy, desensitization, gait training.
Brief gains within sessions; no lasting change in allodynia or walking tolerance. Discharged: goals not met.
""",
"other/prescription-monitoring-report-2026-11-09.txt": r"""
UTAH CONTROLLED SUBSTANCE DATABASE (FICTIONAL RENDITION) - patient report, printed 11/09/2026 by the pain clinic
Patient: Bryony Castellanos-Hale, DOB 05/30/1988
Oxycodone 5 mg #60   monthly 04/14/2026 through 11/02/2026   Prescriber: A. Reinholt-Okafor, MD   Pharmacy: one
Pregabalin 150 mg #60   monthly since 02/2026   same prescriber and pharmacy
Prescribers in 12 months: 1. Pharmacies in 12 months: 1.
""",
"other/medical-policy-mp-pain-ket-18.txt": r"""
WASATCH SUMMIT HEALTH (FICTIONAL) - MEDICAL POLICY MP-PAIN-KET-18: INTRAVENOUS KETAMINE FOR CHRONIC PAIN (excerpt)
IV ketamine is medically necessary for complex regional pain syndrome when: 1. CRPS is diagnosed by the Budapest
criteria; 2. the member has had an inadequate response to, or intolerance of, at least two of a gabapentinoid, a
tricyclic antidepressant or an SNRI; 3. the member completed at least 6 weeks of physical therapy; and 4.
(exclusion) the member has no active substance use disorder. Approval: one 5-day course.
""",
}, r"""
# 06 - Marketplace Silver: IV ketamine for CRPS denied as "pregabalin not failed" and "opioid use"; the patient's own first appeal (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Bryony Castellanos-Hale, 38, individual Marketplace plan **Wasatch Summit Health Silver 3500** (insured, Utah).
- CRPS type I, left lower limb (G90.522), after an ankle fracture (October 2025); Budapest criteria met.
- **Pregabalin 300 mg/day since 02/2026 - inadequate response, continues.** **Nortriptyline 50 mg 8 weeks - no
  benefit.** **Duloxetine 60 mg - nausea, stopped after 2 weeks (intolerance).** PT 14 sessions (03/02-05/08/2026)
  completed without lasting benefit; two sympathetic blocks gave about 2 days each.
- **Oxycodone 5 mg up to twice daily, prescribed** under an opioid agreement; one prescriber, one pharmacy; urine
  tests consistent; **no substance use disorder**.
- Pain 7/10 on **11/10/2026**; off work since April 2026.
- Denial **11/24/2026** (pre-service), MP-PAIN-KET-18, reviewer Dale Whitcomb, MD (anesthesiology). Criterion 2 is
  met three ways (the policy counts inadequate response **or intolerance**); exclusion 4 does not apply.
- Rule and stage: first internal appeal, pre-service, **45 CFR 147.136(b)(3)**; 180 days: by **05/23/2027**; then
  external review under the same rule.
- Author: the patient, "I".

## Deliberately unknown
- The infusion's cost or the plan's allowed amount.
- Whether the reviewer read the prescription monitoring report (not listed as reviewed).

## Traps
- **Pregabalin continues**: "inadequate response", never "failed and stopped"; it is not "no response" either
  (8 -> 6).
- **Duloxetine** is an intolerance - it counts under this policy's own words ("or intolerance of"), but never as an
  adequate trial.
- **Oxycodone is taken**: the letter must not deny opioid use; the point is that prescribed use under monitoring
  is not a substance use disorder.
- PT completed without benefit is an other-treatment trial, not a medication trial; blocks are procedures.
- Pain case: no depression criteria, no antidepressant-trial counting for nortriptyline/duloxetine as
  antidepressants (they are pain agents here).
- Other people: **Corbin Sallee, DPT**.
- Marketplace plan: never ERISA; 45 CFR 156.230 is irrelevant (no network issue).

## Arguments a strong letter makes
1. Criterion 2 is met under the policy's own words: inadequate response to pregabalin and nortriptyline, and
   intolerance of duloxetine - three of the listed classes.
2. Exclusion 4 does not reach her: prescribed oxycodone under an agreement, monitoring report with one prescriber,
   consistent urine tests, no SUD diagnosis.
3. Criteria 1 and 3 met (Budapest; 14 PT sessions over 10 weeks); blocks failed.
4. Treatment plan with monitoring; one 5-day course as the policy approves; function lost (work, shoe, crutch).
5. External review after a final denial (45 CFR 147.136).

## What a letter must NOT say
- "failed pregabalin" as stopped; "pregabalin was discontinued"; "no response to pregabalin".
- "duloxetine adequate trial"; "I do not take opioids"; "no opioid use".
- "Sallee"; "suicidal ideation".
- "ERISA", "29 CFR 2560.503-1" as governing, "45 CFR 156.230", "Medicaid", "Medicare".
- "Ms. Castellanos-Hale has" (third person in her own letter).
""", [
("Notice date", "Date: 11/24/2026", "denial/adverse-benefit-determination-2026-11-24.txt"),
("Policy", "MP-PAIN-KET-18", "denial/adverse-benefit-determination-2026-11-24.txt"),
("Reviewer", "Dale Whitcomb, MD (anesthesiology)", "denial/adverse-benefit-determination-2026-11-24.txt"),
("Pregabalin response", "inadequate response (pain 8/10 -> 6/10, allodynia unchanged)", "clinical/pain-clinic-note-2026-11-10.txt"),
("Pregabalin status", "CONTINUES", "clinical/pain-clinic-note-2026-11-10.txt"),
("Nortriptyline trial", "Nortriptyline 50 mg 05/11/2026-07/06/2026 (8 weeks): no benefit", "clinical/pain-clinic-note-2026-11-10.txt"),
("Duloxetine stop reason", "nausea and vomiting, stopped 07/27/2026 after 2 weeks", "clinical/pain-clinic-note-2026-11-10.txt"),
("Policy wording on intolerance", "inadequate response to, or intolerance of, at least two", "other/medical-policy-mp-pain-ket-18.txt"),
("PT course", "14 visits 03/02/2026-05/08/2026", "clinical/physical-therapy-discharge-2026-05-08.txt"),
("Monitoring report counts", "Prescribers in 12 months: 1. Pharmacies in 12 months: 1.", "other/prescription-monitoring-report-2026-11-09.txt"),
("SUD status", "No substance use disorder", "clinical/pain-clinic-note-2026-11-10.txt"),
("Pain score", "pain 7/10 average", "clinical/pain-clinic-note-2026-11-10.txt"),
("Approval the policy gives", "Approval: one 5-day course", "other/medical-policy-mp-pain-ket-18.txt"),
("Therapist named (not a prescriber)", "Corbin Sallee, DPT", "clinical/physical-therapy-discharge-2026-05-08.txt"),
("Appeal deadline", "2027-05-23", "case.yaml"),
("Governing appeal rule", "45 CFR 147.136(b)(3)", "truth"),
])

# ---------------------------------------------------------------- case 07
case("07", "church-plan-ect-psychotic-depression-brothers-mi-read-as-patients-food-refusal-route-expedited-advocate", r"""
# FICTIONAL CASE (set 91, case 07) - every person, plan, provider, number and address is invented.
# Church plan outside ERISA, self-funded, not grandfathered, Pennsylvania, 380 employees. Inpatient ECT for psychotic
# depression denied under UM-ECT-9: "olanzapine 10 mg for 3 weeks only" and "myocardial infarction 2025
# (exclusion)". The MI was his brother's (family history); cardiology cleared him. Criterion 2 is not fully met, but
# criterion 3 (psychotic depression with refusal of food) replaces it. The hospital's patient advocate writes an
# expedited appeal; the attending psychiatrist certifies the urgency.
patient:
  name: Harold Vandersloot
  salutation: Mr. Vandersloot
  date_of_birth: 1968-02-17
  member_id: FICT-CHC-4471092
  address: |-
    38 Orchard Ridge Road
    Lancaster, PA 17601
  phone: (717) 555-0122
insurer:
  name: Covenant Hills Church Benefits Plan, administered by Keystone Faith Benefit Services (FICTIONAL)
  appeals_address: |-
    Keystone Faith Benefit Services, Appeals (FICTIONAL)
    PO Box 11670
    Harrisburg, PA 17108
  fax: (717) 555-0150
claim:
  number: KFB-UM-26-1130-6620
  plan_type: church
  funding: self_funded
  grandfathered: false
  employees: 380
  notice_date: 2026-12-02
  appeal_deadline: 2027-05-31
  deadline_basis: >-
    Notice of 12/02/2026: "You may appeal within 180 days of receiving this notice." Counted from the notice date.
  urgent: true
  pending_services: 12
  procedure_codes: ["90870"]
  diagnosis_codes: [F32.3]
  denial_reason: >-
    ECT is not medically necessary under Utilization Management Guideline UM-ECT-9. Criterion 2 requires failure of an
    antidepressant combined with an antipsychotic, each at adequate dose for at least 6 weeks; records show olanzapine
    10 mg for 3 weeks only. Exclusion 5: myocardial infarction within the past 12 months (history lists MI 2025); the
    anesthesia risk is not acceptable.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: "Lorraine Haverstick, MD", specialty: general psychiatry}
  action: none
  corrections:
    - said: history lists MI 2025
      record: >-
        The 2025 myocardial infarction in the history is his brother's (family history: "brother, MI 2025 at age 61").
        Mr. Vandersloot has no cardiac history; his ECG on 11/10/2026 was normal and cardiology cleared him for
        anesthesia and ECT.
      file: [clinical/psychiatry-note-2026-11-09.txt, clinical/cardiology-preanesthesia-clearance-2026-11-10.txt]
      page: 1
    - said: records show olanzapine 10 mg for 3 weeks only
      record: >-
        The note of 11/09/2026 was three weeks into olanzapine; by 11/30/2026 olanzapine had been taken for 6 weeks
        with venlafaxine XR 225 mg (5 mg from 10/19, 10 mg from 11/02, 15 mg from 11/16), and his delusions persist.
      leaves_out: true
      file: clinical/inpatient-psychiatry-note-2026-11-30.txt
      page: 1
plan_policy:
  name: Keystone Faith Benefit Services Utilization Management Guideline UM-ECT-9, Electroconvulsive Therapy
  number: UM-ECT-9
  quote: >-
    ECT is medically necessary when: 1. the member has a severe major depressive episode; and 2. the member has not
    responded to an antidepressant combined with an antipsychotic, each at adequate dose for at least 6 weeks; or
    3. the member has psychotic depression with refusal of food or fluids, high suicide risk or catatonia, in which
    case ECT may start without criterion 2. Exclusion 5: myocardial infarction within the past 12 months unless
    cleared by cardiology. Approval: up to 12 treatments.
  file: other/um-guideline-um-ect-9.txt
payer_criteria:
  - criterion: 1. Severe major depressive episode
    how_met: Major depressive disorder, single episode, severe with psychotic features (F32.3); MADRS 42 on 11/30/2026.
    met: true
    evidence: {file: clinical/inpatient-psychiatry-note-2026-11-30.txt, page: 1}
  - criterion: 2. No response to an antidepressant combined with an antipsychotic, each at adequate dose for 6 weeks
    how_met: >-
      not met as written: venlafaxine XR 225 mg since 08/10/2026 and olanzapine for 6 weeks (10/19-11/30/2026), but
      olanzapine reached 10 mg only on 11/02 and 15 mg on 11/16, so the antipsychotic has not been at a full dose
      for 6 weeks; delusions and food refusal persist.
    met: false
    evidence: {file: clinical/inpatient-psychiatry-note-2026-11-30.txt, page: 1}
  - criterion: 3. Psychotic depression with refusal of food or fluids, high suicide risk or catatonia
    how_met: >-
      Delusions of guilt; eats less than half of meals, refuses some fluids; weight 82 kg to 73 kg since August
      2026; intravenous fluids on 11/27/2026.
    met: true
    instead_of: 2
    evidence: {file: clinical/inpatient-psychiatry-note-2026-11-30.txt, page: 1}
  - criterion: Exclusion 5. Myocardial infarction within 12 months unless cleared by cardiology
    how_met: No myocardial infarction (the MI in the history is his brother's); cardiology clearance 11/10/2026.
    met: true
    evidence: {file: clinical/cardiology-preanesthesia-clearance-2026-11-10.txt, page: 1}
treatment:
  name: Electroconvulsive therapy (90870), up to 12 treatments during the current admission
  summary: ECT for severe psychotic depression with refusal of food and weight loss.
  plan: >-
    Right unilateral ultrabrief ECT three times weekly, up to 12 treatments; lorazepam held the night before each
    treatment; venlafaxine XR and olanzapine continue; weight, intake and MADRS twice weekly; cognitive screening
    weekly; switch to bilateral if no improvement after 6 treatments.
  setting: St. Brendan Behavioral Health inpatient unit, with anesthesia support
urgency:
  reason: >-
    Psychotic depression with refusal of food and some fluids, 9 kg weight loss and intravenous fluids on 11/27/2026;
    waiting for a standard decision would seriously jeopardize his health.
  certified_by: Dr. Ingrid Solvang-Mbeki, MD
clinical:
  severity: MADRS 42 on 11/30/2026; weight 73 kg (82 kg in August 2026)
  severity_date: 2026-11-30
  suicidality: passive
  suicidality_date: 2026-11-30
  episode_onset: 2026-07
  treating_since: 2026-11-25
  exclusions: No myocardial infarction; normal ECG 11/10/2026; cardiology clearance; no intracranial lesion (CT 11/26/2026).
  history:
    - drug: Nortriptyline
      dose: 75 mg daily
      start: 2014-03
      end: 2015-09
      kind: antidepressant
      response: remission
      outcome: Remission of an earlier, non-psychotic episode (2014); tapered 2015
      evidence: {file: clinical/psychiatry-note-2026-11-09.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2026-08-10
      ongoing: true
      kind: antidepressant
      adequate: true
      response: none
      outcome: No response; psychotic features appeared in October; continues with olanzapine
      evidence: {file: clinical/inpatient-psychiatry-note-2026-11-30.txt, page: 1}
    - drug: Olanzapine
      dose: 5 mg from 10/19, 10 mg from 11/02, 15 mg from 11/16/2026
      start: 2026-10-19
      ongoing: true
      kind: augmentation
      response: none
      weeks: 6
      outcome: Added for psychotic features; delusions persist after 6 weeks (2 weeks at 15 mg); continues
      evidence: {file: clinical/inpatient-psychiatry-note-2026-11-30.txt, page: 1}
    - drug: Lorazepam
      dose: 0.5 mg at bedtime
      start: 2026-10
      ongoing: true
      kind: other
      outcome: For sleep and anxiety; held the night before each ECT treatment
      evidence: {file: clinical/inpatient-psychiatry-note-2026-11-30.txt, page: 1}
impact:
  hospitalizations: [Admitted to St. Brendan Behavioral Health on 11/25/2026]
author:
  name: Marisela Quintanar
  role: patient advocate, St. Brendan Behavioral Health (authorized representative)
  relation: representative
  address: |-
    St. Brendan Behavioral Health (FICTIONAL), 1200 Fruitville Pike
    Lancaster, PA 17601
  phone: (717) 555-0193
  email: mquintanar@stbrendan.example
  authorization: other/authorization-of-representative-2026-12-03.txt
provider:
  name: Ingrid Solvang-Mbeki
  credentials: MD, attending psychiatrist, St. Brendan Behavioral Health
  npi: "1570912836"
  address: |-
    1200 Fruitville Pike
    Lancaster, PA 17601
  phone: (717) 555-0194
peer_to_peer:
  availability: daily 8-9 am
record_dates:
  - {file: clinical/inpatient-psychiatry-note-2026-11-30.txt, date: 2026-11-30}
  - {file: clinical/psychiatry-note-2026-11-09.txt, date: 2026-11-09}
  - {file: clinical/cardiology-preanesthesia-clearance-2026-11-10.txt, date: 2026-11-10}
bates_prefix: VANDERSLOOT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", {
"denial/ect-precertification-denial-2026-12-02.txt": r"""
KEYSTONE FAITH BENEFIT SERVICES (FICTIONAL) for the Covenant Hills Church Benefits Plan (a church plan; not subject
to ERISA)
NOTICE OF ADVERSE BENEFIT DETERMINATION        Date: 12/02/2026
Member: Harold Vandersloot   ID FICT-CHC-4471092   Reference KFB-UM-26-1130-6620
Service: electroconvulsive therapy (90870) x12, St. Brendan Behavioral Health

ECT is not medically necessary under Utilization Management Guideline UM-ECT-9. Criterion 2 requires failure of an
antidepressant combined with an antipsychotic, each at adequate dose for at least 6 weeks; records show olanzapine
10 mg for 3 weeks only. Exclusion 5: myocardial infarction within the past 12 months (history lists MI 2025); the
anesthesia risk is not acceptable.
Reviewer: Lorraine Haverstick, MD (general psychiatry). Records reviewed: outpatient note of 11/09/2026.

You may appeal within 180 days of receiving this notice. If your situation is urgent, you may ask for an expedited
appeal, decided within 72 hours. This plan is not grandfathered; after our final decision you may request external
review.
""",
"clinical/psychiatry-note-2026-11-09.txt": r"""
SUSQUEHANNA OUTPATIENT PSYCHIATRY (FICTIONAL) - Note 11/09/2026 - Harold Vandersloot, DOB 02/17/1968
Clinician: Peter Achterberg, MD
Depression since July 2026; venlafaxine XR 225 mg since 08/10/2026 without response. Since October, believes he has
ruined his congregation's school and deserves punishment. Olanzapine started 10/19/2026, 10 mg since 11/02/2026
(3 weeks of olanzapine today). Eating less; weight 76 kg.
Past history: depression 2014, remitted on nortriptyline 75 mg (tapered 2015). No cardiac history. Hypertension: none.
Family history: brother, MI 2025 at age 61; mother, depression.
Plan: raise olanzapine to 15 mg on 11/16; refer for ECT evaluation; cardiology pre-anesthesia visit.
""",
"clinical/cardiology-preanesthesia-clearance-2026-11-10.txt": r"""
LANCASTER HEART ASSOCIATES (FICTIONAL) - Pre-anesthesia cardiology evaluation 11/10/2026
Patient: Harold Vandersloot, DOB 02/17/1968   Cardiologist: Teodora Lindahl, MD
No chest pain, no prior myocardial infarction, no heart failure. ECG: normal sinus rhythm, no Q waves, no ischemic
changes. Echocardiogram 11/10/2026: ejection fraction 60%, normal wall motion.
Note: the "MI 2025" in the referral is his brother's (family history).
Impression: low cardiac risk; cleared for general anesthesia and ECT.
""",
"clinical/inpatient-psychiatry-note-2026-11-30.txt": r"""
ST. BRENDAN BEHAVIORAL HEALTH (FICTIONAL) - 1200 Fruitville Pike, Lancaster, PA 17601 - (717) 555-0194
Inpatient psychiatry progress note 11/30/2026 - Harold Vandersloot, DOB 02/17/1968
Attending: Ingrid Solvang-Mbeki, MD (NPI 1570912836); admitted 11/25/2026

Major depressive disorder, single episode, severe with psychotic features (F32.3); onset July 2026.
Venlafaxine XR 225 mg since 08/10/2026: no response. CONTINUES.
Olanzapine since 10/19/2026: 5 mg, 10 mg from 11/02, 15 mg from 11/16 (6 weeks in all, 2 weeks at 15 mg):
delusions of guilt unchanged. CONTINUES.
Lorazepam 0.5 mg at bedtime for sleep/anxiety (hold the night before ECT).
Eats less than half of meals; refuses some fluids; IV fluids 11/27/2026. Weight 73 kg (82 kg in August).
MADRS 42. Passive wish to die ("God should take me"), no plan or intent. CT head 11/26/2026 normal.
Wife, Gretchen Vandersloot, visits daily and agrees with the plan.
Plan: right unilateral ultrabrief ECT three times weekly, up to 12 treatments; continue venlafaxine XR and
olanzapine; weight, intake and MADRS twice weekly; weekly cognitive screening; bilateral if no improvement after 6.
Urgent: waiting for a standard decision would seriously jeopardize his health.
""",
"other/um-guideline-um-ect-9.txt": r"""
KEYSTONE FAITH BENEFIT SERVICES (FICTIONAL) - UTILIZATION MANAGEMENT GUIDELINE UM-ECT-9 (excerpt)
ECT is medically necessary when: 1. the member has a severe major depressive episode; and 2. the member has not
responded to an antidepressant combined with an antipsychotic, each at adequate dose for at least 6 weeks; or
3. the member has psychotic depression with refusal of food or fluids, high suicide risk or catatonia, in which
case ECT may start without criterion 2. Exclusion 5: myocardial infarction within the past 12 months unless
cleared by cardiology. Approval: up to 12 treatments.
""",
"other/authorization-of-representative-2026-12-03.txt": r"""
AUTHORIZATION OF REPRESENTATIVE
I, Harold Vandersloot (ID FICT-CHC-4471092), authorize Marisela Quintanar, patient advocate at St. Brendan
Behavioral Health, to appeal reference KFB-UM-26-1130-6620 for me and to receive my health information for it.
Signed: Harold Vandersloot   12/03/2026   Witness: Gretchen Vandersloot
""",
}, r"""
# 07 - Church plan: inpatient ECT for psychotic depression denied for "MI 2025" (his brother's) and a short antipsychotic trial; expedited appeal by the hospital's patient advocate (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Harold Vandersloot, 58, **Covenant Hills Church Benefits Plan**: church plan outside ERISA, self-funded, **not
  grandfathered**, 380 employees (Pennsylvania), administered by Keystone Faith Benefit Services.
- Severe single-episode depression **with psychotic features** (F32.3), onset July 2026; admitted **11/25/2026**.
  Earlier non-psychotic episode 2014 **remitted on nortriptyline**.
- **Venlafaxine XR 225 mg since 08/10/2026, no response, continues.** **Olanzapine since 10/19/2026** (5 -> 10 mg
  11/02 -> 15 mg 11/16): 6 weeks in all, **only 2 at 15 mg**; delusions persist; continues. Lorazepam 0.5 mg at
  bedtime (held before ECT).
- Food refusal: < half of meals, some fluids refused, IV fluids 11/27, **82 -> 73 kg**. MADRS 42 (11/30/2026);
  passive wish to die, no plan or intent.
- **The "MI 2025" is his brother's** (family history in the 11/09 note); the patient has no cardiac history, normal
  ECG and echo, **cardiology clearance 11/10/2026**.
- Denial **12/02/2026**, UM-ECT-9, reviewer Lorraine Haverstick, MD (general psychiatry), who read only the 11/09
  note. Criterion 2 is **not fully met**; **criterion 3 replaces it** ("ECT may start without criterion 2");
  exclusion 5 does not apply (no MI; and it allows cardiology clearance anyway).
- Rule and stage: first internal appeal, **expedited** (72 hours, as the notice says); church plan claims rules
  26 CFR 54.9815-2719 (not grandfathered); 180 days: by **05/31/2027**; urgency certified by the attending
  psychiatrist, Dr. Ingrid Solvang-Mbeki.
- Author: **Marisela Quintanar, patient advocate**, authorized 12/03/2026; writes about "Mr. Vandersloot".

## Deliberately unknown
- Whether the stay itself is authorized (only ECT is at issue).
- Whether the plan's reviewer saw the cardiology note.

## Traps
- **Whose MI:** never say the patient had a myocardial infarction, nor "despite his MI".
- **Criterion 2 is not met as written**: the letter must not claim an adequate 6-week combination trial at full dose;
  it uses criterion 3 (the plan's own "instead of" route).
- **Venlafaxine and olanzapine continue**: never "failed and stopped".
- **Nortriptyline 2014**: an earlier episode's remission, never a failure.
- **Lorazepam** is a sleep/anxiety medicine held before ECT, not a trial.
- Suicidality is **passive**: no "active suicidal ideation" or "high suicide risk" as the ground.
- Other people: **Gretchen Vandersloot** (wife), Dr. Peter Achterberg (outpatient), Dr. Teodora Lindahl
  (cardiologist), the brother.
- Church plan: **not ERISA** - no 29 CFR 2560.503-1 as governing law, no "ERISA section 502(a)".

## Arguments a strong letter makes
1. **Criterion 3** applies: psychotic depression with refusal of food and fluids (9 kg lost, IV fluids) - ECT may
   start without criterion 2, by the guideline's own words.
2. **Exclusion 5 does not apply**: the MI is the brother's; normal ECG/echo; cardiology clearance (which the
   exclusion itself accepts).
3. Correct the "3 weeks" statement: 6 weeks of olanzapine by 11/30, with persisting delusions (true but partial).
4. Expedited decision within 72 hours; peer-to-peer daily 8-9 am; up to 12 treatments as the guideline approves.

## What a letter must NOT say
- "his myocardial infarction", "history of MI" as his; "cardiac history".
- "criterion 2 is met"; "failed an adequate trial of olanzapine"; "stopped venlafaxine".
- "failed nortriptyline"; lorazepam as a trial.
- "active suicidal ideation"; "Gretchen" beyond the witness line; "Achterberg" as the treating psychiatrist now.
- "ERISA", "29 CFR 2560.503-1" as the plan's law, "502(a)"; "Medicaid"; "Medicare".
""", [
("Notice date", "Date: 12/02/2026", "denial/ect-precertification-denial-2026-12-02.txt"),
("Guideline", "UM-ECT-9", "denial/ect-precertification-denial-2026-12-02.txt"),
("MI statement in denial", "history lists MI 2025", "denial/ect-precertification-denial-2026-12-02.txt"),
("Whose MI", "brother, MI 2025 at age 61", "clinical/psychiatry-note-2026-11-09.txt"),
("Cardiology impression", "cleared for general anesthesia and ECT", "clinical/cardiology-preanesthesia-clearance-2026-11-10.txt"),
("Olanzapine titration", "5 mg, 10 mg from 11/02, 15 mg from 11/16 (6 weeks in all, 2 weeks at 15 mg)", "clinical/inpatient-psychiatry-note-2026-11-30.txt"),
("Venlafaxine status", "Venlafaxine XR 225 mg since 08/10/2026: no response. CONTINUES", "clinical/inpatient-psychiatry-note-2026-11-30.txt"),
("Weight change", "Weight 73 kg (82 kg in August)", "clinical/inpatient-psychiatry-note-2026-11-30.txt"),
("IV fluids date", "IV fluids 11/27/2026", "clinical/inpatient-psychiatry-note-2026-11-30.txt"),
("Suicidality", "Passive wish to die", "clinical/inpatient-psychiatry-note-2026-11-30.txt"),
("Criterion 3 wording", "ECT may start without criterion 2", "other/um-guideline-um-ect-9.txt"),
("Earlier episode", "remitted on nortriptyline 75 mg", "clinical/psychiatry-note-2026-11-09.txt"),
("Lorazepam handling", "hold the night before ECT", "clinical/inpatient-psychiatry-note-2026-11-30.txt"),
("Wife named (not a party)", "Gretchen Vandersloot", "clinical/inpatient-psychiatry-note-2026-11-30.txt"),
("Appeal deadline", "2027-05-31", "case.yaml"),
("Church plan claims rule", "26 CFR 54.9815-2719", "truth"),
])

# ---------------------------------------------------------------- case 08
case("08", "medicare-advantage-hmo-tms-internal-criteria-mirtazapine-first-fill-lithium-ckd-intolerance-reconsideration-np", r"""
# FICTIONAL CASE (set 91, case 08) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, Iowa. Pre-service TMS denied under the plan's internal MA-TMS-31 ("four trials including
# augmentation; records show two; mirtazapine 15 mg is a sleep dose"), where the fictional LCD L99921 sets Medicare's
# criteria (two classes, no augmentation). Record: sertraline 12 weeks, mirtazapine titrated to 45 mg for 10 weeks,
# bupropion XL 12 weeks, vortioxetine continuing with a partial response; lithium stopped at 4 weeks for tremor and a
# creatinine rise (CKD 3a). The treating psychiatric nurse practitioner writes as appointed representative.
patient:
  name: Wendell Ashgrove-Pruitt
  salutation: Mr. Ashgrove-Pruitt
  date_of_birth: 1955-09-03
  member_id: FICT-POM-H7720-0418
  address: |-
    512 Linden Street
    Ames, IA 50010
  phone: (515) 555-0127
insurer:
  name: Prairie Oak Medicare Advantage HMO (FICTIONAL)
  appeals_address: |-
    Prairie Oak Health Plans, Medicare Appeals (FICTIONAL)
    PO Box 42009
    Des Moines, IA 50306
  fax: 1-866-555-0142
claim:
  number: POM-OD-26-1113-55207
  plan_type: medicare_advantage
  notice_date: 2026-11-25
  appeal_deadline: 2027-01-29
  deadline_basis: >-
    Notice of 11/25/2026: "You must ask for a reconsideration within 65 calendar days from the date of this notice."
    (42 CFR 422.582(b))
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    TMS does not meet Prairie Oak criteria MA-TMS-31, criterion 2: at least four antidepressant trials from at least
    two classes, including one augmentation trial. Records show two adequate trials (sertraline, bupropion).
    Mirtazapine 15 mg is a sleep dose. No augmentation trial.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: "Brent Kowalczyk, DO", specialty: family medicine}
  action: none
  corrections:
    - said: Mirtazapine 15 mg is a sleep dose.
      record: >-
        Mirtazapine was started at 15 mg on 09/01/2025 and raised to 30 mg on 09/15/2025 and 45 mg on 10/06/2025; it
        was taken for 10 weeks, 5 of them at 45 mg, without response, and stopped 11/10/2025 for weight gain.
      file: [clinical/psychiatric-np-note-2026-11-12.txt, other/pharmacy-claims-history-2025-2026.txt]
      page: 1
    - said: Records show two adequate trials (sertraline, bupropion).
      record: >-
        Four antidepressants of three classes: sertraline 150 mg for 12 weeks, mirtazapine up to 45 mg for 10 weeks,
        bupropion XL 300 mg for 12 weeks, and vortioxetine 20 mg since 02/16/2026 with a partial response (continues).
      file: clinical/psychiatric-np-note-2026-11-12.txt
      page: 1
    - said: No augmentation trial.
      record: >-
        Lithium 300 mg was added to vortioxetine on 05/04/2026 and stopped on 06/01/2026 for tremor and a creatinine
        rise from 1.3 to 1.6 mg/dL (chronic kidney disease stage 3a): an intolerance, and lithium is now
        contraindicated by nephrology.
      leaves_out: true
      file: clinical/nephrology-note-2026-06-03.txt
      page: 1
medicare_coverage:
  name: Local Coverage Determination L99921, Transcranial Magnetic Stimulation for Major Depressive Disorder (fictional)
  number: L99921
  quote: >-
    TMS is reasonable and necessary for a patient with severe major depressive disorder who has not responded to at
    least two antidepressant medications from at least two different classes, each at an adequate dose and duration
    in the current episode, or who could not tolerate at least two antidepressants.
  file: other/lcd-l99921-excerpt.txt
plan_policy:
  name: Prairie Oak Health Plans internal criteria MA-TMS-31, Transcranial Magnetic Stimulation
  number: MA-TMS-31
  quote: >-
    Criterion 2. The member has had at least four antidepressant trials from at least two classes, each at adequate
    dose for at least 6 weeks, including one augmentation trial with lithium, an atypical antipsychotic or thyroid
    hormone.
  file: other/plan-criteria-ma-tms-31.txt
payer_criteria:
  - criterion: LCD L99921. No response to at least two antidepressants from at least two classes in the current episode
    how_met: >-
      Sertraline (SSRI) 12 weeks, mirtazapine (tetracyclic) 10 weeks up to 45 mg, bupropion XL 12 weeks: no response;
      vortioxetine partial response. Current episode since April 2025.
    met: true
    evidence: {file: clinical/psychiatric-np-note-2026-11-12.txt, page: 1}
  - criterion: MA-TMS-31 criterion 2. Four antidepressant trials from two classes including one augmentation trial
    how_met: >-
      not met as written: four antidepressant trials from three classes are documented, but the one augmentation
      trial (lithium) lasted 4 weeks and was stopped for tremor and a creatinine rise; nephrology now advises against
      lithium, and an antipsychotic was declined after informed discussion because of his fall risk.
    met: false
    evidence:
      - {file: clinical/psychiatric-np-note-2026-11-12.txt, page: 1}
      - {file: clinical/nephrology-note-2026-06-03.txt, page: 1}
treatment:
  name: Transcranial magnetic stimulation, 36 sessions (90867, 90868)
  summary: A course of TMS for severe recurrent depression after four antidepressants and an augmentation attempt.
  plan: >-
    Left dorsolateral prefrontal TMS 5 days a week for 6 weeks (30 sessions), then a 6-session taper over 3 weeks;
    PHQ-9 weekly; vortioxetine continues; stop if PHQ-9 has not fallen by 20% after 20 sessions.
  alongside: vortioxetine 20 mg daily
clinical:
  severity: PHQ-9 20 on 11/12/2026; MoCA 27
  severity_date: 2026-11-12
  suicidality: none
  suicidality_date: 2026-11-12
  episode_onset: 2025-04
  treating_since: 2025-06-02
  exclusions: No implanted metal in the head, no seizure history, no implanted stimulator or pacemaker.
  history:
    - drug: Buspirone
      dose: 15 mg twice daily
      start: 2018-01
      end: 2018-12
      kind: other
      outcome: For generalized anxiety in 2018; not an antidepressant trial
      evidence: {file: clinical/psychiatric-np-note-2026-11-12.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-06-02
      end: 2025-08-25
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      weeks: 12
      outcome: No response after 12 weeks; stopped
      evidence: {file: clinical/psychiatric-np-note-2026-11-12.txt, page: 1}
    - drug: Mirtazapine
      dose: 15 mg, 30 mg from 09/15, 45 mg from 10/06/2025
      start: 2025-09-01
      end: 2025-11-10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      weeks: 10
      outcome: No response after 10 weeks (5 at 45 mg); stopped for weight gain
      evidence: {file: clinical/psychiatric-np-note-2026-11-12.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-11-17
      end: 2026-02-09
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      weeks: 12
      outcome: No response after 12 weeks; stopped
      evidence: {file: clinical/psychiatric-np-note-2026-11-12.txt, page: 1}
    - drug: Vortioxetine
      dose: 20 mg daily
      start: 2026-02-16
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response (PHQ-9 23 to 18, back to 20); continues
      evidence: {file: clinical/psychiatric-np-note-2026-11-12.txt, page: 1}
    - drug: Lithium carbonate
      dose: 300 mg daily (added to vortioxetine)
      start: 2026-05-04
      end: 2026-06-01
      kind: augmentation
      adequate: false
      weeks: 4
      outcome: Stopped after 4 weeks for tremor and creatinine 1.3 to 1.6 (CKD 3a); intolerance; now contraindicated
      evidence: {file: clinical/nephrology-note-2026-06-03.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2025-12
      end: 2026-03
      kind: other
      outcome: Sleep dose only; stopped after a fall at night
      evidence: {file: clinical/psychiatric-np-note-2026-11-12.txt, page: 1}
alternatives:
  - treatment: electroconvulsive therapy
    why_not: Offered 11/12/2026; Mr. Ashgrove-Pruitt declined after an informed discussion of anesthesia and memory effects.
  - treatment: augmentation with an atypical antipsychotic
    why_not: Declined after informed discussion because of his falls (quetiapine 25 mg was stopped after a fall at night).
author:
  name: Delphine Rask-Oyelowo
  role: psychiatric nurse practitioner (PMHNP-BC), treating prescriber, Story County Mind and Mood Clinic
  relation: prescriber
  address: |-
    220 Main Street, Suite 3
    Ames, IA 50010
  phone: (515) 555-0161
  authorization: other/appointment-of-representative-2026-11-30.txt
provider:
  name: Delphine Rask-Oyelowo
  credentials: PMHNP-BC, Story County Mind and Mood Clinic
  npi: "1248703567"
  address: |-
    220 Main Street, Suite 3
    Ames, IA 50010
  phone: (515) 555-0161
peer_to_peer:
  availability: Tuesdays and Thursdays 1-3 pm Central
record_dates:
  - {file: clinical/psychiatric-np-note-2026-11-12.txt, date: 2026-11-12}
  - {file: clinical/nephrology-note-2026-06-03.txt, date: 2026-06-03}
bates_prefix: ASHGROVEPRUITT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", {
"denial/organization-determination-2026-11-25.txt": r"""
PRAIRIE OAK MEDICARE ADVANTAGE HMO (FICTIONAL)
NOTICE OF DENIAL OF MEDICAL COVERAGE        Date of this notice: 11/25/2026
Member: Wendell Ashgrove-Pruitt   Member ID FICT-POM-H7720-0418   Case POM-OD-26-1113-55207
Service requested: transcranial magnetic stimulation, 36 sessions (90867, 90868), Story County Mind and Mood Clinic

We denied this request. TMS does not meet Prairie Oak criteria MA-TMS-31, criterion 2: at least four antidepressant
trials from at least two classes, including one augmentation trial. Records show two adequate trials (sertraline,
bupropion). Mirtazapine 15 mg is a sleep dose. No augmentation trial.
Reviewed by Brent Kowalczyk, DO (family medicine).

You must ask for a reconsideration within 65 calendar days from the date of this notice. A standard decision on a
request for a service is made within 30 days. Write to Medicare Appeals, PO Box 42009, Des Moines, IA 50306, or
fax 1-866-555-0142.
""",
"clinical/psychiatric-np-note-2026-11-12.txt": r"""
STORY COUNTY MIND AND MOOD CLINIC (FICTIONAL) - 220 Main Street, Suite 3, Ames, IA 50010 - (515) 555-0161
Visit 11/12/2026 - Wendell Ashgrove-Pruitt, DOB 09/03/1955
Delphine Rask-Oyelowo, PMHNP-BC (NPI 1248703567); treating since 06/02/2025. Collaborating psychiatrist: Omar
Haddad-Lindgren, MD.

Major depressive disorder, recurrent, severe (F33.2); this episode since April 2025.
- Buspirone 15 mg twice daily in 2018 for generalized anxiety (not for depression).
- Sertraline 150 mg 06/02/2025-08/25/2025, 12 weeks: no response.
- Mirtazapine 15 mg from 09/01/2025, 30 mg from 09/15, 45 mg from 10/06/2025; stopped 11/10/2025 (10 weeks, 5 at
  45 mg): no response; 6 kg weight gain.
- Bupropion XL 300 mg 11/17/2025-02/09/2026, 12 weeks: no response.
- Vortioxetine 20 mg since 02/16/2026: partial response (PHQ-9 23 -> 18, now 20). CONTINUES.
- Lithium 300 mg added 05/04/2026: tremor and creatinine rise; stopped 06/01/2026 (see nephrology). Not to be retried.
- Quetiapine 25 mg at bedtime for sleep 12/2025-03/2026: fell at night, stopped.
Today: PHQ-9 20. MoCA 27. No suicidal ideation. No metal implants, no seizures, no pacemaker or stimulator.
ECT offered: declined after informed discussion (anesthesia, memory). Antipsychotic augmentation declined (falls).
Plan: TMS 5 days/week x 6 weeks, then 6-session taper over 3 weeks; PHQ-9 weekly; continue vortioxetine; stop if
PHQ-9 not 20% lower after 20 sessions. His daughter, Celeste Pruitt, will drive him.
""",
"clinical/nephrology-note-2026-06-03.txt": r"""
CENTRAL IOWA KIDNEY CARE (FICTIONAL) - Consultation 06/03/2026
Patient: Wendell Ashgrove-Pruitt, DOB 09/03/1955   Nephrologist: Saanvi Brecken, MD
CKD stage 3a (eGFR 52). Lithium 300 mg started 05/04/2026: creatinine 1.3 -> 1.6 mg/dL, new tremor. Lithium stopped
06/01/2026. Creatinine 1.35 on 06/03. Recommendation: avoid lithium.
""",
"other/pharmacy-claims-history-2025-2026.txt": r"""
PRAIRIE OAK MEDICARE ADVANTAGE HMO (FICTIONAL) - Part D pharmacy claims printed 11/18/2026 from the member portal
Member: Wendell Ashgrove-Pruitt
sertraline 50 mg #90        06/02/2025, 07/01/2025, 07/30/2025
mirtazapine 15 mg #30       09/01/2025
mirtazapine 30 mg #30       09/15/2025
mirtazapine 45 mg #30       10/06/2025, 11/03/2025
bupropion XL 300 mg #30     11/17/2025, 12/16/2025, 01/14/2026
quetiapine 25 mg #30        12/08/2025, 01/07/2026, 02/06/2026
vortioxetine 20 mg #30      monthly 02/16/2026 through 11/06/2026
lithium carbonate 300 mg    05/04/2026
""",
"other/lcd-l99921-excerpt.txt": r"""
LOCAL COVERAGE DETERMINATION L99921 (FICTIONAL RENDITION): TRANSCRANIAL MAGNETIC STIMULATION FOR MAJOR DEPRESSIVE
DISORDER - Medicare Administrative Contractor for Iowa (excerpt)
TMS is reasonable and necessary for a patient with severe major depressive disorder who has not responded to at
least two antidepressant medications from at least two different classes, each at an adequate dose and duration
in the current episode, or who could not tolerate at least two antidepressants.
""",
"other/plan-criteria-ma-tms-31.txt": r"""
PRAIRIE OAK HEALTH PLANS (FICTIONAL) - INTERNAL COVERAGE CRITERIA MA-TMS-31: TMS (excerpt)
Criterion 2. The member has had at least four antidepressant trials from at least two classes, each at adequate
dose for at least 6 weeks, including one augmentation trial with lithium, an atypical antipsychotic or thyroid
hormone.
""",
"other/appointment-of-representative-2026-11-30.txt": r"""
APPOINTMENT OF REPRESENTATIVE (CMS-1696, FICTIONAL RENDITION)
I, Wendell Ashgrove-Pruitt (Medicare Advantage member ID FICT-POM-H7720-0418), appoint Delphine Rask-Oyelowo,
PMHNP-BC, of Story County Mind and Mood Clinic, to act as my representative for the reconsideration of case
POM-OD-26-1113-55207.
Signed: Wendell Ashgrove-Pruitt   11/30/2026      Accepted: Delphine Rask-Oyelowo, PMHNP-BC   11/30/2026
""",
}, r"""
# 08 - Medicare Advantage HMO: TMS denied under internal "four trials including augmentation" criteria; mirtazapine misread as a sleep dose; reconsideration by the treating psychiatric NP (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Wendell Ashgrove-Pruitt, 71, **Prairie Oak Medicare Advantage HMO** (Iowa). Recurrent severe MDD (F33.2),
  episode since April 2025. PHQ-9 **20**, MoCA 27 on **11/12/2026**; no suicidal ideation.
- Trials this episode: **sertraline 150 mg 12 weeks** (none); **mirtazapine 15 -> 30 -> 45 mg, 10 weeks (5 at 45
  mg)** (none; weight gain); **bupropion XL 300 mg 12 weeks** (none); **vortioxetine 20 mg since 02/16/2026, partial
  response, continues**. Three classes.
- **Lithium** augmentation 05/04-06/01/2026 (4 weeks) stopped for tremor and creatinine 1.3 -> 1.6 (**CKD 3a**);
  nephrology: avoid lithium. Antipsychotic augmentation declined (falls); **quetiapine 25 mg** was a sleep dose,
  stopped after a fall. **Buspirone** 2018 was for anxiety.
- Denial **11/25/2026** (organization determination) under the plan's **internal MA-TMS-31**; reviewer Brent
  Kowalczyk, DO (family medicine). Medicare's own rule here is the (fictional) **LCD L99921**: two classes - met.
  MA-TMS-31's augmentation requirement is **not met as written** (lithium intolerance only).
- Rule and stage: standard pre-service reconsideration, 42 CFR 422.578-422.590 (30 days); **65 days: by
  01/29/2027**; MA plans must follow Medicare's coverage rules and may use internal criteria only where those are not
  fully established (**42 CFR 422.101(b)(6)**); an upheld denial goes to the IRE automatically.
- Author: **Delphine Rask-Oyelowo, PMHNP-BC**, treating prescriber, appointed on a CMS-1696 (11/30/2026); writes
  about "Mr. Ashgrove-Pruitt".

## Deliberately unknown
- Whether the plan has published MA-TMS-31 with its evidence as 422.101(b)(6) requires.
- The collaborating psychiatrist's view (not in the record).

## Traps
- **Mirtazapine** reached 45 mg: the "15 mg" is the first fill - never call it a sleep dose.
- **Vortioxetine continues** (partial): never "failed" or "stopped".
- **Lithium** is an intolerance at 4 weeks, not an adequate augmentation trial; do not claim the augmentation
  criterion is met; argue that Medicare's LCD does not require it and that lithium is now contraindicated.
- **Quetiapine 25 mg** and **buspirone** are not antidepressant or augmentation trials.
- Other people: **Celeste Pruitt** (daughter), Dr. Omar Haddad-Lindgren (collaborating psychiatrist), Dr. Saanvi
  Brecken (nephrologist).
- Voice: the NP is a prescriber, not a physician: never "as his physician".
- Medicare Advantage: no ERISA, no 45 CFR 147.136, no parity; "65 days", not "60"; not a Part B drug (30 days, not 7).

## Arguments a strong letter makes
1. Medicare's own rule (LCD L99921) is met: no response to sertraline, mirtazapine and bupropion (three classes) in
   this episode; an MA plan may not deny with stricter internal criteria where Medicare's are fully established
   (42 CFR 422.101(b)(6)).
2. Correct the notice: mirtazapine was titrated to 45 mg (pharmacy claims); four antidepressant trials, not two.
3. Augmentation: lithium caused tremor and a creatinine rise in CKD 3a and is now contraindicated; antipsychotic
   declined for falls - if MA-TMS-31 is applied, ask for an individual exception for criterion 2's augmentation part.
4. ECT declined after informed discussion; treatment plan with stopping rule; peer-to-peer Tue/Thu 1-3 pm.

## What a letter must NOT say
- "mirtazapine 15 mg sleep dose"; "failed vortioxetine"; "stopped vortioxetine".
- "adequate lithium trial"; "augmentation criterion met"; quetiapine or buspirone as trials.
- "Celeste"; "suicidal ideation" as present; "as his physician".
- "ERISA", "45 CFR 147.136", "parity", "60 days", "7 days".
""", [
("Notice date", "Date of this notice: 11/25/2026", "denial/organization-determination-2026-11-25.txt"),
("Internal criteria", "MA-TMS-31", "denial/organization-determination-2026-11-25.txt"),
("Reviewer", "Brent Kowalczyk, DO (family medicine)", "denial/organization-determination-2026-11-25.txt"),
("Mirtazapine titration", "Mirtazapine 15 mg from 09/01/2025, 30 mg from 09/15, 45 mg from 10/06/2025", "clinical/psychiatric-np-note-2026-11-12.txt"),
("Mirtazapine 45 mg fills", "mirtazapine 45 mg #30       10/06/2025, 11/03/2025", "other/pharmacy-claims-history-2025-2026.txt"),
("Vortioxetine status", "partial response (PHQ-9 23 -> 18, now 20). CONTINUES", "clinical/psychiatric-np-note-2026-11-12.txt"),
("Lithium stop reason", "creatinine 1.3 -> 1.6 mg/dL, new tremor", "clinical/nephrology-note-2026-06-03.txt"),
("Nephrology recommendation", "Recommendation: avoid lithium", "clinical/nephrology-note-2026-06-03.txt"),
("Buspirone purpose", "in 2018 for generalized anxiety (not for depression)", "clinical/psychiatric-np-note-2026-11-12.txt"),
("Quetiapine purpose", "Quetiapine 25 mg at bedtime for sleep", "clinical/psychiatric-np-note-2026-11-12.txt"),
("LCD requirement", "at least two antidepressant medications from at least two different classes", "other/lcd-l99921-excerpt.txt"),
("Scales", "PHQ-9 20. MoCA 27", "clinical/psychiatric-np-note-2026-11-12.txt"),
("ECT", "ECT offered: declined after informed discussion", "clinical/psychiatric-np-note-2026-11-12.txt"),
("Daughter named (not a party)", "Celeste Pruitt", "clinical/psychiatric-np-note-2026-11-12.txt"),
("Reconsideration deadline", "2027-01-29", "case.yaml"),
("MA internal-criteria limit", "42 CFR 422.101(b)(6)", "truth"),
])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
