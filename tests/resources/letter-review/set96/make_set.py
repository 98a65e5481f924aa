# FICTIONAL test-set generator for appeal-kit letters set 96 (issue 18). Every person, plan, provider,
# number and address in this file is invented.
# Usage: /work/main/.venv/bin/python make_set.py [--check] [NN ...]
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"
HEADER = "FICTIONAL - invented for a blind test set (set 96); not a real person, plan, clinic or number."
FOOTER = "FICTIONAL DOCUMENT - end."
HEADINGS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes",
            "What a letter must NOT say"]


def npi(base9):
    """Return a 10-digit NPI: base9 plus its check digit (Luhn over the 80840 prefix)."""
    digits = [int(c) for c in "80840" + base9]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return base9 + str((10 - total % 10) % 10)


def npi_ok(n):
    return len(n) == 10 and n.isdigit() and npi(n[:9]) == n


def fill(text):
    return re.sub(r"<<NPI:(\d{9})>>", lambda m: npi(m.group(1)), text)


def norm(t):
    return re.sub(r"\s+", " ", t).strip().lower()


PHONE = re.compile(r"(?:1-)?(?:\(\d{3}\)\s?|\b\d{3}[-. ])\d{3}[-. ]\d{4}\b")
BARE = re.compile(r"(?<![\d)\-] )(?<![\d)\-])\b555-01\d\d\b")


def write_case(c, problems):
    folder = HERE / c["slug"]
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    yaml_text = fill(c["yaml"])
    (folder / "case.yaml").write_text(yaml_text)
    texts = {"case.yaml": yaml_text}
    for rel, body in c["docs"].items():
        if rel.split("/")[0] not in ("denial", "clinical", "other") or not rel.endswith(".txt"):
            problems.append(f"{c['slug']}: {rel} is not a .txt in denial/, clinical/ or other/")
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        full = HEADER + "\n\n" + fill(body).rstrip("\n") + "\n\n" + FOOTER + "\n"
        p.write_text(full)
        texts[rel] = full
    truth = fill(c["truth"])
    (HERE / (c["slug"] + ".truth.md")).write_text(truth)
    texts["truth"] = truth
    slug = c["slug"]
    # FICTIONAL on the first line
    if "FICTIONAL" not in yaml_text.splitlines()[0]:
        problems.append(f"{slug}: case.yaml first line lacks FICTIONAL")
    if "FICTIONAL" not in truth.splitlines()[0]:
        problems.append(f"{slug}: truth first line lacks FICTIONAL")
    # headings in order, exactly these
    heads = re.findall(r"^## (.+)$", truth, re.M)
    if heads != HEADINGS:
        problems.append(f"{slug}: truth headings {heads}")
    # yaml parses
    try:
        data = YAML(typ="safe").load(io.StringIO(yaml_text))
    except Exception as e:  # noqa
        problems.append(f"{slug}: case.yaml does not parse: {e}")
        data = {}
    # every path named in case.yaml exists
    for m in re.findall(r"\b((?:denial|clinical|other)/[\w.\-]+\.txt)", yaml_text):
        if not (folder / m).exists():
            problems.append(f"{slug}: case.yaml names missing {m}")
    # answers
    if len(c["answers"]) != 16:
        problems.append(f"{slug}: {len(c['answers'])} answers, not 16")
    for q, a, doc in c["answers"]:
        if doc not in texts:
            problems.append(f"{slug}: answer '{q}' names unknown document {doc}")
        elif norm(fill(a)) not in norm(texts[doc]):
            problems.append(f"{slug}: answer '{q}' = '{a}' not printed in {doc}")
    # phones, e-mail, NPIs
    for name, t in texts.items():
        for m in PHONE.finditer(t):
            digits = re.sub(r"\D", "", m.group(0))[-10:]
            if digits[3:6] != "555" or digits[6:8] != "01":
                problems.append(f"{slug}: {name}: phone {m.group(0)} not 555-01xx")
        for m in re.finditer(r"\b555-\d{4}\b", t):
            before = t[max(0, m.start() - 6):m.start()]
            if not re.search(r"(\d{3}\)\s?|\d{3}[-. ])$", before):
                problems.append(f"{slug}: {name}: bare {m.group(0)}")
        for m in re.finditer(r"[\w.+-]+@([\w-]+\.)+(\w+)", t):
            if m.group(2) != "example":
                problems.append(f"{slug}: {name}: e-mail {m.group(0)} not .example")
        for m in re.finditer(r"(?:npi:\s*\"|NPI\s)(\d{10})", t):
            if not npi_ok(m.group(1)):
                problems.append(f"{slug}: {name}: NPI {m.group(1)} fails Luhn")
    if isinstance(data, dict) and data.get("provider", {}).get("npi"):
        if not npi_ok(str(data["provider"]["npi"])):
            problems.append(f"{slug}: provider.npi fails Luhn")
    for p in folder.rglob("*"):
        if p.is_file():
            rel = str(p.relative_to(folder))
            if rel != "case.yaml" and rel not in c["docs"]:
                problems.append(f"{slug}: stray file {rel}")
    return folder


def main(argv):
    run_check = "--check" in argv
    only = [a for a in argv if a.isdigit()]
    problems = []
    folders = []
    for c in CASES:
        if only and c["slug"][:2] not in only:
            continue
        folders.append(write_case(c, problems))
    answers = sum(len(c["answers"]) for c in CASES if not only or c["slug"][:2] in only)
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(folders)} cases, {answers} expected answers, {len(problems)} problems")
    bad = bool(problems)
    if run_check:
        out = []
        for f in folders:
            r = subprocess.run([APPEAL_KIT, "check", str(f)], capture_output=True, text=True)
            out.append(f"===== {f.name}: exit {r.returncode}\n{r.stdout}{r.stderr}")
            print(f"check {f.name[:2]}: exit {r.returncode}")
            if r.returncode != 0:
                bad = True
        name = "check-output-partial.txt" if only else "check-output.txt"
        (HERE / name).write_text("\n".join(out))
    return 1 if bad else 0


CASES = []

