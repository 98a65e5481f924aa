"""Set 27's findings (tests/resources/letter-review/set27): each fix tested on its structure."""
from __future__ import annotations

import pytest

from appeal_kit.letter import claims


@pytest.mark.parametrize("text, count", [
    ("Sent to the address in EOC 2026, Ch. 7). The proof is enclosed.", 2),  # the writer's case 01: no "7)." sentence
    ("See Sec. 4.3 of the manual. It governs.", 2),
    ("The claim was paid. The appeal follows.", 2)])
def test_a_documents_part_abbreviated_ends_no_sentence(text, count):
    assert len(claims.split_sentences(text)) == count


# ---------------------------------- 08: a count in the denial's words ("3 weeks") names no criterion found unmet

@pytest.mark.parametrize("reason, named", [
    ("Claims history shows sertraline 100 mg daily for 6 weeks and fluoxetine for 3 weeks. Criteria not met.", []),
    ("Criterion 3 is not met: no intolerance is documented.", ["3"]),
    ("The request does not meet criteria 1 and 3 of the policy.", ["3"])])
def test_only_a_sentence_naming_criteria_by_number_names_one_unmet(reason, named):
    from appeal_kit.letter import derived

    data = {"claim": {"denial_reason": reason},
            "payer_criteria": [{"criterion": "3. A documented intolerance counts as a trial", "met": True,
                                "how_met": "Fluoxetine stopped for agitation after three weeks"}]}
    assert [c["number"] for c in derived.denied_criteria_met(data)] == named
