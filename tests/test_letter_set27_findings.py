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
