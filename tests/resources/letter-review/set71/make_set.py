#!/usr/bin/env python3
"""FICTIONAL test set 71 (issue 18, clinical emphasis) for appeal-kit letters. Every person, plan, provider,
number and address in this file is invented. Rebuild: /work/main/.venv/bin/python make_set.py [--check] [NN ...]
Writes NN-slug/ (case.yaml, denial/, clinical/, other/) and NN-slug.truth.md beside it, then self-checks."""
import io, os, re, shutil, subprocess, sys
from ruamel.yaml import YAML

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = []
HEADINGS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes",
            "What a letter must NOT say"]


def case(**kw):
    CASES.append(kw)


def header(nn):
    return (f"FICTIONAL DOCUMENT - appeal-kit letters test set 71, case {nn}. Every person, plan, provider, "
            "number and address is invented.\n\n")


FOOTER = "\nEND OF FICTIONAL DOCUMENT (test set 71) - not a real patient, plan or provider.\n"


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def npi_ok(n):
    s = "80840" + n
    t = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            d = d - 9 if d > 9 else d
        t += d
    return t % 10 == 0


PHONE_ANY = re.compile(r"\d{3}\)?[ .-]?555[ .-]?\d{4}|(?<!\d)555-\d{4}")
PHONE_OK = re.compile(r"(?:\(\d{3}\) |1-8\d\d-)555-01\d\d(?!\d)")


def check_text(where, text, problems):
    for m in re.finditer(r"555-\d{4}", text):
        start = max(0, m.start() - 6)
        ctx = text[start:m.end() + 1]
        if not PHONE_OK.search(ctx):
            problems.append(f"{where}: phone not in allowed form: {ctx!r}")
    for m in re.finditer(r"[\w.+-]+@[\w.-]+", text):
        if not m.group(0).rstrip(".").endswith(".example"):
            problems.append(f"{where}: e-mail not on .example: {m.group(0)}")
    for m in re.finditer(r"NPI[:#\s]*\"?(\d{10})", text):
        if not npi_ok(m.group(1)):
            problems.append(f"{where}: NPI fails Luhn: {m.group(1)}")
    for m in re.finditer(r"npi:\s*\"?(\d+)", text):
        if len(m.group(1)) != 10 or not npi_ok(m.group(1)):
            problems.append(f"{where}: npi fails Luhn: {m.group(1)}")


def build(c, idx, problems):
    nn = f"{idx:02d}"
    folder = os.path.join(HERE, f"{nn}-{c['slug']}")
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    yml = c["yaml"].lstrip("\n")
    with open(os.path.join(folder, "case.yaml"), "w") as f:
        f.write(yml)
    if not yml.startswith(f"# FICTIONAL CASE (set 71, case {nn})"):
        problems.append(f"{nn}: case.yaml first line is not the FICTIONAL header")
    try:
        data = YAML(typ="safe").load(yml)
        assert isinstance(data, dict)
    except Exception as e:  # noqa
        problems.append(f"{nn}: case.yaml does not parse: {e}")
        data = {}
    check_text(f"{nn}/case.yaml", yml, problems)
    texts = {}
    for path, body in c["docs"].items():
        if path.split("/")[0] not in ("denial", "clinical", "other") or not path.endswith(".txt"):
            problems.append(f"{nn}: document outside denial/clinical/other or not .txt: {path}")
        full = header(nn) + body.strip("\n") + "\n" + FOOTER
        os.makedirs(os.path.join(folder, os.path.dirname(path)), exist_ok=True)
        with open(os.path.join(folder, path), "w") as f:
            f.write(full)
        texts[path] = full
        check_text(f"{nn}/{path}", full, problems)
    for ref in re.findall(r"(?:file|authorization|proof|other_terms_file|eob_file):\s*((?:denial|clinical|other)/[\w./-]+)", yml):
        if ref not in texts:
            problems.append(f"{nn}: case.yaml names a missing document {ref}")
    truth = c["truth"].lstrip("\n")
    if not truth.startswith(f"# FICTIONAL TRUTH FILE - {nn} -"):
        problems.append(f"{nn}: truth file first line is not the FICTIONAL header")
    pos = [truth.find("## " + h) for h in HEADINGS]
    if -1 in pos or pos != sorted(pos):
        problems.append(f"{nn}: truth headings missing or out of order: {pos}")
    check_text(f"{nn}/truth", truth, problems)
    with open(os.path.join(HERE, f"{nn}-{c['slug']}.truth.md"), "w") as f:
        f.write(truth)
    ans = c["answers"]
    if len(ans) != 16:
        problems.append(f"{nn}: {len(ans)} expected answers, not 16")
    for q, a, doc in ans:
        src = yml if doc == "case.yaml" else texts.get(doc)
        if src is None:
            problems.append(f"{nn}: answer document missing: {doc}")
        elif norm(a) not in norm(src):
            problems.append(f"{nn}: answer to {q!r} not printed in {doc}: {a!r}")
    return folder


def main(argv):
    want = [a for a in argv if a.isdigit()]
    problems = []
    folders = []
    for i, c in enumerate(CASES, 1):
        if want and f"{i:02d}" not in want and str(i) not in want:
            continue
        folders.append(build(c, i, problems))
    if not want:
        built = {os.path.basename(f) for f in folders}
        for d in os.listdir(HERE):
            if re.match(r"\d\d-", d) and os.path.isdir(os.path.join(HERE, d)) and d not in built:
                problems.append(f"stray numbered folder: {d}")
    n_ans = sum(len(c["answers"]) for c in CASES)
    print(f"generator: {len(folders)} cases, {n_ans} expected answers, {len(problems)} problems")
    for p in problems:
        print("PROBLEM", p)
    rc = 1 if problems else 0
    if "--check" in argv:
        out = io.StringIO()
        bad = 0
        for fo in folders:
            r = subprocess.run(["/work/main/.venv/bin/appeal-kit", "check", fo], capture_output=True, text=True)
            out.write(f"===== {os.path.basename(fo)}: exit {r.returncode}\n{r.stdout}{r.stderr}\n")
            print(f"check {os.path.basename(fo)[:40]}: exit {r.returncode}")
            bad += r.returncode != 0
        name = "check-output.txt" if not want else "check-output-partial.txt"
        with open(os.path.join(HERE, name), "w") as f:
            f.write(out.getvalue())
        if bad:
            rc = 1
    return rc


