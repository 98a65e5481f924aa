"""README of set 10, written by make_set.py (ALL FICTIONAL)."""
README = r'''# Blind test cases, set 10 (issue 18) - all FICTIONAL

Every person, plan, clinic, number and address here is invented (phone numbers 555-01xx, e-mail domains
`.example`, member IDs with `FICT`, invented towns with ZIP codes ending 999, NPIs that only pass the check
digit, a made-up NDC labeler 99207). Every document prints a FICTIONAL line; every case.yaml and truth file says so.

## How it was made
- Written blind for issue 18 (`issues show 18`) by the session "letters10" on 2026-12-04. Read:
  /work/main/README.md, docs/case-yaml.md (fully), docs/domain.md, docs/letters.md and docs/walkthrough.md (the
  parts on plan types, windows and fields), /work/shared/reference/appeals-domain.md (section 1c applied), and,
  for the format only, tests/resources/letter-review/set7/README.md, its 03 truth file and that case's folder.
  Nothing under appeal_kit/, other tests/, scripts/, letter_templates/, /work/wt-* or other sets was read.
  `appeal-kit templates` and `appeal-kit evidence list` were run to pick a template and literature keys.
- `make_set.py` (run `/work/main/.venv/bin/python make_set.py --check`) deletes and rewrites every case folder
  (case.yaml and the `.txt` documents in denial/, clinical/, other/), every truth file and this README, from the
  data modules `cases_a.py`, `cases_a2.py`, `cases_b.py`, `cases_b2.py` (`readme_text.py` holds this text). It
  checks that each quoted answer is printed (whitespace-normalized) in the document it names, that each file
  case.yaml names exists, that each case.yaml and truth file is marked FICTIONAL, and with `--check` runs
  `appeal-kit check` on every folder. Edit the modules, not the folders.
- Every folder passes `/work/main/.venv/bin/appeal-kit check` with exit 0 against main at 48d9df6. `draft` and
  `build` were **not** run; no letter was read.
- The combinations avoid those of sets 5-9 listed in the brief.

## Conventions of the truth files (`NN-slug.truth.md`)
- **What is true**: the facts, with the rule for the plan type and its source (regulation, or the plan's own
  document in the case).
- **Deliberately unknown**: what the case does not hold; a letter must not state it (it may ask).
- **Traps**: the sentences a letter is likely to get wrong (negations, earlier-episode responses, sleep-dose
  drugs, drugs still taken, psychotherapy, month-only and conflicting dates, records dated after the decision, a
  criterion truly not met, stage, voice, wrong law).
- **Arguments a strong letter makes**, strongest first.
- **What a letter must NOT say**: phrases/citations that count as a false statement or contradiction.
- Voice: 01, 03, 07 the patient ("I"); 04, 08 a representative (spouse; nonprofit advocate); 02, 05, 06 the
  treating physician/prescriber.

## Cases
| # | plan (plan_type) | category | stage | author | treatment | main traps / winning point |
|---|---|---|---|---|---|---|
| 01 | church plan, insured (`church`) | medical necessity, **approved in part** (20 of 36 TMS; 21-36 denied) | **second level**, quoting the 11/06 decision | patient ("I") | TMS continuation (16 pending) | policy 4.2 asks 25%, decision applied 50%, PHQ-9 22->15 = 31.8%; **criterion truly not met** (4.1(d) psychotherapy: 4 EAP sessions) must not be claimed; sertraline 2019 remission; trazodone sleep; bupropion ongoing; record of 11/20 after decision; 09/14 vs 09/15 |
| 02 | insured small-group employer (`employer_erisa`, insured) | **timely filing** | first internal | treating psychiatrist (authorization) | Spravato J0013 (done) | certificate 9.1 = 180 days; 277CA accepted 08/21 vs EOB "received 09/02" (both timely); 90-day limit is for participating providers; aripiprazole 3 wks not adequate; passive SI 04/27 (history); no medical-judgment requests |
| 03 | FEHB (`fehb`) | quantity limit (`benefit_limit`, 6 vs 12 devices/28 days) | **OPM review** after the carrier's reconsideration | patient ("I") | Spravato weekly maintenance | brochure's own above-limit provision; relapse on the plan's quantity (MADRS 11->27); lithium 5 wks subtherapeutic; no SI; summary dated after decision; no ERISA/state |
| 04 | TRICARE Prime (`tricare`) | prior authorization: **referral approved**, filed under the old suite | reconsideration (90 days) | spouse as appointed representative | TMS (30 given, taper declined) | approval 07/28 vs intake log "07/26"; given within approved units; no pending; sertraline 2016 earlier response; prazosin nightmares; CPT psychotherapy; factual appeal, not QMC |
| 05 | Medicaid managed care (`medicaid`, `managed_care`) | medical necessity, **reduce** an authorized ECT course (12 -> 8) | first plan appeal, **expedited**, continuation of benefits | treating psychiatrist (member's written consent) | ECT (4 remaining) | partial response is not remission; ECT 2018 remission (earlier episode); lorazepam anxiety; passive SI 11/06 vs "denies SI today" 12/02; "without psychotic features"; 438.420 applies |
| 06 | Part D PDP (`medicare_part_d`) | **step therapy** (brexpiprazole after aripiprazole) | redetermination (65 days) | prescriber, with supporting statement | Rexulti (brexpiprazole) | aripiprazole 10 wks via samples + discount card (not billed); quetiapine 25 mg sleep; nortriptyline 2008 earlier remission (cardiac reason not to restart); no SI; not a formulary exception |
| 07 | student health plan, insured (`individual_aca`) | **visit limit** 20/year (`benefit_limit`), parity | first internal | patient ("I") | weekly psychotherapy (CPT) | MH visit cap vs no limit on medical visits/PT (comparator); limit is in the current terms (argue parity, not "no limit"); 2018 counseling earlier response; supportive therapy not failed; hydroxyzine sleep; summary after EOB |
| 08 | state employees, self-funded (`governmental`) | **coding**: OON ketamine superbill, no NDC, 96366 unsupported | **second level**, quoting the 10/28 decision | nonprofit advocate (authorization) | IV ketamine (done, paid by patient) | `coding_correct: false`; corrected claim N499207045010 ML1.6, 96366 removed (40-45 min infusions); 160 lb not kg; dose given 36 mg vs 80 mg drawn; no external review/peer-to-peer |

## Where the tool and the docs disagree (cases kept valid per the tool; all exit 0)
1. **An approval still triggers "reason_missing"** (04, 05): with `prior_auth.approved` set (the docs say the
   letter then says the plan approved it and "never why authorization was missing"), `check` warns
   "prior_auth.reason_missing: not in case.yaml, so the letter leaves out why authorization was not in place".
   In 05 (a Medicaid reduction of an authorized course) authorization was never missing at all.
2. **payer_criteria evidence as a list** (06): case-yaml.md says `evidence: {file, page}` "(or `pages`, or a list
   of them)"; a list of two `{file, page}` items draws "points to no evidence; add evidence".
3. **A form number in an exhibit's file name is read as a fact** (08): the file
   `other/corrected-cms-1500-claim-data.txt` (named in `corrected_claim.file`) gives the warning "the
   medical-necessity letter says 'Enclosed as Exhibit C: Corrected cms 1500 claim data.', and nothing in the case
   gives the number 1500". The warning also names the *medical-necessity* letter for a coding denial (the default
   template), and the generated title lowercases "CMS".
4. **Original superbill has no field** (08): the superbill as first sent (the document the denial answered) is
   "enclosed, but no case.yaml field says what it is"; `reimbursement` has no `file`, and `corrected_claim` has no
   place for the original claim.
5. **`clinical.relapse`** is not a key (it is `impact.relapse`); the warning's suggestion "did you mean
   response?" points to the wrong field. (Fixed in 03; noted as a usability point.)
6. Note (not a disagreement): `benefit_limit` is now accepted (set 7 reported it rejected); `plan_policy.limit`
   with `applied` = `current` below `course` passes without a warning in 03 and 07.
'''
