"""An exhibit's title made from its file name writes the names the case itself writes as names (set 20's review:
"St aurelian utilization review log" in the letter and the index), and nothing else differently."""
from __future__ import annotations

from pathlib import Path

import pytest

from appeal_kit.case.folder import proper_names, title_from_filename

CASE = {"emergency": {"presented": "the emergency department of St. Aurelian Regional Hospital at 10:40 pm"},
        "other_coverage": {"plan": "Bluegate Health Insurance Company group policy BGH-1 (Kestrel Logistics plan)",
                           "proof": ["other/bluegate-eob.txt", "other/st-aurelian-log.txt"]},
        "plan_policy": {"name": "Step Therapy Policy ST-9", "quote": "Policy terms apply. TRICARE pays after OHI."},
        "claim": {"denial_reason": "PRE-SERVICE DENIAL: NOT COVERED", "appeal": "a policy of the plan"},
        "author": {"email": "someone@aurelian.example"}}


@pytest.mark.parametrize("file, title", [
    ("st-aurelian-utilization-review-log-2026-10.txt", "St Aurelian utilization review log 2026-10"),
    ("bluegate-eob-2026-09-25.txt", "Bluegate EOB 2026-09-25"),
    ("kestrel-hr-letter.txt", "Kestrel HR letter"),
    ("tricare-ohi-questionnaire.txt", "TRICARE OHI questionnaire"),
    # a common word inside a name, read alone, stays as the file writes it; a shouted heading names nothing
    ("st-9-step-therapy-policy-excerpt.txt", "St 9 Step Therapy Policy excerpt"),
    ("plan-policy-excerpt.txt", "Plan policy excerpt"),
    ("pre-service-denial.txt", "Pre service denial"),
    ("2026-02-10_progress-notes.pdf", "2026-02-10 progress notes")])
def test_a_title_from_a_file_name_writes_the_cases_names(file, title):
    assert title_from_filename(Path(file), proper_names(CASE)) == title


def test_without_the_case_a_title_is_the_file_name_in_words():
    assert title_from_filename(Path("st-aurelian-log.txt")) == "St aurelian log"
