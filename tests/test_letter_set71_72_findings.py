"""Findings of letters sets 71 and 72's blind reviews after round s70 (drafted at 9c996cb1;
tests/resources/letter-review/set71, set72 and their reviews), each fixed by its kind and tested on the set's own
fictional case."""
from __future__ import annotations

from test_letter_set14_findings import case_of, draft

from appeal_kit.intake.deadlines import is_part_b_drug
from appeal_kit.letter import arguments

NO_EXPECTATION = "with no reasonable expectation that another attempt will succeed where the earlier ones did not"


def test_no_step_is_said_to_have_failed_beside_one_that_worked(tmp_path):
    # set 71, case 05 (FALSE): quetiapine brought a response and was stopped for diabetes; "another attempt will
    # succeed where the earlier ones did not" said it failed
    case = case_of("set71", "05")
    assert arguments.trial_summary(case.data["clinical"]["history"])["worked_before"] == 1
    text, _ = draft(tmp_path, case)
    assert "Requiring further steps would delay effective care for a serious illness." in text
    assert NO_EXPECTATION not in text
    # the same history with quetiapine a failed trial: every earlier step failed, and the sentence is true
    history = [{**row, "response": "none", "failed": True, "outcome": "No response after 8 weeks at 300 mg."}
               if row["drug"] == "quetiapine" else row for row in case.data["clinical"]["history"]]
    text, _ = draft(tmp_path, case_of("set71", "05", **{"clinical.history": history}))
    assert NO_EXPECTATION in text


def test_a_long_acting_injection_named_without_a_code_has_the_part_b_clock_beside_the_standard_one(tmp_path):
    # set 71, case 02 (FALSE): a 3-month paliperidone injection, no code on the claim, asked "within 30 days (42 CFR
    # 422.590(a))" where a Part B drug's reconsideration is decided within 7 days
    for name in ("Paliperidone palmitate 3-month injection, 546 mg every 3 months", "Vivitrol 380 mg monthly",
                 "Naltrexone extended-release injectable suspension 380 mg", "Sublocade 300 mg monthly"):
        assert is_part_b_drug({"treatment": {"name": name}}), name
    for name in ("Naltrexone 50 mg tablets", "Sertraline 100 mg", "Lumateperone 42 mg"):
        assert not is_part_b_drug({"treatment": {"name": name}}), name
    text, _ = draft(tmp_path, case_of("set71", "02"))
    assert "within 7 days of receiving it (42 CFR 422.590(c)), the time for a request about a Part B drug" in text


def test_the_use_a_drug_is_prescribed_for_names_only_the_codes_of_that_use(tmp_path):
    # set 71, case 08 (FALSE): "prescribed for its approved use, here for F33.2 and F10.21", an alcohol use disorder
    # in remission beside the depression
    data = {"claim": {"diagnosis_codes": ["F33.2", "F10.21"]}}
    assert arguments.indicated_codes(data, "esketamine") == ["F33.2"]
    assert arguments.indicated_codes({"claim": {"diagnosis_codes": ["G90.512", "F33.1"]}}, "pain") == ["G90.512"]
    assert arguments.indicated_codes(data, "tms") == ["F33.2", "F10.21"]  # no list: every code
    assert arguments.indicated_codes({"claim": {"diagnosis_codes": ["F43.10"]}}, "depression") == ["F43.10"]
    # (set 71, case 08 itself no longer argues the exclusion's words, which are about the member's condition and
    # answered in its criteria table: tests/test_letter_set71_clinical.py; the same case with an exclusion the
    # criteria do not list still says the approved use)
    case = case_of("set71", "08")
    case = case_of("set71", "08", payer_criteria=case.data["payer_criteria"][:2])
    text, _ = draft(tmp_path, case)
    assert "prescribed for its approved use, here for F33.2." in text
    assert "F10.21" not in text.split("prescribed for its approved use", 1)[1][:40]
