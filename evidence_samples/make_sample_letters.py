"""Render every bundled letter template with fictional sample data into evidence_samples/letters/NAME.pdf.

    /tmp/venv/bin/python evidence_samples/make_sample_letters.py

Most letters use the sample cases in this folder (ketamine-trd, spravato-step-therapy, out-of-network-gap), with
a few extra fields that letter needs (payer criteria, the plan's policy language, the reason for urgency).
The chronic-pain letter uses a small fictional context of its own. Letters written in the clinic's voice (letter
of medical necessity, retro-authorization, expedited appeal) use the fictional clinic profile in
letters/clinic/clinic.yaml, whose logo this script draws. All people, plans and numbers are invented.
"""
from __future__ import annotations

import copy
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from appeal_kit._exec.soffice import convert_to_pdf  # noqa: E402
from appeal_kit.case.folder import Case, load_case, set_path  # noqa: E402
from appeal_kit.letter import clinic as clinic_mod, render  # noqa: E402

OUT = HERE / "letters"
CLINIC_DIR = OUT / "clinic"
TODAY = date(2026, 11, 2)

CLINIC_YAML = """\
# FICTIONAL clinic profile for the sample letters (see appeal_kit/clinic.py for the format).
name: Cascade Ridge Behavioral Health
letterhead:
  - 1450 Willamette Street, Suite 300, Eugene, OR 97401
  - "Phone (541) 555-0122  ·  Fax (541) 555-0123  ·  cascaderidge.example"
logo: logo.png
address: 1450 Willamette Street, Suite 300, Eugene, OR 97401
phone: (541) 555-0122
fax: (541) 555-0123
tax_id: 93-5550148
providers:
  - name: Miriam Osei, MD
    credentials: Board-certified psychiatrist
    npi: "1999999992"
    license: Oregon MD 555014
signature_block: Attending psychiatrist, Interventional Psychiatry Service
"""

OSEI = {"name": "Miriam Osei, MD", "role": "Treating psychiatrist", "phone": "(541) 555-0122",
        "address": "Cascade Ridge Behavioral Health\n1450 Willamette Street, Suite 300\nEugene, OR 97401"}

TRD_CRITERIA = [
    {"criterion": "Diagnosis of major depressive disorder, without psychotic features",
     "how_met": "Recurrent, severe major depression without psychotic features (F33.2)",
     "evidence": {"file": "clinical/progress-notes.pdf", "page": 1}},
    {"criterion": "Failure of at least two antidepressants of adequate dose and duration in the current episode",
     "how_met": "Two antidepressant trials (24 and 32 weeks) and two augmentation trials, none bringing remission",
     "evidence": {"file": "clinical/medication-trial-history.docx", "page": 1}},
    {"criterion": "Severity documented with a validated scale",
     "how_met": "PHQ-9 22 and MADRS 38 before treatment",
     "evidence": {"file": "clinical/progress-notes.pdf", "page": "1-2"}},
    {"criterion": "No active psychosis, uncontrolled hypertension or substance use disorder",
     "how_met": "Pre-treatment evaluation September 1, 2026; urine drug screen negative",
     "evidence": {"file": "clinical/progress-notes.pdf", "page": 1}},
]
TRD_POLICY = {"name": "Medical Policy BH-114, Ketamine for Psychiatric Conditions", "number": None,
              "quote": "A drug, device or procedure is experimental or investigational when it is not approved by "
                       "the U.S. Food and Drug Administration for the condition being treated."}


def make_logo(path: Path) -> None:
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGB", (360, 360), "white")
    draw = ImageDraw.Draw(img)
    draw.ellipse((10, 10, 350, 350), fill=(38, 84, 124))
    draw.polygon([(60, 260), (150, 120), (200, 190), (240, 140), (310, 260)], fill=(235, 242, 248))
    try:
        font = ImageFont.truetype("DejaVuSans-Bold.ttf", 54)
    except OSError:
        font = ImageFont.load_default()
    draw.text((180, 300), "CRBH", fill="white", font=font, anchor="mm")
    img.save(path)