# ---------------------------------------------------------------------------------------------------- case 01
case(slug="part-d-pdp-pimavanserin-pd-psychosis-delirium-moca-read-as-dementia-quetiapine-discount-card-orthostatic-fall-wife-cms1696",
yaml="""
# FICTIONAL CASE (set 71, case 01) - every person, plan, provider, number and address is invented.
# Stand-alone Part D PDP, Arizona. Coverage determination denied pimavanserin 34 mg for Parkinson's disease
# psychosis: "dementia (MoCA 19)" and "no quetiapine in our claims". The MoCA 19 was taken during delirium in a
# hospital stay; MoCA 24 on 10/14/2026, no dementia diagnosed. Quetiapine 12.5 mg was tried on a discount card
# and stopped after an orthostatic fall (intolerance, not an adequate trial). Wife writes with form CMS-1696.
patient:
  name: Harlan Vostrikov-Pell
  salutation: Mr. Vostrikov-Pell
  date_of_birth: 1952-03-09
  member_id: FICT-SCR-70418826
  address: |-
    4150 East Ocotillo Lane
    Tucson, AZ 85712
  phone: (520) 555-0112
insurer:
  name: Saguaro Crest Medicare Rx (PDP) (FICTIONAL)
  appeals_address: |-
    Saguaro Crest Medicare Rx - Part D Redeterminations (FICTIONAL)
    PO Box 66120
    Phoenix, AZ 85082
  fax: 1-800-555-0161
claim:
  number: SCR-CD-26-1124-30871
  plan_type: medicare_part_d
  notice_date: 2026-11-24
  appeal_deadline: 2027-01-28
  deadline_basis: 65 days from the date of the coverage determination notice (42 CFR 423.582(b))
  diagnosis_codes: [G20.A1, F06.2]
  denial_reason: >-
    Prior authorization criteria PA-PDP-PSY-3 not met. Criterion 2: records show a diagnosis of dementia (MoCA
    19/30); this drug is not approved for dementia-related psychosis. Criterion 3: no trial of quetiapine in our
    pharmacy claims. Your prescriber did not send information showing quetiapine was tried or cannot be used.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity, step_therapy]
  corrections:
    - said: records show a diagnosis of dementia (MoCA 19/30)
      record: >-
        The MoCA of 19/30 was taken on 08/04/2026 during a hospital stay for a urinary infection with delirium;
        the discharge summary records the delirium as resolved. On 10/14/2026 the MoCA was 24/30 and the
        neurologist records Parkinson's disease with mild cognitive impairment, no dementia.
      file: [other/hospital-discharge-summary-2026-08-07.txt, clinical/neurology-note-2026-10-14.txt]
      page: 1
treatment:
  name: Pimavanserin 34 mg capsules, one daily
  summary: >-
    Daily hallucinations and fixed delusions of spousal infidelity from Parkinson's disease psychosis, after
    quetiapine 12.5 mg caused orthostatic hypotension and a fall and clozapine cannot be started (ANC 1,300/uL).
  plan: >-
    Pimavanserin 34 mg once daily; SAPS-PD and orthostatic blood pressures at 6 and 12 weeks; QTc on ECG at 4
    weeks; stop if no fall in SAPS-PD of at least 30% by 12 weeks.
clinical:
  history:
    - drug: quetiapine
      dose: 12.5 mg at bedtime
      start: 2026-09-02
      end: 2026-09-20
      kind: other
      adequate: false
      failed: false
      outcome: >-
        Stopped after 18 days for orthostatic hypotension (standing BP 84/52) and a fall on 09/18/2026;
        intolerance, not an adequate trial. Paid with a pharmacy discount card.
      paid_outside: discount card
      evidence: {file: clinical/neurology-note-2026-10-14.txt, page: 1}
    - drug: amantadine
      dose: 100 mg twice daily
      start: 2021-05
      end: 2025-10
      kind: other
      outcome: Parkinson's medicine stopped in October 2025 because it can worsen hallucinations; not a psychosis trial.
      evidence: {file: clinical/neurology-note-2026-10-14.txt, page: 1}
    - drug: rivastigmine patch
      dose: 4.6 mg/24 h
      start: 2026-10-14
      ongoing: true
      kind: other
      outcome: Started for mild cognitive impairment; continuing; not an antipsychotic.
      evidence: {file: clinical/neurology-note-2026-10-14.txt, page: 1}
    - drug: carbidopa/levodopa
      dose: 25/100 mg, 1.5 tablets three times daily
      start: 2017-06
      ongoing: true
      kind: other
      outcome: Parkinson's disease treatment, continuing, dose not raised since 2024.
  severity: SAPS-PD 14 and MoCA 24/30 on October 14, 2026; hallucinations daily, delusions fixed
  severity_date: 2026-10-14
  suicidality: none
  suicidality_date: 2026-10-14
  exclusions: QTc 428 ms on 10/14/2026; no QT-prolonging drug; no dementia diagnosis
  episode_onset: 2025-09
  treating_since: 2017-06
alternatives:
  - treatment: clozapine
    why_not: Absolute neutrophil count 1,300/uL on 10/14/2026, below the level at which it may be started; needs weekly blood draws he cannot reach.
  - treatment: quetiapine at a higher dose
    why_not: 12.5 mg already caused orthostatic hypotension and a fall on 09/18/2026.
payer_criteria:
  - criterion: "1. Hallucinations and/or delusions associated with Parkinson's disease psychosis"
    how_met: PD since 2017; visual hallucinations and delusions since September 2025, after the PD diagnosis
    met: true
    evidence: {file: clinical/neurology-note-2026-10-14.txt, page: 1}
  - criterion: "2. Psychosis is not related to dementia"
    how_met: MoCA 24/30 on 10/14/2026; no dementia diagnosis; the MoCA 19 was taken during delirium (08/04/2026)
    met: true
    evidence: {file: clinical/neurology-note-2026-10-14.txt, page: 1}
  - criterion: "3. Trial of quetiapine, or documented intolerance or contraindication"
    how_met: quetiapine 12.5 mg 09/02-09/20/2026 stopped for orthostatic hypotension and a fall (intolerance)
    met: true
    evidence: {file: clinical/neurology-note-2026-10-14.txt, page: 1}
plan_policy:
  name: Saguaro Crest Prior Authorization Criteria PA-PDP-PSY-3 (pimavanserin)
  number: PA-PDP-PSY-3
  quote: >-
    Approve for 12 months when all are met: 1. Hallucinations and/or delusions associated with Parkinson's
    disease psychosis; 2. Psychosis is not related to dementia; 3. Trial of quetiapine, or documented
    intolerance or contraindication to quetiapine.
  file: denial/coverage-determination-2026-11-24.txt
prescriber_statement:
  date: 2026-11-30
  quote: >-
    Mr. Vostrikov-Pell does not have dementia. The MoCA of 19 was recorded during delirium on 08/04/2026; his
    MoCA on 10/14/2026 was 24/30. Quetiapine 12.5 mg caused orthostatic hypotension and a fall, and clozapine
    cannot be started with an ANC of 1,300/uL.
  file: clinical/prescriber-supporting-statement-2026-11-30.txt
author:
  name: Rosalind Vostrikov-Pell
  role: Wife and appointed representative (form CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-of-representative.txt
  address: |-
    4150 East Ocotillo Lane
    Tucson, AZ 85712
  phone: (520) 555-0113
provider:
  name: Dr. Ines Carrow-Adebayo
  credentials: MD, movement disorders neurologist
  npi: "1589042344"
  address: |-
    2900 North Campbell Avenue, Suite 210
    Tucson, AZ 85719
  phone: (520) 555-0130
record_dates:
  - {file: clinical/neurology-note-2026-10-14.txt, date: 2026-10-14}
  - {file: clinical/prescriber-supporting-statement-2026-11-30.txt, date: 2026-11-30}
  - {file: other/hospital-discharge-summary-2026-08-07.txt, date: 2026-08-07}
""",
docs={
"denial/coverage-determination-2026-11-24.txt": """
SAGUARO CREST MEDICARE RX (PDP) (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
Date of notice: 11/24/2026
Member: Harlan Vostrikov-Pell   Member ID: FICT-SCR-70418826   Date of birth: 03/09/1952
Request number: SCR-CD-26-1124-30871
Drug requested: pimavanserin 34 mg capsule, #30 per 30 days   Prescriber: Dr. Ines Carrow-Adebayo, MD

We denied your request. Prior authorization criteria PA-PDP-PSY-3 not met. Criterion 2: records show a
diagnosis of dementia (MoCA 19/30); this drug is not approved for dementia-related psychosis. Criterion 3: no
trial of quetiapine in our pharmacy claims. Your prescriber did not send information showing quetiapine was
tried or cannot be used.

Criteria PA-PDP-PSY-3: Approve for 12 months when all are met: 1. Hallucinations and/or delusions associated
with Parkinson's disease psychosis; 2. Psychosis is not related to dementia; 3. Trial of quetiapine, or
documented intolerance or contraindication to quetiapine.

Reviewed by: Clinical pharmacist, Saguaro Crest Pharmacy Services (FICTIONAL)

YOUR RIGHT TO APPEAL: You may ask for a redetermination within 65 days from the date of this notice. Mail:
Saguaro Crest Medicare Rx - Part D Redeterminations (FICTIONAL), PO Box 66120, Phoenix, AZ 85082. Fax:
1-800-555-0161. You may ask for an expedited (fast) decision if your doctor says waiting could seriously harm
your health.
""",
"clinical/neurology-note-2026-10-14.txt": """
SONORAN MOVEMENT DISORDERS CLINIC (FICTIONAL) - NEUROLOGY FOLLOW-UP
Date of visit: 10/14/2026   Patient: Harlan Vostrikov-Pell   DOB: 03/09/1952
Clinician: Dr. Ines Carrow-Adebayo, MD (NPI 1589042344)   Accompanied by: wife, Rosalind Vostrikov-Pell

History: Parkinson's disease since June 2017. Visual hallucinations (people in the yard) since September 2025,
now daily; since spring 2026 a fixed belief that his wife is unfaithful. Amantadine 100 mg twice daily was
stopped in October 2025 because it can worsen hallucinations; hallucinations continued.
Hospital stay 08/03-08/07/2026 (urinary infection with delirium): MoCA 19/30 recorded on 08/04/2026 while
delirious; discharge summary: delirium resolved.
Quetiapine 12.5 mg at bedtime 09/02/2026-09/20/2026 (filled with a pharmacy discount card): standing BP 84/52,
fall on 09/18/2026 with a scalp laceration. Stopped for intolerance after 18 days - not an adequate trial.

Today: MoCA 24/30. SAPS-PD 14. Orthostatic BP 132/76 lying, 118/70 standing. ECG: QTc 428 ms. ANC 1,300/uL.
Suicidal ideation: none reported by patient or wife.
Assessment: Parkinson's disease psychosis. Mild cognitive impairment of Parkinson's disease; no dementia (daily
function intact: manages his own medicines and finances with his wife's checking).
Medicines continuing: carbidopa/levodopa 25/100 mg 1.5 tablets three times daily (unchanged since 2024).
Plan: start rivastigmine patch 4.6 mg/24 h for cognition. Clozapine not suitable: ANC 1,300/uL, below the
level at which it may be started, and he cannot reach weekly blood draws. Request pimavanserin 34 mg daily.
Melatonin 3 mg at bedtime for sleep (over the counter).
""",
"clinical/prescriber-supporting-statement-2026-11-30.txt": """
SONORAN MOVEMENT DISORDERS CLINIC (FICTIONAL) - PRESCRIBER SUPPORTING STATEMENT (PART D)
Date: 11/30/2026   Patient: Harlan Vostrikov-Pell   Request: SCR-CD-26-1124-30871

Mr. Vostrikov-Pell does not have dementia. The MoCA of 19 was recorded during delirium on 08/04/2026; his MoCA
on 10/14/2026 was 24/30. Quetiapine 12.5 mg caused orthostatic hypotension and a fall, and clozapine cannot be
started with an ANC of 1,300/uL. In my judgment the preferred drug would be less effective or would have
adverse effects for him, and pimavanserin 34 mg daily is medically necessary.

Signed: Dr. Ines Carrow-Adebayo, MD, movement disorders neurologist, NPI 1589042344
2900 North Campbell Avenue, Suite 210, Tucson, AZ 85719. Phone (520) 555-0130. Fax (520) 555-0131.
""",
"other/hospital-discharge-summary-2026-08-07.txt": """
SANTA RITA GENERAL HOSPITAL (FICTIONAL) - DISCHARGE SUMMARY
Admitted: 08/03/2026   Discharged: 08/07/2026   Patient: Harlan Vostrikov-Pell
Attending: Dr. Paul Okonkwo-Reyes, MD, hospitalist
Diagnoses: urinary tract infection; acute delirium (resolved); Parkinson's disease.
Course: confused and agitated on admission. MoCA 19/30 on 08/04/2026 while delirious (day 2 of antibiotics).
By 08/06 oriented, attention normal. Delirium resolved at discharge. Outpatient cognitive testing advised when
well; no diagnosis of dementia made during this stay.
""",
"other/cms-1696-appointment-of-representative.txt": """
APPOINTMENT OF REPRESENTATIVE (form CMS-1696) - completed copy (FICTIONAL)
Beneficiary: Harlan Vostrikov-Pell   Medicare number: on file with the plan (FICTIONAL)
I appoint Rosalind Vostrikov-Pell, my wife, 4150 East Ocotillo Lane, Tucson, AZ 85712, (520) 555-0113, to act
as my representative in connection with my Part D drug appeal.
Signed: Harlan Vostrikov-Pell, 12/01/2026.   Accepted: Rosalind Vostrikov-Pell, 12/01/2026.
""",
"other/fax-cover-neurology-2026-11-30.txt": """
FAX COVER - SONORAN MOVEMENT DISORDERS CLINIC (FICTIONAL)
Date: 11/30/2026   To: Rosalind Vostrikov-Pell   From: Talia Brennan-Oduya, RN, clinic nurse
Fax: (520) 555-0131   Pages: 2 (cover + prescriber supporting statement)
Note: Dr. Carrow-Adebayo's statement for the redetermination, as you asked. Please include it with the appeal.
""",
},
truth="""
# FICTIONAL TRUTH FILE - 01 - Part D pimavanserin: delirium MoCA read as dementia; quetiapine intolerance on a discount card (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mr. Vostrikov-Pell (74) is in a stand-alone **Part D PDP**. Coverage determination 11/24/2026 denied
  pimavanserin 34 mg daily under PA-PDP-PSY-3, criteria 2 ("dementia (MoCA 19/30)") and 3 ("no trial of
  quetiapine in our pharmacy claims"; "prescriber did not send information").
- The **MoCA 19** was taken on **08/04/2026 during delirium** (UTI stay 08/03-08/07); the discharge summary says
  the delirium resolved and no dementia was diagnosed. On **10/14/2026 the MoCA was 24/30**; the neurologist
  records PD mild cognitive impairment, **no dementia**. SAPS-PD 14 that day.
- **Quetiapine 12.5 mg at bedtime, 09/02-09/20/2026 (18 days), paid with a discount card**: stopped for orthostatic
  hypotension (standing 84/52) and a **fall on 09/18/2026** - intolerance, **not an adequate trial** and not a failure.
  Criterion 3 accepts "documented intolerance".
- Clozapine: ANC 1,300/uL, cannot be started; weekly draws not reachable. Amantadine was stopped in 10/2025 as a
  possible cause of hallucinations (a PD drug, not a psychosis trial). Rivastigmine patch started 10/14/2026 and
  continuing (cognition, not an antipsychotic). Carbidopa/levodopa continuing. Melatonin 3 mg for sleep.
- Prescriber supporting statement 11/30/2026 (423.578(b)-style). Author: the wife, appointed on CMS-1696 (12/01/2026).
- **Level:** Part D redetermination; **deadline 01/28/2027** (65 days from the notice date, 423.582(b)).

## Deliberately unknown
- Whether the prescriber's office sent anything with the first request (the notice says nothing came).
- Whether the plan will treat the request as expedited: no physician certified urgency.

## Traps
- Quetiapine must not be called a failed trial or an adequate trial; it is documented intolerance.
- The MoCA 19 is real but was taken in delirium: correct it with its date and source, never deny it was recorded.
- Rivastigmine and amantadine are not antipsychotic trials; melatonin is a sleep aid.
- Suicidality is none: no harm paragraph about suicidal ideation.
- The discount-card fill explains why the plan's claims do not show quetiapine.
- Clozapine is not a "failed" trial: never tried, it cannot be started.

## Arguments a strong letter makes
1. Criterion 2 is met: MoCA 24/30 on 10/14/2026 and no dementia diagnosis; the 19 was a delirium reading (dated).
2. Criterion 3 is met by documented intolerance (orthostatic hypotension and a fall), paid outside the plan.
3. The prescriber's supporting statement (11/30/2026) supplies what the notice said was missing; ask for an
   exception under 42 CFR 423.578(b) if the plan reads its criteria otherwise.
4. Clozapine cannot be started (ANC 1,300/uL); approve for the 12 months the criteria state.

## What a letter must NOT say
- That Mr. Vostrikov-Pell "failed" quetiapine or had an adequate trial of it; that he has dementia.
- That pimavanserin is for dementia-related psychosis; anything about suicidal ideation as a risk.
- ERISA, parity, or external review under 45 CFR 147.136; a 60-day or 180-day window.
- "I" as the patient: the wife writes about Mr. Vostrikov-Pell.
""",
answers=[
("Date of the coverage determination notice", "Date of notice: 11/24/2026", "denial/coverage-determination-2026-11-24.txt"),
("Request number", "SCR-CD-26-1124-30871", "denial/coverage-determination-2026-11-24.txt"),
("Criteria number applied", "PA-PDP-PSY-3", "denial/coverage-determination-2026-11-24.txt"),
("Appeal window on the notice", "within 65 days from the date of this notice", "denial/coverage-determination-2026-11-24.txt"),
("MoCA the denial relies on, and when it was taken", "MoCA 19/30 on 08/04/2026 while delirious", "other/hospital-discharge-summary-2026-08-07.txt"),
("Current MoCA", "MoCA 24/30", "clinical/neurology-note-2026-10-14.txt"),
("SAPS-PD score on 10/14/2026", "SAPS-PD 14", "clinical/neurology-note-2026-10-14.txt"),
("Quetiapine dose and dates", "Quetiapine 12.5 mg at bedtime 09/02/2026-09/20/2026", "clinical/neurology-note-2026-10-14.txt"),
("How quetiapine was paid", "filled with a pharmacy discount card", "clinical/neurology-note-2026-10-14.txt"),
("Why quetiapine stopped", "Stopped for intolerance after 18 days - not an adequate trial", "clinical/neurology-note-2026-10-14.txt"),
("Why clozapine is not suitable", "ANC 1,300/uL", "clinical/neurology-note-2026-10-14.txt"),
("Cognitive diagnosis", "Mild cognitive impairment of Parkinson's disease; no dementia", "clinical/neurology-note-2026-10-14.txt"),
("Drug started 10/14/2026 that is not an antipsychotic", "start rivastigmine patch 4.6 mg/24 h for cognition", "clinical/neurology-note-2026-10-14.txt"),
("Date of the prescriber statement", "Date: 11/30/2026", "clinical/prescriber-supporting-statement-2026-11-30.txt"),
("Who sent the fax cover", "Talia Brennan-Oduya, RN, clinic nurse", "other/fax-cover-neurology-2026-11-30.txt"),
("Redetermination deadline", "2027-01-28", "case.yaml"),
])
# ---------------------------------------------------------------------------------------------------- case 02
case(slug="medicare-advantage-hmo-part-b-paliperidone-3-month-internal-criteria-plan-counted-three-monthly-doses-record-shows-six-psychiatrist",
yaml="""
# FICTIONAL CASE (set 71, case 02) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, New Mexico. Pre-service organization determination denied the 3-month paliperidone
# palmitate injection (a Part B drug) under internal criteria MA-PB-LAI-2: "only three monthly injections on
# file". The record shows six monthly doses (05/28 in hospital, 06/25 at the county clinic, 07/23, 08/20,
# 09/17, 10/15), all after the first at 156 mg. The treating psychiatrist files the reconsideration.
patient:
  name: Teodoro Banuelos-Whitcombe
  salutation: Mr. Banuelos-Whitcombe
  date_of_birth: 1959-07-22
  member_id: FICT-RGA-33019475
  address: |-
    812 Calle del Norte
    Las Cruces, NM 88001
  phone: (575) 555-0118
insurer:
  name: Rio Grande Advantage HMO (FICTIONAL)
  appeals_address: |-
    Rio Grande Advantage - Appeals and Grievances (FICTIONAL)
    PO Box 27730
    Albuquerque, NM 87125
  fax: 1-888-555-0142
request: prior_authorization
claim:
  number: RGA-OD-26-1119-55203
  plan_type: medicare_advantage
  notice_date: 2026-11-19
  appeal_deadline: 2027-01-23
  deadline_basis: 65 days from the date of the notice (42 CFR 422.582(b))
  diagnosis_codes: [F20.0]
  denial_reason: >-
    Internal criteria MA-PB-LAI-2 not met: the member must have been treated with the 1-month paliperidone
    palmitate injection for at least four months, with the last two doses the same strength. Our records show
    only three monthly injections (07/23/2026, 08/20/2026, 09/17/2026).
  denial_category: medical_necessity
  action: none
  pending_services: [first 3-month injection, 546 mg]
  corrections:
    - said: Our records show only three monthly injections (07/23/2026, 08/20/2026, 09/17/2026).
      record: >-
        Six monthly injections were given: 05/28/2026 (234 mg, in hospital), 06/25/2026 (156 mg, county clinic),
        07/23/2026, 08/20/2026, 09/17/2026 and 10/15/2026 (156 mg each). The first two were not billed to this
        plan as separate Part B claims.
      file: [clinical/injection-record-2026.txt, other/hospital-discharge-summary-2026-06-02.txt]
      page: 1
      leaves_out: true
treatment:
  name: Paliperidone palmitate 3-month injection, 546 mg every 3 months
  summary: >-
    Schizophrenia with relapse and hospital stay after stopping oral risperidone; stable on the monthly
    injection for five months; the 3-month form keeps the same drug with four clinic visits a year.
  plan: >-
    First 3-month injection of 546 mg (3.5 times the monthly 156 mg) on the day the next monthly dose is due;
    repeat every 3 months; BPRS every visit; AIMS every 6 months.
  setting: Mesilla Valley Behavioral Health clinic, given by the clinic nurse
clinical:
  history:
    - drug: aripiprazole
      dose: 15 mg daily
      start: 2018-03
      end: 2018-04
      kind: other
      adequate: false
      outcome: Stopped after about 4 weeks for akathisia (intolerance).
      evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
    - drug: risperidone (oral)
      dose: 4 mg daily
      start: 2019-01
      end: 2026-05
      kind: other
      response: partial
      outcome: Partial response; stopped taking it in April 2026 and relapsed; hospital stay 05/20-06/02/2026.
      evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
    - drug: paliperidone palmitate 1-month injection
      dose: 234 mg then 156 mg monthly
      start: 2026-05-28
      ongoing: true
      kind: other
      response: response
      outcome: Six doses given through 10/15/2026; BPRS 58 on admission 05/20/2026, 22 on 11/10/2026.
      evidence: {file: clinical/injection-record-2026.txt, page: 1}
    - drug: benztropine
      dose: 1 mg twice daily
      start: 2026-06
      ongoing: true
      kind: other
      outcome: For stiffness from the antipsychotic; continuing; not an antipsychotic trial.
  severity: BPRS 22 on November 10, 2026 (58 on admission May 20, 2026)
  severity_date: 2026-11-10
  suicidality: none
  suicidality_date: 2026-11-10
  response: BPRS 58 on 05/20/2026, 22 on 11/10/2026 on the monthly injection
  response_level: response
  treating_since: 2019-01
impact:
  hospitalizations: [Hospital stay 05/20/2026-06/02/2026 after stopping oral risperidone]
payer_criteria:
  - criterion: "1. Diagnosis of schizophrenia or schizoaffective disorder"
    how_met: Schizophrenia, paranoid type, since 2017
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
  - criterion: "2. Treated with the 1-month paliperidone palmitate injection for at least four months"
    how_met: Monthly doses since 05/28/2026 - five by 09/17/2026 and a sixth on 10/15/2026, about five and a half months before the 11/19/2026 decision
    met: true
    evidence: {file: clinical/injection-record-2026.txt, page: 1}
  - criterion: "3. The last two monthly doses the same strength"
    how_met: 156 mg on 08/20/2026 and 09/17/2026
    met: true
    evidence: {file: clinical/injection-record-2026.txt, page: 1}
plan_policy:
  name: Rio Grande Advantage Internal Coverage Criteria MA-PB-LAI-2 (long-acting paliperidone)
  number: MA-PB-LAI-2
  quote: >-
    Paliperidone palmitate 3-month injection: 1. Diagnosis of schizophrenia or schizoaffective disorder; 2. The
    member has been adequately treated with the 1-month paliperidone palmitate injection for at least four
    months; 3. The last two doses of the 1-month injection were the same strength.
  file: denial/organization-determination-2026-11-19.txt
author:
  name: Dr. Lucinda Marrero-Haskins
  role: Treating psychiatrist
  relation: physician
  address: |-
    Mesilla Valley Behavioral Health (FICTIONAL)
    1450 South Solano Drive
    Las Cruces, NM 88001
  phone: (575) 555-0126
provider:
  name: Dr. Lucinda Marrero-Haskins
  credentials: MD, psychiatrist
  npi: "1138093806"
  address: |-
    1450 South Solano Drive
    Las Cruces, NM 88001
  phone: (575) 555-0126
record_dates:
  - {file: clinical/psychiatry-note-2026-11-10.txt, date: 2026-11-10}
  - {file: clinical/injection-record-2026.txt, date: 2026-11-10}
  - {file: other/hospital-discharge-summary-2026-06-02.txt, date: 2026-06-02}
""",
docs={
"denial/organization-determination-2026-11-19.txt": """
RIO GRANDE ADVANTAGE HMO (FICTIONAL) - NOTICE OF DENIAL OF MEDICAL COVERAGE
Date of notice: 11/19/2026   Reference: RGA-OD-26-1119-55203
Member: Teodoro Banuelos-Whitcombe   Member ID: FICT-RGA-33019475
Requested: paliperidone palmitate 3-month injection, 546 mg (Part B drug)
Requested by: Dr. Lucinda Marrero-Haskins, MD

Why we denied: Internal criteria MA-PB-LAI-2 not met: the member must have been treated with the 1-month
paliperidone palmitate injection for at least four months, with the last two doses the same strength. Our
records show only three monthly injections (07/23/2026, 08/20/2026, 09/17/2026).
Criteria MA-PB-LAI-2: Paliperidone palmitate 3-month injection: 1. Diagnosis of schizophrenia or
schizoaffective disorder; 2. The member has been adequately treated with the 1-month paliperidone palmitate
injection for at least four months; 3. The last two doses of the 1-month injection were the same strength.
Reviewed by: Dr. Graham Eastlake-Suarez, MD, internal medicine, plan medical director.

You have the right to ask for a reconsideration within 65 days of the date of this notice. Your doctor may ask
for you. Rio Grande Advantage - Appeals and Grievances (FICTIONAL), PO Box 27730, Albuquerque, NM 87125;
fax 1-888-555-0142.
""",
"clinical/injection-record-2026.txt": """
MESILLA VALLEY BEHAVIORAL HEALTH (FICTIONAL) - LONG-ACTING INJECTION RECORD (printed 11/10/2026)
Patient: Teodoro Banuelos-Whitcombe   DOB: 07/22/1959
Dose 1: 05/28/2026 paliperidone palmitate 234 mg, deltoid - given in hospital (Organ Mountain Hospital,
        inpatient stay; part of the hospital's bill)
Dose 2: 06/25/2026 156 mg, deltoid - given at Dona Ana County Health Clinic (county program supply)
Dose 3: 07/23/2026 156 mg, gluteal - this clinic
Dose 4: 08/20/2026 156 mg, gluteal - this clinic
Dose 5: 09/17/2026 156 mg, gluteal - this clinic
Dose 6: 10/15/2026 156 mg, gluteal - this clinic (given while the 3-month request was pending)
Last two doses before the request: 156 mg and 156 mg (same strength).
""",
"clinical/psychiatry-note-2026-11-10.txt": """
MESILLA VALLEY BEHAVIORAL HEALTH (FICTIONAL) - PSYCHIATRY FOLLOW-UP
Date: 11/10/2026   Patient: Teodoro Banuelos-Whitcombe   Clinician: Dr. Lucinda Marrero-Haskins, MD
Diagnosis: schizophrenia, paranoid type (since 2017).
History: aripiprazole 15 mg daily 03-04/2018 stopped after about 4 weeks for akathisia. Oral risperidone 4 mg
daily 2019 to 05/2026: partial response (voices persisted, quieter); stopped taking it in April 2026; relapse
with persecutory delusions; hospital stay 05/20-06/02/2026 (BPRS 58 on admission).
Monthly paliperidone injection since 05/28/2026. Today BPRS 22. No hallucinations for 3 months. No suicidal
ideation. Benztropine 1 mg twice daily for stiffness, continuing.
His sister, Marisol Banuelos, drives him to visits; a 3-month injection would cut the 140-mile round trips from
twelve to four a year.
Clozapine: not indicated (not treatment-resistant; responding).
Plan: change to the 3-month injection 546 mg when the next monthly dose is due.
""",
"other/hospital-discharge-summary-2026-06-02.txt": """
ORGAN MOUNTAIN HOSPITAL (FICTIONAL) - BEHAVIORAL HEALTH UNIT DISCHARGE SUMMARY
Admitted 05/20/2026, discharged 06/02/2026. Patient: Teodoro Banuelos-Whitcombe.
Attending: Dr. Niall Fairbrook-Ochoa, MD. Emergency contact: Marisol Banuelos (sister).
Relapse of schizophrenia after stopping oral risperidone. Paliperidone palmitate 234 mg given 05/28/2026;
second dose due about 06/25/2026 (156 mg). Discharged to sister's home.
""",
},
truth="""
# FICTIONAL TRUTH FILE - 02 - Medicare Advantage: 3-month paliperidone; plan counted three monthly doses of five (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Medicare Advantage HMO; **pre-service** organization determination of 11/19/2026 (reference RGA-OD-26-1119-55203)
  denied the 3-month paliperidone palmitate injection (546 mg) under internal criteria **MA-PB-LAI-2**, saying
  "only three monthly injections".
- The injection record shows **five** monthly doses before the request: 05/28 (234 mg, in hospital, part of the
  hospital's bill), 06/25 (156 mg, county clinic supply), 07/23, 08/20, 09/17 (156 mg); a sixth on 10/15 while
  pending - about five and a half months of monthly treatment by the 11/19 decision (criterion 2 asks for four).
  Last two: **156 mg and 156 mg**. The plan's three are true as far as they go
  (its own claims): a "leaves out" correction, not "the record shows otherwise".
- History: aripiprazole 15 mg ~4 weeks in 2018 - **akathisia, intolerance**; oral risperidone 4 mg 2019-05/2026 -
  **partial response**, then stopped by the patient and relapse; benztropine continuing (side-effect drug).
  BPRS 58 (05/20/2026) -> 22 (11/10/2026). Suicidality none.
- Author: the treating psychiatrist (a physician may request a pre-service reconsideration for the member).
- Deadline 01/23/2027 (65 days from the notice); a Part B drug standard reconsideration is decided in 7 days
  (422.590(c)); expedited 72 hours if a physician says so (none asked here).

## Deliberately unknown
- Whether Medicare has a coverage rule (NCD/LCD) for this drug that the internal criteria go beyond: not in the record.
- The reviewer is internal medicine; whether a psychiatrist reviewed the reconsideration is unknown.

## Traps
- Risperidone was a partial response and then non-adherence, not a failed adequate trial; aripiprazole was intolerance.
- Benztropine is not an antipsychotic; clozapine was never indicated (responding), never "failed".
- The sister and the hospital attending are other people in the records: no need to name them in the letter.
- Not a claim for care given: ask for the approval, never that a claim be paid.

## Arguments a strong letter makes
1. Criterion 2 is met: six monthly doses from 05/28/2026 (five before 10/15), the first two outside the plan's claims (hospital bill,
   county supply), with the injection record and the discharge summary.
2. Criterion 3 is met: 156 mg and 156 mg.
3. Internal criteria may only be applied within 42 CFR 422.101(b)(6); here they are met in any case.
4. Stable response (BPRS 58 to 22) and relapse after stopping oral medicine: continuity matters.

## What a letter must NOT say
- That the patient "failed" risperidone or aripiprazole as adequate trials; that clozapine failed.
- That the plan's count is false without saying why (its claims show three; the other two were paid elsewhere).
- Parity law, ERISA, external review under 147.136; a 60-day appeal window.
- Anything about suicidal ideation as a risk.
""",
answers=[
("Notice date", "Date of notice: 11/19/2026", "denial/organization-determination-2026-11-19.txt"),
("Reference number", "RGA-OD-26-1119-55203", "denial/organization-determination-2026-11-19.txt"),
("Internal criteria applied", "MA-PB-LAI-2", "denial/organization-determination-2026-11-19.txt"),
("Doses the plan counted", "only three monthly injections (07/23/2026, 08/20/2026, 09/17/2026)", "denial/organization-determination-2026-11-19.txt"),
("Reviewer's specialty", "internal medicine", "denial/organization-determination-2026-11-19.txt"),
("First dose, where given", "05/28/2026 paliperidone palmitate 234 mg, deltoid - given in hospital", "clinical/injection-record-2026.txt"),
("Second dose, where given", "06/25/2026 156 mg, deltoid - given at Dona Ana County Health Clinic", "clinical/injection-record-2026.txt"),
("Strength of the last two doses before the request", "156 mg and 156 mg (same strength)", "clinical/injection-record-2026.txt"),
("Aripiprazole outcome", "stopped after about 4 weeks for akathisia", "clinical/psychiatry-note-2026-11-10.txt"),
("Oral risperidone outcome", "partial response", "clinical/psychiatry-note-2026-11-10.txt"),
("BPRS on admission", "BPRS 58 on admission", "clinical/psychiatry-note-2026-11-10.txt"),
("BPRS on 11/10/2026", "Today BPRS 22", "clinical/psychiatry-note-2026-11-10.txt"),
("Why clozapine is not used", "not indicated (not treatment-resistant; responding)", "clinical/psychiatry-note-2026-11-10.txt"),
("Hospital stay dates", "Admitted 05/20/2026, discharged 06/02/2026", "other/hospital-discharge-summary-2026-06-02.txt"),
("Reconsideration window", "within 65 days of the date of this notice", "denial/organization-determination-2026-11-19.txt"),
("Dose requested", "546 mg", "denial/organization-determination-2026-11-19.txt"),
])
# ---------------------------------------------------------------------------------------------------- case 03
case(slug="medicaid-managed-care-age-11-methylphenidate-patch-pdl-two-stimulants-earlier-plan-paid-trial-amphetamine-tics-guanfacine-father-epsdt",
yaml="""
# FICTIONAL CASE (set 71, case 03) - every person, plan, provider, number and address is invented.
# Medicaid managed care, Michigan, member aged 11. Prior authorization for the non-preferred methylphenidate
# transdermal patch denied under PDL criteria ADHD-NP-4: "no methylphenidate product in pharmacy claims" and
# "amphetamine trial shorter than 30 days". The methylphenidate ER trial was paid by his earlier Medicaid plan
# (switched 01/01/2026); the amphetamine trial stopped at 14 days for worsening tics (intolerance, which the
# criteria accept). Guanfacine ER continues (not a stimulant). Father writes. EPSDT applies.
patient:
  name: Mateo Lindqvist-Arroyo
  salutation: Mateo
  date_of_birth: 2015-04-02
  member_id: FICT-GLM-88120457
  address: |-
    2207 Bretton Drive
    Kalamazoo, MI 49008
  phone: (269) 555-0119
insurer:
  name: Great Lakes Meridian Family Health Plan (FICTIONAL)
  appeals_address: |-
    Great Lakes Meridian - Member Appeals (FICTIONAL)
    PO Box 30418
    Lansing, MI 48909
  fax: (517) 555-0148
request: prior_authorization
claim:
  number: GLM-PA-26-1116-40977
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-16
  appeal_deadline: 2027-01-15
  deadline_basis: 60 days from the date of the notice of adverse benefit determination (42 CFR 438.402(c)(2)(ii))
  diagnosis_codes: [F90.2, F95.1]
  denial_reason: >-
    Preferred Drug List criteria ADHD-NP-4 not met. Members must try one preferred methylphenidate product and
    one preferred amphetamine product for at least 30 days each, unless not tolerated. Pharmacy claims show no
    methylphenidate product. The amphetamine trial lasted 14 days.
  denial_category: step_therapy
  action: none
  corrections:
    - said: Pharmacy claims show no methylphenidate product.
      record: >-
        Methylphenidate ER 27 mg daily was taken 09/08/2025-12/19/2025 (about 15 weeks), paid by his earlier
        Medicaid plan before he moved to this plan on 01/01/2026.
      file: [clinical/pediatrics-note-2026-10-20.txt, other/pharmacy-history-lakeshore-kids-2025.txt]
      page: 1
      leaves_out: true
treatment:
  name: Methylphenidate transdermal patch 20 mg/9 h, one patch each school day
  summary: >-
    Combined-type ADHD with tics: methylphenidate ER helped partly but cut his appetite and weight and he could
    not swallow it whole; amphetamine worsened his tics in two weeks. The patch can be taken off early.
  plan: >-
    One 20 mg patch at 7 am, removed by 4 pm on school days; teacher and parent Vanderbilt forms and weight at 4
    and 12 weeks; stop if tics worsen or weight falls below the 15th percentile.
clinical:
  history:
    - drug: methylphenidate ER
      dose: 27 mg daily
      start: 2025-09-08
      end: 2025-12-19
      kind: other
      adequate: true
      response: partial
      outcome: >-
        Partial response (teacher inattention items from 9 to 6 of 9); weight from the 38th to the 21st
        percentile; chewed the tablet, which must be swallowed whole. Paid by his earlier Medicaid plan.
      paid_outside: another plan
      evidence: {file: clinical/pediatrics-note-2026-10-20.txt, page: 1}
    - drug: mixed amphetamine salts ER
      dose: 10 mg daily (capsule opened on applesauce)
      start: 2026-02-03
      end: 2026-02-17
      kind: other
      adequate: false
      outcome: Stopped after 14 days for worsening motor tics (eye blinking, neck jerks); intolerance, not a failed adequate trial.
      evidence: {file: clinical/pediatrics-note-2026-10-20.txt, page: 1}
    - drug: guanfacine ER
      dose: 1 mg at bedtime
      start: 2026-03-10
      ongoing: true
      kind: other
      response: partial
      outcome: Non-stimulant added for tics and evening impulsivity; tics settled; inattention at school unchanged; continuing.
      evidence: {file: clinical/pediatrics-note-2026-10-20.txt, page: 1}
    - drug: melatonin
      dose: 2 mg at bedtime
      start: 2025-06
      ongoing: true
      kind: other
      outcome: For sleep onset; not an ADHD treatment.
  severity: Teacher Vanderbilt inattention 8 of 9 items and parent Vanderbilt 7 of 9 on October 20, 2026
  severity_date: 2026-10-20
  suicidality: none
  suicidality_date: 2026-10-20
  exclusions: No heart disease; blood pressure 104/66 and pulse 88 on 10/20/2026; no skin condition at patch sites
  treating_since: 2021-05
impact:
  daily_life: [Teacher reports he completes under half of classwork; two school detentions in October 2026]
payer_criteria:
  - criterion: "1. Trial of one preferred methylphenidate product for at least 30 days, unless not tolerated"
    how_met: Methylphenidate ER 27 mg, 09/08-12/19/2025 (about 15 weeks), partial response, weight loss; paid by his earlier Medicaid plan
    met: true
    evidence: {file: clinical/pediatrics-note-2026-10-20.txt, page: 1}
  - criterion: "2. Trial of one preferred amphetamine product for at least 30 days, unless not tolerated"
    how_met: Mixed amphetamine salts ER 10 mg, 02/03-02/17/2026, stopped for worsening tics (not tolerated)
    met: true
    evidence: {file: clinical/pediatrics-note-2026-10-20.txt, page: 1}
plan_policy:
  name: Michigan Medicaid Common Preferred Drug List criteria as applied by Great Lakes Meridian, ADHD-NP-4
  number: ADHD-NP-4
  quote: >-
    Non-preferred ADHD stimulants: the member must have tried one preferred methylphenidate product and one
    preferred amphetamine product for at least 30 days each, unless the product was not tolerated or is
    contraindicated.
  file: denial/notice-of-adverse-benefit-determination-2026-11-16.txt
author:
  name: Anders Lindqvist-Arroyo
  role: Father
  relation: parent
  address: |-
    2207 Bretton Drive
    Kalamazoo, MI 49008
  phone: (269) 555-0119
  email: anders.la@familymail.example
provider:
  name: Dr. Priya Osei-Lindgren
  credentials: MD, developmental-behavioral pediatrician
  npi: "1857252054"
  address: |-
    600 West Michigan Avenue
    Kalamazoo, MI 49007
  phone: (269) 555-0134
record_dates:
  - {file: clinical/pediatrics-note-2026-10-20.txt, date: 2026-10-20}
""",
docs={
"denial/notice-of-adverse-benefit-determination-2026-11-16.txt": """
GREAT LAKES MERIDIAN FAMILY HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date: 11/16/2026   Reference: GLM-PA-26-1116-40977
Member: Mateo Lindqvist-Arroyo   Member ID: FICT-GLM-88120457   Age: 11
Drug: methylphenidate transdermal patch 20 mg/9 h (non-preferred)   Prescriber: Dr. Priya Osei-Lindgren, MD

We denied this request. Preferred Drug List criteria ADHD-NP-4 not met. Members must try one preferred
methylphenidate product and one preferred amphetamine product for at least 30 days each, unless not tolerated.
Pharmacy claims show no methylphenidate product. The amphetamine trial lasted 14 days.
Criteria ADHD-NP-4: Non-preferred ADHD stimulants: the member must have tried one preferred methylphenidate
product and one preferred amphetamine product for at least 30 days each, unless the product was not tolerated
or is contraindicated.

Your rights: You may ask us for an appeal within 60 days of the date of this notice. After our appeal decision
you may ask for a State Fair Hearing. Great Lakes Meridian - Member Appeals (FICTIONAL), PO Box 30418, Lansing,
MI 48909; fax (517) 555-0148.
""",
"clinical/pediatrics-note-2026-10-20.txt": """
KALAMAZOO CHILD DEVELOPMENT CENTER (FICTIONAL) - DEVELOPMENTAL-BEHAVIORAL PEDIATRICS
Date: 10/20/2026   Patient: Mateo Lindqvist-Arroyo   DOB: 04/02/2015   Seen with: father, Anders
Clinician: Dr. Priya Osei-Lindgren, MD (NPI 1857252054), following since 05/2021
Diagnoses: ADHD, combined presentation; chronic motor tic disorder.
Medicine history:
- Methylphenidate ER 27 mg daily 09/08/2025-12/19/2025 (about 15 weeks; paid by his earlier Medicaid plan, Lakeshore
  Kids Health Plan (FICTIONAL), before he changed plans on 01/01/2026): partial response, teacher inattention
  items from 9 to 6 of 9; appetite poor, weight from the 38th to the 21st percentile; chewed the tablet, which
  must be swallowed whole. Stopped 12/19/2025.
- Mixed amphetamine salts ER 10 mg (capsule opened on applesauce) 02/03/2026-02/17/2026: worsening motor tics
  (eye blinking, neck jerks) by day 10. Stopped after 14 days - not tolerated.
- Guanfacine ER 1 mg at bedtime since 03/10/2026: tics settled, evening impulsivity better; school
  inattention unchanged. Continuing.
- Melatonin 2 mg at bedtime since 06/2025 for sleep onset.
Today: teacher Vanderbilt (Ms. Robyn Castellano-Hart, 5th grade) inattention 8 of 9; parent Vanderbilt 7 of 9.
BP 104/66, pulse 88. Weight 24th percentile. No heart disease. No suicidal thoughts.
Plan: methylphenidate transdermal patch 20 mg/9 h, on 7 am, off by 4 pm on school days, so appetite returns
for dinner. Continue guanfacine ER. Recheck in 4 weeks.
""",
"other/pharmacy-history-lakeshore-kids-2025.txt": """
LAKESHORE KIDS HEALTH PLAN (FICTIONAL) - MEMBER PHARMACY CLAIMS HISTORY (printed for the family 11/20/2026)
Member: Mateo Lindqvist-Arroyo   Coverage with this plan ended 12/31/2025
09/08/2025 methylphenidate ER 27 mg #30   paid
10/07/2025 methylphenidate ER 27 mg #30   paid
11/06/2025 methylphenidate ER 27 mg #30   paid
12/05/2025 methylphenidate ER 27 mg #30   paid
""",
},
truth="""
# FICTIONAL TRUTH FILE - 03 - Medicaid MCO, age 11: methylphenidate patch; earlier plan paid the methylphenidate trial (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Medicaid **managed care**, Michigan, member aged 11. Notice 11/16/2026 denied the methylphenidate patch under
  PDL criteria **ADHD-NP-4** (one preferred methylphenidate and one preferred amphetamine, 30 days each, **unless
  not tolerated or contraindicated**).
- **Methylphenidate ER 27 mg, 09/08-12/19/2025 (~15 weeks)**: partial response, weight 38th -> 21st percentile,
  chewed the tablet. Paid by his **earlier Medicaid plan** (Lakeshore Kids, ended 12/31/2025): the claims
  printout shows four fills. The notice's "no methylphenidate product" is true only of this plan's claims.
- **Amphetamine salts ER 10 mg, 02/03-02/17/2026 (14 days)**: stopped for worsening tics - **not tolerated**, which
  the criteria accept. Not a failed adequate trial.
- **Guanfacine ER 1 mg** since 03/10/2026, **continuing** (non-stimulant; tics settled; school inattention
  unchanged). Melatonin 2 mg is a sleep aid.
- Vanderbilt 10/20/2026: teacher 8/9, parent 7/9 inattention. No suicidal thoughts.
- Author: the father. Plan appeal within **60 days: 01/15/2027**; then a State Fair Hearing within 120 days of the
  plan's resolution notice (438.408(f)(2)). EPSDT (42 USC 1396d(r)(5)) applies: under 21.

## Deliberately unknown
- Whether the prescriber sent the Lakeshore history with the request: not in the record.
- The patch's place on the PDL beyond "non-preferred".

## Traps
- The amphetamine trial is intolerance, not a failure; 14 days is under 30 but the criteria excuse intolerance.
- Guanfacine is not a stimulant trial and is continuing - never "failed" or with an end date.
- The teacher is named in the note: the letter need not name her.
- Not a care-cut case: no continuation of benefits (action none).
- A parent of a child under 18 needs no authorization form.

## Arguments a strong letter makes
1. Criterion 1 met: 15 weeks of methylphenidate ER, paid by the earlier Medicaid plan (enclose its printout).
2. Criterion 2 met by intolerance (tics), which the criteria's own words accept.
3. EPSDT: medically necessary care to correct or ameliorate a condition must be covered for a member under 21.
4. Why the patch: pill-swallowing, appetite and weight, removable in the afternoon.

## What a letter must NOT say
- That Mateo "failed two stimulants" at adequate trials, or that guanfacine failed.
- ERISA, parity under 29 CFR 2590.712, external review under 147.136; "the state sets 90 to 120 days".
- Anything about suicidal ideation; a request to continue benefits during the appeal.
""",
answers=[
("Notice date", "Date: 11/16/2026", "denial/notice-of-adverse-benefit-determination-2026-11-16.txt"),
("Reference", "GLM-PA-26-1116-40977", "denial/notice-of-adverse-benefit-determination-2026-11-16.txt"),
("Criteria applied", "ADHD-NP-4", "denial/notice-of-adverse-benefit-determination-2026-11-16.txt"),
("What the notice says of methylphenidate", "Pharmacy claims show no methylphenidate product", "denial/notice-of-adverse-benefit-determination-2026-11-16.txt"),
("Exception in the criteria", "unless the product was not tolerated or is contraindicated", "denial/notice-of-adverse-benefit-determination-2026-11-16.txt"),
("Appeal window", "within 60 days of the date of this notice", "denial/notice-of-adverse-benefit-determination-2026-11-16.txt"),
("Methylphenidate ER trial dates", "09/08/2025-12/19/2025 (about 15 weeks", "clinical/pediatrics-note-2026-10-20.txt"),
("Who paid the methylphenidate ER", "paid by his earlier Medicaid plan", "clinical/pediatrics-note-2026-10-20.txt"),
("Weight change on methylphenidate ER", "weight from the 38th to the 21st percentile", "clinical/pediatrics-note-2026-10-20.txt"),
("Why amphetamine stopped", "Stopped after 14 days - not tolerated", "clinical/pediatrics-note-2026-10-20.txt"),
("Guanfacine start", "Guanfacine ER 1 mg at bedtime since 03/10/2026", "clinical/pediatrics-note-2026-10-20.txt"),
("Teacher Vanderbilt inattention", "inattention 8 of 9", "clinical/pediatrics-note-2026-10-20.txt"),
("Blood pressure and pulse", "BP 104/66, pulse 88", "clinical/pediatrics-note-2026-10-20.txt"),
("Patch schedule", "on 7 am, off by 4 pm on school days", "clinical/pediatrics-note-2026-10-20.txt"),
("Earlier plan coverage end", "Coverage with this plan ended 12/31/2025", "other/pharmacy-history-lakeshore-kids-2025.txt"),
("Plan appeal deadline", "2027-01-15", "case.yaml"),
])
# ---------------------------------------------------------------------------------------------------- case 04
case(slug="fehb-standard-option-naltrexone-er-injection-aud-oral-naltrexone-14-weeks-relapse-hep-c-antibody-negative-read-as-hepatitis-patient",
yaml="""
# FICTIONAL CASE (set 71, case 04) - every person, plan, provider, number and address is invented.
# FEHB Standard Option (federal employee), Virginia. Prior approval for monthly extended-release naltrexone
# injection (alcohol use disorder) denied: "no trial of oral naltrexone" and "hepatitis on the liver panel".
# The record: oral naltrexone 50 mg 03/02-06/05/2026 (about 14 weeks) with relapse; acamprosate stopped after 5
# weeks for diarrhea; disulfiram unsafe (cardiomyopathy). Hepatitis C antibody NEGATIVE; ALT 1.3 times normal.
# The patient writes ("I").
patient:
  name: Desmond Achterberg-Nwosu
  salutation: Mr. Achterberg-Nwosu
  date_of_birth: 1979-11-30
  member_id: FICT-FBA-R40551879
  address: |-
    1809 Tazewell Court
    Alexandria, VA 22308
  phone: (703) 555-0121
  email: d.achterberg@postbox.example
insurer:
  name: Federal Bluestone Association Benefit Plan, Standard Option (FICTIONAL)
  appeals_address: |-
    Federal Bluestone Association - Reconsiderations (FICTIONAL)
    PO Box 14460
    Washington, DC 20044
  fax: (202) 555-0159
request: prior_authorization
claim:
  number: FBA-PA-26-1112-08815
  plan_type: fehb
  notice_date: 2026-11-12
  appeal_deadline: 2027-05-12
  deadline_basis: 6 months from the date of the carrier's denial to ask it to reconsider (5 CFR 890.105(b)(1))
  diagnosis_codes: [F10.20]
  denial_reason: >-
    Prior approval denied under Clinical Policy RX-AUD-7. Criterion 1: the member has not tried oral naltrexone.
    Criterion 3: the liver panel of 11/05/2026 shows hepatitis; naltrexone is not approved with acute hepatitis.
  denial_category: medical_necessity
  action: none
  corrections:
    - said: the member has not tried oral naltrexone
      record: I took oral naltrexone 50 mg daily from 03/02/2026 to 06/05/2026 (about 14 weeks) and relapsed on it (12 heavy-drinking days in the last 30).
      file: clinical/addiction-medicine-note-2026-11-05.txt
      page: 1
    - said: the liver panel of 11/05/2026 shows hepatitis
      record: The 11/05/2026 panel shows hepatitis C antibody negative, hepatitis B surface antigen negative, ALT 58 U/L (1.3 times the upper limit) and AST 41 U/L; no hepatitis.
      file: clinical/lab-report-2026-11-05.txt
      page: 1
treatment:
  name: Naltrexone extended-release injectable suspension 380 mg, monthly
  summary: >-
    My severe alcohol use disorder relapsed on oral naltrexone when I missed doses; I could not tolerate
    acamprosate, and disulfiram is unsafe with my heart disease. A monthly injection removes the daily dose I miss.
  plan: Monthly 380 mg gluteal injection for 6 months with weekly counseling; liver panel at 3 months; stop if ALT exceeds 3 times the upper limit.
clinical:
  history:
    - drug: acamprosate
      dose: 666 mg three times daily
      start: 2025-08-11
      end: 2025-09-15
      kind: other
      adequate: false
      outcome: Stopped after 5 weeks for persistent diarrhea (intolerance).
      evidence: {file: clinical/addiction-medicine-note-2026-11-05.txt, page: 1}
    - drug: naltrexone (oral)
      dose: 50 mg daily
      start: 2026-03-02
      end: 2026-06-05
      kind: other
      adequate: true
      failed: true
      response: lost
      outcome: >-
        About 14 weeks; fewer heavy-drinking days at first, then missed doses (about half by pharmacy refill
        dates) and relapse: 12 heavy-drinking days in the last 30 (timeline follow-back).
      evidence: {file: clinical/addiction-medicine-note-2026-11-05.txt, page: 1}
    - drug: gabapentin
      dose: 300 mg at bedtime
      start: 2026-06-10
      ongoing: true
      kind: other
      outcome: For sleep after alcohol withdrawal; continuing; not counted as an alcohol use disorder trial.
    - drug: weekly group counseling
      start: 2025-08
      ongoing: true
      kind: psychotherapy
      outcome: Continuing; attendance 80%.
  severity: 12 heavy-drinking days in the last 30 and PEth 310 ng/mL on November 5, 2026
  severity_date: 2026-11-05
  suicidality: none
  suicidality_date: 2026-11-05
  exclusions: No opioid use (urine drug screen negative 11/05/2026); no acute hepatitis (hepatitis C antibody and hepatitis B surface antigen negative); ALT 58 U/L
alternatives:
  - treatment: disulfiram
    why_not: Cardiomyopathy with ejection fraction 40% (echocardiogram 04/2026); disulfiram is unsafe with it.
  - treatment: acamprosate
    why_not: Stopped after 5 weeks in 2025 for persistent diarrhea.
payer_criteria:
  - criterion: "1. Trial of oral naltrexone, or a reason it cannot be used"
    how_met: Oral naltrexone 50 mg 03/02-06/05/2026, relapse with missed doses
    met: true
    evidence: {file: clinical/addiction-medicine-note-2026-11-05.txt, page: 1}
  - criterion: "2. Enrolled in counseling or a recovery program"
    how_met: Weekly group counseling since 08/2025
    met: true
    evidence: {file: clinical/addiction-medicine-note-2026-11-05.txt, page: 1}
  - criterion: "3. No acute hepatitis or liver failure; no current opioid use"
    how_met: Hepatitis C antibody and B surface antigen negative; ALT 1.3 times normal; urine drug screen negative
    met: true
    evidence: {file: clinical/lab-report-2026-11-05.txt, page: 1}
plan_policy:
  name: Federal Bluestone Association Clinical Policy RX-AUD-7 (extended-release naltrexone)
  number: RX-AUD-7
  quote: >-
    Covered when: 1. the member has tried oral naltrexone or cannot use it; 2. the member is enrolled in
    counseling or a recovery program; 3. no acute hepatitis or liver failure and no current opioid use.
  file: denial/prior-approval-denial-2026-11-12.txt
author:
  name: Desmond Achterberg-Nwosu
  role: Patient
  relation: patient
  address: |-
    1809 Tazewell Court
    Alexandria, VA 22308
  phone: (703) 555-0121
  email: d.achterberg@postbox.example
provider:
  name: Dr. Helena Stavrou-Mbeki
  credentials: MD, addiction medicine
  npi: "1906932565"
  address: |-
    4600 King Street, Suite 3B
    Alexandria, VA 22302
  phone: (703) 555-0137
record_dates:
  - {file: clinical/addiction-medicine-note-2026-11-05.txt, date: 2026-11-05}
  - {file: clinical/lab-report-2026-11-05.txt, date: 2026-11-05}
""",
docs={
"denial/prior-approval-denial-2026-11-12.txt": """
FEDERAL BLUESTONE ASSOCIATION BENEFIT PLAN (FICTIONAL) - STANDARD OPTION - PRIOR APPROVAL DECISION
Date: 11/12/2026   Reference: FBA-PA-26-1112-08815
Member: Desmond Achterberg-Nwosu   Member ID: FICT-FBA-R40551879
Service: naltrexone extended-release injection 380 mg monthly   Prescriber: Dr. Helena Stavrou-Mbeki, MD

Decision: DENIED. Prior approval denied under Clinical Policy RX-AUD-7. Criterion 1: the member has not tried
oral naltrexone. Criterion 3: the liver panel of 11/05/2026 shows hepatitis; naltrexone is not approved with
acute hepatitis.
Clinical Policy RX-AUD-7: Covered when: 1. the member has tried oral naltrexone or cannot use it; 2. the member
is enrolled in counseling or a recovery program; 3. no acute hepatitis or liver failure and no current opioid use.

Disputed claims: you may ask us in writing to reconsider within 6 months of the date of this decision. If we
uphold it, you may ask the U.S. Office of Personnel Management to review it. Write to Federal Bluestone
Association - Reconsiderations (FICTIONAL), PO Box 14460, Washington, DC 20044, or fax (202) 555-0159.
""",
"clinical/addiction-medicine-note-2026-11-05.txt": """
POTOMAC RECOVERY MEDICINE (FICTIONAL) - ADDICTION MEDICINE VISIT
Date: 11/05/2026   Patient: Desmond Achterberg-Nwosu   Clinician: Dr. Helena Stavrou-Mbeki, MD (NPI 1906932565)
Diagnosis: alcohol use disorder, severe.
Treatment so far:
- Acamprosate 666 mg three times daily 08/11/2025-09/15/2025: persistent diarrhea; stopped after 5 weeks.
- Oral naltrexone 50 mg daily 03/02/2026-06/05/2026 (about 14 weeks): fewer heavy-drinking days in March, then
  missed doses (refills about every 60 days for a 30-day supply; his wife, Corinne, counted the blister packs)
  and relapse. Timeline follow-back: 12 heavy-drinking days in the last 30.
- Disulfiram: not used - cardiomyopathy, ejection fraction 40% on echocardiogram 04/2026.
- Gabapentin 300 mg at bedtime since 06/10/2026 for sleep; continuing.
- Weekly group counseling since 08/2025 (counselor Jerome Whitlock-Baptiste, LCADC); attendance 80%.
Today: PEth 310 ng/mL. Urine drug screen negative for opioids. No suicidal thoughts.
Plan: extended-release naltrexone 380 mg monthly; the injection removes the daily dose he misses.
""",
"clinical/lab-report-2026-11-05.txt": """
NORTHERN VIRGINIA REFERENCE LABORATORY (FICTIONAL) - RESULTS
Collected: 11/05/2026   Patient: Desmond Achterberg-Nwosu   Ordering: Dr. Helena Stavrou-Mbeki, MD
ALT 58 U/L (reference 7-45)   AST 41 U/L (reference 8-40)   Bilirubin 0.8 mg/dL (normal)
Hepatitis C antibody: NEGATIVE   Hepatitis B surface antigen: NEGATIVE
Phosphatidylethanol (PEth): 310 ng/mL
Comment: mild ALT rise, 1.3 times the upper limit; no serologic evidence of viral hepatitis.
""",
},
truth="""
# FICTIONAL TRUTH FILE - 04 - FEHB: naltrexone ER injection; oral trial missed, negative hepatitis panel read as hepatitis (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- FEHB Standard Option carrier; prior approval decision of **11/12/2026** denied extended-release naltrexone
  380 mg monthly under **RX-AUD-7**, criteria 1 ("has not tried oral naltrexone") and 3 ("liver panel ... shows
  hepatitis").
- **Oral naltrexone 50 mg, 03/02-06/05/2026 (~14 weeks)**: early benefit, then missed doses and relapse (12 heavy-
  drinking days in 30). Counts as a trial; the notice is simply wrong.
- **Acamprosate** 08/11-09/15/2025: stopped for diarrhea (intolerance). **Disulfiram** not used: cardiomyopathy,
  EF 40%. **Gabapentin** 300 mg at bedtime is a sleep aid, continuing. Group counseling since 08/2025, continuing.
- Labs 11/05/2026: **hepatitis C antibody NEGATIVE, hepatitis B surface antigen NEGATIVE**, ALT 58 (1.3x ULN), AST 41,
  bilirubin normal; PEth 310; opioid screen negative.
- The patient writes. Reconsideration within **6 months: 05/12/2027** (5 CFR 890.105(b)(1)); then OPM review within
  90 days of the carrier's decision.

## Deliberately unknown
- The carrier's decision time for a pre-service reconsideration beyond 5 CFR 890.105: not quoted from the brochure.
- Whether the wife or the counselor will write: not in the record.

## Traps
- The ALT rise is real: say mild (1.3 times), never "normal liver tests".
- Acamprosate was intolerance, not failure; gabapentin is not an AUD trial; disulfiram was never taken.
- The wife and the counselor are named in the note; a letter need not name them.
- FEHB: no ERISA, no external review under 147.136, no parity under 29 CFR 2590.712 cited as a member's right.
- Voice: "I" throughout (the patient signs).

## Arguments a strong letter makes
1. Criterion 1 met: 14 weeks of oral naltrexone with relapse; the injection answers the missed doses.
2. Criterion 3 met: no hepatitis - both viral serologies negative, ALT only 1.3x, far under the 3x stop rule.
3. Criterion 2 met: weekly counseling. Disulfiram unsafe, acamprosate not tolerated.
4. Ask the carrier to reconsider and approve; name OPM review as the next step.

## What a letter must NOT say
- "I have never tried oral naltrexone" or "my liver tests are normal".
- "Mr. Achterberg-Nwosu has ..." (third person about the signer).
- 29 CFR 2560.503-1, 45 CFR 147.136, a 180-day window.
""",
answers=[
("Decision date", "Date: 11/12/2026", "denial/prior-approval-denial-2026-11-12.txt"),
("Reference", "FBA-PA-26-1112-08815", "denial/prior-approval-denial-2026-11-12.txt"),
("Policy applied", "Clinical Policy RX-AUD-7", "denial/prior-approval-denial-2026-11-12.txt"),
("What the notice says about liver tests", "the liver panel of 11/05/2026 shows hepatitis", "denial/prior-approval-denial-2026-11-12.txt"),
("Reconsideration window", "within 6 months of the date of this decision", "denial/prior-approval-denial-2026-11-12.txt"),
("Oral naltrexone dates", "Oral naltrexone 50 mg daily 03/02/2026-06/05/2026 (about 14 weeks)", "clinical/addiction-medicine-note-2026-11-05.txt"),
("Heavy-drinking days", "12 heavy-drinking days in the last 30", "clinical/addiction-medicine-note-2026-11-05.txt"),
("Acamprosate outcome", "persistent diarrhea; stopped after 5 weeks", "clinical/addiction-medicine-note-2026-11-05.txt"),
("Why disulfiram is not used", "cardiomyopathy, ejection fraction 40%", "clinical/addiction-medicine-note-2026-11-05.txt"),
("Gabapentin purpose", "Gabapentin 300 mg at bedtime since 06/10/2026 for sleep", "clinical/addiction-medicine-note-2026-11-05.txt"),
("Counseling", "Weekly group counseling since 08/2025", "clinical/addiction-medicine-note-2026-11-05.txt"),
("Hepatitis C antibody", "Hepatitis C antibody: NEGATIVE", "clinical/lab-report-2026-11-05.txt"),
("Hepatitis B surface antigen", "Hepatitis B surface antigen: NEGATIVE", "clinical/lab-report-2026-11-05.txt"),
("ALT", "ALT 58 U/L (reference 7-45)", "clinical/lab-report-2026-11-05.txt"),
("PEth", "Phosphatidylethanol (PEth): 310 ng/mL", "clinical/lab-report-2026-11-05.txt"),
("Reconsideration deadline", "2027-05-12", "case.yaml"),
])
# ---------------------------------------------------------------------------------------------------- case 05
case(slug="tricare-select-lumateperone-bipolar-ii-depression-quetiapine-earlier-episode-response-stopped-for-diabetes-lurasidone-failed-lamotrigine-ongoing-advocate",
yaml="""
# FICTIONAL CASE (set 71, case 05) - every person, plan, provider, number and address is invented.
# TRICARE Select, retired sponsor aged 56, North Carolina. Pharmacy prior authorization for lumateperone 42 mg
# (bipolar II depression) denied under PA-BPD-11: "quetiapine not tried; lamotrigine not tried". The record:
# quetiapine 300 mg in the 2024 episode WORKED but brought on type 2 diabetes (A1c 5.6 -> 6.7) and was stopped
# (a response, then a contraindication: not a failure); lurasidone 60 mg 8 weeks 2025 no response (adequate,
# failed); lamotrigine 200 mg since 2022 continues (partial). An advocate writes with his authorization.
patient:
  name: Wendell Okafor-Lindstrom
  salutation: Mr. Okafor-Lindstrom
  date_of_birth: 1970-05-14
  member_id: FICT-DBN-1120448756
  address: |-
    318 Piney Ridge Road
    Fayetteville, NC 28311
  phone: (910) 555-0116
insurer:
  name: TRICARE Pharmacy Program, administered by Coastal Federal Pharmacy Services (FICTIONAL)
  appeals_address: |-
    Coastal Federal Pharmacy Services - TRICARE Appeals (FICTIONAL)
    PO Box 52208
    Raleigh, NC 27612
  fax: 1-866-555-0173
request: prior_authorization
claim:
  number: TPP-PA-26-1118-61540
  plan_type: tricare
  notice_date: 2026-11-18
  appeal_deadline: 2027-02-16
  deadline_basis: 90 days from the date of the notice, as the notice states
  diagnosis_codes: [F31.81]
  denial_reason: >-
    Prior authorization criteria PA-BPD-11 not met: the patient must have tried quetiapine and lamotrigine, or
    have a contraindication to them. No quetiapine or lamotrigine claim was found in the last 365 days.
  denial_category: step_therapy
  action: none
  corrections:
    - said: No quetiapine or lamotrigine claim was found in the last 365 days.
      record: >-
        Lamotrigine 200 mg daily has been taken without a break since 2022 (90-day supplies from the military
        treatment facility pharmacy, which do not appear as retail claims). Quetiapine 300 mg was taken in
        04-10/2024 and stopped when type 2 diabetes was diagnosed (A1c 6.7).
      file: clinical/psychiatry-note-2026-11-03.txt
      page: 1
      leaves_out: true
treatment:
  name: Lumateperone 42 mg capsules, one at bedtime
  summary: >-
    Bipolar II depression, MADRS 30, on lamotrigine 200 mg; lurasidone failed after 8 weeks and quetiapine,
    which helped in 2024, brought on diabetes and cannot be restarted.
  plan: Lumateperone 42 mg at bedtime added to lamotrigine 200 mg; MADRS at 4 and 8 weeks; A1c and lipids at 12 weeks; stop if MADRS has not fallen 30% by 8 weeks.
  alongside: lamotrigine 200 mg daily
clinical:
  history:
    - drug: lamotrigine
      dose: 200 mg daily
      start: 2022-02
      ongoing: true
      kind: augmentation
      response: partial
      outcome: Mood stabilizer; fewer hypomanic and depressive episodes since 2022; continuing. Filled at the military treatment facility pharmacy.
      paid_outside: military treatment facility pharmacy
      evidence: {file: clinical/psychiatry-note-2026-11-03.txt, page: 1}
    - drug: quetiapine
      dose: 300 mg at bedtime
      start: 2024-04
      end: 2024-10
      kind: augmentation
      response: response
      failed: false
      outcome: >-
        Response in the 2024 episode (MADRS 31 to 12); stopped in 10/2024 when A1c rose from 5.6 to 6.7 (type 2
        diabetes); not to be restarted.
      evidence: {file: clinical/psychiatry-note-2026-11-03.txt, page: 1}
    - drug: lurasidone
      dose: 60 mg with dinner
      start: 2025-09-08
      end: 2025-11-03
      kind: augmentation
      adequate: true
      failed: true
      response: none
      outcome: 8 weeks at 60 mg; MADRS 29 to 28; no response.
      evidence: {file: clinical/psychiatry-note-2026-11-03.txt, page: 1}
    - drug: trazodone
      dose: 50 mg at bedtime
      start: 2025-11
      ongoing: true
      kind: other
      outcome: Sleep dose; not an antidepressant trial.
  severity: MADRS 30 on November 3, 2026
  severity_date: 2026-11-03
  suicidality: passive
  suicidality_date: 2026-11-03
  episode_onset: 2025-08
  exclusions: A1c 5.9% on metformin (10/2026); no QTc prolongation (412 ms)
impact:
  work: [Stopped his part-time contract work in September 2026]
payer_criteria:
  - criterion: "1. Trial of lamotrigine, or a contraindication"
    how_met: Lamotrigine 200 mg daily since 2022, continuing
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-03.txt, page: 1}
  - criterion: "2. Trial of quetiapine, or a contraindication"
    how_met: Quetiapine 300 mg 04-10/2024, stopped for new type 2 diabetes; not to be restarted
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-03.txt, page: 1}
plan_policy:
  name: TRICARE Pharmacy Program prior authorization criteria PA-BPD-11 (lumateperone)
  number: PA-BPD-11
  quote: >-
    Lumateperone for bipolar depression: 1. trial of lamotrigine, or a contraindication; 2. trial of quetiapine,
    or a contraindication. Claims history of the last 365 days is reviewed.
  file: denial/pharmacy-pa-denial-2026-11-18.txt
author:
  name: Gloria Pennington-Adu
  role: Patient advocate, Cape Fear Military Family Advocates (FICTIONAL)
  relation: representative
  authorization: other/authorization-to-represent.txt
  address: |-
    225 Green Street, Suite 6
    Fayetteville, NC 28301
  phone: (910) 555-0144
  email: gpennington@capefearmfa.example
provider:
  name: Dr. Samuel Achebe-Ravenscroft
  credentials: MD, psychiatrist
  npi: "1710392238"
  address: |-
    1400 Skibo Road
    Fayetteville, NC 28303
  phone: (910) 555-0129
record_dates:
  - {file: clinical/psychiatry-note-2026-11-03.txt, date: 2026-11-03}
""",
docs={
"denial/pharmacy-pa-denial-2026-11-18.txt": """
TRICARE PHARMACY PROGRAM - COASTAL FEDERAL PHARMACY SERVICES (FICTIONAL) - PRIOR AUTHORIZATION DENIED
Date: 11/18/2026   Case: TPP-PA-26-1118-61540
Beneficiary: Wendell Okafor-Lindstrom   DBN: FICT-DBN-1120448756   Sponsor status: retired
Drug: lumateperone 42 mg capsule   Prescriber: Dr. Samuel Achebe-Ravenscroft, MD

Prior authorization criteria PA-BPD-11 not met: the patient must have tried quetiapine and lamotrigine, or
have a contraindication to them. No quetiapine or lamotrigine claim was found in the last 365 days.
PA-BPD-11: Lumateperone for bipolar depression: 1. trial of lamotrigine, or a contraindication; 2. trial of
quetiapine, or a contraindication. Claims history of the last 365 days is reviewed.

Appeal: you or your prescriber may request reconsideration within 90 days of the date of this notice.
Coastal Federal Pharmacy Services - TRICARE Appeals (FICTIONAL), PO Box 52208, Raleigh, NC 27612;
fax 1-866-555-0173.
""",
"clinical/psychiatry-note-2026-11-03.txt": """
SANDHILLS PSYCHIATRY ASSOCIATES (FICTIONAL) - PSYCHIATRIC FOLLOW-UP
Date: 11/03/2026   Patient: Wendell Okafor-Lindstrom   Clinician: Dr. Samuel Achebe-Ravenscroft, MD (NPI 1710392238)
Diagnosis: bipolar II disorder, current episode depressed (since 08/2025).
Medicines:
- Lamotrigine 200 mg daily since 02/2022, continuing (90-day supplies from the military treatment facility
  pharmacy). Fewer episodes since; partial protection.
- Quetiapine 300 mg at bedtime 04/2024-10/2024 in the last episode: response (MADRS 31 to 12). Stopped 10/2024
  when A1c rose from 5.6 to 6.7 - type 2 diabetes diagnosed by his primary care physician, Dr. Ama Kessington.
  Not to be restarted.
- Lurasidone 60 mg with dinner 09/08/2025-11/03/2025: 8 weeks; MADRS 29 to 28. No response.
- Trazodone 50 mg at bedtime since 11/2025 for sleep.
Today: MADRS 30. Passive wish not to wake up; no plan or intent; safety plan reviewed with his wife, Lorraine.
A1c 5.9% on metformin (10/2026). QTc 412 ms.
Plan: add lumateperone 42 mg at bedtime to lamotrigine 200 mg.
""",
"other/authorization-to-represent.txt": """
AUTHORIZATION TO REPRESENT (FICTIONAL)
I, Wendell Okafor-Lindstrom, authorize Gloria Pennington-Adu of Cape Fear Military Family Advocates (FICTIONAL)
to represent me in my TRICARE pharmacy appeal and to receive my health information for it.
Signed: Wendell Okafor-Lindstrom, 11/24/2026.
""",
},
truth="""
# FICTIONAL TRUTH FILE - 05 - TRICARE pharmacy: lumateperone; quetiapine worked then caused diabetes; lamotrigine ongoing (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- TRICARE Select, retired sponsor (56). Pharmacy PA for **lumateperone 42 mg** denied 11/18/2026 under **PA-BPD-11**:
  "No quetiapine or lamotrigine claim ... in the last 365 days".
- **Lamotrigine 200 mg since 02/2022, continuing**, filled at the military treatment facility pharmacy (no retail
  claims): criterion 1 met by a trial that is still going on. It is a mood stabilizer, not an antidepressant.
- **Quetiapine 300 mg, 04-10/2024: it WORKED** (MADRS 31 -> 12) in the earlier episode, then **type 2 diabetes**
  (A1c 5.6 -> 6.7) - stopped, not to be restarted: criterion 2 met by contraindication. Never "failed".
- **Lurasidone 60 mg, 09/08-11/03/2025 (8 weeks): no response** (29 -> 28): adequate, failed.
- Trazodone 50 mg is a sleep dose. MADRS 30 on 11/03/2026; **passive** death wish, no plan or intent.
- Author: an advocate with a signed authorization (11/24/2026). Reconsideration within 90 days: **02/16/2027**.

## Deliberately unknown
- Whether the plan's 365-day look-back counts military pharmacy fills: its terms speak only of claims history.
- Who reviewed the request (no reviewer named).

## Traps
- Do not call quetiapine a failed trial; do not say the patient "did not respond" to it.
- Lamotrigine is continuing: no end date; it does not count as an antidepressant trial.
- Suicidality is passive: not "active suicidal ideation", not a label indication argument.
- The wife and the primary care physician are named in the note: no need to name them.
- TRICARE: no ERISA, no 147.136 external review, no parity rule as a member's right.

## Arguments a strong letter makes
1. Both criteria are met on the record: lamotrigine continuing since 2022 (fills the claims system does not see),
   quetiapine contraindicated by the diabetes it caused, with dates and A1c values.
2. Lurasidone, another option in the class, failed after 8 weeks.
3. Severity: MADRS 30 with passive death wish; stopped work.
4. Ask that the PA be approved; name the next level (TRICARE's further review) if upheld.

## What a letter must NOT say
- "Failed quetiapine", "quetiapine was ineffective", "lamotrigine was stopped".
- Active suicidal ideation; "Mr. Okafor-Lindstrom and I" as if the advocate were the patient.
- A 180-day or 60-day window; 29 CFR 2560.503-1.
""",
answers=[
("Notice date", "Date: 11/18/2026", "denial/pharmacy-pa-denial-2026-11-18.txt"),
("Case number", "TPP-PA-26-1118-61540", "denial/pharmacy-pa-denial-2026-11-18.txt"),
("Criteria", "PA-BPD-11", "denial/pharmacy-pa-denial-2026-11-18.txt"),
("Look-back", "Claims history of the last 365 days is reviewed", "denial/pharmacy-pa-denial-2026-11-18.txt"),
("Appeal window", "within 90 days of the date of this notice", "denial/pharmacy-pa-denial-2026-11-18.txt"),
("Where lamotrigine is filled", "90-day supplies from the military treatment facility pharmacy", "clinical/psychiatry-note-2026-11-03.txt"),
("Lamotrigine start", "Lamotrigine 200 mg daily since 02/2022, continuing", "clinical/psychiatry-note-2026-11-03.txt"),
("Quetiapine response", "response (MADRS 31 to 12)", "clinical/psychiatry-note-2026-11-03.txt"),
("Why quetiapine stopped", "A1c rose from 5.6 to 6.7 - type 2 diabetes", "clinical/psychiatry-note-2026-11-03.txt"),
("Lurasidone trial", "Lurasidone 60 mg with dinner 09/08/2025-11/03/2025: 8 weeks; MADRS 29 to 28", "clinical/psychiatry-note-2026-11-03.txt"),
("Trazodone purpose", "Trazodone 50 mg at bedtime since 11/2025 for sleep", "clinical/psychiatry-note-2026-11-03.txt"),
("Current MADRS", "Today: MADRS 30", "clinical/psychiatry-note-2026-11-03.txt"),
("Suicidality", "Passive wish not to wake up; no plan or intent", "clinical/psychiatry-note-2026-11-03.txt"),
("Current A1c", "A1c 5.9% on metformin", "clinical/psychiatry-note-2026-11-03.txt"),
("Authorization date", "Signed: Wendell Okafor-Lindstrom, 11/24/2026", "other/authorization-to-represent.txt"),
("Reconsideration deadline", "2027-02-16", "case.yaml"),
])
# ---------------------------------------------------------------------------------------------------- case 06
case(slug="marketplace-silver-ect-for-catatonia-lorazepam-partial-response-read-as-not-tried-intake-misstated-earlier-episode-ect-remission-psychiatrist",
yaml="""
# FICTIONAL CASE (set 71, case 06) - every person, plan, provider, number and address is invented.
# Marketplace silver plan (individual, insured), Oregon. Eight ECT treatments for catatonia (11/02-11/23/2026,
# during a covered hospital stay) denied after the fact under MP-ECT-6: "no trial of a benzodiazepine" and
# "eating and drinking independently". The record: lorazepam up to 8 mg/day from 10/27 (BFCRS 21 -> 14, then no
# further gain); oral intake about 25% of meals, 4.1 kg lost, IV fluids. ECT brought remission in 2023.
# The treating psychiatrist writes with the patient's consent.
patient:
  name: Anneliese Morrow-Tafari
  salutation: Ms. Morrow-Tafari
  date_of_birth: 1994-01-19
  member_id: FICT-CSH-20985514
  address: |-
    7730 SE Division Street, Apt 4
    Portland, OR 97206
  phone: (503) 555-0117
insurer:
  name: Cascade Summit Health Plans, Silver 3500 (FICTIONAL)
  appeals_address: |-
    Cascade Summit Health Plans - Appeals (FICTIONAL)
    PO Box 4417
    Portland, OR 97208
  fax: (503) 555-0153
claim:
  number: CSH-26-1102-93318
  plan_type: individual_aca
  notice_date: 2026-11-25
  appeal_deadline: 2027-05-24
  deadline_basis: >-
    180 days after receipt of the notice (45 CFR 147.136(b)(3)); counted from the notice date of 11/25/2026,
    the safer date, 05/24/2027
  service_dates: [2026-11-02, 2026-11-23]
  sessions: 8
  procedure_codes: ["90870"]
  diagnosis_codes: [F06.1, F20.9]
  denial_reason: >-
    Not medically necessary under Medical Policy MP-ECT-6. Criterion 2: no trial of a benzodiazepine is
    documented. Criterion 3: the member is eating and drinking independently; the catatonia is not
    life-threatening.
  denial_category: medical_necessity
  action: none
  reviewer: {name: Dr. Colin Ashdown-Rive, specialty: family medicine}
  corrections:
    - said: no trial of a benzodiazepine is documented
      record: Lorazepam from 10/27/2026, raised to 8 mg a day by 10/29; BFCRS 21 to 14 by 10/31, no further gain through 11/01.
      file: clinical/hospital-psychiatry-notes-2026-10-26-to-11-24.txt
      page: 1
    - said: the member is eating and drinking independently
      record: Oral intake about 25% of meals, 4.1 kg lost since admission, IV fluids started 11/01/2026 for dehydration.
      file: clinical/hospital-psychiatry-notes-2026-10-26-to-11-24.txt
      page: 1
treatment:
  name: Electroconvulsive therapy for catatonia, 8 treatments
  summary: >-
    Catatonia with schizophrenia, refusing food and fluids, after a partial, plateaued response to lorazepam 8 mg
    a day; ECT brought remission in the 2023 episode.
  plan: ECT three times a week, bilateral; BFCRS before each treatment; stop at remission or after 12 treatments.
clinical:
  history:
    - drug: lorazepam
      dose: 2 mg three times daily, raised to 8 mg a day
      start: 2026-10-27
      ongoing: true
      kind: other
      response: partial
      outcome: BFCRS 21 to 14 by 10/31/2026, no further gain; continued during ECT and tapered after.
      evidence: {file: clinical/hospital-psychiatry-notes-2026-10-26-to-11-24.txt, page: 1}
    - drug: risperidone
      dose: 4 mg daily
      start: 2024-02
      end: 2026-10-26
      kind: other
      outcome: Antipsychotic held on admission because it can worsen catatonia; restarted 11/20/2026 at 2 mg.
      evidence: {file: clinical/hospital-psychiatry-notes-2026-10-26-to-11-24.txt, page: 1}
    - drug: ECT (2023 episode)
      start: 2023-03
      end: 2023-04
      kind: neuromodulation
      sessions: 9
      response: remission
      outcome: Catatonia remitted after 9 treatments.
      evidence: {file: other/ect-summary-2023.txt, page: 1}
  severity: BFCRS 14 on November 1, 2026 (21 on October 26); 4.1 kg weight loss; IV fluids
  severity_date: 2026-11-01
  suicidality: none
  suicidality_date: 2026-11-01
  response: BFCRS 14 on 11/01/2026 before ECT; 3 on 11/23/2026 after 8 treatments; eating all meals
  response_level: remission
  exclusions: No raised intracranial pressure; no recent heart attack; anesthesia cleared 11/01/2026
impact:
  hospitalizations: [Hospital stay 10/26/2026-11/24/2026]
payer_criteria:
  - criterion: "1. Catatonia diagnosed by a standard rating scale"
    how_met: BFCRS 21 on admission
    met: true
    evidence: {file: clinical/hospital-psychiatry-notes-2026-10-26-to-11-24.txt, page: 1}
  - criterion: "2. Failure of, or partial response to, a benzodiazepine trial of at least 72 hours"
    how_met: Lorazepam from 10/27 (8 mg/day by 10/29), partial response that stopped improving by 10/31
    met: true
    evidence: {file: clinical/hospital-psychiatry-notes-2026-10-26-to-11-24.txt, page: 1}
  - criterion: "3. Or: catatonia that threatens life (refusal of food or fluids, dehydration, autonomic instability)"
    how_met: Intake about 25%, 4.1 kg lost, IV fluids from 11/01
    met: true
    instead_of: 2
    evidence: {file: clinical/hospital-psychiatry-notes-2026-10-26-to-11-24.txt, page: 1}
plan_policy:
  name: Cascade Summit Medical Policy MP-ECT-6 (electroconvulsive therapy)
  number: MP-ECT-6
  quote: >-
    ECT for catatonia is medically necessary when: 1. catatonia is diagnosed by a standard rating scale; and 2.
    there was failure of, or partial response to, a benzodiazepine trial of at least 72 hours; or 3. the
    catatonia threatens life (refusal of food or fluids, dehydration, autonomic instability), in which case ECT
    may start without criterion 2.
  file: denial/eob-denial-2026-11-25.txt
author:
  name: Dr. Jonas Ellery-Mwangi
  role: Treating psychiatrist
  relation: physician
  authorization: other/patient-consent-2026-12-01.txt
  address: |-
    Willamette Valley Hospital Psychiatry (FICTIONAL)
    2801 N Gantenbein Avenue
    Portland, OR 97227
  phone: (503) 555-0138
provider:
  name: Dr. Jonas Ellery-Mwangi
  credentials: MD, psychiatrist
  npi: "1854904533"
  address: |-
    2801 N Gantenbein Avenue
    Portland, OR 97227
  phone: (503) 555-0138
record_dates:
  - {file: clinical/hospital-psychiatry-notes-2026-10-26-to-11-24.txt, date: 2026-11-24}
  - {file: other/ect-summary-2023.txt, date: 2023-04-28}
""",
docs={
"denial/eob-denial-2026-11-25.txt": """
CASCADE SUMMIT HEALTH PLANS (FICTIONAL) - EXPLANATION OF BENEFITS AND NOTICE OF ADVERSE BENEFIT DETERMINATION
Date: 11/25/2026   Claim: CSH-26-1102-93318   Plan: Silver 3500 (Marketplace)
Member: Anneliese Morrow-Tafari   Member ID: FICT-CSH-20985514
Service: 90870 x 8, dates 11/02/2026 through 11/23/2026   Diagnosis: F06.1, F20.9
Billed $7,200.00   Paid $0.00   CARC CO-50
Reason: Not medically necessary under Medical Policy MP-ECT-6. Criterion 2: no trial of a benzodiazepine is
documented. Criterion 3: the member is eating and drinking independently; the catatonia is not life-threatening.
MP-ECT-6: ECT for catatonia is medically necessary when: 1. catatonia is diagnosed by a standard rating scale;
and 2. there was failure of, or partial response to, a benzodiazepine trial of at least 72 hours; or 3. the
catatonia threatens life (refusal of food or fluids, dehydration, autonomic instability), in which case ECT may
start without criterion 2.
Reviewer: Dr. Colin Ashdown-Rive, MD, family medicine.
You may appeal within 180 days of receiving this notice. After our final decision you may ask for an external
review. Cascade Summit Health Plans - Appeals (FICTIONAL), PO Box 4417, Portland, OR 97208; fax (503) 555-0153.
""",
"clinical/hospital-psychiatry-notes-2026-10-26-to-11-24.txt": """
WILLAMETTE VALLEY HOSPITAL (FICTIONAL) - INPATIENT PSYCHIATRY, SUMMARY OF NOTES 10/26/2026-11/24/2026
Patient: Anneliese Morrow-Tafari   Attending: Dr. Jonas Ellery-Mwangi, MD (NPI 1854904533)
10/26: admitted, mute, posturing, staring. BFCRS 21. Risperidone 4 mg held (can worsen catatonia). Brought in by
       her mother, Beatrix Morrow.
10/27: lorazepam 2 mg three times daily.  10/29: lorazepam 8 mg a day.
10/31: BFCRS 14: speaks a few words, still posturing. No further gain through 11/01.
11/01: oral intake about 25% of meals; 4.1 kg lost since admission; IV fluids started for dehydration.
       Anesthesia clearance for ECT (Dr. Renata Vollmer-Idowu, anesthesiology).
11/02-11/23: ECT x 8, bilateral. Lorazepam continued, then tapered.
11/20: risperidone restarted at 2 mg.  11/23: BFCRS 3; eating all meals.  11/24: discharged.
No suicidal statements at any point.
""",
"other/ect-summary-2023.txt": """
WILLAMETTE VALLEY HOSPITAL (FICTIONAL) - ECT COURSE SUMMARY
Date: 04/28/2023   Patient: Anneliese Morrow-Tafari
Indication: catatonia with schizophrenia. 9 bilateral treatments 03/2023-04/2023. Catatonia remitted (BFCRS
18 to 0). No lasting cognitive complaints at 4 weeks.
""",
"other/patient-consent-2026-12-01.txt": """
PATIENT CONSENT (FICTIONAL)
I, Anneliese Morrow-Tafari, agree that Dr. Jonas Ellery-Mwangi may appeal the denial of my ECT claim for me and
share my records with Cascade Summit Health Plans for it.
Signed: Anneliese Morrow-Tafari, 12/01/2026.
""",
},
truth="""
# FICTIONAL TRUTH FILE - 06 - Marketplace: ECT for catatonia; lorazepam partial response called "not tried"; intake misstated (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Marketplace silver plan (individual, `individual_aca`). EOB/notice **11/25/2026** denied **8 ECT treatments
  (90870), 11/02-11/23/2026**, CO-50, under **MP-ECT-6** criteria 2 and 3. Reviewer: family medicine.
- **Lorazepam** from 10/27 (8 mg/day by 10/29): **partial response** BFCRS 21 -> 14 by 10/31, then no gain. The
  policy's criterion 2 accepts "partial response to ... at least 72 hours": met (more than 72 hours).
- **Intake about 25%, 4.1 kg lost, IV fluids 11/01**: criterion 3 (life-threatening) is met too, and lets ECT start
  without criterion 2 (`instead_of: 2`).
- Risperidone held on admission (can worsen catatonia), restarted 11/20 at 2 mg. **2023 ECT: remission** after 9.
- Outcome: BFCRS 3 on 11/23, eating all meals; discharged 11/24. Suicidality none.
- Author: the treating psychiatrist with the patient's consent (12/01/2026). Appeal **180 days from receipt**;
  conservative from the notice date: 05/24/2027. Then external review (45 CFR 147.136).

## Deliberately unknown
- Whether the plan has a second internal level; the day the notice was received.
- The hospital stay itself was paid (not in this claim): no statement about it beyond the record.

## Traps
- Lorazepam is not an antidepressant or "failed trial" of depression; it was a partial response and continued.
- Risperidone was held for catatonia, not failed.
- The mother and the anesthesiologist are named in the notes; a letter need not name them.
- Care is over: no continuation request, no "remaining course".

## Arguments a strong letter makes
1. Criterion 2 met: lorazepam > 72 hours, partial response that plateaued - the policy's own words.
2. Criterion 3 met on its own: intake 25%, weight loss, IV fluids - and it replaces criterion 2.
3. Earlier-episode remission with ECT (2023); this course: BFCRS 14 -> 3.
4. Reviewer was family medicine: ask for a psychiatrist on appeal; external review after.

## What a letter must NOT say
- "No benzodiazepine was tried", "failed antidepressant trials", or that lorazepam failed completely.
- ERISA-only rights as law for this plan (29 CFR 2560.503-1 duties); parity claims about an individual plan as
  if ERISA; suicidal ideation.
""",
answers=[
("Notice date", "Date: 11/25/2026", "denial/eob-denial-2026-11-25.txt"),
("Claim number", "CSH-26-1102-93318", "denial/eob-denial-2026-11-25.txt"),
("Service and dates", "90870 x 8, dates 11/02/2026 through 11/23/2026", "denial/eob-denial-2026-11-25.txt"),
("Policy", "Medical Policy MP-ECT-6", "denial/eob-denial-2026-11-25.txt"),
("Reviewer specialty", "family medicine", "denial/eob-denial-2026-11-25.txt"),
("Appeal window", "within 180 days of receiving this notice", "denial/eob-denial-2026-11-25.txt"),
("BFCRS on admission", "BFCRS 21", "clinical/hospital-psychiatry-notes-2026-10-26-to-11-24.txt"),
("Lorazepam maximum", "10/29: lorazepam 8 mg a day", "clinical/hospital-psychiatry-notes-2026-10-26-to-11-24.txt"),
("BFCRS on 10/31", "10/31: BFCRS 14", "clinical/hospital-psychiatry-notes-2026-10-26-to-11-24.txt"),
("Oral intake", "oral intake about 25% of meals", "clinical/hospital-psychiatry-notes-2026-10-26-to-11-24.txt"),
("Weight lost", "4.1 kg lost since admission", "clinical/hospital-psychiatry-notes-2026-10-26-to-11-24.txt"),
("Why risperidone was held", "Risperidone 4 mg held (can worsen catatonia)", "clinical/hospital-psychiatry-notes-2026-10-26-to-11-24.txt"),
("BFCRS after ECT", "11/23: BFCRS 3", "clinical/hospital-psychiatry-notes-2026-10-26-to-11-24.txt"),
("2023 ECT result", "Catatonia remitted (BFCRS 18 to 0)", "other/ect-summary-2023.txt"),
("Consent date", "Signed: Anneliese Morrow-Tafari, 12/01/2026", "other/patient-consent-2026-12-01.txt"),
("Billed amount", "Billed $7,200.00", "denial/eob-denial-2026-11-25.txt"),
])
# ---------------------------------------------------------------------------------------------------- case 07
case(slug="church-plan-self-funded-buprenorphine-er-injection-oud-plan-says-stable-and-screens-negative-record-fentanyl-positive-methadone-qtc-husband",
yaml="""
# FICTIONAL CASE (set 71, case 07) - every person, plan, provider, number and address is invented.
# Church plan, self-funded, not ERISA, Wisconsin (780 employees; the plan says it is not grandfathered). Prior
# authorization for monthly buprenorphine extended-release injection denied under UM-OUD-3: "stable on
# sublingual buprenorphine; urine drug screens negative". The record: fentanyl-positive screens on 07/14 and
# 09/22/2026 with missed sublingual doses on rotating night shifts; methadone stopped in 2022 for QTc 498 ms.
# Her husband writes with her signed authorization.
patient:
  name: Carys Holloway-Demir
  salutation: Mrs. Holloway-Demir
  date_of_birth: 1987-08-08
  member_id: FICT-LHB-61300982
  address: |-
    415 Bluff Street
    La Crosse, WI 54601
  phone: (608) 555-0115
insurer:
  name: Lutheran Health Benefits Plan of the North Central Synod (FICTIONAL)
  appeals_address: |-
    LHBP Claims Administration - Appeals (FICTIONAL)
    PO Box 9021
    Madison, WI 53708
  fax: (608) 555-0157
request: prior_authorization
claim:
  number: LHB-UM-26-1120-27764
  plan_type: church
  funding: self_funded
  grandfathered: false
  employees: 780
  notice_date: 2026-11-20
  appeal_deadline: 2027-05-19
  deadline_basis: 180 days after receipt of the notice, as Plan Document Section 11.2 states; counted from the notice date, the safer date
  diagnosis_codes: [F11.20]
  denial_reason: >-
    Not medically necessary under Utilization Management Guideline UM-OUD-3. The member is stable on sublingual
    buprenorphine/naloxone 16 mg daily and urine drug screens are negative. Criterion 2 (documented
    instability or non-adherence on sublingual treatment) is not met.
  denial_category: medical_necessity
  action: none
  reviewer: {name: Dr. Harold Quist-Benavides, specialty: internal medicine}
  corrections:
    - said: urine drug screens are negative
      record: Urine drug screens were positive for fentanyl on 07/14/2026 and 09/22/2026 (negative 08/11 and 10/20); buprenorphine absent on 09/22/2026.
      file: clinical/addiction-clinic-note-2026-11-04.txt
      page: 1
    - said: The member is stable on sublingual buprenorphine/naloxone 16 mg daily
      record: Missed doses on rotating night shifts (pharmacy refills 11 days late in August and 9 in September) and two returns to fentanyl use in 2026.
      file: clinical/addiction-clinic-note-2026-11-04.txt
      page: 1
treatment:
  name: Buprenorphine extended-release injection, 300 mg monthly for two months, then 100 mg monthly
  summary: >-
    Opioid use disorder with two returns to fentanyl use in 2026 while missing sublingual doses on rotating
    night shifts; methadone is unsafe for her heart rhythm.
  plan: 300 mg monthly for two doses, then 100 mg monthly; urine drug screen monthly; counseling every two weeks; review at 6 months.
clinical:
  history:
    - drug: methadone
      dose: up to 90 mg daily
      start: 2021-11
      end: 2022-06
      kind: other
      outcome: Stopped in June 2022 when QTc reached 498 ms; changed to buprenorphine.
      evidence: {file: clinical/addiction-clinic-note-2026-11-04.txt, page: 1}
    - drug: buprenorphine/naloxone sublingual film
      dose: 16 mg daily
      start: 2022-06
      ongoing: true
      kind: other
      response: partial
      outcome: Stable until 2026; two returns to fentanyl use (07/2026 and 09/2026) with missed doses on night shifts; continuing until the injection starts.
      evidence: {file: clinical/addiction-clinic-note-2026-11-04.txt, page: 1}
    - drug: sertraline
      dose: 100 mg daily
      start: 2023-01
      ongoing: true
      kind: antidepressant
      outcome: For depression; continuing; not an opioid use disorder treatment.
    - drug: clonidine
      dose: 0.1 mg as needed
      start: 2026-07
      ongoing: true
      kind: other
      outcome: As needed for withdrawal symptoms; not a treatment trial.
  severity: Fentanyl-positive urine screens on July 14 and September 22, 2026; negative October 20, 2026
  severity_date: 2026-11-04
  suicidality: none
  suicidality_date: 2026-11-04
alternatives:
  - treatment: methadone
    why_not: QTc 498 ms on methadone 90 mg in 2022; unsafe to restart.
  - treatment: extended-release naltrexone
    why_not: Needs 7 to 10 days free of all opioids first; she would have to stop buprenorphine and risk fentanyl relapse.
payer_criteria:
  - criterion: "1. Moderate or severe opioid use disorder"
    how_met: Severe opioid use disorder since 2019
    met: true
    evidence: {file: clinical/addiction-clinic-note-2026-11-04.txt, page: 1}
  - criterion: "2. Documented instability or non-adherence on sublingual treatment"
    how_met: Fentanyl-positive screens 07/14 and 09/22/2026; refills 11 and 9 days late
    met: true
    evidence: {file: clinical/addiction-clinic-note-2026-11-04.txt, page: 1}
plan_policy:
  name: LHBP Utilization Management Guideline UM-OUD-3 (extended-release buprenorphine)
  number: UM-OUD-3
  quote: >-
    Extended-release buprenorphine injection is medically necessary when: 1. the member has moderate or severe
    opioid use disorder; and 2. there is documented instability or non-adherence on sublingual buprenorphine.
  file: denial/prior-authorization-denial-2026-11-20.txt
author:
  name: Emre Holloway-Demir
  role: Husband, authorized representative
  relation: representative
  authorization: other/authorization-signed-2026-11-28.txt
  address: |-
    415 Bluff Street
    La Crosse, WI 54601
  phone: (608) 555-0114
provider:
  name: Marguerite Yoon-Castellanos
  credentials: DNP, FNP-BC, addiction nurse practitioner
  npi: "1601131422"
  address: |-
    1900 South Avenue
    La Crosse, WI 54601
  phone: (608) 555-0132
record_dates:
  - {file: clinical/addiction-clinic-note-2026-11-04.txt, date: 2026-11-04}
""",
docs={
"denial/prior-authorization-denial-2026-11-20.txt": """
LUTHERAN HEALTH BENEFITS PLAN OF THE NORTH CENTRAL SYNOD (FICTIONAL) - PRIOR AUTHORIZATION DENIAL
Date: 11/20/2026   Reference: LHB-UM-26-1120-27764   (church plan; not subject to ERISA)
Member: Carys Holloway-Demir   Member ID: FICT-LHB-61300982
Requested: buprenorphine extended-release injection monthly   Requested by: Marguerite Yoon-Castellanos, DNP

Decision: denied. Not medically necessary under Utilization Management Guideline UM-OUD-3. The member is
stable on sublingual buprenorphine/naloxone 16 mg daily and urine drug screens are negative. Criterion 2
(documented instability or non-adherence on sublingual treatment) is not met.
UM-OUD-3: Extended-release buprenorphine injection is medically necessary when: 1. the member has moderate or
severe opioid use disorder; and 2. there is documented instability or non-adherence on sublingual
buprenorphine.
Reviewer: Dr. Harold Quist-Benavides, MD, internal medicine.
Appeal: under Plan Document Section 11.2 you may appeal within 180 days after you receive this notice.
LHBP Claims Administration - Appeals (FICTIONAL), PO Box 9021, Madison, WI 53708; fax (608) 555-0157.
""",
"clinical/addiction-clinic-note-2026-11-04.txt": """
COULEE REGION RECOVERY CLINIC (FICTIONAL) - OFFICE-BASED ADDICTION TREATMENT VISIT
Date: 11/04/2026   Patient: Carys Holloway-Demir   Clinician: Marguerite Yoon-Castellanos, DNP, FNP-BC (NPI 1601131422)
Diagnosis: opioid use disorder, severe (since 2019).
History: methadone 11/2021-06/2022, up to 90 mg; stopped when QTc reached 498 ms. Buprenorphine/naloxone film
16 mg daily since 06/2022: stable until 2026. Works rotating 12-hour night shifts as a hospital unit clerk since
05/2026; misses doses when she sleeps through the day. Pharmacy refills 11 days late in August, 9 in September.
Urine drug screens: 07/14/2026 fentanyl POSITIVE; 08/11/2026 negative; 09/22/2026 fentanyl POSITIVE,
buprenorphine absent; 10/20/2026 negative.
Other medicines: sertraline 100 mg daily (depression, since 01/2023); clonidine 0.1 mg as needed for
withdrawal symptoms (since 07/2026).
Extended-release naltrexone discussed: needs 7 to 10 days free of all opioids; not advised.
No suicidal thoughts. Her husband, Emre, attends visits; her supervisor, Dana Whitford, adjusted her schedule once.
Plan: buprenorphine extended-release injection 300 mg monthly x2, then 100 mg monthly.
""",
"other/authorization-signed-2026-11-28.txt": """
AUTHORIZATION OF REPRESENTATIVE (FICTIONAL)
I, Carys Holloway-Demir, name my husband, Emre Holloway-Demir, to appeal for me the denial LHB-UM-26-1120-27764
and to receive my health information for it.
Signed: Carys Holloway-Demir, 11/28/2026.
""",
"other/fax-cover-clinic-2026-11-30.txt": """
FAX COVER - COULEE REGION RECOVERY CLINIC (FICTIONAL)
Date: 11/30/2026   To: Emre Holloway-Demir   From: Nadia Perrault-Osei, medical records
Fax: (608) 555-0133   Pages: 3
Records you asked for: visit note of 11/04/2026 with urine drug screen results.
""",
},
truth="""
# FICTIONAL TRUTH FILE - 07 - Church plan: buprenorphine ER injection; "stable" and "screens negative" contradicted (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Church plan, self-funded, not ERISA, not grandfathered, 780 employees. PA denial **11/20/2026** under **UM-OUD-3**:
  "stable on sublingual buprenorphine/naloxone 16 mg daily and urine drug screens are negative". Reviewer: internal medicine.
- Record (11/04/2026): **fentanyl-positive screens 07/14 and 09/22/2026** (buprenorphine absent 09/22); negative
  08/11 and 10/20. Refills 11 and 9 days late. Night shifts since 05/2026. Criterion 2 is met.
- **Methadone** 2021-2022 stopped for **QTc 498 ms** (contraindication to restart). **Buprenorphine SL continuing**
  until the injection starts (partial: stable until 2026). **Sertraline** continuing (depression, not an OUD trial).
  **Clonidine** as needed for withdrawal: not a trial. Naltrexone ER not advised (needs 7-10 opioid-free days).
- The prescriber is a **nurse practitioner** (DNP, FNP-BC), not a physician.
- The husband writes with her signed authorization (11/28/2026). Appeal 180 days from receipt (Plan Document 11.2);
  conservative 05/19/2027. Church plan: federal claims rules under 26 CFR 54.9815-2719 / 45 CFR 147.136 reach it
  because it is not grandfathered.

## Deliberately unknown
- Whether the plan has a second internal level.
- The October screen is negative: the most recent screen does not show use; do not call her current use active.

## Traps
- Not "failed buprenorphine": it is continuing and was stable until 2026.
- The prescriber must not be called "Dr." or physician.
- The supervisor and the records clerk are named in the documents: no need to name them.
- Church plan: never cite ERISA (29 CFR 2560.503-1) as governing; no DOL complaint route.

## Arguments a strong letter makes
1. Criterion 2 met: two fentanyl-positive screens and late refills - the notice's "negative" and "stable" are
   contradicted by dated results.
2. Methadone unsafe (QTc 498 ms); naltrexone ER impractical; the injection answers missed doses on night shifts.
3. Reviewer is internal medicine; ask for a reviewer with addiction expertise.
4. Ask for approval of the plan as written (300 mg x2, then 100 mg).

## What a letter must NOT say
- "Screens have all been positive" or "she is using now" (the October screen is negative).
- "Dr. Yoon-Castellanos"; ERISA as law; parity argued without noting the plan's employer size (780: parity may apply).
- Suicidal ideation.
""",
answers=[
("Notice date", "Date: 11/20/2026", "denial/prior-authorization-denial-2026-11-20.txt"),
("Reference", "LHB-UM-26-1120-27764", "denial/prior-authorization-denial-2026-11-20.txt"),
("Guideline", "UM-OUD-3", "denial/prior-authorization-denial-2026-11-20.txt"),
("What the denial says of screens", "urine drug screens are negative", "denial/prior-authorization-denial-2026-11-20.txt"),
("Reviewer specialty", "internal medicine", "denial/prior-authorization-denial-2026-11-20.txt"),
("Appeal window", "within 180 days after you receive this notice", "denial/prior-authorization-denial-2026-11-20.txt"),
("Plan's ERISA status", "church plan; not subject to ERISA", "denial/prior-authorization-denial-2026-11-20.txt"),
("July screen", "07/14/2026 fentanyl POSITIVE", "clinical/addiction-clinic-note-2026-11-04.txt"),
("September screen", "09/22/2026 fentanyl POSITIVE", "clinical/addiction-clinic-note-2026-11-04.txt"),
("October screen", "10/20/2026 negative", "clinical/addiction-clinic-note-2026-11-04.txt"),
("Late refills", "Pharmacy refills 11 days late in August, 9 in September", "clinical/addiction-clinic-note-2026-11-04.txt"),
("Why methadone stopped", "stopped when QTc reached 498 ms", "clinical/addiction-clinic-note-2026-11-04.txt"),
("Sertraline purpose", "sertraline 100 mg daily (depression, since 01/2023)", "clinical/addiction-clinic-note-2026-11-04.txt"),
("Prescriber credentials", "DNP, FNP-BC", "clinical/addiction-clinic-note-2026-11-04.txt"),
("Authorization date", "Signed: Carys Holloway-Demir, 11/28/2026", "other/authorization-signed-2026-11-28.txt"),
("Dose plan", "300 mg monthly x2, then 100 mg monthly", "clinical/addiction-clinic-note-2026-11-04.txt"),
])
# ---------------------------------------------------------------------------------------------------- case 08
case(slug="self-funded-erisa-spravato-trd-alcohol-use-disorder-in-sustained-remission-read-as-active-duloxetine-partial-response-counted-as-ongoing-patient",
yaml="""
# FICTIONAL CASE (set 71, case 08) - every person, plan, provider, number and address is invented.
# Self-funded employer plan (ERISA, 2,400 employees), Colorado. Prior authorization for esketamine nasal spray
# denied under RX-ESK-9: "active alcohol use disorder (exclusion)" and "one antidepressant trial in the current
# episode". The record: alcohol use disorder in sustained remission since 04/2023, PEth negative; current
# episode (from 10/2025): escitalopram 20 mg 8 weeks no response; duloxetine up to 120 mg 10 weeks, partial
# response, continued with the treatment; aripiprazole stopped at 3 weeks for akathisia; mirtazapine 15 mg is a
# sleep dose. The patient writes ("I").
patient:
  name: Rafferty Adeyemi-Solberg
  salutation: Mr. Adeyemi-Solberg
  date_of_birth: 1983-12-03
  member_id: FICT-FRB-90027314
  address: |-
    2245 Gaylord Street
    Denver, CO 80205
  phone: (720) 555-0111
  email: rafferty.as@mailhub.example
insurer:
  name: Front Range Builders Employee Health Plan, administered by Summitline Benefit Services (FICTIONAL)
  appeals_address: |-
    Summitline Benefit Services - Appeals Unit (FICTIONAL)
    PO Box 173390
    Denver, CO 80217
  fax: (303) 555-0146
request: prior_authorization
claim:
  number: SBS-PA-26-1123-71052
  plan_type: employer_erisa
  funding: self_funded
  employees: 2400
  notice_date: 2026-11-23
  appeal_deadline: 2027-05-22
  deadline_basis: 180 days following receipt of the notice (29 CFR 2560.503-1(h)(3)(i)); counted from the notice date, the safer date
  diagnosis_codes: [F33.2, F10.21]
  denial_reason: >-
    Prior authorization denied under Pharmacy Clinical Policy RX-ESK-9. Exclusion 4: active substance use
    disorder (alcohol use disorder on the problem list). Criterion 2: only one antidepressant trial
    (escitalopram) in the current episode; duloxetine is ongoing and has not failed.
  denial_category: medical_necessity
  action: none
  reviewer: {name: Dr. Patrice Wendover-Lam, specialty: family medicine}
  corrections:
    - said: active substance use disorder (alcohol use disorder on the problem list)
      record: Alcohol use disorder in sustained remission since April 2023 (no drinking for 43 months); PEth below 10 ng/mL on 11/09/2026.
      file: clinical/psychiatry-note-2026-11-09.txt
      page: 1
    - said: duloxetine is ongoing and has not failed
      record: Duloxetine 60 mg then 120 mg for 10 weeks gave a partial response only (MADRS 35 to 27); it is continued with esketamine, as the plan's own criterion 2 allows an inadequate response.
      file: clinical/psychiatry-note-2026-11-09.txt
      page: 1
treatment:
  name: Esketamine nasal spray, 56 mg then 84 mg, twice weekly for 4 weeks (induction)
  summary: >-
    Recurrent major depression, severe, MADRS 33, with an inadequate response to two antidepressants in this
    episode; alcohol use disorder in sustained remission for 43 months.
  plan: >-
    Induction 56 mg then 84 mg twice weekly for 4 weeks under REMS monitoring, with duloxetine 120 mg daily;
    MADRS at weeks 2 and 4; stop if MADRS falls less than 25% by week 4.
  alongside: duloxetine 120 mg daily
  setting: Cherry Creek Mood Clinic, a REMS-certified treatment center
  monitoring: Blood pressure before and at 40 and 120 minutes; observed for 2 hours; a driver home
clinical:
  history:
    - drug: sertraline
      dose: 150 mg daily
      start: 2019-02
      end: 2021-06
      kind: antidepressant
      response: remission
      outcome: Remission in the 2019 episode; tapered in 2021. Earlier episode - not a trial in the current episode.
      evidence: {file: clinical/psychiatry-note-2026-11-09.txt, page: 1}
    - drug: escitalopram
      dose: 20 mg daily
      start: 2025-11-03
      end: 2025-12-29
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: 8 weeks at 20 mg; MADRS 34 to 35; no response.
      evidence: {file: clinical/psychiatry-note-2026-11-09.txt, page: 1}
    - drug: duloxetine
      dose: 60 mg, raised to 120 mg daily
      start: 2026-01-05
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      weeks: 10
      outcome: Partial response (MADRS 35 to 27 at 10 weeks), then back to 33; continued with esketamine.
      evidence: {file: clinical/psychiatry-note-2026-11-09.txt, page: 1}
    - drug: aripiprazole
      dose: 2 mg, raised to 5 mg daily
      start: 2026-06-01
      end: 2026-06-22
      kind: augmentation
      adequate: false
      outcome: Stopped after 3 weeks for akathisia (intolerance); not an adequate trial.
      evidence: {file: clinical/psychiatry-note-2026-11-09.txt, page: 1}
    - drug: mirtazapine
      dose: 15 mg at bedtime
      start: 2026-03
      ongoing: true
      kind: other
      outcome: Sleep dose; not an antidepressant trial.
    - drug: cognitive behavioral therapy
      start: 2026-01
      ongoing: true
      kind: psychotherapy
      sessions: 18
      outcome: Weekly; continuing.
  severity: MADRS 33 and PHQ-9 22 on November 9, 2026
  severity_date: 2026-11-09
  suicidality: passive
  suicidality_date: 2026-11-09
  episode_onset: 2025-10
  exclusions: >-
    No psychosis; blood pressure 124/78; alcohol use disorder in sustained remission since 04/2023 (PEth below
    10 ng/mL on 11/09/2026); no other substance use (urine drug screen negative)
impact:
  work: [On short-term disability leave since 09/14/2026]
payer_criteria:
  - criterion: "1. Adult with major depressive disorder"
    how_met: Recurrent major depression, severe; adult (born 1983)
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-09.txt, page: 1}
  - criterion: "2. Inadequate response to at least two antidepressants of adequate dose and duration in the current episode"
    how_met: Escitalopram 20 mg 8 weeks (no response); duloxetine up to 120 mg 10 weeks (partial response)
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-09.txt, page: 1}
  - criterion: "Exclusion 4. Active substance use disorder"
    how_met: Not present - alcohol use disorder in sustained remission since 04/2023, PEth negative
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-09.txt, page: 1}
plan_policy:
  name: Summitline Pharmacy Clinical Policy RX-ESK-9 (esketamine)
  number: RX-ESK-9
  quote: >-
    Approve for 3 months when: 1. adult with major depressive disorder; 2. inadequate response to at least two
    antidepressants of adequate dose and duration in the current episode. Exclusions: ... 4. active substance
    use disorder.
  file: denial/prior-authorization-denial-2026-11-23.txt
author:
  name: Rafferty Adeyemi-Solberg
  role: Patient
  relation: patient
  address: |-
    2245 Gaylord Street
    Denver, CO 80205
  phone: (720) 555-0111
  email: rafferty.as@mailhub.example
provider:
  name: Dr. Yvette Castellano-Brandt
  credentials: MD, psychiatrist
  npi: "1677995411"
  address: |-
    3600 East Alameda Avenue
    Denver, CO 80209
  phone: (303) 555-0127
record_dates:
  - {file: clinical/psychiatry-note-2026-11-09.txt, date: 2026-11-09}
""",
docs={
"denial/prior-authorization-denial-2026-11-23.txt": """
SUMMITLINE BENEFIT SERVICES (FICTIONAL), claims administrator for the Front Range Builders Employee Health Plan
(self-funded) - PRIOR AUTHORIZATION DENIAL
Date: 11/23/2026   Reference: SBS-PA-26-1123-71052
Member: Rafferty Adeyemi-Solberg   Member ID: FICT-FRB-90027314
Drug: esketamine nasal spray (induction)   Prescriber: Dr. Yvette Castellano-Brandt, MD

Prior authorization denied under Pharmacy Clinical Policy RX-ESK-9. Exclusion 4: active substance use disorder
(alcohol use disorder on the problem list). Criterion 2: only one antidepressant trial (escitalopram) in the
current episode; duloxetine is ongoing and has not failed.
RX-ESK-9: Approve for 3 months when: 1. adult with major depressive disorder; 2. inadequate response to at
least two antidepressants of adequate dose and duration in the current episode. Exclusions: ... 4. active
substance use disorder.
Reviewer: Dr. Patrice Wendover-Lam, MD, family medicine.
You may appeal within 180 days after you receive this notice; you may ask for the documents relevant to your
claim free of charge. After the final internal decision you may ask for an external review. Summitline Benefit
Services - Appeals Unit (FICTIONAL), PO Box 173390, Denver, CO 80217; fax (303) 555-0146.
""",
"clinical/psychiatry-note-2026-11-09.txt": """
CHERRY CREEK MOOD CLINIC (FICTIONAL) - PSYCHIATRY VISIT
Date: 11/09/2026   Patient: Rafferty Adeyemi-Solberg   Clinician: Dr. Yvette Castellano-Brandt, MD (NPI 1677995411)
Diagnoses: major depressive disorder, recurrent, severe, without psychotic features (current episode since
10/2025); alcohol use disorder, in sustained remission since 04/2023 (no drinking for 43 months).
Earlier episode: sertraline 150 mg 02/2019-06/2021, remission; tapered 2021.
Current episode:
- Escitalopram 20 mg daily 11/03/2025-12/29/2025: 8 weeks; MADRS 34 to 35. No response.
- Duloxetine 60 mg from 01/05/2026, 120 mg from 02/02/2026: at 10 weeks MADRS 27 (partial response), since back
  to 33. Continue with esketamine.
- Aripiprazole 2 mg then 5 mg 06/01/2026-06/22/2026: akathisia; stopped after 3 weeks. Not an adequate trial.
- Mirtazapine 15 mg at bedtime since 03/2026 for sleep.
- Weekly CBT since 01/2026, 18 sessions, continuing (therapist Omari Lindgren-Pace, LPC).
Today: MADRS 33, PHQ-9 22. Passive thoughts that he would be better off not waking; no plan or intent.
PEth below 10 ng/mL. Urine drug screen negative. BP 124/78. No psychosis.
His sister, Ingrid Solberg, will drive him home after each esketamine session.
Prescriber statement: "Mr. Adeyemi-Solberg has had an inadequate response to two antidepressants at adequate dose
and duration in this episode, and his alcohol use disorder has been in sustained remission since April 2023."
""",
},
truth="""
# FICTIONAL TRUTH FILE - 08 - Self-funded ERISA: esketamine; remitted AUD read as active; partial response called "not failed" (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Self-funded employer plan (ERISA, 2,400 employees). PA denial **11/23/2026** under **RX-ESK-9**: Exclusion 4
  ("active substance use disorder") and criterion 2 ("only one antidepressant trial"). Reviewer: family medicine.
- **AUD in sustained remission since 04/2023** (43 months); PEth below 10 ng/mL and negative drug screen on 11/09/2026.
- Current episode from **10/2025**: **escitalopram 20 mg, 8 weeks, no response** (adequate, failed); **duloxetine
  60 -> 120 mg, 10 weeks, partial response** (MADRS 35 -> 27, back to 33) - an inadequate response at adequate dose
  and duration, **continuing** with esketamine (`treatment.alongside`). Criterion 2 asks for "inadequate response",
  not stopping the drug.
- **Aripiprazole** 3 weeks, akathisia: intolerance, not an adequate augmentation trial. **Mirtazapine 15 mg** is a
  sleep dose. **Sertraline remission in 2019** is an earlier episode: not a current-episode trial.
- CBT 18 sessions, continuing. MADRS 33, PHQ-9 22; **passive** ideation, no plan. On disability leave since 09/14/2026.
- The patient writes ("I"). Appeal 180 days from receipt: conservative **05/22/2027**; pre-service appeal decided in
  30 days (2560.503-1(i)); then external review under **29 CFR 2590.715-2719** (self-funded).

## Deliberately unknown
- Whether the plan's policy counts augmentation as a trial (not quoted) - not needed here.
- Whether the problem list was updated to "in remission" in the records the plan saw.

## Traps
- Sertraline is not a current-episode trial; do not count it toward criterion 2.
- Duloxetine is not "failed and stopped": it is continuing, with a partial response.
- Aripiprazole is not an adequate failed augmentation; mirtazapine is not an antidepressant trial here.
- Passive ideation: not "active suicidal ideation", not Spravato's suicidality indication.
- Sister and therapist named in the note: no need to name them.

## Arguments a strong letter makes
1. Exclusion 4 does not apply: sustained remission 43 months, PEth negative (dated).
2. Criterion 2 met: two antidepressants with inadequate response at adequate dose and duration in this episode.
3. Reviewer is family medicine: ask for a psychiatrist; name and qualifications of experts (ERISA right).
4. Approve the induction for the 3 months the policy states; external review under 29 CFR 2590.715-2719 after.

## What a letter must NOT say
- "Three failed antidepressants in this episode" or counting sertraline/mirtazapine/aripiprazole as failures.
- "Active suicidal ideation"; "Mr. Adeyemi-Solberg has failed ..." (he signs: "I").
- Contra proferentem as law (ERISA plan with discretion); 45 CFR 147.136 as the external review rule only.
""",
answers=[
("Notice date", "Date: 11/23/2026", "denial/prior-authorization-denial-2026-11-23.txt"),
("Reference", "SBS-PA-26-1123-71052", "denial/prior-authorization-denial-2026-11-23.txt"),
("Policy", "Pharmacy Clinical Policy RX-ESK-9", "denial/prior-authorization-denial-2026-11-23.txt"),
("Exclusion cited", "Exclusion 4: active substance use disorder", "denial/prior-authorization-denial-2026-11-23.txt"),
("What the denial says of duloxetine", "duloxetine is ongoing and has not failed", "denial/prior-authorization-denial-2026-11-23.txt"),
("Reviewer specialty", "family medicine", "denial/prior-authorization-denial-2026-11-23.txt"),
("Appeal window", "within 180 days after you receive this notice", "denial/prior-authorization-denial-2026-11-23.txt"),
("AUD status", "in sustained remission since 04/2023 (no drinking for 43 months)", "clinical/psychiatry-note-2026-11-09.txt"),
("Current episode onset", "current episode since 10/2025", "clinical/psychiatry-note-2026-11-09.txt"),
("Escitalopram trial", "Escitalopram 20 mg daily 11/03/2025-12/29/2025: 8 weeks; MADRS 34 to 35", "clinical/psychiatry-note-2026-11-09.txt"),
("Duloxetine response", "at 10 weeks MADRS 27 (partial response)", "clinical/psychiatry-note-2026-11-09.txt"),
("Aripiprazole outcome", "akathisia; stopped after 3 weeks. Not an adequate trial", "clinical/psychiatry-note-2026-11-09.txt"),
("Earlier episode", "sertraline 150 mg 02/2019-06/2021, remission", "clinical/psychiatry-note-2026-11-09.txt"),
("Current scores", "MADRS 33, PHQ-9 22", "clinical/psychiatry-note-2026-11-09.txt"),
("PEth", "PEth below 10 ng/mL", "clinical/psychiatry-note-2026-11-09.txt"),
("Appeal deadline", "2027-05-22", "case.yaml"),
])

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