# ---------------------------------------------------------------------------------------------------------
# 01 Medicaid managed care (MI), adult: state fair hearing after the plan appeal; the notice of resolution
#    says 90 days, the rule gives 120 calendar days from it. Legal aid attorney writes.
CASES.append(dict(
    slug="01-medicaid-mco-dbt-iop-state-fair-hearing-notice-says-90-days-legal-aid-attorney",
    yaml="""\
# FICTIONAL CASE (set 96, case 01) - every person, plan, provider, number and address is invented.
# Medicaid managed care (Michigan), adult 34. Pre-service DBT intensive outpatient program denied 08/14/2026;
# plan appeal upheld 10/02/2026. The notice of resolution says 90 days for a State Fair Hearing; the rule
# (42 CFR 438.408(f)(2)) and the plan's own handbook give 120 calendar days: 01/30/2027. A legal aid
# attorney asks the state for the hearing.
patient:
  name: Tamsin Achterberg
  salutation: Ms. Achterberg
  date_of_birth: 1992-04-17
  member_id: FICT-LFH-20417733
  address: |-
    2218 Willow Bend Drive, Apt 3C
    Lansing, MI 48910
  phone: (517) 555-0134
insurer:
  name: Lakeshore Family Health Plan (FICTIONAL), a Michigan Medicaid health plan
  appeals_address: |-
    Lakeshore Family Health Plan, Appeals and Grievances (FICTIONAL)
    PO Box 88120
    Lansing, MI 48909
  fax: (517) 555-0187
claim:
  number: LFH-PA-26-0806-44120
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-08-14
  procedure_codes: [S9480]
  diagnosis_codes: [F60.3, F33.1]
  setting: intensive_outpatient
  action: none
  pending_services: 36 program days (12 weeks, 3 days a week)
  denial_reason: >-
    Not medically necessary. Criterion 3 of BH-IOP-7 is not met: the member has not completed at least
    12 weeks of weekly outpatient psychotherapy in the past 6 months.
  denial_category: medical_necessity
  corrections:
    - said: the member has not completed at least 12 weeks of weekly outpatient psychotherapy in the past 6 months
      record: >-
        The therapy record shows 21 weekly individual psychotherapy sessions from 03/05/2026 through 07/23/2026,
        within the 6 months before the request of 08/06/2026.
      file: clinical/outpatient-therapy-summary-2026-07-30.txt
      page: 1
decisions:
  - date: 2026-10-02
    outcome: denied
    stage: plan appeal (first level)
    opens: state fair hearing
    next_deadline: 2027-01-30
    reason: >-
      Your appeal is denied. Criterion 3 of BH-IOP-7 is still not met. The records show individual therapy
      that was not weekly for 12 weeks.
    corrections:
      - said: The records show individual therapy that was not weekly for 12 weeks.
        record: >-
          The therapy record lists a session in every week from 03/05/2026 through 07/23/2026 (21 sessions in
          21 weeks); the session of the week of 05/25/2026 was held on Tuesday 05/26 instead of Thursday.
        file: clinical/outpatient-therapy-summary-2026-07-30.txt
        page: 1
external_review:
  agency: State Medicaid Fair Hearings Office (FICTIONAL)
  address: |-
    State Medicaid Fair Hearings Office (FICTIONAL)
    PO Box 30763
    Lansing, MI 48909
  final_denial_date: 2026-10-02
plan_policy:
  name: Lakeshore Family Health Plan Behavioral Health Criteria BH-IOP-7, Dialectical Behavior Therapy Intensive Outpatient
  number: BH-IOP-7
  quote: >-
    3. The member has completed at least 12 weeks of weekly outpatient psychotherapy in the past 6 months
    without sufficient improvement.
  file: other/bh-iop-7-criteria-excerpt.txt
  other_terms: >-
    If we uphold our decision, you may ask for a State Fair Hearing. You must ask within 120 calendar days
    from the date of our appeal decision letter.
  other_terms_file: other/member-handbook-2026-excerpt.txt
  other_terms_apply: >-
    The plan's own 2026 Member Handbook gives 120 calendar days from the appeal decision of 10/02/2026, that is
    through 01/30/2027, as 42 CFR 438.408(f)(2) does; the decision letter's "90 days" is wrong.
payer_criteria:
  - criterion: 3. Completed at least 12 weeks of weekly outpatient psychotherapy in the past 6 months without sufficient improvement
    how_met: 21 weekly individual sessions 03/05/2026-07/23/2026; DERS-16 62 at intake, 60 on 07/23/2026
    met: true
    evidence: {file: clinical/outpatient-therapy-summary-2026-07-30.txt, page: 1}
treatment:
  name: Dialectical behavior therapy intensive outpatient program (S9480), 12 weeks
  summary: >-
    A 12-week DBT intensive outpatient program, three days a week, after weekly outpatient therapy did not
    reduce self-harm urges.
  plan: >-
    Three program days a week for 12 weeks (skills group, individual DBT, phone coaching), then step down to
    weekly DBT; stop if no change on DERS-16 by week 8.
clinical:
  severity: DERS-16 60 and PHQ-9 17 on 07/23/2026
  severity_date: 2026-07-23
  suicidality: passive
  suicidality_date: 2026-07-23
  history:
    - drug: Individual psychotherapy (weekly)
      dose: 21 sessions
      start: 2026-03
      end: 2026-07
      kind: psychotherapy
      sessions: 21
      adequate: true
      response: partial
      outcome: Partial response; self-harm urges unchanged
      evidence: {file: clinical/outpatient-therapy-summary-2026-07-30.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-10
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continues
      evidence: {file: clinical/outpatient-therapy-summary-2026-07-30.txt, page: 1}
author:
  name: Priya Vandersloot
  role: Staff Attorney, Great Lakes Legal Aid (FICTIONAL) (authorized representative)
  relation: representative
  address: |-
    Great Lakes Legal Aid (FICTIONAL), 410 W Allegan Street, Suite 600
    Lansing, MI 48933
  phone: (517) 555-0122
  email: pvandersloot@gllegalaid.example
  authorization: other/authorization-to-represent-2026-11-16.txt
provider:
  name: Cedar River DBT Program
  credentials: Halima Brookshire, LMSW, program director
  npi: "<<NPI:148203375>>"
  address: |-
    905 N Washington Avenue
    Lansing, MI 48906
  phone: (517) 555-0148
record_dates:
  - file: clinical/outpatient-therapy-summary-2026-07-30.txt
    date: 2026-07-30
bates_prefix: ACHTERBERG
template: external-review-request
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/adverse-benefit-determination-2026-08-14.txt": """\
LAKESHORE FAMILY HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date of notice: 08/14/2026
Member: Tamsin Achterberg   Member ID FICT-LFH-20417733   Reference LFH-PA-26-0806-44120
Request received 08/06/2026 from Cedar River DBT Program (NPI <<NPI:148203375>>): S9480, 36 days.
Decision: DENIED. Not medically necessary. Criterion 3 of BH-IOP-7 is not met: the member has not completed at
least 12 weeks of weekly outpatient psychotherapy in the past 6 months.
Your right to appeal: you have 60 days from the date of this notice to ask us for an appeal.
Appeals and Grievances, PO Box 88120, Lansing, MI 48909. Fax (517) 555-0187.
""",
        "denial/notice-of-appeal-resolution-2026-10-02.txt": """\
LAKESHORE FAMILY HEALTH PLAN (FICTIONAL) - NOTICE OF APPEAL RESOLUTION
Date of this letter: 10/02/2026
Member: Tamsin Achterberg   Member ID FICT-LFH-20417733   Appeal APL-26-0903-0917
We received your appeal on 09/03/2026. Your appeal is denied. Criterion 3 of BH-IOP-7 is still not met. The
records show individual therapy that was not weekly for 12 weeks.
Reviewed by: Gerald Ostrowski, MD, family medicine.
State Fair Hearing: If you disagree, you may ask for a State Fair Hearing. You have 90 days from the date of
this letter to ask. Send your request to the State Medicaid Fair Hearings Office (FICTIONAL), PO Box 30763,
Lansing, MI 48909.
""",
        "clinical/outpatient-therapy-summary-2026-07-30.txt": """\
CEDAR RIVER COUNSELING (FICTIONAL) - OUTPATIENT THERAPY SUMMARY          Date: 07/30/2026
Client: Tamsin Achterberg   DOB 04/17/1992
Diagnoses: F60.3, F33.1.
Individual psychotherapy, weekly, 21 sessions: every Thursday from 03/05/2026 through 07/23/2026, except that the
session of the week of 05/25 was held on Tuesday 05/26 (clinic closed Thursday 05/28). Sessions 06/18 and 06/25
were held by video. The log shows one session in every week from 03/05/2026 through 07/23/2026.
DERS-16: 62 at intake (03/05/2026), 60 on 07/23/2026. PHQ-9 17 on 07/23/2026. Passive death wishes, no plan
or intent (07/23/2026). Self-harm urges unchanged.
Medication (by PCP): sertraline 150 mg daily since 10/2025, partial response, continues.
Recommendation: DBT intensive outpatient program.   Signed: Oren Halvorsen-Pike, LPC
""",
        "other/bh-iop-7-criteria-excerpt.txt": """\
LAKESHORE FAMILY HEALTH PLAN (FICTIONAL) BEHAVIORAL HEALTH CRITERIA BH-IOP-7 (excerpt)       Page 1
Dialectical Behavior Therapy Intensive Outpatient
3. The member has completed at least 12 weeks of weekly outpatient psychotherapy in the past 6 months
without sufficient improvement.
""",
        "other/member-handbook-2026-excerpt.txt": """\
LAKESHORE FAMILY HEALTH PLAN (FICTIONAL) 2026 MEMBER HANDBOOK - Chapter 9, Appeals (excerpt)      Page 41
You have 60 days from the date of our notice of adverse benefit determination to ask us for an appeal.
If we uphold our decision, you may ask for a State Fair Hearing. You must ask within 120 calendar days
from the date of our appeal decision letter.
""",
        "other/authorization-to-represent-2026-11-16.txt": """\
AUTHORIZATION TO REPRESENT                                                   Date: 11/16/2026
I, Tamsin Achterberg (DOB 04/17/1992, Medicaid ID FICT-LFH-20417733), authorize Priya Vandersloot, Staff
Attorney, Great Lakes Legal Aid (FICTIONAL), to represent me in my State Fair Hearing about reference
LFH-PA-26-0806-44120 and to receive my records from Lakeshore Family Health Plan.
Signed: Tamsin Achterberg
""",
    },
    truth="""\
# 01 - Medicaid managed care (MI): DBT IOP denied; plan appeal upheld 10/02/2026; State Fair Hearing requested by a legal aid attorney (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Tamsin Achterberg, 34, Michigan Medicaid through Lakeshore Family Health Plan (managed care).
- Request for a DBT intensive outpatient program (S9480, 36 days) received 08/06/2026; denied 08/14/2026 (BH-IOP-7
  criterion 3, "12 weeks of weekly outpatient psychotherapy"). Plan appeal received 09/03/2026; notice of appeal
  resolution 10/02/2026 upheld it ("not weekly for 12 weeks").
- The therapy summary shows **21 weekly sessions, 03/05/2026-07/23/2026**, one in every week (the week of 05/25 on
  Tuesday 05/26 instead of Thursday): criterion 3 is met.
- **Level:** the State Fair Hearing, after the plan's appeal (the plan appeal is exhausted). The request goes to the
  State Medicaid Fair Hearings Office, not to the plan.
- **True deadline: 01/30/2027**, 120 calendar days from the notice of resolution of 10/02/2026, **42 CFR
  438.408(f)(2)**; the plan's own 2026 Member Handbook (Chapter 9, page 41) says the same. The notice's "90 days"
  (12/31/2026) is wrong; a request sent now (12/07/2026) is in time under either count.
- The care has not started (pre-service, nothing paid; no continuation of benefits: a new request, no care cut).
- Author: Priya Vandersloot, staff attorney, authorized representative (authorization 11/16/2026).

## Deliberately unknown
- The state hearing office's own time to decide and whether the hearing will be by phone: not in the case.
- Whether the reviewer of 10/02 (family medicine) also made the first denial: not stated.
- Which weekly sessions the reviewer counted: not stated.

## Traps
- **Wrong window in the notice:** "90 days" is not the rule; the letter must not give 12/31/2026 as the deadline.
- **Wrong addressee:** not the plan "to be forwarded"; not a second plan appeal; not external review under the ACA.
- **Moved session:** 05/26 was a Tuesday; the week still had its session. Two sessions (06/18, 06/25) were by video:
  still weekly psychotherapy.
- **Sertraline continues** (partial response, prescribed by the PCP): never "failed" or "stopped".
- **Passive death wishes only:** no active suicidal ideation.
- **Voice:** the attorney writes about Ms. Achterberg.

## Arguments a strong letter makes
1. The record meets criterion 3 as written: 21 weekly sessions from 03/05/2026 through 07/23/2026 (Exhibit:
   therapy summary, p. 1); both notices misread it.
2. The request is timely: 120 calendar days from the notice of resolution of 10/02/2026 (42 CFR 438.408(f)(2); the
   plan's own handbook) run to 01/30/2027.
3. Ask the hearing office to order the plan to authorize the 12-week program; ask for the plan's case file.

## What a letter must NOT say
- "within 90 days" as the hearing window; "12/31/2026" or "December 31, 2026" as the deadline.
- "second-level appeal"; "external review"; "29 CFR 2560.503-1"; "ERISA"; "45 CFR 147.136".
- "failed sertraline"; "active suicidal ideation".
- "continue benefits during the appeal" (nothing authorized is being cut).
""",
    answers=[
        ("Which level is this request?", "State Fair Hearing", "truth"),
        ("True deadline", "01/30/2027", "truth"),
        ("Rule for the deadline", "42 CFR 438.408(f)(2)", "truth"),
        ("Window the notice of resolution wrongly states", "You have 90 days from the date of this letter", "denial/notice-of-appeal-resolution-2026-10-02.txt"),
        ("Date of the notice of resolution", "Date of this letter: 10/02/2026", "denial/notice-of-appeal-resolution-2026-10-02.txt"),
        ("The plan's own handbook window", "within 120 calendar days from the date of our appeal decision letter", "other/member-handbook-2026-excerpt.txt"),
        ("Date the plan received the plan appeal", "We received your appeal on 09/03/2026", "denial/notice-of-appeal-resolution-2026-10-02.txt"),
        ("First denial date", "Date of notice: 08/14/2026", "denial/adverse-benefit-determination-2026-08-14.txt"),
        ("Criterion denied", "Criterion 3 of BH-IOP-7", "denial/adverse-benefit-determination-2026-08-14.txt"),
        ("How many weekly sessions the record shows", "21 sessions", "clinical/outpatient-therapy-summary-2026-07-30.txt"),
        ("Where the fair hearing request goes", "State Medicaid Fair Hearings Office (FICTIONAL), PO Box 30763", "denial/notice-of-appeal-resolution-2026-10-02.txt"),
        ("Who writes", "Priya Vandersloot", "case.yaml"),
        ("Authorization date", "Date: 11/16/2026", "other/authorization-to-represent-2026-11-16.txt"),
        ("Procedure code", "S9480", "case.yaml"),
        ("Suicidality recorded", "Passive death wishes, no plan", "clinical/outpatient-therapy-summary-2026-07-30.txt"),
        ("Sertraline status", "partial response, continues", "clinical/outpatient-therapy-summary-2026-07-30.txt"),
    ],
))

# ---------------------------------------------------------------------------------------------------------
# 02 Separate CHIP, managed care (KS), age 9: pre-service psychological testing denied as duplicating a school
#    evaluation; notice counts 60 days "from receipt" and names a State Fair Hearing. Mother writes.
CASES.append(dict(
    slug="02-separate-chip-mco-child-testing-notice-counts-from-receipt-names-fair-hearing-mother",
    yaml="""\
# FICTIONAL CASE (set 96, case 02) - every person, plan, provider, number and address is invented.
# Separate CHIP (not Medicaid), managed care, Kansas, member aged 9. Pre-service psychological testing denied
# 11/10/2026 as duplicating a school evaluation. First plan appeal: 60 days from the DATE of the notice
# (42 CFR 457.1260 applying 438.402(c)(2)(ii)) = 01/09/2027; the notice says "from the date you receive this
# letter" and names a State Fair Hearing next, which a separate CHIP does not have (state review, 457.1130(b)).
patient:
  name: Mateo Lindqvist-Ruiz
  salutation: Mateo
  date_of_birth: 2017-02-11
  member_id: FICT-PKH-66120458
  address: |-
    714 Cottonwood Lane
    Salina, KS 67401
  phone: (785) 555-0153
insurer:
  name: Prairie Kids Health Plan (FICTIONAL), a Kansas CHIP plan
  appeals_address: |-
    Prairie Kids Health Plan, Member Appeals (FICTIONAL)
    PO Box 2210
    Topeka, KS 66601
  fax: (785) 555-0176
claim:
  number: PKH-UM-26-1103-7715
  plan_type: chip
  delivery: managed_care
  notice_date: 2026-11-10
  appeal_deadline: 2027-01-09
  deadline_basis: >-
    60 calendar days from the date of the notice of 11/10/2026 (42 CFR 457.1260, applying 42 CFR
    438.402(c)(2)(ii)). The notice's "60 days from the date you receive this letter" is not the rule's count.
  procedure_codes: ["96130", "96131", "96136", "96137"]
  diagnosis_codes: [F90.2, F41.1]
  setting: outpatient
  action: none
  pending_services: the full testing battery (2 visits)
  denial_reason: >-
    Not medically necessary. The member's school completed an evaluation on 09/18/2026. Testing that
    duplicates an evaluation completed in the past 12 months is not covered (BH-TEST-3, criterion 2).
  denial_category: medical_necessity
  corrections:
    - said: The member's school completed an evaluation on 09/18/2026.
      record: >-
        The school evaluation of 09/18/2026 was an educational eligibility evaluation (reading, math and
        classroom behavior ratings); it made no diagnosis and its own summary recommends an outside clinical
        evaluation for attention and anxiety.
      file: other/school-evaluation-summary-2026-09-18.txt
      page: 1
      leaves_out: true
plan_policy:
  name: Prairie Kids Health Plan Behavioral Health Guideline BH-TEST-3, Psychological Testing
  number: BH-TEST-3
  quote: >-
    2. The testing does not duplicate a psychological or neuropsychological assessment completed in the past
    12 months. An educational evaluation done to decide special education eligibility is not a psychological
    assessment for this criterion.
  file: other/bh-test-3-guideline-excerpt.txt
  other_terms: >-
    Ask us for an appeal within 60 days from the date on our notice. If we do not change our decision, you may
    ask the State for an external review of our decision.
  other_terms_file: other/chip-member-handbook-excerpt.txt
  other_terms_apply: >-
    The plan's own handbook counts the 60 days from the date on the notice of 11/10/2026, so this appeal is due
    by 01/09/2027, and names the State's external review, not a State Fair Hearing, as the next step.
payer_criteria:
  - criterion: 2. The testing does not duplicate a psychological or neuropsychological assessment completed in the past 12 months
    how_met: >-
      The only evaluation in the past 12 months is the school's educational eligibility evaluation of
      09/18/2026, which the criterion itself says is not a psychological assessment.
    met: true
    evidence: {file: other/school-evaluation-summary-2026-09-18.txt, page: 1}
treatment:
  name: Psychological testing (96130, 96131, 96136, 96137)
  summary: >-
    Diagnostic psychological testing to tell ADHD from an anxiety disorder before treatment is chosen; the
    school's evaluation recommended it.
  plan: >-
    Two testing visits (about 6 hours in all) with Dr. Okoro-Hale, then a feedback visit with the family and
    a written report to the pediatrician.
clinical:
  severity: Vanderbilt parent and teacher scales positive for inattention; SCARED parent 31 (10/20/2026)
  severity_date: 2026-10-20
  suicidality: none
  suicidality_date: 2026-10-20
author:
  name: Elena Ruiz-Lindqvist
  role: Mother of the member
  relation: parent
  address: |-
    714 Cottonwood Lane
    Salina, KS 67401
  phone: (785) 555-0153
provider:
  name: Sunniva Okoro-Hale, PhD
  credentials: Licensed psychologist, Salina Child Psychology (FICTIONAL)
  npi: "<<NPI:156720348>>"
  address: |-
    220 S Santa Fe Avenue, Suite 4
    Salina, KS 67401
  phone: (785) 555-0162
record_dates:
  - file: clinical/pediatrician-referral-2026-10-20.txt
    date: 2026-10-20
  - file: other/school-evaluation-summary-2026-09-18.txt
    date: 2026-09-18
bates_prefix: LINDQVISTRUIZ
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/notice-of-adverse-benefit-determination-2026-11-10.txt": """\
PRAIRIE KIDS HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date of notice: 11/10/2026
Member: Mateo Lindqvist-Ruiz   ID FICT-PKH-66120458   Reference PKH-UM-26-1103-7715
Request received 11/03/2026 from Sunniva Okoro-Hale, PhD (NPI <<NPI:156720348>>): 96130, 96131 x3, 96136,
96137 x3.
Decision: DENIED. Not medically necessary. The member's school completed an evaluation on 09/18/2026. Testing
that duplicates an evaluation completed in the past 12 months is not covered (BH-TEST-3, criterion 2).
Reviewer: Dana Whitfield-Orr, MD, pediatrics.
Your appeal rights: You may ask us for an appeal within 60 days from the date you receive this letter. If we
say no to your appeal, you can ask for a State Fair Hearing. Member Appeals, PO Box 2210, Topeka, KS 66601;
fax (785) 555-0176.
""",
        "clinical/pediatrician-referral-2026-10-20.txt": """\
PRAIRIE PEDIATRICS (FICTIONAL) - REFERRAL FOR PSYCHOLOGICAL TESTING             Date: 10/20/2026
Patient: Mateo Lindqvist-Ruiz   DOB 02/11/2017   Age 9
Concerns: inattention at home and school, worry before school, stomachaches. Vanderbilt parent and teacher
scales positive for inattention; SCARED parent 31. No thoughts of self-harm.
Question: ADHD, anxiety, or both? Testing needed before starting medication.
Referred to: Sunniva Okoro-Hale, PhD.    Signed: Rafael Quintanilla-Dorsey, MD
""",
        "other/school-evaluation-summary-2026-09-18.txt": """\
SALINA UNIFIED SCHOOL DISTRICT (FICTIONAL) - EVALUATION SUMMARY FOR SPECIAL EDUCATION ELIGIBILITY   Page 1
Student: Mateo Lindqvist-Ruiz   Grade 4   Date: 09/18/2026
Assessments: reading and math achievement; classroom behavior rating scales.
Result: not eligible for special education at this time; a classroom support plan is offered.
This is an educational evaluation. It does not make a medical or psychological diagnosis. The team recommends
an outside clinical evaluation for attention and anxiety.
""",
        "other/bh-test-3-guideline-excerpt.txt": """\
PRAIRIE KIDS HEALTH PLAN (FICTIONAL) BEHAVIORAL HEALTH GUIDELINE BH-TEST-3, PSYCHOLOGICAL TESTING (excerpt) p. 1
2. The testing does not duplicate a psychological or neuropsychological assessment completed in the past
12 months. An educational evaluation done to decide special education eligibility is not a psychological
assessment for this criterion.
""",
        "other/chip-member-handbook-excerpt.txt": """\
PRAIRIE KIDS HEALTH PLAN (FICTIONAL) CHIP MEMBER HANDBOOK 2026 - Appeals (excerpt)             Page 22
Ask us for an appeal within 60 days from the date on our notice. If we do not change our decision, you may
ask the State for an external review of our decision. The State's review form comes with our appeal decision.
""",
    },
    truth="""\
# 02 - Separate CHIP managed care (KS), age 9: psychological testing denied as duplicating a school evaluation; first plan appeal by the mother (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mateo Lindqvist-Ruiz, 9 (DOB 02/11/2017), enrolled in Prairie Kids Health Plan, a **separate CHIP** plan (not
  Medicaid), managed care.
- Pre-service request (received 11/03/2026) for psychological testing 96130, 96131, 96136, 96137, denied 11/10/2026
  under BH-TEST-3 criterion 2 as duplicating the school evaluation of 09/18/2026.
- The school evaluation was an **educational eligibility evaluation**; it made no diagnosis and recommends an outside
  clinical evaluation. BH-TEST-3 criterion 2 itself says such an evaluation "is not a psychological assessment for
  this criterion". Criterion 2 is met.
- **Level:** the first (and only) plan appeal, pre-service.
- **True deadline: 01/09/2027**, 60 calendar days from the **date** of the notice (11/10/2026): 42 CFR 457.1260
  applying 42 CFR 438.402(c)(2)(ii). The plan's own CHIP handbook (p. 22) also counts from "the date on our notice".
  The notice's "from the date you receive this letter" would give a later day; it is not the rule.
- **Next level** if upheld: the State's review of the plan's decision (42 CFR 457.1130(b)), as the handbook says;
  a separate CHIP has **no State Fair Hearing**, though the notice names one.
- Author: the mother, Elena Ruiz-Lindqvist (parent of a minor; no authorization form needed).

## Deliberately unknown
- The plan's decision time for this appeal as the plan states it: not in the case (a letter may ask).
- Whether the child has any other coverage: not stated.
- The testing's price: not stated.

## Traps
- **Not Medicaid:** no EPSDT (42 USC 1396d(r)(5)), no "Medicaid" rules cited as Medicaid's, no continued benefits
  (438.420 does not apply to CHIP, and nothing authorized is being cut).
- **Wrong next level in the notice:** "State Fair Hearing"; the letter must not promise one.
- **Wrong count in the notice:** from receipt. The letter must not give a deadline after 01/09/2027.
- **The school evaluation is real** and recent: the letter must not say no evaluation was done; it says what kind.
- No medication has been tried; no treatment history table of failed trials. No suicidal ideation.
- **Voice:** the mother writes about Mateo ("my son"), not "I" as the patient.

## Arguments a strong letter makes
1. Criterion 2's own second sentence: an educational eligibility evaluation is not a psychological assessment;
   the school's summary says it made no diagnosis and recommends an outside clinical evaluation.
2. The testing answers a diagnostic question (ADHD, anxiety or both) that decides treatment (pediatrician's
   referral of 10/20/2026).
3. The appeal is filed well within 60 days of the notice's date (by 01/09/2027); ask for the case file.

## What a letter must NOT say
- "EPSDT"; "1396d(r)"; "State Fair Hearing" as the next step; "42 CFR 438.420"; "continue benefits".
- "ERISA"; "29 CFR 2560.503-1"; "45 CFR 147.136"; "Marketplace".
- "failed medication"; "suicidal".
- "no evaluation has been done".
""",
    answers=[
        ("Level", "the first (and only) plan appeal, pre-service", "truth"),
        ("True deadline", "01/09/2027", "truth"),
        ("Rule", "42 CFR 457.1260", "truth"),
        ("Date of the notice", "Date of notice: 11/10/2026", "denial/notice-of-adverse-benefit-determination-2026-11-10.txt"),
        ("Count the notice wrongly uses", "within 60 days from the date you receive this letter", "denial/notice-of-adverse-benefit-determination-2026-11-10.txt"),
        ("Wrong next level named", "you can ask for a State Fair Hearing", "denial/notice-of-adverse-benefit-determination-2026-11-10.txt"),
        ("Handbook's count", "within 60 days from the date on our notice", "other/chip-member-handbook-excerpt.txt"),
        ("True next level", "ask the State for an external review of our decision", "other/chip-member-handbook-excerpt.txt"),
        ("Criterion's own exclusion of school evaluations", "An educational evaluation done to decide special education eligibility is not a psychological assessment", "other/bh-test-3-guideline-excerpt.txt"),
        ("What the school evaluation says of itself", "It does not make a medical or psychological diagnosis", "other/school-evaluation-summary-2026-09-18.txt"),
        ("School's recommendation", "recommends an outside clinical evaluation for attention and anxiety", "other/school-evaluation-summary-2026-09-18.txt"),
        ("Date the request was received", "Request received 11/03/2026", "denial/notice-of-adverse-benefit-determination-2026-11-10.txt"),
        ("Referring physician", "Rafael Quintanilla-Dorsey, MD", "clinical/pediatrician-referral-2026-10-20.txt"),
        ("Author relation", "relation: parent", "case.yaml"),
        ("Plan type", "plan_type: chip", "case.yaml"),
        ("Codes requested", "96130, 96131 x3, 96136", "denial/notice-of-adverse-benefit-determination-2026-11-10.txt"),
    ],
))

# ---------------------------------------------------------------------------------------------------------
# 03 Stand-alone Part D PDP (IN): tiering exception denied 10/05/2026; a corrected notice of 10/20/2026 fixes
#    the strength only and says the appeal time still runs from 10/05. Redetermination by the NP prescriber.
CASES.append(dict(
    slug="03-part-d-pdp-tiering-exception-corrected-notice-clock-from-first-np-prescriber",
    yaml="""\
# FICTIONAL CASE (set 96, case 03) - every person, plan, provider, number and address is invented.
# Stand-alone Part D plan, Indiana, member 71. Tiering exception for a non-preferred brand antidepressant
# (taken and working since 09/2025) denied 10/05/2026; corrected notice 10/20/2026 (strength only; "your appeal
# rights run from 10/05/2026"). Standard redetermination due by 12/09/2026: 65 days from the notice of
# 10/05/2026 (42 CFR 423.582(b)). The prescribing nurse practitioner asks (42 CFR 423.580; no appointment).
patient:
  name: Harriet Pennyworth-Osei
  salutation: Ms. Pennyworth-Osei
  date_of_birth: 1955-06-23
  member_id: FICT-HHR-31150623
  address: |-
    48 Sycamore Court
    Bloomington, IN 47401
  phone: (812) 555-0127
insurer:
  name: Hoosier Heartland Rx (PDP), Heartland Prescription Plans (FICTIONAL)
  appeals_address: |-
    Heartland Prescription Plans, Part D Redeterminations (FICTIONAL)
    PO Box 61408
    Indianapolis, IN 46206
  fax: 1-800-555-0191
claim:
  number: CD-26-0928-3310
  plan_type: medicare_part_d
  notice_date: 2026-10-05
  appeal_deadline: 2026-12-09
  deadline_basis: >-
    65 days from the date of the coverage determination notice of 10/05/2026 (42 CFR 423.582(b)). The corrected
    notice of 10/20/2026 changed only the strength shown and says the appeal rights run from 10/05/2026.
  diagnosis_codes: [F33.1]
  action: none
  denial_reason: >-
    Your request for a tiering exception is denied. Your prescriber did not show that the preferred drugs for
    your condition would not be as effective for you or would cause you adverse effects.
  denial_category: other
  denial_reasons: [tiering_exception]
  corrections:
    - said: Your prescriber did not show that the preferred drugs for your condition would not be as effective for you or would cause you adverse effects.
      record: >-
        The request of 09/28/2026 listed bupropion XL and sertraline as not effective and escitalopram as stopped
        for low sodium; the prescriber's statement of 11/30/2026 sets each out with its dates and the sodium result.
      file: clinical/prescriber-supporting-statement-2026-11-30.txt
      page: 1
prescriber_statement:
  date: 2026-11-30
  quote: >-
    Bupropion XL 300 mg for 10 weeks and sertraline 150 mg for 9 weeks were not effective. Escitalopram 10 mg
    caused hyponatremia (sodium 128 mmol/L) after 3 weeks and was stopped. The preferred drugs would not be as
    effective for her, and escitalopram caused an adverse effect.
  file: clinical/prescriber-supporting-statement-2026-11-30.txt
treatment:
  name: Auvelity (dextromethorphan-bupropion) extended-release 45 mg/105 mg twice daily
  summary: >-
    An antidepressant she has taken with a good response since 09/2025; the request is to pay for it at the
    preferred-drug cost sharing, not whether it is covered.
clinical:
  severity: PHQ-9 6 on 11/30/2026 (PHQ-9 21 before Auvelity, 08/2025)
  severity_date: 2026-11-30
  suicidality: none
  suicidality_date: 2026-11-30
  response: PHQ-9 21 in 08/2025 before Auvelity; PHQ-9 6 on 11/30/2026
  response_level: response
  history:
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-01
      end: 2025-03
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks
      evidence: {file: clinical/prescriber-supporting-statement-2026-11-30.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-04
      end: 2025-06
      weeks: 9
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 9 weeks
      evidence: {file: clinical/prescriber-supporting-statement-2026-11-30.txt, page: 1}
    - drug: Escitalopram
      dose: 10 mg daily
      start: 2025-07
      end: 2025-08
      weeks: 3
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for hyponatremia (sodium 128 mmol/L); an intolerance, not an adequate trial
      evidence: {file: clinical/prescriber-supporting-statement-2026-11-30.txt, page: 1}
    - drug: Auvelity (dextromethorphan-bupropion ER)
      dose: 45 mg/105 mg twice daily
      start: 2025-09
      ongoing: true
      kind: antidepressant
      response: response
      outcome: Response (PHQ-9 21 to 6); continues
      evidence: {file: clinical/prescriber-supporting-statement-2026-11-30.txt, page: 1}
author:
  name: Colleen Marchetti-Obi
  role: Psychiatric nurse practitioner (PMHNP-BC), prescriber
  relation: prescriber
  address: |-
    Monroe Valley Behavioral Health (FICTIONAL), 1101 W 2nd Street
    Bloomington, IN 47403
  phone: (812) 555-0139
  fax: (812) 555-0140
provider:
  name: Colleen Marchetti-Obi
  credentials: PMHNP-BC
  npi: "<<NPI:133480921>>"
  address: |-
    1101 W 2nd Street
    Bloomington, IN 47403
  phone: (812) 555-0139
record_dates:
  - file: clinical/prescriber-supporting-statement-2026-11-30.txt
    date: 2026-11-30
bates_prefix: PENNYWORTHOSEI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/coverage-determination-notice-2026-10-05.txt": """\
HEARTLAND PRESCRIPTION PLANS (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
Date of this notice: 10/05/2026
Member: Harriet Pennyworth-Osei   ID FICT-HHR-31150623   Plan: Hoosier Heartland Rx (PDP)
Request CD-26-0928-3310 received 09/28/2026 from Colleen Marchetti-Obi, PMHNP-BC (NPI <<NPI:133480921>>)
Drug: Auvelity 45 mg/105 mg ER, one tablet once daily (Tier 4, non-preferred brand)
Your request for a tiering exception is denied. Your prescriber did not show that the preferred drugs for your
condition would not be as effective for you or would cause you adverse effects. Preferred drugs on Tier 1:
bupropion XL, sertraline, escitalopram.
Your right to appeal: you may ask for a redetermination within 65 days from the date of this notice.
Part D Redeterminations, PO Box 61408, Indianapolis, IN 46206; fax 1-800-555-0191.
""",
        "denial/corrected-notice-2026-10-20.txt": """\
HEARTLAND PRESCRIPTION PLANS (FICTIONAL) - CORRECTED NOTICE
Date: 10/20/2026
Member: Harriet Pennyworth-Osei   ID FICT-HHR-31150623   Request CD-26-0928-3310
This notice corrects the directions shown in our notice of 10/05/2026: the prescription is one tablet twice
daily, not once daily. It does not change our decision. Your appeal rights and the time to ask for a
redetermination run from the date of our notice of 10/05/2026.
""",
        "clinical/prescriber-supporting-statement-2026-11-30.txt": """\
MONROE VALLEY BEHAVIORAL HEALTH (FICTIONAL) - PRESCRIBER'S SUPPORTING STATEMENT (TIERING EXCEPTION)  Page 1
Date: 11/30/2026   Patient: Harriet Pennyworth-Osei   DOB 06/23/1955
Trials: bupropion XL 300 mg daily, 01/2025-03/2025 (10 weeks), no response. Sertraline 150 mg daily,
04/2025-06/2025 (9 weeks), no response. Escitalopram 10 mg daily, 07/2025-08/2025, stopped after 3 weeks for
hyponatremia, sodium 128 mmol/L on 08/04/2025.
Auvelity 45 mg/105 mg twice daily since 09/2025: PHQ-9 21 (08/2025) to 6 (11/30/2026); continues. No suicidal
ideation.
Statement: Bupropion XL 300 mg for 10 weeks and sertraline 150 mg for 9 weeks were not effective. Escitalopram
10 mg caused hyponatremia (sodium 128 mmol/L) after 3 weeks and was stopped. The preferred drugs would not be as
effective for her, and escitalopram caused an adverse effect.
Signed: Colleen Marchetti-Obi, PMHNP-BC
""",
    },
    truth="""\
# 03 - Part D PDP (IN): tiering exception for a drug already taken and working; corrected notice; redetermination by the NP prescriber (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Harriet Pennyworth-Osei, 71, stand-alone Part D plan Hoosier Heartland Rx. Auvelity 45 mg/105 mg ER twice daily,
  **on the formulary at Tier 4** (non-preferred brand), taken since 09/2025 with a response (PHQ-9 21 to 6).
- Tiering exception (to pay at the preferred cost sharing) requested 09/28/2026, denied **10/05/2026** ("prescriber
  did not show ..."). The **corrected notice of 10/20/2026** fixes only the directions (twice daily) and says the
  appeal time runs from 10/05/2026.
- **Level:** standard redetermination (first Part D appeal), asked by the prescriber, who may request it for the
  enrollee without being appointed (42 CFR 423.580).
- **True deadline: 12/09/2026**, 65 days from the date of the notice of 10/05/2026, **42 CFR 423.582(b)**. Not
  12/24/2026 (65 days from the corrected notice). Sent 12/07/2026: in time.
- Ground: 42 CFR 423.578(a): a tiering exception when the prescriber's statement shows the preferred drugs would not
  be as effective or would have adverse effects. Statement of 11/30/2026: bupropion XL 10 weeks and sertraline
  9 weeks not effective; escitalopram stopped after 3 weeks for hyponatremia (sodium 128).
- Next level if upheld: the independent review entity, asked for in writing by the member.

## Deliberately unknown
- Her Tier 4 and Tier 1 copayment amounts: not in the case.
- Whether the 09/28 request enclosed chart notes: not stated (the notice says the prescriber did not show it).

## Traps
- **Not a formulary exception**: the drug is on the formulary; the letter must not say "not on the formulary" or
  ask for coverage of a non-formulary drug. Not step therapy.
- **Which notice:** the decision is of 10/05/2026; the 10/20/2026 letter only corrects the directions.
- **Escitalopram 3 weeks** was an intolerance (hyponatremia), not an adequate trial, and not a "failed" trial.
- **Auvelity continues and works:** not "failed"; the request is cost sharing, not whether it is needed.
- **Voice:** a nurse practitioner, not "physician" or "Dr."; no appointment of representative form needed.

## Arguments a strong letter makes
1. The prescriber's statement (11/30/2026) gives exactly what 423.578(a) asks: the two preferred drugs tried were not
   effective and the third caused an adverse effect, with dates and the sodium value.
2. The drug is working (PHQ-9 21 to 6); moving her to a preferred drug she already failed or could not take risks
   relapse.
3. Timely: redetermination requested within 65 days of the notice of 10/05/2026 (by 12/09/2026).

## What a letter must NOT say
- "not on the formulary"; "formulary exception" as the request; "step therapy".
- "failed escitalopram"; "three failed trials"; "Auvelity failed".
- "12/24/2026" or "December 24, 2026" as the deadline; "notice of October 20, 2026" as the decision appealed.
- "Dr. Marchetti-Obi"; "physician"; "ERISA"; "parity"; "29 CFR 2560.503-1"; "45 CFR 147.136".
""",
    answers=[
        ("Level", "standard redetermination", "truth"),
        ("True deadline", "12/09/2026", "truth"),
        ("Rule", "42 CFR 423.582(b)", "truth"),
        ("Date of the decision", "Date of this notice: 10/05/2026", "denial/coverage-determination-notice-2026-10-05.txt"),
        ("Tier", "Tier 4, non-preferred brand", "denial/coverage-determination-notice-2026-10-05.txt"),
        ("What the corrected notice changes", "the prescription is one tablet twice daily, not once daily", "denial/corrected-notice-2026-10-20.txt"),
        ("From when the appeal time runs, per the corrected notice", "run from the date of our notice of 10/05/2026", "denial/corrected-notice-2026-10-20.txt"),
        ("Denial ground", "Your prescriber did not show that the preferred drugs", "denial/coverage-determination-notice-2026-10-05.txt"),
        ("Escitalopram reaction", "hyponatremia, sodium 128 mmol/L on 08/04/2025", "clinical/prescriber-supporting-statement-2026-11-30.txt"),
        ("Bupropion trial length", "(10 weeks), no response", "clinical/prescriber-supporting-statement-2026-11-30.txt"),
        ("Response to the drug requested", "PHQ-9 21 (08/2025) to 6 (11/30/2026)", "clinical/prescriber-supporting-statement-2026-11-30.txt"),
        ("Exception rule", "42 CFR 423.578(a)", "truth"),
        ("Who may file without appointment", "42 CFR 423.580", "truth"),
        ("Author relation", "relation: prescriber", "case.yaml"),
        ("Request date", "received 09/28/2026", "denial/coverage-determination-notice-2026-10-05.txt"),
        ("Preferred drugs named", "bupropion XL, sertraline, escitalopram", "denial/coverage-determination-notice-2026-10-05.txt"),
    ],
))

# ---------------------------------------------------------------------------------------------------------
# 04 FEHB Standard Option (WA), annuitant: her own paper claim for 2025 psychotherapy, mailed certified 06/2026,
#    not found, faxed again 09/28/2026, denied CO-29 "one year". Brochure: by 12/31 of the year after service.
#    Carrier reconsideration; she writes herself.
CASES.append(dict(
    slug="04-fehb-annuitant-member-claim-timely-filing-brochure-year-after-carrier-reconsideration-patient",
    yaml="""\
# FICTIONAL CASE (set 96, case 04) - every person, plan, provider, number and address is invented.
# FEHB Standard Option (fee-for-service), annuitant aged 61, Washington. Member-filed claim for 12 psychotherapy
# visits 02/04/2025-05/20/2025: mailed certified 06/10/2026 (delivered 06/15/2026), not found by the carrier
# 09/24/2026, faxed again 09/28/2026, denied 11/02/2026 CO-29 "within one year". The brochure allows until
# 12/31/2026 for 2025 services. Carrier reconsideration within 6 months of the denial (5 CFR 890.105(b)(1)):
# by 05/02/2027; OPM review follows.
patient:
  name: Gwendolyn Abernathy-Cole
  salutation: Ms. Abernathy-Cole
  date_of_birth: 1965-01-29
  member_id: FICT-CFB-R48812207
  address: |-
    3307 N Proctor Street
    Tacoma, WA 98407
  phone: (253) 555-0116
  email: g.abernathycole@mailbox.example
insurer:
  name: Cascade Federal Benefit Plan (FICTIONAL), Standard Option
  appeals_address: |-
    Cascade Federal Benefit Plan, Reconsiderations (FICTIONAL)
    PO Box 90511
    Seattle, WA 98109
  fax: (206) 555-0183
claim:
  number: CFB-26-0928-55310
  plan_type: fehb
  notice_date: 2026-11-02
  appeal_deadline: 2027-05-02
  deadline_basis: >-
    6 months from the date of the carrier's denial of 11/02/2026, to ask the carrier to reconsider
    (5 CFR 890.105(b)(1)).
  service_dates: [2025-02-04, 2025-05-20]
  sessions: 12
  setting: outpatient
  procedure_codes: ["90837"]
  diagnosis_codes: [F43.23]
  carc_codes: [CO-29]
  denial_reason: >-
    Claim received 09/28/2026. Services were more than one year before the date we received the claim. Claims
    must be filed within one year from the date of service.
  denial_category: timely_filing
  denial_reasons: [timely_filing]
  coding_correct: true
  action: none
  corrections:
    - said: Claims must be filed within one year from the date of service.
      record: >-
        The 2025 brochure allows a claim to be submitted by December 31 of the year after the year of the
        service: December 31, 2026 for these 2025 visits.
      file: other/fehb-brochure-2025-section-7-excerpt.txt
      page: 1
    - said: Claim received 09/28/2026.
      record: >-
        The same claim was sent by certified mail on 06/10/2026 and delivered to the carrier's claims address on
        06/15/2026; 09/28/2026 is when it was faxed again after the carrier said it had no record of it.
      file: other/usps-certified-mail-receipt-and-tracking-2026-06.txt
      page: 1
plan_policy:
  name: Cascade Federal Benefit Plan 2025 FEHB Brochure, Section 7, "Filing a claim for covered services"
  number: Section 7
  quote: >-
    Send us all the documents for your claim as soon as possible. You must submit the claim by December 31 of
    the year after the year you received the service, unless timely filing was prevented by administrative
    operations of Government or legal incapacity, provided the claim was submitted as soon as reasonably
    possible.
  file: other/fehb-brochure-2025-section-7-excerpt.txt
filing:
  first_submitted: 2026-06-10
  received: 2026-06-15
  proof: [other/usps-certified-mail-receipt-and-tracking-2026-06.txt, other/fax-confirmation-2026-09-28.txt]
  limit_deadline: 2026-12-31
  method: certified mail, with the brochure's claim form and the provider's itemized bills, to the claims address in the brochure
  returned: 2026-09-24
  resent: 2026-09-28
call_log:
  - date: 2026-09-24
    who: Cascade Federal Benefit Plan member services
    reference: CALL-26-0924-1187
    summary: Asked about the claim mailed 06/10/2026; told no claim was on file and to fax it again.
treatment:
  name: Individual psychotherapy, 12 visits (90837)
  summary: >-
    Weekly psychotherapy with a non-PPO psychologist; only the filing date is in question.
clinical:
  severity: GAD-7 15 and PHQ-9 12 on 02/04/2025; GAD-7 6 on 05/20/2025
  severity_date: 2025-05-20
  suicidality: none
  suicidality_date: 2025-05-20
author:
  name: Gwendolyn Abernathy-Cole
  relation: patient
provider:
  name: Tobias Engebretsen-Kaur, PsyD
  credentials: Licensed psychologist (non-PPO)
  npi: "<<NPI:161904752>>"
  address: |-
    2010 S 12th Street, Suite 210
    Tacoma, WA 98405
  phone: (253) 555-0129
expenses:
  - date: 2025-05-20
    item: 12 psychotherapy visits, 02/04/2025-05/20/2025, paid to the psychologist
    amount: $2,160.00
    paid: $2,160.00
bates_prefix: ABERNATHYCOLE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/explanation-of-benefits-2026-11-02.txt": """\
CASCADE FEDERAL BENEFIT PLAN (FICTIONAL) - EXPLANATION OF BENEFITS, STANDARD OPTION
Date: 11/02/2026
Enrollee: Gwendolyn Abernathy-Cole (annuitant)   ID FICT-CFB-R48812207   Claim CFB-26-0928-55310
Provider: Tobias Engebretsen-Kaur, PsyD (non-PPO), NPI <<NPI:161904752>>
Services 02/04/2025-05/20/2025   90837 x12   Charged $2,160.00   Paid $0.00
CO-29: Claim received 09/28/2026. Services were more than one year before the date we received the claim.
Claims must be filed within one year from the date of service.
If you disagree: ask us in writing to reconsider within 6 months of the date of this notice. If we do not
change our decision, you may ask the U.S. Office of Personnel Management (OPM) to review it.
Reconsiderations, PO Box 90511, Seattle, WA 98109; fax (206) 555-0183.
""",
        "other/fehb-brochure-2025-section-7-excerpt.txt": """\
CASCADE FEDERAL BENEFIT PLAN (FICTIONAL) 2025 FEHB BROCHURE - Section 7, Filing a claim (excerpt)    Page 1
Send us all the documents for your claim as soon as possible. You must submit the claim by December 31 of
the year after the year you received the service, unless timely filing was prevented by administrative
operations of Government or legal incapacity, provided the claim was submitted as soon as reasonably
possible.
Mail claims to: Cascade Federal Benefit Plan Claims, PO Box 90377, Seattle, WA 98109.
""",
        "other/usps-certified-mail-receipt-and-tracking-2026-06.txt": """\
U.S. POSTAL SERVICE CERTIFIED MAIL RECEIPT AND TRACKING PRINTOUT (FICTIONAL RENDITION)          Page 1
Certified Mail number 9407 1118 9956 2210 4471 83 (fictional)
Sent 06/10/2026 from Tacoma, WA 98407 to Cascade Federal Benefit Plan Claims, PO Box 90377, Seattle, WA 98109
Tracking: 06/15/2026 10:42 am  Delivered, PO Box, Seattle, WA 98109
Sender's note: claim form with 12 itemized bills, 02/04/2025-05/20/2025, Dr. Engebretsen-Kaur.
""",
        "other/fax-confirmation-2026-09-28.txt": """\
FAX TRANSMISSION REPORT (FICTIONAL)
Date: 09/28/2026 2:17 pm   To: (206) 555-0183 Cascade Federal Benefit Plan   Pages: 15   Result: OK
Cover note: claim for 90837 x12, 02/04/2025-05/20/2025, first mailed 06/10/2026 (certified); member services
call CALL-26-0924-1187 asked me to fax it again.
""",
        "clinical/psychologist-treatment-summary-2025-05-20.txt": """\
TOBIAS ENGEBRETSEN-KAUR, PSYD (FICTIONAL) - TREATMENT SUMMARY                      Date: 05/20/2025
Client: Gwendolyn Abernathy-Cole   DOB 01/29/1965
Adjustment disorder with mixed anxiety and depressed mood (F43.23) after a spouse's death.
12 weekly sessions, 02/04/2025-05/20/2025. GAD-7 15 to 6; PHQ-9 12 at intake. No suicidal ideation.
""",
    },
    truth="""\
# 04 - FEHB Standard Option (WA): her own 2025 claim denied as late under a "one year" rule the brochure does not have; carrier reconsideration by the annuitant (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Gwendolyn Abernathy-Cole, 61, FEHB annuitant, Cascade Federal Benefit Plan Standard Option.
- 12 psychotherapy visits (90837), **02/04/2025-05/20/2025**, non-PPO psychologist; she paid $2,160.00 and filed
  the claim herself.
- Mailed certified **06/10/2026**, delivered **06/15/2026** to the brochure's claims PO box; member services said
  on 09/24/2026 (CALL-26-0924-1187) that no claim was on file; she faxed it again **09/28/2026**.
- EOB **11/02/2026**, CO-29: "within one year from the date of service". The **2025 brochure, Section 7**: "by
  December 31 of the year after the year you received the service" = **12/31/2026** for every visit. Both the
  06/15/2026 delivery and the 09/28/2026 fax are within it.
- **Level:** the first step of the FEHB disputed-claims process: asking the carrier to reconsider.
- **True deadline: 05/02/2027**, 6 months from the date of the denial, **5 CFR 890.105(b)(1)**. Next: OPM review
  within 90 days of the carrier's reconsideration decision (5 CFR 890.105(e)(1)). No IRO, no state external review.
- Author: the patient herself ("I").

## Deliberately unknown
- Why the carrier has no record of the mailed claim: unknown (a letter may ask).
- The allowed amount and what the plan would pay for a non-PPO psychologist: not in the case.

## Traps
- **No "one year" rule** in the brochure: the letter must not concede it, nor lead with "good cause" or the
  brochure's exception clause (administrative operations of Government, legal incapacity): the claim was timely.
- **Even the fax date is timely**; the 06/15/2026 delivery is the stronger date, not the only one.
- **FEHB, not ERISA**: no 29 CFR 2560.503-1, no 45 CFR 147.136, no external review by an IRO, no state
  insurance department route, no parity argument needed.
- **Not medical necessity:** no clinical reviewer, no peer-to-peer.
- **Voice:** "I".

## Arguments a strong letter makes
1. The brochure's own limit: by 12/31/2026 for 2025 services; the claim was delivered 06/15/2026 (certified mail
   tracking) and faxed again 09/28/2026, both within it.
2. Correct the EOB's filing rule and receipt date; pay the claim under non-PPO benefits and reimburse her.
3. Timely reconsideration request (within 6 months of 11/02/2026); OPM review is the next step if upheld.

## What a letter must NOT say
- "within one year" as the governing rule; "filed late"; "good cause" as the main ground.
- "ERISA"; "29 CFR 2560.503-1"; "45 CFR 147.136"; "external review"; "independent review organization".
- "medically necessary" as the ground; "peer-to-peer"; "Ms. Abernathy-Cole has" (third person for the signer).
""",
    answers=[
        ("Level", "asking the carrier to reconsider", "truth"),
        ("True deadline", "05/02/2027", "truth"),
        ("Rule", "5 CFR 890.105(b)(1)", "truth"),
        ("Next level", "OPM review", "truth"),
        ("Brochure's filing limit", "by December 31 of the year after the year you received the service", "other/fehb-brochure-2025-section-7-excerpt.txt"),
        ("Rule the EOB applied", "Claims must be filed within one year from the date of service", "denial/explanation-of-benefits-2026-11-02.txt"),
        ("Date the carrier says it received the claim", "Claim received 09/28/2026", "denial/explanation-of-benefits-2026-11-02.txt"),
        ("Delivery of the first mailing", "06/15/2026 10:42 am  Delivered", "other/usps-certified-mail-receipt-and-tracking-2026-06.txt"),
        ("Date first mailed", "Sent 06/10/2026", "other/usps-certified-mail-receipt-and-tracking-2026-06.txt"),
        ("Call reference", "CALL-26-0924-1187", "other/fax-confirmation-2026-09-28.txt"),
        ("Fax result", "Pages: 15   Result: OK", "other/fax-confirmation-2026-09-28.txt"),
        ("Date of the EOB", "Date: 11/02/2026", "denial/explanation-of-benefits-2026-11-02.txt"),
        ("Service dates", "02/04/2025-05/20/2025", "denial/explanation-of-benefits-2026-11-02.txt"),
        ("Amount charged", "Charged $2,160.00", "denial/explanation-of-benefits-2026-11-02.txt"),
        ("CARC", "CO-29", "case.yaml"),
        ("Author", "relation: patient", "case.yaml"),
    ],
))

# ---------------------------------------------------------------------------------------------------------
# 05 Self-funded ERISA plan (WI), second-level appeal: out-of-network neuropsychological evaluation; the SPD's
#    access standard (45 miles / 30 days, contact Member Services first) was met; first level said "no record
#    of contact". The out-of-network neuropsychologist writes with the patient's consent.
CASES.append(dict(
    slug="05-self-funded-erisa-neuropsych-network-access-standard-second-level-neuropsychologist",
    yaml="""\
# FICTIONAL CASE (set 96, case 05) - every person, plan, provider, number and address is invented.
# Self-funded employer plan (ERISA), Wisconsin, 3,800 employees. Out-of-network neuropsychological evaluation
# 06/22 and 06/29/2026 denied PR-242 (08/10/2026); first-level appeal upheld 10/22/2026 ("no record the member
# contacted us"). Member Services call MS-26-0420-7741 on 04/20/2026 and the plan's own provider list show the
# SPD 5.6 access standard met. Second-level appeal due 12/21/2026 (SPD 9.2: 60 days after receipt, received
# 10/22/2026 on the portal). The neuropsychologist writes with the patient's written consent.
patient:
  name: Jonah Thistlewood
  salutation: Mr. Thistlewood
  date_of_birth: 1999-08-03
  member_id: FICT-NBA-70988123
  address: |-
    1418 Jenifer Street
    Madison, WI 53703
  phone: (608) 555-0111
insurer:
  name: Kettle Moraine Paper Products Employee Health Plan (FICTIONAL), administered by Northwoods Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Northwoods Benefit Administrators, Appeals Unit (FICTIONAL)
    PO Box 14420
    Wausau, WI 54402
  fax: (715) 555-0158
employer:
  name: Kettle Moraine Paper Products (FICTIONAL), Benefits Office
  address: |-
    700 Industrial Parkway
    Waukesha, WI 53186
claim:
  number: NBA-26-0706-31147
  plan_type: employer_erisa
  funding: self_funded
  grandfathered: false
  employees: 3800
  stage: second level
  notice_date: 2026-08-10
  service_dates: [2026-06-22, 2026-06-29]
  setting: outpatient
  procedure_codes: ["96132", "96133", "96136", "96137"]
  diagnosis_codes: [F90.0]
  carc_codes: [PR-242]
  denial_reason: >-
    Services by an out-of-network provider are not covered under this plan.
  denial_category: out_of_network
  coding_correct: true
  action: none
decisions:
  - date: 2026-10-22
    outcome: denied
    stage: first-level appeal
    opens: second level
    next_deadline: 2026-12-21
    reason: >-
      The denial is upheld. There is no record that the member contacted us before the service to ask about
      out-of-network coverage, and in-network neuropsychologists are available.
    corrections:
      - said: There is no record that the member contacted us before the service to ask about out-of-network coverage
        record: >-
          The member called Member Services on 04/20/2026 (reference MS-26-0420-7741), two months before the first
          date of service, and Member Services e-mailed him its list of in-network neuropsychologists that day.
        file: other/member-services-provider-list-email-2026-04-20.txt
        page: 1
      - said: in-network neuropsychologists are available
        record: >-
          The two in-network neuropsychologists on the plan's own list were 138 miles from his home (first opening
          11/02/2026) and 11 miles away with no opening before 01/11/2027.
        file: other/member-services-provider-list-email-2026-04-20.txt
        page: 1
        leaves_out: true
plan_policy:
  name: Kettle Moraine Paper Products Employee Health Plan, Summary Plan Description, Section 5.6 "When no Network Provider is available"
  number: Section 5.6
  quote: >-
    If no Network Provider of the needed specialty is available within 45 miles of your home, or none can see
    you within 30 days of your request, and you contact Member Services before you receive the service, the
    Plan will cover the services of an Out-of-Network Provider at the Network level of benefits.
  file: other/spd-2026-sections-5-6-and-9-2-excerpt.txt
  other_terms: >-
    You may ask for a second-level appeal within 60 days after you receive the first-level decision.
  other_terms_file: other/spd-2026-sections-5-6-and-9-2-excerpt.txt
  other_terms_apply: >-
    The first-level decision of 10/22/2026 was posted to the member portal and received that day, so this
    second-level appeal is due by 12/21/2026.
network:
  - name: Northwoods Benefit Administrators Member Services (the plan's administrator)
    date: 2026-04-20
    outcome: Asked for an in-network neuropsychologist for an adult ADHD evaluation; given two names by e-mail (reference MS-26-0420-7741)
    evidence: {file: other/member-services-provider-list-email-2026-04-20.txt, page: 1}
  - name: Lakeview Neuropsychology, Green Bay (in-network)
    date: 2026-04-21
    miles: 138
    first_opening: 2026-11-02
    outcome: First opening for a new adult evaluation 11/02/2026; 138 miles from home
    evidence: {file: other/patient-call-notes-2026-04-21.txt, page: 1}
  - name: Ivo Brandt-Saleh, PhD, Madison (in-network)
    date: 2026-04-21
    miles: 11
    first_opening: 2027-01-11
    outcome: Not taking new adult patients before 01/11/2027
    evidence: {file: other/patient-call-notes-2026-04-21.txt, page: 1}
treatment:
  name: Neuropsychological evaluation (96132, 96133, 96136, 96137)
  summary: >-
    A neuropsychological evaluation for attention and memory problems, needed to settle the diagnosis before
    treatment; done on 06/22/2026 and 06/29/2026.
clinical:
  severity: ASRS positive screen; work warnings for missed deadlines (03/2026)
  severity_date: 2026-03-30
  suicidality: none
  suicidality_date: 2026-06-29
author:
  name: Anneliese Moreau-Tran, PhD, ABPP-CN
  role: Treating neuropsychologist (out-of-network), writing with the patient's written consent
  relation: clinician
  address: |-
    Capitol Neuropsychology Associates (FICTIONAL), 25 W Main Street, Suite 800
    Madison, WI 53703
  phone: (608) 555-0145
  authorization: other/patient-consent-2026-11-24.txt
provider:
  name: Anneliese Moreau-Tran, PhD, ABPP-CN
  credentials: Licensed psychologist, board certified in clinical neuropsychology
  npi: "<<NPI:172305589>>"
  address: |-
    25 W Main Street, Suite 800
    Madison, WI 53703
  phone: (608) 555-0145
bates_prefix: THISTLEWOOD
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/explanation-of-benefits-2026-08-10.txt": """\
NORTHWOODS BENEFIT ADMINISTRATORS (FICTIONAL) - EXPLANATION OF BENEFITS
For: Kettle Moraine Paper Products Employee Health Plan (self-funded)        Date: 08/10/2026
Member: Jonah Thistlewood   ID FICT-NBA-70988123   Claim NBA-26-0706-31147
Provider: Anneliese Moreau-Tran, PhD (out-of-network), NPI <<NPI:172305589>>
06/22/2026 and 06/29/2026: 96132, 96133 x3, 96136, 96137 x4   Billed $3,480.00   Paid $0.00
PR-242: Services by an out-of-network provider are not covered under this plan.
You may appeal within 180 days after you receive this notice (Summary Plan Description, Section 9).
""",
        "denial/first-level-appeal-decision-2026-10-22.txt": """\
NORTHWOODS BENEFIT ADMINISTRATORS (FICTIONAL) - FIRST-LEVEL APPEAL DECISION
Date: 10/22/2026   (posted to the member portal 10/22/2026 4:05 pm)
Member: Jonah Thistlewood   Claim NBA-26-0706-31147   Appeal received 09/01/2026
The denial is upheld. There is no record that the member contacted us before the service to ask about
out-of-network coverage, and in-network neuropsychologists are available.
Reviewed by: Appeals Committee, Northwoods Benefit Administrators.
You may ask for a second-level appeal as described in Section 9.2 of your Summary Plan Description.
""",
        "other/member-services-provider-list-email-2026-04-20.txt": """\
E-MAIL FROM NORTHWOODS BENEFIT ADMINISTRATORS MEMBER SERVICES (FICTIONAL)                     Page 1
Date: 04/20/2026 11:52 am   To: jthistlewood@inbox.example   Reference: MS-26-0420-7741
Subject: In-network neuropsychologists
Thank you for calling today about an adult ADHD evaluation. In-network neuropsychologists for your plan:
1. Lakeview Neuropsychology, 2600 S Oneida Street, Green Bay, WI - (920) 555-0171
2. Ivo Brandt-Saleh, PhD, 5 Odana Court, Madison, WI - (608) 555-0172
If neither can see you, call us back about your options.
""",
        "other/patient-call-notes-2026-04-21.txt": """\
MY CALL NOTES (JONAH THISTLEWOOD)                                                               Page 1
04/21/2026 9:10 am - Lakeview Neuropsychology, Green Bay: first new adult evaluation 11/02/2026. Green Bay is
138 miles from my home.
04/21/2026 9:40 am - Dr. Brandt-Saleh's office, Madison (11 miles): not taking new adult patients; earliest
01/11/2027.
04/22/2026 8:30 am - Called Member Services back (reference MS-26-0420-7741): told both answers; was told to
"go ahead with whoever can see you and the claim will be reviewed". No name given.
04/23/2026 - Booked Dr. Moreau-Tran (out-of-network), 06/22/2026.
""",
        "other/spd-2026-sections-5-6-and-9-2-excerpt.txt": """\
KETTLE MORAINE PAPER PRODUCTS EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION 2026 (excerpt)
Section 5.6 When no Network Provider is available
If no Network Provider of the needed specialty is available within 45 miles of your home, or none can see you
within 30 days of your request, and you contact Member Services before you receive the service, the Plan will
cover the services of an Out-of-Network Provider at the Network level of benefits.
Section 9.2 Second-level appeal
You may ask for a second-level appeal within 60 days after you receive the first-level decision.
""",
        "other/patient-consent-2026-11-24.txt": """\
AUTHORIZATION AND CONSENT                                                            Date: 11/24/2026
I, Jonah Thistlewood (DOB 08/03/1999, member ID FICT-NBA-70988123), authorize Anneliese Moreau-Tran, PhD, to
file my second-level appeal of claim NBA-26-0706-31147 and to receive information about it.
Signed: Jonah Thistlewood
""",
        "clinical/neuropsychological-evaluation-report-2026-07-02.txt": """\
CAPITOL NEUROPSYCHOLOGY ASSOCIATES (FICTIONAL) - NEUROPSYCHOLOGICAL EVALUATION REPORT         Date: 07/02/2026
Patient: Jonah Thistlewood   DOB 08/03/1999   Testing: 06/22/2026 and 06/29/2026
Referral: primary care, for attention and memory complaints and work warnings (03/2026).
Findings support ADHD, predominantly inattentive presentation (F90.0); no learning disorder; no suicidal ideation.
""",
    },
    truth="""\
# 05 - Self-funded ERISA plan (WI): out-of-network neuropsychological evaluation; the SPD's access standard was met; second-level appeal by the neuropsychologist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Jonah Thistlewood, 27, employee of Kettle Moraine Paper Products; self-funded ERISA plan (3,800 employees, not
  grandfathered), administered by Northwoods Benefit Administrators.
- Neuropsychological evaluation 06/22/2026 and 06/29/2026 by an out-of-network neuropsychologist; EOB 08/10/2026
  PR-242. First-level appeal received 09/01/2026; **first-level decision 10/22/2026** ("no record that the member
  contacted us", "in-network neuropsychologists are available").
- **SPD 5.6**: network-level coverage of an out-of-network provider when no network provider is within 45 miles OR
  none can see the member within 30 days, AND the member contacts Member Services before the service. Met:
  Member Services call **04/20/2026, MS-26-0420-7741**, with the plan's own e-mailed list; Lakeview 138 miles
  (and first opening 11/02/2026); Dr. Brandt-Saleh 11 miles but no opening before 01/11/2027.
- **Level:** the plan's **second-level** internal appeal, answering the decision of 10/22/2026.
- **True deadline: 12/21/2026**, 60 days after receipt of the first-level decision (received 10/22/2026 on the
  portal): the plan's own **SPD Section 9.2**, under the ERISA claims rule (29 CFR 2560.503-1(h)).
- Author: the treating neuropsychologist (a clinician, not a physician), with the patient's written consent
  of 11/24/2026.

## Deliberately unknown
- Who at Member Services said on 04/22 to "go ahead": no name (the patient's own note).
- The allowed amount at the network level: not in the case.
- Whether external review reaches a network-access denial: not settled by the case; not promised.

## Traps
- **Stage:** a second-level appeal; it answers the decision of 10/22/2026, not only the EOB.
- **Access standard by the plan's own terms:** "45 miles OR 30 days" - Dr. Brandt-Saleh is within 45 miles but
  fails the 30 days; a letter must not say no in-network neuropsychologist exists.
- **The 04/22 "go ahead" is not an approval:** no authorization number; not "the plan approved".
- **Not medical necessity:** no clinical reviewer request, no peer-to-peer.
- **Voice:** "I write as Mr. Thistlewood's treating neuropsychologist"; never "physician" or "Dr." as a physician.
- Self-funded: external review (if any) is the federal process, 29 CFR 2590.715-2719(d), not the state's.

## Arguments a strong letter makes
1. SPD 5.6 is met on its own terms: contact with Member Services on 04/20/2026 (the plan's own e-mail), before
   06/22/2026; no network neuropsychologist within 45 miles with an opening within 30 days.
2. Correct the first-level decision's two statements with the plan's own e-mail and the call notes.
3. Pay the evaluation at the network level of benefits; ask for the claim file and for a reviewer who took no
   part in the earlier decisions.

## What a letter must NOT say
- "first-level appeal" as this letter's level; "within 180 days" as this appeal's deadline.
- "no in-network neuropsychologist exists"; "the plan approved the out-of-network provider".
- "medically necessary" as the ground; "peer-to-peer"; "physician".
- "45 CFR 156.230"; "Medicaid"; "state external review".
""",
    answers=[
        ("Level", "second-level", "truth"),
        ("True deadline", "12/21/2026", "truth"),
        ("SPD rule for second level", "within 60 days after you receive the first-level decision", "other/spd-2026-sections-5-6-and-9-2-excerpt.txt"),
        ("When the first-level decision was received", "posted to the member portal 10/22/2026", "denial/first-level-appeal-decision-2026-10-22.txt"),
        ("First-level decision's wrong statement", "There is no record that the member contacted us before the service", "denial/first-level-appeal-decision-2026-10-22.txt"),
        ("Member Services contact reference", "Reference: MS-26-0420-7741", "other/member-services-provider-list-email-2026-04-20.txt"),
        ("Date of the contact", "Date: 04/20/2026", "other/member-services-provider-list-email-2026-04-20.txt"),
        ("Access standard miles", "within 45 miles of your home", "other/spd-2026-sections-5-6-and-9-2-excerpt.txt"),
        ("Access standard days", "within 30 days of your request", "other/spd-2026-sections-5-6-and-9-2-excerpt.txt"),
        ("Distance to Lakeview", "138 miles from my home", "other/patient-call-notes-2026-04-21.txt"),
        ("Dr. Brandt-Saleh's earliest", "earliest 01/11/2027", "other/patient-call-notes-2026-04-21.txt"),
        ("CARC", "PR-242", "denial/explanation-of-benefits-2026-08-10.txt"),
        ("Funding", "funding: self_funded", "case.yaml"),
        ("Consent date", "Date: 11/24/2026", "other/patient-consent-2026-11-24.txt"),
        ("Author relation", "relation: clinician", "case.yaml"),
        ("Dates of service", "06/22/2026 and 06/29/2026", "denial/explanation-of-benefits-2026-08-10.txt"),
    ],
))

# ---------------------------------------------------------------------------------------------------------
# 06 TRICARE Select (TX), retiree: IOP 07/06-07/24/2026 denied CARC 27 because the claims system dated his
#    Select enrollment from 08/19/2026 (the day he enrolled after retiring 06/30). The contractor's own
#    enrollment confirmation makes it effective 07/01/2026 (the qualifying life event). Reconsideration; he writes.
CASES.append(dict(
    slug="06-tricare-select-retiree-qle-enrollment-date-iop-eligibility-reconsideration-patient",
    yaml="""\
# FICTIONAL CASE (set 96, case 06) - every person, plan, provider, number and address is invented.
# TRICARE Select, Texas, retired service member aged 46 (retired 06/30/2026). IOP 07/06-07/24/2026 (15 days),
# authorized 07/02/2026, denied 09/29/2026 CARC 27 "no coverage 07/01-08/18/2026". The contractor's enrollment
# confirmation of 08/21/2026: Select effective 07/01/2026 (enrolled 08/19, within 90 days of the retirement
# QLE). Contractor reconsideration within 90 days of the notice (32 CFR 199.10): by 12/28/2026.
patient:
  name: Reginald Szymanski-Hale
  salutation: Mr. Szymanski-Hale
  date_of_birth: 1980-03-14
  member_id: FICT-DBN-1180314552
  address: |-
    9122 Stone Oak Parkway, Apt 2207
    San Antonio, TX 78258
  phone: (210) 555-0108
  email: rszh@homemail.example
insurer:
  name: TRICARE Select, Lone Star Regional Health Services (FICTIONAL), regional contractor
  appeals_address: |-
    Lone Star Regional Health Services, TRICARE Reconsiderations (FICTIONAL)
    PO Box 870140
    San Antonio, TX 78287
  fax: 1-866-555-0115
claim:
  number: LSR-26-0805-90412
  plan_type: tricare
  notice_date: 2026-09-29
  appeal_deadline: 2026-12-28
  deadline_basis: >-
    A reconsideration must be postmarked or received within 90 days of the date of the notice of 09/29/2026
    (32 CFR 199.10).
  service_dates: [2026-07-06, 2026-07-24]
  sessions: 15
  setting: intensive_outpatient
  procedure_codes: [S9480]
  revenue_codes: ["0905"]
  diagnosis_codes: [F43.12, F10.20]
  carc_codes: [CO-27]
  denial_reason: >-
    Expenses incurred after coverage terminated. DEERS shows no TRICARE coverage for you from 07/01/2026
    through 08/18/2026.
  denial_category: other
  denial_reasons: [coverage_ended]
  action: none
eligibility:
  why: >-
    I retired from active duty on 06/30/2026 and enrolled in TRICARE Select on 08/19/2026, within 90 days of
    retiring; the contractor's own enrollment confirmation makes the enrollment effective 07/01/2026, the day
    after I retired.
  start: 2026-07-01
  coverage: TRICARE Select
  record:
    name: TRICARE Select enrollment confirmation
    date: 2026-08-21
    file: other/select-enrollment-confirmation-2026-08-21.txt
    page: 1
  proof: [other/select-enrollment-confirmation-2026-08-21.txt, other/retirement-order-excerpt-2026.txt]
prior_auth:
  approved:
    number: AUTH-26-0702-61830
    date: 2026-07-02
    covers: intensive outpatient program, up to 30 program days
    from: 2026-07-06
    through: 2026-08-14
    quote: >-
      Approved: intensive outpatient program, up to 30 program days, 07/06/2026 through 08/14/2026. This
      authorization is not a guarantee of payment; benefits depend on eligibility on the date of service.
    file: other/authorization-letter-2026-07-02.txt
    lines:
      - {code: S9480, units: 30, given: 15}
treatment:
  name: Intensive outpatient program for PTSD and alcohol use disorder, 15 program days
  summary: >-
    An authorized intensive outpatient program, 07/06/2026-07/24/2026; the denial is about coverage dates only.
clinical:
  severity: PCL-5 54 on 07/06/2026; PCL-5 33 on 07/24/2026
  severity_date: 2026-07-24
  suicidality: none
  suicidality_date: 2026-07-24
author:
  name: Reginald Szymanski-Hale
  relation: patient
provider:
  name: Alamo Heights Behavioral Health IOP (FICTIONAL)
  credentials: TRICARE-authorized program; director Lucinda Varga-Obuya, LCSW
  npi: "<<NPI:119034476>>"
  address: |-
    5100 Broadway, Suite 300
    San Antonio, TX 78209
  phone: (210) 555-0124
bates_prefix: SZYMANSKIHALE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/tricare-eob-2026-09-29.txt": """\
LONE STAR REGIONAL HEALTH SERVICES (FICTIONAL) - TRICARE EXPLANATION OF BENEFITS
Date of notice: 09/29/2026
Beneficiary: Reginald Szymanski-Hale (retiree)   DBN FICT-DBN-1180314552   Claim LSR-26-0805-90412
Provider: Alamo Heights Behavioral Health IOP, NPI <<NPI:119034476>>
07/06/2026-07/24/2026  S9480 (rev 0905) x15   Billed $6,750.00   Paid $0.00
CARC 27: Expenses incurred after coverage terminated. DEERS shows no TRICARE coverage for you from 07/01/2026
through 08/18/2026.
Your right to appeal: you may request a reconsideration. Your request must be postmarked or received within
90 days of the date of this notice. TRICARE Reconsiderations, PO Box 870140, San Antonio, TX 78287.
""",
        "other/select-enrollment-confirmation-2026-08-21.txt": """\
LONE STAR REGIONAL HEALTH SERVICES (FICTIONAL) - TRICARE SELECT ENROLLMENT CONFIRMATION       Page 1
Date: 08/21/2026
Sponsor/beneficiary: Reginald Szymanski-Hale   DBN FICT-DBN-1180314552
Qualifying life event: retirement from active duty, 06/30/2026. Enrollment request received 08/19/2026.
Your TRICARE Select enrollment (individual) is effective 07/01/2026.
""",
        "other/retirement-order-excerpt-2026.txt": """\
DEPARTMENT OF THE AIR FORCE - RETIREMENT ORDER (FICTIONAL RENDITION, excerpt)
Member: MSgt Reginald Szymanski-Hale   Relieved from active duty 06/30/2026; retired 07/01/2026.
""",
        "other/authorization-letter-2026-07-02.txt": """\
LONE STAR REGIONAL HEALTH SERVICES (FICTIONAL) - AUTHORIZATION APPROVAL
Date: 07/02/2026   Authorization AUTH-26-0702-61830
Beneficiary: Reginald Szymanski-Hale   Provider: Alamo Heights Behavioral Health IOP
Approved: intensive outpatient program, up to 30 program days, 07/06/2026 through 08/14/2026. This
authorization is not a guarantee of payment; benefits depend on eligibility on the date of service.
""",
        "clinical/iop-discharge-summary-2026-07-24.txt": """\
ALAMO HEIGHTS BEHAVIORAL HEALTH IOP (FICTIONAL) - DISCHARGE SUMMARY                     Date: 07/24/2026
Patient: Reginald Szymanski-Hale   DOB 03/14/1980
Program days: 15 (07/06/2026-07/24/2026). PTSD (F43.12), alcohol use disorder, moderate, in early remission
(F10.20). PCL-5 54 to 33. No suicidal ideation. Step-down to weekly outpatient therapy.
""",
    },
    truth="""\
# 06 - TRICARE Select (TX), retiree: authorized IOP denied as "no coverage 07/01-08/18"; enrollment effective from the retirement QLE; reconsideration by the patient (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Reginald Szymanski-Hale, 46, retired from active duty **06/30/2026** (retired 07/01/2026). He enrolled in
  TRICARE Select on **08/19/2026**, within 90 days of the qualifying life event.
- The contractor's own **enrollment confirmation of 08/21/2026**: "Your TRICARE Select enrollment ... is effective
  07/01/2026". Every date of the IOP (07/06/2026-07/24/2026) is on or after 07/01/2026.
- The IOP was authorized **07/02/2026, AUTH-26-0702-61830** (07/06-08/14/2026, 30 days; 15 used), "not a guarantee
  of payment; benefits depend on eligibility".
- EOB **09/29/2026**, CARC 27, "no TRICARE coverage ... 07/01/2026 through 08/18/2026" (the claims record dated
  coverage from the enrollment request, not the QLE).
- **Level:** reconsideration by the regional contractor (the first TRICARE appeal level; a "factual" question of
  eligibility, not medical necessity).
- **True deadline: 12/28/2026**, 90 days from the date of the notice of 09/29/2026 (postmarked or received):
  **32 CFR 199.10**. The effective date on the QLE is the contractor's own record (TRICARE's qualifying-life-event
  enrollment rule; the regulation's paragraph was not checked: the letter should rest on the confirmation).
- Author: the patient himself ("I").

## Deliberately unknown
- Whether DEERS itself was corrected after 08/21/2026: not in the case (a letter may ask the contractor to update
  its record / coordinate with DEERS).
- His cost share under Select: not in the case.

## Traps
- **Eligibility, not care:** no medical-necessity argument, no clinical reviewer, no peer-to-peer.
- **The authorization does not lead:** it is subject to eligibility; it matters once coverage is confirmed.
- **TRICARE rules only:** no ERISA, no 45 CFR 147.136, no state insurance department, no external review by an IRO,
  no parity. Not TAMP (he retired; TAMP is for separation).
- **Alcohol use disorder in early remission:** say no more than the record does.
- **Voice:** "I".

## Arguments a strong letter makes
1. The contractor's own confirmation: Select effective 07/01/2026; all 15 days (07/06-07/24/2026) fall within it.
2. Correct the eligibility record used for the claim and reprocess it; the approved authorization
   AUTH-26-0702-61830 covers these days once eligibility is confirmed.
3. Timely: within 90 days of the notice of 09/29/2026 (by 12/28/2026).

## What a letter must NOT say
- "coverage lapsed"; "gap in coverage" as a fact; "retroactive authorization".
- "ERISA"; "29 CFR 2560.503-1"; "45 CFR 147.136"; "external review"; "insurance department"; "parity"; "TAMP".
- "medically necessary" as the ground; "peer-to-peer".
""",
    answers=[
        ("Level", "reconsideration by the regional contractor", "truth"),
        ("True deadline", "12/28/2026", "truth"),
        ("Rule", "32 CFR 199.10", "truth"),
        ("Notice's window", "postmarked or received within 90 days of the date of this notice", "denial/tricare-eob-2026-09-29.txt"),
        ("Date of the notice", "Date of notice: 09/29/2026", "denial/tricare-eob-2026-09-29.txt"),
        ("Denied period", "from 07/01/2026 through 08/18/2026", "denial/tricare-eob-2026-09-29.txt"),
        ("Effective date of enrollment", "effective 07/01/2026", "other/select-enrollment-confirmation-2026-08-21.txt"),
        ("QLE", "retirement from active duty, 06/30/2026", "other/select-enrollment-confirmation-2026-08-21.txt"),
        ("Date enrollment requested", "Enrollment request received 08/19/2026", "other/select-enrollment-confirmation-2026-08-21.txt"),
        ("Authorization number", "AUTH-26-0702-61830", "other/authorization-letter-2026-07-02.txt"),
        ("Authorization caveat", "benefits depend on eligibility on the date of service", "other/authorization-letter-2026-07-02.txt"),
        ("Program days", "Program days: 15", "clinical/iop-discharge-summary-2026-07-24.txt"),
        ("CARC", "CARC 27", "denial/tricare-eob-2026-09-29.txt"),
        ("Plan type", "plan_type: tricare", "case.yaml"),
        ("Amount billed", "Billed $6,750.00", "denial/tricare-eob-2026-09-29.txt"),
        ("Author", "relation: patient", "case.yaml"),
    ],
))

# ---------------------------------------------------------------------------------------------------------
# 07 Medicare Advantage HMO (MO): pre-service ECT denied "no PCP referral" though the PCP's referral is Active
#    in the plan's own portal; the notice gives Original Medicare's "120 days ... redetermination". True: 65 days
#    from the notice's date, plan reconsideration (422.582(b)). Daughter writes, appointed on CMS-1696.
CASES.append(dict(
    slug="07-medicare-advantage-hmo-ect-pcp-referral-on-file-notice-says-120-days-daughter-cms1696",
    yaml="""\
# FICTIONAL CASE (set 96, case 07) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, Missouri, member aged 74. Pre-service acute ECT course denied 11/10/2026: "no referral
# from your PCP". The PCP entered referral REF-26-1019-5520 on 10/19/2026; the plan's portal shows it Active.
# The notice wrongly says "120 days from receipt ... redetermination"; the rule is a reconsideration within
# 65 days of the notice's date (42 CFR 422.582(b)): by 01/14/2027. Her daughter writes, appointed on CMS-1696.
patient:
  name: Beatrix Van Houten-Mbeki
  salutation: Mrs. Van Houten-Mbeki
  date_of_birth: 1952-09-30
  member_id: FICT-GSA-H5521-0930
  address: |-
    17 Lindell Terrace
    St. Louis, MO 63108
  phone: (314) 555-0131
insurer:
  name: Gateway Senior Advantage (HMO), Gateway Health Partners (FICTIONAL)
  appeals_address: |-
    Gateway Health Partners, Medicare Appeals (FICTIONAL)
    PO Box 66190
    St. Louis, MO 63166
  fax: 1-877-555-0164
claim:
  number: GSA-OD-26-1104-2287
  plan_type: medicare_advantage
  notice_date: 2026-11-10
  appeal_deadline: 2027-01-14
  deadline_basis: >-
    65 days from the date of the notice of 11/10/2026, for a plan reconsideration (42 CFR 422.582(b)). The
    notice's "120 days from the date you receive this notice to request a redetermination" is Original
    Medicare's rule and does not apply.
  procedure_codes: ["90870"]
  diagnosis_codes: [F33.3]
  setting: outpatient
  action: none
  pending_services: 12 treatments
  denial_reason: >-
    You did not have a referral from your primary care provider to see this specialist. Services from plan
    specialists require a PCP referral (Evidence of Coverage, Chapter 3, Section 2.3).
  denial_category: other
  corrections:
    - said: You did not have a referral from your primary care provider to see this specialist.
      record: >-
        Her primary care provider, Dr. Nadia Frampton-Eze, entered referral REF-26-1019-5520 to Dr. Tomasz
        Adeyemi-Kruger (psychiatry) for evaluation and ECT on 10/19/2026; the plan's own provider portal shows it
        Active from 10/19/2026 through 04/18/2027, before the request of 11/04/2026.
      file: other/plan-portal-referral-printout-2026-11-12.txt
      page: 1
plan_policy:
  name: Gateway Senior Advantage (HMO) 2026 Evidence of Coverage, Chapter 3, Section 2.3
  number: Chapter 3, Section 2.3
  quote: >-
    You must get a referral from your PCP before you see a plan specialist. Your PCP sends the referral to us
    through our provider portal. A referral is valid for the specialist and the period shown on it.
  file: other/evidence-of-coverage-2026-ch3-excerpt.txt
treatment:
  name: Acute course of electroconvulsive therapy (90870), 12 treatments
  summary: >-
    An acute ECT course for severe recurrent depression with psychotic features, after two medication
    regimens did not work; recommended by her in-network psychiatrist.
  plan: >-
    Three treatments a week for four weeks at Riverfront Regional Hospital (in-network), right unilateral,
    with cognitive checks weekly; stop early on remission.
  setting: Riverfront Regional Hospital ECT suite (in-network), anesthesia present
clinical:
  severity: MADRS 38 on 11/02/2026; weight loss of 9 lb since August; nihilistic delusions
  severity_date: 2026-11-02
  suicidality: passive
  suicidality_date: 2026-11-02
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2026-02
      end: 2026-05
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks
      evidence: {file: clinical/psychiatric-evaluation-2026-11-02.txt, page: 1}
    - drug: Venlafaxine XR with aripiprazole
      dose: 225 mg and 5 mg daily
      start: 2026-06
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response at first, worse since 10/2026; continues until ECT begins
      evidence: {file: clinical/psychiatric-evaluation-2026-11-02.txt, page: 1}
author:
  name: Imogen Van Houten
  role: Daughter, appointed representative (Form CMS-1696)
  relation: representative
  address: |-
    602 Rutger Street
    St. Louis, MO 63104
  phone: (314) 555-0146
  authorization: other/cms-1696-appointment-of-representative-2026-11-20.txt
provider:
  name: Tomasz Adeyemi-Kruger, MD
  credentials: Psychiatrist (in-network)
  npi: "<<NPI:128845019>>"
  address: |-
    Riverfront Regional Hospital, 4400 Forest Park Avenue
    St. Louis, MO 63108
  phone: (314) 555-0157
bates_prefix: VANHOUTENMBEKI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/notice-of-denial-of-medical-coverage-2026-11-10.txt": """\
GATEWAY HEALTH PARTNERS (FICTIONAL) - NOTICE OF DENIAL OF MEDICAL COVERAGE
Date: 11/10/2026
Member: Beatrix Van Houten-Mbeki   ID FICT-GSA-H5521-0930   Plan: Gateway Senior Advantage (HMO)
Request GSA-OD-26-1104-2287 received 11/04/2026 from Tomasz Adeyemi-Kruger, MD (NPI <<NPI:128845019>>):
90870 x12.
We denied this request. You did not have a referral from your primary care provider to see this specialist.
Services from plan specialists require a PCP referral (Evidence of Coverage, Chapter 3, Section 2.3).
Your appeal rights: You have 120 days from the date you receive this notice to request a redetermination.
Gateway Health Partners, Medicare Appeals, PO Box 66190, St. Louis, MO 63166; fax 1-877-555-0164.
""",
        "other/plan-portal-referral-printout-2026-11-12.txt": """\
GATEWAY HEALTH PARTNERS PROVIDER PORTAL (FICTIONAL) - REFERRAL DETAIL (printed 11/12/2026)      Page 1
Referral REF-26-1019-5520   Status: Active
Member: Beatrix Van Houten-Mbeki   ID FICT-GSA-H5521-0930
From: Nadia Frampton-Eze, MD (PCP)   To: Tomasz Adeyemi-Kruger, MD, psychiatry
Reason: evaluation and ECT   Entered: 10/19/2026   Valid: 10/19/2026 through 04/18/2027   Visits: as needed
""",
        "other/evidence-of-coverage-2026-ch3-excerpt.txt": """\
GATEWAY SENIOR ADVANTAGE (HMO) (FICTIONAL) 2026 EVIDENCE OF COVERAGE - Chapter 3, Section 2.3 (excerpt)  p. 1
You must get a referral from your PCP before you see a plan specialist. Your PCP sends the referral to us
through our provider portal. A referral is valid for the specialist and the period shown on it.
Chapter 9 (appeals): ask us for a reconsideration within 65 calendar days from the date of our coverage
decision notice.
""",
        "other/cms-1696-appointment-of-representative-2026-11-20.txt": """\
APPOINTMENT OF REPRESENTATIVE, FORM CMS-1696 (FICTIONAL RENDITION)                    Date: 11/20/2026
Beneficiary: Beatrix Van Houten-Mbeki   Medicare plan member ID FICT-GSA-H5521-0930
I appoint Imogen Van Houten (daughter) to act as my representative in connection with my claim or asserted
right under Medicare, including request GSA-OD-26-1104-2287.
Signed: Beatrix Van Houten-Mbeki   Accepted: Imogen Van Houten, 11/20/2026
""",
        "clinical/psychiatric-evaluation-2026-11-02.txt": """\
RIVERFRONT REGIONAL HOSPITAL (FICTIONAL) - PSYCHIATRIC EVALUATION                      Date: 11/02/2026
Patient: Beatrix Van Houten-Mbeki   DOB 09/30/1952   Referred by Dr. Frampton-Eze (referral REF-26-1019-5520)
Major depressive disorder, recurrent, severe, with psychotic features (F33.3). MADRS 38. Weight down 9 lb since
August. Nihilistic delusions. Passive wish to die; no plan or intent.
Sertraline 150 mg, 02/2026-05/2026, 12 weeks, no response. Venlafaxine XR 225 mg with aripiprazole 5 mg since
06/2026: partial response, worse since 10/2026; continue until ECT begins.
Recommendation: acute ECT, 12 treatments, three a week.   Signed: Tomasz Adeyemi-Kruger, MD
""",
    },
    truth="""\
# 07 - Medicare Advantage HMO (MO): pre-service ECT denied for "no PCP referral" that is on file; the notice gives Original Medicare's window; reconsideration by the appointed daughter (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Beatrix Van Houten-Mbeki, 74, Gateway Senior Advantage (HMO), a Medicare Advantage plan. Her in-network
  psychiatrist asked on 11/04/2026 for an acute ECT course (90870 x12); denied **11/10/2026** for "no referral from
  your primary care provider".
- The plan's **own provider portal** shows referral **REF-26-1019-5520**, entered **10/19/2026** by her PCP to this
  psychiatrist for "evaluation and ECT", Active 10/19/2026-04/18/2027: the EOC Chapter 3, Section 2.3 condition is met.
- **Level:** a standard pre-service **reconsideration** by the plan (Medicare Advantage first appeal level). If the
  plan upholds it, the case goes to the independent review entity automatically (42 CFR 422.592).
- **True deadline: 01/14/2027**, 65 days from the date of the notice, **42 CFR 422.582(b)**; the plan's own EOC
  Chapter 9 says the same. The notice's "120 days from the date you receive this notice to request a
  redetermination" is Original Medicare's rule and word; wrong here.
- Author: her daughter, appointed on **Form CMS-1696** (11/20/2026).
- Not a Part B drug: the 7-day reconsideration clock (422.590(c)) does not apply; pre-service standard decision
  within 30 days (422.590(a)).

## Deliberately unknown
- Why the plan's utilization review did not see the referral: not known.
- Whether an expedited reconsideration was considered by the psychiatrist: not in the case.
- Medical necessity was not reviewed by the plan: no criteria were applied.

## Traps
- **Wrong window and wrong level word in the notice:** no "redetermination", no "120 days"; the letter must not
  state a deadline after 01/14/2027.
- **Not a medical-necessity denial:** the plan never judged the ECT; a letter must not say it did, nor ask for a
  peer-to-peer as if it had (it may ask that any review of necessity be done by a psychiatrist).
- **Venlafaxine/aripiprazole continue** until ECT: never "stopped"; partial response then worse.
- **Passive wish to die, no plan:** not "active suicidal ideation".
- **Medicare rules only:** no parity, no ERISA, no 45 CFR 147.136, no state external review.
- **Voice:** the daughter writes about her mother ("my mother"), with the CMS-1696.

## Arguments a strong letter makes
1. The referral the denial says is missing is on file in the plan's own portal: REF-26-1019-5520, entered
   10/19/2026, Active through 04/18/2027, to this psychiatrist for evaluation and ECT (printout of 11/12/2026).
2. EOC Chapter 3, Section 2.3 is therefore met; reverse the denial and authorize the 12 treatments.
3. Timely reconsideration within 65 days of the notice of 11/10/2026 (by 01/14/2027); if upheld, forward to the
   IRE as 422.592 requires.

## What a letter must NOT say
- "redetermination"; "120 days"; "QIC"; "Original Medicare" rules as this plan's.
- "not medically necessary" as the plan's finding; "criteria not met".
- "parity"; "ERISA"; "29 CFR 2560.503-1"; "45 CFR 147.136"; "7 days" as the decision time.
- "active suicidal ideation"; "stopped venlafaxine".
""",
    answers=[
        ("Level", "standard pre-service **reconsideration**", "truth"),
        ("True deadline", "01/14/2027", "truth"),
        ("Rule", "42 CFR 422.582(b)", "truth"),
        ("Wrong window in the notice", "You have 120 days from the date you receive this notice to request a redetermination", "denial/notice-of-denial-of-medical-coverage-2026-11-10.txt"),
        ("EOC's own window", "within 65 calendar days from the date of our coverage decision notice", "other/evidence-of-coverage-2026-ch3-excerpt.txt"),
        ("Notice date", "Date: 11/10/2026", "denial/notice-of-denial-of-medical-coverage-2026-11-10.txt"),
        ("Referral number", "Referral REF-26-1019-5520", "other/plan-portal-referral-printout-2026-11-12.txt"),
        ("Referral status", "Status: Active", "other/plan-portal-referral-printout-2026-11-12.txt"),
        ("Referral entered", "Entered: 10/19/2026", "other/plan-portal-referral-printout-2026-11-12.txt"),
        ("Referral validity", "Valid: 10/19/2026 through 04/18/2027", "other/plan-portal-referral-printout-2026-11-12.txt"),
        ("Next level if upheld", "42 CFR 422.592", "truth"),
        ("Representative form", "APPOINTMENT OF REPRESENTATIVE, FORM CMS-1696", "other/cms-1696-appointment-of-representative-2026-11-20.txt"),
        ("Appointment date", "Accepted: Imogen Van Houten, 11/20/2026", "other/cms-1696-appointment-of-representative-2026-11-20.txt"),
        ("Request received", "received 11/04/2026", "denial/notice-of-denial-of-medical-coverage-2026-11-10.txt"),
        ("Suicidality", "Passive wish to die; no plan or intent", "clinical/psychiatric-evaluation-2026-11-02.txt"),
        ("Codes", "90870 x12", "denial/notice-of-denial-of-medical-coverage-2026-11-10.txt"),
    ],
))

# ---------------------------------------------------------------------------------------------------------
# 08 County employees' plan (IL), insured, not grandfathered: residential SUD days denied; the wife's appeal
#    (received 08/07/2026) was held for the plan's own representative form (sent 09/09) and never decided.
#    Deemed exhausted; request for the state's external review; the wife writes.
CASES.append(dict(
    slug="08-county-plan-insured-residential-sud-appeal-never-decided-rep-form-external-review-wife",
    yaml="""\
# FICTIONAL CASE (set 96, case 08) - every person, plan, provider, number and address is invented.
# County employees' plan, insured, not grandfathered, Illinois, 1,150 employees. Residential SUD days
# 05/14-05/28/2026 denied 07/15/2026 ("lower level of care"). Wife's appeal received 08/07/2026; plan asked
# 09/02 for its own representative form, faxed 09/09; no decision. 60 days ran out 10/06/2026 (11/08/2026 even
# counted from the form): deemed exhausted (45 CFR 147.136(b)(2)(ii)(F)). State external review, safe date
# 02/06/2027 (4 months from 10/06/2026). The wife writes as authorized representative.
patient:
  name: Lorenzo Maddox-Quintero
  salutation: Mr. Maddox-Quintero
  date_of_birth: 1974-05-09
  member_id: FICT-PSM-KC-40509118
  address: |-
    311 W Poplar Street
    Carbondale, IL 62901
  phone: (618) 555-0125
insurer:
  name: Kaskaskia County Employee Health Plan (FICTIONAL), insured by Prairie State Mutual Health (FICTIONAL)
  appeals_address: |-
    Prairie State Mutual Health, Appeals (FICTIONAL)
    PO Box 19455
    Springfield, IL 62794
  fax: (217) 555-0179
employer:
  name: Kaskaskia County (FICTIONAL), Human Resources
  address: |-
    1 Courthouse Square
    Carbondale, IL 62901
claim:
  number: PSM-26-0601-77208
  plan_type: governmental
  funding: insured
  grandfathered: false
  employees: 1150
  notice_date: 2026-07-15
  service_dates: [2026-05-14, 2026-05-28]
  setting: residential
  procedure_codes: [H0018]
  revenue_codes: ["1002"]
  diagnosis_codes: [F10.20]
  denial_reason: >-
    Residential days 05/14/2026 through 05/28/2026 are not medically necessary. The member could have been
    treated at a lower level of care (intensive outpatient) from 05/14/2026 (PSM criteria RS-4).
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  action: none
submissions:
  - date: 2026-08-05
    method: certified mail
    to: Prairie State Mutual Health, Appeals
    stage: internal appeal (first level)
    confirmation: certified mail, delivered 08/07/2026
    decision_due: 2026-10-06
    decision_basis: >-
      60 days after the plan received the post-service appeal on 08/07/2026 (29 CFR 2560.503-1(i)(2)(iii)(B),
      applied by 45 CFR 147.136(b)(2)(i))
    proof: [other/appeal-letter-and-return-receipt-2026-08-05.txt]
  - date: 2026-09-09
    method: fax
    to: Prairie State Mutual Health, Appeals
    stage: internal appeal (additional information asked 09/02/2026)
    confirmation: fax report, 4 pages, OK
    proof: [other/plan-request-for-representative-form-2026-09-02.txt, other/fax-report-representative-form-2026-09-09.txt]
external_review:
  agency: State Department of Insurance, External Review Unit (FICTIONAL)
  address: |-
    State Department of Insurance, External Review Unit (FICTIONAL)
    320 W Washington Street
    Springfield, IL 62767
plan_policy:
  name: Prairie State Mutual Health criteria RS-4, Residential Substance Use Disorder Treatment
  number: RS-4
  quote: >-
    Continued residential stay is medically necessary when the member cannot safely be treated at a lower level
    of care because of withdrawal risk, a recent failure of intensive outpatient treatment, or a living
    environment that does not support recovery.
  file: other/rs-4-criteria-excerpt.txt
payer_criteria:
  - criterion: Continued residential stay when the member cannot safely be treated at a lower level of care because of a recent failure of intensive outpatient treatment
    how_met: Intensive outpatient program 07/2025-09/2025 completed; relapse within three weeks of discharge
    met: true
    evidence: {file: clinical/residential-discharge-summary-2026-05-28.txt, page: 1}
  - criterion: Continued residential stay when the member's living environment does not support recovery
    how_met: Roommate drinking daily at home; a sober-living bed was available only from 06/01/2026
    met: true
    evidence: {file: clinical/residential-discharge-summary-2026-05-28.txt, page: 1}
alternatives:
  - level: intensive outpatient
    treatment: Intensive outpatient program
    why_not: >-
      He relapsed within three weeks of completing an intensive outpatient program in 09/2025, and on 05/14/2026
      he was still living with an actively drinking roommate, with no other housing until 06/01/2026.
    proof: clinical/residential-discharge-summary-2026-05-28.txt
treatment:
  name: Residential substance use disorder treatment, 05/14/2026-05/28/2026
  summary: >-
    Residential treatment for severe alcohol use disorder after a failed intensive outpatient program, with no
    sober place to live until 06/01/2026.
  plan: >-
    Residential care through 05/28/2026, then intensive outpatient from 06/01/2026 after moving to a sober
    living house.
clinical:
  severity: AUDIT 31 on admission 05/04/2026; cravings daily through 05/20/2026
  severity_date: 2026-05-28
  suicidality: none
  suicidality_date: 2026-05-28
  history:
    - drug: Intensive outpatient program (alcohol use disorder)
      dose: 9 hours a week, 8 weeks
      start: 2025-07
      end: 2025-09
      weeks: 8
      kind: other
      adequate: true
      failed: true
      response: lost
      outcome: Completed; relapsed within three weeks of discharge
      evidence: {file: clinical/residential-discharge-summary-2026-05-28.txt, page: 1}
    - drug: Naltrexone
      dose: 50 mg daily
      start: 2026-05
      ongoing: true
      kind: other
      outcome: Started in residential care; continues
      evidence: {file: clinical/residential-discharge-summary-2026-05-28.txt, page: 1}
author:
  name: Ines Maddox-Quintero
  role: Wife of the member, authorized representative
  relation: representative
  address: |-
    311 W Poplar Street
    Carbondale, IL 62901
  phone: (618) 555-0126
  authorization: other/plan-authorized-representative-form-2026-09-09.txt
provider:
  name: Shawnee Hills Recovery Center (FICTIONAL)
  credentials: Licensed residential SUD program (in-network)
  npi: "<<NPI:140677231>>"
  address: |-
    8800 Old Route 13
    Murphysboro, IL 62966
  phone: (618) 555-0138
bates_prefix: MADDOXQUINTERO
template: external-review-request
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/adverse-benefit-determination-2026-07-15.txt": """\
PRAIRIE STATE MUTUAL HEALTH (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION
For the Kaskaskia County Employee Health Plan (insured)                     Date of notice: 07/15/2026
Member: Lorenzo Maddox-Quintero   ID FICT-PSM-KC-40509118   Claim PSM-26-0601-77208
Provider: Shawnee Hills Recovery Center, NPI <<NPI:140677231>>   Residential stay 05/04/2026-05/28/2026
Paid: 05/04/2026-05/13/2026. Denied: 05/14/2026-05/28/2026.
Residential days 05/14/2026 through 05/28/2026 are not medically necessary. The member could have been treated
at a lower level of care (intensive outpatient) from 05/14/2026 (PSM criteria RS-4).
You may appeal within 180 days after you receive this notice. We will decide a post-service appeal within 60
days after we receive it. You may have the right to an external review by an independent review organization
through the State Department of Insurance.
""",
        "other/appeal-letter-and-return-receipt-2026-08-05.txt": """\
APPEAL LETTER (copy) AND CERTIFIED MAIL RETURN RECEIPT (FICTIONAL RENDITION)
Letter dated 08/05/2026 from Ines Maddox-Quintero to Prairie State Mutual Health, Appeals, PO Box 19455,
Springfield, IL 62794: "I appeal the denial of 07/15/2026 (claim PSM-26-0601-77208) for my husband, Lorenzo
Maddox-Quintero. His signed note authorizing me is enclosed."
Return receipt: delivered and signed for by "T. Greer, PSM mailroom" on 08/07/2026.
""",
        "other/plan-request-for-representative-form-2026-09-02.txt": """\
PRAIRIE STATE MUTUAL HEALTH (FICTIONAL) - LETTER                                  Date: 09/02/2026
To: Ines Maddox-Quintero   Re: appeal for Lorenzo Maddox-Quintero, claim PSM-26-0601-77208
Before we can review an appeal filed by someone other than the member, we need our Authorized Representative
Designation form, signed by the member. Please return it to us by fax at (217) 555-0179.
""",
        "other/plan-authorized-representative-form-2026-09-09.txt": """\
PRAIRIE STATE MUTUAL HEALTH (FICTIONAL) - AUTHORIZED REPRESENTATIVE DESIGNATION
Member: Lorenzo Maddox-Quintero   ID FICT-PSM-KC-40509118   Date signed: 09/09/2026
I designate Ines Maddox-Quintero (wife) as my authorized representative for all appeals and external review of
claim PSM-26-0601-77208.   Signed: Lorenzo Maddox-Quintero
""",
        "other/fax-report-representative-form-2026-09-09.txt": """\
FAX TRANSMISSION REPORT (FICTIONAL)
Date: 09/09/2026 10:03 am   To: (217) 555-0179 Prairie State Mutual Health Appeals   Pages: 4   Result: OK
""",
        "other/rs-4-criteria-excerpt.txt": """\
PRAIRIE STATE MUTUAL HEALTH (FICTIONAL) CRITERIA RS-4, RESIDENTIAL SUBSTANCE USE DISORDER TREATMENT (excerpt) p. 1
Continued residential stay is medically necessary when the member cannot safely be treated at a lower level of
care because of withdrawal risk, a recent failure of intensive outpatient treatment, or a living environment that
does not support recovery.
""",
        "clinical/residential-discharge-summary-2026-05-28.txt": """\
SHAWNEE HILLS RECOVERY CENTER (FICTIONAL) - DISCHARGE SUMMARY                         Date: 05/28/2026
Patient: Lorenzo Maddox-Quintero   DOB 05/09/1974   Admitted 05/04/2026   Discharged 05/28/2026
Alcohol use disorder, severe (F10.20 at discharge, early remission not yet reached). AUDIT 31 on admission.
Intensive outpatient program 07/2025-09/2025 completed; relapse within three weeks of discharge.
Cravings daily through 05/20/2026. Home: roommate drinking daily; sober living bed available 06/01/2026 only.
Naltrexone 50 mg daily started 05/2026, continues. No suicidal ideation.
Plan: intensive outpatient from 06/01/2026 after the move to sober living.
""",
    },
    truth="""\
# 08 - County employees' plan (IL), insured: residential SUD days denied; the appeal was held for the plan's own representative form and never decided; state external review requested by the wife (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Lorenzo Maddox-Quintero, 52, Kaskaskia County employee; county plan (`governmental`), **insured** by Prairie State
  Mutual Health, **not grandfathered**, 1,150 employees.
- Residential SUD stay 05/04-05/28/2026: 05/04-05/13 paid; **05/14-05/28 denied** 07/15/2026 as "lower level of care"
  (RS-4). RS-4 itself allows continued stay for a recent IOP failure or a home that does not support recovery:
  both are in the discharge summary (IOP 2025 relapse; roommate drinking; sober bed only from 06/01).
- His wife's appeal was **delivered 08/07/2026** (return receipt). On **09/02/2026** the plan asked for its own
  representative form; she **faxed it 09/09/2026** (report OK). **No decision has been sent.**
- The plan's own notice and the rule: post-service appeal decided within 60 days of receipt (29 CFR
  2560.503-1(i)(2)(iii)(B), applied to this non-federal governmental plan by 45 CFR 147.136(b)(2)(i)): due
  **10/06/2026**; even counted from the form (09/09) it ran out **11/08/2026**.
- **Level:** the internal appeal is **deemed exhausted** (45 CFR 147.136(b)(2)(ii)(F)); this letter is the request
  for **external review** through the state's process (insured plan: 45 CFR 147.136(c)), sent to the State
  Department of Insurance's External Review Unit.
- **True deadline:** external review within 4 months of the final internal decision (45 CFR 147.136(c)); no
  decision was ever sent, so the safe date counts 4 months from the day the plan's time ran out: **02/06/2027**.
- Author: the wife, with the plan's own representative form signed 09/09/2026.

## Deliberately unknown
- Whether the plan will now claim the 60 days started only with the form: not stated (both counts have run out).
- The amount billed for the denied days: not in the case.
- Whether the state's law gives more than 4 months: not checked; the letter should not promise more.

## Traps
- **Not a second-level appeal and no "Decision appealed":** there is no appeal decision to quote; the denial the
  appeal challenged is the notice of 07/15/2026.
- **The form request does not restart the clock indefinitely**; a letter must not say the plan still has time.
- **Governmental plan:** not ERISA (no "ERISA", no EBSA, no 29 CFR 2560.503-1 as the governing law; it applies only
  through 45 CFR 147.136(b)(2)(i)). Insured: the **state** process, not the federal 29 CFR 2590.715-2719(d).
- **Paid days 05/04-05/13** are not appealed.
- **Naltrexone continues**; the IOP of 2025 was completed and followed by relapse (not "failed to attend").
- **Voice:** the wife writes about her husband.

## Arguments a strong letter makes
1. The appeal received 08/07/2026 was not decided within 60 days (10/06/2026), nor within 60 days of the form
   (11/08/2026): the internal process is deemed exhausted; external review is available now.
2. On the merits: RS-4's own grounds for continued stay are in the record (recent IOP relapse; home with a drinking
   roommate until a sober-living bed on 06/01/2026).
3. Ask the external reviewer to reverse the denial of 05/14-05/28/2026; request made well before 02/06/2027.

## What a letter must NOT say
- "Decision appealed" or a quoted appeal decision; "second-level appeal"; "the plan upheld".
- "ERISA"; "EBSA"; "Department of Labor"; "29 CFR 2590.715-2719(d)" as the route.
- "05/04/2026 through 05/13/2026" as denied days; "stopped naltrexone".
""",
    answers=[
        ("Level", "request\n  for **external review** through the state's process", "truth"),
        ("True deadline", "02/06/2027", "truth"),
        ("Deemed exhaustion rule", "45 CFR 147.136(b)(2)(ii)(F)", "truth"),
        ("Date the appeal was delivered", "on 08/07/2026", "other/appeal-letter-and-return-receipt-2026-08-05.txt"),
        ("Plan's own decision time", "We will decide a post-service appeal within 60\ndays after we receive it", "denial/adverse-benefit-determination-2026-07-15.txt"),
        ("Plan's request for its form", "we need our Authorized Representative\nDesignation form", "other/plan-request-for-representative-form-2026-09-02.txt"),
        ("Date the form was faxed", "Date: 09/09/2026 10:03 am", "other/fax-report-representative-form-2026-09-09.txt"),
        ("Fax result", "Pages: 4   Result: OK", "other/fax-report-representative-form-2026-09-09.txt"),
        ("Day the 60 days ran out", "decision_due: 2026-10-06", "case.yaml"),
        ("Denied days", "Denied: 05/14/2026-05/28/2026", "denial/adverse-benefit-determination-2026-07-15.txt"),
        ("Paid days", "Paid: 05/04/2026-05/13/2026", "denial/adverse-benefit-determination-2026-07-15.txt"),
        ("RS-4 ground met", "a recent failure of intensive outpatient treatment", "other/rs-4-criteria-excerpt.txt"),
        ("Living environment", "roommate drinking daily; sober living bed available 06/01/2026 only", "clinical/residential-discharge-summary-2026-05-28.txt"),
        ("External review agency", "State Department of Insurance, External Review Unit (FICTIONAL)", "case.yaml"),
        ("Funding", "funding: insured", "case.yaml"),
        ("Plan type", "plan_type: governmental", "case.yaml"),
    ],
))

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
