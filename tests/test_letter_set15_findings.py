"""The findings of set 15's blind review (tests/resources/letter-review/set15-review.md) that misstate the case or the
letter itself, each fixed by its kind and tested on the set's own fictional case folders, changed to show where the
sentence still belongs. Set 15 is a fix set: these cases shaped the fixes, so no accuracy figure is measured on it."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_letter_set12_findings import asserted, case12, draft

from appeal_kit.letter import clinic, derived

SET15 = Path(__file__).resolve().parent / "resources" / "letter-review" / "set15"


@pytest.fixture(autouse=True)
def no_user_clinic(tmp_path_factory, monkeypatch):
    monkeypatch.setattr(clinic, "config_dir", lambda: tmp_path_factory.mktemp("config"))


def case15(number: str, **changes):
    return case12(number, where=SET15, **changes)


# ----------------------------------------------- 01: what the decision found unmet, not what it named or never reached

def test_a_lettered_criterion_names_only_itself_and_criteria_not_reached_are_not_found_unmet(tmp_path):
    # the decision names criterion 2(c); rows 2(a) and 2(b) are other criteria, and "were not reviewed" is no finding
    reached = case15("01")
    reason = reached.data["claim"]["denial_reason"] + " Criteria 1, 2(a), 2(b), 3 and 4 were not reviewed further."
    for case in (reached, case15("01", **{"claim.denial_reason": reason})):
        assert [c["number"] for c in derived.denied_criteria_met(case.data)] == ["2(c)"]
        paragraphs, state = draft(tmp_path, case)
        assert "denied_criterion_met" in asserted(state)
        found = [p for p in paragraphs if "found unmet" in p or p.startswith("The decision rests on criterion")]
        assert found and all("2(a)" not in p and "2(b)" not in p and "criterion 2 " not in p.lower() for p in found)
        rests = [p for p in paragraphs if p.startswith("The decision rests on criterion")]
        assert len(rests) == 1 and rests[0].count("The decision rests on") == 1
        assert "criterion 2(c) of" in rests[0] and "sympathetic nerve block" in rests[0]
    # a decision that names 2(a) as its ground argues 2(a), and only it
    other = case15("01", **{"claim.denial_reason": "Criterion 2(a) is not met: physical therapy is not documented."})
    assert [c["number"] for c in derived.denied_criteria_met(other.data)] == ["2(a)"]
    # a criterion the decision says is met is not one it found unmet
    met = case15("01", **{"claim.denial_reason": "Criterion 1 is met. Criterion 2(c) is not met."})
    assert [c["number"] for c in derived.denied_criteria_met(met.data)] == ["2(c)"]


# ------------------------------------------------------ 04: the decision appealed is named by its own recorded level

def test_the_decision_appealed_is_named_by_the_level_its_record_gives(tmp_path):
    # external review of the final, second-level decision: the header names it so, once
    case = case15("04")
    paragraphs, _ = draft(tmp_path, case, "external-review-request")
    appealed = [p for p in paragraphs if p.startswith("Decision appealed:")]
    assert len(appealed) == 1 and "second-level appeal decision, the plan's final internal decision" in appealed[0]
    assert not [p for p in paragraphs if "first-level appeal decision" in p]
    # a second-level appeal of the first-level decision: that one, called first-level
    first = case15("06")
    paragraphs, _ = draft(tmp_path, first)
    appealed = [p for p in paragraphs if p.startswith("Decision appealed:")]
    assert len(appealed) == 1 and appealed[0].endswith("(first-level appeal decision)")
    # a record that names no level says none
    plain = [{**d, "stage": None} for d in case.data["decisions"]]
    assert derived.decision_level(plain[-1]).startswith("final internal appeal decision")
    assert derived.decision_level({"outcome": "denied"}) == "appeal decision"