def variant(case: Case, **changes) -> Case:
    """A copy of the case with dotted-path changes: variant(case, **{"claim.denial_category": "x"})."""
    data = copy.deepcopy(case.data)
    for dotted, value in changes.items():
        set_path(data, dotted, value)
    return Case(folder=case.folder, data=data, exhibits=case.exhibits, bates_prefix=case.bates_prefix)


def pain_case(folder: Path) -> tuple[Case, list[dict]]:
    data = {
        "patient": {"name": "Teresa Lindqvist", "date_of_birth": "1974-08-09", "member_id": "GLH-55102-338"},
        "insurer": {"name": "Great Lakes Health Alliance", "appeals_address":
                    "Appeals Unit\nPO Box 7710\nMadison, WI 53707-7710", "fax": "(608) 555-0144"},
        "claim": {"number": "GLH-PA-2026-77341", "notice_date": "2026-09-30",
                  "procedure_codes": ["96365", "96366", "J3490"], "diagnosis_codes": ["G90.512"],
                  "denial_reason": "Ketamine infusion for pain is considered investigational. Published evidence "
                                   "is insufficient to show improved long-term health outcomes.",
                  "denial_category": "experimental_investigational"},
        "treatment": {"name": "Outpatient IV ketamine infusions (five-day series)",
                      "summary": "Ms. Lindqvist has complex regional pain syndrome type I of the left upper limb "
                                 "since a wrist fracture in 2024, with burning pain, swelling, color change and "
                                 "loss of grip. Her pain physician prescribed a five-day outpatient series of "
                                 "low-dose IV ketamine infusions after standard treatment failed."},
        "author": {"name": "Teresa Lindqvist", "role": "Patient", "phone": "(608) 555-0172"},
        "clinical": {
            "severity": "Average pain 8/10 on the numeric rating scale; unable to use the left hand for work or "
                        "dressing; Budapest criteria for CRPS met on examination.",
            "history": [
                {"drug": "Gabapentin", "dose": "900 mg three times daily", "start": "2024-11-04",
                 "end": "2025-03-10", "outcome": "No meaningful relief; sedation"},
                {"drug": "Nortriptyline", "dose": "50 mg at night", "start": "2025-03-17", "end": "2025-06-30",
                 "outcome": "No response; dry mouth, constipation"},
                {"drug": "Physical and occupational therapy", "dose": "24 sessions", "start": "2024-11-11",
                 "end": "2025-04-25", "outcome": "Graded motor imagery and desensitization; pain unchanged"},
                {"drug": "Stellate ganglion blocks", "dose": "3 blocks", "start": "2025-07-14",
                 "end": "2025-09-08", "outcome": "Relief for 1-2 days after each block only"},
            ]},
        "plan_policy": {"name": "Medical Policy 5.01.12, Ketamine Infusion",
                        "quote": "Intravenous ketamine is considered investigational for all indications, "
                                 "including chronic pain syndromes."},
    }
    exhibits = [{"label": "A", "title": "Prior authorization denial, September 30, 2026"},
                {"label": "B", "title": "Pain clinic notes and CRPS examination (Budapest criteria)"},
                {"label": "C", "title": "Cohen et al., consensus guidelines on IV ketamine for chronic pain (2018)"}]
    return Case(folder=folder, data=data), exhibits


