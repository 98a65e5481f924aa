"""The kinds of sentence the twenty-eighth round (s56) taught `notes` to read (all examples FICTIONAL)."""
from __future__ import annotations

import pytest

from appeal_kit.notes.context import Mention, assert_mentions
from appeal_kit.notes.documents import visit_date
from appeal_kit.notes.propose import outcome_of


@pytest.mark.parametrize("words, cls", [
    ("heart racing and shaky hands, so she stopped it.", "side_effects"),
    ("11/2025-03/2026, 'made my stomach run', stopped", "side_effects"),
    ("'useful for the marriage, but the depression never lifted.'", "no_response"),
    ("it helped partly, with fewer crying spells, but the low mood never lifted", "partial_response"),
    ("current good - back to normal", "remission"),
    ("almost back to normal", "unknown"),
    ("'my mood is about 70 percent back'; still has low days.", "partial_response"),
    ("Some better, maybe 40%, still bad weeks", "partial_response"),  # a sized guess (settled s66)
])
def test_outcome_words(words: str, cls: str) -> None:
    assert outcome_of(words)[0] == cls


def test_a_kin_words_possessive_after_the_drug() -> None:
    text = "Lorazepam 0.5 mg | wife's bottle | - | No"
    assert assert_mentions(text, [Mention(0, 9, "treatment")]) == ["other_person"]
    assert assert_mentions("Sertraline, per wife's report, helped", [Mention(0, 10, "treatment")]) == [None]


def test_a_programs_numbered_entry_dates_its_note() -> None:
    assert str(visit_date("WEEK 12 - 10/20/2026 - PHASE II DISCHARGE")) == "2026-10-20"
    assert str(visit_date("Evolución - revisión del 11/11/2026")) == "2026-11-11"
