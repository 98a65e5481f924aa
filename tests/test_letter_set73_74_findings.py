"""Letters sets 73 and 74 (written blind in stop 63): each finding of their reviews that a change fixed, one test each.

Set 73's review (set73-review.md) found, in four letters, "As to the notice's words quoted above, the record shows
otherwise" where the record contradicts one statement of a longer quotation whose other statements are true.
"""
from __future__ import annotations

from test_letter_set14_findings import case_of, draft


def test_a_statement_that_is_part_of_the_quoted_words_is_named_by_its_first_words(tmp_path):
    # 73/01: the notice's reason says venlafaxine was a response AND that mirtazapine and vortioxetine were no adequate
    # trials (true, and granted by the letter's own table): only the first is contradicted
    text, _ = draft(tmp_path, case_of("set73", "01"))
    assert "As to the notice’s words quoted above, “The member responded ...”, the record shows otherwise: " in text
    assert "As to the notice’s words quoted above, the record shows otherwise" not in text
    # the reason that is that statement and nothing else is still referred to as a whole
    case = case_of("set73", "01")
    case.data["claim"]["denial_reason"] = case.data["claim"]["corrections"][0]["said"]
    text, _ = draft(tmp_path, case)
    assert "As to the notice’s words quoted above, the record shows otherwise: PHQ-9 fell from 22 to 15" in text