def main() -> None:
    OUT.mkdir(exist_ok=True)
    CLINIC_DIR.mkdir(exist_ok=True)
    (CLINIC_DIR / "clinic.yaml").write_text(CLINIC_YAML, encoding="utf-8")
    make_logo(CLINIC_DIR / "logo.png")
    clinic = clinic_mod.load_clinic(path=CLINIC_DIR / "clinic.yaml")

    trd = load_case(HERE / "ketamine-trd")
    trd_full = variant(trd, payer_criteria=TRD_CRITERIA, plan_policy=TRD_POLICY)
    spravato = load_case(HERE / "spravato-step-therapy")
    gap = load_case(HERE / "out-of-network-gap")
    clinic_voice = {"author": OSEI}

    jobs: dict[str, tuple[Case, dict]] = {
        "medical-necessity": (trd_full, {}),
        "ketamine-trd": (trd_full, {}),
        "experimental-investigational": (variant(trd_full, **{"claim.denial_category":
                                                              "experimental_investigational"}), {}),
        "retro-authorization": (variant(trd_full, **clinic_voice, **{
            "claim.denial_category": "prior_authorization",
            "claim.denial_reason": "Prior authorization was not obtained for IV ketamine infusion (CO-197).",
            "prior_auth.reason_missing": "the infusion series was started at a time of worsening depression with "
                                         "passive suicidal ideation, and the plan's precertification line told "
                                         "the clinic on September 2, 2026 that no authorization was needed for "
                                         "code 96365; the clinic recorded that call (reference NW-0902-1187).",
            "prior_auth.requested_on": "2026-09-21"}), {"clinic": clinic}),
        "letter-of-medical-necessity": (variant(trd_full, **clinic_voice, **{
            "treatment.plan": "six infusions of ketamine 0.5 mg/kg over 40 minutes across three weeks, in our "
                              "monitored infusion suite, with blood pressure, heart rate and dissociation recorded "
                              "before, during and for two hours after each; the series stops if the PHQ-9 has not "
                              "fallen by half after the fourth infusion",
            "clinical.response": "PHQ-9 22 before the first infusion and 12 after the fourth, with sleep and "
                                 "energy improving and the passive suicidal ideation gone",
            "clinical.episode_onset": "2023-01", "clinical.treating_since": "2023-02-06"}), {"clinic": clinic}),
        "external-review-request": (variant(trd_full, **{"external_review.final_denial_date": "2026-12-18"}), {}),
        "expedited-appeal": (variant(trd_full, **clinic_voice, **{
            "urgency.reason": "the infusion series was stopped after four of six infusions when the claim was "
                              "denied, and her depression is relapsing: sleep is shortening again, and before "
                              "treatment she had passive suicidal ideation with a MADRS of 38.",
            "urgency.certified_by": "Miriam Osei, MD",
            "claim.pending_services": ["the remaining two of the six prescribed infusions"]}), {"clinic": clinic}),
        "claim-file-request": (variant(trd_full, **{"claim.denial_reason": "Does not meet MCG criteria for "
                                                    "intravenous ketamine; not medically necessary."}), {}),
        "peer-to-peer-request": (variant(trd_full, **clinic_voice, **{
            "peer_to_peer.availability": "weekdays between 12 and 1 pm Pacific"}), {"clinic": clinic}),
        # before any denial: the same patient's request for the six infusions (no claim, no denial yet)
        "prior-authorization-request": (variant(trd_full, **clinic_voice, **{
            "request": "prior_authorization", "claim.number": None, "claim.notice_date": None,
            "claim.denial_reason": None, "claim.denial_category": None, "claim.carc_codes": [],
            "claim.service_dates": [], "claim.procedure_codes": [],
            "planned_care": {"kind": "ketamine_iv", "sessions": 6, "start": "2026-11-16", "ndc": "42023-113-10",
                             "codes": ["96365", "J3490", "99214"]},
            "prior_auth.fax": "(503) 555-0177", "insurer.appeals_address": None, "insurer.fax": None,
            "clinical.severity": "PHQ-9 of 22 on October 20, 2026 (severe) and MADRS of 38 on October 27, 2026, "
                                 "with passive suicidal ideation and no psychotic features.",
            "clinical.severity_date": "2026-10-27",
            "clinical.treating_since": "2023-02-06"}), {"clinic": clinic}),
        "esketamine-step-therapy": (spravato, {}),
        "out-of-network-gap-exception": (gap, {}),
        "superbill-cover-letter": (variant(gap, reimbursement={"amount_billed": "$3,715.00",
                                                               "amount_paid": "$2,585.00"}), {}),
    }
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        pain, pain_exhibits = pain_case(tmp)
        jobs["ketamine-chronic-pain"] = (pain, {"exhibits": pain_exhibits})
        docs = []
        for name, (case, kw) in sorted(jobs.items()):
            kw.setdefault("clinic", None)  # never pick up the user's own clinic.yaml
            template = render.find_template(name)
            docs.append(render.render_letter(case, template, tmp / f"{name}.docx", today=TODAY, **kw))
        for pdf in convert_to_pdf(docs, OUT).values():
            print(f"wrote {pdf.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
