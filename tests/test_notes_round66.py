"""The s66 round: a guess at how much a stated gain is (docs/notes.md, "s66"). Sentences of our own, not copies of any
set's records (all examples FICTIONAL: people, clinics and numbers are made up)."""
from __future__ import annotations

import pytest

from appeal_kit.notes.propose import outcome_of


@pytest.mark.parametrize("words", [
    "She says she is 'maybe a third better' on it.",
    "He would put it at maybe 40 percent better than in March, though evenings are still flat.",
    "Eight sessions - helped maybe half way.",
    "Some lift, maybe 30%, still gray most mornings.",
    "The bupropion has helped; I am maybe a third better, but I am not out of it yet.",
])
def test_a_sized_guess_with_no_doubt_is_a_partial_response(words):
    """Every writer who wrote a guessed size of a gain ("maybe a third", "maybe N percent") classed it partial."""
    assert outcome_of(words)[0] == "partial_response"


@pytest.mark.parametrize("words, expected", [
    ("Maybe 25 percent better, but she honestly can't tell.", "unknown"),  # a doubt beside the guess
    ("Perhaps a third less achy, hard to say.", "unknown"),
    ("Maybe a bit better??", "unknown"),  # a guess whether it helped at all
    ("'A little lighter, maybe.'", "unknown"),  # a guess with no size
    ("No benefit he can name, other than maybe 10% less irritable.", "no_response"),  # no response said first
])
def test_a_guess_with_a_doubt_or_no_size_stays_as_it_was(words, expected):
    assert outcome_of(words)[0] == expected
